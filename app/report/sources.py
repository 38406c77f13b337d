"""The Sources sheet: every passage of the paper and every public fact of the knowledge base."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import SheetWriter
from app.report.context import Report

HEADER_ROW = 4


def source_number(report: Report, source_id: str) -> int:
    """A source's citation number, 1.. in knowledge-base order (the ``#`` column)."""
    return 1 + list(report.kb.sources).index(source_id)


def source_row(report: Report, source_id: str) -> int:
    """The row of a source on the Sources sheet (for links from other sheets)."""
    return HEADER_ROW + source_number(report, source_id)


def citation(report: Report, source_id: str) -> str:
    """A short citation: ``[7] paper §2.2`` or ``[15] public fact``."""
    source = report.kb.sources[source_id]
    n = source_number(report, source_id)
    if source.kind == "paper":
        return report.t("report.cite_paper", n=n, section=source.section)
    return report.t("report.cite_fact", n=n)


def uses(report: Report, source_id: str) -> str:
    """What in the knowledge base cites a source: levels, base weights, questions, models."""
    t, kb, lang = report.t, report.kb, report.lang
    lines = []
    direction = report.result.direction
    for m in kb.models:  # one line per role: the criteria whose levels cite the source
        names = t.sep.join(
            c.name.get(lang) for c in kb.criteria if c.entry(m.id, direction).source == source_id
        )
        if names:
            lines.append(t("report.used_levels", model=report.model_name(m.id), criteria=names))
    lines += [
        t("report.used_base_risk", criterion=c.name.get(lang))
        for c in kb.criteria
        if source_id in c.risk_of
    ]
    lines += [
        t("report.used_question", question=q.text.get(lang))
        for q in kb.questions
        if source_id in q.sources
    ]
    lines += [
        t("report.used_model", model=m.name.get(lang)) for m in kb.models if m.source == source_id
    ]
    return "\n".join(lines) or t("report.used_none")


def write_sources(ws: Worksheet, report: Report) -> None:
    """Fill the Sources sheet, one row per source in knowledge-base order."""
    t, kb, lang = report.t, report.kb, report.lang
    w = SheetWriter(ws, lang)
    zh = lang == "zh"
    headers = ["#", t("report.id"), t("report.kind"), t("report.where"), t("report.text")]
    widths = [5, 30, 13, 26, 62]
    if not zh:  # the Chinese text already is the original passage
        headers.append(t("report.original"))
        widths.append(40)
    headers.append(t("report.used_for"))
    widths.append(48)
    w.widths(widths)
    w.title(1, t("report.sources_title_sheet"))
    w.put(2, 1, t("report.paper") + t("verdict.colon") + kb.paper_citation(lang))
    w.header(HEADER_ROW, 1, headers)
    row = HEADER_ROW
    for number, source in enumerate(kb.sources.values(), start=1):
        row += 1
        values = [
            number,
            source.id,
            t(f"kind.{source.kind}"),
            presenter.source_label(source, lang),
            source.text(lang),
        ]
        if not zh:
            values.append(source.quote or "")
        values.append(uses(report, source.id))
        for col, value in enumerate(values, start=1):
            w.put(row, col, value, wrap=col > 1, box=True, align="center" if col == 1 else None)
    w.table("Sources", HEADER_ROW, row, 1, len(headers))
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
