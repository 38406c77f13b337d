"""How the advice behaves over the whole answer space (DESIGN §2.3 and §2.6).

Every combination of answers of one trade direction (607,500 for the shipped
questionnaire) is scored in chunks with the same tables as a single assessment
(:func:`criteria.decision.matrix.build`) and the recommendation rule. From that:

- each model's share of the answer space as the recommendation and in the top two;
- monotonicity: for every one-step increase of a resource (capital, traffic, supply
  chain, operations) the models that need it most never become infeasible and never
  fall behind a model that needs less of it, in the rule's order (while feasible) or in
  fit; likewise a stronger brand for the SME's own store against every other model;
- the goal gate: answer sets whose recommendation cannot serve the first-year goal
  while a feasible role that can serve it exists (counted from the cells, not the
  ranks: the rule must give 0);
- policy exposure: one step more never lifts a role over one whose policy level is
  lower after the step (in the rule's order or in fit);
- risk appetite: one step more never lowers a riskier role below a safer one, where
  *riskier* means no better on any risk criterion the appetite weighs (those whose
  weight it lowers as the appetite rises: capital shortfall, slow ramp-up, fragility,
  platform dependence, competition) and worse on at least one, with at least as much
  of the upside it weighs (control of the margin): the risk taken for that upside;
- the share of near-ties: answer sets whose recommendation is named with another model
  within the tie band;
- the one-step flip rate of each question: how often moving its answer one option up
  changes the recommendation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product

import numpy as np

from criteria.decision import matrix, rule
from criteria.decision.routes import DESTINATION_QUESTION as DESTINATION
from criteria.knowledge import DIRECTIONS, KnowledgeBase, Question

#: The resources whose monotonicity DESIGN §2.3 requires, with their gap criterion.
RESOURCES = {
    "capital": "capital_gap",
    "traffic": "traffic_gap",
    "supply_chain": "supply_chain_gap",
    "operations": "operations_gap",
}
#: Further monotone answers: question → (criterion whose level it lowers, model).
EXTRA_MONOTONE = {"brand_trust": ("trust_risk", "vertical_b2c")}
#: Ordered answers whose step must not reverse a pair of models, with the check's name.
POLICY_QUESTION, POLICY_CRITERION = "policy_exposure", "policy_risk"
RISK_QUESTION = "risk_appetite"
#: Rows scored at once.
CHUNK = 50_000
#: Targets of DESIGN §2.6.
MAX_FIRST_SHARE = 0.45
MAX_TOP_TWO_SHARE = 0.70
#: The date the persona suite and the answer-space walk are assessed as of, unless a
#: persona names its own.
PERSONA_DATE = "2026-12-01"


def answer_space(kb: KnowledgeBase, direction: str, destination: str | None = None) -> np.ndarray:
    """Every answer combination of ``direction`` as rows of option indices.

    A question not asked in the direction stays at its first option; the unordered
    destination is fixed at ``destination`` (default: its first option), so that each
    market's space is walked on its own.
    """
    asked = {q.id for q in kb.questions if q.asked({matrix.DIRECTION_QUESTION: direction})}

    def options(q: Question) -> Iterable[int]:
        if q.id == matrix.DIRECTION_QUESTION:
            return [q.option_ids.index(direction)]
        if q.id not in asked:
            return [0]
        if not q.ordered:
            return [q.option_ids.index(destination) if destination else 0]
        return range(len(q.options))

    return np.array(list(product(*map(options, kb.questions))), dtype=np.int64)


def destinations(kb: KnowledgeBase) -> tuple[str, ...]:
    """The export destinations (options of the destination question), if asked."""
    ids = [q.id for q in kb.questions]
    return kb.question(DESTINATION).option_ids if DESTINATION in ids else ()


@dataclass(frozen=True)
class Scored:
    """The rule's verdict on rows of answers: ranks, fit, feasibility, first (−1: none)."""

    ranks: np.ndarray
    fit: np.ndarray
    feasible: np.ndarray
    first: np.ndarray
    batch: matrix.Batch | None = None


def score(t: matrix.Tables, idx: np.ndarray, band: float) -> Scored:
    """Score answer rows by the rule, ``band`` its tie band (ties by fit, then order)."""
    batch = matrix.build(t, idx)
    fit, ranks, first = rule.score(batch, band)
    return Scored(ranks, fit, batch.feasible, first, batch)


