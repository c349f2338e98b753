"""Counts for the filter bar: how many articles each filter value would show.

Each facet is counted under the current filter *without its own field*
(a year's count ignores the year range in force, but not the chosen
province), the usual faceted-search rule: the user sees what choosing another
value of that facet would give, combined with every other filter.

Every count runs in SQL over indexes; when no other filter is in force the
place, person and directive counts read their covering ``(folded,
article_id)`` / ``(directive_id, article_id)`` indexes, never the articles
(the person count then reads the rows of the names it lists, for their tone
marks).

Places are stored as printed (``TP Hồ Chí Minh``, ``Thành phố Hồ Chí Minh``,
``TP.HCM``); the province facet lists each province once, under its gazetteer
name, and its key selects every spelling (:func:`place_clause`). People are
told apart by their names with tone marks (``Hoàng Yên`` is not ``Hoàng
Yến``), tone placement aside (``Hoà`` is ``Hòa``; :func:`person_clause`).
Both lists are in Vietnamese alphabetical order (:func:`vietnamese_sort_key`).
"""

from __future__ import annotations

import collections
import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from desktop.core import gazetteer
from desktop.core.search import fts_query
from desktop.core.store.queries import ArticleFilter, _Where, _where
from desktop.core.text import fold, fold_key, tone_placement

TOP = 300  # values listed per place/person/directive facet: the most frequent
DENSE = 5000  # text matches from which a facet scans an index rather than looks each match up


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One choice of a facet.

    Attributes:
        key: what goes into ``ArticleFilter`` (a year, a province's folded
            gazetteer name, a person's name with its tone marks, a directive
            id, a kind code).
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


# --- Vietnamese alphabetical order -------------------------------------------------

#: the letters in Vietnamese order (đ after d, ă and â after a ...), with the four
#: Latin letters Vietnamese does not use at their Latin places, for foreign names
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {c: i + 20 for i, c in enumerate(_ALPHABET)}  # 0: between words, 10-19: digits
#: a base letter with a mark that makes it another letter: "a" + breve is "ă"
_LETTER_MARKS = {
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}
#: tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@functools.lru_cache(maxsize=4096)
def _char_rank(char: str) -> tuple[int, int]:
    """``(letter rank, tone rank)`` of one character of a lower-case NFC string."""
    if char == "đ":
        return _LETTER_RANK["đ"], 0
    base, *marks = unicodedata.normalize("NFD", char)
    tone = 0
    for mark in marks:
        if mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        else:
            base = _LETTER_MARKS.get((base, mark), base)
    if base in _LETTER_RANK:
        return _LETTER_RANK[base], tone
    if base in "0123456789":
        return 10 + int(base), tone
    if not base.isalnum():
        return 0, 0  # spaces, dashes, dots: between words
    return 100 + ord(base), tone  # a letter of another script: after z


