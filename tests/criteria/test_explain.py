"""Reasons behind a model's place."""

import numpy as np
import pytest

import criteria
from criteria.decision import explain


def test_contributions_sum_to_zero_per_criterion(kb, answers):
    effect = explain.contributions(criteria.assess(kb, answers))
    assert effect.sum(axis=0) == pytest.approx(np.zeros(len(kb.criteria)), abs=1e-12)


def test_guide_rebate_is_pulled_down_by_lack_of_control_for_a_brand_owner(kb, answers):
    answers.update(supply_chain="own_brand", traffic="none")
    result = criteria.assess(kb, answers)
    lifts, pulls = explain.reasons(result, "guide_rebate")
    assert "control_upside" in [r.criterion for r in pulls]
    assert all(r.effect > 0 for r in lifts) and all(r.effect < 0 for r in pulls)


def test_constant_criteria_have_no_effect(kb, answers):
    answers["capital"] = "gt_20m"
    result = criteria.assess(kb, answers)
    j = kb.criterion_ids.index("capital_gap")
    assert not explain.contributions(result)[:, j].any()


def test_performance_is_one_for_the_best_and_zero_for_the_worst(kb, answers):
    result = criteria.assess(kb, answers)
    perf = explain.performance(result)
    assert perf.min() >= 0 and perf.max() <= 1
    j = kb.criterion_ids.index("control_upside")  # a benefit: the highest level is best
    best = int(np.argmax(result.matrix[:, j]))
    assert perf[best, j] == 1.0
    k = kb.criterion_ids.index("fragility")  # a cost: the highest level is worst
    assert perf[int(np.argmax(result.matrix[:, k])), k] == 0.0


def test_a_models_effects_add_up_to_its_fit_above_the_average(kb, answers):
    """The reasons explain the recommendation rule's score, nothing else."""
    result = criteria.assess(kb, answers)
    effect = explain.contributions(result)
    np.testing.assert_allclose(effect.sum(axis=1), result.fit - result.fit.mean(), atol=1e-12)
