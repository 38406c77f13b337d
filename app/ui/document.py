"""The document controller: new, open, save, autosave, restore and export of an assessment.

It owns the file side of the one open assessment (:class:`AssessmentState`) and talks
to the user through :mod:`app.ui.dialogs`; the main window only assembles menus and
views and listens to the signals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

import criteria
from app import files
from app.ui import dialogs, i18n
from app.ui import settings as cfg
from app.ui.autosave import AutosaveStore
from app.ui.state import AssessmentState

if TYPE_CHECKING:  # the analysis module loads only when a report is exported
    from criteria.robustness.analysis import RobustnessResult

#: Every answer is kept at once (a write costs milliseconds); the timer only gathers the
#: changes of one pass of the event loop into one write.
AUTOSAVE_DELAY_MS = 0


class DocumentController(QObject):
    """New/open/save/autosave/export for one window.

    Signals: ``opened(path)`` after an assessment was opened or restored (path empty for
    a restore), ``saved(path)``, ``message(text, milliseconds)`` for the status bar.
    """

    opened = Signal(str)
    saved = Signal(str)
    message = Signal(str, int)

    def __init__(
        self,
        kb: criteria.KnowledgeBase,
        state: AssessmentState,
        window: QWidget,
        store: AutosaveStore | None = None,
    ) -> None:
        super().__init__(window)
        self.kb, self.state, self.window = kb, state, window
        self.settings = cfg.settings()
        self.autosaves = AutosaveStore() if store is None else store
        self._autosave_failing = False
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.autosave)
        state.changed.connect(self._changed)

    def _changed(self) -> None:
        if self.state.dirty:
            self.timer.start()

    # --- folders and recent files ----------------------------------------------------
    def folder(self) -> str:
        """The folder the last file was opened from or saved to."""
        return cfg.LAST_FOLDER.get(self.settings) or str(Path.home())

    def _remember(self, path: str) -> None:
        cfg.LAST_FOLDER.set(self.settings, str(Path(path).parent))
        cfg.add_recent(self.settings, str(Path(path).resolve()))

    # --- new, open, save -------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Offer to save unsaved changes; False when the user cancels."""
        if not self.state.dirty:
            return True
        answer = dialogs.ask_save_changes(self.window)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> bool:
        """Start a new assessment (after offering to save the current one)."""
        if not self.maybe_save():
            return False
        self.state.reset()
        self.discard_autosave()
        return True

    def open_dialog(self) -> bool:
        """Ask for an assessment and open it."""
        if not self.maybe_save():
            return False
        path = dialogs.open_file(self.window, self.folder())
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open an assessment; a bad file leaves the current work as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            self.state.load(path)
        except (files.FileProblem, criteria.AnswerError) as exc:
            dialogs.error(self.window, self.tr("Cannot open the assessment"), _said(exc))
            return False
        self._remember(path)
        self.discard_autosave()
        self.opened.emit(str(path))
        notes = _opening_notes(self.state.loaded_document, self.kb)
        if notes:
            self.message.emit(self.tr("Opened {0}: {1}").format(path, notes), 20000)
        else:
            self.message.emit(self.tr("Opened {0}").format(path), 5000)
        return True

    def save(self) -> bool:
        """Save to the current file, or ask where."""
        if self.state.path is None:
            return self.save_as()
        return self._save_to(str(self.state.path))

    def save_as(self) -> bool:
        """Ask where to save the assessment, then save it."""
        path = dialogs.save_file_with_suffix(
            self.window,
            str(Path(self.folder()) / f"{self._stem()}.json"),
            self.tr("Save assessment"),
            self.tr("Assessments (*.json)"),
            ".json",
        )
        return bool(path) and self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            self.state.save(path)
        except files.FileProblem as exc:
            dialogs.error(self.window, self.tr("Cannot save the assessment"), _said(exc))
            return False
        self._remember(path)
        self.discard_autosave()
        self.saved.emit(path)
        self.message.emit(self.tr("Saved {0}").format(path), 5000)
        return True

    def _stem(self) -> str:
        """A file name to propose: the open file's, else the company's, else a default."""
        if self.state.path is not None:
            return self.state.path.stem
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", self.state.company).strip(" .")
        return name[:80] or self.tr("assessment")

    # --- export ----------------------------------------------------------------------
    def export_report(
        self, lang: str, analysis: Callable[[criteria.RankingResult], RobustnessResult | None]
    ) -> bool:
        """Save the Excel recommendation; on failure offer another location.

        ``analysis`` gives the robustness analysis of the result (a view may have one).
        """
        result = self.state.result()
        if result is None:
            return False
        target = str(Path(self.folder()) / f"{self._stem()}.xlsx")
        while True:
            path = dialogs.save_file_with_suffix(
                self.window,
                target,
                self.tr("Export Excel report"),
                self.tr("Excel workbooks (*.xlsx)"),
                ".xlsx",
            )
            if not path:
                return False
            try:
                from app.report import write_report

                write_report(
                    path,
                    result,
                    self.kb,
                    lang=lang,
                    company=self.state.company,
                    notes=self.state.notes,
                    robustness=analysis(result),
                )
            except files.FileProblem as exc:
                dialogs.error(
                    self.window,
                    self.tr("Cannot save the report"),
                    self.tr("{0}\n\nChoose another location.").format(_said(exc)),
                )
                target = path
                continue
            self.message.emit(self.tr("Report saved to {0}").format(path), 8000)
            return True

    # --- autosave --------------------------------------------------------------------
    def autosave(self) -> None:
        """Keep this instance's work in progress in the user data folder."""
        if not self.state.dirty:
            return
        doc = self.state.document()
        # Answers a newer version's file had, kept apart so that they are told from bad
        # ones when the work is restored.
        doc["answers"] = dict(self.state.answers)
        doc["kept_answers"] = dict(self.state.kept)
        doc["saved_path"] = str(self.state.path) if self.state.path else None
        doc["autosaved_at"] = dt.datetime.now().isoformat(timespec="seconds")
        try:
            self.autosaves.write(doc)
        except files.FileProblem as exc:
            if not self._autosave_failing:  # said once; work goes on
                self._autosave_failing = True
                self.message.emit(self.tr("Autosave failed: {0}").format(_said(exc)), 15000)
            return
        self._autosave_failing = False

    def discard_autosave(self) -> None:
        """Forget this instance's work in progress (after a save or a new assessment)."""
        self.timer.stop()
        self.autosaves.discard()

    def close(self) -> None:
        """A clean exit: this instance's autosave and its lock go."""
        self.timer.stop()
        self.autosaves.close()

    def offer_restore(self) -> bool:
        """Offer the newest work a crashed instance left behind; True when restored.

        A running instance's work is never offered. Whether restored or declined, the
        orphan is removed (restored work is this instance's from then on).
        """
        for orphan in self.autosaves.orphans():
            try:
                doc = self.autosaves.read(orphan)
                answers = criteria.validate(self.kb, doc.get("answers", {}), partial=True)
                kept = doc.get("kept_answers")
                kept = dict(kept) if isinstance(kept, dict) else {}
            except (files.FileProblem, criteria.AnswerError) as exc:
                aside = self.autosaves.set_aside(orphan)
                dialogs.error(
                    self.window,
                    self.tr("Unsaved work could not be restored"),
                    self.tr(
                        "Work kept from an earlier run could not be read and was set "
                        "aside as {0}.\n\n{1}"
                    ).format(aside, _said(exc)),
                )
                continue
            when = str(doc.get("autosaved_at", "")).replace("T", " ")
            restore = dialogs.ask_restore(self.window, when)
            self.autosaves.remove(orphan)
            if not restore:
                return False
            self.state.restore(doc, dict(answers))
            self.state.kept = kept
            if isinstance(doc.get("saved_path"), str) and doc["saved_path"]:
                self.state.path = Path(doc["saved_path"])
            self.autosave()
            self.opened.emit("")
            return True
        return False


def _said(exc: Exception) -> str:
    """A file or answer problem in the interface language."""
    from app import presenter  # numpy with it: not needed for the window to show

    return presenter.error_text(exc, i18n.current())


def _opening_notes(document: dict, kb: criteria.KnowledgeBase) -> str:
    """What the user should know about a file just opened, in the interface language."""
    from app import presenter

    t = presenter.words(i18n.current())
    return t.sep_strong.join(t(key, **fields) for key, fields in files.opening_notes(document, kb))
