"""A survey's results as CSV: one row per good row, and the rejected rows beside them.

Text a user typed never becomes a formula: cells starting with ``= + - @``, a tab or a
carriage return are prefixed with ``'`` (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import criteria
from app import presenter
from app.survey.reading import RejectedCells, Survey, rejected_reason

#: Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Characters an xlsx cannot hold: controls, lone surrogates, U+FFFE and U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def result_header(kb: criteria.KnowledgeBase) -> list[str]:
    """The result columns (stable ids, the same in both languages)."""
    return [
        "recommended",
        "recommended_role",
        "confidence",
        "confidence_share",
        "not_feasible",
        "near_tie",
        "cannot_serve_goal",
        "order",
        *(f"fit_{m}" for m in kb.model_ids),
        "route",
        "first_change",
    ]


def result_names(kb: criteria.KnowledgeBase, lang: str) -> list[str]:
    """The result columns' names in ``lang``, in :func:`result_header`'s order."""
    t = presenter.words(lang)
    names = []
    for cid in result_header(kb):
        if cid.startswith("fit_"):
            names.append(t("batch.col.fit", model=kb.model(cid[4:]).name.get(lang)))
        else:
            names.append(t(f"batch.col.{cid}"))
    return names


def safe_text(value: str) -> str:
    """Text that neither a CSV reader nor an xlsx takes for a formula or breaks on."""
    value = NOT_XML.sub("\ufffd", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _safe_columns(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The rows' columns, every text made :func:`safe_text` (each distinct text once)."""
    columns = list(zip(*rows, strict=True))
    for k, column in enumerate(columns):
        texts = {v for v in column if isinstance(v, str)}
        if texts:
            safe = {v: safe_text(v) for v in texts}
            columns[k] = tuple(safe.get(v, v) if isinstance(v, str) else v for v in column)
    return columns


#: The errors file's columns.
ERRORS_HEADER = ("row", "column", "reason")


def errors_path(path: Path | str) -> Path:
    """Where the rejected rows of a CSV output go: ``NAME.errors.csv`` beside it."""
    path = Path(path)
    return path.with_name(path.stem + ".errors.csv")


def csv_outputs(
    path: Path | str,
    survey: Survey,
    kb: criteria.KnowledgeBase,
    rows: list[list[Any]],
    lang: str = "en",
) -> list[tuple[Path | str, bytes]]:
    """The results as CSV bytes, and the rejected rows beside them (when there are any).

    Written as the batch streams them to its files.
    """
    results = io.BytesIO()
    CsvStream(results, [*survey.extra_columns, *result_header(kb)]).rows(
        [extra + result for extra, result in zip(survey.extra, rows, strict=True)]
    )
    out: list[tuple[Path | str, bytes]] = [(path, results.getvalue())]
    if survey.rejected:
        errors = io.BytesIO()
        CsvStream(errors, ERRORS_HEADER).text(errors_text(survey.rejected, lang))
        out.append((errors_path(path), errors.getvalue()))
    return out


class CsvStream:
    """A CSV written a chunk of rows at a time: UTF-8 with a BOM, CRLF, safe text."""

    def __init__(self, fh: IO[bytes], header: Sequence[str]) -> None:
        self.fh = fh
        fh.write("\ufeff".encode())  # the BOM: Excel then reads UTF-8
        self._write([[safe_text(h) for h in header]])

    def _write(self, rows: Sequence[Sequence[Any]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)  # None is written as ""
        self.fh.write(buffer.getvalue().encode("utf-8"))

    def rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Write ``rows``, every text made :func:`safe_text`."""
        if rows:
            self._write(list(zip(*_safe_columns(rows), strict=True)))

    def text(self, lines: str) -> None:
        """Write lines already rendered as CSV."""
        self.fh.write(lines.encode("utf-8"))


def errors_text(cells: RejectedCells, lang: str) -> str:
    """Rejected cells as lines of the errors CSV (row, column, reason), already safe.

    A survey repeats a few columns and values millions of times: each distinct one is
    worded, guarded and quoted once.
    """
    said: dict[tuple[int, str], str] = {}
    out = []
    for row, j, value in zip(
        cells.rows.tolist(), cells.questions.tolist(), cells.values.tolist(), strict=True
    ):
        tail = said.get((j, value))
        if tail is None:
            kind = "not_option" if value else "no_answer"
            reason = rejected_reason(kind, value, cells.choices[j], lang, cells.labels[j])
            tail = said[(j, value)] = csv_tail(cells.named[j], reason)
        out.append(f"{row}{tail}")
    return "".join(out)


def csv_tail(column: str, reason: str) -> str:
    """``,column,reason`` and the line's end, as the errors CSV writes them after a row."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(["", safe_text(column), safe_text(reason)])
    return buffer.getvalue()
