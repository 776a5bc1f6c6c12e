"""The desk side of sync: enrollment, push of the outbox, pull of the office's changes.

:func:`sync_once` is what a background timer calls (never on the GUI thread): it pushes
the pending outbox, then pulls every ready page, and answers a :class:`SyncReport` whose
errors are in Italian. Rules (DESIGN.md, "Sync: principles"):

Transport
    HTTPS only, with certificate verification (the system's trust store, a CA bundle
    given with ``ca_file``, or the server certificate pinned at enrollment beside the
    database, :mod:`cotdesk.sync.tls`); the device token comes from the OS keyring
    (:mod:`cotdesk.sync.credentials`) and is never stored in the database.

Push
    Pending outbox entries go in per-device sequence order, in batches. Entries of
    server-managed entities (offices, devices, operators, the partner directory) are never
    sent: the server would reject them, so they are **marked pushed locally** with a note
    in ``last_error`` (decided here rather than at capture, so that a desk's local fixture
    or demo data never wedge or flood the queue; they are not shown as parked). Results
    are applied in one SQLite transaction: ``applied``/``duplicate`` → ``pushed`` and the
    row's ``server_version`` raised; ``rejected`` → ``parked`` with the server's Italian
    reason (the queue goes on); ``conflict`` → ``pushed`` with the server's "Conflitto: ..."
    reason in ``last_error`` (the other fields were merged): the desk's value stays in the
    entry's ``changes`` and in the server's conflict table, the server's value reaches the
    row with the next pull. A network error or a 5xx changes nothing
    locally: the entries stay pending and are sent again (same ids) on the next try, with
    :func:`next_retry_delay` (exponential backoff with full jitter) between tries.

Pull
    A page and its cursor are applied in one SQLite transaction (foreign keys checked at
    commit), under ``session.info["applying_remote"]`` (nothing goes to the outbox); the
    person search index triggers stay on. A pulled row that has *pending* outbox entries is
    not overwritten: its pulled state waits in ``sync_deferred`` and is applied once the
    entries are settled (pushed or parked), if no newer version arrived. A row whose local
    edit was parked may be overwritten: the edit's data stays in the parked entry.
    Tombstones set ``deleted_at``. A failure anywhere in a page rolls it all back and keeps
    the old cursor. A 410 (server restored) **clears the cursor and sets
    ``resync_needed``**: the next pull starts from the beginning and re-applies the office's
    rows; local rows and the outbox are kept (rows the server no longer has are not removed
    yet: see the notes of issue 6).
"""

from __future__ import annotations

import logging
import random
import ssl
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

import httpx
from pydantic import BaseModel, ValidationError
from sqlalchemy import Date, Table, Uuid, delete, func, insert, select, text, true, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cotdesk.db import search
from cotdesk.db.database import Database
from cotdesk.db.errors import DatabaseError
from cotdesk.db.models import DeskState, OutboxEntry, SyncDeferred, Synced, synced_models
from cotdesk.db.types import UTCDateTime, utcnow
from cotdesk.errors import UserError
from cotdesk.sync import bulk, credentials, first_sync, tls
from cotdesk.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_PUSH_MUTATIONS,
    PROTOCOL_HEADER,
    PROTOCOL_MAX_HEADER,
    PROTOCOL_MIN_HEADER,
    PROTOCOL_VERSION,
    PURGE_ENTITY,
    SERVER_MANAGED_ENTITIES,
    ConflictsPage,
    ConflictsRequest,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Mutation,
    PulledChange,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
    Resolution,
    ResolveRequest,
    ResolveResponse,
    protocol_mismatch,
)

log = logging.getLogger(__name__)

PUSH_BATCH: Final = 500
REQUEST_TIMEOUT_S: Final = 60.0
#: Stop after this many pages in one run (a timer run comes back for the rest).
MAX_PAGES_PER_RUN: Final = 10_000
#: Page size of a first sync (the largest the server serves): fewer round trips.
FIRST_SYNC_LIMIT: Final = MAX_PULL_LIMIT
#: SQLite page cache of the connection applying a first sync (KiB).
FIRST_SYNC_CACHE_KIB: Final = 131_072

