"""Hostile survey workbooks cost nothing: refused in seconds, one line, nothing written.

Each is built here: parts that inflate far beyond their packed size, a workbook that
would unpack beyond the limit, a sheet declaring far columns, and sheets whose XML
defines entities (a billion laughs, an external entity reading a local file).
"""

import io
import os
import re
import time
import zipfile

import openpyxl
import pytest
from cli_run import run

import criteria
from app.survey import reading
from samples import PERSONA_BASE

QUESTIONS = [q.id for q in criteria.default().questions]
#: How far the bomb inflates: 50 MB in the suite, ten times that in `make stress`.
BOMB = 50_000_000 * (10 if os.environ.get("STRESS_TRIALS") else 1)


def workbook(tmp_path, replace=None, extra=None):
    """A good survey workbook, with parts replaced or added: its path."""
    book = openpyxl.Workbook()
    book.active.append(QUESTIONS)
    book.active.append([PERSONA_BASE[q] for q in QUESTIONS])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "in.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if replace and item.filename in replace:
                data = replace[item.filename](data)
            target.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return path


def refused(tmp_path, path, *words):
    start = time.perf_counter()
    out = run("batch", path, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.xlsx")
    assert time.perf_counter() - start < 20  # refused, not ground through
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    for word in words:
        assert word in out.stderr
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.xlsx").exists()
    return out.stderr


def test_a_good_workbook_is_read(tmp_path):
    out = run("batch", workbook(tmp_path), "--csv", tmp_path / "o.csv")
    assert out.returncode == 0, out.stderr


def test_a_part_that_inflates_like_a_zip_bomb_is_refused(tmp_path):
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    strings += b"<si><t>" + b"a" * BOMB + b"</t></si></sst>"
    path = workbook(tmp_path, extra={"xl/bomb.xml": strings})
    said = refused(tmp_path, path, "xl/bomb.xml", "times its size", "zip bomb")
    assert "the limit is 200" in said


def test_a_workbook_that_would_unpack_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setitem(reading.XLSX_LIMITS, "unpacked", 5_000)
    refused(tmp_path, workbook(tmp_path), "would unpack to", "the limit is")


def test_a_sheet_reaching_far_columns_is_refused_before_it_is_read(tmp_path):
    def wide(xml):
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD2"', xml)

    path = workbook(tmp_path, replace={"xl/worksheets/sheet1.xml": wide})
    assert b"XFD2" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    refused(tmp_path, path, "reaches column 16,384", "the limit is 2,000")


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
        for k in range(1, 10)
    )
    + b"]>"
)


def _with_doctype(doctype, cell):
    def change(xml):
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        body = body.replace(b"<t>", b"<t>" + cell, 1)
        return doctype + body

    return change


@pytest.mark.parametrize(
    ("doctype", "cell"),
    [
        (LAUGHS, b"&lol9;"),  # a billion laughs: 10^9 "lol"s from 1 kB
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
            b"&xxe;",
        ),
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_entities_in_a_sheet_are_refused_not_expanded(tmp_path, doctype, cell):
    path = workbook(
        tmp_path,
        replace={"xl/worksheets/sheet1.xml": _with_doctype(doctype, cell)},
    )
    said = refused(tmp_path, path, "not a readable CSV or .xlsx table")
    assert "root:" not in said  # /etc/passwd was not read into anything
