"""Small helpers shared by the analyser stages: fast folding and word starts.

``ffold`` gives exactly the same result as :func:`desktop.core.text.fold` for
every character below U+2500 (all of Vietnamese and Latin), but through one
``str.translate`` call instead of a Python loop, and for long texts (a whole
article) through a few whole-buffer byte operations instead (see
:func:`_fold_long`), about twice as fast again.
Like ``fold`` it maps each code point to exactly one code point, so offsets in
the folded text are offsets in the original.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from desktop.core.parse import regexes
from desktop.core.text import fold


def _build_fold_table() -> list[str]:
    # a list indexed by code point: str.translate looks it up in C, about twice as
    # fast as a dict; code points past its end (IndexError) are left unchanged
    table = [chr(i) for i in range(0x2500)]
    for i in range(0x41, 0x5B):
        table[i] = chr(i + 32)
    # Latin-1 to Box Drawing: covers every Vietnamese letter (U+1E00..U+1EFF)
    for i in range(0x80, 0x2500):
        folded = fold(chr(i))
        if len(folded) == 1:
            table[i] = folded
    return table


_FOLD_TABLE = _build_fold_table()

# --------------------------------------------------------------------------
# long texts: fold through UTF-16 bytes
#
# ``str.translate`` costs ~60 ns a character on non-ASCII text (a Python-level
# lookup per character). For a long text, _fold_long works on whole buffers
# instead: the UTF-16-LE code units are split into their low bytes and their
# high bytes ("pages"); each supported page has a 256-entry byte table from a
# low byte to an index into one shared 256-character output alphabet; the page
# of each character selects its table through big-integer AND masks; one
# ``charmap_decode`` turns the indexes into the folded characters. Pages: ASCII
# and Latin-1 (0x00), Latin Extended-A/B (0x01: ă đ ĩ ũ ơ ư), Latin Extended
# Additional (0x1E: every toned Vietnamese vowel) and General Punctuation
# (0x20: dashes, quotes, odd spaces). Anything else (another page, a letter of
# a supported page missing from its table, a lone surrogate) falls back to
# ``str.translate``: the result is always exactly ``text.translate(_FOLD_TABLE)``.

_PAGES = (0x00, 0x01, 0x1E, 0x20)
#: non-ASCII results taken besides page 0's: general punctuation seen in articles
_PUNCT = ("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
          "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e"
          "\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u202f\u205f")
_NO_INDEX = 0xFF  # index of "not in the tables": never an output
#: shortest text folded by _fold_long (below it str.translate is as fast)
_LONG = 200


def _build_long_tables() -> tuple[bytes, tuple[tuple[int, bytes, bytes], ...], str]:
    outputs = [chr(i).translate(_FOLD_TABLE) for i in range(128)]
    index = {c: i for i, c in enumerate(outputs)}
    page_class = bytearray([_NO_INDEX]) * 256
    pages = []
    for k, page in enumerate(_PAGES):
        page_class[page] = k
        table = bytearray([_NO_INDEX]) * 256
        for lo in range(256):
            ch = chr(page << 8 | lo)
            if page == 0 and lo < 128:
                table[lo] = lo
                continue
            folded = ch.translate(_FOLD_TABLE)
            if page != 0 and not (folded.isascii() or ch in _PUNCT):
                continue
            if folded not in index:
                if len(outputs) >= _NO_INDEX:
                    continue
                index[folded] = len(outputs)
                outputs.append(folded)
            table[lo] = index[folded]
        mask = bytearray(256)
        mask[k] = 0xFF
        pages.append((k, bytes(table), bytes(mask)))
    outputs += ["\ufffd"] * (256 - len(outputs))
    return bytes(page_class), tuple(pages), "".join(outputs)


_PAGE_CLASS, _PAGE_TABLES, _OUTPUTS = _build_long_tables()
_NO_INDEX_BYTE = bytes([_NO_INDEX])


def _fold_long(text: str) -> str:
    """``text.translate(_FOLD_TABLE)`` through whole-buffer byte operations."""
    try:
        units = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate
        return text.translate(_FOLD_TABLE)
    classes = units[1::2].translate(_PAGE_CLASS)
    if _NO_INDEX_BYTE in classes:
        return text.translate(_FOLD_TABLE)
    low = units[0::2]
    indexes = 0
    for k, table, mask in _PAGE_TABLES:
        if k in classes:
            indexes |= (int.from_bytes(low.translate(table), "little")
                        & int.from_bytes(classes.translate(mask), "little"))
    out = indexes.to_bytes(len(low), "little")
    if _NO_INDEX_BYTE in out:
        return text.translate(_FOLD_TABLE)
    return codecs.charmap_decode(out, "strict", _OUTPUTS)[0]


def ffold(text: str) -> str:
    """Fold ``text`` like :func:`desktop.core.text.fold`, same length, fast.

    ``ffold("Đảng ủy Hoà Bình") == "dang uy hoa binh"``.
    """
    if len(text) >= _LONG:
        return _fold_long(text)
    return text.translate(_FOLD_TABLE)


def word_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a word (no letter, digit or ``_`` right before it).

    Patterns check this in Python rather than with a leading look-behind, which
    would keep the regex engine from skipping ahead to the pattern's first letters.
    """
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


