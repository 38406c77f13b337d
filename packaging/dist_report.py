"""``make dist`` and ``make dist-check``: the bundle's size, and that it works like the venv.

Run: ``.venv/bin/python packaging/dist_report.py size|check [DIST]``.

- ``size`` prints the bundle's total and what takes the space (the largest parts).
- ``check`` runs the built binary: ``--version``; ``rank`` on the sample answers, its
  JSON compared byte for byte with the venv's; ``robustness --json``, likewise; and the
  window with ``--quit-after-startup`` offscreen. Any difference fails (exit 1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "export-advisor"
#: The size the bundle must stay within (MB of 10^6 bytes).
LIMIT_MB = 350


def size_of(path: Path) -> int:
    """Bytes under ``path`` (files only, symlinks not followed)."""
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def size(dist: Path) -> int:
    """Print the bundle's size and its largest parts; exit 1 over the limit."""
    total = size_of(dist)
    internal = dist / "_internal"
    parts = sorted(((size_of(p), p.name) for p in internal.iterdir()), reverse=True)[:12]
    print(f"bundle {dist}: {total / 1e6:.0f} MB (limit {LIMIT_MB} MB)")
    for n, name in parts:
        print(f"  {n / 1e6:7.1f} MB  {name}")
    return 0 if total <= LIMIT_MB * 1e6 else 1


def check(dist: Path) -> int:
    """Run the binary as a user would and compare its output with the venv's."""
    binary = dist / "export-advisor"
    venv = [sys.executable, "-m", "app"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.json"
        sample = json.loads((ROOT / "packaging" / "sample-answers.json").read_text("utf-8"))
        answers.write_text(json.dumps(sample), encoding="utf-8")
        version = subprocess.run([binary, "--version"], capture_output=True, text=True)
        expected = subprocess.run([*venv, "--version"], capture_output=True, text=True)
        if version.returncode or version.stdout != expected.stdout:
            failures.append(f"--version: {version.stdout!r} {version.stderr!r}")
        for command in (["rank"], ["robustness", "--samples", "2000"]):
            outs = []
            for exe, name in ((binary,), "bundle"), ((*venv,), "venv"):
                target = Path(tmp) / f"{command[0]}-{name}.json"
                done = subprocess.run(
                    [*exe, command[0], str(answers), *command[1:], "--json", str(target)],
                    capture_output=True,
                    text=True,
                    env=env,
                )
                if done.returncode:
                    failures.append(f"{name} {command[0]}: {done.stderr.strip()}")
                outs.append(target.read_bytes() if target.exists() else b"")
            if outs[0] != outs[1]:
                failures.append(f"{command[0]} --json: the bundle's output differs from the venv's")
        window = subprocess.run(
            [binary, "--quit-after-startup"], capture_output=True, text=True, env=env, timeout=120
        )
        if window.returncode:
            failures.append(f"--quit-after-startup: exit {window.returncode} {window.stderr}")
    for failure in failures:
        print("dist-check:", failure)
    print("dist-check:", "failed" if failures else "the bundle works like the venv")
    return 1 if failures else 0


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "size"
    dist = Path(sys.argv[2]) if len(sys.argv) > 2 else DIST
    sys.exit(size(dist) if what == "size" else check(dist))
