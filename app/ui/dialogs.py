"""Every modal dialog the app shows, wrapped in a small function tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong."""
    QMessageBox.warning(parent, title, text)


def ask_save_changes(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for unsaved changes."""
    return QMessageBox.question(
        parent,
        translate("dialogs", "Unsaved changes"),
        translate("dialogs", "The assessment has unsaved changes. Save them first?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def ask_restore(parent: QWidget | None, when: str) -> bool:
    """Offer to restore work in progress left when the app last stopped without closing cleanly."""
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "Restore unsaved work?"),
        translate(
            "dialogs",
            "Export Model Advisor did not close normally. Unsaved work "
            "from {0} was kept. Restore it?",
        ).format(when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, folder: str) -> str:
    """Ask for an assessment to open; empty when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Open assessment"),
        folder,
        translate("dialogs", "Assessments (*.json);;All files (*)"),
    )
    return path


def open_assessments(parent: QWidget | None, folder: str) -> list[str]:
    """Ask for saved assessments to compare; empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("dialogs", "Compare assessments"),
        folder,
        translate("dialogs", "Assessments (*.json);;All files (*)"),
    )
    return list(paths)


def open_survey(parent: QWidget | None, folder: str) -> str:
    """Ask for a survey file to assess in a batch; empty when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Batch assessment: choose a survey"),
        folder,
        translate("dialogs", "Surveys (*.csv *.xlsx);;All files (*)"),
    )
    return path


def save_file(parent: QWidget | None, folder: str, title: str, filters: str) -> str:
    """Ask where to save; empty when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return path


def save_file_with_suffix(
    parent: QWidget | None, proposed: str, title: str, filters: str, suffix: str
) -> str:
    """:func:`save_file`, with ``suffix`` added to a name typed without it."""
    path = save_file(parent, proposed, title, filters)
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def about(parent: QWidget | None, title: str, text: str) -> None:
    """The About box."""
    QMessageBox.about(parent, title, text)


def show_file(parent: QWidget | None, path: str) -> None:
    """Open ``path`` in the application the system gives its type; say so if none does."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
        error(
            parent,
            translate("dialogs", "Cannot open the file"),
            translate("dialogs", "No application is set to open {0}; it is saved there.").format(
                path
            ),
        )


def ask_text(parent: QWidget | None, title: str, label: str, proposed: str = "") -> str:
    """Ask for one line of text; empty when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, text=proposed)
    return text if ok else ""
