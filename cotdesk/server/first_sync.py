"""The server side of a desk's first sync: the ``open`` phase's snapshot pages and the
``rest`` phase's saving (DESIGN.md, principle 12; the phases, the start position ``H`` and
why nothing can be skipped are in :mod:`cotdesk.sync.first_sync`).

Every query here is one statement (one snapshot) and pages by a key (a row id within a
stage), so a page can be asked again after any interruption. The queries are plain SQL with
the few dialect differences (JSON access, how a UUID is stored) filled in per dialect: the
central store is PostgreSQL, the embedded trial store SQLite.

Rows go out as JSON text built from the stored JSON (``data::text`` on PostgreSQL, the
stored text on SQLite): the values are never parsed into Python objects and encoded again
(see :func:`page_json`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Final

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from cotdesk.sync.first_sync import OPEN_STAGES, FirstSyncCursor, Position
from cotdesk.sync.protocol import SERVER_MANAGED_ENTITIES

#: Case states whose cases are not "open" for the ``open`` phase.
CLOSED_STATES: Final = ("closed",)


class _Dialect:
    """SQL snippets that differ between PostgreSQL and SQLite."""

    def __init__(self, name: str) -> None:
        self.postgresql = name == "postgresql"

    def field(self, alias: str, key: str) -> str:
        """A top-level JSON field of ``alias.data`` as text."""
        if self.postgresql:
            return f"{alias}.data->>'{key}'"
        return f"json_extract({alias}.data, '$.{key}')"

    def id_text(self, alias: str) -> str:
        """``alias.id`` as the text a desk writes in a reference field (a UUID's
        canonical form). SQLite keeps UUIDs as 32 hex digits: compare those instead."""
        return f"{alias}.id::text" if self.postgresql else f"{alias}.id"

    def ref(self, expression: str) -> str:
        """A reference field's text as comparable with :meth:`id_text`."""
        return expression if self.postgresql else f"replace(lower({expression}), '-', '')"

    def data_text(self, alias: str) -> str:
        return f"{alias}.data::text" if self.postgresql else f"{alias}.data"

    def param_id(self, value: uuid.UUID) -> Any:
        return value if self.postgresql else value.hex


def _open_cases(d: _Dialect) -> str:
    closed = ", ".join(f"'{state}'" for state in CLOSED_STATES)
    return (
        "SELECT {id} FROM sync_row AS oc WHERE oc.entity = 'case' AND oc.office_id = :office_id"
        " AND NOT oc.deleted AND coalesce({status}, '') NOT IN ({closed})"
    ).format(id=d.id_text("oc"), status=d.field("oc", "status"), closed=closed)


def _open_case_field(d: _Dialect, key: str) -> str:
    """The text of ``key`` (a reference) in the open cases."""
    closed = ", ".join(f"'{state}'" for state in CLOSED_STATES)
    return (
        "SELECT {ref} FROM sync_row AS oc WHERE oc.entity = 'case' AND oc.office_id = :office_id"
        " AND NOT oc.deleted AND coalesce({status}, '') NOT IN ({closed})"
        " AND {field} IS NOT NULL"
    ).format(
        ref=d.ref(d.field("oc", key)),
        status=d.field("oc", "status"),
        closed=closed,
        field=d.field("oc", key),
    )


def _stage_filter(d: _Dialect, stage: str) -> str:
    """Which rows of the office a stage sends (``r`` is the row)."""
    if stage == "directory":
        managed = ", ".join(f"'{entity}'" for entity in sorted(SERVER_MANAGED_ENTITIES))
        return (
            f"r.entity IN ({managed}) AND (r.office_id = :office_id OR r.office_id IS NULL)"
            " AND NOT r.deleted"
        )
    own = "r.entity = '{entity}' AND r.office_id = :office_id AND NOT r.deleted AND "
    if stage in ("household", "person"):
        condition = f"{d.id_text('r')} IN ({_open_case_field(d, stage + '_id')})"
    elif stage == "case":
        closed = ", ".join(f"'{state}'" for state in CLOSED_STATES)
        condition = f"coalesce({d.field('r', 'status')}, '') NOT IN ({closed})"
    elif stage in ("assessment", "referral"):
        condition = f"{d.ref(d.field('r', 'case_id'))} IN ({_open_cases(d)})"
    elif stage == "assessment_need":
        assessments = (
            "SELECT {id} FROM sync_row AS oa WHERE oa.entity = 'assessment'"
            " AND oa.office_id = :office_id AND NOT oa.deleted AND {case} IN ({cases})"
        ).format(id=d.id_text("oa"), case=d.ref(d.field("oa", "case_id")), cases=_open_cases(d))
        condition = f"{d.ref(d.field('r', 'assessment_id'))} IN ({assessments})"
    else:  # pragma: no cover - OPEN_STAGES is fixed
        raise ValueError(stage)
    return own.format(entity=stage) + condition


