"""The statistics page of the coordinator: people reached, unmet needs, referral outcomes,
cases per month, for a period and a municipio, with charts (QtCharts) and tables.

The numbers come from :func:`cotdesk.services.statistics.compute_statistics`, computed off
the GUI thread (:mod:`cotdesk.ui.ops`; the last request wins). What each number means is
written under each section, and the page says on top that a person counts once per area.
The same report is exported to CSV (for spreadsheets) and PDF (to print) from here: the
service renders it and records the export in the access log.

Keys: F5 recomputes; Ctrl+E exports the CSV, Ctrl+P the PDF; Alt+letters reach the
filters; Ctrl+Tab moves between the sections.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QObject, QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.statistics import (
    AreaCount,
    DistrictReach,
    MonthCount,
    ReferralOutcome,
    StatisticsFilter,
    StatisticsReport,
    UnmetCell,
    UnmetTotal,
    italian_decimal,
    italian_int,
    italian_percent,
)
from cotdesk.errors import UserError
from cotdesk.services import statistics
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.statistics import StatisticsChoices
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.labels import tr_label
from cotdesk.ui.table_model import RecordTableModel

#: The raw value of a cell, for sorting numbers as numbers.
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
BLUE = QColor("#2f5f8f")
ORANGE = QColor("#d9822b")
GREEN = QColor("#4d8f5b")

# Period presets (the combo's data).
THIS_YEAR, LAST_12_MONTHS, LAST_YEAR, FROM_START, CUSTOM = range(5)


# --------------------------------------------------------------------------- table models


def _right(column: int, role: int, first_text_columns: int = 1) -> Any:
    if role == Qt.ItemDataRole.TextAlignmentRole and column >= first_text_columns:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


@dataclass(frozen=True)
class _Line:
    """A row of a small label/number table (the areas, with the total as the last row)."""

    label: str
    value: int
    bold: bool = False


class AreaModel(RecordTableModel[_Line]):
    def column_titles(self) -> list[str]:
        return [self.tr("Area di intervento"), self.tr("Persone")]

    def cell_text(self, record: _Line, column: int) -> str:
        return record.label if column == 0 else italian_int(record.value)

    def cell_role(self, record: _Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.bold:
            font = QFont()
            font.setBold(True)
            return font
        return _right(column, role)


class DistrictModel(RecordTableModel[DistrictReach]):
    """People reached per municipio: one column per area, then the distinct total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.areas: list[str] = []

    def column_titles(self) -> list[str]:
        return [self.tr("Municipio"), *self.areas, self.tr("Totale persone")]

    def cell_text(self, record: DistrictReach, column: int) -> str:
        if column == 0:
            return record.district_label
        if column <= len(record.by_area):
            return italian_int(record.by_area[column - 1])
        return italian_int(record.total)

    def cell_role(self, record: DistrictReach, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            if column == 0:
                return record.district_code
            values = [*record.by_area, record.total]
            return values[column - 1] if column - 1 < len(values) else None
        return _right(column, role)


class UnmetModel(RecordTableModel[UnmetCell]):
    def column_titles(self) -> list[str]:
        return [
            self.tr("Municipio"),
            self.tr("Area di intervento"),
            self.tr("Aperti"),
            self.tr("Risolti"),
            self.tr("Totale"),
        ]

    def cell_text(self, record: UnmetCell, column: int) -> str:
        values = [
            record.district_label,
            tr_label(record.area_label),
            italian_int(record.open),
            italian_int(record.resolved),
            italian_int(record.total),
        ]
        return values[column]

    def cell_role(self, record: UnmetCell, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return [record.district_code, record.area_label, record.open, record.resolved,
                    record.total][column]  # fmt: skip
        return _right(column, role, 2)


class NeedModel(RecordTableModel[UnmetTotal]):
    def column_titles(self) -> list[str]:
        return [self.tr("Bisogno"), self.tr("Aperti"), self.tr("Risolti"), self.tr("Totale")]

    def cell_text(self, record: UnmetTotal, column: int) -> str:
        return [record.label, italian_int(record.open), italian_int(record.resolved),
                italian_int(record.total)][column]  # fmt: skip

    def cell_role(self, record: UnmetTotal, column: int, role: int) -> Any:
        return _right(column, role)


class OutcomeModel(RecordTableModel[ReferralOutcome]):
    """Referral outcomes, one partner (or one service) per row."""

    def __init__(self, by_service: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by_service = by_service

    def column_titles(self) -> list[str]:
        first = (
            [self.tr("Servizio"), self.tr("Ente")]
            if self.by_service
            else [self.tr("Ente"), self.tr("Tipologia")]
        )
        # The rates first, in sight; the counts they come from after them.
        return [
            *first,
            self.tr("Inviati"),
            self.tr("Accettazione"),
            self.tr("Giorni risposta (mediana)"),
            self.tr("Giorni risposta (media)"),
            self.tr("Conclusione"),
            self.tr("Accettati"),
            self.tr("Rifiutati"),
            self.tr("In attesa"),
            self.tr("Annullati"),
            self.tr("Conclusi"),
            self.tr("Interrotti"),
        ]

    #: Columns holding a rate (shown as a percentage) and a number of days.
    RATES = (3, 6)
    DAYS = (4, 5)

    def _values(self, record: ReferralOutcome) -> list[Any]:
        return [
            record.name,
            record.detail,
            record.sent,
            record.acceptance_rate,
            record.median_days_to_answer,
            record.average_days_to_answer,
            record.completion_rate,
            record.accepted,
            record.refused,
            record.waiting,
            record.cancelled,
            record.completed,
            record.interrupted,
        ]

    def cell_text(self, record: ReferralOutcome, column: int) -> str:
        value = self._values(record)[column]
        if column < 2:
            return str(value)
        if column in self.RATES:
            return italian_percent(value)
        if column in self.DAYS:
            return italian_decimal(value)
        return italian_int(value)

    def cell_role(self, record: ReferralOutcome, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            value = self._values(record)[column]
            if isinstance(value, str):
                return value.casefold()
            return -1.0 if value is None else float(value)
        return _right(column, role, 2)

    def record_id(self, record: ReferralOutcome) -> Any:
        return record.key


class MonthModel(RecordTableModel[MonthCount]):
    def column_titles(self) -> list[str]:
        return [self.tr("Mese"), self.tr("Aperte"), self.tr("Chiuse")]

    def cell_text(self, record: MonthCount, column: int) -> str:
        return [record.label, italian_int(record.opened), italian_int(record.closed)][column]

    def cell_role(self, record: MonthCount, column: int, role: int) -> Any:
        return _right(column, role)


# --------------------------------------------------------------------------- widgets


def _table(parent: QWidget, name: str, model: RecordTableModel[Any], sortable: bool) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    view.setAccessibleName(name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        proxy.sort(-1)
    else:
        view.setModel(model)
    return view


def _chart_view(parent: QWidget, name: str) -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(name)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def _reset_chart(view: QChartView) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def _nice_max(value: int) -> int:
    """A round top for a value axis a little above ``value``."""
    if value <= 5:
        return 5
    top = value * 1.1
    magnitude = 10 ** (len(str(int(top))) - 1)
    return int(-(-top // magnitude) * magnitude)


class StatisticsPage(QWidget):
    """The statistics of the office (coordinators) or of the network (administrators)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = today_in_rome,
        choices: StatisticsChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self._today = desk, actor, today
        self._generation = 0
        self.report: StatisticsReport | None = None
        self.last_export: Path | None = None
        self.choices = choices or statistics.statistics_choices(desk, actor)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Statistiche</h2>"), self))

        filters = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Periodo"))
        for text, preset in (
            (self.tr("Anno in corso"), THIS_YEAR),
            (self.tr("Ultimi 12 mesi"), LAST_12_MONTHS),
            (self.tr("Anno precedente"), LAST_YEAR),
            (self.tr("Dall'inizio"), FROM_START),
            (self.tr("Date scelte"), CUSTOM),
        ):
            self.period.addItem(text, preset)
        period_label = QLabel(self.tr("Peri&odo:"), self)
        period_label.setBuddy(self.period)
        self.start_edit = self._date_edit(self.tr("Dal giorno"))
        start_label = QLabel(self.tr("&Dal:"), self)
        start_label.setBuddy(self.start_edit)
        self.end_edit = self._date_edit(self.tr("Al giorno"))
        end_label = QLabel(self.tr("A&l:"), self)
        end_label.setBuddy(self.end_edit)
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("Municipio"))
        self.district.addItem(self.tr("Tutti i municipi"), "")
        for code, label in self.choices.districts:
            self.district.addItem(label, code)
        district_label = QLabel(self.tr("&Municipio:"), self)
        district_label.setBuddy(self.district)
        self.office = QComboBox(self)
        self.office.setAccessibleName(self.tr("Sportello"))
        if self.choices.own_office is not None:
            self.office.addItem(self.choices.own_office.label, self.choices.own_office.office_id)
            self.office.setEnabled(False)
            self.office.setToolTip(
                self.tr("Il coordinatore vede le statistiche del suo sportello.")
            )
        else:
            self.office.addItem(self.tr("Tutta la rete"), None)
            for choice in self.choices.offices:
                self.office.addItem(choice.label, choice.office_id)
        office_label = QLabel(self.tr("Spor&tello:"), self)
        office_label.setBuddy(self.office)
        for widget in (
            period_label,
            self.period,
            start_label,
            self.start_edit,
            end_label,
            self.end_edit,
            district_label,
            self.district,
            office_label,
            self.office,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.note = QLabel(
            self.tr(
                "Ogni persona è contata una sola volta per area, anche se ha più prese in "
                "carico; chi è seguito in più aree compare in ciascuna, ma una sola volta nel "
                "totale, che conta le persone distinte."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Come si contano le persone"))
        self.note.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.note)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Riepilogo"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sezioni delle statistiche"))
        layout.addWidget(self.tabs, 1)
        self._build_people_tab()
        self._build_unmet_tab()
        self._build_referrals_tab()
        self._build_months_tab()

        buttons = QHBoxLayout()
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("Esito"))
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        self.refresh_button = QPushButton(self.tr("Aggiorna (F5)"), self)
        self.csv_button = QPushButton(self.tr("Esporta CSV… (Ctrl+E)"), self)
        self.pdf_button = QPushButton(self.tr("Esporta PDF… (Ctrl+P)"), self)
        for button in (self.refresh_button, self.csv_button, self.pdf_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for keys, slot in (
            ("F5", self.refresh),
            ("Ctrl+E", lambda: self.export("csv")),
            ("Ctrl+P", lambda: self.export("pdf")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        order = [self.period, self.start_edit, self.end_edit, self.district, self.office,
                 self.tabs, self.refresh_button, self.csv_button, self.pdf_button]  # fmt: skip
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self._apply_preset(THIS_YEAR)
        self.period.currentIndexChanged.connect(lambda _i: self._preset_chosen())
        self.start_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.end_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.district.currentIndexChanged.connect(lambda _i: self.refresh())
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        self._set_exports_enabled(False)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def _build_people_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.area_model = AreaModel(self)
        self.area_view = _table(page, self.tr("Persone raggiunte per area"), self.area_model, False)
        self.area_view.setMaximumWidth(440)
        self.people_chart = _chart_view(page, self.tr("Grafico delle persone per area"))
        top.addWidget(self.area_view, 2)
        top.addWidget(self.people_chart, 3)
        layout.addLayout(top, 3)
        self.period_note = QLabel(
            self.tr(
                "Persone raggiunte: prese in carico attive nel periodo (aperte entro l'ultimo "
                "giorno e non chiuse prima del primo). Municipio: quello della persona, "
                "altrimenti quello dello sportello."
            ),
            page,
        )
        self.period_note.setWordWrap(True)
        layout.addWidget(self.period_note)
        self.district_model = DistrictModel(self)
        self.district_view = _table(
            page, self.tr("Persone raggiunte per municipio"), self.district_model, True
        )
        layout.addWidget(self.district_view, 2)
        self.tabs.addTab(page, self.tr("&Persone raggiunte"))

    def _build_unmet_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.unmet_note = QLabel(
            self.tr(
                "Bisogni senza risposta registrati nel periodo; «risolti» se un invio "
                "successivo li ha coperti."
            ),
            page,
        )
        self.unmet_note.setWordWrap(True)
        layout.addWidget(self.unmet_note)
        top = QHBoxLayout()
        self.unmet_chart = _chart_view(page, self.tr("Grafico dei bisogni senza risposta per area"))
        self.need_model = NeedModel(self)
        self.need_view = _table(
            page, self.tr("Bisogni più spesso senza risposta"), self.need_model, False
        )
        top.addWidget(self.unmet_chart, 1)
        top.addWidget(self.need_view, 1)
        layout.addLayout(top, 3)
        self.unmet_model = UnmetModel(self)
        self.unmet_view = _table(
            page, self.tr("Bisogni senza risposta per municipio e area"), self.unmet_model, True
        )
        layout.addWidget(self.unmet_view, 2)
        self.tabs.addTab(page, self.tr("&Bisogni senza risposta"))

    def _build_referrals_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.referral_note = QLabel(
            self.tr(
                "Invii inviati nel periodo. Accettazione: accettati su (accettati + rifiutati). "
                "Giorni alla risposta: dall'invio alla risposta dell'ente. Conclusione: conclusi "
                "su (conclusi + interrotti)."
            ),
            page,
        )
        self.referral_note.setWordWrap(True)
        layout.addWidget(self.referral_note)
        self.referral_total = QLabel("", page)
        self.referral_total.setWordWrap(True)
        self.referral_total.setAccessibleName(self.tr("Totale degli invii"))
        layout.addWidget(self.referral_total)
        row = QHBoxLayout()
        self.outcome_kind = QComboBox(page)
        self.outcome_kind.addItem(self.tr("Per ente partner"), False)
        self.outcome_kind.addItem(self.tr("Per servizio"), True)
        self.outcome_kind.setAccessibleName(self.tr("Raggruppa gli invii"))
        kind_label = QLabel(self.tr("Ra&ggruppa:"), page)
        kind_label.setBuddy(self.outcome_kind)
        row.addWidget(kind_label)
        row.addWidget(self.outcome_kind)
        row.addStretch(1)
        layout.addLayout(row)
        self.partner_model = OutcomeModel(False, self)
        self.service_model = OutcomeModel(True, self)
        self.partner_view = _table(
            page, self.tr("Esiti degli invii per ente"), self.partner_model, True
        )
        self.service_view = _table(
            page, self.tr("Esiti degli invii per servizio"), self.service_model, True
        )
        self.service_view.hide()
        layout.addWidget(self.partner_view, 1)
        layout.addWidget(self.service_view, 1)
        self.outcome_kind.currentIndexChanged.connect(lambda _i: self._outcome_kind_changed())
        self.tabs.addTab(page, self.tr("Esiti degli in&vii"))

    def _build_months_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QHBoxLayout(page)
        self.months_chart = _chart_view(page, self.tr("Grafico delle prese in carico per mese"))
        self.month_model = MonthModel(self)
        self.month_view = _table(
            page, self.tr("Prese in carico aperte e chiuse per mese"), self.month_model, False
        )
        self.month_view.setMaximumWidth(340)
        layout.addWidget(self.months_chart, 3)
        layout.addWidget(self.month_view, 1)
        self.tabs.addTab(page, self.tr("Prese in carico per m&ese"))

    # ------------------------------------------------------------------ filters

    def _apply_preset(self, preset: int) -> None:
        today = self._today()
        if preset == THIS_YEAR:
            start, end = date(today.year, 1, 1), today
        elif preset == LAST_12_MONTHS:
            start, end = self._twelve_months(today), today
        elif preset == LAST_YEAR:
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        else:
            return
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    @staticmethod
    def _twelve_months(today: date) -> date:
        """The first day of the month eleven months before ``today``'s (12 whole months)."""
        month = today.month - 11
        year = today.year
        if month <= 0:
            month += 12
            year -= 1
        return date(year, month, 1)

    def _preset_chosen(self) -> None:
        preset = self.period.currentData()
        from_start = preset == FROM_START
        self.start_edit.setEnabled(not from_start)
        if preset != CUSTOM:
            self._apply_preset(preset)
        self.refresh()

    def _dates_edited(self) -> None:
        index = self.period.findData(CUSTOM)
        if self.period.currentIndex() != index:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(index)
            self.period.blockSignals(False)
            self.start_edit.setEnabled(True)
        self.refresh()

    def current_filter(self) -> StatisticsFilter:
        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        office: uuid.UUID | None = self.office.currentData()
        return StatisticsFilter(
            start=None if self.period.currentData() == FROM_START else day(self.start_edit),
            end=day(self.end_edit),
            district_code=self.district.currentData() or "",
            office_id=office,
        )

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Recompute the statistics for the filters (off the GUI thread; last one wins)."""
        self._generation += 1
        generation = self._generation
        flt, desk, actor, today = self.current_filter(), self.desk, self.actor, self._today()
        self.status.setText(self.tr("Calcolo delle statistiche…"))

        def done(report: StatisticsReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._failed(exc)

        ops.run_in_background(
            lambda: statistics.compute_statistics(desk, actor, flt, today=today),
            on_success=done,
            on_failure=failed,
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.message)
        else:
            self.status.setText(self.tr("Impossibile calcolare le statistiche: riprovare (F5)."))

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def show_report(self, report: StatisticsReport) -> None:
        self.report = report
        people, unmet, referrals = report.people, report.unmet, report.referrals
        self.status.setText("")
        self._set_exports_enabled(True)
        if self.period.currentData() == FROM_START:
            self.start_edit.blockSignals(True)
            self.start_edit.setDate(QDate(report.start.year, report.start.month, report.start.day))
            self.start_edit.blockSignals(False)
        self.summary.setText(
            self.tr(
                "{0} · {1} · dal {2} al {3}: persone raggiunte {4} · bisogni senza risposta "
                "aperti {5} · invii {6} (accettati {7}) · prese in carico aperte {8}, chiuse {9}."
            ).format(
                report.scope_label,
                report.district_label,
                report.start.strftime("%d/%m/%Y"),
                report.end.strftime("%d/%m/%Y"),
                italian_int(people.total),
                italian_int(unmet.open),
                italian_int(referrals.total.sent),
                italian_percent(referrals.total.acceptance_rate),
                italian_int(report.cases_opened),
                italian_int(report.cases_closed),
            )
        )
        area_names = [self._short_area(a) for a in people.areas]
        self.area_model.set_records(
            [_Line(tr_label(a.area_label), a.persons) for a in people.areas]
            + [_Line(self.tr("Totale persone distinte"), people.total, bold=True)]
        )
        self.district_model.areas = area_names
        self.district_model.set_records(people.districts)
        self.unmet_model.set_records(unmet.cells)
        self.need_model.set_records(unmet.by_need)
        self.partner_model.set_records(referrals.by_partner)
        self.service_model.set_records(referrals.by_service)
        self.month_model.set_records(report.months)
        total = referrals.total
        self.referral_total.setText(
            self.tr(
                "Invii {0}: accettati {1}, rifiutati {2}, in attesa {3}, annullati {4}; "
                "accettazione {5}; giorni alla risposta: mediana {6}, media {7}; conclusione {8}."
            ).format(
                italian_int(total.sent),
                italian_int(total.accepted),
                italian_int(total.refused),
                italian_int(total.waiting),
                italian_int(total.cancelled),
                italian_percent(total.acceptance_rate),
                italian_decimal(total.median_days_to_answer),
                italian_decimal(total.average_days_to_answer),
                italian_percent(total.completion_rate),
            )
        )
        for view in (
            self.area_view,
            self.district_view,
            self.unmet_view,
            self.need_view,
            self.partner_view,
            self.service_view,
            self.month_view,
        ):
            view.resizeColumnsToContents()
            if view in (self.partner_view, self.service_view):
                # Many columns: names narrower, so the rates stay in sight.
                view.setColumnWidth(0, min(view.columnWidth(0), 300))
                view.setColumnWidth(1, min(view.columnWidth(1), 200))
                continue
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 360))
            # The first column (names) takes the room left.
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._draw_people(people.areas, area_names)
        self._draw_unmet(unmet.by_area)
        self._draw_months(report.months)

    def _short_area(self, area: AreaCount | UnmetTotal) -> str:
        code = area.area_code if isinstance(area, AreaCount) else area.code
        short = {
            "minori": self.tr("Minori"),
            "disabilita": self.tr("Disabilità"),
            "anziani": self.tr("Anziani"),
            "adulti_famiglie": self.tr("Adulti e famiglie"),
            "cultura_agricoltura": self.tr("Cultura e agricoltura sociale"),
        }
        label = area.area_label if isinstance(area, AreaCount) else area.label
        return short.get(code, tr_label(label))

    def _outcome_kind_changed(self) -> None:
        by_service = bool(self.outcome_kind.currentData())
        self.partner_view.setVisible(not by_service)
        self.service_view.setVisible(by_service)

    # ------------------------------------------------------------------ charts

    def _draw_people(self, areas: tuple[AreaCount, ...], names: list[str]) -> None:
        chart = _reset_chart(self.people_chart)
        chart.setTitle(self.tr("Persone raggiunte per area"))
        chart.legend().hide()
        values = QBarSet(self.tr("Persone"))
        values.setColor(BLUE)
        # Drawn bottom-up: reversed so the first area is on top, as in the table.
        values.append([float(a.persons) for a in reversed(areas)])
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(10)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(list(reversed(names)))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, _nice_max(max([a.persons for a in areas] + [0])))
        axis_x.setLabelFormat("%d")
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def _draw_unmet(self, by_area: tuple[UnmetTotal, ...]) -> None:
        chart = _reset_chart(self.unmet_chart)
        chart.setTitle(self.tr("Bisogni senza risposta per area"))
        chart.legend().show()
        open_set, resolved_set = QBarSet(self.tr("Aperti")), QBarSet(self.tr("Risolti"))
        open_set.setColor(ORANGE)
        resolved_set.setColor(GREEN)
        open_set.append([float(t.open) for t in by_area] or [0.0])
        resolved_set.append([float(t.resolved) for t in by_area] or [0.0])
        series = QStackedBarSeries()
        series.append(open_set)
        series.append(resolved_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self._short_area(t) for t in by_area] or [self.tr("Nessuno")])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, _nice_max(max([t.total for t in by_area] + [0])))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def _draw_months(self, months: tuple[MonthCount, ...]) -> None:
        chart = _reset_chart(self.months_chart)
        chart.setTitle(self.tr("Prese in carico aperte e chiuse per mese"))
        chart.legend().show()
        opened, closed = QBarSet(self.tr("Aperte")), QBarSet(self.tr("Chiuse"))
        opened.setColor(BLUE)
        closed.setColor(ORANGE)
        opened.append([float(m.opened) for m in months])
        closed.append([float(m.closed) for m in months])
        series = QBarSeries()
        series.append(opened)
        series.append(closed)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([m.label for m in months])
        if len(months) > 6:
            axis_x.setLabelsAngle(-60)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, _nice_max(max([max(m.opened, m.closed) for m in months] + [0])))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    # ------------------------------------------------------------------ exports

    def _suggested_path(self, fmt: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        report = self.report
        assert report is not None
        name = f"statistiche-{report.start.isoformat()}-{report.end.isoformat()}.{fmt}"
        return Path(folder or Path.home()) / name

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Export the report on screen as ``fmt`` ("csv" or "pdf"); ask where unless given."""
        report = self.report
        if report is None:
            self.status.setText(self.tr("Attendere il calcolo delle statistiche."))
            return
        if path is None:
            filters = (
                self.tr("File CSV (*.csv)") if fmt == "csv" else self.tr("Documento PDF (*.pdf)")
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Esporta le statistiche"), str(self._suggested_path(fmt)), filters
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
        desk, actor, target = self.desk, self.actor, path
        self.status.setText(self.tr("Esportazione in corso…"))

        def write() -> Path:
            content = statistics.export_statistics(
                desk, actor, report, "csv" if fmt == "csv" else "pdf"
            )
            target.write_bytes(content)
            return target

        def done(written: Path) -> None:
            self.last_export = written
            self.status.setText(self.tr("Statistiche esportate in {0}.").format(written))

        def failed(exc: Exception) -> None:
            if isinstance(exc, UserError):
                self.status.setText(exc.message)
            elif isinstance(exc, OSError):
                self.status.setText(
                    self.tr(
                        "Impossibile scrivere il file {0}: {1}. Scegliere un'altra cartella."
                    ).format(target, exc.strerror or exc)
                )
            else:
                self.status.setText(self.tr("Esportazione non riuscita: riprovare."))

        ops.run_in_background(write, on_success=done, on_failure=failed)

    def focus_first(self) -> None:
        self.period.setFocus()
