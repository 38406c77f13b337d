"""What goes wrong with a file, in the catalogue's words, and text every file can hold."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from app.catalogue import Labels

#: What a file or an xlsx cannot hold: lone surrogates (from JSON escapes such as
#: "\\ud83d") and the non-characters U+FFFE and U+FFFF.
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean_text(value: object) -> str:
    """User text every file can hold.

    A string (anything else, a null company say, is ""), with lone surrogates and
    U+FFFE/U+FFFF replaced by U+FFFD.
    """
    return _UNENCODABLE.sub("\ufffd", value) if isinstance(value, str) else ""


#: The notes the app's editor holds: what a report cell holds, less a margin.
MAX_NOTES = 30_000

#: The longest path a message quotes whole; a longer one loses its middle.
SHOWN_PATH = 160


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
        return t(f"file.{self.kind}", path=shown_path(self.path), reason=reason, **self.fields)


def shown_path(path: str, limit: int = SHOWN_PATH) -> str:
    """``path`` as a message quotes it: a very long one keeps its start and its end."""
    if len(path) <= limit:
        return path
    head = limit // 3
    return f"{path[:head]}…{path[-(limit - head - 1) :]}"


def reason_of(exc: OSError) -> str:
    """The catalogue's key for an operating-system error, or the system's words."""
    if exc.errno == errno.ENOSPC:
        return "disk_full"
    if exc.errno == errno.EROFS:
        return "read_only_fs"
    if exc.errno == errno.ENAMETOOLONG:
        return "name_too_long"
    if isinstance(exc, PermissionError):
        return "permission"
    return exc.strerror or str(exc)
