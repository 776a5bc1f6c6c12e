"""The desk side of sync against the real HTTPS server on real PostgreSQL: two desk files.

Gap (issue 6, item 2): the server does not send offices and operators to desks yet, and a
pulled person needs its office row, an audit event its operator row. Each desk therefore
gets the same office and operator rows (same ids) from the fixture; their outbox entries
are server-managed and are marked pushed locally, never sent.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import OperationalError

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import DeskState, Office, Operator, OutboxEntry, Person, SyncDeferred
from cotdesk.domain.roles import Role
from cotdesk.server import admin, store
from cotdesk.server.store import SyncRow
from cotdesk.services import persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import client as sync
from cotdesk.sync.credentials import KEYRING_SERVICE
from cotdesk.sync.protocol import Resolution
from tests.integration.conftest import RunningServer, TLSFiles
from tests.memory_keyring import MemoryKeyring

OPERATOR_ID = uuid.UUID("0b5f0c4e-8d1c-4a51-9a52-2b7f1e0c0a01")


@dataclass
class DeskFile:
    db: Database
    actor: Actor
    http: httpx.Client

    def sync(self) -> sync.SyncReport:
        return sync.sync_once(self.db, http_client=self.http)

    def person(self, person_id: uuid.UUID) -> Person | None:
        with self.db.read_session() as session:
            return session.get(Person, person_id)

    def outbox_states(self) -> dict[str, int]:
        with self.db.read_session() as session:
            rows = session.execute(
                select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)
            )
            return {state: int(n) for state, n in rows}

    def pending(self) -> int:
        return self.outbox_states().get("pending", 0)


MakeDesk = Callable[..., DeskFile]


@pytest.fixture
def make_desk(
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
) -> Iterator[MakeDesk]:
    opened: list[DeskFile] = []
    counter = itertools.count(1)

    def make(office_id: uuid.UUID, *, transport: httpx.BaseTransport | None = None) -> DeskFile:
        db = open_database(tmp_path / f"desk{next(counter)}.db")
        with UnitOfWork(db, None) as uow:
            uow.session.add(
                Office(id=office_id, code="M05", name="COT Solidale M05", district_code="rm_m05")
            )
            uow.flush()
            uow.session.add(
                Operator(
                    id=OPERATOR_ID,
                    office_id=office_id,
                    username="giulia",
                    full_name="Giulia Operatrice",
                    role=Role.OPERATOR.value,
                )
            )
            uow.commit()
        response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        assert response.status_code == 201, response.text
        http = httpx.Client(
            verify=tls.client_context(),
            timeout=60,
            transport=transport or httpx.HTTPTransport(verify=tls.client_context()),
        )
        answer = sync.enroll(db, server.base_url, response.json()["code"], http_client=http)
        assert answer.office_id == office_id
        desk = DeskFile(
            db=db,
            actor=Actor(operator_id=OPERATOR_ID, office_id=office_id, role=Role.OPERATOR),
            http=http,
        )
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.http.close()
        desk.db.close()


def register(desk: DeskFile, last_name: str = "Bianchi", **values: Any) -> uuid.UUID:
    with UnitOfWork(desk.db, desk.actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name=last_name, first_name="Anna", birth_date=date(1970, 5, 1), **values
            ),
        )
        uow.commit()
        return person.id


def change(desk: DeskFile, person_id: uuid.UUID, **values: Any) -> None:
    with UnitOfWork(desk.db, desk.actor) as uow:
        person = persons.get_person_for_update(uow, person_id)
        data = {f.name: getattr(person, f.name) for f in fields(persons.PersonData)}
        data = {
            k: ("" if v is None and k not in ("birth_date", "district_code") else v)
            for k, v in data.items()
        }
        data.update(values)
        persons.update_person(uow, person_id, persons.PersonData(**data))
        uow.commit()


def test_enrollment_keeps_the_token_in_the_keyring_only(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, memory_keyring: MemoryKeyring
) -> None:
    desk = make_desk(make_office())
    token = memory_keyring.secrets[(KEYRING_SERVICE, str(desk.db.device_id))]
    assert token
    with desk.db.read_session() as session:
        state = session.get_one(DeskState, 1)
        assert state.server_url.startswith("https://")
        assert state.office_id == desk.actor.office_id
    assert token.encode() not in desk.db.path.read_bytes()
    wal = desk.db.path.with_name(desk.db.path.name + "-wal")
    assert not wal.exists() or token.encode() not in wal.read_bytes()


def test_two_desks_converge_and_different_fields_merge(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, server_engine: Engine
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)

    person_id = register(a, phone="06 111")
    report = a.sync()
    assert report.ok, report.errors
    assert report.pushed == 2  # the person and its audit event; office/operator never sent
    assert a.outbox_states() == {"pushed": a.outbox_states()["pushed"]}

    report = b.sync()
    assert report.ok, report.errors
    seen = b.person(person_id)
    assert seen is not None
    assert seen.last_name == "Bianchi"
    assert seen.server_version == 1
    assert b.pending() == 0  # pulled data is never captured into the outbox
    with b.db.read_session() as session:  # the search index saw the pulled person
        found = session.execute(
            text("SELECT count(*) FROM search_person WHERE person_id = :id"),
            {"id": person_id.hex},
        ).scalar_one()
        assert found == 1

    change(b, person_id, phone="06 222")
    change(a, person_id, email="anna@example.org")  # offline, at the same time
    assert b.sync().ok

    # A pulls before pushing: its unpushed email is kept, B's phone is held back.
    token = sync.credentials.load_token(a.db.device_id)
    with a.db.read_session() as session:
        url = session.get_one(DeskState, 1).server_url
    sync.pull_all(a.db, a.http, url, token)
    kept = a.person(person_id)
    assert kept is not None
    assert (kept.email, kept.phone) == ("anna@example.org", "06 111")
    with a.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(SyncDeferred)) == 1

    report = a.sync()
    assert report.ok, report.errors
    assert report.conflicts == 0
    assert b.sync().ok
    for desk in (a, b):
        row = desk.person(person_id)
        assert row is not None
        assert (row.phone, row.email) == ("06 222", "anna@example.org")
        assert row.server_version == 3
        assert desk.outbox_states().get("parked", 0) == 0
    with server_engine.connect() as conn:
        data = conn.execute(
            select(SyncRow.data).where(SyncRow.entity == "person", SyncRow.id == person_id)
        ).scalar_one()
    assert (data["phone"], data["email"]) == ("06 222", "anna@example.org")
    with a.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(SyncDeferred)) == 0


def test_same_field_on_both_desks_raises_a_conflict_with_both_values_who_and_when(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    assert a.sync().ok
    assert b.sync().ok
    change(a, person_id, phone="06 AAA")
    change(b, person_id, phone="06 BBB")
    assert a.sync().ok
    report = b.sync()
    assert report.conflicts == 1
    with b.db.read_session() as session:
        entry = session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence.desc())).first()
    assert entry is not None
    assert entry.state == "pushed"  # applied (merged); both values kept on the server
    assert entry.changes["phone"] == "06 BBB"  # the desk's value is kept
    assert entry.last_error.startswith("Conflitto")
    row = b.person(person_id)
    assert row is not None
    assert row.phone == "06 AAA"  # the server's value reached the row

    for desk in (a, b):  # every desk of the office sees it
        page = sync.fetch_conflicts(desk.db, http_client=desk.http)
        assert not page.more
        (conflict,) = page.conflicts
        assert (conflict.entity, conflict.row_id, conflict.field) == ("person", person_id, "phone")
        assert conflict.server.value == "06 AAA"
        assert conflict.server.device_id == a.db.device_id
        assert conflict.server.operator_id == OPERATOR_ID
        assert conflict.server.changed_at is not None
        assert conflict.server.received_at is not None
        assert conflict.device.value == "06 BBB"
        assert conflict.device.device_id == b.db.device_id
        assert conflict.device.device_name == "Postazione"
        assert conflict.device.operator_id == OPERATOR_ID
        assert conflict.mutation_id == entry.mutation_id


def test_a_conflict_resolved_with_the_other_value_is_a_new_mutation_reaching_every_desk(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    assert a.sync().ok
    assert b.sync().ok
    change(a, person_id, phone="06 AAA", email="a@example.it")
    change(b, person_id, phone="06 BBB")
    assert a.sync().ok
    assert b.sync().conflicts == 1
    (conflict,) = sync.fetch_conflicts(b.db, http_client=b.http).conflicts

    # "Keep mine" on b: b writes its value again, as a new edit based on the current row.
    change(b, person_id, phone="06 BBB")
    with b.db.read_session() as session:
        resolving = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.state == "pending", OutboxEntry.entity == "person"
            )
        ).one()
    resolution = Resolution(
        conflict_id=conflict.conflict_id,
        choice="device",
        mutation_id=resolving.mutation_id,
        operator_id=OPERATOR_ID,
    )
    # Not pushed yet: the server refuses to close the conflict on a mutation it never saw.
    (early,) = sync.send_resolutions(b.db, [resolution], http_client=b.http).results
    assert early.status == "mutation_not_received"
    report = b.sync()
    assert report.ok
    assert report.conflicts == 0  # based on the current version: no new conflict
    (done,) = sync.send_resolutions(b.db, [resolution], http_client=b.http).results
    assert done.status == "resolved"
    (again,) = sync.send_resolutions(b.db, [resolution], http_client=b.http).results
    assert again.status == "already_resolved"

    assert a.sync().ok
    for desk in (a, b):
        row = desk.person(person_id)
        assert row is not None
        assert (row.phone, row.email) == ("06 BBB", "a@example.it")
        assert sync.fetch_conflicts(desk.db, http_client=desk.http).conflicts == []


def test_a_conflict_of_another_office_is_unknown(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    a, b = make_desk(make_office()), make_desk(make_office())
    person_id = register(a)
    assert a.sync().ok
    other = make_desk(a.actor.office_id)
    assert other.sync().ok
    change(a, person_id, phone="1")
    change(other, person_id, phone="2")
    assert a.sync().ok
    assert other.sync().conflicts == 1
    (conflict,) = sync.fetch_conflicts(a.db, http_client=a.http).conflicts
    assert sync.fetch_conflicts(b.db, http_client=b.http).conflicts == []
    stranger = Resolution(conflict_id=conflict.conflict_id, choice="server")
    (result,) = sync.send_resolutions(b.db, [stranger], http_client=b.http).results
    assert result.status == "unknown"


def test_two_offline_edits_of_one_field_on_one_desk_are_not_a_conflict(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    assert a.sync().ok
    change(a, person_id, phone="06 111")
    change(a, person_id, phone="06 222")  # same base version as the first edit
    report = a.sync()
    assert report.ok
    assert report.conflicts == 0
    assert sync.fetch_conflicts(a.db, http_client=a.http).conflicts == []
    assert b.sync().ok
    row = b.person(person_id)
    assert row is not None
    assert row.phone == "06 222"


class FaultyTransport(httpx.BaseTransport):
    """Forwards to the real server; pushes can fail before sending or lose the reply."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.fail_before: int = 0
        self.lose_reply: int = 0
        self.pushes: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/push":
            if self.fail_before:
                self.fail_before -= 1
                return httpx.Response(
                    503, json={"error": "internal", "message": "Servizio non disponibile."}
                )
            self.pushes.append(request.read())
            if self.lose_reply:
                self.lose_reply -= 1
                response = self.inner.handle_request(request)
                response.read()
                response.close()
                raise httpx.ReadError("the reply was lost", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_server_error_or_lost_reply_keeps_the_outbox_and_a_retry_succeeds(
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,
    tls: TLSFiles,
    server_engine: Engine,
) -> None:
    faulty = FaultyTransport(httpx.HTTPTransport(verify=tls.client_context()))
    desk = make_desk(make_office(), transport=faulty)
    person_id = register(desk)

    # A 503 before anything reached the server: nothing changes locally.
    faulty.fail_before = 1
    report = desk.sync()
    assert report.retry
    assert "errore (503)" in report.errors[0]
    assert desk.pending() == 2

    # The server applied the push but the reply was lost: still pending, then duplicates.
    faulty.lose_reply = 1
    report = desk.sync()
    assert report.retry
    assert "non raggiungibile" in report.errors[0]
    assert desk.pending() == 2

    # The retry path itself: backoff with jitter between tries, then success.
    faulty.fail_before = 1
    waits: list[float] = []
    report = sync.sync_with_retries(
        desk.db,
        attempts=3,
        http_client=desk.http,
        sleep=waits.append,
        delay=lambda n: sync.next_retry_delay(n, rng=lambda: 0.5),
    )
    assert report.ok, report.errors
    assert waits == [1.0]
    assert desk.pending() == 0
    assert report.pushed == 2
    with server_engine.connect() as conn:
        version = conn.execute(
            select(SyncRow.version).where(SyncRow.entity == "person", SyncRow.id == person_id)
        ).scalar_one()
    assert version == 1  # applied once, though sent three times

    # The very same batch replayed again: every mutation is a duplicate, nothing applied.
    token = sync.credentials.load_token(desk.db.device_id)
    with desk.db.read_session() as session:
        url = session.get_one(DeskState, 1).server_url
    replay = desk.http.post(
        f"{url}/v1/push",
        content=faulty.pushes[-1],
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            sync.PROTOCOL_HEADER: str(sync.PROTOCOL_VERSION),
        },
    )
    assert replay.status_code == 200, replay.text
    assert {r["status"] for r in replay.json()["results"]} == {"duplicate"}
    with server_engine.connect() as conn:
        version = conn.execute(
            select(SyncRow.version).where(SyncRow.entity == "person", SyncRow.id == person_id)
        ).scalar_one()
    assert version == 1


