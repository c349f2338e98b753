"""Full-text search over articles (and notes), with snippets in the real text.

The index holds folded text, which has the same length as the original
(``text.fold`` maps one character to one), so a match found in the folded copy
is highlighted at the same offsets in the article's real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.search import fts_query, has_diacritics, tokens
from desktop.core.text import fold, nfc

CANDIDATES = 300  # rows re-ranked for exact-diacritic matches
SNIPPET_CHARS = 180


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    Attributes:
        snippet: plain text around the first match, with ``[`` ``]`` marks
            around matches (``snippet_spans`` gives the same as offsets).
    """

    id: int
    title: str
    date: str | None
    snippet: str
    snippet_spans: tuple[tuple[int, int], ...]
    rank: float

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (``search --json``)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "snippet": self.snippet,
            "rank": self.rank,
        }


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Spans in ``text`` matching the query's words, diacritic-insensitively.

    Whole words, except the last word typed, which also matches as a prefix
    (as the FTS query does). Used for snippets and for highlighting matches in
    the reader.
    """
    words = tokens(query)
    if not words:
        return []
    folded = fold(text)
    last = words[-1]
    alternatives = [re.escape(w) + r"\b" for w in sorted(set(words[:-1]), key=len, reverse=True)]
    alternatives.append(re.escape(last) + ("" if query.rstrip().endswith('"') else r"\w*"))
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.UNICODE)
    return [(m.start(), m.end()) for m in pattern.finditer(folded) if m.end() > m.start()]


def _snippet(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    if not spans:
        piece = text[:SNIPPET_CHARS].replace("\n", " ")
        return piece, ()
    first = spans[0][0]
    start = max(0, text.rfind(" ", 0, max(0, first - SNIPPET_CHARS // 3)) + 1)
    end = min(len(text), start + SNIPPET_CHARS)
    space = text.find(" ", end)
    end = space if 0 < space < end + 20 else end
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    piece = text[start:end]
    marked, last = [], 0
    for s, e in inside:
        marked.append(piece[last:s])
        marked.append("[" + piece[s:e] + "]")
        last = e
    marked.append(piece[last:])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return (prefix + "".join(marked) + suffix).replace("\n", " "), tuple(inside)


def search(db: Database, query: str, *, limit: int = 50) -> list[Hit]:
    """Articles matching ``query``, best first.

    Folded matching finds ``Đảng ủy`` for ``dang uy``; when the query carries
    diacritics, articles containing the words exactly as typed rank first
    (``đảng`` before ``đăng``). Any input is safe.
    """
    match = fts_query(query)
    if match is None:
        return []
    rows = db.execute(
        """SELECT a.id, a.title, a.sort_date, a.clean_text, bm25(article_search, 5.0, 1.0)
           FROM article_search JOIN articles a ON a.id = article_search.rowid
           WHERE article_search MATCH ? ORDER BY bm25(article_search, 5.0, 1.0) LIMIT ?""",
        [match, max(limit, CANDIDATES) if has_diacritics(query) else limit],
    ).fetchall()
    exact_words = [w for w in re.findall(r"\w+", nfc(query).lower()) if fold(w) != w]
    hits = []
    for article_id, title, date, text, rank in rows:
        exact = 0
        if exact_words:
            low = (title + "\n" + text).lower()
            exact = sum(1 for w in exact_words if re.search(r"\b" + re.escape(w) + r"\b", low))
        spans = match_spans(text, query)
        snippet, snippet_spans = _snippet(text, spans)
        hits.append((-exact, rank, Hit(article_id, title, date or None, snippet, snippet_spans, float(rank))))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [h[2] for h in hits[:limit]]
