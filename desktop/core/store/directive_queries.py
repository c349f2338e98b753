"""Reads for the directive cross-links (issue 4): panel, index, related articles.

Everything here is paged or bounded: the panel of a directive cited by 10,000
articles loads one page of citing articles at a time, and for each mention only
a window of the article's text around it (``substr`` in SQL), never the full
texts. Keyword-in-context sentences are cut from that window by ``kwic``, a
pure function.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core import linking
from desktop.core.store.queries import period_json
from desktop.core.text import vi_sort_key

#: How much text each side of a mention is read to find its sentence.
WINDOW = 500
#: How much of the sentence each side of a mention is shown at most.
KWIC_SIDE = 170


class GroupBy(enum.StrEnum):
    """How the directive index groups directives."""

    TYPE = "type"
    ISSUER = "issuer"


_GROUP_COLUMN = {GroupBy.TYPE: "type", GroupBy.ISSUER: "issuer_group"}


# --- keyword in context -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Kwic:
    """The sentence around a mention, split at the mention.

    Attributes:
        before: sentence text before the mention (trimmed to ``KWIC_SIDE``).
        match: the mention as printed.
        after: sentence text after the mention (trimmed).
        clipped_before: True when ``before`` was cut short (show an ellipsis).
        clipped_after: True when ``after`` was cut short.
    """

    before: str
    match: str
    after: str
    clipped_before: bool = False
    clipped_after: bool = False

    @property
    def text(self) -> str:
        """The context as one line of plain text, with ellipses where cut."""
        return (
            ("… " if self.clipped_before else "")
            + self.before
            + self.match
            + self.after
            + (" …" if self.clipped_after else "")
        )


# A sentence ends at . ! ? … (or "./.") followed by white space and a capital,
# a quote or an opening bracket. A period after a one- or two-letter capital
# word is an abbreviation ("TP. Hồ Chí Minh"), and "9.7" or "T.Ư" have no space.
_SENTENCE_END = re.compile(r"(?<![\s])(?:\./\.|[.!?…]+)[\"”’)]*(?=\s+[\"“‘(\[]?[^\W\d_a-zđ]|\s*$)")


def _is_abbreviation(text: str, period: int) -> bool:
    """True for a period after a short capitalised word ("TP.", "Th.")."""
    head = text[max(0, period - 3) : period]
    word = head.split()[-1] if head.split() else ""
    whole = period - len(word) == 0 or text[period - len(word) - 1].isspace()
    return whole and word.isalpha() and len(word) <= 2 and word[0].isupper()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(sentence_start, sentence_end)`` of the sentence holding ``start..end``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    for m in _SENTENCE_END.finditer(text, lo, hi):
        stop = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        if stop <= start:
            lo = stop
        elif m.start() >= end:
            hi = stop
            break
    return lo, hi


def kwic(text: str, start: int, end: int, side: int = KWIC_SIDE) -> Kwic:
    """The sentence of ``text`` around the span ``start..end``.

    Args:
        text: the clean text (or a window of it holding the sentence).
        start, end: the mention's span in ``text``.
        side: at most this many characters each side of the mention; longer
            sides are cut at a word boundary and marked clipped.

    Returns:
        The ``Kwic`` with white space collapsed.
    """
    lo, hi = _sentence_bounds(text, start, end)
    before = " ".join(text[lo:start].split())
    if text[lo:start][-1:].isspace():
        before += " "
    after_raw = text[end:hi]
    after = " ".join(after_raw.split())
    if after_raw[:1].isspace() and after:
        after = " " + after
    clipped_before = clipped_after = False
    if len(before) > side:
        cut = before[-side:]
        space = cut.find(" ")
        before = cut[space + 1 :] if 0 <= space < side // 3 else cut
        clipped_before = True
    if len(after) > side:
        cut = after[:side]
        space = cut.rfind(" ")
        after = cut[:space] if space > side * 2 // 3 else cut
        clipped_after = True
    return Kwic(before, text[start:end], after, clipped_before, clipped_after)


# --- the directive panel ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectiveDetail:
    """What the directive panel shows about one directive.

    Attributes:
        stated_issue_dates: every distinct issue date articles state for it.
        spellings: the distinct surfaces it was mentioned by (a few).
        term_basis: a ``linking.TermBasis`` value: how its term was decided.
    """

    id: int
    canonical: str
    type: str
    number: str
    code: str | None
    code_inferred: bool
    issuer: str | None
    issue_date: str | None
    term: str | None
    term_basis: str
    article_count: int
    mention_count: int
    stated_issue_dates: tuple[str, ...]
    spellings: tuple[str, ...]


_DETAIL_COLS = (
    "id, canonical, type, number, code, code_inferred, issuer, issue_date, term, "
    "coalesce(term_basis, 'unknown'), article_count, mention_count"
)


def directive(db: Database, directive_id: int, spellings: int = 8) -> DirectiveDetail | None:
    """One directive with the issue dates and spellings its articles state."""
    row = db.execute(f"SELECT {_DETAIL_COLS} FROM directives WHERE id = ?", [directive_id]).fetchone()
    if row is None:
        return None
    dates = tuple(
        r[0]
        for r in db.execute(
            "SELECT DISTINCT issue_date FROM mentions WHERE directive_id = ? AND issue_date IS NOT NULL"
            " ORDER BY issue_date",
            [directive_id],
        )
    )
    # Bounded: a directive cited 10,000 times is read only until enough spellings.
    surfaces = tuple(
        r[0]
        for r in db.execute(
            "SELECT surface FROM (SELECT surface FROM mentions WHERE directive_id = ? LIMIT 500)"
            " GROUP BY surface ORDER BY count(*) DESC, surface LIMIT ?",
            [directive_id, spellings],
        )
    )
    return DirectiveDetail(
        id=row[0],
        canonical=row[1],
        type=row[2],
        number=row[3],
        code=row[4],
        code_inferred=bool(row[5]),
        issuer=row[6],
        issue_date=row[7],
        term=row[8],
        term_basis=row[9],
        article_count=row[10],
        mention_count=row[11],
        stated_issue_dates=dates,
        spellings=surfaces,
    )


@dataclass(frozen=True, slots=True)
class CitingMention:
    """One mention of the directive inside a citing article."""

    mention_id: int
    surface: str
    start: int
    end: int
    inferred: bool
    issue_date: str | None
    kwic: Kwic
    term_basis: str = "unknown"

    @property
    def term_assumed(self) -> bool:
        """True when the link to this directive's term was assumed, not stated."""
        return self.term_basis in linking.ASSUMED


