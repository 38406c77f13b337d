"""The main window: it assembles the menus and the views.

New, open, save, autosave and export belong to its document controller
(:mod:`app.ui.document`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

import criteria
from app import __version__, presenter
from app.ui import dialogs, i18n
from app.ui import settings as cfg
from app.ui.batch import BatchRunner
from app.ui.document import DocumentController
from app.ui.state import AssessmentState
from app.ui.wizard.wizard_view import WizardView

WIZARD, RESULTS, COMPARE, ROBUSTNESS = range(4)


class MainWindow(QMainWindow):
    """Export Model Advisor's window."""

    def __init__(self, kb: criteria.KnowledgeBase, lang: str = "en") -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.kb, self.lang = kb, lang
        self._rendered_lang = ""
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

        self.document = DocumentController(kb, self.state, self)
        self.document.opened.connect(self._opened)
        self.document.saved.connect(lambda _path: self._update_title())
        self.document.message.connect(self.statusBar().showMessage)
        self.batch = BatchRunner(kb, self)
        self.batch.done.connect(lambda text: self.statusBar().showMessage(text, 15000))
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
        if old is not None:
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
        self.act_open = self._action("act_open", self.document.open_dialog, key.Open)
        self.act_save = self._action("act_save", self.document.save, key.Save)
        self.act_save_as = self._action("act_save_as", self.document.save_as, key.SaveAs)
        self.act_export = self._action("act_export", self.export_report, "Ctrl+E")
        self.act_batch = self._action("act_batch", self.batch_assess, "Ctrl+B")
        self.act_template = self._action("act_template", self.save_survey_template)
        self.act_respondent = self._action("act_respondent", self.add_respondent)
        self.act_scenarios = self._action("act_scenarios", lambda: self.compare_assessments())
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
        self.menu_file.addAction(self.act_batch)
        self.menu_file.addAction(self.act_template)
        self.menu_file.addAction(self.act_scenarios)
        self.menu_file.addAction(self.act_respondent)
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
            self.act_batch: self.tr("&Batch assess a survey…"),
            self.act_template: self.tr("Save a survey &template…"),
            self.act_respondent: self.tr("Keep the answers as a res&pondent's…"),
            self.act_scenarios: self.tr("Compare assess&ments…"),
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
        if hasattr(self, "state"):  # the first call comes before the state exists
            self._show_state()  # a message in the old language would stay until the next

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
        self._rendered_lang = self.lang
        self.retranslate()
        for view in (self.wizard, self._results, self._compare, self._robustness):
            if view is not None:
                view.retranslate(self.lang)  # type: ignore[attr-defined]  # every view has it

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Installing a translator posts LanguageChange; set_language has already
        # re-rendered in the new language, so one switch is one re-render.
        if event.type() == QEvent.Type.LanguageChange and self._rendered_lang != self.lang:
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
        self._show_state()

    def _show_state(self) -> None:
        """Say in the status bar whether the ranking is up to date (in the language now)."""
        self.statusBar().showMessage(
            self.tr("Ranking up to date")
            if self.state.is_complete()
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
            self.compare.choose(list(result.ranking[:2]))
        self.tabs.setCurrentIndex(COMPARE)

    # --- files (the document controller) -------------------------------------------
    def new(self) -> None:
        """Start a new assessment."""
        if self.document.new():
            self.wizard.go(0)
            self.tabs.setCurrentIndex(WIZARD)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open an assessment (the recent-files menu and the command line use this)."""
        return self.document.open_path(path, ask=ask)

    def _opened(self, _path: str) -> None:
        """After an open or a restore: the first unanswered question, or the results."""
        self._update_title()
        self.wizard.go_to_first_unanswered()
        if self.state.is_complete():
            self.show_results()
        else:
            self.tabs.setCurrentIndex(WIZARD)

    def batch_assess(self) -> bool:
        """Assess every row of a survey file into an Excel workbook (off the GUI thread)."""
        return self.batch.start(self.document.folder())

    def add_respondent(self) -> bool:
        """Keep the answers as one named respondent's; from two on, rank their combination."""
        from app.ui.respondents import keep_as_respondent

        return keep_as_respondent(self, self.state)

    def save_survey_template(self) -> bool:
        """Save a survey to fill in for the batch, with its column guide; False if not."""
        said = self.batch.save_template(self.document.folder())
        if said:
            self.statusBar().showMessage(said, 15000)
        return bool(said)

    def compare_assessments(self, paths: list[str] | None = None) -> bool:
        """Put the current assessment (if complete) and saved ones side by side.

        Two to four in all; a file that cannot be read is said and nothing is shown.
        """
        from app import files
        from app.presenter import scenarios as pscenarios
        from app.ui.scenarios import ScenariosDialog
        from criteria.decision import scenarios

        if paths is None:
            paths = dialogs.open_assessments(self, self.document.folder())
        if not paths:
            return False
        named: list[tuple[str, dict[str, str]]] = []
        if self.state.is_complete():
            current = self.state.company.strip() or self.tr("This assessment")
            named.append((current, dict(self.state.answers)))
        try:
            for path in paths:
                document, answers = files.load_answers(path, self.kb)
                named.append((pscenarios.scenario_name(path, document), dict(answers)))
        except (files.FileProblem, criteria.AnswerError) as exc:
            dialogs.error(self, self.tr("Cannot compare"), presenter.error_text(exc, self.lang))
            return False
        if not scenarios.MIN_SCENARIOS <= len(named) <= scenarios.MAX_SCENARIOS:
            dialogs.error(
                self,
                self.tr("Cannot compare"),
                presenter.text(
                    self.lang,
                    "scenario.count",
                    low=scenarios.MIN_SCENARIOS,
                    high=scenarios.MAX_SCENARIOS,
                    count=len(named),
                ),
            )
            return False
        names = pscenarios.unique_names([n for n, _ in named])
        named = [(n, a) for n, (_, a) in zip(names, named, strict=True)]
        comparison = scenarios.compare(self.kb, named, on=self.state.as_of)
        self.scenarios_dialog = ScenariosDialog(self.kb, comparison, self.lang, self)
        self.scenarios_dialog.show()
        return True

    def export_report(self) -> bool:
        """Save the Excel recommendation in the interface's language."""
        return self.document.export_report(self.lang, self._analysis)

    def _analysis(self, result):
        """The robustness analysis of ``result`` (the robustness view's, if it has one)."""
        view = self._robustness
        if view is not None and view.analysis is not None and view.analysis.ranking is result:
            return view.analysis
        from criteria.robustness import analysis as robustness

        return robustness.analyse(self.kb, result)

    # --- window ------------------------------------------------------------------------
    def about(self) -> None:
        """Show the About box with the source paper's citation."""
        dialogs.about(
            self,
            self.tr("About Export Model Advisor"),
            self.tr(
                "<h3>Export Model Advisor {0}</h3><p>跨境电商模式决策助手</p>"
                "<p>Recommends one of six cross-border e-commerce operating models, and how "
                "to start it, for an SME: a weighted sum of fixed-scale levels weighted by the "
                "risks the source paper states and your answers, feasible models first, with "
                "the dated trade rules in force. TOPSIS, weighted sum, VIKOR and MOORA "
                "cross-check the order.</p>"
                "<p>Knowledge base {1}. Source paper:<br/>{2}</p>"
            ).format(__version__, self.kb.version, self.kb.paper_citation(self.lang)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.document.maybe_save():
            event.ignore()
            return
        cfg.GEOMETRY.set(self.store, self.saveGeometry())
        self.batch.cancel()  # a batch job still running writes nothing
        self.document.close()
        event.accept()