NOT_ENROLLED = (
    "Questa postazione non è registrata presso un server di sincronizzazione: registrarla "
    "con l'indirizzo del server e un codice di attivazione."
)
HTTPS_ONLY = "L'indirizzo del server deve iniziare con https:// (la sincronizzazione è cifrata)."
UNREACHABLE = (
    "Server di sincronizzazione non raggiungibile ({problem}). Le modifiche restano sulla "
    "postazione e saranno inviate automaticamente appena possibile."
)
CERTIFICATE = (
    "Il certificato del server di sincronizzazione non è valido o non è attendibile: "
    "nessun dato è stato inviato. Verificare l'indirizzo del server o rivolgersi "
    "all'amministratore di rete."
)
SERVER_FAILED = (
    "Il server di sincronizzazione ha risposto con un errore ({status}): {message} "
    "Le modifiche restano sulla postazione e saranno inviate di nuovo."
)
REVOKED = (
    "Questa postazione non è più autorizzata dal server di sincronizzazione (revocata o "
    "credenziali non valide): {message} Le modifiche locali sono conservate; rivolgersi "
    "all'amministratore di rete per registrarla di nuovo."
)
REFUSED = "Il server di sincronizzazione ha rifiutato la richiesta ({status}): {message}"
BAD_ANSWER = (
    "Il server di sincronizzazione ha mandato una risposta non valida: nessun dato è "
    "stato modificato sulla postazione. La sincronizzazione sarà ripetuta."
)
PAGE_FAILED = (
    "I dati ricevuti dal server non si possono salvare sulla postazione ({problem}): "
    "nessun dato di questa pagina è stato applicato e la sincronizzazione riprenderà dallo "
    "stesso punto."
)
SERVER_MANAGED_NOTE = (
    "Non inviata: questi dati ({entity}) sono gestiti dal server centrale e arrivano "
    "alla postazione dal server."
)
MISSING_RESULT = "Il server non ha risposto per questa modifica: sarà inviata di nuovo."
DESK_TOO_OLD = (
    "Questa versione di cotdesk è troppo vecchia per il server della rete: chiedere "
    "l'aggiornamento al referente informatico. Si può continuare a lavorare: le modifiche "
    "restano sul computer."
)
SERVER_TOO_OLD = (
    "Il server della rete ha una versione di cotdesk più vecchia di questa postazione: "
    "chiedere al referente informatico di aggiornare il server. Si può continuare a "
    "lavorare: le modifiche restano sul computer."
)


TOO_LARGE = (
    "Modifica sospesa: è più grande di quanto il server di sincronizzazione accetti in una "
    "volta ({size} byte). Resta sulla postazione con i suoi dati; rivolgersi all'assistenza."
)


class SyncError(UserError):
    """A sync step failed; the message (Italian) says what to do. Nothing half-applied."""


class PayloadTooLarge(SyncError):
    """413: the request is over the server's size limit (nothing was applied)."""


class TransientSyncError(SyncError):
    """Network trouble, a 5xx or a bad answer: retried later with backoff."""


class DeviceRevoked(SyncError):
    """401: the desk's token was revoked or is not valid; the outbox is kept."""


class ResyncNeeded(SyncError):
    """410: the server was restored; the next pull starts from the beginning."""


class ProtocolMismatch(SyncError):
    """426: the desk and the server speak no common protocol version; ``outdated`` says
    which one must be updated (``"desk"`` or ``"server"``). Nothing was sent or applied;
    the outbox is kept and the desk keeps working offline."""

    def __init__(self, outdated: str) -> None:
        super().__init__(DESK_TOO_OLD if outdated == "desk" else SERVER_TOO_OLD)
        self.outdated = outdated


@dataclass
class SyncReport:
    """What one :func:`sync_once` did; ``errors`` are Italian, for the status area."""

    pushed: int = 0
    parked: int = 0
    conflicts: int = 0
    pulled: int = 0
    errors: list[str] = field(default_factory=list)
    #: A transient failure (network, 5xx): try again after :func:`next_retry_delay`.
    retry: bool = False
    revoked: bool = False
    resync: bool = False
    #: No common protocol version: ``"desk"`` or ``"server"`` must be updated ("": agreed).
    outdated: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors


