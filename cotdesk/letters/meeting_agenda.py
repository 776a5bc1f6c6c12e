"""The weekly case meeting on paper: the agenda (*ordine del giorno*) and the minutes (*verbale*).

The agenda is printed for a meeting of professionals of several organisations (the office,
the Segretariato Sociale, partners), so it carries as little personal data as the
discussion needs: each case by its reference and, unless the coordinator asks for full
names, the person's initials and year of birth; a restricted case (violence, child
protection) shows neither, nor its referrals' partners or its timeline — the assigned
operator presents it. What is printed is decided by the service
(:mod:`cotdesk.services.meetings`): this module prints the view model as it is.

One block per case: number, reference, person, operator, why it is on the agenda, status
and follow-up, the referrals waiting for an answer (partner, service, days waiting), the
last entries of the timeline and a box for the decision (what, who, by when) to be filled
in by hand, or already filled when the agenda is reprinted during the meeting.

The minutes list, for each case discussed, the decision, who is responsible and the due
date, then the cases not discussed (carried over), the general notes and the signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cotdesk.domain.italian import long_date, short_date, time_text
from cotdesk.letters.fonts import BOLD, register_fonts
from cotdesk.letters.layout import (
    FRAME_WIDTH,
    MUTED,
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

__all__ = [
    "AgendaCase",
    "AgendaEventLine",
    "AgendaReferral",
    "MeetingDocumentData",
    "meeting_footer",
    "render_meeting_agenda",
    "render_meeting_minutes",
]

LABEL_WIDTH: Final = 34 * mm
SUBJECT_AGENDA: Final = "Ordine del giorno della riunione d'équipe"
SUBJECT_MINUTES: Final = "Verbale della riunione d'équipe"
#: Printed instead of the person for a restricted case.
RESTRICTED_PERSON: Final = "Caso riservato"
PRIVACY_NOTE: Final = (
    "Documento riservato ai partecipanti alla riunione d'équipe: contiene dati personali, "
    "anche di categorie particolari (art. 9 del Regolamento (UE) 2016/679, GDPR), ridotti al "
    "minimo necessario alla discussione. Non va fotocopiato, inoltrato o lasciato "
    "incustodito; va distrutto quando non serve più."
)


@dataclass(frozen=True, slots=True)
class AgendaReferral:
    """A referral of the case still waiting for the partner's answer."""

    reference: str
    partner: str
    service: str
    sent_on: date | None
    days_waiting: int


@dataclass(frozen=True, slots=True)
class AgendaEventLine:
    """One recent entry of the case timeline (Italian kind label, short text)."""

    day: date
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class AgendaCase:
    """One case on the agenda, as it may be printed."""

    number: int
    reference: str
    #: Initials and year of birth, the full name, or empty for a restricted case.
    person: str
    restricted: bool
    operator: str
    status: str
    #: Italian labels of the reasons it is on the agenda.
    reasons: tuple[str, ...]
    follow_up_on: date | None = None
    overdue_days: int = 0
    referrals: tuple[AgendaReferral, ...] = ()
    #: How many referrals wait for an answer (shown for restricted cases, without details).
    waiting_referrals: int = 0
    events: tuple[AgendaEventLine, ...] = ()
    decision: str = ""
    responsible: str = ""
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class MeetingDocumentData:
    """A meeting and its cases, ready to print (times already in Rome's time)."""

    office: OfficeHeading
    title: str
    starts_at: datetime
    place: str
    participants: tuple[str, ...]
    cases: tuple[AgendaCase, ...]
    #: ``draft``, ``held`` or ``closed`` (minutes not closed are marked as a draft).
    status: str
    printed_on: date
    notes: str = ""
    #: The coordinator who runs the meeting (signature of the minutes).
    chaired_by: str = ""
    closed_at: datetime | None = None


def meeting_footer(data: MeetingDocumentData, kind: str) -> PageFooter:
    label = f"{kind} della riunione d'équipe del {short_date(data.starts_at.date())}"
    return PageFooter(label=label, note=PRIVACY_NOTE)


def _when(data: MeetingDocumentData) -> str:
    return f"{long_date(data.starts_at.date())}, ore {time_text(data.starts_at)}"


def _heading(data: MeetingDocumentData, title: str) -> list[Flowable]:
    rows: list[tuple[str, Flowable | str]] = [("Data e ora", _when(data))]
    if data.place:
        rows.append(("Luogo", data.place))
    if data.participants:
        rows.append(("Partecipanti", "<br/>".join(esc(p) for p in data.participants)))
    if data.chaired_by:
        rows.append(("Coordina", data.chaired_by))
    return [
        letterhead(data.office),
        Spacer(1, 5 * mm),
        para(title, "title"),
        para(data.title, "subtitle") if data.title and data.title != title else Spacer(1, 1),
        _fields(rows),
    ]


