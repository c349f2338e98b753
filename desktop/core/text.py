"""Vietnamese text helpers: NFC normalisation, diacritic folding, hashing.

``fold`` is the one comparison key used everywhere (search index, filters,
directive index, notes filter). It maps every character of an NFC string to
exactly one character, so offsets in the folded text are offsets in the
original: a match found in folded text can be highlighted in the original.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS), None)
#: characters some tools type for others, read as what they stand for: the Icelandic eth for
#: the Vietnamese "Đ/đ" ("Ðảng", "67-QÐ/TW", a common mis-keying), full-width letters, digits
#: and signs ("２８/０３/２０２５"), the ideographic space, the Roman numerals' own letters ("quý Ⅰ")
_LOOK_ALIKES: dict[int, str] = {
    0xD0: "Đ", 0xF0: "đ", 0x3000: " ",
    **{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
    **dict(zip(range(0x2160, 0x2170), ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                       "XI", "XII", "L", "C", "D", "M"], strict=True)),
    **dict(zip(range(0x2170, 0x2180), ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                       "xi", "xii", "l", "c", "d", "m"], strict=True)),
}
_LOOK_ALIKE_RE = re.compile("[\u00d0\u00f0\u3000\uff01-\uff5e\u2160-\u217f]")


def _has_look_alikes(text: str) -> bool:
    """Whether ``text`` holds a look-alike, told cheaply: a regex scan of a Vietnamese text
    costs ~40 us an article, on every article read, and nearly none hold one. Full-width
    forms (U+FFxx) and Roman numerals (U+216x, U+217x) show as a 0xFF or a 0x21 byte in
    UTF-16, which C finds at once; only then (or for "!", 0x0021) is the regex run."""
    if "Ð" in text or "ð" in text or "\u3000" in text:
        return True
    if text.isascii():
        return False
    data = text.encode("utf-16-be", "surrogatepass")
    return (b"\xff" in data or b"\x21" in data) and _LOOK_ALIKE_RE.search(text) is not None


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, without zero-width characters or a BOM.

    Vietnamese text arrives both precomposed and decomposed (``hòa`` as one
    code point for ``ò`` or as ``o`` plus a combining grave); NFC makes them
    one string. Look-alike characters some tools type (``Ðảng`` with an
    Icelandic eth, full-width ``２０２５``, ``quý Ⅱ``) become the ones they stand for.
    """
    # str.translate with a dict costs ~0.5 us a character on non-ASCII text
    # (every miss raises inside CPython): look for the rare characters first.
    if any(ch in text for ch in _ZERO_WIDTH_CHARS):
        text = text.translate(_ZERO_WIDTH)
    if _has_look_alikes(text):
        text = text.translate(_LOOK_ALIKES)
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "đĐ":
        # SQLite's remove_diacritics and NFD both leave đ alone: fold it here.
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Return a diacritic- and case-insensitive key for ``text``, same length.

    ``fold("Đảng ủy Hoà Bình") == "dang uy hoa binh"``. Tone-mark placement
    variants (``hòa`` / ``hoà``) fold alike because both lose their marks.
    Input should be NFC; each code point maps to exactly one code point.
    """
    if text.isascii():
        return text.lower()
    if _BEYOND_TABLE.search(text) is None:
        # One C-level pass instead of a Python call per character: 3-4x
        # faster on an article, and fold runs on every stored article and
        # on every search hit's text.
        return text.translate(_fold_table())
    return "".join([_fold_char(c) for c in text])


_TABLE_END = 0x2500  # Latin, Vietnamese (U+1E00..U+1EFF), Greek, Cyrillic, punctuation
_BEYOND_TABLE = re.compile(f"[^\\x00-\\u{_TABLE_END - 1:04x}]")
_FOLD_TABLE: list[str] = []


def _fold_table() -> list[str]:
    """``_fold_char`` of every code point below ``_TABLE_END``, built on first use.

    A list indexed by code point: ``str.translate`` looks it up in C (a dict
    would raise and catch a KeyError for every character it does not map).
    """
    if not _FOLD_TABLE:
        _FOLD_TABLE.extend(_fold_char.__wrapped__(chr(i)) for i in range(_TABLE_END))
    return _FOLD_TABLE


_WS = re.compile(r"\s+")


_OLD_TONE_PLACE = re.compile(
    "(?<![qQ])([oOuU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])(?![^\\W\\d_])")


def tone_placement(text: str) -> str:
    """``text`` (NFC) with tone marks placed the new way: ``hoà`` -> ``hòa``, ``thuỷ`` -> ``thủy``.

    Only in a syllable ending with the pair (``oa``, ``oe``, ``uy``); ``hoàng``
    keeps its mark on ``a`` in both ways. Diacritics are otherwise kept, so
    ``Quang`` and ``Quảng`` stay apart.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE_PLACE.sub(r"\1\3\2", decomposed))


def fold_key(text: str) -> str:
    """``fold`` plus whitespace collapsed and stripped: a comparison key."""
    return _WS.sub(" ", fold(nfc(text))).strip()


#: the Vietnamese alphabet's order (a letter with its breve, circumflex or horn is a letter
#: of its own: a < ă < â < b ... o < ô < ơ ... u < ư); tones come second: none, huyền, hỏi,
#: ngã, sắc, nặng
_VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VI_RANK = {c: i for i, c in enumerate(_VI_LETTERS)}
_VI_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
#: the breve, the circumflex and the horn, which make a letter of the alphabet
_VI_MARKS = frozenset("\u0306\u0302\u031b")
_VI_OFFSET = 1000


def vi_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key that sorts Vietnamese in dictionary order: ``Chỉ thị`` before ``Chương trình``
    (``i`` before ``ư``; code points would put ``ư``, U+01B0, first), ``đ`` after ``d``,
    ``ô`` and ``ơ`` after ``o``, a word's tone only when its letters are alike."""
    letters: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch in _VI_TONES:
            if tones:
                tones[-1] = _VI_TONES[ch]
        elif ch in _VI_MARKS:
            if letters:  # one letter with the one before it: "ư" is "u" and a horn
                joined = unicodedata.normalize("NFC", letters[-1] + ch)
                if joined in _VI_RANK:
                    letters[-1] = joined
        else:
            letters.append(ch)
            tones.append(0)
    # (a letter of the alphabet after every other character: digits and spaces first)
    ranks = tuple(_VI_OFFSET + _VI_RANK[c] if c in _VI_RANK else ord(c) for c in letters)
    return ranks, tuple(tones), text


def content_hash(text: str) -> str:
    """SHA-256 of the NFC text with line endings and trailing spaces normalised.

    Two copies of one article that differ only in encoding, BOM, CRLF line ends
    or trailing white space hash alike.
    """
    norm = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    norm = "\n".join(line.rstrip() for line in norm.split("\n")).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
