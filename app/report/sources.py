"""The Sources sheet: the paper's passages and the public facts the report cites."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from app import presenter
from app.report.cells import APPENDIX_SIZE, SheetWriter
from app.report.context import Report

HEADER_ROW = 4


def source_number(report: Report, source_id: str) -> int:
    """A source's citation number: 1.. over the sources the report cites (``#``)."""
    return 1 + report.cited.index(source_id)


def citation(report: Report, source_id: str) -> str:
    """A short citation: ``[7] paper §2.2`` or ``[15] public fact``."""
    source = report.kb.sources[source_id]
    n = source_number(report, source_id)
    if source.kind == "paper":
        return report.t("report.cite_paper", n=n, section=source.section)
    return report.t("report.cite_fact", n=n)


def write_sources(ws: Worksheet, report: Report) -> None:
    """Fill the Sources sheet, one row per source cited, in knowledge-base order."""
    t, kb, lang = report.t, report.kb, report.lang
    w = SheetWriter(ws, lang, size=APPENDIX_SIZE)
    zh = lang == "zh"
    # One cell per source: where it is and what it says (the reference shows its kind,
    # "Paper, section 2.2" or the publisher), then the paper's own words in an English
    # report (a Chinese one's text already is the original).
    headers = ["#", t("report.source_text")]
    w.widths([4, 148 if not zh else 140])
    w.title(1, t("report.sources_title_sheet"))
    w.put(2, 1, t("report.paper") + t("verdict.colon") + kb.paper_citation(lang))
    w.header(HEADER_ROW, 1, headers)
    row = HEADER_ROW
    for number, source in enumerate((kb.sources[sid] for sid in report.cited), start=1):
        row += 1
        text = f"{presenter.source_label(source, lang)}{t('report.source_sep')}{source.text(lang)}"
        if not zh and source.quote:
            text += "\n" + t("report.original") + t("verdict.colon") + source.quote
        w.put(row, 1, number, box=True, align="center")
        w.put(row, 2, text, wrap=True, box=True)
    w.table("Sources", HEADER_ROW, row, 1, len(headers))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    w.fit_rows(HEADER_ROW, row)
    w.print_setup(t("report.footer"), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
