"""Run the command line in process (fast), or as a real subprocess (smoke tests)."""

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass


@dataclass
class Outcome:
    """What a command printed and its exit code, like ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


def run(*args, cwd=None) -> Outcome:
    """``export-advisor ARGS`` through :func:`app.__main__.main`, in this process."""
    from app.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    before = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse: --help, --version, usage errors
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
                if isinstance(exc.code, str):
                    err.write(exc.code)
    finally:
        os.chdir(before)
    return Outcome(code, out.getvalue(), err.getvalue())


def run_process(*args, cwd=None) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` as a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )
