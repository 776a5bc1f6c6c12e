"""``cotdesk --self-test``: prove an installation can do the desk's core work, then exit.

In a throw-away folder it builds a desk database, encrypted with SQLCipher as a real desk's
(with a throw-away key passed directly: no OS keyring is needed), from the shipped
migrations and reference data, registers a person with a codice fiscale (the birthplace
data of the codice fiscale library is read), records the consents, opens a case, assesses
it, refers it to a partner's service, finds the person with the search index (FTS5 in the
SQLCipher build), renders the referral letter with the embedded fonts, makes an encrypted
backup copy and checks that neither file holds the name in clear. A packaged build that
lacks any data file (or the SQLCipher library) fails here, not at a desk.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cotdesk import resources
from cotdesk.db import encryption
from cotdesk.db.database import Database, backup_database, open_database
from cotdesk.db.models import DeskState, Office, Operator, Partner, Service
from cotdesk.domain.needs import Severity
from cotdesk.domain.roles import Role
from cotdesk.services import assessments, cases, consents, documents, persons, referrals
from cotdesk.services.search import search_persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork

SELF_TEST_CF = "RSSMRA85T10A562S"


@dataclass
class SelfTestReport:
    steps: list[tuple[str, float]] = field(default_factory=list)
    letter_bytes: int = 0

    def describe(self) -> str:
        lines = [f"  {name:<45} {seconds * 1000:7.1f} ms" for name, seconds in self.steps]
        return "\n".join(["Autoverifica di cotdesk riuscita:", *lines])


def run_self_test(today: date | None = None, folder: Path | None = None) -> SelfTestReport:
    """Run every step; raise on the first failure (the caller reports it)."""
    today = today or date.today()  # noqa: DTZ011 - a local calendar day is what we want
    report = SelfTestReport()

    @contextmanager
    def step(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        report.steps.append((name, time.perf_counter() - start))

    with tempfile.TemporaryDirectory(prefix="cotdesk-selftest-", dir=folder) as tmp:
        path = Path(tmp) / "selftest.db"
        key = encryption.new_key()
        with step("database cifrato (SQLCipher) e migrazioni"):
            db = open_database(path, key=key)
        try:
            with step("sportello, operatore, ente e servizio"):
                actor, service_id = _network(db)
            with step("persona, consensi, presa in carico, invio"):
                referral_id = _walk_in(db, actor, service_id, today)
            with step("ricerca per codice fiscale"):
                hits = search_persons(db, SELF_TEST_CF)
            if not hits:
                raise RuntimeError("la ricerca non trova la persona appena registrata")
            with step("lettera di invio (PDF)"), UnitOfWork(db, actor) as uow:
                pdf = documents.referral_letter(uow, referral_id, today=today)
                uow.commit()
            if not pdf.startswith(b"%PDF"):
                raise RuntimeError("la lettera di invio non è un PDF")
            report.letter_bytes = len(pdf)
            with step("copia di sicurezza cifrata"):
                copy = backup_database(path, Path(tmp) / "copia.db", key)
        finally:
            db.close()
        with step("nessun nome in chiaro nei file"):
            _check_encrypted(path, copy, key)
    return report


def _check_encrypted(path: Path, copy: Path, key: bytes) -> None:
    for file in (path, copy):
        data = file.read_bytes()
        if data.startswith(encryption.SQLITE_HEADER) or b"Rossi" in data or b"ROSSI" in data:
            raise RuntimeError(f"il file {file.name} non è cifrato")
    with encryption.connection(copy, key=key) as conn:
        if encryption.quick_check(conn):
            raise RuntimeError("la copia di sicurezza cifrata non è integra")


def _network(db: Database) -> tuple[Actor, uuid.UUID]:
    with UnitOfWork(db, None) as uow:
        office = Office(code="AUTO", name="Sportello di autoverifica", district_code=_district())
        uow.session.add(office)
        uow.flush()
        operator = Operator(
            office_id=office.id, username="autoverifica", full_name="Autoverifica", role="operator"
        )
        partner = Partner(name="Ente di autoverifica", partner_type_code="cooperativa_sociale")
        uow.session.add_all([operator, partner])
        uow.flush()
        service = Service(
            partner_id=partner.id,
            name="Servizio di autoverifica",
            areas=["adulti_famiglie"],
            needs_met=[_need()],
        )
        uow.session.add(service)
        state = uow.session.get(DeskState, 1)
        assert state is not None  # open_database creates it
        state.office_id = office.id
        uow.commit()
        actor = Actor(operator.id, office.id, Role.OPERATOR, operator.full_name)
        return actor, service.id


def _walk_in(db: Database, actor: Actor, service_id: uuid.UUID, today: date) -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(last_name="Rossi", first_name="Mario", fiscal_code=SELF_TEST_CF),
            today=today,
        )
        consents.record_notice(uow, person.id)
        consents.give_consent(uow, person.id, sorted(consents.PURPOSES))
        case = cases.open_case(uow, person.id, areas=["adulti_famiglie"], today=today)
        assessments.record_assessment(
            uow, case.id, [assessments.NeedInput(_need(), Severity.SEVERE)], today=today
        )
        referral = referrals.create_referral(
            uow, case.id, service_id, need_codes=[_need()], today=today
        )
        uow.commit()
        return referral.id


def _district() -> str:
    return resources.districts()[0].code


def _need() -> str:
    return resources.needs_by_area()["adulti_famiglie"][0].code
