"""Files, autosave, compare and the window's menus."""

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import criteria
from app import presenter
from app.ui.main_window import MainWindow
from samples import PERSONA_BASE


def fill(window, answers=PERSONA_BASE):
    for qid, oid in answers.items():
        window.state.set_answer(qid, oid)


def test_save_then_reopen_gives_the_same_answers(qtbot, window, dialog_log, tmp_path):
    fill(window)
    window.wizard.company.setText("=cmd|' /C calc'!A0")
    window.state.set_company(window.wizard.company.text())
    target = tmp_path / "acme.json"
    dialog_log.save_paths.append(str(target))
    window.act_save.trigger()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["answers"] == PERSONA_BASE
    assert doc["company"] == "=cmd|' /C calc'!A0"
    assert doc["kb_version"] == window.kb.version and doc["app_version"]
    assert not window.isWindowModified() and "acme.json" in window.windowTitle()

    other = MainWindow(criteria.default(), "en")
    qtbot.addWidget(other)
    assert other.open_path(str(target))
    assert other.state.answers == PERSONA_BASE
    assert other.wizard.boxes["traffic"].buttons[PERSONA_BASE["traffic"]].isChecked()
    assert other.tabs.currentWidget() is other.results
    assert str(target.resolve()) in other.store.value("files/recent")


def test_an_older_assessment_opens_at_the_first_new_question(qtbot, window, tmp_path):
    """A file saved before the trade direction and the goal were asked keeps its answers
    and opens on the page of the first question it lacks."""
    old = {k: v for k, v in PERSONA_BASE.items() if k not in ("trade_direction", "goal")}
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"answers": old, "company": "Old Co."}), encoding="utf-8")
    assert window.open_path(str(path))
    assert window.state.answers == old
    assert window.tabs.currentWidget() is window.wizard
    assert window.wizard.current_page() == "start"
    assert (
        window.focusWidget() in window.wizard.boxes["trade_direction"].buttons.values()
        or not window.isActiveWindow()
    )
    for qid in ("trade_direction", "goal"):
        window.state.set_answer(qid, PERSONA_BASE[qid])
    assert window.state.is_complete()
    missing_goal = {**old, "trade_direction": "import"}
    path.write_text(json.dumps({"answers": missing_goal}), encoding="utf-8")
    assert window.open_path(str(path), ask=False)
    assert window.wizard.current_page() == "start"  # the goal is asked on the first page
    missing_capital = {k: v for k, v in PERSONA_BASE.items() if k != "capital"}
    path.write_text(json.dumps({"answers": missing_capital}), encoding="utf-8")
    assert window.open_path(str(path), ask=False)
    assert window.wizard.current_page() == "capital"


def test_corrupt_assessment_shows_a_message_and_keeps_the_current_work(
    window, dialog_log, tmp_path
):
    fill(window, {"capital": "lt_500k", "traffic": "huge"})
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {"capital": "billions"}}', encoding="utf-8")
    assert not window.open_path(str(bad), ask=False)
    assert dialog_log.errors and "answers.capital" in dialog_log.errors[0][1]
    broken = tmp_path / "broken.json"
    broken.write_text("{{{", encoding="utf-8")
    assert not window.open_path(str(broken), ask=False)
    assert "not valid JSON" in dialog_log.errors[1][1]
    assert window.state.answers == {"capital": "lt_500k", "traffic": "huge"}
    assert window.state.dirty


def test_file_and_answer_problems_are_said_in_the_interface_language(window, dialog_log, tmp_path):
    window.set_language("zh")
    broken = tmp_path / "broken.json"
    broken.write_text("{{{", encoding="utf-8")
    assert not window.open_path(str(broken), ask=False)
    assert dialog_log.errors[-1][1].startswith(f"{broken}：不是有效的JSON（第1行第2列")
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {"capital": "billions"}}', encoding="utf-8")
    assert not window.open_path(str(bad), ask=False)
    assert "'billions'不是可选项" in dialog_log.errors[-1][1]
    assert not window.open_path(str(tmp_path / "gone.json"), ask=False)
    assert dialog_log.errors[-1][1] == f"{tmp_path / 'gone.json'}：文件不存在"


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window, dialog_log):
    fill(window, {"capital": "lt_500k"})
    dialog_log.save_answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    dialog_log.save_answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_autosave_and_restore_after_a_crash(qtbot, window, dialog_log):
    fill(window, {"capital": "gt_20m", "traffic": "small"})  # kept at once, no delay
    own = window.document.autosaves.path
    qtbot.waitUntil(own.exists, timeout=2000)
    saved = json.loads(own.read_text(encoding="utf-8"))
    assert saved["answers"] == {"capital": "gt_20m", "traffic": "small"}

    dialog_log.restore_answer = True
    second = MainWindow(criteria.default(), "en")
    qtbot.addWidget(second)
    assert not second.document.offer_restore()  # the first window is still running
    assert own.exists()
    window.document.autosaves._lock.unlock()  # as if the first window's process died
    assert second.document.offer_restore()
    assert second.state.answers == {"capital": "gt_20m", "traffic": "small"}
    assert second.state.dirty and not own.exists()  # adopted: now the second's own work
    assert second.document.autosaves.exists()
    second.state._set_dirty(False)


