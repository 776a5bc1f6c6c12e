"""The desk database encrypted at rest: SQLCipher, the key in the OS keyring, the migration."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import func, select

from cotdesk.db import encryption
from cotdesk.db.database import Database, backup_database, mark_as_demo, open_database
from cotdesk.db.errors import (
    DatabaseCorrupt,
    DatabaseEncrypted,
    DatabaseError,
    DatabaseKeyMissing,
    DatabaseWrongKey,
)
from cotdesk.db.models import Person
from cotdesk.domain.roles import Role
from cotdesk.services import desk_keys, persons
from cotdesk.services.desk import open_desk
from cotdesk.services.search import search_persons
from cotdesk.services.unit_of_work import UnitOfWork
from cotdesk.sync.credentials import KEYRING_SERVICE
from tests.factories import make_actor, make_office
from tests.memory_keyring import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # the fixture, imported for the tests below

SURNAME = "Quagliarulo"  # a surname that appears nowhere else in the database


def register(db: Database, last_name: str = SURNAME, first_name: str = "Addolorata") -> None:
    with UnitOfWork(db, None) as uow:
        office_id = uow.session.scalar(select(func.min(Person.office_id)))
    if office_id is None:
        office_id = make_office(db, code=f"T{uuid.uuid4().hex[:4]}")
    actor = make_actor(db, office_id, Role.OPERATOR, f"op.{uuid.uuid4().hex[:8]}")
    with UnitOfWork(db, actor) as uow:
        persons.register_person(
            uow,
            persons.PersonData(last_name=last_name, first_name=first_name, phone="3331234567"),
            today=date(2026, 11, 25),
        )
        uow.commit()


def files_holding(folder: Path, needle: bytes) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``needle`` (any case)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            if needle.lower() in data:
                found.append(path)
    return found


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return tmp_path / "sportello" / "cotdesk.db"


@pytest.fixture
def encrypted_desk(desk_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Database]:
    db = open_desk(desk_path)
    try:
        yield db
    finally:
        db.close()


def test_a_new_desk_is_encrypted_with_a_key_kept_only_in_the_keyring(
    encrypted_desk: Database, desk_path: Path, memory_keyring: MemoryKeyring
) -> None:
    register(encrypted_desk)
    entry = (KEYRING_SERVICE, desk_keys.entry_name(desk_path))
    key_hex = memory_keyring.secrets[entry]
    assert len(key_hex) == 64
    assert encrypted_desk.key == bytes.fromhex(key_hex)
    # Written while open: the database and its write-ahead log hold no plaintext name...
    assert desk_path.with_name("cotdesk.db-wal").exists()
    assert files_holding(desk_path.parent, SURNAME.encode()) == []
    # ...nor the key, nor "SQLite format 3".
    assert files_holding(desk_path.parent, key_hex.encode()) == []
    assert not desk_path.read_bytes().startswith(b"SQLite format 3")
    backup = backup_database(
        desk_path, desk_path.parent / "backups" / "copia.db", encrypted_desk.key
    )
    encrypted_desk.close()
    assert files_holding(desk_path.parent, SURNAME.encode()) == []
    assert encryption.file_kind(backup) is encryption.FileKind.ENCRYPTED
    # The search (FTS5) works on the encrypted file.
    with open_desk(desk_path) as again:
        assert [hit.last_name for hit in search_persons(again, SURNAME)] == [SURNAME]


def test_the_same_data_in_plaintext_would_be_found_by_the_grep(tmp_path: Path) -> None:
    """The check above is meaningful: without encryption the surname is in the files."""
    with open_database(tmp_path / "chiaro.db") as db:
        register(db)
        assert files_holding(tmp_path, SURNAME.encode()) != []


def test_the_file_does_not_open_without_the_key(encrypted_desk: Database, desk_path: Path) -> None:
    register(encrypted_desk)
    encrypted_desk.close()
    with pytest.raises(DatabaseEncrypted, match="è cifrato"):
        open_database(desk_path)
    conn = sqlite3.connect(desk_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM person").fetchone()
    conn.close()


def test_a_wrong_key_is_refused_in_italian_and_the_file_is_left_alone(
    encrypted_desk: Database, desk_path: Path, memory_keyring: MemoryKeyring
) -> None:
    register(encrypted_desk)
    encrypted_desk.close()
    before = desk_path.read_bytes()
    memory_keyring.secrets[(KEYRING_SERVICE, desk_keys.entry_name(desk_path))] = "ab" * 32
    with pytest.raises(DatabaseWrongKey, match="non apre il file") as info:
        open_desk(desk_path)
    assert "cotdesk restore" in info.value.message
    with pytest.raises(DatabaseWrongKey):
        open_database(desk_path, key=encryption.new_key(), read_only=True)
    assert desk_path.read_bytes() == before


def test_a_key_missing_from_the_keyring_says_what_to_do(
    encrypted_desk: Database, desk_path: Path, memory_keyring: MemoryKeyring
) -> None:
    encrypted_desk.close()
    memory_keyring.secrets.clear()  # another user account, a new laptop, a reset keyring
    with pytest.raises(DatabaseKeyMissing, match="non è nel portachiavi") as info:
        open_desk(desk_path)
    message = info.value.message
    assert "cotdesk key import" in message
    assert "registrare di nuovo la postazione" in message
    assert memory_keyring.secrets == {}  # no new key was made up for an existing file


def test_without_a_safe_keyring_a_real_desk_does_not_start_but_the_demo_does(
    tmp_path: Path,
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(DatabaseKeyMissing, match=r"portachiavi .* non è disponibile"):
            open_desk(tmp_path / "vero.db")
        assert not (tmp_path / "vero.db").exists()
        old = tmp_path / "vecchio.db"
        open_database(old).close()  # plaintext, not marked as the demo: a real desk
        with pytest.raises(DatabaseKeyMissing, match="demo-data --force"):
            open_desk(old)
        assert encryption.file_kind(old) is encryption.FileKind.PLAINTEXT
        demo = tmp_path / "demo.db"
        with open_database(demo) as db:
            mark_as_demo(db)
        assert encryption.is_demo(demo)
        with open_desk(demo) as db:
            assert db.key is None
            register(db)
    finally:
        keyring.set_keyring(previous)


def test_a_file_that_is_not_a_database_is_refused_before_the_keyring(tmp_path: Path) -> None:
    path = tmp_path / "note.db"
    path.write_text("appunti", encoding="utf-8")
    with pytest.raises(DatabaseCorrupt):
        open_desk(path)


def _letters(n: int) -> str:
    return chr(97 + n // 26) + chr(97 + n % 26)


def _plaintext_desk(path: Path) -> dict[str, int]:
    with open_database(path) as db:
        for n in range(40):
            register(db, last_name=SURNAME + _letters(n), first_name="Rosaria")
    conn = encryption.connect(path, key=None)
    try:
        return encryption.table_counts(conn)
    finally:
        conn.close()


def test_a_plaintext_desk_is_encrypted_on_upgrade_without_losing_a_row(
    desk_path: Path, memory_keyring: MemoryKeyring
) -> None:
    desk_path.parent.mkdir(parents=True)
    counts = _plaintext_desk(desk_path)
    assert counts["person"] == 40
    # An old upgrade backup in clear, as earlier versions made them.
    old_backup = desk_path.parent / "backups" / "cotdesk.before-upgrade-0004-x.db"
    backup_database(desk_path, old_backup)
    assert files_holding(desk_path.parent, SURNAME.encode()) != []

    with open_desk(desk_path) as db:
        assert db.key is not None
        with db.read_engine.connect() as conn:
            after = encryption.table_counts(conn.connection.driver_connection)
        assert after == counts
        assert search_persons(db, SURNAME + _letters(7))[0].last_name == SURNAME + "ah"
    assert encryption.file_kind(desk_path) is encryption.FileKind.ENCRYPTED
    assert encryption.file_kind(old_backup) is encryption.FileKind.ENCRYPTED
    with encryption.connection(old_backup, key=db.key) as conn:
        assert encryption.table_counts(conn)["person"] == 40
    # Nothing left in clear: not the database, not a side file, not the old backup.
    assert files_holding(desk_path.parent, SURNAME.encode()) == []
    assert sorted(p.name for p in desk_path.parent.iterdir()) == ["backups", "cotdesk.db"]


def test_a_failed_encryption_leaves_the_plaintext_desk_as_it_was(
    desk_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk_path.parent.mkdir(parents=True)
    before = _plaintext_desk(desk_path)

    def broken_copy(path: Path, key: bytes, expected: dict[str, int]) -> None:
        raise DatabaseError("copia cifrata incompleta")

    monkeypatch.setattr(encryption, "_check_copy", broken_copy)
    with pytest.raises(DatabaseError, match="incompleta"):
        open_desk(desk_path)
    # Still the plaintext file with every row (only its journal mode was switched back
    # to a single file before the copy), and no side file left.
    with encryption.connection(desk_path, key=None) as conn:
        assert encryption.table_counts(conn) == before
    assert sorted(p.name for p in desk_path.parent.iterdir()) == ["cotdesk.db"]
    monkeypatch.undo()
    with open_desk(desk_path) as db:  # the next start succeeds
        assert db.key is not None


def test_a_plaintext_copy_left_by_an_interrupted_move_is_wiped_at_the_next_start(
    encrypted_desk: Database, desk_path: Path
) -> None:
    register(encrypted_desk)
    encrypted_desk.close()
    leftover = desk_path.with_name(desk_path.name + encryption.PLAINTEXT_SUFFIX)
    leftover.write_bytes(b"SQLite format 3\x00" + SURNAME.encode() * 100)
    with open_desk(desk_path):
        pass
    assert not leftover.exists()


def test_recovery_keys_round_trip() -> None:
    key = encryption.new_key()
    text = desk_keys.format_key(key)
    assert len(text.split("-")) == 16
    assert desk_keys.parse_key(text.upper()) == key
    with pytest.raises(DatabaseError, match="64 caratteri"):
        desk_keys.parse_key(text[:-1])
