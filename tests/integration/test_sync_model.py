"""A model-based test of sync (issue 6): desks that create, edit (same and different fields)
and delete people, go offline and online and sync in random order, against the real server
on PostgreSQL over HTTPS. After everyone syncs twice: every desk equals the server's state
for the office, no change was applied twice, and conflicts exist only for a field edited on
two desks concurrently."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Engine, func, select

from cotdesk.db.models import Person
from cotdesk.server.store import SyncConflict, SyncMutation, SyncRow
from cotdesk.services.unit_of_work import UnitOfWork
from tests.integration import test_sync_client as desks
from tests.integration.test_sync_client import DeskFile, MakeDesk, change, register

make_desk = desks.make_desk

DESKS = 3
FIELDS = ("phone", "email", "notes")
VALUES = st.sampled_from(["1", "2", "3"])


def test_desks_converge_to_the_server_in_any_order(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, server_engine: Engine
) -> None:
    class Sync(RuleBasedStateMachine):
        people = Bundle("people")

        def __init__(self) -> None:
            super().__init__()
            self.office = make_office()
            self.desks: list[DeskFile] = [make_desk(self.office) for _ in range(DESKS)]
            self.online = [True] * DESKS
            self.step = 0
            #: When each desk last synced successfully (its push, then its pull).
            self.last_sync = [0] * DESKS
            #: Edits: [desk, (person, field), step the desk pushed it or None]
            self.edits: list[list[Any]] = []
            #: (person, field) that two desks edited concurrently: a conflict is allowed
            self.contested: set[tuple[uuid.UUID, str]] = set()

        def _local(self, desk: DeskFile, person: uuid.UUID) -> Person | None:
            row = desk.person(person)
            return row if row is not None and row.deleted_at is None else None

        @rule(target=people, index=st.integers(0, DESKS - 1))
        def create(self, index: int) -> uuid.UUID:
            return register(self.desks[index], last_name="Modello")

        @rule(
            person=people,
            index=st.integers(0, DESKS - 1),
            field=st.sampled_from(FIELDS),
            value=VALUES,
        )
        def edit(self, person: uuid.UUID, index: int, field: str, value: str) -> None:
            desk = self.desks[index]
            row = self._local(desk, person)
            if row is None or getattr(row, field) == value:
                return
            change(desk, person, **{field: value})
            self.step += 1
            key = (person, field)
            for other, edited, pushed in self.edits:
                unseen = pushed is None or pushed > self.last_sync[index]
                if other != index and edited == key and unseen:
                    self.contested.add(key)
            self.edits.append([index, key, None])

        @rule(person=consumes(people), index=st.integers(0, DESKS - 1))
        def delete(self, person: uuid.UUID, index: int) -> None:
            desk = self.desks[index]
            if self._local(desk, person) is None:
                return
            with UnitOfWork(desk.db, desk.actor) as uow:
                row = uow.session.get(Person, person)
                assert row is not None
                row.deleted_at = datetime.now(UTC)
                uow.commit()

        @rule(index=st.integers(0, DESKS - 1))
        def toggle_network(self, index: int) -> None:
            self.online[index] = not self.online[index]

        @precondition(lambda self: any(self.online))
        @rule(index=st.integers(0, DESKS - 1))
        def sync(self, index: int) -> None:
            if not self.online[index]:
                return
            report = self.desks[index].sync()
            assert report.ok or report.retry, report.errors
            if report.ok:
                self.step += 1
                for edit in self.edits:
                    if edit[0] == index and edit[2] is None:
                        edit[2] = self.step
                self.last_sync[index] = self.step

        def teardown(self) -> None:
            for _ in range(2):
                for desk in self.desks:
                    report = desk.sync()
                    assert report.ok, report.errors
            for _ in range(20):  # the pull horizon is cluster-wide: other tests may lag it
                if all(self._state(desk) == self._server() for desk in self.desks[:-1]):
                    break
                for desk in self.desks:
                    assert desk.sync().ok
            server = self._server()
            for desk in self.desks:
                assert self._state(desk) == server
            self._check_server()

        def _state(self, desk: DeskFile) -> dict[uuid.UUID, tuple[Any, ...]]:
            with desk.db.read_session() as session:
                return {
                    p.id: (*(getattr(p, f) or "" for f in FIELDS), p.deleted_at is not None)
                    for p in session.scalars(select(Person))
                }

        def _server(self) -> dict[uuid.UUID, tuple[Any, ...]]:
            with server_engine.connect() as conn:
                rows = conn.execute(
                    select(SyncRow.id, SyncRow.data, SyncRow.deleted).where(
                        SyncRow.office_id == self.office, SyncRow.entity == "person"
                    )
                ).all()
            return {
                row.id: (*(row.data.get(f) or "" for f in FIELDS), bool(row.deleted))
                for row in rows
            }

        def _check_server(self) -> None:
            device_ids = [desk.db.device_id for desk in self.desks]
            with server_engine.connect() as conn:
                # Nothing applied twice: each version of a row was written by one mutation.
                writes = conn.execute(
                    select(SyncMutation.row_id, SyncMutation.wrote_version, func.count())
                    .where(
                        SyncMutation.device_id.in_(device_ids),
                        SyncMutation.wrote_version.is_not(None),
                    )
                    .group_by(SyncMutation.row_id, SyncMutation.wrote_version)
                ).all()
                assert all(count == 1 for _, _, count in writes)
                versions = dict(
                    conn.execute(
                        select(SyncRow.id, SyncRow.version).where(
                            SyncRow.office_id == self.office, SyncRow.entity == "person"
                        )
                    ).all()
                )
                written: dict[uuid.UUID, int] = defaultdict(int)
                for row_id, _, _ in writes:
                    written[row_id] += 1
                for row_id, version in versions.items():
                    assert version == written[row_id]
                # Conflicts only where two desks edited the same field concurrently.
                conflicts = conn.execute(
                    select(SyncConflict.row_id, SyncConflict.field).where(
                        SyncConflict.office_id == self.office
                    )
                ).all()
            for row_id, field in conflicts:
                assert (row_id, field) in self.contested, (row_id, field)

    run_state_machine_as_test(
        Sync,
        settings=settings(
            max_examples=15,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        ),
    )
