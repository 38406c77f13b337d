"""The Rankings sheet: each method's scores and ranks, the consensus, and their agreement."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from app.report.cells import INTEGER, MEAN_RANK, SCORE, TAU, SheetWriter
from app.report.context import Report
from criteria.decision.result import CONSENSUS
from criteria.robustness import agreement

HEADER_ROW = 4


def first_choices(report: Report, method: str) -> tuple[str, ...]:
    """The models a method ranks first (more than one when tied)."""
    result = report.result
    return tuple(m for m in result.rankings[method] if result.rank_of(m, method) == 1)


def _scores_table(w: SheetWriter, report: Report) -> int:
    t, result = report.t, report.result
    headers = [
        t("report.model"),
        t("report.rule_rank"),
        t("report.fit"),
        t("report.feasible"),
        t("report.consensus_rank"),
        t("report.mean_rank"),
    ]
    for m in result.methods:
        headers += [
            t("report.score", method=report.method_short(m)),
            t("report.rank", method=report.method_short(m)),
        ]
    w.header(HEADER_ROW, 1, headers)
    row = HEADER_ROW
    for model_id in result.ranking:
        row += 1
        i = result.models.index(model_id)
        values: list[tuple[object, str | None]] = [
            (report.model_name(model_id), None),
            (int(result.rule_ranks[i]), INTEGER),
            (round(100 * float(result.fit[i]), 4), MEAN_RANK),
            (t("report.yes") if result.feasible[i] else t("report.not_feasible"), None),
            (int(result.consensus_ranks[i]), INTEGER),
            (float(result.consensus_mean_rank[i]), MEAN_RANK),
        ]
        for m in result.methods:
            values += [(float(result.scores[m][i]), SCORE), (int(result.ranks[m][i]), INTEGER)]
        for col, (value, fmt) in enumerate(values, start=1):
            w.put(
                row,
                col,
                value,
                number_format=fmt,
                box=True,
                wrap=col == 1,
                bold=col == 1 and model_id == result.recommended,
            )
    w.table("Rankings", HEADER_ROW, row, 1, len(headers))
    return row


def write_rankings(ws: Worksheet, report: Report) -> None:
    """Fill the Rankings sheet."""
    t, result = report.t, report.result
    w = SheetWriter(ws, report.lang)
    n_methods = len(result.methods)
    w.widths([38, 11, 11, 14, 11, 11] + [12] * (2 * n_methods))
    w.title(1, t("report.rankings_title"))
    w.put(2, 1, t("report.rankings_note"), italic=True)
    row = _scores_table(w, report)

    # Kendall's tau between every two methods and the consensus (criteria.robustness.agreement).
    row += 2
    taus = agreement.kendall_taus(result)
    orders = [*result.methods, "consensus"]
    names = {
        **{m: report.method_name(m) for m in result.methods},
        "consensus": t("report.consensus"),
    }
    shorts = {
        **{m: report.method_short(m) for m in result.methods},
        "consensus": t("report.consensus_rank"),
    }
    w.section(row, t("report.agreement_title"), 1 + len(orders))
    row += 1
    w.header(row, 1, [t("report.method"), *(shorts[m] for m in orders)])
    for a in orders:
        row += 1
        w.put(row, 1, names[a], bold=True, box=True, wrap=True)
        for k, b in enumerate(orders):
            tau = taus[a][b]
            w.put(
                row, 2 + k, "—" if tau is None else tau, number_format=TAU, box=True, align="right"
            )

    # Each method's first choice against the consensus.
    row += 2
    w.section(row, t("report.top_title"), 3)
    row += 1
    w.header(row, 1, [t("report.method"), t("report.agrees"), t("report.first_choice")])
    consensus = {m for m in result.models if result.rank_of(m, CONSENSUS) == 1}
    for m in result.methods:
        row += 1
        firsts = first_choices(report, m)
        w.put(row, 1, report.method_name(m), box=True, wrap=True)
        # The column's question: does the method's first choice share the consensus's?
        agrees = bool(consensus & set(firsts))
        w.put(row, 2, t("report.yes") if agrees else "—", box=True)
        # Not wrapped: a long name runs on into the empty cells to the right.
        w.put(row, 3, report.t.sep.join(report.model_name(x) for x in firsts))
    row += 1
    share = sum(result.recommended in first_choices(report, m) for m in result.methods)
    w.put(row, 1, t("report.share_top"), bold=True, wrap=True)
    w.put(row, 2, share / n_methods, number_format="0%", align="center")
    w.put(row, 3, t("report.firsts_text", k=share, n=n_methods), align="center")  # not run together

    ws.freeze_panes = "B1"  # column A only: the sheet holds several tables
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"))
