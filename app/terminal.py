"""Text in a terminal: the width of Chinese text, wrapping, plain tables."""

from __future__ import annotations

import re
import textwrap

#: Chinese characters and full-width punctuation: two columns in a terminal, about two
#: Latin characters on a page.
WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def columns(text: str) -> int:
    """Terminal columns ``text`` takes: a wide character takes two."""
    return sum(2 if WIDE.match(ch) else 1 for ch in text)


def clip(text: str, width: int) -> str:
    """``text`` in at most ``width`` terminal columns, ending in "…" where it is cut."""
    out, used = "", 0
    for ch in text:
        w = columns(ch)
        if used + w > width - 1 and len(text) > len(out) + 1:
            return out + "…"
        out, used = out + ch, used + w
    return out


#: Chinese punctuation that must not start a line.
_NO_LINE_START = set("，。；：、）」』！？》”")
#: A run of Latin text with its trailing spaces, or one other character.
_WORD = re.compile(r"[^\s" + WIDE.pattern[1:-1] + r"]+\s*|.")


def wrap(text: str, width: int = 80, indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns.

    Chinese breaks between any two characters, Latin text at spaces; continuation lines
    start with ``indent``.
    """
    if not WIDE.search(text):
        wrapped = textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False)
        return wrapped or [""]
    # Closing punctuation must not start a line: it travels with the token before it.
    groups: list[str] = []
    for token in _WORD.findall(text):
        if groups and token in _NO_LINE_START:
            groups[-1] += token
        else:
            groups.append(token)
    lines, line = [], ""
    for group in groups:
        if line.strip() and columns(line + group.rstrip()) > width:
            lines.append(line.rstrip())
            line = indent
        line += group
    return [*lines, line.rstrip()]


def plain_table(rows: list[list[str]]) -> list[str]:
    """Rows as aligned plain-text lines for a terminal, a rule under the first (header)."""
    widths = [max(columns(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell + " " * (w - columns(cell)) for cell, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines
