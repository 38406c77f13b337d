"""The validated knowledge base kept between runs: read back only while nothing changed."""

import os
import pickle
import shutil
import subprocess
import sys

import pytest

from criteria.knowledge import (
    DATA_DIR,
    KnowledgeBase,
    KnowledgeBaseError,
    cache_key,
    load,
    load_cached,
)
from criteria.knowledge import cache as kbcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(kbcache.ENV, str(folder))
    return folder / kbcache.FILENAME


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_a_second_start_reads_the_records_back_without_pydantic(tmp_path):
    env = {**os.environ, kbcache.ENV: str(tmp_path / "cache")}
    code = (
        "import sys, criteria; kb = criteria.default(); "
        "print('pydantic' in sys.modules, kb.version, len(kb.questions))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    first, second = (r.stdout.split() for r in runs)
    assert first[0] == "True" and second[0] == "False"  # validated once, then read back
    assert first[1:] == second[1:]
    assert (tmp_path / "cache" / kbcache.FILENAME).is_file()


def test_the_cached_records_equal_a_fresh_validation(cache, data):
    made = load_cached(data)
    assert cache.is_file()
    again = load_cached(data)
    assert again == made == load(data)
    assert again is not made  # read back from the file


def test_an_edited_data_file_is_validated_again(cache, data):
    load_cached(data)
    path = data / "criteria.toml"
    path.write_text(path.read_text("utf-8").replace("concentration = 4", "concentration = -1"))
    with pytest.raises(KnowledgeBaseError, match=r"criteria\.toml: rule\.concentration"):
        load_cached(data)
    path.write_text(path.read_text("utf-8").replace("concentration = -1", "concentration = 5"))
    assert load_cached(data).rule.concentration == 5


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle",
        pickle.dumps(("0" * 64, "a string")),
        pickle.dumps(["a", "list"]),
        b"\x80\x05\x95",  # truncated
    ],
)
def test_a_corrupt_or_foreign_cache_is_replaced(cache, data, content):
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    kb = load_cached(data)
    assert isinstance(kb, KnowledgeBase)
    key, kept = pickle.loads(cache.read_bytes())
    assert kept == kb and key == cache_key(data)


def test_another_key_is_not_read_even_with_a_knowledge_base_inside(cache, data):
    kb = load(data)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(pickle.dumps(("f" * 64, kb)))
    assert kbcache.read("e" * 64, KnowledgeBase) is None
    assert kbcache.read("f" * 64, KnowledgeBase) == kb
    assert kbcache.read("f" * 64, str) is None  # of another kind


def test_an_unusable_cache_folder_only_means_validating_every_time(tmp_path, monkeypatch, data):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(kbcache.ENV, str(blocker / "cache"))
    assert isinstance(load_cached(data), KnowledgeBase)
    assert not kbcache.write("a" * 64, 1)
    monkeypatch.setenv(kbcache.ENV, "")  # turned off
    assert kbcache.folder() is None
    assert isinstance(load_cached(data), KnowledgeBase)


def test_writing_leaves_no_temporary_file(cache, data):
    load_cached(data)
    assert [p.name for p in cache.parent.iterdir()] == [kbcache.FILENAME]


def test_the_default_folder_follows_the_platform_convention(monkeypatch, tmp_path):
    monkeypatch.delenv(kbcache.ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kbcache.folder() == tmp_path / "export-advisor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert kbcache.folder() == tmp_path / ".cache" / "export-advisor"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_cache_is_ignored_not_waited_on(cache, data):
    """A FIFO would block a reader for ever: the start validates instead, at once."""
    cache.parent.mkdir(parents=True)
    os.mkfifo(cache)
    assert kbcache.read(cache_key(data), KnowledgeBase) is None
    assert load_cached(data) == load(data)  # validated; the FIFO is left as it was
