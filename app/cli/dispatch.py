"""The headless commands' parser and dispatch, and argparse's words in Chinese.

One module per command (:mod:`app.cli.rank`, :mod:`app.cli.robustness`,
:mod:`app.cli.batch`), each with ``NAMES``, ``add_parser`` and ``run``; what they share
is :mod:`app.cli.common`. The window's ``--help`` lists them from here
(:func:`commands_help`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn, Protocol

import criteria
from app import __version__, files, presenter
from app.cli import batch, compare, rank, robustness
from app.cli.common import EXIT_BAD_INPUT, EXIT_NOT_VERIFIED, EXIT_SOME_REJECTED
from app.cli.names import language_of
from app.cli.rank import format_table


class Command(Protocol):
    """A command's module: its names, its arguments, and how it runs (an exit code)."""

    NAMES: tuple[str, ...]

    def add_parser(self, sub: Any, lang: str) -> None: ...  # noqa: D102

    def run(self, args: argparse.Namespace) -> int: ...  # noqa: D102


#: The commands, in the order ``--help`` lists them.
COMMANDS: tuple[Command, ...] = (rank, robustness, batch, compare)
__all__ = [
    "COMMANDS",
    "commands_help",
    "EXIT_BAD_INPUT",
    "EXIT_NOT_VERIFIED",
    "EXIT_SOME_REJECTED",
    "build_parser",
    "format_table",
    "main",
]

#: argparse's own messages (and the option checks' of :mod:`app.cli.common`) →
#: the catalogue's key for saying them in Chinese; the groups fill ``{0}``, ``{1}``...
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "args.required"),
    (r"unrecognized arguments: (.+)", "args.unrecognized"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", "args.invalid_choice"),
    (r"argument (\S+): expected one argument", "args.expected_one"),
    (r"argument (\S+): must be a whole number from 1 to (\S+), not (.+)", "args.samples"),
    (r"argument (\S+): must be a whole number, 0 or more, not (.+)", "args.seed"),
    (r"argument (\S+): must be a positive number, not (.+)", "args.positive"),
    (r"ambiguous option: (\S+) could match (.+)", "args.ambiguous"),
    (r"argument (\S+): (.+)", "args.other"),
)


def argparse_text(message: str, lang: str) -> str:
    """One of argparse's error messages in ``lang`` (as it is when no pattern fits)."""
    if lang != "zh":
        return message
    for pattern, key in _ARGPARSE_MESSAGES:
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return presenter.text(lang, key).format(*match.groups())
    return message


class _Parser(argparse.ArgumentParser):
    """One line and exit 2 for every bad command line, in the language of ``lang``."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> NoReturn:
        prefix = presenter.text(self.lang, "error.prefix").replace("export-advisor", self.prog)
        self.exit(EXIT_BAD_INPUT, f"{prefix}{argparse_text(message, self.lang)}\n")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser of the headless commands; errors are said in ``lang``."""
    parser = _Parser(
        prog="export-advisor",
        description="Rank cross-border e-commerce operating models for an SME, headless.",
        lang=lang,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for command in COMMANDS:
        command.add_parser(sub, lang)
    return parser


def commands_help() -> str:
    """The commands as the window's ``--help`` lists them: each usage, and what it does."""
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help for a in sub._choices_actions}
    lines = ["commands (no window; each has --help):"]
    for command in COMMANDS:
        name, *older = command.NAMES
        usage = " ".join(sub.choices[name].format_usage().removeprefix("usage: ").split())
        # An option and its value stay on one line: their space is kept from breaking.
        usage = re.sub(r"\[[^]]*\]", lambda m: m.group().replace(" ", "\0"), usage)
        usage = usage.replace(" [-h]", "")
        wrapped = textwrap.wrap(usage, 79, initial_indent="  ", subsequent_indent="        ")
        lines += [line.replace("\0", " ") for line in wrapped]
        also = f" (also called: {', '.join(older)})" if older else ""
        lines += textwrap.wrap(
            f"{helps[name]}{also}", 79, initial_indent="      ", subsequent_indent="      "
        )
    lines.append("  export-advisor --version")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> int:
    """Run a headless subcommand; bad input → one message on stderr and exit 2.

    Output a terminal cannot encode is escaped rather than failing; a reader that stops
    early (``rank ... | head -1``) ends the command quietly.
    """
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python's advice: point stdout at devnull so that its final flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str]) -> int:
    args = build_parser(language_of(argv)).parse_args(argv)
    try:
        command = next(c for c in COMMANDS if args.command in c.NAMES)
        return command.run(args)
    except (files.FileProblem, criteria.AnswerError, criteria.KnowledgeBaseError) as exc:
        lang = getattr(args, "lang", "en")
        said = presenter.one_line(presenter.error_text(exc, lang))
        print(presenter.text(lang, "error.prefix") + said, file=sys.stderr)
        return EXIT_BAD_INPUT
