"""The four ranking methods in plain numpy, vectorised over many weight vectors.

scikit-criteria evaluates one weight vector at a time (about 0.8 ms per TOPSIS
pipeline); the what-if sliders and the robustness analysis need one ranking per slider
move or thousands per analysis. These functions compute the scores of the pipelines of
:mod:`criteria.mcda.methods` for a batch of weight vectors on one matrix, with the same
scalers and the same order of operations, and rank them with the same rounding
(:data:`criteria.mcda.methods.SCORE_DECIMALS`) and competition ranking ("1, 2, 2, 4"). Tests
compare them with scikit-criteria weight vector by weight vector.

No scikit-criteria import: ``import criteria.mcda.numpy_methods`` costs only numpy.
They sit below :mod:`criteria.decision.ranking`, which ranks with them;
:mod:`criteria.decision.fastrank` re-ranks a result above it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from criteria.mcda.methods import METHODS, competition_ranks

#: Method id → whether a higher score is better.
HIGHER_IS_BETTER = {m.id: m.higher_is_better for m in METHODS}
#: VIKOR's strategy weight, as in the scikit-criteria pipeline (``VIKOR(v=0.5)``).
VIKOR_V = 0.5


def _weight_batch(weights: np.ndarray, n_criteria: int) -> np.ndarray:
    """Weights as a (samples × criteria) array, each row divided by its sum (SumScaler)."""
    w = np.atleast_2d(np.asarray(weights, dtype=float))
    if w.shape[1] != n_criteria:
        raise ValueError(f"weights: need {n_criteria} per vector, got {w.shape[1]}")
    return np.asarray(w / w.sum(axis=1, keepdims=True))


def _is_max(objectives: Sequence[str]) -> np.ndarray:
    return np.array([o == "max" for o in objectives])


def _vector_scaled(matrix: np.ndarray) -> np.ndarray:
    """scikit-criteria's ``VectorScaler(target="matrix")``: each column over its norm."""
    matrix = np.asarray(matrix, dtype=float)
    return np.asarray(matrix / np.linalg.norm(matrix, None, axis=0))


def topsis_scores(matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray) -> np.ndarray:
    """Classical TOPSIS closeness for each weight vector.

    The vector-normalised matrix N does not depend on the weights, so each sample's
    weighted matrix is ``v = N · w``; its ideal (column maximum of a benefit criterion,
    minimum of a cost criterion) and anti-ideal are taken per sample.

    Parameters
    ----------
    matrix
        Models × criteria, every column varying.
    objectives
        ``"min"`` or ``"max"`` per criterion.
    weights
        One weight vector (criteria,) or a batch (samples × criteria); rows are
        normalised to sum 1.

    Returns
    -------
    numpy.ndarray
        Samples × models closeness in [0, 1], higher is better.
    """
    norm = _vector_scaled(matrix)
    w = _weight_batch(weights, norm.shape[1])
    v = norm[None, :, :] * w[:, None, :]
    mins, maxs = v.min(axis=1), v.max(axis=1)
    is_max = _is_max(objectives)
    ideal = np.where(is_max, maxs, mins)[:, None, :]
    anti = np.where(is_max, mins, maxs)[:, None, :]
    d_better = np.sqrt(((v - ideal) ** 2).sum(axis=2))
    d_worse = np.sqrt(((v - anti) ** 2).sum(axis=2))
    return np.asarray(d_worse / (d_better + d_worse))


def topsis_scores_many(
    matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray
) -> np.ndarray:
    """TOPSIS closeness for many weight vectors, twenty times faster than the one above.

    With non-negative weights the ideal of ``v = N · w`` is ``w · n*`` (``n*`` the ideal
    of the normalised matrix N), so ``d⁺² = Σⱼ wⱼ² (Nᵢⱼ − n*ⱼ)²``: one product of matrices,
    nothing of size samples × models × criteria. Equal to :func:`topsis_scores` up to
    floating-point rounding in the last bits, which the rounding before ranking absorbs.
    Identical rows are scored once, so models with equal rows always tie exactly.
    """
    norm = _vector_scaled(matrix)
    w = _weight_batch(weights, norm.shape[1])
    if (w < 0).any():
        raise ValueError("weights: must be non-negative")
    is_max = _is_max(objectives)
    ideal = np.where(is_max, norm.max(axis=0), norm.min(axis=0))
    anti = np.where(is_max, norm.min(axis=0), norm.max(axis=0))
    rows, inverse = np.unique(norm, axis=0, return_inverse=True)
    w2 = w * w
    # einsum rather than @: these products are too small for BLAS threads, which only
    # contend with other processes and make the timing erratic.
    d_better = np.sqrt(np.einsum("sk,mk->sm", w2, (rows - ideal) ** 2))
    d_worse = np.sqrt(np.einsum("sk,mk->sm", w2, (rows - anti) ** 2))
    return np.asarray((d_worse / (d_better + d_worse))[:, inverse.ravel()])


