"""One article's people and places, read from the library (``queries.article_people_places``)."""

from __future__ import annotations

from search_factories import add_article

from desktop.core.store import facets, queries
from desktop.core.store.queries import ArticleFilter, Credit, NamedPerson


def test_the_rows_come_in_the_analysers_order_with_their_titles(library) -> None:
    db = library.db
    (article_id,) = db.execute("SELECT id FROM articles WHERE file LIKE '000_%'").fetchone()
    named = queries.article_people_places(db, article_id)
    assert [p.name for p in named.people] == ["Phạm Minh Chính", "Hoàng Văn Toàn", "Kim Liên"]
    assert named.people[0].title.startswith("Ủy viên Bộ Chính trị")
    assert [p.credit for p in named.people] == [None, None, Credit.AUTHOR]  # the byline's name
    assert [(p.name, p.province) for p in named.places] == [("Vĩnh Phúc", "Vĩnh Phúc")]
    rows = db.execute("SELECT name, title FROM people WHERE article_id = ? ORDER BY position", [article_id])
    assert [(p.name, p.title) for p in named.people] == [tuple(r) for r in rows]
    assert queries.article_people_places(db, 10_000) == queries.PeopleAndPlaces()


def test_each_name_carries_the_key_the_filter_bar_selects_it_by(empty_library) -> None:
    db = empty_library.db
    one = add_article(db, "Một", "Bài một.", places=["TP.HCM", "Hà Nội", "Thành phố Hồ Chí Minh"],
                      people=["Nguyễn Văn Hoà", "Lê Thị Hoa", "Nguyễn Văn Hòa"])
    two = add_article(db, "Hai", "Bài hai.", places=["TP Hồ Chí Minh"], people=["Nguyễn Văn Hòa"])
    named = queries.article_people_places(db, one)
    # Every row as stored, in order...
    assert [p.name for p in named.places] == ["TP.HCM", "Hà Nội", "Thành phố Hồ Chí Minh"]
    assert [p.name for p in named.people] == ["Nguyễn Văn Hoà", "Lê Thị Hoa", "Nguyễn Văn Hòa"]
    # ... and each province and person once, under the name the filter bar lists.
    assert [p.province for p in named.provinces()] == ["Hồ Chí Minh", "Hà Nội"]
    assert [p.key for p in named.distinct_people()] == ["Nguyễn Văn Hòa", "Lê Thị Hoa"]
    found = facets.facets(db, ArticleFilter())
    assert {p.key for p in named.provinces()} <= {v.key for v in found.places}
    assert {p.key for p in named.people} <= {v.key for v in found.people}
    # The key selects what choosing it in the bar does: every spelling.
    hcm = named.provinces()[0].key
    assert queries.count(db, ArticleFilter(place=hcm)) == 2
    assert {s.id for s, _ in queries.page(db, ArticleFilter(person=named.people[0].key))} == {one, two}


def test_byline_credits_are_told_from_titles() -> None:
    def credit(title: str) -> Credit | None:
        return NamedPerson("X", title, "X").credit

    assert credit("Phó Bí thư Tỉnh ủy") is None
    assert credit("") is None
    assert credit("byline") is Credit.AUTHOR
    assert credit("byline (printed in capitals: DUY NGUYỄN)") is Credit.AUTHOR
    assert credit("byline (photo credit)") is Credit.PHOTO
    assert credit("byline (graphics credit, printed in capitals: MINH HẢI)") is Credit.GRAPHICS
