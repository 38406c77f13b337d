"""Why a model ranks where it does, and why each weight has its size.

Also each role's risks with their sources, its next steps, and the assumptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.presenter.words import in_sentence, number, source_label, text, words
from criteria.decision import explain, matrix
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase


def better(result: RankingResult, criterion_id: str, lang: str) -> str:
    """``lower is better`` or ``higher is better`` for a criterion."""
    j = result.criteria.index(criterion_id)
    return text(
        lang, "explain.higher_better" if result.objectives[j] == "max" else "explain.lower_better"
    )


def reason_lines(
    kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str
) -> tuple[list[str], list[str]]:
    """What lifts and what pulls down a model, one line per criterion.

    From :func:`criteria.decision.explain.reasons` (the rule's fit): each criterion named with the
    model's value beside the average of all models and the criterion's direction.
    """

    def lines(reasons: list[explain.Reason]) -> list[str]:
        out = []
        for r in reasons:
            column = result.matrix[:, result.criteria.index(r.criterion)]
            out.append(
                text(
                    lang,
                    "explain.average",
                    name=kb.criterion(r.criterion).name.get(lang),
                    value=number(r.value),
                    n=len(result.models),
                    mean=number(float(column.mean())),
                    better=better(result, r.criterion, lang),
                )
            )
        return out

    lifts, pulls = explain.reasons(result, model_id)
    return lines(lifts), lines(pulls)


#: Upsides read the answer that makes them worth more: the audience, the goods.
_ANSWER_OF = {"audience_upside": "traffic", "control_upside": "supply_chain"}


def unbracketed(label: str, lang: str) -> str:
    """An answer's label without brackets of its own, to sit inside a reason's brackets.

    "Small (a few thousand)" reads "Small, a few thousand": never "(Small (a few …))".
    """
    comma = "，" if lang == "zh" else ", "
    return re.sub(r"\s*[(（]([^()（）]*)[)）]", lambda m: comma + m.group(1), label).strip()


def owner_reasons(
    kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str, limit: int = 3
) -> tuple[list[str], list[str]]:
    """What lifts and pulls down a model, in the owner's words and tied to their answers."""
    i = result.models.index(model_id)

    def sentence(r: explain.Reason, side: str) -> str:
        c = kb.criterion(r.criterion)
        answer = ""
        question = c.question or _ANSWER_OF.get(c.id)
        if question and question in result.answers:
            q = kb.question(question)
            answer = unbracketed(q.get_option(result.answers[question]).label.get(lang), lang)
        key = f"why.{c.id}.{side}"
        if key not in words(lang):
            key = f"why.risk.{side}"
        level = int(result.matrix[i, result.criteria.index(c.id)])
        if side == "lift" and c.kind == "level" and c.objective == "min" and level >= 3:
            # Lower than most, but a risk the register lists: say both, never only "less".
            key = f"why.{c.id}.lift_moderate"
            if key not in words(lang):
                key = "why.risk.lift_moderate"
        name = c.name.get(lang)
        return text(
            lang,
            key,
            answer=answer,
            level=level,
            name=name,
            name_lower=in_sentence(name, lang),
        )

    lifts, pulls = explain.reasons(result, model_id, limit)
    return [sentence(r, "lift") for r in lifts], [sentence(r, "pull") for r in pulls]


@dataclass(frozen=True)
class Risk:
    """One risk of a role: its level here and where that level comes from.

    ``source`` is the citation's label (None for an estimate), ``text`` the passage, the
    fact or the estimate's rationale, ``original`` the paper's Chinese words (English
    only), ``note`` why the source applies.
    """

    criterion: str
    name: str
    level: int
    source: str | None
    text: str
    original: str | None
    note: str
    mitigation: str = ""

    @property
    def estimate(self) -> bool:
        """Whether the level is an estimate rather than a cited fact or passage."""
        return self.source is None


def risks(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> list[Risk]:
    """Every risk criterion of a role in the result's direction, in knowledge-base order."""
    i = result.models.index(model_id)
    out = []
    for c in kb.criteria:
        if c.kind != "level" or c.objective != "min":
            continue
        entry = c.entry(model_id, result.direction)
        level = int(result.matrix[i, result.criteria.index(c.id)])
        note = entry.note.get(lang) if entry.note else ""
        advice = kb.mitigation(c.id, model_id, result.direction)
        mitigation = advice.get(lang) if advice else ""
        if entry.source is None:
            estimate = text(lang, "explain.estimate", note=note)
            out.append(Risk(c.id, c.name.get(lang), level, None, estimate, None, note, mitigation))
            continue
        src = kb.sources[entry.source]
        original = src.quote if src.kind == "paper" and lang != "zh" else None
        out.append(
            Risk(
                c.id,
                c.name.get(lang),
                level,
                source_label(src, lang),
                src.text(lang),
                original,
                note,
                mitigation,
            )
        )
    return out


#: Risks at this level or above go into the risk register; lower ones are not risks.
REGISTER_FROM = 3


def risk_register(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> list[Risk]:
    """The risks of a role worth watching (level 3 of 5 or more), highest first."""
    kept = [r for r in risks(kb, result, model_id, lang) if r.level >= REGISTER_FROM]
    return sorted(kept, key=lambda r: -r.level)


def next_steps(kb: KnowledgeBase, result: RankingResult, lang: str) -> list[tuple[str, str]]:
    """The recommended role's first steps (or the nearest route's): (step, source label)."""
    model_id = result.recommended or result.nearest_route
    return [] if model_id is None else role_steps(kb, result, model_id, lang)


def role_steps(
    kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str
) -> list[tuple[str, str]]:
    """A role's first steps that hold for this SME's answers: (step, source label).

    The steps of the role's best route for this SME come first (supplying a
    fully-managed programme starts with an application to it).
    """
    route_id = result.routes.get(model_id)
    route = kb.route(model_id, result.direction, route_id) if route_id else None
    steps = (*(route.steps if route else ()), *kb.first_steps(model_id, result.direction))
    return [
        (step.text.get(lang), source_label(kb.sources[step.source], lang))
        for step in steps
        if step.applies(result.answers)
    ]


def assumptions(kb: KnowledgeBase, lang: str, direction: str | None = None) -> list[str]:
    """The assumptions and limits the advice rests on (those of ``direction``, if given)."""
    return [
        a.text.get(lang)
        for a in kb.assumptions
        if direction is None or a.direction in (None, direction)
    ]


# --- why each weight has its size --------------------------------------------------------
def weight_reasons(
    kb: KnowledgeBase, result: RankingResult, criterion_id: str, lang: str
) -> list[str]:
    """Why a criterion's weight has its size, one line a reason.

    Its base and where that comes from, then each answer that scaled it and why, then
    (if so) that it cannot change the order.
    """
    t = words(lang)
    c = kb.criterion(criterion_id)
    base = f"{kb.base_weights()[criterion_id]:.1%}"
    if c.risk_of:
        models = t.sep.join(kb.model(kb.sources[s].about or "").name.get(lang) for s in c.risk_of)
        lines = [t("explain.why_risks", base=base, models=models)]
    else:
        note = c.base_note.get(lang) if c.base_note else ""
        lines = [t("explain.why_note", base=base, note=note)]
    if kb.complete(result.answers):
        for question, option, factor in matrix.weight_factors(kb, result.answers)[criterion_id]:
            q = kb.question(question)
            o = q.get_option(option)
            lines.append(
                t(
                    "explain.why_factor_because",
                    factor=f"{factor:g}",
                    question=q.short.get(lang),
                    answer=o.label.get(lang),
                    why=o.why.get(lang) if o.why else "",
                )
            )
    if criterion_id in result.constant_criteria:
        lines.append(t("explain.constant"))
    return lines
