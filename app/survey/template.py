"""A survey template to fill in, and its column guide: every question's id and its options.

The template is the header a survey needs (a ``company`` column, then every question by
id) and one example row answered with option labels in the chosen language; the guide
lists, for each column, the question, when it is asked and every answer it takes, by id
and by label. Both are CSV in UTF-8 with a byte-order mark, as spreadsheets open them,
written together or not at all.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import criteria
from app import files, presenter
from app.survey.writing import safe_text

#: The template's pass-through column (any other column is passed through too).
COMPANY = "company"

#: The example row's answers: an exporter of household goods starting small.
EXAMPLE = {
    "trade_direction": "export",
    "goal": "sell_volume",
    "destination": "us",
    "capital": "500k_2m",
    "traffic": "small",
    "supply_chain": "own_factory",
    "operations": "basic",
    "policy_exposure": "medium",
    "brand_trust": "some",
    "risk_appetite": "medium",
    "time_horizon": "1_year",
    "category_breadth": "few",
}


def guide_path(template: Path | str) -> Path:
    """Where a template's column guide goes: ``NAME-guide.csv`` beside it."""
    template = Path(template)
    return template.with_name(template.stem + "-guide.csv")


def template_rows(kb: criteria.KnowledgeBase, lang: str) -> list[list[str]]:
    """The template: the ids header and one example row in ``lang``'s labels."""
    t = presenter.words(lang)
    example = [t("batch.template.example")]
    for q in kb.questions:
        chosen = EXAMPLE.get(q.id, q.option_ids[0])
        asked = all(EXAMPLE.get(qid) in options for qid, options in q.when.items())
        example.append(q.get_option(chosen).label.get(lang) if asked else "")
    return [[COMPANY, *(q.id for q in kb.questions)], example]


def guide_rows(kb: criteria.KnowledgeBase, lang: str) -> list[list[str]]:
    """The column guide: a row per answer of each question, the question on its first."""
    t = presenter.words(lang)
    rows = [
        [
            t("batch.guide.column"),
            t("batch.guide.question"),
            t("batch.guide.asked"),
            t("batch.guide.option"),
            t("batch.guide.label"),
        ],
        [COMPANY, t("batch.guide.company"), t("batch.guide.optional"), "", ""],
    ]
    for q in kb.questions:
        asked = "; ".join(
            f"{kb.question(qid).short.get(lang)} = "
            + " / ".join(kb.question(qid).get_option(o).label.get(lang) for o in options)
            for qid, options in q.when.items()
        ) or t("batch.guide.always")
        for k, option in enumerate(q.options):
            head = [q.id, q.text.get(lang), asked] if k == 0 else [q.id, "", ""]
            rows.append([*head, option.id, option.label.get(lang)])
    return rows


def _csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([safe_text(v) for v in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_template(path: Path | str, kb: criteria.KnowledgeBase, lang: str) -> Path:
    """Write the template to ``path`` and its guide beside it, both or neither.

    Returns the guide's path. Raises :class:`app.files.FileProblem`.
    """
    guide = guide_path(path)
    files.check_outputs([], [path, guide])
    files.write_all(
        [(path, _csv_bytes(template_rows(kb, lang))), (guide, _csv_bytes(guide_rows(kb, lang)))]
    )
    return guide
