"""Scenarios side by side: File → Compare assessments….

Two to four assessments of one firm (the one being edited, and saved ones) in one
window: every answer with the differing ones shaded, each scenario's advice, route,
confidence and fit, a bar chart of each model's fit per scenario, and one sentence
per pair saying what the changed answers did. The comparison itself is
:func:`criteria.decision.scenarios.compare`; the words are the presenter's.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import criteria
from app import presenter
from app.presenter import scenarios as pscenarios
from app.ui.charts import match_theme
from criteria.decision.scenarios import Comparison

DIFFERS = QColor("#fff4d6")


class ScenariosDialog(QDialog):
    """The comparison of several assessments, in the interface's language."""

    def __init__(
        self,
        kb: criteria.KnowledgeBase,
        comparison: Comparison,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scenarios_dialog")
        self.kb, self.comparison, self.lang = kb, comparison, lang
        self.setWindowTitle(self.tr("Scenarios side by side"))
        self.resize(1100, 700)

        rows = pscenarios.table_rows(kb, comparison, lang)
        self.table = QTableWidget(len(rows), 1 + len(comparison.names))
        self.table.setObjectName("scenarios")
        self.table.setHorizontalHeaderLabels(
            [presenter.text(lang, "scenario.answer"), *comparison.names]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            differs = row[0].endswith(" *")
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if differs and c > 0:
                    item.setBackground(QBrush(DIFFERS))
                    item.setForeground(QBrush(QColor("#000000")))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, 1 + len(comparison.names)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        self.pairs = QLabel()
        self.pairs.setObjectName("scenario_pairs")
        self.pairs.setWordWrap(True)
        self.pairs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pairs.setText(
            "\n".join(
                "• " + pscenarios.pair_sentence(kb, comparison, d, lang)
                for d in comparison.differences
            )
        )

        self.chart = QChart()
        self.chart.setTitle(presenter.text(lang, "scenario.chart"))
        series = QHorizontalBarSeries()
        direction = comparison.results[0].direction
        for name, result in zip(comparison.names, comparison.results, strict=True):
            bars = QBarSet(name)
            bars.append([round(100 * float(f), 1) for f in result.fit])
            series.append(bars)
        self.chart.addSeries(series)
        roles = QBarCategoryAxis()
        roles.append([presenter.short_role(kb, m, direction, lang) for m in kb.model_ids])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        self.chart.addAxis(roles, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(roles)
        series.attachAxis(values)
        match_theme(self.chart, self)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("scenarios_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(360)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setSizes([700, 400])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.pairs)
        layout.addWidget(buttons)
