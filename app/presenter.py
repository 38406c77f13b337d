"""The one presenter: a ranking result in words, Qt-free.

The verdict (what to do, how sure, what is out of reach), each model's role, why a
model ranks where it does, its risks with their sources, why each weight has its size
and the names of the methods: built here once, from :class:`criteria.RankingResult` and
the catalogue's words (:mod:`app.catalogue`), and rendered by the results view, the
report and the command line, so that they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

import criteria
from app import files
from app.catalogue import Labels
from criteria.decision import explain, matrix
from criteria.decision.answers import shown
from criteria.decision.result import CONSENSUS, RankingResult
from criteria.knowledge import KnowledgeBase, Source
from criteria.mcda.methods import METHODS
from criteria.robustness import analysis as robustness
from criteria.robustness import counterfactual
from criteria.robustness.counterfactual import Change


def words(lang: str) -> Labels:
    """The catalogue in ``lang`` ("zh" or anything else for English)."""
    return Labels("zh" if lang == "zh" else "en")


def text(lang: str, key: str, **values: object) -> str:
    """One string of the catalogue in ``lang``, filled with ``values``."""
    return words(lang)(key, **values)


def percent(share: float, lang: str) -> str:
    """A share as a whole percentage, "84 %" in English and "84%" in Chinese."""
    return words(lang)("verdict.percent").format(round(100 * share))


def _percent1(share: float, lang: str) -> str:
    """A share to one decimal: "7.7%"."""
    return words(lang)("verdict.percent").format(f"{100 * share:.1f}")


# --- colours: one per model and one per rank, the same in the app and the report -----------
#: Model id → colour (hex), in the paper's order of the models.
MODEL_COLORS = {
    "vertical_b2c": "#1f77b4",
    "purchasing_agent": "#d62728",
    "comprehensive_b2c": "#9467bd",
    "direct_ship": "#ff7f0e",
    "guide_rebate": "#8c564b",
    "flash_sale": "#2ca02c",
}
#: Rank 1..6 → colour (hex): green for the first places, red for the last.
RANK_COLORS = ("#1a7f37", "#4fa34f", "#a6c94f", "#f2c94c", "#f2994a", "#d64545")


def model_color(model_id: str) -> str:
    """The colour a model is drawn in everywhere (grey for a model not listed)."""
    return MODEL_COLORS.get(model_id, "#7f7f7f")


# --- names -------------------------------------------------------------------------------
def role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """What the SME itself does in the model, in its direction ("Sell on a marketplace…")."""
    return kb.model(model_id).role.get(direction).get(lang)


def short_role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role in a few words ("Marketplace seller"), for charts and table headers."""
    return kb.model(model_id).short.get(direction).get(lang)


