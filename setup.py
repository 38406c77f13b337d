"""Build hook: compile the Qt translations (.ts → .qm) into a built package.

``pip install .`` and ``pipx install .`` build a wheel from the sources, where the
compiled translations (build output, never committed) are missing; this compiles them
with PySide6's ``lrelease`` into the wheel. Everything else is in ``pyproject.toml``.
"""

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """``build_py`` that also writes app/i18n/*.qm from resources/translations/*.ts."""

    def run(self) -> None:
        """Build the package, then compile each translation into it."""
        super().run()
        import PySide6  # a build requirement (pyproject.toml)

        lrelease = Path(PySide6.__file__).parent / "lrelease"
        target = Path(self.build_lib) / "app" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
