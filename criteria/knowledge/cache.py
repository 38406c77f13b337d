"""The shipped knowledge base, validated once and kept between runs.

Validating the knowledge base with pydantic costs more than a start of the command line
(importing pydantic and building its validators: about 0.1 s). The records it makes
are plain dataclasses (:mod:`criteria.knowledge.schema`), so they are kept, pickled, in one cache
file beside the key they were made from: a hash of each data file, of the modules that
validate them and of the Python version. A start whose key matches reads the
records back in a few milliseconds; any other start validates the files again and
replaces the cache.

The cache folder is ``$EXPORT_ADVISOR_CACHE`` when set (empty: no cache), otherwise the
platform's: ``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS,
``%LOCALAPPDATA%`` on Windows, each with ``export-advisor`` inside. Reading never
fails: a missing, stale, corrupt or unreadable cache only means validating again.
Writing is best effort, through a temporary file beside the cache and a rename, so a
reader sees the old cache or the new one, never part of one. The file is the user's
own, like the rest of their cache folder.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
from collections.abc import Iterable
from importlib.util import source_hash
from pathlib import Path
from typing import TypeVar

#: The environment variable naming the cache folder ("" turns the cache off).
ENV = "EXPORT_ADVISOR_CACHE"
FILENAME = "knowledge-base.pickle"
#: Changed when what the file holds changes shape.
FORMAT = 1

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


def read(expected: str | None, kind: type[T]) -> T | None:
    """The cached object made from ``expected``, if the cache holds one of ``kind``."""
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
            cached = pickle.load(fh)
    except Exception:  # missing, unreadable, truncated, from other code: validate again
        return None
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == expected:
        if isinstance(cached[1], kind):
            return cached[1]
    return None


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
            pickle.dump((made_from, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, where / FILENAME)
    except OSError:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        return False
    return True
