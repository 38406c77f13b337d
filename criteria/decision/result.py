"""The ranking result: one frozen object that feeds the views, the report and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from criteria.decision import rule
from criteria.decision.matrix import GATE_CELL
from criteria.decision.rule import RULE_ID, Confidence
from criteria.mcda.methods import METHOD_IDS, SCORE_DECIMALS

CONSENSUS = "consensus"
#: The confidence label under which the runner-up is named beside the recommendation.
CLOSE_CALL = "close_call"


def _frozen(array: np.ndarray) -> np.ndarray:
    array = np.array(array)
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class RankingResult:
    """Everything one assessment's ranking produced.

    Arrays are read-only. ``matrix``, ``weights`` and ``objectives`` cover every
    criterion; ``active`` marks the criteria the methods ranked (those that vary across
    the models: a constant column cannot change the order and would make some methods
    divide zero by zero).

    The recommendation follows the one rule (:mod:`criteria.decision.rule`): ``utilities`` are
    the cells on their fixed scales, ``fit`` each model's weighted mean of them,
    ``feasible`` whether the SME is within reach of the role's hard requirements
    (``shortfalls`` says what is missing), ``goal`` the gating cell of each model (2: its
    role cannot serve the first-year goal; ``reasons`` says why), ``rule_ranks`` the
    order: feasible goal-serving models first, a near-tie within ``tie_band`` of the best
    fit led by the one serving the goal better. ``contradictions`` are the ids of the
    answer pairs that rarely go together (:func:`criteria.decision.answers.contradictions`).
    ``as_of`` is the date whose rules in force (``events``) moved the levels, ``routes``
    each model's best entry route, ``level_shifts`` every move of a level by a route or a
    rule (:class:`criteria.decision.routes.Shift`) and ``timeline`` the rules scheduled
    inside the SME's horizon with the recommendation after each
    (:class:`criteria.decision.clock.Tick`).
    The four methods and their Borda consensus are the method-agreement view.
    """

    kb_version: str
    answers: Mapping[str, str]
    models: tuple[str, ...]
    criteria: tuple[str, ...]
    objectives: tuple[str, ...]
    matrix: np.ndarray
    weights: np.ndarray
    active: tuple[bool, ...]
    scores: Mapping[str, np.ndarray]
    ranks: Mapping[str, np.ndarray]
    consensus_mean_rank: np.ndarray
    consensus_ranks: np.ndarray
    utilities: np.ndarray
    fit: np.ndarray
    feasible: tuple[bool, ...]
    rule_ranks: np.ndarray
    direction: str = "export"
    shortfalls: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    confidence: Confidence | None = None
    methods: tuple[str, ...] = field(default=METHOD_IDS)
    goal: np.ndarray | None = None
    tie_band: float = 0.0
    reasons: Mapping[str, Any] = field(default_factory=dict)
    contradictions: tuple[str, ...] = ()
    as_of: str = ""
    routes: Mapping[str, str] = field(default_factory=dict)
    level_shifts: tuple[Any, ...] = ()
    events: tuple[str, ...] = ()
    timeline: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        for name in (
            "matrix",
            "weights",
            "consensus_mean_rank",
            "consensus_ranks",
            "utilities",
            "fit",
            "rule_ranks",
        ):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        if self.goal is not None:
            object.__setattr__(self, "goal", _frozen(self.goal))
        for name in ("scores", "ranks"):
            object.__setattr__(self, name, {k: _frozen(v) for k, v in getattr(self, name).items()})

    # --- the criteria the methods ranked -------------------------------------------------
    @property
    def active_criteria(self) -> tuple[str, ...]:
        """Ids of the criteria the methods ranked."""
        return tuple(c for c, a in zip(self.criteria, self.active, strict=True) if a)

    @property
    def constant_criteria(self) -> tuple[str, ...]:
        """Ids of the criteria equal for every model, left out of the methods."""
        return tuple(c for c, a in zip(self.criteria, self.active, strict=True) if not a)

    @property
    def active_matrix(self) -> np.ndarray:
        """The matrix the methods ranked (active columns)."""
        return self.matrix[:, np.array(self.active)]

    @property
    def active_utilities(self) -> np.ndarray:
        """The fixed-scale values of the active columns."""
        return self.utilities[:, np.array(self.active)]

    @property
    def active_weights(self) -> np.ndarray:
        """The weights the methods used: active criteria, normalised to sum 1."""
        w = self.weights[np.array(self.active)]
        return np.asarray(w / w.sum())

    @property
    def active_share(self) -> float:
        """The share of all the weights that the active criteria hold (1 when none is left out).

        A weight the methods used, times this, is that criterion's share of all the weights,
        the figure Results and Compare show.
        """
        return float(self.weights[np.array(self.active)].sum() / self.weights.sum())

    # --- orders ----------------------------------------------------------------------------
    def _order(self, ranks: np.ndarray) -> tuple[str, ...]:
        fit = np.round(self.fit, SCORE_DECIMALS)
        idx = sorted(range(len(self.models)), key=lambda i: (ranks[i], -fit[i], i))
        return tuple(self.models[i] for i in idx)

    def ranks_by(self, method: str | None) -> np.ndarray:
        """Ranks by the rule (None), one method, or ``"consensus"``, in model order."""
        if method is None:
            return self.rule_ranks
        if method == CONSENSUS:
            return self.consensus_ranks
        return self.ranks[method]

    @property
    def rankings(self) -> dict[str, tuple[str, ...]]:
        """Method id → model ids best first (tied models in order of fit)."""
        return {m: self._order(self.ranks[m]) for m in self.methods}

    @property
    def consensus(self) -> tuple[str, ...]:
        """Model ids best first by the methods' Borda consensus (ties in order of fit)."""
        return self._order(self.consensus_ranks)

    @property
    def ranking(self) -> tuple[str, ...]:
        """Model ids best first by the recommendation rule, feasible models first."""
        return self._order(self.rule_ranks)

    @property
    def feasible_models(self) -> tuple[str, ...]:
        """The feasible models, best first."""
        return tuple(m for m in self.ranking if self.is_feasible(m))

    @property
    def not_feasible_models(self) -> tuple[str, ...]:
        """The models that are not feasible now, best fit first."""
        return tuple(m for m in self.ranking if not self.is_feasible(m))

    @property
    def goal_cells(self) -> np.ndarray:
        """Each model's gating cell (0 serves the goal, 1 poorly, 2 cannot)."""
        return np.zeros(len(self.models)) if self.goal is None else np.asarray(self.goal)

    def serves_goal(self, model_id: str) -> bool:
        """Whether the model's role can serve the first-year goal at all."""
        return bool(self.goal_cells[self.models.index(model_id)] < GATE_CELL)

    @property
    def goal_gated(self) -> tuple[str, ...]:
        """Feasible models set apart because their role cannot serve the goal, best first.

        Empty when no feasible model can serve it: then nothing is set apart.
        """
        if not any(self.is_feasible(m) and self.serves_goal(m) for m in self.models):
            return ()
        return tuple(m for m in self.feasible_models if not self.serves_goal(m))

    @property
    def near_tie(self) -> tuple[str, ...]:
        """The models the verdict names beside the recommendation, best first.

        Those of its tier whose fit lies within the tie band of its fit, and the runner-up
        when the confidence is a close call; empty when the recommendation stands alone.
        """
        if self.recommended is None:
            return ()
        first = self.models.index(self.recommended)
        close = self.confidence is not None and self.confidence.label == CLOSE_CALL
        second = self.runner_up
        mask = rule.near_tie(
            self.fit,
            np.array(self.feasible),
            self.goal_cells,
            first,
            self.tie_band,
            self.models.index(second) if close and second is not None else None,
        )
        return tuple(m for m in self.ranking if mask[self.models.index(m)])

    def in_tier_of_recommended(self, model_id: str) -> bool:
        """Whether ``model_id`` ranks in the recommendation's tier (a route as open)."""
        return self.recommended is not None and self._same_tier(model_id)

    def _same_tier(self, model_id: str) -> bool:
        tier = rule.tiers(np.array(self.feasible), self.goal_cells)
        assert self.recommended is not None
        return bool(tier[self.models.index(model_id)] == tier[self.models.index(self.recommended)])

    def is_feasible(self, model_id: str) -> bool:
        """Whether the SME is within reach of the role's hard requirements."""
        return self.feasible[self.models.index(model_id)]

    @property
    def recommended(self) -> str | None:
        """The rule's first feasible model; ``None`` when no model is feasible."""
        feasible = self.feasible_models
        return feasible[0] if feasible else None

    @property
    def route(self) -> str | None:
        """The recommended model's entry route, if any."""
        return None if self.recommended is None else self.routes.get(self.recommended)

    def shifts_for(self, model_id: str, criterion_id: str | None = None) -> tuple[Any, ...]:
        """The moves of a model's levels (of one criterion, if given)."""
        return tuple(
            s
            for s in self.level_shifts
            if s.model == model_id and (criterion_id is None or s.criterion == criterion_id)
        )

    @property
    def first_change(self) -> Any:
        """The first scheduled rule inside the horizon that changes the advice, if any."""
        return next((t for t in self.timeline if t.changed), None)

    @property
    def runner_up(self) -> str | None:
        """The second model of the recommendation's tier, if any.

        A feasible model set apart because it cannot serve the goal is no runner-up of
        one that can.
        """
        if self.recommended is None:
            return None
        same = [m for m in self.feasible_models if self._same_tier(m)]
        return same[1] if len(same) > 1 else None

    @property
    def nearest_route(self) -> str | None:
        """When no model is feasible: the one with the fewest shortfalls, best fit first."""
        if self.recommended is not None:
            return None
        return min(
            self.ranking, key=lambda m: (len(self.shortfalls.get(m, ())), self.ranking.index(m))
        )

    def rank_of(self, model_id: str, method: str | None = None) -> int:
        """A model's rank (1 = best) by the rule, one method, or ``"consensus"``."""
        return int(self.ranks_by(method)[self.models.index(model_id)])

    def bar_scores(self, method: str | None = None) -> np.ndarray:
        """Scores on 0..1, higher better, for score bars (the rule, a method, the consensus).

        The rule shows the fit; TOPSIS closeness and the min–max weighted sum are on 0..1
        already; VIKOR shows 1 − Q; MOORA is min–max scaled; the consensus shows Borda
        points, (n − mean rank) / (n − 1).
        """
        n = len(self.models)
        if method is None:
            return np.asarray(self.fit, dtype=float)
        if method == CONSENSUS:
            return (n - self.consensus_mean_rank) / (n - 1)
        scores = np.asarray(self.scores[method], dtype=float)
        if method == "vikor":
            return 1.0 - scores
        if method == "moora":
            spread = scores.max() - scores.min()
            return (scores - scores.min()) / spread if spread > 0 else np.ones(n)
        return scores

    def ties(self, method: str | None = None) -> list[tuple[str, ...]]:
        """Groups of models sharing a rank, by the rule, one method or the consensus."""
        groups: dict[int, list[str]] = {}
        for model, r in zip(self.models, self.ranks_by(method), strict=True):
            groups.setdefault(int(r), []).append(model)
        return [tuple(g) for _, g in sorted(groups.items()) if len(g) > 1]

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of DESIGN §3 (plus scores, ranks, ties and the constant criteria).

        ``criteria``, ``objectives``, ``matrix`` and ``weights`` are exactly what the
        methods ranked, so TOPSIS recomputed from them reproduces ``rankings.topsis``.
        """
        active = self.active_criteria
        weights = self.active_weights
        return {
            "kb_version": self.kb_version,
            "answers": dict(self.answers),
            "models": list(self.models),
            "criteria": list(active),
            "objectives": {
                c: o
                for c, o, a in zip(self.criteria, self.objectives, self.active, strict=True)
                if a
            },
            "matrix": self.active_matrix.tolist(),
            "weights": {c: float(w) for c, w in zip(active, weights, strict=True)},
            "constant_criteria": {
                c: float(self.matrix[0, self.criteria.index(c)]) for c in self.constant_criteria
            },
            "rankings": {m: list(order) for m, order in self.rankings.items()},
            "scores": {
                m: dict(zip(self.models, map(float, self.scores[m]), strict=True))
                for m in self.methods
            },
            "ranks": {
                m: dict(zip(self.models, map(int, self.ranks[m]), strict=True))
                for m in self.methods
            },
            "consensus": list(self.consensus),
            "consensus_rule": "borda",
            "consensus_ranks": dict(zip(self.models, map(int, self.consensus_ranks), strict=True)),
            "ties": {
                name: [list(g) for g in groups]
                for name, groups in [(m, self.ties(m)) for m in self.methods]
                + [(CONSENSUS, self.ties(CONSENSUS)), (RULE_ID, self.ties())]
                if groups
            },
            "trade_direction": self.direction,
            "recommended": self.recommended,
            "recommendation_rule": RULE_ID,
            "ranking": list(self.ranking),
            "fit": {m: round(float(f), 6) for m, f in zip(self.models, self.fit, strict=True)},
            "feasible": {m: bool(f) for m, f in zip(self.models, self.feasible, strict=True)},
            "not_feasible": {
                m: [s.to_dict() for s in self.shortfalls.get(m, ())] for m in self.models
            },
            "nearest_route": self.nearest_route,
            "near_tie": list(self.near_tie),
            "tie_band": self.tie_band,
            "serves_goal": {m: self.serves_goal(m) for m in self.models},
            "contradictions": list(self.contradictions),
            "cannot_serve_goal": {m: {"en": t.en, "zh": t.zh} for m, t in self.reasons.items()},
            "confidence": None if self.confidence is None else self.confidence.to_dict(),
            "as_of": self.as_of,
            "route": self.route,
            "routes": dict(self.routes),
            "events_in_force": list(self.events),
            "level_shifts": [s.to_dict() for s in self.level_shifts],
            "timeline": [t.to_dict() for t in self.timeline],
            "all_criteria": list(self.criteria),
            "all_weights": {c: float(w) for c, w in zip(self.criteria, self.weights, strict=True)},
        }
