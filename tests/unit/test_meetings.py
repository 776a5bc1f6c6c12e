"""The weekly case meeting: agenda from the queues, decisions on the timeline, roles, PDFs."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import (
    AuditEvent,
    Case,
    CaseEvent,
    Meeting,
    MeetingItem,
    OutboxEntry,
    Partner,
    Person,
    Referral,
    Service,
)
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.meetings import agenda_rank, ordered_reasons, reasons_text
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services import meetings
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 5, 20)
STARTS = datetime(2026, 5, 21, 10, 0, tzinfo=LOCAL_ZONE)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class MeetingDesk:
    cases: dict[str, uuid.UUID]
    references: dict[str, str]
    other_office: uuid.UUID


def build_meeting_desk(
    db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor
) -> MeetingDesk:
    """Eight cases with known reasons to be on the agenda.

    c1 flagged + overdue (unassigned); c2 overdue + stuck referral (operator); c3 flagged,
    restricted, assigned to the operator; c4 stuck referral (no answer, supervisor's);
    c5 closed and flagged (never); c6 nothing (added by hand); c7 another office's, flagged
    and overdue (never); c8 follow-up in the future (never).
    """
    other = make_office(db, code="M07", district="rm_m07")
    op, sup = operator.operator_id, supervisor.operator_id
    specs = {
        # name: (office, status, assignee, follow_up, flagged, restricted, priority, last, first)
        "c1": (office_id, "open", None, TODAY - 3 * DAY, True, False, 2, "Rossi", "Anna"),
        "c2": (office_id, "in_progress", op, TODAY - DAY, False, False, 5, "Bianchi", "Luca"),
        "c3": (office_id, "in_progress", op, None, True, True, 1, "Segreti", "Maria"),
        "c4": (office_id, "in_progress", sup, None, False, False, 0, "Verdi", "Paolo"),
        "c5": (office_id, "closed", None, None, True, False, 0, "Chiusi", "Ugo"),
        "c6": (office_id, "in_progress", op, None, False, False, 0, "Neri", "Sara"),
        "c7": (other, "open", None, TODAY - 4 * DAY, True, False, 9, "Lontani", "Ada"),
        "c8": (office_id, "in_progress", op, TODAY + 2 * DAY, False, False, 0, "Blu", "Ezio"),
    }  # fmt: skip
    ids: dict[str, uuid.UUID] = {}
    refs: dict[str, str] = {}
    with UnitOfWork(db, None) as uow:
        session = uow.session
        for number, (name, spec) in enumerate(specs.items()):
            office, status, assignee, follow_up, flagged, restricted, prio, last, first = spec
            person = Person(
                office_id=office, last_name=last, first_name=first, birth_date=date(1985, 3, 2)
            )
            session.add(person)
            session.flush()
            case = Case(
                reference=f"M05-2026-TEST-{number:05d}",
                person_id=person.id,
                office_id=office,
                status=status,
                assigned_operator_id=assignee,
                follow_up_on=follow_up,
                flagged_for_review=flagged,
                restricted=restricted,
                areas=["adulti_famiglie"],
                priority=prio,
                opened_on=TODAY - 60 * DAY,
            )
            session.add(case)
            session.flush()
            ids[name] = case.id
            refs[name] = case.reference
            session.add(
                CaseEvent(case_id=case.id, kind="note", text=f"Colloquio con {first} {last}")
            )
        partner = Partner(name="Centro Antiviolenza Aurora", partner_type_code="cav")
        session.add(partner)
        session.flush()
        service = Service(partner_id=partner.id, name="Ascolto", areas=["adulti_famiglie"])
        session.add(service)
        session.flush()
        referrals = {
            "r1": ("c2", "sent", 20),
            "r2": ("c2", "sent", 5),
            "r3": ("c4", "no_answer", 16),
            "r4": ("c3", "sent", 30),
            "r5": ("c7", "sent", 30),
        }
        for number, (case_name, status, ago) in enumerate(referrals.values()):
            session.add(
                Referral(
                    reference=f"INV-TEST-{number:04d}",
                    case_id=ids[case_name],
                    service_id=service.id,
                    partner_id=partner.id,
                    status=status,
                    created_by_id=op,
                    sent_on=TODAY - ago * DAY,
                )
            )
        uow.commit()
    return MeetingDesk(ids, refs, other)


@pytest.fixture
def desk(db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor) -> MeetingDesk:
    return build_meeting_desk(db, office_id, operator, supervisor)


@pytest.fixture
def meeting_id(db: Database, supervisor: Actor) -> uuid.UUID:
    return meetings.create_meeting(
        db,
        supervisor,
        starts_at=STARTS,
        place="Sala riunioni del Municipio",
        participants="Marco Coordinatore (COT)\nLaura Bassi (Segretariato Sociale)",
    )


def _agenda(db: Database, actor: Actor, meeting_id: uuid.UUID) -> meetings.MeetingDetail:
    return meetings.get_meeting(db, actor, meeting_id, today=TODAY)


def _case_events(db: Database, case_id: uuid.UUID) -> list[CaseEvent]:
    with UnitOfWork(db, None) as uow:
        events = list(
            uow.session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.created_at)
            )
        )
        uow.session.expunge_all()
    return events


def _case(db: Database, case_id: uuid.UUID) -> Case:
    with UnitOfWork(db, None) as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        uow.session.expunge_all()
    return case


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


# --------------------------------------------------------------------------- domain


def test_reasons_are_ordered_once_and_unknown_ones_skipped() -> None:
    assert [r.value for r in ordered_reasons(["manual", "overdue", "flagged", "x", "overdue"])] == [
        "flagged",
        "overdue",
        "manual",
    ]
    assert reasons_text(["stuck_referral", "flagged"]) == (
        "Segnalata per la riunione; Invio senza risposta"
    )
    flagged = agenda_rank(["flagged"], 0, 0)
    many = agenda_rank(["overdue", "stuck_referral"], 9, 90)
    assert flagged < many < agenda_rank(["overdue"], 9, 90)


# --------------------------------------------------------------------------- agenda


def test_the_agenda_is_built_from_the_queues_each_case_once_with_all_its_reasons(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    result = meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    assert (result.added, result.updated, result.left_out) == (4, 0, 0)
    detail = _agenda(db, supervisor, meeting_id)
    c = desk.cases
    # Flagged first (more reasons first), then more reasons, then priority.
    assert [item.case_id for item in detail.items] == [c["c1"], c["c3"], c["c2"], c["c4"]]
    assert [item.position for item in detail.items] == [1, 2, 3, 4]
    reasons = {item.case_id: item.reasons for item in detail.items}
    assert reasons == {
        c["c1"]: ("flagged", "overdue"),
        c["c3"]: ("flagged", "stuck_referral"),
        c["c2"]: ("overdue", "stuck_referral"),
        c["c4"]: ("stuck_referral",),
    }
    c2 = next(item for item in detail.items if item.case_id == c["c2"])
    assert c2.overdue_days == 1
    assert [(r.reference, r.days_waiting) for r in c2.stuck_referrals] == [("INV-TEST-0000", 20)]
    assert c2.recent_events[0].text == "Colloquio con Luca Bianchi"
    assert c2.person_name == "Bianchi Luca"
    assert detail.summary.status == "draft"
    assert detail.editable

    # Building again adds nothing and duplicates nothing.
    again = meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    assert (again.added, again.updated, again.left_out) == (0, 0, 0)
    assert len(_agenda(db, supervisor, meeting_id).items) == 4


def test_the_agenda_takes_at_most_the_limit_and_says_how_many_were_left_out(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    first = meetings.build_agenda(db, supervisor, meeting_id, today=TODAY, limit=2)
    assert (first.added, first.left_out) == (2, 2)
    assert [i.case_id for i in _agenda(db, supervisor, meeting_id).items] == [
        desk.cases["c1"],
        desk.cases["c3"],
    ]
    rest = meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    assert (rest.added, rest.left_out) == (2, 0)
    with pytest.raises(ValidationError):
        meetings.build_agenda(db, supervisor, meeting_id, today=TODAY, limit=0)


def test_a_case_added_by_hand_keeps_its_place_and_gains_the_queue_reasons(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    item_id = meetings.add_case(db, supervisor, meeting_id, desk.references["c6"], today=TODAY)
    meetings.add_case(db, supervisor, meeting_id, desk.references["c2"].lower(), today=TODAY)
    with pytest.raises(ValidationError, match="già all'ordine del giorno"):
        meetings.add_case(db, supervisor, meeting_id, desk.references["c6"], today=TODAY)
    with pytest.raises(NotFound):
        meetings.add_case(db, supervisor, meeting_id, desk.references["c7"], today=TODAY)
    with pytest.raises(NotFound):
        meetings.add_case(db, supervisor, meeting_id, "M05-NON-ESISTE", today=TODAY)
    with pytest.raises(ValidationError):
        meetings.add_case(db, supervisor, meeting_id, "  ", today=TODAY)

    result = meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    assert (result.added, result.updated) == (3, 0)  # c2 was already there with its reasons
    items = _agenda(db, supervisor, meeting_id).items
    assert [i.case_id for i in items[:2]] == [desk.cases["c6"], desk.cases["c2"]]
    assert items[0].id == item_id
    assert items[0].reasons == ("manual",)
    assert items[1].reasons == ("overdue", "stuck_referral", "manual")
    assert len({i.case_id for i in items}) == len(items) == 5


def test_reorder_move_and_remove_keep_positions_one_to_n(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    ids = [item.id for item in _agenda(db, supervisor, meeting_id).items]
    assert meetings.move_item(db, supervisor, ids[3], -1) == 3
    assert meetings.move_item(db, supervisor, ids[0], -5) == 1  # already first: stays
    order = [item.id for item in _agenda(db, supervisor, meeting_id).items]
    assert order == [ids[0], ids[1], ids[3], ids[2]]
    meetings.reorder(db, supervisor, meeting_id, list(reversed(order)))
    assert [item.id for item in _agenda(db, supervisor, meeting_id).items] == order[::-1]
    with pytest.raises(ValidationError, match="cambiato"):
        meetings.reorder(db, supervisor, meeting_id, order[:2])
    meetings.remove_item(db, supervisor, order[1])
    items = _agenda(db, supervisor, meeting_id).items
    assert [item.position for item in items] == [1, 2, 3]
    assert order[1] not in {item.id for item in items}
    with UnitOfWork(db, None) as uow:  # a tombstone, never a delete
        removed = uow.session.get(MeetingItem, order[1])
        assert removed is not None
        assert removed.deleted_at is not None


# --------------------------------------------------------------------------- decisions


def test_a_decision_goes_on_the_timeline_becomes_a_follow_up_and_clears_the_flag(
    db: Database, supervisor: Actor, operator: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    c1 = next(i for i in _agenda(db, supervisor, meeting_id).items if i.case_id == desk.cases["c1"])
    due = TODAY + 7 * DAY
    result = meetings.record_decision(
        db,
        supervisor,
        c1.id,
        decision="  Contattare la famiglia e fissare un colloquio  ",
        responsible_operator_id=operator.operator_id,
        due_on=due,
        today=TODAY,
    )
    assert result.follow_up_set
    assert result.assigned
    case = _case(db, desk.cases["c1"])
    assert case.follow_up_on == due
    assert case.assigned_operator_id == operator.operator_id
    assert case.status == "in_progress"
    assert not case.flagged_for_review
    events = _case_events(db, desk.cases["c1"])
    kinds = [event.kind for event in events]
    assert kinds[-3:] == ["decision", "follow_up", "assignment"]
    decision = next(event for event in events if event.kind == "decision")
    assert decision.id == result.event_id
    assert decision.text == (
        "Decisione della riunione d'équipe del 21/05/2026: Contattare la famiglia e fissare "
        "un colloquio — Responsabile: Giulia.Operatrice — Entro il 27/05/2026"
    )
    assert decision.operator_id == supervisor.operator_id
    assert decision.data["meeting_id"] == str(meeting_id)
    assert decision.data["due_on"] == due.isoformat()

    detail = _agenda(db, supervisor, meeting_id)
    assert detail.summary.status == "held"
    item = next(i for i in detail.items if i.id == c1.id)
    assert item.decided
    assert item.responsible_name == "Giulia.Operatrice"
    assert item.due_on == due
    assert detail.summary.decided == 1

    # A decided case cannot be taken off the agenda; a correction is a new timeline entry.
    with pytest.raises(ValidationError, match="già registrata"):
        meetings.remove_item(db, supervisor, c1.id)
    meetings.record_decision(
        db,
        supervisor,
        c1.id,
        decision="Visita domiciliare",
        responsible_operator_id=operator.operator_id,
        due_on=due,
        today=TODAY,
    )
    same = meetings.record_decision(  # saved twice: nothing new on the timeline
        db,
        supervisor,
        c1.id,
        decision="Visita domiciliare ",
        responsible_operator_id=operator.operator_id,
        due_on=due,
        today=TODAY,
    )
    assert same.event_id is None
    texts = [e.text for e in _case_events(db, desk.cases["c1"]) if e.kind == "decision"]
    assert len(texts) == 2
    assert texts[1].startswith("Decisione corretta")


def test_an_assigned_case_changes_hands_only_when_asked(
    db: Database, supervisor: Actor, operator: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    c4 = next(i for i in _agenda(db, supervisor, meeting_id).items if i.case_id == desk.cases["c4"])
    kept = meetings.record_decision(
        db,
        supervisor,
        c4.id,
        decision="Il coordinatore sollecita l'ente",
        responsible_operator_id=operator.operator_id,
        due_on=None,
        today=TODAY,
    )
    assert not kept.assigned
    assert not kept.follow_up_set
    assert _case(db, desk.cases["c4"]).assigned_operator_id == supervisor.operator_id
    moved = meetings.record_decision(
        db,
        supervisor,
        c4.id,
        decision="Passa all'operatrice",
        responsible_operator_id=operator.operator_id,
        due_on=None,
        assign_to_responsible=True,
        today=TODAY,
    )
    assert moved.assigned
    assert _case(db, desk.cases["c4"]).assigned_operator_id == operator.operator_id


def test_bad_decisions_are_refused_with_a_clear_message_and_change_nothing(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    item = _agenda(db, supervisor, meeting_id).items[0]
    stranger = make_actor(db, desk.other_office, Role.OPERATOR, "altro.sportello")
    bad = [
        ({"decision": "   ", "responsible_operator_id": None, "due_on": None}, "Scrivere"),
        (
            {"decision": "x", "responsible_operator_id": None, "due_on": TODAY - DAY},
            "prima della riunione",
        ),
        (
            {"decision": "x", "responsible_operator_id": stranger.operator_id, "due_on": None},
            "operatore attivo dello sportello",
        ),
        (
            {"decision": "x" * 5000, "responsible_operator_id": None, "due_on": None},
            "troppo lunga",
        ),
    ]
    for kwargs, message in bad:
        with pytest.raises(ValidationError, match=message):
            meetings.record_decision(db, supervisor, item.id, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert not _agenda(db, supervisor, meeting_id).items[0].decided
    assert [e.kind for e in _case_events(db, item.case_id)] == ["note"]


def test_closing_freezes_the_meeting(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    items = _agenda(db, supervisor, meeting_id).items
    meetings.record_decision(
        db,
        supervisor,
        items[0].id,
        decision="Attivare l'assistenza domiciliare",
        responsible_operator_id=None,
        due_on=TODAY + 3 * DAY,
        today=TODAY,
    )
    summary = meetings.close_meeting(db, supervisor, meeting_id, notes="Prossima riunione giovedì")
    assert (summary.status, summary.items, summary.decided) == ("closed", 4, 1)
    detail = _agenda(db, supervisor, meeting_id)
    assert not detail.editable
    assert detail.closed_at is not None
    assert detail.notes == "Prossima riunione giovedì"
    for action in (
        lambda: meetings.record_decision(
            db, supervisor, items[1].id, decision="x", responsible_operator_id=None,
            due_on=None, today=TODAY,
        ),
        lambda: meetings.add_case(db, supervisor, meeting_id, desk.references["c6"], today=TODAY),
        lambda: meetings.build_agenda(db, supervisor, meeting_id, today=TODAY),
        lambda: meetings.remove_item(db, supervisor, items[1].id),
        lambda: meetings.close_meeting(db, supervisor, meeting_id),
        lambda: meetings.update_meeting(db, supervisor, meeting_id, place="Altrove"),
    ):  # fmt: skip
        with pytest.raises(ValidationError, match="chiusa"):
            action()
    # The cases not decided are still flagged: they come back on the next agenda.
    assert meetings.next_meeting(db, supervisor) is None
    nxt = meetings.create_meeting(db, supervisor, starts_at=STARTS + 7 * DAY)
    result = meetings.build_agenda(db, supervisor, nxt, today=TODAY)
    assert result.added == 3  # c1 decided and no longer overdue or flagged


# --------------------------------------------------------------------------- roles, offices


def test_operators_read_meetings_but_cannot_run_them(
    db: Database, supervisor: Actor, operator: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    detail = _agenda(db, operator, meeting_id)
    assert len(detail.items) == 4
    assert not detail.editable
    assert [m.id for m in meetings.list_meetings(db, operator)] == [meeting_id]
    nxt = meetings.next_meeting(db, operator)
    assert nxt is not None
    assert nxt.items == 4
    item = detail.items[0]
    refused = [
        lambda: meetings.create_meeting(db, operator, starts_at=STARTS),
        lambda: meetings.build_agenda(db, operator, meeting_id, today=TODAY),
        lambda: meetings.add_case(db, operator, meeting_id, desk.references["c6"], today=TODAY),
        lambda: meetings.remove_item(db, operator, item.id),
        lambda: meetings.move_item(db, operator, item.id, 1),
        lambda: meetings.reorder(db, operator, meeting_id, [i.id for i in detail.items]),
        lambda: meetings.record_decision(
            db, operator, item.id, decision="x", responsible_operator_id=None, due_on=None,
            today=TODAY,
        ),
        lambda: meetings.update_meeting(db, operator, meeting_id, notes="x"),
        lambda: meetings.close_meeting(db, operator, meeting_id),
        lambda: meetings.meeting_document(
            db, operator, meeting_id, "agenda", today=TODAY, full_names=True
        ),
    ]  # fmt: skip
    for action in refused:
        with pytest.raises(PermissionDenied):
            action()
    # Reading and printing with initials is allowed.
    assert meetings.meeting_document(db, operator, meeting_id, "agenda", today=TODAY).pdf


def test_a_restricted_case_hides_its_person_from_operators_not_assigned(
    db: Database, supervisor: Actor, operator: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    colleague = make_actor(db, supervisor.office_id, Role.OPERATOR, "collega.sportello")

    def c3(actor: Actor) -> meetings.AgendaItem:
        return next(
            i for i in _agenda(db, actor, meeting_id).items if i.case_id == desk.cases["c3"]
        )

    assert c3(supervisor).person_name == "Segreti Maria"
    assert not c3(supervisor).hidden
    assert c3(operator).person_name == "Segreti Maria"  # assigned to her
    hidden = c3(colleague)
    assert hidden.hidden
    assert hidden.person_name == "(riservato)"
    assert hidden.recent_events == ()


def test_another_office_cannot_see_or_touch_the_meeting(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    item = _agenda(db, supervisor, meeting_id).items[0]
    other = make_actor(db, desk.other_office, Role.SUPERVISOR, "coordinatore.m07")
    for action in (
        lambda: meetings.get_meeting(db, other, meeting_id, today=TODAY),
        lambda: meetings.build_agenda(db, other, meeting_id, today=TODAY),
        lambda: meetings.record_decision(
            db, other, item.id, decision="x", responsible_operator_id=None, due_on=None,
            today=TODAY,
        ),
        lambda: meetings.meeting_document(db, other, meeting_id, "minutes", today=TODAY),
        lambda: meetings.close_meeting(db, other, meeting_id),
    ):  # fmt: skip
        with pytest.raises(PermissionDenied):
            action()
    assert meetings.list_meetings(db, other) == []
    # The other office's own agenda has only its own case.
    own = meetings.create_meeting(db, other, starts_at=STARTS)
    meetings.build_agenda(db, other, own, today=TODAY)
    assert [i.case_id for i in _agenda(db, other, own).items] == [desk.cases["c7"]]


def test_changes_are_audited_and_captured_for_sync(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    item = _agenda(db, supervisor, meeting_id).items[0]
    meetings.record_decision(
        db, supervisor, item.id, decision="Verifica", responsible_operator_id=None, due_on=None,
        today=TODAY,
    )  # fmt: skip
    meetings.meeting_document(db, supervisor, meeting_id, "agenda", today=TODAY)
    meetings.record_document_output(
        db, supervisor, meeting_id, "agenda", purpose="export", path="/home/x/Odg.pdf"
    )
    with UnitOfWork(db, None) as uow:
        audit = uow.session.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.detail).where(
                AuditEvent.entity.in_(["meeting", "meeting_item"])
            )
        ).all()
        outbox = uow.session.execute(
            select(OutboxEntry.entity, OutboxEntry.op).where(
                OutboxEntry.entity.in_(["meeting", "meeting_item"])
            )
        ).all()
    actions = [(action, entity) for action, entity, _ in audit]
    assert actions[:2] == [("create", "meeting"), ("update", "meeting")]
    assert ("update", "meeting_item") in actions
    assert ("view", "meeting") in actions
    export = [detail for action, _, detail in audit if action == "export"]
    assert export == [{"document": "meeting_agenda", "file": "Odg.pdf"}]
    assert ("meeting", "insert") in outbox
    assert sum(1 for entity, op in outbox if entity == "meeting_item" and op == "insert") == 4
    assert ("meeting_item", "update") in outbox


def test_the_next_meeting_is_suggested_a_week_after_the_last(
    db: Database, supervisor: Actor
) -> None:
    first = meetings.suggest_start(db, supervisor, today=date(2026, 5, 22))  # a Friday
    assert first == datetime(2026, 5, 25, 10, 0, tzinfo=LOCAL_ZONE)  # Monday
    meetings.create_meeting(
        db, supervisor, starts_at=datetime(2026, 5, 7, 9, 30, tzinfo=LOCAL_ZONE)
    )
    assert meetings.suggest_start(db, supervisor, today=TODAY) == datetime(
        2026, 5, 21, 9, 30, tzinfo=LOCAL_ZONE
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        meetings.create_meeting(db, supervisor, starts_at=datetime(2026, 5, 7, 9, 30))  # noqa: DTZ001
    with UnitOfWork(db, None) as uow:
        assert len(list(uow.session.scalars(select(Meeting)))) == 1


# --------------------------------------------------------------------------- documents


def test_the_printed_agenda_minimises_personal_data(
    db: Database, supervisor: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    document = meetings.meeting_document(db, supervisor, meeting_id, "agenda", today=TODAY)
    assert document.suggested_name == "Ordine del giorno riunione 2026-05-21.pdf"
    text = _pdf_text(document.pdf)
    flat = " ".join(text.split())
    assert "Ordine del giorno della riunione d'équipe" in flat
    assert "21 maggio 2026, ore 10:00" in flat
    assert "Sala riunioni del Municipio" in flat
    assert "Laura Bassi (Segretariato Sociale)" in flat
    for name in ("c1", "c2", "c3", "c4"):
        assert desk.references[name] in flat
    assert "R. A. (1985)" in flat
    assert "B. L. (1985)" in flat
    # Initials only: no names, and nothing of the restricted case but its reference.
    for secret in ("Rossi", "Bianchi", "Segreti", "Maria"):
        assert secret not in flat
    assert "Caso riservato" in flat
    assert "Colloquio con A. R." in flat  # the person's names in notes become initials
    assert flat.count("Centro Antiviolenza Aurora") == 2  # c2 and c4, not c3
    assert "senza risposta da 20 giorni" in flat
    assert "scaduto da 3 giorni" in flat
    assert "Segnalata per la riunione; Prossimo contatto scaduto" in flat
    assert "Decisione Chi Entro il" in flat

    named = meetings.meeting_document(
        db, supervisor, meeting_id, "agenda", today=TODAY, full_names=True
    )
    named_text = " ".join(_pdf_text(named.pdf).split())
    assert "Rossi Anna" in named_text
    assert "Segreti" not in named_text


def test_the_minutes_list_decisions_and_carried_over_cases(
    db: Database, supervisor: Actor, operator: Actor, desk: MeetingDesk, meeting_id: uuid.UUID
) -> None:
    meetings.build_agenda(db, supervisor, meeting_id, today=TODAY)
    first = _agenda(db, supervisor, meeting_id).items[0]
    meetings.record_decision(
        db,
        supervisor,
        first.id,
        decision="Visita domiciliare con l'assistente sociale",
        responsible_operator_id=operator.operator_id,
        due_on=TODAY + 7 * DAY,
        today=TODAY,
    )
    draft = " ".join(
        _pdf_text(
            meetings.meeting_document(db, supervisor, meeting_id, "minutes", today=TODAY).pdf
        ).split()
    )
    assert "Verbale della riunione d'équipe (bozza)" in draft
    meetings.close_meeting(db, supervisor, meeting_id, notes="Presenti tutti gli enti.")
    minutes = meetings.meeting_document(db, supervisor, meeting_id, "minutes", today=TODAY)
    flat = " ".join(_pdf_text(minutes.pdf).split())
    assert "(bozza)" not in flat
    assert "Visita domiciliare con l'assistente sociale" in flat
    assert "Giulia.Operatrice" in flat
    assert "27/05/2026" in flat
    assert "rinviati alla prossima riunione" in flat
    assert desk.references["c4"] in flat
    assert "Presenti tutti gli enti." in flat
    assert "Verbale chiuso il" in flat
    assert "Rossi" not in flat
