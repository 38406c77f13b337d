"""The Robustness sheet, written when a robustness analysis is given."""

import openpyxl
import pytest

from app import presenter
from criteria.robustness import analysis as robustness


@pytest.fixture(scope="module")
def analysis(kb, result):
    return robustness.analyse(kb, result, samples=2000)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_robustness_sheet_holds_the_analysis(write, result, analysis, kb, lang):
    book = openpyxl.load_workbook(write(result, lang, robustness=analysis))
    name = "稳健性" if lang == "zh" else "Robustness"
    assert book.sheetnames[-2] == name  # just before the Sources
    ws = book[name]
    table = ws.tables["Acceptability"]
    rows = list(ws[table.ref])
    assert len(rows) == 1 + len(result.models)
    for row, model_id in zip(rows[1:], result.ranking, strict=True):
        # the short role, as on the chart's axis: every label fits
        assert row[0].value == presenter.short_role(kb, model_id, "export", lang)
        expected = list(analysis.acceptability.of(model_id))
        assert [c.value for c in row[1:]] == pytest.approx(expected)
    chart = ws._charts[0]
    assert chart.grouping == "percentStacked"
    assert chart.x_axis.tickLblSkip == 1  # every model labelled
    first, last = rows[1][1].row, rows[-1][1].row  # the table's data rows
    refs = [s.val.numRef.f for s in chart.series]
    assert len(refs) == len(result.models)  # one series per rank
    assert refs[0] == f"'{name}'!$B${first}:$B${last}"


def test_no_analysis_no_robustness_sheet(book_en):
    assert "Robustness" not in book_en.sheetnames


def test_weights_sheet_gives_the_range_keeping_the_recommendation_first(
    write, result, analysis, kb, rows
):
    book = openpyxl.load_workbook(write(result, "en", robustness=analysis))
    table = rows(book["Weights"], "Weights")
    assert table[0][-2:] == ["Keeps first from", "to"]
    held = sum(w for w, a in zip(result.weights, result.active, strict=True) if a)
    for r, cid in zip(table[1:], result.criteria, strict=True):
        s = analysis.stability[cid]
        if s.constant:
            assert r[-2:] == [None, None]
            continue
        # shares of all the weights, as the Weight column beside them
        assert r[-2] == pytest.approx(s.low * held) and r[-1] == pytest.approx(s.high * held)
        assert r[-2] <= r[4] + 1e-9 <= r[-1] + 2e-9
