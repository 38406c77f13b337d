"""The pipeline: answers → weights + matrix → rankings, as one pure function."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from criteria.decision import answers as answers_mod
from criteria.decision import clock, explain, matrix, rule
from criteria.decision import routes as routes_mod
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase, Rule
from criteria.mcda import methods, numpy_methods


def rank_matrix(
    matrix: np.ndarray,
    weights: np.ndarray,
    objectives: tuple[str, ...],
    *,
    utilities: np.ndarray | None = None,
    feasible: np.ndarray | tuple[bool, ...] | None = None,
    goal: np.ndarray | None = None,
    tie_band: float = 0.0,
    evaluate: Callable[..., Any] | None = None,
    confidence_rule: Rule | None = None,
    **meta: Any,
) -> RankingResult:
    """Rank a prepared decision matrix (rows = models, columns = criteria).

    The recommendation rule scores ``utilities`` (the cells on their fixed scales) with
    the weights, feasible models first. The methods see the raw matrix: constant
    columns are left out of them, their weight spread over the rest by renormalising.
    ``evaluate`` runs the methods on the varying columns: by default the numpy methods
    of :mod:`criteria.mcda.numpy_methods`; :func:`criteria.mcda.methods.evaluate` runs
    scikit-criteria's pipelines, the reference they are held to
    (:mod:`criteria.decision.verify`). With ``confidence_rule`` the recommendation's
    confidence is sampled around ``weights``.

    A matrix without known scales (no ``utilities``) is put on each column's own range,
    best 1 and worst 0, and every model counts as feasible unless ``feasible`` says
    otherwise; :func:`assess` always passes the fixed scales.
    """
    matrix = np.asarray(matrix, dtype=float)
    weights = np.asarray(weights, dtype=float)
    spread = np.ptp(np.round(matrix, methods.SCORE_DECIMALS), axis=0)
    active = spread > 0
    if not active.any():
        raise ValueError("every criterion is equal for every model: nothing to rank by")
    if not np.isfinite(weights).all() or (weights < 0).any() or weights[active].sum() <= 0:
        raise ValueError(
            "weights: need non-negative numbers with a positive total on the criteria that vary"
        )
    objs = tuple(objectives)
    w = weights[active] / weights[active].sum()
    if evaluate is None:
        evaluate = numpy_methods.evaluate
    evaluated = evaluate(matrix[:, active], w, tuple(np.array(objs)[active]))
    scores = {m: s for m, (s, _) in evaluated.items()}
    ranks = {m: r for m, (_, r) in evaluated.items()}
    mean, consensus = methods.borda_consensus(ranks)
    if utilities is None:
        utilities = explain.column_values(matrix, objs)
    feasible = (
        np.ones(len(matrix), dtype=bool) if feasible is None else np.asarray(feasible, dtype=bool)
    )
    fit = rule.fit_scores(utilities, weights)[0]
    goal = np.zeros(len(matrix)) if goal is None else np.asarray(goal, dtype=float)
    rule_ranks = rule.rule_ranks(fit, feasible, goal, tie_band)
    confidence = None
    if confidence_rule is not None:
        top = int(rule.recommended_index(rule_ranks, fit, feasible)[0])
        confidence = rule.confidence(
            utilities,
            weights,
            feasible,
            top if top >= 0 else None,
            confidence_rule,
            goal=goal,
            band=tie_band,
        )
    return RankingResult(
        kb_version=meta.get("kb_version", ""),
        answers=meta.get("answers", {}),
        models=tuple(meta["models"]),
        criteria=tuple(meta["criteria"]),
        objectives=objs,
        matrix=matrix,
        weights=weights / weights.sum(),
        active=tuple(bool(a) for a in active),
        scores=scores,
        ranks=ranks,
        consensus_mean_rank=mean,
        consensus_ranks=consensus,
        utilities=np.asarray(utilities, dtype=float),
        fit=fit,
        feasible=tuple(bool(f) for f in feasible),
        rule_ranks=rule_ranks,
        direction=meta.get("direction", "export"),
        shortfalls=meta.get("shortfalls", {}),
        confidence=confidence,
        goal=goal,
        tie_band=tie_band,
        reasons=meta.get("reasons", {}),
        contradictions=tuple(meta.get("contradictions", ())),
        as_of=meta.get("as_of", ""),
        routes=meta.get("routes", {}),
        level_shifts=tuple(meta.get("level_shifts", ())),
        events=tuple(meta.get("events", ())),
        timeline=tuple(meta.get("timeline", ())),
    )


def assess(
    kb: KnowledgeBase,
    answers: Mapping[str, str],
    weights: np.ndarray | None = None,
    *,
    evaluate: Callable[..., Any] | None = None,
    on: dt.date | None = None,
) -> RankingResult:
    """Validate ``answers`` and rank the models for them, as of ``on`` (default today).

    ``weights`` overrides the questionnaire's weights (one per criterion, any positive
    scale); the matrix and feasibility always follow the answers and the rules in force
    on the date, each model on its best route. The methods run in numpy unless
    ``evaluate`` says otherwise (see :func:`rank_matrix`). The result carries the
    timeline of the rules scheduled inside the SME's horizon.
    """
    checked = answers_mod.validate(kb, answers)
    on = matrix.today() if on is None else on
    tables, batch = matrix.single(kb, checked, on)
    routes = matrix.chosen_routes(kb, tables, batch)
    w = batch.weights[0] if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (len(kb.criteria),) or (w < 0).any() or w.sum() <= 0:
        raise ValueError(f"weights: need {len(kb.criteria)} non-negative numbers, not all 0")
    return rank_matrix(
        batch.matrix[0],
        w,
        matrix.objectives(kb),
        utilities=batch.utilities[0],
        feasible=batch.feasible[0],
        goal=batch.goal[0],
        tie_band=kb.rule.tie_band * float(batch.band_scale[0]),
        evaluate=evaluate,
        confidence_rule=kb.rule,
        kb_version=kb.version,
        answers=checked,
        models=kb.model_ids,
        criteria=kb.criterion_ids,
        direction=tables.direction,
        shortfalls=matrix.shortfalls(kb, checked, on, (tables, batch)),
        as_of=on.isoformat(),
        routes=routes,
        level_shifts=routes_mod.shifts_of(kb, checked, on, routes),
        events=tables.events,
        timeline=clock.timeline(kb, checked, on, (tables, batch)),
        reasons=matrix.cannot_serve(kb, checked),
        contradictions=tuple(c.id for c in answers_mod.contradictions(kb, checked)),
    )
