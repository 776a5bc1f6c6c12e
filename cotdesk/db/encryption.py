"""SQLCipher for the desk database: the driver, the key, and the move to an encrypted file.

Every connection cotdesk makes to a desk database goes through :func:`connect`. With a key
it uses the SQLCipher build of SQLite (``sqlcipher3``, SQLCipher 4: AES-256 on every page,
HMAC per page, the write-ahead log encrypted too) and ``PRAGMA key`` is the very first
statement on the connection; the key is a random 256-bit value given as a raw key
(``x'…'``), so no password derivation runs and opening a connection stays cheap. Without a
key (tests, tools, the demo database) it is Python's own ``sqlite3``.

One file is only ever opened through one of the two libraries at a time: two copies of
SQLite in one process do not see each other's POSIX locks (and closing a file in one drops
the other's locks), so mixing them on a file in use could corrupt it.

The key itself is not kept here: the application keeps it in the OS keyring
(:mod:`cotdesk.services.desk_keys`). This module only needs it as bytes.

:func:`encrypt_database` turns an existing plaintext desk database into an encrypted one
without losing a row: ``sqlcipher_export`` into a new file, the copy checked (integrity
and the row count of every table), the plaintext kept as a side file while the encrypted
file takes its place atomically, checked again, and only then the plaintext overwritten
and deleted. Any step interrupted leaves either the old plaintext file (the move starts
again at the next start) or the verified encrypted one (the leftover plaintext side file
is deleted at the next start: :func:`remove_plaintext_leftovers`).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import sqlcipher3.dbapi2 as sqlcipher

from cotdesk.db import errors

log = logging.getLogger(__name__)

#: Errors of either driver.
DriverError: Final = (sqlite3.Error, sqlcipher.Error)

KEY_BYTES: Final = 32  # AES-256
SQLITE_HEADER: Final = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of the demo database (ASCII "cotD"): fictitious data, kept
#: in plaintext so that the demo runs on machines without an OS keyring.
DEMO_APPLICATION_ID: Final = 0x636F7444
#: Beside ``x.db`` while it is being encrypted: the new file, then the old one.
ENCRYPTING_SUFFIX: Final = ".encrypting"
PLAINTEXT_SUFFIX: Final = ".plaintext-before-encryption"


def new_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def _key_pragma(key: bytes, schema: str | None = None) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes, not {len(key)}")
    target = f"{schema}." if schema else ""
    return f"PRAGMA {target}key = \"x'{key.hex()}'\""


def driver(key: bytes | None) -> ModuleType:
    """The DB-API module for a database with (SQLCipher) or without (sqlite3) a key."""
    return sqlcipher if key is not None else sqlite3


def connect(target: str | Path, *, key: bytes | None, **kwargs: Any) -> Any:
    """A driver connection; with ``key`` its first statement is ``PRAGMA key``.

    ``kwargs`` go to ``connect`` (``uri``, ``timeout``, ``check_same_thread``,
    ``isolation_level``...).
    """
    if key is None:
        return sqlite3.connect(str(target), **kwargs)
    return _sqlcipher_connect(target, key=key, **kwargs)


def _sqlcipher_connect(target: str | Path, *, key: bytes | None, **kwargs: Any) -> Any:
    conn = sqlcipher.connect(str(target), **kwargs)
    try:
        if key is not None:
            conn.execute(_key_pragma(key))
        # SQLCipher writes a wrong key's HMAC failures to stderr; the caller reports them.
        conn.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def connection(target: str | Path, *, key: bytes | None, **kwargs: Any) -> Iterator[Any]:
    """:func:`connect` as a context manager that always closes."""
    conn = connect(target, key=key, **kwargs)
    try:
        yield conn
    finally:
        conn.close()


class FileKind(enum.Enum):
    MISSING = "missing"  # no file, or an empty one
    PLAINTEXT = "plaintext"  # an ordinary SQLite file
    ENCRYPTED = "encrypted"  # looks like SQLCipher: whole pages of random-looking bytes
    OTHER = "other"  # not a database at all


def file_kind(path: Path) -> FileKind:
    """What is at ``path``, judged from its size and first bytes only (nothing is opened)."""
    if not path.exists():
        return FileKind.MISSING
    if not path.is_file():
        return FileKind.OTHER
    size = path.stat().st_size
    if size == 0:
        return FileKind.MISSING
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return FileKind.PLAINTEXT
    # An SQLCipher file is whole pages (512..65536 bytes) with a random salt in front.
    if size % 512 == 0:
        return FileKind.ENCRYPTED
    return FileKind.OTHER


def is_demo(path: Path) -> bool:
    """Whether ``path`` is the plaintext demo database (see :data:`DEMO_APPLICATION_ID`)."""
    if file_kind(path) is not FileKind.PLAINTEXT:
        return False
    try:
        with connection(f"file:{path}?mode=ro", key=None, uri=True) as conn:
            return int(conn.execute("PRAGMA application_id").fetchone()[0]) == DEMO_APPLICATION_ID
    except sqlite3.Error:
        return False


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """The number of rows of every ordinary table (shadow tables of FTS5 included)."""
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def quick_check(conn: Any) -> list[str]:
    """``PRAGMA quick_check``: an empty list when the file is sound, else the problems."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; its renames are journaled
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe(path: Path) -> None:
    """Overwrite ``path`` with zeros, then delete it (no-op when it does not exist).

    On SSDs and copy-on-write file systems old blocks may survive an overwrite: this is a
    best effort on top of the operating system's disk encryption, not a replacement for it.
    """
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("rb+") as fh:
        chunk = b"\x00" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def _wipe_with_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-journal", "-shm"):
        wipe(path.with_name(path.name + suffix))
    wipe(path)


