"""The one catalogue of headless text, in English and Chinese.

The report's, the command line's, the survey's, the files' and the verdict's words, one
module per consumer (data text comes from the knowledge base; the Qt widgets' own
strings live in the .ts translations).
"""

from __future__ import annotations

from app.catalogue import cli, clock, files, report, survey, verdict
from criteria.knowledge.schema import LANGUAGES as LANGUAGES  # every text of the data has them

_GROUPS = (verdict, report, cli, survey, files, clock)


def _merged(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _GROUPS:
        words: dict[str, str] = getattr(group, lang.upper())
        if twice := table.keys() & words.keys():
            raise AssertionError(f"catalogue keys given twice: {sorted(twice)}")
        table.update(words)
    return table


_TABLES = {lang: _merged(lang) for lang in LANGUAGES}


class Labels:
    """The report's words in one language.

    Parameters
    ----------
    lang
        ``"en"`` or ``"zh"``.

    Raises
    ------
    ValueError
        For any other language.
    """

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(
                f"lang: {lang!r} is not a report language; valid choices: {', '.join(LANGUAGES)}"
            )
        self.lang = lang
        self._words = _TABLES[lang]

    def __contains__(self, key: object) -> bool:
        return key in self._words

    def __call__(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``values`` filled in."""
        text = self._words[key]
        return text.format(**values) if values else text

    @property
    def sep_strong(self) -> str:
        """The separator between clauses that hold commas themselves."""
        return "；" if self.lang == "zh" else "; "

    @property
    def sep(self) -> str:
        """The separator between items of a list in running text."""
        return "、" if self.lang == "zh" else ", "
