"""Fixtures shared by every test: a real desk database file, an office, operators."""

from __future__ import annotations

import os

# Qt must know its platform before any QApplication exists (pytest-qt creates one lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cotdesk.db.database import Database, open_database
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import Actor
from tests.factories import make_actor, make_office


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def office_id(db: Database) -> uuid.UUID:
    return make_office(db)


@pytest.fixture
def operator(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.OPERATOR, "giulia.operatrice")


@pytest.fixture
def supervisor(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.SUPERVISOR, "marco.coordinatore")


@pytest.fixture(autouse=True, scope="session")
def _throwaway_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Log files and settings written by tests go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("user-folders")
    names = {"COTDESK_LOG_DIR": folder / "logs", "COTDESK_CONFIG_DIR": folder / "config"}
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: str(path) for name, path in names.items()})
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
