"""Documents from the database: what a letter may carry, office access, audit, saving."""

from __future__ import annotations

import errno
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Consent, Office, Partner, Service
from cotdesk.domain.italian import long_date
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import VULNERABILITY_LABELS, Vulnerability
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, PermissionDenied, UserError, ValidationError
from cotdesk.services import assessments, cases, consents, documents, persons, referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from tests.factories import make_actor, make_office
from tests.unit.test_letters import (
    assert_only_embedded_dejavu,
    decode_qr_codes,
    page_count,
    page_texts,
    pdf_text,
)

TODAY = date(2026, 11, 24)
CODICE_FISCALE = "RSSMRA85T10A562S"
NARRATIVE = "Racconta di debiti di gioco del compagno e di un litigio violento in casa"
NEED_NOTES = "Sfratto esecutivo fissato a gennaio, nessuna rete familiare"
REFERRAL_NOTES = "Nota interna: preferisce non parlare del fratello detenuto"
PERSON_NOTES = "Nota anagrafica riservata"
SUMMARY = "Sintesi riservata della presa in carico"
# 09:30 UTC on 1 December is 10:30 in Rome (CET, UTC+1).
APPOINTMENT_UTC = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Referred:
    person_id: uuid.UUID
    case_id: uuid.UUID
    referral_id: uuid.UUID
    reference: str


def _service(db: Database) -> uuid.UUID:
    with UnitOfWork(db, None) as uow:
        partner = Partner(
            name="Cooperativa Sociale Il Girasole",
            partner_type_code="cooperativa_sociale",
            address="Via Prenestina 412, 00171 Roma",
            contact_person="Francesca Nardò",
        )
        uow.session.add(partner)
        uow.flush()
        service = Service(
            partner_id=partner.id,
            name="Centro diurno per persone con disabilità",
            areas=["disabilita"],
            address="Via Casilina 1024, 00169 Roma",
            phone="06 9876543",
            schedule="lun-ven 9:00-13:00",
            cost_form="compartecipazione",
            cost_notes="Quota in base all'ISEE",
            eligibility=(
                "Persone con disabilità riconosciuta (L. 104/92). "
                "Portare il verbale di invalidità civile e un documento d'identità."
            ),
        )
        uow.session.add(service)
        uow.commit()
        return service.id


def _referred(
    db: Database,
    actor: Actor,
    *,
    purposes: tuple[str, ...] = ("presa_in_carico", "condivisione_rete", "contatti"),
    appointment_at: datetime | None = APPOINTMENT_UTC,
    fiscal_code: str = CODICE_FISCALE,
    service_id: uuid.UUID | None = None,
) -> Referred:
    """A person with consent, an open case with an assessment, and a referral (draft)."""
    service_id = service_id or _service(db)
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name="Rossi",
                first_name="Mario",
                fiscal_code=fiscal_code,
                phone="333 1234567",
                email="mario.rossi@example.org",
                address_street="Via dei Gelsi 12",
                languages=["ar", "it"],
                notes=PERSON_NOTES,
            ),
            today=TODAY,
        )
        consents.record_notice(uow, person.id)
        consents.give_consent(uow, person.id, list(purposes))
        case = cases.open_case(uow, person.id, areas=["disabilita"], summary=SUMMARY, today=TODAY)
        assessments.record_assessment(
            uow,
            case.id,
            [assessments.NeedInput("centro_diurno_disabili", Severity.SEVERE, NEED_NOTES)],
            vulnerabilities=[Vulnerability.VIOLENCE_ABUSE],
            narrative=NARRATIVE,
            today=TODAY,
        )
        referral = referrals.create_referral(
            uow,
            case.id,
            service_id,
            need_codes=["centro_diurno_disabili", "trasporto_sociale"],
            notes=REFERRAL_NOTES,
            appointment_at=appointment_at,
            today=TODAY,
        )
        uow.commit()
        return Referred(person.id, case.id, referral.id, referral.reference)


