"""Opening a desk database: checks, pragmas, upgrade after a backup, reference data.

:func:`open_database` is the only way the application gets at a desk database. It

* refuses files that are not SQLite, not cotdesk's, read-only (when asked to write), or
  made by a newer cotdesk (never opened for writing), each with an Italian message;
* upgrades an older schema with Alembic, after a backup copy made with SQLite's online
  backup API, and builds a new database from the same migrations;
* sets the pragmas every connection needs: WAL, foreign keys, a busy timeout and
  ``synchronous=FULL`` (what the user was told is saved survives a power cut);
* with a ``key``, opens it encrypted with SQLCipher (:mod:`cotdesk.db.encryption`):
  ``PRAGMA key`` is the first statement of every connection, and the backups are encrypted
  with the same key. Without one (tests, tools, the demo) the file is plain SQLite; the
  application always passes the desk's key (:func:`cotdesk.services.desk.open_desk`);
* gives two engines: writes begin ``IMMEDIATE`` (no lock upgrade deadlocks between the
  UI and background work), reads begin deferred and never block the writer.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from cotdesk import resources
from cotdesk.db import changes, encryption, errors, schema
from cotdesk.db.models import DeskState, District, InterventionArea, Need, PartnerType

log = logging.getLogger(__name__)

SQLITE_HEADER = encryption.SQLITE_HEADER
DEFAULT_BUSY_TIMEOUT_MS = 5000
#: Page cache of each connection to an encrypted database, in KiB.
ENCRYPTED_CACHE_KIB = 16384
#: Reference files loaded into the database; a change in any of them reloads them all.
REFERENCE_FILES = (
    "reference/intervention-areas.csv",
    "reference/partner-types.csv",
    "reference/districts.csv",
    "reference/needs.csv",
)


@dataclass
class Database:
    """An open desk database. Close it with :meth:`close` (or use it as a context manager)."""

    path: Path
    write_engine: Engine
    read_engine: Engine
    read_only: bool
    device_id: UUID
    #: The SQLCipher key (None: a plaintext file). Backups of this database use it too.
    key: bytes | None = field(default=None, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)
    _read_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(
            self.write_engine, expire_on_commit=False, info={"device_id": self.device_id}
        )
        event.listen(self._write_sessions, "before_flush", changes.check_changes)
        event.listen(self._write_sessions, "after_flush", changes.capture_changes)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    def write_session(self) -> Session:
        """A session for a unit of work that may write (``BEGIN IMMEDIATE``)."""
        if self.read_only:
            raise errors.read_only(self.path)
        return self._write_sessions()

    def read_session(self) -> Session:
        """A session for reads only; it never takes the write lock."""
        return self._read_sessions()

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        """Turn SQLite errors about the environment into Italian :class:`DatabaseError`."""
        try:
            yield
        except (DBAPIError, *encryption.DriverError) as exc:
            translated = errors.translate(exc, self.path)
            if translated is exc:
                raise
            raise translated from exc

    def close(self) -> None:
        # Readers first: the last connection to close checkpoints the WAL into the file,
        # and a read-only connection cannot.
        self.read_engine.dispose()
        self.write_engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def default_database_path() -> Path:
    """The desk database in the per-user data folder."""
    from platformdirs import user_data_path

    return user_data_path("cotdesk", appauthor=False) / "cotdesk.db"


def open_database(
    path: Path | str,
    *,
    read_only: bool = False,
    upgrade: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    key: bytes | None = None,
) -> Database:
    """Open (creating or upgrading if needed) the desk database at ``path``.

    With ``key`` the file is (or is created) encrypted with SQLCipher; without, it is a
    plaintext SQLite file. Raises a :class:`~cotdesk.db.errors.DatabaseError` with an
    Italian message when the file cannot be used (a wrong key: :class:`DatabaseWrongKey`);
    in that case nothing in the file has been changed.
    """
    path = Path(path).expanduser().absolute()
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _check_file(path, read_only=read_only, key=key)
    elif read_only:
        raise errors.DatabaseError(f"Il database {path} non esiste.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    write_engine = _engine(path, read_only=read_only, busy_timeout_ms=busy_timeout_ms, key=key)
    read_engine = _engine(path, read_only=True, busy_timeout_ms=busy_timeout_ms, key=key)
    try:
        if key is not None and exists:
            _check_key(path, read_engine)
        if not read_only:
            _prepare(path, write_engine, upgrade=upgrade, existed=exists, key=key)
        else:
            _check_revision_for_reading(path, read_engine)
        with read_engine.connect() as conn:
            device_id = conn.execute(select(DeskState.device_id)).scalar_one_or_none()
        if device_id is None:  # only a read-only open of a never-initialised desk gets here
            raise errors.unknown(path)
    except errors.DatabaseError:
        write_engine.dispose()
        read_engine.dispose()
        raise
    except (DBAPIError, *encryption.DriverError) as exc:
        write_engine.dispose()
        read_engine.dispose()
        translated = errors.translate(exc, path)
        if translated is exc:
            raise
        raise translated from exc
    return Database(
        path=path,
        write_engine=write_engine,
        read_engine=read_engine,
        read_only=read_only,
        device_id=device_id,
        key=key,
    )


def backup_database(source: Path, destination: Path, key: bytes | None = None) -> Path:
    """Copy a live database consistently with SQLite's online backup API.

    With ``key`` both the source and the copy are encrypted with it (SQLCipher copies the
    pages between two keyed connections). The copy is written beside ``destination`` and
    renamed into place, so ``destination`` is never a half-written file.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with encryption.connection(f"file:{source}?mode=ro", key=key, uri=True) as src:
        with encryption.connection(partial, key=key) as dst:
            src.backup(dst)
            # The copy is a single self-contained file (no write-ahead log beside it).
            dst.execute("PRAGMA journal_mode = DELETE")
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(partial, destination)
    return destination


