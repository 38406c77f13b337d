"""DESIGN §2.3 and §2.6 over the whole answer space of each direction, vectorised.

Every combination of answers (759,375 per direction) is scored with the tables a single
assessment uses; for every one-step increase of capital, traffic, supply chain and
operations (and of brand trust, for the SME's own store) the models that need it most
must never lose out to a model that needs less, and the recommendations must be spread.
No recommendation may work against the goal while a feasible role that serves it exists;
more policy exposure never lifts a more exposed role, more risk appetite never lowers a
riskier one.
"""

import datetime as dt

import numpy as np
import pytest

import criteria
from criteria import markets, validation
from criteria.decision import matrix

#: Export is walked per destination on every third answer set (the full walk of every
#: market is `make validate`'s); import whole.
STRIDE = {"export": 3, "import": 1}
SPACES = [("export", "us"), ("export", "eu"), ("export", "southeast_asia"), ("import", None)]

#: Known misses on the markets whose dated rules move levels, judged and reported; the
#: suite expects them until the knowledge base changes (strict: a fix shows up).
KNOWN = {
    ("balance", "us"): "the marketplace seller, with its five routes, is in the top two for "
    "just over 70 % of US answer sets",
    ("balance", "eu"): "the marketplace seller is in the top two for just over 70 % of EU "
    "answer sets",
    ("balance", "southeast_asia"): "the marketplace seller is in the top two for just over "
    "70 % of answer sets",
    ("reversals", "eu"): "with a regulated category the EU's product-safety rule moves every "
    "goods role a further step, and some pairs cross",
}


def _known(check, request):
    destination = request.node.callspec.params["report"][1]
    if (check, destination) in KNOWN:
        request.applymarker(pytest.mark.xfail(strict=True, reason=KNOWN[check, destination]))


@pytest.fixture(scope="module", params=SPACES, ids=lambda p: p[1] or p[0])
def report(request):
    direction, destination = request.param
    return validation.report(
        criteria.default(),
        direction,
        flips=False,
        destination=destination,
        stride=STRIDE[direction],
    )


def test_more_of_a_resource_never_hurts_the_model_that_needs_it_most(report, request):
    _known("monotonicity", request)
    assert report.rows == -(-759_375 // STRIDE[report.direction])
    for question in (*validation.RESOURCES, *validation.EXTRA_MONOTONE):
        assert report.checked_steps[question] > 400_000 // STRIDE[report.direction], question
        assert report.monotonicity[question] == 0, question


def test_every_model_is_recommended_somewhere_and_none_dominates(report, request):
    _known("balance", request)
    assert report.problems() == []
    assert all(share > 0 for share in report.first_share.values())
    assert sum(report.first_share.values()) + report.none_feasible == pytest.approx(1.0)
    assert max(report.first_share.values()) <= validation.MAX_FIRST_SHARE
    assert max(report.top_two_share.values()) <= validation.MAX_TOP_TWO_SHARE


def test_no_recommendation_works_against_the_goal_while_a_role_that_serves_it_is_feasible(
    report,
):
    assert report.goal_violations == 0
    assert 0.2 < report.goal_gated_share < 0.9  # the gate does set roles apart


def test_more_exposure_or_appetite_never_reverses_a_pair_it_should_not(report, request):
    _known("reversals", request)
    for question in (validation.POLICY_QUESTION, validation.RISK_QUESTION):
        assert report.reversal_steps[question] > 400_000 // STRIDE[report.direction], question
        assert report.reversals[question] == 0, question


def test_near_ties_are_counted(report):
    assert 0.0 < report.near_tie_share < 0.5


def test_the_risk_criteria_are_those_the_appetite_weighs(kb):
    risks, upsides = validation.risk_criteria(kb)
    named = lambda mask: {c for c, m in zip(kb.criterion_ids, mask, strict=True) if m}  # noqa: E731
    assert named(risks) == {
        "capital_gap",
        "slow_rampup",
        "fragility",
        "platform_dependence",
        "competition",
    }
    assert named(upsides) == {"control_upside"}


def test_the_batch_scores_answer_sets_as_a_single_assessment_does(kb):
    """Random rows of the answer space: the vectorised verdict equals criteria.assess."""
    rng = np.random.default_rng(3)
    for direction in ("export", "import"):
        space = validation.answer_space(kb, direction)
        rows = space[rng.choice(len(space), 40, replace=False)]
        on = dt.date.fromisoformat(validation.PERSONA_DATE)
        scored = validation.score(matrix.tables(kb, direction, on), rows, kb.rule.tie_band)
        for n, row in enumerate(rows):
            answers = {q.id: q.option_ids[k] for q, k in zip(kb.questions, row, strict=True)}
            result = criteria.assess(kb, answers, on=on)
            assert kb.model_ids[scored.first[n]] == result.recommended
            assert scored.ranks[n].tolist() == result.rule_ranks.tolist()
            np.testing.assert_allclose(scored.fit[n], result.fit)


def test_a_violation_is_detected_when_the_neediest_model_loses_out():
    """The check itself can fail: a step up that lets a less needy model pass is counted."""
    before = validation.Scored(
        ranks=np.array([[1, 2]]),
        fit=np.array([[0.6, 0.5]]),
        feasible=np.array([[True, True]]),
        first=np.array([0]),
    )
    after = validation.Scored(
        ranks=np.array([[2, 1]]),
        fit=np.array([[0.6, 0.7]]),
        feasible=np.array([[True, True]]),
        first=np.array([1]),
    )
    assert validation._step_violations(before, after, [0], [1]) == 1
    assert validation._step_violations(before, before, [0], [1]) == 0


def test_every_level_is_counted_as_sourced_or_as_an_estimate(kb):
    counts = validation.sourcing(kb)
    assert set(counts) == {(m, d) for m in kb.model_ids for d in ("export", "import")}
    assert all(s + e == len(kb.criteria) for s, e in counts.values())
    # the own store's budget is an estimate: its fact defines the model, it states no sum
    assert kb.criterion("capital_gap").entry("vertical_b2c", "export").estimate
    sourced = sum(s for s, _ in counts.values())
    assert 0 < sourced < len(counts) * len(kb.criteria)


def test_the_advice_depends_on_the_destination_but_not_everywhere(kb):
    varies, versus_us = markets.destination_spread(kb, stride=27)
    assert 0.0 < varies < 0.5
    assert versus_us["us"] == 0.0
    assert versus_us["southeast_asia"] > 0.0  # the US's parcel duty moves some advice


def test_each_rule_that_moves_levels_is_measured_on_the_day_it_starts(kb):
    effects = markets.event_effects(kb, stride=81)
    assert set(effects) == {e.id for e in kb.events if e.shifts}
    assert all(0.0 <= share < 0.5 and rows > 0 for share, rows in effects.values())
    assert effects["us-de-minimis-china"][0] > 0.0
