"""Restricted cases (*prese in carico riservate*) and "break the glass" access.

A case about violence or child protection can be marked restricted. Its **content** (need
assessment, diario, referrals and their letters, unmet needs, summary) is then readable
only by

* its assigned operator, and
* the supervisors (*coordinatori*) of the case's office;

anyone else of the office sees only that it exists (reference, status, assigned operator)
and may ask for access with a reason: :func:`break_glass` grants it to them until the end
of the day (Europe/Rome), writes the grant in the access log (``break_glass``, with the
reason) and puts it in the supervisors' list (:func:`break_glass_accesses`). Network
administrators are not the office's supervisors: they break the glass like anyone else.

Enforcement is here, in the services: every service that reads or changes a case's content
calls :func:`require_case` (office, then content); the UI only hides what this refuses.
:func:`set_restricted` marks or unmarks a case (its supervisors or its assigned operator).

Grants live in the access log itself (append-only, hash-chained, synced): no separate
table can be edited to forge one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, Operator
from cotdesk.db.types import utcnow
from cotdesk.domain.cases import CASE_STATUS_LABELS, CaseStatus
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "BREAK_GLASS",
    "MIN_REASON_LENGTH",
    "BreakGlassRow",
    "CaseAccess",
    "CaseExistence",
    "RestrictedCase",
    "break_glass",
    "break_glass_accesses",
    "case_access",
    "grant_expiry",
    "may_read",
    "may_read_without_grant",
    "require_case",
    "set_restricted",
]

#: The access-log action of a granted "break the glass" access.
BREAK_GLASS: Final = "break_glass"
#: The access-log action of marking or unmarking a case restricted.
RESTRICT: Final = "restrict"
#: A reason must say something: at least this many characters.
MIN_REASON_LENGTH: Final = 10


@dataclass(frozen=True)
class CaseExistence:
    """What anyone of the office may know of a restricted case: that it exists."""

    case_id: uuid.UUID
    reference: str
    person_id: uuid.UUID
    status: str
    status_label: str
    assigned_operator_name: str


class RestrictedCase(PermissionDenied):
    """The case is restricted and the actor may not read its content (yet)."""

    def __init__(self, info: CaseExistence) -> None:
        super().__init__(
            f"La presa in carico {info.reference} è riservata: la consultano l'operatore "
            "assegnato e il coordinatore. Se serve consultarla, chiedere l'accesso indicando "
            "il motivo: l'accesso resterà registrato e il coordinatore ne sarà informato."
        )
        self.info = info


@dataclass(frozen=True)
class CaseAccess:
    """Whether the actor may read a case's content, and why."""

    info: CaseExistence
    restricted: bool
    readable: bool
    #: ``assigned``, ``supervisor``, ``grant`` or ``open`` (not restricted); "" if not readable.
    why: str
    #: Until when a break-the-glass grant lasts (UTC), when that is the reason.
    grant_until: datetime | None
    #: The actor may mark or unmark the case restricted.
    may_change_restriction: bool


@dataclass(frozen=True)
class BreakGlassRow:
    """One break-the-glass access, for the supervisors' list (time in Europe/Rome)."""

    event_id: uuid.UUID
    occurred_at: datetime
    operator_id: uuid.UUID | None
    operator_name: str
    case_id: uuid.UUID
    case_reference: str
    reason: str
    until: datetime | None
    active: bool


# --------------------------------------------------------------------------- rules


def grant_expiry(now: datetime) -> datetime:
    """When a grant made at ``now`` ends: the next midnight in Rome (returned in UTC)."""
    local = now.astimezone(LOCAL_ZONE)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(), LOCAL_ZONE)
    return midnight.astimezone(UTC)


def _parse_until(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def may_read_without_grant(actor: Actor, case: Case) -> bool:
    """The content is readable by role or assignment alone (no log lookup)."""
    if not case.restricted:
        return True
    if case.assigned_operator_id == actor.operator_id:
        return True
    return actor.role is Role.SUPERVISOR and actor.office_id == case.office_id


def active_grant(
    session: Session, actor: Actor, case_id: uuid.UUID, now: datetime | None = None
) -> datetime | None:
    """Until when the actor's break-the-glass access to the case lasts (None: no grant)."""
    moment = now or utcnow()
    details = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.entity_id == case_id,
            AuditEvent.action == BREAK_GLASS,
            AuditEvent.operator_id == actor.operator_id,
        )
    )
    ends = [_parse_until((detail or {}).get("until")) for detail in details]
    valid = [end for end in ends if end is not None and end > moment]
    return max(valid) if valid else None


def may_read(session: Session, actor: Actor, case: Case, now: datetime | None = None) -> bool:
    """Whether the actor may read the case's content now (role, assignment or a grant)."""
    return may_read_without_grant(actor, case) or (
        active_grant(session, actor, case.id, now) is not None
    )


def existence(session: Session, case: Case) -> CaseExistence:
    name = ""
    if case.assigned_operator_id is not None:
        name = (
            session.scalar(
                select(Operator.full_name).where(Operator.id == case.assigned_operator_id)
            )
            or ""
        )
    status = CaseStatus(case.status) if case.status in set(CaseStatus) else None
    return CaseExistence(
        case_id=case.id,
        reference=case.reference,
        person_id=case.person_id,
        status=case.status,
        status_label=CASE_STATUS_LABELS[status] if status else case.status,
        assigned_operator_name=name,
    )


def require_case(unit: ReadUnit | UnitOfWork, case: Case, now: datetime | None = None) -> Actor:
    """The actor, if they may read and act on ``case``: its office, then its content.

    Raises :class:`PermissionDenied` (another office) or :class:`RestrictedCase`.
    """
    actor = unit.require_office(case.office_id)
    if not may_read(unit.session, actor, case, now):
        raise RestrictedCase(existence(unit.session, case))
    return actor


