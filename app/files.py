"""Assessment files (the answers JSON of DESIGN §3 plus metadata) and atomic writes."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import criteria
from app import __version__
from app.catalogue import Labels
from criteria.decision.answers import shown_key

#: What a file or an xlsx cannot hold: lone surrogates (from JSON escapes such as
#: "\\ud83d") and the non-characters U+FFFE and U+FFFF.
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
#: The keys a saved assessment has (DESIGN §3's answers file plus metadata).
ASSESSMENT_KEYS = ("answers", "company", "notes", "date", "app_version", "kb_version")


def clean_text(value: object) -> str:
    """User text every file can hold.

    A string (anything else, a null company say, is ""), with lone surrogates and
    U+FFFE/U+FFFF replaced by U+FFFD.
    """
    return _UNENCODABLE.sub("\ufffd", value) if isinstance(value, str) else ""


class FileProblem(Exception):
    """A file could not be read or written; the message says which and why.

    Parameters
    ----------
    path
        The file.
    kind
        What went wrong: a ``file.<kind>`` entry of :mod:`app.catalogue`
        (``no_such_file``, ``cannot_write``...).
    reason
        For ``cannot_*``: a ``reason.<key>`` of the catalogue (``disk_full``...) or the
        system's own words.
    fields
        The rest of the message's parts (``folder``, ``line``...).

    ``str()`` gives the English message; :func:`app.presenter.error_text` says it in
    either language.
    """

    def __init__(self, path: Path | str, kind: str, *, reason: str = "", **fields: object):
        self.path, self.kind, self.reason, self.fields = str(path), kind, reason, fields
        super().__init__(self.message(Labels("en")))

    def message(self, t: Labels) -> str:
        """The message in the language of ``t``."""
        reason = self.reason
        if f"reason.{reason}" in t:
            reason = t(f"reason.{reason}")
        return t(f"file.{self.kind}", path=self.path, reason=reason, **self.fields)


def reason_of(exc: OSError) -> str:
    """The catalogue's key for an operating-system error, or the system's words."""
    if exc.errno == errno.ENOSPC:
        return "disk_full"
    if exc.errno == errno.EROFS:
        return "read_only_fs"
    if isinstance(exc, PermissionError):
        return "permission"
    return exc.strerror or str(exc)


try:  # an advisory lock marks a temporary file as being written (POSIX)
    import fcntl
except ImportError:  # pragma: no cover - Windows: stale files are left to the user
    fcntl = None  # type: ignore[assignment]


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """Create a new hidden temporary file in ``folder``, with the user's usual permissions.

    Unlike :func:`tempfile.mkstemp` (always 0600), the mode follows the umask, so the
    written file is as readable as any other file the user saves. It is locked while
    open, so :func:`remove_stale_temps` can tell a file being written from one a killed
    process left behind.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def remove_stale_temps(folder: Path, name: str) -> int:
    """Remove the temporary files of ``name`` that no running process is writing.

    A process killed while saving leaves its ``.NAME.xxxxxxxx.tmp`` behind; nobody holds
    its lock any more. Returns how many were removed.
    """
    if fcntl is None:
        return 0
    removed = 0
    for tmp in folder.glob(f".{glob_escape(name)}.*.tmp"):
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # being written right now
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed


def glob_escape(name: str) -> str:
    """``name`` with the characters glob treats specially escaped."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def _target(path: Path) -> Path:
    """Where a write to ``path`` goes.

    Through a symlink to its target; a folder, a device, a pipe or a socket is refused
    (a device is never replaced by a regular file).
    """
    if path.is_symlink():
        try:
            path = path.resolve(strict=False)
        except (OSError, RuntimeError) as exc:  # a symlink loop
            raise FileProblem(path, "cannot_write", reason=str(exc)) from None
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(path, "folder_missing", folder=folder)
    try:
        info = path.stat()
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise FileProblem(path, "cannot_write", reason=reason_of(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(path, "is_folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(path, "not_regular")
    return path


def atomic_write(path: Path | str, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``path`` through a temporary file in the same folder, then replace it.

    The target is either left as it was or replaced whole: never half-written. A
    symlink is written through to its target; a device, pipe or folder is refused. Any
    failure raises :class:`FileProblem` naming the file and the reason.
    """
    atomic_write_many([(path, write)])


def atomic_write_many(outputs: Sequence[tuple[Path | str, Callable[[IO[bytes]], None]]]) -> None:
    """Write several files, all or none.

    Every one is written to its temporary file first; only when all have been written
    are they moved over their targets.
    """
    staged: list[tuple[Path, Path, str]] = []  # (as given, target, temporary file)
    try:
        for given, write in outputs:
            original = Path(given)
            path = _target(original)
            folder = path.parent if str(path.parent) else Path(".")
            remove_stale_temps(folder, path.name)
            try:
                fd, tmp = _create_temp(folder, path.name)
            except OSError as exc:
                raise FileProblem(
                    original, "cannot_create", folder=folder, reason=reason_of(exc)
                ) from None
            staged.append((original, path, tmp))
            try:
                with os.fdopen(fd, "wb") as fh:
                    write(fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                if path.exists():
                    if not path.stat().st_mode & 0o222:
                        raise FileProblem(original, "read_only")
                    os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))  # keep its permissions
            except OSError as exc:
                raise _write_problem(original, path, exc) from None
        for original, path, tmp in staged:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise _write_problem(original, path, exc) from None
    finally:
        for _, _, tmp in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def _write_problem(original: Path, path: Path, exc: OSError) -> FileProblem:
    reason = reason_of(exc)
    if reason == "permission" and path.exists():
        reason = "in_use"
    return FileProblem(original, "cannot_write", reason=reason)


