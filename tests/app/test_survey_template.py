"""The survey template and its column guide: what a survey needs, in the chosen language."""

import csv

import pytest
from cli_run import run

import criteria
from app import files, survey

KB = criteria.default()


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_template_as_saved_is_a_survey_the_batch_assesses(tmp_path, lang):
    target = tmp_path / "template.csv"
    guide = survey.write_template(target, KB, lang)
    assert guide == tmp_path / "template-guide.csv"
    header, example = read(target)
    assert header == ["company", *(q.id for q in KB.questions)]
    direction = KB.question("trade_direction")
    assert example[1] == direction.get_option("export").label.get(lang)  # a label, in lang
    out = run("batch", target, "--csv", tmp_path / "o.csv", "--lang", lang)
    assert out.returncode == 0, out.stderr  # the example row is a valid answer
    said = {"en": "1 rows read, 1 assessed, 0 rejected", "zh": "读取1行，评估1行，拒绝0行"}
    assert said[lang] in out.stdout


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_guide_lists_every_question_and_option_by_id_and_label(tmp_path, lang):
    guide = read(survey.write_template(tmp_path / "t.csv", KB, lang))
    rows = guide[2:]  # under the header and the company row
    for q in KB.questions:
        mine = [r for r in rows if r[0] == q.id]
        assert [r[3] for r in mine] == list(q.option_ids)
        assert [r[4] for r in mine] == [o.label.get(lang) for o in q.options]
        assert mine[0][1] == q.text.get(lang)
    # the destination is asked of exporters only, and says so
    destination = next(r for r in rows if r[0] == "destination")
    export = KB.question("trade_direction").get_option("export").label.get(lang)
    assert destination[2].endswith(export)


def test_a_template_that_cannot_be_written_leaves_neither_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "t-guide.csv").mkdir()  # the guide's name is taken by a folder
    with pytest.raises(files.FileProblem):
        survey.write_template(folder / "t.csv", KB, "en")
    assert sorted(p.name for p in folder.iterdir()) == ["t-guide.csv"]