def _print(db: Database, actor: Actor, referral_id: uuid.UUID, purpose: str = "print") -> bytes:
    with UnitOfWork(db, actor) as uow:
        pdf = documents.referral_letter(uow, referral_id, today=TODAY, purpose=purpose)
        uow.commit()
        return pdf


def _audit(db: Database, entity_id: uuid.UUID) -> list[AuditEvent]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_id == entity_id, AuditEvent.action != "create")
                .order_by(AuditEvent.occurred_at)
            )
        )


def _consent_day(db: Database, person_id: uuid.UUID) -> str:
    """The day (in Rome) the consent to share data was recorded, as the letter spells it."""
    with db.read_session() as session:
        recorded_at = session.scalars(
            select(Consent.recorded_at).where(
                Consent.person_id == person_id, Consent.action == "given"
            )
        ).one()
    return long_date(recorded_at.astimezone(ZoneInfo("Europe/Rome")).date())


def _set_office_details(db: Database, office_id: uuid.UUID) -> None:
    with UnitOfWork(db, None) as uow:
        office = uow.session.get(Office, office_id)
        assert office is not None
        office.address = "Via dei Castani 201/A, 00172 Roma"
        office.phone = "06 2412 3456"
        office.email = "cot.m05@cotsolidali.example.org"
        office.opening_hours = "lun-ven 9:00-13:00"
        uow.commit()


# ---------------------------------------------------------------------------- the letter


def test_the_letter_carries_what_the_partner_needs(
    db: Database, office_id: uuid.UUID, operator: Actor
) -> None:
    _set_office_details(db, office_id)
    referred = _referred(db, operator)
    pdf = _print(db, operator, referred.referral_id)
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    for expected in (
        referred.reference,
        "COT Solidale M05",
        "Municipio V",
        "Via dei Castani 201/A",
        "Roma, 24 novembre 2026",
        "Cooperativa Sociale Il Girasole",
        "Alla c.a. di Francesca Nardò",
        "Oggetto: invio di Mario Rossi per il servizio «Centro diurno per persone con disabilità»",
        "Mario Rossi",
        "10 dicembre 1985",
        "333 1234567",  # consented to be contacted
        "arabo, italiano",
        "Centro diurno per persone con disabilità",  # need label from the catalogue
        "Trasporto sociale e accompagnamento",
        "Compartecipazione alla spesa (Quota in base all'ISEE)",
        "martedì 1 dicembre 2026 alle ore 10:30",  # 09:30 UTC shown in Rome time
        "Portare il verbale di invalidità civile e un documento d'identità.",
        operator.full_name,
        f"consenso registrato il {_consent_day(db, referred.person_id)}",
    ):
        assert expected in text, expected
    assert_only_embedded_dejavu(pdf)


def test_the_letter_never_carries_what_the_partner_must_not_see(
    db: Database, operator: Actor
) -> None:
    referred = _referred(db, operator)
    text = pdf_text(_print(db, operator, referred.referral_id))
    for secret in (
        CODICE_FISCALE,
        NARRATIVE,
        NEED_NOTES,
        REFERRAL_NOTES,
        PERSON_NOTES,
        SUMMARY,
        VULNERABILITY_LABELS[Vulnerability.VIOLENCE_ABUSE],
        "Grave",
        "mario.rossi@example.org",
        "Via dei Gelsi",
        "Persone con disabilità riconosciuta",  # eligibility, not something to bring
    ):
        assert secret not in text, secret


def test_no_phone_without_consent_to_be_contacted_and_summer_time(
    db: Database, operator: Actor
) -> None:
    # 08:30 UTC on 6 July is 10:30 in Rome (CEST, UTC+2).
    referred = _referred(
        db,
        operator,
        purposes=("presa_in_carico", "condivisione_rete"),
        appointment_at=datetime(2027, 7, 6, 8, 30, tzinfo=UTC),
    )
    text = pdf_text(_print(db, operator, referred.referral_id))
    assert "333 1234567" not in text
    assert "Telefono" not in text
    assert "martedì 6 luglio 2027 alle ore 10:30" in text


