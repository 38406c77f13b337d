"""Chart helpers shared by the compare and robustness views."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def match_theme(chart: QChart, widget: QWidget) -> None:
    """Give ``chart`` the dark or light theme of ``widget``'s palette, legend at the bottom.

    Setting a theme resets the legend, so it is set only when the theme changes.
    """
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
    if chart.theme() != theme:
        chart.setTheme(theme)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
