"""Linking access-log rows into this desk's hash chain, in the transaction that writes them.

:func:`link` gives a new :class:`~cotdesk.db.models.AuditEvent` its place in the desk's
chain: the next ``sequence``, the previous event's hash as ``prev_hash``, and its own
``chain_hash`` (:mod:`cotdesk.domain.audit_chain`). The head of the chain (last sequence and
hash) is kept in ``desk_state`` and moved in the same transaction, so a rolled-back unit of
work takes its events and the head move away together; writers are serialised by the write
lock (``BEGIN IMMEDIATE``), so two events never get the same place.

:func:`fields_of` is the one mapping from a stored row to what its hash covers, used both
here and by ``cotdesk audit verify``.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cotdesk.db.changes import to_wire
from cotdesk.db.models import AuditEvent, DeskState
from cotdesk.domain.audit_chain import GENESIS, ChainFields, chain_hash


def json_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """``detail`` exactly as it will read back from the JSON column."""
    result: dict[str, Any] = json.loads(json.dumps(to_wire(detail), allow_nan=False))
    return result


class EventLike(Protocol):
    """An :class:`AuditEvent` or a row selected with the same column names."""

    id: uuid.UUID
    device_id: uuid.UUID | None
    sequence: int | None
    occurred_at: datetime
    operator_id: uuid.UUID | None
    office_id: uuid.UUID | None
    action: str
    entity: str
    entity_id: uuid.UUID | None
    detail: dict[str, Any]


def fields_of(event: EventLike) -> ChainFields:
    """What the hash of ``event`` covers."""
    if event.sequence is None:
        raise ValueError("event without a place in the chain")
    return ChainFields(
        id=event.id,
        device_id=event.device_id,
        sequence=event.sequence,
        occurred_at=event.occurred_at,
        operator_id=event.operator_id,
        office_id=event.office_id,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        detail=event.detail,
    )


def link(session: Session, event: AuditEvent) -> None:
    """Give ``event`` (id, time and content already set) its place at the head of the chain."""
    connection = session.connection()
    sequence, head = connection.execute(
        select(DeskState.audit_sequence, DeskState.audit_head)
    ).one()
    event.sequence = int(sequence) + 1
    event.prev_hash = head or GENESIS
    event.chain_hash = chain_hash(event.prev_hash, fields_of(event))
    connection.execute(
        update(DeskState).values(audit_sequence=event.sequence, audit_head=event.chain_hash)
    )
