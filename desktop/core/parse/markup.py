"""Pages saved as text with their HTML left in: tags and entities out, lines kept.

A ``.txt`` file made by "save page as text" or by copying a page's source may
still hold ``<p>``, ``<br>``, ``<h2 class="title">``, ``&nbsp;``, ``&raquo;``.
When a text holds several of them (:func:`looks_like_markup`), the analyser
reads :func:`strip_markup`'s version of it instead: block elements become line
breaks, other tags go, ``<script>``/``<style>`` blocks and comments go with
their content, entities become their characters (the standard library's
``html.unescape``). That version is the article's text from then on (its
offsets, notes and the reader's text refer to it), as NFC normalisation is.

A text with a stray tag or two (an ``<img>`` line, a ``<script>`` a scraper
left) is not touched here: the cleaner drops such lines, and the reader shows
any other ``<`` as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

#: tags counted as the sign of a page saved with its HTML (a scraper's stray
#: ``<img>`` or ``<script>`` line is not)
_SIGN_RE = re.compile(
    r"</?(?:p|div|br|span|em|strong|b|i|u|h[1-6]|li|ul|ol|a|table|tr|td|th|section|article"
    r"|header|footer|blockquote|figure|figcaption)\b[^<>]{0,300}>"
    r"|&(?:nbsp|ndash|mdash|raquo|laquo|quot|amp|lt|gt|hellip|rsquo|lsquo|rdquo|ldquo|#\d{2,5});",
    re.IGNORECASE,
)
#: how many signs make a text a page saved with its HTML, and how many block elements
MIN_SIGNS, MIN_BLOCKS = 3, 2
_DROP_RE = re.compile(r"<(script|style|noscript)\b[^>]{0,500}>.*?</\1\s*>|<!--.*?-->",
                      re.IGNORECASE | re.DOTALL)
_BLOCK_RE = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure"
    r"|figcaption)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}\b[^<>]{0,300}>")
_BLANK_LINES_RE = re.compile(r"[ \t\xa0]*\n(?:[ \t\xa0]*\n)+")


def looks_like_markup(text: str) -> bool:
    """Whether ``text`` is a page saved with its HTML.

    It takes :data:`MIN_SIGNS` tags or entities, :data:`MIN_BLOCKS` of them
    block elements (``<p>``, ``<div>``, ``<br>``, ``<h2>`` ...): a page has
    its paragraphs marked up, while a text that merely holds some markup (an
    article quoting a link or a script, which the reader shows as characters)
    has no paragraph structure in it.
    """
    if "<" not in text:
        return False
    return (_at_least(_BLOCK_RE.finditer(text), MIN_BLOCKS)
            and _at_least(_SIGN_RE.finditer(text), MIN_SIGNS))


def _at_least(matches: Iterator[re.Match[str]], n: int) -> bool:
    # stops at the n-th match: a long text is not scanned to its end
    return any(i >= n for i, _m in enumerate(matches, start=1))


def strip_markup(text: str) -> str:
    """``text`` without its tags and entities: blocks become line breaks.

    ``"<h2>Giao ban</h2>\\n<p>Sáng 13/8,&nbsp;Ban ...</p>"`` ->
    ``"Giao ban\\n\\nSáng 13/8,\\xa0Ban ..."``.
    """
    text = _DROP_RE.sub("", text)
    text = _BLOCK_RE.sub("\n", text)
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    return _BLANK_LINES_RE.sub("\n\n", text).strip("\n")


#: an HTML entity left in a text copied from a badly made page: "&nbsp;", "&quot;", "&#8220;"
#: ("&lt;", "&gt;" and "&amp;" stay as typed: they spell markup, and text is shown as text)
_ENTITY_RE = re.compile(r"&(?:nbsp|quot|apos|ndash|mdash|hellip|ldquo|rdquo|lsquo|rsquo"
                        r"|#(?!(?:0*(?:38|60|62)|[xX]0*(?:26|3[cCeE]));)(?:\d{2,6}|[xX][0-9a-fA-F]{2,5}));")
#: characters nobody sees that break words apart: the soft hyphen, zero-width spaces and
#: non-joiners, the word joiner, a byte-order mark inside the text (the joiner of emoji stays)
_INVISIBLE = "\u00ad\u200b\u200c\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def without_leftovers(text: str) -> str:
    """``text`` with HTML entities decoded and invisible characters removed.

    A page's text copied badly keeps ``&nbsp;`` and ``&quot;`` (``Quy định&nbsp;số
    57-QĐ/TW``), and soft hyphens or zero-width spaces inside words (``Nguyễn Thị
    Thu\\u00adHà``): the reader would show the entities, and names and codes would
    not be read (nor would a subtitle file's override tags be left out: ``{\\an8}ĐẠI HỘI
    ...``). Line breaks become ``\n`` (a file from Windows has ``\r\n``, an old Mac's
    ``\r``), so that lines run on alike whatever wrote the file. A printed page's
    drop cap alone on its line joins the rest of its word. The result is
    the text read, which offsets then refer to. Most texts have none of them and are
    returned as they are.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _ENTITY_RE.search(text):
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
    if any(c in text for c in _INVISIBLE):
        text = _INVISIBLE_RE.sub("", text)
    if "\n" in text[:_DROP_CAP_ZONE] and _DROP_CAP_RE.search(text, 0, _DROP_CAP_ZONE):
        text = _DROP_CAP_RE.sub(_drop_cap, text)
    if "{\\" in text and "-->" in text:
        text = _CUE_TAG_RE.sub("", text)
    if any(c in text for c in "ﬀﬁﬂﬃﬄ"):  # a PDF's ligatures, copied as one sign: "ﬁ" is "fi"
        text = text.translate(_LIGATURES)
    return text


_LIGATURES = {ord("ﬀ"): "ff", ord("ﬁ"): "fi", ord("ﬂ"): "fl", ord("ﬃ"): "ffi", ord("ﬄ"): "ffl"}


#: a subtitle file's override tags (SSA's, kept in an SRT file): "{\an8}", "{\i1}", "{\i0}"
_CUE_TAG_RE = re.compile(r"\{\\[^{}\n]{1,40}\}")


#: a printed page's drop cap, alone on its line over the rest of its word (a PDF's text:
#: "S\náng 12-7, Ban ..."): joined to it
_DROP_CAP_RE = re.compile(r"\n([^\W\d_])\n(?=[^\W\d_]{1,12}[ ,])")
#: how far into a text its drop cap is looked for (it opens the article, under the page's head)
_DROP_CAP_ZONE = 3000


def _drop_cap(m: re.Match[str]) -> str:
    letter = m.group(1)
    after = m.string[m.end() : m.end() + 1]
    return "\n" + letter if letter.isupper() and after.islower() else m.group()
