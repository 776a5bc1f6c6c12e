"""Drafts: saved, offered back, private to their operator, never synced, kept across restarts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cotdesk.db.database import Database, open_database
from cotdesk.db.models import OutboxEntry
from cotdesk.domain.roles import Role
from cotdesk.errors import ValidationError
from cotdesk.services import drafts
from cotdesk.services.unit_of_work import Actor
from tests.factories import make_actor


def _outbox(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_a_draft_is_saved_loaded_replaced_and_discarded(db: Database, operator: Actor) -> None:
    before = _outbox(db)
    assert drafts.load_draft(db, operator, "person", "new") is None
    saved = drafts.save_draft(db, operator, "person", "new", {"last_name": "Rossi"})
    assert saved.payload == {"last_name": "Rossi"}
    assert saved.updated_at.tzinfo is not None
    drafts.save_draft(db, operator, "person", "new", {"last_name": "Rossi", "first_name": "Anna"})
    loaded = drafts.load_draft(db, operator, "person", "new")
    assert loaded is not None
    assert loaded.payload == {"last_name": "Rossi", "first_name": "Anna"}
    assert [d.key for d in drafts.list_drafts(db, operator)] == ["new"]
    assert _outbox(db) == before  # local only: nothing to sync
    assert drafts.discard_draft(db, operator, "person", "new") is True
    assert drafts.load_draft(db, operator, "person", "new") is None
    assert drafts.discard_draft(db, operator, "person", "new") is False


def test_drafts_are_private_to_their_operator(
    db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    colleague = make_actor(db, office_id, Role.OPERATOR, "luca.collega")
    drafts.save_draft(db, operator, "person", "new", {"last_name": "Rossi"})
    assert drafts.load_draft(db, colleague, "person", "new") is None
    drafts.save_draft(db, colleague, "person", "new", {"last_name": "Verdi"})
    mine = drafts.load_draft(db, operator, "person", "new")
    assert mine is not None
    assert mine.payload == {"last_name": "Rossi"}
    assert len(drafts.list_drafts(db, colleague)) == 1


def test_an_older_state_never_overwrites_a_newer_one(db: Database, operator: Actor) -> None:
    now = datetime.now(UTC)
    drafts.save_draft(db, operator, "person", "new", {"v": 2}, at=now)
    kept = drafts.save_draft(db, operator, "person", "new", {"v": 1}, at=now - timedelta(seconds=1))
    assert kept.payload == {"v": 2}
    drafts.save_draft(db, operator, "person", "new", {"v": 3}, at=now + timedelta(seconds=1))
    loaded = drafts.load_draft(db, operator, "person", "new")
    assert loaded is not None
    assert loaded.payload == {"v": 3}


def test_a_draft_survives_closing_and_reopening_the_database(
    db_path: Path, db: Database, operator: Actor
) -> None:
    drafts.save_draft(db, operator, "person", "new", {"last_name": "Nicolò", "languages": ["it"]})
    with db.write_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.close()
    reopened = open_database(db_path)
    try:
        loaded = drafts.load_draft(reopened, operator, "person", "new")
    finally:
        reopened.close()
    assert loaded is not None
    assert loaded.payload == {"last_name": "Nicolò", "languages": ["it"]}


def test_bad_keys_and_payloads_are_refused(db: Database, operator: Actor) -> None:
    with pytest.raises(ValidationError):
        drafts.save_draft(db, operator, "", "new", {})
    with pytest.raises(ValidationError):
        drafts.save_draft(db, operator, "person", "x" * 81, {})
    with pytest.raises(ValidationError, match="troppo grande"):
        drafts.save_draft(db, operator, "person", "new", {"notes": "x" * 300_000})
