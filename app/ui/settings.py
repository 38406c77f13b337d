"""Typed settings over QSettings, each declared once: name, type, default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key, its type and its default."""

    key: str
    type: type
    default: T

    def get(self, store: QSettings) -> T:
        """Read the value, falling back to the default when absent or of the wrong type."""
        value: Any = store.value(self.key, self.default)
        if self.type is list:
            if value is None:
                return self.default
            items: Any = [str(v) for v in (value if isinstance(value, list) else [value])]
            return items
        if self.type is QByteArray:
            chosen: Any = value if isinstance(value, QByteArray) else self.default
            return chosen
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, store: QSettings, value: T) -> None:
        """Write the value."""
        store.setValue(self.key, value)


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
RECENT_FILES: Setting[list] = Setting("files/recent", list, [])
LAST_FOLDER = Setting("files/last_folder", str, "")
LANGUAGE = Setting("ui/language", str, "")


def settings() -> QSettings:
    """The application's settings store."""
    return QSettings()


def add_recent(store: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files (no duplicates, at most MAX_RECENT)."""
    recent = [p for p in RECENT_FILES.get(store) if p != path]
    recent = [path, *recent][:MAX_RECENT]
    RECENT_FILES.set(store, recent)
    return recent
