"""Sync in the app, driven offscreen against the real HTTPS server on PostgreSQL: the status
area, the enrollment dialog and the conflicts dialog (tasks run at once: ImmediatePool)."""

from __future__ import annotations

import itertools
import shutil
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import DeskState, Office, Operator, OutboxEntry
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import client as sync
from cotdesk.sync import tls as sync_tls
from cotdesk.ui import ops
from cotdesk.ui.enroll_dialog import EnrollDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.sync_conflicts import SyncDetailsDialog
from tests.integration.conftest import RunningServer, TLSFiles
from tests.integration.test_sync_client import (
    OPERATOR_ID,
    change,
    register,
)
from tests.memory_keyring import MemoryKeyring

ADMIN_ID = uuid.UUID("0b5f0c4e-8d1c-4a51-9a52-2b7f1e0c0a02")


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@dataclass
class UIDesk:
    db: Database
    actor: Actor
    admin: Actor

    def sync(self) -> sync.SyncReport:
        return sync.sync_once(self.db)  # trusts the pinned certificate, as the app does


def _new_desk_file(path: Path, office_id: uuid.UUID) -> Database:
    db = open_database(path)
    with UnitOfWork(db, None) as uow:
        uow.session.add(
            Office(id=office_id, code="M05", name="COT Solidale M05", district_code="rm_m05")
        )
        uow.flush()
        for operator_id, username, name, role in (
            (OPERATOR_ID, "giulia", "Giulia Operatrice", Role.OPERATOR),
            (ADMIN_ID, "amm", "Aldo Amministratore", Role.ADMIN),
        ):
            uow.session.add(
                Operator(
                    id=operator_id,
                    office_id=office_id,
                    username=username,
                    full_name=name,
                    role=role.value,
                )
            )
        uow.commit()
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    return db


MakeDesk = Callable[[uuid.UUID], UIDesk]


@pytest.fixture
def make_desk(
    tmp_path: Path, server: RunningServer, tls: TLSFiles, admin_client: httpx.Client
) -> Iterator[MakeDesk]:
    """Desks enrolled as the app does it: the server's certificate pinned beside the file
    (here the test CA, which is what verifies the test server)."""
    opened: list[Database] = []
    counter = itertools.count(1)

    def make(office_id: uuid.UUID) -> UIDesk:
        db = _new_desk_file(tmp_path / f"ui-desk{next(counter)}.db", office_id)
        opened.append(db)
        shutil.copyfile(tls.ca_file, sync_tls.pin_path(db.path))
        response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        assert response.status_code == 201, response.text
        sync.enroll(
            db,
            server.base_url,
            response.json()["code"],
            name=f"Sportello {len(opened)}",
            ca_file=sync_tls.pin_path(db.path),
        )
        return UIDesk(
            db=db,
            actor=Actor(operator_id=OPERATOR_ID, office_id=office_id, role=Role.OPERATOR),
            admin=Actor(operator_id=ADMIN_ID, office_id=office_id, role=Role.ADMIN),
        )

    yield make
    for db in opened:
        db.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def window_for(qtbot: QtBot, desk: UIDesk) -> MainWindow:
    window = MainWindow(desk.db, desk.actor)
    qtbot.addWidget(window)
    window.sync_area.controller.stop()  # the test drives it
    return window


# --------------------------------------------------------------------------- status area


