"""The table models, tested without any view."""

import pytest
from PySide6.QtCore import Qt

import criteria
from app.ui.compare.table_model import BEST_ROLE, CompareModel, radar_values
from app.ui.results.table_models import (
    BAR_ROLE,
    ID_ROLE,
    MethodRanksModel,
    RankingModel,
    WeightsModel,
)
from samples import PERSONA_BASE


def result():
    return criteria.assess(criteria.default(), PERSONA_BASE)


def test_ranking_model_follows_the_method(qapp, kb):
    r = result()
    model = RankingModel(kb)
    model.set_result(r, "en")
    assert [model.index(i, 0).data(ID_ROLE) for i in range(6)] == list(r.ranking)
    last = model.index(5, RankingModel.RANK)
    assert not r.is_feasible(r.ranking[5]) and last.data() == "—"  # listed apart
    assert "not feasible now" in model.index(5, RankingModel.MODEL).data()
    assert r.near_tie == ("vertical_b2c",)  # the sample SME's near-tie is said in the row
    assert model.index(1, RankingModel.MODEL).data().endswith("(about equal to the first)")
    assert "about equal" not in model.index(0, RankingModel.MODEL).data()
    first = r.models.index(r.ranking[0])
    assert model.index(0, RankingModel.SCORE).data() == f"{100 * r.fit[first]:.1f}"
    model.set_method("consensus")
    assert [model.model_id(i) for i in range(6)] == list(r.consensus)
    model.set_method("vikor")
    assert [model.model_id(i) for i in range(6)] == list(r.rankings["vikor"])
    bars = [model.index(i, RankingModel.SCORE).data(BAR_ROLE) for i in range(6)]
    assert bars == sorted(bars, reverse=True) and all(0 <= b <= 1 for b in bars)
    assert (
        model.index(0, RankingModel.MODEL)
        .data()
        .startswith(kb.model(r.rankings["vikor"][0]).role.export.en)
    )


def test_method_ranks_model_highlights_disagreement(qapp, kb):
    r = result()
    model = MethodRanksModel(kb)
    model.set_result(r, "zh")
    assert model.columnCount() == 2 + len(r.methods)
    for row in range(6):
        consensus = model.rank(row, len(r.methods) + 1)
        for col in range(1, len(r.methods) + 1):
            shaded = model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) is not None
            assert shaded == (model.rank(row, col) != consensus)
    assert model.index(0, 0).data() == kb.model(r.ranking[0]).role.export.zh


def test_weights_model_shows_every_weight_and_why(qapp, kb):
    answers = {**PERSONA_BASE, "capital": "gt_20m"}
    r = criteria.assess(kb, answers)
    model = WeightsModel(kb)
    model.set_result(r, "en")
    assert model.rowCount() == len(kb.criteria)
    shown = [
        float(model.index(i, WeightsModel.WEIGHT).data().rstrip("%"))
        for i in range(model.rowCount())
    ]
    assert abs(sum(shown) - 100) < 0.6
    row = kb.criterion_ids.index("capital_gap")
    assert "equal for every model" in model.index(row, WeightsModel.WHY).data()
    assert "× 0.6" in model.index(row, WeightsModel.WHY).data()
    assert "bridge most shortfalls" in model.index(row, WeightsModel.WHY).data()  # the why
    assert "risks the paper states for Direct-ship" in model.index(row, WeightsModel.WHY).data()


def test_compare_model_marks_differences_and_the_best(qapp, kb):
    r = result()
    model = CompareModel(kb)
    model.set_data(r, ["vertical_b2c", "guide_rebate"], "en")
    row = kb.criterion_ids.index("control_upside")
    assert model.values(row) == [5.0, 1.0] and model.differs(row)
    assert model.index(row, CompareModel.FIXED).data(BEST_ROLE)
    assert not model.index(row, CompareModel.FIXED + 1).data(BEST_ROLE)
    header = model.headerData(CompareModel.FIXED, Qt.Orientation.Horizontal)
    assert "".join(header.split()) == "Own-brandstore"  # the role, in a few words
    assert radar_values(r, "vertical_b2c")[row] == 1.0


