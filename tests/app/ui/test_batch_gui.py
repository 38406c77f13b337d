"""File → Batch assess…: the survey ranked on a worker thread, with progress and Cancel."""

import csv

import numpy as np
import openpyxl
from PySide6.QtWidgets import QPushButton

import criteria
from app import presenter
from app.ui.batch_results import BatchResultsDialog
from criteria import validation
from samples import PERSONA_BASE

KB = criteria.default()
QUESTIONS = [q.id for q in KB.questions]


def survey(path, n, bad=0):
    """A survey of ``n`` different SMEs (the first the sample persona).

    ``bad`` more rows follow, each with a budget that is not an option.
    """
    rows = [[PERSONA_BASE[q] for q in QUESTIONS]]
    space = validation.answer_space(KB, "export")
    for k in np.linspace(0, len(space) - 1, n - 1).astype(int):
        rows.append([q.option_ids[space[k, j]] for j, q in enumerate(KB.questions)])
    for _ in range(bad):
        row = list(rows[0])
        row[QUESTIONS.index("capital")] = "lots"
        rows.append(row)
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


def test_a_finished_batch_reports_back_in_a_dialog(qtbot, window, dialog_log, tmp_path):
    """Rows assessed and rejected, the first reasons, the distribution, the files."""
    target = tmp_path / "results.xlsx"
    with qtbot.waitSignal(window.batch.done, timeout=60_000):
        window.batch.run(str(survey(tmp_path / "survey.csv", 5, bad=1)), str(target))
    dialog = window.findChild(BatchResultsDialog, "batch_results")
    assert dialog is not None and dialog.isVisible()
    assert (
        dialog.summary.text() == "6 rows read, 5 assessed, 1 rejected (5 distinct answer profiles)"
    )
    table = dialog.table
    counted = [int(table.item(r, 1).text()) for r in range(table.rowCount())]
    assert sum(counted) == 5 and counted == sorted(counted, reverse=True)
    first = criteria.assess(KB, PERSONA_BASE).recommended
    roles = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert presenter.short_role(KB, first, "export", "en") in roles
    assert table.verticalScrollBar().maximum() == 0  # every line shown
    assert "row 7, capital: 'lots' is not an option" in dialog.reasons.toPlainText()
    dialog.open_results.click()
    assert dialog.open_errors.isEnabled()
    dialog.open_errors.click()
    assert dialog_log.shown_files == [str(target), str(tmp_path / "results.errors.csv")]
    with open(dialog_log.shown_files[1], newline="", encoding="utf-8-sig") as fh:
        assert [r["row"] for r in csv.DictReader(fh)] == ["7"]


def test_a_clean_batch_has_no_errors_to_open(qtbot, window, dialog_log, tmp_path):
    with qtbot.waitSignal(window.batch.done, timeout=60_000):
        window.batch.run(str(survey(tmp_path / "survey.csv", 3)), str(tmp_path / "r.xlsx"))
    dialog = window.findChild(BatchResultsDialog, "batch_results")
    assert dialog.reasons is None and not dialog.open_errors.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx", "survey.csv"]
    for _ in range(2):  # each later run replaces the dialog: one stays open
        with qtbot.waitSignal(window.batch.done, timeout=60_000):
            window.batch.run(str(tmp_path / "survey.csv"), str(tmp_path / "r.xlsx"))
        qtbot.wait(20)  # the closed dialog's deletion
    shown = [d for d in window.findChildren(BatchResultsDialog) if d.isVisible()]
    assert len(shown) == 1


def test_the_survey_template_is_saved_with_its_guide_in_the_chosen_language(
    qtbot, window, dialog_log, tmp_path
):
    window.act_languages["zh"].trigger()
    dialog_log.save_paths.append(str(tmp_path / "模板"))
    window.act_template.trigger()
    assert dialog_log.proposed[-1].endswith(".csv")
    template, guide = tmp_path / "模板.csv", tmp_path / "模板-guide.csv"
    with open(template, newline="", encoding="utf-8-sig") as fh:
        header, example = list(csv.reader(fh))
    assert header == ["company", *QUESTIONS]
    assert example[1] == KB.question("trade_direction").get_option("export").label.zh
    assert guide.exists()
    assert "模板-guide.csv" in window.statusBar().currentMessage()
    # the template, assessed as it is, is a survey of one good row
    with qtbot.waitSignal(window.batch.done, timeout=60_000):
        window.batch.run(str(template), str(tmp_path / "out.xlsx"))
    said = window.findChild(BatchResultsDialog, "batch_results").summary.text()
    assert said.startswith("读取1行，评估1行，拒绝0行") and not dialog_log.errors
