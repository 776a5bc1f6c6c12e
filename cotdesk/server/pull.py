"""Pull: a page of the change feed of the desk's office (DESIGN.md, principles 8, 11, 12).

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

A pull without a cursor starts a **first sync** (:mod:`cotdesk.sync.first_sync`,
:mod:`cotdesk.server.first_sync`): the rows of the office's open cases first, then the feed
from its beginning with each row sent once below the first sync's start position, then an
ordinary cursor.

Pages are answered as JSON text assembled around the stored JSON (:func:`pull_json`): the
rows' values are never decoded into Python objects on the server.

On the embedded SQLite store (a one-office trial, the demo) the same feed is read without
the horizon: there a single writer hands out change ids in commit order
(:func:`cotdesk.server.store._sqlite_engine`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, TextClause, text
from sqlalchemy.orm import Session

from cotdesk.server import first_sync
from cotdesk.server.admin import DeviceIdentity, current_epoch
from cotdesk.server.errors import ServerError
from cotdesk.sync.first_sync import FirstSyncCursor, Position
from cotdesk.sync.protocol import Cursor, PullPage, PullRequest

FEED = """
    SELECT c.id, c.xid::text AS xid, c.epoch, c.entity, c.entity_id,
           r.version, r.data::text AS data_text, r.deleted
    FROM sync_change AS c
    JOIN sync_row AS r ON r.entity = c.entity AND r.id = c.entity_id
    WHERE c.office_id = :office_id
      AND (c.epoch, c.xid, c.id) > (:row_epoch, CAST(:xid AS xid8), :change_id)
      AND (c.epoch < :epoch OR c.xid < pg_snapshot_xmin(pg_current_snapshot())){extra}
    ORDER BY c.epoch, c.xid, c.id
    LIMIT :limit
    """

#: The feed on the embedded SQLite store: one writer at a time hands out change ids in
#: commit order, so no horizon is needed (``xid`` is always 0 there).
SQLITE_FEED = """
    SELECT c.id, c.xid, c.epoch, c.entity, c.entity_id,
           r.version, r.data AS data_text, r.deleted
    FROM sync_change AS c
    JOIN sync_row AS r ON r.entity = c.entity AND r.id = c.entity_id
    WHERE c.office_id = :office_id
      AND (c.epoch, c.xid, c.id) > (:row_epoch, :xid, :change_id){extra}
    ORDER BY c.epoch, c.xid, c.id
    LIMIT :limit
    """


@lru_cache(maxsize=8)
def _feed_query(dialect: str, rest: bool) -> TextClause:
    template = FEED if dialect == "postgresql" else SQLITE_FEED
    return text(template.format(extra=first_sync.rest_condition(dialect) if rest else ""))


RESYNC = (
    "Il server è stato ripristinato o reinizializzato: questa postazione deve ripetere "
    "la sincronizzazione completa. Le modifiche locali non ancora inviate sono conservate."
)
INVALID_CURSOR = (
    "Il cursore di sincronizzazione inviato non è valido: la postazione deve ripetere "
    "la sincronizzazione completa."
)


def _feed(
    session: Session,
    device: DeviceIdentity,
    position: Position,
    *,
    epoch: int,
    limit: int,
    first: FirstSyncCursor | None,
) -> Sequence[Row[Any]]:
    """``limit`` changes after ``position``; in a first sync's ``rest`` phase, with its
    saving below the start position."""
    dialect = session.get_bind().dialect.name
    postgresql = dialect == "postgresql"
    params: dict[str, Any] = {
        "office_id": device.office_id if postgresql else device.office_id.hex,
        "row_epoch": position.row_epoch,
        "xid": str(position.xid) if postgresql else position.xid,
        "change_id": position.change_id,
        "epoch": epoch,
        "limit": limit,
    }
    if first is not None:
        params.update(first_sync.rest_params(first, postgresql))
    return session.execute(_feed_query(dialect, first is not None), params).all()


def _feed_json(rows: Sequence[Row[Any]]) -> list[str]:
    """The changes of feed rows, each row once (at its first position in the page)."""
    changes: list[str] = []
    seen: set[tuple[str, Any]] = set()
    for row in rows:
        key = (row.entity, row.entity_id)
        if key in seen:
            continue
        seen.add(key)
        changes.append(
            first_sync.change_json(
                row.entity,
                row.entity_id,
                bool(row.deleted),
                row.version,
                first_sync._text(row.data_text),
            )
        )
    return changes


def _decode(text_cursor: str, epoch: int) -> Cursor | FirstSyncCursor:
    try:
        decoded: Cursor | FirstSyncCursor = (
            FirstSyncCursor.decode(text_cursor)
            if text_cursor.startswith("f")
            else Cursor.decode(text_cursor)
        )
    except ValueError:
        raise ServerError(400, "invalid_cursor", INVALID_CURSOR) from None
    if decoded.epoch != epoch:
        raise ServerError(410, "resync", RESYNC)
    return decoded


def pull_json(session: Session, device: DeviceIdentity, request: PullRequest) -> bytes:
    """The next page after ``request.cursor`` for the desk's office, as the JSON of a
    :class:`PullPage` (read only)."""
    epoch = current_epoch(session)
    if request.cursor is None:
        cursor: Cursor | FirstSyncCursor = first_sync.start(session, device.office_id, epoch)
    else:
        cursor = _decode(request.cursor, epoch)

    if isinstance(cursor, FirstSyncCursor) and cursor.phase == "open":
        rows, following = first_sync.open_page(session, device.office_id, cursor, request.limit)
        return first_sync.page_json(first_sync.rows_json(rows), following.encode(), True)

    if isinstance(cursor, FirstSyncCursor):
        position, first = cursor.position, cursor
    else:
        position, first = Position(cursor.row_epoch, cursor.xid, cursor.change_id), None
    feed = _feed(session, device, position, epoch=epoch, limit=request.limit, first=first)
    if feed:
        last = feed[-1]
        position = Position(int(last.epoch), int(last.xid), int(last.id))
    more = len(feed) == request.limit
    changes = _feed_json(feed)
    if first is not None and (not more or position >= first.start):
        # Caught up with where the first sync began: an ordinary cursor from here on, never
        # before H (the changes below it that were left out are in the rows already sent).
        position, first = max(position, first.start), None
    if first is not None:
        next_cursor = first._replace(position=position, received=first.received + len(changes))
        encoded = next_cursor.encode()
    else:
        encoded = Cursor(epoch, *position).encode()
    return first_sync.page_json(changes, encoded, more)


def pull(session: Session, device: DeviceIdentity, request: PullRequest) -> PullPage:
    """:func:`pull_json` as a :class:`PullPage`."""
    return PullPage.model_validate_json(pull_json(session, device, request))
