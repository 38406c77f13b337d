"""Several respondents: each one's advice, the disputed answers, and the combined assessment."""

import pytest

import criteria
from criteria.decision import respondents as R
from samples import PERSONA_BASE

OWNER = dict(PERSONA_BASE)
SALES = {**PERSONA_BASE, "traffic": "large", "risk_appetite": "high"}


def test_the_effect_of_the_disagreement_matches_ranking_each_combination(kb):
    panel = R.panel(kb, [("Owner", OWNER), ("Sales", SALES)])
    assert panel.disputed == ("traffic", "risk_appetite")
    assert len(panel.outcomes) == 4  # two answers to each of two questions
    for combo, recommended in panel.outcomes.items():
        answers = {**panel.combined.answers, **dict(zip(panel.disputed, combo, strict=True))}
        assert criteria.assess(kb, answers).recommended == recommended, combo
    for answers, result in zip((OWNER, SALES), panel.results, strict=True):
        assert result.recommended == criteria.assess(kb, answers).recommended
    recs = {r.recommended for r in panel.results}
    assert panel.disagreement_matters == (len(set(panel.outcomes.values())) > 1)
    assert recs <= set(panel.outcomes.values())  # each respondent's is one combination


def test_the_combining_rule(kb):
    a = {
        **OWNER,
        "capital": "5m_20m",
        "traffic": "none",
        "policy_exposure": "low",
        "goal": "build_brand",
    }
    b = {
        **OWNER,
        "capital": "500k_2m",
        "traffic": "medium",
        "policy_exposure": "high",
        "goal": "sell_volume",
    }
    c = {
        **OWNER,
        "capital": "2m_5m",
        "traffic": "huge",
        "policy_exposure": "medium",
        "goal": "sell_volume",
    }
    three = R.combine(kb, [a, b, c])
    assert three.answers["capital"] == "500k_2m" and three.rules["capital"] == R.LOWEST
    assert three.answers["traffic"] == "medium" and three.rules["traffic"] == R.MEDIAN
    assert three.answers["goal"] == "sell_volume" and three.rules["goal"] == R.MAJORITY
    assert three.answers["operations"] == OWNER["operations"]
    assert three.rules["operations"] == R.AGREED
    assert three.ties == ()
    two = R.combine(kb, [a, b])  # between two middle answers, the cautious one, named
    assert two.answers["traffic"] == "none"
    assert two.answers["policy_exposure"] == "high"  # more exposure is the cautious side
    assert two.answers["goal"] == "build_brand"  # a tie goes to the first listed
    assert set(two.ties) == {"traffic", "policy_exposure", "goal"}


def test_one_respondent_is_the_assessment_as_it_is(kb):
    panel = R.panel(kb, [("Owner", OWNER)])
    assert panel.disputed == () and panel.outcomes == {}
    assert dict(panel.combined.answers) == criteria.validate(kb, OWNER)
    assert panel.combined_result.recommended == criteria.assess(kb, OWNER).recommended
    assert not panel.disagreement_matters


def test_an_importer_and_an_exporter_combine_over_who_answered_the_destination(kb):
    importer = {k: v for k, v in OWNER.items() if k != "destination"}
    importer["trade_direction"] = "import"
    panel = R.panel(kb, [("Owner", OWNER), ("Buyer", importer), ("Sales", SALES)])
    assert "trade_direction" in panel.disputed and "destination" in panel.disputed
    assert panel.combined.answers["trade_direction"] == "export"  # two of three
    assert panel.combined.answers["destination"] == OWNER["destination"]
    for combo, recommended in panel.outcomes.items():
        answers = {**panel.combined.answers, **dict(zip(panel.disputed, combo, strict=True))}
        if answers["trade_direction"] == "import":
            answers.pop("destination")
        assert criteria.assess(kb, answers).recommended == recommended, combo


@pytest.mark.parametrize(
    ("respondents", "said"),
    [
        ([], "an assessment holds 1 to 12"),
        ([("Owner", OWNER), ("Owner", SALES)], "two are named alike"),
        ([(f"R{k}", OWNER) for k in range(13)], "an assessment holds 1 to 12"),
    ],
)
def test_a_panel_that_cannot_be_is_refused_with_its_reason(kb, respondents, said):
    with pytest.raises(ValueError, match=said):
        R.panel(kb, respondents)


def test_answers_that_do_not_fit_are_refused_as_any_answers_are(kb):
    with pytest.raises(criteria.AnswerError):
        R.panel(kb, [("Owner", OWNER), ("Sales", {**SALES, "traffic": "lots"})])
