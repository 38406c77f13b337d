"""Start the desktop app: parse the GUI's command line, show the main window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    """The parser of the desktop app's command line."""
    parser = argparse.ArgumentParser(
        prog="export-advisor",
        description="Export Model Advisor: choose a cross-border e-commerce operating model. "
                    "Headless: 'export-advisor rank ANSWERS.json [--json OUT] [--xlsx OUT] "
                    "[--lang en|zh]'.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="an assessment to open")
    parser.add_argument("--quit-after-startup", action="store_true",
                        help="show the main window, let it paint once, then exit 0")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run the desktop app."""
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    window = QLabel("Export Model Advisor")
    window.show()
    if args.quit_after_startup:
        QTimer.singleShot(0, app.quit)
    return app.exec()
