"""Push: apply a desk's batch of mutations exactly once (DESIGN.md, principles 3-7, 10, 11).

:func:`push` runs inside the caller's transaction and does not commit. For each mutation,
in per-device sequence order:

* a (device, mutation id) already in the ledger is a replay: the stored result is answered
  again (``duplicate``, or ``rejected`` if it was rejected); the same id with a different
  payload is rejected and never applied;
* otherwise it is applied inside its own SAVEPOINT, so a mutation that the database refuses
  is rolled back alone and rejected, and the rest of the batch goes on; its ledger entry,
  its ``sync_change`` rows and any ``sync_conflict`` rows are written in the same
  transaction as the change.

The change feed's ``xid`` column defaults to ``pg_current_xact_id()``: the *top-level*
transaction id, the same for every SAVEPOINT of the batch, which is what the pull's
horizon (``pg_snapshot_xmin``) is compared against.

Apply rules: versions are per row and only the server increments them; an update based on
an older version merges field by field, and a field changed on the server since that base
keeps the server's value while both values go to ``sync_conflict`` (nothing is lost);
append-only entities are insert-only; deletes are tombstones and a deleted record never
comes back; a row's office is the pushing desk's office, never a value of the payload.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from cotdesk.server import managed, purge
from cotdesk.server.admin import DeviceIdentity, current_epoch
from cotdesk.server.errors import ServerError, forbidden, unauthorized
from cotdesk.server.store import (
    Device,
    SyncChange,
    SyncConflict,
    SyncMutation,
    SyncPurgedRow,
    SyncRow,
    utcnow,
)
from cotdesk.sync.protocol import (
    APPEND_ONLY_ENTITIES,
    DIRECTORY_ENTITIES,
    PURGE_ENTITY,
    SERVER_MANAGED_ENTITIES,
    SYNC_ENTITIES,
    Mutation,
    PushCode,
    PushRequest,
    PushResponse,
    PushResult,
    PushStatus,
)

log = logging.getLogger(__name__)

#: Columns the desk sends but the server does not keep as values of the row.
OFFICE_FIELD = "office_id"

# Reasons, in Italian: the desk parks the mutation and shows the reason to a person.
SAME_ID_OTHER_PAYLOAD = (
    "Modifica rifiutata: il server ha già ricevuto una modifica con lo stesso "
    "identificativo ma con un contenuto diverso. Non è stata applicata; va verificata."
)
OUT_OF_ORDER = (
    "Modifica rifiutata: è arrivata dopo modifiche successive della stessa postazione "
    "(numero di sequenza già superato). Non è stata applicata; i dati sono conservati."
)
#: Answered with the code ``sequence_reused`` and not recorded: the desk (restored from an
#: older backup) numbers it again and sends it again, with the same id.
SEQUENCE_REUSED = (
    "Modifica non ancora applicata: il numero di sequenza era già stato usato da questa "
    "postazione (ripristinata da una copia di sicurezza?). La postazione la rinumera e la "
    "invia di nuovo automaticamente."
)
PURGED_ROW = (
    "Modifica scartata: i dati della persona sono stati cancellati (diritto all'oblio, "
    "art. 17 GDPR) e non possono essere ripristinati."
)
UNKNOWN_ENTITY = "Modifica rifiutata: tipo di dato sconosciuto al server ({entity})."
SERVER_MANAGED = (
    "Modifica rifiutata: questi dati ({entity}) sono gestiti dall'amministratore di rete "
    "sul server centrale e non si modificano dalla postazione."
)
APPEND_ONLY = (
    "Modifica rifiutata: questo tipo di registrazione ({entity}) si può solo aggiungere, "
    "non modificare né eliminare. Registrare una nuova voce."
)
APPEND_ONLY_CHANGED = (
    "Modifica rifiutata: questa registrazione ({entity}) esiste già sul server con un "
    "contenuto diverso e non si può modificare."
)
WRONG_ID = "Modifica rifiutata: l'identificativo nei dati non corrisponde al record."
OTHER_OFFICE = (
    "Modifica rifiutata: il record appartiene a un altro ufficio e questa postazione non "
    "può modificarlo."
)
UNKNOWN_ROW = (
    "Modifica rifiutata: il record non esiste sul server (forse non è mai stato "
    "inviato). I dati sono conservati sulla postazione."
)
DELETED_ROW = (
    "Modifica rifiutata: il record è stato eliminato su un'altra postazione e non può "
    "essere ripristinato da una modifica. I dati della modifica sono conservati."
)
FUTURE_BASE = (
    "Modifica rifiutata: si basa su una versione del record che il server non conosce "
    "(il server potrebbe essere stato ripristinato da una copia). Serve una "
    "sincronizzazione completa."
)
DATABASE_REFUSED = (
    "Modifica rifiutata: il server non ha potuto salvarla perché contiene dati non "
    "validi ({problem}). Non è stata applicata; i dati sono conservati."
)
CONFLICT = (
    "Conflitto: {what} anche su un'altra postazione. Resta il valore già sul server; "
    "entrambi i valori sono conservati e il conflitto va risolto da un operatore. "
    "Gli altri campi sono stati uniti."
)


@dataclass(slots=True)
class Outcome:
    status: PushStatus
    reason: str = ""
    server_version: int = 0
    #: ``(entity, row_id, op, version)`` for the change feed, when the row changed.
    change: tuple[str, uuid.UUID, str, int] | None = None
    code: PushCode = ""
    #: Keep the mutation's payload in the ledger when it is not applied as sent (never for
    #: an erased person's data).
    keep_payload: bool = True


ROWS: Table = SyncRow.__table__  # type: ignore[assignment]

# The hot path runs prebuilt Core statements on the session's connection: one compiled
# form each, prepared by psycopg after a few uses.
_INSERT_COLUMNS = (
    "entity",
    "id",
    "office_id",
    "version",
    "data",
    "field_versions",
    "deleted",
    "created_at",
    "updated_at",
    "created_by_device",
    "updated_by_device",
)
#: ``INSERT ... ON CONFLICT DO NOTHING RETURNING version``, per dialect (the embedded
#: SQLite store has the same statement since 3.35).
INSERT_ROW = {
    "postgresql": pg_insert(ROWS)
    .values({name: bindparam(name) for name in _INSERT_COLUMNS})
    .on_conflict_do_nothing(index_elements=[ROWS.c.entity, ROWS.c.id])
    .returning(ROWS.c.version),
    "sqlite": sqlite_insert(ROWS)
    .values({name: bindparam(name) for name in _INSERT_COLUMNS})
    .on_conflict_do_nothing(index_elements=[ROWS.c.entity, ROWS.c.id])
    .returning(ROWS.c.version),
}
SELECT_ROW = (
    select(
        ROWS.c.office_id,
        ROWS.c.version,
        ROWS.c.data,
        ROWS.c.field_versions,
        ROWS.c.deleted,
    )
    .where(ROWS.c.entity == bindparam("entity"), ROWS.c.id == bindparam("id"))
    .with_for_update()
)
UPDATE_ROW = (
    update(ROWS)
    .where(ROWS.c.entity == bindparam("w_entity"), ROWS.c.id == bindparam("w_id"))
    .values(
        {
            name: bindparam(name)
            for name in (
                "version",
                "data",
                "field_versions",
                "deleted",
                "updated_at",
                "updated_by_device",
            )
        }
    )
)


def payload_hash(mutation: Mutation) -> bytes:
    """SHA-256 of the mutation's canonical JSON: what a replay must match exactly."""
    return hashlib.sha256(canonical_json(mutation).encode("utf-8")).digest()


