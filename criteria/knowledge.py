"""Knowledge base: the models, criteria, questionnaire and sources, loaded and validated.

The data lives in TOML files under ``criteria/data``. Loading validates every file
with pydantic into the records of :mod:`criteria.schema` and cross-checks them (every
model has a level on every criterion in both directions, every cited source exists,
every option a weight multiplier names is a criterion); any fault raises
:class:`KnowledgeBaseError` naming the file, the key and the reason.

The shipped knowledge base (:func:`default`) is validated once and kept, as the records
themselves, in a cache file named by the hash of the data files and of the code that
validates them (:mod:`criteria.kbcache`): a start reads it without importing pydantic.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from criteria import kbcache
from criteria.schema import (
    DIRECTIONS,
    KIND_SCALE,
    LANGUAGES,
    Adjustment,
    Assumption,
    ByDirection,
    ConfidenceBand,
    Contradiction,
    Criterion,
    Directional,
    Entry,
    LevelEntry,
    MatchEntry,
    Mitigation,
    Model,
    Option,
    Page,
    Question,
    RangeEntry,
    Rule,
    Source,
    Steps,
    Text,
    _Frozen,
)

__all__ = [
    "DATA_DIR",
    "DIRECTIONS",
    "KIND_SCALE",
    "LANGUAGES",
    "Adjustment",
    "ByDirection",
    "ConfidenceBand",
    "Criterion",
    "Directional",
    "Entry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LevelEntry",
    "Contradiction",
    "MatchEntry",
    "Model",
    "Option",
    "Page",
    "Question",
    "RangeEntry",
    "Rule",
    "Source",
    "Text",
    "default",
    "load",
]

if TYPE_CHECKING:
    from annotated_types import Ge, Le

DATA_DIR = Path(__file__).with_name("data")


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing, unreadable or invalid."""


