"""Stability intervals: the range of each weight that keeps the recommendation first."""

import numpy as np
import pytest

import criteria
from criteria.decision import rule
from criteria.mcda import methods
from criteria.robustness import analysis as robustness
from criteria.robustness.analysis import StabilityInterval, rescale, stability_intervals
from samples import PERSONA_BASE

CASES = [
    pytest.param(PERSONA_BASE, id="oem-exporter"),
    pytest.param({**PERSONA_BASE, "capital": "gt_20m", "traffic": "none"}, id="rich-no-audience"),
    pytest.param(
        dict(
            trade_direction="export",
            destination="us",
            goal="sell_volume",
            capital="lt_500k",
            traffic="huge",
            supply_chain="none",
            operations="basic",
            policy_exposure="low",
            brand_trust="some",
            risk_appetite="high",
            time_horizon="6_months",
            category_breadth="broad",
        ),
        id="influencer",
    ),
]


def _rule_rank(result, j, weight, model):
    """The model's rank by the rule, its fit by scikit-criteria, when active weight j is set
    to weight."""
    w = rescale(result.active_weights, j, weight)
    ranks = rule.rule_ranks(
        methods.fit_reference(result.active_utilities, w),
        np.array(result.feasible),
        result.goal_cells,
        result.tie_band / result.weights[np.array(result.active)].sum(),
    )
    return int(ranks[result.models.index(model)])


@pytest.mark.parametrize("answers", CASES)
def test_the_top_model_changes_just_outside_each_interval(kb, answers):
    result = criteria.assess(kb, answers)
    top = result.recommended
    intervals = stability_intervals(result)
    assert list(intervals) == list(result.criteria)
    inner_edges = 0
    for j, c in enumerate(result.active_criteria):
        s = intervals[c]
        assert 0.0 <= s.low <= s.current <= s.high <= 1.0
        assert s.current == pytest.approx(result.active_weights[j])
        for inside in (s.low, s.current, s.high):
            assert _rule_rank(result, j, inside, top) == 1
        if s.low - 0.002 >= 0:
            inner_edges += 1
            assert _rule_rank(result, j, s.low - 0.002, top) > 1, c
        if s.high + 0.002 <= 1:
            inner_edges += 1
            assert _rule_rank(result, j, s.high + 0.002, top) > 1, c
    assert inner_edges > 0  # the cases do exercise ends inside [0, 1]


def test_constant_criteria_get_the_whole_range(kb, answers):
    answers["capital"] = "gt_20m"
    result = criteria.assess(kb, answers)
    intervals = stability_intervals(result)
    for c in result.constant_criteria:
        assert intervals[c] == StabilityInterval(c, 0.0, 1.0, 0.0, constant=True)
        assert intervals[c].to_list() == [0.0, 1.0]
    assert not any(intervals[c].constant for c in result.active_criteria)


def test_intervals_start_from_weights_set_by_hand(kb, answers):
    result = criteria.assess(kb, answers)
    w = rescale(result.active_weights, 0, 0.3)
    intervals = stability_intervals(result, weights=w)
    assert intervals[result.active_criteria[0]].current == pytest.approx(0.3)
    with pytest.raises(ValueError, match="weights"):
        stability_intervals(result, weights=[1.0, 2.0])


def test_a_single_varying_criterion_cannot_lose_its_top_model():
    result = criteria.rank_matrix(
        np.array([[1.0, 2.0], [1.0, 1.0], [1.0, 3.0]]),
        np.array([0.5, 0.5]),
        ("min", "min"),
        models=("A", "B", "C"),
        criteria=("x", "y"),
    )
    intervals = stability_intervals(result)
    assert intervals["y"].to_list() == [0.0, 1.0] and intervals["x"].constant


def test_the_most_sensitive_weight_is_the_one_relatively_closest_to_an_edge(kb):
    """Not the narrowest interval: a weight of 0.107 that flips at 0.106 is more
    sensitive than one of 0.048 that flips at 0.051."""
    result = criteria.assess(kb, CASES[0].values[0])
    intervals = stability_intervals(result)
    name = robustness.most_sensitive(intervals)
    assert name is not None
    margins = {c: s.margin for c, s in intervals.items()}
    assert margins[name] == min(margins.values()) < float("inf")
    s = intervals[name]
    edge = min([abs(s.current - s.low)] * (s.low > 0) + [abs(s.high - s.current)] * (s.high < 1))
    assert margins[name] == pytest.approx(edge / s.current)
    wide = robustness.StabilityInterval("a", 0.100, 0.105, 0.104)
    narrow = robustness.StabilityInterval("b", 0.045, 0.051, 0.048)
    assert robustness.most_sensitive({"a": wide, "b": narrow}) == "a"
    free = robustness.StabilityInterval("c", 0.0, 1.0, 0.2)
    assert free.margin == float("inf") and robustness.most_sensitive({"c": free}) is None