def _fields(rows: list[tuple[str, Flowable | str]]) -> Table:
    """Like :func:`field_table`, but a value may hold ``<br/>`` between escaped lines."""
    fixed: list[tuple[str, Flowable | str]] = []
    for label, value in rows:
        if isinstance(value, str) and "<br/>" in value:
            fixed.append((label, Paragraph(value, STYLES["value"])))
        else:
            fixed.append((label, value))
    return field_table(fixed, LABEL_WIDTH)


def _case_title(case: AgendaCase) -> Table:
    person = RESTRICTED_PERSON if case.restricted else case.person
    left = Paragraph(
        f"<b>{case.number}.</b>&nbsp;&nbsp;<b>{esc(case.reference)}</b>"
        + (f"&nbsp;&nbsp;·&nbsp;&nbsp;{esc(person)}" if person else ""),
        STYLES["body_tight"],
    )
    right = para(f"Operatore: {case.operator or 'non assegnato'}", "right")
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (0, 0), 4),
            ("RIGHTPADDING", (1, 0), (1, 0), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        )
    )
    return table


def _status_line(case: AgendaCase) -> str:
    parts = [f"Stato: {case.status}"]
    if case.follow_up_on is not None:
        follow = f"prossimo contatto {short_date(case.follow_up_on)}"
        if case.overdue_days > 0:
            days = "1 giorno" if case.overdue_days == 1 else f"{case.overdue_days} giorni"
            follow += f" (scaduto da {days})"
        parts.append(follow)
    return " · ".join(parts)


def _referral_line(referral: AgendaReferral) -> str:
    days = "1 giorno" if referral.days_waiting == 1 else f"{referral.days_waiting} giorni"
    sent = f"inviato il {short_date(referral.sent_on)}, " if referral.sent_on else ""
    return (
        f"<b>{esc(referral.partner)}</b> — {esc(referral.service)} "
        f'<font color="#555555">({esc(referral.reference)})</font>: '
        f"{sent}senza risposta da <b>{days}</b>"
    )


def _decision_box(case: AgendaCase) -> Table:
    """Three bordered rows: the decision (room to write by hand), who, by when."""
    decision: Flowable | str = para(case.decision, "value") if case.decision else Spacer(1, 17 * mm)
    who: Flowable | str = para(case.responsible, "value") if case.responsible else ""
    due: Flowable | str = para(short_date(case.due_on), "value") if case.due_on else ""
    table = Table(
        [
            [para("Decisione", "label"), decision],
            [para("Chi", "label"), who],
            [para("Entro il", "label"), due],
        ],
        colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH],
        rowHeights=[None, 8 * mm, 8 * mm],
    )
    table.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def _case_block(case: AgendaCase) -> Flowable:
    parts: list[Flowable] = [_case_title(case), Spacer(1, 1.5 * mm)]
    parts.append(
        Paragraph(
            f"<b>Perché è in ordine del giorno:</b> {esc('; '.join(case.reasons)) or '—'}",
            STYLES["body_tight"],
        )
    )
    parts.append(para(_status_line(case), "body_tight"))
    if case.restricted:
        waiting = ""
        if case.waiting_referrals:
            count = case.waiting_referrals
            waiting = (
                " 1 invio attende risposta."
                if count == 1
                else f" {count} invii attendono risposta."
            )
        parts.append(
            para(
                "Contenuto riservato: lo espone l'operatore assegnato." + waiting,
                "note",
            )
        )
    if case.referrals:
        parts.append(Spacer(1, 1 * mm))
        parts.append(para("Invii senza risposta", "label"))
        parts.extend(
            Paragraph(_referral_line(referral), STYLES["bullet"], bulletText="•")
            for referral in case.referrals
        )
    if case.events:
        parts.append(Spacer(1, 1 * mm))
        parts.append(para("Ultime annotazioni nel diario", "label"))
        rows = [
            [
                para(short_date(event.day), "small"),
                para(event.kind, "small"),
                para(event.text, "small"),
            ]
            for event in case.events
        ]
        events = Table(rows, colWidths=[18 * mm, 26 * mm, FRAME_WIDTH - 44 * mm], hAlign="LEFT")
        events.setStyle(table_style(("TOPPADDING", (0, 0), (-1, -1), 0.5)))
        parts.append(events)
    parts.append(Spacer(1, 2 * mm))
    parts.append(_decision_box(case))
    parts.append(Spacer(1, 5 * mm))
    return KeepTogether(parts)


