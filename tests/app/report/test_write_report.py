"""write_report: real files, both languages, user text kept as text, every error path."""

import errno
import json
import os
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from app import __version__
from app.files import FileProblem
from app.report import write_report
from samples import PERSONA_BASE

SHEETS_EN = ["Summary", "Answers", "Weights", "Levels", "Rankings", "Sources"]
SHEETS_ZH = ["摘要", "问卷回答", "权重", "等级与来源", "排名", "来源"]


def test_english_report_has_its_sheets_and_properties(book_en, report_en):
    assert book_en.sheetnames == SHEETS_EN
    props = book_en.properties
    assert props.title == "Cross-border e-commerce model recommendation — Acme Trading Co."
    assert props.creator == f"Export Model Advisor {__version__}"
    assert props.subject and props.keywords
    assert list(pd.read_excel(report_en, sheet_name=None)) == SHEETS_EN


def test_chinese_report_names_everything_in_chinese(book_zh, report_zh, kb, result):
    assert book_zh.sheetnames == SHEETS_ZH
    assert book_zh.properties.title == "跨境电商模式推荐报告 — 示例贸易有限公司"
    assert book_zh.properties.language == "zh-CN"
    summary = book_zh["摘要"]
    assert summary["A1"].value == "跨境电商模式推荐报告"
    assert summary["B3"].value == "示例贸易有限公司"
    assert summary["B3"].font.name == "Noto Sans CJK SC"
    frames = pd.read_excel(report_zh, sheet_name=None, header=None)
    assert list(frames) == SHEETS_ZH
    text = "\n".join(str(v) for v in frames["摘要"].to_numpy().ravel())
    assert kb.model(result.recommended).name.zh in text
    assert "Vertical" not in text


def test_sheets_are_set_up_for_printing_and_reading(book_en):
    for ws in book_en.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
    for name in ("Answers", "Weights", "Levels", "Sources"):  # one table: header in view
        ws = book_en[name]
        header = int(ws.print_title_rows.split(":")[-1].strip("$"))
        assert int(ws.freeze_panes.lstrip("ABC")) == header + 1  # frozen just below it
    ws = book_en["Rankings"]  # several tables: only column A stays in view
    assert ws.freeze_panes == "B1" and not ws.print_title_rows
    assert ws.page_setup.fitToHeight == 1  # one page, the chart beside its tables
    assert book_en["Summary"].column_dimensions["B"].width >= 100
    assert {t for ws in book_en.worksheets for t in ws.tables} >= {
        "Answers",
        "Weights",
        "Matrix",
        "Levels",
        "Rankings",
        "Sources",
    }


@pytest.mark.parametrize(
    "typed", ['=HYPERLINK("http://x","y")', "+86 21 5555 0000", "-1+2", "@SUM(A1)", "=1+1"]
)
def test_text_typed_by_the_user_never_becomes_a_formula(write, result, typed):
    path = write(result, company=typed, notes=f"{typed}\nsecond line")
    ws = openpyxl.load_workbook(path)["Summary"]
    company = ws["B3"]
    assert company.value == typed and company.data_type == "s"
    notes = [c for c in ws["B"] if c.value == typed]
    assert len(notes) == 2  # the company and the first line of the notes
    assert all(c.data_type == "s" for c in notes)
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    assert openpyxl.load_workbook(path).properties.title.endswith(typed)
    frame = pd.read_excel(path, sheet_name="Summary", header=None)
    assert typed in frame[1].tolist()


def test_control_characters_are_dropped_and_long_notes_kept_per_paragraph(write, result):
    path = write(result, company="Acme\x07 Ltd", notes="one\n\ntwo\x00\nthree")
    ws = openpyxl.load_workbook(path)["Summary"]
    assert ws["B3"].value == "Acme Ltd"
    values = [c.value for c in ws["B"]]
    i = values.index("one")
    assert values[i : i + 3] == ["one", "two", "three"]


def test_no_company_and_no_notes(write, result):
    ws = openpyxl.load_workbook(write(result, company="  "))["Summary"]
    assert ws["B3"].value == "(not given)"
    assert "Notes" not in [c.value for c in ws["A"]]


def test_default_date_is_today(tmp_path, kb, result):
    import datetime as dt

    write_report(tmp_path / "r.xlsx", result, kb)
    assert (
        openpyxl.load_workbook(tmp_path / "r.xlsx")["Summary"]["B5"].value.date() == dt.date.today()
    )


def test_unknown_language_is_refused_before_anything_is_written(tmp_path, kb, result):
    with pytest.raises(ValueError, match="valid choices: en, zh"):
        write_report(tmp_path / "r.xlsx", result, kb, lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole_and_keeps_its_permissions(tmp_path, kb, result):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_report(target, result, kb)
    assert openpyxl.load_workbook(target).sheetnames == SHEETS_EN
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


# --- error paths: FileProblem naming the file and the reason, nothing else touched --------


def _untouched(folder, target, content=b"old"):
    assert target.read_bytes() == content
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_read_only_target_is_refused_and_left_untouched(tmp_path, kb, result):
    # Stands in for a file locked by another program: as root, a read-only mode is what
    # fails (a read-only folder does not stop root).
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o444)
    with pytest.raises(FileProblem, match=r"r\.xlsx: the file is read-only"):
        write_report(target, result, kb)
    _untouched(tmp_path, target)


def test_missing_folder_is_refused(tmp_path, kb, result):
    target = tmp_path / "no" / "such" / "r.xlsx"
    with pytest.raises(FileProblem, match="does not exist"):
        write_report(target, result, kb)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_place_of_the_file_is_refused(tmp_path, kb, result):
    (tmp_path / "r.xlsx").mkdir()
    with pytest.raises(FileProblem, match="is a folder"):
        write_report(tmp_path / "r.xlsx", result, kb)
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_disk_full_while_saving_leaves_the_old_file(tmp_path, kb, result, monkeypatch):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")

    def full(fd):  # the data reaches the disk at fsync, and there is no room
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileProblem, match=r"r\.xlsx: cannot write \(the disk is full\)"):
        write_report(target, result, kb)
    _untouched(tmp_path, target)


_SMALL_DISK = """
import json, resource, signal, sys
import criteria
from app.files import FileProblem
from app.report import write_report

kb = criteria.default()
result = criteria.assess(kb, json.loads(sys.argv[2]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    write_report(sys.argv[1], result, kb)
except FileProblem as exc:
    print(exc)
    sys.exit(3)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX resource limits")
def test_a_real_write_failure_midway_leaves_the_old_file(tmp_path):
    # A file-size limit makes the operating system refuse the workbook after 4 KiB:
    # a real failed write through the public API, as on a full disk.
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")
    out = subprocess.run(
        [sys.executable, "-c", _SMALL_DISK, str(target), json.dumps(PERSONA_BASE)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 3, out.stderr
    assert "r.xlsx: cannot write (File too large)" in out.stdout
    assert out.stderr == ""  # no "Exception ignored" from a half-saved archive
    _untouched(tmp_path, target)


def test_the_technical_sheets_are_appendices_to_the_memo(book_en, book_zh):
    titles = [ws["A1"].value for ws in book_en.worksheets]
    assert titles[0] == "Cross-border e-commerce model recommendation"
    for k, title in enumerate(titles[1:], start=1):
        assert title.startswith(f"Appendix {chr(64 + k)}: ")
    assert book_zh.worksheets[1]["A1"].value.startswith("附录A：")
