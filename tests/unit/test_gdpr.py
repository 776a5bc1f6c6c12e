"""The data subject's rights at the desk: access (art. 15) and erasure (art. 17)."""

from __future__ import annotations

import io
import uuid
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, inspect, select, text, update

from cotdesk.db.database import Database, backup_database
from cotdesk.db.models import (
    AuditEvent,
    Base,
    Case,
    Household,
    OutboxEntry,
    Person,
    Referral,
    UnmetNeed,
)
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, ValidationError
from cotdesk.services import gdpr, households, persons
from cotdesk.services.cases import add_note
from cotdesk.services.drafts import load_draft, save_draft
from cotdesk.services.gdpr import (
    EXPORT_SCHEMA,
    erase_person,
    erasure_preview,
    export_person,
    export_person_pdf,
)
from cotdesk.services.matching import ReferralRequest, create_referrals
from cotdesk.services.search import search_persons
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.services.unmet_needs import record_unmet_need
from tests.factories import make_actor, make_office
from tests.unit.test_matching import ELDERLY, HOUSING, add_case, add_services

TODAY = date(2026, 11, 24)
LAST_NAME = "Zanzibarre"
FISCAL_NAME = "Samira"


def build_person(db: Database, operator: Actor) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A person with consents, a case (assessment, note, referral, unmet need), a household
    with another member, a correction and a draft: (person id, case id, other member id)."""
    services = add_services(db)
    person_id, case_id = add_case(db, operator, last_name=LAST_NAME)
    create_referrals(
        db,
        operator,
        case_id,
        [ReferralRequest(services[next(iter(services))], (HOUSING,), notes="Sfratto imminente")],
        mark_sent=True,
        today=TODAY,
    )
    with UnitOfWork(db, operator) as uow:
        add_note(uow, case_id, f"Colloquio con {LAST_NAME}: racconta dello sfratto")
        record_unmet_need(uow, case_id, ELDERLY, notes="Nessun posto", today=TODAY)
        other = persons.register_person(
            uow, persons.PersonData(last_name="Verdi", first_name="Paolo")
        )
        household = households.create_household(uow, person_id, label=f"Nucleo {LAST_NAME}")
        households.add_member(uow, household.id, other.id, "coniuge")
        persons.update_person(
            uow,
            person_id,
            persons.PersonData(
                last_name=LAST_NAME,
                first_name=FISCAL_NAME,
                birth_date=date(1988, 3, 2),
                sex="F",
                languages=["ar", "it"],
                district_code="rm_m05",
                phone="333 0001112",
            ),
        )
        referral = uow.session.scalars(select(Referral).where(Referral.case_id == case_id)).one()
        uow.audit("print", referral, document="referral_letter")
        uow.commit()
        other_id = other.id
    save_draft(db, operator, "person", str(person_id), {"phone": "333 0001112"})
    return person_id, case_id, other_id


def close_case(db: Database, case_id: uuid.UUID) -> None:
    with UnitOfWork(db, None) as uow:
        uow.session.execute(
            update(Case).where(Case.id == case_id).values(status="closed", closed_on=TODAY)
        )
        uow.commit()


def statistics(db: Database) -> dict[str, Any]:
    """The aggregates the network publishes, computed as the statistics do."""
    with ReadUnit(db, None) as unit:
        session = unit.session
        live_case = Case.deleted_at.is_(None)
        unmet = session.execute(
            select(UnmetNeed.district_code, UnmetNeed.area_code, func.count())
            .join(Case, Case.id == UnmetNeed.case_id)
            .where(UnmetNeed.deleted_at.is_(None), live_case)
            .group_by(UnmetNeed.district_code, UnmetNeed.area_code)
        ).all()
        areas = session.execute(
            text(
                "SELECT area.value, COUNT(DISTINCT c.person_id) FROM case_record c, "
                "json_each(c.areas) AS area WHERE c.deleted_at IS NULL GROUP BY area.value"
            )
        ).all()
        months = session.execute(
            select(func.strftime("%Y-%m", Case.opened_on), func.count())
            .where(live_case)
            .group_by(func.strftime("%Y-%m", Case.opened_on))
        ).all()
        outcomes = session.execute(
            select(Referral.partner_id, Referral.status, func.count())
            .join(Case, Case.id == Referral.case_id)
            .where(Referral.deleted_at.is_(None), live_case)
            .group_by(Referral.partner_id, Referral.status)
        ).all()
        districts = session.execute(
            select(Person.district_code, func.count(func.distinct(Person.id)))
            .join(Case, Case.person_id == Person.id)
            .group_by(Person.district_code)
        ).all()
    return {
        "unmet": sorted(map(tuple, unmet)),
        "areas": sorted(map(tuple, areas)),
        "months": sorted(map(tuple, months)),
        "outcomes": sorted((str(p), s, n) for p, s, n in outcomes),
        "districts": sorted(map(tuple, districts)),
    }


# --------------------------------------------------------------------------- access


def test_the_export_holds_everything_and_is_audited(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, case_id, _ = build_person(db, operator)
    export = export_person(db, supervisor, person_id)
    document = export.document
    assert document["schema"] == EXPORT_SCHEMA
    assert document["schema_version"] == 1
    assert document["person"]["last_name"] == LAST_NAME
    assert document["person"]["id"] == str(person_id)
    assert document["rectifications"][0]["previous"] == {"phone": "333 7654321"}
    assert [c["action"] for c in document["consents"]] == ["notice_given", "given"]
    assert document["households"][0]["relation"] == "intestatario"
    assert document["households"][0]["other_members"] == 1
    assert "Verdi" not in export.json_text()  # the other member's data is theirs
    (case,) = document["cases"]
    assert case["id"] == str(case_id)
    assert case["assessments"][0]["needs"][0]["need_code"] in {HOUSING, "beni_prima_necessita"}
    assert any("racconta dello sfratto" in e["text"] for e in case["timeline"])
    assert case["referrals"][0]["notes"] == "Sfratto imminente"
    assert case["referrals"][0]["status"] == "sent"
    assert case["unmet_needs"][0]["notes"] == "Nessun posto"
    assert document["letters_printed"][0]["action"] == "print"
    actions = {(x["record"], x["action"]) for x in document["access_log"]}
    assert ("persona", "update") in actions
    assert ("presa in carico", "create") in actions
    with ReadUnit(db, None) as unit:
        audit = unit.session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "export")
        ).one()
    assert audit == {"document": "gdpr_access", "format": "json"}


def test_the_pdf_is_readable(db: Database, operator: Actor, supervisor: Actor) -> None:
    person_id, _, _ = build_person(db, operator)
    pdf, export = export_person_pdf(db, supervisor, person_id)
    reader = PdfReader(io.BytesIO(pdf))
    content = "\n".join(page.extract_text() for page in reader.pages)
    assert "Copia dei dati personali" in content
    assert LAST_NAME in content
    assert "Sfratto imminente" in content
    assert "Registro degli accessi ai dati" in content
    assert LAST_NAME not in str(reader.metadata)
    assert export.document["person"]["last_name"] == LAST_NAME


def test_only_supervisors_of_the_office_export(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, _, _ = build_person(db, operator)
    with pytest.raises(PermissionDenied):
        export_person(db, operator, person_id)
    other = make_actor(db, make_office(db, "M07", "rm_m07"), Role.SUPERVISOR, "altro.coord")
    with pytest.raises(PermissionDenied):
        export_person(db, other, person_id)


# --------------------------------------------------------------------------- erasure


def test_erasure_is_refused_with_open_cases_without_reason_or_role(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, case_id, _ = build_person(db, operator)
    preview = erasure_preview(db, supervisor, person_id)
    assert preview.open_cases
    assert "chiuderle prima" in preview.blocked_reason
    with pytest.raises(ValidationError, match="non ancora chiuse"):
        erase_person(db, supervisor, person_id, reason="Richiesta dell'interessata")
    close_case(db, case_id)
    with pytest.raises(ValidationError, match="motivo"):
        erase_person(db, supervisor, person_id, reason="boh")
    with pytest.raises(PermissionDenied):
        erase_person(db, operator, person_id, reason="Richiesta dell'interessata")
    with pytest.raises(PermissionDenied):
        erasure_preview(db, operator, person_id)


def test_an_erased_person_is_gone_and_the_statistics_stay(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    person_id, case_id, other_id = build_person(db, operator)
    close_case(db, case_id)
    # Part of it already reached the server: the server must be told to purge.
    with UnitOfWork(db, None) as uow:
        uow.session.execute(update(OutboxEntry).values(state="pushed"))
        uow.commit()
    preview = erasure_preview(db, supervisor, person_id)
    assert preview.counts["person"] == 1
    assert preview.anonymised_cases == 1
    before = statistics(db)
    fiscal = export_person(db, supervisor, person_id).document["person"]["fiscal_code"]

    report = erase_person(
        db, supervisor, person_id, reason=f"Richiesta di {LAST_NAME} {FISCAL_NAME} del 20/11"
    )

    assert report.anonymised_cases == 1
    assert report.removed["person"] == 1
    assert report.removed["case"] == 1
    assert report.drafts_removed == 1
    assert report.purge_queued
    assert statistics(db) == before
    with ReadUnit(db, None) as unit:
        session = unit.session
        assert session.get(Person, person_id) is None
        assert session.get(Case, case_id) is None
        assert session.get(Person, other_id) is not None
        # The household stays with its other member.
        assert session.scalars(select(Household)).one() is not None
        # Nothing in any table mentions the person's id, except the access log and the
        # purge order for the server.
        for table in Base.metadata.sorted_tables:
            if table.name in {"audit_event", "outbox"}:
                continue
            for column in table.columns:
                if isinstance(column.type, type(Person.__table__.c.id.type)):
                    found = session.execute(
                        select(func.count()).select_from(table).where(column == person_id)
                    ).scalar_one()
                    assert found == 0, (table.name, column.name)
        purge = session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == person_id)).one()
        assert (purge.op, purge.state) == ("delete", "pending")
        assert purge.changes["purge"] is True
        assert str(case_id) in purge.changes["purged"]["case"]
        erase = session.scalars(select(AuditEvent).where(AuditEvent.action == "erase")).one()
        assert erase.entity_id == person_id
        assert LAST_NAME not in str(erase.detail)
        assert FISCAL_NAME not in str(erase.detail)
        assert "[…]" in erase.detail["reason"]
        # The anonymous copy keeps what statistics count, nothing that identifies.
        copy = session.scalars(select(Case).where(Case.reference.like("ANON-%"))).one()
        stub = session.get(Person, copy.person_id)
        assert stub is not None
        assert (stub.last_name, stub.first_name, stub.fiscal_code, stub.phone) == ("", "", None, "")
        assert copy.summary == ""
        assert copy.areas == ["adulti_famiglie"]
        assert inspect(copy).attrs.closed_on.value == TODAY
    assert load_draft(db, operator, "person", str(person_id)) is None
    assert search_persons(db, LAST_NAME) == []
    # A backup made after the erasure holds none of it either.
    backup = backup_database(db.path, db.path.with_name("copia-dopo.db"))
    raw = db.path.read_bytes() + backup.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert fiscal is None  # (add_case registers no code; names and texts are checked)
    secrets = (LAST_NAME, "racconta dello sfratto", "Sfratto imminente", "333 7654321")
    for secret in (*secrets, "333 0001112", "3330001112"):
        assert secret.encode() not in raw, secret
        assert secret.lower().encode() not in raw, secret


def test_a_person_never_synced_leaves_no_purge_order(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    with UnitOfWork(db, operator) as uow:
        person_id = persons.register_person(
            uow, persons.PersonData(last_name="Quaglierini", first_name="Ada")
        ).id
        uow.commit()
    report = erase_person(db, supervisor, person_id, reason="Registrata per errore, doppione")
    assert not report.purge_queued
    assert report.outbox_entries_removed >= 1
    with ReadUnit(db, None) as unit:
        assert unit.session.scalar(select(func.count()).select_from(OutboxEntry)) == 0 or all(
            entry.row_id != person_id for entry in unit.session.scalars(select(OutboxEntry))
        )
    assert gdpr.is_anonymous_reference("ANON-12")


def test_a_busy_file_does_not_undo_the_erasure(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    import sqlite3

    with UnitOfWork(db, operator) as uow:
        person_id = persons.register_person(
            uow, persons.PersonData(last_name="Quaglierini", first_name="Ada")
        ).id
        uow.commit()
    reader = sqlite3.connect(db.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM person").fetchone()  # a long read holds the file
        report = erase_person(db, supervisor, person_id, reason="Registrata per errore, doppione")
    finally:
        reader.close()
    assert not report.cleaned
    with ReadUnit(db, None) as unit:
        assert unit.session.get(Person, person_id) is None
    assert gdpr.try_secure_cleanup(db)
