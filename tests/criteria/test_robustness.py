"""The whole robustness analysis as one result object, as the views, report and CLI read it."""

import json

import numpy as np
import pytest

import criteria
from criteria.robustness.analysis import RobustnessResult, analyse


@pytest.fixture
def analysis(kb, answers) -> RobustnessResult:
    return analyse(kb, criteria.assess(kb, answers), samples=1_000)


def test_the_document_holds_every_part_and_is_strict_json(analysis, kb):
    doc = analysis.to_dict()
    for key in (
        "acceptability",
        "central_weights",
        "stability",
        "counterfactuals",
        "agreement",
        "models",
        "criteria",
        "recommended",
        "samples",
        "seed",
    ):
        assert key in doc
    text = json.dumps(doc, allow_nan=False)  # no NaN anywhere
    assert json.loads(text) == doc
    assert list(doc["acceptability"]) == list(kb.model_ids)
    assert all(len(p) == 6 for p in doc["acceptability"].values())
    assert sum(row[0] for row in doc["acceptability"].values()) == pytest.approx(1.0)
    assert set(doc["stability"]) == set(kb.criterion_ids)
    assert all(0 <= lo <= hi <= 1 for lo, hi in doc["stability"].values())
    for weights in doc["central_weights"].values():
        assert weights is None or list(weights) == doc["criteria"]
    assert doc["recommended"] not in doc["counterfactuals"]
    assert doc["counterfactual_baseline"] == doc["recommended"]
    assert doc["samples"] == 1_000


def test_parts_match_the_analysed_ranking(analysis, kb, answers):
    r = analysis.ranking
    assert analysis.models == tuple(kb.model_ids)
    assert analysis.acceptability.criteria == r.active_criteria
    np.testing.assert_allclose(analysis.acceptability.probabilities.sum(axis=1), 1.0)
    assert analysis.agreement.rank_reversal.best == r.rankings["topsis"][0]
    assert set(analysis.counterfactuals) == set(kb.model_ids) - {r.recommended}


def test_weights_set_by_hand_move_the_analysis_but_not_the_counterfactuals(kb, answers):
    own = np.ones(len(kb.criteria))
    by_hand = analyse(kb, criteria.assess(kb, answers, own), samples=500)
    assert by_hand.to_dict()["weights"] == pytest.approx(
        {c: 1 / len(by_hand.ranking.active_criteria) for c in by_hand.ranking.active_criteria}
    )
    baseline = criteria.assess(kb, answers).recommended
    assert by_hand.counterfactual_baseline == baseline
    assert baseline not in by_hand.counterfactuals
