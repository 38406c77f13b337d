"""Native charts: present, and their series point at the helper tables that hold the numbers."""

import numpy as np
import pytest
from openpyxl.chart import BarChart, RadarChart


def cells(book, ref):
    """The values of a chart reference such as ``'Comparison'!$B$4:$B$9``."""
    sheet, cells_ref = ref.rsplit("!", 1)
    ws = book[sheet.strip("'")]
    found = ws[cells_ref.replace("$", "")]
    if not isinstance(found, tuple):
        return [found.value]
    return [c.value for row in found for c in (row if isinstance(row, tuple) else (row,))]


def charts(book, sheet):
    ws = book[sheet]
    bars = [c for c in ws._charts if isinstance(c, BarChart)]
    radars = [c for c in ws._charts if isinstance(c, RadarChart)]
    assert len(bars) == 1 and len(radars) == 1
    return bars[0], radars[0]


def title(chart):
    return "".join(r.t for p in chart.title.tx.rich.p for r in p.r)


def test_bar_chart_shows_each_models_fit_in_the_recommendation_order(book_en, result, kb):
    bar, _ = charts(book_en, "Comparison")
    assert title(bar) == "Fit by the recommendation rule (0–100, higher is better)"
    (series,) = bar.series
    assert series.val.numRef.f == "'Comparison'!$B$4:$B$9"
    assert series.cat.strRef.f == "'Comparison'!$A$4:$A$9"
    # short roles: a full role sentence per bar left every second label out in English
    labels = cells(book_en, series.cat.strRef.f)
    assert labels == [kb.model(m).short.export.en for m in result.ranking]
    assert max(len(label) for label in labels) <= 30
    values = cells(book_en, series.val.numRef.f)
    assert values == pytest.approx(
        [100 * result.fit[result.models.index(m)] for m in result.ranking], abs=0.01
    )
    assert bar.x_axis.scaling.orientation == "maxMin"  # the best model on top
    # no label skipped (LibreOffice dropped every second one at the default size)
    assert bar.x_axis.tickLblSkip == 1
    assert bar.x_axis.txPr.p[0].pPr.defRPr.sz == 800


def test_radar_chart_compares_the_top_three_on_normalised_criteria(book_en, result, kb):
    _, radar = charts(book_en, "Comparison")
    assert len(radar.series) == 3
    top = result.ranking[:3]
    names = [cells(book_en, s.tx.strRef.f)[0] for s in radar.series]
    assert names == [kb.model(m).short.export.en for m in top]
    categories = cells(book_en, radar.series[0].cat.strRef.f)
    assert categories == [kb.criterion(c).name.en for c in result.active_criteria]
    for model_id, series in zip(top, radar.series, strict=True):
        assert series.cat.strRef.f == radar.series[0].cat.strRef.f
        values = np.array(cells(book_en, series.val.numRef.f), dtype=float)
        i = result.models.index(model_id)
        for k, cid in enumerate(result.active_criteria):
            column = result.matrix[:, result.criteria.index(cid)]
            best, worst = (
                (column.max(), column.min())
                if kb.criterion(cid).objective == "max"
                else (column.min(), column.max())
            )
            assert values[k] == pytest.approx((column[i] - worst) / (best - worst))
    assert radar.y_axis.scaling.min == 0 and radar.y_axis.scaling.max == 1
    from app import presenter

    for model_id, series in zip(top, radar.series, strict=True):  # the app's colours
        fill = series.graphicalProperties.line.solidFill
        assert (
            str(getattr(fill, "srgbClr", None) or fill)
            .upper()
            .endswith(presenter.model_color(model_id).lstrip("#").upper())
        )


def test_radar_leaves_out_a_criterion_equal_for_every_model(write, constant_result, kb):
    import openpyxl

    book = openpyxl.load_workbook(write(constant_result))
    _, radar = charts(book, "Comparison")
    categories = cells(book, radar.series[0].cat.strRef.f)
    assert kb.criterion("capital_gap").name.en not in categories
    assert len(categories) == len(constant_result.active_criteria)
    for series in radar.series:
        values = cells(book, series.val.numRef.f)
        assert all(0 <= v <= 1 for v in values)


def test_chinese_charts_reference_the_chinese_sheet(book_zh, result, kb):
    bar, radar = charts(book_zh, "对比")
    assert bar.series[0].val.numRef.f == "'对比'!$B$4:$B$9"
    assert title(bar) == "按推荐规则的契合度（0–100，越高越好）"
    assert cells(book_zh, radar.series[0].tx.strRef.f) == [
        kb.model(result.ranking[0]).short.export.zh
    ]


def test_radar_chart_sits_below_the_bar_chart_on_rows_of_fixed_height(book_en):
    bar, radar = charts(book_en, "Comparison")
    ws = book_en["Comparison"]
    assert bar.anchor._from.col == radar.anchor._from.col
    top, bottom = bar.anchor._from.row + 1, radar.anchor._from.row + 1
    heights = [ws.row_dimensions[r].height for r in range(top, bottom)]
    assert None not in heights  # so Excel and LibreOffice agree on where each row is
    points = sum(heights)
    assert points >= bar.height / 2.54 * 72
