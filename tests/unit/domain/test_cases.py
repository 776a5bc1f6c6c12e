"""Case lifecycle, roles and channels."""

from __future__ import annotations

import itertools

import pytest

from cotdesk.domain.cases import (
    CASE_LIFECYCLE,
    CASE_STATUS_LABELS,
    CHANNEL_LABELS,
    CaseStatus,
    Channel,
    allowed_case_targets,
    case_reason_required,
    channel_needs_reporter,
    check_case_reason,
    check_case_transition,
    check_reporter,
)
from cotdesk.domain.roles import ROLE_LABELS, Role, require_role, role_at_least
from cotdesk.errors import InvalidTransition, PermissionDenied, ValidationError

S = CaseStatus
OP, SUP, ADM = Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN

#: (from, to): (roles allowed, reason needed) -- the table of the module docstring.
EXPECTED = {
    (S.OPEN, S.IN_PROGRESS): ({OP, SUP, ADM}, False),
    (S.OPEN, S.CLOSURE_REQUESTED): ({OP, SUP, ADM}, True),
    (S.IN_PROGRESS, S.SUSPENDED): ({OP, SUP, ADM}, True),
    (S.IN_PROGRESS, S.CLOSURE_REQUESTED): ({OP, SUP, ADM}, True),
    (S.SUSPENDED, S.IN_PROGRESS): ({OP, SUP, ADM}, False),
    (S.SUSPENDED, S.CLOSURE_REQUESTED): ({OP, SUP, ADM}, True),
    (S.CLOSURE_REQUESTED, S.CLOSED): ({SUP, ADM}, False),
    (S.CLOSURE_REQUESTED, S.IN_PROGRESS): ({SUP, ADM}, True),
    (S.CLOSED, S.OPEN): ({SUP, ADM}, True),
}


def test_table_is_exactly_the_documented_one() -> None:
    assert set(CASE_LIFECYCLE.rules) == set(EXPECTED)


@pytest.mark.parametrize(("move", "role"), list(itertools.product(EXPECTED, Role)))
def test_allowed_moves_and_who_may_make_them(move: tuple[S, S], role: Role) -> None:
    allowed_roles, _ = EXPECTED[move]
    if role in allowed_roles:
        check_case_transition(*move, role)
    else:
        with pytest.raises(PermissionDenied, match=r"Solo il coordinatore") as info:
            check_case_transition(*move, role)
        assert "Operatore di sportello" in info.value.message


@pytest.mark.parametrize("move", [m for m in itertools.product(S, S) if m not in EXPECTED], ids=str)
@pytest.mark.parametrize("role", list(Role))
def test_every_other_move_is_refused(move: tuple[S, S], role: Role) -> None:
    with pytest.raises(InvalidTransition):
        check_case_transition(*move, role)


def test_operator_cannot_close_directly_or_approve() -> None:
    with pytest.raises(InvalidTransition, match=r"da «In carico» a «Chiusa»"):
        check_case_transition(S.IN_PROGRESS, S.CLOSED, OP)
    with pytest.raises(InvalidTransition):  # not even the coordinator skips the request
        check_case_transition(S.IN_PROGRESS, S.CLOSED, SUP)
    with pytest.raises(PermissionDenied, match="approvare la chiusura"):
        check_case_transition(S.CLOSURE_REQUESTED, S.CLOSED, OP)


def test_reopening_is_for_the_coordinator() -> None:
    with pytest.raises(PermissionDenied, match="riaprire"):
        check_case_transition(S.CLOSED, S.OPEN, OP)
    check_case_transition(S.CLOSED, S.OPEN, SUP)
    with pytest.raises(InvalidTransition, match=r"solo a «Aperta»"):
        check_case_transition(S.CLOSED, S.IN_PROGRESS, SUP)


def test_same_state_message() -> None:
    with pytest.raises(InvalidTransition, match=r"già «Aperta»"):
        check_case_transition(S.OPEN, S.OPEN, ADM)


def test_plain_strings_are_accepted() -> None:
    check_case_transition("open", "in_progress", "operator")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bogus"):
        check_case_transition("open", "bogus", "operator")  # type: ignore[arg-type]


@pytest.mark.parametrize("move", list(EXPECTED))
def test_reasons(move: tuple[S, S]) -> None:
    _, needs_reason = EXPECTED[move]
    assert case_reason_required(*move) is needs_reason
    check_case_reason(*move, "La persona si è trasferita in un altro comune")
    if needs_reason:
        for empty in (None, "", "   \n"):
            with pytest.raises(ValidationError, match="motivo") as info:
                check_case_reason(*move, empty)
            assert info.value.field == "reason"
    else:
        check_case_reason(*move, None)


def test_reason_of_a_move_that_does_not_exist() -> None:
    assert case_reason_required(S.CLOSED, S.CLOSED) is False
    with pytest.raises(InvalidTransition):
        check_case_reason(S.OPEN, S.CLOSED, "motivo")


def test_allowed_targets_for_the_ui() -> None:
    assert allowed_case_targets(S.CLOSURE_REQUESTED, OP) == []
    assert allowed_case_targets(S.CLOSURE_REQUESTED, SUP) == [S.CLOSED, S.IN_PROGRESS]
    assert allowed_case_targets(S.IN_PROGRESS, OP) == [S.SUSPENDED, S.CLOSURE_REQUESTED]
    assert allowed_case_targets(S.CLOSED, OP) == []
    assert allowed_case_targets(S.CLOSED, ADM) == [S.OPEN]


def test_no_state_is_a_dead_end() -> None:
    # Even "closed" can be reopened; every state can reach "closed".
    for status in S:
        assert not CASE_LIFECYCLE.is_terminal(status)


def test_labels_are_complete_and_italian() -> None:
    assert set(CASE_STATUS_LABELS) == set(S)
    assert CASE_STATUS_LABELS[S.CLOSURE_REQUESTED] == "Chiusura richiesta"
    assert set(ROLE_LABELS) == set(Role)


# --------------------------------------------------------------------------- roles


def test_role_order() -> None:
    assert role_at_least(ADM, SUP)
    assert role_at_least(SUP, SUP)
    assert role_at_least(OP, OP)
    assert not role_at_least(OP, SUP)
    assert not role_at_least(SUP, ADM)


def test_require_admin_message() -> None:
    with pytest.raises(PermissionDenied, match=r"Solo l'amministratore di rete può .*Coordinatore"):
        require_role(SUP, ADM, "registrare una postazione")
    require_role(ADM, ADM, "registrare una postazione")


# --------------------------------------------------------------------------- channels


def test_channel_labels() -> None:
    assert set(CHANNEL_LABELS) == set(Channel)
    assert CHANNEL_LABELS[Channel.WALK_IN] == "Accesso diretto allo sportello"
    assert CHANNEL_LABELS[Channel.PHONE] == "Telefonata"
    assert CHANNEL_LABELS[Channel.REPORT_SCHOOL] == "Segnalazione della scuola"


@pytest.mark.parametrize("channel", list(Channel))
def test_reports_need_a_reporter(channel: Channel) -> None:
    is_report = channel.value.startswith("report_")
    assert channel_needs_reporter(channel) is is_report
    check_reporter(channel, "Istituto comprensivo Via Roma, maestra Bianchi")
    if is_report:
        for empty in (None, "", "  "):
            with pytest.raises(ValidationError, match="indica chi segnala") as info:
                check_reporter(channel, empty)
            assert info.value.field == "reporter"
    else:
        check_reporter(channel, None)
