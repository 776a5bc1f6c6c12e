"""Office-wide settings come from the server (issue 8, point 3): the network administrator
sets them (``cotdesk-server set-office-settings``, ``PATCH /v1/offices/{id}``), the office's
row carries them to its desks, and an enrolled desk shows them read-only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select

from cotdesk.db.database import open_database
from cotdesk.db.models import Office
from cotdesk.server import store
from cotdesk.server.cli import main
from cotdesk.services.retention import retention_years
from cotdesk.services.settings import SERVER_OWNED, desk_settings
from cotdesk.sync import client as sync
from tests.integration.conftest import RunningServer, TLSFiles


def test_the_administrator_sets_office_settings_and_the_desk_shows_them(  # noqa: PLR0917
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    server_engine: Engine,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office_id = make_office()
    with server_engine.connect() as conn:
        code = conn.execute(
            select(store.Office.code).where(store.Office.id == office_id)
        ).scalar_one()
    path = tmp_path / "config" / "settings.json"
    db = open_database(tmp_path / "desk.db")
    http = httpx.Client(verify=tls.client_context(), timeout=60)
    try:
        issued = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        sync.enroll(db, server.base_url, issued.json()["code"], http_client=http)
        report = sync.sync_once(db, http_client=http)
        assert report.ok, report.errors
        shown = desk_settings(db, None, path=path)
        assert shown.server_configured
        assert (shown.value("referrals.answer_days"), shown.value("retention.years")) == (15, 10)

        # From the shell: bad values and no value are refused, nothing changes.
        db_url = ["--database-url", database_url]
        command = ["set-office-settings", *db_url, "--office", code]
        assert main([*command, "--retention-years", "31"]) == 1
        assert "tra 1 e 30 anni" in capsys.readouterr().err
        assert main([*command, "--referral-answer-days", "0"]) == 1
        assert "tra 1 e 90 giorni" in capsys.readouterr().err
        assert main(command) == 1
        assert "Nessuna impostazione" in capsys.readouterr().err
        assert (
            main(["set-office-settings", *db_url, "--office", "NOPE", "--retention-years", "5"])
            == 1
        )
        capsys.readouterr()
        assert main([*command, "--retention-years", "7"]) == 0
        out = capsys.readouterr().out
        assert "Conservazione dei dati: 7 anni" in out
        assert "Giorni per la risposta dell'ente: 15 giorni" in out

        # Through the administrator's API.
        for body in ({}, {"retention_years": 0}, {"referral_answer_days": 91}):
            refused = admin_client.patch(f"/v1/offices/{office_id}", json=body)
            assert refused.status_code == 422, refused.text
            assert refused.json()["message"]
        for body in ({"retention_years": "7"}, {"retention_years": True}, {"other": 1}):
            assert admin_client.patch(f"/v1/offices/{office_id}", json=body).status_code == 422
        assert (
            admin_client.patch(f"/v1/offices/{uuid.uuid4()}", json={"retention_years": 5})
        ).status_code == 404
        answer = admin_client.patch(f"/v1/offices/{office_id}", json={"referral_answer_days": 21})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert (body["code"], body["referral_answer_days"], body["retention_years"]) == (
            code,
            21,
            7,
        )

        # The desk receives the office's row: the server's values, read-only there.
        report = sync.sync_once(db, http_client=http)
        assert report.ok, report.errors
        shown = desk_settings(db, None, path=path)
        assert (shown.value("referrals.answer_days"), shown.value("retention.years")) == (21, 7)
        rows = {row.setting.key: row for row in shown.rows}
        assert rows["retention.years"].read_only_reason == SERVER_OWNED
        assert rows["referrals.answer_days"].read_only_reason == SERVER_OWNED
        assert retention_years(db) == 7  # what the retention job applies
        with db.read_session() as session:
            office = session.get_one(Office, office_id)
            assert (office.code, office.district_code) == (code, "rm_m05")  # the rest kept
    finally:
        http.close()
        db.close()
