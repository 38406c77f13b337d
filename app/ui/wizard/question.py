"""One question: its text, help, options as radio buttons, and the sources behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import presenter
from criteria.knowledge import KnowledgeBase, Question


class QuestionBox(QGroupBox):
    """A single-choice question; emits ``answered(question_id, option_id)``."""

    answered = Signal(str, str)

    def __init__(
        self, kb: KnowledgeBase, question: Question, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kb, self.question, self.lang = kb, question, lang
        self.setObjectName(f"question_{question.id}")
        layout = QVBoxLayout(self)
        self.help = QLabel(wordWrap=True)
        self.help.setObjectName("help")
        layout.addWidget(self.help)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option in question.options:
            button = QRadioButton()
            button.setObjectName(f"option_{question.id}_{option.id}")
            self.group.addButton(button)
            self.buttons[option.id] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, o=option.id: self._toggled(on, o))
        self.sources_toggle = QToolButton(checkable=True)
        self.sources_toggle.setObjectName(f"sources_toggle_{question.id}")
        self.sources_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sources_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.sources_toggle.setAutoRaise(True)
        self.sources = QLabel(wordWrap=True, visible=False)
        self.sources.setObjectName(f"sources_{question.id}")
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.setStyleSheet(
            "QLabel { border: 0px; border-left: 3px solid palette(mid); padding-left: 8px; }"
        )
        self.sources_toggle.toggled.connect(self._show_sources)
        layout.addWidget(self.sources_toggle)
        layout.addWidget(self.sources)
        self.retranslate(lang)

    def _show_sources(self, shown: bool) -> None:
        self.sources.setVisible(shown)
        self.sources_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _toggled(self, on: bool, option_id: str) -> None:
        if on:
            self.answered.emit(self.question.id, option_id)

    def retranslate(self, lang: str) -> None:
        """Show the question in ``lang``."""
        self.lang = lang
        q = self.question
        self.setTitle(q.text.get(lang))
        self.help.setText(q.help.get(lang))
        for option in q.options:
            self.buttons[option.id].setText(option.label.get(lang))
            self.buttons[option.id].setAccessibleName(
                f"{q.text.get(lang)} {option.label.get(lang)}"
            )
        self.sources_toggle.setText(self.tr("Where this comes from"))
        parts = []
        for sid in q.sources:
            src = self.kb.sources[sid]
            quote = (
                f"“{src.quote}”<br/>{src.en}"
                if src.kind == "paper" and lang != "zh"
                else (f"“{src.quote}”" if src.kind == "paper" else src.text(lang))
            )
            parts.append(f"<b>{presenter.source_label(src, lang)}</b><br/>{quote}")
        self.sources.setText("<br/><br/>".join(parts))

    def set_value(self, option_id: str | None) -> None:
        """Select ``option_id`` (or nothing) without emitting ``answered``."""
        self.group.setExclusive(False)
        for oid, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(oid == option_id)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def value(self) -> str | None:
        """The selected option id, or None."""
        return next((oid for oid, b in self.buttons.items() if b.isChecked()), None)
