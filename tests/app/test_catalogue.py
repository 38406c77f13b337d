"""The report's own words exist in both languages, and sheet names are valid."""

import re

import pytest

from app.catalogue import _TABLES, Labels


def test_both_languages_have_every_label():
    assert set(_TABLES["en"]) == set(_TABLES["zh"])
    for key, en in _TABLES["en"].items():
        field = r"{(\w+)(?::[^}]*)?}"  # a name, with or without a format ({samples:,})
        fields = set(re.findall(field, en))
        assert fields == set(re.findall(field, _TABLES["zh"][key])), key


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sheet_names_are_valid_and_distinct(lang):
    t = Labels(lang)
    names = [v for k, v in _TABLES[lang].items() if k.startswith("sheet.")]
    assert len(set(names)) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\'")
    assert t("report.firsts_text", k=3, n=4) in ("3 of 4", "4种中的3种")


def test_each_consumer_has_its_own_module_and_prefixes():
    from app import catalogue

    owners: dict[str, str] = {}
    for group in catalogue._GROUPS:
        name = group.__name__
        assert set(group.EN) == set(group.ZH), name
        for key in group.EN:
            assert key.startswith(group.PREFIXES), f"{name}: {key}"
        for prefix in group.PREFIXES:
            assert owners.setdefault(prefix, name) == name, f"{prefix} in two modules"
    assert sum(len(g.EN) for g in catalogue._GROUPS) == len(_TABLES["en"])
