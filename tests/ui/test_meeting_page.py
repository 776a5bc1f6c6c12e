"""The case meeting page: agenda from the queues, keyboard decisions, reorder, print, roles."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, CaseEvent
from cotdesk.services import meetings
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.letter_preview import PdfPreviewDialog
from cotdesk.ui.meeting_page import MeetingDialog, MeetingPage
from tests.unit.test_meetings import STARTS, TODAY, MeetingDesk, build_meeting_desk


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def desk(db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor) -> MeetingDesk:
    return build_meeting_desk(db, office_id, operator, supervisor)


@dataclass(frozen=True)
class Scene:
    """The hand-built desk and a meeting of its office, agenda still empty."""

    desk: MeetingDesk
    meeting_id: uuid.UUID


@pytest.fixture
def scene(db: Database, supervisor: Actor, desk: MeetingDesk) -> Scene:
    meeting_id = meetings.create_meeting(
        db, supervisor, starts_at=STARTS, place="Sala riunioni", participants="Laura Bassi"
    )
    return Scene(desk, meeting_id)


def _page(qtbot: QtBot, db: Database, actor: Actor) -> MeetingPage:
    page = MeetingPage(db, actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def desk_operator(page: MeetingPage, name: str) -> uuid.UUID:
    return next(op.operator_id for op in page.operators if op.full_name == name)


def _references(page: MeetingPage) -> list[str]:
    return [item.reference for item in page.model.records()]


def test_an_empty_desk_invites_to_create_a_meeting(
    qtbot: QtBot, db: Database, supervisor: Actor
) -> None:
    page = _page(qtbot, db, supervisor)
    assert page.detail is None
    assert "Nuova riunione" in page.status.text()
    assert not page.build_button.isEnabled()
    assert not page.print_agenda_button.isEnabled()
    page.create_meeting(STARTS, "Sala", "", "Laura Bassi\nMarco Rossi")
    assert page.detail is not None
    assert page.detail.summary.place == "Sala"
    assert page.meeting_combo.count() == 1
    assert "Laura Bassi, Marco Rossi" in page.info.text()
    assert page.build_button.isEnabled()


def test_the_meeting_dialog_gives_a_rome_time(qtbot: QtBot) -> None:
    dialog = MeetingDialog("Nuova", starts_at=STARTS)
    qtbot.addWidget(dialog)
    assert dialog.starts_at() == STARTS
    assert dialog.title_edit.text() == meetings.DEFAULT_TITLE
    assert dialog.notes.isHidden()


def test_build_from_the_queues_fills_the_agenda_table(
    qtbot: QtBot,
    qtmodeltester,
    db: Database,
    supervisor: Actor,
    scene: Scene,
) -> None:
    page = _page(qtbot, db, supervisor)
    assert page.detail is not None
    assert page.detail.id == scene.meeting_id
    assert page.model.rowCount() == 0
    page.build_from_queues()
    r = scene.desk.references
    assert _references(page) == [r["c1"], r["c3"], r["c2"], r["c4"]]
    assert "4 casi aggiunti" in page.status.text()
    assert page.model.index(0, 3).data() == "Segnalata per la riunione; Prossimo contatto scaduto"
    assert page.model.index(0, 5).data() == "da decidere"
    assert page.model.index(1, 2).data() == "Segreti Maria"  # the coordinator sees it
    qtmodeltester.check(page.model)
    # The first case is selected and shown in the panel.
    assert page.current_item() is not None
    assert r["c1"] in page.panel.title()
    assert "Prossimo contatto scaduto" in page.case_info.text()
    third = page.model.index(2, 0)
    page.table.setCurrentIndex(third)
    assert "senza risposta da 20 giorni" in page.case_info.text()
    assert page.responsible_combo.currentData() == desk_operator(page, "Giulia.Operatrice")
    QApplication.processEvents()
    page.grab().save("/tmp/meeting_page.png")


def test_ctrl_enter_saves_the_decision_and_moves_to_the_next_case(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    operator: Actor,
    scene: Scene,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.build_from_queues()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.decision_edit.hasFocus()
    page.decision_edit.setPlainText("Visita domiciliare")
    page.responsible_combo.setCurrentIndex(page.responsible_combo.findData(operator.operator_id))
    assert page.due_check.isChecked()
    assert page.due_edit.date().toPython() == STARTS.date().replace(day=28)
    QTest.keyClick(page.decision_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert "registrata nel diario" in page.status.text()
    first = page.model.record(0)
    assert first.decided
    assert first.due_on == STARTS.date().replace(day=28)
    assert page.model.index(0, 5).data() == "Visita domiciliare (28/05/2026)"
    # The cursor is on the next case, ready for its decision.
    assert page.table.currentIndex().row() == 1
    assert page.decision_edit.hasFocus()
    assert page.decision_edit.toPlainText() == ""
    with UnitOfWork(db, None) as uow:
        case = uow.session.get(Case, scene.desk.cases["c1"])
        assert case is not None
        assert case.follow_up_on == first.due_on
        assert not case.flagged_for_review
        kinds = list(
            uow.session.scalars(
                select(CaseEvent.kind).where(CaseEvent.case_id == scene.desk.cases["c1"])
            )
        )
    assert "decision" in kinds


def test_an_empty_decision_is_refused_in_the_panel(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    scene: Scene,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.build_from_queues()
    page.save_decision()
    assert page.decision_error.isVisible()
    assert "Scrivere la decisione" in page.decision_error.text()
    assert page.table.currentIndex().row() == 0


def test_a_typed_decision_survives_moving_up_and_down_the_agenda(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    scene: Scene,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.build_from_queues()
    page.decision_edit.setPlainText("Da rivedere con la ASL")
    page.table.setCurrentIndex(page.model.index(2, 0))
    assert page.decision_edit.toPlainText() == ""
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.decision_edit.toPlainText() == "Da rivedere con la ASL"


def test_add_by_reference_move_and_remove(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    scene: Scene,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.reference_edit.setText(scene.desk.references["c6"].lower())
    QTest.keyClick(page.reference_edit, Qt.Key.Key_Return)
    assert _references(page) == [scene.desk.references["c6"]]
    assert page.reference_edit.text() == ""
    page.reference_edit.setText("NON-ESISTE")
    page.add_case()
    assert "Nessuna presa in carico" in page.status.text()
    assert page.reference_edit.text() == "NON-ESISTE"  # kept, to correct it

    page.build_from_queues()
    before = _references(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _references(page) == [before[0], before[2], before[1], *before[3:]]
    assert page.table.currentIndex().row() == 1
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert before[2] not in _references(page)
    assert [item.position for item in page.model.records()] == [1, 2, 3, 4]


def test_print_agenda_and_minutes_through_the_preview(  # noqa: PLR0917
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    scene: Scene,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.build_from_queues()
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = page.preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count() >= 1
    assert preview.windowTitle() == "Ordine del giorno — riunione d'équipe del 21/05/2026"
    preview.ask_save_path = lambda suggested: str(tmp_path / suggested)
    preview.save_document()
    saved = tmp_path / "Ordine del giorno riunione 2026-05-21.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    preview.close()

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    page.close_meeting()
    assert page.detail is not None
    assert page.detail.status == "closed"
    assert not page.build_button.isEnabled()
    assert not page.save_button.isEnabled()
    assert not page.close_button.isEnabled()
    page.print_minutes_button.click()
    minutes = page.preview
    assert isinstance(minutes, PdfPreviewDialog)
    assert minutes.windowTitle().startswith("Verbale")
    with UnitOfWork(db, None) as uow:
        actions = list(
            uow.session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "meeting"))
        )
    assert actions.count("view") == 2
    assert "export" in actions


def test_operators_see_the_agenda_read_only(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    operator: Actor,
    scene: Scene,
) -> None:
    meetings.build_agenda(db, supervisor, scene.meeting_id, today=TODAY)
    page = _page(qtbot, db, operator)
    assert page.model.rowCount() == 4
    assert not page.new_button.isVisible()
    assert not page.build_button.isVisible()
    assert not page.close_button.isVisible()
    assert not page.full_names_check.isVisible()
    assert not page.decision_edit.isEnabled()
    assert not page.save_button.isEnabled()
    assert page.print_agenda_button.isEnabled()
    page.save_decision()  # nothing happens, nothing breaks
    assert not page.model.record(0).decided


def test_enter_opens_the_case(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    scene: Scene,
) -> None:
    page = _page(qtbot, db, supervisor)
    page.build_from_queues()
    opened: list[uuid.UUID] = []
    page.case_requested.connect(opened.append)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [scene.desk.cases["c1"]]


def test_f7_opens_the_meeting_page_from_the_coordination_menu(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, supervisor: Actor, scene: Scene
) -> None:
    from sqlalchemy import update

    from cotdesk.db.models import DeskState
    from cotdesk.ui.main_window import MainWindow

    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    window = MainWindow(db, supervisor)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.meeting_action.shortcut().toString() == "F7"
    assert window.meeting_action in window.menu("&Coordinamento").actions()
    QTest.keyClick(window, Qt.Key.Key_F7)
    page = window.pages.currentWidget()
    assert isinstance(page, MeetingPage)
    assert page.detail is not None
    assert page.detail.id == scene.meeting_id
    QTest.keyClick(window, Qt.Key.Key_F7)  # again: the same page, reloaded
    assert window.pages.currentWidget() is page
