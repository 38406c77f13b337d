"""The persona suite (tests/data/personas.toml): realistic SMEs in both directions, each
with the recommendations, the top two and the never-top-two a consultant expected,
written with its reason before the tool was run on it. A persona whose expectation was
later judged wrong carries a revision saying why; one where the tool is judged wrong
carries a disagreement, expected to fail until the tool changes."""

import tomllib
from pathlib import Path

import pytest

import criteria
from criteria import personas

PERSONAS = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "personas.toml").read_text(encoding="utf-8")
)["persona"]


def test_the_suite_covers_both_directions_and_the_named_smes():
    assert len(PERSONAS) >= 24
    assert sum("disagreement" not in p for p in PERSONAS) >= 24
    directions = [p["answers"]["trade_direction"] for p in PERSONAS]
    assert directions.count("export") >= 5 and directions.count("import") >= 5
    ids = {p["id"] for p in PERSONAS}
    assert {
        "factory-no-brand",
        "factory-with-brand",
        "micro-trader",
        "brand-clearing-stock",
        "influencer",
        "trading-house",
        "daigou",
        "positive-list-importer",
        "ningbo-kitchenware-oem",
        "established-amazon-seller",
        "livestream-agency",
        "regulated-supplements-brand",
    } <= ids
    assert len(ids) == len(PERSONAS)
    for p in PERSONAS:
        assert p["reason"] and set(p["first"]) <= set(p["top_two"])
        assert not set(p["top_two"]) & set(p["never_top_two"])
        for note in ("revision", "disagreement"):
            if note in p:
                assert p[note]["note"] and p[note]["version"], (p["id"], note)


def _case(p):
    known = p.get("disagreement")
    marks = [pytest.mark.xfail(strict=True, reason=known["note"])] if known else []
    return pytest.param(p, id=p["id"], marks=marks)


@pytest.mark.parametrize("persona", [_case(p) for p in PERSONAS])
def test_persona(kb, persona):
    result = criteria.assess(kb, persona["answers"], on=personas.persona_date(persona))
    assert personas.persona_problems(result, persona) == [], persona["reason"]
    assert result.is_feasible(result.recommended)
    if "disagreement" in persona:
        assert result.recommended == persona["disagreement"]["got"]


def test_the_near_tie_of_an_established_marketplace_seller_is_led_by_the_goal(kb):
    """Its own store fits a little better, but the marketplace serves "sell volume"."""
    p = next(p for p in PERSONAS if p["id"] == "established-amazon-seller")
    result = criteria.assess(kb, p["answers"], on=personas.persona_date(p))
    assert result.recommended == "purchasing_agent" and result.near_tie == ("vertical_b2c",)
    fit = dict(zip(result.models, result.fit, strict=True))
    assert fit["vertical_b2c"] > fit["purchasing_agent"]
