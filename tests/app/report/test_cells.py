"""Cell helpers: row-height estimates and text that stays text."""

import pytest
from openpyxl import Workbook

from app.report.cells import (
    BODY_SIZE,
    LATIN_CHAR,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_FILL,
    PAGE_HEIGHT,
    SheetWriter,
    cell_text,
    header_width,
    wrapped_lines,
)


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
    assert len(cell_text("x" * 40000)) == 32767


def test_fit_rows_makes_wrapped_rows_tall_enough():
    ws = Workbook().active
    w = SheetWriter(ws, "en")
    w.widths([11])
    w.put(1, 1, "one two three four", wrap=True)
    w.put(2, 1, "one")
    w.fit_rows(1, 2)
    # two lines of the body size, each at least 1.2 times its height (Calibri's own)
    assert ws.row_dimensions[1].height >= 2 * 1.2 * BODY_SIZE
    assert ws.row_dimensions[2].height < 2 * BODY_SIZE


def page_of_rows(ws, last_row):
    """The page number of each row, from the sheet's manual breaks."""
    breaks = sorted(b.id for b in ws.row_breaks.brk)
    return {r: sum(r > b for b in breaks) for r in range(1, last_row + 1)}


def test_blocks_that_fit_on_a_page_are_never_split():
    ws = Workbook().active
    w = SheetWriter(ws, "en")
    w.widths([30, 100])  # narrower than the page: printed at 100 %
    page = (PAGE_HEIGHT - 72 * (MARGIN_TOP + MARGIN_BOTTOM)) * PAGE_FILL  # as printed
    heights = [40.0] * 60
    heights[20:24] = [100.0] * 4  # a block of 4 × 100 pt: fits on a page, not after row 19
    for r, h in enumerate(heights, start=1):
        w.put(r, 1, f"row {r}")
        ws.row_dimensions[r].height = h
    starts = [5, 21, 25, 40]
    w.block_starts.extend(starts)
    w.print_setup("footer")
    pages = page_of_rows(ws, len(heights))
    ends = [*(s - 1 for s in starts[1:]), len(heights)]
    for start, end in zip(starts, ends, strict=True):
        block = sum(heights[start - 1 : end])
        if block <= page:
            assert pages[start] == pages[end], (start, end)
    # No page holds more than a page's height.
    for p in set(pages.values()):
        assert sum(heights[r - 1] for r in pages if pages[r] == p) <= page + 1e-9


def test_a_block_taller_than_a_page_starts_on_a_new_one_and_is_split():
    ws = Workbook().active
    w = SheetWriter(ws, "en")
    w.widths([30, 100])
    for r in range(1, 41):
        w.put(r, 1, "x")
        ws.row_dimensions[r].height = 30.0
    w.block_starts.extend([3, 10])  # rows 10..40: 930 pt, more than a page
    w.print_setup("footer")
    pages = page_of_rows(ws, 40)
    page = (PAGE_HEIGHT - 72 * (MARGIN_TOP + MARGIN_BOTTOM)) * PAGE_FILL
    assert pages[10] == pages[9] + 1  # the tall block starts a page...
    # ...and runs over as many as it needs (930 pt at whole rows of 30 pt a page)
    per_page = int(page // 30)
    assert max(pages.values()) == pages[10] + (31 - 1) // per_page
    for p in set(pages.values()):
        assert sum(30.0 for r in pages if pages[r] == p) <= page


@pytest.mark.parametrize(
    ("header", "width"),
    [
        ("Rank", 4 * LATIN_CHAR),
        ("Keeps first from", 5 * LATIN_CHAR),  # the longest word: "first"
        ("Borda平均名次", 5 * LATIN_CHAR + 4 * 2),  # a short term stays on one line
        ("货源、品质与利润掌控", 0.0),  # a long Chinese header may wrap anywhere
    ],
)
def test_header_width_never_breaks_a_word(header, width):
    assert header_width(header) == pytest.approx(width)


def test_headers_widen_their_column_to_the_longest_word():
    ws = Workbook().active
    w = SheetWriter(ws, "zh")
    w.widths([10, 30])
    w.header(1, 1, ["Borda平均名次", "短"])
    assert ws.column_dimensions["A"].width > header_width("Borda平均名次")
    assert ws.column_dimensions["B"].width == 30  # wide enough already
