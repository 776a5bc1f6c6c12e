"""Finding services for a case: the documented ranking, filters, protocols, referring."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Agreement, CaseEvent, Partner, Referral, Service
from cotdesk.domain.needs import Severity
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services import assessments, cases, consents, persons
from cotdesk.services.matching import (
    AgreementState,
    ReferralRequest,
    agreement_status,
    create_referrals,
    find_services,
    referral_context,
)
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 11, 24)
HOUSING = "emergenza_abitativa"
FOOD = "beni_prima_necessita"
ELDERLY = "sad_anziani"


@dataclass(frozen=True)
class Network:
    """A small network around one case: service ids by a short name."""

    case_id: uuid.UUID
    person_id: uuid.UUID
    services: dict[str, uuid.UUID]

    def names(self, ids: list[uuid.UUID]) -> list[str]:
        by_id = {value: key for key, value in self.services.items()}
        return [by_id[i] for i in ids]


#: name -> (partner district, districts served, needs, cost, languages, capacity, used,
#: agreement (start, end), active)
SERVICES: dict[
    str,
    tuple[
        str | None,
        list[str],
        list[str],
        str,
        list[str],
        int | None,
        int,
        tuple[date, date] | None,
        bool,
    ],
] = {
    "both_far_paid": (
        "rm_m07", ["rm_m07"], [HOUSING, FOOD], "a_pagamento", ["it"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "housing_m5_free_ar": (
        "rm_m05", ["rm_m05"], [HOUSING], "gratuito", ["it", "ar"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "housing_m5_full": (
        "rm_m05", ["rm_m05"], [HOUSING], "gratuito", ["it", "ar"], 10, 10,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "housing_m5_copay": (
        "rm_m05", ["rm_m05"], [HOUSING], "compartecipazione", ["it", "ar"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "housing_citywide": (
        None, [], [HOUSING], "gratuito", ["it", "ar"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "housing_m7_expiring": (
        "rm_m07", ["rm_m07"], [HOUSING], "gratuito", ["it"], 20, 5,
        (date(2024, 1, 11), date(2027, 1, 10)), True,
    ),
    "food_m5": (
        "rm_m05", ["rm_m05"], [FOOD], "gratuito", ["it", "ar"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
    "both_m5_lapsed": (
        "rm_m05", ["rm_m05"], [HOUSING, FOOD], "gratuito", ["it", "ar"], None, 0,
        (date(2021, 7, 1), date(2026, 6, 30)), True,
    ),
    "housing_inactive": (
        "rm_m05", ["rm_m05"], [HOUSING], "gratuito", ["it"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), False,
    ),
    "elderly_m5": (
        "rm_m05", ["rm_m05"], [ELDERLY], "gratuito", ["it"], None, 0,
        (date(2024, 1, 1), date(2028, 12, 31)), True,
    ),
}  # fmt: skip

EXPECTED_ORDER = [
    "both_far_paid",  # two needs covered beat everything else
    "housing_m5_free_ar",  # the gravissimo need, same municipio, Arabic, free
    "housing_m5_full",  # ... but no places left
    "housing_m5_copay",  # ... but co-payment
    "housing_citywide",  # serves the whole city
    "housing_m7_expiring",  # another municipio, Italian only, protocol expiring
    "food_m5",  # only the moderato need
    "both_m5_lapsed",  # lapsed protocol: last whatever its score
]


def add_services(
    db: Database, specs: dict[str, tuple[object, ...]] | None = None
) -> dict[str, uuid.UUID]:
    """Partners (one per service), their agreements and services, through the ORM."""
    ids: dict[str, uuid.UUID] = {}
    with UnitOfWork(db, None) as uow:
        for name, spec in (specs or SERVICES).items():  # type: ignore[attr-defined]
            district, served, needs, cost, langs, capacity, used, period, active = spec
            partner = Partner(
                name=f"Ente {name}",
                partner_type_code="associazione",
                address=f"Via {name} 1, Roma",
                district_code=district,
                districts_served=served,
            )
            uow.session.add(partner)
            uow.flush()
            if period is not None:
                uow.session.add(
                    Agreement(partner_id=partner.id, start_on=period[0], end_on=period[1])
                )
            service = Service(
                partner_id=partner.id,
                name=f"Servizio {name}",
                areas=sorted({"adulti_famiglie" if n != ELDERLY else "anziani" for n in needs}),
                needs_met=needs,
                cost_form=cost,
                languages=langs,
                capacity=capacity,
                capacity_used=used,
                district_code=district,
                address=f"Via {name} 1, Roma",
                schedule="lun-ven 9:00-13:00",
                active=active,
            )
            uow.session.add(service)
            uow.flush()
            ids[name] = service.id
        uow.commit()
    return ids


def add_case(
    db: Database,
    actor: Actor,
    *,
    district: str | None = "rm_m05",
    languages: tuple[str, ...] = ("ar", "it"),
    needs: tuple[tuple[str, Severity], ...] = (
        (HOUSING, Severity.CRITICAL),
        (FOOD, Severity.MODERATE),
    ),
    last_name: str = "Haddad",
) -> tuple[uuid.UUID, uuid.UUID]:
    """A person with consents, an open case and an assessment; (person id, case id)."""
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name=last_name,
                first_name="Samira",
                birth_date=date(1988, 3, 2),
                sex="F",
                languages=list(languages),
                district_code=district,
                phone="333 7654321",
            ),
            today=TODAY,
        )
        consents.record_notice(uow, person.id)
        consents.give_consent(uow, person.id, ["presa_in_carico", "condivisione_rete", "contatti"])
        case = cases.open_case(uow, person.id, areas=["adulti_famiglie"], today=TODAY)
        if needs:
            assessments.record_assessment(
                uow,
                case.id,
                [assessments.NeedInput(code, severity) for code, severity in needs],
                today=TODAY,
            )
        uow.commit()
        return person.id, case.id


def build_network(db: Database, actor: Actor) -> Network:
    services = add_services(db)
    person_id, case_id = add_case(db, actor)
    return Network(case_id, person_id, services)


@pytest.fixture
def network(db: Database, operator: Actor) -> Network:
    return build_network(db, operator)


def _ids(db: Database, actor: Actor, network: Network, **filters: object) -> list[str]:
    found = find_services(db, actor, network.case_id, today=TODAY, **filters)  # type: ignore[arg-type]
    return network.names([m.service_id for m in found])


# ------------------------------------------------------------------ ranking


def test_services_are_ranked_by_the_documented_rules(
    db: Database, operator: Actor, network: Network
) -> None:
    assert _ids(db, operator, network) == EXPECTED_ORDER


def test_each_match_says_why_in_italian(db: Database, operator: Actor, network: Network) -> None:
    found = find_services(db, operator, network.case_id, today=TODAY)
    best, local = found[0], found[1]
    assert best.needs_covered == (HOUSING, FOOD)  # the most severe first
    assert best.reasons[0] == (
        "Risponde a 2 bisogni: Alloggio ed emergenza abitativa (gravissimo), "
        "Beni di prima necessità e pacco alimentare (moderato)"
    )
    assert "In un altro municipio (Municipio VII (Appio-Latino/Tuscolano/Cinecittà))" in (
        best.reasons
    )
    assert "Parla italiano, non arabo" in best.reasons
    assert "A pagamento" in best.reasons
    assert local.same_district
    assert any(r.startswith("Nello stesso municipio della persona") for r in local.reasons)
    assert "Parla arabo, lingua della persona" in local.reasons
    assert local.cost_form_label == "Gratuito"
    assert local.capacity_label == "non indicata"
    assert local.agreement.label == "in vigore fino al 31/12/2028"
    assert local.district_label.startswith("Municipio V")
    assert local.language_labels == ("italiano", "arabo")
    full = found[2]
    assert full.capacity_label == "esauriti (0 su 10)"
    assert full.full
    expiring = found[5]
    assert expiring.agreement.state is AgreementState.EXPIRING
    assert expiring.agreement.label == "in scadenza il 10/01/2027"
    assert expiring.capacity_label == "15 liberi su 20"
    citywide = found[4]
    assert citywide.district_label == "Tutta la città"
    assert "Opera in tutta la città" in citywide.reasons


def test_a_lapsed_partner_is_flagged_and_last_not_hidden(
    db: Database, operator: Actor, network: Network
) -> None:
    found = find_services(db, operator, network.case_id, today=TODAY)
    lapsed = found[-1]
    assert network.names([lapsed.service_id]) == ["both_m5_lapsed"]
    assert lapsed.flagged
    assert lapsed.agreement.state is AgreementState.LAPSED
    assert lapsed.agreement.label == "SCADUTO il 30/06/2026"
    assert any("SCADUTO il 30/06/2026" in r and "coordinamento" in r for r in lapsed.reasons)
    # it covers two needs: without the flag it would have been first
    assert lapsed.score > found[0].score
    assert not any(m.flagged for m in found[:-1])


def test_the_office_district_counts_for_a_person_without_one(db: Database, operator: Actor) -> None:
    services = add_services(db)
    _, case_id = add_case(db, operator, district=None, languages=())
    found = find_services(db, operator, case_id, today=TODAY)
    local = next(m for m in found if m.service_id == services["housing_m5_free_ar"])
    assert any(r.startswith("Nello stesso municipio dello sportello") for r in local.reasons)
    # a person with no languages recorded is taken to speak Italian
    assert "Parla italiano, la lingua della persona" in local.reasons


def test_a_renewal_already_signed_is_not_expiring() -> None:
    periods = [(date(2022, 1, 1), date(2026, 12, 31)), (date(2027, 1, 1), date(2031, 12, 31))]
    status = agreement_status(periods, TODAY)
    assert status.state is AgreementState.IN_FORCE
    assert status.label == "in vigore fino al 31/12/2031"


@pytest.mark.parametrize(
    ("periods", "state", "label"),
    [
        ([(date(2022, 1, 1), date(2027, 12, 31))], "in_force", "in vigore fino al 31/12/2027"),
        ([(date(2022, 1, 1), date(2027, 1, 23))], "expiring", "in scadenza il 23/01/2027"),
        ([(date(2022, 1, 1), date(2027, 1, 24))], "in_force", "in vigore fino al 24/01/2027"),
        ([(date(2021, 1, 1), date(2026, 11, 23))], "lapsed", "SCADUTO il 23/11/2026"),
        (
            [(date(2027, 2, 1), date(2030, 1, 31))],
            "not_yet",
            "non ancora in vigore (dal 01/02/2027)",
        ),
        ([], "none", "nessun protocollo d'intesa"),
    ],
)
def test_agreement_states(periods: list[tuple[date, date]], state: str, label: str) -> None:
    status = agreement_status(periods, TODAY)
    assert (status.state.value, status.label) == (state, label)
    assert status.in_force == (state in ("in_force", "expiring"))


# ------------------------------------------------------------------ filters


def test_filters(db: Database, operator: Actor, network: Network) -> None:
    assert _ids(db, operator, network, area="anziani") == []
    assert _ids(db, operator, network, district="rm_m07") == [
        "both_far_paid",
        "housing_citywide",
        "housing_m7_expiring",
    ]
    assert _ids(db, operator, network, cost_forms=["compartecipazione", "a_pagamento"]) == [
        "both_far_paid",
        "housing_m5_copay",
    ]
    assert "housing_m7_expiring" not in _ids(db, operator, network, language="ar")
    assert "housing_m5_full" not in _ids(db, operator, network, with_capacity_only=True)
    assert "housing_m7_expiring" in _ids(db, operator, network, with_capacity_only=True)
    # one need each: the local free service beats the far paid one
    assert _ids(db, operator, network, need_codes=[FOOD]) == [
        "food_m5",
        "both_far_paid",
        "both_m5_lapsed",
    ]
    assert _ids(db, operator, network, need_codes=[ELDERLY]) == ["elderly_m5"]


def test_a_need_picked_without_assessment_counts_as_moderate(
    db: Database, operator: Actor, network: Network
) -> None:
    found = find_services(db, operator, network.case_id, need_codes=[ELDERLY], today=TODAY)
    assert (
        found[0].reasons[0] == "Risponde a 1 bisogno: Assistenza domiciliare (SAD) (non valutato)"
    )


def test_no_assessment_no_services(db: Database, operator: Actor) -> None:
    add_services(db)
    _, case_id = add_case(db, operator, needs=())
    assert find_services(db, operator, case_id, today=TODAY) == []
    assert referral_context(db, operator, case_id).needs == ()


def test_another_office_cannot_search_for_the_case(db: Database, network: Network) -> None:
    other = make_actor(db, make_office(db, "M07", "rm_m07"), Role.OPERATOR, "altro.operatore")
    with pytest.raises(PermissionDenied):
        find_services(db, other, network.case_id, today=TODAY)
    with pytest.raises(NotFound):
        find_services(db, other, uuid.uuid4(), today=TODAY)


def test_the_context_lists_needs_most_severe_first(
    db: Database, operator: Actor, network: Network
) -> None:
    context = referral_context(db, operator, network.case_id)
    assert [(n.code, n.severity_label) for n in context.needs] == [
        (HOUSING, "Gravissimo"),
        (FOOD, "Moderato"),
    ]
    assert context.person_name == "Haddad Samira"
    assert context.district_code == "rm_m05"
    assert context.person_language_labels == ("arabo", "italiano")
    assert context.assessment_version == 1


# ------------------------------------------------------------------ referring


def test_one_case_is_referred_to_two_services_at_once(
    db: Database, operator: Actor, network: Network
) -> None:
    appointment = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    created = create_referrals(
        db,
        operator,
        network.case_id,
        [
            ReferralRequest(network.services["housing_m5_free_ar"], (HOUSING,), appointment),
            ReferralRequest(network.services["food_m5"], (FOOD,), notes="Portare l'ISEE"),
        ],
        mark_sent=True,
        today=TODAY,
    )
    assert [c.status for c in created] == [ReferralStatus.SENT, ReferralStatus.SENT]
    assert created[0].service_name == "Servizio housing_m5_free_ar"
    with db.read_session() as session:
        rows = session.scalars(select(Referral).where(Referral.case_id == network.case_id)).all()
        assert {r.reference for r in rows} == {c.reference for c in created}
        assert {r.sent_on for r in rows} == {TODAY}
        events = session.scalars(
            select(CaseEvent).where(
                CaseEvent.case_id == network.case_id, CaseEvent.kind == "referral"
            )
        ).all()
        assert len(events) == 4  # prepared and sent, twice
    again = find_services(db, operator, network.case_id, today=TODAY)
    local = next(m for m in again if m.service_id == network.services["housing_m5_free_ar"])
    assert local.open_referral == "Inviato"
    assert "Già inviato per questa presa in carico (inviato)" in local.reasons


def test_referrals_are_all_or_nothing(db: Database, operator: Actor, network: Network) -> None:
    with pytest.raises(Exception, match="non è più attivo"):
        create_referrals(
            db,
            operator,
            network.case_id,
            [
                ReferralRequest(network.services["food_m5"], (FOOD,)),
                ReferralRequest(network.services["housing_inactive"], (HOUSING,)),
            ],
            mark_sent=False,
            today=TODAY,
        )
    with db.read_session() as session:
        assert session.scalars(select(Referral)).all() == []
    with pytest.raises(ValidationError, match="almeno un invio"):
        create_referrals(db, operator, network.case_id, [], mark_sent=False, today=TODAY)
    with pytest.raises(ValidationError, match="due volte"):
        request = ReferralRequest(network.services["food_m5"], (FOOD,))
        create_referrals(
            db, operator, network.case_id, [request, request], mark_sent=False, today=TODAY
        )
