"""The partner directory page: list, filters, banner, detail, renewal, admin-only editing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cotdesk.db.database import Database
from cotdesk.domain.agreements import AgreementState
from cotdesk.domain.roles import Role
from cotdesk.services import directory
from cotdesk.services.directory import PartnerInput, ServiceInput
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.directory_page import AgreementDialog, DirectoryPage, PartnerDialog
from tests.factories import make_actor

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def admin(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")


@pytest.fixture
def network(db: Database, admin: Actor) -> dict[str, uuid.UUID]:
    ids = {}
    ids["soon"] = directory.create_partner(
        db,
        admin,
        PartnerInput(
            "Associazione Presto",
            "associazione",
            districts_served=("rm_m05",),
            phone="06 111",
            contact_person="Lucia Bianchi",
        ),
    )
    directory.add_agreement(db, admin, ids["soon"], date(2021, 12, 20), protocol_number="4/2021")
    directory.save_service(
        db, admin, ids["soon"], ServiceInput("Doposcuola", areas=("minori",), schedule="lun–ven")
    )
    ids["lapsed"] = directory.create_partner(
        db, admin, PartnerInput("Fondazione Passata", "fondazione")
    )
    directory.add_agreement(db, admin, ids["lapsed"], date(2019, 1, 1), date(2026, 10, 31))
    ids["fine"] = directory.create_partner(db, admin, PartnerInput("Caritas Bene", "caritas"))
    directory.add_agreement(db, admin, ids["fine"], date(2025, 1, 1))
    return ids


def _page(qtbot: QtBot, db: Database, actor: Actor) -> DirectoryPage:
    page = DirectoryPage(db, actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _names(page: DirectoryPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_list_banner_and_detail(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    assert _names(page) == ["Associazione Presto", "Caritas Bene", "Fondazione Passata"]
    assert page.banner.isVisible()
    text = page.banner_text.text()
    assert "in scadenza entro 60 giorni: 1" in text
    assert "Associazione Presto (tra 24 giorni)" in text
    assert "Protocolli scaduti: 1" in text
    # the first partner is shown
    assert page.detail is not None
    assert page.detail.name == "Associazione Presto"
    assert "Lucia Bianchi" in page.facts.text()
    assert page.service_model.rowCount() == 1
    assert page.agreement_model.rowCount() == 1
    # the lapsed partner is red in the list
    lapsed_row = _names(page).index("Fondazione Passata")
    index = page.proxy.index(lapsed_row, 1)
    assert index.data().startswith("SCADUTO")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    page.view.setCurrentIndex(page.proxy.index(lapsed_row, 0))
    assert page.detail.name == "Fondazione Passata"
    assert "segnalati" in page.state_line.text()


def test_filters_and_banner_buttons(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    page.show_lapsed.click()
    assert page.state_filter.currentData() == AgreementState.LAPSED.value
    assert _names(page) == ["Fondazione Passata"]
    page.state_filter.setCurrentIndex(0)
    page.text_filter.setText("caritas")
    assert _names(page) == ["Caritas Bene"]
    page.text_filter.clear()
    page.district_filter.setCurrentIndex(page.district_filter.findData("rm_m03"))
    # partners with no list serve the whole city
    assert _names(page) == ["Caritas Bene", "Fondazione Passata"]
    page.district_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData("fondazione"))
    assert _names(page) == ["Fondazione Passata"]


def test_sorting_by_agreement(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _names(page)[0] == "Fondazione Passata"  # not in force first


def test_renew_with_default_five_years(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    assert page.detail is not None
    assert page.renew_button.isVisible()
    page.renew_agreement()
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.start.date().toString("yyyy-MM-dd") == "2026-12-20"
    assert dialog.end.date().toString("yyyy-MM-dd") == "2031-12-19"
    dialog.number.setText("9/2026")
    dialog._save()
    detail = directory.partner_detail(db, admin, network["soon"], today=TODAY)
    assert detail.agreements[0].end_on == date(2031, 12, 19)
    assert detail.agreements[0].renews_id == detail.agreements[1].id
    assert page.status.text() == "Protocollo d'intesa rinnovato."
    assert page.detail is not None
    assert page.detail.agreement.state is AgreementState.IN_FORCE


def test_new_agreement_end_follows_start(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    page.add_agreement()
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.end.date().toString("yyyy-MM-dd") == "2031-11-24"
    dialog.start.setDate(dialog.start.date().addDays(7))
    assert dialog.end.date().toString("yyyy-MM-dd") == "2031-12-01"
    dialog.reject()


def test_partner_dialog_keeps_input_on_error(
    qtbot: QtBot, db: Database, admin: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, admin)
    page.new_partner()
    dialog = page.dialog
    assert isinstance(dialog, PartnerDialog)
    dialog.email.setText("non-una-mail")
    dialog._save()
    assert dialog.error.isVisible()
    assert "nome" in dialog.error.text()
    dialog.name.setText("Parrocchia San Marco")
    dialog.partner_type.setCurrentIndex(dialog.partner_type.findData("parrocchia"))
    dialog.email.setText("sanmarco@example.it")
    dialog._save()
    assert "Parrocchia San Marco" in _names(page)
    assert page.detail is not None
    assert page.detail.name == "Parrocchia San Marco"


def test_operators_browse_only(
    qtbot: QtBot, db: Database, operator: Actor, network: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, operator)
    assert len(_names(page)) == 3
    for button in (page.new_button, page.edit_button, page.renew_button, page.add_service_button):
        assert not button.isVisible()
    page.new_partner()  # the shortcut does nothing either
    assert getattr(page, "dialog", None) is None


def test_main_window_f8(qtbot: QtBot, db: Database, admin: Actor) -> None:
    from cotdesk.ui.main_window import MainWindow

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.directory_action.shortcut().toString() == "F8"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Rete" in menus
    window.directory_action.trigger()
    assert isinstance(window.pages.currentWidget(), DirectoryPage)


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: object,
    db: Database,
    admin: Actor,
    network: dict[str, uuid.UUID],
) -> None:
    page = _page(qtbot, db, admin)
    for model in (page.model, page.agreement_model, page.service_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("network")
def test_import_with_preview_and_export(
    qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cotdesk.ui.directory_page import ImportPreviewDialog

    page = _page(qtbot, db, admin)
    assert page.import_button.isVisible()
    monkeypatch.setattr(page, "choose_export_folder", lambda: tmp_path / "out")
    page.export_hsds()
    assert (tmp_path / "out" / "datapackage.json").exists()
    assert "Salvati 3 enti e 1 servizi" in page.status.text()

    package = tmp_path / "pkg"
    package.mkdir()
    (package / "organizations.csv").write_text("id,name\no1,Associazione Nuova\n", encoding="utf-8")
    monkeypatch.setattr(page, "choose_import_path", lambda: package)
    page.import_hsds()
    dialog = page.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert "Associazione Nuova" in dialog.text.toPlainText()
    assert "Associazione Nuova" not in _names(page)  # a preview changes nothing
    assert dialog.apply_button.isEnabled()
    dialog.accept()
    assert "Associazione Nuova" in _names(page)
    assert "creati 1" in page.status.text()
    # the same package again: nothing to apply
    page.import_hsds()
    assert isinstance(page.dialog, ImportPreviewDialog)
    assert not page.dialog.apply_button.isEnabled()
    page.dialog.reject()
