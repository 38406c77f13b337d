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
