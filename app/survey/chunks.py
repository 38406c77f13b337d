"""A survey read a chunk of rows at a time, so that memory does not grow with its size.

A CSV is scanned once, line by line, for its encoding (UTF-8 with or without BOM, else
GB18030, never a mix) and its number of lines, then read by pandas' chunked reader; a
workbook is checked from its zip directory, then read by openpyxl in read-only mode.
Each chunk is a ``pandas.DataFrame`` of text named by the header row: the header is read
as a row, since pandas would rename a column given twice (``capital.1``) and so hide it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import files
from app.survey.reading import MAX_BYTES, BatchError, check_xlsx

#: Rows read, ranked and written at a time.
CHUNK_ROWS = 50_000
#: The largest CSV survey: it is read a chunk at a time, so only the disk bounds it.
MAX_CSV_BYTES = 64 * 1024**3


class Chunks:
    """The rows of the survey at ``path``, ``rows`` at a time.

    ``total`` is the number of rows to expect (the lines or the sheet's rows, less the
    header): what progress is measured against. Reading fails with
    :class:`BatchError` or :class:`app.files.FileProblem`, as reading it whole does.
    """

    def __init__(self, path: Path | str, rows: int = CHUNK_ROWS) -> None:
        self.path, self.rows = Path(path), rows
        self.xlsx = self.path.suffix.lower() in (".xlsx", ".xlsm")
        files.check_readable(self.path, MAX_BYTES if self.xlsx else MAX_CSV_BYTES)
        if self.xlsx:
            check_xlsx(self.path)
            self.encoding, self.total = "", 0
        else:
            self.encoding, lines = _scan(self.path)
            self.total = max(lines - 1, 0)

    def __iter__(self) -> Iterator[Any]:
        try:
            yield from self._xlsx() if self.xlsx else self._csv()
        except (files.FileProblem, BatchError):
            raise
        except Exception as exc:  # pandas' and openpyxl's many parse errors: one message
            detail = " ".join(str(exc).split())[:200]
            raise BatchError("unreadable", path=self.path, detail=detail) from None

    def _csv(self) -> Iterator[Any]:
        import pandas as pd

        # The header is read as a row: pandas would rename a column given twice.
        reader = pd.read_csv(
            self.path,
            encoding=self.encoding,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=True,
            chunksize=self.rows,
        )
        header: list[str] | None = None
        with reader:
            for chunk in reader:
                chunk = chunk.fillna("").astype(str)
                if header is None:
                    header = [str(h) for h in chunk.iloc[0]]
                    chunk = chunk.iloc[1:]
                chunk = chunk.reset_index(drop=True)
                chunk.columns = header
                yield chunk
        if header is None:
            yield pd.DataFrame(dtype=str)

    def _xlsx(self) -> Iterator[Any]:
        import defusedxml  # noqa: F401  (openpyxl parses with it: no entities, no DTDs)
        import openpyxl
        import pandas as pd

        book = openpyxl.load_workbook(self.path, read_only=True, data_only=True, keep_links=False)
        try:
            sheet = book.worksheets[0]
            self.total = max((sheet.max_row or 1) - 1, 0)
            width = sheet.max_column or 0
            rows = sheet.iter_rows(values_only=True)
            first = next(rows, None)
            if first is None:
                yield pd.DataFrame(dtype=str)
                return
            width = max(width, len(first))
            header = _texts(first, width)
            batch: list[list[str]] = []
            for row in rows:
                batch.append(_texts(row, width))
                if len(batch) == self.rows:
                    yield pd.DataFrame(batch, columns=header, dtype=str)
                    batch = []
            if batch or width:
                yield pd.DataFrame(batch, columns=header, dtype=str)
        finally:
            book.close()


def _texts(row: tuple[Any, ...], width: int) -> list[str]:
    """A sheet's row as text, as pandas reads a cell with ``dtype=str``."""
    out = [_text(v) for v in row[:width]]
    return out + [""] * (width - len(out))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _scan(path: Path) -> tuple[str, int]:
    """The CSV's encoding and its number of lines, in one pass of constant memory.

    UTF-8 (with or without BOM) if every line is, else GB18030; a file with UTF-8
    Chinese lines and lines that are not UTF-8 mixes encodings and is refused, naming
    the first of each (decoded as GB18030, its UTF-8 lines would turn to mojibake).
    """
    utf8_line = not_utf8_line = lines = 0
    try:
        with path.open("rb") as fh:
            for lines, line in enumerate(fh, start=1):  # noqa: B007  (the count is kept)
                if line.isascii():
                    continue
                try:
                    line.decode("utf-8")
                    utf8_line = utf8_line or lines
                except UnicodeDecodeError:
                    not_utf8_line = not_utf8_line or lines
                    try:
                        line.decode("gb18030")
                    except UnicodeDecodeError:
                        raise files.FileProblem(path, "not_utf8") from None
    except OSError as exc:
        raise files.FileProblem(path, "cannot_read", reason=files.reason_of(exc)) from None
    if utf8_line and not_utf8_line:
        raise BatchError("mixed_encoding", path=path, utf8=utf8_line, other=not_utf8_line)
    return ("gb18030" if not_utf8_line else "utf-8-sig"), lines
