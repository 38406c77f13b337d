"""What would have to change in the answers for another model to be recommended.

For each model that is not the recommendation, the smallest change to the
questionnaire answers that makes it the recommendation: the fewest steps along the
option lists (one step = the next option up or down), at most two steps in all, over at
most two questions. A change that takes nothing away from the SME (no step down a
resource question: budget, audience, control of goods, team, trust) is preferred to any
that does, whatever its size; one that does is marked ``toward_less``, so that it is
worded as what tips the balance, never as the way forward. "Recommended" is the
recommendation rule's first feasible model (:attr:`criteria.RankingResult.recommended`),
what the app shows. The trade direction is
never changed: it is what the SME does, not a lever.

The weights are the questionnaire's weights for the changed answers (they follow the
answers: a bigger budget also makes the capital gap weigh less), not weights the user
may have set by hand; the baseline is the questionnaire's ranking of the current answers.

Every candidate change (about 200 for ten questions) is scored in one batch
(:func:`criteria.decision.matrix.build`); each change reported is confirmed with
:func:`criteria.assess`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from criteria.decision import matrix, rule
from criteria.decision.answers import validate
from criteria.decision.ranking import assess
from criteria.knowledge import KnowledgeBase

#: At most this many steps in all, over at most this many questions.
MAX_STEPS = 2
MAX_QUESTIONS = 2


@dataclass(frozen=True)
class Change:
    """One answer moved along its option list.

    ``steps`` is how many options it moves (1 or 2), ``sign`` +1 towards the last
    option (higher) or −1 towards the first (lower); ``less`` marks a step down a
    resource question (less budget, audience, control, team or trust than the SME has).
    """

    question: str
    from_option: str
    to_option: str
    steps: int
    sign: int
    less: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "question": self.question,
            "from": self.from_option,
            "to": self.to_option,
            "steps": self.steps,
            "direction": self.sign,  # the JSON contract's name for the sign
            "toward_less": self.less,
        }


@dataclass(frozen=True)
class Counterfactual:
    """The smallest change of answers that makes ``model`` the recommendation.

    ``changes`` is the first such change in questionnaire order (fewer questions first);
    ``alternatives`` are the other changes of the same size that work too.
    """

    model: str
    changes: tuple[Change, ...]
    alternatives: tuple[tuple[Change, ...], ...] = ()

    @property
    def steps(self) -> int:
        """Total steps of the change."""
        return sum(c.steps for c in self.changes)

    @property
    def toward_less(self) -> bool:
        """Whether the change takes away some of what the SME has: not a way forward."""
        return any(c.less for c in self.changes)

    def apply(self, answers: Mapping[str, str]) -> dict[str, str]:
        """The answers with the change made."""
        return apply_changes(answers, self.changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: steps, changes, alternatives."""
        return {
            "model": self.model,
            "steps": self.steps,
            "toward_less": self.toward_less,
            "changes": [c.to_dict() for c in self.changes],
            "alternatives": [[c.to_dict() for c in alt] for alt in self.alternatives],
        }


def apply_changes(answers: Mapping[str, str], changes: tuple[Change, ...]) -> dict[str, str]:
    """A copy of ``answers`` with each change's question set to its new option."""
    out = dict(answers)
    for c in changes:
        out[c.question] = c.to_option
    return out


def candidate_changes(
    kb: KnowledgeBase, answers: Mapping[str, str], max_steps: int = MAX_STEPS
) -> list[tuple[Change, ...]]:
    """Every change of at most ``max_steps`` steps over at most two questions.

    Ordered smallest first: by steps, then by number of questions, then questionnaire
    order, a step up before a step down.
    """
    singles: list[Change] = []
    for q in kb.asked(answers):
        if q.id == matrix.DIRECTION_QUESTION or not q.ordered:
            continue
        ids = q.option_ids
        i = ids.index(answers[q.id])
        for steps in range(1, max_steps + 1):
            for sign in (1, -1):
                j = i + sign * steps
                if 0 <= j < len(ids):
                    less = q.resource and sign < 0
                    singles.append(Change(q.id, ids[i], ids[j], steps, sign, less))
    out: list[tuple[Change, ...]] = [(c,) for c in singles]
    if MAX_QUESTIONS >= 2:
        out += [
            (a, b)
            for a, b in combinations(singles, 2)
            if a.question != b.question and a.steps + b.steps <= max_steps
        ]
    order = {q.id: n for n, q in enumerate(kb.questions)}
    return sorted(
        out,
        key=lambda ch: (
            sum(c.steps for c in ch),
            len(ch),
            [(order[c.question], -c.sign) for c in ch],
        ),
    )


