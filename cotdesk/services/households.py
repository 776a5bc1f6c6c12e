"""Households (*nuclei familiari*): people living together, with their relation.

A household has one reference person (*intestatario*); every other member is recorded with
their relation to that person. Memberships are never deleted: a person who leaves gets an
end date (``until``), so the history of who lived with whom stays readable. Everything goes
through a :class:`UnitOfWork`: captured for sync and audited.

Widgets use the ``*_for`` functions, which take the desk and the actor and run one unit of
work each; other services compose the ``uow`` functions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.db.database import Database
from cotdesk.db.models import Household, HouseholdMember, Person
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

#: The reference person of a household.
HEAD: Final = "intestatario"

#: Relation to the reference person: code → Italian label (order of the form's list).
RELATIONS: Final[dict[str, str]] = {
    HEAD: "Intestatario",
    "coniuge": "Coniuge/partner",
    "convivente": "Convivente",
    "figlio": "Figlio/a",
    "genitore": "Genitore",
    "fratello": "Fratello/sorella",
    "nonno": "Nonno/a",
    "nipote": "Nipote",
    "altro": "Altro",
}


@dataclass(frozen=True)
class MemberView:
    """A current member of a household, as the person page lists them."""

    person_id: uuid.UUID
    last_name: str
    first_name: str
    birth_date: date | None
    relation: str
    relation_label: str
    since: date | None


@dataclass(frozen=True)
class HouseholdView:
    id: uuid.UUID
    label: str
    members: tuple[MemberView, ...]

    def member(self, person_id: uuid.UUID) -> MemberView | None:
        return next((m for m in self.members if m.person_id == person_id), None)


# --------------------------------------------------------------------------- checks


def _check_relation(relation: str) -> str:
    if relation not in RELATIONS:
        raise ValidationError(
            f"Relazione sconosciuta: «{relation}». Scegliere una voce dell'elenco.",
            field="relation",
        )
    return relation


def _person(uow: UnitOfWork, person_id: uuid.UUID) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona non esiste o è stata cancellata.")
    uow.require_office(person.office_id)
    return person


def _household(uow: UnitOfWork, household_id: uuid.UUID) -> Household:
    household = uow.session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound("Il nucleo familiare non esiste o è stato cancellato.")
    uow.require_office(household.office_id)
    return household


def _current_members(session: Session, household_id: uuid.UUID) -> list[HouseholdMember]:
    return list(
        session.scalars(
            select(HouseholdMember).where(
                HouseholdMember.household_id == household_id,
                HouseholdMember.deleted_at.is_(None),
                HouseholdMember.until.is_(None),
            )
        )
    )


# --------------------------------------------------------------------------- writes


def create_household(
    uow: UnitOfWork, head_person_id: uuid.UUID, *, label: str = "", since: date | None = None
) -> Household:
    """A new household with ``head_person_id`` as its reference person (*intestatario*)."""
    head = _person(uow, head_person_id)
    household = Household(
        office_id=head.office_id,
        label=" ".join(label.split()) or f"Nucleo {head.last_name} {head.first_name}",
        address_street=head.address_street,
        district_code=head.district_code,
    )
    uow.session.add(household)
    uow.flush()
    uow.audit("create", household)
    add_member(uow, household.id, head.id, HEAD, since=since)
    return household


def add_member(
    uow: UnitOfWork,
    household_id: uuid.UUID,
    person_id: uuid.UUID,
    relation: str,
    *,
    since: date | None = None,
) -> HouseholdMember:
    """Add (or bring back) a person to a household, with their relation to the intestatario."""
    relation = _check_relation(relation)
    household = _household(uow, household_id)
    person = _person(uow, person_id)
    current = _current_members(uow.session, household.id)
    if any(m.person_id == person.id for m in current):
        raise ValidationError(
            f"{person.last_name} {person.first_name} fa già parte di questo nucleo familiare.",
            field="person",
        )
    if relation == HEAD and any(m.relation == HEAD for m in current):
        raise ValidationError(
            "Il nucleo ha già un intestatario: indicare la relazione con lui o lei.",
            field="relation",
        )
    member = uow.session.scalars(
        select(HouseholdMember).where(
            HouseholdMember.household_id == household.id, HouseholdMember.person_id == person.id
        )
    ).first()
    if member is None:
        member = HouseholdMember(
            household_id=household.id, person_id=person.id, relation=relation, since=since
        )
        uow.session.add(member)
        uow.flush()
        uow.audit("create", member, relation=relation)
    else:  # left earlier and comes back: the same membership, reopened
        member.relation = relation
        member.since = since
        member.until = None
        member.deleted_at = None
        uow.flush()
        uow.audit("update", member, relation=relation, rejoined=True)
    return member


def end_membership(
    uow: UnitOfWork, household_id: uuid.UUID, person_id: uuid.UUID, *, until: date
) -> HouseholdMember:
    """The person no longer lives in the household (the membership is kept, with its end)."""
    household = _household(uow, household_id)
    member = next(
        (m for m in _current_members(uow.session, household.id) if m.person_id == person_id),
        None,
    )
    if member is None:
        raise NotFound("La persona non fa parte di questo nucleo familiare.")
    if member.since is not None and until < member.since:
        raise ValidationError(
            "La data di uscita dal nucleo è precedente a quella di ingresso.", field="until"
        )
    member.until = until
    uow.flush()
    uow.audit("update", member, until=until.isoformat())
    return member


def current_household_id(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The household the person lives in now (the most recent, if several)."""
    return session.scalars(
        select(HouseholdMember.household_id)
        .join(Household, Household.id == HouseholdMember.household_id)
        .where(
            HouseholdMember.person_id == person_id,
            HouseholdMember.deleted_at.is_(None),
            HouseholdMember.until.is_(None),
            Household.deleted_at.is_(None),
        )
        .order_by(HouseholdMember.created_at.desc())
    ).first()


