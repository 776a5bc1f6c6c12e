"""The *protocollo d'intesa*: a partner's membership of the network, and its state on a day.

One place for the rules every part of the desk uses (the partner directory, the service
matching of the referral dialog, the HSDS import):

* an agreement lasts five years unless stated otherwise: :func:`default_end_on` gives the
  last day of a five-year agreement (``2026-03-01`` → ``2031-02-28``);
* a renewal starts the day after the end of the agreement it renews
  (:func:`renewal_start_on`), so renewals chain without gaps;
* :func:`agreement_status` says whether the partner is in force, *in scadenza* (the end of
  the chain of renewals already signed is within :data:`EXPIRING_WITHIN_DAYS` days), lapsed,
  not yet in force, or has never had an agreement. A partner without an agreement in force
  is flagged wherever its services are offered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

__all__ = [
    "AGREEMENT_STATE_LABELS",
    "AGREEMENT_YEARS",
    "EXPIRING_WITHIN_DAYS",
    "AgreementState",
    "AgreementStatus",
    "add_years",
    "agreement_status",
    "default_end_on",
    "renewal_start_on",
]

#: A protocol ending within this many days is shown as "in scadenza".
EXPIRING_WITHIN_DAYS: Final = 60

#: How long an agreement lasts unless the administrator says otherwise.
AGREEMENT_YEARS: Final = 5


def _it_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class AgreementState(StrEnum):
    """Where a partner stands with the network on a given day."""

    IN_FORCE = "in_force"
    EXPIRING = "expiring"
    LAPSED = "lapsed"
    NOT_YET = "not_yet"
    NONE = "none"


#: Italian names of the states, for filters and lists.
AGREEMENT_STATE_LABELS: Final[dict[AgreementState, str]] = {
    AgreementState.IN_FORCE: "In vigore",
    AgreementState.EXPIRING: "In scadenza",
    AgreementState.LAPSED: "Scaduto",
    AgreementState.NOT_YET: "Non ancora in vigore",
    AgreementState.NONE: "Nessun protocollo",
}


@dataclass(frozen=True)
class AgreementStatus:
    """The state of a partner's protocol, with the Italian wording shown to the operator."""

    state: AgreementState
    label: str
    #: Last day in force (the end of the renewals already signed), or the day it lapsed.
    end_on: date | None = None

    @property
    def in_force(self) -> bool:
        return self.state in (AgreementState.IN_FORCE, AgreementState.EXPIRING)


def add_years(day: date, years: int) -> date:
    """``day`` moved by ``years`` years; 29 February becomes 28 February when needed."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def default_end_on(start_on: date, years: int = AGREEMENT_YEARS) -> date:
    """The last day of an agreement of ``years`` years starting on ``start_on``."""
    return add_years(start_on, years) - timedelta(days=1)


def renewal_start_on(current_end_on: date) -> date:
    """A renewal starts the day after the agreement it renews ends."""
    return current_end_on + timedelta(days=1)


def agreement_status(periods: Iterable[tuple[date, date]], today: date) -> AgreementStatus:
    """The protocol state from the partner's agreements ``(start_on, end_on)`` on ``today``.

    A renewal already signed extends the one in force (contiguous periods are chained), so a
    partner renewed until 2031 is not "in scadenza" at the end of its current protocol.
    """
    ordered = sorted(periods)
    if not ordered:
        return AgreementStatus(AgreementState.NONE, "nessun protocollo d'intesa")
    current_end: date | None = None
    for start, end in ordered:
        if current_end is None:
            if start <= today <= end:
                current_end = end
        elif start <= current_end + timedelta(days=1) and end > current_end:
            current_end = end
    if current_end is not None:
        if (current_end - today).days <= EXPIRING_WITHIN_DAYS:
            return AgreementStatus(
                AgreementState.EXPIRING, f"in scadenza il {_it_date(current_end)}", current_end
            )
        return AgreementStatus(
            AgreementState.IN_FORCE, f"in vigore fino al {_it_date(current_end)}", current_end
        )
    past = [end for _, end in ordered if end < today]
    if past:
        ended = max(past)
        return AgreementStatus(AgreementState.LAPSED, f"SCADUTO il {_it_date(ended)}", ended)
    first = min(start for start, _ in ordered)
    return AgreementStatus(
        AgreementState.NOT_YET, f"non ancora in vigore (dal {_it_date(first)})", None
    )
