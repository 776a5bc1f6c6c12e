"""Referral lifecycle, needs' severity and cost forms."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from cotdesk.domain.needs import SEVERITY_DESCRIPTIONS, SEVERITY_LABELS, Severity
from cotdesk.domain.referrals import (
    REFERRAL_LIFECYCLE,
    REFERRAL_STATUS_LABELS,
    ReferralStatus,
    allowed_referral_targets,
    answer_overdue,
    awaiting_partner_answer,
    check_referral_reason,
    check_referral_transition,
    is_terminal,
    referral_reason_required,
)
from cotdesk.domain.roles import Role
from cotdesk.domain.services_catalogue import COST_FORM_LABELS, CostForm
from cotdesk.errors import InvalidTransition, ValidationError

R = ReferralStatus

#: (from, to): reason needed -- the table of the module docstring. Every role may make them.
EXPECTED = {
    (R.DRAFT, R.SENT): False,
    (R.DRAFT, R.CANCELLED): True,
    (R.SENT, R.ACCEPTED): False,
    (R.SENT, R.DECLINED): True,
    (R.SENT, R.NO_ANSWER): False,
    (R.SENT, R.CANCELLED): True,
    (R.NO_ANSWER, R.ACCEPTED): False,
    (R.NO_ANSWER, R.DECLINED): True,
    (R.NO_ANSWER, R.CANCELLED): True,
    (R.ACCEPTED, R.IN_PROGRESS): False,
    (R.ACCEPTED, R.DECLINED): True,
    (R.ACCEPTED, R.CANCELLED): True,
    (R.IN_PROGRESS, R.COMPLETED): False,
    (R.IN_PROGRESS, R.INTERRUPTED): True,
}
TERMINAL = {R.DECLINED, R.COMPLETED, R.INTERRUPTED, R.CANCELLED}


def test_table_is_exactly_the_documented_one() -> None:
    assert set(REFERRAL_LIFECYCLE.rules) == set(EXPECTED)


@pytest.mark.parametrize(("move", "role"), list(itertools.product(EXPECTED, Role)))
def test_every_allowed_move_for_every_role(move: tuple[R, R], role: Role) -> None:
    check_referral_transition(*move, role)
    assert move[1] in allowed_referral_targets(move[0], role)


@pytest.mark.parametrize(
    "move",
    [
        (R.DRAFT, R.ACCEPTED),  # not sent yet
        (R.DRAFT, R.COMPLETED),
        (R.SENT, R.IN_PROGRESS),  # must be accepted first
        (R.SENT, R.COMPLETED),
        (R.NO_ANSWER, R.SENT),
        (R.NO_ANSWER, R.IN_PROGRESS),
        (R.ACCEPTED, R.COMPLETED),  # must start first
        (R.ACCEPTED, R.SENT),
        (R.IN_PROGRESS, R.CANCELLED),  # started: it is interrupted, not cancelled
        (R.IN_PROGRESS, R.ACCEPTED),
        (R.COMPLETED, R.IN_PROGRESS),
        (R.CANCELLED, R.DRAFT),
        (R.DECLINED, R.ACCEPTED),
        (R.INTERRUPTED, R.IN_PROGRESS),
        (R.SENT, R.SENT),
    ],
    ids=str,
)
@pytest.mark.parametrize("role", list(Role))
def test_forbidden_moves(move: tuple[R, R], role: Role) -> None:
    with pytest.raises(InvalidTransition):
        check_referral_transition(*move, role)


def test_every_move_not_in_the_table_is_refused() -> None:
    for move in itertools.product(R, R):
        if move not in EXPECTED:
            with pytest.raises(InvalidTransition):
                check_referral_transition(*move, Role.ADMIN)


def test_messages_are_italian_and_helpful() -> None:
    with pytest.raises(InvalidTransition) as info:
        check_referral_transition(R.SENT, R.COMPLETED, Role.OPERATOR)
    assert info.value.message == (
        "Per l'invio non si può passare da «Inviato» a «Concluso»: da qui si può passare solo "
        "a «Accettato», «Rifiutato dall'ente», «Senza risposta», «Annullato»."
    )
    with pytest.raises(InvalidTransition, match="è uno stato finale"):
        check_referral_transition(R.COMPLETED, R.IN_PROGRESS, Role.SUPERVISOR)


@pytest.mark.parametrize("move", list(EXPECTED))
def test_reasons(move: tuple[R, R]) -> None:
    needs_reason = EXPECTED[move]
    assert referral_reason_required(*move) is needs_reason
    check_referral_reason(*move, "La persona ha trovato lavoro in un'altra città")
    if needs_reason:
        with pytest.raises(ValidationError, match="bisogna scrivere il motivo") as info:
            check_referral_reason(*move, " ")
        assert info.value.field == "reason"
    else:
        check_referral_reason(*move, None)


def test_ends_without_service_need_a_reason() -> None:
    for (_, to), needs_reason in EXPECTED.items():
        assert needs_reason is (to in {R.DECLINED, R.INTERRUPTED, R.CANCELLED})


@pytest.mark.parametrize("status", list(R))
def test_terminal_and_awaiting(status: R) -> None:
    assert is_terminal(status) is (status in TERMINAL)
    assert (allowed_referral_targets(status, Role.ADMIN) == []) is (status in TERMINAL)
    assert awaiting_partner_answer(status) is (status in {R.SENT, R.NO_ANSWER})


def test_every_state_is_reachable_from_draft() -> None:
    reached = {R.DRAFT}
    frontier = [R.DRAFT]
    while frontier:
        current = frontier.pop()
        for target in allowed_referral_targets(current, Role.OPERATOR):
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(R)


def test_answer_overdue() -> None:
    today = date(2026, 3, 20)
    assert not answer_overdue(R.SENT, date(2026, 3, 5), today)  # exactly 15 days (default)
    assert answer_overdue(R.SENT, date(2026, 3, 4), today)
    assert not answer_overdue(R.SENT, date(2026, 3, 10), today, within_days=10)
    assert answer_overdue(R.SENT, date(2026, 3, 9), today, within_days=10)
    assert answer_overdue(R.SENT, date(2026, 3, 15), today, within_days=3)
    assert answer_overdue(R.NO_ANSWER, None, today)
    assert not answer_overdue(R.SENT, None, today)
    assert not answer_overdue(R.ACCEPTED, date(2025, 1, 1), today)
    assert not answer_overdue(R.DRAFT, None, today)


def test_labels() -> None:
    assert set(REFERRAL_STATUS_LABELS) == set(R)
    assert REFERRAL_STATUS_LABELS[R.NO_ANSWER] == "Senza risposta"


# --------------------------------------------------------------------------- needs, cost


def test_severity() -> None:
    assert [int(s) for s in Severity] == [1, 2, 3, 4]
    assert Severity(3) is Severity.SEVERE
    assert Severity.CRITICAL > Severity.MILD
    assert [SEVERITY_LABELS[s] for s in Severity] == ["Lieve", "Moderato", "Grave", "Gravissimo"]
    assert set(SEVERITY_DESCRIPTIONS) == set(Severity)


def test_cost_form() -> None:
    assert [c.value for c in CostForm] == ["gratuito", "compartecipazione", "a_pagamento"]
    assert CostForm("a_pagamento") is CostForm.PAID
    assert set(COST_FORM_LABELS) == set(CostForm)
    assert COST_FORM_LABELS[CostForm.FREE] == "Gratuito"
