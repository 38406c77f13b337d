"""Batch assessment of a survey: read a CSV or Excel file of answers, rank every row, write.

Columns are named by question id (``capital``) or by the question's English or Chinese
text or short name; answers are option ids or option labels in either language. Other
columns (company, id...) are passed through. Rows that do not fit the questionnaire are
reported with their row number, column and reason and left out; the good rows are still
ranked (:func:`criteria.decision.batch.assess_many`: each distinct profile once, in numpy).

Outputs are written whole through temporary files, all or none (:func:`app.files.write_all`):
CSV with a result per row (and ``NAME.errors.csv`` beside it when rows were rejected),
or an .xlsx in openpyxl's write-only mode with a Results, a Summary (how the
recommendations are distributed, a native chart, and how they vary with the trade
direction and the budget) and an Errors sheet. Text a user typed never becomes a
formula: CSV cells starting with ``= + - @``, a tab or a carriage return are prefixed
with ``'`` (OWASP's advice on CSV injection), and every xlsx text cell is stored as text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

import criteria
from app import files, presenter
from app.catalogue import Labels
from criteria.decision import batch as core

#: Files larger than this are refused with their own message (memory stays bounded).
MAX_BYTES = 200 * 1024 * 1024
#: Rejected rows listed on the terminal; the rest are in the errors file or sheet.
SHOWN_ERRORS = 20
#: The longest column name or reason a terminal line quotes.
SHOWN_WIDTH = 120
#: Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Characters an xlsx cannot hold: controls, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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
    (``no_answer`` or ``not_option``), the value and the valid choices.
    """

    row: int
    column: str
    kind: str
    value: str
    choices: tuple[str, ...]

    def reason(self, lang: str = "en") -> str:
        """What is wrong and what is allowed, in ``lang``."""
        shown = self.value if len(self.value) <= 40 else self.value[:40] + "…"
        return presenter.text(
            lang, f"batch.{self.kind}", value=repr(shown), choices=", ".join(self.choices)
        )


@dataclass
class Survey:
    """The rows read from a file: the good ones as option indices, the rest rejected."""

    extra_columns: list[str]
    extra: list[list[str]]
    rows: list[int]
    idx: np.ndarray
    rejected: list[Rejected] = field(default_factory=list)
    read: int = 0

    @property
    def rejected_rows(self) -> int:
        """How many rows were left out."""
        return len({r.row for r in self.rejected})


def safe_text(value: str) -> str:
    """Text that neither a CSV reader nor an xlsx takes for a formula or breaks on."""
    value = _NOT_XML.sub("\ufffd", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _question_columns(kb: criteria.KnowledgeBase, headers: Sequence[str]) -> dict[str, int]:
    """Question id → column index, from ids, question texts or short names (en or zh)."""
    names: dict[str, str] = {}
    for q in kb.questions:
        for name in (q.id, q.text.en, q.text.zh, q.short.en, q.short.zh):
            names.setdefault(_key(name), q.id)
    found: dict[str, int] = {}
    for col, header in enumerate(headers):
        qid = names.get(_key(header))
        if qid is not None and qid not in found:
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


def read_table(path: Path | str) -> Any:
    """A CSV (UTF-8, with or without BOM, or GB18030) or .xlsx as a table of text.

    A ``pandas.DataFrame`` of strings: empty cells are ``""``.
    """
    path = Path(path)
    files.check_readable(path, MAX_BYTES)
    import pandas as pd

    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            data = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    text = data.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise files.FileProblem(path, "not_utf8")
            frame = pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True
            )
    except files.FileProblem:
        raise
    except Exception as exc:  # pandas' and openpyxl's many parse errors: one message
        detail = " ".join(str(exc).split())[:200]
        raise BatchError("unreadable", path=path, detail=detail) from None
    frame.columns = [str(h) for h in frame.columns]
    return frame.fillna("").astype(str)


