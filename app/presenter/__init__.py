"""The one presenter: a ranking result in words, Qt-free.

The verdict (what to do, how sure, what is out of reach), each model's role, why a
model ranks where it does, its risks with their sources, why each weight has its size
and the names of the methods: built here once, from :class:`criteria.RankingResult` and
the catalogue's words (:mod:`app.catalogue`), and rendered by the results view, the
report and the command line, so that they never disagree. It words results and does
not compute them.
"""

from app.presenter.reasons import (
    REGISTER_FROM,
    Risk,
    assumptions,
    better,
    next_steps,
    owner_reasons,
    reason_lines,
    risk_register,
    risks,
    role_steps,
    weight_reasons,
)
from app.presenter.verdict import (
    CLOSE_GAP,
    Verdict,
    alternative_text,
    confidence_text,
    cross_checks_text,
    near_tie_headline,
    near_tie_text,
    needs_text,
    owner_lines,
    shortfall_text,
    verdict,
)
from app.presenter.words import (
    MESSAGE_LIMIT,
    MODEL_COLORS,
    RANK_COLORS,
    change_text,
    error_text,
    method_name,
    model_color,
    number,
    one_line,
    ordinal,
    percent,
    rank_text,
    role,
    role_with_paper_name,
    short_role,
    source_label,
    text,
    words,
)

__all__ = [
    "CLOSE_GAP",
    "MESSAGE_LIMIT",
    "MODEL_COLORS",
    "RANK_COLORS",
    "REGISTER_FROM",
    "Risk",
    "Verdict",
    "alternative_text",
    "assumptions",
    "better",
    "change_text",
    "confidence_text",
    "cross_checks_text",
    "error_text",
    "method_name",
    "model_color",
    "near_tie_headline",
    "near_tie_text",
    "needs_text",
    "next_steps",
    "number",
    "one_line",
    "ordinal",
    "owner_lines",
    "owner_reasons",
    "percent",
    "rank_text",
    "reason_lines",
    "risk_register",
    "risks",
    "role",
    "role_steps",
    "role_with_paper_name",
    "short_role",
    "shortfall_text",
    "source_label",
    "text",
    "verdict",
    "weight_reasons",
    "words",
]
