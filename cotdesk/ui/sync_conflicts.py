"""Conflicts and parked changes: what sync could not settle alone, for a person to decide.

*Conflitti*: a field changed on two desks; the record holds the value that reached the
server first, the other is kept aside. Each shows both values with the desk, the operator
and the time (Rome); the person keeps one (Alt+M / Alt+L). Choosing the other value writes
it as a new edit of this desk, sends it, then closes the conflict on the server (off the
GUI thread). Conflicts are the office's, read from the server: the tab needs the network.

*Modifiche sospese*: changes the server refused, with its reason and the data they carried
(never thrown away), read from this desk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.sync import (
    ConflictView,
    ParkedChange,
    SideView,
    load_conflicts,
    parked_changes,
    resolve_conflict,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.labels import tr_label
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.sync_status import moment_text
from cotdesk.ui.table_model import RecordTableModel


def _who(side: SideView) -> str:
    who = tr_label(side.desk_name)
    if side.operator_name:
        who = f"{side.operator_name} ({who})"
    return who


class ConflictModel(RecordTableModel[ConflictView]):
    def column_titles(self) -> list[str]:
        return [
            self.tr("Dato"),
            self.tr("Campo"),
            self.tr("Valore attuale"),
            self.tr("Altro valore"),
            self.tr("Rilevato"),
        ]

    def cell_text(self, record: ConflictView, column: int) -> str:
        if column == 0:
            label = tr_label(record.entity_label)
            return f"{label}: {record.record_label}" if record.record_label else label
        if column == 1:
            return tr_label(record.field_label)
        if column == 2:
            return tr_label(record.current.value_text)
        if column == 3:
            return tr_label(record.other.value_text)
        return moment_text(record.created_at)

    def record_id(self, record: ConflictView) -> Any:
        return record.conflict_id


class ParkedModel(RecordTableModel[ParkedChange]):
    def column_titles(self) -> list[str]:
        return [
            self.tr("Quando"),
            self.tr("Dato"),
            self.tr("Operazione"),
            self.tr("Operatore"),
            self.tr("Motivo"),
        ]

    def cell_text(self, record: ParkedChange, column: int) -> str:
        if column == 0:
            return moment_text(record.created_at)
        if column == 1:
            label = tr_label(record.entity_label)
            return f"{label}: {record.record_label}" if record.record_label else label
        if column == 2:
            return tr_label(record.op_label)
        if column == 3:
            return record.operator_name
        return record.reason

    def record_id(self, record: ParkedChange) -> Any:
        return record.mutation_id


def _table(model: RecordTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    return view


class SyncDetailsDialog(QDialog):
    #: A conflict was resolved (the status area syncs again and recounts).
    resolved = Signal()

    def __init__(self, desk: Desk, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.busy = False
        self.setWindowTitle(self.tr("Conflitti e modifiche sospese"))
        self.resize(980, 620)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_tab(), self.tr("&Conflitti"))
        self.tabs.addTab(self._parked_tab(), self.tr("Modifiche &sospese"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self.load_parked()
        self.load_conflicts()

    # ------------------------------------------------------------------ conflicts

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        self.conflicts_note = QLabel("")
        self.conflicts_note.setWordWrap(True)
        self.conflict_model = ConflictModel(self)
        self.conflict_view = _table(self.conflict_model, self.tr("Conflitti aperti"))
        self.conflict_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_conflict()
        )
        self.current_label = QLabel("")
        self.other_label = QLabel("")
        for label in (self.current_label, self.other_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMargin(6)
        self.keep_current_button = QPushButton()
        self.keep_other_button = QPushButton()
        self.keep_current_button.clicked.connect(lambda: self.resolve("current"))
        self.keep_other_button.clicked.connect(lambda: self.resolve("other"))
        self.reload_button = QPushButton(self.tr("&Aggiorna"))
        self.reload_button.clicked.connect(self.load_conflicts)

        sides = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.current_label)
        left.addWidget(self.keep_current_button)
        right.addWidget(self.other_label)
        right.addWidget(self.keep_other_button)
        sides.addLayout(left, 1)
        sides.addLayout(right, 1)

        layout = QVBoxLayout(page)
        layout.addWidget(self.conflicts_note)
        layout.addWidget(self.conflict_view, 1)
        layout.addLayout(sides)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignRight)
        self._show_conflict()
        return page

    def load_conflicts(self) -> None:
        self.conflicts_note.setText(self.tr("Lettura dei conflitti dal server…"))
        self._set_busy(True)
        desk = self.desk
        run_in_background(
            lambda: load_conflicts(desk),
            on_success=self._conflicts_loaded,
            on_failure=self._conflicts_failed,
        )

    def _conflicts_loaded(self, conflicts: object) -> None:
        assert isinstance(conflicts, list)
        self._set_busy(False)
        self.conflict_model.set_records(conflicts)
        self.conflict_view.resizeColumnsToContents()
        self.tabs.setTabText(0, self.tr("&Conflitti ({0})").format(len(conflicts)))
        if conflicts:
            self.conflicts_note.setText(
                self.tr(
                    "Questi campi sono stati modificati su due postazioni. Il record contiene "
                    "il valore arrivato prima al server; l'altro è conservato. Scegliere "
                    "quale tenere: la scelta vale per tutte le postazioni dell'ufficio."
                )
            )
            self.conflict_view.selectRow(0)
            self.conflict_view.setFocus()
        else:
            self.conflicts_note.setText(self.tr("Nessun conflitto aperto nell'ufficio."))
        self._show_conflict()

    def _conflicts_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        message = exc.message if isinstance(exc, UserError) else type(exc).__name__
        self.conflicts_note.setText(
            self.tr("Per vedere e risolvere i conflitti serve il server: {0}").format(message)
        )
        self._show_conflict()

    def selected_conflict(self) -> ConflictView | None:
        index = self.conflict_view.currentIndex()
        if not index.isValid():
            return None
        return self.conflict_model.record(index.row())

    def _side_text(self, title: str, side: SideView) -> str:
        when = moment_text(side.when) if side.when is not None else self.tr("non noto")
        return self.tr("{0}\n{1}\nda {2}, {3}").format(
            title, tr_label(side.value_text), _who(side), when
        )

    def _show_conflict(self) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            self.current_label.setText("")
            self.other_label.setText("")
            self.keep_current_button.setText(self.tr("Tieni il valore &attuale"))
            self.keep_other_button.setText(self.tr("Usa l'a&ltro valore"))
            self._update_buttons()
            return
        self.current_label.setText(
            self._side_text(self.tr("Valore attuale (nel record)"), conflict.current)
        )
        self.other_label.setText(
            self._side_text(self.tr("Altro valore (conservato)"), conflict.other)
        )
        if conflict.other.this_desk:
            self.keep_current_button.setText(self.tr("Prendi il &loro"))
            self.keep_other_button.setText(self.tr("Tieni il &mio"))
        elif conflict.current.this_desk:
            self.keep_current_button.setText(self.tr("Tieni il &mio"))
            self.keep_other_button.setText(self.tr("Prendi il &loro"))
        else:
            self.keep_current_button.setText(self.tr("Tieni il valore &attuale"))
            self.keep_other_button.setText(self.tr("Usa l'a&ltro valore"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        enabled = self.selected_conflict() is not None and not self.busy and self.actor is not None
        self.keep_current_button.setEnabled(enabled)
        self.keep_other_button.setEnabled(enabled)
        self.reload_button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def resolve(self, choice: str) -> None:
        conflict = self.selected_conflict()
        actor = self.actor
        if conflict is None or actor is None or self.busy:
            return
        desk = self.desk
        self._set_busy(True)
        self.conflicts_note.setText(self.tr("Invio della scelta al server…"))
        run_in_background(
            lambda: resolve_conflict(desk, actor, conflict, choice),  # type: ignore[arg-type]
            on_success=self._resolved,
            on_failure=self._resolve_failed,
        )

    def _resolved(self, status: object) -> None:
        self._set_busy(False)
        self.resolved.emit()
        self.load_parked()
        self.load_conflicts()
        if status == "already_resolved":
            self.conflicts_note.setText(
                self.tr("Il conflitto era già stato risolto su un'altra postazione.")
            )

    def _resolve_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        message = exc.message if isinstance(exc, UserError) else type(exc).__name__
        self.conflicts_note.setText(message)

    # ------------------------------------------------------------------ parked

    def _parked_tab(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr(
                "Modifiche che il server ha rifiutato, con il motivo. Non sono state "
                "applicate e non bloccano le altre; i loro dati sono conservati qui."
            )
        )
        note.setWordWrap(True)
        self.parked_model = ParkedModel(self)
        self.parked_view = _table(self.parked_model, self.tr("Modifiche sospese"))
        self.parked_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_parked())
        self.parked_detail = QPlainTextEdit()
        self.parked_detail.setReadOnly(True)
        self.parked_detail.setAccessibleName(self.tr("Dettaglio della modifica sospesa"))
        self.parked_detail.setMaximumHeight(170)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.parked_view, 1)
        layout.addWidget(self.parked_detail)
        return page

    def load_parked(self) -> None:
        records = parked_changes(self.desk)
        self.parked_model.set_records(records)
        self.parked_view.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Modifiche &sospese ({0})").format(len(records)))
        if records:
            self.parked_view.selectRow(0)
        self._show_parked()

    def _show_parked(self) -> None:
        index = self.parked_view.currentIndex()
        if not index.isValid():
            self.parked_detail.setPlainText("")
            return
        record = self.parked_model.record(index.row())
        lines = [
            record.reason,
            "",
            self.tr("{0} di {1}, {2}").format(
                tr_label(record.op_label),
                record.operator_name or self.tr("operatore non noto"),
                moment_text(record.created_at),
            ),
            self.tr("Dati conservati:"),
            *(f"{tr_label(label)}: {tr_label(value)}" for label, value in record.changes),
        ]
        self.parked_detail.setPlainText("\n".join(lines))
