"""Knowledge base: the models, criteria, questionnaire and sources, loaded and validated.

The data lives in TOML files under ``criteria/data``. Loading validates every file
with pydantic and cross-checks them (every model has a level on every criterion,
every cited source exists, every option a weight multiplier names is a criterion);
any fault raises :class:`KnowledgeBaseError` naming the file, the key and the reason.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

DATA_DIR = Path(__file__).with_name("data")
LANGUAGES = ("en", "zh")
Level = Annotated[int, Field(ge=1, le=5)]


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing, unreadable or invalid."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(_Frozen):
    """A bilingual text."""

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ("en" or "zh"); English for anything else."""
        return self.zh if lang == "zh" else self.en


class Source(_Frozen):
    """A passage of the source paper or a named public fact."""

    id: str
    kind: Literal["paper", "fact"]
    section: str | None = None
    quote: str | None = None
    en: str
    zh: str | None = None
    reference: str | None = None

    @model_validator(mode="after")
    def _check_kind(self) -> Source:
        if self.kind == "paper" and not (self.section and self.quote):
            raise ValueError("a paper source needs 'section' and 'quote'")
        if self.kind == "fact" and not (self.zh and self.reference):
            raise ValueError("a public fact needs 'zh' and 'reference'")
        return self

    def text(self, lang: str) -> str:
        """The passage (Chinese quote) or the fact, in ``lang``."""
        if self.kind == "paper":
            return self.quote if lang == "zh" else self.en
        return self.zh if lang == "zh" else self.en

    def label(self, lang: str) -> str:
        """Short attribution: the paper's section or the fact's reference."""
        if self.kind == "paper":
            return f"论文第{self.section}节" if lang == "zh" else f"Paper, section {self.section}"
        return self.reference or ""


class Model(_Frozen):
    """One operating model (an alternative of the decision)."""

    id: str
    described_by_paper: bool
    source: str
    name: Text
    description: Text
    export_counterpart: Text
    examples: Text


class LevelEntry(_Frozen):
    """A model's level on a gap or level criterion, with its citation."""

    level: Level
    source: str


class RangeEntry(_Frozen):
    """The option range of a question a model suits, with its citation."""

    low: str
    high: str
    source: str


class Criterion(_Frozen):
    """One column of the decision matrix."""

    id: str
    kind: Literal["gap", "level", "range"]
    question: str | None = None
    direction: Literal["min", "max"]
    stressed_by: tuple[str, ...]
    name: Text
    explanation: Text
    levels: dict[str, LevelEntry | RangeEntry]

    @model_validator(mode="after")
    def _check_kind(self) -> Criterion:
        if self.kind in ("gap", "range") and not self.question:
            raise ValueError(f"a '{self.kind}' criterion needs 'question'")
        wanted = RangeEntry if self.kind == "range" else LevelEntry
        for model_id, entry in self.levels.items():
            if not isinstance(entry, wanted):
                raise ValueError(f"levels.{model_id}: a '{self.kind}' criterion needs "
                                 + ("'low' and 'high'" if wanted is RangeEntry else "'level'"))
        return self


class Option(_Frozen):
    """One answer option of a question."""

    id: str
    level: Level
    label: Text
    weights: dict[str, Annotated[float, Field(gt=0, le=10)]] = {}


class Question(_Frozen):
    """A single-choice question of the questionnaire."""

    id: str
    page: str
    sources: tuple[str, ...]
    text: Text
    short: Text
    help: Text
    option: tuple[Option, ...] = Field(min_length=2)

    @property
    def options(self) -> tuple[Option, ...]:
        """The options, lowest to highest."""
        return self.option

    @property
    def option_ids(self) -> tuple[str, ...]:
        """The option ids, lowest to highest."""
        return tuple(o.id for o in self.option)

    def get_option(self, option_id: str) -> Option:
        """The option with ``option_id``."""
        return next(o for o in self.option if o.id == option_id)


class Page(_Frozen):
    """A wizard page: one area of the questionnaire."""

    id: str
    title: Text
    subtitle: Text