def canonical_json(mutation: Mutation) -> str:
    return json.dumps(
        mutation.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def _same(a: Any, b: Any) -> bool:
    """JSON equality that tells ``1``, ``1.0`` and ``true`` apart."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def push(session: Session, device: DeviceIdentity, request: PushRequest) -> PushResponse:
    """Apply a batch; the caller commits. Results come in the order of the request."""
    if request.device_id != device.device_id:
        raise forbidden("La postazione indicata nella richiesta non è quella autenticata.")
    _check_batch(request)
    # Lock the desk's row: pushes of one desk are serialised (the same batch sent twice at
    # once waits here, then finds every mutation in the ledger), and a revocation that
    # happened since authentication is seen.
    locked = session.execute(
        select(Device.last_sequence, Device.revoked_at)
        .where(Device.id == device.device_id)
        .with_for_update()
    ).one_or_none()
    if locked is None or locked.revoked_at is not None:
        raise unauthorized()
    last_sequence = int(locked.last_sequence)
    epoch = current_epoch(session, for_write=True)
    now = utcnow()

    ids = [m.mutation_id for m in request.mutations]
    known = {
        row.mutation_id: row
        for row in session.execute(
            select(
                SyncMutation.mutation_id,
                SyncMutation.payload_hash,
                SyncMutation.status,
                SyncMutation.reason,
                SyncMutation.server_version,
            ).where(SyncMutation.device_id == device.device_id, SyncMutation.mutation_id.in_(ids))
        )
    }

    results: dict[uuid.UUID, PushResult] = {}
    ledger: list[dict[str, Any]] = []
    feed: list[dict[str, Any]] = []
    network_feed: list[tuple[str, uuid.UUID, str, int]] = []
    written: Written = {}
    purged = purge.purged_among(
        session.connection(), (m for m in request.mutations if m.mutation_id not in known)
    )
    reused = False
    for mutation in sorted(request.mutations, key=lambda m: m.sequence):
        digest = payload_hash(mutation)
        stored = known.get(mutation.mutation_id)
        if stored is not None:
            results[mutation.mutation_id] = _replay(device, mutation, stored, digest)
            continue
        if reused or mutation.sequence <= last_sequence:
            # A sequence this desk already used (restored from an older backup): neither
            # applied nor recorded, and neither is anything after it in the batch (the
            # desk's order is kept); the desk numbers them again after last_sequence.
            reused = True
            results[mutation.mutation_id] = _reused(device, mutation, last_sequence)
            continue
        outcome = _dispatch(session, device, mutation, now=now, written=written, purged=purged)
        last_sequence = mutation.sequence
        if outcome.status == "rejected":
            log.info(
                "push rejected: device=%s mutation=%s entity=%s op=%s: %s",
                device.device_id,
                mutation.mutation_id,
                mutation.entity,
                mutation.op,
                outcome.reason,
            )
        results[mutation.mutation_id] = PushResult(
            mutation_id=mutation.mutation_id,
            status=outcome.status,
            reason=outcome.reason,
            server_version=outcome.server_version,
            code=outcome.code,
        )
        ledger.append(
            {
                "device_id": device.device_id,
                "mutation_id": mutation.mutation_id,
                "sequence": mutation.sequence,
                "entity": mutation.entity,
                "row_id": mutation.row_id,
                "op": mutation.op,
                "payload_hash": digest,
                "status": outcome.status,
                "reason": outcome.reason,
                "server_version": outcome.server_version,
                "received_at": now,
                "payload": (
                    canonical_json(mutation)
                    if outcome.status != "applied" and outcome.keep_payload
                    else None
                ),
                "operator_id": mutation.operator_id,
                "client_time": mutation.client_time,
                "wrote_version": None if outcome.change is None else outcome.change[3],
            }
        )
        if outcome.change is not None:
            entity, row_id, op, version = outcome.change
            written[(entity, row_id, version)] = {
                "server_device_id": device.device_id,
                "server_operator_id": mutation.operator_id,
                "server_client_time": mutation.client_time,
                "server_received_at": now,
            }
            if entity in DIRECTORY_ENTITIES:  # the whole network's: every office's feed
                network_feed.append(outcome.change)
                continue
            feed.append(
                {
                    "office_id": device.office_id,
                    "entity": entity,
                    "entity_id": row_id,
                    "op": op,
                    "version": version,
                }
            )

    if ledger:
        session.execute(insert(SyncMutation), ledger)
    _write_feed(session, epoch, feed, network_feed)
    session.execute(
        update(Device)
        .where(Device.id == device.device_id)
        .values(last_sequence=last_sequence, last_push_at=now)
    )
    return PushResponse(
        results=[results[m.mutation_id] for m in request.mutations], last_sequence=last_sequence
    )


def _write_feed(
    session: Session,
    epoch: int,
    feed: list[dict[str, Any]],
    network_feed: list[tuple[str, uuid.UUID, str, int]],
) -> None:
    if feed:
        session.execute(insert(SyncChange), [{**row, "epoch": epoch} for row in feed])
    for entity, row_id, op, version in network_feed:
        managed.feed_change(
            session,
            epoch=epoch,
            entity=entity,
            row_id=row_id,
            op=op,
            version=version,
            office_id=None,
        )


def _reused(device: DeviceIdentity, mutation: Mutation, last_sequence: int) -> PushResult:
    log.info(
        "push: device=%s mutation=%s reuses sequence %s (last %s): renumber",
        device.device_id,
        mutation.mutation_id,
        mutation.sequence,
        last_sequence,
    )
    return PushResult(
        mutation_id=mutation.mutation_id,
        status="rejected",
        reason=SEQUENCE_REUSED,
        code="sequence_reused",
    )


def _dispatch(
    session: Session,
    device: DeviceIdentity,
    mutation: Mutation,
    *,
    now: datetime,
    written: Written,
    purged: set[uuid.UUID],
) -> Outcome:
    """Apply one new mutation; ``purged`` grows with what a purge removes."""
    if purge.refers_to_purged(mutation, purged):
        return Outcome("rejected", PURGED_ROW, code="purged", keep_payload=False)
    if purge.is_purge(mutation):
        outcome = _purge(session, device, mutation, now)
        purged |= _purged_ids(session, outcome)
        return outcome
    return _apply_in_savepoint(session.connection(), device, mutation, now, written)


def _purge(session: Session, device: DeviceIdentity, mutation: Mutation, now: datetime) -> Outcome:
    """A GDPR erasure (:mod:`cotdesk.server.purge`): applied, with a ``purge`` entry for
    the office's feed."""
    if mutation.entity not in purge.PURGEABLE:
        return Outcome("rejected", UNKNOWN_ENTITY.format(entity=mutation.entity))
    conn = session.connection()
    owner = conn.execute(
        select(ROWS.c.office_id).where(
            ROWS.c.entity == mutation.entity, ROWS.c.id == mutation.row_id
        )
    ).scalar_one_or_none()
    if owner is not None and owner != device.office_id:
        return Outcome("rejected", OTHER_OFFICE)
    purge_id, deleted = purge.apply(
        conn, office_id=device.office_id, device_id=device.device_id, mutation=mutation, now=now
    )
    log.info(
        "purge: device=%s mutation=%s %s %s: %d rows deleted (purge %s)",
        device.device_id,
        mutation.mutation_id,
        mutation.entity,
        mutation.row_id,
        deleted,
        purge_id,
    )
    return Outcome("applied", change=(PURGE_ENTITY, purge_id, "insert", 1))


def _purged_ids(session: Session, outcome: Outcome) -> set[uuid.UUID]:
    if outcome.change is None:
        return set()
    return set(
        session.execute(
            select(SyncPurgedRow.id).where(SyncPurgedRow.purge_id == outcome.change[1])
        ).scalars()
    )


def _check_batch(request: PushRequest) -> None:
    sequences = [m.sequence for m in request.mutations]
    ids = [m.mutation_id for m in request.mutations]
    problems = []
    if len(set(sequences)) != len(sequences):
        problems.append("lo stesso numero di sequenza compare più volte")
    if len(set(ids)) != len(ids):
        problems.append("lo stesso identificativo di modifica compare più volte")
    if problems:
        raise ServerError(
            422,
            "invalid_batch",
            "Il lotto di modifiche non è valido: " + "; ".join(problems) + ".",
            details=problems,
        )


def _replay(device: DeviceIdentity, mutation: Mutation, stored: Any, digest: bytes) -> PushResult:
    if bytes(stored.payload_hash) != digest:
        log.warning(
            "push refused: device=%s mutation=%s replayed with a different payload",
            device.device_id,
            mutation.mutation_id,
        )
        return PushResult(
            mutation_id=mutation.mutation_id, status="rejected", reason=SAME_ID_OTHER_PAYLOAD
        )
    status: PushStatus = "rejected" if stored.status == "rejected" else "duplicate"
    return PushResult(
        mutation_id=mutation.mutation_id,
        status=status,
        reason=stored.reason,
        server_version=int(stored.server_version),
        code="purged" if stored.reason == PURGED_ROW else "",
    )


def _static_check(device: DeviceIdentity, mutation: Mutation) -> str | None:
    """Rules that need no database: the reason to reject, or None."""
    entity = mutation.entity
    if entity not in SYNC_ENTITIES:
        return UNKNOWN_ENTITY.format(entity=entity)
    if entity == "device":
        return SERVER_MANAGED.format(entity=entity)
    if entity in APPEND_ONLY_ENTITIES and mutation.op != "insert":
        return APPEND_ONLY.format(entity=entity)
    if "id" in mutation.changes and mutation.changes["id"] != str(mutation.row_id):
        return WRONG_ID
    office = mutation.changes.get(OFFICE_FIELD)
    if office is not None and office != str(device.office_id):
        return OTHER_OFFICE
    return None


#: Authors of the row versions written earlier in the batch (not in the ledger yet):
#: ``(entity, row id, version)`` → the ledger's author columns.
Written = dict[tuple[str, uuid.UUID, int], dict[str, Any]]


def _apply_in_savepoint(
    conn: Connection, device: DeviceIdentity, mutation: Mutation, now: datetime, written: Written
) -> Outcome:
    reason = _static_check(device, mutation)
    if reason is not None:
        return Outcome("rejected", reason)
    try:
        with conn.begin_nested():
            return _apply(conn, device, mutation, now, written)
    except (DataError, IntegrityError) as exc:
        # Only this mutation's SAVEPOINT is rolled back; the batch goes on.
        problem = type(exc.orig).__name__ if exc.orig is not None else "errore del database"
        log.warning(  # the error's class and SQLSTATE only: its text may quote the values
            "push refused by the database: device=%s mutation=%s: %s (%s)",
            device.device_id,
            mutation.mutation_id,
            problem,
            getattr(exc.orig, "sqlstate", None) or "-",
        )
        return Outcome("rejected", DATABASE_REFUSED.format(problem=problem))


def _apply(
    conn: Connection, device: DeviceIdentity, mutation: Mutation, now: datetime, written: Written
) -> Outcome:
    if mutation.entity in SERVER_MANAGED_ENTITIES:
        # Offices, operators, the directory: only as the network's administration allows.
        target = conn.execute(
            select(ROWS.c.office_id).where(
                ROWS.c.entity == mutation.entity, ROWS.c.id == mutation.row_id
            )
        ).one_or_none()
        refusal = managed.authorize(
            conn, device.office_id, mutation, target.office_id if target is not None else None
        )
        if refusal is not None:
            # A password sent otherwise than as a slow hash is not kept, not even parked.
            return Outcome("rejected", refusal, keep_payload=refusal != managed.NOT_A_SLOW_HASH)
    if mutation.op == "insert":
        inserted = _insert_new(conn, device, mutation, now)
        if inserted is not None:
            return inserted
    current = conn.execute(
        SELECT_ROW, {"entity": mutation.entity, "id": mutation.row_id}
    ).one_or_none()
    if current is None:
        return Outcome("rejected", UNKNOWN_ROW)
    if current.office_id != device.office_id and not (
        current.office_id is None and mutation.entity in DIRECTORY_ENTITIES
    ):
        return Outcome("rejected", OTHER_OFFICE)
    version = int(current.version)
    data: dict[str, Any] = dict(current.data)
    if current.deleted:
        if mutation.op == "delete":  # deleting a tombstone again changes nothing
            return Outcome("applied", server_version=version)
        return Outcome("rejected", DELETED_ROW, server_version=version)
    if mutation.entity in APPEND_ONLY_ENTITIES:
        # Only an insert reaches here: the same row sent again under a new mutation id.
        if all(key in data and _same(data[key], value) for key, value in mutation.changes.items()):
            return Outcome("applied", server_version=version)
        return Outcome(
            "rejected", APPEND_ONLY_CHANGED.format(entity=mutation.entity), server_version=version
        )
    if mutation.base_version > version:
        return Outcome("rejected", FUTURE_BASE, server_version=version)
    field_versions = {key: int(value) for key, value in current.field_versions.items()}
    return _merge(
        conn,
        device,
        mutation=mutation,
        now=now,
        version=version,
        data=data,
        field_versions=field_versions,
        written=written,
    )


def _insert_new(
    conn: Connection, device: DeviceIdentity, mutation: Mutation, now: datetime
) -> Outcome | None:
    """Insert a row the server has never seen; None if it exists (or a concurrent push of
    another desk is inserting it: ON CONFLICT waits for that transaction to finish)."""
    changes = dict(mutation.changes)
    inserted = conn.execute(
        INSERT_ROW[conn.dialect.name],
        {
            "entity": mutation.entity,
            "id": mutation.row_id,
            "office_id": managed.scope_of(mutation.entity, mutation.row_id, device.office_id),
            "version": 1,
            "data": changes,
            "field_versions": dict.fromkeys(changes, 1),
            "deleted": False,
            "created_at": now,
            "updated_at": now,
            "created_by_device": device.device_id,
            "updated_by_device": device.device_id,
        },
    ).scalar_one_or_none()
    if inserted is None:
        return None
    return Outcome(
        "applied", server_version=1, change=(mutation.entity, mutation.row_id, "insert", 1)
    )


NO_AUTHOR: dict[str, Any] = {
    "server_device_id": None,
    "server_operator_id": None,
    "server_client_time": None,
    "server_received_at": None,
}


def _authors(
    conn: Connection,
    mutation: Mutation,
    field_versions: dict[str, int],
    conflicts: list[tuple[str, Any, Any]],
    written: Written,
) -> dict[str, dict[str, Any]]:
    """Who wrote each conflicting field's kept value, and when: the ledger entry of the
    mutation that made the field's version (earlier in this batch: ``written``)."""
    entity, row_id = mutation.entity, mutation.row_id
    wanted = {key: field_versions.get(key, 0) for key, _, _ in conflicts}
    authors: dict[str, dict[str, Any]] = {}
    for key, version in list(wanted.items()):
        recent = written.get((entity, row_id, version))
        if recent is not None:
            authors[key] = recent
            del wanted[key]
    if not wanted:
        return authors
    versions = sorted(set(wanted.values()))
    found = {
        int(row.wrote_version): row
        for row in conn.execute(
            select(
                SyncMutation.wrote_version,
                SyncMutation.device_id,
                SyncMutation.operator_id,
                SyncMutation.client_time,
                SyncMutation.received_at,
            ).where(
                SyncMutation.entity == entity,
                SyncMutation.row_id == row_id,
                SyncMutation.wrote_version.in_(versions),
            )
        )
    }
    for key, version in wanted.items():
        row = found.get(version)
        if row is not None:
            authors[key] = {
                "server_device_id": row.device_id,
                "server_operator_id": row.operator_id,
                "server_client_time": row.client_time,
                "server_received_at": row.received_at,
            }
    return authors


def _merge(
    conn: Connection,
    device: DeviceIdentity,
    *,
    mutation: Mutation,
    now: datetime,
    version: int,
    data: dict[str, Any],
    field_versions: dict[str, int],
    written: Written,
) -> Outcome:
    """Field-wise merge of an update (or delete) into the row at ``version``.

    A field whose value differs and that changed on the server after the mutation's base
    version is a conflict: the server's value stays, both go to ``sync_conflict``, with who
    wrote each and when. A delete always wins (the record never comes back), so it never
    conflicts. A field last written by **the same desk** is not a conflict: two edits made
    offline on one desk carry the same base version, and the later one was made seeing
    the earlier (per-device order is kept), so it simply wins.
    """
    deleting = mutation.op == "delete"
    merged: dict[str, Any] = {}
    conflicts: list[tuple[str, Any, Any]] = []
    for key, value in mutation.changes.items():
        if key in data and _same(data[key], value):
            continue
        if not deleting and field_versions.get(key, 0) > mutation.base_version:
            conflicts.append((key, data.get(key), value))
        else:
            merged[key] = value
    authors: dict[str, dict[str, Any]] = {}
    if conflicts:
        authors = _authors(conn, mutation, field_versions, conflicts, written)
        own = {
            key
            for key, _, _ in conflicts
            if authors.get(key, NO_AUTHOR)["server_device_id"] == device.device_id
        }
        merged.update((key, value) for key, _, value in conflicts if key in own)
        conflicts = [conflict for conflict in conflicts if conflict[0] not in own]

    new_version = version
    if merged or deleting:
        new_version = version + 1
        data.update(merged)
        field_versions.update(dict.fromkeys(merged, new_version))
        conn.execute(
            UPDATE_ROW,
            {
                "w_entity": mutation.entity,
                "w_id": mutation.row_id,
                "version": new_version,
                "data": data,
                "field_versions": field_versions,
                "deleted": deleting,
                "updated_at": now,
                "updated_by_device": device.device_id,
            },
        )
    change = None
    if new_version != version:
        change = (mutation.entity, mutation.row_id, "delete" if deleting else "update", new_version)
    if not conflicts:
        return Outcome("applied", server_version=new_version, change=change)

    conn.execute(
        insert(SyncConflict),
        [
            {
                **authors.get(key, NO_AUTHOR),
                "id": uuid.uuid4(),
                "office_id": device.office_id,
                "entity": mutation.entity,
                "row_id": mutation.row_id,
                "field": key,
                "base_version": mutation.base_version,
                "server_version": version,
                "server_value": server_value,
                "device_value": device_value,
                "device_id": device.device_id,
                "mutation_id": mutation.mutation_id,
                "operator_id": mutation.operator_id,
                "client_time": mutation.client_time,
                "created_at": now,
            }
            for key, server_value, device_value in conflicts
        ],
    )
    fields = ", ".join(sorted(key for key, _, _ in conflicts))
    what = (
        f"i campi {fields} sono stati modificati"
        if len(conflicts) > 1
        else f"il campo {fields} è stato modificato"
    )
    return Outcome(
        "conflict", CONFLICT.format(what=what), server_version=new_version, change=change
    )
