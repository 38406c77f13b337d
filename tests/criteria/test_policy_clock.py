"""The destination, the entry routes and the dated rules (DESIGN §3, §8): levels move by
market and by date, each move cites its rule, the recommendation names its route, and
the timeline re-ranks at each scheduled rule inside the SME's horizon."""

import datetime as dt

import pytest

import criteria
from criteria.decision import clock
from samples import DROPSHIPPER, PERSONA_BASE

DAY = dt.date(2026, 12, 1)


def _policy(result, model="direct_ship"):
    return result.matrix[result.models.index(model), result.criteria.index("policy_risk")]


def test_the_destination_is_asked_of_exporters_only(kb):
    importer = {**PERSONA_BASE, "trade_direction": "import"}
    del importer["destination"]
    assert criteria.assess(kb, importer, on=DAY).recommended
    exporter = dict(PERSONA_BASE)
    del exporter["destination"]
    with pytest.raises(criteria.AnswerError, match=r"answers\.destination: missing answer"):
        criteria.assess(kb, exporter, on=DAY)
    # an importer's destination is checked, then left out: it changes nothing
    given = criteria.assess(kb, {**importer, "destination": "eu"}, on=DAY)
    assert "destination" not in given.answers
    with pytest.raises(criteria.AnswerError, match="not an option"):
        criteria.assess(kb, {**importer, "destination": "mars"}, on=DAY)


def test_us_and_southeast_asia_differ_in_the_parcel_roles_policy_level_with_the_rule_cited(kb):
    us = criteria.assess(kb, {**DROPSHIPPER, "destination": "us"}, on=DAY)
    asia = criteria.assess(kb, {**DROPSHIPPER, "destination": "southeast_asia"}, on=DAY)
    assert us.routes["direct_ship"] == asia.routes["direct_ship"] == "parcels"
    assert _policy(us) == _policy(asia) + 1
    cited = us.shifts_for("direct_ship", "policy_risk")
    assert [(s.kind, s.ref, s.source) for s in cited] == [
        ("event", "us-de-minimis-all", "fact-us-de-minimis")
    ]
    assert not asia.shifts_for("direct_ship", "policy_risk")
    doc = us.to_dict()
    shift = next(
        s
        for s in doc["level_shifts"]
        if s["id"] == "us-de-minimis-all" and s["model"] == "direct_ship"
    )
    assert (shift["model"], shift["criterion"], shift["by"]) == ("direct_ship", "policy_risk", 1)
    assert shift["source"] == "fact-us-de-minimis" and shift["why"]["en"]


def test_the_us_level_of_direct_ship_depends_on_the_date(kb):
    answers = {**DROPSHIPPER, "destination": "us"}
    before = criteria.assess(kb, answers, on=dt.date(2025, 1, 1))
    after = criteria.assess(kb, answers, on=dt.date(2026, 12, 1))
    assert before.as_of == "2025-01-01" and after.as_of == "2026-12-01"
    assert _policy(after) == _policy(before) + 1
    assert "us-de-minimis-all" in after.events and "us-de-minimis-all" not in before.events


def test_the_recommendation_names_its_route_and_every_model_has_one(kb):
    result = criteria.assess(kb, {**PERSONA_BASE, "destination": "eu"}, on=DAY)
    doc = result.to_dict()
    assert doc["route"] == doc["routes"][doc["recommended"]]
    for m in kb.model_ids:
        assert doc["routes"][m] in {r.id for r in kb.routes_of(m, "export")}
    # a route exists only from its rule's date: no 9810 warehouse before 1 July 2020
    old = criteria.assess(kb, {**PERSONA_BASE, "destination": "eu"}, on=dt.date(2019, 1, 1))
    assert old.routes["vertical_b2c"] == "parcels"


def test_the_timeline_lists_each_scheduled_rule_of_the_market_with_its_source(kb):
    answers = {**PERSONA_BASE, "destination": "us", "time_horizon": "3_years"}
    result = criteria.assess(kb, answers, on=dt.date(2025, 1, 1))
    listed = [(t.event, t.date.isoformat()) for t in result.timeline]
    assert ("us-de-minimis-china", "2025-05-02") in listed
    assert ("us-de-minimis-all", "2025-08-29") in listed
    assert ("us-de-minimis-repeal", "2027-07-01") in listed
    assert all(kb.event(t.event).touches("export", "us") for t in result.timeline)
    assert all(t.source == kb.event(t.event).source for t in result.timeline)
    assert clock.horizon_end(answers, dt.date(2025, 1, 1)) == dt.date(2028, 1, 1)
    entry = result.to_dict()["timeline"][0]
    assert set(entry) >= {"date", "event", "source", "recommended", "route", "changed"}


def test_months_are_added_to_the_last_day_of_shorter_months():
    assert clock.add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert clock.add_months(dt.date(2026, 12, 3), 36) == dt.date(2029, 12, 3)


def test_a_fictitious_rule_flips_the_advice_on_its_date(kb, flipping_kb):
    answers = {**DROPSHIPPER, "destination": "us"}
    base = criteria.assess(kb, answers, on=DAY)
    assert base.recommended == "direct_ship"
    result = criteria.assess(flipping_kb, answers, on=DAY)
    assert result.recommended == "direct_ship"
    tick = result.first_change
    assert tick is not None and tick.event == "test-dropship-ban"
    assert tick.date == dt.date(2027, 2, 1) and tick.changed
    assert tick.recommended != "direct_ship"
    later = criteria.assess(flipping_kb, answers, on=dt.date(2027, 2, 1))
    assert (later.recommended, later.route) == (tick.recommended, tick.route)
    # out of the horizon (six months from a later date), not listed
    assert "test-dropship-ban" not in [
        t.event for t in criteria.assess(flipping_kb, answers, on=dt.date(2027, 3, 1)).timeline
    ]
