"""Applying a pulled page in bulk: set-wise reads, one ``executemany`` per table.

:func:`apply_changes` does for a whole page what applying row by row did (the rules of
:mod:`cotdesk.sync.client`, "Pull", are unchanged):

* a row with **pending** outbox entries is not overwritten: its pulled state is held back
  in ``sync_deferred`` (:func:`defer`);
* a pulled row older than the desk's copy (a lower ``server_version``) is skipped;
* every other row is written with one ``INSERT`` (rows new to the desk) and one ``UPDATE``
  (the others) per table and column set, ``executemany`` (a tombstone sets
  ``deleted_at``);

with two reads per table (the local versions, the pending entries) instead of two per row.

The ``open`` phase of a first sync (:mod:`cotdesk.sync.first_sync`) sends the rows of the
open cases out of the feed's order: there a row the desk already has is left alone (the
``rest`` phase brings it in order) and, since a page must leave no dangling reference for
the people working on it, a new row whose parent (an operator, a service of the directory,
its case ...) the desk does not have yet is taken out again before the commit
(:func:`prune_orphans`); it comes again, in order, in the ``rest`` phase.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Final

from sqlalchemy import JSON, Date, Table, Uuid, bindparam, delete, insert, select, text, update
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import Session

from cotdesk.db.models import OutboxEntry, SyncDeferred, Synced, synced_models
from cotdesk.db.types import UTCDateTime, utcnow
from cotdesk.sync.protocol import PulledChange, PullPage

#: Ids per ``IN (...)`` list (SQLite's default limit of bound variables is 32,766).
CHUNK: Final = 5000
#: Local columns a pulled row never sets (the desk keeps its own).
LOCAL_COLUMNS: Final = frozenset({"server_version", "updated_at"})

Converter = Callable[[Any], Any]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _timestamp(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _date(value: Any) -> date:
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class TableInfo:
    model: type[Synced]
    table: Table
    #: ``{column key: wire → column value}`` (None: the value as it is).
    converters: dict[str, Converter | None]
    #: ``(column key, referenced table, referenced column)`` of each foreign key.
    references: tuple[tuple[str, str, str], ...]
    #: Every column set from the wire (all but :data:`LOCAL_COLUMNS`) ...
    wire_keys: frozenset[str]
    #: ... and, ``id`` first, each column with wire → stored value (None: as is).
    storage: tuple[tuple[str, Converter | None], ...]
    insert_sql: str
    update_sql: str
    #: Positions in ``storage`` of the columns the desk sets itself.
    version_at: int
    updated_at: int
    deleted_at: int | None


@lru_cache(maxsize=1)
def tables() -> dict[str, TableInfo]:
    """What :func:`apply_changes` needs to know of each synced entity."""
    infos: dict[str, TableInfo] = {}
    for model in synced_models():
        table: Table = model.__table__  # type: ignore[attr-defined]
        converters: dict[str, Converter | None] = {}
        references: list[tuple[str, str, str]] = []
        for column in table.columns:
            if column.key in LOCAL_COLUMNS:
                continue
            converter: Converter | None = None
            if isinstance(column.type, Uuid):
                converter = _uuid
            elif isinstance(column.type, UTCDateTime):
                converter = _timestamp
            elif isinstance(column.type, Date):
                converter = _date
            converters[column.key] = converter
            for key in column.foreign_keys:
                references.append((column.key, key.column.table.name, key.column.name))
        columns = [table.c.id, *(column for column in table.columns if column.key != "id")]
        storage = tuple((column.key, _storage(column.type)) for column in columns)
        quote = _DIALECT.identifier_preparer.quote
        names = [quote(column.name) for column in columns]
        marks = ", ".join("?" * len(names))
        insert_sql = f"INSERT INTO {quote(table.name)} ({', '.join(names)}) VALUES ({marks})"
        sets = ", ".join(f"{name} = ?" for name in names[1:])
        update_sql = f"UPDATE {quote(table.name)} SET {sets} WHERE {names[0]} = ?"
        infos[model.__sync_entity__] = TableInfo(
            model,
            table,
            converters,
            tuple(references),
            frozenset(converters),
            storage,
            insert_sql,
            update_sql,
            *_positions(storage),
        )
    return infos


def _positions(storage: tuple[tuple[str, Any], ...]) -> tuple[int, int, int | None]:
    keys = [key for key, _ in storage]
    deleted = keys.index("deleted_at") if "deleted_at" in keys else None
    return keys.index("server_version"), keys.index("updated_at"), deleted


# --------------------------------------------------------------------------- stored values

_DIALECT: Final = sqlite_dialect()
_HEX32: Final = re.compile(r"[0-9a-fA-F]{32}")


def _uuid_stored(value: Any) -> str | None:
    """A wire UUID as the desk stores it (32 lower-case hex digits, like SQLAlchemy's
    ``Uuid`` on SQLite); ``ValueError`` if it is not a UUID."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 36 and value[8] == value[13] == "-":
        digits = value.replace("-", "")
        if _HEX32.fullmatch(digits) and value[18] == value[23] == "-":
            return digits.lower()
    return uuid.UUID(str(value)).hex


