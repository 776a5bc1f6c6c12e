"""The demo network generator: determinism, shape of the seed network, consistency."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from cotdesk import resources
from cotdesk.db.database import open_database
from cotdesk.db.models import Case, CaseEvent, Consent, DeskState, Person, Referral
from cotdesk.db.search import index_counts
from cotdesk.db.types import JSONList, UTCDateTime
from cotdesk.domain.cases import CaseStatus, Channel, channel_needs_reporter
from cotdesk.domain.identity import parse_codice_fiscale, parse_foreign_code
from cotdesk.domain.priority import Vulnerability, compute_priority, waiting_days
from cotdesk.domain.referrals import ReferralStatus, is_terminal
from cotdesk.errors import UserError
from cotdesk.services import demo_text
from cotdesk.services.auth import LoginFailed, authenticate
from cotdesk.services.demo import DEFAULT_PERSONS, DemoReport, build_demo_network
from cotdesk.services.demo_network import DEMO_PASSWORD
from cotdesk.services.demo_people import SEED_POPULATION, expected_area_persons
from cotdesk.services.demo_rows import Ids, json_list, stamp

TODAY = date(2026, 11, 24)
PERSONS = 1500


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoReport]:
    path = tmp_path_factory.mktemp("demo") / "desk.db"
    messages: list[str] = []
    report = build_demo_network(
        path, persons=PERSONS, seed=7, replace=False, progress=messages.append, today=TODAY
    )
    assert messages, "progress is reported"
    return path, report


@pytest.fixture(scope="module")
def con(built: tuple[Path, DemoReport]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{built[0]}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _one(con: sqlite3.Connection, sql: str, *params: object) -> Any:
    return con.execute(sql, params).fetchone()[0]


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------- formats


def test_stored_formats_are_sqlalchemys() -> None:
    """The bulk rows bypass SQLAlchemy's bind processing: they must match it exactly."""
    dialect = sqlite_dialect.dialect()
    rng = random.Random(1)
    for ids in (Ids(rng), Ids(rng, sequential=True)):
        for _ in range(50):
            value = ids()
            parsed = uuid.UUID(hex=value)
            assert parsed.version == 4
            assert parsed.variant == uuid.RFC_4122
            assert parsed.hex == value
    plain = Ids(random.Random(5))()
    expected = uuid.UUID(int=random.Random(5).getrandbits(128), version=4)
    assert plain == expected.hex

    datetime_bind = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert datetime_bind is not None
    moment = datetime(2025, 3, 9, 14, 5, tzinfo=UTC)
    assert stamp(moment.date(), 14 * 60 + 5) == datetime_bind(moment)
    list_bind = JSONList().dialect_impl(dialect).bind_processor(dialect)
    assert list_bind is not None
    assert json_list(["disabilità", "minori"]) == list_bind(["disabilità", "minori"])


def test_rows_read_back_through_the_orm(built: tuple[Path, DemoReport]) -> None:
    with open_database(built[0]) as db, db.read_session() as session:
        person = session.scalars(select(Person).limit(1)).one()
        assert isinstance(person.id, uuid.UUID)
        assert isinstance(person.birth_date, date)
        assert person.created_at.tzinfo is UTC
        assert person.citizenship
        assert isinstance(person.citizenship, list)
        case = session.scalars(select(Case).where(Case.status == "closed").limit(1)).one()
        assert isinstance(case.opened_on, date)
        assert isinstance(case.closed_on, date)
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "status")).first()
        assert event is not None
        assert isinstance(event.data, dict)
        assert "status" in event.data
        referral = session.scalars(select(Referral).limit(1)).one()
        assert referral.need_codes
        assert isinstance(referral.need_codes, list)
        consent = session.scalars(select(Consent).where(Consent.action == "given")).first()
        assert consent is not None
        assert "presa_in_carico" in consent.purposes


# --------------------------------------------------------------------------- determinism


