"""Validation of questionnaire answers (the ``answers`` object of DESIGN §3)."""

from __future__ import annotations

import re
import reprlib
from collections.abc import Mapping
from types import MappingProxyType

from criteria.knowledge import Contradiction, KnowledgeBase

#: The longest piece of user input a message quotes.
SHOWN = 60
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = SHOWN
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict = 2, 4, 4
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(value: object) -> str:
    """User input as a message quotes it: a short one-line repr, nesting and size bounded."""
    if isinstance(value, str) and len(value) > SHOWN:
        value = value[:SHOWN]  # never repr a huge string whole
    return _REPR.repr(value)


def shown_key(key: str) -> str:
    """A key the user typed, for a dotted field name: control characters escaped, bounded."""
    key = key[:SHOWN] + ("…" if len(key) > SHOWN else "")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], key)


class AnswerError(ValueError):
    """An answer set is incomplete or names an unknown question or option.

    ``field`` is the offending path (``answers.capital``), ``choices`` the valid values,
    ``kind`` what is wrong (``not_object``, ``no_answers``, ``unknown_question``,
    ``not_option``, ``missing``, ``missing_many``) and ``value`` the offending value, so
    that a caller can say it in another language.
    """

    def __init__(
        self,
        field: str,
        problem: str,
        choices: tuple[str, ...],
        *,
        kind: str = "",
        value: object = None,
    ) -> None:
        self.field = field
        self.problem = problem
        self.choices = choices
        self.kind = kind
        self.value = value
        super().__init__(f"{field}: {problem}; valid choices: {', '.join(choices)}")


class MissingAnswers(AnswerError):
    """Several answers are missing: every one is named with its options, in one line."""

    def __init__(self, missing: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self.missing = missing
        self.field = "answers"
        self.choices = tuple(q for q, _ in missing)
        self.kind = "missing_many"
        self.value = None
        listed = "; ".join(f"{q} ({', '.join(options)})" for q, options in missing)
        ValueError.__init__(self, f"answers: {len(missing)} answers missing: {listed}")


def validate(kb: KnowledgeBase, answers: object, *, partial: bool = False) -> Mapping[str, str]:
    """Check ``answers`` against the questionnaire and return a read-only copy.

    Parameters
    ----------
    kb
        The knowledge base whose questionnaire defines the valid answers.
    answers
        Mapping of question id to option id.
    partial
        Allow unanswered questions (a questionnaire in progress).

    A question not asked given the other answers (the destination of an importer) is
    not missing; an answer to it is checked and, once the answers rule it out, left out
    of the copy (kept while they do not say yet).

    Raises
    ------
    AnswerError
        On the first unknown question or unknown option, in questionnaire order; or
        (unless ``partial``) naming every missing answer at once, each with its options.
    """
    question_ids = tuple(q.id for q in kb.questions)
    if not isinstance(answers, Mapping):
        raise AnswerError(
            "answers",
            "must be an object mapping question ids to option ids",
            question_ids,
            kind="not_object",
        )
    for key in answers:
        if key not in question_ids:
            raise AnswerError(
                f"answers.{shown_key(str(key))}",
                "unknown question",
                question_ids,
                kind="unknown_question",
            )
    missing = []
    for q in kb.questions:
        field = f"answers.{q.id}"
        if q.id not in answers:
            if q.asked(answers):
                missing.append(q)
            continue
        value = answers[q.id]
        if not isinstance(value, str) or value not in q.option_ids:
            raise AnswerError(
                field,
                f"{shown(value)} is not an option",
                q.option_ids,
                kind="not_option",
                value=value,
            )
    if missing and not partial:
        if len(missing) == 1:
            raise AnswerError(
                f"answers.{missing[0].id}",
                "missing answer",
                missing[0].option_ids,
                kind="missing",
            )
        raise MissingAnswers(tuple((q.id, q.option_ids) for q in missing))
    return MappingProxyType(
        {q.id: answers[q.id] for q in kb.questions if q.id in answers and not q.ruled_out(answers)}
    )


def contradictions(kb: KnowledgeBase, answers: Mapping[str, str]) -> tuple[Contradiction, ...]:
    """The answer pairs of ``answers`` that rarely go together, in questionnaire order."""
    return tuple(c for c in kb.contradictions if c.applies(answers))
