"""Weight vectors drawn on the simplex, uniformly or around a centre, reproducibly.

Around a centre w (weights summing to 1) a weighting is w *perturbed*, in Aitchison's
sense, by a draw from the symmetric Dirichlet(κ, …, κ): x = C(w ⊙ g), the g_i
independent Gamma(κ) variates and C the closure to sum 1 — the scaled Dirichlet
distribution (Monti, Mateu-Figueras & Pawlowsky-Glahn, "The shifted-scaled Dirichlet
distribution in the simplex", CoDaWork 2011). Its centre, the closed geometric mean, is
w; every weight is multiplied by a factor of the same distribution whatever its size
(κ = 4: a weight of 0.02 moves by about ±0.01, one of 0.10 by about ±0.045, one of 0.30
by about ±0.10); the larger κ, the closer the draws stay. The g do not depend on w, so
one seed gives every SME the same perturbations: two SMEs' confidences differ because
their weights and tables differ, not by chance, and a survey of thousands shares one
set of draws.

Without a centre, weightings are uniform on the simplex, Dirichlet(1, …, 1) — the equal
weights perturbed with κ = 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy as np

#: The seed unless told otherwise, so that two runs agree.
DEFAULT_SEED = 2022
#: Samples drawn at once: bounds memory (a few MiB per chunk).
CHUNK = 8_192


def check_centre(
    n_criteria: int, centre: np.ndarray | None, concentration: float | None
) -> np.ndarray | None:
    """The centre as weights summing to 1, or None for uniform sampling (no concentration).

    Raises ``ValueError`` naming ``concentration`` or ``centre`` when either is unusable.
    """
    if concentration is None:
        return None
    if not concentration > 0 or not np.isfinite(concentration):
        raise ValueError(f"concentration: must be a positive number, not {concentration!r}")
    if centre is None:
        raise ValueError("concentration: needs the centre weights")
    centre = np.asarray(centre, dtype=float)
    if centre.shape != (n_criteria,) or (centre < 0).any() or not centre.sum() > 0:
        raise ValueError(f"centre: need {n_criteria} non-negative weights, not all 0")
    return np.asarray(centre / centre.sum())


def _closure(values: np.ndarray) -> np.ndarray:
    """Rows scaled to sum 1.

    A row of zeros (underflow, with tiny κ only) has no direction and counts as equal
    weights rather than 0/0.
    """
    total = values.sum(axis=1, keepdims=True)
    uniform = np.full(values.shape, 1.0 / values.shape[1])
    return np.asarray(np.divide(values, total, out=uniform, where=total > 0))


def iter_weight_samples(
    samples: int,
    n_criteria: int,
    centre: np.ndarray | None = None,
    concentration: float | None = None,
    *,
    seed: int = DEFAULT_SEED,
    chunk: int = CHUNK,
) -> Iterator[np.ndarray]:
    """Weight vectors, ``chunk`` rows at a time, each row summing to 1.

    Uniform on the simplex without a ``concentration``; with one, ``centre`` perturbed
    by Dirichlet(κ, …, κ). Variates are drawn element after element from one generator,
    so the sequence depends on ``seed`` only, never on ``chunk``.
    """
    if samples < 1:
        raise ValueError(f"samples: must be at least 1, not {samples}")
    w = check_centre(n_criteria, centre, concentration)
    rng = np.random.default_rng(seed)
    for start in range(0, samples, chunk):
        size = (min(chunk, samples - start), n_criteria)
        if w is None or concentration is None:  # Gamma(1) is Exp(1), drawn faster
            yield _closure(rng.standard_exponential(size))
        else:
            yield _closure(w * rng.standard_gamma(concentration, size))


def sample_weights(
    samples: int,
    n_criteria: int,
    centre: np.ndarray | None = None,
    concentration: float | None = None,
    *,
    seed: int = DEFAULT_SEED,
) -> np.ndarray:
    """All the weight vectors :func:`iter_weight_samples` draws, as one samples × criteria array."""
    return np.vstack(
        list(iter_weight_samples(samples, n_criteria, centre, concentration, seed=seed))
    )


@lru_cache(maxsize=8)
def perturbations(samples: int, n_criteria: int, concentration: float, seed: int) -> np.ndarray:
    """The samples × criteria Gamma(κ) variates g that perturb any centre: w's draws are C(w ⊙ g).

    The same as :func:`iter_weight_samples` multiplies by (same seed, same order), drawn
    once per process and shared read-only by every SME that asks.
    """
    if samples < 1:
        raise ValueError(f"samples: must be at least 1, not {samples}")
    check_centre(n_criteria, np.ones(n_criteria), concentration)
    g = np.random.default_rng(seed).standard_gamma(concentration, (samples, n_criteria))
    g.flags.writeable = False
    return g
