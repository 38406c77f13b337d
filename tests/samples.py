"""Shared sample data for the tests."""

#: A complete, valid answer set: a mid-sized OEM exporter.
PERSONA_BASE = {
    "trade_direction": "export",
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