def export_encrypted(source: Any, destination: Path, key: bytes) -> None:
    """Copy the open plaintext connection ``source`` into a new encrypted ``destination``."""
    if destination.exists():
        _wipe_with_sidecars(destination)
    user_version = int(source.execute("PRAGMA user_version").fetchone()[0])
    application_id = int(source.execute("PRAGMA application_id").fetchone()[0])
    source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(destination),))
    try:
        source.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies the schema and rows, not these two header fields.
        source.execute(f"PRAGMA encrypted.user_version = {user_version}")
        source.execute(f"PRAGMA encrypted.application_id = {application_id}")
    finally:
        source.execute("DETACH DATABASE encrypted")
    _fsync(destination)


def _check_copy(path: Path, key: bytes, expected: dict[str, int]) -> None:
    """Raise unless the encrypted ``path`` opens with ``key``, is sound and has every row."""
    with connection(path, key=key) as conn:
        problems = quick_check(conn)
        if problems:
            raise errors.DatabaseError(
                f"La copia cifrata di {path} non supera il controllo di integrità "
                f"({problems[0]}). Il database originale non è stato toccato."
            )
        counts = table_counts(conn)
    if counts != expected:
        missing = sorted(t for t in expected if counts.get(t) != expected[t])
        raise errors.DatabaseError(
            f"La copia cifrata di {path} non ha tutte le righe (tabelle: {', '.join(missing)}). "
            "Il database originale non è stato toccato."
        )


def _detach_wal(conn: Any, path: Path) -> None:
    """Fold the write-ahead log into ``path`` and leave it a single file (rollback journal).

    Fails with "locked" when another program has the database open: files are about to be
    swapped under it.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise errors.locked(path)


def encrypt_database(path: Path, key: bytes) -> dict[str, int]:
    """Turn the plaintext desk database at ``path`` into an encrypted one; nothing is lost.

    Returns the row count of every table (the same before and after). Raises a
    :class:`~cotdesk.db.errors.DatabaseError` (the plaintext file untouched) if the copy
    cannot be made or checked.
    """
    encrypting = path.with_name(path.name + ENCRYPTING_SUFFIX)
    kept = path.with_name(path.name + PLAINTEXT_SUFFIX)
    try:
        # SQLCipher's library (sqlcipher_export); nothing else in this process has the
        # plaintext file open (see the module's note on two SQLite libraries).
        plain = _sqlcipher_connect(path, key=None, isolation_level=None)
        try:
            _detach_wal(plain, path)
            counts = table_counts(plain)
            export_encrypted(plain, encrypting, key)
        finally:
            plain.close()
    except sqlcipher.Error as exc:
        _wipe_with_sidecars(encrypting)
        translated = errors.translate(exc, path)
        if translated is exc:
            raise
        raise translated from exc
    try:
        _check_copy(encrypting, key, counts)
    except BaseException:
        _wipe_with_sidecars(encrypting)
        raise
    # The plaintext stays beside the database until the encrypted file has proved itself
    # in its place; then it is overwritten and deleted.
    _copy_file(path, kept)
    os.replace(encrypting, path)
    _fsync_dir(path.parent)
    try:
        _check_copy(path, key, counts)
    except BaseException:
        os.replace(kept, path)
        _fsync_dir(path.parent)
        raise
    _wipe_with_sidecars(kept)
    log.info("Database %s encrypted (%d tables)", path, len(counts))
    return counts


def encrypt_backups(folder: Path, stem: str, key: bytes) -> list[Path]:
    """Encrypt in place every plaintext copy ``<stem>.*.db`` in ``folder``; the list done."""
    done: list[Path] = []
    if not folder.is_dir():
        return done
    for candidate in sorted(folder.glob(f"{stem}.*.db")):
        if file_kind(candidate) is not FileKind.PLAINTEXT or is_demo(candidate):
            continue
        try:
            encrypt_database(candidate, key)
        except (errors.DatabaseError, *DriverError) as exc:
            # A copy that cannot be read is of no use to restore either: never leave it
            # in clear on disk.
            log.warning("Plaintext backup %s could not be encrypted (%s): wiped", candidate, exc)
            _wipe_with_sidecars(candidate)
            continue
        done.append(candidate)
    return done


def remove_plaintext_leftovers(path: Path) -> None:
    """Wipe what an interrupted :func:`encrypt_database` may have left beside ``path``."""
    _wipe_with_sidecars(path.with_name(path.name + PLAINTEXT_SUFFIX))
    _wipe_with_sidecars(path.with_name(path.name + ENCRYPTING_SUFFIX))


def _copy_file(source: Path, destination: Path) -> None:
    with source.open("rb") as src, destination.open("wb") as dst:
        while block := src.read(1 << 20):
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
