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
