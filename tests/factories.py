"""Small builders for test data, shared by the fixtures and the tests."""

from __future__ import annotations

import uuid

from cotdesk.db.database import Database
from cotdesk.db.models import Office, Operator
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import Actor, UnitOfWork

DISTRICT = "rm_m05"


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