def _table_digests(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        local = _one(con, "SELECT device_id FROM desk_state")
        digests: dict[str, str] = {}
        tables = [
            row[0]
            for row in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                " AND name NOT LIKE 'search%' AND name NOT IN ('desk_state', 'alembic_version')"
            )
        ]
        for table in tables:
            where = " WHERE id <> ?" if table == "device" else ""
            params = (local,) if table == "device" else ()
            digest = hashlib.sha256()
            for row in con.execute(f'SELECT * FROM "{table}"{where} ORDER BY 1', params):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
        return digests
    finally:
        con.close()


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    reports = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        reports.append(
            build_demo_network(
                tmp_path / f"{name}.db", persons=300, seed=seed, replace=False, today=TODAY
            )
        )
    first, second, other = (_table_digests(tmp_path / f"{n}.db") for n in "abc")
    assert first == second
    assert reports[0].rows == reports[1].rows
    assert first["person"] != other["person"]
    assert first["partner"] != other["partner"]


# --------------------------------------------------------------------------- the network


def test_report(built: tuple[Path, DemoReport], con: sqlite3.Connection) -> None:
    _, report = built
    assert DEFAULT_PERSONS == SEED_POPULATION == 21_462
    for table, count in report.rows.items():
        assert _one(con, f'SELECT count(*) FROM "{table}"') == count, table
    assert report.rows["person"] == PERSONS
    text = report.describe()
    assert "Persone" in text
    assert "Prese in carico" in text
    assert "secondi" in text
    assert "Servizi per minori" in text
    assert f"{PERSONS:,}".replace(",", ".") in text


def test_offices_desk_and_operators(con: sqlite3.Connection) -> None:
    districts = {d.code for d in resources.districts()}
    offices = con.execute("SELECT id, name, district_code, code FROM office").fetchall()
    assert {o[2] for o in offices} == districts
    assert all(o[1].startswith("COT Solidale Municipio ") for o in offices)
    office_id, device_id = con.execute("SELECT office_id, device_id FROM desk_state").fetchone()
    assert office_id in {o[0] for o in offices}
    assert _one(con, "SELECT office_id FROM device WHERE id = ?", device_id) == office_id
    per_office = con.execute(
        "SELECT office_id, count(*), sum(role = 'supervisor') FROM operator"
        " WHERE role <> 'admin' GROUP BY office_id"
    ).fetchall()
    assert len(per_office) == len(offices)
    for _, total, supervisors in per_office:
        assert 15 <= total <= 30
        assert 1 <= supervisors <= 2
    assert _one(con, "SELECT count(*) FROM operator WHERE role = 'admin'") == 2
    assert _one(con, "SELECT count(DISTINCT username) FROM operator") == _one(
        con, "SELECT count(*) FROM operator"
    )
    specialisations = {s.code for s in resources.specialisations()}
    for (codes,) in con.execute("SELECT specialisations FROM operator"):
        assert codes
        assert set(json.loads(codes)) <= specialisations