@lru_cache(maxsize=64)
def _stage_query(dialect: str, stage: str, after: bool) -> Any:
    d = _Dialect(dialect)
    keyset = " AND r.id > :last_id" if after else ""
    return text(
        f"SELECT r.entity, r.id, r.version, r.deleted, {d.data_text('r')} AS data_text"
        f" FROM sync_row AS r WHERE {_stage_filter(d, stage)}{keyset}"
        " ORDER BY r.id LIMIT :limit"
    )


# --------------------------------------------------------------------------- starting


def start(session: Session, office_id: uuid.UUID, epoch: int) -> FirstSyncCursor:
    """A first sync beginning now: ``H`` and the office's row count (the estimate).

    ``H`` is the last feed position *below* the start: ``(epoch, xmin, 0)`` on PostgreSQL
    (change ids start at 1, so every change of a transaction at or above the xmin is after
    it), ``(epoch, 0, last change id)`` on SQLite."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        horizon = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
        xmin = int(session.execute(horizon).scalar_one())
        start_position = Position(epoch, xmin, 0)
    else:
        last = session.execute(text("SELECT coalesce(max(id), 0) FROM sync_change")).scalar_one()
        start_position = Position(epoch, 0, int(last))
    total = session.execute(
        text("SELECT count(*) FROM sync_row WHERE office_id = :office_id"),
        {"office_id": office_id if postgresql else office_id.hex},
    ).scalar_one()
    return FirstSyncCursor(epoch, start_position, int(total), 0, "open", stage=0, last_id=None)


# --------------------------------------------------------------------------- the open phase


def open_page(
    session: Session, office_id: uuid.UUID, cursor: FirstSyncCursor, limit: int
) -> tuple[list[Row[Any]], FirstSyncCursor]:
    """The next rows of the ``open`` phase (stage after stage until ``limit`` rows) and the
    cursor after them; the returned cursor is in the ``rest`` phase (at the feed's start)
    once every stage is done."""
    dialect = session.get_bind().dialect.name
    d = _Dialect(dialect)
    rows: list[Row[Any]] = []
    stage, last_id = cursor.stage, cursor.last_id
    while stage < len(OPEN_STAGES):
        params: dict[str, Any] = {"office_id": d.param_id(office_id), "limit": limit - len(rows)}
        if last_id is not None:
            params["last_id"] = d.param_id(last_id)
        found = list(
            session.execute(_stage_query(dialect, OPEN_STAGES[stage], last_id is not None), params)
        )
        rows.extend(found)
        if found:
            last_id = _row_uuid(found[-1].id)
        if len(rows) >= limit:
            break
        stage, last_id = stage + 1, None
    received = cursor.received + len(rows)
    if stage >= len(OPEN_STAGES):
        following = cursor._replace(phase="rest", received=0, stage=0, last_id=None)
        return rows, following._replace(position=Position(0, 0, 0))
    return rows, cursor._replace(received=received, stage=stage, last_id=last_id)


def _row_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


# --------------------------------------------------------------------------- the rest phase


def rest_condition(dialect: str) -> str:
    """The ``rest`` phase's saving, as a condition on the feed's change ``c``: below ``H``
    only a row's creation is sent (with the row's current values)."""
    xid = "CAST(:h_xid AS xid8)" if dialect == "postgresql" else ":h_xid"
    return f" AND ((c.epoch, c.xid, c.id) > (:h_epoch, {xid}, :h_id) OR c.version = 1)"


def rest_params(cursor: FirstSyncCursor, postgresql: bool) -> dict[str, Any]:
    start_position = cursor.start
    return {
        "h_epoch": start_position.row_epoch,
        "h_xid": str(start_position.xid) if postgresql else start_position.xid,
        "h_id": start_position.change_id,
    }


# --------------------------------------------------------------------------- JSON out


@lru_cache(maxsize=256)
def _entity_json(entity: str) -> str:
    return json.dumps(entity)


def change_json(entity: str, row_id: Any, deleted: bool, version: int, data_text: str) -> str:
    """One :class:`~cotdesk.sync.protocol.PulledChange` as JSON, around the stored JSON."""
    op = "delete" if deleted else "upsert"
    return (
        f'{{"entity":{_entity_json(entity)},"row_id":"{_row_uuid(row_id)}","op":"{op}",'
        f'"version":{int(version)},"values":{data_text}}}'
    )


def page_json(changes: Iterable[str], cursor: str, more: bool) -> bytes:
    """A :class:`~cotdesk.sync.protocol.PullPage` as JSON bytes."""
    body = ",".join(changes)
    tail = json.dumps(cursor)
    return f'{{"changes":[{body}],"cursor":{tail},"more":{"true" if more else "false"}}}'.encode()


def rows_json(rows: Sequence[Row[Any]]) -> list[str]:
    """The JSON of snapshot rows (each row once)."""
    return [
        change_json(row.entity, row.id, bool(row.deleted), row.version, _text(row.data_text))
        for row in rows
    ]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))
