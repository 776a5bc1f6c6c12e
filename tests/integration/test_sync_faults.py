"""Faults of issue 6 not covered elsewhere, on real PostgreSQL over HTTPS with real desk
files: a desk restored from an older backup (item 3), desk clocks days or years wrong (8),
a revoked token mid-pull and wrong-host or expired certificates (9), a full disk while a
page is applied (10), bad answers from the server (11, the desk's side; the server's side
is in test_server_http). After each: nothing lost, nothing applied twice, the desks
converge to the server's state, errors clear."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, event, func, select

from cotdesk.db.database import open_database
from cotdesk.db.models import DeskState, OutboxEntry, Person
from cotdesk.server.app import create_app
from cotdesk.server.store import Device, SyncMutation, SyncRow
from cotdesk.services import backups
from tests.integration import test_sync_client as desks
from tests.integration.conftest import Desk, RunningServer, TLSFiles, serve_in_thread
from tests.integration.test_sync_client import DeskFile, MakeDesk, change, register

make_desk = desks.make_desk


def people(desk: DeskFile) -> dict[uuid.UUID, Person]:
    with desk.db.read_session() as session:
        return {p.id: p for p in session.scalars(select(Person))}


def server_people(engine: Engine, office: uuid.UUID) -> dict[uuid.UUID, dict[str, Any]]:
    with engine.connect() as conn:
        return {
            row.id: row.data
            for row in conn.execute(
                select(SyncRow.id, SyncRow.data).where(
                    SyncRow.entity == "person", SyncRow.office_id == office
                )
            )
        }


def cursor(desk: DeskFile) -> str | None:
    with desk.db.read_session() as session:
        return session.get_one(DeskState, 1).sync_cursor


# --------------------------------------------------------------------------- restore (3)


def test_a_desk_restored_from_an_older_backup_renumbers_and_loses_nothing(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk, server_engine: Engine
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    first = register(a, last_name="Prima")
    assert a.sync().ok
    copy = backups.make_backup(a.db, kind="manual").path
    second = register(a, last_name="Seconda")
    change(a, first, phone="06 1")
    assert a.sync().ok  # the server has now seen sequences the backup does not know
    with server_engine.connect() as conn:
        seen = conn.execute(
            select(Device.last_sequence).where(Device.id == a.db.device_id)
        ).scalar_one()

    path = a.db.path
    a.db.close()
    backups.restore_backup(path, copy, key=None)
    a.db = open_database(path)
    with a.db.read_session() as session:
        assert session.get_one(DeskState, 1).last_sequence < seen  # gone back
    third = register(a, last_name="Terza")  # reuses sequences the server has seen
    change(a, first, email="prima@example.org")
    report = a.sync()
    assert report.ok, report.errors
    assert report.parked == 0
    assert a.pending() == 0
    with a.db.read_session() as session:
        assert session.get_one(DeskState, 1).last_sequence > seen
    with server_engine.connect() as conn:
        statuses = conn.execute(
            select(SyncMutation.status, func.count())
            .where(SyncMutation.device_id == a.db.device_id)
            .group_by(SyncMutation.status)
        ).all()
    assert dict(statuses).keys() <= {"applied"}
    assert b.sync().ok
    assert a.sync().ok
    on_server = server_people(server_engine, office)
    for desk in (a, b):
        rows = people(desk)
        assert set(rows) == {first, second, third} == set(on_server)
        assert (rows[first].phone, rows[first].email) == ("06 1", "prima@example.org")


# --------------------------------------------------------------------------- clocks (8)


@pytest.mark.parametrize("skew", [timedelta(days=3), timedelta(days=-3), timedelta(days=3650)])
def test_a_desk_clock_days_or_years_wrong_changes_nothing_about_merge_or_order(
    make_office: Callable[[], uuid.UUID],
    enroll: Callable[[uuid.UUID], Desk],
    server_engine: Engine,
    skew: timedelta,
) -> None:
    office = make_office()
    right, wrong = enroll(office), enroll(office)
    row_id = uuid.uuid4()
    right.push_ok([right.mutation("person", row_id, "insert", {"id": str(row_id), "p": "0"})])

    def at(mutation: dict[str, Any], moment: datetime) -> dict[str, Any]:
        return {**mutation, "client_time": moment.isoformat()}

    now = datetime.now(UTC)
    # The wrong clock says its edit is much later (or earlier): arrival order decides.
    first = right.push_ok(
        [at(right.mutation("person", row_id, "update", {"p": "right"}, base_version=1), now)]
    )
    second = wrong.push_ok(
        [
            at(
                wrong.mutation(
                    "person", row_id, "update", {"p": "wrong", "q": "merged"}, base_version=1
                ),
                now + skew,
            )
        ]
    )
    assert first[0]["status"] == "applied"
    assert second[0]["status"] == "conflict"  # same field: both kept, the first stays
    data = server_people(server_engine, office)[row_id]
    assert (data["p"], data["q"]) == ("right", "merged")
    # The feed's order is the server's, never the clocks'.
    changes = wrong.pull_all()
    assert [c["row_id"] for c in changes].count(str(row_id)) == 1
    response = wrong.client.post("/v1/conflicts", json={})
    (conflict,) = [c for c in response.json()["conflicts"] if c["row_id"] == str(row_id)]
    assert conflict["server"]["value"] == "right"
    assert conflict["device"]["value"] == "wrong"


# --------------------------------------------------------------------------- full disk (10)


def test_a_full_disk_while_a_page_is_applied_moves_nothing(
    make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    assert b.sync().ok  # an incremental pull: one page, atomic
    ids = [
        register(a, last_name="Pieno" + chr(97 + i % 26) + chr(97 + i // 26), notes="x" * 2000)
        for i in range(40)
    ]
    assert a.sync().ok
    mine = register(b, last_name="Locale")  # b's own unpushed work
    with b.db.read_session() as session:
        before = (
            cursor(b),
            session.scalar(select(func.count()).select_from(OutboxEntry)),
            session.get_one(DeskState, 1).last_sequence,
        )

    def limit(connection: Any) -> None:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {int(pages) + 1}")

    event.listen(b.db.write_engine, "begin", limit)
    try:
        report = desks.sync.pull_all
        token = desks.sync.credentials.load_token(b.db.device_id)
        with b.db.read_session() as session:
            url = session.get_one(DeskState, 1).server_url
        with pytest.raises(desks.sync.SyncError, match="nessun dato di questa pagina"):
            report(b.db, b.http, url, token)
    finally:
        event.remove(b.db.write_engine, "begin", limit)
        with b.db.write_engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")
    with b.db.read_session() as session:
        after = (
            cursor(b),
            session.scalar(select(func.count()).select_from(OutboxEntry)),
            session.get_one(DeskState, 1).last_sequence,
        )
    assert after == before
    assert set(people(b)) == {mine}
    # With room again, the same sync applies everything, once.
    result = b.sync()
    assert result.ok, result.errors
    assert set(people(b)) == {mine, *ids}
    assert b.pending() == 0
    assert a.sync().ok
    assert set(people(a)) == {mine, *ids}


# --------------------------------------------------------------------------- bad answers (11)


class BadAnswers(httpx.BaseTransport):
    """Forwards to the real server, then spoils the answer of one kind of request."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.spoil: tuple[str, Callable[[bytes], tuple[int, bytes]]] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.spoil is None or request.url.path != self.spoil[0]:
            return response
        body = response.read()
        response.close()
        status, spoiled = self.spoil[1](body)
        return httpx.Response(status, content=spoiled, headers={"content-type": "application/json"})

    def close(self) -> None:
        self.inner.close()


