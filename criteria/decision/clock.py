"""The policy clock: the dated rules inside the SME's horizon, and the advice after each.

An assessment is made as of a date. Its time horizon (6 months, 1 year or 3 years
from that date) may hold rules already scheduled: at each date on which one of them
takes effect or ends, the answers are ranked again with the rules then in force, and
the clock says whether the recommendation (model and route) holds or changes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from criteria.decision import matrix, rule
from criteria.knowledge import KnowledgeBase
from criteria.knowledge.policy import PolicyEvent, parse_date

HORIZON_QUESTION = "time_horizon"
#: Months in each option of the horizon question.
HORIZON_MONTHS = {"6_months": 6, "1_year": 12, "3_years": 36}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months (the last day of a shorter month where needed)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def horizon_end(answers: Mapping[str, str], on: dt.date) -> dt.date:
    """The last day of the SME's horizon from ``on``."""
    return add_months(on, HORIZON_MONTHS.get(answers.get(HORIZON_QUESTION, ""), 12))


@dataclass(frozen=True)
class Tick:
    """One scheduled change inside the horizon and the recommendation after it.

    ``starts`` is False when the rule ends on ``date`` rather than taking effect.
    ``changed`` compares with the recommendation just before the date.
    """

    date: dt.date
    event: str
    starts: bool
    source: str
    recommended: str | None
    route: str | None
    changed: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (DESIGN §3's ``timeline`` entry)."""
        return {
            "date": self.date.isoformat(),
            "event": self.event,
            "starts": self.starts,
            "source": self.source,
            "recommended": self.recommended,
            "route": self.route,
            "changed": self.changed,
        }


def scheduled(
    kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date, until: dt.date
) -> list[tuple[dt.date, PolicyEvent, bool]]:
    """The rules reaching these answers that start or end after ``on``, up to ``until``."""
    direction = answers[matrix.DIRECTION_QUESTION]
    destination = answers.get("destination")
    out = []
    for e in kb.events:
        if not e.touches(direction, destination):
            continue
        if on < e.starts <= until:
            out.append((e.starts, e, True))
        if e.ends is not None and on < parse_date(e.ends) <= until:
            out.append((parse_date(e.ends), e, False))
    return sorted(out, key=lambda item: (item[0], kb.events.index(item[1])))


def recommendation_on(
    kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date
) -> tuple[str | None, str | None]:
    """The recommended model and its route for complete answers, as of ``on``."""
    t, batch = matrix.single(kb, answers, on)
    _, _, first = rule.score(batch, kb.rule.tie_band)
    top = int(first[0])
    if top < 0:
        return None, None
    return kb.model_ids[top], matrix.chosen_routes(kb, t, batch)[kb.model_ids[top]]


def timeline(kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date) -> tuple[Tick, ...]:
    """Every scheduled rule change inside the horizon, with the recommendation after it."""
    before = recommendation_on(kb, answers, on)
    out = []
    for day, event, starts in scheduled(kb, answers, on, horizon_end(answers, on)):
        after = recommendation_on(kb, answers, day)
        out.append(Tick(day, event.id, starts, event.source, *after, changed=after != before))
        before = after
    return tuple(out)
