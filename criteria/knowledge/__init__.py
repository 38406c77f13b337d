"""The knowledge base: the floor of the core.

Its records (:mod:`.schema`), the whole (:mod:`.base`), how it is read and checked
(:mod:`.loader`, :mod:`.checks`) and cached (:mod:`.cache`).

It imports nothing else of the core. The names most of the code needs
are here.
"""

from criteria.knowledge.base import KnowledgeBase, KnowledgeBaseError
from criteria.knowledge.loader import DATA_DIR, cache_key, default, load, load_cached
from criteria.knowledge.schema import (
    DIRECTIONS,
    KIND_SCALE,
    LANGUAGES,
    Adjustment,
    Assumption,
    ByDirection,
    ConfidenceBand,
    Contradiction,
    Criterion,
    Directional,
    Entry,
    LevelEntry,
    MatchEntry,
    Mitigation,
    Model,
    Option,
    Page,
    Question,
    RangeEntry,
    Rule,
    Source,
    Steps,
    Text,
)

__all__ = [
    "DATA_DIR",
    "DIRECTIONS",
    "KIND_SCALE",
    "LANGUAGES",
    "Adjustment",
    "Assumption",
    "ByDirection",
    "ConfidenceBand",
    "Contradiction",
    "Criterion",
    "Directional",
    "Entry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LevelEntry",
    "MatchEntry",
    "Mitigation",
    "Model",
    "Option",
    "Page",
    "Question",
    "RangeEntry",
    "Rule",
    "Source",
    "Steps",
    "Text",
    "cache_key",
    "default",
    "load",
    "load_cached",
]
