"""Registering a person (and correcting their data): the codice fiscale first.

Typing a valid codice fiscale fills birth date, sex and birthplace at once; an invalid one
says why, in red, next to the field, while typing. People without a codice fiscale get an
STP or ENI code, or none. Names that do not match the code are pointed out before saving.
Before a new person is saved, the persons on the desk who may be the same one are listed
with the reasons: the operator opens one of them instead, or confirms the person is new.
The form keeps a draft while it is filled (:mod:`cotdesk.ui.drafts`): a registration
interrupted by another citizen is offered back the next time the form opens.

Shortcuts: Ctrl+S (or Ctrl+Invio) saves, Esc closes (the draft is kept), Alt+underlined
letter jumps to a field.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import replace
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk import resources
from cotdesk.domain import identity
from cotdesk.domain.identity import CodiceFiscale
from cotdesk.errors import UserError, ValidationError
from cotdesk.services.desk import Desk
from cotdesk.services.drafts import SavedDraft
from cotdesk.services.person_view import PersonDetails, local_today, save_person
from cotdesk.services.persons import PersonData, validate_person
from cotdesk.services.search import PARTICLES, DuplicateCandidate, find_possible_duplicates
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.drafts import DraftBanner, DraftKeeper
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex

#: The draft kind of this form; the key is "new" or the person's id.
DRAFT_KIND = "person"
#: Birth date shown as "non indicata": the minimum of the date field (Qt's usual trick).
NO_DATE = QDate(1900, 1, 1)
#: The year shown while the operator types a birth date into an unset field.
PLACEHOLDER_YEAR = 1980

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a4b00;"
OK_STYLE = "color: #1b5e20;"

_CF_SHAPE = re.compile(
    r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"
)
_FOREIGN_SHAPE = re.compile(r"^(STP|ENI)\d+$")
_PHONE_SHAPE = re.compile(r"^\+?[\d\s./-]{6,}$")
_DATE_SHAPE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def split_prefill(text: str) -> dict[str, Any]:
    """What the operator typed in the search box, sorted into the form's fields.

    A codice fiscale or STP/ENI code goes to the code, a phone number to the phone, a date
    to the birth date; words are the surname then the name ("Rossi Mario", "De Luca Anna":
    the first word is the surname, with its particle).
    """
    out: dict[str, Any] = {}
    words: list[str] = []
    for chunk in text.split():
        upper = chunk.upper()
        if _CF_SHAPE.match(upper):
            out["code_kind"], out["code"] = "cf", upper
        elif _FOREIGN_SHAPE.match(upper):
            out["code_kind"], out["code"] = upper[:3].lower(), upper
        elif (match := _DATE_SHAPE.match(chunk)) is not None:
            day, month, year = (int(g) for g in match.groups())
            try:
                out["birth_date"] = date(year, month, day).isoformat()
            except ValueError:
                words.append(chunk)
        elif _PHONE_SHAPE.match(chunk) and sum(c.isdigit() for c in chunk) >= 6:
            out["phone"] = chunk
        else:
            words.append(chunk)
    if words:
        words = [w if any(c.isupper() for c in w) else w.capitalize() for w in words]
        surname_words = 1
        while surname_words < len(words) and words[surname_words - 1].lower() in PARTICLES:
            surname_words += 1
        if len(words) == 1:
            out["last_name"] = words[0]
        else:
            surname_words = min(surname_words, len(words) - 1)
            out["last_name"] = " ".join(words[:surname_words])
            out["first_name"] = " ".join(words[surname_words:])
    return out


class BirthDateEdit(QDateEdit):
    """A date field that may be "non indicata" and still takes typing and Tab.

    Qt shows the special text at the minimum date; typing over that text does not work and
    Tab finds no sections to walk. So: entering an unset field shows a neutral date with the
    day selected, typing "10121985" fills day, month and year, and leaving it untouched puts
    "non indicata" back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = False

    def is_unset(self) -> bool:
        return self._placeholder or self.date() == self.minimumDate()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.date() == self.minimumDate() and self.isEnabled():
            self._placeholder = True
            self.blockSignals(True)
            self.setDate(QDate(PLACEHOLDER_YEAR, 1, 1))
            self.blockSignals(False)
        super().focusInEvent(event)
        if self._placeholder:  # typing starts from the day, whichever way Tab came
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._placeholder = False
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self._placeholder:
            self._placeholder = False
            self.blockSignals(True)
            self.setDate(self.minimumDate())
            self.blockSignals(False)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt API
        if self.is_unset():  # nothing typed: Tab leaves the field (no sections to walk)
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


