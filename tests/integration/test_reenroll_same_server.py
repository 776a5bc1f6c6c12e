"""A desk un-enrolled (``cotdesk sync unenroll``) enrolls again on the same server once the
network administrator has released it (``revoke-device``): same device id, a new token,
and the changes it kept waiting are sent exactly once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select, update

from cotdesk.db.database import open_database
from cotdesk.db.models import Office, Operator, OutboxEntry
from cotdesk.domain.roles import Role
from cotdesk.server.store import Device, SyncMutation, SyncRow
from cotdesk.services import desk_setup
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import client as sync
from tests.integration.conftest import RunningServer, TLSFiles
from tests.integration.test_sync_client import OPERATOR_ID, DeskFile, register

ADMIN_ID = uuid.UUID("0b5f0c4e-8d1c-4a51-9a52-2b7f1e0c0a02")


def test_unenrolled_desk_enrolls_again_and_its_changes_arrive_once(  # noqa: PLR0917
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    server_engine: Engine,
) -> None:
    office_id = make_office()
    db = open_database(tmp_path / "desk.db")
    with UnitOfWork(db, None) as uow:
        uow.session.add(Office(id=office_id, code="M05", name="COT M05", district_code="rm_m05"))
        uow.flush()
        for operator_id, name, role in (
            (OPERATOR_ID, "giulia", Role.OPERATOR),
            (ADMIN_ID, "ada", Role.ADMIN),
        ):
            uow.session.add(
                Operator(
                    id=operator_id,
                    office_id=office_id,
                    username=name,
                    full_name=name.title(),
                    role=role.value,
                )
            )
        uow.commit()
    http = httpx.Client(verify=tls.client_context(), timeout=60)
    desk = DeskFile(
        db=db,
        actor=Actor(operator_id=OPERATOR_ID, office_id=office_id, role=Role.OPERATOR),
        http=http,
    )

    def new_code() -> str:
        response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def server_count(model: type, *where: object) -> int:
        with server_engine.connect() as conn:
            return int(
                conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one()
            )

    try:
        sync.enroll(db, server.base_url, new_code(), http_client=http)
        first = register(desk, last_name="Prima")
        report = desk.sync()
        assert report.ok, report.errors
        sent_before = server_count(SyncMutation, SyncMutation.device_id == db.device_id)

        # Un-enrolled (by a desk administrator) with a change still waiting.
        admin = Actor(operator_id=ADMIN_ID, office_id=office_id, role=Role.ADMIN)
        desk_setup.unenroll_desk(db, admin)
        waiting = register(desk, last_name="Attesa")
        assert desk.pending() > 0

        # Same server, same device id: refused until the administrator releases it.
        with pytest.raises(Exception, match="revoke-device"):
            sync.enroll(db, server.base_url, new_code(), http_client=http)
        assert admin_client.post(f"/v1/devices/{db.device_id}/revoke").status_code == 200
        answer = sync.enroll(db, server.base_url, new_code(), http_client=http)
        assert answer.device_id == db.device_id

        report = desk.sync()
        assert report.ok, report.errors
        assert desk.pending() == 0
        sent_after = server_count(SyncMutation, SyncMutation.device_id == db.device_id)
        assert sent_after > sent_before
        assert server_count(SyncRow, SyncRow.id == waiting) == 1
        assert server_count(SyncRow, SyncRow.id == first) == 1
        with server_engine.connect() as conn:
            version = conn.execute(
                select(SyncRow.version).where(SyncRow.id == waiting)
            ).scalar_one()
            device = conn.execute(select(Device).where(Device.id == db.device_id)).one()
        assert version == 1
        assert device.revoked_at is None

        # The waiting changes sent once more (an answer lost): applied once, not twice.
        with UnitOfWork(db, None) as uow:
            uow.session.execute(
                update(OutboxEntry).where(OutboxEntry.row_id == waiting).values(state="pending")
            )
            uow.commit()
        resent = desk.pending()
        assert resent > 0
        report = desk.sync()
        assert report.ok, report.errors
        assert report.pushed == resent  # answered as already applied
        assert desk.pending() == 0
        assert server_count(SyncMutation, SyncMutation.device_id == db.device_id) == sent_after
        with server_engine.connect() as conn:
            assert (
                conn.execute(select(SyncRow.version).where(SyncRow.id == waiting)).scalar_one() == 1
            )
    finally:
        http.close()
        db.close()


def test_a_desk_of_an_office_without_district_recovers_once_it_has_one(  # noqa: PLR0917
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    server_engine: Engine,
    database_url: str,
) -> None:
    """Server data from before the district was required: the office has no row for its
    desks (simulated by removing it), so a desk's first sync cannot store its operators;
    ``set-office-district`` sends the row and the next sync succeeds."""
    from sqlalchemy import delete

    from cotdesk.db.models import Operator as DeskOperator
    from cotdesk.server.cli import main
    from cotdesk.server.store import Office as ServerOffice
    from cotdesk.server.store import SyncChange

    office_id = make_office()
    created = admin_client.post(
        f"/v1/offices/{office_id}/operators",
        json={"username": f"op{uuid.uuid4().hex[:6]}", "full_name": "Olga Operatrice"},
    )
    assert created.status_code == 201, created.text
    db = open_database(tmp_path / "legacy.db")
    http = httpx.Client(verify=tls.client_context(), timeout=60)
    try:
        response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        sync.enroll(db, server.base_url, response.json()["code"], http_client=http)
        with server_engine.begin() as conn:  # the office as older server data left it
            conn.execute(delete(SyncRow).where(SyncRow.entity == "office", SyncRow.id == office_id))
            conn.execute(
                delete(SyncChange).where(
                    SyncChange.entity == "office", SyncChange.entity_id == office_id
                )
            )
            code = conn.execute(
                select(ServerOffice.code).where(ServerOffice.id == office_id)
            ).scalar_one()
        broken = sync.sync_once(db, http_client=http)
        assert not broken.ok
        assert "non si possono salvare" in broken.errors[0]  # the FOREIGN KEY, for ever

        assert (
            main(
                [
                    "set-office-district",
                    "--database-url",
                    database_url,
                    "--office",
                    code,
                    "--district",
                    "rm_m06",
                ]
            )
            == 0
        )
        report = sync.sync_once(db, http_client=http)
        assert report.ok, report.errors
        with db.read_session() as session:
            office = session.get_one(Office, office_id)
            assert office.district_code == "rm_m06"
            assert session.scalar(select(func.count()).select_from(DeskOperator)) == 1
    finally:
        http.close()
        db.close()
