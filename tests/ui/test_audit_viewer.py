"""The access log viewer (Registro accessi) and the restricted-case screens.

The viewer lists what was recorded, filtered by operator, action, kind of record, dates and
text; the break-the-glass tab shows reasoned accesses. A restricted case opened by a
colleague shows only its existence and asks for the reason; the access is granted and
audited; the case page of its operator offers to change the restriction.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent
from cotdesk.domain.roles import Role
from cotdesk.services import access, case_view, cases, consents, person_view, persons
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.audit_viewer import NO_DATE, AuditViewerPage
from cotdesk.ui.case_page import AccessRequestDialog, CasePage
from cotdesk.ui.main_window import MainWindow
from tests.factories import make_actor

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def colleague(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.OPERATOR, "luca.collega")


def _person_and_case(
    db: Database, actor: Actor, *, restricted: bool
) -> tuple[uuid.UUID, uuid.UUID]:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Neri", first_name="Giovanna"), today=TODAY
        )
        consents.record_notice(uow, person.id)
        case = cases.open_case(
            uow,
            person.id,
            areas=["adulti_famiglie"],
            assigned_operator_id=actor.operator_id,
            summary="Percorso di protezione",
            today=TODAY,
        )
        uow.commit()
        ids = (person.id, case.id)
    if restricted:
        access.set_restricted(db, actor, ids[1], True)
    return ids


def _viewer(qtbot: QtBot, db: Database, actor: Actor) -> AuditViewerPage:
    page = AuditViewerPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def _actions(page: AuditViewerPage) -> list[str]:
    return [page.model.record(row).action for row in range(page.model.rowCount())]


def test_a_view_of_a_person_is_in_the_log(
    qtbot: QtBot, db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, _case_id = _person_and_case(db, operator, restricted=False)
    person_view.view_person(db, operator, person_id)
    with db.read_session() as session:
        views = session.scalars(
            select(AuditEvent.operator_id).where(
                AuditEvent.action == "view", AuditEvent.entity_id == person_id
            )
        ).all()
    assert views == [operator.operator_id]

    page = _viewer(qtbot, db, supervisor)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    rows = [page.model.record(r) for r in range(page.model.rowCount())]
    view = next(r for r in rows if r.action == "view" and r.entity == "person")
    assert view.subject == "Neri Giovanna"
    assert view.operator_name == operator.full_name
    assert page.model.data(page.model.index(rows.index(view), 2)) == "Consultazione"
    page.grab().save("/tmp/audit_viewer.png")


def test_filters_narrow_the_log(
    qtbot: QtBot, db: Database, operator: Actor, colleague: Actor, supervisor: Actor
) -> None:
    person_id, case_id = _person_and_case(db, operator, restricted=False)
    person_view.view_person(db, colleague, person_id)
    case_view.record_case_view(db, operator, case_id)
    page = _viewer(qtbot, db, supervisor)
    everything = page.model.rowCount()
    assert everything >= 5

    page.operator_filter.setCurrentIndex(page.operator_filter.findData(str(colleague.operator_id)))
    page.refresh()
    assert {page.model.record(r).operator_id for r in range(page.model.rowCount())} == {
        colleague.operator_id
    }

    page.clear_filters()
    assert page.model.rowCount() == everything
    page.action_filter.setCurrentIndex(page.action_filter.findData("view"))
    page.entity_filter.setCurrentIndex(page.entity_filter.findData("case"))
    page.refresh()
    assert _actions(page) == ["view"]
    assert page.model.record(0).entity_id == case_id

    page.clear_filters()
    page.text_filter.setText("Giovanna")
    page.text_filter.returnPressed.emit()
    assert page.model.rowCount() >= 2
    assert all(
        page.model.record(r).subject == "Neri Giovanna" for r in range(page.model.rowCount())
    )

    page.clear_filters()
    tomorrow = today_in_rome() + timedelta(days=2)
    page.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.status.text() == "0 eventi."
    page.date_from.setDate(NO_DATE)
    page.refresh()
    assert page.model.rowCount() == everything


def test_an_operator_cannot_read_the_log(qtbot: QtBot, db: Database, operator: Actor) -> None:
    page = _viewer(qtbot, db, operator)
    assert page.model.rowCount() == 0
    assert "coordinatore" in page.status.text() or "ruolo" in page.status.text()


def test_restricted_case_asks_for_a_reason_and_the_supervisor_sees_it(
    qtbot: QtBot, db: Database, operator: Actor, colleague: Actor, supervisor: Actor
) -> None:
    _person_id, case_id = _person_and_case(db, operator, restricted=True)
    window = MainWindow(db, colleague)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AccessRequestDialog)
        seen.append(dialog.info.reference)
        dialog.reason.setPlainText("corto")
        dialog.confirm()
        seen.append(dialog.error.text())
        dialog.reason.setPlainText("Utente allo sportello con il figlio, serve il diario")
        dialog.confirm()

    QTimer.singleShot(0, answer)
    window.show_case(case_id)
    assert seen[0].startswith("M05-")
    assert "motivo" in seen[1]
    page = window.pages.currentWidget()
    assert isinstance(page, CasePage)
    assert page.data.header.summary == "Percorso di protezione"
    assert not page.restrict_button.isVisibleTo(page)  # the colleague may not change it
    assert "accesso motivato fino alle 23:59" in page.title.text()

    viewer = _viewer(qtbot, db, supervisor)
    viewer.tabs.setCurrentIndex(1)
    assert viewer.glass_model.rowCount() == 1
    assert viewer.glass_model.record(0).operator_name == colleague.full_name
    assert "serve il diario" in viewer.glass_model.record(0).reason
    assert "ancora aperti: 1" in viewer.status.text()


def test_cancelling_the_request_opens_nothing(
    qtbot: QtBot, db: Database, operator: Actor, colleague: Actor
) -> None:
    _person_id, case_id = _person_and_case(db, operator, restricted=True)
    window = MainWindow(db, colleague)
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    window.show_case(case_id)
    assert not isinstance(window.pages.currentWidget(), CasePage)
    assert access.case_access(db, colleague, case_id).readable is False


def test_the_assigned_operator_marks_the_case_restricted(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    _person_id, case_id = _person_and_case(db, operator, restricted=False)
    page = CasePage(db, operator, case_id, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.restrict_button.isVisible()
    assert page.restrict_button.text().startswith("Rendi riservata")
    page.toggle_restricted()
    assert page.dialog is not None
    page.dialog.reason.setPlainText("segnalazione di violenza")  # type: ignore[attr-defined]
    page.dialog.confirm()  # type: ignore[attr-defined]
    assert access.case_access(db, operator, case_id).restricted
    assert page.restrict_button.text().startswith("Togli riservatezza")
    assert "RISERVATA" in page.title.text()


def test_the_coordinator_verifies_the_chain_from_the_viewer(
    qtbot: QtBot, db: Database, db_path: Path, operator: Actor, supervisor: Actor
) -> None:
    person_id, _case_id = _person_and_case(db, operator, restricted=False)
    person_view.view_person(db, operator, person_id)
    page = _viewer(qtbot, db, supervisor)
    page.verify_button.click()
    assert page.chain_status.text().startswith("Registro integro:")

    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE audit_event SET action = 'print' WHERE action = 'view'")
    conn.close()
    page.verify_button.click()
    assert page.chain_status.text().startswith("Registro NON integro: 1 problema.")
    assert "modificato" in page.chain_status.text()
