"""The partner directory: role rules, five-year agreements, renewals, alerts, filters."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from cotdesk.db.database import Database
from cotdesk.domain.agreements import AgreementState, default_end_on, renewal_start_on
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services import directory
from cotdesk.services.directory import PartnerFilter, PartnerInput, ServiceInput
from cotdesk.services.matching import agreement_status
from cotdesk.services.unit_of_work import Actor
from tests.factories import make_actor

TODAY = date(2026, 11, 25)


@pytest.fixture
def admin(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")


def _partner(db: Database, admin: Actor, name: str = "Coop. Il Ponte", **kw: object) -> uuid.UUID:
    data = PartnerInput(name=name, partner_type_code=str(kw.pop("type", "cooperativa_sociale")))
    if kw:
        data = PartnerInput(**{**data.__dict__, **kw})  # type: ignore[arg-type]
    return directory.create_partner(db, admin, data)


def test_default_end_is_five_years_less_a_day() -> None:
    assert default_end_on(date(2026, 3, 1)) == date(2031, 2, 28)
    assert default_end_on(date(2024, 2, 29)) == date(2029, 2, 27)
    assert renewal_start_on(date(2031, 2, 28)) == date(2031, 3, 1)


def test_agreement_status_is_the_same_object_in_matching() -> None:
    from cotdesk.domain import agreements

    assert agreement_status is agreements.agreement_status


def test_only_the_admin_edits(
    db: Database, admin: Actor, operator: Actor, supervisor: Actor
) -> None:
    pid = _partner(db, admin)
    for who in (operator, supervisor):
        with pytest.raises(PermissionDenied, match="amministratore di rete"):
            directory.create_partner(db, who, PartnerInput("X", "associazione"))
        with pytest.raises(PermissionDenied):
            directory.update_partner(db, who, pid, PartnerInput("X", "associazione"))
        with pytest.raises(PermissionDenied):
            directory.save_service(db, who, pid, ServiceInput("Mensa"))
        with pytest.raises(PermissionDenied):
            directory.add_agreement(db, who, pid, date(2026, 1, 1))
    # but everyone browses
    assert [row.name for row in directory.list_partners(db, operator)] == ["Coop. Il Ponte"]
    assert directory.partner_detail(db, operator, pid).name == "Coop. Il Ponte"


def test_validation_messages(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="nome"):
        directory.create_partner(db, admin, PartnerInput("  ", "associazione"))
    with pytest.raises(ValidationError, match="tipologia"):
        directory.create_partner(db, admin, PartnerInput("X", "boh"))
    with pytest.raises(ValidationError, match="Municipio sconosciuto"):
        directory.create_partner(
            db, admin, PartnerInput("X", "associazione", districts_served=("rm_m99",))
        )
    pid = _partner(db, admin)
    with pytest.raises(ValidationError, match="forma di costo"):
        directory.save_service(db, admin, pid, ServiceInput("Mensa", cost_form="boh"))
    with pytest.raises(ValidationError, match="prima dell'inizio"):
        directory.add_agreement(db, admin, pid, date(2026, 1, 1), date(2025, 1, 1))


def test_partner_and_service_edits(db: Database, admin: Actor) -> None:
    pid = _partner(db, admin, districts_served=("rm_m05", "rm_m06"), phone="06 1234567")
    directory.update_partner(
        db,
        admin,
        pid,
        PartnerInput(
            "Coop. Il Ponte onlus",
            "cooperativa_sociale",
            districts_served=("rm_m05",),
            email="info@ilponte.it",
        ),
    )
    sid = directory.save_service(
        db,
        admin,
        pid,
        ServiceInput("Doposcuola", areas=("minori",), languages=("it", "ar"), capacity=20),
    )
    directory.save_service(db, admin, pid, ServiceInput("Doposcuola e merenda"), sid)
    detail = directory.partner_detail(db, admin, pid, today=TODAY)
    assert detail.name == "Coop. Il Ponte onlus"
    assert detail.districts_served == ("rm_m05",)
    assert detail.email == "info@ilponte.it"
    assert [s.name for s in detail.services] == ["Doposcuola e merenda"]
    assert detail.agreement.state is AgreementState.NONE
    with pytest.raises(NotFound):
        directory.partner_detail(db, admin, uuid.uuid4())


def test_agreement_defaults_renewal_and_history(db: Database, admin: Actor) -> None:
    pid = _partner(db, admin)
    first = directory.add_agreement(db, admin, pid, date(2021, 12, 1), protocol_number="12/2021")
    detail = directory.partner_detail(db, admin, pid, today=TODAY)
    assert detail.agreements[0].end_on == date(2026, 11, 30)
    assert detail.agreement.state is AgreementState.EXPIRING
    assert detail.current_agreement is not None
    assert detail.current_agreement.id == first

    second = directory.renew_agreement(db, admin, first, protocol_number="7/2026")
    detail = directory.partner_detail(db, admin, pid, today=TODAY)
    newest = detail.agreements[0]
    assert newest.id == second
    assert newest.renews_id == first
    assert newest.start_on == date(2026, 12, 1)
    assert newest.end_on == date(2031, 11, 30)
    assert detail.agreements[1].renewed
    assert detail.agreement.state is AgreementState.IN_FORCE
    assert detail.current_agreement is not None
    assert detail.current_agreement.id == second
    with pytest.raises(ValidationError, match="già stato rinnovato"):
        directory.renew_agreement(db, admin, first)
    # an explicit end
    third = directory.renew_agreement(db, admin, second, date(2033, 6, 30))
    assert directory.partner_detail(db, admin, pid).agreements[0].id == third


def test_alerts_expiring_and_lapsed(db: Database, admin: Actor, operator: Actor) -> None:
    soon = _partner(db, admin, "Associazione Presto")
    directory.add_agreement(db, admin, soon, date(2022, 1, 1), date(2026, 12, 20))
    lapsed = _partner(db, admin, "Fondazione Passata", type="fondazione")
    directory.add_agreement(db, admin, lapsed, date(2019, 1, 1), date(2026, 10, 31))
    fine = _partner(db, admin, "Caritas Bene", type="caritas")
    directory.add_agreement(db, admin, fine, date(2025, 1, 1))
    _partner(db, admin, "Nessuno")  # never had a protocol: not an alert

    alerts = directory.agreement_alerts(db, operator, today=TODAY)
    assert [(a.partner_name, a.state, a.days) for a in alerts] == [
        ("Associazione Presto", AgreementState.EXPIRING, 25),
        ("Fondazione Passata", AgreementState.LAPSED, 25),
    ]
    rows = {r.name: r for r in directory.list_partners(db, operator, today=TODAY)}
    assert rows["Fondazione Passata"].flagged
    assert rows["Nessuno"].flagged
    assert not rows["Caritas Bene"].flagged


def test_filters(db: Database, admin: Actor, operator: Actor) -> None:
    a = _partner(
        db, admin, "Sant'Egidio Solidale", type="associazione", districts_served=("rm_m05",)
    )
    directory.add_agreement(db, admin, a, date(2025, 1, 1))
    _partner(db, admin, "Farmacia Centrale", type="farmacia", districts_served=("rm_m03",))
    _partner(db, admin, "Croce Rossa Roma", type="croce_rossa")  # whole city

    def names(**kw: object) -> list[str]:
        flt = PartnerFilter(**kw)  # type: ignore[arg-type]
        return [r.name for r in directory.list_partners(db, operator, flt, today=TODAY)]

    assert names(text="santegidio") == ["Sant'Egidio Solidale"]
    assert names(text="EGIDIO") == ["Sant'Egidio Solidale"]
    assert names(partner_type="farmacia") == ["Farmacia Centrale"]
    assert names(sector="privato") == ["Farmacia Centrale"]
    assert names(district="rm_m05") == ["Croce Rossa Roma", "Sant'Egidio Solidale"]
    assert names(agreement_state=AgreementState.IN_FORCE) == ["Sant'Egidio Solidale"]
    assert names(agreement_state=AgreementState.NONE) == ["Croce Rossa Roma", "Farmacia Centrale"]


def test_lapsed_partner_services_are_flagged_in_matching(db: Database, admin: Actor) -> None:
    """The directory's rule and the referral dialog's rule are one and the same."""
    pid = _partner(db, admin, "Fondazione Passata", type="fondazione")
    directory.add_agreement(db, admin, pid, date(2019, 1, 1), date(2026, 10, 31))
    row = directory.list_partners(db, admin, today=TODAY)[0]
    assert row.agreement.state is AgreementState.LAPSED
    assert row.agreement == agreement_status([(date(2019, 1, 1), date(2026, 10, 31))], TODAY)
