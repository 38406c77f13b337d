"""From answers to the decision matrix and the weights: pure functions."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from criteria.knowledge import KnowledgeBase, LevelEntry, RangeEntry


def answer_level(kb: KnowledgeBase, question_id: str, option_id: str) -> int:
    """The 1..n level of an answer on its question's scale."""
    return kb.question(question_id).get_option(option_id).level


def decision_matrix(kb: KnowledgeBase, answers: Mapping[str, str]) -> np.ndarray:
    """The models × criteria matrix for this SME (rows and columns in knowledge-base order).

    Gap cells are the shortfall ``max(0, required - has)``, level cells the model's
    inherent level, range cells the number of steps the answer lies outside the range
    of options the model suits.
    """
    matrix = np.zeros((len(kb.models), len(kb.criteria)))
    for j, c in enumerate(kb.criteria):
        has = answer_level(kb, c.question, answers[c.question]) if c.question else 0
        for i, m in enumerate(kb.models):
            entry = c.levels[m.id]
            if c.kind == "gap":
                assert isinstance(entry, LevelEntry)
                matrix[i, j] = max(0, entry.level - has)
            elif c.kind == "level":
                assert isinstance(entry, LevelEntry)
                matrix[i, j] = entry.level
            else:
                assert isinstance(entry, RangeEntry)
                low = answer_level(kb, c.question, entry.low)
                high = answer_level(kb, c.question, entry.high)
                matrix[i, j] = max(0, low - has, has - high)
    return matrix


def weight_factors(kb: KnowledgeBase, answers: Mapping[str, str]) -> dict[str, list[tuple]]:
    """For each criterion, the answers that scale its weight: ``(question, option, factor)``."""
    factors: dict[str, list[tuple]] = {c.id: [] for c in kb.criteria}
    for q in kb.questions:
        option = q.get_option(answers[q.id])
        for cid, factor in option.weights.items():
            factors[cid].append((q.id, option.id, factor))
    return factors


def weights(kb: KnowledgeBase, answers: Mapping[str, str]) -> np.ndarray:
    """Criterion weights: base weight × the answers' multipliers, normalised to sum 1."""
    base = kb.base_weights()
    factors = weight_factors(kb, answers)
    raw = np.array([base[c.id] * np.prod([f for _, _, f in factors[c.id]] or [1.0])
                    for c in kb.criteria])
    return raw / raw.sum()


def objectives(kb: KnowledgeBase) -> tuple[str, ...]:
    """Each criterion's direction, ``"min"`` or ``"max"``, in matrix order."""
    return tuple(c.direction for c in kb.criteria)
