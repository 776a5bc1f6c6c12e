"""The person page: details, view audit, consent history, cases, household, printing."""

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
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, Consent, DeskState
from cotdesk.domain.roles import Role
from cotdesk.services import cases, consents, households, persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.person_page import PersonPage
from cotdesk.ui.registration import RegistrationDialog
from tests.factories import make_actor

TODAY = date(2026, 11, 24)
MARIO = persons.PersonData(
    last_name="Rossi",
    first_name="Mario",
    fiscal_code="RSSMRA85T10A562S",
    phone="333 1234567",
    address_street="Via dei Castani 12",
    address_city="Roma",
    address_postcode="00172",
    district_code="rm_m05",
    languages=["it", "ro"],
)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def _register(db: Database, actor: Actor, data: persons.PersonData = MARIO) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(uow, data, today=TODAY)
        uow.commit()
        return person.id


def _with_notice(db: Database, actor: Actor, person_id: uuid.UUID) -> None:
    with UnitOfWork(db, actor) as uow:
        consents.record_notice(uow, person_id)
        consents.give_consent(uow, person_id, ["presa_in_carico", "condivisione_rete"])
        uow.commit()


def _open_case(db: Database, actor: Actor, person_id: uuid.UUID, **extra: object) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        case = cases.open_case(uow, person_id, areas=["adulti_famiglie"], today=TODAY, **extra)  # type: ignore[arg-type]
        uow.commit()
        return case.id


def _page(qtbot: QtBot, db: Database, actor: Actor, person_id: uuid.UUID) -> PersonPage:
    page = PersonPage(db, actor, person_id)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _audit(db: Database, person_id: uuid.UUID) -> list[tuple[str, dict[str, object]]]:
    with db.read_session() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_id == person_id)
            .order_by(AuditEvent.occurred_at)
        ).all()
        return [(row.action, dict(row.detail)) for row in rows]


# ------------------------------------------------------------------ details and audit