def _chunks(idx: np.ndarray) -> Iterator[slice]:
    for start in range(0, len(idx), CHUNK):
        yield slice(start, min(start + CHUNK, len(idx)))


@dataclass
class DirectionReport:
    """The figures of one direction."""

    direction: str
    rows: int
    first_share: dict[str, float]
    top_two_share: dict[str, float]
    none_feasible: float
    monotonicity: dict[str, int] = field(default_factory=dict)
    checked_steps: dict[str, int] = field(default_factory=dict)
    flip_rate: dict[str, float] = field(default_factory=dict)
    goal_violations: int = 0
    reversals: dict[str, int] = field(default_factory=dict)
    reversal_steps: dict[str, int] = field(default_factory=dict)
    near_tie_share: float = 0.0
    goal_gated_share: float = 0.0
    destination: str | None = None

    @property
    def violations(self) -> int:
        """Monotonicity violations in all."""
        return sum(self.monotonicity.values())

    def problems(self) -> list[str]:
        """Where the figures miss DESIGN §2.6's targets (empty: all met)."""
        out = []
        for m, share in self.first_share.items():
            if share == 0:
                out.append(f"{self.direction}: {m} is never recommended")
            if share > MAX_FIRST_SHARE:
                out.append(
                    f"{self.direction}: {m} is recommended for {share:.1%} "
                    f"(target ≤ {MAX_FIRST_SHARE:.0%})"
                )
        for m, share in self.top_two_share.items():
            if share > MAX_TOP_TWO_SHARE:
                out.append(
                    f"{self.direction}: {m} is in the top two for {share:.1%} "
                    f"(target ≤ {MAX_TOP_TWO_SHARE:.0%})"
                )
        if self.violations:
            out.append(f"{self.direction}: {self.violations} monotonicity violations")
        if self.goal_violations:
            out.append(
                f"{self.direction}: {self.goal_violations} recommendations cannot serve the "
                "goal while a feasible role that can exists"
            )
        out += [f"{self.direction}: {v} {q} reversals" for q, v in self.reversals.items() if v]
        return out


def _neediest(kb: KnowledgeBase, t: matrix.Tables, criterion: str) -> list[int]:
    """The models whose role needs the most of a resource (all of them when tied)."""
    j = kb.criterion_ids.index(criterion)
    need = t.required[j]
    return [int(i) for i in np.flatnonzero(need == need.max())]


def _step_violations(
    before: Scored,
    after: Scored,
    models: list[int],
    others: list[int],
    switched: np.ndarray | None = None,
) -> int:
    """Rows where a step up hurts one of ``models`` (those needing the resource most).

    Hurt: it loses feasibility; or, feasible before, it falls behind one of ``others``
    (models needing less) in the rule's order; or it falls behind one of them in fit.
    A model that needs as much may pass it: that is the resource helping a model that
    needs it most. A pair is not compared where the step changed the route of either
    (``switched``, rows × models): the step opened a route that needs more of the
    resource (an overseas warehouse for more capital), another business.
    """
    bad = np.zeros(len(before.first), dtype=bool)
    for i in models:
        was = before.feasible[:, i]
        bad |= was & ~after.feasible[:, i]
        for k in others:
            kept = True if switched is None else ~(switched[:, k] | switched[:, i])
            passed = (before.ranks[:, k] >= before.ranks[:, i]) & (
                after.ranks[:, k] < after.ranks[:, i]
            )
            bad |= was & passed & kept
            bad |= (
                (before.fit[:, k] <= before.fit[:, i] + 1e-12)
                & (after.fit[:, k] > after.fit[:, i] + 1e-12)
                & kept
            )
    return int(bad.sum())