#: A UTC timestamp as desks write them (``datetime.isoformat`` of an aware UTC value).
_UTC_WIRE: Final = re.compile(
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d"
    r"(?:\.\d{6})?\+00:00"
)


def _timestamp_stored(value: Any) -> str | None:
    """A wire timestamp as stored: naive UTC, ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy's
    SQLite ``DATETIME``, which :class:`UTCDateTime` is)."""
    if value is None:
        return None
    if isinstance(value, str) and _UTC_WIRE.fullmatch(value):  # the usual form, as text
        return f"{value[:10]} {value[11:19]}{value[19:-6] or '.000000'}"
    parsed = _timestamp(value).astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _json_stored(column_type: Any) -> Converter:
    """JSON columns: ``json.dumps`` as SQLAlchemy's processor does (``None`` as it would
    store it: ``[]`` for :class:`JSONList`, JSON ``null`` otherwise)."""
    processor = column_type._cached_bind_processor(_DIALECT)
    empty = processor(None)
    dumps = json.dumps
    plain = isinstance(column_type, JSON)  # not a TypeDecorator (JSONList keeps lists only)

    def stored(value: Any) -> Any:
        if value is None:
            return empty
        if plain or isinstance(value, list):
            return dumps(value)
        return processor(value)

    return stored


def _date_stored(value: Any) -> str | None:
    return None if value is None else _date(value).isoformat()


def _storage(column_type: Any) -> Converter | None:
    """Wire value → stored value, exactly as SQLAlchemy would store the column's Python
    value (its own bind processing, with fast paths for UUIDs, timestamps and dates)."""
    if isinstance(column_type, Uuid):
        return _uuid_stored
    if isinstance(column_type, UTCDateTime):
        return _timestamp_stored
    if isinstance(column_type, Date):
        return _date_stored
    if isinstance(column_type, JSON) or isinstance(getattr(column_type, "impl", None), JSON):
        return _json_stored(column_type)
    processor: Converter | None = column_type._cached_bind_processor(_DIALECT)
    return processor


def stored_row(info: TableInfo, values: dict[str, Any]) -> list[Any]:
    """The row's values in the order of ``info.storage``, as stored (``values`` has every
    wire column; ``server_version`` and ``updated_at`` are left None for the caller)."""
    get = values.get
    return [get(key) if convert is None else convert(get(key)) for key, convert in info.storage]


