"""A survey's results as .xlsx: Results, a Summary with a native chart, and Errors.

Written in openpyxl's write-only mode, a chunk of rows at a time (each sheet streams to
its own temporary file), the Summary last from the run's totals; every text cell a user
typed is stored as text, never as a formula. The Summary shows how the recommendations
are distributed and how they vary with the trade direction and the budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import criteria
from app import presenter
from app.catalogue import Labels
from app.survey.reading import BatchError, Survey
from app.survey.totals import Totals
from app.survey.writing import NOT_XML, errors_path, result_header, result_names

#: What one sheet of an .xlsx holds (Excel's limits).
XLSX_ROWS, XLSX_COLUMNS, XLSX_CELL = 1_048_576, 16_384, 32_767
#: Rejected cells the Errors sheet lists (its header and a closing note take two rows).
ERRORS_SHOWN = XLSX_ROWS - 2


def spills(rejected_cells: int) -> bool:
    """Whether the rejected cells are more than the Errors sheet holds.

    The rest then go to the errors CSV beside the workbook.
    """
    return rejected_cells > ERRORS_SHOWN


def check_columns(extra_columns: Sequence[str], kb: criteria.KnowledgeBase) -> None:
    """Refuse a survey with more columns, with the results, than an .xlsx sheet holds."""
    columns = len(extra_columns) + len(result_header(kb))
    if columns > XLSX_COLUMNS:
        raise BatchError("xlsx_columns", n=columns, limit=XLSX_COLUMNS)


def check_cells(survey: Survey) -> None:
    """Refuse a passed-through text longer than a cell holds (Excel would cut it)."""
    for row, values in zip(survey.rows, survey.extra, strict=True):
        for column, value in zip(survey.extra_columns, values, strict=True):
            if len(value) > XLSX_CELL:
                raise BatchError("xlsx_cell", row=row, column=column, n=len(value), limit=XLSX_CELL)


#: The Results sheet's header rows: the columns' names in the run's language, their ids.
HEADER_ROWS = 2


def check_rows(good: int) -> None:
    """Refuse more result rows than a sheet's rows."""
    if good + HEADER_ROWS > XLSX_ROWS:
        raise BatchError("xlsx_rows", n=good, limit=XLSX_ROWS - HEADER_ROWS)


