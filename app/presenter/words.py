"""Words the views, the report and the command line share.

Roles, methods, ranks, errors, percentages, colours, a source's attribution, a change
of answers.
"""

from __future__ import annotations

import criteria
from app import files
from app.catalogue import Labels
from criteria.decision.answers import shown
from criteria.decision.result import CONSENSUS
from criteria.knowledge import KnowledgeBase, Source
from criteria.mcda.methods import METHODS
from criteria.robustness.counterfactual import Change


def words(lang: str) -> Labels:
    """The catalogue in ``lang`` ("zh" or anything else for English)."""
    return _LABELS["zh" if lang == "zh" else "en"]


#: One catalogue per language, made once (a survey's rejected cells ask for millions).
_LABELS = {lang: Labels(lang) for lang in ("en", "zh")}


def text(lang: str, key: str, **values: object) -> str:
    """One string of the catalogue in ``lang``, filled with ``values``."""
    return words(lang)(key, **values)


def percent(share: float, lang: str) -> str:
    """A share as a whole percentage, "84 %" in English and "84%" in Chinese."""
    return words(lang)("verdict.percent").format(round(100 * share))


def percent1(share: float, lang: str) -> str:
    """A share to one decimal: "7.7%"."""
    return words(lang)("verdict.percent").format(f"{100 * share:.1f}")


# --- colours: one per model and one per rank, the same in the app and the report -----------
#: Model id → colour (hex), in the paper's order of the models.
MODEL_COLORS = {
    "vertical_b2c": "#1f77b4",
    "purchasing_agent": "#d62728",
    "comprehensive_b2c": "#9467bd",
    "direct_ship": "#ff7f0e",
    "guide_rebate": "#8c564b",
    "flash_sale": "#2ca02c",
}

#: Rank 1..6 → colour (hex): green for the first places, red for the last.
RANK_COLORS = ("#1a7f37", "#4fa34f", "#a6c94f", "#f2c94c", "#f2994a", "#d64545")


def model_color(model_id: str) -> str:
    """The colour a model is drawn in everywhere (grey for a model not listed)."""
    return MODEL_COLORS.get(model_id, "#7f7f7f")


# --- names -------------------------------------------------------------------------------
def in_sentence(name: str, lang: str) -> str:
    """A name or role sentence inside a sentence: English lowers its first letter."""
    return name if lang == "zh" else name[:1].lower() + name[1:]


def role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """What the SME itself does in the model, in its direction ("Sell on a marketplace…")."""
    return kb.model(model_id).role.get(direction).get(lang)


def short_role(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role in a few words ("Marketplace seller"), for charts and table headers."""
    return kb.model(model_id).short.get(direction).get(lang)


def role_with_paper_name(kb: KnowledgeBase, model_id: str, direction: str, lang: str) -> str:
    """The role first, the paper's platform name second."""
    name = text(lang, "verdict.paper_name", name=kb.model(model_id).name.get(lang))
    return role(kb, model_id, direction, lang) + text(lang, "verdict.paren").format(name)


def source_label(source: Source, lang: str) -> str:
    """A source's short attribution: the paper's section, or the fact's reference."""
    if source.kind == "paper":
        return text(lang, "verdict.paper_section", section=source.section)
    if lang == "zh" and source.reference_zh:
        return source.reference_zh
    return source.reference or ""


def change_text(kb: KnowledgeBase, changes: tuple[Change, ...], lang: str) -> str:
    """A change of answers in words: each question's short name, what it was, what it becomes.

    English: "First-year budget: “2 – 5 million” → “5 – 20 million”; …" (the options'
    own words, some in the first person, quoted); Chinese, without chained colons:
    "“首年预算”由“200万–500万”改为“500万–2000万”；…".
    """
    t = words(lang)
    parts = []
    for c in changes:
        q = kb.question(c.question)
        was = q.get_option(c.from_option).label.get(lang)
        now = q.get_option(c.to_option).label.get(lang)
        parts.append(t("verdict.change", name=q.short.get(lang), was=was, now=now))
    return t.sep_strong.join(parts)


def method_name(method_id: str | None, lang: str) -> str:
    """A method's display name; ``None`` is the recommendation rule, "consensus" Borda's."""
    if method_id is None:
        return text(lang, "method.rule")
    if method_id == CONSENSUS:
        return text(lang, "method.consensus")
    m = next(m for m in METHODS if m.id == method_id)
    return m.name_zh if lang == "zh" else m.name_en


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def rank_text(rank: int, tied: bool, lang: str) -> str:
    """A place as the user reads it: "5", or "tied 5th" (并列第5) when shared."""
    if not tied:
        return str(rank)
    return text(lang, "rank.tied", ordinal=str(rank) if lang == "zh" else ordinal(rank))


def error_text(exc: Exception, lang: str) -> str:
    """A bad-input message in ``lang``.

    Answer and file errors are said anew from their parts (a file problem's reason in
    the system's words when it is not one the catalogue knows); others stay as they are.
    """
    if isinstance(exc, files.FileProblem):
        return exc.message(words(lang))
    kind = getattr(exc, "kind", "")
    if not isinstance(exc, criteria.AnswerError) or not kind:
        return str(exc)
    t = words(lang)
    if kind == "missing_many":
        missing = getattr(exc, "missing", ())
        listed = t.sep_strong.join(f"{q} ({', '.join(options)})" for q, options in missing)
        return t("answer.missing_many", n=len(missing), listed=listed)
    value = shown(exc.value) if kind == "not_option" else ""
    return t(f"answer.{kind}", field=exc.field, choices=", ".join(exc.choices), value=value)


#: The longest message the command line prints on one line.
MESSAGE_LIMIT = 500


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """A message as one bounded line, at most ``limit`` characters.

    Control characters are escaped, so a terminal never sees an escape sequence from the
    input.
    """
    out = "".join(
        ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text[: limit + 1]
    )
    return out if len(out) <= limit else out[: limit - 1] + "…"


# --- why a model ranks where it does -----------------------------------------------------
def number(value: float) -> str:
    """A matrix value or mean as short text: ``2``, ``1.5``, ``2.33``."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
