"""The Robustness sheet: rank acceptability, central weights, stability, what would change."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import APPENDIX_SIZE, HEADER_FILL, PERCENT, SheetWriter
from app.report.charts import axis_text
from app.report.context import Report

HEADER_ROW = 4
CHART_ROWS = 14  # rows of 15 pt kept free for the chart under the acceptability table


def write_robustness(ws: Worksheet, report: Report) -> None:
    """Fill the Robustness sheet from ``report.robustness``.

    One page when printed: the rank acceptability with its chart, what would change
    each model's place, and the rank-reversal check. The range of each weight keeping
    the recommendation first is on the Weights sheet, beside the weight.
    """
    analysis = report.robustness
    assert analysis is not None
    t, acc = report.t, analysis.acceptability
    n = len(acc.models)
    models = analysis.ranking.ranking
    w = SheetWriter(ws, report.lang, size=APPENDIX_SIZE)
    w.widths([34] + [11] * max(n, 4))
    w.title(1, t("report.sens_title"))
    w.note(2, t("report.sens_note", samples=acc.samples, seed=acc.seed), 1 + max(n, 4))

    # Rank acceptability: models (the recommendation order) × ranks, shares of the samples.
    row = HEADER_ROW
    w.section(row - 1, t("report.acc_title"), 1 + n, new_block=False)  # with the title
    w.header(row, 1, [t("report.model"), *(t("report.rank_n", n=r + 1) for r in range(n))])
    first_row = row + 1
    for model_id in models:
        row += 1
        # the short role: the chart's labels, each bar named
        w.put(row, 1, report.short_name(model_id), box=True, bold=model_id == models[0])
        for r, p in enumerate(acc.of(model_id)):
            w.put(row, 2 + r, float(p), number_format=PERCENT, box=True)
    last_row = row
    w.table("Acceptability", HEADER_ROW, last_row, 1, 1 + n)
    _acceptability_chart(ws, report, first_row, last_row, n, anchor_row=row + 1)
    for r in range(row + 1, row + 1 + CHART_ROWS):
        ws.row_dimensions[r].height = 15
    row += CHART_ROWS

    # What would need to change.
    row += 1
    w.section(row, t("report.cf_title"), 1 + n, new_block=False)  # with the chart above
    row += 1
    for col, label in enumerate((t("report.model"), t("report.change")), start=1):
        # not wrapped: the second header runs on over the columns its text fills
        w.put(row, col, label, bold=True, fill=HEADER_FILL, box=True)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=1 + n)
    for model_id in models:
        if model_id == analysis.counterfactual_baseline:
            continue
        cf = analysis.counterfactuals.get(model_id)
        row += 1
        w.put(row, 1, report.short_name(model_id), box=True)
        # Not wrapped: the text runs on into the empty cells to the right.
        w.put(
            row,
            2,
            t("report.cf_none")
            if cf is None
            else presenter.change_text(report.kb, cf.changes, report.lang),
        )

    # Rank reversal.
    row += 1
    rr = analysis.agreement.rank_reversal
    name = report.model_name(rr.best)
    text = (
        t("report.reversal_skipped")
        if rr.skipped
        else t("report.reversal_na", note=rr.note)
        if rr.invariant is None
        else t("report.reversal_yes", model=name, n=rr.mutations)
        if rr.invariant
        else t("report.reversal_no", model=name, rate=rr.preservation_rate or 0.0)
    )
    w.put(row, 1, t("report.reversal_title") + t("verdict.colon") + text, italic=True)

    ws.freeze_panes = "B1"  # column A only: the sheet holds several tables
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"))


def _acceptability_chart(
    ws: Worksheet, report: Report, first_row: int, last_row: int, n: int, anchor_row: int
) -> None:
    """A native stacked bar chart of the acceptability table (100 % per model)."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "percentStacked"
    chart.overlap = 100
    chart.title = report.t("report.acc_chart")
    chart.y_axis.title = report.t("report.share")
    chart.y_axis.number_format = "0%"
    data = Reference(ws, min_col=2, max_col=1 + n, min_row=HEADER_ROW, max_row=last_row)
    cats = Reference(ws, min_col=1, min_row=first_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    for series, color in zip(chart.series, presenter.RANK_COLORS, strict=False):
        series.graphicalProperties.solidFill = color.lstrip("#")  # the app's colours
        series.graphicalProperties.line.solidFill = color.lstrip("#")
    chart.x_axis.delete = False  # axes shown, as on the other charts
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # best model at the top, as in the table
    chart.x_axis.tickLblSkip = 1  # every model's label, in a size that fits
    chart.x_axis.txPr = axis_text(8)
    chart.y_axis.crosses = "max"  # ...which keeps the percentage axis at the bottom
    chart.height, chart.width = 7.2, 24
    ws.add_chart(chart, f"A{anchor_row}")
