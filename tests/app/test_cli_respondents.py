"""A saved assessment with several respondents: kept, reopened, said on the command line."""

import datetime as dt
import json

import pytest
from cli_run import run

import criteria
from app import files
from criteria.decision import respondents
from samples import PERSONA_BASE

KB = criteria.default()
OWNER = dict(PERSONA_BASE)
SALES = {**PERSONA_BASE, "traffic": "large", "risk_appetite": "high"}
PEOPLE = [("Owner", OWNER), ("Sales", SALES)]


def firm_file(tmp_path, people=PEOPLE):
    combined = respondents.combine(KB, [a for _, a in people])
    doc = files.assessment_document(combined.answers, KB, company="Firm", respondents=people)
    path = tmp_path / "firm.json"
    files.write_json(path, doc)
    return path


def test_a_saved_firm_keeps_every_respondent_and_reopens_the_same(tmp_path):
    path = firm_file(tmp_path)
    document, answers = files.load_answers(path, KB)
    assert files.respondents_of(document, KB) == [(n, criteria.validate(KB, a)) for n, a in PEOPLE]
    assert answers == respondents.combine(KB, [OWNER, SALES]).answers  # the contract's answers
    assert files.opening_notes(document, KB) == []  # a key this version knows


def test_rank_shows_both_recommendations_the_dispute_and_the_combination(tmp_path):
    path = firm_file(tmp_path)
    out = run("rank", path, "--as-of", "2026-12-01", "--json", "-")
    assert out.returncode == 0, out.stderr
    said = json.loads(out.stdout)["respondents"]
    singles = [criteria.assess(KB, a, on=dt.date(2026, 12, 1)) for _, a in PEOPLE]
    assert [r["recommended"] for r in said["respondents"]] == [s.recommended for s in singles]
    assert said["disputed"] == {
        "traffic": {"Owner": "medium", "Sales": "large"},
        "risk_appetite": {"Owner": "medium", "Sales": "high"},
    }
    assert said["combined"]["rules"]["traffic"] == "median"
    assert said["disagreement_changes_recommendation"] == (
        len({c["recommended"] for c in said["combinations"]}) > 1
    )
    text = run("rank", path, "--as-of", "2026-12-01")
    assert "Respondents" in text.stdout and "Owner: " in text.stdout
    assert "They answer differently: Own audience" in text.stdout
    zh = run("rank", path, "--as-of", "2026-12-01", "--lang", "zh")
    assert "回答不一致的问题：自有受众" in zh.stdout


def test_a_file_without_respondents_is_what_it_was(tmp_path):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    out = run("rank", path, "--json", "-")
    assert out.returncode == 0 and "respondents" not in json.loads(out.stdout)


@pytest.mark.parametrize(
    ("respondents_value", "said"),
    [
        (
            [
                {"name": "Owner", "answers": OWNER},
                {"name": "Sales", "answers": {**SALES, "traffic": "lots"}},
            ],
            "respondents[2].answers.traffic: 'lots' is not an option",
        ),
        (
            [{"name": "Owner", "answers": OWNER}, {"name": "Owner", "answers": SALES}],
            "respondents[2].name: this name is given twice",
        ),
        ([{"name": "", "answers": OWNER}], "respondents[1].name: a name of 1 to 80 characters"),
        ("everyone", "respondents: a list of 1 to 12 respondents"),
        ([], "respondents: a list of 1 to 12 respondents"),
    ],
)
def test_bad_respondents_are_refused_with_the_entry_named(tmp_path, respondents_value, said):
    path = tmp_path / "bad.json"
    doc = {"answers": PERSONA_BASE, "respondents": respondents_value}
    path.write_text(json.dumps(doc), encoding="utf-8")
    out = run("rank", path)
    assert out.returncode == 2 and said in out.stderr, out.stderr


def test_the_report_has_a_respondents_sheet_with_the_dispute_shaded(tmp_path):
    import openpyxl

    path = firm_file(tmp_path)
    out = run("rank", path, "--as-of", "2026-12-01", "--xlsx", tmp_path / "r.xlsx")
    assert out.returncode == 0, out.stderr
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames[:2] == ["Summary", "Respondents"]
    ws = book["Respondents"]
    assert [c.value for c in ws[3]] == ["Question", "Owner", "Sales", "Combined"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=4) if r[0].value}
    audience = rows["Own audience"]
    assert [c.value for c in audience[1:4]] == [
        "Medium (tens of thousands)",
        "Large (hundreds of thousands)",
        "Medium (tens of thousands)",
    ]
    assert audience[1].fill.fgColor.rgb.endswith("FFF4D6")  # disputed: shaded
    assert not rows["Operations team"][1].fill.fgColor.rgb.endswith("FFF4D6")
    said = " ".join(str(c.value) for c in ws["A"] if c.value)
    assert "The disagreement changes the recommendation" in said or "does not change" in said
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    assert run("rank", plain, "--xlsx", tmp_path / "p.xlsx").returncode == 0
    assert "Respondents" not in openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames
