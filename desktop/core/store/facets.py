"""Counts for the filter bar: how many articles each filter value would show.

Each facet is counted under the current filter *without its own field*
(a year's count ignores the year range in force, but not the chosen
province), the usual faceted-search rule: the user sees what choosing another
value of that facet would give, combined with every other filter.

Every count runs in SQL over indexes; when no other filter is in force the
place, person and directive counts read their covering ``(folded,
article_id)`` / ``(directive_id, article_id)`` indexes only, never the articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from desktop.core.search import fts_query
from desktop.core.store.queries import ArticleFilter, _Where, _where

TOP = 300  # values listed per place/person/directive facet, most frequent first
DENSE = 5000  # text matches from which a facet scans an index rather than looks each match up


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One choice of a facet.

    Attributes:
        key: what goes into ``ArticleFilter`` (a year, a folded name, a
            directive id, a kind code).
        label: what the user reads (``Hòa Bình``, ``Chỉ thị 35-CT/TW``); for
            kinds, the code (the UI translates it).
        count: articles the filter would show with this value.
    """

    key: object
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """All facet counts under one filter."""

    years: list[FacetValue] = field(default_factory=list)
    places: list[FacetValue] = field(default_factory=list)
    people: list[FacetValue] = field(default_factory=list)
    directives: list[FacetValue] = field(default_factory=list)
    kinds: list[FacetValue] = field(default_factory=list)


def _by_count(values: list[FacetValue]) -> list[FacetValue]:
    # The chosen value is fetched first (so the LIMIT never drops it); show
    # the list by count all the same.
    return sorted(values, key=lambda v: (-v.count, v.label))


# Every filter field but the text sits in this index (sort_date, kind) or is
# an ``a.id IN (...)`` test on its rowid, so the articles a filter selects are
# found without reading one article row (each carries its texts).
_COVER = " INDEXED BY idx_articles_timeline"
_TEXT_IDS = "temp.facet_text_ids"


def _cover(flt: ArticleFilter, text_ids: int | None) -> str:
    """The covering index hint, unless a few text matches should drive the query."""
    if flt.text and (text_ids is None or text_ids < DENSE):
        return ""
    return _COVER


def _where_ids(flt: ArticleFilter, text_ids: int | None) -> _Where:
    """``_where(flt)``, the text test read from ``temp.facet_text_ids`` when it was made."""
    if not flt.text or text_ids is None:
        return _where(flt)
    w = _where(replace(flt, text=""))
    w.clauses.insert(0, f"a.id IN (SELECT id FROM {_TEXT_IDS})")
    return w


def _scope(flt: ArticleFilter, column: str, text_ids: int | None = None) -> tuple[str, list[object]]:
    """``AND column IN (articles under flt)``, or nothing when flt is empty."""
    if flt.text and text_ids is not None and replace(flt, text="").is_empty:
        return f" AND {column} IN (SELECT id FROM {_TEXT_IDS})", []
    w = _where_ids(flt, text_ids)
    if not w.clauses:
        return "", []
    return f" AND {column} IN (SELECT a.id FROM articles a{_cover(flt, text_ids)}{w.sql()})", w.params


def year_counts(db: Database, flt: ArticleFilter, *, text_ids: int | None = None) -> list[FacetValue]:
    """Articles per year of their sort date, oldest first (undated left out)."""
    base = flt.without("years").without("date_range")
    w = _where_ids(base, text_ids)
    w.add("a.sort_date <> ''")
    rows = db.execute(
        f"SELECT substr(a.sort_date, 1, 4) AS y, count(*) FROM articles a{_cover(base, text_ids)}{w.sql()} "
        "GROUP BY y ORDER BY y",
        w.params,
    ).fetchall()
    return [FacetValue(int(y), y, int(n)) for y, n in rows if y and y.isdigit()]


def _named_counts(
    db: Database, table: str, flt: ArticleFilter, chosen: str | None, top: int, text_ids: int | None
) -> list[FacetValue]:
    scope, params = _scope(flt, "p.article_id", text_ids)
    rows = db.execute(
        # Counted on the covering (folded, article_id) index alone; the label is
        # read afterwards for the listed values only (min(name) over every row
        # made this 30x slower at 100,000 articles).
        f"""SELECT c.folded, (SELECT name FROM {table} WHERE folded = c.folded LIMIT 1), c.n FROM
              (SELECT p.folded, count(DISTINCT p.article_id) AS n FROM {table} p
               WHERE 1{scope} GROUP BY p.folded
               ORDER BY p.folded = ? DESC, n DESC, p.folded LIMIT ?) c""",
        [*params, chosen, top],
    ).fetchall()
    return _by_count([FacetValue(key, label, int(n)) for key, label, n in rows])


def place_counts(db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None) -> list[FacetValue]:
    """Articles per province or city (``places.folded``), most first."""
    return _named_counts(db, "places", flt.without("place"), flt.place, top, text_ids)


def person_counts(db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None) -> list[FacetValue]:
    """Articles per named person (``people.folded``), most first."""
    return _named_counts(db, "people", flt.without("person"), flt.person, top, text_ids)


