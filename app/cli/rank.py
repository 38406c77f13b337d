"""``export-advisor rank ANSWERS.json``: the ranking of one SME, as a table, JSON or a report."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import criteria
from app import files, presenter
from app.catalogue import LANGUAGES
from app.cli.common import (
    EXIT_NOT_VERIFIED,
    VERIFY_HELP,
    WIDTH,
    add_as_of,
    say_opening_notes,
    verification,
)
from app.cli.names import COMMAND_NAMES
from app.presenter import clock as pclock
from app.presenter import respondents as presenter_respondents
from app.terminal import plain_table, wrap
from criteria.decision import respondents
from criteria.decision.since import since_saved

NAMES = COMMAND_NAMES["rank"]


def add_parser(sub: Any, lang: str) -> None:
    """The ``rank`` command's arguments."""
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
    add_as_of(rank)
    rank.add_argument(
        "--since-saved",
        action="store_true",
        help="say what moved a saved assessment's verdict since it was saved: the rules "
        "in force or added since, the advice then and now (JSON: since_saved)",
    )


def format_table(
    result: criteria.RankingResult,
    kb: criteria.KnowledgeBase,
    lang: str,
    since: list[str] | None = None,
) -> str:
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
    top: list[str] = []
    for line in since or []:
        top += wrap(line, WIDTH)
    top += wrap(v.headline, WIDTH)
    for line in (v.near_tie, v.confidence, v.cross_checks):
        top += wrap(line, WIDTH) if line else []
    if v.fit:
        top += wrap(v.fit, WIDTH)
    if result.route is not None:
        route = t("clock.route_label") + t("verdict.colon") + pclock.route_line(kb, result, lang)
        top += wrap(route, WIDTH)
    for line in (pclock.as_of_line(kb, result, lang), pclock.horizon_line(kb, result, lang)):
        top += wrap(line, WIDTH) if line else []
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


def run(args: argparse.Namespace) -> int:
    """The ``rank`` command."""
    json_file = args.json if args.json != "-" else None
    files.check_outputs([args.answers], [args.xlsx, json_file])
    kb = criteria.default()
    document, answers = files.load_answers(args.answers, kb)
    say_opening_notes(document, kb, args.lang)
    result = criteria.assess(kb, answers, on=args.as_of)
    checked = verification(result, args) if args.verify else None
    doc = result.to_dict()
    people = files.respondents_of(document, kb)
    panel = respondents.panel(kb, people, on=args.as_of) if people else None
    if panel is not None:  # each respondent's advice and the combination of the answers
        doc["respondents"] = panel.to_dict()
    since = since_saved(kb, document, result) if args.since_saved else None
    if since is not None:
        doc["since_saved"] = since
    if checked is not None:
        doc["verification"] = checked.to_dict()
    outputs: list[tuple[str, bytes]] = []
    if args.xlsx:
        from app.report.writer import report_bytes  # openpyxl is loaded only for a report
        from criteria.robustness import analysis as robustness

        data = report_bytes(
            args.xlsx,
            result,
            kb,
            lang=args.lang,
            robustness=robustness.analyse(kb, result, rank_reversal=args.verify),
            respondents=panel,
            **files.assessment_details(document),
        )
        outputs.append((args.xlsx, data))
    if args.json and args.json != "-":
        outputs.append((args.json, files.json_text(doc).encode("utf-8")))
    files.write_all(outputs)  # both files, or neither replaced
    if args.json == "-":
        sys.stdout.write(files.json_text(doc))
    if not args.json:
        lines = (
            None if since is None else pclock.since_lines(kb, since, result.direction, args.lang)
        )
        print(format_table(result, kb, args.lang, lines))
        if panel is not None:
            said = [presenter.text(args.lang, "respondents.title")]
            for line in presenter_respondents.panel_lines(kb, panel, args.lang):
                said += wrap("  " + line, WIDTH, indent="    ")
            print("\n" + "\n".join(said))
    return 0 if checked is None or checked.agrees else EXIT_NOT_VERIFIED
