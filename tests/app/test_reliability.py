"""Writes that never lose a file: output over input, concurrent writers, Ctrl-C.

Output that names an input (the same path, a symlink or a hard link to it), or two
outputs of one command naming one file, is refused before anything is written. Writers
of one file at the same time each succeed whole. Ctrl-C or SIGTERM ends a command with
one line, its own exit code, and no temporary file.
"""

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from cli_run import run

from app import files
from samples import PERSONA_BASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and signals")
#: Concurrent trials in the suite; `make stress` runs more (STRESS_TRIALS).
TRIALS = int(os.environ.get("STRESS_TRIALS", "200"))


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    return path


@pytest.fixture
def survey_file(tmp_path):
    path = tmp_path / "survey.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["company", *PERSONA_BASE])
        writer.writerows([[f"Firm {i}", *PERSONA_BASE.values()] for i in range(5)])
    return path


def temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("how", ["same path", "symlink", "hard link"])
def test_rank_refuses_to_write_over_its_input(answers_file, tmp_path, how):
    before = answers_file.read_bytes()
    target = {"same path": answers_file, "symlink": tmp_path / "l.json"}.get(how)
    if how == "symlink":
        target.symlink_to(answers_file)
    if how == "hard link":
        target = tmp_path / "h.json"
        os.link(answers_file, target)
    for option in ("--json", "--xlsx"):
        out = run("rank", answers_file, option, target)
        assert out.returncode == 2
        assert out.stderr.count("\n") == 1 and "is the input" in out.stderr
        assert answers_file.read_bytes() == before
    assert temps(tmp_path) == []


def test_batch_and_robustness_refuse_to_write_over_their_input(answers_file, survey_file):
    before = survey_file.read_bytes()
    for option in ("--csv", "--xlsx"):
        out = run("batch", survey_file, option, survey_file, "--lang", "zh")
        assert out.returncode == 2 and "这是输入文件" in out.stderr
    assert survey_file.read_bytes() == before
    before = answers_file.read_bytes()
    out = run("robustness", answers_file, "--samples", 100, "--json", answers_file)
    assert out.returncode == 2 and "is the input" in out.stderr
    assert answers_file.read_bytes() == before


def test_two_outputs_naming_one_file_are_refused(answers_file, survey_file, tmp_path):
    one = tmp_path / "one"
    out = run("rank", answers_file, "--xlsx", one, "--json", one)
    assert out.returncode == 2 and "two outputs" in out.stderr and not one.exists()
    # the CSV's rejected rows go beside it: an xlsx named so would collide with them
    out = run(
        "batch", survey_file, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.errors.csv"
    )
    assert out.returncode == 2 and "two outputs" in out.stderr
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.errors.csv").exists()


def _writer(target, version):
    """Fork a child that writes ``version`` to ``target`` three times; its pid."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            for _ in range(3):
                files.write_bytes(target, version)
        except BaseException:
            code = 1
        os._exit(code)
    return pid


def test_concurrent_writers_of_one_file_each_succeed_whole(tmp_path):
    """Two writers replace one file at once while a reader reads it: every writer exits
    0 (never "No such file"), and the reader only ever sees one whole version."""
    target = tmp_path / "shared.json"
    versions = [bytes([65 + k]) * 200_000 for k in range(2)]
    files.write_bytes(target, versions[0])
    for _ in range(TRIALS):
        running = {_writer(target, version) for version in versions}
        codes = []
        while running:
            assert target.read_bytes() in versions  # the reader
            for pid in list(running):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    running.discard(pid)
                    codes.append(os.waitstatus_to_exitcode(status))
        assert codes == [0, 0]
        assert target.read_bytes() in versions
    assert temps(tmp_path) == []


def _big_survey(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(PERSONA_BASE))
        capital = ["lt_500k", "500k_2m", "2m_5m", "5m_20m", "gt_20m"]
        for i in range(rows):
            writer.writerow(
                [capital[i % 5] if q == "capital" else v for q, v in PERSONA_BASE.items()]
            )


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_a_command_with_one_line_and_no_temporary_file(tmp_path, sig, code):
    survey = tmp_path / "big.csv"
    _big_survey(survey, 300_000)
    out = tmp_path / "out"
    out.mkdir()
    args = [
        sys.executable,
        "-m",
        "app",
        "batch",
        survey,
        "--csv",
        out / "o.csv",
        "--xlsx",
        out / "o.xlsx",
    ]
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(2.0)
    assert child.poll() is None, "the batch ended before it could be interrupted"
    child.send_signal(sig)
    _, err = child.communicate(timeout=120)
    assert child.returncode == code, err
    assert "Traceback" not in err
    assert err.strip().splitlines() == ["export-advisor: note: interrupted; nothing was written"]
    assert list(out.iterdir()) == []


def test_any_name_the_file_system_takes_can_be_written(answers_file, tmp_path):
    """A temporary name adds 13 bytes: for a long name it is shortened (with a digest
    of the whole name), so a name of up to 255 bytes is written like any other."""
    company = "宁波厨具制造有限公司" * 8  # 80 characters, 240 bytes: the app's proposal
    for name in (company + ".json", "a" * 250 + ".xlsx"):
        assert len(name.encode()) <= 255
        target = tmp_path / name
        option = "--json" if name.endswith(".json") else "--xlsx"
        out = run("rank", answers_file, option, target)
        assert out.returncode == 0, out.stderr
        assert target.stat().st_size > 0
    assert temps(tmp_path) == []


def test_long_names_that_share_a_beginning_keep_their_own_temporary_files(tmp_path):
    from app.files.writing import _temp_stem

    a, b = "x" * 250 + "a", "x" * 250 + "b"
    assert _temp_stem(tmp_path, a) != _temp_stem(tmp_path, b)
    assert all(len(_temp_stem(tmp_path, n).encode()) + 13 <= 255 for n in (a, b))
    assert _temp_stem(tmp_path, "short.json") == ".short.json"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_name_the_file_system_refuses_gets_one_line(answers_file, tmp_path, lang):
    for target in (tmp_path / ("b" * 300 + ".json"), tmp_path / "/".join(["c" * 200] * 30)):
        out = run("rank", answers_file, "--json", target, "--lang", lang)
        assert out.returncode == 2
        assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
        assert ("too long" if lang == "en" else "长度上限") in out.stderr
