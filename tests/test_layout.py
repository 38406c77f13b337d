"""Modules a reader can take in whole: none of the code is over 450 lines.

Data tables (the catalogue's words) are left out: they grow with the words, not with the
logic.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 450
DATA_TABLES = {
    ROOT / "app" / "catalogue" / f"{name}.py"
    for name in ("verdict", "report", "cli", "survey", "files")
}


def test_no_module_of_the_core_or_the_app_is_over_450_lines():
    modules = [p for folder in ("criteria", "app") for p in (ROOT / folder).rglob("*.py")]
    assert len(modules) > 50
    long = {
        str(p.relative_to(ROOT)): n
        for p in modules
        if p not in DATA_TABLES and (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}


def test_the_data_tables_left_out_are_only_tables():
    for path in DATA_TABLES:
        code = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(("def ", "class "))
        ]
        assert code == [], path
