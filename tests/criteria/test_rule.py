"""The one recommendation rule: fixed scales, feasibility first, confidence."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import criteria
from criteria.decision import matrix, rule, sampling
from criteria.mcda import methods

KB = criteria.default()
answer_sets = st.fixed_dictionaries({q.id: st.sampled_from(q.option_ids) for q in KB.questions})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_sets)
def test_fit_is_scikit_criterias_weighted_sum_of_the_fixed_scale_values(answers):
    result = criteria.assess(KB, answers)
    np.testing.assert_allclose(
        result.fit, methods.fit_reference(result.utilities, result.weights), rtol=1e-12
    )
    assert ((result.utilities >= 0) & (result.utilities <= 1)).all()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_sets)
def test_feasible_models_come_first_and_the_recommendation_is_feasible(answers):
    result = criteria.assess(KB, answers)
    flags = [result.is_feasible(m) for m in result.ranking]
    assert flags == sorted(flags, reverse=True)
    if result.recommended is not None:
        assert result.recommended == result.ranking[0] and flags[0]
        assert result.confidence.share is not None and 0 <= result.confidence.share <= 1
    for m in result.models:
        assert (not result.shortfalls[m]) == result.is_feasible(m)


def test_a_fixed_scale_means_a_gap_counts_the_same_whatever_the_others_need(kb, answers):
    """A capital shortfall of one band is worth 1/4 of the criterion for every model."""
    t, batch = matrix.single(kb, answers)
    j = kb.criterion_ids.index("capital_gap")
    gaps = batch.matrix[0][:, j]
    np.testing.assert_allclose(batch.utilities[0][:, j], 1 - gaps / 4)


def test_a_budget_two_bands_short_is_not_feasible_and_says_what_it_takes(kb, answers):
    answers.update(capital="2m_5m", operations="solid")  # comprehensive needs >20m, expert
    result = criteria.assess(kb, answers)
    assert not result.is_feasible("comprehensive_b2c")
    missing = {s.question: s for s in result.shortfalls["comprehensive_b2c"]}
    assert missing["capital"].to_dict() == {
        "question": "capital",
        "needs": "gt_20m",
        "has": "2m_5m",
        "feasible_from": "5m_20m",
    }
    assert "comprehensive_b2c" in result.not_feasible_models
    answers["capital"], answers["operations"] = "5m_20m", "strong"  # one band short: feasible
    assert criteria.assess(kb, answers).is_feasible("comprehensive_b2c")


def test_a_hard_traffic_need_screens_the_commission_channel(kb, answers):
    answers["traffic"] = "small"
    result = criteria.assess(kb, answers)
    assert not result.is_feasible("guide_rebate")
    assert result.shortfalls["guide_rebate"][0].question == "traffic"


def test_a_strong_brand_lowers_the_own_stores_trust_risk(kb, answers):
    """Answers change levels where the mechanism is real, not only weights."""
    j = kb.criterion_ids.index("trust_risk")
    i = kb.model_ids.index("vertical_b2c")
    levels = []
    for brand in ("none", "some", "strong"):
        answers["brand_trust"] = brand
        levels.append(matrix.decision_matrix(kb, answers)[i, j])
    # one step lower per step of the brand, from the level of the store's route
    assert levels == [levels[0], levels[0] - 1, levels[0] - 2] and levels[0] >= 3


def test_a_regulated_category_raises_every_roles_policy_risk_without_clipping(kb, answers):
    """Marketplaces gate regulated goods and health claims are regulated, so the
    marketplace seller and the affiliate channel are exposed too; the most exposed role
    has room at the top of the scale, so more exposure never helps it."""
    j = kb.criterion_ids.index("policy_risk")
    levels = {}
    for exposure in ("low", "medium", "high"):
        answers["policy_exposure"] = exposure
        levels[exposure] = matrix.decision_matrix(kb, answers)[:, j]
    d, g = kb.model_ids.index("direct_ship"), kb.model_ids.index("guide_rebate")
    p = kb.model_ids.index("purchasing_agent")
    assert (levels["medium"][d], levels["high"][d]) == (4, 5)
    assert levels["high"][p] == levels["medium"][p] + 1
    assert levels["high"][g] == levels["medium"][g] + 1 == 2
    np.testing.assert_array_equal(levels["high"] - levels["medium"], 1)
    assert levels["medium"].max() <= 4  # headroom: a step up never clips


def test_the_direction_changes_the_role_and_its_levels(kb, answers):
    export = criteria.assess(kb, answers)
    answers["trade_direction"] = "import"
    imported = criteria.assess(kb, answers)
    assert export.direction == "export" and imported.direction == "import"
    assert not np.array_equal(export.matrix, imported.matrix)


def test_confidence_is_reproducible_and_labelled_by_the_data_thresholds(kb, answers):
    result = criteria.assess(kb, answers)
    c = result.confidence
    assert c == criteria.assess(kb, answers).confidence
    assert (c.samples, c.concentration, c.seed) == (
        kb.rule.samples,
        kb.rule.concentration,
        kb.rule.seed,
    )
    assert c.label == kb.rule.band(c.share).id
    assert kb.rule.band(0.95).id == "clear" and kb.rule.band(0.1).id == "close_call"


def test_confidence_counts_the_samples_in_which_the_recommendation_stays_first(kb, answers):
    """Recomputed by hand: the same perturbed weightings, the rule applied to each."""
    result = criteria.assess(kb, answers)
    top = result.models.index(result.recommended)
    weights = sampling.sample_weights(
        kb.rule.samples,
        len(result.weights),
        result.weights,
        kb.rule.concentration,
        seed=kb.rule.seed,
    )
    ranks = rule.rule_ranks(
        rule.fit_scores(result.utilities, weights),
        np.array(result.feasible),
        result.goal_cells,
        result.tie_band,
    )
    stays = np.where(ranks[:, top] == 1, 1 / (ranks == 1).sum(axis=1), 0.0)
    assert result.confidence.share == pytest.approx(stays.mean(), abs=1e-12)
    # The weightings are the shared perturbations of this SME's own weights.
    g = sampling.perturbations(
        kb.rule.samples, len(result.weights), kb.rule.concentration, kb.rule.seed
    )
    np.testing.assert_allclose(weights, _closure(result.weights * g), rtol=1e-12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(2, 6).flatmap(
        lambda m: st.tuples(
            st.just(m),
            st.lists(st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]), min_size=m * 3, max_size=m * 3),
            st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0]), min_size=3, max_size=3),
            st.lists(st.booleans(), min_size=m, max_size=m),
            st.lists(st.sampled_from([0, 1, 2]), min_size=m, max_size=m),
            st.sampled_from([0.0, 0.05, 0.125]),
        )
    )
)
def test_confidence_shares_count_ties_and_losses_as_ranking_every_sample_does(case):
    """On coarse values, where ties are common, with goal cells and a tie band: the
    pairwise count equals ranking each perturbed weighting by the rule and counting
    first places."""
    m, values, weights, feasible, goal, band = case
    goal = np.array(goal, dtype=float)
    u = np.array(values).reshape(m, 3)
    w = np.array(weights)
    if not w.sum():
        w[0] = 1.0
    f = np.array(feasible)
    f[0] = True
    fit = rule.fit_scores(u, w)[0]
    top = int(rule.recommended_index(rule.rule_ranks(fit, f, goal, band), fit, f)[0])
    g = sampling.perturbations(300, 3, 2.0, 5)
    ranks = rule.rule_ranks(rule.fit_scores(u, _closure(w * g)), f, goal, band)
    expected = np.where(ranks[:, top] == 1, 1 / (ranks == 1).sum(axis=1), 0.0).mean()
    got = rule.confidence_shares(u[None], w[None], f[None], np.array([top]), g, goal[None], band)[0]
    assert got == pytest.approx(expected, abs=1e-12)


def _closure(x):
    return x / x.sum(axis=1, keepdims=True)


def test_when_no_model_is_feasible_nothing_is_recommended_and_the_nearest_route_shown():
    matrix = np.array([[2.0, 1.0], [3.0, 2.0]])
    result = criteria.rank_matrix(
        matrix,
        np.array([0.5, 0.5]),
        ("min", "min"),
        feasible=(False, False),
        models=("A", "B"),
        criteria=("x", "y"),
        shortfalls={"A": (_short("capital"),), "B": (_short("capital"), _short("traffic"))},
        confidence_rule=criteria.default().rule,
    )
    assert result.recommended is None and result.runner_up is None
    assert result.nearest_route == "A"
    doc = result.to_dict()
    assert doc["recommended"] is None and doc["confidence"]["share"] is None
    assert doc["confidence"]["label"] == "none"


def _short(question):
    return matrix.Shortfall(question, "gt_20m", "lt_500k", "5m_20m")


def test_ties_by_the_rule_are_reported_as_ties():
    matrix = np.array([[1.0, 2.0], [1.0, 2.0], [3.0, 0.0]])
    result = criteria.rank_matrix(
        matrix, np.array([0.6, 0.4]), ("min", "min"), models=("A", "B", "C"), criteria=("x", "y")
    )
    assert ("A", "B") in result.ties()
    assert result.to_dict()["ties"]["feasible_weighted_sum"]
