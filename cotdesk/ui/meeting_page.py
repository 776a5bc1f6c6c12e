"""The weekly integrated case meeting (*riunione d'équipe*): agenda, decisions, minutes.

The page shows one meeting of the office at a time (the next one not closed, or the one
chosen in the list): its agenda as a table (number, reference, person, reasons, operator,
decision) and, beside it, the panel of the selected case — why it is there, its referrals
waiting for an answer, the last timeline entries — with the decision to record: what, who
is responsible, by when.

Keys (keyboard first): Ctrl+Invio saves the decision and moves to the next case with the
cursor in the decision box; Alt+↑ / Alt+↓ move the selected case in the agenda and Canc
takes it off; Invio on the agenda opens the case; Ctrl+P previews the agenda to print;
F5 reloads. The other buttons have mnemonics (Alt+letter).

Coordinators prepare and run meetings; operators see them read-only (the services refuse
the rest anyway). Reads and the agenda built from the queues run off the GUI thread.
Decisions typed but not yet saved are kept while the page lives, per case, so moving up
and down the agenda loses nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.italian import LOCAL_ZONE, appointment_text, short_date
from cotdesk.domain.meetings import DEFAULT_AGENDA_LIMIT, REASON_LABELS, AgendaReason
from cotdesk.domain.roles import Role
from cotdesk.errors import UserError
from cotdesk.services import meetings, queues
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.meetings import AgendaItem, MeetingDetail, MeetingDocument, MeetingSummary
from cotdesk.services.queues import OperatorLoad
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.labels import tr_label
from cotdesk.ui.table_model import RecordTableModel

ERROR_STYLE = "color: #b00020; font-weight: bold;"
#: Default due date of a decision: a week after the meeting.
DEFAULT_DUE_DAYS = 7


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _find(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value`` (``findData`` does not compare
    Python objects such as UUIDs by value); -1 if none."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AgendaModel(RecordTableModel[AgendaItem]):
    """The cases on the agenda, in order."""

    def column_titles(self) -> list[str]:
        return [
            self.tr("N."),
            self.tr("Riferimento"),
            self.tr("Persona"),
            self.tr("Motivi"),
            self.tr("Operatore"),
            self.tr("Decisione"),
        ]

    def reasons(self, record: AgendaItem) -> str:
        return "; ".join(tr_label(REASON_LABELS[AgendaReason(code)]) for code in record.reasons)

    def cell_text(self, record: AgendaItem, column: int) -> str:
        if column == 0:
            return str(record.position)
        if column == 1:
            return record.reference
        if column == 2:
            return record.person_name
        if column == 3:
            return self.reasons(record)
        if column == 4:
            return record.operator_name or self.tr("— nessuno —")
        if not record.decided:
            return self.tr("da decidere")
        due = f" ({short_date(record.due_on)})" if record.due_on else ""
        return " ".join(record.decision.split()) + due

    def cell_role(self, record: AgendaItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 5):
            return self.cell_text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and not record.decided:
            return QBrush(QColor("#8a5a00"))
        return None


@dataclass
class _Pending:
    """A decision typed but not saved yet."""

    text: str
    responsible: uuid.UUID | None
    due_on: date | None
    assign: bool


class MeetingDialog(QDialog):
    """When, where and who: a new meeting, or the details of one (and its notes)."""

    def __init__(
        self,
        title: str,
        *,
        starts_at: datetime,
        place: str = "",
        meeting_title: str = meetings.DEFAULT_TITLE,
        participants: str = "",
        notes: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        local = starts_at.astimezone(LOCAL_ZONE)
        self.when = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
            self,
        )
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Data e ora della riunione"))
        form.addRow(self.tr("&Data e ora:"), self.when)
        self.place = QLineEdit(place, self)
        self.place.setAccessibleName(self.tr("Luogo"))
        self.place.setPlaceholderText(self.tr("Sala, indirizzo, oppure collegamento video"))
        form.addRow(self.tr("&Luogo:"), self.place)
        self.title_edit = QLineEdit(meeting_title, self)
        self.title_edit.setAccessibleName(self.tr("Titolo"))
        form.addRow(self.tr("&Titolo:"), self.title_edit)
        self.participants = QPlainTextEdit(participants, self)
        self.participants.setTabChangesFocus(True)
        self.participants.setFixedHeight(90)
        self.participants.setAccessibleName(self.tr("Partecipanti"))
        self.participants.setPlaceholderText(self.tr("Una persona per riga, con il suo ente"))
        form.addRow(self.tr("&Partecipanti:"), self.participants)
        self.notes = QPlainTextEdit(notes or "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.setAccessibleName(self.tr("Note del verbale"))
        if notes is not None:
            form.addRow(self.tr("&Note del verbale:"), self.notes)
        else:
            self.notes.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Salva"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.when.setFocus()

    def starts_at(self) -> datetime:
        value = self.when.dateTime()
        day, moment = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), moment.hour(), moment.minute(), tzinfo=LOCAL_ZONE
        )


class MeetingPage(QWidget):
    """The office's case meetings. ``case_requested(uuid)`` asks to open a case."""

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
        self.detail: MeetingDetail | None = None
        self.meetings: list[MeetingSummary] = []
        self.operators: list[OperatorLoad] = []
        self.pending: dict[uuid.UUID, _Pending] = {}
        self.preview: QDialog | None = None
        self._shown_item: uuid.UUID | None = None
        self._loading = False
        self._build()
        self._update_state()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Riunione d'équipe</h2>"), self))
        if not self.supervisor:
            note = QLabel(
                self.tr(
                    "Consultazione: preparare la riunione e registrare le decisioni spetta al "
                    "coordinatore."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)

        top = QHBoxLayout()
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(self.tr("Riunione"))
        self.meeting_combo.setMinimumContentsLength(40)
        meeting_label = QLabel(self.tr("Ri&unione:"), self)
        meeting_label.setBuddy(self.meeting_combo)
        self.new_button = QPushButton(self.tr("&Nuova riunione…"), self)
        self.edit_button = QPushButton(self.tr("&Modifica dettagli…"), self)
        top.addWidget(meeting_label)
        top.addWidget(self.meeting_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Dettagli della riunione"))
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = AgendaModel(self)
        self.table = QTableView(left)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the decision, not cell to cell
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Ordine del giorno"))
        self.table.activated.connect(self._open_case)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_changed(current)
        )
        left_layout.addWidget(self.table, 1)

        agenda_row = QHBoxLayout()
        self.reference_edit = QLineEdit(left)
        self.reference_edit.setPlaceholderText(self.tr("es. M05-2026-3FA2-00017"))
        self.reference_edit.setAccessibleName(self.tr("Riferimento del caso da aggiungere"))
        self.reference_edit.returnPressed.connect(self.add_case)
        reference_label = QLabel(self.tr("Caso da aggiungere (ri&ferimento):"), left)
        reference_label.setBuddy(self.reference_edit)
        self.add_button = QPushButton(self.tr("Aggiungi (Invio)"), left)
        self.add_button.setAutoDefault(False)
        agenda_row.addWidget(reference_label)
        agenda_row.addWidget(self.reference_edit, 1)
        agenda_row.addWidget(self.add_button)
        left_layout.addLayout(agenda_row)

        queue_row = QHBoxLayout()
        self.build_button = QPushButton(self.tr("&Prendi dalle code"), left)
        self.build_button.setToolTip(
            self.tr(
                "Aggiunge i casi segnalati per la riunione, con il prossimo contatto scaduto "
                "o con invii senza risposta: ogni caso una volta sola, con tutti i motivi."
            )
        )
        self.limit_spin = QSpinBox(left)
        self.limit_spin.setRange(1, 200)
        self.limit_spin.setValue(DEFAULT_AGENDA_LIMIT)
        self.limit_spin.setSuffix(self.tr(" casi al massimo"))
        self.limit_spin.setAccessibleName(self.tr("Numero massimo di casi in ordine del giorno"))
        self.up_button = QPushButton(self.tr("Su (Alt+↑)"), left)
        self.down_button = QPushButton(self.tr("Giù (Alt+↓)"), left)
        self.remove_button = QPushButton(self.tr("Togli (Canc)"), left)
        for widget in (
            self.build_button,
            self.limit_spin,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            queue_row.addWidget(widget)
        queue_row.addStretch(1)
        left_layout.addLayout(queue_row)

        self.panel = QGroupBox(self.tr("Decisione"), splitter)
        panel_layout = QVBoxLayout(self.panel)
        self.case_info = QLabel("", self.panel)
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.case_info.setAccessibleName(self.tr("Il caso selezionato"))
        self.case_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.case_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout.addWidget(self.case_info)
        form = QFormLayout()
        self.decision_edit = QPlainTextEdit(self.panel)
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setMinimumHeight(90)
        self.decision_edit.setAccessibleName(self.tr("Decisione: chi fa che cosa"))
        self.decision_edit.setPlaceholderText(
            self.tr("Chi fa che cosa: es. «L'operatrice richiama l'ente e fissa un colloquio»")
        )
        form.addRow(self.tr("&Decisione:"), self.decision_edit)
        self.responsible_combo = QComboBox(self.panel)
        self.responsible_combo.setAccessibleName(self.tr("Responsabile"))
        form.addRow(self.tr("Responsa&bile:"), self.responsible_combo)
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("Scaden&za:"), self.panel)
        self.due_check.setChecked(True)
        self.due_edit = QDateEdit(self.panel)
        self.due_edit.setDisplayFormat("dd/MM/yyyy")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setAccessibleName(self.tr("Scadenza: diventa il prossimo contatto"))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(due_row)
        self.assign_check = QCheckBox(
            self.tr("Asse&gna la presa in carico al responsabile"), self.panel
        )
        self.assign_check.setToolTip(
            self.tr("Una presa in carico non assegnata passa comunque al responsabile.")
        )
        form.addRow(self.assign_check)
        panel_layout.addLayout(form)
        self.decision_error = QLabel("", self.panel)
        self.decision_error.setStyleSheet(ERROR_STYLE)
        self.decision_error.setWordWrap(True)
        self.decision_error.setAccessibleName(self.tr("Errore"))
        self.decision_error.hide()
        panel_layout.addWidget(self.decision_error)
        decision_buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Salva e passa al successivo (Ctrl+Invio)"))
        self.open_button = QPushButton(self.tr("Apri presa in carico (Invio)"))
        for button in (self.save_button, self.open_button):
            button.setAutoDefault(False)
            decision_buttons.addWidget(button)
        decision_buttons.addStretch(1)
        panel_layout.addLayout(decision_buttons)
        panel_layout.addStretch(1)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Esito"))
        bottom.addWidget(self.status, 1)
        self.full_names_check = QCheckBox(self.tr("Nomi per es&teso nella stampa"), self)
        self.full_names_check.setToolTip(
            self.tr(
                "Di norma l'ordine del giorno riporta solo le iniziali e l'anno di nascita; i "
                "casi riservati non riportano mai la persona."
            )
        )
        self.full_names_check.setVisible(self.supervisor)
        self.print_agenda_button = QPushButton(self.tr("Stampa &ordine del giorno (Ctrl+P)"))
        self.print_minutes_button = QPushButton(self.tr("Stampa &verbale"))
        self.close_button = QPushButton(self.tr("C&hiudi riunione…"))
        self.refresh_button = QPushButton(self.tr("Aggiorna (F5)"))
        bottom_widgets: tuple[QWidget, ...] = (
            self.full_names_check,
            self.print_agenda_button,
            self.print_minutes_button,
            self.close_button,
            self.refresh_button,
        )
        for bottom_widget in bottom_widgets:
            bottom.addWidget(bottom_widget)
        layout.addLayout(bottom)

        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.add_button.clicked.connect(self.add_case)
        self.build_button.clicked.connect(self.build_from_queues)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save_decision)
        self.open_button.clicked.connect(lambda: self._open_case(self.table.currentIndex()))
        self.print_agenda_button.clicked.connect(lambda: self.print_document("agenda"))
        self.print_minutes_button.clicked.connect(lambda: self.print_document("minutes"))
        self.close_button.clicked.connect(self.close_meeting)
        self.refresh_button.clicked.connect(self.refresh)
        self.meeting_combo.activated.connect(lambda _index: self._meeting_chosen())

        def shortcut(keys: str, slot: Callable[[], None], widget: QWidget) -> None:
            item = QShortcut(QKeySequence(keys), widget)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self.save_decision, self)
        shortcut("Ctrl+P", lambda: self.print_document("agenda"), self)
        shortcut("F5", self.refresh, self)
        shortcut("Alt+Up", lambda: self.move_selected(-1), self.table)
        shortcut("Alt+Down", lambda: self.move_selected(1), self.table)
        shortcut("Delete", self.remove_selected, self.table)

        self.setTabOrder(self.meeting_combo, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.table)
        self.setTabOrder(self.table, self.decision_edit)
        self.setTabOrder(self.decision_edit, self.responsible_combo)
        self.setTabOrder(self.responsible_combo, self.due_check)
        self.setTabOrder(self.due_check, self.due_edit)
        self.setTabOrder(self.due_edit, self.assign_check)
        self.setTabOrder(self.assign_check, self.save_button)
        self.setTabOrder(self.save_button, self.open_button)
        self.setTabOrder(self.open_button, self.reference_edit)
        self.setTabOrder(self.reference_edit, self.add_button)
        self.setTabOrder(self.add_button, self.build_button)
        self.setTabOrder(self.build_button, self.limit_spin)

    # ------------------------------------------------------------------ state

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record(index.row())

    def _editable(self) -> bool:
        return self.detail is not None and self.detail.editable

    def _update_state(self) -> None:
        editable = self._editable()
        item = self.current_item()
        has_meeting = self.detail is not None
        for widget in (self.reference_edit, self.add_button, self.build_button, self.limit_spin):
            widget.setEnabled(editable)
        for widget in (self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(editable and item is not None)
        self.remove_button.setEnabled(editable and item is not None and not item.decided)
        can_decide = editable and item is not None
        decision_widgets: tuple[QWidget, ...] = (
            self.decision_edit,
            self.responsible_combo,
            self.due_check,
            self.assign_check,
            self.save_button,
        )
        for decision_widget in decision_widgets:
            decision_widget.setEnabled(can_decide)
        self.due_edit.setEnabled(can_decide and self.due_check.isChecked())
        self.open_button.setEnabled(item is not None and not item.hidden)
        self.new_button.setVisible(self.supervisor)
        self.edit_button.setVisible(self.supervisor)
        self.edit_button.setEnabled(editable)
        self.close_button.setVisible(self.supervisor)
        self.close_button.setEnabled(editable)
        self.print_agenda_button.setEnabled(has_meeting)
        self.print_minutes_button.setEnabled(has_meeting)
        for widget in (self.reference_edit, self.add_button, self.build_button, self.limit_spin):
            widget.setVisible(self.supervisor)
        for widget in (self.up_button, self.down_button, self.remove_button):
            widget.setVisible(self.supervisor)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        if isinstance(exc, UserError):
            self._show_status(exc.message, error=True)
        else:
            self._show_status(self.tr("Operazione non riuscita: {0}").format(exc), error=True)

    # ------------------------------------------------------------------ loading

    def refresh(self, select_meeting: uuid.UUID | None = None) -> None:
        """Reload the list of meetings, the operators and the meeting shown."""
        self._stash_pending()
        desk, actor = self.desk, self.actor
        wanted = select_meeting or (self.detail.id if self.detail else None)

        def load() -> tuple[list[MeetingSummary], MeetingSummary | None, list[OperatorLoad]]:
            return (
                meetings.list_meetings(desk, actor),
                meetings.next_meeting(desk, actor),
                queues.operator_loads(desk, actor),
            )

        def done(
            result: tuple[list[MeetingSummary], MeetingSummary | None, list[OperatorLoad]],
        ) -> None:
            found, upcoming, operators = result
            self.meetings = found
            self.operators = operators
            self._fill_meetings(wanted or (upcoming.id if upcoming else None))
            self._fill_operators()
            chosen = self.meeting_combo.currentData()
            if chosen is None:
                self._show_detail(None)
                self._show_status(
                    self.tr("Nessuna riunione: crearne una con «Nuova riunione» (Alt+N).")
                    if self.supervisor
                    else self.tr("Nessuna riunione in programma.")
                )
            else:
                self.load_meeting(chosen)

        ops.run_in_background(load, on_success=done, on_failure=self._failed)

    def _fill_meetings(self, wanted: uuid.UUID | None) -> None:
        self.meeting_combo.blockSignals(True)
        try:
            self.meeting_combo.clear()
            for summary in self.meetings:
                self.meeting_combo.addItem(self._meeting_text(summary), summary.id)
            index = _find(self.meeting_combo, wanted) if wanted else 0
            self.meeting_combo.setCurrentIndex(max(index, 0) if self.meetings else -1)
        finally:
            self.meeting_combo.blockSignals(False)

    def _meeting_text(self, summary: MeetingSummary) -> str:
        when = f"{short_date(summary.starts_at.date())} {summary.starts_at:%H:%M}"
        cases = (
            self.tr("1 caso") if summary.items == 1 else self.tr("{0} casi").format(summary.items)
        )
        return f"{when} — {tr_label(summary.status_label)} — {cases}"

    def _fill_operators(self) -> None:
        current = self.responsible_combo.currentData()
        self.responsible_combo.blockSignals(True)
        try:
            self.responsible_combo.clear()
            self.responsible_combo.addItem(self.tr("— nessuno —"), None)
            for operator in self.operators:
                self.responsible_combo.addItem(operator.full_name, operator.operator_id)
            self.responsible_combo.setCurrentIndex(max(_find(self.responsible_combo, current), 0))
        finally:
            self.responsible_combo.blockSignals(False)

    def _meeting_chosen(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        if meeting_id is not None and (self.detail is None or self.detail.id != meeting_id):
            self._stash_pending()
            self.pending.clear()
            self.load_meeting(meeting_id)

    def load_meeting(self, meeting_id: uuid.UUID, select_item: uuid.UUID | None = None) -> None:
        """Load ``meeting_id`` (off the GUI thread) and show it."""
        desk, actor, today = self.desk, self.actor, self._today()
        keep = select_item or self._shown_item
        self._loading = True

        def done(detail: MeetingDetail) -> None:
            self._loading = False
            self._show_detail(detail, keep)

        ops.run_in_background(
            lambda: meetings.get_meeting(desk, actor, meeting_id, today=today),
            on_success=done,
            on_failure=self._failed,
        )

    def _show_detail(self, detail: MeetingDetail | None, keep: uuid.UUID | None = None) -> None:
        self.detail = detail
        self._shown_item = None
        self.model.set_records(detail.items if detail else [])
        if detail is None:
            self.info.setText("")
            self._show_item(None)
            self._update_state()
            return
        summary = detail.summary
        index = _find(self.meeting_combo, summary.id)
        if index >= 0:
            self.meeting_combo.setItemText(index, self._meeting_text(summary))
        parts = [appointment_text(summary.starts_at)]
        if summary.place:
            parts.append(summary.place)
        parts.append(tr_label(summary.status_label))
        decided = self.tr("decisioni registrate: {0} su {1}").format(summary.decided, summary.items)
        parts.append(decided)
        participants = ", ".join(
            line.strip() for line in detail.participants.splitlines() if line.strip()
        )
        text = " · ".join(parts)
        if participants:
            text += "\n" + self.tr("Partecipanti: {0}").format(participants)
        self.info.setText(text)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        row = 0
        if keep is not None:
            row = next((i for i, item in enumerate(detail.items) if item.id == keep), 0)
        if detail.items:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        else:
            self._show_item(None)
        self._update_state()

    # ------------------------------------------------------------------ the selected case

    def _row_changed(self, current: QModelIndex) -> None:
        self._stash_pending()
        item = self.model.record(current.row()) if current.isValid() else None
        self._show_item(item)
        self._update_state()

    def _stash_pending(self) -> None:
        """Keep the decision typed for the case shown, if it differs from what is saved."""
        if self._shown_item is None or self.detail is None:
            return
        item = next((i for i in self.detail.items if i.id == self._shown_item), None)
        if item is None:
            return
        pending = self._form()
        saved = _Pending(item.decision, item.responsible_operator_id, item.due_on, False)
        if pending.text.strip() and (
            pending.text.strip() != saved.text
            or pending.responsible != saved.responsible
            or pending.due_on != saved.due_on
        ):
            self.pending[item.id] = pending
        else:
            self.pending.pop(item.id, None)

    def _form(self) -> _Pending:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        return _Pending(
            text=self.decision_edit.toPlainText(),
            responsible=self.responsible_combo.currentData(),
            due_on=due if isinstance(due, date) else None,
            assign=self.assign_check.isChecked(),
        )

    def _default_due(self) -> date:
        return self._meeting_day() + timedelta(days=DEFAULT_DUE_DAYS)

    def _meeting_day(self) -> date:
        return self.detail.summary.starts_at.date() if self.detail else self._today()

    def _show_item(self, item: AgendaItem | None) -> None:
        self._shown_item = item.id if item else None
        self.decision_error.hide()
        if item is None:
            self.panel.setTitle(self.tr("Decisione"))
            self.case_info.setText(
                self.tr("Scegliere un caso dell'ordine del giorno.") if self.detail else ""
            )
            self.decision_edit.clear()
            return
        self.panel.setTitle(self.tr("Caso {0} — {1}").format(item.position, item.reference))
        self.case_info.setText(self._case_html(item))
        pending = self.pending.get(item.id)
        if pending is None:
            responsible = item.responsible_operator_id or item.operator_id
            due = item.due_on if item.decided else self._default_due()
            pending = _Pending(item.decision, responsible, due, False)
        self.decision_edit.setPlainText(pending.text)
        self.responsible_combo.setCurrentIndex(
            max(_find(self.responsible_combo, pending.responsible), 0)
        )
        self.due_check.setChecked(pending.due_on is not None)
        self.due_edit.setMinimumDate(_qdate(self._meeting_day()))
        self.due_edit.setDate(_qdate(pending.due_on or self._default_due()))
        self.assign_check.setChecked(pending.assign)

    def _case_html(self, item: AgendaItem) -> str:
        lines = [
            f"<b>{_html(item.reference)}</b> — {_html(item.person_name)}",
            self.tr("Motivi: {0}").format(_html(self.model.reasons(item))),
        ]
        status = self.tr("Stato: {0}").format(tr_label(item.case_status_label))
        if item.follow_up_on is not None:
            status += " · " + self.tr("prossimo contatto {0}").format(short_date(item.follow_up_on))
            if item.overdue_days == 1:
                status += " " + self.tr("(scaduto da 1 giorno)")
            elif item.overdue_days > 1:
                status += " " + self.tr("(scaduto da {0} giorni)").format(item.overdue_days)
        lines.append(_html(status))
        lines.append(
            _html(self.tr("Operatore: {0}").format(item.operator_name or self.tr("— nessuno —")))
        )
        if item.hidden:
            lines.append(
                "<i>"
                + _html(self.tr("Caso riservato: i dettagli li vede l'operatore assegnato."))
                + "</i>"
            )
        for referral in item.stuck_referrals:
            lines.append(
                _html(
                    self.tr("Invio {0} a {1} ({2}): senza risposta da {3} giorni").format(
                        referral.reference,
                        referral.partner,
                        referral.service,
                        referral.days_waiting,
                    )
                )
            )
        if item.recent_events:
            lines.append("<u>" + _html(self.tr("Ultime annotazioni")) + "</u>")
            for event in item.recent_events:
                lines.append(
                    _html(
                        f"{short_date(event.occurred_at.date())} · "
                        f"{tr_label(event.kind_label)} · {event.text}"
                    )
                )
        return "<br/>".join(lines)

    def _open_case(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.record(index.row())
            if not item.hidden:
                self.case_requested.emit(item.case_id)

    # ------------------------------------------------------------------ actions

    def _run(self, action: Callable[[], Any]) -> Any:
        """Run a write; a UserError is shown; returns None then."""
        try:
            return action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Operazione non riuscita"), exc.message)
            return None

    def _ok(self, action: Callable[[], object]) -> bool:
        """Run a write that returns nothing; whether it succeeded (a UserError is shown)."""

        def run() -> bool:
            action()
            return True

        return bool(self._run(run))

    def new_meeting(self) -> None:
        if not self.supervisor:
            return
        start = meetings.suggest_start(self.desk, self.actor, today=self._today())
        dialog = MeetingDialog(self.tr("Nuova riunione d'équipe"), starts_at=start, parent=self)
        self.meeting_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_meeting(
            dialog.starts_at(),
            dialog.place.text(),
            dialog.title_edit.text(),
            dialog.participants.toPlainText(),
        )

    def create_meeting(
        self, starts_at: datetime, place: str, title: str, participants: str
    ) -> None:
        meeting_id = self._run(
            lambda: meetings.create_meeting(
                self.desk,
                self.actor,
                starts_at=starts_at,
                place=place,
                title=title,
                participants=participants,
            )
        )
        if meeting_id is not None:
            self.pending.clear()
            self._show_status(
                self.tr(
                    "Riunione creata: ora «Prendi dalle code» (Alt+P) prepara l'ordine del giorno."
                )
            )
            self.refresh(select_meeting=meeting_id)

    def edit_meeting(self) -> None:
        detail = self.detail
        if detail is None or not detail.editable:
            return
        dialog = MeetingDialog(
            self.tr("Dettagli della riunione"),
            starts_at=detail.summary.starts_at,
            place=detail.summary.place,
            meeting_title=detail.summary.title,
            participants=detail.participants,
            notes=detail.notes,
            parent=self,
        )
        self.meeting_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        done = self._ok(
            lambda: meetings.update_meeting(
                self.desk,
                self.actor,
                detail.id,
                starts_at=dialog.starts_at(),
                place=dialog.place.text(),
                title=dialog.title_edit.text(),
                participants=dialog.participants.toPlainText(),
                notes=dialog.notes.toPlainText(),
            )
        )
        if done:
            self.refresh()

    def build_from_queues(self) -> None:
        detail = self.detail
        if detail is None or not detail.editable:
            return
        desk, actor, today, limit = self.desk, self.actor, self._today(), self.limit_spin.value()

        def done(result: meetings.AgendaBuild) -> None:
            text = self.tr("Dalle code: {0} casi aggiunti, {1} aggiornati.").format(
                result.added, result.updated
            )
            if result.left_out:
                text += " " + self.tr(
                    "{0} casi in coda non sono entrati (massimo {1}): aumentare il massimo o "
                    "aggiungerli a mano."
                ).format(result.left_out, limit)
            self._show_status(text)
            self.refresh()

        self._show_status(self.tr("Lettura delle code…"))
        ops.run_in_background(
            lambda: meetings.build_agenda(desk, actor, detail.id, today=today, limit=limit),
            on_success=done,
            on_failure=self._failed,
        )

    def add_case(self) -> None:
        detail = self.detail
        reference = self.reference_edit.text().strip()
        if detail is None or not detail.editable:
            return
        try:
            item_id = meetings.add_case(
                self.desk, self.actor, detail.id, reference, today=self._today()
            )
        except UserError as exc:
            self._show_status(exc.message, error=True)
            self.reference_edit.setFocus()
            self.reference_edit.selectAll()
            return
        self.reference_edit.clear()
        self._show_status(self.tr("Aggiunto all'ordine del giorno: {0}.").format(reference))
        self._stash_pending()
        self.load_meeting(detail.id, select_item=item_id)

    def move_selected(self, offset: int) -> None:
        item = self.current_item()
        if item is None or not self._editable() or self.detail is None:
            return
        meeting_id = self.detail.id
        if self._run(lambda: meetings.move_item(self.desk, self.actor, item.id, offset)):
            self._stash_pending()
            self.load_meeting(meeting_id, select_item=item.id)
            self.table.setFocus()

    def remove_selected(self) -> None:
        item = self.current_item()
        if item is None or not self._editable() or self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Togli dall'ordine del giorno"),
            self.tr("Togliere {0} dall'ordine del giorno?").format(item.reference),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(item)

    def remove(self, item: AgendaItem) -> None:
        assert self.detail is not None
        meeting_id = self.detail.id
        if self._ok(lambda: meetings.remove_item(self.desk, self.actor, item.id)):
            self.pending.pop(item.id, None)
            self._shown_item = None
            self._show_status(self.tr("Tolto dall'ordine del giorno: {0}.").format(item.reference))
            self.load_meeting(meeting_id)
            self.table.setFocus()

    def save_decision(self) -> None:
        """Save the decision on the case shown, then move to the next case (Ctrl+Invio)."""
        item = self.current_item()
        detail = self.detail
        if item is None or detail is None or not detail.editable:
            return
        form = self._form()
        try:
            result = meetings.record_decision(
                self.desk,
                self.actor,
                item.id,
                decision=form.text,
                responsible_operator_id=form.responsible,
                due_on=form.due_on,
                assign_to_responsible=form.assign,
                today=self._today(),
            )
        except UserError as exc:
            self.decision_error.setText(exc.message)
            self.decision_error.show()
            self.decision_edit.setFocus()
            return
        self.pending.pop(item.id, None)
        self._shown_item = None  # saved: nothing to stash
        message = self.tr("Decisione su {0} registrata nel diario.").format(item.reference)
        if result.follow_up_set and form.due_on is not None:
            message += " " + self.tr("Prossimo contatto: {0}.").format(short_date(form.due_on))
        if result.assigned:
            message += " " + self.tr("Presa in carico assegnata al responsabile.")
        self._show_status(message)
        row = self.table.currentIndex().row()
        following = detail.items[row + 1].id if row + 1 < len(detail.items) else item.id
        self.load_meeting(detail.id, select_item=following)
        self.decision_edit.setFocus()

    def close_meeting(self) -> None:
        detail = self.detail
        if detail is None or not detail.editable:
            return
        self._stash_pending()
        undecided = sum(1 for item in detail.items if not item.decided)
        text = self.tr(
            "Chiudere la riunione? Il verbale diventa definitivo. Decisioni registrate: {0}; "
            "casi rinviati alla prossima riunione: {1}."
        ).format(detail.summary.decided, undecided)
        if self.pending:
            text += "\n" + self.tr(
                "Attenzione: {0} decisioni scritte ma non salvate andranno perse."
            ).format(len(self.pending))
        answer = QMessageBox.question(self, self.tr("Chiudi riunione"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_current()

    def close_current(self) -> None:
        assert self.detail is not None
        meeting_id = self.detail.id
        if self._ok(lambda: meetings.close_meeting(self.desk, self.actor, meeting_id)):
            self.pending.clear()
            self._show_status(
                self.tr("Riunione chiusa. Il verbale si stampa con «Stampa verbale» (Alt+V).")
            )
            self.refresh(select_meeting=meeting_id)

    # ------------------------------------------------------------------ documents

    def print_document(self, kind: str) -> None:
        """Preview the agenda or the minutes (rendered off the GUI thread), to print or save."""
        detail = self.detail
        if detail is None or kind not in ("agenda", "minutes"):
            return
        desk, actor, today = self.desk, self.actor, self._today()
        full = self.supervisor and self.full_names_check.isChecked()
        meeting_id = detail.id
        document_kind: meetings.DocumentKind = "agenda" if kind == "agenda" else "minutes"

        def done(document: MeetingDocument) -> None:
            self._show_preview(meeting_id, document_kind, document)

        self._show_status(self.tr("Preparazione del documento…"))
        ops.run_in_background(
            lambda: meetings.meeting_document(
                desk, actor, meeting_id, document_kind, today=today, full_names=full
            ),
            on_success=done,
            on_failure=self._failed,
        )

    def _show_preview(
        self, meeting_id: uuid.UUID, kind: meetings.DocumentKind, document: MeetingDocument
    ) -> None:
        from cotdesk.ui.letter_preview import PdfPreviewDialog

        desk, actor = self.desk, self.actor
        self._show_status("")
        dialog = PdfPreviewDialog(
            document.pdf,
            document.title,
            lambda: meetings.record_document_output(desk, actor, meeting_id, kind, purpose="print"),
            self,
            on_save=lambda path: meetings.record_document_output(
                desk, actor, meeting_id, kind, purpose="export", path=str(path)
            ),
            suggested_name=document.suggested_name,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
        elif self.supervisor and self.detail is None:
            self.new_button.setFocus()
        else:
            self.meeting_combo.setFocus()
