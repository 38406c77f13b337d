"""The questionnaire wizard: one page per area, Back/Next/Finish, progress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import files, presenter
from app.ui.state import AssessmentState
from app.ui.widgets import heading
from app.ui.wizard.question import QuestionBox
from criteria.decision.answers import contradictions


class WizardView(QWidget):
    """Walks through the questionnaire pages; emits ``finished`` on Finish."""

    finished = Signal()

    def __init__(self, state: AssessmentState, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wizard")
        self.state, self.kb, self.lang = state, state.kb, lang
        self.pages = list(self.kb.pages)
        self.boxes: dict[str, QuestionBox] = {}

        self.step = heading("wizard_step")
        self.subtitle = QLabel(objectName="wizard_subtitle", wordWrap=True)
        self.progress = QProgressBar(objectName="wizard_progress")
        self.progress.setRange(0, len(self.kb.questions))
        self.progress.setTextVisible(True)

        self.stack = QStackedWidget(objectName="wizard_pages")
        # Answers that rarely go together: said, never blocking.
        self.contradiction = QLabel(objectName="wizard_contradiction", wordWrap=True)
        # the palette's own text colour, so that it reads in the light and the dark look
        self.contradiction.setStyleSheet(
            "QLabel { border: 0px; border-left: 4px solid #d9a400; padding: 4px 8px; }"
        )
        self.contradiction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contradiction.hide()
        self.company = QLineEdit(objectName="company")
        self.company_label = QLabel()
        self.company_label.setBuddy(self.company)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        self.notes_limit = QLabel(objectName="notes_limit", wordWrap=True)
        self.notes_limit.hide()
        last_page = len(self.pages) - 1
        for index, page in enumerate(self.pages):
            body = QWidget()
            layout = QVBoxLayout(body)
            if index == 0:
                form = QFormLayout()
                form.addRow(self.company_label, self.company)
                layout.addLayout(form)
            for q in self.kb.questions_on(page.id):
                box = QuestionBox(self.kb, q, lang)
                box.answered.connect(self._answered)
                self.boxes[q.id] = box
                layout.addWidget(box)
            layout.addStretch(1)
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroll.setWidget(body)
            if index != last_page:
                self.stack.addWidget(scroll)
                continue
            # the notes under the last page's questions, never scrolled out of sight
            page_widget = QWidget()
            page_layout = QVBoxLayout(page_widget)
            page_layout.setContentsMargins(0, 0, 0, 0)
            page_layout.addWidget(scroll, 1)
            page_layout.addWidget(self.notes_label)
            page_layout.addWidget(self.notes)
            page_layout.addWidget(self.notes_limit)
            self.stack.addWidget(page_widget)
        self.company.textEdited.connect(self.state.set_company)
        self.notes.textChanged.connect(self._notes_typed)

        self.back = QPushButton(objectName="wizard_back")
        self.next = QPushButton(objectName="wizard_next")
        self.finish = QPushButton(objectName="wizard_finish")
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.finish.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addSpacing(12)
        for b in (self.back, self.next, self.finish):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.contradiction)
        layout.addLayout(buttons)
        state.changed.connect(self.refresh)
        self.retranslate(lang)
        self.refresh()

    def retranslate(self, lang: str) -> None:
        """Show every text in ``lang``."""
        self.lang = lang
        self.back.setText(self.tr("< &Back"))
        self.next.setText(self.tr("&Next >"))
        self.finish.setText(self.tr("Fin&ish"))  # Alt+F opens the File menu
        self.company_label.setText(self.tr("&Company (optional):"))
        self.company.setPlaceholderText(self.tr("Shown on the report"))
        self.notes_label.setText(self.tr("No&tes (optional, shown on the report):"))
        self.progress.setAccessibleName(self.tr("Questionnaire progress"))
        for box in self.boxes.values():
            box.retranslate(lang)
        self._update_header()
        self._show_contradictions()

    def current_page(self) -> str:
        """The id of the page on show."""
        return self.pages[self.stack.currentIndex()].id

    def go(self, index: int) -> None:
        """Show page ``index`` (Next only once the current page is complete)."""
        if not 0 <= index < len(self.pages):
            return
        if index > self.stack.currentIndex() and not self.state.page_complete(self.current_page()):
            return
        self.stack.setCurrentIndex(index)
        self.refresh()
        first = self.kb.questions_on(self.pages[index].id)[0].id
        box = self.boxes[first]
        self._focus(box.buttons.get(box.value() or "") or next(iter(box.buttons.values())))

    def _focus(self, widget: QWidget) -> None:
        """Give ``widget`` the focus with a visible focus ring, as if reached by Tab.

        After a click on Next, Qt would otherwise draw no ring.
        """
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        # After setFocus, which clears it: the style draws the ring only when it is set.
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        widget.update()

    def go_to_first_unanswered(self) -> None:
        """Show the page of the first unanswered question, with the focus on it.

        That is where an older file left off; the first page when every question is answered.
        """
        asked = self.kb.asked(self.state.answers)
        missing = next((q for q in asked if q.id not in self.state.answers), None)
        target = 0 if missing is None else [p.id for p in self.pages].index(missing.page)
        self.go(0)
        for index in range(1, target + 1):
            self.go(index)
        if missing is not None and self.stack.currentIndex() == target:
            self._focus(next(iter(self.boxes[missing.id].buttons.values())))

    def _answered(self, question_id: str, option_id: str) -> None:
        self.state.set_answer(question_id, option_id)

    def _finish(self) -> None:
        if self.state.is_complete():
            self.finished.emit()

    def _update_header(self) -> None:
        index = self.stack.currentIndex()
        page = self.pages[index]
        self.step.setText(
            self.tr("Step {0} of {1}: {2}").format(
                index + 1, len(self.pages), page.title.get(self.lang)
            )
        )
        self.subtitle.setText(page.subtitle.get(self.lang))
        asked = self.kb.asked(self.state.answers)
        self.progress.setRange(0, len(asked))
        self.progress.setValue(sum(q.id in self.state.answers for q in asked))
        self.progress.setFormat(self.tr("%v of %m questions answered"))

    def refresh(self) -> None:
        """Sync the widgets with the assessment."""
        for qid, box in self.boxes.items():
            if box.value() != self.state.answers.get(qid):
                box.set_value(self.state.answers.get(qid))
            # the destination is asked of exporters only
            box.setVisible(self.kb.question(qid).asked(self.state.answers))
        if self.company.text() != self.state.company:
            self.company.setText(self.state.company)
        shown = self.state.notes[: files.MAX_NOTES]
        if self.notes.toPlainText() != shown:
            self.notes.blockSignals(True)
            self.notes.setPlainText(shown)
            self.notes.blockSignals(False)
        # A file's notes longer than the editor holds are kept whole, shown in part.
        longer = len(self.state.notes) > files.MAX_NOTES
        self.notes.setReadOnly(longer)
        if longer:
            self._say_notes_limit(len(self.state.notes))
        elif self.notes_limit.property("kept"):
            self.notes_limit.hide()
        index = self.stack.currentIndex()
        last = index == len(self.pages) - 1
        self.back.setEnabled(index > 0)
        self.next.setEnabled(not last and self.state.page_complete(self.current_page()))
        self.next.setVisible(not last)
        self.finish.setVisible(last)
        self.finish.setEnabled(self.state.is_complete())
        self.next.setDefault(not last)
        self.finish.setDefault(last)
        self._update_header()
        self._show_contradictions()

    def _notes_typed(self) -> None:
        """Take the notes as typed, up to what the editor holds (a report cell's worth).

        Past the limit the rest of what was typed or pasted is not added, and a line
        under the editor says so: every key stays quick, whatever was pasted.
        """
        text = self.notes.toPlainText()
        if len(text) > files.MAX_NOTES:
            text = text[: files.MAX_NOTES]
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.moveCursor(QTextCursor.MoveOperation.End)
            self.notes.blockSignals(False)
            self.notes_limit.setProperty("kept", False)
            self.notes_limit.setText(
                self.tr(
                    "Notes hold at most {0:,} characters; the rest of what you typed or "
                    "pasted was not added."
                ).format(files.MAX_NOTES)
            )
            self._show_notes_limit()
        elif not self.notes_limit.property("kept"):
            self.notes_limit.hide()
        self.state.set_notes(text)

    def _show_notes_limit(self) -> None:
        """Show the line under the notes (outside the questions' scroll: always in view)."""
        self.notes_limit.show()

    def _say_notes_limit(self, length: int) -> None:
        self.notes_limit.setProperty("kept", True)
        self.notes_limit.setText(
            self.tr(
                "These notes ({0:,} characters) are longer than the editor holds ({1:,}): "
                "they are kept whole in the file, shown here in part and not editable."
            ).format(length, files.MAX_NOTES)
        )
        self._show_notes_limit()

    def _show_contradictions(self) -> None:
        """One note per pair of answers that rarely go together, and what the tool assumes."""
        found = contradictions(self.kb, self.state.answers)
        label = presenter.text(self.lang, "verdict.notes_label")
        colon = presenter.text(self.lang, "verdict.colon")
        self.contradiction.setText("\n".join(label + colon + c.text.get(self.lang) for c in found))
        self.contradiction.setVisible(bool(found))
