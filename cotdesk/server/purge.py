"""GDPR erasure on the server, and its propagation to every desk (issue 6, item 2).

A desk that erases a person (``cotdesk.services.gdpr.erase_person``; the retention job
does the same for old cases) pushes a ``delete`` of the record whose changes carry
``purge: true`` and ``purged``: the ids it removed. The server, in the push's transaction:

* finds the record and **everything linked to it** in the desk's office (consents,
  rectifications, household memberships and cases of a person; assessments, their needs,
  diario, referrals, unmet needs and meeting items of a case), adds the ids the desk listed
  (only rows of the desk's office: a desk never erases another office's data) and
  **hard-deletes** them, with their feed entries and conflicts, and removes the payloads
  the mutation ledger kept of them (the ledger keeps ids and hashes for exactly-once);
* records the purge without personal data (:class:`~cotdesk.server.store.SyncPurge`:
  who, when, how many rows) and every id removed
  (:class:`~cotdesk.server.store.SyncPurgedRow`): a later mutation of one of them, or
  referring to one (an edit made on a desk offline for months), is refused with the code
  ``purged`` and nothing of it is kept; the record never comes back;
* puts a ``purge`` entry in the office's feed (a pseudo-row of entity
  :data:`~cotdesk.sync.protocol.PURGE_ENTITY` with the ids): every desk of the office,
  however late it pulls, deletes the rows locally with their outbox entries, parked
  changes, held-back pulls, drafts and search index entries
  (``cotdesk.services.gdpr.apply_remote_purge``).

The access log (``audit_event``) is kept: it carries ids, never names or values.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, delete, insert, select, update

from cotdesk.server.store import (
    SyncChange,
    SyncConflict,
    SyncMutation,
    SyncPurge,
    SyncPurgedRow,
    SyncRow,
)
from cotdesk.sync.protocol import PURGE_ENTITY, PURGE_FLAG, Mutation

#: What is linked to a record of each entity: ``(child entity, field naming the parent)``.
LINKS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "person": (
        ("consent", "person_id"),
        ("person_revision", "person_id"),
        ("household_member", "person_id"),
        ("case", "person_id"),
    ),
    "case": (
        ("assessment", "case_id"),
        ("case_event", "case_id"),
        ("referral", "case_id"),
        ("unmet_need", "case_id"),
        ("meeting_item", "case_id"),
    ),
    "assessment": (("assessment_need", "assessment_id"),),
}
#: Entities a purge order may name (never the access log, the directory or operators).
PURGEABLE: Final = frozenset(
    {"person", "household", *LINKS, *(child for links in LINKS.values() for child, _ in links)}
)
#: Fields whose value names another record (checked against the purged ids).
_REFERENCE_SUFFIX: Final = "_id"


def is_purge(mutation: Mutation) -> bool:
    return mutation.op == "delete" and mutation.changes.get(PURGE_FLAG) is True


def _ids_of(mutation: Mutation) -> set[uuid.UUID]:
    """The record's id and every id its changes refer to."""
    found = {mutation.row_id}
    for key, value in mutation.changes.items():
        if key.endswith(_REFERENCE_SUFFIX) and isinstance(value, str):
            try:
                found.add(uuid.UUID(value))
            except ValueError:
                continue
    return found


def purged_among(conn: Connection, mutations: Iterable[Mutation]) -> set[uuid.UUID]:
    """The ids of ``mutations`` (records, and records they refer to) that were purged."""
    wanted: set[uuid.UUID] = set()
    for mutation in mutations:
        wanted |= _ids_of(mutation)
    found: set[uuid.UUID] = set()
    ids = list(wanted)
    for start in range(0, len(ids), 1000):
        found.update(
            conn.execute(
                select(SyncPurgedRow.id).where(SyncPurgedRow.id.in_(ids[start : start + 1000]))
            ).scalars()
        )
    return found


def refers_to_purged(mutation: Mutation, purged: set[uuid.UUID]) -> bool:
    return bool(purged) and not _ids_of(mutation).isdisjoint(purged)


def _listed(mutation: Mutation) -> dict[str, set[uuid.UUID]]:
    listed: dict[str, set[uuid.UUID]] = defaultdict(set)
    value = mutation.changes.get("purged")
    if isinstance(value, dict):
        for entity, ids in value.items():
            if entity not in PURGEABLE or not isinstance(ids, list):
                continue
            for text in ids:
                try:
                    listed[entity].add(uuid.UUID(str(text)))
                except ValueError:
                    continue
    return listed


def _existing(
    conn: Connection, office_id: uuid.UUID, entity: str, ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    wanted = list(set(ids))
    found: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 1000):
        found.update(
            conn.execute(
                select(SyncRow.id).where(
                    SyncRow.entity == entity,
                    SyncRow.office_id == office_id,
                    SyncRow.id.in_(wanted[start : start + 1000]),
                )
            ).scalars()
        )
    return found


