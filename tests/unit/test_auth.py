"""Log-in with local credentials: slow salted hashes, audited outcomes, no user enumeration."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Operator
from cotdesk.domain.passwords import hash_password, needs_rehash, verify_password
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, ValidationError
from cotdesk.services.auth import WRONG_CREDENTIALS, LoginFailed, authenticate, set_password
from cotdesk.services.unit_of_work import Actor, UnitOfWork

PASSWORD = "Sportello-2026"


def test_hashes_are_salted_and_verify() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second
    assert first.startswith("scrypt$")
    assert verify_password(PASSWORD, first)
    assert not verify_password("sportello-2026", first)
    assert not verify_password(PASSWORD, "")
    assert not verify_password(PASSWORD, "md5$abc")
    assert not needs_rehash(first)
    assert needs_rehash("scrypt$1024$8$1$AAAA$AAAA")


def _set_own_password(db: Database, actor: Actor) -> None:
    with UnitOfWork(db, actor) as uow:
        set_password(uow, actor.operator_id, PASSWORD)
        uow.commit()


def test_login_returns_the_actor_and_is_audited(db: Database, operator: Actor) -> None:
    _set_own_password(db, operator)
    actor = authenticate(db, "  Giulia.Operatrice ", PASSWORD)
    assert actor == operator
    with db.read_session() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.occurred_at)).all()
    assert actions[-1] == "login"


def test_wrong_password_and_unknown_user_fail_alike_and_are_audited(
    db: Database, operator: Actor
) -> None:
    _set_own_password(db, operator)
    with pytest.raises(LoginFailed) as wrong:
        authenticate(db, "giulia.operatrice", "Sbagliata-123")
    with pytest.raises(LoginFailed) as unknown:
        authenticate(db, "nessuno", PASSWORD)
    assert wrong.value.message == unknown.value.message == WRONG_CREDENTIALS
    with db.read_session() as session:
        failed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login_failed")
        ).all()
    assert [event.detail["username"] for event in failed] == ["giulia.operatrice", "nessuno"]
    assert all(PASSWORD not in str(event.detail) for event in failed)


def test_an_operator_without_a_password_cannot_log_in(db: Database, operator: Actor) -> None:
    with pytest.raises(LoginFailed):
        authenticate(db, "giulia.operatrice", "")


def test_a_deactivated_operator_is_told_so(db: Database, operator: Actor) -> None:
    _set_own_password(db, operator)
    with UnitOfWork(db, None) as uow:
        row = uow.session.get(Operator, operator.operator_id)
        assert row is not None
        row.active = False
        uow.commit()
    with pytest.raises(LoginFailed, match="disattivato"):
        authenticate(db, "giulia.operatrice", PASSWORD)


def test_weak_passwords_and_other_peoples_passwords(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    with pytest.raises(ValidationError, match="almeno"), UnitOfWork(db, operator) as uow:
        set_password(uow, operator.operator_id, "corta1")
    with pytest.raises(PermissionDenied), UnitOfWork(db, operator) as uow:
        set_password(uow, supervisor.operator_id, PASSWORD)
    with UnitOfWork(db, supervisor) as uow:
        set_password(uow, operator.operator_id, PASSWORD)
        uow.commit()
    assert authenticate(db, "giulia.operatrice", PASSWORD).role is Role.OPERATOR