class KnowledgeBase(_Frozen):
    """The whole validated knowledge base."""

    version: str
    paper: str
    models: tuple[Model, ...]
    criteria: tuple[Criterion, ...]
    pages: tuple[Page, ...]
    questions: tuple[Question, ...]
    sources: dict[str, Source]

    @property
    def model_ids(self) -> tuple[str, ...]:
        """Model ids in matrix order."""
        return tuple(m.id for m in self.models)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        """Criterion ids in matrix order."""
        return tuple(c.id for c in self.criteria)

    def model(self, model_id: str) -> Model:
        """The model with ``model_id``."""
        return next(m for m in self.models if m.id == model_id)

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``."""
        return next(c for c in self.criteria if c.id == criterion_id)

    def question(self, question_id: str) -> Question:
        """The question with ``question_id``."""
        return next(q for q in self.questions if q.id == question_id)

    def questions_on(self, page_id: str) -> tuple[Question, ...]:
        """The questions of one wizard page, in order."""
        return tuple(q for q in self.questions if q.page == page_id)

    def base_weights(self) -> dict[str, float]:
        """Base weights: 1 + paper passages stressing each criterion, normalised."""
        raw = {c.id: 1.0 + sum(self.sources[s].kind == "paper" for s in c.stressed_by)
               for c in self.criteria}
        total = sum(raw.values())
        return {k: v / total for k, v in raw.items()}

    def risks_of(self, model_id: str) -> tuple[Source, ...]:
        """The paper's passages (and facts) cited for a model's risk levels, deduplicated."""
        seen: dict[str, Source] = {}
        for c in self.criteria:
            if c.direction == "min" and c.kind == "level":
                src = self.sources[c.levels[model_id].source]
                seen.setdefault(src.id, src)
        return tuple(seen.values())


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise KnowledgeBaseError(f"{path.name}: cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid TOML ({exc})") from None


def _validate(cls, data, filename: str, key: str):
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in (key, *err["loc"]))
        raise KnowledgeBaseError(f"{filename}: {where}: {err['msg']}") from None


def _items(data: dict, key: str, cls, filename: str) -> tuple:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise KnowledgeBaseError(f"{filename}: '{key}' is missing or empty")
    return tuple(_validate(cls, item, filename, f"{key}[{i}]") for i, item in enumerate(items))


def _unique(ids, filename: str, what: str) -> None:
    seen = set()
    for i in ids:
        if i in seen:
            raise KnowledgeBaseError(f"{filename}: duplicate {what} id '{i}'")
        seen.add(i)


def load(data_dir: Path | str = DATA_DIR) -> KnowledgeBase:
    """Load and validate the knowledge base from ``data_dir``.

    Raises
    ------
    KnowledgeBaseError
        Naming the file, the key and the reason, on the first fault found.
    """
    data_dir = Path(data_dir)
    src_doc = _read(data_dir / "sources.toml")
    sources = _items(src_doc, "source", Source, "sources.toml")
    _unique((s.id for s in sources), "sources.toml", "source")
    mod_doc = _read(data_dir / "models.toml")
    models = _items(mod_doc, "model", Model, "models.toml")
    _unique((m.id for m in models), "models.toml", "model")
    crit_doc = _read(data_dir / "criteria.toml")
    criteria = _items(crit_doc, "criterion", Criterion, "criteria.toml")
    _unique((c.id for c in criteria), "criteria.toml", "criterion")
    q_doc = _read(data_dir / "questionnaire.toml")
    pages = _items(q_doc, "page", Page, "questionnaire.toml")
    questions = _items(q_doc, "question", Question, "questionnaire.toml")
    _unique((q.id for q in questions), "questionnaire.toml", "question")
    try:
        version = str(mod_doc["meta"]["version"])
        paper = str(src_doc["meta"]["paper"])
    except (KeyError, TypeError):
        raise KnowledgeBaseError("models.toml/sources.toml: 'meta.version' or 'meta.paper' "
                                 "is missing") from None
    kb = KnowledgeBase(version=version, paper=paper, models=models, criteria=criteria,
                       pages=pages, questions=questions, sources={s.id: s for s in sources})
    _cross_check(kb)
    return kb


def _cross_check(kb: KnowledgeBase) -> None:
    def need_source(sid: str, filename: str, where: str) -> None:
        if sid not in kb.sources:
            raise KnowledgeBaseError(f"{filename}: {where}: unknown source '{sid}'")

    model_ids = set(kb.model_ids)
    question_ids = {q.id: q for q in kb.questions}
    page_ids = {p.id for p in kb.pages}
    for m in kb.models:
        need_source(m.source, "models.toml", f"model {m.id}.source")
    for c in kb.criteria:
        where = f"criterion {c.id}"
        if set(c.levels) != model_ids:
            missing = sorted(model_ids - set(c.levels)) or sorted(set(c.levels) - model_ids)
            raise KnowledgeBaseError(f"criteria.toml: {where}.levels: models must be exactly "
                                     f"{', '.join(kb.model_ids)} (check {', '.join(missing)})")
        for s in c.stressed_by:
            need_source(s, "criteria.toml", f"{where}.stressed_by")
        for model_id, entry in c.levels.items():
            need_source(entry.source, "criteria.toml", f"{where}.levels.{model_id}")
        if c.question is not None:
            if c.question not in question_ids:
                raise KnowledgeBaseError(f"criteria.toml: {where}.question: unknown question "
                                         f"'{c.question}'")
            options = question_ids[c.question].option_ids
            for model_id, entry in c.levels.items():
                for end in ("low", "high"):
                    value = getattr(entry, end, None)
                    if value is not None and value not in options:
                        raise KnowledgeBaseError(
                            f"criteria.toml: {where}.levels.{model_id}.{end}: '{value}' is not "
                            f"an option of {c.question} ({', '.join(options)})")
    crit_ids = set(kb.criterion_ids)
    for q in kb.questions:
        where = f"question {q.id}"
        if q.page not in page_ids:
            raise KnowledgeBaseError(f"questionnaire.toml: {where}.page: unknown page '{q.page}'")
        for s in q.sources:
            need_source(s, "questionnaire.toml", f"{where}.sources")
        _unique((o.id for o in q.options), "questionnaire.toml", f"{where} option")
        levels = [o.level for o in q.options]
        if levels != list(range(1, len(levels) + 1)):
            raise KnowledgeBaseError(f"questionnaire.toml: {where}: option levels must run "
                                     f"1..{len(levels)} in order, got {levels}")
        for o in q.options:
            for cid in o.weights:
                if cid not in crit_ids:
                    raise KnowledgeBaseError(f"questionnaire.toml: {where}.option {o.id}."
                                             f"weights: unknown criterion '{cid}'")


@functools.cache
def default() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once)."""
    return load()
