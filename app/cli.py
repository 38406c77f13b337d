"""Headless commands: ``export-advisor rank ANSWERS.json [--json OUT] [--xlsx OUT] [--lang]``.

Also ``export-advisor robustness ANSWERS.json [--samples N] [--json OUT]``, run by
:mod:`app.cli_robustness`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import criteria
from app import __version__, cli_common, cli_robustness, files, presenter
from app.catalogue import LANGUAGES, plain_table, wrap
from app.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_VERIFIED,
    concentration_value,
    confidence_samples,
    samples_count,
    say_opening_notes,
    seed_value,
    verification,
)

VERIFY_HELP = (
    "re-run the ranking through scikit-criteria, the reference, and say whether it agrees "
    "(exit 4 if not); also runs the rank-reversal check (slower: loads scikit-criteria)"
)
#: Terminal columns the printed output keeps within.
WIDTH = 80


#: argparse's own messages (and the option checks' of :mod:`app.cli_robustness`) →
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


def language_of(argv: Sequence[str]) -> str:
    """The ``--lang`` given in ``argv``; ``"en"`` if none.

    Read before parsing, so that parse errors are said in it; ``--lang=zh`` and
    abbreviations such as ``--la zh`` count, as they do for argparse.
    """
    lang = "en"
    for k, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) >= 3 and "--lang".startswith(name):
            if not eq:
                value = argv[k + 1] if k + 1 < len(argv) else ""
            lang = value if value in LANGUAGES else lang
    return lang


class _Parser(argparse.ArgumentParser):
    """One line and exit 2 for every bad command line, in the language of ``lang``."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> NoReturn:
        prefix = presenter.text(self.lang, "error.prefix").replace("export-advisor", self.prog)
        self.exit(EXIT_BAD_INPUT, f"{prefix}{argparse_text(message, self.lang)}\n")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser of the headless subcommands; errors are said in ``lang``."""
    parser = _Parser(
        prog="export-advisor",
        description="Rank cross-border e-commerce operating models for an SME, headless.",
        lang=lang,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    rank = sub.add_parser("rank", help="rank the six models for an answers file", lang=lang)
    rank.add_argument("answers", metavar="ANSWERS.json", help="the questionnaire answers")
    rank.add_argument(
        "--json", metavar="OUT.json", help="write the full result as JSON ('-': to standard output)"
    )
    rank.add_argument("--xlsx", metavar="OUT.xlsx", help="write the Excel recommendation")
    rank.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="language of the table and the report (default: en)",
    )
    rank.add_argument("--verify", action="store_true", help=VERIFY_HELP)
    sens = sub.add_parser(
        "robustness",
        aliases=["sensitivity"],  # its name in earlier versions
        help="how firm the ranking is for an answers file",
        lang=lang,
    )
    sens.add_argument("answers", metavar="ANSWERS.json", help="the questionnaire answers")
    sens.add_argument(
        "--samples",
        type=samples_count,
        default=cli_common.DEFAULT_SAMPLES,
        help="weight samples for the rank acceptability (default: 10,000)",
    )
    sens.add_argument(
        "--seed",
        type=seed_value,
        default=cli_common.DEFAULT_SEED,
        help="seed of the weight samples (default: %(default)s)",
    )
    sens.add_argument(
        "--concentration",
        type=concentration_value,
        help="sample around the current weights, each weighting perturbed by "
        "Dirichlet(K, …, K), instead of uniformly (K = 4 draws like the confidence)",
    )
    sens.add_argument("--json", metavar="OUT.json", help="write the full analysis as JSON")
    sens.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the summary (default: en)"
    )
    sens.add_argument("--verify", action="store_true", help=VERIFY_HELP)
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
    return parser


def format_table(result: criteria.RankingResult, kb: criteria.KnowledgeBase, lang: str) -> str:
    """The verdict, then a plain-text table: the rule's order, fit and each method's rank.

    Fits 80 terminal columns (Chinese characters count two): the table names each model's
    role in a few words, and the verdict wraps.
    """
    t = presenter.words(lang)
    v = presenter.verdict(kb, result, lang)
    rows = [["#", t("cli.role"), t("cli.fit"), *(m.upper() for m in result.methods)]]
    for model_id in result.ranking:
        i = result.models.index(model_id)
        offered = result.is_feasible(model_id) and model_id not in result.goal_gated
        rank = str(result.rank_of(model_id)) if offered else "—"
        rows.append(
            [
                rank,
                presenter.short_role(kb, model_id, result.direction, lang),
                f"{100 * result.fit[i]:.0f}",
                *(str(result.ranks[m][i]) for m in result.methods),
            ]
        )
    top = wrap(v.headline, WIDTH)
    for line in (v.near_tie, v.confidence, v.cross_checks):
        top += wrap(line, WIDTH) if line else []
    if v.fit:
        top += wrap(v.fit, WIDTH)
    if v.reasons:
        top.append(t("verdict.reasons") + t("verdict.colon").rstrip())
        for reason in v.reasons:
            top += wrap("  • " + reason, WIDTH, indent="    ")
    if v.alternative:
        top += wrap(v.alternative, WIDTH)
    if v.not_feasible:
        top.append(t("verdict.not_feasible") + t("verdict.colon").rstrip())
        for line in v.not_feasible_lines():
            top += wrap("  " + line, WIDTH, indent="    ")
    if v.gated:
        top += wrap(v.gated_title + t("verdict.colon").rstrip(), WIDTH)
        for line in v.gated_lines():
            top += wrap("  " + line, WIDTH, indent="    ")
    for line in v.notes:
        top += wrap(t("verdict.notes_label") + t("verdict.colon") + line, WIDTH)
    note = wrap(t("cli.note"), WIDTH)
    if result.constant_criteria:
        names = t.sep.join(kb.criterion(c).name.get(lang) for c in result.constant_criteria)
        note += wrap(t("cli.constant", names=names), WIDTH)
    return "\n".join([*top, "", *plain_table(rows), "", *note])


def run_rank(args: argparse.Namespace) -> int:
    """The ``rank`` subcommand."""
    kb = criteria.default()
    document, answers = files.load_answers(args.answers, kb)
    say_opening_notes(document, kb, args.lang)
    result = criteria.assess(kb, answers)
    checked = verification(result, args) if args.verify else None
    doc = result.to_dict()
    if checked is not None:
        doc["verification"] = checked.to_dict()
    outputs: list[tuple[str, bytes]] = []
    if args.xlsx:
        from app.report.writer import report_bytes  # openpyxl is loaded only for a report
        from criteria import robustness

        data = report_bytes(
            args.xlsx,
            result,
            kb,
            lang=args.lang,
            robustness=robustness.analyse(kb, result, rank_reversal=args.verify),
            **files.assessment_details(document),
        )
        outputs.append((args.xlsx, data))
    if args.json and args.json != "-":
        outputs.append((args.json, files.json_text(doc).encode("utf-8")))
    files.write_all(outputs)  # both files, or neither replaced
    if args.json == "-":
        sys.stdout.write(files.json_text(doc))
    if not args.json:
        print(format_table(result, kb, args.lang))
    return 0 if checked is None or checked.agrees else EXIT_NOT_VERIFIED


#: Exit code of ``batch`` when some rows were rejected (the good ones are written).
EXIT_SOME_REJECTED = 3


def run_batch(args: argparse.Namespace) -> int:
    """The ``batch`` subcommand: 0 all rows good, 3 some rejected, 2 nothing read."""
    from app import batch

    kb = criteria.default()
    t = presenter.words(args.lang)
    try:
        outcome = batch.run(
            args.survey,
            kb,
            csv_out=args.csv,
            xlsx_out=args.xlsx,
            lang=args.lang,
            samples=args.samples,
        )
    except batch.BatchError as exc:
        print(t("error.prefix") + presenter.one_line(exc.message(args.lang)), file=sys.stderr)
        return EXIT_BAD_INPUT
    where = (
        args.xlsx
        if args.xlsx
        else str(batch.errors_path(args.csv))
        if args.csv
        else t("batch.sheet.errors")
    )
    for line in batch.error_lines(outcome.survey, args.lang, str(where)):
        print(t("error.prefix") + line, file=sys.stderr)
    print("\n".join(batch.summary_lines(outcome, kb, args.lang)))
    return EXIT_SOME_REJECTED if outcome.survey.rejected else 0


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
        if args.command in ("robustness", "sensitivity"):
            return cli_robustness.run(args)
        if args.command == "batch":
            return run_batch(args)
        return run_rank(args)
    except (files.FileProblem, criteria.AnswerError, criteria.KnowledgeBaseError) as exc:
        lang = getattr(args, "lang", "en")
        said = presenter.one_line(presenter.error_text(exc, lang))
        print(presenter.text(lang, "error.prefix") + said, file=sys.stderr)
        return EXIT_BAD_INPUT
