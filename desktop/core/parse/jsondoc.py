"""Articles saved as a news site's or app's JSON: its article read as a page's text.

A researcher copies what a site's API answered (the browser's view of
``/api/articles/184523``, a scraper's dump) and saves it as a text file::

    {"status": 200, "data": {"id": 184523, "title": "...", "sapo": "...",
     "publishDate": "2025-09-13T07:45:00+07:00", "author": "Hoài Nam",
     "content": "<p>Chiều ngày 12-9, ...</p>", "tags": [...], "related": [...]}}

:func:`to_text` gives the article as its page would print it: the headline,
the date and author lines, the sapo, then the body (its HTML read by
:func:`.markup.strip_markup`). The rest of the record (ids, addresses, tags,
other articles the site relates to it) is the site's, not the article's, and
is not read. As with a page saved with its HTML, the text read is the
article's text from then on.

A list of articles (a JSON Feed's ``items``, a note app's export of its notes)
is read as its longest article, the others printed under it as their own
items: they are the feed's or the reader's, kept. A note has no title of its
own: the first line of its ``content`` is.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop.core.parse import markup

#: the keys of an article's fields, as sites name them (first found wins)
_TITLE_KEYS = ("title", "headline", "name")
_BODY_KEYS = ("content", "body", "articleBody", "contentHtml", "html", "text", "fulltext", "content_text",
              "content_html")
_DATE_KEYS = ("publishDate", "publishedAt", "published_at", "datePublished", "publish_date",
              "pubDate", "published", "publishTime", "date", "createdAt", "created_at", "date_published")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_SAPO_KEYS = ("sapo", "lead", "summary", "description", "excerpt", "teaser")
#: a text this long at most is tried as JSON (a 4 KB article's record is far smaller)
_MAX_CHARS = 2_000_000
#: a JSON text's opening (matched, not stripped: no copy of the text)
_OPENS_JSON_RE = re.compile(r"[\ufeff \t\r\n]*[{\[]")
#: how deep into the record the article is looked for
_MAX_DEPTH = 4
#: how many items of a list of articles are read
_MAX_ITEMS = 100
#: the shortest note (a body with no title) read as an article
_NOTE_MIN = 200


def article_fields(text: str) -> dict[str, str] | None:
    """The article's fields of a JSON record (``title``, ``date``, ``author``, ``sapo``,
    ``body``, and ``more``: the other items of a list of articles, as text), or None when
    ``text`` is no JSON holding an article with a body."""
    if len(text) > _MAX_CHARS or not _OPENS_JSON_RE.match(text):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _article(data, 0)


def _article(data: Any, depth: int) -> dict[str, str] | None:
    """The first article found, outer objects first (``{"data": {...}}``); of a list of
    articles, the longest, with the others' text (a feed's ``{"items": [{...}, {...}]}``)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(data, dict):
        found = _fields(data)
        if found is not None:
            return found
        for value in data.values():
            if isinstance(value, (dict, list)) and (found := _article(value, depth + 1)) is not None:
                return found
    elif isinstance(data, list):
        items = [f for v in data[:_MAX_ITEMS] if isinstance(v, dict) and (f := _fields(v)) is not None]
        if items:
            main = max(items, key=lambda f: len(f["body"]))
            main["more"] = "\n".join(to_text(f) for f in items if f is not main)
            return main
        if data:  # (a list's first item: the article asked for)
            return _article(data[0], depth + 1)
    return None


def _fields(obj: dict[str, Any]) -> dict[str, str] | None:
    """An object's article fields, when it holds an article: a title and a body, or a note's
    body alone."""
    title, body = _first(obj, _TITLE_KEYS), _first(obj, _BODY_KEYS)
    if not body or not title and not (isinstance(obj.get("content"), str) and len(body) >= _NOTE_MIN):
        return None
    return {"title": title, "date": _first(obj, _DATE_KEYS), "author": _first(obj, _AUTHOR_KEYS),
            "sapo": _first(obj, _SAPO_KEYS), "body": body, "more": ""}


def to_text(fields: dict[str, str]) -> str:
    """The article of :func:`article_fields` as its page prints it, a line a field (a
    note's first line its title), then the other items of its list."""
    lines = [fields["title"]] if fields["title"] else []
    if fields["date"]:
        lines.append(fields["date"])
    if fields["author"]:
        lines.append(f"Tác giả: {fields['author']}")
    body, sapo = _read(fields["body"]), _read(fields["sapo"])
    if sapo and sapo not in body:
        lines.append(sapo)
    head = "\n\n".join(lines) + "\n\n" if lines else ""
    return head + body + "\n" + ("\n" + fields["more"] if fields.get("more") else "")


def _read(value: str) -> str:
    """A field's text, its HTML read as a page's (a sapo may hold a tag or two too)."""
    return (markup.strip_markup(value) if "<" in value or "&" in value else value).strip()


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of ``keys`` holding a non-empty value, as text (a list's names joined)."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        elif isinstance(value, list):
            value = ", ".join(str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return ""
