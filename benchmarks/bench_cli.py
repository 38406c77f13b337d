"""Start-up cost of the headless ranking: prints the figures the README quotes.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/bench_cli.py``).
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

RUNS = 5


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.json"
        answers.write_text(json.dumps({"answers": PERSONA_BASE}))
        py = sys.executable
        cases = {
            "python -c pass": [py, "-c", "pass"],
            "import criteria (no scikit-criteria)": [
                py,
                "-c",
                "import criteria; criteria.default()",
            ],
            "import skcriteria": [py, "-c", "import skcriteria"],
            "export-advisor rank (table)": [py, "-m", "app", "rank", str(answers)],
        }
        for name, cmd in cases.items():
            times = [timed(cmd) for _ in range(RUNS)]
            print(
                f"{name:40s} median {statistics.median(times):.3f} s "
                f"(min {min(times):.3f}, {RUNS} runs)"
            )
    import criteria

    kb = criteria.default()
    criteria.assess(kb, PERSONA_BASE)  # warm: imports scikit-criteria once
    n = 200
    start = time.perf_counter()
    for _ in range(n):
        criteria.assess(kb, PERSONA_BASE)
    per_call = 1000 * (time.perf_counter() - start) / n
    print(f"{'one assessment, warm (4 methods)':40s} {per_call:.2f} ms")


if __name__ == "__main__":
    main()
