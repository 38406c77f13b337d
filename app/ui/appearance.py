"""The app's look: icon, light or dark palette following the system, high-DPI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

ICON = Path(__file__).with_name("assets") / "export-advisor.svg"


def app_icon() -> QIcon:
    """The application icon, drawn from its SVG at whatever size is asked (crisp on HiDPI)."""
    return QIcon(str(ICON))


def dark_palette() -> QPalette:
    """A dark Fusion palette."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#2a2c30",
        role.ToolTipBase: "#2b2d30",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#33363a",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6cb4ff",
        role.Highlight: "#2f7fd0",
        role.HighlightedText: "#ffffff",
        role.Mid: "#55585d",
        role.PlaceholderText: "#8a8d92",
        role.Light: "#5a5d62",
        role.Midlight: "#45484d",
        role.Dark: "#18191b",
        role.Shadow: "#000000",
    }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7d82"))
    return p


def apply(app: QApplication) -> None:
    """Fusion style, the icon, and a palette that follows the system's colour scheme."""
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    hints = QGuiApplication.styleHints()

    follow_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: follow_scheme(app, scheme))


def follow_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Use the dark palette for a dark system scheme, Fusion's light one otherwise."""
    dark = scheme == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
