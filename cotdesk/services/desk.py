"""Facts about this desk's database, for the status bar and `cotdesk db status`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from cotdesk.db import schema
from cotdesk.db.database import Database
from cotdesk.db.models import Case, OutboxEntry, Partner, Person
from cotdesk.services.unit_of_work import ReadUnit


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
            persons=count(select(func.count()).select_from(Person).where(Person.deleted_at.is_(None))),
            cases=count(select(func.count()).select_from(Case).where(Case.deleted_at.is_(None))),
            open_cases=count(
                select(func.count())
                .select_from(Case)
                .where(Case.deleted_at.is_(None), Case.status != "closed")
            ),
            partners=count(select(func.count()).select_from(Partner).where(Partner.deleted_at.is_(None))),
            pending_changes=count(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
            ),
        )
