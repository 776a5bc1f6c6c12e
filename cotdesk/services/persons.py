"""Registering and correcting persons (*cittadini*), with their identity codes checked.

A person has a codice fiscale, or an STP/ENI code, or no code at all. When a codice fiscale
is given, birth date, sex and birthplace come from it; what the operator typed must agree
with it (:func:`cotdesk.domain.identity.cross_check`), otherwise the error says which field
differs and how. Every change goes through a :class:`UnitOfWork`, so it is captured for sync
and audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import select

from cotdesk.db.changes import to_wire
from cotdesk.db.models import District, Person, PersonRevision
from cotdesk.domain.identity import (
    cross_check,
    parse_codice_fiscale,
    parse_foreign_code,
    validate_birth_date,
)
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PersonData:
    """What the registration form collects. Empty strings mean "not given"."""

    last_name: str
    first_name: str
    fiscal_code: str = ""
    foreign_code: str = ""
    birth_date: date | None = None
    birth_place_code: str = ""
    birth_place_name: str = ""
    sex: str = ""
    citizenship: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    address_street: str = ""
    address_city: str = ""
    address_postcode: str = ""
    district_code: str | None = None
    no_fixed_abode: bool = False
    notes: str = ""


def _clean_name(value: str, field_name: str, label: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(f"Il {label} è obbligatorio.", field=field_name)
    if any(ch.isdigit() for ch in cleaned):
        raise ValidationError(f"Il {label} non può contenere cifre: «{cleaned}».", field=field_name)
    return cleaned


def validate_person(data: PersonData, *, today: date | None = None) -> PersonData:
    """Check and complete ``data``; return the normalised copy to store.

    Raises :class:`ValidationError` (with ``field``) in Italian on the first problem.
    """
    last_name = _clean_name(data.last_name, "last_name", "cognome")
    first_name = _clean_name(data.first_name, "first_name", "nome")
    fiscal_code = "".join(data.fiscal_code.split()).upper()
    foreign_code = "".join(data.foreign_code.split()).upper()
    if fiscal_code and foreign_code:
        raise ValidationError(
            "Indicare il codice fiscale oppure il codice STP/ENI, non entrambi.",
            field="foreign_code",
        )
    birth_date = data.birth_date
    sex = data.sex.upper()
    birth_place_code = data.birth_place_code.upper()
    birth_place_name = data.birth_place_name
    if fiscal_code:
        cf = parse_codice_fiscale(fiscal_code, today=today)
        mismatches = cross_check(
            cf,
            birth_date=birth_date,
            sex=sex or None,
            birthplace_code=birth_place_code or None,
            last_name=last_name,
            first_name=first_name,
        )
        if mismatches:
            first = mismatches[0]
            others = "" if len(mismatches) == 1 else f" (e altre {len(mismatches) - 1} differenze)"
            raise ValidationError(first.message + others, field=first.field)
        fiscal_code = cf.code
        birth_date = cf.birth_date
        sex = cf.sex
        birth_place_code = cf.birthplace_code
        birth_place_name = birth_place_name or (cf.birthplace_name or "")
    if foreign_code:
        foreign_code = parse_foreign_code(foreign_code).code
    if birth_date is not None:
        validate_birth_date(birth_date, today)
    if sex and sex not in {"M", "F", "X"}:
        raise ValidationError("Il sesso deve essere M, F oppure non indicato.", field="sex")
    return replace(
        data,
        last_name=last_name,
        first_name=first_name,
        fiscal_code=fiscal_code,
        foreign_code=foreign_code,
        birth_date=birth_date,
        sex=sex or "X",
        birth_place_code=birth_place_code,
        birth_place_name=birth_place_name,
        phone=" ".join(data.phone.split()),
        email=data.email.strip(),
    )


def _identity_kind(data: PersonData) -> str:
    if data.fiscal_code:
        return "cf"
    if data.foreign_code:
        return data.foreign_code[:3].lower()
    return "none"


def _check_unique_codes(uow: UnitOfWork, data: PersonData, person_id: uuid.UUID | None) -> None:
    session = uow.session
    for column, value, label in (
        (Person.fiscal_code, data.fiscal_code, "codice fiscale"),
        (Person.foreign_code, data.foreign_code, "codice STP/ENI"),
    ):
        if not value:
            continue
        other = session.execute(
            select(Person.id, Person.last_name, Person.first_name).where(column == value)
        ).first()
        if other is not None and other.id != person_id:
            raise ValidationError(
                f"Esiste già una persona con questo {label}: {other.last_name} "
                f"{other.first_name}. Aprire la sua scheda invece di registrarla di nuovo.",
                field="fiscal_code" if column is Person.fiscal_code else "foreign_code",
            )


def _check_district(uow: UnitOfWork, district_code: str | None) -> None:
    if district_code and uow.session.get(District, district_code) is None:
        raise ValidationError(f"Municipio sconosciuto: {district_code}.", field="district_code")


def register_person(uow: UnitOfWork, data: PersonData, *, today: date | None = None) -> Person:
    """Register a new person at the acting operator's office."""
    actor = uow.require_actor()
    clean = validate_person(data, today=today)
    _check_unique_codes(uow, clean, None)
    _check_district(uow, clean.district_code)
    person = Person(office_id=actor.office_id, identity_kind=_identity_kind(clean))
    _apply(person, clean)
    uow.session.add(person)
    uow.flush()
    uow.audit("create", person)
    return person


def update_person(
    uow: UnitOfWork, person_id: uuid.UUID, data: PersonData, *, today: date | None = None
) -> Person:
    """Correct a person's data (rectification: the previous values stay in the history)."""
    person = get_person_for_update(uow, person_id)
    clean = validate_person(data, today=today)
    _check_unique_codes(uow, clean, person.id)
    _check_district(uow, clean.district_code)
    before = {f.name: getattr(person, f.name) for f in fields(PersonData)}
    _apply(person, clean)
    person.identity_kind = _identity_kind(clean)
    changed = sorted(name for name, old in before.items() if getattr(person, name) != old)
    if changed:
        # Rectification keeps the history: the values replaced, who and when (the access
        # log names the fields only, so an erasure can remove the values with the person).
        actor = uow.require_actor()
        uow.session.add(
            PersonRevision(
                person_id=person.id,
                operator_id=actor.operator_id,
                fields=changed,
                previous={name: to_wire(before[name]) for name in changed},
            )
        )
        uow.audit("update", person, fields=changed)
    return person


def get_person_for_update(uow: UnitOfWork, person_id: uuid.UUID) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona cercata non esiste o è stata cancellata.")
    uow.require_office(person.office_id)
    return person


def _apply(person: Person, data: PersonData) -> None:
    for item in fields(PersonData):
        value = getattr(data, item.name)
        if item.name in {"fiscal_code", "foreign_code"}:
            value = value or None
        setattr(person, item.name, list(value) if isinstance(value, list) else value)
