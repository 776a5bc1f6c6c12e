"""Terms of the partners' service catalogue.

:class:`CostForm` is how a service is paid for by the citizen; stored by its (Italian) value,
the same values the partner directory and its exports use.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

__all__ = ["COST_FORM_LABELS", "CostForm"]


class CostForm(StrEnum):
    """Who pays for a service."""

    FREE = "gratuito"
    CO_PAYMENT = "compartecipazione"
    PAID = "a_pagamento"


#: Italian labels of the cost forms.
COST_FORM_LABELS: Final[dict[CostForm, str]] = {
    CostForm.FREE: "Gratuito",
    CostForm.CO_PAYMENT: "Compartecipazione alla spesa",
    CostForm.PAID: "A pagamento",
}