def parse(
    kb: criteria.KnowledgeBase, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> Survey:
    """:func:`parse_frame` for a header and rows given as lists."""
    import pandas as pd

    width = len(headers)
    padded = [[str(v) for v in row][:width] + [""] * (width - len(row)) for row in rows]
    return parse_frame(kb, pd.DataFrame(padded, columns=list(headers), dtype=str))


def parse_frame(kb: criteria.KnowledgeBase, frame: Any) -> Survey:
    """Check every row against the questionnaire; the good ones become option indices.

    Vectorised by column: each answer column is mapped to option indices at once; only
    the cells that do not match exactly are looked up again, ignoring case and spacing.
    """
    headers = [str(h) for h in frame.columns]
    columns = _question_columns(kb, headers)
    missing = [q.id for q in kb.questions if q.id not in columns]
    if missing:
        ids = ", ".join(q.id for q in kb.questions)
        raise BatchError("missing_columns", missing=", ".join(missing), ids=ids)
    stripped = {c: frame.iloc[:, c].str.strip() for c in range(len(headers))}
    blank = np.ones(len(frame), dtype=bool)
    for column in stripped.values():
        blank &= (column == "").to_numpy()
    numbers = np.arange(2, len(frame) + 2)[~blank]  # the file's rows: the header is row 1
    lookup = _option_lookup(kb)
    codes = np.zeros((len(numbers), len(kb.questions)), dtype=np.int64)
    bad = np.zeros(codes.shape, dtype=bool)
    answered = []  # each question's answers, the blank lines left out
    for j, q in enumerate(kb.questions):
        values = stripped[columns[q.id]][~blank]
        answered.append(values.to_numpy(dtype=object))
        exact = {
            name: k for k, o in enumerate(q.options) for name in (o.label.zh, o.label.en, o.id)
        }
        mapped = values.map(exact).astype(object)
        miss = np.flatnonzero(mapped.isna().to_numpy())
        if miss.size:
            mapped.iloc[miss] = [lookup[j].get(_key(v)) for v in values.iloc[miss]]
        missing_cells = mapped.isna().to_numpy()
        codes[:, j] = mapped.fillna(0).to_numpy(dtype=np.int64)
        bad[:, j] = missing_cells
    rejected = []
    for r, j in zip(*np.nonzero(bad), strict=True):
        q = kb.questions[j]
        value = str(answered[j][r])
        kind = "not_option" if value else "no_answer"
        rejected.append(
            Rejected(int(numbers[r]), headers[columns[q.id]], kind, value, q.option_ids)
        )
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


# --- the results as rows --------------------------------------------------------------
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
    ]


def _joined(rows: np.ndarray, text: Callable[[np.ndarray], str]) -> np.ndarray:
    """``text`` of each row, computed once per distinct row."""
    if not len(rows):
        return np.array([], dtype=object)
    distinct, inverse = core.distinct_rows(rows)
    said = np.array([text(row) for row in distinct], dtype=object)
    return np.asarray(said[inverse])


def result_columns(
    kb: criteria.KnowledgeBase, survey: Survey, result: core.BatchResult, lang: str
) -> list[np.ndarray]:
    """The result values as columns, in :func:`result_header`'s order."""
    t = presenter.words(lang)
    models = np.array(kb.model_ids, dtype=object)
    directions = kb.question("trade_direction").option_ids
    labels = {b.id: b.label.get(lang) for b in kb.rule.confidence}
    labels["none"] = t("batch.none_feasible")
    labels["skipped"] = t("batch.skipped")
    roles = np.array(
        [[presenter.role(kb, m, d, lang) for m in kb.model_ids] for d in directions], dtype=object
    )
    rec = result.recommended
    has = rec >= 0
    first = np.maximum(rec, 0)
    direction = survey.idx[:, kb.questions.index(kb.question("trade_direction"))]
    share = np.round(result.share, 4).astype(object)
    share[np.isnan(result.share)] = None
    fit = np.round(100 * result.fit, 1)
    return [
        np.where(has, models[first], ""),
        np.where(has, roles[direction, first] if len(rec) else "", ""),
        np.array([labels[str(x)] for x in result.label], dtype=object),
        share,
        _joined(result.feasible, lambda f: ";".join(models[~f])),
        _joined(result.near_tie, lambda f: ";".join(models[f])),
        _joined(result.gated, lambda f: ";".join(models[f])),
        _joined(result.order, lambda o: ";".join(models[o])),
        *(fit[:, i] for i in range(len(models))),
    ]


