"""Bulk apply of pulled pages (cotdesk.sync.bulk): rows that carry every column are written
as stored values straight into executemany; what a desk reads back must be exactly what the
desk that wrote the rows holds (every column type: UUIDs, UTC timestamps, dates, JSON lists,
booleans, texts, numbers, NULLs)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cotdesk.db.changes import to_wire
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Case, DeskState, Office, Operator, Person, Synced
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import UnitOfWork
from cotdesk.sync import bulk
from cotdesk.sync import client as sync
from cotdesk.sync.protocol import PulledChange, PullPage

SKIPPED = ("server_version", "updated_at")


def _wire(session: Any, model: type[Synced], row_id: uuid.UUID) -> PulledChange:
    table = bulk.tables()[model.__sync_entity__].table
    row = session.execute(select(table).where(table.c.id == row_id)).one()
    values = {key: to_wire(value) for key, value in row._mapping.items() if key not in SKIPPED}
    return PulledChange(
        entity=model.__sync_entity__, row_id=row_id, op="upsert", version=3, values=values
    )


def _read(db: Database, model: type[Synced], row_id: uuid.UUID) -> dict[str, Any]:
    table = bulk.tables()[model.__sync_entity__].table
    with db.read_session() as session:
        row = session.execute(select(table).where(table.c.id == row_id)).one()
    return {key: value for key, value in row._mapping.items() if key not in SKIPPED}


def test_a_full_row_reads_back_exactly_as_written(
    db: Database, office_id: uuid.UUID, tmp_path: Path
) -> None:
    person_id, case_id, operator_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with UnitOfWork(db, None) as uow:
        uow.session.add(
            Operator(
                id=operator_id,
                office_id=office_id,
                username="anna",
                full_name="Anna Operatrice",
                role=Role.OPERATOR.value,
            )
        )
        uow.session.add(
            Person(
                id=person_id,
                office_id=office_id,
                last_name="D'Angelo",
                first_name="Nicolò",
                birth_date=date(1961, 2, 28),
                citizenship=["IT", "RO"],
                languages=[],
                no_fixed_abode=True,
                notes="Riga uno\nriga due «virgolette»",
            )
        )
        uow.flush()
        uow.session.add(
            Case(
                id=case_id,
                reference="M05-2026-000001",
                person_id=person_id,
                office_id=office_id,
                assigned_operator_id=operator_id,
                status="in_progress",
                areas=["adulti_famiglie"],
                priority=7,
                opened_on=date(2026, 3, 9),
                follow_up_on=None,
                consent_emergency=True,
                created_at=datetime(2026, 3, 9, 10, 39, 0, 123456, tzinfo=UTC),
            )
        )
        uow.commit()

    with db.read_session() as session:
        page = [
            _wire(session, Office, office_id),
            _wire(session, Operator, operator_id),
            _wire(session, Person, person_id),
            _wire(session, Case, case_id),
        ]
    infos = bulk.tables()
    assert all(infos[change.entity].wire_keys.issubset(change.values) for change in page)

    with open_database(tmp_path / "other.db") as other:
        with other.write_session() as session, session.begin():
            session.execute(DeskState.__table__.update().values(sync_cursor="c1.1.1.0.0"))
        applied = sync.apply_page(other, PullPage(changes=page, cursor="c1.1.1.0.4", more=False))
        assert applied == 4
        for model, row_id in (
            (Office, office_id),
            (Operator, operator_id),
            (Person, person_id),
            (Case, case_id),
        ):
            assert _read(other, model, row_id) == _read(db, model, row_id)
        with other.read_session() as session:
            person = session.get_one(Person, person_id)
            assert person.server_version == 3
            assert person.updated_at.tzinfo is not None
            case = session.get_one(Case, case_id)
            assert case.created_at == datetime(2026, 3, 9, 10, 39, 0, 123456, tzinfo=UTC)
            assert case.areas == ["adulti_famiglie"]
        # Applied again (same version): updated in place, still identical.
        sync.apply_page(other, PullPage(changes=page, cursor="c1.1.1.0.5", more=False))
        assert _read(other, Case, case_id) == _read(db, Case, case_id)
