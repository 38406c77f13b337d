"""The main window: menus, the three views, files, autosave and settings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

import criteria
from app import __version__, files
from app.ui import dialogs, i18n
from app.ui import settings as cfg
from app.ui.state import AssessmentState
from app.ui.wizard.wizard_view import WizardView

AUTOSAVE_DELAY_MS = 2000
WIZARD, RESULTS, COMPARE, ROBUSTNESS = range(4)


def autosave_path() -> Path:
    """Where work in progress is kept until it is saved."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "autosave.json"


class MainWindow(QMainWindow):
    """Export Model Advisor's window."""

    def __init__(self, kb: criteria.KnowledgeBase, lang: str = "en") -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.kb, self.lang = kb, lang
        self.store = cfg.settings()
        self.state = AssessmentState(kb, self)
        self.wizard = WizardView(self.state, lang)
        self.tabs = QTabWidget(objectName="views")
        self.tabs.setDocumentMode(True)
        # The results and compare views (numpy, QtCharts) are built when first shown,
        # so the questionnaire is on screen sooner.
        self._results: QWidget | None = None
        self._compare: QWidget | None = None
        self._robustness: QWidget | None = None
        for view in (self.wizard, QWidget(), QWidget(), QWidget()):
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(self._build_view)
        self.setCentralWidget(self.tabs)
        self.wizard.finished.connect(self.show_results)
        self.state.changed.connect(self._state_changed)
        self.state.dirty_changed.connect(self.setWindowModified)

        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._build_actions()
        self.retranslate()
        self.setMinimumSize(820, 560)
        geometry = cfg.GEOMETRY.get(self.store)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        self._state_changed()

    # --- views built on first use ----------------------------------------------------
    def _replace_tab(self, index: int, view: QWidget) -> None:
        text, enabled = self.tabs.tabText(index), self.tabs.isTabEnabled(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, text)
        self.tabs.setTabEnabled(index, enabled)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def _view(self, index: int, attr: str, build) -> QWidget:
        """The view of tab ``index``, built by ``build()`` and put in its tab on first use."""
        view = getattr(self, attr)
        if view is None:
            view = build()
            setattr(self, attr, view)
            self._replace_tab(index, view)
        return view

    @property
    def results(self):
        """The results view (built on first use)."""

        def build():
            from app.ui.results.results_view import ResultsView

            view = ResultsView(self.state, self.lang)
            view.edit_requested.connect(lambda: self.tabs.setCurrentIndex(WIZARD))
            view.compare_requested.connect(self.show_compare)
            return view

        return self._view(RESULTS, "_results", build)

    @property
    def compare(self):
        """The compare view (built on first use)."""

        def build():
            from app.ui.compare.compare_view import CompareView

            view = CompareView(self.state, self.lang)
            view.message.connect(lambda t: self.statusBar().showMessage(t, 5000))
            return view

        return self._view(COMPARE, "_compare", build)

    @property
    def robustness(self):
        """The robustness view (built on first use)."""

        def build():
            from app.ui.robustness.robustness_view import RobustnessView

            return RobustnessView(self.state, self.lang)

        return self._view(ROBUSTNESS, "_robustness", build)

    def _build_view(self, index: int) -> None:
        if index == RESULTS:
            self.results.select_model(None)
        elif index == COMPARE:
            self.compare.refresh()
        elif index == ROBUSTNESS:
            self.robustness.refresh()

    # --- actions -----------------------------------------------------------------------
    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_new = self._action("act_new", self.new, key.New)
        self.act_open = self._action("act_open", self.open_dialog, key.Open)
        self.act_save = self._action("act_save", self.save, key.Save)
        self.act_save_as = self._action("act_save_as", self.save_as, key.SaveAs)
        self.act_export = self._action("act_export", self.export_report, "Ctrl+E")
        self.act_quit = self._action("act_quit", self.close, key.Quit)
        self.act_views = [
            self._action(
                f"act_view_{i}", lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}"
            )
            for i in range(4)
        ]
        self.act_about = self._action("act_about", self.about)
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.setObjectName("menu_recent")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        for a in (self.act_new, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), a)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(self.act_views)
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.setObjectName("menu_language")
        group = QActionGroup(self)
        self.act_languages = {}
        for code, (name, _) in i18n.LANGUAGES.items():
            action = self.menu_language.addAction(name)  # each in its own language
            action.setObjectName(f"act_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.act_languages[code] = action
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        """Set every text of the window in its language."""
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_language.setTitle(self.tr("&Language"))
        texts = {
            self.act_new: self.tr("&New"),
            self.act_open: self.tr("&Open…"),
            self.act_save: self.tr("&Save"),
            self.act_save_as: self.tr("Save &As…"),
            self.act_export: self.tr("&Export Excel report…"),
            self.act_quit: self.tr("&Quit"),
            self.act_about: self.tr("&About"),
        }
        for action, text in texts.items():
            action.setText(text)
        names = (
            self.tr("&Questionnaire"),
            self.tr("&Results"),
            self.tr("&Compare"),
            self.tr("R&obustness"),
        )
        for i, (action, name) in enumerate(zip(self.act_views, names, strict=True)):
            action.setText(name)
            self.tabs.setTabText(i, f"{i + 1} {name.replace('&', '')}")
        self._update_title()

    def set_language(self, lang: str) -> None:
        """Switch the interface and the knowledge-base text to ``lang``, and keep it."""
        cfg.LANGUAGE.set(self.store, lang)
        self.act_languages[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = lang
        i18n.install(lang)  # Qt sends LanguageChange: see changeEvent
        self.retranslate_views()

    def retranslate_views(self) -> None:
        """Show the window and every view built so far in the current language."""
        self.retranslate()
        for view in (self.wizard, self._results, self._compare, self._robustness):
            if view is not None:
                view.retranslate(self.lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_views()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        recent = cfg.RECENT_FILES.get(self.store)
        for path in recent:
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.menu_recent.addAction(self.tr("(none)")).setEnabled(False)

    # --- state -------------------------------------------------------------------------
    def _state_changed(self) -> None:
        complete = self.state.is_complete()
        self.tabs.setTabEnabled(RESULTS, complete)
        self.tabs.setTabEnabled(COMPARE, complete)
        self.tabs.setTabEnabled(ROBUSTNESS, complete)
        self.act_export.setEnabled(complete)
        for action in self.act_views[1:]:
            action.setEnabled(complete)
        self._update_title()
        if self.state.dirty:
            self.autosave_timer.start()
        self.statusBar().showMessage(
            self.tr("Ranking up to date")
            if complete
            else self.tr("Answer the remaining questions to see the ranking")
        )

    def _update_title(self) -> None:
        name = self.state.path.name if self.state.path else self.tr("Untitled assessment")
        self.setWindowTitle(f"{name}[*] — " + self.tr("Export Model Advisor"))

    def show_results(self) -> None:
        """Go to the results (once every question is answered)."""
        if self.state.is_complete():
            self.results.select_model(None)
            self.tabs.setCurrentIndex(RESULTS)

    def show_compare(self) -> None:
        """Go to the comparison, with the top two models ticked if none are."""
        result = self.state.result()
        if result is None:
            return
        if not self.compare.chosen():
            self.compare.choose(list(result.consensus[:2]))
        self.tabs.setCurrentIndex(COMPARE)

    # --- files -------------------------------------------------------------------------
    def _folder(self) -> str:
        return cfg.LAST_FOLDER.get(self.store) or str(Path.home())

    def _remember(self, path: str) -> None:
        cfg.LAST_FOLDER.set(self.store, str(Path(path).parent))
        cfg.add_recent(self.store, str(Path(path).resolve()))

    def maybe_save(self) -> bool:
        """Offer to save unsaved changes; False when the user cancels."""
        if not self.state.dirty:
            return True
        answer = dialogs.ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        """Start a new assessment."""
        if self.maybe_save():
            self.state.reset()
            self.wizard.go(0)
            self.tabs.setCurrentIndex(WIZARD)
            self.discard_autosave()

    def open_dialog(self) -> None:
        """Ask for an assessment and open it."""
        if not self.maybe_save():
            return
        path = dialogs.open_file(self, self._folder())
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open an assessment; a bad file leaves the current work as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            self.state.load(path)
        except (files.FileProblem, criteria.AnswerError) as exc:
            dialogs.error(self, self.tr("Cannot open the assessment"), str(exc))
            return False
        self._remember(path)
        self.discard_autosave()
        self.wizard.go_to_first_unanswered()
        if self.state.is_complete():
            self.show_results()
        else:
            self.tabs.setCurrentIndex(WIZARD)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 5000)
        return True

    def save(self) -> bool:
        """Save to the current file, or ask where."""
        if self.state.path is None:
            return self.save_as()
        return self._save_to(str(self.state.path))

    def save_as(self) -> bool:
        """Ask where to save the assessment, then save it."""
        path = dialogs.save_file(
            self, self._folder(), self.tr("Save assessment"), self.tr("Assessments (*.json)")
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            self.state.save(path)
        except files.FileProblem as exc:
            dialogs.error(self, self.tr("Cannot save the assessment"), str(exc))
            return False
        self._remember(path)
        self.discard_autosave()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def export_report(self) -> bool:
        """Save the Excel recommendation; on failure offer another location."""
        result = self.state.result()
        if result is None:
            return False
        stem = self.state.path.stem if self.state.path else "recommendation"
        folder = str(Path(self._folder()) / f"{stem}.xlsx")
        while True:
            path = dialogs.save_file(
                self, folder, self.tr("Export Excel report"), self.tr("Excel workbooks (*.xlsx)")
            )
            if not path:
                return False
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            try:
                from app.report import write_report

                write_report(
                    path,
                    result,
                    self.kb,
                    lang=self.lang,
                    company=self.state.company,
                    notes=self.state.notes,
                    sensitivity=self._analysis(result),
                )
            except files.FileProblem as exc:
                dialogs.error(
                    self,
                    self.tr("Cannot save the report"),
                    self.tr("{0}\n\nChoose another location.").format(exc),
                )
                folder = path
                continue
            self.statusBar().showMessage(self.tr("Report saved to {0}").format(path), 8000)
            return True

    def _analysis(self, result):
        """The robustness analysis of ``result`` (the robustness view's, if it has one)."""
        view = self._robustness
        if view is not None and view.analysis is not None and view.analysis.ranking is result:
            return view.analysis
        from criteria import sensitivity

        return sensitivity.analyse(self.kb, result)

    # --- autosave ----------------------------------------------------------------------
    def autosave(self) -> None:
        """Keep work in progress in the user data folder."""
        if not self.state.dirty:
            return
        target = autosave_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = self.state.document()
        doc["saved_path"] = str(self.state.path) if self.state.path else None
        doc["autosaved_at"] = dt.datetime.now().isoformat(timespec="seconds")
        try:
            files.write_json(target, doc)
        except files.FileProblem as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(exc), 8000)

    def discard_autosave(self) -> None:
        """Forget work in progress (after a save, or on a clean exit)."""
        self.autosave_timer.stop()
        autosave_path().unlink(missing_ok=True)

    def offer_restore(self) -> bool:
        """After a crash, offer the autosaved work; True when it was restored."""
        target = autosave_path()
        if not target.exists():
            return False
        try:
            doc, answers = files.load_answers(target, self.kb, partial=True)
        except (files.FileProblem, criteria.AnswerError, json.JSONDecodeError):
            target.unlink(missing_ok=True)
            return False
        when = str(doc.get("autosaved_at", "")).replace("T", " ")
        if not dialogs.ask_restore(self, when):
            target.unlink(missing_ok=True)
            return False
        self.state.restore(doc, answers)
        if doc.get("saved_path"):
            self.state.path = Path(doc["saved_path"])
        self._update_title()
        if self.state.is_complete():
            self.show_results()
        return True

    # --- window ------------------------------------------------------------------------
    def about(self) -> None:
        """Show the About box with the source paper's citation."""
        dialogs.about(
            self,
            self.tr("About Export Model Advisor"),
            self.tr(
                "<h3>Export Model Advisor {0}</h3><p>跨境电商模式决策助手</p>"
                "<p>Ranks six cross-border e-commerce operating models for an SME with "
                "multi-criteria decision analysis (TOPSIS, weighted sum, VIKOR, MOORA).</p>"
                "<p>Knowledge base {1}. Source paper:<br/>{2}</p>"
            ).format(__version__, self.kb.version, self.kb.paper),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        cfg.GEOMETRY.set(self.store, self.saveGeometry())
        self.discard_autosave()
        event.accept()
