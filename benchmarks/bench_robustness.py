"""Cost of the robustness analysis: prints the figures the README quotes.

Run: ``.venv/bin/python benchmarks/bench_robustness.py``.
"""

import json
import resource
import runpy
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PERSONA_BASE = runpy.run_path(str(ROOT / "tests" / "samples.py"))["PERSONA_BASE"]


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def peak_rss_kib() -> float:
    """This process's peak resident memory: VmHWM (Linux; reset by exec, unlike ru_maxrss,
    which a child inherits from its parent), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def smaa_child(samples: int) -> None:
    """In a fresh process without scikit-criteria: time, Python heap peak, process peak."""
    from criteria.decision import matrix
    from criteria.decision.ranking import rank_matrix
    from criteria.knowledge import default
    from criteria.robustness import smaa

    kb = default()
    result = rank_matrix(
        matrix.decision_matrix(kb, PERSONA_BASE),
        matrix.weights(kb, PERSONA_BASE),
        matrix.objectives(kb),
        models=kb.model_ids,
        criteria=kb.criterion_ids,
    )
    smaa.acceptability(result, samples=1_000)  # warm
    before = peak_rss_kib()
    start = time.perf_counter()
    smaa.acceptability(result, samples=samples)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    smaa.acceptability(result, samples=samples)
    traced = tracemalloc.get_traced_memory()[1] / 1024
    tracemalloc.stop()
    after = peak_rss_kib()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "traced_kib": traced,
                "rss_before_kib": before,
                "rss_peak_kib": after,
            }
        )
    )


def child(samples: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(samples)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def main() -> None:
    import skcriteria as skc

    import criteria
    from criteria.decision import sampling
    from criteria.mcda import methods
    from criteria.robustness import smaa
    from criteria.robustness.analysis import analyse, fast_rank, rescale, stability_intervals

    kb = criteria.default()
    result = criteria.assess(kb, PERSONA_BASE)
    matrix = result.active_matrix
    objectives = [
        min if o == "min" else max
        for o, a in zip(result.objectives, result.active, strict=True)
        if a
    ]
    weights = sampling.sample_weights(200, matrix.shape[1], seed=1)
    pipeline = methods._pipelines()["topsis"]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Although TOPSIS can operate")
        pipeline.evaluate(skc.mkdm(matrix, objectives, weights=weights[0]))  # warm
        start = time.perf_counter()
        for w in weights:
            pipeline.evaluate(skc.mkdm(matrix, objectives, weights=w))
        with_dm_ms = 1000 * (time.perf_counter() - start) / len(weights)
        dm = skc.mkdm(matrix, objectives, weights=weights[0])
        start = time.perf_counter()
        for _ in weights:
            pipeline.evaluate(dm)
        skc_ms = 1000 * (time.perf_counter() - start) / len(weights)
    print(
        f"scikit-criteria TOPSIS pipeline, one evaluation (mean of 200): {skc_ms:.3f} ms "
        f"({with_dm_ms:.3f} ms with building the decision matrix for new weights); "
        f"ratios below against the former"
    )

    smaa.acceptability(result, samples=1_000)  # warm
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        smaa.acceptability(result, samples=10_000)
        runs.append(time.perf_counter() - start)
    per_10k = statistics.median(runs) / 10_000 * 1e6
    print(
        f"SMAA, 10,000 samples (sample, rank, tally; median of 5): "
        f"{statistics.median(runs) * 1000:.1f} ms = {per_10k:.2f} µs per sample, "
        f"{skc_ms * 1000 / per_10k:,.0f}× cheaper"
    )
    big = child(1_000_000)
    per_1m = big["seconds"] / 1_000_000 * 1e6
    print(
        f"SMAA, 1,000,000 samples: {big['seconds']:.2f} s = {per_1m:.2f} µs per sample, "
        f"{skc_ms * 1000 / per_1m:,.0f}× cheaper"
    )
    print(
        f"  peak memory: numpy/Python allocations {mib(big['traced_kib'])} (tracemalloc); "
        f"whole process {mib(big['rss_peak_kib'])} (peak RSS; "
        f"{mib(big['rss_before_kib'])} before sampling)"
    )

    n = 2_000
    start = time.perf_counter()
    for i in range(n):
        fast_rank(result, rescale(result.active_weights, i % matrix.shape[1], 0.3))
    what_if_ms = 1000 * (time.perf_counter() - start) / n
    start = time.perf_counter()
    for _ in range(50):
        criteria.assess(kb, PERSONA_BASE)
    assess_ms = 1000 * (time.perf_counter() - start) / 50
    print(
        f"what-if slider move (rescale + fast_rank: the rule, 4 methods, consensus; "
        f"mean of {n:,}): "
        f"{what_if_ms:.3f} ms (criteria.assess: {assess_ms:.1f} ms)"
    )

    start = time.perf_counter()
    stability_intervals(result)
    stab_ms = 1000 * (time.perf_counter() - start)
    analyse(kb, result)  # once first: its modules load on first use
    totals = []
    for _ in range(5):
        start = time.perf_counter()
        analyse(kb, result)
        totals.append(1000 * (time.perf_counter() - start))
    total_ms = statistics.median(totals)
    print(
        f"stability intervals, {len(result.active_criteria)} criteria: {stab_ms:.0f} ms; "
        f"whole analysis "
        f"(10,000 samples, counterfactuals, agreement; median of 5 after a first run): "
        f"{total_ms:.0f} ms"
    )
    print(f"this process's peak RSS (scikit-criteria loaded): {mib(peak_rss_kib())}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        smaa_child(int(sys.argv[2]))
    else:
        main()
