"""Knowledge base: the models, criteria, questionnaire and sources, loaded and validated.

The data lives in TOML files under ``criteria/data``. Loading validates every file
with pydantic into the records of :mod:`criteria.knowledge.schema` and cross-checks them (every
model has a level on every criterion in both directions, every cited source exists,
every option a weight multiplier names is a criterion); any fault raises
:class:`KnowledgeBaseError` naming the file, the key and the reason.

The shipped knowledge base (:func:`default`) is validated once and kept, as the records
themselves, in a cache file named by the hash of the data files and of the code that
validates them (:mod:`criteria.knowledge.cache`): a start reads it without importing pydantic.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from criteria.knowledge import cache as kbcache
from criteria.knowledge import policy, schema
from criteria.knowledge.base import KnowledgeBase, KnowledgeBaseError
from criteria.knowledge.checks import check_guidance, check_policy, cross_check, unique
from criteria.knowledge.policy import PolicyEvent, Route
from criteria.knowledge.schema import (
    Assumption,
    Contradiction,
    Criterion,
    Mitigation,
    Model,
    Page,
    Question,
    Rule,
    Source,
    Steps,
    _Frozen,
)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


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
        # A key holding a line break is quoted: the message stays one line.
        where = ".".join(p if p.isprintable() else repr(p) for p in map(str, (key, *err["loc"])))
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
    unique((s.id for s in sources), "sources.toml", "source")
    mod_doc = _read(data_dir / "models.toml")
    models = _items(mod_doc, "model", Model, "models.toml")
    unique((m.id for m in models), "models.toml", "model")
    crit_doc = _read(data_dir / "criteria.toml")
    criteria = _items(crit_doc, "criterion", Criterion, "criteria.toml")
    unique((c.id for c in criteria), "criteria.toml", "criterion")
    q_doc = _read(data_dir / "questionnaire.toml")
    pages = _items(q_doc, "page", Page, "questionnaire.toml")
    questions = _items(q_doc, "question", Question, "questionnaire.toml")
    contradictions = _items(q_doc, "contradiction", Contradiction, "questionnaire.toml")
    unique((c.id for c in contradictions), "questionnaire.toml", "contradiction")
    unique((q.id for q in questions), "questionnaire.toml", "question")
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
    routes = _items(_read(data_dir / "routes.toml"), "route", Route, "routes.toml")
    events = _items(_read(data_dir / "policy.toml"), "event", PolicyEvent, "policy.toml")
    unique((e.id for e in events), "policy.toml", "event")
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
        routes=routes,
        events=events,
    )
    cross_check(kb)
    check_guidance(kb)
    check_policy(kb)
    return kb


#: The classes the cache may name: the whole and every record kind, and nothing else.
_RECORDS: dict[str, type] = {
    cls.__name__: cls
    for cls in (KnowledgeBase, *vars(schema).values(), *vars(policy).values())
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
}


def cache_key(data_dir: Path | str = DATA_DIR) -> str | None:
    """The key of the cached records of ``data_dir``: its files and the validating code."""
    here = Path(__file__)
    code = (here, *(here.with_name(f"{m}.py") for m in ("base", "checks", "schema", "policy")))
    return kbcache.key(Path(data_dir), code)


def load_cached(data_dir: Path | str = DATA_DIR) -> KnowledgeBase:
    """:func:`load`, or the records it made last time if nothing has changed since.

    The cache (:mod:`criteria.knowledge.cache`) is keyed by the data files and by the
    code of this package that reads and checks them, so an edit of any validates again.
    """
    data_dir = Path(data_dir)
    key = cache_key(data_dir)
    kb = kbcache.read(key, KnowledgeBase, _RECORDS)
    if kb is None:
        kb = load(data_dir)
        kbcache.write(key, kb)
    return kb


@functools.cache
def default() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once, validated once)."""
    return load_cached()
