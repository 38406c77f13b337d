"""The Robustness sheet, written when a robustness analysis is given."""

import openpyxl
import pytest

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
        assert row[0].value == kb.model(model_id).role.export.get(lang)
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