def row_values(info: TableInfo, values: dict[str, Any]) -> dict[str, Any]:
    """Wire values as column values; columns the desk does not know are ignored."""
    row: dict[str, Any] = {}
    for key, value in values.items():
        try:
            converter = info.converters[key]
        except KeyError:
            continue
        row[key] = converter(value) if converter is not None and value is not None else value
    return row


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def local_versions(
    session: Session, table: Table, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """``{id: server_version}`` of the given rows the desk has (one statement; the ids go
    as one JSON array, not one bound variable each)."""
    statement = text(
        f"SELECT id, server_version FROM {_DIALECT.identifier_preparer.quote(table.name)}"
        " WHERE id IN (SELECT value FROM json_each(:ids))"
    )
    hexes = json.dumps([row_id.hex for row_id in ids])
    return {
        uuid.UUID(hex=row_id): int(version)
        for row_id, version in session.execute(statement, {"ids": hexes})
    }


def pending_rows(session: Session, row_ids: Iterable[uuid.UUID]) -> set[tuple[str, uuid.UUID]]:
    """``(entity, row id)`` of the given rows that have pending outbox entries."""
    if (
        session.execute(
            select(OutboxEntry.id).where(OutboxEntry.state == "pending").limit(1)
        ).first()
        is None
    ):
        return set()
    ids = list(set(row_ids))
    found: set[tuple[str, uuid.UUID]] = set()
    for chunk in _chunks(ids, 500):
        found.update(
            (entity, row_id)
            for entity, row_id in session.execute(
                select(OutboxEntry.entity, OutboxEntry.row_id).where(
                    OutboxEntry.state == "pending", OutboxEntry.row_id.in_(chunk)
                )
            )
        )
    return found


def defer(session: Session, change: PulledChange) -> None:
    """Hold a pulled row back until the desk's own edits of it are settled."""
    known = session.get(SyncDeferred, (change.entity, change.row_id))
    if known is None:
        session.add(
            SyncDeferred(
                entity=change.entity,
                row_id=change.row_id,
                op=change.op,
                version=change.version,
                values=dict(change.values),
            )
        )
    elif change.version >= known.version:
        known.op, known.version, known.values = change.op, change.version, dict(change.values)
        known.received_at = utcnow()
    session.flush()


def _update(table: Table, keys: tuple[str, ...]) -> Any:
    return (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({key: bindparam(key) for key in keys if key != "_id"})
    )


def write_rows(session: Session, table: Table, rows: list[dict[str, Any]], *, new: bool) -> None:
    """``rows`` (each with ``id``) inserted (``new``) or updated: one ``executemany`` per
    column set. (Not an UPSERT: its conflict clause would override the ``OR IGNORE`` of
    the search index triggers.)"""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        params = row if new else {("_id" if k == "id" else k): v for k, v in row.items()}
        groups[tuple(params)].append(params)
    for keys, group in groups.items():
        statement = insert(table) if new else _update(table, keys)
        session.execute(statement, group)


@dataclass
class _Batch:
    """One entity's rows of a page, sorted by how they are written."""

    info: TableInfo
    now: datetime
    #: Rows with every column, as stored: new ones and updates (values, then the id).
    fast_new: list[tuple[Any, ...]] = field(default_factory=list)
    fast_updates: list[tuple[Any, ...]] = field(default_factory=list)
    #: Rows with only some columns, as column values (SQLAlchemy fills in the defaults).
    rows: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)

    def add(self, change: PulledChange, *, new: bool) -> None:
        info = self.info
        if info.wire_keys.issubset(change.values):
            stored = stored_row(info, change.values)
            stamp = _timestamp_stored(self.now)
            stored[0] = change.row_id.hex
            stored[info.version_at], stored[info.updated_at] = change.version, stamp
            if change.op == "delete" and info.deleted_at is not None:
                stored[info.deleted_at] = stored[info.deleted_at] or stamp
            if new:
                self.fast_new.append(tuple(stored))
            else:
                self.fast_updates.append((*stored[1:], stored[0]))
            return
        row = row_values(info, change.values)
        row["id"] = change.row_id
        row["server_version"] = change.version
        row["updated_at"] = self.now
        if change.op == "delete" and row.get("deleted_at") is None:
            row["deleted_at"] = self.now
        (self.rows if new else self.updates).append(row)

    def write(self, session: Session, *, new_ids: bool = True) -> tuple[int, list[uuid.UUID]]:
        """Write everything; the rows written and (``new_ids``) the ids of the new ones."""
        info, connection = self.info, session.connection()
        if self.fast_new:
            connection.exec_driver_sql(info.insert_sql, self.fast_new)
        if self.fast_updates:
            connection.exec_driver_sql(info.update_sql, self.fast_updates)
        if self.rows:
            write_rows(session, info.table, self.rows, new=True)
        if self.updates:
            write_rows(session, info.table, self.updates, new=False)
        count = len(self.rows) + len(self.updates) + len(self.fast_new) + len(self.fast_updates)
        if not new_ids:
            return count, []
        ids = [row["id"] for row in self.rows]
        ids.extend(uuid.UUID(hex=row[0]) for row in self.fast_new)
        return count, ids


