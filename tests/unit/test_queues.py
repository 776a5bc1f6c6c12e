"""The coordinator's queues: known counts on a hand-built desk, filters, role rules, actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Case, CaseEvent, Operator, Partner, Person, Referral, Service
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services import queues
from cotdesk.services.queues import QueueFilter, QueueKind
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 5, 20)


@dataclass(frozen=True)
class QueueDesk:
    """The hand-built desk: case ids by name (see :func:`build_queue_desk`)."""

    cases: dict[str, uuid.UUID]
    referrals: dict[str, uuid.UUID]


def build_queue_desk(
    db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor
) -> QueueDesk:
    """Seven cases and five referrals with known queue membership.

    For ``operator`` (office ``referral_answer_days`` = 15 by default):
    unassigned = {c1, c3}; overdue = {c1, c2}; referrals = {r1, r3}; approvals = {c4};
    mine = {c2, c4}. c5 is closed, c6 belongs to the supervisor, c7 to another office.
    """
    other_office = make_office(db, code="M07", district="rm_m07")
    day = timedelta(days=1)
    op, sup = operator.operator_id, supervisor.operator_id
    specs = {
        # name: (office, status, assignee, follow_up, areas, priority, last_name)
        "c1": (office_id, "open", None, TODAY - 3 * day, ["minori"], 5, "Rossi"),
        "c2": (office_id, "in_progress", op, TODAY - day, ["anziani"], 2, "Bianchi"),
        "c3": (office_id, "suspended", None, TODAY - 10 * day, ["disabilita"], 1, "Verdi"),
        "c4": (office_id, "closure_requested", op, None, ["minori"], 3, "Neri"),
        "c5": (office_id, "closed", None, TODAY - 5 * day, ["anziani"], 0, "Gialli"),
        "c6": (office_id, "in_progress", sup, TODAY + 2 * day, ["minori"], 0, "Blu"),
        "c7": (other_office, "open", None, TODAY - 4 * day, ["minori"], 0, "Lontani"),
    }  # fmt: skip
    ids: dict[str, uuid.UUID] = {}
    refs: dict[str, uuid.UUID] = {}
    with UnitOfWork(db, None) as uow:
        session = uow.session
        for number, (name, (office, status, assignee, follow_up, areas, prio, last)) in enumerate(
            specs.items()
        ):
            person = Person(office_id=office, last_name=last, first_name="Anna")
            session.add(person)
            session.flush()
            case = Case(
                reference=f"M05-2026-{number:04d}",
                person_id=person.id,
                office_id=office,
                status=status,
                assigned_operator_id=assignee,
                follow_up_on=follow_up,
                areas=areas,
                priority=prio,
                opened_on=TODAY - 60 * day,
                closure_reason="Bisogno risolto" if status == "closure_requested" else "",
            )
            session.add(case)
            session.flush()
            ids[name] = case.id
        partner = Partner(name="Coop Il Girasole", partner_type_code="cooperativa_sociale")
        session.add(partner)
        session.flush()
        service = Service(partner_id=partner.id, name="Sportello lavoro", areas=["adulti_famiglie"])
        session.add(service)
        session.flush()
        referral_specs = {
            "r1": ("c2", "sent", 20),
            "r2": ("c2", "sent", 10),
            "r3": ("c1", "no_answer", 16),
            "r4": ("c2", "accepted", 30),
            "r5": ("c7", "sent", 30),
        }
        for number, (name, (case_name, status, ago)) in enumerate(referral_specs.items()):
            referral = Referral(
                reference=f"INV-{number:04d}",
                case_id=ids[case_name],
                service_id=service.id,
                partner_id=partner.id,
                status=status,
                created_by_id=operator.operator_id,
                sent_on=TODAY - ago * day,
            )
            session.add(referral)
            session.flush()
            refs[name] = referral.id
        uow.commit()
    return QueueDesk(ids, refs)


@pytest.fixture
def desk(db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor) -> QueueDesk:
    return build_queue_desk(db, office_id, operator, supervisor)


def _ids(
    db: Database, actor: Actor, kind: QueueKind, flt: QueueFilter | None = None
) -> set[uuid.UUID]:
    return {row.case_id for row in queues.queue_rows(db, actor, kind, today=TODAY, flt=flt)}


def test_each_queue_has_its_known_rows_and_counts(
    db: Database, operator: Actor, desk: QueueDesk
) -> None:
    c = desk.cases
    assert _ids(db, operator, QueueKind.UNASSIGNED) == {c["c1"], c["c3"]}
    assert _ids(db, operator, QueueKind.OVERDUE) == {c["c1"], c["c2"]}
    assert _ids(db, operator, QueueKind.APPROVALS) == {c["c4"]}
    assert _ids(db, operator, QueueKind.MINE) == {c["c2"], c["c4"]}
    stuck = queues.queue_rows(db, operator, QueueKind.REFERRALS, today=TODAY)
    assert {row.referral_id for row in stuck} == {desk.referrals["r1"], desk.referrals["r3"]}
    counts = queues.queue_counts(db, operator, today=TODAY)
    assert (counts.unassigned, counts.overdue, counts.referrals, counts.approvals, counts.mine) == (
        2,
        2,
        2,
        1,
        2,
    )
    assert counts.of(QueueKind.MINE) == 2


def test_rows_say_how_late_and_why(db: Database, operator: Actor, desk: QueueDesk) -> None:
    overdue = queues.queue_rows(db, operator, QueueKind.OVERDUE, today=TODAY)
    assert [(row.reference, row.days) for row in overdue] == [
        ("M05-2026-0000", 3),
        ("M05-2026-0001", 1),
    ]
    first = overdue[0]
    assert (first.person_name, first.areas, first.status_label, first.operator_name) == (
        "Rossi Anna",
        ("minori",),
        "Aperta",
        "",
    )
    stuck = queues.queue_rows(db, operator, QueueKind.REFERRALS, today=TODAY)
    assert [(row.days, row.status_label) for row in stuck] == [
        (20, "Inviato"),
        (16, "Senza risposta"),
    ]
    assert "Coop Il Girasole" in stuck[0].detail
    (approval,) = queues.queue_rows(db, operator, QueueKind.APPROVALS, today=TODAY)
    assert (approval.detail, approval.operator_name) == ("Bisogno risolto", "Giulia.Operatrice")


def test_an_approval_is_dated_by_the_closure_request_not_by_later_edits(
    db: Database, operator: Actor, desk: QueueDesk
) -> None:
    from datetime import UTC, datetime

    requested = datetime(2026, 5, 12, 22, 30, tzinfo=UTC)  # 13 May in Rome
    with UnitOfWork(db, None) as uow:
        uow.session.add(
            CaseEvent(
                case_id=desk.cases["c4"], kind="status", occurred_at=requested, text="→ chiusura"
            )
        )
        case = uow.session.get(Case, desk.cases["c4"])
        assert case is not None
        case.summary = "Aggiornata dopo la richiesta di chiusura"
        uow.commit()
    (approval,) = queues.queue_rows(db, operator, QueueKind.APPROVALS, today=TODAY)
    assert (approval.key_date, approval.days) == (date(2026, 5, 13), 7)


def test_the_answer_days_come_from_the_office(
    db: Database, office_id: uuid.UUID, operator: Actor, desk: QueueDesk
) -> None:
    from cotdesk.db.models import Office

    with UnitOfWork(db, None) as uow:
        office = uow.session.get(Office, office_id)
        assert office is not None
        office.referral_answer_days = 5
        uow.commit()
    assert queues.queue_counts(db, operator, today=TODAY).referrals == 3


def test_filters_by_area_operator_and_text(
    db: Database, operator: Actor, supervisor: Actor, desk: QueueDesk
) -> None:
    c = desk.cases
    assert _ids(db, supervisor, QueueKind.UNASSIGNED, QueueFilter(area="minori")) == {c["c1"]}
    assert _ids(db, supervisor, QueueKind.UNASSIGNED, QueueFilter(text="verd")) == {c["c3"]}
    assert _ids(db, supervisor, QueueKind.UNASSIGNED, QueueFilter(text="0002")) == {c["c3"]}
    mine = QueueFilter(operator_id=operator.operator_id)
    assert _ids(db, supervisor, QueueKind.OVERDUE, mine) == {c["c2"]}


def test_a_supervisor_assigns_many_cases_and_each_timeline_says_so(
    db: Database, operator: Actor, supervisor: Actor, desk: QueueDesk
) -> None:
    c = desk.cases
    assert queues.assign_cases(db, supervisor, [c["c1"], c["c3"]], operator.operator_id) == 2
    assert queues.queue_counts(db, supervisor, today=TODAY).unassigned == 0
    loads = {load.operator_id: load.open_cases for load in queues.operator_loads(db, supervisor)}
    assert loads == {operator.operator_id: 4, supervisor.operator_id: 1}
    with db.read_session() as session:
        for name in ("c1", "c3"):
            kinds = session.scalars(
                select(CaseEvent.kind).where(CaseEvent.case_id == c[name])
            ).all()
            assert kinds == ["assignment"]


def test_an_operator_cannot_assign_others_and_nothing_is_half_done(
    db: Database, operator: Actor, supervisor: Actor, desk: QueueDesk
) -> None:
    c = desk.cases
    with pytest.raises(PermissionDenied):
        queues.assign_cases(db, operator, [c["c1"], c["c3"]], supervisor.operator_id)
    assert queues.queue_counts(db, operator, today=TODAY).unassigned == 2
    # Taking a case for oneself is allowed.
    queues.assign_cases(db, operator, [c["c1"]], operator.operator_id)
    assert queues.queue_counts(db, operator, today=TODAY).mine == 3
    with pytest.raises(ValidationError):
        queues.assign_cases(db, supervisor, [], operator.operator_id)


def test_operator_loads_show_specialisations(
    db: Database, office_id: uuid.UUID, supervisor: Actor, desk: QueueDesk
) -> None:
    other = make_actor(db, office_id, Role.OPERATOR, "luca.minori")
    with UnitOfWork(db, None) as uow:
        row = uow.session.get(Operator, other.operator_id)
        assert row is not None
        row.specialisations = ["minori"]
        uow.commit()
    loads = {load.full_name: load for load in queues.operator_loads(db, supervisor)}
    assert loads["Luca.Minori"].specialisations == ("minori",)
    assert loads["Luca.Minori"].open_cases == 0


def test_only_a_supervisor_approves_a_closure(
    db: Database, operator: Actor, supervisor: Actor, desk: QueueDesk
) -> None:
    case_id = desk.cases["c4"]
    with pytest.raises(PermissionDenied, match="coordinatore"):
        queues.approve_closure(db, operator, case_id, today=TODAY)
    with pytest.raises(PermissionDenied):
        queues.send_back_closure(db, operator, case_id, "Manca la verifica", today=TODAY)
    queues.approve_closure(db, supervisor, case_id, today=TODAY)
    with db.read_session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.status, case.closed_on) == ("closed", TODAY)
        events = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case_id)).all()
        assert events == ["status"]
    assert queues.queue_counts(db, supervisor, today=TODAY).approvals == 0
    with pytest.raises(NotFound):
        queues.approve_closure(db, supervisor, case_id, today=TODAY)


def test_a_closure_sent_back_needs_a_reason_and_records_it(
    db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    case_id = desk.cases["c4"]
    with pytest.raises(ValidationError):
        queues.send_back_closure(db, supervisor, case_id, "  ", today=TODAY)
    queues.send_back_closure(db, supervisor, case_id, "Manca il colloquio finale", today=TODAY)
    with db.read_session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.status == "in_progress"
        (event,) = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)).all()
        assert event.data["reason"] == "Manca il colloquio finale"


def test_a_restricted_case_hides_the_name_from_other_operators(
    db: Database, operator: Actor, supervisor: Actor, desk: QueueDesk
) -> None:
    with UnitOfWork(db, None) as uow:
        case = uow.session.get(Case, desk.cases["c1"])
        assert case is not None
        case.restricted = True
        uow.commit()
    names = {
        r.person_name for r in queues.queue_rows(db, operator, QueueKind.UNASSIGNED, today=TODAY)
    }
    assert "Rossi Anna" not in names
    names = {
        r.person_name for r in queues.queue_rows(db, supervisor, QueueKind.UNASSIGNED, today=TODAY)
    }
    assert "Rossi Anna" in names
