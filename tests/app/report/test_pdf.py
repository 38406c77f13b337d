"""LibreOffice opens the report and prints it to PDF (skipped where LibreOffice is missing).

Install it with ``sudo apt-get install libreoffice-calc`` (and ``poppler-utils`` for the
page check) to run this test.
"""

import re
import shutil
import subprocess

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def test_both_languages_convert_to_a_few_pdf_pages(tmp_path, report_en, report_zh):
    profile = tmp_path / "profile"  # a private profile: no clash with a running LibreOffice
    sources = []
    for lang, report in (("en", report_en), ("zh", report_zh)):
        copy = tmp_path / f"report_{lang}.xlsx"
        shutil.copy(report, copy)
        sources.append(copy)
    out = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    for source in sources:
        pdf = source.with_suffix(".pdf")
        assert pdf.exists(), out.stdout + out.stderr
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 20_000
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        # Seven sheets, the Comparison sheet on one page: a score of pages, not hundreds.
        assert 7 <= pages <= 24, pages
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return
    # The memo comes first: the first two pages hold the verdict and the risk register.
    for source, words in zip(
        sources,
        # the sample SME is a near-tie: both routes named on page 1
        (
            ("Two routes fit you about equally", "Confidence", "Risk register"),
            ("两条路径对您而言契合度相当", "把握程度", "风险清单"),
        ),
        strict=True,
    ):
        first = subprocess.run(
            [pdftotext, "-f", "1", "-l", "2", str(source.with_suffix(".pdf")), "-"],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        for word in words:
            assert word in first, (source.name, word)


def page_texts(pdftotext: str, pdf) -> list[str]:
    """The text of each page of a PDF."""
    out = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60
    )
    return out.stdout.split("\f")


def test_no_block_of_the_memo_is_cut_by_a_page_break(tmp_path, report_en, report_zh):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    profile = tmp_path / "profile"
    for report, heading, last in (
        (report_en, "Runner-up", "What pulls it down"),
        (report_zh, "次选模式", "劣势"),
    ):
        copy = tmp_path / report.name.replace(".xlsx", f"_{heading[:2]}.xlsx")
        shutil.copy(report, copy)
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
            + ["--convert-to", "pdf", "--outdir", str(tmp_path), str(copy)],
            capture_output=True,
            timeout=120,
            check=True,
        )
        pages = page_texts(pdftotext, copy.with_suffix(".pdf"))
        # The runner-up block split over two pages in every report before the breaks
        # were set; now its heading and its last line share a page.
        page = next(p for p in pages if heading in p)
        assert last in page.split(heading, 1)[1], page
