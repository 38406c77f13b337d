"""The Summary, Answers and Sources sheets say what the result and the knowledge base say."""

import datetime as dt

import openpyxl
import pytest

import criteria
from app import __version__
from criteria import explain


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
        if a == heading:
            inside = True
            continue
        if inside and b is None and a is not None:  # the next section heading
            break
        if inside and a is not None:
            out[a] = b
    return out


def test_header_facts(book_en, result):
    info = pairs(book_en["Summary"])
    assert info["Company"] == "Acme Trading Co."
    assert info["Assessed on"] == dt.datetime(2026, 3, 1)
    assert info["App version"] == __version__
    assert info["Knowledge-base version"] == result.kb_version


def test_recommended_and_runner_up_with_their_reasons(book_en, result, kb):
    ws = book_en["Summary"]
    for heading, model_id in (("Recommended model", result.recommended),
                              ("Runner-up", result.runner_up)):
        section = after(ws, heading)
        model = kb.model(model_id)
        assert section["Model"] == model.name.en
        assert section["What it is"] == model.description.en
        assert section["For an exporter"] == model.export_counterpart.en
        assert section["Consensus rank"] == result.rank_of(model_id)
        assert section["Borda mean rank"] == pytest.approx(
            result.consensus_mean_rank[result.models.index(model_id)])
        lifts, pulls = explain.reasons(result, model_id)
        lift_lines = section["What lifts it"].splitlines()
        pull_lines = section["What pulls it down"].splitlines()
        assert [line.split(":")[0] for line in lift_lines] == \
            ["• " + kb.criterion(r.criterion).name.en for r in lifts]
        assert [line.split(":")[0] for line in pull_lines] == \
            ["• " + kb.criterion(r.criterion).name.en for r in pulls]


def test_a_model_the_paper_does_not_describe_carries_a_note(book_en, result, kb, write):
    assert result.recommended == "vertical_b2c"
    assert not kb.model("vertical_b2c").described_by_paper
    assert "does not describe it" in after(book_en["Summary"], "Recommended model")["Note"]
    assert "Note" not in after(book_en["Summary"], "Runner-up")
    influencer = criteria.assess(kb, {
        "capital": "lt_500k", "traffic": "huge", "supply_chain": "none", "operations": "basic",
        "policy_exposure": "low", "brand_trust": "some", "risk_appetite": "high",
        "time_horizon": "6_months", "category_breadth": "broad"})
    assert "vertical_b2c" not in influencer.consensus[:2]
    ws = openpyxl.load_workbook(write(influencer))["Summary"]
    assert "Note" not in [c.value for c in ws["A"]]


def test_risks_quote_the_paper_with_its_section(write, kb):
    answers = {"capital": "gt_20m", "traffic": "huge", "supply_chain": "none",
               "operations": "expert", "policy_exposure": "low", "brand_trust": "strong",
               "risk_appetite": "high", "time_horizon": "3_years", "category_breadth": "broad"}
    result = criteria.assess(kb, answers)
    for lang, sheet, heading in (("en", "Summary", "Risks to watch for the recommended model"),
                                 ("zh", "摘要", "推荐模式需关注的风险")):
        ws = openpyxl.load_workbook(write(result, lang))[sheet]
        risks = after(ws, heading)
        sources = kb.risks_of(result.recommended)
        assert list(risks) == [s.label(lang) for s in sources]
        for s in sources:
            assert risks[s.label(lang)].startswith(s.text(lang))
            if s.kind == "paper" and lang == "en":
                assert f"Original passage: {s.quote}" in risks[s.label(lang)]
        assert any(s.kind == "paper" for s in sources), "the case should quote the paper"


def test_left_out_criteria_are_explained(write, constant_result):
    ws = openpyxl.load_workbook(write(constant_result))["Summary"]
    section = after(ws, "Left out of the ranking")
    assert section["Capital shortfall"].startswith("Capital shortfall: 0 for every model")


def test_answers_sheet_shows_each_answer_and_its_multipliers(write, kb, rows):
    answers = {"capital": "lt_500k", "traffic": "huge", "supply_chain": "none",
               "operations": "basic", "policy_exposure": "low", "brand_trust": "some",
               "risk_appetite": "high", "time_horizon": "6_months", "category_breadth": "broad"}
    result = criteria.assess(kb, answers)
    ws = openpyxl.load_workbook(write(result))["Answers"]
    table = rows(ws, "Answers")
    assert table[0] == ["#", "Question", "Answer", "Level", "Weight multipliers",
                        "Matrix column it feeds"]
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
            assert row[5].startswith(c.name.en)
        if not fed:
            assert row[5] == "none (weights only)"
    assert "(1)" in body[kb.question("capital").text.en][5]  # the answer's level


def test_sources_sheet_lists_every_source_with_its_section_or_reference(book_en, book_zh, kb,
                                                                         rows):
    table = rows(book_en["Sources"], "Sources")
    assert table[0][:5] == ["#", "Id", "Kind", "Section or reference", "Text"]
    assert [r[1] for r in table[1:]] == list(kb.sources)
    for r in table[1:]:
        source = kb.sources[r[1]]
        assert r[3] == source.label("en") and r[4] == source.text("en")
        if source.kind == "paper":
            assert r[2] == "Paper passage" and r[5] == source.quote
            assert r[3] == f"Paper, section {source.section}"
        else:
            assert r[2] == "Public fact" and r[3] == source.reference
    zh = rows(book_zh["来源"], "Sources")
    assert [r[4] for r in zh[1:]] == [s.text("zh") for s in kb.sources.values()]
