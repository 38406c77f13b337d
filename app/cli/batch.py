"""``export-advisor batch IN.csv|IN.xlsx``: every row of a survey ranked, as CSV or .xlsx."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import criteria
from app import presenter
from app.catalogue import LANGUAGES
from app.cli.common import EXIT_BAD_INPUT, EXIT_SOME_REJECTED, add_as_of, confidence_samples
from app.cli.names import COMMAND_NAMES

NAMES = COMMAND_NAMES["batch"]


def add_parser(sub: Any, lang: str) -> None:
    """The ``batch`` command's arguments."""
    batch = sub.add_parser(
        "batch",
        help="assess every row of a survey (CSV or .xlsx; columns named by question id)",
        lang=lang,
    )
    batch.add_argument("survey", metavar="IN.csv|IN.xlsx", help="one SME's answers per row")
    batch.add_argument("--xlsx", metavar="OUT.xlsx", help="results, summary and errors")
    batch.add_argument(
        "--csv", metavar="OUT.csv", help="results (rejected rows beside it: OUT.errors.csv)"
    )
    batch.add_argument(
        "--samples",
        type=confidence_samples,
        help="weightings per SME for the confidence (default: the rule's 4,000, as rank "
        "uses; fewer is faster and coarser; 0 skips the confidence)",
    )
    batch.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the labels (default: en)"
    )
    add_as_of(batch)


def run(args: argparse.Namespace) -> int:
    """The ``batch`` command: 0 all rows good, 3 some rejected, 2 nothing read."""
    from app import survey

    kb = criteria.default()
    t = presenter.words(args.lang)
    shown = [False]

    def progress(done: int, total: int) -> bool:
        """Rows done, on one line of a terminal's stderr (a file or pipe gets nothing)."""
        line = t("note.prefix") + t("batch.progress", done=done, total=total)
        sys.stderr.write(f"\r{line}")
        sys.stderr.flush()
        shown[0] = True
        return True

    try:
        try:
            outcome = survey.run(
                args.survey,
                kb,
                csv_out=args.csv,
                xlsx_out=args.xlsx,
                lang=args.lang,
                samples=args.samples,
                on=args.as_of,
                progress=progress if sys.stderr.isatty() else None,
            )
        finally:
            if shown[0]:
                sys.stderr.write("\n")
    except survey.BatchError as exc:
        print(t("error.prefix") + presenter.one_line(exc.message(args.lang)), file=sys.stderr)
        return EXIT_BAD_INPUT
    where = (
        args.xlsx
        if args.xlsx
        else str(survey.errors_path(args.csv))
        if args.csv
        else t("batch.sheet.errors")
    )
    for line in survey.error_lines(outcome.totals, args.lang, str(where)):
        print(t("error.prefix") + line, file=sys.stderr)
    print("\n".join(survey.summary_lines(outcome, kb, args.lang)))
    return EXIT_SOME_REJECTED if outcome.exit_code else 0
