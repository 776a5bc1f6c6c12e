"""Log-in on the desk with local credentials, audited whether it succeeds or not."""

from __future__ import annotations

import functools
import uuid

from sqlalchemy import func, select

from cotdesk.db.database import Database
from cotdesk.db.models import Operator
from cotdesk.domain.passwords import (
    check_password_strength,
    hash_password,
    needs_rehash,
    verify_password,
)
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, UserError
from cotdesk.services.unit_of_work import Actor, UnitOfWork

#: Always the same words: the message must not reveal whether the username exists.
WRONG_CREDENTIALS = "Nome utente o password non corretti. Riprovare."


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the username is unknown, so both paths take as long."""
    return hash_password("cotdesk-dummy-password-0")


class LoginFailed(UserError):
    pass


def authenticate(db: Database, username: str, password: str) -> Actor:
    """The operator's :class:`Actor` if the credentials are right; else :class:`LoginFailed`.

    Both outcomes are written to the audit log (the password never is).
    """
    name = username.strip().lower()
    with UnitOfWork(db, None) as uow:
        operator = uow.session.scalars(
            select(Operator).where(
                func.lower(Operator.username) == name, Operator.deleted_at.is_(None)
            )
        ).first()
        stored = operator.password_hash if operator is not None else ""
        ok = verify_password(password, stored or _dummy_hash()) and bool(stored)
        if operator is None or not ok or not operator.active:
            uow.actor = None
            uow.audit(
                "login_failed",
                entity_name="operator",
                entity_id=operator.id if operator is not None else None,
                username=name,
                reason="inactive" if operator is not None and ok else "credentials",
            )
            uow.commit()
            raise LoginFailed(
                WRONG_CREDENTIALS
                if operator is None or not ok
                else "Questo utente è disattivato: rivolgersi al coordinatore."
            )
        actor = Actor(
            operator_id=operator.id,
            office_id=operator.office_id,
            role=Role(operator.role),
            full_name=operator.full_name,
        )
        uow.actor = actor
        uow.session.info["actor"] = actor
        if needs_rehash(stored):
            operator.password_hash = hash_password(password)
        uow.audit("login", operator)
        uow.commit()
        return actor


def set_password(
    uow: UnitOfWork, operator_id: uuid.UUID, new_password: str, *, current_password: str = ""
) -> None:
    """Set an operator's password: their own (knowing the current one) or, for an admin or
    a supervisor of the office, anyone's."""
    actor = uow.require_actor()
    operator = uow.session.get(Operator, operator_id)
    if operator is None or operator.deleted_at is not None:
        raise NotFound("Operatore non trovato.")
    if operator.id == actor.operator_id:
        if operator.password_hash and not verify_password(current_password, operator.password_hash):
            raise LoginFailed("La password attuale non è corretta.")
    else:
        uow.require_role(Role.SUPERVISOR, "impostare la password di un altro operatore")
        uow.require_office(operator.office_id)
    check_password_strength(new_password)
    operator.password_hash = hash_password(new_password)
    uow.audit("update", operator, fields=["password"])
