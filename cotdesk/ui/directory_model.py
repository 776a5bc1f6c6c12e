"""Table models of the partner directory: partners, a partner's agreements and services.

All are :class:`~cotdesk.ui.table_model.RecordTableModel` over the frozen rows of
:mod:`cotdesk.services.directory`. :data:`SORT_ROLE` gives raw values (ISO dates, numbers)
so that the sort proxy orders dates and counts correctly. A partner without a protocol in
force is shown in red with a warning icon, as in the referral dialog.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cotdesk.domain.agreements import AGREEMENT_STATE_LABELS, AgreementState, AgreementStatus
from cotdesk.domain.italian import short_date
from cotdesk.services.directory import AgreementRow, PartnerRow, ServiceRow
from cotdesk.ui.labels import tr_label
from cotdesk.ui.service_model import LAPSED_COLOUR, warning_icon
from cotdesk.ui.table_model import RecordTableModel

#: The raw value of a cell, for sorting.
SORT_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
EXPIRING_COLOUR: Final = QColor(150, 90, 0)


def state_label(state: AgreementState) -> str:
    return tr_label(AGREEMENT_STATE_LABELS[state])


class PartnerModel(RecordTableModel[PartnerRow]):
    """The partner list. Columns: name, type, municipi served, phone, protocol, services."""

    NAME, AGREEMENT, TYPE, SERVED, PHONE, SERVICES = range(6)

    #: Widest a column starts (pixels), so that every column is in sight.
    WIDTHS = (250, 190, 190, 190, 110)

    def agreement_text(self, status: AgreementStatus) -> str:
        """The state of a protocol in the interface language ("in vigore fino al 01/12/2031")."""
        end = short_date(status.end_on)
        if status.state is AgreementState.IN_FORCE:
            return self.tr("in vigore fino al {0}").format(end)
        if status.state is AgreementState.EXPIRING:
            return self.tr("in scadenza il {0}").format(end)
        if status.state is AgreementState.LAPSED:
            return self.tr("SCADUTO il {0}").format(end)
        if status.state is AgreementState.NOT_YET:
            return self.tr("non ancora in vigore")
        return self.tr("nessun protocollo d'intesa")

    def column_titles(self) -> list[str]:
        return [
            self.tr("Ente"),
            self.tr("Protocollo d'intesa"),
            self.tr("Tipologia"),
            self.tr("Municipi serviti"),
            self.tr("Telefono"),
            self.tr("Servizi"),
        ]

    def cell_text(self, record: PartnerRow, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.TYPE:
            return record.partner_type_label
        if column == self.SERVED:
            if not record.districts_served:
                return self.tr("tutta la città")
            return record.districts_served_label
        if column == self.PHONE:
            return record.phone
        if column == self.AGREEMENT:
            return self.agreement_text(record.agreement)
        return str(record.services)

    def cell_role(self, record: PartnerRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            if column == self.AGREEMENT:
                end = record.agreement.end_on or date.min
                return f"{int(record.agreement.in_force)}{end.isoformat()}"
            if column == self.SERVICES:
                return record.services
            return self.cell_text(record, column).casefold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.flagged:
                return QBrush(LAPSED_COLOUR)
            if record.agreement.state is AgreementState.EXPIRING and column == self.AGREEMENT:
                return QBrush(EXPIRING_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == self.AGREEMENT and record.flagged:
            return warning_icon()
        if (
            role == Qt.ItemDataRole.FontRole
            and column == self.AGREEMENT
            and (record.agreement.state is not AgreementState.IN_FORCE)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and record.flagged:
            return self.tr(
                "Senza protocollo in vigore: i suoi servizi sono segnalati agli operatori."
            )
        return None


class AgreementModel(RecordTableModel[AgreementRow]):
    """A partner's protocols, newest first."""

    def column_titles(self) -> list[str]:
        return [self.tr("Dal"), self.tr("Al"), self.tr("Numero"), self.tr("Stato"), self.tr("Note")]

    def cell_text(self, record: AgreementRow, column: int) -> str:
        if column == 0:
            return short_date(record.start_on)
        if column == 1:
            return short_date(record.end_on)
        if column == 2:
            return record.protocol_number
        if column == 3:
            labels = {
                "in corso": self.tr("in corso"),
                "scaduto": self.tr("scaduto"),
                "futuro": self.tr("futuro"),
            }
            text = labels.get(record.period_label, record.period_label)
            if record.renewed:
                text += self.tr(" · rinnovato")
            if record.renews_id is not None:
                text += self.tr(" · rinnovo")
            return text
        return record.notes

    def cell_role(self, record: AgreementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.period_label == "scaduto":
            return QBrush(QColor(110, 110, 110))
        return None


class ServiceRowModel(RecordTableModel[ServiceRow]):
    """A partner's services."""

    def column_titles(self) -> list[str]:
        return [
            self.tr("Servizio"),
            self.tr("Aree"),
            self.tr("Costo"),
            self.tr("Municipio"),
            self.tr("Orari"),
            self.tr("Attivo"),
        ]

    def cell_text(self, record: ServiceRow, column: int) -> str:
        if column == 0:
            return record.name
        if column == 1:
            return ", ".join(tr_label(label) for label in record.area_labels)
        if column == 2:
            return tr_label(record.cost_form_label)
        if column == 3:
            return record.district_label
        if column == 4:
            return record.schedule
        return self.tr("sì") if record.active else self.tr("no")

    def cell_role(self, record: ServiceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(QColor(110, 110, 110))
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.description or None
        return None
