"""The numpy methods (every ranking's, the what-if sliders') equal scikit-criteria's."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import criteria
from criteria.decision import fastrank
from criteria.mcda import methods
from criteria.robustness.analysis import fast_rank, rescale

KB = criteria.default()
answer_sets = st.fixed_dictionaries({q.id: st.sampled_from(q.option_ids) for q in KB.questions})
weight_vectors = st.lists(
    st.floats(0.0, 1.0), min_size=len(KB.criteria), max_size=len(KB.criteria)
).filter(lambda w: sum(w) > 0.01)


def _same(fast, slow):
    assert fast.active == slow.active
    for m in slow.methods:
        np.testing.assert_allclose(fast.scores[m], slow.scores[m], rtol=0, atol=1e-12)
        assert list(fast.ranks[m]) == list(slow.ranks[m]), m
    assert list(fast.consensus_ranks) == list(slow.consensus_ranks)
    assert fast.rankings == slow.rankings and fast.consensus == slow.consensus
    assert fast.recommended == slow.recommended


def reference(kb, answers, weights=None):
    """The assessment with scikit-criteria's pipelines: the reference."""
    return criteria.assess(kb, answers, weights, evaluate=methods.evaluate)


def test_fast_rank_at_the_questionnaire_weights_is_the_assessment(kb, answers):
    result = criteria.assess(kb, answers)
    _same(fast_rank(result, result.weights), result)
    _same(result, reference(kb, answers))  # the numpy assessment is scikit-criteria's


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer_sets, weight_vectors)
def test_fast_rank_equals_scikit_criteria_for_any_answers_and_weights(answers, weights):
    result = criteria.assess(KB, answers)
    w = np.array(weights)
    if w[np.array(result.active)].sum() <= 0.01:
        return  # only constant criteria weighted: nothing to rank by
    _same(fast_rank(result, w), reference(KB, answers, w))


def test_fast_rank_accepts_the_active_weights_and_keeps_the_constant_shares(kb, answers):
    answers["capital"] = "gt_20m"  # nobody has a capital gap: a constant criterion
    result = criteria.assess(kb, answers)
    assert result.constant_criteria
    active = np.array(result.active)
    w = rescale(result.active_weights, 0, 0.5)
    fast = fast_rank(result, w)
    np.testing.assert_allclose(fast.active_weights, w)
    np.testing.assert_allclose(fast.weights[~active], result.weights[~active])
    full = np.array(result.weights)
    full[active] = w * full[active].sum()
    _same(fast, reference(kb, answers, full))


def test_fast_rank_refuses_wrong_weights(kb, answers):
    result = criteria.assess(kb, answers)
    with pytest.raises(ValueError, match="weights"):
        fast_rank(result, [1.0, 2.0])
    with pytest.raises(ValueError, match="weights"):
        fast_rank(result, np.zeros(len(result.criteria)))
    with pytest.raises(ValueError, match="weights"):
        fast_rank(result, -np.ones(len(result.criteria)))


def test_many_weight_vectors_rank_like_one_at_a_time(kb, answers):
    result = criteria.assess(kb, answers)
    matrix = result.active_matrix
    objectives = tuple(np.array(result.objectives)[np.array(result.active)])
    batch = np.random.default_rng(1).dirichlet(np.ones(matrix.shape[1]), 50)
    for method in (*result.methods, "consensus"):
        ranks = fastrank.method_ranks(matrix, objectives, batch, method)
        for w, row in zip(batch, ranks, strict=True):
            one = fast_rank(result, w)
            expected = one.consensus_ranks if method == "consensus" else one.ranks[method]
            assert list(row) == list(expected)
    np.testing.assert_allclose(
        fastrank.topsis_scores_many(matrix, objectives, batch),
        fastrank.topsis_scores(matrix, objectives, batch),
        atol=1e-14,
    )


def test_identical_rows_tie_exactly():
    matrix = np.array([[1.0, 3.0, 2.0], [2.0, 1.0, 5.0], [1.0, 3.0, 2.0], [4.0, 2.0, 1.0]])
    batch = np.random.default_rng(2).dirichlet(np.ones(3), 200)
    for method in ("topsis", "wsm", "vikor", "moora"):
        ranks = fastrank.method_ranks(matrix, ("min", "max", "min"), batch, method)
        assert (ranks[:, 0] == ranks[:, 2]).all(), method


def test_competition_ranks_share_the_best_place():
    scores = np.array([[0.5, 0.7, 0.7, 0.1], [1.0, 1.0 + 1e-15, 0.0, 0.0]])
    assert methods.competition_ranks(scores).tolist() == [[3, 1, 1, 4], [1, 1, 3, 3]]
    assert methods.competition_ranks(scores, False).tolist() == [[2, 3, 3, 1], [3, 3, 1, 1]]


@given(st.lists(st.floats(0.0, 10.0), min_size=2, max_size=12), st.data())
def test_rescale_keeps_the_sum_and_the_proportions_of_the_others(weights, data):
    w = np.array(weights)
    index = data.draw(st.integers(0, len(weights) - 1))
    value = data.draw(st.floats(0.0, 1.0))
    out = rescale(w, index, value)
    assert out.sum() == pytest.approx(1.0)
    assert out[index] == value
    others, new = np.delete(w, index), np.delete(out, index)
    if others.sum() > 0:
        np.testing.assert_allclose(new, others / others.sum() * (1 - value), atol=1e-12)
    else:  # the others were all 0: they share what is left equally
        np.testing.assert_allclose(new, (1 - value) / others.size)
    assert (out >= 0).all()


def test_rescale_edge_cases():
    assert rescale([0.2, 0.3, 0.5], 2, 1.0).tolist() == [0.0, 0.0, 1.0]
    assert rescale([0.0, 0.0, 1.0], 2, 0.4).tolist() == pytest.approx([0.3, 0.3, 0.4])
    assert rescale([1.0], 0, 0.3).tolist() == [1.0]
    for bad in ((1.5, 0), (-0.1, 0), (0.5, 3)):
        with pytest.raises(ValueError):
            rescale([0.2, 0.3, 0.5], bad[1], bad[0])
    with pytest.raises(ValueError):
        rescale([0.2, -0.3, 0.5], 0, 0.5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(2, 8).flatmap(
        lambda n: st.tuples(
            st.lists(
                st.lists(st.floats(0.0, 5.0).map(lambda x: round(x, 3)), min_size=4, max_size=4),
                min_size=n,
                max_size=n,
            ),
            st.lists(st.floats(0.05, 1.0), min_size=4, max_size=4),
            st.lists(st.sampled_from(["min", "max"]), min_size=4, max_size=4),
        )
    )
)
def test_numpy_methods_equal_scikit_criteria_on_any_matrix(case):
    rows, weights, objectives = case
    matrix = np.array(rows) + 0.5  # positive, as the matrix of gaps and levels plus one
    if (np.ptp(np.round(matrix, 12), axis=0) == 0).any():
        return  # the methods only ever see varying columns
    w = np.array(weights) / sum(weights)
    ours = fastrank.evaluate(matrix, w, tuple(objectives))
    theirs = methods.evaluate(matrix, w, tuple(objectives))
    for m, (scores, ranks) in theirs.items():
        np.testing.assert_allclose(ours[m][0], scores, rtol=0, atol=1e-12)
        assert list(ours[m][1]) == list(ranks), m