def directive_counts(
    db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None
) -> list[FacetValue]:
    """Articles citing each directive, most first."""
    base = flt.without("directive_id")
    if base.is_empty:
        # Kept by triggers on mentions (migration 0004): no grouping at all.
        rows = db.execute(
            """SELECT id, canonical, article_count FROM directives WHERE article_count > 0
               ORDER BY id = ? DESC, article_count DESC, id LIMIT ?""",
            [flt.directive_id, top],
        ).fetchall()
        return sorted(
            (FacetValue(int(key), label, int(n)) for key, label, n in rows), key=lambda v: (-v.count, v.label)
        )
    scope, params = _scope(base, "m.article_id", text_ids)
    rows = db.execute(
        f"""SELECT c.directive_id, d.canonical, c.n FROM
              (SELECT m.directive_id, count(DISTINCT m.article_id) AS n FROM mentions m
               WHERE 1{scope} GROUP BY m.directive_id
               ORDER BY m.directive_id = ? DESC, n DESC, m.directive_id LIMIT ?) c
            JOIN directives d ON d.id = c.directive_id ORDER BY c.n DESC, d.canonical""",
        [*params, flt.directive_id, top],
    ).fetchall()
    return [FacetValue(int(key), label, int(n)) for key, label, n in rows]


def kind_counts(db: Database, flt: ArticleFilter, *, text_ids: int | None = None) -> list[FacetValue]:
    """Articles per kind of meeting (``MeetingKind`` codes), most first."""
    base = flt.without("kind")
    w = _where_ids(base, text_ids)
    rows = db.execute(
        f"SELECT a.kind, count(*) AS n FROM articles a{_cover(base, text_ids)}{w.sql()} GROUP BY a.kind ORDER BY n DESC, a.kind",
        w.params,
    ).fetchall()
    return [FacetValue(kind, kind, int(n)) for kind, n in rows]


def _make_text_ids(db: Database, text: str) -> int | None:
    """Put the ids of the articles matching ``text`` in ``temp.facet_text_ids``; how many.

    Every facet is counted under the search text; matching it once here, not
    once per facet, saves four passes over the full-text index (each a
    100,000-row list for a common word). False when the connection cannot
    write even its temp schema (``query_only``, None): the facets then match
    the text themselves.
    """
    import sqlite3

    match = fts_query(text)
    try:
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_TEXT_IDS.split('.')[1]} (id INTEGER PRIMARY KEY)")
        db.execute(f"DELETE FROM {_TEXT_IDS}")
        if match is not None:
            # Straight from the indexes, in rowid order (the cheapest b-tree build).
            db.execute(
                f"INSERT INTO {_TEXT_IDS} SELECT rowid FROM article_search WHERE article_search MATCH ?", [match]
            )
            db.execute(
                f"""INSERT OR IGNORE INTO {_TEXT_IDS} SELECT n.article_id FROM notes n
                    WHERE n.id IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)
                    AND n.article_id IN (SELECT id FROM articles)""",
                [match],
            )
    except sqlite3.OperationalError:
        return None
    return int(db.execute(f"SELECT count(*) FROM {_TEXT_IDS}").fetchone()[0])


def directive_label(db: Database, directive_id: int) -> str | None:
    """The canonical name of a directive (for a filter chip), or None."""
    row = db.execute("SELECT canonical FROM directives WHERE id = ?", [directive_id]).fetchone()
    return row[0] if row else None


def facets(db: Database, flt: ArticleFilter, top: int = TOP) -> Facets:
    """Every facet's counts under ``flt``."""
    text_ids = _make_text_ids(db, flt.text) if flt.text else None
    try:
        return Facets(
            years=year_counts(db, flt, text_ids=text_ids),
            places=place_counts(db, flt, top, text_ids=text_ids),
            people=person_counts(db, flt, top, text_ids=text_ids),
            directives=directive_counts(db, flt, top, text_ids=text_ids),
            kinds=kind_counts(db, flt, text_ids=text_ids),
        )
    finally:
        if text_ids is not None:
            db.execute(f"DELETE FROM {_TEXT_IDS}")


def probe(db: Database) -> None:
    """Read the first and last entries of every index the facet counts read.

    Milliseconds at any size (a root-to-leaf path at each end of each
    b-tree) where the counts themselves scan every entry: the window calls
    this while it is built, so a damaged index or table there raises
    ``sqlite3.DatabaseError`` at once, where the app's recovery can offer a
    backup, while the counts are read on a worker thread.
    """
    for sql in (
        "SELECT sort_date, kind FROM articles INDEXED BY idx_articles_timeline ORDER BY sort_date {} LIMIT 1",
        "SELECT folded, article_id FROM places INDEXED BY idx_places_folded ORDER BY folded {} LIMIT 1",
        "SELECT folded, article_id FROM people INDEXED BY idx_people_folded ORDER BY folded {} LIMIT 1",
        "SELECT directive_id, article_id FROM mentions INDEXED BY idx_mentions_directive ORDER BY directive_id {} LIMIT 1",
        "SELECT id, canonical, article_count FROM directives ORDER BY id {} LIMIT 1",
    ):
        for direction in ("ASC", "DESC"):
            db.execute(sql.format(direction)).fetchall()
