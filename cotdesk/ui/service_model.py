"""Qt models of the referral dialog: the case's needs, the services found, the referrals to make.

All three are model/view (they grow with the network, never widgets filled in loops) and
pass pytest-qt's ``qtmodeltester``:

* :class:`NeedListModel`: the assessed needs, one checkable row each, with severity;
* :class:`ServiceMatchModel`: the ranked services of
  :func:`~cotdesk.services.matching.find_services`; a partner whose protocol is not in
  force is painted red with a warning icon in the protocol column, and the reasons of the
  rank are the row's tooltip;
* :class:`PendingReferralModel`: the *invii da creare*, each with the needs it answers, an
  optional appointment (Rome time) and notes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _Persistent
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.services.matching import AgreementState, CaseNeed, ServiceMatch
from cotdesk.ui.labels import tr_label

_Index = QModelIndex | _Persistent
_ROOT: Final = QModelIndex()

#: Text colour of a partner without a protocol in force (dark red: readable on white).
LAPSED_COLOUR: Final = QColor(176, 0, 32)

#: Role carrying the row's frozen record (CaseNeed, ServiceMatch, PendingReferral).
RecordRole: Final = Qt.ItemDataRole.UserRole


def warning_icon() -> QIcon:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return QIcon()


def format_local(moment: datetime) -> str:
    """An aware instant as Rome's wall clock, Italian style: ``01/12/2026 10:30``."""
    return moment.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y %H:%M")


# ---------------------------------------------------------------------------- needs


class NeedListModel(QAbstractListModel):
    """The case's assessed needs; the checked ones are searched and referred."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needs: list[CaseNeed] = []
        self._checked: list[bool] = []
        #: Needs with no service in the current results (marked in the list).
        self._uncovered: set[str] = set()

    def set_needs(self, needs: list[CaseNeed] | tuple[CaseNeed, ...]) -> None:
        self.beginResetModel()
        self._needs = list(needs)
        self._checked = [True] * len(self._needs)
        self._uncovered = set()
        self.endResetModel()

    def need(self, row: int) -> CaseNeed:
        return self._needs[row]

    def needs(self) -> list[CaseNeed]:
        return list(self._needs)

    def checked_codes(self) -> list[str]:
        return [n.code for n, on in zip(self._needs, self._checked, strict=True) if on]

    def set_checked(self, code: str, checked: bool) -> None:
        for row, need in enumerate(self._needs):
            if need.code == code:
                self.setData(
                    self.index(row),
                    (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def set_uncovered(self, codes: set[str]) -> None:
        if codes == self._uncovered:
            return
        self._uncovered = set(codes)
        if self._needs:
            self.dataChanged.emit(self.index(0), self.index(len(self._needs) - 1))

    def mark_unmet(self, code: str) -> None:
        for row, need in enumerate(self._needs):
            if need.code == code:
                self._needs[row] = replace(need, unmet_recorded=True)
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._needs)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _text(self, need: CaseNeed) -> str:
        text = self.tr("{0} · {1}").format(tr_label(need.severity_label), need.label)
        if need.unmet_recorded:
            text += self.tr(" — registrato senza risposta")
        elif need.code in self._uncovered:
            text += self.tr(" — nessun servizio trovato")
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._needs):
            return None
        need = self._needs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(need)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = self._checked[index.row()]
            return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Area: {0}").format(need.area_label)
        if role == Qt.ItemDataRole.DecorationRole and (
            need.code in self._uncovered or need.unmet_recorded
        ):
            return warning_icon()
        if role == RecordRole:
            return need
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        checked = state == Qt.CheckState.Checked.value
        if self._checked[index.row()] == checked:
            return True
        self._checked[index.row()] = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


# ---------------------------------------------------------------------------- services


class ServiceMatchModel(QAbstractTableModel):
    """The services found for the case, in the order of their rank."""

    SERVICE, PARTNER, AGREEMENT, NEEDS, COST, PLACES, DISTRICT, LANGUAGES, SCHEDULE = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[ServiceMatch] = []
        self._columns = [
            self.tr("Servizio"),
            self.tr("Ente partner"),
            self.tr("Protocollo d'intesa"),
            self.tr("Bisogni"),
            self.tr("Costo"),
            self.tr("Posti"),
            self.tr("Municipio"),
            self.tr("Lingue"),
            self.tr("Orari"),
        ]

    def set_matches(self, matches: list[ServiceMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def service_match(self, row: int) -> ServiceMatch:
        return self._matches[row]

    def matches(self) -> list[ServiceMatch]:
        return list(self._matches)

    def row_of(self, service_id: uuid.UUID) -> int:
        for row, match in enumerate(self._matches):
            if match.service_id == service_id:
                return row
        return -1

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def _display(self, match: ServiceMatch, column: int) -> str:
        if column == self.SERVICE:
            return match.service_name
        if column == self.PARTNER:
            return match.partner_name
        if column == self.NEEDS:
            return "; ".join(match.need_labels)
        if column == self.DISTRICT:
            # "Municipio V (Prenestino/Centocelle)" -> "Municipio V" (full text in the tooltip)
            return match.district_label.split(" (", 1)[0]
        if column == self.COST:
            return tr_label(match.cost_form_label)
        if column == self.PLACES:
            return match.capacity_label
        if column == self.LANGUAGES:
            return ", ".join(match.language_labels)
        if column == self.SCHEDULE:
            return match.schedule
        # the protocol column
        text = match.agreement.label
        if match.open_referral:
            text += self.tr(" · già inviato ({0})").format(match.open_referral.lower())
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(match, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(match, column)
            if match.flagged and column == self.AGREEMENT:
                text = self.tr("Attenzione: protocollo {0}").format(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(match.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and match.flagged:
            return QBrush(LAPSED_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == self.AGREEMENT and match.flagged:
            return warning_icon()
        if (
            role == Qt.ItemDataRole.FontRole
            and column == self.AGREEMENT
            and match.agreement.state is not AgreementState.IN_FORCE
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == RecordRole:
            return match
        return None


# ---------------------------------------------------------------------------- pending


@dataclass(frozen=True)
class PendingReferral:
    """A referral the operator has added to the list, not created yet."""

    match: ServiceMatch
    need_codes: tuple[str, ...]
    need_labels: tuple[str, ...]
    #: Timezone-aware (UTC), or None.
    appointment_at: datetime | None = None
    notes: str = ""


class PendingReferralModel(QAbstractTableModel):
    """The *invii da creare*: one row per service chosen."""

    SERVICE, PARTNER, NEEDS, APPOINTMENT, NOTES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PendingReferral] = []
        self._columns = [
            self.tr("Servizio"),
            self.tr("Ente partner"),
            self.tr("Per i bisogni"),
            self.tr("Appuntamento"),
            self.tr("Note"),
        ]

    def pending(self) -> list[PendingReferral]:
        return list(self._rows)

    def item(self, row: int) -> PendingReferral:
        return self._rows[row]

    def contains(self, service_id: uuid.UUID) -> bool:
        return any(p.match.service_id == service_id for p in self._rows)

    def add(self, pending: PendingReferral) -> int:
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append(pending)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def update(self, row: int, **changes: Any) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = replace(self._rows[row], **changes)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        return None

    def _display(self, pending: PendingReferral, column: int) -> str:
        if column == self.SERVICE:
            return pending.match.service_name
        if column == self.PARTNER:
            return pending.match.partner_name
        if column == self.NEEDS:
            return "; ".join(pending.need_labels)
        if column == self.APPOINTMENT:
            if pending.appointment_at is None:
                return self.tr("nessuno")
            return format_local(pending.appointment_at)
        return pending.notes

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pending = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(pending, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and pending.match.flagged:
            return QBrush(LAPSED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and pending.match.flagged:
            return self.tr("Protocollo d'intesa {0}").format(pending.match.agreement.label)
        if role == RecordRole:
            return pending
        return None
