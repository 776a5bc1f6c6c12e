"""``cotdesk backup`` and ``cotdesk restore``: copies of safety of the desk database.

    cotdesk backup [--db PATH] [--to FILE]   a copy now (default: into backups/)
    cotdesk backup --list [--db PATH]        the copies in backups/, newest first
    cotdesk restore FILE [--db PATH]         put a copy in place of the database

Copies are encrypted with the desk's key (as the database). ``restore`` checks the copy
(integrity, a schema not newer than this program's), keeps the current database among the
copies (``before-restore``), then opens the restored one (upgrading an older schema after
its own backup) and checks it. cotdesk must be closed while restoring.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parser(sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``backup`` and ``restore`` to the subcommands ``sub``."""
    backup = sub.add_parser("backup", help="copia di sicurezza del database (cifrata)")
    db_option(backup)
    backup.add_argument(
        "--to",
        type=Path,
        default=None,
        metavar="FILE",
        help="dove salvare la copia (predefinito: la cartella backups accanto al database)",
    )
    backup.add_argument(
        "--list", action="store_true", help="elenca le copie di sicurezza, dalla più recente"
    )
    restore = sub.add_parser(
        "restore", help="ripristina una copia di sicurezza (con cotdesk chiuso)"
    )
    db_option(restore)
    restore.add_argument("file", type=Path, metavar="FILE", help="la copia da ripristinare")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} kB"


def run(args: argparse.Namespace, db_path: Path) -> int:
    if args.command == "restore":
        return _restore(Path(args.file), db_path)
    if getattr(args, "list", False):
        return _list(db_path)
    return _backup(db_path, getattr(args, "to", None))


def _list(db_path: Path) -> int:
    from cotdesk.services.backups import backups_folder, list_backups

    copies = list_backups(db_path)
    if not copies:
        print(f"Nessuna copia di sicurezza in {backups_folder(db_path)}.")
        return 0
    for info in copies:
        when = info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        print(f"{when}  {info.kind:<15} {_size(info.size):>9}  {info.path}")
    return 0


def _backup(db_path: Path, destination: Path | None) -> int:
    from cotdesk.services.backups import check_integrity, integrity_failure_message, make_backup
    from cotdesk.services.desk import open_desk

    with open_desk(db_path) as db:
        problems = check_integrity(db)
        if problems:
            print(f"cotdesk: {integrity_failure_message(db.path, problems)}")
            return 2
        info = make_backup(db, destination)
        encrypted = db.key is not None
    print(f"Copia di sicurezza salvata: {info.path} ({_size(info.size)}).")
    if encrypted:
        print(
            "È cifrata con la chiave di questo database: si ripristina con "
            "`cotdesk restore FILE` da questo utente del computer; altrove serve la chiave "
            "di ripristino (`cotdesk key show`)."
        )
    return 0


def _restore(source: Path, db_path: Path) -> int:
    from cotdesk.db import encryption
    from cotdesk.services import desk_keys
    from cotdesk.services.backups import check_integrity, restore_backup
    from cotdesk.services.desk import open_desk

    db_path = Path(db_path).expanduser().absolute()
    needs_key = encryption.FileKind.ENCRYPTED in (
        encryption.file_kind(Path(source).expanduser()),
        encryption.file_kind(db_path),
    )
    key = desk_keys.load_key(db_path) if needs_key else None
    report = restore_backup(db_path, source, key=key)
    if report.previous_kept_at is not None:
        print(f"Il database sostituito è conservato in {report.previous_kept_at}.")
    with open_desk(db_path) as db:
        problems = check_integrity(db)
    if problems:  # pragma: no cover - restore_backup checked the copy already
        print(f"cotdesk: il database ripristinato non supera il controllo ({problems[0]}).")
        return 2
    print(f"Ripristinato {db_path} dalla copia {report.restored_from} (schema {report.revision}).")
    print("Le modifiche fatte dopo il momento della copia non sono nel database ripristinato.")
    return 0
