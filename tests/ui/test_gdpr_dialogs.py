"""The GDPR entries of the person page: export (art. 15) and two-step erasure (art. 17)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cotdesk.db.database import Database
from cotdesk.db.models import Case, DeskState, Person
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.gdpr_dialogs import ErasureDialog, ExportDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.person_page import PersonPage
from tests.unit.test_matching import add_case


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def open_person(qtbot: QtBot, db: Database, actor: Actor, person_id: uuid.UUID) -> MainWindow:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=actor.office_id))
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    window.show_person(person_id)
    return window


def test_operators_do_not_see_the_gdpr_entries(qtbot: QtBot, db: Database, operator: Actor) -> None:
    person_id, _ = add_case(db, operator, last_name="Pieralisi")
    page = PersonPage(db, operator, person_id)
    qtbot.addWidget(page)
    assert page.gdpr_buttons == []
    assert not hasattr(page, "erase_action")


def test_export_writes_json_and_pdf(
    qtbot: QtBot, db: Database, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    person_id, _ = add_case(db, operator, last_name="Pieralisi")
    window = open_person(qtbot, db, supervisor, person_id)
    page = window.person_page
    page.export_action.trigger()
    dialog = page.gdpr_dialog
    assert isinstance(dialog, ExportDialog)
    folder = tmp_path / "export"
    dialog.folder.setText(str(folder))
    dialog.export_button.click()
    assert "non esiste" in dialog.message.text()
    folder.mkdir()
    dialog.export_button.click()
    files = sorted(path.suffix for path in folder.iterdir())
    assert files == [".json", ".pdf"]
    (json_file,) = folder.glob("*.json")
    assert "Pieralisi" not in json_file.name
    assert json.loads(json_file.read_text("utf-8"))["person"]["last_name"] == "Pieralisi"
    assert "Dati esportati" in page.message.text()


def test_erasure_takes_two_steps_and_the_surname(
    qtbot: QtBot, db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, case_id = add_case(db, operator, last_name="Pieralisi")
    window = open_person(qtbot, db, supervisor, person_id)
    page = window.person_page
    page.erase_action.trigger()
    dialog = page.gdpr_dialog
    assert isinstance(dialog, ErasureDialog)
    assert dialog.blocked.isVisibleTo(dialog)  # the case is open
    assert not dialog.next_button.isEnabled()
    dialog.reject()
    with UnitOfWork(db, None) as uow:
        uow.session.execute(update(Case).values(status="closed"))
        uow.commit()
    page.erase_action.trigger()
    dialog = page.gdpr_dialog
    assert dialog.next_button.isEnabled()
    dialog.reason.setText("breve")
    dialog.next_button.click()
    assert "almeno 10" in dialog.message.text()
    dialog.reason.setText("Richiesta dell'interessata del 20/11/2026")
    dialog.next_button.click()
    assert dialog.steps.currentIndex() == 1
    dialog.confirm.setText("Pieralis")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("pieralisi")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(page.person_erased):
        dialog.erase_button.click()
    assert dialog.report is not None
    assert window.pages.currentWidget() is window.home
    with ReadUnit(db, None) as unit:
        assert unit.session.get(Person, person_id) is None
        assert unit.session.get(Case, case_id) is None
