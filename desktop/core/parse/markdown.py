"""Articles stored as Markdown: web clippers' and note apps' pages, read as text.

A researcher keeps a page with a web clipper (Obsidian Web Clipper,
MarkDownload) or exports it from a note app (Notion, Joplin): the article's
words come with Markdown's markup (``# ``, ``**``, ``[words](url)``,
``![alt](url)``, ``> ``), and often with the clipping's metadata on top, in
YAML front matter between ``---`` lines::

    ---
    title: "Giao ban ... | Báo X"
    source: "https://..."
    author:
      - "[[Thu Hà]]"
    published: 2022-04-15T06:30:00+07:00
    created: 2024-10-03
    ---

:func:`to_text` gives the text a reader sees: the body parsed by
markdown-it-py (CommonMark, with tables) and its blocks' words read, so the
markup goes and every word stays (an image's address and alt text go, as on
the page; a list's items keep their marker); the front matter becomes
plain ``key: value`` lines over it (a list's items joined, quotes and wiki
links' brackets dropped), which the cleaner sets apart as the note's header
(:func:`.clean.split_note_header`): ``published:`` is the page's date,
``created:`` the day it was clipped. As with a page saved with its HTML, the
text read is the article's text from then on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: front matter: a ``---`` line opening the text, ``key:`` lines, a closing ``---`` line
_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\n(?P<body>(?:[ \t]*[A-Za-z_][\w -]{0,40}:.*\n(?:(?:[ \t]+.*|[ \t]*)\n)*)+)"
    r"(?:---|\.\.\.)[ \t]*(?:\n|\Z)"
)
_KEY_RE = re.compile(r"([A-Za-z_][\w -]{0,40}):[ \t]*(.*)")
#: a span with its attributes, as pandoc writes what Word underlined: ``[Nơi nhận:]{.underline}``
_PANDOC_SPAN_RE = re.compile(r"\[([^\[\]\n]{1,200})\]\{[.#][^{}\n]{0,80}\}")
#: pandoc's attributes after a link or an image: ``{width="6.2in" height="3.5in"}``
_PANDOC_ATTRS_RE = re.compile(r"(?<=\))\{[^{}\n]{1,120}\}")
#: pandoc's title block opening a document: "% title", "% authors", "% date" (one to three lines)
_PANDOC_TITLE_BLOCK_RE = re.compile(r"(?:%[^\n]*\n){1,3}(?=\s*\n)")
#: the signs of Markdown in a text: a link or an image with its address, a heading, bold words
_SIGNS = (
    ("](", re.compile(r"!?\[[^\]\n]{0,300}\]\((?:https?://|/|\.{0,2}/|#)[^)\s]{0,500}\)")),
    ("#", re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)),
    ("**", re.compile(r"\*\*\S[^*\n]{0,300}?\*\*")),
    # pandoc's: a footnote's mark, a table's rule, a span's attributes, an escaped mark
    ("[^", re.compile(r"\[\^\w{1,10}\]")),
    ("|-", re.compile(r"^\|[ :]*-{3,}[-:| ]*\|[ \t]*$", re.M)),
    ("]{", _PANDOC_SPAN_RE),
    ("\\", re.compile(r"^\d{1,3}\\\.[ \t]|\\-\\-|\\\*", re.M)),
)
#: a wiki link: ``[[Thu Hà]]``, ``[[Trang|Thu Hà]]``
_WIKI_LINK_RE = re.compile(r"\[\[(?:([^\]|\n]{1,200})\|)?([^\]|\n]{1,200})\]\]")


def _wiki_words(m: re.Match[str]) -> str:
    """The words a wiki link shows: its alias, or its target when the alias only shortens it.

    ``[[Trang|Thu Hà]]`` shows ``Thu Hà``; ``[[Quy định 294-QĐ/TW|Quy định 294]]``
    reads as its target, the alias cut from it: the note's reader loses no word,
    and the analyser reads the document's code.
    """
    target, alias = m.group(1), m.group(2)
    if target is not None and target.strip().casefold().startswith(alias.strip().casefold()):
        return target
    return alias


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is a Markdown document: front matter, or two kinds of its markup.

    One kind alone is not enough: a plain article may print ``**`` or a line
    opening with ``#`` (a hashtag has no space after it; a heading has).
    """
    if text.startswith(("---", "\ufeff---")) and _FRONT_MATTER_RE.match(text):
        return True
    kinds = sum(1 for hint, pattern in _SIGNS if hint in text and pattern.search(text))
    return kinds >= 2


