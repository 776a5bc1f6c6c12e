"""The referral dialog: find the services for a case's needs and refer to one or several.

What the operator sees, top to bottom:

* the case: person, reference, the municipio used for "same district", the languages;
* **Bisogni** (Alt+B): the needs of the latest assessment, most severe first, each with a
  checkbox (Space): the checked ones are searched. A need that no service answers is marked,
  and **Registra come bisogno senza risposta** (Alt+R) records it for the network's
  statistics;
* the filters: **Area** (Alt+A), **Municipio** (Alt+M), **Costo** (Alt+O), **Lingua**
  (Alt+L), **Solo con posti disponibili** (Alt+P);
* **Servizi trovati** (Alt+S): the ranked services (see :mod:`cotdesk.services.matching`),
  a lapsed protocol in red with a warning icon; the reasons of the selected one below.
  **Enter** (or double click, or Alt+U) adds the service to the list of referrals to make;
* **Invii da creare** (Alt+I): one case may be referred to several services at once (an
  integrated response). Each may get an appointment (Alt+N, Rome time, stored UTC) and
  internal notes (Alt+T); **Canc** removes one;
* **Segna come inviati** (Alt+G) and **Crea invii (Ctrl+Invio)**, after which the dialog
  offers to open the letters for printing.

Searching and saving run off the GUI thread (:mod:`cotdesk.ui.ops`); only the answer to
the latest search is shown. Nothing typed is lost when saving fails: the list stays.

Interrupted work is kept as a draft (:mod:`cotdesk.ui.drafts`, kind ``"referral"``, key the
case): the needs ticked, the filters, the referrals to create with appointment and notes
(services by id). When the dialog opens again for the case, a banner offers it back; the
services of the draft are looked up again, with the context, off the GUI thread.

Signals: :attr:`ReferralDialog.referrals_created` (the :class:`CreatedReferral` list) and
:attr:`ReferralDialog.unmet_need_recorded` (the need code). The dialog ends *accepted* when
anything was saved, so the case page reloads.
"""

from __future__ import annotations

import html
import itertools
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from PySide6.QtCore import QDate, QDateTime, QEvent, QModelIndex, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.services_catalogue import CostForm
from cotdesk.errors import UserError
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.drafts import SavedDraft
from cotdesk.services.matching import (
    CaseNeed,
    CreatedReferral,
    ReferralContext,
    ReferralRequest,
    ServiceMatch,
    create_referrals,
    filter_choices,
    find_services,
    referral_context,
)
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.services.unmet_needs import record_unmet_need
from cotdesk.ui.drafts import DraftBanner, DraftKeeper, offer_draft
from cotdesk.ui.letter_preview import LetterPreviewDialog
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.service_model import (
    NeedListModel,
    PendingReferral,
    PendingReferralModel,
    ServiceMatchModel,
)

#: Default appointment time offered (Rome), on the next working day.
DEFAULT_APPOINTMENT: Final = time(9, 30)
ERROR_STYLE: Final = "color: #b00020; font-weight: bold;"
#: The draft kind of this dialog; the key is the case's id.
DRAFT_KIND: Final = "referral"


def next_working_day(day: date) -> date:
    following = day + timedelta(days=1)
    while following.weekday() >= 5:
        following += timedelta(days=1)
    return following


def rome_to_utc(day: date, at: time) -> datetime:
    """A wall-clock time typed in Rome, as the UTC instant stored."""
    return datetime.combine(day, at, tzinfo=LOCAL_ZONE).astimezone(UTC)


