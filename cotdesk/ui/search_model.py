"""The person search results as a Qt table model (model/view: grows without widgets)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from cotdesk.services.search import PersonHit
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.table_model import RecordTableModel


class PersonSearchModel(RecordTableModel[PersonHit]):
    """The hits; while the privacy mode is on, names as initials and the rest masked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy_mode()
        self._privacy.changed.connect(self.repaint_all)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Data di nascita"),
            self.tr("Codice fiscale / STP-ENI"),
            self.tr("Telefono"),
            self.tr("Corrispondenza"),
        ]

    def set_hits(self, hits: list[PersonHit]) -> None:
        self.set_records(hits)

    def hit(self, row: int) -> PersonHit:
        return self.record(row)

    def cell_text(self, hit: PersonHit, column: int) -> str:
        privacy = self._privacy
        if column == 0:
            return privacy.name(hit.last_name)
        if column == 1:
            return privacy.name(hit.first_name)
        if column == 2:
            return privacy.day(hit.birth_date)
        if column == 3:
            return privacy.value(hit.fiscal_code or hit.foreign_code or "")
        if column == 4:
            return privacy.value(hit.phone)
        return hit.match
