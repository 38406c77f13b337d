"""Paints a stability interval as a bar on a 0–100 % scale, with the current weight."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.roles import RANGE_ROLE


class RangeDelegate(QStyledItemDelegate):
    """Draws ``RANGE_ROLE`` = (low, current, high) in 0..1 as a bar and a marker."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(RANGE_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        low, current, high = value
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(option.rect.adjusted(8, 0, -120, 0))
        mid = track.center().y()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(track.left(), mid), QPointF(track.right(), mid))
        bar = QRectF(
            track.left() + track.width() * low, mid - 6, max(2.0, track.width() * (high - low)), 12
        )
        color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(bar, 3, 3)
        x = track.left() + track.width() * current
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 2))
        painter.drawLine(QPointF(x, mid - 9), QPointF(x, mid + 9))
        painter.drawText(
            QRectF(track.right() + 8, option.rect.top(), 112, option.rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            str(index.data()),
        )
        painter.restore()
