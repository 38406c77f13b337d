"""The headless commands: ``rank``, ``robustness``, ``batch``.

Every start reads this package (the entry point asks :mod:`app.cli.names` which words
are commands), so it imports nothing until a command runs: the parser and the dispatch
are :mod:`app.cli.dispatch`, one module per command beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

#: The exit codes of a command stopped by SIGINT (Ctrl-C) and by SIGTERM, as shells give.
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class Terminated(BaseException):
    """SIGTERM, raised where the command is, so that it unwinds as Ctrl-C does."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str]) -> int:
    """Run a headless command (:func:`app.cli.dispatch.main`).

    Ctrl-C or SIGTERM end it with one line and exit 130 or 143, never a traceback; a
    write in progress removes its temporary files as it unwinds, so nothing is
    half-written and nothing is left behind.
    """
    import signal

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        from app.cli.dispatch import main as run

        return run(argv)
    except KeyboardInterrupt:
        return _stopped(argv, EXIT_INTERRUPTED)
    except Terminated:
        return _stopped(argv, EXIT_TERMINATED)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stopped(argv: Sequence[str], code: int) -> int:
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C cannot cut the line
    from app import files, presenter
    from app.cli.names import language_of

    lang = language_of(argv)
    written = files.replaced()
    said = (
        presenter.text(lang, "cli.interrupted_after", files=", ".join(written))
        if written
        else presenter.text(lang, "cli.interrupted")
    )
    print(presenter.text(lang, "note.prefix") + said, file=sys.stderr)
    return code
