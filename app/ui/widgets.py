"""Small widget factories shared by the views, so they look alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView


def heading(name: str) -> QLabel:
    """A view's title line."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setStyleSheet("font-size: 15pt; font-weight: 600;")
    return label


def table_view(model: QAbstractItemModel, name: str, *, selectable: bool = True) -> QTableView:
    """A read-only table of ``model``: whole rows selected, no row numbers."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection
        if selectable
        else QAbstractItemView.SelectionMode.NoSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    return view
