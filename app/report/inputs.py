"""The Answers and Weights sheets: what the user said and how it set the weights."""

from __future__ import annotations

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import PERCENT, SheetWriter
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
    w = SheetWriter(ws, lang)
    w.widths([5, 52, 36, 9, 34, 58])
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
    parts = presenter.weight_reasons(kb, result, criterion_id, report.lang)
    parts.append(t("report.why_norm"))
    return "\n".join(parts)


def _kind(report: Report, criterion_id: str) -> str:
    c = report.kb.criterion(criterion_id)
    if c.kind == "level":
        return report.t("kind.upside" if c.objective == "max" else "kind.risk")
    return report.t(f"kind.{c.kind}")


def write_weights(ws: Worksheet, report: Report) -> None:
    """Fill the Weights sheet: one row per criterion, as an Excel table."""
    t, kb, result = report.t, report.kb, report.result
    w = SheetWriter(ws, report.lang)
    w.widths([34, 17, 16, 11, 10, 14, 22, 76])
    w.title(1, t("report.weights_title"))
    w.header(
        HEADER_ROW,
        1,
        [
            t("report.criterion"),
            t("report.kind"),
            t("report.direction"),
            t("report.base_weight"),
            t("report.weight"),
            t("report.used_weight"),
            t("report.in_ranking"),
            t("report.why"),
        ],
    )
    questionnaire = matrix.weights(kb, result.answers) if _complete(report) else None
    used = dict(zip(result.active_criteria, result.active_weights, strict=True))
    base = kb.base_weights()
    row = HEADER_ROW
    for j, cid in enumerate(result.criteria):
        row += 1
        active = result.active[j]
        values = [
            report.criterion_name(cid),
            _kind(report, cid),
            report.better(cid),
            base[cid],
            float(result.weights[j]),
            float(used[cid]) if active else None,
            t("report.yes") if active else t("report.no_constant"),
            why_text(report, cid, questionnaire),
        ]
        for col, value in enumerate(values, start=1):
            w.put(
                row,
                col,
                value,
                wrap=col in (1, 2, 3, 7, 8),
                box=True,
                number_format=PERCENT if col in (4, 5, 6) else None,
            )
    w.table("Weights", HEADER_ROW, row, 1, 8)
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
