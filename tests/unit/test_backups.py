"""Never lose a day's work: daily encrypted copies, rotation, backup/restore, integrity."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cotdesk.cli import main
from cotdesk.db import encryption
from cotdesk.db.database import Database
from cotdesk.db.models import Person
from cotdesk.services import backups
from cotdesk.services.desk import open_desk
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.unit.test_encryption import SURNAME, files_holding, register

__all__ = ["memory_keyring"]

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return tmp_path / "sportello" / "cotdesk.db"


@pytest.fixture
def desk(desk_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Database]:
    db = open_desk(desk_path)
    try:
        yield db
    finally:
        db.close()


def persons(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_the_daily_copy_is_made_once_a_day_encrypted_and_sound(desk: Database) -> None:
    register(desk)
    first = backups.daily_backup_if_due(desk, now=NOW)
    assert first is not None
    assert first.path.parent == desk.path.parent / "backups"
    assert first.path.name == "cotdesk.daily-20261125T093000Z.db"
    assert backups.daily_backup_if_due(desk, now=NOW + timedelta(hours=23)) is None
    second = backups.daily_backup_if_due(desk, now=NOW + timedelta(hours=25))
    assert second is not None
    assert [info.path for info in backups.list_backups(desk.path)] == [second.path, first.path]
    for info in (first, second):
        assert encryption.file_kind(info.path) is encryption.FileKind.ENCRYPTED
        with encryption.connection(info.path, key=desk.key) as conn:
            assert encryption.quick_check(conn) == []
            assert encryption.table_counts(conn)["person"] == 1
    assert files_holding(desk.path.parent, SURNAME.encode()) == []


def test_the_daily_copy_rotates_as_the_desk_settings_say(
    desk: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cotdesk.domain.roles import Role
    from cotdesk.services.settings import CONFIG_DIR_ENV, save_settings

    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))  # this test's settings only

    save_settings({"backup.keep_daily": 2, "backup.keep_weekly": 0}, role=Role.ADMIN)
    for day in range(4):
        assert backups.daily_backup_if_due(desk, now=NOW + timedelta(days=day)) is not None
    kept = [info.created_at for info in backups.list_backups(desk.path)]
    assert kept == [NOW + timedelta(days=3), NOW + timedelta(days=2)]


def test_the_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    db_path = tmp_path / "cotdesk.db"
    folder = backups.backups_folder(db_path)
    folder.mkdir()
    start = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)
    made = []
    for day in range(60):  # two copies a day for 60 days
        for hour in (0, 6):
            path = backups.backup_path(db_path, "daily", start + timedelta(days=day, hours=hour))
            path.write_bytes(b"x")
            made.append(path)
    manual = backups.backup_path(db_path, "manual", start)
    manual.write_bytes(b"x")
    upgrade = folder / "cotdesk.before-upgrade-0004-20260901T000000Z.db"
    upgrade.write_bytes(b"x")

    removed = backups.rotate(db_path)
    kept = backups.list_backups(db_path)
    daily = [info for info in kept if info.kind == "daily"]
    assert len(daily) == backups.KEEP_DAILY + backups.KEEP_WEEKLY
    assert len(removed) == len(made) - len(daily)
    # The newest copy of each of the last seven days...
    last = start + timedelta(days=59, hours=6)
    assert [info.created_at for info in daily[:7]] == [last - timedelta(days=n) for n in range(7)]
    # ...then one a week, each in a different week, the oldest about five weeks back.
    weeks = {info.created_at.isocalendar()[:2] for info in daily[7:]}
    assert len(weeks) == 4
    assert daily[-1].created_at > last - timedelta(days=7 * 6)
    # Copies that are not daily are never removed by the rotation.
    assert manual.exists()
    assert upgrade.exists()


def test_startup_check_reports_a_sound_database_and_makes_the_copy(desk: Database) -> None:
    report = backups.startup_check(desk, now=NOW)
    assert report.ok
    assert report.backup is not None
    assert "Database verificato" in report.message
    again = backups.startup_check(desk, now=NOW + timedelta(minutes=5))
    assert again.ok
    assert again.backup is None


def _damage(path: Path) -> None:
    """Overwrite bytes in the middle of a page near the end of the file."""
    size = path.stat().st_size
    with path.open("rb+") as fh:
        fh.seek(size - 4096 + 1000)
        fh.write(os.urandom(64))


def test_a_damaged_database_gets_the_way_out_and_no_new_copy(
    desk_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with open_desk(desk_path) as db:
        for n in range(30):
            register(db, last_name=SURNAME + chr(97 + n % 26) * 2, first_name="Nunzia")
        backups.make_backup(db, kind="daily", now=NOW - timedelta(days=2))
    _damage(desk_path)
    with open_desk(desk_path) as db:
        report = backups.startup_check(db, now=NOW)
    assert not report.ok
    assert report.backup is None
    copies = backups.list_backups(desk_path)
    assert len(copies) == 1  # no copy of the damaged file
    message = report.message
    assert "è danneggiato" in message
    assert f"cotdesk restore {copies[0].path} --db {desk_path}" in message
    assert "Copie disponibili:" in message


def test_the_way_out_without_any_copy(desk: Database) -> None:
    message = backups.integrity_failure_message(desk.path, ["page 7: btreeInitPage error"])
    assert "Non ci sono copie di sicurezza" in message


def test_backup_and_restore_commands(
    desk_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_desk(desk_path) as db:
        register(db)
    assert main(["backup", "--db", str(desk_path)]) == 0
    out = capsys.readouterr().out
    assert "Copia di sicurezza salvata" in out
    [copy] = backups.list_backups(desk_path)
    assert copy.kind == "manual"
    assert encryption.file_kind(copy.path) is encryption.FileKind.ENCRYPTED
    elsewhere = desk_path.parent / "chiavetta" / "copia.db"
    assert main(["backup", "--db", str(desk_path), "--to", str(elsewhere)]) == 0
    assert encryption.file_kind(elsewhere) is encryption.FileKind.ENCRYPTED
    assert main(["backup", "--list", "--db", str(desk_path)]) == 0
    assert "manual" in capsys.readouterr().out

    with open_desk(desk_path) as db:
        register(db, last_name="Dopolacopia", first_name="Ciro")
        assert persons(db) == 2

    assert main(["restore", str(copy.path), "--db", str(desk_path)]) == 0
    out = capsys.readouterr().out
    assert "Ripristinato" in out
    with open_desk(desk_path) as db:
        assert persons(db) == 1  # as at the copy
    kept = [info for info in backups.list_backups(desk_path) if info.kind == "before-restore"]
    assert len(kept) == 1  # the replaced database, with the second person, encrypted
    assert encryption.file_kind(kept[0].path) is encryption.FileKind.ENCRYPTED
    with encryption.connection(kept[0].path, key=open_desk_key(desk_path)) as conn:
        assert encryption.table_counts(conn)["person"] == 2
    assert files_holding(desk_path.parent, b"Dopolacopia") == []


def open_desk_key(path: Path) -> bytes:
    with open_desk(path) as db:
        assert db.key is not None
        return db.key


def test_restore_refuses_a_copy_from_a_newer_version(
    desk: Database, desk_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backups.make_backup(desk, now=NOW)
    with encryption.connection(copy.path, key=desk.key) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    desk.close()
    before = desk_path.read_bytes()
    assert main(["restore", str(copy.path), "--db", str(desk_path)]) == 2
    assert "versione più recente" in capsys.readouterr().err
    assert desk_path.read_bytes() == before
    assert [info.kind for info in backups.list_backups(desk_path)] == ["manual"]


def test_restore_refuses_a_damaged_copy_and_a_copy_of_another_desk(
    desk: Database, desk_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(30):
        register(desk, last_name=SURNAME + chr(97 + n % 26) * 3, first_name="Gennaro")
    copy = backups.make_backup(desk, now=NOW)
    desk.close()
    _damage(copy.path)
    assert main(["restore", str(copy.path), "--db", str(desk_path)]) == 2
    assert "danneggiat" in capsys.readouterr().err

    other = tmp_path / "altra" / "cotdesk.db"
    with open_desk(other) as db:  # another desk: another key
        foreign = backups.make_backup(db, now=NOW)
    assert main(["restore", str(foreign.path), "--db", str(desk_path)]) == 2
    assert "non si apre con la chiave di questa postazione" in capsys.readouterr().err


def test_restore_refuses_while_the_database_is_open(
    desk: Database, desk_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register(desk)
    copy = backups.make_backup(desk, now=NOW)
    assert main(["restore", str(copy.path), "--db", str(desk_path)]) == 2
    assert "in uso da un altro programma" in capsys.readouterr().err
    assert persons(desk) == 1
    assert not desk_path.with_name(desk_path.name + ".restoring").exists()


def test_the_recovery_key_opens_the_desk_on_another_account(
    desk_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_desk(desk_path) as db:
        register(db)
    assert main(["key", "show", "--db", str(desk_path)]) == 0
    code = capsys.readouterr().out.split("\n\n")[1].strip()
    assert len(code.split("-")) == 16
    memory_keyring.secrets.clear()  # a new laptop, another user account
    assert main(["db", "status", "--db", str(desk_path)]) == 2
    assert "cotdesk key import" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("0" * 64 + "\n"))
    assert main(["key", "import", "--db", str(desk_path)]) == 2
    assert "non apre il database" in capsys.readouterr().err
    assert memory_keyring.secrets == {}

    monkeypatch.setattr("sys.stdin", io.StringIO(code + "\n"))
    assert main(["key", "import", "--db", str(desk_path)]) == 0
    assert main(["db", "status", "--db", str(desk_path)]) == 0
    assert re.search(r"Persone:\s+1\n", capsys.readouterr().out)


def test_a_plaintext_copy_from_before_encryption_is_restored_and_encrypted(
    desk_path: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    from cotdesk.db.database import backup_database, open_database

    old = tmp_path / "vecchio" / "cotdesk.db"
    with open_database(old) as db:  # a desk of an earlier version: plaintext
        register(db)
    usb = backup_database(old, tmp_path / "chiavetta" / "copia-in-chiaro.db")
    with open_desk(desk_path) as db:  # today's desk: encrypted, empty
        assert persons(db) == 0
    assert main(["restore", str(usb), "--db", str(desk_path)]) == 0
    assert encryption.file_kind(desk_path) is encryption.FileKind.ENCRYPTED
    with open_desk(desk_path) as db:
        assert persons(db) == 1
    assert files_holding(desk_path.parent, SURNAME.encode()) == []
