"""Start the desktop app: parse the GUI's command line, show the main window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app import __version__

ORGANIZATION = "ExportModelAdvisor"
APPLICATION = "Export Model Advisor"


#: The headless commands (app.cli), listed under the window's options in ``--help``.
COMMANDS = """\
commands (no window; each has --help):
  export-advisor rank ANSWERS.json [--json OUT] [--xlsx OUT] [--lang en|zh]
      rank the six models for an answers file; print the verdict and the table
  export-advisor robustness ANSWERS.json [--samples N] [--seed N]
      [--concentration K] [--json OUT] [--lang en|zh]
      how firm the ranking is (also called: sensitivity)
  export-advisor batch IN.csv|IN.xlsx [--xlsx OUT] [--csv OUT] [--lang en|zh]
      assess every row of a survey (exit 3 when some rows were rejected)
  export-advisor --version
"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of the desktop app's command line."""
    parser = argparse.ArgumentParser(
        prog="export-advisor",
        description="Export Model Advisor: choose a cross-border e-commerce operating model.\n"
        "Without a command it opens the window (and FILE, a saved assessment).",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="an assessment to open")
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="show the main window, let it paint once, then exit 0",
    )
    return parser


def quit_after_first_paint(window, app) -> None:
    """Quit the event loop once ``window`` has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint_filter = FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)


def main(argv: Sequence[str]) -> int:
    """Run the desktop app."""
    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from app.ui import appearance

    appearance.apply(app)
    import criteria
    from app.ui import i18n
    from app.ui import settings as cfg
    from app.ui.main_window import MainWindow

    lang = cfg.LANGUAGE.get(cfg.settings())
    if lang not in i18n.LANGUAGES:
        lang = i18n.system_language()
    i18n.install(lang)
    window = MainWindow(criteria.default(), lang)
    if args.quit_after_startup:
        quit_after_first_paint(window, app)
        window.show()
        app.exec()
        return 0
    window.show()

    def after_first_paint() -> None:
        if args.file:
            window.open_path(args.file, ask=False)
        else:
            window.document.offer_restore()

    QTimer.singleShot(0, after_first_paint)
    return app.exec()
