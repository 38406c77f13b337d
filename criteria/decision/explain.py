"""Why a model ranks where it does: each criterion's pull on it, relative to the others."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.decision.result import RankingResult


@dataclass(frozen=True)
class Reason:
    """One criterion's effect on one model: positive lifts it, negative pulls it down."""

    criterion: str
    effect: float
    value: float


def contributions(result: RankingResult) -> np.ndarray:
    """Models × criteria effects on the fit: weight × (the model's value − the mean value).

    Values are the cells on their fixed scales (:attr:`RankingResult.utilities`), as the
    recommendation rule scores them, so a positive effect lifts the model above the
    average model on a weighted criterion. Each row sums to the model's fit minus the
    average fit; a criterion equal for every model contributes 0.
    """
    u = np.asarray(result.utilities, dtype=float)
    return np.asarray((u - u.mean(axis=0)) * result.weights)


def reasons(
    result: RankingResult, model_id: str, limit: int = 3
) -> tuple[list[Reason], list[Reason]]:
    """The criteria that most lift and most pull down ``model_id`` (at most ``limit`` each)."""
    i = result.models.index(model_id)
    row = contributions(result)[i]
    items = [
        Reason(c, float(e), float(result.matrix[i, j]))
        for j, (c, e) in enumerate(zip(result.criteria, row, strict=True))
    ]
    lifts = sorted((r for r in items if r.effect > 1e-9), key=lambda r: -r.effect)[:limit]
    pulls = sorted((r for r in items if r.effect < -1e-9), key=lambda r: r.effect)[:limit]
    return lifts, pulls


def column_values(matrix: np.ndarray, objectives: tuple[str, ...]) -> np.ndarray:
    """Models × criteria on 0..1, 1 at the best of the models on each criterion.

    Min–max per column in the criterion's direction; a constant column is 1 for all.
    """
    matrix = np.asarray(matrix, dtype=float)
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    spread = np.where(high > low, high - low, 1.0)
    is_max = np.array([o == "max" for o in objectives])
    scaled = np.where(is_max, (matrix - low) / spread, (high - matrix) / spread)
    scaled[:, high == low] = 1.0
    return np.asarray(scaled)


def performance(result: RankingResult) -> np.ndarray:
    """Models × criteria on 0..1, 1 = the best of the six on that criterion, for charts."""
    return column_values(result.matrix, result.objectives)