def test_the_page_shows_the_person_and_records_the_view(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    page = _page(qtbot, db, operator, person_id)
    assert "ROSSI Mario" in page.name_label.text()
    details = page.details_label.text()
    assert "anni" in details
    assert "nato il 10/12/1985 a San Giuliano Terme" in details
    assert "RSSMRA85T10A562S" in details
    assert "Tel. 333 1234567" in details
    assert "Via dei Castani 12, 00172 Roma" in details
    assert "Municipio V" in details
    assert "lingue: italiano, romeno" in details
    assert [action for action, _ in _audit(db, person_id)] == ["create", "view"]
    assert "Informativa privacy non ancora consegnata" in page.consent.status_label.text()


def test_a_person_of_another_office_is_not_shown(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    from tests.factories import make_office

    person_id = _register(db, operator)
    elsewhere = make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.sportello")
    page = _page(qtbot, db, elsewhere, person_id)
    assert "Scheda non disponibile" in page.name_label.text()
    assert "altro sportello" in page.message.text()
    assert not page.edit_action.isEnabled()
    assert [action for action, _ in _audit(db, person_id)] == ["create"]


# ------------------------------------------------------------------ consent


def test_consent_is_recorded_then_withdrawn_and_both_stay_in_the_history(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    page = _page(qtbot, db, operator, person_id)
    qtbot.keyClick(page.cases, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.consent.consent_dialog
    assert dialog.notice.isChecked()
    dialog.purposes["presa_in_carico"].setChecked(True)
    dialog.purposes["contatti"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    status = page.consent.status_label.text()
    assert "Informativa consegnata il" in status
    assert "Consenso in vigore: presa in carico" in status
    assert "Nessun consenso: condivisione con la rete" in status
    assert page.consent.history_model.rowCount() == 2

    page.consent.withdraw_button.click()
    withdraw = page.consent.withdraw_dialog
    assert list(withdraw.purposes) == ["presa_in_carico", "contatti"]
    withdraw.purposes["contatti"].setChecked(True)
    withdraw.notes.setText("revoca comunicata allo sportello")
    with qtbot.waitSignal(withdraw.accepted):
        withdraw.save_button.click()
    assert "Nessun consenso: contatti" in page.consent.status_label.text()
    history = page.consent.history_model
    assert history.rowCount() == 3
    assert history.data(history.index(0, 1)) == "Consenso revocato"
    assert history.data(history.index(0, 4)) == "revoca comunicata allo sportello"
    assert history.data(history.index(0, 3)) == operator.full_name
    with db.read_session() as session:
        acts = session.execute(
            select(Consent.action, Consent.purposes).order_by(Consent.recorded_at)
        ).all()
    assert [(a, sorted(p)) for a, p in acts] == [
        ("notice_given", []),
        ("given", ["contatti", "presa_in_carico"]),
        ("withdrawn", ["contatti"]),
    ]
    assert [a for a, _ in _audit(db, person_id)].count("consent") == 3


def test_withdrawing_needs_a_purpose_and_nothing_in_force_says_so(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    page = _page(qtbot, db, operator, person_id)
    assert not page.consent.withdraw_button.isEnabled()
    _with_notice(db, operator, person_id)
    page.reload()
    assert page.consent.withdraw_button.isEnabled()
    page.consent.withdraw()
    withdraw = page.consent.withdraw_dialog
    withdraw.save_button.click()
    assert "Spuntare almeno un consenso" in withdraw.error.text()


def test_the_consent_form_is_previewed_printed_and_recorded(
    qtbot: QtBot, db: Database, operator: Actor, tmp_path: Path
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    page = _page(qtbot, db, operator, person_id)
    qtbot.keyClick(page.cases, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = page.consent.preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    target = tmp_path / "consenso.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(target))
        p.setResolution(100)
        return p

    preview.make_printer = printer
    preview.confirm_print = lambda _printer: True
    preview.print_document()
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == preview.page_count()
    outputs = [(a, d.get("document")) for a, d in _audit(db, person_id) if "document" in d]
    assert outputs == [("view", "consent_form"), ("print", "consent_form")]


# ------------------------------------------------------------------ cases


def test_cases_are_listed_and_enter_opens_one(qtbot: QtBot, db: Database, operator: Actor) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id, assigned_operator_id=operator.operator_id)
    page = _page(qtbot, db, operator, person_id)
    model = page.cases_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "In carico"
    assert "famiglie" in model.data(model.index(0, 2)).lower()
    assert model.data(model.index(0, 3)) == "24/11/2026"
    assert model.data(model.index(0, 4)) == operator.full_name
    page.focus_first()
    assert page.cases.hasFocus()
    with qtbot.waitSignal(page.case_requested) as opened:
        qtbot.keyClick(page.cases, Qt.Key.Key_Return)
    assert opened.args == [case_id]
    with qtbot.waitSignal(page.open_case_requested) as asked:
        qtbot.keyClick(
            page.cases,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert asked.args == [person_id]


def test_a_restricted_case_of_a_colleague_shows_no_content(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    colleague = make_actor(db, office_id, Role.OPERATOR, "luca.collega")
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id, assigned_operator_id=colleague.operator_id)
    with UnitOfWork(db, operator) as uow:
        uow.session.execute(update(Case).where(Case.id == case_id).values(restricted=True))
        uow.commit()
    page = _page(qtbot, db, operator, person_id)
    model = page.cases_model
    assert model.data(model.index(0, 2)) == "Riservata"
    assert "riservata" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)


# ------------------------------------------------------------------ household


def test_a_member_found_with_the_search_is_added_with_the_relation(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    anna = _register(
        db, operator, persons.PersonData(last_name="Bianchi", first_name="Anna", phone="3409876543")
    )
    page = _page(qtbot, db, operator, person_id)
    assert not page.household.isVisible()
    qtbot.keyClick(
        page.cases,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.member_dialog
    qtbot.keyClicks(dialog.search_box, "bianchi anna")
    dialog.search_now()
    assert dialog.results_model.rowCount() == 1
    dialog.relation.setCurrentIndex(dialog.relation.findData("coniuge"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.add_button.click()
    model = page.household_model
    assert page.household.isVisible()
    assert [(model.data(model.index(r, 0)), model.data(model.index(r, 2))) for r in range(2)] == [
        ("Rossi", "Intestatario"),
        ("Bianchi", "Coniuge/partner"),
    ]
    assert model.data(model.index(0, 1)) == "Mario (questa persona)"
    page.household.setFocus()
    page.household.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(page.person_requested) as asked:
        qtbot.keyClick(page.household, Qt.Key.Key_Return)
    assert asked.args == [anna]


def test_a_new_person_can_be_registered_from_the_household_dialog(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    page = _page(qtbot, db, operator, person_id)
    page.add_member()
    dialog = page.member_dialog
    qtbot.keyClicks(dialog.search_box, "Rossi Luca")
    dialog.search_now()
    dialog.relation.setCurrentIndex(dialog.relation.findData("figlio"))
    dialog.register_new()
    registration = dialog.registration
    assert isinstance(registration, RegistrationDialog)
    assert (registration.last_name.text(), registration.first_name.text()) == ("Rossi", "Luca")
    registration.code_kind.setCurrentIndex(registration.code_kind.findData("none"))
    with qtbot.waitSignal(dialog.accepted):
        registration.save_button.click()  # no one like him on the desk: saved at once
    assert not registration.duplicates_box.isVisible()
    [view] = households.list_households(db, operator, person_id)
    assert [(m.first_name, m.relation) for m in view.members] == [
        ("Mario", "intestatario"),
        ("Luca", "figlio"),
    ]


# ------------------------------------------------------------------ editing


def test_f2_corrects_the_data_and_the_page_shows_it(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    page = _page(qtbot, db, operator, person_id)
    qtbot.keyClick(page.cases, Qt.Key.Key_F2)
    dialog = page.edit_dialog
    dialog.phone.setText("06 7654321")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert "Tel. 06 7654321" in page.details_label.text()
    assert page.message.text() == "Dati aggiornati."
    actions = [a for a, _ in _audit(db, person_id)]
    assert actions == ["create", "view", "update"]  # reloading after an own change: no view


# ------------------------------------------------------------------ models, main window


def test_the_page_models_pass_the_qt_model_tester(
    qtbot: QtBot, qtmodeltester: object, db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    _open_case(db, operator, person_id)
    other = _register(db, operator, persons.PersonData(last_name="Bianchi", first_name="Anna"))
    households.add_household_member_for(db, operator, person_id, other, "coniuge")
    page = _page(qtbot, db, operator, person_id)
    assert page.cases_model.rowCount() == 1
    assert page.household_model.rowCount() == 2
    assert page.consent.history_model.rowCount() == 2
    for model in (page.cases_model, page.household_model, page.consent.history_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_main_window_registers_then_shows_the_person(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    window = MainWindow(db, operator)
    qtbot.addWidget(window)
    window.show()
    window.register_person("verdi giuseppe")
    dialog = window.registration_dialog
    assert (dialog.last_name.text(), dialog.first_name.text()) == ("Verdi", "Giuseppe")
    dialog.code_kind.setCurrentIndex(dialog.code_kind.findData("none"))
    with qtbot.waitSignal(dialog.finished):
        dialog.save_button.click()
    page = window.pages.currentWidget()
    assert isinstance(page, PersonPage)
    assert "VERDI Giuseppe" in page.name_label.text()
    assert window.summary_label.text().startswith("Persone: 1")
    # Another person's page replaces it (one person page at a time).
    other = _register(db, operator, persons.PersonData(last_name="Neri", first_name="Ada"))
    window.show_person(other)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not page)
    assert (
        sum(isinstance(window.pages.widget(i), PersonPage) for i in range(window.pages.count()))
        == 1
    )


def test_the_consent_history_hides_the_signer_and_the_notes_in_privacy_mode(
    qtbot: QtBot,
) -> None:
    from datetime import UTC, datetime

    from cotdesk.services.person_view import ConsentAct
    from cotdesk.ui.consent_panel import ConsentHistoryModel
    from cotdesk.ui.privacy import MASK, privacy_mode

    model = ConsentHistoryModel()
    model.set_acts(
        [
            ConsentAct(
                action="given",
                action_label="Consenso",
                purposes=("presa_in_carico",),
                recorded_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                operator_name="Giulia Operatrice",
                signed_by="Rosa Esposito (tutrice)",
                notes="Firma della tutrice, la figlia è minorenne",
                notice_version="2026-01",
            )
        ]
    )
    assert model.index(0, 4).data() == (
        "firmato da Rosa Esposito (tutrice); Firma della tutrice, la figlia è minorenne"
    )
    try:
        with qtbot.waitSignal(model.dataChanged):
            privacy_mode().set_on(True)
        assert model.index(0, 4).data() == f"firmato da R. E.; {MASK}"
    finally:
        privacy_mode().set_on(False)
