"""Batch assessment of a survey: read a CSV or Excel file of answers, rank every row, write.

:mod:`.reading` checks every row against the questionnaire (bad cells are reported with
their row, column and reason; the good rows are still ranked), :mod:`.results` ranks
the good rows and words them, :mod:`.writing` writes CSV; the workbook is
:mod:`app.report.survey`; :mod:`.chunks` reads a survey a chunk of rows at a time and
:mod:`.totals` adds the chunks up, so memory stays flat; :mod:`.template` is a survey to
fill in and its column guide. Outputs are written whole
through temporary files, all or none.
"""

from app.survey.reading import MAX_BYTES, BatchError, Rejected, Survey, parse
from app.survey.results import (
    Outcome,
    Share,
    distribution,
    error_lines,
    result_rows,
    run,
    summary_lines,
)
from app.survey.template import guide_path, guide_rows, template_rows, write_template
from app.survey.totals import SHOWN_ERRORS, Totals
from app.survey.writing import csv_outputs, errors_path, result_header, safe_text

__all__ = [
    "MAX_BYTES",
    "SHOWN_ERRORS",
    "BatchError",
    "Outcome",
    "Rejected",
    "Share",
    "Survey",
    "Totals",
    "csv_outputs",
    "distribution",
    "error_lines",
    "errors_path",
    "guide_path",
    "guide_rows",
    "parse",
    "result_header",
    "result_rows",
    "run",
    "safe_text",
    "summary_lines",
    "template_rows",
    "write_template",
]
