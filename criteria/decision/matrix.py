"""From answers to the decision matrix, the weights and feasibility: pure array functions.

The knowledge base is compiled once per trade direction into lookup tables
(:class:`Tables`); one answer set or a whole answer space (rows of option indices) then
becomes matrices by indexing, so a single assessment, the batch and the validation over
every answer combination share one implementation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from criteria.decision import routes as routes_mod
from criteria.knowledge import (
    DIRECTIONS,
    Criterion,
    KnowledgeBase,
    LevelEntry,
    MatchEntry,
    RangeEntry,
    Text,
)

DIRECTION_QUESTION = "trade_direction"
#: A gating criterion's cell at which the role cannot serve the answer.
GATE_CELL = 2


@dataclass(frozen=True)
class Tables:
    """The knowledge base as arrays, for one trade direction.

    ``cells[j]`` is criterion j's raw cell per model and option of its question
    (models × options; one column for a ``level`` criterion), ``shifts[j]`` the level
    adjustments as (question index, option index, per-model shift). ``multipliers[q]``
    is options × criteria: each answer's factor on each weight. ``gate`` is the index of
    the criterion whose top cell means the role cannot serve the answer (−1: none).
    """

    direction: str
    questions: tuple[str, ...]
    criterion_question: tuple[int, ...]
    cells: tuple[np.ndarray, ...]
    shifts: tuple[tuple[tuple[int, int, np.ndarray], ...], ...]
    hard: np.ndarray
    required: np.ndarray
    low: np.ndarray
    high: np.ndarray
    is_max: np.ndarray
    base: np.ndarray
    multipliers: tuple[np.ndarray, ...]
    infeasible_gap: int
    gate: int = -1
    routes: tuple[tuple[routes_mod.RouteTable, ...], ...] = ()
    events: tuple[str, ...] = ()


def _gate(kb: KnowledgeBase) -> Criterion | None:
    """The criterion whose top cell means a role cannot serve the answer, if any."""
    return next((c for c in kb.criteria if c.gates), None)


def _cell_table(
    kb: KnowledgeBase, c: Criterion, direction: str, options: tuple[str, ...]
) -> np.ndarray:
    rows = []
    for m in kb.model_ids:
        e = c.entry(m, direction)
        if c.kind == "gap":
            assert isinstance(e, LevelEntry)
            rows.append([max(0, e.level - (k + 1)) for k in range(len(options))])
        elif c.kind == "level":
            assert isinstance(e, LevelEntry)
            rows.append([e.level])
        elif c.kind == "range":
            assert isinstance(e, RangeEntry)
            lo, hi = options.index(e.low), options.index(e.high)
            rows.append([max(0, lo - k, k - hi) for k in range(len(options))])
        else:
            assert isinstance(e, MatchEntry)
            rows.append([e.mismatch[o] for o in options])
    return np.array(rows, dtype=float)


#: (id of a knowledge base, direction, events in force) → (that knowledge base, its
#: tables). The knowledge base is kept so that its id cannot be reused while the entry
#: exists.
_TABLES: dict[tuple[int, str, tuple[str, ...]], tuple[KnowledgeBase, Tables]] = {}


def today() -> dt.date:
    """The date an assessment is made as of when none is given."""
    return dt.date.today()


def tables(kb: KnowledgeBase, direction: str, on: dt.date | None = None) -> Tables:
    """Compile ``kb`` for ``direction`` as of ``on`` (default today).

    Cached per set of policy events in force: the knowledge base is frozen, and two
    dates with the same rules in force share their tables.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction: {direction!r} is not one of {', '.join(DIRECTIONS)}")
    events = kb.in_force(today() if on is None else on)
    key = (id(kb), direction, tuple(e.id for e in events))
    if key not in _TABLES:
        _TABLES[key] = (kb, _compile(kb, direction, events))
    return _TABLES[key][1]


def _asked_in(kb: KnowledgeBase, direction: str) -> set[str]:
    """The questions asked in ``direction`` (the destination only of exporters)."""
    return {q.id for q in kb.questions if q.asked({DIRECTION_QUESTION: direction})}


