"""The readable copy of everything held on a person (GDPR art. 15), as a PDF.

It is drawn from the same JSON document the desk exports
(:func:`cotdesk.services.gdpr.export_person`), so the two always agree: the registry data,
the corrections, privacy acts, household memberships, each case (assessments, needs,
diario, referrals, unmet needs), the letters printed and the access log. Field names are
given in Italian; values as stored, dates as Italians write them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cotdesk.domain.cases import CASE_STATUS_LABELS, CHANNEL_LABELS, CaseStatus, Channel
from cotdesk.domain.italian import LOCAL_ZONE, long_date
from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS, ReferralStatus
from cotdesk.letters.fonts import register_fonts
from cotdesk.letters.layout import (
    FRAME_WIDTH,
    RULE,
    SHADE,
    STYLES,
    PageFooter,
    build_pdf,
    esc,
    field_table,
    letterhead,
    para,
    table_style,
)
from cotdesk.letters.models import OfficeHeading

__all__ = ["render_person_export"]

LABEL_WIDTH: Final = 45 * mm
TITLE: Final = "Copia dei dati personali (art. 15 del Regolamento UE 2016/679)"
NOTE: Final = (
    "Documento riservato: contiene dati personali, anche relativi alla salute. Consegnarlo "
    "solo alla persona interessata o a chi la rappresenta."
)

#: Italian names of the fields, in the order they are shown (others follow as they are).
FIELD_LABELS: Final[dict[str, str]] = {
    "last_name": "Cognome",
    "first_name": "Nome",
    "identity_kind": "Tipo di identificativo",
    "fiscal_code": "Codice fiscale",
    "foreign_code": "Codice STP/ENI",
    "birth_date": "Data di nascita",
    "birth_place_name": "Luogo di nascita",
    "birth_place_code": "Codice del luogo di nascita",
    "sex": "Sesso",
    "citizenship": "Cittadinanza",
    "languages": "Lingue",
    "phone": "Telefono",
    "phone_alt": "Altro telefono",
    "email": "E-mail",
    "address_street": "Indirizzo",
    "address_postcode": "CAP",
    "address_city": "Comune",
    "district_code": "Municipio",
    "no_fixed_abode": "Senza fissa dimora",
    "notes": "Note",
    "reference": "Riferimento",
    "status": "Stato",
    "areas": "Aree di intervento",
    "area_labels": "Aree di intervento",
    "priority": "Priorità",
    "channel": "Canale di accesso",
    "opened_on": "Aperta il",
    "closed_on": "Chiusa il",
    "closure_reason": "Motivo della chiusura",
    "follow_up_on": "Prossimo contatto",
    "assigned_operator": "Operatore assegnato",
    "reporter_name": "Segnalato da",
    "reporter_organisation": "Ente segnalante",
    "reporter_contact": "Recapito del segnalante",
    "summary": "Sintesi",
    "restricted": "Riservata",
    "created_at": "Registrato il",
    "deleted_at": "Annullato il",
    "id": "Identificativo",
}
_SKIP: Final = frozenset(
    {
        "office_id",
        "household_id",
        "assigned_operator_id",
        "reporter_partner_id",
        "assessments",
        "timeline",
        "referrals",
        "unmet_needs",
        "areas",
        "consent_emergency",
        "flagged_for_review",
    }
)


def _value(value: Any) -> str:
    """A JSON value as a person reads it."""
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{FIELD_LABELS.get(k, k)}: {_value(v)}" for k, v in value.items())
    if isinstance(value, str):
        return _date_text(value)
    return str(value)


def _date_text(text: str) -> str:
    """ISO dates and timestamps as Italian dates; anything else unchanged."""
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return long_date(date.fromisoformat(text))
        if len(text) > 18 and text[4] == "-" and "T" in text:
            moment = datetime.fromisoformat(text).astimezone(LOCAL_ZONE)
            return f"{long_date(moment.date())}, {moment:%H:%M}"
    except ValueError:
        return text
    return text


#: The diario's kinds of entry.
EVENT_KINDS: Final[dict[str, str]] = {
    "note": "Nota",
    "call": "Telefonata",
    "meeting": "Colloquio",
    "assessment": "Valutazione",
    "referral": "Invio",
    "status": "Stato",
    "assignment": "Assegnazione",
    "follow_up": "Prossimo contatto",
    "decision": "Decisione",
    "unmet_need": "Bisogno senza risposta",
}
IDENTITY_KINDS: Final[dict[str, str]] = {
    "cf": "codice fiscale",
    "stp": "codice STP",
    "eni": "codice ENI",
    "none": "nessun codice",
}


def _case_status(value: str) -> str:
    try:
        return CASE_STATUS_LABELS[CaseStatus(value)]
    except ValueError:
        return value


def _channel(value: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(value)]
    except ValueError:
        return value


def _referral_status(value: str) -> str:
    try:
        return REFERRAL_STATUS_LABELS[ReferralStatus(value)]
    except ValueError:
        return value


def _readable_case(case: Mapping[str, Any]) -> dict[str, Any]:
    shown = dict(case)
    shown["status"] = _case_status(case.get("status", ""))
    shown["channel"] = _channel(case.get("channel", ""))
    return shown


def _fields(data: Mapping[str, Any], *, skip: Iterable[str] = ()) -> Table:
    left_out = _SKIP | set(skip)
    ordered = [key for key in FIELD_LABELS if key in data] + [
        key for key in data if key not in FIELD_LABELS
    ]
    rows = [
        (FIELD_LABELS.get(key, key.replace("_", " ")), _value(data[key]))
        for key in ordered
        if key not in left_out
    ]
    return field_table(rows, LABEL_WIDTH)


def _grid(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
    data: list[list[Flowable]] = [[para(title, "value_bold") for title in header]]
    data.extend([para(_value(cell), "value") for cell in row] for row in rows)
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


_SUBHEADING: Final = ParagraphStyle(
    "export_subheading", parent=STYLES["value_bold"], keepWithNext=True, spaceBefore=5
)


def _subheading(title: str) -> Paragraph:
    return Paragraph(esc(title), _SUBHEADING)


def _section(title: str) -> Paragraph:
    return Paragraph(esc(title), STYLES["section"])


def _none(text: str = "Nessuna registrazione.") -> Paragraph:
    return para(text, "note")


def _case_story(case: Mapping[str, Any]) -> list[Flowable]:
    story: list[Flowable] = [
        _section(f"Presa in carico {case.get('reference', '')}"),
        _fields(_readable_case(case)),
    ]
    story.append(_subheading("Valutazioni del bisogno"))
    if not case["assessments"]:
        story.append(_none())
    for assessment in case["assessments"]:
        story.append(
            para(
                f"Versione {assessment['version']} del {_value(assessment['assessed_on'])}, "
                f"{assessment['operator']}: punteggio di priorità "
                f"{assessment['priority_score']}",
                "body_tight",
            )
        )
        if assessment["needs"]:
            story.append(
                _grid(
                    ["Bisogno", "Gravità", "Note"],
                    [[n["need"], n["severity"], n["notes"]] for n in assessment["needs"]],
                    [70 * mm, 20 * mm, FRAME_WIDTH - 90 * mm],
                )
            )
        if assessment.get("vulnerabilities"):
            story.append(para("Vulnerabilità: " + _value(assessment["vulnerabilities"])))
        if assessment.get("narrative"):
            story.append(para("Sintesi: " + assessment["narrative"]))
    story.append(_subheading("Diario"))
    if case["timeline"]:
        story.append(
            _grid(
                ["Quando", "Tipo", "Operatore", "Testo"],
                [
                    [
                        e["occurred_at"],
                        EVENT_KINDS.get(e["kind"], e["kind"]),
                        e["operator"],
                        e["text"],
                    ]
                    for e in case["timeline"]
                ],
                [36 * mm, 22 * mm, 32 * mm, FRAME_WIDTH - 90 * mm],
            )
        )
    else:
        story.append(_none())
    story.append(_subheading("Invii agli enti partner"))
    if case["referrals"]:
        story.append(
            _grid(
                ["Riferimento", "Ente e servizio", "Stato", "Inviato il", "Note ed esito"],
                [
                    [
                        r["reference"],
                        f"{r['partner']} — {r['service']}",
                        _referral_status(r["status"]),
                        r["sent_on"],
                        " · ".join(
                            part for part in (r["notes"], r["partner_answer"], r["outcome"]) if part
                        ),
                    ]
                    for r in case["referrals"]
                ],
                [30 * mm, 55 * mm, 22 * mm, 28 * mm, FRAME_WIDTH - 135 * mm],
            )
        )
    else:
        story.append(_none())
    story.append(_subheading("Bisogni senza risposta"))
    if case["unmet_needs"]:
        story.append(
            _grid(
                ["Bisogno", "Registrato il", "Risolto il", "Note"],
                [
                    [u["need"], u["recorded_on"], u["resolved_on"], u["notes"]]
                    for u in case["unmet_needs"]
                ],
                [60 * mm, 30 * mm, 30 * mm, FRAME_WIDTH - 120 * mm],
            )
        )
    else:
        story.append(_none())
    return story


def render_person_export(document: Mapping[str, Any], office: OfficeHeading) -> bytes:
    """The PDF of an art. 15 export ``document`` (the JSON structure of the desk)."""
    register_fonts()
    person = document["person"]
    generated = document["generated_by"]
    story: list[Flowable] = [
        letterhead(office),
        Spacer(1, 4 * mm),
        Paragraph(esc(TITLE), STYLES["title"]),
        para(
            f"Preparata il {_value(document['generated_at'])} da {generated['operator']} "
            f"({generated['office']}). Formato dei dati: {document['schema']} "
            f"versione {document['schema_version']}.",
            "subtitle",
        ),
        _section("Dati anagrafici e recapiti"),
        _fields({**person, "identity_kind": IDENTITY_KINDS.get(person["identity_kind"], "")}),
        _section("Rettifiche (valori precedenti)"),
    ]
    if document["rectifications"]:
        story.append(
            _grid(
                ["Quando", "Operatore", "Valori sostituiti"],
                [
                    [r["changed_at"], r["operator"], r["previous"]]
                    for r in document["rectifications"]
                ],
                [36 * mm, 36 * mm, FRAME_WIDTH - 72 * mm],
            )
        )
    else:
        story.append(_none())
    story.append(_section("Informativa e consensi privacy"))
    if document["consents"]:
        story.append(
            _grid(
                ["Quando", "Atto", "Finalità", "Operatore"],
                [
                    [
                        c["recorded_at"],
                        c.get("action_label", c["action"]),
                        c.get("purpose_labels", c["purposes"]),
                        c["operator"],
                    ]
                    for c in document["consents"]
                ],
                [36 * mm, 28 * mm, FRAME_WIDTH - 100 * mm, 36 * mm],
            )
        )
    else:
        story.append(_none())
    story.append(_section("Nuclei familiari"))
    if document["households"]:
        story.append(
            _grid(
                ["Nucleo", "Relazione", "Dal", "Al", "Altri componenti"],
                [
                    [h["label"], h["relation"], h["since"], h["until"], h["other_members"]]
                    for h in document["households"]
                ],
                [60 * mm, 30 * mm, 26 * mm, 26 * mm, FRAME_WIDTH - 142 * mm],
            )
        )
    else:
        story.append(_none())
    if not document["cases"]:
        story.extend([_section("Prese in carico"), _none()])
    for case in document["cases"]:
        story.extend(_case_story(case))
    story.append(_section("Lettere di invio stampate"))
    if document["letters_printed"]:
        story.append(
            _grid(
                ["Quando", "Invio", "Operatore", "Azione"],
                [
                    [x["occurred_at"], x["referral"], x["operator"], x["action"]]
                    for x in document["letters_printed"]
                ],
                [40 * mm, 40 * mm, 50 * mm, FRAME_WIDTH - 130 * mm],
            )
        )
    else:
        story.append(_none())
    story.append(_section("Registro degli accessi ai dati"))
    if document["access_log"]:
        story.append(
            _grid(
                ["Quando", "Operatore", "Sportello", "Azione", "Dato"],
                [
                    [
                        x["occurred_at"],
                        x["operator"],
                        x["office"],
                        x["action"],
                        f"{x['record']} {x['reference']}".strip(),
                    ]
                    for x in document["access_log"]
                ],
                [38 * mm, 36 * mm, 40 * mm, 22 * mm, FRAME_WIDTH - 136 * mm],
            )
        )
    else:
        story.append(_none())
    footer = PageFooter(label="Copia dei dati personali", note=NOTE)
    return build_pdf(
        [(footer, story)],
        title="Copia dei dati personali",
        author=office.name,
        subject="Accesso ai dati personali (art. 15 GDPR)",
    )