def test_the_status_area_shows_online_last_sync_waiting_parked_and_conflicts(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    desk, other = make_desk(office), make_desk(office)
    window = window_for(qtbot, desk)
    area = window.sync_area
    assert window.sync_label.text() == "In attesa della prima sincronizzazione"
    waiting = area.controller.state.pending

    person_id = register(desk)  # type: ignore[arg-type]
    area.controller.refresh()
    # The person and its audit event are waiting too.
    assert f"da inviare: {waiting + 2}" in window.sync_label.text()

    window.sync_area.sync_action.trigger()  # F9
    text = window.sync_label.text()
    assert text.startswith("In linea · sincronizzato: ")
    assert "da inviare" not in text
    assert "Ultima sincronizzazione riuscita:" in window.sync_label.toolTip()
    assert "Conflitti aperti dell'ufficio: 0" in window.sync_label.toolTip()
    assert window.pending_label.text() == "Modifiche da inviare: 0"

    # A change the server refuses is parked and counted.
    with desk.db.write_session() as session, session.begin():
        state = session.get_one(DeskState, 1)
        state.last_sequence += 1
        session.add(
            OutboxEntry(
                device_id=desk.db.device_id,
                sequence=state.last_sequence,
                entity="person",
                row_id=uuid.uuid4(),
                op="update",
                base_version=1,
                changes={"phone": "06 000"},
            )
        )
    # The same field changed on two desks: one open conflict for the office.
    assert other.sync().ok
    change(desk, person_id, phone="06 AAA")  # type: ignore[arg-type]
    change(other, person_id, phone="06 BBB")  # type: ignore[arg-type]
    assert other.sync().ok
    assert area.controller.sync_now()
    text = window.sync_label.text()
    assert "sospese: 1" in text
    assert "conflitti: 1" in text
    assert "Modifiche sospese (rifiutate dal server): 1" in window.sync_label.toolTip()


def test_offline_is_shown_with_the_reason_and_retried_with_backoff(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    desk = make_desk(make_office())
    window = window_for(qtbot, desk)
    controller = window.sync_area.controller
    assert controller.sync_now()
    assert controller.online
    with desk.db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(server_url=f"https://127.0.0.1:{closed_port()}"))
    delays: list[int] = []
    controller._retry_delay = lambda failures: delays.append(failures) or 7.0
    for _ in range(2):
        assert controller.sync_now()
    assert window.sync_label.text().startswith("Non in linea · sincronizzato: ")
    assert "non raggiungibile" in window.sync_label.toolTip()
    assert "Prossimo tentativo:" in window.sync_label.toolTip()
    assert delays == [1, 2]  # consecutive failures drive the backoff
    assert controller.timer.isActive()
    assert controller.timer.interval() == 7000


# --------------------------------------------------------------------------- enrollment


def _fresh_desk(tmp_path: Path, office_id: uuid.UUID) -> Database:
    return _new_desk_file(tmp_path / f"new-{uuid.uuid4().hex[:6]}.db", office_id)


def _server_fingerprint(tls: TLSFiles) -> str:
    first = tls.certfile.read_text().split("-----END CERTIFICATE-----")[0]
    return sync_tls.fingerprint(first + "-----END CERTIFICATE-----\n")


def _code(admin_client: httpx.Client, office_id: uuid.UUID) -> str:
    response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
    assert response.status_code == 201, response.text
    code: str = response.json()["code"]
    return code


def _admin(office_id: uuid.UUID) -> Actor:
    return Actor(operator_id=ADMIN_ID, office_id=office_id, role=Role.ADMIN)


def test_enrollment_with_a_good_code_after_comparing_the_fingerprint(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    memory_keyring: MemoryKeyring,
) -> None:
    office = make_office()
    db = _fresh_desk(tmp_path, office)
    dialog = EnrollDialog(db, _admin(office))
    qtbot.addWidget(dialog)
    assert not dialog.enroll_button.isEnabled()
    dialog.url_edit.setText(server.base_url)
    dialog.code_edit.setText(_code(admin_client, office))
    dialog.verify_button.click()
    assert dialog.fingerprint_label.text().replace("\n", "") == _server_fingerprint(tls)
    assert "autofirmato" in dialog.trust_label.text()  # the test CA is not the system's
    assert dialog.confirm_box.isVisibleTo(dialog)
    assert not dialog.enroll_button.isEnabled()  # not before the comparison is confirmed
    dialog.confirm_box.setChecked(True)
    assert dialog.enroll_button.isEnabled()
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        dialog.enroll_button.click()
    assert enrolled.args == [office]
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read_session() as session:
        assert session.get_one(DeskState, 1).server_url == server.base_url
    assert sync_tls.pinned_ca_file(db.path) is not None
    assert memory_keyring.secrets  # the token went to the keyring
    assert sync.sync_once(db).ok  # later syncs trust the pinned certificate
    db.close()


def test_enrollment_with_a_wrong_code_says_so_and_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    make_office: Callable[[], uuid.UUID],
) -> None:
    office = make_office()
    db = _fresh_desk(tmp_path, office)
    dialog = EnrollDialog(db, _admin(office))
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(server.base_url)
    dialog.code_edit.setText("AAAA-BBBB-CCCC")
    dialog.expected_edit.setText(_server_fingerprint(tls).lower().replace(":", ""))
    dialog.verify_button.click()
    assert "corrisponde a quella indicata" in dialog.trust_label.text()
    assert dialog.enroll_button.isEnabled()  # the typed fingerprint matched: no checkbox
    dialog.enroll_button.click()
    assert "Codice di attivazione non valido" in dialog.error_label.text()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    with db.read_session() as session:
        assert session.get_one(DeskState, 1).server_url == ""
    assert sync_tls.pinned_ca_file(db.path) is None  # the pin is taken back
    db.close()