# --------------------------------------------------------------------------- item models


class CheckListModel(QAbstractListModel):
    """A list of (code, label) the operator ticks with the space bar (languages)."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._checked: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        code, label = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if code in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return code
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self._items[index.row()][0]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> list[str]:
        """The ticked codes, in the list's order."""
        return [code for code, _ in self._items if code in self._checked]

    def set_checked(self, codes: list[str]) -> None:
        known = {code for code, _ in self._items}
        self._checked = {code for code in codes if code in known}
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )


class DuplicateModel(RecordTableModel[DuplicateCandidate]):
    """Persons who may be the one being registered, with why."""

    def column_titles(self) -> list[str]:
        return [
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Data di nascita"),
            self.tr("Codice"),
            self.tr("Telefono"),
            self.tr("Perché sembra la stessa persona"),
        ]

    def set_candidates(self, rows: list[DuplicateCandidate]) -> None:
        self.set_records(rows)

    def candidate(self, row: int) -> DuplicateCandidate:
        return self.record(row)

    def cell_text(self, row: DuplicateCandidate, column: int) -> str:
        return [
            row.last_name,
            row.first_name,
            row.birth_date.strftime("%d/%m/%Y") if row.birth_date else "",
            row.fiscal_code or row.foreign_code or "",
            row.phone,
            "; ".join(row.reasons),
        ][column]


# --------------------------------------------------------------------------- the dialog


