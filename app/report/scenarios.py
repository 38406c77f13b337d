"""Scenarios side by side as .xlsx, on one sheet.

The answers (the differing cells shaded), each scenario's advice, every model's fit
with a native bar chart, and one sentence per pair saying what the changed answers did.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill

import criteria
from app import presenter
from app.presenter import scenarios as pscenarios
from app.report.writer import workbook_bytes
from app.survey.writing import safe_text
from criteria.decision.scenarios import Comparison

DIFFERS = PatternFill("solid", fgColor="FFF4D6")
HEADER = PatternFill("solid", fgColor="DDE7F3")


def scenarios_bytes(
    target: Path | str, kb: criteria.KnowledgeBase, comparison: Comparison, lang: str = "en"
) -> bytes:
    """The comparison's workbook for ``target``, as bytes (written with the other outputs)."""
    book = Workbook()
    ws = book.active
    ws.title = presenter.text(lang, "scenario.sheet")
    ws["A1"] = presenter.text(lang, "scenario.title")
    ws["A1"].font = Font(bold=True, size=14)
    header = [presenter.text(lang, "scenario.answer"), *comparison.names]
    ws.append([])
    ws.append([safe_text(h) for h in header])
    for cell in ws[3]:
        cell.font, cell.fill = Font(bold=True), HEADER
    for row in pscenarios.table_rows(kb, comparison, lang):
        ws.append([safe_text(row[0]), *(_number(v) for v in row[1:])])
        if row[0].endswith(" *"):
            for cell in ws[ws.max_row][1:]:
                cell.fill = DIFFERS
    ws.append([])
    for d in comparison.differences:
        ws.append([safe_text(pscenarios.pair_sentence(kb, comparison, d, lang))])
    ws.column_dimensions["A"].width = 34
    for k in range(len(comparison.names)):
        ws.column_dimensions[chr(66 + k)].width = 30
    # the chart's own block: one row per model, one column of fit (0-100) per scenario
    ws.append([])
    top = ws.max_row + 1
    ws.append([presenter.text(lang, "scenario.chart"), *comparison.names])
    direction = comparison.results[0].direction
    for i, m in enumerate(kb.model_ids):
        ws.append(
            [
                presenter.short_role(kb, m, direction, lang),
                *(round(100 * float(r.fit[i]), 1) for r in comparison.results),
            ]
        )
    chart = BarChart()
    chart.type = "bar"
    chart.title = presenter.text(lang, "scenario.chart")
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    chart.add_data(
        Reference(
            ws, min_col=2, max_col=1 + len(comparison.names), min_row=top, max_row=ws.max_row
        ),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=ws.max_row))
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"A{ws.max_row + 2}")
    for row in ws.iter_rows(min_row=4):
        for cell in row[1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    return workbook_bytes(book, target)


def _number(value: str) -> str | float:
    """A fit as a number (the chart reads it), any other cell as safe text."""
    try:
        return float(value)
    except ValueError:
        return safe_text(value)
