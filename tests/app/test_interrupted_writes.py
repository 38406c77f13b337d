"""Writes that fail or are killed midway lose nothing; outputs of one command go together.

The kill trials fork a child that saves over and over (an assessment, a report, the
outputs of a batch) and SIGKILL it at a random moment, 100 times each: afterwards every
file is one complete version or the other, never part of one, and the temporary files
the killed children left are removed by the next normal write.
"""

import json
import os
import random
import signal
import stat
import sys
import time

import pytest
from cli_run import run

import criteria
from app import files, survey
from app.files import writing
from app.report.writer import report_bytes
from samples import INFLUENCER, PERSONA_BASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")
KB = criteria.default()
TRIALS = 100


def temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def kill_trials(outputs_a, outputs_b, *, seed, trials=TRIALS, pause=0.004):
    """Kill a child writing ``outputs_b`` and ``outputs_a`` in turn, ``trials`` times."""
    files.write_all(outputs_a)
    rng = random.Random(seed)
    killed_midway = 0
    for _ in range(trials):
        pid = os.fork()
        if pid == 0:  # the child: save, save, save...
            try:
                while True:
                    files.write_all(outputs_b)
                    files.write_all(outputs_a)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, pause))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        for (path, a), (_, b) in zip(outputs_a, outputs_b, strict=True):
            assert path.read_bytes() in (a, b), path  # one whole version, never a part
        killed_midway += bool(temps(outputs_a[0][0].parent))  # left its temporary file
    # A write leaves a young temporary file alone (it may be a moment from its lock);
    # once the killed children's are older than that, the next normal write removes them.
    folder = outputs_a[0][0].parent
    left = temps(folder)
    files.write_all(outputs_a)
    assert temps(folder) == left
    age(folder)
    files.write_all(outputs_a)
    assert temps(folder) == []
    return killed_midway


def age(folder):
    """Make every temporary file in ``folder`` older than a write leaves alone."""
    old = time.time() - files.STALE_AFTER - 1
    for name in temps(folder):
        os.utime(folder / name, (old, old))


def test_killed_while_saving_an_assessment(tmp_path):
    target = tmp_path / "acme.json"
    a = files.json_text(files.assessment_document(PERSONA_BASE, KB, company="A")).encode()
    b = files.json_text(files.assessment_document(INFLUENCER, KB, company="B" * 5000)).encode()
    midway = kill_trials([(target, a)], [(target, b)], seed=1)
    assert midway > 0  # some kills did land in the middle of a write
    json.loads(target.read_text(encoding="utf-8"))


def test_killed_while_writing_a_report(tmp_path):
    target = tmp_path / "report.xlsx"
    a = report_bytes(target, criteria.assess(KB, PERSONA_BASE), KB)
    b = report_bytes(target, criteria.assess(KB, INFLUENCER), KB, lang="zh")
    assert kill_trials([(target, a)], [(target, b)], seed=2, pause=0.02) > 0


def test_killed_while_writing_batch_outputs(tmp_path):
    read = survey.parse(KB, list(PERSONA_BASE), [list(PERSONA_BASE.values())] * 50)
    result = criteria.decision.batch.assess_many(KB, read.idx, samples=0)
    rows = survey.result_rows(KB, read, result, "en")
    a = survey.csv_outputs(tmp_path / "o.csv", read, KB, rows)
    b = [(tmp_path / "o.csv", a[0][1] * 40)]
    assert kill_trials(a, b, seed=3) > 0


def test_a_failed_second_output_replaces_neither(answers_file, tmp_path):
    report = tmp_path / "r.xlsx"
    report.write_bytes(b"previous report")
    out = run("rank", answers_file, "--xlsx", report, "--json", tmp_path / "no" / "r.json")
    assert out.returncode == 2 and "does not exist" in out.stderr
    assert report.read_bytes() == b"previous report"
    assert temps(tmp_path) == []


def test_a_symlink_is_written_through_to_its_target(answers_file, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run("rank", answers_file, "--json", link).returncode == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["recommended"]


def test_a_device_or_pipe_is_refused_not_replaced(answers_file, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    out = run("rank", answers_file, "--json", fifo)
    assert out.returncode == 2 and "not a regular file" in out.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    out = run("rank", answers_file, "--xlsx", "/dev/null")
    assert out.returncode == 2 and "not a regular file" in out.stderr


def test_a_temporary_file_being_written_is_left_alone(tmp_path):
    target = tmp_path / "a.json"
    fd, tmp = writing._create_temp(tmp_path, target.name)  # locked, as while writing
    try:
        age(tmp_path)  # however old: a file someone holds is never removed
        files.write_bytes(target, b"{}")
        assert temps(tmp_path) == [os.path.basename(tmp)]
    finally:
        os.close(fd)
    os.utime(tmp)  # just written
    files.write_bytes(target, b"{}")  # nobody holds it now, but it is too young to judge
    assert temps(tmp_path) == [os.path.basename(tmp)]
    age(tmp_path)
    files.write_bytes(target, b"{}")  # old and unlocked: stale
    assert temps(tmp_path) == []


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    return path