def test_saving_removes_the_autosave(qtbot, window, dialog_log, tmp_path):
    fill(window)
    window.document.autosave()
    assert window.document.autosaves.exists()
    dialog_log.save_paths.append(str(tmp_path / "done.json"))
    assert window.document.save()
    assert not window.document.autosaves.exists()


def test_compare_two_or_three_models(qtbot, window):
    fill(window)
    window.show_results()
    qtbot.mouseClick(window.results.compare, Qt.MouseButton.LeftButton)
    compare = window.compare
    assert window.tabs.currentWidget() is compare
    result = window.state.result()
    assert compare.chosen() == [m for m in window.kb.model_ids if m in result.ranking[:2]]
    assert len(compare.chart.series()) == 2
    colours = {s.name(): s.pen().color().name() for s in compare.chart.series()}
    for model_id in compare.chosen():  # one colour per model, whatever else is ticked
        name = window.kb.model(model_id).short.export.en
        assert colours[name] == presenter.model_color(model_id)
    for r in range(compare.picker.count()):
        item = compare.picker.item(r)
        if item.checkState() != Qt.CheckState.Checked:
            item.setCheckState(Qt.CheckState.Checked)
            if len(compare.chosen()) == 3:
                break
    assert len(compare.chart.series()) == 3
    assert compare.table_model.columnCount() == 6
    with qtbot.waitSignal(compare.message) as blocker:
        compare.picker.item(
            5 if compare.picker.item(5).checkState() == Qt.CheckState.Unchecked else 4
        ).setCheckState(Qt.CheckState.Checked)
    assert "at most three" in blocker.args[0]
    assert len(compare.chosen()) == 3


def test_compare_opened_from_its_tab_starts_with_the_top_two(qtbot, window):
    """Opened from its tab, nothing was ticked and the chart stood empty."""
    fill(window)
    window.tabs.setCurrentIndex(2)  # the Compare tab, not the Results' button
    compare = window.compare
    result = window.state.result()
    assert set(compare.chosen()) == set(result.ranking[:2])
    assert len(compare.chart.series()) == 2 and compare.chart.legend().isVisible()
    assert compare.chart.title() == ""  # no placeholder over the axis labels
    fit = compare.table_model.rowCount() - 1  # the overall fit, under the criteria
    shown = [compare.table_model.index(fit, c).data() for c in (3, 4)]
    top = [f"{100 * result.fit[result.models.index(m)]:.1f}" for m in compare.chosen()]
    assert shown == top


def test_export_report_offers_another_location_after_a_failure(window, dialog_log, tmp_path):
    fill(window)
    read_only = tmp_path / "locked.xlsx"
    read_only.write_bytes(b"old")
    read_only.chmod(0o444)
    dialog_log.save_paths += [str(read_only), str(tmp_path / "ok.xlsx")]
    assert window.export_report()
    assert dialog_log.errors and "read-only" in dialog_log.errors[0][1]
    assert read_only.read_bytes() == b"old"
    assert (tmp_path / "ok.xlsx").stat().st_size > 0


def test_menus_and_about(window, dialog_log):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    assert window.act_open.shortcut().toString() == "Ctrl+O"
    window.act_about.trigger()
    assert dialog_log.abouts == 1


def test_quit_after_startup_exits_0():
    out = subprocess.run(
        [sys.executable, "-m", "app", "--quit-after-startup"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr


def test_scikit_criteria_checks_the_ranking_in_the_background(qtbot, window):
    fill(window)
    window.show_results()
    label = window.results.verification
    assert label.text()  # at once: checking, never a blank
    qtbot.waitUntil(lambda: "agrees" in label.text(), timeout=60_000)
    assert label.text().startswith("scikit-criteria agrees on all four methods")
    window.state.set_answer("capital", "lt_500k")  # a new ranking is checked anew
    qtbot.waitUntil(lambda: window.results._verified_for is window.state.result(), timeout=60_000)
    assert "agrees" in label.text()


def test_the_ranking_needs_no_scikit_criteria_and_a_failed_check_is_said(
    qtbot, window, monkeypatch
):
    import sys

    monkeypatch.setitem(sys.modules, "skcriteria", None)  # as if it could not be imported
    fill(window)
    window.show_results()
    assert window.results.ranking.rows  # ranked in numpy, shown at once
    assert window.results.title.text().startswith("Two routes fit you about equally")
    label = window.results.verification
    qtbot.waitUntil(lambda: "could not run" in label.text(), timeout=60_000)


def test_files_that_would_crash_a_reader_get_a_dialog_and_the_work_stays(
    window, dialog_log, tmp_path
):
    import os

    fill(window, {"capital": "lt_500k"})
    deep = tmp_path / "deep.json"
    deep.write_text('{"answers": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    huge = tmp_path / "huge.json"
    huge.write_text('{"answers": {"capital": ' + "9" * 5000 + "}}", encoding="utf-8")
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    for path, said in ((deep, "nested too deeply"), (huge, "too long"), (pipe, "regular")):
        assert not window.open_path(str(path), ask=False)
        assert said in dialog_log.errors[-1][1]
    assert window.state.answers == {"capital": "lt_500k"}
