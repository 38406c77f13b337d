"""Writing cells and laying out sheets: fonts, formats, tables, row heights, printing.

Every string goes through :meth:`SheetWriter.put`, which stores it as text: a company
name such as ``=HYPERLINK(...)`` stays the literal string, never a formula.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from app import files
from app.terminal import WIDE

#: A Simplified-Chinese font shipped by Debian (fonts-noto-cjk) and most Linux desktops.
CJK_FONT = "Noto Sans CJK SC"
LATIN_FONT = "Calibri"
#: Font charset GB2312: where the font is missing, Excel substitutes a Chinese one.
GB2312 = 134
MAX_CELL_TEXT = 32767

PERCENT = "0.0%"
SCORE = "0.0000"
MEAN_RANK = "0.00"
INTEGER = "0"
TAU = "0.00"
DATE = "yyyy-mm-dd"

HEADER_FILL = PatternFill("solid", fgColor="DCE3ED")
SECTION_FILL = PatternFill("solid", fgColor="EEF2F7")
_EDGE = Side(style="thin", color="A6B1C2")
BOX = Border(left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE)

_CJK = WIDE


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese characters or full-width punctuation."""
    return bool(_CJK.search(text))


def cell_text(text: str) -> str:
    """Text a cell can hold, at most 32,767 characters.

    Control characters are removed; lone surrogates and U+FFFE/U+FFFF (an xlsx holding
    them is not well-formed) become U+FFFD.
    """
    return files.clean_text(ILLEGAL_CHARACTERS_RE.sub("", text))[:MAX_CELL_TEXT]


#: A4 landscape in points and the margins :meth:`SheetWriter.print_setup` sets (inches).
PAGE_WIDTH, PAGE_HEIGHT = 842.0, 595.0
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 0.5, 0.6, 0.8
#: The share of a page's printable height a page is filled to: room for a renderer's
#: rows coming out a little taller than estimated.
PAGE_FILL = 0.93


def column_points(width: float) -> float:
    """A column's width in points: a spreadsheet's ``width * 7 + 5`` pixels at 96 dpi."""
    return (width * 7 + 5) * 0.75


#: Width of an average Latin character of running text, in column-width units (the
#: width of a "0"); a Chinese character takes two.
LATIN_CHAR = 0.92


def text_width(text: str) -> float:
    """Width of one line in column-width units."""
    return sum(2.0 if _CJK.match(ch) else LATIN_CHAR for ch in text)


#: Bold text is this much wider than regular text.
BOLD = 1.08
#: A header without spaces up to this width (a Chinese term, ``MOORA比率系统``) is
#: kept on one line; a longer one may wrap between Chinese characters.
SHORT_TERM = 18.0


def header_width(text: str) -> float:
    """The narrowest width a header wraps in without breaking a word.

    Latin words break only at spaces and after hyphens; a short term without spaces
    stays whole.
    """
    words = re.split(r"\s+|(?<=-)", text.strip())
    longest = max((text_width(w) for w in words if not _CJK.search(w)), default=0.0)
    for word in words:
        if _CJK.search(word) and text_width(word) <= SHORT_TERM:
            longest = max(longest, text_width(word))
    return longest