def agenda_story(data: MeetingDocumentData) -> list[Flowable]:
    register_fonts()
    story = _heading(data, "Ordine del giorno della riunione d'équipe")
    count = len(data.cases)
    summary = (
        "Nessun caso in ordine del giorno."
        if count == 0
        else ("1 caso" if count == 1 else f"{count} casi")
        + " da esaminare, nell'ordine. Per ogni caso: che cosa si decide, chi lo fa, entro "
        "quando. Le decisioni vengono registrate nel diario di ciascuna presa in carico."
    )
    story += [Spacer(1, 3 * mm), para(summary, "body"), Spacer(1, 2 * mm)]
    story += [_case_block(case) for case in data.cases]
    story.append(para(f"Stampato il {long_date(data.printed_on)}.", "small"))
    return story


def _minutes_table(cases: tuple[AgendaCase, ...]) -> Table:
    header = [para(text, "label") for text in ("N.", "Caso", "Decisione", "Chi", "Entro")]
    rows: list[list[Flowable | str]] = [list(header)]
    for case in cases:
        person = RESTRICTED_PERSON if case.restricted else case.person
        who = Paragraph(
            f"<b>{esc(case.reference)}</b>" + (f"<br/>{esc(person)}" if person else ""),
            STYLES["value"],
        )
        rows.append(
            [
                para(str(case.number), "value"),
                who,
                para(case.decision, "value"),
                para(case.responsible or "—", "value"),
                para(short_date(case.due_on) or "—", "value"),
            ]
        )
    # The reference (``M05-2026-3FA2-00017``) and the date must never wrap.
    widths = [7 * mm, 45 * mm, None, 33 * mm, 22 * mm]
    fixed = sum(w for w in widths if w is not None)
    col_widths = [w if w is not None else FRAME_WIDTH - fixed for w in widths]
    table = Table(rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        )
    )
    return table


def minutes_story(data: MeetingDocumentData) -> list[Flowable]:
    register_fonts()
    closed = data.status == "closed"
    title = "Verbale della riunione d'équipe" + ("" if closed else " (bozza)")
    story = _heading(data, title)
    decided = tuple(case for case in data.cases if case.decision)
    postponed = tuple(case for case in data.cases if not case.decision)
    story.append(para("Casi esaminati e decisioni", "section"))
    if decided:
        story.append(_minutes_table(decided))
    else:
        story.append(para("Nessuna decisione registrata.", "body"))
    if postponed:
        story.append(para("Casi non discussi, rinviati alla prossima riunione", "section"))
        for case in postponed:
            person = RESTRICTED_PERSON if case.restricted else case.person
            text = f"<b>{esc(case.reference)}</b>" + (f" — {esc(person)}" if person else "")
            text += f" ({esc('; '.join(case.reasons))})" if case.reasons else ""
            story.append(Paragraph(text, STYLES["bullet"], bulletText="•"))
    if data.notes.strip():
        story.append(para("Note", "section"))
        story.extend(para(line, "body") for line in data.notes.strip().splitlines() if line.strip())
    story.append(Spacer(1, 4 * mm))
    if closed and data.closed_at is not None:
        story.append(
            para(
                f"Verbale chiuso il {long_date(data.closed_at.date())} alle ore "
                f"{time_text(data.closed_at)}. Le decisioni sono registrate nel diario di "
                "ciascuna presa in carico e le scadenze come prossimo contatto.",
                "body",
            )
        )
    else:
        story.append(
            para("Bozza: il verbale non è ancora chiuso e le decisioni possono cambiare.", "note")
        )
    signature = Table(
        [
            ["", para("Il coordinatore", "label")],
            ["", para(data.chaired_by, "body_tight")],
            ["", para("_______________________________", "body_tight")],
        ],
        colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45],
    )
    signature.setStyle(table_style(("TOPPADDING", (1, 2), (1, 2), 12)))
    story += [Spacer(1, 6 * mm), KeepTogether([signature])]
    return story


def render_meeting_agenda(data: MeetingDocumentData) -> bytes:
    """The PDF of the agenda, one block per case."""
    return build_pdf(
        [(meeting_footer(data, "Ordine del giorno"), agenda_story(data))],
        title=f"Ordine del giorno — riunione d'équipe del {short_date(data.starts_at.date())}",
        author=data.office.name,
        subject=SUBJECT_AGENDA,
    )


def render_meeting_minutes(data: MeetingDocumentData) -> bytes:
    """The PDF of the minutes (marked as a draft until the meeting is closed)."""
    return build_pdf(
        [(meeting_footer(data, "Verbale"), minutes_story(data))],
        title=f"Verbale — riunione d'équipe del {short_date(data.starts_at.date())}",
        author=data.office.name,
        subject=SUBJECT_MINUTES,
    )
