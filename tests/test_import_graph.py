"""No import circles in the decision core or the application.

A circle makes a module's floor unreadable (each side needs the other) and hides import
order bugs behind function-level imports. grimp (import-linter's graph) reads every
import, lazy ones inside functions included.
"""

import grimp


def test_no_module_of_criteria_or_app_imports_itself_through_another():
    graph = grimp.build_graph("criteria", "app")
    circles = set()
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported == module or not imported.startswith(("criteria", "app")):
                continue
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                circles.add(" → ".join((module, *back)))
    assert sorted(circles) == []


def test_the_lazy_names_of_the_core_have_their_real_types_for_the_type_checker(tmp_path):
    """criteria.assess loads lazily, but mypy must see it, not Any (a typo must fail)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = tmp_path / "probe_types.py"
    probe.write_text(
        "import criteria\n"
        "reveal_type(criteria.assess)\n"
        "def f(r: criteria.RankingResult) -> None:\n"
        "    r.no_such_attribute\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", str(probe)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
        env={**os.environ, "MYPYPATH": str(Path(__file__).parents[1])},
    ).stdout
    assert "def (kb: criteria.knowledge.base.KnowledgeBase" in out
    assert '"RankingResult" has no attribute "no_such_attribute"' in out
