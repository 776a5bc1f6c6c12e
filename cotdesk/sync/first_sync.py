"""The first sync of a desk (or a resync after a restore): its phases and its cursor.

Shared by the server (which writes these cursors) and the desk (which stores them with each
page, like any cursor, and reads the progress out of them for the status area).

Phases (DESIGN.md, principle 12: "paged, resumable and brings open cases first")
    ``open``
        A snapshot of the rows a desk needs to work on its **open cases**: the office's
        directory rows kept on the server, then the households, persons, cases,
        assessments and referrals of the cases not closed, stage by stage in that order
        (parents before children), each stage paged by row id. (The rest of a case's
        history, its events and the needs of its assessments among it, comes with the
        ``rest`` phase: every row sent here is sent there again, so the open phase is kept
        to what working on a case needs first.)
    ``rest``
        The office's change feed **from its very beginning**, exactly as an ordinary pull
        reads it (same horizon, same order ``(epoch, xid, id)``), with one saving: below
        the first sync's *start position* ``H`` a row is sent only at its creation
        (version 1), with its current values; its later changes up to ``H`` are already
        in those values. After ``H`` every change is sent, as in any pull.
    live
        When the ``rest`` phase reaches ``H`` (or the end of the feed, which is past it) the
        server hands out an ordinary cursor (``c1.``) at ``H`` or later: the first sync is
        over.

Why nothing can be skipped
    ``H`` is taken at the first request, as the last feed position *below* the start: on
    PostgreSQL ``(epoch, pg_snapshot_xmin, 0)`` (change ids start at 1), so every
    transaction whose changes sit at or below ``H`` had finished when the first sync began
    (and every transaction that commits later has an xid at or above the xmin, because
    xids are handed out in increasing order and the xmin is the oldest one still running);
    on the embedded SQLite store (one writer) ``(epoch, 0, last change id)``.
    The ``open`` phase is an *extra*: every row it sends is sent again by ``rest`` (the desk
    writes it again only if it is not older), so a case that opens or closes while the
    first sync runs can at worst be sent twice, never missed. ``rest`` sends every row at
    its creation position with the values current when its page is read, which is after
    ``H`` was taken, so they include every change up to ``H``; every change committed
    later is after ``H`` and is sent as such. Each page is one statement (one
    snapshot) and its cursor is stored by the desk in the same transaction as its rows, so
    an interruption anywhere (a killed desk, a lost answer) resumes from the last page
    applied, in either phase.

The cursor
    ``f1.{epoch}.{h_epoch}.{h_xid}.{h_id}.{total}.{received}.{stage}.{last_id}`` in the
    ``open`` phase (``last_id``: 32 hex digits, or ``-`` at the start of a stage) and
    ``f2.{epoch}.{h_epoch}.{h_xid}.{h_id}.{total}.{received}.{row_epoch}.{xid}.{id}`` in
    the ``rest`` phase; ``total`` is the office's row count when the first sync began (an
    estimate of what is to come, for a progress bar) and ``received`` the rows sent so far.
"""

from __future__ import annotations

import uuid
from typing import Final, Literal, NamedTuple

Phase = Literal["open", "rest"]

#: The stages of the ``open`` phase, in the order they are sent (parents first).
OPEN_STAGES: Final = ("directory", "household", "person", "case", "assessment", "referral")

_MAX_DIGITS: Final = 20


def _numbers(parts: list[str]) -> list[int]:
    numbers = [int(part) for part in parts if part.isdigit() and len(part) <= _MAX_DIGITS]
    if len(numbers) != len(parts):
        raise ValueError("not a cursor")
    return numbers


class Position(NamedTuple):
    """A position in the change feed, ordered as the server orders it."""

    row_epoch: int
    xid: int
    change_id: int


class FirstSyncCursor(NamedTuple):
    """Where a first sync stands (see the module's documentation)."""

    epoch: int
    #: ``H``: where the feed stood when the first sync began.
    start: Position
    #: The office's rows when the first sync began (an estimate of the total to receive).
    total: int
    #: Rows sent so far in this first sync (the ``open`` phase's rows count too).
    received: int
    phase: Phase
    #: ``open``: the index of the stage in :data:`OPEN_STAGES` and the last row id sent.
    stage: int = 0
    last_id: uuid.UUID | None = None
    #: ``rest``: the feed position of the last change read.
    position: Position = Position(0, 0, 0)

    def encode(self) -> str:
        head = (
            f"{self.epoch}.{self.start.row_epoch}.{self.start.xid}.{self.start.change_id}."
            f"{self.total}.{self.received}"
        )
        if self.phase == "open":
            last = self.last_id.hex if self.last_id is not None else "-"
            return f"f1.{head}.{self.stage}.{last}"
        row_epoch, xid, change_id = self.position
        return f"f2.{head}.{row_epoch}.{xid}.{change_id}"

    @classmethod
    def decode(cls, text: str) -> FirstSyncCursor:
        """Parse a first-sync cursor; ``ValueError`` if it was not made by :meth:`encode`."""
        parts = text.split(".")
        if len(parts) == 9 and parts[0] == "f1":
            epoch, h_epoch, h_xid, h_id, total, received, stage = _numbers(parts[1:8])
            if stage >= len(OPEN_STAGES):
                raise ValueError("not a cursor")
            last_id = None
            if parts[8] != "-":
                if len(parts[8]) != 32:
                    raise ValueError("not a cursor")
                last_id = uuid.UUID(hex=parts[8])
            return cls(
                epoch,
                Position(h_epoch, h_xid, h_id),
                total,
                received,
                "open",
                stage=stage,
                last_id=last_id,
            )
        if len(parts) == 10 and parts[0] == "f2":
            epoch, h_epoch, h_xid, h_id, total, received, row_epoch, xid, change_id = _numbers(
                parts[1:]
            )
            return cls(
                epoch,
                Position(h_epoch, h_xid, h_id),
                total,
                received,
                "rest",
                position=Position(row_epoch, xid, change_id),
            )
        raise ValueError("not a cursor")


def is_first_sync(cursor: str | None) -> bool:
    """Whether a pull with this cursor is (still) part of a first sync."""
    return cursor is None or cursor.startswith(("f1.", "f2."))


class Progress(NamedTuple):
    """How far a first sync has come, as the desk shows it."""

    phase: Phase
    received: int
    #: The office's rows when the first sync began: an estimate (0: not known).
    total: int


def progress(cursor: str | None) -> Progress | None:
    """The progress of the first sync the stored ``cursor`` belongs to (None: not in a
    first sync, or not started yet)."""
    if cursor is None or not is_first_sync(cursor):
        return None
    try:
        decoded = FirstSyncCursor.decode(cursor)
    except ValueError:
        return None
    return Progress(decoded.phase, decoded.received, decoded.total)


def phase_of(cursor: str | None) -> Phase | Literal["live"]:
    """The phase the next page pulled with ``cursor`` belongs to (a first sync starts with
    the ``open`` phase)."""
    if cursor is None or cursor.startswith("f1."):
        return "open"
    if cursor.startswith("f2."):
        return "rest"
    return "live"