def test_no_letter_without_consent_to_share_data_with_the_network(
    db: Database, operator: Actor
) -> None:
    referred = _referred(db, operator)
    with UnitOfWork(db, operator) as uow:
        consents.withdraw_consent(uow, referred.person_id, ["condivisione_rete"])
        uow.commit()
    with pytest.raises(ValidationError, match="non ha acconsentito") as info:
        _print(db, operator, referred.referral_id)
    assert info.value.field == "consent"
    assert _audit(db, referred.referral_id) == []


def test_the_printed_qr_code_is_the_reference(
    db: Database, operator: Actor, tmp_path: Path
) -> None:
    referred = _referred(db, operator)
    pdf = _print(db, operator, referred.referral_id)
    assert decode_qr_codes(pdf, tmp_path) == [referred.reference]


# ---------------------------------------------------------------------------- access, audit


@pytest.mark.parametrize(
    ("purpose", "action"), [("print", "print"), ("export", "export"), ("preview", "view")]
)
def test_each_document_is_audited_with_its_purpose(
    db: Database, operator: Actor, purpose: str, action: str
) -> None:
    referred = _referred(db, operator)
    _print(db, operator, referred.referral_id, purpose=purpose)
    (event,) = _audit(db, referred.referral_id)
    assert (event.action, event.entity, event.operator_id) == (
        action,
        "referral",
        operator.operator_id,
    )
    assert event.detail == {"document": "referral_letter"}


def test_the_audit_row_is_left_for_the_caller_to_commit(db: Database, operator: Actor) -> None:
    referred = _referred(db, operator)
    with UnitOfWork(db, operator) as uow:
        documents.referral_letter(uow, referred.referral_id, today=TODAY)
        # no commit: the PDF never reached the printer
    assert _audit(db, referred.referral_id) == []


def test_an_unknown_purpose_is_a_programming_error(db: Database, operator: Actor) -> None:
    referred = _referred(db, operator)
    with pytest.raises(ValueError, match="purpose"):
        _print(db, operator, referred.referral_id, purpose="fax")


def test_another_office_cannot_print_the_letter_or_the_form(db: Database, operator: Actor) -> None:
    referred = _referred(db, operator)
    stranger = make_actor(db, make_office(db, "M11", "rm_m11"), Role.OPERATOR, "altro.sportello")
    with pytest.raises(PermissionDenied, match="altro sportello"):
        _print(db, stranger, referred.referral_id)
    with pytest.raises(PermissionDenied), UnitOfWork(db, stranger) as uow:
        documents.referral_letters(uow, [referred.referral_id], today=TODAY)
    with pytest.raises(PermissionDenied), UnitOfWork(db, stranger) as uow:
        documents.consent_form(uow, referred.person_id, today=TODAY)
    assert _audit(db, referred.referral_id) == []
    assert all(event.action != "print" for event in _audit(db, referred.person_id))


def test_a_missing_referral_is_not_found(db: Database, operator: Actor) -> None:
    with pytest.raises(NotFound):
        _print(db, operator, uuid.uuid4())


# ---------------------------------------------------------------------------- batch


def test_a_batch_of_letters_is_one_pdf_with_one_audit_row_each(
    db: Database, operator: Actor
) -> None:
    service_id = _service(db)
    codes = ("RSSMRA85T10A562S", "RSSMRA90A01H501W", "RSSMRA70C15F205N")  # all Mario Rossi
    batch = [_referred(db, operator, fiscal_code=code, service_id=service_id) for code in codes]
    ids = [referred.referral_id for referred in batch]
    with UnitOfWork(db, operator) as uow:
        pdf = documents.referral_letters(uow, [*ids, ids[0]], today=TODAY)
        uow.commit()
    pages = page_texts(pdf)
    assert len(pages) == 3
    for page, referred in zip(pages, batch, strict=True):
        assert f"Rif. {referred.reference} — pagina 1 di 1" in page
    for referral_id in ids:
        (event,) = _audit(db, referral_id)
        assert event.action == "print"
        assert event.detail == {"document": "referral_letter", "batch": 3}
    with pytest.raises(ValidationError, match="Nessun invio"), UnitOfWork(db, operator) as uow:
        documents.referral_letters(uow, [], today=TODAY)


