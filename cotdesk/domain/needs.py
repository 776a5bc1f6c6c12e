"""Severity of an assessed need.

Each need recorded in an assessment (*valutazione del bisogno*) has a severity from 1 to 4,
stored as the integer. The priority score (:mod:`cotdesk.domain.priority`) gives each level
its points.

=====  ==============  ==========================================================
value  label (UI)      guidance for the operator
=====  ==============  ==========================================================
1      Lieve           a difficulty the person is coping with
2      Moderato        needs help, not urgent
3      Grave           must be addressed soon, the person cannot cope alone
4      Gravissimo      immediate risk to health, safety or housing
=====  ==============  ==========================================================
"""

from __future__ import annotations

from enum import IntEnum
from typing import Final

__all__ = ["SEVERITY_DESCRIPTIONS", "SEVERITY_LABELS", "Severity"]


class Severity(IntEnum):
    """Severity of a need, 1 (mild) to 4 (critical)."""

    MILD = 1
    MODERATE = 2
    SEVERE = 3
    CRITICAL = 4


#: Italian labels (the noun is *bisogno*, masculine).
SEVERITY_LABELS: Final[dict[Severity, str]] = {
    Severity.MILD: "Lieve",
    Severity.MODERATE: "Moderato",
    Severity.SEVERE: "Grave",
    Severity.CRITICAL: "Gravissimo",
}

#: One-line Italian guidance shown next to each level in the assessment form.
SEVERITY_DESCRIPTIONS: Final[dict[Severity, str]] = {
    Severity.MILD: "Una difficoltà che la persona riesce a gestire",
    Severity.MODERATE: "Serve un aiuto, ma non è urgente",
    Severity.SEVERE: "Da affrontare presto: la persona non ce la fa da sola",
    Severity.CRITICAL: "Rischio immediato per salute, sicurezza o alloggio",
}
