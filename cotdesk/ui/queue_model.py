"""Table models of the coordinator's queues and of the operator chooser.

Both are :class:`~cotdesk.ui.table_model.RecordTableModel` over frozen service records.
:data:`SORT_ROLE` gives the raw value of a cell (numbers, ISO dates) so that a
``QSortFilterProxyModel`` sorts priorities and days as numbers, not as text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from cotdesk.domain.italian import short_date
from cotdesk.domain.priority import PRIORITY_LEVEL_LABELS, level_for
from cotdesk.resources import intervention_areas, specialisations
from cotdesk.services.queues import OperatorLoad, QueueKind, QueueRow
from cotdesk.ui.labels import tr_label
from cotdesk.ui.privacy import privacy_mode
from cotdesk.ui.table_model import RecordTableModel

#: The raw value of a cell, for sorting.
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def area_label(code: str) -> str:
    labels = {area.code: area.label_it for area in intervention_areas()}
    return tr_label(labels.get(code, code))


class QueueModel(RecordTableModel[QueueRow]):
    """The rows of one queue. Columns: reference, person, areas, status, operator, priority,
    the queue's date, the days overdue or waiting, and (referrals, approvals) the detail."""

    def __init__(self, kind: QueueKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        #: Names as initials while a citizen faces the screen (cotdesk.ui.privacy).
        self._privacy = privacy_mode()
        self._privacy.changed.connect(self.repaint_all)

    def column_titles(self) -> list[str]:
        titles = [
            self.tr("Riferimento"),
            self.tr("Persona"),
            self.tr("Aree"),
            self.tr("Stato"),
            self.tr("Operatore"),
            self.tr("Priorità"),
        ]
        if self.kind is QueueKind.OVERDUE:
            titles += [self.tr("Richiamo previsto"), self.tr("Giorni di ritardo")]
        elif self.kind is QueueKind.REFERRALS:
            titles += [self.tr("Inviato il"), self.tr("Giorni senza risposta"), self.tr("Invio")]
        elif self.kind is QueueKind.APPROVALS:
            titles += [self.tr("Richiesta il"), self.tr("Giorni di attesa"), self.tr("Motivo")]
        else:
            titles += [self.tr("Aperta il"), self.tr("Giorni dall'apertura")]
        return titles

    def cell_text(self, record: QueueRow, column: int) -> str:
        if column == 0:
            return record.reference
        if column == 1:
            return self._privacy.name(record.person_name)
        if column == 2:
            return ", ".join(area_label(code) for code in record.areas)
        if column == 3:
            return tr_label(record.status_label)
        if column == 4:
            return record.operator_name or self.tr("— nessuno —")
        if column == 5:
            level = tr_label(PRIORITY_LEVEL_LABELS[level_for(record.priority)])
            return f"{record.priority} · {level}"
        if column == 6:
            return short_date(record.key_date)
        if column == 7:
            return str(record.days)
        return record.detail

    def cell_role(self, record: QueueRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            values: list[Any] = [
                record.reference,
                record.person_name.casefold(),
                ",".join(record.areas),
                record.status,
                record.operator_name.casefold(),
                record.priority,
                record.key_date.isoformat() if record.key_date else "",
                record.days,
                record.detail.casefold(),
            ]
            return values[column] if column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return record.detail
        return None

    def record_id(self, record: QueueRow) -> Any:
        return record.case_id


class OperatorLoadModel(RecordTableModel[OperatorLoad]):
    """The operators of the office to choose from: name, specialisations, open cases held."""

    def column_titles(self) -> list[str]:
        return [
            self.tr("Operatore"),
            self.tr("Prese in carico aperte"),
            self.tr("Specializzazioni"),
        ]

    def cell_text(self, record: OperatorLoad, column: int) -> str:
        if column == 0:
            return record.full_name
        if column == 1:
            return str(record.open_cases)
        labels = {spec.code: spec.label_it for spec in specialisations()}
        return ", ".join(labels.get(code, code) for code in record.specialisations)

    def cell_role(self, record: OperatorLoad, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.cell_text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def record_id(self, record: OperatorLoad) -> Any:
        return record.operator_id
