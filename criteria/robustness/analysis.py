"""How robust a ranking is: what-if weights, acceptability, stability, counterfactuals.

Weights here are the weights of the criteria the methods ranked (``result.active``,
summing to 1 over them), as ``RankingResult.to_dict()["weights"]`` lists them: a
criterion equal for every model cannot change the order, whatever its weight.

- :func:`rescale` and :func:`fast_rank` drive the what-if sliders: move one weight, the
  others follow proportionally, and the four methods and the consensus re-rank in about
  0.3 ms without scikit-criteria.
- :func:`criteria.robustness.smaa.acceptability`: how likely each rank is under uncertain weights.
- :func:`stability_intervals`: per criterion, the range of its weight that keeps the
  TOPSIS top model.
- :func:`criteria.robustness.counterfactual.counterfactuals`: the smallest change of answers that
  makes another model the recommendation.
- :func:`criteria.robustness.agreement.agreement`: Kendall's tau between the methods, and the
  rank-reversal check.

:func:`analyse` runs them all and returns one :class:`RobustnessResult`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import fastrank
from criteria.decision.fastrank import fast_rank
from criteria.decision.result import RankingResult
from criteria.decision.rule import RULE_ID
from criteria.decision.sampling import DEFAULT_SEED
from criteria.knowledge import KnowledgeBase
from criteria.robustness import agreement as agreement_mod
from criteria.robustness import counterfactual, smaa
from criteria.robustness.agreement import Agreement
from criteria.robustness.counterfactual import Counterfactual
from criteria.robustness.smaa import DEFAULT_SAMPLES, MAX_SAMPLES, Acceptability

__all__ = [
    "DEFAULT_SAMPLES",
    "DEFAULT_SEED",
    "MAX_SAMPLES",
    "RobustnessResult",
    "StabilityInterval",
    "WeightFlip",
    "analyse",
    "fast_rank",
    "most_sensitive",
    "rescale",
    "stability_intervals",
    "weight_flip",
]

#: Grid points over [0, 1] searched before bisection: a change of the top model that
#: comes and goes within less than 1 / (GRID − 1) of weight may be missed.
GRID = 2001
#: Bisection stops when the interval's end is known to within this much weight.
TOLERANCE = 1e-6


def rescale(weights: np.ndarray, index: int, value: float) -> np.ndarray:
    """Set one weight to ``value`` and rescale the others proportionally to sum 1.

    Parameters
    ----------
    weights
        Non-negative weights (any scale: their proportions are kept).
    index
        The weight to set.
    value
        Its new value, from 0 to 1.

    Returns
    -------
    numpy.ndarray
        New weights summing to 1, ``[index]`` equal to ``value``, the others in their old
        proportions; if the others were all 0 they share ``1 − value`` equally. With a
        single weight there is nothing to rescale: it stays 1.
    """
    w = np.asarray(weights, dtype=float)
    if w.ndim != 1 or not np.isfinite(w).all() or (w < 0).any():
        raise ValueError("weights: need a list of non-negative numbers")
    if not 0 <= index < w.size:
        raise ValueError(f"index: must be from 0 to {w.size - 1}, not {index}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"value: must be from 0 to 1, not {value}")
    if w.size == 1:
        return np.ones(1)
    return np.asarray(_rescaled(w, index, np.array([float(value)]))[0])


def _rescaled(w: np.ndarray, index: int, values: np.ndarray) -> np.ndarray:
    """:func:`rescale` for many values of one weight at once: len(values) × len(w)."""
    others = np.delete(w, index)
    total = others.sum()
    share = others / total if total > 0 else np.full(others.size, 1.0 / others.size)
    out = np.empty((values.size, w.size))
    out[:, index] = values
    out[:, np.arange(w.size) != index] = (1.0 - values)[:, None] * share
    return out


@dataclass(frozen=True)
class StabilityInterval:
    """The weights of one criterion over which the top model stays first.

    ``low`` ≤ ``current`` ≤ ``high``, all on the active weights' scale (sum 1). The
    interval is the connected range containing the current weight: the top model may
    lose first place further out and win it back. ``constant`` criteria are equal for
    every model, so any weight from 0 to 1 keeps the order.
    """

    criterion: str
    low: float
    high: float
    current: float
    constant: bool = False

    def to_list(self) -> list[float]:
        """``[low, high]``, rounded to 6 decimals."""
        return [round(self.low, 6), round(self.high, 6)]

    @property
    def margin(self) -> float:
        """How far the weight may move before the top model changes, relative to itself.

        The distance to the nearer edge over the current weight; an end of 0..1 is no
        edge (the top model stays first all the way), so with neither it is infinite.
        """
        edges = [self.current - self.low] * (self.low > 0) + [self.high - self.current] * (
            self.high < 1
        )
        if self.constant or not edges or self.current <= 0:
            return float("inf")
        return min(edges) / self.current


def most_sensitive(intervals: Mapping[str, StabilityInterval]) -> str | None:
    """The most sensitive weight: the criterion closest, relative to its weight, to an edge.

    ``None`` when no weight can change the top model on its own.
    """
    finite = [s for s in intervals.values() if s.margin < float("inf")]
    return min(finite, key=lambda s: s.margin).criterion if finite else None


@dataclass(frozen=True)
class WeightFlip:
    """A change of one weight that would put ``model`` first instead of the recommendation.

    ``criterion``'s weight would have to rise from ``current`` to ``needed`` (active
    weights, the others rescaled in proportion); ``against`` is the criterion on which
    the recommendation leads ``model`` most: what would matter less.
    """

    model: str
    criterion: str
    current: float
    needed: float
    against: str


def weight_flip(result: RankingResult, model_id: str) -> WeightFlip | None:
    """The smallest relative rise of one weight that makes ``model_id`` the rule's first.

    Scans each active criterion on which ``model_id`` does better than the
    recommendation over :data:`GRID` points from its weight to 1 (the others rescaled);
    ``None`` when no single weight does it, or there is no recommendation.
    """
    rec = result.recommended
    if rec is None or model_id == rec:
        return None
    w = result.active_weights
    u = result.active_utilities
    i, r = result.models.index(model_id), result.models.index(rec)
    names = result.active_criteria
    best: tuple[float, int, float] | None = None
    for j in map(int, np.flatnonzero(u[i] > u[r])):
        points = np.linspace(w[j], 1.0, GRID)[1:]
        ranks = fastrank.result_ranks(result, _rescaled(w, j, points))
        wins = np.flatnonzero((ranks[:, i] == 1) & ((ranks == 1).sum(axis=1) == 1))
        if wins.size:
            needed = float(points[wins[0]])
            if best is None or needed / w[j] < best[0]:
                best = (needed / w[j], j, needed)
    if best is None:
        return None
    _, j, needed = best
    against = names[int(np.argmax(w * (u[r] - u[i])))]
    return WeightFlip(model_id, names[j], float(w[j]), needed, against)


def _active(result: RankingResult, weights: np.ndarray | None) -> tuple[Any, ...]:
    matrix = result.active_matrix
    objectives = tuple(o for o, a in zip(result.objectives, result.active, strict=True) if a)
    w = result.active_weights if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (matrix.shape[1],) or (w < 0).any() or w.sum() <= 0:
        raise ValueError(
            f"weights: need {matrix.shape[1]} non-negative numbers (the active criteria), not all 0"
        )
    return matrix, objectives, w / w.sum()


def stability_intervals(
    result: RankingResult, *, weights: np.ndarray | None = None, method: str = fastrank.RULE
) -> dict[str, StabilityInterval]:
    """For each criterion, the range of its weight that keeps the top model first.

    The weight runs over [0, 1] with the others rescaled proportionally (:func:`rescale`);
    the interval is the connected range around the current weight in which the model
    ranked first at the current weights (by default the recommendation) keeps rank 1
    (sharing it counts). Found on a
    grid of :data:`GRID` points, each end then bisected to :data:`TOLERANCE`.

    Parameters
    ----------
    result
        The ranking (its active matrix is used).
    weights
        Current weights over the active criteria (default ``result.active_weights``).
    method
        ``"rule"`` (the recommendation rule, default) or a method id of
        :func:`fastrank.method_ranks`.

    Returns
    -------
    dict
        Criterion id → :class:`StabilityInterval`, every criterion of ``result`` in
        order; constant criteria get [0, 1].
    """
    _, _, w = _active(result, weights)
    ranks = fastrank.result_ranks(result, w, method)[0]
    top = (
        result.models.index(result.recommended)
        if method == fastrank.RULE and result.recommended is not None
        else int(np.argmax(ranks == 1))
    )

    def first(points: np.ndarray, j: int) -> np.ndarray:
        batch = _rescaled(w, j, points) if w.size > 1 else np.ones((points.size, 1))
        return np.asarray(fastrank.result_ranks(result, batch, method)[:, top] == 1)

    def edge(j: int, inside: float, outside: np.ndarray, ok: np.ndarray, end: float) -> float:
        """Walk from ``inside`` across ``outside`` (nearest first); bisect the first miss."""
        if ok.all():
            return end
        miss = int(np.argmin(ok))
        good, bad = (outside[miss - 1] if miss else inside), outside[miss]
        while abs(good - bad) > TOLERANCE:
            mid = (good + bad) / 2
            good, bad = (mid, bad) if first(np.array([mid]), j)[0] else (good, mid)
        return float(good)

    grid = np.linspace(0.0, 1.0, GRID)
    out: dict[str, StabilityInterval] = {}
    active = iter(range(w.size))
    for c, is_active in zip(result.criteria, result.active, strict=True):
        if not is_active:
            out[c] = StabilityInterval(c, 0.0, 1.0, 0.0, constant=True)
            continue
        j = next(active)
        cur = float(w[j])
        ok = first(grid, j)
        below, above = grid < cur, grid > cur
        low = edge(j, cur, grid[below][::-1], ok[below][::-1], 0.0)
        high = edge(j, cur, grid[above], ok[above], 1.0)
        out[c] = StabilityInterval(c, low, high, cur)
    return out


@dataclass(frozen=True)
class RobustnessResult:
    """Everything the robustness analysis found for one ranking.

    ``ranking`` is the analysed result (the one the views show). ``acceptability`` (under
    any weights, uniformly drawn: the secondary view beside the result's confidence) and
    ``stability`` use the recommendation rule; ``counterfactuals`` use the rule and the
    questionnaire's weights (model → change, or ``None`` when no change of at most
    two steps makes it the recommendation; the questionnaire's recommendation,
    ``counterfactual_baseline``, is left out).
    """

    ranking: RankingResult
    acceptability: Acceptability
    stability: Mapping[str, StabilityInterval]
    counterfactuals: Mapping[str, Counterfactual | None]
    counterfactual_baseline: str | None
    agreement: Agreement

    @property
    def models(self) -> tuple[str, ...]:
        """Model ids in matrix order."""
        return self.ranking.models

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``export-advisor robustness --json``."""
        r, a = self.ranking, self.acceptability
        return {
            "kb_version": r.kb_version,
            "answers": dict(r.answers),
            "models": list(r.models),
            "criteria": list(r.active_criteria),
            "constant_criteria": list(r.constant_criteria),
            "weights": {
                c: float(w) for c, w in zip(r.active_criteria, r.active_weights, strict=True)
            },
            "recommended": r.recommended,
            "route": r.route,
            "as_of": r.as_of,
            "recommendation_rule": RULE_ID,
            "confidence": None if r.confidence is None else r.confidence.to_dict(),
            "topsis_first": r.rankings["topsis"][0],
            "method": self.acceptability.method,
            "samples": a.samples,
            "seed": a.seed,
            "concentration": a.concentration,
            "acceptability": a.to_dict()["acceptability"],
            "central_weights": a.to_dict()["central_weights"],
            "first_ties": a.first_ties,
            "stability": {c: s.to_list() for c, s in self.stability.items()},
            "stability_notes": {
                c: "equal for every model: any weight keeps the order"
                for c, s in self.stability.items()
                if s.constant
            },
            "counterfactual_rule": "recommendation rule, questionnaire weights, at most 2 steps",
            "counterfactual_baseline": self.counterfactual_baseline,
            "counterfactuals": {
                m: None if c is None else c.to_dict() for m, c in self.counterfactuals.items()
            },
            "agreement": self.agreement.to_dict(),
        }


