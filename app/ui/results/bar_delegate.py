"""Paints a score bar behind a cell's text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.roles import BAR_ROLE


class BarDelegate(QStyledItemDelegate):
    """Draws ``BAR_ROLE`` (0..1) as a horizontal bar, then the cell text over it."""

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
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect.adjusted(4, 5, -4, -5))
        color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(110 if option.state & QStyle.StateFlag.State_Selected else 170)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(
            QRectF(rect.left(), rect.top(), max(2.0, rect.width() * float(value)), rect.height()),
            3,
            3,
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.setPen(option.palette.color(role))
        painter.drawText(
            rect.adjusted(6, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            str(index.data()),
        )
        painter.restore()
