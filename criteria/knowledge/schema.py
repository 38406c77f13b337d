"""The knowledge base's schema: one frozen dataclass per kind of record.

Each record checks itself (an estimate needs a note, a gap criterion a question, an
option that scales weights a rationale) when it is made. The records are plain
dataclasses, so reading a knowledge base already validated needs no pydantic; pydantic
validates the files into them (:mod:`criteria.knowledge`): it reads the constraints
(``annotated_types``, in annotations that stay text until pydantic reads them with
those names in scope: a start that reads the cache imports neither), the
``__pydantic_config__`` of each record (no unknown keys;
``import_`` is written ``import``) and turns a ``ValueError`` of ``__post_init__`` into
an error at its place. :mod:`criteria.knowledge` also cross-checks the records against
each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

if TYPE_CHECKING:  # the constraints are read only by pydantic, when it validates
    from annotated_types import Ge, Gt, Le, MinLen

LANGUAGES = ("en", "zh")


def _key_name(name: str) -> str:
    """The key a field is written under: ``import_`` is ``import``."""
    return name.removesuffix("_")


#: How pydantic validates every record: unknown keys are errors.
RECORD_CONFIG: dict[str, Any] = {"extra": "forbid", "alias_generator": _key_name}


@dataclass(frozen=True, kw_only=True)
class _Frozen:
    __pydantic_config__: ClassVar[dict[str, Any]] = RECORD_CONFIG


@dataclass(frozen=True, kw_only=True)
class Text(_Frozen):
    """A bilingual text."""

    en: Annotated[str, MinLen(1)]
    zh: Annotated[str, MinLen(1)]

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ("en" or "zh"); English for anything else."""
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True, kw_only=True)
class Source(_Frozen):
    """A passage of the source paper or a named public fact."""

    id: str
    kind: Literal["paper", "fact"]
    section: str | None = None
    about: str | None = None
    quote: str | None = None
    en: str
    zh: str | None = None
    reference: str | None = None
    reference_zh: str | None = None

    def __post_init__(self) -> None:
        if self.kind == "paper" and not (self.section and self.quote):
            raise ValueError("a paper source needs 'section' and 'quote'")
        if self.kind == "fact" and not (self.zh and self.reference):
            raise ValueError("a public fact needs 'zh' and 'reference'")

    def text(self, lang: str) -> str:
        """The passage (Chinese quote) or the fact, in ``lang``."""
        if self.kind == "paper":
            return (self.quote or "") if lang == "zh" else self.en
        return (self.zh or "") if lang == "zh" else self.en


DIRECTIONS = ("export", "import")


@dataclass(frozen=True, kw_only=True)
class ByDirection(_Frozen):
    """A bilingual text for each trade direction."""

    export: Text
    import_: Text

    def get(self, direction: str) -> Text:
        """The text for ``direction`` ("export" or "import")."""
        return self.import_ if direction == "import" else self.export


@dataclass(frozen=True, kw_only=True)
class Model(_Frozen):
    """One operating model (an alternative of the decision).

    ``name`` is the paper's platform type; ``role`` is what the SME itself does in the
    model, per trade direction, and is shown first.
    """

    id: str
    described_by_paper: bool
    source: str
    name: Text
    description: Text
    short: ByDirection
    role: ByDirection
    detail: ByDirection
    examples: ByDirection


@dataclass(frozen=True, kw_only=True)
class _Cited(_Frozen):
    """Where a level comes from: a source that states it, or a labelled estimate."""

    source: str | None = None
    estimate: bool = False
    note: Text | None = None

    def __post_init__(self) -> None:
        if self.estimate and self.source:
            raise ValueError("an estimate cites no source: drop 'source' or 'estimate'")
        if not self.estimate and not self.source:
            raise ValueError("needs a 'source', or 'estimate = true' with a 'note'")
        if self.estimate and self.note is None:
            raise ValueError("an estimate needs a one-line 'note' giving its rationale")


@dataclass(frozen=True, kw_only=True)
class LevelEntry(_Cited):
    """A role's level on a gap or level criterion; ``hard`` gaps screen feasibility."""

    level: Annotated[int, Ge(1), Le(5)]
    hard: bool = False


@dataclass(frozen=True, kw_only=True)
class RangeEntry(_Cited):
    """The option range of a question a role suits."""

    low: str
    high: str


