"""Chinese and English: complete translations and a live switch."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from samples import PERSONA_BASE

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "export_advisor_zh_CN.ts"


def test_every_source_string_has_a_zh_cn_translation(tmp_path):
    """Re-extract the strings from the code into a copy of the .ts: none may be new,
    unfinished or empty."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert untranslated == []


def test_runtime_switch_retranslates_the_visible_views(qtbot, window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.show_results()
    assert window.results.title.text().startswith("Two routes fit you about equally")
    window.act_languages["zh"].trigger()
    assert window.menu_file.title() == "文件(&F)"
    assert window.results.title.text().startswith("两条路径对您而言契合度相当")
    assert (
        window.results.ranking.index(0, 1).data()
        == window.kb.model(window.state.result().recommended).role.export.zh
    )
    assert window.wizard.next.text() == "下一步(&N) >"
    assert window.wizard.boxes["capital"].title() == "跨境业务首年预算是多少（人民币）？"
    assert window.store.value("ui/language") == "zh"
    window.act_languages["en"].trigger()
    assert window.menu_file.title() == "&File"
    assert window.wizard.boxes["capital"].buttons["lt_500k"].text() == "Under 500,000"


def test_one_language_switch_is_one_re_render(qtbot, window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.show_results()
    calls = []
    results = window.results
    original = results.retranslate
    results.retranslate = lambda lang: (calls.append(lang), original(lang))
    window.act_languages["zh"].trigger()
    qtbot.wait(50)  # let the LanguageChange events Qt posts arrive
    assert calls == ["zh"]
    window.act_languages["en"].trigger()
    qtbot.wait(50)
    assert calls == ["zh", "en"]


def _file_dialog_labels(window, qtbot, title):
    """The labels of a Qt-drawn (not native) file dialog, by object name."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(window, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}


def test_qts_own_dialogs_speak_chinese_after_a_switch(qtbot, window):
    """A file dialog mixed "Look in:" and "Files of type:" with Chinese labels."""
    window.act_languages["zh"].trigger()
    labels = _file_dialog_labels(window, qtbot, "打开")
    # Qt's own translation lacks these two (its source text changed in Qt 6)
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："  # from Qt's own translation
    window.act_languages["en"].trigger()
    assert _file_dialog_labels(window, qtbot, "Open")["lookInLabel"] == "&Look in:"


def test_the_status_bar_is_kept_through_a_language_switch(qtbot, window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.show_results()
    before = window.statusBar().currentMessage()
    window.act_languages["zh"].trigger()
    after = window.statusBar().currentMessage()
    assert before and after, "the status bar went blank"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in after), after  # and says it in Chinese
    window.act_languages["en"].trigger()
