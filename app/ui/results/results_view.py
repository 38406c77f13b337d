"""Results: the models best first with score bars, method agreement, weights, reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import criteria
from app import presenter
from app.presenter import clock as pclock
from app.ui import workers
from app.ui.results.bar_delegate import BarDelegate
from app.ui.results.table_models import (
    MethodRanksModel,
    RankingModel,
    WeightsModel,
    method_name,
    reasons_html,
)
from app.ui.state import AssessmentState
from app.ui.widgets import heading, table_view
from criteria.decision.since import since_saved


def _verification(result):
    """scikit-criteria re-runs ``result`` (it takes seconds to load: on a pool thread)."""
    from criteria.decision import verify

    return verify.verify(result)


#: The tallest the verdict band grows before it scrolls (the ranking keeps the rest).
VERDICT_HEIGHT = 230


class ResultsView(QWidget):
    """Shows the ranking of the current assessment; ``edit_requested`` goes back to the wizard."""

    edit_requested = Signal()
    compare_requested = Signal()

    def __init__(self, state: AssessmentState, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("results")
        self.state, self.kb, self.lang = state, state.kb, lang
        self.ranking = RankingModel(self.kb, self)
        self.methods = MethodRanksModel(self.kb, self)
        self.weights = WeightsModel(self.kb, self)

        self.title = heading("results_title")
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the route, the date's rules and whether the advice holds through the horizon
        self.timeline = QLabel(objectName="timeline", wordWrap=True)
        self.timeline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline.setStyleSheet(
            "#timeline { border-left: 4px solid #4c78a8; padding: 4px 8px; }"
        )
        # several respondents: each one's advice, where they differ, the combination
        self.respondents = QLabel(objectName="respondents", wordWrap=True)
        self.respondents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.respondents.setStyleSheet(
            "#respondents { border-left: 4px solid #d9a400; padding: 4px 8px; }"
        )
        self.respondents.hide()
        self.since = QLabel(objectName="since_saved", wordWrap=True)
        self.since.setStyleSheet(
            "#since_saved { background: #fff4d6; border: 1px solid #e0b84c; padding: 4px 8px; }"
        )
        self.since.hide()
        self.method_label = QLabel()
        self.method_box = QComboBox(objectName="method_box")
        self.method_label.setBuddy(self.method_box)
        self.method_box.currentIndexChanged.connect(self._method_changed)
        self.edit = QPushButton(objectName="edit_answers")
        self.edit.clicked.connect(self.edit_requested)
        self.compare = QPushButton(objectName="open_compare")
        self.compare.clicked.connect(self.compare_requested)
        top = QHBoxLayout()
        top.addWidget(self.method_label)
        top.addWidget(self.method_box)
        top.addStretch(1)
        top.addWidget(self.edit)
        top.addWidget(self.compare)

        self.ranking_view = table_view(self.ranking, "ranking_table")
        self.ranking_view.setItemDelegateForColumn(RankingModel.SCORE, BarDelegate(self))
        header = self.ranking_view.horizontalHeader()
        header.setSectionResizeMode(RankingModel.MODEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RankingModel.SCORE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RankingModel.SCORE, 120)  # room for the fit's bar and number
        header.setSectionResizeMode(RankingModel.RANK, QHeaderView.ResizeMode.ResizeToContents)
        self.ranking_view.verticalHeader().setDefaultSectionSize(30)
        self.ranking_view.selectionModel().currentRowChanged.connect(self._selected)

        self.methods_view = table_view(self.methods, "method_ranks_table")
        self.agreement = QLabel(objectName="agreement", wordWrap=True)
        # The numpy methods rank; scikit-criteria, the reference, re-runs each ranking in
        # the background and this line says whether it agrees.
        self.verification = QLabel(objectName="verification", wordWrap=True)
        self._checked = workers.Delivery(self)
        self._checked.finished.connect(self._verified)
        self._checked.failed.connect(self._verified)  # the exception is the outcome said
        self._verifying = None  # the ranking being checked
        self._verified_for = None
        self._outcome: Any = None  # a criteria.decision.verify.Verification, or what stopped it
        agree = QWidget()
        agree_layout = QVBoxLayout(agree)
        agree_layout.addWidget(self.agreement)
        agree_layout.addWidget(self.methods_view)
        agree_layout.addWidget(self.verification)

        self.weights_view = table_view(self.weights, "weights_table")
        self.weights_view.setItemDelegateForColumn(WeightsModel.WEIGHT, BarDelegate(self))
        wh = self.weights_view.horizontalHeader()
        wh.setSectionResizeMode(WeightsModel.CRITERION, QHeaderView.ResizeMode.ResizeToContents)
        wh.resizeSection(WeightsModel.WEIGHT, 110)
        wh.setSectionResizeMode(WeightsModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.weights_view.setWordWrap(True)
        self.weights_view.verticalHeader().setMinimumSectionSize(28)
        wh.sectionResized.connect(lambda *_: self.weights_view.resizeRowsToContents())
        self.weights_view.setTextElideMode(Qt.TextElideMode.ElideNone)

        self.tabs = QTabWidget(objectName="results_tabs")
        self.tabs.addTab(agree, "")
        self.tabs.addTab(self.weights_view, "")

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.ranking_view)
        left.addWidget(self.tabs)
        left.setSizes([215, 345])
        self.details = QTextBrowser(objectName="model_details")
        self.details.setOpenExternalLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.details)
        split.setSizes([560, 400])
        split.setChildrenCollapsible(False)

        # The verdict, what changed since and the timeline scroll within a band of their
        # own, so that the ranking below keeps room for all six roles.
        said = QWidget()
        said_layout = QVBoxLayout(said)
        said_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.since, self.verdict, self.respondents, self.timeline):
            said_layout.addWidget(widget)
        said_layout.addStretch(1)
        self.said = QScrollArea(objectName="verdict_area", widgetResizable=True)
        self.said.setFrameShape(QFrame.Shape.NoFrame)
        self.said.setWidget(said)
        self._said_inner = said
        self.said.setMaximumHeight(VERDICT_HEIGHT)
        rows = self.ranking_view.verticalHeader().defaultSectionSize()
        self.ranking_view.setMinimumHeight(
            6 * rows + self.ranking_view.horizontalHeader().sizeHint().height() + 4
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.said)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        state.changed.connect(self.refresh)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Show every text in ``lang``."""
        self.lang = lang
        self.method_label.setText(self.tr("&Method:"))
        self.edit.setText(self.tr("&Revise answers"))
        self.compare.setText(self.tr("&Compare models…"))
        self.tabs.setTabText(0, self.tr("Advanced: method agreement"))
        self.tabs.setTabText(1, self.tr("Weights"))
        self.ranking_view.setAccessibleName(self.tr("Ranking of the six models"))
        self.methods_view.setAccessibleName(self.tr("Ranks by method"))
        self.weights_view.setAccessibleName(self.tr("Criterion weights"))
        self.details.setAccessibleName(self.tr("Why the selected model ranks where it does"))
        current = self.method_box.currentData()
        self.method_box.blockSignals(True)
        self.method_box.clear()
        self.method_box.addItem(method_name(None, lang), None)
        for m in ("topsis", "wsm", "vikor", "moora", "consensus"):
            self.method_box.addItem(method_name(m, lang), m)
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(current)))
        self.method_box.blockSignals(False)
        self.refresh()

    def _method_changed(self) -> None:
        selected = self._selected_model()
        self.ranking.set_method(self.method_box.currentData())
        self.select_model(selected)

    def _selected_model(self) -> str | None:
        index = self.ranking_view.currentIndex()
        return self.ranking.model_id(index.row()) if index.isValid() else None

    def select_model(self, model_id: str | None) -> None:
        """Select a model in the ranking (the first when ``model_id`` is None)."""
        if not self.ranking.rows:
            return
        row = 0
        if model_id is not None:
            row = next(
                r for r in range(len(self.ranking.rows)) if self.ranking.model_id(r) == model_id
            )
        self.ranking_view.selectRow(row)
        self.ranking_view.setCurrentIndex(self.ranking.index(row, RankingModel.MODEL))

    def _selected(self, current, _previous=None) -> None:
        result = self.state.result()
        if result is None or not current.isValid():
            self.details.clear()
            return
        self.details.setHtml(
            reasons_html(self.kb, result, self.ranking.model_id(current.row()), self.lang)
        )

    def refresh(self) -> None:
        """Show the ranking of the current answers (empty while incomplete)."""
        result = self.state.result()
        selected = self._selected_model()
        for m in (self.ranking, self.methods, self.weights):
            m.set_result(result, self.lang)
        self.weights_view.resizeRowsToContents()
        self.methods_view.resizeColumnsToContents()
        if result is None:
            self.title.setText(self.tr("Answer every question to see the ranking."))
            self.verdict.clear()
            self.timeline.clear()
            self.since.hide()
            self.agreement.clear()
            self.verification.clear()
            self.details.clear()
            return
        self._verify(result)
        v = presenter.verdict(self.kb, result, self.lang)
        self.title.setText(v.headline)
        # three short lines: how sure and how well it fits, why, the alternative; what is
        # not feasible or set apart is said in the ranking, the cross-checks under Advanced
        lines = presenter.owner_lines(self.kb, result, self.lang)
        self.verdict.setText("\n".join(lines))
        self._show_respondents()
        self._show_clock(result)
        self._fit_verdict()
        best = (
            presenter.role(self.kb, result.recommended, result.direction, self.lang)
            if result.recommended
            else "—"
        )
        self.agreement.setText(
            self.tr(
                "{0} of {1} methods put {2} first. Highlighted cells differ from the consensus."
            ).format(self.methods.agreement(), len(result.methods), best)
        )
        self.select_model(selected)

    # --- scikit-criteria checks the numpy ranking ----------------------------------------
    def _verify(self, result) -> None:
        """Show the check of ``result``: start it, or say how it went."""
        if self._verified_for is result:
            self._show_verification()
            return
        self.verification.setText(self.tr("Checking the methods against scikit-criteria…"))
        if self._verifying is None:
            self._verifying = result
            self._job = workers.start(lambda: _verification(result), result, self._checked)

    def _verified(self, result, outcome) -> None:
        self._verifying = None
        current = self.state.result()
        if current is not None and current is not result:
            self._verify(current)  # the answers changed meanwhile: check the new ranking
            return
        self._verified_for, self._outcome = result, outcome
        self._show_verification()

    def _fit_verdict(self) -> None:
        """The verdict band as tall as its text, up to :data:`VERDICT_HEIGHT`."""
        inner = self._said_inner
        width = max(self.said.viewport().width(), 200)
        wanted = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        if wanted < 0:
            wanted = inner.sizeHint().height()
        self.said.setFixedHeight(min(VERDICT_HEIGHT, wanted + 2))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802  (Qt's name)
        """Keep the verdict band fitted to its text as the width changes."""
        super().resizeEvent(event)
        self._fit_verdict()

    def _show_respondents(self) -> None:
        """Several respondents: each one's advice, the dispute, the combination and its rule."""
        panel = self.state.panel()
        if panel is None:
            self.respondents.hide()
            return
        from app.presenter import respondents as presenter_respondents

        lines = presenter_respondents.panel_lines(self.kb, panel, self.lang)
        title = presenter.text(self.lang, "respondents.title")
        self.respondents.setText(
            title + presenter.text(self.lang, "verdict.colon") + "\n" + "\n".join(lines)
        )
        self.respondents.show()

    def _show_clock(self, result: criteria.RankingResult) -> None:
        """The timeline strip under the verdict, and what changed since the file was saved."""
        lang = self.lang
        lines = [
            line
            for line in (
                pclock.route_line(self.kb, result, lang),
                pclock.as_of_line(self.kb, result, lang),
                pclock.horizon_line(self.kb, result, lang),
            )
            if line
        ]
        for row in pclock.timeline_rows(self.kb, result, lang):
            mark = presenter.text(lang, "clock.changed" if row.changed else "clock.same")
            lines.append(
                presenter.text(
                    lang,
                    "clock.row",
                    date=row.date,
                    rule=row.rule,
                    advice=row.advice,
                    mark=mark,
                    source=row.source,
                )
            )
        self.timeline.setText("\n".join(lines))
        saved = self.state.loaded_document
        if (
            saved.get("answers")
            and dict(result.answers)
            == {k: v for k, v in saved["answers"].items() if k in result.answers}
            and ("as_of" in saved or "kb_version" in saved)
        ):
            since = since_saved(self.kb, saved, result)
            if since["changed"] or since["events"]:
                title = presenter.text(lang, "clock.since_title")
                body = pclock.since_lines(self.kb, since, result.direction, lang)
                self.since.setText(title + "\n" + "\n".join(body))
                self.since.show()
                return
        self.since.hide()

    def _show_verification(self) -> None:
        outcome = self._outcome
        if isinstance(outcome, Exception):
            self.verification.setText(
                self.tr("The check against scikit-criteria could not run: {0}").format(outcome)
            )
        elif outcome.agrees:
            self.verification.setText(
                self.tr(
                    "scikit-criteria agrees on all four methods and the recommendation "
                    "(largest difference {0:.1e})."
                ).format(outcome.max_difference)
            )
        else:
            names = ", ".join(
                method_name(m if m != "rule" else None, self.lang) for m in outcome.disagreeing
            )
            self.verification.setText(
                self.tr(
                    "scikit-criteria does not agree on: {0} (largest difference {1:.1e})."
                ).format(names, outcome.max_difference)
            )