def role_with_paper_name(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role first, the paper's platform name second."""
    name = text(lang, "verdict.paper_name", name=kb.model(model_id).name.get(lang))
    return role(kb, model_id, direction, lang) + text(lang, "verdict.paren").format(name)


def source_label(source: Source, lang: str) -> str:
    """A source's short attribution: the paper's section, or the fact's reference."""
    if source.kind == "paper":
        return text(lang, "verdict.paper_section", section=source.section)
    if lang == "zh" and source.reference_zh:
        return source.reference_zh
    return source.reference or ""


def change_text(kb: KnowledgeBase, changes: tuple[Change, ...], lang: str) -> str:
    """A change of answers in words: each question's short name, what it was, what it becomes.

    English: "First-year budget: “2 – 5 million” → “5 – 20 million”; …" (the options'
    own words, some in the first person, quoted); Chinese, without chained colons:
    "“首年预算”由“200万–500万”改为“500万–2000万”；…".
    """
    t = words(lang)
    parts = []
    for c in changes:
        q = kb.question(c.question)
        was = q.get_option(c.from_option).label.get(lang)
        now = q.get_option(c.to_option).label.get(lang)
        parts.append(t("verdict.change", name=q.short.get(lang), was=was, now=now))
    return t.sep_strong.join(parts)


def method_name(method_id: str | None, lang: str) -> str:
    """A method's display name; ``None`` is the recommendation rule, "consensus" Borda's."""
    if method_id is None:
        return text(lang, "method.rule")
    if method_id == CONSENSUS:
        return text(lang, "method.consensus")
    m = next(m for m in METHODS if m.id == method_id)
    return m.name_zh if lang == "zh" else m.name_en


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rank_text(rank: int, tied: bool, lang: str) -> str:
    """A place as the user reads it: "5", or "tied 5th" (并列第5) when shared."""
    if not tied:
        return str(rank)
    return text(lang, "rank.tied", ordinal=str(rank) if lang == "zh" else ordinal(rank))


def error_text(exc: Exception, lang: str) -> str:
    """A bad-input message in ``lang``.

    Answer and file errors are said anew from their parts (a file problem's reason in
    the system's words when it is not one the catalogue knows); others stay as they are.
    """
    if isinstance(exc, files.FileProblem):
        return exc.message(words(lang))
    kind = getattr(exc, "kind", "")
    if not isinstance(exc, criteria.AnswerError) or not kind:
        return str(exc)
    t = words(lang)
    if kind == "missing_many":
        missing = getattr(exc, "missing", ())
        listed = t.sep_strong.join(f"{q} ({', '.join(options)})" for q, options in missing)
        return t("answer.missing_many", n=len(missing), listed=listed)
    value = shown(exc.value) if kind == "not_option" else ""
    return t(f"answer.{kind}", field=exc.field, choices=", ".join(exc.choices), value=value)


#: The longest message the command line prints on one line.
MESSAGE_LIMIT = 500


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """A message as one bounded line, at most ``limit`` characters.

    Control characters are escaped, so a terminal never sees an escape sequence from the
    input.
    """
    out = "".join(
        ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text[: limit + 1]
    )
    return out if len(out) <= limit else out[: limit - 1] + "…"


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


def confidence_text(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The confidence line: its label, what it means, and the share of weightings."""
    c = result.confidence
    if c is None or c.share is None:
        return ""
    band = next(b for b in kb.rule.confidence if b.id == c.label)
    return text(
        lang,
        "verdict.confidence",
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
        headline = text(
            lang,
            "verdict.recommended",
            role=role_with_paper_name(kb, result.recommended, direction, lang),
        )
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


def _in_sentence(name: str, lang: str) -> str:
    """A role sentence inside a sentence: English lowers its first letter."""
    return name if lang == "zh" else name[:1].lower() + name[1:]


def _listed(names: list[str], lang: str) -> str:
    """``a, b and c`` (``a、b与c``)."""
    if len(names) == 1:
        return names[0]
    return text(lang, "verdict.list_sep").join(names[:-1]) + text(lang, "verdict.and") + names[-1]


def near_tie_headline(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """“Two routes fit you about equally: X and Y.”, the recommendation first."""
    assert result.recommended is not None
    group = [result.recommended, *result.near_tie]
    names = [_in_sentence(role(kb, m, result.direction, lang), lang) for m in group]
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
    if result.goal_cells[r] < result.goal_cells[o]:
        lead = text(lang, "verdict.lead.goal", role=rec_name, goal=_goal_label(kb, result, lang))
    elif result.rank_of(rec, CONSENSUS) <= result.rank_of(other, CONSENSUS):
        lead = text(lang, "verdict.lead.checks", role=rec_name)
    else:
        lead = text(lang, "verdict.lead.fit", role=rec_name, other=other_name)
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


def alternative_text(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The runner-up and when to pick it instead.

    Within :data:`CLOSE_GAP` fit points it is a close alternative, with the smallest change
    of answers that would make the rule recommend it; further behind it is named as the
    runner-up, well behind. Empty when there is no feasible runner-up.
    """
    other = result.runner_up
    if other is None:
        return ""
    role_name = role(kb, other, result.direction, lang)
    fit = round(100 * float(result.fit[result.models.index(other)]))
    top = round(100 * float(result.fit[result.models.index(result.recommended or other)]))
    if top - fit > CLOSE_GAP:  # far behind: a runner-up, not a close alternative
        return text(lang, "verdict.runner_up_far", role=role_name, fit=fit)
    found = None
    if all(q.id in result.answers for q in kb.questions):
        found = counterfactual.counterfactuals(kb, result.answers, confirm=False).get(other)
    if found is None:
        flip = robustness.weight_flip(result, other)
        if flip is None:
            return text(lang, "verdict.alternative_far", role=role_name, fit=fit)
        return text(
            lang,
            "verdict.alternative_weight",
            role=role_name,
            fit=fit,
            up=text(lang, f"matters.{flip.criterion}"),
            down=text(lang, f"matters.{flip.against}"),
            needed=_percent1(flip.needed, lang),
            current=_percent1(flip.current, lang),
        )
    change = change_text(kb, found.changes, lang)
    key = "verdict.alternative_less" if found.toward_less else "verdict.alternative"
    return text(lang, key, role=role_name, fit=fit, change=change)


# --- why a model ranks where it does -----------------------------------------------------
def number(value: float) -> str:
    """A matrix value or mean as short text: ``2``, ``1.5``, ``2.33``."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


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
            answer = q.get_option(result.answers[question]).label.get(lang)
        key = f"why.{c.id}.{side}"
        if key not in words(lang):
            key = f"why.risk.{side}"
        level = int(result.matrix[i, result.criteria.index(c.id)])
        if side == "lift" and c.kind == "level" and c.direction == "min" and level >= 3:
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
            name_lower=name[:1].lower() + name[1:] if lang != "zh" else name,
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
        if c.kind != "level" or c.direction != "min":
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
    """A role's first steps that hold for this SME's answers: (step, source label)."""
    return [
        (step.text.get(lang), source_label(kb.sources[step.source], lang))
        for step in kb.first_steps(model_id, result.direction)
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
    if all(q.id in result.answers for q in kb.questions):
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


__all__ = [
    "Risk",
    "Verdict",
    "better",
    "alternative_text",
    "assumptions",
    "next_steps",
    "owner_reasons",
    "risk_register",
    "confidence_text",
    "method_name",
    "needs_text",
    "number",
    "percent",
    "reason_lines",
    "risks",
    "role",
    "role_with_paper_name",
    "short_role",
    "shortfall_text",
    "text",
    "verdict",
    "weight_reasons",
    "words",
]
