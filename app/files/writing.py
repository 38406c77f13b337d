"""Writes that never half-write: a temporary file beside the target, then a rename.

Several outputs are written all or none; outputs that would replace an input or each
other are refused before anything is written; a temporary file stays locked until it is
renamed, so another writer's clean-up never takes it for a stale one.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from app.files.problems import FileProblem, reason_of

try:  # an advisory lock marks a temporary file as being written (POSIX)
    import fcntl
except ImportError:  # pragma: no cover - Windows: stale files are left to the user
    fcntl = None  # type: ignore[assignment]


#: A temporary name is ``STEM.xxxxxxxx.tmp``: 13 bytes more than its stem.
_TEMP_SUFFIX_BYTES = 13


def _temp_stem(folder: Path, name: str) -> str:
    """The stem of ``name``'s temporary files: ``.NAME``, or shorter.

    Shortened when the temporary name would be longer than the folder's file system
    allows (most allow 255 bytes), with a digest of the whole name so that two long
    names never share their temporary files.
    """
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = 255
    stem = "." + name
    if len(os.fsencode(stem)) + _TEMP_SUFFIX_BYTES <= limit:
        return stem
    digest = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:16]
    while stem and len(os.fsencode(stem + digest)) + _TEMP_SUFFIX_BYTES > limit:
        stem = stem[:-1]
    return stem + digest


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """Create a new hidden temporary file in ``folder``, with the user's usual permissions.

    Unlike :func:`tempfile.mkstemp` (always 0600), the mode follows the umask, so the
    written file is as readable as any other file the user saves. It is locked while
    open, so :func:`remove_stale_temps` can tell a file being written from one a killed
    process left behind.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(folder / f"{_temp_stem(folder, name)}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


#: Seconds a temporary file is left alone before it may be taken for a stale one.
STALE_AFTER = 60.0


def remove_stale_temps(folder: Path, name: str) -> int:
    """Remove the temporary files of ``name`` that no running process is writing.

    A process killed while saving leaves its ``.NAME.xxxxxxxx.tmp`` behind; nobody holds
    its lock any more. One younger than :data:`STALE_AFTER` is left alone whatever its
    lock says (it may be between its creation and its lock). Returns how many were
    removed.
    """
    if fcntl is None:
        return 0
    removed = 0
    now = time.time()
    for tmp in folder.glob(f"{glob_escape(_temp_stem(folder, name))}.*.tmp"):
        try:
            if now - tmp.lstat().st_mtime < STALE_AFTER:
                continue  # it may have been created a moment ago, not yet locked
            fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
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
    try:
        if path.is_symlink():
            path = path.resolve(strict=False)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise FileProblem(path, "folder_missing", folder=folder)
        info = path.stat()
    except FileNotFoundError:
        return path
    except OSError as exc:  # a name or path too long, a folder one cannot enter...
        raise FileProblem(path, "cannot_write", reason=reason_of(exc)) from None
    except RuntimeError as exc:  # a symlink loop
        raise FileProblem(path, "cannot_write", reason=str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(path, "is_folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(path, "not_regular")
    return path


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether ``a`` and ``b`` are one file: one path, a symlink to it or a hard link."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): the same only if the paths resolve alike
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


#: Every file this process has replaced, in order (what an interrupted command says).
_REPLACED: list[str] = []


def replaced() -> list[str]:
    """The files this process has written so far, in the order they were replaced."""
    return list(_REPLACED)


def check_outputs(inputs: Sequence[Path | str], outputs: Sequence[Path | str | None]) -> None:
    """Refuse outputs that would replace an input or each other, before anything is written.

    ``batch S.csv --csv S.csv`` would replace the survey with its results and ``rank
    A.json --json A.json`` an assessment with a ranking; two outputs of one command
    naming one file would leave only one of them. Raises :class:`FileProblem`
    (``is_input`` or ``same_output``); ``None`` outputs (not asked for) are skipped.
    """
    given = [Path(o) for o in outputs if o is not None]
    for k, out in enumerate(given):
        for source in inputs:
            if same_file(out, Path(source)):
                raise FileProblem(out, "is_input", input=source)
        for other in given[:k]:
            if same_file(out, other):
                raise FileProblem(out, "same_output")


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
    with staged([given for given, _ in outputs]) as staging:
        for k, (_, write) in enumerate(outputs):
            staging.write(k, write)


class Staging:
    """The temporary files of :func:`staged`, one per output, open for writing."""

    def __init__(self) -> None:
        self.files: list[IO[bytes]] = []
        self.given: list[Path] = []
        self.targets: list[Path] = []
        self.temps: list[str] = []
        self.dropped: set[int] = set()

    def write(self, k: int, write: Callable[[IO[bytes]], None]) -> None:
        """Let ``write`` fill output ``k``; a system error names that output."""
        try:
            write(self.files[k])
        except OSError as exc:
            raise _write_problem(self.given[k], self.targets[k], exc) from None

    def drop(self, k: int) -> None:
        """Leave output ``k`` unwritten: its target is not touched."""
        self.dropped.add(k)


@contextlib.contextmanager
def staged(paths: Sequence[Path | str]) -> Iterator[Staging]:
    """Temporary files beside ``paths``, written by the caller, then all moved over them.

    On a normal exit each is flushed to disk and renamed over its target, all written
    before any is renamed; on an exception (a failure, Ctrl-C) every temporary file is
    removed and no target is touched. Outputs that would replace each other are refused
    first. A survey streams its outputs through this, a chunk at a time.
    """
    check_outputs((), list(paths))
    staging = Staging()
    locks: list[int] = []  # a second descriptor of each temporary file: its lock held
    try:
        for given in paths:
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
            staging.given.append(original)
            staging.targets.append(path)
            staging.temps.append(tmp)
            # The lock belongs to the open file, not to one descriptor: a duplicate keeps
            # it while the file is closed and renamed, so no other writer's clean-up can
            # take the temporary file for a stale one.
            try:
                locks.append(os.dup(fd))
            except OSError as exc:  # out of descriptors, say
                os.close(fd)
                raise _write_problem(original, path, exc) from None
            staging.files.append(os.fdopen(fd, "wb"))
        yield staging
        kept = [k for k in range(len(staging.temps)) if k not in staging.dropped]
        for k in kept:
            original, path, fh = staging.given[k], staging.targets[k], staging.files[k]
            try:
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
                if path.exists():
                    if not path.stat().st_mode & 0o222:
                        raise FileProblem(original, "read_only")
                    # keep its permissions
                    os.chmod(staging.temps[k], stat.S_IMODE(path.stat().st_mode))
            except OSError as exc:
                raise _write_problem(original, path, exc) from None
        for k in kept:
            original, path = staging.given[k], staging.targets[k]
            try:
                os.replace(staging.temps[k], path)
            except OSError as exc:
                raise _write_problem(original, path, exc) from None
            _REPLACED.append(str(original))
    finally:
        for fh in staging.files:
            with contextlib.suppress(OSError):
                fh.close()
        for tmp in staging.temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        for lock in locks:
            os.close(lock)


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
