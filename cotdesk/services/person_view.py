"""What the person page shows and does: read models (frozen dataclasses) and its use cases.

:func:`view_person` gathers everything the page shows about a person, in one snapshot, and
records the access in the audit log (who looked at whose data, when): the page never holds
ORM objects. The write functions here are the page's and the registration form's use
cases, one unit of work each, so widgets never handle transactions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import Case, Consent, Operator, Person
from cotdesk.domain.cases import CASE_STATUS_LABELS, CaseStatus
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import access, consents, documents, persons
from cotdesk.services.households import HouseholdView, household_views
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

CONSENT_ACTION_LABELS: Final[dict[str, str]] = {
    "notice_given": "Informativa consegnata",
    "given": "Consenso dato",
    "withdrawn": "Consenso revocato",
}

SEX_LABELS: Final[dict[str, str]] = {"M": "maschile", "F": "femminile", "X": "non indicato"}


def local_today() -> date:
    """Today's date in Rome (the desks' calendar)."""
    return datetime.now(LOCAL_ZONE).date()


def age_on(birth_date: date | None, today: date) -> int | None:
    """Completed years on ``today`` (None when the birth date is not known)."""
    if birth_date is None:
        return None
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return max(years, 0)


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class PersonDetails:
    """A person's registry data, with the labels of the coded values."""

    id: uuid.UUID
    identity_kind: str
    fiscal_code: str | None
    foreign_code: str | None
    last_name: str
    first_name: str
    birth_date: date | None
    birth_place_code: str
    birth_place_name: str
    sex: str
    citizenship: tuple[str, ...]
    citizenship_labels: tuple[str, ...]
    languages: tuple[str, ...]
    language_labels: tuple[str, ...]
    phone: str
    phone_alt: str
    email: str
    address_street: str
    address_city: str
    address_postcode: str
    district_code: str | None
    district_label: str
    no_fixed_abode: bool
    notes: str
    updated_at: datetime

    def age(self, today: date) -> int | None:
        return age_on(self.birth_date, today)

    @property
    def code(self) -> str:
        return self.fiscal_code or self.foreign_code or ""

    def to_person_data(self) -> persons.PersonData:
        """The form's data for correcting this person (every registry field)."""
        values = {f.name: getattr(self, f.name) for f in fields(persons.PersonData)}
        values["fiscal_code"] = self.fiscal_code or ""
        values["foreign_code"] = self.foreign_code or ""
        values["citizenship"] = list(self.citizenship)
        values["languages"] = list(self.languages)
        return persons.PersonData(**values)


@dataclass(frozen=True)
class ConsentAct:
    """One recorded consent act (never changed, never deleted)."""

    action: str
    action_label: str
    purposes: tuple[str, ...]
    recorded_at: datetime
    operator_name: str
    signed_by: str
    notes: str
    notice_version: str


@dataclass(frozen=True)
class ConsentView:
    notice_given_at: datetime | None
    notice_version: str | None
    #: Purposes in force, in the order of :data:`consents.PURPOSES`.
    active_purposes: tuple[str, ...]
    #: Every act, most recent first.
    history: tuple[ConsentAct, ...]

    @property
    def notice_given(self) -> bool:
        return self.notice_given_at is not None

    @property
    def notice_is_current(self) -> bool:
        return self.notice_version == consents.NOTICE_VERSION


@dataclass(frozen=True)
class CaseSummary:
    """A case of the person, as listed on the person page."""

    id: uuid.UUID
    reference: str
    status: str
    status_label: str
    area_labels: tuple[str, ...]
    opened_on: date
    closed_on: date | None
    assigned_operator_name: str
    priority: int
    follow_up_on: date | None
    restricted: bool
    #: Restricted and the actor may not read it: only its reference and status are shown.
    hidden: bool

    @property
    def is_open(self) -> bool:
        return self.status != CaseStatus.CLOSED


@dataclass(frozen=True)
class PersonView:
    person: PersonDetails
    consent: ConsentView
    households: tuple[HouseholdView, ...]
    cases: tuple[CaseSummary, ...]


