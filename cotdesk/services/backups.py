"""Never lose a day's work: daily copies of the desk database, restore, integrity check.

Copies go to ``backups/`` beside the database, named ``<stem>.<kind>-<UTC time>.db``:

* ``daily``: made by :func:`daily_backup_if_due` (the app calls it at start, off the GUI
  thread, through :func:`startup_check`) when the newest copy is older than
  :data:`BACKUP_INTERVAL`; rotated: the newest of each of the last :data:`KEEP_DAILY` days
  and the newest of each of the :data:`KEEP_WEEKLY` weeks before are kept;
* ``manual``: ``cotdesk backup``; never deleted by the rotation;
* ``before-upgrade-<revision>`` (made by :func:`cotdesk.db.database.open_database`) and
  ``before-restore``: never deleted by the rotation either.

Every copy is made with SQLite's online backup API between two connections keyed with the
desk's key, so it is encrypted exactly as the database (SQLCipher), consistent even while
the app writes, and checked (``PRAGMA quick_check``) before it counts.

:func:`restore_backup` checks a copy (integrity, a cotdesk schema not newer than this
program's), keeps the current database among the copies, and puts the copy in its place.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from cotdesk.db import encryption, errors, schema
from cotdesk.db.database import Database, backup_database
from cotdesk.errors import UserError

log = logging.getLogger(__name__)

BACKUPS_FOLDER: Final = "backups"
#: A new daily copy is made at start when the newest copy is older than this.
BACKUP_INTERVAL: Final = timedelta(days=1)
#: Rotation of the daily copies: the newest of each of the last KEEP_DAILY days that have
#: one, then the newest of each of the KEEP_WEEKLY ISO weeks before those.
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4

_STAMP_FORMAT: Final = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<kind>[a-z-]+?)(?:-(?P<revision>[0-9a-f]{4}))?-(?P<stamp>\d{8}T\d{6}Z)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # daily, manual, before-upgrade, before-restore, other
    created_at: datetime  # UTC
    size: int


@dataclass(frozen=True)
class StartupReport:
    """What :func:`startup_check` found and did."""

    problems: tuple[str, ...]  # empty: the database is sound
    backup: BackupInfo | None  # the daily copy made now, if one was due
    message: str  # Italian, for the status bar or the error dialog

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    revision: str
    previous_kept_at: Path | None  # where the replaced database was kept


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUPS_FOLDER


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(_STAMP_FORMAT)


def backup_path(db_path: Path, kind: str, now: datetime | None = None) -> Path:
    """A new, unused file name in ``backups/`` for a copy of ``kind``."""
    when = now or datetime.now(UTC)
    folder = backups_folder(db_path)
    stem = Path(db_path).stem
    candidate = folder / f"{stem}.{kind}-{_stamp(when)}.db"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}.{kind}-{_stamp(when)}-{n}.db"
        n += 1
    return candidate


def _describe(path: Path, stem: str) -> BackupInfo | None:
    name = path.name
    if not name.startswith(stem + ".") or not name.endswith(".db"):
        return None
    middle = name[len(stem) + 1 : -3]
    middle = re.sub(r"-\d+$", "", middle) if re.search(r"Z-\d+$", middle) else middle
    match = _NAME.match(middle)
    stat = path.stat()
    if match:
        kind = match["kind"]
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    else:
        kind = "other"
        created = datetime.fromtimestamp(stat.st_mtime, UTC)
    return BackupInfo(path=path, kind=kind, created_at=created, size=stat.st_size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The copies of the database at ``db_path`` in its ``backups/`` folder, newest first."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = [
        info
        for path in folder.glob(f"{stem}.*.db")
        if path.is_file() and (info := _describe(path, stem)) is not None
    ]
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def make_backup(
    db: Database,
    destination: Path | None = None,
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> BackupInfo:
    """Copy ``db`` (encrypted with its key) to ``destination`` or a new file in ``backups/``.

    The copy is checked before it is reported; a copy that fails the check is deleted and
    a :class:`~cotdesk.db.errors.DatabaseError` raised.
    """
    when = now or datetime.now(UTC)
    target = Path(destination).expanduser().absolute() if destination else None
    if target is None:
        target = backup_path(db.path, kind, when)
    if target == db.path:
        raise UserError("La copia di sicurezza non può sostituire il database stesso.")
    with db.translated_errors():
        backup_database(db.path, target, db.key)
        with encryption.connection(target, key=db.key) as conn:
            problems = encryption.quick_check(conn)
    if problems:
        target.unlink(missing_ok=True)
        raise errors.corrupt(db.path, problems[0])
    log.info("Backup of %s: %s", db.path, target)
    return BackupInfo(path=target, kind=kind, created_at=when, size=target.stat().st_size)


def rotate(
    db_path: Path,
    *,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> list[Path]:
    """Delete the daily copies the rotation no longer keeps; the list of deleted files."""
    daily = [info for info in list_backups(db_path) if info.kind == "daily"]  # newest first
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for info in daily:
        local = info.created_at.astimezone()
        day = local.date()
        if day in days:
            continue
        if len(days) < keep_daily:
            days.append(day)
            keep.add(info.path)
            continue
        week = (local.isocalendar().year, local.isocalendar().week)
        if week in weeks or len(weeks) >= keep_weekly:
            continue
        if any((d.isocalendar().year, d.isocalendar().week) == week for d in days):
            continue  # that week is already covered by a daily copy
        weeks.append(week)
        keep.add(info.path)
    removed = []
    for info in daily:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def daily_backup_if_due(db: Database, *, now: datetime | None = None) -> BackupInfo | None:
    """Make today's copy if the newest copy is older than :data:`BACKUP_INTERVAL`."""
    when = now or datetime.now(UTC)
    recent = [info for info in list_backups(db.path) if info.kind in {"daily", "manual"}]
    if recent and when - recent[0].created_at < BACKUP_INTERVAL:
        return None
    _remove_stale_partials(db.path)
    info = make_backup(db, kind="daily", now=when)
    keep_daily, keep_weekly = _rotation_settings()
    for path in rotate(db.path, keep_daily=keep_daily, keep_weekly=keep_weekly):
        log.info("Old backup removed by the rotation: %s", path)
    return info


