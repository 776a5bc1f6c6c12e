"""The first-run wizard's "Prova in locale", its keyboard, and when the app shows it.

The "Collega al server della rete" way runs against the real HTTPS server in
``tests/integration/test_first_run.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from cotdesk.services import desk_setup
from cotdesk.services.auth import authenticate
from cotdesk.services.demo_network import DEMO_PASSWORD
from cotdesk.services.desk import desk_identity, open_desk
from cotdesk.services.sync import SyncRun
from cotdesk.sync.client import SyncReport
from cotdesk.ui import app as app_module
from cotdesk.ui import first_run, ops
from cotdesk.ui.first_run import PAGE_DEMO, PAGE_SYNC, FirstRunResult, FirstRunWizard
from cotdesk.ui.login import LoginDialog
from tests.factories import make_actor, make_office
from tests.memory_keyring import memory_keyring

__all__ = ["memory_keyring"]
pytestmark = pytest.mark.usefixtures("memory_keyring")

PERSONS = 30


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def focused(wizard: FirstRunWizard) -> QWidget:
    return wizard.focusWidget() or wizard


def try_locally(qtbot: QtBot, db_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(db_path, demo_persons=PERSONS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    # Keyboard first: Alt+P chooses "Prova in locale", Enter goes on.
    QTest.keyClick(focused(wizard), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.choice_page.demo_choice.isChecked)  # a mnemonic animates a click
    QTest.keyClick(focused(wizard), Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_DEMO
    return wizard


def test_trying_locally_builds_the_demo_beside_the_desk_and_says_how_to_log_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db_path = tmp_path / "desk.db"
    wizard = try_locally(qtbot, db_path)
    page = wizard.demo_page
    assert page.done, page.error_label.text()
    assert page.progress.value() == page.progress.maximum()
    assert DEMO_PASSWORD in page.result_label.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    QTest.keyClick(focused(wizard), Qt.Key.Key_Return)  # Finish
    started = wizard.result_for_app()
    assert started is not None
    # The desk database itself is still to be made: connecting later is a first run.
    assert not db_path.exists()
    assert started.desk.path == desk_setup.demo_path(db_path)
    assert DEMO_PASSWORD in started.notice

    # The log-in shows the note; the user names in it log in with the demo password.
    login = LoginDialog(started.desk, desk_identity(started.desk))
    qtbot.addWidget(login)
    first_run.add_login_notice(login, started.notice)
    shown = login.findChild(QLabel, "firstRunNotice")
    assert shown is not None
    assert shown.text() == started.notice
    for _role, username in desk_setup.demo_login(started.desk).accounts:
        assert f"«{username}»" in started.notice
        assert authenticate(started.desk, username, DEMO_PASSWORD).full_name
    started.desk.close()


def test_the_demo_progress_is_shown_while_it_builds(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    original = first_run.DemoPage._progress

    def spy(page: first_run.DemoPage, message: str) -> None:
        original(page, message)
        seen.append((page.progress.value(), page.progress.maximum(), page.status.text()))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(first_run.DemoPage, "_progress", spy)
        wizard = try_locally(qtbot, tmp_path / "desk.db")
    assert (PERSONS, PERSONS, f"Persone create: {PERSONS} di {PERSONS}") in seen
    wizard.reject()


def test_trying_locally_again_reuses_the_demo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "desk.db"
    first = try_locally(qtbot, db_path)
    assert first.desk is not None
    first.desk.close()

    def never(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the demo was built again")

    monkeypatch.setattr(desk_setup, "build_demo_network", never)
    again = try_locally(qtbot, db_path)
    assert again.demo_page.done
    assert DEMO_PASSWORD in again.notice
    again.reject()


def test_a_failed_build_says_so_and_can_be_tried_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        from cotdesk.errors import UserError

        raise UserError("Disco pieno: liberare spazio e riprovare.")

    real = desk_setup.build_demo_network
    monkeypatch.setattr(desk_setup, "build_demo_network", full_disk)
    wizard = try_locally(qtbot, tmp_path / "desk.db")
    page = wizard.demo_page
    assert not page.done
    assert page.error_label.text() == "Disco pieno: liberare spazio e riprovare."
    assert page.retry_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    monkeypatch.setattr(desk_setup, "build_demo_network", real)
    page.retry_button.click()
    assert page.done
    wizard.reject()


def test_the_first_sync_that_brings_operators_ends_at_their_log_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Operators flowing from the server (another feature) stood in for by a fake sync."""
    db_path = tmp_path / "desk.db"
    desk = open_desk(db_path)
    with desk.write_session() as session, session.begin():
        from sqlalchemy import update

        from cotdesk.db.models import DeskState

        session.execute(update(DeskState).values(server_url="https://127.0.0.1:9"))

    def sync_bringing_operators(d: Any) -> SyncRun:
        office = make_office(d)
        make_actor(d, office, first_run.desk_setup.Role.OPERATOR, "prima.operatrice")
        from sqlalchemy import update

        from cotdesk.db.models import Operator

        with d.write_session() as session, session.begin():
            session.execute(update(Operator).values(password_hash="scrypt$x"))
        return SyncRun(report=SyncReport(pulled=12), conflicts=0)

    monkeypatch.setattr(first_run, "run_sync", sync_bringing_operators)
    wizard = FirstRunWizard(db_path, desk)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PAGE_SYNC
    assert "1 operatori possono accedere" in wizard.sync_page.status.text()
    assert wizard.notice == ""
    wizard.accept()
    started = wizard.result_for_app()
    assert started is not None
    assert started.desk is desk
    desk.close()


