"""Assessment files (the answers JSON of DESIGN §3 plus metadata) and atomic writes."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

import criteria
from app import __version__


class FileProblem(Exception):
    """A file could not be read or written; the message says which and why."""


def atomic_write(path: Path | str, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``path`` through a temporary file in the same folder, then replace it.

    The target is either left as it was or replaced whole: never half-written. Any
    failure raises :class:`FileProblem` naming the file and the reason.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(f"{path}: the folder {folder} does not exist")
    if path.is_dir():
        raise FileProblem(f"{path}: is a folder, not a file")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileProblem(f"{path}: cannot write in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists() and not path.stat().st_mode & 0o222:
            raise FileProblem(f"{path}: the file is read-only")
        os.replace(tmp, path)
    except OSError as exc:
        reason = "the disk is full" if exc.errno == 28 else exc.strerror or str(exc)
        raise FileProblem(f"{path}: cannot write ({reason})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_json(path: Path | str, document: object) -> None:
    """Write ``document`` as UTF-8 JSON, atomically."""
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    atomic_write(path, lambda fh: fh.write(data))


def read_json(path: Path | str) -> object:
    """Read a JSON file; :class:`FileProblem` if unreadable or not JSON."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileProblem(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise FileProblem(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise FileProblem(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileProblem(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                          f"{exc.msg})") from None


def load_answers(path: Path | str, kb: criteria.KnowledgeBase, *,
                 partial: bool = False) -> tuple[dict, Mapping[str, str]]:
    """Read an answers/assessment file; return (the whole document, validated answers).

    Raises :class:`FileProblem` for an unreadable file and :class:`criteria.AnswerError`
    for answers that do not fit the questionnaire.
    """
    doc = read_json(path)
    if not isinstance(doc, dict) or "answers" not in doc:
        raise criteria.AnswerError("answers", "the file needs an object with an 'answers' key",
                                   tuple(q.id for q in kb.questions))
    return doc, criteria.validate(kb, doc["answers"], partial=partial)


def assessment_document(answers: Mapping[str, str], kb: criteria.KnowledgeBase, *,
                        company: str = "", notes: str = "",
                        date: dt.date | None = None) -> dict:
    """The saved-assessment JSON: DESIGN §3's answers file plus its metadata."""
    return {
        "answers": dict(answers),
        "company": company,
        "notes": notes,
        "date": (date or dt.date.today()).isoformat(),
        "app_version": __version__,
        "kb_version": kb.version,
    }
