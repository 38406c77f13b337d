"""Every number in the report equals the result object it was written from."""

import numpy as np
import pandas as pd
import pytest
from scipy.stats import kendalltau

from criteria.decision import matrix
from criteria.mcda.methods import METHODS

NAMES = {m.id: m for m in METHODS}


def short(method_id):
    return NAMES[method_id].name_en.split(" (")[0]


def test_weights_sheet_holds_the_result_weights(book_en, result, kb, rows):
    table = rows(book_en["Weights"], "Weights")
    header, body = table[0], table[1:]
    assert header[:7] == [
        "Criterion",
        "Kind",
        "Direction",
        "Base weight",
        "Weight",
        "Weight used by the methods",
        "In the ranking",
    ]
    assert [r[0] for r in body] == [kb.criterion(c).name.en for c in result.criteria]
    assert [r[4] for r in body] == pytest.approx(list(result.weights), abs=1e-15)
    assert [r[5] for r in body if r[5] is not None] == pytest.approx(
        list(result.active_weights), abs=1e-15
    )
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
    assert frame["Weight used by the methods"].sum() == pytest.approx(1.0)


def test_left_out_criterion_is_marked_and_gets_no_used_weight(write, constant_result, rows):
    import openpyxl

    import criteria

    def kb_name(cid):
        return criteria.default().criterion(cid).name.en

    ws = openpyxl.load_workbook(write(constant_result))["Weights"]
    body = {r[0]: r for r in rows(ws, "Weights")[1:]}
    capital = body["Capital shortfall"]
    assert capital[5] is None and capital[6] == "no: equal for every model"
    constant = {kb_name(c) for c in constant_result.constant_criteria}
    assert "Capital shortfall" in constant
    assert all(r[6] == "yes" for name, r in body.items() if name not in constant)
    used = [r[5] for r in body.values() if r[5] is not None]
    assert used == pytest.approx(list(constant_result.active_weights))


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
    why = {r[0]: r[7] for r in rows(ws, "Weights")[1:]}
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
    assert all(r[7].startswith("set by hand (the questionnaire would give ") for r in body)


def test_matrix_sheet_holds_the_matrix(book_en, report_en, result, kb, rows, labelled_row):
    ws = book_en["Matrix"]
    table = rows(ws, "Matrix")
    assert table[0] == ["Model", *(kb.criterion(c).name.en for c in result.criteria)]
    assert [r[0] for r in table[1:]] == [kb.model(m).role.export.en for m in result.models]
    assert np.array([r[1:] for r in table[1:]], dtype=float) == pytest.approx(result.matrix)
    assert labelled_row(ws, "Direction") == [
        "higher is better" if o == "max" else "lower is better" for o in result.objectives
    ]
    assert labelled_row(ws, "Weight") == pytest.approx(list(result.weights))
    frame = pd.read_excel(
        report_en, sheet_name="Matrix", header=3, nrows=len(result.models), index_col=0
    )
    assert frame.to_numpy(dtype=float) == pytest.approx(result.matrix)


def test_matrix_sources_cite_each_level_and_link_to_the_sources_sheet(book_en, result, kb, rows):
    ws = book_en["Matrix"]
    table = rows(ws, "MatrixSources")
    numbers = {sid: n for n, sid in enumerate(kb.sources, start=1)}
    sources = book_en["Sources"]
    for i, model_id in enumerate(result.models):
        for j, cid in enumerate(result.criteria):
            sid = kb.criterion(cid).entry(model_id, "export").source
            text = table[1 + i][1 + j]
            cell = ws[ws.tables["MatrixSources"].ref.split(":")[0]].offset(1 + i, 1 + j)
            if sid is None:  # an estimate: labelled, no link
                assert text == "estimate" and cell.hyperlink is None
                continue
            assert text.startswith(f"[{numbers[sid]}] ")
            target = cell.hyperlink.location.split("!")[1]
            assert sources[target].value == numbers[sid]
            assert sources[target].offset(0, 1).value == sid


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
    assert [r[0] for r in table[1:]] == [kb.model(m).role.export.en for m in result.ranking]
    for r in table[1:]:
        i = [kb.model(m).role.export.en for m in result.models].index(r[0])
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


def test_kendall_tau_between_methods_and_the_consensus(book_en, result):
    ws = book_en["Rankings"]
    start = next(c for c in ws["A"] if c.value == "Method")
    ranks = {**result.ranks, "consensus": result.consensus_ranks}
    orders = [*result.methods, "consensus"]
    header = [c.value for c in ws[start.row]][: 1 + len(orders)]
    assert header == ["Method", *(short(m) for m in result.methods), "Consensus rank"]
    for k, a in enumerate(orders):
        row = [c.value for c in ws[start.row + 1 + k]][: 1 + len(orders)]
        assert row[0] == (NAMES[a].name_en if a in NAMES else "Consensus (Borda count)")
        expected = [kendalltau(ranks[a], ranks[b]).statistic for b in orders]
        assert row[1:] == pytest.approx(expected)
        assert row[1 + k] == pytest.approx(1.0)


def test_share_of_methods_placing_the_recommended_model_first(book_en, result, labelled_row):
    share = labelled_row(book_en["Rankings"], "Methods placing the recommended model first")
    firsts = sum(result.rank_of(result.recommended, m) == 1 for m in result.methods)
    assert share[0] == pytest.approx(firsts / len(result.methods))
    assert share[1] == f"{firsts} of {len(result.methods)}"


def test_chinese_report_holds_the_same_numbers(book_zh, result, rows):
    weights = rows(book_zh["权重"], "Weights")
    assert [r[4] for r in weights[1:]] == pytest.approx(list(result.weights))
    matrix = rows(book_zh["决策矩阵"], "Matrix")
    assert np.array([r[1:] for r in matrix[1:]], dtype=float) == pytest.approx(result.matrix)
    ranking = rows(book_zh["排名"], "Rankings")
    assert ranking[0][:5] == ["模式", "按规则的名次", "契合度（0–100）", "当前可行", "共识名次"]
    assert [r[1] for r in ranking[1:]] == sorted(result.rule_ranks.tolist())


def test_match_levels_say_how_far_a_role_works_against_the_answer(book_en, result, kb, rows):
    """A match cell is a mismatch (2 works against the answer), never called a fit."""
    table = rows(book_en["Matrix"], "MatrixLevels")
    for cid in result.criteria:
        c = kb.criterion(cid)
        if c.kind != "match":
            continue
        j = 1 + result.criteria.index(cid)
        answer = result.answers[c.question]
        for i, model_id in enumerate(result.models):
            n = c.entry(model_id, "export").mismatch[answer]
            assert table[1 + i][j] == f"works against it: {n} of 2"


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
    rows = [[c.value for c in r] for r in book["Rankings"].iter_rows()]
    start = next(k for k, r in enumerate(rows) if r[0] == "Each method's first choice")
    consensus = {m for m in result.models if result.rank_of(m, CONSENSUS) == 1}
    said = {r[0]: r[1] for r in rows[start + 2 : start + 2 + len(result.methods)]}
    for m in result.methods:
        firsts = {x for x in result.models if result.rank_of(x, m) == 1}
        expected = "yes" if firsts & consensus else "—"
        assert said[presenter.method_name(m, "en")] == expected, m
    assert "yes" in said.values()
