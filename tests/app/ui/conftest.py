import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import criteria
from app.ui import dialogs, i18n
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files, as ``make translations`` builds them (for runs of plain pytest)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in Path(__file__).resolve().parents[3].glob("resources/translations/*.ts"):
        qm = i18n.QM_DIR / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            qm.parent.mkdir(exist_ok=True)
            tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog that reaches Qt would wait for a click forever: fail instead.

    Tests answer dialogs through ``DialogLog``, which replaces ``app.ui.dialogs``.
    """

    def refuse(*args, **kwargs):
        raise AssertionError("a modal dialog was opened outside app.ui.dialogs' stand-ins")

    for name in ("warning", "question", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    monkeypatch.setattr(QInputDialog, "getText", refuse)


@pytest.fixture(autouse=True)
def isolated_qt_storage(tmp_path, monkeypatch):
    """Settings and the autosave go to a fresh folder per test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QCoreApplication.setOrganizationName("ExportModelAdvisorTests")
    QCoreApplication.setApplicationName("Export Model Advisor Tests")
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()


class DialogLog:
    """Stands in for the modal dialogs: records what was shown, answers as told."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.save_answer = None
        self.restore_answer = False
        self.save_paths: list[str] = []
        self.proposed: list[str] = []  # what each save dialog offered
        self.open_paths: list[str] = []
        self.survey_paths: list[str] = []
        self.open_many: list[list[str]] = []  # each compare dialog's chosen files
        self.abouts = 0
        self.shown_files: list[str] = []  # what was handed to the system to open
        self.texts: list[str] = []  # answers to text prompts, in order
        self.about_texts: list[str] = []

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(dialogs, "error", lambda p, t, x: self.errors.append((t, x)))
        monkeypatch.setattr(dialogs, "ask_save_changes", lambda p: self.save_answer)
        monkeypatch.setattr(dialogs, "ask_restore", lambda p, w: self.restore_answer)
        monkeypatch.setattr(
            dialogs,
            "save_file",
            lambda p, f, t, flt: (
                self.proposed.append(f),
                self.save_paths.pop(0) if self.save_paths else "",
            )[1],
        )
        monkeypatch.setattr(
            dialogs, "open_file", lambda p, f: self.open_paths.pop(0) if self.open_paths else ""
        )
        monkeypatch.setattr(
            dialogs,
            "open_assessments",
            lambda p, f: self.open_many.pop(0) if self.open_many else [],
        )
        monkeypatch.setattr(
            dialogs,
            "open_survey",
            lambda p, f: self.survey_paths.pop(0) if self.survey_paths else "",
        )
        monkeypatch.setattr(dialogs, "show_file", lambda p, path: self.shown_files.append(path))
        monkeypatch.setattr(
            dialogs,
            "ask_text",
            lambda p, t, x, proposed="": self.texts.pop(0) if self.texts else "",
        )
        monkeypatch.setattr(
            dialogs,
            "about",
            lambda p, t, x: (setattr(self, "abouts", self.abouts + 1), self.about_texts.append(x)),
        )


@pytest.fixture
def dialog_log(monkeypatch) -> DialogLog:
    log = DialogLog()
    log.install(monkeypatch)
    return log


@pytest.fixture
def window(qtbot, dialog_log):
    win = MainWindow(criteria.default(), "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QThreadPool.globalInstance().waitForDone(30_000)  # no worker outlives its window
    win.state._set_dirty(False)  # nothing to ask when the test closes the window
    win.close()
    i18n.install("en")
