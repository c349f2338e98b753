"""Filters and their counts: each alone, combined, and with the search."""

from __future__ import annotations

from dataclasses import replace

import pytest
from search_factories import add_article

from desktop.core.store import facets, queries
from desktop.core.store.queries import ArticleFilter

CT35 = ("Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW")
HD26 = ("Hướng dẫn 26-HD/BTCTW", "Hướng dẫn", "26", "HD/BTCTW")

ROWS = [
    # key, date, kind, places, people, directives
    ("a", "2023-04-01", "giao-ban", ["Hòa Bình"], ["Bùi Văn Khánh"], [CT35]),
    ("b", "2023-10-01", "so-ket", ["Hoà Bình", "Phú Thọ"], [], [CT35, HD26]),
    ("c", "2024-01-15", "giao-ban", ["Phú Thọ"], ["Bùi Văn Khánh", "Lê Thị Hoa"], [HD26]),
    ("d", "2024-07-20", "tong-ket", ["Hà Nội"], ["Lê Thị Hoa"], []),
    ("e", "2025-03-03", "giao-ban", ["Hà Nội", "Hòa Bình"], [], [CT35]),
    ("f", None, "other", [], [], []),
]


@pytest.fixture
def ids(empty_library) -> dict[str, int]:
    out = {}
    for key, date, kind, places, people, dirs in ROWS:
        body = f"Bài {key} về công tác tổ chức. " + " ".join(d[0] for d in dirs) + " Đảng ủy."
        out[key] = add_article(
            empty_library.db, f"Bài {key}", body, date=date, kind=kind, places=places,
            people=people, directives=dirs,
        )
    return out


def _shown(db, flt: ArticleFilter) -> set[int]:
    rows = {s.id for s, _ in queries.page(db, flt, limit=1000)}
    assert queries.count(db, flt) == len(rows)
    return rows


def _counts(values) -> dict[object, int]:
    return {v.key: v.count for v in values}


def _directive_id(db, canonical: str) -> int:
    return db.execute("SELECT id FROM directives WHERE canonical = ?", [canonical]).fetchone()[0]


def test_unfiltered_counts(empty_library, ids) -> None:
    db = empty_library.db
    f = facets.facets(db, ArticleFilter())
    assert _counts(f.years) == {2023: 2, 2024: 2, 2025: 1}
    # Hòa Bình and Hoà Bình are one place.
    assert _counts(f.places) == {"hoa binh": 3, "phu tho": 2, "ha noi": 2}
    assert _counts(f.people) == {"bui van khanh": 2, "le thi hoa": 2}
    assert {v.label: v.count for v in f.directives} == {"Chỉ thị 35-CT/TW": 3, "Hướng dẫn 26-HD/BTCTW": 2}
    assert _counts(f.kinds) == {"giao-ban": 3, "so-ket": 1, "tong-ket": 1, "other": 1}
    assert [v.count for v in f.places] == sorted((v.count for v in f.places), reverse=True)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ArticleFilter(years=(2024, 2024)), {"c", "d"}),
        (ArticleFilter(years=(2023, 2024)), {"a", "b", "c", "d"}),
        (ArticleFilter(date_range=("2023-06-01", "2024-03-01")), {"b", "c"}),
        (ArticleFilter(place="hoa binh"), {"a", "b", "e"}),
        (ArticleFilter(person="le thi hoa"), {"c", "d"}),
        (ArticleFilter(kind="giao-ban"), {"a", "c", "e"}),
        (ArticleFilter(kind="giao-ban", place="hoa binh"), {"a", "e"}),
        (ArticleFilter(kind="giao-ban", place="hoa binh", years=(2025, 2025)), {"e"}),
        (ArticleFilter(person="bui van khanh", place="phu tho"), {"c"}),
        (ArticleFilter(text="dang uy", place="ha noi"), {"d", "e"}),
        (ArticleFilter(text="35-CT/TW", years=(2023, 2023)), {"a", "b"}),
        (ArticleFilter(kind="tong-ket", place="hoa binh"), set()),
    ],
)
def test_each_filter_and_combinations(empty_library, ids, flt, expected) -> None:
    assert _shown(empty_library.db, flt) == {ids[k] for k in expected}


