"""Many answer sets at once: the recommendation rule, feasibility and confidence in numpy.

An export-promotion agency or a consultant assesses a whole survey. Each distinct answer
profile is ranked once, all profiles of a trade direction together, with the tables of a
single assessment (:func:`criteria.decision.matrix.build`) and the one recommendation rule; rows
sharing a profile share its result. The confidence is the single assessment's: the
same perturbations of the weights, drawn once, and the same counting
(:func:`criteria.decision.rule.confidence_shares`), so a batch row says what
``export-advisor rank`` says for that SME. Nothing here imports scikit-criteria.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from criteria.decision import matrix, rule
from criteria.decision.result import CLOSE_CALL
from criteria.decision.sampling import perturbations
from criteria.knowledge import KnowledgeBase, Rule
from criteria.mcda.methods import SCORE_DECIMALS

#: Profiles whose confidence is scored at once: a few MiB a thread, small enough to stay in cache.
PROFILE_CHUNK = 32
#: Threads scoring chunks of profiles at once.
THREADS = max(1, min(4, os.cpu_count() or 1))
#: ``progress(done, total)`` is told how far the work has come; False from it cancels.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class BatchResult:
    """The rule's verdict on rows of answers (rows × models arrays, models in kb order).

    ``recommended`` is a model index (−1 where no model is feasible); ``order`` the model
    indices best first, as :attr:`criteria.RankingResult.ranking`; ``share`` and
    ``label`` the confidence (NaN and ``"none"`` without a recommendation); ``near_tie``
    the models named with the recommendation and ``gated`` the feasible ones set apart
    because they cannot serve the goal, as :attr:`criteria.RankingResult.near_tie` and
    :attr:`criteria.RankingResult.goal_gated` say them.
    """

    models: tuple[str, ...]
    fit: np.ndarray
    ranks: np.ndarray
    feasible: np.ndarray
    recommended: np.ndarray
    order: np.ndarray
    share: np.ndarray
    label: np.ndarray
    profiles: int
    near_tie: np.ndarray
    gated: np.ndarray

    def __len__(self) -> int:
        return len(self.recommended)


def distinct_rows(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(a, axis=0, return_inverse=True)`` for small non-negative integers.

    Each row is packed into one integer (its digits in mixed radix, the first column
    most significant, so the order is the same), and the integers are sorted instead of
    the rows: 100,000 rows of answers in about 10 ms instead of 0.15 s.
    """
    a = np.asarray(a)
    if a.ndim == 2 and a.size and a.min() >= 0:
        radix = a.max(axis=0).astype(np.int64) + 1
        if np.sum(np.log2(radix)) < 62:  # the packed integers fit in an int64
            place = np.cumprod(np.r_[radix[1:], 1][::-1])[::-1]
            packed = a.astype(np.int64) @ place
            _, first, inverse = np.unique(packed, return_index=True, return_inverse=True)
            return a[first], np.asarray(inverse).reshape(-1)
    distinct, inverse = np.unique(a, axis=0, return_inverse=True)
    return distinct, np.asarray(inverse).reshape(-1)


def _order(ranks: np.ndarray, fit: np.ndarray) -> np.ndarray:
    """Model indices best first per row: by rank, then fit, then model order."""
    n_models = ranks.shape[1]
    index = np.broadcast_to(np.arange(n_models), ranks.shape)
    fit = np.round(fit, SCORE_DECIMALS)  # as the ranks round it
    return np.lexsort((index, -fit, ranks), axis=1) if ranks.size else index.copy()


