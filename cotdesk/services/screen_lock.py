"""The screen lock of a desk in a public office: PIN, unlocking, throttling, audit (no Qt).

The desk locks after some idle minutes or on the operator's request (the lock screen is in
:mod:`cotdesk.ui.lock_screen`). Unlocking takes the operator's password or, if they set
one, their PIN:

* a PIN is 4 to 8 digits, chosen by the operator (knowing their password), and stored as a
  slow salted hash like passwords (:mod:`cotdesk.domain.passwords`) in the local-only
  table ``operator_pin``: it never leaves this desk;
* every failed attempt is written to the access log (``unlock_failed``, with the count,
  never the secret) and, from the :data:`FREE_ATTEMPTS` th on, the next attempt waits a
  growing delay (:func:`delay_after`: 5 s, 10 s, 20 s ... up to 5 minutes): four digits
  are 10,000 guesses, which this makes days of trying;
* after :data:`MAX_PIN_FAILURES` failures the PIN is no longer accepted for this lock:
  only the password unlocks (a person trying PINs one after the other is stopped for good);
* locking (``lock``, with the reason) and unlocking (``unlock``, with how) are audited too.

The throttling state lives in an :class:`UnlockGuard`, one per lock of the window, with an
injectable clock so tests never sleep.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Operator, OperatorPin
from cotdesk.db.types import utcnow
from cotdesk.domain.passwords import hash_password, verify_password
from cotdesk.errors import NotFound, UserError, ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

#: Default idle time before the desk locks (used when no setting says otherwise).
DEFAULT_IDLE_LOCK_MINUTES: Final = 5
PIN_MIN_DIGITS: Final = 4
PIN_MAX_DIGITS: Final = 8
#: Failed attempts allowed before the delays start.
FREE_ATTEMPTS: Final = 3
#: First delay (seconds) and the longest one.
FIRST_DELAY_SECONDS: Final = 5.0
MAX_DELAY_SECONDS: Final = 300.0
#: After this many failures of one lock, the PIN no longer unlocks: the password does.
MAX_PIN_FAILURES: Final = 5

LOCK_REASONS: Final = frozenset({"idle", "manual"})


class UnlockFailed(UserError):
    """Wrong PIN or password; ``wait_seconds`` before the next attempt (0: none)."""

    def __init__(self, message: str, *, wait_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnlockThrottled(UserError):
    """An attempt made before the delay after the last failure has passed."""

    def __init__(self, message: str, *, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2.0 ** (failures - FREE_ATTEMPTS)))


def check_pin(pin: str) -> str:
    """The PIN if it is acceptable; else ValidationError saying what to choose."""
    if not pin.isascii() or not pin.isdigit():
        raise ValidationError("Il PIN deve contenere solo cifre.", field="pin")
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        raise ValidationError(
            f"Il PIN deve avere da {PIN_MIN_DIGITS} a {PIN_MAX_DIGITS} cifre.", field="pin"
        )
    digits = [int(ch) for ch in pin]
    steps = {b - a for a, b in itertools.pairwise(digits)}
    if len(set(digits)) == 1 or steps in ({1}, {-1}):
        raise ValidationError(
            "Questo PIN è troppo facile da indovinare (cifre tutte uguali o in sequenza): "
            "sceglierne un altro.",
            field="pin",
        )
    return pin


def _operator(uow: UnitOfWork | ReadUnit, operator_id: uuid.UUID) -> Operator:
    operator = uow.session.get(Operator, operator_id)
    if operator is None or operator.deleted_at is not None:
        raise NotFound("Operatore non trovato.")
    return operator


def set_pin(db: Database, actor: Actor, pin: str, *, password: str) -> None:
    """Set (or change) the acting operator's PIN on this desk; their password confirms it."""
    check_pin(pin)
    with UnitOfWork(db, actor) as uow:
        operator = _operator(uow, actor.operator_id)
        if not operator.password_hash or not verify_password(password, operator.password_hash):
            raise UnlockFailed("La password non è corretta: il PIN non è stato impostato.")
        row = uow.session.get(OperatorPin, actor.operator_id)
        if row is None:
            uow.session.add(OperatorPin(operator_id=actor.operator_id, pin_hash=hash_password(pin)))
        else:
            row.pin_hash = hash_password(pin)
            row.updated_at = utcnow()
        uow.audit("update", operator, fields=["pin"])
        uow.commit()