def test_enrollment_to_an_unreachable_server_says_so(
    qtbot: QtBot, tmp_path: Path, make_office: Callable[[], uuid.UUID]
) -> None:
    office = make_office()
    db = _fresh_desk(tmp_path, office)
    dialog = EnrollDialog(db, _admin(office))
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(f"https://127.0.0.1:{closed_port()}")
    dialog.verify_button.click()
    assert "non raggiungibile" in dialog.error_label.text()
    assert not dialog.enroll_button.isEnabled()
    dialog.url_edit.setText("http://127.0.0.1:8443")
    dialog.verify_button.click()
    assert "https://" in dialog.error_label.text()
    db.close()


def test_enrollment_refuses_a_certificate_that_does_not_match(
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> None:
    office = make_office()
    db = _fresh_desk(tmp_path, office)
    dialog = EnrollDialog(db, _admin(office))
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(server.base_url)
    dialog.code_edit.setText(_code(admin_client, office))
    dialog.expected_edit.setText(":".join(["AB"] * 32))
    dialog.verify_button.click()
    assert "non corrisponde" in dialog.error_label.text()
    assert "NON è stata registrata" in dialog.error_label.text()
    assert not dialog.enroll_button.isEnabled()
    dialog.enroll()  # even if forced, nothing is sent
    with db.read_session() as session:
        assert session.get_one(DeskState, 1).server_url == ""
    db.close()


def test_enrollment_is_for_administrators(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> None:
    office = make_office()
    db = _fresh_desk(tmp_path, office)
    operator = Actor(operator_id=OPERATOR_ID, office_id=office, role=Role.OPERATOR)
    dialog = EnrollDialog(db, operator)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(server.base_url)
    dialog.code_edit.setText(_code(admin_client, office))
    dialog.expected_edit.setText(_server_fingerprint(tls))
    dialog.verify_button.click()
    dialog.enroll_button.click()
    assert "amministratore" in dialog.error_label.text().lower()
    db.close()


# --------------------------------------------------------------------------- conflicts


def test_the_conflicts_dialog_shows_both_values_who_and_when_and_keeps_mine(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)  # type: ignore[arg-type]
    assert a.sync().ok
    assert b.sync().ok
    change(a, person_id, phone="06 AAA")  # type: ignore[arg-type]
    change(b, person_id, phone="06 BBB")  # type: ignore[arg-type]
    assert a.sync().ok
    assert b.sync().conflicts == 1

    dialog = SyncDetailsDialog(b.db, b.actor)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "&Conflitti (1)"
    assert dialog.conflict_model.rowCount() == 1
    row = [dialog.conflict_model.cell_text(dialog.conflict_model.record(0), c) for c in range(4)]
    assert row == ["Persona: Bianchi Anna", "Telefono", "06 AAA", "06 BBB"]
    current, other = dialog.current_label.text(), dialog.other_label.text()
    assert "06 AAA" in current
    assert "Giulia Operatrice (Sportello 1)" in current
    assert "06 BBB" in other
    assert "Giulia Operatrice (questa postazione)" in other
    assert dialog.keep_other_button.text() == "Tieni il &mio"
    assert dialog.keep_current_button.text() == "Prendi il &loro"

    with qtbot.waitSignal(dialog.resolved):
        dialog.keep_other_button.click()
    assert dialog.conflict_model.rowCount() == 0
    assert dialog.conflicts_note.text() == "Nessun conflitto aperto nell'ufficio."
    assert a.sync().ok
    with a.db.read_session() as session:
        from cotdesk.db.models import Person

        person = session.get(Person, person_id)
        assert person is not None
        assert person.phone == "06 BBB"
    # On the other desk the conflict is gone too.
    other_dialog = SyncDetailsDialog(a.db, a.actor)
    qtbot.addWidget(other_dialog)
    assert other_dialog.conflict_model.rowCount() == 0


def test_taking_theirs_closes_the_conflict_and_changes_nothing(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    office = make_office()
    a, b = make_desk(office), make_desk(office)
    person_id = register(a)  # type: ignore[arg-type]
    assert a.sync().ok
    assert b.sync().ok
    change(a, person_id, phone="06 AAA")  # type: ignore[arg-type]
    change(b, person_id, phone="06 BBB")  # type: ignore[arg-type]
    assert a.sync().ok
    assert b.sync().conflicts == 1
    dialog = SyncDetailsDialog(a.db, a.actor)  # seen from the desk whose value was kept
    qtbot.addWidget(dialog)
    assert dialog.keep_current_button.text() == "Tieni il &mio"
    with b.db.read_session() as session:
        pending_before = len(
            session.scalars(select(OutboxEntry).where(OutboxEntry.state == "pending")).all()
        )
    dialog.keep_current_button.click()
    assert dialog.conflict_model.rowCount() == 0
    assert sync.fetch_conflicts(b.db).conflicts == []
    assert pending_before == 0


def test_the_parked_tab_lists_refused_changes_with_reason_who_and_data(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    desk = make_desk(make_office())
    with desk.db.write_session() as session, session.begin():
        state = session.get_one(DeskState, 1)
        state.last_sequence += 1
        session.add(
            OutboxEntry(
                device_id=desk.db.device_id,
                sequence=state.last_sequence,
                entity="person",
                row_id=uuid.uuid4(),
                op="update",
                base_version=1,
                changes={"phone": "06 000"},
                operator_id=OPERATOR_ID,
            )
        )
    report = desk.sync()
    assert report.parked == 1
    dialog = SyncDetailsDialog(desk.db, desk.actor)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "Modifiche &sospese (1)"
    record = dialog.parked_model.record(0)
    assert record.operator_name == "Giulia Operatrice"
    assert record.op_label == "modifica"
    assert "non esiste sul server" in record.reason
    detail = dialog.parked_detail.toPlainText()
    assert "Telefono: 06 000" in detail
    assert "modifica di Giulia Operatrice" in detail


def test_conflicts_need_the_server_and_say_so_offline(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    desk = make_desk(make_office())
    with desk.db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(server_url=f"https://127.0.0.1:{closed_port()}"))
    dialog = SyncDetailsDialog(desk.db, desk.actor)
    qtbot.addWidget(dialog)
    assert "serve il server" in dialog.conflicts_note.text()
    assert "non raggiungibile" in dialog.conflicts_note.text()
    assert not dialog.keep_current_button.isEnabled()


def test_a_double_click_on_the_status_opens_the_details(
    qtbot: QtBot, make_office: Callable[[], uuid.UUID], make_desk: MakeDesk
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = window_for(qtbot, make_desk(make_office()))
    window.show()
    QTest.mouseDClick(window.sync_label, Qt.MouseButton.LeftButton)
    dialog = window.sync_area.details_dialog
    assert dialog.isVisible()
    assert dialog.conflicts_note.text() == "Nessun conflitto aperto nell'ufficio."
    dialog.close()