def _confidence(
    utilities: np.ndarray,
    weights: np.ndarray,
    feasible: np.ndarray,
    goal: np.ndarray,
    band: np.ndarray,
    recommended: np.ndarray,
    r: Rule,
    tick: Callable[[int], None],
) -> np.ndarray:
    """The share of weightings keeping each profile's recommendation first (NaN: none).

    Every profile is perturbed by the same draws (:func:`criteria.decision.sampling.perturbations`),
    so chunks of profiles are scored by :func:`criteria.decision.rule.confidence_shares` exactly as
    one SME is, on a thread per core (numpy multiplies and compares without holding the
    interpreter lock). BLAS is held to one thread meanwhile: its own threads on these
    small products would only contend with ours (2 cores: 1.4 s instead of 0.88 s for
    48,000 profiles).
    """
    share = np.full(len(recommended), np.nan)
    has = np.flatnonzero(recommended >= 0)
    if not has.size:
        return share
    draws = perturbations(r.samples, weights.shape[1], r.concentration, r.seed)
    parts = [has[i : i + PROFILE_CHUNK] for i in range(0, len(has), PROFILE_CHUNK)]

    def one(m: np.ndarray) -> np.ndarray:
        return rule.confidence_shares(
            utilities[m], weights[m], feasible[m], recommended[m], draws, goal[m], band[m]
        )

    with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(THREADS) as pool:
        futures = [pool.submit(one, m) for m in parts]
        try:
            for m, future in zip(parts, futures, strict=True):
                share[m] = future.result()
                tick(len(m))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return share


def assess_many(
    kb: KnowledgeBase,
    idx: np.ndarray,
    progress: Progress | None = None,
    *,
    samples: int | None = None,
    on: dt.date | None = None,
) -> BatchResult:
    """The rule's verdict on answer rows ``idx`` (rows × questions of option indices).

    Rows of both trade directions may be mixed. ``progress(done, total)`` counts
    profiles as their confidence is computed; if it returns False, :class:`Cancelled`
    is raised. ``samples`` overrides the confidence's number of weightings (the rule's,
    as ``rank`` uses, by default; fewer is faster and coarser); 0 skips the confidence
    (label ``"skipped"``). ``on`` is the date whose rules apply (default today).
    """
    r = kb.rule if samples is None else dataclasses.replace(kb.rule, samples=samples)
    if samples is not None and samples < 0:
        raise ValueError(f"samples: must be 0 or more, not {samples}")
    idx = np.asarray(idx, dtype=np.int64).reshape(-1, len(kb.questions))
    n, n_models = len(idx), len(kb.models)
    fit = np.zeros((n, n_models))
    ranks = np.zeros((n, n_models), dtype=np.int64)
    feasible = np.zeros((n, n_models), dtype=bool)
    recommended = np.full(n, -1, dtype=np.int64)
    share = np.full(n, np.nan)
    profiles, rows = distinct_rows(idx)
    done = [0]

    def tick(k: int) -> None:
        done[0] += k
        if progress is not None and progress(done[0], len(profiles)) is False:
            raise Cancelled

    if progress is not None and progress(0, len(profiles)) is False:
        raise Cancelled
    d = kb.questions.index(kb.question(matrix.DIRECTION_QUESTION))
    direction_ids = kb.question(matrix.DIRECTION_QUESTION).option_ids
    p_fit = np.zeros((len(profiles), n_models))
    p_ranks = np.zeros((len(profiles), n_models), dtype=np.int64)
    p_feasible = np.zeros((len(profiles), n_models), dtype=bool)
    p_first = np.full(len(profiles), -1, dtype=np.int64)
    p_share = np.full(len(profiles), np.nan)
    p_goal = np.zeros((len(profiles), n_models))
    p_band = np.zeros(len(profiles))
    for option, direction in enumerate(direction_ids):
        mine = np.flatnonzero(profiles[:, d] == option)
        if not mine.size:
            continue
        built = matrix.build(matrix.tables(kb, direction, on), profiles[mine])
        f, rk, first = rule.score(built, r.tie_band)
        p_fit[mine], p_ranks[mine], p_feasible[mine], p_first[mine] = f, rk, built.feasible, first
        p_goal[mine], p_band[mine] = built.goal, built.band_scale
        if r.samples:
            p_share[mine] = _confidence(
                built.utilities,
                built.weights,
                built.feasible,
                built.goal,
                r.tie_band * built.band_scale,
                first,
                r,
                tick,
            )
        else:
            tick(len(mine))
    fit, ranks, feasible = p_fit[rows], p_ranks[rows], p_feasible[rows]
    recommended, share = p_first[rows], p_share[rows]
    labels = np.array(
        [
            "skipped" if not r.samples and f >= 0 else "none" if np.isnan(s) else r.band(s).id
            for s, f in zip(p_share.tolist(), p_first.tolist(), strict=True)
        ],
        dtype=object,
    )
    p_near, p_gated = _named(
        p_fit, p_ranks, p_feasible, p_goal, p_first, r.tie_band * p_band, labels
    )
    return BatchResult(
        models=kb.model_ids,
        fit=fit,
        ranks=ranks,
        feasible=feasible,
        recommended=recommended,
        order=_order(ranks, fit),
        share=share,
        label=labels[rows] if n else np.array([], dtype=object),
        profiles=len(profiles),
        near_tie=p_near[rows],
        gated=p_gated[rows],
    )


