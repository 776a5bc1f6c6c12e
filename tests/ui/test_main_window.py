"""The main window and the home search, on a real desk database, driven offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState
from cotdesk.services import persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def window(qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor) -> MainWindow:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    main = MainWindow(db, operator)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_window_shows_the_office_the_operator_and_the_desk_state(window: MainWindow) -> None:
    assert window.windowTitle() == "cotdesk — COT Solidale M05"
    assert "Giulia.Operatrice (Operatore di sportello)" in window.office_label.text()
    assert window.summary_label.text().startswith("Persone: 0")
    assert window.pending_label.text().startswith("Modifiche da inviare:")
    assert window.sync_label.text() == "Sincronizzazione: non configurata"


def test_a_desk_without_an_office_says_so(qtbot: QtBot, db: Database) -> None:
    main = MainWindow(db, None)
    qtbot.addWidget(main)
    assert main.windowTitle() == "cotdesk — Sportello non configurato"


def test_typing_searches_and_enter_opens_the_first_person(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    with UnitOfWork(db, operator) as uow:
        for last, first in [("D'Angelo", "Chiara"), ("Esposito", "Gennaro"), ("Rossi", "Anna")]:
            persons.register_person(uow, persons.PersonData(last_name=last, first_name=first))
        uow.commit()
    home = window.home
    assert home.search_box.hasFocus()
    qtbot.keyClicks(home.search_box, "dangelo")
    qtbot.waitUntil(lambda: not home.search_pending())
    assert home.model.rowCount() == 1
    assert home.model.hit(0).last_name == "D'Angelo"
    with qtbot.waitSignal(home.person_requested) as opened:
        qtbot.keyClick(home.search_box, "\r")
    assert opened.args == [home.model.hit(0).id]


def test_no_result_says_how_to_register(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    qtbot.keyClicks(home.search_box, "Zzyzxqw")
    qtbot.waitUntil(lambda: not home.search_pending())
    assert home.model.rowCount() == 0
    assert "Ctrl+N" in home.status.text()


def test_the_search_model_passes_the_qt_model_tester(
    qtmodeltester: object, window: MainWindow
) -> None:
    qtmodeltester.check(window.home.model)  # type: ignore[attr-defined]


def test_person_page_signals_lead_to_the_case_page(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    from datetime import date

    from cotdesk.services import cases, consents
    from cotdesk.ui.case_page import CasePage
    from cotdesk.ui.open_case import OpenCaseDialog
    from cotdesk.ui.person_page import PersonPage

    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Bianchi", first_name="Luisa")
        )
        consents.record_notice(uow, person.id)
        case = cases.open_case(uow, person.id, areas=["anziani"], today=date(2026, 11, 24))
        uow.commit()
    window.show_person(person.id)
    page = window.pages.currentWidget()
    assert isinstance(page, PersonPage)
    page.case_requested.emit(case.id)
    assert isinstance(window.pages.currentWidget(), CasePage)
    page.open_case_requested.emit(person.id)
    assert isinstance(window.open_case_dialog, OpenCaseDialog)
    window.open_case_dialog.case_opened.emit(case.id)
    assert isinstance(window.pages.currentWidget(), CasePage)
    window.open_case_dialog.reject()


class ManualPool:
    """Holds tasks until the test runs them: searches that are slower than typing."""

    def __init__(self) -> None:
        self.tasks: list[object] = []

    def start(self, runnable: object) -> None:
        self.tasks.append(runnable)

    def run_next(self) -> None:
        self.tasks.pop(0).run()  # type: ignore[attr-defined]


def test_keystrokes_during_a_search_are_coalesced_and_only_the_latest_is_shown(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    with UnitOfWork(db, operator) as uow:
        for last in ("Rossi", "Rossetti", "Rota"):
            persons.register_person(uow, persons.PersonData(last_name=last, first_name="Ada"))
        uow.commit()
    pool = ManualPool()
    ops.set_pool(pool)
    home = window.home
    home.search_box.setText("ro")
    qtbot.waitUntil(lambda: len(pool.tasks) == 1)  # the first search is running
    home.search_box.setText("rossi")
    qtbot.wait(20)
    assert len(pool.tasks) == 1  # no second search while the first runs
    pool.run_next()
    qtbot.waitUntil(lambda: len(pool.tasks) == 1)  # the latest text is searched at once
    assert home.model.rowCount() == 0  # the answer for "ro" was never shown
    pool.run_next()
    qtbot.waitUntil(lambda: not home.search_pending())
    assert [home.model.hit(row).last_name for row in range(home.model.rowCount())] == ["Rossi"]


def test_reopening_the_case_on_screen_keeps_an_unsaved_note(
    qtbot: QtBot, window: MainWindow, db: Database, operator: Actor
) -> None:
    from datetime import date

    from cotdesk.services import cases, consents
    from cotdesk.ui.case_page import CasePage

    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Greco", first_name="Elena")
        )
        consents.record_notice(uow, person.id)
        case = cases.open_case(uow, person.id, areas=["anziani"], today=date(2026, 11, 24))
        uow.commit()
    window.show_case(case.id)
    first = window.pages.currentWidget()
    assert isinstance(first, CasePage)
    first.note_box.insertPlainText("Telefonata della figlia: chiede una visita domiciliare")
    window.show_case(case.id)  # e.g. a click on the same case in the person page
    second = window.pages.currentWidget()
    assert isinstance(second, CasePage)
    assert second is not first
    assert second.note_box.toPlainText() == "Telefonata della figlia: chiede una visita domiciliare"
