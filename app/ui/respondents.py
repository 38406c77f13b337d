"""Several respondents: File → Keep the answers as a respondent's….

The answers being edited are kept under a name; the user then changes what the next
respondent answers differently and keeps those too. From two respondents on, the
answers ranked are their combination (:func:`criteria.decision.respondents.combine`),
and the Results say each one's advice, the dispute and the rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.ui import dialogs
from app.ui.state import AssessmentState

translate = QCoreApplication.translate  # the window's context, where these words live


def keep_as_respondent(window: QMainWindow, state: AssessmentState) -> bool:
    """Ask whose the answers are and keep them; False if not kept.

    Not kept: answers incomplete, the prompt cancelled, or a name already given.
    """
    if not state.is_complete():
        window.statusBar().showMessage(
            translate(
                "MainWindow", "Answer every question before keeping the answers as a respondent's."
            ),
            8000,
        )
        return False
    count = len(state.respondents)
    name = dialogs.ask_text(
        window,
        translate("MainWindow", "Keep the answers as a respondent's"),
        translate(
            "MainWindow",
            "Whose answers are these (owner, sales, operations…)? Then change the answers "
            "another respondent gives and keep them too.",
        ),
        translate("MainWindow", "Respondent {0}").format(count + 1),
    )
    if not name.strip():
        return False
    try:
        state.add_respondent(name)
    except ValueError:
        dialogs.error(
            window,
            translate("MainWindow", "Cannot keep the answers"),
            translate("MainWindow", "“{0}” is already a respondent: give another name.").format(
                name
            ),
        )
        return False
    count = len(state.respondents)
    if count == 1:
        said = translate(
            "MainWindow",
            "Kept as {0}'s answers. Change what another respondent answers differently, "
            "then keep those too.",
        ).format(name.strip())
    else:
        said = translate(
            "MainWindow",
            "{0} respondents: the answers shown are now their combination (see Results).",
        ).format(count)
    window.statusBar().showMessage(said, 15000)
    return True