def clear_pin(db: Database, actor: Actor) -> None:
    """Remove the acting operator's PIN: from now on only the password unlocks."""
    with UnitOfWork(db, actor) as uow:
        operator = _operator(uow, actor.operator_id)
        row = uow.session.get(OperatorPin, actor.operator_id)
        if row is not None:
            uow.session.delete(row)
            uow.audit("update", operator, fields=["pin"], removed=True)
        uow.commit()


def has_pin(db: Database, operator_id: uuid.UUID) -> bool:
    with ReadUnit(db, None) as unit:
        return (
            unit.session.scalar(
                select(OperatorPin.operator_id).where(OperatorPin.operator_id == operator_id)
            )
            is not None
        )


def record_lock(db: Database, actor: Actor, reason: str) -> None:
    """The screen was locked (``idle`` or ``manual``): one line in the access log."""
    if reason not in LOCK_REASONS:
        raise ValueError(f"unknown lock reason {reason!r}")
    with UnitOfWork(db, actor) as uow:
        uow.audit("lock", entity_name="operator", entity_id=actor.operator_id, reason=reason)
        uow.commit()


@dataclass(frozen=True)
class UnlockResult:
    #: ``pin`` or ``password``.
    method: str


def _wait_message(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole >= 60:
        minutes = (whole + 59) // 60
        what = "1 minuto" if minutes == 1 else f"{minutes} minuti"
    else:
        what = "1 secondo" if whole == 1 else f"{whole} secondi"
    return f"Troppi tentativi non riusciti: attendere {what} prima di riprovare."


class UnlockGuard:
    """Checks unlock attempts for one lock of one operator, throttling the failures.

    ``clock`` returns seconds (monotonic); tests pass their own.
    """

    def __init__(
        self, db: Database, actor: Actor, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._db = db
        self.actor = actor
        self._clock = clock
        self.failures = 0
        self._not_before = 0.0

    @property
    def pin_allowed(self) -> bool:
        """Whether a PIN may still unlock (not after :data:`MAX_PIN_FAILURES` failures)."""
        return self.failures < MAX_PIN_FAILURES

    def wait_seconds(self) -> float:
        """Seconds before the next attempt is accepted (0: now)."""
        return max(0.0, self._not_before - self._clock())

    def attempt(self, secret: str) -> UnlockResult:
        """Unlock with ``secret`` (PIN or password): the result, or UnlockFailed/Throttled.

        A throttled attempt is refused without checking anything; a checked failure is
        audited with the count of failures so far.
        """
        wait = self.wait_seconds()
        if wait > 0:
            raise UnlockThrottled(_wait_message(wait), wait_seconds=wait)
        actor = self.actor
        with UnitOfWork(self._db, actor) as uow:
            operator = _operator(uow, actor.operator_id)
            method = ""
            if operator.active:
                pin = uow.session.get(OperatorPin, actor.operator_id)
                if (
                    pin is not None
                    and self.pin_allowed
                    and secret.isdigit()
                    and verify_password(secret, pin.pin_hash)
                ):
                    method = "pin"
                elif operator.password_hash and verify_password(secret, operator.password_hash):
                    method = "password"
            if method:
                uow.audit("unlock", operator, method=method, failures=self.failures)
                uow.commit()
                self.failures = 0
                self._not_before = 0.0
                return UnlockResult(method)
            self.failures += 1
            uow.audit("unlock_failed", operator, failures=self.failures)
            uow.commit()
        wait = delay_after(self.failures)
        self._not_before = self._clock() + wait
        if not operator.active:
            message = "Questo utente è stato disattivato: usare «Cambia operatore»."
        elif self.failures == MAX_PIN_FAILURES:
            message = "PIN o password non corretti. Il PIN è ora bloccato: usare la password."
        elif not self.pin_allowed:
            message = "Password non corretta (il PIN è bloccato dopo troppi errori)."
        else:
            message = "PIN o password non corretti. Riprovare."
        if wait > 0:
            message += " " + _wait_message(wait)
        raise UnlockFailed(message, wait_seconds=wait)