@dataclass(frozen=True, kw_only=True)
class MatchEntry(_Cited):
    """Per option of a question, how far the role works against it: 0, 1 or 2.

    On a gating criterion a 2 means the role *cannot* serve that answer; ``cannot``
    says why, per such option, in the owner's words.
    """

    mismatch: dict[str, Annotated[int, Ge(0), Le(2)]]
    cannot: dict[str, Text] = field(default_factory=dict)


Entry = LevelEntry | RangeEntry | MatchEntry


@dataclass(frozen=True, kw_only=True)
class Directional(_Frozen):
    """Separate entries for the export and the import role."""

    export: Entry
    import_: Entry


@dataclass(frozen=True, kw_only=True)
class Adjustment(_Cited):
    """An answer that moves the level of some roles (clipped to 1..5)."""

    question: str
    option: str
    by: Annotated[int, Ge(-4), Le(4)]
    models: tuple[str, ...] | dict[Literal["export", "import"], tuple[str, ...]]

    def applies(self, model_id: str, direction: str) -> bool:
        """Whether the adjustment moves ``model_id``'s level in ``direction``."""
        if isinstance(self.models, dict):
            named = {str(d): ms for d, ms in self.models.items()}
            return model_id in named.get(direction, ())
        return model_id in self.models


#: The fixed scale of each kind of cell: (lowest, highest) bounds; a range criterion's
#: cells run from 0 to one less than its question's number of options.
KIND_SCALE = {"gap": (0, 4), "level": (1, 5), "match": (0, 2)}


@dataclass(frozen=True, kw_only=True)
class Criterion(_Frozen):
    """One column of the decision matrix."""

    id: str
    kind: Literal["gap", "level", "range", "match"]
    question: str | None = None
    objective: Literal["min", "max"]
    risk_of: tuple[str, ...]
    base_weight: Annotated[float, Gt(0), Le(10)] | None = None
    base_note: Text | None = None
    name: Text
    explanation: Text
    levels: dict[str, Entry | Directional]
    adjust: tuple[Adjustment, ...] = ()
    gates: bool = False

    def __post_init__(self) -> None:
        if self.gates and self.kind != "match":
            raise ValueError("only a 'match' criterion can gate (its 2 means: cannot serve)")
        if self.kind != "level" and not self.question:
            raise ValueError(f"a '{self.kind}' criterion needs 'question'")
        if self.adjust and self.kind != "level":
            raise ValueError("only a 'level' criterion can be adjusted by answers")
        if not self.risk_of and self.base_note is None:
            raise ValueError("a criterion no paper risk statement weighs needs 'base_note'")
        wanted = {"gap": LevelEntry, "level": LevelEntry, "range": RangeEntry, "match": MatchEntry}[
            self.kind
        ]
        for model_id, item in self.levels.items():
            for entry in _entries(item):
                if not isinstance(entry, wanted):
                    raise ValueError(
                        f"levels.{model_id}: a '{self.kind}' criterion needs "
                        + {
                            RangeEntry: "'low' and 'high'",
                            MatchEntry: "'fit'",
                            LevelEntry: "'level'",
                        }[wanted]
                    )
                if getattr(entry, "hard", False) and self.kind != "gap":
                    raise ValueError(f"levels.{model_id}: only a 'gap' can be hard")

    def entry(self, model_id: str, direction: str) -> Entry:
        """The level entry of ``model_id``'s role in ``direction``."""
        item = self.levels[model_id]
        if isinstance(item, Directional):
            return item.import_ if direction == "import" else item.export
        return item


def _entries(item: Entry | Directional) -> tuple[Entry, ...]:
    return (item.export, item.import_) if isinstance(item, Directional) else (item,)


@dataclass(frozen=True, kw_only=True)
class Option(_Frozen):
    """One answer option of a question."""

    id: str
    level: Annotated[int, Ge(1), Le(10)]
    label: Text
    weights: dict[str, Annotated[float, Gt(0), Le(10)]] = field(default_factory=dict)
    why: Text | None = None

    def __post_init__(self) -> None:
        if self.weights and self.why is None:
            raise ValueError("an option that scales weights needs 'why', its rationale")


