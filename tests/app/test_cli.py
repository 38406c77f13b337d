"""``export-advisor rank``: the contract of DESIGN §3, run in process (one smoke test runs
a real subprocess)."""

import json

import numpy as np
import pytest
from cli_run import run, run_process

import criteria
from samples import CONTRACT_KEYS, PERSONA_BASE


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    return path


def test_rank_prints_a_table_best_first(answers_file, kb):
    out = run_process("rank", answers_file)  # the installed entry point, end to end
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    result = criteria.assess(kb, json.loads(answers_file.read_text())["answers"])
    role = kb.model(result.recommended).role.export.en
    # the verdict leads: here a near-tie, naming both routes, the marketplace first
    assert lines[0].startswith("Two routes fit you about equally: ")
    head = " ".join(lines[:4])
    assert role[:1].lower() + role[1:] in head
    assert kb.model(result.near_tie[0]).role.export.en[1:] in head
    assert "Marketplace seller comes first: it serves your goal" in " ".join(lines[:6])
    assert any(line.startswith("Confidence: ") for line in lines[:8])
    head = next(i for i, line in enumerate(lines) if line.startswith("#  "))
    assert lines[head].split()[:3] == ["#", "Role", "Fit"]
    body = lines[head + 2 : head + 8]
    roles = [kb.model(m).short.export.en for m in result.ranking]
    assert [line[3:].split("  ")[0] for line in body] == roles
    assert body[0].startswith("1 ")
    for model_id in result.not_feasible_models:  # listed apart, with what they need
        assert body[result.ranking.index(model_id)].startswith("— ")
        assert "Not feasible now:" in out.stdout
    assert max(len(line) for line in lines) <= 80


def test_every_missing_answer_is_named_at_once(tmp_path):
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"answers": {"capital": "lt_500k"}}), encoding="utf-8")
    out = run("rank", path)
    assert out.returncode == 2 and out.stdout == ""
    message = out.stderr.strip()
    assert "\n" not in message and "10 answers missing" in message
    assert "trade_direction (export, import); goal (build_brand" in message


def test_rank_json_to_standard_output(answers_file, tmp_path):
    out = run("rank", answers_file, "--json", "-", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["recommended"] == doc["ranking"][0]
    assert doc["recommendation_rule"] == "feasible_weighted_sum"
    assert not (tmp_path / "-").exists()  # no file called "-"


def test_rank_table_in_chinese(answers_file):
    out = run("rank", answers_file, "--lang", "zh")
    assert out.returncode == 0
    assert out.stdout.startswith("两条路径对您而言契合度相当") and "把握程度" in out.stdout


def test_rank_json_holds_the_contract_and_reproduces_topsis(answers_file, tmp_path):
    target = tmp_path / "out.json"
    out = run("rank", answers_file, "--json", target)
    assert out.returncode == 0, out.stderr
    doc = json.loads(target.read_text(encoding="utf-8"))
    for key in CONTRACT_KEYS:
        assert key in doc
    assert sum(doc["weights"].values()) == pytest.approx(1.0)
    assert set(doc["rankings"]) >= {"topsis", "wsm", "vikor"}
    # the sample SME's near-tie: one recommendation, the other route named beside it
    assert doc["recommended"] == doc["ranking"][0] == "purchasing_agent"
    assert doc["near_tie"] == ["vertical_b2c"] and 0 < doc["tie_band"] < 0.05
    assert doc["fit"]["vertical_b2c"] > doc["fit"]["purchasing_agent"]  # the goal leads
    assert doc["serves_goal"]["guide_rebate"] is False
    assert "sells nothing itself" in doc["cannot_serve_goal"]["guide_rebate"]["en"]
    assert doc["contradictions"] == []
    matrix = np.array(doc["matrix"])
    assert matrix.shape == (len(doc["models"]), len(doc["criteria"]))
    # Hwang–Yoon TOPSIS on exactly what was emitted gives rankings.topsis.
    w = np.array([doc["weights"][c] for c in doc["criteria"]])
    v = matrix / np.linalg.norm(matrix, axis=0) * w
    is_max = np.array([doc["objectives"][c] == "max" for c in doc["criteria"]])
    ideal = np.where(is_max, v.max(0), v.min(0))
    anti = np.where(is_max, v.min(0), v.max(0))
    dp, dm = np.linalg.norm(v - ideal, axis=1), np.linalg.norm(v - anti, axis=1)
    closeness = dm / (dp + dm)
    assert [doc["models"][i] for i in np.argsort(-closeness, kind="stable")] == doc["rankings"][
        "topsis"
    ]


def _bad(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        (
            "[]",
            "answers: the file needs an object with an 'answers' key; valid choices: "
            "trade_direction, goal, destination",
        ),
        (
            json.dumps({"answers": {**PERSONA_BASE, "capital": "lots"}}),
            "answers.capital: 'lots' is not an option; valid choices: lt_500k, 500k_2m, 2m_5m",
        ),
        (
            json.dumps({"answers": {**PERSONA_BASE, "colour": "red"}}),
            "answers.colour: unknown question; valid choices: trade_direction, goal, destination",
        ),
        (
            json.dumps({"answers": {k: v for k, v in PERSONA_BASE.items() if k != "traffic"}}),
            "answers.traffic: missing answer; valid choices: none, small, medium, large, huge",
        ),
        (json.dumps({"answers": "capital"}), "answers: must be an object"),
    ],
)
def test_bad_answers_exit_2_with_one_clear_line_and_write_nothing(tmp_path, content, expected):
    target = tmp_path / "out.json"
    target.write_text("previous result", encoding="utf-8")
    out = run("rank", _bad(tmp_path, content), "--json", target)
    assert out.returncode == 2
    assert expected in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.json"]