def _compile(kb: KnowledgeBase, direction: str, events: tuple[Any, ...] = ()) -> Tables:
    asked = _asked_in(kb, direction)
    qids = tuple(q.id for q in kb.questions)
    qindex = {q: i for i, q in enumerate(qids)}
    cells, shifts, crit_q = [], [], []
    hard = np.zeros((len(kb.criteria), len(kb.models)), dtype=bool)
    required = np.zeros((len(kb.criteria), len(kb.models)))
    for j, c in enumerate(kb.criteria):
        options = kb.question(c.question).option_ids if c.question else ()
        crit_q.append(qindex[c.question] if c.question else -1)
        cells.append(_cell_table(kb, c, direction, options))
        if c.kind == "gap":
            for i, m in enumerate(kb.model_ids):
                entry = c.entry(m, direction)
                assert isinstance(entry, LevelEntry)
                hard[j, i], required[j, i] = entry.hard, entry.level
        shifts.append(
            tuple(
                (
                    qindex[a.question],
                    kb.question(a.question).option_ids.index(a.option),
                    np.array(
                        [a.by if a.applies(m, direction) else 0 for m in kb.model_ids], dtype=float
                    ),
                )
                for a in c.adjust
                if a.question in asked
            )
        )
    base = np.array([kb.base_weights()[c.id] for c in kb.criteria])
    multipliers = tuple(
        np.array(
            [
                [o.weights.get(c.id, 1.0) if q.id in asked else 1.0 for c in kb.criteria]
                for o in q.options
            ]
        )
        for q in kb.questions
    )
    return Tables(
        direction=direction,
        questions=qids,
        criterion_question=tuple(crit_q),
        cells=tuple(cells),
        shifts=tuple(shifts),
        hard=hard,
        required=required,
        low=np.array([kb.scale(c.id)[0] for c in kb.criteria], dtype=float),
        high=np.array([kb.scale(c.id)[1] for c in kb.criteria], dtype=float),
        is_max=np.array([c.objective == "max" for c in kb.criteria]),
        base=base,
        multipliers=multipliers,
        infeasible_gap=kb.infeasible_gap,
        gate=kb.criteria.index(gate) if (gate := _gate(kb)) is not None else -1,
        routes=routes_mod.compile_routes(kb, direction, events),
        events=tuple(e.id for e in events),
    )


def answer_indices(kb: KnowledgeBase, answers: Sequence[Mapping[str, str]]) -> np.ndarray:
    """Answer sets as rows of option indices (answers × questions, questionnaire order).

    A question not asked of an answer set (the destination of an importer) is its first
    option: its direction's tables never read it.
    """
    return np.array(
        [[q.option_ids.index(a[q.id]) if q.id in a else 0 for q in kb.questions] for a in answers],
        dtype=np.int64,
    ).reshape(len(answers), len(kb.questions))


@dataclass(frozen=True)
class Batch:
    """Many answer sets of one direction as arrays.

    ``matrix`` is answers × models × criteria (raw cells), ``utilities`` the same on
    the fixed scales (1 best, 0 worst), ``weights`` answers × criteria (rows sum 1),
    ``feasible`` answers × models; ``goal`` answers × models is the gating criterion's
    cell (0 serves the goal, 1 poorly, 2 cannot; all 0 without a gate) and ``serves``
    whether it is below 2. ``band_scale`` (answers) is the base weights' total over the
    answers' weights' total before normalising: the tie band is a share of the base
    weights, so in fit it scales as the weights are normalised, and a change of the
    answers that only rescales the weights never reorders a near-tie.
    """

    matrix: np.ndarray
    utilities: np.ndarray
    weights: np.ndarray
    feasible: np.ndarray
    goal: np.ndarray
    band_scale: np.ndarray
    route: np.ndarray

    @property
    def serves(self) -> np.ndarray:
        """Answers × models: whether the role can serve the first-year goal at all."""
        return np.asarray(self.goal < GATE_CELL)

    def fit(self) -> np.ndarray:
        """Answers × models fit: the weighted mean of the utilities, 0..1."""
        return np.asarray(np.einsum("nmc,nc->nm", self.utilities, self.weights))


def utilities(t: Tables, matrix: np.ndarray) -> np.ndarray:
    """Cells on their fixed scales: 1 at the best end, 0 at the worst."""
    span = t.high - t.low
    return np.asarray(np.where(t.is_max, (matrix - t.low) / span, (t.high - matrix) / span))


