"""Interrupted work is never lost: drafts of the assessment, the note box, the open-case and
the referral dialogs (half filled, left for another citizen, offered back, restored, saved);
a draft that survives a power cut. Real desk database files, offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Assessment, Case, CaseEvent, Referral
from cotdesk.domain.cases import Channel
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import Vulnerability
from cotdesk.domain.roles import Role
from cotdesk.services import assessments, case_view, cases, consents, drafts, persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.assessment_form import DRAFT_KIND as ASSESSMENT
from cotdesk.ui.assessment_form import AssessmentForm, NeedsModel
from cotdesk.ui.case_page import NOTE_DRAFT_KIND, CasePage
from cotdesk.ui.open_case import DRAFT_KIND as OPEN_CASE
from cotdesk.ui.open_case import OpenCaseDialog
from cotdesk.ui.referral_dialog import DRAFT_KIND as REFERRAL
from cotdesk.ui.referral_dialog import ReferralDialog
from tests.factories import make_actor
from tests.unit.test_matching import FOOD, HOUSING, Network, build_network

TODAY = case_view.today_in_rome()
W = TypeVar("W", bound=QWidget)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def _person(db: Database, actor: Actor) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Popescu", first_name="Ioana"), today=TODAY
        )
        consents.record_notice(uow, person.id)
        uow.commit()
        return person.id


def _case(db: Database, actor: Actor, person_id: uuid.UUID | None = None) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        case = cases.open_case(
            uow,
            person_id or _person(db, actor),
            areas=["adulti_famiglie"],
            assigned_operator_id=actor.operator_id,
            today=TODAY - timedelta(days=9),
        )
        uow.commit()
        return case.id


def _show(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _draft(db: Database, actor: Actor, kind: str, key: uuid.UUID) -> dict[str, Any] | None:
    saved = drafts.load_draft(db, actor, kind, str(key))
    return saved.payload if saved is not None else None


# ------------------------------------------------------------------ need assessment


def _first_version(db: Database, actor: Actor, case_id: uuid.UUID) -> None:
    with UnitOfWork(db, actor) as uow:
        assessments.record_assessment(
            uow,
            case_id,
            [assessments.NeedInput("emergenza_abitativa", Severity.SEVERE, "Sfratto a gennaio")],
            vulnerabilities=[Vulnerability.MINOR_IN_HOUSEHOLD],
            narrative="Prima valutazione.",
            today=TODAY,
        )
        uow.commit()


def _half_fill_assessment(form: AssessmentForm) -> None:
    model = form.model
    model.set_severity(model.row_of("beni_prima_necessita"), Severity.CRITICAL)
    notes = model.index(model.row_of("beni_prima_necessita"), NeedsModel.NOTES)
    model.setData(notes, "Frigo vuoto, tre figli")
    form.factor_boxes[Vulnerability.NO_INCOME].setChecked(True)
    form.narrative.moveCursor(form.narrative.textCursor().MoveOperation.End)
    form.narrative.insertPlainText(" Il marito ha perso il lavoro a ottobre.")


def test_an_interrupted_assessment_is_offered_back_restored_and_then_saved(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = _case(db, operator)
    _first_version(db, operator, case_id)

    untouched = _show(qtbot, AssessmentForm(db, operator, case_id))
    untouched.reject()  # opened and closed unchanged: nothing to keep
    assert _draft(db, operator, ASSESSMENT, case_id) is None

    first = _show(qtbot, AssessmentForm(db, operator, case_id))
    _half_fill_assessment(first)
    score = first.current_score()
    first.reject()  # another citizen arrives
    saved = _draft(db, operator, ASSESSMENT, case_id)
    assert saved is not None
    assert saved["based_on"] == 1

    again = _show(qtbot, AssessmentForm(db, operator, case_id))
    assert again.banner is not None
    assert "valutazione del bisogno lasciata a metà: 2 bisogni segnati" in (
        again.banner.message.text()
    )
    assert "Nel frattempo" not in again.banner.message.text()
    assert again.banner.restore_button.text().startswith("&Riprendi la bozza del ")
    assert not again.form.isVisible()  # choose first: the old draft is not overwritten
    assert not again.save_button.isEnabled()
    assert again.focusWidget() is again.banner.restore_button
    qtbot.keyClick(again, Qt.Key.Key_Return, CTRL)  # saving is not possible yet
    assert again.saved_version is None
    again.banner.restore_button.click()

    assert again.banner is None
    assert again.form.isVisible()
    assert again.table.hasFocus()
    food = again.model.state("beni_prima_necessita")
    assert (food.checked, food.severity, food.notes) == (
        True,
        Severity.CRITICAL,
        "Frigo vuoto, tre figli",
    )
    housing = again.model.state("emergenza_abitativa")
    assert (housing.checked, housing.notes) == (True, "Sfratto a gennaio")
    assert again.factors() == [Vulnerability.MINOR_IN_HOUSEHOLD, Vulnerability.NO_INCOME]
    assert again.narrative.toPlainText().endswith("perso il lavoro a ottobre.")
    assert again.current_score() == score
    assert again.score_label.text().startswith(
        f"<span style='font-size: 26pt; font-weight: bold;'>{score.score}<"
    )

    with qtbot.waitSignal(again.saved):
        qtbot.keyClick(again, Qt.Key.Key_Return, CTRL)
    assert again.saved_version == 2
    assert _draft(db, operator, ASSESSMENT, case_id) is None
    with db.read_session() as session:
        latest = session.scalars(
            select(Assessment).where(Assessment.case_id == case_id, Assessment.version == 2)
        ).one()
        assert latest.narrative.endswith("perso il lavoro a ottobre.")


def test_an_assessment_draft_can_be_discarded_and_warns_of_a_newer_version(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = _case(db, operator)
    first = _show(qtbot, AssessmentForm(db, operator, case_id))
    _half_fill_assessment(first)
    first.close()
    _first_version(db, operator, case_id)  # a colleague saved a version meanwhile

    again = _show(qtbot, AssessmentForm(db, operator, case_id))
    assert again.banner is not None
    assert "Nel frattempo è stata salvata la valutazione n. 1" in again.banner.message.text()
    again.banner.discard_button.click()
    assert _draft(db, operator, ASSESSMENT, case_id) is None
    assert not again.model.state("beni_prima_necessita").checked  # the latest version
    assert again.model.state("emergenza_abitativa").checked
    assert again.save_button.isEnabled()


# ------------------------------------------------------------------ the note box


def test_an_unsaved_note_comes_back_in_the_box_and_goes_when_saved(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    case_id = _case(db, operator)
    page = _show(qtbot, CasePage(db, operator, case_id))
    assert not page.note_draft_hint.isVisible()
    page.note_kind.setCurrentIndex(page.note_kind.findData("call"))
    page.note_box.insertPlainText("Telefonata con la figlia: richiamerà giovedì perché")
    page.hide()  # another citizen: the operator goes back to the search
    saved = _draft(db, operator, NOTE_DRAFT_KIND, case_id)
    assert saved == {"kind": "call", "text": "Telefonata con la figlia: richiamerà giovedì perché"}

    # a colleague opening the same case sees an empty box: drafts are per operator
    colleague = make_actor(db, office_id, Role.OPERATOR, "luca.collega")
    theirs = _show(qtbot, CasePage(db, colleague, case_id))
    assert theirs.note_box.toPlainText() == ""
    theirs.close()

    again = _show(qtbot, CasePage(db, operator, case_id))
    assert again.note_box.toPlainText() == "Telefonata con la figlia: richiamerà giovedì perché"
    assert again.note_kind.currentData() == "call"
    assert again.note_draft_hint.isVisible()
    assert again.note_draft_hint.text().startswith("Bozza ripristinata: scritta il ")
    qtbot.keyClick(again, Qt.Key.Key_M, CTRL)
    assert again.note_box.hasFocus()
    again.note_box.insertPlainText(" ha il turno.")
    qtbot.keyClick(again.note_box, Qt.Key.Key_Return, CTRL)

    assert again.note_box.toPlainText() == ""
    assert not again.note_draft_hint.isVisible()
    assert _draft(db, operator, NOTE_DRAFT_KIND, case_id) is None
    with db.read_session() as session:
        texts = session.scalars(
            select(CaseEvent.text).where(CaseEvent.case_id == case_id, CaseEvent.kind == "call")
        ).all()
    assert texts == ["Telefonata con la figlia: richiamerà giovedì perché ha il turno."]
    again.hide()  # the empty box after saving leaves no draft
    assert _draft(db, operator, NOTE_DRAFT_KIND, case_id) is None


def test_an_emptied_note_box_forgets_its_draft(qtbot: QtBot, db: Database, operator: Actor) -> None:
    case_id = _case(db, operator)
    page = _show(qtbot, CasePage(db, operator, case_id))
    page.note_box.insertPlainText("Da scrivere")
    page.hide()
    again = _show(qtbot, CasePage(db, operator, case_id))
    assert again.note_draft_hint.isVisible()
    again.note_box.clear()
    assert not again.note_draft_hint.isVisible()
    again.hide()
    assert _draft(db, operator, NOTE_DRAFT_KIND, case_id) is None


# ------------------------------------------------------------------ opening a case


def test_an_interrupted_case_opening_is_offered_back_restored_and_then_saved(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _person(db, operator)
    first = _show(qtbot, OpenCaseDialog(db, operator, person_id))
    first.reject()
    assert _draft(db, operator, OPEN_CASE, person_id) is None  # untouched: nothing kept

    first = _show(qtbot, OpenCaseDialog(db, operator, person_id))
    first.channel.setCurrentIndex(first.channel.findData(Channel.REPORT_SCHOOL.value))
    first.reporter_organisation.setText("IC Via Roma")
    first.area_boxes["minori"].setChecked(True)
    first.operator.setCurrentIndex(0)  # still to be assigned
    first.summary.insertPlainText("La scuola segnala assenze ripetute del più piccolo")
    first.reject()

    again = _show(qtbot, OpenCaseDialog(db, operator, person_id))
    assert again.banner is not None
    assert "presa in carico lasciata a metà per questa persona: Servizi per minori." in (
        again.banner.message.text()
    )
    assert not again.form.isVisible()
    assert not again.open_button.isEnabled()
    assert again.focusWidget() is again.banner.restore_button
    qtbot.keyClick(again, Qt.Key.Key_Return, CTRL)
    assert again.case_id is None
    again.banner.restore_button.click()

    assert again.banner is None
    assert again.channel.hasFocus()
    assert again.selected_channel() is Channel.REPORT_SCHOOL
    assert again.reporter_box.isVisible()
    assert again.reporter_organisation.text() == "IC Via Roma"
    assert again.selected_areas() == ["minori"]
    assert again.selected_operator() is None
    assert again.summary.toPlainText() == "La scuola segnala assenze ripetute del più piccolo"

    again.reporter_name.setText("Prof.ssa Bianchi")
    with qtbot.waitSignal(again.case_opened):
        qtbot.keyClick(again, Qt.Key.Key_Return, CTRL)
    assert _draft(db, operator, OPEN_CASE, person_id) is None
    with db.read_session() as session:
        case = session.get(Case, again.case_id)
        assert case is not None
        assert (case.reporter_organisation, case.areas) == ("IC Via Roma", ["minori"])


# ------------------------------------------------------------------ referrals

REFERRAL_DAY = date(2026, 11, 24)


def _referral_dialog(
    qtbot: QtBot, db: Database, actor: Actor, case_id: uuid.UUID
) -> ReferralDialog:
    dialog = ReferralDialog(db, actor, case_id, today=REFERRAL_DAY)
    dialog.confirm = lambda _title, _text: True
    dialog.offer_letters = lambda _created: False
    return _show(qtbot, dialog)


def _pick(dialog: ReferralDialog, network: Network, name: str) -> None:
    row = dialog.services_model.row_of(network.services[name])
    assert row >= 0, name
    dialog.services_view.selectRow(row)
    dialog.add_current()


def test_interrupted_referrals_are_offered_back_restored_and_then_created(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    network = build_network(db, operator)
    case_id = network.case_id
    first = _referral_dialog(qtbot, db, operator, case_id)
    _pick(first, network, "housing_m5_free_ar")
    _pick(first, network, "both_far_paid")
    first.pending_view.selectRow(0)
    first.appointment_check.setChecked(True)
    first.appointment_edit.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 30)))
    first.notes_edit.setFocus()
    first.notes_edit.insert("Chiamare prima, chiedere di Giulia")
    first.notes_edit.textEdited.emit(first.notes_edit.text())
    first.needs_model.set_checked(FOOD, False)
    first.cost_combo.setCurrentIndex(1)  # solo gratuiti
    first.district_combo.setCurrentIndex(first.district_combo.findData("rm_m05"))
    first.reject()  # another citizen arrives
    saved = _draft(db, operator, REFERRAL, case_id)
    assert saved is not None
    assert [item["service_id"] for item in saved["pending"]] == [
        str(network.services["housing_m5_free_ar"]),
        str(network.services["both_far_paid"]),
    ]

    again = _referral_dialog(qtbot, db, operator, case_id)
    assert again.banner is not None
    message = again.banner.message.text()
    assert "invii lasciati a metà" in message
    assert "Servizio housing_m5_free_ar; Servizio both_far_paid" in message
    assert not again.form.isVisible()
    assert not again.create_button.isEnabled()
    assert not again.mark_sent_check.isEnabled()
    assert again.focusWidget() is again.banner.restore_button
    again.banner.restore_button.click()

    assert again.banner is None
    assert again.form.isVisible()
    assert again.needs_model.checked_codes() == [HOUSING]
    assert again.cost_combo.currentIndex() == 1
    assert again.district_combo.currentData() == "rm_m05"
    pending = again.pending_model.pending()
    assert [p.match.service_id for p in pending] == [
        network.services["housing_m5_free_ar"],
        network.services["both_far_paid"],
    ]
    assert pending[0].appointment_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert pending[0].notes == "Chiamare prima, chiedere di Giulia"
    assert pending[1].need_codes == (HOUSING, FOOD)
    assert again.pending_view.hasFocus()
    assert again.appointment_check.isChecked()  # the first row's editor
    assert again.notes_edit.text() == "Chiamare prima, chiedere di Giulia"
    assert again.create_button.isEnabled()
    assert again.mark_sent_check.isEnabled()

    with qtbot.waitSignal(again.referrals_created):
        qtbot.keyClick(again.pending_view, Qt.Key.Key_Return, CTRL)
    assert _draft(db, operator, REFERRAL, case_id) is None
    with db.read_session() as session:
        made = session.scalars(select(Referral).where(Referral.case_id == case_id)).all()
    assert {(r.service_id, r.notes) for r in made} == {
        (network.services["housing_m5_free_ar"], "Chiamare prima, chiedere di Giulia"),
        (network.services["both_far_paid"], ""),
    }


def test_a_referral_draft_whose_service_is_gone_says_so(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    network = build_network(db, operator)
    first = _referral_dialog(qtbot, db, operator, network.case_id)
    _pick(first, network, "food_m5")
    first.reject()
    payload = _draft(db, operator, REFERRAL, network.case_id)
    assert payload is not None
    payload["pending"][0]["service_id"] = str(uuid.uuid4())
    drafts.save_draft(db, operator, REFERRAL, str(network.case_id), payload)

    again = _referral_dialog(qtbot, db, operator, network.case_id)
    assert again.banner is not None
    again.banner.restore_button.click()
    assert again.pending_model.rowCount() == 0
    assert "Non più disponibili, non ripresi dalla bozza: Servizio food_m5." in (
        again.status.text()
    )


# ------------------------------------------------------------------ power cut


def test_a_note_draft_survives_a_power_cut(
    qtbot: QtBot, db_path: Path, db: Database, operator: Actor
) -> None:
    case_id = _case(db, operator)
    page = _show(qtbot, CasePage(db, operator, case_id))
    page.note_box.insertPlainText("Colloquio: la signora Nicolò chiede")
    with qtbot.waitSignal(page.note_keeper.saved, timeout=5000):
        pass  # autosaved after a pause in the typing, the page still open
    db.close()  # the power goes: no hide, no close
    reopened = open_database(db_path)
    try:
        again = _show(qtbot, CasePage(reopened, operator, case_id))
        assert again.note_box.toPlainText() == "Colloquio: la signora Nicolò chiede"
        assert again.note_draft_hint.isVisible()
        again.close()
    finally:
        reopened.close()
