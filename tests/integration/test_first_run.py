"""The first-run wizard's "Collega al server della rete" against the real HTTPS server:
a good enrollment, the first sync and the first operator's log-in (or, with no operator on
the server yet, the wizard saying so), a wrong code, an unreachable server, a certificate
that does not match, a cancelled first run, and enrolling again refused."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from cotdesk.db.models import DeskState, Operator
from cotdesk.domain.roles import Role
from cotdesk.services import desk_setup
from cotdesk.services.desk import desk_identity, open_desk
from cotdesk.services.desk_setup import SetupState
from cotdesk.services.sync import ALREADY_ENROLLED
from cotdesk.services.unit_of_work import UnitOfWork
from cotdesk.sync import tls as sync_tls
from cotdesk.ui import first_run, ops
from cotdesk.ui.enroll_dialog import EnrollDialog
from cotdesk.ui.first_run import PAGE_SERVER, PAGE_SYNC, FirstRunWizard
from cotdesk.ui.login import LoginDialog
from tests.factories import make_actor
from tests.factories import make_office as local_office
from tests.integration.conftest import RunningServer, TLSFiles
from tests.memory_keyring import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]
pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def server_fingerprint(tls: TLSFiles) -> str:
    first = tls.certfile.read_text().split("-----END CERTIFICATE-----")[0]
    return sync_tls.fingerprint(first + "-----END CERTIFICATE-----\n")


def new_code(admin_client: httpx.Client, office_id: uuid.UUID) -> str:
    response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
    assert response.status_code == 201, response.text
    code: str = response.json()["code"]
    return code


def to_server_page(qtbot: QtBot, db_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == 0
    assert wizard.choice_page.server_choice.isChecked()  # the usual way is the default
    wizard.next()
    assert wizard.currentId() == PAGE_SERVER
    assert wizard.server_page.form is not None
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    return wizard


def test_connecting_to_the_network_enrolls_syncs_and_ends_at_the_log_in(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
    memory_keyring: MemoryKeyring,
) -> None:
    office = make_office()
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    assert db_path.exists()  # the desk database, encrypted, its key in the keyring
    assert memory_keyring.secrets
    form.url_edit.setText(server.base_url)
    form.code_edit.setText(new_code(admin_client, office))
    form.verify_button.click()
    # What the IT person compares with the fingerprint the server printed.
    assert form.fingerprint_label.text().replace("\n", "") == server_fingerprint(tls)
    assert not form.enroll_button.isEnabled()  # not before the comparison is confirmed
    form.confirm_box.setChecked(True)
    form.enroll_button.click()

    # Enrolled: on to the first sync at once, with no way back.
    assert wizard.currentId() == PAGE_SYNC, form.error_label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    status = wizard.sync_page.status.text()
    # No operator of this office on the server yet: the wizard says so and ends at log-in.
    assert "non ha ancora inviato gli operatori" in status
    assert "non sono ancora arrivati" in wizard.notice
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    started = wizard.result_for_app()
    assert started is not None
    assert started.desk.path == db_path
    assert desk_setup.is_enrolled(started.desk)
    assert desk_setup.setup_state(started.desk) is SetupState.AWAITING_OPERATORS
    assert sync_tls.pinned_ca_file(db_path) is not None
    started.desk.close()

    # The next start resumes at the first sync (enrolled, no operator yet) …
    desk = open_desk(db_path)
    again = FirstRunWizard(db_path, desk)
    qtbot.addWidget(again)
    again.show()
    assert again.currentId() == PAGE_SYNC
    # … and once an operator is there the desk is ready: the log-in, no wizard.
    with UnitOfWork(desk, None) as uow:
        office_id = uow.session.get_one(DeskState, 1).office_id
    assert office_id == office
    local = local_office(desk, code="W01")
    with UnitOfWork(desk, None) as uow:
        uow.session.add(
            Operator(
                office_id=local,
                username="prima",
                full_name="Prima Operatrice",
                role=Role.OPERATOR.value,
                password_hash="scrypt$x",
            )
        )
        uow.commit()
    assert desk_setup.setup_state(desk) is SetupState.READY
    again.reject()


def test_a_wrong_code_says_so_and_cancelling_leaves_no_desk(
    qtbot: QtBot, tmp_path: Path, server: RunningServer, tls: TLSFiles
) -> None:
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    form.url_edit.setText(server.base_url)
    form.code_edit.setText("AAAA-BBBB-CCCC")
    form.expected_edit.setText(server_fingerprint(tls))  # typed in: no checkbox needed
    form.verify_button.click()
    form.enroll_button.click()
    assert "Codice di attivazione non valido" in form.error_label.text()
    assert wizard.currentId() == PAGE_SERVER
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert sync_tls.pinned_ca_file(db_path) is None
    wizard.reject()  # the blank database the wizard made is removed
    assert wizard.result_for_app() is None
    assert not db_path.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_server_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = to_server_page(qtbot, tmp_path / "desk.db")
    form = wizard.server_page.form
    assert form is not None
    form.url_edit.setText(f"https://127.0.0.1:{closed_port()}")
    form.code_edit.setText("AAAA-BBBB-CCCC")
    form.verify_button.click()
    assert "non raggiungibile" in form.error_label.text()
    assert not form.enroll_button.isEnabled()
    assert wizard.currentId() == PAGE_SERVER
    wizard.reject()


def test_a_certificate_that_does_not_match_is_refused(
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> None:
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    form.url_edit.setText(server.base_url)
    form.code_edit.setText(new_code(admin_client, make_office()))
    form.expected_edit.setText(":".join(["AB"] * 32))
    form.verify_button.click()
    assert "non corrisponde" in form.error_label.text()
    assert "NON è stata registrata" in form.error_label.text()
    assert not form.enroll_button.isEnabled()
    form.enroll()  # even if forced, nothing is sent
    assert wizard.currentId() == PAGE_SERVER
    with open_desk(db_path, read_only=True) as desk:
        assert not desk_setup.is_enrolled(desk)
    wizard.reject()
    assert not db_path.exists()


def test_choosing_the_server_then_trying_locally_leaves_no_desk_database(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    wizard.demo_persons = 30
    wizard.back()
    wizard.choice_page.demo_choice.setChecked(True)
    wizard.next()
    assert wizard.demo_page.done
    assert not db_path.exists()  # the blank one the server page made is gone
    assert wizard.desk is not None
    assert wizard.desk.path == desk_setup.demo_path(db_path)
    wizard.accept()
    started = wizard.result_for_app()
    assert started is not None
    started.desk.close()


def test_enrolling_again_is_refused_until_an_administrator_unenrolls(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> None:
    office = make_office()
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    form.url_edit.setText(server.base_url)
    form.code_edit.setText(new_code(admin_client, office))
    form.expected_edit.setText(server_fingerprint(tls))
    form.verify_button.click()
    form.enroll_button.click()
    assert wizard.currentId() == PAGE_SYNC
    wizard.accept()
    started = wizard.result_for_app()
    assert started is not None
    desk = started.desk

    # Enrolling again (Ctrl+F9 in the app) with a fresh code: refused, the code not spent.
    code = new_code(admin_client, office)
    dialog = EnrollDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(server.base_url)
    dialog.code_edit.setText(code)
    dialog.expected_edit.setText(server_fingerprint(tls))
    dialog.verify_button.click()
    dialog.enroll_button.click()
    assert dialog.error_label.text() == ALREADY_ENROLLED.format(url=server.base_url)
    assert sync_tls.pinned_ca_file(db_path) is not None  # the pin stays

    # An administrator un-enrolls it (audited): now an enrollment is tried again. The
    # server still knows this desk's id, and says so in Italian.
    admin = make_actor(desk, local_office(desk, code="W02"), Role.ADMIN, "ada.admin")
    desk_setup.unenroll_desk(desk, admin)
    assert not desk_setup.is_enrolled(desk)
    dialog.verify_button.click()
    dialog.enroll_button.click()
    assert "già registrata sul server" in dialog.error_label.text()
    desk.close()


def test_escape_in_the_form_cancels_the_first_run(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    form.busy = True  # a check of the server under way: Esc waits for it
    QTest.keyClick(form.url_edit, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert form.isVisible()
    form.busy = False
    QTest.keyClick(form.url_edit, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.result_for_app() is None
    assert not db_path.exists()


def test_the_first_operator_logs_in_after_the_first_sync(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
    make_office: Callable[[], uuid.UUID],
) -> None:
    """The whole way: the office's operators are registered on the server, the wizard
    enrolls the desk, the first sync brings them, the first one logs in."""
    code = "W" + uuid.uuid4().hex[:6].upper()
    response = admin_client.post(
        "/v1/offices", json={"code": code, "name": f"COT {code}", "district_code": "rm_m05"}
    )
    assert response.status_code == 201, response.text
    office = uuid.UUID(response.json()["id"])
    response = admin_client.post(
        f"/v1/offices/{office}/operators",
        json={
            "username": "prima.operatrice",
            "full_name": "Prima Operatrice",
            "role": "operator",
            "password": "Segreta2026!",
        },
    )
    assert response.status_code == 201, response.text
    db_path = tmp_path / "desk.db"
    wizard = to_server_page(qtbot, db_path)
    form = wizard.server_page.form
    assert form is not None
    form.url_edit.setText(server.base_url)
    form.code_edit.setText(new_code(admin_client, office))
    form.expected_edit.setText(server_fingerprint(tls))
    form.verify_button.click()
    form.enroll_button.click()
    assert wizard.currentId() == PAGE_SYNC, form.error_label.text()
    assert "1 operatori possono accedere" in wizard.sync_page.status.text()
    assert wizard.notice == ""
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.focusWidget() is finish)
    QTest.keyClick(finish, Qt.Key.Key_Return)  # Fine: accesso
    started = wizard.result_for_app()
    assert started is not None
    desk = started.desk
    assert desk_setup.setup_state(desk) is SetupState.READY

    login = LoginDialog(desk, desk_identity(desk))
    qtbot.addWidget(login)
    first_run.add_login_notice(login, started.notice)  # nothing to add
    assert login.findChild(QLabel, "firstRunNotice") is None
    assert desk_identity(desk).office_name == f"COT {code}"  # the office came too
    login.username.setText("prima.operatrice")
    login.password.setText("Segreta2026!")
    login._try_login()
    assert login.actor is not None, login.error.text()
    assert login.actor.office_id == office
    assert login.actor.full_name == "Prima Operatrice"
    desk.close()
