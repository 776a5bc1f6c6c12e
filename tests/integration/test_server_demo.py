"""``cotdesk-server --demo`` as a real process: SQLite store, self-signed certificate made on
the first start, a demo office and a one-time code; desks enroll over real HTTPS trusting
that certificate by its fingerprint, push and pull."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Office, Operator, OutboxEntry, Person
from cotdesk.domain.roles import Role
from cotdesk.server.cli import main as server_main
from cotdesk.services import persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import client as sync
from cotdesk.sync import tls
from cotdesk.ui import ops
from cotdesk.ui.enroll_dialog import EnrollDialog
from cotdesk.ui.main_window import MainWindow

OPERATOR_ID = uuid.UUID("5d0f3a52-9a3e-4c1b-8f0e-1c2d3e4f5a6b")
PRINTED = re.compile(
    r"Indirizzo del server.*?\n\s+(?P<url>https://\S+).*?"
    r"Impronta SHA-256.*?\n\s+(?P<fingerprint>[0-9A-F:]{95}).*?"
    r"Codice di attivazione.*?\n\s+(?P<code>[A-Z0-9-]+)",
    re.DOTALL,
)


@dataclass
class DemoProcess:
    process: subprocess.Popen[str]
    url: str
    fingerprint: str
    code: str
    data_dir: Path
    output: str


def start_demo(data_dir: Path, *extra: str) -> DemoProcess:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cotdesk.server",
            "--demo",
            "--data-dir",
            str(data_dir),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--log-level",
            "warning",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    output = ""
    deadline = time.monotonic() + 60
    while (match := PRINTED.search(output)) is None:
        line = process.stdout.readline()
        if not line:
            _out, err = process.communicate(timeout=10)
            raise AssertionError(f"the demo server did not start:\n{output}\n{err}")
        output += line
        assert time.monotonic() < deadline, output
    demo = DemoProcess(
        process=process,
        url=match["url"],
        fingerprint=match["fingerprint"],
        code=match["code"],
        data_dir=data_dir,
        output=output,
    )
    # The banner comes before uvicorn listens on the (already bound) socket: wait for it.
    for _ in range(200):
        try:
            tls.fetch_certificate(demo.url, timeout=2)
            return demo
        except tls.CertificateError:
            time.sleep(0.05)
    return demo


def stop_demo(demo: DemoProcess) -> str:
    demo.process.send_signal(signal.SIGINT)
    _out, err = demo.process.communicate(timeout=30)
    assert demo.process.returncode in (0, -signal.SIGINT), err
    assert "Traceback" not in err, err
    return err


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[DemoProcess]:
    demo = start_demo(tmp_path / "server")
    try:
        yield demo
    finally:
        if demo.process.poll() is None:
            stop_demo(demo)


def desk_with(tmp_path: Path, name: str, demo: DemoProcess, code: str) -> tuple[Database, Actor]:
    """A desk enrolled with ``code``, trusting the server by the printed fingerprint."""
    db = open_database(tmp_path / f"{name}.db")
    seen = tls.fetch_certificate(demo.url)
    assert not seen.trusted_by_system
    tls.check_expected(seen, demo.fingerprint)
    ca_file = tls.pin_certificate(db.path, seen.pem)
    answer = sync.enroll(db, demo.url, code, name=name, ca_file=ca_file)
    # The office and its operator come from the server in production (issue 6, item 2);
    # here the desk gets them locally (their outbox entries are server-managed, never sent).
    with UnitOfWork(db, None) as uow:
        uow.session.add(
            Office(
                id=answer.office_id, code="DEMO", name="COT dimostrativa", district_code="rm_m05"
            )
        )
        uow.flush()
        uow.session.add(
            Operator(
                id=OPERATOR_ID,
                office_id=answer.office_id,
                username="demo",
                full_name="Operatrice Demo",
                role=Role.OPERATOR.value,
            )
        )
        uow.commit()
    return db, Actor(operator_id=OPERATOR_ID, office_id=answer.office_id, role=Role.OPERATOR)


def test_demo_server_prints_what_a_desk_needs_and_desks_sync_through_it(
    demo_server: DemoProcess, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = demo_server.data_dir
    assert (data_dir / "server.sqlite3").is_file()
    cert_pem = (data_dir / "demo-cert.pem").read_text()
    assert tls.fingerprint(cert_pem) == demo_server.fingerprint
    assert (data_dir / "demo-key.pem").stat().st_mode & 0o077 == 0

    first, actor = desk_with(tmp_path, "desk1", demo_server, demo_server.code)
    # The code was one-time: a second desk gets one from the administration command, on
    # the same SQLite file while the server runs.
    db_url = f"sqlite:///{data_dir / 'server.sqlite3'}"
    assert server_main(["enrollment-code", "--database-url", db_url, "--office", "DEMO"]) == 0
    second_code = capsys.readouterr().out.strip().splitlines()[-1]
    with pytest.raises(sync.SyncError, match="Codice di attivazione non valido"):
        sync.enroll(
            open_database(tmp_path / "late.db"),
            demo_server.url,
            demo_server.code,
            ca_file=tls.pinned_ca_file(first.path),
        )
    second, _ = desk_with(tmp_path, "desk2", demo_server, second_code)

    with UnitOfWork(first, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name="Esposito", first_name="Lucia", birth_date=date(1980, 2, 3)
            ),
        )
        uow.commit()
        person_id = person.id

    # No ca_file given: sync_once trusts the certificate pinned at enrollment.
    report = sync.sync_once(first)
    assert report.ok, report.errors
    assert report.pushed >= 1
    with first.read_session() as session:
        assert not session.scalars(select(OutboxEntry).where(OutboxEntry.state != "pushed")).all()

    report = sync.sync_once(second)
    assert report.ok, report.errors
    assert report.pulled >= 1
    with second.read_session() as session:
        pulled = session.get(Person, person_id)
        assert pulled is not None
        assert pulled.last_name == "Esposito"
    first.close()
    second.close()


def test_the_certificate_is_made_once_and_a_new_code_at_every_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "server"
    office_id = uuid.uuid4()
    demo = start_demo(data_dir, "--office-id", str(office_id))
    stop_demo(demo)
    assert f"Ufficio: DEMO (id {office_id})" in demo.output
    again = start_demo(data_dir)
    try:
        assert again.fingerprint == demo.fingerprint
        assert again.code != demo.code
        assert f"Ufficio: DEMO (id {office_id})" in again.output
    finally:
        stop_demo(again)


def test_a_desk_refuses_a_server_whose_certificate_is_not_the_pinned_one(
    tmp_path: Path, demo_server: DemoProcess
) -> None:
    db, _ = desk_with(tmp_path, "desk", demo_server, demo_server.code)
    # Another server with its own self-signed certificate answers at the same address.
    stop_demo(demo_server)
    port = demo_server.url.rsplit(":", 1)[1]
    other = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cotdesk.server",
            "--demo",
            "--data-dir",
            str(tmp_path / "impostor"),
            "--host",
            "127.0.0.1",
            "--port",
            port,
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None
        while "Codice di attivazione" not in other.stdout.readline():
            assert other.poll() is None, other.stderr.read() if other.stderr else ""
        for _ in range(200):
            try:
                seen = tls.fetch_certificate(demo_server.url, timeout=2)
                break
            except tls.CertificateError:
                time.sleep(0.05)
        with pytest.raises(tls.CertificateMismatch, match="non corrisponde"):
            tls.check_expected(seen, demo_server.fingerprint)
        report = sync.sync_once(db)
        assert not report.ok
        assert "certificato" in report.errors[0]
    finally:
        other.send_signal(signal.SIGINT)
        other.communicate(timeout=30)
        db.close()


def test_the_enrollment_dialog_against_the_demo_server(
    qtbot: QtBot, demo_server: DemoProcess, tmp_path: Path
) -> None:
    """What a person does: the address and code the demo printed, the fingerprint compared
    on screen, then the status area syncing with it."""
    ops.set_pool(ops.ImmediatePool())
    try:
        db = open_database(tmp_path / "gui-desk.db")
        dialog = EnrollDialog(db, None)
        qtbot.addWidget(dialog)
        dialog.url_edit.setText(demo_server.url)
        dialog.code_edit.setText(demo_server.code)
        dialog.verify_button.click()
        shown = dialog.fingerprint_label.text().replace("\n", "")
        assert shown == demo_server.fingerprint  # what the person compares
        dialog.confirm_box.setChecked(True)
        dialog.enroll_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()

        window = MainWindow(db, None)
        qtbot.addWidget(window)
        controller = window.sync_area.controller
        controller.stop()
        assert controller.sync_now()
        assert window.sync_label.text().startswith("In linea · sincronizzato: ")
        db.close()
    finally:
        ops.set_pool(None)


def test_cotdesk_sync_from_the_shell(
    demo_server: DemoProcess, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cotdesk.cli import main as desk_main

    db = ["--db", str(tmp_path / "shell-desk.db")]
    assert desk_main(["sync", "status", *db]) == 0
    assert "non registrata" in capsys.readouterr().out
    enroll = ["sync", "enroll", *db, "--server", demo_server.url, "--code", demo_server.code]
    # No fingerprint: the one seen is printed, nothing enrolled (the code is not spent).
    assert desk_main(enroll) == 1
    assert demo_server.fingerprint in capsys.readouterr().out
    wrong = ":".join(["00"] * 32)
    assert desk_main([*enroll, "--fingerprint", wrong]) == 2
    assert "non corrisponde" in capsys.readouterr().err
    assert desk_main([*enroll, "--fingerprint", demo_server.fingerprint]) == 0
    assert "registrata presso" in capsys.readouterr().out
    assert desk_main(["sync", "now", *db]) == 0
    assert "Inviate:" in capsys.readouterr().out
    assert desk_main(["sync", "status", *db]) == 0
    out = capsys.readouterr().out
    assert demo_server.url in out
    assert "Modifiche da inviare:  0" in out
