"""The Answers and Weights sheets: what the user said and how it set the weights."""

from __future__ import annotations

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import APPENDIX_SIZE, PERCENT, SheetWriter
from app.report.context import Report
from criteria.decision import matrix

HEADER_ROW = 3


def _complete(report: Report) -> bool:
    answers = report.result.answers
    return report.kb.complete(answers)


def factors_by_question(report: Report) -> dict[str, list[tuple[str, float]]]:
    """Question id → the ``(criterion, multiplier)`` pairs its answer applied.

    From :func:`criteria.decision.matrix.weight_factors`; empty when the answers are incomplete.
    """
    out: dict[str, list[tuple[str, float]]] = {q.id: [] for q in report.kb.questions}
    if not _complete(report):
        return out
    for cid, items in matrix.weight_factors(report.kb, report.result.answers).items():
        for question, _option, factor in items:
            out[question].append((cid, float(factor)))
    return out


def _feeds(report: Report, question_id: str, level: int) -> str:
    t = report.t
    lines = []
    for c in report.kb.criteria:
        if c.question != question_id:
            continue
        key = {
            "gap": "report.feeds_gap",
            "range": "report.feeds_range",
            "match": "report.feeds_match",
        }[c.kind]
        lines.append(t(key, name=c.name.get(report.lang), level=level))
    return "\n".join(lines) or t("report.feeds_none")


def write_answers(ws: Worksheet, report: Report) -> None:
    """Fill the Answers sheet: one row per question, as an Excel table."""
    t, lang, kb = report.t, report.lang, report.kb
    answers = report.result.answers
    w = SheetWriter(ws, lang, size=APPENDIX_SIZE)
    w.widths([4, 40, 26, 7, 30, 44])
    w.title(1, t("report.answers_title"))
    w.header(
        HEADER_ROW,
        1,
        [
            "#",
            t("report.question"),
            t("report.answer"),
            t("report.level"),
            t("report.multipliers"),
            t("report.feeds"),
        ],
    )
    factors = factors_by_question(report)
    row = HEADER_ROW
    for number, q in enumerate(kb.questions, start=1):
        if q.id not in answers:
            continue
        row += 1
        option = q.get_option(answers[q.id])
        times = "\n".join(
            t("report.times", name=report.criterion_name(c), factor=f"{f:g}")
            for c, f in factors[q.id]
        ) or t("report.no_change")
        values = [
            number,
            q.text.get(lang),
            option.label.get(lang),
            t("report.level_text", level=option.level, n=len(q.options)),
            times,
            _feeds(report, q.id, option.level),
        ]
        for col, value in enumerate(values, start=1):
            w.put(row, col, value, wrap=col > 1, box=True, align="center" if col == 1 else None)
    if row > HEADER_ROW:
        w.table("Answers", HEADER_ROW, row, 1, 6)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def why_text(report: Report, criterion_id: str, questionnaire: np.ndarray | None) -> str:
    """Why a criterion's weight has its size: base weight, multipliers, normalisation."""
    t, kb, result = report.t, report.kb, report.result
    j = result.criteria.index(criterion_id)
    if questionnaire is None or not np.allclose(questionnaire, result.weights):
        if questionnaire is None:
            return t("report.why_manual", weight="—")
        return t("report.why_manual", weight=f"{questionnaire[j]:.1%}")
    return "\n".join(presenter.weight_reasons(kb, result, criterion_id, report.lang))


def criterion_kind(report: Report, criterion_id: str) -> str:
    """A criterion's kind in words: a requirement gap, a risk, an upside, a fit."""
    c = report.kb.criterion(criterion_id)
    if c.kind == "level":
        return report.t("kind.upside" if c.objective == "max" else "kind.risk")
    return report.t(f"kind.{c.kind}")


def write_weights(ws: Worksheet, report: Report) -> None:
    """Fill the Weights sheet: one row per criterion, as an Excel table.

    One weight per criterion, the figure the app shows; a criterion left out of the
    ranking (equal for every model) says so. With a robustness analysis, the range each
    weight can move in (the others rescaled) keeping the recommendation first.
    """
    t, kb, result = report.t, report.kb, report.result
    w = SheetWriter(ws, report.lang, size=APPENDIX_SIZE)
    stability = report.robustness.stability if report.robustness is not None else None
    widths = [24, 12, 11, 8, 8, 9, 56]
    headers = [
        t("report.criterion"),
        t("report.kind"),
        t("report.direction"),
        t("report.base_weight"),
        t("report.weight"),
        t("report.in_ranking"),
        t("report.why"),
    ]
    if stability is not None:
        widths += [9, 9]
        headers += [t("report.keeps_from"), t("report.keeps_to")]
    w.widths(widths)
    w.title(1, t("report.weights_title"))
    note = t("report.weights_note")
    if stability is not None:
        note += " " + t("report.keeps_note")
    w.note(2, note, len(widths))
    w.header(HEADER_ROW, 1, headers)
    questionnaire = matrix.weights(kb, result.answers) if _complete(report) else None
    base = kb.base_weights()
    # The stability ranges are shares of the criteria in the ranking; as shares of all
    # the weights they are scaled by the weight those criteria hold.
    held = result.active_share
    row = HEADER_ROW
    for j, cid in enumerate(result.criteria):
        row += 1
        active = result.active[j]
        values: list[object] = [
            report.criterion_name(cid),
            criterion_kind(report, cid),
            report.better(cid),
            base[cid],
            float(result.weights[j]),
            t("report.yes") if active else t("report.no_constant"),
            why_text(report, cid, questionnaire),
        ]
        if stability is not None:
            s = stability[cid]
            values += [None, None] if s.constant else [s.low * held, s.high * held]
        for col, value in enumerate(values, start=1):
            w.put(
                row,
                col,
                value,
                wrap=col in (1, 2, 3, 6, 7),
                box=True,
                number_format=PERCENT if col in (4, 5, 8, 9) else None,
            )
    w.table("Weights", HEADER_ROW, row, 1, len(headers))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
