"""The recommendation's route and the policy clock, in the owner's words.

Shared by the results view, the report and the command line: the route after the role
("Sell on a marketplace — start as a fully-managed supplier"), one line on whether the
advice holds through the SME's horizon, the timeline's rows, and what changed since a
saved assessment (found by :func:`criteria.decision.since.since_saved`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.presenter.words import role, source_label, text
from criteria.decision import clock, routes
from criteria.decision.result import RankingResult
from criteria.knowledge import KnowledgeBase

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_text(day: dt.date | str, lang: str) -> str:
    """A date as the owner reads it: "1 July 2026", "2026年7月1日"."""
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def advice(
    kb: KnowledgeBase, model_id: str | None, route_id: str | None, direction: str, lang: str
) -> str:
    """A model's role and its route ("… — start as a fully-managed supplier")."""
    if model_id is None:
        return text(lang, "clock.none_after")
    name = role(kb, model_id, direction, lang)
    if route_id is None:
        return name
    start = kb.route(model_id, direction, route_id).start.get(lang)
    return text(lang, "clock.with_route", role=name, start=start)


def recommendation(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The recommended role with its best route, or "" when none is feasible."""
    if result.recommended is None:
        return ""
    return advice(kb, result.recommended, result.route, result.direction, lang)


def route_line(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The recommended route's name and what it means ("" when none is recommended)."""
    if result.recommended is None or result.route is None:
        return ""
    r = kb.route(result.recommended, result.direction, result.route)
    return text(lang, "clock.route_line", name=r.name.get(lang), detail=r.detail.get(lang))


def route_name(kb: KnowledgeBase, result: RankingResult, model_id: str, lang: str) -> str:
    """The name of a model's best route for this SME ("Fully-managed supplier (全托管)")."""
    route_id = result.routes.get(model_id)
    if route_id is None:
        return ""
    return kb.route(model_id, result.direction, route_id).name.get(lang)


def _event_name(kb: KnowledgeBase, tick: clock.Tick, lang: str) -> str:
    name = kb.event(tick.event).name.get(lang)
    return name if tick.starts else text(lang, "clock.ends", event=name)


def horizon_line(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """One line: whether the advice holds through the horizon, or when it changes."""
    if not result.as_of:
        return ""
    end = date_text(clock.horizon_end(result.answers, dt.date.fromisoformat(result.as_of)), lang)
    change = result.first_change
    if change is not None:
        after = advice(kb, change.recommended, change.route, result.direction, lang)
        return text(
            lang,
            "clock.changes",
            date=date_text(change.date, lang),
            event=_event_name(kb, change, lang),
            advice=after,
        )
    if not result.timeline:
        return text(lang, "clock.holds_none", end=end)
    sep = "、" if lang == "zh" else "; "
    events = sep.join(
        text(lang, "clock.event_on", event=_event_name(kb, t, lang), date=date_text(t.date, lang))
        for t in result.timeline
    )
    return text(lang, "clock.holds", end=end, events=events)


@dataclass(frozen=True)
class TimelineRow:
    """One scheduled rule change, as the views and the report show it."""

    date: str
    rule: str
    summary: str
    source: str
    advice: str
    changed: bool
    disputed: str


def timeline_rows(kb: KnowledgeBase, result: RankingResult, lang: str) -> list[TimelineRow]:
    """The timeline, one row per scheduled change, each with its source."""
    out = []
    for t in result.timeline:
        event = kb.event(t.event)
        out.append(
            TimelineRow(
                date=date_text(t.date, lang),
                rule=_event_name(kb, t, lang),
                summary=event.summary.get(lang),
                source=source_label(kb.sources[event.source], lang),
                advice=advice(kb, t.recommended, t.route, result.direction, lang),
                changed=t.changed,
                disputed=text(lang, "clock.disputed", why=event.disputed.get(lang))
                if event.disputed
                else "",
            )
        )
    return out


def as_of_line(kb: KnowledgeBase, result: RankingResult, lang: str) -> str:
    """The assessment's date and how many dated rules apply to the SME's market."""
    if not result.as_of:
        return ""
    destination = result.answers.get(routes.DESTINATION_QUESTION)
    count = sum(
        1 for e in kb.events if e.id in result.events and e.touches(result.direction, destination)
    )
    return text(lang, "clock.as_of", date=date_text(result.as_of, lang), count=count)


def level_moves(
    kb: KnowledgeBase, result: RankingResult, model_id: str, criterion_id: str, lang: str
) -> str:
    """How a role's level was moved by its route and the rules in force ("" if not)."""
    parts = []
    for s in result.shifts_for(model_id, criterion_id):
        ref = (
            kb.event(s.ref).name.get(lang)
            if s.kind == "event"
            else kb.route(model_id, result.direction, s.ref).name.get(lang)
        )
        parts.append(
            text(lang, "clock.moved_by", sign="+" if s.by > 0 else "−", by=abs(s.by), ref=ref)
        )
    if not parts:
        return ""
    return text(lang, "clock.level_moves", moves=("；" if lang == "zh" else "; ").join(parts))


def since_lines(
    kb: KnowledgeBase, since: Mapping[str, Any], direction: str, lang: str
) -> list[str]:
    """:func:`since_saved` in the owner's words, a line each."""
    lines = []
    if since["saved_as_of"] and since["saved_recommended"] is not None:
        lines.append(
            text(
                lang,
                "clock.since_saved",
                date=date_text(since["saved_as_of"], lang),
                version=since["saved_kb_version"] or "—",
                advice=advice(
                    kb, since["saved_recommended"], since["saved_route"], direction, lang
                ),
            )
        )
    else:
        lines.append(text(lang, "clock.since_unknown", date=date_text(since["as_of"], lang)))
    if since["events"]:
        sep = "、" if lang == "zh" else "; "
        named = sep.join(
            text(
                lang,
                "clock.event_on",
                event=kb.event(e).name.get(lang),
                date=date_text(kb.event(e).starts, lang),
            )
            for e in since["events"]
        )
        lines.append(text(lang, "clock.since_rules", events=named))
    else:
        lines.append(text(lang, "clock.since_no_rules"))
    now = advice(kb, since["recommended"], since["route"], direction, lang)
    key = "clock.since_now_changed" if since["changed"] else "clock.since_now_same"
    lines.append(text(lang, key, date=date_text(since["as_of"], lang), advice=now))
    return lines
