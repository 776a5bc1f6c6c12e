"""The documents themselves, from view models: fonts, metadata, wording, pages, QR code.

Every PDF is read back with pypdf, as a reader would; the QR code is decoded from the
rendered page (poppler's ``pdftoppm`` and zxing-cpp) when both are available, and its
payload is always checked on the drawing.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from cotdesk.domain.italian import appointment_text, long_date
from cotdesk.domain.services_catalogue import CostForm
from cotdesk.letters import (
    ConsentFormData,
    ConsentSubject,
    OfficeHeading,
    PurposeChoice,
    Recipient,
    ReferralLetterData,
    ReferredPerson,
    ServiceDetails,
    reference_qr,
    render_consent_form,
    render_referral_letter,
    render_referral_letters,
)
from cotdesk.letters.consent_form import checkbox_text

ROME = ZoneInfo("Europe/Rome")

OFFICE = OfficeHeading(
    name="COT Solidale M05",
    district="Municipio V (Prenestino/Centocelle)",
    address="Via dei Castani 201/A, 00172 Roma",
    phone="06 2412 3456",
    email="cot.m05@cotsolidali.example.org",
    opening_hours="lun-ven 9:00-13:00, mar e gio 14:30-17:30",
)
LETTER = ReferralLetterData(
    reference="INV-M05-2026-3FA2-00018",
    letter_date=date(2026, 11, 24),
    office=OFFICE,
    recipient=Recipient(
        "Cooperativa Sociale Il Girasole", "Via Prenestina 412, 00171 Roma", "Francesca Nardò"
    ),
    person=ReferredPerson("Ionuț", "Popescu", date(1985, 12, 10), "333 1234567", ("romeno",)),
    service=ServiceDetails(
        "Centro diurno per persone con disabilità",
        "Via Casilina 1024, 00169 Roma",
        "06 9876543",
        "centro@girasole.example.org",
        "lun-ven 9:00-13:00",
        CostForm.CO_PAYMENT,
        "Quota in base all'ISEE",
    ),
    needs=("Centro diurno per persone con disabilità",),
    appointment=datetime(2026, 12, 1, 10, 30, tzinfo=ROME),
    what_to_bring=("Portare il verbale di invalidità civile.",),
    operator_name="Giulia Operatrice",
    consent_date=date(2026, 11, 20),
)
CONSENT = ConsentFormData(
    office=OFFICE,
    notice_version="2026-01",
    subject=ConsentSubject("Mario", "Rossi", date(1985, 12, 10), "Roma", "cf", "RSSMRA85T10H501Z"),
    purposes=(
        PurposeChoice("presa_in_carico", "Presa in carico e valutazione del bisogno", True),
        PurposeChoice("contatti", "Contatto telefonico per appuntamenti", False),
    ),
    form_date=date(2026, 11, 24),
    operator_name="Giulia Operatrice",
    recorded_on=date(2026, 11, 24),
)


# ---------------------------------------------------------------------------- helpers (shared)


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed (lines re-flow)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _fonts_of(resources: Any, found: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font_ref in (resources.get("/Font") or DictionaryObject()).values():
        font = font_ref.get_object()
        descriptors = [font]
        for descendant in font.get("/DescendantFonts", []):
            descriptors.append(descendant.get_object())
        embedded = False
        for item in descriptors:
            descriptor = item.get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded |= any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
        found[str(font["/BaseFont"])] = embedded
    for xobject_ref in (resources.get("/XObject") or DictionaryObject()).values():
        xobject = xobject_ref.get_object()
        if id(xobject) not in seen:
            seen.add(id(xobject))
            _fonts_of(xobject.get("/Resources"), found, seen)


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font the PDF uses (base font name -> embedded?), forms included."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        _fonts_of(page.get("/Resources"), found, set())
    return found


def assert_only_embedded_dejavu(data: bytes) -> None:
    fonts = pdf_fonts(data)
    assert fonts, "no fonts found"
    for name, embedded in fonts.items():
        assert "DejaVuSans" in name, f"{name} is not DejaVu Sans"
        assert embedded, f"{name} is not embedded"


def decode_qr_codes(data: bytes, tmp_path: Path, resolution: int = 100) -> list[str]:
    """The QR codes on the first page, rendered by pdftoppm and read by zxing-cpp."""
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (dev extra) not installed")
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm missing: bash scripts/system-deps.sh --screen")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", "-f", "1", "-l", "1", str(pdf), str(pdf)],
        check=True,
    )
    (png,) = tmp_path.glob("letter.pdf*.png")
    with Image.open(png) as image:
        return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


# ---------------------------------------------------------------------------- Italian


def test_dates_and_appointments_are_spelled_in_italian() -> None:
    assert long_date(date(2026, 11, 24)) == "24 novembre 2026"
    assert appointment_text(datetime(2026, 12, 1, 10, 30, tzinfo=ROME)) == (
        "martedì 1 dicembre 2026 alle ore 10:30"
    )
    assert appointment_text(datetime(2027, 1, 3, 9, 5, tzinfo=ROME)) == (
        "domenica 3 gennaio 2027 alle ore 9:05"
    )


# ---------------------------------------------------------------------------- referral letter


def test_the_referral_letter_reads_as_written() -> None:
    pdf = render_referral_letter(LETTER)
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    for expected in (
        "COT Solidale M05",
        "Municipio V (Prenestino/Centocelle)",
        "Orari di apertura: lun-ven 9:00-13:00",
        "Roma, 24 novembre 2026",
        "INV-M05-2026-3FA2-00018",
        "Spett.le Cooperativa Sociale Il Girasole",
        "Alla c.a. di Francesca Nardò",
        "Oggetto: invio di Ionuț Popescu per il servizio «Centro diurno per persone con "
        "disabilità»",
        "10 dicembre 1985",
        "333 1234567",
        "romeno",
        "Compartecipazione alla spesa (Quota in base all'ISEE)",
        "martedì 1 dicembre 2026 alle ore 10:30",
        "Portare il verbale di invalidità civile.",
        "Giulia Operatrice",
        "accettato",
        "non accettato",
        "consenso registrato il 20 novembre 2026",
        "artt. 6 e 9",
        "Rif. INV-M05-2026-3FA2-00018 — pagina 1 di 1",
    ):
        assert expected in text, expected


def test_the_letter_embeds_dejavu_everywhere_and_keeps_personal_data_out_of_metadata() -> None:
    pdf = render_referral_letter(LETTER)
    assert_only_embedded_dejavu(pdf)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == "Lettera di invio INV-M05-2026-3FA2-00018"
    assert metadata.author == "COT Solidale M05"
    assert metadata.subject
    everything = " ".join(str(value) for value in metadata.values())
    for personal in ("Popescu", "Ionuț", "1985", "333"):
        assert personal not in everything


def test_missing_optional_parts_are_left_out() -> None:
    bare = replace(
        LETTER,
        recipient=Recipient("Associazione Senza Recapiti"),
        person=ReferredPerson("Anna", "Bianchi"),
        appointment=None,
        what_to_bring=(),
        needs=(),
        consent_date=None,
    )
    text = pdf_text(render_referral_letter(bare))
    assert "Alla c.a." not in text
    assert "Telefono" not in text
    assert "Lingue parlate" not in text
    assert "Cosa portare" not in text
    assert "da concordare con il servizio" in text
    assert "consenso registrato presso lo sportello" in text


def test_data_is_never_taken_for_markup() -> None:
    tricky = replace(
        LETTER,
        recipient=Recipient("Bar & Co. <b>Onlus</b>", "Via A&B 1"),
        service=replace(LETTER.service, name="Doposcuola <i>& compiti</i>"),
    )
    text = pdf_text(render_referral_letter(tricky))
    assert "Bar & Co. <b>Onlus</b>" in text
    assert "Doposcuola <i>& compiti</i>" in text


def test_long_texts_flow_onto_a_second_page_with_numbered_footers() -> None:
    long_letter = replace(
        LETTER,
        needs=tuple(f"Bisogno numero {n} con una descrizione piuttosto lunga" for n in range(30)),
    )
    pdf = render_referral_letter(long_letter)
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "Rif. INV-M05-2026-3FA2-00018 — pagina 1 di 2" in pages[0]
    assert "Rif. INV-M05-2026-3FA2-00018 — pagina 2 di 2" in pages[1]
    assert "consenso registrato il 20 novembre 2026" in pages[1]
    assert_only_embedded_dejavu(pdf)


def test_a_batch_is_one_pdf_with_each_letter_numbered_on_its_own() -> None:
    long_letter = replace(
        LETTER,
        reference="INV-M05-2026-3FA2-00002",
        needs=tuple(f"Bisogno numero {n} con una descrizione piuttosto lunga" for n in range(30)),
    )
    letters = [
        replace(LETTER, reference="INV-M05-2026-3FA2-00001"),
        long_letter,
        replace(LETTER, reference="INV-M05-2026-3FA2-00003"),
    ]
    pdf = render_referral_letters(letters)
    pages = page_texts(pdf)
    assert len(pages) == 4
    assert "Rif. INV-M05-2026-3FA2-00001 — pagina 1 di 1" in pages[0]
    assert "Rif. INV-M05-2026-3FA2-00002 — pagina 1 di 2" in pages[1]
    assert "Rif. INV-M05-2026-3FA2-00002 — pagina 2 di 2" in pages[2]
    assert "Rif. INV-M05-2026-3FA2-00003 — pagina 1 di 1" in pages[3]
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == "Lettere di invio (3)"
    assert_only_embedded_dejavu(pdf)
    with pytest.raises(ValueError, match="no letters"):
        render_referral_letters([])


def test_the_qr_code_carries_the_reference() -> None:
    drawing = reference_qr(LETTER.reference)
    (widget,) = drawing.contents
    assert widget.value == LETTER.reference


def test_the_printed_qr_code_decodes_to_the_reference(tmp_path: Path) -> None:
    pdf = render_referral_letter(LETTER)
    assert decode_qr_codes(pdf, tmp_path, resolution=80) == [LETTER.reference]


# ---------------------------------------------------------------------------- consent form


def test_checkboxes_show_the_recorded_choice() -> None:
    assert checkbox_text(True).split() == ["[X]", "acconsento", "[", "]", "non", "acconsento"]
    assert checkbox_text(False).split() == ["[", "]", "acconsento", "[X]", "non", "acconsento"]
    assert "X" not in checkbox_text(None)


def test_the_consent_form_reads_as_written() -> None:
    pdf = render_consent_form(CONSENT)
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    for expected in (
        "Titolare del trattamento: COT Solidale M05",
        "versione 2026-01",
        "Mario Rossi",
        "10 dicembre 1985, Roma",
        "Codice fiscale RSSMRA85T10H501Z",
        "1. Presa in carico e valutazione del bisogno [X] acconsento [ ] non acconsento",
        "2. Contatto telefonico per appuntamenti [ ] acconsento [X] non acconsento",
        "Firma dell'interessato/a",
        "legale rappresentante",
        "Roma, 24 novembre 2026",
        "Giulia Operatrice",
        "Scelte registrate il 24 novembre 2026",
        "artt. 15-22",
        "pagina 1 di 1",
    ):
        assert expected in text, expected
    assert_only_embedded_dejavu(pdf)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.author == "COT Solidale M05"
    everything = " ".join(str(value) for value in metadata.values())
    assert "Rossi" not in everything
    assert "RSSMRA" not in everything


def test_a_blank_consent_form_for_a_person_with_an_stp_code() -> None:
    blank = replace(
        CONSENT,
        subject=ConsentSubject("Amina", "Diallo", None, "", "stp", "STP1201010000123"),
        purposes=tuple(replace(purpose, given=None) for purpose in CONSENT.purposes),
        signed_by="Fatou Diallo",
        recorded_on=None,
    )
    text = pdf_text(render_consent_form(blank))
    assert "Codice STP STP1201010000123" in text
    assert "[X]" not in text
    assert "Nome e cognome: Fatou Diallo" in text
    assert "Scelte registrate" not in text
