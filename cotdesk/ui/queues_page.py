"""The coordinator's work queues: what is waiting, with the counts always in sight.

One tab per queue (:class:`~cotdesk.services.queues.QueueKind`), its count in the title
("Da assegnare (12)"); each a sortable table over a ``QSortFilterProxyModel``. The filters
(area, operator, text) go to the service; the queries run off the GUI thread
(:mod:`cotdesk.ui.ops`), the last answer wins.

Keys: Enter opens the case (``case_requested``); Ctrl+Shift+G assigns the selected cases;
on the approvals tab Ctrl+Shift+A approves the closure and Ctrl+Shift+B sends it back with
a reason; F5 reloads. Operators see the queues read-only: the assign and approve buttons
are for coordinators (the services refuse the rest anyway).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.roles import Role
from cotdesk.errors import UserError
from cotdesk.resources import intervention_areas
from cotdesk.services import queues
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.queues import OperatorLoad, QueueCounts, QueueFilter, QueueKind, QueueRow
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.labels import tr_label
from cotdesk.ui.queue_model import SORT_ROLE, OperatorLoadModel, QueueModel


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAccessibleName(name)
    return view


class OperatorChooser(QDialog):
    """Choose the operator to assign to: specialisations and open cases of each."""

    def __init__(self, operators: list[OperatorLoad], count: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assegna a…"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Scegliere l'operatore per le prese in carico selezionate: {0}.").format(count),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = OperatorLoadModel(self)
        self.model.set_records(operators)
        self.view = _table(self, self.tr("Operatori dello sportello"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        self.view.resizeColumnsToContents()
        self.view.activated.connect(lambda _index: self.accept())
        label = QLabel(self.tr("&Operatore:"), self)
        label.setBuddy(self.view)
        layout.addWidget(label)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assegna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if operators:
            self.view.selectRow(0)
        self.view.setFocus()

    def chosen(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row()).operator_id


class QueuesPage(QWidget):
    """The five queues of the office. ``case_requested(uuid)`` asks to open a case."""

    case_requested = Signal(object)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = today_in_rome,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self._today = desk, actor, today
        self.supervisor = actor.has_role(Role.SUPERVISOR)
        self._generation = 0
        self._operators: list[OperatorLoad] = []
        self.counts: QueueCounts | None = None

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Code di lavoro</h2>"), self)
        layout.addWidget(title)
        if not self.supervisor:
            note = QLabel(
                self.tr(
                    "Consultazione: assegnare ad altri e approvare le chiusure spetta al "
                    "coordinatore."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)

        filters = QHBoxLayout()
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Riferimento o cognome"))
        self.text_filter.setAccessibleName(self.tr("Filtra per riferimento o nome"))
        self.text_filter.setClearButtonEnabled(True)
        text_label = QLabel(self.tr("&Filtra:"), self)
        text_label.setBuddy(self.text_filter)
        self.area_filter = QComboBox(self)
        self.area_filter.setAccessibleName(self.tr("Filtra per area di intervento"))
        self.area_filter.addItem(self.tr("Tutte le aree"), "")
        for area in intervention_areas():
            self.area_filter.addItem(tr_label(area.label_it), area.code)
        area_label = QLabel(self.tr("A&rea:"), self)
        area_label.setBuddy(self.area_filter)
        self.operator_filter = QComboBox(self)
        self.operator_filter.setAccessibleName(self.tr("Filtra per operatore"))
        self.operator_filter.addItem(self.tr("Tutti gli operatori"), None)
        operator_label = QLabel(self.tr("O&peratore:"), self)
        operator_label.setBuddy(self.operator_filter)
        for widget in (
            text_label,
            self.text_filter,
            area_label,
            self.area_filter,
            operator_label,
            self.operator_filter,
        ):
            filters.addWidget(widget)
        filters.setStretch(1, 1)
        layout.addLayout(filters)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Code"))
        self.models: dict[QueueKind, QueueModel] = {}
        self.proxies: dict[QueueKind, QSortFilterProxyModel] = {}
        self.views: dict[QueueKind, QTableView] = {}
        for kind in QueueKind:
            model = QueueModel(kind, self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            view = _table(self.tabs, self._title(kind))
            view.setModel(proxy)
            # No column sorted at first: the service's order (most urgent first) stands.
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            proxy.sort(-1)
            view.activated.connect(lambda index, kind=kind: self._open(kind, index))
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
            self.models[kind], self.proxies[kind], self.views[kind] = model, proxy, view
            self.tabs.addTab(view, self._title(kind))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("Esito"))
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        self.limit_note = QLabel("", self)
        self.limit_note.setAccessibleName(self.tr("Righe mostrate"))
        buttons.addWidget(self.limit_note)
        self.assign_button = QPushButton(self.tr("Assegna a… (Ctrl+Shift+G)"), self)
        self.approve_button = QPushButton(self.tr("Approva chiusura (Ctrl+Shift+A)"), self)
        self.send_back_button = QPushButton(self.tr("Rimanda all'operatore (Ctrl+Shift+B)"), self)
        self.refresh_button = QPushButton(self.tr("Aggiorna (F5)"), self)
        for button in (
            self.assign_button,
            self.approve_button,
            self.send_back_button,
            self.refresh_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.assign_button.clicked.connect(self.assign_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.send_back_button.clicked.connect(self.send_back_selected)
        self.refresh_button.clicked.connect(self.refresh)
        shortcuts = (
            ("Ctrl+Shift+G", self.assign_selected),
            ("Ctrl+Shift+A", self.approve_selected),
            ("Ctrl+Shift+B", self.send_back_selected),
            ("F5", self.refresh),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for button in (self.assign_button, self.approve_button, self.send_back_button):
            button.setVisible(self.supervisor)

        self.setTabOrder(self.text_filter, self.area_filter)
        self.setTabOrder(self.area_filter, self.operator_filter)
        self.setTabOrder(self.operator_filter, self.tabs)

        self.text_filter.textChanged.connect(lambda _text: self.reload_rows())
        self.area_filter.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.operator_filter.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ state

    def current_kind(self) -> QueueKind:
        return list(QueueKind)[self.tabs.currentIndex()]

    def current_view(self) -> QTableView:
        return self.views[self.current_kind()]

    def selected_rows(self) -> list[QueueRow]:
        kind = self.current_kind()
        proxy = self.proxies[kind]
        rows = self.views[kind].selectionModel().selectedRows()
        return [self.models[kind].record(proxy.mapToSource(index).row()) for index in rows]

    def _filter(self) -> QueueFilter:
        return QueueFilter(
            area=self.area_filter.currentData() or "",
            operator_id=self.operator_filter.currentData(),
            text=self.text_filter.text().strip(),
        )

    def _title(self, kind: QueueKind, count: int | None = None) -> str:
        titles = {
            QueueKind.UNASSIGNED: self.tr("Da assegnare ({0})"),
            QueueKind.OVERDUE: self.tr("Richiami scaduti ({0})"),
            QueueKind.REFERRALS: self.tr("Invii senza risposta ({0})"),
            QueueKind.APPROVALS: self.tr("Chiusure da approvare ({0})"),
            QueueKind.MINE: self.tr("Le mie prese in carico ({0})"),
        }
        return titles[kind].format("…" if count is None else count)

    def _update_buttons(self) -> None:
        kind = self.current_kind()
        has_selection = bool(self.views[kind].selectionModel().selectedRows())
        on_approvals = kind is QueueKind.APPROVALS
        self.assign_button.setEnabled(self.supervisor and has_selection)
        self.approve_button.setEnabled(self.supervisor and on_approvals and has_selection)
        self.send_back_button.setEnabled(self.supervisor and on_approvals and has_selection)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the counts, the operators and the current queue (off the GUI thread)."""
        desk, actor, today = self.desk, self.actor, self._today()
        self._generation += 1
        generation = self._generation

        def load() -> tuple[QueueCounts, list[OperatorLoad]]:
            return queues.queue_counts(desk, actor, today=today), queues.operator_loads(desk, actor)

        def done(result: tuple[QueueCounts, list[OperatorLoad]]) -> None:
            counts, operators = result
            self.counts = counts
            for index, kind in enumerate(QueueKind):
                self.tabs.setTabText(index, self._title(kind, counts.of(kind)))
            self._set_operators(operators)
            self.tabs.setAccessibleDescription(
                ", ".join(self._title(kind, counts.of(kind)) for kind in QueueKind)
            )

        ops.run_in_background(load, on_success=done, on_failure=self._failed)
        self._reload_rows(generation)

    def reload_rows(self) -> None:
        self._generation += 1
        self._reload_rows(self._generation)

    def _tab_changed(self) -> None:
        self._update_buttons()
        self.reload_rows()

    def _reload_rows(self, generation: int) -> None:
        kind, flt = self.current_kind(), self._filter()
        desk, actor, today = self.desk, self.actor, self._today()

        def done(rows: list[QueueRow]) -> None:
            if generation != self._generation:
                return  # a newer request is on its way
            self.models[kind].set_records(rows)
            view = self.views[kind]
            view.resizeColumnsToContents()
            for column in range(self.models[kind].columnCount() - 1):
                view.setColumnWidth(column, min(view.columnWidth(column), 240))
            if rows and not view.currentIndex().isValid():
                view.setCurrentIndex(self.proxies[kind].index(0, 0))
            shown = len(rows)
            self.limit_note.setText(
                self.tr("Mostrate le prime {0}: restringere con i filtri.").format(shown)
                if shown >= queues.ROW_LIMIT
                else ""
            )
            self._update_buttons()

        ops.run_in_background(
            lambda: queues.queue_rows(desk, actor, kind, today=today, flt=flt),
            on_success=done,
            on_failure=self._failed,
        )

    def _set_operators(self, operators: list[OperatorLoad]) -> None:
        self._operators = operators
        current = self.operator_filter.currentData()
        self.operator_filter.blockSignals(True)
        try:
            self.operator_filter.clear()
            self.operator_filter.addItem(self.tr("Tutti gli operatori"), None)
            for operator in operators:
                self.operator_filter.addItem(operator.full_name, operator.operator_id)
            index = self.operator_filter.findData(current)
            self.operator_filter.setCurrentIndex(max(index, 0))
        finally:
            self.operator_filter.blockSignals(False)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Impossibile leggere le code: riprovare (F5)."))

    # ------------------------------------------------------------------ actions

    def _open(self, kind: QueueKind, index: QModelIndex) -> None:
        source = self.proxies[kind].mapToSource(index)
        if source.isValid():
            self.case_requested.emit(self.models[kind].record(source.row()).case_id)

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()

    def _error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Operazione non riuscita"), exc.message)

    def assign_selected(self) -> None:
        rows = self.selected_rows()
        if not self.supervisor or not rows:
            return
        chooser = OperatorChooser(self._operators, len(rows), self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        operator_id = chooser.chosen()
        if operator_id is None:
            return
        self.assign_to([row.case_id for row in rows], operator_id)

    def assign_to(self, case_ids: list[uuid.UUID], operator_id: uuid.UUID) -> None:
        try:
            count = queues.assign_cases(self.desk, self.actor, case_ids, operator_id)
        except UserError as exc:
            self._error(exc)
            return
        name = next((op.full_name for op in self._operators if op.operator_id == operator_id), "")
        self._done(self.tr("Assegnate a {0}: {1}.").format(name, count))

    def approve_selected(self) -> None:
        rows = self.selected_rows()
        if not self.supervisor or self.current_kind() is not QueueKind.APPROVALS or not rows:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approva chiusura"),
            self.tr("Chiudere le prese in carico selezionate ({0})?").format(len(rows)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.approve([row.case_id for row in rows])

    def approve(self, case_ids: list[uuid.UUID]) -> None:
        today = self._today()
        done = 0
        for case_id in case_ids:
            try:
                queues.approve_closure(self.desk, self.actor, case_id, today=today)
            except UserError as exc:
                self._error(exc)
                break
            done += 1
        self._done(self.tr("Chiusure approvate: {0}.").format(done))

    def send_back_selected(self) -> None:
        rows = self.selected_rows()
        if not self.supervisor or self.current_kind() is not QueueKind.APPROVALS or not rows:
            return
        dialog = self.send_back_dialog(rows[0])
        dialog.exec()

    def send_back_dialog(self, row: QueueRow) -> QDialog:
        """The reason dialog for sending ``row``'s closure request back to its operator."""
        from cotdesk.ui.case_page import ReasonDialog

        today = self._today()

        def action(reason: str, _answer: str) -> None:
            queues.send_back_closure(self.desk, self.actor, row.case_id, reason, today=today)
            self._done(self.tr("Richiesta di chiusura rimandata all'operatore."))

        return ReasonDialog(
            self.tr("Rimanda all'operatore"),
            self.tr("{0} — {1}: la presa in carico torna in carico all'operatore.").format(
                row.reference, row.person_name
            ),
            action,
            reason_label=self.tr("&Motivo:"),
            confirm_text=self.tr("Rimanda"),
            parent=self,
        )
