"""What a survey run adds up to, gathered a chunk at a time: counts, never rows.

The terminal's lines, the workbook's Summary and the exit code need only these, so a
survey of any size is summarised in the same small memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import criteria
from app.survey.reading import Rejected, Survey
from criteria.decision import batch as core

#: Rejected cells kept for the terminal; the rest are counted and written, not kept.
SHOWN_ERRORS = 20


@dataclass
class Totals:
    """The survey so far: rows read, assessed and rejected, and the recommendations."""

    kb: criteria.KnowledgeBase
    read: int = 0
    good: int = 0
    rejected_rows: int = 0
    rejected_cells: int = 0
    #: The first :data:`SHOWN_ERRORS` rejected cells.
    shown: list[Rejected] = field(default_factory=list)
    #: Each recommendation's count (the last: none feasible), and the near-ties.
    counts: np.ndarray = field(init=False)
    ties: int = 0
    #: Recommendations by trade direction × first-year budget × model (last: none).
    by_capital: np.ndarray = field(init=False)
    _profiles: set[bytes] = field(default_factory=set)

    def __post_init__(self) -> None:
        models = len(self.kb.models)
        self.counts = np.zeros(models + 1, dtype=np.int64)
        shape = (
            len(self.kb.question("trade_direction").options),
            len(self.kb.question("capital").options),
            models + 1,
        )
        self.by_capital = np.zeros(shape, dtype=np.int64)

    @property
    def profiles(self) -> int:
        """Distinct answer profiles among the good rows."""
        return len(self._profiles)

    def add(self, survey: Survey, result: core.BatchResult) -> None:
        """Count one chunk: its rows, its rejected cells, its recommendations."""
        self.read += survey.read
        self.good += len(survey.rows)
        self.rejected_rows += survey.rejected_rows
        self.rejected_cells += len(survey.rejected)
        self.shown += survey.rejected[: SHOWN_ERRORS - len(self.shown)]
        if not len(survey.rows):
            return
        self._profiles.update(row.tobytes() for row in np.unique(survey.idx, axis=0))
        recommended = np.where(result.recommended < 0, len(self.kb.models), result.recommended)
        self.counts += np.bincount(recommended, minlength=len(self.kb.models) + 1)
        self.ties += int(result.near_tie.any(axis=1).sum())
        qd = self.kb.questions.index(self.kb.question("trade_direction"))
        qc = self.kb.questions.index(self.kb.question("capital"))
        np.add.at(self.by_capital, (survey.idx[:, qd], survey.idx[:, qc], recommended), 1)
