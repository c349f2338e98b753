"""Turning what a user types into a safe FTS5 query. Qt-free.

Every term is folded (``Đảng`` -> ``dang``) and double-quoted, so no input can
be read as FTS5 syntax: ``AND``, ``*``, ``-``, brackets and stray quotes are
searched as text. A word holding punctuation (``26-HD/BTCTW``) becomes a
phrase of its parts, which is how the tokenizer indexed it.
"""

from __future__ import annotations

import re

from desktop.core.text import fold, nfc

_TOKEN = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r'"([^"]*)"')


def tokens(text: str) -> list[str]:
    """The folded index tokens of ``text``, as FTS5's unicode61 sees them."""
    return _TOKEN.findall(fold(nfc(text)).replace("_", " "))


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None if it has no terms.

    ``dang uy`` -> ``"dang" "uy"`` (both words, any order);
    ``"to chuc dang"`` -> ``"to chuc dang"`` (a phrase);
    ``26-HD/BTCTW`` -> ``"26 hd btctw"``; the last bare word also matches as
    a prefix so results appear while typing.
    """
    parts: list[str] = []
    rest = text
    for phrase in _QUOTED.findall(text):
        words = tokens(phrase)
        if words:
            parts.append('"' + " ".join(words) + '"')
    rest = _QUOTED.sub(" ", text).replace('"', " ")
    words = rest.split()
    for i, word in enumerate(words):
        toks = tokens(word)
        if not toks:
            continue
        term = '"' + " ".join(toks) + '"'
        if i == len(words) - 1 and len(toks) == 1 and not text.rstrip().endswith('"'):
            term += "*"
        parts.append(term)
    return " ".join(parts) or None


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries Vietnamese marks (or đ): exact matches rank first."""
    text = nfc(text)
    return fold(text) != text.lower()
