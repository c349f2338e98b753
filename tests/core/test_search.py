"""Search in Vietnamese: folding, exact-diacritic ranking, hostile syntax, notes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from search_factories import add_article

from desktop.core.search import fts_query, has_diacritics, terms
from desktop.core.store import queries
from desktop.core.store.notes import add_note
from desktop.core.store.queries import ArticleFilter
from desktop.core.store.search_queries import article_snippet, match_spans, search

TEXTS = {
    "dang_uy": (
        "Đảng ủy xã Tân Lập kiện toàn tổ chức",
        "Sáng 3/12, Đảng ủy xã Tân Lập tổ chức hội nghị giao ban công tác tổ chức "
        "xây dựng Đảng quý IV, triển khai Hướng dẫn 26-HD/BTCTW của Ban Tổ chức Trung ương.",
    ),
    "hoa_binh_new": (
        "Giao ban tại Hòa Bình",
        "Ban Tổ chức Tỉnh ủy Hòa Bình tổng kết việc thực hiện Chỉ thị 35-CT/TW về đại hội.",
    ),
    "hoa_binh_old": (
        "Sơ kết ở Hoà Bình",
        "Tỉnh ủy Hoà Bình sơ kết sáu tháng, quán triệt Quy định 262 về lấy phiếu tín nhiệm.",
    ),
    "dang_ky": (
        "Thông báo đăng ký dự thi",
        "Thí sinh đăng ký dự thi trực tuyến; hạn đăng ký kéo dài đến cuối tháng; "
        "đăng ký tại trụ sở hoặc đăng ký qua bưu điện. Mẫu đăng ký có trên trang web.",
    ),
    "gas": (
        "Giá xăng dầu",
        "Giá xăng tăng nhẹ trong kỳ điều hành; không có nội dung về tổ chức cơ sở.",
    ),
}


@pytest.fixture
def ids(empty_library) -> dict[str, int]:
    db = empty_library.db
    dates = iter(["2023-03-01", "2024-06-15", "2024-09-20", "2025-01-05", "2025-02-02"])
    return {key: add_article(db, t, b, date=next(dates)) for key, (t, b) in TEXTS.items()}


def _ids(db, query: str) -> list[int]:
    return [h.id for h in search(db, query)]


# --- folding ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dang uy", {"dang_uy"}),
        ("Đảng ủy", {"dang_uy"}),
        ("DANG UY", {"dang_uy"}),
        ("to chuc", {"dang_uy", "hoa_binh_new", "gas"}),
        ("tổ chức", {"dang_uy", "hoa_binh_new", "gas"}),
        ("hoa binh", {"hoa_binh_new", "hoa_binh_old"}),
        ("Hòa Bình", {"hoa_binh_new", "hoa_binh_old"}),
        ("Hoà Bình", {"hoa_binh_new", "hoa_binh_old"}),
        ("xang dau", {"gas"}),
        ("phiếu tín nhiệm", {"hoa_binh_old"}),
    ],
)
def test_folded_queries_find_every_spelling(empty_library, ids, query, expected) -> None:
    found = set(_ids(empty_library.db, query))
    assert found == {ids[k] for k in expected}
    # The list filter uses the same query and finds the same articles.
    flt = ArticleFilter(text=query)
    listed = {s.id for s, _ in queries.page(empty_library.db, flt)}
    assert listed == found
    assert queries.count(empty_library.db, flt) == len(found)


def test_exact_diacritics_rank_first(empty_library, ids) -> None:
    db = empty_library.db
    # Typed without marks, both match in their titles; the newer one (the
    # exam notice) comes first.
    folded = _ids(db, "dang")
    assert folded[0] == ids["dang_ky"]
    exact = _ids(db, "đảng")
    assert exact[0] == ids["dang_uy"]
    assert ids["dang_ky"] in exact  # still found, only ranked after
    assert _ids(db, "đăng")[0] == ids["dang_ky"]
    ranks = [h.rank for h in search(db, "đảng")]
    assert ranks == sorted(ranks)


def test_tone_mark_placement_variants_rank_alike(empty_library, ids) -> None:
    db = empty_library.db
    # An older article spelled without the marks would rank after both
    # spellings when the query has marks, whichever placement it uses.
    plain = add_article(db, "Hoa Binh (khong dau)", "Bai viet ve Hoa Binh khong dau.")
    for query in ("Hòa Bình", "Hoà Bình"):
        hits = [h.id for h in search(db, query)]
        assert set(hits[:2]) == {ids["hoa_binh_new"], ids["hoa_binh_old"]}
        assert hits[2] == plain
    assert search(db, "hoa binh")[0].id == plain  # the newest first without marks


# --- directive codes as typed -------------------------------------------------


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("26-HD/BTCTW", "dang_uy"),
        ("Hướng dẫn 26-HD/BTCTW", "dang_uy"),
        ("huong dan 26", "dang_uy"),
        ("35-CT", "hoa_binh_new"),
        ("35-CT/TW", "hoa_binh_new"),
        ("Chỉ thị 35", "hoa_binh_new"),
        ("Quy định 262", "hoa_binh_old"),
        ("quy dinh 262", "hoa_binh_old"),
        ('"Quy định 262"', "hoa_binh_old"),
    ],
)
def test_directive_codes_as_typed(empty_library, ids, query, key) -> None:
    assert _ids(empty_library.db, query) == [ids[key]]


def test_code_highlight_covers_the_whole_code(empty_library, ids) -> None:
    text = TEXTS["dang_uy"][1]
    spans = match_spans(text, "26-HD/BTCTW")
    assert [text[s:e] for s, e in spans] == ["26-HD/BTCTW"]


# --- hostile syntax -------------------------------------------------------------

HOSTILE = [
    '"',
    '"""',
    '"dang',
    "dang\"",
    "(",
    ")",
    "(dang",
    "[dang]",
    "{uy}",
    "AND",
    "OR",
    "NOT",
    "dang AND",
    "AND dang",
    "dang OR uy",
    "NOT dang",
    "dang NOT uy",
    "NEAR(dang uy)",
    "NEAR(dang uy, 2)",
    "*",
    "dang*",
    "*dang",
    "-",
    "-dang",
    "dang -uy",
    "^dang",
    "title:dang",
    "body:",
    ":",
    "dang:uy",
    "+",
    "'",
    "\\",
    "%",
    "_",
    "---",
    "\u0301",
    "  ",
    "",
    "đ",
    "\x00",
    "rowid",
    "article_search",
    "'; DROP TABLE articles; --",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_syntax_never_errors(empty_library, ids, query) -> None:
    db = empty_library.db
    hits = search(db, query)
    flt = ArticleFilter(text=query)
    assert queries.count(db, flt) == len({s.id for s, _ in queries.page(db, flt)})
    expr = fts_query(query)
    if expr is not None:
        # Only quoted phrases, each optionally a prefix: never FTS5 operators.
        assert re.fullmatch(r'("[^"\W_]+( [^"\W_]+)*"\*? ?)+', expr + " "), expr
    assert len(hits) == len({h.id for h in hits})
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(TEXTS)


