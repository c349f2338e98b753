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
    assert _counts(f.people) == {"Bùi Văn Khánh": 2, "Lê Thị Hoa": 2}
    assert {v.label: v.count for v in f.directives} == {"Chỉ thị 35-CT/TW": 3, "Hướng dẫn 26-HD/BTCTW": 2}
    assert _counts(f.kinds) == {"giao-ban": 3, "so-ket": 1, "tong-ket": 1, "other": 1}
    # Provinces and people in alphabetical order; directives and kinds by count.
    assert [v.label for v in f.places] == ["Hà Nội", "Hòa Bình", "Phú Thọ"]
    assert [v.count for v in f.directives] == sorted((v.count for v in f.directives), reverse=True)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ArticleFilter(years=(2024, 2024)), {"c", "d"}),
        (ArticleFilter(years=(2023, 2024)), {"a", "b", "c", "d"}),
        (ArticleFilter(date_range=("2023-06-01", "2024-03-01")), {"b", "c"}),
        (ArticleFilter(place="hoa binh"), {"a", "b", "e"}),
        (ArticleFilter(person="Lê Thị Hoa"), {"c", "d"}),
        (ArticleFilter(person="le thi hoa"), {"c", "d"}),  # a folded name: every name folding to it
        (ArticleFilter(kind="giao-ban"), {"a", "c", "e"}),
        (ArticleFilter(kind="giao-ban", place="hoa binh"), {"a", "e"}),
        (ArticleFilter(kind="giao-ban", place="hoa binh", years=(2025, 2025)), {"e"}),
        (ArticleFilter(person="Bùi Văn Khánh", place="phu tho"), {"c"}),
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
    assert _counts(f.people) == {"Bùi Văn Khánh": 1}
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


# --- one province however printed, people by their toned names, Vietnamese order ------


def _add(db, key: str, *, places=(), people=(), date="2024-05-01") -> int:
    body = f"Bài {key} về công tác tổ chức: " + ", ".join([*places, *people]) + "."
    return add_article(db, f"Bài {key}", body, date=date, places=places, people=people)


def test_a_province_is_listed_once_under_its_gazetteer_name_however_printed(empty_library) -> None:
    """A new user saw "TP Hồ Chí Minh (1)" and "Thành phố Hồ Chí Minh (1)" side by side."""
    db = empty_library.db
    with_ha_noi = _add(db, "b", places=["Thành phố Hồ Chí Minh", "Hà Nội"])
    hcm_2024 = {
        with_ha_noi, _add(db, "a", places=["TP Hồ Chí Minh"]), _add(db, "c", places=["TP.HCM"])
    }
    hcm_2023 = {
        _add(db, "d", places=["TP. Hồ Chí Minh"], date="2023-02-01"),
        # one article printing it two ways counts once
        _add(db, "e", places=["Tp.HCM", "thành phố Hồ Chí Minh"], date="2023-03-01"),
    }
    expected = {
        "Hồ Chí Minh": hcm_2023 | hcm_2024,
        "Hà Nội": {with_ha_noi},
        "Thừa Thiên Huế": {_add(db, "f", places=["Thừa Thiên Huế"]), _add(db, "g", places=["Huế"])},
        "Đắk Lắk": {_add(db, "h", places=["Đắk Lắk"]), _add(db, "i", places=["Đắc Lắc"])},
        "Bà Rịa - Vũng Tàu": {
            _add(db, "j", places=["Bà Rịa - Vũng Tàu"]), _add(db, "k", places=["Bà Rịa – Vũng Tàu"])
        },
        "Khánh Hòa": {_add(db, "l", places=["Khánh Hòa"]), _add(db, "m", places=["Khánh Hoà"])},
        "Tuyên Quang": {
            _add(db, "n", places=["Tuyên Quang"]), _add(db, "o", places=["TỈNH TUYÊN QUANG"])
        },
    }

    found = facets.place_counts(db, ArticleFilter())
    assert {v.label: v.count for v in found} == {
        "Hồ Chí Minh": 5, "Hà Nội": 1, "Thừa Thiên Huế": 2, "Đắk Lắk": 2,
        "Bà Rịa - Vũng Tàu": 2, "Khánh Hòa": 2, "Tuyên Quang": 2,
    }
    for value in found:
        # Choosing it shows every article naming it, in any spelling, and no other.
        assert _shown(db, ArticleFilter(place=value.key)) == expected[value.label]
    hcm = next(v.key for v in found if v.label == "Hồ Chí Minh")
    # Under another filter too: counted, and chosen, over every spelling.
    assert _counts(facets.place_counts(db, ArticleFilter(years=(2023, 2023)))) == {hcm: 2}
    assert _shown(db, ArticleFilter(place=hcm, years=(2023, 2023))) == hcm_2023
    assert _counts(facets.year_counts(db, ArticleFilter(place=hcm))) == {2023: 2, 2024: 3}