def analyse(
    kb: KnowledgeBase,
    result: RankingResult,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float | None = None,
    repeat: int = agreement_mod.REPEAT,
    rank_reversal: bool = True,
) -> RobustnessResult:
    """The whole robustness analysis of ``result`` (about 0.2 s with 10,000 samples).

    Parameters
    ----------
    kb
        The knowledge base the result was assessed with.
    result
        The ranking, e.g. ``criteria.assess(kb, answers)`` (weights set by hand are kept:
        sampling is centred on them and the stability intervals start from them).
    samples, seed, concentration
        Rank-acceptability sampling (see :func:`criteria.robustness.smaa.acceptability`).
    repeat
        Mutations per model in the rank-reversal check.
    rank_reversal
        Whether to run that check (scikit-criteria's; loading it takes seconds). When
        not, the analysis says it was skipped.
    """
    on = dt.date.fromisoformat(result.as_of) if result.as_of else None
    baseline = counterfactual.recommended_for(kb, result.answers, on)
    return RobustnessResult(
        ranking=result,
        acceptability=smaa.acceptability(
            result, samples=samples, seed=seed, concentration=concentration
        ),
        stability=stability_intervals(result),
        counterfactuals=counterfactual.counterfactuals(kb, result.answers, on=on),
        counterfactual_baseline=baseline,
        agreement=agreement_mod.agreement(result, repeat=repeat, seed=seed, reversal=rank_reversal),
    )
