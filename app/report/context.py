"""What every sheet needs: the result, the knowledge base, the language and the user's text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np

import criteria
from app import presenter
from app.catalogue import Labels
from criteria.decision.respondents import Panel
from criteria.knowledge.schema import Entry
from criteria.robustness.analysis import RobustnessResult

number_text = presenter.number  # a matrix value or mean as short text: 2, 1.5, 2.33


@dataclass(frozen=True)
class Report:
    """The inputs of one report.

    Parameters
    ----------
    result
        The ranking the report explains (the same object the views show).
    kb
        The knowledge base the result was computed from.
    t
        The report's words in the chosen language.
    company, notes
        Typed by the user; stored as text, never as formulas.
    assessed_on
        The date of the assessment.
    robustness
        The robustness analysis of ``result``, when one was run (adds a sheet).
    respondents
        Several respondents' answers and their combination (adds a sheet after the
        memo), when the assessment holds them.
    """

    result: criteria.RankingResult
    kb: criteria.KnowledgeBase
    t: Labels
    company: str
    notes: str
    assessed_on: dt.date
    robustness: RobustnessResult | None = None
    respondents: Panel | None = None

    @cached_property
    def cited(self) -> tuple[str, ...]:
        """The sources this report cites, in knowledge-base order.

        The levels of the six roles in the SME's trade direction (the Matrix sheet), the
        risks behind the base weights (the Weights sheet), the first steps and the
        route of the role shown on the Summary, and the dated rules of the SME's market.
        """
        kb, result = self.kb, self.result
        direction = result.direction
        destination = result.answers.get("destination")
        ids: set[str | None] = set()
        for c in kb.criteria:
            ids.update(c.entry(m.id, direction).source for m in kb.models)
            ids.update(c.risk_of)
        shown = result.recommended or result.nearest_route
        if shown is not None:
            route_id = result.routes.get(shown)
            if route_id:
                route = kb.route(shown, direction, route_id)
                ids.add(route.source)
                ids.update(step.source for step in route.steps if step.applies(result.answers))
            ids.update(
                step.source
                for step in kb.first_steps(shown, direction)
                if step.applies(result.answers)
            )
        ids.update(e.source for e in kb.events if e.touches(direction, destination))
        return tuple(sid for sid in kb.sources if sid in ids)

    @property
    def lang(self) -> str:
        """``"en"`` or ``"zh"``."""
        return self.t.lang

    def sheet_name(self, key: str) -> str:
        """The name of a sheet (``"summary"``, ``"matrix"``...) in the report's language."""
        return self.t(f"sheet.{key}")

    def model_name(self, model_id: str) -> str:
        """What the SME would do in a model, in its trade direction (the role)."""
        return presenter.role(self.kb, model_id, self.result.direction, self.lang)

    def short_name(self, model_id: str) -> str:
        """The role in a few words ("Marketplace seller"), for charts' labels."""
        return presenter.short_role(self.kb, model_id, self.result.direction, self.lang)

    def paper_name(self, model_id: str) -> str:
        """The paper's name of a model."""
        return self.kb.model(model_id).name.get(self.lang)

    def entry(self, criterion_id: str, model_id: str) -> Entry:
        """A role's level entry on a criterion, in the result's trade direction."""
        return self.kb.criterion(criterion_id).entry(model_id, self.result.direction)

    def criterion_name(self, criterion_id: str) -> str:
        """A criterion's name."""
        return self.kb.criterion(criterion_id).name.get(self.lang)

    def method_name(self, method_id: str) -> str:
        """A method's full display name, e.g. ``TOPSIS (vector normalisation)``."""
        return presenter.method_name(method_id, self.lang)

    def method_short(self, method_id: str) -> str:
        """A method's short name for column headers, e.g. ``TOPSIS``, ``Weighted sum``.

        A name led by its acronym (``MOORA ratio system``, ``MOORA比率系统``) is shortened
        to the acronym.
        """
        name = self.method_name(method_id).split(" (")[0].split("（")[0]
        acronym = re.match(r"[A-Z]{3,}", name)
        return acronym.group() if acronym else name

    def better(self, criterion_id: str) -> str:
        """``lower is better`` or ``higher is better`` for a criterion."""
        return presenter.better(self.result, criterion_id, self.lang)

    def column(self, criterion_id: str) -> np.ndarray:
        """A criterion's column of the decision matrix (one value per model)."""
        return np.asarray(self.result.matrix[:, self.result.criteria.index(criterion_id)])