def _rotation_settings() -> tuple[int, int]:
    """How many daily and weekly copies the desk's settings keep."""
    from cotdesk.services.settings import load_settings

    settings = load_settings()
    return settings.int_value("backup.keep_daily"), settings.int_value("backup.keep_weekly")


def _remove_stale_partials(db_path: Path, *, older_than: timedelta = timedelta(hours=1)) -> None:
    """Delete copies left half-written by a process that died (encrypted, but useless)."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return
    limit = datetime.now(UTC).timestamp() - older_than.total_seconds()
    for partial in folder.glob(f"{Path(db_path).stem}.*.db.partial"):
        if partial.stat().st_mtime < limit:
            partial.unlink(missing_ok=True)


def check_integrity(db: Database) -> list[str]:
    """``PRAGMA quick_check`` on the database: empty when sound, else what is wrong."""
    try:
        with db.translated_errors(), db.read_engine.connect() as conn:
            rows = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA quick_check")]
    except errors.DatabaseCorrupt as exc:  # a damaged encrypted page fails its HMAC
        cause = exc.__cause__
        return [str(getattr(cause, "orig", cause) or "database danneggiato")]
    except MemoryError as exc:  # SQLCipher reports some damaged pages as "out of memory"
        return [f"pagine illeggibili ({exc or 'errore di decifratura'})"]
    return [] if rows == ["ok"] else rows


def _quote(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(ch in text for ch in " '&()") else text


def integrity_failure_message(db_path: Path, problems: list[str] | tuple[str, ...]) -> str:
    """What to tell the operator when the check fails: the command to type, the copies."""
    copies = list_backups(db_path)
    detail = problems[0] if problems else "controllo di integrità non superato"
    lines = [
        f"Il database dello sportello {db_path} è danneggiato ({detail}). "
        "Per non peggiorare il danno, chiudere cotdesk e non inserire altri dati.",
    ]
    if copies:
        latest = copies[0]
        lines.append(
            "Ripristinare l'ultima copia di sicurezza "
            f"({_when(latest.created_at)}) scrivendo nel terminale:\n"
            f"    cotdesk restore {_quote(latest.path)} --db {_quote(db_path)}\n"
            "Il database danneggiato viene conservato tra le copie. Le modifiche fatte dopo "
            "quella copia e già sincronizzate tornano con la sincronizzazione."
        )
        lines.append("Copie disponibili:")
        lines.extend(f"    {_when(info.created_at)}  {info.path}" for info in copies[:12])
    else:
        lines.append(
            "Non ci sono copie di sicurezza in "
            f"{backups_folder(db_path)}: chiedere all'assistenza; i dati già "
            "sincronizzati si possono riscaricare dal server registrando di nuovo la "
            "postazione."
        )
    return "\n".join(lines)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def startup_check(db: Database, *, now: datetime | None = None) -> StartupReport:
    """At start, off the GUI thread: the integrity check, then the daily copy if due.

    A damaged database gets no new copy (it would push a sound one out of the rotation).
    """
    problems = check_integrity(db)
    if problems:
        return StartupReport(
            problems=tuple(problems),
            backup=None,
            message=integrity_failure_message(db.path, problems),
        )
    backup = daily_backup_if_due(db, now=now)
    if backup is None:
        message = "Database verificato."
    else:
        message = f"Database verificato; copia di sicurezza del giorno: {backup.path.name}"
    return StartupReport(problems=(), backup=backup, message=message)


# --------------------------------------------------------------------------- restore


def _read_backup(source: Path, key: bytes | None) -> tuple[str, bytes | None]:
    """Check ``source`` as a copy of a desk database; its schema revision and its key."""
    kind = encryption.file_kind(source)
    if kind is encryption.FileKind.MISSING:
        raise UserError(f"La copia {source} non esiste o è vuota.")
    if kind is encryption.FileKind.OTHER:
        raise errors.corrupt(source)
    source_key = key if kind is encryption.FileKind.ENCRYPTED else None
    if kind is encryption.FileKind.ENCRYPTED and key is None:
        raise errors.encrypted(source)
    try:
        with encryption.connection(f"file:{source}?mode=ro", key=source_key, uri=True) as conn:
            rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(found[0]) if found else None
    except (*encryption.DriverError, MemoryError) as exc:
        # SQLCipher reports some damaged pages (failed HMAC) as "out of memory".
        code = getattr(exc, "sqlite_errorcode", None)
        if source_key is not None and code is not None and code & 0xFF == 26:  # NOTADB
            raise UserError(
                f"La copia {source} non si apre con la chiave di questa postazione: è la "
                "copia di un'altra postazione o di un altro utente, oppure è danneggiata. "
                "Scegliere una copia fatta su questa postazione (cotdesk backup --list)."
            ) from exc
        translated = errors.translate(exc, source)
        if translated is not exc and not isinstance(translated, errors.DatabaseCorrupt):
            raise translated from exc
        rows = [str(exc) or type(exc).__name__]
    if rows != ["ok"]:
        raise UserError(
            f"La copia {source} è danneggiata ({rows[0]}) e non viene ripristinata. "
            "Scegliere una copia precedente (cotdesk backup --list)."
        )
    if revision is None or "desk_state" not in tables:
        raise errors.unknown(source)
    if revision not in schema.known_revisions():
        raise UserError(
            f"La copia {source} è stata fatta da una versione più recente di cotdesk "
            f"(schema {revision}) e non può essere ripristinata con questa: aggiornare "
            "cotdesk all'ultima versione, poi ripetere il ripristino."
        )
    return revision, source_key


def _set_aside(db_path: Path, key: bytes | None, now: datetime) -> Path | None:
    """Move the current database (and its log) into ``backups/``; fail if it is in use."""
    if not db_path.exists():
        return None
    try:
        conn: Any = encryption.connect(db_path, key=key, isolation_level=None, timeout=0.5)
    except encryption.DriverError:
        conn = None
    if conn is not None:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        except encryption.DriverError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) or 0
            if code & 0xFF in (5, 6):  # BUSY, LOCKED: someone has it open
                raise errors.locked(db_path) from exc
            mode = "delete"  # unreadable (damaged, other key): moved aside as it is
        finally:
            conn.close()
        if mode != "delete":
            raise errors.locked(db_path)
    kept = backup_path(db_path, "before-restore", now)
    kept.parent.mkdir(parents=True, exist_ok=True)
    os.replace(db_path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            if suffix == "-shm":
                side.unlink()
            else:
                os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def restore_backup(
    db_path: Path, source: Path, *, key: bytes | None, now: datetime | None = None
) -> RestoreReport:
    """Put the copy ``source`` in place of the database at ``db_path``.

    ``key`` is the desk's key (None for a plaintext desk). The copy is checked first
    (``PRAGMA integrity_check``, a cotdesk schema this program knows: a copy from a newer
    version is refused); then the current database is moved into ``backups/`` as
    ``before-restore`` and the copy written in its place with the backup API. An older
    schema is upgraded when the desk is next opened (after its own backup). Nothing is
    changed when a check fails. cotdesk must be closed: a database in use is refused.
    """
    when = now or datetime.now(UTC)
    db_path = Path(db_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if source == db_path:
        raise UserError("La copia da ripristinare è il database stesso: indicare una copia.")
    revision, source_key = _read_backup(source, key)
    incoming = db_path.with_name(db_path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # A copy of the copy: the file in backups/ stays as it is, for another try.
    backup_database(source, incoming, source_key)
    try:
        kept = _set_aside(db_path, key, when)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    os.replace(incoming, db_path)
    log.info(
        "Restored %s from %s (schema %s); previous kept at %s", db_path, source, revision, kept
    )
    return RestoreReport(restored_from=source, revision=revision, previous_kept_at=kept)
