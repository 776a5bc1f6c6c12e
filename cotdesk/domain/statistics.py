"""The network's statistics as plain values: what the coordinator reads, exports and prints.

:mod:`cotdesk.services.statistics` computes a :class:`StatisticsReport` with SQL aggregates;
the page (``ui/statistics_page.py``), the CSV and the PDF
(:mod:`cotdesk.letters.statistics_report`) show it as it is. Everything here is pure: the
frozen records and the small arithmetic they need (rates, medians from a histogram, the
months of a period).

What each number means (the same words are on the screen and in the exports):

* **Persone raggiunte** in an area: distinct persons with at least one case in that area
  *active during the period* (opened on or before the last day, and not closed or closed on
  or after the first day). A person with several cases in the same area counts once; a
  person followed in two areas counts in both, and once in the **total**, which is the
  number of distinct persons, never the sum of the areas.
* **Bisogni senza risposta**: unmet needs *recorded in the period*; *resolved* if a later
  referral has covered them (by the day of the report), *open* otherwise.
* **Esiti degli invii**: referrals *sent in the period* (drafts never sent do not count).
  *Accepted*: the partner said yes (whatever happened after: in progress, completed,
  interrupted, renounced); *refused*: the partner said no (or withdrew its yes);
  *waiting*: no answer yet; *cancelled*: withdrawn by the office before an answer. The
  **acceptance rate** is accepted / (accepted + refused), over the answered referrals; the
  **days to answer** go from sending to the partner's answer; the **completion rate** is
  completed / (completed + interrupted), over the services that started and ended.
* **Prese in carico per mese**: cases opened, and cases closed, in each month of the period.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final

__all__ = [
    "COUNTING_NOTE",
    "MONTH_ABBREVIATIONS",
    "PERIOD_NOTE",
    "REFERRAL_NOTE",
    "SHORT_AREA_LABELS",
    "UNMET_NOTE",
    "AreaCount",
    "DistrictReach",
    "MonthCount",
    "PeopleReached",
    "ReferralOutcome",
    "ReferralOutcomes",
    "StatisticsFilter",
    "StatisticsReport",
    "UnmetCell",
    "UnmetNeeds",
    "UnmetTotal",
    "average_from_histogram",
    "italian_decimal",
    "italian_int",
    "italian_percent",
    "median_from_histogram",
    "merge_histograms",
    "month_label",
    "months_between",
    "rate",
    "short_area_label",
]

#: Abbreviated Italian month names, for chart axes and tables ("nov 2026").
MONTH_ABBREVIATIONS: Final = (
    "gen",
    "feb",
    "mar",
    "apr",
    "mag",
    "giu",
    "lug",
    "ago",
    "set",
    "ott",
    "nov",
    "dic",
)

#: Short names of the five areas of the seeds (narrow columns, chart axes).
SHORT_AREA_LABELS: Final[dict[str, str]] = {
    "minori": "Minori",
    "disabilita": "Disabilità",
    "anziani": "Anziani",
    "adulti_famiglie": "Adulti e famiglie",
    "cultura_agricoltura": "Cultura e agricoltura sociale",
}

#: What the page, the CSV and the PDF say about how people are counted.
COUNTING_NOTE: Final = (
    "Ogni persona è contata una sola volta per area, anche se ha più prese in carico; chi "
    "è seguito in più aree compare in ciascuna, ma una sola volta nel totale, che conta le "
    "persone distinte (per questo può essere minore della somma delle aree)."
)
#: The definitions of the other sections, as printed under each.
PERIOD_NOTE: Final = (
    "Persone raggiunte: prese in carico attive nel periodo (aperte entro l'ultimo giorno e "
    "non chiuse prima del primo). Municipio: quello della persona, altrimenti quello dello "
    "sportello."
)
UNMET_NOTE: Final = (
    "Bisogni senza risposta registrati nel periodo; «risolti» se un invio successivo li ha coperti."
)
REFERRAL_NOTE: Final = (
    "Invii inviati nel periodo. Tasso di accettazione: accettati su (accettati + "
    "rifiutati). Giorni alla risposta: dall'invio alla risposta dell'ente. Tasso di "
    "conclusione: conclusi su (conclusi + interrotti)."
)

# --------------------------------------------------------------------------- arithmetic


def rate(part: int, whole: int) -> float | None:
    """``part / whole`` as a fraction (0.0-1.0); None when there is nothing to divide."""
    if whole <= 0:
        return None
    return part / whole


def median_from_histogram(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as ``{value: how many times}`` (None when empty).

    With an even number of values it is the mean of the two middle ones (so 2.5 days).
    """
    total = sum(count for count in histogram.values() if count > 0)
    if total == 0:
        return None
    low_rank, high_rank = (total - 1) // 2, total // 2
    low = high = None
    seen = 0
    for value in sorted(histogram):
        count = histogram[value]
        if count <= 0:
            continue
        if low is None and seen + count > low_rank:
            low = value
        if seen + count > high_rank:
            high = value
            break
        seen += count
    assert low is not None
    assert high is not None
    return (low + high) / 2


