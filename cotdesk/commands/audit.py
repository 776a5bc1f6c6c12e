"""``cotdesk audit verify [--db PATH]``: check the access log's hash chain.

Prints ``OK`` with the number of events when every desk's chain holds; otherwise each break
(desk, sequence, what is wrong) and exits 1. The database is opened read-only and nothing
is changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any, db_option: Any = None) -> None:
    """Add ``audit`` (with ``verify``) to the subcommands ``sub``."""
    audit = sub.add_parser("audit", help="registro degli accessi")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="AZIONE", required=True)
    verify = audit_sub.add_parser(
        "verify", help="verifica che il registro degli accessi non sia stato alterato"
    )
    if db_option is not None:
        db_option(verify)
    else:
        verify.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH")


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.db.database import open_database
    from cotdesk.services.audit_log import verify_chain

    with open_database(db_path, read_only=True) as db:
        report = verify_chain(db)
    print(report.describe())
    return 0 if report.ok else 1