def front_matter(text: str) -> tuple[list[tuple[str, str]], int]:
    """``([(key, value), ...], end)`` of the YAML front matter opening ``text``.

    Read line by line, not as YAML: a clipper's values are plain strings, and a
    value YAML would refuse (an unquoted ``: `` in a title) is still read. A
    key's list items (``  - "x"``) are joined by ``, ``; quotes and wiki links'
    brackets go. ``([], 0)`` when the text opens with none.
    """
    m = _FRONT_MATTER_RE.match(text)
    if m is None:
        return [], 0
    fields: list[tuple[str, str]] = []
    for line in m.group("body").splitlines():
        item = line.strip()
        if not item:
            continue
        key = _KEY_RE.fullmatch(line)
        if key and not line[:1].isspace():
            fields.append((key.group(1).strip(), _value(key.group(2))))
        elif fields:  # a list's item or a value's continued line
            item = _value(item[1:] if item.startswith("- ") else item)
            k, v = fields[-1]
            fields[-1] = (k, f"{v}, {item}" if v and v not in "|>" else item)
    return fields, m.end()


def _value(raw: str) -> str:
    value = raw.strip()
    if value[:1] == "[" and value[-1:] == "]" and not value.startswith("[["):
        value = value[1:-1]  # a flow list: [Xây dựng Đảng, Quảng Ninh]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return _WIKI_LINK_RE.sub(_wiki_words, value).strip()


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # raw HTML is read as the text it is (never as markup to run)
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    # every link is a link, its words read: nothing is rendered, so no address is unsafe
    # ("[In bài](javascript:window.print())", a share button a clipper kept)
    md.validateLink = lambda _url: True
    return md


def to_text(text: str) -> str:
    """The text a reader sees of a Markdown document (see the module's docstring)."""
    fields, end = front_matter(text)
    head = ""
    if not end and text[:1] == "%" and (pandoc := _PANDOC_TITLE_BLOCK_RE.match(text)) is not None:
        # pandoc's title block ("% title" / "% author; author" / "% date"): read as a page's
        # header, its title, its byline, its date line
        lines = [line[1:].strip() for line in pandoc.group().splitlines()]
        if len(lines) > 1 and lines[1]:
            lines[1] = f"Tác giả: {lines[1]}"
        head, end = "\n\n".join(x for x in lines if x) + "\n\n", pandoc.end()
    body = _WIKI_LINK_RE.sub(_wiki_words, text[end:])
    if "]{" in body:
        body = _PANDOC_SPAN_RE.sub(r"\1", body)
    if "){" in body:
        body = _PANDOC_ATTRS_RE.sub("", body)  # an image's size: "![...](media/image1.jpeg){width="6.2in"}"
    read = head + _blocks_text(_parser().parse(body))
    if not fields:
        return read
    header = "\n".join(f"{k}: {v}" if v else f"{k}:" for k, v in fields)
    return f"{header}\n\n{read}"


def _blocks_text(tokens: list[Token]) -> str:
    """The blocks' text, a blank line between blocks; list items keep a marker.

    A paragraph's soft line breaks stay line breaks (the cleaner joins wrapped
    lines); an item of a bulleted list opens with ``- ``, of a numbered one with
    its number; a table's row is its cells joined by `` | ``.
    """
    blocks: list[str] = []
    lists: list[list[int] | None] = []  # per open list: [next number], None when bulleted
    marker = ""
    row: list[str] | None = None
    for tok in tokens:
        t = tok.type
        if t == "bullet_list_open":
            lists.append(None)
        elif t == "ordered_list_open":
            start = tok.attrGet("start")  # (absent when the list opens at 1)
            lists.append([1 if start is None else int(str(start))])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open" and lists:
            numbered = lists[-1]
            marker = "- " if numbered is None else f"{numbered[0]}. "
            if numbered is not None:
                numbered[0] += 1
        elif t == "tr_open":
            row = []
        elif t == "tr_close" and row is not None:
            blocks.append(" | ".join(row))
            row = None
        elif t == "inline":
            words = _inline_text(tok.children or [])
            if row is not None:
                row.append(words)
            elif words.strip():
                blocks.append(marker + words)
                marker = ""
        elif t in ("fence", "code_block") and tok.content.strip():
            blocks.append(tok.content.rstrip("\n"))
    return "\n\n".join(blocks)


def _inline_text(children: list[Token]) -> str:
    out = []
    for tok in children:
        if tok.type in ("text", "code_inline", "html_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
        # (an image's alt text and address, and a link's address, are not read)
    return "".join(out)
