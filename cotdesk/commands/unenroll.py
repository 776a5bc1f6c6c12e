"""``cotdesk sync unenroll``: an administrator detaches this desk from its sync server.

    cotdesk sync unenroll --user mario.rossi          # the password is asked (not echoed)
    echo "$PASSWORD" | cotdesk sync unenroll --user mario.rossi --password-stdin

The administrator logs in with their desk credentials (the log-in is audited as in the app,
the un-enrollment too). Afterwards the desk can be enrolled again (first-run wizard,
Ctrl+F9, or ``cotdesk sync enroll``); its rows and the changes waiting to be sent are kept.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from cotdesk.errors import UserError

NO_PASSWORD = "Password mancante: indicarla quando viene chiesta (o con --password-stdin)."


def add_parser(actions: Any) -> argparse.ArgumentParser:
    """Add ``unenroll`` to the actions of ``cotdesk sync``."""
    parser: argparse.ArgumentParser = actions.add_parser(
        "unenroll",
        help="annulla la registrazione presso il server (amministratore)",
    )
    parser.add_argument("--user", required=True, help="nome utente di un amministratore")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="legge la password dallo standard input (per gli script)",
    )
    return parser


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password di {args.user}: ")
    if not password:
        raise UserError(NO_PASSWORD)
    return password


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.services.auth import authenticate
    from cotdesk.services.desk import open_desk
    from cotdesk.services.desk_setup import unenroll_desk
    from cotdesk.services.sync import sync_state

    with open_desk(db_path) as db:
        password = _password(args)
        actor = authenticate(db, args.user, password)
        server_url = unenroll_desk(db, actor)
        waiting = sync_state(db).pending
    print(f"Registrazione presso {server_url} annullata per la postazione {db.device_id}.")
    if waiting:
        print(
            f"Le {waiting} modifiche in attesa restano sulla postazione e saranno inviate al "
            "server presso cui verrà registrata."
        )
    print("Ora la postazione si può registrare di nuovo (cotdesk sync enroll, o Ctrl+F9).")
    print(
        "Per registrarla di nuovo sullo stesso server, l'amministratore di rete deve prima "
        f"liberarla: cotdesk-server revoke-device {db.device_id} (poi un nuovo codice)."
    )
    return 0
