"""What a batch run did, said when it ends.

Rows assessed and rejected, the first reasons, how the recommendations are
distributed, and buttons to open the results and the errors.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import criteria
from app import presenter, survey
from app.ui import dialogs


class BatchResultsDialog(QDialog):
    """A finished run's outcome, in the interface's language; not modal."""

    def __init__(
        self,
        kb: criteria.KnowledgeBase,
        outcome: survey.Outcome,
        target: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batch_results")
        self.setWindowTitle(self.tr("Batch assessment done"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        totals, t = outcome.totals, presenter.words(lang)
        self.target = target
        errors = survey.errors_path(target)
        self.errors = str(errors) if totals.rejected_cells and errors.exists() else ""
        layout = QVBoxLayout(self)

        self.summary = QLabel(
            t(
                "batch.read",
                rows=totals.read,
                good=totals.good,
                bad=totals.rejected_rows,
                profiles=totals.profiles,
            )
        )
        self.summary.setObjectName("batch_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        shares = survey.distribution(totals, kb, lang)
        layout.addWidget(QLabel(self.tr("<b>What the rows are recommended</b>")))
        self.table = QTableWidget(len(shares), 3)
        self.table.setObjectName("batch_distribution")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Recommendation"), self.tr("Rows"), self.tr("Share")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r, share in enumerate(shares):
            cells = (share.label, f"{share.rows:,}", f"{100 * share.share:.1f} %")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(shares)))
        self.table.setFixedHeight(rows_height + header.sizeHint().height() + 4)
        layout.addWidget(self.table)
        if totals.ties:
            ties = QLabel(
                self.tr("{0:,} of these rows have another route about as good.").format(totals.ties)
            )
            ties.setWordWrap(True)
            layout.addWidget(ties)

        self.reasons: QPlainTextEdit | None = None
        if totals.rejected_cells:
            where = Path(self.errors).name if self.errors else Path(target).name
            layout.addWidget(
                QLabel(self.tr("<b>Rejected rows</b> (not assessed; the first reasons):"))
            )
            self.reasons = QPlainTextEdit("\n".join(survey.error_lines(totals, lang, where)))
            self.reasons.setObjectName("batch_reasons")
            self.reasons.setReadOnly(True)
            self.reasons.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            # as tall as its lines (a wrapped one may take two), up to ten, then it scrolls
            lines = min(self.reasons.blockCount() * 2, 10)
            spacing = self.reasons.fontMetrics().lineSpacing()  # a Chinese line is taller
            self.reasons.setFixedHeight(spacing * (lines + 1) + 8)
            layout.addWidget(self.reasons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_results = QPushButton(self.tr("Open the results"))
        self.open_results.setObjectName("open_results")
        self.open_results.clicked.connect(lambda: dialogs.show_file(self, self.target))
        buttons.addButton(self.open_results, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_errors = QPushButton(self.tr("Open the errors"))
        self.open_errors.setObjectName("open_errors")
        self.open_errors.setEnabled(bool(self.errors))
        self.open_errors.clicked.connect(lambda: dialogs.show_file(self, self.errors))
        buttons.addButton(self.open_errors, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())
