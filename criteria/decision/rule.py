"""The one recommendation rule, and how confident it is.

Every cell of the matrix sits on its kind's fixed scale (a gap of 2 means the same
whatever the other models need); the rule turns it into a value, 1 at the best end of
the scale and 0 at the worst (:func:`criteria.decision.matrix.utilities`), and scores each model
by the weighted mean of its values, its *fit*. Models rank in tiers that do not depend
on the weights: feasible models that can serve the SME's first-year goal, then feasible
models that cannot (a stock-free role cannot clear the SME's stock), then the models
not feasible now. The recommendation is the first model of the first tier: the best fit,
less one tie band (data) for each step by which a role serves the goal less well, so
that of two models within the band of each other the one that serves the goal better
leads; models within the band of the recommendation are named with it, a *near-tie*.
Because the scales are fixed and one more step of a resource lowers the gap of
the model that needs it most at least as much as any other's, more of a resource never
lowers that model's place: the rule is monotone by construction
(tests walk the whole answer space).

The fit is a weighted sum: scikit-criteria's ``WeightedSumModel`` on the values is the
reference (:func:`criteria.mcda.methods.fit_reference`); the numpy here is its twin for
batches, held to it by tests.

Confidence is the share of weightings drawn around the SME's own weights w — w perturbed
by the same seeded Dirichlet(κ, …, κ) draws for every SME (:mod:`criteria.decision.sampling`) —
under which the recommendation stays first by this rule (a tie for first counts as a
share); κ, the number of samples, the seed and the labels' thresholds are data
(``[rule]`` in ``criteria.toml``). One SME's confidence and a survey's are counted by one
function, :func:`confidence_shares`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision.matrix import GATE_CELL, Batch
from criteria.decision.sampling import perturbations
from criteria.knowledge import Rule
from criteria.mcda.methods import SCORE_DECIMALS, competition_ranks

RULE_ID = "feasible_weighted_sum"
#: Fit differences below this count as equal (float sums of the same terms).
_EPS = 1e-12


def fit_scores(utilities: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Samples × models fit for one or many weight vectors (rows normalised to sum 1)."""
    w = np.atleast_2d(np.asarray(weights, dtype=float))
    w = w / w.sum(axis=1, keepdims=True)
    return np.asarray(np.einsum("sc,mc->sm", w, np.asarray(utilities, dtype=float)))


def tiers(feasible: np.ndarray, goal: np.ndarray | None = None) -> np.ndarray:
    """Each model's tier: 2 feasible and able to serve the goal, 1 feasible only, 0 neither.

    ``goal`` is the gating criterion's cell (0 serves, 1 poorly, 2 cannot); without one
    every feasible model serves.
    """
    feasible = np.asarray(feasible, dtype=bool)
    serves = np.ones(feasible.shape, dtype=bool) if goal is None else np.asarray(goal) < GATE_CELL
    return np.asarray(feasible.astype(np.int64) * (1 + serves))


def rule_ranks(
    fit: np.ndarray,
    feasible: np.ndarray,
    goal: np.ndarray | None = None,
    band: float | np.ndarray = 0.0,
) -> np.ndarray:
    """Competition ranks by the rule, for one row of models or many.

    Tiers first (:func:`tiers`): feasible models that can serve the goal, then feasible
    ones that cannot, then the rest. Within a tier by :func:`lead_key`: the fit, less one
    tie band for each step by which the role serves the goal less well, so that of two
    models within the band of each other the one serving the goal better comes first.
    """
    fit = np.asarray(fit, dtype=float)
    tier = np.broadcast_to(tiers(feasible, goal), fit.shape)
    return competition_ranks(10.0 * tier + lead_key(fit, goal, band), higher_is_better=True)


def lead_key(fit: np.ndarray, goal: np.ndarray | None, band: float | np.ndarray) -> np.ndarray:
    """The order within a tier: fit − band × goal cell (0 serves, 1 poorly, 2 cannot)."""
    fit = np.asarray(fit, dtype=float)
    return fit if goal is None else np.asarray(fit - band * np.asarray(goal, dtype=float))


def recommended_index(ranks: np.ndarray, fit: np.ndarray, feasible: np.ndarray) -> np.ndarray:
    """The recommended model of each row: −1 where no model is feasible.

    The first by the rule's rank, a tie (equal after rounding) broken by the fit (rounded
    as the ranks are), then by model order — the order :attr:`criteria.RankingResult.ranking` lists.
    """
    ranks, fit = np.atleast_2d(ranks), np.atleast_2d(np.asarray(fit, dtype=float))
    feasible = np.atleast_2d(np.asarray(feasible, dtype=bool))
    first = ranks == ranks.min(axis=1, keepdims=True)
    # fit rounded as the ranks are: sums of the same terms in another order tie exactly
    best = np.argmax(np.where(first, np.round(fit, SCORE_DECIMALS), -np.inf), axis=1)
    return np.asarray(np.where(feasible[np.arange(len(best)), best], best, -1))


