"""Every number in the report equals the result object it was written from."""

import numpy as np
import pandas as pd
import pytest
from scipy.stats import kendalltau

from criteria.decision import matrix
from criteria.mcda.methods import METHODS

NAMES = {m.id: m for m in METHODS}


def short(method_id):
    """A method's column name: its acronym, or its name without the bracket."""
    name = NAMES[method_id].name_en.split(" (")[0]
    return name.split()[0] if name.split()[0].isupper() else name


def test_weights_sheet_holds_the_result_weights(book_en, result, kb, rows):
    table = rows(book_en["Weights"], "Weights")
    header, body = table[0], table[1:]
    # one weight per criterion, the figure the app shows (no second, renormalised one)
    assert header == [
        "Criterion",
        "Kind",
        "Direction",
        "Base weight",
        "Weight",
        "In the ranking",
        "Why",
    ]
    assert [r[0] for r in body] == [kb.criterion(c).name.en for c in result.criteria]
    assert [r[4] for r in body] == pytest.approx(list(result.weights), abs=1e-15)
    base = kb.base_weights()
    assert [r[3] for r in body] == pytest.approx([base[c] for c in result.criteria])
    assert [r[2] for r in body] == [
        "higher is better" if o == "max" else "lower is better" for o in result.objectives
    ]
    assert book_en["Weights"].cell(4, 5).number_format == "0.0%"


def test_weights_read_back_with_pandas_sum_to_one(report_en, result):
    frame = pd.read_excel(report_en, sheet_name="Weights", header=2)
    assert frame["Weight"].to_numpy() == pytest.approx(result.weights)
    assert frame["Weight"].sum() == pytest.approx(1.0)


def test_left_out_criterion_is_marked_and_keeps_its_weight(write, constant_result, rows):
    import openpyxl

    import criteria

    def kb_name(cid):
        return criteria.default().criterion(cid).name.en

    ws = openpyxl.load_workbook(write(constant_result))["Weights"]
    body = {r[0]: r for r in rows(ws, "Weights")[1:]}
    capital = body["Capital shortfall"]
    j = constant_result.criteria.index("capital_gap")
    # the weight the answers give, as in the app; the row says it is left out and why
    assert capital[4] == pytest.approx(constant_result.weights[j])
    assert capital[5] == "no: equal for every model"
    constant = {kb_name(c) for c in constant_result.constant_criteria}
    assert "Capital shortfall" in constant
    assert all(r[5] == "yes" for name, r in body.items() if name not in constant)


def test_why_names_the_base_weight_and_each_multiplier(write, kb, book_en, rows):
    import openpyxl

    import criteria

    answers = {
        "trade_direction": "export",
        "destination": "us",
        "goal": "test_market",
        "capital": "lt_500k",
        "traffic": "none",
        "supply_chain": "own_brand",
        "operations": "basic",
        "policy_exposure": "high",
        "brand_trust": "none",
        "risk_appetite": "low",
        "time_horizon": "6_months",
        "category_breadth": "few",
    }
    result = criteria.assess(kb, answers)
    ws = openpyxl.load_workbook(write(result))["Weights"]
    why = {r[0]: r[6] for r in rows(ws, "Weights")[1:]}
    capital = why["Capital shortfall"]
    assert "the risks the paper states for Direct-ship / dropshipping platform" in capital
    assert "× 1.5 (First-year budget: Under 500,000)" in capital
    assert "A small budget has no slack" in capital  # the multiplier's stated rationale
    assert "× 1.25 (First-year goal: Test a market before committing)" in capital
    assert "The SME's own aim" in why["Mismatch with the first year's goal"]
    factors = matrix.weight_factors(kb, answers)
    for cid, items in factors.items():
        assert why[kb.criterion(cid).name.en].count("× ") == len(items)


def test_weights_set_by_hand_are_called_so(write, kb, result, rows):
    import openpyxl

    import criteria

    manual = criteria.assess(kb, result.answers, weights=np.ones(len(kb.criteria)))
    ws = openpyxl.load_workbook(write(manual))["Weights"]
    body = rows(ws, "Weights")[1:]
    assert [r[4] for r in body] == pytest.approx(list(manual.weights))
    assert all(r[6].startswith("set by hand (the questionnaire would give ") for r in body)


