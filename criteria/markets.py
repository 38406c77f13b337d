"""How the advice depends on where an exporter sells and on the dated rules.

Beside :mod:`criteria.validation`'s walk of each market's answer space: how often the
recommendation differs between destinations for the same other answers, and how
often each rule that moves levels changes it on the day it takes effect.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from criteria.decision import matrix
from criteria.knowledge import KnowledgeBase
from criteria.validation import PERSONA_DATE, _chunks, answer_space, destinations, score


def _firsts(t: matrix.Tables, idx: np.ndarray, band: float) -> np.ndarray:
    return np.concatenate([score(t, idx[part], band).first for part in _chunks(idx)])


def destination_spread(
    kb: KnowledgeBase, *, on: dt.date | None = None, stride: int = 1
) -> tuple[float, dict[str, float]]:
    """How often the export advice depends on the destination.

    The share of answer sets (the same answers to every other question) whose
    recommendation is not the same for every destination, and for each destination the
    share that differs from the first one's (the United States').
    """
    on = dt.date.fromisoformat(PERSONA_DATE) if on is None else on
    t, band = matrix.tables(kb, "export", on), kb.rule.tie_band
    markets = destinations(kb)
    firsts = {d: _firsts(t, answer_space(kb, "export", d)[::stride], band) for d in markets}
    stacked = np.stack(list(firsts.values()))
    varies = float((stacked != stacked[0]).any(axis=0).mean())
    return varies, {d: float((f != firsts[markets[0]]).mean()) for d, f in firsts.items()}


def event_effects(kb: KnowledgeBase, *, stride: int = 7) -> dict[str, tuple[float, int]]:
    """Each rule that moves levels: the share of advice it changes, and the rows compared.

    The share is of the answer sets it reaches whose recommendation changes on the day
    it takes effect.
    Each answer set is ranked the day before and the day the rule starts, for each
    destination it touches (every one for a rule of China's own); ``stride`` thins the
    answer space.
    """
    out = {}
    band = kb.rule.tie_band
    for e in kb.events:
        if not e.shifts:
            continue
        day = e.starts
        before = matrix.tables(kb, e.direction, day - dt.timedelta(days=1))
        after = matrix.tables(kb, e.direction, day)
        markets = (e.destinations or destinations(kb)) if e.direction == "export" else (None,)
        changed = rows = 0
        for d in markets:
            idx = answer_space(kb, e.direction, d)[::stride]
            changed += int((_firsts(before, idx, band) != _firsts(after, idx, band)).sum())
            rows += len(idx)
        out[e.id] = (changed / rows if rows else 0.0, rows)
    return out
