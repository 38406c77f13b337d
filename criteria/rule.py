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

Confidence is the share of weightings drawn around the SME's own weights w — w perturbed
by the same seeded Dirichlet(κ, …, κ) draws for every SME (:mod:`criteria.sampling`) —
under which the recommendation stays first by this rule (a tie for first counts as a
share); κ, the number of samples, the seed and the labels' thresholds are data
(``[rule]`` in ``criteria.toml``). One SME's confidence and a survey's are counted by one
function, :func:`confidence_shares`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.knowledge import Rule
from criteria.methods import competition_ranks
from criteria.sampling import perturbations

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


def confidence_shares(
    utilities: np.ndarray,
    weights: np.ndarray,
    feasible: np.ndarray,
    recommended: np.ndarray,
    draws: np.ndarray,
) -> np.ndarray:
    """Per SME, the share of perturbed weightings under which its recommendation stays first.

    ``utilities`` is SMEs × models × criteria, ``weights`` SMEs × criteria, ``feasible``
    SMEs × models, ``recommended`` one feasible model index per SME and ``draws`` the
    samples × criteria perturbations g (:func:`criteria.sampling.perturbations`). Under
    the weighting C(w ⊙ g) the recommendation r stays ahead of a feasible model m when
    Σ g_c w_c (u_rc − u_mc) ≥ 0 — the difference of their fits times Σ g_c w_c, so one
    matrix product scores every pair. A k-way tie for first counts 1/k; a tie has
    probability 0 unless a rival's values equal r's on every weighted criterion, and
    then it ties under every weighting.
    """
    u = np.asarray(utilities, dtype=float)
    w = np.asarray(weights, dtype=float)
    g = np.asarray(draws, dtype=float)
    n, n_models, n_criteria = u.shape
    recommended = np.asarray(recommended, dtype=np.int64)
    rivals = np.asarray(feasible, dtype=bool) & (np.arange(n_models) != recommended[:, None])
    lead = w[:, None, :] * (u[np.arange(n), recommended][:, None, :] - u)
    # Neither r nor an infeasible model competes: a lead of the whole fit never ties.
    lead = np.where(rivals[:, :, None], lead, w[:, None, :])
    lead_fit = (lead.reshape(-1, n_criteria) @ g.T).reshape(n, n_models, len(g))
    closest = lead_fit.min(axis=1)  # SMEs × samples: r's lead over its closest rival
    won = np.count_nonzero(closest > 0, axis=1).astype(float)
    level = closest == 0  # level with some rival, behind none: a tie for first
    if level.any():
        sme, sample = np.nonzero(level)
        tied = np.count_nonzero(lead_fit[sme, :, sample] == 0, axis=1)
        np.add.at(won, sme, 1.0 / (1 + tied))
    return np.asarray(won / len(g))


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
    u = np.asarray(utilities, dtype=float)
    g = perturbations(samples, u.shape[1], rule.concentration, seed)
    share = float(
        confidence_shares(
            u[None],
            np.asarray(weights)[None],
            np.asarray(feasible)[None],
            np.array([recommended]),
            g,
        )[0]
    )
    return Confidence(share, rule.band(share).id, samples, rule.concentration, seed)
