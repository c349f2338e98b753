"""Reads from the library, returning plain data. All SQL for reads lives here.

Lists are paged by keyset (``after`` the last row's sort key), so the hundredth
page costs what the first does, and every filter runs in SQL.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sqlite_utils import Database

from desktop.core.models import ArticleSummary
from desktop.core.search import fts_query


def period_json(start: str | None, end: str | None, precision: str | None) -> dict[str, str | None] | None:
    """An article's ``event_period`` as the JSON outputs give it: ``{"start", "end",
    "precision"}``, or None when none is known."""
    return {"start": start, "end": end, "precision": precision} if start and precision else None


class Order(enum.StrEnum):
    """Sort orders of the article list."""

    DATE_DESC = "date-desc"
    DATE_ASC = "date-asc"
    TITLE_ASC = "title-asc"
    TITLE_DESC = "title-desc"


_ORDER_SQL = {
    Order.DATE_DESC: ("sort_date", "DESC"),
    Order.DATE_ASC: ("sort_date", "ASC"),
    Order.TITLE_ASC: ("sort_title", "ASC"),
    Order.TITLE_DESC: ("sort_title", "DESC"),
}


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list (and the timeline) shows.

    Attributes:
        text: a search query (folded, any syntax is safe), or "".
        years: inclusive ``(first, last)`` year range on the sort date.
        date_range: inclusive ISO ``(start, end)`` on the sort date.
        place: a province's folded gazetteer name (``fold_key("Hòa Bình")``):
            every spelling of it (``facets.place_clause``).
        person: a person's name with its tone marks (``facets.person_key``:
            ``Hoàng Yến``, not ``Hoàng Yên``), or a folded name for every
            name folding to it.
        directive_id: only articles citing this directive.
        kind: a ``MeetingKind`` value.
        ids: only these article ids (e.g. a selection).
    """

    text: str = ""
    years: tuple[int, int] | None = None
    date_range: tuple[str, str] | None = None
    place: str | None = None
    person: str | None = None
    directive_id: int | None = None
    kind: str | None = None
    ids: tuple[int, ...] | None = None

    def without(self, name: str) -> ArticleFilter:
        """This filter with one field reset (for facet counts)."""
        return replace(self, **{name: ArticleFilter.__dataclass_fields__[name].default})

    @property
    def is_empty(self) -> bool:
        """True when the filter shows everything."""
        return self == ArticleFilter()


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _text_clause(match: str, alias: str = "a") -> str:
    """An article matches through its title/text or through one of its notes.

    Two ``IN`` lists joined by OR, not one ``UNION``: SQLite builds each list
    once as an index of rowids, where a UNION also sorted every match into a
    temporary b-tree (100,000 rows for ``dang``).
    """
    return (
        f"({alias}.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?) "
        f"OR {alias}.id IN (SELECT n.article_id FROM notes n WHERE n.id IN "
        "(SELECT rowid FROM note_search WHERE note_search MATCH ?)))"
    )


def _where(flt: ArticleFilter, alias: str = "a") -> _Where:
    w = _Where()
    if flt.text:
        match = fts_query(flt.text)
        if match is None:
            w.add("0")
        else:
            w.add(_text_clause(match, alias), match, match)
    if flt.years:
        w.add(
            f"{alias}.sort_date >= ? AND {alias}.sort_date <= ?",
            f"{flt.years[0]:04d}-01-01",
            f"{flt.years[1]:04d}-12-31",
        )
    if flt.date_range:
        w.add(f"{alias}.sort_date >= ? AND {alias}.sort_date <= ?", *flt.date_range)
    if flt.place or flt.person:
        # A province in any of its spellings, a person by the name's tone marks:
        # the facets module knows both keys (it imports this one, hence here).
        from desktop.core.store import facets

        if flt.place:
            sql, params = facets.place_clause(flt.place, alias)
            w.add(sql, *params)
        if flt.person:
            sql, params = facets.person_clause(flt.person, alias)
            w.add(sql, *params)
    if flt.directive_id is not None:
        w.add(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE directive_id = ?)",
            flt.directive_id,
        )
    if flt.kind:
        w.add(f"{alias}.kind = ?", flt.kind)
    if flt.ids is not None:
        w.add(f"{alias}.id IN (SELECT value FROM json_each(?))", json.dumps(list(flt.ids)))
    return w


