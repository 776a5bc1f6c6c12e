"""The partner directory (*Enti partner*, F8): browse the network, keep it true.

Left, the partners (sortable, filtered by text, type, sector, municipio served and state of
the *protocollo d'intesa*); right, the chosen partner: contacts, municipi served, the
history of its protocols, its services. Above, a banner lists the protocols expiring within
60 days and the lapsed ones; its buttons filter the list to them.

Everyone may browse. Only the network administrator sees the edit buttons (the services
refuse the others anyway). Keys: Alt+F filter, Enter (or the arrows) shows a partner, Ins
new partner, Ctrl+E edit it, Ctrl+I new protocol (*intesa*), Ctrl+R renew the protocol,
Ctrl+Ins new service, Enter on a service edits it, F5 reloads, Ctrl+O imports an Open
Referral HSDS package (after a preview of what would change), Ctrl+S saves the directory as
one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.agreements import AgreementState, default_end_on, renewal_start_on
from cotdesk.domain.italian import short_date
from cotdesk.domain.roles import Role
from cotdesk.errors import UserError
from cotdesk.resources import needs
from cotdesk.services import directory, hsds
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.directory import (
    AgreementAlert,
    AgreementRow,
    PartnerDetail,
    PartnerFilter,
    PartnerInput,
    PartnerRow,
    ServiceInput,
    ServiceRow,
)
from cotdesk.services.hsds import ExportReport, ImportReport
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.directory_model import (
    SORT_ROLE,
    AgreementModel,
    PartnerModel,
    ServiceRowModel,
    state_label,
)
from cotdesk.ui.labels import tr_label

#: How many names of each kind the banner lists before "e altri N".
BANNER_NAMES = 4

#: Rows looked at when fitting a column to its contents.
RESIZE_PRECISION_ROWS = 60


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Fitting columns measures this many rows, not all 676 partners (0.3 s on a laptop).
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _checklist(
    parent: QWidget, name: str, items: list[tuple[str, str]], checked: set[str]
) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    for code, label in items:
        item = QListWidgetItem(label, widget)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
    widget.setMinimumHeight(90)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class _FormDialog(QDialog):
    """A dialog with a form, an error line and Save / Cancel; the input stays on error."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Errore"))
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Salva"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.saved_id: uuid.UUID | None = None

    def row(self, label: str, widget: QWidget) -> QWidget:
        title = QLabel(label, self)
        title.setBuddy(widget)
        self.form.addRow(title, widget)
        return widget

    def save(self) -> uuid.UUID | None:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.saved_id = self.save()
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()