def test_operators_are_words_not_syntax(empty_library, ids) -> None:
    db = empty_library.db
    add_article(db, "Bài có chữ NOT", "Một câu có chữ NOT và chữ OR trong đó, cùng Đảng ủy.")
    # As FTS5 syntax "dang NOT uy" would exclude articles with "uy"; as text
    # it needs all three words.
    found = _ids(db, "dang NOT uy")
    assert len(found) == 1
    assert search(db, "dang NOT uy")[0].title == "Bài có chữ NOT"


@pytest.fixture(scope="module")
def memory_db():
    from sqlite_utils import Database

    from desktop.core.store.migrations import migrations

    db = Database(memory=True)
    migrations.apply(db)
    for title, body in TEXTS.values():
        add_article(db, title, body)
    return db


@settings(max_examples=200, deadline=None)
@given(
    query=st.text(
        alphabet=st.sampled_from(list('"()[]{}*-^:+ANDORTNEA đảngủyHòabình26/\\\'.,~!@#$%&_\u0301')),
        max_size=25,
    )
)
def test_any_input_is_safe(memory_db, query) -> None:
    hits = search(memory_db, query)
    if fts_query(query) is not None:  # an empty query filters nothing
        assert queries.count(memory_db, ArticleFilter(text=query)) == len(hits)
    match_spans(TEXTS["dang_uy"][1], query)


# --- the query builder ------------------------------------------------------------


def test_terms_fold_and_quote() -> None:
    assert fts_query("Đảng ủy") == '"dang" "uy"'
    assert fts_query("26-HD/BTCTW") == '"26 hd btctw"'
    assert fts_query('"tổ chức Đảng" hoa') == '"to chuc dang" "hoa"'
    assert fts_query("*") is None
    assert [t.tokens for t in terms("Quy định 262")] == [("quy",), ("dinh",), ("262",)]
    assert has_diacritics("đảng") and has_diacritics("Đ") and not has_diacritics("dang uy")


# --- snippets, notes ----------------------------------------------------------------