def short_role(kb, model_id, lang="en"):
    from app import presenter

    return presenter.short_role(kb, model_id, "export", lang)


def test_rankings_sheet_holds_the_decision_matrix(book_en, report_en, result, kb, rows):
    ws = book_en["Rankings"]
    table = rows(ws, "Matrix")
    # criteria down, models across: it prints at a readable size
    assert table[0] == ["Criterion", "Weight", *(short_role(kb, m) for m in result.models)]
    body = table[1:]
    assert [r[0] for r in body] == [kb.criterion(c).name.en for c in result.criteria]
    assert [r[1] for r in body] == pytest.approx(list(result.weights))
    assert np.array([r[2:] for r in body], dtype=float) == pytest.approx(result.matrix.T)
    # the directions in one line above it: the two upsides named
    upsides = [
        kb.criterion(c).name.en
        for c, o in zip(result.criteria, result.objectives, strict=True)
        if o == "max"
    ]
    note = next(c.value for c in ws["A"] if str(c.value).startswith("Lower is better"))
    assert note == f"Lower is better, except for {', '.join(upsides)} (higher is better)."
    header = ws[ws.tables["Matrix"].ref.split(":")[0]].row
    frame = pd.read_excel(
        report_en,
        sheet_name="Rankings",
        header=header - 1,
        nrows=len(result.criteria),
        index_col=0,
        usecols=range(2 + len(result.models)),
    )
    assert frame.iloc[:, 1:].to_numpy(dtype=float) == pytest.approx(result.matrix.T)


def test_matrix_levels_cite_each_levels_source_by_its_number_on_the_sources_sheet(
    book_en, result, kb, rows
):
    ws = book_en["Levels"]
    table = rows(ws, "Levels")
    assert table[0][3:] == [short_role(kb, m) for m in result.models]
    sources = book_en["Sources"]
    numbers = {}  # the Sources sheet's own numbering: number → the text of its row
    for r in sources.iter_rows(min_row=5, values_only=True):
        if isinstance(r[0], int):
            numbers[r[0]] = r[1]
    for j, cid in enumerate(result.criteria):
        assert table[1 + j][0] == kb.criterion(cid).name.en
        for i, model_id in enumerate(result.models):
            sid = kb.criterion(cid).entry(model_id, "export").source
            text = table[1 + j][3 + i]
            if sid is None:  # an estimate: labelled so
                assert text.endswith("estimate") and "[" not in text
                continue
            n = int(text[text.rindex("[") + 1 : text.rindex("]")])
            source = kb.sources[sid]
            assert source.text("en") in numbers[n]  # the number names this source
            if source.kind == "paper":
                assert text.endswith(f"] §{source.section}")
            else:
                assert text.endswith("] fact")


def test_rankings_sheet_holds_every_score_and_rank(book_en, report_en, result, kb, rows):
    table = rows(book_en["Rankings"], "Rankings")
    header = table[0]
    expected_header = [
        "Model",
        "Rank by the rule",
        "Fit (0–100)",
        "Feasible now",
        "Consensus rank",
        "Borda mean rank",
    ]
    for m in result.methods:
        expected_header += [f"{short(m)} score", f"{short(m)} rank"]
    assert header == expected_header
    names = [short_role(kb, m) for m in result.models]
    assert [r[0] for r in table[1:]] == [short_role(kb, m) for m in result.ranking]
    for r in table[1:]:
        i = names.index(r[0])
        assert r[1] == result.rule_ranks[i]
        assert r[2] == pytest.approx(100 * result.fit[i], abs=1e-4)
        assert r[3] == ("yes" if result.feasible[i] else "Not feasible now")
        assert r[4] == result.consensus_ranks[i]
        assert r[5] == pytest.approx(result.consensus_mean_rank[i], abs=1e-15)
        for k, m in enumerate(result.methods):
            assert r[6 + 2 * k] == pytest.approx(result.scores[m][i], abs=1e-15)
            assert r[7 + 2 * k] == result.ranks[m][i]
    frame = pd.read_excel(report_en, sheet_name="Rankings", header=3, nrows=len(result.models))
    assert list(frame["Rank by the rule"]) == sorted(result.rule_ranks.tolist())
    assert frame["TOPSIS score"].to_numpy() == pytest.approx(
        [result.scores["topsis"][result.models.index(m)] for m in result.ranking]
    )


