"""The questionnaire wizard, driven as a user would."""

import pytest
from PySide6.QtCore import QPoint, Qt

import criteria
from app import presenter
from samples import PERSONA_BASE


def pick(qtbot, button):
    """Click a radio button on its label, where a user clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))


def answer_page(qtbot, window, answers):
    for q in window.kb.questions_on(window.wizard.current_page()):
        pick(qtbot, window.wizard.boxes[q.id].buttons[answers[q.id]])


def test_full_flow_from_questions_to_ranking(qtbot, window):
    wizard = window.wizard
    assert not window.tabs.isTabEnabled(1)
    for index in range(len(window.kb.pages)):
        assert wizard.stack.currentIndex() == index
        assert f"Step {index + 1} of 6" in wizard.step.text()
        last = index == len(window.kb.pages) - 1
        assert not (wizard.finish if last else wizard.next).isEnabled()
        answer_page(qtbot, window, PERSONA_BASE)
        button = wizard.finish if last else wizard.next
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if not last:  # the next page's first option has the focus, with its ring shown
            assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    assert window.tabs.currentWidget() is window.results
    expected = criteria.assess(window.kb, PERSONA_BASE)
    ranking = window.results.ranking
    assert ranking.rowCount() == 6
    assert [ranking.model_id(r) for r in range(6)] == list(expected.ranking)
    best = window.kb.model(expected.recommended).role.export.en  # the role, in its direction
    # a near-tie: both routes named, the recommendation first, then why it leads
    lead = best[:1].lower() + best[1:]
    assert window.results.title.text().startswith(f"Two routes fit you about equally: {lead}")
    assert window.results.verdict.text().startswith("Marketplace seller comes first")
    assert "Confidence: " in window.results.verdict.text()
    assert best in window.results.details.toPlainText()
    first_step = presenter.role_steps(window.kb, expected, expected.recommended, "en")[0][0]
    assert first_step in window.results.details.toPlainText()  # what to do first
    assert wizard.progress.value() == 12  # the destination too, for an exporter


def test_next_stays_disabled_until_every_question_of_the_page_is_answered(qtbot, window):
    wizard = window.wizard
    for _ in range(3):
        answer_page(qtbot, window, PERSONA_BASE)
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == "supply"
    pick(qtbot, wizard.boxes["supply_chain"].buttons["oem"])
    assert not wizard.next.isEnabled()
    wizard.go(4)  # a programmatic jump past an incomplete page is refused too
    assert wizard.current_page() == "supply"
    pick(qtbot, wizard.boxes["operations"].buttons["basic"])
    assert wizard.next.isEnabled()


def test_keyboard_only(qtbot, window):
    """Space picks an option, arrows move along the options, Tab reaches the next
    question, and Back/Next/Finish carry Alt mnemonics."""
    wizard = window.wizard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_page(qtbot, window, PERSONA_BASE)
    wizard.go(1)
    first = wizard.boxes["capital"].buttons["lt_500k"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.state.answers["capital"] == "lt_500k"
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert window.state.answers["capital"] == "500k_2m"
    assert [b.shortcut().toString() for b in (wizard.back, wizard.next, wizard.finish)] == [
        "Alt+B",
        "Alt+N",
        "Alt+I",  # not Alt+F, which opens the File menu
    ]
    wizard.go(2)
    focused = window.focusWidget()
    assert focused in wizard.boxes["traffic"].buttons.values()
    wizard.go(1)
    for qid in ("traffic", "supply_chain"):
        window.state.set_answer(qid, PERSONA_BASE[qid])
    wizard.go(2)
    wizard.go(3)
    start = wizard.boxes["supply_chain"].buttons[PERSONA_BASE["supply_chain"]]
    assert window.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_Tab)  # to "Where this comes from"; Space opens it
    toggle = wizard.boxes["supply_chain"].sources_toggle
    assert window.focusWidget() is toggle
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert wizard.boxes["supply_chain"].sources.isVisible()
    qtbot.keyClick(toggle, Qt.Key.Key_Tab)  # on to the next question's options
    assert window.focusWidget() in wizard.boxes["operations"].buttons.values()


def test_revising_one_answer_keeps_the_others(qtbot, window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.show_results()
    qtbot.mouseClick(window.results.edit, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.wizard
    pick(qtbot, window.wizard.boxes["capital"].buttons["gt_20m"])
    assert window.state.answers == {**PERSONA_BASE, "capital": "gt_20m"}
    assert window.state.result().answers["capital"] == "gt_20m"


def test_the_passage_behind_a_question_expands(qtbot, window):
    answer_page(qtbot, window, PERSONA_BASE)
    window.wizard.go(1)
    box = window.wizard.boxes["capital"]
    assert not box.sources.isVisible()
    qtbot.mouseClick(box.sources_toggle, Qt.MouseButton.LeftButton)
    assert box.sources.isVisible()
    assert "资金投入量较大" in box.sources.text() and "section 2.2" in box.sources.text()


def test_chinese_interface_shows_the_knowledge_base_in_chinese(qtbot, dialog_log):
    from app.ui.main_window import MainWindow

    win = MainWindow(criteria.default(), "zh")
    qtbot.addWidget(win)
    assert win.wizard.boxes["capital"].title() == "跨境业务首年预算是多少（人民币）？"
    assert win.wizard.boxes["capital"].buttons["lt_500k"].text() == "50万以下"


def test_notes_are_typed_on_the_last_page_and_saved(qtbot, window, dialog_log, tmp_path):
    import json

    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.wizard.go(len(window.kb.pages) - 1)
    notes = window.wizard.notes
    assert notes.isVisible() and window.wizard.notes_label.buddy() is notes
    qtbot.keyClicks(notes, "Check the EU rules.")
    assert window.state.notes == "Check the EU rules."
    window.state.set_company("Acme Trading Co.")
    dialog_log.save_paths.append(str(tmp_path / "acme.json"))
    assert window.document.save()
    assert dialog_log.proposed[-1].endswith("/Acme Trading Co.json")  # named after the company
    doc = json.loads((tmp_path / "acme.json").read_text(encoding="utf-8"))
    assert doc["notes"] == "Check the EU rules."


def test_answers_that_contradict_get_a_note_that_does_not_block(qtbot, window):
    wizard = window.wizard
    note = wizard.contradiction
    assert note.isHidden()
    pick(qtbot, wizard.boxes["goal"].buttons["clear_stock"])
    assert note.isHidden()  # one answer alone contradicts nothing
    window.state.set_answer("supply_chain", "none")
    assert not note.isHidden()
    text = note.text()
    assert text.startswith("Note on your answers: ") and "supply chain: none" in text
    window.act_languages["zh"].trigger()
    assert "供应链" in note.text()
    window.act_languages["en"].trigger()
    pick(qtbot, wizard.boxes["goal"].buttons["sell_volume"])
    assert note.isHidden()
    # not blocking: the page can still be left
    assert wizard.next.isEnabled() == window.state.page_complete(wizard.current_page())


def test_the_note_reads_in_the_light_and_the_dark_look(qtbot, window, qapp):
    """Its text stands out from its background in both looks (a fixed light background
    once made it unreadable in the dark one), and it draws its amber mark."""
    from PySide6.QtGui import QColor

    from app.ui import appearance

    window.state.set_answer("goal", "clear_stock")
    window.state.set_answer("supply_chain", "none")
    note = window.wizard.contradiction
    original = qapp.palette()
    try:
        for palette in (original, appearance.dark_palette()):
            qapp.setPalette(palette)
            note.setStyleSheet(note.styleSheet())  # re-polished, as a theme switch does
            qapp.processEvents()
            image = note.grab().toImage()
            mid = note.height() // 2
            assert image.pixelColor(1, mid) == QColor("#d9a400")
            ground = image.pixelColor(image.width() - 2, mid).lightness()
            contrast = max(
                abs(image.pixelColor(x, y).lightness() - ground)
                for x in range(8, min(image.width(), 400), 2)
                for y in range(2, image.height() - 2, 2)
            )
            assert contrast > 120, (palette is original, contrast)
    finally:
        qapp.setPalette(original)


def test_the_destination_is_asked_of_exporters_only(qtbot, window):
    wizard = window.wizard
    box = wizard.boxes["destination"]
    assert box.isHidden()  # nothing said yet about the direction
    importer = {**PERSONA_BASE, "trade_direction": "import"}
    pick(qtbot, wizard.boxes["trade_direction"].buttons["import"])
    pick(qtbot, wizard.boxes["goal"].buttons[importer["goal"]])
    assert box.isHidden() and wizard.next.isEnabled()  # the page is complete without it
    assert wizard.progress.maximum() == len(window.kb.questions) - 1
    pick(qtbot, wizard.boxes["trade_direction"].buttons["export"])
    assert not box.isHidden() and not wizard.next.isEnabled()
    pick(qtbot, box.buttons["southeast_asia"])
    assert wizard.next.isEnabled() and window.state.answers["destination"] == "southeast_asia"
    assert wizard.progress.maximum() == len(window.kb.questions)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_are_in_full_view_on_the_last_page_at_1366_by_768(qtbot, window, lang):
    """The notes label was cut at the bottom of the last page's scroll."""
    window.act_languages[lang].trigger()
    window.resize(1366, 768)
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.tabs.setCurrentWidget(window.wizard)
    wizard = window.wizard
    wizard.go(len(window.kb.pages) - 1)
    qtbot.wait(20)
    for widget in (wizard.notes_label, wizard.notes):
        assert widget.isVisible()
        visible = widget.visibleRegion().boundingRect()
        assert visible.size() == widget.size(), (widget.objectName(), visible, widget.size())
    title = wizard.step.text()
    assert ("Risk, payback and range" if lang == "en" else "风险、回本与品类") in title
