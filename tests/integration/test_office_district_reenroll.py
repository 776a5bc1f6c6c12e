"""An office needs a known municipio (its desks could not store its row without one), and
an un-enrolled desk can enroll again on the same server once an administrator releases it."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import select

from cotdesk.server import admin, store
from cotdesk.server.cli import main
from cotdesk.server.errors import ServerError
from cotdesk.sync.protocol import EnrollRequest
from tests.integration.conftest import RunningServer, TLSFiles, https_client


def _code() -> str:
    return "D" + uuid.uuid4().hex[:7].upper()


def test_creating_an_office_requires_a_known_district(
    database_url: str, admin_client: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database-url", database_url]
    assert main(["migrate", *db]) == 0
    with pytest.raises(SystemExit):  # argparse: --district is required
        main(["create-office", *db, "--code", _code(), "--name", "Senza"])
    capsys.readouterr()
    assert (
        main(["create-office", *db, "--code", _code(), "--name", "X", "--district", "rm_m99"]) == 1
    )
    err = capsys.readouterr().err
    assert "Municipio sconosciuto" in err
    assert "rm_m05" in err

    for body in ({}, {"district_code": ""}, {"district_code": "rm_m99"}):
        response = admin_client.post("/v1/offices", json={"code": _code(), "name": "X", **body})
        assert response.status_code == 422, response.text
        assert "Municipio" in response.json()["message"]

    code = _code()
    answer = admin_client.post(
        "/v1/offices", json={"code": code, "name": "COT", "district_code": "rm_m07"}
    )
    assert answer.status_code == 201, answer.text
    office_id = uuid.UUID(answer.json()["id"])
    engine = store.create_server_engine(database_url, pool_size=1)
    try:
        with store.session_factory(engine).begin() as session:
            assert admin.office_district(session, office_id) == "rm_m07"
            row = session.execute(
                select(store.SyncRow.data).where(
                    store.SyncRow.entity == "office", store.SyncRow.id == office_id
                )
            ).scalar_one()
            assert (row["code"], row["district_code"]) == (code, "rm_m07")
    finally:
        engine.dispose()


def test_an_office_without_district_gets_no_desk_until_it_has_one(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Offices created before the district was required (server data): no enrollment code
    and no enrollment with an old code, with a message saying how to fix it; then fixed."""
    engine = store.create_server_engine(database_url, pool_size=1)
    code = _code()
    try:
        sessions = store.session_factory(engine)
        with sessions.begin() as session:
            office = store.Office(
                id=uuid.uuid4(), code=code, name="Vecchio", created_at=store.utcnow()
            )
            session.add(office)
            session.flush()
            office_id = office.id
        with sessions.begin() as session, pytest.raises(ServerError) as refused:
            admin.create_enrollment_code(session, office_id)
        assert refused.value.status == 409
        assert "set-office-district" in refused.value.message
        db = ["--database-url", database_url]
        assert main(["enrollment-code", *db, "--office", code]) == 1
        assert "non ha un municipio" in capsys.readouterr().err
        assert main(["set-office-district", *db, "--office", code, "--district", "rm_m99"]) == 1
        assert "Municipio sconosciuto" in capsys.readouterr().err
        assert main(["set-office-district", *db, "--office", code, "--district", "rm_m08"]) == 0
        assert main(["enrollment-code", *db, "--office", code]) == 0
        issued = capsys.readouterr().out.strip().splitlines()[-1]
        with sessions.begin() as session:
            answer = admin.enroll(
                session, EnrollRequest(code=issued, device_id=uuid.uuid4(), name="Nuova")
            )
            assert answer.office_id == office_id
            assert admin.office_district(session, office_id) == "rm_m08"
    finally:
        engine.dispose()


def test_a_released_device_enrolls_again_keeping_its_sequence(
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    database_url: str,
) -> None:
    office_id = make_office()
    other_office = make_office()
    device_id = uuid.uuid4()

    def enroll(office: uuid.UUID) -> httpx.Response:
        issued = admin_client.post(f"/v1/offices/{office}/enrollment-codes")
        assert issued.status_code == 201, issued.text
        with https_client(server, tls) as anonymous:
            return anonymous.post(
                "/v1/enroll",
                json={"code": issued.json()["code"], "device_id": str(device_id), "name": "S"},
            )

    first = enroll(office_id)
    assert first.status_code == 201, first.text
    engine = store.create_server_engine(database_url, pool_size=1)
    try:
        with store.session_factory(engine).begin() as session:
            session.get_one(store.Device, device_id).last_sequence = 41

        still_active = enroll(office_id)  # un-enrolled on the desk, not released on the server
        assert still_active.status_code == 409
        assert "revoke-device" in still_active.json()["message"]

        assert admin_client.post(f"/v1/devices/{device_id}/revoke").status_code == 200
        assert enroll(other_office).status_code == 409  # only into its own office

        again = enroll(office_id)
        assert again.status_code == 201, again.text
        with https_client(server, tls, token=first.json()["token"]) as old:
            assert old.post("/v1/pull", json={}).status_code == 401
        with https_client(server, tls, token=again.json()["token"]) as new:
            assert new.post("/v1/pull", json={}).status_code == 200
        with store.session_factory(engine).begin() as session:
            device = session.get_one(store.Device, device_id)
            assert (device.revoked_at, device.last_sequence) == (None, 41)
    finally:
        engine.dispose()
