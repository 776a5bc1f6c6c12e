"""The central server's own store: SQLAlchemy 2 models and engine for PostgreSQL (psycopg 3)
or, for a one-office trial and the demo, a SQLite file (:func:`_sqlite_engine`).

The server does not share the desk's typed models (``cotdesk.db``): it keeps every synced
row generically in :class:`SyncRow` (entity, id, office, version, JSON values, tombstone),
which is enough to merge, version and route changes; a typed per-entity schema can come
later without changing the protocol.

Sync bookkeeping, written in the same transaction as the change it describes:

* :class:`SyncMutation`: every (device, mutation id) received, with a hash of its payload
  and the result answered, so a replay gets the same answer and is never applied twice;
* :class:`SyncChange`: one row per changed record, the feed the desks pull from
  (DESIGN.md, "The pull cursor on PostgreSQL");
* :class:`SyncConflict`: both values of a field changed on two sides, for a person to
  resolve.

The schema is built only by the Alembic migrations in ``migrations/`` (never
``create_all``); a test checks the models and the migrations agree.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Uuid,
    create_engine,
    event,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import base as postgresql_base
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator, UserDefinedType

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Alembic's version table of the server schema (distinct from the desk's).
VERSION_TABLE = "alembic_version_server"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Xid8(UserDefinedType[int]):
    """PostgreSQL's 64-bit transaction id (``xid8``), read and written as an int."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "xid8"

    def bind_expression(self, bindvalue: Any) -> Any:
        from sqlalchemy import cast, type_coerce

        return cast(type_coerce(bindvalue, Text), self)

    def column_expression(self, colexpr: Any) -> Any:
        from sqlalchemy import cast

        return cast(colexpr, Text)

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        def process(value: Any) -> int | None:
            return None if value is None else int(value)

        return process

    def bind_processor(self, dialect: Any) -> Any:
        def process(value: Any) -> str | None:
            return None if value is None else str(int(value))

        return process


# Reflection (Alembic's comparison of models and migrations) knows the type by name.
postgresql_base.ischema_names.setdefault("xid8", Xid8)


class _SQLiteUTCDateTime(TypeDecorator[datetime]):
    """SQLite keeps no time zone: store UTC, read back aware (UTC) datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


#: Timestamps: ``timestamptz`` on PostgreSQL; UTC text read back as aware on SQLite.
TZDateTime = DateTime(timezone=True).with_variant(_SQLiteUTCDateTime(), "sqlite")
#: JSON documents (``jsonb`` on PostgreSQL, JSON text on SQLite).
JSON_DOC = JSON().with_variant(JSONB(), "postgresql")
#: A single JSON value where ``null`` is a value, not a missing one.
JSON_VALUE = JSON(none_as_null=False).with_variant(JSONB(none_as_null=False), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerState(Base):
    """The server's own identity (exactly one row)."""

    __tablename__ = "server_state"
    __table_args__ = (CheckConstraint("singleton = 1", name="singleton"),)

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Bumped on every restore or reset of this database: desks holding a cursor of an
    #: older epoch resync (their cursor's transaction ids mean nothing any more).
    epoch: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    epoch_changed_at: Mapped[datetime] = mapped_column(TZDateTime)


class Office(Base):
    """An office (COT / sportello): what devices are enrolled to and rows belong to."""

    __tablename__ = "office"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(TZDateTime)


class Device(Base):
    """An enrolled desk. Its token is kept only as a salted scrypt hash."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_salt: Mapped[bytes] = mapped_column(LargeBinary)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column(TZDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    #: Highest per-device sequence received: a lower one that is not a replay is refused.
    last_sequence: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    last_push_at: Mapped[datetime | None] = mapped_column(TZDateTime)


class AdminToken(Base):
    """A network administrator's API token (created from the command line)."""

    __tablename__ = "admin_token"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_salt: Mapped[bytes] = mapped_column(LargeBinary)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(TZDateTime)


class EnrollmentCode(Base):
    """A one-time code that enrolls one desk into one office."""

    __tablename__ = "enrollment_code"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    #: Deterministic scrypt of the normalised code (``security.code_hash``; the code
    #: itself is shown once, never stored).
    code_hash: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    expires_at: Mapped[datetime] = mapped_column(TZDateTime)
    used_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("device.id"))


