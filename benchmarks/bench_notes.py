"""Typing in the notes: a key at the notes' limit against a key in empty notes, one run.

A user who pastes a document into the notes (9.9 MB here) gets what the editor holds
(:data:`app.files.MAX_NOTES` characters) and a line saying the rest was not added; each
key after that must stay as quick as a key anywhere. Median of 41 key presses each,
offscreen. Run: ``make bench``.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

KEYS = 41


def per_key(app, editor) -> float:
    times = []
    for _ in range(KEYS):
        start = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_A)
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        app.processEvents()
        times.append((time.perf_counter() - start) / 2)
    return statistics.median(times)


def main() -> None:
    app = QApplication([])
    import criteria
    from app import files
    from app.ui.main_window import MainWindow
    from samples import PERSONA_BASE

    window = MainWindow(criteria.default(), "en")
    window.show()
    for question, option in PERSONA_BASE.items():
        window.state.set_answer(question, option)
    editor = window.wizard.notes
    editor.setFocus()
    floor = per_key(app, editor)
    start = time.perf_counter()
    editor.setPlainText("x" * 9_900_000)  # a paste of 9.9 MB
    app.processEvents()
    paste = time.perf_counter() - start
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    at_limit = per_key(app, editor)
    print(f"key in empty notes (floor): {floor * 1000:.2f} ms")
    print(
        f"paste of 9.9 MB: {paste:.2f} s, {len(window.state.notes):,} characters kept "
        f"(limit {files.MAX_NOTES:,})"
    )
    print(f"key at the limit: {at_limit * 1000:.2f} ms ({at_limit / floor:.1f}x the floor)")


if __name__ == "__main__":
    main()
