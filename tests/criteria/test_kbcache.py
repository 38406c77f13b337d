"""The validated knowledge base kept between runs: read back only while nothing changed."""

import json
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
    policy,
    schema,
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


def stored(cache):
    """The cache file's key and the records rebuilt from it."""
    document = json.loads(cache.read_text(encoding="utf-8"))
    return document["key"], kbcache.decode(document["value"], RECORDS)


RECORDS = {
    c.__name__: c
    for c in (KnowledgeBase, *vars(schema).values(), *vars(policy).values())
    if isinstance(c, type)
}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        json.dumps({"key": "0" * 64, "value": "a string"}).encode(),
        json.dumps(["a", "list"]).encode(),
        b'{"key": "',  # truncated
        pickle.dumps(("0" * 64, "a string")),  # an earlier version's cache
    ],
)
def test_a_corrupt_or_foreign_cache_is_replaced(cache, data, content):
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    kb = load_cached(data)
    assert isinstance(kb, KnowledgeBase)
    key, kept = stored(cache)
    assert kept == kb and key == cache_key(data)


def test_another_key_is_not_read_even_with_a_knowledge_base_inside(cache, data):
    kb = load(data)
    assert kbcache.write("f" * 64, kb)
    assert kbcache.read("e" * 64, KnowledgeBase, RECORDS) is None
    assert kbcache.read("f" * 64, KnowledgeBase, RECORDS) == kb
    assert kbcache.read("f" * 64, str, RECORDS) is None  # of another kind


def test_a_planted_cache_can_run_no_code(cache, data, tmp_path):
    """Whatever is written in the cache folder is data: a pickle that would create a
    file when unpickled, or JSON naming a class outside the records, is never run or
    built; the start validates again and replaces it."""
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    cache.parent.mkdir(parents=True)
    for planted in (
        pickle.dumps(Payload()),
        json.dumps({"key": cache_key(data), "value": {"@": "Path", "args": [str(marker)]}}),
        json.dumps({"key": cache_key(data), "value": {"@": "KnowledgeBase", "version": 1}}),
    ):
        cache.write_bytes(planted if isinstance(planted, bytes) else planted.encode())
        assert load_cached(data) == load(data)
        assert not marker.exists()
        assert stored(cache)[1] == load(data)  # replaced by the records


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
    assert kbcache.read(cache_key(data), KnowledgeBase, RECORDS) is None
    assert load_cached(data) == load(data)  # validated; the FIFO is left as it was
