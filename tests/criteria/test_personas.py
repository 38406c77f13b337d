"""The persona suite (tests/data/personas.toml): realistic SMEs in both directions, each
with the recommendations, the top two and the never-top-two a consultant expected,
written with its reason before the tool was run on it."""

import tomllib
from pathlib import Path

import pytest

import criteria

PERSONAS = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "personas.toml").read_text(encoding="utf-8")
)["persona"]


def test_the_suite_covers_both_directions_and_the_named_smes():
    assert len(PERSONAS) >= 12
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
    } <= ids
    for p in PERSONAS:
        assert p["reason"] and set(p["first"]) <= set(p["top_two"])
        assert not set(p["top_two"]) & set(p["never_top_two"])


@pytest.mark.parametrize("persona", PERSONAS, ids=[p["id"] for p in PERSONAS])
def test_persona(kb, persona):
    result = criteria.assess(kb, persona["answers"])
    top_two = result.ranking[:2]
    assert result.recommended in persona["first"], persona["reason"]
    assert set(top_two) <= set(persona["top_two"]), persona["reason"]
    assert not set(top_two) & set(persona["never_top_two"]), persona["reason"]
    assert result.is_feasible(result.recommended)
