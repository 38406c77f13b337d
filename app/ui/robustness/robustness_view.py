"""Robustness: what-if weights, rank acceptability, stability intervals, what would change."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import criteria
from app import presenter
from app.ui import workers
from app.ui.charts import match_theme
from app.ui.results.bar_delegate import BarDelegate
from app.ui.results.table_models import RankingModel
from app.ui.robustness.range_delegate import RangeDelegate
from app.ui.robustness.table_models import StabilityModel
from app.ui.robustness.whatif import WhatIfPanel
from app.ui.state import AssessmentState
from app.ui.widgets import heading, table_view
from criteria.robustness import analysis as robustness

RANK_COLORS = presenter.RANK_COLORS


class RobustnessView(QWidget):
    """How firm the ranking is, and what would change it."""

    def __init__(self, state: AssessmentState, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("robustness")
        self.state, self.kb, self.lang = state, state.kb, lang
        self.analysis: robustness.RobustnessResult | None = None
        self._analysed_for: criteria.RankingResult | None = None
        self._running: criteria.RankingResult | None = None  # the ranking being analysed
        self._done = workers.Delivery(self)
        self._done.finished.connect(self._finished)
        self._done.failed.connect(self._failed)

        self.title = heading("robustness_title")
        self.summary = QLabel(objectName="robustness_summary", wordWrap=True)

        self.whatif = WhatIfPanel(self.kb)
        self.whatif.weights_changed.connect(self._whatif_changed)
        self.whatif_ranking = RankingModel(self.kb, self)
        self.whatif_table = table_view(self.whatif_ranking, "whatif_ranking", selectable=False)
        self.whatif_table.setItemDelegateForColumn(RankingModel.SCORE, BarDelegate(self))
        header = self.whatif_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the role takes what is left and elides (its tooltip holds it whole), so the
        # fit column never hides behind a horizontal scrollbar
        header.setSectionResizeMode(RankingModel.MODEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RankingModel.SCORE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RankingModel.SCORE, 150)
        self.whatif_table.setWordWrap(False)
        self.whatif_box = QGroupBox(objectName="whatif_box")
        # Says when the moved weights put another model first.
        self.banner = QLabel(objectName="whatif_banner", wordWrap=True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 4px; font-weight: bold; }"
        )
        self.banner.hide()
        # The live ranking keeps room for its six rows; the sliders scroll instead.
        rows = self.whatif_table.verticalHeader().defaultSectionSize()
        self.whatif_table.setMinimumHeight(
            6 * rows + self.whatif_table.horizontalHeader().sizeHint().height() + 4
        )
        sliders = QScrollArea(objectName="whatif_sliders", widgetResizable=True)
        sliders.setFrameShape(QFrame.Shape.NoFrame)
        sliders.setWidget(self.whatif)
        box_layout = QVBoxLayout(self.whatif_box)
        box_layout.addWidget(sliders, 1)
        box_layout.addWidget(self.banner)
        box_layout.addWidget(self.whatif_table)

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, objectName="acceptability_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.stability = StabilityModel(self.kb, self)
        self.stability_table = table_view(self.stability, "stability_table", selectable=False)
        self.stability_table.setItemDelegateForColumn(StabilityModel.RANGE, RangeDelegate(self))
        sh = self.stability_table.horizontalHeader()
        sh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sh.setSectionResizeMode(StabilityModel.RANGE, QHeaderView.ResizeMode.Stretch)
        self.stability_note = QLabel(objectName="stability_note", wordWrap=True)
        stability_page = QWidget()
        sl = QVBoxLayout(stability_page)
        sl.addWidget(self.stability_note)
        sl.addWidget(self.stability_table)
        self.changes = QTextBrowser(objectName="what_would_change")
        self.agreement = QTextBrowser(objectName="method_agreement")
        self.tabs = QTabWidget(objectName="robustness_tabs")
        for page in (self.chart_view, stability_page, self.changes, self.agreement):
            self.tabs.addTab(page, "")

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.whatif_box)
        split.addWidget(self.tabs)
        split.setSizes([430, 620])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        state.changed.connect(self.refresh)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Show every text in ``lang``."""
        self.lang = lang
        self.title.setText(self.tr("How firm is the ranking?"))
        self.whatif_box.setTitle(self.tr("What if the weights were different?"))
        self.tabs.setTabText(0, self.tr("Rank acceptability"))
        self.tabs.setTabText(1, self.tr("Stability of the weights"))
        self.tabs.setTabText(2, self.tr("What would need to change"))
        self.tabs.setTabText(3, self.tr("Advanced: method agreement"))  # test statistics
        self.agreement.setAccessibleName(self.tr("Agreement between the methods"))
        self.chart_view.setAccessibleName(self.tr("Rank acceptability chart"))
        self.stability_table.setAccessibleName(self.tr("Stability intervals"))
        self.whatif_table.setAccessibleName(self.tr("Ranking under the what-if weights"))
        self.whatif.retranslate(lang)
        if self.analysis is not None and self._analysed_for is self.state.result():
            self._render()  # the analysis does not depend on the language: no new run
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_chart()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Analyse the current ranking (once per ranking, off the GUI thread) and show it."""
        result = self.state.result()
        if result is None:
            self.analysis = None
            self.summary.setText(self.tr("Answer every question to test the ranking."))
            return
        if self._analysed_for is result and self.analysis is not None:
            return
        if not self.isVisible() or self._running is result:
            return  # analysed when shown (showEvent), not on every answer in the wizard
        self._running = result
        self.summary.setText(self.tr("Analysing how firm the ranking is…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        kb = self.kb
        # kept until the next analysis replaces it (see workers.start)
        self._job = workers.start(lambda: robustness.analyse(kb, result), result, self._done)

    def _failed(self, result, exc: Exception) -> None:
        """A worker's analysis failed: drop the busy state and say so, in one line."""
        if result is not self._running:
            return  # a stale run: the current one is still under way
        self._running = None
        self.unsetCursor()
        self.summary.setText(
            self.tr("The robustness analysis could not run: {0}").format(
                presenter.one_line(f"{type(exc).__name__}: {exc}")
            )
        )

    def _finished(self, result, analysis) -> None:
        """A worker's analysis arrives (on the GUI thread); a stale one is dropped."""
        if result is self._running:
            self._running = None
            self.unsetCursor()
        if result is not self.state.result():
            self.refresh()  # the answers changed meanwhile: analyse the new ranking
            return
        assert result is not None
        self.analysis, self._analysed_for = analysis, result
        self.whatif.set_weights(
            result.active_criteria,
            result.active_weights,
            held=result.active_share,
            left_out=tuple(result.constant_criteria),
        )
        self._whatif_changed(result.active_weights)
        self._render()

    def _render(self) -> None:
        """Show the current analysis in the current language."""
        result = self._analysed_for
        if self.analysis is None or result is None:
            return
        self.stability.set_analysis(self.analysis, self.lang, held=result.active_share)
        self.whatif.set_intervals(
            {c: (s.low, s.high) for c, s in self.analysis.stability.items() if not s.constant}
        )
        narrow = robustness.most_sensitive(self.analysis.stability)
        self.stability_note.setText(
            self.tr(
                "How far each weight can move on its own before the recommendation rule puts "
                "another model first (the mark is today's weight). The most sensitive: {0}."
            ).format(self.kb.criterion(narrow).name.get(self.lang) if narrow else "–")
        )
        self._draw_chart()
        self._show_changes()
        self._show_agreement()
        self._whatif_changed(self.whatif.weights)
        v = presenter.verdict(self.kb, result, self.lang)
        lines = [v.headline] + ([v.confidence] if v.confidence else [])
        top = result.recommended
        firsts = self.analysis.acceptability.first
        if top is not None:
            text = self.tr(
                "Under any weights (10,000 drawn uniformly, a secondary view), the "
                "same rule puts it first {0:.0%} of the time."
            ).format(firsts[top])
            likeliest = max(firsts, key=lambda m: firsts[m])
            if likeliest != top:
                text += " " + self.tr("{0} comes first most often ({1:.0%}).").format(
                    self._name(likeliest), firsts[likeliest]
                )
            lines.append(text)
        lines.append(self.tr("Move the sliders to see the ranking under other weights."))
        self.summary.setText("\n".join(lines))

    def _name(self, model_id: str) -> str:
        result = self.state.result()
        direction = result.direction if result is not None else "export"
        return presenter.role(self.kb, model_id, direction, self.lang)

    def _whatif_changed(self, weights) -> None:
        result = self.state.result()
        if result is None:
            return
        ranked = robustness.fast_rank(result, weights)
        self.whatif_ranking.set_result(ranked, self.lang)
        self._fit_ranking()
        changed = ranked.recommended != result.recommended and ranked.recommended is not None
        self.banner.setVisible(changed)
        if changed:
            assert ranked.recommended is not None
            self.banner.setText(
                self.tr(
                    "With these weights the recommendation would change: {0} comes first."
                ).format(self._name(ranked.recommended))
                + (
                    " "
                    + self.tr("Today's recommendation: {0}.").format(self._name(result.recommended))
                    if result.recommended
                    else ""
                )
            )

    def _fit_ranking(self) -> None:
        """Make the live ranking as tall as its rows (they grow with the font and language)."""
        table = self.whatif_table
        rows = table.verticalHeader()
        height = max(
            table.horizontalHeader().height(), table.horizontalHeader().sizeHint().height()
        )
        height += sum(
            max(table.rowHeight(r), table.sizeHintForRow(r), rows.defaultSectionSize())
            for r in range(table.model().rowCount())
        )
        height += 2 * table.frameWidth() + 2
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().height()
        table.setMinimumHeight(height)

    def _draw_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        match_theme(self.chart, self)
        if self.analysis is None:
            return
        acc = self.analysis.acceptability
        order = list(reversed(self.analysis.ranking.ranking))  # best at the top
        series = QHorizontalStackedBarSeries()
        for r in range(len(acc.models)):
            bar = QBarSet(self.tr("Rank {0}").format(r + 1))
            bar.setColor(QColor(RANK_COLORS[r % len(RANK_COLORS)]))
            bar.append([100 * float(acc.of(m)[r]) for m in order])
            series.append(bar)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        direction = self.analysis.ranking.direction
        categories.append([presenter.short_role(self.kb, m, direction, self.lang) for m in order])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Share of each rank under any weights (uniform draws)"))

    def _show_changes(self) -> None:
        assert self.analysis is not None
        lines = []
        for model_id in self.analysis.ranking.ranking:
            if model_id == self.analysis.counterfactual_baseline:
                continue
            cf = self.analysis.counterfactuals.get(model_id)
            name = self._name(model_id)
            if cf is None:
                text = self.tr("no change of one or two steps in your answers puts it first")
            else:
                text = presenter.change_text(self.kb, cf.changes, self.lang)
            lines.append(f"<li><b>{name}</b>: {text}</li>")
        intro = self.tr(
            "The smallest change to your answers (at most two steps along the "
            "option lists) that would make each model the recommendation:"
        )
        self.changes.setHtml(f"<p>{intro}</p><ul>{''.join(lines)}</ul>")

    def _show_agreement(self) -> None:
        assert self.analysis is not None
        taus = self.analysis.agreement.kendall_tau
        names = {m: m.upper() for m in self.analysis.ranking.methods}
        names["consensus"] = self.tr("Consensus")
        head = "".join(f"<th>{names[b]}</th>" for b in taus)
        rows = "".join(
            f"<tr><th align='left'>{names[a]}</th>"
            + "".join(
                f"<td align='center'>{'–' if t is None else f'{t:.2f}'}</td>" for t in row.values()
            )
            + "</tr>"
            for a, row in taus.items()
        )
        rr = self.analysis.agreement.rank_reversal
        best = self._name(rr.best)
        if rr.invariant is None:
            verdict = self.tr("The rank-reversal check could not run: {0}").format(rr.note)
        elif rr.invariant:
            verdict = self.tr(
                "Rank reversal: {0} stayed first by TOPSIS in all {1} runs in which "
                "another model was made slightly worse."
            ).format(best, rr.mutations)
        else:
            verdict = self.tr(
                "Rank reversal: {0} lost first place by TOPSIS in some runs in which "
                "another model was made slightly worse (kept in {1:.0%})."
            ).format(best, rr.preservation_rate or 0.0)
        intro = self.tr(
            "How alike the methods' orders are (Kendall's tau): 1 means the same order, "
            "0 no relation, −1 the reverse."
        )
        self.agreement.setHtml(
            f"<p>{intro}</p><table border='1' cellspacing='0' "
            f"cellpadding='4'><tr><th></th>{head}</tr>{rows}</table>"
            f"<p>{verdict}</p>"
        )
