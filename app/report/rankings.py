"""The Rankings sheet: each method's scores and ranks, the consensus, and their agreement."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.report.cells import (
    APPENDIX_SIZE,
    HEADER_FILL,
    INTEGER,
    MEAN_RANK,
    PERCENT,
    SCORE,
    TAU,
    SheetWriter,
)
from app.report.charts import fit_chart
from app.report.context import Report
from criteria.decision.result import CONSENSUS
from criteria.robustness import agreement

HEADER_ROW = 4


def first_choices(report: Report, method: str) -> tuple[str, ...]:
    """The models a method ranks first (more than one when tied)."""
    result = report.result
    return tuple(m for m in result.rankings[method] if result.rank_of(m, method) == 1)


def _scores_table(w: SheetWriter, report: Report) -> int:
    t, result = report.t, report.result
    headers = [
        t("report.model"),
        t("report.rule_rank"),
        t("report.fit"),
        t("report.feasible"),
        t("report.consensus_rank"),
        t("report.mean_rank"),
    ]
    for m in result.methods:
        headers += [
            t("report.score", method=report.method_short(m)),
            t("report.rank", method=report.method_short(m)),
        ]
    w.header(HEADER_ROW, 1, headers)
    row = HEADER_ROW
    for model_id in result.ranking:
        row += 1
        i = result.models.index(model_id)
        values: list[tuple[object, str | None]] = [
            (report.short_name(model_id), None),
            (int(result.rule_ranks[i]), INTEGER),
            (round(100 * float(result.fit[i]), 4), MEAN_RANK),
            (t("report.yes") if result.feasible[i] else t("report.not_feasible"), None),
            (int(result.consensus_ranks[i]), INTEGER),
            (float(result.consensus_mean_rank[i]), MEAN_RANK),
        ]
        for m in result.methods:
            values += [(float(result.scores[m][i]), SCORE), (int(result.ranks[m][i]), INTEGER)]
        for col, (value, fmt) in enumerate(values, start=1):
            w.put(
                row,
                col,
                value,
                number_format=fmt,
                box=True,
                wrap=col == 1,
                bold=col == 1 and model_id == result.recommended,
            )
    w.table("Rankings", HEADER_ROW, row, 1, len(headers))
    return row


def _matrix_table(w: SheetWriter, report: Report, row: int) -> int:
    """The decision matrix the methods ranked: criteria down, models across, weights.

    Its directions are in the section's heading (two criteria are upsides); what each
    number is built from is on the Levels sheet.
    """
    t, result = report.t, report.result
    models = result.models
    upsides = [
        report.criterion_name(c)
        for c, o in zip(result.criteria, result.objectives, strict=True)
        if o == "max"
    ]
    n_cols = 2 + len(models)
    w.section(row, t("report.matrix_title"), n_cols)
    row += 1
    directions = (
        t("report.matrix_directions", upsides=t.sep.join(upsides))
        if upsides
        else t("report.matrix_lower")
    )
    w.note(row, directions, n_cols, first_col=1)
    row += 1
    first = row
    w.header(
        row,
        1,
        [t("report.criterion"), t("report.weight_row"), *(report.short_name(m) for m in models)],
        terms=False,
    )
    for j, cid in enumerate(result.criteria):
        row += 1
        w.put(row, 1, report.criterion_name(cid), bold=True, wrap=True, box=True)
        w.put(row, 2, float(result.weights[j]), number_format=PERCENT, box=True)
        for i in range(len(models)):
            w.put(row, 3 + i, float(result.matrix[i, j]), box=True)
    w.table("Matrix", first, row, 1, n_cols)
    return row


def _methods_table(w: SheetWriter, report: Report, row: int, col: int) -> int:
    """Each method's first choice against the consensus's, and how alike their orders are.

    From ``row`` in columns ``col`` to ``col + 4``: the method, whether its first choice
    is the consensus's, that first choice (two columns) and Kendall's tau between its
    ranks and the consensus's. The last row: the share of methods placing the
    recommended model first.
    """
    t, result = report.t, report.result
    taus = agreement.kendall_taus(result)
    w.section(row, t("report.top_title"), col + 4, first_col=col)
    row += 1
    w.header(row, col, [t("report.method"), t("report.agrees"), t("report.first_choice"), ""])
    w.put(row, col + 4, t("report.tau"), bold=True, wrap=True, fill=HEADER_FILL, box=True)
    w.ws.merge_cells(start_row=row, start_column=col + 2, end_row=row, end_column=col + 3)
    consensus = {m for m in result.models if result.rank_of(m, CONSENSUS) == 1}
    for m in result.methods:
        row += 1
        firsts = first_choices(report, m)
        w.put(row, col, report.method_short(m), bold=True, box=True)
        # The column's question: does the method's first choice share the consensus's?
        agrees = bool(consensus & set(firsts))
        w.put(row, col + 1, t("report.yes") if agrees else "—", box=True, align="center")
        w.put(row, col + 2, t.sep.join(report.short_name(x) for x in firsts), box=True)
        w.put(row, col + 3, None, box=True)
        w.ws.merge_cells(start_row=row, start_column=col + 2, end_row=row, end_column=col + 3)
        tau = taus[m]["consensus"]
        w.put(row, col + 4, "—" if tau is None else tau, number_format=TAU, box=True)
    row += 1
    n_methods = len(result.methods)
    share = sum(result.recommended in first_choices(report, m) for m in result.methods)
    w.put(row, col, t("report.share_top"), bold=True, wrap=True)
    w.ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + 2)
    w.put(row, col + 3, share / n_methods, number_format="0%", align="center")
    w.put(row, col + 4, t("report.firsts_text", k=share, n=n_methods))
    return row


def write_rankings(ws: Worksheet, report: Report) -> None:
    """Fill the Rankings sheet, one printed page.

    The scores and ranks of every method; below them the decision matrix the methods
    ranked and, beside it, the fit chart and each method's first choice against the
    consensus's.
    """
    t, result = report.t, report.result
    w = SheetWriter(ws, report.lang, size=APPENDIX_SIZE)
    n_methods = len(result.methods)
    widths = [22, 9, 9, 10, 9, 9] + [9] * (2 * n_methods)
    widths[len(result.models) + 3] = 12  # the methods' names beside the matrix
    w.widths(widths)
    w.title(1, t("report.rankings_title"))
    w.note(2, t("report.rule_text") + " " + t("report.rankings_note"), len(widths))
    row = _scores_table(w, report)

    top = row + 2
    last = _matrix_table(w, report, top)
    w.fit_rows(HEADER_ROW, last)
    # Beside the matrix, one column clear of it: the fit chart, then the methods' table.
    col = 2 + len(result.models) + 2
    chart = fit_chart(ws, report, HEADER_ROW + 1, HEADER_ROW + len(result.models))
    ws.add_chart(chart, f"{get_column_letter(col)}{top}")
    needed, below = chart.height / 2.54 * 72 + 6, top  # cm → points, and a gap
    while needed > 0:
        needed -= w.row_height(below)
        below += 1
    last = max(last, _methods_table(w, report, below, col))

    ws.freeze_panes = "B1"  # column A only: the sheet holds several tables
    w.fit_rows(HEADER_ROW, last)
    w.print_setup(t("report.footer"), one_page=True)
