"""Batch assessment: a survey file in, every row ranked as `rank` ranks it, bad rows out."""

import csv
import json

import numpy as np
import openpyxl
import pytest
from cli_run import run
from hypothesis import given, settings
from hypothesis import strategies as st

import criteria
from app import survey
from app.survey import result_header
from criteria import validation
from criteria.decision import batch as core
from samples import INFLUENCER, PERSONA_BASE

KB = criteria.default()
QUESTIONS = [q.id for q in KB.questions]


def write_csv(path, header, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_rows_agree_with_single_assessments(kb):
    rng = np.random.default_rng(7)
    space = np.vstack([validation.answer_space(kb, d) for d in ("export", "import")])
    idx = space[rng.choice(len(space), 60)]
    idx = np.vstack([idx, idx[:5]])  # repeated profiles share one result
    result = core.assess_many(kb, idx)
    assert result.profiles == 60
    for k in range(len(idx)):
        answers = {q.id: q.option_ids[idx[k, j]] for j, q in enumerate(kb.questions)}
        single = criteria.assess(kb, answers)
        rec = result.recommended[k]
        assert (kb.model_ids[rec] if rec >= 0 else None) == single.recommended
        assert tuple(kb.model_ids[i] for i in result.order[k]) == single.ranking
        assert tuple(result.feasible[k]) == single.feasible
        np.testing.assert_allclose(result.fit[k], single.fit, atol=1e-12)
        assert result.label[k] == single.confidence.label
        assert result.share[k] == pytest.approx(single.confidence.share, abs=1e-12)
        named = tuple(m for m in single.ranking if result.near_tie[k, kb.model_ids.index(m)])
        assert named == single.near_tie
        gated = {kb.model_ids[i] for i in np.flatnonzero(result.gated[k])}
        assert gated == set(single.goal_gated)
    assert result.near_tie.any() and result.gated.any()  # both occur in 60 random profiles


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 40).flatmap(
        lambda n: st.lists(
            st.lists(st.integers(0, 6), min_size=n, max_size=n), min_size=1, max_size=6
        )
    ),
    st.sampled_from([np.int64, np.int8, bool]),
)
def test_distinct_rows_are_numpys_unique_rows(columns, dtype):
    a = np.array(columns).T.astype(dtype)
    expected, inverse = np.unique(a, axis=0, return_inverse=True)
    got, got_inverse = core.distinct_rows(a)
    assert got.dtype == a.dtype
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(got_inverse, np.asarray(inverse).reshape(-1))


def test_progress_counts_profiles_and_can_cancel(kb):
    idx = validation.answer_space(kb, "export")[:40]
    seen = []
    core.assess_many(kb, idx, lambda done, total: seen.append((done, total)) or True)
    assert seen[0] == (0, 40) and seen[-1] == (40, 40)
    with pytest.raises(core.Cancelled):
        core.assess_many(kb, idx, lambda done, total: done < 10)


