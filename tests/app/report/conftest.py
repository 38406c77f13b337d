"""Reports written to real files, reopened with openpyxl (and pandas in the tests)."""

import datetime as dt

import openpyxl
import pytest

import criteria
from app.report import write_report
from samples import PERSONA_BASE

DATE = dt.date(2026, 3, 1)


@pytest.fixture(scope="session")
def result(kb) -> criteria.RankingResult:
    """The ranking of the sample answers: a near-tie, the marketplace leading the own store
    (vertical B2C, not described by the paper)."""
    return criteria.assess(kb, PERSONA_BASE)


@pytest.fixture(scope="session")
def constant_result(kb) -> criteria.RankingResult:
    """A ranking with a criterion left out: with over 20 million nobody lacks capital."""
    return criteria.assess(kb, {**PERSONA_BASE, "capital": "gt_20m"})


@pytest.fixture(scope="session")
def write(tmp_path_factory, kb):
    """Write a report into a fresh folder; returns its path."""

    def _write(result, lang="en", name="report.xlsx", **details):
        path = tmp_path_factory.mktemp("report") / name
        details.setdefault("assessed_on", DATE)
        write_report(path, result, kb, lang=lang, **details)
        return path

    return _write


@pytest.fixture(scope="session")
def report_en(write, result):
    return write(result, "en", company="Acme Trading Co.", notes="Check the EU rules.")


@pytest.fixture(scope="session")
def report_zh(write, result):
    return write(result, "zh", company="示例贸易有限公司", notes="关注欧盟新规。")


@pytest.fixture(scope="session")
def book_en(report_en):
    return openpyxl.load_workbook(report_en)


@pytest.fixture(scope="session")
def book_zh(report_zh):
    return openpyxl.load_workbook(report_zh)


def table_rows(ws, name):
    """The values of an Excel table's rows, header first."""
    ref = ws.tables[name].ref
    return [[c.value for c in row] for row in ws[ref]]


@pytest.fixture(scope="session")
def rows():
    """``rows(ws, table_name)`` → the table's values, header row first."""
    return table_rows


def column_values(ws, label, first_col=1):
    """The values to the right of the row whose first cell is ``label``."""
    for row in ws.iter_rows():
        if row[first_col - 1].value == label:
            return [c.value for c in row[first_col:]]
    raise KeyError(label)


@pytest.fixture(scope="session")
def labelled_row():
    """``labelled_row(ws, label)`` → the values right of the cell holding ``label``."""
    return column_values
