"""Batch assessment of 100,000 and 1,000,000 survey rows: time and memory, one run.

Two surveys of 100,000 rows: *survey-like* (the personas of the suite, each answer
moved one option up or down with probability 1/4 — many SMEs share a profile) and
*uniform* (every answer drawn at random: the worst case, nearly every profile distinct).
Each command is a fresh ``export-advisor batch`` process; the bare openpyxl write-only
dump of the same cells is timed in a fresh process beside it. The survey-like survey
repeated ten times (1,000,000 rows) shows that memory does not grow with the rows (the
batch streams, 50,000 rows at a time), against a floor of pandas reading it in chunks
and writing it back. Run:
``.venv/bin/python benchmarks/bench_batch.py`` (part of ``make bench``).
"""

import csv
import statistics
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import numpy as np

import criteria

ROOT = Path(__file__).resolve().parents[1]
ROWS = 100_000
RUNS = 3
#: The floor each CSV figure is quoted against, measured beside it: a fresh process that
#: reads the survey with pandas and writes it back (no ranking at all).
FLOOR = """
import sys, pandas
pandas.read_csv(sys.argv[1], dtype=str).to_csv(sys.argv[2], index=False)
"""
#: The floor of the streaming figure: pandas reading the survey in chunks, writing it back.
CHUNKED_FLOOR = """
import sys, pandas
with pandas.read_csv(sys.argv[1], dtype=str, chunksize=50_000) as chunks:
    for k, chunk in enumerate(chunks):
        chunk.to_csv(sys.argv[2], index=False, header=k == 0, mode="w" if k == 0 else "a")
"""
DUMP = """
import csv, sys
from openpyxl import Workbook
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))
wb = Workbook(write_only=True)
ws = wb.create_sheet("Results")
for row in rows:
    ws.append(row)
wb.save(sys.argv[2])
"""


def surveys(kb: criteria.KnowledgeBase, folder: Path) -> dict[str, Path]:
    """The two 100,000-row surveys as CSV files."""
    rng = np.random.default_rng(2026)
    personas = tomllib.loads((ROOT / "tests" / "data" / "personas.toml").read_text("utf-8"))
    base = np.array(
        [
            # a question not asked of the persona (an importer's destination): its first option
            [q.option_ids.index(p["answers"].get(q.id, q.option_ids[0])) for q in kb.questions]
            for p in personas["persona"]
        ]
    )
    sizes = np.array([len(q.options) for q in kb.questions])
    like = base[rng.integers(0, len(base), ROWS)]
    for j in range(1, len(kb.questions)):  # the trade direction stays the persona's
        move = (rng.random(ROWS) < 0.25) * rng.choice([-1, 1], ROWS)
        like[:, j] = np.clip(like[:, j] + move, 0, sizes[j] - 1)
    uniform = np.column_stack([rng.integers(0, s, ROWS) for s in sizes])
    out = {}
    for name, idx in (("survey-like", like), ("uniform", uniform)):
        path = folder / f"{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["company", *(q.id for q in kb.questions)])
            for k, row in enumerate(idx):
                writer.writerow(
                    [f"SME {k}", *(q.option_ids[i] for q, i in zip(kb.questions, row, strict=True))]
                )
        out[name] = path
    return out


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of a fresh process."""
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    wall, rss = out.stdout.split()
    return float(wall), int(rss) / 1024


def profiles(path: Path) -> int:
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))[1:]
    return len({tuple(r[1:]) for r in rows})


def main() -> None:
    kb = criteria.default()
    cli = [sys.executable, "-m", "app", "batch"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = surveys(kb, folder)
        for name, path in data.items():
            print(f"{name}: {ROWS:,} rows, {profiles(path):,} distinct answer profiles")
        like = data["survey-like"]
        # Read → ranked → CSV: every row's recommendation, confidence (4,000 weightings,
        # as `rank`), feasibility, order and fit.
        for name in ("survey-like", "uniform"):
            times, floors, peak = [], [], 0.0
            for _ in range(RUNS):
                wall, rss = run([*cli, str(data[name]), "--csv", f"{tmp}/o.csv"])
                times.append(wall)
                peak = max(peak, rss)
                floors.append(
                    run([sys.executable, "-c", FLOOR, str(data[name]), f"{tmp}/f.csv"])[0]
                )
            wall, floor = statistics.median(times), statistics.median(floors)
            met = "ok" if wall <= 5 and peak <= 500 else "MISSED"
            print(
                f"batch → CSV with the confidence, {name}: {wall:.2f} s, {peak:.0f} MiB "
                f"(targets <= 5 s, <= 500 MiB: {met}); {wall / floor:.1f}x the floor "
                f"(pandas reading and writing the same survey: {floor:.2f} s)"
            )
            wall, rss = run([*cli, str(data[name]), "--csv", f"{tmp}/c.csv", "--samples", "0"])
            print(
                f"  the same with --samples 0 (no confidence): {wall:.2f} s, {rss:.0f} MiB, "
                f"{wall / floor:.1f}x the floor"
            )
        # → xlsx against a bare write-only dump of the same cells, interleaved.
        ours, bare = [], []
        for _ in range(RUNS):
            ours.append(run([*cli, str(like), "--xlsx", f"{tmp}/o.xlsx"])[0])
            run([*cli, str(like), "--csv", f"{tmp}/o.csv"])
            bare.append(run([sys.executable, "-c", DUMP, f"{tmp}/o.csv", f"{tmp}/d.xlsx"])[0])
        ratio = statistics.median(ours) / statistics.median(bare)
        print(
            f"batch → xlsx, survey-like: {statistics.median(ours):.2f} s; bare openpyxl dump "
            f"of the same cells {statistics.median(bare):.2f} s; ratio {ratio:.2f}x "
            f"(target <= 1.3x: {'ok' if ratio <= 1.3 else 'MISSED'})"
        )
        # Ten times the rows: the time grows with them, the memory does not.
        big = folder / "million.csv"
        lines = like.read_text(encoding="utf-8").splitlines(keepends=True)
        with open(big, "w", encoding="utf-8") as fh:
            fh.write(lines[0])
            for _ in range(10):
                fh.writelines(lines[1:])
        small_wall, small_rss = run([*cli, str(like), "--csv", f"{tmp}/s.csv"])
        wall, rss = run([*cli, str(big), "--csv", f"{tmp}/b.csv"])
        floor = run([sys.executable, "-c", CHUNKED_FLOOR, str(big), f"{tmp}/bf.csv"])[0]
        print(
            f"batch → CSV with the confidence, 1,000,000 survey-like rows: {wall:.1f} s, "
            f"{rss:.0f} MiB peak ({rss / small_rss:.2f}x the 100,000 rows' {small_rss:.0f} MiB; "
            f"target <= 600 MiB: {'ok' if rss <= 600 else 'MISSED'}); {wall / floor:.1f}x the "
            f"floor (pandas reading it in chunks and writing it back: {floor:.1f} s)"
        )


if __name__ == "__main__":
    main()
