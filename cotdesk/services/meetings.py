"""The weekly integrated case meeting (*riunione d'équipe* with the Segretariato Sociale).

The coordinator prepares the agenda from the office's queues — cases flagged for review,
follow-ups overdue, referrals without the partner's answer (:mod:`cotdesk.services.queues`)
— each case once with all its reasons, adds cases by hand, reorders them and prints the
agenda. During the meeting the decision on each case is recorded (who does what by when):

* it goes on the case timeline (a ``decision`` entry naming the meeting);
* its due date becomes the case's next contact (``follow_up_on``, a ``follow_up`` entry);
* an unassigned case is assigned to the responsible operator (or any case, when asked);
* the case is no longer flagged for review.

Closing the meeting freezes it: the minutes (*verbale*) list the decisions and the cases
carried over (still flagged or overdue, they come back on the next agenda by themselves).

Who may do what (checked here, whatever the widgets show): coordinators (and the network
administrator) run meetings; operators of the office read them and print the agenda; nobody
touches another office's meetings. A restricted case shows its person only to the office's
coordinators and its assigned operator; printed documents never name it. Every change, view
of a document, print and export is in the access log.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Final, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cotdesk.db.database import Database
from cotdesk.db.models import (
    Case,
    CaseEvent,
    District,
    Meeting,
    MeetingItem,
    Office,
    Operator,
    Partner,
    Person,
    Referral,
    Service,
)
from cotdesk.db.types import utcnow
from cotdesk.domain.cases import CASE_STATUS_LABELS, CaseStatus
from cotdesk.domain.italian import LOCAL_ZONE, short_date, to_local
from cotdesk.domain.meetings import (
    DEFAULT_AGENDA_LIMIT,
    MEETING_STATUS_LABELS,
    REASON_LABELS,
    AgendaReason,
    MeetingStatus,
    agenda_rank,
    check_decision,
    ordered_reasons,
    reasons_text,
)
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.letters.meeting_agenda import (
    AgendaCase,
    AgendaEventLine,
    AgendaReferral,
    MeetingDocumentData,
    render_meeting_agenda,
    render_meeting_minutes,
)
from cotdesk.letters.models import OfficeHeading
from cotdesk.services import cases
from cotdesk.services.access import may_read_without_grant
from cotdesk.services.queues import QueueKind, answer_days, queue_rows
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "DEFAULT_TITLE",
    "AgendaBuild",
    "AgendaItem",
    "DecisionResult",
    "MeetingDetail",
    "MeetingDocument",
    "MeetingSummary",
    "RecentEvent",
    "StuckReferral",
    "add_case",
    "build_agenda",
    "close_meeting",
    "create_meeting",
    "get_meeting",
    "list_meetings",
    "meeting_document",
    "move_item",
    "next_meeting",
    "record_decision",
    "record_document_output",
    "remove_item",
    "reorder",
    "suggest_start",
    "update_meeting",
]

DEFAULT_TITLE: Final = "Riunione d'équipe integrata con il Segretariato Sociale"
#: Timeline entries shown with each case of the agenda.
RECENT_EVENTS: Final = 3
#: Longest timeline text printed on the agenda (the rest is in the case file).
EVENT_TEXT_LIMIT: Final = 160
#: When nothing else says so, meetings start at this local time.
DEFAULT_START: Final = time(10, 0)

DocumentKind = Literal["agenda", "minutes"]
Purpose = Literal["preview", "print", "export"]
_AUDIT_ACTIONS: Final[dict[str, str]] = {"preview": "view", "print": "print", "export": "export"}

#: Italian names of the timeline kinds printed on the agenda.
EVENT_KIND_LABELS: Final[dict[str, str]] = {
    "note": "Nota",
    "call": "Telefonata",
    "meeting": "Colloquio",
    "assessment": "Valutazione",
    "referral": "Invio",
    "status": "Stato",
    "assignment": "Assegnazione",
    "follow_up": "Prossimo contatto",
    "decision": "Decisione",
    "unmet_need": "Bisogno senza risposta",
}

_FOLLOWED: Final = (CaseStatus.OPEN.value, CaseStatus.IN_PROGRESS.value)
_WAITING: Final = (ReferralStatus.SENT.value, ReferralStatus.NO_ANSWER.value)


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    office_id: uuid.UUID
    #: In Rome's time.
    starts_at: datetime
    place: str
    title: str
    status: str
    status_label: str
    items: int
    decided: int


@dataclass(frozen=True)
class StuckReferral:
    referral_id: uuid.UUID
    reference: str
    partner: str
    service: str
    sent_on: date | None
    days_waiting: int


@dataclass(frozen=True)
class RecentEvent:
    #: In Rome's time.
    occurred_at: datetime
    kind: str
    kind_label: str
    text: str


@dataclass(frozen=True)
class AgendaItem:
    """One case on the agenda, as the acting operator may see it."""

    id: uuid.UUID
    case_id: uuid.UUID
    position: int
    reference: str
    #: "Cognome Nome", or "(riservato)" when the actor may not see this restricted case.
    person_name: str
    restricted: bool
    #: The case's content (person, referrals' partners, timeline) is hidden from the actor.
    hidden: bool
    reasons: tuple[str, ...]
    reasons_text: str
    case_status: str
    case_status_label: str
    operator_id: uuid.UUID | None
    operator_name: str
    priority: int
    follow_up_on: date | None
    overdue_days: int
    stuck_referrals: tuple[StuckReferral, ...]
    recent_events: tuple[RecentEvent, ...]
    decision: str
    responsible_operator_id: uuid.UUID | None
    responsible_name: str
    due_on: date | None
    decided_at: datetime | None

    @property
    def decided(self) -> bool:
        return bool(self.decision)


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    participants: str
    notes: str
    closed_at: datetime | None
    items: tuple[AgendaItem, ...]
    #: Whether the acting operator may change it (a coordinator of its office, not closed).
    editable: bool

    @property
    def id(self) -> uuid.UUID:
        return self.summary.id

    @property
    def status(self) -> str:
        return self.summary.status


@dataclass(frozen=True)
class AgendaBuild:
    """What building the agenda from the queues did."""

    added: int
    #: Cases already on the agenda that got a new reason.
    updated: int
    #: Cases in the queues left out because the agenda is full (see ``limit``).
    left_out: int


@dataclass(frozen=True)
class DecisionResult:
    #: The timeline entry written (None: the same decision was saved again, nothing new).
    event_id: uuid.UUID | None
    follow_up_set: bool
    assigned: bool


@dataclass(frozen=True)
class MeetingDocument:
    pdf: bytes
    title: str
    suggested_name: str


# --------------------------------------------------------------------------- helpers


def _meeting(unit: ReadUnit | UnitOfWork, meeting_id: uuid.UUID) -> Meeting:
    meeting = unit.session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFound("La riunione cercata non esiste o è stata cancellata.")
    unit.require_office(meeting.office_id)
    return meeting


def _editable_meeting(uow: UnitOfWork, meeting_id: uuid.UUID, action: str) -> Meeting:
    uow.require_role(Role.SUPERVISOR, action)
    meeting = _meeting(uow, meeting_id)
    if meeting.status == MeetingStatus.CLOSED.value:
        raise ValidationError(
            "La riunione è chiusa e il verbale è definitivo: per nuove decisioni preparare "
            "la prossima riunione."
        )
    return meeting


def _live_items(session: Session, meeting_id: uuid.UUID) -> list[MeetingItem]:
    return list(
        session.scalars(
            select(MeetingItem)
            .where(MeetingItem.meeting_id == meeting_id, MeetingItem.deleted_at.is_(None))
            .order_by(MeetingItem.position, MeetingItem.created_at)
        )
    )


def _item(uow: UnitOfWork, item_id: uuid.UUID, action: str) -> tuple[Meeting, MeetingItem]:
    item = uow.session.get(MeetingItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound("Il caso non è più nell'ordine del giorno: aggiornare la riunione.")
    return _editable_meeting(uow, item.meeting_id, action), item


def _renumber(items: Sequence[MeetingItem]) -> None:
    """Positions 1..n in the given order (only rows whose position changes are written)."""
    for position, item in enumerate(items, 1):
        if item.position != position:
            item.position = position


def _meeting_day(meeting: Meeting) -> date:
    return to_local(meeting.starts_at).date()


def _office_actor(actor: Actor, office_id: uuid.UUID) -> Actor:
    """The actor, acting for ``office_id`` (an administrator may run any office's meeting)."""
    return actor if actor.office_id == office_id else replace(actor, office_id=office_id)


def _summary(meeting: Meeting, items: int, decided: int) -> MeetingSummary:
    status = MeetingStatus(meeting.status)
    return MeetingSummary(
        id=meeting.id,
        office_id=meeting.office_id,
        starts_at=to_local(meeting.starts_at),
        place=meeting.place,
        title=meeting.title,
        status=status.value,
        status_label=MEETING_STATUS_LABELS[status],
        items=items,
        decided=decided,
    )


def _counts(session: Session, meeting_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    ids = list(meeting_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(
            MeetingItem.meeting_id,
            func.count(),
            func.count(MeetingItem.decided_at),
        )
        .where(MeetingItem.meeting_id.in_(ids), MeetingItem.deleted_at.is_(None))
        .group_by(MeetingItem.meeting_id)
    ).all()
    return {meeting_id: (int(total), int(decided)) for meeting_id, total, decided in rows}


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("meeting times must be timezone-aware")
    return moment


# --------------------------------------------------------------------------- reading


def list_meetings(db: Database, actor: Actor, *, limit: int = 50) -> list[MeetingSummary]:
    """The office's meetings, the most recent first."""
    with ReadUnit(db, actor) as unit:
        session = unit.session
        meetings = list(
            session.scalars(
                select(Meeting)
                .where(Meeting.office_id == actor.office_id, Meeting.deleted_at.is_(None))
                .order_by(Meeting.starts_at.desc())
                .limit(limit)
            )
        )
        counts = _counts(session, (m.id for m in meetings))
        return [_summary(m, *counts.get(m.id, (0, 0))) for m in meetings]


def next_meeting(db: Database, actor: Actor) -> MeetingSummary | None:
    """The office's first meeting not yet closed (the one being prepared or held), if any."""
    with ReadUnit(db, actor) as unit:
        session = unit.session
        meeting = session.scalars(
            select(Meeting)
            .where(
                Meeting.office_id == actor.office_id,
                Meeting.deleted_at.is_(None),
                Meeting.status != MeetingStatus.CLOSED.value,
            )
            .order_by(Meeting.starts_at)
            .limit(1)
        ).first()
        if meeting is None:
            return None
        counts = _counts(session, [meeting.id])
        return _summary(meeting, *counts.get(meeting.id, (0, 0)))


def suggest_start(db: Database, actor: Actor, *, today: date) -> datetime:
    """When the next meeting should be (Rome's time): a week after the last one, or tomorrow.

    Weekly: the last meeting's weekday and time, the first such day from ``today`` on. With
    no meeting yet, the next working day at 10:00.
    """
    with ReadUnit(db, actor) as unit:
        last = unit.session.scalars(
            select(Meeting.starts_at)
            .where(Meeting.office_id == actor.office_id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).first()
    if last is not None:
        local = to_local(last)
        day = local.date()
        while day < today:
            day += timedelta(days=7)
        return datetime.combine(day, local.time(), tzinfo=LOCAL_ZONE)
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, DEFAULT_START, tzinfo=LOCAL_ZONE)


def get_meeting(db: Database, actor: Actor, meeting_id: uuid.UUID, *, today: date) -> MeetingDetail:
    """A meeting with its agenda, as the acting operator may see it."""
    with ReadUnit(db, actor) as unit:
        meeting = _meeting(unit, meeting_id)
        items = _agenda_items(unit.session, meeting, actor, today)
        editable = actor.has_role(Role.SUPERVISOR) and meeting.status != MeetingStatus.CLOSED.value
        decided = sum(1 for item in items if item.decided)
        return MeetingDetail(
            summary=_summary(meeting, len(items), decided),
            participants=meeting.participants,
            notes=meeting.notes,
            closed_at=to_local(meeting.closed_at) if meeting.closed_at else None,
            items=tuple(items),
            editable=editable,
        )


def _agenda_items(
    session: Session, meeting: Meeting, actor: Actor, today: date
) -> list[AgendaItem]:
    items = _live_items(session, meeting.id)
    if not items:
        return []
    case_ids = [item.case_id for item in items]
    cases_by_id = {
        case.id: case for case in session.scalars(select(Case).where(Case.id.in_(case_ids)))
    }
    persons = {
        person.id: person
        for person in session.scalars(
            select(Person).where(Person.id.in_({c.person_id for c in cases_by_id.values()}))
        )
    }
    operator_ids = {c.assigned_operator_id for c in cases_by_id.values()} | {
        item.responsible_operator_id for item in items
    }
    operator_ids.discard(None)
    names = dict(
        session.execute(
            select(Operator.id, Operator.full_name).where(Operator.id.in_(operator_ids))
        ).all()
    )
    stuck = _stuck_referrals(session, case_ids, meeting.office_id, today)
    events = _recent_events(session, case_ids)
    rows = []
    for item in items:
        case = cases_by_id[item.case_id]
        person = persons.get(case.person_id)
        visible = may_read_without_grant(actor, case)
        name = f"{person.last_name} {person.first_name}".strip() if person else ""
        overdue = 0
        if case.follow_up_on is not None and case.follow_up_on < today and case.status in _FOLLOWED:
            overdue = (today - case.follow_up_on).days
        status = CaseStatus(case.status)
        rows.append(
            AgendaItem(
                id=item.id,
                case_id=case.id,
                position=item.position,
                reference=case.reference,
                person_name=name if visible else "(riservato)",
                restricted=case.restricted,
                hidden=not visible,
                reasons=tuple(r.value for r in ordered_reasons(item.reasons)),
                reasons_text=reasons_text(item.reasons),
                case_status=status.value,
                case_status_label=CASE_STATUS_LABELS[status],
                operator_id=case.assigned_operator_id,
                operator_name=names.get(case.assigned_operator_id, "")
                if case.assigned_operator_id
                else "",
                priority=int(case.priority or 0),
                follow_up_on=case.follow_up_on,
                overdue_days=overdue,
                stuck_referrals=stuck.get(case.id, ()),
                recent_events=events.get(case.id, ()) if visible else (),
                decision=item.decision,
                responsible_operator_id=item.responsible_operator_id,
                responsible_name=names.get(item.responsible_operator_id, "")
                if item.responsible_operator_id
                else "",
                due_on=item.due_on,
                decided_at=to_local(item.decided_at) if item.decided_at else None,
            )
        )
    return rows


def _stuck_referrals(
    session: Session, case_ids: Sequence[uuid.UUID], office_id: uuid.UUID, today: date
) -> dict[uuid.UUID, tuple[StuckReferral, ...]]:
    """The referrals of ``case_ids`` waiting for an answer beyond the office's days."""
    days = answer_days(session, office_id)
    rows = session.execute(
        select(
            Referral.case_id,
            Referral.id,
            Referral.reference,
            Partner.name,
            Service.name,
            Referral.sent_on,
        )
        .join(Partner, Partner.id == Referral.partner_id)
        .join(Service, Service.id == Referral.service_id)
        .where(
            Referral.case_id.in_(case_ids),
            Referral.status.in_(_WAITING),
            Referral.sent_on < today - timedelta(days=days),
            Referral.deleted_at.is_(None),
        )
        .order_by(Referral.sent_on)
    ).all()
    found: dict[uuid.UUID, list[StuckReferral]] = {}
    for case_id, referral_id, reference, partner, service, sent_on in rows:
        waiting = (today - sent_on).days if sent_on is not None else 0
        found.setdefault(case_id, []).append(
            StuckReferral(referral_id, reference, partner, service, sent_on, waiting)
        )
    return {case_id: tuple(rows) for case_id, rows in found.items()}


def _recent_events(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[RecentEvent, ...]]:
    """The last :data:`RECENT_EVENTS` timeline entries of each case, newest first."""
    ranked = (
        select(
            CaseEvent.case_id,
            CaseEvent.occurred_at,
            CaseEvent.kind,
            CaseEvent.text,
            func.row_number()
            .over(
                partition_by=CaseEvent.case_id,
                order_by=(CaseEvent.occurred_at.desc(), CaseEvent.created_at.desc()),
            )
            .label("rank"),
        )
        .where(CaseEvent.case_id.in_(case_ids), CaseEvent.deleted_at.is_(None))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.case_id, ranked.c.occurred_at, ranked.c.kind, ranked.c.text)
        .where(ranked.c.rank <= RECENT_EVENTS)
        .order_by(ranked.c.case_id, ranked.c.rank)
    ).all()
    found: dict[uuid.UUID, list[RecentEvent]] = {}
    for case_id, occurred_at, kind, text in rows:
        # A subquery loses the column type: SQLite hands back the stored naive UTC text.
        moment = occurred_at if isinstance(occurred_at, datetime) else _parse(occurred_at)
        found.setdefault(case_id, []).append(
            RecentEvent(
                occurred_at=to_local(moment),
                kind=kind,
                kind_label=EVENT_KIND_LABELS.get(kind, kind),
                text=_shorten(text or ""),
            )
        )
    return {case_id: tuple(events) for case_id, events in found.items()}


def _parse(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def _shorten(text: str, limit: int = EVENT_TEXT_LIMIT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- the meeting


def create_meeting(
    db: Database,
    actor: Actor,
    *,
    starts_at: datetime,
    place: str = "",
    title: str = DEFAULT_TITLE,
    participants: str = "",
) -> uuid.UUID:
    """A new meeting of the acting coordinator's office (status ``draft``)."""
    _require_aware(starts_at)
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.SUPERVISOR, "preparare una riunione d'équipe")
        if uow.session.get(Office, actor.office_id) is None:
            raise NotFound("Lo sportello dell'operatore non è configurato su questa postazione.")
        meeting = Meeting(
            office_id=actor.office_id,
            starts_at=starts_at,
            place=place.strip(),
            title=title.strip() or DEFAULT_TITLE,
            participants=participants.strip(),
            status=MeetingStatus.DRAFT.value,
        )
        uow.session.add(meeting)
        uow.flush()
        uow.audit("create", meeting)
        uow.commit()
        return meeting.id


def update_meeting(
    db: Database,
    actor: Actor,
    meeting_id: uuid.UUID,
    *,
    starts_at: datetime | None = None,
    place: str | None = None,
    title: str | None = None,
    participants: str | None = None,
    notes: str | None = None,
) -> None:
    """Change when, where, who or the general notes (``None``: unchanged)."""
    with UnitOfWork(db, actor) as uow:
        meeting = _editable_meeting(uow, meeting_id, "modificare la riunione d'équipe")
        changed: list[str] = []
        values: dict[str, object] = {
            "starts_at": _require_aware(starts_at) if starts_at is not None else None,
            "place": place.strip() if place is not None else None,
            "title": (title.strip() or DEFAULT_TITLE) if title is not None else None,
            "participants": participants.strip() if participants is not None else None,
            "notes": notes.strip() if notes is not None else None,
        }
        for field, value in values.items():
            if value is not None and getattr(meeting, field) != value:
                setattr(meeting, field, value)
                changed.append(field)
        if changed:
            uow.audit("update", meeting, fields=changed)
            uow.commit()


def build_agenda(
    db: Database,
    actor: Actor,
    meeting_id: uuid.UUID,
    *,
    today: date,
    limit: int = DEFAULT_AGENDA_LIMIT,
) -> AgendaBuild:
    """Put the cases of the office's queues on the agenda, each once with all its reasons.

    Cases already on it gain any new reason; new cases are appended in
    :func:`~cotdesk.domain.meetings.agenda_rank` order until the agenda holds ``limit``
    cases; the others are counted in ``left_out``.
    """
    if limit < 1:
        raise ValidationError("Il numero massimo di casi deve essere almeno 1.", field="limit")
    with ReadUnit(db, actor) as unit:
        meeting = _meeting(unit, meeting_id)
        office_id = meeting.office_id
    candidates = _candidates(db, _office_actor(actor, office_id), today)
    with UnitOfWork(db, actor) as uow:
        meeting = _editable_meeting(uow, meeting_id, "preparare l'ordine del giorno")
        items = _live_items(uow.session, meeting.id)
        on_agenda = {item.case_id: item for item in items}
        updated = 0
        for case_id, (reasons, _rank) in candidates.items():
            item = on_agenda.get(case_id)
            if item is None:
                continue
            merged = [r.value for r in ordered_reasons([*item.reasons, *reasons])]
            if merged != list(item.reasons):
                item.reasons = merged
                updated += 1
        new = sorted(
            (rank, case_id, reasons)
            for case_id, (reasons, rank) in candidates.items()
            if case_id not in on_agenda
        )
        room = max(0, limit - len(items))
        position = max((item.position for item in items), default=0)
        for _rank, case_id, reasons in new[:room]:
            position += 1
            uow.session.add(
                MeetingItem(
                    meeting_id=meeting.id,
                    case_id=case_id,
                    reasons=[r.value for r in ordered_reasons(reasons)],
                    position=position,
                )
            )
        added = min(room, len(new))
        left_out = len(new) - added
        if added or updated:
            uow.audit("update", meeting, agenda_added=added, agenda_updated=updated)
            uow.commit()
    return AgendaBuild(added=added, updated=updated, left_out=left_out)


def _candidates(
    db: Database, actor: Actor, today: date
) -> dict[uuid.UUID, tuple[set[str], tuple[int, int, int, int]]]:
    """Every case of the office's queues with its reasons and its rank for the agenda."""
    reasons: dict[uuid.UUID, set[str]] = {}
    priority: dict[uuid.UUID, int] = {}
    days: dict[uuid.UUID, int] = {}

    def note(case_id: uuid.UUID, reason: AgendaReason, prio: int, waited: int) -> None:
        reasons.setdefault(case_id, set()).add(reason.value)
        priority[case_id] = prio
        days[case_id] = max(days.get(case_id, 0), waited)

    with ReadUnit(db, actor) as unit:
        flagged = unit.session.execute(
            select(Case.id, Case.priority).where(
                Case.office_id == actor.office_id,
                Case.deleted_at.is_(None),
                Case.flagged_for_review.is_(True),
                Case.status != CaseStatus.CLOSED.value,
            )
        ).all()
    for case_id, prio in flagged:
        note(case_id, AgendaReason.FLAGGED, int(prio or 0), 0)
    for row in queue_rows(db, actor, QueueKind.OVERDUE, today=today):
        note(row.case_id, AgendaReason.OVERDUE, row.priority, row.days)
    for row in queue_rows(db, actor, QueueKind.REFERRALS, today=today):
        note(row.case_id, AgendaReason.STUCK_REFERRAL, row.priority, row.days)
    return {
        case_id: (found, agenda_rank(found, priority[case_id], days[case_id]))
        for case_id, found in reasons.items()
    }


def add_case(
    db: Database, actor: Actor, meeting_id: uuid.UUID, reference: str, *, today: date
) -> uuid.UUID:
    """Put a case on the agenda by its reference (at the end), with its current reasons."""
    wanted = reference.strip()
    if not wanted:
        raise ValidationError(
            "Scrivere il riferimento della presa in carico (ad esempio M05-2026-3FA2-00017).",
            field="reference",
        )
    with UnitOfWork(db, actor) as uow:
        meeting = _editable_meeting(uow, meeting_id, "aggiungere un caso all'ordine del giorno")
        session = uow.session
        case = session.scalars(
            select(Case).where(
                func.upper(Case.reference) == wanted.upper(), Case.deleted_at.is_(None)
            )
        ).first()
        if case is None or case.office_id != meeting.office_id:
            raise NotFound(
                f"Nessuna presa in carico dello sportello ha il riferimento «{wanted}»: "
                "controllare il riferimento."
            )
        items = _live_items(session, meeting.id)
        for item in items:
            if item.case_id == case.id:
                raise ValidationError(
                    f"La presa in carico {case.reference} è già all'ordine del giorno "
                    f"(punto {item.position}).",
                    field="reference",
                )
        found = _reasons_now(session, case, meeting.office_id, today) | {AgendaReason.MANUAL.value}
        item = MeetingItem(
            meeting_id=meeting.id,
            case_id=case.id,
            reasons=[r.value for r in ordered_reasons(found)],
            position=max((i.position for i in items), default=0) + 1,
        )
        session.add(item)
        uow.flush()
        uow.audit("create", item, case=str(case.id))
        uow.commit()
        return item.id


def _reasons_now(session: Session, case: Case, office_id: uuid.UUID, today: date) -> set[str]:
    """Why a case would be on the agenda from the queues today (maybe nothing)."""
    found: set[str] = set()
    if case.status == CaseStatus.CLOSED.value:
        return found
    if case.flagged_for_review:
        found.add(AgendaReason.FLAGGED.value)
    if case.follow_up_on is not None and case.follow_up_on < today and case.status in _FOLLOWED:
        found.add(AgendaReason.OVERDUE.value)
    if _stuck_referrals(session, [case.id], office_id, today):
        found.add(AgendaReason.STUCK_REFERRAL.value)
    return found


def remove_item(db: Database, actor: Actor, item_id: uuid.UUID) -> None:
    """Take a case off the agenda (not once its decision is recorded)."""
    with UnitOfWork(db, actor) as uow:
        meeting, item = _item(uow, item_id, "togliere un caso dall'ordine del giorno")
        if item.decided_at is not None:
            raise ValidationError(
                "La decisione su questo caso è già registrata nel diario: non si può togliere "
                "dall'ordine del giorno."
            )
        item.deleted_at = utcnow()
        _renumber([i for i in _live_items(uow.session, meeting.id) if i.id != item.id])
        uow.audit("delete", item, case=str(item.case_id))
        uow.commit()


def reorder(
    db: Database, actor: Actor, meeting_id: uuid.UUID, item_ids: Sequence[uuid.UUID]
) -> None:
    """Put the agenda in the order of ``item_ids`` (exactly the cases now on it)."""
    with UnitOfWork(db, actor) as uow:
        meeting = _editable_meeting(uow, meeting_id, "riordinare l'ordine del giorno")
        items = {item.id: item for item in _live_items(uow.session, meeting.id)}
        if len(item_ids) != len(set(item_ids)) or set(item_ids) != set(items):
            raise ValidationError(
                "L'ordine del giorno è cambiato nel frattempo: aggiornare la riunione e riprovare."
            )
        _renumber([items[item_id] for item_id in item_ids])
        uow.audit("update", meeting, reordered=len(item_ids))
        uow.commit()


def move_item(db: Database, actor: Actor, item_id: uuid.UUID, offset: int) -> int:
    """Move a case up (negative ``offset``) or down the agenda; its new position."""
    with UnitOfWork(db, actor) as uow:
        meeting, item = _item(uow, item_id, "riordinare l'ordine del giorno")
        items = _live_items(uow.session, meeting.id)
        index = next(i for i, row in enumerate(items) if row.id == item.id)
        target = max(0, min(len(items) - 1, index + offset))
        if target != index:
            items.insert(target, items.pop(index))
            _renumber(items)
            uow.audit("update", meeting, moved=str(item.id), position=target + 1)
            uow.commit()
        return target + 1


def record_decision(
    db: Database,
    actor: Actor,
    item_id: uuid.UUID,
    *,
    decision: str,
    responsible_operator_id: uuid.UUID | None,
    due_on: date | None,
    assign_to_responsible: bool = False,
    today: date,
) -> DecisionResult:
    """Record (or correct) the decision on one case of the agenda.

    The decision goes on the case timeline; ``due_on`` becomes the case's next contact; the
    case is assigned to the responsible operator if it has nobody (or if
    ``assign_to_responsible``); it is no longer flagged for review. The meeting is ``held``
    from its first decision.
    """
    with UnitOfWork(db, actor) as uow:
        meeting, item = _item(uow, item_id, "registrare le decisioni della riunione d'équipe")
        meeting_day = _meeting_day(meeting)
        text = check_decision(decision, due_on, meeting_day)
        case = cases.get_case_for_update(uow, item.case_id)
        responsible_name = ""
        if responsible_operator_id is not None:
            responsible = uow.session.get(Operator, responsible_operator_id)
            if (
                responsible is None
                or not responsible.active
                or responsible.deleted_at is not None
                or responsible.office_id != meeting.office_id
            ):
                raise ValidationError(
                    "Il responsabile indicato non è un operatore attivo dello sportello: "
                    "sceglierlo dall'elenco.",
                    field="responsible",
                )
            responsible_name = responsible.full_name
        if due_on is not None and case.status == CaseStatus.CLOSED.value:
            raise ValidationError(
                "La presa in carico è chiusa: non si può fissare una scadenza. Registrare la "
                "decisione senza data, oppure riaprire prima la presa in carico.",
                field="due_on",
            )
        correcting = item.decided_at is not None
        if (
            correcting
            and item.decision == text
            and item.responsible_operator_id == responsible_operator_id
            and item.due_on == due_on
            and not (assign_to_responsible and case.assigned_operator_id != responsible_operator_id)
        ):
            return DecisionResult(event_id=None, follow_up_set=False, assigned=False)
        heading = "Decisione corretta" if correcting else "Decisione"
        parts = [f"{heading} della riunione d'équipe del {short_date(meeting_day)}: {text}"]
        if responsible_name:
            parts.append(f"Responsabile: {responsible_name}")
        if due_on is not None:
            parts.append(f"Entro il {short_date(due_on)}")
        event = cases.add_event(
            uow,
            case,
            "decision",
            " — ".join(parts),
            meeting_id=str(meeting.id),
            meeting_item_id=str(item.id),
            responsible_operator_id=str(responsible_operator_id)
            if responsible_operator_id
            else None,
            due_on=due_on.isoformat() if due_on else None,
        )
        follow_up_set = False
        if due_on is not None and case.follow_up_on != due_on:
            cases.set_follow_up(uow, case.id, due_on, today=today)
            follow_up_set = True
        assigned = False
        if (
            responsible_operator_id is not None
            and case.assigned_operator_id != responsible_operator_id
            and (case.assigned_operator_id is None or assign_to_responsible)
        ):
            cases.assign(uow, case.id, responsible_operator_id)
            assigned = True
        if case.flagged_for_review:
            case.flagged_for_review = False
        item.decision = text
        item.responsible_operator_id = responsible_operator_id
        item.due_on = due_on
        item.decided_at = utcnow()
        if meeting.status == MeetingStatus.DRAFT.value:
            meeting.status = MeetingStatus.HELD.value
        uow.flush()
        uow.audit("update", item, case=str(case.id), decision="corrected" if correcting else "new")
        uow.commit()
        return DecisionResult(event_id=event.id, follow_up_set=follow_up_set, assigned=assigned)


def close_meeting(
    db: Database, actor: Actor, meeting_id: uuid.UUID, *, notes: str | None = None
) -> MeetingSummary:
    """Close the meeting: the minutes become final; undecided cases are carried over."""
    with UnitOfWork(db, actor) as uow:
        meeting = _editable_meeting(uow, meeting_id, "chiudere la riunione d'équipe")
        if notes is not None:
            meeting.notes = notes.strip()
        items = _live_items(uow.session, meeting.id)
        decided = sum(1 for item in items if item.decided_at is not None)
        meeting.status = MeetingStatus.CLOSED.value
        meeting.closed_at = utcnow()
        uow.flush()
        uow.audit(
            "update", meeting, status="closed", decided=decided, carried_over=len(items) - decided
        )
        uow.commit()
        return _summary(meeting, len(items), decided)


# --------------------------------------------------------------------------- documents


def _office_heading(session: Session, office: Office) -> OfficeHeading:
    district = session.get(District, office.district_code)
    return OfficeHeading(
        name=office.name,
        district=district.label_it if district is not None else "",
        address=office.address,
        phone=office.phone,
        email=office.email,
        opening_hours=office.opening_hours,
        place=district.city if district is not None and district.city else "Roma",
    )


def _initials(last: str, first: str, birth: date | None) -> str:
    """``R. A. (1985)``: cognome and nome initials, year of birth."""
    letters = [word[0].upper() + "." for word in (last.split()[:1] + first.split()[:1]) if word]
    text = " ".join(letters)
    if birth is not None:
        text = f"{text} ({birth.year})".strip()
    return text


def _mask_names(text: str, last: str, first: str) -> str:
    """``text`` with the person's own names replaced by their initials (``Anna`` → ``A.``).

    Timeline notes often name the person; the agenda printed with initials should not name
    them again in the notes. Other names in a note (relatives, colleagues) stay: the note
    is shortened, and the coordinator chooses what to print.
    """
    for name in {*last.split(), *first.split()}:
        if len(name) > 1:
            pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
            text = pattern.sub(name[0].upper() + ".", text)
    return text


def _document_data(
    session: Session,
    meeting: Meeting,
    actor: Actor,
    today: date,
    *,
    full_names: bool,
) -> MeetingDocumentData:
    office = session.get(Office, meeting.office_id)
    if office is None:
        raise NotFound("Lo sportello della riunione non è configurato su questa postazione.")
    items = _agenda_items(session, meeting, actor, today)
    people: dict[uuid.UUID, tuple[str, str, date | None]] = {}
    if items:
        for case_id, last, first, birth in session.execute(
            select(Case.id, Person.last_name, Person.first_name, Person.birth_date)
            .join(Person, Person.id == Case.person_id)
            .where(Case.id.in_([item.case_id for item in items]))
        ).all():
            people[case_id] = (last, first, birth)
    printed: list[AgendaCase] = []
    for number, item in enumerate(items, 1):
        # Printed documents never carry a restricted case's person, partners or timeline,
        # whoever prints them: paper travels.
        secret = item.restricted
        last, first, birth = people.get(item.case_id, ("", "", None))
        if secret:
            person = ""
        elif full_names:
            person = f"{last} {first}".strip()
        else:
            person = _initials(last, first, birth)
        printed.append(
            AgendaCase(
                number=number,
                reference=item.reference,
                person=person,
                restricted=secret,
                operator=item.operator_name,
                status=item.case_status_label,
                reasons=tuple(REASON_LABELS[AgendaReason(r)] for r in item.reasons),
                follow_up_on=item.follow_up_on,
                overdue_days=item.overdue_days,
                referrals=()
                if secret
                else tuple(
                    AgendaReferral(r.reference, r.partner, r.service, r.sent_on, r.days_waiting)
                    for r in item.stuck_referrals
                ),
                waiting_referrals=len(item.stuck_referrals),
                events=()
                if secret
                else tuple(
                    AgendaEventLine(
                        e.occurred_at.date(),
                        e.kind_label,
                        e.text if full_names else _mask_names(e.text, last, first),
                    )
                    for e in item.recent_events
                ),
                decision=item.decision,
                responsible=item.responsible_name,
                due_on=item.due_on,
            )
        )
    participants = tuple(line.strip() for line in meeting.participants.splitlines() if line.strip())
    return MeetingDocumentData(
        office=_office_heading(session, office),
        title=meeting.title,
        starts_at=to_local(meeting.starts_at),
        place=meeting.place,
        participants=participants,
        cases=tuple(printed),
        status=meeting.status,
        printed_on=today,
        notes=meeting.notes,
        chaired_by=_chair(session, meeting, actor),
        closed_at=to_local(meeting.closed_at) if meeting.closed_at else None,
    )


def _chair(session: Session, meeting: Meeting, actor: Actor) -> str:
    """The coordinator who runs the meeting: whoever created it, else the acting one."""
    if actor.has_role(Role.SUPERVISOR) and actor.full_name:
        return actor.full_name
    name = (
        session.execute(
            select(Operator.full_name)
            .where(
                Operator.office_id == meeting.office_id,
                Operator.role == Role.SUPERVISOR.value,
                Operator.active.is_(True),
                Operator.deleted_at.is_(None),
            )
            .order_by(Operator.full_name)
        )
        .scalars()
        .first()
    )
    return name or ""


def meeting_document(
    db: Database,
    actor: Actor,
    meeting_id: uuid.UUID,
    kind: DocumentKind,
    *,
    today: date,
    full_names: bool = False,
) -> MeetingDocument:
    """The agenda or the minutes as PDF, recorded in the access log as viewed.

    Printing or saving it afterwards is recorded by :func:`record_document_output`. Only
    coordinators may print full names; everyone else gets initials.
    """
    if kind not in ("agenda", "minutes"):
        raise ValueError(f"unknown meeting document: {kind!r}")
    if full_names and not actor.has_role(Role.SUPERVISOR):
        raise PermissionDenied(
            "Solo il coordinatore può stampare l'ordine del giorno con i nomi per esteso."
        )
    with UnitOfWork(db, actor) as uow:
        meeting = _meeting(uow, meeting_id)
        data = _document_data(uow.session, meeting, actor, today, full_names=full_names)
        day = short_date(data.starts_at.date())
        if kind == "agenda":
            pdf = render_meeting_agenda(data)
            title = f"Ordine del giorno — riunione d'équipe del {day}"
            name = f"Ordine del giorno riunione {data.starts_at:%Y-%m-%d}.pdf"
        else:
            pdf = render_meeting_minutes(data)
            title = f"Verbale — riunione d'équipe del {day}"
            name = f"Verbale riunione {data.starts_at:%Y-%m-%d}.pdf"
        uow.audit(
            "view",
            meeting,
            document=f"meeting_{kind}",
            cases=len(data.cases),
            full_names=full_names,
        )
        uow.commit()
    return MeetingDocument(pdf=pdf, title=title, suggested_name=name)


def record_document_output(
    db: Database,
    actor: Actor,
    meeting_id: uuid.UUID,
    kind: DocumentKind,
    *,
    purpose: Purpose,
    path: str = "",
) -> None:
    """Record in the access log that the agenda or the minutes were printed or saved."""
    action = _AUDIT_ACTIONS[purpose]
    with UnitOfWork(db, actor) as uow:
        meeting = _meeting(uow, meeting_id)
        file = path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""
        if file:
            uow.audit(action, meeting, document=f"meeting_{kind}", file=file)
        else:
            uow.audit(action, meeting, document=f"meeting_{kind}")
        uow.commit()
