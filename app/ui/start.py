"""Start the desktop app: parse the GUI's command line, show the main window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app import __version__

ORGANIZATION = "ExportModelAdvisor"
APPLICATION = "Export Model Advisor"


def build_parser(commands: bool = False) -> argparse.ArgumentParser:
    """The parser of the desktop app's command line.

    With ``commands``, ``--help`` also lists the headless commands, as their own parser
    words them (which loads it: only asked for when ``--help`` is given).
    """
    epilog = None
    if commands:
        from app.cli.dispatch import commands_help

        epilog = commands_help()
    parser = argparse.ArgumentParser(
        prog="export-advisor",
        description="Export Model Advisor: choose a cross-border e-commerce operating model.\n"
        "Without a command it opens the window (and FILE, a saved assessment).",
        epilog=epilog,
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
    asks_help = any(a in ("-h", "--help") or a.startswith("--h") for a in argv)
    args = build_parser(commands=asks_help).parse_args(argv)
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
