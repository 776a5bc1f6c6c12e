"""Retention: closed cases older than the period are anonymised; the statistics stay."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cotdesk.cli import main
from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, CaseEvent, Consent, DeskState, Office, Person
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied
from cotdesk.services.desk import open_desk
from cotdesk.services.retention import cutoff_date, retention_years, run_retention
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from tests.factories import make_actor, make_office
from tests.memory_keyring import memory_keyring
from tests.unit.test_gdpr import statistics
from tests.unit.test_matching import add_case

__all__ = ["memory_keyring"]

TODAY = date(2026, 11, 25)
LONG_AGO = date(2012, 6, 30)


def age(db: Database, case_id: uuid.UUID, person_id: uuid.UUID | None = None) -> None:
    """Close ``case_id`` long ago (and leave the person untouched since then)."""
    with UnitOfWork(db, None) as uow:
        uow.session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(status="closed", closed_on=LONG_AGO, opened_on=date(2011, 2, 1))
        )
        if person_id is not None:
            uow.session.execute(
                update(Person)
                .where(Person.id == person_id)
                .values(updated_at=datetime(2012, 7, 1, tzinfo=UTC))
            )
        uow.commit()


def test_the_cutoff_handles_29_february() -> None:
    assert cutoff_date(date(2028, 2, 29), 10) == date(2018, 2, 28)
    assert cutoff_date(TODAY, 10) == date(2016, 11, 25)


def test_a_dry_run_reports_and_a_run_anonymises(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    old_person, old_case = add_case(db, operator, last_name="Anticoli")
    age(db, old_case, old_person)
    kept_person, kept_old_case = add_case(db, operator, last_name="Bernabei")
    age(db, kept_old_case)
    with UnitOfWork(db, operator) as uow:  # a recent case of the same person
        from cotdesk.services import cases

        recent = cases.open_case(uow, kept_person, areas=["anziani"], today=TODAY)
        uow.commit()
    fresh_person, fresh_case = add_case(db, operator, last_name="Ciampini")
    before = statistics(db)

    report = run_retention(db, None, today=TODAY, years=10, dry_run=True)
    assert (report.cases_anonymised, report.persons_erased, report.persons_kept) == (2, 1, 1)
    assert "Prova (--dry-run)" in report.describe()
    with ReadUnit(db, None) as unit:
        assert unit.session.get(Case, old_case) is not None

    report = run_retention(db, None, today=TODAY, years=10)
    assert (report.cases_anonymised, report.persons_erased, report.persons_kept) == (2, 1, 1)
    after = statistics(db)
    # Per area, per month, unmet needs and referral outcomes: unchanged. Over all time the
    # kept person now counts twice (once anonymously for 2011): the price of no link.
    assert {key: value for key, value in after.items() if key != "districts"} == {
        key: value for key, value in before.items() if key != "districts"
    }
    assert (before["districts"], after["districts"]) == ([("rm_m05", 3)], [("rm_m05", 4)])
    with ReadUnit(db, None) as unit:
        session = unit.session
        assert session.get(Person, old_person) is None
        assert session.get(Case, old_case) is None
        assert session.get(Case, kept_old_case) is None
        assert not session.scalars(select(CaseEvent).where(CaseEvent.case_id == old_case)).all()
        assert session.get(Person, kept_person) is not None  # a recent case keeps them
        assert session.get(Case, recent.id) is not None
        assert session.scalars(select(Consent).where(Consent.person_id == kept_person)).all()
        assert session.get(Case, fresh_case) is not None
        assert session.get(Person, fresh_person) is not None
        anonymous = session.scalars(select(Case).where(Case.reference.like("ANON-%"))).all()
        assert len(anonymous) == 2
        assert {case.closed_on for case in anonymous} == {LONG_AGO}
        logged = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "retention")
        ).one()
        assert logged["cases_anonymised"] == 2
    # A second run finds nothing: anonymous copies are never touched again.
    again = run_retention(db, None, today=TODAY, years=10)
    assert (again.cases_anonymised, again.persons_erased) == (0, 0)
    assert b"Anticoli" not in db.path.read_bytes()


def test_only_an_administrator_runs_it_by_hand(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        run_retention(db, supervisor, today=TODAY, years=10, dry_run=True)
    admin = make_actor(db, make_office(db, "M07", "rm_m07"), Role.ADMIN, "admin.rete")
    assert run_retention(db, admin, today=TODAY, years=10, dry_run=True).cases_anonymised == 0


@pytest.mark.usefixtures("memory_keyring")
def test_the_command_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sportello.db"
    with open_desk(path) as db:
        office = make_office(db)
        operator = make_actor(db, office, Role.OPERATOR, "op.retention")
        person_id, case_id = add_case(db, operator, last_name="Dominici")
        age(db, case_id, person_id)
    assert main(["retention", "run", "--dry-run", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Conservazione dei dati: 10 anni" in out
    assert "Prese in carico da anonimizzare: 1." in out
    assert main(["retention", "run", "--years", "10", "--db", str(path)]) == 0
    assert "Prese in carico anonimizzate: 1." in capsys.readouterr().out
    assert main(["retention", "run", "--years", "0", "--db", str(path)]) == 2


def test_the_period_is_the_offices_setting(
    db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    person_id, case_id = add_case(db, operator, last_name="Evangelisti")
    age(db, case_id, person_id)  # closed 14 years before TODAY
    with UnitOfWork(db, None) as uow:  # the desk of the office, its row from the server
        state = uow.session.get(DeskState, 1)
        assert state is not None
        state.office_id = office_id
        uow.commit()
    assert retention_years(db) == 10
    assert run_retention(db, None, today=TODAY, dry_run=True).cases_anonymised == 1
    with UnitOfWork(db, None) as uow:
        office = uow.session.get(Office, office_id)
        assert office is not None
        office.retention_years = 20
        uow.commit()
    assert retention_years(db) == 20
    report = run_retention(db, None, today=TODAY, dry_run=True)
    assert (report.years, report.cases_anonymised) == (20, 0)
    assert "20 anni" in report.describe()
