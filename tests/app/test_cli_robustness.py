"""``export-advisor robustness``: the robustness analysis, run in process (one smoke test
runs a real subprocess)."""

import json

import pytest
from cli_run import run, run_process

from samples import PERSONA_BASE


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    return path


def test_robustness_json_to_standard_output_writes_no_file(answers_file, tmp_path):
    """``--json -`` prints the analysis, as ``rank --json -`` does; no file named "-"."""
    out = run("robustness", answers_file, "--samples", 500, "--json", "-", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    written = run("robustness", answers_file, "--samples", 500, "--json", tmp_path / "o.json")
    assert written.returncode == 0
    assert json.loads(out.stdout) == json.loads((tmp_path / "o.json").read_text("utf-8"))
    assert not (tmp_path / "-").exists()


def test_robustness_json_holds_every_part(answers_file, tmp_path, kb):
    target = tmp_path / "out.json"
    out = run("robustness", answers_file, "--samples", 500, "--json", target)
    assert out.returncode == 0, out.stderr
    assert out.stdout == ""
    doc = json.loads(target.read_text(encoding="utf-8"))
    for key in ("acceptability", "central_weights", "stability", "counterfactuals", "agreement"):
        assert key in doc
    assert doc["samples"] == 500
    assert set(doc["acceptability"]) == set(kb.model_ids)
    for probabilities in doc["acceptability"].values():
        assert len(probabilities) == 6 and sum(probabilities) == pytest.approx(1.0)
    for model, weights in doc["central_weights"].items():
        assert weights is None or sum(weights.values()) == pytest.approx(1.0), model
    assert set(doc["stability"]) == set(kb.criterion_ids)
    assert all(len(v) == 2 for v in doc["stability"].values())
    assert doc["recommended"] not in doc["counterfactuals"]
    for cf in doc["counterfactuals"].values():
        assert cf is None or {"question", "from", "to", "steps"} <= set(cf["changes"][0])
    assert doc["agreement"]["kendall_tau"]["topsis"]["topsis"] == 1.0
    reversal = doc["agreement"]["rank_reversal"]  # scikit-criteria's check: with --verify
    assert reversal["skipped"] is True and reversal["invariant"] is None


def test_robustness_prints_a_summary(answers_file, kb):
    out = run_process("robustness", answers_file, "--samples", 500)
    assert out.returncode == 0, out.stderr
    assert "500 weight samples" in out.stdout
    for section in (
        "Rank acceptability",
        "Stability",
        "What would have to change",
        "Kendall's tau",
        "Rank reversal",
    ):
        assert section in out.stdout
    assert out.stdout.startswith("Two routes fit you about equally")  # the verdict of rank
    assert all(kb.model(m).role.export.en in out.stdout for m in kb.model_ids)
    zh = run("robustness", answers_file, "--samples", 500, "--lang", "zh", "--concentration", 50)
    assert zh.returncode == 0 and "名次可接受度" in zh.stdout and "集中度50" in zh.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        (
            json.dumps({"answers": {**PERSONA_BASE, "capital": "lots"}}),
            "answers.capital: 'lots' is not an option; valid choices: lt_500k, 500k_2m, 2m_5m",
        ),
        (
            json.dumps({"answers": {k: v for k, v in PERSONA_BASE.items() if k != "traffic"}}),
            "answers.traffic: missing answer; valid choices: none, small, medium, large, huge",
        ),
    ],
)
def test_bad_answers_exit_2_with_one_line_and_write_nothing(tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    target = tmp_path / "out.json"
    target.write_text("previous result", encoding="utf-8")
    out = run("robustness", bad, "--samples", 500, "--json", target)
    assert out.returncode == 2
    assert expected in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.json"]


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (
            "--samples",
            "0",
            "argument --samples: must be a whole number from 1 to 1,000,000, not '0'",
        ),
        ("--samples", "1000001", "from 1 to 1,000,000, not '1000001'"),
        ("--samples", "ten", "from 1 to 1,000,000, not 'ten'"),
        ("--samples", "2.5", "from 1 to 1,000,000, not '2.5'"),
        ("--seed", "-1", "argument --seed: must be a whole number, 0 or more, not '-1'"),
        ("--concentration", "0", "argument --concentration: must be a positive number, not '0'"),
        ("--concentration", "nan", "must be a positive number, not 'nan'"),
        ("--lang", "fr", "invalid choice: 'fr'"),
    ],
)
def test_bad_options_exit_2_with_one_line(answers_file, tmp_path, option, value, expected):
    target = tmp_path / "out.json"
    out = run("robustness", answers_file, option, value, "--json", target)
    assert out.returncode == 2
    assert expected in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not target.exists()


def test_missing_file_and_missing_folder(answers_file, tmp_path):
    out = run("robustness", tmp_path / "nowhere.json", "--samples", 10)
    assert out.returncode == 2 and "no such file" in out.stderr
    out = run("robustness", answers_file, "--samples", 10, "--json", tmp_path / "no" / "out.json")
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_the_earlier_name_of_the_command_still_works(answers_file, tmp_path):
    target = tmp_path / "old.json"
    out = run("sensitivity", answers_file, "--samples", 100, "--json", target)
    assert out.returncode == 0, out.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["samples"] == 100