def test_unreadable_and_missing_files(tmp_path):
    out = run("rank", tmp_path / "nowhere.json")
    assert out.returncode == 2 and "no such file" in out.stderr
    out = run("rank", tmp_path)
    assert out.returncode == 2 and "is a folder" in out.stderr
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    out = run("rank", binary)
    assert out.returncode == 2 and "not a UTF-8 text file" in out.stderr


def test_output_into_a_missing_folder_is_refused(answers_file, tmp_path):
    out = run("rank", answers_file, "--json", tmp_path / "no" / "such" / "out.json")
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_bad_arguments_exit_2(answers_file):
    out = run("rank", answers_file, "--lang", "fr")
    assert out.returncode == 2 and "invalid choice: 'fr'" in out.stderr
    out = run("rank")
    assert out.returncode == 2 and "ANSWERS.json" in out.stderr


# --- --xlsx: the Excel recommendation --------------------------------------------------


def test_rank_writes_the_excel_report(answers_file, tmp_path, kb):
    import openpyxl

    target = tmp_path / "out.xlsx"
    out = run("rank", answers_file, "--xlsx", target, "--json", tmp_path / "out.json")
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Summary"
    ws = book["Summary"]
    assert ws["A1"].value == "Cross-border e-commerce model recommendation"
    role = kb.model(doc["recommended"]).role.export.en
    assert any(role.lower() in str(c.value).lower() for c in ws["B"][:12])  # on top


