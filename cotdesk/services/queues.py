"""The coordinator's work queues, and the actions taken from them (assign, approve, send back).

Five queues, all scoped to the acting operator's office:

* **unassigned** — open cases (not closed) without an assigned operator;
* **overdue follow-ups** — ``follow_up_on`` before today, the case neither closed nor
  suspended (nor waiting for the closure approval);
* **stuck referrals** — referrals sent (or marked "no answer") more than the office's
  ``Office.referral_answer_days`` days ago and still without the partner's answer: one row
  per referral;
* **closures awaiting approval** — cases in ``closure_requested``;
* **my cases** — not closed, assigned to the acting operator.

Who sees what: a supervisor (or admin) sees every queue of the office and may act on it.
An operator sees the same queues *read-only* (so the front desk knows what is pending) and
"my cases"; assigning to someone else and approving closures are refused by
:mod:`cotdesk.services.cases` and the domain rules, whatever the widgets show. A restricted
case not assigned to the acting operator shows no person name to an operator.

Rows are frozen :class:`QueueRow` records; :func:`queue_counts` counts every queue with one
cheap query each, so the counts can always be on screen. Lists are capped at
:data:`ROW_LIMIT` rows (most urgent first); the count says how many there are in all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final, TypeAlias

from sqlalchemy import (
    Integer,
    Select,
    String,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from cotdesk.db.database import Database
from cotdesk.db.models import Case, CaseEvent, Office, Operator, Partner, Person, Referral, Service
from cotdesk.domain.cases import CASE_STATUS_LABELS, CaseStatus
from cotdesk.domain.italian import to_local
from cotdesk.domain.referrals import (
    ANSWER_EXPECTED_WITHIN_DAYS,
    REFERRAL_STATUS_LABELS,
    ReferralStatus,
)
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import cases
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "ROW_LIMIT",
    "OperatorLoad",
    "QueueCounts",
    "QueueFilter",
    "QueueKind",
    "QueueRow",
    "answer_days",
    "approve_closure",
    "assign_cases",
    "operator_loads",
    "queue_counts",
    "queue_rows",
    "send_back_closure",
]

#: Most rows a queue lists at once (the most urgent first); the count is always exact.
ROW_LIMIT: Final = 1000

_NOT_CLOSED: Final = (
    CaseStatus.OPEN.value,
    CaseStatus.IN_PROGRESS.value,
    CaseStatus.SUSPENDED.value,
    CaseStatus.CLOSURE_REQUESTED.value,
)
_FOLLOWED: Final = (CaseStatus.OPEN.value, CaseStatus.IN_PROGRESS.value)
_Stmt: TypeAlias = "Select[*tuple[Any, ...]]"

_WAITING_REFERRAL: Final = (ReferralStatus.SENT.value, ReferralStatus.NO_ANSWER.value)


class QueueKind(StrEnum):
    UNASSIGNED = "unassigned"
    OVERDUE = "overdue"
    REFERRALS = "referrals"
    APPROVALS = "approvals"
    MINE = "mine"


@dataclass(frozen=True)
class QueueFilter:
    """Narrow a queue: an intervention area code, an operator, free text (reference/name)."""

    area: str = ""
    operator_id: uuid.UUID | None = None
    text: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One row of a queue: a case (or, in the referral queue, one referral of a case)."""

    case_id: uuid.UUID
    reference: str
    person_name: str
    areas: tuple[str, ...]
    status: str
    status_label: str
    operator_id: uuid.UUID | None
    operator_name: str
    priority: int
    opened_on: date
    #: The date the queue is about: follow-up, referral sent, closure asked, opening.
    key_date: date | None
    #: Days overdue (follow-ups) or waiting (referrals, approvals, unassigned).
    days: int
    #: Referral queue: "REF — partner — service"; approvals: the closure reason.
    detail: str = ""
    referral_id: uuid.UUID | None = None

    @property
    def id(self) -> uuid.UUID:
        return self.case_id


@dataclass(frozen=True)
class QueueCounts:
    unassigned: int
    overdue: int
    referrals: int
    approvals: int
    mine: int

    def of(self, kind: QueueKind) -> int:
        return int(getattr(self, kind.value))


@dataclass(frozen=True)
class OperatorLoad:
    """An operator of the office, what they know, and how many open cases they hold."""

    operator_id: uuid.UUID
    full_name: str
    role: str
    specialisations: tuple[str, ...]
    open_cases: int = 0


# --------------------------------------------------------------------------- queries


def answer_days(session: Session, office_id: uuid.UUID) -> int:
    """Days an office waits for a partner's answer before a referral counts as stuck."""
    days = session.execute(
        select(Office.referral_answer_days).where(Office.id == office_id)
    ).scalar_one_or_none()
    return int(days) if days is not None else ANSWER_EXPECTED_WITHIN_DAYS


def _case_filter(stmt: _Stmt, kind: QueueKind, actor: Actor, today: date) -> _Stmt:
    stmt = stmt.where(Case.office_id == actor.office_id, Case.deleted_at.is_(None))
    if kind is QueueKind.UNASSIGNED:
        return stmt.where(Case.status.in_(_NOT_CLOSED), Case.assigned_operator_id.is_(None))
    if kind is QueueKind.OVERDUE:
        return stmt.where(Case.follow_up_on < today, Case.status.in_(_FOLLOWED))
    if kind is QueueKind.APPROVALS:
        return stmt.where(Case.status == CaseStatus.CLOSURE_REQUESTED.value)
    if kind is QueueKind.MINE:
        return stmt.where(
            Case.assigned_operator_id == actor.operator_id, Case.status.in_(_NOT_CLOSED)
        )
    raise ValueError(kind)


def _referral_filter(stmt: _Stmt, actor: Actor, today: date, days: int) -> _Stmt:
    return stmt.where(
        Referral.status.in_(_WAITING_REFERRAL),
        Referral.sent_on < today - timedelta(days=days),
        Referral.deleted_at.is_(None),
        Case.office_id == actor.office_id,
        Case.deleted_at.is_(None),
    )


def _narrow(stmt: _Stmt, flt: QueueFilter) -> _Stmt:
    if flt.area:
        stmt = stmt.where(type_coerce(Case.areas, String).like(f'%"{flt.area}"%'))
    if flt.operator_id is not None:
        stmt = stmt.where(Case.assigned_operator_id == flt.operator_id)
    words = flt.text.split()
    for word in words:
        pattern = f"%{word}%"
        stmt = stmt.where(
            or_(
                Case.reference.ilike(pattern),
                Person.last_name.ilike(pattern),
                Person.first_name.ilike(pattern),
            )
        )
    return stmt


def queue_counts(db: Database, actor: Actor, *, today: date) -> QueueCounts:
    """How many rows each queue has (unfiltered): one small count query per queue."""
    with ReadUnit(db, actor) as unit:
        session = unit.session

        def count(kind: QueueKind) -> int:
            stmt = select(func.count()).select_from(Case)
            return int(session.execute(_case_filter(stmt, kind, actor, today)).scalar_one())

        days = answer_days(session, actor.office_id)
        referrals = (
            select(func.count()).select_from(Referral).join(Case, Case.id == Referral.case_id)
        )
        return QueueCounts(
            unassigned=count(QueueKind.UNASSIGNED),
            overdue=count(QueueKind.OVERDUE),
            referrals=int(
                session.execute(_referral_filter(referrals, actor, today, days)).scalar_one()
            ),
            approvals=count(QueueKind.APPROVALS),
            mine=count(QueueKind.MINE),
        )


