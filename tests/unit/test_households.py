"""Households: created around an intestatario, members with relations, leaving keeps history."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, HouseholdMember, OutboxEntry
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services import households, persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office


def _person(
    db: Database, actor: Actor, last: str, first: str, born: date | None = None
) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(last_name=last, first_name=first, birth_date=born),
            today=date(2026, 11, 24),
        )
        uow.commit()
        return person.id


def test_adding_a_member_creates_the_household_around_the_person(
    db: Database, operator: Actor
) -> None:
    anna = _person(db, operator, "Rossi", "Anna", date(1980, 1, 2))
    luca = _person(db, operator, "Rossi", "Luca", date(2015, 5, 6))
    marco = _person(db, operator, "Bianchi", "Marco", date(1978, 3, 4))
    households.add_household_member_for(db, operator, anna, luca, "figlio")
    households.add_household_member_for(db, operator, luca, marco, "coniuge")
    [view] = households.list_households(db, operator, anna)
    assert view.label == "Nucleo Rossi Anna"
    assert [(m.first_name, m.relation_label) for m in view.members] == [
        ("Anna", "Intestatario"),
        ("Marco", "Coniuge/partner"),
        ("Luca", "Figlio/a"),
    ]
    assert households.list_households(db, operator, marco)[0].id == view.id
    with db.read_session() as session:
        entities = set(session.scalars(select(OutboxEntry.entity)))
        assert {"household", "household_member"} <= entities
        actions = session.scalars(
            select(AuditEvent.entity).where(AuditEvent.action == "create")
        ).all()
        assert actions.count("household_member") == 3


def test_relations_and_duplicates_are_checked(db: Database, operator: Actor) -> None:
    anna = _person(db, operator, "Rossi", "Anna")
    luca = _person(db, operator, "Rossi", "Luca")
    with pytest.raises(ValidationError, match="Relazione sconosciuta") as info:
        households.add_household_member_for(db, operator, anna, luca, "cugino")
    assert info.value.field == "relation"
    households.add_household_member_for(db, operator, anna, luca, "figlio")
    with pytest.raises(ValidationError, match="fa già parte"):
        households.add_household_member_for(db, operator, anna, luca, "altro")
    other = _person(db, operator, "Verdi", "Ugo")
    with pytest.raises(ValidationError, match="già un intestatario"):
        households.add_household_member_for(db, operator, anna, other, "intestatario")
    with pytest.raises(ValidationError):
        households.add_household_member_for(db, operator, anna, anna, "altro")
    with pytest.raises(NotFound):
        households.add_household_member_for(db, operator, anna, uuid.uuid4(), "altro")


def test_leaving_the_household_keeps_the_membership_with_its_end(
    db: Database, operator: Actor
) -> None:
    anna = _person(db, operator, "Rossi", "Anna")
    luca = _person(db, operator, "Rossi", "Luca")
    households.add_household_member_for(db, operator, anna, luca, "figlio")
    [view] = households.list_households(db, operator, anna)
    households.end_household_membership_for(db, operator, view.id, luca, until=date(2026, 11, 1))
    [after] = households.list_households(db, operator, anna)
    assert [m.first_name for m in after.members] == ["Anna"]
    assert households.list_households(db, operator, luca) == []
    with db.read_session() as session:
        row = session.scalars(
            select(HouseholdMember).where(HouseholdMember.person_id == luca)
        ).one()
        assert row.until == date(2026, 11, 1)
    # coming back reopens the same membership
    households.add_household_member_for(db, operator, anna, luca, "figlio")
    assert len(households.list_households(db, operator, luca)[0].members) == 2


def test_another_office_cannot_touch_the_household(db: Database, operator: Actor) -> None:
    anna = _person(db, operator, "Rossi", "Anna")
    luca = _person(db, operator, "Rossi", "Luca")
    elsewhere = make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.sportello")
    with pytest.raises(PermissionDenied):
        households.add_household_member_for(db, elsewhere, anna, luca, "figlio")
    with pytest.raises(PermissionDenied):
        households.list_households(db, elsewhere, anna)