def test_a_survey_in_csv_gives_csv_and_xlsx_with_a_summary(tmp_path):
    rows = [
        ["Acme", *[PERSONA_BASE[q] for q in QUESTIONS]],
        ["Star", *[INFLUENCER[q] for q in QUESTIONS]],
    ]
    survey = write_csv(tmp_path / "in.csv", ["company", *QUESTIONS], rows)
    out = run("batch", survey, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 0, out.stderr
    assert "2 rows read, 2 assessed, 0 rejected" in out.stdout
    got = read_csv(tmp_path / "o.csv")
    assert [r["company"] for r in got] == ["Acme", "Star"]
    for row, answers in zip(got, (PERSONA_BASE, INFLUENCER), strict=True):
        single = criteria.assess(KB, answers)
        assert row["recommended"] == single.recommended
        assert row["order"].split(";") == list(single.ranking)
        assert row["confidence"] == KB.rule.band(single.confidence.share).label.en
        assert float(row["fit_" + single.recommended]) == pytest.approx(
            100 * single.fit[single.models.index(single.recommended)], abs=0.05
        )
    assert not (tmp_path / "o.errors.csv").exists()
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    assert book.sheetnames == ["Results", "Summary", "Errors"]
    # the columns' names for a reader, then their ids for a script (pandas: header=1)
    assert [c.value for c in book["Results"][1]][:2] == ["company", "Recommended model"]
    assert [c.value for c in book["Results"][2]] == ["company", *result_header(KB)]
    assert book["Results"].freeze_panes == "A3"
    summary = book["Summary"]
    assert len(summary._charts) == 1  # a native chart of the distribution
    counts = {r[0].value: r[1].value for r in summary.iter_rows(min_row=5, max_row=11)}
    assert sum(counts.values()) == 2


def test_headers_may_be_question_texts_and_answers_labels_in_either_language(tmp_path):
    header = [
        KB.question(q).text.zh if k % 2 else KB.question(q).text.en for k, q in enumerate(QUESTIONS)
    ]
    values = [
        KB.question(q).get_option(PERSONA_BASE[q]).label.zh
        if k % 3 == 0
        else KB.question(q).get_option(PERSONA_BASE[q]).label.en.upper()
        for k, q in enumerate(QUESTIONS)
    ]
    survey = write_csv(tmp_path / "in.csv", header, [values], encoding="gb18030")
    out = run("batch", survey, "--csv", tmp_path / "o.csv")
    assert out.returncode == 0, out.stderr
    assert (
        read_csv(tmp_path / "o.csv")[0]["recommended"]
        == criteria.assess(KB, PERSONA_BASE).recommended
    )


def test_bad_rows_are_reported_with_row_column_and_reason_and_good_rows_still_ranked(tmp_path):
    good = [PERSONA_BASE[q] for q in QUESTIONS]
    bad = list(good)
    bad[QUESTIONS.index("capital")] = "lots"
    bad[QUESTIONS.index("traffic")] = ""
    survey = write_csv(tmp_path / "in.csv", ["id", *QUESTIONS], [["1", *good], ["2", *bad]])
    out = run("batch", survey, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 3
    lines = out.stderr.strip().splitlines()
    assert lines == [
        "export-advisor: error: row 3, capital: 'lots' is not an option; valid: lt_500k, "
        "500k_2m, 2m_5m, 5m_20m, gt_20m",
        "export-advisor: error: row 3, traffic: no answer; valid: none, small, medium, large, huge",
    ]
    assert [r["id"] for r in read_csv(tmp_path / "o.csv")] == ["1"]
    errors = read_csv(tmp_path / "o.errors.csv")
    assert [(e["row"], e["column"]) for e in errors] == [("3", "capital"), ("3", "traffic")]
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx")["Errors"]
    assert [c.value for c in sheet[2]][:2] == [3, "capital"]
    zh = run("batch", survey, "--csv", tmp_path / "z.csv", "--lang", "zh")
    assert "第3行，capital：'lots'不是可选项" in zh.stderr


def test_chinese_reasons_list_the_labels_a_chinese_survey_can_answer_with(tmp_path):
    """The reasons listed English option ids in a Chinese run; the labels are answers too."""
    bad = [PERSONA_BASE[q] for q in QUESTIONS]
    bad[QUESTIONS.index("capital")] = "很多"
    survey = write_csv(tmp_path / "in.csv", QUESTIONS, [bad])
    out = run("batch", survey, "--xlsx", tmp_path / "o.xlsx", "--lang", "zh")
    labels = [o.label.zh for o in KB.question("capital").options]
    assert out.returncode == 3
    assert f"可选：{'、'.join(labels)}" in out.stderr
    assert "lt_500k" not in out.stderr
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    assert book["错误"]["C2"].value.endswith("、".join(labels))
    names = [c.value for c in book["结果"][1]]  # the headers in Chinese, the ids below them
    assert names[0] == "推荐模式" and "契合度：垂直自营B2C平台" in names
    assert [c.value for c in book["结果"][2]] == result_header(KB)
    for label in labels:  # each choice listed is one the reader takes
        bad[QUESTIONS.index("capital")] = label
        again = run("batch", write_csv(tmp_path / "in.csv", QUESTIONS, [bad]))
        assert again.returncode == 0, again.stderr


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("company,capital\nAcme,lt_500k\n", "no column for trade_direction, goal, traffic"),
        ("", "not a readable CSV or .xlsx table"),
    ],
)
def test_nothing_readable_exits_2_with_one_message(tmp_path, content, said):
    survey = tmp_path / "in.csv"
    survey.write_text(content, encoding="utf-8")
    out = run("batch", survey, "--csv", tmp_path / "o.csv")
    assert out.returncode == 2
    assert said in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o.csv").exists()


