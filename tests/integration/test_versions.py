"""Versions that move together: the desk and the real HTTPS server negotiate the protocol.

The desk fakes another protocol version (``cotdesk.sync.client.PROTOCOL_VERSION``): one too
old for the server, one newer than the server. Each time the server answers 426 with the
range it supports, the desk says in Italian who must be updated, sends and applies nothing,
keeps its outbox and keeps working; back on the right version the same changes go through.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Office, Operator, OutboxEntry
from cotdesk.domain.roles import Role
from cotdesk.server import store
from cotdesk.services import persons
from cotdesk.services.sync import SyncRun
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import client as sync
from cotdesk.sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_MAX_HEADER,
    PROTOCOL_MIN_HEADER,
    PROTOCOL_VERSION,
)
from cotdesk.ui import ops
from cotdesk.ui.main_window import MainWindow
from tests.integration.conftest import RunningServer, TLSFiles

OPERATOR_ID = uuid.UUID("6a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")


@dataclass
class Network:
    """The test server, an HTTPS client for desks that trusts it, its administration."""

    url: str
    http: httpx.Client
    admin: httpx.Client
    new_office: Callable[[], uuid.UUID]

    def code(self, office_id: uuid.UUID) -> str:
        response = self.admin.post(f"/v1/offices/{office_id}/enrollment-codes")
        assert response.status_code == 201, response.text
        code: str = response.json()["code"]
        return code


@pytest.fixture
def network(
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> Iterator[Network]:
    with httpx.Client(verify=tls.client_context(), timeout=60) as http:
        yield Network(server.base_url, http, admin_client, make_office)


def local_desk(path: Path, office_id: uuid.UUID) -> tuple[Database, Actor]:
    """A desk file with its office and operator (they do not come from the server yet)."""
    db = open_database(path)
    with UnitOfWork(db, None) as uow:
        uow.session.add(Office(id=office_id, code="V01", name="COT V01", district_code="rm_m05"))
        uow.flush()
        uow.session.add(
            Operator(
                id=OPERATOR_ID,
                office_id=office_id,
                username="vera",
                full_name="Vera Operatrice",
                role=Role.OPERATOR.value,
            )
        )
        uow.commit()
    return db, Actor(operator_id=OPERATOR_ID, office_id=office_id, role=Role.OPERATOR)


def register(db: Database, actor: Actor, last_name: str) -> None:
    with UnitOfWork(db, actor) as uow:
        persons.register_person(
            uow,
            persons.PersonData(last_name=last_name, first_name="Ida", birth_date=date(1961, 3, 4)),
        )
        uow.commit()


def pending(db: Database, entity: str | None = "person") -> int:
    query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
    if entity is not None:
        query = query.where(OutboxEntry.entity == entity)
    with db.read_session() as session:
        return int(session.scalar(query) or 0)


def server_rows_of(server_engine: Engine, device_id: uuid.UUID) -> int:
    sessions = store.session_factory(server_engine)
    with sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(store.SyncMutation)
                .where(store.SyncMutation.device_id == device_id)
            )
            or 0
        )


def test_every_answer_says_the_versions_the_server_supports(
    server: RunningServer, client: httpx.Client
) -> None:
    response = client.get("/v1/health")
    assert response.headers[PROTOCOL_MIN_HEADER] == str(MIN_PROTOCOL_VERSION)
    assert response.headers[PROTOCOL_MAX_HEADER] == str(PROTOCOL_VERSION)
    refused = client.post("/v1/pull", json={}, headers={PROTOCOL_HEADER: "0"})
    assert refused.status_code == 426
    assert refused.headers[PROTOCOL_MAX_HEADER] == str(PROTOCOL_VERSION)
    newer = client.post("/v1/pull", json={}, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION + 1)})
    assert newer.status_code == 426
    assert newer.json()["error"] == "protocol_version"
    assert "Aggiornare cotdesk-server" in newer.json()["message"]


def test_a_too_old_desk_cannot_enroll_and_its_code_is_not_spent(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office_id = network.new_office()
    code = network.code(office_id)
    http = network.http
    db = open_database(tmp_path / "old.db")
    monkeypatch.setattr(sync, "PROTOCOL_VERSION", MIN_PROTOCOL_VERSION - 1)
    with pytest.raises(sync.ProtocolMismatch) as refused:
        sync.enroll(db, network.url, code, http_client=http)
    assert refused.value.outdated == "desk"
    assert refused.value.message == sync.DESK_TOO_OLD
    assert "troppo vecchia per il server della rete" in refused.value.message
    monkeypatch.undo()  # the desk is updated: the same code still works
    answer = sync.enroll(db, network.url, code, http_client=http)
    assert answer.office_id == office_id
    db.close()


def test_a_too_old_desk_keeps_working_offline_and_syncs_once_updated(
    network: Network, server_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office_id = network.new_office()
    db, actor = local_desk(tmp_path / "desk.db", office_id)
    http = network.http
    sync.enroll(db, network.url, network.code(office_id), http_client=http)
    assert sync.sync_once(db, http_client=http).ok

    # The network's server moved on: this desk's protocol is older than it serves.
    monkeypatch.setattr(sync, "PROTOCOL_VERSION", MIN_PROTOCOL_VERSION - 1)
    register(db, actor, "Anticaglia")
    report = sync.sync_once(db, http_client=http)
    assert report.outdated == "desk"
    assert report.errors == [sync.DESK_TOO_OLD]  # said once, no pull tried after the push
    assert not report.retry  # not a network trouble: the timer's usual interval
    assert pending(db) == 1  # the outbox is kept …
    assert server_rows_of(server_engine, db.device_id) == 0  # … and nothing was sent
    register(db, actor, "Seguente")  # work goes on offline
    assert pending(db) == 2

    # A desk newer than the server: the server must be updated.
    monkeypatch.setattr(sync, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    report = sync.sync_once(db, http_client=http)
    assert report.outdated == "server"
    assert report.errors == [sync.SERVER_TOO_OLD]
    assert pending(db) == 2

    monkeypatch.undo()  # cotdesk updated on the desk: everything waiting goes
    waiting = pending(db, entity=None)  # the persons and their access-log entries
    report = sync.sync_once(db, http_client=http)
    assert report.ok, report.errors
    assert report.pushed == waiting
    assert pending(db) == 0
    assert server_rows_of(server_engine, db.device_id) == waiting
    db.close()


def test_the_status_area_says_the_desk_must_be_updated(
    qtbot: QtBot, network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office_id = network.new_office()
    db, actor = local_desk(tmp_path / "desk.db", office_id)
    http = network.http
    sync.enroll(db, network.url, network.code(office_id), http_client=http)
    register(db, actor, "Vecchi")
    monkeypatch.setattr(sync, "PROTOCOL_VERSION", MIN_PROTOCOL_VERSION - 1)
    ops.set_pool(ops.ImmediatePool())
    try:
        window = MainWindow(db, actor)
        qtbot.addWidget(window)
        controller = window.sync_area.controller
        controller.stop()
        controller._run = lambda desk: SyncRun(  # the test's CA instead of a pinned one
            report=sync.sync_once(desk, http_client=http), conflicts=None
        )
        assert controller.sync_now()
        label = window.sync_label
        assert label.text().startswith("Non in linea: aggiornare cotdesk")
        assert f"da inviare: {pending(db, entity=None)}" in label.text()
        assert sync.DESK_TOO_OLD in label.toolTip()
        assert window.statusBar().currentMessage() == sync.DESK_TOO_OLD
        # Still usable: the next run is on the usual timer, the change is still waiting.
        assert controller.timer.isActive()
        assert pending(db) == 1
    finally:
        ops.set_pool(None)
        db.close()


def test_a_desk_of_this_version_against_a_newer_server(
    network: Network, server_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server moves on (it now serves versions 2 to 3): this desk, unchanged, is told
    it is too old; the server's answers say the range; nothing is sent."""
    from cotdesk.server import app as server_app

    office_id = network.new_office()
    db, actor = local_desk(tmp_path / "desk.db", office_id)
    sync.enroll(db, network.url, network.code(office_id), http_client=network.http)
    register(db, actor, "Attuale")
    newer = (PROTOCOL_VERSION + 1, PROTOCOL_VERSION + 2)
    monkeypatch.setattr(server_app, "MIN_PROTOCOL_VERSION", newer[0])
    monkeypatch.setattr(server_app, "PROTOCOL_VERSION", newer[1])
    monkeypatch.setattr(
        server_app,
        "VERSION_HEADERS",
        [
            (PROTOCOL_HEADER.lower().encode(), str(newer[1]).encode()),
            (PROTOCOL_MIN_HEADER.lower().encode(), str(newer[0]).encode()),
            (PROTOCOL_MAX_HEADER.lower().encode(), str(newer[1]).encode()),
        ],
    )
    health = network.http.get(f"{network.url}/v1/health")
    assert health.headers[PROTOCOL_MIN_HEADER] == str(newer[0])
    report = sync.sync_once(db, http_client=network.http)
    assert report.outdated == "desk"
    assert report.errors == [sync.DESK_TOO_OLD]
    assert pending(db) == 1  # the person waits
    assert server_rows_of(server_engine, db.device_id) == 0
    monkeypatch.undo()  # (the server of the other tests is this one)
    assert sync.sync_once(db, http_client=network.http).ok
    db.close()
