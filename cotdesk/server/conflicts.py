"""Conflicts for people: the open ones of a desk's office, and their resolution.

A conflict (raised by :func:`cotdesk.server.push._merge`) keeps both values of a field
changed on two desks: the one the row kept and the other. Any desk of the office lists the
open ones with who wrote each value and when; a person decides:

* ``server``: the kept value stays; the conflict is closed;
* ``device``: the other value wins. The resolving desk writes it as a new mutation of its
  own (through its outbox, based on the row's current version, so it applies like any
  edit and reaches every desk through the feed), pushes it, and only then resolves naming
  that mutation: a resolution whose mutation the server has not received is refused
  (``mutation_not_received``) and the desk tries again after its next push.

The first decision wins; a later one on the same conflict answers ``already_resolved``.
Functions take a Session inside the caller's transaction; the caller commits.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.server.admin import DeviceIdentity
from cotdesk.server.store import Device, SyncConflict, SyncMutation, utcnow
from cotdesk.sync.protocol import (
    ConflictSide,
    ConflictsPage,
    ConflictsRequest,
    OpenConflict,
    ResolveRequest,
    ResolveResponse,
    ResolveResult,
    ResolveStatus,
)


def list_open(session: Session, device: DeviceIdentity, request: ConflictsRequest) -> ConflictsPage:
    """The open conflicts of the desk's office, oldest first."""
    rows = list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.office_id == device.office_id, SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.created_at, SyncConflict.id)
            .limit(request.limit + 1)
        )
    )
    more = len(rows) > request.limit
    rows = rows[: request.limit]
    device_ids = {row.device_id for row in rows} | {
        row.server_device_id for row in rows if row.server_device_id is not None
    }
    names: dict[uuid.UUID, str] = {}
    if device_ids:
        found = session.execute(select(Device.id, Device.name).where(Device.id.in_(device_ids)))
        names = {row.id: row.name for row in found}

    def side(value: Any, device_id: uuid.UUID | None, **who: Any) -> ConflictSide:
        name = names.get(device_id, "") if device_id is not None else ""
        return ConflictSide(value=value, device_id=device_id, device_name=name, **who)

    return ConflictsPage(
        conflicts=[
            OpenConflict(
                conflict_id=row.id,
                entity=row.entity,
                row_id=row.row_id,
                field=row.field,
                server=side(
                    row.server_value,
                    row.server_device_id,
                    operator_id=row.server_operator_id,
                    changed_at=row.server_client_time,
                    received_at=row.server_received_at,
                ),
                device=side(
                    row.device_value,
                    row.device_id,
                    operator_id=row.operator_id,
                    changed_at=row.client_time,
                    received_at=row.created_at,
                ),
                mutation_id=row.mutation_id,
                created_at=row.created_at,
            )
            for row in rows
        ],
        more=more,
    )


def resolve(session: Session, device: DeviceIdentity, request: ResolveRequest) -> ResolveResponse:
    """Record people's decisions (idempotent: the first decision on a conflict wins)."""
    now = utcnow()
    results: list[ResolveResult] = []
    for resolution in request.resolutions:
        conflict = session.get(SyncConflict, resolution.conflict_id, with_for_update=True)
        status: ResolveStatus
        if conflict is None or conflict.office_id != device.office_id:
            status = "unknown"
        elif conflict.resolved_at is not None:
            status = "already_resolved"
        elif resolution.mutation_id is not None and not _received(
            session, device.device_id, resolution.mutation_id
        ):
            status = "mutation_not_received"
        else:
            conflict.resolved_at = now
            conflict.resolution = resolution.choice
            conflict.resolution_mutation_id = resolution.mutation_id
            conflict.resolved_by_device = device.device_id
            conflict.resolved_by_operator = resolution.operator_id
            status = "resolved"
        results.append(ResolveResult(conflict_id=resolution.conflict_id, status=status))
    session.flush()
    return ResolveResponse(results=results)


def _received(session: Session, device_id: uuid.UUID, mutation_id: uuid.UUID) -> bool:
    found = session.execute(
        select(SyncMutation.status).where(
            SyncMutation.device_id == device_id, SyncMutation.mutation_id == mutation_id
        )
    ).scalar_one_or_none()
    return found in ("applied", "conflict")