def next_retry_delay(
    failures: int,
    *,
    base_s: float = 2.0,
    cap_s: float = 300.0,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after ``failures`` consecutive failed tries (>= 1).

    Exponential backoff with full jitter (uniform in ``[0, min(cap, base * 2**(n-1))]``),
    so fifty desks that lost the server together do not come back together; at least
    one second, so a desk never spins.
    """
    ceiling = min(cap_s, base_s * 2.0 ** max(0, min(failures, 30) - 1))
    return max(1.0, ceiling * float(rng()))


# --------------------------------------------------------------------------- HTTP


def _client(ca_file: Path | str | None) -> httpx.Client:
    verify: ssl.SSLContext | bool = True
    if ca_file is not None:
        verify = ssl.create_default_context(cafile=str(ca_file))
        # A pinned server certificate need not be self-signed (one issued by an office's
        # own authority is pinned as it is): accept it as the trust anchor.
        verify.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return httpx.Client(verify=verify, timeout=REQUEST_TIMEOUT_S)


@contextmanager
def _client_for(
    http_client: httpx.Client | None, ca_file: Path | str | None
) -> Iterator[httpx.Client]:
    if http_client is not None:
        yield http_client
        return
    own = _client(ca_file)
    try:
        yield own
    finally:
        own.close()


def _https(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.lower().startswith("https://"):
        raise SyncError(HTTPS_ONLY)
    return url


def _server_versions(response: httpx.Response) -> tuple[int, int] | None:
    """The range of protocol versions the server says it supports, if it says it."""
    low, high = response.headers.get(PROTOCOL_MIN_HEADER), response.headers.get(PROTOCOL_MAX_HEADER)
    if low is None or high is None:  # a server from before the range: its one version
        low = high = response.headers.get("upgrade", "").rpartition("/")[2]
    try:
        return int(low), int(high)
    except ValueError:
        return None


def _outdated(response: httpx.Response) -> str:
    """Who must be updated after a 426 (the desk when the server does not say)."""
    supported = _server_versions(response)
    side = protocol_mismatch(PROTOCOL_VERSION, supported) if supported is not None else None
    return side or "desk"


def _error_message(response: httpx.Response) -> str:
    try:
        return ErrorBody.model_validate_json(response.content).message
    except ValidationError:
        return ""


Answer = TypeVar("Answer", bound=BaseModel)


def _post(
    client: httpx.Client,
    url: str,
    body: BaseModel,
    answer: type[Answer],
    *,
    token: str | None,
) -> Answer:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = client.post(url, content=body.model_dump_json(), headers=headers)
    except httpx.ConnectError as exc:
        if isinstance(exc.__context__, ssl.SSLError) or "CERTIFICATE" in str(exc).upper():
            raise TransientSyncError(CERTIFICATE) from exc
        raise TransientSyncError(UNREACHABLE.format(problem=type(exc).__name__)) from exc
    except httpx.TransportError as exc:
        raise TransientSyncError(UNREACHABLE.format(problem=type(exc).__name__)) from exc
    status = response.status_code
    if status == 401:
        raise DeviceRevoked(REVOKED.format(message=_error_message(response)))
    if status == 426:
        raise ProtocolMismatch(_outdated(response))
    if status == 413:
        raise PayloadTooLarge(REFUSED.format(status=status, message=_error_message(response)))
    if status == 410:
        raise ResyncNeeded(_error_message(response) or REFUSED.format(status=status, message=""))
    if status >= 500 or status == 429:
        raise TransientSyncError(
            SERVER_FAILED.format(status=status, message=_error_message(response))
        )
    if status >= 400:
        raise SyncError(REFUSED.format(status=status, message=_error_message(response)))
    try:
        return answer.model_validate_json(response.content)
    except ValidationError as exc:
        raise TransientSyncError(BAD_ANSWER) from exc


# --------------------------------------------------------------------------- enrollment


def enroll(
    db: Database,
    server_url: str,
    code: str,
    *,
    name: str = "Postazione",
    ca_file: Path | str | None = None,
    http_client: httpx.Client | None = None,
) -> EnrollResponse:
    """Enroll this desk with a one-time code: the token goes to the keyring, the server
    URL and the office to ``desk_state`` (never the token)."""
    url = _https(server_url)
    credentials.check_keyring()  # refuse before the one-time code is spent
    request = EnrollRequest(code=code.strip(), device_id=db.device_id, name=name)
    with _client_for(http_client, ca_file) as client:
        answer = _post(client, f"{url}/v1/enroll", request, EnrollResponse, token=None)
    credentials.store_token(db.device_id, answer.token)
    with db.translated_errors(), db.write_session() as session, session.begin():
        state = session.get_one(DeskState, 1)
        state.server_url = url
        state.office_id = answer.office_id
        state.sync_cursor = None
        state.resync_needed = False
    log.info("desk %s enrolled into office %s at %s", db.device_id, answer.office_id, url)
    return answer


# --------------------------------------------------------------------------- wire -> rows


def _models() -> dict[str, type[Synced]]:
    return {model.__sync_entity__: model for model in synced_models()}


def _table(model: type[Synced]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def _from_wire(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Wire values as column values; columns the desk does not know are ignored."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in values or column.key in ("server_version", "updated_at"):
            continue
        value = values[column.key]
        if value is not None:
            if isinstance(column.type, Uuid):
                value = uuid.UUID(str(value))
            elif isinstance(column.type, UTCDateTime):
                parsed = datetime.fromisoformat(str(value))
                value = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(str(value))
        row[column.key] = value
    return row


def _write_row(
    session: Session,
    model: type[Synced],
    row_id: uuid.UUID,
    *,
    op: str,
    version: int,
    values: dict[str, Any],
) -> None:
    table = _table(model)
    row = _from_wire(table, values)
    row.pop("id", None)
    row["server_version"] = version
    row["updated_at"] = utcnow()
    if op == "delete" and row.get("deleted_at") is None:
        row["deleted_at"] = utcnow()
    exists = session.execute(select(table.c.id).where(table.c.id == row_id)).first()
    if exists is None:
        session.execute(insert(table).values(id=row_id, **row))
    else:
        session.execute(update(table).where(table.c.id == row_id).values(**row))


def _local_version(session: Session, model: type[Synced], row_id: uuid.UUID) -> int | None:
    table = _table(model)
    version = session.execute(
        select(table.c.server_version).where(table.c.id == row_id)
    ).scalar_one_or_none()
    return None if version is None else int(version)


def _pending_rows(session: Session, row_ids: Iterable[uuid.UUID]) -> set[tuple[str, uuid.UUID]]:
    ids = list(set(row_ids))
    found: set[tuple[str, uuid.UUID]] = set()
    for start in range(0, len(ids), 500):
        found.update(
            (entity, row_id)
            for entity, row_id in session.execute(
                select(OutboxEntry.entity, OutboxEntry.row_id).where(
                    OutboxEntry.state == "pending", OutboxEntry.row_id.in_(ids[start : start + 500])
                )
            )
        )
    return found


@contextmanager
def _remote_session(db: Database) -> Iterator[Session]:
    """A write transaction for data from the server: never captured into the outbox,
    foreign keys checked at commit (a page may bring a child before its parent)."""
    with db.write_session() as session, session.begin():
        session.info["applying_remote"] = True
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        yield session


# --------------------------------------------------------------------------- push


@dataclass
class _PushCounts:
    pushed: int = 0
    parked: int = 0
    conflicts: int = 0


def _skip_server_managed(db: Database) -> None:
    """Server-managed entries made by no operator (fixtures, demo data, reference loads)
    are never sent; those an operator made (an administrator's edit of the directory, a
    password change) go to the server, which authorizes them or rejects them (parked)."""
    with _remote_session(db) as session:
        for entity in sorted(SERVER_MANAGED_ENTITIES):
            unsent = OutboxEntry.operator_id.is_(None) if entity != "device" else true()
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.state == "pending", OutboxEntry.entity == entity, unsent)
                .values(state="pushed", last_error=SERVER_MANAGED_NOTE.format(entity=entity))
            )


def _renumber(session: Session, first: int, server_last: int) -> None:
    """The server has seen this desk's sequences up to ``server_last`` (the desk was
    restored from an older backup): give every pending entry from ``first`` on a new
    sequence after it, in the same order, and move the desk's counter ahead."""
    local_last = session.execute(select(DeskState.last_sequence)).scalar_one()
    base = max(int(local_last), server_last)
    ids = session.execute(
        select(OutboxEntry.id)
        .where(OutboxEntry.state == "pending", OutboxEntry.sequence >= first)
        .order_by(OutboxEntry.sequence)
    ).scalars()
    count = 0
    for count, entry_id in enumerate(ids, start=1):
        session.execute(
            update(OutboxEntry).where(OutboxEntry.id == entry_id).values(sequence=base + count)
        )
    session.execute(update(DeskState).values(last_sequence=base + count))
    log.warning(
        "sequences from %s were already used (server has %s): %d entries renumbered",
        first,
        server_last,
        count,
    )


