"""Rank acceptability under uncertain weights (SMAA-2), vectorised with numpy.

For N weight vectors drawn at random, each model's rank is computed (by default with
the recommendation rule, :mod:`criteria.decision.rule`, over the criteria that vary; or with
one of the methods on the active matrix) and counted. The rank acceptability
b(model, r) is the share of the samples in which the model takes rank r; the central
weight vector of a model is the mean of the weight vectors under which it ranks first
(Lahdelma & Salminen 2001, "SMAA-2: Stochastic multicriteria acceptability analysis for
group decision making", *Operations Research* 49(3): 444–454).

Ranks are competition ranks after rounding scores to
:data:`criteria.mcda.methods.SCORE_DECIMALS`, exactly as the methods rank. A tie spreads
over the places it covers: two models tied first in a sample each count half a first
and half a second place, so every row and every column of the acceptability matrix
sums to 1. A model tied first counts as first for its central weights.

Samples are drawn and ranked in chunks, so memory does not grow with N; a seed makes
the result reproducible (the same seed gives the same samples whatever the chunk size).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import fastrank
from criteria.decision.result import RankingResult
from criteria.decision.sampling import CHUNK, DEFAULT_SEED, iter_weight_samples

#: Weight samples drawn unless told otherwise.
DEFAULT_SAMPLES = 10_000
#: The largest number of samples accepted (about 1 s and well under 100 MiB of arrays).
MAX_SAMPLES = 1_000_000


@dataclass(frozen=True)
class Acceptability:
    """Rank acceptability and central weights of each model.

    ``probabilities[i, r]`` is the share of samples in which ``models[i]`` takes rank
    ``r + 1``; ``central_weights[model]`` maps each of ``criteria`` (the active ones) to
    its mean weight over the samples in which the model ranks first, or is ``None`` when
    it never does.
    """

    models: tuple[str, ...]
    criteria: tuple[str, ...]
    method: str
    samples: int
    seed: int
    concentration: float | None
    probabilities: np.ndarray
    central_weights: Mapping[str, Mapping[str, float] | None]
    first_ties: float

    def __post_init__(self) -> None:
        probabilities = np.array(self.probabilities, dtype=float)
        probabilities.setflags(write=False)
        object.__setattr__(self, "probabilities", probabilities)

    def of(self, model_id: str) -> np.ndarray:
        """The probabilities of ranks 1..n for one model."""
        return np.asarray(self.probabilities[self.models.index(model_id)])

    @property
    def first(self) -> dict[str, float]:
        """Model → probability of ranking first (the first-rank acceptability)."""
        return {m: float(p) for m, p in zip(self.models, self.probabilities[:, 0], strict=True)}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: acceptability (model → probabilities of ranks 1..n), central weights."""
        return {
            "method": self.method,
            "samples": self.samples,
            "seed": self.seed,
            "concentration": self.concentration,
            "acceptability": {
                m: [float(p) for p in row]
                for m, row in zip(self.models, self.probabilities, strict=True)
            },
            "central_weights": {
                m: None if w is None else dict(w) for m, w in self.central_weights.items()
            },
            "first_ties": self.first_ties,
        }


def _tally(ranks: np.ndarray, counts: np.ndarray) -> None:
    """Add one chunk's ranks to the models × places counts, spreading ties."""
    n = ranks.shape[1]
    index = np.arange(n) * n + (ranks - 1)  # flat (model, place) cell of each rank
    # Competition ranks of a sample without ties are a permutation of 1..n; a tie lowers
    # their sum. Samples without ties count whole places; tied ones spread.
    tied = ranks.sum(axis=1) != n * (n + 1) // 2
    counts += np.bincount(index[~tied].ravel(), minlength=n * n).reshape(n, n)
    if not tied.any():
        return
    ranks, index = ranks[tied], index[tied]
    size = (ranks[:, :, None] == ranks[:, None, :]).sum(axis=2)  # tie group of each model
    share = 1.0 / size
    for offset in range(int(size.max())):
        covered = size > offset
        counts += np.bincount(
            (index + offset)[covered], weights=share[covered], minlength=n * n
        ).reshape(n, n)


def acceptability(
    result: RankingResult,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float | None = None,
    weights: np.ndarray | None = None,
    method: str = fastrank.RULE,
    chunk: int = CHUNK,
) -> Acceptability:
    """SMAA-2 rank acceptability and central weights for ``result``'s matrix.

    Parameters
    ----------
    result
        The ranking whose active matrix (the criteria the methods ranked) is used.
    samples
        How many weight vectors to draw (1 to :data:`MAX_SAMPLES`).
    seed
        Seed of the random generator: the same seed gives the same result.
    concentration
        ``None`` draws weights uniformly on the simplex, Dirichlet(1, …, 1): every
        weighting equally likely. A number κ draws the current weights w perturbed by
        Dirichlet(κ, …, κ) (:mod:`criteria.decision.sampling`), as the confidence does:
        uncertainty about weights roughly known.
    weights
        The current weights, over the active criteria (default: ``result.active_weights``);
        used only as the centre of concentrated sampling.
    method
        ``"rule"`` (the recommendation rule, default), or a method: ``"topsis"``,
        ``"wsm"``, ``"vikor"``, ``"moora"`` or ``"consensus"``.
    chunk
        Samples ranked at once (memory only; the result does not depend on it).
    """
    if not 1 <= samples <= MAX_SAMPLES:
        raise ValueError(f"samples: must be from 1 to {MAX_SAMPLES:,}, not {samples}")
    n, k = result.active_matrix.shape
    centre = result.active_weights if weights is None else np.asarray(weights, dtype=float)
    counts = np.zeros((n, n))
    first_sums = np.zeros((n, k))
    first_counts = np.zeros(n)
    tied_first = 0
    for w in iter_weight_samples(samples, k, centre, concentration, seed=seed, chunk=chunk):
        ranks = fastrank.result_ranks(result, w, method)
        _tally(ranks, counts)
        first = ranks == 1
        first_sums += np.einsum("sm,sk->mk", first.astype(float), w)
        first_counts += first.sum(axis=0)
        tied_first += int((first.sum(axis=1) > 1).sum())
    active = result.active_criteria
    central = {
        m: None
        if first_counts[i] == 0
        else {c: float(v) for c, v in zip(active, first_sums[i] / first_counts[i], strict=True)}
        for i, m in enumerate(result.models)
    }
    return Acceptability(
        models=result.models,
        criteria=active,
        method=method,
        samples=samples,
        seed=seed,
        concentration=concentration,
        probabilities=counts / samples,
        central_weights=central,
        first_ties=tied_first / samples,
    )
