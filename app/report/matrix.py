"""The Levels sheet: what each number of the decision matrix is built from, and its source."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from app.report.cells import APPENDIX_SIZE, SheetWriter, wrapped_lines
from app.report.context import Report
from app.report.inputs import criterion_kind
from app.report.sources import citation
from criteria.knowledge.schema import LevelEntry, MatchEntry

HEADER_ROW = 4
CRITERION_WIDTH = 22
#: Column B: a criterion's kind on one line.
KIND_WIDTH = 13
#: Column C: the SME's answer it reads.
ANSWER_WIDTH = 14
MODEL_WIDTH = 17.5


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


def write_matrix(ws: Worksheet, report: Report) -> None:
    """Fill the Levels sheet: what each number of the decision matrix is built from.

    Criteria down, models across: a required level, a level or a range, with its
    source's number on the Sources sheet (the numbers themselves are on the Rankings
    sheet, beside what the methods made of them). A source is cited by number, not
    linked: a linked cell prints on one line in LibreOffice, cutting a long level.
    """
    t, result = report.t, report.result
    w = SheetWriter(ws, report.lang, size=APPENDIX_SIZE)
    models = result.models
    w.widths([CRITERION_WIDTH, KIND_WIDTH, ANSWER_WIDTH] + [MODEL_WIDTH] * len(models))
    w.title(1, t("report.levels_title"))
    n_cols = 3 + len(models)
    w.note(2, t("report.levels_note"), n_cols)
    names = [report.short_name(m) for m in models]
    w.header(HEADER_ROW, 1, [t("report.criterion"), t("report.kind"), t("report.answer"), *names])
    room = (MODEL_WIDTH - 1) * 11 / APPENDIX_SIZE  # a line of a model's column
    row = HEADER_ROW
    for cid in result.criteria:
        row += 1
        c = report.kb.criterion(cid)
        w.put(row, 1, report.criterion_name(cid), bold=True, wrap=True, box=True)
        w.put(row, 2, criterion_kind(report, cid), wrap=True, italic=True, box=True)
        answer = result.answers.get(c.question) if c.question else None
        label = (
            report.kb.question(c.question).get_option(answer).label.get(report.lang)
            if c.question and answer
            else "—"
        )
        w.put(row, 3, label, wrap=True, box=True)
        for i, model_id in enumerate(models):
            sid = report.entry(cid, model_id).source
            level = level_text(report, cid, model_id)
            cite = t("report.estimate") if sid is None else citation(report, sid)
            # after the level on its last line when there is room, on a line below if not
            fits = wrapped_lines(f"{level} {cite}", room) == wrapped_lines(str(level), room)
            joint = " " if fits else "\n"
            w.put(row, 4 + i, f"{level}{joint}{cite}" if level != "" else cite, wrap=True, box=True)
    w.table("Levels", HEADER_ROW, row, 1, n_cols)
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