def _pending_batch(db: Database, size: int) -> list[OutboxEntry]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.state == "pending")
                .order_by(OutboxEntry.sequence)
                .limit(size)
            )
        )


def _mutation(entry: OutboxEntry) -> Mutation:
    return Mutation(
        mutation_id=entry.mutation_id,
        sequence=entry.sequence,
        entity=entry.entity,
        row_id=entry.row_id,
        op=entry.op,  # type: ignore[arg-type]
        base_version=entry.base_version,
        changes=entry.changes,
        operator_id=entry.operator_id,
        client_time=entry.created_at,
    )


def _apply_results(
    db: Database, entries: list[OutboxEntry], response: PushResponse, counts: _PushCounts
) -> int:
    """Settle a batch's entries in one transaction; the number of entries settled."""
    by_id = {entry.mutation_id: entry for entry in entries}
    models = _models()
    settled = 0
    reused: list[int] = []
    with _remote_session(db) as session:
        for result in response.results:
            entry = by_id.pop(result.mutation_id, None)
            if entry is None:
                continue  # not ours: ignore rather than trust it
            settled += 1
            if result.code == "sequence_reused":
                reused.append(entry.sequence)  # stays pending, numbered again below
                continue
            if result.code == "purged":
                # The person was erased: nothing of this change may be kept anywhere.
                session.execute(delete(OutboxEntry).where(OutboxEntry.id == entry.id))
                continue
            if result.status in ("applied", "duplicate", "conflict"):
                model = models.get(entry.entity)
                if model is not None and result.server_version > 0:
                    table = _table(model)
                    session.execute(
                        update(table)
                        .where(table.c.id == entry.row_id)
                        .values(
                            server_version=func.max(table.c.server_version, result.server_version)
                        )
                    )
            if result.status in ("applied", "duplicate"):
                state, note = "pushed", ""
                counts.pushed += 1
            elif result.status == "conflict":
                # Applied, merged field-wise; the server keeps both values of the fields
                # changed on both sides in a conflict a person resolves (fetch_conflicts).
                state, note = "pushed", result.reason
                counts.conflicts += 1
            else:
                state, note = "parked", result.reason
                counts.parked += 1
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(state=state, last_error=note, attempts=OutboxEntry.attempts + 1)
            )
        for entry in by_id.values():
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry.id)
                .values(last_error=MISSING_RESULT, attempts=OutboxEntry.attempts + 1)
            )
        if reused:
            _renumber(session, min(reused), response.last_sequence)
        else:  # never hand out a sequence the server has already accepted
            session.execute(
                update(DeskState).values(
                    last_sequence=func.max(DeskState.last_sequence, response.last_sequence)
                )
            )
    return settled


