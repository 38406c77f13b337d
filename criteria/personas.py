"""The persona suite's judge: how the tool's advice for an SME differs from a consultant's.

The personas (``tests/data/personas.toml``) are assessed as of
:data:`criteria.validation.PERSONA_DATE` unless they name their own date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from criteria.decision.result import RankingResult
from criteria.validation import PERSONA_DATE


def persona_date(persona: Mapping[str, object]) -> dt.date:
    """The date a persona is assessed as of."""
    return dt.date.fromisoformat(str(persona.get("as_of", PERSONA_DATE)))


def offered(result: RankingResult) -> tuple[str, ...]:
    """The routes the tool offers, best first: feasible roles that can serve the goal.

    Every feasible role when none can serve it; roles set apart by the gate or not
    feasible now are listed apart and are not offered.
    """
    gated = set(result.goal_gated)
    return tuple(m for m in result.feasible_models if m not in gated)


def persona_problems(result: RankingResult, persona: Mapping[str, object]) -> list[str]:
    """How the tool's advice for a persona differs from what the consultant expected.

    ``persona`` holds ``first``, ``top_two`` and ``never_top_two`` (model ids), as in
    ``tests/data/personas.toml``, and optionally ``route`` (the recommended model's
    acceptable entry routes); the top two are the first two roles :func:`offered`.
    """
    first, top_two, never = (
        list(persona[k])  # type: ignore[call-overload]
        for k in ("first", "top_two", "never_top_two")
    )
    top = offered(result)[:2]
    wrong = []
    if result.recommended not in first:
        wrong.append(f"recommended {result.recommended}, expected {' or '.join(first)}")
    routes = list(persona.get("route", ()))  # type: ignore[call-overload]
    if routes and result.route not in routes:
        wrong.append(f"route {result.route}, expected {' or '.join(routes)}")
    wrong += [f"{m} in the top two, not expected" for m in top if m not in top_two]
    wrong += [f"{m} in the top two, never expected" for m in top if m in never]
    return wrong
