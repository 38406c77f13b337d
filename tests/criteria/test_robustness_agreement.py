"""Method agreement: Kendall's tau between the methods, scikit-criteria's rank-reversal check."""

import warnings
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import criteria
from criteria.robustness import agreement as agreement_mod
from criteria.robustness.agreement import REPEAT, agreement, kendall_taus, rank_reversal


def test_kendall_tau_is_a_symmetric_matrix_with_ones_on_the_diagonal(kb, answers):
    result = criteria.assess(kb, answers)
    taus = kendall_taus(result)
    names = [*result.methods, "consensus"]
    assert list(taus) == names
    for a in names:
        assert taus[a][a] == 1.0
        for b in names:
            assert -1.0 <= taus[a][b] <= 1.0
            assert taus[a][b] == taus[b][a]


def test_kendall_tau_of_reversed_rankings_is_minus_one():
    result = criteria.rank_matrix(
        np.array([[1.0], [2.0], [3.0]]),
        np.array([1.0]),
        ("min",),
        models=("A", "B", "C"),
        criteria=("x",),
    )
    taus = kendall_taus(result)
    assert taus["topsis"]["vikor"] == 1.0
    reversed_wsm = replace(result, ranks={**result.ranks, "wsm": np.array([3, 2, 1])})
    assert kendall_taus(reversed_wsm)["topsis"]["wsm"] == -1.0


def test_rank_reversal_check_on_the_topsis_pipeline(kb, answers):
    result = criteria.assess(kb, answers)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # its warnings are silenced where they arise
        check = rank_reversal(result, seed=3)
    assert check.method == "topsis" and check.best == result.rankings["topsis"][0]
    assert check.recommended == result.recommended
    assert check.mutations == (len(result.models) - 1) * REPEAT
    assert isinstance(check.invariant, bool) and isinstance(check.order_kept, bool)
    assert check.invariant == (check.preservation_rate == 1.0)
    assert 0.0 <= check.preservation_rate <= 1.0 and check.mean_displacement >= 0
    assert rank_reversal(result, seed=3) == check  # seeded
    assert agreement(result, seed=3).rank_reversal == check


def test_rank_reversal_is_skipped_when_a_model_cannot_be_made_worse():
    # B and C are identical: B cannot be made worse without passing C (the checker
    # would redraw its noise for ever).
    result = criteria.rank_matrix(
        np.array([[1.0, 1.0], [2.0, 3.0], [2.0, 3.0]]),
        np.array([0.5, 0.5]),
        ("min", "min"),
        models=("A", "B", "C"),
        criteria=("x", "y"),
    )
    check = rank_reversal(result)
    assert check.invariant is None and check.mutations == 0
    assert "B" in check.note
    assert agreement(result).to_dict()["rank_reversal"]["invariant"] is None


@pytest.mark.parametrize("capital", ["lt_500k", "gt_20m"])
def test_agreement_serialises(kb, answers, capital):
    answers["capital"] = capital
    doc = agreement(criteria.assess(kb, answers)).to_dict()
    assert set(doc) == {"kendall_tau", "rank_reversal"}
    assert doc["kendall_tau"]["topsis"]["topsis"] == 1.0


@given(
    st.lists(st.integers(1, 6), min_size=3, max_size=8).flatmap(
        lambda a: st.tuples(st.just(a), st.permutations(a))
    )
)
def test_tau_b_is_scipys_kendall_tau(pair):
    from scipy.stats import kendalltau

    x, y = np.array(pair[0]), np.array(pair[1])
    if np.ptp(x) == 0:
        return  # undefined: the caller reports None
    assert agreement_mod.tau_b(x, y) == pytest.approx(kendalltau(x, y).statistic, abs=1e-12)
    assert agreement_mod.tau_b(x, x) == pytest.approx(1.0)
