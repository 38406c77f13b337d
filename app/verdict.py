"""The verdict of one assessment in words, Qt-free: what to do, how sure, what is out of reach.

One presenter for the results view, the report's summary and the command line, so that
they never disagree: all of them read :class:`criteria.RankingResult`'s one
recommendation rule through these functions.
"""

from __future__ import annotations

from dataclasses import dataclass

import criteria
from criteria.knowledge import KnowledgeBase
from criteria.result import RankingResult

TEXT = {
    "en": {
        "recommended": "Recommended: {role}",
        "paper_name": "the paper's “{name}”",
        "confidence": "Confidence: {label} — {meaning} ({share} of {samples:,} weightings "
        "drawn around yours).",
        "none_feasible": "No model is feasible now: every role needs more than you have. "
        "Nearest route: {role} — {needs}.",
        "not_feasible": "Not feasible now",
        "needs": "{question}: needs {needs} (feasible from {from_}), you have {has}",
        "rule": "Rule: weighted sum on fixed scales, feasible models first",
        "estimate": "estimate",
        "sep": "; ",
        "colon": ": ",
        "paren": " ({0})",
    },
    "zh": {
        "recommended": "推荐：{role}",
        "paper_name": "论文中的“{name}”",
        "confidence": "把握程度：{label}——{meaning}"
        "（在您的权重附近抽取的{samples:,}组权重中占{share}）。",
        "none_feasible": "当前没有可行的模式：每个角色的要求都超出您现有条件。"
        "最近的路径：{role}——{needs}。",
        "not_feasible": "当前不可行",
        "needs": "{question}：需要{needs}（{from_}起可行），您目前为{has}",
        "rule": "规则：固定量表加权和，可行模式优先",
        "estimate": "估计",
        "sep": "；",
        "colon": "：",
        "paren": "（{0}）",
    },
}


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def text(lang: str, key: str, **values: object) -> str:
    """A verdict string in ``lang`` ("en" or "zh"), filled with ``values``."""
    return TEXT[_lang(lang)][key].format(**values)


def role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """What the SME itself does in the model, in its direction ("Sell on a marketplace…")."""
    return kb.model(model_id).role.get(direction).get(lang)


def short_role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role in a few words ("Marketplace seller"), for charts and table headers."""
    return kb.model(model_id).short.get(direction).get(lang)


def role_with_paper_name(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role first, the paper's platform name second."""
    name = text(lang, "paper_name", name=kb.model(model_id).name.get(lang))
    return role(kb, model_id, direction, lang) + TEXT[_lang(lang)]["paren"].format(name)


def shortfall_text(kb: KnowledgeBase, shortfall: criteria.model.Shortfall, lang: str) -> str:
    """One hard requirement the SME is too far from, in words."""
    q = kb.question(shortfall.question)
    return text(
        lang,
        "needs",
        question=q.short.get(lang),
        needs=q.get_option(shortfall.needs).label.get(lang),
        from_=q.get_option(shortfall.feasible_from).label.get(lang),
        has=q.get_option(shortfall.has).label.get(lang),
    )


def needs_text(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """Everything a model that is not feasible now would take."""
    return text(lang, "sep").join(
        shortfall_text(kb, s, lang) for s in result.shortfalls.get(model_id, ())
    )


@dataclass(frozen=True)
class Verdict:
    """The headline lines of an assessment, in one language."""

    headline: str
    confidence: str
    not_feasible: tuple[tuple[str, str], ...]
    lang: str = "en"

    def not_feasible_lines(self) -> list[str]:
        """One line per model not feasible now: its role, then what it needs."""
        colon = TEXT[_lang(self.lang)]["colon"]
        return [f"{name}{colon}{needs}" for name, needs in self.not_feasible]


def confidence_text(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The confidence line: its label, what it means, and the share of weightings."""
    c = result.confidence
    if c is None or c.share is None:
        return ""
    band = next(b for b in kb.rule.confidence if b.id == c.label)
    share = f"{c.share:.0%}" if lang == "zh" else f"{c.share:.0%}".replace("%", " %")
    return text(
        lang,
        "confidence",
        label=band.label.get(lang),
        meaning=band.meaning.get(lang),
        share=share,
        samples=c.samples,
    )


def verdict(kb: KnowledgeBase, result: RankingResult, lang: str) -> Verdict:
    """The verdict of ``result`` by the recommendation rule."""
    direction = result.direction
    out = tuple(
        (role(kb, m, direction, lang), needs_text(kb, result, m, lang))
        for m in result.not_feasible_models
    )
    if result.recommended is None:
        nearest = result.nearest_route
        headline = text(
            lang,
            "none_feasible",
            role=role(kb, nearest, direction, lang),
            needs=needs_text(kb, result, nearest, lang),
        )
    else:
        headline = text(
            lang, "recommended", role=role_with_paper_name(kb, result.recommended, direction, lang)
        )
    return Verdict(headline, confidence_text(kb, result, lang), out, lang)
