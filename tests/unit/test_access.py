"""Restricted cases: who reads the content, who only sees that the case exists, and
"break the glass" (a reasoned, time-limited, audited access shown to the supervisor)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent
from cotdesk.domain.cases import CaseStatus
from cotdesk.domain.needs import Severity
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, ValidationError
from cotdesk.services import (
    access,
    assessments,
    case_view,
    cases,
    consents,
    person_view,
    persons,
    queues,
)
from cotdesk.services.access import RestrictedCase
from cotdesk.services.audit_log import verify_chain
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor

TODAY = date(2026, 11, 24)


@pytest.fixture
def colleague(db: Database, office_id: uuid.UUID) -> Actor:
    """An operator of the same office, not assigned to the case."""
    return make_actor(db, office_id, Role.OPERATOR, "luca.collega")


@pytest.fixture
def admin(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.ADMIN, "rete.admin")


@pytest.fixture
def case_id(db: Database, operator: Actor) -> uuid.UUID:
    """A restricted case assigned to ``operator``, with an assessment and a note."""
    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Bianchi", first_name="Anna"), today=TODAY
        )
        consents.record_notice(uow, person.id)
        case = cases.open_case(
            uow,
            person.id,
            areas=["adulti_famiglie"],
            assigned_operator_id=operator.operator_id,
            summary="Segnalazione CAV",
            today=TODAY,
        )
        uow.flush()
        assessments.record_assessment(
            uow,
            case.id,
            [assessments.NeedInput(_a_need(uow), Severity.SEVERE)],
            narrative="Racconto riservato",
            today=TODAY,
        )
        cases.add_note(uow, case.id, "Colloquio protetto")
        uow.commit()
        the_case = case.id
    access.set_restricted(db, operator, the_case, True, reason="violenza domestica")
    return the_case


def _a_need(uow: UnitOfWork) -> str:
    from cotdesk.db.models import Need

    code = uow.session.scalar(select(Need.code).where(Need.area_code == "adulti_famiglie"))
    assert code is not None
    return code


def _events(db: Database, action: str, case_id: uuid.UUID) -> list[AuditEvent]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == action, AuditEvent.entity_id == case_id
                )
            )
        )


def test_the_assigned_operator_and_the_supervisor_read_the_content(
    db: Database, operator: Actor, supervisor: Actor, case_id: uuid.UUID
) -> None:
    for who in (operator, supervisor):
        page = case_view.case_page(db, who, case_id)
        assert page.header.summary == "Segnalazione CAV"
        assert any(e.text == "Colloquio protetto" for e in page.timeline)
        assert page.latest_assessment is not None
        assert page.latest_assessment.narrative == "Racconto riservato"
        assert case_view.assessment_view(db, who, case_id) is not None
        assert access.case_access(db, who, case_id).readable


def test_an_unassigned_operator_sees_only_that_the_case_exists(
    db: Database, colleague: Actor, case_id: uuid.UUID
) -> None:
    with pytest.raises(RestrictedCase) as raised:
        case_view.case_page(db, colleague, case_id)
    info = raised.value.info
    assert info.reference.startswith("M05-")
    assert info.assigned_operator_name == "Giulia.Operatrice"
    assert info.status_label
    assert "riservata" in raised.value.message
    assert "motivo" in raised.value.message
    assert "CAV" not in raised.value.message

    for read in (
        lambda: case_view.assessment_view(db, colleague, case_id),
        lambda: case_view.record_case_view(db, colleague, case_id),
    ):
        with pytest.raises(RestrictedCase):
            read()
    for write in (
        lambda uow: cases.add_note(uow, case_id, "curiosità"),
        lambda uow: cases.assign(uow, case_id, colleague.operator_id),
        lambda uow: cases.set_follow_up(uow, case_id, None, today=TODAY),
    ):
        with pytest.raises(RestrictedCase), UnitOfWork(db, colleague) as uow:
            write(uow)

    state = access.case_access(db, colleague, case_id)
    assert state.restricted
    assert not state.readable
    assert not state.may_change_restriction


def test_the_person_page_and_the_queues_hide_the_content(
    db: Database, operator: Actor, colleague: Actor, supervisor: Actor, case_id: uuid.UUID
) -> None:
    person_id = case_view.case_page(db, operator, case_id).header.person_id
    mine = person_view.view_person(db, operator, person_id).cases[0]
    theirs = person_view.view_person(db, colleague, person_id).cases[0]
    assert not mine.hidden
    assert mine.area_labels
    assert theirs.hidden
    assert theirs.restricted
    assert theirs.area_labels == ()
    assert theirs.reference == mine.reference
    assert theirs.assigned_operator_name == mine.assigned_operator_name
    assert person_view.view_person(db, supervisor, person_id).cases[0].hidden is False

    with UnitOfWork(db, operator) as uow:
        cases.change_status(
            uow, case_id, CaseStatus.CLOSURE_REQUESTED, reason="esito riservato", today=TODAY
        )
        uow.commit()
    (seen,) = queues.queue_rows(db, colleague, queues.QueueKind.APPROVALS, today=TODAY)
    assert (seen.case_id, seen.person_name, seen.detail, seen.areas) == (
        case_id,
        "(riservato)",
        "",
        (),
    )
    assert seen.reference == mine.reference
    (full,) = queues.queue_rows(db, supervisor, queues.QueueKind.APPROVALS, today=TODAY)
    assert (full.person_name, full.detail) == ("Bianchi Anna", "esito riservato")


def test_an_administrator_is_not_the_offices_supervisor(
    db: Database, admin: Actor, case_id: uuid.UUID
) -> None:
    with pytest.raises(RestrictedCase):
        case_view.case_page(db, admin, case_id)
    access.break_glass(db, admin, case_id, "verifica tecnica richiesta dal DPO")
    assert case_view.case_page(db, admin, case_id).header.summary == "Segnalazione CAV"


def test_break_the_glass_grants_until_the_end_of_the_day_and_is_audited(
    db: Database, colleague: Actor, supervisor: Actor, case_id: uuid.UUID
) -> None:
    with pytest.raises(ValidationError, match="motivo"):
        access.break_glass(db, colleague, case_id, "  perché  ")

    until = access.break_glass(db, colleague, case_id, "Utente presente allo sportello, urgenza")

    # Until the next midnight in Rome.
    now = datetime.now(UTC)
    assert now < until <= now + timedelta(days=1, hours=1)
    assert until == access.grant_expiry(now)
    page = case_view.case_page(db, colleague, case_id)
    assert page.header.summary == "Segnalazione CAV"
    state = access.case_access(db, colleague, case_id)
    assert state.readable
    assert state.why == "grant"
    assert state.grant_until == until
    with UnitOfWork(db, colleague) as uow:  # the grant covers acting on it too
        cases.add_note(uow, case_id, "Visto con l'utente presente")
        uow.commit()

    (event,) = _events(db, access.BREAK_GLASS, case_id)
    assert event.operator_id == colleague.operator_id
    assert event.detail["reason"] == "Utente presente allo sportello, urgenza"
    assert verify_chain(db).ok

    listed = access.break_glass_accesses(db, supervisor)
    assert [(r.case_id, r.operator_name, r.active) for r in listed] == [
        (case_id, "Luca.Collega", True)
    ]
    assert listed[0].reason.startswith("Utente presente")
    with pytest.raises(PermissionDenied):
        access.break_glass_accesses(db, colleague)


def test_a_grant_expires(db: Database, colleague: Actor, case_id: uuid.UUID) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=2)
    until = access.break_glass(
        db, colleague, case_id, "Accesso di ieri per un'urgenza", now=yesterday
    )
    assert until < datetime.now(UTC)
    with pytest.raises(RestrictedCase):
        case_view.case_page(db, colleague, case_id)
    # ... and while it lasted, it worked:
    assert access.case_access(db, colleague, case_id, now=yesterday).readable


def test_only_the_assigned_operator_or_the_supervisor_change_the_restriction(
    db: Database, operator: Actor, colleague: Actor, supervisor: Actor, case_id: uuid.UUID
) -> None:
    with pytest.raises(PermissionDenied):
        access.set_restricted(db, colleague, case_id, False)
    access.set_restricted(db, supervisor, case_id, False, reason="chiusa la fase acuta")
    assert case_view.case_page(db, colleague, case_id).header.summary == "Segnalazione CAV"
    with pytest.raises(ValidationError, match="non è riservata"):
        access.break_glass(db, colleague, case_id, "non serve più chiederlo")
    access.set_restricted(db, operator, case_id, True)
    with pytest.raises(RestrictedCase):
        case_view.case_page(db, colleague, case_id)
    changes = _events(db, "restrict", case_id)
    assert [e.detail["restricted"] for e in changes] == [True, False, True]
