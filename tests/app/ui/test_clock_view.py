"""The policy clock end to end: a knowledge base with a fictitious rule inside the SME's
horizon shows the flip and its date in the JSON, the results view and the report; a
saved assessment opened with that knowledge base says what changed since."""

import datetime as dt
import json

import openpyxl
from PySide6.QtCore import QThreadPool

import criteria
from app import files
from app.report.writer import write_report
from app.ui.main_window import MainWindow
from criteria.decision.since import since_saved
from samples import DROPSHIPPER

DAY = dt.date(2026, 12, 1)
ANSWERS = {**DROPSHIPPER, "destination": "us"}


def _saved(tmp_path, kb):
    """An assessment saved by this release (the shipped knowledge base)."""
    result = criteria.assess(kb, ANSWERS, on=DAY)
    doc = files.assessment_document(ANSWERS, kb, company="Drop Co.", result=result)
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path, doc


def test_the_json_carries_the_flip_and_its_date(flipping_kb):
    doc = criteria.assess(flipping_kb, ANSWERS, on=DAY).to_dict()
    assert doc["as_of"] == "2026-12-01" and doc["route"] == doc["routes"]["direct_ship"]
    flip = next(t for t in doc["timeline"] if t["event"] == "test-dropship-ban")
    assert flip["date"] == "2027-02-01" and flip["changed"] is True
    assert flip["source"] == "fact-us-de-minimis" and flip["recommended"] != "direct_ship"


def test_the_results_view_shows_the_timeline_and_what_changed_since(
    qtbot, dialog_log, tmp_path, kb, flipping_kb
):
    path, doc = _saved(tmp_path, kb)
    assert doc["as_of"] == "2026-12-01" and doc["recommended"] == "direct_ship"
    win = MainWindow(flipping_kb, "en")
    qtbot.addWidget(win)
    win.state.as_of = dt.date(2027, 2, 1)  # opened the day the fictitious rule starts
    try:
        assert win.open_path(str(path), ask=False)
        win.tabs.setCurrentWidget(win.results)
        since = win.results.since
        assert not since.isHidden()
        assert "Fictitious ban on dropshipping" in since.text()
        assert "the advice changed to" in since.text()
        # as of the saved day, the timeline strip dates the flip
        win.state.as_of = DAY
        win.state.set_answer("capital", ANSWERS["capital"])
        win.state._result = None
        win.results.refresh()
        strip = win.results.timeline.text()
        assert "From 1 February 2027 (Fictitious ban on dropshipping)" in strip
        assert "Dropship" in strip or "dropship" in strip  # the route, named
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        win.state._set_dirty(False)
        win.close()


def test_the_report_dates_the_flip_with_its_source(tmp_path, flipping_kb):
    result = criteria.assess(flipping_kb, ANSWERS, on=DAY)
    out = tmp_path / "r.xlsx"
    write_report(out, result, flipping_kb, lang="en")
    ws = openpyxl.load_workbook(out)["Summary"]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("From 1 February 2027 (Fictitious ban on dropshipping)" in c for c in cells)
    dated = next(c for c in cells if c.startswith("Fictitious ban on dropshipping"))
    assert "US Executive Orders 14256" in dated and "(changes)" in dated
    assert any("1 February 2027" == c for c in cells)


def test_since_saved_names_the_added_rule_and_both_recommendations(tmp_path, kb, flipping_kb):
    _, doc = _saved(tmp_path, kb)
    now = criteria.assess(flipping_kb, ANSWERS, on=dt.date(2027, 2, 1))
    since = since_saved(flipping_kb, doc, now)
    assert "test-dropship-ban" in since["events"]
    assert since["saved_recommended"] == "direct_ship" != since["recommended"]
    assert since["changed"] is True
    same = since_saved(kb, doc, criteria.assess(kb, ANSWERS, on=DAY))
    assert same["events"] == [] and same["changed"] is False


def test_all_six_roles_show_without_a_scrollbar_at_1366_by_768(qtbot, window):
    window.resize(1366, 768)
    for q, option in {**ANSWERS, "capital": "5m_20m", "supply_chain": "own_brand"}.items():
        window.state.set_answer(q, option)
    window.show_results()
    qtbot.wait(50)
    view = window.results.ranking_view
    assert view.model().rowCount() == 6
    assert view.verticalScrollBar().maximum() == 0  # every row in view
    assert window.results.said.height() <= 230  # the verdict band scrolls beyond that
