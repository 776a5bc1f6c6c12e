"""The sync wire protocol, shared by the desk and the central server (pydantic v2).

Every request to ``/v1/...`` carries the header :data:`PROTOCOL_HEADER` with
:data:`PROTOCOL_VERSION`. Every answer of the server carries the range of versions it
supports (:data:`PROTOCOL_MIN_HEADER`, :data:`PROTOCOL_MAX_HEADER`); a request of a version
outside it is answered 426 with an :class:`ErrorBody` (``error == "protocol_version"``):
from the range the desk tells whether it is too old for the server or the server too old
for it (:func:`protocol_mismatch`), says so in Italian and keeps working offline.

Push (desk → server)
    :class:`PushRequest` carries a batch of :class:`Mutation` s, one per outbox entry. The
    server applies each exactly once and answers a :class:`PushResult` per mutation:
    ``applied``, ``duplicate`` (already applied: the stored result is returned again),
    ``conflict`` (merged field-wise; fields changed on both sides keep both values in a
    conflict a person resolves) or ``rejected`` (never applied; the desk parks it and shows
    the reason). A rejected mutation never blocks the ones after it.

Pull (server → desk)
    :class:`PullRequest` carries the opaque cursor of the last page applied (``None`` for a
    first sync); :class:`PullPage` carries the current state of each changed row of the
    desk's office and the cursor to store **in the same transaction** as the page. The
    office is never a client parameter: the server takes it from the desk's enrollment. A
    cursor from another server epoch (the database was restored) is answered 410 with
    ``error == "resync"``.

Values on the wire are JSON: UUIDs as strings, dates and UTC timestamps in ISO 8601
(see ``cotdesk.db.changes.to_wire``). Device clocks (``client_time``) are metadata only:
nothing about merge or order depends on them.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Final, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StrictInt,
    StringConstraints,
)

#: Version of this protocol; bumped on any incompatible change of the models below.
PROTOCOL_VERSION: Final = 1
#: The oldest version a server of this code still serves (desks are updated one by one:
#: a server keeps serving the previous version while they are).
MIN_PROTOCOL_VERSION: Final = 1
#: Request and response header carrying :data:`PROTOCOL_VERSION`.
PROTOCOL_HEADER: Final = "Cotdesk-Protocol"
#: Response headers with the range of versions the server supports (on every answer).
PROTOCOL_MIN_HEADER: Final = "Cotdesk-Protocol-Min"
PROTOCOL_MAX_HEADER: Final = "Cotdesk-Protocol-Max"

#: Largest request body the server accepts (bytes); larger ones are answered 413.
MAX_BODY_BYTES: Final = 5 * 1024 * 1024
#: Most mutations in one push; a desk with more queued sends several batches.
MAX_PUSH_MUTATIONS: Final = 2000
#: Largest pull page a desk may ask for, and the default page size.
MAX_PULL_LIMIT: Final = 20_000
DEFAULT_PULL_LIMIT: Final = 1000

#: Bounds of a pushed value (a field of a mutation's ``changes``), far above anything a desk
#: writes (its longest texts are notes typed by a person; its JSON columns nest a few
#: levels): a longer string, a longer list or object, or a deeper nesting is refused
#: (422) with the whole batch, never stored.
MAX_WIRE_STRING: Final = 1_000_000
MAX_WIRE_ITEMS: Final = 10_000
MAX_WIRE_DEPTH: Final = 32

#: Entities that travel on the wire (``__sync_entity__`` of the desk's models).
SYNC_ENTITIES: Final = frozenset(
    {
        "office",
        "device",
        "operator",
        "person",
        "household",
        "household_member",
        "case",
        "assessment",
        "assessment_need",
        "unmet_need",
        "case_event",
        "partner",
        "agreement",
        "service",
        "referral",
        "consent",
        "audit_event",
        "meeting",
        "meeting_item",
        "person_revision",
    }
)
#: Inserted once, never updated or deleted (so they never conflict).
APPEND_ONLY_ENTITIES: Final = frozenset(
    {"assessment", "assessment_need", "case_event", "consent", "audit_event", "person_revision"}
)
#: Administered on the central server (offices, desks, operators, the partner directory):
#: they flow from the server to the desks, and a desk's push of them is rejected.
SERVER_MANAGED_ENTITIES: Final = frozenset(
    {"office", "device", "operator", "partner", "agreement", "service"}
)
#: What a desk may push.
DESK_WRITABLE_ENTITIES: Final = SYNC_ENTITIES - SERVER_MANAGED_ENTITIES
#: The partner directory: one for the whole network (every desk of every office gets it).
#: Offices and operators are scoped to their office; everything else to the pushing desk's.
#: A desk's change of a server-managed row is accepted only when an active administrator of
#: the desk's office made it (operators may also change their own password hash,
#: supervisors the password hash of their office's operators); never a ``device``.
DIRECTORY_ENTITIES: Final = frozenset({"partner", "agreement", "service"})
#: Pulled pseudo-entity: a GDPR erasure applied on the server. Its values are
#: ``{"entity", "row_id", "purged": {entity: [row ids]}}`` (ids only, no personal data); the
#: desk deletes those rows and everything linked to them, with their outbox entries, parked
#: changes, held-back pulls, drafts and search index entries.
PURGE_ENTITY: Final = "purge"
#: A desk's ``delete`` whose changes carry ``PURGE_FLAG: true`` (and ``"purged"``, the ids
#: it removed) asks the server to purge the record and everything linked to it.
PURGE_FLAG: Final = "purge"

EntityName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]{0,39}$")]
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,62}$")]
#: A line of text for people (a name): no control characters (PostgreSQL refuses NUL).
LineText = Annotated[str, StringConstraints(pattern=r"^[^\x00-\x1f\x7f]*$")]
MutationOp = Literal["insert", "update", "delete"]
PushStatus = Literal["applied", "duplicate", "conflict", "rejected"]
#: Why a mutation was not applied, for the desk's software (the ``reason`` is for people):
#: ``sequence_reused``: its sequence was already used by this device (a desk restored from
#: an older backup): nothing was recorded; the desk numbers it again after the response's
#: ``last_sequence`` and sends it again with the same id. ``purged``: the record (or one it
#: refers to) was erased (GDPR): never applied, nothing of it kept; the desk drops it.
PushCode = Literal["", "sequence_reused", "purged"]
PullOp = Literal["upsert", "delete"]


def _bounded(value: JsonValue) -> JsonValue:
    """``value`` if within the wire bounds above, else ``ValueError`` (walked without
    recursion, so a hostile nesting cannot exhaust the stack)."""
    stack: list[tuple[JsonValue, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_WIRE_STRING:
                raise ValueError(f"string longer than {MAX_WIRE_STRING} characters")
        elif isinstance(item, list | dict):
            if depth >= MAX_WIRE_DEPTH:
                raise ValueError(f"nested deeper than {MAX_WIRE_DEPTH} levels")
            if len(item) > MAX_WIRE_ITEMS:
                raise ValueError(f"more than {MAX_WIRE_ITEMS} items")
            if isinstance(item, dict):
                stack.extend((key, depth + 1) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
    return value


#: A JSON value within the wire bounds (:data:`MAX_WIRE_STRING` and the others).
WireValue = Annotated[JsonValue, AfterValidator(_bounded)]


def _no_nul(value: JsonValue) -> JsonValue:
    """``value`` unless a string in it (a key too) holds NUL, which PostgreSQL refuses."""
    stack: list[JsonValue] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise ValueError("NUL character (\\u0000) in a string")
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return value


#: A :data:`WireValue` without NUL characters: for requests applied whole (an
#: administrator's), where a value the database refuses must be a 422, not a 500. A desk's
#: push keeps :data:`WireValue`: such a mutation is rejected alone, the batch goes on.
StoredValue = Annotated[WireValue, AfterValidator(_no_nul)]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mutation(_Wire):
    """One local change (an outbox entry) as pushed by a desk."""

    #: Unique per device and stable across retries: the key of exactly-once.
    mutation_id: uuid.UUID
    #: Per-device sequence; gaps are allowed, order is respected.
    sequence: StrictInt = Field(ge=1, le=2**62)
    entity: EntityName
    row_id: uuid.UUID
    op: MutationOp
    #: The server version the change was based on (0: a row the server has never seen).
    base_version: StrictInt = Field(ge=0, le=2**62)
    #: Changed fields and their new values (an insert carries every field).
    changes: dict[FieldName, WireValue] = Field(max_length=300)
    #: The operator who made the change on the desk, if any (shown with conflicts).
    operator_id: uuid.UUID | None = None
    #: The desk's clock when the change was made: metadata only.
    client_time: AwareDatetime | None = None


class PushRequest(_Wire):
    device_id: uuid.UUID
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_MUTATIONS)


class PushResult(_Wire):
    mutation_id: uuid.UUID
    status: PushStatus
    #: Why a mutation was rejected or what conflicted, in Italian for the operator.
    reason: str = ""
    #: The row's server version after this mutation (0 when it was never applied).
    server_version: int = 0
    #: Machine-readable cause of a refusal the desk handles itself (:data:`PushCode`).
    code: PushCode = ""


class PushResponse(_Wire):
    results: list[PushResult]
    #: The highest per-device sequence the server has accepted from this desk: a desk
    #: whose own counter is lower (restored from a backup) jumps ahead of it.
    last_sequence: int = Field(default=0, ge=0)


class PullRequest(_Wire):
    #: The cursor of the last page applied; ``None`` for a first (or restarted) sync.
    cursor: str | None = Field(default=None, max_length=200)
    limit: StrictInt = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class PulledChange(_Wire):
    entity: EntityName
    row_id: uuid.UUID
    #: ``delete``: the row is a tombstone (its values carry ``deleted_at``).
    op: PullOp
    version: int
    #: The row's current values, as last written by the desks.
    values: dict[str, JsonValue]


class PullPage(_Wire):
    changes: list[PulledChange]
    #: Store it with the page, in the same transaction; send it back on the next pull.
    cursor: str
    #: More changes are ready now: pull again at once.
    more: bool


class EnrollRequest(_Wire):
    #: The one-time enrollment code the administrator gave (``XXXX-XXXX-XXXX``).
    code: str = Field(min_length=1, max_length=64)
    #: The desk's own id (``desk_state.device_id``): ids are made by the client.
    device_id: uuid.UUID
    #: A name for the desk, shown to administrators (e.g. "Sportello 2, ingresso").
    name: LineText = Field(min_length=1, max_length=200)


class EnrollResponse(_Wire):
    device_id: uuid.UUID
    office_id: uuid.UUID
    #: The device token, shown only once: the desk keeps it in the OS keyring.
    token: str


ConflictChoice = Literal["server", "device"]
ResolveStatus = Literal["resolved", "already_resolved", "unknown", "mutation_not_received"]
MAX_CONFLICTS_PAGE: Final = 500


class ConflictSide(_Wire):
    """One of the two values of a conflicting field, with who wrote it and when."""

    value: JsonValue
    #: The desk that wrote it (None: not known, e.g. a conflict older than this record).
    device_id: uuid.UUID | None = None
    device_name: str = ""
    operator_id: uuid.UUID | None = None
    #: The writing desk's clock when the change was made (metadata only) …
    changed_at: AwareDatetime | None = None
    #: … and when the server received it.
    received_at: AwareDatetime | None = None


class OpenConflict(_Wire):
    """A field changed on two desks since one of them last saw it: both values kept."""

    conflict_id: uuid.UUID
    entity: EntityName
    row_id: uuid.UUID
    field: FieldName
    #: The value the row kept (first to reach the server) …
    server: ConflictSide
    #: … and the value of the desk whose change arrived second (not in the row).
    device: ConflictSide
    #: The mutation that carried ``device``'s value.
    mutation_id: uuid.UUID
    created_at: AwareDatetime


class ConflictsRequest(_Wire):
    """The open conflicts of the desk's office (the office comes from the enrollment)."""

    limit: StrictInt = Field(default=MAX_CONFLICTS_PAGE, ge=1, le=MAX_CONFLICTS_PAGE)