def test_reading_the_province_filter_does_not_load_the_analyser() -> None:
    """The counts are read at start-up: the gazetteer they use is plain data."""
    import subprocess
    import sys

    code = ("import sys; from desktop.core.store import facets; facets._unit_spellings(); "
            "print(any(m.startswith('desktop.core.parse') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác làm việc tại TP Hồ Chí Minh.",
        "Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.",
        "Đoàn công tác làm việc tại thành phố Hồ Chí Minh.",
        "Đoàn công tác làm việc tại TP. Hồ Chí Minh.",
        "Đoàn công tác làm việc tại TP.HCM.",
        "Đoàn công tác làm việc tại TPHCM.",
        "Hội nghị ở Khánh Hoà và Thanh Hoá.",
        "Đoàn về Đắc Lắc, Bắc Cạn và Kontum.",
        "Đoàn về Bà Rịa - Vũng Tàu, Thừa Thiên - Huế và Huế.",
        "Làm việc tại TP.Hồ Chí Minh, Tp. HCM và Thừa Thiên–Huế.",
        # a lead's dateline in capitals
        "TP. HỒ CHÍ MINH - Sáng 3/4, hội nghị giao ban.",
        "THÀNH PHỐ HCM - Sáng 3/4, hội nghị giao ban.",
        "TỈNH HÀ TĨNH - Sáng 3/4, hội nghị giao ban.",
        "THỦ ĐÔ HÀ NỘI - Sáng 3/4, hội nghị giao ban.",
        "BÀ RỊA - VŨNG TÀU - Sáng 3/4, hội nghị giao ban.",
    ],
)
def test_the_province_key_agrees_with_the_analyser(text) -> None:
    """What the analyser stores for a place is listed under the province it found."""
    from desktop.core.parse import gazetteer, places
    from desktop.core.text import fold_key

    found = places.dateline_place(text) if " - Sáng" in text else places.find_places(text)
    assert found
    for key, printed, _s, _e in found:
        assert facets.place_unit(fold_key(printed)) == gazetteer.unit_of(key), printed


def test_provinces_are_in_vietnamese_order(empty_library) -> None:
    """Đ after D (not after Y), "Cà Mau" before "Cao Bằng"; then tones."""
    db = empty_library.db
    names = ["Yên Bái", "Đắk Lắk", "Thừa Thiên Huế", "Điện Biên", "Đắk Nông", "Cao Bằng", "Cà Mau",
             "Cần Thơ", "Đà Nẵng", "Bạc Liêu", "Bắc Ninh", "An Giang", "Hà Nội", "Hòa Bình",
             "Gia Lai"]
    for i, name in enumerate(names):
        _add(db, str(i), places=[name])
    _add(db, "extra", places=["Yên Bái"])  # more articles, still in its alphabetical place
    labels = [v.label for v in facets.place_counts(db, ArticleFilter())]
    assert labels == [
        "An Giang", "Bạc Liêu", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
        "Đắk Nông", "Điện Biên", "Gia Lai", "Hà Nội", "Hòa Bình", "Thừa Thiên Huế", "Yên Bái",
    ]


