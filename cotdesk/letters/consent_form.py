"""The privacy notice and consent form (*informativa e consenso privacy*).

One A4 page: the office as data controller, the notice version, the person (name, birth,
codice fiscale or STP/ENI code), the essentials of the notice (GDPR arts. 13-14), each
purpose with ``[X] acconsento / [ ] non acconsento`` as recorded (both boxes empty when
nothing is recorded yet, for the person to tick), and the signature lines of the person or
their legal representative and of the operator.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cotdesk.domain.italian import long_date
from cotdesk.letters.fonts import register_fonts
from cotdesk.letters.layout import (
    FRAME_WIDTH,
    RULE,
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
from cotdesk.letters.models import ConsentFormData, IdentityKind, PurposeChoice

__all__ = ["IDENTITY_LABELS", "checkbox_text", "consent_story", "render_consent_form"]

TITLE: Final = "Informativa sul trattamento dei dati personali e consenso"
LABEL_WIDTH: Final = 42 * mm

IDENTITY_LABELS: Final[dict[IdentityKind, str]] = {
    "cf": "Codice fiscale",
    "stp": "Codice STP",
    "eni": "Codice ENI",
    "none": "Codice identificativo",
}


def checkbox_text(given: bool | None) -> str:
    """``[X] acconsento   [ ] non acconsento`` for a recorded choice; both empty if none."""
    yes = "X" if given is True else " "
    no = "X" if given is False else " "
    return f"[{yes}] acconsento\u2003[{no}] non acconsento"


def _notice(data: ConsentFormData) -> list[Flowable]:
    office = data.office
    controller = esc(office.name)
    details = ", ".join(
        part for part in (office.address, contacts_line(office.phone, office.email)) if part
    )
    if details:
        controller += f", {esc(details)}"
    points = [
        f"<b>Titolare del trattamento</b>: {controller}.",
        "<b>Dati trattati</b>: dati anagrafici e di contatto e, se necessari per aiutarLa, "
        "dati relativi alla salute e alla situazione personale e familiare (categorie "
        "particolari di dati, art. 9 GDPR).",
        "<b>Finalità e base giuridica</b>: le finalità elencate sotto, sulla base del Suo "
        "consenso (artt. 6, par. 1, lett. a, e 9, par. 2, lett. a, GDPR). Il consenso è "
        "facoltativo: può darlo per ciascuna finalità separatamente.",
        "<b>Destinatari</b>: gli enti partner della rete dei servizi ai quali La inviamo, "
        "che ricevono solo i dati necessari all'invio; nessun dato è diffuso.",
        "<b>Conservazione</b>: per il tempo necessario alla presa in carico e agli obblighi "
        "di legge.",
        "<b>Diritti</b>: può chiedere l'accesso ai dati, la rettifica, la cancellazione, la "
        "limitazione, l'opposizione e la portabilità (artt. 15-22 GDPR) e revocare il "
        "consenso in qualsiasi momento, rivolgendosi allo sportello; la revoca non rende "
        "illecito il trattamento fatto prima. Può proporre reclamo al Garante per la "
        "protezione dei dati personali (www.garanteprivacy.it).",
    ]
    items: list[Flowable] = [para("Informativa in breve", "section")]
    items.extend(Paragraph(point, STYLES["bullet"], bulletText="•") for point in points)
    return items


def _subject(data: ConsentFormData) -> list[Flowable]:
    subject = data.subject
    rows: list[tuple[str, Flowable | str]] = [
        ("Nome e cognome", para(subject.full_name, "value_bold"))
    ]
    birth = [long_date(subject.birth_date)] if subject.birth_date is not None else []
    if subject.birth_place:
        birth.append(subject.birth_place)
    if birth:
        rows.append(("Data e luogo di nascita", ", ".join(birth)))
    rows.append(
        (
            IDENTITY_LABELS[subject.identity_kind],
            subject.identity_code or "non disponibile",
        )
    )
    return [KeepTogether([para("Interessato/a", "section"), field_table(rows, LABEL_WIDTH)])]


def _purposes(purposes: tuple[PurposeChoice, ...]) -> list[Flowable]:
    choice_width = 62 * mm
    rows = [
        [
            Paragraph(f"{number}. {esc(purpose.text)}", STYLES["body_tight"]),
            para(checkbox_text(purpose.given), "checkbox"),
        ]
        for number, purpose in enumerate(purposes, 1)
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH - choice_width, choice_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (1, 0), (1, -1), 8),
        )
    )
    return [KeepTogether([para("Consenso", "section"), table])]


def _signatures(data: ConsentFormData) -> list[Flowable]:
    line = "_" * 34
    representative = esc(data.signed_by) if data.signed_by else "_" * 30
    declaration = (
        "Il/La sottoscritto/a dichiara di aver ricevuto e compreso l'informativa (versione "
        f"{esc(data.notice_version)}) e di esprimere le scelte sopra indicate."
    )
    if data.recorded_on is not None:
        declaration += f" Scelte registrate il {long_date(data.recorded_on)}."
    rows = [
        [
            para("Firma dell'interessato/a", "label"),
            para("Oppure: legale rappresentante, tutore o genitore", "label"),
        ],
        ["", Paragraph(f"Nome e cognome: {representative}", STYLES["body_tight"])],
        [para(line, "body_tight"), para(f"Firma: {line[:28]}", "body_tight")],
    ]
    signatures = Table(rows, colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    signatures.setStyle(
        table_style(
            ("TOPPADDING", (0, 1), (-1, 1), 12),
            ("TOPPADDING", (0, 2), (-1, 2), 16),
        )
    )
    operator = Table(
        [
            [para("Operatore che raccoglie il consenso", "label"), para("", "label")],
            [para(data.operator_name, "body_tight"), para(f"Firma: {line[:28]}", "body_tight")],
        ],
        colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2],
    )
    operator.setStyle(
        table_style(("TOPPADDING", (1, 1), (1, 1), 12), ("VALIGN", (0, 1), (-1, 1), "BOTTOM"))
    )
    return [
        Spacer(1, 2 * mm),
        Paragraph(declaration, STYLES["body"]),
        para(f"{data.office.place}, {long_date(data.form_date)}", "body"),
        KeepTogether([signatures, Spacer(1, 5 * mm), operator]),
    ]


def consent_story(data: ConsentFormData) -> list[Flowable]:
    """The flowables of one consent form."""
    register_fonts()
    return [
        letterhead(data.office),
        Spacer(1, 4 * mm),
        para(TITLE, "title"),
        para(
            "ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679 (GDPR) — "
            f"versione {data.notice_version}",
            "subtitle",
        ),
        *_subject(data),
        *_notice(data),
        *_purposes(data.purposes),
        *_signatures(data),
    ]


def render_consent_form(data: ConsentFormData) -> bytes:
    """The PDF of the consent form (metadata without personal data)."""
    footer = PageFooter(
        label=f"Informativa e consenso privacy, versione {data.notice_version}",
        note="Una copia firmata resta allo sportello; una copia è consegnata all'interessato/a.",
    )
    return build_pdf(
        [(footer, consent_story(data))],
        title="Informativa e consenso privacy",
        author=data.office.name,
        subject=f"{TITLE} (versione {data.notice_version})",
    )
