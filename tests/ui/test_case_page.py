"""Opening a case and the case page, on a real desk database, driven offscreen by keyboard."""

from __future__ import annotations

import importlib.machinery
import sys
import types
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import ClassVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, CaseEvent, DeskState, Partner, Service
from cotdesk.domain.cases import Channel
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.services import case_view, cases, consents, persons, referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.case_page import CasePage, FollowUpDialog, ReasonDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.open_case import OpenCaseDialog

TODAY = case_view.today_in_rome()


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def register(db: Database, actor: Actor, *, notice: bool = True) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Esposito", first_name="Anna"), today=TODAY
        )
        if notice:
            consents.record_notice(uow, person.id)
            consents.give_consent(uow, person.id, ["presa_in_carico", "condivisione_rete"])
        uow.commit()
        return person.id


def open_case(db: Database, actor: Actor, person_id: uuid.UUID, **kwargs: object) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        case = cases.open_case(
            uow,
            person_id,
            areas=["adulti_famiglie"],
            assigned_operator_id=actor.operator_id,
            today=TODAY - timedelta(days=12),
            **kwargs,  # type: ignore[arg-type]
        )
        uow.commit()
        return case.id


def add_referral(db: Database, actor: Actor, case_id: uuid.UUID) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        partner = Partner(name="Cooperativa Il Girasole", partner_type_code="cooperativa_sociale")
        uow.session.add(partner)
        uow.flush()
        service = Service(partner_id=partner.id, name="Sportello lavoro", areas=["adulti_famiglie"])
        uow.session.add(service)
        uow.commit()
        service_id = service.id
    with UnitOfWork(db, actor) as uow:
        referral = referrals.create_referral(
            uow, case_id, service_id, need_codes=["lavoro_orientamento"], today=TODAY
        )
        referrals.move_referral(uow, referral.id, ReferralStatus.SENT, today=TODAY)
        uow.commit()
        return referral.id


def show(qtbot: QtBot, widget: CasePage) -> CasePage:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def case_status(db: Database, case_id: uuid.UUID) -> str:
    with db.read_session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


# ------------------------------------------------------------------ opening a case


def test_a_report_needs_the_reporter_shown_inline(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = register(db, operator)
    dialog = OpenCaseDialog(db, operator, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.channel.hasFocus()
    assert not dialog.notice_warning.isVisible()
    assert not dialog.reporter_box.isVisible()
    assert dialog.selected_operator() == operator.operator_id
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.REPORT_SCHOOL.value))
    assert dialog.reporter_box.isVisible()
    dialog.area_boxes["minori"].setChecked(True)

    dialog.submit()

    assert dialog.result() == 0
    assert dialog.reporter_error.isVisible()
    assert "Segnalazione della scuola" in dialog.reporter_error.text()
    with db.read_session() as session:
        assert session.scalars(select(Case)).first() is None

    dialog.reporter_organisation.setText("IC Via Roma")
    dialog.reporter_name.setText("Prof.ssa Bianchi")
    with qtbot.waitSignal(dialog.case_opened) as opened:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == 1
    assert opened.args == [dialog.case_id]
    with db.read_session() as session:
        case = session.get(Case, dialog.case_id)
        assert case is not None
        assert (case.channel, case.reporter_organisation) == ("report_school", "IC Via Roma")
        assert case.areas == ["minori"]
        assert case.assigned_operator_id == operator.operator_id