def push_pending(
    db: Database, client: httpx.Client, server_url: str, token: str, *, batch: int = PUSH_BATCH
) -> _PushCounts:
    """Push every pending outbox entry, batch by batch, in sequence order."""
    counts = _PushCounts()
    batch = max(1, min(batch, MAX_PUSH_MUTATIONS))
    with db.translated_errors():
        _skip_server_managed(db)
    renumbered = 0
    while True:
        entries = _pending_batch(db, batch)
        if not entries:
            return counts
        request = PushRequest(device_id=db.device_id, mutations=[_mutation(e) for e in entries])
        try:
            response = _post(client, f"{server_url}/v1/push", request, PushResponse, token=token)
        except PayloadTooLarge:
            if len(entries) > 1:  # smaller batches until they fit
                batch = max(1, len(entries) // 2)
                continue
            # One change alone is over the limit: parked with its data, never blocking
            # the queue (the next run sends the rest; batches grow back to the default).
            size = len(request.model_dump_json().encode())
            with db.translated_errors(), db.write_session() as session, session.begin():
                session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.id == entries[0].id)
                    .values(
                        state="parked",
                        last_error=TOO_LARGE.format(size=f"{size:,}".replace(",", ".")),
                        attempts=OutboxEntry.attempts + 1,
                    )
                )
            counts.parked += 1
            continue
        with db.translated_errors():
            settled = _apply_results(db, entries, response, counts)
        if settled < len(entries):
            raise TransientSyncError(BAD_ANSWER)
        if any(result.code == "sequence_reused" for result in response.results):
            renumbered += 1
            if renumbered > 3:  # numbered after the server's last twice already: give up
                raise TransientSyncError(BAD_ANSWER)