def add_to_household_of(
    uow: UnitOfWork, person_id: uuid.UUID, member_id: uuid.UUID, relation: str
) -> HouseholdMember:
    """Add ``member_id`` to the household of ``person_id``.

    A person without a household gets one, with themselves as intestatario.
    """
    _check_relation(relation)
    _person(uow, person_id)
    if member_id == person_id:
        raise ValidationError("Una persona non può essere aggiunta al proprio nucleo due volte.")
    household_id = current_household_id(uow.session, person_id)
    if household_id is None:
        household_id = create_household(uow, person_id).id
    return add_member(uow, household_id, member_id, relation)


# --------------------------------------------------------------------------- reads


def household_views(session: Session, person_id: uuid.UUID) -> list[HouseholdView]:
    """The households the person lives in now, with their current members."""
    household_ids = session.scalars(
        select(HouseholdMember.household_id).where(
            HouseholdMember.person_id == person_id,
            HouseholdMember.deleted_at.is_(None),
            HouseholdMember.until.is_(None),
        )
    ).all()
    order = list(RELATIONS)
    views: list[HouseholdView] = []
    for household_id in household_ids:
        household = session.get(Household, household_id)
        if household is None or household.deleted_at is not None:
            continue
        rows = session.execute(
            select(HouseholdMember, Person)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(
                HouseholdMember.household_id == household.id,
                HouseholdMember.deleted_at.is_(None),
                HouseholdMember.until.is_(None),
                Person.deleted_at.is_(None),
            )
        ).all()
        members = sorted(
            (
                MemberView(
                    person_id=person.id,
                    last_name=person.last_name,
                    first_name=person.first_name,
                    birth_date=person.birth_date,
                    relation=member.relation,
                    relation_label=RELATIONS.get(member.relation, member.relation),
                    since=member.since,
                )
                for member, person in rows
            ),
            key=lambda m: (
                order.index(m.relation) if m.relation in order else len(order),
                m.birth_date or date.max,
                m.last_name,
                m.first_name,
            ),
        )
        views.append(HouseholdView(household.id, household.label, tuple(members)))
    return views


def list_households(db: Database, actor: Actor, person_id: uuid.UUID) -> list[HouseholdView]:
    with ReadUnit(db, actor) as unit:
        person = unit.session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("La persona non esiste o è stata cancellata.")
        unit.require_office(person.office_id)
        return household_views(unit.session, person_id)


# --------------------------------------------------------------------------- for the UI


def add_household_member_for(
    db: Database, actor: Actor, person_id: uuid.UUID, member_id: uuid.UUID, relation: str
) -> None:
    """One use case: add ``member_id`` to the household of ``person_id`` and commit."""
    with UnitOfWork(db, actor) as uow:
        add_to_household_of(uow, person_id, member_id, relation)
        uow.commit()


def end_household_membership_for(
    db: Database, actor: Actor, household_id: uuid.UUID, person_id: uuid.UUID, *, until: date
) -> None:
    with UnitOfWork(db, actor) as uow:
        end_membership(uow, household_id, person_id, until=until)
        uow.commit()