class SyncRow(Base):
    """The server's copy of one synced record, stored generically."""

    __tablename__ = "sync_row"
    __table_args__ = (Index("ix_sync_row_office_entity", "office_id", "entity"),)

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: From the enrollment of the device that created the row, never from the payload;
    #: None for the network-wide partner directory (``DIRECTORY_ENTITIES``), whose changes
    #: go to the feed of every office (:mod:`cotdesk.server.managed`).
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"))
    #: Incremented on every applied change of the row.
    version: Mapped[int] = mapped_column(BigInteger)
    #: The row's values as the desks write them (``{field: JSON value}``).
    data: Mapped[dict[str, Any]] = mapped_column(JSON_DOC)
    #: ``{field: version}``: the version that last changed each field (field-wise merge).
    field_versions: Mapped[dict[str, int]] = mapped_column(JSON_DOC)
    #: Tombstone: deleted rows stay (and travel) so they never come back.
    deleted: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime)
    created_by_device: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_by_device: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class SyncChange(Base):
    """One row per changed record, written in the same transaction as the change.

    ``xid`` is the writing transaction's top-level id (``pg_current_xact_id()``, the same
    inside SAVEPOINTs); a pull only reads changes below the snapshot's xmin and orders them
    by ``(epoch, xid, id)``, so a transaction that commits late delays desks but is never
    skipped (DESIGN.md, principle 8).
    """

    __tablename__ = "sync_change"
    __table_args__ = (
        Index("ix_sync_change_office_position", "office_id", "epoch", "xid", "id"),
        CheckConstraint("op IN ('insert', 'update', 'delete')", name="op"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), Identity(always=True), primary_key=True
    )
    xid: Mapped[int] = mapped_column(
        Xid8().with_variant(BigInteger(), "sqlite"), server_default=text("pg_current_xact_id()")
    )
    epoch: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    entity: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(BigInteger)


class SyncMutation(Base):
    """Every mutation received, keyed by (device, mutation id): the exactly-once ledger."""

    __tablename__ = "sync_mutation"
    __table_args__ = (
        # Which mutation wrote a given version of a row (the author of a conflict's kept
        # value); looked up only when a conflict is raised.
        Index("ix_sync_mutation_row", "entity", "row_id", "wrote_version"),
        CheckConstraint(
            "status IN ('applied', 'conflict', 'rejected')",
            name="status",
        ),
    )

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), primary_key=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))
    #: SHA-256 of the canonical JSON of the mutation as received.
    payload_hash: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    server_version: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(TZDateTime)
    #: The mutation itself (canonical JSON text) when it was not applied as sent (rejected
    #: or conflicting): nothing a desk sent is lost on the server either. Text, not JSONB,
    #: so that even values PostgreSQL's JSONB refuses (``\u0000``) are kept.
    payload: Mapped[str | None] = mapped_column(Text)
    #: The operator who made the change on the desk, and the desk's clock then (metadata):
    #: shown as "who and when" of the value a conflict kept.
    operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    client_time: Mapped[datetime | None] = mapped_column(TZDateTime)
    #: The row version this mutation wrote; None when it changed nothing (a replayed
    #: insert, a conflict with nothing else to merge, a rejection).
    wrote_version: Mapped[int | None] = mapped_column(BigInteger)


