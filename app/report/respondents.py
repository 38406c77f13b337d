"""The Respondents sheet: each respondent's answers and advice beside the combination.

Only in the report of an assessment with several respondents: a row per question (the
disputed ones shaded), a column per respondent and one for the combined answers, their
recommendations under them, then what the dispute does and the combining rule.
"""

from __future__ import annotations

from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.presenter import respondents as presenter_respondents
from app.presenter.clock import advice
from app.presenter.scenarios import answer_label
from app.report.cells import APPENDIX_SIZE, SheetWriter
from app.report.context import Report

HEADER_ROW = 3
DISPUTED = PatternFill("solid", fgColor="FFF4D6")


def write_respondents(ws: Worksheet, report: Report) -> None:
    """Fill the Respondents sheet from ``report.respondents``."""
    panel = report.respondents
    assert panel is not None
    t, kb, lang = report.t, report.kb, report.lang
    w = SheetWriter(ws, lang, size=APPENDIX_SIZE)
    columns = len(panel.names) + 2
    w.widths([26, *([28] * (columns - 1))])
    w.title(1, presenter.text(lang, "respondents.title"))
    w.header(HEADER_ROW, 1, [t("report.question"), *panel.names, t("report.combined")])
    row = HEADER_ROW
    for q in kb.questions:
        answers = [r.answers.get(q.id) for r in panel.results]
        if not any(a is not None for a in answers):
            continue
        row += 1
        fill = DISPUTED if q.id in panel.disputed else None
        w.put(row, 1, q.short.get(lang), box=True, wrap=True, fill=fill)
        values = [*answers, panel.combined.answers.get(q.id)]
        for k, a in enumerate(values, start=2):
            w.put(row, k, answer_label(kb, q.id, a, lang), box=True, wrap=True, fill=fill)
    row += 1
    w.put(row, 1, t("report.recommended"), bold=True, box=True, wrap=True)
    for k, r in enumerate((*panel.results, panel.combined_result), start=2):
        w.put(row, k, advice(kb, r.recommended, r.route, r.direction, lang), box=True, wrap=True)
    w.fit_rows(HEADER_ROW, row)
    # what the dispute does, and the rule (each respondent's advice is in the table)
    for line in presenter_respondents.panel_lines(kb, panel, lang)[len(panel.names) :]:
        row += 1
        w.note(row, line, columns)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
