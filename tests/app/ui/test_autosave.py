"""Autosave per instance: a running instance's work is never offered to another nor
deleted by it; a killed instance's work is found by the next one to start."""

import json
import signal
import subprocess
import sys
import textwrap

import pytest

from app.ui.autosave import AutosaveStore

INSTANCE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.ui.autosave import AutosaveStore

    store = AutosaveStore(Path(sys.argv[1]))
    store.write({"answers": {"capital": "gt_20m"}, "autosaved_at": "2026-11-25T10:00:00"})
    print(store.path, flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def other_instance(tmp_path):
    """Another process of the app with work in progress, until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", INSTANCE, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    path = process.stdout.readline().strip()
    yield process, path
    process.kill()
    process.wait(timeout=10)


def test_two_running_instances_never_see_each_others_work(tmp_path, other_instance):
    process, path = other_instance
    mine = AutosaveStore(tmp_path)
    mine.write({"answers": {"capital": "lt_500k"}})
    assert mine.orphans() == []  # the other instance runs: its work is not ours
    assert mine.path.exists() and str(mine.path) != path
    mine.close()
    assert not mine.path.exists()
    assert json.loads(open(path, encoding="utf-8").read())["answers"] == {"capital": "gt_20m"}
    assert process.poll() is None


def test_work_of_a_killed_instance_is_offered_to_the_next(tmp_path, other_instance):
    process, path = other_instance
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    after = AutosaveStore(tmp_path)
    (orphan,) = after.orphans()
    assert str(orphan) == path
    assert after.read(orphan)["answers"] == {"capital": "gt_20m"}
    after.remove(orphan)
    assert after.orphans() == [] and not orphan.with_suffix(".lock").exists()


def test_a_restart_restores_a_killed_windows_answers(
    qtbot, tmp_path, dialog_log, kb, other_instance
):
    from app.ui.main_window import MainWindow

    process, _ = other_instance
    process.kill()
    process.wait(timeout=10)
    window = MainWindow(kb, "en")
    qtbot.addWidget(window)
    window.document.autosaves = AutosaveStore(tmp_path)
    dialog_log.restore_answer = True
    assert window.document.offer_restore()
    assert window.state.answers == {"capital": "gt_20m"}
    window.state._set_dirty(False)
    window.document.close()


APP_INSTANCE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setOrganizationName("ExportModelAdvisorTests")
    QCoreApplication.setApplicationName("Export Model Advisor Tests")
    app = QApplication([])
    import criteria
    from app.ui.main_window import MainWindow
    w = MainWindow(criteria.default())
    w.show()
    for qid, oid in {"trade_direction": "export", "capital": "2m_5m", "traffic": "large"}.items():
        w.wizard.findChild(object, f"option_{qid}_{oid}").click()  # as the user clicks
        app.processEvents()
    print("clicked", flush=True)
    app.exec()
    """
)


def test_a_killed_app_offers_every_clicked_answer_at_the_next_start(
    qtbot, tmp_path, dialog_log, monkeypatch
):
    """A real app process, killed right after the last click, loses nothing."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    process = subprocess.Popen(
        [sys.executable, "-c", APP_INSTANCE], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout.readline().strip() == "clicked"
    process.send_signal(signal.SIGKILL)  # no chance to save on the way out
    process.wait(timeout=10)
    import criteria
    from app.ui.main_window import MainWindow

    dialog_log.restore_answer = True
    window = MainWindow(criteria.default())
    qtbot.addWidget(window)
    assert window.document.offer_restore()
    assert window.state.answers == {
        "trade_direction": "export",
        "capital": "2m_5m",
        "traffic": "large",
    }
    window.state._set_dirty(False)
    window.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[1, 2]", b'{"answers": 5}', b'{"answers": {"capital": "billions"}}', b"\xff"],
)
def test_a_corrupt_autosave_is_set_aside_with_a_message(qtbot, tmp_path, dialog_log, content):
    import criteria
    from app.ui.main_window import MainWindow

    window = MainWindow(criteria.default())
    qtbot.addWidget(window)
    orphan = window.document.autosaves.folder / "autosave-dead-0001.json"
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(content)
    assert not window.document.offer_restore()
    assert dialog_log.errors and "set aside" in dialog_log.errors[-1][1]
    assert not orphan.exists()
    (aside,) = orphan.parent.glob("autosave-dead-0001.json.*.corrupt")
    assert aside.read_bytes() == content  # kept, not deleted
    assert not window.document.offer_restore()  # and never offered again
    window.close()


def test_odd_autosave_contents_and_places_never_stop_the_app(qtbot, tmp_path, dialog_log):
    import criteria
    from app.ui.main_window import MainWindow

    dialog_log.restore_answer = True
    window = MainWindow(criteria.default())
    qtbot.addWidget(window)
    folder = window.document.autosaves.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / "autosave.json").mkdir()  # the old single file's name, as a folder
    (folder / "autosave-gone-1.json").write_text(
        json.dumps({"answers": {"capital": "lt_500k"}, "saved_path": ["not", "a", "path"]}),
        encoding="utf-8",
    )
    assert window.document.offer_restore()
    assert window.state.answers == {"capital": "lt_500k"} and window.state.path is None
    window.state._set_dirty(False)
    window.close()


def test_a_read_only_data_folder_is_reported_once_and_work_goes_on(qtbot, tmp_path, dialog_log):
    import criteria
    from app.ui.main_window import MainWindow

    window = MainWindow(criteria.default())
    qtbot.addWidget(window)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    window.document.autosaves = AutosaveStore(blocked / "autosave")
    said = []
    window.document.message.connect(lambda text, _ms: said.append(text))
    for capital in ("lt_500k", "500k_2m", "2m_5m"):
        window.state.set_answer("capital", capital)
        window.document.autosave()
    assert len([s for s in said if s.startswith("Autosave failed")]) == 1
    assert window.state.answers["capital"] == "2m_5m"  # the work itself goes on
    window.state._set_dirty(False)
    window.close()
