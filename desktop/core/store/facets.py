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

from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.store.queries import ArticleFilter, _where

TOP = 300  # values listed per place/person/directive facet, most frequent first


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


def _scope(flt: ArticleFilter, column: str) -> tuple[str, list[object]]:
    """``AND column IN (articles under flt)``, or nothing when flt is empty."""
    w = _where(flt)
    if not w.clauses:
        return "", []
    return f" AND {column} IN (SELECT a.id FROM articles a{w.sql()})", w.params


def year_counts(db: Database, flt: ArticleFilter) -> list[FacetValue]:
    """Articles per year of their sort date, oldest first (undated left out)."""
    base = flt.without("years").without("date_range")
    w = _where(base)
    w.add("a.sort_date <> ''")
    rows = db.execute(
        f"SELECT substr(a.sort_date, 1, 4) AS y, count(*) FROM articles a{w.sql()} "
        "GROUP BY y ORDER BY y",
        w.params,
    ).fetchall()
    return [FacetValue(int(y), y, int(n)) for y, n in rows if y and y.isdigit()]


def place_counts(db: Database, flt: ArticleFilter, top: int = TOP) -> list[FacetValue]:
    """Articles per province or city (``places.folded``), most first."""
    scope, params = _scope(flt.without("place"), "p.article_id")
    rows = db.execute(
        # Counted on the covering (folded, article_id) index alone; the label is
        # read afterwards for the listed values only (min(name) over every row
        # made this 30x slower at 100,000 articles).
        f"""SELECT c.folded, (SELECT name FROM places WHERE folded = c.folded LIMIT 1), c.n FROM
              (SELECT p.folded, count(DISTINCT p.article_id) AS n FROM places p
               WHERE 1{scope} GROUP BY p.folded
               ORDER BY p.folded = ? DESC, n DESC, p.folded LIMIT ?) c""",
        [*params, flt.place, top],
    ).fetchall()
    return _by_count([FacetValue(key, label, int(n)) for key, label, n in rows])


def person_counts(db: Database, flt: ArticleFilter, top: int = TOP) -> list[FacetValue]:
    """Articles per named person (``people.folded``), most first."""
    scope, params = _scope(flt.without("person"), "p.article_id")
    rows = db.execute(
        # Counted on the covering (folded, article_id) index alone; the label is
        # read afterwards for the listed values only (min(name) over every row
        # made this 30x slower at 100,000 articles).
        f"""SELECT c.folded, (SELECT name FROM people WHERE folded = c.folded LIMIT 1), c.n FROM
              (SELECT p.folded, count(DISTINCT p.article_id) AS n FROM people p
               WHERE 1{scope} GROUP BY p.folded
               ORDER BY p.folded = ? DESC, n DESC, p.folded LIMIT ?) c""",
        [*params, flt.person, top],
    ).fetchall()
    return _by_count([FacetValue(key, label, int(n)) for key, label, n in rows])


def directive_counts(db: Database, flt: ArticleFilter, top: int = TOP) -> list[FacetValue]:
    """Articles citing each directive, most first."""
    scope, params = _scope(flt.without("directive_id"), "m.article_id")
    rows = db.execute(
        f"""SELECT c.directive_id, d.canonical, c.n FROM
              (SELECT m.directive_id, count(DISTINCT m.article_id) AS n FROM mentions m
               WHERE 1{scope} GROUP BY m.directive_id
               ORDER BY m.directive_id = ? DESC, n DESC, m.directive_id LIMIT ?) c
            JOIN directives d ON d.id = c.directive_id ORDER BY c.n DESC, d.canonical""",
        [*params, flt.directive_id, top],
    ).fetchall()
    return [FacetValue(int(key), label, int(n)) for key, label, n in rows]


def kind_counts(db: Database, flt: ArticleFilter) -> list[FacetValue]:
    """Articles per kind of meeting (``MeetingKind`` codes), most first."""
    w = _where(flt.without("kind"))
    rows = db.execute(
        f"SELECT a.kind, count(*) AS n FROM articles a{w.sql()} GROUP BY a.kind ORDER BY n DESC, a.kind",
        w.params,
    ).fetchall()
    return [FacetValue(kind, kind, int(n)) for kind, n in rows]


def directive_label(db: Database, directive_id: int) -> str | None:
    """The canonical name of a directive (for a filter chip), or None."""
    row = db.execute("SELECT canonical FROM directives WHERE id = ?", [directive_id]).fetchone()
    return row[0] if row else None


def facets(db: Database, flt: ArticleFilter, top: int = TOP) -> Facets:
    """Every facet's counts under ``flt``."""
    return Facets(
        years=year_counts(db, flt),
        places=place_counts(db, flt, top),
        people=person_counts(db, flt, top),
        directives=directive_counts(db, flt, top),
        kinds=kind_counts(db, flt),
    )