# --------------------------------------------------------------------------- pull


def _apply_other(session: Session, change: PulledChange) -> bool:
    """A pulled change that is not a row of a table of the desk."""
    if change.entity == PURGE_ENTITY:  # an erasure (GDPR) made on another desk
        from cotdesk.services.gdpr import apply_remote_purge

        apply_remote_purge(session, dict(change.values))
        return True
    log.warning("pulled an entity this desk does not know: %s", change.entity)
    return False


def _apply_in_session(session: Session, page: PullPage, before: str | None) -> int:
    """Apply ``page`` (pulled with the cursor ``before``) in bulk (:mod:`cotdesk.sync.bulk`).

    In a first sync the search index triggers are off for the page (in its transaction
    only, so no other connection sees them off), and the index is rebuilt set-wise, in the
    same transaction, by the page that ends a phase: the open cases are searchable once
    they are all in, everything once the first sync is over. The page cache is enlarged
    for the page (the indexes being filled stay in memory)."""
    first = first_sync.is_first_sync(before)
    phase = first_sync.phase_of(before)
    # (a server without phases answers a first pull from its feed, with an ordinary cursor)
    open_phase = phase == "open" and first_sync.is_first_sync(page.cursor)
    connection = session.connection()
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    try:
        if first:
            connection.execute(text("UPDATE search_state SET enabled = 0 WHERE singleton = 1"))
            connection.exec_driver_sql(f"PRAGMA cache_size = -{FIRST_SYNC_CACHE_KIB}")
        known = bulk.tables()
        rows = [change for change in page.changes if change.entity in known]
        applied, written = bulk.apply_changes(
            session, rows, insert_only=open_phase, skip_same=first and phase == "rest"
        )
        if open_phase:
            applied -= bulk.prune_orphans(session, written)
        for change in page.changes:
            if change.entity not in known and _apply_other(session, change):
                applied += 1
        if first and first_sync.phase_of(page.cursor) != phase:
            search.rebuild_search_index(connection)  # switches the triggers back on
        elif first:
            connection.execute(text("UPDATE search_state SET enabled = 1 WHERE singleton = 1"))
        session.execute(update(DeskState).values(sync_cursor=page.cursor, resync_needed=False))
    finally:
        if first:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    return applied


