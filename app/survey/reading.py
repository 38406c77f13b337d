"""A survey read: a CSV or Excel file of answers checked against the questionnaire.

Columns are named by question id (``capital``) or by the question's English or Chinese
text or short name; answers are option ids or option labels in either language. Other
columns (company, id...) are passed through. Rows that do not fit the questionnaire are
kept as :class:`Rejected` cells with their row number, column and reason.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

import criteria
from app import presenter

#: Files larger than this are refused with their own message (memory stays bounded).
MAX_BYTES = 200 * 1024 * 1024


class BatchError(Exception):
    """Nothing could be read (exit 2): a ``batch.<kind>`` message of the catalogue."""

    def __init__(self, kind: str, **fields: object) -> None:
        self.kind, self.fields = kind, fields
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The message in ``lang``."""
        return presenter.text(lang, f"batch.{self.kind}", **self.fields)


@dataclass(frozen=True)
class Rejected:
    """One bad cell of a row.

    The file's row number (the header is row 1), its column, what is wrong
    (``no_answer`` or ``not_option``), the value and the valid choices (option ids, and
    their Chinese labels, which a Chinese reason lists instead).
    """

    row: int
    column: str
    kind: str
    value: str
    choices: tuple[str, ...]
    labels: tuple[str, ...] = ()

    def reason(self, lang: str = "en") -> str:
        """What is wrong and what is allowed, in ``lang``."""
        return rejected_reason(self.kind, self.value, self.choices, lang, self.labels)


@functools.lru_cache(maxsize=65_536)
def rejected_reason(
    kind: str, value: str, choices: tuple[str, ...], lang: str, labels: tuple[str, ...] = ()
) -> str:
    """A rejected cell's reason; a survey repeats the same few, so each is worded once.

    The valid choices are the option ids in English and the options' labels in Chinese
    (``labels``, when given): a survey may answer with either.
    """
    shown = value if len(value) <= 40 else value[:40] + "…"
    listed = "、".join(labels) if lang == "zh" and labels else ", ".join(choices)
    return presenter.text(lang, f"batch.{kind}", value=repr(shown), choices=listed)


class RejectedCells(Sequence[Rejected]):
    """A survey's bad cells as arrays: file row, question, value.

    A :class:`Rejected` is made only for the cells asked for: a survey of bad rows has
    millions.
    """

    def __init__(
        self,
        rows: np.ndarray,
        questions: np.ndarray,
        values: np.ndarray,
        named: Sequence[str],
        choices: Sequence[tuple[str, ...]],
        labels: Sequence[tuple[str, ...]] = (),
    ) -> None:
        self.rows, self.questions, self.values = rows, questions, values
        self.named, self.choices = list(named), list(choices)
        self.labels = list(labels) or [()] * len(self.choices)

    def __len__(self) -> int:
        return len(self.rows)

    def _cell(self, k: int) -> Rejected:
        j, value = int(self.questions[k]), str(self.values[k])
        kind = "not_option" if value else "no_answer"
        return Rejected(
            int(self.rows[k]), self.named[j], kind, value, self.choices[j], self.labels[j]
        )

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return [self._cell(i) for i in range(*k.indices(len(self)))]
        return self._cell(range(len(self))[k])

    @property
    def distinct_rows(self) -> int:
        """How many rows the cells are in."""
        return len(np.unique(self.rows))


def _no_cells() -> RejectedCells:
    empty = np.zeros(0, dtype=np.int64)
    return RejectedCells(empty, empty, np.zeros(0, dtype=object), [], [])


@dataclass
class Survey:
    """The rows read from a file: the good ones as option indices, the rest rejected."""

    extra_columns: list[str]
    extra: list[list[str]]
    rows: list[int]
    idx: np.ndarray
    rejected: RejectedCells = field(default_factory=_no_cells)
    read: int = 0

    @property
    def rejected_rows(self) -> int:
        """How many rows were left out."""
        return self.rejected.distinct_rows


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _asked_rows(
    kb: criteria.KnowledgeBase,
    q: criteria.Question,
    codes: np.ndarray,
    bad: np.ndarray,
    qpos: dict[str, int],
) -> np.ndarray:
    """Rows that are asked ``q`` (its conditions on earlier answers hold and are valid)."""
    asked = np.ones(len(codes), dtype=bool)
    for qid, options in q.when.items():
        j = qpos[qid]
        allowed = [kb.question(qid).option_ids.index(o) for o in options]
        asked &= np.isin(codes[:, j], allowed) & ~bad[:, j]
    return asked