def vietnamese_sort_key(name: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key sorting names in Vietnamese alphabetical order.

    Letters first, word by word, in the Vietnamese alphabet (``a ă â b c d đ e
    ê ...``: ``Cà Mau`` < ``Cao Bằng`` < ``Cần Thơ``, ``Đắk Lắk`` after ``Dương``
    and before ``Gia Lai``), case aside; then the tone of each word
    (``Hoàng Yên`` < ``Hoàng Yến``), wherever its mark sits (``Hoà`` and
    ``Hòa`` alike); then the name itself, so the order is total.
    """
    letters: list[int] = []
    tones: list[int] = []
    tone = 0
    for char in unicodedata.normalize("NFC", name).lower():
        rank, mark = _char_rank(char)
        if rank == 0:
            if letters and letters[-1] != 0:  # one separator however many (" - ")
                letters.append(0)
                tones.append(tone)
                tone = 0
            continue
        letters.append(rank)
        tone = tone or mark
    if letters and letters[-1] == 0:
        letters.pop()
    else:
        tones.append(tone)
    return tuple(letters), tuple(tones), name


def _in_vietnamese_order(values: Iterable[FacetValue]) -> list[FacetValue]:
    return sorted(values, key=lambda v: vietnamese_sort_key(v.label))


def _top(values: Iterable[FacetValue], chosen: object, top: int) -> list[FacetValue]:
    """The ``top`` values with the most articles (the chosen one always), in Vietnamese order."""
    ranked = sorted(values, key=lambda v: (v.key != chosen, -v.count, vietnamese_sort_key(v.label)))
    return _in_vietnamese_order(ranked[:top])


# --- provinces: one value per gazetteer unit, whatever its spelling ---------------

#: characters a stored place spelling may hold between its syllables ("tp.hcm",
#: "bà rịa – vũng tàu", "tuyên - quang"): dropped before a spelling is looked up
_SQUASHED = " -–—."
_SQUASH_SQL = (
    "replace(replace(replace(replace(replace({}, ' ', ''), '-', ''), '–', ''), '—', ''), '.', '')"
)
#: what may come before a province's name as printed ("tỉnh", "Thành phố", "TP.",
#: "Thủ đô": ``places._UNIT_PREFIX_F`` and ``_CITY_PREFIX_RE``), squashed
_UNIT_PREFIXES = ("tinh", "thanhpho", "tp", "thudo")

def _provinces() -> dict[str, tuple[str, ...]]:
    """The analyser's provinces and cities, each with the other plain spellings it reads.

    From ``desktop.core.gazetteer`` (plain data: the analyser's half second of
    regex compiling is not paid at start-up, when the counts are read): every
    key through ``unit_of`` (``Huế`` is ``Thừa Thiên Huế``), with its folded name
    and the plain ``VARIANTS`` (not the patterns), unit prefix aside ("TPHCM" is
    "HCM" after "TP").
    """
    out: dict[str, tuple[str, ...]] = {}
    for key in gazetteer.all_keys():
        others = [fold(key)]
        for spelling in gazetteer.VARIANTS.get(key, ()):
            if _PLAIN_RE.fullmatch(spelling):
                others.append(_PREFIX_RE.sub("", spelling))
        unit = gazetteer.unit_of(key)
        out[unit] = (*out.get(unit, ()), *others)
    return out


_PLAIN_RE = re.compile(r"[a-z .-]+")
_PREFIX_RE = re.compile(r"^(?:tp|thanh pho|tinh|thu do)\.?\s*")


def _squash(folded: str) -> str:
    return folded.translate({ord(c): None for c in _SQUASHED})


def _squashed_spellings(provinces: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Every squashed spelling of each province -> its gazetteer name.

    Each name and other spelling, alone and after each unit prefix:
    ``thanhphohochiminh``, ``tphcm``, ``tinhtuyenquang`` (a dateline's ``TỈNH
    TUYÊN QUANG``) each name one province.
    """
    out: dict[str, str] = {}
    for unit, others in provinces.items():
        for core in {_squash(fold(unit)), *map(_squash, others)}:
            for spelling in (core, *(prefix + core for prefix in _UNIT_PREFIXES)):
                if out.setdefault(spelling, unit) != unit:  # pragma: no cover - a gazetteer edit
                    raise ValueError(f"{spelling!r} would name both {out[spelling]} and {unit}")
    return out


@functools.cache
def _unit_spellings() -> dict[str, str]:
    """Every squashed spelling of a province -> its gazetteer name."""
    return _squashed_spellings(_provinces())


@functools.cache
def _spellings_by_key() -> dict[str, tuple[str, ...]]:
    """A province's facet key (its folded gazetteer name) -> its squashed spellings."""
    out: dict[str, list[str]] = {}
    for spelling, unit in _unit_spellings().items():
        out.setdefault(fold_key(unit), []).append(spelling)
    return {key: tuple(sorted(spellings)) for key, spellings in out.items()}


def place_unit(folded: str) -> str | None:
    """The gazetteer name of the province a stored place spelling names, if any.

    ``place_unit("thanh pho ho chi minh") == place_unit("tp.hcm") == "Hồ Chí Minh"``;
    ``place_unit("hue") == "Thừa Thiên Huế"`` (one unit, as ``gazetteer.unit_of`` has it).

    Args:
        folded: ``places.folded``, the printed name through ``fold_key``.
    """
    return _unit_spellings().get(_squash(folded))


def place_key(folded: str) -> str:
    """The facet key of a stored place spelling: its province's folded name, or itself."""
    unit = place_unit(folded)
    return fold_key(unit) if unit is not None else folded


#: the distinct spellings in ``places``, one index seek each (a few hundred at most),
#: where ``SELECT DISTINCT`` reads every entry of the index
_PLACE_SPELLINGS_SQL = (
    "WITH RECURSIVE s(f) AS (SELECT min(folded) FROM places UNION ALL "
    "SELECT (SELECT min(folded) FROM places WHERE folded > s.f) FROM s WHERE s.f IS NOT NULL) "
    f"SELECT f FROM s WHERE {_SQUASH_SQL.format('f')} IN (SELECT value FROM json_each(?))"
)


def place_clause(key: str, alias: str = "a") -> tuple[str, list[object]]:
    """SQL selecting the articles naming the province ``key`` in any spelling, and its parameters.

    Used by ``queries._where`` for ``ArticleFilter.place``. The spellings of
    the province found in the library are read first (:data:`_PLACE_SPELLINGS_SQL`,
    well under a millisecond), so the articles are found on the
    ``(folded, article_id)`` index as for one spelling. A key that is no
    province's (an older library's odd spelling) selects that spelling alone.
    """
    spellings = _spellings_by_key().get(place_key(key))
    if spellings is None:
        return f"{alias}.id IN (SELECT article_id FROM places WHERE folded = ?)", [key]
    return (
        f"{alias}.id IN (SELECT article_id FROM places WHERE folded IN ({_PLACE_SPELLINGS_SQL}))",
        [json.dumps(spellings)],
    )


# --- people: one value per name with its tone marks --------------------------------

#: a tone mark placed the new way (NFD), in a syllable ending with "oa", "oe" or "uy":
#: the spots where the old way ("hoà", "thuỷ") spells the same name (``text.tone_placement``)
_NEW_TONE_SPOT = re.compile(
    "(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aeyAEY])(?![^\\W\\d_])")


def person_key(name: str) -> str:
    """The facet key of a person's name: NFC, tone marks placed the new way (``Hoà`` -> ``Hòa``)."""
    return tone_placement(unicodedata.normalize("NFC", name))


def _tone_spellings(key: str) -> list[str]:
    """Every spelling of ``key`` that :func:`person_key` maps to it: ``Hòa`` and ``Hoà``."""
    decomposed = unicodedata.normalize("NFD", key)
    spots = list(_NEW_TONE_SPOT.finditer(decomposed))[:6]  # a name has at most a few syllables
    out = {key}
    for old_way in itertools.product((False, True), repeat=len(spots)):
        parts: list[str] = []
        end = 0
        for spot, old in zip(spots, old_way, strict=True):
            vowel, tone, second = spot.groups()
            parts += [decomposed[end : spot.start()], vowel + second + tone if old else spot.group()]
            end = spot.end()
        spelling = unicodedata.normalize("NFC", "".join(parts) + decomposed[end:])
        if person_key(spelling) == key:
            out.add(spelling)
    return sorted(out)


def person_clause(key: str, alias: str = "a") -> tuple[str, list[object]]:
    """SQL selecting the articles naming the person ``key``, and its parameters.

    Used by ``queries._where`` for ``ArticleFilter.person``. Found on the
    ``(folded, article_id)`` index, then told apart by the name's tone marks.
    A key without any diacritic or capital (``le thi hoa``, a folded name)
    selects every name folding to it, as the filter did before people were
    told apart.
    """
    if key == fold_key(key):
        return f"{alias}.id IN (SELECT article_id FROM people WHERE folded = ?)", [key]
    return (
        f"{alias}.id IN (SELECT article_id FROM people WHERE folded = ? "
        "AND name IN (SELECT value FROM json_each(?)))",
        [fold_key(key), json.dumps(_tone_spellings(key))],
    )


# --- counting ---------------------------------------------------------------------


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


def place_counts(
    db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None
) -> list[FacetValue]:
    """Articles per province or city, each once under its gazetteer name, in Vietnamese order.

    Counted per stored spelling on the covering ``(folded, article_id)`` index
    (a library holds a few hundred spellings at most), then gathered per
    province in Python; a province printed several ways is counted again over
    its spellings, so an article printing two of them counts once.
    """
    base = flt.without("place")
    scope, params = _scope(base, "p.article_id", text_ids)
    rows = db.execute(
        "SELECT p.folded, count(DISTINCT p.article_id) FROM places p "
        f"WHERE 1{scope} GROUP BY p.folded",
        params,
    ).fetchall()
    spellings: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for folded, n in rows:
        key = place_key(folded)
        spellings.setdefault(key, []).append(folded)
        counts[key] = counts.get(key, 0) + int(n)
    labels: dict[str, str] = {}
    for key, folded in spellings.items():
        unit = place_unit(folded[0])
        if unit is None:  # no province's spelling: shown as printed
            row = db.execute("SELECT name FROM places WHERE folded = ? LIMIT 1", folded[:1]).fetchone()
            unit = row[0] if row else key
        labels[key] = unit
        if len(folded) > 1:
            counts[key] = int(db.execute(
                "SELECT count(DISTINCT p.article_id) FROM places p "
                f"WHERE p.folded IN (SELECT value FROM json_each(?)){scope}",
                [json.dumps(folded), *params],
            ).fetchone()[0])
    chosen = place_key(flt.place) if flt.place else None
    return _top((FacetValue(k, labels[k], counts[k]) for k in spellings), chosen, top)


def person_counts(
    db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None
) -> list[FacetValue]:
    """Articles per named person, told apart by tone marks, in Vietnamese order.

    The ``top`` folded names with the most articles are found on the covering
    ``(folded, article_id)`` index (``min(name)`` over every row made this 30x
    slower at 100,000 articles); only their rows are read, to split each by
    its tone marks (``Hoàng Yên``, ``Hoàng Yến``) and gather the spellings of
    one name (``Hoà``, ``Hòa``).
    """
    base = flt.without("person")
    chosen = flt.person
    scope, params = _scope(base, "p.article_id", text_ids)
    folded = [
        row[0]
        for row in db.execute(
            f"""SELECT p.folded FROM people p WHERE 1{scope} GROUP BY p.folded
                ORDER BY p.folded = ? DESC, count(DISTINCT p.article_id) DESC, p.folded LIMIT ?""",
            [*params, fold_key(chosen) if chosen else None, top],
        )
    ]
    if not folded:
        return []
    names: dict[str, list[tuple[str, int]]] = {}
    for name, n in db.execute(
        f"""SELECT p.name, count(DISTINCT p.article_id) FROM people p
            WHERE p.folded IN (SELECT value FROM json_each(?)){scope} GROUP BY p.name""",
        [json.dumps(folded), *params],
    ):
        names.setdefault(person_key(name), []).append((name, int(n)))
    values: list[FacetValue] = []
    for key, spellings in names.items():
        count = spellings[0][1]
        if len(spellings) > 1:  # "Hoà" and "Hòa": an article printing both counts once
            count = int(db.execute(
                "SELECT count(DISTINCT p.article_id) FROM people p WHERE p.folded = ? "
                f"AND p.name IN (SELECT value FROM json_each(?)){scope}",
                [fold_key(key), json.dumps([s for s, _ in spellings]), *params],
            ).fetchone()[0])
        # Shown as the key, whatever spellings the filter in force leaves: "Nguyễn Văn Hòa".
        values.append(FacetValue(key, key, count))
    if chosen is not None and chosen == fold_key(chosen):
        chosen = next((v.key for v in values if fold_key(str(v.key)) == chosen), chosen)
    return _top(values, chosen, top)


def directive_counts(
    db: Database, flt: ArticleFilter, top: int = TOP, *, text_ids: int | None = None
) -> list[FacetValue]:
    """Articles citing each directive, most first."""
    base = flt.without("directive_id")
    if base.is_empty:
        # Kept by triggers on mentions (migration 0004): no grouping at all.
        rows = db.execute(
            """SELECT id, canonical, article_count, term FROM directives WHERE article_count > 0
               ORDER BY id = ? DESC, article_count DESC, id LIMIT ?""",
            [flt.directive_id, top],
        ).fetchall()
        return sorted(_directive_values(rows), key=lambda v: (-v.count, v.label))
    scope, params = _scope(base, "m.article_id", text_ids)
    rows = db.execute(
        f"""SELECT c.directive_id, d.canonical, c.n, d.term FROM
              (SELECT m.directive_id, count(DISTINCT m.article_id) AS n FROM mentions m
               WHERE 1{scope} GROUP BY m.directive_id
               ORDER BY m.directive_id = ? DESC, n DESC, m.directive_id LIMIT ?) c
            JOIN directives d ON d.id = c.directive_id ORDER BY c.n DESC, d.canonical""",
        [*params, flt.directive_id, top],
    ).fetchall()
    return _directive_values(rows)


def _directive_values(rows: list[tuple[int, str, int, str | None]]) -> list[FacetValue]:
    """Facet values of ``(id, canonical, count, term)`` rows; two of one name get their term.

    The 35-CT/TW of 2019 and of 2024 are both "Chỉ thị 35-CT/TW": listed as
    "Chỉ thị 35-CT/TW · XII" and "Chỉ thị 35-CT/TW · XIII".
    """
    names = collections.Counter(canonical for _id, canonical, _n, _t in rows)
    return [
        FacetValue(int(key), f"{canonical} · {term or '?'}" if names[canonical] > 1 else canonical, int(n))
        for key, canonical, n, term in rows
    ]


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
