"""A survey's results: the values of every good row, by column, and the run as a whole.

The rows are ranked by :func:`criteria.decision.batch.assess_many` (each distinct
profile once, in numpy); :func:`run` reads, ranks and writes all outputs or none
(:func:`app.files.write_all`); the terminal's lines come from here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import criteria
from app import files, presenter
from app.survey.reading import Survey, parse_frame, read_table
from app.survey.writing import csv_outputs, errors_csv, errors_path
from criteria.decision import batch as core

#: Rejected rows listed on the terminal; the rest are in the errors file or sheet.
SHOWN_ERRORS = 20

#: The longest column name or reason a terminal line quotes.
SHOWN_WIDTH = 120


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
    files.check_outputs([path], [xlsx_out, csv_out, errors_path(csv_out) if csv_out else None])
    # The workbook's module imports openpyxl's parts and this package's: loaded here.
    from app.report.survey import check_fits, spills, xlsx_bytes

    survey = parse_frame(kb, read_table(path))
    if xlsx_out:
        check_fits(survey, kb)
    result = core.assess_many(kb, survey.idx, progress, samples=samples)
    values = result_rows(kb, survey, result, lang)
    outputs: list[tuple[Path | str, bytes]] = []
    if csv_out:
        outputs += csv_outputs(csv_out, survey, kb, values, lang)
    if xlsx_out:
        outputs.append((xlsx_out, xlsx_bytes(xlsx_out, survey, kb, result, values, lang)))
        spill = errors_path(xlsx_out)
        if spills(survey) and all(not files.same_file(spill, o) for o, _ in outputs):
            outputs.append((spill, errors_csv(survey, lang)))
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
