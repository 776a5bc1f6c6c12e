"""The access log's hash chain: every event linked to the one before; tampering is detected.

Tampering is done the way someone with the file would do it: raw SQL on the SQLite file,
behind cotdesk's back. ``cotdesk audit verify`` must then exit 1 and say where and what.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from cotdesk.cli import main
from cotdesk.db.audit_chain import fields_of
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import AuditEvent, DeskState
from cotdesk.domain.audit_chain import GENESIS, ChainFields, canonical, chain_hash
from cotdesk.services.audit_log import verify_chain
from cotdesk.services.unit_of_work import Actor, UnitOfWork


def _record(db: Database, actor: Actor, count: int) -> None:
    for number in range(count):
        with UnitOfWork(db, actor) as uow:
            uow.audit("view", entity_name="person", entity_id=uuid.uuid4(), n=number, note="è")
            uow.commit()


def _events(db: Database) -> list[AuditEvent]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.device_id == db.device_id)
                .order_by(AuditEvent.sequence)
            )
        )


def _raw(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def _hex(value: uuid.UUID) -> str:
    return value.hex  # how SQLAlchemy's Uuid is stored on SQLite


def test_events_are_chained_in_order_from_genesis(db: Database, operator: Actor) -> None:
    _record(db, operator, 4)
    events = _events(db)
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.chain_hash
    for event in events:
        assert chain_hash(event.prev_hash, fields_of(event)) == event.chain_hash
    with db.read_session() as session:
        state = session.execute(select(DeskState)).scalar_one()
    assert state.audit_sequence == events[-1].sequence
    assert state.audit_head == events[-1].chain_hash
    assert verify_chain(db).ok


def test_a_rolled_back_unit_leaves_no_hole_in_the_chain(db: Database, operator: Actor) -> None:
    _record(db, operator, 2)
    with UnitOfWork(db, operator) as uow:
        uow.audit("view", entity_name="person", entity_id=uuid.uuid4())
        # no commit: rolled back with the head's move
    _record(db, operator, 1)
    report = verify_chain(db)
    assert report.ok, report.describe()
    assert [e.sequence for e in _events(db)] == [1, 2, 3]


def test_canonical_form_does_not_depend_on_time_zone_or_key_order() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    moment = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    rome = moment.astimezone(timezone(timedelta(hours=1)))
    one = ChainFields(
        uuid.UUID(int=1), None, 1, moment, None, None, "view", "", None, {"b": 1, "a": 2}
    )
    two = ChainFields(
        str(uuid.UUID(int=1)), None, 1, rome, None, None, "view", "", None, {"a": 2, "b": 1}
    )
    assert canonical(one) == canonical(two)
    assert chain_hash(GENESIS, one) != chain_hash("1" * 64, one)


def test_verify_command_says_ok_with_the_count(
    db: Database, db_path: Path, operator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(db, operator, 3)
    total = len(_events(db))
    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK")
    assert f"{total} eventi" in out


def test_an_edited_detail_is_detected(
    db: Database, db_path: Path, operator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(db, operator, 5)
    target = _events(db)[2]
    detail = json.dumps({**target.detail, "n": 99})
    _raw(db_path, "UPDATE audit_event SET detail = ? WHERE id = ?", detail, _hex(target.id))
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "NON integro" in out
    assert f"sequenza {target.sequence}: il contenuto non corrisponde" in out
    assert "modificato" in out


def test_an_edit_with_a_recomputed_hash_still_breaks_the_next_link(
    db: Database, db_path: Path, operator: Actor
) -> None:
    _record(db, operator, 4)
    target = _events(db)[1]
    _raw(db_path, "UPDATE audit_event SET action = 'print', chain_hash = ? WHERE id = ?",
         "f" * 64, _hex(target.id))  # fmt: skip
    problems = [b.problem for b in verify_chain(db).breaks]
    assert any("modificato" in p for p in problems)
    assert any("collegamento con l'evento precedente" in p for p in problems)


def test_a_deleted_row_is_detected(
    db: Database, db_path: Path, operator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(db, operator, 5)
    target = _events(db)[2]
    _raw(db_path, "DELETE FROM audit_event WHERE id = ?", _hex(target.id))
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert f"manca l'evento {target.sequence}: sono stati cancellati" in out


def test_deleting_the_last_rows_is_detected(db: Database, db_path: Path, operator: Actor) -> None:
    _record(db, operator, 4)
    events = _events(db)
    for event in events[-2:]:
        _raw(db_path, "DELETE FROM audit_event WHERE id = ?", _hex(event.id))
    report = verify_chain(db)
    assert not report.ok
    assert "gli ultimi eventi" in report.describe()


def test_an_inserted_row_is_detected(
    db: Database, db_path: Path, operator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(db, operator, 3)
    _raw(
        db_path,
        "INSERT INTO audit_event (id, occurred_at, operator_id, device_id, office_id, action,"
        " entity, entity_id, detail, created_at, updated_at, server_version)"
        " VALUES (?, '2026-11-25 08:00:00.000000', ?, ?, NULL, 'view', 'person', NULL, '{}',"
        " '2026-11-25 08:00:00.000000', '2026-11-25 08:00:00.000000', 0)",
        uuid.uuid4().hex,
        _hex(operator.operator_id),
        _hex(db.device_id),
    )
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    assert "aggiunto fuori da cotdesk" in capsys.readouterr().out


def test_an_inserted_row_in_a_taken_place_is_detected(
    db: Database, db_path: Path, operator: Actor
) -> None:
    _record(db, operator, 3)
    copy = _events(db)[1]
    _raw(
        db_path,
        "INSERT INTO audit_event (id, occurred_at, operator_id, device_id, office_id, action,"
        " entity, entity_id, detail, created_at, updated_at, server_version, sequence,"
        " prev_hash, chain_hash)"
        " VALUES (?, '2026-11-25 08:00:00.000000', NULL, ?, NULL, 'view', 'person', NULL, '{}',"
        " '2026-11-25 08:00:00.000000', '2026-11-25 08:00:00.000000', 0, ?, ?, ?)",
        uuid.uuid4().hex,
        _hex(db.device_id),
        copy.sequence,
        copy.prev_hash,
        copy.chain_hash,
    )
    report = verify_chain(db)
    assert not report.ok
    assert "posizione già occupata" in report.describe()


def test_the_migration_chains_events_recorded_before_it(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from cotdesk.db import schema

    path = tmp_path / "old.db"
    db = open_database(path)
    try:
        office = uuid.uuid4()
        _raw(path, "UPDATE desk_state SET audit_sequence = 0, audit_head = ''")
        for minute in (3, 1, 2):
            _raw(
                path,
                "INSERT INTO audit_event (id, occurred_at, operator_id, device_id, office_id,"
                " action, entity, entity_id, detail, created_at, updated_at, server_version)"
                f" VALUES (?, '2026-11-20 08:0{minute}:00.000000', NULL, ?, ?, 'login', '',"
                " NULL, '{\"m\": 1}', '2026-11-20 08:00:00', '2026-11-20 08:00:00', 0)",
                uuid.uuid4().hex,
                _hex(db.device_id),
                _hex(office),
            )
    finally:
        db.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0006")
        with engine.begin() as connection:
            command.upgrade(schema.alembic_config(connection), "head")
    finally:
        engine.dispose()
    with open_database(path) as db:
        events = _events(db)
        assert [e.occurred_at.minute for e in events] == [1, 2, 3]
        report = verify_chain(db)
        assert report.ok, report.describe()
        assert report.events == 3


def test_verify_on_a_database_from_before_the_chain_says_to_upgrade(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from cotdesk.db import schema

    open_database(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0006")
    finally:
        engine.dispose()
    assert main(["audit", "verify", "--db", str(db_path)]) == 2
    assert "cotdesk db upgrade" in capsys.readouterr().err