def risk_criteria(kb: KnowledgeBase) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the criteria the risk-appetite answer weighs: its risks and its upsides.

    A risk is a cost criterion whose weight falls as the appetite rises; an upside a
    benefit criterion whose weight rises with it.
    """
    q = kb.question(RISK_QUESTION)
    factors = np.array([[o.weights.get(c.id, 1.0) for c in kb.criteria] for o in q.options])
    falls = (np.diff(factors, axis=0) <= 0).all(axis=0) & (factors[0] > factors[-1])
    rises = (np.diff(factors, axis=0) >= 0).all(axis=0) & (factors[-1] > factors[0])
    is_max = np.array([c.objective == "max" for c in kb.criteria])
    return falls & ~is_max, rises & is_max


def _riskier(b: matrix.Batch, risks: np.ndarray, upsides: np.ndarray) -> np.ndarray:
    """Rows × models × models: model i riskier than model k (see the module docstring)."""
    u = b.utilities
    r, up = u[:, :, risks], u[:, :, upsides]
    no_better = (r[:, :, None, :] <= r[:, None, :, :]).all(axis=3)
    worse = (r[:, :, None, :] < r[:, None, :, :]).any(axis=3)
    no_less_upside = (up[:, :, None, :] >= up[:, None, :, :]).all(axis=3)
    return np.asarray(no_better & worse & no_less_upside)


def _reversals(
    before: Scored, after: Scored, above: np.ndarray, switched: np.ndarray | None = None
) -> int:
    """Rows where model i passes model k though ``above[:, i, k]`` says it must not.

    Passing: behind or level before and ahead after, in the rule's order or in fit. A
    model whose route the step changed (``switched``) is not held to it: on its new
    route it is another business (bulk stock instead of parcels).
    """
    bad = np.zeros(len(before.first), dtype=bool)
    n_models = before.ranks.shape[1]
    for i in range(n_models):
        for k in range(n_models):
            if i == k:
                continue
            rank = (before.ranks[:, i] >= before.ranks[:, k]) & (
                after.ranks[:, i] < after.ranks[:, k]
            )
            fit = (before.fit[:, i] <= before.fit[:, k] + 1e-12) & (
                after.fit[:, i] > after.fit[:, k] + 1e-12
            )
            kept = True if switched is None else ~switched[:, i]
            bad |= above[:, i, k] & (rank | fit) & kept
    return int(bad.sum())


def _goal_violations(s: Scored) -> int:
    """Rows recommending a role that cannot serve the goal while a feasible one can."""
    assert s.batch is not None
    serves = s.batch.serves
    could = (serves & s.feasible).any(axis=1)
    first = np.maximum(s.first, 0)
    chose = serves[np.arange(len(first)), first] & (s.first >= 0)
    return int((could & ~chose).sum())


def _near_ties(s: Scored, band: float) -> int:
    """Rows whose recommendation has another model of its tier within the tie band."""
    assert s.batch is not None
    near = rule.near_tie(s.fit, s.feasible, s.batch.goal, s.first, band * s.batch.band_scale)
    return int(near.any(axis=1).sum())


def report(
    kb: KnowledgeBase,
    direction: str,
    *,
    flips: bool = True,
    destination: str | None = None,
    on: dt.date | None = None,
    stride: int = 1,
) -> DirectionReport:
    """Shares, monotonicity and flip rates over the whole answer space of ``direction``.

    ``flips=False`` steps only the monotone questions (faster; no flip rates).
    """
    on = dt.date.fromisoformat(PERSONA_DATE) if on is None else on
    t = matrix.tables(kb, direction, on)
    if direction != "export":
        destination = None
    elif destination is None and destinations(kb):
        destination = destinations(kb)[0]
    idx = answer_space(kb, direction, destination)[::stride]
    asked = {q.id for q in kb.questions if q.asked({matrix.DIRECTION_QUESTION: direction})}
    n_models = len(kb.models)
    first_counts = np.zeros(n_models + 1)  # the last counts rows where none is feasible
    top_two = np.zeros(n_models)
    qpos = {q.id: i for i, q in enumerate(kb.questions)}
    sizes = {q.id: len(q.options) for q in kb.questions}
    steps = {q: _neediest(kb, t, c) for q, c in RESOURCES.items()}
    others = {q: [k for k in range(n_models) if k not in ms] for q, ms in steps.items()}
    steps |= {q: [kb.model_ids.index(m)] for q, (_, m) in EXTRA_MONOTONE.items()}
    others |= {
        q: [k for k in range(n_models) if k != kb.model_ids.index(m)]
        for q, (_, m) in EXTRA_MONOTONE.items()
    }
    violations = dict.fromkeys(steps, 0)
    checked = dict.fromkeys(steps, 0)
    paired = (POLICY_QUESTION, RISK_QUESTION)
    stepped = [
        q.id
        for q in kb.questions
        if q.id != matrix.DIRECTION_QUESTION
        and q.id in asked
        and q.ordered
        and (flips or q.id in steps or q.id in paired)
    ]
    reversals = dict.fromkeys(paired, 0)
    reversal_steps = dict.fromkeys(paired, 0)
    risks, upsides = risk_criteria(kb)
    policy = kb.criterion_ids.index(POLICY_CRITERION)
    band = kb.rule.tie_band
    goal_violations = near_ties = gated = 0
    flip_counts = {q: [0, 0] for q in stepped}
    for part in _chunks(idx):
        rows = idx[part]
        scored = score(t, rows, band)
        goal_violations += _goal_violations(scored)
        near_ties += _near_ties(scored, band)
        assert scored.batch is not None
        tier = rule.tiers(scored.feasible, scored.batch.goal)
        gated += int(((tier == 1).any(axis=1) & (tier == 2).any(axis=1)).sum())
        first_counts += np.bincount(
            np.where(scored.first < 0, n_models, scored.first), minlength=n_models + 1
        )
        # the top two among the feasible roles that can serve the goal
        top_two += ((scored.ranks <= 2) & (tier == tier.max(axis=1, keepdims=True))).sum(axis=0)
        for q in flip_counts:
            col = qpos[q]
            can = rows[:, col] < sizes[q] - 1
            if not can.any():
                continue
            up = rows[can].copy()
            up[:, col] += 1
            after = score(t, up, band)
            assert after.batch is not None and scored.batch is not None
            switched = after.batch.route != scored.batch.route[can]
            flip_counts[q][0] += int((after.first != scored.first[can]).sum())
            flip_counts[q][1] += int(can.sum())
            if q in steps:
                models = steps[q]
                before = Scored(
                    scored.ranks[can], scored.fit[can], scored.feasible[can], scored.first[can]
                )
                violations[q] += _step_violations(before, after, models, others[q], switched)
                checked[q] += int(can.sum())
            if q in paired:
                before = Scored(
                    scored.ranks[can],
                    scored.fit[can],
                    scored.feasible[can],
                    scored.first[can],
                )
                assert after.batch is not None and scored.batch is not None
                if q == POLICY_QUESTION:
                    level = after.batch.matrix[:, :, policy]
                    above = level[:, :, None] > level[:, None, :]
                else:
                    riskier = _riskier(after.batch, risks, upsides)
                    # a riskier i must not fall below a safer k: k must not pass i
                    above = np.swapaxes(riskier, 1, 2)
                reversals[q] += _reversals(before, after, above, switched)
                reversal_steps[q] += int(can.sum())
    total = len(idx)
    names = kb.model_ids
    return DirectionReport(
        direction=direction,
        rows=total,
        first_share={m: float(first_counts[i] / total) for i, m in enumerate(names)},
        top_two_share={m: float(top_two[i] / total) for i, m in enumerate(names)},
        none_feasible=float(first_counts[n_models] / total),
        monotonicity=violations,
        checked_steps=checked,
        flip_rate={q: (a / b if b else 0.0) for q, (a, b) in flip_counts.items()} if flips else {},
        goal_violations=goal_violations,
        reversals=reversals,
        reversal_steps=reversal_steps,
        near_tie_share=near_ties / total,
        goal_gated_share=gated / total,
        destination=destination,
    )


def reports(kb: KnowledgeBase, *, flips: bool = True, stride: int = 1) -> list[DirectionReport]:
    """:func:`report` for each export destination and for import."""
    out = [
        report(kb, "export", destination=d, flips=flips, stride=stride) for d in destinations(kb)
    ]
    return out + [report(kb, d, flips=flips, stride=stride) for d in DIRECTIONS if d != "export"]


def sourcing(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[int, int]]:
    """(model, direction) → (levels citing a source, levels marked as estimates).

    One level per criterion, the entry of the role in that direction.
    """
    out = {}
    for m in kb.model_ids:
        for d in DIRECTIONS:
            entries = [c.entry(m, d) for c in kb.criteria]
            estimates = sum(e.estimate for e in entries)
            out[(m, d)] = (len(entries) - estimates, estimates)
    return out
