"""``cotdesk directory import|export``: the partner directory as Open Referral HSDS.

    cotdesk directory import [--db PATH] [--user NAME] [--encoding ENC]
                             [--default-type CODE] [--all-or-nothing] [--dry-run] PATH
    cotdesk directory export [--db PATH] [--user NAME] --format hsds-3.0 DIR

``import`` reads a folder or ``.zip`` of HSDS CSV files (3.0 or 1.x) and prints what it
created, updated and skipped, and every problem with file and line. Exit codes: 0 all
applied; 1 the package has errors, so something was skipped or nothing applied (see the
report); 2 an error for a person (printed by :mod:`cotdesk.cli`). Only a network
administrator may run it: ``--user`` names them; without it the database's only
administrator is used. See :mod:`cotdesk.services.hsds`
for the mapping and the rules on bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any, db_option: Any = None) -> None:
    """Add ``directory`` (with ``import`` and ``export``) to the subcommands ``sub``."""
    directory = sub.add_parser("directory", help="elenco degli enti partner (Open Referral HSDS)")
    actions = directory.add_subparsers(dest="directory_command", metavar="AZIONE", required=True)

    do_import = actions.add_parser(
        "import", help="importa un pacchetto HSDS (cartella o .zip di CSV, versione 3.0 o 1.x)"
    )
    do_export = actions.add_parser("export", help="esporta l'elenco come pacchetto HSDS 3.0")
    for parser in (do_import, do_export):
        if db_option is not None:
            db_option(parser)
        else:
            parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH")
        parser.add_argument(
            "--user",
            default=None,
            metavar="NOME",
            help="nome utente dell'amministratore di rete (predefinito: l'unico del database)",
        )
    do_import.add_argument("path", type=Path, metavar="PERCORSO", help="cartella o file .zip")
    do_import.add_argument(
        "--encoding",
        default=None,
        metavar="CODIFICA",
        help="codifica dei CSV se non sono UTF-8 (per esempio cp1252)",
    )
    do_import.add_argument(
        "--default-type",
        default=None,
        metavar="CODICE",
        help="tipologia per gli enti che il pacchetto non classifica "
        "(predefinita: cooperativa_sociale)",
    )
    do_import.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="se il pacchetto ha errori non importa nulla (predefinito: importa gli enti completi)",
    )
    do_import.add_argument(
        "--dry-run", action="store_true", help="mostra cosa farebbe senza salvare nulla"
    )
    do_export.add_argument(
        "--format", dest="fmt", choices=["hsds-3.0"], default="hsds-3.0", help="formato"
    )
    do_export.add_argument("folder", type=Path, metavar="CARTELLA", help="cartella di destinazione")


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.services import hsds
    from cotdesk.services.desk import open_desk
    from cotdesk.services.directory import command_line_actor

    if args.directory_command == "import":
        with open_desk(db_path) as db:
            actor = command_line_actor(db, args.user)
            report = hsds.import_package(
                db,
                actor,
                args.path,
                encoding=args.encoding,
                default_type=args.default_type or hsds.DEFAULT_PARTNER_TYPE,
                all_or_nothing=args.all_or_nothing,
                dry_run=args.dry_run,
            )
        print(report.describe())
        return 0 if (report.applied or report.dry_run) and not report.errors else 1
    with open_desk(db_path, read_only=True) as db:
        actor = command_line_actor(db, args.user)
        exported = hsds.export_package(db, actor, args.folder, fmt=args.fmt)
    print(exported.describe())
    return 0
