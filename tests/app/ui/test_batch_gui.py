"""File → Batch assess…: the survey ranked on a worker thread, with progress and Cancel."""

import csv

import numpy as np
import openpyxl
from PySide6.QtWidgets import QPushButton

import criteria
from criteria import validation
from samples import PERSONA_BASE

KB = criteria.default()
QUESTIONS = [q.id for q in KB.questions]


def survey(path, n):
    """A survey of ``n`` different SMEs (the first the sample persona)."""
    rows = [[PERSONA_BASE[q] for q in QUESTIONS]]
    space = validation.answer_space(KB, "export")
    for k in np.linspace(0, len(space) - 1, n - 1).astype(int):
        rows.append([q.option_ids[space[k, j]] for j, q in enumerate(KB.questions)])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["company", *QUESTIONS])
        writer.writerows([f"SME {i}", *row] for i, row in enumerate(rows))
    return path


def test_batch_assess_writes_the_results_and_says_so(qtbot, window, dialog_log, tmp_path):
    dialog_log.survey_paths.append(str(survey(tmp_path / "survey.csv", 12)))
    dialog_log.save_paths.append(str(tmp_path / "results"))
    with qtbot.waitSignal(window.batch.done, timeout=60_000) as done:
        assert window.batch_assess()
        assert window.batch.running
        dialog = window.findChild(object, "batch_progress")
        assert dialog is not None and dialog.isVisible()
    assert not window.batch.running
    assert dialog_log.proposed[-1].endswith("survey-results.xlsx")  # proposed beside it
    assert "Assessed 12 rows (0 rejected)" in done.args[0]
    book = openpyxl.load_workbook(tmp_path / "results.xlsx")
    rows = list(book["Results"].iter_rows(values_only=True))
    assert len(rows) == 14 and rows[2][0] == "SME 0"  # under the names and the ids
    assert rows[2][1] == criteria.assess(KB, PERSONA_BASE).recommended
    assert window.statusBar().currentMessage() == done.args[0]


def test_cancel_stops_the_work_and_writes_nothing(qtbot, window, dialog_log, tmp_path):
    target = tmp_path / "results.xlsx"
    with qtbot.waitSignal(window.batch.done, timeout=60_000) as done:
        window.batch.run(str(survey(tmp_path / "survey.csv", 400)), str(target))
        window.batch.dialog.findChild(QPushButton).click()  # its Cancel button
    assert "cancelled" in done.args[0]
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["survey.csv"]  # no temporary file


def test_a_bad_survey_shows_one_message(qtbot, window, dialog_log, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("company,capital\nAcme,lt_500k\n", encoding="utf-8")
    with qtbot.waitSignal(window.batch.done, timeout=30_000):
        window.batch.run(str(bad), str(tmp_path / "o.xlsx"))
    assert dialog_log.errors and "no column for trade_direction" in dialog_log.errors[-1][1]
    assert not (tmp_path / "o.xlsx").exists()
