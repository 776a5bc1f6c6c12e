"""The server's schema: built by its migrations, matching its models; the protocol's entity
lists matching the desk's models."""

from __future__ import annotations

import re
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy import inspect as sa_inspect

from cotdesk.db import models as desk_models
from cotdesk.server import store
from cotdesk.sync import protocol


def test_database_is_at_the_head_revision(server_engine: Engine) -> None:
    assert store.schema_is_current(server_engine)


def test_models_match_the_migrations(server_engine: Engine) -> None:
    with server_engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"version_table": store.VERSION_TABLE, "compare_type": True}
        )
        diff = compare_metadata(context, store.Base.metadata)
    assert diff == []


def test_the_change_feed_is_as_designed(server_engine: Engine) -> None:
    with server_engine.connect() as conn:
        columns = dict(
            conn.execute(
                text(
                    "SELECT column_name, data_type || ':' || coalesce(column_default, '') "
                    "FROM information_schema.columns WHERE table_name = 'sync_change'"
                )
            ).all()
        )
        identity = conn.execute(
            text(
                "SELECT identity_generation FROM information_schema.columns "
                "WHERE table_name = 'sync_change' AND column_name = 'id'"
            )
        ).scalar_one()
        index = conn.execute(
            text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_sync_change_office_position'"
            )
        ).scalar_one()
    assert columns["xid"] == "xid8:pg_current_xact_id()"
    assert columns["epoch"].startswith("integer")
    assert identity == "ALWAYS"
    assert index.endswith("(office_id, epoch, xid, id)")


def test_idle_transactions_are_ended_by_postgresql(database_url: str) -> None:
    """An open write transaction holds every desk's pull back: PostgreSQL ends idle ones."""
    engine = store.create_server_engine(database_url, idle_in_transaction_timeout_ms=1234)
    try:
        with engine.connect() as conn:
            setting = conn.execute(text("SHOW idle_in_transaction_session_timeout")).scalar_one()
    finally:
        engine.dispose()
    assert setting == "1234ms"


def test_writing_the_feed_by_hand_is_refused_for_ids(server_engine: Engine) -> None:
    """``GENERATED ALWAYS``: nobody renumbers the feed."""
    from sqlalchemy.exc import ProgrammingError

    with server_engine.connect() as conn, pytest.raises(ProgrammingError):
        conn.execute(
            text(
                "INSERT INTO sync_change (id, epoch, office_id, entity, entity_id, op, version) "
                "VALUES (1, 1, :o, 'case', :o, 'insert', 1)"
            ),
            {"o": uuid.uuid4()},
        )


def test_protocol_entities_match_the_desk_models() -> None:
    synced = [
        mapper.class_
        for mapper in desk_models.Base.registry.mappers
        if issubclass(mapper.class_, desk_models.Synced)
    ]
    assert {cls.__sync_entity__ for cls in synced} == protocol.SYNC_ENTITIES
    assert {cls.__sync_entity__ for cls in synced if cls.__append_only__} == (
        protocol.APPEND_ONLY_ENTITIES
    )
    assert protocol.SERVER_MANAGED_ENTITIES <= protocol.SYNC_ENTITIES
    # Every column a desk may send is a valid field name on the wire.
    field = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
    for cls in synced:
        for attr in sa_inspect(cls).column_attrs:
            assert field.match(attr.key), (cls.__name__, attr.key)
    assert not protocol.SERVER_MANAGED_ENTITIES & protocol.APPEND_ONLY_ENTITIES


def test_cursor_round_trip() -> None:
    cursor = protocol.Cursor(3, 2, 123456789012, 42)
    assert protocol.Cursor.decode(cursor.encode()) == cursor
    for bad in (
        "",
        "c1.1.2.3",
        "c2.1.1.1.1",
        "c1.a.1.1.1",
        "c1.-1.1.1.1",
        "c1." + "9" * 30 + ".1.1.1",
    ):
        with pytest.raises(ValueError, match="not a cursor"):
            protocol.Cursor.decode(bad)
