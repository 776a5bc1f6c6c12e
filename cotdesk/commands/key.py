"""``cotdesk key show`` / ``cotdesk key import``: the recovery key of the desk database.

The database key lives in the OS keyring of the user who created the desk. On a new
laptop, another user account or after the keyring was reset, the database and its copies
cannot be opened without it. ``key show`` prints it as a recovery code (16 groups of 4
hexadecimal characters) for the coordinator to keep offline (a sealed envelope, the office
safe, the coordinator's password manager); ``key import`` reads it back (from the terminal,
never from a file or the command line) and stores it in this account's keyring after
checking that it opens the database.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cotdesk.errors import UserError


def add_parser(sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    key = sub.add_parser("key", help="chiave di ripristino del database cifrato")
    key_sub = key.add_subparsers(dest="key_command", metavar="AZIONE", required=True)
    show = key_sub.add_parser("show", help="mostra la chiave di ripristino (da conservare)")
    db_option(show)
    load = key_sub.add_parser(
        "import", help="inserisce nel portachiavi la chiave di ripristino del database"
    )
    db_option(load)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.db import encryption
    from cotdesk.services import desk_keys

    db_path = Path(db_path).expanduser().absolute()
    if args.key_command == "show":
        if encryption.file_kind(db_path) is not encryption.FileKind.ENCRYPTED:
            raise UserError(
                f"Il database {db_path} non è cifrato (o non esiste): nessuna chiave da "
                "mostrare. Aprirlo una volta con cotdesk, che lo cifra."
            )
        key = desk_keys.load_key(db_path)
        print(
            "Chiave di ripristino del database "
            f"{db_path}:\n\n    {desk_keys.format_key(key)}\n\n"
            "Conservarla fuori dal computer, in un luogo sicuro (busta sigillata, cassaforte "
            "dell'ufficio, gestore di password del coordinatore): chi ha questa chiave e una "
            "copia del database può leggere tutti i dati delle persone."
        )
        return 0
    text = _read_secret("Chiave di ripristino (64 caratteri esadecimali): ")
    key = desk_keys.parse_key(text)
    if encryption.file_kind(db_path) is encryption.FileKind.ENCRYPTED:
        _check_opens(db_path, key)
    desk_keys.store_key(db_path, key)
    print(f"Chiave inserita nel portachiavi per {db_path}.")
    return 0


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline()


def _check_opens(db_path: Path, key: bytes) -> None:
    from cotdesk.db.database import open_database
    from cotdesk.db.errors import DatabaseWrongKey

    try:
        open_database(db_path, key=key, read_only=True).close()
    except DatabaseWrongKey as exc:
        raise UserError(
            f"Questa chiave non apre il database {db_path}: controllare di averla copiata "
            "giusta e che sia la chiave di questo database. Non è stato cambiato nulla."
        ) from exc