def json_text(document: object) -> str:
    """``document`` as the JSON text every file and ``--json -`` carries."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path``, atomically."""
    write_all([(path, data)])


def write_all(outputs: Sequence[tuple[Path | str, bytes]]) -> None:
    """Write several files' bytes, all or none (:func:`atomic_write_many`)."""

    def writer(data: bytes) -> Callable[[IO[bytes]], None]:
        def write(fh: IO[bytes]) -> None:
            fh.write(data)

        return write

    atomic_write_many([(path, writer(data)) for path, data in outputs])


def write_json(path: Path | str, document: object) -> None:
    """Write ``document`` as UTF-8 JSON, atomically."""
    write_bytes(path, json_text(document).encode("utf-8"))


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object, refusing a key given twice (which answer would be meant?)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


#: The largest answers or assessment file read (a real one is a few kB).
MAX_JSON_BYTES = 10 * 1024 * 1024


def check_readable(path: Path, limit: int) -> None:
    """Refuse what no reader should open, with :class:`FileProblem`.

    A missing or unreachable path, a folder, a pipe or device (it would wait or never
    end), a file over ``limit`` bytes.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileProblem(path, "no_such_file") from None
    except OSError as exc:  # a symlink loop, a name too long, no permission on the way
        raise FileProblem(path, "cannot_read", reason=reason_of(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(path, "is_folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(path, "not_regular")
    if info.st_size > limit:
        raise FileProblem(path, "too_big", size=info.st_size, limit=limit)


def read_json(path: Path | str, limit: int = MAX_JSON_BYTES) -> object:
    """Read a JSON file; :class:`FileProblem` if unreadable, too big or not JSON.

    Only a regular file is read (a pipe would wait for ever, a device never end), at most
    ``limit`` bytes of it; UTF-8 with or without a BOM. Nesting too deep for the parser
    and numbers too long to convert are reported like any other bad JSON.
    """
    path = Path(path)
    check_readable(path, limit)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise FileProblem(path, "cannot_read", reason=reason_of(exc)) from None
    if len(data) > limit:  # it grew while being read
        raise FileProblem(path, "too_big", size=len(data), limit=limit)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(path, "not_utf8") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise FileProblem(path, "duplicate_key", name=shown_key(exc.key)) from None
    except json.JSONDecodeError as exc:
        raise FileProblem(
            path, "not_json", line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from None
    except RecursionError:
        raise FileProblem(path, "too_deep") from None
    except ValueError:  # an integer of thousands of digits (Python's conversion limit)
        raise FileProblem(path, "bad_number") from None


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
    return doc, criteria.validate(kb, doc["answers"], partial=partial)


def assessment_document(
    answers: Mapping[str, str],
    kb: criteria.KnowledgeBase,
    *,
    company: str = "",
    notes: str = "",
    date: dt.date | None = None,
) -> dict[str, Any]:
    """The saved-assessment JSON: DESIGN §3's answers file plus its metadata."""
    return {
        "answers": dict(answers),
        "company": clean_text(company),
        "notes": clean_text(notes),
        "date": (date or dt.date.today()).isoformat(),
        "app_version": __version__,
        "kb_version": kb.version,
    }


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


def _version(text: object) -> tuple[int, ...]:
    """``"0.10.2"`` → (0, 10, 2); () for anything that is not such a version."""
    if not isinstance(text, str) or not re.fullmatch(r"\d+(\.\d+)*", text):
        return ()
    return tuple(int(p) for p in text.split("."))


def opening_notes(
    document: Mapping[str, Any], kb: criteria.KnowledgeBase
) -> list[tuple[str, dict[str, Any]]]:
    """What to tell the user on opening a saved assessment, as (catalogue key, fields).

    A file from a newer version of the app, one assessed with another knowledge base
    (levels may have changed since), and keys this version does not know (left out).
    """
    notes: list[tuple[str, dict[str, Any]]] = []
    saved = document.get("app_version")
    if _version(saved) > _version(__version__):
        notes.append(("open.newer_app", {"saved": saved, "this": __version__}))
    kb_saved = document.get("kb_version")
    if isinstance(kb_saved, str) and kb_saved != kb.version:
        notes.append(("open.other_kb", {"saved": kb_saved, "this": kb.version}))
    extra = sorted(
        str(k) for k in document if k not in (*ASSESSMENT_KEYS, "saved_path", "autosaved_at")
    )
    if extra:
        shown = ", ".join(extra[:5]) + (", …" if len(extra) > 5 else "")
        notes.append(("open.extra_keys", {"keys": shown}))
    return notes