def test_people_are_told_apart_by_their_tone_marks(empty_library) -> None:
    """"Hoàng Yên (2)" stood for Hoàng Yên and Hoàng Yến; "Hoà"/"Hòa" is one name."""
    db = empty_library.db
    yen = _add(db, "a", people=["Hoàng Yên"])
    yen_acute = _add(db, "b", people=["Hoàng Yến"], places=["Phú Thọ"])
    hoa = {_add(db, "c", people=["Nguyễn Văn Hòa"]), _add(db, "d", people=["Nguyễn Văn Hoà"])}
    thuy_and_yen = _add(db, "e", people=["Lê Thị Thúy", "Hoàng Yến"], places=["Phú Thọ"])
    thuy = {thuy_and_yen, _add(db, "f", people=["Lê Thị Thuý"])}
    # an older analysis may list one name printed both ways: the article counts once
    hoa.add(_add(db, "g", people=["Nguyễn Văn Hoà", "Nguyễn Văn Hòa"]))

    found = facets.person_counts(db, ArticleFilter())
    assert {v.label: v.count for v in found} == {
        "Hoàng Yên": 1, "Hoàng Yến": 2, "Nguyễn Văn Hòa": 3, "Lê Thị Thúy": 2,
    }
    key = {v.label: v.key for v in found}
    assert _shown(db, ArticleFilter(person=key["Hoàng Yên"])) == {yen}
    assert _shown(db, ArticleFilter(person=key["Hoàng Yến"])) == {yen_acute, thuy_and_yen}
    assert _shown(db, ArticleFilter(person=key["Nguyễn Văn Hòa"])) == hoa
    assert _shown(db, ArticleFilter(person=key["Lê Thị Thúy"])) == thuy
    for value in found:
        assert queries.count(db, ArticleFilter(person=value.key)) == value.count
    # Under another filter, and under the search, each toned name is counted on its own.
    under_place = facets.person_counts(db, ArticleFilter(place="phu tho"))
    assert {v.label: v.count for v in under_place} == {"Hoàng Yến": 2, "Lê Thị Thúy": 1}
    under_text = facets.facets(db, ArticleFilter(text="hoang yen")).people
    assert {v.label: v.count for v in under_text} == {
        "Hoàng Yên": 1, "Hoàng Yến": 2, "Lê Thị Thúy": 1,
    }
    # The search stays diacritic-insensitive.
    assert _shown(db, ArticleFilter(text="hoang yen")) == {yen, yen_acute, thuy_and_yen}


def test_people_are_in_vietnamese_order(empty_library) -> None:
    db = empty_library.db
    names = ["Đinh Thế Huynh", "Hoàng Yến", "Dương Văn An", "Hoàng Yên", "Ân Văn Bình",
             "An Văn Bình", "Ăng Thị Mai"]
    for i, name in enumerate(names):
        _add(db, str(i), people=[name])
    _add(db, "x", people=["Hoàng Yến"])
    assert [v.label for v in facets.person_counts(db, ArticleFilter())] == [
        "An Văn Bình", "Ăng Thị Mai", "Ân Văn Bình", "Dương Văn An", "Đinh Thế Huynh", "Hoàng Yên",
        "Hoàng Yến",
    ]


def test_two_directives_of_one_name_are_told_apart_by_term() -> None:
    values = facets._directive_values([(1, "Chỉ thị 35-CT/TW", 3, "XII"), (2, "Chỉ thị 35-CT/TW", 1, "XIII"),
                                       (3, "Quy định 142-QĐ/TW", 2, "XIII")])
    assert [v.label for v in values] == ["Chỉ thị 35-CT/TW · XII", "Chỉ thị 35-CT/TW · XIII", "Quy định 142-QĐ/TW"]
