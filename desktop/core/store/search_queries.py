"""Full-text search over articles and their notes, with snippets in the real text.

The index holds folded text, which has the same length as the original
(``text.fold`` maps one character to one), so a match found in the folded copy
is highlighted at the same offsets in the article's real text.

An article matches when its title or text matches, or when one of its notes
does (``note_search`` holds the folded text of each note, rowid = note id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.search import Term, exact_words, fts_query, has_diacritics, terms, tone_variants
from desktop.core.store.queries import period_json
from desktop.core.text import fold, nfc

CANDIDATES = 200  # newest matches ranked (all of them for a narrow query)
SNIPPET_CHARS = 180
TITLE_WEIGHT = 5.0


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    Attributes:
        id: the article.
        title: its title.
        date: its sort date (ISO) or None.
        snippet: plain text around the first match, with ``[`` ``]`` around
            each match (``snippet_spans`` gives the same places as offsets
            into ``snippet_text``, the snippet without the brackets).
        snippet_text: the snippet without brackets.
        snippet_spans: match spans in ``snippet_text``.
        rank: position in the results, 1 for the best.
        in_note: the match is in one of the article's notes, not its text.
    """

    id: int
    title: str
    date: str | None
    snippet: str
    snippet_text: str
    snippet_spans: tuple[tuple[int, int], ...]
    rank: float
    in_note: bool = False
    period: tuple[str, str, str] | None = None
    #: a query of several words this article holds only apart, never together as typed
    words_apart: bool = False

    @property
    def event_period(self) -> dict[str, str | None] | None:
        """``{"start", "end", "precision"}`` as ``articles --json`` has it, when the meeting
        is known by a period only (``date`` is then the period's first day); else None."""
        return period_json(*self.period) if self.period else None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (``search --json``)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "event_period": self.event_period,
            "words_apart": self.words_apart,
            "snippet": self.snippet,
            "rank": self.rank,
        }


def _periods(db: Database, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """``id -> (start, end, precision)`` of the articles among ``ids`` whose meeting is known
    by a period only (a month, a quarter, a half-year, a year), never as a day."""
    return {
        r[0]: (r[1], r[2], r[3])
        for r in db.execute(
            "SELECT id, event_start, event_end, event_precision FROM articles WHERE id IN "
            "(SELECT value FROM json_each(?)) AND event_date IS NULL AND event_precision IS NOT NULL",
            [_json_ids(ids)],
        )
    }


def _folded_pattern(query_terms: list[Term]) -> re.Pattern[str] | None:
    """One regex for every term of a query, run on *folded* text (``fold``
    output: plain lower-case letters), whole words.

    Each alternative starts with a literal letter and only then looks back
    for a word boundary (``d(?<!\\w.)ang``, the same as ``(?<!\\w)dang``):
    a pattern opening on an assertion is tried at every position of the
    text, one opening on a letter lets the engine skip to that letter, 8x
    faster on an article.
    """
    if not query_terms:
        return None
    alternatives = set()
    for term in query_terms:
        # Tokens are letters and digits, which re.escape leaves alone.
        body = r"[\W_]+".join(re.escape(t) for t in term.tokens)
        tail = r"\w*" if term.prefix else r"(?!\w)"
        alternatives.add(body[0] + r"(?<!\w.)" + body[1:] + tail)
    # Longer alternatives first, so a phrase wins over one of its words.
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)))


def _phrase(query_terms: list[Term]) -> Term | None:
    """The whole query as one phrase, when it has several terms (``đảng viên``).

    A Vietnamese word is often two syllables or more (``đảng viên``, ``tổ chức``),
    which the index keeps apart: a query of several is most often one word or
    one expression, and where the text has it as typed, that is what the user
    looks for (not every ``Đảng`` and every ``Ủy viên``).
    """
    if len(query_terms) < 2:
        return None
    return Term(tuple(tok for t in query_terms for tok in t.tokens), query_terms[-1].prefix)


@dataclass(frozen=True, slots=True)
class _Marks:
    """A query's folded patterns: the whole query as a phrase (None for one term) and each term."""

    phrase: re.Pattern[str] | None
    each: re.Pattern[str] | None

    @classmethod
    def of(cls, query_terms: list[Term]) -> _Marks:
        phrase = _phrase(query_terms)
        return cls(_folded_pattern([phrase]) if phrase is not None else None, _folded_pattern(query_terms))

    def shown(self, folded: str) -> re.Pattern[str] | None:
        """What to mark in a text: the query as a phrase where ``folded`` has it, else each term."""
        if self.phrase is not None and self.phrase.search(folded):
            return self.phrase
        return self.each


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Spans in ``text`` matching the query's terms, diacritic-insensitively.

    Whole words (a directive code as one span: ``26-HD/BTCTW``), except the
    word being typed, which also matches as a prefix, as the FTS query does.
    Where the text holds the whole query as a phrase, only the phrase is
    marked (see ``_phrase``). Used for highlighting matches in the reader.
    """
    folded = fold(text)  # (one code point for one: a span in it is the same span in text)
    pattern = _Marks.of(terms(nfc(query))).shown(folded)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(folded) if m.end() > m.start()]


def snippet(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS, lead: int | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A piece of ``text`` around its first span, and the spans inside it.

    Args:
        text: the article's text.
        spans: match spans in ``text``.
        width: about how many characters to keep.
        lead: about how many characters to keep before the first match
            (default a third of ``width``; a narrow list column wants few).

    Returns:
        ``(piece, spans)``: one line of text (``…`` where it was cut) and the
        match spans as offsets into that line.
    """
    flat = text.replace("\n", " ")
    if not spans:
        end = min(len(flat), width)
        space = flat.rfind(" ", 0, end)
        end = space if end < len(flat) and space > width // 2 else end
        return flat[:end] + ("…" if end < len(flat) else ""), ()
    first = spans[0][0]
    lead = width // 3 if lead is None else lead
    start = 0 if first <= lead else flat.rfind(" ", 0, first - lead) + 1
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", spans[0][1], end)
        end = space if space > 0 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return prefix + flat[start:end] + suffix, inside


