"""What every document shares: A4 page, styles, letterhead, page footer, PDF metadata.

Fonts: every paragraph style, every table style and the canvas's initial font are DejaVu
Sans (:mod:`cotdesk.letters.fonts`). ReportLab otherwise falls back to Helvetica, one of
the 14 standard PDF fonts that are never embedded: a table cell without ``FONTNAME`` in its
style, a bullet without ``bulletFontName`` or the canvas preamble would each bring it back.

Page footers (``Rif. INV-… — pagina 1 di 2``) need the page count of each document, which
is only known at the end. :class:`_FooterCanvas` keeps every page until ``save()`` and then
draws the footers; a zero-size :class:`SectionStart` at the top of each document in the
story tells the canvas which footer the following pages carry, so a batch of a hundred
letters in one PDF numbers each letter from 1.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from cotdesk.letters.fonts import BOLD, ITALIC, REGULAR, register_fonts
from cotdesk.letters.models import OfficeHeading

__all__ = [
    "FRAME_WIDTH",
    "STYLES",
    "PageFooter",
    "SectionStart",
    "build_pdf",
    "contacts_line",
    "esc",
    "field_table",
    "letterhead",
    "para",
    "table_style",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: Final = 20 * mm
MARGIN_TOP: Final = 14 * mm
#: Room for the footer: the privacy note (up to three lines) and the page line.
MARGIN_BOTTOM: Final = 27 * mm
FRAME_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN_X

INK: Final = colors.HexColor("#1a1a1a")
MUTED: Final = colors.HexColor("#555555")
RULE: Final = colors.HexColor("#9a9a9a")
SHADE: Final = colors.HexColor("#f0f0f0")

CREATOR: Final = "cotdesk"


def _style(name: str, **kwargs: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": REGULAR,
        "bulletFontName": REGULAR,
        "fontSize": 9.5,
        "leading": 12.5,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


#: The paragraph styles of every document (all DejaVu Sans).
STYLES: Final[dict[str, ParagraphStyle]] = {
    "body": _style("body", spaceAfter=4),
    "body_tight": _style("body_tight"),
    "label": _style("label", fontSize=9, leading=12, textColor=MUTED),
    "value": _style("value", fontSize=9.5, leading=12),
    "value_bold": _style("value_bold", fontName=BOLD, fontSize=9.5, leading=12),
    "office_name": _style("office_name", fontName=BOLD, fontSize=13, leading=16),
    "office": _style("office", fontSize=8.5, leading=11, textColor=MUTED),
    "title": _style("title", fontName=BOLD, fontSize=12.5, leading=16, spaceAfter=2),
    "subtitle": _style("subtitle", fontSize=9, leading=12, textColor=MUTED, spaceAfter=6),
    "section": _style(
        "section",
        fontName=BOLD,
        fontSize=10,
        leading=13,
        spaceBefore=7,
        spaceAfter=3,
        keepWithNext=True,
    ),
    "reference": _style("reference", fontName=BOLD, fontSize=12, leading=15),
    "right": _style("right", alignment=TA_RIGHT),
    "bullet": _style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1),
    "small": _style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
    "note": _style("note", fontName=ITALIC, fontSize=8.5, leading=11, textColor=MUTED),
    "checkbox": _style("checkbox", fontSize=9, leading=12),
}


def esc(text: str) -> str:
    """``text`` made safe inside paragraph markup (``&``, ``<`` and ``>`` escaped)."""
    return escape(text)


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain ``text`` (escaped: data never becomes markup)."""
    return Paragraph(esc(text), STYLES[style])


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style that always sets the embedded font on every cell, then ``commands``."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *commands,
        ]
    )


