"""The knowledge base as one validated record: models, criteria, questions, sources.

Built by :func:`criteria.knowledge.loader.load`; its parts are the records of
:mod:`criteria.knowledge.schema`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from criteria.knowledge.policy import PolicyEvent, Route
from criteria.knowledge.schema import (
    KIND_SCALE,
    Assumption,
    Contradiction,
    Criterion,
    Mitigation,
    Model,
    Page,
    Question,
    Rule,
    Source,
    Steps,
    Text,
    _Frozen,
)

if TYPE_CHECKING:
    from annotated_types import Ge, Le


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing, unreadable or invalid."""


@dataclass(frozen=True, kw_only=True)
class KnowledgeBase(_Frozen):
    """The whole validated knowledge base."""

    version: str
    paper: str
    paper_zh: str = ""
    models: tuple[Model, ...]
    criteria: tuple[Criterion, ...]
    pages: tuple[Page, ...]
    questions: tuple[Question, ...]
    sources: dict[str, Source]
    infeasible_gap: Annotated[int, Ge(1), Le(4)]
    rule: Rule
    mitigations: tuple[Mitigation, ...] = ()
    steps: tuple[Steps, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    routes: tuple[Route, ...] = ()
    events: tuple[PolicyEvent, ...] = ()

    def mitigation(self, criterion_id: str, model_id: str, direction: str) -> Text | None:
        """How to limit a risk in a role: the most specific advice that fits it."""
        fitting = [
            (m.specificity(model_id, direction), k, m.text)
            for k, m in enumerate(self.mitigations)
            if m.criterion == criterion_id and m.specificity(model_id, direction) >= 0
        ]
        return max(fitting, key=lambda f: (f[0], -f[1]))[2] if fitting else None

    def first_steps(self, model_id: str, direction: str) -> tuple[Any, ...]:
        """The first steps of a role (:class:`criteria.knowledge.schema.Step`), in order."""
        return next(
            (s.items for s in self.steps if s.model == model_id and s.direction == direction),
            (),
        )

    def routes_of(self, model_id: str, direction: str) -> tuple[Route, ...]:
        """A role's entry routes, the one its levels describe first."""
        return tuple(r for r in self.routes if r.model == model_id and r.direction == direction)

    def route(self, model_id: str, direction: str, route_id: str) -> Route:
        """One entry route of a role."""
        return next(r for r in self.routes_of(model_id, direction) if r.id == route_id)

    def event(self, event_id: str) -> PolicyEvent:
        """The policy event with ``event_id``."""
        return next(e for e in self.events if e.id == event_id)

    def in_force(self, on: dt.date) -> tuple[PolicyEvent, ...]:
        """The policy events in force on a date, in knowledge-base order."""
        return tuple(e for e in self.events if e.in_force(on))

    def asked(self, answers: Mapping[str, str]) -> tuple[Question, ...]:
        """The questions asked given these answers (the destination only of exporters)."""
        return tuple(q for q in self.questions if q.asked(answers))

    def complete(self, answers: Mapping[str, str]) -> bool:
        """Whether every question asked given these answers is answered."""
        return all(q.id in answers for q in self.asked(answers))

    def paper_citation(self, lang: str) -> str:
        """The source paper's citation, with the journal as 《财经与市场》 in Chinese."""
        return self.paper_zh if lang == "zh" and self.paper_zh else self.paper

    @property
    def model_ids(self) -> tuple[str, ...]:
        """Model ids in matrix order."""
        return tuple(m.id for m in self.models)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        """Criterion ids in matrix order."""
        return tuple(c.id for c in self.criteria)

    def model(self, model_id: str) -> Model:
        """The model with ``model_id``."""
        return next(m for m in self.models if m.id == model_id)

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``."""
        return next(c for c in self.criteria if c.id == criterion_id)

    def question(self, question_id: str) -> Question:
        """The question with ``question_id``."""
        return next(q for q in self.questions if q.id == question_id)

    def scale(self, criterion_id: str) -> tuple[int, int]:
        """The fixed scale a criterion's cells sit on (the same whatever the models need)."""
        c = self.criterion(criterion_id)
        if c.kind == "range":
            assert c.question is not None  # a range criterion always names its question
            return 0, len(self.question(c.question).options) - 1
        return KIND_SCALE[c.kind]

    def questions_on(self, page_id: str) -> tuple[Question, ...]:
        """The questions of one wizard page, in order."""
        return tuple(q for q in self.questions if q.page == page_id)

    def risk_shares(self) -> dict[str, dict[str, float]]:
        """Model → criterion → its share of the model's stated risks (section 2.2).

        Each model the paper describes counts once: its unit is shared equally by the
        criteria on which the paper states a risk of it.
        """
        named: dict[str, set[str]] = {}
        for c in self.criteria:
            for s in c.risk_of:
                named.setdefault(self.sources[s].about or "", set()).add(c.id)
        return {m: {c: 1.0 / len(cs) for c in cs} for m, cs in named.items()}

    def raw_base_weight(self, criterion_id: str) -> float:
        """1 + the criterion's shares of the models' stated risks, or its stated value."""
        c = self.criterion(criterion_id)
        if c.base_weight is not None:
            return c.base_weight
        return 1.0 + sum(shares.get(c.id, 0.0) for shares in self.risk_shares().values())

    def base_weights(self) -> dict[str, float]:
        """Base weights (:meth:`raw_base_weight`), normalised to sum 1."""
        raw = {c.id: self.raw_base_weight(c.id) for c in self.criteria}
        total = sum(raw.values())
        return {k: v / total for k, v in raw.items()}
