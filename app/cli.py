"""Headless commands: ``export-advisor rank ANSWERS.json [--json OUT] [--xlsx OUT] [--lang]``.

Also ``export-advisor sensitivity ANSWERS.json [--samples N] [--json OUT]``, run by
:mod:`app.cli_sensitivity`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import criteria
from app import __version__, cli_sensitivity, files, verdict

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every bad input
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser of the headless subcommands."""
    parser = _Parser(
        prog="export-advisor",
        description="Rank cross-border e-commerce operating models for an SME, headless.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    rank = sub.add_parser("rank", help="rank the six models for an answers file")
    rank.add_argument("answers", metavar="ANSWERS.json", help="the questionnaire answers")
    rank.add_argument(
        "--json", metavar="OUT.json", help="write the full result as JSON ('-': to standard output)"
    )
    rank.add_argument("--xlsx", metavar="OUT.xlsx", help="write the Excel recommendation")
    rank.add_argument(
        "--lang",
        choices=("en", "zh"),
        default="en",
        help="language of the table and the report (default: en)",
    )
    sens = sub.add_parser("sensitivity", help="how robust the ranking is for an answers file")
    sens.add_argument("answers", metavar="ANSWERS.json", help="the questionnaire answers")
    sens.add_argument(
        "--samples",
        type=cli_sensitivity.samples_count,
        default=cli_sensitivity.sensitivity.DEFAULT_SAMPLES,
        help="weight samples for the rank acceptability (default: 10,000)",
    )
    sens.add_argument(
        "--seed",
        type=cli_sensitivity.seed_value,
        default=cli_sensitivity.sensitivity.DEFAULT_SEED,
        help="seed of the weight samples (default: %(default)s)",
    )
    sens.add_argument(
        "--concentration",
        type=cli_sensitivity.concentration_value,
        help="sample around the current weights, Dirichlet(K·w), instead of uniformly",
    )
    sens.add_argument("--json", metavar="OUT.json", help="write the full analysis as JSON")
    sens.add_argument(
        "--lang", choices=("en", "zh"), default="en", help="language of the summary (default: en)"
    )
    return parser


def _width(s: str) -> int:
    """Terminal columns of ``s``: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def format_table(result: criteria.RankingResult, kb: criteria.KnowledgeBase, lang: str) -> str:
    """The verdict, then a plain-text table: the rule's order, fit and each method's rank."""
    zh = lang == "zh"
    v = verdict.verdict(kb, result, lang)
    head = [
        "#",
        "角色" if zh else "Role",
        "契合度" if zh else "Fit",
        *(m.upper() for m in result.methods),
    ]
    rows = []
    for model_id in result.ranking:
        i = result.models.index(model_id)
        name = verdict.role(kb, model_id, result.direction, lang)
        rank = str(result.rank_of(model_id)) if result.is_feasible(model_id) else "—"
        cells = [rank, name, f"{100 * result.fit[i]:.0f}"]
        cells += [str(result.ranks[m][i]) for m in result.methods]
        rows.append(cells)
    widths = [max(_width(r[c]) for r in [head, *rows]) for c in range(len(head))]
    lines = [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in [head, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    top = [v.headline] + ([v.confidence] if v.confidence else [])
    if v.not_feasible:
        top.append(verdict.text(lang, "not_feasible") + verdict.text(lang, "colon").rstrip())
        top += [f"  {line}" for line in v.not_feasible_lines()]
    note = (
        "契合度：按固定量表的加权和（0–100），可行模式优先；“—”为当前不可行；"
        "TOPSIS等列为各方法的名次（方法一致性参考）。"
        if zh
        else "Fit: weighted sum on fixed scales (0–100), feasible models first; — marks a model "
        "not feasible now; the method columns give each method's rank (method agreement)."
    )
    if result.constant_criteria:
        names = ", ".join(kb.criterion(c).name.get(lang) for c in result.constant_criteria)
        note += (
            f"\n各模式相同、不影响排名的准则：{names}"
            if zh
            else f"\nEqual for every model, so they cannot change the order: {names}"
        )
    return "\n".join(top) + "\n\n" + "\n".join(lines) + "\n\n" + note


def run_rank(args: argparse.Namespace) -> int:
    """The ``rank`` subcommand."""
    kb = criteria.default()
    document, answers = files.load_answers(args.answers, kb)
    result = criteria.assess(kb, answers)
    if args.xlsx:
        from app.report import write_report  # openpyxl is loaded only for a report
        from criteria import sensitivity

        write_report(
            args.xlsx,
            result,
            kb,
            lang=args.lang,
            sensitivity=sensitivity.analyse(kb, result),
            **files.assessment_details(document),
        )
    if args.json == "-":
        sys.stdout.write(files.json_text(result.to_dict()))
    elif args.json:
        files.write_json(args.json, result.to_dict())
    if not args.json:
        print(format_table(result, kb, args.lang))
    return 0


def main(argv: Sequence[str]) -> int:
    """Run a headless subcommand; bad input → one message on stderr and exit 2."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "sensitivity":
            return cli_sensitivity.run(args)
        return run_rank(args)
    except (files.FileProblem, criteria.AnswerError, criteria.KnowledgeBaseError) as exc:
        print(f"export-advisor: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
