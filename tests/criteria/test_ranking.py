"""Answers → weights → matrix → rankings: invariants over the whole answer space."""

import json
import subprocess
import sys
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import criteria
from criteria.decision import matrix
from samples import CONTRACT_KEYS

KB = criteria.default()
answer_sets = st.fixed_dictionaries({q.id: st.sampled_from(q.option_ids) for q in KB.questions})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_sets)
def test_every_answer_set_ranks_cleanly(answers):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = criteria.assess(KB, answers)
    assert (result.weights >= 0).all()
    assert result.weights.sum() == pytest.approx(1.0)
    assert result.active_weights.sum() == pytest.approx(1.0)
    for method in result.methods:
        assert np.isfinite(result.scores[method]).all()
        assert sorted(result.rankings[method]) == sorted(KB.model_ids)
    assert sorted(result.consensus) == sorted(KB.model_ids)
    assert np.isfinite(result.matrix).all()


@settings(max_examples=15, deadline=None)
@given(answer_sets)
def test_ranking_is_deterministic(answers):
    first, second = criteria.assess(KB, answers), criteria.assess(KB, answers)
    assert first.to_dict() == second.to_dict()


def test_gap_cells_are_shortfalls(kb, answers):
    answers["capital"] = "lt_500k"  # level 1
    m = matrix.decision_matrix(kb, answers)
    routes = criteria.assess(kb, answers).routes
    j = kb.criterion_ids.index("capital_gap")
    required = [
        kb.criterion("capital_gap").entry(i, "export").level
        + kb.route(i, "export", routes[i]).shifts.get("capital_gap", 0)
        for i in kb.model_ids
    ]
    assert list(m[:, j]) == [r - 1 for r in required]
    answers["capital"] = "gt_20m"
    assert not matrix.decision_matrix(kb, answers)[:, j].any()


def test_the_richest_sme_has_no_capital_criterion_in_the_ranking(kb, answers):
    answers["capital"] = "gt_20m"
    result = criteria.assess(kb, answers)
    assert "capital_gap" in result.constant_criteria
    assert "capital_gap" not in result.to_dict()["criteria"]


def test_breadth_mismatch_counts_steps_outside_the_models_range(kb, answers):
    answers["category_breadth"] = "broad"
    m = matrix.decision_matrix(kb, answers)
    j = kb.criterion_ids.index("breadth_mismatch")
    by_model = dict(zip(kb.model_ids, m[:, j], strict=True))
    assert by_model["vertical_b2c"] == 2 and by_model["comprehensive_b2c"] == 0


def test_json_carries_the_recommendation_contract(kb, answers):
    doc = criteria.assess(kb, answers).to_dict()
    for key in CONTRACT_KEYS:
        assert key in doc, key
    assert doc["recommendation_rule"] == "feasible_weighted_sum"
    assert doc["recommended"] == doc["ranking"][0] and doc["feasible"][doc["recommended"]]
    assert set(doc["confidence"]) >= {"share", "label", "samples", "concentration", "seed"}
    assert all(isinstance(v, list) for v in doc["not_feasible"].values())


@pytest.mark.parametrize(
    ("question", "low", "high", "criterion"),
    [
        ("capital", "gt_20m", "lt_500k", "capital_gap"),
        ("policy_exposure", "low", "high", "policy_risk"),
        ("time_horizon", "3_years", "6_months", "slow_rampup"),
        ("risk_appetite", "high", "low", "fragility"),
        ("goal", "sell_volume", "build_brand", "control_upside"),
        ("traffic", "none", "huge", "audience_upside"),
        ("supply_chain", "none", "own_brand", "control_upside"),
    ],
)
def test_answers_scale_the_weights_as_the_design_says(kb, answers, question, low, high, criterion):
    j = kb.criterion_ids.index(criterion)
    answers[question] = low
    w_low = matrix.weights(kb, answers)[j]
    answers[question] = high
    assert matrix.weights(kb, answers)[j] > w_low


def test_weight_override_is_used_and_normalised(kb, answers):
    equal = np.ones(len(kb.criteria))
    result = criteria.assess(kb, answers, weights=equal)
    assert result.weights == pytest.approx(equal / equal.sum())
    with pytest.raises(ValueError, match="weights"):
        criteria.assess(kb, answers, weights=-equal)


def test_result_is_frozen(kb, answers):
    result = criteria.assess(kb, answers)
    with pytest.raises(ValueError):
        result.matrix[0, 0] = 99
    with pytest.raises(AttributeError):
        result.models = ()


def test_import_criteria_works_without_qt_and_does_not_load_scikit_criteria():
    code = (
        "import sys\n"
        "class NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError('PySide6 is absent')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "import criteria, json\n"
        "assert 'skcriteria' not in sys.modules and 'pandas' not in sys.modules\n"
        "kb = criteria.default()\n"
        "answers = {q.id: q.option_ids[0] for q in kb.questions}\n"
        "print(json.dumps(criteria.assess(kb, answers).consensus))\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(json.loads(out.stdout)) == 6
