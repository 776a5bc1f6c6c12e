"""Unmet needs: the municipio and area they are counted in, the timeline, resolution."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, CaseEvent, UnmetNeed
from cotdesk.domain.needs import Severity
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, ValidationError
from cotdesk.services.matching import ReferralRequest, create_referrals, referral_context
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.services.unmet_needs import list_unmet_needs, record_unmet_need
from tests.factories import make_actor, make_office
from tests.unit.test_matching import ELDERLY, HOUSING, add_case, add_services

TODAY = date(2026, 11, 24)
LATER = date(2026, 12, 10)


def _record(
    db: Database, actor: Actor, case_id: object, need: str = ELDERLY, notes: str = ""
) -> UnmetNeed:
    with UnitOfWork(db, actor) as uow:
        unmet = record_unmet_need(uow, case_id, need, notes=notes, today=TODAY)  # type: ignore[arg-type]
        uow.commit()
        return unmet


def test_an_unmet_need_is_counted_in_the_persons_district_and_the_needs_area(
    db: Database, operator: Actor
) -> None:
    _, case_id = add_case(db, operator, district="rm_m07", needs=((ELDERLY, Severity.SEVERE),))
    unmet = _record(db, operator, case_id, notes="Nessun SAD con posti nel municipio")
    with db.read_session() as session:
        row = session.get(UnmetNeed, unmet.id)
        assert row is not None
        assert (row.district_code, row.area_code) == ("rm_m07", "anziani")
        assert (row.recorded_on, row.operator_id) == (TODAY, operator.operator_id)
        assert row.resolved_on is None
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == "unmet_need")
        ).one()
        assert event.text == (
            "Bisogno senza risposta: Assistenza domiciliare (SAD) "
            "(Nessun SAD con posti nel municipio)"
        )
        assert event.data["need_code"] == ELDERLY
        audit = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == unmet.id)).one()
        assert (audit.action, audit.entity) == ("create", "unmet_need")


def test_without_a_district_the_offices_is_used(db: Database, operator: Actor) -> None:
    _, case_id = add_case(db, operator, district=None)
    unmet = _record(db, operator, case_id)
    assert unmet.district_code == "rm_m05"  # the office's (tests.factories)


def test_the_same_open_unmet_need_is_not_recorded_twice(db: Database, operator: Actor) -> None:
    _, case_id = add_case(db, operator)
    _record(db, operator, case_id)
    with pytest.raises(ValidationError, match="già registrato come senza risposta dal 24/11/2026"):
        _record(db, operator, case_id)
    with pytest.raises(ValidationError, match="Bisogno sconosciuto"):
        _record(db, operator, case_id, need="non_esiste")


def test_another_office_cannot_record_or_list(db: Database, operator: Actor) -> None:
    _, case_id = add_case(db, operator)
    other = make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.operatore")
    with pytest.raises(PermissionDenied):
        _record(db, other, case_id)
    with pytest.raises(PermissionDenied):
        list_unmet_needs(db, other, case_id)


def test_listing_and_resolution_by_a_later_referral(db: Database, operator: Actor) -> None:
    services = add_services(db)
    _, case_id = add_case(db, operator)
    _record(db, operator, case_id, need=HOUSING)
    _record(db, operator, case_id, need=ELDERLY)
    listed = list_unmet_needs(db, operator, case_id)
    assert {(v.need_label, v.area_label, v.open) for v in listed} == {
        ("Alloggio ed emergenza abitativa", "Servizi per adulti e famiglie", True),
        ("Assistenza domiciliare (SAD)", "Servizi per anziani", True),
    }
    assert listed[0].operator_name == operator.full_name
    context = referral_context(db, operator, case_id)
    assert {n.code for n in context.needs if n.unmet_recorded} == {HOUSING}

    created = create_referrals(
        db,
        operator,
        case_id,
        [ReferralRequest(services["housing_m5_free_ar"], (HOUSING,))],
        mark_sent=False,
        today=LATER,
    )
    listed = list_unmet_needs(db, operator, case_id)
    assert [(v.need_code, v.resolved_on) for v in listed] == [(ELDERLY, None), (HOUSING, LATER)]
    with db.read_session() as session:
        texts = session.scalars(
            select(CaseEvent.text).where(
                CaseEvent.case_id == case_id, CaseEvent.kind == "unmet_need"
            )
        ).all()
    assert (
        f"Bisogno senza risposta risolto: Alloggio ed emergenza abitativa "
        f"(invio {created[0].reference})"
    ) in texts
    # resolved: it may be recorded again later
    _record(db, operator, case_id, need=HOUSING)