#: what is stripped from a line's ends before it is compared with chrome or labels
FOLD_STRIP = " \t\xa0.:;,|-–—*•·>»<«‹›"


@functools.lru_cache(maxsize=8192)
def folded_line(text: str) -> str:
    """``text`` folded, its surrounding punctuation and spaces stripped (cached).

    Chrome, labels and date lines repeat from article to article: each is folded once.
    """
    folded = ffold(text).strip(FOLD_STRIP)
    if folded and not (folded[0].isalnum() and folded[-1].isalnum()):
        # and the pictographs a social page sets around a line: "📌 Tin cùng chuyên mục"
        lo, hi = 0, len(folded)
        while lo < hi and (folded[lo] in FOLD_STRIP or is_pictograph(folded[lo])
                           and folded[lo] not in "©®"):  # "© 2024 Báo X": a footer's mark, kept
            lo += 1
        while hi > lo and (folded[hi - 1] in FOLD_STRIP or is_pictograph(folded[hi - 1])):
            hi -= 1
        folded = folded[lo:hi]
    return folded


#: Unicode categories of pictographs (trimmed off a line's or a headline's ends): symbols (emoji, ★), format characters (the
#: zero-width joiner), variation selectors (Mn), private-use icons (Co)
SYMBOLS = frozenset({"So", "Sk", "Cf", "Mn", "Co"})


def is_pictograph(char: str) -> bool:
    """A pictograph or an icon: a character of :data:`SYMBOLS`, or a mathematical sign
    beyond ASCII that a page draws as an icon (``⊕ Mở trang gốc``, ``Aa ⋮``, ``×``).

    (``+``, ``=``, ``<`` and ``|`` are not: they are text.)
    """
    cat = unicodedata.category(char)
    return cat in SYMBOLS or cat == "Sm" and char > "\x7f"


#: a widget's count after it: "Bình luận (12)", "Thích 48"
_COUNT_AFTER_RE = re.compile(r"\s*\(\d[\d.,]*\)\s*$")


def widget_pieces(text: str) -> tuple[list[str], int]:
    """The ``|``-separated pieces of a line that are not widgets, and how many pieces.

    ``"Tác giả: Thu Trang | Lượt xem: 287"`` -> ``(["Tác giả: Thu Trang"], 2)``;
    a row of widgets (``Lượt xem: 587 | Chia sẻ | In bài``) keeps none.
    """
    # (a piece of symbols alone, "🖨", is an icon)
    parts = [p for p in regexes.CHROME_ROW_SPLIT_RE.split(text) if any(c.isalnum() for c in p)]
    # (a widget may sit in brackets: "[In trang] | [Gửi email] | [Về đầu trang]", or show
    # its count: "Bình luận (12)")
    kept = [p.strip() for p in parts
            if not regexes.CHROME_LINE_F.fullmatch(folded_line(_COUNT_AFTER_RE.sub("", p)).strip("[]"))
            and p.strip() not in regexes.EXACT_CHROME]
    return kept, len(parts)


#: the gap between two columns of a line: "THƯ KÝ      CHỦ TRÌ", a tab
_COLUMN_GAP_RE = re.compile(r"[ \xa0]{3,}|\t+")


def column_spans(text: str) -> list[tuple[int, int]]:
    """Where the cells of a line printed in columns are, apart by three spaces or more, or
    tabs: ``(start, end)`` of each cell that holds anything (one for a line that is not)."""
    spans, pos = [], 0
    for gap in _COLUMN_GAP_RE.finditer(text):
        spans.append((pos, gap.start()))
        pos = gap.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def written_with_marks(line: str) -> bool:
    """Whether ``line`` is written with its diacritics: a quarter of its words or more hold one
    (Vietnamese prose holds them in most; a line typed without them, a few words aside, holds
    none: "Trien khai ... theo QĐ 366 của BCT")."""
    words = line.split()
    return 4 * sum(not w.isascii() for w in words) >= len(words) > 0