def test_a_missing_survey_exits_2(tmp_path):
    out = run("batch", tmp_path / "none.csv", "--lang", "zh")
    assert out.returncode == 2 and "文件不存在" in out.stderr


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_user_text_never_becomes_a_formula(tmp_path, start):
    typed = f'{start}HYPERLINK("http://x","y")'
    survey = write_csv(
        tmp_path / "in.csv",
        ["company", *QUESTIONS],
        [[typed, *[PERSONA_BASE[q] for q in QUESTIONS]]],
    )
    out = run("batch", survey, "--csv", tmp_path / "o.csv", "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 0, out.stderr
    with open(tmp_path / "o.csv", newline="", encoding="utf-8-sig") as fh:
        cell = list(csv.reader(fh))[1][0]
    assert cell == "'" + typed  # OWASP: a leading quote, the rest as typed
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    value = book["Results"]["A3"]  # below the names and the ids
    assert value.data_type == "s" and value.value.endswith('HYPERLINK("http://x","y")')


def test_text_an_xlsx_cannot_hold_is_replaced_not_a_broken_file(tmp_path):
    survey = write_csv(
        tmp_path / "in.csv",
        ["company", *QUESTIONS],
        [["A\x07B\ufffeC", *[PERSONA_BASE[q] for q in QUESTIONS]]],
    )
    assert run("batch", survey, "--xlsx", tmp_path / "o.xlsx").returncode == 0
    assert openpyxl.load_workbook(tmp_path / "o.xlsx")["Results"]["A3"].value == "A\ufffdB\ufffdC"


def test_an_xlsx_survey_is_read_too(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["company", *QUESTIONS])
    ws.append(["Acme", *[PERSONA_BASE[q] for q in QUESTIONS]])
    book.save(tmp_path / "in.xlsx")
    out = run("batch", tmp_path / "in.xlsx", "--csv", tmp_path / "o.csv")
    assert out.returncode == 0, out.stderr
    assert read_csv(tmp_path / "o.csv")[0]["company"] == "Acme"


def test_the_batch_module_keeps_json_contract_values(kb):
    read = survey.parse(kb, QUESTIONS, [[PERSONA_BASE[q] for q in QUESTIONS]])
    result = core.assess_many(kb, read.idx)
    row = survey.result_rows(kb, read, result, "en")[0]
    doc = criteria.assess(kb, PERSONA_BASE).to_dict()
    assert row[0] == doc["recommended"]
    assert row[3] == pytest.approx(doc["confidence"]["share"], abs=1e-4)
    assert json.dumps(row)  # plain values only


def test_fewer_samples_are_coarser_and_zero_skips_the_confidence(tmp_path, kb):
    idx = validation.answer_space(kb, "export")[::40_000]
    skipped = core.assess_many(kb, idx, samples=0)
    assert set(skipped.label) == {"skipped"} and np.isnan(skipped.share).all()
    full = core.assess_many(kb, idx)
    assert list(skipped.recommended) == list(full.recommended)  # the verdict is the same
    survey = write_csv(tmp_path / "in.csv", QUESTIONS, [[PERSONA_BASE[q] for q in QUESTIONS]])
    out = run("batch", survey, "--csv", tmp_path / "o.csv", "--samples", "0")
    assert out.returncode == 0 and read_csv(tmp_path / "o.csv")[0]["confidence"] == "not computed"
    assert run("batch", survey, "--samples", "-3").returncode == 2


def test_a_pipe_or_folder_as_survey_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "survey.csv"
    os.mkfifo(fifo)
    out = run("batch", fifo, "--csv", tmp_path / "o.csv")
    assert out.returncode == 2 and "not a regular file" in out.stderr
    out = run("batch", tmp_path, "--csv", tmp_path / "o.csv")
    assert out.returncode == 2 and "is a folder" in out.stderr