def methods_table(ws, heading="Each method's first choice against the consensus's"):
    """The rows of the methods' table beside the matrix, from its header on."""
    corner = next(c for row in ws.iter_rows() for c in row if c.value == heading)
    out = []
    for r in range(corner.row + 1, ws.max_row + 1):
        values = [ws.cell(r, corner.column + k).value for k in range(5)]
        if values[0] is None:
            break
        out.append(values)
    return out


def test_kendall_tau_between_each_method_and_the_consensus(book_en, result):
    table = methods_table(book_en["Rankings"])
    assert table[0] == ["Method", "Agrees", "First choice", None, "Kendall's τ"]
    for row, m in zip(table[1 : 1 + len(result.methods)], result.methods, strict=True):
        assert row[0] == short(m)
        expected = kendalltau(result.ranks[m], result.consensus_ranks).statistic
        assert row[4] == pytest.approx(expected)


def test_share_of_methods_placing_the_recommended_model_first(book_en, result):
    row = methods_table(book_en["Rankings"])[-1]
    assert row[0] == "Methods placing the recommended model first"
    firsts = sum(result.rank_of(result.recommended, m) == 1 for m in result.methods)
    assert row[3] == pytest.approx(firsts / len(result.methods))
    assert row[4] == f"{firsts} of {len(result.methods)}"


def test_chinese_report_holds_the_same_numbers(book_zh, result, rows):
    weights = rows(book_zh["权重"], "Weights")
    assert [r[4] for r in weights[1:]] == pytest.approx(list(result.weights))
    matrix = rows(book_zh["排名"], "Matrix")
    assert np.array([r[2:] for r in matrix[1:]], dtype=float) == pytest.approx(result.matrix.T)
    ranking = rows(book_zh["排名"], "Rankings")
    assert ranking[0][:5] == ["模式", "规则名次", "契合度\n(0–100)", "当前可行", "共识名次"]
    assert [r[1] for r in ranking[1:]] == sorted(result.rule_ranks.tolist())


def test_match_levels_say_how_far_a_role_works_against_the_answer(book_en, result, kb, rows):
    """A match cell is a mismatch (2 works against the answer), never called a fit."""
    table = rows(book_en["Levels"], "Levels")
    for cid in result.criteria:
        c = kb.criterion(cid)
        if c.kind != "match":
            continue
        j = 1 + result.criteria.index(cid)
        answer = result.answers[c.question]
        for i, model_id in enumerate(result.models):
            n = c.entry(model_id, "export").mismatch[answer]
            assert table[j][3 + i].startswith(f"works against it: {n} of 2")


@pytest.mark.parametrize("persona", ["sample", "positive-list-importer"])
def test_agrees_with_the_consensus_means_sharing_the_consensus_first_choice(
    write, kb, result, persona
):
    """The column said "—" for every method when the rule's recommendation was not the
    consensus's first, though each method's first choice was (the importer's case)."""
    import tomllib
    from pathlib import Path

    import openpyxl

    import criteria
    from app import presenter
    from criteria.decision.result import CONSENSUS

    if persona != "sample":
        data = Path(__file__).parents[2] / "data" / "personas.toml"
        people = tomllib.loads(data.read_text(encoding="utf-8"))["persona"]
        result = criteria.assess(kb, next(p for p in people if p["id"] == persona)["answers"])
    book = openpyxl.load_workbook(write(result))
    table = methods_table(book["Rankings"])
    consensus = {m for m in result.models if result.rank_of(m, CONSENSUS) == 1}
    said = {r[0]: r for r in table[1 : 1 + len(result.methods)]}
    for m in result.methods:
        firsts = {x for x in result.models if result.rank_of(x, m) == 1}
        expected = "yes" if firsts & consensus else "—"
        assert said[short(m)][1] == expected, m
        names = [presenter.short_role(kb, x, result.direction, "en") for x in result.ranking]
        assert said[short(m)][2] == ", ".join(
            n for n, x in zip(names, result.ranking, strict=True) if x in firsts
        )
    assert "yes" in [r[1] for r in said.values()]
