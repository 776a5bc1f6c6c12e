"""The lifecycle of a referral (*invio*) of a case to a partner's service.

States
======

===============  =====================  ====================================================
code             label (UI)             meaning
===============  =====================  ====================================================
``draft``        Bozza                  being prepared; the letter is not out yet
``sent``         Inviato                letter given to the citizen / sent to the partner;
                                        waiting for the partner's answer
``no_answer``    Senza risposta         the partner has not answered in time (the
                                        office's ``referral_answer_days``); still waiting
``accepted``     Accettato              the partner will take the person in
``declined``     Rifiutato dall'ente    the partner cannot or will not (final)
``in_progress``  In corso               the person is using the service
``completed``    Concluso               the service was delivered (final)
``interrupted``  Interrotto             started but stopped before the end (final)
``cancelled``    Annullato              withdrawn by the office before it started (final)
===============  =====================  ====================================================

Transitions
===========

Every move may be made by an operator of the case's office (checked by the services), by a
coordinator and by the network administrator: the partner's answers are recorded by the
office that sent the referral. A referral that ends without the service being delivered
(``declined``, ``interrupted``, ``cancelled``) must say why: the reasons feed the statistics of
unmet needs.

===============  ===============  ==========  ======  ========================================
from             to               min. role   reason  what happens
===============  ===============  ==========  ======  ========================================
draft            sent             operator            the letter goes out
draft            cancelled        operator    yes     the draft is dropped
sent             accepted         operator            the partner accepts
sent             declined         operator    yes     the partner declines
sent             no_answer        operator            no answer in time (a reminder is due)
sent             cancelled        operator    yes     withdrawn (e.g. the person found
                                                      another solution)
no_answer        accepted         operator            the partner answers late: yes
no_answer        declined         operator    yes     the partner answers late: no
no_answer        cancelled        operator    yes     the office gives up and refers elsewhere
accepted         in_progress      operator            the person starts using the service
accepted         declined         operator    yes     the partner withdraws its acceptance
                                                      before the start
accepted         cancelled        operator    yes     the person renounces before the start
in_progress      completed        operator            the service was delivered
in_progress      interrupted      operator    yes     stopped before the end
===============  ===============  ==========  ======  ========================================

``declined``, ``completed``, ``interrupted`` and ``cancelled`` are final (:func:`is_terminal`):
a mistake or a new attempt is a new referral; the case diary keeps the history. Any other
move raises :class:`~cotdesk.errors.InvalidTransition`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Final

from cotdesk.domain.roles import Lifecycle, Role, TransitionRule, check_reason

__all__ = [
    "ANSWER_EXPECTED_WITHIN_DAYS",
    "REFERRAL_LIFECYCLE",
    "REFERRAL_STATUS_LABELS",
    "ReferralStatus",
    "allowed_referral_targets",
    "answer_overdue",
    "awaiting_partner_answer",
    "check_referral_reason",
    "check_referral_transition",
    "is_terminal",
    "referral_reason_required",
]


class ReferralStatus(StrEnum):
    """State of a referral (stored by value)."""

    DRAFT = "draft"
    SENT = "sent"
    NO_ANSWER = "no_answer"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    CANCELLED = "cancelled"


#: Italian labels of the referral states.
REFERRAL_STATUS_LABELS: Final[dict[ReferralStatus, str]] = {
    ReferralStatus.DRAFT: "Bozza",
    ReferralStatus.SENT: "Inviato",
    ReferralStatus.NO_ANSWER: "Senza risposta",
    ReferralStatus.ACCEPTED: "Accettato",
    ReferralStatus.DECLINED: "Rifiutato dall'ente",
    ReferralStatus.IN_PROGRESS: "In corso",
    ReferralStatus.COMPLETED: "Concluso",
    ReferralStatus.INTERRUPTED: "Interrotto",
    ReferralStatus.CANCELLED: "Annullato",
}

#: Days after sending within which a partner is expected to answer; later, the referral
#: shows up in the coordinator's "no answer" queue (:func:`answer_overdue`). Each office
#: sets its own number (``Office.referral_answer_days``, the setting
#: ``referrals.answer_days``): this is only its default, for a new office or a missing one.
ANSWER_EXPECTED_WITHIN_DAYS: Final = 15

_R = ReferralStatus
_OP = Role.OPERATOR


def _rule(needs_reason: bool, action: str) -> TransitionRule:
    return TransitionRule(_OP, needs_reason, action)


_SEND = _rule(False, "inviare la lettera all'ente")
_CANCEL = _rule(True, "annullare l'invio")
_ACCEPT = _rule(False, "registrare l'accettazione dell'ente")
_DECLINE = _rule(True, "registrare il rifiuto dell'ente")

#: The referral lifecycle: see the table in the module docstring.
REFERRAL_LIFECYCLE: Final[Lifecycle[ReferralStatus]] = Lifecycle(
    subject="l'invio",
    labels=REFERRAL_STATUS_LABELS,
    rules={
        (_R.DRAFT, _R.SENT): _SEND,
        (_R.DRAFT, _R.CANCELLED): _CANCEL,
        (_R.SENT, _R.ACCEPTED): _ACCEPT,
        (_R.SENT, _R.DECLINED): _DECLINE,
        (_R.SENT, _R.NO_ANSWER): _rule(False, "segnare l'invio come senza risposta"),
        (_R.SENT, _R.CANCELLED): _CANCEL,
        (_R.NO_ANSWER, _R.ACCEPTED): _ACCEPT,
        (_R.NO_ANSWER, _R.DECLINED): _DECLINE,
        (_R.NO_ANSWER, _R.CANCELLED): _CANCEL,
        (_R.ACCEPTED, _R.IN_PROGRESS): _rule(False, "registrare l'avvio del servizio"),
        (_R.ACCEPTED, _R.DECLINED): _rule(True, "registrare il ritiro della disponibilità"),
        (_R.ACCEPTED, _R.CANCELLED): _CANCEL,
        (_R.IN_PROGRESS, _R.COMPLETED): _rule(False, "registrare la conclusione del servizio"),
        (_R.IN_PROGRESS, _R.INTERRUPTED): _rule(True, "registrare l'interruzione del servizio"),
    },
)


def check_referral_transition(current: ReferralStatus, target: ReferralStatus, role: Role) -> None:
    """Check that ``role`` may move a referral from ``current`` to ``target``.

    Raises :class:`~cotdesk.errors.InvalidTransition` (the move does not exist; the Italian
    message lists the possible ones) or :class:`~cotdesk.errors.PermissionDenied`. The reason,
    when needed, is checked by :func:`check_referral_reason`.
    """
    REFERRAL_LIFECYCLE.check(ReferralStatus(current), ReferralStatus(target), Role(role))


def referral_reason_required(current: ReferralStatus, target: ReferralStatus) -> bool:
    """Whether the move must be recorded with a reason (False for a move that does not exist)."""
    rule = REFERRAL_LIFECYCLE.rules.get((ReferralStatus(current), ReferralStatus(target)))
    return rule is not None and rule.needs_reason


def check_referral_reason(
    current: ReferralStatus, target: ReferralStatus, reason: str | None
) -> None:
    """Raise :class:`~cotdesk.errors.ValidationError` (field ``reason``) if the move needs a
    reason and ``reason`` is empty."""
    rule = REFERRAL_LIFECYCLE.check(ReferralStatus(current), ReferralStatus(target), Role.ADMIN)
    check_reason(rule, reason)


def allowed_referral_targets(current: ReferralStatus, role: Role) -> list[ReferralStatus]:
    """The states ``role`` may move a referral to from ``current`` (to enable UI actions)."""
    return REFERRAL_LIFECYCLE.allowed_targets(ReferralStatus(current), Role(role))


def is_terminal(status: ReferralStatus) -> bool:
    """Whether the referral is over: declined, completed, interrupted or cancelled."""
    return REFERRAL_LIFECYCLE.is_terminal(ReferralStatus(status))


def awaiting_partner_answer(status: ReferralStatus) -> bool:
    """Whether the partner's answer is still awaited (``sent`` or ``no_answer``)."""
    return ReferralStatus(status) in (ReferralStatus.SENT, ReferralStatus.NO_ANSWER)


def answer_overdue(
    status: ReferralStatus,
    sent_on: date | None,
    today: date,
    *,
    within_days: int = ANSWER_EXPECTED_WITHIN_DAYS,
) -> bool:
    """Whether the partner's answer is late: awaited, and sent more than ``within_days`` ago.

    ``within_days`` is the office's ``referral_answer_days``; the default only stands in
    when there is no office to ask. A referral already marked ``no_answer`` is overdue by
    definition.
    """
    status = ReferralStatus(status)
    if status is ReferralStatus.NO_ANSWER:
        return True
    if status is not ReferralStatus.SENT or sent_on is None:
        return False
    return (today - sent_on).days > within_days