class RegistrationDialog(QDialog):
    """Register a new person, or (``person`` given) correct a person's data.

    After ``accept()``, :attr:`person_id` is the saved person, or the existing person the
    operator chose to open instead (:attr:`opened_existing`).
    """

    CODE_KINDS: ClassVar[list[tuple[str, str]]] = [
        ("cf", "Codice fiscale"),
        ("stp", "STP"),
        ("eni", "ENI"),
        ("none", "Nessun codice"),
    ]

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefill: str = "",
        parent: QWidget | None = None,
        *,
        person: PersonDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._editing = person
        self._base = person.to_person_data() if person is not None else None
        self._cf: CodiceFiscale | None = None
        self._duplicates_confirmed = False
        self._check_generation = 0
        self.person_id: uuid.UUID | None = None
        self.opened_existing = False

        if person is None:
            self.setWindowTitle(self.tr("Registra una nuova persona"))
        else:
            self.setWindowTitle(
                self.tr("Modifica i dati di {0} {1}").format(person.last_name, person.first_name)
            )
        self.setMinimumWidth(720)
        self._build()
        self._build_duplicates()
        self._wire()

        # The first parse of a codice fiscale loads the birthplace data (~0.3 s): pay it now,
        # off the GUI thread, while the operator reads the form.
        run_in_background(identity.warm_up, on_success=lambda _r: None, on_failure=lambda _e: None)

        if person is not None:
            self.set_state(self._state_of(person))
        elif prefill.strip():
            self.set_state(split_prefill(prefill))
        #: What the form held when it opened: closing it unchanged leaves no draft.
        self._initial_state = self.state()

        self.keeper = DraftKeeper(
            desk,
            actor,
            DRAFT_KIND,
            str(person.id) if person is not None else "new",
            snapshot=self.state,
            restore=self.set_state,
            parent=self,
            is_blank=lambda state: state == self._initial_state or self._is_blank(state),
        )
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.track(*self._tracked)
        self.banner: DraftBanner | None = None
        draft = self.keeper.pending()
        if draft is not None and draft.payload != self.state():
            self._offer(draft)
        else:
            self.keeper.start()
            self.code_edit.setFocus()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        tr = self.tr
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(24)
        self.code_edit.setPlaceholderText(tr("es. RSSMRA85T10H501Z"))
        self.code_edit.setAccessibleName(tr("Codice fiscale o codice STP/ENI"))
        font = self.code_edit.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.code_edit.setFont(font)
        self.code_kind = QComboBox(self)
        for code, label in self.CODE_KINDS:
            self.code_kind.addItem(tr(label), code)
        self.code_kind.setAccessibleName(tr("Tipo di codice"))
        self.code_kind.setToolTip(
            tr("Codice fiscale, STP o ENI, oppure «Nessun codice» per chi non ne ha")
        )
        self.code_message = QLabel("", self)
        self.code_message.setWordWrap(True)
        self.code_message.setAccessibleName(tr("Esito del controllo del codice"))

        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(tr("Cognome"))
        self.first_name = QLineEdit(self)
        self.first_name.setAccessibleName(tr("Nome"))
        self.names_message = QLabel("", self)
        self.names_message.setWordWrap(True)
        self.names_message.setStyleSheet(WARNING_STYLE)
        self.names_message.setAccessibleName(tr("Confronto dei nomi con il codice fiscale"))

        self.birth_date = BirthDateEdit(self)
        self.birth_date.setDisplayFormat("dd/MM/yyyy")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setMaximumDate(self._today())
        self.birth_date.setSpecialValueText(tr("non indicata"))
        self.birth_date.setDate(NO_DATE)
        self.birth_date.setAccessibleName(tr("Data di nascita"))
        self.birth_date.setToolTip(tr("gg/mm/aaaa; non può essere nel futuro"))
        self.sex = QComboBox(self)
        for value, label in (("", "Non indicato"), ("F", "Femminile"), ("M", "Maschile")):
            self.sex.addItem(tr(label), value)
        self.sex.setAccessibleName(tr("Sesso"))
        self.birth_place = QLineEdit(self)
        self.birth_place.setAccessibleName(tr("Luogo di nascita"))
        self.birth_place.setPlaceholderText(tr("comune (provincia) o Stato estero"))
        self._birth_place_code = ""
        self._build_origin()
        self._build_contacts()
        self._lay_out()
        self._set_tab_order()

    def _build_origin(self) -> None:
        tr = self.tr
        self.citizenship = QComboBox(self)
        self.citizenship.setEditable(True)
        self.citizenship.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.citizenship.addItem("", "")
        for country in sorted(resources.countries(), key=lambda c: (c.code != "IT", c.label_it)):
            self.citizenship.addItem(country.label_it, country.code)
        completer = self.citizenship.completer()
        assert completer is not None  # editable combo boxes have one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.citizenship.setAccessibleName(tr("Cittadinanza"))
        line = self.citizenship.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr("scrivere per cercare"))

        self.languages_model = CheckListModel(
            [(lang.code, lang.label_it) for lang in resources.languages()], self
        )
        self.languages = QListView(self)
        self.languages.setModel(self.languages_model)
        self.languages.setAccessibleName(tr("Lingue parlate"))
        self.languages.setToolTip(
            tr("Spazio per spuntare; scrivere l'inizio per trovare una lingua")
        )
        self.languages.setMaximumHeight(96)
        self.languages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _build_contacts(self) -> None:
        tr = self.tr
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(tr("Telefono"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(tr("E-mail"))
        self.address_street = QLineEdit(self)
        self.address_street.setAccessibleName(tr("Indirizzo"))
        self.address_street.setPlaceholderText(tr("via e numero civico"))
        self.address_city = QLineEdit(self)
        self.address_city.setAccessibleName(tr("Comune di residenza"))
        self.address_city.setPlaceholderText(tr("es. Roma"))
        self.address_postcode = QLineEdit(self)
        self.address_postcode.setAccessibleName(tr("CAP"))
        self.address_postcode.setMaxLength(5)
        self.address_postcode.setMaximumWidth(80)
        self.district = QComboBox(self)
        self.district.addItem(tr("— non indicato —"), "")
        for district in resources.districts():
            self.district.addItem(district.label_it, district.code)
        self.district.setAccessibleName(tr("Municipio"))
        self.no_fixed_abode = QCheckBox(tr("Senza fissa &dimora"), self)
        self.no_fixed_abode.setAccessibleName(tr("Senza fissa dimora"))
        self.no_fixed_abode.setToolTip(tr("Il municipio è quello in cui la persona è seguita"))

        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(tr("Errore"))

        self.save_button = QPushButton(tr("&Salva (Ctrl+S)"), self)
        self.save_button.setAccessibleName(tr("Salva"))
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(tr("Chiudi (Esc)"), self)
        self.cancel_button.setAccessibleName(tr("Chiudi: la bozza resta salvata"))
        self.cancel_button.setToolTip(tr("Quanto scritto resta salvato come bozza"))
        self.cancel_button.setAutoDefault(False)

    def _lay_out(self) -> None:
        # Identity first (the code, then the person), then how to reach them.
        self.form = QWidget(self)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._identity_box())
        form_layout.addWidget(self._contact_box())

        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.form)
        self.main_layout.addStretch(1)
        self.main_layout.addLayout(buttons)
        for message in (self.code_message, self.names_message):
            message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.code_message.hide()
        self.names_message.hide()
        # Both boxes' labels in one column, so the fields line up.
        labels: list[QWidget] = []
        for box in self.form.findChildren(QGroupBox):
            form = box.layout()
            if not isinstance(form, QFormLayout):
                continue
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:
                    labels.append(label)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _identity_box(self) -> QGroupBox:
        tr = self.tr
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.code_kind)
        code_cell = QVBoxLayout()
        code_cell.addLayout(code_row)
        code_cell.addWidget(self.code_message)
        names_cell = QVBoxLayout()
        names_cell.addWidget(self.first_name)
        names_cell.addWidget(self.names_message)
        identity_form = QFormLayout()
        code_label = QLabel(tr("&Codice:"), self)
        code_label.setBuddy(self.code_edit)
        identity_form.addRow(code_label, code_cell)
        identity_form.addRow(tr("Co&gnome:"), self.last_name)
        name_label = QLabel(tr("&Nome:"), self)
        name_label.setBuddy(self.first_name)
        identity_form.addRow(name_label, names_cell)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_date)
        sex_label = QLabel(tr("Sess&o:"), self)
        sex_label.setBuddy(self.sex)
        birth_row.addSpacing(12)
        birth_row.addWidget(sex_label)
        birth_row.addWidget(self.sex)
        birth_row.addStretch(1)
        identity_form.addRow(tr("Data di n&ascita:"), birth_row)
        birth_label = identity_form.labelForField(birth_row)
        if isinstance(birth_label, QLabel):
            birth_label.setBuddy(self.birth_date)
        identity_form.addRow(tr("&Luogo di nascita:"), self.birth_place)
        identity_form.addRow(tr("C&ittadinanza:"), self.citizenship)
        identity_form.addRow(tr("Lingue parla&te:"), self.languages)
        identity_box = QGroupBox(tr("Identità"), self)
        identity_box.setLayout(identity_form)
        return identity_box

    def _contact_box(self) -> QGroupBox:
        tr = self.tr
        contact_form = QFormLayout()
        contact_form.addRow(tr("Tele&fono:"), self.phone)
        contact_form.addRow(tr("&E-mail:"), self.email)
        contact_form.addRow(tr("Indiri&zzo:"), self.address_street)
        city_row = QHBoxLayout()
        city_row.addWidget(self.address_city, 1)
        postcode_label = QLabel(tr("CA&P:"), self)
        postcode_label.setBuddy(self.address_postcode)
        city_row.addWidget(postcode_label)
        city_row.addWidget(self.address_postcode)
        contact_form.addRow(tr("Co&mune:"), city_row)
        city_label = contact_form.labelForField(city_row)
        if isinstance(city_label, QLabel):
            city_label.setBuddy(self.address_city)
        contact_form.addRow(tr("M&unicipio:"), self.district)
        contact_form.addRow("", self.no_fixed_abode)
        contact_box = QGroupBox(tr("Recapiti"), self)
        contact_box.setLayout(contact_form)
        return contact_box

    def _set_tab_order(self) -> None:
        order = [
            self.code_edit,
            self.code_kind,
            self.last_name,
            self.first_name,
            self.birth_date,
            self.sex,
            self.birth_place,
            self.citizenship,
            self.languages,
            self.phone,
            self.email,
            self.address_street,
            self.address_city,
            self.address_postcode,
            self.district,
            self.no_fixed_abode,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._tracked: list[QWidget] = [
            w for w in order if w not in (self.save_button, self.cancel_button)
        ]

    def _build_duplicates(self) -> None:
        tr = self.tr
        self.duplicates_model = DuplicateModel(self)
        self.duplicates = QTableView(self)
        self.duplicates.setModel(self.duplicates_model)
        self.duplicates.setAccessibleName(tr("Persone già registrate simili"))
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        header = self.duplicates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.duplicates.setMaximumHeight(150)
        self.open_existing_button = QPushButton(tr("Apri la sc&heda selezionata (Invio)"), self)
        self.open_existing_button.setAccessibleName(tr("Apri la persona già registrata"))
        self.open_existing_button.setAutoDefault(False)
        self.confirm_new_button = QPushButton(tr("È una persona nuo&va: registra (Ctrl+S)"), self)
        self.confirm_new_button.setAccessibleName(tr("Registra come persona nuova"))
        self.confirm_new_button.setAutoDefault(False)
        hint = QLabel(
            tr(
                "Prima di registrare: queste persone sono già sullo sportello e potrebbero "
                "essere la stessa. Aprire la sua scheda evita un doppione."
            ),
            self,
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_existing_button)
        row.addWidget(self.confirm_new_button)
        box_layout = QVBoxLayout()
        box_layout.addWidget(hint)
        box_layout.addWidget(self.duplicates)
        box_layout.addLayout(row)
        self.duplicates_box = QGroupBox(tr("Possibili doppioni"), self)
        self.duplicates_box.setLayout(box_layout)
        self.duplicates_box.hide()
        self.main_layout.insertWidget(1, self.duplicates_box)
        self.setTabOrder(self.duplicates, self.open_existing_button)
        self.setTabOrder(self.open_existing_button, self.confirm_new_button)

    def _wire(self) -> None:
        self.code_edit.textEdited.connect(self._uppercase_code)
        self.code_edit.textChanged.connect(self._code_changed)
        self.code_edit.editingFinished.connect(self._code_finished)
        self.code_kind.currentIndexChanged.connect(self._kind_changed)
        self.last_name.textChanged.connect(self._check_names)
        self.first_name.textChanged.connect(self._check_names)
        for widget in (
            self.code_edit,
            self.last_name,
            self.first_name,
            self.birth_place,
            self.phone,
            self.email,
        ):
            widget.textChanged.connect(self._form_changed)
        self.birth_date.dateChanged.connect(self._form_changed)
        self.sex.currentIndexChanged.connect(self._form_changed)
        self.code_kind.currentIndexChanged.connect(self._form_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.open_existing_button.clicked.connect(self._open_selected)
        self.confirm_new_button.clicked.connect(self._confirm_new)
        self.duplicates.activated.connect(lambda _index: self._open_selected())
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._save_shortcut)

    # ------------------------------------------------------------------ draft offer

    def _offer(self, draft: SavedDraft) -> None:
        payload = draft.payload
        who = " ".join(
            str(payload.get(key) or "").strip() for key in ("last_name", "first_name")
        ).strip()
        code = str(payload.get("code") or "").strip()
        summary = " · ".join(part for part in (who, code) if part) or self.tr("senza nome")
        what = (
            self.tr("C'è una registrazione lasciata a metà: {0}.")
            if self._editing is None
            else self.tr("Ci sono modifiche non ancora salvate: {0}.")
        ).format(summary)
        self.banner = DraftBanner(draft, what, self)
        self.main_layout.insertWidget(0, self.banner)
        # Hidden, not greyed out: disabled fields show their placeholders like values.
        self.form.setEnabled(False)
        self.form.hide()
        self.save_button.setEnabled(False)
        self.banner.restore_requested.connect(lambda: self._draft_chosen(draft, restore=True))
        self.banner.discard_requested.connect(lambda: self._draft_chosen(draft, restore=False))
        self.banner.restore_button.setFocus()

    def _draft_chosen(self, draft: SavedDraft, *, restore: bool) -> None:
        if restore:
            self.keeper.restore(draft)
        else:
            self.keeper.discard()
        if self.banner is not None:
            self.banner.hide()
            self.banner.deleteLater()
            self.banner = None
        self.form.setEnabled(True)
        self.form.show()
        self.save_button.setEnabled(True)
        self._refresh_derived()
        self.code_edit.setFocus()

    def _draft_failed(self, message: str) -> None:
        self.error.setText(self.tr("Bozza non salvata: {0}").format(message))

    # ------------------------------------------------------------------ form state

    @staticmethod
    def _today() -> QDate:
        today = local_today()
        return QDate(today.year, today.month, today.day)

    def _kind(self) -> str:
        return str(self.code_kind.currentData())

    def _set_combo(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _birth_date_value(self) -> date | None:
        qdate = self.birth_date.date()
        if self.birth_date.is_unset():
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def _citizenship_value(self) -> str:
        text = self.citizenship.currentText().strip()
        if not text:
            return ""
        index = self.citizenship.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.citizenship.itemData(index)) if index >= 0 else ""

    def state(self) -> dict[str, Any]:
        """The form's state as a JSON-able dict (the draft's payload)."""
        birth = self._birth_date_value()
        return {
            "code_kind": self._kind(),
            "code": self.code_edit.text().strip(),
            "last_name": self.last_name.text(),
            "first_name": self.first_name.text(),
            "birth_date": birth.isoformat() if birth else "",
            "sex": str(self.sex.currentData()),
            "birth_place": self.birth_place.text(),
            "citizenship": self._citizenship_value(),
            "languages": self.languages_model.checked(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address_street": self.address_street.text(),
            "address_city": self.address_city.text(),
            "address_postcode": self.address_postcode.text(),
            "district": str(self.district.currentData()),
            "no_fixed_abode": self.no_fixed_abode.isChecked(),
        }

    @staticmethod
    def _is_blank(state: dict[str, Any]) -> bool:
        return not any(value for key, value in state.items() if key != "code_kind")

    def set_state(self, state: dict[str, Any]) -> None:
        """Fill the form from a state made by :meth:`state` (or part of one)."""
        self._set_combo(self.code_kind, str(state.get("code_kind") or "cf"))
        self.code_edit.setText(str(state.get("code", "")))
        self.last_name.setText(str(state.get("last_name", "")))
        self.first_name.setText(str(state.get("first_name", "")))
        birth = str(state.get("birth_date") or "")
        try:
            day = date.fromisoformat(birth) if birth else None
        except ValueError:
            day = None
        self.birth_date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self._set_combo(self.sex, str(state.get("sex", "")))
        self.birth_place.setText(str(state.get("birth_place", "")))
        self._set_combo(self.citizenship, str(state.get("citizenship", "")))
        languages = state.get("languages") or []
        self.languages_model.set_checked([str(code) for code in languages])
        self.phone.setText(str(state.get("phone", "")))
        self.email.setText(str(state.get("email", "")))
        self.address_street.setText(str(state.get("address_street", "")))
        self.address_city.setText(str(state.get("address_city", "")))
        self.address_postcode.setText(str(state.get("address_postcode", "")))
        self._set_combo(self.district, str(state.get("district", "")))
        self.no_fixed_abode.setChecked(bool(state.get("no_fixed_abode", False)))
        self._refresh_derived()

    @staticmethod
    def _state_of(person: PersonDetails) -> dict[str, Any]:
        return {
            "code_kind": person.identity_kind,
            "code": person.fiscal_code or person.foreign_code or "",
            "last_name": person.last_name,
            "first_name": person.first_name,
            "birth_date": person.birth_date.isoformat() if person.birth_date else "",
            "sex": "" if person.sex == "X" else person.sex,
            "birth_place": person.birth_place_name,
            "citizenship": person.citizenship[0] if person.citizenship else "",
            "languages": list(person.languages),
            "phone": person.phone,
            "email": person.email,
            "address_street": person.address_street,
            "address_city": person.address_city,
            "address_postcode": person.address_postcode,
            "district": person.district_code or "",
            "no_fixed_abode": person.no_fixed_abode,
        }

    # ------------------------------------------------------------------ live checks

    def _uppercase_code(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            cursor = self.code_edit.cursorPosition()
            self.code_edit.setText(upper)
            self.code_edit.setCursorPosition(cursor)

    def _kind_changed(self, _index: int) -> None:
        none = self._kind() == "none"
        self.code_edit.setEnabled(not none)
        self.code_edit.setPlaceholderText("" if none else self.tr("es. RSSMRA85T10H501Z"))
        if none:
            self.code_edit.clear()
        self._code_changed(self.code_edit.text())

    def _show_code(self, text: str, style: str) -> None:
        self.code_message.setText(text)
        self.code_message.setStyleSheet(style)
        self.code_message.setVisible(bool(text))

    def _show_names(self, text: str) -> None:
        self.names_message.setText(text)
        self.names_message.setVisible(bool(text))

    def _code_changed(self, text: str) -> None:
        code = "".join(text.split()).upper()
        kind = self._kind()
        if code[:3] in ("STP", "ENI") and kind != code[:3].lower():
            self.code_kind.blockSignals(True)
            self._set_combo(self.code_kind, code[:3].lower())
            self.code_kind.blockSignals(False)
            kind = self._kind()
        self._cf = None
        if kind == "none":
            self._show_code(self.tr("Persona senza codice: bastano nome e cognome."), "")
        elif not code:
            self._show_code("", "")
        elif kind == "cf":
            if len(code) < identity.CF_LENGTH:
                self._show_code(
                    self.tr("{0} caratteri su 16").format(len(code)), "color: palette(mid);"
                )
            else:
                try:
                    self._cf = identity.parse_codice_fiscale(code, today=local_today())
                except ValidationError as exc:
                    self._show_code(exc.message, ERROR_STYLE)
                else:
                    self._show_code(self._describe_cf(self._cf), OK_STYLE)
        elif len(code) < identity.CF_LENGTH:
            self._show_code(
                self.tr("{0} caratteri su 16").format(len(code)), "color: palette(mid);"
            )
        else:
            try:
                foreign = identity.parse_foreign_code(code)
            except ValidationError as exc:
                self._show_code(exc.message, ERROR_STYLE)
            else:
                self._show_code(
                    self.tr("Codice {0} valido: {1}, ASL {2}.").format(
                        foreign.kind, foreign.region_name, foreign.asl_code
                    ),
                    OK_STYLE,
                )
        self._refresh_derived()

    def _code_finished(self) -> None:
        """Leaving a code that is too short: say why now (not while it is being typed)."""
        code = "".join(self.code_edit.text().split()).upper()
        if not code or len(code) >= identity.CF_LENGTH or self._kind() == "none":
            return
        try:
            if self._kind() == "cf":
                identity.parse_codice_fiscale(code, today=local_today())
            else:
                identity.parse_foreign_code(code)
        except ValidationError as exc:
            self._show_code(exc.message, ERROR_STYLE)

    def _describe_cf(self, cf: CodiceFiscale) -> str:
        born = "Nata" if cf.sex == "F" else "Nato"
        return self.tr("Codice fiscale valido. {0} il {1} a {2}.").format(
            born, cf.birth_date.strftime("%d/%m/%Y"), self._place_label(cf)
        )

    @staticmethod
    def _place_label(cf: CodiceFiscale) -> str:
        name = cf.birthplace_name or cf.birthplace_code
        if cf.birthplace_province:
            return f"{name} ({cf.birthplace_province})"
        return name

    def _refresh_derived(self) -> None:
        """Birth date, sex and birthplace come from a valid codice fiscale: fill and lock."""
        cf = self._cf
        locked = cf is not None
        for widget in (self.birth_date, self.sex, self.birth_place):
            widget.setEnabled(not locked)
            widget.setToolTip(self.tr("Ricavato dal codice fiscale") if locked else "")
        if cf is not None:
            self.birth_date.setDate(
                QDate(cf.birth_date.year, cf.birth_date.month, cf.birth_date.day)
            )
            self._set_combo(self.sex, cf.sex)
            typed = self.birth_place.text().split(" (")[0].strip().casefold()
            if typed != (cf.birthplace_name or "").casefold():  # keep "Roma" as it was stored
                self.birth_place.setText(self._place_label(cf))
            self._birth_place_code = cf.birthplace_code
        else:
            self._birth_place_code = ""
        self._check_names()

    def _check_names(self, *_args: object) -> None:
        if self._cf is None:
            self._show_names("")
            return
        mismatches = identity.cross_check(
            self._cf, last_name=self.last_name.text(), first_name=self.first_name.text()
        )
        self._show_names("\n".join(m.message for m in mismatches))

    def _form_changed(self, *_args: object) -> None:
        if self._duplicates_confirmed or self.duplicates_box.isVisible():
            self._duplicates_confirmed = False
            self.duplicates_box.hide()
        self._check_generation += 1

    # ------------------------------------------------------------------ saving

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {
            "codice_fiscale": self.code_edit,
            "fiscal_code": self.code_edit,
            "foreign_code": self.code_edit,
            "last_name": self.last_name,
            "first_name": self.first_name,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "birthplace_code": self.birth_place,
            "birth_place_name": self.birth_place,
            "district_code": self.district,
            "citizenship": self.citizenship,
            "email": self.email,
            "phone": self.phone,
        }.get(field or "")

    def show_error(self, error: UserError) -> None:
        """Show a service error next to its field (focusing it), or under the form."""
        field = error.field if isinstance(error, ValidationError) else None
        widget = self._field_widget(field)
        if widget is self.code_edit:
            self._show_code(error.message, ERROR_STYLE)
            self.error.setText(self.tr("Controllare il codice."))
        elif widget in (self.last_name, self.first_name):
            self._show_names(error.message)
            self.error.setText(self.tr("Controllare il nome e il cognome."))
        else:
            self.error.setText(error.message)
        if widget is not None:
            if not widget.isEnabled():  # derived from the code: the code is what to fix
                widget = self.code_edit
            widget.setFocus()

    def collect(self) -> PersonData:
        """The form's data, checked by the UI's own rules (the services check the rest)."""
        kind = self._kind()
        code = "".join(self.code_edit.text().split()).upper()
        if kind != "none" and not code:
            label = "il codice fiscale" if kind == "cf" else f"il codice {kind.upper()}"
            raise ValidationError(
                self.tr("Inserire {0}, oppure scegliere «Nessun codice».").format(label),
                field="fiscal_code",
            )
        if kind in ("stp", "eni") and code[:3] != kind.upper():
            raise ValidationError(
                self.tr("Un codice {0} inizia con «{0}».").format(kind.upper()),
                field="foreign_code",
            )
        citizenship = self._citizenship_value()
        if self.citizenship.currentText().strip() and not citizenship:
            raise ValidationError(
                self.tr("Cittadinanza non riconosciuta: sceglierla dall'elenco."),
                field="citizenship",
            )
        base = self._base or PersonData(last_name="", first_name="")
        return replace(
            base,
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            fiscal_code=code if kind == "cf" else "",
            foreign_code=code if kind in ("stp", "eni") else "",
            birth_date=self._birth_date_value(),
            birth_place_code=self._birth_place_code if kind == "cf" else "",
            birth_place_name=self.birth_place.text().strip(),
            sex=str(self.sex.currentData()),
            citizenship=[citizenship] if citizenship else [],
            languages=self.languages_model.checked(),
            phone=self.phone.text(),
            email=self.email.text(),
            address_street=self.address_street.text().strip(),
            address_city=self.address_city.text().strip(),
            address_postcode=self.address_postcode.text().strip(),
            district_code=str(self.district.currentData()) or None,
            no_fixed_abode=self.no_fixed_abode.isChecked(),
        )

    def _save_shortcut(self) -> None:
        if self.banner is not None:
            return
        if self.duplicates_box.isVisible():
            self._confirm_new()
        else:
            self.save()

    def save(self) -> None:
        """Check, look for duplicates (new persons), then save."""
        if self.banner is not None or self.person_id is not None:
            return  # a draft to choose about first, or already saved
        self.error.setText("")
        try:
            data = self.collect()
            validate_person(data, today=local_today())
        except ValidationError as exc:
            self.show_error(exc)
            return
        if self._editing is not None or self._duplicates_confirmed:
            self._store(data)
            return
        self._check_generation += 1
        generation = self._check_generation
        desk = self._desk
        self.error.setText(self.tr("Controllo dei possibili doppioni…"))
        run_in_background(
            lambda: find_possible_duplicates(
                desk,
                last_name=data.last_name,
                first_name=data.first_name,
                birth_date=data.birth_date,
                fiscal_code=data.fiscal_code or None,
                foreign_code=data.foreign_code or None,
                phone=data.phone or None,
            ),
            on_success=lambda found: self._duplicates_found(generation, data, found),
            on_failure=lambda exc: self._check_failed(generation, exc),
        )

    def _duplicates_found(
        self, generation: int, data: PersonData, found: list[DuplicateCandidate]
    ) -> None:
        if generation != self._check_generation:
            return  # the form changed meanwhile: the operator will save again
        self.error.setText("")
        if not found:
            self._store(data)
            return
        self.duplicates_model.set_candidates(found)
        self.duplicates_box.show()
        self.duplicates.selectRow(0)
        self.duplicates.setFocus()

    def _check_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._check_generation:
            return
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.error.setText(self.tr("Controllo dei doppioni non riuscito: {0}").format(message))

    def _confirm_new(self) -> None:
        self._duplicates_confirmed = True
        self.duplicates_box.hide()
        self.save()

    def _open_selected(self) -> None:
        index = self.duplicates.currentIndex()
        row = index.row() if index.isValid() else 0
        if not 0 <= row < self.duplicates_model.rowCount():
            return
        self.person_id = self.duplicates_model.candidate(row).id
        self.opened_existing = True
        self.keeper.finish()
        self.accept()

    def _store(self, data: PersonData) -> None:
        person_id = self._editing.id if self._editing is not None else None
        try:
            saved = save_person(
                self._desk, self._actor, data, person_id=person_id, today=local_today()
            )
        except UserError as exc:
            self.show_error(exc)
            return
        self.person_id = saved
        self.keeper.finish()
        self.accept()
