"""The checks across the files of a knowledge base, after each record is validated.

Every model has a level on every criterion in both directions, every cited source
exists, every option a weight multiplier names is a criterion, a gating criterion
says why it cannot serve; any fault raises :class:`KnowledgeBaseError` naming the
file, the key and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from criteria.knowledge.base import KnowledgeBase, KnowledgeBaseError
from criteria.knowledge.schema import (
    DIRECTIONS,
    Criterion,
    LevelEntry,
    MatchEntry,
    Question,
    RangeEntry,
)


def _listed(ids: Iterable[str]) -> str:
    """Ids for a one-line message: one that holds a line break or a control is quoted."""
    return ", ".join(i if i.isprintable() else repr(i) for i in ids)


def unique(ids: Iterable[str], filename: str, what: str) -> None:
    """Raise if an id of ``what`` is given twice in ``filename``."""
    seen = set()
    for i in ids:
        if i in seen:
            raise KnowledgeBaseError(f"{filename}: duplicate {what} id '{i}'")
        seen.add(i)


def cross_check(kb: KnowledgeBase) -> None:
    """Raise on the first fault across the files (sources, levels, options, gates)."""

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
        unique((o.id for o in q.options), "questionnaire.toml", f"{where} option")
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
                    f"{where}.{qid}: '{_listed(unknown) or '(none)'}' is not an option "
                    f"({_listed(question_ids[qid].option_ids)})"
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
                else list(entry.mismatch)
                if isinstance(entry, MatchEntry)
                else []
            )
            for value in ends:
                if value not in options:
                    raise KnowledgeBaseError(
                        f"criteria.toml: {at}: '{_listed([value])}' is not an option "
                        f"of {c.question} ({_listed(options)})"
                    )
            if isinstance(entry, MatchEntry) and set(entry.mismatch) != set(options):
                raise KnowledgeBaseError(
                    f"criteria.toml: {at}.mismatch: needs every option of "
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
    cannot = {o for o, f in entry.mismatch.items() if f == 2}
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


def check_guidance(kb: KnowledgeBase) -> None:
    """Every risk has a mitigation, every role in each direction its steps, each cited."""
    risks = {c.id for c in kb.criteria if c.kind == "level" and c.objective == "min"}
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


def check_policy(kb: KnowledgeBase) -> None:
    """Every role has routes, the first moving nothing; events name what exists."""
    shiftable = {c.id for c in kb.criteria if c.kind in ("gap", "level")}
    event_ids = {e.id for e in kb.events}
    questions = {q.id: q for q in kb.questions}

    def check_shifts(criteria: Iterable[str], at: str) -> None:
        if bad := sorted(set(criteria) - shiftable):
            raise KnowledgeBaseError(
                f"{at}: {_listed(bad)} is not a gap or level criterion "
                f"({', '.join(sorted(shiftable))})"
            )

    def check_when(when: dict[str, tuple[str, ...]], at: str) -> None:
        for qid, options in when.items():
            if qid not in questions:
                raise KnowledgeBaseError(f"{at}.when: unknown question '{_listed([qid])}'")
            if bad := sorted(set(options) - set(questions[qid].option_ids)):
                raise KnowledgeBaseError(
                    f"{at}.when.{qid}: unknown option {_listed(bad)}; "
                    f"valid: {', '.join(questions[qid].option_ids)}"
                )

    for n, r in enumerate(kb.routes):
        at = f"routes.toml: route[{n}] ({r.model} {r.direction} {r.id})"
        if r.model not in kb.model_ids:
            raise KnowledgeBaseError(f"{at}: unknown model '{_listed([r.model])}'")
        if r.source and r.source not in kb.sources:
            raise KnowledgeBaseError(f"{at}: unknown source '{r.source}'")
        if r.since is not None and r.since not in event_ids:
            raise KnowledgeBaseError(f"{at}.since: unknown event '{_listed([r.since])}'")
        check_shifts(r.shifts, f"{at}.shifts")
        for step in r.steps:
            if step.source not in kb.sources:
                raise KnowledgeBaseError(f"{at}.steps: unknown source '{step.source}'")
    for m in kb.model_ids:
        for direction in DIRECTIONS:
            routes = kb.routes_of(m, direction)
            if not routes:
                raise KnowledgeBaseError(f"routes.toml: no route for {m} ({direction})")
            unique((r.id for r in routes), "routes.toml", f"{m} ({direction}) route")
            if routes[0].shifts or routes[0].since:
                raise KnowledgeBaseError(
                    f"routes.toml: {m} ({direction}): the first route '{routes[0].id}' is the "
                    "one the levels describe: it moves nothing and is always open"
                )
    route_ids = {r.id for r in kb.routes}
    destination = questions.get("destination")
    for e in kb.events:
        at = f"policy.toml: event {e.id}"
        if e.source not in kb.sources:
            raise KnowledgeBaseError(f"{at}: unknown source '{e.source}'")
        if e.destinations:
            valid = destination.option_ids if destination else ()
            if bad := sorted(set(e.destinations) - set(valid)):
                raise KnowledgeBaseError(
                    f"{at}.destinations: unknown option {_listed(bad)}; valid: {', '.join(valid)}"
                )
        for k, shift in enumerate(e.shifts):
            check_shifts([shift.criterion], f"{at}.shifts[{k}]")
            check_when(shift.when, f"{at}.shifts[{k}]")
            if bad := sorted(set(shift.models) - set(kb.model_ids)):
                raise KnowledgeBaseError(f"{at}.shifts[{k}].models: unknown model {_listed(bad)}")
            if bad := sorted(set(shift.routes) - route_ids):
                raise KnowledgeBaseError(f"{at}.shifts[{k}].routes: unknown route {_listed(bad)}")
