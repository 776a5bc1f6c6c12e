"""The need assessment form (*valutazione del bisogno*), with the priority score live.

For each intervention area of the case the need catalogue is a table: the operator moves
with the arrows, Space marks a need as present, 1-4 sets its severity (Lieve, Moderato,
Grave, Gravissimo; a severity also marks the need), F2 or typing in the "Note" column writes
a note. As needs and vulnerability factors are ticked, the priority score is recomputed with
the same formula and inputs the service uses, with its reasons, so the operator sees why.

Saving always creates a new dated version (``record_assessment``); earlier versions stay
readable on the case page. The form starts from the latest version.

Interrupted work is kept as a draft (:mod:`cotdesk.ui.drafts`, kind ``"assessment"``, key
the case): when the form opens again for the case, a banner offers it back.
"""

from __future__ import annotations

import html
import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk import resources
from cotdesk.domain.needs import SEVERITY_DESCRIPTIONS, SEVERITY_LABELS, Severity
from cotdesk.domain.priority import (
    PRIORITY_LEVEL_LABELS,
    VULNERABILITY_LABELS,
    PriorityScore,
    Vulnerability,
    compute_priority,
    waiting_days,
)
from cotdesk.errors import UserError, ValidationError
from cotdesk.services import assessments
from cotdesk.services.case_view import case_page, today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.drafts import SavedDraft
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui.case_page import ERROR_STYLE, PRIORITY_COLOURS, badge
from cotdesk.ui.drafts import DraftBanner, DraftKeeper, offer_draft
from cotdesk.ui.labels import tr_label

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole

#: Severity given to a need ticked without choosing one.
DEFAULT_SEVERITY = Severity.MODERATE
#: The draft kind of this form; the key is the case's id.
DRAFT_KIND = "assessment"


@dataclass
class NeedState:
    """What the operator has said about one need of the catalogue so far."""

    checked: bool = False
    severity: Severity = DEFAULT_SEVERITY
    notes: str = ""


@dataclass(frozen=True)
class _AreaRow:
    code: str
    label: str


