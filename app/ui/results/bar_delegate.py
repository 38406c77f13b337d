"""Paints a score bar behind a cell's text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.roles import BAR_ROLE


class BarDelegate(QStyledItemDelegate):
    """Draws ``BAR_ROLE`` (0..1) as a horizontal bar, then the cell text over it.

    The bar is grey in a row whose foreground is set (a model set apart), and light on
    the highlight in the selected row.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(BAR_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect.adjusted(4, 5, -4, -5))
        # a row set apart (its foreground greyed: not feasible, say) gets a grey bar
        apart = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(apart, QBrush):
            color = QColor(apart.color())
            color.setAlpha(120)
        elif selected:  # a light bar on the highlight, so the selected row keeps its bar
            color = QColor(option.palette.color(QPalette.ColorRole.HighlightedText))
            color.setAlpha(110)
        else:
            color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            color.setAlpha(170)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(
            QRectF(rect.left(), rect.top(), max(2.0, rect.width() * float(value)), rect.height()),
            3,
            3,
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(
            rect.adjusted(6, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            str(index.data()),
        )
        painter.restore()
