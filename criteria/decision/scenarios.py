"""Scenarios side by side: several assessments of one firm, and what each change did.

A consultant asks "and if we raise 5 million?" or "and if we sell to the EU instead?":
each scenario is an answer set ranked as one assessment (:func:`ranking.assess`, so a
scenario says exactly what ``rank`` says for it); each pair says which answers differ
and whether the recommendation (model and route) changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from criteria.decision.ranking import assess
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase

#: How many assessments one comparison holds.
MIN_SCENARIOS, MAX_SCENARIOS = 2, 4


@dataclass(frozen=True)
class Difference:
    """Two scenarios: the answers that differ, and what that did to the recommendation."""

    first: int
    second: int
    answers: tuple[tuple[str, str | None, str | None], ...]
    recommendation_changed: bool
    route_changed: bool

    def to_dict(self, names: Sequence[str]) -> dict[str, Any]:
        """JSON-ready (DESIGN §3's ``differences`` entry)."""
        return {
            "first": names[self.first],
            "second": names[self.second],
            "answers": [{"question": q, "first": a, "second": b} for q, a, b in self.answers],
            "recommendation_changed": self.recommendation_changed,
            "route_changed": self.route_changed,
        }


@dataclass(frozen=True)
class Comparison:
    """Each scenario's name and result, and every pair's differences."""

    names: tuple[str, ...]
    results: tuple[RankingResult, ...]
    differences: tuple[Difference, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``export-advisor compare`` (DESIGN §3)."""
        return {
            "scenarios": [
                {
                    "name": name,
                    "answers": dict(r.answers),
                    "recommended": r.recommended,
                    "route": r.route,
                    "ranking": list(r.ranking),
                    "fit": {m: round(float(f), 6) for m, f in zip(r.models, r.fit, strict=True)},
                    "feasible": {m: bool(f) for m, f in zip(r.models, r.feasible, strict=True)},
                    "confidence": None if r.confidence is None else r.confidence.to_dict(),
                    "as_of": r.as_of,
                    "first_change": None if r.first_change is None else r.first_change.to_dict(),
                }
                for name, r in zip(self.names, self.results, strict=True)
            ],
            "differences": [d.to_dict(self.names) for d in self.differences],
        }


def compare(
    kb: KnowledgeBase,
    scenarios: Sequence[tuple[str, Mapping[str, str]]],
    *,
    on: dt.date | None = None,
) -> Comparison:
    """Rank each named answer set as of ``on`` and compare every pair.

    Raises ``ValueError`` for fewer than two or more than four scenarios, and
    :class:`criteria.decision.answers.AnswerError` for a bad answer set.
    """
    if not MIN_SCENARIOS <= len(scenarios) <= MAX_SCENARIOS:
        raise ValueError(
            f"scenarios: need {MIN_SCENARIOS} to {MAX_SCENARIOS} assessments, not {len(scenarios)}"
        )
    results = tuple(assess(kb, answers, on=on) for _, answers in scenarios)
    order = [q.id for q in kb.questions]
    diffs = []
    for i, j in combinations(range(len(results)), 2):
        a, b = results[i].answers, results[j].answers
        differ = tuple((q, a.get(q), b.get(q)) for q in order if a.get(q) != b.get(q))
        diffs.append(
            Difference(
                i,
                j,
                differ,
                results[i].recommended != results[j].recommended,
                results[i].route != results[j].route,
            )
        )
    return Comparison(tuple(n for n, _ in scenarios), results, tuple(diffs))
