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
from criteria import validation

PERSONAS = Path(__file__).resolve().parents[1] / "tests" / "data" / "personas.toml"


def personas(kb: criteria.KnowledgeBase) -> list[tuple[dict, tuple[str, ...], list[str]]]:
    """Each persona, the ranking's top two, and what disagrees with the expectation."""
    out = []
    for p in tomllib.loads(PERSONAS.read_text(encoding="utf-8"))["persona"]:
        result = criteria.assess(kb, p["answers"])
        top = result.ranking[:2]
        wrong = []
        if result.recommended not in p["first"]:
            wrong.append(f"recommended {result.recommended}, expected {' or '.join(p['first'])}")
        wrong += [f"{m} in the top two, not expected" for m in top if m not in p["top_two"]]
        wrong += [f"{m} in the top two, never expected" for m in top if m in p["never_top_two"]]
        out.append((p, top, wrong))
    return out


def main() -> int:
    kb = criteria.default()
    failed = False
    for direction in ("export", "import"):
        start = time.perf_counter()
        r = validation.report(kb, direction)
        took = time.perf_counter() - start
        print(
            f"\n{direction}: {r.rows:,} answer sets ({took:.1f} s); "
            f"none feasible: {r.none_feasible:.2%}"
        )
        print(f"  {'model':<19}{'first':>8}{'top two':>9}")
        for m in kb.model_ids:
            print(f"  {m:<19}{r.first_share[m]:>8.1%}{r.top_two_share[m]:>9.1%}")
        print(
            "  monotonicity violations (one step up, models that need it most): "
            + ", ".join(f"{q} {v} of {r.checked_steps[q]:,}" for q, v in r.monotonicity.items())
        )
        print("  one-step flip rate: " + ", ".join(f"{q} {v:.1%}" for q, v in r.flip_rate.items()))
        for problem in r.problems():
            print(f"  MISSED: {problem}")
            failed = True
    print("\npersonas:")
    for p, top, wrong in personas(kb):
        mark = "ok  " if not wrong else "FAIL"
        print(
            f"  {mark} {p['answers']['trade_direction']:<7}{p['id']:<26}top two: "
            f"{', '.join(top)}" + ("" if not wrong else f"  ({'; '.join(wrong)})")
        )
        failed |= bool(wrong)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
