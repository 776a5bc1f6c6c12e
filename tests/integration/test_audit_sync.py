"""The access log travels like every append-only row: each desk's chain arrives whole at the
server and at the other desks of the office, and still verifies there."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from cotdesk.db.models import AuditEvent
from cotdesk.server.audit_chains import verify_chains
from cotdesk.server.store import SyncRow
from cotdesk.services import person_view
from cotdesk.services.audit_log import verify_chain
from tests.integration.test_sync_client import (  # noqa: F401 - fixtures used by name
    MakeDesk,
    make_desk,
    register,
)


def _sync_until(desk: Any, arrived: Callable[[], bool], *, seconds: float = 20) -> None:
    """Sync until ``arrived()``: the server's pull horizon (``pg_snapshot_xmin``) is
    cluster-wide, so transactions of other tests on the same PostgreSQL may hold a change
    back for a moment."""
    deadline = time.monotonic() + seconds
    while True:
        assert desk.sync().ok
        if arrived() or time.monotonic() > deadline:
            return
        time.sleep(0.2)


def _events_of(desk: Any, device_id: uuid.UUID) -> int:
    return len(_chain(desk.db, device_id))


def _chain(db: object, device_id: uuid.UUID) -> list[tuple[int | None, str, str]]:
    with db.read_session() as session:  # type: ignore[attr-defined]
        return [
            (e.sequence, e.prev_hash, e.chain_hash)
            for e in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.device_id == device_id)
                .order_by(AuditEvent.sequence)
            )
        ]


def test_chains_sync_to_the_server_and_to_the_other_desk_and_still_verify(
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,  # noqa: F811 - the fixture imported above
    server_engine: Engine,
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    person_view.view_person(a.db, a.actor, person_id)
    assert a.sync().ok
    _sync_until(b, lambda: b.person(person_id) is not None)
    person_view.view_person(b.db, b.actor, person_id)
    assert b.sync().ok
    _sync_until(a, lambda: _events_of(a, b.db.device_id) == 1)
    _sync_until(b, lambda: _events_of(b, a.db.device_id) == 2)

    a_chain = _chain(a.db, a.db.device_id)
    assert [link[0] for link in a_chain] == [1, 2]
    assert _chain(b.db, a.db.device_id) == a_chain
    assert _chain(a.db, b.db.device_id) == _chain(b.db, b.db.device_id)
    for desk in (a, b):
        report = verify_chain(desk.db)
        assert report.ok, report.describe()
        assert report.devices == 2

    with server_engine.connect() as conn:
        stored = (
            conn.execute(select(SyncRow.data).where(SyncRow.entity == "audit_event"))
            .scalars()
            .all()
        )
    assert sorted(
        (d["sequence"], d["chain_hash"]) for d in stored if d["device_id"] == str(a.db.device_id)
    ) == [(sequence, digest) for sequence, _prev, digest in a_chain]


def test_the_server_checks_each_desks_chain(
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,  # noqa: F811 - the fixture imported above
    server_engine: Engine,
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    person_view.view_person(a.db, a.actor, person_id)
    assert a.sync().ok
    _sync_until(b, lambda: b.person(person_id) is not None)
    person_view.view_person(b.db, b.actor, person_id)
    assert b.sync().ok
    with Session(server_engine) as session:
        assert verify_chains(session, office) == []
        rows = session.scalars(select(SyncRow).where(SyncRow.entity == "audit_event")).all()
        row = next(
            r
            for r in rows
            if r.data["device_id"] == str(a.db.device_id) and r.data["sequence"] == 1
        )
        session.execute(
            update(SyncRow)
            .where(SyncRow.entity == "audit_event", SyncRow.id == row.id)
            .values(data={**row.data, "action": "print"})
        )
        session.commit()
        problems = verify_chains(session, office)
    assert [p.problem for p in problems] == ["il contenuto non corrisponde alla sua impronta"]
    assert problems[0].describe().startswith("postazione ")
