"""Re-ranking a result under other weights: the what-if sliders and the robustness analysis.

Above :mod:`criteria.decision.ranking`: a :class:`criteria.RankingResult` re-ranked by the
recommendation rule or by one of the numpy methods (:mod:`criteria.mcda.numpy_methods`,
re-exported here), in about 0.3 ms and without scikit-criteria.
"""

from __future__ import annotations

import numpy as np

from criteria.decision.ranking import rank_matrix
from criteria.decision.result import RankingResult
from criteria.decision.rule import fit_scores, rule_ranks
from criteria.mcda.numpy_methods import (
    BATCH_SCORERS,
    HIGHER_IS_BETTER,
    SCORERS,
    VIKOR_V,
    evaluate,
    method_ranks,
    moora_scores,
    topsis_scores,
    topsis_scores_many,
    vikor_scores,
    wsm_scores,
)

__all__ = [
    "BATCH_SCORERS",
    "HIGHER_IS_BETTER",
    "RULE",
    "SCORERS",
    "VIKOR_V",
    "evaluate",
    "fast_rank",
    "method_ranks",
    "moora_scores",
    "result_ranks",
    "topsis_scores",
    "topsis_scores_many",
    "vikor_scores",
    "wsm_scores",
]


#: The recommendation rule, as a method name for the robustness analysis.
RULE = "rule"


def result_ranks(result: RankingResult, weights: np.ndarray, method: str = RULE) -> np.ndarray:
    """Samples × models ranks of ``result``'s models under a batch of active weights.

    ``method`` is :data:`RULE` (the recommendation rule: fixed-scale fit, feasible
    models first) or a method of :func:`method_ranks`, run on the active matrix.
    """
    if method == RULE:
        # Fit over the active criteria alone spreads the models' differences by the
        # constant criteria's share; the tie band spreads with them.
        share = float(np.asarray(result.weights)[np.array(result.active)].sum())
        return rule_ranks(
            fit_scores(result.active_utilities, weights),
            np.array(result.feasible),
            result.goal_cells,
            result.tie_band / share,
        )
    objectives = tuple(o for o, a in zip(result.objectives, result.active, strict=True) if a)
    return method_ranks(result.active_matrix, objectives, weights, method)


def fast_rank(result: RankingResult, weights: np.ndarray) -> RankingResult:
    """Re-rank ``result``'s matrix under other weights, in about 0.3 ms (what-if sliders).

    Parameters
    ----------
    result
        A ranking whose matrix (the answers) stays fixed.
    weights
        Either one weight per criterion of ``result.criteria`` (constant criteria
        included; they cannot change the order), or one per active criterion
        (``result.active_criteria``, as the sliders of the methods' weights show them), in
        which case the constant criteria keep their share. Any positive scale.

    Returns
    -------
    RankingResult
        All four methods and the Borda consensus, equal to what
        ``criteria.assess(kb, result.answers, weights)`` gives, without scikit-criteria.
    """
    w = np.asarray(weights, dtype=float)
    active = np.array(result.active)
    if w.shape == (len(result.criteria),):
        full = w
    elif w.shape == (int(active.sum()),):
        if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
            raise ValueError("weights: need non-negative numbers, not all 0")
        full = np.array(result.weights, dtype=float)
        full[active] = w / w.sum() * full[active].sum()
    else:
        raise ValueError(
            f"weights: need {len(result.criteria)} (every criterion) or "
            f"{int(active.sum())} (the active ones) numbers, got {w.shape}"
        )
    return rank_matrix(
        result.matrix,
        full,
        result.objectives,
        utilities=result.utilities,
        feasible=result.feasible,
        goal=result.goal,
        tie_band=result.tie_band,
        reasons=result.reasons,
        contradictions=result.contradictions,
        kb_version=result.kb_version,
        answers=result.answers,
        models=result.models,
        criteria=result.criteria,
        direction=result.direction,
        shortfalls=result.shortfalls,
    )
