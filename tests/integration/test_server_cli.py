"""``cotdesk-server``: refuses to run without TLS, administers from the shell, and serves
HTTPS as a real process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from cotdesk.server.cli import main
from cotdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.conftest import RunningServer, TLSFiles, https_client


def test_serve_refuses_to_start_without_tls(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--database-url", database_url]) == 2
    assert "solo in HTTPS" in capsys.readouterr().err
    missing = tmp_path / "missing.pem"
    args = ["serve", "--database-url", database_url, "--ssl-certfile", str(missing)]
    assert main([*args, "--ssl-keyfile", str(missing)]) == 2
    assert "File non trovato" in capsys.readouterr().err


def test_demo_mode_on_a_busy_port_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        args = ["--demo", "--data-dir", str(tmp_path), "--host", "127.0.0.1"]
        assert main([*args, "--port", str(port)]) == 2
    assert "porta è già in uso" in capsys.readouterr().err
    assert not (tmp_path / "server.sqlite3").exists()  # nothing made before the port is ours
    assert main([]) == 2


def test_a_database_is_required(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("COTDESK_SERVER_DATABASE_URL", raising=False)
    assert main(["migrate"]) == 2
    assert "--database-url" in capsys.readouterr().err


def test_administration_from_the_shell(
    database_url: str,
    server: RunningServer,
    tls: TLSFiles,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = ["--database-url", database_url]
    assert main(["migrate", *db]) == 0
    assert "aggiornato" in capsys.readouterr().out

    code = "C" + uuid.uuid4().hex[:6].upper()
    assert (
        main(
            [
                "create-office",
                *db,
                "--code",
                code,
                "--name",
                "COT Municipio IX",
                "--district",
                "rm_m09",
            ]
        )
        == 0
    )
    assert code in capsys.readouterr().out
    assert (
        main(["create-office", *db, "--code", code, "--name", "Doppione", "--district", "rm_m09"])
        == 1
    )
    assert "Esiste già" in capsys.readouterr().err

    assert main(["create-admin-token", *db, "--name", "Maria Verdi"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    with https_client(server, tls, token=token) as admin_api:
        response = admin_api.post(
            "/v1/offices", json={"code": code + "B", "name": "Altro", "district_code": "rm_m03"}
        )
        assert response.status_code == 201

    assert main(["enrollment-code", *db, "--office", code]) == 0
    enrollment = capsys.readouterr().out.strip().splitlines()[-1]
    device_id = uuid.uuid4()
    with https_client(server, tls) as anonymous:
        response = anonymous.post(
            "/v1/enroll",
            json={"code": enrollment, "device_id": str(device_id), "name": "Sportello"},
        )
    assert response.status_code == 201, response.text
    device_token = response.json()["token"]

    assert main(["revoke-device", *db, str(device_id)]) == 0
    with https_client(server, tls, token=device_token) as revoked:
        assert revoked.post("/v1/pull", json={}).status_code == 401
    assert main(["revoke-device", *db, str(uuid.uuid4())]) == 1
    assert main(["enrollment-code", *db, "--office", "NOPE"]) == 1
    capsys.readouterr()

    assert main(["new-epoch", *db]) == 0
    assert "Nuova epoca" in capsys.readouterr().out


def test_the_server_runs_as_a_process_over_https(database_url: str, tls: TLSFiles) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "COTDESK_SERVER_DATABASE_URL": database_url}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cotdesk.server",
            "serve",
            "--ssl-certfile",
            str(tls.certfile),
            "--ssl-keyfile",
            str(tls.keyfile),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        with httpx.Client(verify=tls.client_context()) as client:
            while True:
                try:
                    response = client.get(f"https://127.0.0.1:{port}/v1/health")
                    break
                except httpx.ConnectError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            assert response.status_code == 200
            assert response.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal it caught.
    assert process.returncode in (0, -signal.SIGTERM), err.decode()
    assert b"Traceback" not in err
