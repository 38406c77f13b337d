"""The decision core of Export Model Advisor: knowledge base, weights, matrix, rankings.

Never imports Qt or the app. The ranking part (numpy, and scikit-criteria when a
ranking is computed) loads on first use, so reading the questionnaire stays cheap.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from criteria.decision.answers import AnswerError, validate
from criteria.knowledge import KnowledgeBase, KnowledgeBaseError, default, load

if TYPE_CHECKING:  # the type checker sees the real names; at run time they load lazily
    from criteria.decision.ranking import assess, rank_matrix
    from criteria.decision.result import RankingResult

_LAZY = {
    "assess": "criteria.decision.ranking",
    "rank_matrix": "criteria.decision.ranking",
    "RankingResult": "criteria.decision.result",
}

__all__ = [
    "AnswerError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "RankingResult",
    "assess",
    "default",
    "load",
    "rank_matrix",
    "validate",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'criteria' has no attribute {name!r}")