def result_rows(
    kb: criteria.KnowledgeBase, survey: Survey, result: core.BatchResult, lang: str
) -> list[list[Any]]:
    """One list of result values per good row, in :func:`result_header`'s order."""
    columns = [c.tolist() for c in result_columns(kb, survey, result, lang)]  # plain values
    return [list(row) for row in zip(*columns, strict=True)]


# --- writing ---------------------------------------------------------------------------
def _safe_columns(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The rows' columns, every text made :func:`safe_text` (each distinct text once)."""
    columns = list(zip(*rows, strict=True))
    for k, column in enumerate(columns):
        texts = {v for v in column if isinstance(v, str)}
        if texts:
            safe = {v: safe_text(v) for v in texts}
            columns[k] = tuple(safe.get(v, v) if isinstance(v, str) else v for v in column)
    return columns


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # None is written as ""
    writer.writerow([safe_text(h) for h in header])
    writer.writerows(zip(*_safe_columns(rows), strict=True))
    return buffer.getvalue().encode("utf-8-sig")  # the BOM: Excel then reads UTF-8


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
    """The results as CSV, and the rejected rows beside it (when there are any)."""
    header = [*survey.extra_columns, *result_header(kb)]
    data = [extra + result for extra, result in zip(survey.extra, rows, strict=True)]
    out: list[tuple[Path | str, bytes]] = [(path, _csv_bytes(header, data))]
    if survey.rejected:
        errors = _csv_bytes(
            ["row", "column", "reason"],
            [[r.row, r.column, r.reason(lang)] for r in survey.rejected],
        )
        out.append((errors_path(path), errors))
    return out


def xlsx_bytes(
    target: Path | str,
    survey: Survey,
    kb: criteria.KnowledgeBase,
    result: core.BatchResult,
    rows: list[list[Any]],
    lang: str,
) -> bytes:
    """The results, a summary with a native chart, and the rejected rows, as .xlsx."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference

    t = Labels(lang)
    wb = Workbook(write_only=True)

    def cells(ws: Any, values: Sequence[Any]) -> list[Any]:
        out = list(values)
        for k, v in enumerate(out):
            if isinstance(v, str):
                if _NOT_XML.search(v):
                    v = out[k] = _NOT_XML.sub("\ufffd", v)
                if v.startswith("="):  # would be a formula: a cell stored as text instead
                    cell = WriteOnlyCell(ws, value=v)
                    cell.data_type = "s"
                    out[k] = cell
        return out

    results = wb.create_sheet(t("batch.sheet.results"))
    header = [*survey.extra_columns, *result_header(kb)]
    results.append(cells(results, header))
    for extra, values in zip(survey.extra, rows, strict=True):
        results.append(cells(results, [*extra, *values]))

    summary = wb.create_sheet(t("batch.sheet.summary"))
    summary.append(cells(summary, [t("batch.summary_title")]))
    summary.append(
        cells(
            summary,
            [
                t(
                    "batch.read",
                    rows=survey.read,
                    good=len(survey.rows),
                    bad=survey.rejected_rows,
                    profiles=result.profiles,
                )
            ],
        )
    )
    summary.append([])
    summary.append(cells(summary, [t("batch.model"), t("batch.count"), t("batch.share")]))
    counts = np.bincount(
        np.where(result.recommended < 0, len(kb.models), result.recommended),
        minlength=len(kb.models) + 1,
    )
    total = max(1, len(result))
    for k, m in enumerate(kb.model_ids):
        summary.append(
            cells(
                summary,
                [
                    presenter.short_role(kb, m, "export", lang)
                    + " / "
                    + presenter.short_role(kb, m, "import", lang),
                    int(counts[k]),
                    round(counts[k] / total, 4),
                ],
            )
        )
    summary.append(
        cells(summary, [t("batch.none_feasible"), int(counts[-1]), round(counts[-1] / total, 4)])
    )
    ties = int(result.near_tie.any(axis=1).sum())
    summary.append(cells(summary, [t("batch.near_ties"), ties, round(ties / total, 4)]))
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("batch.chart")
    chart.add_data(
        Reference(summary, min_col=2, min_row=4, max_row=5 + len(kb.models)), titles_from_data=True
    )
    chart.set_categories(Reference(summary, min_col=1, min_row=5, max_row=5 + len(kb.models)))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.width, chart.height = 22, 9
    summary.add_chart(chart, "E4")

    # How the recommendation varies with the trade direction and the budget.
    summary.append([])
    summary.append(cells(summary, [t("batch.by_capital")]))
    capital = kb.question("capital")
    direction = kb.question("trade_direction")
    qd = kb.questions.index(direction)
    qc = kb.questions.index(capital)
    summary.append(
        cells(summary, [t("batch.direction"), t("batch.capital"), *kb.model_ids, "none"])
    )
    for d, d_opt in enumerate(direction.options):
        for c, c_opt in enumerate(capital.options):
            mine = (survey.idx[:, qd] == d) & (survey.idx[:, qc] == c) if len(result) else []
            if not np.any(mine):
                continue
            sub = result.recommended[mine]
            row_counts = np.bincount(
                np.where(sub < 0, len(kb.models), sub), minlength=len(kb.models) + 1
            )
            summary.append(
                cells(
                    summary, [d_opt.label.get(lang), c_opt.label.get(lang), *map(int, row_counts)]
                )
            )

    errors = wb.create_sheet(t("batch.sheet.errors"))
    errors.append(cells(errors, [t("batch.row"), t("batch.column"), t("batch.reason")]))
    for r in survey.rejected:
        errors.append(cells(errors, [r.row, r.column, r.reason(lang)]))
    from app.report.writer import workbook_bytes

    return workbook_bytes(wb, target)


@dataclass(frozen=True)
class Outcome:
    """What a batch run did: the survey read, the result, and the exit code it earns."""

    survey: Survey
    result: core.BatchResult

    @property
    def exit_code(self) -> int:
        """0 every row good, 3 some rows rejected."""
        return 3 if self.survey.rejected else 0


def run(
    path: Path | str,
    kb: criteria.KnowledgeBase,
    *,
    csv_out: Path | str | None = None,
    xlsx_out: Path | str | None = None,
    lang: str = "en",
    progress: Callable[[int, int], bool] | None = None,
    samples: int | None = None,
) -> Outcome:
    """Read, rank and write a survey.

    Raises :class:`BatchError`, :class:`app.files.FileProblem` or
    :class:`criteria.decision.batch.Cancelled` (when ``progress`` returns False).
    """
    survey = parse_frame(kb, read_table(path))
    result = core.assess_many(kb, survey.idx, progress, samples=samples)
    values = result_rows(kb, survey, result, lang)
    outputs: list[tuple[Path | str, bytes]] = []
    if xlsx_out:
        outputs.append((xlsx_out, xlsx_bytes(xlsx_out, survey, kb, result, values, lang)))
    if csv_out:
        outputs += csv_outputs(csv_out, survey, kb, values, lang)
    files.write_all(outputs)  # every output, or none replaced
    return Outcome(survey, result)


def summary_lines(outcome: Outcome, kb: criteria.KnowledgeBase, lang: str) -> list[str]:
    """What the terminal shows: rows read, and how the recommendations are distributed."""
    t = presenter.words(lang)
    survey, result = outcome.survey, outcome.result
    lines = [
        t(
            "batch.read",
            rows=survey.read,
            good=len(survey.rows),
            bad=survey.rejected_rows,
            profiles=result.profiles,
        )
    ]
    counts: Mapping[int, int] = dict(
        zip(*np.unique(result.recommended, return_counts=True), strict=True)
    )
    for k, m in enumerate(kb.model_ids):
        lines.append(f"  {m:<18} {int(counts.get(k, 0)):>8}")
    lines.append(f"  {'none':<18} {int(counts.get(-1, 0)):>8}")
    return lines


def error_lines(survey: Survey, lang: str, where: str) -> list[str]:
    """The rejected cells for stderr: the first :data:`SHOWN_ERRORS`, then how many more."""
    t = presenter.words(lang)
    out = [
        t(
            "batch.rejected",
            row=r.row,
            column=presenter.one_line(r.column, SHOWN_WIDTH),
            reason=presenter.one_line(r.reason(lang), SHOWN_WIDTH),
        )
        for r in survey.rejected[:SHOWN_ERRORS]
    ]
    if len(survey.rejected) > SHOWN_ERRORS:
        out.append(t("batch.more_errors", n=len(survey.rejected) - SHOWN_ERRORS, where=where))
    return out
