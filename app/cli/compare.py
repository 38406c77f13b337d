"""``export-advisor compare A.json B.json [C.json …]``: assessments side by side."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import criteria
from app import files, presenter
from app.catalogue import LANGUAGES
from app.cli.common import WIDTH, add_as_of, say_opening_notes
from app.cli.names import COMMAND_NAMES
from app.presenter import scenarios as pscenarios
from app.terminal import clip, plain_table, wrap
from criteria.decision import scenarios

NAMES = COMMAND_NAMES["compare"]
#: The widest cell of the terminal table (the JSON holds every answer whole).
CELL = 26


def add_parser(sub: Any, lang: str) -> None:
    """The ``compare`` command's arguments."""
    cmp = sub.add_parser(
        "compare",
        help="put two to four saved assessments or answers files side by side",
        lang=lang,
    )
    cmp.add_argument(
        "answers",
        metavar="ANSWERS.json",
        nargs="+",
        help=f"{scenarios.MIN_SCENARIOS} to {scenarios.MAX_SCENARIOS} answers files",
    )
    cmp.add_argument(
        "--json", metavar="OUT.json", help="write the comparison as JSON ('-': standard output)"
    )
    cmp.add_argument("--xlsx", metavar="OUT.xlsx", help="write the comparison as a workbook")
    cmp.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the table (default: en)"
    )
    add_as_of(cmp)


def format_table(kb: criteria.KnowledgeBase, comparison: Any, lang: str) -> str:
    """The answers and results side by side, then one sentence per pair."""
    rows = [[presenter.text(lang, "scenario.answer"), *comparison.names]]
    rows += pscenarios.table_rows(kb, comparison, lang, shared=False)
    rows = [[clip(cell, CELL) for cell in row] for row in rows]
    lines = [presenter.text(lang, "scenario.shared_hidden"), "", *plain_table(rows), ""]
    for d in comparison.differences:
        lines += wrap(pscenarios.pair_sentence(kb, comparison, d, lang), WIDTH)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """The ``compare`` command."""
    t = presenter.words(args.lang)
    count = len(args.answers)
    if not scenarios.MIN_SCENARIOS <= count <= scenarios.MAX_SCENARIOS:
        print(
            t("error.prefix")
            + t(
                "scenario.count",
                low=scenarios.MIN_SCENARIOS,
                high=scenarios.MAX_SCENARIOS,
                count=count,
            ),
            file=sys.stderr,
        )
        return 2
    json_file = args.json if args.json != "-" else None
    files.check_outputs(list(args.answers), [json_file, args.xlsx])
    kb = criteria.default()
    loaded = [files.load_answers(path, kb) for path in args.answers]
    for document, _ in loaded:
        say_opening_notes(document, kb, args.lang)
    names = pscenarios.unique_names(
        [pscenarios.scenario_name(p, d) for p, (d, _) in zip(args.answers, loaded, strict=True)]
    )
    comparison = scenarios.compare(
        kb, [(n, a) for n, (_, a) in zip(names, loaded, strict=True)], on=args.as_of
    )
    doc = comparison.to_dict()
    outputs: list[tuple[str, bytes]] = []
    if args.xlsx:
        from app.report.scenarios import scenarios_bytes  # openpyxl only for a workbook

        outputs.append((args.xlsx, scenarios_bytes(args.xlsx, kb, comparison, args.lang)))
    if json_file:
        outputs.append((json_file, files.json_text(doc).encode("utf-8")))
    files.write_all(outputs)  # all, or none replaced
    if args.json == "-":
        sys.stdout.write(files.json_text(doc))
    if not args.json and not args.xlsx:
        print(format_table(kb, comparison, args.lang))
    return 0
