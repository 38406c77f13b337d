"""The decision core of Export Model Advisor: knowledge base, weights, matrix, rankings.

Never imports Qt or the app. scikit-criteria is imported only when a ranking is computed.
"""

from criteria.answers import AnswerError, validate
from criteria.knowledge import KnowledgeBase, KnowledgeBaseError, default, load
from criteria.ranking import assess, rank_matrix
from criteria.result import RankingResult

__all__ = ["AnswerError", "KnowledgeBase", "KnowledgeBaseError", "RankingResult", "assess",
           "default", "load", "rank_matrix", "validate"]
