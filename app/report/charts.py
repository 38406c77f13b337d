"""Native Excel charts and their text: the fit chart of the Rankings sheet, titles, axes."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
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

from app.report.cells import CJK_FONT, LATIN_FONT
from app.report.context import Report

#: The fit chart beside the matrix on the Rankings sheet: five columns wide.
FIT_CHART_CM = (9.0, 7.4)


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


def fit_chart(ws: Worksheet, report: Report, first_row: int, last_row: int) -> BarChart:
    """A bar per role in the rule's order, the best at the top, each one labelled.

    Its categories are the short roles in column A and its values the fit in column C
    of ``first_row`` to ``last_row`` (the Rankings table).
    """
    chart = BarChart()
    chart.type = "bar"
    chart.title = chart_title(report.t("report.bar_title"), 10)
    chart.add_data(Reference(ws, min_col=3, min_row=first_row, max_row=last_row))
    _categories(chart, Reference(ws, min_col=1, min_row=first_row, max_row=last_row))
    for series in chart.series:
        series.graphicalProperties.solidFill = "4472C4"
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"  # best model at the top...
    chart.y_axis.crosses = "max"  # ...and the fit axis still at the bottom
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.numFmt = "0"
    chart.y_axis.majorGridlines = None
    # Every model's label, never every second one: short roles, in a size that fits.
    chart.x_axis.tickLblSkip = 1
    chart.x_axis.txPr = axis_text(9)
    chart.y_axis.txPr = axis_text(9)
    chart.width, chart.height = FIT_CHART_CM
    return chart


def _categories(chart: BarChart | RadarChart, labels: Reference) -> None:
    """Name the categories by text cells (openpyxl's ``set_categories`` says numbers)."""
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(labels)))
