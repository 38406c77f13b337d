"""What would have to change: the smallest change of answers that makes a model first."""

import pytest

import criteria
from criteria.robustness.counterfactual import (
    Change,
    apply_changes,
    candidate_changes,
    counterfactuals,
    recommended_for,
)
from samples import PERSONA_BASE

TINY_RESELLER = dict(
    trade_direction="export",
    destination="us",
    goal="sell_volume",
    capital="lt_500k",
    traffic="none",
    supply_chain="suppliers",
    operations="basic",
    policy_exposure="medium",
    brand_trust="none",
    risk_appetite="low",
    time_horizon="6_months",
    category_breadth="few",
)


def _steps(changes):
    return sum(c.steps for c in changes)


def test_candidates_are_every_change_of_at_most_two_steps_smallest_first(kb, answers):
    cands = candidate_changes(kb, answers)
    assert len(cands) == len(set(cands))
    sizes = [(_steps(c), len(c)) for c in cands]
    assert sizes == sorted(sizes) and sizes[0] == (1, 1) and max(sizes) == (2, 2)
    for changes in cands:
        assert len({c.question for c in changes}) == len(changes) <= 2
        for c in changes:
            ids = kb.question(c.question).option_ids
            assert c.from_option == answers[c.question]
            assert ids.index(c.to_option) - ids.index(c.from_option) == c.sign * c.steps
    # Ten questions, each one step up and down where possible: e.g. 'capital' 2m_5m
    # (middle of five) moves to 500k_2m, 5m_20m, lt_500k, gt_20m.
    assert {c[0].to_option for c in cands if len(c) == 1 and c[0].question == "capital"} == {
        "lt_500k",
        "500k_2m",
        "5m_20m",
        "gt_20m",
    }
    # The trade direction is what the SME does, not a lever: never changed.
    assert not any(c.question == "trade_direction" for ch in cands for c in ch)
    edge = candidate_changes(kb, TINY_RESELLER)
    assert not any(c.question == "capital" and c.sign < 0 for ch in edge for c in ch)


@pytest.mark.parametrize("answers", [PERSONA_BASE, TINY_RESELLER], ids=["oem", "reseller"])
def test_every_change_found_makes_its_model_the_recommendation(kb, answers):
    baseline = criteria.assess(kb, answers).recommended
    found = counterfactuals(kb, answers)
    assert baseline not in found and set(found) == set(kb.model_ids) - {baseline}
    assert recommended_for(kb, answers) == baseline
    assert any(cf is not None for cf in found.values())
    for model, cf in found.items():
        if cf is None:
            continue
        assert cf.model == model and 1 <= cf.steps <= 2 and len(cf.changes) <= 2
        for changes in (cf.changes, *cf.alternatives):
            assert _steps(changes) == cf.steps
            assert criteria.assess(kb, apply_changes(answers, changes)).recommended == model
        if cf.steps == 2:  # minimal: no single step does it
            for (one,) in (c for c in candidate_changes(kb, answers) if _steps(c) == 1):
                assert criteria.assess(kb, apply_changes(answers, (one,))).recommended != model


def test_the_search_agrees_with_scikit_criteria_on_every_candidate(kb, answers):
    """Brute force with criteria.assess: the minimal changes per model are exactly the
    reported change and its alternatives, and None means no change of two steps works."""
    baseline = criteria.assess(kb, answers).recommended
    winners: dict[str, list] = {}
    for changes in candidate_changes(kb, answers):
        winner = criteria.assess(kb, apply_changes(answers, changes)).recommended
        if winner != baseline:
            winners.setdefault(winner, []).append(changes)
    found = counterfactuals(kb, answers)
    for model, cf in found.items():
        if model not in winners:
            assert cf is None, model
            continue
        least = min(_steps(c) for c in winners[model])
        minimal = [c for c in winners[model] if _steps(c) == least]
        assert cf is not None and cf.steps == least
        assert [cf.changes, *cf.alternatives] == minimal


def test_counterfactual_serialises_and_applies(kb, answers):
    change = Change("capital", "2m_5m", "5m_20m", 1, 1)
    assert change.to_dict() == {
        "question": "capital",
        "from": "2m_5m",
        "to": "5m_20m",
        "steps": 1,
        "direction": 1,
        "toward_less": False,
    }
    found = counterfactuals(kb, answers)
    cf = next(c for c in found.values() if c is not None)
    doc = cf.to_dict()
    assert doc["model"] == cf.model and doc["steps"] == cf.steps
    assert cf.apply(answers) == apply_changes(answers, cf.changes)
    assert answers == PERSONA_BASE  # the input is not changed


def test_a_change_towards_more_is_preferred_and_one_towards_less_is_marked(kb):
    """A step down a resource question is never the first lever offered."""
    found = counterfactuals(kb, PERSONA_BASE, confirm=False)
    kinds = {q.id: q.resource for q in kb.questions}
    for cf in (c for c in found.values() if c is not None):
        less = [c for c in cf.changes if kinds[c.question] and c.sign < 0]
        assert cf.toward_less == bool(less) and all(c.less for c in less)
        if cf.toward_less:
            # no change that takes nothing away, of any size, puts this model first
            for other in (cf.changes, *cf.alternatives):
                assert any(c.less for c in other)
    # the SME's budget cut is never how the own store or anything else comes first
    assert all(
        not (c.question == "capital" and c.sign < 0) or cf.toward_less
        for cf in found.values()
        if cf is not None
        for c in cf.changes
    )


def test_bad_answers_are_refused(kb, answers):
    answers["capital"] = "lots"
    with pytest.raises(criteria.AnswerError, match="capital"):
        counterfactuals(kb, answers)


def test_the_search_runs_once_per_answer_set_and_callers_get_their_own_copy(kb, monkeypatch):
    from criteria.robustness import counterfactual

    calls = []
    search = counterfactual._search
    monkeypatch.setattr(counterfactual, "_search", lambda *a: calls.append(a) or search(*a))
    answers = {**PERSONA_BASE, "risk_appetite": "high"}
    first = counterfactuals(kb, answers, confirm=False)
    first.clear()  # a caller's copy: the kept result is not touched
    again = counterfactuals(kb, dict(reversed(list(answers.items()))), confirm=False)
    assert len(calls) == 1 and again == search(kb, answers, 2, False, calls[0][4])
    counterfactuals(kb, answers, confirm=True)  # another question: searched anew
    assert len(calls) == 2
