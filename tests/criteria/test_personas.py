"""SME personas: the first and last model a sensible expert would expect.

They document how the model behaves; each carries its one-line reason.
"""

import pytest

import criteria

PERSONAS = [
    pytest.param(
        dict(capital="lt_500k", traffic="none", supply_chain="suppliers", operations="basic",
             policy_exposure="medium", brand_trust="none", risk_appetite="low",
             time_horizon="6_months", category_breadth="few"),
        "purchasing_agent", {"comprehensive_b2c", "flash_sale"},
        id="tiny-reseller: little money, no audience, must pay back fast -> join a "
           "marketplace; never a stock-holding multi-category retailer or flash sale"),
    pytest.param(
        dict(capital="5m_20m", traffic="medium", supply_chain="own_brand", operations="strong",
             policy_exposure="low", brand_trust="strong", risk_appetite="medium",
             time_horizon="3_years", category_breadth="single"),
        "vertical_b2c", {"guide_rebate"},
        id="brand-owner: own factory and brand, one category, patient money -> own vertical "
           "store; a rebate site would throw the brand's control away"),
    pytest.param(
        dict(capital="lt_500k", traffic="huge", supply_chain="none", operations="basic",
             policy_exposure="low", brand_trust="some", risk_appetite="high",
             time_horizon="6_months", category_breadth="broad"),
        "guide_rebate", {"comprehensive_b2c"},
        id="influencer: a huge audience but no goods and no money -> shopping guide / "
           "rebate; a stock-holding comprehensive retailer is out of reach"),
    pytest.param(
        dict(capital="gt_20m", traffic="large", supply_chain="oem", operations="expert",
             policy_exposure="low", brand_trust="strong", risk_appetite="high",
             time_horizon="3_years", category_breadth="broad"),
        "direct_ship", {"guide_rebate"},
        id="funded-distributor: the paper's objections to direct-ship (capital, traffic) "
           "do not apply -> direct-ship; a rebate site wastes the OEM supply chain"),
    pytest.param(
        dict(capital="500k_2m", traffic="none", supply_chain="own_factory", operations="basic",
             policy_exposure="high", brand_trust="none", risk_appetite="low",
             time_horizon="1_year", category_breadth="single"),
        "vertical_b2c", {"flash_sale", "comprehensive_b2c"},
        id="small-factory: one category from its own factory keeps source and margin -> "
           "vertical store; fragile, policy-exposed flash sale or comprehensive B2C last"),
    pytest.param(
        dict(capital="5m_20m", traffic="large", supply_chain="own_brand", operations="expert",
             policy_exposure="high", brand_trust="strong", risk_appetite="low",
             time_horizon="1_year", category_breadth="few"),
        "vertical_b2c", {"guide_rebate", "comprehensive_b2c"},
        id="cautious-cosmetics-brand: policy-exposed goods, low risk appetite -> own vertical "
           "store; never the policy-exposed bonded-import comprehensive retailer"),
]


@pytest.mark.parametrize(("answers", "first", "last"), PERSONAS)
def test_persona(kb, answers, first, last):
    result = criteria.assess(kb, answers)
    assert result.consensus[0] == first
    assert result.consensus[-1] in last
    assert result.rankings["topsis"][0] == first
