"""``export-advisor compare``: scenarios side by side, held to single ``rank`` runs."""

import json

import pytest
from cli_run import run

from samples import PERSONA_BASE


def _file(tmp_path, name, answers, **extra):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"answers": answers, **extra}), encoding="utf-8")
    return path


@pytest.mark.parametrize("budget", ["lt_500k", "gt_20m"])
def test_two_assessments_differing_in_budget_match_two_rank_runs(tmp_path, budget):
    a = _file(tmp_path, "base", PERSONA_BASE)
    b = _file(tmp_path, "budget", {**PERSONA_BASE, "capital": budget}, company="Bigger Co.")
    out = run("compare", a, b, "--as-of", "2026-12-01", "--json", "-")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    ranks = [
        json.loads(run("rank", f, "--as-of", "2026-12-01", "--json", "-").stdout) for f in (a, b)
    ]
    assert [s["name"] for s in doc["scenarios"]] == ["base", "Bigger Co."]
    for scenario, single in zip(doc["scenarios"], ranks, strict=True):
        for key in ("answers", "recommended", "route", "ranking", "fit", "feasible", "confidence"):
            assert scenario[key] == single[key], key
    (pair,) = doc["differences"]
    assert pair["answers"] == [
        {"question": "capital", "first": PERSONA_BASE["capital"], "second": budget}
    ]
    assert pair["recommendation_changed"] == (ranks[0]["recommended"] != ranks[1]["recommended"])
    table = run("compare", a, b, "--as-of", "2026-12-01")
    assert "First-year budget *" in table.stdout
    assert "Bigger Co. against base: First-year budget" in " ".join(table.stdout.split())


def test_three_scenarios_give_three_pairs_and_a_file(tmp_path):
    files = [
        _file(tmp_path, f"s{k}", {**PERSONA_BASE, "destination": d})
        for k, d in enumerate(["us", "eu", "southeast_asia"])
    ]
    target = tmp_path / "cmp.json"
    out = run("compare", *files, "--json", target)
    assert out.returncode == 0, out.stderr
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["scenarios"]) == 3 and len(doc["differences"]) == 3
    assert all(d["answers"][0]["question"] == "destination" for d in doc["differences"])


@pytest.mark.parametrize("count", [1, 5])
def test_too_few_or_too_many_exit_2_with_one_line(tmp_path, count):
    files = [_file(tmp_path, f"s{k}", PERSONA_BASE) for k in range(count)]
    out = run("compare", *files)
    assert out.returncode == 2
    assert "compare needs 2 to 4 answers files, not" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_bad_file_among_them_exits_2_naming_it(tmp_path):
    good = _file(tmp_path, "good", PERSONA_BASE)
    bad = _file(tmp_path, "bad", {**PERSONA_BASE, "capital": "lots"})
    out = run("compare", good, bad)
    assert out.returncode == 2 and "answers.capital" in out.stderr


def test_the_workbook_shades_what_differs_and_charts_every_fit(tmp_path):
    import openpyxl

    a = _file(tmp_path, "base", PERSONA_BASE)
    b = _file(tmp_path, "eu", {**PERSONA_BASE, "destination": "eu"})
    target = tmp_path / "cmp.xlsx"
    out = run("compare", a, b, "--xlsx", target, "--lang", "zh")
    assert out.returncode == 0, out.stderr
    ws = openpyxl.load_workbook(target)["情景对比"]
    cells = {(c.row, c.column): c for row in ws.iter_rows() for c in row}
    marked = [c for c in cells.values() if c.column == 1 and str(c.value).endswith(" *")]
    assert [str(c.value) for c in marked] == ["目标市场 *"]
    assert all(cells[(marked[0].row, k)].fill.fgColor.rgb.endswith("FFF4D6") for k in (2, 3))
    texts = [str(c.value) for c in cells.values() if c.value is not None]
    assert any(t.startswith("eu相对于base：目标市场") for t in texts)
    (chart,) = ws._charts
    assert len(chart.series) == 2  # one series per scenario, six bars each
