"""The Summary, Answers and Sources sheets say what the result and the knowledge base say."""

import datetime as dt

import openpyxl
import pytest

import criteria
from app import __version__, presenter
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
    assert info["App version"] == __version__
    assert info["Knowledge-base version"] == result.kb_version


def test_recommended_and_runner_up_with_their_reasons(book_en, result, kb):
    ws = book_en["Summary"]
    for heading, model_id in (
        ("Recommended model", result.recommended),
        ("Runner-up", result.runner_up),
    ):
        section = after(ws, heading)
        model = kb.model(model_id)
        assert section["What you would do"] == model.role.export.en  # the role first
        assert section["The paper's model"] == model.name.en
        assert section["What it is"] == model.detail.export.en
        assert "Rank by the rule" not in section  # ranks by method: the appendices
        assert section["Fit (0–100)"] == pytest.approx(
            100 * result.fit[result.models.index(model_id)], abs=0.05
        )
        lifts, pulls = presenter.owner_reasons(kb, result, model_id, "en")
        assert section["What pulls it down"].splitlines() == ["• " + p for p in pulls]
        if model_id == result.recommended:  # its strengths are the verdict's reasons
            assert "What lifts it" not in section
            verdict = after(ws, "Verdict")["What decides it"].splitlines()
            assert verdict == ["• " + r for r in lifts]
        else:
            assert section["What lifts it"].splitlines() == ["• " + r for r in lifts]


def test_a_model_the_paper_does_not_describe_carries_a_note(book_en, result, kb, write):
    # The sample SME's near-tie: the marketplace leads, the own store is the runner-up.
    assert (result.recommended, result.runner_up) == ("purchasing_agent", "vertical_b2c")
    assert not kb.model("vertical_b2c").described_by_paper
    assert "does not describe it" in after(book_en["Summary"], "Runner-up")["Note"]
    assert "Note" not in after(book_en["Summary"], "Recommended model")
    influencer = criteria.assess(
        kb,
        INFLUENCER,
    )
    assert "vertical_b2c" not in influencer.ranking[:2]
    ws = openpyxl.load_workbook(write(influencer))["Summary"]
    assert "Note" not in [c.value for c in ws["A"]]


def test_the_verdict_leads_with_the_rule_its_confidence_and_what_is_out_of_reach(
    book_en, result, kb
):
    from app import presenter

    section = after(book_en["Summary"], "Verdict")
    v = presenter.verdict(kb, result, "en")
    assert section["Recommended model"] == v.headline
    role = kb.model(result.recommended).role.export.en
    # a near-tie: both routes named, the marketplace first, why it leads and what separates
    assert section["Recommended model"].startswith(
        "Two routes fit you about equally: " + role[:1].lower() + role[1:] + " and "
    )
    assert section["About equal"] == v.near_tie and "What separates them: " in v.near_tie
    assert section["Confidence"] == v.confidence and "test runs" in v.confidence
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
        assert len(register) == len(listed)
        for c in listed:
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


def test_sources_sheet_lists_every_source_with_its_section_or_reference(book_en, book_zh, kb, rows):
    table = rows(book_en["Sources"], "Sources")
    assert table[0][:5] == ["#", "Id", "Kind", "Section or reference", "Text"]
    assert [r[1] for r in table[1:]] == list(kb.sources)
    for r in table[1:]:
        source = kb.sources[r[1]]
        assert r[3] == presenter.source_label(source, "en") and r[4] == source.text("en")
        if source.kind == "paper":
            assert r[2] == "Paper passage" and r[5] == source.quote
            assert r[3] == f"Paper, section {source.section}"
        else:
            assert r[2] == "Public fact" and r[3] == source.reference
    zh = rows(book_zh["来源"], "Sources")
    assert [r[4] for r in zh[1:]] == [s.text("zh") for s in kb.sources.values()]
    # Chinese references and the journal as 《财经与市场》, not the English names.
    assert [r[3] for r in zh[1:]] == [presenter.source_label(s, "zh") for s in kb.sources.values()]
    assert any("海关总署公告2014年第12号" in r[3] for r in zh[1:])
    assert "《财经与市场》" in book_zh["来源"]["A2"].value
    assert "Capital and Market" not in book_zh["来源"]["A2"].value
