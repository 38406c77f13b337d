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


def test_every_design_citation_points_into_the_design():
    """Code, data and docs cite "DESIGN §n" or "§n.m": each must be a section of
    docs/DESIGN.md, or an item of its numbered list."""
    import re

    design = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^## (\d+)\.", design, re.M))
    items = set()
    for number, body in re.findall(r"^## (\d+)\.[^\n]*\n(.*?)(?=^## |\Z)", design, re.M | re.S):
        items |= {f"{number}.{k}" for k in re.findall(r"^(\d+)\. \*\*", body, re.M)}
    cited = set()
    for path in [
        *ROOT.glob("criteria/**/*"),
        *ROOT.glob("app/**/*"),
        *ROOT.glob("tests/**/*"),
        *ROOT.glob("scripts/*"),
        ROOT / "README.md",
    ]:
        if path.is_file() and path.suffix in (".py", ".toml", ".md"):
            cited |= set(re.findall(r"DESIGN §(\d+(?:\.\d+)?)", path.read_text(encoding="utf-8")))
    assert cited and cited <= sections | items, cited - sections - items