def _named(
    fit: np.ndarray,
    ranks: np.ndarray,
    feasible: np.ndarray,
    goal: np.ndarray,
    first: np.ndarray,
    band: np.ndarray,
    labels: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Per profile, the near-tie and the feasible models the goal sets apart (masks)."""
    n = len(first)
    rows = np.arange(n)
    tier = rule.tiers(feasible, goal)
    top = np.maximum(first, 0)
    mine = tier[rows, top][:, None]
    # the runner-up: the best of the recommendation's tier after it, named on a close call
    order = _order(ranks, fit)
    later = np.where((tier[rows[:, None], order] == mine) & (order != top[:, None]), order, -1)
    pick = np.argmax(later >= 0, axis=1)
    second = np.where((later >= 0).any(axis=1), later[rows, pick], -1)
    close = (labels == CLOSE_CALL) & (first >= 0)
    near = rule.near_tie(fit, feasible, goal, first, band, np.where(close, second, -1))
    can_serve = (tier == 2).any(axis=1, keepdims=True)
    gated = (tier == 1) & can_serve
    return np.atleast_2d(near).reshape(n, fit.shape[1]), gated


class ProfileCache:
    """Verdicts on answer profiles already ranked, kept across calls (a survey's chunks).

    At most ``limit`` profiles are kept (the oldest go first), each under 1 kB, so
    memory stays bounded (200 MB at most) however many rows go through.
    """

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self.kept: dict[bytes, tuple[Any, ...]] = {}

    def assess(
        self,
        kb: KnowledgeBase,
        idx: np.ndarray,
        *,
        samples: int | None = None,
        on: dt.date | None = None,
    ) -> BatchResult:
        """:func:`assess_many` of ``idx``, ranking only the profiles not kept yet.

        A profile's verdict does not depend on the others it is ranked with (one seed
        draws every profile's weightings), so the result is :func:`assess_many`'s.
        """
        idx = np.asarray(idx, dtype=np.int64).reshape(-1, len(kb.questions))
        profiles, rows = distinct_rows(idx)
        keys = [p.tobytes() for p in profiles]
        new = [k for k, key in enumerate(keys) if key not in self.kept]
        if new:
            fresh = assess_many(kb, profiles[new], samples=samples, on=on)
            for j, k in enumerate(new):
                self.kept[keys[k]] = (
                    fresh.fit[j],
                    fresh.ranks[j],
                    fresh.feasible[j],
                    fresh.recommended[j],
                    fresh.share[j],
                    fresh.label[j],
                    fresh.near_tie[j],
                    fresh.gated[j],
                )
        parts = [self.kept[key] for key in keys]
        excess = len(self.kept) - self.limit
        if excess > 0:  # the oldest first: a dict keeps its keys in the order they came
            for old in list(itertools.islice(self.kept, excess)):
                del self.kept[old]
        n_models = len(kb.models)

        def column(i: int, dtype: Any, shape: tuple[int, ...] = ()) -> np.ndarray:
            made = np.array([p[i] for p in parts], dtype=dtype).reshape(len(parts), *shape)
            return np.asarray(made[rows])

        fit, ranks = column(0, float, (n_models,)), column(1, np.int64, (n_models,))
        return BatchResult(
            models=kb.model_ids,
            fit=fit,
            ranks=ranks,
            feasible=column(2, bool, (n_models,)),
            recommended=column(3, np.int64),
            order=_order(ranks, fit),
            share=column(4, float),
            label=column(5, object),
            profiles=len(profiles),
            near_tie=column(6, bool, (n_models,)),
            gated=column(7, bool, (n_models,)),
        )
