"""The records of entry routes and dated policy events.

A model's *route* is how the SME enters it: for the marketplace seller, supplying the
platform's fully-managed programme or selling with stock in its warehouses; for a
stock-holding role, parcels from China (customs code 9610) or bulk stock in an overseas
warehouse (9810). A route moves some of the role's levels (a requirement of a gap
criterion, or the level of a level criterion); the first route of each model is the one
its levels describe and moves nothing.

A *policy event* is a rule with a date: from ``effective`` (until ``ends``, where known)
it moves the levels of some roles and routes for SMEs selling to some destinations.
Dates are ISO strings (``YYYY-MM-DD``), so the records stay plain JSON in the cache.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Literal

from criteria.knowledge.schema import Step, Text, _Cited, _Frozen

if TYPE_CHECKING:  # read only by pydantic, when it validates
    from annotated_types import Ge, Le, MinLen


def parse_date(value: str) -> dt.date:
    """An ISO date (``YYYY-MM-DD``); ``ValueError`` naming the form otherwise."""
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def version_key(text: object) -> tuple[int, ...]:
    """``"2026.12.2"`` → (2026, 12, 2), for comparing versions; () for anything else."""
    if not isinstance(text, str) or not re.fullmatch(r"\d+(\.\d+)*", text):
        return ()
    return tuple(int(p) for p in text.split("."))


def _holds(when: Mapping[str, tuple[str, ...]], answers: Mapping[str, str]) -> bool:
    return all(answers.get(q) in options for q, options in when.items())


@dataclass(frozen=True, kw_only=True)
class Route(_Cited):
    """One way into a model's role in one trade direction.

    ``shifts`` maps a criterion to how far the route moves it: a gap criterion's
    requirement, or a level criterion's level (both kept within 1..5). ``parcels``
    marks a route whose goods cross the border one order at a time, the routes the
    rules on low-value parcels reach. ``since`` names the policy event from which the
    route exists (customs code 9810 from 1 July 2020). ``start`` completes the sentence
    "<role> — …" of the verdict.
    """

    id: str
    model: str
    direction: Literal["export", "import"]
    customs: str | None = None
    parcels: bool = False
    name: Text
    start: Text
    detail: Text
    shifts: dict[str, Annotated[int, Ge(-4), Le(4)]] = field(default_factory=dict)
    since: str | None = None
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True, kw_only=True)
class EventShift(_Frozen):
    """How a policy event moves one criterion of some roles and routes.

    It applies to a route of a model when the model is among ``models`` (empty: every
    model), the route among ``routes`` (empty: every route) and, with ``parcels`` set,
    the route ships parcels (True) or bulk (False); and only for SMEs whose answers are
    among ``when``'s options.
    """

    criterion: str
    by: Annotated[int, Ge(-4), Le(4)]
    models: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    parcels: bool | None = None
    when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    why: Text

    def reaches(self, model_id: str, route: Route) -> bool:
        """Whether the shift moves ``model_id``'s level on ``route``."""
        return (
            (not self.models or model_id in self.models)
            and (not self.routes or route.id in self.routes)
            and (self.parcels is None or self.parcels == route.parcels)
        )

    def holds(self, answers: Mapping[str, str]) -> bool:
        """Whether the answers are among those the shift is limited to."""
        return _holds(self.when, answers)


@dataclass(frozen=True, kw_only=True)
class PolicyEvent(_Frozen):
    """A dated rule: what it moves, for which destinations, from when, and its source.

    ``destinations`` are options of the destination question (empty: every one, a rule
    of China's own); ``disputed`` says why sources disagree on a date; ``added`` is the
    knowledge-base version that first held the event; an event that moves nothing says
    why in ``note``.
    """

    id: str
    jurisdiction: Annotated[str, MinLen(1)]
    direction: Literal["export", "import"]
    destinations: tuple[str, ...] = ()
    effective: str
    ends: str | None = None
    name: Text
    summary: Text
    source: str
    source_date: str
    disputed: Text | None = None
    added: str
    shifts: tuple[EventShift, ...] = ()
    note: Text | None = None

    def __post_init__(self) -> None:
        start = parse_date(self.effective)
        parse_date(self.source_date)
        if self.ends is not None and parse_date(self.ends) <= start:
            raise ValueError("'ends' must come after 'effective'")
        if not self.shifts and self.note is None:
            raise ValueError("an event that moves no level needs a 'note' saying why")

    @property
    def starts(self) -> dt.date:
        """The date it takes effect."""
        return parse_date(self.effective)

    def in_force(self, on: dt.date) -> bool:
        """Whether the rule holds on ``on``."""
        return self.starts <= on and (self.ends is None or on < parse_date(self.ends))

    def touches(self, direction: str, destination: str | None) -> bool:
        """Whether the rule reaches an SME of this direction selling to ``destination``."""
        return self.direction == direction and (
            not self.destinations or destination is None or destination in self.destinations
        )
