"""``cotdesk retention run [--dry-run] [--years N] [--db PATH]``: apply the retention period.

Closed cases older than the period (the setting ``retention.years``, default 10) are
replaced by anonymous copies, and persons with nothing left in the period are erased
(:mod:`cotdesk.services.retention`). Prints the report in Italian; ``--dry-run`` only
reports. Meant to be scheduled (cron, Windows Task Scheduler) on each desk.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any


def add_parser(sub: Any, db_option: Any = None) -> None:
    """Add ``retention`` (with ``run``) to the subcommands ``sub``."""
    retention = sub.add_parser("retention", help="conservazione dei dati (GDPR)")
    retention_sub = retention.add_subparsers(
        dest="retention_command", metavar="AZIONE", required=True
    )
    run_parser = retention_sub.add_parser(
        "run",
        help="anonimizza le prese in carico chiuse da più del periodo di conservazione",
    )
    run_parser.add_argument(
        "--dry-run", action="store_true", help="mostra cosa farebbe, senza modificare nulla"
    )
    run_parser.add_argument(
        "--years",
        type=int,
        default=None,
        metavar="N",
        help="anni di conservazione (predefinito: l'impostazione «Conservazione dei dati»)",
    )
    if db_option is not None:
        db_option(run_parser)
    else:
        run_parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH")


def run(args: argparse.Namespace, db_path: Path, *, today: date | None = None) -> int:
    from cotdesk.errors import ValidationError
    from cotdesk.services.desk import open_desk
    from cotdesk.services.person_view import local_today
    from cotdesk.services.retention import run_retention

    years = args.years
    if years is not None and years < 1:
        raise ValidationError("--years: indicare almeno 1 anno.")
    with open_desk(db_path) as db:
        report = run_retention(
            db, None, today=today or local_today(), years=years, dry_run=args.dry_run
        )
    print(report.describe())
    return 0
