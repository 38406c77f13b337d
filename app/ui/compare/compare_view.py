"""Compare two or three models: a radar chart over the criteria and a per-criterion table."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import presenter
from app.ui.charts import match_theme
from app.ui.compare.table_model import CompareModel, radar_values
from app.ui.roles import ID_ROLE
from app.ui.state import AssessmentState
from app.ui.widgets import heading, table_view

MAX_CHOSEN = 3


class CompareView(QWidget):
    """Pick two or three models (checkboxes); see them on a radar and side by side."""

    message = Signal(str)

    def __init__(self, state: AssessmentState, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compare")
        self.state, self.kb, self.lang = state, state.kb, lang
        self.title = heading("compare_title")
        self.hint = QLabel(objectName="compare_hint", wordWrap=True)
        self.picker = QListWidget(objectName="compare_picker")
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for m in self.kb.models:
            item = QListWidgetItem()
            item.setData(ID_ROLE, m.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.addItem(item)
        self.picker.itemChanged.connect(self._item_changed)
        self.picker.setMaximumWidth(290)
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)

        self.chart = QPolarChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.angular = QCategoryAxis()
        self.angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.radial = QValueAxis()
        self.radial.setRange(0, 1)
        self.radial.setTickCount(5)
        self.radial.setLabelFormat("%.2g")
        self.chart.addAxis(self.angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self.chart.addAxis(self.radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        self.chart_view = QChartView(self.chart, objectName="radar")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 380)

        self.table_model = CompareModel(self.kb, self)
        self.table = table_view(self.table_model, "compare_table", selectable=False)
        self.table.setAlternatingRowColors(False)  # shading marks the differences
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (CompareModel.CRITERION, CompareModel.DIRECTION, CompareModel.WEIGHT):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.picker)
        left_layout.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart_view)
        right.addWidget(self.table)
        right.setSizes([420, 300])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([290, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        state.changed.connect(self.refresh)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Show every text in ``lang``."""
        self.lang = lang
        self.title.setText(self.tr("Compare models"))
        self.picker.setAccessibleName(self.tr("Models to compare"))
        self.chart_view.setAccessibleName(self.tr("Radar chart of the chosen models"))
        self.table.setAccessibleName(self.tr("Per-criterion comparison"))
        self.hint.setText(
            self.tr(
                "Tick two or three models. On the chart, further out is "
                "better: 1 is the best level of that criterion, 0 the worst."
            )
        )
        self.refresh()

    def _label_picker(self) -> None:
        """Name each model by the SME's role in its direction; the paper's name as tooltip."""
        direction = self.state.answers.get("trade_direction", "export")
        self.picker.blockSignals(True)
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            model_id = item.data(ID_ROLE)
            model = self.kb.model(model_id)
            item.setText(presenter.short_role(self.kb, model_id, direction, self.lang))
            item.setToolTip(
                f"{presenter.role(self.kb, model_id, direction, self.lang)} — "
                f"{model.name.get(self.lang)}"
            )
        self.picker.blockSignals(False)

    def chosen(self) -> list[str]:
        """The ticked model ids, in the knowledge base's order."""
        return [
            self.picker.item(r).data(ID_ROLE)
            for r in range(self.picker.count())
            if self.picker.item(r).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, model_ids: list[str]) -> None:
        """Tick exactly ``model_ids`` (at most three)."""
        self.picker.blockSignals(True)
        for r in range(self.picker.count()):
            item = self.picker.item(r)
            on = item.data(ID_ROLE) in model_ids[:MAX_CHOSEN]
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self.refresh()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.chosen()) > MAX_CHOSEN:
            self.picker.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.blockSignals(False)
            self.message.emit(self.tr("Compare at most three models at a time."))
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Opened with nothing ticked: the top two of the ranking, to start from."""
        result = self.state.result()
        if result is not None and not self.chosen():
            self.choose(list(result.ranking[:2]))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Redraw the chart and the table for the ticked models."""
        self._label_picker()
        match_theme(self.chart, self)
        result = self.state.result()
        chosen = self.chosen() if result is not None else []
        self.table_model.set_data(result, chosen, self.lang)
        self.chart.removeAllSeries()
        for label in self.angular.categoriesLabels():
            self.angular.remove(label)
        if result is None:
            self.chart.setTitle(self.tr("Answer every question to compare models."))
            return
        self.chart.setTitle("" if chosen else self.tr("Tick two or three models."))
        n = len(result.criteria)
        self.angular.setRange(0, n)
        self.angular.setStartValue(0)
        # Criterion j sits at angle j; the first one's label goes at n (= angle 0), so no
        # category is empty.
        names = [self.kb.criterion(c).name.get(self.lang) for c in result.criteria]
        for j in range(1, n):
            self.angular.append(names[j], j)
        self.angular.append(names[0], n)
        for model_id in chosen:
            values = radar_values(result, model_id)
            series = QLineSeries()
            series.setName(presenter.short_role(self.kb, model_id, result.direction, self.lang))
            series.append([QPointF(j, v) for j, v in enumerate(values)] + [QPointF(n, values[0])])
            series.setPen(QPen(QColor(presenter.model_color(model_id)), 2.5))
            self.chart.addSeries(series)
            series.attachAxis(self.angular)
            series.attachAxis(self.radial)
