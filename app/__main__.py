"""Entry point: ``export-advisor`` (also ``python -m app``).

With a subcommand (``rank``, ``robustness``) it runs headless; otherwise it starts the
desktop app, optionally opening an assessment file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli.names import COMMAND_NAMES

#: Every word that starts a headless command rather than the window.
HEADLESS_COMMANDS = {name for names in COMMAND_NAMES.values() for name in names}


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless commands or the desktop app."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in (*HEADLESS_COMMANDS, "--version"):
        from app import cli

        return cli.main(argv)
    from app.ui import start

    return start.main(argv)


if __name__ == "__main__":
    sys.exit(main())