def test_snippet_is_real_text_with_matches_marked(empty_library, ids) -> None:
    hit = search(empty_library.db, "dang uy")[0]
    assert "[Đảng ủy]" in hit.snippet  # the two syllables where the text has them together
    assert [hit.snippet_text[s:e] for s, e in hit.snippet_spans] == ["Đảng ủy"]
    # where they are apart, each is marked
    hit = search(empty_library.db, "tan lap giao ban")[0]
    assert [hit.snippet_text[s:e] for s, e in hit.snippet_spans][:4] == ["Tân", "Lập", "giao", "ban"]


def test_snippet_starts_near_a_late_match(empty_library) -> None:
    db = empty_library.db
    body = "Mở đầu. " * 100 + "Cuối bài nhắc tới Quy định 262 một lần."
    article_id = add_article(db, "Bài dài", body)
    text, spans = article_snippet(db, article_id, "quy dinh 262")
    assert text.startswith("…")
    assert [text[s:e] for s, e in spans] == ["Quy định 262"]


def test_an_article_matches_through_its_notes(empty_library, ids) -> None:
    db = empty_library.db
    assert _ids(db, "cần theo dõi") == []
    with db.atomic():
        add_note(db, ids["gas"], 0, 8, comment="Cần theo dõi kỹ ở Quảng Ninh")
    assert _ids(db, "can theo doi") == [ids["gas"]]
    hit = search(db, "quang ninh")[0]
    assert hit.id == ids["gas"] and hit.in_note
    assert "[Quảng Ninh]" in hit.snippet
    assert queries.count(db, ArticleFilter(text="quang ninh")) == 1
    # Text and note matches together: each article once.
    assert sorted(_ids(db, "gia xang")) == [ids["gas"]]
    with db.atomic():
        add_note(db, ids["gas"], 0, 8, comment="Giá xăng lại tăng")
    for cap in (None, 1, 10):
        assert queries.count(db, ArticleFilter(text="gia xang"), cap=cap) == 1
        assert queries.count(db, ArticleFilter(text="quang ninh"), cap=cap) == 1


def test_results_carry_title_and_date(empty_library, ids) -> None:
    hit = search(empty_library.db, "xang")[0]
    assert hit.title == "Giá xăng dầu" and hit.date == "2025-02-02"
    assert set(hit.as_dict()) == {"id", "title", "date", "event_period", "words_apart", "snippet", "rank"}


def test_a_query_of_several_syllables_prefers_them_as_one_word(empty_library) -> None:
    """``đảng viên`` (party member) is one word of two syllables: where an article has it,
    the phrase ranks first and is what is marked, not every ``Đảng`` and ``Ủy viên``."""
    db = empty_library.db
    scattered = add_article(db, "Hội nghị Ban Chấp hành Đảng bộ",
                            "Đảng bộ xã họp; các Ủy viên Ban Thường vụ phát biểu về công tác Đảng.",
                            date="2025-03-01")
    phrase = add_article(db, "Kết nạp mới",
                         "Chi bộ thôn kết nạp 3 đảng viên mới; Đảng bộ xã có 210 đảng viên.",
                         date="2024-01-10")
    hits = search(db, "dang vien")
    assert [h.id for h in hits] == [phrase, scattered]
    marked = [hits[0].snippet_text[s:e] for s, e in hits[0].snippet_spans]
    assert marked == ["đảng viên", "đảng viên"]
    # where the phrase is not there, each word is still found and marked
    marked_scattered = [hits[1].snippet_text[s:e] for s, e in hits[1].snippet_spans]
    assert "Đảng" in marked_scattered and "viên" in marked_scattered
    text = "Chi bộ kết nạp 3 Đảng viên mới; Đảng bộ xã."
    assert [text[s:e] for s, e in match_spans(text, "đảng viên")] == ["Đảng viên"]
    piece, spans = article_snippet(db, phrase, "dang vien")
    assert [piece[s:e] for s, e in spans] == ["đảng viên", "đảng viên"]


def test_an_article_holding_the_words_only_apart_is_marked(empty_library) -> None:
    """A query of several words finds articles holding them apart too (after those holding
    them together); each of those says so, as ``search`` shows it, and a quoted query
    finds only the phrase."""
    db = empty_library.db
    together = add_article(db, "Lấy phiếu tín nhiệm", "Tỉnh ủy tổ chức lấy phiếu tín nhiệm giữa nhiệm kỳ.")
    apart = add_article(db, "Kiểm phiếu", "Tổ kiểm phiếu làm việc; hội nghị tín nhiệm chọn đồng chí Bí thư.")
    hits = search(db, "phieu tin nhiem")
    assert [(h.id, h.words_apart) for h in hits] == [(together, False), (apart, True)]
    assert hits[1].as_dict()["words_apart"] is True
    assert [(h.id, h.words_apart) for h in search(db, '"phiếu tín nhiệm"')] == [(together, False)]
    assert not search(db, "phieu")[0].words_apart  # (one word: nothing to hold apart)
