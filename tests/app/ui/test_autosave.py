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