def test_without_the_notice_only_an_emergency_opens_the_case(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = register(db, operator, notice=False)
    dialog = OpenCaseDialog(db, operator, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notice_warning.isVisible()
    assert "Registra informativa e consensi" in dialog.notice_warning.text()
    dialog.area_boxes["adulti_famiglie"].setChecked(True)
    dialog.submit()
    assert dialog.consent_error.isVisible()
    assert "informativa" in dialog.consent_error.text()
    dialog.emergency.setChecked(True)
    dialog.submit()
    assert dialog.case_id is not None
    page = show(qtbot, CasePage(db, operator, dialog.case_id))
    assert page.emergency_banner.isVisible()


# ------------------------------------------------------------------ the page


def test_the_page_shows_the_header_and_the_timeline_and_is_audited(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    with UnitOfWork(db, operator) as uow:
        cases.add_note(uow, case_id, "Primo colloquio allo sportello", kind="meeting")
        uow.commit()

    page = show(qtbot, CasePage(db, operator, case_id))

    head = page.data.header
    assert head.reference in page.title.text()
    assert "Esposito Anna" in page.title.text()
    assert "In carico" in page.status_label.text()
    assert "Servizi per adulti e famiglie" in page.areas_label.text()
    assert "Giulia.Operatrice" in page.operator_label.text()
    assert "non ancora valutato" in page.priority_label.text()
    assert "non fissato" in page.follow_up_label.text()
    assert not page.emergency_banner.isVisible()
    model = page.timeline_model
    assert model.rowCount() == 2
    assert model.index(0, model.KIND).data() == "Colloquio"  # newest first
    assert model.index(0, model.TEXT).data() == "Primo colloquio allo sportello"
    assert model.index(1, model.KIND).data() == "Stato"
    page.toggle_order()
    assert model.index(0, model.KIND).data() == "Stato"
    with db.read_session() as session:
        views = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "view", AuditEvent.entity_id == case_id)
        ).all()
    assert len(views) == 1


def test_ctrl_m_typing_and_ctrl_enter_write_a_note(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    page = show(qtbot, CasePage(db, operator, case_id))
    assert not page.note_box.hasFocus()

    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.note_box.hasFocus()
    qtbot.keyClicks(page.note_box, "Ha telefonato la figlia: domani porta l'ISEE")
    qtbot.keyClick(page.note_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert page.note_box.toPlainText() == ""
    first = page.timeline_model.entry(0)
    assert (first.kind, first.text) == ("note", "Ha telefonato la figlia: domani porta l'ISEE")
    with db.read_session() as session:
        stored = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == "note")
        ).one()
        assert stored.operator_id == operator.operator_id


def test_an_empty_note_is_refused_inline(qtbot: QtBot, db: Database, operator: Actor) -> None:
    case_id = open_case(db, operator, register(db, operator))
    page = show(qtbot, CasePage(db, operator, case_id))
    page.focus_note()
    qtbot.keyClick(page.note_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.note_error.isVisible()
    assert page.note_error.text() == "La nota è vuota."
    assert page.timeline_model.rowCount() == 1


def test_a_follow_up_in_the_past_is_refused_inline(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    page = show(qtbot, CasePage(db, operator, case_id))
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog)
    yesterday = TODAY - timedelta(days=1)
    dialog.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert "passato" in dialog.error.text()
    assert not dialog.save_button.isEnabled()

    in_a_week = TODAY + timedelta(days=7)
    dialog.date_edit.setDate(QDate(in_a_week.year, in_a_week.month, in_a_week.day))
    assert dialog.error.text() == ""
    dialog.save_button.click()
    assert page.data.header.follow_up_on == in_a_week
    assert in_a_week.strftime("%d/%m/%Y") in page.follow_up_label.text()
    assert page.timeline_model.index(0, page.timeline_model.KIND).data() == "Prossimo contatto"


def test_an_operator_asks_to_close_and_a_supervisor_approves(
    qtbot: QtBot, db: Database, operator: Actor, supervisor: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    page = show(qtbot, CasePage(db, operator, case_id))
    assert page.status_buttons[cases.CaseStatus.CLOSURE_REQUESTED].isVisible()
    assert not page.status_buttons[cases.CaseStatus.CLOSED].isVisible()

    qtbot.keyClick(
        page.focusWidget(),
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.confirm()  # no reason: refused inline, nothing lost
    assert dialog.error.isVisible()
    assert "motivo" in dialog.error.text()
    dialog.reason.setPlainText("Trovato lavoro, non servono altri interventi")
    dialog.confirm()

    assert case_status(db, case_id) == "closure_requested"
    assert "Chiusura richiesta" in page.status_label.text()
    assert page.closure_banner.isVisible()
    assert not page.status_buttons[cases.CaseStatus.CLOSURE_REQUESTED].isVisible()

    boss = show(qtbot, CasePage(db, supervisor, case_id))
    approve = boss.status_buttons[cases.CaseStatus.CLOSED]
    send_back = boss.status_buttons[cases.CaseStatus.IN_PROGRESS]
    assert approve.isVisible()
    assert approve.text().startswith("Approva chiusura")
    assert send_back.text().startswith("Rimanda all'operatore")
    assert "Trovato lavoro" in boss.closure_banner.text()
    approve.click()
    approval = boss.dialog
    assert isinstance(approval, ReasonDialog)
    assert not approval.reason.isVisibleTo(approval)
    approval.confirm()
    assert case_status(db, case_id) == "closed"
    assert "Chiusa" in boss.status_label.text()
    assert boss.status_buttons[cases.CaseStatus.OPEN].isVisible()  # reopen


def test_referrals_show_their_state_and_record_the_partner_answer(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    referral_id = add_referral(db, operator, case_id)
    page = show(qtbot, CasePage(db, operator, case_id))
    model = page.referral_model
    assert model.rowCount() == 1
    assert model.index(0, model.STATUS).data() == "Inviato"
    assert model.index(0, model.PARTNER).data() == "Cooperativa Il Girasole"
    assert page.selected_referral_id() == referral_id
    visible = {t for t, b in page.referral_state_buttons.items() if b.isVisibleTo(page)}
    assert visible == {
        ReferralStatus.ACCEPTED,
        ReferralStatus.DECLINED,
        ReferralStatus.NO_ANSWER,
        ReferralStatus.CANCELLED,
    }

    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [a.text() for a in page.state_menu.actions()] == [
        "Accettato dall'ente",
        "Rifiutato dall'ente",
        "Senza risposta",
        "Annulla invio",
    ]
    page.state_menu.close()
    page.referral_state_buttons[ReferralStatus.DECLINED].click()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.answer.setText("Nessun posto fino a marzo")
    dialog.confirm()
    assert "motivo" in dialog.error.text()
    dialog.reason.setPlainText("Posti esauriti")
    dialog.confirm()

    assert model.index(0, model.STATUS).data() == "Rifiutato dall'ente"
    assert "Nessun posto fino a marzo" in model.index(0, model.ANSWER).data()
    assert not any(b.isVisibleTo(page) for b in page.referral_state_buttons.values())
    assert page.timeline_model.entry(0).kind == "referral"


def test_main_window_shows_one_case_page_at_a_time(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    person_id = register(db, operator)
    first, second = open_case(db, operator, person_id), open_case(db, operator, person_id)
    window = MainWindow(db, operator)
    qtbot.addWidget(window)
    window.show_case(first)
    window.show_case(second)
    current = window.pages.currentWidget()
    assert isinstance(current, CasePage)
    assert current.case_id == second
    pages = [window.pages.widget(i) for i in range(window.pages.count())]
    assert [p for p in pages if isinstance(p, CasePage) and not p.isHidden()] == [current]


def test_the_timeline_and_referral_models_pass_the_qt_model_tester(
    qtbot: QtBot, qtmodeltester: object, db: Database, operator: Actor
) -> None:
    case_id = open_case(db, operator, register(db, operator))
    add_referral(db, operator, case_id)
    page = show(qtbot, CasePage(db, operator, case_id))
    qtmodeltester.check(page.timeline_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.referral_model)  # type: ignore[attr-defined]


def test_today_of_the_page_is_injectable(qtbot: QtBot, db: Database, operator: Actor) -> None:
    case_id = open_case(db, operator, register(db, operator))
    with UnitOfWork(db, operator) as uow:
        cases.set_follow_up(uow, case_id, TODAY, today=TODAY)
        uow.commit()
    later = TODAY + timedelta(days=3)
    page = show(qtbot, CasePage(db, operator, case_id, today=lambda: later))
    assert "scaduto" in page.follow_up_label.text()
    assert isinstance(page.today(), date)


class _FakeDialog(QDialog):
    """Stands in for a colleague's dialog: records how the case page built it."""

    made: ClassVar[list[tuple[object, ...]]] = []

    def __init__(self, *args: object) -> None:
        super().__init__(args[-1])  # type: ignore[arg-type]
        _FakeDialog.made.append(args)


def test_referral_and_letter_dialogs_are_opened_with_the_case_or_referral(
    qtbot: QtBot, db: Database, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, attr in (
        ("referral_dialog", "ReferralDialog"),
        ("letter_preview", "LetterPreviewDialog"),
    ):
        module = types.ModuleType(f"cotdesk.ui.{name}")
        module.__spec__ = importlib.machinery.ModuleSpec(module.__name__, None)
        setattr(module, attr, _FakeDialog)
        monkeypatch.setitem(sys.modules, module.__name__, module)
    _FakeDialog.made.clear()
    case_id = open_case(db, operator, register(db, operator))
    referral_id = add_referral(db, operator, case_id)
    page = show(qtbot, CasePage(db, operator, case_id))
    assert page.new_referral_button.isEnabled()
    assert page.letter_button.isEnabled()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_I, ctrl_shift)
    assert _FakeDialog.made[-1] == (db, operator, case_id, page)
    assert page.dialog is not None
    page.dialog.reject()  # even a cancelled dialog refreshes the page: it may have saved
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.referral_view.setFocus()
    qtbot.keyClick(page.referral_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _FakeDialog.made[-1] == (db, operator, referral_id, page)


def test_without_the_colleagues_dialogs_the_buttons_are_disabled(
    qtbot: QtBot, db: Database, operator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "cotdesk.ui.referral_dialog", None)
    monkeypatch.setitem(sys.modules, "cotdesk.ui.letter_preview", None)
    case_id = open_case(db, operator, register(db, operator))
    add_referral(db, operator, case_id)
    page = show(qtbot, CasePage(db, operator, case_id))
    assert not page.new_referral_button.isEnabled()
    assert not page.letter_button.isEnabled()
    assert "Non ancora disponibile" in page.letter_button.toolTip()
    page.new_referral()
    page.open_letter()
    assert page.dialog is None
