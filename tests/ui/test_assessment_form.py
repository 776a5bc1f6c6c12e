"""The need assessment form: live priority score, versions, keyboard; real database files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Assessment, Case
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import Vulnerability, compute_priority
from cotdesk.services import assessments, case_view, cases, consents, persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.assessment_form import AssessmentForm, NeedsModel
from cotdesk.ui.case_page import CasePage

TODAY = case_view.today_in_rome()
OPENED = TODAY - timedelta(days=9)  # 9 days of waiting: +4


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def case_id(db: Database, operator: Actor) -> uuid.UUID:
    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Popescu", first_name="Ioana"), today=TODAY
        )
        consents.record_notice(uow, person.id)
        case = cases.open_case(
            uow,
            person.id,
            areas=["adulti_famiglie"],
            assigned_operator_id=operator.operator_id,
            today=OPENED,
        )
        uow.commit()
        return case.id


def first_version(db: Database, operator: Actor, case_id: uuid.UUID) -> None:
    with UnitOfWork(db, operator) as uow:
        assessments.record_assessment(
            uow,
            case_id,
            [assessments.NeedInput("emergenza_abitativa", Severity.SEVERE, "Sfratto a gennaio")],
            vulnerabilities=[Vulnerability.MINOR_IN_HOUSEHOLD],
            narrative="Prima valutazione: due figli piccoli.",
            today=TODAY,
        )
        uow.commit()


def open_form(qtbot: QtBot, db: Database, operator: Actor, case_id: uuid.UUID) -> AssessmentForm:
    form = AssessmentForm(db, operator, case_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def go_to(form: AssessmentForm, need_code: str) -> None:
    row = form.model.row_of(need_code)
    assert row >= 0
    form.table.setCurrentIndex(form.model.index(row, NeedsModel.NEED))
    form.table.setFocus()


def test_ticking_needs_updates_the_score_live(
    qtbot: QtBot, db: Database, operator: Actor, case_id: uuid.UUID
) -> None:
    form = open_form(qtbot, db, operator, case_id)
    assert form.table.hasFocus()
    assert form.current_score().score == 4  # only the waiting days
    assert "In attesa da 9 giorni (+4)" in form.reasons_label.text()

    go_to(form, "emergenza_abitativa")
    qtbot.keyClick(form.table, Qt.Key.Key_Space)  # present, default severity: moderato
    assert form.score.score == 10 + 4
    qtbot.keyClick(form.table, Qt.Key.Key_3)  # grave
    assert form.score.score == 25 + 4
    assert "Bisogno grave: Alloggio ed emergenza abitativa (+25)" in form.reasons_label.text()
    go_to(form, "lavoro_orientamento")
    qtbot.keyClick(form.table, Qt.Key.Key_2)  # a severity also ticks the need
    form.factor_boxes[Vulnerability.NO_INCOME].setChecked(True)

    expected = compute_priority(
        [("Alloggio ed emergenza abitativa", Severity.SEVERE), ("Lavoro e orientamento", 2)],
        [Vulnerability.NO_INCOME],
        9,
    )
    assert form.score == expected
    assert f">{expected.score}<" in form.score_label.text()
    assert "Nessun reddito (+10)" in form.reasons_label.text()
    qtbot.keyClick(form.table, Qt.Key.Key_Space)  # untick
    assert form.score.score == 25 + 10 + 4


def test_saving_creates_version_two_and_version_one_stays_readable(
    qtbot: QtBot, db: Database, operator: Actor, case_id: uuid.UUID
) -> None:
    first_version(db, operator, case_id)
    page = CasePage(db, operator, case_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(
        page.focusWidget(),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = page.dialog
    assert isinstance(form, AssessmentForm)
    # Prefilled from version 1.
    assert [need.code for need, _ in form.model.selected()] == ["emergenza_abitativa"]
    assert form.model.state("emergenza_abitativa").notes == "Sfratto a gennaio"
    assert form.factor_boxes[Vulnerability.MINOR_IN_HOUSEHOLD].isChecked()
    assert form.narrative.toPlainText() == "Prima valutazione: due figli piccoli."
    assert "n. 2" in form.intro.text()

    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    go_to(form, "emergenza_abitativa")
    qtbot.keyClick(form.table, Qt.Key.Key_4)
    form.all_areas.setChecked(True)
    go_to(form, "pasti_domicilio")
    qtbot.keyClick(form.table, Qt.Key.Key_1)
    form.narrative.setPlainText("Sfratto confermato per il 15 gennaio.")
    live = form.current_score()
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert form.saved_version == 2
    with db.read_session() as session:
        stored = session.scalars(
            select(Assessment).where(Assessment.case_id == case_id).order_by(Assessment.version)
        ).all()
        case = session.get(Case, case_id)
        assert case is not None
        assert [a.version for a in stored] == [1, 2]
        assert stored[1].priority_score == live.score == case.priority
        assert stored[1].priority_reasons == live.reasons
        assert case.areas == ["adulti_famiglie", "anziani"]

    # The page shows version 2; version 1 stays readable from the selector.
    assert page.version_combo.count() == 2
    shown = page.shown_assessment
    assert shown is not None
    assert shown.version == 2
    assert "Gravissimo" in page.assessment_text.toPlainText()
    page.version_combo.setCurrentIndex(1)
    old = page.shown_assessment
    assert old is not None
    assert old.version == 1
    assert "sola lettura" in page.version_note.text()
    text = page.assessment_text.toPlainText()
    assert "Grave" in text
    assert "Sfratto a gennaio" in text
    assert "Prima valutazione: due figli piccoli." in text
    assert "Pasti a domicilio" not in text
    assert old.priority_reasons == tuple(stored[0].priority_reasons)


def test_saving_without_needs_is_refused_inline(
    qtbot: QtBot, db: Database, operator: Actor, case_id: uuid.UUID
) -> None:
    form = open_form(qtbot, db, operator, case_id)
    form.narrative.setPlainText("Solo informazioni")
    form.save()
    assert form.needs_error.isVisible()
    assert form.needs_error.text() == "Indicare almeno un bisogno."
    assert form.narrative.toPlainText() == "Solo informazioni"
    assert form.saved_version is None


def test_notes_are_typed_in_the_notes_column(
    qtbot: QtBot, db: Database, operator: Actor, case_id: uuid.UUID
) -> None:
    form = open_form(qtbot, db, operator, case_id)
    row = form.model.row_of("sostegno_reddito")
    notes = form.model.index(row, NeedsModel.NOTES)
    assert form.model.setData(notes, "ISEE scaduto")
    state = form.model.state("sostegno_reddito")
    assert (state.checked, state.notes) == (True, "ISEE scaduto")
    severity = form.model.index(row, NeedsModel.SEVERITY)
    assert severity.data() == "2 · Moderato"
    assert form.model.setData(severity, 4)
    assert severity.data() == "4 · Gravissimo"
    assert form.score.score >= 50


def test_the_needs_model_passes_the_qt_model_tester(
    qtbot: QtBot, qtmodeltester: object, db: Database, operator: Actor, case_id: uuid.UUID
) -> None:
    first_version(db, operator, case_id)
    form = open_form(qtbot, db, operator, case_id)
    qtmodeltester.check(form.model)  # type: ignore[attr-defined]
    heading = form.model.index(0, NeedsModel.NEED)
    assert heading.data() == "Servizi per adulti e famiglie"
    assert not heading.flags() & Qt.ItemFlag.ItemIsEnabled
