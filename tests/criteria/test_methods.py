"""The ranking methods against worked examples and an independent implementation."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria import rank_matrix
from criteria.mcda import methods, numpy_methods
from criteria.mcda.methods import competition_ranks


def _rank(matrix, weights, objectives):
    n, m = np.shape(matrix)
    return rank_matrix(
        np.asarray(matrix, float),
        np.asarray(weights, float),
        objectives,
        models=[f"A{i}" for i in range(n)],
        criteria=[f"C{j}" for j in range(m)],
    )


def hwang_yoon_topsis(matrix, weights, objectives):
    """Classical TOPSIS (Hwang & Yoon 1981): vector normalisation, weighted, Euclidean."""
    norm = matrix / np.sqrt((matrix**2).sum(axis=0))
    v = norm * (weights / weights.sum())
    is_max = np.array([o == "max" for o in objectives])
    ideal = np.where(is_max, v.max(axis=0), v.min(axis=0))
    anti = np.where(is_max, v.min(axis=0), v.max(axis=0))
    d_plus = np.sqrt(((v - ideal) ** 2).sum(axis=1))
    d_minus = np.sqrt(((v - anti) ** 2).sum(axis=1))
    return d_minus / (d_plus + d_minus)


def test_topsis_reproduces_tzeng_and_huang_worked_example():
    """Tzeng, G.-H. & Huang, J.-J. (2011). *Multiple Attribute Decision Making: Methods and
    Applications*. CRC Press — TOPSIS example with four alternatives, three benefit
    criteria, weights (0.3, 0.4, 0.3); published closeness 0.5037, 0.6581, 0.7482, 0.3340.
    """
    result = _rank(
        [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [0.3, 0.4, 0.3], ("max", "max", "max")
    )
    assert result.scores["topsis"] == pytest.approx([0.5037, 0.6581, 0.7482, 0.3340], abs=1e-4)
    assert result.rankings["topsis"] == ("A2", "A1", "A0", "A3")


def test_vikor_reproduces_papathanasiou_and_ploskas_worked_example():
    """Papathanasiou, J. & Ploskas, N. (2018). *VIKOR*. In *Multiple Criteria Decision
    Aid*, pp. 31–55, Springer (doi:10.1007/978-3-319-91648-4_2) — six alternatives, four
    benefit criteria, weights (0.4, 0.3, 0.1, 0.2), v = 0.625; published Q 0.640, 1.000,
    0.693, 0.271, 0.000, 0.694. The numpy VIKOR the app ranks with (v = 0.5 there) gives
    the same at the example's v, and its v = 0.5 scores are scikit-criteria's.
    """
    matrix = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]]
    weights, objectives = np.array([0.4, 0.3, 0.1, 0.2]), ("max",) * 4
    q = numpy_methods.vikor_scores(np.array(matrix, float), objectives, weights, v=0.625)[0]
    assert np.round(q, 3).tolist() == [0.640, 1.000, 0.693, 0.271, 0.000, 0.694]
    result = _rank(matrix, weights, objectives)
    reference = methods.evaluate(np.array(matrix, float), weights, objectives)["vikor"][0]
    assert result.scores["vikor"] == pytest.approx(reference, abs=1e-12)
    assert result.rankings["vikor"][0] == "A4"  # the example's compromise solution


def test_moora_reproduces_kracka_brauers_and_zavadskas_worked_example():
    """Kracka, M., Brauers, W. K. M. & Zavadskas, E. K. (2010). Ranking heating losses in a
    building by applying the MULTIMOORA. *Inzinerine Ekonomika – Engineering Economics*
    21(4), 352–359 — six alternatives, seven criteria (x5 and x7 benefits), the ratio
    system unweighted: y* −1.6245, −0.2523, −0.8464, −2.2336, −1.1870, −0.7746 (as
    scikit-criteria's own test of the example has them), so A2 > A6 > A3 > A5 > A1 > A4.
    The numpy MOORA weighs the same sums by weights that add up to 1, so at equal
    weights its scores are the example's divided by seven.
    """
    matrix = [
        [33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852],
        [38.90, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
        [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845],
        [30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186],
        [36.21, 14.79, 9.17, 17.77, 17.06, 148.30, 6.610],
        [37.80, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935],
    ]
    objectives = ("min", "min", "min", "min", "max", "min", "max")
    weights = np.full(7, 1 / 7)
    y = 7 * numpy_methods.moora_scores(np.array(matrix), objectives, weights)[0]
    assert y == pytest.approx([-1.6245, -0.2523, -0.8464, -2.2336, -1.1870, -0.7746], abs=1e-4)
    result = _rank(matrix, weights, objectives)
    assert result.rankings["moora"] == ("A1", "A5", "A2", "A4", "A0", "A3")
    reference = methods.evaluate(np.array(matrix), weights, objectives)["moora"][0]
    assert result.scores["moora"] == pytest.approx(reference, abs=1e-12)


matrices = st.integers(3, 8).flatmap(
    lambda n: st.integers(2, 6).flatmap(
        lambda m: st.tuples(
            arrays(np.float64, (n, m), elements=st.floats(0.5, 10, allow_nan=False), unique=True),
            arrays(np.float64, (m,), elements=st.floats(0.05, 1, allow_nan=False)),
            st.lists(st.sampled_from(["min", "max"]), min_size=m, max_size=m),
        )
    )
)


def _order(scores, higher_is_better=True):
    return list(competition_ranks(scores, higher_is_better))


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_topsis_equals_independent_hwang_yoon_and_pymcdm(case):
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    matrix, weights, objectives = case
    result = _rank(matrix, weights, tuple(objectives))
    if not all(result.active):
        return
    expected = hwang_yoon_topsis(matrix, weights, objectives)
    assert result.scores["topsis"] == pytest.approx(expected, abs=1e-9)
    types = np.array([1 if o == "max" else -1 for o in objectives])
    theirs = TOPSIS(vector_normalization)(matrix, weights / weights.sum(), types)
    assert result.scores["topsis"] == pytest.approx(theirs, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_wsm_and_vikor_rank_like_pymcdm(case):
    from pymcdm.methods import VIKOR, WSM
    from pymcdm.normalizations import minmax_normalization

    matrix, weights, objectives = case
    result = _rank(matrix, weights, tuple(objectives))
    if not all(result.active):
        return
    types = np.array([1 if o == "max" else -1 for o in objectives])
    w = weights / weights.sum()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # pymcdm's VIKOR on degenerate R
        wsm = WSM(minmax_normalization)(matrix, w, types)
        vikor = VIKOR()(matrix, w, types)
    assert result.scores["wsm"] == pytest.approx(wsm, abs=1e-9)
    if np.isfinite(vikor).all():
        assert list(result.ranks["vikor"]) == _order(vikor, higher_is_better=False)


def test_constant_criterion_is_left_out_without_nan_or_warning():
    matrix = [[0, 3, 1], [0, 1, 2], [0, 2, 5]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = _rank(matrix, [0.5, 0.3, 0.2], ("min", "max", "min"))
    assert result.constant_criteria == ("C0",)
    assert result.active_weights == pytest.approx([0.6, 0.4])
    # the criteria in the ranking hold half of all the weights: 0.6 of them is 0.3 of all
    assert result.active_share == pytest.approx(0.5)
    assert result.active_weights * result.active_share == pytest.approx([0.3, 0.2])
    for method in result.methods:
        assert np.isfinite(result.scores[method]).all()
    document = result.to_dict()
    assert document["criteria"] == ["C1", "C2"]
    assert document["constant_criteria"] == {"C0": 0.0}


def test_identical_models_are_reported_as_ties():
    matrix = [[1, 3], [2, 1], [1, 3]]
    result = _rank(matrix, [0.5, 0.5], ("min", "max"))
    for method in result.methods:
        assert result.rank_of("A0", method) == result.rank_of("A2", method)
        assert ("A0", "A2") in result.ties(method)
    assert ("A0", "A2") in result.ties()
    assert result.to_dict()["ties"]["consensus"] == [["A0", "A2"]]


def test_competition_ranks_share_the_best_rank():
    assert list(competition_ranks([0.9, 0.5, 0.9, 0.1])) == [1, 3, 1, 4]
    assert list(competition_ranks([0.9, 0.5, 0.9], higher_is_better=False)) == [2, 1, 2]


def test_vikor_with_equal_regret_for_every_model_ranks_by_group_utility():
    """Every model is worst on one criterion with equal weights: R is the same for all,
    so VIKOR's R-term is 0/0 in scikit-criteria; the ranking follows S instead."""
    matrix = [[5.0, 1.5, 1.75], [0.5, 2.0, 3.0], [2.5, 1.0, 4.0]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = _rank(matrix, [1, 1, 1], ("min", "min", "min"))
    q = result.scores["vikor"]
    assert np.isfinite(q).all()
    assert q.min() == 0.0 and q.max() == 0.5
