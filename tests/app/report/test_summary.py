"""The Summary, Answers and Sources sheets say what the result and the knowledge base say."""

import datetime as dt

import openpyxl

import criteria
from app import __version__, presenter
from app.report import summary
from samples import INFLUENCER


def pairs(ws):
    """Column A label → column B value (the first occurrence of each label)."""
    out = {}
    for a, b in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if a is not None:
            out.setdefault(a, b)
    return out


def after(ws, heading):
    """Label → value pairs in the section that starts with ``heading``."""
    out, inside = {}, False
    for a, b in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if a == heading and b is None:  # a section heading, not a row of that name
            inside = True
            continue
        if inside and b is None and a is not None:  # the next section heading
            break
        if inside and a is not None:
            out[a] = b
    return out


def test_header_facts(book_en, result):
    info = pairs(book_en["Summary"])
    assert info["Prepared for"] == "Acme Trading Co."
    assert info["Assessed on"] == dt.datetime(2026, 3, 1)
    assert info["Prepared by"] == (
        f"Export Model Advisor {__version__} (knowledge base {result.kb_version})"
    )
    # the direction and where the goods go, in one line
    assert info["Market"] == "Export: we sell Chinese goods to buyers abroad — United States"


def roles_block(ws, lang="en"):
    """The six roles at a glance: label → value, in the sheet's order."""
    heading = (
        "The six roles at a glance (fit 0–100, in the rule's order)"
        if lang == "en"
        else "六种角色一览（契合度0–100，按推荐规则排序）"
    )
    return after(ws, heading)


def test_the_six_roles_at_a_glance_in_the_rules_order(book_en, result, kb):
    block = roles_block(book_en["Summary"])
    rows = [(k, v) for k, v in block.items() if k != "*"]
    assert len(rows) == len(result.models) == 6
    for rank, ((label, value), model_id) in enumerate(zip(rows, result.ranking, strict=True), 1):
        i = result.models.index(model_id)
        short = presenter.short_role(kb, model_id, "export", "en")
        assert label.removesuffix(" *") == f"{rank}. {short}"
        lines = value.splitlines()
        fit = round(100 * float(result.fit[i]), 1)
        model = kb.model(model_id)
        # the role first, then the paper's name for it: the appendices' link to the paper
        assert lines[0] == f"Fit {fit:g} — {model.role.export.en} (the paper's “{model.name.en}”)"
        assert ("Not feasible now: " in value) == (not result.feasible[i])
        lifts, pulls = presenter.owner_reasons(kb, result, model_id, "en", limit=2)
        assert bool(lifts) == any(line.startswith("+ ") for line in lines)
        assert bool(pulls) == any(line.startswith("− ") for line in lines)
        for reason in lifts + pulls:
            assert reason in value
    # the recommendation is bold: the reader finds it in the list at once
    ws = book_en["Summary"]
    first = next(c for c in ws["A"] if str(c.value).startswith("1. "))
    second = next(c for c in ws["A"] if str(c.value).startswith("2. "))
    assert ws.cell(first.row, 2).font.b and not ws.cell(second.row, 2).font.b


def test_a_model_the_paper_does_not_describe_is_marked(book_en, result, kb):
    # The sample SME's near-tie: the marketplace leads, the own store is the runner-up.
    assert (result.recommended, result.runner_up) == ("purchasing_agent", "vertical_b2c")
    block = roles_block(book_en["Summary"])
    marked = [k for k in block if k.endswith(" *")]
    undescribed = [m.id for m in kb.models if not m.described_by_paper]
    assert len(marked) == len(undescribed) == 1
    assert marked[0].endswith(presenter.short_role(kb, "vertical_b2c", "export", "en") + " *")
    assert "does not describe it" in block["*"]


