"""Shared sample data for the tests."""

#: A complete, valid answer set: a mid-sized OEM exporter.
PERSONA_BASE = {
    "trade_direction": "export",
    "destination": "us",
    "goal": "sell_volume",
    "capital": "2m_5m",
    "traffic": "medium",
    "supply_chain": "oem",
    "operations": "solid",
    "policy_exposure": "medium",
    "brand_trust": "some",
    "risk_appetite": "medium",
    "time_horizon": "1_year",
    "category_breadth": "few",
}

#: An influencer: a huge audience abroad, no goods, no money, living on commission.
INFLUENCER = {
    **PERSONA_BASE,
    "goal": "earn_commission",
    "capital": "lt_500k",
    "traffic": "huge",
    "supply_chain": "none",
    "operations": "basic",
    "policy_exposure": "low",
    "risk_appetite": "high",
    "time_horizon": "6_months",
    "category_breadth": "broad",
}

#: The keys of the JSON of ``rank --json`` that DESIGN §3 promises.
CONTRACT_KEYS = (
    "models",
    "criteria",
    "objectives",
    "matrix",
    "weights",
    "rankings",
    "consensus",
    "recommended",
    "recommendation_rule",
    "ranking",
    "feasible",
    "not_feasible",
    "confidence",
    "near_tie",
    "tie_band",
)

#: A micro-trader testing a market with no goods of its own: dropshipping parcels.
DROPSHIPPER = {
    **PERSONA_BASE,
    "goal": "test_market",
    "capital": "lt_500k",
    "traffic": "none",
    "supply_chain": "none",
    "operations": "none",
    "policy_exposure": "low",
    "brand_trust": "none",
    "risk_appetite": "low",
    "time_horizon": "6_months",
    "category_breadth": "broad",
}

#: A rule made up for the tests: from 1 February 2027 dropshipping to the US is knocked out.
FICTITIOUS = """

[[event]]
id = "test-dropship-ban"
jurisdiction = "United States"
direction = "export"
destinations = ["us"]
effective = "2027-02-01"
source = "fact-us-de-minimis"
source_date = "2026-11-01"
added = "2099.1.1"
name = { en = "Fictitious ban on dropshipping", zh = "虚构的代发货禁令" }
summary = { en = "A rule made up for the test.", zh = "为测试虚构的规则。" }
[[event.shifts]]
criterion = "trust_risk"
by = 4
models = ["direct_ship"]
why = { en = "Made up.", zh = "虚构。" }
[[event.shifts]]
criterion = "fragility"
by = 4
models = ["direct_ship"]
why = { en = "Made up.", zh = "虚构。" }
[[event.shifts]]
criterion = "competition"
by = 4
models = ["direct_ship"]
why = { en = "Made up.", zh = "虚构。" }
"""