# --------------------------------------------------------------------------- assembling


def _labels(codes: list[str], known: dict[str, str]) -> tuple[str, ...]:
    return tuple(known.get(code, code) for code in codes)


def _details(session: Session, person: Person) -> PersonDetails:
    district_label = ""
    if person.district_code:
        district_label = next(
            (d.label_it for d in resources.districts() if d.code == person.district_code),
            person.district_code,
        )
    countries = {c.code: c.label_it for c in resources.countries()}
    languages = {lang.code: lang.label_it for lang in resources.languages()}
    return PersonDetails(
        id=person.id,
        identity_kind=person.identity_kind,
        fiscal_code=person.fiscal_code,
        foreign_code=person.foreign_code,
        last_name=person.last_name,
        first_name=person.first_name,
        birth_date=person.birth_date,
        birth_place_code=person.birth_place_code,
        birth_place_name=person.birth_place_name,
        sex=person.sex,
        citizenship=tuple(person.citizenship),
        citizenship_labels=_labels(person.citizenship, countries),
        languages=tuple(person.languages),
        language_labels=_labels(person.languages, languages),
        phone=person.phone,
        phone_alt=person.phone_alt,
        email=person.email,
        address_street=person.address_street,
        address_city=person.address_city,
        address_postcode=person.address_postcode,
        district_code=person.district_code,
        district_label=district_label,
        no_fixed_abode=person.no_fixed_abode,
        notes=person.notes,
        updated_at=person.updated_at,
    )


def _operator_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(select(Operator.id, Operator.full_name).where(Operator.id.in_(ids)))
    return {row.id: row.full_name for row in rows}


def _consent_view(session: Session, person_id: uuid.UUID) -> ConsentView:
    rows = list(
        session.scalars(
            select(Consent)
            .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
            .order_by(Consent.recorded_at, Consent.created_at)
        )
    )
    status = consents.consent_status(session, person_id)
    names = _operator_names(session, {row.operator_id for row in rows})
    history = tuple(
        ConsentAct(
            action=row.action,
            action_label=CONSENT_ACTION_LABELS.get(row.action, row.action),
            purposes=tuple(row.purposes),
            recorded_at=row.recorded_at,
            operator_name=names.get(row.operator_id, ""),
            signed_by=row.signed_by,
            notes=row.notes,
            notice_version=row.notice_version,
        )
        for row in reversed(rows)
    )
    return ConsentView(
        notice_given_at=status.notice_given_at,
        notice_version=status.notice_version,
        active_purposes=tuple(p for p in consents.PURPOSES if p in status.purposes),
        history=history,
    )


def _cases(session: Session, actor: Actor, person_id: uuid.UUID) -> tuple[CaseSummary, ...]:
    rows = list(
        session.scalars(
            select(Case)
            .where(Case.person_id == person_id, Case.deleted_at.is_(None))
            .order_by(Case.opened_on.desc(), Case.reference.desc())
        )
    )
    names = _operator_names(
        session, {c.assigned_operator_id for c in rows if c.assigned_operator_id is not None}
    )
    areas = {a.code: a.label_it for a in resources.intervention_areas()}
    out: list[CaseSummary] = []
    for case in rows:
        hidden = not access.may_read(session, actor, case)
        status = CaseStatus(case.status) if case.status in set(CaseStatus) else None
        out.append(
            CaseSummary(
                id=case.id,
                reference=case.reference,
                status=case.status,
                status_label=CASE_STATUS_LABELS[status] if status else case.status,
                area_labels=() if hidden else _labels(case.areas, areas),
                opened_on=case.opened_on,
                closed_on=case.closed_on,
                assigned_operator_name=names.get(case.assigned_operator_id, "")
                if case.assigned_operator_id
                else "",
                priority=case.priority,
                follow_up_on=None if hidden else case.follow_up_on,
                restricted=case.restricted,
                hidden=hidden,
            )
        )
    # Open cases first (most recent first within each group).
    out.sort(key=lambda c: not c.is_open)
    return tuple(out)


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona cercata non esiste o è stata cancellata.")
    return person


