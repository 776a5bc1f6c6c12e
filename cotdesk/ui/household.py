"""The household (*nucleo familiare*) on the person page: members and adding one.

A member is someone already on the desk, found with the same search as the home page, or a
new person registered on the spot; either way the operator says their relation to the
intestatario.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.households import (
    RELATIONS,
    HouseholdView,
    MemberView,
    add_household_member_for,
)
from cotdesk.services.person_view import age_on, local_today
from cotdesk.services.search import PersonHit, search_persons
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.search_model import PersonSearchModel
from cotdesk.ui.table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex
SEARCH_DEBOUNCE_MS = 150


class HouseholdModel(RecordTableModel[MemberView]):
    """The current members of the person's household(s)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._self_id: uuid.UUID | None = None

    def column_titles(self) -> list[str]:
        return [
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Relazione"),
            self.tr("Data di nascita"),
            self.tr("Età"),
        ]

    def set_households(self, households: tuple[HouseholdView, ...], self_id: uuid.UUID) -> None:
        self._self_id = self_id
        self.set_records(member for household in households for member in household.members)

    def person_id(self, row: int) -> uuid.UUID:
        return self.record(row).person_id

    def record_id(self, member: MemberView) -> uuid.UUID:
        return member.person_id

    def cell_text(self, member: MemberView, column: int) -> str:
        privacy = privacy_mode()  # names as initials while a citizen faces the screen
        if column == 0:
            return privacy.name(member.last_name)
        if column == 1:
            if member.person_id == self._self_id:
                return self.tr("{0} (questa persona)").format(privacy.name(member.first_name))
            return privacy.name(member.first_name)
        if column == 2:
            return member.relation_label
        if column == 3:
            return privacy.day(member.birth_date)
        age = age_on(member.birth_date, local_today())
        return "" if age is None else str(age)

    def cell_role(self, member: MemberView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and member.person_id == self._self_id:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AddMemberDialog(QDialog):
    """Find (or register) a person and add them to the household with their relation."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        members: frozenset[uuid.UUID] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        #: Already in the household (with the person): not offered again.
        self._members = members | {person_id}
        self._generation = 0
        self.member_id: uuid.UUID | None = None
        tr = self.tr
        self.setWindowTitle(tr("Aggiungi un componente del nucleo familiare"))
        self.setMinimumWidth(720)

        self.search_box = QLineEdit(self)
        self.search_box.setAccessibleName(tr("Cerca la persona da aggiungere"))
        self.search_box.setPlaceholderText(
            tr("cognome e nome, codice fiscale, telefono o data di nascita")
        )
        self.results_model = PersonSearchModel()
        self.results_model.setParent(self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(tr("Persone trovate"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.relation = QComboBox(self)
        for code, label in RELATIONS.items():
            if code != "intestatario":
                self.relation.addItem(tr(label), code)
        self.relation.setAccessibleName(tr("Relazione con l'intestatario"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        self.add_button = QPushButton(tr("&Aggiungi al nucleo (Ctrl+S)"), self)
        self.add_button.setAccessibleName(tr("Aggiungi al nucleo"))
        self.add_button.setAutoDefault(False)
        self.new_button = QPushButton(tr("Registra una &nuova persona (Ctrl+N)"), self)
        self.new_button.setAccessibleName(tr("Registra una nuova persona e aggiungila"))
        self.new_button.setAutoDefault(False)
        self.cancel_button = QPushButton(tr("Annulla (Esc)"), self)
        self.cancel_button.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(tr("&Cerca:"), self.search_box)
        form.addRow(tr("&Relazione con l'intestatario:"), self.relation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        order = [
            self.search_box,
            self.results,
            self.relation,
            self.add_button,
            self.new_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self._search_and_focus)
        self.results.activated.connect(lambda _i: self.relation.setFocus())
        self.add_button.clicked.connect(self.add_selected)
        self.new_button.clicked.connect(self.register_new)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.add_selected)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.register_new)
        self.search_box.setFocus()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, [])
            return
        desk, office_id = self._desk, self._actor.office_id
        run_in_background(
            lambda: search_persons(desk, text, limit=30, office_id=office_id),
            on_success=lambda hits: self._show(generation, hits),
            on_failure=lambda exc: self.error.setText(str(exc)),
        )

    def _search_and_focus(self) -> None:
        self.search_now()
        if self.results_model.rowCount():
            self.results.setFocus()

    def _show(self, generation: int, hits: list[PersonHit]) -> None:
        if generation != self._generation:
            return
        hits = [hit for hit in hits if hit.id not in self._members]
        self.results_model.set_hits(hits)
        if hits:
            self.results.selectRow(0)
            self.status.setText(
                self.tr("Una persona trovata: scegliere la relazione e aggiungerla.")
                if len(hits) == 1
                else self.tr("{0} persone trovate: scegliere con ↑↓, poi la relazione.").format(
                    len(hits)
                )
            )
        elif self.search_box.text().strip():
            self.status.setText(self.tr("Nessuna persona trovata: registrarla con Ctrl+N."))
        else:
            self.status.setText("")

    def add_selected(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid():
            self.error.setText(self.tr("Cercare e scegliere prima la persona da aggiungere."))
            self.search_box.setFocus()
            return
        self._add(self.results_model.hit(index.row()).id)

    def _add(self, member_id: uuid.UUID) -> None:
        try:
            add_household_member_for(
                self._desk,
                self._actor,
                self._person_id,
                member_id,
                str(self.relation.currentData()),
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.member_id = member_id
        self.accept()

    def register_new(self) -> None:
        from cotdesk.ui.registration import RegistrationDialog

        dialog = RegistrationDialog(
            self._desk, self._actor, prefill=self.search_box.text(), parent=self
        )
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        self.registration = dialog

    def _registered(self, dialog: Any) -> None:
        if dialog.person_id is not None:
            self._add(dialog.person_id)