def apply_page(db: Database, page: PullPage) -> int:
    """Apply a page and store its cursor, in one transaction; the rows written."""
    try:
        with db.translated_errors(), _remote_session(db) as session:
            state = session.execute(select(DeskState.sync_cursor, DeskState.resync_needed)).one()
            before = None if state.resync_needed else state.sync_cursor
            applied = _apply_in_session(session, page, before)
    except DatabaseError as exc:  # disk full, locked, I/O error: said in Italian already
        log.warning("pull page not applied: %s", exc.message)
        raise SyncError(PAGE_FAILED.format(problem=exc.message)) from exc
    except (SQLAlchemyError, ValueError) as exc:
        log.exception("pull page not applied")
        raise SyncError(PAGE_FAILED.format(problem=type(exc).__name__)) from exc
    if any(change.entity == PURGE_ENTITY for change in page.changes):
        from cotdesk.services.gdpr import try_secure_cleanup

        try_secure_cleanup(db)  # the erased names out of the file's free pages and WAL
    return applied


def settle_deferred(db: Database) -> int:
    """Apply held-back pulled rows whose local edits are no longer pending."""
    models = _models()
    applied = 0
    with db.translated_errors(), _remote_session(db) as session:
        deferred = list(session.scalars(select(SyncDeferred)))
        if not deferred:
            return 0
        pending = _pending_rows(session, (row.row_id for row in deferred))
        for row in deferred:
            if (row.entity, row.row_id) in pending:
                continue
            model = models.get(row.entity)
            if model is not None:
                local = _local_version(session, model, row.row_id)
                if local is None or row.version >= local:
                    _write_row(
                        session,
                        model,
                        row.row_id,
                        op=row.op,
                        version=row.version,
                        values=row.values,
                    )
                    applied += 1
            session.execute(
                delete(SyncDeferred).where(
                    SyncDeferred.entity == row.entity, SyncDeferred.row_id == row.row_id
                )
            )
    return applied


def pull_all(
    db: Database,
    client: httpx.Client,
    server_url: str,
    token: str,
    *,
    limit: int | None = None,
    progress: Callable[[first_sync.Progress], None] | None = None,
) -> int:
    """Pull and apply pages until the server has no more ready; the rows written.

    The next page is asked for (on a worker thread) while this one is applied: a page
    brings the cursor of the next one, and pages are still applied one by one, in order,
    each with its cursor. A first sync (no cursor yet, or a resync) asks for the largest
    pages (:data:`FIRST_SYNC_LIMIT`) and tells ``progress`` after each page applied."""

    def fetch(cursor: str | None) -> PullPage:
        first = first_sync.is_first_sync(cursor)
        size = limit or (FIRST_SYNC_LIMIT if first else DEFAULT_PULL_LIMIT)
        request = PullRequest(cursor=cursor, limit=size)
        return _post(client, f"{server_url}/v1/pull", request, bulk.WirePage, token=token)

    with db.read_session() as session:
        state = session.get_one(DeskState, 1)
        cursor = None if state.resync_needed else state.sync_cursor
    pulled = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
        coming = fetcher.submit(fetch, cursor)
        for _ in range(MAX_PAGES_PER_RUN):
            try:
                page = coming.result()
            except ResyncNeeded:
                with db.translated_errors(), db.write_session() as session, session.begin():
                    session.execute(update(DeskState).values(sync_cursor=None, resync_needed=True))
                raise
            if page.more:
                coming = fetcher.submit(fetch, page.cursor)
            pulled += apply_page(db, page)  # on failure the page asked for is dropped
            if progress is not None:
                done = first_sync.progress(page.cursor)
                if done is not None:
                    progress(done)
            if not page.more:
                break
    return pulled


# --------------------------------------------------------------------------- conflicts


@contextmanager
def _connected(
    db: Database, http_client: httpx.Client | None, ca_file: Path | str | None
) -> Iterator[tuple[httpx.Client, str, str]]:
    """``(client, server url, token)`` of an enrolled desk; :class:`SyncError` if not."""
    with db.read_session() as session:
        server_url = session.get_one(DeskState, 1).server_url
    if not server_url:
        raise SyncError(NOT_ENROLLED)
    token = credentials.load_token(db.device_id)
    if http_client is None and ca_file is None:
        ca_file = tls.pinned_ca_file(db.path)
    with _client_for(http_client, ca_file) as client:
        yield client, server_url, token


