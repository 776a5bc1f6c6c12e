"""The screen lock and the privacy mode, on a real desk database, driven offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, DeskState, Operator
from cotdesk.domain.masking import MASK
from cotdesk.domain.passwords import hash_password
from cotdesk.services import persons
from cotdesk.services.drafts import load_draft
from cotdesk.services.screen_lock import set_pin
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.lock_screen import ScreenLock, change_operator
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.registration import DRAFT_KIND

PASSWORD = "pass-word-2026"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture(autouse=True)
def privacy_off() -> Iterator[None]:
    yield
    privacy_mode().set_on(False)


@pytest.fixture
def window(qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor) -> MainWindow:
    with UnitOfWork(db, None) as uow:
        uow.session.execute(update(DeskState).values(office_id=office_id))
        row = uow.session.get(Operator, operator.operator_id)
        assert row is not None
        row.password_hash = hash_password(PASSWORD)
        uow.commit()
    main = MainWindow(db, operator)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def lock_of(window: MainWindow) -> ScreenLock:
    lock = window.screen_tools.lock
    assert lock is not None
    return lock


def audit_count(db: Database, action: str) -> int:
    with ReadUnit(db, None) as unit:
        return len(
            unit.session.scalars(select(AuditEvent.id).where(AuditEvent.action == action)).all()
        )


def lock_reasons(db: Database) -> list[str]:
    with ReadUnit(db, None) as unit:
        rows = unit.session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "lock"))
        return [detail["reason"] for detail in rows]


def test_idle_time_locks_and_input_restarts_the_timer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    lock = lock_of(window)
    watcher = lock.watcher
    assert watcher.timer.interval() == 5 * 60_000  # the setting's default
    watcher.set_interval(60_000)
    # Let some idle time pass (any stray input event during the wait restarts the timer).
    qtbot.waitUntil(lambda: watcher.timer.remainingTime() < 59_900, timeout=5000)
    before = watcher.timer.remainingTime()
    qtbot.keyClick(window.home.search_box, Qt.Key.Key_A)
    assert watcher.timer.remainingTime() > before
    watcher.set_interval(40)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    screen = lock.screen
    assert screen is not None
    assert QApplication.activeModalWidget() is screen
    assert window.centralWidget().isHidden()
    assert window.windowTitle() == "cotdesk — schermo bloccato"
    assert not watcher.timer.isActive()
    assert lock_reasons(db) == ["idle"]


def test_the_shortcut_locks_and_the_password_unlocks(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    lock = lock_of(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.home.search_box,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lock.is_locked
    assert lock_reasons(db) == ["manual"]
    screen = lock.screen
    assert screen is not None
    assert "Password" in screen.prompt.text()  # no PIN set yet
    screen.secret.setText(PASSWORD)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.centralWidget().isVisible()
    assert window.windowTitle() == "cotdesk — COT Solidale M05"
    assert lock.watcher.timer.isActive()
    assert audit_count(db, "unlock") == 1


def test_wrong_pins_are_throttled_and_audited_and_the_right_pin_unlocks(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    set_pin(db, operator, "2580", password=PASSWORD)
    lock = lock_of(window)
    clock = Clock()
    lock._clock = clock
    lock.lock("manual")
    screen = lock.screen
    assert screen is not None
    for _ in range(3):
        screen.secret.setText("1397")
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert "attendere 5 secondi" in screen.message.text()
    assert not screen.secret.isEnabled()
    assert screen.unlock_button.text() == "Attendere 5 s"
    assert audit_count(db, "unlock_failed") == 3
    # Enter while waiting does nothing (and is not even checked).
    screen.secret.setText("2580")
    screen.try_unlock()
    assert lock.is_locked
    assert audit_count(db, "unlock_failed") == 3
    clock.now += 5
    screen._tick()
    assert screen.secret.isEnabled()
    screen.secret.setText("2580")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not lock.is_locked
    with ReadUnit(db, None) as unit:
        unlock = unit.session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "unlock")
        ).one()
    assert unlock == {"method": "pin", "failures": 3}


def test_dialogs_open_at_lock_time_are_hidden_or_covered_and_come_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.register_person("Bianchi Carla")
    form = window.registration_dialog
    qtbot.waitExposed(form)
    modal = QDialog(window)  # as a question asked with exec(): application-modal
    modal.setWindowModality(Qt.WindowModality.ApplicationModal)
    QVBoxLayout(modal).addWidget(QLabel("Esiste già una persona: BIANCHI Carla", modal))
    modal.setGeometry(window.frameGeometry().right() - 50, 40, 300, 120)
    modal.show()
    qtbot.waitExposed(modal)
    lock = lock_of(window)
    lock.lock("manual")
    screen = lock.screen
    assert screen is not None
    assert not form.isVisible()  # hidden, state kept
    assert modal.isVisible()  # answering it for the operator would be wrong...
    assert QApplication.activeModalWidget() is screen  # ...so the lock is above it
    assert screen.geometry().contains(modal.frameGeometry())
    assert screen.geometry().contains(window.frameGeometry())
    lock.unlock()
    assert form.isVisible()
    assert form.last_name.text() == "Bianchi"
    modal.close()


def test_change_operator_keeps_the_drafts_and_logs_in_again(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor, supervisor: Actor
) -> None:
    window.register_person("Bianchi Carla")
    form = window.registration_dialog
    qtbot.waitExposed(form)
    form.phone.setText("333 1234567")
    lock = lock_of(window)
    lock.lock("manual")
    screen = lock.screen
    assert screen is not None
    opened: list[QMainWindow] = []

    def make_window(actor: Actor) -> QMainWindow:
        new = MainWindow(db, actor)
        qtbot.addWidget(new)
        opened.append(new)
        return new

    with qtbot.waitSignal(lock.switch_operator_requested):
        screen.switch_button.click()
    new = change_operator(window, lambda: supervisor, make_window)
    assert new is opened[0]
    assert not window.isVisible()
    assert new.isVisible()
    draft = load_draft(db, operator, DRAFT_KIND, "new")
    assert draft is not None
    assert "333 1234567" in str(draft.payload)
    assert load_draft(db, supervisor, DRAFT_KIND, "new") is None


def test_privacy_toggle_masks_the_search_results_and_the_person_page(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name="Esposito",
                first_name="Gennaro Maria",
                birth_date=date(1980, 5, 17),
                phone="333 9876543",
                address_street="Via Appia 12",
            ),
        )
        uow.commit()
        person_id = person.id
    home = window.home
    home.search_box.setText("esposito")
    qtbot.waitUntil(lambda: not home.search_pending() and home.model.rowCount() == 1)
    model = home.model
    assert model.index(0, 0).data() == "Esposito"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    label = window.screen_tools.privacy_label
    assert label.isHidden()
    with qtbot.waitSignal(model.dataChanged):
        qtbot.keyClick(
            home.search_box,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert privacy_mode().on
    assert window.screen_tools.privacy_action.isChecked()
    assert label.isVisible()
    row = [model.index(0, column).data() for column in range(5)]
    assert row == ["E.", "G. M.", MASK, "", MASK]
    window.show_person(person_id)
    page = window.person_page
    shown = page.name_label.text() + page.details_label.text()
    for secret in ("Esposito", "Gennaro", "17/05/1980", "9876543", "Appia"):
        assert secret not in shown
    assert "E." in page.name_label.text()
    privacy_mode().toggle()
    assert "ESPOSITO" in page.name_label.text()
    assert "9876543" in page.details_label.text()
    assert model.index(0, 0).data() == "Esposito"
    assert label.isHidden()


def test_the_operator_sets_and_removes_a_pin(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    from cotdesk.services.screen_lock import has_pin

    window.screen_tools.pin_action.trigger()
    dialog = window.screen_tools.pin_dialog
    qtbot.waitExposed(dialog)
    dialog.password.setText(PASSWORD)
    dialog.pin.setText("2580")
    dialog.pin_again.setText("2581")
    dialog.save_button.click()
    assert "non coincidono" in dialog.message.text()
    dialog.pin_again.setText("2580")
    dialog.password.setText("sbagliata")
    dialog.save_button.click()
    assert "password non è corretta" in dialog.message.text()
    assert not has_pin(db, operator.operator_id)
    dialog.password.setText(PASSWORD)
    dialog.save_button.click()
    assert has_pin(db, operator.operator_id)
    window.screen_tools.pin_action.trigger()
    dialog = window.screen_tools.pin_dialog
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert not has_pin(db, operator.operator_id)


def test_privacy_mode_masks_the_case_page(qtbot: QtBot, db: Database, operator: Actor) -> None:
    from cotdesk.services.cases import add_note
    from cotdesk.ui.case_page import CasePage
    from tests.unit.test_matching import add_case

    _, case_id = add_case(db, operator, last_name="Esposito")
    with UnitOfWork(db, operator) as uow:
        add_note(uow, case_id, "Racconta dello sfratto e della salute del figlio")
        uow.commit()
    page = CasePage(db, operator, case_id)
    qtbot.addWidget(page)
    model = page.timeline_model
    texts = [model.index(row, model.TEXT).data() for row in range(model.rowCount())]
    assert any("sfratto" in text for text in texts)
    assert "Esposito" in page.title.text()
    privacy_mode().set_on(True)
    texts = [model.index(row, model.TEXT).data() for row in range(model.rowCount())]
    assert set(texts) == {MASK}
    assert "Esposito" not in page.title.text()
    assert "E. S." in page.title.text()
    privacy_mode().set_on(False)
    assert "Esposito" in page.title.text()
