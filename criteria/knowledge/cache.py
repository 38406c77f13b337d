"""The shipped knowledge base, validated once and kept between runs.

Validating the knowledge base with pydantic costs more than a start of the command line
(importing pydantic and building its validators: about 0.1 s). The records it makes
are plain frozen dataclasses (:mod:`criteria.knowledge.schema`), so they are kept as
JSON in one cache file beside the key they were made from: a hash of each data file,
of the modules that validate them and of the Python version. A start whose key
matches rebuilds the records from it in a few milliseconds; any other start validates
the files again and replaces the cache.

The file is data, never code: each record names its class, and only the classes the
caller allows are built (by their own constructors, so their checks run), so a file
planted in the cache folder can at worst make the start validate again. (A pickle
would run whatever the file said when loaded.)

The cache folder is ``$EXPORT_ADVISOR_CACHE`` when set (empty: no cache), otherwise the
platform's: ``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS,
``%LOCALAPPDATA%`` on Windows, each with ``export-advisor`` inside. Reading never
fails: a missing, stale, corrupt or unreadable cache only means validating again.
Writing is best effort, through a temporary file beside the cache and a rename, so a
reader sees the old cache or the new one, never part of one. The file is the user's
own, like the rest of their cache folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from importlib.util import source_hash
from pathlib import Path
from typing import TypeVar

#: The environment variable naming the cache folder ("" turns the cache off).
ENV = "EXPORT_ADVISOR_CACHE"
FILENAME = "knowledge-base.json"
#: Changed when what the file holds changes shape.
FORMAT = 2

T = TypeVar("T")


def folder() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    if ENV in os.environ:
        return Path(os.environ[ENV]) if os.environ[ENV] else None
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "export-advisor"


def key(data_dir: Path, code: Iterable[Path]) -> str | None:
    """A hash of the data files, the validating code and Python; None if unreadable.

    The hash is the one Python itself keys bytecode caches with
    (:func:`importlib.util.source_hash`, 64-bit SipHash), over every part in turn. In a
    frozen bundle the modules' sources are not files; the executable's size and time
    stand for them (a new build is a new executable).
    """
    parts = [f"{FORMAT} {sys.version}".encode()]
    try:
        for path in sorted(Path(data_dir).glob("*.toml")):
            parts += [path.name.encode(), path.read_bytes()]
        for path in code:
            if path.is_file():
                parts.append(path.read_bytes())
            else:
                stat = Path(sys.executable).stat()
                parts.append(f"{sys.executable} {stat.st_size} {stat.st_mtime_ns}".encode())
    except OSError:
        return None
    return "-".join(source_hash(p).hex() for p in parts)


class _NotOurs(ValueError):
    """The file holds something other than records of the allowed classes."""


def encode(value: object) -> object:
    """``value`` as plain JSON: a record as its class and fields, tuples and dicts tagged."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@": type(value).__name__, **fields}
    if isinstance(value, tuple):
        return {"@t": [encode(v) for v in value]}
    if isinstance(value, Mapping):
        return {"@d": [[encode(k), encode(v)] for k, v in value.items()]}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(data: object, types: Mapping[str, type]) -> object:
    """:func:`encode`'s output back into records; only ``types`` are ever built."""
    if isinstance(data, dict):
        if "@" in data:
            cls = types.get(data["@"])
            if cls is None:
                raise _NotOurs(data["@"])
            fields = {k: decode(v, types) for k, v in data.items() if k != "@"}
            return cls(**fields)
        if set(data) == {"@t"} and isinstance(data["@t"], list):
            return tuple(decode(v, types) for v in data["@t"])
        if set(data) == {"@d"} and isinstance(data["@d"], list):
            return {decode(k, types): decode(v, types) for k, v in data["@d"]}
        raise _NotOurs("an untagged object")
    if data is None or isinstance(data, (str, int, float, bool)):
        return data
    raise _NotOurs(type(data).__name__)


def read(expected: str | None, kind: type[T], types: Mapping[str, type]) -> T | None:
    """The cached ``kind`` made from ``expected``, if the cache holds one.

    ``types``: the record classes the file may name, by name; anything else in it, a
    stale key, a wrong shape or an unreadable file means None (validate again).
    """
    where = folder()
    if expected is None or where is None:
        return None
    try:
        # Without blocking, and only a regular file: a FIFO planted there would hang
        # every start, a device would be read for ever.
        fd = os.open(where / FILENAME, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            document = json.load(fh)
        if not isinstance(document, dict) or document.get("key") != expected:
            return None
        cached = decode(document.get("value"), types)
    except Exception:  # missing, unreadable, truncated, tampered: validate again
        return None
    return cached if isinstance(cached, kind) else None


def write(made_from: str | None, value: object) -> bool:
    """Keep ``value`` as the cache for key ``made_from``; False when it could not be."""
    import tempfile  # only a start that validated writes: not imported at every start

    where = folder()
    if made_from is None or where is None:
        return False
    temp = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "wb", dir=where, prefix=f".{FILENAME}.", suffix=".tmp", delete=False
        ) as fh:
            temp = fh.name
            text = json.dumps({"key": made_from, "value": encode(value)}, ensure_ascii=False)
            fh.write(text.encode("utf-8"))
        os.replace(temp, where / FILENAME)
    except (OSError, TypeError, ValueError):
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        return False
    return True
