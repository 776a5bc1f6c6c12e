"""Facts about this desk's database, for the status bar and `cotdesk db status`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from cotdesk.db import schema
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Case, DeskState, District, Office, OutboxEntry, Partner, Person
from cotdesk.services.unit_of_work import ReadUnit

#: The handle the UI holds on the desk database (the UI never imports ``cotdesk.db``).
Desk = Database


@dataclass(frozen=True)
class DeskSummary:
    schema_revision: str | None
    device_id: uuid.UUID
    persons: int
    cases: int
    open_cases: int
    partners: int
    pending_changes: int


def desk_summary(db: Database) -> DeskSummary:
    with ReadUnit(db, None) as unit:
        session = unit.session

        def count(stmt: object) -> int:
            return int(session.execute(stmt).scalar_one())  # type: ignore[call-overload]

        return DeskSummary(
            schema_revision=schema.current_revision(session.connection()),
            device_id=db.device_id,
            persons=count(
                select(func.count()).select_from(Person).where(Person.deleted_at.is_(None))
            ),
            cases=count(select(func.count()).select_from(Case).where(Case.deleted_at.is_(None))),
            open_cases=count(
                select(func.count())
                .select_from(Case)
                .where(Case.deleted_at.is_(None), Case.status != "closed")
            ),
            partners=count(
                select(func.count()).select_from(Partner).where(Partner.deleted_at.is_(None))
            ),
            pending_changes=count(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
            ),
        )


def open_desk(path: Path, *, read_only: bool = False) -> Database:
    """Open this desk's database for the application (upgrading it after a backup)."""
    return open_database(path, read_only=read_only)


@dataclass(frozen=True)
class DeskIdentity:
    """What the main window shows about where it runs."""

    office_name: str
    office_code: str
    district_label: str
    database_path: Path


def desk_identity(db: Database) -> DeskIdentity:
    with ReadUnit(db, None) as unit:
        session = unit.session
        row = session.execute(
            select(Office.name, Office.code, District.label_it)
            .join(District, District.code == Office.district_code)
            .join(DeskState, DeskState.office_id == Office.id)
        ).first()
    if row is None:
        return DeskIdentity("Sportello non configurato", "", "", db.path)
    return DeskIdentity(row[0], row[1], row[2], db.path)
