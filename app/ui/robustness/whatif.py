"""What-if weights: one slider per criterion, the others rescaled so the sum stays 1."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from criteria.knowledge import KnowledgeBase
from criteria.robustness.analysis import rescale

STEPS = 1000  # slider resolution: a thousandth of its range


class IntervalSlider(QSlider):
    """A slider that shades the range of its weight keeping the recommendation first."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.interval: tuple[float, float] | None = None  # as fractions of the track

    def set_interval(self, interval: tuple[float, float] | None) -> None:
        """Shade ``(low, high)`` (fractions 0..1 of the track), or nothing."""
        self.interval = interval
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.interval is not None:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            groove = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
            )
            low, high = (max(0.0, min(1.0, x)) for x in self.interval)
            left = groove.left() + round(low * groove.width())
            right = groove.left() + round(high * groove.width())
            painter = QPainter(self)
            color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(70)
            painter.fillRect(
                QRect(left, groove.top() - 3, max(2, right - left), groove.height() + 6), color
            )
            painter.end()
        super().paintEvent(event)


class WhatIfPanel(QWidget):
    """Sliders over the active criteria's weights; emits ``weights_changed(weights)``."""

    weights_changed = Signal(object)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatif")
        self.kb, self.lang = kb, "en"
        self.criteria: tuple[str, ...] = ()
        self.base = np.zeros(0)
        self.weights = np.zeros(0)
        self.top = 1.0  # the weight at a slider's right end
        # The figures shown are shares of all the weights, as in Results and the report:
        # the active criteria's weights (summing to 1) times the share they hold.
        self.scale = 1.0
        self.sliders: list[IntervalSlider] = []
        self.names: list[QLabel] = []
        self.values: list[QDoubleSpinBox] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.left_out = QLabel(objectName="whatif_left_out", wordWrap=True)
        self.left_out.hide()
        self.reset_button = QPushButton(objectName="whatif_reset")
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.left_out)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)

    def _say_left_out(self) -> None:
        names = [self.kb.criterion(c).name.get(self.lang) for c in getattr(self, "_left_out", ())]
        self.left_out.setVisible(bool(names))
        self.left_out.setText(
            self.tr(
                "Left out: {0}, equal for every model, so its weight cannot change the order."
            ).format(", ".join(names))
            if names
            else ""
        )

    def retranslate(self, lang: str) -> None:
        """Show every text in ``lang``."""
        self.lang = lang
        self._say_left_out()
        self.reset_button.setText(self.tr("Reset to the questionnaire's weights"))
        for label, cid in zip(self.names, self.criteria, strict=True):
            label.setText(self.kb.criterion(cid).name.get(lang))
        for slider, cid in zip(self.sliders, self.criteria, strict=True):
            slider.setAccessibleName(
                self.tr("Weight of {0}").format(self.kb.criterion(cid).name.get(lang))
            )

    def set_weights(
        self,
        criteria: tuple[str, ...],
        weights: np.ndarray,
        *,
        held: float = 1.0,
        left_out: tuple[str, ...] = (),
    ) -> None:
        """Start from ``weights`` (the active criteria's, summing to 1).

        ``held`` is the share of all the weights those criteria hold: the figures shown
        are shares of all the weights (the Results view's), and ``left_out`` names the
        criteria equal for every model, whose weight cannot change the order.
        """
        if criteria != self.criteria:
            self._build(criteria)
        self.scale = float(held)
        self._left_out = left_out
        self._say_left_out()
        self.base = np.asarray(weights, dtype=float)
        # The sliders span three times the largest weight (at most 100 %), so today's
        # weights sit across the track rather than crowded at its left end.
        self.top = float(min(1.0, np.ceil(3 * self.base.max() * 20) / 20))
        self._show(self.base)

    def _build(self, criteria: tuple[str, ...]) -> None:
        for w in self.sliders + self.names + self.values:
            self.grid.removeWidget(w)
            w.deleteLater()
        self.criteria = criteria
        self.sliders, self.names, self.values = [], [], []
        for row, cid in enumerate(criteria):
            name = QLabel()
            slider = IntervalSlider(Qt.Orientation.Horizontal, objectName=f"whatif_{cid}")
            slider.setRange(0, STEPS)
            slider.setPageStep(STEPS // 20)
            value = QDoubleSpinBox(objectName=f"whatif_value_{cid}", suffix=" %", decimals=1)
            value.setRange(0.0, 100.0)
            value.setSingleStep(0.5)
            value.setKeyboardTracking(False)  # re-rank when the number is entered
            name.setBuddy(slider)
            slider.valueChanged.connect(lambda v, j=row: self.move_weight(j, v / STEPS * self.top))
            value.valueChanged.connect(lambda v, j=row: self.move_weight(j, v / 100 / self.scale))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(slider, row, 1)
            self.grid.addWidget(value, row, 2)
            self.names.append(name)
            self.sliders.append(slider)
            self.values.append(value)
        self.retranslate(self.lang)

    def _show(self, weights: np.ndarray) -> None:
        self.weights = np.asarray(weights, dtype=float)
        for slider, value, w in zip(self.sliders, self.values, self.weights, strict=True):
            for widget in (slider, value):
                widget.blockSignals(True)
            slider.setValue(round(min(w, self.top) / self.top * STEPS))
            value.setValue(100 * w * self.scale)
            for widget in (slider, value):
                widget.blockSignals(False)
        self.reset_button.setEnabled(not np.allclose(self.weights, self.base))

    def set_intervals(self, intervals: dict[str, tuple[float, float]]) -> None:
        """Shade on each slider the weights that keep the recommendation first."""
        for cid, slider in zip(self.criteria, self.sliders, strict=True):
            low_high = intervals.get(cid)
            slider.set_interval(
                None if low_high is None else (low_high[0] / self.top, low_high[1] / self.top)
            )

    def move_weight(self, index: int, value: float) -> None:
        """Set one weight (0..1); the others keep their proportions."""
        self._show(rescale(self.weights, index, value))
        self.weights_changed.emit(self.weights)

    def reset(self) -> None:
        """Back to the questionnaire's weights."""
        self._show(self.base)
        self.weights_changed.emit(self.weights)
