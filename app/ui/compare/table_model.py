"""Per-criterion comparison table: rows criteria, a column per chosen model."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app import presenter
from app.ui.roles import BEST_ROLE
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase

translate = QCoreApplication.translate


class CompareModel(QAbstractTableModel):
    """Criterion, direction, weight, then each chosen model's cell; differences highlighted.

    A row where the chosen models differ is shaded; the best value in it is bold. The
    last row is each model's overall fit (0–100), the weighted whole of the rows above.
    """

    CRITERION, DIRECTION, WEIGHT = range(3)
    FIXED = 3

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.result: RankingResult | None = None
        self.chosen: list[str] = []
        self.lang = "en"

    def set_data(self, result: RankingResult | None, chosen: list[str], lang: str) -> None:
        """Compare ``chosen`` model ids within ``result``."""
        self.beginResetModel()
        self.result, self.chosen, self.lang = result, list(chosen), lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self.result.criteria) + 1

    def is_fit_row(self, row: int) -> bool:
        """Whether ``row`` is the overall fit, under the criteria."""
        return self.result is not None and row == len(self.result.criteria)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.chosen)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < self.FIXED:
            return (
                translate("compare", "Criterion"),
                translate("compare", "Better when"),
                translate("compare", "Weight"),
            )[section]
        direction = self.result.direction if self.result is not None else "export"
        name = presenter.short_role(
            self.kb, self.chosen[section - self.FIXED], direction, self.lang
        )
        return textwrap.fill(name, 18)  # headers show line breaks; long names stay readable

    def values(self, row: int) -> list[float]:
        """The chosen models' cells on criterion ``row`` (their fits, 0–100, on the last)."""
        assert self.result is not None
        index = [self.result.models.index(m) for m in self.chosen]
        if self.is_fit_row(row):
            return [round(100 * float(self.result.fit[i]), 1) for i in index]
        return [float(self.result.matrix[i, row]) for i in index]

    def differs(self, row: int) -> bool:
        """Whether the chosen models differ on criterion ``row``."""
        return len(set(self.values(row))) > 1

    def best(self, row: int) -> set[str]:
        """The chosen models with the best value on criterion ``row``."""
        assert self.result is not None
        values = self.values(row)
        higher = self.is_fit_row(row) or self.result.objectives[row] == "max"
        target = max(values) if higher else min(values)
        return {m for m, v in zip(self.chosen, values, strict=True) if v == target}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
        if self.is_fit_row(row):
            return self._fit_data(col, role)
        cid = self.result.criteria[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return self.kb.criterion(cid).name.get(self.lang)
            if col == self.DIRECTION:
                if self.result.objectives[row] == "max":
                    return translate("compare", "higher")
                return translate("compare", "lower")
            if col == self.WEIGHT:
                return f"{self.result.weights[row]:.1%}"
            return f"{self.values(row)[col - self.FIXED]:g}"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CRITERION:
            return self.kb.criterion(cid).explanation.get(self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.DIRECTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(row):
            return QBrush(QColor(255, 196, 0, 45))
        if col >= self.FIXED and role in (Qt.ItemDataRole.FontRole, BEST_ROLE):
            is_best = self.differs(row) and self.chosen[col - self.FIXED] in self.best(row)
            if role == BEST_ROLE:
                return is_best
            if is_best:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _fit_data(self, col: int, role: int):
        """The overall fit row: bold, its best value marked as on the criteria's rows."""
        assert self.result is not None
        row = len(self.result.criteria)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return translate("compare", "Overall fit (0–100)")
            if col == self.DIRECTION:
                return translate("compare", "higher")
            if col == self.WEIGHT:
                return "100%"
            return f"{self.values(row)[col - self.FIXED]:.1f}"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CRITERION:
            return translate(
                "compare", "The weighted mean of the rule's 0–1 values on every criterion, × 100."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.DIRECTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == BEST_ROLE and col >= self.FIXED:
            return self.differs(row) and self.chosen[col - self.FIXED] in self.best(row)
        return None


def radar_values(result: RankingResult, model_id: str) -> list[float]:
    """A model's value on every criterion on its fixed 0..1 scale, as the rule scores it.

    1 is the best level the scale has (not merely the best of the six), so two models
    that are both poor on a criterion stay near the centre instead of both reaching 1.
    """
    return [float(v) for v in result.utilities[result.models.index(model_id)]]