def view_person(
    db: Database, actor: Actor, person_id: uuid.UUID, *, audit: bool = True
) -> PersonView:
    """Everything the person page shows; records a ``view`` in the access log.

    ``audit=False`` is for reloading the page after the operator's own change (already
    audited as that change).
    """
    # Read from a snapshot that never blocks the writer; then record the view in a unit of
    # work of its own that holds the write lock only for the one row of the log.
    with ReadUnit(db, actor) as unit:
        person = _live_person(unit.session, person_id)
        unit.require_office(person.office_id)
        view = PersonView(
            person=_details(unit.session, person),
            consent=_consent_view(unit.session, person.id),
            households=tuple(household_views(unit.session, person.id)),
            cases=_cases(unit.session, actor, person.id),
        )
    if audit:
        with UnitOfWork(db, actor) as uow:
            uow.audit("view", entity_name="person", entity_id=person_id)
            uow.commit()
    return view


# --------------------------------------------------------------------------- use cases


def save_person(
    db: Database,
    actor: Actor,
    data: persons.PersonData,
    *,
    person_id: uuid.UUID | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """Register a new person (``person_id`` None) or correct one; returns the person's id."""
    with UnitOfWork(db, actor) as uow:
        if person_id is None:
            person = persons.register_person(uow, data, today=today)
        else:
            person = persons.update_person(uow, person_id, data, today=today)
        uow.commit()
        return person.id


def record_consents(
    db: Database,
    actor: Actor,
    person_id: uuid.UUID,
    *,
    notice: bool,
    purposes: list[str],
    signed_by: str = "",
) -> None:
    """The notice handed over and/or the consents given, in one transaction."""
    if not notice and not purposes:
        raise ValidationError(
            "Indicare che l'informativa è stata consegnata o almeno un consenso.",
            field="purposes",
        )
    with UnitOfWork(db, actor) as uow:
        person = _live_person(uow.session, person_id)
        uow.require_office(person.office_id)
        if notice:
            consents.record_notice(uow, person_id, signed_by=signed_by)
        if purposes:
            consents.give_consent(uow, person_id, purposes, signed_by=signed_by)
        uow.commit()


def withdraw_consents(
    db: Database, actor: Actor, person_id: uuid.UUID, purposes: list[str], *, notes: str = ""
) -> None:
    """Record a withdrawal (a new act: what was given before stays in the history)."""
    with UnitOfWork(db, actor) as uow:
        person = _live_person(uow.session, person_id)
        uow.require_office(person.office_id)
        active = consents.consent_status(uow.session, person_id).purposes
        not_active = sorted(set(purposes) - active)
        if not_active:
            raise ValidationError(
                "Non è in vigore un consenso da revocare per: "
                + ", ".join(consents.PURPOSES.get(p, p) for p in not_active)
                + ".",
                field="purposes",
            )
        consents.withdraw_consent(uow, person_id, purposes, notes=notes)
        uow.commit()


def render_consent_form(
    db: Database, actor: Actor, person_id: uuid.UUID, *, today: date | None = None
) -> bytes:
    """The consent form's PDF for the preview (recorded as a ``view`` of the document).

    Printing or saving it is recorded by :func:`record_consent_form_output` once it has
    happened (a cancelled print dialog leaves no trace).
    """
    with UnitOfWork(db, actor) as uow:
        pdf = documents.consent_form(
            uow, person_id, today=today or local_today(), purpose="preview"
        )
        uow.commit()
        return pdf


def record_consent_form_output(
    db: Database, actor: Actor, person_id: uuid.UUID, *, purpose: documents.Purpose = "print"
) -> None:
    """Record in the access log that the consent form was printed or saved."""
    with UnitOfWork(db, actor) as uow:
        person = _live_person(uow.session, person_id)
        uow.require_office(person.office_id)
        uow.audit(documents.AUDIT_ACTIONS[purpose], person, document="consent_form")
        uow.commit()
