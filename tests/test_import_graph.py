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