#: Keyset position in the citing list: (date key, article id); the date key is
#: the sort date, or "~" for an undated article (sorts last).
CitingKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class CitingArticle:
    """An article citing a directive, with each of its mentions in context.

    Attributes:
        date: the sort date (ISO): the meeting's day, or its period's first
            day, else the publication date; None when undated.
        precision: the meeting date's precision (``day``, ``month``,
            ``quarter``, ``half-year``, ``year``), None when only published.
            Coarser than a day, ``date`` is a period's first day that no text
            states: show the period (as the article list does), never that day.
        period_end: the last day of the meeting's period (ISO), or None.
    """

    id: int
    file: str
    title: str
    date: str | None
    mentions: tuple[CitingMention, ...]
    precision: str | None = None
    period_end: str | None = None

    @property
    def key(self) -> CitingKey:
        """The keyset position of this row (``after`` for the next page)."""
        return (self.date or "~", self.id)


def citing_articles(
    db: Database, directive_id: int, after: CitingKey | None = None, limit: int = 50
) -> list[CitingArticle]:
    """One page of the articles citing a directive, oldest first, undated last.

    Each article comes with its mentions of the directive in text order, each
    with its sentence (``kwic``), read from a window of the text.

    Args:
        after: the ``key`` of the last article of the previous page.
        limit: page size.
    """
    after = after or ("", 0)
    # Straight off idx_mentions_directive_date, in date order: a page reads a
    # page's worth of index entries however many articles cite the directive.
    # The article rows (with their long texts) are read for the page only.
    rows = db.execute(
        """WITH page AS (
               SELECT DISTINCT date_key, article_id FROM mentions
               WHERE directive_id = ? AND (date_key, article_id) > (?, ?)
               ORDER BY date_key, article_id
               LIMIT ?)
           SELECT p.article_id, a.file, a.title, nullif(a.sort_date, ''), a.event_precision, a.event_end
           FROM page p JOIN articles a ON a.id = p.article_id
           ORDER BY p.date_key, p.article_id""",
        [directive_id, *after, limit],
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    by_article = _mentions_in_context(db, directive_id, ids)
    return [
        CitingArticle(
            id=r[0],
            file=r[1],
            title=r[2],
            date=r[3] or None,
            mentions=tuple(by_article.get(r[0], ())),
            precision=r[4],
            period_end=r[5],
        )
        for r in rows
    ]


def _mentions_in_context(
    db: Database, directive_id: int, article_ids: Iterable[int]
) -> dict[int, list[CitingMention]]:
    found: dict[int, list[CitingMention]] = {}
    rows = db.execute(
        f"""SELECT m.article_id, m.id, m.surface, m.start, m."end", m.inferred, m.issue_date,
                   coalesce(m.term_basis, 'unknown'),
                   max(m.start - {WINDOW}, 0) AS ws,
                   substr(a.clean_text, max(m.start - {WINDOW}, 0) + 1,
                          m."end" - max(m.start - {WINDOW}, 0) + {WINDOW})
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.directive_id = ? AND m.article_id IN (SELECT value FROM json_each(?))
            ORDER BY m.article_id, m.start, m.id""",
        [directive_id, json.dumps(list(article_ids))],
    )
    for article_id, mid, surface, start, end, inferred, issued, basis, ws, window in rows:
        context = kwic(window, start - ws, end - ws)
        found.setdefault(article_id, []).append(
            CitingMention(mid, surface, start, end, bool(inferred), issued, context, basis)
        )
    return found


@dataclass(frozen=True, slots=True)
class MentionPlace:
    """Where a mention is: its article and span."""

    mention_id: int
    directive_id: int
    article_id: int
    start: int
    end: int


def mention(db: Database, mention_id: int) -> MentionPlace | None:
    """One mention's article and span, or None."""
    row = db.execute(
        'SELECT id, directive_id, article_id, start, "end" FROM mentions WHERE id = ?', [mention_id]
    ).fetchone()
    return MentionPlace(*row) if row else None


# --- the directive index ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexGroup:
    """A group of the directive index: a type or an issuer."""

    key: str
    directives: int
    articles: int


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """A directive in the index, with its citation counts."""

    id: int
    canonical: str
    type: str
    code: str | None
    code_inferred: bool
    issuer: str | None
    issue_date: str | None
    term: str | None
    term_basis: str
    article_count: int
    mention_count: int
    #: a local or issuer-less document, linked within one article only (``linking.base_key``)
    local: bool = False

    @property
    def state_document(self) -> bool:
        """A state body's document, its year in its code (``202/2025/QH15``): no Party term."""
        return bool(self.code) and linking.is_state_code(self.code or "")


def _filter_where(text: str) -> tuple[str, list[object]]:
    """SQL matching the directive-index filter on ``directives.folded``.

    Every word must appear: a number as a whole word (``35`` finds 35-CT/TW,
    not 350), other words as word starts (``chi thi`` finds Chỉ thị).
    """
    clauses, params = ["article_count > 0"], []
    for word in linking.filter_words(text):
        clauses.append("instr(folded, ?) > 0")
        params.append(f" {word} " if word.isdigit() else f" {word}")
    return " AND ".join(clauses), params


def index_groups(db: Database, by: GroupBy = GroupBy.TYPE, text: str = "") -> list[IndexGroup]:
    """The groups of the directive index, biggest first, with their counts."""
    column = _GROUP_COLUMN[by]
    where, params = _filter_where(text)
    rows = db.execute(
        f"""SELECT {column}, count(*), sum(article_count) FROM directives WHERE {where}
            GROUP BY {column} ORDER BY {column} = '', sum(article_count) DESC, {column}""",
        params,
    ).fetchall()
    return [IndexGroup(r[0], r[1], r[2]) for r in rows]


def index_entries(
    db: Database,
    by: GroupBy,
    group: str,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[IndexEntry]:
    """One page of a group's directives, most cited first.

    Equally cited directives go by type, then by number as a number
    (``Nghị quyết 18`` before ``Nghị quyết 1684``; as text, "1684" < "18"),
    then as printed (``11`` before ``11a``). A group holds
    at most a few thousand directives, so sorting them per page is cheap.
    """
    column = _GROUP_COLUMN[by]
    where, params = _filter_where(text)
    rows = db.execute(
        f"""SELECT id, canonical, type, code, code_inferred, issuer, issue_date, term,
                   coalesce(term_basis, 'unknown'), article_count, mention_count, instr(key, '@') > 0
            FROM directives WHERE {column} = ? AND {where}
            ORDER BY article_count DESC, type, CAST(number AS INTEGER), number, canonical, term, id
            LIMIT ? OFFSET ?""",
        [group, *params, limit, offset],
    ).fetchall()
    return [
        IndexEntry(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8], r[9], r[10], bool(r[11]))
        for r in rows
    ]


# --- related articles ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RelatedArticle:
    """Another article sharing directives with the open one.

    Attributes:
        date: the sort date, as in ``CitingArticle``.
        shared: ``(directive_id, canonical)`` of each shared directive.
        precision: the meeting date's precision, as in ``CitingArticle``.
        period_end: the last day of the meeting's period, or None.
    """

    id: int
    file: str
    title: str
    date: str | None
    shared: tuple[tuple[int, str], ...]
    precision: str | None = None
    period_end: str | None = None


def related_articles(db: Database, article_id: int, limit: int = 50) -> list[RelatedArticle]:
    """Articles sharing at least one directive with ``article_id``, most shared first.

    Ties go to the article nearest in date.
    """
    own = db.execute("SELECT nullif(sort_date, '') FROM articles WHERE id = ?", [article_id]).fetchone()
    rows = db.execute(
        """WITH mine AS (SELECT DISTINCT directive_id FROM mentions WHERE article_id = :id),
                pairs AS (SELECT DISTINCT m.article_id, m.directive_id
                          FROM mine CROSS JOIN mentions m ON m.directive_id = mine.directive_id
                          WHERE m.article_id != :id),
                ranked AS (SELECT article_id, count(*) AS shared FROM pairs GROUP BY article_id),
                top AS (SELECT r.article_id, r.shared, a.sort_date,
                               abs(julianday(nullif(a.sort_date, '')) - julianday(:date)) AS distance
                        FROM ranked r CROSS JOIN articles a INDEXED BY idx_articles_id_date
                             ON a.id = r.article_id
                        ORDER BY r.shared DESC, distance IS NULL, distance, a.id
                        LIMIT :limit)
           SELECT t.article_id, a.file, a.title, t.sort_date, t.shared, a.event_precision, a.event_end
           FROM top t JOIN articles a ON a.id = t.article_id
           ORDER BY t.shared DESC, t.distance IS NULL, t.distance, t.article_id""",
        {"id": article_id, "date": own[0] if own else None, "limit": limit},
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    shared: dict[int, list[tuple[int, str]]] = {}
    for other, did, canonical in db.execute(
        """SELECT DISTINCT m.article_id, d.id, d.canonical
           FROM mentions m JOIN directives d ON d.id = m.directive_id
           WHERE m.article_id IN (SELECT value FROM json_each(?))
             AND m.directive_id IN (SELECT directive_id FROM mentions WHERE article_id = ?)
           ORDER BY d.canonical""",
        [json.dumps(ids), article_id],
    ):
        shared.setdefault(other, []).append((did, canonical))
    return [
        RelatedArticle(r[0], r[1], r[2], r[3] or None, tuple(shared.get(r[0], ())), r[5], r[6]) for r in rows
    ]


# --- the command line ---------------------------------------------------------


def directives_json(db: Database) -> list[dict[str, object]]:
    """Every directive with every citing article and mention (``directives --json``).

    The shape is the issue's interface, exactly. Used by the command line only.
    """
    result: list[dict[str, object]] = []
    by_id: dict[int, dict[str, object]] = {}
    for did, canonical, type_, number, code, issuer, issued, term, basis in db.execute(
        """SELECT id, canonical, type, number, code, issuer, issue_date, term, term_basis
           FROM directives
           WHERE mention_count > 0
           ORDER BY type, CAST(number AS INTEGER), number, canonical, term, id"""
    ):
        entry: dict[str, object] = {
            "canonical": canonical,
            "type": type_,
            "number": number,
            "code": code,
            "issuer": issuer,
            "issue_date": issued,
            # Beyond the issue's shape: two 35-CT/TW of different terms are told
            # apart here, with how the term was decided.
            "term": term,
            "term_basis": basis,
            "articles": [],
        }
        by_id[did] = entry
        result.append(entry)
    current: dict[str, object] | None = None
    last: tuple[int, int] | None = None
    for did, aid, file, title, date, p_start, p_end, precision, surface, start, end, inferred in db.execute(
        """SELECT m.directive_id, a.id, a.file, a.title, a.sort_date,
                  CASE WHEN a.event_date IS NULL THEN a.event_start END, a.event_end, a.event_precision,
                  m.surface, m.start, m."end", m.inferred
           FROM mentions m JOIN articles a ON a.id = m.article_id
           ORDER BY m.directive_id, a.sort_date = '', a.sort_date, a.id, m.start, m.id"""
    ):
        if (did, aid) != last:
            # (a meeting known by a period only: the period, as ``articles --json`` gives it;
            # ``date`` is then its first day, the order's)
            current = {"id": aid, "file": file, "title": title, "date": date or None,
                       "event_period": period_json(p_start, p_end, precision), "mentions": []}
            if did not in by_id:  # pragma: no cover - counts out of step; skip, never crash
                continue
            by_id[did]["articles"].append(current)  # type: ignore[union-attr]
            last = (did, aid)
        assert current is not None
        current["mentions"].append(  # type: ignore[union-attr]
            {"surface": surface, "start": start, "end": end, "inferred": bool(inferred)}
        )
    # the types in the Vietnamese alphabet's order (SQLite's is the code points': "Chương
    # trình" before "Chỉ thị"); within a type, the numbers' order from the query stays
    result.sort(key=lambda e: vi_sort_key(str(e["type"] or "")))
    return result