# ---------------------------------------------------------------------------- consent form


def test_the_consent_form_shows_the_recorded_choices(db: Database, operator: Actor) -> None:
    referred = _referred(db, operator, purposes=("presa_in_carico", "condivisione_rete"))
    with UnitOfWork(db, operator) as uow:
        pdf = documents.consent_form(uow, referred.person_id, today=TODAY, purpose="preview")
        uow.commit()
    text = pdf_text(pdf)
    assert CODICE_FISCALE in text
    assert "Mario Rossi" in text
    assert f"versione {consents.NOTICE_VERSION}" in text
    lines = [
        f"{number}. {wording} {choice}"
        for number, (wording, choice) in enumerate(
            [
                (consents.PURPOSES["presa_in_carico"], "[X] acconsento [ ] non acconsento"),
                (consents.PURPOSES["condivisione_rete"], "[X] acconsento [ ] non acconsento"),
                (consents.PURPOSES["contatti"], "[ ] acconsento [X] non acconsento"),
            ],
            1,
        )
    ]
    for line in lines:
        assert " ".join(line.split()) in text, line
    assert_only_embedded_dejavu(pdf)
    (event,) = [e for e in _audit(db, referred.person_id) if e.action == "view"]
    assert event.detail == {"document": "consent_form"}


def test_a_person_without_choices_gets_a_blank_form(db: Database, operator: Actor) -> None:
    with UnitOfWork(db, operator) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name="Hossain",
                first_name="Mohammad",
                foreign_code="STP1201010000123",
                birth_date=date(1990, 5, 1),
                sex="M",
            ),
            today=TODAY,
        )
        consents.record_notice(uow, person.id, signed_by="Rahima Hossain")
        pdf = documents.consent_form(uow, person.id, today=TODAY)
        uow.commit()
    text = pdf_text(pdf)
    assert "Codice STP STP1201010000123" in text
    assert "[X]" not in text
    assert "Nome e cognome: Rahima Hossain" in text


# ---------------------------------------------------------------------------- saving


def test_save_pdf_writes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "lettera.pdf"
    target.write_bytes(b"old")
    assert documents.save_pdf(b"%PDF-new", target) == target
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["lettera.pdf"]


def test_a_full_disk_is_explained_and_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "lettera.pdf"
    target.write_bytes(b"old")
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with (
        mock.patch("cotdesk.services.documents.os.replace", side_effect=full),
        pytest.raises(UserError, match="Spazio su disco esaurito") as info,
    ):
        documents.save_pdf(b"%PDF-new", target)
    assert str(info.value) == (
        "Spazio su disco esaurito: la lettera non è stata salvata. Liberare spazio e riprovare."
    )
    assert info.value.__cause__ is full
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["lettera.pdf"]  # no temp file left


def test_a_forbidden_folder_or_open_file_is_explained(tmp_path: Path) -> None:
    denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    with (
        mock.patch("cotdesk.services.documents.os.replace", side_effect=denied),
        pytest.raises(UserError, match="permesso negato"),
    ):
        documents.save_pdf(b"%PDF", tmp_path / "lettera.pdf")
    with pytest.raises(UserError, match="non esiste"):
        documents.save_pdf(b"%PDF", tmp_path / "manca" / "lettera.pdf")


def test_what_to_bring_is_taken_only_from_sentences_that_say_so() -> None:
    assert documents.what_to_bring("Accesso libero, anche senza residenza") == ()
    assert documents.what_to_bring(
        "Nuclei con ISEE inferiore a 9.360 €. Portare l'ultimo ISEE; munirsi di tessera "
        "sanitaria\nSu appuntamento"
    ) == ("Portare l'ultimo ISEE.", "Munirsi di tessera sanitaria.")
