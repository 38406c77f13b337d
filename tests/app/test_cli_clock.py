"""``--as-of`` on rank, robustness and batch, and ``rank --since-saved``."""

import csv
import json

from cli_run import run

from samples import DROPSHIPPER

ANSWERS = {**DROPSHIPPER, "destination": "us"}


def _answers(tmp_path, **extra):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"answers": ANSWERS, **extra}), encoding="utf-8")
    return path


def test_rank_as_of_a_date_applies_that_days_rules(tmp_path):
    path = _answers(tmp_path)
    docs = {}
    for day in ("2025-01-01", "2026-12-01"):
        out = run("rank", path, "--as-of", day, "--json", "-")
        assert out.returncode == 0, out.stderr
        docs[day] = json.loads(out.stdout)
    old, new = docs["2025-01-01"], docs["2026-12-01"]
    assert old["as_of"] == "2025-01-01" and new["as_of"] == "2026-12-01"
    assert "us-de-minimis-all" in new["events_in_force"]
    assert "us-de-minimis-all" not in old["events_in_force"]
    assert old["route"] == old["routes"][old["recommended"]]
    assert any(t["event"] == "us-de-minimis-china" for t in old["timeline"])


def test_the_table_names_the_route_and_says_whether_the_advice_holds(tmp_path):
    out = run("rank", _answers(tmp_path), "--as-of", "2026-12-01")
    assert out.returncode == 0, out.stderr
    assert "Route: " in out.stdout and "Assessed as of 1 December 2026" in out.stdout
    assert "Holds through your horizon (to 1 June 2027)" in out.stdout


def test_a_bad_date_exits_2_with_one_line_and_writes_nothing(tmp_path):
    target = tmp_path / "o.json"
    out = run("rank", _answers(tmp_path), "--as-of", "2026-02-30", "--json", target)
    assert out.returncode == 2 and not target.exists()
    assert "--as-of: must be a date of the form YYYY-MM-DD" in out.stderr
    assert len(out.stderr.strip().splitlines()) <= 2  # usage and the message


def test_since_saved_says_what_moved_the_verdict(tmp_path):
    path = _answers(
        tmp_path, as_of="2025-01-01", kb_version="2026.12.2", recommended="purchasing_agent"
    )
    out = run("rank", path, "--as-of", "2026-12-01", "--since-saved", "--json", "-")
    assert out.returncode == 0, out.stderr
    since = json.loads(out.stdout)["since_saved"]
    assert since["saved_as_of"] == "2025-01-01" and since["saved_recommended"] == "purchasing_agent"
    assert {"us-de-minimis-china", "us-de-minimis-all"} <= set(since["events"])
    assert since["changed"] is True
    table = run("rank", path, "--as-of", "2026-12-01", "--since-saved")
    assert "Rules in force or added since: US ends de minimis" in table.stdout
    assert "the advice changed to" in table.stdout


def test_robustness_and_batch_take_the_date(tmp_path):
    out = run("robustness", _answers(tmp_path), "--as-of", "2025-01-01", "--samples", "200")
    assert out.returncode == 0, out.stderr
    survey = tmp_path / "s.csv"
    with survey.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["company", *ANSWERS])
        writer.writerow(["A", *ANSWERS.values()])
        importer = {**ANSWERS, "trade_direction": "import", "destination": ""}
        writer.writerow(["B", *importer.values()])
    result = tmp_path / "r.csv"
    out = run("batch", survey, "--csv", result, "--as-of", "2025-01-01", "--samples", "0")
    assert out.returncode == 0, out.stderr  # the importer's blank destination is no error
    rows = list(csv.DictReader(result.open(encoding="utf-8-sig")))
    assert [r["company"] for r in rows] == ["A", "B"]


def test_the_batch_gives_each_row_its_route_and_first_change(tmp_path, flipping_kb):
    import datetime as dt

    import criteria
    from app import survey

    day = dt.date(2026, 12, 1)
    rows = {
        "drop": ANSWERS,
        "asia": {**ANSWERS, "destination": "southeast_asia"},
        "importer": {**ANSWERS, "trade_direction": "import", "destination": ""},
    }
    source = tmp_path / "s.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["company", *ANSWERS])
        for name, answers in rows.items():
            writer.writerow([name, *answers.values()])
    out = tmp_path / "r.csv"
    survey.run(source, flipping_kb, csv_out=out, samples=0, on=day)
    got = {r["company"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    for name, answers in rows.items():
        one = criteria.assess(flipping_kb, {k: v for k, v in answers.items() if v}, on=day)
        change = one.first_change
        assert got[name]["route"] == (one.route or "")
        assert got[name]["first_change"] == ("" if change is None else change.date.isoformat())
    assert got["drop"]["first_change"] == "2027-02-01"  # the fictitious US rule
    assert got["asia"]["first_change"] == ""


def test_robustness_as_of_a_date_says_it_and_searches_its_levers_on_that_date(tmp_path):
    out = run(
        "robustness", _answers(tmp_path), "--as-of", "2025-01-01", "--samples", "200", "--json", "-"
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["as_of"] == "2025-01-01" and doc["route"]
