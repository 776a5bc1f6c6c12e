"""Drafts: the unsaved state of a form, so that interrupted work is never lost.

At the front desk a form is often left half-filled: another citizen arrives, the phone
rings, the window is closed, the power goes. A form saves its state here (a JSON object of
its own design) while it is being filled and when it is closed; when the same form opens
again for the same record (``key``: a person's id, or ``"new"``) the draft is offered back.

Drafts live in the desk database (:class:`~cotdesk.db.models.Draft`, a local-only table:
never synced, never in the outbox) and are private to the operator who wrote them. They are
written through the write engine, whose connections use ``synchronous=FULL``: once
:func:`save_draft` returns, the draft survives a power cut.

A save carries the moment its state was taken (``at``); an older state never overwrites a
newer one, so saves that finish out of order cannot bring back stale data.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from cotdesk.db.database import Database
from cotdesk.db.models import Draft
from cotdesk.db.types import utcnow
from cotdesk.errors import ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

#: Bytes of JSON a draft may hold: a form's state, not a place for documents.
MAX_PAYLOAD_CHARS: Final = 200_000


@dataclass(frozen=True)
class SavedDraft:
    """A draft as stored: which form, which record, the form's state, when (UTC)."""

    kind: str
    key: str
    payload: dict[str, Any]
    updated_at: datetime


def _check(kind: str, key: str) -> None:
    if not kind or len(kind) > 40:
        raise ValidationError("Tipo di bozza non valido.", field="kind")
    if not key or len(key) > 80:
        raise ValidationError("Chiave della bozza non valida.", field="key")


def save_draft(
    db: Database,
    actor: Actor,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    at: datetime | None = None,
) -> SavedDraft:
    """Store ``payload`` as the operator's draft of form ``kind`` for record ``key``.

    ``at`` (UTC, default now) is when the form's state was taken: a draft already stored
    with a later time is kept (the call then returns the stored one).
    """
    _check(kind, key)
    if not isinstance(payload, dict):
        raise ValidationError("Il contenuto della bozza deve essere un oggetto.", field="payload")
    moment = at if at is not None else utcnow()
    if len(json.dumps(payload, ensure_ascii=False, default=str)) > MAX_PAYLOAD_CHARS:
        raise ValidationError("La bozza è troppo grande per essere salvata.", field="payload")
    with UnitOfWork(db, actor) as uow:
        uow.require_actor()
        stmt = insert(Draft).values(
            id=uuid.uuid4(),
            kind=kind,
            key=key,
            operator_id=actor.operator_id,
            payload=payload,
            updated_at=moment,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[Draft.operator_id, Draft.kind, Draft.key],
            set_={"payload": stmt.excluded.payload, "updated_at": stmt.excluded.updated_at},
            where=Draft.updated_at <= stmt.excluded.updated_at,
        )
        uow.session.execute(stmt)
        stored = _get(uow.session, actor, kind, key)
        uow.commit()
    if stored is None:  # pragma: no cover - just written, in the same transaction
        raise RuntimeError("draft not found right after writing it")
    return stored


def _get(session: Session, actor: Actor, kind: str, key: str) -> SavedDraft | None:
    row = session.execute(
        select(Draft.kind, Draft.key, Draft.payload, Draft.updated_at).where(
            Draft.operator_id == actor.operator_id, Draft.kind == kind, Draft.key == key
        )
    ).first()
    if row is None:
        return None
    return SavedDraft(row.kind, row.key, dict(row.payload), row.updated_at)


def load_draft(db: Database, actor: Actor, kind: str, key: str) -> SavedDraft | None:
    """The operator's draft of form ``kind`` for record ``key``, if there is one."""
    _check(kind, key)
    with ReadUnit(db, actor) as unit:
        return _get(unit.session, actor, kind, key)


def discard_draft(db: Database, actor: Actor, kind: str, key: str) -> bool:
    """Forget the draft (the form was saved, or the operator chose to start again).

    Returns whether there was one.
    """
    _check(kind, key)
    with UnitOfWork(db, actor) as uow:
        result = uow.session.execute(
            delete(Draft).where(
                Draft.operator_id == actor.operator_id, Draft.kind == kind, Draft.key == key
            )
        )
        uow.commit()
    return bool(getattr(result, "rowcount", 0))


def list_drafts(db: Database, actor: Actor) -> list[SavedDraft]:
    """The operator's drafts, most recent first."""
    with ReadUnit(db, actor) as unit:
        rows = unit.session.execute(
            select(Draft.kind, Draft.key, Draft.payload, Draft.updated_at)
            .where(Draft.operator_id == actor.operator_id)
            .order_by(Draft.updated_at.desc())
        ).all()
    return [SavedDraft(r.kind, r.key, dict(r.payload), r.updated_at) for r in rows]
