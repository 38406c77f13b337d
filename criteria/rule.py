"""The one recommendation rule, and how confident it is.

Every cell of the matrix sits on its kind's fixed scale (a gap of 2 means the same
whatever the other models need); the rule turns it into a value, 1 at the best end of
the scale and 0 at the worst (:func:`criteria.matrix.utilities`), and scores each model
by the weighted mean of its values, its *fit*. Feasible models rank before the rest
(feasibility does not depend on the weights); the recommendation is the first feasible
model. Because the scales are fixed and one more step of a resource lowers the gap of
the model that needs it most at least as much as any other's, more of a resource never
lowers that model's place: the rule is monotone by construction
(tests walk the whole answer space).

The fit is a weighted sum: scikit-criteria's ``WeightedSumModel`` on the values is the
reference (:func:`criteria.methods.fit_reference`); the numpy here is its twin for
batches, held to it by tests.

Confidence is the share of weightings drawn from Dirichlet(κ · w) around the SME's own
weights w under which the recommendation stays first by this rule (a tie for first
counts as a share); κ, the number of samples, the seed and the labels' thresholds are
data (``[rule]`` in ``criteria.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.knowledge import Rule
from criteria.methods import competition_ranks
from criteria.sampling import dirichlet_alpha, iter_weight_samples

RULE_ID = "feasible_weighted_sum"
#: Added to a feasible model's fit (0..1) so that every feasible model ranks first.
_FEASIBLE_LIFT = 2.0


def fit_scores(utilities: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Samples × models fit for one or many weight vectors (rows normalised to sum 1)."""
    w = np.atleast_2d(np.asarray(weights, dtype=float))
    w = w / w.sum(axis=1, keepdims=True)
    return np.asarray(np.einsum("sc,mc->sm", w, np.asarray(utilities, dtype=float)))


def rule_ranks(fit: np.ndarray, feasible: np.ndarray) -> np.ndarray:
    """Competition ranks by the rule: feasible models first, each group by fit."""
    key = np.asarray(fit, dtype=float) + _FEASIBLE_LIFT * np.asarray(feasible, dtype=float)
    return competition_ranks(key, higher_is_better=True)


def recommended_index(ranks: np.ndarray, fit: np.ndarray, feasible: np.ndarray) -> np.ndarray:
    """The recommended model of each row: −1 where no model is feasible.

    The first by the rule's rank, a tie (equal after rounding) broken by the exact fit,
    then by model order — the order :attr:`criteria.RankingResult.ranking` lists.
    """
    ranks, fit = np.atleast_2d(ranks), np.atleast_2d(np.asarray(fit, dtype=float))
    feasible = np.atleast_2d(np.asarray(feasible, dtype=bool))
    first = ranks == ranks.min(axis=1, keepdims=True)
    best = np.argmax(np.where(first, fit, -np.inf), axis=1)  # argmax: the lowest index
    return np.asarray(np.where(feasible[np.arange(len(best)), best], best, -1))


def first_share(fit: np.ndarray, feasible: np.ndarray, recommended: int | np.ndarray) -> np.ndarray:
    """The share of first place by the rule that model ``recommended`` holds, per row.

    1 alone, 1/k in a k-way tie, 0 behind; ``fit`` is rows × models. ``feasible`` is one
    row for all rows or one per row, ``recommended`` one model index or one per row: the
    confidence of one SME and of a batch both count with it.
    """
    first = rule_ranks(fit, np.broadcast_to(feasible, np.shape(fit))) == 1
    rows = np.arange(len(first))
    return np.asarray(first[rows, recommended] / first.sum(axis=1))


@dataclass(frozen=True)
class Confidence:
    """How firmly the recommendation stays first under weightings near the SME's own."""

    share: float | None
    label: str
    samples: int
    concentration: float
    seed: int

    def to_dict(self) -> dict[str, Any]:
        """The ``confidence`` object of the JSON contract."""
        return {
            "share": None if self.share is None else round(self.share, 4),
            "label": self.label,
            "samples": self.samples,
            "concentration": self.concentration,
            "seed": self.seed,
        }


def confidence(
    utilities: np.ndarray,
    weights: np.ndarray,
    feasible: np.ndarray,
    recommended: int | None,
    rule: Rule,
    *,
    samples: int | None = None,
    seed: int | None = None,
) -> Confidence:
    """The confidence of recommending model ``recommended`` (a row index), or of none."""
    samples = rule.samples if samples is None else samples
    seed = rule.seed if seed is None else seed
    if recommended is None:
        return Confidence(None, "none", samples, rule.concentration, seed)
    w = np.asarray(weights, dtype=float)
    alpha = dirichlet_alpha(w.size, w, rule.concentration)
    feasible = np.asarray(feasible, dtype=bool)
    won = 0.0
    for batch in iter_weight_samples(samples, alpha, seed=seed):
        won += float(first_share(fit_scores(utilities, batch), feasible, recommended).sum())
    share = won / samples
    return Confidence(share, rule.band(share).id, samples, rule.concentration, seed)
