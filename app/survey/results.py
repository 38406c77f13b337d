"""A survey's results: the values of every good row, by column, and the run as a whole.

The rows are ranked by :func:`criteria.decision.batch.assess_many` (each distinct
profile of a chunk once, in numpy); :func:`run` reads, ranks and writes a chunk at a
time, all outputs or none (:func:`app.files.staged`); the terminal's lines come from
here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import criteria
from app import files, presenter
from app.survey.chunks import CHUNK_ROWS, Chunks
from app.survey.reading import Survey, parse_frame
from app.survey.totals import SHOWN_ERRORS, Totals
from app.survey.writing import ERRORS_HEADER, CsvStream, errors_path, errors_text, result_header
from criteria.decision import batch as core
from criteria.decision import clock, matrix

#: The longest column name or reason a terminal line quotes.
SHOWN_WIDTH = 120


def _joined(rows: np.ndarray, text: Callable[[np.ndarray], str]) -> np.ndarray:
    """``text`` of each row, computed once per distinct row."""
    if not len(rows):
        return np.array([], dtype=object)
    distinct, inverse = core.distinct_rows(rows)
    said = np.array([text(row) for row in distinct], dtype=object)
    return np.asarray(said[inverse])


def _first_changes(
    kb: criteria.KnowledgeBase, idx: np.ndarray, on: dt.date
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`criteria.decision.clock.first_changes`, each distinct profile once."""
    if not len(idx):
        return np.zeros(0, dtype=object), np.zeros(0, dtype=object)
    profiles, inverse = core.distinct_rows(idx)
    routes, dates = clock.first_changes(kb, profiles, on)
    return routes[inverse], dates[inverse]


def result_columns(
    kb: criteria.KnowledgeBase,
    survey: Survey,
    result: core.BatchResult,
    lang: str,
    on: dt.date | None = None,
) -> list[np.ndarray]:
    """The result values as columns, in :func:`result_header`'s order.

    ``route`` is the recommended model's entry route as of ``on`` (default today),
    ``first_change`` the first date inside the row's horizon on which a scheduled rule
    changes the recommendation (empty: it holds).
    """
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
        *_first_changes(kb, survey.idx, matrix.today() if on is None else on),
    ]


def result_rows(
    kb: criteria.KnowledgeBase,
    survey: Survey,
    result: core.BatchResult,
    lang: str,
    on: dt.date | None = None,
) -> list[list[Any]]:
    """One list of result values per good row, in :func:`result_header`'s order."""
    columns = [c.tolist() for c in result_columns(kb, survey, result, lang, on)]  # plain
    return [list(row) for row in zip(*columns, strict=True)]


@dataclass(frozen=True)
class Outcome:
    """What a batch run did: the survey's totals, and the exit code they earn."""

    totals: Totals

    @property
    def exit_code(self) -> int:
        """0 every row good, 3 some rows rejected."""
        return 3 if self.totals.rejected_cells else 0


