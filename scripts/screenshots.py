"""Render the app's views to PNG files (for docs/ and for looking at changes).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUTDIR [en|zh]``.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import criteria  # noqa: E402
from app.survey.template import EXAMPLE  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

SAMPLE = EXAMPLE  # the survey template's example: a household-goods exporter


def batch_dialog(window: MainWindow, out: Path, lang: str) -> None:
    """The dialog a batch run ends with: the template's example row, varied, and two bad rows."""
    import csv
    import tempfile

    from app import survey
    from app.ui.batch_results import BatchResultsDialog

    kb = window.kb
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "survey.csv"
        survey.write_template(template, kb, lang)
        with open(template, newline="", encoding="utf-8-sig") as fh:
            header, example = list(csv.reader(fh))
        rows = []
        for k, (goal, capital) in enumerate(
            [(g, c) for g in kb.question("goal").options for c in kb.question("capital").options]
        ):
            row = list(example)
            row[0] = f"SME {k + 1}"
            row[header.index("goal")] = goal.label.get(lang)
            row[header.index("capital")] = capital.label.get(lang)
            rows.append(row)
        rows[3][header.index("capital")] = "lots"
        rows[7][header.index("traffic")] = ""
        with open(template, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([header, *rows])
        target = Path(folder) / "results.xlsx"
        outcome = survey.run(template, kb, xlsx_out=target, lang=lang, keep_errors=True)
        dialog = BatchResultsDialog(kb, outcome, str(target), lang, window)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"batch-{lang}.png"))
        dialog.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("ExportModelAdvisorScreenshots")
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    i18n.install(lang)
    window = MainWindow(criteria.default(), lang)
    window.resize(1366, 768)  # a common laptop screen
    window.show()
    window.state.set_company("Ningbo Sunrise Housewares Co.")
    for index, page in enumerate(window.kb.pages):
        window.wizard.go(index)
        for q in window.kb.questions_on(page.id):
            window.state.set_answer(q.id, SAMPLE[q.id])
        if page.id == "capital":
            window.wizard.boxes["capital"].sources_toggle.setChecked(True)
        app.processEvents()
        window.grab().save(str(out / f"wizard-{index + 1}-{page.id}-{lang}.png"))
    window.show_results()
    app.processEvents()
    deadline = time.monotonic() + 60
    while window.results._verified_for is None and time.monotonic() < deadline:
        app.processEvents()  # scikit-criteria checks the ranking on a pool thread
        time.sleep(0.05)
    app.processEvents()
    window.grab().save(str(out / f"results-{lang}.png"))
    window.results.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / f"results-weights-{lang}.png"))
    result = window.state.result()
    window.compare.choose(list(result.ranking[:3]))
    window.show_compare()
    app.processEvents()
    window.grab().save(str(out / f"compare-{lang}.png"))
    window.tabs.setCurrentIndex(3)
    deadline = time.monotonic() + 60
    while window.robustness.analysis is None and time.monotonic() < deadline:
        app.processEvents()  # the analysis runs on a worker thread
        time.sleep(0.02)
    app.processEvents()
    window.grab().save(str(out / f"robustness-{lang}.png"))
    window.robustness.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / f"robustness-stability-{lang}.png"))
    window.robustness.tabs.setCurrentIndex(2)
    app.processEvents()
    window.grab().save(str(out / f"robustness-changes-{lang}.png"))
    batch_dialog(window, out, lang)
    window.state._set_dirty(False)
    window.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
