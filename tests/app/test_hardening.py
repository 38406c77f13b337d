"""Bad input of every kind: one clear line and exit 2, never a traceback, a hang or a
broken file."""

import json
import os
import subprocess
import sys

import openpyxl
import pytest
from cli_run import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import criteria
from app import files
from app.report import write_report
from samples import PERSONA_BASE

KB = criteria.default()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
MANY = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))


def one_clean_line(out) -> str:
    """The message of a refused command: one line, bounded, no escape sequences."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    assert len(lines[0]) <= 600
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in lines[0])
    return lines[0]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)


@MANY
@given(
    st.one_of(
        json_values,
        st.dictionaries(st.sampled_from(["answers", "company", "notes", "date"]), json_values),
        st.fixed_dictionaries(
            {"answers": st.dictionaries(st.sampled_from([q.id for q in KB.questions]), json_values)}
        ),
    )
)
def test_any_json_document_is_ranked_or_refused_in_one_line(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("fuzz") / "a.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = run("rank", path, "--json", path.with_name("o.json"))
    if out.returncode == 0:
        assert json.loads(path.with_name("o.json").read_text(encoding="utf-8"))["recommended"]
    else:
        one_clean_line(out)
        assert not path.with_name("o.json").exists()


@MANY
@given(st.binary(max_size=300))
def test_any_bytes_are_refused_in_one_line(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "a.json"
    path.write_bytes(data)
    one_clean_line(run("rank", path, "--lang", "zh"))


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"answers": ' + b"[" * 3000 + b"]" * 3000 + b"}", "nested too deeply"),
        (b'{"answers": {"capital": ' + b"9" * 5000 + b"}}", "a number too long"),
        (b"", "not valid JSON"),
        ("{}".encode("utf-16"), "not a UTF-8 text file"),
        (b"\xef\xbb\xbf" + json.dumps({"answers": PERSONA_BASE}).encode(), None),  # BOM: fine
        (b'{"answers": {"capital": "lt_500k", "capital": "x"}}', "'capital' is given twice"),
        (json.dumps({"answers": {"x\u001b[2J": 1}}).encode(), "answers.x\\x1b[2J"),
        (json.dumps({"answers": {**PERSONA_BASE, "capital": "a" * 9_000_000}}).encode(), "a...a"),
    ],
)
def test_malformed_files_get_one_message(tmp_path, content, said):
    path = tmp_path / "a.json"
    path.write_bytes(content)
    out = run("rank", path)
    if said is None:
        assert out.returncode == 0, out.stderr
        return
    assert said.replace("a...a", "aaa...aaa") in one_clean_line(out)


def test_special_paths_are_refused_without_waiting(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(files.MAX_JSON_BYTES + 1)
    cases = {
        fifo: "not a regular file",
        "/dev/zero": "not a regular file",
        loop: "cannot read",
        tmp_path: "is a folder",
        tmp_path / "none.json": "no such file",
        big: "the limit is 10,485,760",
    }
    for path, said in cases.items():
        assert said in one_clean_line(run("rank", path)), path


@FUZZ
@given(
    st.sampled_from(["--samples", "--seed", "--concentration"]),
    st.one_of(
        st.text(max_size=20).filter(lambda s: not s.startswith("-")),
        st.integers(-(10**30), 10**30).map(str),
        st.sampled_from(["nan", "inf", "-inf", "1e400", "0", "١٢", "1_000", "  7 "]),
    ),
)
def test_any_option_value_is_taken_or_refused_in_one_line(tmp_path_factory, option, value):
    path = tmp_path_factory.mktemp("opt") / "a.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    out = run("robustness", path, option, value, "--json", path.with_name("o.json"))
    if out.returncode != 0:
        one_clean_line(out)


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "rank", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_a_terminal_that_cannot_show_chinese_gets_escapes_not_a_crash(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "app", "rank", str(path), "--lang", "zh"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert b"\\u5951" in out.stdout  # 契 (of 契合度), escaped


@pytest.mark.parametrize("typed", ["A\ud83dB", "x\ufffey", "z\uffff", "\udc00"])
def test_text_no_file_can_hold_is_replaced_and_everything_still_saves(tmp_path, typed):
    result = criteria.assess(KB, PERSONA_BASE)
    report = tmp_path / "r.xlsx"
    write_report(report, result, KB, company=typed, notes=typed)
    book = openpyxl.load_workbook(report)  # well-formed: openpyxl reads it back
    assert "\ufffd" in book.worksheets[0]["B3"].value
    document = files.assessment_document(PERSONA_BASE, KB, company=typed, notes=typed)
    files.write_json(tmp_path / "a.json", document)
    back = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert back["company"] == files.clean_text(typed) and "\ufffd" in back["company"]


def test_a_file_from_elsewhere_is_opened_with_a_word_about_it(tmp_path):
    document = {
        "answers": PERSONA_BASE,
        "company": None,
        "app_version": "99.0",
        "kb_version": "1999.1.1",
        "colour": "red",
    }
    notes = dict(files.opening_notes(document, KB))
    assert notes["open.newer_app"]["saved"] == "99.0"
    assert notes["open.other_kb"]["this"] == KB.version
    assert notes["open.extra_keys"]["keys"] == "colour"
    assert files.opening_notes(files.assessment_document(PERSONA_BASE, KB), KB) == []
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = run("rank", path, "--json", tmp_path / "o.json")
    assert out.returncode == 0
    assert out.stderr.count("export-advisor: note: ") == 3
    assert files.assessment_details(document) == {}  # a null company is no company


# --- the knowledge base and the batch reader ------------------------------------------
def _paths(value, prefix=()):
    """Every key path of a TOML document (lists by index)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