def test_revoked_desk_gets_an_italian_error_and_keeps_its_outbox(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, admin_client: httpx.Client
) -> None:
    desk = make_desk(make_office())
    register(desk)
    response = admin_client.post(f"/v1/devices/{desk.db.device_id}/revoke")
    assert response.status_code == 200, response.text
    report = desk.sync()
    assert report.revoked
    assert "non è più autorizzata" in report.errors[0]
    assert desk.pending() == 2
    assert desk.outbox_states().get("parked", 0) == 0


def test_interrupted_pull_applies_nothing_and_keeps_the_cursor(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    ids = [register(a, last_name=name) for name in ("Rossi", "Verdi", "Neri", "Gialli")]
    assert a.sync().ok

    real = sync.bulk._Batch.write
    calls = itertools.count(1)

    def failing(self: Any, session: Any, **kwargs: Any) -> Any:
        written = real(self, session, **kwargs)  # the persons are written ...
        if next(calls) > 1:  # ... and the page fails on its second table
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return written

    monkeypatch.setattr(sync.bulk._Batch, "write", failing)
    report = b.sync()
    assert not report.ok
    assert "nessun dato di questa pagina" in report.errors[0]
    assert all(b.person(person_id) is None for person_id in ids)
    with b.db.read_session() as session:
        cursor = session.get_one(DeskState, 1).sync_cursor
        # 8 rows of a's persons, and the office's own row
        assert sync.first_sync.progress(cursor) in (None, sync.first_sync.Progress("rest", 0, 9))
        assert session.scalar(select(func.count()).select_from(Person)) == 0

    monkeypatch.setattr(sync.bulk._Batch, "write", real)
    report = b.sync()
    assert report.ok, report.errors
    assert all(b.person(person_id) is not None for person_id in ids)
    with b.db.read_session() as session:
        assert session.get_one(DeskState, 1).sync_cursor is not None


def test_restored_server_makes_the_desk_resync_and_keep_its_data(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, server_engine: Engine
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)
    assert a.sync().ok
    assert b.sync().ok
    change(b, person_id, phone="06 999")  # not pushed yet when the server answers 410

    with store.session_factory(server_engine).begin() as session:
        admin.bump_epoch(session)
    report = sync.sync_once(b.db, http_client=b.http)
    assert report.resync
    assert any("ripristinato" in error for error in report.errors)
    with b.db.read_session() as session:
        state = session.get_one(DeskState, 1)
        assert (state.sync_cursor, state.resync_needed) == (None, True)
    assert b.person(person_id) is not None

    report = b.sync()
    assert report.ok, report.errors
    with b.db.read_session() as session:
        state = session.get_one(DeskState, 1)
        assert state.sync_cursor is not None
        assert not state.resync_needed
    row = b.person(person_id)
    assert row is not None
    assert row.phone == "06 999"
    assert b.pending() == 0


def test_nothing_is_sent_to_a_server_whose_certificate_is_not_trusted(
    tmp_path: Path,
    make_office: Callable[[], uuid.UUID],
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
) -> None:
    office = make_office()
    code = admin_client.post(f"/v1/offices/{office}/enrollment-codes").json()["code"]
    with open_database(tmp_path / "desk.db") as db:
        # The system trust store does not know the test CA: the one-time code is not spent.
        with pytest.raises(sync.SyncError, match="certificato"):
            sync.enroll(db, server.base_url, code)
        sync.enroll(db, server.base_url, code, ca_file=tls.ca_file)
        with db.read_session() as session:
            assert session.get_one(DeskState, 1).office_id == office
        report = sync.sync_once(db)
        assert report.retry
        assert "certificato" in report.errors[0]
        report = sync.sync_once(db, ca_file=tls.ca_file)
        assert report.ok, report.errors


def test_a_rejected_mutation_is_parked_with_its_reason_and_never_blocks_the_queue(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    desk = make_desk(make_office())
    poison = uuid.uuid4()
    with desk.db.write_session() as session, session.begin():
        state = session.get_one(DeskState, 1)
        state.last_sequence += 1
        session.add(
            OutboxEntry(
                device_id=desk.db.device_id,
                sequence=state.last_sequence,
                entity="person",
                row_id=poison,
                op="update",
                base_version=1,
                changes={"phone": "06 000"},
            )
        )
    person_id = register(desk)
    report = desk.sync()
    assert report.ok, report.errors
    assert (report.parked, report.pushed) == (1, 2)
    with desk.db.read_session() as session:
        parked = session.scalars(select(OutboxEntry).where(OutboxEntry.state == "parked")).one()
    assert parked.row_id == poison
    assert "non esiste sul server" in parked.last_error
    assert parked.changes == {"phone": "06 000"}  # its data is kept for a person to see
    person = desk.person(person_id)
    assert person is not None
    assert person.server_version == 1
    # The parked entry is not sent again.
    assert desk.sync().pushed == 0


def test_a_batch_over_the_size_limit_is_split_and_a_change_too_large_alone_is_parked(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    """The server refuses bodies over ``MAX_BODY_BYTES`` (413): the desk halves the batch
    until it fits, and parks (with its data) a single change that never can."""
    from cotdesk.sync.protocol import MAX_BODY_BYTES

    desk = make_desk(make_office())
    note = "appunto lungo " * 70_000  # ~980,000 characters: under the per-string cap
    people = [register(desk, f"Lungo{letter}", notes=note) for letter in "abcdefg"]  # ~7 MB
    with desk.db.write_session() as session, session.begin():
        state = session.get_one(DeskState, 1)
        state.last_sequence += 1
        giant = dict.fromkeys(("notes", "address_street", "email", "phone_alt"), note)
        session.add(
            OutboxEntry(
                device_id=desk.db.device_id,
                sequence=state.last_sequence,
                entity="person",
                row_id=people[0],
                op="update",
                base_version=1,
                changes={**giant, "address_city": note, "phone": note},  # ~6 MB alone
            )
        )
    assert len(note) * 7 > MAX_BODY_BYTES
    report = desk.sync()
    assert report.ok, report.errors
    assert report.parked == 1
    assert report.pushed >= len(people)  # the persons (and their access-log events)
    assert desk.pending() == 0
    for person_id in people:
        person = desk.person(person_id)
        assert person is not None
        assert person.server_version == 1  # each reached the server once
    with desk.db.read_session() as session:
        parked = session.scalars(select(OutboxEntry).where(OutboxEntry.state == "parked")).one()
    assert "più grande" in parked.last_error
    assert parked.changes["phone"] == note  # kept for a person to see
    assert desk.sync().pushed == 0
