"""The lifecycle of a case (*presa in carico*) and how a case reaches the office.

States
======

=====================  =====================  ==============================================
code                   label (UI)             meaning
=====================  =====================  ==============================================
``open``               Aperta                 registered, nobody has taken it in charge yet
``in_progress``        In carico              an operator is working on it
``suspended``          Sospesa                paused: person in hospital, temporarily away or
                                              unreachable; kept out of the follow-up queues
``closure_requested``  Chiusura richiesta     the operator asks to close; waits for the
                                              coordinator
``closed``             Chiusa                closed with the coordinator's approval
=====================  =====================  ==============================================

Transitions
===========

"min. role" is the lowest role that may make the move (``operator`` < ``supervisor`` <
``admin``, see :mod:`cotdesk.domain.roles`). "reason" marks the moves that must be recorded
with a free-text reason (:func:`check_case_reason`).

=====================  =====================  ==========  ======  ===============================
from                   to                     min. role   reason  what happens
=====================  =====================  ==========  ======  ===============================
open                   in_progress            operator            taken in charge
open                   closure_requested      operator    yes     no follow-up needed (e.g. only
                                                                  information was asked)
in_progress            suspended              operator    yes     paused
in_progress            closure_requested      operator    yes     closure asked (the reason is
                                                                  the closing summary)
suspended              in_progress            operator            work resumes
suspended              closure_requested      operator    yes     closure asked
closure_requested      closed                 supervisor          closure approved
closure_requested      in_progress            supervisor  yes     sent back to the operator
closed                 open                   supervisor  yes     reopened: back in the queue to
                                                                  be taken in charge
=====================  =====================  ==========  ======  ===============================

Every other move is refused with :class:`~cotdesk.errors.InvalidTransition`; a move by a role
below the minimum with :class:`~cotdesk.errors.PermissionDenied`. A case is never closed
without the coordinator: a coordinator closing their own case still goes through
``closure_requested`` (two recorded steps). Assigning or reassigning an operator is not a
change of state. Whether the operator works in the case's office is checked by the services.

Channels
========

:class:`Channel` says how the case reached the office. The ``report_*`` channels are reports
by someone else (school, parish, partner, public service): they need the reporter
(:func:`check_reporter`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from cotdesk.domain.roles import Lifecycle, Role, TransitionRule, check_reason
from cotdesk.errors import ValidationError

__all__ = [
    "CASE_LIFECYCLE",
    "CASE_STATUS_LABELS",
    "CHANNEL_LABELS",
    "CaseStatus",
    "Channel",
    "allowed_case_targets",
    "case_reason_required",
    "channel_needs_reporter",
    "check_case_reason",
    "check_case_transition",
    "check_reporter",
]


class CaseStatus(StrEnum):
    """State of a case (stored by value)."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SUSPENDED = "suspended"
    CLOSURE_REQUESTED = "closure_requested"
    CLOSED = "closed"


#: Italian labels of the case states.
CASE_STATUS_LABELS: Final[dict[CaseStatus, str]] = {
    CaseStatus.OPEN: "Aperta",
    CaseStatus.IN_PROGRESS: "In carico",
    CaseStatus.SUSPENDED: "Sospesa",
    CaseStatus.CLOSURE_REQUESTED: "Chiusura richiesta",
    CaseStatus.CLOSED: "Chiusa",
}

_S = CaseStatus
_OP = Role.OPERATOR
_SUP = Role.SUPERVISOR

#: The case lifecycle: see the table in the module docstring.
CASE_LIFECYCLE: Final[Lifecycle[CaseStatus]] = Lifecycle(
    subject="la presa in carico",
    labels=CASE_STATUS_LABELS,
    rules={
        (_S.OPEN, _S.IN_PROGRESS): TransitionRule(_OP, False, "prendere in carico il caso"),
        (_S.OPEN, _S.CLOSURE_REQUESTED): TransitionRule(_OP, True, "chiedere la chiusura"),
        (_S.IN_PROGRESS, _S.SUSPENDED): TransitionRule(_OP, True, "sospendere la presa in carico"),
        (_S.IN_PROGRESS, _S.CLOSURE_REQUESTED): TransitionRule(_OP, True, "chiedere la chiusura"),
        (_S.SUSPENDED, _S.IN_PROGRESS): TransitionRule(_OP, False, "riprendere la presa in carico"),
        (_S.SUSPENDED, _S.CLOSURE_REQUESTED): TransitionRule(_OP, True, "chiedere la chiusura"),
        (_S.CLOSURE_REQUESTED, _S.CLOSED): TransitionRule(
            _SUP, False, "approvare la chiusura della presa in carico"
        ),
        (_S.CLOSURE_REQUESTED, _S.IN_PROGRESS): TransitionRule(
            _SUP, True, "respingere la richiesta di chiusura"
        ),
        (_S.CLOSED, _S.OPEN): TransitionRule(_SUP, True, "riaprire una presa in carico chiusa"),
    },
)


