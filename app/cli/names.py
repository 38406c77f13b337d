"""The commands' names, and the language a command line asks for.

The entry point reads the names to tell a command from a file; the language is read
before a command line is parsed, and when a command is cut short.
"""

from collections.abc import Sequence

#: Each command's names, in the order ``--help`` lists them: its name, then any older
#: names it still answers to.
COMMAND_NAMES: dict[str, tuple[str, ...]] = {
    "rank": ("rank",),
    "robustness": ("robustness", "sensitivity"),
    "batch": ("batch",),
    "compare": ("compare",),
}


def language_of(argv: Sequence[str]) -> str:
    """The ``--lang`` given in ``argv``; ``"en"`` if none.

    Read before parsing, so that parse errors are said in it; ``--lang=zh`` and
    abbreviations such as ``--la zh`` count, as they do for argparse.
    """
    from app.catalogue import LANGUAGES  # here, not above: every start reads this module

    lang = "en"
    for k, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) >= 3 and "--lang".startswith(name):
            if not eq:
                value = argv[k + 1] if k + 1 < len(argv) else ""
            lang = value if value in LANGUAGES else lang
    return lang
