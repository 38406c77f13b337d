"""The pipeline: answers → weights + matrix → rankings, as one pure function."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from criteria import answers as answers_mod
from criteria import methods, model
from criteria.knowledge import KnowledgeBase
from criteria.result import RankingResult


def rank_matrix(matrix: np.ndarray, weights: np.ndarray, objectives: tuple[str, ...], *,
                evaluate: Callable = methods.evaluate, **meta) -> RankingResult:
    """Rank a prepared decision matrix (rows = models, columns = criteria).

    Constant columns are left out of the methods; their weight is spread over the rest
    by renormalising. ``evaluate`` runs the methods on the varying columns (by default
    scikit-criteria's pipelines; :mod:`criteria.fastrank` passes its numpy twin).
    """
    matrix = np.asarray(matrix, dtype=float)
    weights = np.asarray(weights, dtype=float)
    spread = np.ptp(np.round(matrix, methods.SCORE_DECIMALS), axis=0)
    active = spread > 0
    if not active.any():
        raise ValueError("every criterion is equal for every model: nothing to rank by")
    if not np.isfinite(weights).all() or (weights < 0).any() or weights[active].sum() <= 0:
        raise ValueError("weights: need non-negative numbers with a positive total on the "
                         "criteria that vary")
    objs = tuple(objectives)
    w = weights[active] / weights[active].sum()
    evaluated = evaluate(matrix[:, active], w, tuple(np.array(objs)[active]))
    scores = {m: s for m, (s, _) in evaluated.items()}
    ranks = {m: r for m, (_, r) in evaluated.items()}
    mean, consensus = methods.borda_consensus(ranks)
    return RankingResult(
        kb_version=meta.get("kb_version", ""),
        answers=meta.get("answers", {}),
        models=tuple(meta["models"]),
        criteria=tuple(meta["criteria"]),
        objectives=objs,
        matrix=matrix,
        weights=weights / weights.sum(),
        active=tuple(bool(a) for a in active),
        scores=scores,
        ranks=ranks,
        consensus_mean_rank=mean,
        consensus_ranks=consensus,
    )


def assess(kb: KnowledgeBase, answers: Mapping[str, str],
           weights: np.ndarray | None = None) -> RankingResult:
    """Validate ``answers`` and rank the models for them.

    ``weights`` overrides the questionnaire's weights (one per criterion, any positive
    scale); the matrix always follows the answers.
    """
    checked = answers_mod.validate(kb, answers)
    w = model.weights(kb, checked) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (len(kb.criteria),) or (w < 0).any() or w.sum() <= 0:
        raise ValueError(f"weights: need {len(kb.criteria)} non-negative numbers, not all 0")
    return rank_matrix(model.decision_matrix(kb, checked), w, model.objectives(kb),
                       kb_version=kb.version, answers=checked, models=kb.model_ids,
                       criteria=kb.criterion_ids)