def wsm_scores(matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray) -> np.ndarray:
    """Weighted sum after negating cost criteria and min–max scaling each column.

    The scaling is scikit-learn's ``MinMaxScaler`` (``x · scale + min``), as in the
    scikit-criteria pipeline. Returns samples × models, higher is better.
    """
    x = np.array(matrix, dtype=float)
    is_min = ~_is_max(objectives)
    x[:, is_min] = -x[:, is_min]
    low, high = x.min(axis=0), x.max(axis=0)
    scale = 1.0 / (high - low)
    x = x * scale + (0.0 - low * scale)
    w = _weight_batch(weights, x.shape[1])
    return np.asarray(w @ x.T)


def moora_scores(matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray) -> np.ndarray:
    """MOORA ratio system: vector-normalised benefits minus costs, weighted.

    Returns samples × models, higher is better.
    """
    norm = _vector_scaled(matrix)
    w = _weight_batch(weights, norm.shape[1])
    signs = np.where(_is_max(objectives), 1.0, -1.0)
    return np.asarray((w * signs) @ norm.T)


def _unit_spread(x: np.ndarray) -> np.ndarray:
    """Each row scaled to [0, 1] over the models; a row without spread gives 0s (not 0/0)."""
    low = x.min(axis=1, keepdims=True)
    spread = x.max(axis=1, keepdims=True) - low
    return np.asarray(np.divide(x - low, spread, out=np.zeros_like(x), where=spread > 0))


def vikor_scores(
    matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray, v: float = VIKOR_V
) -> np.ndarray:
    """VIKOR's Q (``v``, the weight of the group utility: 0.5 here) per weight vector.

    Lower is better.

    Each column becomes the distance to its best value over the column's range, is
    weighted, and gives the group utility S (sum) and the regret R (maximum); Q mixes
    S and R scaled to [0, 1] over the models, a term without spread counting 0.
    """
    x = np.asarray(matrix, dtype=float)
    mins, maxs = x.min(axis=0), x.max(axis=0)
    is_max = _is_max(objectives)
    best, worst = np.where(is_max, maxs, mins), np.where(is_max, mins, maxs)
    regret = (x - best) / (worst - best)  # 0 at the column's best value, 1 at its worst
    w = _weight_batch(weights, x.shape[1])
    weighted = regret[None, :, :] * w[:, None, :]
    s, r = weighted.sum(axis=2), weighted.max(axis=2)
    return _unit_spread(s) * v + _unit_spread(r) * (1 - v)


#: Method id → scores for one weight vector, in scikit-criteria's order of operations.
SCORERS = {"topsis": topsis_scores, "wsm": wsm_scores, "vikor": vikor_scores, "moora": moora_scores}
#: Method id → scores for a batch of weight vectors (TOPSIS by the faster formula).
BATCH_SCORERS = {**SCORERS, "topsis": topsis_scores_many}


def method_ranks(
    matrix: np.ndarray, objectives: Sequence[str], weights: np.ndarray, method: str = "topsis"
) -> np.ndarray:
    """Samples × models competition ranks by one method, or ``"consensus"`` (Borda).

    Parameters
    ----------
    matrix
        Models × criteria, every column varying.
    objectives
        ``"min"`` or ``"max"`` per criterion.
    weights
        A batch of weight vectors (samples × criteria), or one vector.
    method
        ``"topsis"``, ``"wsm"``, ``"vikor"``, ``"moora"`` or ``"consensus"``.
    """
    if method == "consensus":
        mean = np.mean([method_ranks(matrix, objectives, weights, m) for m in SCORERS], axis=0)
        return competition_ranks(mean, higher_is_better=False)
    if method not in SCORERS:
        raise ValueError(f"method: {method!r} is not one of {', '.join(SCORERS)}, consensus")
    return competition_ranks(
        BATCH_SCORERS[method](matrix, objectives, weights), HIGHER_IS_BETTER[method]
    )


def evaluate(
    matrix: np.ndarray, weights: np.ndarray, objectives: tuple[str, ...]
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """:func:`criteria.mcda.methods.evaluate` in numpy: method id → (scores, ranks)."""
    out = {}
    for m, scorer in SCORERS.items():
        scores = scorer(matrix, objectives, weights)[0]
        out[m] = (scores, competition_ranks(scores, HIGHER_IS_BETTER[m]))
    return out
