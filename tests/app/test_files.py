"""Atomic writes: the target is replaced whole or left as it was."""

import os

import pytest

from app import files


def test_atomic_write_replaces_whole(tmp_path):
    target = tmp_path / "a.json"
    files.write_json(target, {"x": "中文"})
    assert target.read_text(encoding="utf-8").strip() == '{\n  "x": "中文"\n}'
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_failure_while_writing_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")

    def explode(fh):
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(files.FileProblem, match="the disk is full"):
        files.atomic_write(target, explode)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_read_only_target_is_refused(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o444)
    with pytest.raises(files.FileProblem, match="read-only"):
        files.write_json(target, {})
    assert target.read_text(encoding="utf-8") == "old"


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    mask = os.umask(0o022)
    try:
        files.write_json(tmp_path / "new.json", {})
    finally:
        os.umask(mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    os.chmod(old, 0o600)
    files.write_json(old, {"x": 1})
    assert old.stat().st_mode & 0o777 == 0o600


def test_assessment_details_read_back_what_assessment_document_wrote(kb):
    import datetime as dt

    from samples import PERSONA_BASE

    doc = files.assessment_document(
        PERSONA_BASE, kb, company="Acme", notes="n", date=dt.date(2026, 1, 2)
    )
    assert files.assessment_details(doc) == {
        "company": "Acme",
        "notes": "n",
        "assessed_on": dt.date(2026, 1, 2),
    }
    assert files.assessment_details({"answers": {}, "company": 3, "date": "soon"}) == {}
