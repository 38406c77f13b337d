"""File → Compare assessments…, driven as a user would: the current assessment and a
saved variant side by side, the differing answer shaded, the pair's sentence said."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from samples import PERSONA_BASE


def _saved(tmp_path, name, answers, company=""):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"answers": answers, "company": company}), encoding="utf-8")
    return str(path)


def test_the_current_assessment_and_a_saved_variant_side_by_side(window, dialog_log, tmp_path):
    for q, option in PERSONA_BASE.items():
        window.state.set_answer(q, option)
    window.state.set_company("Base Co.")
    variant = _saved(tmp_path, "rich", {**PERSONA_BASE, "capital": "gt_20m"}, "Rich Co.")
    dialog_log.open_many.append([variant])
    window.act_scenarios.trigger()
    dialog = window.scenarios_dialog
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)][1:] == ["Base Co.", "Rich Co."]
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    budget = labels.index("First-year budget *")
    assert table.item(budget, 2).text() == "Over 20 million"
    assert table.item(budget, 1).background().color() == QColor("#fff4d6")
    unshaded = table.item(labels.index("Own audience"), 1).background()
    assert unshaded.style() == Qt.BrushStyle.NoBrush  # the same answer: not shaded
    assert "Rich Co. against Base Co.: First-year budget" in dialog.pairs.text()
    series = dialog.chart.series()[0]
    assert [s.label() for s in series.barSets()] == ["Base Co.", "Rich Co."]
    assert all(s.count() == 6 for s in series.barSets())


def test_too_few_assessments_or_a_bad_file_is_said(window, dialog_log, tmp_path):
    only = _saved(tmp_path, "one", PERSONA_BASE)
    dialog_log.open_many.append([only])  # nothing answered yet: one assessment in all
    assert not window.compare_assessments()
    assert "compare needs 2 to 4" in dialog_log.errors[-1][1]
    bad = _saved(tmp_path, "bad", {**PERSONA_BASE, "capital": "lots"})
    assert not window.compare_assessments([only, bad])
    assert "answers.capital" in dialog_log.errors[-1][1] or "capital" in dialog_log.errors[-1][1]


def test_the_about_box_says_what_the_rule_is(window, dialog_log):
    window.about()
    said = dialog_log.about_texts[-1]
    assert "weighted sum of fixed-scale levels" in said and "feasible models first" in said
    assert "cross-check" in said  # the four methods are the cross-check, not the rule
