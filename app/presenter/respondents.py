"""Several respondents in the owner's words: each one's advice, the dispute, the combination."""

from __future__ import annotations

from app.presenter.clock import advice
from app.presenter.scenarios import answer_label
from app.presenter.words import text, words
from criteria.decision.respondents import Panel
from criteria.knowledge import KnowledgeBase


def panel_lines(kb: KnowledgeBase, panel: Panel, lang: str) -> list[str]:
    """What the respondents say, where they differ, whether it matters, and the rule.

    One line each: every respondent's recommendation; the disputed questions with each
    one's answer; whether the disagreement changes the recommendation (across every
    combination of the disputed answers); the combined answers' recommendation, the
    rule, and the questions a tie decided.
    """
    t = words(lang)
    lines = [
        text(
            lang,
            "respondents.one",
            name=name,
            advice=advice(kb, r.recommended, r.route, r.direction, lang),
        )
        for name, r in zip(panel.names, panel.results, strict=True)
    ]
    if panel.disputed:
        questions = t.sep_strong.join(
            text(
                lang,
                "respondents.question",
                question=kb.question(q).short.get(lang),
                answers=t.sep.join(
                    text(
                        lang,
                        "respondents.answer",
                        name=name,
                        answer=answer_label(kb, q, r.answers.get(q), lang),
                    )
                    for name, r in zip(panel.names, panel.results, strict=True)
                ),
            )
            for q in panel.disputed
        )
        lines.append(text(lang, "respondents.disputed", questions=questions))
        direction = panel.combined_result.direction
        said = sorted(panel.recommendations, key=lambda m: (m is None, m or ""))
        if not panel.outcomes:
            lines.append(text(lang, "respondents.too_many"))
        elif panel.disagreement_matters:
            advices = t("respondents.or").join(advice(kb, m, None, direction, lang) for m in said)
            lines.append(text(lang, "respondents.matters", advices=advices))
        else:
            lines.append(
                text(lang, "respondents.holds", advice=advice(kb, said[0], None, direction, lang))
            )
    elif len(panel.names) > 1:
        lines.append(text(lang, "respondents.agree"))
    c = panel.combined_result
    lines.append(
        text(
            lang,
            "respondents.combined",
            advice=advice(kb, c.recommended, c.route, c.direction, lang),
        )
    )
    if len(panel.names) > 1:
        lines.append(text(lang, "respondents.rule"))
    if panel.combined.ties:
        names = t.sep.join(kb.question(q).short.get(lang) for q in panel.combined.ties)
        lines.append(text(lang, "respondents.ties", questions=names))
    return lines
