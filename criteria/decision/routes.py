"""Entry routes and dated policy events, compiled for the decision matrix.

Each model's row of the matrix is that of its best open route for the SME: the route's
shifts and those of the policy events in force that reach it move the role's levels
(a gap criterion's requirement, or a level), and the route that keeps the model
feasible with the highest fit wins (the first listed on a tie). The base route, the
one the levels describe, is always open, so a route can only help a model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from criteria.knowledge import KnowledgeBase, Text
from criteria.knowledge.policy import PolicyEvent

DESTINATION_QUESTION = "destination"
#: A fit difference smaller than this is a tie between routes (the first one wins).
ROUTE_TIE = 1e-12


@dataclass(frozen=True)
class RouteTable:
    """One route of one model, as arrays.

    ``delta`` (criteria) is the route's own shift; ``terms`` the shifts of the events in
    force that reach it, each ``(criterion index, by, conditions)`` where a condition is
    ``(question index, mask over its options)``.
    """

    model: int
    route: str
    delta: np.ndarray
    terms: tuple[tuple[int, int, tuple[tuple[int, np.ndarray], ...]], ...]

    @property
    def moves(self) -> bool:
        """Whether the route moves any level (by itself or through an event)."""
        return bool(self.delta.any()) or bool(self.terms)


def compile_routes(
    kb: KnowledgeBase, direction: str, events: tuple[PolicyEvent, ...]
) -> tuple[tuple[RouteTable, ...], ...]:
    """Per model, its open routes in ``direction`` with the ``events`` (in force) applied."""
    qids = [q.id for q in kb.questions]
    crit = {c: j for j, c in enumerate(kb.criterion_ids)}
    in_force = {e.id for e in events}
    dest = kb.question(DESTINATION_QUESTION) if DESTINATION_QUESTION in qids else None
    out = []
    for i, m in enumerate(kb.model_ids):
        tables = []
        for r in kb.routes_of(m, direction):
            if r.since is not None and r.since not in in_force:
                continue
            delta = np.zeros(len(kb.criteria))
            for cid, by in r.shifts.items():
                delta[crit[cid]] += by
            terms = []
            for e in events:
                if e.direction != direction:
                    continue
                conditions: list[tuple[int, np.ndarray]] = []
                if e.destinations and dest is not None:
                    mask = np.array([o in e.destinations for o in dest.option_ids])
                    conditions.append((qids.index(dest.id), mask))
                for s in e.shifts:
                    if not s.reaches(m, r):
                        continue
                    extra = [
                        (
                            qids.index(q),
                            np.array([o in options for o in kb.question(q).option_ids]),
                        )
                        for q, options in s.when.items()
                    ]
                    terms.append((crit[s.criterion], s.by, tuple(conditions + extra)))
            tables.append(RouteTable(i, r.id, delta, tuple(terms)))
        out.append(tuple(tables))
    return tuple(out)


def route_delta(table: RouteTable, idx: np.ndarray) -> np.ndarray:
    """Rows × criteria: how far the route and its events move each level for answer rows."""
    delta = np.broadcast_to(table.delta, (len(idx), table.delta.size)).copy()
    for j, by, conditions in table.terms:
        mask = np.ones(len(idx), dtype=bool)
        for q, options in conditions:
            mask &= options[idx[:, q]]
        delta[:, j] += by * mask
    return delta


@dataclass(frozen=True)
class Shift:
    """A move of one level of a role: by its route or by a dated rule.

    ``kind`` is ``"route"`` or ``"event"``, ``ref`` the route's or the event's id,
    ``source`` the source id (None for an estimate) and ``why`` the rationale.
    """

    model: str
    criterion: str
    by: int
    kind: str
    ref: str
    source: str | None
    why: Text | None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready."""
        return {
            "model": self.model,
            "criterion": self.criterion,
            "by": self.by,
            "kind": self.kind,
            "id": self.ref,
            "source": self.source,
            "why": None if self.why is None else {"en": self.why.en, "zh": self.why.zh},
        }


def shifts_of(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    on: dt.date,
    routes: Mapping[str, str],
) -> tuple[Shift, ...]:
    """Every move of a level of each model on its chosen route, for these answers."""
    direction = answers["trade_direction"]
    destination = answers.get(DESTINATION_QUESTION)
    out = []
    for m in kb.model_ids:
        route = kb.route(m, direction, routes[m])
        for cid, by in route.shifts.items():
            out.append(Shift(m, cid, by, "route", route.id, route.source, route.note))
        for e in kb.in_force(on):
            if not e.touches(direction, destination):
                continue
            for s in e.shifts:
                if s.reaches(m, route) and s.holds(answers):
                    out.append(Shift(m, s.criterion, s.by, "event", e.id, e.source, s.why))
    return tuple(out)
