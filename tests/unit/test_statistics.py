"""The network's statistics against a desk built here with known counts.

The desk (:func:`build_statistics_desk`), period 1 January - 30 June 2026, office M05
(municipio V) with the coordinator, office M07 (municipio VII) beside it:

* P1 (municipio V): three cases in *minori* (one closed on 15 January: still active in the
  period), one of them also in *disabilità* -> once in each area, once in the total;
* P2 (lives in municipio VII, followed at M05): *anziani* closed on 31 December 2025 (the day
  before the period: not counted), *adulti e famiglie* opened on 30 June (the last day:
  counted);
* P3 (no municipio: counts in the office's): *cultura* opened in 2025 and still open
  (counted), *adulti* opened on 1 July (after the period: not counted);
* P4 (municipio V): *anziani* opened on 1 January (first day: counted), and a tombstoned
  *minori* case (never counted);
* P5 at the other office (municipio VII): *minori*; only the administrator sees it.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, Partner, Person, Referral, Service, UnmetNeed
from cotdesk.db.types import utcnow
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role
from cotdesk.domain.statistics import (
    StatisticsFilter,
    StatisticsReport,
    italian_decimal,
    italian_percent,
    median_from_histogram,
    months_between,
)
from cotdesk.errors import PermissionDenied, ValidationError
from cotdesk.letters.statistics_report import csv_rows, render_statistics_csv
from cotdesk.services import statistics
from cotdesk.services.statistics import ALL_DISTRICTS, NETWORK, compute_statistics
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office

TODAY = date(2026, 7, 15)
PERIOD = StatisticsFilter(start=date(2026, 1, 1), end=date(2026, 6, 30))
AREAS = ["minori", "disabilita", "anziani", "adulti_famiglie", "cultura_agricoltura"]


@dataclass(frozen=True)
class StatisticsDesk:
    office_a: uuid.UUID
    office_b: uuid.UUID
    supervisor: Actor
    admin: Actor
    operator: Actor
    partners: dict[str, uuid.UUID]
    services: dict[str, uuid.UUID]


def build_statistics_desk(db: Database) -> StatisticsDesk:
    office_a = make_office(db, code="M05", district="rm_m05")
    office_b = make_office(db, code="M07", district="rm_m07")
    supervisor = make_actor(db, office_a, Role.SUPERVISOR, "marco.coordinatore")
    admin = make_actor(db, office_b, Role.ADMIN, "rete.admin")
    operator = make_actor(db, office_a, Role.OPERATOR, "giulia.operatrice")
    op = operator.operator_id
    with UnitOfWork(db, None) as uow:
        session = uow.session
        persons: dict[str, uuid.UUID] = {}
        for name, office, district in (
            ("P1", office_a, "rm_m05"),
            ("P2", office_a, "rm_m07"),
            ("P3", office_a, None),
            ("P4", office_a, "rm_m05"),
            ("P5", office_b, "rm_m07"),
        ):
            person = Person(
                office_id=office, last_name=name, first_name="Test", district_code=district
            )
            session.add(person)
            session.flush()
            persons[name] = person.id
        cases: dict[str, uuid.UUID] = {}
        specs = [
            # name, person, office, areas, opened, closed, deleted
            ("c1", "P1", office_a, ["minori"], date(2026, 2, 1), None, False),
            ("c2", "P1", office_a, ["minori"], date(2025, 3, 1), date(2026, 1, 15), False),
            ("c3", "P1", office_a, ["minori", "disabilita"], date(2026, 3, 1), None, False),
            ("c4", "P2", office_a, ["anziani"], date(2025, 6, 1), date(2025, 12, 31), False),
            ("c5", "P2", office_a, ["adulti_famiglie"], date(2026, 6, 30), None, False),
            ("c6", "P3", office_a, ["cultura_agricoltura"], date(2025, 1, 1), None, False),
            ("c7", "P3", office_a, ["adulti_famiglie"], date(2026, 7, 1), None, False),
            ("c8", "P4", office_a, ["anziani"], date(2026, 1, 1), None, False),
            ("c9", "P4", office_a, ["minori"], date(2026, 2, 1), None, True),
            ("c10", "P5", office_b, ["minori"], date(2026, 4, 1), None, False),
        ]
        for number, (name, person, office, areas, opened, closed, deleted) in enumerate(specs):
            case = Case(
                reference=f"T-{number:04d}",
                person_id=persons[person],
                office_id=office,
                status="closed" if closed else "in_progress",
                areas=areas,
                opened_on=opened,
                closed_on=closed,
                deleted_at=utcnow() if deleted else None,
            )
            session.add(case)
            session.flush()
            cases[name] = case.id

        for number, (case_name, need, area, district, recorded, resolved) in enumerate(
            [
                ("c1", "sostegno_scolastico", "minori", "rm_m05", date(2026, 2, 10), None),
                ("c3", "saish", "disabilita", "rm_m05", date(2026, 3, 5), date(2026, 3, 15)),
                ("c5", "emergenza_abitativa", "adulti_famiglie", "rm_m07", date(2026, 6, 30), None),
                ("c1", "sostegno_scolastico", "minori", "rm_m05", date(2025, 12, 31), None),
                ("c10", "sostegno_scolastico", "minori", "rm_m07", date(2026, 4, 2), None),
            ]
        ):
            session.add(
                UnmetNeed(
                    case_id=cases[case_name],
                    need_code=need,
                    area_code=area,
                    district_code=district,
                    recorded_on=recorded,
                    resolved_on=resolved,
                    operator_id=op,
                    notes=str(number),
                )
            )

        partners: dict[str, uuid.UUID] = {}
        services: dict[str, uuid.UUID] = {}
        for partner_name, service_names in (("X", ("S1", "S2")), ("Y", ("S3",))):
            partner = Partner(name=f"Ente {partner_name}", partner_type_code="cooperativa_sociale")
            session.add(partner)
            session.flush()
            partners[partner_name] = partner.id
            for service_name in service_names:
                service = Service(partner_id=partner.id, name=f"Servizio {service_name}")
                session.add(service)
                session.flush()
                services[service_name] = service.id
        s = ReferralStatus
        referral_specs = [
            # service, case, status, sent, answered
            ("S1", "c1", s.ACCEPTED, date(2026, 2, 1), date(2026, 2, 4)),
            ("S1", "c1", s.DECLINED, date(2026, 2, 1), date(2026, 2, 11)),
            ("S1", "c3", s.SENT, date(2026, 3, 1), None),
            ("S2", "c3", s.COMPLETED, date(2026, 3, 1), date(2026, 3, 6)),
            ("S2", "c5", s.INTERRUPTED, date(2026, 3, 1), date(2026, 3, 2)),
            ("S3", "c6", s.IN_PROGRESS, date(2026, 4, 1), date(2026, 4, 8)),
            ("S3", "c6", s.CANCELLED, date(2026, 4, 1), None),
            ("S3", "c8", s.CANCELLED, date(2026, 4, 1), date(2026, 4, 3)),
            ("S3", "c8", s.DRAFT, None, None),
            ("S1", "c1", s.ACCEPTED, date(2025, 12, 31), date(2026, 1, 2)),
            ("S1", "c10", s.ACCEPTED, date(2026, 4, 2), date(2026, 4, 3)),
        ]
        for number, (service_name, case_name, status, sent, answered) in enumerate(referral_specs):
            partner_name = "Y" if service_name == "S3" else "X"
            session.add(
                Referral(
                    reference=f"INV-T-{number:04d}",
                    case_id=cases[case_name],
                    service_id=services[service_name],
                    partner_id=partners[partner_name],
                    status=status.value,
                    created_by_id=op,
                    sent_on=sent,
                    answered_on=answered,
                )
            )
        uow.commit()
    return StatisticsDesk(office_a, office_b, supervisor, admin, operator, partners, services)


@pytest.fixture
def desk(db: Database) -> StatisticsDesk:
    return build_statistics_desk(db)


def _report(db: Database, actor: Actor, flt: StatisticsFilter = PERIOD) -> StatisticsReport:
    return compute_statistics(db, actor, flt, today=TODAY)


def _areas(report: StatisticsReport) -> dict[str, int]:
    return {area.area_code: area.persons for area in report.people.areas}


# --------------------------------------------------------------------------- people reached


def test_people_are_counted_once_per_area_and_once_in_the_total(
    db: Database, desk: StatisticsDesk
) -> None:
    report = _report(db, desk.supervisor)
    assert [a.area_code for a in report.people.areas] == AREAS
    assert _areas(report) == {
        "minori": 1,  # P1's three minori cases; P4's tombstoned case never counts
        "disabilita": 1,
        "anziani": 1,  # P4 (opened on the first day); P2's closed the day before
        "adulti_famiglie": 1,  # P2 (opened on the last day); P3's opened the day after
        "cultura_agricoltura": 1,
    }
    assert report.people.total == 4
    assert report.people.sum_of_areas == 5
    assert report.scope_label == "COT Solidale M05"
    assert report.district_label == ALL_DISTRICTS
    assert (report.start, report.end) == (PERIOD.start, PERIOD.end)


def test_people_per_district_use_the_person_s_municipio_else_the_office_s(
    db: Database, desk: StatisticsDesk
) -> None:
    districts = {d.district_code: d for d in _report(db, desk.supervisor).people.districts}
    assert list(districts) == ["rm_m05", "rm_m07"]
    assert districts["rm_m05"].by_area == (1, 1, 1, 0, 1)  # P1, P4, P3 (no municipio)
    assert districts["rm_m05"].total == 3
    assert districts["rm_m07"].by_area == (0, 0, 0, 1, 0)  # P2 lives there
    assert districts["rm_m07"].total == 1
    assert districts["rm_m05"].district_label.startswith("Municipio V ")


def test_the_district_filter_keeps_only_its_people(db: Database, desk: StatisticsDesk) -> None:
    report = _report(db, desk.supervisor, StatisticsFilter(PERIOD.start, PERIOD.end, "rm_m07"))
    assert _areas(report)["adulti_famiglie"] == 1
    assert report.people.total == 1
    assert report.district_label.startswith("Municipio VII")
    assert report.unmet.open == 1  # the need recorded for P2, in municipio VII
    assert report.referrals.total.sent == 1  # P2's interrupted referral
    assert [m.opened for m in report.months] == [0, 0, 0, 0, 0, 1]


def test_period_boundaries_are_inclusive(db: Database, desk: StatisticsDesk) -> None:
    # Only 30 June: P2's adulti case opened that day; P1's c1 and c3, P3's cultura and
    # P4's anziani are still open; c2 closed in January does not count.
    report = _report(db, desk.supervisor, StatisticsFilter(date(2026, 6, 30), date(2026, 6, 30)))
    assert _areas(report) == {
        "minori": 1,
        "disabilita": 1,
        "anziani": 1,
        "adulti_famiglie": 1,
        "cultura_agricoltura": 1,
    }
    # Only 31 December 2025: P2's anziani case closed that day counts, c2 too (minori).
    report = _report(db, desk.supervisor, StatisticsFilter(date(2025, 12, 31), date(2025, 12, 31)))
    assert _areas(report) == {
        "minori": 1,
        "disabilita": 0,
        "anziani": 1,
        "adulti_famiglie": 0,
        "cultura_agricoltura": 1,
    }
    assert report.people.total == 3


def test_the_administrator_sees_the_whole_network_or_one_office(
    db: Database, desk: StatisticsDesk
) -> None:
    report = _report(db, desk.admin)
    assert report.scope_label == NETWORK
    assert report.office_id is None
    assert _areas(report)["minori"] == 2  # P1 and P5 (other office)
    assert report.people.total == 5
    districts = {d.district_code: d for d in report.people.districts}
    assert districts["rm_m07"].by_area == (1, 0, 0, 1, 0)
    assert districts["rm_m07"].total == 2
    assert report.unmet.open == 3  # + the other office's
    assert report.referrals.total.sent == 9

    only_b = _report(db, desk.admin, StatisticsFilter(PERIOD.start, PERIOD.end, "", desk.office_b))
    assert only_b.scope_label == "COT Solidale M07"
    assert only_b.people.total == 1
    assert _areas(only_b)["minori"] == 1


def test_without_a_start_the_period_begins_with_the_first_case(
    db: Database, desk: StatisticsDesk
) -> None:
    report = _report(db, desk.supervisor, StatisticsFilter())
    assert report.start == date(2025, 1, 1)  # P3's cultura case
    assert report.end == TODAY
    assert report.people.total == 4
    assert _areas(report)["anziani"] == 2  # now P2's closed case counts too
    assert _areas(report)["adulti_famiglie"] == 2  # and P3's July case


# --------------------------------------------------------------------------- unmet needs


def test_unmet_needs_per_district_and_area_open_and_resolved(
    db: Database, desk: StatisticsDesk
) -> None:
    unmet = _report(db, desk.supervisor).unmet
    assert (unmet.open, unmet.resolved, unmet.total) == (2, 1, 3)
    cells = {(c.district_code, c.area_code): (c.open, c.resolved) for c in unmet.cells}
    assert cells == {
        ("rm_m05", "minori"): (1, 0),  # the one of 31 December is before the period
        ("rm_m05", "disabilita"): (0, 1),
        ("rm_m07", "adulti_famiglie"): (1, 0),
    }
    assert {t.code: (t.open, t.resolved) for t in unmet.by_district} == {
        "rm_m05": (1, 1),
        "rm_m07": (1, 0),
    }
    assert [t.code for t in unmet.by_area] == ["minori", "disabilita", "adulti_famiglie"]
    assert unmet.average_days_to_resolve == 10
    assert {t.code for t in unmet.by_need} == {
        "sostegno_scolastico",
        "saish",
        "emergenza_abitativa",
    }


# --------------------------------------------------------------------------- referrals


def test_referral_outcomes_per_partner(db: Database, desk: StatisticsDesk) -> None:
    outcomes = _report(db, desk.supervisor).referrals
    assert [p.name for p in outcomes.by_partner] == ["Ente X", "Ente Y"]
    x, y = outcomes.by_partner
    assert x.key == desk.partners["X"]
    assert (x.sent, x.accepted, x.refused, x.waiting, x.cancelled) == (5, 3, 1, 1, 0)
    assert (x.in_progress, x.completed, x.interrupted) == (0, 1, 1)
    assert x.acceptance_rate == 0.75
    assert x.median_days_to_answer == 4.0  # 1, 3, 5, 10 days
    assert x.average_days_to_answer == 4.75
    assert x.completion_rate == 0.5
    assert (y.sent, y.accepted, y.refused, y.waiting, y.cancelled, y.in_progress) == (
        3,
        2,  # in progress, and accepted then renounced
        0,
        0,
        1,  # cancelled before any answer
        1,
    )
    assert y.acceptance_rate == 1.0
    assert y.median_days_to_answer == 4.5
    assert y.completion_rate is None
    total = outcomes.total
    assert (total.sent, total.accepted, total.refused) == (8, 5, 1)
    assert total.median_days_to_answer == 4.0  # 1, 2, 3, 5, 7, 10
    assert total.average_days_to_answer == pytest.approx(28 / 6)


def test_referral_outcomes_per_service(db: Database, desk: StatisticsDesk) -> None:
    by_service = {s.name: s for s in _report(db, desk.supervisor).referrals.by_service}
    assert set(by_service) == {"Servizio S1", "Servizio S2", "Servizio S3"}
    s1 = by_service["Servizio S1"]
    assert s1.detail == "Ente X"
    assert (s1.sent, s1.accepted, s1.refused, s1.waiting) == (3, 1, 1, 1)
    assert s1.median_days_to_answer == 6.5
    assert by_service["Servizio S2"].completion_rate == 0.5


# --------------------------------------------------------------------------- months


def test_cases_opened_and_closed_per_month(db: Database, desk: StatisticsDesk) -> None:
    months = _report(db, desk.supervisor).months
    assert [m.label for m in months] == [
        "gen 2026",
        "feb 2026",
        "mar 2026",
        "apr 2026",
        "mag 2026",
        "giu 2026",
    ]
    assert [m.opened for m in months] == [1, 1, 1, 0, 0, 1]
    assert [m.closed for m in months] == [1, 0, 0, 0, 0, 0]


# --------------------------------------------------------------------------- rules


def test_operators_are_refused(db: Database, desk: StatisticsDesk) -> None:
    with pytest.raises(PermissionDenied, match="coordinatore"):
        _report(db, desk.operator)
    with pytest.raises(PermissionDenied):
        statistics.statistics_choices(db, desk.operator)
    with pytest.raises(PermissionDenied):
        _report(db, None)  # type: ignore[arg-type]


def test_a_coordinator_cannot_ask_for_another_office(db: Database, desk: StatisticsDesk) -> None:
    with pytest.raises(PermissionDenied, match="altro sportello"):
        _report(db, desk.supervisor, StatisticsFilter(office_id=desk.office_b))
    # Their own office, named explicitly, is fine.
    report = _report(
        db, desk.supervisor, StatisticsFilter(PERIOD.start, PERIOD.end, "", desk.office_a)
    )
    assert report.people.total == 4


def test_bad_filters_say_what_to_do(db: Database, desk: StatisticsDesk) -> None:
    with pytest.raises(ValidationError, match="correggere le date"):
        _report(db, desk.supervisor, StatisticsFilter(date(2026, 6, 1), date(2026, 5, 1)))
    with pytest.raises(ValidationError, match="Municipio sconosciuto"):
        _report(db, desk.supervisor, StatisticsFilter(district_code="rm_m99"))


def test_choices_offer_offices_to_administrators_only(db: Database, desk: StatisticsDesk) -> None:
    mine = statistics.statistics_choices(db, desk.supervisor)
    assert mine.offices == ()
    assert mine.own_office is not None
    assert mine.own_office.office_id == desk.office_a
    assert len(mine.districts) == 10
    network = statistics.statistics_choices(db, desk.admin)
    assert [o.office_id for o in network.offices] == [desk.office_a, desk.office_b]
    assert network.own_office is None


# --------------------------------------------------------------------------- exports


def test_csv_export_for_italian_spreadsheets(db: Database, desk: StatisticsDesk) -> None:
    report = _report(db, desk.supervisor)
    content = statistics.export_statistics(db, desk.supervisor, report, "csv")
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows == [[str(cell) for cell in row] for row in csv_rows(report)]
    assert ["Area", "Persone"] in rows
    assert ["Servizi per minori", "1"] in rows
    assert ["Totale persone distinte", "4"] in rows
    header = rows[rows.index(["Esiti degli invii per servizio"]) + 1]
    x_row = next(row for row in rows if row[:1] == ["Ente X"])
    assert x_row[1] == "Cooperativa sociale / Ente del Terzo Settore"
    assert x_row[2:6] == ["5", "3", "1", "1"]
    assert x_row[header.index("Tasso di accettazione (%)")] == "75,0"
    assert x_row[header.index("Giorni alla risposta (mediana)")] == "4,0"
    assert "\r\n" in text
    assert "una sola volta per area" in text
    with db.read_session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert len(events) == 1
    assert events[0].entity == "statistics"
    assert events[0].detail["format"] == "csv"
    assert events[0].operator_id == desk.supervisor.operator_id


def test_csv_cells_never_become_formulas(db: Database, desk: StatisticsDesk) -> None:
    with UnitOfWork(db, None) as uow:
        partner = uow.session.get(Partner, desk.partners["Y"])
        assert partner is not None
        partner.name = '=HYPERLINK("http://x")'
        uow.commit()
    text = render_statistics_csv(_report(db, desk.supervisor)).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text


def test_pdf_export_reads_back(db: Database, desk: StatisticsDesk) -> None:
    report = _report(db, desk.supervisor)
    content = statistics.export_statistics(db, desk.supervisor, report, "pdf")
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Statistiche della rete COT solidali" in text
    assert "Persone raggiunte per area di intervento" in text
    assert "una sola volta per area" in text
    assert "Totale persone distinte" in text
    assert "Ente X" in text
    assert "Bisogni senza risposta" in text
    assert "giu 2026" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert all("DejaVu" in font for font in fonts), fonts
    assert reader.metadata is not None
    assert reader.metadata.title == "Statistiche della rete COT solidali"


def test_exports_are_refused_to_operators(db: Database, desk: StatisticsDesk) -> None:
    report = _report(db, desk.supervisor)
    with pytest.raises(PermissionDenied):
        statistics.export_statistics(db, desk.operator, report, "csv")
    network = _report(db, desk.admin)
    with pytest.raises(PermissionDenied):
        statistics.export_statistics(db, desk.supervisor, network, "csv")


def test_an_empty_desk_gives_zeros_not_errors(db: Database) -> None:
    office = make_office(db)
    supervisor = make_actor(db, office, Role.SUPERVISOR, "sola.coordinatrice")
    report = _report(db, supervisor)
    assert report.people.total == 0
    assert [a.persons for a in report.people.areas] == [0] * 5
    assert report.referrals.total.sent == 0
    assert report.referrals.total.acceptance_rate is None
    assert report.unmet.total == 0
    assert len(report.months) == 6
    assert render_statistics_csv(report)
    assert statistics.export_statistics(db, supervisor, report, "pdf").startswith(b"%PDF")


# --------------------------------------------------------------------------- arithmetic


def test_median_average_and_months() -> None:
    assert median_from_histogram({}) is None
    assert median_from_histogram({5: 1}) == 5
    assert median_from_histogram({1: 1, 3: 1, 5: 1, 10: 1}) == 4
    assert median_from_histogram({2: 3, 9: 1}) == 2
    assert median_from_histogram({0: 0, 4: 2}) == 4
    assert months_between(date(2025, 11, 30), date(2026, 2, 1)) == [
        (2025, 11),
        (2025, 12),
        (2026, 1),
        (2026, 2),
    ]
    assert italian_decimal(1234.56) == "1.234,6"
    assert italian_percent(0.725) == "72,5%"
    assert italian_percent(None) == "—"


def test_the_sql_spells_the_statuses_of_the_domain() -> None:
    sql = statistics._REFERRAL_PASS
    for status in ("sent", "no_answer", "declined", "cancelled", "in_progress", "completed",
                   "interrupted"):  # fmt: skip
        assert f"'{status}'" in sql
        assert ReferralStatus(status)


def test_months_count_only_the_events_inside_the_period(db: Database, desk: StatisticsDesk) -> None:
    # 10 January - 15 February: c8 (opened 1 January) is before it, c2 closes inside it.
    flt = StatisticsFilter(date(2026, 1, 10), date(2026, 2, 15))
    months = _report(db, desk.supervisor, flt).months
    assert [(m.label, m.opened, m.closed) for m in months] == [
        ("gen 2026", 0, 1),
        ("feb 2026", 1, 0),
    ]


@pytest.mark.slow
def test_the_demo_desk_gives_back_the_seed_s_table(tmp_path: Path) -> None:
    """The demo generator puts exactly ``expected_area_persons`` people in each area (the
    seed's table, scaled): from the beginning, for the whole network, the statistics
    count exactly those, and each person with a case once in the total."""
    from cotdesk.db.database import open_database
    from cotdesk.db.models import Operator
    from cotdesk.services.demo import build_demo_network
    from cotdesk.services.demo_people import CATEGORIES, category_quotas, expected_area_persons

    persons, today = 1500, date(2026, 11, 24)
    path = tmp_path / "demo.db"
    build_demo_network(path, persons=persons, seed=11, replace=False, today=today)
    demo = open_database(path)
    try:
        with demo.read_session() as session:
            admin = session.scalars(select(Operator).where(Operator.role == "admin")).first()
            assert admin is not None
            actor = Actor(admin.id, admin.office_id, Role.ADMIN, admin.full_name)
        report = compute_statistics(demo, actor, StatisticsFilter(), today=today)
    finally:
        demo.close()
    assert _areas(report) == expected_area_persons(persons)
    with_cases = sum(n for code, n in category_quotas(persons).items() if CATEGORIES[code][0])
    assert report.people.total == with_cases
    assert report.people.total < report.people.sum_of_areas  # some people are in two areas
    assert sum(d.total for d in report.people.districts) >= report.people.total


def test_a_desk_without_the_covering_index_still_counts(db: Database, desk: StatisticsDesk) -> None:
    """A desk file from before migration 0009, opened read-only, has no ix_referral_outcomes."""
    expected = _report(db, desk.admin).referrals
    with db.write_engine.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {statistics.OUTCOMES_INDEX}")
    assert _report(db, desk.admin).referrals == expected
