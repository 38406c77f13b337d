"""The verdict: what to do, how sure, what is out of reach, and the alternative."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.presenter.reasons import owner_reasons
from app.presenter.words import (
    change_text,
    in_sentence,
    percent,
    percent1,
    role,
    role_with_paper_name,
    short_role,
    text,
    words,
)
from criteria.decision import matrix
from criteria.decision.result import CONSENSUS, RankingResult
from criteria.knowledge import KnowledgeBase
from criteria.robustness import analysis as robustness
from criteria.robustness import counterfactual


# --- the verdict -------------------------------------------------------------------------
def shortfall_text(kb: KnowledgeBase, shortfall: matrix.Shortfall, lang: str) -> str:
    """One hard requirement the SME is too far from, in words."""
    q = kb.question(shortfall.question)
    return text(
        lang,
        "verdict.needs",
        question=q.short.get(lang),
        from_=q.get_option(shortfall.feasible_from).label.get(lang),
        has=q.get_option(shortfall.has).label.get(lang),
    )


def needs_text(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """Everything a model that is not feasible now would take."""
    return words(lang).sep_strong.join(
        shortfall_text(kb, s, lang) for s in result.shortfalls.get(model_id, ())
    )


@dataclass(frozen=True)
class Verdict:
    """The headline lines of an assessment, in one language."""

    headline: str
    confidence: str
    not_feasible: tuple[tuple[str, str], ...]
    lang: str = "en"
    fit: str = ""
    reasons: tuple[str, ...] = ()
    alternative: str = ""
    near_tie: str = ""
    gated_title: str = ""
    gated: tuple[tuple[str, str], ...] = ()
    cross_checks: str = ""
    notes: tuple[str, ...] = ()

    def gated_lines(self) -> list[str]:
        """One line per role set apart by the goal: its role, then why it cannot serve it."""
        colon = text(self.lang, "verdict.colon")
        return [f"{name}{colon}{why}" for name, why in self.gated]

    def not_feasible_lines(self) -> list[str]:
        """One line per model not feasible now: its role, then what it needs."""
        colon = text(self.lang, "verdict.colon")
        return [f"{name}{colon}{needs}" for name, needs in self.not_feasible]

    def not_feasible_summary(self) -> str:
        """The models not feasible now in one line (empty when every model is feasible)."""
        if not self.not_feasible:
            return ""
        t = words(self.lang)
        names = t.sep_strong.join(name for name, _ in self.not_feasible)
        return t("verdict.not_feasible") + t("verdict.colon") + names


def confidence_text(
    kb: KnowledgeBase, result: RankingResult, lang: str, *, labelled: bool = True
) -> str:
    """The confidence line: its label, what it means, and the share of weightings.

    Unless ``labelled``, without its leading "Confidence:" (for a labelled row).
    """
    c = result.confidence
    if c is None or c.share is None:
        return ""
    band = next(b for b in kb.rule.confidence if b.id == c.label)
    return text(
        lang,
        "verdict.confidence" if labelled else "verdict.confidence_value",
        label=band.label.get(lang),
        meaning=band.meaning.get(lang),
        share=percent(c.share, lang),
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
        assert nearest is not None
        headline = text(
            lang,
            "verdict.none_feasible",
            role=role(kb, nearest, direction, lang),
            needs=needs_text(kb, result, nearest, lang),
        )
    else:
        named = role_with_paper_name(kb, result.recommended, direction, lang)
        if result.route is not None:  # "Sell on a marketplace — start as a … supplier (…)"
            plain = role(kb, result.recommended, direction, lang)
            start = kb.route(result.recommended, direction, result.route).start.get(lang)
            named = text(lang, "clock.with_route", role=plain, start=start) + named[len(plain) :]
        headline = text(lang, "verdict.recommended", role=named)
    fit, alternative, tie, checks = "", "", "", ""
    reasons: tuple[str, ...] = ()
    if result.recommended is not None:
        i = result.models.index(result.recommended)
        fit = text(lang, "verdict.fit", fit=round(100 * float(result.fit[i])))
        reasons = tuple(owner_reasons(kb, result, result.recommended, lang)[0])
        alternative = alternative_text(kb, result, lang)
        if result.near_tie:
            headline = near_tie_headline(kb, result, lang)
            tie = near_tie_text(kb, result, lang)
        checks = cross_checks_text(kb, result, lang)
    goal = _goal_label(kb, result, lang)
    gated = tuple(
        (role(kb, m, direction, lang), result.reasons[m].get(lang)) for m in result.goal_gated
    )
    return Verdict(
        headline,
        confidence_text(kb, result, lang),
        out,
        lang,
        fit,
        reasons,
        alternative,
        near_tie=tie,
        gated_title=text(lang, "verdict.gated", goal=goal) if gated else "",
        gated=gated,
        cross_checks=checks,
        notes=tuple(c.text.get(lang) for c in kb.contradictions if c.id in result.contradictions),
    )


def _goal_label(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    goal = result.answers.get("goal")
    return kb.question("goal").get_option(goal).label.get(lang) if goal else ""


def _listed(names: list[str], lang: str) -> str:
    """``a, b and c`` (``a、b与c``)."""
    if len(names) == 1:
        return names[0]
    return text(lang, "verdict.list_sep").join(names[:-1]) + text(lang, "verdict.and") + names[-1]


def near_tie_headline(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """“Two routes fit you about equally: X and Y.”, the recommendation first."""
    assert result.recommended is not None
    group = [result.recommended, *result.near_tie]
    names = [in_sentence(role(kb, m, result.direction, lang), lang) for m in group]
    key = {2: "verdict.near_tie.2", 3: "verdict.near_tie.3"}.get(len(group), "verdict.near_tie.n")
    line = text(lang, key, roles=_listed(names, lang), n=len(group))
    return line[:1].upper() + line[1:] if lang != "zh" else line


def near_tie_text(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """Why the recommendation comes first in a near-tie, and what separates it from the next.

    It leads because it serves the goal better, or else by a little on fit (saying
    whether the four cross-check methods' consensus agrees); what separates the two are
    the criteria with the largest weighted differences, two each way.
    """
    rec = result.recommended
    assert rec is not None and result.near_tie
    other = result.near_tie[0]
    r, o = result.models.index(rec), result.models.index(other)
    rec_name = short_role(kb, rec, result.direction, lang)
    other_name = short_role(kb, other, result.direction, lang)
    lead = near_tie_lead(kb, result, lang)
    diff = result.weights * (result.utilities[r] - result.utilities[o])
    parts = []
    for name, side in ((rec_name, diff), (other_name, -diff)):
        best = [j for j in side.argsort()[::-1][:2] if side[j] > 1e-9]
        if best:
            edges = [text(lang, f"edge.{kb.criteria[j].id}") for j in best]
            joined = "，".join(edges) if lang == "zh" else _listed(edges, lang)
            parts.append(text(lang, "verdict.separates.part", role=name, criteria=joined))
    if not parts:
        return lead
    space = "" if lang == "zh" else " "
    return (
        lead
        + space
        + text(lang, "verdict.separates", parts=text(lang, "verdict.separates_sep").join(parts))
    )


def fit_pair(result: RankingResult, first: str, second: str) -> tuple[str, str]:
    """Two models' fits out of 100: whole numbers, or one decimal when they round alike.

    Fits of 69.4 and 68.6 must not both read 69, as if tied.
    """
    a, b = (100 * float(result.fit[result.models.index(m)]) for m in (first, second))
    if round(a) == round(b):
        return f"{a:.1f}", f"{b:.1f}"
    return str(round(a)), str(round(b))


def near_tie_lead(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """Why the recommendation comes first in a near-tie, in one sentence."""
    rec = result.recommended
    assert rec is not None and result.near_tie
    other = result.near_tie[0]
    r, o = result.models.index(rec), result.models.index(other)
    rec_name = short_role(kb, rec, result.direction, lang)
    if result.goal_cells[r] < result.goal_cells[o]:
        return text(lang, "verdict.lead.goal", role=rec_name, goal=_goal_label(kb, result, lang))
    if result.rank_of(rec, CONSENSUS) <= result.rank_of(other, CONSENSUS):
        return text(lang, "verdict.lead.checks", role=rec_name)
    other_name = short_role(kb, other, result.direction, lang)
    return text(lang, "verdict.lead.fit", role=rec_name, other=other_name)


def owner_lines(kb: KnowledgeBase, result: RankingResult, lang: str) -> list[str]:
    """The verdict under the headline on the owner's page: three short lines at most.

    How sure the advice is and how well the role fits; what decides it (its two
    strongest reasons); and the close alternative, or in a near-tie why the
    recommendation leads. What is not feasible or set apart by the goal is said in the
    ranking, the cross-checks under *Advanced*. A contradiction in the answers adds
    its own line: it is a warning, not a detail.
    """
    rec = result.recommended
    notes = [c.text.get(lang) for c in kb.contradictions if c.id in result.contradictions]
    if rec is None:  # the headline names the nearest route and what it needs
        return notes
    fit = (
        fit_pair(result, rec, result.runner_up)[0]
        if result.runner_up
        else str(round(100 * float(result.fit[result.models.index(rec)])))
    )
    c = result.confidence
    if c is not None and c.share is not None:
        band = next(b for b in kb.rule.confidence if b.id == c.label)
        sure = text(
            lang,
            "verdict.short.sure",
            label=band.label.get(lang),
            fit=fit,
            share=percent(c.share, lang),
        )
    else:
        sure = text(lang, "verdict.short.fit", fit=fit)
    reasons = owner_reasons(kb, result, rec, lang)[0][:2]
    end = "。" if lang == "zh" else ". "
    why = (
        text(lang, "verdict.reasons")
        + text(lang, "verdict.colon")
        + end.join(reasons)
        + end.strip()
        if reasons
        else ""
    )
    if result.near_tie:
        lines = [near_tie_lead(kb, result, lang), sure, why]
    else:
        lines = [sure, why, alternative_text(kb, result, lang, short=True)]
    return [line for line in lines if line] + notes


def cross_checks_text(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """One sentence when no cross-check method puts the recommendation first (else empty)."""
    rec = result.recommended
    if rec is None:
        return ""
    routes = {rec, *(m for m in result.feasible_models if result.in_tier_of_recommended(m))}
    first = [next(m for m in order if m in routes) for order in result.rankings.values()]
    if rec in first:
        return ""
    other = next(m for m in result.consensus if m in routes)
    return text(
        lang,
        "verdict.checks_disagree",
        role=short_role(kb, rec, result.direction, lang),
        other=short_role(kb, other, result.direction, lang),
    )


#: Fit points within which the runner-up counts as a close alternative.
CLOSE_GAP = 5


def alternative_text(
    kb: KnowledgeBase, result: RankingResult, lang: str, *, short: bool = False
) -> str:
    """The runner-up and when to pick it instead (named in a few words if ``short``).

    Within :data:`CLOSE_GAP` fit points it is a close alternative, with the smallest change
    of answers that would make the rule recommend it; further behind it is named as the
    runner-up, well behind. Empty when there is no feasible runner-up.
    """
    other = result.runner_up
    if other is None:
        return ""
    name = short_role if short else role
    role_name = name(kb, other, result.direction, lang)
    top, fit = fit_pair(result, result.recommended or other, other)
    if float(top) - float(fit) > CLOSE_GAP:  # far behind: a runner-up, not a close alternative
        return text(lang, "verdict.runner_up_far", role=role_name, fit=fit)
    found = None
    if kb.complete(result.answers):
        on = dt.date.fromisoformat(result.as_of) if result.as_of else None
        found = counterfactual.counterfactuals(kb, result.answers, confirm=False, on=on).get(other)
    if found is None:
        flip = robustness.weight_flip(result, other)
        if flip is None:
            return text(lang, "verdict.alternative_far", role=role_name, fit=fit)
        return text(  # the short wording leaves out the two weights
            lang,
            "verdict.short.alternative_weight" if short else "verdict.alternative_weight",
            role=role_name,
            fit=fit,
            up=text(lang, f"matters.{flip.criterion}"),
            down=text(lang, f"matters.{flip.against}"),
            needed=percent1(flip.needed, lang),
            current=percent1(flip.current, lang),
        )
    if short and found.toward_less:
        return text(lang, "verdict.short.alternative_less", role=role_name, fit=fit)
    if short:  # "…, first if your first-year goal were “…”"
        t = words(lang)
        change = t("verdict.short.and").join(
            t(
                "verdict.short.change",
                name_lower=in_sentence(kb.question(c.question).short.get(lang), lang),
                now=kb.question(c.question).get_option(c.to_option).label.get(lang),
            )
            for c in found.changes
        )
        return text(lang, "verdict.short.alternative", role=role_name, fit=fit, change=change)
    change = change_text(kb, found.changes, lang)
    key = "verdict.alternative_less" if found.toward_less else "verdict.alternative"
    return text(lang, key, role=role_name, fit=fit, change=change)
