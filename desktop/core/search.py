"""Turning what a user types into a safe FTS5 query. Qt-free.

Every term is folded (``Đảng`` -> ``dang``) and double-quoted, so no input can
be read as FTS5 syntax: ``AND``, ``NEAR``, ``*``, ``-``, ``^``, ``:``,
brackets and stray quotes are searched as text (or dropped when they are only
punctuation). A word holding punctuation (``26-HD/BTCTW``) becomes a phrase of
its parts, which is how the unicode61 tokenizer indexed it, so directive codes
can be searched as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.text import fold, nfc

MAX_TERMS = 32  # a pasted paragraph still makes a quick query

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True, slots=True)
class Term:
    """One thing every result must contain.

    Attributes:
        tokens: folded index tokens, in order (a phrase when more than one).
        prefix: the last token may be the start of a longer word (the word
            being typed).
    """

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        """This term as an FTS5 phrase (quoted, so never syntax)."""
        return '"' + " ".join(self.tokens) + '"' + ("*" if self.prefix else "")

    def pattern(self) -> str:
        """A regex over *folded* text matching this term, whole words."""
        body = r"\W+".join(re.escape(t) for t in self.tokens)
        return r"\b" + body + (r"\w*" if self.prefix else r"\b")

    def raw_pattern(self) -> str:
        """A regex over the *real* text matching this term, whole words, any marks."""
        body = r"[\W_]+".join(raw_token_pattern(t) for t in self.tokens)
        return r"(?<!\w)" + body + (r"\w*" if self.prefix else r"(?!\w)")


def _build_classes() -> dict[str, str]:
    """For each folded letter, every character that folds to it (``a`` -> ``aàáảãạăắ…``)."""
    found: dict[str, set[str]] = {}
    for i in range(0x30, 0x2000):
        char = chr(i)
        folded = fold(char)
        if len(folded) == 1 and folded.isascii() and folded.isalnum():
            found.setdefault(folded, {folded}).add(char)
    return {k: "[" + "".join(sorted(re.escape(c) for c in v)) + "]" for k, v in found.items()}


_CLASSES = _build_classes()


def raw_token_pattern(token: str) -> str:
    """A regex matching a folded token in *real* (NFC) text: ``dang`` -> ``[dDđĐ][aAàá…]…``.

    Searching the real text directly avoids folding whole articles (a Python
    loop per character) just to find where a match is.
    """
    return "".join(_CLASSES.get(c, re.escape(c)) for c in token)


def tokens(text: str) -> list[str]:
    """The folded index tokens of ``text``, as FTS5's unicode61 sees them."""
    return _TOKEN.findall(fold(nfc(text)))


def terms(text: str) -> list[Term]:
    """The terms of a query: quoted phrases, then the words outside quotes.

    ``dang uy`` -> two terms; ``"to chuc dang"`` -> one phrase;
    ``26-HD/BTCTW`` -> the phrase ``26 hd btctw``. Whole words only: a
    prefix term (``tri*``) merges the doclists of every word it starts
    (tri, trien, trinh, trieu…), hundreds of milliseconds at 100,000
    articles, and the box searches on a pause in typing anyway.
    """
    found: list[Term] = []
    for phrase in _QUOTED.findall(text):
        words = tokens(phrase)
        if words:
            found.append(Term(tuple(words)))
    rest = _QUOTED.sub(" ", text).replace('"', " ")
    for word in rest.split():
        toks = tokens(word)
        if toks:
            found.append(Term(tuple(toks)))
    # Drop repeats, keep order.
    unique: list[Term] = []
    for term in found:
        if term not in unique:
            unique.append(term)
    return unique[:MAX_TERMS]


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None if it has no terms.

    ``dang uy`` -> ``"dang" "uy"`` (both words, any order);
    ``26-HD/BTCTW`` -> ``"26 hd btctw"``.
    """
    found = terms(text)
    if not found:
        return None
    return " ".join(term.fts() for term in found)


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries Vietnamese marks (or đ): exact matches rank first."""
    text = nfc(text)
    return fold(text) != text.lower()


def exact_words(text: str) -> list[str]:
    """The words of a query typed with diacritics, lower-cased NFC (``đảng``)."""
    return [w for w in _TOKEN.findall(nfc(text).lower()) if fold(w) != w]


_TONES = "\u0300\u0301\u0303\u0309\u0323"
# "hòa" / "hoà", "thủy" / "thuỷ", "khỏe" / "khoẻ": old and new tone placement.
_TONE_ON_FIRST = re.compile(f"(?<![qQ])([ou])([{_TONES}])([aeyAEY])(?![\\w{_TONES}]*[a-z]\\w)")
_TONE_ON_SECOND = re.compile(f"(?<![qQ])([ou])([aey])([{_TONES}])(?!\\w)")


def tone_variants(word: str) -> set[str]:
    """``word`` and its other tone placement, if any (``hòa`` -> {hòa, hoà})."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", word)
    out = {word}
    moved = _TONE_ON_FIRST.sub(r"\1\3\2", nfd)
    if moved == nfd:
        moved = _TONE_ON_SECOND.sub(r"\1\3\2", nfd)
    out.add(unicodedata.normalize("NFC", moved))
    return out
