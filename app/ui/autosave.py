"""Work in progress kept per running instance, guarded by a lock file.

Each instance writes its own ``autosave-<id>.json`` beside an ``autosave-<id>.lock``
it holds while it runs (:class:`PySide6.QtCore.QLockFile`). Another instance can take
that lock only once its owner is gone — a crash or a kill — so a running instance's
work is never offered to another nor deleted by it, and a crashed instance's work is
found by the next one to start. A clean exit removes both files.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from app import files

PREFIX = "autosave-"
#: The single autosave file of earlier versions: recovered like a crashed instance's.
LEGACY = "autosave.json"


def default_folder() -> Path:
    """The user data folder's ``autosave`` folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # Never treat a lock as stale because of its age: only a dead owner frees it (Qt
    # checks the process id and name written in the lock file).
    lock.setStaleLockTime(0)
    return lock


class AutosaveStore:
    """The running instance's autosave file, and the orphans crashed instances left."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = default_folder() if folder is None else Path(folder)
        self.id = f"{os.getpid()}-{secrets.token_hex(3)}"
        self.path = self.folder / f"{PREFIX}{self.id}.json"
        self._lock: QLockFile | None = None

    def _hold(self) -> None:
        if self._lock is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # read-only, a file in the way, no permission
                raise files.FileProblem(
                    self.folder,
                    "cannot_create",
                    folder=self.folder.parent,
                    reason=files.reason_of(exc),
                ) from None
            self._lock = _lock(self.path.with_suffix(".lock"))
            self._lock.tryLock(0)

    def write(self, document: dict) -> None:
        """Keep ``document`` as this instance's work in progress (atomically).

        Raises :class:`app.files.FileProblem` when the data folder cannot be written.
        """
        self._hold()
        files.write_json(self.path, document)

    def exists(self) -> bool:
        """Whether this instance has work in progress on disk."""
        return self.path.exists()

    def discard(self) -> None:
        """Forget this instance's work in progress (after a save)."""
        with contextlib.suppress(OSError):  # no folder, or not one: nothing to forget
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean exit: forget the work in progress and release the lock."""
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def orphans(self) -> list[Path]:
        """Autosaves whose instance is gone, newest first (never a running instance's)."""
        found = []
        for path in self.folder.glob(f"{PREFIX}*.json"):
            if path == self.path:
                continue
            lock = _lock(path.with_suffix(".lock"))
            if lock.tryLock(0):  # its owner is gone: the file is ours to offer
                lock.unlock()
                found.append(path)
        legacy = self.folder.parent / LEGACY
        if legacy.is_file():  # a folder of that name is not work in progress
            found.append(legacy)
        return sorted(found, key=_mtime, reverse=True)

    @staticmethod
    def read(path: Path) -> dict:
        """An orphan's document (raises :class:`app.files.FileProblem` if unreadable)."""
        doc = files.read_json(path)
        if not isinstance(doc, dict):
            raise files.FileProblem(path, "not_assessment")
        return doc

    @staticmethod
    def remove(path: Path) -> None:
        """Delete an orphan and its lock file (what cannot be deleted is left)."""
        for p in (path, path.with_suffix(".lock")):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)

    @staticmethod
    def set_aside(path: Path) -> Path:
        """Keep an unreadable orphan as ``NAME.corrupt`` (never offered again); returns it."""
        aside = path.with_name(f"{path.name}.{secrets.token_hex(2)}.corrupt")
        try:
            path.rename(aside)
        except OSError:
            return path
        with contextlib.suppress(OSError):
            path.with_suffix(".lock").unlink(missing_ok=True)
        return aside


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
