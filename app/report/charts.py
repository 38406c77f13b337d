"""The Comparison sheet: native Excel charts over small helper tables on the same sheet.

A bar chart of the models' fit by the recommendation rule, and a radar chart of the top
three models over the criteria, each value scaled to 0..1 over the models (1 = best on
that criterion).
"""

from __future__ import annotations

import numpy as np
from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties,
    Font,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
)
from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import CJK_FONT, LATIN_FONT, SheetWriter
from app.report.context import Report

SCORES_HEADER_ROW = 3
CHART_COLUMN = "F"
RADAR_MODELS = 3
BAR_SIZE_CM = (17.0, 7.5)
RADAR_SIZE_CM = (17.0, 11.0)
GAP_CM = 0.6
ROW_HEIGHT = 15.0  # points, given to every row of the sheet so charts land the same everywhere
POINTS_PER_CM = 72 / 2.54


def chart_title(text: str, size: float = 12) -> Title:
    """A chart title in ``size`` points, Latin and Chinese fonts named."""
    props = CharacterProperties(
        sz=int(size * 100), b=True, latin=Font(typeface=LATIN_FONT), ea=Font(typeface=CJK_FONT)
    )
    paragraph = Paragraph(
        pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)]
    )
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def axis_text(size: float) -> RichText:
    """An axis's labels in ``size`` points, Latin and Chinese fonts named."""
    props = CharacterProperties(
        sz=int(size * 100), latin=Font(typeface=LATIN_FONT), ea=Font(typeface=CJK_FONT)
    )
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def row_below(ws: Worksheet, top_row: int, points: float) -> int:
    """The first row that starts at least ``points`` below the top of ``top_row``.

    Rows without a height get :data:`ROW_HEIGHT`, so Excel and LibreOffice agree on
    where the row is.
    """
    row, y = top_row, 0.0
    while y < points:
        if ws.row_dimensions[row].height is None:
            ws.row_dimensions[row].height = ROW_HEIGHT
        y += ws.row_dimensions[row].height
        row += 1
    return row


def normalised(report: Report) -> tuple[tuple[str, ...], np.ndarray]:
    """Active criteria and the models × criteria values scaled to 0..1, 1 = best.

    Cost criteria are reversed. Criteria equal for every model are left out (they
    would divide 0 by 0 and cannot tell the models apart).
    """
    result = report.result
    ids = result.active_criteria
    columns = []
    for cid in ids:
        j = result.criteria.index(cid)
        x = result.matrix[:, j]
        lo, hi = float(x.min()), float(x.max())
        scaled = (x - lo) / (hi - lo)
        columns.append(scaled if result.objectives[j] == "max" else 1.0 - scaled)
    return ids, np.column_stack(columns)


def _categories(chart: BarChart | RadarChart, labels: Reference) -> None:
    """Name the categories by text cells (openpyxl's ``set_categories`` says numbers)."""
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(labels)))


def _bar(ws: Worksheet, report: Report, last_row: int) -> BarChart:
    t = report.t
    chart = BarChart()
    chart.type = "bar"
    chart.title = chart_title(t("report.bar_title"))
    chart.add_data(
        Reference(ws, min_col=2, min_row=SCORES_HEADER_ROW, max_row=last_row), titles_from_data=True
    )
    _categories(chart, Reference(ws, min_col=1, min_row=SCORES_HEADER_ROW + 1, max_row=last_row))
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"  # best model at the top...
    chart.y_axis.crosses = "max"  # ...and the score axis still at the bottom
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.numFmt = "0"
    chart.y_axis.majorGridlines = None
    # Every model's label, never every second one: none skipped, in a size that fits.
    chart.x_axis.tickLblSkip = 1
    chart.x_axis.txPr = axis_text(8)
    chart.width, chart.height = BAR_SIZE_CM
    return chart


def _radar(
    ws: Worksheet, report: Report, header_row: int, last_row: int, n_models: int
) -> RadarChart:
    chart = RadarChart()
    chart.type = "marker"
    chart.title = chart_title(report.t("report.radar_title"))
    chart.add_data(
        Reference(ws, min_col=2, max_col=1 + n_models, min_row=header_row, max_row=last_row),
        titles_from_data=True,
    )
    _categories(chart, Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    for series, model_id in zip(chart.series, report.result.ranking, strict=False):
        color = presenter.model_color(model_id).lstrip("#")
        series.graphicalProperties.line.solidFill = color  # as in the app
        series.marker.graphicalProperties = GraphicalProperties(solidFill=color)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.majorUnit = 0.25
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = RADAR_SIZE_CM
    return chart


def write_charts(ws: Worksheet, report: Report) -> None:
    """Fill the Comparison sheet: two helper tables and the charts drawn from them."""
    t, result = report.t, report.result
    w = SheetWriter(ws, report.lang)
    w.widths([34, 13, 13, 13, 2])
    w.title(1, t("report.charts_title"))

    w.header(SCORES_HEADER_ROW, 1, [t("report.model"), t("report.bar_axis")])
    row = SCORES_HEADER_ROW
    for model_id in result.ranking:  # the recommendation rule's order and fit
        row += 1
        # The chart's categories: the short role, so that every bar keeps its label
        # (full role sentences left every second one out in English).
        w.put(row, 1, report.short_name(model_id), box=True, wrap=True)
        w.put(
            row,
            2,
            round(100 * float(result.fit[result.models.index(model_id)]), 2),
            number_format="0.0",
            box=True,
        )
    ws.add_chart(_bar(ws, report, row), f"{CHART_COLUMN}{SCORES_HEADER_ROW}")

    top = result.ranking[:RADAR_MODELS]
    ids, values = normalised(report)
    row += 2
    w.put(row, 1, t("report.radar_note"), italic=True, wrap=True)
    row += 1
    radar_header = row
    w.header(row, 1, [t("report.criterion"), *(report.short_name(m) for m in top)])
    for k, cid in enumerate(ids):
        row += 1
        w.put(row, 1, report.criterion_name(cid), box=True)
        for col, model_id in enumerate(top, start=2):
            w.put(
                row,
                col,
                float(values[result.models.index(model_id), k]),
                number_format="0.00",
                box=True,
            )
    w.fit_rows(1, row)
    below_bar = row_below(ws, SCORES_HEADER_ROW, (BAR_SIZE_CM[1] + GAP_CM) * POINTS_PER_CM)
    ws.add_chart(_radar(ws, report, radar_header, row, len(top)), f"{CHART_COLUMN}{below_bar}")
    row_below(ws, below_bar, RADAR_SIZE_CM[1] * POINTS_PER_CM)
    w.print_setup(t("report.footer"), one_page=True)
