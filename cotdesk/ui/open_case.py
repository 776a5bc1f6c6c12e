"""Opening a *presa in carico* for a person: how they arrived, areas, who follows them.

The reporter fields appear only for reports (school, parish, partner, public service), and
are then required: the domain's message is shown next to them. Without a recorded privacy
notice the dialog says so at the top and points to the consent button of the person's page;
only an emergency lets the case open anyway, flagged until the notice is recorded.

Interrupted work is kept as a draft (:mod:`cotdesk.ui.drafts`, kind ``"open_case"``, key
the person): when the dialog opens again for the person, a banner offers it back.
"""

from __future__ import annotations

import html
import itertools
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cotdesk import resources
from cotdesk.domain.cases import CHANNEL_LABELS, Channel, channel_needs_reporter
from cotdesk.errors import UserError, ValidationError
from cotdesk.services import cases
from cotdesk.services.case_view import office_operators, person_for_case, today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.drafts import SavedDraft
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui.case_page import ERROR_STYLE
from cotdesk.ui.drafts import DraftBanner, DraftKeeper, offer_draft
from cotdesk.ui.labels import tr_label

#: The draft kind of this dialog; the key is the person's id.
DRAFT_KIND = "open_case"


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("", parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


class OpenCaseDialog(QDialog):
    """Open a case for ``person_id``; after ``exec()`` :attr:`case_id` is the new case."""

    case_opened = Signal(uuid.UUID)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = today_in_rome,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.person_id = desk, actor, person_id
        self._today = today
        self.case_id: uuid.UUID | None = None
        self.person = person_for_case(desk, actor, person_id)
        self.setWindowTitle(self.tr("Nuova presa in carico — {0}").format(self.person.full_name))
        self.setMinimumWidth(620)
        self._build()
        self._channel_changed()
        self.channel.setFocus()
        self._keep_drafts()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<b style='font-size: 13pt'>{html.escape(self.person.full_name)}</b>"
            + (
                f" · {self.person.birth_date.strftime('%d/%m/%Y')}"
                if self.person.birth_date
                else ""
            ),
            self,
        )
        layout.addWidget(heading)
        self.notice_warning = QLabel(
            self.tr(
                "Per questa persona non risulta consegnata l'informativa privacy. Prima di "
                "aprire la presa in carico registrala dalla scheda persona con «Registra "
                "informativa e consensi» (Ctrl+I). Solo in emergenza puoi procedere spuntando "
                "la casella in fondo."
            ),
            self,
        )
        self.notice_warning.setWordWrap(True)
        self.notice_warning.setStyleSheet(
            "background-color: #fde7e9; color: #8a0015; padding: 6px; border: 1px solid #e6a0a8;"
        )
        self.notice_warning.setAccessibleName(self.tr("Informativa privacy mancante"))
        self.notice_warning.setVisible(not self.person.notice_given)
        layout.addWidget(self.notice_warning)

        self._build_fields()
        #: Everything the operator fills in (hidden while a draft is offered).
        self.form = QWidget(self)
        fields = QVBoxLayout(self.form)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(self.channel_form)
        fields.addWidget(self.reporter_box)
        fields.addWidget(self.areas_box)
        lower = QFormLayout()
        lower.addRow(self.tr("&Operatore assegnato:"), self.operator)
        lower.addRow(self.operator_error)
        lower.addRow(self.tr("&Motivo dell'accesso:"), self.summary)
        fields.addLayout(lower)
        fields.addWidget(self.emergency)
        fields.addWidget(self.emergency_help)
        fields.addWidget(self.consent_error)
        self.main_layout = layout
        layout.addWidget(self.form)
        self.error = _error_label(self, self.tr("Errore"))
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self._set_tab_order()

    def _build_fields(self) -> None:
        self.channel_form = form = QFormLayout()
        self.channel = QComboBox(self)
        for channel, channel_text in CHANNEL_LABELS.items():
            self.channel.addItem(tr_label(channel_text), channel.value)
        self.channel.setAccessibleName(self.tr("Canale di accesso"))
        self.channel.currentIndexChanged.connect(self._channel_changed)
        form.addRow(self.tr("&Canale di accesso:"), self.channel)

        self.reporter_box = QGroupBox(self.tr("Chi segnala"), self)
        reporter_form = QFormLayout(self.reporter_box)
        self.reporter_organisation = QLineEdit(self.reporter_box)
        self.reporter_organisation.setAccessibleName(self.tr("Ente che segnala"))
        self.reporter_organisation.setPlaceholderText(
            self.tr("Es. IC Via Roma, Parrocchia San Luca")
        )
        self.reporter_name = QLineEdit(self.reporter_box)
        self.reporter_name.setAccessibleName(self.tr("Persona di riferimento"))
        self.reporter_contact = QLineEdit(self.reporter_box)
        self.reporter_contact.setAccessibleName(self.tr("Recapito di chi segnala"))
        self.reporter_contact.setPlaceholderText(self.tr("Telefono o e-mail"))
        reporter_form.addRow(self.tr("&Ente:"), self.reporter_organisation)
        reporter_form.addRow(self.tr("&Persona di riferimento:"), self.reporter_name)
        reporter_form.addRow(self.tr("&Recapito:"), self.reporter_contact)
        self.reporter_error = _error_label(self.reporter_box, self.tr("Errore su chi segnala"))
        reporter_form.addRow(self.reporter_error)
        self._build_areas_and_operator()

    def _build_areas_and_operator(self) -> None:
        for field in (self.reporter_organisation, self.reporter_name):
            field.textEdited.connect(lambda _text: self.reporter_error.hide())

        self.areas_box = QGroupBox(self.tr("&Aree di intervento"), self)
        areas_layout = QVBoxLayout(self.areas_box)
        self.areas_error = _error_label(self.areas_box, self.tr("Errore nelle aree"))
        self.area_boxes: dict[str, QCheckBox] = {}
        for number, area in enumerate(resources.intervention_areas(), start=1):
            # Alt+number ticks an area (as the purposes of the consent dialog).
            box = QCheckBox(f"&{number}. {area.label_it}", self.areas_box)
            box.setAccessibleName(area.label_it)
            box.toggled.connect(lambda _on: self.areas_error.hide())
            areas_layout.addWidget(box)
            self.area_boxes[area.code] = box
        areas_layout.addWidget(self.areas_error)

        self.operator = QComboBox(self)
        self.operator.setAccessibleName(self.tr("Operatore assegnato"))
        self.operator.addItem(self.tr("Nessuno: resta da assegnare"), None)
        for option in office_operators(self.desk, self.actor):
            me = option.id == self.actor.operator_id
            text = self.tr("{0} (io)").format(option.full_name) if me else option.full_name
            self.operator.addItem(text, str(option.id))
        self.operator.setCurrentIndex(max(0, self.operator.findData(str(self.actor.operator_id))))
        self.operator_error = _error_label(self, self.tr("Errore sull'operatore"))
        self._build_summary_and_emergency()

    def _build_summary_and_emergency(self) -> None:

        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(70)
        self.summary.setAccessibleName(self.tr("Motivo dell'accesso"))
        self.summary.setPlaceholderText(self.tr("Cosa chiede la persona, in breve (facoltativo)"))

        self.emergency = QCheckBox(
            self.tr("Emer&genza: apri senza informativa privacy registrata"), self
        )
        self.emergency.setAccessibleName(self.tr("Emergenza senza informativa privacy"))
        self.emergency_help = QLabel(
            self.tr(
                "Da usare solo quando non si può aspettare. L'informativa andrà consegnata e "
                "registrata appena possibile: fino ad allora la presa in carico resta "
                "segnalata in rosso."
            ),
            self,
        )
        self.emergency_help.setWordWrap(True)
        self.emergency_help.setStyleSheet("color: #555;")
        self.consent_error = _error_label(self, self.tr("Errore sull'informativa"))
        self.emergency.toggled.connect(lambda _on: self.consent_error.hide())
        for widget in (self.emergency, self.emergency_help):
            widget.setVisible(not self.person.notice_given)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Apri presa in carico (Ctrl+Invio)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Annulla (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        return buttons

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.channel,
            self.reporter_organisation,
            self.reporter_name,
            self.reporter_contact,
            *self.area_boxes.values(),
            self.operator,
            self.summary,
            self.emergency,
            self.open_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ drafts

    def _keep_drafts(self) -> None:
        #: What the dialog held when it opened: closing it unchanged leaves no draft.
        self._initial_state = self.state()
        self.keeper = DraftKeeper(
            self.desk,
            self.actor,
            DRAFT_KIND,
            str(self.person_id),
            snapshot=self.state,
            restore=self.set_state,
            parent=self,
            is_blank=lambda state: state == self._initial_state,
        )
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.track(
            self.channel,
            self.reporter_organisation,
            self.reporter_name,
            self.reporter_contact,
            *self.area_boxes.values(),
            self.operator,
            self.summary,
            self.emergency,
        )
        self.banner: DraftBanner | None = None
        draft = self.keeper.pending()
        if draft is not None and draft.payload != self.state():
            self._offer(draft)
        else:
            self.keeper.start()

    def _offer(self, draft: SavedDraft) -> None:
        areas = {area.code: area.label_it for area in resources.intervention_areas()}
        chosen = [areas[code] for code in draft.payload.get("areas") or () if code in areas]
        what = self.tr("C'è una presa in carico lasciata a metà per questa persona: {0}.").format(
            ", ".join(chosen) or self.tr("nessuna area scelta")
        )
        self.banner = offer_draft(
            self.keeper,
            draft,
            what,
            self.main_layout,
            self.form,
            chosen=self._draft_chosen,
            index=1,
        )
        self.open_button.setEnabled(False)
        self._fit()

    def _draft_chosen(self, _restored: bool) -> None:
        self.banner = None
        self.open_button.setEnabled(True)
        self._channel_changed()
        self.channel.setFocus()

    def _draft_failed(self, message: str) -> None:
        self.error.setText(self.tr("Bozza non salvata: {0}").format(message))
        self.error.show()
        self._fit()

    def state(self) -> dict[str, Any]:
        """The dialog's state as a JSON-able dict (the draft's payload)."""
        return {
            "channel": self.selected_channel().value,
            "reporter_organisation": self.reporter_organisation.text(),
            "reporter_name": self.reporter_name.text(),
            "reporter_contact": self.reporter_contact.text(),
            "areas": self.selected_areas(),
            "operator": self.operator.currentData() or "",
            "summary": self.summary.toPlainText(),
            "emergency": self.emergency.isChecked(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Put a state taken by :meth:`state` back into the dialog."""
        self.channel.setCurrentIndex(max(0, self.channel.findData(state.get("channel"))))
        self.reporter_organisation.setText(str(state.get("reporter_organisation", "")))
        self.reporter_name.setText(str(state.get("reporter_name", "")))
        self.reporter_contact.setText(str(state.get("reporter_contact", "")))
        areas = set(state.get("areas") or ())
        for code, box in self.area_boxes.items():
            box.setChecked(code in areas)
        wanted = state.get("operator") or None
        for index in range(self.operator.count()):
            # an operator no longer in the office is not found: the default stays
            if self.operator.itemData(index) == wanted:
                self.operator.setCurrentIndex(index)
        self.summary.setPlainText(str(state.get("summary", "")))
        self.emergency.setChecked(bool(state.get("emergency")) and not self.person.notice_given)

    # ------------------------------------------------------------------ behaviour

    def selected_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def selected_operator(self) -> uuid.UUID | None:
        data = self.operator.currentData()
        return uuid.UUID(data) if data else None

    def selected_areas(self) -> list[str]:
        return [code for code, box in self.area_boxes.items() if box.isChecked()]

    def _channel_changed(self, *_args: object) -> None:
        report = channel_needs_reporter(self.selected_channel())
        self.reporter_box.setVisible(report)
        self.reporter_error.hide()
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink the height to what is shown now (errors wrap on several lines)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if height <= 0:
            height = layout.totalSizeHint().height()
        self.resize(width, height)

    def submit(self) -> None:
        if self.banner is not None:
            return  # a draft to choose about first
        for label in (
            self.reporter_error,
            self.areas_error,
            self.operator_error,
            self.consent_error,
            self.error,
        ):
            label.hide()
        report = channel_needs_reporter(self.selected_channel())
        try:
            with UnitOfWork(self.desk, self.actor) as uow:
                case = cases.open_case(
                    uow,
                    self.person_id,
                    areas=self.selected_areas(),
                    channel=self.selected_channel(),
                    reporter_name=self.reporter_name.text() if report else "",
                    reporter_organisation=self.reporter_organisation.text() if report else "",
                    reporter_contact=self.reporter_contact.text() if report else "",
                    assigned_operator_id=self.selected_operator(),
                    emergency_without_notice=(
                        self.emergency.isChecked() and not self.person.notice_given
                    ),
                    summary=self.summary.toPlainText(),
                    today=self._today(),
                )
                case_id = case.id
                uow.commit()
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return
        except UserError as exc:
            self._show_error(None, exc.message)
            return
        self.case_id = case_id
        self.keeper.finish()
        self.case_opened.emit(case_id)
        self.accept()

    def _show_error(self, field: str | None, message: str) -> None:
        targets = {
            "reporter": (self.reporter_error, self.reporter_organisation),
            "areas": (self.areas_error, next(iter(self.area_boxes.values()))),
            "operator": (self.operator_error, self.operator),
            "consent": (self.consent_error, self.emergency),
        }
        label, focus = targets.get(field or "", (self.error, self.open_button))
        label.setText(message)
        label.show()
        self._fit()
        if focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
