"""Ranking methods: scikit-criteria pipelines, imported only when a ranking is computed.

scikit-criteria pulls scikit-learn, matplotlib and seaborn (about 1.1 s to import), so
nothing here imports it at module level.
"""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Decimals kept before ranking: identical rows can differ in the last bit.
SCORE_DECIMALS = 12


@dataclass(frozen=True)
class Method:
    """A ranking method: its id, display names, and whether a higher score is better."""

    id: str
    name_en: str
    name_zh: str
    higher_is_better: bool
    score_key: str


METHODS: tuple[Method, ...] = (
    Method("topsis", "TOPSIS (vector normalisation)", "TOPSIS（向量归一化）", True, "similarity"),
    Method("wsm", "Weighted sum (min–max normalised)", "加权和（极差归一化）", True, "score"),
    Method("vikor", "VIKOR (v = 0.5)", "VIKOR（v = 0.5）", False, "q_k"),
    Method("moora", "MOORA ratio system", "MOORA比率系统", True, "score"),
)
METHOD_IDS = tuple(m.id for m in METHODS)


@functools.cache
def _pipelines() -> dict[str, Any]:
    from skcriteria.agg.moora import RatioMOORA
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.agg.vikor import VIKOR
    from skcriteria.pipelines import mkpipe
    from skcriteria.preprocessing.invert_objectives import NegateMinimize
    from skcriteria.preprocessing.scalers import MinMaxScaler, SumScaler, VectorScaler

    return {
        # Classical Hwang–Yoon TOPSIS: vector-normalised matrix, weights summing to 1.
        "topsis": mkpipe(VectorScaler(target="matrix"), SumScaler(target="weights"), TOPSIS()),
        # Weighted sum refuses "min" criteria: negate them, then min–max scale each column
        # to [0, 1] (1/x, the usual inversion, is undefined on a zero gap).
        "wsm": mkpipe(
            NegateMinimize(),
            MinMaxScaler(target="matrix"),
            SumScaler(target="weights"),
            WeightedSumModel(),
        ),
        # A strict order rather than VIKOR's compromise set; ties still come out as ties.
        "vikor": mkpipe(SumScaler(target="weights"), VIKOR(use_compromise_set=False)),
        "moora": mkpipe(VectorScaler(target="matrix"), SumScaler(target="weights"), RatioMOORA()),
    }


def competition_ranks(scores: np.ndarray, higher_is_better: bool = True) -> np.ndarray:
    """Ranks 1..n with ties sharing the best rank ("1, 2, 2, 4"), after rounding.

    One score per model gives one rank per model; a samples × models array gives the
    ranks of each row (the robustness analysis ranks thousands of weightings at once).
    """
    scores = np.asarray(scores, dtype=float)
    rounded = np.round(np.atleast_2d(scores), SCORE_DECIMALS)
    key = -rounded if higher_is_better else rounded
    ranks = np.ones(key.shape, dtype=np.int64)
    for b in range(key.shape[1]):  # a handful of models: one pass per model
        ranks += key[:, b : b + 1] < key
    return ranks[0] if scores.ndim == 1 else ranks


def evaluate(
    matrix: np.ndarray, weights: np.ndarray, objectives: tuple[str, ...]
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Run every method on a matrix whose columns all vary.

    Returns
    -------
    dict
        Method id → (scores, competition ranks), both in row order.
    """
    import skcriteria as skc

    dm = skc.mkdm(matrix, [min if o == "min" else max for o in objectives], weights=weights)
    out = {}
    with warnings.catch_warnings():
        # scikit-criteria suggests inverting "min" criteria for TOPSIS. Classical TOPSIS
        # takes the column minimum as the ideal of a cost criterion, which is what it
        # does; inverting (1/x) would change the distances. The advice is deliberately
        # not taken, so the warning is silenced here and only here.
        warnings.filterwarnings(
            "ignore", message="Although TOPSIS can operate", category=UserWarning
        )
        # VIKOR's Q divides by the spread of S and of R; when every model has the same S
        # or the same R that spread is 0 (handled below by _vikor_q).
        warnings.filterwarnings(
            "ignore", message="invalid value encountered in divide", category=RuntimeWarning
        )
        for method in METHODS:
            result = _pipelines()[method.id].evaluate(dm)
            scores = np.asarray(result.e_[method.score_key], dtype=float)
            if method.id == "vikor" and not np.isfinite(scores).all():
                scores = _vikor_q(result.e_["s_k"], result.e_["r_k"])
            out[method.id] = (scores, competition_ranks(scores, method.higher_is_better))
    return out


def _vikor_q(s: np.ndarray, r: np.ndarray, v: float = 0.5) -> np.ndarray:
    """VIKOR's Q when S or R is equal for every model.

    Q = v·(S − S*)/(S⁻ − S*) + (1 − v)·(R − R*)/(R⁻ − R*); a term whose spread is 0
    cannot tell the models apart, so it counts 0 rather than 0/0.
    """

    def part(x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=float)
        spread = x.max() - x.min()
        return (x - x.min()) / spread if spread > 0 else np.zeros_like(x)

    return v * part(s) + (1 - v) * part(r)


def borda_consensus(ranks: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Consensus by Borda count: the mean of each model's ranks over the methods.

    Every method counts equally and the rule is easy to explain; a lower mean rank is
    better and equal means are reported as ties. Returns (mean ranks, competition ranks).
    """
    mean = np.mean(np.vstack(list(ranks.values())), axis=0)
    return mean, competition_ranks(mean, higher_is_better=False)


def fit_reference(utilities: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The recommendation rule's fit by scikit-criteria: ``WeightedSumModel`` on the values.

    The values are already on fixed 0..1 scales (higher better), so no scaler is applied
    to the matrix; the weights are normalised to sum 1. The reference for
    :func:`criteria.decision.rule.fit_scores`.
    """
    import skcriteria as skc
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.pipelines import mkpipe
    from skcriteria.preprocessing.scalers import SumScaler

    u = np.asarray(utilities, dtype=float)
    dm = skc.mkdm(u, [max] * u.shape[1], weights=np.asarray(weights, dtype=float))
    result = mkpipe(SumScaler(target="weights"), WeightedSumModel()).evaluate(dm)
    return np.asarray(result.e_["score"], dtype=float)
