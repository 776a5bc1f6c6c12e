"""Priority score: the documented formula, examples and monotonicity."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import (
    PRIORITY_LEVEL_LABELS,
    VULNERABILITY_LABELS,
    VULNERABILITY_POINTS,
    AssessedNeed,
    PriorityLevel,
    Vulnerability,
    compute_priority,
    level_for,
    waiting_days,
)

V = Vulnerability
S = Severity


def test_docstring_example() -> None:
    result = compute_priority(
        [AssessedNeed("Alloggio", S.SEVERE), AssessedNeed("Lavoro", S.MODERATE)],
        [V.MINOR_IN_HOUSEHOLD],
        12,
    )
    assert result.score == 46
    assert result.level == PriorityLevel.MEDIUM
    assert result.level == "media"
    assert result.reasons == [
        "Bisogno grave: Alloggio (+25)",
        "Bisogno moderato: Lavoro (+5, metà: non è il più grave)",
        "Minori nel nucleo familiare (+10)",
        "In attesa da 12 giorni (+6)",
    ]


def test_nothing_is_zero() -> None:
    result = compute_priority([])
    assert (result.score, result.level, result.reasons) == (0, PriorityLevel.LOW, [])


@pytest.mark.parametrize(
    ("severity", "points"), [(S.MILD, 4), (S.MODERATE, 10), (S.SEVERE, 25), (S.CRITICAL, 50)]
)
def test_single_need_points(severity: Severity, points: int) -> None:
    # gravissimo: 40 points, raised to the floor of 50
    assert compute_priority([("Bisogno", severity)]).score == points


def test_stored_integer_severity_is_accepted() -> None:
    assert compute_priority([("Alloggio", 3)]).score == 25  # type: ignore[list-item]


def test_other_needs_count_half_rounded_down() -> None:
    needs = [("A", S.SEVERE), ("B", S.SEVERE), ("C", S.MILD), ("D", S.MODERATE)]
    assert compute_priority(needs).score == 25 + 12 + 2 + 5


def test_needs_are_capped_at_60() -> None:
    needs = [(str(i), S.CRITICAL) for i in range(4)]  # 40 + 20 * 3 = 100
    result = compute_priority(needs)
    assert result.score == 60
    assert "Bisogni: massimo 60 punti (−40)" in result.reasons


def test_vulnerabilities_weights_and_cap() -> None:
    assert compute_priority([], [V.HOMELESSNESS]).score == 20
    assert compute_priority([], [V.SOCIAL_ISOLATION, V.SOCIAL_ISOLATION]).score == 5
    assert compute_priority([], [V.NO_INCOME, V.IRREGULAR_STATUS]).score == 18
    result = compute_priority([], [V.HOMELESSNESS, V.NO_INCOME, V.DISABILITY, V.ELDERLY_ALONE])
    assert result.score == 40
    assert result.reasons[-1] == "Fattori di vulnerabilità: massimo 40 punti (−10)"


def test_violence_floor() -> None:
    result = compute_priority([], [V.VIOLENCE_ABUSE])
    assert result.score == 50
    assert result.level == PriorityLevel.HIGH
    assert result.reasons == [
        "Violenza o maltrattamento (+25)",
        "Bisogno gravissimo o violenza: priorità almeno alta (da 25 a 50)",
    ]
    # Above the floor, the floor says nothing.
    above = compute_priority([("Alloggio", S.CRITICAL)], [V.VIOLENCE_ABUSE])
    assert above.score == 65
    assert not any("almeno alta" in r for r in above.reasons)


@pytest.mark.parametrize(
    ("days", "points"), [(0, 0), (1, 0), (2, 1), (3, 1), (12, 6), (29, 14), (30, 15), (400, 15)]
)
def test_waiting_points(days: int, points: int) -> None:
    assert compute_priority([], [], days).score == points


def test_negative_waiting_counts_as_zero() -> None:
    assert compute_priority([], [], -5).score == 0


def test_total_capped_at_100() -> None:
    result = compute_priority([(str(i), S.CRITICAL) for i in range(3)], list(V), 100)
    assert result.score == 100
    assert result.level == PriorityLevel.URGENT
    assert result.reasons[-1] == "Punteggio massimo 100 (−15)"


@pytest.mark.parametrize(
    ("score", "level"),
    [(0, "bassa"), (24, "bassa"), (25, "media"), (49, "media"), (50, "alta"), (74, "alta"),
     (75, "urgente"), (100, "urgente")],
)  # fmt: skip
def test_levels(score: int, level: str) -> None:
    assert level_for(score) == level


def test_waiting_days() -> None:
    assert waiting_days(date(2026, 3, 1), None, date(2026, 3, 11)) == 10
    assert waiting_days(date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 11)) == 3
    assert waiting_days(date(2026, 3, 5), date(2026, 3, 1), date(2026, 3, 11)) == 6
    assert waiting_days(date(2026, 3, 12), None, date(2026, 3, 11)) == 0


def test_labels_complete() -> None:
    assert set(VULNERABILITY_LABELS) == set(V) == set(VULNERABILITY_POINTS)
    assert set(PRIORITY_LEVEL_LABELS) == set(PriorityLevel)


# --------------------------------------------------------------------------- properties

labels = st.sampled_from(["Alloggio", "Lavoro", "Salute", "Reddito", "Istruzione", "Cibo"])
needs_st = st.lists(st.tuples(labels, st.sampled_from(list(S))), max_size=6)
factors_st = st.sets(st.sampled_from(list(V)))
days_st = st.integers(min_value=0, max_value=500)


@settings(max_examples=300)
@given(needs_st, factors_st, days_st)
def test_score_in_range_and_level_consistent(
    needs: list[tuple[str, Severity]], factors: set[Vulnerability], days: int
) -> None:
    result = compute_priority(needs, factors, days)
    assert 0 <= result.score <= 100
    assert result.level == level_for(result.score)
    assert all(isinstance(r, str) and r for r in result.reasons)


@settings(max_examples=300)
@given(needs_st, factors_st, days_st, st.tuples(labels, st.sampled_from(list(S))))
def test_adding_a_need_never_lowers(
    needs: list[tuple[str, Severity]],
    factors: set[Vulnerability],
    days: int,
    extra: tuple[str, Severity],
) -> None:
    before = compute_priority(needs, factors, days).score
    assert compute_priority([*needs, extra], factors, days).score >= before


@settings(max_examples=300)
@given(needs_st.filter(bool), factors_st, days_st, st.data())
def test_raising_a_severity_never_lowers(
    needs: list[tuple[str, Severity]], factors: set[Vulnerability], days: int, data: st.DataObject
) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(needs) - 1))
    label, severity = needs[i]
    higher = data.draw(st.sampled_from([s for s in S if s >= severity]))
    raised = [*needs[:i], (label, higher), *needs[i + 1 :]]
    assert (
        compute_priority(raised, factors, days).score
        >= compute_priority(needs, factors, days).score
    )


@settings(max_examples=300)
@given(needs_st, factors_st, days_st, st.sampled_from(list(V)))
def test_adding_a_factor_never_lowers(
    needs: list[tuple[str, Severity]], factors: set[Vulnerability], days: int, extra: Vulnerability
) -> None:
    before = compute_priority(needs, factors, days).score
    assert compute_priority(needs, factors | {extra}, days).score >= before


@settings(max_examples=300)
@given(needs_st, factors_st, days_st, st.integers(min_value=0, max_value=100))
def test_waiting_longer_never_lowers(
    needs: list[tuple[str, Severity]], factors: set[Vulnerability], days: int, more: int
) -> None:
    before = compute_priority(needs, factors, days).score
    assert compute_priority(needs, factors, days + more).score >= before


@settings(max_examples=200)
@given(needs_st, factors_st, days_st, st.randoms(use_true_random=False))
def test_order_of_inputs_does_not_matter(
    needs: list[tuple[str, Severity]], factors: set[Vulnerability], days: int, rnd: random.Random
) -> None:
    shuffled_needs = list(needs)
    rnd.shuffle(shuffled_needs)
    shuffled_factors = list(factors)
    rnd.shuffle(shuffled_factors)
    assert compute_priority(needs, factors, days) == compute_priority(
        shuffled_needs, shuffled_factors, days
    )