@dataclass(frozen=True, kw_only=True)
class KnowledgeBase(_Frozen):
    """The whole validated knowledge base."""

    version: str
    paper: str
    paper_zh: str = ""
    models: tuple[Model, ...]
    criteria: tuple[Criterion, ...]
    pages: tuple[Page, ...]
    questions: tuple[Question, ...]
    sources: dict[str, Source]
    infeasible_gap: Annotated[int, Ge(1), Le(4)]
    rule: Rule
    mitigations: tuple[Mitigation, ...] = ()
    steps: tuple[Steps, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()

    def mitigation(self, criterion_id: str, model_id: str, direction: str) -> Text | None:
        """How to limit a risk in a role: the most specific advice that fits it."""
        fitting = [
            (m.specificity(model_id, direction), k, m.text)
            for k, m in enumerate(self.mitigations)
            if m.criterion == criterion_id and m.specificity(model_id, direction) >= 0
        ]
        return max(fitting, key=lambda f: (f[0], -f[1]))[2] if fitting else None

    def first_steps(self, model_id: str, direction: str) -> tuple[Any, ...]:
        """The first steps of a role (:class:`criteria.schema.Step`), in order."""
        return next(
            (s.items for s in self.steps if s.model == model_id and s.direction == direction),
            (),
        )

    def paper_citation(self, lang: str) -> str:
        """The source paper's citation, with the journal as 《财经与市场》 in Chinese."""
        return self.paper_zh if lang == "zh" and self.paper_zh else self.paper

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

    def scale(self, criterion_id: str) -> tuple[int, int]:
        """The fixed scale a criterion's cells sit on (the same whatever the models need)."""
        c = self.criterion(criterion_id)
        if c.kind == "range":
            assert c.question is not None  # a range criterion always names its question
            return 0, len(self.question(c.question).options) - 1
        return KIND_SCALE[c.kind]

    def questions_on(self, page_id: str) -> tuple[Question, ...]:
        """The questions of one wizard page, in order."""
        return tuple(q for q in self.questions if q.page == page_id)

    def risk_shares(self) -> dict[str, dict[str, float]]:
        """Model → criterion → its share of the model's stated risks (section 2.2).

        Each model the paper describes counts once: its unit is shared equally by the
        criteria on which the paper states a risk of it.
        """
        named: dict[str, set[str]] = {}
        for c in self.criteria:
            for s in c.risk_of:
                named.setdefault(self.sources[s].about or "", set()).add(c.id)
        return {m: {c: 1.0 / len(cs) for c in cs} for m, cs in named.items()}

    def raw_base_weight(self, criterion_id: str) -> float:
        """1 + the criterion's shares of the models' stated risks, or its stated value."""
        c = self.criterion(criterion_id)
        if c.base_weight is not None:
            return c.base_weight
        return 1.0 + sum(shares.get(c.id, 0.0) for shares in self.risk_shares().values())

    def base_weights(self) -> dict[str, float]:
        """Base weights (:meth:`raw_base_weight`), normalised to sum 1."""
        raw = {c.id: self.raw_base_weight(c.id) for c in self.criteria}
        total = sum(raw.values())
        return {k: v / total for k, v in raw.items()}


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # only a start that validates reads the files

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise KnowledgeBaseError(f"{path.name}: cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid TOML ({exc})") from None


def _closest_error(errors: Sequence[Any]) -> dict[str, Any]:
    """The error to report: for a value of several possible forms, the closest form.

    A level entry may be a level, a range, a fit, or one entry per direction.
    """

    def branch(err: dict[str, Any]) -> tuple[Any, ...]:
        loc: tuple[Any, ...] = tuple(err["loc"])
        cut = next(
            (
                i
                for i, part in enumerate(loc)
                if isinstance(part, str) and ("[" in part or part[:1].isupper())
            ),
            None,
        )
        return loc if cut is None else loc[: cut + 1]

    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for err in errors:
        groups.setdefault(branch(err), []).append(err)
    first: dict[str, Any] = dict(errors[0])
    if len(groups) == 1:
        return first
    best = min(groups.values(), key=len)[0]
    loc = tuple(
        p for p in best["loc"] if not (isinstance(p, str) and ("[" in p or p[:1].isupper()))
    )
    return {**best, "loc": loc}


_ADAPTERS: dict[str, Any] = {}
_UNKNOWN_KEY = "not a key this record has (check its spelling)"


def _adapter(cls: type[_Frozen]) -> Any:
    """The validator of one kind of record, built by pydantic on first use (about 10 ms).

    The records' constraints (``Ge(1)``, ``MinLen(1)`` …) are text in their annotations;
    pydantic resolves them in the namespace of the frame that builds the adapter, so
    the names are imported here, where validation needs them.
    """
    from annotated_types import Ge, Gt, Le, MinLen  # noqa: F401  (read by pydantic)
    from pydantic import TypeAdapter

    if cls.__qualname__ not in _ADAPTERS:
        _ADAPTERS[cls.__qualname__] = TypeAdapter(cls)
    return _ADAPTERS[cls.__qualname__]


def _validate(cls: type[_Frozen], data: object, filename: str, key: str) -> Any:
    from pydantic import ValidationError

    try:
        return _adapter(cls).validate_python(data)
    except ValidationError as exc:
        err = _closest_error(exc.errors())
        where = ".".join(str(p) for p in (key, *err["loc"]))
        # pydantic words a key a record does not have as a Python call's argument.
        msg = (
            _UNKNOWN_KEY
            if err["type"] == "unexpected_keyword_argument"
            else err["msg"].removeprefix("Value error, ")
        )
        raise KnowledgeBaseError(f"{filename}: {where}: {msg}") from None


def _items(data: dict[str, Any], key: str, cls: type[_Frozen], filename: str) -> tuple[Any, ...]:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise KnowledgeBaseError(f"{filename}: '{key}' is missing or empty")
    return tuple(_validate(cls, item, filename, f"{key}[{i}]") for i, item in enumerate(items))


def _unique(ids: Iterable[str], filename: str, what: str) -> None:
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
    contradictions = _items(q_doc, "contradiction", Contradiction, "questionnaire.toml")
    _unique((c.id for c in contradictions), "questionnaire.toml", "contradiction")
    _unique((q.id for q in questions), "questionnaire.toml", "question")
    try:
        version = str(mod_doc["meta"]["version"])
        paper = str(src_doc["meta"]["paper"])
        paper_zh = str(src_doc["meta"].get("paper_zh", paper))
    except (KeyError, TypeError, AttributeError):
        raise KnowledgeBaseError(
            "models.toml/sources.toml: 'meta.version' or 'meta.paper' is missing"
        ) from None
    rule = _validate(Rule, crit_doc.get("rule"), "criteria.toml", "rule")
    meta = crit_doc.get("meta", {})
    infeasible_gap = meta.get("infeasible_gap") if isinstance(meta, dict) else None
    if not isinstance(infeasible_gap, int) or not 1 <= infeasible_gap <= 4:
        raise KnowledgeBaseError(
            "criteria.toml: meta.infeasible_gap: need a whole number from 1 to 4"
        )
    guide_doc = _read(data_dir / "guidance.toml")
    mitigations = _items(guide_doc, "mitigation", Mitigation, "guidance.toml")
    steps = _items(guide_doc, "steps", Steps, "guidance.toml")
    assumptions = _items(guide_doc, "assumption", Assumption, "guidance.toml")
    kb = KnowledgeBase(
        version=version,
        paper=paper,
        paper_zh=paper_zh,
        models=models,
        criteria=criteria,
        pages=pages,
        questions=questions,
        sources={s.id: s for s in sources},
        infeasible_gap=infeasible_gap,
        rule=rule,
        mitigations=mitigations,
        steps=steps,
        assumptions=assumptions,
        contradictions=contradictions,
    )
    _cross_check(kb)
    _check_guidance(kb)
    return kb


def _cross_check(kb: KnowledgeBase) -> None:
    def need_source(sid: str, filename: str, where: str) -> None:
        if sid not in kb.sources:
            raise KnowledgeBaseError(f"{filename}: {where}: unknown source '{sid}'")

    question_ids = {q.id: q for q in kb.questions}
    page_ids = {p.id for p in kb.pages}
    for m in kb.models:
        need_source(m.source, "models.toml", f"model {m.id}.source")
    for c in kb.criteria:
        _check_criterion(kb, c, need_source, question_ids)
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
            raise KnowledgeBaseError(
                f"questionnaire.toml: {where}: option levels must run "
                f"1..{len(levels)} in order, got {levels}"
            )
        for o in q.options:
            for cid in o.weights:
                if cid not in crit_ids:
                    raise KnowledgeBaseError(
                        f"questionnaire.toml: {where}.option {o.id}."
                        f"weights: unknown criterion '{cid}'"
                    )
    for pair in kb.contradictions:
        for qid, options in pair.when.items():
            where = f"questionnaire.toml: contradiction {pair.id}.when"
            if qid not in question_ids:
                raise KnowledgeBaseError(f"{where}: unknown question '{qid}'")
            unknown = [o for o in options if o not in question_ids[qid].option_ids]
            if unknown or not options:
                raise KnowledgeBaseError(
                    f"{where}.{qid}: '{', '.join(unknown) or '(none)'}' is not an option "
                    f"({', '.join(question_ids[qid].option_ids)})"
                )


def _check_criterion(
    kb: KnowledgeBase,
    c: Criterion,
    need_source: Callable[[str, str, str], None],
    question_ids: dict[str, Question],
) -> None:
    """Cross-check one criterion: models, sources, options, and its questions."""
    where = f"criterion {c.id}"
    model_ids = set(kb.model_ids)
    if set(c.levels) != model_ids:
        missing = sorted(model_ids - set(c.levels)) or sorted(set(c.levels) - model_ids)
        raise KnowledgeBaseError(
            f"criteria.toml: {where}.levels: models must be exactly "
            f"{', '.join(kb.model_ids)} (check {', '.join(missing)})"
        )
    for s in c.risk_of:
        need_source(s, "criteria.toml", f"{where}.risk_of")
        if kb.sources[s].kind != "paper" or kb.sources[s].about not in model_ids:
            raise KnowledgeBaseError(
                f"criteria.toml: {where}.risk_of: '{s}' is not a passage "
                "of the paper's section 2.2 about one model"
            )
    if c.question is not None and c.question not in question_ids:
        raise KnowledgeBaseError(
            f"criteria.toml: {where}.question: unknown question '{c.question}'"
        )
    options = question_ids[c.question].option_ids if c.question else ()
    span = {"gap": 5}.get(c.kind)
    if span and len(options) != span:
        raise KnowledgeBaseError(
            f"criteria.toml: {where}.question: a '{c.kind}' criterion "
            f"needs a question of {span} options ({c.question} has "
            f"{len(options)})"
        )
    for model_id in kb.model_ids:
        for direction in DIRECTIONS:
            entry = c.entry(model_id, direction)
            at = f"{where}.levels.{model_id}"
            if entry.source:
                need_source(entry.source, "criteria.toml", at)
            if isinstance(entry, LevelEntry) and c.kind == "gap" and entry.level > len(options):
                raise KnowledgeBaseError(
                    f"criteria.toml: {at}: level {entry.level} is beyond "
                    f"the {len(options)} options of {c.question}"
                )
            if (
                not entry.estimate
                and entry.note is None
                and direction == "export"
                and entry.source is not None
                and kb.sources[entry.source].kind == "paper"
            ):
                raise KnowledgeBaseError(
                    f"criteria.toml: {at}: a paper passage (about import "
                    "platforms) applied to an export role needs a 'note' "
                    "saying why it applies"
                )
            ends = (
                [entry.low, entry.high]
                if isinstance(entry, RangeEntry)
                else list(entry.fit)
                if isinstance(entry, MatchEntry)
                else []
            )
            for value in ends:
                if value not in options:
                    raise KnowledgeBaseError(
                        f"criteria.toml: {at}: '{value}' is not an option "
                        f"of {c.question} ({', '.join(options)})"
                    )
            if isinstance(entry, MatchEntry) and set(entry.fit) != set(options):
                raise KnowledgeBaseError(
                    f"criteria.toml: {at}.fit: needs every option of "
                    f"{c.question} ({', '.join(options)})"
                )
            if isinstance(entry, MatchEntry):
                _check_gate(c, entry, at)
    for n, adj in enumerate(c.adjust):
        at = f"{where}.adjust[{n}]"
        if adj.source:
            need_source(adj.source, "criteria.toml", at)
        if adj.question not in question_ids or adj.option not in (
            question_ids[adj.question].option_ids
        ):
            raise KnowledgeBaseError(
                f"criteria.toml: {at}: unknown answer '{adj.question} = {adj.option}'"
            )
        named = adj.models.values() if isinstance(adj.models, dict) else [adj.models]
        for m in (m for group in named for m in group):
            if m not in model_ids:
                raise KnowledgeBaseError(f"criteria.toml: {at}.models: unknown model '{m}'")


def _check_gate(c: Criterion, entry: MatchEntry, at: str) -> None:
    """A gating criterion says why for every answer a role cannot serve, and only for those."""
    cannot = {o for o, f in entry.fit.items() if f == 2}
    if not c.gates:
        if entry.cannot:
            raise KnowledgeBaseError(
                f"criteria.toml: {at}.cannot: only a criterion with 'gates = true' has one"
            )
        return
    if set(entry.cannot) != cannot:
        wrong = sorted(cannot ^ set(entry.cannot))
        raise KnowledgeBaseError(
            f"criteria.toml: {at}.cannot: needs a reason for exactly the answers rated 2 "
            f"({', '.join(sorted(cannot)) or 'none'}); check {', '.join(wrong)}"
        )


def _check_guidance(kb: KnowledgeBase) -> None:
    """Every risk has a mitigation, every role in each direction its steps, each cited."""
    risks = {c.id for c in kb.criteria if c.kind == "level" and c.direction == "min"}
    for m in kb.mitigations:
        if m.criterion not in risks:
            raise KnowledgeBaseError(
                f"guidance.toml: mitigation {m.criterion}: not a risk criterion"
            )
        if unknown := sorted(set(m.models) - set(kb.model_ids)):
            raise KnowledgeBaseError(
                f"guidance.toml: mitigation {m.criterion}: unknown model {', '.join(unknown)}"
            )
    general = {m.criterion for m in kb.mitigations if not m.models and m.direction is None}
    if missing := sorted(risks - general):
        raise KnowledgeBaseError(f"guidance.toml: no general mitigation for {', '.join(missing)}")
    for model_id in kb.model_ids:
        for direction in DIRECTIONS:
            if not kb.first_steps(model_id, direction):
                raise KnowledgeBaseError(f"guidance.toml: no steps for {model_id} ({direction})")
    for group in kb.steps:
        if group.model not in kb.model_ids:
            raise KnowledgeBaseError(f"guidance.toml: steps: unknown model '{group.model}'")
        for n, step in enumerate(group.items):
            at = f"guidance.toml: steps {group.model} ({group.direction}).items[{n}]"
            if step.source not in kb.sources:
                raise KnowledgeBaseError(f"{at}: unknown source '{step.source}'")
            for qid, options in step.when.items():
                q = next((q for q in kb.questions if q.id == qid), None)
                if q is None:
                    raise KnowledgeBaseError(f"{at}.when: unknown question '{qid}'")
                if bad := sorted(set(options) - set(q.option_ids)):
                    raise KnowledgeBaseError(
                        f"{at}.when.{qid}: unknown option {', '.join(bad)}; "
                        f"valid: {', '.join(q.option_ids)}"
                    )


def cache_key(data_dir: Path | str = DATA_DIR) -> str | None:
    """The key of the cached records of ``data_dir``: its files and the validating code."""
    return kbcache.key(Path(data_dir), (Path(__file__), Path(__file__).with_name("schema.py")))


def load_cached(data_dir: Path | str = DATA_DIR) -> KnowledgeBase:
    """:func:`load`, or the records it made last time if nothing has changed since.

    The cache (:mod:`criteria.kbcache`) is keyed by the data files and by this module
    and :mod:`criteria.schema`, so an edit of either validates again.
    """
    data_dir = Path(data_dir)
    key = cache_key(data_dir)
    kb = kbcache.read(key, KnowledgeBase)
    if kb is None:
        kb = load(data_dir)
        kbcache.write(key, kb)
    return kb


@functools.cache
def default() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once, validated once)."""
    return load_cached()
