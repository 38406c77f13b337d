"""The headless commands: ``rank``, ``robustness``, ``batch``.

Every start reads this package (the entry point asks :mod:`app.cli.names` which words
are commands), so it imports nothing until a command runs: the parser and the dispatch
are :mod:`app.cli.dispatch`, one module per command beside it.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    """Run a headless command (:func:`app.cli.dispatch.main`)."""
    from app.cli.dispatch import main as run

    return run(argv)
