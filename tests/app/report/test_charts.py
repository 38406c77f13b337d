"""Native charts: present, and their series point at the tables that hold the numbers."""

import pytest
from openpyxl.chart import BarChart, RadarChart

from app import presenter


def cells(book, ref):
    """The values of a chart reference such as ``'Rankings'!$C$5:$C$10``."""
    sheet, cells_ref = ref.rsplit("!", 1)
    ws = book[sheet.strip("'")]
    found = ws[cells_ref.replace("$", "")]
    if not isinstance(found, tuple):
        return [found.value]
    return [c.value for row in found for c in (row if isinstance(row, tuple) else (row,))]


def fit_chart(book, sheet):
    (chart,) = book[sheet]._charts
    assert isinstance(chart, BarChart)
    return chart


def title(chart):
    return "".join(r.t for p in chart.title.tx.rich.p for r in p.r)


def test_fit_chart_shows_each_models_fit_in_the_recommendation_order(book_en, result, kb):
    bar = fit_chart(book_en, "Rankings")
    assert title(bar) == "Fit by the recommendation rule (0–100, higher is better)"
    (series,) = bar.series
    assert series.val.numRef.f == "'Rankings'!$C$5:$C$10"
    assert series.cat.strRef.f == "'Rankings'!$A$5:$A$10"
    # short roles: a full role sentence per bar left every second label out in English
    labels = cells(book_en, series.cat.strRef.f)
    assert labels == [presenter.short_role(kb, m, "export", "en") for m in result.ranking]
    assert max(len(label) for label in labels) <= 30
    values = cells(book_en, series.val.numRef.f)
    assert values == pytest.approx(
        [100 * result.fit[result.models.index(m)] for m in result.ranking], abs=0.01
    )
    assert bar.x_axis.scaling.orientation == "maxMin"  # the best model on top
    # no label skipped (LibreOffice dropped every second one at the default size)
    assert bar.x_axis.tickLblSkip == 1
    assert bar.x_axis.txPr.p[0].pPr.defRPr.sz >= 800  # never below 8 pt in print


def test_fit_chart_sits_beside_the_tables_not_on_them(book_en, result):
    ws = book_en["Rankings"]
    bar = fit_chart(book_en, "Rankings")
    start = bar.anchor._from
    # right of the agreement table (method + the methods + the consensus)
    assert start.col >= 1 + len(result.methods) + 1
    # below the scores table (anchors count rows from 0)
    last = ws[ws.tables["Rankings"].ref.split(":")[1]].row
    assert start.row + 1 > last


def test_chinese_fit_chart_references_the_chinese_sheet(book_zh, result, kb):
    bar = fit_chart(book_zh, "排名")
    assert bar.series[0].val.numRef.f == "'排名'!$C$5:$C$10"
    assert title(bar) == "按推荐规则的契合度（0–100，越高越好）"
    assert cells(book_zh, bar.series[0].cat.strRef.f) == [
        presenter.short_role(kb, m, "export", "zh") for m in result.ranking
    ]


def test_no_radar_in_the_report(book_en, book_zh):
    """The radar scaled each criterion over the six models: lines hid each other."""
    for book in (book_en, book_zh):
        for ws in book.worksheets:
            assert not any(isinstance(c, RadarChart) for c in ws._charts)
