"""The policy clock: the dated rules inside the SME's horizon, and the advice after each.

An assessment is made as of a date. Its time horizon (6 months, 1 year or 3 years
from that date) may hold rules already scheduled: at each date on which one of them
takes effect or ends, the answers are ranked again with the rules then in force, and
the clock says whether the recommendation (model and route) holds or changes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import matrix, rule
from criteria.decision.routes import DESTINATION_QUESTION
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


def _dates(
    events: Iterable[PolicyEvent], on: dt.date, until: dt.date
) -> Iterator[tuple[dt.date, PolicyEvent, bool]]:
    """The days after ``on``, up to ``until``, on which ``events`` start (True) or end."""
    for e in events:
        if on < e.starts <= until:
            yield e.starts, e, True
        if e.ends is not None and on < (end := parse_date(e.ends)) <= until:
            yield end, e, False


def scheduled(
    kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date, until: dt.date
) -> list[tuple[dt.date, PolicyEvent, bool]]:
    """The rules reaching these answers that start or end after ``on``, up to ``until``."""
    direction = answers[matrix.DIRECTION_QUESTION]
    destination = answers.get(DESTINATION_QUESTION)
    reaching = (e for e in kb.events if e.touches(direction, destination))
    return sorted(_dates(reaching, on, until), key=lambda item: (item[0], kb.events.index(item[1])))


def recommended(
    kb: KnowledgeBase, t: matrix.Tables, batch: matrix.Batch
) -> tuple[np.ndarray, np.ndarray]:
    """Per row of a batch: the recommended model's index (−1: none) and its route id."""
    first = rule.score(batch, kb.rule.tie_band)[2]
    chosen = batch.route[np.arange(len(first)), np.maximum(first, 0)]
    names = np.array(
        [
            t.routes[f][k].route if f >= 0 else ""
            for f, k in zip(first.tolist(), chosen.tolist(), strict=True)
        ],
        dtype=object,
    )
    return first, names


def recommendation_on(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    on: dt.date,
    built: tuple[matrix.Tables, matrix.Batch] | None = None,
) -> tuple[str | None, str | None]:
    """The recommended model and its route for complete answers, as of ``on``.

    ``built`` is :func:`criteria.decision.matrix.single`'s result for them, if made.
    """
    first, names = recommended(kb, *(matrix.single(kb, answers, on) if built is None else built))
    top = int(first[0])
    return (None, None) if top < 0 else (kb.model_ids[top], str(names[0]))


def moves(kb: KnowledgeBase, event: PolicyEvent) -> bool:
    """Whether a rule can change any advice: it moves levels or opens a route."""
    return bool(event.shifts) or any(r.since == event.id for r in kb.routes)


def timeline(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    on: dt.date,
    built: tuple[matrix.Tables, matrix.Batch] | None = None,
) -> tuple[Tick, ...]:
    """Every scheduled rule change inside the horizon, with the recommendation after it.

    A rule that moves nothing leaves the recommendation as it was: it is listed, not
    ranked again. ``built`` is the answers' tables and batch as of ``on``, if made.
    """
    before = recommendation_on(kb, answers, on, built)
    out = []
    for day, event, starts in scheduled(kb, answers, on, horizon_end(answers, on)):
        after = recommendation_on(kb, answers, day) if moves(kb, event) else before
        out.append(Tick(day, event.id, starts, event.source, *after, changed=after != before))
        before = after
    return tuple(out)


def first_changes(kb: KnowledgeBase, idx: np.ndarray, on: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """For answer rows: the recommended route, and the first change of the advice.

    The route is the recommended model's route id; the change is the first date inside
    each row's horizon on which a scheduled rule changes the recommendation ("": none).

    Vectorised over the rows: each date on which a rule of the direction starts or ends
    within three years is ranked once for all of them (the tables apply each rule only
    to the destinations it names).
    """
    idx = np.asarray(idx, dtype=np.int64).reshape(-1, len(kb.questions))
    n = len(idx)
    routes_out = np.full(n, "", dtype=object)
    dates_out = np.full(n, "", dtype=object)
    qd = kb.questions.index(kb.question(matrix.DIRECTION_QUESTION))
    horizon = kb.question(HORIZON_QUESTION)
    qh = kb.questions.index(horizon)
    ends = np.array([horizon_end({HORIZON_QUESTION: o}, on) for o in horizon.option_ids])
    last = add_months(on, max(HORIZON_MONTHS.values()))
    for option, direction in enumerate(kb.question(matrix.DIRECTION_QUESTION).option_ids):
        mine = np.flatnonzero(idx[:, qd] == option)
        if not mine.size:
            continue
        rows = idx[mine]

        def verdict(
            day: dt.date, rows: np.ndarray = rows, direction: str = direction
        ) -> tuple[np.ndarray, np.ndarray]:
            t = matrix.tables(kb, direction, day)
            return recommended(kb, t, matrix.build(t, rows))

        before, names = verdict(on)
        routes_out[mine] = names
        moving = (e for e in kb.events if e.direction == direction and moves(kb, e))
        days = sorted({day for day, _, _ in _dates(moving, on, last)})
        found = np.zeros(len(rows), dtype=bool)
        within = ends[rows[:, qh]]
        for day in days:
            after, after_names = verdict(day)
            changed = ((after != before) | (after_names != names)) & (within >= day) & ~found
            dates_out[mine[changed]] = day.isoformat()
            found |= changed
            before, names = after, after_names
    return routes_out, dates_out
