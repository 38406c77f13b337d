"""Assessment files: the answers JSON of DESIGN §3 plus metadata."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import criteria
from app import __version__
from app.files.problems import clean_text
from app.files.reading import read_json
from criteria.knowledge.policy import version_key

#: The keys a saved assessment has (DESIGN §3's answers file plus metadata).
ASSESSMENT_KEYS = (
    "answers",
    "company",
    "notes",
    "date",
    "app_version",
    "kb_version",
    "as_of",
    "recommended",
    "route",
    "respondents",
)

#: The longest respondent name kept (a name, not a note).
MAX_RESPONDENT_NAME = 80


def load_answers(
    path: Path | str, kb: criteria.KnowledgeBase, *, partial: bool = False
) -> tuple[dict[str, Any], Mapping[str, str]]:
    """Read an answers/assessment file; return (the whole document, validated answers).

    Raises :class:`FileProblem` for an unreadable file and :class:`criteria.AnswerError`
    for answers that do not fit the questionnaire.
    """
    doc = read_json(path)
    if not isinstance(doc, dict) or "answers" not in doc:
        raise criteria.AnswerError(
            "answers",
            "the file needs an object with an 'answers' key",
            tuple(q.id for q in kb.questions),
            kind="no_answers",
        )
    answers = doc["answers"]
    aside = set_aside(doc, kb)
    if aside:
        answers = {k: v for k, v in answers.items() if k not in aside}
    return doc, criteria.validate(kb, answers, partial=partial)


def respondents_of(
    document: Mapping[str, Any], kb: criteria.KnowledgeBase
) -> list[tuple[str, Mapping[str, str]]]:
    """The named respondents a saved assessment holds, each one's answers validated.

    Empty for a file without ``respondents`` (one respondent: its ``answers``, as
    ever). Each entry is ``{"name": …, "answers": {…}}``; the file's ``answers`` are
    their combination (:func:`criteria.decision.respondents.combine`).

    Raises :class:`criteria.AnswerError` naming the entry (``respondents[2].answers.
    traffic``) for a malformed list, a name missing, empty, too long or given twice, or
    answers that do not fit the questionnaire.
    """
    from criteria.decision.respondents import MAX_RESPONDENTS

    listed = document.get("respondents")
    if listed is None:
        return []
    if not isinstance(listed, list) or not 1 <= len(listed) <= MAX_RESPONDENTS:
        raise criteria.AnswerError(
            "respondents",
            f"a list of 1 to {MAX_RESPONDENTS} objects with a name and answers",
            ("name", "answers"),
            kind="respondents",
            value=listed,
        )
    out: list[tuple[str, Mapping[str, str]]] = []
    for k, entry in enumerate(listed, start=1):
        where = f"respondents[{k}]"
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_RESPONDENT_NAME:
            raise criteria.AnswerError(
                f"{where}.name",
                f"a name of 1 to {MAX_RESPONDENT_NAME} characters",
                (),
                kind="respondent_name",
                value=name,
            )
        name = clean_text(name).strip()
        if any(name == n for n, _ in out):
            raise criteria.AnswerError(
                f"{where}.name", "given twice", tuple(n for n, _ in out), kind="respondent_twice"
            )
        try:
            answers = criteria.validate(kb, entry.get("answers"))
        except criteria.AnswerError as exc:
            field = exc.field if exc.field.startswith("answers") else f"answers.{exc.field}"
            named = criteria.AnswerError(
                f"{where}.{field}", exc.problem, exc.choices, kind=exc.kind, value=exc.value
            )
            named.missing = getattr(exc, "missing", ())  # type: ignore[attr-defined]
            raise named from None
        out.append((name, answers))
    return out


def set_aside(document: Mapping[str, Any], kb: criteria.KnowledgeBase) -> dict[str, Any]:
    """The answers of a file from a newer version that this version cannot use.

    A question it does not have, or an option it does not know: left out of the ranking
    (the known answers are used), named on opening, and kept when the file is saved
    again. In a file from this version or an older one they are errors, as ever.
    """
    answers = document.get("answers")
    newer = version_key(document.get("app_version")) > version_key(__version__)
    if not isinstance(answers, dict) or not newer:
        return {}
    questions = {q.id: q for q in kb.questions}
    return {
        k: v
        for k, v in answers.items()
        if k not in questions or (isinstance(v, str) and v not in questions[k].option_ids)
    }


def assessment_document(
    answers: Mapping[str, str],
    kb: criteria.KnowledgeBase,
    *,
    company: str = "",
    notes: str = "",
    date: dt.date | None = None,
    kept: Mapping[str, Any] | None = None,
    result: criteria.RankingResult | None = None,
    respondents: Sequence[tuple[str, Mapping[str, str]]] = (),
) -> dict[str, Any]:
    """The saved-assessment JSON: DESIGN §3's answers file plus its metadata.

    ``kept``: answers of a newer version's file this version set aside, saved again as
    they were (the newer version reads them back). With the ``result`` of complete
    answers, the date it was assessed as of and its advice are saved too, so that a
    later knowledge base or date can say what changed since (``rank --since-saved``).
    ``respondents``: the named answer sets ``answers`` combine, saved whole.
    """
    doc: dict[str, Any] = {
        "answers": {**(kept or {}), **answers},
        "company": clean_text(company),
        "notes": clean_text(notes),
        "date": (date or dt.date.today()).isoformat(),
        "app_version": __version__,
        "kb_version": kb.version,
    }
    if result is not None:
        doc |= {"as_of": result.as_of, "recommended": result.recommended, "route": result.route}
    if respondents:  # ``answers`` are then their combination
        doc["respondents"] = [{"name": n, "answers": dict(a)} for n, a in respondents]
    return doc


def assessment_details(document: Mapping[str, Any]) -> dict[str, Any]:
    """The report details a saved assessment carries: ``company``, ``notes``, ``assessed_on``.

    The inverse of :func:`assessment_document`'s metadata. Missing or malformed values
    are left out: an answers file needs nothing but ``answers``.
    """
    details: dict[str, Any] = {
        key: clean_text(document[key])
        for key in ("company", "notes")
        if isinstance(document.get(key), str)
    }
    with contextlib.suppress(KeyError, TypeError, ValueError):
        details["assessed_on"] = dt.date.fromisoformat(document["date"])
    return details


def opening_notes(
    document: Mapping[str, Any], kb: criteria.KnowledgeBase
) -> list[tuple[str, dict[str, Any]]]:
    """What to tell the user on opening a saved assessment, as (catalogue key, fields).

    A file from a newer version of the app, one assessed with another knowledge base
    (levels may have changed since), and keys this version does not know (left out).
    """
    notes: list[tuple[str, dict[str, Any]]] = []
    saved = document.get("app_version")
    if version_key(saved) > version_key(__version__):
        notes.append(("open.newer_app", {"saved": saved, "this": __version__}))
    if aside := set_aside(document, kb):
        shown = ", ".join(str(k) for k in list(aside)[:5]) + (", …" if len(aside) > 5 else "")
        notes.append(("open.set_aside", {"answers": shown}))
    kb_saved = document.get("kb_version")
    if isinstance(kb_saved, str) and kb_saved != kb.version:
        notes.append(("open.other_kb", {"saved": kb_saved, "this": kb.version}))
    extra = sorted(
        str(k)
        for k in document
        if k not in (*ASSESSMENT_KEYS, "saved_path", "autosaved_at", "kept_answers")
    )
    if extra:
        shown = ", ".join(extra[:5]) + (", …" if len(extra) > 5 else "")
        notes.append(("open.extra_keys", {"keys": shown}))
    return notes
