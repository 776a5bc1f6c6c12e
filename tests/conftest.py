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
from cotdesk.db.models import Office, Operator
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import Actor, UnitOfWork

DISTRICT = "rm_m05"


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


def make_office(db: Database, code: str = "M05", district: str = DISTRICT) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        office = Office(code=code, name=f"COT Solidale {code}", district_code=district)
        uow.session.add(office)
        uow.commit()
        return office.id


def make_actor(db: Database, office_id: uuid.UUID, role: Role, username: str) -> Actor:
    with UnitOfWork(db, None) as uow:
        operator = Operator(
            office_id=office_id, username=username, full_name=username.title(), role=role.value
        )
        uow.session.add(operator)
        uow.commit()
        return Actor(
            operator_id=operator.id, office_id=office_id, role=role, full_name=operator.full_name
        )


@pytest.fixture
def office_id(db: Database) -> uuid.UUID:
    return make_office(db)


@pytest.fixture
def operator(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.OPERATOR, "giulia.operatrice")


@pytest.fixture
def supervisor(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.SUPERVISOR, "marco.coordinatore")
