"""The screen lock's service: PIN rules, unlocking, throttling and the access log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Operator, OperatorPin
from cotdesk.domain.passwords import hash_password
from cotdesk.errors import ValidationError
from cotdesk.services import screen_lock
from cotdesk.services.screen_lock import (
    MAX_PIN_FAILURES,
    UnlockFailed,
    UnlockGuard,
    UnlockThrottled,
    check_pin,
    clear_pin,
    delay_after,
    has_pin,
    record_lock,
    set_pin,
)
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

PASSWORD = "pass-word-2026"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def give_password(db: Database, actor: Actor) -> None:
    with UnitOfWork(db, None) as uow:
        operator = uow.session.get(Operator, actor.operator_id)
        assert operator is not None
        operator.password_hash = hash_password(PASSWORD)
        uow.commit()


@dataclass(frozen=True)
class Logged:
    action: str
    detail: dict[str, Any]
    operator_id: uuid.UUID | None


def audit_actions(db: Database, *actions: str) -> list[Logged]:
    with ReadUnit(db, None) as unit:
        rows = unit.session.execute(
            select(AuditEvent.action, AuditEvent.detail, AuditEvent.operator_id)
            .where(AuditEvent.action.in_(actions))
            .order_by(AuditEvent.occurred_at)
        )
        return [Logged(*row) for row in rows]


@pytest.mark.parametrize(
    "pin", ["1", "123", "123456789", "12a4", "１２３４", "1111", "2345", "8765"]
)
def test_bad_pins_are_refused_with_a_reason(pin: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_pin(pin)
    assert info.value.field == "pin"


@pytest.mark.parametrize("pin", ["2580", "13579", "90210377"])
def test_good_pins_pass(pin: str) -> None:
    assert check_pin(pin) == pin


def test_the_delay_grows_and_is_capped() -> None:
    delays = [delay_after(n) for n in range(12)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays[3:6] == [5.0, 10.0, 20.0]
    assert delays == sorted(delays)
    assert delays[-1] == screen_lock.MAX_DELAY_SECONDS


def test_set_pin_needs_the_password_and_stores_a_slow_hash(db: Database, operator: Actor) -> None:
    give_password(db, operator)
    with pytest.raises(UnlockFailed):
        set_pin(db, operator, "2580", password="wrong")
    assert not has_pin(db, operator.operator_id)
    set_pin(db, operator, "2580", password=PASSWORD)
    assert has_pin(db, operator.operator_id)
    with ReadUnit(db, None) as unit:
        row = unit.session.get(OperatorPin, operator.operator_id)
        assert row is not None
        assert row.pin_hash.startswith("scrypt$")
        assert "2580" not in row.pin_hash
    clear_pin(db, operator)
    assert not has_pin(db, operator.operator_id)
    assert [e.detail.get("fields") for e in audit_actions(db, "update")] == [["pin"], ["pin"]]


def test_pin_or_password_unlock_and_are_audited(db: Database, operator: Actor) -> None:
    give_password(db, operator)
    set_pin(db, operator, "2580", password=PASSWORD)
    record_lock(db, operator, "idle")
    guard = UnlockGuard(db, operator, clock=Clock())
    assert guard.attempt("2580").method == "pin"
    assert guard.attempt(PASSWORD).method == "password"
    events = audit_actions(db, "lock", "unlock")
    assert [e.action for e in events] == ["lock", "unlock", "unlock"]
    assert events[0].detail == {"reason": "idle"}
    assert [e.detail["method"] for e in events[1:]] == ["pin", "password"]
    for event in events:
        assert "2580" not in str(event.detail)
        assert PASSWORD not in str(event.detail)


def test_failures_are_throttled_audited_and_then_block_the_pin(
    db: Database, operator: Actor
) -> None:
    give_password(db, operator)
    set_pin(db, operator, "2580", password=PASSWORD)
    clock = Clock()
    guard = UnlockGuard(db, operator, clock=clock)
    for expected_wait in (0.0, 0.0, 5.0):
        with pytest.raises(UnlockFailed) as info:
            guard.attempt("0000")
        assert info.value.wait_seconds == expected_wait
    # Too early: refused without being checked (and not audited again).
    with pytest.raises(UnlockThrottled) as throttled:
        guard.attempt("2580")
    assert "attendere 5 secondi" in throttled.value.message
    clock.now += 5
    with pytest.raises(UnlockFailed) as info:
        guard.attempt("9999")
    assert info.value.wait_seconds == 10.0
    clock.now += 10
    with pytest.raises(UnlockFailed) as info:
        guard.attempt("9999")
    assert guard.failures == MAX_PIN_FAILURES
    assert "PIN è ora bloccato" in info.value.message
    clock.now += 60
    # The right PIN no longer unlocks: only the password does.
    with pytest.raises(UnlockFailed):
        guard.attempt("2580")
    clock.now += 600
    assert guard.attempt(PASSWORD).method == "password"
    failed = audit_actions(db, "unlock_failed")
    assert [e.detail["failures"] for e in failed] == [1, 2, 3, 4, 5, 6]
    assert all(e.operator_id == operator.operator_id for e in failed)
    assert audit_actions(db, "unlock")[0].detail["failures"] == 6
    assert guard.failures == 0
    assert guard.wait_seconds() == 0


def test_without_a_pin_only_the_password_unlocks(db: Database, operator: Actor) -> None:
    give_password(db, operator)
    guard = UnlockGuard(db, operator, clock=Clock())
    with pytest.raises(UnlockFailed):
        guard.attempt("2580")
    assert guard.attempt(PASSWORD).method == "password"
