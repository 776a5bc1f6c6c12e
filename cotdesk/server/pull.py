"""Pull: a page of the change feed of the desk's office (DESIGN.md, principles 8 and 11).

The feed is ``sync_change``, read in **one statement** (one snapshot):

* only changes of the desk's enrolled office (never a client parameter);
* only changes of transactions below the snapshot's xmin (``pg_snapshot_xmin``): every
  transaction below it has finished, so a transaction that took its change id early and
  commits late holds desks back but is never skipped;
* ordered by ``(epoch, xid, id)``, after the cursor's position.

The epoch leads the order because after a restore into a new cluster the old rows' xids can
be higher than the new cluster's; rows of older epochs are all finished, so the horizon
applies to the current epoch only. A cursor issued in another epoch is answered 410
(``resync``). Each change carries the row's current values; a row changed several times
within a page is sent once, at its first position, so a page applies in feed order.

On the embedded SQLite store (a one-office trial, the demo) the same feed is read without
the horizon: there a single writer hands out change ids in commit order
(:func:`cotdesk.server.store._sqlite_engine`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Integer, Row, Table, and_, literal, select, text, tuple_
from sqlalchemy.orm import Session

from cotdesk.server.admin import DeviceIdentity, current_epoch
from cotdesk.server.errors import ServerError
from cotdesk.server.store import SyncChange, SyncRow
from cotdesk.sync.protocol import Cursor, PulledChange, PullPage, PullRequest

FEED = text(
    """
    SELECT c.id, c.xid::text AS xid, c.epoch, c.entity, c.entity_id,
           r.version, r.data, r.deleted
    FROM sync_change AS c
    JOIN sync_row AS r ON r.entity = c.entity AND r.id = c.entity_id
    WHERE c.office_id = :office_id
      AND (c.epoch, c.xid, c.id) > (:row_epoch, CAST(:xid AS xid8), :change_id)
      AND (c.epoch < :epoch OR c.xid < pg_snapshot_xmin(pg_current_snapshot()))
    ORDER BY c.epoch, c.xid, c.id
    LIMIT :limit
    """
)

CHANGES: Table = SyncChange.__table__  # type: ignore[assignment]
ROWS: Table = SyncRow.__table__  # type: ignore[assignment]


def _sqlite_feed(
    session: Session, device: DeviceIdentity, cursor: Cursor, limit: int
) -> Sequence[Row[Any]]:
    """The feed on the embedded SQLite store: one writer at a time hands out change ids
    in commit order, so no horizon is needed (``xid`` is always 0 there)."""
    position = tuple_(CHANGES.c.epoch, CHANGES.c.xid, CHANGES.c.id)
    after = tuple_(
        literal(cursor.row_epoch, Integer()),
        literal(cursor.xid, BigInteger()),
        literal(cursor.change_id, BigInteger()),
    )
    query = (
        select(
            CHANGES.c.id,
            CHANGES.c.xid,
            CHANGES.c.epoch,
            CHANGES.c.entity,
            CHANGES.c.entity_id,
            ROWS.c.version,
            ROWS.c.data,
            ROWS.c.deleted,
        )
        .join(ROWS, and_(ROWS.c.entity == CHANGES.c.entity, ROWS.c.id == CHANGES.c.entity_id))
        .where(CHANGES.c.office_id == device.office_id, position > after)
        .order_by(CHANGES.c.epoch, CHANGES.c.xid, CHANGES.c.id)
        .limit(limit)
    )
    return list(session.execute(query).all())  # type: ignore[arg-type]


RESYNC = (
    "Il server è stato ripristinato o reinizializzato: questa postazione deve ripetere "
    "la sincronizzazione completa. Le modifiche locali non ancora inviate sono conservate."
)
INVALID_CURSOR = (
    "Il cursore di sincronizzazione inviato non è valido: la postazione deve ripetere "
    "la sincronizzazione completa."
)


def pull(session: Session, device: DeviceIdentity, request: PullRequest) -> PullPage:
    """The next page after ``request.cursor`` for the desk's office (read only)."""
    epoch = current_epoch(session)
    if request.cursor is None:
        cursor = Cursor.start(epoch)
    else:
        try:
            cursor = Cursor.decode(request.cursor)
        except ValueError:
            raise ServerError(400, "invalid_cursor", INVALID_CURSOR) from None
        if cursor.epoch != epoch:
            raise ServerError(410, "resync", RESYNC)
    if session.get_bind().dialect.name == "sqlite":
        rows = _sqlite_feed(session, device, cursor, request.limit)
    else:
        rows = session.execute(
            FEED,
            {
                "office_id": device.office_id,
                "row_epoch": cursor.row_epoch,
                "xid": str(cursor.xid),
                "change_id": cursor.change_id,
                "epoch": epoch,
                "limit": request.limit,
            },
        ).all()
    changes: list[PulledChange] = []
    seen: set[tuple[str, Any]] = set()
    for row in rows:
        key = (row.entity, row.entity_id)
        if key in seen:
            continue
        seen.add(key)
        changes.append(
            PulledChange(
                entity=row.entity,
                row_id=row.entity_id,
                op="delete" if row.deleted else "upsert",
                version=int(row.version),
                values=row.data,
            )
        )
    if rows:
        last = rows[-1]
        cursor = Cursor(epoch, int(last.epoch), int(last.xid), int(last.id))
    else:
        cursor = Cursor(epoch, cursor.row_epoch, cursor.xid, cursor.change_id)
    return PullPage(changes=changes, cursor=cursor.encode(), more=len(rows) == request.limit)
