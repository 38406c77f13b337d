"""The robustness view: what-if sliders, acceptability chart, stability, what would change."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

import criteria
from app import presenter
from app.ui.robustness.table_models import RANGE_ROLE, StabilityModel
from criteria.robustness import analysis as robustness
from samples import PERSONA_BASE


@pytest.fixture
def view(qtbot, window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.tabs.setCurrentIndex(3)
    view = window.robustness
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=20_000)  # a worker analyses
    return view


def test_sliders_move_one_weight_and_rerank_live(qtbot, view):
    panel = view.whatif
    result = view.state.result()
    assert panel.weights == pytest.approx(result.active_weights)
    # The track spans three times the largest weight: today's weights sit across it.
    assert panel.top == pytest.approx(min(1.0, np.ceil(3 * max(panel.weights) * 20) / 20))
    assert max(s.value() for s in panel.sliders) >= 300
    j = panel.criteria.index("control_upside")
    panel.sliders[j].setValue(900)  # as a user dragging it near the right end
    assert panel.weights[j] == pytest.approx(0.9 * panel.top)
    assert panel.weights.sum() == pytest.approx(1.0)
    # the number box shows it as a share of all the weights, as Results does
    held = sum(w for w, a in zip(result.weights, result.active, strict=True) if a)
    assert panel.scale == pytest.approx(held)
    assert panel.values[j].value() == pytest.approx(100 * 0.9 * panel.top * held, abs=0.05)
    panel.values[j].setValue(40.0)  # or typing the weight in its number box
    assert panel.weights[j] * held == pytest.approx(0.40)
    assert panel.weights.sum() == pytest.approx(1.0)
    expected = robustness.fast_rank(result, panel.weights)
    shown = [view.whatif_ranking.model_id(r) for r in range(6)]
    assert shown == list(expected.ranking)  # the recommendation rule, as everywhere
    assert shown[0] == "vertical_b2c"  # the model with the most control wins
    assert panel.reset_button.isEnabled()
    panel.reset_button.click()
    assert panel.weights == pytest.approx(result.active_weights)
    assert [view.whatif_ranking.model_id(r) for r in range(6)] == list(result.ranking)


def test_acceptability_chart_shows_every_rank_for_every_model(view):
    series = view.chart.series()[0]
    sets = series.barSets()
    assert len(sets) == 6
    totals = np.sum([[s.at(i) for i in range(6)] for s in sets], axis=0)
    assert totals == pytest.approx(np.full(6, 100.0))
    result = view.state.result()
    summary = view.summary.text().splitlines()
    # The same rule and headline as the results view; uniform weights come second.
    from app import presenter

    v = presenter.verdict(view.kb, result, "en")
    assert summary[:2] == [v.headline, v.confidence]
    results = view.window().results
    results.refresh()
    assert results.title.text() == v.headline  # the results view says the same
    assert "Under any weights" in summary[2]
    assert view.analysis.acceptability.method == "rule"
    assert view.kb.model(result.recommended).role.export.en.lower() in summary[0].lower()


def test_stability_and_what_would_change(view, kb):
    model = view.stability
    result = view.state.result()
    assert model.rowCount() == len(result.active_criteria)
    for row in range(model.rowCount()):
        low, current, high = model.index(row, StabilityModel.RANGE).data(RANGE_ROLE)
        assert low <= current <= high
    panel = view.whatif  # each slider shades the weights that keep the recommendation
    for cid, slider in zip(panel.criteria, panel.sliders, strict=True):
        s = view.analysis.stability[cid]
        assert slider.interval == pytest.approx((s.low / panel.top, s.high / panel.top))
    text = view.changes.toPlainText()
    others = [m for m in result.ranking if m != view.analysis.counterfactual_baseline]
    for m in others:
        assert kb.model(m).role.export.en in text


def test_change_text_names_the_question_and_both_options(kb):
    analysis = robustness.analyse(kb, criteria.assess(kb, PERSONA_BASE), samples=500)
    cf = next(c for c in analysis.counterfactuals.values() if c is not None)
    text = presenter.change_text(kb, cf.changes, "en")
    first = cf.changes[0]
    q = kb.question(first.question)
    assert q.short.en in text
    assert q.get_option(first.to_option).label.en in text


def test_method_agreement_tab_shows_kendall_tau_and_the_reversal_check(view):
    text = view.agreement.toPlainText()
    assert "Kendall" in text and "TOPSIS" in text
    taus = view.analysis.agreement.kendall_tau
    assert f"{taus['topsis']['wsm']:.2f}" in text
    assert "1.00" in text  # a method against itself
    assert "Rank reversal" in text or "could not run" in text


def test_analysis_waits_until_the_view_is_shown_again(qtbot, view, window):
    window.tabs.setCurrentIndex(0)
    window.state.set_answer("capital", "gt_20m")
    assert view.analysis.ranking is not window.state.result()  # not redone while hidden
    window.tabs.setCurrentIndex(3)
    assert "Analysing" in view.summary.text()  # off the GUI thread, and says so
    qtbot.waitUntil(lambda: view.analysis.ranking is window.state.result(), timeout=20_000)


def test_a_language_switch_re_renders_without_a_new_analysis(qtbot, view, window):
    analysis = view.analysis
    window.act_languages["zh"].trigger()
    assert view.analysis is analysis  # the same analysis, shown in Chinese
    assert view.summary.text().startswith("两条路径对您而言契合度相当")
    window.act_languages["en"].trigger()
    assert view.analysis is analysis


def test_a_failed_analysis_is_said_and_the_busy_state_ends(qtbot, window, monkeypatch):
    """Whatever stops the worker reaches the view: no "Analysing…" for good."""

    def broken(kb, result):
        raise RuntimeError("the draws ran out")

    monkeypatch.setattr(robustness, "analyse", broken)
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.tabs.setCurrentIndex(3)
    view = window.robustness
    qtbot.waitUntil(lambda: "could not run" in view.summary.text(), timeout=20_000)
    assert "RuntimeError: the draws ran out" in view.summary.text()
    assert view.analysis is None and view._running is None
    assert view.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_banner_says_when_the_moved_weights_change_the_recommendation(qtbot, view):
    panel, result = view.whatif, view.state.result()
    assert view.banner.isHidden()
    j = panel.criteria.index("control_upside")
    panel.values[j].setValue(40.0)
    moved = robustness.fast_rank(result, panel.weights)
    assert moved.recommended != result.recommended  # the own store comes first
    assert view.banner.isVisible()
    assert presenter.role(view.kb, moved.recommended, "export", "en") in view.banner.text()
    assert "would change" in view.banner.text()
    panel.reset_button.click()
    assert view.banner.isHidden()


def test_the_what_if_weights_read_as_in_results_and_say_what_is_left_out(qtbot, window):
    answers = {**PERSONA_BASE, "capital": "gt_20m"}  # nobody lacks capital: left out
    for qid, oid in answers.items():
        window.state.set_answer(qid, oid)
    window.tabs.setCurrentIndex(3)
    view = window.robustness
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=20_000)
    result = view.state.result()
    assert "capital_gap" in result.constant_criteria
    panel = view.whatif
    for cid, box in zip(panel.criteria, panel.values, strict=True):
        j = result.criteria.index(cid)
        # one figure per criterion across the views: the share of all the weights
        assert box.value() == pytest.approx(100 * result.weights[j], abs=0.05)
    stability = view.stability
    for r in range(stability.rowCount()):
        cid = stability.rows[r].criterion
        shown = stability.index(r, stability.NOW).data()
        assert shown == f"{result.weights[result.criteria.index(cid)]:.1%}"
    assert panel.left_out.isVisible()
    assert view.kb.criterion("capital_gap").name.en in panel.left_out.text()
    j = panel.criteria.index("control_upside")
    panel.values[j].setValue(20.0)  # typed as the share of all the weights
    assert panel.values[j].value() == pytest.approx(20.0, abs=0.05)
    assert panel.weights.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_live_ranking_shows_all_six_rows(qtbot, view, window, size, lang):
    window.act_languages[lang].trigger()
    window.resize(*size)
    qtbot.wait(50)
    table = view.whatif_table
    assert table.model().rowCount() == 6
    heights = [table.rowHeight(r) for r in range(6)]
    assert not table.verticalScrollBar().isVisible(), (
        table.height(),
        table.viewport().height(),
        heights,
        table.minimumHeight(),
    )
    assert not table.horizontalScrollBar().isVisible()  # the score column in view
    last = table.visualRect(table.model().index(5, 0))
    assert last.bottom() <= table.viewport().height()
    window.act_languages["en"].trigger()