# --------------------------------------------------------------------------- the app


@pytest.fixture
def app_calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """app.run with the wizard and the log-in stood in for (they would wait for a person)."""
    calls: dict[str, list[Any]] = {"wizard": [], "notice": []}
    monkeypatch.setattr(app_module, "start_startup_check", lambda *a, **k: None)

    def log_in_exec(dialog: LoginDialog) -> int:
        shown = dialog.findChild(QLabel, "firstRunNotice")
        calls["notice"].append(shown.text() if shown is not None else None)
        return int(LoginDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(LoginDialog, "exec", log_in_exec)
    return calls


def test_the_app_shows_the_wizard_only_when_the_desk_is_not_set_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_calls: dict[str, list[Any]]
) -> None:
    db_path = tmp_path / "desk.db"

    def cancelled(path: Path, desk: Any = None) -> None:
        app_calls["wizard"].append((path, desk))

    monkeypatch.setattr(first_run, "run_first_run", cancelled)
    assert app_module.run(db_path) == 0  # no database: the wizard, cancelled: the end
    assert app_calls["wizard"] == [(db_path, None)]
    assert app_calls["notice"] == []

    # A desk that is set up (an operator with a password): straight to the log-in.
    with open_desk(db_path) as desk:
        actor = make_actor(desk, make_office(desk), desk_setup.Role.OPERATOR, "olga")
        from sqlalchemy import update

        from cotdesk.db.models import Operator

        with desk.write_session() as session, session.begin():
            session.execute(
                update(Operator)
                .where(Operator.id == actor.operator_id)
                .values(password_hash="scrypt$x")
            )
    assert app_module.run(db_path) == 0
    assert len(app_calls["wizard"]) == 1
    assert app_calls["notice"] == [None]

    # Smoke tests and the start-up benchmark (quit_after) never see the wizard. (No event
    # loop here: once quit, the application would not deliver later tests' signals.)
    monkeypatch.setattr(app_module.QApplication, "exec", lambda *_args: 0)
    assert app_module.run(tmp_path / "other.db", quit_after=0) == 0
    assert len(app_calls["wizard"]) == 1


def test_the_app_goes_from_the_wizard_to_the_log_in_with_its_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_calls: dict[str, list[Any]]
) -> None:
    db_path = tmp_path / "desk.db"
    demo = desk_setup.demo_path(db_path)
    desk_setup.build_demo(demo, persons=PERSONS)

    def wizard(path: Path, desk: Any = None) -> FirstRunResult:
        app_calls["wizard"].append(path)
        return FirstRunResult(desk=open_desk(demo), notice="Accedere con la password di prova.")

    monkeypatch.setattr(first_run, "run_first_run", wizard)
    assert app_module.run(db_path) == 0
    assert app_calls["wizard"] == [db_path]
    assert app_calls["notice"] == ["Accedere con la password di prova."]


def test_a_database_from_a_newer_cotdesk_stops_the_app_with_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_calls: dict[str, list[Any]]
) -> None:
    import sqlite3

    from cotdesk.db.database import open_database

    db_path = tmp_path / "desk.db"
    open_database(db_path).close()  # plaintext, not a demo: the app would encrypt it
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(first_run, "run_first_run", lambda *a: app_calls["wizard"].append(a))
    assert app_module.run(db_path) == 2
    assert len(shown) == 1
    assert "versione più recente di cotdesk" in shown[0]
    assert app_calls["wizard"] == []  # not a first run either
    assert db_path.read_bytes() == before


def test_the_demo_builds_on_a_worker_thread_and_the_wizard_waits_for_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ops.set_pool(None)  # Qt's thread pool, as in the app
    wizard = FirstRunWizard(tmp_path / "desk.db", demo_persons=PERSONS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.demo_choice.setChecked(True)
    wizard.next()
    page = wizard.demo_page
    if page.busy:  # while it builds the wizard cannot be cancelled or left
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.reject()
        assert wizard.isVisible()
    qtbot.waitUntil(lambda: page.done or bool(page.error_label.text()), timeout=60_000)
    assert page.done, page.error_label.text()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert DEMO_PASSWORD in page.result_label.text()
    assert wizard.desk is not None
    wizard.accept()
    started = wizard.result_for_app()
    assert started is not None
    started.desk.close()