def build(t: Tables, idx: np.ndarray) -> Batch:
    """The matrices, weights and feasibility of answer rows ``idx`` of ``t``'s direction."""
    idx = np.asarray(idx, dtype=np.int64)
    n = idx.shape[0]
    matrix = np.empty((n, t.hard.shape[1], len(t.cells)))
    for j, table in enumerate(t.cells):
        q = t.criterion_question[j]
        column = (
            table[:, idx[:, q]].T if q >= 0 else np.broadcast_to(table[:, 0], (n, table.shape[0]))
        )
        if t.shifts[j]:
            column = column.copy()
            for qa, option, shift in t.shifts[j]:
                column += (idx[:, qa] == option)[:, None] * shift
            column = np.clip(column, t.low[j], t.high[j])
        matrix[:, :, j] = column
    raw = np.broadcast_to(t.base, (n, t.base.size)).copy()
    for q, mult in enumerate(t.multipliers):
        raw *= mult[idx[:, q]]
    total = raw.sum(axis=1)
    weights = raw / total[:, None]
    gaps = np.where(t.hard.T[None, :, :], matrix, 0.0)
    feasible = np.asarray((gaps < t.infeasible_gap).all(axis=2))
    route = np.zeros(feasible.shape, dtype=np.int64)
    for i, options in enumerate(t.routes):
        if len(options) > 1 or any(r.moves for r in options):
            _best_route(t, idx, i, options, matrix, weights, feasible, route)
    goal = matrix[:, :, t.gate] if t.gate >= 0 else np.zeros(feasible.shape)
    return Batch(
        matrix=matrix,
        utilities=utilities(t, matrix),
        weights=weights,
        feasible=feasible,
        goal=np.asarray(goal),
        band_scale=np.asarray(t.base.sum() / total),
        route=route,
    )


def route_row(
    t: Tables, idx: np.ndarray, i: int, table: routes_mod.RouteTable, base: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Model ``i``'s rows on one route (rows × criteria) and its requirements there.

    ``base`` is the model's rows on the base route; a level moves by the route's and its
    events' shifts, a gap's requirement likewise (both within 1..5).
    """
    delta = routes_mod.route_delta(table, idx)
    row = base.copy()
    required = np.broadcast_to(t.required[:, i], delta.shape).copy()
    for j, q in enumerate(t.criterion_question):
        if not delta[:, j].any():
            continue
        if t.required[j, i] > 0:  # a gap: the shortfall from the moved requirement
            required[:, j] = np.clip(t.required[j, i] + delta[:, j], 1, 5)
            row[:, j] = np.maximum(0.0, required[:, j] - (idx[:, q] + 1))
        elif t.criterion_question[j] < 0:  # a level
            row[:, j] = np.clip(base[:, j] + delta[:, j], t.low[j], t.high[j])
    return row, required


def _best_route(
    t: Tables,
    idx: np.ndarray,
    i: int,
    options: tuple[routes_mod.RouteTable, ...],
    matrix: np.ndarray,
    weights: np.ndarray,
    feasible: np.ndarray,
    route: np.ndarray,
) -> None:
    """Put model ``i``'s best open route for each row into the matrix (in place)."""
    base = matrix[:, i, :].copy()
    best = np.full(len(idx), -np.inf)
    for k, table in enumerate(options):
        row, _ = route_row(t, idx, i, table, base)
        ok = np.asarray((np.where(t.hard[:, i], row, 0.0) < t.infeasible_gap).all(axis=1))
        fit = np.einsum("nc,nc->n", utilities(t, row), weights)
        key = 2.0 * ok + fit
        better = key > best + routes_mod.ROUTE_TIE
        matrix[better, i, :] = row[better]
        feasible[better, i] = ok[better]
        route[better, i] = k
        best = np.where(better, key, best)


def direction_of(answers: Mapping[str, str]) -> str:
    """The answers' trade direction."""
    return answers[DIRECTION_QUESTION]


def single(
    kb: KnowledgeBase, answers: Mapping[str, str], on: dt.date | None = None
) -> tuple[Tables, Batch]:
    """The tables and the one-row batch of one complete answer set, as of ``on``."""
    t = tables(kb, direction_of(answers), on)
    return t, build(t, answer_indices(kb, [answers]))


def chosen_routes(kb: KnowledgeBase, t: Tables, batch: Batch, row: int = 0) -> dict[str, str]:
    """Model → the id of its best open route for one row of a batch."""
    return {m: t.routes[i][int(batch.route[row, i])].route for i, m in enumerate(kb.model_ids)}


def decision_matrix(kb: KnowledgeBase, answers: Mapping[str, str]) -> np.ndarray:
    """The models × criteria matrix for this SME in its direction (knowledge-base order).

    Gap cells are the shortfall ``max(0, required - has)``, level cells the role's level
    after the answers' adjustments, range cells the steps the answer lies outside the
    range the role suits, match cells how far the role works against the answer.
    """
    return np.asarray(single(kb, answers)[1].matrix[0])


def weights(kb: KnowledgeBase, answers: Mapping[str, str]) -> np.ndarray:
    """Criterion weights: base weight × the answers' multipliers, normalised to sum 1."""
    return np.asarray(single(kb, answers)[1].weights[0])


def weight_factors(
    kb: KnowledgeBase, answers: Mapping[str, str]
) -> dict[str, list[tuple[str, str, float]]]:
    """For each criterion, the answers that scale its weight: ``(question, option, factor)``."""
    factors: dict[str, list[tuple[str, str, float]]] = {c.id: [] for c in kb.criteria}
    for q in kb.asked(answers):
        option = q.get_option(answers[q.id])
        for cid, factor in option.weights.items():
            factors[cid].append((q.id, option.id, factor))
    return factors


@dataclass(frozen=True)
class Shortfall:
    """A hard requirement the SME is too far from.

    ``needs`` is the option the role needs, ``has`` the SME's answer, ``feasible_from``
    the lowest option at which the role becomes feasible (one short of ``needs`` when
    the infeasible gap is 2).
    """

    question: str
    needs: str
    has: str
    feasible_from: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "question": self.question,
            "needs": self.needs,
            "has": self.has,
            "feasible_from": self.feasible_from,
        }


