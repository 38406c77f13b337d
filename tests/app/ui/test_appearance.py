"""Icon, palettes and accessibility."""

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

from app.ui import appearance
from samples import PERSONA_BASE


def test_icon_renders_at_every_desktop_size(qapp):
    icon = appearance.app_icon()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_palette_follows_the_system_colour_scheme(qapp):
    appearance.apply(qapp)
    try:
        appearance.follow_scheme(qapp, Qt.ColorScheme.Dark)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 180
        appearance.follow_scheme(qapp, Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        appearance.follow_scheme(qapp, QGuiApplication.styleHints().colorScheme())


def test_every_view_and_button_can_be_named_by_a_screen_reader(window):
    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.show_results()
    window.show_compare()
    views = window.findChildren(QAbstractItemView) + window.findChildren(QChartView)
    unnamed = [
        v.objectName()
        for v in views
        if v.isVisibleTo(window) and v.objectName() and not v.accessibleName()
    ]
    assert unnamed == []
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    assert all(
        b.text() or b.accessibleName() or b.toolTip()
        for b in buttons
        if b.objectName().startswith(("wizard_", "option_", "edit_", "open_"))
    )


def _bar_pixel(view, row, column):
    """The colour a little inside the left end of the score bar in ``row``."""
    rect = view.visualRect(view.model().index(row, column))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 12, rect.center().y())


def test_the_selected_row_keeps_its_bar_and_models_set_apart_have_grey_ones(qtbot, window):
    from app.ui.results.table_models import RankingModel

    for qid, oid in PERSONA_BASE.items():
        window.state.set_answer(qid, oid)
    window.resize(1366, 768)
    window.show_results()
    view = window.results.ranking_view
    model = view.model()
    view.selectRow(0)
    qtbot.wait(20)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    selected = _bar_pixel(view, 0, RankingModel.SCORE)
    assert abs(selected.lightness() - highlight.lightness()) > 20, "the bar vanished"
    result = window.state.result()
    apart = [
        r
        for r in range(model.rowCount())
        if not result.feasible[result.models.index(model.model_id(r))]
    ]
    assert apart, "the persona has a model that is not feasible"
    grey = _bar_pixel(view, apart[0], RankingModel.SCORE)
    assert (
        max(grey.red(), grey.green(), grey.blue()) - min(grey.red(), grey.green(), grey.blue()) < 12
    )
    feasible_bar = _bar_pixel(view, 1, RankingModel.SCORE)
    assert feasible_bar.blue() - feasible_bar.red() > 40  # the highlight's blue