_SUMMARY_COLS = "a.id, a.file, a.title, a.sort_date, a.published, a.event_date, a.outlet, a.byline"


def _summary(
    row: Sequence[object], precision: object = None, period_end: object = None
) -> ArticleSummary:
    return ArticleSummary(
        id=int(row[0]),  # type: ignore[arg-type]
        file=str(row[1]),
        title=str(row[2]),
        date=(str(row[3]) or None) if row[3] else None,
        published=row[4],  # type: ignore[arg-type]
        event_date=row[5],  # type: ignore[arg-type]
        outlet=row[6],  # type: ignore[arg-type]
        byline=row[7],  # type: ignore[arg-type]
        precision=precision if isinstance(precision, str) else None,
        period_end=period_end if isinstance(period_end, str) else None,
    )


SortKey = tuple[str, int]




# A text filter matching at least this many articles walks the sort index
# and stops at the page; below it, the matches are sorted (see ``page``).
DENSE_MATCHES = 2000

# Counts beyond this are reported as "more than COUNT_CAP" by ``count(cap=...)``.
COUNT_CAP = 10_000

_WALK_INDEX = {
    "sort_date": "idx_articles_sort_date",
    "sort_title": "idx_articles_sort_title",
}
_SORT_INDEX = {
    # (id -> key) covering indexes: sorting a few matches reads no article row.
    "sort_date": "idx_articles_id_date",
}


def text_matches(db: Database, text: str, cap: int) -> int:
    """How many articles match ``text`` by title or body, counting no further than ``cap``.

    Reads the full-text index alone (FTS5 stops at the LIMIT): a few
    milliseconds even for a word in every article, where counting every
    match of ``dang`` reads 100,000 rowids. Notes are not counted.
    """
    match = fts_query(text)
    if match is None:
        return 0
    row = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM article_search WHERE article_search MATCH ? LIMIT ?)",
        [match, cap],
    ).fetchone()
    return int(row[0])


def page(
    db: Database,
    flt: ArticleFilter = ArticleFilter(),
    order: Order = Order.DATE_DESC,
    after: SortKey | None = None,
    limit: int = 200,
) -> list[tuple[ArticleSummary, SortKey]]:
    """One page of the article list, after the row at ``after``.

    The ids of the page are found first, on indexes only; then only those
    ``limit`` rows are read (an article row carries its texts, so reading its
    date or title from the table walks overflow pages). With a search text
    the plan is chosen by how many articles match: a common word walks the
    sort index and stops at the page, a rare one sorts its few matches.

    Returns:
        ``(summary, key)`` pairs; pass the last key as ``after`` for the next
        page.
    """
    column, direction = _ORDER_SQL[order]
    w = _where(flt)
    if after is not None:
        op = "<" if direction == "DESC" else ">"
        w.add(f"(a.{column}, a.id) {op} (?, ?)", after[0], after[1])
    hint = ""
    if flt.text and w.clauses[0] != "0":
        dense = text_matches(db, flt.text, DENSE_MATCHES) >= DENSE_MATCHES
        index = _WALK_INDEX[column] if dense else _SORT_INDEX.get(column)
        if index:
            hint = f" INDEXED BY {index}"
    sql = (
        f"SELECT {_SUMMARY_COLS}, a.event_precision, a.event_end, a.{column} FROM articles a "
        f"JOIN (SELECT a.id FROM articles a{hint}{w.sql()} "
        f"ORDER BY a.{column} {direction}, a.id {direction} LIMIT ?) k ON a.id = k.id "
        f"ORDER BY a.{column} {direction}, a.id {direction}"
    )
    rows = db.execute(sql, [*w.params, limit]).fetchall()
    return [(_summary(r, r[8], r[9]), (str(r[10]), int(r[0]))) for r in rows]


