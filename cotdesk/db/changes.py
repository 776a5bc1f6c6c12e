"""Change capture: every write to a synced row leaves an outbox entry in the same transaction.

The capture is a ``before_flush`` listener on the write sessions of a
:class:`~cotdesk.db.database.Database`, so it cannot be forgotten by a service: whatever a
flush inserts or updates, the outbox entries are added to the very same flush, and a rolled
back transaction takes both away together.

Rules enforced here, for every writer:

* append-only entities (``__append_only__``) are never updated or deleted;
* synced rows are never deleted: a delete is a tombstone (``deleted_at`` set), which is
  recorded with ``op="delete"``; only a GDPR purge (``session.info["purge"]``) removes rows;
* changes applied from the server (``session.info["applying_remote"]``) are not captured.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, inspect, update
from sqlalchemy.orm import Session, UOWTransaction

from cotdesk.db.models import Base, DeskState, OutboxEntry, Synced
from cotdesk.db.types import utcnow
from cotdesk.errors import AppendOnlyViolation

#: Bookkeeping columns that are not part of a change: the server keeps its own.
NOT_CAPTURED = frozenset({"updated_at", "server_version"})


def to_wire(value: Any) -> Any:
    """A column value as JSON: UUIDs as strings, dates and UTC timestamps in ISO 8601."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_wire(item) for key, item in value.items()}
    return value


def _table_order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


def _row_values(obj: Synced) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: to_wire(getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in NOT_CAPTURED
    }


def _changed_values(obj: Synced) -> tuple[dict[str, Any], int]:
    """The changed columns of a dirty row and the server version the change is based on."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_CAPTURED:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            changes[attr.key] = to_wire(getattr(obj, attr.key))
    version_history = state.attrs["server_version"].history
    base_version = (version_history.deleted or version_history.unchanged or [obj.server_version])[0]
    return changes, int(base_version or 0)


def check_changes(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    """``before_flush`` listener: refuse deletes and changes that the rules forbid."""
    purge = bool(session.info.get("purge"))
    for obj in session.deleted:
        if isinstance(obj, Synced) and not purge:
            raise AppendOnlyViolation(
                f"{type(obj).__name__} rows are never deleted: set a tombstone instead"
            )
    if session.info.get("applying_remote"):
        return
    for obj in session.dirty:
        if isinstance(obj, Synced) and obj.__append_only__ and _changed_values(obj)[0]:
            raise AppendOnlyViolation(
                f"{type(obj).__name__} is append-only: record a new entry instead of changing it"
            )


def capture_changes(session: Session, flush_context: UOWTransaction) -> None:
    """``after_flush`` listener: one outbox entry per inserted or changed synced row.

    After the flush the new rows carry their defaults and keys, and attribute history still
    shows what changed; the entries are written with Core on the flush's own connection, so
    they commit or roll back with the change itself.
    """
    if session.info.get("applying_remote"):
        return
    order = _table_order()
    pending: list[tuple[Synced, str, dict[str, Any], int]] = []
    inserts = [obj for obj in session.new if isinstance(obj, Synced)]
    inserts.sort(key=lambda obj: order[obj.__table__.name])  # type: ignore[attr-defined]
    for obj in inserts:
        pending.append((obj, "insert", _row_values(obj), 0))
    for obj in session.dirty:
        if not isinstance(obj, Synced):
            continue
        changes, base_version = _changed_values(obj)
        if not changes:
            continue
        deleting = "deleted_at" in changes and changes["deleted_at"] is not None
        pending.append((obj, "delete" if deleting else "update", changes, base_version))
    if not pending:
        return

    device_id = session.info.get("device_id")
    if device_id is None:
        raise RuntimeError("write session without a device id: open it through Database")
    operator_id = getattr(session.info.get("actor"), "operator_id", None)
    connection = session.connection()
    last = connection.execute(
        update(DeskState)
        .values(last_sequence=DeskState.last_sequence + len(pending))
        .returning(DeskState.last_sequence)
    ).scalar_one()
    first = last - len(pending) + 1
    now = utcnow()
    connection.execute(
        insert(OutboxEntry),
        [
            {
                "mutation_id": uuid.uuid4(),
                "device_id": device_id,
                "sequence": first + offset,
                "entity": obj.__sync_entity__,
                "row_id": obj.id,
                "op": op,
                "base_version": base_version,
                "changes": changes,
                "operator_id": operator_id,
                "created_at": now,
                "state": "pending",
                "attempts": 0,
                "last_error": "",
            }
            for offset, (obj, op, changes, base_version) in enumerate(pending)
        ],
    )
