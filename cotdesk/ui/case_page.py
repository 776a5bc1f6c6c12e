"""The case page (*presa in carico*): header, diario, referrals and need assessment.

What a front-desk operator does most on a case is write down what just happened, so a note
is two keystrokes away: Ctrl+M puts the cursor in the note box at the top of the diario,
Ctrl+Invio saves it. Every other action has its shortcut on its button:

==================  ====================================================================
Ctrl+M              write a note (kind: nota, telefonata, colloquio)
Ctrl+Invio          save the note (in the note box)
Ctrl+D              next contact date
Ctrl+Shift+V        need assessment (new version, prefilled from the latest)
Ctrl+Shift+C        ask to close (operator) / approve the closure (coordinator)
Ctrl+Shift+K        take in charge / resume / send back to the operator
Ctrl+Shift+S        suspend
Ctrl+Shift+R        reopen a closed case (coordinator)
Ctrl+Shift+I        new referral
Ctrl+L              referral letter of the selected referral
Ctrl+R              record the partner's answer / the next state of the selected referral
Ctrl+Shift+T        diario: newest or oldest first
Ctrl+Shift+P        the person's page
==================  ====================================================================

The state buttons are driven by the lifecycles (``allowed_case_targets`` and
``allowed_referral_targets``), so the operator only ever sees moves they may make. Errors of
the services are shown inline, next to what was typed, which is never lost.

A note left unsaved is kept as a draft (:mod:`cotdesk.ui.drafts`, kind ``"case_note"``, key
the case): when the case page opens again it is back in the note box, with a small hint.
"""

from __future__ import annotations

import html
import importlib
import importlib.util
import itertools
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.cases import CaseStatus, allowed_case_targets, case_reason_required
from cotdesk.domain.italian import short_date
from cotdesk.domain.priority import PRIORITY_LEVEL_LABELS, PriorityLevel
from cotdesk.domain.referrals import (
    ReferralStatus,
    allowed_referral_targets,
    referral_reason_required,
)
from cotdesk.errors import UserError
from cotdesk.services import access, cases, referrals
from cotdesk.services.access import CaseAccess, CaseExistence
from cotdesk.services.case_view import (
    LOCAL_ZONE,
    AssessmentView,
    CasePageData,
    ReferralRow,
    assessment_view,
    case_page,
    record_case_view,
    today_in_rome,
)
from cotdesk.services.desk import Desk
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui.drafts import DraftKeeper, draft_moment
from cotdesk.ui.labels import tr_label
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.timeline_model import ReferralModel, TimelineModel

ERROR_STYLE = "color: #b00020;"
#: The draft kind of the note box; the key is the case's id.
NOTE_DRAFT_KIND = "case_note"

#: Background colours of the priority levels (white text on them).
PRIORITY_COLOURS = {
    PriorityLevel.LOW: "#1e7b34",
    PriorityLevel.MEDIUM: "#9a6700",
    PriorityLevel.HIGH: "#c2410c",
    PriorityLevel.URGENT: "#b00020",
}


#: Dialogs of other parts of the front desk, imported only when first used.
REFERRAL_DIALOG = ("cotdesk.ui.referral_dialog", "ReferralDialog")
LETTER_DIALOG = ("cotdesk.ui.letter_preview", "LetterPreviewDialog")


def dialog_available(where: tuple[str, str]) -> bool:
    """Whether the module of an optional dialog is there (without importing it)."""
    try:
        return importlib.util.find_spec(where[0]) is not None
    except (ImportError, ValueError):
        return False


def optional_dialog(where: tuple[str, str]) -> Any | None:
    """The class of an optional dialog, imported now; None if it cannot be imported."""
    module, name = where
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def badge(text: str, background: str) -> str:
    return (
        f'<span style="background-color: {background}; color: white;">'
        f"&nbsp;{html.escape(text)}&nbsp;</span>"
    )


# --------------------------------------------------------------------------- small dialogs