def queue_rows(
    db: Database,
    actor: Actor,
    kind: QueueKind,
    *,
    today: date,
    flt: QueueFilter | None = None,
    limit: int = ROW_LIMIT,
) -> list[QueueRow]:
    """The rows of one queue, most urgent first (see the module docstring for each queue)."""
    flt = flt or QueueFilter()
    assignee = aliased(Operator)
    columns = (
        Case.id,
        Case.reference,
        Person.last_name,
        Person.first_name,
        Case.areas,
        Case.status,
        Case.assigned_operator_id,
        assignee.full_name,
        Case.priority,
        Case.opened_on,
        Case.follow_up_on,
        # When the closure was asked: only the approvals queue shows it (a correlated
        # look-up per row, not worth paying on the other queues' thousand rows).
        _requested_at() if kind is QueueKind.APPROVALS else null().label("requested_at"),
        Case.closure_reason,
        Case.restricted,
    )
    with ReadUnit(db, actor) as unit:
        session = unit.session
        if kind is QueueKind.REFERRALS:
            # Two steps: the waiting referrals of the office, filtered, ordered and capped,
            # read from the covering index ``ix_referral_waiting`` (rowids only); then the
            # details of those few. One step reads a table row per waiting referral of the
            # whole network.
            days = answer_days(session, actor.office_id)
            rowid = literal_column("referral.rowid", Integer)
            waiting: _Stmt = (
                select(rowid)
                .select_from(Referral)
                .join(Case, Case.id == Referral.case_id)
                .join(Person, Person.id == Case.person_id)
            )
            waiting = _narrow(_referral_filter(waiting, actor, today, days), flt)
            waiting = waiting.order_by(Referral.sent_on).limit(limit)
            stmt: _Stmt = (
                select(
                    *columns,
                    Referral.id,
                    Referral.reference,
                    Referral.sent_on,
                    Referral.status,
                    Partner.name,
                    Service.name,
                )
                .select_from(Referral)
                .join(Case, Case.id == Referral.case_id)
                .join(Partner, Partner.id == Referral.partner_id)
                .join(Service, Service.id == Referral.service_id)
                .where(rowid.in_(waiting.scalar_subquery()))
                .order_by(Referral.sent_on, Case.priority.desc())
            )
        else:
            base: _Stmt = select(*columns).select_from(Case)
            stmt = _case_filter(base, kind, actor, today)
            if kind is QueueKind.OVERDUE:
                stmt = stmt.order_by(Case.follow_up_on, Case.priority.desc())
            elif kind is QueueKind.APPROVALS:
                stmt = stmt.order_by(_requested_at())
            else:
                stmt = stmt.order_by(Case.priority.desc(), Case.opened_on)
        stmt = stmt.join(Person, Person.id == Case.person_id).outerjoin(
            assignee, assignee.id == Case.assigned_operator_id
        )
        if kind is not QueueKind.REFERRALS:
            stmt = _narrow(stmt, flt).limit(limit)
        rows = session.execute(stmt).all()
    return [_row(kind, actor, today, row) for row in rows]


def _requested_at() -> Any:
    """When the case's current status began: its latest status event (for a case waiting for
    approval, the closure request). ``Case.updated_at`` moves with any later edit."""
    return (
        select(func.max(CaseEvent.occurred_at))
        .where(CaseEvent.case_id == Case.id, CaseEvent.kind == "status")
        .correlate(Case)
        .scalar_subquery()
        .label("requested_at")
    )


