"""scikit-criteria checks the project's numpy methods on one ranking.

The command line, the batch and the app rank with the numpy methods of
:mod:`criteria.decision.fastrank` (no scikit-criteria import: it costs seconds and hundreds of
MiB). scikit-criteria stays the reference: :func:`verify` re-runs a result's matrix
through its pipelines (:func:`criteria.mcda.methods.evaluate`) and the rule's fit through its
``WeightedSumModel``, and reports the largest difference of each method's scores and
whether the ranks are the same. The app runs it in the background and shows the
outcome; ``export-advisor rank --verify`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import rule
from criteria.decision.result import RankingResult
from criteria.mcda import methods

#: Scores may differ by this much (floating-point order of operations), no more.
TOLERANCE = 1e-12
RULE = "rule"


@dataclass(frozen=True)
class MethodCheck:
    """One method, numpy against scikit-criteria."""

    method: str
    max_difference: float
    same_ranks: bool

    @property
    def agrees(self) -> bool:
        """Scores within :data:`TOLERANCE` and identical ranks."""
        return self.same_ranks and self.max_difference <= TOLERANCE


@dataclass(frozen=True)
class Verification:
    """The outcome of :func:`verify`: one check per method and for the rule's fit."""

    checks: tuple[MethodCheck, ...]

    @property
    def agrees(self) -> bool:
        """Whether every method and the rule agree."""
        return all(c.agrees for c in self.checks)

    @property
    def disagreeing(self) -> tuple[str, ...]:
        """The methods that do not agree (empty when all do)."""
        return tuple(c.method for c in self.checks if not c.agrees)

    @property
    def max_difference(self) -> float:
        """The largest score difference over all methods."""
        return max(c.max_difference for c in self.checks)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "reference": "scikit-criteria",
            "agrees": self.agrees,
            "tolerance": TOLERANCE,
            "methods": {
                c.method: {"max_difference": c.max_difference, "same_ranks": c.same_ranks}
                for c in self.checks
            },
        }


def verify(result: RankingResult) -> Verification:
    """Re-run ``result`` through scikit-criteria and compare (imports it: seconds)."""
    objectives = tuple(o for o, a in zip(result.objectives, result.active, strict=True) if a)
    reference = methods.evaluate(result.active_matrix, result.active_weights, objectives)
    checks = []
    for m in result.methods:
        scores, ranks = reference[m]
        diff = float(np.max(np.abs(np.asarray(scores) - result.scores[m])))
        checks.append(MethodCheck(m, diff, bool(np.array_equal(ranks, result.ranks[m]))))
    fit = methods.fit_reference(result.utilities, result.weights)
    ranks = rule.rule_ranks(fit, np.array(result.feasible), result.goal_cells, result.tie_band)
    same = np.array_equal(ranks, result.rule_ranks)
    checks.append(MethodCheck(RULE, float(np.max(np.abs(fit - result.fit))), bool(same)))
    return Verification(tuple(checks))
