"""The bundle's spec and the installed package carry every file the app opens at run time.

A missing ``package-data`` entry or a file left out of packaging/bundle.py fails here,
without building anything.
"""

import re
import shutil
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402

import criteria  # noqa: E402
from app.ui import i18n  # noqa: E402


def files_the_app_opens() -> set[Path]:
    """Every data file read at run time: the knowledge base, translations, the icon."""
    kb = set(Path(criteria.knowledge.DATA_DIR).glob("*.toml"))
    qm = {i18n.qm_path(lang) for lang in i18n.LANGUAGES if lang != "en"}
    icon = set((ROOT / "app" / "ui" / "assets").glob("*"))
    return {p.resolve() for p in kb | qm | icon}


def test_the_bundle_holds_every_file_the_app_opens():
    bundled = {Path(src).resolve() for src, _ in bundle.data_files()}
    opened = files_the_app_opens()
    assert opened and all(p.exists() for p in opened), "run `make translations` first"
    assert opened <= bundled, opened - bundled
    for src, folder in bundle.data_files():  # each lands where the code looks for it
        assert Path(src).resolve().parent == (ROOT / folder).resolve()


def test_the_installed_package_holds_every_file_the_app_opens():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = project["tool"]["setuptools"]["package-data"]
    for path in files_the_app_opens():
        package, rest = path.relative_to(ROOT).parts[0], path.relative_to(ROOT).parts[1:]
        patterns = package_data.get(package, [])
        assert any(fnmatch("/".join(rest), pattern) for pattern in patterns), path


def test_the_spec_leaves_out_what_the_app_does_not_use():
    assert "skcriteria" in bundle.EXCLUDES and "PySide6.QtWebEngineCore" in bundle.EXCLUDES
    assert not set(bundle.QT_KEPT) & set(bundle.QT_UNUSED)
    spec = (ROOT / "packaging" / "export-advisor.spec").read_text(encoding="utf-8")
    assert "bundle.data_files()" in spec and "bundle.EXCLUDES" in spec
    compile(spec, "export-advisor.spec", "exec")


def test_the_desktop_entry_registers_for_json_only_when_asked():
    entry = (ROOT / "resources" / "export-advisor.desktop").read_text(encoding="utf-8")
    assert "Exec=export-advisor %f" in entry and "MimeType" not in entry
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert 'if [ -n "$(ASSOCIATE)" ]' in makefile


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_the_appstream_metainfo_is_valid():
    (metainfo,) = (ROOT / "resources").glob("*.metainfo.xml")
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _pins(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("==") for line in lines if line and not line.startswith("#"))
    return {_name(name): version.strip() for name, version in pairs}


def _name(name: str) -> str:
    """A distribution's name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def test_the_floors_make_floors_installs_are_the_ones_the_project_declares():
    """`make floors` runs the suite on requirements/floors.txt: it must pin exactly the
    lowest version of every run-time dependency pyproject.toml allows."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(n): v for n, v in (d.split(">=") for d in project["dependencies"])}
    assert _pins(ROOT / "requirements" / "floors.txt") == declared


def test_the_lock_pins_every_run_time_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = _pins(ROOT / "requirements" / "lock.txt")
    for dependency in project["dependencies"]:
        name, floor = dependency.split(">=")
        pinned = tuple(int(x) for x in lock[_name(name)].split(".")[:2])
        assert pinned >= tuple(int(x) for x in floor.split(".")[:2]), name
