"""The unit of work: one transaction per use case, carrying the acting operator.

Every service that writes runs inside a :class:`UnitOfWork`::

    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.SUPERVISOR, "approvare la chiusura")
        ...
        uow.audit("update", case)
        uow.commit()

Leaving the block without :meth:`commit` rolls everything back (Cosmic Python's rule): a
failure half-way leaves neither the change nor its outbox entry nor its audit row. The
session is opened for writing (``BEGIN IMMEDIATE``), change capture is attached by
:class:`~cotdesk.db.database.Database`, and the actor travels in ``session.info`` so the
outbox records who made each change.

Reads that never write use :class:`ReadUnit` (deferred transaction, read engine).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from sqlalchemy.orm import Session

from cotdesk.db import audit_chain, errors
from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Synced
from cotdesk.db.types import utcnow
from cotdesk.domain.roles import Role, require_role, role_at_least
from cotdesk.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """Who is acting: an operator of an office, with a role."""

    operator_id: uuid.UUID
    office_id: uuid.UUID
    role: Role
    full_name: str = ""

    def has_role(self, minimum: Role) -> bool:
        return role_at_least(self.role, minimum)


class _Unit:
    """What the read and the write unit share: the session and the actor's checks."""

    _session: Session | None = None

    def __init__(self, db: Database, actor: Actor | None) -> None:
        self.db = db
        self.actor = actor

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a `with` block")
        return self._session

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise PermissionDenied("Accedere con le proprie credenziali per continuare.")
        return self.actor

    def require_role(self, minimum: Role, action: str) -> Actor:
        """The acting operator, if their role is ``minimum`` or higher; else PermissionDenied.

        ``action`` completes the Italian message ("approvare la chiusura ...").
        """
        actor = self.require_actor()
        require_role(actor.role, minimum, action)
        return actor

    def require_office(self, office_id: uuid.UUID) -> Actor:
        """The acting operator, if they belong to ``office_id``; else PermissionDenied.

        Administrators act for the whole network.
        """
        actor = self.require_actor()
        if actor.role is not Role.ADMIN and actor.office_id != office_id:
            raise PermissionDenied(
                "Questo dato appartiene a un altro sportello: non è possibile accedervi."
            )
        return actor


class UnitOfWork(_Unit):
    """A write transaction for one use case. Commit explicitly; anything else rolls back."""

    def __enter__(self) -> Self:
        session = self.db.write_session()
        session.info["actor"] = self.actor
        session.begin()
        self._session = session
        self._committed = False
        return self

    def commit(self) -> None:
        with self.db.translated_errors():
            self.session.commit()
        self._committed = True

    def flush(self) -> None:
        with self.db.translated_errors():
            self.session.flush()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        self._session = None
        try:
            if not self._committed:
                session.rollback()
        finally:
            session.close()
        if exc is not None:
            translated = errors.translate(exc, self.db.path)
            if translated is not exc:
                raise translated from exc

    def audit(
        self,
        action: str,
        entity: Synced | None = None,
        *,
        entity_name: str = "",
        entity_id: uuid.UUID | None = None,
        **detail: Any,
    ) -> AuditEvent:
        """Record who did what to which record, in this same transaction.

        The event is linked into this desk's hash chain at once (``cotdesk audit verify``).
        """
        if entity is not None:
            entity_name = entity.__sync_entity__
            entity_id = entity.id
        event = AuditEvent(
            id=uuid.uuid4(),
            occurred_at=utcnow(),
            operator_id=self.actor.operator_id if self.actor else None,
            office_id=self.actor.office_id if self.actor else None,
            device_id=self.db.device_id,
            action=action,
            entity=entity_name,
            entity_id=entity_id,
            detail=audit_chain.json_detail(detail),
        )
        audit_chain.link(self.session, event)
        self.session.add(event)
        return event


class ReadUnit(_Unit):
    """A read-only transaction: a consistent snapshot that never blocks the writer."""

    def __enter__(self) -> Self:
        session = self.db.read_session()
        session.begin()
        self._session = session
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        self._session = None
        try:
            session.rollback()
        finally:
            session.close()
