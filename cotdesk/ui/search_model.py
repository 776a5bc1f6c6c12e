"""The person search results as a Qt table model (model/view: grows without widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cotdesk.services.search import PersonHit

_Index = QModelIndex | QPersistentModelIndex


class PersonSearchModel(QAbstractTableModel):
    COLUMN_COUNT = 6

    def column_titles(self) -> list[str]:
        return [
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Data di nascita"),
            self.tr("Codice fiscale / STP-ENI"),
            self.tr("Telefono"),
            self.tr("Corrispondenza"),
        ]

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[PersonHit] = []

    def set_hits(self, hits: list[PersonHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> PersonHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.column_titles()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(hit, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None

    @staticmethod
    def _display(hit: PersonHit, column: int) -> str:
        if column == 0:
            return hit.last_name
        if column == 1:
            return hit.first_name
        if column == 2:
            return hit.birth_date.strftime("%d/%m/%Y") if hit.birth_date else ""
        if column == 3:
            return hit.fiscal_code or hit.foreign_code or ""
        if column == 4:
            return hit.phone
        return hit.match
