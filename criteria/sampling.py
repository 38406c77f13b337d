"""Weight vectors drawn from a Dirichlet distribution, in chunks, reproducibly."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

#: The seed unless told otherwise, so that two runs agree.
DEFAULT_SEED = 2022
#: Samples drawn at once: bounds memory (a few MiB per chunk).
CHUNK = 8_192


def dirichlet_alpha(
    n_criteria: int, centre: np.ndarray | None = None, concentration: float | None = None
) -> np.ndarray:
    """Dirichlet parameters: all 1 (uniform on the simplex), or ``concentration · centre``.

    With a centre (weights summing to 1) and a concentration κ the samples have mean
    ``centre``; the larger κ, the closer they stay to it (κ = 50 moves a weight of 0.1 by
    about ±0.04).
    """
    if concentration is None:
        return np.ones(n_criteria)
    if not concentration > 0 or not np.isfinite(concentration):
        raise ValueError(f"concentration: must be a positive number, not {concentration!r}")
    if centre is None:
        raise ValueError("concentration: needs the centre weights")
    centre = np.asarray(centre, dtype=float)
    if centre.shape != (n_criteria,) or (centre < 0).any() or centre.sum() <= 0:
        raise ValueError(f"centre: need {n_criteria} non-negative weights, not all 0")
    return np.asarray(concentration * centre / centre.sum())


def iter_weight_samples(
    samples: int, alpha: np.ndarray, *, seed: int = DEFAULT_SEED, chunk: int = CHUNK
) -> Iterator[np.ndarray]:
    """Weight vectors from Dirichlet(alpha), ``chunk`` rows at a time, each row summing to 1.

    Drawn as normalised Gamma(alpha) variates, element after element from one generator,
    so the sequence depends on ``seed`` only, never on ``chunk``.
    """
    if samples < 1:
        raise ValueError(f"samples: must be at least 1, not {samples}")
    rng = np.random.default_rng(seed)
    alpha = np.asarray(alpha, dtype=float)
    uniform = np.full(alpha.shape, 1.0 / alpha.size)
    exponential = bool((alpha == 1).all())  # Gamma(1) is Exp(1), drawn faster
    for start in range(0, samples, chunk):
        size = (min(chunk, samples - start), alpha.size)
        gamma = rng.standard_exponential(size) if exponential else rng.standard_gamma(alpha, size)
        total = gamma.sum(axis=1, keepdims=True)
        # A row of all zeros (every Gamma variate underflowing, possible only with tiny
        # alphas) has no direction: it counts as equal weights rather than 0/0.
        yield np.divide(
            gamma, total, out=np.broadcast_to(uniform, gamma.shape).copy(), where=total > 0
        )
