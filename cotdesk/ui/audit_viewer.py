"""Registro accessi: the access log for supervisors and administrators.

Two tabs:

* **Registro** — every recorded view, change, print, export, log-in and failed log-in,
  newest first, narrowed by operator, action, kind of record, a date range and free text
  (operator, person, case reference or details). The query runs in the service
  (:func:`cotdesk.services.audit_log.audit_events`, which checks the role); at most
  :data:`~cotdesk.services.audit_log.MAX_ROWS` rows are listed, and the page says so.
* **Accessi riservati** — the break-the-glass accesses to the office's restricted cases,
  with the reason and whether the access is still open.

Keys: Invio in the text filter (or Alt+A) applies the filters, Alt+Z clears them, F5
reloads; Alt+P/O/T/D/L/S go to the filters, Alt+R and Alt+V to the two tabs;
Invio on a row of a case or a person opens it (``case_requested``/``person_requested``).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.access import BreakGlassRow, break_glass_accesses
from cotdesk.services.audit_log import (
    MAX_ROWS,
    AuditFilter,
    AuditFilterChoices,
    AuditRow,
    ChainReport,
    audit_events,
    audit_filter_choices,
    check_chain,
)
from cotdesk.services.desk import Desk
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.labels import tr_label
from cotdesk.ui.table_model import RecordTableModel

#: The date edits show this (empty) value as "no limit".
NO_DATE = QDate(2000, 1, 1)


class AuditModel(RecordTableModel[AuditRow]):
    def column_titles(self) -> list[str]:
        return [
            self.tr("Data e ora"),
            self.tr("Operatore"),
            self.tr("Azione"),
            self.tr("Tipo di dato"),
            self.tr("Riferimento"),
            self.tr("Postazione"),
            self.tr("Dettagli"),
        ]

    def cell_text(self, record: AuditRow, column: int) -> str:
        if column == 0:
            return record.occurred_at.strftime("%d/%m/%Y %H:%M:%S")
        if column == 1:
            return record.operator_name or self.tr("(nessuno)")
        if column == 2:
            return tr_label(record.action_label)
        if column == 3:
            return tr_label(record.entity_label)
        if column == 4:
            return record.subject
        if column == 5:
            return record.device
        return record.detail

    def cell_role(self, record: AuditRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return record.detail
        return None


class BreakGlassModel(RecordTableModel[BreakGlassRow]):
    def column_titles(self) -> list[str]:
        return [
            self.tr("Data e ora"),
            self.tr("Operatore"),
            self.tr("Presa in carico"),
            self.tr("Motivo"),
            self.tr("Valido fino a"),
        ]

    def cell_text(self, record: BreakGlassRow, column: int) -> str:
        if column == 0:
            return record.occurred_at.strftime("%d/%m/%Y %H:%M")
        if column == 1:
            return record.operator_name
        if column == 2:
            return record.case_reference
        if column == 3:
            return record.reason
        if record.until is None:
            return ""
        text = record.until.astimezone(record.occurred_at.tzinfo).strftime("%d/%m/%Y %H:%M")
        return text if record.active else self.tr("{0} (scaduto)").format(text)

    def record_id(self, record: BreakGlassRow) -> uuid.UUID:
        return record.case_id


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAccessibleName(name)
    return view


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(parent.tr("—"))
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


class AuditViewerPage(QWidget):
    """The access log and the break-the-glass list (supervisors and administrators)."""

    case_requested = Signal(object)
    person_requested = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Registro accessi</h2>"), self))

        grid = QGridLayout()
        self.operator_filter = QComboBox(self)
        self.operator_filter.setAccessibleName(self.tr("Filtra per operatore"))
        self.action_filter = QComboBox(self)
        self.action_filter.setAccessibleName(self.tr("Filtra per azione"))
        self.entity_filter = QComboBox(self)
        self.entity_filter.setAccessibleName(self.tr("Filtra per tipo di dato"))
        self.date_from = _date_edit(self, self.tr("Dal giorno"))
        self.date_to = _date_edit(self, self.tr("Al giorno"))
        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(self.tr("Operatore, persona, riferimento, dettagli"))
        self.text_filter.setAccessibleName(self.tr("Filtra per testo"))
        labelled = (
            (self.tr("O&peratore:"), self.operator_filter),
            (self.tr("Azi&one:"), self.action_filter),
            (self.tr("&Tipo:"), self.entity_filter),
            (self.tr("&Dal:"), self.date_from),
            (self.tr("A&l:"), self.date_to),
            (self.tr("Te&sto:"), self.text_filter),
        )
        for index, (text, widget) in enumerate(labelled):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, index // 3, (index % 3) * 2)
            grid.addWidget(widget, index // 3, (index % 3) * 2 + 1)
        self.apply_button = QPushButton(self.tr("&Applica filtri"), self)
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button = QPushButton(self.tr("A&zzera filtri"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button = QPushButton(self.tr("&Verifica integrità (Ctrl+Alt+V)"), self)
        self.verify_button.setToolTip(
            self.tr("Controlla che nessun evento del registro sia stato modificato o cancellato")
        )
        self.verify_button.clicked.connect(self.verify)
        QShortcut(QKeySequence("Ctrl+Alt+V"), self, self.verify)
        grid.addWidget(self.apply_button, 0, 6)
        grid.addWidget(self.clear_button, 1, 6)
        grid.addWidget(self.verify_button, 0, 7)
        layout.addLayout(grid)
        self.text_filter.returnPressed.connect(self.refresh)
        for combo in (self.operator_filter, self.action_filter, self.entity_filter):
            combo.activated.connect(lambda _index: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.refresh)

        self.tabs = QTabWidget(self)
        self.model = AuditModel(self)
        self.view = _table(self.tabs, self.tr("Eventi del registro"))
        self.view.setModel(self.model)
        self.view.activated.connect(lambda index: self._open(index.row()))
        self.tabs.addTab(self.view, self.tr("&Registro"))
        self.glass_model = BreakGlassModel(self)
        self.glass_view = _table(self.tabs, self.tr("Accessi motivati alle prese riservate"))
        self.glass_view.setModel(self.glass_model)
        self.glass_view.activated.connect(
            lambda index: self.case_requested.emit(self.glass_model.record(index.row()).case_id)
        )
        self.tabs.addTab(self.glass_view, self.tr("Accessi riser&vati"))
        layout.addWidget(self.tabs, 1)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Esito"))
        layout.addWidget(self.status)
        self.chain_status = QLabel("", self)
        self.chain_status.setWordWrap(True)
        self.chain_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_status.setAccessibleName(self.tr("Integrità del registro"))
        layout.addWidget(self.chain_status)
        QShortcut(QKeySequence("F5"), self, self.refresh)

        self.setTabOrder(self.operator_filter, self.action_filter)
        self.setTabOrder(self.action_filter, self.entity_filter)
        self.setTabOrder(self.entity_filter, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.text_filter)
        self.setTabOrder(self.text_filter, self.apply_button)
        self.setTabOrder(self.apply_button, self.clear_button)
        self.setTabOrder(self.clear_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.tabs)
        self.setTabOrder(self.tabs, self.view)

        self._load_choices()
        self.refresh()

    # ------------------------------------------------------------------ filters

    def _load_choices(self) -> None:
        try:
            choices = audit_filter_choices(self.desk, self.actor)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.set_choices(choices)

    def set_choices(self, choices: AuditFilterChoices) -> None:
        self.operator_filter.clear()
        self.operator_filter.addItem(self.tr("Tutti gli operatori"), "")
        for operator_id, name in choices.operators:
            self.operator_filter.addItem(name, str(operator_id))  # text: findData works
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("Tutte le azioni"), "")
        for code, label in choices.actions:
            self.action_filter.addItem(tr_label(label), code)
        self.entity_filter.clear()
        self.entity_filter.addItem(self.tr("Tutti i tipi"), "")
        for code, label in choices.entities:
            self.entity_filter.addItem(tr_label(label), code)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def current_filter(self) -> AuditFilter:
        operator = self.operator_filter.currentData()
        return AuditFilter(
            operator_id=uuid.UUID(operator) if operator else None,
            action=self.action_filter.currentData() or "",
            entity=self.entity_filter.currentData() or "",
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            text=self.text_filter.text().strip(),
        )

    def clear_filters(self) -> None:
        for combo in (self.operator_filter, self.action_filter, self.entity_filter):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.text_filter.clear()
        self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Query the log with the filters (off the GUI thread; the last answer wins)."""
        self._generation += 1
        generation = self._generation
        desk, actor, flt = self.desk, self.actor, self.current_filter()
        self.status.setText(self.tr("Ricerca nel registro…"))

        def load() -> tuple[list[AuditRow], list[BreakGlassRow]]:
            return audit_events(desk, actor, flt), break_glass_accesses(desk, actor)

        def done(result: tuple[list[AuditRow], list[BreakGlassRow]]) -> None:
            if generation != self._generation:
                return
            rows, glass = result
            self.model.set_records(rows)
            self.glass_model.set_records(glass)
            self.view.resizeColumnsToContents()
            self.glass_view.resizeColumnsToContents()
            if len(rows) >= MAX_ROWS:
                text = self.tr(
                    "Mostrati i {0} eventi più recenti: restringere i filtri per vedere i "
                    "precedenti."
                ).format(MAX_ROWS)
            elif len(rows) == 1:
                text = self.tr("1 evento.")
            else:
                text = self.tr("{0} eventi.").format(len(rows))
            open_now = sum(1 for row in glass if row.active)
            if open_now:
                text += " " + self.tr("Accessi riservati ancora aperti: {0}.").format(open_now)
            self.status.setText(text)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, UserError):
                self.status.setText(exc.message)
            else:
                raise exc

        ops.run_in_background(load, on_success=done, on_failure=failed)

    def verify(self) -> None:
        """Check the log's hash chain (off the GUI thread) and say what was found."""
        desk, actor = self.desk, self.actor
        self.chain_status.setStyleSheet("")
        self.chain_status.setText(self.tr("Verifica del registro in corso…"))

        def done(report: ChainReport) -> None:
            if report.ok:
                self.chain_status.setStyleSheet("color: #1e7b34;")
                self.chain_status.setText(
                    self.tr("Registro integro: {0} eventi verificati.").format(report.events)
                )
                return
            self.chain_status.setStyleSheet("color: #b00020;")
            lines = [b.describe() for b in report.breaks[:10]]
            more = len(report.breaks) - len(lines)
            count = len(report.breaks)
            text = (
                self.tr("Registro NON integro: 1 problema.")
                if count == 1
                else self.tr("Registro NON integro: {0} problemi.").format(count)
            )
            text += "\n" + "\n".join(lines)
            if more > 0:
                text += "\n" + self.tr("…e altri {0}.").format(more)
            self.chain_status.setText(text)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.chain_status.setText(exc.message)

        ops.run_in_background(lambda: check_chain(desk, actor), on_success=done, on_failure=failed)

    def _open(self, row: int) -> None:
        record = self.model.record(row)
        if record.entity_id is None:
            return
        if record.entity == "case":
            self.case_requested.emit(record.entity_id)
        elif record.entity == "person":
            self.person_requested.emit(record.entity_id)

    def focus_first(self) -> None:
        self.operator_filter.setFocus()
