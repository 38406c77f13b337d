"""Print how the advice behaves over the whole answer space, and the persona suite.

Usage: python scripts/validate.py  (or ``make validate``). Exits 1 when a target of
DESIGN §2.6 is missed, a monotonicity check fails or a persona disagrees.
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

import criteria
from criteria import markets, validation
from criteria import personas as suite

PERSONAS = Path(__file__).resolve().parents[1] / "tests" / "data" / "personas.toml"


def personas(kb: criteria.KnowledgeBase) -> list[tuple[dict, tuple[str, ...], list[str]]]:
    """Each persona, the top two routes offered, and what disagrees with the expectation."""
    out = []
    for p in tomllib.loads(PERSONAS.read_text(encoding="utf-8"))["persona"]:
        result = criteria.assess(kb, p["answers"], on=suite.persona_date(p))
        out.append((p, suite.offered(result)[:2], suite.persona_problems(result, p)))
    return out


def main() -> int:
    kb = criteria.default()
    failed = False
    spaces = [("export", d) for d in validation.destinations(kb)] + [("import", None)]
    for n, (direction, destination) in enumerate(spaces):
        start = time.perf_counter()
        # the one-step flip rates of every question for the first market and for import
        flips = n == 0 or direction == "import"
        r = validation.report(kb, direction, destination=destination, flips=flips)
        took = time.perf_counter() - start
        where = f"{direction} to {destination}" if destination else direction
        print(
            f"\n{where}: {r.rows:,} answer sets ({took:.1f} s); "
            f"none feasible: {r.none_feasible:.2%}"
        )
        print(
            f"  {'model':<19}{'first':>8}{'top two':>9}"
            "  (top two: among feasible roles that serve the goal)"
        )
        for m in kb.model_ids:
            print(f"  {m:<19}{r.first_share[m]:>8.1%}{r.top_two_share[m]:>9.1%}")
        print(
            "  monotonicity violations (one step up, models that need it most): "
            + ", ".join(f"{q} {v} of {r.checked_steps[q]:,}" for q, v in r.monotonicity.items())
        )
        print(
            "  goal gate: recommendations that cannot serve the goal while a feasible role "
            f"that can exists: {r.goal_violations}; answer sets with a role set apart by it: "
            f"{r.goal_gated_share:.1%}"
        )
        print(
            "  reversals (one step more policy exposure lifts a more exposed role; one step "
            "more risk appetite lowers a riskier role): "
            + ", ".join(f"{q} {v} of {r.reversal_steps[q]:,}" for q, v in r.reversals.items())
        )
        print(f"  near-ties (another role within the tie band): {r.near_tie_share:.1%}")
        if r.flip_rate:
            print(
                "  one-step flip rate: " + ", ".join(f"{q} {v:.1%}" for q, v in r.flip_rate.items())
            )
        for problem in r.problems():
            print(f"  MISSED: {problem}")
            failed = True
    varies, versus = markets.destination_spread(kb)
    print(
        f"\ndestinations: the export advice differs between markets for {varies:.1%} of answer "
        "sets; differs from the United States' for "
        + ", ".join(f"{d} {share:.1%}" for d, share in versus.items() if d != "us")
    )
    print("dated rules: share of the answer sets each reaches whose advice it changes that day")
    for event, (share, n) in markets.event_effects(kb).items():
        print(f"  {event:<34}{share:>7.1%}  of {n:,}")
    print("\nlevels per role (sourced / estimates, of one per criterion):")
    counts = validation.sourcing(kb)
    for d in ("export", "import"):
        print(
            f"  {d:<7}"
            + "  ".join(f"{m} {counts[(m, d)][0]}/{counts[(m, d)][1]}" for m in kb.model_ids)
        )
    print(
        f"  in all: {sum(s for s, _ in counts.values())} sourced, "
        f"{sum(e for _, e in counts.values())} estimates"
    )
    print("\npersonas (known: the tool is judged wrong and the persona says why):")
    rows = personas(kb)
    for p, top, wrong in rows:
        known = "disagreement" in p
        mark = ("known" if wrong else "FIXED") if known else ("ok   " if not wrong else "FAIL ")
        print(
            f"  {mark} {p['answers']['trade_direction']:<7}{p['id']:<40}top two: "
            f"{', '.join(top)}" + ("" if not wrong else f"  ({'; '.join(wrong)})")
        )
        failed |= bool(wrong) != known
    agree = sum(not wrong for _, _, wrong in rows)
    print(f"  {agree} of {len(rows)} personas agree with the expectation written before the run")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
