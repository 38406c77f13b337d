"""Rank acceptability (SMAA-2): sampled weights ranked in numpy, checked against
scikit-criteria sample by sample."""

import tomllib
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import criteria
from criteria.decision import fastrank, rule, sampling
from criteria.mcda import methods
from criteria.robustness import smaa

KB = criteria.default()
answer_sets = st.fixed_dictionaries({q.id: st.sampled_from(q.option_ids) for q in KB.questions})


def _active(result):
    return result.active_matrix, tuple(np.array(result.objectives)[np.array(result.active)])


def test_rows_and_columns_sum_to_one(kb, answers):
    acc = smaa.acceptability(criteria.assess(kb, answers), samples=2_000)
    assert acc.probabilities.shape == (6, 6)
    np.testing.assert_allclose(acc.probabilities.sum(axis=1), 1.0)
    np.testing.assert_allclose(acc.probabilities.sum(axis=0), 1.0)
    assert ((acc.probabilities >= 0) & (acc.probabilities <= 1)).all()


@pytest.mark.parametrize("concentration", [None, 30.0])
def test_every_sample_ranks_as_scikit_criteria_ranks_it(kb, answers, concentration):
    """The first 200 sampled weight vectors, each ranked by the scikit-criteria pipelines
    of criteria.mcda.methods, give exactly the ranks and the acceptability computed in numpy."""
    result = criteria.assess(kb, answers)
    matrix, objectives = _active(result)
    n = 200 if concentration is None else 60
    weights = sampling.sample_weights(
        n, matrix.shape[1], result.active_weights, concentration, seed=7
    )
    expected = {m: [] for m in result.methods}
    for w in weights:
        for m, (_, ranks) in methods.evaluate(matrix, w, objectives).items():
            expected[m].append(ranks)
    for m in result.methods:
        assert (
            fastrank.method_ranks(matrix, objectives, weights, m).tolist()
            == np.array(expected[m]).tolist()
        ), m
    acc = smaa.acceptability(
        result, samples=n, seed=7, concentration=concentration, method="topsis"
    )
    topsis = np.array(expected["topsis"])
    counts = np.array([[np.sum(topsis[:, i] == r) for r in range(1, 7)] for i in range(6)])
    np.testing.assert_allclose(acc.probabilities, counts / n)
    for i, model in enumerate(result.models):
        firsts = weights[topsis[:, i] == 1]
        if len(firsts):
            np.testing.assert_allclose(
                list(acc.central_weights[model].values()), firsts.mean(axis=0)
            )
        else:
            assert acc.central_weights[model] is None


def test_the_rules_acceptability_ranks_each_sample_as_scikit_criteria_scores_it(kb, answers):
    """By default samples are ranked by the recommendation rule: the fit is
    scikit-criteria's weighted sum of the fixed-scale values, in the rule's tiers, with
    its head start for the role that serves the goal better."""
    result = criteria.assess(kb, answers)
    weights = sampling.sample_weights(150, len(result.active_criteria), seed=5)
    ranks = np.array(
        [
            rule.rule_ranks(
                methods.fit_reference(result.active_utilities, w),
                np.array(result.feasible),
                result.goal_cells,
                result.tie_band / result.weights[np.array(result.active)].sum(),
            )
            for w in weights
        ]
    )
    acc = smaa.acceptability(result, samples=150, seed=5)
    assert acc.method == "rule"
    counts = np.array([[np.sum(ranks[:, i] == r) for r in range(1, 7)] for i in range(6)])
    np.testing.assert_allclose(acc.probabilities, counts / 150)


def test_a_seed_gives_the_same_result_and_the_chunk_size_does_not_matter(kb, answers):
    result = criteria.assess(kb, answers)
    first = smaa.acceptability(result, samples=3_000, seed=11)
    assert first.to_dict() == smaa.acceptability(result, samples=3_000, seed=11).to_dict()
    # Other chunks draw the same samples; only the sums' rounding differs.
    again = smaa.acceptability(result, samples=3_000, seed=11, chunk=1_000)
    np.testing.assert_array_equal(first.probabilities, again.probabilities)
    for model, weights in first.central_weights.items():
        if weights is None:
            assert again.central_weights[model] is None
        else:
            np.testing.assert_allclose(
                list(weights.values()), list(again.central_weights[model].values()), rtol=1e-12
            )
    other = smaa.acceptability(result, samples=3_000, seed=12)
    assert not np.array_equal(first.probabilities, other.probabilities)
    default = smaa.acceptability(result, samples=500)
    assert default.seed == smaa.DEFAULT_SEED
    assert default.to_dict() == smaa.acceptability(result, samples=500).to_dict()