@dataclass(frozen=True, kw_only=True)
class Question(_Frozen):
    """A single-choice question of the questionnaire."""

    id: str
    page: str
    sources: tuple[str, ...]
    text: Text
    short: Text
    help: Text
    option: Annotated[tuple[Option, ...], MinLen(2)]
    resource: bool = False
    """Its options measure what the SME has, lowest first: a step down is less of it."""
    when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Asked only of SMEs whose answers are among these (the destination: exporters)."""
    ordered: bool = True
    """Its options run lowest to highest (a market is not a step from another)."""

    def asked(self, answers: Mapping[str, str]) -> bool:
        """Whether the question is asked, given the answers to the questions it depends on."""
        return all(answers.get(q) in options for q, options in self.when.items())

    def ruled_out(self, answers: Mapping[str, str]) -> bool:
        """Whether answers already given rule the question out (an importer's destination)."""
        return any(q in answers and answers[q] not in options for q, options in self.when.items())

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


@dataclass(frozen=True, kw_only=True)
class Contradiction(_Frozen):
    """Two answers that rarely go together, and what the tool assumes when they do.

    It applies when every question of ``when`` has one of its listed options.
    """

    id: str
    when: dict[str, tuple[str, ...]]
    text: Text

    def applies(self, answers: Mapping[str, str]) -> bool:
        """Whether ``answers`` hold every answer the contradiction names."""
        return all(answers.get(q) in options for q, options in self.when.items())


@dataclass(frozen=True, kw_only=True)
class Page(_Frozen):
    """A wizard page: one area of the questionnaire."""

    id: str
    title: Text
    subtitle: Text


@dataclass(frozen=True, kw_only=True)
class Mitigation(_Frozen):
    """How an SME usually limits one risk.

    Without ``models`` and ``direction`` it holds for every role; with them, only for
    those models' roles (in that direction), where the general advice does not fit.
    """

    criterion: str
    text: Text
    models: tuple[str, ...] = ()
    direction: Literal["export", "import"] | None = None

    def specificity(self, model_id: str, direction: str) -> int:
        """How closely it fits a role: −1 not at all, 0 general ... 3 model and direction."""
        if (self.models and model_id not in self.models) or (
            self.direction is not None and self.direction != direction
        ):
            return -1
        return 2 * bool(self.models) + (self.direction is not None)


@dataclass(frozen=True, kw_only=True)
class Step(_Frozen):
    """One first step of a role, with the source that says why.

    ``when`` limits it to SMEs whose answers are among the options given (question id →
    option ids), where a step holds only for some: growing an audience is no step for
    an influencer who has one.
    """

    source: str
    en: Annotated[str, MinLen(1)]
    zh: Annotated[str, MinLen(1)]
    when: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def applies(self, answers: Mapping[str, str]) -> bool:
        """Whether the step holds for these answers."""
        return all(answers.get(q) in options for q, options in self.when.items())

    @property
    def text(self) -> Text:
        """The step as a bilingual text."""
        return Text(en=self.en, zh=self.zh)


@dataclass(frozen=True, kw_only=True)
class Steps(_Frozen):
    """The first steps of one model's role in one trade direction."""

    model: str
    direction: Literal["export", "import"]
    items: Annotated[tuple[Step, ...], MinLen(1)]


@dataclass(frozen=True, kw_only=True)
class Assumption(_Frozen):
    """An assumption or limit the advice rests on (in one trade direction, if given)."""

    text: Text
    direction: Literal["export", "import"] | None = None


@dataclass(frozen=True, kw_only=True)
class ConfidenceBand(_Frozen):
    """A confidence label: it applies from ``min_share`` of the weightings up."""

    id: str
    min_share: Annotated[float, Ge(0), Le(1)]
    label: Text
    meaning: Text


@dataclass(frozen=True, kw_only=True)
class Rule(_Frozen):
    """The recommendation rule's settings: the tie band, confidence sampling and its labels.

    ``tie_band`` is the fit (0..1) within which a model counts as level with the best:
    the verdict names such models together (a near-tie).
    """

    id: str
    name: Text
    concentration: Annotated[float, Gt(0)]
    samples: Annotated[int, Ge(100), Le(1_000_000)]
    seed: int
    confidence: Annotated[tuple[ConfidenceBand, ...], MinLen(1)]
    tie_band: Annotated[float, Ge(0), Le(0.2)] = 0.0

    def __post_init__(self) -> None:
        shares = [b.min_share for b in self.confidence]
        if shares != sorted(shares, reverse=True) or shares[-1] != 0:
            raise ValueError(
                "confidence bands must run from the highest 'min_share' down to one of 0"
            )

    def band(self, share: float) -> ConfidenceBand:
        """The band a share of weightings falls in."""
        return next(b for b in self.confidence if share >= b.min_share)
