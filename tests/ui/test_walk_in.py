"""A walk-in, end to end, through the real widgets and the keyboard (issue 4).

A person nobody knows comes to the desk. The operator searches for them (nothing found),
registers them (a mistyped codice fiscale first, then the right one), records the privacy
notice and consents, opens a *presa in carico*, assesses two needs, refers them to a service
of the network and prints the referral letter. Everything goes through the main window of
the app on a real demo desk database, with the keyboard shortcuts an operator would use;
the letter is saved to a PDF file and read back, and the database is checked through the
read models.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.models import AuditEvent
from cotdesk.domain.cases import CaseStatus, Channel
from cotdesk.domain.needs import Severity
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.services.auth import authenticate
from cotdesk.services.case_view import case_page
from cotdesk.services.demo import build_demo_network
from cotdesk.services.demo_network import DEMO_PASSWORD
from cotdesk.services.desk import Desk, open_desk
from cotdesk.services.person_view import view_person
from cotdesk.services.search import search_persons
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.assessment_form import AssessmentForm
from cotdesk.ui.case_page import CasePage
from cotdesk.ui.consent_panel import ConsentDialog
from cotdesk.ui.letter_preview import LetterPreviewDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.open_case import OpenCaseDialog
from cotdesk.ui.person_page import PersonPage
from cotdesk.ui.referral_dialog import ReferralDialog
from cotdesk.ui.registration import RegistrationDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

#: The newcomer: an accented surname and name, born in Rome on 12 March 1985.
LAST, FIRST = "Lucà", "Niccolò"
FISCAL_CODE = "LCUNCL85C12H501C"
#: The same code with a wrong check character (the 16th).
WRONG_CODE = "LCUNCL85C12H501A"
AREA = "adulti_famiglie"
NEEDS = ("emergenza_abitativa", "sostegno_reddito")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A demo network of 300 persons (partners, services, operators); the operator's name."""
    path = tmp_path_factory.mktemp("walk-in") / "desk.db"
    report = build_demo_network(path, persons=300, seed=4, replace=False, progress=None)
    return path, report.accounts["operator"]


@pytest.fixture
def desk(demo_file: tuple[Path, str]) -> Iterator[Desk]:
    db = open_desk(demo_file[0])
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def actor(desk: Desk, demo_file: tuple[Path, str]) -> Actor:
    """The demo operator of the desk's own office, logged in with the demo password."""
    return authenticate(desk, demo_file[1], DEMO_PASSWORD)


@pytest.fixture(autouse=True)
def real_pool_at_first() -> Iterator[None]:
    ops.set_pool(None)  # the search runs on Qt's thread pool, as in the app
    yield
    ops.set_pool(None)


