"""Several respondents of one firm: each one's advice, their dispute, a combined answer set.

The owner and the sales head often answer the audience and risk questions differently.
:func:`panel` ranks each respondent's answers as one assessment, names the questions on
which they differ, ranks every combination of the disputed answers (so it can say
whether the disagreement changes the recommendation at all), and combines the answers
by one rule (:func:`combine`):

* an answer every respondent gives is kept;
* the first-year budget takes the lowest answer given (the most cautious: money that
  one respondent does not see is not counted on);
* another question whose options are ordered takes the median answer; between two
  middle answers, the more cautious one (the lower, except for the policy exposure,
  where the higher is the cautious one), named as a tie;
* a question whose options are not ordered (trade direction, goal, destination) takes
  the answer most respondents give; a tie goes to the respondent listed first (the
  file's order: usually the owner), named as a tie.

A question asked only under some answers (the destination, of exporters) is combined
over the respondents who answered it, and left out when the combined answers do not
ask it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import batch
from criteria.decision.answers import validate
from criteria.decision.ranking import assess
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase

#: Respondents one assessment holds.
MIN_RESPONDENTS, MAX_RESPONDENTS = 1, 12
#: Combinations of disputed answers ranked; beyond, only each respondent's are.
MAX_COMBINATIONS = 4096
#: Ordered questions whose cautious end is the highest option.
CAUTIOUS_HIGH = frozenset({"policy_exposure"})
#: Questions whose options are not a scale a median means anything on, though the
#: counterfactual search steps along them (the goal, the direction); and any question
#: the knowledge base marks unordered (the destination).
NOMINAL = frozenset({"trade_direction", "goal"})

#: How a combined answer was reached (the ``rule`` of each question in the JSON).
AGREED, LOWEST, MEDIAN, MAJORITY = "agreed", "lowest", "median", "majority"


@dataclass(frozen=True)
class Combined:
    """The combined answers, how each was reached, and the questions a tie decided."""

    answers: Mapping[str, str]
    rules: Mapping[str, str]
    ties: tuple[str, ...]


@dataclass(frozen=True)
class Panel:
    """Every respondent's result, the disputed questions, and the combined assessment.

    ``outcomes`` maps each combination of the disputed answers (in ``disputed``'s
    order) to the model recommended under it (None: none feasible); it is empty when
    there are more than :data:`MAX_COMBINATIONS`.
    """

    names: tuple[str, ...]
    results: tuple[RankingResult, ...]
    disputed: tuple[str, ...]
    combined: Combined
    combined_result: RankingResult
    outcomes: Mapping[tuple[str, ...], str | None]

    @property
    def recommendations(self) -> frozenset[str | None]:
        """The models recommended under some combination (each respondent's if none)."""
        if self.outcomes:
            return frozenset(self.outcomes.values())
        return frozenset(r.recommended for r in self.results)

    @property
    def disagreement_matters(self) -> bool:
        """Whether the disputed answers change the recommendation."""
        return len(self.recommendations) > 1

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: each respondent's advice, the dispute, the combined assessment."""
        return {
            "respondents": [
                {
                    "name": name,
                    "answers": dict(r.answers),
                    "recommended": r.recommended,
                    "route": r.route,
                }
                for name, r in zip(self.names, self.results, strict=True)
            ],
            "disputed": {
                q: {
                    name: r.answers.get(q) for name, r in zip(self.names, self.results, strict=True)
                }
                for q in self.disputed
            },
            "combined": {
                "answers": dict(self.combined.answers),
                "rules": dict(self.combined.rules),
                "ties": list(self.combined.ties),
                "recommended": self.combined_result.recommended,
                "route": self.combined_result.route,
            },
            "combinations": [
                {"answers": dict(zip(self.disputed, combo, strict=True)), "recommended": rec}
                for combo, rec in self.outcomes.items()
            ],
            "disagreement_changes_recommendation": self.disagreement_matters,
        }


def _only_asked(kb: KnowledgeBase, answers: Mapping[str, str]) -> dict[str, str]:
    """``answers`` without those to questions the other answers do not ask."""
    return {k: v for k, v in answers.items() if kb.question(k).asked(answers)}


def combine(kb: KnowledgeBase, respondents: Sequence[Mapping[str, str]]) -> Combined:
    """The respondents' answers combined by the rule of this module's docstring."""
    answers: dict[str, str] = {}
    rules: dict[str, str] = {}
    ties: list[str] = []
    for q in kb.questions:
        given = [r[q.id] for r in respondents if q.id in r]
        if not given:
            continue
        if len(set(given)) == 1:
            answers[q.id], rules[q.id] = given[0], AGREED
            continue
        order = q.option_ids
        if q.id == "capital":
            answers[q.id], rules[q.id] = min(given, key=order.index), LOWEST
        elif q.ordered and q.id not in NOMINAL:
            ranked = sorted(given, key=order.index)
            n = len(ranked)
            low, high = ranked[(n - 1) // 2], ranked[n // 2]
            answers[q.id] = high if q.id in CAUTIOUS_HIGH else low
            rules[q.id] = MEDIAN
            if low != high:
                ties.append(q.id)
        else:
            counts = Counter(given)
            most = max(counts.values())
            leaders = [a for a in given if counts[a] == most]  # the first listed first
            answers[q.id], rules[q.id] = leaders[0], MAJORITY
            if len(set(leaders)) > 1:
                ties.append(q.id)
    asked = _only_asked(kb, answers)
    return Combined(
        asked,
        {q: rule for q, rule in rules.items() if q in asked},
        tuple(t for t in ties if t in asked),
    )


def panel(
    kb: KnowledgeBase,
    respondents: Sequence[tuple[str, Mapping[str, str]]],
    *,
    on: dt.date | None = None,
) -> Panel:
    """Rank each respondent, every combination of their disputed answers, and the combination.

    ``respondents`` are (name, answers) pairs, each answer set complete. Raises
    :class:`criteria.AnswerError` for answers that do not fit the questionnaire and
    ValueError for fewer than :data:`MIN_RESPONDENTS` or more than
    :data:`MAX_RESPONDENTS`, or two respondents of one name.
    """
    if not MIN_RESPONDENTS <= len(respondents) <= MAX_RESPONDENTS:
        raise ValueError(
            f"respondents: {len(respondents)}; an assessment holds "
            f"{MIN_RESPONDENTS} to {MAX_RESPONDENTS}"
        )
    names = tuple(name for name, _ in respondents)
    if len(set(names)) != len(names):
        raise ValueError(f"respondents: two are named alike ({', '.join(names)})")
    answer_sets = [dict(validate(kb, a)) for _, a in respondents]
    results = tuple(assess(kb, a, on=on) for a in answer_sets)
    disputed = tuple(
        q.id
        for q in kb.questions
        if len({a.get(q.id) for a in answer_sets if q.id in a}) > 1
        or (0 < sum(q.id in a for a in answer_sets) < len(answer_sets))
    )
    combined = combine(kb, answer_sets)
    combined_result = assess(kb, combined.answers, on=on)
    return Panel(
        names,
        results,
        disputed,
        combined,
        combined_result,
        _outcomes(kb, answer_sets, combined.answers, disputed, on),
    )


def _outcomes(
    kb: KnowledgeBase,
    answer_sets: Sequence[Mapping[str, str]],
    base: Mapping[str, str],
    disputed: tuple[str, ...],
    on: dt.date | None,
) -> dict[tuple[str, ...], str | None]:
    """The recommendation under each combination of the disputed answers (numpy batch)."""
    if not disputed:
        return {}
    choices = [
        sorted({a[q] for a in answer_sets if q in a}, key=kb.question(q).option_ids.index)
        for q in disputed
    ]
    if int(np.prod([len(c) for c in choices])) > MAX_COMBINATIONS:
        return {}
    combos: list[tuple[str, ...]] = []
    rows = []
    for combo in itertools.product(*choices):
        answers = _only_asked(kb, {**base, **dict(zip(disputed, combo, strict=True))})
        if any(q.asked(answers) and q.id not in answers for q in kb.questions):
            continue  # an exporter's combination needs a destination no importer gave
        combos.append(combo)
        rows.append(
            [q.option_ids.index(answers[q.id]) if q.id in answers else 0 for q in kb.questions]
        )
    if not rows:
        return {}
    found = batch.assess_many(kb, np.array(rows), samples=0, on=on)
    return {
        combo: (kb.model_ids[int(rec)] if rec >= 0 else None)
        for combo, rec in zip(combos, found.recommended, strict=True)
    }
