"""Read models of the case page, on a real desk database built through the services."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Partner, Service
from cotdesk.domain.cases import CaseStatus, Channel
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import PriorityLevel, Vulnerability
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied
from cotdesk.services import assessments, case_view, cases, consents, persons, referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 11, 24)


def _person(db: Database, actor: Actor, *, notice: bool = True) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow, persons.PersonData(last_name="Rossi", first_name="Mario"), today=TODAY
        )
        if notice:
            consents.record_notice(uow, person.id)
        uow.commit()
        return person.id


def _case(db: Database, actor: Actor, person_id: uuid.UUID, **kwargs: object) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        case = cases.open_case(
            uow,
            person_id,
            areas=["adulti_famiglie"],
            today=TODAY,
            **kwargs,  # type: ignore[arg-type]
        )
        uow.commit()
        return case.id


def _service(db: Database) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        partner = Partner(name="Cooperativa Il Girasole", partner_type_code="cooperativa_sociale")
        uow.session.add(partner)
        uow.flush()
        service = Service(partner_id=partner.id, name="Sportello lavoro", areas=["adulti_famiglie"])
        uow.session.add(service)
        uow.commit()
        return service.id


def test_the_page_data_names_people_and_shows_rome_times(db: Database, operator: Actor) -> None:
    person_id = _person(db, operator)
    case_id = _case(
        db,
        operator,
        person_id,
        assigned_operator_id=operator.operator_id,
        channel=Channel.REPORT_SCHOOL,
        reporter_organisation="IC Via Roma",
        reporter_name="Prof.ssa Bianchi",
    )
    with UnitOfWork(db, operator) as uow:
        cases.add_note(uow, case_id, "Ha chiamato la figlia", kind="call")
        uow.commit()

    page = case_view.case_page(db, operator, case_id)

    header = page.header
    assert header.reference.startswith("M05-2026-")
    assert header.person_name == "Rossi Mario"
    assert (header.status, header.status_label) == (CaseStatus.IN_PROGRESS, "In carico")
    assert header.area_labels == ("Servizi per adulti e famiglie",)
    assert header.assigned_operator_name == "Giulia.Operatrice"
    assert header.reporter == "IC Via Roma, Prof.ssa Bianchi"
    assert header.channel_label == "Segnalazione della scuola"
    assert not header.assessed
    assert not header.consent_emergency_open
    assert [entry.kind for entry in page.timeline] == ["status", "call"]
    call = page.timeline[-1]
    assert call.operator_name == "Giulia.Operatrice"
    assert call.text == "Ha chiamato la figlia"
    assert call.occurred_at.tzinfo is case_view.LOCAL_ZONE
    assert page.referrals == ()
    assert page.versions == ()
    assert page.latest_assessment is None


def test_an_emergency_case_is_flagged_until_the_notice_is_recorded(
    db: Database, operator: Actor
) -> None:
    person_id = _person(db, operator, notice=False)
    case_id = _case(db, operator, person_id, emergency_without_notice=True)
    assert case_view.case_page(db, operator, case_id).header.consent_emergency_open
    assert not case_view.person_for_case(db, operator, person_id).notice_given
    with UnitOfWork(db, operator) as uow:
        consents.record_notice(uow, person_id)
        uow.commit()
    assert not case_view.case_page(db, operator, case_id).header.consent_emergency_open
    assert case_view.person_for_case(db, operator, person_id).notice_given


def test_referrals_carry_service_partner_and_status_labels(db: Database, operator: Actor) -> None:
    case_id = _case(db, operator, _person(db, operator))
    service_id = _service(db)
    with UnitOfWork(db, operator) as uow:
        referral = referrals.create_referral(
            uow, case_id, service_id, need_codes=["lavoro_orientamento"], today=TODAY
        )
        referrals.move_referral(uow, referral.id, ReferralStatus.SENT, today=TODAY)
        uow.commit()
    (row,) = case_view.case_page(db, operator, case_id).referrals
    assert (row.service_name, row.partner_name) == ("Sportello lavoro", "Cooperativa Il Girasole")
    assert (row.status, row.status_label, row.sent_on) == (
        ReferralStatus.SENT,
        "Inviato",
        TODAY,
    )
    assert row.need_labels == ("Lavoro e orientamento",)


def test_every_assessment_version_stays_readable(db: Database, operator: Actor) -> None:
    case_id = _case(db, operator, _person(db, operator))
    with UnitOfWork(db, operator) as uow:
        assessments.record_assessment(
            uow,
            case_id,
            [assessments.NeedInput("emergenza_abitativa", Severity.SEVERE, "Sfratto a gennaio")],
            narrative="Prima valutazione",
            today=TODAY,
        )
        uow.commit()
    with UnitOfWork(db, operator) as uow:
        assessments.record_assessment(
            uow,
            case_id,
            [
                assessments.NeedInput("emergenza_abitativa", Severity.CRITICAL),
                assessments.NeedInput("pasti_domicilio", Severity.MILD),
            ],
            vulnerabilities=[Vulnerability.NO_INCOME],
            today=TODAY,
        )
        uow.commit()

    page = case_view.case_page(db, operator, case_id)
    assert [v.version for v in page.versions] == [2, 1]
    assert page.header.assessed
    assert page.header.areas == ("adulti_famiglie", "anziani")
    latest = page.latest_assessment
    assert latest is not None
    assert latest.version == 2
    assert [(n.label, n.severity_label) for n in latest.needs] == [
        ("Alloggio ed emergenza abitativa", "Gravissimo"),
        ("Pasti a domicilio", "Lieve"),
    ]
    assert latest.vulnerability_labels == ("Nessun reddito",)
    assert latest.priority_level in (PriorityLevel.HIGH, PriorityLevel.URGENT)
    first = case_view.assessment_view(db, operator, case_id, 1)
    assert first is not None
    assert first.narrative == "Prima valutazione"
    assert [(n.code, n.severity, n.notes) for n in first.needs] == [
        ("emergenza_abitativa", Severity.SEVERE, "Sfratto a gennaio")
    ]
    assert first.priority_reasons[0].startswith("Bisogno grave: Alloggio")
    assert case_view.assessment_view(db, operator, case_id, 7) is None


def test_another_office_cannot_read_the_case(db: Database, operator: Actor) -> None:
    case_id = _case(db, operator, _person(db, operator))
    elsewhere = make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.operatore")
    with pytest.raises(PermissionDenied):
        case_view.case_page(db, elsewhere, case_id)
    with pytest.raises(NotFound):
        case_view.case_page(db, operator, uuid.uuid4())


def test_opening_the_page_is_audited(db: Database, operator: Actor) -> None:
    case_id = _case(db, operator, _person(db, operator))
    before = datetime.now(UTC)
    case_view.record_case_view(db, operator, case_id)
    with db.read_session() as session:
        views = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == case_id, AuditEvent.action == "view")
        ).all()
    assert len(views) == 1
    assert views[0].operator_id == operator.operator_id
    assert views[0].occurred_at >= before.replace(microsecond=0)


def test_office_operators_lists_the_active_colleagues(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.operatore")
    names = [option.full_name for option in case_view.office_operators(db, operator)]
    assert names == ["Giulia.Operatrice", "Marco.Coordinatore"]


def test_today_is_the_date_in_rome() -> None:
    late_evening_utc = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert case_view.today_in_rome(late_evening_utc) == date(2026, 11, 25)