_TOKEN = re.compile(
    _CJK.pattern + "|[^\\s" + _CJK.pattern[1:-1] + "-]*-" + "|[^\\s" + _CJK.pattern[1:-1] + "-]+"
)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries in ``width`` units.

    A greedy wrap like a spreadsheet's: words break at spaces and after hyphens, Chinese
    text between any two characters; a word longer than the line is cut.
    """
    lines = 0
    for paragraph in text.split("\n"):
        count, used = 1, 0.0
        for match in _TOKEN.finditer(paragraph):
            token = match.group()
            size = text_width(token)
            gap = 1 if used and not _CJK.match(token) and paragraph[match.start() - 1] == " " else 0
            if used + gap + size <= width:
                used += gap + size
                continue
            if used:
                count += 1
            extra, rest = divmod(size, width) if size > width else (0, size)
            count += int(extra) - (1 if extra and not rest else 0)
            used = rest if rest or not extra else width
        lines += count
    return lines


class SheetWriter:
    """Writes values into one worksheet in the report's style.

    Parameters
    ----------
    ws
        The worksheet.
    lang
        ``"zh"`` sets every text cell in a Chinese font; ``"en"`` only those holding
        Chinese characters (the paper's original passages, some examples).
    """

    def __init__(self, ws: Worksheet, lang: str) -> None:
        self.ws = ws
        self.zh = lang == "zh"
        #: Rows where a block starts that is kept on one page when printed (see
        #: :meth:`keep_blocks_together`); each section heading starts one.
        self.block_starts: list[int] = []

    def font(
        self,
        text: str = "",
        *,
        bold: bool = False,
        size: float = 11,
        italic: bool = False,
        color: str | None = None,
    ) -> Font:
        """The font for a cell holding ``text``."""
        if self.zh or has_cjk(text):
            return Font(
                name=CJK_FONT, charset=GB2312, bold=bold, size=size, italic=italic, color=color
            )
        return Font(name=LATIN_FONT, bold=bold, size=size, italic=italic, color=color)

    def put(
        self,
        row: int,
        col: int,
        value: object,
        *,
        number_format: str | None = None,
        bold: bool = False,
        size: float = 11,
        italic: bool = False,
        wrap: bool = False,
        fill: PatternFill | None = None,
        box: bool = False,
        color: str | None = None,
        align: str | None = None,
    ) -> Cell:
        """Write one cell; strings are always stored as text, numbers as numbers."""
        cell = self.ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = cell_text(value)
            cell.data_type = "s"  # "=1+1", "+86 ...", "@user" stay text, never formulas
        elif value is not None:
            cell.value = value
        cell.font = self.font(
            value if isinstance(value, str) else "",
            bold=bold,
            size=size,
            italic=italic,
            color=color,
        )
        if number_format:
            cell.number_format = number_format
        cell.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=align)
        if fill is not None:
            cell.fill = fill
        if box:
            cell.border = BOX
        return cell

    def title(self, row: int, text: str) -> None:
        """A sheet's title in column A."""
        self.put(row, 1, text, bold=True, size=15)
        self.ws.row_dimensions[row].height = 26

    def section(self, row: int, text: str, last_col: int = 2, *, new_block: bool = True) -> None:
        """A section heading across columns A to ``last_col``.

        Unless ``new_block`` is false it starts a block kept on one page.
        """
        if new_block:
            self.block_starts.append(row)
        self.put(row, 1, text, bold=True, size=12, fill=SECTION_FILL)
        for col in range(2, last_col + 1):
            self.put(row, col, None, fill=SECTION_FILL)
        self.ws.row_dimensions[row].height = 20

    def header(self, row: int, col: int, values: Iterable[str]) -> None:
        """A header row: bold, shaded, wrapped, boxed; no word is broken (see below).

        A column is widened, if need be, to its header's longest word, and to the whole
        header when that is a short term without spaces (``Borda平均名次``), so that
        wrapping never cuts a word or leaves one character on a line of its own. Set the
        sheet's widths before its headers.
        """
        for k, value in enumerate(values):
            self.put(row, col + k, value, bold=True, wrap=True, fill=HEADER_FILL, box=True)
            letter = get_column_letter(col + k)
            width = self.ws.column_dimensions[letter].width or 8.43
            needed = header_width(value) * BOLD + 1.0
            if needed > width:
                self.ws.column_dimensions[letter].width = round(needed, 1)

    def widths(self, widths: Iterable[float], first_col: int = 1) -> None:
        """Set column widths from ``first_col`` on."""
        for k, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(first_col + k)].width = width

    def table(
        self, name: str, first_row: int, last_row: int, first_col: int, last_col: int
    ) -> None:
        """Make a range (header row included) an Excel table with filter buttons."""
        ref = f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"
        table = Table(displayName=name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
        self.ws.add_table(table)

    def fit_rows(self, first_row: int, last_row: int) -> None:
        """Give each row the height its wrapped text needs (spreadsheets do not on open).

        An estimate from the column widths, erring on the generous side: Chinese
        characters count two width units and a line in a Chinese font is taller.
        """
        for row in range(first_row, last_row + 1):
            height = 0.0
            for cell in self.ws[row]:
                if not isinstance(cell.value, str):
                    continue
                line = 17.0 if self.zh or has_cjk(cell.value) else 15.0
                lines = 1
                if cell.alignment.wrap_text:
                    width = self.ws.column_dimensions[cell.column_letter].width or 8.43
                    lines = wrapped_lines(cell.value, max(1.0, width - 1.0))
                height = max(height, lines * line * (cell.font.sz or 11) / 11)
            if height and (self.ws.row_dimensions[row].height is None or height > 18):
                self.ws.row_dimensions[row].height = height + 3

    def row_height(self, row: int) -> float:
        """A row's height in points: the one set, or a default row's."""
        height = self.ws.row_dimensions[row].height
        return float(height) if height is not None else (17.0 if self.zh else 15.0)

    def keep_blocks_together(self, title_rows: tuple[int, int] | None = None) -> None:
        """Set every page break so that no block is split over two pages when printed.

        Blocks start at :attr:`block_starts` and run to the next start (the blank row
        before a heading stays on the page before). A block taller than a page starts on
        a new page and is split where it must. The simulation uses the row heights set
        by :meth:`fit_rows`, the page size and margins of :meth:`print_setup` and its
        fit-to-width scale at a spreadsheet's column widths; manual breaks already
        present are kept. All breaks are written, so a renderer whose pages hold more
        (a wider fallback font shrinks the fit-to-width scale) breaks at the same rows.
        """
        ws = self.ws
        last_row = ws.max_row
        starts = sorted({r for r in self.block_starts if 1 < r <= last_row})
        if not starts:
            return
        width = sum(
            column_points(ws.column_dimensions[get_column_letter(c)].width or 8.43)
            for c in range(1, ws.max_column + 1)
        )
        printable_w = PAGE_WIDTH - 72 * 2 * MARGIN_SIDE
        printable_h = PAGE_HEIGHT - 72 * (MARGIN_TOP + MARGIN_BOTTOM)
        scale = min(1.0, printable_w / width)
        capacity = printable_h / scale * PAGE_FILL
        repeated = 0.0
        if title_rows is not None:
            repeated = sum(self.row_height(r) for r in range(title_rows[0], title_rows[1] + 1))
        ends = {s: e - 1 for s, e in zip(starts, [*starts[1:], last_row + 1], strict=True)}
        manual = {brk.id for brk in ws.row_breaks.brk}
        used = 0.0
        for row in range(1, last_row + 1):
            height = self.row_height(row)
            if row in ends:
                block = sum(self.row_height(r) for r in range(row, ends[row] + 1))
                if used > repeated and used + block > capacity:
                    ws.row_breaks.append(Break(id=row - 1))
                    used = repeated
            if used + height > capacity and used > repeated:
                # Where the renderer would break by itself, a break of our own: a
                # renderer fitting more on a page (another font, another scale) then
                # cannot move the break into the block that follows.
                ws.row_breaks.append(Break(id=row - 1))
                used = repeated
            used += height
            if row in manual:
                used = repeated

    def print_setup(
        self, footer: str, *, title_rows: str | None = None, one_page: bool = False
    ) -> None:
        """Landscape A4, fit to the page width (and height if ``one_page``), page footer.

        Unless the sheet prints on one page, blocks are kept on one page each
        (:meth:`keep_blocks_together`); call this after :meth:`fit_rows`.
        """
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if one_page else 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = MARGIN_SIDE
        ws.page_margins.top = MARGIN_TOP
        ws.page_margins.bottom = MARGIN_BOTTOM
        ws.page_margins.footer = 0.3
        ws.print_options.horizontalCentered = False
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddFooter.left.text = footer.replace("&", "&&")
        ws.oddFooter.left.size = ws.oddFooter.right.size = 9
        ws.oddFooter.right.text = "&P / &N"
        if not one_page:
            rows = None
            if title_rows:
                first, _, last = title_rows.partition(":")
                rows = (int(first), int(last or first))
            self.keep_blocks_together(rows)
