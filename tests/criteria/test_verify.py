"""scikit-criteria checks the numpy ranking; a ranking done in numpy needs none of it."""

import dataclasses
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest

import criteria
from criteria.decision import verify
from criteria.mcda import methods

PERSONAS = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "personas.toml").read_text(encoding="utf-8")
)["persona"]


def test_every_persona_agrees_with_scikit_criteria(kb):
    for persona in PERSONAS:
        result = criteria.assess(kb, persona["answers"])
        outcome = verify.verify(result)
        assert outcome.agrees, (persona["id"], outcome)
        assert {c.method for c in outcome.checks} == {*result.methods, "rule"}
        assert outcome.max_difference <= verify.TOLERANCE
        assert outcome.to_dict()["agrees"] is True


def test_a_wrong_score_is_caught(kb, answers):
    result = criteria.assess(kb, answers)
    scores = dict(result.scores)
    scores["vikor"] = scores["vikor"] + 1e-9  # one method off in the ninth decimal
    tampered = dataclasses.replace(result, scores=scores)
    outcome = verify.verify(tampered)
    assert not outcome.agrees and outcome.disagreeing == ("vikor",)
    assert outcome.max_difference == pytest.approx(1e-9, rel=1e-3)


def test_ranking_in_a_fresh_process_never_imports_scikit_criteria_or_scipy(tmp_path, answers):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": answers}), encoding="utf-8")
    code = (
        "import sys\n"
        "from app import cli\n"
        f"code = cli.main(['rank', {str(path)!r}, '--json', {str(tmp_path / 'o.json')!r}])\n"
        "assert code == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('skcriteria', 'scipy', 'sklearn', 'matplotlib'))\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    reference = criteria.assess(criteria.default(), answers, evaluate=methods.evaluate)
    for m in reference.methods:  # the same numbers scikit-criteria gives
        ours = [doc["scores"][m][x] for x in reference.models]
        np.testing.assert_allclose(ours, reference.scores[m], rtol=0, atol=1e-12)
