"""The Matrix sheet: models × criteria, directions and weights, levels and their sources."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from app.report.cells import PERCENT, SheetWriter
from app.report.context import Report
from app.report.sources import citation, source_row
from criteria.knowledge.schema import LevelEntry, MatchEntry

HEADER_ROW = 4
MODEL_WIDTH = 38
CRITERION_WIDTH = 17


def level_text(report: Report, criterion_id: str, model_id: str) -> object:
    """What a cell is built from: a model's required level, inherent level or range."""
    c = report.kb.criterion(criterion_id)
    entry = report.entry(criterion_id, model_id)
    if isinstance(entry, LevelEntry):
        return report.t("report.needs", level=entry.level) if c.kind == "gap" else entry.level
    assert c.question is not None  # range and match criteria name their question
    question = report.kb.question(c.question)
    if isinstance(entry, MatchEntry):
        answer = report.result.answers.get(c.question)
        return report.t("report.mismatch", mismatch=entry.mismatch[answer]) if answer else ""
    low = question.get_option(entry.low).label.get(report.lang)
    if entry.low == entry.high:
        return low
    return report.t(
        "report.suits", low=low, high=question.get_option(entry.high).label.get(report.lang)
    )


def _block_header(w: SheetWriter, report: Report, row: int) -> None:
    w.header(
        row,
        1,
        [report.t("report.model"), *(report.criterion_name(c) for c in report.result.criteria)],
    )


def write_matrix(ws: Worksheet, report: Report) -> None:
    """Fill the Matrix sheet: three blocks with the same rows and columns."""
    t, result = report.t, report.result
    w = SheetWriter(ws, report.lang)
    n_cols = 1 + len(result.criteria)
    w.widths([MODEL_WIDTH] + [CRITERION_WIDTH] * len(result.criteria))
    w.title(1, t("report.matrix_title"))
    w.put(2, 1, t("report.matrix_note"), italic=True)

    # Block 1: the numbers the methods ranked, with direction, weight and use.
    _block_header(w, report, HEADER_ROW)
    row = HEADER_ROW
    for i, model_id in enumerate(result.models):
        row += 1
        w.put(row, 1, report.model_name(model_id), bold=True, wrap=True, box=True)
        for j in range(len(result.criteria)):
            w.put(row, 2 + j, float(result.matrix[i, j]), box=True)
    w.table("Matrix", HEADER_ROW, row, 1, n_cols)
    extra: list[tuple[str, list[Any], str | None]] = [
        (t("report.direction_row"), [report.better(c) for c in result.criteria], None),
        (t("report.weight_row"), [float(x) for x in result.weights], PERCENT),
        (
            t("report.in_ranking_row"),
            [t("report.yes") if a else t("report.no_constant") for a in result.active],
            None,
        ),
    ]
    for label, values, fmt in extra:
        row += 1
        w.put(row, 1, label, bold=True, box=True)
        for j, value in enumerate(values):
            w.put(row, 2 + j, value, number_format=fmt, wrap=True, italic=fmt is None, box=True)

    # Block 2: what each cell is built from.
    row += 2
    w.section(row, t("report.levels_title"), n_cols)
    row += 1
    first = row
    _block_header(w, report, row)
    for model_id in result.models:
        row += 1
        w.put(row, 1, report.model_name(model_id), bold=True, wrap=True, box=True)
        for j, cid in enumerate(result.criteria):
            w.put(row, 2 + j, level_text(report, cid, model_id), wrap=True, box=True, align="right")
    w.table("MatrixLevels", first, row, 1, n_cols)

    # Block 3: the source of each level, linked to its row on the Sources sheet.
    row += 2
    w.section(row, t("report.sources_title"), n_cols)
    row += 1
    first = row
    _block_header(w, report, row)
    sources_sheet = quote_sheetname(report.sheet_name("sources"))
    for model_id in result.models:
        row += 1
        w.put(row, 1, report.model_name(model_id), bold=True, wrap=True, box=True)
        for j, cid in enumerate(result.criteria):
            sid = report.entry(cid, model_id).source
            if sid is None:
                w.put(row, 2 + j, t("report.estimate"), wrap=True, box=True, italic=True)
                continue
            text = citation(report, sid)
            cell = w.put(row, 2 + j, text, wrap=True, box=True, color="1F4E96")
            cell.hyperlink = Hyperlink(
                ref=cell.coordinate,
                display=text,
                location=f"{sources_sheet}!A{source_row(report, sid)}",
            )
    w.table("MatrixSources", first, row, 1, n_cols)

    ws.freeze_panes = "B1"  # column A only: the sheet holds several tables
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"))