def shortfalls(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    on: dt.date | None = None,
    built: tuple[Tables, Batch] | None = None,
) -> dict[str, tuple[Shortfall, ...]]:
    """Model → the hard requirements that make it not feasible now (empty when feasible).

    Each model's requirements are those of its best route (moved by the rules in force).
    ``built`` is :func:`single`'s tables and batch for these answers, if made already.
    """
    t, batch = single(kb, answers, on) if built is None else built
    idx = answer_indices(kb, [answers])
    out: dict[str, tuple[Shortfall, ...]] = {}
    for i, m in enumerate(kb.model_ids):
        table = t.routes[i][int(batch.route[0, i])]
        required = route_row(t, idx, i, table, batch.matrix[:, i, :])[1][0]
        found = []
        for j, c in enumerate(kb.criteria):
            if not t.hard[j, i] or c.question is None:
                continue
            q = kb.question(c.question)
            has = q.option_ids.index(answers[q.id]) + 1
            need = int(required[j])
            if need - has >= t.infeasible_gap:
                lowest = need - t.infeasible_gap + 1  # the first level within reach
                found.append(
                    Shortfall(q.id, q.option_ids[need - 1], answers[q.id], q.option_ids[lowest - 1])
                )
        out[m] = tuple(found)
    return out


def cannot_serve(kb: KnowledgeBase, answers: Mapping[str, str]) -> dict[str, Text]:
    """Model → why its role cannot serve the answers' goal (only the models that cannot)."""
    gate = _gate(kb)
    if gate is None or gate.question is None:
        return {}
    option = answers[gate.question]
    out = {}
    for m in kb.model_ids:
        entry = gate.entry(m, direction_of(answers))
        assert isinstance(entry, MatchEntry)
        if option in entry.cannot:
            out[m] = entry.cannot[option]
    return out


def objectives(kb: KnowledgeBase) -> tuple[str, ...]:
    """Each criterion's objective, ``"min"`` or ``"max"``, in matrix order."""
    return tuple(c.objective for c in kb.criteria)
