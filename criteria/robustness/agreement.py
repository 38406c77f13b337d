"""How far the methods agree, and whether TOPSIS's ranking survives worse alternatives.

Kendall's tau-b between every two methods' ranks (and the consensus): 1 = the same
order, −1 = reversed; ties are allowed. The rank-reversal check is scikit-criteria's
``RankInvariantChecker`` (Wang & Triantaphyllou 2008, test criterion 1) on the TOPSIS
pipeline: each model but the best is made slightly worse, never worse than the next
model down, and TOPSIS re-ranks; the best model should stay first and the others keep
their order. Tau is computed in numpy; scikit-criteria is imported only for the check.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision.result import RankingResult
from criteria.mcda import methods

#: Mutations of each non-best model in the rank-reversal check (5 models → 5·REPEAT runs).
REPEAT = 2


@dataclass(frozen=True)
class RankReversal:
    """The outcome of the rank-reversal check on the TOPSIS pipeline.

    ``best`` is TOPSIS's first model, ``invariant`` whether it stayed first in every
    mutation (``preservation_rate`` = 1), ``order_kept`` whether the models not made
    worse also kept their order, ``recommended_kept`` whether the recommended model kept
    its TOPSIS rank whenever another model was made worse. ``None`` and a ``note`` when
    the check cannot run (some model cannot be made worse without passing the next);
    ``skipped`` when it was not asked for (it needs scikit-criteria, seconds to load).
    """

    method: str
    best: str
    recommended: str | None
    mutations: int
    invariant: bool | None
    order_kept: bool | None
    recommended_kept: bool | None
    preservation_rate: float | None
    mean_displacement: float | None
    note: str = ""
    skipped: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class Agreement:
    """Kendall's tau between the methods (method → method → tau) and the reversal check."""

    kendall_tau: Mapping[str, Mapping[str, float | None]]
    rank_reversal: RankReversal

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "kendall_tau": {a: dict(row) for a, row in self.kendall_tau.items()},
            "rank_reversal": self.rank_reversal.to_dict(),
        }


def tau_b(x: np.ndarray, y: np.ndarray) -> float:
    """Kendall's tau-b of two rankings (scipy's ``kendalltau``, held to it by tests).

    Over all pairs: (concordant − discordant) / √((pairs − ties in x)(pairs − ties in y));
    a handful of models, so every pair is compared at once.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    i, j = np.triu_indices(len(x), k=1)
    dx, dy = np.sign(x[i] - x[j]), np.sign(y[i] - y[j])
    pairs = len(i)
    untied_x, untied_y = pairs - int((dx == 0).sum()), pairs - int((dy == 0).sum())
    return float((dx * dy).sum() / np.sqrt(untied_x * untied_y))


def kendall_taus(result: RankingResult) -> dict[str, dict[str, float | None]]:
    """Kendall's tau-b between the ranks of every two methods and the consensus.

    ``None`` where a ranking puts every model level (tau is undefined). Rounded to
    :data:`criteria.mcda.methods.SCORE_DECIMALS` decimals, so a method against itself gives 1.
    """
    ranks = {**{m: result.ranks[m] for m in result.methods}, "consensus": result.consensus_ranks}
    out: dict[str, dict[str, float | None]] = {}
    for a, ra in ranks.items():
        out[a] = {}
        for b, rb in ranks.items():
            if np.ptp(ra) == 0 or np.ptp(rb) == 0:
                out[a][b] = None
            else:
                out[a][b] = round(tau_b(ra, rb), methods.SCORE_DECIMALS)
    return out


def rank_reversal(result: RankingResult, *, repeat: int = REPEAT, seed: int = 0) -> RankReversal:
    """scikit-criteria's ``RankInvariantChecker`` on the TOPSIS pipeline, seeded."""
    import pandas.errors
    import skcriteria as skc
    from skcriteria.ranksrev import RankInvariantChecker
    from skcriteria.ranksrev.rank_invariant_check import maximum_abs_noises

    objectives = [
        min if o == "min" else max
        for o, a in zip(result.objectives, result.active, strict=True)
        if a
    ]
    dm = skc.mkdm(
        result.active_matrix,
        objectives,
        weights=result.active_weights,
        alternatives=list(result.models),
        criteria=list(result.active_criteria),
    )
    pipeline = methods._pipelines()["topsis"]
    best, recommended = result.rankings["topsis"][0], result.recommended
    with warnings.catch_warnings():
        # Classical TOPSIS keeps "min" criteria as they are (see criteria.mcda.methods).
        warnings.filterwarnings(
            "ignore", message="Although TOPSIS can operate", category=UserWarning
        )
        # scikit-criteria 0.10 calls DataFrame.set_index(inplace=True), which pandas 3
        # deprecates; harmless here, and not ours to change.
        warnings.filterwarnings("ignore", category=pandas.errors.Pandas4Warning)
        reference = pipeline.evaluate(dm)
        # The checker redraws a model's noise until one is positive; a model that cannot
        # be made worse (every bound 0) would loop for ever, so check the bounds first.
        bounds = maximum_abs_noises(dm=dm, rank=reference, last_diff_strategy=np.median)
        values = dm.matrix.abs()
        stuck = [
            m
            for (m, _), row in bounds.iterrows()
            if not (np.minimum(row.to_numpy(float), values.loc[m].to_numpy(float)) > 0).any()
        ]
        if stuck:
            return RankReversal(
                "topsis",
                best,
                recommended,
                0,
                None,
                None,
                None,
                None,
                None,
                note="cannot make worse without passing the next model: " + ", ".join(stuck),
            )
        checker = RankInvariantChecker(pipeline, repeat=repeat, random_state=seed)
        compared = checker.evaluate(dm)
    reference_rank = dict(zip(result.models, reference.rank_.tolist(), strict=True))
    order_kept = True
    recommended_kept: bool | None = True if recommended is not None else None
    for _, rank in list(compared.ranks)[1:]:
        mutated = rank.extra_.rank_inv_check.mutated
        new = dict(zip(rank.alternatives.tolist(), rank.rank_.tolist(), strict=True))
        others = [m for m in result.models if m != mutated]
        order_kept &= all(
            new[a] <= new[b]
            for a in others
            for b in others
            if reference_rank[a] < reference_rank[b]
        )
        if recommended is not None and mutated != recommended:
            recommended_kept = bool(recommended_kept) and (
                new[recommended] == reference_rank[recommended]
            )
    opr = float(compared.extra_.opr)
    return RankReversal(
        "topsis",
        best,
        recommended,
        len(compared.ranks) - 1,
        opr == 1.0,
        bool(order_kept),
        recommended_kept,
        opr,
        float(compared.extra_.rd),
    )


def skipped_reversal(result: RankingResult) -> RankReversal:
    """The rank-reversal check's place when it is not run."""
    best = result.rankings["topsis"][0]
    note = "not run: the check needs scikit-criteria (--verify runs it)"
    return RankReversal(
        "topsis", best, result.recommended, 0, None, None, None, None, None, note, True
    )


def agreement(
    result: RankingResult, *, repeat: int = REPEAT, seed: int = 0, reversal: bool = True
) -> Agreement:
    """Kendall's tau between the methods and, if ``reversal``, the rank-reversal check."""
    checked = (
        rank_reversal(result, repeat=repeat, seed=seed) if reversal else skipped_reversal(result)
    )
    return Agreement(kendall_taus(result), checked)
