"""The assessment being edited: answers, company, notes, file, unsaved flag, result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

import criteria
from app import files

if TYPE_CHECKING:
    from criteria.decision.respondents import Panel


class AssessmentState(QObject):
    """The one assessment the window edits. Views listen to ``changed``.

    The ranking result is computed by the decision core when every question is
    answered, and cached until an answer changes.
    """

    changed = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, kb: criteria.KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.answers: dict[str, str] = {}
        self.kept: dict[str, object] = {}  # answers of a newer version the app cannot use
        self.company = ""
        self.notes = ""
        #: The document of the file last opened (for what to tell the user about it).
        self.loaded_document: dict = {}
        self.path: Path | None = None
        self._dirty = False
        self._result: criteria.RankingResult | None = None
        #: The date the assessment is made as of (None: today).
        self.as_of: dt.date | None = None
        #: Named respondents whose answers ``answers`` combine (none: one respondent).
        self.respondents: list[tuple[str, dict[str, str]]] = []
        self._panel: tuple[dt.date | None, Panel] | None = None  # and the date it is as of

    # --- editing ---------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Whether there are unsaved changes."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def set_answer(self, question_id: str, option_id: str) -> None:
        """Record one answer (the others stay as they are)."""
        if self.answers.get(question_id) == option_id:
            return
        criteria.validate(self.kb, {question_id: option_id}, partial=True)
        self.answers[question_id] = option_id
        self._result = None
        self._set_dirty(True)
        self.changed.emit()

    def set_company(self, company: str) -> None:
        """Record the company name."""
        company = files.clean_text(company)
        if company != self.company:
            self.company = company
            self._set_dirty(True)
            self.changed.emit()

    def set_notes(self, notes: str) -> None:
        """Record free notes (they go into the file and the report)."""
        notes = files.clean_text(notes)
        if notes != self.notes:
            self.notes = notes
            self._set_dirty(True)
            self.changed.emit()

    def add_respondent(self, name: str) -> None:
        """Keep the current answers as ``name``'s; from two on, answer their combination.

        Raises ValueError for incomplete answers, an empty name or one already given.
        """
        name = files.clean_text(name).strip()
        if not self.is_complete():
            raise ValueError("answer every question before adding a respondent")
        if not name or any(name == n for n, _ in self.respondents):
            raise ValueError(f"respondent name: {name!r} is empty or already given")
        self.respondents.append((name, dict(self.answers)))
        self._panel = None
        if len(self.respondents) > 1:
            from criteria.decision import respondents  # numpy's batch, loaded when used

            people = [a for _, a in self.respondents]
            self.answers = dict(respondents.combine(self.kb, people).answers)
            self._result = None
        self._set_dirty(True)
        self.changed.emit()

    def panel(self) -> Panel | None:
        """The respondents' advice, dispute and combination (None with fewer than two)."""
        if len(self.respondents) < 2:
            return None
        if self._panel is None or self._panel[0] != self.as_of:
            from criteria.decision import respondents

            self._panel = (self.as_of, respondents.panel(self.kb, self.respondents, on=self.as_of))
        return self._panel[1]

    def reset(self) -> None:
        """Start a new, empty assessment."""
        self.answers, self.company, self.notes, self.path = {}, "", "", None
        self.kept = {}
        self.respondents, self._panel = [], None
        self._result = None
        self._set_dirty(False)
        self.changed.emit()

    # --- questions -------------------------------------------------------------------
    def is_complete(self) -> bool:
        """Whether every question is answered."""
        return self.kb.complete(self.answers)

    def page_complete(self, page_id: str) -> bool:
        """Whether every question of one wizard page is answered."""
        return all(
            q.id in self.answers for q in self.kb.questions_on(page_id) if q.asked(self.answers)
        )

    def result(self) -> criteria.RankingResult | None:
        """The ranking for the current answers, or None while incomplete."""
        if self._result is None and self.is_complete():
            self._result = criteria.assess(self.kb, self.answers, on=self.as_of)
        return self._result

    # --- files -----------------------------------------------------------------------
    def document(self) -> dict:
        """The assessment as saved."""
        return files.assessment_document(
            self.answers,
            self.kb,
            company=self.company,
            notes=self.notes,
            kept=self.kept,
            result=self.result(),
            respondents=self.respondents,
        )

    def load(self, path: Path | str) -> None:
        """Replace the assessment with a saved one; on a bad file nothing changes.

        Raises :class:`app.files.FileProblem` or :class:`criteria.AnswerError`.
        """
        doc, answers = files.load_answers(path, self.kb, partial=True)
        people = [(n, dict(a)) for n, a in files.respondents_of(doc, self.kb)]
        self.restore(doc, answers)
        self.respondents, self._panel = people, None
        self.kept = files.set_aside(doc, self.kb)  # a newer version's: saved back as they were
        self.loaded_document = doc
        self.path = Path(path)
        self._set_dirty(False)
        self.changed.emit()

    def restore(self, doc: dict, answers: Mapping[str, str]) -> None:
        """Take answers and metadata from a document (the file path is left alone)."""
        self.answers = dict(answers)
        self.company = files.clean_text(doc.get("company"))  # null or a number: ""
        self.notes = files.clean_text(doc.get("notes"))
        self._result = None
        self._set_dirty(True)
        self.changed.emit()

    def save(self, path: Path | str) -> None:
        """Write the assessment atomically and remember its path."""
        files.write_json(path, self.document())
        self.path = Path(path)
        self._set_dirty(False)
        self.changed.emit()