def mark_as_demo(db: Database) -> None:
    """Mark a plaintext database as the demo database (fictitious people only).

    The application keeps such a file in plaintext (``PRAGMA application_id``, see
    :data:`cotdesk.db.encryption.DEMO_APPLICATION_ID`) instead of encrypting it.
    """
    if db.key is not None:
        raise ValueError("the demo database is plaintext")
    with db.write_engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {encryption.DEMO_APPLICATION_ID}")


def upgrade_backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.parent / "backups" / f"{path.stem}.before-upgrade-{revision}-{stamp}.db"


# --------------------------------------------------------------------------- internals


def _check_file(path: Path, *, read_only: bool, key: bytes | None) -> None:
    if not path.is_file():
        raise errors.corrupt(path, "non è un file")
    kind = encryption.file_kind(path)
    if key is None and kind is encryption.FileKind.ENCRYPTED:
        raise errors.encrypted(path)
    if key is not None and kind is encryption.FileKind.PLAINTEXT:
        raise errors.not_encrypted(path)
    if kind is encryption.FileKind.OTHER:
        raise errors.corrupt(path)
    if not read_only:
        # Root ignores permission bits, so check them rather than trust a failed open.
        mode = path.stat().st_mode
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise errors.read_only(path)


def _engine(path: Path, *, read_only: bool, busy_timeout_ms: int, key: bytes | None) -> Engine:
    uri = f"file:{path}?mode={'ro' if read_only else 'rwc'}"

    def connect() -> Any:
        # PRAGMA key (with a key) is the first statement on the connection.
        conn = encryption.connect(
            uri,
            key=key,
            uri=True,
            timeout=busy_timeout_ms / 1000,
            check_same_thread=False,
            isolation_level=None,  # we emit BEGIN ourselves (see the "begin" listener)
        )
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if key is not None:
            # Pages in SQLite's cache are already decrypted: a larger cache than the 2 MB
            # default spares decrypting the search index's hot pages again and again.
            conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=encryption.driver(key),  # its exceptions become SQLAlchemy's DBAPIError
        creator=connect,
        poolclass=QueuePool,
        pool_size=2 if not read_only else 4,
        max_overflow=4,
    )
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def _check_key(path: Path, engine: Engine) -> None:
    """Read the schema once: with a wrong key SQLCipher answers "file is not a database"."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == sqlite3.SQLITE_NOTADB:
            raise errors.wrong_key(path) from exc
        raise


def _prepare(
    path: Path, engine: Engine, *, upgrade: bool, existed: bool, key: bytes | None
) -> None:
    """Check the schema revision, back up and upgrade if needed, initialise the desk."""
    head = schema.head_revision()
    with engine.connect() as conn:
        current = schema.current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current is None and has_tables:
        raise errors.unknown(path)
    if current is not None and current not in schema.known_revisions():
        raise errors.too_new(path, current)
    # Only now that the file is known to be ours; WAL is persistent in the file. The raw
    # driver connection is in autocommit: SQLite ignores this pragma inside a transaction.
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
    finally:
        raw.close()
    if current != head:
        if not upgrade:
            raise errors.DatabaseError(
                f"Il database {path} va aggiornato alla nuova versione di cotdesk: "
                "eseguire `cotdesk db upgrade`."
            )
        if current is not None and existed:
            backup = backup_database(path, upgrade_backup_path(path, current), key)
            log.info("Backup before upgrading %s from %s: %s", path, current, backup)
        with engine.begin() as conn:
            schema.upgrade(conn)
        log.info("Database %s upgraded from %s to %s", path, current, head)
    with Session(engine) as session, session.begin():
        state = session.get(DeskState, 1)
        if state is None:
            state = DeskState(singleton=1)
            session.add(state)
        digest = _reference_digest()
        if state.reference_hash != digest:
            load_reference_data(session)
            state.reference_hash = digest


def _check_revision_for_reading(path: Path, engine: Engine) -> None:
    with engine.connect() as conn:
        current = schema.current_revision(conn)
    if current is None:
        raise errors.unknown(path)
    if current not in schema.known_revisions():
        log.warning("Opening %s (schema %s, newer than this app) read-only", path, current)


def _reference_digest() -> str:
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update((resources.resources_dir() / name).read_bytes())
    return digest.hexdigest()


def load_reference_data(session: Session) -> None:
    """Insert or update areas, partner types, needs and districts from ``resources/``.

    Codes are never removed: rows of other tables may still point at a retired code.
    """
    for area in resources.intervention_areas():
        session.merge(
            InterventionArea(code=area.code, label_it=area.label_it, label_en=area.label_en)
        )
    for ptype in resources.partner_types():
        session.merge(PartnerType(code=ptype.code, label_it=ptype.label_it, sector=ptype.sector))
    for district in resources.districts():
        session.merge(District(code=district.code, label_it=district.label_it, city=district.city))
    session.flush()
    for need in resources.needs():
        session.merge(
            Need(
                code=need.code,
                area_code=need.area_code,
                label_it=need.label_it,
                description_it=need.description_it,
                nomenclatore_code=need.nomenclatore_code or "",
            )
        )
