"""The item-data roles the views' models and delegates share, numbered in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole
#: A model or criterion id (the compare picker's items and every table's first column).
ID_ROLE = _USER + 2
#: A score on 0..1, drawn by the bar delegate.
BAR_ROLE = _USER + 1
#: Whether a compare cell holds the best value of its row.
BEST_ROLE = _USER + 3
#: ``(low, current, high)`` of a stability interval, drawn by the range delegate.
RANGE_ROLE = _USER + 4
