"""The ``cotdesk`` command: the desktop app by default, plus administration subcommands.

    cotdesk [--db PATH]                      open the app (GUI)
    cotdesk gui [--db PATH] [--demo]         the same; --demo builds the demo data if missing
    cotdesk db upgrade [--db PATH]           upgrade the desk database (after a backup)
    cotdesk db status [--db PATH]            schema revision, counts, pending changes
    cotdesk demo-data [--db PATH] [--persons N] [--seed S] [--force]
    cotdesk search [--db PATH] TEXT          person search from the terminal
    cotdesk audit verify [--db PATH]         check the access log's hash chain (exit 1: broken)
    cotdesk directory import [--db PATH] PATH        import partners from Open Referral HSDS
    cotdesk directory export [--db PATH] --format hsds-3.0 DIR   export them as HSDS 3.0
    cotdesk backup [--db PATH] [--to FILE] [--list]   an encrypted copy now / the copies
    cotdesk restore FILE [--db PATH]         put a copy back (checked; the current one kept)
    cotdesk key show|import [--db PATH]      the database's recovery key
    cotdesk retention run [--dry-run] [--years N] [--db PATH]  anonymise old closed cases
    cotdesk --self-test                      check the installation in a temporary folder

Every subcommand takes ``--db PATH`` (default: the per-user data folder). Errors meant for
a person are printed in Italian on stderr with exit code 2; nothing is changed then.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from cotdesk import __version__
from cotdesk.errors import UserError

log = logging.getLogger("cotdesk")


def _db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        # On subcommands the default is SUPPRESS so a --db given before the subcommand stays.
        default=None if top_level else argparse.SUPPRESS,
        metavar="PATH",
        help="file del database dello sportello (predefinito: la cartella dati dell'utente)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cotdesk",
        description="cotdesk: gestione delle prese in carico per gli sportelli COT solidali.",
    )
    parser.add_argument("--version", action="version", version=f"cotdesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="messaggi dettagliati")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="verifica l'installazione in una cartella temporanea ed esce (0: tutto bene)",
    )
    _db_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")

    gui = sub.add_parser("gui", help="apre l'applicazione (predefinito)")
    _db_option(gui)
    gui.add_argument(
        "--demo", action="store_true", help="crea i dati dimostrativi se il database è vuoto"
    )
    gui.add_argument(
        "--lang",
        choices=["it", "en"],
        default=None,
        help="lingua dell'interfaccia (predefinita: quella delle impostazioni, italiano)",
    )
    gui.add_argument(
        "--quit-after",
        type=float,
        default=None,
        metavar="SECONDI",
        help=argparse.SUPPRESS,  # used by the start-up benchmark and smoke tests
    )

    db = sub.add_parser("db", help="gestione del database dello sportello")
    db_sub = db.add_subparsers(dest="db_command", metavar="AZIONE", required=True)
    upgrade = db_sub.add_parser("upgrade", help="aggiorna lo schema (dopo una copia di sicurezza)")
    _db_option(upgrade)
    status = db_sub.add_parser("status", help="versione dello schema e conteggi")
    _db_option(status)

    demo = sub.add_parser("demo-data", help="crea una rete dimostrativa realistica")
    _db_option(demo)
    demo.add_argument(
        "--persons",
        type=int,
        default=None,
        metavar="N",
        help="numero di persone (predefinito: 21.462 come nei dati della rete)",
    )
    demo.add_argument("--seed", type=int, default=2026, help="seme per dati riproducibili")
    demo.add_argument(
        "--force", action="store_true", help="sostituisce un database esistente (ne fa una copia)"
    )

    search = sub.add_parser("search", help="cerca una persona")
    _db_option(search)
    search.add_argument("text", help="cognome e nome, codice fiscale, telefono o data di nascita")
    search.add_argument("--limit", type=int, default=20)

    from cotdesk.commands import audit as audit_command

    audit_command.add_parser(sub, _db_option)
    from cotdesk.commands import directory as directory_command

    directory_command.add_parser(sub, _db_option)
    from cotdesk.commands import backup as backup_command
    from cotdesk.commands import key as key_command

    backup_command.add_parser(sub, _db_option)
    key_command.add_parser(sub, _db_option)
    from cotdesk.commands import retention as retention_command

    retention_command.add_parser(sub, _db_option)
    from cotdesk.commands import sync as sync_command

    sync_command.add_parser(sub, _db_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(verbose=args.verbose)
    if args.self_test:
        return _self_test()
    db_path: Path = args.db if args.db is not None else _default_db()
    command = args.command or "gui"
    try:
        if command == "gui":
            return _gui(
                db_path,
                demo=getattr(args, "demo", False),
                quit_after=_quit_after(args),
                language=getattr(args, "lang", None) or _interface_language(),
            )
        if command == "db":
            return _db(db_path, args.db_command)
        if command == "demo-data":
            return _demo_data(db_path, persons=args.persons, seed=args.seed, force=args.force)
        if command == "search":
            return _search(db_path, args.text, args.limit)
        if command == "audit":
            from cotdesk.commands import audit as audit_command

            return audit_command.run(args, db_path)
        if command == "directory":
            from cotdesk.commands import directory as directory_command

            return directory_command.run(args, db_path)
        if command in {"backup", "restore"}:
            from cotdesk.commands import backup as backup_command

            return backup_command.run(args, db_path)
        if command == "key":
            from cotdesk.commands import key as key_command

            return key_command.run(args, db_path)
        if command == "retention":
            from cotdesk.commands import retention as retention_command

            return retention_command.run(args, db_path)
        if command == "sync":
            from cotdesk.commands import sync as sync_command

            return sync_command.run(args, db_path)
    except UserError as exc:
        print(f"cotdesk: {exc.message}", file=sys.stderr)
        return 2
    parser.error(f"comando sconosciuto: {command}")  # pragma: no cover - argparse checks first
    return 2  # pragma: no cover


def _configure_logging(*, verbose: bool) -> None:
    """Rotating log files in the user data folder (no personal data), at the set level."""
    from cotdesk.logging_setup import configure_logging
    from cotdesk.services.settings import logging_preferences

    level, sql = logging_preferences()
    configure_logging(
        "DEBUG" if verbose else level, console_level="DEBUG" if verbose else "WARNING", sql=sql
    )


def _interface_language() -> str:
    from cotdesk.services.settings import interface_language

    return interface_language()


def _self_test() -> int:
    from cotdesk.services.selftest import run_self_test

    try:
        report = run_self_test()
        report.steps.extend(_gui_self_test())
    except Exception as exc:  # every failure is the answer here, with what failed
        log.debug("self-test failed", exc_info=True)
        print(f"Autoverifica di cotdesk NON riuscita: {exc}", file=sys.stderr)
        return 1
    print(report.describe())
    return 0


def _gui_self_test() -> list[tuple[str, float]]:
    """The Qt half (platform, translations, QtPdf, plugins); offscreen without a screen."""
    import os

    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cotdesk.ui.selftest_gui import run_gui_checks

    return run_gui_checks()


def _default_db() -> Path:
    from cotdesk.db.database import default_database_path

    return default_database_path()


def _quit_after(args: argparse.Namespace) -> float | None:
    value = getattr(args, "quit_after", None)
    return float(value) if value is not None else None


def _gui(db_path: Path, *, demo: bool, quit_after: float | None, language: str) -> int:
    if demo and not _has_data(db_path):
        _demo_data(db_path, persons=None, seed=2026, force=False)
    from cotdesk.logging_setup import enable_native_crash_log
    from cotdesk.ui.app import run
    from cotdesk.ui.crash_dialog import install_crash_handler

    install_crash_handler()  # unexpected errors: a dialog with a report, and the log
    enable_native_crash_log()  # a crash inside Qt: the Python frames in the logs folder
    return run(db_path, quit_after=quit_after, language=language)


def _has_data(db_path: Path) -> bool:
    if not db_path.exists():
        return False
    from cotdesk.services.desk import desk_summary, open_desk

    with open_desk(db_path) as db:
        return desk_summary(db).persons > 0


def _db(db_path: Path, action: str) -> int:
    from cotdesk.db import schema
    from cotdesk.services.desk import desk_summary, open_desk

    if action == "upgrade":
        with open_desk(db_path) as db:
            print(f"Database {db.path} aggiornato allo schema {schema.head_revision()}.")
        return 0
    with open_desk(db_path, upgrade=False) as db:
        summary = desk_summary(db)
    print(f"Database:            {db_path}")
    print(f"Schema:              {summary.schema_revision}")
    print(f"Postazione:          {summary.device_id}")
    print(f"Persone:             {summary.persons}")
    print(f"Prese in carico:     {summary.cases} ({summary.open_cases} aperte)")
    print(f"Enti partner:        {summary.partners}")
    print(f"Modifiche da inviare:{summary.pending_changes:>7}")
    return 0


def _demo_data(db_path: Path, *, persons: int | None, seed: int, force: bool) -> int:
    from cotdesk.services.demo import DEFAULT_PERSONS, build_demo_network

    size = persons if persons is not None else DEFAULT_PERSONS
    if size < 10 or size > 1_000_000:
        raise UserError("--persons deve essere compreso tra 10 e 1.000.000.")
    report = build_demo_network(db_path, persons=size, seed=seed, replace=force, progress=_progress)
    print(report.describe())
    return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _search(db_path: Path, text: str, limit: int) -> int:
    from cotdesk.services.desk import open_desk
    from cotdesk.services.search import search_persons

    with open_desk(db_path, read_only=True) as db:
        hits = search_persons(db, text, limit=limit)
    for hit in hits:
        born = hit.birth_date.strftime("%d/%m/%Y") if hit.birth_date else "          "
        code = hit.fiscal_code or hit.foreign_code or ""
        print(f"{hit.last_name} {hit.first_name:<25} {born}  {code:<16}  {hit.phone}")
    if not hits:
        print("Nessuna persona trovata.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
