"""The person page (*scheda persona*): who they are, privacy, cases, household.

Opening the page records a ``view`` in the access log (:func:`view_person`). Everything the
page shows comes from one snapshot of read models, loaded off the GUI thread. Shortcuts
work anywhere on the page:

=====================  ===============================================================
F2                     correct the person's data (the previous values stay in history)
Ctrl+Shift+A           open a *presa in carico* (:attr:`PersonPage.open_case_requested`)
Invio (cases list)     open the case (:attr:`PersonPage.case_requested`)
Ctrl+I                 record the privacy notice and consents
Ctrl+Shift+R           withdraw a consent
Ctrl+P                 print the consent form
Ctrl+Shift+N           add a household member
Invio (household)      open the member's page (:attr:`PersonPage.person_requested`)
=====================  ===============================================================
"""

from __future__ import annotations

import html
import itertools
import uuid
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.domain.italian import short_date
from cotdesk.domain.roles import Role
from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.person_view import (
    SEX_LABELS,
    CaseSummary,
    PersonDetails,
    PersonView,
    local_today,
    view_person,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.consent_panel import ConsentPanel
from cotdesk.ui.household import AddMemberDialog, HouseholdModel
from cotdesk.ui.labels import tr_label
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.registration import RegistrationDialog
from cotdesk.ui.table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex
#: Hints under the section titles: quieter than the data, still readable.
HINT_STYLE = "color: #4a4a4a;"


class CasesModel(RecordTableModel[CaseSummary]):
    """The person's cases: open ones first, then the closed, most recent first."""

    def column_titles(self) -> list[str]:
        return [
            self.tr("Riferimento"),
            self.tr("Stato"),
            self.tr("Aree di intervento"),
            self.tr("Aperta il"),
            self.tr("Operatore"),
            self.tr("Priorità"),
            self.tr("Prossimo contatto"),
        ]

    def set_cases(self, cases: tuple[CaseSummary, ...] | list[CaseSummary]) -> None:
        self.set_records(cases)

    def case(self, row: int) -> CaseSummary:
        return self.record(row)

    def cell_role(self, case: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not case.is_open:
            return QColor("#666666")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if case.hidden:
                return self.tr(
                    "Presa in carico riservata: la consultano l'operatore assegnato e il "
                    "coordinatore; per aprirla va chiesto l'accesso, indicando il motivo"
                )
            if column == 2 and case.area_labels:
                return "\n".join(case.area_labels)
        return None

    def cell_text(self, case: CaseSummary, column: int) -> str:
        if column == 0:
            return case.reference
        if column == 1:
            return tr_label(case.status_label)
        if column == 2:
            if case.hidden:
                return self.tr("Riservata")
            return ", ".join(case.area_labels)
        if column == 3:
            return short_date(case.opened_on)
        if column == 4:
            return case.assigned_operator_name or "—"
        if column == 5:
            return str(case.priority)
        return short_date(case.follow_up_on)


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PersonPage(QWidget):
    """One person's page in the main window's stack."""

    #: Open this case (its id): Enter on the cases list.
    case_requested = Signal(uuid.UUID)
    #: Open a new *presa in carico* for this person (the person's id).
    open_case_requested = Signal(uuid.UUID)
    #: Show another person's page (a household member).
    person_requested = Signal(uuid.UUID)
    #: The person's data changed (registry, consent, household).
    person_changed = Signal(uuid.UUID)
    #: The person was erased (GDPR art. 17): the page has nothing left to show.
    person_erased = Signal(uuid.UUID)

    def __init__(
        self, desk: Desk, actor: Actor, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.person_id = person_id
        self.view: PersonView | None = None
        self._privacy = privacy_mode()
        self._privacy.changed.connect(self._privacy_changed)
        self._build()
        self.reload(audit=True)

    # ------------------------------------------------------------------ building

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setAccessibleName(action.text().replace("&", "").split(" (")[0])
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _build(self) -> None:
        tr = self.tr
        self.name_label = QLabel(tr("Caricamento…"), self)
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.name_label.setAccessibleName(tr("Nome della persona"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel("", self)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName(tr("Dati anagrafici e recapiti"))
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Messaggi"))

        self.edit_action = self._action(tr("&Modifica dati (F2)"), "F2", self.edit_person)
        self.open_case_action = self._action(
            tr("&Apri presa in carico (Ctrl+Shift+A)"), "Ctrl+Shift+A", self._ask_open_case
        )
        self.add_member_action = self._action(
            tr("Aggiungi &componente (Ctrl+Shift+N)"), "Ctrl+Shift+N", self.add_member
        )
        self.edit_button = self._button(self.edit_action)
        self.open_case_button = self._button(self.open_case_action)
        self.add_member_button = self._button(self.add_member_action)
        # GDPR rights (supervisors and administrators): export, erasure.
        self.gdpr_buttons: list[QPushButton] = []
        if self._actor.has_role(Role.SUPERVISOR):
            self.export_action = self._action(
                tr("&Esporta dati (art. 15) (Ctrl+E)"), "Ctrl+E", self.export_data
            )
            self.erase_action = self._action(
                tr("Ca&ncella persona (art. 17) (Ctrl+Shift+Canc)"),
                "Ctrl+Shift+Del",
                self.erase_person,
            )
            self.gdpr_buttons = [
                self._button(self.export_action),
                self._button(self.erase_action),
            ]

        self.cases_model = CasesModel(self)
        self.cases = _table(self, tr("Prese in carico della persona"))
        self.cases.setModel(self.cases_model)
        cases_header = self.cases.horizontalHeader()
        cases_header.setStretchLastSection(False)
        cases_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.cases.setWordWrap(False)
        self.cases.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cases.activated.connect(self._case_activated)
        self.cases_empty = QLabel(tr("Nessuna presa in carico: aprirne una con Ctrl+Shift+A."))
        self.cases_empty.setStyleSheet(HINT_STYLE)

        self.household_model = HouseholdModel(self)
        self.household = _table(self, tr("Componenti del nucleo familiare"))
        self.household.setModel(self.household_model)
        self.household.activated.connect(self._member_activated)
        self.household_empty = QLabel(
            tr("Nessun nucleo familiare registrato: aggiungere un componente con Ctrl+Shift+N.")
        )
        self.household_empty.setWordWrap(True)
        self.household_empty.setStyleSheet(HINT_STYLE)

        self.consent = ConsentPanel(self._desk, self._actor, self.person_id, self)
        self.consent.changed.connect(self._changed)
        self.consent.message.connect(self.show_message)
        self.addActions(self.consent.actions())
        self._lay_out()

    def _lay_out(self) -> None:
        tr = self.tr
        header_text = QVBoxLayout()
        header_text.addWidget(self.name_label)
        header_text.addWidget(self.details_label)
        header_buttons = QVBoxLayout()
        header_buttons.addWidget(self.edit_button)
        for button in self.gdpr_buttons:
            header_buttons.addWidget(button)
        header_buttons.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addLayout(header_buttons)

        cases_box = QGroupBox(tr("Prese in carico"), self)
        cases_layout = QVBoxLayout(cases_box)
        cases_top = QHBoxLayout()
        cases_top.addWidget(self.cases_empty, 1)
        cases_top.addWidget(self.open_case_button)
        cases_layout.addLayout(cases_top)
        cases_layout.addWidget(self.cases, 1)

        household_box = QGroupBox(tr("Nucleo familiare"), self)
        household_layout = QVBoxLayout(household_box)
        household_top = QHBoxLayout()
        household_top.addWidget(self.household_empty, 1)
        household_top.addWidget(self.add_member_button)
        household_layout.addLayout(household_top)
        household_layout.addWidget(self.household, 1)

        consent_box = QGroupBox(tr("Privacy: informativa e consensi"), self)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.consent)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(cases_box, 3)
        left_layout.addWidget(household_box, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(consent_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([720, 540])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.message.hide()

        order: list[QWidget] = [
            self.edit_button,
            self.open_case_button,
            self.cases,
            self.add_member_button,
            self.household,
            self.consent.record_button,
            self.consent.withdraw_button,
            self.consent.print_button,
            self.consent.history,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # ------------------------------------------------------------------ loading

    def reload(self, *, audit: bool = False) -> None:
        """Load the page's data off the GUI thread (``audit``: record the view)."""
        desk, actor, person_id = self._desk, self._actor, self.person_id
        run_in_background(
            lambda: view_person(desk, actor, person_id, audit=audit),
            on_success=self._show,
            on_failure=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.name_label.setText(f"<h2>{html.escape(self.tr('Scheda non disponibile'))}</h2>")
        self.show_message(message, error=True)
        for action in self.actions():
            action.setEnabled(False)

    def _show(self, view: PersonView) -> None:
        self.view = view
        person = view.person
        self.name_label.setText(
            f"<h1 style='margin:0'>{html.escape(self._privacy.name(person.last_name.upper()))} "
            f"{html.escape(self._privacy.name(person.first_name))}</h1>"
        )
        self.details_label.setText(self._details_html(view))
        self.cases_model.set_cases(view.cases)
        self.cases_empty.setText(self._cases_summary(view.cases))
        if view.cases and not self.cases.currentIndex().isValid():
            self.cases.selectRow(0)
        self.household_model.set_households(view.households, person.id)
        self.household.setVisible(bool(view.households))
        self.household_empty.setText(
            self.tr(
                "Nessun nucleo familiare registrato: aggiungere un componente con Ctrl+Shift+N."
            )
            if not view.households
            else self.tr("Invio apre la scheda del componente scelto.")
        )
        file_name = f"consenso-{person.last_name}-{person.first_name}.pdf".replace(" ", "-")
        self.consent.set_status(view.consent, file_name)

    def _privacy_changed(self, _on: bool) -> None:
        if self.view is not None:
            self._show(self.view)

    def _cases_summary(self, cases: tuple[CaseSummary, ...]) -> str:
        if not cases:
            return self.tr("Nessuna presa in carico: aprirne una con Ctrl+Shift+A.")
        open_count = sum(1 for c in cases if c.is_open)
        if len(cases) == 1:
            state = self.tr("aperta") if open_count else self.tr("chiusa")
            return self.tr("Una presa in carico, {0}. Invio la apre.").format(state)
        return self.tr("{0} prese in carico, aperte: {1}. Invio apre quella scelta.").format(
            len(cases), open_count
        )

    def _details_html(self, view: PersonView) -> str:
        person = view.person
        lines = [self._birth_line(person), self._codes_line(person), self._contacts_line(person)]
        return "<br>".join(line for line in lines if line)

    def _birth_line(self, person: PersonDetails) -> str:
        tr = self.tr
        esc = html.escape
        first: list[str] = []
        age = person.age(local_today())
        if age is not None:
            first.append(tr("{0} anni").format(age))
        born = tr("nata") if person.sex == "F" else tr("nato")
        place = esc(self._privacy.value(person.birth_place_name))
        if person.birth_date:
            where = f" a {place}" if place else ""
            first.append(f"{born} il {self._privacy.day(person.birth_date)}{where}")
        elif place:
            first.append(f"{born} a {place}")
        if person.sex in ("M", "F"):
            first.append(tr("sesso {0}").format(SEX_LABELS[person.sex]))
        return " · ".join(first)

    def _codes_line(self, person: PersonDetails) -> str:
        tr = self.tr
        esc = html.escape
        codes: list[str] = []
        if person.fiscal_code:
            codes.append(
                tr("Codice fiscale <b>{0}</b>").format(esc(self._privacy.value(person.fiscal_code)))
            )
        elif person.foreign_code:
            codes.append(
                tr("Codice {0} <b>{1}</b>").format(
                    esc(person.identity_kind.upper()), esc(self._privacy.value(person.foreign_code))
                )
            )
        else:
            codes.append(tr("Senza codice fiscale né STP/ENI"))
        if person.citizenship_labels:
            codes.append(tr("cittadinanza: {0}").format(esc(", ".join(person.citizenship_labels))))
        if person.language_labels:
            codes.append(tr("lingue: {0}").format(esc(", ".join(person.language_labels))))
        return " · ".join(codes)

    def _contacts_line(self, person: PersonDetails) -> str:
        tr = self.tr
        privacy = self._privacy

        def esc(value: str) -> str:
            return html.escape(privacy.value(value))

        contacts: list[str] = []
        if person.phone:
            contacts.append(tr("Tel. {0}").format(esc(person.phone)))
        if person.phone_alt:
            contacts.append(tr("altro tel. {0}").format(esc(person.phone_alt)))
        if person.email:
            contacts.append(esc(person.email))
        if not contacts:
            contacts.append(tr("Nessun recapito"))
        where_lines: list[str] = []
        address = " ".join(
            part
            for part in (
                person.address_street + ("," if person.address_city else ""),
                person.address_postcode,
                person.address_city,
            )
            if part and part != ","
        )
        if person.no_fixed_abode:
            where_lines.append(f"<b>{tr('Senza fissa dimora')}</b>")
        if address:
            where_lines.append(esc(address))
        if person.district_label:
            where_lines.append(html.escape(person.district_label))
        return " · ".join(contacts + where_lines)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _changed(self) -> None:
        self.reload(audit=False)
        self.person_changed.emit(self.person_id)

    # ------------------------------------------------------------------ actions

    def focus_first(self) -> None:
        if self.cases_model.rowCount():
            self.cases.setFocus()
        else:
            self.open_case_button.setFocus()

    def _case_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_requested.emit(self.cases_model.case(index.row()).id)

    def _member_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        member_id = self.household_model.person_id(index.row())
        if member_id != self.person_id:
            self.person_requested.emit(member_id)

    def _ask_open_case(self) -> None:
        self.open_case_requested.emit(self.person_id)

    def edit_person(self) -> None:
        if self.view is None:
            return
        dialog = RegistrationDialog(self._desk, self._actor, parent=self, person=self.view.person)
        dialog.accepted.connect(self._edited)
        dialog.open()
        self.edit_dialog = dialog

    def _edited(self) -> None:
        self.show_message(self.tr("Dati aggiornati."))
        self._changed()

    def add_member(self) -> None:
        if self.view is None:
            return
        members = frozenset(
            member.person_id for household in self.view.households for member in household.members
        )
        dialog = AddMemberDialog(self._desk, self._actor, self.person_id, self, members=members)
        dialog.accepted.connect(self._member_added)
        dialog.open()
        self.member_dialog = dialog

    def export_data(self) -> None:
        from cotdesk.ui.gdpr_dialogs import ExportDialog

        dialog = ExportDialog(self._desk, self._actor, self.person_id, self)
        dialog.exported.connect(
            lambda json_path, _pdf: self.show_message(
                self.tr("Dati esportati in {0} (JSON e PDF).").format(json_path.parent)
            )
        )
        dialog.open()
        self.gdpr_dialog: QDialog = dialog

    def erase_person(self) -> None:
        from cotdesk.ui.gdpr_dialogs import ErasureDialog

        try:
            dialog = ErasureDialog(self._desk, self._actor, self.person_id, self)
        except UserError as exc:
            self.show_message(exc.message, error=True)
            return
        dialog.erased.connect(self.person_erased)
        dialog.open()
        self.gdpr_dialog = dialog

    def _member_added(self) -> None:
        self.show_message(self.tr("Componente aggiunto al nucleo familiare."))
        self._changed()
