"""The command line's whole-process time and memory against its targets, in one run.

Each command runs as a fresh process, interleaved with the reference (``python -c
"import numpy"``) so that both sides of a ratio see the same machine load; the figure
is the median of the runs, memory the largest peak RSS. Run: ``make bench`` (or
``.venv/bin/python benchmarks/bench_cli.py``).
"""

import json
import runpy
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PERSONA_BASE = runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "samples.py"))[
    "PERSONA_BASE"
]
RUNS = 7


def timed(cmd: list[str]) -> float:
    """Wall time of one run of ``cmd``."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def peak_mib(cmd: list[str]) -> float:
    """Peak RSS of ``cmd`` run alone, measured by a parent process of its own."""
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    return int(out.stdout.strip() or 0) / 1024


def main() -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.json"
        answers.write_text(json.dumps({"answers": PERSONA_BASE}))
        cli = [py, "-m", "app"]
        cases = {
            "python -c 'import numpy'": ([py, "-c", "import numpy"], None),
            "rank --json": ([*cli, "rank", str(answers), "--json", f"{tmp}/r.json"], 0.6),
            "robustness (10,000 samples)": ([*cli, "robustness", str(answers)], 0.8),
            "rank --xlsx": ([*cli, "rank", str(answers), "--xlsx", f"{tmp}/r.xlsx"], 1.3),
            "rank --verify (loads scikit-criteria)": (
                [*cli, "rank", str(answers), "--verify", "--json", f"{tmp}/v.json"],
                None,
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(RUNS):  # interleaved: every command once per round
            for name, (cmd, _) in cases.items():
                times[name].append(timed(cmd))
        memory = {name: peak_mib(cmd) for name, (cmd, _) in cases.items()}
    numpy_time = statistics.median(times["python -c 'import numpy'"])
    for name, (_, target) in cases.items():
        median = statistics.median(times[name])
        line = f"{name:40s} {median:6.3f} s  {memory[name]:5.0f} MiB"
        if target is not None:
            ok = "ok" if median <= target else "MISSED"
            line += f"  (target <= {target} s: {ok})"
        print(line)
    rank = statistics.median(times["rank --json"])
    ratio = rank / numpy_time
    print(
        f"{'rank --json / import numpy':40s} {ratio:6.2f}x  (target <= 5x: "
        f"{'ok' if ratio <= 5 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