def average_from_histogram(histogram: Mapping[int, int]) -> float | None:
    """The mean of values given as ``{value: how many times}`` (None when empty)."""
    total = sum(count for count in histogram.values() if count > 0)
    if total == 0:
        return None
    return sum(value * count for value, count in histogram.items() if count > 0) / total


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    """Every ``(year, month)`` from ``start``'s month to ``end``'s month, both included."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_label(year: int, month: int) -> str:
    """``nov 2026``."""
    return f"{MONTH_ABBREVIATIONS[month - 1]} {year}"


def italian_int(value: int) -> str:
    """12345 → ``12.345``, as Italians write it."""
    return f"{value:,}".replace(",", ".")


def italian_decimal(value: float | None, digits: int = 1, *, empty: str = "—") -> str:
    """2.5 → ``2,5`` (Italian decimal comma); ``empty`` for no value."""
    if value is None:
        return empty
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def italian_percent(fraction: float | None, *, empty: str = "—") -> str:
    """0.725 → ``72,5%``; ``empty`` for no value."""
    if fraction is None:
        return empty
    return f"{italian_decimal(fraction * 100)}%"


def short_area_label(code: str, label: str) -> str:
    """A short name of an intervention area for narrow columns and chart axes."""
    return SHORT_AREA_LABELS.get(code, label)


def merge_histograms(histograms: Iterable[Mapping[int, int]]) -> dict[int, int]:
    merged: dict[int, int] = {}
    for histogram in histograms:
        for value, count in histogram.items():
            merged[value] = merged.get(value, 0) + count
    return merged


# --------------------------------------------------------------------------- the question


@dataclass(frozen=True, slots=True)
class StatisticsFilter:
    """What the statistics are about.

    ``start``/``end``: the period, both days included (None: from the first case opened /
    up to today). ``district_code``: only people of that municipio ("" = all); a person's
    municipio is where they live or are followed, else the municipio of the case's office
    (the rule of the unmet needs). ``office_id``: network administrators may narrow to one
    office (None = the whole network); coordinators always see their own office.
    """

    start: date | None = None
    end: date | None = None
    district_code: str = ""
    office_id: uuid.UUID | None = None


# --------------------------------------------------------------------------- the answers


@dataclass(frozen=True, slots=True)
class AreaCount:
    area_code: str
    area_label: str
    persons: int


@dataclass(frozen=True, slots=True)
class DistrictReach:
    """People reached in one municipio: per area (in :attr:`PeopleReached.areas` order)."""

    district_code: str
    district_label: str
    by_area: tuple[int, ...]
    #: Distinct persons (less than the sum of the areas when someone is in two).
    total: int


@dataclass(frozen=True, slots=True)
class PeopleReached:
    areas: tuple[AreaCount, ...]
    #: Distinct persons reached in any area.
    total: int
    districts: tuple[DistrictReach, ...]

    @property
    def sum_of_areas(self) -> int:
        return sum(area.persons for area in self.areas)


@dataclass(frozen=True, slots=True)
class UnmetCell:
    """Unmet needs recorded in the period in one municipio and area."""

    district_code: str
    district_label: str
    area_code: str
    area_label: str
    open: int
    resolved: int

    @property
    def total(self) -> int:
        return self.open + self.resolved


@dataclass(frozen=True, slots=True)
class UnmetTotal:
    """Unmet needs of one area, one municipio or one need (``code``/``label`` say which)."""

    code: str
    label: str
    open: int
    resolved: int

    @property
    def total(self) -> int:
        return self.open + self.resolved


@dataclass(frozen=True, slots=True)
class UnmetNeeds:
    cells: tuple[UnmetCell, ...]
    by_area: tuple[UnmetTotal, ...]
    by_district: tuple[UnmetTotal, ...]
    #: The needs most often left without an answer, most frequent first.
    by_need: tuple[UnmetTotal, ...]
    open: int
    resolved: int
    #: Mean days from recording to resolution, over the resolved ones.
    average_days_to_resolve: float | None

    @property
    def total(self) -> int:
        return self.open + self.resolved


@dataclass(frozen=True, slots=True)
class ReferralOutcome:
    """Referrals sent in the period to one partner, one service, or all (see the module)."""

    key: uuid.UUID | None
    name: str
    #: For a service: its partner's name; for a partner: its type.
    detail: str
    sent: int
    accepted: int
    refused: int
    waiting: int
    cancelled: int
    in_progress: int
    completed: int
    interrupted: int
    average_days_to_answer: float | None
    median_days_to_answer: float | None
    #: Days to answer as ``{days: referrals}`` (kept so partners can merge their services').
    answer_days: Mapping[int, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def answered(self) -> int:
        return self.accepted + self.refused

    @property
    def acceptance_rate(self) -> float | None:
        return rate(self.accepted, self.accepted + self.refused)

    @property
    def completion_rate(self) -> float | None:
        return rate(self.completed, self.completed + self.interrupted)


@dataclass(frozen=True, slots=True)
class ReferralOutcomes:
    #: Partners with at least one referral sent in the period, most referrals first.
    by_partner: tuple[ReferralOutcome, ...]
    by_service: tuple[ReferralOutcome, ...]
    total: ReferralOutcome


@dataclass(frozen=True, slots=True)
class MonthCount:
    year: int
    month: int
    opened: int
    closed: int

    @property
    def label(self) -> str:
        return month_label(self.year, self.month)


@dataclass(frozen=True, slots=True)
class StatisticsReport:
    """The whole statistics page for one filter, computed in one read transaction."""

    start: date
    end: date
    district_code: str
    #: "Tutti i municipi" or the municipio's name.
    district_label: str
    office_id: uuid.UUID | None
    #: "Tutta la rete" or the office's name.
    scope_label: str
    computed_on: date
    people: PeopleReached
    unmet: UnmetNeeds
    referrals: ReferralOutcomes
    months: tuple[MonthCount, ...]

    @property
    def cases_opened(self) -> int:
        return sum(month.opened for month in self.months)

    @property
    def cases_closed(self) -> int:
        return sum(month.closed for month in self.months)
