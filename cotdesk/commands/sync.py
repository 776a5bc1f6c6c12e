"""``cotdesk sync``: the desk's sync from the shell (for the network administrator, scripts).

    cotdesk sync enroll --server https://10.0.0.5:8443 --code ABCD-EFGH-JKLM \\
        --fingerprint 3A:F1:...     # required when the system does not trust the certificate
    cotdesk sync now                # push and pull once; exit 1 when it did not succeed
    cotdesk sync status             # enrollment, last sync, changes waiting and parked
    cotdesk sync unenroll --user NAME   # an administrator detaches the desk (password asked)

Without a terminal to compare the fingerprint on, a certificate the system does not trust is
accepted only when ``--fingerprint`` (the one the server printed) matches: otherwise the
command prints the fingerprint it saw and enrolls nothing.
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path
from typing import Any

UNTRUSTED = (
    "Il certificato del server non è riconosciuto dal sistema. Impronta SHA-256 ricevuta:\n"
    "  {fingerprint}\n"
    "Confrontarla con quella stampata dal server e ripetere il comando con "
    "--fingerprint: la postazione NON è stata registrata."
)


def add_parser(sub: Any, db_option: Any = None) -> None:
    """Add ``sync`` (with ``enroll``, ``now``, ``status``) to the subcommands ``sub``."""
    sync = sub.add_parser("sync", help="sincronizzazione con il server centrale")
    actions = sync.add_subparsers(dest="sync_command", metavar="AZIONE", required=True)
    enroll = actions.add_parser("enroll", help="registra la postazione presso il server")
    enroll.add_argument("--server", required=True, help="indirizzo https:// del server")
    enroll.add_argument("--code", required=True, help="codice di attivazione monouso")
    enroll.add_argument("--name", default=None, help="nome della postazione")
    enroll.add_argument(
        "--fingerprint", default="", help="impronta SHA-256 attesa del certificato del server"
    )
    now = actions.add_parser("now", help="sincronizza adesso (invia e ricevi)")
    status = actions.add_parser("status", help="stato della sincronizzazione")
    from cotdesk.commands import unenroll as unenroll_command

    unenroll = unenroll_command.add_parser(actions)
    for parser in (enroll, now, status, unenroll):
        if db_option is not None:
            db_option(parser)
        else:
            parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH")


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.services import sync as sync_service
    from cotdesk.services.desk import open_desk

    if args.sync_command == "unenroll":
        from cotdesk.commands import unenroll as unenroll_command

        return unenroll_command.run(args, db_path)
    with open_desk(db_path) as db:
        if args.sync_command == "enroll":
            certificate = sync_service.check_server(args.server)
            if not certificate.trusted_by_system and not args.fingerprint.strip():
                print(UNTRUSTED.format(fingerprint=certificate.fingerprint))
                return 1
            answer = sync_service.enroll_desk(
                db,
                None,
                certificate,
                args.code,
                name=args.name or socket.gethostname() or "Postazione",
                expected_fingerprint=args.fingerprint,
            )
            print(f"Postazione {db.device_id} registrata presso {certificate.url}.")
            print(f"Ufficio: {answer.office_id}")
            return 0
        if args.sync_command == "now":
            result = sync_service.run_sync(db)
            report = result.report
            print(
                f"Inviate: {report.pushed} · sospese: {report.parked} · "
                f"conflitti: {report.conflicts} · ricevute: {report.pulled}"
            )
            if result.conflicts:
                print(f"Conflitti aperti dell'ufficio: {result.conflicts}")
            for error in report.errors:
                print(error)
            return 0 if report.ok else 1
        state = sync_service.sync_state(db)
    if not state.enrolled:
        print("Postazione non registrata presso un server di sincronizzazione.")
        return 0
    last = state.last_sync_at.isoformat(timespec="seconds") if state.last_sync_at else "mai"
    print(f"Server:                {state.server_url}")
    print(f"Ultima sincronizzazione riuscita (UTC): {last}")
    print(f"Modifiche da inviare:  {state.pending}")
    print(f"Modifiche sospese:     {state.parked}")
    if state.resync_needed:
        print("Il server chiede una sincronizzazione completa.")
    return 0
