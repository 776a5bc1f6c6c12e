"""The weekly integrated case meeting (*riunione d'équipe* with the Segretariato Sociale).

A meeting goes ``draft`` (the agenda is being prepared) → ``held`` (the first decision has
been recorded) → ``closed`` (the minutes are final: nothing on it changes any more). The
agenda lists each case once, with every reason it is there:

============================  =========================================================
reason                        the case…
============================  =========================================================
``flagged``                   was flagged for review by an operator (``flagged_for_review``)
``overdue``                   has a follow-up date in the past (open or in progress)
``stuck_referral``            has a referral still without the partner's answer after the
                              office's ``referral_answer_days``
``manual``                    was added by hand by the coordinator
============================  =========================================================

When the agenda is built from the queues, candidates are taken in :func:`agenda_rank` order
up to a limit: a weekly meeting discusses tens of cases, not hundreds.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Final

from cotdesk.errors import ValidationError

__all__ = [
    "DEFAULT_AGENDA_LIMIT",
    "MEETING_STATUS_LABELS",
    "REASON_LABELS",
    "AgendaReason",
    "MeetingStatus",
    "agenda_rank",
    "check_decision",
    "ordered_reasons",
    "reasons_text",
]

#: Most cases the agenda takes from the queues in one go (the rest is reported).
DEFAULT_AGENDA_LIMIT: Final = 30
#: Longest decision text (a few paragraphs: the minutes, not the case file).
MAX_DECISION_LENGTH: Final = 4000


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    HELD = "held"
    CLOSED = "closed"


MEETING_STATUS_LABELS: Final[dict[MeetingStatus, str]] = {
    MeetingStatus.DRAFT: "In preparazione",
    MeetingStatus.HELD: "In corso",
    MeetingStatus.CLOSED: "Chiusa",
}


class AgendaReason(StrEnum):
    FLAGGED = "flagged"
    OVERDUE = "overdue"
    STUCK_REFERRAL = "stuck_referral"
    MANUAL = "manual"


#: Italian labels, in the order reasons are listed.
REASON_LABELS: Final[dict[AgendaReason, str]] = {
    AgendaReason.FLAGGED: "Segnalata per la riunione",
    AgendaReason.OVERDUE: "Prossimo contatto scaduto",
    AgendaReason.STUCK_REFERRAL: "Invio senza risposta",
    AgendaReason.MANUAL: "Aggiunta a mano",
}


def ordered_reasons(reasons: Iterable[str]) -> tuple[AgendaReason, ...]:
    """The known reasons among ``reasons``, once each, in the order of :data:`REASON_LABELS`.

    Unknown codes (from a newer desk) are skipped, never an error.
    """
    present = set()
    for reason in reasons:
        try:
            present.add(AgendaReason(reason))
        except ValueError:
            continue
    return tuple(reason for reason in REASON_LABELS if reason in present)


def reasons_text(reasons: Iterable[str]) -> str:
    """``Segnalata per la riunione; Invio senza risposta``."""
    return "; ".join(REASON_LABELS[reason] for reason in ordered_reasons(reasons))


def agenda_rank(reasons: Iterable[str], priority: int, days: int) -> tuple[int, int, int, int]:
    """Sort key of a candidate for the agenda (smaller first).

    Cases flagged by a colleague come first (someone asked for the meeting's view), then
    cases with more reasons, then higher priority, then the longest overdue or waiting.
    """
    found = ordered_reasons(reasons)
    flagged = AgendaReason.FLAGGED in found
    return (0 if flagged else 1, -len(found), -priority, -days)


def check_decision(text: str, due_on: date | None, meeting_day: date) -> str:
    """The decision text, stripped, if it can be recorded; else :class:`ValidationError`.

    A decision says what is to be done (not empty, not a novel); its due date, when given,
    cannot be before the meeting.
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(
            "Scrivere la decisione: chi fa che cosa (ad esempio «L'operatrice richiama l'ente "
            "e fissa un colloquio»).",
            field="decision",
        )
    if len(cleaned) > MAX_DECISION_LENGTH:
        raise ValidationError(
            f"La decisione è troppo lunga (al massimo {MAX_DECISION_LENGTH} caratteri): "
            "riassumerla e scrivere i dettagli nel diario della presa in carico.",
            field="decision",
        )
    if due_on is not None and due_on < meeting_day:
        raise ValidationError(
            "La scadenza non può essere prima della riunione: indicare una data dal giorno "
            "della riunione in poi.",
            field="due_on",
        )
    return cleaned