def test_operators_can_log_in_with_the_demo_password(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    report = build_demo_network(path, persons=20, seed=5, replace=False, today=TODAY)
    assert set(report.accounts) == {"operator", "supervisor", "admin"}
    assert f"«{DEMO_PASSWORD}»" in report.describe()
    with open_database(path) as db:
        with db.read_session() as session:
            office = session.execute(select(DeskState.office_id)).scalar_one()
        for role, username in report.accounts.items():
            actor = authenticate(db, username, DEMO_PASSWORD)
            assert actor.role == role
            if role != "admin":
                assert actor.office_id == office
        with pytest.raises(LoginFailed):
            authenticate(db, report.accounts["operator"], "sbagliata123")


def test_partners_like_the_seed(con: sqlite3.Connection) -> None:
    assert _one(con, "SELECT count(*) FROM partner") == demo_text.NETWORK_PARTNERS
    by_type = dict(con.execute("SELECT partner_type_code, count(*) FROM partner GROUP BY 1"))
    assert set(by_type) == {t.code for t in resources.partner_types()}
    assert by_type["numero_1522"] == 1
    assert by_type["prefettura"] == 1
    assert by_type["tribunale_minorenni"] == 1
    big = sorted(by_type, key=by_type.__getitem__, reverse=True)[:4]
    assert set(big) == {"cooperativa_sociale", "associazione", "scuola", "parrocchia"}
    names = [row[0] for row in con.execute("SELECT name FROM partner")]
    assert len(set(names)) == len(names)
    for founder in demo_text.FOUNDING_COOPERATIVES:
        assert f"Cooperativa Sociale {founder}" in names
    for (code,) in con.execute(
        "SELECT tax_code FROM partner WHERE partner_type_code NOT IN"
        " ('volontario', 'rete_parentale', 'numero_1522')"
    ):
        assert len(code) == 11
        assert code.isdigit()
    needs = {n.code for n in resources.needs()}
    for needs_met, areas, cost in con.execute("SELECT needs_met, areas, cost_form FROM service"):
        assert set(json.loads(needs_met)) <= needs
        assert json.loads(areas)
        assert cost in ("gratuito", "compartecipazione", "a_pagamento")
    per_partner = con.execute("SELECT count(*) FROM service GROUP BY partner_id").fetchall()
    assert len(per_partner) == demo_text.NETWORK_PARTNERS
    assert all(1 <= n <= 4 for (n,) in per_partner)


def test_agreements(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT id, partner_id, start_on, end_on, renews_id FROM agreement")
    agreements = {r[0]: r for r in rows}
    assert all(start < end for _, _, start, end, _ in agreements.values())
    today = TODAY.isoformat()
    soon = (TODAY + timedelta(days=60)).isoformat()
    for _, _, start, _end, renews in agreements.values():
        if renews is not None:  # a renewal starts the day after the renewed one ends
            ended = date.fromisoformat(agreements[renews][3])
            assert date.fromisoformat(start) == ended + timedelta(days=1)
    assert any(r[4] is not None for r in agreements.values()), "some protocols were renewed"
    assert any(today <= r[3] <= soon for r in agreements.values()), "some expire soon"
    lapsed = _one(
        con,
        "SELECT count(*) FROM partner p WHERE NOT EXISTS (SELECT 1 FROM agreement a"
        " WHERE a.partner_id = p.id AND a.end_on >= ?)",
        today,
    )
    assert isinstance(lapsed, int)
    assert lapsed > 0, "some partners let their protocol lapse"
    # services of lapsed partners are not active
    assert (
        _one(
            con,
            "SELECT count(*) FROM service s WHERE s.active AND NOT EXISTS (SELECT 1 FROM"
            " agreement a WHERE a.partner_id = s.partner_id AND a.start_on <= ? AND a.end_on >= ?)",
            today,
            today,
        )
        == 0
    )


# --------------------------------------------------------------------------- persons


def test_area_proportions(built: tuple[Path, DemoReport], con: sqlite3.Connection) -> None:
    counts = dict(
        con.execute(
            "SELECT j.value, count(DISTINCT c.person_id) FROM case_record c,"
            " json_each(c.areas) j GROUP BY j.value"
        )
    )
    assert counts == built[1].persons_per_area == expected_area_persons(PERSONS)
    for area in resources.intervention_areas():
        expected = PERSONS * area.users_reported_in_seed / SEED_POPULATION
        assert abs(counts[area.code] - expected) <= max(1.0, 0.02 * expected), area.code


def test_seed_numbers_at_the_default_size() -> None:
    expected = expected_area_persons(DEFAULT_PERSONS)
    assert expected == {a.code: a.users_reported_in_seed for a in resources.intervention_areas()}


def test_ages_fit_the_areas(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT p.birth_date, c.opened_on, c.areas FROM case_record c"
        " JOIN person p ON p.id = c.person_id"
    ).fetchall()
    assert rows
    for birth, opened, areas in rows:
        age = _age(date.fromisoformat(birth), date.fromisoformat(opened))
        codes = json.loads(areas)
        assert date.fromisoformat(birth) <= date.fromisoformat(opened)
        if "minori" in codes:
            assert 0 <= age < 18
        if "anziani" in codes:
            assert age >= 65
        if "adulti_famiglie" in codes:
            assert age >= 18


def test_identity_codes(con: sqlite3.Connection) -> None:
    kinds = dict(con.execute("SELECT identity_kind, count(*) FROM person GROUP BY 1"))
    assert set(kinds) == {"cf", "stp", "eni", "none"}
    assert kinds["cf"] / PERSONS > 0.85
    rows = con.execute(
        "SELECT fiscal_code, birth_date, sex, birth_place_code, identity_kind, foreign_code,"
        " citizenship FROM person"
    ).fetchall()
    foreign_born = 0
    for code, birth, sex, place, kind, foreign_code, citizenship in rows:
        if kind == "cf":
            decoded = parse_codice_fiscale(code, today=TODAY)
            assert decoded.birth_date == date.fromisoformat(birth)
            assert decoded.sex == sex
            assert decoded.birthplace_code == place
            foreign_born += decoded.is_foreign_born
        else:
            assert code is None
        if kind in ("stp", "eni"):
            assert parse_foreign_code(foreign_code).kind == kind.upper()
        else:
            assert foreign_code is None
        assert json.loads(citizenship)
    assert foreign_born > 0
    italians = _one(con, "SELECT count(*) FROM person WHERE citizenship = '[\"IT\"]'")
    assert isinstance(italians, int)
    assert 0.65 < italians / PERSONS < 0.85


def test_households(con: sqlite3.Connection) -> None:
    homeless = _one(con, "SELECT count(*) FROM person WHERE no_fixed_abode")
    assert isinstance(homeless, int)
    assert 0.03 < homeless / PERSONS < 0.08
    assert (
        _one(con, "SELECT count(*) FROM person WHERE no_fixed_abode AND address_street <> ''") == 0
    )
    sizes = [
        n for (n,) in con.execute("SELECT count(*) FROM household_member GROUP BY household_id")
    ]
    assert 1 in sizes
    assert max(sizes) >= 4
    # every minor in a household lives with an adult relative
    minors = con.execute(
        "SELECT m.household_id, p.birth_date FROM household_member m"
        " JOIN person p ON p.id = m.person_id"
    ).fetchall()
    adults: dict[str, int] = {}
    for household, birth in minors:
        if _age(date.fromisoformat(birth), TODAY) >= 18:
            adults[household] = adults.get(household, 0) + 1
    for household, birth in minors:
        if _age(date.fromisoformat(birth), TODAY) < 18:
            assert adults.get(household, 0) >= 1
    heads = _one(con, "SELECT count(*) FROM household_member WHERE relation = 'intestatario'")
    assert heads == _one(con, "SELECT count(*) FROM household")


def test_consents(con: sqlite3.Connection) -> None:
    with_notice = _one(
        con, "SELECT count(DISTINCT person_id) FROM consent WHERE action = 'notice_given'"
    )
    with_case = _one(con, "SELECT count(DISTINCT person_id) FROM case_record")
    assert isinstance(with_notice, int)
    assert isinstance(with_case, int)
    assert with_notice / with_case > 0.95
    assert _one(con, "SELECT count(*) FROM consent WHERE action = 'withdrawn'") > 0
    # an emergency case's person has no notice recorded yet
    assert _one(con, "SELECT count(*) FROM case_record WHERE consent_emergency") > 0
    assert (
        _one(
            con,
            "SELECT count(*) FROM case_record c JOIN consent k ON k.person_id = c.person_id"
            " WHERE c.consent_emergency AND k.action = 'notice_given'",
        )
        == 0
    )


# --------------------------------------------------------------------------- cases


def test_every_status_and_channel(con: sqlite3.Connection) -> None:
    statuses = {row[0] for row in con.execute("SELECT DISTINCT status FROM case_record")}
    assert statuses == {s.value for s in CaseStatus}
    channels = {row[0] for row in con.execute("SELECT DISTINCT channel FROM case_record")}
    assert channels == {c.value for c in Channel}
    referrals = {row[0] for row in con.execute("SELECT DISTINCT status FROM referral")}
    assert referrals == {s.value for s in ReferralStatus}


def test_case_fields(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT status, opened_on, closed_on, assigned_operator_id, follow_up_on, channel,"
        " reporter_organisation, reporter_name, closure_reason FROM case_record"
    ).fetchall()
    today = TODAY.isoformat()
    window = (TODAY - timedelta(days=3 * 365)).isoformat()
    past = future = unassigned = 0
    for status, opened, closed, operator, follow_up, channel, org, name, reason in rows:
        assert window <= opened <= today
        assert (closed is not None) == (status == "closed")
        if closed is not None:
            assert opened <= closed <= today
            assert reason
        if status == "open":
            unassigned += operator is None
        if channel_needs_reporter(Channel(channel)):
            assert org
            assert name
        if follow_up is not None:
            assert status not in ("closed", "closure_requested")
            past += follow_up < today
            future += follow_up > today
    assert past
    assert future
    assert unassigned


def test_timeline(con: sqlite3.Connection) -> None:
    bad = _one(
        con,
        "SELECT count(*) FROM case_event e JOIN case_record c ON c.id = e.case_id"
        " WHERE date(e.occurred_at) < c.opened_on OR date(e.occurred_at) > ?",
        TODAY.isoformat(),
    )
    assert bad == 0
    kinds = {row[0] for row in con.execute("SELECT DISTINCT kind FROM case_event")}
    assert {"status", "note", "call", "assessment", "referral", "follow_up", "meeting"} <= kinds
    # the last status event of each case is its status
    last = con.execute(
        "SELECT c.status, (SELECT json_extract(e.data, '$.status') FROM case_event e"
        " WHERE e.case_id = c.id AND e.kind = 'status' ORDER BY e.occurred_at DESC, e.rowid"
        " DESC LIMIT 1) FROM case_record c"
    ).fetchall()
    mismatched = [(s, e) for s, e in last if s != e and not (s == "in_progress" and e == "open")]
    assert not mismatched


def test_assessments_and_priority(con: sqlite3.Connection) -> None:
    versions = dict(con.execute("SELECT version, count(*) FROM assessment GROUP BY 1"))
    assert set(versions) == {1, 2, 3}
    labels = {n.code: n.label_it for n in resources.needs()}
    areas_of = {n.code: n.area_code for n in resources.needs()}
    rows = con.execute(
        "SELECT a.id, a.version, a.assessed_on, a.vulnerabilities, a.priority_score,"
        " c.opened_on, c.areas,"
        " (SELECT max(b.assessed_on) FROM assessment b WHERE b.case_id = a.case_id"
        "  AND b.version < a.version) FROM assessment a JOIN case_record c ON c.id = a.case_id"
        " LIMIT 400"
    ).fetchall()
    for assessment_id, _, day, factors, score, opened, areas, previous in rows:
        needs = con.execute(
            "SELECT need_code, severity FROM assessment_need WHERE assessment_id = ?",
            (assessment_id,),
        ).fetchall()
        assert needs
        case_areas = set(json.loads(areas))
        # needs come from the case's areas (plus the homeless and violence needs)
        extra = {"senza_dimora", "violenza_genere", "tutela_minori"}
        assert all(areas_of[code] in case_areas or code in extra for code, _ in needs)
        expected = compute_priority(
            [(labels[code], severity) for code, severity in needs],
            [Vulnerability(f) for f in json.loads(factors)],
            waiting_days(
                date.fromisoformat(opened),
                date.fromisoformat(previous) if previous else None,
                date.fromisoformat(day),
            ),
        )
        assert score == expected.score
    latest = _one(
        con,
        "SELECT count(*) FROM case_record c JOIN assessment a ON a.case_id = c.id"
        " WHERE a.version = (SELECT max(version) FROM assessment b WHERE b.case_id = c.id)"
        " AND a.priority_score <> c.priority",
    )
    assert latest == 0


def test_referrals(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT r.status, r.sent_on, r.answered_on, r.completed_on, r.appointment_at,"
        " c.opened_on, c.status, c.closed_on, r.outcome FROM referral r"
        " JOIN case_record c ON c.id = r.case_id"
    ).fetchall()
    stuck = 0
    today = TODAY.isoformat()
    for (
        status,
        sent,
        answered,
        completed,
        appointment,
        opened,
        case_status,
        closed,
        outcome,
    ) in rows:
        assert (sent is None) == (status in ("draft",) or (status == "cancelled" and sent is None))
        if sent is not None:
            assert opened <= sent <= today
        if answered is not None:
            assert sent is not None
            assert sent <= answered <= today
        if status in ("accepted", "in_progress", "completed", "interrupted"):
            assert answered is not None
            assert appointment is not None
            assert answered < appointment[:10]
        if status in ("in_progress", "completed", "interrupted"):
            assert appointment[:10] <= today  # the service has started
        if status in ("completed", "interrupted"):
            assert completed is not None
            assert appointment[:10] <= completed <= today
            assert outcome
        if status == "declined":
            assert answered is not None
            assert outcome
        if case_status == "closed":
            assert is_terminal(ReferralStatus(status))
            assert (completed or answered or sent or opened) <= closed
        if status in ("sent", "no_answer") and (TODAY - date.fromisoformat(sent)).days > 15:
            stuck += 1
    assert stuck > 0, "some referrals wait for an answer for more than 15 days"
    before_assessed = _one(
        con,
        "SELECT count(*) FROM referral r WHERE date(r.created_at) < (SELECT min(a.assessed_on)"
        " FROM assessment a JOIN assessment_need n ON n.assessment_id = a.id"
        " WHERE a.case_id = r.case_id"
        " AND n.need_code IN (SELECT value FROM json_each(r.need_codes)))",
    )
    assert before_assessed == 0, "a referral follows the assessment of its need"


def test_unmet_needs_have_no_service(con: sqlite3.Connection) -> None:
    covered = set()
    for district, needs in con.execute("SELECT district_code, needs_met FROM service WHERE active"):
        for need in json.loads(needs):
            if district is None:
                covered.update((d.code, need) for d in resources.districts())
            else:
                covered.add((district, need))
    unmet = con.execute("SELECT district_code, need_code FROM unmet_need").fetchall()
    assert unmet
    assert not [row for row in unmet if tuple(row) in covered]


def test_integrity(con: sqlite3.Connection) -> None:
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _one(con, "SELECT count(*) FROM outbox") == 0, "a seed is not this desk's change"
    for table in ("person", "case_record", "case_event", "referral", "partner", "service"):
        assert _one(con, f"SELECT count(*) FROM {table} WHERE server_version <> 1") == 0
    assert _one(con, "PRAGMA journal_mode") == "wal"


def test_search_index_rebuilt(built: tuple[Path, DemoReport]) -> None:
    with open_database(built[0]) as db, db.read_engine.connect() as conn:
        assert index_counts(conn)["search_person"] == PERSONS
        assert conn.exec_driver_sql("SELECT enabled FROM search_state").scalar_one() == 1


# --------------------------------------------------------------------------- files


def test_refuses_to_overwrite_without_replace(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    build_demo_network(path, persons=30, seed=1, replace=False, today=TODAY)
    before = path.read_bytes()
    with pytest.raises(UserError, match="--force"):
        build_demo_network(path, persons=30, seed=2, replace=False, today=TODAY)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.replaced-*")) == []


def test_replace_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    build_demo_network(path, persons=30, seed=1, replace=False, today=TODAY)
    report = build_demo_network(path, persons=40, seed=2, replace=True, today=TODAY)
    assert report.backup is not None
    assert report.backup.exists()
    assert report.backup.name.startswith("desk.replaced-")
    assert report.backup.suffix == ".db"
    assert str(report.backup) in report.describe()
    assert not report.backup.with_name(report.backup.name + "-wal").exists()
    old = sqlite3.connect(report.backup)
    new = sqlite3.connect(path)
    try:
        assert _one(old, "SELECT count(*) FROM person") == 30
        assert _one(new, "SELECT count(*) FROM person") == 40
    finally:
        old.close()
        new.close()


def test_fills_an_empty_desk_in_place(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    with open_database(path) as db:
        device = db.device_id
    report = build_demo_network(path, persons=20, seed=3, replace=False, today=TODAY)
    assert report.backup is None
    with open_database(path) as db:
        assert db.device_id == device


def test_an_unusable_file_is_kept_unless_replaced(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    path.write_text("non è un database")
    with pytest.raises(UserError):
        build_demo_network(path, persons=20, seed=1, replace=False, today=TODAY)
    assert path.read_text() == "non è un database"
    report = build_demo_network(path, persons=20, seed=1, replace=True, today=TODAY)
    assert report.backup is not None
    assert report.backup.read_text() == "non è un database"
    assert report.rows["person"] == 20
