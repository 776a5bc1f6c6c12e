"""Use cases on a real desk database: roles, offices, consent, lifecycles, audit, outbox."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, CaseEvent, OutboxEntry, Partner, Person, Service
from cotdesk.domain.cases import CaseStatus, Channel
from cotdesk.domain.identity import InvalidCodiceFiscale
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import InvalidTransition, PermissionDenied, ValidationError
from cotdesk.services import cases, consents, persons, referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 11, 24)
MARIO = persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code="RSSMRA85T10A562S")


def _register(db: Database, actor: Actor, data: persons.PersonData = MARIO) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(uow, data, today=TODAY)
        uow.commit()
        return person.id


def _with_notice(db: Database, actor: Actor, person_id: uuid.UUID) -> None:
    with UnitOfWork(db, actor) as uow:
        consents.record_notice(uow, person_id)
        consents.give_consent(uow, person_id, ["presa_in_carico", "condivisione_rete"])
        uow.commit()


def _open_case(db: Database, actor: Actor, person_id: uuid.UUID) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        case = cases.open_case(uow, person_id, areas=["adulti_famiglie"], today=TODAY)
        uow.commit()
        return case.id


# ------------------------------------------------------------------ persons


def test_registering_with_a_codice_fiscale_fills_birth_data(db: Database, operator: Actor) -> None:
    person_id = _register(db, operator)
    with db.read_session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert person.birth_date == date(1985, 12, 10)
        assert person.sex == "M"
        assert person.birth_place_code == "A562"
        assert person.identity_kind == "cf"
        assert person.office_id == operator.office_id
        audit = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == person_id)).one()
        assert (audit.action, audit.operator_id) == ("create", operator.operator_id)


def test_an_invalid_codice_fiscale_says_why_and_saves_nothing(
    db: Database, operator: Actor
) -> None:
    bad = persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code="RSSMRA85T10A562T")
    with pytest.raises(InvalidCodiceFiscale, match="carattere di controllo"):
        _register(db, operator, bad)
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_codice_fiscale_that_contradicts_the_typed_data_is_refused(
    db: Database, operator: Actor
) -> None:
    wrong_name = persons.PersonData(
        last_name="Bianchi", first_name="Mario", fiscal_code="RSSMRA85T10A562S"
    )
    with pytest.raises(ValidationError, match="cognome") as info:
        _register(db, operator, wrong_name)
    assert info.value.field == "last_name"
    wrong_date = persons.PersonData(
        last_name="Rossi",
        first_name="Mario",
        fiscal_code="RSSMRA85T10A562S",
        birth_date=date(1985, 12, 11),
    )
    with pytest.raises(ValidationError) as info:
        _register(db, operator, wrong_date)
    assert info.value.field == "birth_date"


def test_the_same_codice_fiscale_cannot_be_registered_twice(db: Database, operator: Actor) -> None:
    _register(db, operator)
    with pytest.raises(ValidationError, match="Esiste già una persona"):
        _register(db, operator)


def test_stp_code_and_no_code(db: Database, operator: Actor) -> None:
    stp = persons.PersonData(
        last_name="Hossain",
        first_name="Mohammad",
        foreign_code="stp 120 101 0000123",
        birth_date=date(1990, 5, 1),
        sex="M",
    )
    none = persons.PersonData(last_name="Senza", first_name="Codice")
    stp_id, none_id = _register(db, operator, stp), _register(db, operator, none)
    with db.read_session() as session:
        stp_person, none_person = session.get(Person, stp_id), session.get(Person, none_id)
        assert stp_person is not None
        assert none_person is not None
        assert (stp_person.identity_kind, stp_person.foreign_code) == ("stp", "STP1201010000123")
        assert (none_person.identity_kind, none_person.fiscal_code) == ("none", None)


def test_a_birth_date_in_the_future_is_refused(db: Database, operator: Actor) -> None:
    future = persons.PersonData(last_name="Futuro", first_name="Nato", birth_date=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="futuro") as info, UnitOfWork(db, operator) as uow:
        persons.register_person(uow, future, today=TODAY)
    assert info.value.field == "birth_date"


def test_an_operator_of_another_office_cannot_change_a_person(
    db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    other_office = make_office(db, "M11", "rm_m11")
    stranger = make_actor(db, other_office, Role.OPERATOR, "altro.sportello")
    with pytest.raises(PermissionDenied, match="altro sportello"), UnitOfWork(db, stranger) as uow:
        persons.update_person(uow, person_id, MARIO, today=TODAY)


def test_correcting_a_person_records_only_the_changed_fields(db: Database, operator: Actor) -> None:
    person_id = _register(db, operator)
    with UnitOfWork(db, operator) as uow:
        persons.update_person(
            uow,
            person_id,
            persons.PersonData(
                last_name="Rossi",
                first_name="Mario",
                fiscal_code="RSSMRA85T10A562S",
                phone="333  1234567",
            ),
            today=TODAY,
        )
        uow.commit()
    with db.read_session() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "person").order_by(OutboxEntry.sequence)
        ).all()[-1]
        assert entry.op == "update"
        assert entry.changes == {"phone": "333 1234567"}


# ------------------------------------------------------------------ consent and cases


def test_a_case_needs_the_privacy_notice_unless_it_is_an_emergency(
    db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    with pytest.raises(ValidationError, match="informativa privacy"):
        _open_case(db, operator, person_id)
    with UnitOfWork(db, operator) as uow:
        case = cases.open_case(
            uow, person_id, areas=["adulti_famiglie"], emergency_without_notice=True, today=TODAY
        )
        uow.commit()
    assert case.consent_emergency is True
    _with_notice(db, operator, person_id)
    assert _open_case(db, operator, person_id)


def test_withdrawal_is_recorded_and_never_deletes_the_history(
    db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    with UnitOfWork(db, operator) as uow:
        consents.withdraw_consent(uow, person_id, ["condivisione_rete"], notes="Chiesto a voce")
        uow.commit()
    with db.read_session() as session:
        status = consents.consent_status(session, person_id)
        assert status.notice_given
        assert status.purposes == {"presa_in_carico"}
        acts = session.scalars(select(consents.Consent.action)).all()
        assert sorted(acts) == ["given", "notice_given", "withdrawn"]


def test_reports_need_the_reporter(db: Database, operator: Actor) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    with pytest.raises(ValidationError, match="scuola") as info, UnitOfWork(db, operator) as uow:
        cases.open_case(
            uow, person_id, areas=["minori"], channel=Channel.REPORT_SCHOOL, today=TODAY
        )
    assert info.value.field == "reporter"


def test_closure_needs_the_supervisor_and_lands_on_the_timeline(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id)
    with UnitOfWork(db, operator) as uow:
        cases.assign(uow, case_id, operator.operator_id)
        cases.change_status(
            uow, case_id, CaseStatus.CLOSURE_REQUESTED, reason="Bisogno risolto", today=TODAY
        )
        uow.commit()
    with pytest.raises(PermissionDenied, match="coordinatore"), UnitOfWork(db, operator) as uow:
        cases.change_status(uow, case_id, CaseStatus.CLOSED, today=TODAY)
    with UnitOfWork(db, supervisor) as uow:
        cases.change_status(uow, case_id, CaseStatus.CLOSED, today=TODAY)
        uow.commit()
    with db.read_session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.status, case.closed_on, case.closure_reason) == (
            "closed",
            TODAY,
            "Bisogno risolto",
        )
        kinds = session.scalars(
            select(CaseEvent.kind)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.occurred_at)
        ).all()
        assert kinds == ["status", "assignment", "status", "status"]


def test_an_operator_cannot_assign_a_case_to_a_colleague(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id)
    with pytest.raises(PermissionDenied), UnitOfWork(db, operator) as uow:
        cases.assign(uow, case_id, supervisor.operator_id)


def test_a_follow_up_in_the_past_is_refused(db: Database, operator: Actor) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id)
    with pytest.raises(ValidationError, match="passato"), UnitOfWork(db, operator) as uow:
        cases.set_follow_up(uow, case_id, date(2026, 11, 1), today=TODAY)


# ------------------------------------------------------------------ referrals


def _service(db: Database) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        partner = Partner(
            name="Cooperativa Sociale Il Girasole", partner_type_code="cooperativa_sociale"
        )
        uow.session.add(partner)
        uow.flush()
        service = Service(partner_id=partner.id, name="Sportello lavoro", areas=["adulti_famiglie"])
        uow.session.add(service)
        uow.commit()
        return service.id


def test_a_referral_follows_its_state_machine_and_records_each_step(
    db: Database, operator: Actor
) -> None:
    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id)
    service_id = _service(db)
    with UnitOfWork(db, operator) as uow:
        referral = referrals.create_referral(uow, case_id, service_id, need_codes=[], today=TODAY)
        uow.commit()
    assert referral.reference.startswith("INV-M05-2026-")
    with pytest.raises(InvalidTransition, match="Bozza"), UnitOfWork(db, operator) as uow:
        referrals.move_referral(uow, referral.id, ReferralStatus.COMPLETED, today=TODAY)
    with UnitOfWork(db, operator) as uow:
        referrals.move_referral(uow, referral.id, ReferralStatus.SENT, today=TODAY)
        uow.commit()
    with pytest.raises(ValidationError, match="motivo"), UnitOfWork(db, operator) as uow:
        referrals.move_referral(uow, referral.id, ReferralStatus.DECLINED, today=TODAY)
    with UnitOfWork(db, operator) as uow:
        referrals.move_referral(
            uow,
            referral.id,
            ReferralStatus.DECLINED,
            reason="Nessun posto disponibile",
            partner_answer="Lista d'attesa piena fino a marzo",
            today=TODAY,
        )
        uow.commit()
    with db.read_session() as session:
        stored = session.get(referrals.Referral, referral.id)
        assert stored is not None
        assert (stored.status, stored.sent_on, stored.answered_on) == ("declined", TODAY, TODAY)
        assert stored.outcome == "Nessun posto disponibile"
        events = session.scalars(
            select(CaseEvent.text)
            .where(CaseEvent.referral_id == referral.id)
            .order_by(CaseEvent.occurred_at)
        ).all()
        assert len(events) == 3
        assert "Rifiutato" in events[-1]


# ------------------------------------------------------------------ assessments


def test_each_assessment_is_a_new_version_with_its_priority_reasons(
    db: Database, operator: Actor
) -> None:
    from cotdesk.domain.needs import Severity
    from cotdesk.domain.priority import Vulnerability
    from cotdesk.services import assessments

    person_id = _register(db, operator)
    _with_notice(db, operator, person_id)
    case_id = _open_case(db, operator, person_id)
    with db.read_session() as session:
        housing, food = session.scalars(
            select(assessments.Need.code)
            .where(assessments.Need.area_code == "adulti_famiglie")
            .order_by(assessments.Need.code)
            .limit(2)
        ).all()
    with UnitOfWork(db, operator) as uow:
        first, score = assessments.record_assessment(
            uow,
            case_id,
            [assessments.NeedInput(housing, Severity.SEVERE, "Sfratto esecutivo a gennaio")],
            vulnerabilities=[Vulnerability.MINOR_IN_HOUSEHOLD],
            today=TODAY,
        )
        uow.commit()
    assert first.version == 1
    assert score.score > 0
    assert any("+25" in reason for reason in score.reasons)
    with UnitOfWork(db, operator) as uow:
        second, second_score = assessments.record_assessment(
            uow,
            case_id,
            [
                assessments.NeedInput(housing, Severity.CRITICAL),
                assessments.NeedInput(food, Severity.MODERATE),
            ],
            vulnerabilities=[Vulnerability.MINOR_IN_HOUSEHOLD],
            today=TODAY,
        )
        uow.commit()
    assert second.version == 2
    assert second_score.score > score.score
    with db.read_session() as session:
        history = assessments.assessment_history(session, case_id)
        assert [a.version for a in history] == [2, 1]
        assert history[1].priority_score == score.score  # the old version is untouched
        case = session.get(Case, case_id)
        assert case is not None
        assert case.priority == second_score.score
    with pytest.raises(ValidationError, match="almeno un bisogno"), UnitOfWork(db, operator) as uow:
        assessments.record_assessment(uow, case_id, [], today=TODAY)
