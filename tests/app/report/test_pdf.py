"""The report as LibreOffice prints it: at most ten pages, no text under 8 pt, every model named.

Skipped where LibreOffice is missing (``sudo apt-get install libreoffice-calc``) or where
Calibri falls back to a font of other metrics: ``make sysdeps`` installs Carlito
(fonts-crosextra-carlito), Calibri's metric twin, so pages break as in Excel.
"""

import datetime as dt
import shutil
import subprocess
import tomllib
from pathlib import Path

import openpyxl
import pytest

import criteria
from app import presenter
from app.catalogue import Labels
from app.report import write_report
from criteria.robustness import analysis as robustness

pdfminer = pytest.importorskip("pdfminer.high_level")
from pdfminer.layout import LTChar  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _calibri_metrics() -> bool:
    fc = shutil.which("fc-match")
    if fc is None:
        return False
    out = subprocess.run([fc, "Calibri"], capture_output=True, text=True).stdout
    return "Carlito" in out or "Calibri" in out


pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(
        not _calibri_metrics(), reason="no Calibri or Carlito: install fonts-crosextra-carlito"
    ),
]

#: The typical assessment the page budget is set for: a kitchenware factory exporting to
#: the United States, with the robustness appendix.
PERSONA = "ningbo-kitchenware-oem"
MAX_PAGES = 10
MIN_POINTS = 7.95  # 8 pt, less PDF rounding


@pytest.fixture(scope="module")
def printed(tmp_path_factory, kb):
    """Each language's report, its workbook and its pages (text and font sizes)."""
    people = tomllib.loads(
        (Path(__file__).parents[2] / "data" / "personas.toml").read_text(encoding="utf-8")
    )["persona"]
    answers = next(p for p in people if p["id"] == PERSONA)["answers"]
    result = criteria.assess(kb, answers)
    analysis = robustness.analyse(kb, result, samples=2000)
    folder = tmp_path_factory.mktemp("print")
    paths = {}
    for lang, company in (("en", "Ningbo Kitchenware Co."), ("zh", "宁波厨具有限公司")):
        paths[lang] = folder / f"report_{lang}.xlsx"
        write_report(
            paths[lang],
            result,
            kb,
            lang=lang,
            company=company,
            assessed_on=dt.date(2026, 12, 1),
            robustness=analysis,
        )
    # The same workbooks without their charts: what the charts add to a page's text.
    bare = {}
    for lang, path in paths.items():
        book = openpyxl.load_workbook(path)
        for ws in book.worksheets:
            ws._charts = []
        bare[lang] = folder / f"bare_{lang}.xlsx"
        book.save(bare[lang])
    profile = folder / "profile"  # a private profile: no clash with a running LibreOffice
    files = [*paths.values(), *bare.values()]
    out = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
        + ["--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    printed = {}
    for lang, path in paths.items():
        printed[lang] = (openpyxl.load_workbook(path), _pages(path), _pages(bare[lang]))
    return result, printed


def _pages(path):
    """Each page's text (no white space) and the sizes of its characters."""
    pages = []
    for layout in pdfminer.extract_pages(str(path.with_suffix(".pdf"))):
        chars = [c for c in _chars(layout) if c.get_text().strip()]
        pages.append(("".join(c.get_text() for c in chars), [c.size for c in chars]))
    return pages


def _chars(item):
    if isinstance(item, LTChar):
        yield item
    elif hasattr(item, "__iter__"):
        for child in item:
            yield from _chars(child)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_report_prints_in_ten_pages_with_no_text_under_8_points(printed, lang):
    _, books = printed
    _, pages, _ = books[lang]
    assert 6 <= len(pages) <= MAX_PAGES, len(pages)
    for number, (_, sizes) in enumerate(pages, start=1):
        assert sizes, f"page {number} is empty"
        assert min(sizes) >= MIN_POINTS, (number, min(sizes))


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (
            "en",
            ("Verdict", "Confidence", "What decides it", "Not feasible now", "Risk register"),
            ("Next steps", "The recommended route in detail"),
        ),
        ("zh", ("结论", "把握程度", "当前不可行", "风险清单"), ("下一步", "推荐路径详解")),
    ],
)
def test_page_one_holds_the_verdict_and_page_two_the_next_steps(printed, lang, first, second):
    _, books = printed
    _, pages, _ = books[lang]
    for word in first:
        assert "".join(word.split()) in pages[0][0], word
    for word in second:
        assert "".join(word.split()) in pages[1][0], word


def _page_of(pages, title):
    return next(text for text, _ in pages if "".join(title.split()) in text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_chart_pages_name_all_six_models(printed, kb, lang):
    """A chart drops every second label when they do not fit: each name is printed once
    more than on the same page without the chart (the chart's own label)."""
    result, books = printed
    book, pages, bare = books[lang]
    t = Labels(lang)
    for key in ("rankings", "robustness"):
        title = "".join(str(book[t(f"sheet.{key}")]["A1"].value).split())
        with_chart, without = _page_of(pages, title), _page_of(bare, title)
        for model_id in result.models:
            name = "".join(presenter.short_role(kb, model_id, "export", lang).split())
            assert with_chart.count(name) >= without.count(name) + 1, (key, name)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_block_of_the_memo_is_cut_by_a_page_break(printed, lang):
    t = Labels(lang)
    _, books = printed
    _, pages, _ = books[lang]
    # the roles block runs from its heading to the note on the roles the paper does not
    # describe: one page holds both
    heading = "".join(t("report.roles_title").split())
    page = _page_of(pages, heading)
    note = "".join(t("report.not_described_short").split())[:20]
    assert note in page.split(heading, 1)[1]