def test_the_verdict_leads_with_the_rule_its_confidence_and_what_is_out_of_reach(
    book_en, result, kb
):
    from app import presenter

    section = after(book_en["Summary"], "Verdict")
    v = presenter.verdict(kb, result, "en")
    assert section["Recommended model"] == v.headline  # a near-tie: no "Recommended: "
    role = kb.model(result.recommended).role.export.en
    # a near-tie: both routes named, the marketplace first, why it leads and what separates
    assert section["Recommended model"].startswith(
        "Two routes fit you about equally: " + role[:1].lower() + role[1:] + " and "
    )
    assert section["About equal"] == v.near_tie and "What separates them: " in v.near_tie
    # the value without its label: not "Confidence | Confidence: Close call"
    confidence = presenter.confidence_text(kb, result, "en", labelled=False)
    assert section["Confidence"] == confidence and "test runs" in confidence
    assert not confidence.startswith("Confidence")
    gated = section["Cannot serve your goal"].split("\n")
    assert gated == ["• " + line for line in v.gated_lines()] and len(gated) == 1
    # One cell, one bullet per model out of reach: its role, then what it would take.
    lines = section["Not feasible now"].split("\n")
    assert len(lines) == len(result.not_feasible_models) >= 1
    for line, model_id in zip(lines, result.not_feasible_models, strict=True):
        assert line.startswith("• " + kb.model(model_id).role.export.en + ": ")
        assert "at least “" in line and "(your answer: “" in line


def test_the_risk_register_says_what_each_risk_means_and_how_to_limit_it(write, kb):
    answers = {
        "trade_direction": "import",
        "goal": "sell_volume",
        "capital": "lt_500k",
        "traffic": "small",
        "supply_chain": "suppliers",
        "operations": "basic",
        "policy_exposure": "medium",
        "brand_trust": "none",
        "risk_appetite": "medium",
        "time_horizon": "1_year",
        "category_breadth": "few",
    }
    result = criteria.assess(kb, answers)
    assert result.recommended == "purchasing_agent"  # the paper's own daigou case
    for lang, sheet, heading in (
        ("en", "Summary", "Risk register for the recommended role"),
        ("zh", "摘要", "推荐模式的风险清单"),
    ):
        ws = openpyxl.load_workbook(write(result, lang))[sheet]
        register = after(ws, heading)
        risky = [c for c in kb.criteria if c.kind == "level" and c.objective == "min"]
        i = result.models.index("purchasing_agent")
        levels = {c.id: int(result.matrix[i, result.criteria.index(c.id)]) for c in risky}
        listed = [c for c in risky if levels[c.id] >= 3]  # level 2 is not a risk to watch
        listed.sort(key=lambda c: -levels[c.id])  # the highest first
        top = listed[: summary.REGISTER_TOP]
        # the top ones in full, the others named in one line
        assert len(register) == len(top) + (len(listed) > len(top))
        for c in top:
            label = (
                f"{c.name.get(lang)} (level {levels[c.id]} of 5)"
                if lang == "en"
                else (f"{c.name.get(lang)}（{levels[c.id]}/5级）")
            )
            row = register[label]
            assert kb.mitigation(c.id, "purchasing_agent", "import").get(lang) in row
            entry = c.entry("purchasing_agent", "import")
            if entry.source:
                assert presenter.source_label(kb.sources[entry.source], lang) in row
        credit = kb.criterion("trust_risk").name.get(lang)
        assert any(key.startswith(credit) for key in register)  # the paper's stated risk
        if len(listed) > len(top):
            more = register["Also watch" if lang == "en" else "另需留意"]
            for c in listed[len(top) :]:
                assert c.name.get(lang) in more


def test_page_one_gives_next_steps_and_the_assumptions(book_en, result, kb):
    ws = book_en["Summary"]
    steps = after(ws, "Next steps")
    expected = [  # the steps that hold for this SME's answers
        s for s in kb.first_steps(result.recommended, "export") if s.applies(result.answers)
    ]
    assert list(steps) == [f"{k}." for k in range(1, len(expected) + 1)]
    for (_, text), step in zip(steps.items(), expected, strict=True):
        assert (
            text.startswith(step.en)
            and presenter.source_label(kb.sources[step.source], "en") in text
        )
    limits = after(ws, "Assumptions and limits")
    assert list(limits.values()) == [
        a.text.en for a in kb.assumptions if a.direction in (None, "export")
    ]
    info = pairs(ws)
    assert info["Prepared by"].startswith("Export Model Advisor ")