def count(db: Database, flt: ArticleFilter = ArticleFilter(), cap: int | None = None) -> int:
    """How many articles ``flt`` shows.

    Args:
        db: the library.
        flt: the filter.
        cap: stop counting past this many (the result is then ``cap + 1``,
            "more than ``cap``"): a search for a common word at 100,000
            articles is counted in milliseconds instead of a second.
    """
    w = _where(flt)
    if flt.text and len(w.clauses) == 1 and w.clauses[0] != "0":
        # Text alone: count on the full-text indexes, never the articles. The
        # articles matched only through a note are added one by one (a user
        # has few notes; most have none), so the text's matches are never
        # gathered into one list.
        match = str(w.params[0])
        limit = -1 if cap is None else cap + 1
        n = db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM article_search WHERE article_search MATCH ? LIMIT ?)",
            [match, limit],
        ).fetchone()[0]
        if cap is None or n <= cap:
            n += db.execute(
                """SELECT count(DISTINCT n.article_id) FROM notes n
                   WHERE n.id IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)
                   AND n.article_id IN (SELECT id FROM articles)
                   AND NOT EXISTS (SELECT 1 FROM article_search
                                   WHERE article_search MATCH ? AND rowid = n.article_id)""",
                [match, match],
            ).fetchone()[0]
        return int(n) if cap is None else min(int(n), cap + 1)
    if cap is None:
        return int(db.execute(f"SELECT count(*) FROM articles a{w.sql()}", w.params).fetchone()[0])
    hint = ""
    if flt.text and w.clauses[0] != "0" and text_matches(db, flt.text, DENSE_MATCHES) >= DENSE_MATCHES:
        hint = " INDEXED BY idx_articles_timeline"  # covers sort_date and kind: no row read
    return int(
        db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM articles a{hint}{w.sql()} LIMIT ?)", [*w.params, cap + 1]
        ).fetchone()[0]
    )


def position(
    db: Database, flt: ArticleFilter, order: Order, article_id: int, limit: int
) -> int | None:
    """The row of ``article_id`` in the list ``flt`` and ``order`` show, if it is
    among the first ``limit`` rows; None when it is further down or not listed.

    Counts the rows before it on the sort index (stopping at ``limit``), so
    finding where an article stands costs milliseconds however long the list.
    """
    column, direction = _ORDER_SQL[order]
    w = _where(flt)
    w.add("a.id = ?", article_id)
    row = db.execute(f"SELECT a.{column} FROM articles a{w.sql()}", w.params).fetchone()
    if row is None:
        return None
    before = _where(flt)
    op = ">" if direction == "DESC" else "<"
    before.add(f"(a.{column}, a.id) {op} (?, ?)", row[0], article_id)
    n = db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM articles a{before.sql()} LIMIT ?)", [*before.params, limit]
    ).fetchone()[0]
    return None if n >= limit else int(n)


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    """Everything the reader shows of one article."""

    summary: ArticleSummary
    clean_text: str
    raw_text: str
    offset_map: tuple[tuple[int, int], ...]
    kind: str
    level: str
    event_start: str | None
    event_end: str | None
    event_precision: str | None
    content_hash: str
    source_path: str | None


