"""When no model is feasible, every output says so plainly and shows the nearest route.

The shipped knowledge base always leaves the marketplace seller within reach, so a copy
is made in which every role needs at least 2–5 million: an SME with under 500,000 is
then two bands short everywhere.
"""

import re
import shutil

import openpyxl
import pytest

import criteria
from app import presenter
from app.cli.rank import format_table
from app.report import write_report
from criteria.knowledge import DATA_DIR, load
from criteria.robustness import analysis as robustness
from samples import PERSONA_BASE


@pytest.fixture(scope="module")
def poor_kb(tmp_path_factory):
    target = tmp_path_factory.mktemp("kb") / "data"
    shutil.copytree(DATA_DIR, target)
    path = target / "criteria.toml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index('id = "capital_gap"'), text.index('id = "traffic_gap"')
    # 4, not 3: a route needing one band less (a fully-managed supplier) stays out of reach
    capital = re.sub(r"level = [123], hard = true", "level = 4, hard = true", text[start:end])
    path.write_text(text[:start] + capital + text[end:], encoding="utf-8")
    return load(target)


def test_nothing_is_recommended_and_the_nearest_route_is_named(poor_kb, tmp_path):
    result = criteria.assess(poor_kb, {**PERSONA_BASE, "capital": "lt_500k"})
    assert not any(result.feasible)
    assert result.recommended is None and result.nearest_route in result.models
    doc = result.to_dict()
    assert doc["recommended"] is None and doc["confidence"]["share"] is None
    v = presenter.verdict(poor_kb, result, "en")
    assert v.headline.startswith("No model is feasible now")
    assert poor_kb.model(result.nearest_route).role.export.en in v.headline
    assert (
        "First-year budget: at least “2 – 5 million” (your answer: “Under 500,000”)" in v.headline
    )
    assert format_table(result, poor_kb, "en").startswith("No model is feasible now")
    analysis = robustness.analyse(poor_kb, result, samples=300)
    assert analysis.to_dict()["recommended"] is None
    path = tmp_path / "report.xlsx"
    write_report(path, result, poor_kb, lang="en", robustness=analysis)
    summary = openpyxl.load_workbook(path)["Summary"]
    rows = list(summary.iter_rows(min_col=1, max_col=2, values_only=True))
    # its own label in column A ("No model is feasible now"), the rest beside it
    assert v.headline in [f"{a}: {b}" for a, b in rows if a and b]