class PartnerDialog(_FormDialog):
    """New partner, or edit one (``detail`` given)."""

    def __init__(
        self, desk: Desk, actor: Actor, detail: PartnerDetail | None, parent: QWidget | None
    ) -> None:
        super().__init__(
            self.tr("Modifica ente") if detail else self.tr("Nuovo ente partner"), parent
        )
        self.desk, self.actor, self.detail = desk, actor, detail
        choices = directory.directory_choices()
        self.name = QLineEdit(detail.name if detail else "", self)
        self.row(self.tr("&Nome:"), self.name)
        self.partner_type = QComboBox(self)
        for code, label in choices.partner_types:
            self.partner_type.addItem(label, code)
        if detail:
            self.partner_type.setCurrentIndex(self.partner_type.findData(detail.partner_type_code))
        self.row(self.tr("&Tipologia:"), self.partner_type)
        self.tax_code = QLineEdit(detail.tax_code if detail else "", self)
        self.row(self.tr("&Codice fiscale / P. IVA:"), self.tax_code)
        self.address = QLineEdit(detail.address if detail else "", self)
        self.row(self.tr("&Indirizzo:"), self.address)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("— non indicato —"), "")
        for code, label in choices.districts:
            self.district.addItem(label, code)
        if detail and detail.district_code:
            self.district.setCurrentIndex(self.district.findData(detail.district_code))
        self.row(self.tr("&Municipio della sede:"), self.district)
        self.served = _checklist(
            self,
            self.tr("Municipi serviti"),
            list(choices.districts),
            set(detail.districts_served) if detail else set(),
        )
        self.row(self.tr("Municipi ser&viti\n(nessuno: tutta la città):"), self.served)
        self.phone = QLineEdit(detail.phone if detail else "", self)
        self.row(self.tr("Tele&fono:"), self.phone)
        self.email = QLineEdit(detail.email if detail else "", self)
        self.row(self.tr("&Email:"), self.email)
        self.website = QLineEdit(detail.website if detail else "", self)
        self.row(self.tr("&Sito web:"), self.website)
        self.contact = QLineEdit(detail.contact_person if detail else "", self)
        self.row(self.tr("&Referente:"), self.contact)
        self.notes = QPlainTextEdit(detail.notes if detail else "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.row(self.tr("N&ote:"), self.notes)
        self.name.setFocus()

    def save(self) -> uuid.UUID | None:
        data = PartnerInput(
            name=self.name.text(),
            partner_type_code=str(self.partner_type.currentData() or ""),
            tax_code=self.tax_code.text(),
            address=self.address.text(),
            district_code=str(self.district.currentData() or "") or None,
            districts_served=_checked(self.served),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            contact_person=self.contact.text(),
            notes=self.notes.toPlainText(),
        )
        if self.detail is None:
            return directory.create_partner(self.desk, self.actor, data)
        directory.update_partner(self.desk, self.actor, self.detail.id, data)
        return self.detail.id


class ServiceDialog(_FormDialog):
    """New service of a partner, or edit one (``service`` given)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        partner_id: uuid.UUID,
        service: ServiceRow | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Modifica servizio") if service else self.tr("Nuovo servizio"), parent
        )
        self.desk, self.actor, self.partner_id, self.service = desk, actor, partner_id, service
        choices = directory.directory_choices()
        self.name = QLineEdit(service.name if service else "", self)
        self.row(self.tr("&Nome:"), self.name)
        self.description = QPlainTextEdit(service.description if service else "", self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.row(self.tr("&Descrizione:"), self.description)
        self.areas = _checklist(
            self,
            self.tr("Aree di intervento"),
            [(code, tr_label(label)) for code, label in choices.areas],
            set(service.areas) if service else set(),
        )
        self.row(self.tr("&Aree:"), self.areas)
        self.needs = _checklist(
            self,
            self.tr("Bisogni a cui risponde"),
            [(n.code, n.label_it) for n in needs()],
            set(service.needs_met) if service else set(),
        )
        self.row(self.tr("&Bisogni:"), self.needs)
        self.cost = QComboBox(self)
        for code, label in choices.cost_forms:
            self.cost.addItem(tr_label(label), code)
        if service:
            self.cost.setCurrentIndex(self.cost.findData(service.cost_form))
        self.row(self.tr("&Costo:"), self.cost)
        self.cost_notes = QLineEdit(service.cost_notes if service else "", self)
        self.row(self.tr("Note sul cos&to:"), self.cost_notes)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(-1, 100_000)
        self.capacity.setSpecialValueText(self.tr("non indicati"))
        self.capacity.setValue(service.capacity if service and service.capacity is not None else -1)
        self.row(self.tr("&Posti:"), self.capacity)
        self.languages = _checklist(
            self,
            self.tr("Lingue parlate"),
            list(choices.languages),
            set(service.languages) if service else set(),
        )
        self.row(self.tr("&Lingue:"), self.languages)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("— non indicato —"), "")
        for code, label in choices.districts:
            self.district.addItem(label, code)
        if service and service.district_code:
            self.district.setCurrentIndex(self.district.findData(service.district_code))
        self.row(self.tr("&Municipio:"), self.district)
        self.address = QLineEdit(service.address if service else "", self)
        self.row(self.tr("&Indirizzo:"), self.address)
        self.phone = QLineEdit(service.phone if service else "", self)
        self.row(self.tr("Tele&fono:"), self.phone)
        self.email = QLineEdit(service.email if service else "", self)
        self.row(self.tr("&Email:"), self.email)
        self.schedule = QLineEdit(service.schedule if service else "", self)
        self.row(self.tr("&Orari:"), self.schedule)
        self.eligibility = QPlainTextEdit(service.eligibility if service else "", self)
        self.eligibility.setTabChangesFocus(True)
        self.eligibility.setMaximumHeight(60)
        self.row(self.tr("&Requisiti:"), self.eligibility)
        self.active = QCheckBox(self.tr("Servizio atti&vo"), self)
        self.active.setChecked(service.active if service else True)
        self.form.addRow("", self.active)
        self.name.setFocus()

    def save(self) -> uuid.UUID | None:
        capacity = self.capacity.value()
        data = ServiceInput(
            name=self.name.text(),
            description=self.description.toPlainText(),
            areas=_checked(self.areas),
            needs_met=_checked(self.needs),
            cost_form=str(self.cost.currentData()),
            cost_notes=self.cost_notes.text(),
            capacity=None if capacity < 0 else capacity,
            languages=_checked(self.languages),
            district_code=str(self.district.currentData() or "") or None,
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            schedule=self.schedule.text(),
            eligibility=self.eligibility.toPlainText(),
            active=self.active.isChecked(),
        )
        return directory.save_service(
            self.desk, self.actor, self.partner_id, data, self.service.id if self.service else None
        )


class AgreementDialog(_FormDialog):
    """A new protocol (``renewing`` None) or the renewal of ``renewing``: five years by
    default; the end follows the start until the administrator changes it."""

    def __init__(  # noqa: PLR0917 - the dialog's whole context
        self,
        desk: Desk,
        actor: Actor,
        partner: PartnerDetail,
        renewing: AgreementRow | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Rinnova il protocollo d'intesa")
            if renewing
            else self.tr("Nuovo protocollo d'intesa")
        )
        super().__init__(title, parent)
        self.desk, self.actor, self.partner, self.renewing = desk, actor, partner, renewing
        text = partner.name
        if renewing is not None:
            text += self.tr(
                "\nRinnovo del protocollo {0} in vigore fino al {1}: il nuovo parte dal giorno "
                "dopo e dura cinque anni, se non si cambia la fine."
            ).format(renewing.protocol_number, short_date(renewing.end_on))
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        start = renewal_start_on(renewing.end_on) if renewing else today
        self.start = QDateEdit(_qdate(start), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        if renewing:
            self.start.setEnabled(False)
            self.start.setToolTip(self.tr("Il rinnovo parte dal giorno dopo la scadenza."))
        self.row(self.tr("&Dal:"), self.start)
        self.end = QDateEdit(_qdate(default_end_on(start)), self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd/MM/yyyy")
        self.row(self.tr("&Al (5 anni se non cambiato):"), self.end)
        self._end_touched = False
        self.end.dateChanged.connect(self._end_changed)
        self.start.dateChanged.connect(self._start_changed)
        self.number = QLineEdit("", self)
        self.row(self.tr("&Numero di protocollo:"), self.number)
        self.notes = QPlainTextEdit("", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.row(self.tr("N&ote:"), self.notes)
        (self.end if renewing else self.start).setFocus()

    def _end_changed(self, _value: QDate) -> None:
        if not self._syncing:
            self._end_touched = True

    _syncing = False

    def _start_changed(self, value: QDate) -> None:
        if self._end_touched:
            return
        self._syncing = True
        self.end.setDate(_qdate(default_end_on(_pydate(value))))
        self._syncing = False

    def save(self) -> uuid.UUID | None:
        end = _pydate(self.end.date())
        if self.renewing is not None:
            return directory.renew_agreement(
                self.desk,
                self.actor,
                self.renewing.id,
                end,
                protocol_number=self.number.text(),
                notes=self.notes.toPlainText(),
            )
        return directory.add_agreement(
            self.desk,
            self.actor,
            self.partner.id,
            _pydate(self.start.date()),
            end,
            protocol_number=self.number.text(),
            notes=self.notes.toPlainText(),
        )


class DirectoryPage(QWidget):
    """The partner directory page."""

    #: The dialog open on the page, if any (tests reach it here).
    dialog: QDialog | None = None

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
        self.admin = actor.has_role(Role.ADMIN)
        self._generation = 0
        self.detail: PartnerDetail | None = None
        self.alerts: list[AgreementAlert] = []
        self._pending_select: uuid.UUID | None = None
        choices = directory.directory_choices()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Enti partner</h2>"), self))
        if not self.admin:
            note = QLabel(
                self.tr("Consultazione: modificare l'elenco spetta all'amministratore di rete."),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)

        # --- the alert banner
        self.banner = QFrame(self)
        self.banner.setObjectName("agreementBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#agreementBanner { background: #fff4e5; border: 1px solid #e0a040; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel("", self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setAccessibleName(self.tr("Avviso sui protocolli d'intesa"))
        banner_layout.addWidget(self.banner_text, 1)
        self.show_expiring = QPushButton(self.tr("Mostra in &scadenza"), self.banner)
        self.show_lapsed = QPushButton(self.tr("Mostra s&caduti"), self.banner)
        banner_layout.addWidget(self.show_expiring)
        banner_layout.addWidget(self.show_lapsed)
        self.show_expiring.clicked.connect(lambda: self._filter_state(AgreementState.EXPIRING))
        self.show_lapsed.clicked.connect(lambda: self._filter_state(AgreementState.LAPSED))
        self.banner.hide()
        layout.addWidget(self.banner)

        # --- filters
        filters = QHBoxLayout()
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Nome, codice fiscale, referente, telefono"))
        self.text_filter.setAccessibleName(self.tr("Filtra gli enti"))
        self.text_filter.setClearButtonEnabled(True)
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Filtra per tipologia"))
        self.type_filter.addItem(self.tr("Tutte le tipologie"), "")
        for code, label in choices.partner_types:
            self.type_filter.addItem(label, code)
        self.type_filter.setMaximumWidth(260)
        self.sector_filter = QComboBox(self)
        self.sector_filter.setAccessibleName(self.tr("Filtra per settore"))
        self.sector_filter.addItem(self.tr("Tutti i settori"), "")
        for code, label in choices.sectors:
            self.sector_filter.addItem(tr_label(label), code)
        self.district_filter = QComboBox(self)
        self.district_filter.setAccessibleName(self.tr("Filtra per municipio servito"))
        self.district_filter.addItem(self.tr("Tutti i municipi"), "")
        for code, label in choices.districts:
            self.district_filter.addItem(label, code)
        self.district_filter.setMaximumWidth(260)
        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("Filtra per stato del protocollo"))
        self.state_filter.addItem(self.tr("Tutti i protocolli"), None)
        for state, _label in choices.agreement_states:
            self.state_filter.addItem(state_label(state), state.value)
        for caption, widget in (
            (self.tr("&Filtra:"), self.text_filter),
            (self.tr("&Tipologia:"), self.type_filter),
            (self.tr("S&ettore:"), self.sector_filter),
            (self.tr("&Municipio:"), self.district_filter),
            (self.tr("&Protocollo:"), self.state_filter),
        ):
            buddy = QLabel(caption, self)
            buddy.setBuddy(widget)
            filters.addWidget(buddy)
            filters.addWidget(widget)
        filters.setStretch(1, 1)
        layout.addLayout(filters)

        # --- list and detail
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = PartnerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = _table(left, self.tr("Enti partner"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PartnerModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._current(cur))
        self.view.activated.connect(lambda _index: self._focus_detail())
        left_layout.addWidget(self.view, 1)
        self.count_label = QLabel("", left)
        self.count_label.setAccessibleName(self.tr("Enti mostrati"))
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)

        self.detail_area = QScrollArea(splitter)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setAccessibleName(self.tr("Scheda dell'ente"))
        panel = QWidget(self.detail_area)
        panel_layout = QVBoxLayout(panel)
        self.title = QLabel("", panel)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout.addWidget(self.title)
        self.state_line = QLabel("", panel)
        self.state_line.setWordWrap(True)
        self.state_line.setAccessibleName(self.tr("Stato del protocollo"))
        panel_layout.addWidget(self.state_line)
        self.facts = QLabel("", panel)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("Recapiti e municipi serviti"))
        panel_layout.addWidget(self.facts)
        edit_row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nuovo ente… (Ins)"), panel)
        self.edit_button = QPushButton(self.tr("Modifica ente… (Ctrl+E)"), panel)
        edit_row.addWidget(self.new_button)
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        panel_layout.addLayout(edit_row)

        self.agreements_label = QLabel(self.tr("<b>Protocolli d'intesa</b>"), panel)
        panel_layout.addWidget(self.agreements_label)
        self.agreement_model = AgreementModel(self)
        self.agreement_view = _table(panel, self.tr("Protocolli d'intesa"))
        self.agreement_view.setModel(self.agreement_model)
        self.agreement_view.setMaximumHeight(130)
        panel_layout.addWidget(self.agreement_view)
        agreement_row = QHBoxLayout()
        self.renew_button = QPushButton(self.tr("&Rinnova protocollo… (Ctrl+R)"), panel)
        self.add_agreement_button = QPushButton(self.tr("Nuovo protocollo… (Ctrl+I)"), panel)
        agreement_row.addWidget(self.renew_button)
        agreement_row.addWidget(self.add_agreement_button)
        agreement_row.addStretch(1)
        panel_layout.addLayout(agreement_row)

        self.services_label = QLabel(self.tr("<b>Servizi offerti</b>"), panel)
        panel_layout.addWidget(self.services_label)
        self.service_model = ServiceRowModel(self)
        self.service_view = _table(panel, self.tr("Servizi offerti"))
        self.service_view.setModel(self.service_model)
        self.service_view.activated.connect(lambda index: self.edit_service(index.row()))
        panel_layout.addWidget(self.service_view, 1)
        service_row = QHBoxLayout()
        self.add_service_button = QPushButton(self.tr("Nuovo servizio… (Ctrl+Ins)"), panel)
        self.edit_service_button = QPushButton(self.tr("Modifica servizio… (Invio)"), panel)
        service_row.addWidget(self.add_service_button)
        service_row.addWidget(self.edit_service_button)
        service_row.addStretch(1)
        panel_layout.addLayout(service_row)
        self.detail_area.setWidget(panel)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Esito"))
        bottom.addWidget(self.status, 1)
        self.import_button = QPushButton(self.tr("Importa HSDS… (Ctrl+O)"), self)
        self.export_button = QPushButton(self.tr("Salva come HSDS… (Ctrl+S)"), self)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.renew_button.clicked.connect(self.renew_agreement)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.add_service_button.clicked.connect(self.new_service)
        self.edit_service_button.clicked.connect(
            lambda: self.edit_service(self.service_view.currentIndex().row())
        )
        for keys, slot in (
            ("Ins", self.new_partner),
            ("Ctrl+E", self.edit_partner),
            ("Ctrl+R", self.renew_agreement),
            ("Ctrl+I", self.add_agreement),
            ("Ctrl+Ins", self.new_service),
            ("F5", self.refresh),
            ("Ctrl+O", self.import_hsds),
            ("Ctrl+S", self.export_hsds),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for button in (
            self.new_button,
            self.edit_button,
            self.renew_button,
            self.add_agreement_button,
            self.add_service_button,
            self.edit_service_button,
            self.import_button,
            self.export_button,
        ):
            button.setVisible(self.admin)
        self.import_button.clicked.connect(self.import_hsds)
        self.export_button.clicked.connect(self.export_hsds)

        self.setTabOrder(self.text_filter, self.type_filter)
        self.setTabOrder(self.type_filter, self.sector_filter)
        self.setTabOrder(self.sector_filter, self.district_filter)
        self.setTabOrder(self.district_filter, self.state_filter)
        self.setTabOrder(self.state_filter, self.view)
        self.setTabOrder(self.view, self.agreement_view)
        self.setTabOrder(self.agreement_view, self.service_view)

        self.text_filter.textChanged.connect(lambda _t: self.reload())
        for combo in (
            self.type_filter,
            self.sector_filter,
            self.district_filter,
            self.state_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self._show_detail(None)
        self.refresh()

    # ------------------------------------------------------------------ loading

    def _filter(self) -> PartnerFilter:
        return PartnerFilter(
            text=self.text_filter.text().strip(),
            partner_type=str(self.type_filter.currentData() or ""),
            sector=str(self.sector_filter.currentData() or ""),
            district=str(self.district_filter.currentData() or ""),
            agreement_state=AgreementState(state)
            if (state := self.state_filter.currentData())
            else None,
        )

    def refresh(self) -> None:
        """Reload the banner, the list and the partner shown."""
        desk, actor, today = self.desk, self.actor, self._today()
        ops.run_in_background(
            lambda: directory.agreement_alerts(desk, actor, today=today),
            on_success=self._set_alerts,
            on_failure=self._failed,
        )
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        desk, actor, flt, today = self.desk, self.actor, self._filter(), self._today()

        def done(rows: list[PartnerRow]) -> None:
            if generation != self._generation:
                return
            keep = self._pending_select or (self.detail.id if self.detail else None)
            self._pending_select = None
            self.model.set_records(rows)
            self.view.resizeColumnsToContents()
            for column, widest in enumerate(PartnerModel.WIDTHS):
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
            self.count_label.setText(self.tr("Enti mostrati: {0}").format(len(rows)))
            self._select(keep)

        ops.run_in_background(
            lambda: directory.list_partners(desk, actor, flt, today=today),
            on_success=done,
            on_failure=self._failed,
        )

    def _select(self, partner_id: uuid.UUID | None) -> None:
        target = 0
        if partner_id is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == partner_id:
                    target = row
                    break
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(target, 0))
            self._current(self.proxy.index(target, 0))
        else:
            self._show_detail(None)

    def _set_alerts(self, alerts: list[AgreementAlert]) -> None:
        self.alerts = alerts
        expiring = [a for a in alerts if a.state is AgreementState.EXPIRING]
        lapsed = [a for a in alerts if a.state is AgreementState.LAPSED]
        if not alerts:
            self.banner.hide()
            return

        def names(items: list[AgreementAlert], expiring_kind: bool) -> str:
            shown = []
            for alert in items[:BANNER_NAMES]:
                when = (
                    self.tr("tra {0} giorni").format(alert.days)
                    if expiring_kind
                    else self.tr("dal {0}").format(short_date(alert.end_on))
                )
                shown.append(f"{_escape(alert.partner_name)} ({when})")
            if len(items) > BANNER_NAMES:
                shown.append(self.tr("e altri {0}").format(len(items) - BANNER_NAMES))
            return ", ".join(shown)

        parts = []
        if expiring:
            parts.append(
                self.tr("<b>Protocolli in scadenza entro 60 giorni: {0}</b> — {1}").format(
                    len(expiring), names(expiring, True)
                )
            )
        if lapsed:
            parts.append(
                self.tr(
                    "<b>Protocolli scaduti: {0}</b> (i loro servizi sono segnalati agli "
                    "operatori) — {1}"
                ).format(len(lapsed), names(lapsed, False))
            )
        self.banner_text.setText("<br>".join(parts))
        self.show_expiring.setVisible(bool(expiring))
        self.show_lapsed.setVisible(bool(lapsed))
        self.banner.show()

    def _filter_state(self, state: AgreementState) -> None:
        self.state_filter.setCurrentIndex(self.state_filter.findData(state.value))
        self.view.setFocus()

    def _current(self, index: QModelIndex) -> None:
        if not index.isValid():
            self._show_detail(None)
            return
        partner_id = index.data(Qt.ItemDataRole.UserRole)
        if self.detail is not None and self.detail.id == partner_id:
            return
        self.load_detail(partner_id)

    def load_detail(self, partner_id: uuid.UUID) -> None:
        try:
            detail = directory.partner_detail(
                self.desk, self.actor, partner_id, today=self._today()
            )
        except UserError as exc:
            self.status.setText(exc.message)
            self._show_detail(None)
            return
        self._show_detail(detail)

    def _show_detail(self, detail: PartnerDetail | None) -> None:
        self.detail = detail
        has = detail is not None
        for widget in (
            self.agreements_label,
            self.agreement_view,
            self.services_label,
            self.service_view,
        ):
            widget.setVisible(has)
        for button in (
            self.edit_button,
            self.renew_button,
            self.add_agreement_button,
            self.add_service_button,
            self.edit_service_button,
        ):
            button.setVisible(self.admin and has)
        if detail is None:
            self.title.setText(self.tr("<i>Nessun ente scelto.</i>"))
            self.state_line.setText("")
            self.facts.setText("")
            self.agreement_model.set_records([])
            self.service_model.set_records([])
            return
        self.title.setText(f"<h3>{_escape(detail.name)}</h3>")
        state = self.model.agreement_text(detail.agreement)
        if detail.flagged:
            self.state_line.setText(
                self.tr(
                    "⚠ Protocollo d'intesa: {0}. I servizi di questo ente sono segnalati "
                    "agli operatori quando li propongono."
                ).format(state)
            )
            self.state_line.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.state_line.setText(self.tr("Protocollo d'intesa: {0}").format(state))
            bold = detail.agreement.state is AgreementState.EXPIRING
            self.state_line.setStyleSheet("color: #965a00; font-weight: bold;" if bold else "")
        served = (
            ", ".join(detail.districts_served_labels)
            if detail.districts_served
            else self.tr("tutta la città")
        )
        rows = [
            (
                self.tr("Tipologia"),
                f"{detail.partner_type_label} ({tr_label(_sector(detail.sector))})",
            ),
            (self.tr("Municipi serviti"), served),
            (self.tr("Sede"), ", ".join(v for v in (detail.address, detail.district_label) if v)),
            (self.tr("Telefono"), detail.phone),
            (self.tr("Email"), detail.email),
            (self.tr("Sito web"), detail.website),
            (self.tr("Referente"), detail.contact_person),
            (self.tr("Codice fiscale / P. IVA"), detail.tax_code),
            (self.tr("Note"), detail.notes),
            (self.tr("Identificativo HSDS"), detail.external_id or ""),
        ]
        self.facts.setText(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td><b>{_escape(k)}</b>&nbsp;</td><td>{_escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table>"
        )
        self.agreement_model.set_records(detail.agreements)
        self.agreement_view.resizeColumnsToContents()
        self.service_model.set_records(detail.services)
        self.service_view.resizeColumnsToContents()
        for column in range(self.service_model.columnCount() - 1):
            self.service_view.setColumnWidth(
                column, min(self.service_view.columnWidth(column), 200)
            )
        if detail.services:
            self.service_view.setCurrentIndex(self.service_model.index(0, 0))
        self.renew_button.setEnabled(detail.current_agreement is not None)
        self.edit_service_button.setEnabled(bool(detail.services))

    def _focus_detail(self) -> None:
        if self.detail is not None and self.detail.services:
            self.service_view.setFocus()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.message)
            return
        raise exc

    def focus_first(self) -> None:
        self.view.setFocus()

    # ------------------------------------------------------------------ editing

    def _run(self, dialog: _FormDialog, message: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.status.setText(message)
                if isinstance(dialog, PartnerDialog):
                    self._pending_select = dialog.saved_id
                current = self.detail.id if self.detail else None
                self.detail = None  # reload it
                self._pending_select = self._pending_select or current
                self.refresh()
            self.view.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def new_partner(self) -> None:
        if not self.admin:
            return
        self._run(PartnerDialog(self.desk, self.actor, None, self), self.tr("Ente salvato."))

    def edit_partner(self) -> None:
        if not self.admin or self.detail is None:
            return
        self._run(PartnerDialog(self.desk, self.actor, self.detail, self), self.tr("Ente salvato."))

    def add_agreement(self) -> None:
        if not self.admin or self.detail is None:
            return
        self._run(
            AgreementDialog(self.desk, self.actor, self.detail, None, self._today(), self),
            self.tr("Protocollo d'intesa registrato."),
        )

    def renew_agreement(self) -> None:
        if not self.admin or self.detail is None:
            return
        current = self.detail.current_agreement
        if current is None:
            QMessageBox.information(
                self,
                self.tr("Rinnovo"),
                self.tr("Questo ente non ha protocolli da rinnovare: registrarne uno nuovo."),
            )
            return
        self._run(
            AgreementDialog(self.desk, self.actor, self.detail, current, self._today(), self),
            self.tr("Protocollo d'intesa rinnovato."),
        )

    def new_service(self) -> None:
        if not self.admin or self.detail is None:
            return
        self._run(
            ServiceDialog(self.desk, self.actor, self.detail.id, None, self),
            self.tr("Servizio salvato."),
        )

    def edit_service(self, row: int) -> None:
        if not self.admin or self.detail is None or not 0 <= row < len(self.detail.services):
            return
        self._run(
            ServiceDialog(self.desk, self.actor, self.detail.id, self.detail.services[row], self),
            self.tr("Servizio salvato."),
        )

    # ------------------------------------------------------------------ Open Referral HSDS

    def choose_import_path(self) -> Path | None:
        """The package to import: a .zip, or any file of a package's folder."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Importa un pacchetto HSDS"),
            "",
            self.tr("Pacchetto HSDS (*.zip datapackage.json *.csv)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".zip" else chosen.parent

    def choose_export_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Cartella in cui salvare il pacchetto HSDS")
        )
        return Path(folder) if folder else None

    def import_hsds(self) -> None:
        """Read the package and show what would change; import only when confirmed."""
        if not self.admin:
            return
        path = self.choose_import_path()
        if path is None:
            return
        desk, actor = self.desk, self.actor
        self.status.setText(self.tr("Lettura del pacchetto {0}…").format(path.name))

        def preview(report: ImportReport) -> None:
            dialog = ImportPreviewDialog(report, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog

            def finished(result: int) -> None:
                if result != QDialog.DialogCode.Accepted:
                    self.status.setText(self.tr("Importazione annullata: nessuna modifica."))
                    return
                ops.run_in_background(
                    lambda: hsds.import_package(desk, actor, path),
                    on_success=self._imported,
                    on_failure=self._failed,
                )

            dialog.finished.connect(finished)
            dialog.open()

        ops.run_in_background(
            lambda: hsds.import_package(desk, actor, path, dry_run=True),
            on_success=preview,
            on_failure=self._failed,
        )

    def _imported(self, report: ImportReport) -> None:
        if report.applied:
            self.status.setText(
                self.tr(
                    "Pacchetto importato: enti e servizi creati {0}, aggiornati {1}, saltati {2}."
                ).format(len(report.created), len(report.updated), len(report.skipped))
            )
        else:
            self.status.setText(self.tr("Nessuna modifica salvata: il pacchetto ha errori."))
        self.detail = None
        self.refresh()

    def export_hsds(self) -> None:
        if not self.admin:
            return
        folder = self.choose_export_folder()
        if folder is None:
            return
        desk, actor = self.desk, self.actor

        def done(report: ExportReport) -> None:
            self.status.setText(
                self.tr("Salvati {0} enti e {1} servizi come HSDS 3.0 in {2}.").format(
                    report.partners, report.services, str(report.folder)
                )
            )

        ops.run_in_background(
            lambda: hsds.export_package(desk, actor, folder),
            on_success=done,
            on_failure=self._failed,
        )


class ImportPreviewDialog(QDialog):
    """What an import would do (a dry run), with every problem; Importa applies it."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importazione HSDS: anteprima"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        can_apply = bool(report.created or report.updated) and not (
            report.skipped and report.skipped[0].startswith("tutto")
        )
        summary = QLabel(
            self.tr(
                "Da creare: {0} · da aggiornare: {1} · saltati: {2} · invariati: {3} · "
                "problemi: {4}"
            ).format(
                len(report.created),
                len(report.updated),
                len(report.skipped),
                len(report.unchanged),
                len(report.problems),
            ),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.text = QPlainTextEdit(report.describe(), self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Resoconto dell'importazione"))
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("&Importa"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(can_apply)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.apply_button if can_apply else cancel).setDefault(True)
        self.text.setFocus()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sector(code: str) -> str:
    return directory.SECTOR_LABELS.get(code, code)
