"""A survey's results as .xlsx: Results, a Summary with a native chart, and Errors.

Written in openpyxl's write-only mode; every text cell a user typed is stored as text,
never as a formula. The Summary shows how the recommendations are distributed and how
they vary with the trade direction and the budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

import criteria
from app import presenter
from app.catalogue import Labels
from app.survey.reading import Survey
from app.survey.writing import NOT_XML, errors_path, result_header
from criteria.decision import batch as core

#: What one sheet of an .xlsx holds (Excel's limits).
XLSX_ROWS, XLSX_COLUMNS, XLSX_CELL = 1_048_576, 16_384, 32_767
#: Rejected cells the Errors sheet lists (its header and a closing note take two rows).
ERRORS_SHOWN = XLSX_ROWS - 2


def spills(survey: Survey) -> bool:
    """Whether the rejected cells are more than the Errors sheet holds.

    The rest then go to the errors CSV beside the workbook.
    """
    return len(survey.rejected) > ERRORS_SHOWN


def check_fits(survey: Survey, kb: criteria.KnowledgeBase) -> None:
    """Refuse a survey whose results an .xlsx cannot hold whole, before it is ranked.

    Raises :class:`app.survey.BatchError` naming the limit: more result rows than a
    sheet's rows, more columns than its columns, a passed-through text longer than a
    cell holds (Excel would cut it).
    """
    from app.survey.reading import BatchError

    columns = len(survey.extra_columns) + len(result_header(kb))
    if columns > XLSX_COLUMNS:
        raise BatchError("xlsx_columns", n=columns, limit=XLSX_COLUMNS)
    if len(survey.rows) + 1 > XLSX_ROWS:
        raise BatchError("xlsx_rows", n=len(survey.rows), limit=XLSX_ROWS - 1)
    for row, values in zip(survey.rows, survey.extra, strict=True):
        for column, value in zip(survey.extra_columns, values, strict=True):
            if len(value) > XLSX_CELL:
                raise BatchError("xlsx_cell", row=row, column=column, n=len(value), limit=XLSX_CELL)


def xlsx_bytes(
    target: Path | str,
    survey: Survey,
    kb: criteria.KnowledgeBase,
    result: core.BatchResult,
    rows: list[list[Any]],
    lang: str,
) -> bytes:
    """The results, a summary with a native chart, and the rejected rows, as .xlsx."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference

    t = Labels(lang)
    wb = Workbook(write_only=True)

    def cells(ws: Any, values: Sequence[Any]) -> list[Any]:
        out = list(values)
        for k, v in enumerate(out):
            if isinstance(v, str):
                if NOT_XML.search(v):
                    v = out[k] = NOT_XML.sub("\ufffd", v)
                if v.startswith("="):  # would be a formula: a cell stored as text instead
                    cell = WriteOnlyCell(ws, value=v)
                    cell.data_type = "s"
                    out[k] = cell
        return out

    results = wb.create_sheet(t("batch.sheet.results"))
    header = [*survey.extra_columns, *result_header(kb)]
    results.append(cells(results, header))
    for extra, values in zip(survey.extra, rows, strict=True):
        results.append(cells(results, [*extra, *values]))

    summary = wb.create_sheet(t("batch.sheet.summary"))
    summary.append(cells(summary, [t("batch.summary_title")]))
    summary.append(
        cells(
            summary,
            [
                t(
                    "batch.read",
                    rows=survey.read,
                    good=len(survey.rows),
                    bad=survey.rejected_rows,
                    profiles=result.profiles,
                )
            ],
        )
    )
    summary.append([])
    summary.append(cells(summary, [t("batch.model"), t("batch.count"), t("batch.share")]))
    counts = np.bincount(
        np.where(result.recommended < 0, len(kb.models), result.recommended),
        minlength=len(kb.models) + 1,
    )
    total = max(1, len(result))
    for k, m in enumerate(kb.model_ids):
        summary.append(
            cells(
                summary,
                [
                    presenter.short_role(kb, m, "export", lang)
                    + " / "
                    + presenter.short_role(kb, m, "import", lang),
                    int(counts[k]),
                    round(counts[k] / total, 4),
                ],
            )
        )
    summary.append(
        cells(summary, [t("batch.none_feasible"), int(counts[-1]), round(counts[-1] / total, 4)])
    )
    ties = int(result.near_tie.any(axis=1).sum())
    summary.append(cells(summary, [t("batch.near_ties"), ties, round(ties / total, 4)]))
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("batch.chart")
    chart.add_data(
        Reference(summary, min_col=2, min_row=4, max_row=5 + len(kb.models)), titles_from_data=True
    )
    chart.set_categories(Reference(summary, min_col=1, min_row=5, max_row=5 + len(kb.models)))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.width, chart.height = 22, 9
    summary.add_chart(chart, "E4")

    # How the recommendation varies with the trade direction and the budget.
    summary.append([])
    summary.append(cells(summary, [t("batch.by_capital")]))
    capital = kb.question("capital")
    direction = kb.question("trade_direction")
    qd = kb.questions.index(direction)
    qc = kb.questions.index(capital)
    summary.append(
        cells(summary, [t("batch.direction"), t("batch.capital"), *kb.model_ids, "none"])
    )
    for d, d_opt in enumerate(direction.options):
        for c, c_opt in enumerate(capital.options):
            mine = (survey.idx[:, qd] == d) & (survey.idx[:, qc] == c) if len(result) else []
            if not np.any(mine):
                continue
            sub = result.recommended[mine]
            row_counts = np.bincount(
                np.where(sub < 0, len(kb.models), sub), minlength=len(kb.models) + 1
            )
            summary.append(
                cells(
                    summary, [d_opt.label.get(lang), c_opt.label.get(lang), *map(int, row_counts)]
                )
            )

    errors = wb.create_sheet(t("batch.sheet.errors"))
    errors.append(cells(errors, [t("batch.row"), t("batch.column"), t("batch.reason")]))
    shown = survey.rejected[:ERRORS_SHOWN] if spills(survey) else survey.rejected
    for r in shown:
        errors.append(cells(errors, [r.row, r.column, r.reason(lang)]))
    if spills(survey):
        more = len(survey.rejected) - ERRORS_SHOWN
        where = errors_path(target).name
        errors.append(cells(errors, [t("batch.errors_spill", n=more, where=where)]))
    from app.report.writer import workbook_bytes

    return workbook_bytes(wb, target)
