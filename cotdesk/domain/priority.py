"""The priority score of a case: 0-100, with a level and the reasons, in Italian.

The score orders the queues; it never decides alone. It is computed from the latest
assessment and from how long the person has been waiting, and it is stored with its reasons
so that anyone can see why a case is where it is.

How to compute it by hand
=========================

1. **Needs** (at most 60 points). Each assessed need has points by severity:

   ==========  ======
   severity    points
   ==========  ======
   lieve            4
   moderato        10
   grave           25
   gravissimo      40
   ==========  ======

   The most severe need counts in full; every other need counts half its points, rounded
   down (lieve 2, moderato 5, grave 12, gravissimo 20). The sum is capped at 60.

2. **Vulnerability factors** (at most 40 points), each counted once:

   ===================================================  ======
   factor                                               points
   ===================================================  ======
   violenza o maltrattamento                               25
   senza dimora                                            20
   minori nel nucleo familiare                             10
   persona con disabilità                                  10
   over 75 che vive solo/a                                 10
   nessun reddito                                          10
   senza permesso di soggiorno                              8
   isolamento sociale                                       5
   ===================================================  ======

   The sum is capped at 40.

3. **Waiting** (at most 15 points): one point every two full days since the case was opened
   or, if later, since the last contact with the person (:func:`waiting_days`). 30 days or
   more give 15.

4. **Total** = needs + factors + waiting, at most 100.

5. **Safety floor**: if there is a *gravissimo* need or *violenza o maltrattamento*, the
   score is raised to at least 50, so the level is at least *alta*.

Levels: 0-24 *bassa*, 25-49 *media*, 50-74 *alta*, 75-100 *urgente*.

Example: Alloggio grave (25) + Lavoro moderato (10 / 2 = 5) + minori nel nucleo (10) + 12
days of waiting (6) = 46, *media*.

Every step only adds points or caps them, so more severity, more needs, more factors or a
longer wait never lower the score (tested with Hypothesis).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final, NamedTuple

from cotdesk.domain.needs import SEVERITY_LABELS, Severity

__all__ = [
    "FLOOR_SCORE",
    "MAX_NEEDS_POINTS",
    "MAX_VULNERABILITY_POINTS",
    "MAX_WAITING_POINTS",
    "PRIORITY_LEVEL_LABELS",
    "SEVERITY_POINTS",
    "VULNERABILITY_LABELS",
    "VULNERABILITY_POINTS",
    "AssessedNeed",
    "PriorityLevel",
    "PriorityScore",
    "Vulnerability",
    "compute_priority",
    "level_for",
    "waiting_days",
]


class Vulnerability(StrEnum):
    """A vulnerability factor recorded in an assessment (stored by value)."""

    VIOLENCE_ABUSE = "violence_abuse"
    HOMELESSNESS = "homelessness"
    MINOR_IN_HOUSEHOLD = "minor_in_household"
    DISABILITY = "disability"
    ELDERLY_ALONE = "elderly_alone"
    NO_INCOME = "no_income"
    IRREGULAR_STATUS = "irregular_status"
    SOCIAL_ISOLATION = "social_isolation"


#: Italian labels of the vulnerability factors.
VULNERABILITY_LABELS: Final[dict[Vulnerability, str]] = {
    Vulnerability.VIOLENCE_ABUSE: "Violenza o maltrattamento",
    Vulnerability.HOMELESSNESS: "Senza dimora",
    Vulnerability.MINOR_IN_HOUSEHOLD: "Minori nel nucleo familiare",
    Vulnerability.DISABILITY: "Persona con disabilità",
    Vulnerability.ELDERLY_ALONE: "Over 75 che vive solo/a",
    Vulnerability.NO_INCOME: "Nessun reddito",
    Vulnerability.IRREGULAR_STATUS: "Senza permesso di soggiorno",
    Vulnerability.SOCIAL_ISOLATION: "Isolamento sociale (nessuna rete di sostegno)",
}

#: Points of each vulnerability factor (step 2).
VULNERABILITY_POINTS: Final[dict[Vulnerability, int]] = {
    Vulnerability.VIOLENCE_ABUSE: 25,
    Vulnerability.HOMELESSNESS: 20,
    Vulnerability.MINOR_IN_HOUSEHOLD: 10,
    Vulnerability.DISABILITY: 10,
    Vulnerability.ELDERLY_ALONE: 10,
    Vulnerability.NO_INCOME: 10,
    Vulnerability.IRREGULAR_STATUS: 8,
    Vulnerability.SOCIAL_ISOLATION: 5,
}

#: Points of a need by severity (step 1); needs other than the most severe count half.
SEVERITY_POINTS: Final[dict[Severity, int]] = {
    Severity.MILD: 4,
    Severity.MODERATE: 10,
    Severity.SEVERE: 25,
    Severity.CRITICAL: 40,
}

MAX_NEEDS_POINTS: Final = 60
MAX_VULNERABILITY_POINTS: Final = 40
MAX_WAITING_POINTS: Final = 15
#: One waiting point every this many full days.
DAYS_PER_WAITING_POINT: Final = 2
MAX_SCORE: Final = 100
#: Minimum score with a gravissimo need or violence/abuse (step 5).
FLOOR_SCORE: Final = 50


class PriorityLevel(StrEnum):
    """The level of a score; the values are the Italian words."""

    LOW = "bassa"
    MEDIUM = "media"
    HIGH = "alta"
    URGENT = "urgente"


#: Italian labels of the levels, capitalised for the UI.
PRIORITY_LEVEL_LABELS: Final[dict[PriorityLevel, str]] = {
    PriorityLevel.LOW: "Bassa",
    PriorityLevel.MEDIUM: "Media",
    PriorityLevel.HIGH: "Alta",
    PriorityLevel.URGENT: "Urgente",
}

#: Lowest score of each level, highest level first.
_LEVEL_THRESHOLDS: Final = (
    (75, PriorityLevel.URGENT),
    (50, PriorityLevel.HIGH),
    (25, PriorityLevel.MEDIUM),
    (0, PriorityLevel.LOW),
)


class AssessedNeed(NamedTuple):
    """A need as assessed: its Italian label (e.g. "Alloggio") and severity."""

    label: str
    severity: Severity


@dataclass(frozen=True)
class PriorityScore:
    """The result: ``score`` 0-100, its ``level`` and the ``reasons`` (Italian), in order."""

    score: int
    level: PriorityLevel
    reasons: list[str]


def level_for(score: int) -> PriorityLevel:
    """The level of a score: 0-24 bassa, 25-49 media, 50-74 alta, 75-100 urgente."""
    for threshold, level in _LEVEL_THRESHOLDS:
        if score >= threshold:
            return level
    return PriorityLevel.LOW


def waiting_days(opened_on: date, last_contact_on: date | None, today: date) -> int:
    """Full days since the case was opened or, if later, since the last contact (never < 0)."""
    since = opened_on if last_contact_on is None else max(opened_on, last_contact_on)
    return max(0, (today - since).days)


def _needs_part(needs: Iterable[AssessedNeed]) -> tuple[int, list[str], bool]:
    ordered = sorted(
        (AssessedNeed(n.label, Severity(n.severity)) for n in needs),
        key=lambda n: (-n.severity, n.label.casefold(), n.label),
    )
    points = 0
    reasons: list[str] = []
    for i, need in enumerate(ordered):
        full = SEVERITY_POINTS[need.severity]
        label = SEVERITY_LABELS[need.severity].lower()
        if i == 0:
            points += full
            reasons.append(f"Bisogno {label}: {need.label} (+{full})")
        else:
            half = full // 2
            points += half
            reasons.append(f"Bisogno {label}: {need.label} (+{half}, metà: non è il più grave)")
    critical = bool(ordered) and ordered[0].severity is Severity.CRITICAL
    if points > MAX_NEEDS_POINTS:
        reasons.append(f"Bisogni: massimo {MAX_NEEDS_POINTS} punti (−{points - MAX_NEEDS_POINTS})")
        points = MAX_NEEDS_POINTS
    return points, reasons, critical


def _vulnerability_part(factors: Iterable[Vulnerability]) -> tuple[int, list[str]]:
    present = {Vulnerability(f) for f in factors}
    ordered = [v for v in VULNERABILITY_POINTS if v in present]  # table order: heaviest first
    points = sum(VULNERABILITY_POINTS[v] for v in ordered)
    reasons = [f"{VULNERABILITY_LABELS[v]} (+{VULNERABILITY_POINTS[v]})" for v in ordered]
    if points > MAX_VULNERABILITY_POINTS:
        reasons.append(
            f"Fattori di vulnerabilità: massimo {MAX_VULNERABILITY_POINTS} punti "
            f"(−{points - MAX_VULNERABILITY_POINTS})"
        )
        points = MAX_VULNERABILITY_POINTS
    return points, reasons


def compute_priority(
    needs: Iterable[AssessedNeed | tuple[str, Severity]],
    vulnerabilities: Iterable[Vulnerability] = (),
    days_waiting: int = 0,
) -> PriorityScore:
    """Compute the priority score with the formula of the module docstring.

    ``needs``: the needs of the latest assessment, as :class:`AssessedNeed` or
    ``(label, severity)`` pairs (severity may be the stored integer). ``vulnerabilities``:
    the factors present (duplicates count once). ``days_waiting``: see
    :func:`waiting_days`; a negative value (clock differences between desks) counts as 0.
    Deterministic: the order of the inputs does not matter.
    """
    needs_points, reasons, critical = _needs_part(AssessedNeed(*n) for n in needs)
    factors = {Vulnerability(v) for v in vulnerabilities}
    vulnerability_points, vulnerability_reasons = _vulnerability_part(factors)
    reasons += vulnerability_reasons

    days = max(0, days_waiting)
    waiting_points = min(MAX_WAITING_POINTS, days // DAYS_PER_WAITING_POINT)
    if waiting_points:
        reasons.append(f"In attesa da {days} giorni (+{waiting_points})")

    score = needs_points + vulnerability_points + waiting_points
    if score > MAX_SCORE:
        reasons.append(f"Punteggio massimo {MAX_SCORE} (−{score - MAX_SCORE})")
        score = MAX_SCORE
    if (critical or Vulnerability.VIOLENCE_ABUSE in factors) and score < FLOOR_SCORE:
        reasons.append(
            f"Bisogno gravissimo o violenza: priorità almeno alta (da {score} a {FLOOR_SCORE})"
        )
        score = FLOOR_SCORE
    return PriorityScore(score=score, level=level_for(score), reasons=reasons)
