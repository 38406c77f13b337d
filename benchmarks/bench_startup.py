"""Start-up: the app's first paint against a bare PySide6 window, measured in one run.

Both run as fresh processes, offscreen, until their window has painted once; the
figure is the median wall time of each, and the ratio. Peak memory (max RSS) of the
app at its first paint is printed too. The project's bytecode is compiled first, as an
install has it (pip and the bundle compile it), and the validated knowledge base is in
its cache, as at every start after the first; the first start, which validates the
knowledge base and fills the cache, is timed apart. Run: ``make bench``.
"""

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
FIRST_RUNS = 5
ROOT = Path(__file__).resolve().parents[1]
BARE = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.menuBar().addMenu("&File")
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
APP = """
import resource
from app.__main__ import main
assert main(["--quit-after-startup"]) == 0
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, **extra: str) -> tuple[float, int]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        **extra,
    }
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    elapsed = time.perf_counter() - start
    return elapsed, int(out.stdout.split()[-1])


def main() -> None:
    for package in ("app", "criteria"):
        compileall.compile_dir(ROOT / package, quiet=1)
    run(BARE), run(APP)  # warm the file cache and the knowledge base's cache
    bare, app = [], []
    for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
        bare.append(run(BARE))
        app.append(run(APP))
    t_bare = statistics.median(t for t, _ in bare)
    t_app = statistics.median(t for t, _ in app)
    rss_app = max(r for _, r in app) / 1024
    rss_bare = max(r for _, r in bare) / 1024
    print(f"bare PySide6 window, first paint: {t_bare:.3f} s (median of {RUNS})")
    print(f"Export Model Advisor, first paint: {t_app:.3f} s (median of {RUNS})")
    ratio = t_app / t_bare
    print(f"ratio: {ratio:.2f}x (target <= 2x: {'ok' if ratio <= 2 else 'MISSED'})")
    first = []
    for _ in range(FIRST_RUNS):
        with tempfile.TemporaryDirectory() as empty:
            first.append(run(APP, EXPORT_ADVISOR_CACHE=empty)[0])
    print(
        f"first start, validating the knowledge base into an empty cache: "
        f"{statistics.median(first):.3f} s (median of {FIRST_RUNS})"
    )
    print(
        f"peak memory at first paint: app {rss_app:.0f} MiB, bare window {rss_bare:.0f} MiB "
        "(target <= 200 MiB)"
    )


if __name__ == "__main__":
    main()