def check_case_transition(current: CaseStatus, target: CaseStatus, role: Role) -> None:
    """Check that ``role`` may move a case from ``current`` to ``target``.

    Raises :class:`~cotdesk.errors.InvalidTransition` (the move does not exist; the Italian
    message lists the possible ones) or :class:`~cotdesk.errors.PermissionDenied` (the move
    needs a higher role). The reason, when needed, is checked by :func:`check_case_reason`.
    """
    CASE_LIFECYCLE.check(CaseStatus(current), CaseStatus(target), Role(role))


def case_reason_required(current: CaseStatus, target: CaseStatus) -> bool:
    """Whether the move must be recorded with a reason (False for a move that does not exist)."""
    rule = CASE_LIFECYCLE.rules.get((CaseStatus(current), CaseStatus(target)))
    return rule is not None and rule.needs_reason


def check_case_reason(current: CaseStatus, target: CaseStatus, reason: str | None) -> None:
    """Raise :class:`~cotdesk.errors.ValidationError` (field ``reason``) if the move needs a
    reason and ``reason`` is empty. A move that does not exist is reported as by
    :func:`check_case_transition`."""
    rule = CASE_LIFECYCLE.check(CaseStatus(current), CaseStatus(target), Role.ADMIN)
    check_reason(rule, reason)


def allowed_case_targets(current: CaseStatus, role: Role) -> list[CaseStatus]:
    """The states ``role`` may move a case to from ``current`` (to enable UI actions)."""
    return CASE_LIFECYCLE.allowed_targets(CaseStatus(current), Role(role))


# --------------------------------------------------------------------------- channels


class Channel(StrEnum):
    """How the case reached the office (stored by value)."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    REPORT_SCHOOL = "report_school"
    REPORT_PARISH = "report_parish"
    REPORT_PARTNER = "report_partner"
    REPORT_SERVICE = "report_service"


#: Italian labels of the channels.
CHANNEL_LABELS: Final[dict[Channel, str]] = {
    Channel.WALK_IN: "Accesso diretto allo sportello",
    Channel.PHONE: "Telefonata",
    Channel.REPORT_SCHOOL: "Segnalazione della scuola",
    Channel.REPORT_PARISH: "Segnalazione della parrocchia",
    Channel.REPORT_PARTNER: "Segnalazione di un ente partner",
    Channel.REPORT_SERVICE: "Segnalazione dei servizi sociali o sanitari",
}

_REPORTER_HINTS: Final[dict[Channel, str]] = {
    Channel.REPORT_SCHOOL: "la scuola",
    Channel.REPORT_PARISH: "la parrocchia",
    Channel.REPORT_PARTNER: "l'ente partner",
    Channel.REPORT_SERVICE: "il servizio",
}


def channel_needs_reporter(channel: Channel) -> bool:
    """Whether the channel is a report by someone else, whose name must be recorded."""
    return Channel(channel) in _REPORTER_HINTS


def check_reporter(channel: Channel, reporter: str | None) -> None:
    """Raise :class:`~cotdesk.errors.ValidationError` (field ``reporter``) when a report has
    no reporter. For the other channels the reporter is optional."""
    hint = _REPORTER_HINTS.get(Channel(channel))
    if hint is not None and not (reporter and reporter.strip()):
        raise ValidationError(
            f"Per una «{CHANNEL_LABELS[Channel(channel)]}» indica chi segnala: "
            f"{hint} e, se possibile, la persona di riferimento.",
            field="reporter",
        )