def article(db: Database, article_id: int) -> ArticleDetail | None:
    """One article with its text, or None if there is no such id."""
    row = db.execute(
        f"""SELECT {_SUMMARY_COLS}, a.clean_text, a.raw_text, a.offset_map, a.kind, a.level,
                   a.event_start, a.event_end, a.event_precision, a.content_hash, a.source_path
            FROM articles a WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    return ArticleDetail(
        summary=_summary(row, row[15], row[14]),
        clean_text=row[8],
        raw_text=row[9],
        offset_map=tuple(tuple(p) for p in json.loads(row[10])),  # type: ignore[misc]
        kind=row[11],
        level=row[12],
        event_start=row[13],
        event_end=row[14],
        event_precision=row[15],
        content_hash=row[16],
        source_path=row[17],
    )


@dataclass(frozen=True, slots=True)
class MentionSpan:
    """A directive mention inside the open article."""

    mention_id: int
    directive_id: int
    surface: str
    start: int
    end: int
    inferred: bool
    canonical: str


def article_mentions(db: Database, article_id: int) -> list[MentionSpan]:
    """The directive mentions of one article, in text order."""
    rows = db.execute(
        """SELECT m.id, m.directive_id, m.surface, m.start, m."end", m.inferred, d.canonical
           FROM mentions m JOIN directives d ON d.id = m.directive_id
           WHERE m.article_id = ? ORDER BY m.start, m.id""",
        [article_id],
    ).fetchall()
    return [MentionSpan(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]


class Credit(enum.StrEnum):
    """What a person credited in the byline did (the UI names each)."""

    AUTHOR = "author"
    PHOTO = "photo"
    GRAPHICS = "graphics"


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A person an article names, as the analyser stored it.

    Attributes:
        name: the name as the analyser gave it (``Phạm Minh Chính``).
        title: the post beside the name (``Ủy viên Bộ Chính trị, ...``), ""
            when none; for a name in the byline, ``byline`` with notes
            (``byline (photo credit)``), the analyser's convention.
        key: the ``ArticleFilter.person`` value selecting the articles that
            name this person (``facets.person_key``: ``Hoà`` -> ``Hòa``).
    """

    name: str
    title: str
    key: str

    @property
    def credit(self) -> Credit | None:
        """The byline role of a name credited there, None for a person named in the text."""
        if not self.title.startswith("byline"):
            return None
        if "photo credit" in self.title:
            return Credit.PHOTO
        if "graphics credit" in self.title:
            return Credit.GRAPHICS
        return Credit.AUTHOR


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A province or city an article names, as the analyser stored it.

    Attributes:
        name: as printed (``TP.HCM``).
        province: its gazetteer name (``Hồ Chí Minh``), as the filter bar lists
            it; the printed name when it is no province's.
        key: the ``ArticleFilter.place`` value selecting every article naming
            that province, in any spelling (``facets.place_key``).
    """

    name: str
    province: str
    key: str


_Keyed = TypeVar("_Keyed", NamedPerson, NamedPlace)


@dataclass(frozen=True, slots=True)
class PeopleAndPlaces:
    """The people and the provinces one article names, each in the analyser's order."""

    people: tuple[NamedPerson, ...] = ()
    places: tuple[NamedPlace, ...] = ()

    def distinct_people(self) -> list[NamedPerson]:
        """The people, each once (``Hoà`` and ``Hòa`` are one), first mention first."""
        return _first_of_each_key(self.people)

    def provinces(self) -> list[NamedPlace]:
        """The provinces, each once however the article prints it, first mention first."""
        return _first_of_each_key(self.places)


def _first_of_each_key(items: Sequence[_Keyed]) -> list[_Keyed]:
    first: dict[str, _Keyed] = {}
    for item in items:
        first.setdefault(item.key, item)
    return list(first.values())


def article_people_places(db: Database, article_id: int) -> PeopleAndPlaces:
    """The people (name, title) and places one article names, from the stored rows, in order.

    Two index reads (``idx_people_article``, ``idx_places_article``); nothing
    is parsed again. Each entry carries the key the filter bar selects it by,
    so a click on it filters the list exactly as choosing it there does.
    """
    # facets imports this module (ArticleFilter): imported here, as in _where.
    from desktop.core.store import facets

    people = tuple(
        NamedPerson(name, title or "", facets.person_key(name))
        for name, title in db.execute(
            "SELECT name, title FROM people WHERE article_id = ? ORDER BY position, id", [article_id]
        )
    )
    places = []
    for name, folded in db.execute(
        "SELECT name, folded FROM places WHERE article_id = ? ORDER BY position, id", [article_id]
    ):
        places.append(NamedPlace(name, facets.place_unit(folded) or name, facets.place_key(folded)))
    return PeopleAndPlaces(people, tuple(places))


def counts(db: Database) -> dict[str, int]:
    """Numbers of articles, notes and directives (for Help → About)."""
    q = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM notes), (SELECT count(*) FROM directives)"
    a, n, d = db.execute(q).fetchone()
    return {"articles": a, "notes": n, "directives": d}


def all_articles_json(db: Database) -> list[dict[str, object]]:
    """Every article's id, file, title and dates (for ``articles --json``).

    Streams from the cursor; used by the command line, never by the window.
    """
    rows = db.execute(
        """SELECT id, file, title, published, event_date, event_start, event_end,
                  event_precision, sort_date FROM articles ORDER BY sort_date DESC, id DESC"""
    )
    return [
        {
            "id": r[0],
            "file": r[1],
            "title": r[2],
            "published": r[3],
            "event_date": r[4],
            "event_period": period_json(r[5], r[6], r[7]),
            "date": r[8] or None,
        }
        for r in rows
    ]
