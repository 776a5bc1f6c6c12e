"""Unmet needs (*bisogni senza risposta*): needs of a case no service of the network answers.

The operator records one from the referral dialog when no suitable service exists; the
network's statistics count them per municipio and intervention area, so the row carries
both: the municipio is the person's (where they live or are followed), else the office's;
the area is the need's. Recording writes the case timeline ("Bisogno senza risposta: …")
and the access log.

An unmet need is resolved when a later referral of the same case covers it
(:func:`resolve_covered_needs`, called by :func:`cotdesk.services.matching.create_referrals`):
the row keeps the day it was recorded and gets the day it was resolved, so the statistics
can tell how long the need waited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import Case, Need, Office, Operator, Person, UnmetNeed
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import access
from cotdesk.services.cases import add_event, get_case_for_update
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "UNMET_EVENT_KIND",
    "UnmetNeedView",
    "list_unmet_needs",
    "open_unmet_need_codes",
    "record_unmet_need",
    "resolve_covered_needs",
]

#: Kind of the case timeline entries written here.
UNMET_EVENT_KIND: Final = "unmet_need"


@dataclass(frozen=True)
class UnmetNeedView:
    id: uuid.UUID
    need_code: str
    need_label: str
    area_code: str
    area_label: str
    district_code: str
    district_label: str
    recorded_on: date
    operator_name: str
    notes: str
    resolved_on: date | None

    @property
    def open(self) -> bool:
        return self.resolved_on is None


def _open_rows(session: Session, case_id: uuid.UUID) -> list[UnmetNeed]:
    return list(
        session.scalars(
            select(UnmetNeed).where(
                UnmetNeed.case_id == case_id,
                UnmetNeed.resolved_on.is_(None),
                UnmetNeed.deleted_at.is_(None),
            )
        )
    )


def open_unmet_need_codes(session: Session, case_id: uuid.UUID) -> set[str]:
    """Need codes recorded as unmet for the case and not resolved yet."""
    return {row.need_code for row in _open_rows(session, case_id)}


def _district_of(uow: UnitOfWork, case: Case) -> str:
    person = uow.session.get(Person, case.person_id)
    if person is not None and person.district_code:
        return person.district_code
    office = uow.session.get(Office, case.office_id)
    if office is None:
        raise NotFound("Lo sportello della presa in carico non è configurato su questa postazione.")
    return office.district_code


def record_unmet_need(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    need_code: str,
    *,
    notes: str = "",
    today: date,
) -> UnmetNeed:
    """Record that no suitable service answers ``need_code`` for the case (caller commits)."""
    actor = uow.require_actor()
    case = get_case_for_update(uow, case_id)
    need = uow.session.get(Need, need_code)
    if need is None:
        raise ValidationError(f"Bisogno sconosciuto: {need_code}.", field="need_code")
    for row in _open_rows(uow.session, case.id):
        if row.need_code == need_code:
            raise ValidationError(
                f"Il bisogno «{need.label_it}» è già registrato come senza risposta dal "
                f"{row.recorded_on:%d/%m/%Y}.",
                field="need_code",
            )
    unmet = UnmetNeed(
        case_id=case.id,
        need_code=need.code,
        area_code=need.area_code,
        district_code=_district_of(uow, case),
        recorded_on=today,
        operator_id=actor.operator_id,
        notes=notes.strip(),
    )
    uow.session.add(unmet)
    uow.flush()
    text = f"Bisogno senza risposta: {need.label_it}"
    if unmet.notes:
        text += f" ({unmet.notes})"
    add_event(
        uow,
        case,
        UNMET_EVENT_KIND,
        text,
        unmet_need_id=str(unmet.id),
        need_code=need.code,
        district_code=unmet.district_code,
    )
    uow.audit("create", unmet)
    return unmet


def resolve_covered_needs(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    need_codes: Iterable[str],
    *,
    referral_reference: str,
    today: date,
) -> list[UnmetNeed]:
    """Resolve the case's open unmet needs among ``need_codes`` (a referral now covers them).

    Each resolution is written on the timeline and in the access log; the caller commits.
    """
    wanted = set(need_codes)
    rows = [row for row in _open_rows(uow.session, case_id) if row.need_code in wanted]
    if not rows:
        return []
    case = get_case_for_update(uow, case_id)
    labels = {n.code: n.label_it for n in resources.needs()}
    for row in rows:
        row.resolved_on = today
        add_event(
            uow,
            case,
            UNMET_EVENT_KIND,
            f"Bisogno senza risposta risolto: {labels.get(row.need_code, row.need_code)} "
            f"(invio {referral_reference})",
            unmet_need_id=str(row.id),
            need_code=row.need_code,
            resolved=True,
        )
        uow.audit("update", row, resolved_on=today.isoformat())
    return rows


def list_unmet_needs(
    desk: Database, actor: Actor | None, case_id: uuid.UUID
) -> list[UnmetNeedView]:
    """The case's unmet needs, open ones first, newest first within each group."""
    needs = {n.code: n for n in resources.needs()}
    areas = {a.code: a.label_it for a in resources.intervention_areas()}
    districts = {d.code: d.label_it for d in resources.districts()}
    with ReadUnit(desk, actor) as unit:
        case = unit.session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound("La presa in carico cercata non esiste o è stata cancellata.")
        access.require_case(unit, case)  # office, then restricted content
        rows = unit.session.execute(
            select(UnmetNeed, Operator.full_name)
            .outerjoin(Operator, Operator.id == UnmetNeed.operator_id)
            .where(UnmetNeed.case_id == case_id, UnmetNeed.deleted_at.is_(None))
        ).all()
        views = [
            UnmetNeedView(
                id=row.id,
                need_code=row.need_code,
                need_label=needs[row.need_code].label_it
                if row.need_code in needs
                else row.need_code,
                area_code=row.area_code,
                area_label=areas.get(row.area_code, row.area_code),
                district_code=row.district_code,
                district_label=districts.get(row.district_code, row.district_code),
                recorded_on=row.recorded_on,
                operator_name=name or "",
                notes=row.notes,
                resolved_on=row.resolved_on,
            )
            for row, name in rows
        ]
    views.sort(key=lambda v: (not v.open, -v.recorded_on.toordinal(), v.need_label))
    return views