def _question_columns(kb: criteria.KnowledgeBase, headers: Sequence[str]) -> dict[str, int]:
    """Question id → column index, from ids, question texts or short names (en or zh)."""
    names: dict[str, str] = {}
    for q in kb.questions:
        for name in (q.id, q.text.en, q.text.zh, q.short.en, q.short.zh):
            names.setdefault(_key(name), q.id)
    found: dict[str, int] = {}
    for col, header in enumerate(headers):
        qid = names.get(_key(header))
        if qid is None:
            continue
        if qid in found:  # which answer would count? neither, silently
            raise BatchError(
                "duplicate_column", question=qid, first=headers[found[qid]], second=header
            )
        found[qid] = col
    return found


def _option_lookup(kb: criteria.KnowledgeBase) -> list[dict[str, int]]:
    """Per question: id or label (en, zh; any case and spacing) → option index."""
    out = []
    for q in kb.questions:
        table: dict[str, int] = {}
        for k, o in enumerate(q.options):
            for name in (o.id, o.label.en, o.label.zh):
                table.setdefault(_key(name), k)
        out.append(table)
    return out


#: What a survey workbook may unpack to, before any of it is read (zip bombs, shared
#: strings or sheets that inflate, sparse sheets reaching far columns).
XLSX_LIMITS = {
    "unpacked": 1024 * 1024 * 1024,  # bytes of every part together
    "ratio": 200,  # a part's unpacked size over its packed size
    "entries": 10_000,  # parts in the zip
    "columns": 2_000,  # the sheet's declared width
    "cells": 50_000_000,  # the sheet's declared rows × columns
}


def check_xlsx(path: Path) -> None:
    """Refuse a workbook that would unpack beyond :data:`XLSX_LIMITS`, before reading it.

    From its zip directory and the first sheet's declared dimension, nothing unpacked.

    Raises :class:`BatchError` naming the measure and the limit.
    """
    import re
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > XLSX_LIMITS["entries"]:
                raise BatchError(
                    "xlsx_entries", path=path, n=len(parts), limit=XLSX_LIMITS["entries"]
                )
            total = sum(p.file_size for p in parts)
            if total > XLSX_LIMITS["unpacked"]:
                raise BatchError(
                    "xlsx_unpacked",
                    path=path,
                    size=_size(total),
                    limit=_size(XLSX_LIMITS["unpacked"]),
                )
            for part in parts:
                packed = max(part.compress_size, 1)
                if part.file_size > 1024 * 1024 and part.file_size / packed > XLSX_LIMITS["ratio"]:
                    raise BatchError(
                        "xlsx_ratio",
                        path=path,
                        part=part.filename,
                        ratio=round(part.file_size / packed),
                        limit=XLSX_LIMITS["ratio"],
                    )
            sheets = sorted(
                p.filename
                for p in parts
                if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", p.filename)
            )
            if sheets:
                with archive.open(sheets[0]) as sheet:
                    head = sheet.read(4096).decode("utf-8", "replace")
                _check_dimension(path, head)
    except zipfile.BadZipFile as exc:
        raise BatchError("unreadable", path=path, detail=str(exc)) from None


def _check_dimension(path: Path, head: str) -> None:
    import re

    match = re.search(r'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]+)(\d+)"', head)
    if not match:
        return
    letters, rows = match.groups()
    columns = 0
    for ch in letters:
        columns = columns * 26 + ord(ch) - ord("A") + 1
    if columns > XLSX_LIMITS["columns"]:
        raise BatchError("xlsx_wide", path=path, n=columns, limit=XLSX_LIMITS["columns"])
    if columns * int(rows) > XLSX_LIMITS["cells"]:
        raise BatchError("xlsx_cells", path=path, n=columns * int(rows), limit=XLSX_LIMITS["cells"])


