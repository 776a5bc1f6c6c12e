"""Read models of the case page (*presa in carico*): what the front desk shows about a case.

Everything here reads in one :class:`~cotdesk.services.unit_of_work.ReadUnit` snapshot and
returns frozen dataclasses, so the widgets never see an ORM object:

* :func:`case_page` — the header, the timeline (*diario*), the referrals (*invii*) and the
  assessment versions of one case;
* :func:`assessment_view` — one version of the need assessment, read-only;
* :func:`person_for_case` and :func:`office_operators` — what the "open a case" dialog needs;
* :func:`record_case_view` — the "view" row of the access log (*registro accessi*).

Timestamps are stored in UTC and returned here in Europe/Rome, the desks' wall-clock time.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cotdesk.db.database import Database
from cotdesk.db.models import (
    Assessment,
    AssessmentNeed,
    Case,
    CaseEvent,
    InterventionArea,
    Need,
    Operator,
    Partner,
    Person,
    Referral,
    Service,
)
from cotdesk.domain.cases import CASE_STATUS_LABELS, CHANNEL_LABELS, CaseStatus, Channel
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.needs import SEVERITY_LABELS, Severity
from cotdesk.domain.priority import (
    VULNERABILITY_LABELS,
    PriorityLevel,
    Vulnerability,
    level_for,
)
from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS, ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound
from cotdesk.services import access
from cotdesk.services.consents import consent_status
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "LOCAL_ZONE",
    "AssessmentNeedView",
    "AssessmentVersion",
    "AssessmentView",
    "CaseHeader",
    "CasePageData",
    "OperatorOption",
    "PersonForCase",
    "ReferralRow",
    "TimelineEntry",
    "assessment_view",
    "case_page",
    "office_operators",
    "person_for_case",
    "record_case_view",
    "today_in_rome",
]


def today_in_rome(now: datetime | None = None) -> date:
    """Today's date at the desk (Europe/Rome), whatever the machine's time zone."""
    moment = now if now is not None else datetime.now(LOCAL_ZONE)
    return moment.astimezone(LOCAL_ZONE).date()


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class CaseHeader:
    """What the top of the case page says about the case."""

    id: uuid.UUID
    reference: str
    person_id: uuid.UUID
    person_name: str
    status: CaseStatus
    status_label: str
    areas: tuple[str, ...]
    area_labels: tuple[str, ...]
    assigned_operator_id: uuid.UUID | None
    assigned_operator_name: str
    priority: int
    priority_level: PriorityLevel
    assessed: bool
    follow_up_on: date | None
    opened_on: date
    closed_on: date | None
    channel: Channel
    channel_label: str
    reporter: str
    closure_reason: str
    summary: str
    #: Opened in an emergency without the privacy notice, and the notice is still missing.
    consent_emergency_open: bool
    notice_given: bool


@dataclass(frozen=True)
class TimelineEntry:
    """One entry of the *diario*; ``occurred_at`` is in Europe/Rome."""

    id: uuid.UUID
    occurred_at: datetime
    kind: str
    operator_name: str
    text: str
    referral_id: uuid.UUID | None


@dataclass(frozen=True)
class ReferralRow:
    """One referral of the case, with the names the operator recognises."""

    id: uuid.UUID
    reference: str
    service_name: str
    partner_name: str
    status: ReferralStatus
    status_label: str
    need_labels: tuple[str, ...]
    created_on: date
    sent_on: date | None
    answered_on: date | None
    completed_on: date | None
    partner_answer: str
    outcome: str


@dataclass(frozen=True)
class AssessmentVersion:
    """One entry of the version selector."""

    id: uuid.UUID
    version: int
    assessed_on: date
    operator_name: str
    priority_score: int
    priority_level: PriorityLevel


@dataclass(frozen=True)
class AssessmentNeedView:
    code: str
    label: str
    area_code: str
    area_label: str
    severity: Severity
    severity_label: str
    notes: str


@dataclass(frozen=True)
class AssessmentView:
    """One version of the need assessment, as recorded (score and reasons at that time).

    ``needs`` come most severe first.
    """

    id: uuid.UUID
    case_id: uuid.UUID
    version: int
    assessed_on: date
    operator_name: str
    needs: tuple[AssessmentNeedView, ...]
    vulnerabilities: tuple[Vulnerability, ...]
    vulnerability_labels: tuple[str, ...]
    narrative: str
    priority_score: int
    priority_level: PriorityLevel
    priority_reasons: tuple[str, ...]


@dataclass(frozen=True)
class CasePageData:
    header: CaseHeader
    #: Oldest first, as recorded.
    timeline: tuple[TimelineEntry, ...]
    referrals: tuple[ReferralRow, ...]
    #: Newest first.
    versions: tuple[AssessmentVersion, ...]
    latest_assessment: AssessmentView | None


@dataclass(frozen=True)
class OperatorOption:
    id: uuid.UUID
    full_name: str
    role: Role


@dataclass(frozen=True)
class PersonForCase:
    id: uuid.UUID
    full_name: str
    birth_date: date | None
    notice_given: bool


# --------------------------------------------------------------------------- helpers


def _full_name(person: Person) -> str:
    return f"{person.last_name} {person.first_name}".strip()


def _visible_case(unit: ReadUnit | UnitOfWork, case_id: uuid.UUID) -> Case:
    """The case, if it exists and the actor may see it (office; restricted cases)."""
    case = unit.session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("La presa in carico cercata non esiste o è stata cancellata.")
    access.require_case(unit, case)  # office, then restricted content
    return case


def _operator_names(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Operator.id, Operator.full_name).where(Operator.id.in_(wanted))
    ).all()
    return {row[0]: row[1] for row in rows}


def _area_labels(session: Session) -> dict[str, str]:
    rows = session.execute(select(InterventionArea.code, InterventionArea.label_it)).all()
    return {row[0]: row[1] for row in rows}


def _header(session: Session, case: Case) -> CaseHeader:
    person = session.get(Person, case.person_id)
    if person is None:
        raise NotFound("La persona di questa presa in carico non esiste più.")
    names = _operator_names(session, [case.assigned_operator_id])
    areas = _area_labels(session)
    notice = consent_status(session, case.person_id).notice_given
    status = CaseStatus(case.status)
    channel = Channel(case.channel)
    reporter = ", ".join(
        part
        for part in (case.reporter_organisation, case.reporter_name, case.reporter_contact)
        if part
    )
    assessed = (
        session.scalar(
            select(Assessment.id)
            .where(Assessment.case_id == case.id, Assessment.deleted_at.is_(None))
            .limit(1)
        )
        is not None
    )
    return CaseHeader(
        id=case.id,
        reference=case.reference,
        person_id=case.person_id,
        person_name=_full_name(person),
        status=status,
        status_label=CASE_STATUS_LABELS[status],
        areas=tuple(case.areas),
        area_labels=tuple(areas.get(code, code) for code in case.areas),
        assigned_operator_id=case.assigned_operator_id,
        assigned_operator_name=(
            names.get(case.assigned_operator_id, "") if case.assigned_operator_id else ""
        ),
        priority=case.priority,
        priority_level=level_for(case.priority),
        assessed=assessed,
        follow_up_on=case.follow_up_on,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        channel=channel,
        channel_label=CHANNEL_LABELS[channel],
        reporter=reporter,
        closure_reason=case.closure_reason,
        summary=case.summary,
        consent_emergency_open=case.consent_emergency and not notice,
        notice_given=notice,
    )


def _timeline(session: Session, case_id: uuid.UUID) -> tuple[TimelineEntry, ...]:
    rows = session.execute(
        select(CaseEvent, Operator.full_name)
        .outerjoin(Operator, Operator.id == CaseEvent.operator_id)
        .where(CaseEvent.case_id == case_id, CaseEvent.deleted_at.is_(None))
        .order_by(CaseEvent.occurred_at, CaseEvent.created_at)
    ).all()
    return tuple(
        TimelineEntry(
            id=event.id,
            occurred_at=event.occurred_at.astimezone(LOCAL_ZONE),
            kind=event.kind,
            operator_name=name or "",
            text=event.text,
            referral_id=event.referral_id,
        )
        for event, name in rows
    )


def _need_labels(session: Session, codes: set[str]) -> dict[str, Need]:
    if not codes:
        return {}
    return {row.code: row for row in session.scalars(select(Need).where(Need.code.in_(codes)))}


def _referrals(session: Session, case_id: uuid.UUID) -> tuple[ReferralRow, ...]:
    partner = aliased(Partner)
    rows = session.execute(
        select(Referral, Service.name, partner.name)
        .join(Service, Service.id == Referral.service_id)
        .join(partner, partner.id == Referral.partner_id)
        .where(Referral.case_id == case_id, Referral.deleted_at.is_(None))
        .order_by(Referral.created_at)
    ).all()
    needs = _need_labels(session, {code for row in rows for code in row[0].need_codes})
    result = []
    for referral, service_name, partner_name in rows:
        status = ReferralStatus(referral.status)
        result.append(
            ReferralRow(
                id=referral.id,
                reference=referral.reference,
                service_name=service_name,
                partner_name=partner_name,
                status=status,
                status_label=REFERRAL_STATUS_LABELS[status],
                need_labels=tuple(
                    needs[code].label_it if code in needs else code for code in referral.need_codes
                ),
                created_on=referral.created_at.astimezone(LOCAL_ZONE).date(),
                sent_on=referral.sent_on,
                answered_on=referral.answered_on,
                completed_on=referral.completed_on,
                partner_answer=referral.partner_answer,
                outcome=referral.outcome,
            )
        )
    return tuple(result)


def _versions(session: Session, case_id: uuid.UUID) -> tuple[AssessmentVersion, ...]:
    rows = session.execute(
        select(Assessment, Operator.full_name)
        .outerjoin(Operator, Operator.id == Assessment.operator_id)
        .where(Assessment.case_id == case_id, Assessment.deleted_at.is_(None))
        .order_by(Assessment.version.desc())
    ).all()
    return tuple(
        AssessmentVersion(
            id=assessment.id,
            version=assessment.version,
            assessed_on=assessment.assessed_on,
            operator_name=name or "",
            priority_score=assessment.priority_score,
            priority_level=level_for(assessment.priority_score),
        )
        for assessment, name in rows
    )


def _assessment(session: Session, assessment: Assessment) -> AssessmentView:
    names = _operator_names(session, [assessment.operator_id])
    rows = list(
        session.scalars(
            select(AssessmentNeed).where(
                AssessmentNeed.assessment_id == assessment.id,
                AssessmentNeed.deleted_at.is_(None),
            )
        )
    )
    catalogue = _need_labels(session, {row.need_code for row in rows})
    areas = _area_labels(session)
    needs = []
    for row in rows:
        need = catalogue.get(row.need_code)
        area = need.area_code if need is not None else ""
        severity = Severity(row.severity)
        needs.append(
            AssessmentNeedView(
                code=row.need_code,
                label=need.label_it if need is not None else row.need_code,
                area_code=area,
                area_label=areas.get(area, area),
                severity=severity,
                severity_label=SEVERITY_LABELS[severity],
                notes=row.notes,
            )
        )
    needs.sort(key=lambda n: (-n.severity, n.label.casefold()))
    factors = tuple(Vulnerability(v) for v in assessment.vulnerabilities)
    return AssessmentView(
        id=assessment.id,
        case_id=assessment.case_id,
        version=assessment.version,
        assessed_on=assessment.assessed_on,
        operator_name=names.get(assessment.operator_id, ""),
        needs=tuple(needs),
        vulnerabilities=factors,
        vulnerability_labels=tuple(VULNERABILITY_LABELS[v] for v in factors),
        narrative=assessment.narrative,
        priority_score=assessment.priority_score,
        priority_level=level_for(assessment.priority_score),
        priority_reasons=tuple(assessment.priority_reasons),
    )


# --------------------------------------------------------------------------- use cases


def case_page(db: Database, actor: Actor, case_id: uuid.UUID) -> CasePageData:
    """Everything the case page shows, from one consistent snapshot."""
    with ReadUnit(db, actor) as unit:
        session = unit.session
        case = _visible_case(unit, case_id)
        latest = session.scalar(
            select(Assessment)
            .where(Assessment.case_id == case.id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.version.desc())
            .limit(1)
        )
        return CasePageData(
            header=_header(session, case),
            timeline=_timeline(session, case.id),
            referrals=_referrals(session, case.id),
            versions=_versions(session, case.id),
            latest_assessment=_assessment(session, latest) if latest is not None else None,
        )


def assessment_view(
    db: Database, actor: Actor, case_id: uuid.UUID, version: int | None = None
) -> AssessmentView | None:
    """One version of the case's assessment (the latest if ``version`` is None), or None."""
    with ReadUnit(db, actor) as unit:
        case = _visible_case(unit, case_id)
        stmt = select(Assessment).where(
            Assessment.case_id == case.id, Assessment.deleted_at.is_(None)
        )
        if version is None:
            stmt = stmt.order_by(Assessment.version.desc()).limit(1)
        else:
            stmt = stmt.where(Assessment.version == version)
        row = unit.session.scalar(stmt)
        return _assessment(unit.session, row) if row is not None else None


def record_case_view(db: Database, actor: Actor, case_id: uuid.UUID) -> None:
    """Write who opened the case page in the access log (its own small transaction)."""
    with UnitOfWork(db, actor) as uow:
        case = _visible_case(uow, case_id)
        uow.audit("view", case)
        uow.commit()


def person_for_case(db: Database, actor: Actor, person_id: uuid.UUID) -> PersonForCase:
    """The person a case is being opened for: name and whether the notice was given."""
    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        person = unit.session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("La persona non esiste o è stata cancellata.")
        unit.require_office(person.office_id)
        return PersonForCase(
            id=person.id,
            full_name=_full_name(person),
            birth_date=person.birth_date,
            notice_given=consent_status(unit.session, person.id).notice_given,
        )


def office_operators(db: Database, actor: Actor) -> list[OperatorOption]:
    """The active operators of the actor's office, by name (to assign a case)."""
    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        rows = unit.session.execute(
            select(Operator.id, Operator.full_name, Operator.role)
            .where(
                Operator.office_id == actor.office_id,
                Operator.active.is_(True),
                Operator.deleted_at.is_(None),
            )
            .order_by(Operator.full_name)
        ).all()
        return [OperatorOption(row[0], row[1], Role(row[2])) for row in rows]
