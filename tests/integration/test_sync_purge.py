"""GDPR erasure reaches every desk, and an erased or deleted record never comes back
(issue 6, item 2 and fault 7), on real PostgreSQL over HTTPS with real desk files."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select, text

from cotdesk.db.models import Draft, OutboxEntry, Person
from cotdesk.domain.roles import Role
from cotdesk.server.store import SyncMutation, SyncPurge, SyncPurgedRow, SyncRow
from cotdesk.services import gdpr
from cotdesk.services.unit_of_work import Actor
from tests.integration import test_sync_client as desks
from tests.integration.conftest import Desk
from tests.integration.test_sync_client import OPERATOR_ID, DeskFile, MakeDesk, change, register

make_desk = desks.make_desk


def indexed(desk: DeskFile, person_id: uuid.UUID) -> int:
    with desk.db.read_session() as session:
        return int(
            session.execute(
                text("SELECT count(*) FROM search_person WHERE person_id = :id"),
                {"id": person_id.hex},
            ).scalar_one()
        )


def traces(desk: DeskFile, person_id: uuid.UUID) -> dict[str, int]:
    with desk.db.read_session() as session:
        return {
            "outbox": session.scalar(select(func.count()).where(OutboxEntry.row_id == person_id))
            or 0,
            "drafts": session.scalar(select(func.count()).where(Draft.key == str(person_id))) or 0,
        }


def test_an_erasure_reaches_every_desk_and_the_record_never_comes_back(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, server_engine: Engine
) -> None:
    office = make_office()
    a, b, months = make_desk(office), make_desk(office), make_desk(office)
    person_id = register(a, last_name="Cancellandi", phone="06 1")
    keep_id = register(a, last_name="Restanti")
    for desk in (a, b, months):
        assert desk.sync().ok
        assert desk.person(person_id) is not None

    # B edits offline, keeps a draft and has a parked change of the person.
    change(b, person_id, phone="06 2")
    with b.db.write_session() as session, session.begin():
        session.add(
            Draft(kind="person", key=str(person_id), operator_id=OPERATOR_ID, payload={"a": 1})
        )
        session.add(
            OutboxEntry(
                device_id=b.db.device_id,
                sequence=10_000,
                entity="person",
                row_id=person_id,
                op="update",
                base_version=99,
                changes={"notes": "vecchia nota"},
                state="parked",
                last_error="rifiutata",
            )
        )
    # The desk "offline for months" edits with its clock a year behind.
    change(months, person_id, email="anna@example.org")
    with months.db.write_session() as session, session.begin():
        session.execute(
            OutboxEntry.__table__.update().values(  # type: ignore[attr-defined]
                created_at=datetime.now(UTC) - timedelta(days=365)
            )
        )

    supervisor = Actor(operator_id=OPERATOR_ID, office_id=office, role=Role.SUPERVISOR)
    erased = gdpr.erase_person(a.db, supervisor, person_id, reason="richiesta del 24/11/2026")
    assert erased.purge_queued
    sent = a.sync()
    assert sent.ok, sent.errors

    # The server: the rows are gone, a purge record without personal data, ids tombstoned.
    with server_engine.connect() as conn:
        assert conn.execute(select(SyncRow).where(SyncRow.id == person_id)).first() is None
        purge = conn.execute(select(SyncPurge).where(SyncPurge.row_id == person_id)).one()
        assert purge.entity == "person"
        assert purge.rows >= 1
        assert conn.execute(select(SyncPurgedRow).where(SyncPurgedRow.id == person_id)).first()
        payloads = conn.execute(
            select(SyncMutation.payload).where(SyncMutation.row_id == person_id)
        ).scalars()
        assert all(payload is None for payload in payloads)
        dump = str(conn.execute(select(SyncRow.data).where(SyncRow.office_id == office)).all())
        assert "Cancellandi" not in dump

    # B (push first: its edit is refused and dropped; then the purge is pulled).
    report = b.sync()
    assert report.ok, report.errors
    assert report.parked == 0
    for desk in (a, b):
        assert desk.person(person_id) is None
        assert indexed(desk, person_id) == 0
        assert traces(desk, person_id) == {"outbox": 0, "drafts": 0}
        assert desk.person(keep_id) is not None
        assert indexed(desk, keep_id) == 1

    # The desk offline for months: its edit never resurrects the record.
    report = months.sync()
    assert report.ok, report.errors
    assert months.person(person_id) is None
    assert traces(months, person_id) == {"outbox": 0, "drafts": 0}
    assert indexed(months, person_id) == 0
    for desk in (a, b, months):
        assert desk.sync().ok
        assert desk.person(person_id) is None
        with desk.db.read_session() as session:
            names = session.scalars(select(Person.last_name)).all()
        assert "Cancellandi" not in names
    with server_engine.connect() as conn:
        assert conn.execute(select(SyncRow).where(SyncRow.id == person_id)).first() is None


def test_mutations_of_or_referring_to_a_purged_record_are_refused_and_not_kept(
    make_office: Callable[[], uuid.UUID],
    enroll: Callable[[uuid.UUID], Desk],
    server_engine: Engine,
) -> None:
    office = make_office()
    eraser, late = enroll(office), enroll(office)
    person_id, case_id, consent_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    eraser.push_ok(
        [
            eraser.mutation("person", person_id, "insert", {"id": str(person_id), "n": "X"}),
            eraser.mutation(
                "case", case_id, "insert", {"id": str(case_id), "person_id": str(person_id)}
            ),
        ]
    )
    (purged,) = eraser.push_ok(
        [
            eraser.mutation(
                "person",
                person_id,
                "delete",
                {"deleted_at": "2026-11-25T10:00:00+00:00", "purge": True, "purged": {}},
                base_version=1,
            )
        ]
    )
    assert purged["status"] == "applied"
    with server_engine.connect() as conn:  # the linked case went with the person
        assert conn.execute(select(SyncRow).where(SyncRow.id == case_id)).first() is None

    results = late.push_ok(
        [
            late.mutation("person", person_id, "update", {"n": "Y"}, base_version=1),
            late.mutation("case", case_id, "update", {"status": "x"}, base_version=1),
            late.mutation("person", person_id, "insert", {"id": str(person_id), "n": "Z"}),
            late.mutation(
                "consent",
                consent_id,
                "insert",
                {"id": str(consent_id), "person_id": str(person_id)},
            ),
        ]
    )
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "purged")] * 4
    with server_engine.connect() as conn:
        for row_id in (person_id, case_id, consent_id):
            assert conn.execute(select(SyncRow).where(SyncRow.id == row_id)).first() is None
        kept = conn.execute(
            select(SyncMutation.payload).where(SyncMutation.device_id == late.device_id)
        ).scalars()
        assert all(payload is None for payload in kept)
    # The feed tells every desk of the office, however late it pulls.
    changes = late.pull_all()
    purges = [c for c in changes if c["entity"] == "purge"]
    assert len(purges) == 1
    values = purges[0]["values"]
    assert values["row_id"] == str(person_id)
    assert str(case_id) in values["purged"]["case"]
    assert all(c["row_id"] not in (str(person_id), str(case_id)) for c in changes)
