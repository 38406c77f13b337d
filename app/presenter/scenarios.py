"""Scenarios side by side, in the owner's words: one sentence per pair of assessments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.presenter.clock import advice, date_text
from app.presenter.words import short_role, text
from criteria.decision.scenarios import Comparison, Difference
from criteria.knowledge import KnowledgeBase


def scenario_name(path: str | Path, document: Any) -> str:
    """A scenario's name: the company saved in its file, else the file's name."""
    company = document.get("company") if isinstance(document, dict) else None
    given = company.strip() if isinstance(company, str) else ""
    return given or Path(path).stem


def unique_names(names: list[str]) -> list[str]:
    """Names made unique: a name given twice or more is numbered by its place."""
    return [f"{n} ({k + 1})" if names.count(n) > 1 else n for k, n in enumerate(names)]


def answer_label(kb: KnowledgeBase, question_id: str, option_id: str | None, lang: str) -> str:
    """An option's label ("—" for a question not asked)."""
    if option_id is None:
        return "—"
    return kb.question(question_id).get_option(option_id).label.get(lang)


def pair_sentence(kb: KnowledgeBase, comparison: Comparison, d: Difference, lang: str) -> str:
    """Which answers the second scenario changes, and what that does to the advice."""
    a, b = comparison.results[d.first], comparison.results[d.second]
    changes = ("；" if lang == "zh" else "; ").join(
        text(
            lang,
            "scenario.change",
            question=kb.question(q).short.get(lang),
            first=answer_label(kb, q, x, lang),
            second=answer_label(kb, q, y, lang),
        )
        for q, x, y in d.answers
    ) or text(lang, "scenario.same_answers")
    first = advice(kb, a.recommended, a.route, a.direction, lang)
    second = advice(kb, b.recommended, b.route, b.direction, lang)
    if d.recommendation_changed:
        outcome = text(lang, "scenario.changes_model", first=first, second=second)
    elif d.route_changed:
        outcome = text(lang, "scenario.changes_route", second=second)
    else:
        outcome = text(lang, "scenario.stays", first=first)
    return text(
        lang,
        "scenario.pair",
        first=comparison.names[d.first],
        second=comparison.names[d.second],
        changes=changes,
        outcome=outcome,
    )


def table_rows(
    kb: KnowledgeBase, comparison: Comparison, lang: str, *, shared: bool = True
) -> list[list[str]]:
    """Rows of the side-by-side table, one per answer and result.

    Each answer (marked * where they differ; only those unless ``shared``), then the
    recommendation, route, confidence, every model's fit (✗: not feasible) and the
    first change within the horizon.
    """
    results = comparison.results
    rows = []
    for q in kb.questions:
        values = [r.answers.get(q.id) for r in results]
        differs = len(set(values)) > 1
        if all(v is None for v in values) or not (differs or shared):
            continue
        mark = " *" if differs else ""
        rows.append([q.short.get(lang) + mark, *(answer_label(kb, q.id, v, lang) for v in values)])
    none = text(lang, "scenario.none")
    rows.append(
        [
            text(lang, "scenario.recommended"),
            *(
                short_role(kb, r.recommended, r.direction, lang) if r.recommended else none
                for r in results
            ),
        ]
    )
    rows.append(
        [
            text(lang, "scenario.route"),
            *(
                kb.route(r.recommended, r.direction, r.route).name.get(lang)
                if r.recommended and r.route
                else "—"
                for r in results
            ),
        ]
    )
    rows.append(
        [
            text(lang, "scenario.confidence"),
            *(
                next(b.label.get(lang) for b in kb.rule.confidence if b.id == r.confidence.label)
                if r.confidence is not None and r.confidence.share is not None
                else "—"
                for r in results
            ),
        ]
    )
    for i, m in enumerate(kb.model_ids):
        rows.append(
            [
                text(lang, "scenario.fit", role=short_role(kb, m, results[0].direction, lang)),
                *(
                    f"{100 * float(r.fit[i]):.1f}" + ("" if r.feasible[i] else " ✗")
                    for r in results
                ),
            ]
        )
    rows.append(
        [
            text(lang, "scenario.first_change"),
            *(
                text(lang, "scenario.holds")
                if r.first_change is None
                else date_text(r.first_change.date, lang)
                for r in results
            ),
        ]
    )
    return rows