def test_concentrated_samples_stay_around_the_current_weights(kb, answers):
    result = criteria.assess(kb, answers)
    k = len(result.active_criteria)
    centre = result.active_weights
    tight = sampling.sample_weights(4_000, k, centre, 200.0)
    np.testing.assert_allclose(tight.mean(axis=0), centre, atol=0.005)
    np.testing.assert_allclose(tight.sum(axis=1), 1.0)
    # The centre is the closed geometric mean: every weight moves by the same ratio.
    log = np.log(sampling.sample_weights(20_000, k, centre, 4.0))
    geometric = np.exp(log.mean(axis=0))
    np.testing.assert_allclose(geometric / geometric.sum(), centre, rtol=0.02)
    loose = sampling.sample_weights(4_000, k)
    assert tight.std(axis=0).max() < loose.std(axis=0).min()
    # Tight sampling around the current weights mostly keeps the current top model first.
    acc = smaa.acceptability(result, samples=2_000, concentration=1_000.0)
    assert acc.first[result.recommended] > 0.5


def test_central_weights_are_none_for_a_model_that_never_ranks_first():
    # C is worse than A on both criteria: it can never rank first.
    result = criteria.rank_matrix(
        np.array([[1.0, 1.0], [3.0, 0.0], [2.0, 2.0]]),
        np.array([0.5, 0.5]),
        ("min", "min"),
        models=("A", "B", "C"),
        criteria=("x", "y"),
    )
    acc = smaa.acceptability(result, samples=1_000)
    assert acc.central_weights["C"] is None
    assert acc.to_dict()["central_weights"]["C"] is None
    assert sum(acc.central_weights["A"].values()) == pytest.approx(1.0)
    assert acc.first["C"] == 0.0


def test_a_tie_spreads_over_the_places_it_covers():
    # A and C are identical: they always tie, sharing places (1, 2) or (2, 3).
    result = criteria.rank_matrix(
        np.array([[1.0, 2.0], [3.0, 0.0], [1.0, 2.0]]),
        np.array([0.5, 0.5]),
        ("min", "min"),
        models=("A", "B", "C"),
        criteria=("x", "y"),
    )
    acc = smaa.acceptability(result, samples=1_000)
    np.testing.assert_allclose(acc.probabilities.sum(axis=0), 1.0)
    np.testing.assert_allclose(acc.probabilities.sum(axis=1), 1.0)
    np.testing.assert_allclose(acc.of("A"), acc.of("C"))
    assert acc.of("A")[1] == pytest.approx(0.5)  # half of every tie is a second place
    assert acc.first_ties == pytest.approx(acc.first["A"] * 2)


def test_bad_parameters_are_refused(kb, answers):
    result = criteria.assess(kb, answers)
    for bad in (0, smaa.MAX_SAMPLES + 1):
        with pytest.raises(ValueError, match="samples"):
            smaa.acceptability(result, samples=bad)
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError, match="concentration"):
            smaa.acceptability(result, samples=10, concentration=bad)
    with pytest.raises(ValueError, match="method"):
        smaa.acceptability(result, samples=10, method="electre")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_sets, st.sampled_from([None, 5.0]), st.sampled_from(["topsis", "consensus"]))
def test_acceptability_is_never_nan(answers, concentration, method):
    result = criteria.assess(KB, answers)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        acc = smaa.acceptability(result, samples=300, concentration=concentration, method=method)
    assert np.isfinite(acc.probabilities).all()
    np.testing.assert_allclose(acc.probabilities.sum(axis=0), 1.0)
    np.testing.assert_allclose(acc.probabilities.sum(axis=1), 1.0)
    for weights in acc.central_weights.values():
        assert weights is None or all(np.isfinite(list(weights.values())))


def test_acceptability_around_the_weights_draws_as_the_confidence_does(kb):
    """With the rule's concentration, samples and seed, and every criterion active (so the
    same draws fall on the same criteria), first place is the confidence exactly."""
    personas = tomllib.loads(
        (Path(__file__).parents[1] / "data" / "personas.toml").read_text("utf-8")
    )
    checked = 0
    for persona in personas["persona"]:
        result = criteria.assess(kb, persona["answers"])
        if not all(result.active) or result.recommended is None:
            continue
        acc = smaa.acceptability(
            result,
            samples=kb.rule.samples,
            seed=kb.rule.seed,
            concentration=kb.rule.concentration,
        )
        assert acc.first[result.recommended] == pytest.approx(result.confidence.share, abs=1e-12)
        checked += 1
    assert checked >= 2