def test_rank_writes_the_chinese_report_with_the_assessments_details(tmp_path, kb):
    import datetime as dt

    import openpyxl

    saved = tmp_path / "saved.json"
    saved.write_text(
        json.dumps(
            {
                "answers": PERSONA_BASE,
                "company": "=示例公司",
                "notes": "第一条\n第二条",
                "date": "2025-12-31",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    target = tmp_path / "报告.xlsx"
    out = run("rank", saved, "--xlsx", target, "--lang", "zh")
    assert out.returncode == 0, out.stderr
    ws = openpyxl.load_workbook(target)["摘要"]
    assert ws["B3"].value == "=示例公司" and ws["B3"].data_type == "s"
    assert ws["B5"].value == dt.datetime(2025, 12, 31)
    assert {"第一条", "第二条"} <= {c.value for c in ws["B"]}


def test_bad_answers_write_no_report(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_text("previous report", encoding="utf-8")
    bad = _bad(tmp_path, json.dumps({"answers": {**PERSONA_BASE, "capital": "lots"}}))
    out = run("rank", bad, "--xlsx", target)
    assert out.returncode == 2 and "answers.capital" in out.stderr
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.xlsx"]


def test_read_only_report_target_exits_2_and_stays_untouched(answers_file, tmp_path):
    import os

    target = tmp_path / "out.xlsx"
    target.write_text("previous report", encoding="utf-8")
    os.chmod(target, 0o444)
    out = run("rank", answers_file, "--xlsx", target)
    assert out.returncode == 2
    assert out.stderr.strip() == f"export-advisor: error: {target}: the file is read-only"
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json", "out.xlsx"]


def test_report_into_a_missing_folder_exits_2(answers_file, tmp_path):
    out = run("rank", answers_file, "--xlsx", tmp_path / "no" / "out.xlsx")
    assert out.returncode == 2 and "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_bad_input_is_reported_in_the_chosen_language(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"answers": {**PERSONA_BASE, "capital": "lots"}}), "utf-8")
    zh = run("rank", path, "--lang", "zh")
    assert zh.returncode == 2
    assert zh.stderr.strip() == (
        "export-advisor：错误：answers.capital：'lots'不是可选项；可选：lt_500k, 500k_2m, "
        "2m_5m, 5m_20m, gt_20m"
    )
    en = run("rank", path)
    assert en.stderr.startswith("export-advisor: error: answers.capital: 'lots' is not")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("rank", "--lang", "zh"), "export-advisor rank：错误：缺少必需的参数：ANSWERS.json"),
        (
            ("rank", "x.json", "--bogus", "--lang=zh"),
            "export-advisor：错误：无法识别的参数：--bogus",
        ),
        (
            ("rank", "x.json", "--la", "zh", "--json"),
            "export-advisor rank：错误：参数--json：需要一个值",
        ),
        (
            ("robustness", "x.json", "--samples", "0", "--lang", "zh"),
            "export-advisor robustness：错误：参数--samples：须为1到1,000,000之间的整数，而非'0'",
        ),
        (
            ("sensitivity", "x.json", "--concentration", "z", "--lang", "zh"),
            "export-advisor robustness：错误：参数--concentration：须为正数，而非'z'",
        ),
    ],
)
def test_command_line_mistakes_are_said_in_the_chosen_language(args, said):
    out = run(*args)
    assert out.returncode == 2
    assert out.stderr.strip() == said


def test_an_unknown_language_leaves_argparse_in_english():
    out = run("rank", "x.json", "--lang", "fr")
    assert out.returncode == 2
    assert "invalid choice: 'fr'" in out.stderr and "错误" not in out.stderr


def test_file_problems_are_said_in_the_chosen_language(tmp_path, answers_file):
    missing = tmp_path / "missing.json"
    assert run("rank", missing, "--lang", "zh").stderr.strip() == (
        f"export-advisor：错误：{missing}：文件不存在"
    )
    bad = _bad(tmp_path, "{not json")
    out = run("rank", bad, "--lang", "zh")
    assert out.stderr.startswith(f"export-advisor：错误：{bad}：不是有效的JSON（第1行第2列：")
    out = run("rank", answers_file, "--xlsx", tmp_path / "no" / "r.xlsx", "--lang", "zh")
    assert out.stderr.strip() == (
        f"export-advisor：错误：{tmp_path / 'no' / 'r.xlsx'}：文件夹{tmp_path / 'no'}不存在"
    )


def test_the_top_level_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for command in ("rank", "robustness", "sensitivity", "--version"):
        assert command in out.stdout


def test_verify_re_runs_scikit_criteria_and_says_it_agrees(answers_file, tmp_path):
    out = run("rank", answers_file, "--verify", "--json", tmp_path / "r.json")
    assert out.returncode == 0
    assert out.stderr.startswith("Verified: scikit-criteria agrees on all four methods")
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert doc["verification"]["agrees"] is True
    assert set(doc["verification"]["methods"]) == {"topsis", "wsm", "vikor", "moora", "rule"}
    plain = run("rank", answers_file, "--json", tmp_path / "p.json")
    assert "verification" not in json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert plain.stderr == ""


def test_the_rank_reversal_check_runs_with_verify_only(answers_file, tmp_path):
    run("robustness", answers_file, "--samples", "200", "--json", tmp_path / "a.json")
    quick = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert quick["agreement"]["rank_reversal"]["skipped"] is True
    out = run(
        "robustness", answers_file, "--samples", "200", "--verify", "--json", tmp_path / "b.json"
    )
    assert out.returncode == 0
    full = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert full["agreement"]["rank_reversal"]["skipped"] is False
    assert full["agreement"]["rank_reversal"]["mutations"] > 0
    assert full["verification"]["agrees"] is True


def test_the_entry_point_knows_every_command_the_package_has():
    """``export-advisor`` dispatches on names without loading the commands: the names it
    reads are the ones the commands answer to and the parser has."""
    from app import __main__
    from app.cli import dispatch
    from app.cli.names import COMMAND_NAMES

    names = {name for command in dispatch.COMMANDS for name in command.NAMES}
    assert __main__.HEADLESS_COMMANDS == names
    assert [c.NAMES for c in dispatch.COMMANDS] == list(COMMAND_NAMES.values())
    sub = next(a for a in dispatch.build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == names


def test_the_window_help_lists_every_command_as_its_parser_words_it():
    out = run("--help")
    assert out.returncode == 0
    listed = out.stdout.split("commands (no window; each has --help):", 1)[1]
    for name in ("rank", "robustness", "batch"):
        assert f"export-advisor {name} " in listed
    assert "[--concentration CONCENTRATION]" in listed  # as the robustness parser has it
    assert "(also called: sensitivity)" in listed and "export-advisor --version" in listed


def test_the_window_starts_without_loading_the_commands():
    import subprocess
    import sys

    code = "import sys, app.__main__; print('app.cli.dispatch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
