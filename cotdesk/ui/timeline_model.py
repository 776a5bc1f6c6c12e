"""Qt table models of the case page: the timeline (*diario*) and the referrals (*invii*).

Both hold frozen read models from :mod:`cotdesk.services.case_view` and are refreshed whole
after each action (a case has tens to a few hundred entries: a reset is cheap and keeps the
view simple).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cotdesk.domain.italian import short_date
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.services.case_view import ReferralRow, TimelineEntry
from cotdesk.ui.labels import tr_label
from cotdesk.ui.privacy import privacy_mode

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TEXT_ROLES = frozenset({_DISPLAY, _ACCESSIBLE})
_TIMELINE_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _ALIGNMENT, Qt.ItemDataRole.UserRole})
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class TimelineModel(QAbstractTableModel):
    """The *diario*, newest first by default (:meth:`set_newest_first` toggles)."""

    TIME, KIND, OPERATOR, TEXT = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        #: The four display strings of each entry, computed once per refresh.
        self._cells: list[tuple[str, str, str, str]] = []
        self._newest_first = True
        #: While a citizen faces the screen the texts are masked (cotdesk.ui.privacy).
        self._privacy = privacy_mode()
        self._privacy.changed.connect(self._privacy_changed)
        self._columns = [
            self.tr("Data e ora"),
            self.tr("Tipo"),
            self.tr("Operatore"),
            self.tr("Testo"),
        ]
        self._kinds = {
            "note": self.tr("Nota"),
            "call": self.tr("Telefonata"),
            "meeting": self.tr("Colloquio"),
            "assessment": self.tr("Valutazione"),
            "referral": self.tr("Invio"),
            "status": self.tr("Stato"),
            "assignment": self.tr("Assegnazione"),
            "follow_up": self.tr("Prossimo contatto"),
            "decision": self.tr("Decisione"),
            "unmet_need": self.tr("Bisogno senza risposta"),
        }

    # ------------------------------------------------------------------ content

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Replace the entries (given oldest first, as the service returns them)."""
        self.beginResetModel()
        self._entries = list(entries)
        if self._newest_first:
            self._entries.reverse()
        self._cells = [self._display(entry) for entry in self._entries]
        self.endResetModel()

    def _privacy_changed(self, _on: bool) -> None:
        if self._entries:
            last = self.index(len(self._entries) - 1, self.TEXT)
            self.dataChanged.emit(self.index(0, self.TEXT), last)

    def newest_first(self) -> bool:
        return self._newest_first

    def set_newest_first(self, newest_first: bool) -> None:
        if newest_first == self._newest_first:
            return
        self.beginResetModel()
        self._newest_first = newest_first
        self._entries.reverse()
        self._cells.reverse()
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def kind_label(self, kind: str) -> str:
        return self._kinds.get(kind, kind)

    # ------------------------------------------------------------------ Qt interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

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

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Views ask for many roles per cell on every layout pass: answer the unused ones first.
        if role not in _TIMELINE_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        if role in _TEXT_ROLES:
            if index.column() == self.TEXT and self._privacy.on:
                return self._privacy.text(self._cells[row][self.TEXT])
            return self._cells[row][index.column()]
        if role == _ALIGNMENT:
            return _TOP_LEFT
        entry = self._entries[row]
        if role == _TOOLTIP:
            return self._privacy.text(entry.text) if index.column() == self.TEXT else None
        return entry.id  # UserRole

    def _display(self, entry: TimelineEntry) -> tuple[str, str, str, str]:
        return (
            entry.occurred_at.strftime("%d/%m/%Y %H:%M"),
            self.kind_label(entry.kind),
            entry.operator_name,
            entry.text,
        )


#: Colours of the referral states (text), so what waits for someone stands out.
_STATUS_COLOURS = {
    ReferralStatus.DRAFT: "#5f6368",
    ReferralStatus.SENT: "#1a5fb4",
    ReferralStatus.NO_ANSWER: "#b00020",
    ReferralStatus.ACCEPTED: "#1e7b34",
    ReferralStatus.IN_PROGRESS: "#1e7b34",
    ReferralStatus.DECLINED: "#8a4b00",
    ReferralStatus.INTERRUPTED: "#8a4b00",
}


class ReferralModel(QAbstractTableModel):
    """The referrals of one case, in the order they were made."""

    SERVICE, PARTNER, STATUS, SENT, ANSWER, REFERENCE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralRow] = []
        self._columns = [
            self.tr("Servizio"),
            self.tr("Ente partner"),
            self.tr("Stato"),
            self.tr("Inviato il"),
            self.tr("Risposta / esito"),
            self.tr("Riferimento"),
        ]

    def set_rows(self, rows: Sequence[ReferralRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def referral(self, row: int) -> ReferralRow:
        return self._rows[row]

    def row_of(self, referral_id: uuid.UUID) -> int:
        for row, referral in enumerate(self._rows):
            if referral.id == referral_id:
                return row
        return -1

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

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        referral = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(referral, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SERVICE:
                tip = f"{referral.service_name}\n{referral.reference}"
                if referral.need_labels:
                    needs = self.tr("Bisogni: {0}").format(", ".join(referral.need_labels))
                    tip = f"{tip}\n{needs}"
                return tip
            if column == self.ANSWER:
                return self._display(referral, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            colour = _STATUS_COLOURS.get(referral.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return referral.id
        return None

    def _display(self, referral: ReferralRow, column: int) -> str:
        if column == self.SERVICE:
            return referral.service_name
        if column == self.PARTNER:
            return referral.partner_name
        if column == self.STATUS:
            return tr_label(referral.status_label)
        if column == self.SENT:
            return short_date(referral.sent_on)
        if column == self.REFERENCE:
            return referral.reference
        parts = [referral.partner_answer, referral.outcome]
        text = " · ".join(part for part in parts if part)
        if referral.answered_on is not None:
            when = short_date(referral.answered_on)
            text = f"{text} ({when})" if text else self.tr("risposta del {0}").format(when)
        return text