class ConflictsPage(_Wire):
    conflicts: list[OpenConflict]
    #: The office has more open conflicts than ``limit``.
    more: bool


class Resolution(_Wire):
    """A person's decision on a conflict.

    ``server``: the value the row kept stays. ``device``: the other value wins; the
    resolving desk writes it as a **new mutation** of its own (pushed before this, based
    on the row's current version, so it is applied and reaches every desk), and names it
    in ``mutation_id`` (None when the row already holds that value).
    """

    conflict_id: uuid.UUID
    choice: ConflictChoice
    mutation_id: uuid.UUID | None = None
    operator_id: uuid.UUID | None = None


class ResolveRequest(_Wire):
    resolutions: list[Resolution] = Field(max_length=MAX_CONFLICTS_PAGE)


class ResolveResult(_Wire):
    conflict_id: uuid.UUID
    #: ``mutation_not_received``: push the resolving mutation first, then resolve again.
    status: ResolveStatus


class ResolveResponse(_Wire):
    results: list[ResolveResult]


class ErrorBody(_Wire):
    """Body of every 4xx/5xx answer."""

    #: Machine-readable code, e.g. ``invalid_json``, ``resync``, ``unauthorized``.
    error: str
    #: What happened and what to do, in Italian.
    message: str
    details: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- versions