def _size(n: int) -> str:
    """Bytes as a person reads them: 9.0 GB, 250 MB."""
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


def parse(
    kb: criteria.KnowledgeBase, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> Survey:
    """:func:`parse_frame` for a header and rows given as lists."""
    import pandas as pd

    width = len(headers)
    padded = [[str(v) for v in row][:width] + [""] * (width - len(row)) for row in rows]
    return parse_frame(kb, pd.DataFrame(padded, columns=list(headers), dtype=str))


def parse_frame(kb: criteria.KnowledgeBase, frame: Any, first_row: int = 2) -> Survey:
    """Check every row against the questionnaire; the good ones become option indices.

    Vectorised by column: each answer column is mapped to option indices at once; only
    the cells that do not match exactly are looked up again, ignoring case and spacing.
    """
    import pandas as pd

    headers = [str(h) for h in frame.columns]
    columns = _question_columns(kb, headers)
    # a question asked of some rows only (the destination, of exporters) may have no column
    missing = [q.id for q in kb.questions if q.id not in columns and not q.when]
    if missing:
        ids = ", ".join(q.id for q in kb.questions)
        raise BatchError("missing_columns", missing=", ".join(missing), ids=ids)
    stripped = {c: frame.iloc[:, c].str.strip() for c in range(len(headers))}
    blank = np.ones(len(frame), dtype=bool)
    for column in stripped.values():
        blank &= (column == "").to_numpy()
    # the file's rows: the header is row 1, a later chunk starts at ``first_row``
    numbers = np.arange(first_row, first_row + len(frame))[~blank]
    lookup = _option_lookup(kb)
    codes = np.zeros((len(numbers), len(kb.questions)), dtype=np.int64)
    bad = np.zeros(codes.shape, dtype=bool)
    answered = []  # each question's answers, the blank lines left out
    qpos = {q.id: j for j, q in enumerate(kb.questions)}
    for j, q in enumerate(kb.questions):
        if q.id not in columns:  # an optional question's column is absent: all blank
            answered.append(np.full(len(numbers), "", dtype=object))
            bad[:, j] = _asked_rows(kb, q, codes, bad, qpos)
            continue
        values = stripped[columns[q.id]][~blank]
        answered.append(values.to_numpy(dtype=object))
        exact = {
            name: k for k, o in enumerate(q.options) for name in (o.label.zh, o.label.en, o.id)
        }
        mapped = values.map(exact).astype(object)
        miss = np.flatnonzero(mapped.isna().to_numpy())
        if miss.size:  # looked up again ignoring case and spacing, each distinct value once
            again = {v: lookup[j].get(_key(v)) for v in pd.unique(values.iloc[miss])}
            mapped.iloc[miss] = values.iloc[miss].map(again).to_numpy(dtype=object)
        missing_cells = mapped.isna().to_numpy()
        codes[:, j] = mapped.fillna(0).to_numpy(dtype=np.int64)
        if q.when:  # a blank is no answer where the question is not asked; a wrong one is
            missing_cells = missing_cells & (
                _asked_rows(kb, q, codes, bad, qpos) | (values != "").to_numpy()
            )
        bad[:, j] = missing_cells
    choices = [q.option_ids for q in kb.questions]  # computed once, not per bad cell
    labels = [tuple(o.label.zh for o in q.options) for q in kb.questions]
    named = [headers[columns[q.id]] if q.id in columns else q.id for q in kb.questions]
    r_bad, j_bad = np.nonzero(bad)  # row by row, each row's cells in question order
    table = np.column_stack(answered) if answered else np.zeros((0, 0), dtype=object)
    values = table[r_bad, j_bad].astype(str).astype(object) if len(r_bad) else table[:0, 0]
    rejected = RejectedCells(numbers[r_bad], j_bad, values, named, choices, labels)
    good = ~bad.any(axis=1)
    used = set(columns.values())
    extra_cols = [c for c in range(len(headers)) if c not in used]
    extra = frame.iloc[np.flatnonzero(~blank)[good], extra_cols].to_numpy(dtype=object).tolist()
    return Survey(
        [headers[c] for c in extra_cols],
        extra,
        numbers[good].tolist(),
        codes[good],
        rejected,
        read=len(frame),
    )
