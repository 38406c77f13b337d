"""Table models of the robustness view, with named columns; testable without widgets."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.ui.roles import RANGE_ROLE
from criteria.knowledge import KnowledgeBase
from criteria.robustness.analysis import RobustnessResult

translate = QCoreApplication.translate


class StabilityModel(QAbstractTableModel):
    """Per criterion: its weight now and the range that keeps the TOPSIS top model."""

    CRITERION, NOW, RANGE = range(3)
    headers = (
        QT_TRANSLATE_NOOP("robustness", "Criterion"),
        QT_TRANSLATE_NOOP("robustness", "Weight now"),
        QT_TRANSLATE_NOOP("robustness", "Keeps the top model from … to …"),
    )

    def __init__(self, kb: KnowledgeBase, parent=None) -> None:
        super().__init__(parent)
        self.kb, self.lang = kb, "en"
        self.rows: list = []
        self.held = 1.0

    def set_analysis(
        self, analysis: RobustnessResult | None, lang: str, *, held: float = 1.0
    ) -> None:
        """Show the stability intervals of ``analysis``.

        Its figures are shares of the criteria in the ranking; they are shown as shares
        of all the weights (times ``held``, the share those criteria hold), as in Results.
        """
        self.beginResetModel()
        self.lang = lang
        self.held = held
        self.rows = (
            [] if analysis is None else [s for s in analysis.stability.values() if not s.constant]
        )
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("robustness", self.headers[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        s, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return self.kb.criterion(s.criterion).name.get(self.lang)
            h = self.held
            if col == self.NOW:
                return f"{s.current * h:.1%}"
            return f"{s.low * h:.1%} – {s.high * h:.1%}"
        if role == RANGE_ROLE and col == self.RANGE:
            return (s.low, s.current, s.high)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.NOW:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.RANGE:
            return translate(
                "robustness",
                "Only this criterion's weight moves; the others "
                "keep their proportions. Narrow ranges mean a fragile ranking.",
            )
        return None
