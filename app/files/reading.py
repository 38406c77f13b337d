"""Reading files with limits: a regular file of bounded size, strict JSON."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from app.files.problems import FileProblem, reason_of
from criteria.decision.answers import shown_key


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