class SurveyWorkbook:
    """The survey's workbook, filled a chunk at a time, saved with its Summary at the end."""

    def __init__(
        self,
        target: Path | str,
        kb: criteria.KnowledgeBase,
        extra_columns: Sequence[str],
        lang: str,
    ) -> None:
        from openpyxl import Workbook

        self.target, self.kb, self.lang, self.t = target, kb, lang, Labels(lang)
        self.book = Workbook(write_only=True)
        t = self.t
        self.results = self.book.create_sheet(t("batch.sheet.results"))
        self.summary = self.book.create_sheet(t("batch.sheet.summary"))
        self.errors = self.book.create_sheet(t("batch.sheet.errors"))
        # names a reader reads, then the ids a script reads (header=1 in pandas); set
        # before the first row, which writes the sheet's view
        self.results.freeze_panes = f"A{HEADER_ROWS + 1}"
        names = [*extra_columns, *result_names(kb, lang)]
        self.results.append(self._styled(self.results, names, bold=True))
        ids = [*extra_columns, *result_header(kb)]
        self.results.append(self._styled(self.results, ids, color="666666", italic=True))
        self.errors.append(
            self._cells(self.errors, [t("batch.row"), t("batch.column"), t("batch.reason")])
        )
        self.listed = 0

    @staticmethod
    def _cells(ws: Any, values: Sequence[Any]) -> list[Any]:
        from openpyxl.cell import WriteOnlyCell

        out = list(values)
        for k, v in enumerate(out):
            if isinstance(v, str):
                if NOT_XML.search(v):
                    v = out[k] = NOT_XML.sub("\ufffd", v)
                if v.startswith("="):  # would be a formula: a cell stored as text instead
                    cell = WriteOnlyCell(ws, value=v)
                    cell.data_type = "s"
                    out[k] = cell
        return out

    @classmethod
    def _styled(cls, ws: Any, values: Sequence[str], **font: Any) -> list[Any]:
        """A header row: each value a text cell in the given font."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Font

        out = []
        for value in cls._cells(ws, values):
            cell = value if isinstance(value, Cell) else WriteOnlyCell(ws, value=value)
            cell.font = Font(**font)
            out.append(cell)
        return out

    def add(self, survey: Survey, rows: list[list[Any]]) -> None:
        """One chunk's result rows and, while the Errors sheet has room, its rejected cells."""
        for extra, values in zip(survey.extra, rows, strict=True):
            self.results.append(self._cells(self.results, [*extra, *values]))
        for r in survey.rejected[: max(ERRORS_SHOWN - self.listed, 0)]:
            self.errors.append(self._cells(self.errors, [r.row, r.column, r.reason(self.lang)]))
            self.listed += 1

    def save(self, totals: Totals, fh: IO[bytes]) -> None:
        """Write the Summary from ``totals``, close the Errors sheet, save into ``fh``."""
        t, kb, lang = self.t, self.kb, self.lang
        if spills(totals.rejected_cells):
            more = totals.rejected_cells - ERRORS_SHOWN
            where = errors_path(self.target).name
            self.errors.append(
                self._cells(self.errors, [t("batch.errors_spill", n=more, where=where)])
            )
        summary, cells = self.summary, self._cells
        summary.append(cells(summary, [t("batch.summary_title")]))
        read = t(
            "batch.read",
            rows=totals.read,
            good=totals.good,
            bad=totals.rejected_rows,
            profiles=totals.profiles,
        )
        summary.append(cells(summary, [read]))
        summary.append([])
        summary.append(cells(summary, [t("batch.model"), t("batch.count"), t("batch.share")]))
        counts, total = totals.counts, max(1, totals.good)
        for k, m in enumerate(kb.model_ids):
            role = (
                presenter.short_role(kb, m, "export", lang)
                + " / "
                + presenter.short_role(kb, m, "import", lang)
            )
            summary.append(cells(summary, [role, int(counts[k]), round(counts[k] / total, 4)]))
        summary.append(
            cells(
                summary, [t("batch.none_feasible"), int(counts[-1]), round(counts[-1] / total, 4)]
            )
        )
        summary.append(
            cells(summary, [t("batch.near_ties"), totals.ties, round(totals.ties / total, 4)])
        )
        self._chart()
        # How the recommendation varies with the trade direction and the budget.
        summary.append([])
        summary.append(cells(summary, [t("batch.by_capital")]))
        summary.append(
            cells(
                summary,
                [
                    t("batch.direction"),
                    t("batch.capital"),
                    *(m.name.get(lang) for m in kb.models),
                    t("batch.none_feasible"),
                ],
            )
        )
        capital, direction = kb.question("capital"), kb.question("trade_direction")
        for d, d_opt in enumerate(direction.options):
            for c, c_opt in enumerate(capital.options):
                row_counts = totals.by_capital[d, c]
                if row_counts.any():
                    labels = [d_opt.label.get(lang), c_opt.label.get(lang)]
                    summary.append(cells(summary, [*labels, *map(int, row_counts)]))
        from app import files

        try:
            self.book.save(fh)
        except OSError as exc:
            raise files.FileProblem(
                self.target, "cannot_write", reason=files.reason_of(exc)
            ) from None

    def discard(self) -> None:
        """Close the sheets' streams and remove their temporary files: the run stopped.

        Left to the collector, the half-written sheets would each say "Exception
        ignored" on the way out (a Ctrl-C mid-run), and leave their files behind.
        """
        import contextlib
        import os

        for ws in self.book.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
            out = getattr(getattr(ws, "_writer", None), "out", None)
            if isinstance(out, str):
                with contextlib.suppress(OSError):
                    os.remove(out)

    def _chart(self) -> None:
        from openpyxl.chart import BarChart, Reference

        summary, models = self.summary, len(self.kb.models)
        chart = BarChart()
        chart.type = "bar"
        chart.title = self.t("batch.chart")
        chart.add_data(
            Reference(summary, min_col=2, min_row=4, max_row=5 + models), titles_from_data=True
        )
        chart.set_categories(Reference(summary, min_col=1, min_row=5, max_row=5 + models))
        chart.x_axis.scaling.orientation = "maxMin"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.legend = None
        chart.width, chart.height = 22, 9
        summary.add_chart(chart, "E4")