def _live_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("La presa in carico cercata non esiste o è stata cancellata.")
    return case


def _may_change_restriction(actor: Actor, case: Case) -> bool:
    return case.assigned_operator_id == actor.operator_id or (
        actor.role is Role.SUPERVISOR and actor.office_id == case.office_id
    )


# --------------------------------------------------------------------------- use cases


def case_access(
    db: Database, actor: Actor, case_id: uuid.UUID, *, now: datetime | None = None
) -> CaseAccess:
    """What the actor may do with the case: read its content or only know it exists."""
    with ReadUnit(db, actor) as unit:
        case = _live_case(unit.session, case_id)
        actor = unit.require_office(case.office_id)
        info = existence(unit.session, case)
        until = None
        if not case.restricted:
            why = "open"
        elif case.assigned_operator_id == actor.operator_id:
            why = "assigned"
        elif actor.role is Role.SUPERVISOR and actor.office_id == case.office_id:
            why = "supervisor"
        else:
            until = active_grant(unit.session, actor, case.id, now)
            why = "grant" if until is not None else ""
        return CaseAccess(
            info=info,
            restricted=case.restricted,
            readable=bool(why),
            why=why,
            grant_until=until,
            may_change_restriction=_may_change_restriction(actor, case),
        )


def break_glass(
    db: Database, actor: Actor, case_id: uuid.UUID, reason: str, *, now: datetime | None = None
) -> datetime:
    """Grant the actor access to a restricted case until the end of the day; returns when.

    The reason is required and recorded in the access log with the grant; the supervisors
    see it in :func:`break_glass_accesses`.
    """
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            f"Indicare il motivo dell'accesso (almeno {MIN_REASON_LENGTH} caratteri): "
            "resterà registrato e lo vedrà il coordinatore.",
            field="reason",
        )
    moment = now or utcnow()
    with UnitOfWork(db, actor) as uow:
        case = _live_case(uow.session, case_id)
        actor = uow.require_office(case.office_id)
        if not case.restricted:
            raise ValidationError(
                "Questa presa in carico non è riservata: si può consultare senza chiedere "
                "l'accesso.",
                field="reason",
            )
        if may_read_without_grant(actor, case):
            raise ValidationError(
                "Questa presa in carico è già consultabile: non serve chiedere l'accesso.",
                field="reason",
            )
        until = grant_expiry(moment)
        uow.audit(
            BREAK_GLASS,
            case,
            reason=reason,
            until=until.isoformat(),
            reference=case.reference,
        )
        uow.commit()
    return until


def set_restricted(
    db: Database, actor: Actor, case_id: uuid.UUID, restricted: bool, *, reason: str = ""
) -> None:
    """Mark (or unmark) a case restricted: its office's supervisors or its assigned operator."""
    with UnitOfWork(db, actor) as uow:
        case = _live_case(uow.session, case_id)
        actor = uow.require_office(case.office_id)
        if not _may_change_restriction(actor, case):
            raise PermissionDenied(
                "Solo l'operatore assegnato o il coordinatore dello sportello possono rendere "
                "riservata una presa in carico o togliere la riservatezza."
            )
        if case.restricted == restricted:
            return
        case.restricted = restricted
        from cotdesk.services.cases import add_event

        text = (
            "Presa in carico resa riservata" if restricted else "Presa in carico non più riservata"
        )
        if reason.strip():
            text += f": {reason.strip()}"
        add_event(uow, case, "decision", text, restricted=restricted)
        uow.audit(RESTRICT, case, restricted=restricted, reason=reason.strip())
        uow.commit()


def break_glass_accesses(
    db: Database,
    actor: Actor,
    *,
    since: date | None = None,
    now: datetime | None = None,
    limit: int = 500,
) -> list[BreakGlassRow]:
    """The break-the-glass accesses to the office's cases, newest first (supervisors)."""
    moment = now or utcnow()
    with ReadUnit(db, actor) as unit:
        actor = unit.require_role(
            Role.SUPERVISOR, "vedere gli accessi alle prese in carico riservate"
        )
        stmt = (
            select(AuditEvent, Operator.full_name, Case.id, Case.reference)
            .join(Case, Case.id == AuditEvent.entity_id)
            .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
            .where(AuditEvent.action == BREAK_GLASS, AuditEvent.entity == "case")
        )
        if actor.role is not Role.ADMIN:
            stmt = stmt.where(Case.office_id == actor.office_id)
        if since is not None:
            start = datetime.combine(since, time(), LOCAL_ZONE).astimezone(UTC)
            stmt = stmt.where(AuditEvent.occurred_at >= start)
        rows = unit.session.execute(stmt.order_by(AuditEvent.occurred_at.desc()).limit(limit)).all()
        result = []
        for event, name, case_id, reference in rows:
            until = _parse_until((event.detail or {}).get("until"))
            result.append(
                BreakGlassRow(
                    event_id=event.id,
                    occurred_at=event.occurred_at.astimezone(LOCAL_ZONE),
                    operator_id=event.operator_id,
                    operator_name=name or "",
                    case_id=case_id,
                    case_reference=reference,
                    reason=str((event.detail or {}).get("reason", "")),
                    until=until,
                    active=until is not None and until > moment,
                )
            )
        return result


def readable_case_ids(
    session: Session, actor: Actor, cases: Iterable[Case], now: datetime | None = None
) -> set[uuid.UUID]:
    """Which of ``cases`` the actor may read (one log lookup per restricted case at most)."""
    return {case.id for case in cases if may_read(session, actor, case, now)}