def recommended_many(
    kb: KnowledgeBase, answer_sets: list[Mapping[str, str]], on: dt.date | None = None
) -> list[str | None]:
    """The rule's recommendation for each answer set, as of ``on`` (default today)."""
    out: list[str | None] = [None] * len(answer_sets)
    for direction in {matrix.direction_of(a) for a in answer_sets}:
        rows = [i for i, a in enumerate(answer_sets) if matrix.direction_of(a) == direction]
        batch = matrix.build(
            matrix.tables(kb, direction, on),
            matrix.answer_indices(kb, [answer_sets[i] for i in rows]),
        )
        best = rule.score(batch, kb.rule.tie_band)[2]
        for n, i in enumerate(rows):
            out[i] = kb.model_ids[best[n]] if best[n] >= 0 else None
    return out


def recommended_for(
    kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date | None = None
) -> str | None:
    """The rule's recommendation for these answers and their questionnaire weights."""
    return recommended_many(kb, [answers], on)[0]


def counterfactuals(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    *,
    max_steps: int = MAX_STEPS,
    confirm: bool = True,
    on: dt.date | None = None,
) -> dict[str, Counterfactual | None]:
    """For each model but the recommended one, the smallest change that makes it first.

    Parameters
    ----------
    kb
        The knowledge base.
    answers
        A complete answer set.
    max_steps
        The largest change considered, in steps along the option lists (default 2).
    confirm
        Check each change found with scikit-criteria (:func:`criteria.assess`) and
        drop any it does not confirm.
    on
        The date whose dated rules apply (default today).

    Returns
    -------
    dict
        Model id → :class:`Counterfactual`, or ``None`` when no change of at most
        ``max_steps`` steps makes it the recommendation; the recommended model is left
        out. In knowledge-base model order.
    """
    answers = validate(kb, answers)
    on = matrix.today() if on is None else on
    key = (id(kb), tuple(sorted(answers.items())), max_steps, confirm, on)
    kept = _FOUND.get(key)
    if kept is not None and kept[0] is kb:
        return dict(kept[1])
    out = _search(kb, answers, max_steps, confirm, on)
    if len(_FOUND) >= _KEEP:
        _FOUND.pop(next(iter(_FOUND)))  # the oldest answer set goes
    _FOUND[key] = (kb, out)
    return dict(out)


#: (knowledge base id, answers, max steps, confirm) → (that knowledge base, the search's
#: result): the verdict of every view, the report and the robustness analysis ask for the
#: same answers' levers; the search runs once (the knowledge base is kept so that its id
#: cannot be reused while the entry exists). The results are frozen; callers get a copy
#: of the mapping.
_FOUND: dict[tuple[Any, ...], tuple[KnowledgeBase, dict[str, Counterfactual | None]]] = {}
_KEEP = 64


def _search(
    kb: KnowledgeBase, answers: Mapping[str, str], max_steps: int, confirm: bool, on: dt.date
) -> dict[str, Counterfactual | None]:
    """:func:`counterfactuals` without its memory."""
    baseline = recommended_for(kb, answers, on)
    found: dict[str, list[tuple[Change, ...]]] = {}
    settled: set[str] = set()
    candidates = candidate_changes(kb, answers, max_steps)
    winners = recommended_many(kb, [apply_changes(answers, c) for c in candidates], on)
    # Changes that take nothing away first, at any size; one towards less only after.
    passes = [(less, total) for less in (False, True) for total in range(1, max_steps + 1)]
    for less, total in passes:
        for changes, winner in zip(candidates, winners, strict=True):
            if sum(x.steps for x in changes) != total or any(x.less for x in changes) != less:
                continue
            changed = apply_changes(answers, changes)
            if winner is None or winner == baseline or winner in settled:
                continue
            if confirm and assess(kb, changed, on=on).recommended != winner:
                continue
            found.setdefault(winner, []).append(changes)
        settled |= set(found)
    return {
        m: (Counterfactual(m, found[m][0], tuple(found[m][1:])) if m in found else None)
        for m in kb.model_ids
        if m != baseline
    }