def active(qtbot: QtBot, window: QWidget) -> QWidget:
    """Wait until ``window`` is the active window (offscreen: waitActive is not enough).

    The offscreen platform has no window manager: when a dialog closes, no window is active
    any more. A window manager gives the focus back to the main window; so does this.
    """
    if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def shortcut(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a shortcut on the widget that has the keyboard focus, as a user would."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifiers)


def audit_actions(desk: Desk, entity_id: uuid.UUID) -> list[str]:
    with desk.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.occurred_at)
            )
        )


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_walk_in_from_the_search_to_the_printed_letter(
    qtbot: QtBot, desk: Desk, actor: Actor, tmp_path: Path
) -> None:
    window = MainWindow(desk, actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a laptop screen
    window.show()
    active(qtbot, window)
    home = window.home
    assert home.search_box.hasFocus()

    # -- 1. the home search, on the real thread pool: nobody by that name
    assert search_persons(desk, f"{LAST} {FIRST}") == []
    qtbot.keyClicks(home.search_box, "Luc")
    home.search_box.insert(f"à {FIRST}")  # QTest.keyClicks stops at non-ASCII characters
    qtbot.waitUntil(lambda: not home.search_pending())
    assert home.model.rowCount() == 0
    assert "Nessuna persona trovata" in home.status.text()
    assert "Ctrl+N" in home.status.text()
    ops.set_pool(ops.ImmediatePool())  # from here on, services answer at once

    # -- 2. Ctrl+N: the registration form, prefilled from the search
    shortcut(qtbot, Qt.Key.Key_N, CTRL)
    dialog = window.registration_dialog
    assert isinstance(dialog, RegistrationDialog)
    active(qtbot, dialog)
    assert dialog.last_name.text() == LAST
    assert dialog.first_name.text() == FIRST
    assert dialog.code_edit.hasFocus()

    # a mistyped codice fiscale: the reason in Italian, inline; saving is refused
    qtbot.keyClicks(dialog.code_edit, WRONG_CODE.lower())
    assert dialog.code_edit.text() == WRONG_CODE
    assert dialog.code_message.isVisible()
    assert "carattere di controllo" in dialog.code_message.text()
    assert "atteso «C»" in dialog.code_message.text()
    assert dialog.birth_date.isEnabled()  # nothing derived from a wrong code
    shortcut(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.person_id is None
    assert dialog.isVisible()
    assert "carattere di controllo" in dialog.code_message.text()
    assert dialog.error.text() == "Controllare il codice."
    assert search_persons(desk, FISCAL_CODE) == []

    # the right one: birth date, sex and birthplace are filled (and locked)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.code_edit, "C")
    assert dialog.code_edit.text() == FISCAL_CODE
    assert "Codice fiscale valido" in dialog.code_message.text()
    assert dialog.birth_date.date().toString("dd/MM/yyyy") == "12/03/1985"
    assert dialog.sex.currentData() == "M"
    assert dialog.birth_place.text() == "Roma (RM)"
    assert not dialog.birth_date.isEnabled()
    assert not dialog.names_message.isVisible()  # the names match the code

    # save: the duplicate check finds nobody (or the operator confirms a new person)
    with qtbot.waitSignal(dialog.finished):
        shortcut(qtbot, Qt.Key.Key_S, CTRL)
        if dialog.duplicates_box.isVisible():
            shortcut(qtbot, Qt.Key.Key_S, CTRL)  # «È una persona nuova: registra»
    person_id = dialog.person_id
    assert person_id is not None
    assert not dialog.opened_existing

    # -- 3. the person page; Ctrl+I: the privacy notice and two consents
    page = window.pages.currentWidget()
    assert isinstance(page, PersonPage)
    assert page.person_id == person_id
    active(qtbot, window)
    assert page.open_case_button.hasFocus()  # no cases yet: the first thing to do
    qtbot.waitUntil(lambda: page.view is not None)
    assert LAST.upper() in page.name_label.text()
    assert "non ancora consegnata" in page.consent.status_label.text()
    shortcut(qtbot, Qt.Key.Key_I, CTRL)
    consent = page.consent.consent_dialog
    assert isinstance(consent, ConsentDialog)
    active(qtbot, consent)
    assert consent.notice.isChecked()  # the notice is handed over now
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2):  # Alt+1, Alt+2: the first two purposes
        shortcut(qtbot, digit, ALT)
    qtbot.waitUntil(lambda: consent.chosen_purposes() == ["presa_in_carico", "condivisione_rete"])
    with qtbot.waitSignal(consent.accepted):
        shortcut(qtbot, Qt.Key.Key_S, CTRL)
    active(qtbot, window)
    qtbot.waitUntil(lambda: "Informativa consegnata il" in page.consent.status_label.text())
    assert page.consent.history_model.rowCount() == 2  # the notice, then the consents

    # -- 4. Ctrl+Shift+A: a presa in carico, walk-in, adults and families
    shortcut(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    opening = window.open_case_dialog
    assert isinstance(opening, OpenCaseDialog)
    active(qtbot, opening)
    assert not opening.notice_warning.isVisible()
    assert opening.selected_channel() is Channel.WALK_IN  # the default
    number = list(opening.area_boxes).index(AREA) + 1
    assert opening.area_boxes[AREA].text().startswith(f"&{number}. ")
    shortcut(qtbot, Qt.Key(Qt.Key.Key_0 + number), ALT)  # Alt+4: adults and families
    qtbot.waitUntil(lambda: opening.selected_areas() == [AREA])
    with qtbot.waitSignal(opening.case_opened):
        shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    case_id = opening.case_id
    assert case_id is not None

    # -- 5. the case page; Ctrl+Shift+V: the need assessment with two needs
    case = window.pages.currentWidget()
    assert isinstance(case, CasePage)
    assert case.case_id == case_id
    active(qtbot, window)
    assert case.data.header.assigned_operator_name == actor.full_name  # the default: me
    assert case.data.header.status is CaseStatus.IN_PROGRESS
    shortcut(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    form = case.dialog
    assert isinstance(form, AssessmentForm)
    active(qtbot, form)
    assert form.table.hasFocus()
    assert form.model.need_at(form.table.currentIndex().row()).code == NEEDS[0]
    shortcut(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier)  # Grave (and present)
    while form.model.need_at(form.table.currentIndex().row()).code != NEEDS[1]:
        shortcut(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    shortcut(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)  # present: Moderato
    assert [need.code for need, _state in form.model.selected()] == list(NEEDS)
    assert form.current_score().score > 0
    assert str(form.current_score().score) in form.score_label.text()  # the live score
    with qtbot.waitSignal(form.saved) as saved:
        shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved.args == [1]
    active(qtbot, window)
    assert case.data.header.assessed

    # -- 6. Ctrl+Shift+I: the referral dialog, the best service for the needs, sent
    shortcut(qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    referral = case.dialog
    assert isinstance(referral, ReferralDialog)
    active(qtbot, referral)
    referral.offer_letters = lambda _created: False  # the letter is opened with Ctrl+L below
    qtbot.waitUntil(lambda: referral.services_model.rowCount() > 0)
    assert referral.needs_model.checked_codes() == list(NEEDS)
    assert referral.services_view.hasFocus()
    best = referral.services_model.service_match(0)
    assert not best.flagged
    shortcut(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # add to the list
    assert referral.pending_model.rowCount() == 1
    shortcut(qtbot, Qt.Key.Key_G, ALT)  # «Segna come inviati»
    qtbot.waitUntil(referral.mark_sent_check.isChecked)  # a mnemonic clicks animated
    with qtbot.waitSignal(referral.referrals_created) as created_signal:
        shortcut(qtbot, Qt.Key.Key_Return, CTRL)
    (created,) = created_signal.args[0]
    active(qtbot, window)
    qtbot.waitUntil(lambda: case.referral_model.rowCount() == 1)

    # -- 7. Ctrl+L: the letter, saved to a PDF file and printed (both injected)
    shortcut(qtbot, Qt.Key.Key_L, CTRL)
    letter = case.dialog
    assert isinstance(letter, LetterPreviewDialog)
    active(qtbot, letter)
    qtbot.waitUntil(letter.print_button.isEnabled)
    assert created.reference in letter.windowTitle()
    saved_pdf = tmp_path / "lettera.pdf"
    printed_pdf = tmp_path / "stampa.pdf"
    letter.ask_save_path = lambda _name: str(saved_pdf)
    make_printer = letter.make_printer

    def to_file() -> QPrinter:
        printer = make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_pdf))
        printer.setResolution(100)
        return printer

    letter.make_printer = to_file
    letter.confirm_print = lambda _printer: True
    shortcut(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: saved_pdf.exists() and "Salvato in" in letter.message.text())
    shortcut(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "stampante" in letter.message.text())
    assert printed_pdf.stat().st_size > 0

    # the letter read back: reference, person, service, accents intact, no codice fiscale
    text = pdf_text(saved_pdf.read_bytes())
    assert f"Rif. invio {created.reference}" in text
    assert f"Nome e cognome {FIRST} {LAST}" in text  # "Niccolò Lucà": accents intact
    assert "Data di nascita 12 marzo 1985" in text
    assert f"Servizio {best.service_name}" in text
    assert best.partner_name in text
    assert "Alloggio ed emergenza abitativa" in text
    assert "Sostegno al reddito" in text
    assert FISCAL_CODE not in text
    assert FISCAL_CODE not in text.replace(" ", "")
    assert PdfReader(printed_pdf).metadata.title == letter.windowTitle()
    letter.reject()
    active(qtbot, window)

    # back to the person (Ctrl+Shift+P) and into the case again (Enter): still on the screen
    shortcut(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    person_page = window.pages.currentWidget()
    assert isinstance(person_page, PersonPage)
    active(qtbot, window)
    qtbot.waitUntil(lambda: person_page.cases_model.rowCount() == 1)
    person_page.cases.setFocus()
    shortcut(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    again = window.pages.currentWidget()
    assert isinstance(again, CasePage)
    assert again.case_id == case_id
    assert again.selected_referral_id() == created.referral_id
    qtbot.waitUntil(lambda: window.isVisible() and again.isVisible())
    assert window.width() <= 1366, "the case page pushed the window past the screen"

    # -- 8. what the desk now holds, through the read models
    person = view_person(desk, actor, person_id, audit=False)
    assert person.person.fiscal_code == FISCAL_CODE
    assert person.person.birth_date == date(1985, 3, 12)
    assert person.consent.notice_given_at is not None
    assert set(person.consent.active_purposes) == {"presa_in_carico", "condivisione_rete"}
    assert [c.id for c in person.cases] == [case_id]
    data = case_page(desk, actor, case_id)
    assert data.header.channel_label == "Accesso diretto allo sportello"
    assert list(data.header.areas) == [AREA]
    assert [v.version for v in data.versions] == [1]
    assessment = data.latest_assessment
    assert assessment is not None
    assert sorted(n.code for n in assessment.needs) == sorted(NEEDS)
    severities = {n.code: n.severity for n in assessment.needs}
    assert severities == {NEEDS[0]: Severity.SEVERE, NEEDS[1]: Severity.MODERATE}
    (row,) = data.referrals
    assert row.id == created.referral_id
    assert row.status is ReferralStatus.SENT
    assert row.service_name == best.service_name
    assert row.sent_on is not None

    # the access log: the person viewed, the letter viewed, exported and printed
    assert "view" in audit_actions(desk, person_id)
    letter_log = audit_actions(desk, created.referral_id)
    assert {"view", "export", "print"} <= set(letter_log)
    assert "view" in audit_actions(desk, case_id)
