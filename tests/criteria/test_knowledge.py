"""The shipped knowledge base is complete, cited, and its loader rejects bad data."""

import re
import shutil
from pathlib import Path

import pytest

from criteria.knowledge import DATA_DIR, KnowledgeBaseError, load

PAPER = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_168f4cda9e477029.txt"

CONTRACT = {
    "capital": ["lt_500k", "500k_2m", "2m_5m", "5m_20m", "gt_20m"],
    "traffic": ["none", "small", "medium", "large", "huge"],
    "supply_chain": ["none", "suppliers", "oem", "own_factory", "own_brand"],
    "operations": ["none", "basic", "solid", "strong", "expert"],
    "policy_exposure": ["low", "medium", "high"],
    "brand_trust": ["none", "some", "strong"],
    "risk_appetite": ["low", "medium", "high"],
    "time_horizon": ["6_months", "1_year", "3_years"],
    "category_breadth": ["single", "few", "broad"],
}
MODELS = ["vertical_b2c", "purchasing_agent", "comprehensive_b2c", "direct_ship",
          "guide_rebate", "flash_sale"]


def test_questionnaire_matches_the_contract(kb):
    assert {q.id: list(q.option_ids) for q in kb.questions} == CONTRACT


def test_six_models_in_the_papers_order(kb):
    assert list(kb.model_ids) == MODELS
    assert [m.id for m in kb.models if not m.described_by_paper] == ["vertical_b2c"]


def test_every_level_cites_an_existing_source(kb):
    for c in kb.criteria:
        assert set(c.levels) == set(MODELS)
        for entry in c.levels.values():
            assert entry.source in kb.sources


def test_vertical_b2c_rests_on_public_facts_only(kb):
    """The paper names vertical B2C but never describes it."""
    for c in kb.criteria:
        assert kb.sources[c.levels["vertical_b2c"].source].kind == "fact"


def test_base_weights_sum_to_one_and_follow_the_papers_stress(kb):
    base = kb.base_weights()
    assert sum(base.values()) == pytest.approx(1.0)
    # Traffic is stressed by three passages, trust by one: traffic weighs twice as much.
    assert base["traffic_gap"] == pytest.approx(2 * base["trust_risk"])


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(not PAPER.exists(), reason="source paper not beside the project")
def test_every_paper_quote_is_verbatim_in_the_paper(kb):
    paper = _squash(PAPER.read_text(encoding="utf-8"))
    for source in kb.sources.values():
        if source.kind == "paper":
            assert _squash(source.quote) in paper, source.id


def test_every_text_is_bilingual(kb):
    for m in kb.models:
        for t in (m.name, m.description, m.export_counterpart):
            assert t.en and t.zh and t.en != t.zh
    for q in kb.questions:
        assert re.search(r"[\u4e00-\u9fff]", q.text.zh)
        for o in q.options:
            assert re.search(r"[\u4e00-\u9fff]", o.label.zh)


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("filename", "old", "new", "expected"), [
    ("criteria.toml", "comprehensive_b2c = { level = 5, source = \"fact-comprehensive\" }",
     "comprehensive_b2c = { level = 7, source = \"fact-comprehensive\" }",
     r"criteria\.toml: criterion\[0\]\.levels\.comprehensive_b2c.*less than or equal to 5"),
    ("criteria.toml", "source = \"paper-2.2-direct-capital\" }",
     "source = \"paper-9.9-nowhere\" }",
     r"criteria\.toml: criterion capital_gap\.levels\.direct_ship: unknown source"),
    ("criteria.toml", 'direction = "min"', 'direction = "down"',
     r"criteria\.toml: criterion\[0\]\.direction"),
    ("questionnaire.toml", "weights = { capital_gap = 2.0 }", "weights = { capitl_gap = 2.0 }",
     r"question capital\.option lt_500k\.weights: unknown criterion 'capitl_gap'"),
    ("questionnaire.toml", "weights = { capital_gap = 2.0 }", "weights = { capital_gap = -1 }",
     r"questionnaire\.toml: question\[0\]\.option\.0\.weights\.capital_gap"),
    ("models.toml", 'id = "flash_sale"', 'id = "vertical_b2c"', r"duplicate model id"),
    ("sources.toml", 'kind = "paper"\nsection = "2.1"', 'kind = "paper"',
     r"sources\.toml: source\[0\].*section"),
    ("questionnaire.toml", "[[page]]", "[[page", r"questionnaire\.toml: not valid TOML"),
])
def test_bad_data_stops_loading_naming_file_key_and_reason(data_copy, filename, old, new,
                                                           expected):
    _edit(data_copy / filename, old, new)
    with pytest.raises(KnowledgeBaseError, match=expected):
        load(data_copy)


def test_missing_file_is_named(data_copy):
    (data_copy / "models.toml").unlink()
    with pytest.raises(KnowledgeBaseError, match=r"models\.toml: cannot read"):
        load(data_copy)