def test_the_radar_shows_each_criterion_on_its_fixed_scale(qapp, kb):
    """Scaled over the six models, two poor models both reached 1 and hid each other."""
    r = result()
    for m in r.models:
        assert radar_values(r, m) == list(r.utilities[r.models.index(m)])
    # somewhere the best of the six is not the best the scale has: it stays below 1
    best_of_six = r.utilities.max(axis=0)
    assert (best_of_six < 1).any()
    j = int(best_of_six.argmin())
    assert max(radar_values(r, m)[j] for m in r.models) < 1


def test_the_compare_table_ends_with_the_overall_fit(qapp, kb):
    r = result()
    model = CompareModel(kb)
    model.set_data(r, ["vertical_b2c", "guide_rebate"], "en")
    last = model.rowCount() - 1
    assert last == len(r.criteria) and model.index(last, 0).data() == "Overall fit (0–100)"
    fits = [100 * r.fit[r.models.index(m)] for m in ("vertical_b2c", "guide_rebate")]
    shown = [float(model.index(last, CompareModel.FIXED + k).data()) for k in (0, 1)]
    assert shown == pytest.approx(fits, abs=0.05)
    better = int(fits[1] > fits[0])
    assert model.index(last, CompareModel.FIXED + better).data(BEST_ROLE)
    assert not model.index(last, CompareModel.FIXED + 1 - better).data(BEST_ROLE)


def test_a_shared_place_reads_tied_5th():
    from app import presenter

    assert presenter.rank_text(5, True, "en") == "tied 5th"
    assert presenter.rank_text(2, True, "zh") == "并列第2"
    assert presenter.rank_text(3, False, "en") == "3"
    assert [presenter.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
    ]


def test_the_detail_pane_lists_only_the_steps_that_fit_the_answers(kb):
    from app.ui.results.table_models import reasons_html
    from samples import PERSONA_BASE

    for exposure, shown in (("medium", False), ("high", True)):
        result = criteria.assess(kb, {**PERSONA_BASE, "policy_exposure": exposure})
        html = reasons_html(kb, result, "purchasing_agent", "en")
        assert ("Your category is regulated" in html) is shown


def test_a_role_that_cannot_serve_the_goal_is_listed_apart_with_why(qapp, kb):
    r = criteria.assess(kb, {**PERSONA_BASE, "goal": "clear_stock"})
    assert r.goal_gated  # the stock-free roles cannot clear stock
    model = RankingModel(kb)
    model.set_result(r, "en")
    for row in range(6):
        model_id = model.model_id(row)
        if model_id in r.goal_gated:
            assert model.index(row, RankingModel.RANK).data() == "—"
            assert "(cannot serve your goal)" in model.index(row, RankingModel.MODEL).data()
            tip = model.index(row, RankingModel.MODEL).data(Qt.ItemDataRole.ToolTipRole)
            assert r.reasons[model_id].en in tip
    offered = [model.model_id(row) for row in range(6)][: len(r.feasible_models)]
    assert offered[0] == r.recommended and not set(offered[:1]) & set(r.goal_gated)


def test_close_fits_read_differently_in_the_results_table(qapp, kb):
    """Two routes 0.6 points apart both read "69" when fits were whole numbers."""
    r = criteria.assess(kb, PERSONA_BASE)
    model = RankingModel(kb)
    model.set_result(r, "en")
    rows = range(model.rowCount())
    shown = [model.index(row, RankingModel.SCORE).data() for row in rows]
    ids = [model.index(row, 0).data(ID_ROLE) for row in rows]
    fits = [100 * r.fit[r.models.index(m)] for m in ids]
    assert shown == [f"{f:.1f}" for f in fits]
    assert len(set(shown)) == len({round(f, 1) for f in fits}) > 1