def fetch_conflicts(
    db: Database,
    *,
    http_client: httpx.Client | None = None,
    ca_file: Path | str | None = None,
) -> ConflictsPage:
    """The open conflicts of the desk's office, with both values, who and when (read only;
    :class:`SyncError` with an Italian message when the server cannot be asked)."""
    with _connected(db, http_client, ca_file) as (client, url, token):
        return _post(client, f"{url}/v1/conflicts", ConflictsRequest(), ConflictsPage, token=token)


def send_resolutions(
    db: Database,
    resolutions: list[Resolution],
    *,
    http_client: httpx.Client | None = None,
    ca_file: Path | str | None = None,
) -> ResolveResponse:
    """Tell the server people's decisions (after pushing the mutations they name)."""
    with _connected(db, http_client, ca_file) as (client, url, token):
        return _post(
            client,
            f"{url}/v1/conflicts/resolve",
            ResolveRequest(resolutions=resolutions),
            ResolveResponse,
            token=token,
        )


# --------------------------------------------------------------------------- one run


def sync_once(
    db: Database,
    *,
    http_client: httpx.Client | None = None,
    ca_file: Path | str | None = None,
) -> SyncReport:
    """Push the outbox, then pull the office's changes. Never raises for sync trouble:
    the report says what happened (Italian errors for the status area)."""
    report = SyncReport()
    if http_client is None and ca_file is None:
        ca_file = tls.pinned_ca_file(db.path)  # a self-signed server trusted at enrollment
    with db.read_session() as session:
        server_url = session.get_one(DeskState, 1).server_url
    if not server_url:
        report.errors.append(NOT_ENROLLED)
        return report
    try:
        token = credentials.load_token(db.device_id)
    except credentials.CredentialsError as exc:
        report.errors.append(exc.message)
        return report

    def failed(exc: SyncError | DatabaseError) -> None:
        log.warning("sync: %s", exc.message)
        report.errors.append(exc.message)
        report.retry = report.retry or isinstance(exc, TransientSyncError)
        report.revoked = report.revoked or isinstance(exc, DeviceRevoked)
        report.resync = report.resync or isinstance(exc, ResyncNeeded)
        if isinstance(exc, ProtocolMismatch):
            report.outdated = exc.outdated

    with _client_for(http_client, ca_file) as client:
        try:
            counts = push_pending(db, client, server_url, token)
            report.pushed, report.parked = counts.pushed, counts.parked
            report.conflicts = counts.conflicts
        except (SyncError, DatabaseError) as exc:
            failed(exc)
        if report.revoked or report.outdated:
            return report
        try:
            settle_deferred(db)
            report.pulled = pull_all(db, client, server_url, token)
        except (SyncError, DatabaseError) as exc:
            failed(exc)
    if report.ok:
        with db.translated_errors(), db.write_session() as session, session.begin():
            session.execute(update(DeskState).values(last_sync_at=utcnow()))
    return report


def sync_with_retries(
    db: Database,
    *,
    attempts: int = 5,
    http_client: httpx.Client | None = None,
    ca_file: Path | str | None = None,
    sleep: Callable[[float], None] | None = None,
    delay: Callable[[int], float] = next_retry_delay,
) -> SyncReport:
    """:func:`sync_once`, tried again after a transient failure with backoff and jitter
    (at most ``attempts`` tries). The timer of the app uses the same delays."""
    wait = sleep if sleep is not None else time.sleep
    report = SyncReport()
    for attempt in range(1, max(1, attempts) + 1):
        report = sync_once(db, http_client=http_client, ca_file=ca_file)
        if not report.retry or attempt == attempts:
            return report
        wait(delay(attempt))
    return report


def column_values(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Wire values of ``entity`` as the desk's column values (unknown fields dropped)."""
    model = _models().get(entity)
    if model is None:
        return {}
    return _from_wire(_table(model), values)
