"""Registering a person: codice fiscale first, STP/ENI, duplicates, drafts; real desk files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import AuditEvent, Person
from cotdesk.services import drafts, persons
from cotdesk.services.person_view import view_person
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.registration import (
    DRAFT_KIND,
    ERROR_STYLE,
    CheckListModel,
    DuplicateModel,
    RegistrationDialog,
    split_prefill,
)

MARIO_CF = "RSSMRA85T10A562S"


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def _dialog(qtbot: QtBot, db: Database, actor: Actor, prefill: str = "") -> RegistrationDialog:
    dialog = RegistrationDialog(db, actor, prefill)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _persons(db: Database) -> list[Person]:
    with db.read_session() as session:
        return list(session.scalars(select(Person)))


def _register(db: Database, actor: Actor, data: persons.PersonData) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(uow, data)
        uow.commit()
        return person.id


def _focused(dialog: QWidget) -> QWidget | None:
    return dialog.focusWidget()  # the window need not be active


# ------------------------------------------------------------------ codice fiscale


def test_the_first_focus_is_the_code_field_and_tab_follows_the_form(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    assert dialog.code_edit.hasFocus()
    expected = [
        dialog.code_kind,
        dialog.last_name,
        dialog.first_name,
        dialog.birth_date,
        dialog.sex,
        dialog.birth_place,
        dialog.citizenship,
        dialog.languages,
        dialog.phone,
        dialog.email,
        dialog.address_street,
        dialog.address_city,
        dialog.address_postcode,
        dialog.district,
        dialog.no_fixed_abode,
        dialog.save_button,
    ]

    def owner() -> QWidget | None:
        # composite widgets (date edit, editable combo) focus an inner line edit
        focus = QApplication.focusWidget()
        return next((w for w in expected if w is focus or w.isAncestorOf(focus)), focus)

    reached = []
    for _ in expected:
        before = owner()
        for _section in range(3):  # Tab walks day, month, year of the date first
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if owner() is not before:
                break
        reached.append(owner())
    assert reached == expected
    for widget in expected[:-1]:
        assert widget.accessibleName(), widget


def test_a_valid_codice_fiscale_fills_birth_date_sex_and_birthplace(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, MARIO_CF.lower())
    assert dialog.code_edit.text() == MARIO_CF  # typed in lower case, shown in upper case
    assert dialog.birth_date.date() == QDate(1985, 12, 10)
    assert dialog.sex.currentData() == "M"
    assert dialog.birth_place.text() == "San Giuliano Terme (PI)"
    assert "Codice fiscale valido" in dialog.code_message.text()
    assert not dialog.birth_date.isEnabled()  # derived from the code
    assert dialog.code_message.isVisible()


def test_an_invalid_codice_fiscale_says_why_inline_and_save_is_refused(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, "RSSMRA85T10A562T")
    assert "carattere di controllo (posizione 16) è errato" in dialog.code_message.text()
    assert dialog.code_message.styleSheet() == ERROR_STYLE
    qtbot.keyClicks(dialog.last_name, "Rossi")
    qtbot.keyClicks(dialog.first_name, "Mario")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "carattere di controllo" in dialog.code_message.text()
    assert _focused(dialog) is dialog.code_edit
    assert _persons(db) == []


def test_a_short_code_is_explained_when_leaving_the_field(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, "RSSMRA85")
    assert dialog.code_message.text() == "8 caratteri su 16"
    dialog.code_edit.editingFinished.emit()
    assert "16 caratteri" in dialog.code_message.text()
    assert dialog.code_message.styleSheet() == ERROR_STYLE


def test_names_that_contradict_the_code_are_pointed_out_before_saving(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, MARIO_CF)
    qtbot.keyClicks(dialog.last_name, "Bianchi")
    qtbot.keyClicks(dialog.first_name, "Mario")
    assert "cognome non corrisponde ai caratteri 1-3" in dialog.names_message.text()
    assert "attesi BNC, nel codice RSS" in dialog.names_message.text()
    dialog.save_button.click()
    assert _persons(db) == []
    assert _focused(dialog) is dialog.last_name
    dialog.last_name.setText("Rossi")
    assert dialog.names_message.text() == ""


def test_saving_registers_the_person_and_writes_the_audit(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, MARIO_CF)
    qtbot.keyClicks(dialog.last_name, "Rossi")
    qtbot.keyClicks(dialog.first_name, "Mario")
    dialog.citizenship.setCurrentIndex(dialog.citizenship.findData("IT"))
    model = dialog.languages_model
    for row in range(model.rowCount()):
        if model.data(model.index(row), Qt.ItemDataRole.UserRole) in ("it", "ro"):
            model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(dialog.phone, "333 123 4567")
    dialog.address_street.insert("Via dei Castani 12")
    dialog.address_city.setText("Roma")
    dialog.address_postcode.setText("00172")
    dialog.district.setCurrentIndex(dialog.district.findData("rm_m05"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.person_id is not None
    assert not dialog.opened_existing
    view = view_person(db, operator, dialog.person_id, audit=False)
    person = view.person
    assert (person.last_name, person.first_name, person.fiscal_code) == ("Rossi", "Mario", MARIO_CF)
    assert person.birth_date == date(1985, 12, 10)
    assert person.birth_place_code == "A562"
    assert person.sex == "M"
    assert person.citizenship == ("IT",)
    assert person.languages == ("it", "ro")
    assert person.phone == "333 123 4567"
    assert person.district_code == "rm_m05"
    with db.read_session() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == dialog.person_id)
        ).all()
    assert actions == ["create"]
    assert drafts.load_draft(db, operator, DRAFT_KIND, "new") is None  # saved: no draft left


def test_a_person_with_an_stp_code(qtbot: QtBot, db: Database, operator: Actor) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, "STP1201010000123")
    assert dialog.code_kind.currentData() == "stp"
    assert "Codice STP valido: Lazio, ASL 101" in dialog.code_message.text()
    assert dialog.birth_date.isEnabled()  # nothing to derive from an STP code
    qtbot.keyClicks(dialog.last_name, "Popescu")
    qtbot.keyClicks(dialog.first_name, "Ion")
    dialog.birth_date.setDate(QDate(1990, 5, 1))
    dialog.sex.setCurrentIndex(dialog.sex.findData("M"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    [person] = _persons(db)
    assert (person.identity_kind, person.foreign_code, person.fiscal_code) == (
        "stp",
        "STP1201010000123",
        None,
    )
    assert person.birth_date == date(1990, 5, 1)


def test_an_invalid_stp_code_is_refused(qtbot: QtBot, db: Database, operator: Actor) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.code_edit, "STP9991010000123")
    assert "codice regione «999»" in dialog.code_message.text()
    qtbot.keyClicks(dialog.last_name, "Popescu")
    qtbot.keyClicks(dialog.first_name, "Ion")
    dialog.save_button.click()
    assert _persons(db) == []


def test_a_person_without_any_code(qtbot: QtBot, db: Database, operator: Actor) -> None:
    dialog = _dialog(qtbot, db, operator)
    dialog.save_button.click()  # code kind still "Codice fiscale", no code: say so
    assert "Inserire il codice fiscale" in dialog.code_message.text()
    dialog.code_kind.setCurrentIndex(dialog.code_kind.findData("none"))
    assert not dialog.code_edit.isEnabled()
    dialog.save_button.click()
    assert "cognome è obbligatorio" in dialog.error.text() or _focused(dialog) is dialog.last_name
    qtbot.keyClicks(dialog.last_name, "Ahmed")
    qtbot.keyClicks(dialog.first_name, "Sara")
    dialog.no_fixed_abode.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    [person] = _persons(db)
    assert (person.identity_kind, person.fiscal_code, person.foreign_code) == ("none", None, None)
    assert person.no_fixed_abode


def test_the_birth_date_is_typed_in_italian_order_and_never_in_the_future(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    dialog.code_kind.setCurrentIndex(dialog.code_kind.findData("none"))
    assert dialog.birth_date.text() == "non indicata"
    dialog.first_name.setFocus()
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # passing through: not set
    assert QApplication.focusWidget() is dialog.sex
    assert dialog.birth_date.text() == "non indicata"
    assert dialog.state()["birth_date"] == ""
    qtbot.keyClick(dialog.sex, Qt.Key.Key_Backtab)
    qtbot.keyClicks(QApplication.focusWidget(), "10121985")
    assert dialog.birth_date.text() == "10/12/1985"
    assert dialog.state()["birth_date"] == "1985-12-10"
    dialog.birth_date.setDate(QDate.currentDate().addDays(30))
    assert dialog.birth_date.date() <= QDate.currentDate().addDays(1)  # the maximum is today


# ------------------------------------------------------------------ duplicates


def _type_mario_without_code(qtbot: QtBot, dialog: RegistrationDialog) -> None:
    dialog.code_kind.setCurrentIndex(dialog.code_kind.findData("none"))
    qtbot.keyClicks(dialog.last_name, "Rosi")  # a typo
    qtbot.keyClicks(dialog.first_name, "Mario")
    dialog.birth_date.setDate(QDate(1985, 12, 10))


def test_the_duplicate_check_offers_the_person_already_there_and_opens_it(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    existing = _register(
        db,
        operator,
        persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF),
    )
    dialog = _dialog(qtbot, db, operator)
    _type_mario_without_code(qtbot, dialog)
    dialog.save_button.click()
    assert dialog.duplicates_box.isVisible()
    model = dialog.duplicates_model
    assert model.rowCount() == 1
    assert model.candidate(0).id == existing
    reasons = model.data(model.index(0, 5))
    assert reasons
    assert "nascita" in reasons.lower()
    assert _focused(dialog) is dialog.duplicates
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.duplicates, Qt.Key.Key_Return)
    assert dialog.person_id == existing
    assert dialog.opened_existing
    assert len(_persons(db)) == 1
    assert drafts.load_draft(db, operator, DRAFT_KIND, "new") is None


def test_confirming_a_new_person_registers_them_anyway(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    _register(
        db,
        operator,
        persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF),
    )
    dialog = _dialog(qtbot, db, operator)
    _type_mario_without_code(qtbot, dialog)
    dialog.save_button.click()
    assert dialog.duplicates_box.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm_new_button.click()
    assert not dialog.opened_existing
    assert len(_persons(db)) == 2


def test_changing_the_form_after_the_check_asks_again(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    _register(
        db,
        operator,
        persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF),
    )
    dialog = _dialog(qtbot, db, operator)
    _type_mario_without_code(qtbot, dialog)
    dialog.save_button.click()
    assert dialog.duplicates_box.isVisible()
    qtbot.keyClicks(dialog.first_name, "a")
    assert not dialog.duplicates_box.isVisible()


# ------------------------------------------------------------------ prefill and editing


def test_the_search_text_prefills_the_form() -> None:
    assert split_prefill("de luca anna") == {"last_name": "De Luca", "first_name": "Anna"}
    assert split_prefill("Rossi") == {"last_name": "Rossi"}
    assert split_prefill(MARIO_CF.lower()) == {"code_kind": "cf", "code": MARIO_CF}
    assert split_prefill("stp1201010000123") == {"code_kind": "stp", "code": "STP1201010000123"}
    assert split_prefill("Esposito 12/03/1985") == {
        "last_name": "Esposito",
        "birth_date": "1985-03-12",
    }
    assert split_prefill("333 1234567") == {"last_name": "333"} or "phone" in split_prefill(
        "3331234567"
    )


def test_the_dialog_opens_prefilled(qtbot: QtBot, db: Database, operator: Actor) -> None:
    dialog = _dialog(qtbot, db, operator, "rossi mario")
    assert (dialog.last_name.text(), dialog.first_name.text()) == ("Rossi", "Mario")
    assert _focused(dialog) is dialog.code_edit
    dialog.reject()
    # A prefilled form closed untouched leaves no draft behind.
    assert drafts.load_draft(db, operator, DRAFT_KIND, "new") is None


def test_editing_keeps_history_in_the_audit(qtbot: QtBot, db: Database, operator: Actor) -> None:
    person_id = _register(
        db,
        operator,
        persons.PersonData(
            last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF, notes="seguito dal CSM"
        ),
    )
    details = view_person(db, operator, person_id, audit=False).person
    dialog = RegistrationDialog(db, operator, person=details)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Modifica i dati di Rossi Mario" in dialog.windowTitle()
    assert dialog.code_edit.text() == MARIO_CF
    qtbot.keyClicks(dialog.phone, "06 1234567")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert not dialog.duplicates_box.isVisible()
    after = view_person(db, operator, person_id, audit=False).person
    assert after.phone == "06 1234567"
    assert after.notes == "seguito dal CSM"  # not on the form, kept as it was
    with db.read_session() as session:
        update = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == person_id, AuditEvent.action == "update"
            )
        ).one()
    assert update.detail["fields"] == ["phone"]


# ------------------------------------------------------------------ drafts


def _half_fill(qtbot: QtBot, dialog: RegistrationDialog) -> None:
    qtbot.keyClicks(dialog.code_edit, MARIO_CF)
    qtbot.keyClicks(dialog.last_name, "Rossi")
    dialog.address_street.insert("Via Prenestina 310")


def test_an_interrupted_registration_is_offered_back_and_restored(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    first = _dialog(qtbot, db, operator)
    _half_fill(qtbot, first)
    first.reject()  # another citizen arrives: the operator closes the form
    saved = drafts.load_draft(db, operator, DRAFT_KIND, "new")
    assert saved is not None
    assert saved.payload["last_name"] == "Rossi"

    again = _dialog(qtbot, db, operator)
    assert again.banner is not None
    assert "lasciata a metà: Rossi · RSSMRA85T10A562S" in again.banner.message.text()
    assert again.banner.restore_button.text().startswith("&Riprendi la bozza del ")
    assert not again.form.isEnabled()  # choose first: the old draft is not overwritten
    assert _focused(again) is again.banner.restore_button
    again.banner.restore_button.click()
    assert again.banner is None
    assert again.form.isEnabled()
    assert again.code_edit.text() == MARIO_CF
    assert again.last_name.text() == "Rossi"
    assert again.address_street.text() == "Via Prenestina 310"
    assert again.birth_date.date() == QDate(1985, 12, 10)
    qtbot.keyClicks(again.first_name, "Mario")
    with qtbot.waitSignal(again.accepted):
        again.save_button.click()
    assert drafts.load_draft(db, operator, DRAFT_KIND, "new") is None


def test_a_draft_can_be_discarded(qtbot: QtBot, db: Database, operator: Actor) -> None:
    first = _dialog(qtbot, db, operator)
    _half_fill(qtbot, first)
    first.close()
    again = _dialog(qtbot, db, operator)
    assert again.banner is not None
    again.banner.discard_button.click()
    assert again.last_name.text() == ""
    assert drafts.load_draft(db, operator, DRAFT_KIND, "new") is None
    assert _focused(again) is again.code_edit


def test_the_draft_is_autosaved_after_a_pause_in_typing(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    qtbot.keyClicks(dialog.last_name, "Verdi")
    assert dialog.keeper._timer.isActive()
    with qtbot.waitSignal(dialog.keeper.saved, timeout=5000):
        pass
    saved = drafts.load_draft(db, operator, DRAFT_KIND, "new")
    assert saved is not None
    assert saved.payload["last_name"] == "Verdi"


def test_a_draft_survives_an_app_restart(
    qtbot: QtBot, db_path: Path, db: Database, operator: Actor
) -> None:
    dialog = _dialog(qtbot, db, operator)
    _half_fill(qtbot, dialog)
    dialog.first_name.insert("Nicolò")
    dialog.hide()  # the window goes away with the application
    db.close()
    reopened = open_database(db_path)
    try:
        again = RegistrationDialog(reopened, operator)
        qtbot.addWidget(again)
        assert again.banner is not None
        again.banner.restore_button.click()
        assert again.first_name.text() == "Nicolò"
        assert again.last_name.text() == "Rossi"
        again.keeper.finish()
    finally:
        reopened.close()


# ------------------------------------------------------------------ models


def test_the_form_models_pass_the_qt_model_tester(
    qtmodeltester: object, db: Database, operator: Actor
) -> None:
    languages = CheckListModel([("it", "italiano"), ("ro", "rumeno")])
    languages.set_checked(["ro"])
    qtmodeltester.check(languages)  # type: ignore[attr-defined]
    duplicates = DuplicateModel()
    qtmodeltester.check(duplicates)  # type: ignore[attr-defined]
    _register(
        db,
        operator,
        persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF),
    )
    from cotdesk.services.search import find_possible_duplicates

    duplicates.set_candidates(
        find_possible_duplicates(db, last_name="Rossi", first_name="Mario", fiscal_code=MARIO_CF)
    )
    assert duplicates.rowCount() == 1
    qtmodeltester.check(duplicates)  # type: ignore[attr-defined]
