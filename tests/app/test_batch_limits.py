"""A survey the outputs cannot hold whole, or that would be read wrong, is refused by name.

A question answered by two columns, rows saved in two encodings, more columns or longer
cells than an .xlsx holds: one line each, exit 2, nothing written. Rejected cells beyond
the Errors sheet's rows go to the errors CSV beside the workbook, with a note.
"""

import csv

import openpyxl
import pytest
from cli_run import run

import criteria
from app.report import survey as workbook
from samples import PERSONA_BASE

KB = criteria.default()
QUESTIONS = [q.id for q in KB.questions]
GOOD = [PERSONA_BASE[q] for q in QUESTIONS]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def outputs(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("o."))


def test_a_question_given_twice_is_refused_naming_both_columns(tmp_path):
    header = [*QUESTIONS, "首年预算"]  # the budget again, by its Chinese short name
    path = write_csv(tmp_path / "in.csv", header, [[*GOOD, "gt_20m"]])
    out = run("batch", path, "--csv", tmp_path / "o.csv")
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "two columns answer capital" in out.stderr and "“首年预算”" in out.stderr
    # the same in a workbook, where pandas would have renamed the second "capital.1"
    book = openpyxl.Workbook()
    book.active.append([*QUESTIONS, "capital"])
    book.active.append([*GOOD, "gt_20m"])
    book.save(tmp_path / "in.xlsx")
    out = run("batch", tmp_path / "in.xlsx", "--csv", tmp_path / "o.csv", "--lang", "zh")
    assert out.returncode == 2 and "有两列都在回答capital" in out.stderr
    assert outputs(tmp_path) == []


def test_rows_in_two_encodings_are_refused_naming_a_line_of_each(tmp_path):
    path = tmp_path / "in.csv"
    lines = [",".join(["company", *QUESTIONS]), ",".join(["上海一号", *GOOD])]
    data = "\r\n".join(lines).encode("utf-8") + b"\r\n"
    data += ",".join(["北京二号", *GOOD]).encode("gb18030") + b"\r\n"
    path.write_bytes(data)
    out = run("batch", path, "--csv", tmp_path / "o.csv")
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "line 2 is UTF-8 but line 3 is not" in out.stderr
    assert outputs(tmp_path) == []
    # one encoding throughout, GB18030 included, is read as before
    path.write_bytes("\r\n".join([lines[0], lines[1].replace("上海", "北京")]).encode("gb18030"))
    out = run("batch", path, "--csv", tmp_path / "o.csv")
    assert out.returncode == 0, out.stderr
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as fh:
        assert next(csv.DictReader(fh))["company"] == "北京一号"


def test_more_columns_than_an_xlsx_holds_are_refused_for_xlsx_only(tmp_path):
    extra = [f"note{k}" for k in range(workbook.XLSX_COLUMNS)]
    path = write_csv(tmp_path / "in.csv", [*QUESTIONS, *extra], [[*GOOD, *("x" * len(extra))]])
    out = run("batch", path, "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 2 and "an .xlsx sheet holds 16,384" in out.stderr
    assert outputs(tmp_path) == []
    out = run("batch", path, "--csv", tmp_path / "o.csv")  # CSV has no such limit
    assert out.returncode == 0, out.stderr


def test_a_cell_longer_than_an_xlsx_holds_is_refused_for_xlsx_and_kept_in_csv(tmp_path):
    long = "长" * (workbook.XLSX_CELL + 1)
    path = write_csv(tmp_path / "in.csv", ["notes", *QUESTIONS], [["short", *GOOD], [long, *GOOD]])
    out = run("batch", path, "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 2
    assert "row 3, notes: 32,768 characters; an .xlsx cell holds 32,767" in out.stderr
    out = run("batch", path, "--csv", tmp_path / "o.csv")
    assert out.returncode == 0
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as fh:
        assert [r["notes"] for r in csv.DictReader(fh)] == ["short", long]


def test_more_rows_than_a_sheet_holds_are_refused_for_xlsx(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "XLSX_ROWS", 4)  # two header rows and two rows
    path = write_csv(tmp_path / "in.csv", QUESTIONS, [GOOD] * 3)
    out = run("batch", path, "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 2 and "3 rows to assess; an .xlsx sheet holds 2" in out.stderr
    assert outputs(tmp_path) == []


def test_rejected_cells_beyond_the_errors_sheet_go_to_the_errors_csv(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "ERRORS_SHOWN", 3)
    bad = [[*GOOD[:-1], f"bogus{k}"] for k in range(5)]
    path = write_csv(tmp_path / "in.csv", QUESTIONS, [GOOD, *bad])
    out = run("batch", path, "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 3, out.stderr
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx").worksheets[-1]
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert len(rows) == 1 + 3 + 1 and [r[0] for r in rows[1:4]] == [3, 4, 5]
    assert rows[-1][0] == "… and 2 more rejected cells: the sheet is full; all are in o.errors.csv"
    with open(tmp_path / "o.errors.csv", encoding="utf-8-sig", newline="") as fh:
        assert [int(r["row"]) for r in csv.DictReader(fh)] == [3, 4, 5, 6, 7]


@pytest.mark.parametrize("with_csv", [False, True])
def test_the_spill_and_the_csv_errors_file_are_one_file(tmp_path, monkeypatch, with_csv):
    """``--csv o.csv --xlsx o.xlsx`` both name o.errors.csv: it is written once, whole."""
    monkeypatch.setattr(workbook, "ERRORS_SHOWN", 1)
    path = write_csv(tmp_path / "in.csv", QUESTIONS, [[*GOOD[:-1], "bogus"]] * 3)
    args = ["--csv", tmp_path / "o.csv"] if with_csv else []
    out = run("batch", path, "--xlsx", tmp_path / "o.xlsx", *args)
    assert out.returncode == 3, out.stderr
    with open(tmp_path / "o.errors.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 3


def test_a_survey_of_only_bad_rows_reports_them_all(tmp_path):
    """No row to rank is not a crash: the results hold the header, the errors every cell."""
    path = write_csv(tmp_path / "in.csv", QUESTIONS, [[*GOOD[:-1], "bogus"]] * 4)
    out = run("batch", path, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 3, out.stderr
    with open(tmp_path / "o.csv", encoding="utf-8-sig", newline="") as fh:
        assert list(csv.DictReader(fh)) == []
    with open(tmp_path / "o.errors.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 4
    assert "4 rows read, 0 assessed, 4 rejected" in out.stdout