class SyncConflict(Base):
    """A field changed on two sides since the pushing desk last saw it: both values kept."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_office_open", "office_id", "resolved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(63))
    #: The version the desk's change was based on, and the row's version when it arrived.
    base_version: Mapped[int] = mapped_column(BigInteger)
    server_version: Mapped[int] = mapped_column(BigInteger)
    #: The value kept in the row (first to reach the server) and the desk's value.
    server_value: Mapped[Any] = mapped_column(JSON_VALUE)
    device_value: Mapped[Any] = mapped_column(JSON_VALUE)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    client_time: Mapped[datetime | None] = mapped_column(TZDateTime)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    #: Who wrote the value the row kept (``server_value``), and when: the desk, its
    #: operator and its clock (metadata), and when the server received it. None when not
    #: known (conflicts raised before these were recorded).
    server_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    server_operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    server_client_time: Mapped[datetime | None] = mapped_column(TZDateTime)
    server_received_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    #: ``server`` (the kept value stays) or ``device`` (the desk's value, written by the
    #: resolving desk's own new mutation ``resolution_mutation_id``).
    resolution: Mapped[str | None] = mapped_column(String(10))
    resolution_mutation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolved_by_device: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolved_by_operator: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class SyncPurge(Base):
    """A GDPR erasure applied on the server (:mod:`cotdesk.server.purge`): who asked and
    when, and how many rows went; no personal data (the erased rows are gone)."""

    __tablename__ = "sync_purge"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: The erased record (a person; a case for the retention job).
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    rows: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    mutation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    purged_at: Mapped[datetime] = mapped_column(TZDateTime)


class SyncPurgedRow(Base):
    """Every id a purge removed: a later mutation of it, or referring to it, is refused
    (a desk offline for months never brings an erased record back)."""

    __tablename__ = "sync_purged_row"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    purge_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_purge.id"), index=True)


# --------------------------------------------------------------------------- engine, schema


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def normalise_database_url(url: str) -> str:
    """``postgresql://...`` → ``postgresql+psycopg://...`` (psycopg 3 is the driver);
    ``sqlite:///path`` (the embedded store of a one-office trial and the demo) as is."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValueError("the server's SQLite database must be a file (sqlite:///path)")
        return parsed.render_as_string(hide_password=False)
    if backend != "postgresql":
        raise ValueError(
            "the server's database must be PostgreSQL (postgresql://...) or SQLite (sqlite:///...)"
        )
    if parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_server_engine(
    url: str, *, idle_in_transaction_timeout_ms: int = 60_000, pool_size: int = 10
) -> Engine:
    """The engine for the server's database.

    PostgreSQL: an idle transaction left open holds every desk's pull back (nothing above
    its xid is served until it ends), so sessions that idle inside a transaction are ended
    by PostgreSQL after ``idle_in_transaction_timeout_ms``.

    SQLite (see :func:`_sqlite_engine`): one writer at a time, every transaction begun
    ``IMMEDIATE``.
    """
    if is_sqlite(url):
        return _sqlite_engine(normalise_database_url(url), pool_size=pool_size)
    options = f"-c idle_in_transaction_session_timeout={int(idle_in_transaction_timeout_ms)}"
    return create_engine(
        normalise_database_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        connect_args={"options": options, "application_name": "cotdesk-server"},
        hide_parameters=True,  # a failed statement's log never shows the values it carried
    )


#: How long a SQLite transaction waits for the writer before it gives up (ms).
SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_engine(url: str, *, pool_size: int) -> Engine:
    """The embedded server store: a SQLite file in WAL mode with ``synchronous=FULL``.

    What PostgreSQL needs special care for is trivial here, because SQLite has a single
    writer and every transaction is begun ``BEGIN IMMEDIATE`` (it takes the write lock at
    its start and holds it to its commit):

    * the change feed's ids are handed out (``AUTOINCREMENT``, never reused) in commit
      order, so a plain ``id > cursor`` can never skip a row committed late: there is no
      "late" (DESIGN.md: "On the SQLite server (one writer at a time) a plain sequence is
      safe"); ``xid`` is always 0 and the feed is ordered by ``(epoch, 0, id)``;
    * ``SELECT ... FOR UPDATE`` (the device row, the epoch, a synced row) is not needed
      and SQLAlchemy leaves it out: the whole transaction is already exclusive;
    * ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` and ``UPDATE ... RETURNING`` exist
      since SQLite 3.35.

    Reads are serialised with the writes too: fine for one office's desks, which is what
    the embedded store is for; a network of offices runs on PostgreSQL.
    """
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # a failed statement's log never shows the values it carried
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
            f"busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no server migrations shipped")
    return head


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the server's schema to ``revision`` (one transaction)."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def schema_is_current(engine: Engine) -> bool:
    with engine.connect() as connection:
        return current_revision(connection) == head_revision()
