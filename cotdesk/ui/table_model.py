"""One read-only Qt table model for lists of records (search hits, cases, consent acts...).

Every list on the desk has the same shape: frozen records from a service, one per row,
shown in columns. Subclasses say only what differs: the column titles, the text of a cell,
and any extra role (colour, tooltip, font) through :meth:`RecordTableModel.cell_role`.
The record's ``id`` (if it has one) is given for ``Qt.UserRole``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    # ------------------------------------------------------------------ what subclasses say

    def column_titles(self) -> list[str]:
        """The column headers, translated (``self.tr`` in the subclass)."""
        raise NotImplementedError

    def cell_text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def cell_role(self, record: R, column: int, role: int) -> Any:
        """Data for roles other than the text ones (None: nothing)."""
        return None

    def record_id(self, record: R) -> Any:
        """What ``Qt.UserRole`` gives: the id of the record the row opens."""
        return getattr(record, "id", None)

    # ------------------------------------------------------------------ the shared part

    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def repaint_all(self, *_signal_args: object) -> None:
        """Every cell may now show something else (e.g. the privacy mode was switched)."""
        if self._records:
            last = self.index(len(self._records) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def records(self) -> list[R]:
        return list(self._records)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in _TEXT_ROLES:
            return self.cell_text(record, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.record_id(record)
        return self.cell_role(record, index.column(), role)
