"""The Summary sheet: who, when, which model and why, its risks, the user's notes."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from app import __version__, presenter
from app.presenter import clock as pclock
from app.report.cells import DATE, INTEGER, SheetWriter
from app.report.context import Report, number_text

LABEL_WIDTH = 30
TEXT_WIDTH = 110


class _Pairs:
    """Label–value rows in columns A and B, written top to bottom."""

    def __init__(self, writer: SheetWriter, row: int) -> None:
        self.w = writer
        self.row = row

    def add(self, label: str, value: object, **style: Any) -> None:
        if label:
            self.w.put(self.row, 1, label, bold=True, wrap=True)
        self.w.put(self.row, 2, value, wrap=True, align="left", **style)
        self.row += 1

    def section(self, heading: str, *, new_block: bool = True) -> None:
        """A heading; unless ``new_block`` is false it starts a block kept on one page."""
        self.row += 1
        self.w.section(self.row, heading, new_block=new_block)
        self.row += 1


def reason_lines(report: Report, model_id: str) -> tuple[str, str]:
    """What lifts and what pulls down a model in the owner's words, one bullet each.

    The presenter's reasons tied to the SME's answers (the verdict's "what decides it");
    the values behind them, against the six models' averages, are in the appendices.
    """
    lifts, pulls = presenter.owner_reasons(report.kb, report.result, model_id, report.lang)

    def bullets(lines: list[str]) -> str:
        return "\n".join("• " + line for line in lines) or report.t("report.nothing")

    return bullets(lifts), bullets(pulls)


def _model(pairs: _Pairs, report: Report, heading: str, model_id: str) -> None:
    """A model in detail: what the SME would do, its fit, its strengths and weak points.

    The recommended model's strengths are the verdict's reasons, so only its weak points
    are repeated here; ranks by method stay in the appendices.
    """
    result, t, lang = report.result, report.t, report.lang
    model = report.kb.model(model_id)
    direction = result.direction
    pairs.section(heading)
    pairs.add(t("report.role"), report.model_name(model_id), bold=True)
    pairs.add(t("report.paper_model"), report.paper_name(model_id))
    pairs.add(t("report.description"), model.detail.get(direction).get(lang))
    pairs.add(t("report.examples"), model.examples.get(direction).get(lang))
    i = result.models.index(model_id)
    pairs.add(t("report.fit"), round(100 * float(result.fit[i]), 1), number_format=INTEGER)
    lifts, pulls = reason_lines(report, model_id)
    if model_id != result.recommended:
        pairs.add(t("report.lifts"), lifts)
    pairs.add(t("report.pulls"), pulls)
    if not model.described_by_paper:
        pairs.add(t("report.not_described"), t("report.not_described_text"), italic=True)
    for group in result.ties():
        if model_id in group:
            others = [report.model_name(m) for m in group if m != model_id]
            pairs.add(t("report.tie"), t("report.tie_text", models=t.sep.join(others)))


def _register(pairs: _Pairs, report: Report, model_id: str) -> None:
    """The risks worth watching (level 3 of 5 or more).

    Each with what it means for this role, how to limit it, and its source.
    """
    t = report.t
    pairs.section(t("report.register"))
    rows = presenter.risk_register(report.kb, report.result, model_id, report.lang)
    if not rows:
        pairs.add("", t("report.register_none"))
    for risk in rows:
        source = t("report.estimate_source") if risk.estimate else str(risk.source)
        means = risk.note or risk.text
        pairs.add(
            t("report.level_of", name=risk.name, level=risk.level),
            t("report.register_row", means=means, mitigation=risk.mitigation, source=source),
        )


def _next_steps(pairs: _Pairs, report: Report) -> None:
    t = report.t
    pairs.section(t("report.next_steps"))
    for k, (step, source) in enumerate(
        presenter.next_steps(report.kb, report.result, report.lang), start=1
    ):
        pairs.add(f"{k}.", f"{step} ({source})" if report.lang != "zh" else f"{step}（{source}）")


def _timeline(pairs: _Pairs, report: Report) -> None:
    """The rule changes scheduled within the horizon, each dated, with its source."""
    rows = pclock.timeline_rows(report.kb, report.result, report.lang)
    if not rows:
        return
    t = report.t
    pairs.section(t("clock.timeline_title"))
    for row in rows:
        mark = t("clock.changed" if row.changed else "clock.same")
        lines = [f"{row.rule} — {row.summary}", f"→ {row.advice} ({mark})", row.source]
        if row.disputed:
            lines.append(row.disputed)
        pairs.add(row.date, "\n".join(lines))


def _verdict(pairs: _Pairs, report: Report) -> None:
    t, result = report.t, report.result
    v = presenter.verdict(report.kb, result, report.lang)
    pairs.section(t("report.verdict"), new_block=False)  # page 1: with who and when
    pairs.add(
        t("report.recommended") if result.recommended else t("report.none_feasible"),
        v.headline,
        bold=True,
    )
    if result.route is not None:
        pairs.add(t("clock.route_label"), pclock.route_line(report.kb, result, report.lang))
    if result.as_of:
        pairs.add(t("clock.as_of_label"), pclock.as_of_line(report.kb, result, report.lang))
        pairs.add(t("clock.timeline_title"), pclock.horizon_line(report.kb, result, report.lang))
    if v.near_tie:
        pairs.add(t("verdict.near_tie_label"), v.near_tie)
    if v.confidence:
        pairs.add(t("report.confidence"), v.confidence)
    if v.cross_checks:
        pairs.add(t("report.cross_checks"), v.cross_checks)
    if v.fit:
        pairs.add(t("report.fit"), v.fit)
    if v.reasons:
        pairs.add(t("verdict.reasons"), "\n".join("• " + r for r in v.reasons))
    if v.alternative:
        pairs.add(t("verdict.alternative_label"), v.alternative)
    if v.not_feasible:
        pairs.add(
            t("report.not_feasible"), "\n".join(f"• {line}" for line in v.not_feasible_lines())
        )
    if v.gated:
        pairs.add(t("verdict.gated_label"), "\n".join(f"• {line}" for line in v.gated_lines()))
    if v.notes:
        pairs.add(t("verdict.notes_label"), "\n".join(f"• {line}" for line in v.notes))


def write_summary(ws: Worksheet, report: Report) -> None:
    """Fill the Summary sheet."""
    result, t = report.result, report.t
    w = SheetWriter(ws, report.lang)
    w.widths([LABEL_WIDTH, TEXT_WIDTH])
    w.title(1, t("report.title"))
    pairs = _Pairs(w, 3)
    pairs.add(
        t("report.company"), report.company or t("report.no_company"), bold=bool(report.company)
    )
    pairs.add(
        t("report.prepared_by"),
        t("report.prepared_by_text", version=__version__, kb=result.kb_version),
    )
    pairs.add(t("report.assessed_on"), report.assessed_on, number_format=DATE)
    direction = report.kb.question("trade_direction").get_option(result.direction)
    pairs.add(t("report.trade_direction"), direction.label.get(report.lang))
    if "destination" in result.answers:
        q = report.kb.question("destination")
        option = q.get_option(result.answers["destination"])
        pairs.add(q.short.get(report.lang), option.label.get(report.lang))

    _verdict(pairs, report)
    shown = result.recommended or result.nearest_route
    assert shown is not None
    _register(pairs, report, shown)
    _next_steps(pairs, report)
    _timeline(pairs, report)
    _model(
        pairs,
        report,
        t("report.recommended") if result.recommended else t("report.none_feasible"),
        shown,
    )
    if result.runner_up:
        _model(pairs, report, t("report.runner_up"), result.runner_up)

    if result.constant_criteria:
        pairs.section(t("report.left_out"))
        for c in result.constant_criteria:
            value = number_text(float(report.column(c)[0]))
            pairs.add(
                report.criterion_name(c),
                t("report.left_out_text", name=report.criterion_name(c), value=value),
            )
    pairs.section(t("report.assumptions"))
    assumed = presenter.assumptions(report.kb, report.lang, result.direction)
    for k, line in enumerate(assumed, start=1):
        pairs.add(f"{k}.", line)
    pairs.section(t("report.about_title"))
    pairs.add(t("report.app_version"), __version__)
    pairs.add(t("report.kb_version"), result.kb_version)
    pairs.add(t("report.rule"), t("report.rule_text"))
    pairs.add(t("report.paper"), report.kb.paper_citation(report.lang))
    methods = t.sep.join(report.method_name(m) for m in result.methods)
    pairs.add(t("report.methods"), t("report.methods_text", methods=methods, n=len(result.methods)))
    paragraphs = [p for p in report.notes.splitlines() if p.strip()]
    if paragraphs:
        pairs.section(t("report.notes"))
        for k, paragraph in enumerate(paragraphs):
            pairs.add(t("report.notes") if k == 0 else "", paragraph)
    w.fit_rows(3, pairs.row)
    w.print_setup(t("report.footer"))
