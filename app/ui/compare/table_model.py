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
from criteria.decision import explain
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase

translate = QCoreApplication.translate


class CompareModel(QAbstractTableModel):
    """Criterion, direction, weight, then each chosen model's cell; differences highlighted.

    A row where the chosen models differ is shaded; the best value in it is bold.
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
        return 0 if parent.isValid() or self.result is None else len(self.result.criteria)

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
        """The chosen models' cells on criterion ``row``."""
        assert self.result is not None
        return [float(self.result.matrix[self.result.models.index(m), row]) for m in self.chosen]

    def differs(self, row: int) -> bool:
        """Whether the chosen models differ on criterion ``row``."""
        return len(set(self.values(row))) > 1

    def best(self, row: int) -> set[str]:
        """The chosen models with the best value on criterion ``row``."""
        assert self.result is not None
        values = self.values(row)
        target = max(values) if self.result.objectives[row] == "max" else min(values)
        return {m for m, v in zip(self.chosen, values, strict=True) if v == target}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or self.result is None:
            return None
        row, col = index.row(), index.column()
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


def radar_values(result: RankingResult, model_id: str) -> list[float]:
    """A model's 0..1 performance on every criterion (1 = best of the six), for the radar."""
    return [float(v) for v in explain.performance(result)[result.models.index(model_id)]]
