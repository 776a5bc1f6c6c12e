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


#: The migration that made the access log a hash chain.
CHAIN_REVISION = "0007"


def _has_chain(current: str | None) -> bool:
    """Whether the schema ``current`` includes the chain (a newer app's schema does)."""
    from cotdesk.db import schema

    if current is None or current not in schema.known_revisions():
        return current is not None
    revisions = schema.script_directory().iterate_revisions(current, "base")
    return any(rev is not None and rev.revision == CHAIN_REVISION for rev in revisions)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from cotdesk.db import schema
    from cotdesk.db.database import open_database
    from cotdesk.errors import UserError
    from cotdesk.services.audit_log import verify_chain

    with open_database(db_path, read_only=True) as db:
        with db.read_engine.connect() as conn:
            current = schema.current_revision(conn)
        if not _has_chain(current):
            raise UserError(
                f"Il database {db_path} è di una versione precedente di cotdesk, senza il "
                "registro accessi a catena: aggiornarlo con `cotdesk db upgrade` (ne viene "
                "fatta prima una copia) e ripetere la verifica."
            )
        report = verify_chain(db)
    print(report.describe())
    return 0 if report.ok else 1