def _children(
    conn: Connection, office_id: uuid.UUID, entity: str, field: str, parents: set[uuid.UUID]
) -> set[uuid.UUID]:
    texts = [str(parent) for parent in parents]
    found: set[uuid.UUID] = set()
    for start in range(0, len(texts), 1000):
        found.update(
            conn.execute(
                select(SyncRow.id).where(
                    SyncRow.entity == entity,
                    SyncRow.office_id == office_id,
                    SyncRow.data[field].as_string().in_(texts[start : start + 1000]),
                )
            ).scalars()
        )
    return found


def _closure(
    conn: Connection, office_id: uuid.UUID, roots: dict[str, set[uuid.UUID]]
) -> dict[str, set[uuid.UUID]]:
    """``roots`` and everything linked to them, as the server has it in the office."""
    result: dict[str, set[uuid.UUID]] = defaultdict(set)
    frontier = {entity: set(ids) for entity, ids in roots.items()}
    while frontier:
        following: dict[str, set[uuid.UUID]] = defaultdict(set)
        for entity, ids in frontier.items():
            new = ids - result[entity]
            if not new:
                continue
            result[entity] |= new
            for child, field in LINKS.get(entity, ()):
                following[child] |= _children(conn, office_id, child, field, new)
        frontier = {entity: ids for entity, ids in following.items() if ids}
    return result


def _orphan_households(
    conn: Connection, office_id: uuid.UUID, households: set[uuid.UUID], gone: set[uuid.UUID]
) -> set[uuid.UUID]:
    """The listed households that nobody else belongs to (the desk removed them too)."""
    orphans = set()
    for household in _existing(conn, office_id, "household", households):
        members = _children(conn, office_id, "household_member", "household_id", {household})
        cases = _children(conn, office_id, "case", "household_id", {household})
        if not (members | cases) - gone:
            orphans.add(household)
    return orphans


def apply(
    conn: Connection,
    *,
    office_id: uuid.UUID,
    device_id: uuid.UUID,
    mutation: Mutation,
    now: datetime,
) -> tuple[uuid.UUID, int]:
    """Purge the record of ``mutation`` and everything linked (module doc); the purge
    pseudo-row's id (for the office's feed) and the number of rows deleted."""
    listed = _listed(mutation)
    households = listed.pop("household", set())
    roots: dict[str, set[uuid.UUID]] = defaultdict(set)
    roots[mutation.entity].add(mutation.row_id)
    for entity, ids in listed.items():
        roots[entity] |= ids
    closure = _closure(conn, office_id, roots)
    gone = {row_id for ids in closure.values() for row_id in ids}
    if households:
        closure["household"] = _orphan_households(conn, office_id, households, gone)
        gone |= closure["household"]

    # Rows of this office only (a desk never erases another office's rows); ids no row of
    # the server has (never pushed) are tombstoned too.
    deleted = 0
    tombstones: dict[uuid.UUID, str] = {}
    for entity, ids in closure.items():
        if not ids:
            continue
        mine = _existing(conn, office_id, entity, ids)
        elsewhere = (
            set(conn.execute(select(SyncRow.id).where(SyncRow.id.in_(list(ids - mine)))).scalars())
            if ids - mine
            else set()
        )
        for row_id in ids - elsewhere:
            tombstones[row_id] = entity
        if mine:
            deleted += conn.execute(
                delete(SyncRow).where(SyncRow.entity == entity, SyncRow.id.in_(list(mine)))
            ).rowcount
    ids_gone = list(tombstones)
    for start in range(0, len(ids_gone), 1000):
        chunk = ids_gone[start : start + 1000]
        conn.execute(delete(SyncChange).where(SyncChange.entity_id.in_(chunk)))
        conn.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(chunk)))
        conn.execute(
            update(SyncMutation)
            .where(SyncMutation.row_id.in_(chunk), SyncMutation.payload.is_not(None))
            .values(payload=None)
        )

    purge_id = uuid.uuid4()
    already = (
        set(conn.execute(select(SyncPurgedRow.id).where(SyncPurgedRow.id.in_(ids_gone))).scalars())
        if ids_gone
        else set()
    )
    conn.execute(
        insert(SyncPurge).values(
            id=purge_id,
            office_id=office_id,
            entity=mutation.entity,
            row_id=mutation.row_id,
            rows=deleted,
            device_id=device_id,
            mutation_id=mutation.mutation_id,
            operator_id=mutation.operator_id,
            purged_at=now,
        )
    )
    fresh = [
        {"id": row_id, "entity": entity, "purge_id": purge_id}
        for row_id, entity in tombstones.items()
        if row_id not in already
    ]
    if fresh:
        conn.execute(insert(SyncPurgedRow), fresh)
    purged: dict[str, list[str]] = defaultdict(list)
    for row_id, entity in sorted(tombstones.items(), key=lambda item: (item[1], str(item[0]))):
        purged[entity].append(str(row_id))
    values: dict[str, Any] = {
        "id": str(purge_id),
        "entity": mutation.entity,
        "row_id": str(mutation.row_id),
        "purged": dict(purged),
    }
    conn.execute(
        insert(SyncRow).values(
            entity=PURGE_ENTITY,
            id=purge_id,
            office_id=office_id,
            version=1,
            data=values,
            field_versions={},
            deleted=False,
            created_at=now,
            updated_at=now,
            created_by_device=device_id,
            updated_by_device=device_id,
        )
    )
    return purge_id, deleted
