"""Writing cells and laying out sheets: fonts, formats, tables, row heights, printing.

Every string goes through :meth:`SheetWriter.put`, which stores it as text: a company
name such as ``=HYPERLINK(...)`` stays the literal string, never a formula.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
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
#: The report's type sizes in points: body text and tables, section headings, titles.
#: Printed fitted to the page width at a scale of 0.8 or more, nothing comes out below
#: 8 points.
BODY_SIZE = 10
#: The appendices' tables: smaller, so that a sheet prints on a page or two.
APPENDIX_SIZE = 9
SECTION_SIZE = 11
TITLE_SIZE = 14

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


_LATIN = re.compile("[A-Za-z]")
#: A run of Chinese characters (and the punctuation between them), or of anything else.
_SCRIPT_RUN = re.compile(f"(?:{_CJK.pattern})+|(?:(?!{_CJK.pattern}).)+", re.S)


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
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 0.5, 0.4, 0.5
#: The share of a page's printable height a page is filled to: room for a renderer's
#: rows coming out a little taller than estimated.
PAGE_FILL = 0.97


def column_points(width: float) -> float:
    """A column's width in points: a spreadsheet's ``width * 7 + 5`` pixels at 96 dpi."""
    return (width * 7 + 5) * 0.75


#: Width of an average Latin character of running text, in column-width units (the
#: width of a "0"); a Chinese character takes two.
LATIN_CHAR = 0.88


def text_width(text: str) -> float:
    """Width of one line in column-width units."""
    return sum(2.0 if _CJK.match(ch) else LATIN_CHAR for ch in text)


#: A wrapped line's height per point of type: Calibri's (Excel's 12.75-point rows for
#: 10-point text) and Noto Sans CJK's, a little taller.
LATIN_LINE = 1.3
CJK_LINE = 1.5

#: Bold text is this much wider than regular text.
BOLD = 1.08
#: A header without spaces up to this width (a Chinese term, ``MOORA比率系统``) is
#: kept on one line; a longer one may wrap between Chinese characters.
SHORT_TERM = 18.0


def header_width(text: str, *, terms: bool = True) -> float:
    """The narrowest width a header wraps in without breaking a word.

    Latin words break only at spaces and after hyphens; a short term without spaces
    stays whole unless ``terms`` is false (a Chinese name may then wrap anywhere).
    """
    words = re.split(r"\s+|(?<=-)", text.strip())
    longest = max((text_width(w) for w in words if not _CJK.search(w)), default=0.0)
    for word in words if terms else ():
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
    size
        The body text's size in points (headings and titles keep theirs).
    """

    def __init__(self, ws: Worksheet, lang: str, *, size: float = BODY_SIZE) -> None:
        self.ws = ws
        self.zh = lang == "zh"
        self.size = size
        #: Rows where a block starts that is kept on one page when printed (see
        #: :meth:`keep_blocks_together`); each section heading starts one.
        self.block_starts: list[int] = []

    def font(
        self,
        text: str = "",
        *,
        bold: bool = False,
        size: float | None = None,
        italic: bool = False,
        color: str | None = None,
    ) -> Font:
        """The font for a cell holding ``text`` (the body size unless ``size``)."""
        size = size or self.size
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
        size: float | None = None,
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
            if not self.zh and has_cjk(value) and _LATIN.search(value):
                # English with Chinese in it (a paper's passage, 半托管): each in its font
                cell.value = self._runs(cell.value, bold=bold, size=size, italic=italic)
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

    def _runs(self, text: str, *, bold: bool, size: float | None, italic: bool) -> CellRichText:
        """``text`` as rich text: its Chinese runs in the Chinese font, the rest in Calibri."""
        size = size or self.size
        runs = []
        for match in _SCRIPT_RUN.finditer(text):
            chinese = bool(_CJK.match(match.group()))
            font = InlineFont(
                rFont=CJK_FONT if chinese else LATIN_FONT,
                charset=GB2312 if chinese else None,
                sz=size,
                b=bold or None,
                i=italic or None,
            )
            runs.append(TextBlock(font, match.group()))
        return CellRichText(*runs)

    def title(self, row: int, text: str) -> None:
        """A sheet's title in column A."""
        self.put(row, 1, text, bold=True, size=TITLE_SIZE)
        self.ws.row_dimensions[row].height = 22

    def section(
        self,
        row: int,
        text: str,
        last_col: int = 2,
        *,
        new_block: bool = True,
        first_col: int = 1,
    ) -> None:
        """A section heading across columns ``first_col`` (A) to ``last_col``.

        Unless ``new_block`` is false it starts a block kept on one page.
        """
        if new_block:
            self.block_starts.append(row)
        self.put(row, first_col, text, bold=True, size=SECTION_SIZE, fill=SECTION_FILL)
        for col in range(first_col + 1, last_col + 1):
            self.put(row, col, None, fill=SECTION_FILL)
        self.ws.row_dimensions[row].height = 18

    def note(self, row: int, text: str, last_col: int, *, first_col: int = 1) -> None:
        """An italic note across columns ``first_col`` to ``last_col``, as tall as it needs.

        Set the sheet's widths first: the height is estimated from their sum.
        """
        self.put(row, first_col, text, italic=True, wrap=True)
        if last_col > first_col:
            self.ws.merge_cells(
                start_row=row, start_column=first_col, end_row=row, end_column=last_col
            )
        self.fit_rows(row, row)

    def header(self, row: int, col: int, values: Iterable[str], *, terms: bool = True) -> None:
        """A header row: bold, shaded, wrapped, boxed; no word is broken (see below).

        A column is widened, if need be, to its header's longest word, and to the whole
        header when that is a short term without spaces (``Borda平均名次``), so that
        wrapping never cuts a word or leaves one character on a line of its own; with
        ``terms`` false, Chinese headers (the models' names over narrow columns of
        numbers) wrap instead. Set the sheet's widths before its headers.
        """
        for k, value in enumerate(values):
            self.put(row, col + k, value, bold=True, wrap=True, fill=HEADER_FILL, box=True)
            letter = get_column_letter(col + k)
            width = self.ws.column_dimensions[letter].width or 8.43
            needed = header_width(value, terms=terms) * BOLD + 1.0
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
        # a merged cell wraps in the width of all its columns
        spans = {
            (r.min_row, r.min_col): range(r.min_col, r.max_col + 1)
            for r in self.ws.merged_cells.ranges
            if r.min_row == r.max_row
        }
        for row in range(first_row, last_row + 1):
            height = 0.0
            for cell in self.ws[row]:
                if not isinstance(cell.value, str | CellRichText):
                    continue
                size = float(cell.font.sz or 11)
                # column widths count characters of the 11-point default font
                width = sum(
                    self.ws.column_dimensions[get_column_letter(c)].width or 8.43
                    for c in spans.get((row, cell.column), (cell.column,))
                )
                room = max(1.0, width - 1.0) * 11 / size
                needed = 0.0
                for paragraph in str(cell.value).split("\n"):  # a Chinese line is taller
                    line = (CJK_LINE if self.zh or has_cjk(paragraph) else LATIN_LINE) * size
                    lines = wrapped_lines(paragraph, room) if cell.alignment.wrap_text else 1
                    needed += lines * line
                height = max(height, needed)
            if height and (self.ws.row_dimensions[row].height is None or height > 18):
                self.ws.row_dimensions[row].height = round(height + 2, 1)

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
        ws.page_margins.footer = 0.2
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