def _bracketed(piece: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, last = [], 0
    for s, e in spans:
        out.append(piece[last:s])
        out.append("[" + piece[s:e] + "]")
        last = e
    out.append(piece[last:])
    return "".join(out)


def _exact_forms(query: str) -> list[tuple[str, ...]]:
    """For each word typed with marks, its spellings to look for as they are
    printed: either tone placement (``hòa``/``hoà``), lower, Capitalised, UPPER."""
    out = []
    for word in exact_words(query):
        forms = set()
        for variant in tone_variants(word):
            forms |= {variant, variant.capitalize(), variant.upper()}
        out.append(tuple(sorted(forms)))
    return out


def _has_word(text: str, forms: tuple[str, ...]) -> bool:
    """Whether one of ``forms`` stands in ``text`` as a whole word.

    ``str.find`` (a C memchr loop) instead of a regex: this runs on every
    candidate's full text, for every word of the query.
    """
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                return True
            start = text.find(form, start + 1)
    return False


def _candidates(db: Database, match: str, pool: int) -> dict[int, bool]:
    """The newest ``pool`` matching articles: ``id -> matched only in a note``.

    FTS5 walks a match's rowids newest first and stops at ``pool``; ranking
    every match by bm25 instead costs a full pass over each term's doclist
    (1-2 s for common words at 100,000 articles), so broad queries are
    ranked among their newest matches and narrow ones among all of them.
    """
    found: dict[int, bool] = {}
    for (rowid,) in db.execute(
        "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?",
        [match, pool],
    ):
        found[int(rowid)] = False
    for (article_id,) in db.execute(
        """SELECT DISTINCT n.article_id FROM notes n WHERE n.id IN
             (SELECT rowid FROM note_search WHERE note_search MATCH ?
              ORDER BY rowid DESC LIMIT ?)""",
        [match, pool],
    ):
        found.setdefault(int(article_id), True)
    return found


def _with_phrase(db: Database, phrase: Term, ids: list[int]) -> set[int]:
    """Which of the articles ``ids`` hold ``phrase`` (in their text or title).

    Looked for in the candidates' folded texts (the index's own content table),
    not with a phrase MATCH: that one reads the positions of every article
    holding the phrase ("tổ chức xây dựng Đảng": nearly all of 100,000) before
    the few candidates are kept.
    """
    pattern = _folded_pattern([phrase])
    if not ids or pattern is None:
        return set()
    return {int(i) for i, title, body in db.execute(
        "SELECT id, c0, c1 FROM article_search_content WHERE id IN (SELECT value FROM json_each(?))",
        [_json_ids(ids)]) if pattern.search(title or "") or pattern.search(body or "")}


def _note_text(db: Database, article_id: int, pattern: re.Pattern[str]) -> str | None:
    """The first note text (comment, then quote) of an article matching a folded pattern."""
    for comment, exact in db.execute(
        "SELECT comment, exact FROM notes WHERE article_id = ? ORDER BY start, id", [article_id]
    ):
        for text in (comment or "", exact or ""):
            if text and pattern.search(fold(text)):
                return text
    return None


def _titles(db: Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    """``id -> (folded title, sort date)`` read without touching the article rows.

    An article row holds its raw and clean texts before its title, so reading
    the title from ``articles`` walks every overflow page of both texts. The
    folded title is the first column of the full-text index's own content
    table (``c0``), and the date comes from the ``(id, sort_date)`` index.
    """
    dates = dict(
        db.execute(
            "SELECT id, sort_date FROM articles INDEXED BY idx_articles_id_date "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [_json_ids(ids)],
        ).fetchall()
    )
    out = {}
    for rowid, title in db.execute(
        "SELECT id, c0 FROM article_search_content WHERE id IN (SELECT value FROM json_each(?))",
        [_json_ids(ids)],
    ):
        if rowid in dates:
            out[int(rowid)] = (title or "", dates[rowid] or "")
    for article_id in dates.keys() - out.keys():  # no index row (should not happen): read it
        row = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
        out[int(article_id)] = (fold(row[0] or ""), dates[article_id] or "")
    return out


_TEXTS_SQL = (
    # The folded body the index holds is fold(clean_text) (writes.py): reading
    # it back costs less than folding the text again (str.translate, ~0.3 ms
    # an article).
    "SELECT a.id, a.title, a.clean_text, s.c1 FROM articles a "
    "LEFT JOIN article_search_content s ON s.id = a.id "
    "WHERE a.id IN (SELECT value FROM json_each(?))"
)


def _texts(db: Database, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """``id -> (title, clean_text, folded clean_text)``."""
    out = {}
    for article_id, title, text, folded in db.execute(_TEXTS_SQL, [_json_ids(ids)]):
        text = text or ""
        if folded is None or len(folded) != len(text):  # index out of step: fold here
            folded = fold(text)
        out[int(article_id)] = (title or "", text, folded)
    return out


def search(db: Database, query: str, *, limit: int = 50) -> list[Hit]:
    """Articles matching ``query``, best first.

    Folded matching finds ``Đảng ủy`` for ``dang uy``. Order: articles with
    the words exactly as typed (when the query carries diacritics: ``đảng``
    before ``đăng``, either tone placement), then those with more of the
    query's terms in their title, then the newest. Any input is safe: it
    never raises on syntax.

    Returns:
        Up to ``limit`` hits; ``rank`` is 1 for the best, 2 for the next...
    """
    query = nfc(query)
    match = fts_query(query)
    if match is None or limit <= 0:
        return []
    found = _candidates(db, match, max(limit, CANDIDATES))
    if not found:
        return []
    query_terms = terms(query)
    exact = _exact_forms(query) if has_diacritics(query) else []
    term_patterns = [_folded_pattern([t]) for t in query_terms]
    phrase = _phrase(query_terms)
    with_phrase = _with_phrase(db, phrase, list(found)) if phrase is not None else set()
    titles = _titles(db, list(found))
    texts: dict[int, tuple[str, str, str]] = {}
    if exact:
        # Exact spellings are looked for in the real text of every candidate.
        texts = _texts(db, list(titles))
    scored = []
    for article_id, (folded_title, _date) in titles.items():
        n_exact = 0
        if exact and article_id in texts:
            title, text, _folded = texts[article_id]
            n_exact = sum(1 for forms in exact if _has_word(title, forms) or _has_word(text, forms))
        in_title = sum(1 for p in term_patterns if p is not None and p.search(folded_title))
        scored.append((-n_exact, -(article_id in with_phrase), -in_title, -article_id))
    scored.sort()
    top = [-t[-1] for t in scored[:limit]]
    if not exact and top:
        texts = _texts(db, top)
    marks = _Marks.of(query_terms)
    pattern = marks.each
    periods = _periods(db, top)
    hits = []
    for position, article_id in enumerate(top, 1):
        title, source, folded = texts.get(article_id, ("", "", ""))
        date = titles[article_id][1]
        note_only = found[article_id]
        if pattern is not None and (note_only or not pattern.search(folded)):
            note = _note_text(db, article_id, pattern)
            if note is not None:
                source, folded = note, fold(note)
        piece, inside = _window_snippet(source, marks.shown(folded), folded=folded)
        apart = (phrase is not None and article_id not in with_phrase
                 and not (marks.phrase is not None and marks.phrase.search(folded)))
        hits.append(
            Hit(
                id=article_id,
                title=title,
                date=date or None,
                snippet=_bracketed(piece, inside),
                snippet_text=piece,
                snippet_spans=inside,
                rank=float(position),
                in_note=note_only,
                period=periods.get(article_id),
                words_apart=apart,
            )
        )
    return hits


def _window_snippet(
    text: str, pattern: re.Pattern[str] | None, lead: int | None = None, folded: str | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``snippet`` looking for matches only where the snippet will be.

    ``pattern`` is a folded one (``_folded_pattern``), run on ``fold(text)``
    (pass it as ``folded`` when already made): the spans are the same in
    the real text.
    """
    if pattern is None:
        return snippet(text, [], lead=lead)
    if folded is None:
        folded = fold(text)
    first = pattern.search(folded)
    if first is None:
        return snippet(text, [], lead=lead)
    lo = max(0, first.start() - SNIPPET_CHARS)
    hi = min(len(text), first.start() + 2 * SNIPPET_CHARS)
    spans = [(m.start(), m.end()) for m in pattern.finditer(folded, lo, hi) if m.end() > m.start()]
    return snippet(text, spans, lead=lead)


def article_snippet(
    db: Database, article_id: int, query: str, lead: int | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet of one article for ``query`` (for the result list, row by row)."""
    found = _texts(db, [article_id]).get(article_id)
    if found is None:
        return "", ()
    _title, text, folded = found
    marks = _Marks.of(terms(nfc(query)))
    pattern = marks.each
    if pattern is not None and pattern.search(folded) is None:
        note = _note_text(db, article_id, pattern)
        if note is not None:
            folded_note = fold(note)
            return _window_snippet(note, marks.shown(folded_note), lead, folded=folded_note)
    return _window_snippet(text, marks.shown(folded), lead, folded=folded)


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