def _set(doc, path, value):
    for part in path[:-1]:
        doc = doc[part]
    if value is _DELETE:
        del doc[path[-1]]
    else:
        doc[path[-1]] = value


_DELETE = object()
_DATA = __import__("criteria.knowledge", fromlist=["DATA_DIR"]).DATA_DIR
_DOCS = {
    name: __import__("tomllib").loads((_DATA / name).read_text(encoding="utf-8"))
    for name in (
        "sources.toml",
        "models.toml",
        "criteria.toml",
        "questionnaire.toml",
        "guidance.toml",
    )
}
_PATHS = {name: list(_paths(doc)) for name, doc in _DOCS.items()}


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(sorted(_DOCS)),
    st.data(),
    st.one_of(
        st.just(_DELETE),
        st.none().map(lambda _: "x"),
        st.integers(-5, 10**6),
        st.floats(allow_nan=True),
        st.booleans(),
        st.text(max_size=12),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    ),
)
def test_a_mutated_knowledge_base_loads_or_names_file_key_and_reason(
    tmp_path_factory, name, data, value
):
    import copy

    import tomli_w

    path = data.draw(st.sampled_from(_PATHS[name]))
    folder = tmp_path_factory.mktemp("kb")
    for other, doc in _DOCS.items():
        doc = copy.deepcopy(doc)
        if other == name:
            try:
                _set(doc, path, value)
            except (TypeError, KeyError, IndexError):
                return
        (folder / other).write_text(tomli_w.dumps(doc), encoding="utf-8")
    try:
        criteria.load(folder)
    except criteria.KnowledgeBaseError as exc:
        message = str(exc)
        assert message.split(":")[0].endswith(".toml"), message  # names the file
        assert "\n" not in message.strip() and len(message) < 1000


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_any_survey_file_is_ranked_or_refused(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("survey")
    survey = folder / "s.csv"
    survey.write_bytes(data)
    out = run("batch", survey, "--csv", folder / "o.csv", "--samples", "0")
    assert out.returncode in (0, 2, 3), out.stderr
    assert "Traceback" not in out.stderr
    if out.returncode == 2:
        one_clean_line(out)
        assert not (folder / "o.csv").exists()