def test_left_out_criteria_are_explained(write, constant_result):
    ws = openpyxl.load_workbook(write(constant_result))["Summary"]
    section = after(ws, "Left out of the ranking")
    assert section["Capital shortfall"].startswith("Capital shortfall: 0 for every model")


def test_answers_sheet_shows_each_answer_and_its_multipliers(write, kb, rows):
    answers = INFLUENCER
    result = criteria.assess(kb, answers)
    ws = openpyxl.load_workbook(write(result))["Answers"]
    table = rows(ws, "Answers")
    assert table[0] == [
        "#",
        "Question",
        "Answer",
        "Level",
        "Weight multipliers",
        "Matrix column it feeds",
    ]
    body = {r[1]: r for r in table[1:]}
    assert len(body) == len(kb.questions)
    for q in kb.questions:
        row = body[q.text.en]
        option = q.get_option(answers[q.id])
        assert row[2] == option.label.en
        assert row[3] == f"{option.level} of {len(q.options)}"
        for cid, factor in option.weights.items():
            assert f"{kb.criterion(cid).name.en} × {factor:g}" in row[4]
        if not option.weights:
            assert row[4] == "none (weights unchanged)"
        fed = [c for c in kb.criteria if c.question == q.id]
        for c in fed:
            assert c.name.en in row[5]
        if not fed:
            assert row[5] == "none (weights only)"
    assert "(1)" in body[kb.question("capital").text.en][5]  # the answer's level


def test_sources_sheet_lists_the_sources_the_report_cites(book_en, book_zh, kb, rows, result):
    table = rows(book_en["Sources"], "Sources")
    assert table[0] == ["#", "Source and what it says"]
    cited = [s for s in kb.sources.values() if s.id in _cited(kb, result)]
    assert [r[0] for r in table[1:]] == list(range(1, len(cited) + 1))
    for r, source in zip(table[1:], cited, strict=True):
        label = presenter.source_label(source, "en")
        text = f"{label} — {source.text('en')}"
        if source.quote:  # the paper's own words below, in its Chinese
            text += f"\nOriginal passage: {source.quote}"
        assert r[1] == text
        if source.kind == "paper":
            assert label == f"Paper, section {source.section}" and source.quote
    # every source a summary line names is on the sheet
    summary_text = "\n".join(str(c.value) for c in book_en["Summary"]["B"] if c.value)
    for step in kb.first_steps(result.recommended, "export"):
        if step.applies(result.answers):
            assert presenter.source_label(kb.sources[step.source], "en") in summary_text
            assert step.source in _cited(kb, result)
    # another role's first steps are not listed, unless cited for something else
    others = {
        s.source
        for m in kb.models
        if m.id != result.recommended
        for s in kb.first_steps(m.id, "export")
    } - {s.source for s in kb.first_steps(result.recommended, "export")}
    levels = {c.entry(m.id, "export").source for c in kb.criteria for m in kb.models}
    assert not (others - levels - {r for c in kb.criteria for r in c.risk_of}) & set(
        _cited(kb, result)
    )
    zh = rows(book_zh["来源"], "Sources")
    assert len(zh) == len(table) and len(zh[0]) == 2  # the Chinese text is the original
    assert [r[1] for r in zh[1:]] == [
        f"{presenter.source_label(s, 'zh')}——{s.text('zh')}" for s in cited
    ]
    # Chinese references and the journal as 《财经与市场》, not the English names.
    assert any("海关总署公告2014年第12号" in r[1] for r in zh[1:])
    assert "《财经与市场》" in book_zh["来源"]["A2"].value
    assert "Capital and Market" not in book_zh["来源"]["A2"].value


def _cited(kb, result):
    from app.catalogue import Labels
    from app.report.context import Report

    return Report(
        kb=kb, result=result, t=Labels("en"), company="", notes="", assessed_on=dt.date.today()
    ).cited
