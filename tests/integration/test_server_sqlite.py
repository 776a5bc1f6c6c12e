"""The server's store on SQLite (the embedded store of a one-office trial and of
``cotdesk-server --demo``): the same push, pull, conflicts, resolution and epoch rules as on
PostgreSQL, called in process."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from cotdesk.server import admin, conflicts, store
from cotdesk.server.admin import DeviceIdentity
from cotdesk.server.errors import ServerError
from cotdesk.server.pull import pull
from cotdesk.server.push import push
from cotdesk.sync.protocol import (
    ConflictsRequest,
    EnrollRequest,
    Mutation,
    PullRequest,
    PushRequest,
    Resolution,
    ResolveRequest,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = store.create_server_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}", pool_size=2)
    store.upgrade(made)
    try:
        yield made
    finally:
        made.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return store.session_factory(engine)


def desk(sessions: sessionmaker[Session], office_id: uuid.UUID, name: str) -> DeviceIdentity:
    with sessions.begin() as session:
        code = admin.create_enrollment_code(session, office_id).code
        answer = admin.enroll(session, EnrollRequest(code=code, device_id=uuid.uuid4(), name=name))
    return DeviceIdentity(device_id=answer.device_id, office_id=answer.office_id)


class Sequence:
    def __init__(self) -> None:
        self.n = 0

    def mutation(
        self, row_id: uuid.UUID, op: str, changes: dict[str, Any], base: int = 0
    ) -> Mutation:
        self.n += 1
        return Mutation(
            mutation_id=uuid.uuid4(),
            sequence=self.n,
            entity="person",
            row_id=row_id,
            op=op,  # type: ignore[arg-type]
            base_version=base,
            changes=changes,
            operator_id=uuid.uuid4(),
            client_time=datetime.now(UTC),
        )


def test_the_schema_is_built_and_current_with_an_autoincrement_feed(engine: Engine) -> None:
    assert store.schema_is_current(engine)
    with engine.connect() as conn:
        ddl = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'sync_change'")
        ).scalar_one()
        assert "AUTOINCREMENT" in ddl
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"


def test_push_pull_conflict_resolution_and_epoch_on_sqlite(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        office = admin.create_office(
            session, code="DEMO", name="COT dimostrativa", details={"district_code": "rm_m05"}
        ).id
        other_office = admin.create_office(
            session, code="ALTRO", name="Altro", details={"district_code": "rm_m04"}
        ).id
    a, b = desk(sessions, office, "Sportello A"), desk(sessions, office, "Sportello B")
    stranger = desk(sessions, other_office, "Altrove")
    seq_a, seq_b = Sequence(), Sequence()
    person = uuid.uuid4()

    with sessions.begin() as session:
        (inserted,) = push(
            session,
            a,
            PushRequest(
                device_id=a.device_id,
                mutations=[seq_a.mutation(person, "insert", {"id": str(person), "phone": "1"})],
            ),
        ).results
    assert (inserted.status, inserted.server_version) == ("applied", 1)

    # Two offline edits of one field on one desk: no conflict with itself.
    with sessions.begin() as session:
        results = push(
            session,
            a,
            PushRequest(
                device_id=a.device_id,
                mutations=[
                    seq_a.mutation(person, "update", {"phone": "2"}, base=1),
                    seq_a.mutation(person, "update", {"phone": "3"}, base=1),
                ],
            ),
        ).results
    assert [r.status for r in results] == ["applied", "applied"]

    # b edited the same field from version 1: a conflict, with who wrote the kept value.
    conflicting = seq_b.mutation(person, "update", {"phone": "B", "email": "b@x.it"}, base=1)
    with sessions.begin() as session:
        (result,) = push(
            session, b, PushRequest(device_id=b.device_id, mutations=[conflicting])
        ).results
    assert result.status == "conflict"
    with sessions.begin() as session:
        (open_conflict,) = conflicts.list_open(session, b, ConflictsRequest()).conflicts
        assert conflicts.list_open(session, stranger, ConflictsRequest()).conflicts == []
    assert open_conflict.server.value == "3"
    assert open_conflict.server.device_id == a.device_id
    assert open_conflict.server.device_name == "Sportello A"
    assert open_conflict.server.changed_at is not None
    assert open_conflict.server.changed_at.tzinfo is not None
    assert open_conflict.device.value == "B"
    assert open_conflict.device.device_name == "Sportello B"

    # Pull: the feed in commit order, resumable from the cursor.
    with sessions.begin() as session:
        page = pull(session, a, PullRequest(limit=1))
        assert page.more
        rest = pull(session, a, PullRequest(cursor=page.cursor))
        pages = [page, rest]
        while pages[-1].more:  # the office's own row came first: read to the end
            pages.append(pull(session, a, PullRequest(cursor=pages[-1].cursor)))
        rest = pages[-1]
        # Another office sees only its own office row, nothing of this office.
        seen = [(c.entity, c.row_id) for c in pull(session, stranger, PullRequest()).changes]
        assert seen == [("office", other_office)]
    received = [c for p in pages for c in p.changes if c.entity != "office"]
    assert {c.row_id for c in received} == {person}  # one row, sent again in each page
    change = received[-1]
    assert change.values == {"id": str(person), "phone": "3", "email": "b@x.it"}

    # b keeps its value: a new mutation based on the current version, then the decision.
    keep = seq_b.mutation(person, "update", {"phone": "B"}, base=change.version)
    resolution = Resolution(
        conflict_id=open_conflict.conflict_id, choice="device", mutation_id=keep.mutation_id
    )
    with sessions.begin() as session:
        (early,) = conflicts.resolve(session, b, ResolveRequest(resolutions=[resolution])).results
        assert early.status == "mutation_not_received"
        (applied,) = push(session, b, PushRequest(device_id=b.device_id, mutations=[keep])).results
        assert applied.status == "applied"
        (done,) = conflicts.resolve(session, b, ResolveRequest(resolutions=[resolution])).results
        assert done.status == "resolved"
        assert conflicts.list_open(session, a, ConflictsRequest()).conflicts == []
        later = pull(session, a, PullRequest(cursor=rest.cursor))
    assert [c.values["phone"] for c in later.changes] == ["B"]

    # A restored database: a new epoch, older cursors answer "resync".
    with sessions.begin() as session:
        assert admin.bump_epoch(session) == 2
    with sessions.begin() as session, pytest.raises(ServerError) as refused:
        pull(session, a, PullRequest(cursor=later.cursor))
    assert refused.value.status == 410
