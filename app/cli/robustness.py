"""``export-advisor robustness ANSWERS.json``: the robustness analysis, headless.

``export-advisor robustness ANSWERS.json [--samples N] [--seed N] [--concentration K]
[--json OUT] [--lang en|zh]``
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import criteria
from app import files, presenter
from app.catalogue import LANGUAGES
from app.cli import common as cli_common
from app.cli.common import (
    VERIFY_HELP,
    add_as_of,
    concentration_value,
    samples_count,
    seed_value,
)
from app.cli.names import COMMAND_NAMES
from app.terminal import plain_table
from criteria.robustness import analysis as robustness

NAMES = COMMAND_NAMES["robustness"]


def add_parser(sub: Any, lang: str) -> None:
    """The ``robustness`` command's arguments."""
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
    sens.add_argument(
        "--json",
        metavar="OUT.json",
        help="write the full analysis as JSON ('-': to standard output)",
    )
    sens.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the summary (default: en)"
    )
    sens.add_argument("--verify", action="store_true", help=VERIFY_HELP)
    add_as_of(sens)


def format_summary(
    result: robustness.RobustnessResult, kb: criteria.KnowledgeBase, lang: str
) -> str:
    """A plain-text summary of the analysis, for the terminal."""
    t = presenter.words(lang)
    r, acc = result.ranking, result.acceptability
    model = {m: presenter.role(kb, m, r.direction, lang) for m in r.models}
    how = t("sens.uniform") if acc.concentration is None else t("sens.around", k=acc.concentration)
    v = presenter.verdict(kb, r, lang)
    out = [v.headline] + ([v.confidence] if v.confidence else [])
    out += ["", t("sens.title", n=acc.samples, how=how, seed=acc.seed), ""]
    out.append(t("sens.acceptability"))
    rows = [[t("sens.model"), *(str(i) for i in range(1, len(r.models) + 1))]]
    rows += [[model[m], *(f"{p:.1%}" for p in acc.of(m))] for m in r.ranking]
    out += plain_table(rows)
    top = model[r.recommended] if r.recommended else "—"
    out += ["", t("sens.stability", top=top)]
    rows = [[t("sens.criterion"), t("sens.weight"), t("sens.range")]]
    for c, s in result.stability.items():
        name = kb.criterion(c).name.get(lang)
        rows.append(
            [name, "–", t("sens.constant")]
            if s.constant
            else [name, f"{s.current:.3f}", f"{s.low:.3f} – {s.high:.3f}"]
        )
    out += plain_table(rows)
    out += ["", t("sens.counterfactuals")]
    for m, cf in result.counterfactuals.items():
        if cf is None:
            out.append(f"  {model[m]}: {t('sens.no_change')}")
        else:
            also = f" {t('sens.also')} "
            out.append(
                f"  {model[m]}: "
                + also.join(
                    presenter.change_text(kb, ch, lang) for ch in (cf.changes, *cf.alternatives)
                )
            )
    taus = result.agreement.kendall_tau["consensus"]
    out += [
        "",
        t("sens.agreement")
        + ": "
        + ", ".join(
            f"{m.upper()} {'–' if taus[m] is None else f'{taus[m]:.2f}'}" for m in r.methods
        ),
    ]
    rr = result.agreement.rank_reversal
    if rr.skipped:
        out.append(t("sens.reversal_skipped"))
    elif rr.invariant is None:
        out.append(t("sens.reversal_skip", note=rr.note))
    else:
        key = "sens.reversal_ok" if rr.invariant else "sens.reversal_bad"
        out.append(t(key, n=rr.mutations, best=model[rr.best], share=rr.preservation_rate))
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """The ``robustness`` subcommand: analyse, then write JSON or print the summary."""
    files.check_outputs([args.answers], [args.json if args.json != "-" else None])
    kb = criteria.default()
    document, answers = files.load_answers(args.answers, kb)
    cli_common.say_opening_notes(document, kb, args.lang)
    result = criteria.assess(kb, answers, on=args.as_of)

    checked = cli_common.verification(result, args) if args.verify else None
    analysis = robustness.analyse(
        kb,
        result,
        samples=args.samples,
        seed=args.seed,
        concentration=args.concentration,
        rank_reversal=args.verify,
    )
    if args.json:
        doc = analysis.to_dict()
        if checked is not None:
            doc["verification"] = checked.to_dict()
        if args.json == "-":
            sys.stdout.write(files.json_text(doc))
        else:
            files.write_json(args.json, doc)
    else:
        print(format_summary(analysis, kb, args.lang))
    return 0 if checked is None or checked.agrees else cli_common.EXIT_NOT_VERIFIED
