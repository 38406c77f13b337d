"""The Summary sheet: who, when, which model and why, its risks, the user's notes."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from app import __version__, presenter
from app.presenter import clock as pclock
from app.report.cells import DATE, SheetWriter
from app.report.context import Report, number_text

LABEL_WIDTH = 30
TEXT_WIDTH = 110
#: The height of the blank row before a section heading, in points.
SPACER = 8.0


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
        self.w.ws.row_dimensions[self.row].height = SPACER  # the blank row before it
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


def _roles(pairs: _Pairs, report: Report) -> None:
    """The six roles at a glance, in the rule's order.

    Each role's fit and what it is, what it would take when it is not feasible now,
    what lifts it and what pulls it down (the fit chart is on the Rankings sheet).
    """
    result, t, lang, kb = report.result, report.t, report.lang, report.kb
    pairs.section(t("report.roles_title"))
    feasible = dict(zip(result.models, result.feasible, strict=True))
    marked = False
    for rank, model_id in enumerate(result.ranking, start=1):
        i = result.models.index(model_id)
        lifts, pulls = presenter.owner_reasons(kb, result, model_id, lang, limit=2)
        lines = [
            t(
                "report.role_line",
                fit=number_text(round(100 * float(result.fit[i]), 1)),
                role=report.model_name(model_id),
                paper=kb.model(model_id).name.get(lang),
            )
        ]
        if not feasible[model_id]:
            lines.append(
                t("report.not_feasible")
                + t("verdict.colon")
                + presenter.needs_text(kb, result, model_id, lang)
            )
        if lifts:
            lines.append("+ " + t.sep.join(lifts))
        if pulls:
            lines.append("− " + t.sep.join(pulls))
        mark = "" if kb.model(model_id).described_by_paper else " *"
        marked = marked or bool(mark)
        pairs.add(
            f"{rank}. {report.short_name(model_id)}{mark}",
            "\n".join(lines),
            bold=model_id == result.recommended,
        )
    if marked:
        pairs.add("*", t("report.not_described_short"), italic=True)


#: Risks on page 1 in full; any others are named in one line after them.
REGISTER_TOP = 3


def _register(pairs: _Pairs, report: Report, model_id: str) -> None:
    """The risks worth watching (level 3 of 5 or more), the highest first.

    The top ones with what each means for this role, how to limit it and its source;
    any others named in one line (in full in the role's block and on the Weights sheet).
    """
    t = report.t
    pairs.section(t("report.register"))
    rows = sorted(
        presenter.risk_register(report.kb, report.result, model_id, report.lang),
        key=lambda risk: -risk.level,
    )
    if not rows:
        pairs.add("", t("report.register_none"))
    for risk in rows[:REGISTER_TOP]:
        source = t("report.estimate_source") if risk.estimate else str(risk.source)
        means = risk.note or risk.text
        pairs.add(
            t("report.level_of", name=risk.name, level=risk.level),
            t("report.register_row", means=means, mitigation=risk.mitigation, source=source),
        )
    if rows[REGISTER_TOP:]:
        others = t.sep.join(
            t("report.level_of", name=r.name, level=r.level) for r in rows[REGISTER_TOP:]
        )
        pairs.add(t("report.register_more"), others)


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


def _unlabelled(line: str, lang: str) -> tuple[str, str]:
    """A line's own label and the rest ("Close alternative: X" → the two parts)."""
    colon = "：" if lang == "zh" else ": "
    label, sep, rest = line.partition(colon)
    if sep and len(label) <= 30:
        return label, rest
    return "", line


def _verdict(pairs: _Pairs, report: Report) -> None:
    """The verdict on page 1: the advice, how firm it is, why, and what else was weighed."""
    t, result, lang = report.t, report.result, report.lang
    v = presenter.verdict(report.kb, result, lang)
    pairs.section(t("report.verdict"), new_block=False)  # page 1: with who and when
    label, headline = _unlabelled(v.headline, lang)  # "Recommended: X" → the two parts
    if not label:
        label = t("report.recommended") if result.recommended else t("report.none_feasible")
    pairs.add(label, headline, bold=True)
    if v.near_tie:
        pairs.add(t("verdict.near_tie_label"), v.near_tie)
    confidence = presenter.confidence_text(report.kb, result, lang, labelled=False)
    if confidence:
        pairs.add(t("report.confidence"), confidence)
    if v.reasons:
        pairs.add(t("verdict.reasons"), "\n".join("• " + r for r in v.reasons))
    if v.cross_checks:
        pairs.add(t("report.cross_checks"), v.cross_checks)
    if v.alternative:
        label, rest = _unlabelled(v.alternative, lang)
        pairs.add(label or t("verdict.alternative_label"), rest)
    if v.not_feasible:
        pairs.add(
            t("report.not_feasible"), "\n".join(f"• {line}" for line in v.not_feasible_lines())
        )
    if v.gated:
        pairs.add(t("verdict.gated_label"), "\n".join(f"• {line}" for line in v.gated_lines()))
    if v.notes:
        pairs.add(t("verdict.notes_label"), "\n".join(f"• {line}" for line in v.notes))


def _route(pairs: _Pairs, report: Report) -> None:
    """The recommended route in detail: what it is, what it moves, the rules' clock."""
    t, result, kb, lang = report.t, report.result, report.kb, report.lang
    if result.recommended is None or result.route is None:
        return
    route = kb.route(result.recommended, result.direction, result.route)
    pairs.section(t("report.route_title"))
    line = pclock.route_line(kb, result, lang)
    if route.customs:
        line += t("report.customs_text", code=route.customs)
    pairs.add(t("clock.route_label"), line, bold=True)
    moves = [
        f"{report.criterion_name(c)}{t('verdict.colon')}{line}"
        for c in result.criteria
        if (line := pclock.level_moves(kb, result, result.recommended, c, lang))
    ]
    pairs.add(t("report.route_moves"), "\n".join(moves) or t("report.route_moves_none"))
    others = [
        r.name.get(lang)
        for r in kb.routes_of(result.recommended, result.direction)
        if r.id != route.id
    ]
    if others:
        pairs.add(t("report.other_routes"), t.sep.join(others))
    if result.as_of:
        pairs.add(t("report.rules_label"), pclock.as_of_line(kb, result, lang))
        rows = pclock.timeline_rows(kb, result, lang)
        # "Holds…" with the changes listed in detail right below says nothing new
        if not rows or any(row.changed for row in rows):
            pairs.add(t("report.horizon_label"), pclock.horizon_line(kb, result, lang))


def write_summary(ws: Worksheet, report: Report) -> None:
    """Fill the Summary sheet."""
    result, t = report.result, report.t
    w = SheetWriter(ws, report.lang)
    w.widths([LABEL_WIDTH, TEXT_WIDTH])
    w.title(1, t("report.title"))
    ws.row_dimensions[2].height = SPACER
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
    market = direction.label.get(report.lang)
    if "destination" in result.answers:  # "Export: we sell … abroad — United States"
        option = report.kb.question("destination").get_option(result.answers["destination"])
        market = t(
            "report.market_text", direction=market, destination=option.label.get(report.lang)
        )
    pairs.add(t("report.trade_direction"), market)

    _verdict(pairs, report)
    shown = result.recommended or result.nearest_route
    assert shown is not None
    _register(pairs, report, shown)
    _next_steps(pairs, report)  # page 2: what to do, and the route in detail
    _route(pairs, report)
    _timeline(pairs, report)
    pairs.section(t("report.assumptions"))
    assumed = presenter.assumptions(report.kb, report.lang, result.direction)
    for k, line in enumerate(assumed, start=1):
        pairs.add(f"{k}.", line)
    if result.constant_criteria:
        pairs.section(t("report.left_out"))
        for c in result.constant_criteria:
            value = number_text(float(report.column(c)[0]))
            pairs.add(
                report.criterion_name(c),
                t("report.left_out_text", name=report.criterion_name(c), value=value),
            )
    _roles(pairs, report)  # page 3: the six roles side by side
    paragraphs = [p for p in report.notes.splitlines() if p.strip()]
    if paragraphs:
        pairs.section(t("report.notes"))
        for paragraph in paragraphs:
            pairs.add("", paragraph)  # under the heading: no label repeating it
    w.fit_rows(3, pairs.row)
    w.print_setup(t("report.footer"))
