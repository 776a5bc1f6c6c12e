"""The referral letter (*lettera di invio*): what the citizen brings to the partner.

One A4 page normally: the office's letterhead with a QR code of the referral reference, the
partner as addressee, the subject, the person (name, birth date, phone and languages only
when allowed), the needs, the service with its address, hours and cost, the appointment,
what to bring, who made the referral and how to answer. Long texts flow onto more pages;
every page ends with the privacy note and ``Rif. INV-… — pagina N di M``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cotdesk.domain.italian import appointment_text, long_date
from cotdesk.domain.services_catalogue import COST_FORM_LABELS
from cotdesk.letters.fonts import REGULAR, register_fonts
from cotdesk.letters.layout import (
    FRAME_WIDTH,
    STYLES,
    PageFooter,
    build_pdf,
    contacts_line,
    esc,
    field_table,
    letterhead,
    para,
    table_style,
)
from cotdesk.letters.models import ReferralLetterData

__all__ = [
    "QR_SIZE",
    "reference_qr",
    "referral_footer",
    "referral_story",
    "render_referral_letter",
    "render_referral_letters",
]

#: Side of the printed QR code: about 1 mm per module for a reference of ~25 characters,
#: which phone cameras and desk scanners read easily.
QR_SIZE: Final = 28 * mm
LABEL_WIDTH: Final = 38 * mm
SUBJECT: Final = "Lettera di invio a un servizio della rete COT solidali"


def reference_qr(reference: str, size: float = QR_SIZE) -> Drawing:
    """A drawing of the QR code carrying exactly ``reference`` (error correction M)."""
    widget = QrCodeWidget(reference, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    width, height = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    # The renderer selects the drawing's initial font even if nothing is written: without
    # this it would be Helvetica, a standard font that is never embedded.
    drawing.initialFontName = REGULAR
    drawing.add(widget)
    return drawing


def referral_footer(data: ReferralLetterData) -> PageFooter:
    """The footer of every page of the letter: privacy note and reference."""
    basis = (
        f"sulla base del consenso registrato il {long_date(data.consent_date)}"
        if data.consent_date is not None
        else "sulla base del consenso registrato presso lo sportello"
    )
    note = (
        "Privacy: i dati personali sono comunicati all'ente partner, limitatamente a quanto "
        f"necessario per l'invio, {basis} (artt. 6 e 9 del Regolamento (UE) 2016/679, GDPR). "
        "Non vanno comunicati ad altri e vanno conservati solo per il tempo necessario al "
        "servizio."
    )
    return PageFooter(label=f"Rif. {data.reference}", note=note)


def _header(data: ReferralLetterData) -> list[Flowable]:
    place_date = f"{data.office.place}, {long_date(data.letter_date)}"
    reference_row = Table(
        [
            [
                Paragraph(
                    f'<font size="9" color="#555555">Rif. invio</font><br/>{esc(data.reference)}',
                    STYLES["reference"],
                ),
                para(place_date, "right"),
            ]
        ],
        colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4],
    )
    reference_row.setStyle(
        table_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (1, 0), (1, 0), 0))
    )
    return [letterhead(data.office, reference_qr(data.reference)), Spacer(1, 4 * mm), reference_row]


def _recipient(data: ReferralLetterData) -> list[Flowable]:
    lines = ["Spett.le", f"<b>{esc(data.recipient.name)}</b>"]
    if data.recipient.address:
        lines.append(esc(data.recipient.address))
    if data.recipient.contact_person:
        lines.append(f"Alla c.a. di {esc(data.recipient.contact_person)}")
    block = Table(
        [["", Paragraph("<br/>".join(lines), STYLES["body_tight"])]],
        colWidths=[FRAME_WIDTH * 0.5, FRAME_WIDTH * 0.5],
    )
    block.setStyle(table_style())
    return [Spacer(1, 5 * mm), block, Spacer(1, 6 * mm)]


def _person(data: ReferralLetterData) -> list[Flowable]:
    person = data.person
    rows: list[tuple[str, Flowable | str]] = [
        ("Nome e cognome", para(person.full_name, "value_bold"))
    ]
    if person.birth_date is not None:
        rows.append(("Data di nascita", long_date(person.birth_date)))
    if person.phone:
        rows.append(("Telefono", person.phone))
    if person.languages:
        rows.append(("Lingue parlate", ", ".join(person.languages)))
    return [KeepTogether([para("Persona inviata", "section"), field_table(rows, LABEL_WIDTH)])]


def _needs(data: ReferralLetterData) -> list[Flowable]:
    if not data.needs:
        return []
    items: list[Flowable] = [para("Bisogni per cui la persona è inviata", "section")]
    items.extend(Paragraph(esc(label), STYLES["bullet"], bulletText="•") for label in data.needs)
    return items


def _service(data: ReferralLetterData) -> list[Flowable]:
    service = data.service
    rows: list[tuple[str, Flowable | str]] = [("Servizio", para(service.name, "value_bold"))]
    if service.address:
        rows.append(("Sede", service.address))
    contacts = contacts_line(service.phone, service.email)
    if contacts:
        rows.append(("Contatti", contacts))
    if service.schedule:
        rows.append(("Orari", service.schedule))
    cost = COST_FORM_LABELS[service.cost_form]
    if service.cost_notes:
        cost = f"{cost} ({service.cost_notes})"
    rows.append(("Costo per la persona", cost))
    appointment = (
        para(appointment_text(data.appointment), "value_bold")
        if data.appointment is not None
        else "da concordare con il servizio"
    )
    rows.append(("Appuntamento", appointment))
    if data.what_to_bring:
        rows.append(("Cosa portare", " ".join(data.what_to_bring)))
    heading = para("Servizio e appuntamento", "section")
    return [KeepTogether([heading, field_table(rows, LABEL_WIDTH)])]


def _closing(data: ReferralLetterData) -> list[Flowable]:
    office = data.office
    reach = contacts_line(office.phone, office.email)
    answer = (
        "Vi chiediamo di comunicarci l'esito dell'invio (<b>accettato</b> o "
        f"<b>non accettato</b>) citando il riferimento <b>{esc(data.reference)}</b>"
    )
    answer += f": {esc(reach)}." if reach else "."
    operator = data.operator_name or "l'operatore dello sportello"
    contact = f"Operatore referente: {esc(operator)}, {esc(office.name)}"
    if office.opening_hours:
        contact += f", orari di apertura: {esc(office.opening_hours)}"
    contact += "."
    signature = Table(
        [
            ["", para("Cordiali saluti,", "body_tight")],
            ["", para("l'operatore referente", "label")],
            ["", para(operator, "body_tight")],
            ["", para("_______________________________", "body_tight")],
        ],
        colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45],
    )
    signature.setStyle(
        table_style(("TOPPADDING", (1, 1), (1, 1), 8), ("TOPPADDING", (1, 3), (1, 3), 12))
    )
    return [
        Spacer(1, 3 * mm),
        Paragraph(answer, STYLES["body"]),
        Paragraph(contact, STYLES["body"]),
        Spacer(1, 3 * mm),
        KeepTogether([signature]),
    ]


def referral_story(data: ReferralLetterData) -> list[Flowable]:
    """The flowables of one letter (fresh objects: a story can be built only once)."""
    register_fonts()
    subject = (
        f"<b>Oggetto:</b> invio di {esc(data.person.full_name)} per il servizio "
        f"«{esc(data.service.name)}»"
    )
    intro = (
        "Gentili referenti,<br/>con la presente Vi inviamo la persona indicata di seguito, "
        f"seguita dallo sportello {esc(data.office.name)}, per il servizio in oggetto."
    )
    return [
        *_header(data),
        *_recipient(data),
        Paragraph(subject, STYLES["body"]),
        Spacer(1, 2 * mm),
        Paragraph(intro, STYLES["body"]),
        *_person(data),
        *_needs(data),
        *_service(data),
        *_closing(data),
    ]


def render_referral_letter(data: ReferralLetterData) -> bytes:
    """The PDF of one referral letter."""
    return build_pdf(
        [(referral_footer(data), referral_story(data))],
        title=f"Lettera di invio {data.reference}",
        author=data.office.name,
        subject=SUBJECT,
    )


def render_referral_letters(letters: Sequence[ReferralLetterData]) -> bytes:
    """One PDF holding ``letters`` in order, each from a new page, numbered on its own."""
    if not letters:
        raise ValueError("no letters to render")
    if len(letters) == 1:
        return render_referral_letter(letters[0])
    authors = sorted({letter.office.name for letter in letters})
    return build_pdf(
        [(referral_footer(letter), referral_story(letter)) for letter in letters],
        title=f"Lettere di invio ({len(letters)})",
        author=", ".join(authors),
        subject=SUBJECT,
    )
