"""The referral dialog, driven from the keyboard on a small network (offscreen)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database
from cotdesk.db.models import CaseEvent, Referral, Service, UnmetNeed
from cotdesk.domain.needs import Severity
from cotdesk.services.matching import CreatedReferral
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.referral_dialog import ReferralDialog, rome_to_utc
from cotdesk.ui.service_model import LAPSED_COLOUR, ServiceMatchModel
from tests.unit.test_matching import (
    EXPECTED_ORDER,
    FOOD,
    HOUSING,
    Network,
    add_case,
    add_services,
    build_network,
)

TODAY = date(2026, 11, 24)
LANGUAGE_COURSE = "mediazione_linguistica"  # no service of the test network answers it


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def network(db: Database, operator: Actor) -> Network:
    return build_network(db, operator)


class Answers:
    """Stand-ins for the questions the dialog asks in message boxes."""

    def __init__(self) -> None:
        self.confirm = True
        self.notes: str | None = "Nessun corso con posti nel municipio"
        self.print_now = True
        self.asked: list[str] = []
        self.opened: list[list[uuid.UUID]] = []


def _dialog(
    qtbot: QtBot, db: Database, actor: Actor, case_id: uuid.UUID
) -> tuple[ReferralDialog, Answers]:
    dialog = ReferralDialog(db, actor, case_id, today=TODAY)
    answers = Answers()

    def confirm(title: str, _text: str) -> bool:
        answers.asked.append(title)
        return answers.confirm

    dialog.confirm = confirm
    dialog.ask_unmet_notes = lambda _need: answers.notes
    dialog.offer_letters = lambda _created: answers.print_now
    dialog.open_letters = answers.opened.append
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog, answers


def _names(dialog: ReferralDialog, network: Network) -> list[str]:
    model = dialog.services_model
    return network.names([model.service_match(r).service_id for r in range(model.rowCount())])


def _select(dialog: ReferralDialog, network: Network, name: str) -> None:
    row = dialog.services_model.row_of(network.services[name])
    assert row >= 0, name
    dialog.services_view.selectRow(row)
    dialog.services_view.setFocus()


def test_the_dialog_shows_the_needs_and_the_ranked_services(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, _ = _dialog(qtbot, db, operator, network.case_id)
    assert "Haddad Samira" in dialog.header.text()
    assert "Municipio V" in dialog.header.text()
    needs = dialog.needs_model
    assert [needs.data(needs.index(r)) for r in range(needs.rowCount())] == [
        "Gravissimo · Alloggio ed emergenza abitativa",
        "Moderato · Beni di prima necessità e pacco alimentare",
    ]
    assert needs.checked_codes() == [HOUSING, FOOD]
    assert _names(dialog, network) == EXPECTED_ORDER
    assert dialog.search_status.text() == "8 servizi trovati, i più adatti in alto."
    model = dialog.services_model
    last = model.rowCount() - 1
    protocol = model.index(last, ServiceMatchModel.AGREEMENT)
    assert model.data(protocol) == "SCADUTO il 30/06/2026"
    brush = model.data(protocol, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == LAPSED_COLOUR
    assert isinstance(model.data(protocol, Qt.ItemDataRole.DecorationRole), QIcon)
    assert (
        model.data(model.index(0, ServiceMatchModel.AGREEMENT), Qt.ItemDataRole.ForegroundRole)
        is None
    )
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Risponde a 2 bisogni")
    # the reasons of the selected (first) service are shown under the table
    assert "Risponde a 2 bisogni" in dialog.reasons.text()


def test_every_input_has_a_name_and_the_filters_a_mnemonic(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, _ = _dialog(qtbot, db, operator, network.case_id)
    inputs = [*dialog.findChildren(QComboBox), *dialog.findChildren(QCheckBox)]
    inputs += [
        w
        for w in dialog.findChildren(QLineEdit)
        if not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))  # their own editors
    ]
    for widget in inputs:
        assert widget.accessibleName(), widget
    buddies = {
        label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    assert buddies["&Area"] is dialog.area_combo
    assert buddies["&Municipio"] is dialog.district_combo
    assert buddies["C&osto"] is dialog.cost_combo
    assert buddies["&Lingua"] is dialog.language_combo
    assert "&p" in dialog.capacity_check.text()
    alt = Qt.KeyboardModifier.AltModifier
    for key, widget in (
        (Qt.Key.Key_M, dialog.district_combo),
        (Qt.Key.Key_L, dialog.language_combo),
        (Qt.Key.Key_S, dialog.services_view),
        (Qt.Key.Key_I, dialog.pending_view),
        (Qt.Key.Key_B, dialog.needs_view),
    ):
        qtbot.keyClick(dialog.focusWidget(), key, alt)
        assert dialog.focusWidget() is widget, key
    assert "Ctrl+Invio" in dialog.create_button.text()


def test_the_filters_and_the_needs_narrow_the_list(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, _ = _dialog(qtbot, db, operator, network.case_id)
    dialog.district_combo.setCurrentIndex(dialog.district_combo.findData("rm_m07"))
    assert _names(dialog, network) == ["both_far_paid", "housing_citywide", "housing_m7_expiring"]
    dialog.district_combo.setCurrentIndex(0)
    dialog.capacity_check.setChecked(True)
    assert "housing_m5_full" not in _names(dialog, network)
    dialog.capacity_check.setChecked(False)
    dialog.cost_combo.setCurrentIndex(1)  # solo gratuiti
    assert "both_far_paid" not in _names(dialog, network)
    assert "housing_m5_copay" not in _names(dialog, network)
    dialog.cost_combo.setCurrentIndex(0)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert "housing_m7_expiring" not in _names(dialog, network)
    dialog.language_combo.setCurrentIndex(0)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("anziani"))
    assert _names(dialog, network) == []
    assert "Nessun servizio trovato" in dialog.search_status.text()
    dialog.area_combo.setCurrentIndex(0)
    dialog.needs_model.set_checked(HOUSING, False)
    assert _names(dialog, network) == ["food_m5", "both_far_paid", "both_m5_lapsed"]
    dialog.needs_model.set_checked(FOOD, False)
    assert _names(dialog, network) == []
    assert "Selezionare almeno un bisogno" in dialog.search_status.text()


def test_one_case_referred_to_two_services_in_one_go(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, answers = _dialog(qtbot, db, operator, network.case_id)
    _select(dialog, network, "housing_m5_free_ar")
    qtbot.keyClick(dialog.services_view, Qt.Key.Key_Return)
    _select(dialog, network, "food_m5")
    qtbot.keyClick(dialog.services_view, Qt.Key.Key_Enter)
    qtbot.keyClick(dialog.services_view, Qt.Key.Key_Return)  # twice: not added again
    assert dialog.pending_model.rowCount() == 2
    assert "già nell'elenco" in dialog.status.text()

    # an appointment on the first, typed in Rome time (CET in December: UTC+1)
    dialog.pending_view.selectRow(0)
    dialog.appointment_check.setChecked(True)
    dialog.appointment_edit.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 30)))
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "Chiamare prima")
    assert dialog.pending_model.item(0).appointment_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert dialog.pending_model.item(0).notes == "Chiamare prima"
    assert dialog.pending_model.data(dialog.pending_model.index(0, 3)) == "01/12/2026 10:30"
    dialog.pending_view.selectRow(1)
    assert not dialog.appointment_check.isChecked()
    assert dialog.notes_edit.text() == ""

    dialog.mark_sent_check.setChecked(True)
    with qtbot.waitSignal(dialog.referrals_created) as created_signal:
        qtbot.keyClick(dialog.services_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    created: list[CreatedReferral] = created_signal.args[0]
    assert len(created) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert answers.opened == [[c.referral_id for c in created]]
    with db.read_session() as session:
        rows = {
            r.reference: r
            for r in session.scalars(select(Referral).where(Referral.case_id == network.case_id))
        }
        first, second = rows[created[0].reference], rows[created[1].reference]
        assert first.service_id == network.services["housing_m5_free_ar"]
        assert first.need_codes == [HOUSING]
        assert first.appointment_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
        assert first.notes == "Chiamare prima"
        assert (second.service_id, second.appointment_at) == (network.services["food_m5"], None)
        assert {r.status for r in rows.values()} == {"sent"}
        timeline = session.scalars(
            select(CaseEvent.text).where(
                CaseEvent.case_id == network.case_id, CaseEvent.kind == "referral"
            )
        ).all()
    assert "Invio preparato: Servizio housing_m5_free_ar" in timeline
    assert "Invio preparato: Servizio food_m5" in timeline
    assert f"Invio {created[0].reference}: Bozza → Inviato" in timeline
    assert f"Invio {created[1].reference}: Bozza → Inviato" in timeline


def test_a_lapsed_partner_asks_before_being_added(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, answers = _dialog(qtbot, db, operator, network.case_id)
    _select(dialog, network, "both_m5_lapsed")
    assert "SCADUTO" in dialog.reasons.text()
    answers.confirm = False
    dialog.add_current()
    assert dialog.pending_model.rowCount() == 0
    answers.confirm = True
    dialog.add_current()
    assert dialog.pending_model.rowCount() == 1
    assert answers.asked == ["Protocollo d'intesa non in vigore"] * 2
    dialog.pending_view.setFocus()
    qtbot.keyClick(dialog.pending_view, Qt.Key.Key_Delete)
    assert dialog.pending_model.rowCount() == 0


def test_a_failed_creation_keeps_the_list(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    dialog, answers = _dialog(qtbot, db, operator, network.case_id)
    _select(dialog, network, "food_m5")
    dialog.add_current()
    with db.write_engine.begin() as conn:
        conn.execute(
            update(Service).where(Service.id == network.services["food_m5"]).values(active=False)
        )
    dialog.create_referrals()
    assert "non è più attivo" in dialog.status.text()
    assert dialog.pending_model.rowCount() == 1
    assert dialog.create_button.isEnabled()
    assert answers.opened == []
    assert dialog.isVisible()


def test_a_need_without_services_is_recorded_as_unmet(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    add_services(db)
    _, case_id = add_case(
        db,
        operator,
        needs=((LANGUAGE_COURSE, Severity.SEVERE), (HOUSING, Severity.MODERATE)),
    )
    dialog, answers = _dialog(qtbot, db, operator, case_id)
    needs = dialog.needs_model
    assert needs.data(needs.index(0)).endswith("— nessun servizio trovato")
    assert "Nessun servizio per: Mediazione" in dialog.search_status.text()
    dialog.needs_view.setCurrentIndex(needs.index(0))
    assert dialog.unmet_button.isEnabled()
    with qtbot.waitSignal(dialog.unmet_need_recorded) as recorded:
        dialog.unmet_button.click()
    assert recorded.args == [LANGUAGE_COURSE]
    assert needs.data(needs.index(0)).endswith("— registrato senza risposta")
    assert not dialog.unmet_button.isEnabled()
    with db.read_session() as session:
        row = session.scalars(select(UnmetNeed).where(UnmetNeed.case_id == case_id)).one()
        assert (row.need_code, row.district_code, row.area_code) == (
            LANGUAGE_COURSE,
            "rm_m05",
            "adulti_famiglie",
        )
        assert row.notes == answers.notes
        assert (
            session.scalars(
                select(CaseEvent.text).where(
                    CaseEvent.case_id == case_id, CaseEvent.kind == "unmet_need"
                )
            )
            .one()
            .startswith("Bisogno senza risposta: Mediazione")
        )
    dialog.reject()  # something was saved: the case page must reload
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_models_pass_the_qt_model_tester(
    qtbot: QtBot, qtmodeltester: object, db: Database, operator: Actor, network: Network
) -> None:
    dialog, _ = _dialog(qtbot, db, operator, network.case_id)
    _select(dialog, network, "food_m5")
    dialog.add_current()
    for model in (dialog.needs_model, dialog.services_model, dialog.pending_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_appointments_typed_in_rome_are_stored_in_utc() -> None:
    assert rome_to_utc(date(2026, 7, 1), time(10, 30)) == datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    assert rome_to_utc(date(2026, 12, 1), time(10, 30)) == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def test_the_privacy_mode_shows_the_person_as_initials(
    qtbot: QtBot, db: Database, operator: Actor, network: Network
) -> None:
    from cotdesk.ui.privacy import privacy_mode

    dialog, _ = _dialog(qtbot, db, operator, network.case_id)
    assert "Haddad Samira" in dialog.header.text()
    try:
        privacy_mode().set_on(True)
        assert "Haddad" not in dialog.header.text()
        assert "<b>H. S.</b>" in dialog.header.text()
    finally:
        privacy_mode().set_on(False)
    assert "Haddad Samira" in dialog.header.text()
