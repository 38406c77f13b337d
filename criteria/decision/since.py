"""What changed since an assessment was saved: the rules since, and its advice then and now.

A saved assessment keeps the date it was made as of, its knowledge base's version and
its advice; opened later (``rank --since-saved``, the app's banner) it is ranked again
and compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from criteria.decision.ranking import assess
from criteria.decision.result import RankingResult
from criteria.decision.routes import DESTINATION_QUESTION
from criteria.knowledge import KnowledgeBase
from criteria.knowledge.policy import version_key


def since_saved(
    kb: KnowledgeBase, document: Mapping[str, Any], result: RankingResult
) -> dict[str, Any]:
    """What moved a saved assessment's verdict: the rules since, old and new advice.

    The saved date is the file's ``as_of`` (none: the knowledge base's rules are all
    "since"); the saved advice is the file's ``recommended`` and ``route`` if it holds
    them, else the answers ranked again as of the saved date.
    """
    saved_on = document.get("as_of")
    saved_version = str(document.get("kb_version") or "")
    day = dt.date.fromisoformat(saved_on) if isinstance(saved_on, str) else None
    now = dt.date.fromisoformat(result.as_of)
    destination = result.answers.get(DESTINATION_QUESTION)
    events = [
        e.id
        for e in kb.events
        if e.touches(result.direction, destination)
        and (
            (day is not None and day < e.starts <= now)
            or (bool(saved_version) and version_key(e.added) > version_key(saved_version))
        )
    ]
    if "recommended" in document:
        old, old_route = document.get("recommended"), document.get("route")
    elif day is not None:
        before = assess(kb, result.answers, on=day)
        old, old_route = before.recommended, before.route
    else:
        old = old_route = None
    return {
        "saved_as_of": saved_on if isinstance(saved_on, str) else None,
        "saved_kb_version": saved_version or None,
        "saved_recommended": old,
        "saved_route": old_route,
        "events": events,
        "as_of": result.as_of,
        "recommended": result.recommended,
        "route": result.route,
        "changed": (old, old_route) != (result.recommended, result.route),
    }