def protocol_mismatch(version: int, supported: tuple[int, int]) -> Literal["desk", "server"] | None:
    """Who is too old when a desk speaking ``version`` meets a server supporting the
    range ``supported`` (inclusive): ``"desk"``, ``"server"``, or None (they agree)."""
    low, high = supported
    if version < low:
        return "desk"
    if version > high:
        return "server"
    return None


# --------------------------------------------------------------------------- the pull cursor


class Cursor(NamedTuple):
    """Position in the server's change feed: opaque to the desk.

    ``epoch`` is the server epoch the cursor was issued in (a restore bumps it, and older
    cursors must resync); ``(row_epoch, xid, change_id)`` is the position of the last change
    read, ordered as the server orders its feed.
    """

    epoch: int
    row_epoch: int
    xid: int
    change_id: int

    def encode(self) -> str:
        return f"c1.{self.epoch}.{self.row_epoch}.{self.xid}.{self.change_id}"

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """Parse a cursor; ``ValueError`` if it was not made by :meth:`encode`."""
        parts = text.split(".")
        if len(parts) != 5 or parts[0] != "c1":
            raise ValueError("not a cursor")
        numbers = [int(part) for part in parts[1:] if part.isdigit() and len(part) <= 20]
        if len(numbers) != 4:
            raise ValueError("not a cursor")
        return cls(*numbers)

    @classmethod
    def start(cls, epoch: int) -> Cursor:
        return cls(epoch, 0, 0, 0)
