"""What the commands share: exit codes, argument validators, opening notes, --verify.

Below the package's parser (:mod:`app.cli`) and its commands' modules, so that neither
needs the other's helpers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from typing import Any

import criteria
from app import files, presenter
from criteria.knowledge.policy import parse_date
from criteria.robustness import analysis as robustness

EXIT_BAD_INPUT = 2
#: Exit code of ``batch`` when some rows were rejected (the good ones are written).
EXIT_SOME_REJECTED = 3
#: Exit code when scikit-criteria does not confirm the numpy ranking (--verify).
EXIT_NOT_VERIFIED = 4
#: The terminal width the table and the verdict fit.
WIDTH = 80
VERIFY_HELP = (
    "re-run the ranking through scikit-criteria, the reference, and say whether it agrees "
    "(exit 4 if not); also runs the rank-reversal check (slower: loads scikit-criteria)"
)
#: The robustness analysis's defaults, for the options that set them.
DEFAULT_SAMPLES = robustness.DEFAULT_SAMPLES
DEFAULT_SEED = robustness.DEFAULT_SEED


def samples_count(text: str) -> int:
    """``--samples``: a whole number from 1 to :data:`criteria.robustness.smaa.MAX_SAMPLES`."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if not 1 <= value <= robustness.MAX_SAMPLES:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {robustness.MAX_SAMPLES:,}, not {text!r}"
        )
    return value


def confidence_samples(text: str) -> int:
    """``batch --samples``: a whole number from 0 to the most samples SMAA allows."""
    return 0 if text.strip() == "0" else samples_count(text)


def seed_value(text: str) -> int:
    """``--seed``: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more, not {text!r}")
    return value


def concentration_value(text: str) -> float:
    """``--concentration``: a positive number."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text!r}")
    return value


AS_OF_HELP = (
    "assess with the dated rules in force on this day, YYYY-MM-DD (default: today); "
    "the timeline runs from it over the SME's horizon"
)


def as_of_value(text: str) -> dt.date:
    """``--as-of``: a date of the form YYYY-MM-DD."""
    try:
        return parse_date(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date of the form YYYY-MM-DD (e.g. 2026-07-01), not {text!r}"
        ) from None


def add_as_of(parser: Any) -> None:
    """The ``--as-of`` option of the commands that assess."""
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", type=as_of_value, help=AS_OF_HELP)


def say_opening_notes(document: Any, kb: criteria.KnowledgeBase, lang: str) -> None:
    """What a saved assessment's reader should know (newer app, other knowledge base...)."""
    t = presenter.words(lang)
    for key, fields in files.opening_notes(document, kb):
        print(t("note.prefix") + presenter.one_line(t(key, **fields)), file=sys.stderr)


def verification(result: criteria.RankingResult, args: argparse.Namespace) -> Any:
    """``--verify``: scikit-criteria re-runs ``result``; one line on stderr says how it went."""
    from criteria.decision import verify

    checked = verify.verify(result)
    t = presenter.words(args.lang)
    if checked.agrees:
        line = t("verify.agrees", diff=checked.max_difference)
    else:
        methods = t.sep.join(
            presenter.method_name(m, args.lang) if m != verify.RULE else m
            for m in checked.disagreeing
        )
        line = t("verify.differs", methods=methods, diff=checked.max_difference)
    print(line, file=sys.stderr)
    return checked
