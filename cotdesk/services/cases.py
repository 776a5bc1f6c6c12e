"""Opening and moving a case (*presa in carico*), and its timeline (*diario*).

Every state change goes through :data:`cotdesk.domain.cases.CASE_LIFECYCLE` with the acting
operator's role, is checked against their office, and lands on the case timeline as an
append-only :class:`~cotdesk.db.models.CaseEvent`.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Final

from sqlalchemy import update

from cotdesk.db.models import Case, CaseEvent, DeskState, InterventionArea, Office, Operator, Person
from cotdesk.domain.cases import (
    CASE_STATUS_LABELS,
    CaseStatus,
    Channel,
    check_case_reason,
    check_case_transition,
    check_reporter,
)
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import access
from cotdesk.services.consents import consent_status
from cotdesk.services.unit_of_work import UnitOfWork

#: Kinds of timeline entries an operator may write by hand.
MANUAL_EVENT_KINDS: Final = {"note": "Nota", "call": "Telefonata", "meeting": "Colloquio"}


def next_reference(uow: UnitOfWork, prefix: str, today: date) -> str:
    """A human reference unique across desks: prefix, year, desk and a desk counter.

    ``M05-2026-3FA2-00017`` (a case), ``INV-M05-2026-3FA2-00018`` (a referral): the desk part
    (from the device id) keeps two offline desks of one office from ever printing the same
    reference.
    """
    number = (
        uow.session.connection()
        .execute(
            update(DeskState)
            .values(last_reference=DeskState.last_reference + 1)
            .returning(DeskState.last_reference)
        )
        .scalar_one()
    )
    desk = uow.db.device_id.hex[:4].upper()
    return f"{prefix}-{today.year}-{desk}-{number:05d}"


def get_case_for_update(uow: UnitOfWork, case_id: uuid.UUID) -> Case:
    case = uow.session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("La presa in carico cercata non esiste o è stata cancellata.")
    access.require_case(uow, case)  # office, then restricted content
    return case


def add_event(
    uow: UnitOfWork,
    case: Case,
    kind: str,
    text: str = "",
    *,
    referral_id: uuid.UUID | None = None,
    **data: Any,
) -> CaseEvent:
    """Append an entry to the case timeline (shared by every service that acts on a case)."""
    actor = uow.require_actor()
    event = CaseEvent(
        case_id=case.id,
        kind=kind,
        operator_id=actor.operator_id,
        text=text,
        referral_id=referral_id,
        data=data,
    )
    uow.session.add(event)
    return event


def open_case(
    uow: UnitOfWork,
    person_id: uuid.UUID,
    *,
    areas: list[str],
    channel: Channel = Channel.WALK_IN,
    reporter_name: str = "",
    reporter_organisation: str = "",
    reporter_contact: str = "",
    assigned_operator_id: uuid.UUID | None = None,
    emergency_without_notice: bool = False,
    summary: str = "",
    today: date,
) -> Case:
    """Open a *presa in carico* for a person at the acting operator's office.

    The privacy notice must have been given, unless the operator marks an emergency (then the
    case is flagged until the notice is recorded).
    """
    actor = uow.require_actor()
    person = uow.session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona non esiste o è stata cancellata.")
    uow.require_office(person.office_id)
    channel = Channel(channel)
    check_reporter(channel, reporter_organisation or reporter_name)
    if not areas:
        raise ValidationError("Indicare almeno un'area di intervento.", field="areas")
    for area in areas:
        if uow.session.get(InterventionArea, area) is None:
            raise ValidationError(f"Area di intervento sconosciuta: {area}.", field="areas")
    if not consent_status(uow.session, person.id).notice_given and not emergency_without_notice:
        raise ValidationError(
            "Prima di aprire la presa in carico va consegnata l'informativa privacy e "
            "registrato il consenso. In caso di emergenza, segnalarla: l'informativa andrà "
            "registrata appena possibile.",
            field="consent",
        )
    office = uow.session.get(Office, actor.office_id)
    if office is None:
        raise NotFound("Lo sportello dell'operatore non è configurato su questa postazione.")
    if assigned_operator_id is not None:
        _check_assignee(uow, assigned_operator_id, office.id)
    case = Case(
        reference=next_reference(uow, office.code, today),
        person_id=person.id,
        office_id=office.id,
        assigned_operator_id=assigned_operator_id,
        status=CaseStatus.IN_PROGRESS if assigned_operator_id else CaseStatus.OPEN,
        areas=sorted(set(areas)),
        channel=channel.value,
        reporter_name=reporter_name.strip(),
        reporter_organisation=reporter_organisation.strip(),
        reporter_contact=reporter_contact.strip(),
        opened_on=today,
        consent_emergency=emergency_without_notice,
        summary=summary.strip(),
    )
    uow.session.add(case)
    uow.flush()
    add_event(uow, case, "status", "Presa in carico aperta", status=case.status)
    if emergency_without_notice:
        add_event(uow, case, "note", "Aperta in emergenza senza informativa privacy registrata")
    uow.audit("create", case)
    return case


def _check_assignee(uow: UnitOfWork, operator_id: uuid.UUID, office_id: uuid.UUID) -> Operator:
    operator = uow.session.get(Operator, operator_id)
    if operator is None or not operator.active or operator.deleted_at is not None:
        raise ValidationError("L'operatore indicato non esiste o non è attivo.", field="operator")
    if operator.office_id != office_id:
        raise ValidationError(
            "L'operatore indicato lavora in un altro sportello.", field="operator"
        )
    return operator


def change_status(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    target: CaseStatus,
    *,
    reason: str = "",
    today: date,
) -> Case:
    """Move a case along its lifecycle (role and reason checked by the domain)."""
    actor = uow.require_actor()
    case = get_case_for_update(uow, case_id)
    current = CaseStatus(case.status)
    target = CaseStatus(target)
    check_case_transition(current, target, actor.role)
    check_case_reason(current, target, reason)
    case.status = target.value
    if target is CaseStatus.CLOSED:
        case.closed_on = today
    elif current is CaseStatus.CLOSED:
        case.closed_on = None
    if target is CaseStatus.CLOSURE_REQUESTED:
        case.closure_reason = reason.strip()
    text = f"{CASE_STATUS_LABELS[current]} → {CASE_STATUS_LABELS[target]}"
    add_event(uow, case, "status", text, status=target.value, previous=current.value, reason=reason)
    uow.audit("update", case, status=target.value)
    return case


def assign(uow: UnitOfWork, case_id: uuid.UUID, operator_id: uuid.UUID | None) -> Case:
    """Assign (or unassign) a case. Supervisors assign anyone; an operator only themself."""
    actor = uow.require_actor()
    case = get_case_for_update(uow, case_id)
    if operator_id != actor.operator_id:
        uow.require_role(Role.SUPERVISOR, "assegnare una presa in carico a un altro operatore")
    name = "nessuno"
    if operator_id is not None:
        name = _check_assignee(uow, operator_id, case.office_id).full_name
    case.assigned_operator_id = operator_id
    if operator_id is not None and case.status == CaseStatus.OPEN:
        case.status = CaseStatus.IN_PROGRESS.value
    add_event(uow, case, "assignment", f"Assegnata a {name}", operator=str(operator_id))
    uow.audit("update", case, assigned_operator_id=str(operator_id))
    return case


def set_follow_up(uow: UnitOfWork, case_id: uuid.UUID, when: date | None, *, today: date) -> Case:
    """Set (or clear) the date of the next contact."""
    case = get_case_for_update(uow, case_id)
    if when is not None and when < today:
        raise ValidationError(
            "La data del prossimo contatto non può essere nel passato.", field="follow_up_on"
        )
    case.follow_up_on = when
    text = f"Prossimo contatto: {when:%d/%m/%Y}" if when else "Prossimo contatto annullato"
    add_event(uow, case, "follow_up", text, follow_up_on=when.isoformat() if when else None)
    uow.audit("update", case, follow_up_on=when.isoformat() if when else None)
    return case


def add_note(uow: UnitOfWork, case_id: uuid.UUID, text: str, *, kind: str = "note") -> CaseEvent:
    """Write a note, a call or an interview on the case timeline."""
    if kind not in MANUAL_EVENT_KINDS:
        raise ValidationError(f"Tipo di annotazione sconosciuto: {kind}.", field="kind")
    if not text.strip():
        raise ValidationError("La nota è vuota.", field="text")
    case = get_case_for_update(uow, case_id)
    event = add_event(uow, case, kind, text.strip())
    uow.audit("update", case, added=kind)
    return event