def touched_rows(session: Session, row_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """The given rows that have outbox entries in any state (edited on this desk)."""
    statement = text(
        "SELECT DISTINCT row_id FROM outbox WHERE row_id IN (SELECT value FROM json_each(:ids))"
    )
    hexes = json.dumps([row_id.hex for row_id in row_ids])
    return {
        uuid.UUID(hex=row_id) for row_id in session.execute(statement, {"ids": hexes}).scalars()
    }


def apply_changes(
    session: Session,
    changes: Sequence[PulledChange],
    *,
    insert_only: bool = False,
    skip_same: bool = False,
) -> tuple[int, dict[str, list[uuid.UUID]]]:
    """Apply pulled rows in the caller's transaction: the number written and (with
    ``insert_only``) the ids written per table. ``insert_only``: rows the desk already has
    are left alone.
    ``skip_same``: a row the desk has at the same version is left alone too, unless it was
    edited on this desk (a pushed edit raises the local version to the server's, but the
    server may have merged other values into that version): the ``rest`` phase of a first
    sync, which sends again what the ``open`` phase brought."""
    infos = tables()
    pending = pending_rows(session, (change.row_id for change in changes))
    touched = touched_rows(session, [c.row_id for c in changes]) if skip_same else set()
    by_entity: dict[str, list[PulledChange]] = defaultdict(list)
    for change in changes:
        by_entity[change.entity].append(change)
    now = utcnow()
    written = 0
    written_ids: dict[str, list[uuid.UUID]] = {}
    for entity, group in by_entity.items():
        info = infos.get(entity)
        if info is None:
            continue  # an entity this desk does not know (a newer server): logged by caller
        local = local_versions(session, info.table, [change.row_id for change in group])
        batch = _Batch(info, now)
        for change in group:
            if (entity, change.row_id) in pending:
                defer(session, change)
                continue
            known = local.get(change.row_id)
            if known is not None and (insert_only or change.version < known):
                continue
            if skip_same and known == change.version and change.row_id not in touched:
                continue
            batch.add(change, new=known is None)
        count, new_ids = batch.write(session, new_ids=insert_only)
        written += count
        if new_ids:
            written_ids[info.table.name] = new_ids
    return written, written_ids


def prune_orphans(session: Session, written: dict[str, list[uuid.UUID]]) -> int:
    """Take out again the rows just written that refer to a row the desk does not have
    (until none is left: a row taken out may leave its children dangling); how many."""
    infos = {info.table.name: info for info in tables().values()}
    removed = 0
    while True:
        gone = 0
        for name, ids in written.items():
            info = infos[name]
            table = info.table
            for key, parent, parent_key in info.references:
                column = table.c[key]
                orphans = text(
                    f"SELECT t.id FROM {table.name} AS t WHERE t.id IN (SELECT value FROM"
                    f" json_each(:ids)) AND t.{column.name} IS NOT NULL AND NOT EXISTS"
                    f" (SELECT 1 FROM {parent} AS p WHERE p.{parent_key} = t.{column.name})"
                )
                hexes = "[" + ",".join(f'"{row_id.hex}"' for row_id in ids) + "]"
                dangling = list(session.execute(orphans, {"ids": hexes}).scalars())
                if dangling:
                    session.execute(
                        delete(table).where(table.c.id.in_([uuid.UUID(hex=d) for d in dangling]))
                    )
                    gone += len(dangling)
                    kept = set(ids) - {uuid.UUID(hex=d) for d in dangling}
                    ids[:] = [row_id for row_id in ids if row_id in kept]
        removed += gone
        if not gone:
            return removed


# --------------------------------------------------------------------------- reading a page


class WireChange(PulledChange):
    """:class:`PulledChange` read from a JSON answer: what JSON parsing gives is JSON, so
    the values are not walked again value by value (the rest is checked as usual)."""

    values: dict[str, Any]


class WirePage(PullPage):
    """:class:`PullPage` read from a JSON answer (see :class:`WireChange`)."""

    changes: list[WireChange]  # type: ignore[assignment]
