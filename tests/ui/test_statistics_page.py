"""The statistics page: filters, tables and charts, the note on counting, exports, F6."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, DeskState
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.statistics_page import FROM_START, StatisticsPage
from tests.unit.test_statistics import PERIOD, StatisticsDesk, build_statistics_desk

TODAY = date(2026, 7, 15)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def desk(db: Database) -> StatisticsDesk:
    return build_statistics_desk(db)


def _page(qtbot: QtBot, db: Database, actor: Actor) -> StatisticsPage:
    page = StatisticsPage(db, actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _set_period(page: StatisticsPage, start: date, end: date) -> None:
    page.start_edit.setDate(QDate(start.year, start.month, start.day))
    page.end_edit.setDate(QDate(end.year, end.month, end.day))


def _column(model: object, column: int) -> list[str]:
    return [
        model.index(row, column).data()  # type: ignore[attr-defined]
        for row in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_page_shows_the_numbers_and_says_how_people_are_counted(
    qtbot: QtBot, db: Database, desk: StatisticsDesk, tmp_path: Path
) -> None:
    page = _page(qtbot, db, desk.supervisor)
    # This year so far (1 January - 15 July): P3's adulti case of 1 July counts too.
    assert page.period.currentText() == "Anno in corso"
    assert page.report is not None
    assert (page.report.start, page.report.end) == (date(2026, 1, 1), TODAY)
    assert _column(page.area_model, 1)[3] == "2"

    _set_period(page, PERIOD.start, PERIOD.end)  # type: ignore[arg-type]
    assert page.period.currentText() == "Date scelte"
    assert page.report.end == PERIOD.end
    assert page.note.isVisible()
    assert "una sola volta per area" in page.note.text()
    assert "persone distinte" in page.note.text()
    assert _column(page.area_model, 0) == [
        "Servizi per minori",
        "Servizi per persone con disabilità",
        "Servizi per anziani",
        "Servizi per adulti e famiglie",
        "Servizi culturali e di agricoltura sociale",
        "Totale persone distinte",
    ]
    assert _column(page.area_model, 1) == ["1", "1", "1", "1", "1", "4"]
    assert _column(page.district_model, 0) == [
        "Municipio V (Prenestino/Centocelle)",
        "Municipio VII (Appio-Latino/Tuscolano/Cinecittà)",
    ]
    assert _column(page.district_model, 6) == ["3", "1"]
    assert "persone raggiunte 4" in page.summary.text()
    assert _column(page.partner_model, 0) == ["Ente X", "Ente Y"]
    assert _column(page.partner_model, 2) == ["5", "3"]
    assert _column(page.partner_model, 3) == ["75,0%", "100,0%"]
    assert _column(page.partner_model, 4) == ["4,0", "4,5"]
    assert _column(page.partner_model, 6) == ["50,0%", "—"]
    assert _column(page.month_model, 1) == ["1", "1", "1", "0", "0", "1"]
    assert _column(page.unmet_model, 2) == ["1", "0", "1"]
    assert "Invii 8:" in page.referral_total.text()
    # Charts: one series each, with the areas / months.
    assert len(page.people_chart.chart().series()) == 1
    assert len(page.months_chart.chart().series()) == 1
    assert page.months_chart.chart().series()[0].barSets()[0].count() == 6

    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        image = page.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / f"statistics-{index}.png"))


def test_filters_recompute(qtbot: QtBot, db: Database, desk: StatisticsDesk) -> None:
    page = _page(qtbot, db, desk.supervisor)
    _set_period(page, PERIOD.start, PERIOD.end)  # type: ignore[arg-type]
    page.district.setCurrentIndex(page.district.findData("rm_m07"))
    assert page.report is not None
    assert page.report.district_code == "rm_m07"
    assert _column(page.area_model, 1) == ["0", "0", "0", "1", "0", "1"]

    page.district.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData(FROM_START))
    assert not page.start_edit.isEnabled()
    assert page.report.start == date(2025, 1, 1)
    assert page.start_edit.date() == QDate(2025, 1, 1)

    page.outcome_kind.setCurrentIndex(1)
    assert not page.service_view.isHidden()
    assert page.partner_view.isHidden()
    assert sorted(_column(page.service_model, 0)) == ["Servizio S1", "Servizio S2", "Servizio S3"]


def test_a_period_ending_before_it_starts_is_explained(
    qtbot: QtBot, db: Database, desk: StatisticsDesk
) -> None:
    page = _page(qtbot, db, desk.supervisor)
    _set_period(page, date(2026, 6, 1), date(2026, 5, 1))
    assert "correggere le date" in page.status.text()


def test_the_administrator_chooses_the_office(
    qtbot: QtBot, db: Database, desk: StatisticsDesk
) -> None:
    page = _page(qtbot, db, desk.admin)
    assert page.office.isEnabled()
    assert [page.office.itemText(i) for i in range(page.office.count())] == [
        "Tutta la rete",
        "COT Solidale M05",
        "COT Solidale M07",
    ]
    _set_period(page, PERIOD.start, PERIOD.end)  # type: ignore[arg-type]
    assert page.report is not None
    assert page.report.people.total == 5
    offices = [page.office.itemData(i) for i in range(page.office.count())]
    page.office.setCurrentIndex(offices.index(desk.office_b))
    assert page.report.scope_label == "COT Solidale M07"
    assert page.report.people.total == 1


def test_a_coordinator_s_office_is_fixed(qtbot: QtBot, db: Database, desk: StatisticsDesk) -> None:
    page = _page(qtbot, db, desk.supervisor)
    assert not page.office.isEnabled()
    assert page.office.currentText() == "COT Solidale M05"


def test_exports_write_csv_and_pdf_files_and_the_access_log(
    qtbot: QtBot, db: Database, desk: StatisticsDesk, tmp_path: Path
) -> None:
    page = _page(qtbot, db, desk.supervisor)
    _set_period(page, PERIOD.start, PERIOD.end)  # type: ignore[arg-type]
    page.export("csv", tmp_path / "statistiche.csv")
    content = (tmp_path / "statistiche.csv").read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    assert "Totale persone distinte;4" in content.decode("utf-8-sig")
    assert "statistiche.csv" in page.status.text()

    page.export("pdf", tmp_path / "statistiche.pdf")
    reader = PdfReader(io.BytesIO((tmp_path / "statistiche.pdf").read_bytes()))
    assert "Persone raggiunte" in reader.pages[0].extract_text()
    assert page.last_export == tmp_path / "statistiche.pdf"

    with db.read_session() as session:
        formats = [
            e.detail["format"]
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
        ]
    assert formats == ["csv", "pdf"]

    page.export("csv", tmp_path / "missing-folder" / "x.csv")
    assert "Impossibile scrivere il file" in page.status.text()


@pytest.fixture
def window_for(qtbot: QtBot, db: Database, desk: StatisticsDesk) -> object:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=desk.office_a))

    def make(actor: Actor) -> MainWindow:
        main = MainWindow(db, actor)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        return main

    return make


def test_f6_opens_the_statistics_for_coordinators(
    window_for: object, desk: StatisticsDesk, qtbot: QtBot
) -> None:
    main = window_for(desk.supervisor)  # type: ignore[operator]
    action = main.statistics_action
    assert action.shortcut().toString() == "F6"
    assert action.isVisible()
    assert action in main.menu("&Coordinamento").actions()
    action.trigger()
    page = main.pages.currentWidget()
    assert isinstance(page, StatisticsPage)
    assert main.statistics_page is page


def test_operators_do_not_see_the_statistics(
    window_for: object, desk: StatisticsDesk, qtbot: QtBot
) -> None:
    main = window_for(desk.operator)  # type: ignore[operator]
    assert not main.statistics_action.isVisible()
    main.show_statistics()
    assert not isinstance(main.pages.currentWidget(), StatisticsPage)
    assert "coordinatore" in main.statusBar().currentMessage()