class ReferralDialog(QDialog):
    """Find services for the case's needs and create referrals (see the module docstring)."""

    referrals_created = Signal(list)
    unmet_need_recorded = Signal(str)

    def __init__(
        self,
        desk: Desk,
        actor: Actor | None,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.case_id = case_id
        self.today = today or today_in_rome()
        self.context: ReferralContext | None = None
        self.created: list[CreatedReferral] = []
        self._generation = 0
        self._searching = False
        self._saved_something = False
        self._letters: QDialog | None = None
        self.keeper: DraftKeeper | None = None
        self.banner: DraftBanner | None = None
        self._draft: SavedDraft | None = None
        #: The services of the draft as they are now (looked up with the context).
        self._draft_matches: dict[uuid.UUID, ServiceMatch] = {}
        #: The state once the case is loaded: closing the dialog unchanged leaves no draft.
        self._initial_state: dict[str, Any] = {}
        #: Injectable for tests: questions and follow-ups that would open windows.
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.ask_unmet_notes: Callable[[CaseNeed], str | None] = self._ask_unmet_notes
        self.offer_letters: Callable[[list[CreatedReferral]], bool] = self._offer_letters
        self.open_letters: Callable[[list[uuid.UUID]], None] = self._open_letters

        self.setWindowTitle(self.tr("Invio ai servizi della rete"))
        available = self.screen().availableGeometry()  # a 1366x768 laptop: fit, frame included
        self.resize(min(1280, available.width() - 20), min(860, available.height() - 40))
        self.header = QLabel(self.tr("Caricamento della presa in carico…"), self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Presa in carico"))

        #: Everything the operator fills in (hidden while a draft is offered).
        self.form = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._build_search())
        splitter.addWidget(self._build_pending())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_footer())
        self._tab_order()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.create_referrals)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.pending_view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)
        self._keep_drafts()
        self._update_buttons()
        self._load_context()

    # ------------------------------------------------------------------ building

    def _build_search(self) -> QWidget:
        box = QWidget(self)
        self.needs_model = NeedListModel(self)
        self.needs_view = QListView(box)
        self.needs_view.setModel(self.needs_model)
        self.needs_view.setAccessibleName(self.tr("Bisogni da soddisfare"))
        self.needs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs_view.setMinimumWidth(300)
        self.needs_view.setWordWrap(True)
        needs_label = QLabel(self.tr("&Bisogni (Spazio per includerli o escluderli)"), box)
        needs_label.setBuddy(self.needs_view)
        self.needs_model.dataChanged.connect(self._needs_changed)
        self.needs_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.unmet_button = QPushButton(self.tr("Registra come bisogno senza &risposta…"), box)
        self.unmet_button.setAccessibleName(
            self.tr("Registra il bisogno selezionato come bisogno senza risposta")
        )
        self.unmet_button.setToolTip(
            self.tr(
                "Nessun servizio adatto per il bisogno selezionato: registrarlo per le "
                "statistiche della rete (Alt+R)"
            )
        )
        self.unmet_button.clicked.connect(self.record_unmet)

        left = QVBoxLayout()
        left.addWidget(needs_label)
        left.addWidget(self.needs_view, 1)
        left.addWidget(self.unmet_button)

        right = QVBoxLayout()
        right.addLayout(self._build_filters())
        self.services_model = ServiceMatchModel(self)
        self.services_view = QTableView(box)
        self.services_view.setModel(self.services_model)
        self.services_view.setAccessibleName(self.tr("Servizi trovati"))
        self.services_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.services_view.setAlternatingRowColors(True)
        self.services_view.setWordWrap(False)
        header = self.services_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.services_view.verticalHeader().setDefaultSectionSize(
            self.services_view.fontMetrics().height() + 8
        )
        self.services_view.installEventFilter(self)
        self.services_view.doubleClicked.connect(lambda _index: self.add_current())
        self.services_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_reasons(current)
        )
        services_label = QLabel(self.tr("&Servizi trovati (Invio aggiunge agli invii)"), box)
        services_label.setBuddy(self.services_view)
        self.search_status = QLabel("", box)
        self.search_status.setWordWrap(True)
        self.search_status.setAccessibleName(self.tr("Esito della ricerca"))
        self.reasons = QLabel("", box)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAccessibleName(self.tr("Perché il servizio è in questa posizione"))
        self.reasons.setMinimumHeight(self.reasons.fontMetrics().height() * 3)
        self.add_button = QPushButton(self.tr("Aggi&ungi agli invii (Invio)"), box)
        self.add_button.setAccessibleName(self.tr("Aggiungi il servizio selezionato agli invii"))
        self.add_button.clicked.connect(self.add_current)
        add_row = QHBoxLayout()
        add_row.addWidget(self.search_status, 1)
        add_row.addWidget(self.add_button)
        right.addWidget(services_label)
        right.addWidget(self.services_view, 1)
        right.addLayout(add_row)
        right.addWidget(self.reasons)

        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        return box

    def _build_filters(self) -> QGridLayout:
        choices = filter_choices()
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("Tutte le aree"), None)
        for code, label in choices.areas:
            self.area_combo.addItem(label, code)
        self.district_combo = QComboBox(self)
        self.district_combo.addItem(self.tr("Tutti i municipi"), None)
        for code, label in choices.districts:
            self.district_combo.addItem(label, code)
        self.cost_combo = QComboBox(self)
        self.cost_combo.addItem(self.tr("Qualsiasi"), None)
        self.cost_combo.addItem(self.tr("Solo gratuiti"), [CostForm.FREE])
        self.cost_combo.addItem(
            self.tr("Gratuiti o con compartecipazione"), [CostForm.FREE, CostForm.CO_PAYMENT]
        )
        for cost, label in choices.cost_forms:
            if cost is not CostForm.FREE:
                self.cost_combo.addItem(label, [cost])
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Qualsiasi"), None)
        for code, label in choices.languages:
            self.language_combo.addItem(label, code)
        self.capacity_check = QCheckBox(self.tr("Solo con &posti disponibili"), self)
        self.capacity_check.setAccessibleName(self.tr("Solo servizi con posti disponibili"))

        grid = QGridLayout()
        fields = (
            (self.tr("&Area"), self.area_combo, self.tr("Filtro per area di intervento")),
            (self.tr("&Municipio"), self.district_combo, self.tr("Filtro per municipio servito")),
            (self.tr("C&osto"), self.cost_combo, self.tr("Filtro per costo per la persona")),
            (self.tr("&Lingua"), self.language_combo, self.tr("Filtro per lingua parlata")),
        )
        for column, (text, combo, name) in enumerate(fields):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            combo.setAccessibleName(name)
            # Long choices ("Servizi culturali e di agricoltura sociale") must not set the
            # dialog's width: the four filters made it wider than a 1366 px screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self.search())
            grid.addWidget(caption, 0, column)
            grid.addWidget(combo, 1, column)
        grid.addWidget(self.capacity_check, 1, len(fields))
        self.capacity_check.toggled.connect(lambda _on: self.search())
        return grid

    def _build_pending(self) -> QWidget:
        box = QWidget(self)
        self.pending_model = PendingReferralModel(self)
        self.pending_view = QTableView(box)
        self.pending_view.setModel(self.pending_model)
        self.pending_view.setAccessibleName(self.tr("Invii da creare"))
        self.pending_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pending_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        pending_header = self.pending_view.horizontalHeader()
        pending_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pending_header.setSectionResizeMode(
            PendingReferralModel.NOTES, QHeaderView.ResizeMode.Stretch
        )
        self.pending_view.setWordWrap(False)
        self.pending_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._load_editor(current.row())
        )
        self.pending_model.rowsInserted.connect(lambda *_: self._update_buttons())
        self.pending_model.rowsRemoved.connect(lambda *_: self._update_buttons())
        self.pending_model.modelReset.connect(self._update_buttons)
        pending_label = QLabel(
            self.tr("&Invii da creare (anche più servizi per la stessa persona)"), box
        )
        pending_label.setBuddy(self.pending_view)

        self.appointment_check = QCheckBox(self.tr("Appu&ntamento"), box)
        self.appointment_check.setAccessibleName(self.tr("L'invio selezionato ha un appuntamento"))
        self.appointment_edit = QDateTimeEdit(box)
        self.appointment_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setAccessibleName(
            self.tr("Data e ora dell'appuntamento (ora di Roma)")
        )
        self.appointment_edit.setToolTip(self.tr("Ora di Roma"))
        self._set_edit_time(next_working_day(self.today), DEFAULT_APPOINTMENT)
        self.notes_edit = QLineEdit(box)
        self.notes_edit.setAccessibleName(self.tr("Note interne dell'invio selezionato"))
        self.notes_edit.setPlaceholderText(self.tr("Non stampate sulla lettera"))
        notes_label = QLabel(self.tr("No&te interne"), box)
        notes_label.setBuddy(self.notes_edit)
        self.remove_button = QPushButton(self.tr("Rimuo&vi (Canc)"), box)
        self.remove_button.setAccessibleName(self.tr("Rimuovi l'invio selezionato dall'elenco"))
        self.remove_button.clicked.connect(self.remove_current)
        self.appointment_check.toggled.connect(self._editor_changed)
        self.appointment_edit.dateTimeChanged.connect(lambda _dt: self._editor_changed())
        self.notes_edit.textEdited.connect(lambda _text: self._editor_changed())

        editor = QHBoxLayout()
        editor.addWidget(self.appointment_check)
        editor.addWidget(self.appointment_edit)
        editor.addWidget(notes_label)
        editor.addWidget(self.notes_edit, 1)
        editor.addWidget(self.remove_button)

        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(pending_label)
        column.addWidget(self.pending_view, 1)
        column.addLayout(editor)
        return box

    def _build_footer(self) -> QHBoxLayout:
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Messaggi"))
        self.mark_sent_check = QCheckBox(
            self.tr("Se&gna come inviati (lettera consegnata o spedita)"), self
        )
        self.mark_sent_check.setAccessibleName(self.tr("Segna gli invii come inviati"))
        self.create_button = QPushButton(self.tr("&Crea invii (Ctrl+Invio)"), self)
        self.create_button.setAccessibleName(self.tr("Crea gli invii dell'elenco"))
        self.create_button.clicked.connect(self.create_referrals)
        self.close_button = QPushButton(self.tr("Chiudi (Esc)"), self)
        self.close_button.setAccessibleName(self.tr("Chiudi senza creare altri invii"))
        self.close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.mark_sent_check)
        footer.addWidget(self.create_button)
        footer.addWidget(self.close_button)
        return footer

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.needs_view,
            self.unmet_button,
            self.area_combo,
            self.district_combo,
            self.cost_combo,
            self.language_combo,
            self.capacity_check,
            self.services_view,
            self.add_button,
            self.pending_view,
            self.appointment_check,
            self.appointment_edit,
            self.notes_edit,
            self.remove_button,
            self.mark_sent_check,
            self.create_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # ------------------------------------------------------------------ messages

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _error_text(self, exc: Exception) -> str:
        if isinstance(exc, UserError):
            return exc.message
        return self.tr("Operazione non riuscita: {0}").format(exc)

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ loading

    def _load_context(self) -> None:
        desk, actor, case_id, today = self.desk, self.actor, self.case_id, self.today
        draft_codes = sorted(
            {
                str(code)
                for item in (self._draft.payload.get("pending") or () if self._draft else ())
                for code in item.get("need_codes") or ()
            }
        )

        def load() -> tuple[ReferralContext, list[ServiceMatch]]:
            context = referral_context(desk, actor, case_id)
            if not draft_codes:
                return context, []
            try:  # the services of the draft, as they are now
                return context, find_services(
                    desk, actor, case_id, need_codes=draft_codes, today=today
                )
            except UserError:
                return context, []

        run_in_background(
            load,
            on_success=self._loaded,
            on_failure=lambda exc: self.show_status(self._error_text(exc), error=True),
        )

    def _loaded(self, loaded: tuple[ReferralContext, list[ServiceMatch]]) -> None:
        context, draft_matches = loaded
        self._draft_matches = {match.service_id: match for match in draft_matches}
        self._context_loaded(context)
        if self.keeper is None:
            return
        self._initial_state = self.state()
        draft = self._draft
        if draft is not None and draft.payload != self._initial_state:
            self._offer(draft)
        else:
            self.keeper.start()

    def _show_header(self, _privacy_on: bool = False) -> None:
        """Who is referred (initials while the privacy mode is on), the case and the area."""
        context = self.context
        if context is None:
            return
        whose = (
            self.tr("della persona") if context.district_is_person else self.tr("dello sportello")
        )
        self.header.setText(
            self.tr("<b>{0}</b> · presa in carico {1} · {2} ({3}) · lingue: {4}").format(
                privacy_mode().name(context.person_name),
                context.case_reference,
                context.district_label,
                whose,
                ", ".join(context.person_language_labels),
            )
        )

    def _context_loaded(self, context: ReferralContext) -> None:
        self.context = context
        self._show_header()
        privacy_mode().changed.connect(self._show_header)
        self.needs_model.set_needs(context.needs)
        if context.needs:
            self.needs_view.setCurrentIndex(self.needs_model.index(0))
        if context.case_closed:
            self.show_status(
                self.tr("La presa in carico è chiusa: riaprirla prima di fare un invio."),
                error=True,
            )
        elif not context.needs:
            self.show_status(
                self.tr(
                    "Nessun bisogno valutato: registrare prima la valutazione del bisogno "
                    "della presa in carico."
                ),
                error=True,
            )
        self._update_buttons()
        self.search()
        self.services_view.setFocus()

    # ------------------------------------------------------------------ drafts

    def _keep_drafts(self) -> None:
        if self.actor is None:
            return  # drafts belong to an operator
        self.keeper = DraftKeeper(
            self.desk,
            self.actor,
            DRAFT_KIND,
            str(self.case_id),
            snapshot=self.state,
            restore=self.set_state,
            parent=self,
            is_blank=lambda state: state == self._initial_state,
        )
        self.keeper.failed.connect(
            lambda message: self.show_status(
                self.tr("Bozza non salvata: {0}").format(message), error=True
            )
        )
        self.keeper.track(
            self.needs_view,
            self.area_combo,
            self.district_combo,
            self.cost_combo,
            self.language_combo,
            self.capacity_check,
            self.pending_view,
            self.mark_sent_check,
        )
        self.pending_model.rowsInserted.connect(self.keeper.changed)
        self.pending_model.rowsRemoved.connect(self.keeper.changed)
        self.pending_model.modelReset.connect(self.keeper.changed)
        # Read now, offered once the case is loaded (with the draft's services).
        self._draft = self.keeper.pending()

    def _offer(self, draft: SavedDraft) -> None:
        assert self.keeper is not None
        names = [str(item.get("service_name", "")) for item in draft.payload.get("pending") or ()]
        what = (
            self.tr("Ci sono invii lasciati a metà per questa presa in carico: {0}.").format(
                "; ".join(names)
            )
            if names
            else self.tr("C'è una ricerca di servizi lasciata a metà per questa presa in carico.")
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
        self._update_buttons()

    def _draft_chosen(self, _restored: bool) -> None:
        self.banner = None
        self._update_buttons()
        if self.pending_model.rowCount():
            self.pending_view.setFocus()
        else:
            self.services_view.setFocus()

    def state(self) -> dict[str, Any]:
        """The dialog's state as a JSON-able dict (the draft's payload)."""
        checked = set(self.needs_model.checked_codes())
        filters = self.filters()
        costs = filters["cost_forms"]
        return {
            "needs": {need.code: need.code in checked for need in self.needs_model.needs()},
            "filters": {
                **filters,
                "cost_forms": [str(cost) for cost in costs] if costs is not None else None,
            },
            "pending": [
                {
                    "service_id": str(pending.match.service_id),
                    "service_name": pending.match.service_name,
                    "need_codes": list(pending.need_codes),
                    "appointment_at": (
                        pending.appointment_at.isoformat() if pending.appointment_at else None
                    ),
                    "notes": pending.notes,
                }
                for pending in self.pending_model.pending()
            ],
            "mark_sent": self.mark_sent_check.isChecked(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Put a state taken by :meth:`state` back (the services as found at loading)."""
        needs = state.get("needs") or {}
        for need in self.needs_model.needs():
            self.needs_model.set_checked(need.code, bool(needs.get(need.code, True)))
        filters = state.get("filters") or {}
        costs = filters.get("cost_forms")
        for combo, wanted in (
            (self.area_combo, filters.get("area")),
            (self.district_combo, filters.get("district")),
            (self.cost_combo, costs),
            (self.language_combo, filters.get("language")),
        ):
            for index in range(combo.count()):
                data = combo.itemData(index)
                if data == wanted or (
                    isinstance(data, list) and [str(item) for item in data] == wanted
                ):
                    combo.setCurrentIndex(index)
                    break
        self.capacity_check.setChecked(bool(filters.get("with_capacity_only")))
        self.mark_sent_check.setChecked(bool(state.get("mark_sent")))
        self.pending_model.clear()
        lost: list[str] = []
        for item in state.get("pending") or ():
            pending = self._pending_from(item)
            if pending is None or self.pending_model.contains(pending.match.service_id):
                lost.append(str(item.get("service_name", "")))
            else:
                self.pending_model.add(pending)
        if self.pending_model.rowCount():
            self.pending_view.selectRow(0)
        if lost:
            self.show_status(
                self.tr("Non più disponibili, non ripresi dalla bozza: {0}.").format(
                    "; ".join(lost)
                ),
                error=True,
            )

    def _pending_from(self, item: dict[str, Any]) -> PendingReferral | None:
        try:
            match = self._draft_matches.get(uuid.UUID(str(item.get("service_id"))))
            raw_time = item.get("appointment_at")
            appointment = datetime.fromisoformat(raw_time) if raw_time else None
        except ValueError:
            return None
        if match is None:
            return None
        wanted = set(item.get("need_codes") or ())
        covered = list(zip(match.needs_covered, match.need_labels, strict=True))
        needs = [pair for pair in covered if pair[0] in wanted] or covered
        return PendingReferral(
            match=match,
            need_codes=tuple(code for code, _label in needs),
            need_labels=tuple(label for _code, label in needs),
            appointment_at=appointment,
            notes=str(item.get("notes", "")),
        )

    # ------------------------------------------------------------------ searching

    def _needs_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, roles: list[int] | None = None
    ) -> None:
        if roles and Qt.ItemDataRole.CheckStateRole in roles:
            self.search()

    def filters(self) -> dict[str, Any]:
        return {
            "area": self.area_combo.currentData(),
            "district": self.district_combo.currentData(),
            "cost_forms": self.cost_combo.currentData(),
            "language": self.language_combo.currentData(),
            "with_capacity_only": self.capacity_check.isChecked(),
        }

    def search(self) -> None:
        """Search again with the checked needs and the filters (off the GUI thread)."""
        if self.context is None:
            return
        self._generation += 1
        generation = self._generation
        codes = self.needs_model.checked_codes()
        if not codes:
            self._show_matches(generation, codes, [])
            return
        desk, actor, case_id, today = self.desk, self.actor, self.case_id, self.today
        filters = self.filters()
        self._searching = True
        run_in_background(
            lambda: find_services(desk, actor, case_id, need_codes=codes, today=today, **filters),
            on_success=lambda matches: self._show_matches(generation, codes, matches),
            on_failure=lambda exc: self._search_failed(generation, exc),
        )

    def search_pending(self) -> bool:
        return self._searching

    def _show_matches(self, generation: int, codes: list[str], matches: list[ServiceMatch]) -> None:
        if generation != self._generation:
            return  # the operator changed the filters since: a newer search is coming
        self._searching = False
        current = self.services_view.currentIndex()
        previous = (
            self.services_model.service_match(current.row()).service_id
            if current.isValid()
            else None
        )
        self.services_model.set_matches(matches)
        covered = {code for m in matches if not m.flagged for code in m.needs_covered}
        uncovered = set(codes) - covered
        self.needs_model.set_uncovered(uncovered)
        if not codes:
            self.search_status.setText(self.tr("Selezionare almeno un bisogno (Alt+B, Spazio)."))
        elif not matches:
            self.search_status.setText(
                self.tr(
                    "Nessun servizio trovato con questi filtri. Allargare i filtri, oppure "
                    "registrare il bisogno come senza risposta (Alt+R)."
                )
            )
        else:
            text = (
                self.tr("1 servizio trovato.")
                if len(matches) == 1
                else self.tr("{0} servizi trovati, i più adatti in alto.").format(len(matches))
            )
            if uncovered:
                labels = [n.label for n in self.needs_model.needs() if n.code in uncovered]
                text += " " + self.tr(
                    "Nessun servizio per: {0} (Alt+R per registrarlo senza risposta)."
                ).format("; ".join(labels))
            self.search_status.setText(text)
        if matches:
            row = self.services_model.row_of(previous) if previous is not None else -1
            self.services_view.selectRow(max(row, 0))
        else:
            self.reasons.setText("")
        self.services_view.resizeColumnsToContents()
        header = self.services_view.horizontalHeader()
        for column in range(self.services_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self._update_buttons()

    def _search_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._searching = False
            self.search_status.setText(self._error_text(exc))

    def _show_reasons(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.reasons.setText("")
            return
        match = self.services_model.service_match(index.row())
        lines = [
            self.tr("<b>{0}</b> — {1}").format(
                html.escape(match.service_name), html.escape(match.partner_name)
            ),
            html.escape(" · ".join(match.reasons)),
        ]
        contact = " · ".join(part for part in (match.address, match.phone) if part)
        if contact:
            lines.append(html.escape(contact))
        text = "<br>".join(lines)
        if match.flagged:
            text = f'<span style="color: #b00020;">{text}</span>'
        self.reasons.setText(text)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.services_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_current()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the list

    def add_current(self) -> None:
        index = self.services_view.currentIndex()
        if not index.isValid():
            return
        match = self.services_model.service_match(index.row())
        if self.pending_model.contains(match.service_id):
            self.show_status(
                self.tr("«{0}» è già nell'elenco degli invii da creare.").format(match.service_name)
            )
            return
        if match.flagged and not self.confirm(
            self.tr("Protocollo d'intesa non in vigore"),
            self.tr(
                "Il protocollo d'intesa di «{0}»: {1}.\nInviare comunque? Meglio sentire "
                "prima il coordinamento."
            ).format(match.partner_name, match.agreement.label),
        ):
            return
        if match.open_referral and not self.confirm(
            self.tr("Invio già presente"),
            self.tr(
                "Questa presa in carico ha già un invio a «{0}» ({1}).\nCrearne un altro?"
            ).format(match.service_name, match.open_referral.lower()),
        ):
            return
        row = self.pending_model.add(
            PendingReferral(
                match=match, need_codes=match.needs_covered, need_labels=match.need_labels
            )
        )
        self.pending_view.selectRow(row)
        self.show_status(
            self.tr("Aggiunto: {0} — {1}. Ctrl+Invio per creare gli invii.").format(
                match.service_name, match.partner_name
            )
        )

    def remove_current(self) -> None:
        index = self.pending_view.currentIndex()
        if index.isValid():
            self.pending_model.remove(index.row())
            if self.pending_model.rowCount():
                self.pending_view.selectRow(min(index.row(), self.pending_model.rowCount() - 1))
            else:
                self._load_editor(-1)

    def _set_edit_time(self, day: date, at: time) -> None:
        self.appointment_edit.setDateTime(
            QDateTime(QDate(day.year, day.month, day.day), QTime(at.hour, at.minute))
        )

    def _load_editor(self, row: int) -> None:
        widgets = (self.appointment_check, self.appointment_edit, self.notes_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if 0 <= row < self.pending_model.rowCount():
                pending = self.pending_model.item(row)
                self.appointment_check.setChecked(pending.appointment_at is not None)
                if pending.appointment_at is not None:
                    local = pending.appointment_at.astimezone(LOCAL_ZONE)
                    self._set_edit_time(local.date(), local.time())
                self.notes_edit.setText(pending.notes)
            else:
                self.appointment_check.setChecked(False)
                self.notes_edit.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_buttons()

    def appointment_value(self) -> datetime | None:
        """The appointment typed (Rome time) as a UTC instant, or None if not ticked."""
        if not self.appointment_check.isChecked():
            return None
        qdate, qtime = self.appointment_edit.date(), self.appointment_edit.time()
        return rome_to_utc(
            date(qdate.year(), qdate.month(), qdate.day()), time(qtime.hour(), qtime.minute())
        )

    def _editor_changed(self) -> None:
        row = self.pending_view.currentIndex().row()
        self.appointment_edit.setEnabled(self.appointment_check.isChecked())
        if 0 <= row < self.pending_model.rowCount():
            self.pending_model.update(
                row, appointment_at=self.appointment_value(), notes=self.notes_edit.text().strip()
            )

    def _update_buttons(self) -> None:
        context = self.context
        # closed case, or a draft to choose about first
        closed = context is None or context.case_closed or self.banner is not None
        self.create_button.setEnabled(self.pending_model.rowCount() > 0 and not closed)
        self.mark_sent_check.setEnabled(self.banner is None)
        self.add_button.setEnabled(self.services_view.currentIndex().isValid() and not closed)
        selected = self.pending_view.currentIndex().isValid()
        self.remove_button.setEnabled(selected)
        self.appointment_check.setEnabled(selected)
        self.appointment_edit.setEnabled(selected and self.appointment_check.isChecked())
        self.notes_edit.setEnabled(selected)
        need = self._current_need()
        self.unmet_button.setEnabled(
            need is not None and not need.unmet_recorded and context is not None
        )

    # ------------------------------------------------------------------ unmet needs

    def _current_need(self) -> CaseNeed | None:
        index = self.needs_view.currentIndex()
        if not index.isValid():
            return None
        return self.needs_model.need(index.row())

    def _ask_unmet_notes(self, need: CaseNeed) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Bisogno senza risposta"),
            self.tr(
                "Registrare «{0}» come bisogno senza risposta nel {1}?\nNote (facoltative):"
            ).format(need.label, self.context.district_label if self.context else ""),
        )
        return text if ok else None

    def record_unmet(self) -> None:
        need = self._current_need()
        if need is None or need.unmet_recorded:
            return
        notes = self.ask_unmet_notes(need)
        if notes is None:
            return
        desk, actor, case_id, today = self.desk, self.actor, self.case_id, self.today

        def run() -> None:
            with UnitOfWork(desk, actor) as uow:
                record_unmet_need(uow, case_id, need.code, notes=notes, today=today)
                uow.commit()

        run_in_background(
            run,
            on_success=lambda _none: self._unmet_recorded(need),
            on_failure=lambda exc: self.show_status(self._error_text(exc), error=True),
        )

    def _unmet_recorded(self, need: CaseNeed) -> None:
        self._saved_something = True
        self.needs_model.mark_unmet(need.code)
        self.show_status(self.tr("Registrato come bisogno senza risposta: {0}.").format(need.label))
        self.unmet_need_recorded.emit(need.code)
        self._update_buttons()

    # ------------------------------------------------------------------ creating

    def create_referrals(self) -> None:
        if self.banner is not None:
            return  # a draft to choose about first
        if not self.create_button.isEnabled():
            if not self.pending_model.rowCount():
                self.show_status(
                    self.tr("Aggiungere almeno un servizio all'elenco (Invio sul servizio)."),
                    error=True,
                )
            return
        requests = [
            ReferralRequest(p.match.service_id, p.need_codes, p.appointment_at, p.notes)
            for p in self.pending_model.pending()
        ]
        mark_sent = self.mark_sent_check.isChecked()
        desk, actor, case_id, today = self.desk, self.actor, self.case_id, self.today
        self.create_button.setEnabled(False)
        self.show_status(self.tr("Creazione degli invii…"))
        run_in_background(
            lambda: create_referrals(
                desk, actor, case_id, requests, mark_sent=mark_sent, today=today
            ),
            on_success=self._created,
            on_failure=self._create_failed,
        )

    def _create_failed(self, exc: Exception) -> None:
        self.show_status(self._error_text(exc), error=True)
        self._update_buttons()

    def _created(self, created: list[CreatedReferral]) -> None:
        if self.keeper is not None:
            self.keeper.finish()
        self.created = list(created)
        self._saved_something = True
        self.pending_model.clear()
        references = ", ".join(c.reference for c in created)
        self.show_status(self.tr("Invii creati: {0}.").format(references))
        self.referrals_created.emit(self.created)
        if self.offer_letters(self.created):
            self.open_letters([c.referral_id for c in self.created])
        self.accept()

    def _offer_letters(self, created: list[CreatedReferral]) -> bool:
        text = (
            self.tr("Creato l'invio {0}.\nAprire ora la lettera di invio per stamparla?").format(
                created[0].reference
            )
            if len(created) == 1
            else self.tr("Creati {0} invii.\nAprire ora le lettere di invio per stamparle?").format(
                len(created)
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Lettere di invio"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _open_letters(self, referral_ids: list[uuid.UUID]) -> None:
        dialog = LetterPreviewDialog(
            self.desk, self.actor, referral_ids, self.parentWidget(), today=self.today
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._letters = dialog
        dialog.open()

    def reject(self) -> None:
        # Something was saved (an unmet need): end accepted, so the case page reloads.
        if self._saved_something:
            self.accept()
        else:
            super().reject()