class NeedsModel(QAbstractTableModel):
    """The need catalogue of some areas, with an area heading row before each area.

    Heading rows are disabled, so the keyboard skips them. :attr:`changed` is emitted
    whenever a need is ticked, its severity or its notes change.
    """

    NEED, SEVERITY, NOTES = range(3)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._areas = {area.code: area for area in resources.intervention_areas()}
        self._catalogue = resources.needs_by_area()
        self._needs = {need.code: need for group in self._catalogue.values() for need in group}
        self._states: dict[str, NeedState] = {}
        self._rows: list[_AreaRow | resources.NeedRef] = []
        self._area_codes: list[str] = []
        self._columns = [self.tr("Bisogno"), self.tr("Gravità (1-4)"), self.tr("Note (F2)")]
        self._severity = {severity: tr_label(text) for severity, text in SEVERITY_LABELS.items()}

    # ------------------------------------------------------------------ content

    def set_areas(self, area_codes: Sequence[str]) -> None:
        """Show these areas (catalogue order), plus any area with a need already ticked."""
        wanted = set(area_codes) | {
            self._needs[code].area_code for code, state in self._states.items() if state.checked
        }
        self.beginResetModel()
        self._area_codes = [code for code in self._areas if code in wanted]
        self._rows = []
        for code in self._area_codes:
            self._rows.append(_AreaRow(code, self._areas[code].label_it))
            self._rows.extend(self._catalogue.get(code, ()))
        self.endResetModel()

    def area_codes(self) -> list[str]:
        return list(self._area_codes)

    def states(self) -> dict[str, NeedState]:
        """A copy of what was said about each need (ticked or not), catalogue codes only."""
        return {
            code: NeedState(state.checked, state.severity, state.notes)
            for code, state in self._states.items()
            if code in self._needs
        }

    def set_states(self, states: dict[str, NeedState]) -> None:
        self.beginResetModel()
        self._states = {code: state for code, state in states.items() if code in self._needs}
        self.endResetModel()
        self.changed.emit()

    def selected(self) -> list[tuple[resources.NeedRef, NeedState]]:
        """The needs ticked, in catalogue order."""
        return [
            (need, self._states[need.code])
            for group in self._catalogue.values()
            for need in group
            if need.code in self._states and self._states[need.code].checked
        ]

    def need_at(self, row: int) -> resources.NeedRef | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, resources.NeedRef) else None

    def row_of(self, need_code: str) -> int:
        for row, item in enumerate(self._rows):
            if isinstance(item, resources.NeedRef) and item.code == need_code:
                return row
        return -1

    def state(self, need_code: str) -> NeedState:
        return self._states.setdefault(need_code, NeedState())

    def set_checked(self, row: int, checked: bool) -> None:
        need = self.need_at(row)
        if need is None:
            return
        self.state(need.code).checked = checked
        self._row_changed(row)

    def toggle(self, row: int) -> None:
        need = self.need_at(row)
        if need is not None:
            self.set_checked(row, not self.state(need.code).checked)

    def set_severity(self, row: int, severity: Severity) -> None:
        """Set the severity of a need; choosing a severity also marks it as present."""
        need = self.need_at(row)
        if need is None:
            return
        state = self.state(need.code)
        state.severity = Severity(severity)
        state.checked = True
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        self.changed.emit()

    # ------------------------------------------------------------------ Qt interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self.need_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NEED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, _AreaRow):
            return self._area_data(item, index.column(), role)
        state = self._states.get(item.code, NeedState())
        if index.column() == self.NEED:
            return self._need_data(item, state, role)
        if index.column() == self.SEVERITY:
            return self._severity_data(state, role)
        if role in (_DISPLAY, _EDIT, Qt.ItemDataRole.AccessibleTextRole):
            return state.notes
        return None

    def _area_data(self, item: _AreaRow, column: int, role: int) -> Any:
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole) and column == self.NEED:
            return item.label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e8edf3"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2a37"))
        return None

    @staticmethod
    def _need_data(need: resources.NeedRef, state: NeedState, role: int) -> Any:
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return need.label_it
        if role == _CHECK:
            return Qt.CheckState.Checked if state.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return need.description_it or None
        if role == Qt.ItemDataRole.FontRole and state.checked:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _severity_data(self, state: NeedState, role: int) -> Any:
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if not state.checked:
                return ""
            return f"{int(state.severity)} · {self._severity[state.severity]}"
        if role == _EDIT:
            return int(state.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{int(s)} {self._severity[s]}: {SEVERITY_DESCRIPTIONS[s]}" for s in Severity
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:  # noqa: N802
        if not index.isValid() or self.need_at(index.row()) is None:
            return False
        row, column = index.row(), index.column()
        need = self.need_at(row)
        assert need is not None
        if column == self.NEED and role == _CHECK:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.set_checked(row, checked)
            return True
        if column == self.SEVERITY and role == _EDIT:
            try:
                severity = Severity(int(value))
            except (TypeError, ValueError):
                return False
            self.set_severity(row, severity)
            return True
        if column == self.NOTES and role == _EDIT:
            state = self.state(need.code)
            state.notes = str(value)
            if state.notes.strip():
                state.checked = True
            self._row_changed(row)
            return True
        return False


class SeverityDelegate(QStyledItemDelegate):
    """A combo box of the four severities (for the mouse; the keyboard uses 1-4)."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Gravità del bisogno"))
        for severity, severity_text in SEVERITY_LABELS.items():
            combo.addItem(f"{int(severity)} · {tr_label(severity_text)}", int(severity))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(_EDIT))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _EDIT)


class NeedsView(QTableView):
    """The needs table: Space ticks, 1-4 sets the severity, F2 or typing writes a note."""

    _SEVERITY_KEYS: ClassVar[dict[Qt.Key, Severity]] = {
        Qt.Key.Key_1: Severity.MILD,
        Qt.Key.Key_2: Severity.MODERATE,
        Qt.Key.Key_3: Severity.SEVERE,
        Qt.Key.Key_4: Severity.CRITICAL,
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        model = self.model()
        index = self.currentIndex()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if (
            isinstance(model, NeedsModel)
            and index.isValid()
            and plain
            and index.column() != NeedsModel.NOTES
            and self.state() != QAbstractItemView.State.EditingState
        ):
            key = Qt.Key(event.key())
            if key in self._SEVERITY_KEYS:
                model.set_severity(index.row(), self._SEVERITY_KEYS[key])
                return
            if key == Qt.Key.Key_Space:
                model.toggle(index.row())
                return
        super().keyPressEvent(event)


class AssessmentForm(QDialog):
    """Record a new version of the case's need assessment."""

    #: The version number saved.
    saved = Signal(int)

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
        self.desk, self.actor, self.case_id = desk, actor, case_id
        self._today = today()
        page = case_page(desk, actor, case_id)
        self.header = page.header
        self.latest = page.latest_assessment
        self.next_version = (self.latest.version if self.latest else 0) + 1
        self.saved_version: int | None = None
        self._waiting = waiting_days(self.header.opened_on, None, self._today)

        self.setWindowTitle(
            self.tr("Valutazione del bisogno — {0} — {1}").format(
                self.header.reference, self.header.person_name
            )
        )
        available = self.screen().availableGeometry()  # a 1366x768 laptop: fit, frame included
        self.resize(min(1180, available.width() - 20), min(760, available.height() - 40))
        self._build()
        self._prefill()
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(1, NeedsModel.NEED))
        self._keep_drafts()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self._build_needs()
        self._build_side()
        self._lay_out()

    def _build_needs(self) -> None:
        intro_text = (
            self.tr(
                "Nuova versione n. {0}. Parte dalla valutazione n. {1} del {2}: "
                "quella resta consultabile."
            ).format(
                self.next_version,
                self.latest.version,
                self.latest.assessed_on.strftime("%d/%m/%Y"),
            )
            if self.latest
            else self.tr("Prima valutazione del bisogno di questa presa in carico.")
        )
        self.intro = QLabel(intro_text, self)
        self.intro.setWordWrap(True)

        self.model = NeedsModel(self)
        self.table = NeedsView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bisogni"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegateForColumn(NeedsModel.SEVERITY, SeverityDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NeedsModel.NEED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NeedsModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NeedsModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.model.changed.connect(self.update_score)
        self.needs_label = QLabel(self.tr("&Bisogni"), self)
        self.needs_label.setBuddy(self.table)
        self.needs_label.setStyleSheet("font-weight: bold;")
        self.keys_help = QLabel(
            self.tr(
                "Frecce: spostarsi · Spazio: presente / assente · 1 Lieve, 2 Moderato, "
                "3 Grave, 4 Gravissimo · F2: note"
            ),
            self,
        )
        self.keys_help.setStyleSheet("color: #555;")
        self.keys_help.setWordWrap(True)
        self.all_areas = QCheckBox(self.tr("Mostra i bisogni di &tutte le aree"), self)
        self.all_areas.setAccessibleName(self.tr("Mostra i bisogni di tutte le aree"))
        self.all_areas.toggled.connect(self._apply_areas)
        self.needs_error = QLabel("", self)
        self.needs_error.setStyleSheet(ERROR_STYLE)
        self.needs_error.setWordWrap(True)
        self.needs_error.setAccessibleName(self.tr("Errore nei bisogni"))
        self.needs_error.hide()

    def _build_side(self) -> None:
        self.factors_box = QGroupBox(self.tr("&Fattori di vulnerabilità"), self)
        factors = QGridLayout(self.factors_box)
        self.factor_boxes: dict[Vulnerability, QCheckBox] = {}
        for i, (factor, factor_text) in enumerate(VULNERABILITY_LABELS.items()):
            box = QCheckBox(tr_label(factor_text), self.factors_box)
            box.setAccessibleName(tr_label(factor_text))
            box.toggled.connect(self.update_score)
            factors.addWidget(box, i // 2, i % 2)
            self.factor_boxes[factor] = box

        self.narrative = QPlainTextEdit(self)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setFixedHeight(90)
        self.narrative.setAccessibleName(self.tr("Sintesi della valutazione"))
        self.narrative.setPlaceholderText(
            self.tr("Situazione della persona e del nucleo, risorse, cosa chiede")
        )
        self.narrative_label = QLabel(self.tr("&Sintesi:"), self)
        self.narrative_label.setBuddy(self.narrative)
        self.narrative_label.setStyleSheet("font-weight: bold;")

        self.score_label = QLabel(self)
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setAccessibleName(self.tr("Punteggio di priorità"))
        self.reasons_label = QLabel(self)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons_label.setAccessibleName(self.tr("Motivi della priorità"))
        self.score_box = QGroupBox(self.tr("Priorità (si aggiorna mentre compili)"), self)
        score_layout = QVBoxLayout(self.score_box)
        score_layout.addWidget(self.score_label)
        score_layout.addWidget(self.reasons_label, 1)
        self.score_box.setMinimumWidth(320)

        self.error = QLabel("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Errore"))
        self.error.hide()

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Salva valutazione (Ctrl+Invio)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAutoDefault(False)
        cancel = buttons.addButton(self.tr("Annulla (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys_text in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys_text), self, self.save)

        left = QVBoxLayout()
        needs_row = QHBoxLayout()
        needs_row.addWidget(self.needs_label)
        needs_row.addStretch(1)
        needs_row.addWidget(self.all_areas)
        left.addLayout(needs_row)
        left.addWidget(self.keys_help)
        left.addWidget(self.table, 1)
        left.addWidget(self.needs_error)
        left.addWidget(self.factors_box)
        left.addWidget(self.narrative_label)
        left.addWidget(self.narrative)
        #: Everything the operator fills in (hidden while a draft is offered).
        self.form = QWidget(self)
        body = QHBoxLayout(self.form)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 3)
        body.addWidget(self.score_box, 1)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        chain: list[QWidget] = [
            self.table,
            self.all_areas,
            *self.factor_boxes.values(),
            self.narrative,
            self.save_button,
            cancel,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _prefill(self) -> None:
        states: dict[str, NeedState] = {}
        if self.latest is not None:
            for need in self.latest.needs:
                states[need.code] = NeedState(True, need.severity, need.notes)
            for factor in self.latest.vulnerabilities:
                self.factor_boxes[factor].setChecked(True)
            self.narrative.setPlainText(self.latest.narrative)
        self.model.set_states(states)
        self._apply_areas()

    def _apply_areas(self) -> None:
        if self.all_areas.isChecked():
            areas = [area.code for area in resources.intervention_areas()]
        else:
            areas = list(self.header.areas)
        self.model.set_areas(areas)
        for row in range(self.model.rowCount()):
            if self.model.need_at(row) is None:
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.table.resizeColumnToContents(NeedsModel.NEED)

    # ------------------------------------------------------------------ drafts

    def _keep_drafts(self) -> None:
        #: What the form held when it opened (the latest version): closing it unchanged
        #: leaves no draft.
        self._initial_state = self.state()
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
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.track(self.narrative, *self.factor_boxes.values())
        self.model.changed.connect(self.keeper.changed)
        self.banner: DraftBanner | None = None
        draft = self.keeper.pending()
        if draft is not None and draft.payload != self.state():
            self._offer(draft)
        else:
            self.keeper.start()

    def _offer(self, draft: SavedDraft) -> None:
        needs = draft.payload.get("needs") or {}
        ticked = sum(1 for need in needs.values() if need.get("checked"))
        what = self.tr("C'è una valutazione del bisogno lasciata a metà: {0} bisogni segnati.")
        what = what.format(ticked)
        based_on = int(draft.payload.get("based_on") or 0)
        if self.latest is not None and based_on != self.latest.version:
            what += " " + self.tr(
                "Nel frattempo è stata salvata la valutazione n. {0}: riprendendo la bozza, "
                "la nuova versione parte dalla bozza."
            ).format(self.latest.version)
        self.banner = offer_draft(
            self.keeper,
            draft,
            what,
            self.main_layout,
            self.form,
            chosen=self._draft_chosen,
            index=1,
        )
        self.save_button.setEnabled(False)

    def _draft_chosen(self, _restored: bool) -> None:
        self.banner = None
        self.save_button.setEnabled(True)
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(1, NeedsModel.NEED))

    def _draft_failed(self, message: str) -> None:
        self.error.setText(self.tr("Bozza non salvata: {0}").format(message))
        self.error.show()

    def state(self) -> dict[str, Any]:
        """The form's state as a JSON-able dict (the draft's payload)."""
        return {
            "based_on": self.latest.version if self.latest is not None else 0,
            "needs": {
                code: {
                    "checked": state.checked,
                    "severity": int(state.severity),
                    "notes": state.notes,
                }
                for code, state in sorted(self.model.states().items())
                if state.checked or state.notes.strip()
            },
            "vulnerabilities": [factor.value for factor in self.factors()],
            "narrative": self.narrative.toPlainText(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Put a state taken by :meth:`state` back into the form."""
        needs: dict[str, NeedState] = {}
        for code, need in (state.get("needs") or {}).items():
            try:
                severity = Severity(int(need.get("severity", DEFAULT_SEVERITY)))
            except (TypeError, ValueError):
                severity = DEFAULT_SEVERITY
            needs[code] = NeedState(bool(need.get("checked")), severity, str(need.get("notes", "")))
        factors = set(state.get("vulnerabilities") or ())
        for factor, box in self.factor_boxes.items():
            box.setChecked(factor.value in factors)
        self.narrative.setPlainText(str(state.get("narrative", "")))
        self.model.set_states(needs)
        self._apply_areas()

    # ------------------------------------------------------------------ the score

    def factors(self) -> list[Vulnerability]:
        return [factor for factor, box in self.factor_boxes.items() if box.isChecked()]

    def current_score(self) -> PriorityScore:
        """The score the service will compute on save: same formula, same inputs."""
        return compute_priority(
            [(need.label_it, state.severity) for need, state in self.model.selected()],
            self.factors(),
            self._waiting,
        )

    def update_score(self) -> None:
        score = self.current_score()
        self.score = score
        self.score_label.setText(
            f"<span style='font-size: 26pt; font-weight: bold;'>{score.score}</span><br/>"
            f"{badge(tr_label(PRIORITY_LEVEL_LABELS[score.level]), PRIORITY_COLOURS[score.level])}"
        )
        if score.reasons:
            items = "".join(f"<li>{html.escape(reason)}</li>" for reason in score.reasons)
            self.reasons_label.setText(f"<ul style='margin-left: -20px'>{items}</ul>")
        else:
            self.reasons_label.setText(
                "<i>"
                + html.escape(self.tr("Segna i bisogni presenti: il punteggio parte da qui."))
                + "</i>"
            )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        if self.banner is not None:
            return  # a draft to choose about first
        needs = [
            assessments.NeedInput(need.code, state.severity, state.notes)
            for need, state in self.model.selected()
        ]
        self.needs_error.hide()
        self.error.hide()
        try:
            with UnitOfWork(self.desk, self.actor) as uow:
                assessment, _score = assessments.record_assessment(
                    uow,
                    self.case_id,
                    needs,
                    vulnerabilities=self.factors(),
                    narrative=self.narrative.toPlainText(),
                    today=self._today,
                )
                version = assessment.version
                uow.commit()
        except ValidationError as exc:
            target = self.needs_error if exc.field == "needs" else self.error
            target.setText(exc.message)
            target.show()
            if exc.field == "needs":
                self.table.setFocus()
            return
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved_version = version
        self.keeper.finish()
        self.saved.emit(version)
        self.accept()
