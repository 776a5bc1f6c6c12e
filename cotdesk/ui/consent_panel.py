"""Privacy notice and consents on the person page: status, history, record, withdraw, print.

Every act is a new record (the consent service is append-only): a withdrawal never erases
what was given, and the whole history is listed under the current status.

Printing the form renders the PDF off the GUI thread (recorded as a view of the person's
data) and shows it in the preview (:class:`~cotdesk.ui.letter_preview.PdfPreviewDialog`),
where Ctrl+P prints and Ctrl+S saves; the print or the export is recorded in the access log
once it has happened (a cancelled print leaves no trace). The PDF stays in memory, never in
a temporary file: it carries personal data.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.errors import UserError
from cotdesk.services.consents import NOTICE_VERSION, PURPOSES
from cotdesk.services.desk import Desk
from cotdesk.services.person_view import (
    ConsentAct,
    ConsentView,
    record_consent_form_output,
    record_consents,
    render_consent_form,
    withdraw_consents,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.letter_preview import PdfPreviewDialog
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b00020;"

#: Short names of the purposes for lists (the full wording is on the form).
PURPOSE_SHORT: dict[str, str] = {
    "presa_in_carico": "presa in carico",
    "condivisione_rete": "condivisione con la rete",
    "contatti": "contatti",
}


def local_stamp(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y %H:%M")


def local_day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y")


# --------------------------------------------------------------------------- history model


class ConsentHistoryModel(RecordTableModel[ConsentAct]):
    """Every consent act of the person, most recent first (the signer's name and the notes
    hidden while the privacy mode is on)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy_mode()
        self._privacy.changed.connect(self.repaint_all)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Data e ora"),
            self.tr("Atto"),
            self.tr("Finalità"),
            self.tr("Operatore"),
            self.tr("Note"),
        ]

    def set_acts(self, acts: tuple[ConsentAct, ...] | list[ConsentAct]) -> None:
        self.set_records(acts)

    def act(self, row: int) -> ConsentAct:
        return self.record(row)

    def cell_role(self, act: ConsentAct, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(PURPOSES.get(p, p) for p in act.purposes) or None
        return None

    def cell_text(self, act: ConsentAct, column: int) -> str:
        if column == 0:
            return local_stamp(act.recorded_at)
        if column == 1:
            return act.action_label
        if column == 2:
            if act.action == "notice_given":
                return f"versione {act.notice_version}"
            return ", ".join(PURPOSE_SHORT.get(p, p) for p in act.purposes)
        if column == 3:
            return act.operator_name
        parts = []
        if act.signed_by:
            parts.append(f"firmato da {self._privacy.name(act.signed_by)}")
        if act.notes:
            parts.append(self._privacy.text(act.notes))
        return "; ".join(parts)


# --------------------------------------------------------------------------- dialogs


class ConsentDialog(QDialog):
    """Record that the notice was handed over and which consents were given."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person_id: uuid.UUID,
        status: ConsentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        self.setWindowTitle(self.tr("Informativa privacy e consensi"))
        self.setMinimumWidth(560)

        notice_text = self.tr("&Informativa privacy consegnata (versione {0})").format(
            NOTICE_VERSION
        )
        already = status.notice_given and status.notice_is_current
        if already and status.notice_given_at is not None:
            notice_text += " — " + self.tr("già consegnata il {0}").format(
                local_day(status.notice_given_at)
            )
        self.notice = QCheckBox(notice_text, self)
        self.notice.setAccessibleName(self.tr("Informativa consegnata"))
        self.notice.setChecked(not already)
        self.purposes: dict[str, QCheckBox] = {}
        purposes_layout = QFormLayout()
        for number, (code, text) in enumerate(PURPOSES.items(), start=1):
            box = QCheckBox(f"&{number}. {PURPOSE_SHORT.get(code, code).capitalize()}", self)
            box.setAccessibleName(text)
            box.setChecked(code in status.active_purposes)
            wording = QLabel(text, self)
            wording.setWordWrap(True)
            wording.setStyleSheet("color: #4a4a4a;")
            self.purposes[code] = box
            purposes_layout.addRow(box, wording)
        self.signed_by = QLineEdit(self)
        self.signed_by.setAccessibleName(self.tr("Firmato da"))
        self.signed_by.setPlaceholderText(
            self.tr("solo se firma un tutore, un genitore o un rappresentante legale")
        )
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("&Registra (Ctrl+S)"), self)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setAccessibleName(self.tr("Registra informativa e consensi"))
        self.cancel_button = QPushButton(self.tr("Annulla (Esc)"), self)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        consents_label = QLabel(self.tr("Consensi dati dalla persona (spuntare quelli firmati):"))
        consents_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Firmato da:"), self.signed_by)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addSpacing(8)
        layout.addWidget(consents_label)
        layout.addLayout(purposes_layout)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        order = [self.notice, *self.purposes.values(), self.signed_by, self.save_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.notice.setFocus()

    def chosen_purposes(self) -> list[str]:
        return [code for code, box in self.purposes.items() if box.isChecked()]

    def save(self) -> None:
        try:
            record_consents(
                self._desk,
                self._actor,
                self._person_id,
                notice=self.notice.isChecked(),
                purposes=self.chosen_purposes(),
                signed_by=self.signed_by.text(),
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


class WithdrawDialog(QDialog):
    """Record the withdrawal of one or more consents in force (a new act, never a delete)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person_id: uuid.UUID,
        status: ConsentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        self.setWindowTitle(self.tr("Revoca del consenso"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Spuntare i consensi che la persona revoca. La revoca viene registrata con "
                "data e operatore; i consensi dati prima restano nello storico."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.purposes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, code in enumerate(status.active_purposes, start=1):
            box = QCheckBox(f"&{number}. {PURPOSES[code]}", self)
            box.setAccessibleName(PURPOSES[code])
            self.purposes[code] = box
            layout.addWidget(box)
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Note sulla revoca"))
        self.notes.setPlaceholderText(self.tr("es. revoca comunicata per telefono"))
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.notes)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("&Registra la revoca (Ctrl+S)"), self)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setAccessibleName(self.tr("Registra la revoca"))
        self.cancel_button = QPushButton(self.tr("Annulla (Esc)"), self)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        first = next(iter(self.purposes.values()), None)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        chosen = [code for code, box in self.purposes.items() if box.isChecked()]
        if not chosen:
            self.error.setText(self.tr("Spuntare almeno un consenso da revocare."))
            return
        try:
            withdraw_consents(
                self._desk, self._actor, self._person_id, chosen, notes=self.notes.text()
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


# --------------------------------------------------------------------------- the panel


class ConsentPanel(QWidget):
    """The person's privacy status, history and the actions on it."""

    #: A consent act was recorded: the page reloads.
    changed = Signal()
    #: A message for the operator (status line of the page).
    message = Signal(str)

    def __init__(
        self, desk: Desk, actor: Actor, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        self._status: ConsentView | None = None
        self._file_name = "modulo-consenso.pdf"
        tr = self.tr

        self.status_label = QLabel(tr("Caricamento…"), self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setAccessibleName(tr("Stato dell'informativa e dei consensi"))

        self.record_action = self._action(
            tr("Registra &informativa e consensi (Ctrl+I)"), "Ctrl+I", self.record
        )
        self.withdraw_action = self._action(
            tr("&Revoca consenso (Ctrl+Shift+R)"), "Ctrl+Shift+R", self.withdraw
        )
        self.print_action = self._action(
            tr("Stam&pa modulo consenso (Ctrl+P)"), "Ctrl+P", self.print_form
        )
        self.record_button = self._button(self.record_action)
        self.withdraw_button = self._button(self.withdraw_action)
        self.print_button = self._button(self.print_action)

        self.history_model = ConsentHistoryModel(self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setWordWrap(False)
        self.history.setAccessibleName(tr("Storico dei consensi"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history_label = QLabel(tr("&Storico (nulla viene cancellato):"), self)
        history_label.setBuddy(self.history)

        buttons = QVBoxLayout()
        for button in (self.record_button, self.withdraw_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        self.setTabOrder(self.record_button, self.withdraw_button)
        self.setTabOrder(self.withdraw_button, self.print_button)
        self.setTabOrder(self.print_button, self.history)

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setAccessibleName(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    # ------------------------------------------------------------------ showing

    def set_status(self, status: ConsentView, file_name: str = "") -> None:
        self._status = status
        if file_name:
            self._file_name = file_name
        self.status_label.setText(self._describe(status))
        self.history_model.set_acts(status.history)
        self.withdraw_action.setEnabled(bool(status.active_purposes))

    def _describe(self, status: ConsentView) -> str:
        tr = self.tr
        lines: list[str] = []
        if status.notice_given_at is None:
            lines.append(
                "<b style='color:#b00020'>"
                + tr("Informativa privacy non ancora consegnata.")
                + "</b> "
                + tr("Va registrata prima di aprire una presa in carico (Ctrl+I).")
            )
        elif not status.notice_is_current:
            lines.append(
                "<b style='color:#8a4b00'>"
                + tr(
                    "Informativa consegnata il {0} (versione {1}): va consegnata quella nuova."
                ).format(local_day(status.notice_given_at), status.notice_version)
                + "</b>"
            )
        else:
            lines.append(
                tr("Informativa consegnata il {0} (versione {1}).").format(
                    local_day(status.notice_given_at), status.notice_version
                )
            )
        for code, text in PURPOSE_SHORT.items():
            if code in status.active_purposes:
                lines.append("✔ " + tr("Consenso in vigore: {0}").format(text))
            else:
                lines.append(
                    "<span style='color:#8a4b00'>✘ "
                    + tr("Nessun consenso: {0}").format(text)
                    + "</span>"
                )
        return "<br>".join(lines)

    # ------------------------------------------------------------------ actions

    def record(self) -> None:
        if self._status is None:
            return
        dialog = ConsentDialog(self._desk, self._actor, self._person_id, self._status, self)
        dialog.accepted.connect(self._recorded)
        dialog.open()
        self.consent_dialog = dialog

    def withdraw(self) -> None:
        if self._status is None or not self._status.active_purposes:
            self.message.emit(self.tr("Nessun consenso in vigore da revocare."))
            return
        dialog = WithdrawDialog(self._desk, self._actor, self._person_id, self._status, self)
        dialog.accepted.connect(self._withdrawn)
        dialog.open()
        self.withdraw_dialog = dialog

    def _recorded(self) -> None:
        self.message.emit(self.tr("Informativa e consensi registrati."))
        self.changed.emit()

    def _withdrawn(self) -> None:
        self.message.emit(self.tr("Revoca registrata."))
        self.changed.emit()

    def print_form(self) -> None:
        desk, actor, person_id = self._desk, self._actor, self._person_id
        self.print_action.setEnabled(False)
        self.message.emit(self.tr("Preparazione del modulo di consenso…"))
        run_in_background(
            lambda: render_consent_form(desk, actor, person_id),
            on_success=self._deliver,
            on_failure=self._print_failed,
        )

    def _deliver(self, data: bytes) -> None:
        self.print_action.setEnabled(True)
        self.message.emit("")
        desk, actor, person_id = self._desk, self._actor, self._person_id
        preview = PdfPreviewDialog(
            data,
            self.tr("Modulo di consenso privacy"),
            lambda: record_consent_form_output(desk, actor, person_id, purpose="print"),
            self,
            on_save=lambda _path: record_consent_form_output(
                desk, actor, person_id, purpose="export"
            ),
            suggested_name=self._file_name,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        self.preview = preview

    def _print_failed(self, exc: Exception) -> None:
        self.print_action.setEnabled(True)
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.message.emit(self.tr("Modulo non preparato: {0}").format(message))
