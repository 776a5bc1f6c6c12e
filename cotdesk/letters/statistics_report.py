"""The statistics of the network as files: a PDF report and a CSV for spreadsheets.

Both print a :class:`~cotdesk.domain.statistics.StatisticsReport` exactly as the page shows
it (the service computed it once): the same numbers, the same definitions
(:data:`~cotdesk.domain.statistics.COUNTING_NOTE` and the notes under each section).

PDF (A4, DejaVu Sans like every document): title, period and scope, the people reached per
area as a bar chart and a table, then per municipio; unmet needs per area, per municipio and
the needs most often left without an answer; referral outcomes (the network's totals, then
the partners and services with most referrals, :data:`TOP_ROWS` each: the full lists are in
the CSV); cases opened and closed per month as a chart and a table. Charts are drawn with
``reportlab.graphics``, in the document's font, so they stay sharp when printed.

CSV: UTF-8 with a byte-order mark and ``;`` between fields, decimals with a comma: what
Excel set to Italian expects, so a double click opens it in columns with numbers it can sum
(LibreOffice asks and accepts the same). One file, one section after the other, each with a
title row and a header row. Text cells that a spreadsheet would take for a formula (``=``,
``+``, ``-``, ``@``) get a leading apostrophe: partner and service names come from outside.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from cotdesk.domain.italian import long_date, short_date
from cotdesk.domain.statistics import (
    COUNTING_NOTE,
    PERIOD_NOTE,
    REFERRAL_NOTE,
    UNMET_NOTE,
    ReferralOutcome,
    StatisticsReport,
    italian_decimal,
    italian_int,
    italian_percent,
    short_area_label,
)
from cotdesk.letters.fonts import BOLD, REGULAR, register_fonts
from cotdesk.letters.layout import (
    FRAME_WIDTH,
    RULE,
    SHADE,
    STYLES,
    PageFooter,
    build_pdf,
    esc,
    para,
    table_style,
)

__all__ = [
    "CSV_SEPARATOR",
    "TITLE",
    "TOP_ROWS",
    "csv_rows",
    "render_statistics_csv",
    "render_statistics_pdf",
    "statistics_story",
]

TITLE: Final = "Statistiche della rete COT solidali"
#: How many partners and services the PDF lists (most referrals first).
TOP_ROWS: Final = 25
CSV_SEPARATOR: Final = ";"
#: Colours of the charts: opened / closed, open / resolved; areas in the first.
BLUE: Final = colors.HexColor("#2f5f8f")
ORANGE: Final = colors.HexColor("#d9822b")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _period(report: StatisticsReport) -> str:
    return f"dal {long_date(report.start)} al {long_date(report.end)}"


def _outcome_cells(item: ReferralOutcome) -> list[str]:
    days = italian_decimal(item.median_days_to_answer)
    if item.average_days_to_answer is not None:
        days += f" ({italian_decimal(item.average_days_to_answer)})"
    return [
        italian_int(item.sent),
        italian_int(item.accepted),
        italian_int(item.refused),
        italian_int(item.waiting),
        italian_percent(item.acceptance_rate),
        days,
        italian_percent(item.completion_rate),
    ]


# --------------------------------------------------------------------------- CSV


def _number(value: float | None, digits: int = 1) -> str:
    """A decimal for Italian spreadsheets: comma, no thousands separator, "" for none."""
    if value is None:
        return ""
    return f"{value:.{digits}f}".replace(".", ",")


def _percent(fraction: float | None) -> str:
    return "" if fraction is None else _number(fraction * 100)


def _outcome_csv(item: ReferralOutcome) -> list[object]:
    return [
        item.sent,
        item.accepted,
        item.refused,
        item.waiting,
        item.cancelled,
        item.in_progress,
        item.completed,
        item.interrupted,
        _percent(item.acceptance_rate),
        _number(item.median_days_to_answer),
        _number(item.average_days_to_answer),
        _percent(item.completion_rate),
    ]


_OUTCOME_HEADERS: Final = [
    "Inviati",
    "Accettati",
    "Rifiutati",
    "In attesa di risposta",
    "Annullati prima della risposta",
    "In corso",
    "Conclusi",
    "Interrotti",
    "Tasso di accettazione (%)",
    "Giorni alla risposta (mediana)",
    "Giorni alla risposta (media)",
    "Tasso di conclusione (%)",
]


def csv_rows(report: StatisticsReport) -> list[list[object]]:
    """The CSV's rows (before quoting): header block, then one section after the other."""
    people = report.people
    areas = people.areas
    rows: list[list[object]] = [
        [TITLE],
        ["Periodo", short_date(report.start), short_date(report.end)],
        ["Sportello", report.scope_label],
        ["Municipio", report.district_label],
        ["Calcolate il", short_date(report.computed_on)],
        ["Nota", COUNTING_NOTE],
        ["Definizioni", PERIOD_NOTE],
        [],
        ["Persone raggiunte per area di intervento"],
        ["Area", "Persone"],
        *([area.area_label, area.persons] for area in areas),
        ["Totale persone distinte", people.total],
        [],
        ["Persone raggiunte per municipio e area"],
        ["Municipio", *(area.area_label for area in areas), "Totale persone distinte"],
        *(
            [district.district_label, *district.by_area, district.total]
            for district in people.districts
        ),
        [],
        ["Bisogni senza risposta per municipio e area", UNMET_NOTE],
        ["Municipio", "Area", "Aperti", "Risolti", "Totale"],
        *(
            [cell.district_label, cell.area_label, cell.open, cell.resolved, cell.total]
            for cell in report.unmet.cells
        ),
        ["Totale", "", report.unmet.open, report.unmet.resolved, report.unmet.total],
        ["Giorni medi alla risoluzione", _number(report.unmet.average_days_to_resolve)],
        [],
        ["Bisogni senza risposta più frequenti"],
        ["Bisogno", "Aperti", "Risolti", "Totale"],
        *([need.label, need.open, need.resolved, need.total] for need in report.unmet.by_need),
        [],
        ["Esiti degli invii per ente", REFERRAL_NOTE],
        ["Ente", "Tipologia", *_OUTCOME_HEADERS],
        *([item.name, item.detail, *_outcome_csv(item)] for item in report.referrals.by_partner),
        ["Totale", "", *_outcome_csv(report.referrals.total)],
        [],
        ["Esiti degli invii per servizio"],
        ["Servizio", "Ente", *_OUTCOME_HEADERS],
        *([item.name, item.detail, *_outcome_csv(item)] for item in report.referrals.by_service),
        [],
        ["Prese in carico per mese"],
        ["Mese", "Aperte", "Chiuse"],
        *(
            [f"{month.year}-{month.month:02d}", month.opened, month.closed]
            for month in report.months
        ),
        ["Totale", report.cases_opened, report.cases_closed],
    ]
    return rows


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_statistics_csv(report: StatisticsReport) -> bytes:
    """The report as a CSV file for Italian spreadsheets (see the module docstring)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    for row in csv_rows(report):
        writer.writerow([_safe(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --------------------------------------------------------------------------- PDF


_HEADER: Final = ParagraphStyle("stats_header", parent=STYLES["label"], fontSize=7.5, leading=9)
_HEADER_RIGHT: Final = ParagraphStyle("stats_header_right", parent=_HEADER, alignment=TA_RIGHT)
_CELL: Final = ParagraphStyle("stats_cell", parent=STYLES["body_tight"], fontSize=8.5, leading=10.5)
_DETAIL: Final = ParagraphStyle("stats_detail", parent=STYLES["small"], fontSize=7, leading=8.5)


def _name_cell(name: str, detail: str = "") -> list[Flowable]:
    """A first-column cell: the name, and under it (smaller, grey) what it belongs to."""
    cell: list[Flowable] = [Paragraph(esc(name), _CELL)]
    if detail:
        cell.append(Paragraph(esc(detail), _DETAIL))
    return cell


def _grid(
    header: Sequence[str],
    rows: Iterable[Sequence[str | list[Flowable]]],
    widths: Sequence[float],
    *,
    total: Sequence[str] | None = None,
) -> Table:
    """A table with a shaded header, numbers right-aligned, an optional bold total row."""
    data: list[list[object]] = [
        [
            Paragraph(esc(title), _HEADER if i == 0 else _HEADER_RIGHT)
            for i, title in enumerate(header)
        ]
    ]
    data += [
        [
            _name_cell(cell) if i == 0 and isinstance(cell, str) else cell
            for i, cell in enumerate(row)
        ]
        for row in rows
    ]
    if total is not None:
        data.append([para(total[0], "value_bold"), *total[1:]])
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total is not None:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE),
            ("FONTNAME", (1, -1), (-1, -1), BOLD),
        ]
    table.setStyle(table_style(*commands))
    return table


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Without this the renderer selects Helvetica (never embedded) for the drawing.
    drawing.initialFontName = REGULAR
    return drawing


def _axis_number(value: float) -> str:
    return italian_int(round(value))


def _areas_chart(report: StatisticsReport) -> Drawing:
    areas = report.people.areas
    height = 14 + 16 * max(len(areas), 1)
    drawing = _drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 4
    chart.width, chart.height = FRAME_WIDTH - 190, height - 10
    # Drawn bottom-up: reversed so the first area is on top, as in the table.
    chart.data = [[area.persons for area in reversed(areas)] or [0]]
    chart.categoryAxis.categoryNames = [
        short_area_label(area.area_code, area.area_label) for area in reversed(areas)
    ] or [""]
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = italian_int
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([area.persons for area in areas] + [1]) * 1.15
    drawing.add(chart)
    return drawing


def _months_chart(report: StatisticsReport) -> Drawing:
    months = report.months
    height = 120
    drawing = _drawing(FRAME_WIDTH, height + 16)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 28
    chart.width, chart.height = FRAME_WIDTH - 40, height - 30
    chart.data = [[m.opened for m in months] or [0], [m.closed for m in months] or [0]]
    step = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [
        m.label if index % step == 0 else "" for index, m in enumerate(months)
    ] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(months) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 12 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_number
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = ORANGE
    chart.bars.strokeColor = None
    chart.groupSpacing = 2 if len(months) > 12 else 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, height + 10
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.colorNamePairs = [(BLUE, "Aperte"), (ORANGE, "Chiuse")]
    drawing.add(legend)
    return drawing


_SECTION: Final = ParagraphStyle("stats_section", parent=STYLES["section"], keepWithNext=False)


def _section(title: str, note: str = "") -> list[Flowable]:
    """A section title (and its note), on a new page if less than 45 mm are left: the
    table under it then starts with it (``keepWithNext`` would push whole tables on)."""
    parts: list[Flowable] = [CondPageBreak(45 * mm), Paragraph(esc(title), _SECTION)]
    if note:
        parts.append(para(note, "note"))
    return parts


def _people_section(report: StatisticsReport) -> list[Flowable]:
    people = report.people
    story = _section("Persone raggiunte per area di intervento", COUNTING_NOTE)
    story.append(Spacer(1, 2 * mm))
    story.append(_areas_chart(report))
    story.append(Spacer(1, 2 * mm))
    story.append(
        _grid(
            ["Area", "Persone"],
            [[area.area_label, italian_int(area.persons)] for area in people.areas],
            [FRAME_WIDTH - 40 * mm, 40 * mm],
            total=["Totale persone distinte", italian_int(people.total)],
        )
    )
    if people.sum_of_areas != people.total:
        story.append(
            para(
                f"La somma delle aree è {italian_int(people.sum_of_areas)}: "
                f"{italian_int(people.sum_of_areas - people.total)} presenze in più di una "
                "area.",
                "note",
            )
        )
    story.append(para(PERIOD_NOTE, "note"))
    if people.districts:
        areas = people.areas
        first = 62 * mm  # "Municipio VII (Appio-Latino/Tuscolano/Cinecittà)" in two lines
        rest = (FRAME_WIDTH - first) / (len(areas) + 1)
        story += _section("Persone raggiunte per municipio")
        story.append(
            _grid(
                [
                    "Municipio",
                    *(short_area_label(a.area_code, a.area_label) for a in areas),
                    "Totale",
                ],
                [
                    [d.district_label, *(italian_int(n) for n in d.by_area), italian_int(d.total)]
                    for d in people.districts
                ],
                [first] + [rest] * (len(areas) + 1),
                total=[
                    "Totale",
                    *(italian_int(a.persons) for a in areas),
                    italian_int(people.total),
                ],
            )
        )
    return story


def _unmet_section(report: StatisticsReport) -> list[Flowable]:
    unmet = report.unmet
    story = _section("Bisogni senza risposta", UNMET_NOTE)
    if not unmet.total:
        story.append(para("Nessun bisogno senza risposta registrato nel periodo."))
        return story
    widths = [FRAME_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm]
    header = ["Aperti", "Risolti", "Totale"]

    def counts(open_: int, resolved: int) -> list[str]:
        return [italian_int(open_), italian_int(resolved), italian_int(open_ + resolved)]

    total = ["Totale", *counts(unmet.open, unmet.resolved)]
    story.append(
        _grid(
            ["Area", *header],
            [[t.label, *counts(t.open, t.resolved)] for t in unmet.by_area],
            widths,
            total=total,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _grid(
            ["Municipio", *header],
            [[t.label, *counts(t.open, t.resolved)] for t in unmet.by_district],
            widths,
            total=total,
        )
    )
    if unmet.average_days_to_resolve is not None:
        story.append(
            para(
                "Giorni medi dalla registrazione alla risoluzione: "
                f"{italian_decimal(unmet.average_days_to_resolve)}.",
                "note",
            )
        )
    story += _section("I bisogni più spesso senza risposta")
    story.append(
        _grid(
            ["Bisogno", *header],
            [[t.label, *counts(t.open, t.resolved)] for t in unmet.by_need],
            widths,
        )
    )
    return story


_OUTCOME_HEADER: Final = [
    "Inviati",
    "Accettati",
    "Rifiutati",
    "In attesa",
    "Accetta\u00adzione",
    "Giorni alla risposta: mediana (media)",
    "Conclu\u00adsione",
]
_OUTCOME_WIDTHS: Final = [13 * mm, 15 * mm, 14 * mm, 13 * mm, 16 * mm, 22 * mm, 15 * mm]


def _outcomes_table(items: Sequence[ReferralOutcome], first: str) -> Table:
    name_width = FRAME_WIDTH - sum(_OUTCOME_WIDTHS)
    rows: list[list[str | list[Flowable]]] = [
        [_name_cell(item.name, item.detail), *_outcome_cells(item)] for item in items[:TOP_ROWS]
    ]
    return _grid([first, *_OUTCOME_HEADER], rows, [name_width, *_OUTCOME_WIDTHS])


def _referral_section(report: StatisticsReport) -> list[Flowable]:
    outcomes = report.referrals
    total = outcomes.total
    story = _section("Esiti degli invii", REFERRAL_NOTE)
    if not total.sent:
        story.append(para("Nessun invio nel periodo."))
        return story
    story.append(
        para(
            f"Invii: {italian_int(total.sent)}; accettati {italian_int(total.accepted)}, "
            f"rifiutati {italian_int(total.refused)}, in attesa di risposta "
            f"{italian_int(total.waiting)}, annullati prima della risposta "
            f"{italian_int(total.cancelled)}; in corso {italian_int(total.in_progress)}, "
            f"conclusi {italian_int(total.completed)}, interrotti "
            f"{italian_int(total.interrupted)}. Tasso di accettazione "
            f"{italian_percent(total.acceptance_rate)}; giorni alla risposta: mediana "
            f"{italian_decimal(total.median_days_to_answer)}, media "
            f"{italian_decimal(total.average_days_to_answer)}; tasso di conclusione "
            f"{italian_percent(total.completion_rate)}."
        )
    )
    for items, title, first in (
        (outcomes.by_partner, "Per ente partner", "Ente (tipologia)"),
        (outcomes.by_service, "Per servizio", "Servizio (ente)"),
    ):
        shown = min(len(items), TOP_ROWS)
        suffix = (
            f" (i {shown} con più invii su {italian_int(len(items))}: l'elenco completo è "
            "nel file CSV)"
            if len(items) > TOP_ROWS
            else ""
        )
        story += _section(title + suffix)
        story.append(_outcomes_table(items, first))
    return story


def _months_section(report: StatisticsReport) -> list[Flowable]:
    story = _section("Prese in carico aperte e chiuse per mese")
    story.append(KeepTogether([_months_chart(report)]))
    width = 30 * mm
    story.append(
        _grid(
            ["Mese", "Aperte", "Chiuse"],
            [[m.label, italian_int(m.opened), italian_int(m.closed)] for m in report.months],
            [40 * mm, width, width],
            total=["Totale", italian_int(report.cases_opened), italian_int(report.cases_closed)],
        )
    )
    return story


def statistics_story(report: StatisticsReport) -> list[Flowable]:
    """The flowables of the report (one document)."""
    register_fonts()
    story: list[Flowable] = [
        para(TITLE, "title"),
        para(
            f"{report.scope_label} · {report.district_label} · {_period(report)} · "
            f"calcolate il {short_date(report.computed_on)}",
            "subtitle",
        ),
    ]
    story += _people_section(report)
    story += _unmet_section(report)
    story += _referral_section(report)
    story += _months_section(report)
    return story


def render_statistics_pdf(report: StatisticsReport) -> bytes:
    """The report as an A4 PDF (see the module docstring)."""
    footer = PageFooter(
        label=f"Statistiche {short_date(report.start)}–{short_date(report.end)}",
        note="Dati aggregati, senza dati personali. " + COUNTING_NOTE,
    )
    return build_pdf(
        [(footer, statistics_story(report))],
        title=TITLE,
        author=report.scope_label,
        subject=f"Statistiche {_period(report)}",
    )
