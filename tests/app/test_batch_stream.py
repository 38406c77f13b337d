"""The batch streams: read, ranked and written a chunk of rows at a time, the output the
same byte for byte as one chunk's, and progress counted in rows."""

import csv
import random
import zipfile

import numpy as np
import openpyxl
import pytest

import criteria
from app import survey
from samples import PERSONA_BASE

KB = criteria.default()


def _survey(path, rows, seed=4):
    """A survey of varied, partly bad rows, with a pass-through column."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["company", *(q.id for q in KB.questions)])
        for k in range(rows):
            answers = [
                rng.choice(q.option_ids) if rng.random() > 0.03 else "bogus" for q in KB.questions
            ]
            writer.writerow([f"=Firm {k}" if k % 17 == 0 else f"公司{k}", *answers])
    return path


def _parts(path):
    with zipfile.ZipFile(path) as book:
        return {n: book.read(n) for n in book.namelist() if n != "docProps/core.xml"}


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_chunked_output_is_byte_for_byte_one_chunk_s(tmp_path, chunk):
    source = _survey(tmp_path / "in.csv", 150)
    outs = {}
    for name, rows in (("one", 10**6), ("chunked", chunk)):
        folder = tmp_path / name
        folder.mkdir()
        outcome = survey.run(
            source,
            KB,
            csv_out=folder / "o.csv",
            xlsx_out=folder / "o.xlsx",
            chunk_rows=rows,
            samples=200,
        )
        outs[name] = (outcome, folder)
    (one, a), (chunked, b) = outs["one"], outs["chunked"]
    for name in ("o.csv", "o.errors.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert _parts(a / "o.xlsx") == _parts(b / "o.xlsx")
    assert one.totals.rejected_cells == chunked.totals.rejected_cells > 0
    assert one.totals.profiles == chunked.totals.profiles
    assert [r.row for r in one.totals.shown] == [r.row for r in chunked.totals.shown]


def test_the_streamed_rows_are_the_rows_ranked_one_by_one(tmp_path):
    source = _survey(tmp_path / "in.csv", 40, seed=9)
    survey.run(source, KB, csv_out=tmp_path / "o.csv", chunk_rows=6)
    with open(source, encoding="utf-8", newline="") as fh:
        inputs = list(csv.DictReader(fh))
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as fh:
        results = {r["company"].lstrip("'"): r for r in csv.DictReader(fh)}
    checked = 0
    for row in inputs:
        answers = {q.id: row[q.id] for q in KB.questions}
        if "bogus" in answers.values():
            assert row["company"] not in results
            continue
        expected = criteria.assess(KB, answers)
        assert results[row["company"]]["recommended"] == (expected.recommended or "")
        checked += 1
    assert checked > 10


def test_progress_counts_rows_and_a_cancel_writes_nothing(tmp_path):
    source = _survey(tmp_path / "in.csv", 100)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 50

    with pytest.raises(criteria.decision.batch.Cancelled):
        survey.run(source, KB, xlsx_out=tmp_path / "o.xlsx", progress=progress, chunk_rows=25)
    done = [d for d, _ in seen]
    assert {t for _, t in seen} == {100} and done == sorted(done) and done[-1] >= 50
    assert len(seen) < 4  # it stopped at the first chunk after the cancel
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_streamed_workbook_survey_is_read_in_chunks_too(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(list(PERSONA_BASE))
    for _ in range(30):
        book.active.append(list(PERSONA_BASE.values()))
    book.save(tmp_path / "in.xlsx")
    outcome = survey.run(tmp_path / "in.xlsx", KB, csv_out=tmp_path / "o.csv", chunk_rows=8)
    assert outcome.totals.good == 30 and outcome.totals.profiles == 1


def test_the_profile_cache_gives_assess_many_s_verdicts(tmp_path):
    """Profiles ranked in an earlier call are taken from the cache, not ranked again,
    and the verdicts are those of one call over everything."""
    from criteria import validation
    from criteria.decision import batch as core

    idx = validation.answer_space(KB, "export")[::5_000]
    whole = core.assess_many(KB, idx, samples=300)
    cache = core.ProfileCache(limit=50)
    parts = [cache.assess(KB, idx[k : k + 40], samples=300) for k in range(0, len(idx), 40)]
    assert len(cache.kept) <= 50 + 40  # bounded: the oldest go
    again = cache.assess(KB, idx[-40:], samples=300)  # all kept: nothing ranked anew
    for name in ("fit", "ranks", "feasible", "recommended", "order", "near_tie", "gated"):
        joined = np.concatenate([getattr(p, name) for p in parts])
        np.testing.assert_array_equal(joined, getattr(whole, name), err_msg=name)
    np.testing.assert_array_equal(np.concatenate([p.share for p in parts]), whole.share)
    assert list(np.concatenate([p.label for p in parts])) == list(whole.label)
    np.testing.assert_array_equal(again.recommended, whole.recommended[-40:])


def test_a_terminal_sees_the_rows_done_and_a_pipe_does_not(tmp_path):
    import os
    import subprocess
    import sys

    source = _survey(tmp_path / "in.csv", 60)
    args = [sys.executable, "-m", "app", "batch", source, "--csv", tmp_path / "o.csv"]
    piped = subprocess.run(args, capture_output=True, text=True)
    assert "rows assessed" not in piped.stderr
    leader, follower = os.openpty()
    child = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    said = os.read(leader, 65536).decode()
    os.close(leader)
    assert child.returncode == 3
    assert "60 of about 60 rows assessed" in said