def field_table(rows: Iterable[tuple[str, Flowable | str]], label_width: float) -> Table:
    """Label/value rows (``Data di nascita | 10 dicembre 1985``); plain values are escaped."""
    data = [
        [para(label, "label"), para(value, "value") if isinstance(value, str) else value]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(table_style())
    return table


def contacts_line(phone: str, email: str) -> str:
    """``tel. 06 1234567 · e-mail sportello@example.org`` (the parts that exist)."""
    parts = []
    if phone.strip():
        # No line break inside a phone number: its spaces become non-breaking.
        parts.append("tel.\u00a0" + "\u00a0".join(phone.split()))
    if email.strip():
        parts.append(f"e-mail {email.strip()}")
    return " · ".join(parts)


def letterhead(office: OfficeHeading, right: Flowable | None = None) -> Table:
    """The office's name, district and contacts on the left; ``right`` (a QR code) beside."""
    lines: list[Flowable] = [para(office.name, "office_name")]
    if office.district:
        lines.append(para(office.district, "office"))
    if office.address:
        lines.append(para(office.address, "office"))
    contacts = contacts_line(office.phone, office.email)
    if contacts:
        lines.append(para(contacts, "office"))
    if office.opening_hours:
        lines.append(para(f"Orari di apertura: {office.opening_hours}", "office"))
    right_width = 32 * mm if right is not None else 0
    table = Table(
        [[lines, right or ""]],
        colWidths=[FRAME_WIDTH - right_width, right_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        )
    )
    return table


# ---------------------------------------------------------------------------- page footer


@dataclass(frozen=True, slots=True)
class PageFooter:
    """The footer of every page of one document: a note and ``<label> — pagina N di M``."""

    label: str
    #: Small print above the page line (the privacy note of a letter); may be empty.
    note: str = ""


class SectionStart(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Zero-size marker: the pages from here on belong to a document with ``footer``."""

    def __init__(self, footer: PageFooter) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.cotdesk_footer = self.footer


class _FooterCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Keeps the pages until ``save()``, then draws each footer with ``pagina N di M``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cotdesk_footer: PageFooter | None = None
        self._kept_pages: list[tuple[dict[str, Any], PageFooter | None]] = []

    def showPage(self) -> None:  # noqa: N802  # ReportLab's name
        self._kept_pages.append((dict(self.__dict__), self.cotdesk_footer))
        self._startPage()

    def save(self) -> None:
        runs: list[list[int]] = []
        for index, (_, footer) in enumerate(self._kept_pages):
            if not runs or footer is not self._kept_pages[index - 1][1]:
                runs.append([])
            runs[-1].append(index)
        numbers = {index: (page, len(run)) for run in runs for page, index in enumerate(run, 1)}
        for index, (state, footer) in enumerate(self._kept_pages):
            self.__dict__.update(state)
            if footer is not None:
                self._draw_footer(footer, *numbers[index])
            super().showPage()
        super().save()

    def _draw_footer(self, footer: PageFooter, page: int, total: int) -> None:
        self.saveState()
        top = MARGIN_BOTTOM - 5 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
        if footer.note:
            note = Paragraph(esc(footer.note), STYLES["small"])
            _, height = note.wrapOn(self, FRAME_WIDTH, top)
            note.drawOn(self, MARGIN_X, top - 2 * mm - height)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_WIDTH - MARGIN_X, 9 * mm, f"{footer.label} — pagina {page} di {total}"
        )
        self.restoreState()


def build_pdf(
    documents: Sequence[tuple[PageFooter, list[Flowable]]],
    *,
    title: str,
    author: str,
    subject: str,
) -> bytes:
    """One A4 PDF of ``documents`` (each from a new page, with its own footer and numbering).

    The metadata carries only ``title``, ``author`` and ``subject``: callers keep personal
    data out of them.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        producer=CREATOR,
        keywords=[],
        lang="it-IT",
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=9.5,
        initialLeading=12.5,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, (footer, flowables) in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(SectionStart(footer))
        story.extend(flowables)
    doc.build(story, canvasmaker=_FooterCanvas)
    return buffer.getvalue()