def _row(kind: QueueKind, actor: Actor, today: date, row: Any) -> QueueRow:
    (case_id, reference, last, first, areas, status, op_id, op_name, priority, opened_on,
     follow_up_on, requested_at, closure_reason, restricted) = row[:14]  # fmt: skip
    name = f"{last} {first}".strip()
    # A restricted case shows only that it exists (reference, status, operator) to whoever
    # may not read it (the queues are the office's: its supervisors may); break-the-glass
    # grants are not looked up for a whole list.
    hidden = bool(restricted) and op_id != actor.operator_id and actor.role is not Role.SUPERVISOR
    if hidden:
        name = "(riservato)"
    status_label = CASE_STATUS_LABELS[CaseStatus(status)]
    detail = ""
    referral_id = None
    key_date: date | None
    if kind is QueueKind.REFERRALS:
        referral_id, ref_reference, sent_on, ref_status, partner, service = row[14:]
        key_date = sent_on
        status_label = REFERRAL_STATUS_LABELS[ReferralStatus(ref_status)]
        detail = f"{ref_reference} — {partner} — {service}"
    elif kind is QueueKind.OVERDUE:
        key_date = follow_up_on
    elif kind is QueueKind.APPROVALS:
        key_date = to_local(requested_at).date() if requested_at is not None else None
        detail = closure_reason or ""
    else:
        key_date = opened_on
    if hidden:
        detail = ""
    return QueueRow(
        case_id=case_id,
        reference=reference,
        person_name=name,
        areas=() if hidden else tuple(areas or ()),
        status=status,
        status_label=status_label,
        operator_id=op_id,
        operator_name=op_name or "",
        priority=int(priority or 0),
        opened_on=opened_on,
        key_date=key_date,
        days=(today - key_date).days if key_date is not None else 0,
        detail=detail,
        referral_id=referral_id,
    )


def operator_loads(db: Database, actor: Actor) -> list[OperatorLoad]:
    """The active operators of the office, their specialisations and open cases held."""
    with ReadUnit(db, actor) as unit:
        session = unit.session
        load = dict(
            session.execute(
                select(Case.assigned_operator_id, func.count())
                .where(
                    Case.office_id == actor.office_id,
                    Case.status.in_(_NOT_CLOSED),
                    Case.assigned_operator_id.is_not(None),
                    Case.deleted_at.is_(None),
                )
                .group_by(Case.assigned_operator_id)
            ).all()
        )
        operators = session.execute(
            select(Operator.id, Operator.full_name, Operator.role, Operator.specialisations)
            .where(
                Operator.office_id == actor.office_id,
                Operator.active.is_(True),
                Operator.deleted_at.is_(None),
            )
            .order_by(Operator.full_name)
        ).all()
    return [
        OperatorLoad(op_id, name, role, tuple(specs or ()), int(load.get(op_id, 0)))
        for op_id, name, role, specs in operators
    ]


# --------------------------------------------------------------------------- actions


def assign_cases(
    db: Database, actor: Actor, case_ids: Sequence[uuid.UUID], operator_id: uuid.UUID | None
) -> int:
    """Assign (or unassign) many cases in one transaction: all of them, or none.

    Each case gets its "assignment" event on the timeline (:func:`cases.assign`). An
    operator may only take cases for themself; the service refuses anything else.
    """
    if not case_ids:
        raise ValidationError("Selezionare almeno una presa in carico.", field="cases")
    with UnitOfWork(db, actor) as uow:
        for case_id in dict.fromkeys(case_ids):
            cases.assign(uow, case_id, operator_id)
        uow.commit()
    return len(dict.fromkeys(case_ids))


def approve_closure(db: Database, actor: Actor, case_id: uuid.UUID, *, today: date) -> None:
    """Close a case whose closure was requested (supervisors; checked by the domain)."""
    with UnitOfWork(db, actor) as uow:
        _require_closure_requested(uow, case_id)
        cases.change_status(uow, case_id, CaseStatus.CLOSED, today=today)
        uow.commit()


def send_back_closure(
    db: Database, actor: Actor, case_id: uuid.UUID, reason: str, *, today: date
) -> None:
    """Refuse a closure request: the case goes back in progress, with the reason."""
    with UnitOfWork(db, actor) as uow:
        _require_closure_requested(uow, case_id)
        cases.change_status(uow, case_id, CaseStatus.IN_PROGRESS, reason=reason, today=today)
        uow.commit()


def _require_closure_requested(uow: UnitOfWork, case_id: uuid.UUID) -> None:
    case = cases.get_case_for_update(uow, case_id)
    if case.status != CaseStatus.CLOSURE_REQUESTED.value:
        raise NotFound("Per questa presa in carico non c'è una richiesta di chiusura in attesa.")