class ReasonDialog(QDialog):
    """Ask for the reason of a move (and, for the partner's answers, the answer itself).

    ``action(reason, answer)`` runs when the operator confirms; a :class:`UserError` it
    raises is shown inline and the dialog stays open with the text as typed.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        action: Callable[[str, str], None],
        *,
        reason_label: str | None,
        answer_label: str | None = None,
        confirm_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setAccessibleName(reason_label or "")
        if reason_label is not None:
            form.addRow(reason_label, self.reason)
        else:
            self.reason.hide()
        self.answer = QLineEdit(self)
        self.answer.setAccessibleName(answer_label or "")
        if answer_label is not None:
            form.addRow(answer_label, self.answer)
        else:
            self.answer.hide()
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Errore"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(confirm_text or self.tr("Conferma"))
        self.ok_button.setToolTip(self.tr("Ctrl+Invio"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm)
        if reason_label is not None:
            self.reason.setFocus()
        elif answer_label is not None:
            self.answer.setFocus()
        else:
            self.ok_button.setFocus()

    def confirm(self) -> None:
        try:
            self._action(self.reason.toPlainText(), self.answer.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()


class FollowUpDialog(QDialog):
    """Pick the date of the next contact: never in the past (said inline), or none."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        current: date | None,
        today: date,
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor, self._case_id, self._today = desk, actor, case_id, today
        self.setWindowTitle(self.tr("Prossimo contatto"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(self.tr("Data del prossimo contatto"))
        start = current if current is not None and current >= today else today + timedelta(7)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.date_edit.dateChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("&Data del prossimo contatto:"), self.date_edit)
        layout.addLayout(form)
        quick = QHBoxLayout()
        for days, text in (
            (7, self.tr("Tra &1 settimana")),
            (14, self.tr("Tra &2 settimane")),
            (30, self.tr("Tra 1 &mese")),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, d=days: self._set_in(d))
            quick.addWidget(button)
        layout.addLayout(quick)
        self.error = QLabel("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Errore nella data"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.clear_button = buttons.addButton(
            self.tr("Nessun prossimo contatto"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.setVisible(current is not None)
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date_edit.setFocus()
        self._check()

    def chosen(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def _set_in(self, days: int) -> None:
        target = self._today + timedelta(days)
        self.date_edit.setDate(QDate(target.year, target.month, target.day))
        self.date_edit.setFocus()

    def _check(self) -> None:
        past = self.chosen() < self._today
        self.error.setText(
            self.tr("La data del prossimo contatto non può essere nel passato.") if past else ""
        )
        self.save_button.setEnabled(not past)

    def _store(self, when: date | None) -> None:
        try:
            with UnitOfWork(self._desk, self._actor) as uow:
                cases.set_follow_up(uow, self._case_id, when, today=self._today)
                uow.commit()
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()

    def save(self) -> None:
        self._store(self.chosen())

    def clear(self) -> None:
        self._store(None)


# --------------------------------------------------------------------------- the page


class CasePage(QWidget):
    """One case: header, diario with the note box, referrals, need assessment."""

    person_requested = Signal(uuid.UUID)
    #: Something on the case changed (a note, a state, a referral...).
    case_changed = Signal(uuid.UUID)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = today_in_rome,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.case_id = case_id
        self._today = today
        self.data: CasePageData = case_page(desk, actor, case_id)
        #: Restricted or not, and whether the actor may change that.
        self.access: CaseAccess = access.case_access(desk, actor, case_id)
        record_case_view(desk, actor, case_id)
        #: The dialog opened last by the page (non-modal to the app; tests drive it).
        self.dialog: QDialog | None = None
        self._shown_version: int | None = None
        #: The assessment version shown read-only on the page (None: not assessed yet).
        self.shown_assessment: AssessmentView | None = None
        #: The referral state menu opened last by Ctrl+R.
        self.state_menu: QMenu | None = None

        self._build_header()
        self._build_actions()
        self._build_timeline()
        self._build_referrals()
        self._build_assessment()
        self._build_layout()
        self._build_shortcuts()
        self._apply()
        self._keep_note_draft()
        privacy_mode().changed.connect(self._privacy_changed)
        self.timeline_view.setFocus()

    def _privacy_changed(self, _on: bool) -> None:
        self._apply()  # names as initials, free text masked (cotdesk.ui.privacy)

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.emergency_banner = QLabel(self)
        self.emergency_banner.setWordWrap(True)
        self.emergency_banner.setStyleSheet(
            "background-color: #b00020; color: white; padding: 6px; font-weight: bold;"
        )
        self.emergency_banner.setAccessibleName(self.tr("Avviso privacy"))
        self.closure_banner = QLabel(self)
        self.closure_banner.setWordWrap(True)
        self.closure_banner.setStyleSheet(
            "background-color: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #e0c060;"
        )
        self.closure_banner.setAccessibleName(self.tr("Richiesta di chiusura"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName(self.tr("Presa in carico"))
        self.title.linkActivated.connect(lambda _link: self.open_person())
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Stato"))
        self.priority_label = QLabel(self)
        self.priority_label.setAccessibleName(self.tr("Priorità"))
        self.areas_label = QLabel(self)
        self.areas_label.setWordWrap(True)
        self.areas_label.setAccessibleName(self.tr("Aree di intervento"))
        self.operator_label = QLabel(self)
        self.operator_label.setAccessibleName(self.tr("Operatore assegnato"))
        self.follow_up_label = QLabel(self)
        self.follow_up_label.setAccessibleName(self.tr("Prossimo contatto"))
        self.opened_label = QLabel(self)
        self.opened_label.setAccessibleName(self.tr("Aperta il"))
        self.channel_label = QLabel(self)
        self.channel_label.setWordWrap(True)
        self.channel_label.setAccessibleName(self.tr("Canale di accesso"))
        for label in (
            self.status_label,
            self.priority_label,
            self.areas_label,
            self.operator_label,
            self.follow_up_label,
            self.opened_label,
            self.channel_label,
        ):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _button(self, text: str, shortcut: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(f"{text} ({shortcut})", self)
        button.setToolTip(shortcut)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> None:
        self.assess_button = self._button(
            self.tr("Valutazione del bisogno"), "Ctrl+Shift+V", self.open_assessment
        )
        self.assess_button.setAccessibleName(self.tr("Valutazione del bisogno"))
        self.follow_up_button = self._button(
            self.tr("Prossimo contatto"), "Ctrl+D", self.open_follow_up
        )
        self.follow_up_button.setAccessibleName(self.tr("Prossimo contatto"))
        #: One button per state the actor may move the case to (shown by :meth:`_apply`).
        self.status_buttons: dict[CaseStatus, QPushButton] = {}
        for target, shortcut in (
            (CaseStatus.IN_PROGRESS, "Ctrl+Shift+K"),
            (CaseStatus.SUSPENDED, "Ctrl+Shift+S"),
            (CaseStatus.CLOSURE_REQUESTED, "Ctrl+Shift+C"),
            (CaseStatus.CLOSED, "Ctrl+Shift+C"),
            (CaseStatus.OPEN, "Ctrl+Shift+R"),
        ):
            button = self._button("", shortcut, lambda _checked=False, t=target: self.move_case(t))
            self.status_buttons[target] = button
        self.person_button = self._button(
            self.tr("Scheda persona"), "Ctrl+Shift+P", self.open_person
        )
        #: Mark or unmark the case restricted (assigned operator and coordinator only).
        self.restrict_button = self._button("", "Ctrl+Alt+R", self.toggle_restricted)

    def _build_timeline(self) -> None:
        self.note_kind = QComboBox(self)
        self.note_kind.addItem(self.tr("Nota"), "note")
        self.note_kind.addItem(self.tr("Telefonata"), "call")
        self.note_kind.addItem(self.tr("Colloquio"), "meeting")
        self.note_kind.setAccessibleName(self.tr("Tipo di annotazione"))
        self.note_box = QPlainTextEdit(self)
        self.note_box.setTabChangesFocus(True)
        self.note_box.setFixedHeight(64)
        self.note_box.setPlaceholderText(
            self.tr("Scrivi qui cosa è successo (Ctrl+M); Ctrl+Invio per salvare")
        )
        self.note_box.setAccessibleName(self.tr("Testo della nota"))
        self.note_save = QPushButton(self.tr("Salva nota (Ctrl+Invio)"), self)
        self.note_save.setAutoDefault(False)
        self.note_save.setAccessibleName(self.tr("Salva nota"))
        self.note_save.clicked.connect(self.save_note)
        self.note_error = QLabel("", self)
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.setWordWrap(True)
        self.note_error.setAccessibleName(self.tr("Errore nella nota"))
        self.note_error.hide()
        self.note_draft_hint = QLabel("", self)
        self.note_draft_hint.setStyleSheet("color: #5c4400; font-style: italic;")
        self.note_draft_hint.setWordWrap(True)
        self.note_draft_hint.setAccessibleName(self.tr("Bozza della nota ripristinata"))
        self.note_draft_hint.hide()

        self.order_button = QPushButton(self)
        self.order_button.setAutoDefault(False)
        self.order_button.setToolTip("Ctrl+Shift+T")
        self.order_button.clicked.connect(self.toggle_order)
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QTableView(self)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setAccessibleName(self.tr("Diario della presa in carico"))
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setTabKeyNavigation(False)
        self.timeline_view.verticalHeader().hide()
        header = self.timeline_view.horizontalHeader()
        for column in (TimelineModel.TIME, TimelineModel.KIND, TimelineModel.OPERATOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)  # the first rows decide the narrow columns
        # Wrapped notes need their rows re-measured when the text column changes width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.timeline_view.resizeRowsToContents)
        header.sectionResized.connect(
            lambda column, _old, _new: (
                self._rows_timer.start() if column == TimelineModel.TEXT else None
            )
        )

    def _build_referrals(self) -> None:
        self.referral_model = ReferralModel(self)
        self.referral_view = QTableView(self)
        self.referral_view.setModel(self.referral_model)
        self.referral_view.setAccessibleName(self.tr("Invii della presa in carico"))
        self.referral_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referral_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referral_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referral_view.setTabKeyNavigation(False)
        self.referral_view.setAlternatingRowColors(True)
        self.referral_view.verticalHeader().hide()
        self.referral_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.referral_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The service and the answer share the room left (full texts in their tooltips), so
        # a long service name never pushes the state off the panel; the long reference is
        # in the service's tooltip, on the letter and on the diario.
        header.setSectionResizeMode(ReferralModel.SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReferralModel.ANSWER, QHeaderView.ResizeMode.Stretch)
        self.referral_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.referral_view.setColumnHidden(ReferralModel.REFERENCE, True)
        self.referral_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._apply_referral_buttons()
        )
        self.referral_view.activated.connect(lambda _index: self.open_letter())

        self.new_referral_button = self._button(
            self.tr("Nuovo invio"), "Ctrl+Shift+I", self.new_referral
        )
        self.new_referral_button.setAccessibleName(self.tr("Nuovo invio"))
        self.letter_button = self._button(self.tr("Lettera di invio"), "Ctrl+L", self.open_letter)
        self.letter_button.setAccessibleName(self.tr("Lettera di invio"))
        self._referral_available = dialog_available(REFERRAL_DIALOG)
        self._letter_available = dialog_available(LETTER_DIALOG)
        self._mark_unavailable()

        self.referral_state_labels = {
            ReferralStatus.SENT: self.tr("Segna come inviato"),
            ReferralStatus.ACCEPTED: self.tr("Accettato dall'ente"),
            ReferralStatus.DECLINED: self.tr("Rifiutato dall'ente"),
            ReferralStatus.NO_ANSWER: self.tr("Senza risposta"),
            ReferralStatus.IN_PROGRESS: self.tr("Servizio avviato"),
            ReferralStatus.COMPLETED: self.tr("Concluso"),
            ReferralStatus.INTERRUPTED: self.tr("Interrotto"),
            ReferralStatus.CANCELLED: self.tr("Annulla invio"),
        }
        self.referral_state_buttons: dict[ReferralStatus, QPushButton] = {}
        self.referral_state_row = QHBoxLayout()
        self.referral_state_caption = QLabel(self.tr("Stato dell'invio (Ctrl+R):"), self)
        self.referral_state_row.addWidget(self.referral_state_caption)
        for target, text in self.referral_state_labels.items():
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Stato dell'invio: {0}").format(text))
            button.clicked.connect(lambda _=False, t=target: self.move_referral(t))
            self.referral_state_row.addWidget(button)
            self.referral_state_buttons[target] = button
        self.referral_state_row.addStretch(1)

    def _mark_unavailable(self) -> None:
        unavailable = self.tr("Non ancora disponibile su questa postazione")
        if not self._referral_available:
            self.new_referral_button.setToolTip(unavailable)
        if not self._letter_available:
            self.letter_button.setToolTip(unavailable)

    def _build_assessment(self) -> None:
        self.version_combo = QComboBox(self)
        self.version_combo.setAccessibleName(self.tr("Versione della valutazione"))
        self.version_combo.currentIndexChanged.connect(self._show_version)
        self.version_note = QLabel("", self)
        self.version_note.setStyleSheet("color: #5c4400;")
        self.assessment_text = QTextBrowser(self)
        self.assessment_text.setAccessibleName(self.tr("Valutazione del bisogno (sola lettura)"))
        self.assessment_text.setOpenLinks(False)

    def _build_layout(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self._diary_box())
        body.addWidget(self._side_panel())
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([5500, 4500])  # proportions: the diario gets the larger part
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.emergency_banner)
        layout.addWidget(self.closure_banner)
        layout.addLayout(self._header_layout())
        layout.addLayout(self._actions_layout())
        layout.addWidget(line)
        layout.addWidget(body, 1)
        self._set_tab_order()

    def _header_layout(self) -> QGridLayout:
        header = QGridLayout()
        header.setHorizontalSpacing(18)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.status_label)
        top.addWidget(self.priority_label)
        top.addStretch(1)
        header.addLayout(top, 0, 0, 1, 3)
        header.addWidget(self.areas_label, 1, 0)
        header.addWidget(self.operator_label, 1, 1)
        header.addWidget(self.opened_label, 1, 2)
        header.addWidget(self.channel_label, 2, 0)
        header.addWidget(self.follow_up_label, 2, 1)
        header.setColumnStretch(0, 2)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(2, 1)
        return header

    def _actions_layout(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.addWidget(self.assess_button)
        actions.addWidget(self.follow_up_button)
        for button in self.status_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.restrict_button)
        actions.addWidget(self.person_button)
        return actions

    def _diary_box(self) -> QGroupBox:
        diary = QGroupBox(self.tr("Diario"), self)
        diary_layout = QVBoxLayout(diary)
        note_label = QLabel(self.tr("&Nuova annotazione (Ctrl+M):"), diary)
        note_label.setBuddy(self.note_box)
        kind_label = QLabel(self.tr("&Tipo:"), diary)
        kind_label.setBuddy(self.note_kind)
        top_row = QHBoxLayout()
        top_row.addWidget(note_label)
        top_row.addStretch(1)
        top_row.addWidget(kind_label)
        top_row.addWidget(self.note_kind)
        diary_layout.addLayout(top_row)
        diary_layout.addWidget(self.note_box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.note_draft_hint, 1)
        save_row.addWidget(self.note_error, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.note_save, 0, Qt.AlignmentFlag.AlignTop)
        diary_layout.addLayout(save_row)
        line = QFrame(diary)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        diary_layout.addWidget(line)
        order_row = QHBoxLayout()
        order_row.addStretch(1)
        order_row.addWidget(self.order_button)
        diary_layout.addLayout(order_row)
        diary_layout.addWidget(self.timeline_view, 1)
        return diary

    def _side_panel(self) -> QSplitter:
        referrals_box = QGroupBox(self.tr("Invii"), self)
        referrals_layout = QVBoxLayout(referrals_box)
        referral_buttons = QHBoxLayout()
        referral_buttons.addWidget(self.new_referral_button)
        referral_buttons.addWidget(self.letter_button)
        referral_buttons.addStretch(1)
        referrals_layout.addLayout(referral_buttons)
        referrals_layout.addWidget(self.referral_view, 1)
        referrals_layout.addLayout(self.referral_state_row)

        assessment_box = QGroupBox(self.tr("Valutazione del bisogno"), self)
        assessment_layout = QVBoxLayout(assessment_box)
        version_row = QHBoxLayout()
        version_label = QLabel(self.tr("&Versione:"), assessment_box)
        version_label.setBuddy(self.version_combo)
        version_row.addWidget(version_label)
        version_row.addWidget(self.version_combo, 1)
        assessment_layout.addLayout(version_row)
        assessment_layout.addWidget(self.version_note)
        assessment_layout.addWidget(self.assessment_text, 1)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(referrals_box)
        right.addWidget(assessment_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        return right

    def _set_tab_order(self) -> None:
        # Keyboard order: diary first (what is used most), then referrals, then assessment.
        chain = [
            self.note_kind,
            self.note_box,
            self.note_save,
            self.order_button,
            self.timeline_view,
            self.new_referral_button,
            self.letter_button,
            self.referral_view,
            *self.referral_state_buttons.values(),
            self.version_combo,
            self.assessment_text,
            self.assess_button,
            self.follow_up_button,
            *self.status_buttons.values(),
            self.person_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_shortcuts(self) -> None:
        def action(keys: str, slot: Callable[[], None]) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        action("Ctrl+M", self.focus_note)
        action("Ctrl+D", self.open_follow_up)
        action("Ctrl+Shift+V", self.open_assessment)
        action("Ctrl+Shift+I", self.new_referral)
        action("Ctrl+L", self.open_letter)
        action("Ctrl+R", self.referral_state_menu)
        action("Ctrl+Shift+T", self.toggle_order)
        action("Ctrl+Shift+P", self.open_person)
        action("Ctrl+Shift+K", lambda: self._shortcut_move(CaseStatus.IN_PROGRESS))
        action("Ctrl+Shift+S", lambda: self._shortcut_move(CaseStatus.SUSPENDED))
        action("Ctrl+Shift+R", lambda: self._shortcut_move(CaseStatus.OPEN))
        action("Ctrl+Shift+C", self._shortcut_close)
        action("Ctrl+Alt+R", self.toggle_restricted)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_box)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.save_note)

    # ------------------------------------------------------------------ showing the data

    def today(self) -> date:
        return self._today()

    def reload(self, *, newest_version: bool = False) -> None:
        """Read the case again after an action (the services wrote it on the diario)."""
        self.data = case_page(self.desk, self.actor, self.case_id)
        self.access = access.case_access(self.desk, self.actor, self.case_id)
        if newest_version:
            self._shown_version = None
        self._apply()
        self.case_changed.emit(self.case_id)

    def _apply(self) -> None:
        head = self.data.header
        today = self.today()
        self.emergency_banner.setText(
            self.tr(
                "Aperta in emergenza senza informativa privacy: consegnare l'informativa e "
                "registrarla nella scheda persona appena possibile."
            )
        )
        self.emergency_banner.setVisible(head.consent_emergency_open)
        self.closure_banner.setVisible(head.status is CaseStatus.CLOSURE_REQUESTED)
        if head.status is CaseStatus.CLOSURE_REQUESTED:
            self.closure_banner.setText(
                self.tr("Chiusura richiesta, in attesa del coordinatore. Motivo: {0}").format(
                    head.closure_reason
                )
            )
        self.title.setText(
            f"<span style='font-size: 15pt; font-weight: bold;'>"
            f"{html.escape(head.reference)} · <a href='person'>"
            f"{html.escape(privacy_mode().name(head.person_name))}</a>"
            f"</span>"
            + (f" {badge(self.tr('RISERVATA'), '#6a1b9a')}" if self.access.restricted else "")
            + self._grant_badge()
        )
        self.restrict_button.setText(
            (
                self.tr("Togli riservatezza")
                if self.access.restricted
                else self.tr("Rendi riservata")
            )
            + " (Ctrl+Alt+R)"
        )
        self.restrict_button.setVisible(self.access.may_change_restriction)
        self.status_label.setText(badge(tr_label(head.status_label), "#3d4a5c"))
        if head.assessed:
            level = head.priority_level
            priority = self.tr("Priorità {0} · {1}").format(
                head.priority, tr_label(PRIORITY_LEVEL_LABELS[level])
            )
            self.priority_label.setText(badge(priority, PRIORITY_COLOURS[level]))
        else:
            self.priority_label.setText(
                "<i>" + html.escape(self.tr("Priorità: bisogno non ancora valutato")) + "</i>"
            )
        self.areas_label.setText(
            self._field(self.tr("Aree"), ", ".join(head.area_labels) or self.tr("nessuna"))
        )
        self.operator_label.setText(
            self._field(
                self.tr("Operatore"), head.assigned_operator_name or self.tr("da assegnare")
            )
        )
        opened = short_date(head.opened_on)
        if head.closed_on is not None:
            opened += " · " + self.tr("chiusa il {0}").format(short_date(head.closed_on))
        self.opened_label.setText(self._field(self.tr("Aperta il"), opened))
        channel = tr_label(head.channel_label) + (f" ({head.reporter})" if head.reporter else "")
        self.channel_label.setText(self._field(self.tr("Canale"), channel))
        if head.follow_up_on is None:
            follow = self._field(self.tr("Prossimo contatto"), self.tr("non fissato"))
        elif head.follow_up_on < today:
            follow = self._field(
                self.tr("Prossimo contatto"),
                self.tr("{0} (scaduto)").format(short_date(head.follow_up_on)),
                colour="#b00020",
            )
        else:
            follow = self._field(self.tr("Prossimo contatto"), short_date(head.follow_up_on))
        self.follow_up_label.setText(follow)

        self._apply_status_buttons()
        self.timeline_model.set_entries(self.data.timeline)
        self._rows_timer.start()
        self.order_button.setText(
            self.tr("Più recenti in alto (Ctrl+Shift+T)")
            if self.timeline_model.newest_first()
            else self.tr("Più vecchie in alto (Ctrl+Shift+T)")
        )
        selected = self.selected_referral_id()
        self.referral_model.set_rows(self.data.referrals)
        if self.data.referrals:
            row = self.referral_model.row_of(selected) if selected else -1
            self.referral_view.selectRow(row if row >= 0 else len(self.data.referrals) - 1)
        self._apply_referral_buttons()
        self._apply_versions()

    @staticmethod
    def _field(name: str, value: str, colour: str = "") -> str:
        style = f" style='color: {colour}; font-weight: bold;'" if colour else ""
        return f"{html.escape(name)}: <span{style}>{html.escape(value)}</span>"

    def _status_text(self, target: CaseStatus) -> str:
        current = self.data.header.status
        if target is CaseStatus.IN_PROGRESS:
            if current is CaseStatus.OPEN:
                return self.tr("Prendi in carico")
            if current is CaseStatus.CLOSURE_REQUESTED:
                return self.tr("Rimanda all'operatore")
            return self.tr("Riprendi")
        return {
            CaseStatus.SUSPENDED: self.tr("Sospendi"),
            CaseStatus.CLOSURE_REQUESTED: self.tr("Richiedi chiusura"),
            CaseStatus.CLOSED: self.tr("Approva chiusura"),
            CaseStatus.OPEN: self.tr("Riapri"),
        }[target]

    def _apply_status_buttons(self) -> None:
        allowed = set(allowed_case_targets(self.data.header.status, self.actor.role))
        for target, button in self.status_buttons.items():
            shortcut = button.toolTip()
            button.setText(f"{self._status_text(target)} ({shortcut})")
            button.setAccessibleName(self._status_text(target))
            button.setVisible(target in allowed)
        closed = self.data.header.status is CaseStatus.CLOSED
        self.note_box.setEnabled(True)
        self.follow_up_button.setEnabled(not closed)
        self.assess_button.setEnabled(not closed)
        self.new_referral_button.setEnabled(not closed and self._referral_available)

    def _apply_referral_buttons(self) -> None:
        referral = self.selected_referral()
        allowed = (
            set(allowed_referral_targets(referral.status, self.actor.role)) if referral else set()
        )
        for target, button in self.referral_state_buttons.items():
            button.setVisible(target in allowed)
        self.referral_state_caption.setVisible(bool(allowed))
        # Before the page is first shown the row keeps the minimum width of all eight
        # buttons (about 1,040 px), and the main window grew past a 1366 px laptop screen.
        self.referral_state_row.invalidate()
        self.letter_button.setEnabled(referral is not None and self._letter_available)

    def _apply_versions(self) -> None:
        versions = self.data.versions
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for version in versions:
            self.version_combo.addItem(
                self.tr("n. {0} del {1} · {2} · priorità {3} ({4})").format(
                    version.version,
                    short_date(version.assessed_on),
                    version.operator_name,
                    version.priority_score,
                    tr_label(PRIORITY_LEVEL_LABELS[version.priority_level]).lower(),
                ),
                version.version,
            )
        self.version_combo.setEnabled(bool(versions))
        index = 0
        if self._shown_version is not None:
            index = max(0, self.version_combo.findData(self._shown_version))
        self.version_combo.setCurrentIndex(index)
        self.version_combo.blockSignals(False)
        self._show_version()

    def _show_version(self, *_args: object) -> None:
        if not self.data.versions:
            self.shown_assessment = None
            self.version_note.setText("")
            self.assessment_text.setHtml(
                "<p><i>"
                + html.escape(
                    self.tr(
                        "Nessuna valutazione del bisogno: avviala con Ctrl+Shift+V per "
                        "calcolare la priorità."
                    )
                )
                + "</i></p>"
            )
            return
        number = self.version_combo.currentData()
        latest = self.data.latest_assessment
        if latest is not None and number == latest.version:
            shown: AssessmentView | None = latest
            self._shown_version = None
            self.version_note.setText("")
        else:
            try:
                shown = assessment_view(self.desk, self.actor, self.case_id, number)
            except UserError as exc:
                self.version_note.setText(exc.message)
                return
            self._shown_version = number
            self.version_note.setText(
                self.tr("Versione precedente, in sola lettura: l'ultima è la n. {0}.").format(
                    self.data.versions[0].version
                )
            )
        self.shown_assessment = shown
        self.assessment_text.setHtml(self._assessment_html(shown) if shown else "")

    def _assessment_html(self, view: AssessmentView) -> str:
        esc = html.escape
        parts = [
            "<p>"
            + esc(
                self.tr("Valutazione n. {0} del {1}, {2}").format(
                    view.version, short_date(view.assessed_on), view.operator_name
                )
            )
            + "</p>",
            "<p>"
            + badge(
                self.tr("Priorità {0} · {1}").format(
                    view.priority_score, tr_label(PRIORITY_LEVEL_LABELS[view.priority_level])
                ),
                PRIORITY_COLOURS[view.priority_level],
            )
            + "</p>",
            "<b>" + esc(self.tr("Bisogni")) + "</b><table cellpadding='2'>",
        ]
        for need in view.needs:
            notes = f"<br/><i>{esc(privacy_mode().text(need.notes))}</i>" if need.notes else ""
            parts.append(
                f"<tr><td><b>{esc(tr_label(need.severity_label))}</b></td>"
                f"<td>{esc(need.label)} <span style='color:#666'>({esc(need.area_label)})</span>"
                f"{notes}</td></tr>"
            )
        parts.append("</table>")
        if view.vulnerability_labels:
            parts.append("<b>" + esc(self.tr("Fattori di vulnerabilità")) + "</b><ul>")
            parts.extend(f"<li>{esc(label)}</li>" for label in view.vulnerability_labels)
            parts.append("</ul>")
        if view.narrative:
            parts.append("<b>" + esc(self.tr("Sintesi")) + "</b>")
            narrative = privacy_mode().text(view.narrative)
            parts.append("<p>" + esc(narrative).replace("\n", "<br/>") + "</p>")
        parts.append("<b>" + esc(self.tr("Perché questa priorità")) + "</b><ul>")
        parts.extend(f"<li>{esc(reason)}</li>" for reason in view.priority_reasons)
        parts.append("</ul>")
        return "".join(parts)

    # ------------------------------------------------------------------ selection

    def selected_referral(self) -> ReferralRow | None:
        index = self.referral_view.currentIndex()
        if not index.isValid():
            return None
        return self.referral_model.referral(index.row())

    def selected_referral_id(self) -> uuid.UUID | None:
        referral = self.selected_referral()
        return referral.id if referral is not None else None

    # ------------------------------------------------------------------ actions

    def _open_dialog(
        self, dialog: QDialog, *, newest_version: bool = False, always: bool = False
    ) -> None:
        """Open ``dialog`` window-modal; reload the page when it is accepted (or always)."""
        self.dialog = dialog
        dialog.finished.connect(
            lambda result: self.reload(newest_version=newest_version) if result or always else None
        )
        dialog.open()

    def _keep_note_draft(self) -> None:
        """Autosave the note box; put back (silently, with a hint) a note left unsaved."""
        self.note_keeper = DraftKeeper(
            self.desk,
            self.actor,
            NOTE_DRAFT_KIND,
            str(self.case_id),
            snapshot=self.note_state,
            restore=self.set_note_state,
            parent=self,
            is_blank=lambda state: not str(state.get("text", "")).strip(),
        )
        self.note_keeper.failed.connect(self._note_draft_failed)
        self.note_keeper.track(self.note_kind, self.note_box)
        self.note_box.textChanged.connect(self._note_edited)
        draft = self.note_keeper.pending()
        if draft is None:
            self.note_keeper.start()
            return
        # The box is empty at opening: putting the note back overwrites nothing.
        self.note_keeper.restore(draft)
        day, time = draft_moment(draft)
        self.note_draft_hint.setText(
            self.tr("Bozza ripristinata: scritta il {0} alle {1}, non ancora salvata.").format(
                day, time
            )
        )
        self.note_draft_hint.show()

    def note_state(self) -> dict[str, Any]:
        """The note box's state as a JSON-able dict (the draft's payload)."""
        return {"kind": str(self.note_kind.currentData()), "text": self.note_box.toPlainText()}

    def set_note_state(self, state: dict[str, Any]) -> None:
        self.note_kind.setCurrentIndex(max(0, self.note_kind.findData(state.get("kind"))))
        self.note_box.setPlainText(str(state.get("text", "")))
        self.note_box.moveCursor(QTextCursor.MoveOperation.End)

    def _note_edited(self) -> None:
        if not self.note_box.toPlainText().strip():
            self.note_draft_hint.hide()  # emptied: the draft goes with it

    def _note_draft_failed(self, message: str) -> None:
        self.note_error.setText(self.tr("Bozza della nota non salvata: {0}").format(message))
        self.note_error.show()

    def focus_note(self) -> None:
        self.note_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_note(self) -> None:
        text = self.note_box.toPlainText()
        kind = self.note_kind.currentData()
        try:
            with UnitOfWork(self.desk, self.actor) as uow:
                cases.add_note(uow, self.case_id, text, kind=kind)
                uow.commit()
        except UserError as exc:
            self.note_error.setText(exc.message)
            self.note_error.show()
            self.note_box.setFocus()
            return
        self.note_error.hide()
        self.note_keeper.discard()  # saved: the draft is gone, the next note gets its own
        self.note_draft_hint.hide()
        self.note_box.clear()
        self.note_kind.setCurrentIndex(0)
        self.reload()

    def _grant_badge(self) -> str:
        """Read through a break-the-glass access: until when (Rome time)."""
        until = self.access.grant_until
        if until is None:
            return ""
        local = until.astimezone(LOCAL_ZONE) - timedelta(minutes=1)
        text = self.tr("accesso motivato fino alle {0}").format(local.strftime("%H:%M"))
        return f" {badge(text, '#8a5a00')}"

    def toggle_restricted(self) -> None:
        """Mark or unmark the case restricted, with an optional reason (written on the diario)."""
        if not self.access.may_change_restriction:
            return
        restricted = not self.access.restricted

        def run(reason: str, _answer: str) -> None:
            access.set_restricted(self.desk, self.actor, self.case_id, restricted, reason=reason)
            self.reload()

        if restricted:
            title = self.tr("Rendi riservata")
            explanation = self.tr(
                "Il contenuto della presa in carico (valutazione, diario, invii) resterà "
                "visibile solo all'operatore assegnato e al coordinatore; gli altri vedranno "
                "che esiste e potranno chiedere l'accesso motivandolo."
            )
        else:
            title = self.tr("Togli riservatezza")
            explanation = self.tr(
                "Il contenuto della presa in carico tornerà visibile a tutti gli operatori "
                "dello sportello."
            )
        self._open_dialog(
            ReasonDialog(
                title,
                explanation,
                run,
                reason_label=self.tr("&Motivo (facoltativo):"),
                confirm_text=title,
                parent=self,
            )
        )

    def toggle_order(self) -> None:
        self.timeline_model.set_newest_first(not self.timeline_model.newest_first())
        self._rows_timer.start()
        self.order_button.setText(
            self.tr("Più recenti in alto (Ctrl+Shift+T)")
            if self.timeline_model.newest_first()
            else self.tr("Più vecchie in alto (Ctrl+Shift+T)")
        )

    def open_person(self) -> None:
        self.person_requested.emit(self.data.header.person_id)

    def open_follow_up(self) -> None:
        if not self.follow_up_button.isEnabled():
            return
        dialog = FollowUpDialog(
            self.desk,
            self.actor,
            self.case_id,
            self,
            current=self.data.header.follow_up_on,
            today=self.today(),
        )
        self._open_dialog(dialog)

    def open_assessment(self) -> None:
        if not self.assess_button.isEnabled():
            return
        from cotdesk.ui.assessment_form import AssessmentForm

        dialog = AssessmentForm(self.desk, self.actor, self.case_id, self, today=self._today)
        self._open_dialog(dialog, newest_version=True)

    def _shortcut_move(self, target: CaseStatus) -> None:
        if self.status_buttons[target].isVisible():
            self.move_case(target)

    def _shortcut_close(self) -> None:
        for target in (CaseStatus.CLOSURE_REQUESTED, CaseStatus.CLOSED):
            if target in allowed_case_targets(self.data.header.status, self.actor.role):
                self.move_case(target)
                return

    def move_case(self, target: CaseStatus) -> None:
        current = self.data.header.status
        today = self.today()

        def run(reason: str, _answer: str) -> None:
            with UnitOfWork(self.desk, self.actor) as uow:
                cases.change_status(uow, self.case_id, target, reason=reason, today=today)
                uow.commit()

        needs_reason = case_reason_required(current, target)
        title = self._status_text(target)
        if target is CaseStatus.CLOSURE_REQUESTED:
            explanation = self.tr(
                "La chiusura va approvata dal coordinatore. Scrivi perché la presa in carico "
                "può chiudersi: è la sintesi dell'intervento che resterà nel diario."
            )
            reason_label = self.tr("&Motivo della chiusura:")
        elif target is CaseStatus.CLOSED:
            explanation = self.tr(
                "Approvi la chiusura della presa in carico? Motivo indicato: {0}"
            ).format(self.data.header.closure_reason or self.tr("nessuno"))
            reason_label = None
        elif needs_reason:
            explanation = self.tr("Scrivi il motivo: resterà nel diario.")
            reason_label = self.tr("&Motivo:")
        else:
            self._run_now(lambda: run("", ""))
            return
        self._open_dialog(
            ReasonDialog(
                title,
                explanation,
                run,
                reason_label=reason_label,
                confirm_text=title,
                parent=self,
            )
        )

    def _run_now(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Operazione non riuscita"), exc.message)
            return
        self.reload()

    def new_referral(self) -> None:
        if not self.new_referral_button.isEnabled():
            return
        dialog_class = optional_dialog(REFERRAL_DIALOG)
        if dialog_class is None:
            self._referral_available = False
            self._mark_unavailable()
            self._apply_status_buttons()
            return
        dialog = dialog_class(self.desk, self.actor, self.case_id, self)
        self._open_dialog(dialog, always=True)

    def open_letter(self) -> None:
        referral_id = self.selected_referral_id()
        if referral_id is None or not self.letter_button.isEnabled():
            return
        dialog_class = optional_dialog(LETTER_DIALOG)
        if dialog_class is None:
            self._letter_available = False
            self._mark_unavailable()
            self._apply_referral_buttons()
            return
        # Printing may have moved the referral (sent): reload however the preview ends.
        self._open_dialog(dialog_class(self.desk, self.actor, referral_id, self), always=True)

    def referral_state_menu(self) -> None:
        referral = self.selected_referral()
        if referral is None:
            self.referral_view.setFocus()
            return
        menu = QMenu(self)
        for target in allowed_referral_targets(referral.status, self.actor.role):
            act = menu.addAction(self.referral_state_labels[target])
            act.triggered.connect(lambda _=False, t=target: self.move_referral(t))
        if menu.isEmpty():
            return
        self.state_menu = menu
        anchor = self.referral_view.viewport()
        menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))

    def move_referral(self, target: ReferralStatus) -> None:
        referral = self.selected_referral()
        if referral is None:
            return
        today = self.today()
        referral_id = referral.id

        def run(reason: str, answer: str) -> None:
            with UnitOfWork(self.desk, self.actor) as uow:
                referrals.move_referral(
                    uow, referral_id, target, reason=reason, partner_answer=answer, today=today
                )
                uow.commit()

        needs_reason = referral_reason_required(referral.status, target)
        is_answer = target in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED)
        if not needs_reason and not is_answer:
            self._run_now(lambda: run("", ""))
            return
        label = self.referral_state_labels[target]
        explanation = self.tr("Invio {0} a {1} ({2}).").format(
            referral.reference, referral.service_name, referral.partner_name
        )
        self._open_dialog(
            ReasonDialog(
                label,
                explanation,
                run,
                reason_label=self.tr("&Motivo:") if needs_reason else None,
                answer_label=self.tr("&Risposta dell'ente:") if is_answer else None,
                confirm_text=label,
                parent=self,
            )
        )

    # ------------------------------------------------------------------ Qt

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.timeline_view.setFocus()


# --------------------------------------------------------------------------- restricted cases


class AccessRequestDialog(QDialog):
    """Break the glass: a restricted case, what anyone may know of it, and the reason asked.

    The access is granted by :func:`cotdesk.services.access.break_glass` until the end of
    the day; it is recorded in the access log and listed for the coordinator.
    """

    def __init__(
        self, desk: Desk, actor: Actor, info: CaseExistence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.info = desk, actor, info
        self.setWindowTitle(self.tr("Presa in carico riservata"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "La presa in carico {0} è riservata: il contenuto lo consultano l'operatore "
                "assegnato e il coordinatore."
            ).format(info.reference),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        facts = QFormLayout()
        facts.addRow(self.tr("Riferimento:"), QLabel(info.reference, self))
        facts.addRow(self.tr("Stato:"), QLabel(tr_label(info.status_label), self))
        facts.addRow(
            self.tr("Operatore assegnato:"),
            QLabel(info.assigned_operator_name or self.tr("da assegnare"), self),
        )
        layout.addLayout(facts)
        warning = QLabel(
            self.tr(
                "Se serve consultarla, indicare il motivo: l'accesso vale fino a fine giornata, "
                "resta nel registro accessi e il coordinatore ne è informato."
            ),
            self,
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setAccessibleName(self.tr("Motivo dell'accesso"))
        form.addRow(self.tr("&Motivo:"), self.reason)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Errore"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Richiedi accesso"))
        self.ok_button.setToolTip(self.tr("Ctrl+Invio"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm)
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            access.break_glass(self.desk, self.actor, self.info.case_id, self.reason.toPlainText())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()


def request_case_access(
    parent: QWidget | None, desk: Desk, actor: Actor, info: CaseExistence
) -> bool:
    """Ask for the reason and break the glass; True if access was granted."""
    dialog = AccessRequestDialog(desk, actor, info, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
