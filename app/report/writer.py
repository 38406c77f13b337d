"""Build the workbook and write it atomically."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

import criteria
from app import __version__, files
from app.catalogue import Labels
from app.report.cells import cell_text
from app.report.context import Report
from app.report.inputs import write_answers, write_weights
from app.report.matrix import write_matrix
from app.report.rankings import write_rankings
from app.report.respondents import write_respondents
from app.report.robustness import write_robustness
from app.report.sources import write_sources
from app.report.summary import write_summary
from criteria.decision.respondents import Panel
from criteria.robustness.analysis import RobustnessResult

#: Sheets in workbook order: (label key, the function that fills it).
SHEETS = (
    ("summary", write_summary),
    ("answers", write_answers),
    ("weights", write_weights),
    ("matrix", write_matrix),
    ("rankings", write_rankings),
    ("sources", write_sources),
)


def build_workbook(report: Report) -> Workbook:
    """The report as an in-memory workbook (nothing touches the disk)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = (
        SHEETS
        if report.robustness is None
        else (*SHEETS[:-1], ("robustness", write_robustness), SHEETS[-1])
    )
    if report.respondents is not None and len(report.respondents.names) > 1:
        sheets = (sheets[0], ("respondents", write_respondents), *sheets[1:])
    for number, (key, fill) in enumerate(sheets):
        ws = workbook.create_sheet(report.sheet_name(key))
        fill(ws, report)
        if number:  # page 1 is the memo; the technical sheets follow as its appendices
            ws["A1"].value = report.t("report.appendix", letter=chr(64 + number)) + str(
                ws["A1"].value
            )
    workbook.active = 0
    t = report.t
    props = workbook.properties
    props.title = cell_text(
        f"{t('report.title')} — {report.company}" if report.company else t("report.title")
    )[:255]
    props.subject = t("report.subject")
    props.creator = f"{t('report.footer')} {__version__}"
    props.lastModifiedBy = props.creator
    props.keywords = t("report.keywords")
    props.description = f"{t('report.kb_version')}: {report.result.kb_version}"
    props.language = "zh-CN" if report.lang == "zh" else "en"
    return workbook


def write_report(
    path: Path | str,
    result: criteria.RankingResult,
    kb: criteria.KnowledgeBase,
    *,
    lang: str = "en",
    company: str = "",
    notes: str = "",
    assessed_on: dt.date | None = None,
    robustness: RobustnessResult | None = None,
    respondents: Panel | None = None,
) -> None:
    """Write the Excel recommendation report for ``result``.

    Parameters
    ----------
    path
        The ``.xlsx`` file to write; an existing file is replaced whole.
    result
        The ranking to report (the same object the views show).
    kb
        The knowledge base the result was computed from.
    lang
        ``"en"`` or ``"zh"``: every label, sheet name and knowledge-base text.
    company, notes
        Typed by the user; stored as text even when they start with ``=``, ``+``,
        ``-`` or ``@``.
    assessed_on
        The assessment's date; today when not given.
    robustness
        The robustness analysis of ``result`` (``criteria.robustness.analysis.analyse``); when
        given, a Robustness sheet comes before the Sources.
    respondents
        Several respondents and their combination
        (``criteria.decision.respondents.panel``); with two or more, a Respondents
        sheet follows the summary.

    Raises
    ------
    app.files.FileProblem
        When the file cannot be written (read-only or locked, missing folder, a folder
        in its place, full disk); the message names the file and the reason, and an
        existing file is left untouched.
    ValueError
        For a language other than ``"en"`` and ``"zh"``.
    """
    data = report_bytes(
        path,
        result,
        kb,
        lang=lang,
        company=company,
        notes=notes,
        assessed_on=assessed_on,
        robustness=robustness,
        respondents=respondents,
    )
    files.write_bytes(path, data)


def workbook_bytes(workbook: Workbook, target: Path | str) -> bytes:
    """A workbook as the bytes of its .xlsx, built in memory, for ``target``.

    The file is then written in one go, so a full disk fails that one write cleanly
    instead of a half-saved zip archive failing again as it is collected. openpyxl
    still streams worksheets through temporary files: a disk too full for those is
    reported as a problem writing ``target``.
    """
    import gc
    import sys

    buffer = io.BytesIO()
    failed: list[str] = []
    hook = sys.unraisablehook

    def quiet(unraisable: Any) -> None:
        # openpyxl's half-written temporary streams raise the same error once more as
        # they are freed after a failed save: the failure is reported once, below
        if not failed:
            hook(unraisable)

    sys.unraisablehook = quiet
    try:
        try:
            workbook.save(buffer)
        except OSError as exc:
            failed.append(files.reason_of(exc))
        if failed:
            gc.collect()
    finally:
        sys.unraisablehook = hook
    if failed:
        raise files.FileProblem(target, "cannot_write", reason=failed[0])
    return buffer.getvalue()


def report_bytes(
    target: Path | str,
    result: criteria.RankingResult,
    kb: criteria.KnowledgeBase,
    *,
    lang: str = "en",
    company: str = "",
    notes: str = "",
    assessed_on: dt.date | None = None,
    robustness: RobustnessResult | None = None,
    respondents: Panel | None = None,
) -> bytes:
    """:func:`write_report`'s workbook for ``target``, as bytes.

    For writing it together with other outputs (:func:`app.files.write_all`).
    """
    report = Report(
        result=result,
        kb=kb,
        t=Labels(lang),
        company=company.strip(),
        notes=notes,
        assessed_on=assessed_on or dt.date.today(),
        robustness=robustness,
        respondents=respondents,
    )
    return workbook_bytes(build_workbook(report), target)
