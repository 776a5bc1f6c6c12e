"""Schema versions of the desk database: Alembic, driven from code.

A desk database is always built by the migrations (never by ``create_all``), so a fresh
desk and an upgraded one have the same schema; a test checks the models match them.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: Tables built by hand-written migrations, not by the models (the FTS5 search index).
UNMODELLED_TABLE_PREFIXES = ("search_",)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate filter: leave the search index's tables alone."""
    return not (
        type_ == "table" and name is not None and name.startswith(UNMODELLED_TABLE_PREFIXES)
    )


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations shipped")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the schema on ``connection`` (the caller commits)."""
    command.upgrade(alembic_config(connection), revision)
