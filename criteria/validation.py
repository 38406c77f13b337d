"""How the advice behaves over the whole answer space (DESIGN §2.3 and §2.6).

Every combination of answers of one trade direction (607,500 for the shipped
questionnaire) is scored in chunks with the same tables as a single assessment
(:func:`criteria.matrix.build`) and the recommendation rule. From that:

- each model's share of the answer space as the recommendation and in the top two;
- monotonicity: for every one-step increase of a resource (capital, traffic, supply
  chain, operations) the models that need it most never become infeasible and never
  fall behind a model that needs less of it, in the rule's order (while feasible) or in
  fit; likewise a stronger brand for the SME's own store against every other model;
- the one-step flip rate of each question: how often moving its answer one option up
  changes the recommendation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import product

import numpy as np

from criteria import matrix, rule
from criteria.knowledge import DIRECTIONS, KnowledgeBase

#: The resources whose monotonicity DESIGN §2.3 requires, with their gap criterion.
RESOURCES = {
    "capital": "capital_gap",
    "traffic": "traffic_gap",
    "supply_chain": "supply_chain_gap",
    "operations": "operations_gap",
}
#: Further monotone answers: question → (criterion whose level it lowers, model).
EXTRA_MONOTONE = {"brand_trust": ("trust_risk", "vertical_b2c")}
#: Rows scored at once.
CHUNK = 50_000
#: Targets of DESIGN §2.6.
MAX_FIRST_SHARE = 0.45
MAX_TOP_TWO_SHARE = 0.70


def answer_space(kb: KnowledgeBase, direction: str) -> np.ndarray:
    """Every answer combination of ``direction`` as rows of option indices."""
    ranges = [
        range(len(q.options))
        if q.id != matrix.DIRECTION_QUESTION
        else [q.option_ids.index(direction)]
        for q in kb.questions
    ]
    return np.array(list(product(*ranges)), dtype=np.int64)


@dataclass(frozen=True)
class Scored:
    """The rule's verdict on rows of answers: ranks, fit, feasibility, first (−1: none)."""

    ranks: np.ndarray
    fit: np.ndarray
    feasible: np.ndarray
    first: np.ndarray


def score(t: matrix.Tables, idx: np.ndarray) -> Scored:
    """Score answer rows by the rule (feasible first; ties broken by fit, then order)."""
    batch = matrix.build(t, idx)
    fit = batch.fit()
    ranks = rule.rule_ranks(fit, batch.feasible)
    return Scored(ranks, fit, batch.feasible, rule.recommended_index(ranks, fit, batch.feasible))


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
        return out


def _neediest(kb: KnowledgeBase, t: matrix.Tables, criterion: str) -> list[int]:
    """The models whose role needs the most of a resource (all of them when tied)."""
    j = kb.criterion_ids.index(criterion)
    need = t.required[j]
    return [int(i) for i in np.flatnonzero(need == need.max())]


def _step_violations(before: Scored, after: Scored, models: list[int], others: list[int]) -> int:
    """Rows where a step up hurts one of ``models`` (those needing the resource most).

    Hurt: it loses feasibility; or, feasible before, it falls behind one of ``others``
    (models needing less) in the rule's order; or it falls behind one of them in fit.
    A model that needs as much may pass it: that is the resource helping a model that
    needs it most.
    """
    bad = np.zeros(len(before.first), dtype=bool)
    for i in models:
        was = before.feasible[:, i]
        bad |= was & ~after.feasible[:, i]
        for k in others:
            passed = (before.ranks[:, k] >= before.ranks[:, i]) & (
                after.ranks[:, k] < after.ranks[:, i]
            )
            bad |= was & passed
            bad |= (before.fit[:, k] <= before.fit[:, i] + 1e-12) & (
                after.fit[:, k] > after.fit[:, i] + 1e-12
            )
    return int(bad.sum())


def report(kb: KnowledgeBase, direction: str, *, flips: bool = True) -> DirectionReport:
    """Shares, monotonicity and flip rates over the whole answer space of ``direction``.

    ``flips=False`` steps only the monotone questions (faster; no flip rates).
    """
    t = matrix.tables(kb, direction)
    idx = answer_space(kb, direction)
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
    stepped = [
        q.id for q in kb.questions if q.id != matrix.DIRECTION_QUESTION and (flips or q.id in steps)
    ]
    flip_counts = {q: [0, 0] for q in stepped}
    for part in _chunks(idx):
        rows = idx[part]
        scored = score(t, rows)
        first_counts += np.bincount(
            np.where(scored.first < 0, n_models, scored.first), minlength=n_models + 1
        )
        top_two += (scored.ranks <= 2).sum(axis=0)
        for q in flip_counts:
            col = qpos[q]
            can = rows[:, col] < sizes[q] - 1
            if not can.any():
                continue
            up = rows[can].copy()
            up[:, col] += 1
            after = score(t, up)
            flip_counts[q][0] += int((after.first != scored.first[can]).sum())
            flip_counts[q][1] += int(can.sum())
            if q in steps:
                models = steps[q]
                before = Scored(
                    scored.ranks[can], scored.fit[can], scored.feasible[can], scored.first[can]
                )
                violations[q] += _step_violations(before, after, models, others[q])
                checked[q] += int(can.sum())
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
    )


def reports(kb: KnowledgeBase) -> list[DirectionReport]:
    """:func:`report` for each trade direction."""
    return [report(kb, d) for d in DIRECTIONS]