SPOILERS: dict[str, Callable[[bytes], tuple[int, bytes]]] = {
    "truncated": lambda body: (200, body[: len(body) // 2]),
    "not json": lambda body: (200, b"<html>proxy error</html>"),
    "wrong schema": lambda body: (200, b'{"changes": "none", "cursor": 5}'),
    "oversize": lambda body: (200, b'{"changes": [' + b" " * (8 * 1024 * 1024) + b"]}"),
    "other protocol": lambda body: (
        426,
        b'{"error": "protocol_version", "message": "Versione non supportata."}',
    ),
}


@pytest.mark.parametrize("path", ["/v1/push", "/v1/pull"])
@pytest.mark.parametrize("kind", sorted(SPOILERS))
def test_a_bad_answer_from_the_server_changes_nothing_on_the_desk(  # noqa: PLR0917
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,
    tls: TLSFiles,
    server_engine: Engine,
    path: str,
    kind: str,
) -> None:
    office = make_office()
    writer = make_desk(office)
    spoiled = BadAnswers(httpx.HTTPTransport(verify=tls.client_context()))
    desk = make_desk(office, transport=spoiled)
    assert desk.sync().ok
    other = register(writer, last_name="Altrove")
    assert writer.sync().ok
    mine = register(desk, last_name="Mia")
    spoiled.spoil = (path, SPOILERS[kind])
    before = (cursor(desk), desk.pending())
    report = desk.sync()
    assert not report.ok
    assert report.errors[0]
    if path == "/v1/push":  # nothing settled: the changes wait, same ids
        assert before[1] == desk.pending() == 2
    else:  # the push went through; the pull applied nothing and kept its cursor
        assert cursor(desk) == before[0]
        assert other not in people(desk)
    spoiled.spoil = None
    for _ in range(3):  # the retry settles everything, each change once
        report = desk.sync()
        if report.ok and other in people(desk):
            break
    assert report.ok, report.errors
    assert set(people(desk)) == {mine, other}
    with server_engine.connect() as conn:
        versions = conn.execute(select(SyncRow.version).where(SyncRow.id == mine)).scalars()
        assert list(versions) == [1]  # a push whose answer was spoiled was applied once


# --------------------------------------------------------------------------- tokens, TLS (9)


def test_a_token_revoked_between_pages_keeps_whole_pages_and_the_outbox(
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,
    admin_client: httpx.Client,
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    for i in range(6):
        register(a, last_name="Pagina" + chr(97 + i))
    assert a.sync().ok
    local = register(b, last_name="Attesa")
    waiting = b.pending()
    token = desks.sync.credentials.load_token(b.db.device_id)
    with b.db.read_session() as session:
        url = session.get_one(DeskState, 1).server_url
    pages = 0
    real = desks.sync.apply_page

    def apply_then_revoke(db: Any, page: Any) -> int:
        nonlocal pages
        applied = real(db, page)
        pages += 1
        if pages == 1:
            assert admin_client.post(f"/v1/devices/{b.db.device_id}/revoke").status_code == 200
        return applied

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(desks.sync, "apply_page", apply_then_revoke)
        with pytest.raises(desks.sync.DeviceRevoked):
            desks.sync.pull_all(b.db, b.http, url, token, limit=2)
    # The page after the first was asked for while the first was applied (pull_all fetches
    # ahead), before the revocation: it may be applied too; nothing asked for after it.
    assert pages in (1, 2)
    with b.db.read_session() as session:
        count = session.scalar(select(func.count()).select_from(Person))
    assert count is not None
    assert count - 1 in range(2 * pages + 1)  # whole pages only (2 rows per page)
    assert b.pending() == waiting  # its own work, kept
    assert local in people(b)
    report = b.sync()
    assert report.revoked
    assert b.pending() == 2  # its person and audit event (office rows never sent)


@dataclasses.dataclass
class OtherServer:
    url: str


@pytest.fixture(params=["wrong host", "expired"])
def bad_certificate_server(
    request: pytest.FixtureRequest,
    tls: TLSFiles,
    server: RunningServer,
    tmp_path: Path,
) -> Iterator[OtherServer]:
    """The same server (same database) behind a certificate the desk must refuse."""
    if request.param == "wrong host":
        cert = tls.ca.issue_cert("sportello.example.org")
    else:
        now = datetime.now(UTC)
        cert = tls.ca.issue_cert(
            "127.0.0.1", not_before=now - timedelta(days=30), not_after=now - timedelta(days=1)
        )
    certfile, keyfile = tmp_path / "bad.pem", tmp_path / "bad.key"
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    files = dataclasses.replace(tls, certfile=certfile, keyfile=keyfile)
    with serve_in_thread(create_app(server.settings), files) as port:
        yield OtherServer(url=f"https://127.0.0.1:{port}")


def test_nothing_is_sent_without_a_valid_certificate(
    make_office: Callable[[], uuid.UUID],
    make_desk: MakeDesk,
    tls: TLSFiles,
    server_engine: Engine,
    bad_certificate_server: OtherServer,
) -> None:
    office = make_office()
    desk = make_desk(office)
    person = register(desk)
    with desk.db.write_session() as session, session.begin():
        session.get_one(DeskState, 1).server_url = bad_certificate_server.url
    with httpx.Client(verify=tls.client_context(), timeout=30) as http:
        report = desks.sync.sync_once(desk.db, http_client=http)
    assert report.retry
    assert "certificato" in report.errors[0]
    assert desk.pending() == 2
    with server_engine.connect() as conn:
        assert conn.execute(select(SyncRow).where(SyncRow.id == person)).first() is None
        assert (
            conn.execute(
                select(func.count()).where(SyncMutation.device_id == desk.db.device_id)
            ).scalar_one()
            == 0
        )