def score(batch: Batch, band: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A batch's fit, ranks by the rule and recommended model (−1: none feasible) per row.

    ``band`` is the tie band at the base weights; each row's is scaled by its
    ``band_scale``.
    """
    fit = batch.fit()
    ranks = rule_ranks(fit, batch.feasible, batch.goal, band * batch.band_scale[:, None])
    return fit, ranks, recommended_index(ranks, fit, batch.feasible)


def near_tie(
    fit: np.ndarray,
    feasible: np.ndarray,
    goal: np.ndarray | None,
    first: np.ndarray | int,
    band: float | np.ndarray,
    runner_up: np.ndarray | int | None = None,
) -> np.ndarray:
    """Rows × models: the models named with each row's recommendation ``first``.

    Those of its tier whose fit lies within ``band`` of its fit, and ``runner_up`` (−1:
    none) when given: the second of that tier, named when the confidence is a close
    call. A row without a recommendation (``first`` −1) names none. One row in, one out.
    """
    fit = np.asarray(fit, dtype=float)
    one = fit.ndim == 1
    fit = np.atleast_2d(fit)
    rows = np.arange(len(fit))
    first = np.broadcast_to(np.asarray(first, dtype=np.int64), (len(fit),))
    has = first >= 0
    top = np.maximum(first, 0)
    tier = np.atleast_2d(tiers(feasible, goal))
    band = np.broadcast_to(np.asarray(band, dtype=float), (len(fit),))[:, None]
    same = tier == tier[rows, top][:, None]
    mask = same & (np.abs(fit - fit[rows, top][:, None]) <= band + _EPS)
    if runner_up is not None:
        second = np.broadcast_to(np.asarray(runner_up, dtype=np.int64), (len(fit),))
        named = second >= 0
        mask[rows[named], second[named]] = True
    mask[rows, top] = False
    mask &= has[:, None]
    return np.asarray(mask[0] if one else mask)


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
    goal: np.ndarray | None = None,
    band: float | np.ndarray = 0.0,
) -> np.ndarray:
    """Per SME, the share of perturbed weightings under which its recommendation stays first.

    ``utilities`` is SMEs × models × criteria, ``weights`` SMEs × criteria, ``feasible``
    (and ``goal``, the gating cells) SMEs × models, ``recommended`` one feasible model
    index per SME and ``draws`` the samples × criteria perturbations g
    (:func:`criteria.decision.sampling.perturbations`). Tiers do not depend on the weights, so
    the rivals are the other models of the recommendation r's tier. Under the weighting
    C(w ⊙ g) r stays ahead of a rival m when Σ g_c w_c (u_rc − u_mc) plus r's head start
    (:func:`lead_key`: ``band`` × (goal_m − goal_r), times Σ g_c w_c) is ≥ 0 — the
    difference of their keys times Σ g_c w_c, so one matrix product scores every pair.
    A k-way tie for first counts 1/k; a tie has probability 0
    unless a rival's values equal r's on every weighted criterion, and then it ties under
    every weighting.
    """
    u = np.asarray(utilities, dtype=float)
    w = np.asarray(weights, dtype=float)
    g = np.asarray(draws, dtype=float)
    n, n_models, n_criteria = u.shape
    rows = np.arange(n)
    recommended = np.asarray(recommended, dtype=np.int64)
    goal = np.zeros((n, n_models)) if goal is None else np.asarray(goal, dtype=float)
    tier = tiers(feasible, goal)
    rivals = (tier == tier[rows, recommended][:, None]) & (
        np.arange(n_models) != recommended[:, None]
    )
    # r's head start over m: one tie band per step it serves the goal better; times
    # Σ g_c w_c it is Σ g_c (start · w_c), so it joins the lead before the one product.
    band = np.broadcast_to(np.asarray(band, dtype=float), (n,))[:, None]
    start = band * (goal - goal[rows, recommended][:, None])
    lead = w[:, None, :] * (u[rows, recommended][:, None, :] - u + start[:, :, None])
    # Neither r nor a model of another tier competes: a lead of the whole fit never ties.
    lead = np.where(rivals[:, :, None], lead, w[:, None, :])
    margin = (lead.reshape(-1, n_criteria) @ g.T).reshape(n, n_models, len(g))
    closest = margin.min(axis=1)  # SMEs × samples: r's lead over its closest rival
    won = np.count_nonzero(closest > _EPS, axis=1).astype(float)
    level = np.abs(closest) <= _EPS  # level with some rival, behind none: a tie for first
    if level.any():
        sme, sample = np.nonzero(level)
        tied = np.count_nonzero(np.abs(margin[sme, :, sample]) <= _EPS, axis=1)
        np.add.at(won, sme, 1.0 / (1 + tied))
    return np.asarray(won / len(g))


def confidence(
    utilities: np.ndarray,
    weights: np.ndarray,
    feasible: np.ndarray,
    recommended: int | None,
    rule: Rule,
    *,
    goal: np.ndarray | None = None,
    band: float | None = None,
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
            None if goal is None else np.asarray(goal)[None],
            rule.tie_band if band is None else band,
        )[0]
    )
    return Confidence(share, rule.band(share).id, samples, rule.concentration, seed)
