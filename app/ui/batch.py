"""File → Batch assess…: a survey file ranked row by row off the GUI thread, cancellable.

The work is :func:`app.survey.run` (the same as ``export-advisor batch``) on a pool
thread; a progress dialog counts the rows done and its Cancel stops the work
before anything is written (the report is written whole at the end, through a
temporary file).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

import criteria
from app.ui import dialogs, i18n, workers

# app.survey (numpy, pandas) loads when a batch runs, not with the window.
if TYPE_CHECKING:
    from app.survey import Outcome


class _Signals(QObject):
    progress = Signal(int, int)  # rows done, of about


class BatchRunner(QObject):
    """Asks for the survey and the report, runs the job, reports the outcome."""

    done = Signal(str)  # the status line of the outcome

    def __init__(self, kb: criteria.KnowledgeBase, parent: QWidget) -> None:
        super().__init__(parent)
        self.kb, self.window = kb, parent
        self.signals = _Signals(self)
        self.signals.progress.connect(self._progress)
        # the job's outcome, or the exception that stopped it: both end the run
        self.delivery = workers.Delivery(self)
        self.delivery.finished.connect(lambda _target, outcome: self._finished(outcome))
        self.delivery.failed.connect(lambda _target, exc: self._finished(exc))
        self._cancel: threading.Event | None = None  # set while a job runs
        self.dialog: QProgressDialog | None = None
        self.results: QDialog | None = None  # the last run's outcome, while it is open
        self.target = ""

    @property
    def running(self) -> bool:
        """Whether a batch job is under way."""
        return self._cancel is not None

    def start(self, folder: str) -> bool:
        """Ask for a survey and where to save its results, then start; False if not."""
        if self.running:
            return False
        survey = dialogs.open_survey(self.window, folder)
        if not survey:
            return False
        proposed = str(Path(survey).with_name(Path(survey).stem + "-results.xlsx"))
        target = dialogs.save_file_with_suffix(
            self.window,
            proposed,
            self.tr("Save batch results"),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if not target:
            return False
        self.run(survey, target)
        return True

    def run(self, survey: str, target: str) -> None:
        """Start ranking ``survey`` into ``target`` with a cancellable progress dialog."""
        self.target = target
        self.dialog = QProgressDialog(
            self.tr("Reading {0}…").format(Path(survey).name),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        self.dialog.setObjectName("batch_progress")
        self.dialog.setWindowTitle(self.tr("Batch assessment"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        cancel = self._cancel = threading.Event()
        signals, kb, lang = self.signals, self.kb, i18n.current()

        def progress(done: int, total: int) -> bool:
            signals.progress.emit(done, total)
            return not cancel.is_set()

        def work() -> object:
            from app.survey import run

            return run(survey, kb, xlsx_out=target, lang=lang, progress=progress, keep_errors=True)

        self.dialog.show()
        self._job = workers.start(work, target, self.delivery)  # kept: see workers.start

    def cancel(self) -> None:
        """Stop the running job; nothing is written."""
        if self._cancel is not None:
            self._cancel.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        # setValue of a modal dialog runs the event loop, in which the job may end: the
        # dialog is held here, and its label set first.
        dialog = self.dialog
        if dialog is None or self._cancel is None or self._cancel.is_set():
            return
        dialog.setLabelText(self.tr("Assessed {0:,} of about {1:,} rows…").format(done, total))
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def _finished(self, outcome: object) -> None:
        from app import presenter
        from app.survey import BatchError, Outcome
        from criteria.decision.batch import Cancelled

        self._cancel = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        lang = i18n.current()
        if isinstance(outcome, Cancelled):
            message = self.tr("Batch assessment cancelled; nothing was written.")
        elif isinstance(outcome, BatchError):
            dialogs.error(self.window, self.tr("Cannot assess the survey"), outcome.message(lang))
            message = self.tr("Batch assessment failed.")
        elif isinstance(outcome, Exception):
            text = presenter.error_text(outcome, lang)
            dialogs.error(self.window, self.tr("Cannot assess the survey"), text)
            message = self.tr("Batch assessment failed.")
        else:
            assert isinstance(outcome, Outcome)
            totals = outcome.totals
            message = self.tr("Assessed {0} rows ({1} rejected); results saved to {2}").format(
                totals.good, totals.rejected_rows, self.target
            )
            self._show_results(outcome, lang)
        self.done.emit(message)

    def _show_results(self, outcome: Outcome, lang: str) -> None:
        from app.ui.batch_results import BatchResultsDialog

        # the last run's dialog, if still open (it deletes itself on close)
        if self.results is not None and shiboken6.isValid(self.results):
            self.results.close()
        self.results = BatchResultsDialog(self.kb, outcome, self.target, lang, self.window)
        self.results.show()

    def save_template(self, folder: str) -> str:
        """Ask where to save a survey template, and save it with its column guide there.

        Returns the status line ("" when cancelled or refused).
        """
        from app import files, presenter
        from app.survey import write_template

        target = dialogs.save_file_with_suffix(
            self.window,
            str(Path(folder) / self.tr("survey-template.csv")),
            self.tr("Save a survey template"),
            self.tr("CSV files (*.csv)"),
            ".csv",
        )
        if not target:
            return ""
        lang = i18n.current()
        try:
            guide = write_template(target, self.kb, lang)
        except files.FileProblem as exc:
            dialogs.error(
                self.window, self.tr("Cannot save the template"), presenter.error_text(exc, lang)
            )
            return ""
        return self.tr("Template saved to {0}, its column guide to {1}").format(target, guide.name)
