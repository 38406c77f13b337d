"""Cell helpers: row-height estimates and text that stays text."""

import pytest
from openpyxl import Workbook

from app.report.cells import SheetWriter, clean_text, wrapped_lines


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10, 1),
        ("short", 10, 1),
        ("two words", 5, 2),
        ("Overseas purchasing-agent platform", 12, 4),  # breaks after the hyphen, as Excel does
        ("x" * 30, 10, 3),  # a word longer than the line is cut
        ("一二三四五六", 6, 2),  # Chinese characters are two units wide
        ("one\ntwo\nthree", 40, 3),
    ],
)
def test_wrapped_lines(text, width, lines):
    assert wrapped_lines(text, width) == lines


def test_put_stores_formula_like_text_as_text_and_drops_control_characters():
    ws = Workbook().active
    w = SheetWriter(ws, "en")
    cell = w.put(1, 1, "=1+1\x07")
    assert cell.value == "=1+1" and cell.data_type == "s"
    assert w.put(1, 2, 0.5).data_type == "n"
    assert w.put(1, 3, "中文").font.name == "Noto Sans CJK SC"
    assert w.put(1, 4, "Latin").font.name == "Calibri"
    assert len(clean_text("x" * 40000)) == 32767


def test_fit_rows_makes_wrapped_rows_tall_enough():
    ws = Workbook().active
    w = SheetWriter(ws, "en")
    w.widths([11])
    w.put(1, 1, "one two three four", wrap=True)
    w.put(2, 1, "one")
    w.fit_rows(1, 2)
    assert ws.row_dimensions[1].height >= 2 * 15
    assert ws.row_dimensions[2].height < 20