def run(
    path: Path | str,
    kb: criteria.KnowledgeBase,
    *,
    csv_out: Path | str | None = None,
    xlsx_out: Path | str | None = None,
    lang: str = "en",
    progress: Callable[[int, int], bool] | None = None,
    samples: int | None = None,
    chunk_rows: int = CHUNK_ROWS,
    on: dt.date | None = None,
    keep_errors: bool = False,
) -> Outcome:
    """Read, rank and write a survey, ``chunk_rows`` at a time: memory stays flat.

    Each chunk is read, ranked and written before the next is read; the outputs are
    temporary files until the last chunk is in, then all replace their targets (or, on
    any failure or a cancel, none does). ``progress(rows done, rows expected)`` is
    called after each chunk; if it returns False, :class:`Cancelled` is raised. ``on``
    is the date whose dated rules apply (default today). With ``keep_errors``, a
    workbook's rejected cells are also written whole to the errors CSV beside it
    (:func:`errors_path`) whenever there are any, not only when its sheet is full.

    Raises :class:`BatchError`, :class:`app.files.FileProblem` or
    :class:`criteria.decision.batch.Cancelled`.
    """
    # The workbook's module imports openpyxl's parts and this package's: loaded here.
    from app.report import survey as workbook

    csv_errors = errors_path(csv_out) if csv_out else None
    spill = errors_path(xlsx_out) if xlsx_out else None
    if spill is not None and csv_errors is not None and files.same_file(spill, csv_errors):
        spill = None  # the CSV's errors file is the workbook's overflow too: written once
    files.check_outputs([path], [xlsx_out, csv_out, csv_errors])
    chunks = Chunks(path, chunk_rows)
    totals = Totals(kb)
    profiles = core.ProfileCache()  # a profile seen in an earlier chunk is not ranked again
    paths = [p for p in (csv_out, csv_errors, xlsx_out, spill) if p is not None]
    book: workbook.SurveyWorkbook | None = None  # removed whole if the run stops
    try:
        with files.staged(paths) as staging:
            handle = dict(zip(map(str, paths), staging.files, strict=True))
            streams: dict[str, CsvStream] = {}
            first_row, started = 2, False
            for frame in chunks:
                survey = parse_frame(kb, frame, first_row)
                if not started:  # the first chunk: the outputs' headers
                    started = True
                    header = [*survey.extra_columns, *result_header(kb)]
                    if csv_out:
                        streams["csv"] = CsvStream(handle[str(csv_out)], header)
                    for name, where in (("csv_errors", csv_errors), ("spill", spill)):
                        if where is not None:
                            streams[name] = CsvStream(handle[str(where)], ERRORS_HEADER)
                    if xlsx_out:
                        workbook.check_columns(survey.extra_columns, kb)
                        book = workbook.SurveyWorkbook(xlsx_out, kb, survey.extra_columns, lang)
                first_row += len(frame)
                if xlsx_out:
                    workbook.check_cells(survey)
                result = profiles.assess(kb, survey.idx, samples=samples, on=on)
                values = result_rows(kb, survey, result, lang, on)
                if "csv" in streams:
                    streams["csv"].rows([e + v for e, v in zip(survey.extra, values, strict=True)])
                if len(survey.rejected) and ({"csv_errors", "spill"} & streams.keys()):
                    errors = errors_text(survey.rejected, lang)
                    for name in ("csv_errors", "spill"):
                        if name in streams:
                            streams[name].text(errors)
                if book is not None:
                    book.add(survey, values)
                totals.add(survey, result)
                expected = max(chunks.total, totals.read)
                if progress is not None and progress(totals.read, expected) is False:
                    raise core.Cancelled
            if book is not None and xlsx_out is not None:
                workbook.check_rows(totals.good)
                done = book
                staging.write(paths.index(xlsx_out), lambda fh: done.save(totals, fh))
            if csv_errors is not None and not totals.rejected_cells:
                staging.drop(paths.index(csv_errors))
            wanted = workbook.spills(totals.rejected_cells) or (
                keep_errors and totals.rejected_cells > 0
            )
            if spill is not None and not wanted:
                staging.drop(paths.index(spill))
    except BaseException:
        if book is not None:
            book.discard()
        raise
    return Outcome(totals)


def summary_lines(outcome: Outcome, kb: criteria.KnowledgeBase, lang: str) -> list[str]:
    """What the terminal shows: rows read, and how the recommendations are distributed."""
    t = presenter.words(lang)
    totals = outcome.totals
    lines = [
        t(
            "batch.read",
            rows=totals.read,
            good=totals.good,
            bad=totals.rejected_rows,
            profiles=totals.profiles,
        )
    ]
    for k, m in enumerate(kb.model_ids):
        lines.append(f"  {m:<18} {int(totals.counts[k]):>8}")
    lines.append(f"  {'none':<18} {int(totals.counts[-1]):>8}")
    return lines


@dataclass(frozen=True)
class Share:
    """One line of a run's distribution: a recommendation, its rows and their share."""

    label: str
    rows: int
    share: float


def distribution(totals: Totals, kb: criteria.KnowledgeBase, lang: str) -> list[Share]:
    """How the recommendations are distributed, most frequent first.

    A model is named by its role in each trade direction it was recommended for (an
    exporter's "Own-brand store" is an importer's "Single-category import store"); rows
    with no feasible model come last.
    """
    t = presenter.words(lang)
    good = max(1, totals.good)
    by_direction = totals.by_capital.sum(axis=1)  # direction × model (last: none)
    directions = kb.question("trade_direction").option_ids
    shares = [
        Share(presenter.short_role(kb, m, d, lang), int(n), n / good)
        for i, d in enumerate(directions)
        for k, m in enumerate(kb.model_ids)
        if (n := by_direction[i, k])
    ]
    shares.sort(key=lambda s: -s.rows)
    if none := int(totals.counts[-1]):
        shares.append(Share(t("batch.none_feasible"), none, none / good))
    return shares


def error_lines(totals: Totals, lang: str, where: str) -> list[str]:
    """The rejected cells for stderr: the first :data:`SHOWN_ERRORS`, then how many more."""
    t = presenter.words(lang)
    out = [
        t(
            "batch.rejected",
            row=r.row,
            column=presenter.one_line(r.column, SHOWN_WIDTH),
            reason=presenter.one_line(r.reason(lang), SHOWN_WIDTH),
        )
        for r in totals.shown
    ]
    if totals.rejected_cells > SHOWN_ERRORS:
        out.append(t("batch.more_errors", n=totals.rejected_cells - SHOWN_ERRORS, where=where))
    return out
