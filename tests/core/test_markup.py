"""Pages saved as text with their HTML left in (invented pages)."""

from __future__ import annotations

from desktop.core.parse import parse_article_strict
from desktop.core.parse.markup import looks_like_markup, strip_markup, without_leftovers

PAGE = "\n".join([
    "BAN TỔ CHỨC TỈNH UỶ BẠC LIÊU",
    '<div class="breadcrumb">Tin tức &raquo; Hoạt động ngành</div>',
    '<h2 class="title">Giao ban công tác tổ chức xây dựng Đảng tháng 9/2022</h2>',
    "Đăng lúc: 12/09/2022 - 09:14 AM&nbsp;|&nbsp;Lượt xem: 286",
    "<p><strong>(BTC) &ndash; Sáng 9/9, Ban Tổ chức Tỉnh uỷ tổ chức hội nghị giao ban với "
    "ban tổ chức các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực thuộc.</strong></p>",
    "<p>&nbsp;</p>",
    "<p>Đồng chí Trần Văn Hòa, Trưởng Ban Tổ chức Tỉnh uỷ chủ trì.<br>Hội nghị quán triệt "
    "Quy định số 24-QĐ/TW.</p>",
    "<script>var x = 1 < 2;</script>",
])


def test_a_page_saved_with_its_html_is_read_as_its_text() -> None:
    assert looks_like_markup(PAGE)
    p = parse_article_strict(PAGE)
    assert p.title == "Giao ban công tác tổ chức xây dựng Đảng tháng 9/2022"
    assert (p.published, p.event_date) == ("2022-09-12", "2022-09-09")
    assert [d.canonical for d in p.directives] == ["Quy định 24-QĐ/TW"]
    assert [x.name for x in p.people] == ["Trần Văn Hòa"]
    assert list(p.places) == ["Bạc Liêu"]
    for junk in ("<", "&nbsp;", "&raquo;", "var x"):
        assert junk not in p.clean_text
    assert "<p>" not in p.raw_text  # the text read, as offsets and notes refer to it


def test_stray_tags_are_left_to_the_cleaner() -> None:
    text = 'Giao ban quý I\n<img src="a.jpg" alt="Toàn cảnh">\nTỷ lệ đạt < 5% so với cùng kỳ.'
    assert not looks_like_markup(text)
    assert "< 5%" in parse_article_strict(text).clean_text


def test_strip_markup() -> None:
    assert strip_markup("<h2>Giao ban</h2>\n<p>Sáng 13/8,&nbsp;Ban <em>Tổ chức</em></p>") == (
        "Giao ban\n\nSáng 13/8,\xa0Ban Tổ chức")


def test_reanalysis_stores_the_text_read(library) -> None:
    """An article stored with its HTML (by an older analyser) gets the text its offsets refer to."""
    from desktop.core import library_ops
    from desktop.core.parse import parse_article
    from desktop.core.store import writes
    from desktop.core.text import content_hash

    parsed = parse_article(PAGE)
    with library.db.atomic():
        saved = writes.save_article(library.db, parsed, file="page.txt",
                                    content_hash=content_hash(PAGE), analyser_version=1)
        library.db.execute("UPDATE articles SET raw_text = ? WHERE id = ?", [PAGE, saved.article_id])
    library_ops.reanalyse(library.db)
    raw, clean, offsets = library.db.execute(
        "SELECT raw_text, clean_text, offset_map FROM articles WHERE id = ?",
        [saved.article_id]).fetchone()
    assert "<p>" not in raw and raw == parsed.raw_text and clean == parsed.clean_text


def test_a_printed_pages_drop_cap_joins_the_rest_of_its_word() -> None:
    assert without_leftovers("TIÊU ĐỀ\nS\náng 12-7, Ban Tổ chức họp.") == "TIÊU ĐỀ\nSáng 12-7, Ban Tổ chức họp."
    # (a letter alone over a line in capitals, or over a long word, is no drop cap)
    assert without_leftovers("A\nBan Tổ chức họp.") == "A\nBan Tổ chức họp."
    assert without_leftovers("B\nabcdefghijklmnopq rst") == "B\nabcdefghijklmnopq rst"


def test_a_pdfs_ligatures_are_their_letters() -> None:
    from desktop.core.parse.markup import without_leftovers
    assert without_leftovers("thông tin ﬁle PDF, ﬂow, eﬀect") == "thông tin file PDF, flow, effect"
