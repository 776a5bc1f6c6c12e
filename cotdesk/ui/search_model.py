"""The person search results as a Qt table model (model/view: grows without widgets)."""

from __future__ import annotations

from cotdesk.services.search import PersonHit
from cotdesk.ui.table_model import RecordTableModel


class PersonSearchModel(RecordTableModel[PersonHit]):
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