def test_directive_filter(empty_library, ids) -> None:
    db = empty_library.db
    ct = _directive_id(db, "Chỉ thị 35-CT/TW")
    assert _shown(db, ArticleFilter(directive_id=ct)) == {ids["a"], ids["b"], ids["e"]}
    assert _shown(db, ArticleFilter(directive_id=ct, place="phu tho")) == {ids["b"]}
    assert facets.directive_label(db, ct) == "Chỉ thị 35-CT/TW"


def test_each_facet_ignores_its_own_field_and_keeps_the_others(empty_library, ids) -> None:
    db = empty_library.db
    flt = ArticleFilter(place="hoa binh", years=(2023, 2023))
    f = facets.facets(db, flt)
    # Years: under "Hòa Bình" only, whatever year is chosen.
    assert _counts(f.years) == {2023: 2, 2025: 1}
    # Places: under 2023 only, whatever place is chosen.
    assert _counts(f.places) == {"hoa binh": 2, "phu tho": 1}
    # The others: under both.
    assert _counts(f.kinds) == {"giao-ban": 1, "so-ket": 1}
    assert {v.label: v.count for v in f.directives} == {"Chỉ thị 35-CT/TW": 2, "Hướng dẫn 26-HD/BTCTW": 1}
    assert _counts(f.people) == {"bui van khanh": 1}
    # Every count is what choosing that value would show.
    for v in f.places:
        assert v.count == queries.count(db, ArticleFilter(place=v.key, years=(2023, 2023)))
    for v in f.kinds:
        assert v.count == queries.count(db, replace(flt, kind=v.key))


def test_counts_follow_the_search(empty_library, ids) -> None:
    db = empty_library.db
    f = facets.facets(db, ArticleFilter(text="26-HD/BTCTW"))
    assert _counts(f.years) == {2023: 1, 2024: 1}
    assert _counts(f.places) == {"phu tho": 2, "hoa binh": 1}


def test_a_chosen_value_outside_the_top_stays_listed(empty_library, ids) -> None:
    db = empty_library.db
    f = facets.place_counts(db, ArticleFilter(place="ha noi"), top=1)
    assert [v.key for v in f] == ["ha noi"]
    assert facets.place_counts(db, ArticleFilter(), top=1)[0].key == "hoa binh"


def test_clearing_every_filter_shows_everything(empty_library, ids) -> None:
    flt = ArticleFilter(text="dang", years=(2024, 2024), place="ha noi", kind="tong-ket")
    assert not flt.is_empty
    cleared = ArticleFilter()
    assert cleared.is_empty
    assert _shown(empty_library.db, cleared) == set(ids.values())


def test_probe_reads_every_index_the_counts_read(empty_library, ids) -> None:
    """The window's start-up probe meets a damaged facet index at once."""
    import sqlite3

    from desktop.core.store.db import open_library

    db = empty_library.db
    facets.probe(db)  # a sound library: nothing raised
    path = empty_library.path
    empty_library.close()
    conn = sqlite3.connect(path)
    (page,) = conn.execute("SELECT pageno FROM dbstat WHERE name = 'idx_places_folded' LIMIT 1").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xff" * size)
    lib = open_library(path, create=False)  # the open check reads no facet index
    try:
        with pytest.raises(sqlite3.DatabaseError):
            facets.probe(lib.db)
    finally:
        lib.close()


def test_text_counts_read_once_agree_with_counting_each_facet(empty_library, ids) -> None:
    """The facets under a search, matched once into a temp table, equal each facet matched alone."""
    db = empty_library.db
    for flt in (ArticleFilter(text="dang uy"), ArticleFilter(text="35-CT/TW", kind="giao-ban")):
        together = facets.facets(db, flt)
        assert _counts(together.years) == _counts(facets.year_counts(db, flt))
        assert _counts(together.places) == _counts(facets.place_counts(db, flt))
        assert _counts(together.people) == _counts(facets.person_counts(db, flt))
        assert _counts(together.directives) == _counts(facets.directive_counts(db, flt))
        assert _counts(together.kinds) == _counts(facets.kind_counts(db, flt))
        assert sum(v.count for v in together.kinds) == queries.count(db, flt.without("kind"))


def test_capped_count_says_more_without_counting_on(empty_library, ids) -> None:
    db = empty_library.db
    for flt in (ArticleFilter(text="dang uy"), ArticleFilter(text="dang uy", kind="giao-ban"), ArticleFilter()):
        exact = queries.count(db, flt)
        assert exact >= 3
        assert queries.count(db, flt, cap=exact) == exact
        assert queries.count(db, flt, cap=2) == 3  # "more than 2"
