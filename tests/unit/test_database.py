"""Opening desk databases: new, upgraded, and every kind of bad file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from cotdesk import resources
from cotdesk.db import schema
from cotdesk.db.database import Database, open_database
from cotdesk.db.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseFull,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnknown,
)
from cotdesk.db.models import Base, InterventionArea, Need, Office, PartnerType, Person
from cotdesk.services.unit_of_work import UnitOfWork


def test_new_database_is_built_by_the_migrations_at_head(db: Database) -> None:
    with db.write_engine.connect() as conn:
        assert schema.current_revision(conn) == schema.head_revision()


def test_models_match_the_migrations(db: Database) -> None:
    with db.write_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": schema.include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_connection_pragmas(db: Database) -> None:
    with db.write_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_reference_data_is_loaded(db: Database) -> None:
    with db.read_session() as session:
        areas = set(session.scalars(select(InterventionArea.code)))
        assert areas == {
            "minori",
            "disabilita",
            "anziani",
            "adulti_famiglie",
            "cultura_agricoltura",
        }
        assert session.scalar(select(func.count()).select_from(PartnerType)) == len(
            resources.partner_types()
        )
        assert session.scalar(select(func.count()).select_from(Need)) >= 40


def test_reopening_keeps_the_device_identity(db_path: Path) -> None:
    with open_database(db_path) as first:
        device = first.device_id
    with open_database(db_path) as second:
        assert second.device_id == device


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Appunti della riunione d'équipe\n", encoding="utf-8")
    before = _bytes(path)
    with pytest.raises(DatabaseCorrupt, match="non è un database di cotdesk"):
        open_database(path)
    assert _bytes(path) == before


def test_a_damaged_database_is_refused(db_path: Path) -> None:
    with open_database(db_path):
        pass
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # scramble the schema page after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(DatabaseUnknown, match="non di cotdesk"):
        open_database(path)
    assert _bytes(path) == before


def test_a_database_from_a_newer_app_is_never_opened_for_writing(db_path: Path) -> None:
    with open_database(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _bytes(db_path)
    with pytest.raises(DatabaseTooNew, match="versione più recente"):
        open_database(db_path)
    assert _bytes(db_path) == before
    with open_database(db_path, read_only=True) as db, pytest.raises(DatabaseReadOnly):
        db.write_session()  # reading it is still possible, writing never
    assert _bytes(db_path) == before


def test_a_read_only_file_is_refused_for_writing(db_path: Path) -> None:
    with open_database(db_path):
        pass
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly, match="sola lettura"):
            open_database(db_path)
        with open_database(db_path, read_only=True) as db, db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(InterventionArea)) == 5
    finally:
        db_path.chmod(0o644)


def test_an_older_schema_is_upgraded_after_a_backup_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    first = schema.script_directory().get_base()
    assert isinstance(first, str)
    assert first != schema.head_revision(), "this test needs at least two revisions"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema.upgrade(conn, first)
        conn.execute(
            text(
                "INSERT INTO district (code, label_it, city) "
                "VALUES ('rm_m05', 'Municipio V', 'Roma')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO office (id, code, name, district_code, address, phone, email, "
                "opening_hours, referral_answer_days, created_at, updated_at, server_version) "
                "VALUES ('0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f', 'M05', 'COT Municipio V', 'rm_m05', "
                "'', '', '', '', 15, '2025-01-01 09:00:00', '2025-01-01 09:00:00', 0)"
            )
        )
    engine.dispose()

    with open_database(path) as db:
        with db.write_engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
        with db.read_session() as session:
            assert session.scalars(select(Office.name)).all() == ["COT Municipio V"]
    backups = list((tmp_path / "backups").glob(f"old.before-upgrade-{first}-*.db"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    backup.close()


def test_a_locked_database_gives_a_clear_message_and_loses_nothing(
    db_path: Path, office_id: object
) -> None:
    with open_database(db_path, busy_timeout_ms=100) as db:
        blocker = sqlite3.connect(db_path)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            with (
                pytest.raises(DatabaseLocked, match="in uso da un altro programma"),
                UnitOfWork(db, None) as uow,
            ):
                uow.session.add(Office(code="M09", name="COT IX", district_code="rm_m05"))
                uow.commit()
        finally:
            blocker.rollback()
            blocker.close()
        with db.read_session() as session:
            assert session.scalars(select(Office.code)).all() == ["M05"]


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(
    db: Database, office_id: object
) -> None:
    with pytest.raises(DatabaseFull, match="pieno"), UnitOfWork(db, None) as uow:
        pages = uow.session.connection().exec_driver_sql("PRAGMA page_count").scalar()
        uow.session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for index in range(2000):
            uow.session.add(
                Person(
                    office_id=office_id,
                    last_name=f"Rossi{index}",
                    first_name="Mario " * 20,
                    notes="x" * 500,
                )
            )
        uow.commit()
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalars(select(Office.code)).all() == ["M05"]


def test_every_database_error_has_an_italian_message() -> None:
    for cls in (DatabaseLocked, DatabaseReadOnly, DatabaseFull, DatabaseCorrupt, DatabaseTooNew):
        assert issubclass(cls, DatabaseError)
