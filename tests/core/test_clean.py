"""Cleaning steps, one at a time, and the whole cleaner (invented chrome)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.parse import clean, parse_article_strict  # noqa: E402
from desktop.core.parse.annotate import clean_to_raw  # noqa: E402
from tests.factories import article  # noqa: E402

LONG = ("Hội nghị đã đánh giá kết quả công tác tổ chức xây dựng Đảng trong quý, chỉ ra những hạn "
        "chế và đề ra nhiệm vụ trọng tâm thời gian tới cho toàn ngành tổ chức.")


def segs(*lines: str) -> list[clean.Segment]:
    return clean.split_lines("\n".join(lines))


def texts(result: list[clean.Segment], kind: str | None = None) -> list[str]:
    return [s.text for s in result if kind is None or s.kind == kind]


def test_split_lines_keeps_raw_offsets() -> None:
    raw = "  Tiêu đề \n\n\xa0Đoạn một.\r\nĐoạn hai."
    for s in clean.split_lines(raw):
        assert raw[s.start : s.end] == s.text
    assert texts(clean.split_lines(raw)) == ["Tiêu đề", "Đoạn một.", "Đoạn hai."]


@pytest.mark.parametrize(
    ("line", "kept"),
    [("\xa0", False), (",", False), (".", False), ("* * *", False), ("Đoạn văn.", True)],
)
def test_drop_punctuation_lines(line: str, kept: bool) -> None:
    assert bool(clean.drop_punctuation_lines(segs(line))) == kept


@pytest.mark.parametrize(
    "line",
    ["Xem với cỡ chữ A- A A+", "Xem với cở chữ : A- A A+", "Chia sẻ", "Responsive image",
     "leftcenterrightdel", "Theo dõi Báo Tuyên Quang trên Google News", "In bài viết",
     "Gửi email", "Bình luận", "Tags: xây dựng Đảng, giao ban", "Lượt xem: 1.245"],
)
def test_drop_widget_lines(line: str) -> None:
    assert clean.drop_widget_lines(segs(line)) == []


def test_strip_glued_chrome() -> None:
    out = clean.strip_glued_chrome(segs("\xa0Minh Thư\xa0Xem phản hồi"))
    assert texts(out) == ["Minh Thư"]


def test_cut_trailing_sections_only_after_body() -> None:
    lines = ["Tin liên quan", LONG, "Thu Trang", "Tin liên quan", "Một tiêu đề khác về Hà Giang"]
    assert texts(clean.cut_trailing_sections(segs(*lines))) == lines[:3]


def test_site_header_and_labels() -> None:
    s = segs("Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh Kiên Giang",
             "cổng thông tin điện tử tỉnh kiên giang", "Xây dựng Đảng", "Tiêu đề bài viết hay",
             LONG)
    s = clean.mark_site_header(s)
    s = clean.mark_section_labels(s)
    assert [x.kind for x in s] == ["site", "site", "label", "body", "body"]


@pytest.mark.parametrize(
    ("line", "header", "is_date"),
    [
        ("Ngày đăng: 15/03/2023", False, True),
        ("Cập nhật: 08:30 ngày 15/03/2023", False, True),
        ("Đăng lúc: 10:05 - 2/9/2021", False, True),
        ("Thứ bảy, 12/10/2019, 10:15 (GMT+7)", True, True),
        ("20:45' 13/1/2022", True, True),
        ("Xây dựng Đảng 31-12-2022", True, True),
        ("Ngày 15/03/2023 | 08:30", True, True),
        ("Ngày 28/10/2019, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.", True, False),
        ("Giao ban ngày 28/10/2019", True, False),
        ("Thứ Hai, 06/03/2017", False, False),
        ("Th 4, 17/09/2025", True, True),
        ("Đã đăng 17/09/2025", True, True),
        ("2025-09-17T15:42:10+07:00", True, True),
        ("2025-09-17T08:42:10Z", True, True),
        ("Ngày 17/09/2025 đến 20/09/2025", True, False),
    ],
)
def test_is_date_line(line: str, header: bool, is_date: bool) -> None:
    assert clean.is_date_line(line, header=header) is is_date


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Giao ban công tác tổ chức quý III (30/09/2023 16:05)", "Giao ban công tác tổ chức quý III"),
        ("Chính trị | Sơ kết 6 tháng công tác tổ chức", "Sơ kết 6 tháng công tác tổ chức"),
        ("Hội nghị toàn quốc về công tác cán bộ - 12/01/2024", "Hội nghị toàn quốc về công tác cán bộ"),
        # (the page's template lost the space before its stamp)
        ("TIN TỨC - SỰ KIỆN | Huyện ủy Côn Đảo sơ kết công tác kiểm tra quý III05/10/2023 - 09:40",
         "Huyện ủy Côn Đảo sơ kết công tác kiểm tra quý III"),
        # (a label and the headline apart by two spaces; a programme and its day after a bar)
        ("Xây dựng Đảng  Hòa Bình kiện toàn cấp ủy cơ sở sau sắp xếp", "Hòa Bình kiện toàn cấp ủy cơ sở sau sắp xếp"),
        ("Cao Bằng sơ kết công tác tổ chức xây dựng Đảng 6 tháng | Bản tin Thời sự CRTV 20/7/2023",
         "Cao Bằng sơ kết công tác tổ chức xây dựng Đảng 6 tháng"),
    ],
)
def test_mark_title_splits_stamp_and_label(line: str, title: str) -> None:
    out = clean.mark_title(segs(line, LONG))
    assert texts(out, "title") == [title]


def test_a_stamp_before_a_bar_opening_the_headlines_line_is_its_date() -> None:
    p = parse_article_strict("\n".join([
        "Trang chủ » Đảng trong doanh nghiệp", "",
        "14/03/2024 08:15 | Đảng ủy Tổng công ty Sông Đà giao ban công tác xây dựng Đảng quý I", "",
        "(PV) - Chiều 13/3, Đảng ủy Tổng công ty tổ chức hội nghị giao ban quý I. " + LONG]))
    assert (p.title, p.published, p.event_date) == (
        "Đảng ủy Tổng công ty Sông Đà giao ban công tác xây dựng Đảng quý I", "2024-03-14", "2024-03-13")


def test_the_sites_name_after_the_headline_as_its_masthead_prints_it() -> None:
    p = parse_article_strict("\n".join([
        "NHỊP CẦU DẦU KHÍ", "Trang chủ  Tin tức  Xây dựng Đảng", "",
        "Đảng ủy Tập đoàn giao ban công tác tổ chức quý II - Nhịp cầu Dầu khí", "",
        "Sáng 5/7/2024, Đảng ủy Tập đoàn tổ chức hội nghị giao ban công tác tổ chức quý II. " + LONG]))
    assert p.title == "Đảng ủy Tập đoàn giao ban công tác tổ chức quý II"
    # (a dash inside the headline, its end named nowhere over it, stays)
    q = parse_article_strict("\n".join([
        "NHỊP CẦU DẦU KHÍ", "", "Đại hội Đảng bộ Tổng công ty: Đoàn kết - Đổi mới - Bứt phá", "",
        "Sáng 5/7/2024, Đảng bộ Tổng công ty tổ chức đại hội. " + LONG]))
    assert q.title == "Đại hội Đảng bộ Tổng công ty: Đoàn kết - Đổi mới - Bứt phá"


def test_drop_duplicates_caption_and_teaser() -> None:
    out = clean.drop_duplicates(segs("Quang cảnh hội nghị.", "Quang cảnh hội nghị.", LONG, LONG))
    assert texts(out) == ["Quang cảnh hội nghị.", LONG]


def test_whole_cleaner_keeps_every_body_sentence() -> None:
    raw = article(
        "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023",
        ["Sáng 14/7, Ban Tổ chức Huyện ủy tổ chức hội nghị sơ kết.", "Quang cảnh hội nghị.",
         "Quang cảnh hội nghị.", LONG, "\xa0"],
        header=["Trang thông tin điện tử Huyện ủy Mỹ Xuyên", "Tin tức - Sự kiện"],
        date_line="Cập nhật lúc 09:12, Thứ Sáu, 14/07/2023",
        byline="\xa0Ngọc Hân\xa0Xem phản hồi",
        footer=["Tin khác", "Hội nghị giao ban quý II", "Mới nhất"],
    )
    c = clean.clean(raw)
    assert c.clean_text.split("\n\n") == [
        "Sáng 14/7, Ban Tổ chức Huyện ủy tổ chức hội nghị sơ kết.", "Quang cảnh hội nghị.", LONG,
        "Ngọc Hân",
    ]
    # every clean paragraph maps back onto the raw text
    for start, seg in c.paragraphs:
        raw_start = clean_to_raw(c.offset_map, start)
        assert raw[raw_start : raw_start + len(seg.text)] == seg.text


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a site's name over a breadcrumb
        (["Đảng bộ tỉnh Hòa Vang", "Trang chủ | Tin tức | Chính trị"],
         "Sơ kết công tác tổ chức quý III năm 2021 (05/10/2021 09:12)"),
        # a paper's name of several words, over a section menu
        (["Báo Lâm Viên điện tử", "Thời sự | Chính trị | Xây dựng Đảng"],
         "Giao ban công tác tổ chức tháng 3"),
        (["Báo TP. Sông Hồng điện tử"], "Tổng kết công tác tổ chức năm 2022"),
        # a portal with an abbreviated city name
        (["Trang thông tin điện tử Ban Tổ chức Thành ủy TP. Sông Hồng"],
         "Triển khai nhiệm vụ năm 2023"),
    ],
)
def test_site_name_is_never_the_title(header: list[str], title: str) -> None:
    raw = article(title, ["Ngày 2/10, hội nghị diễn ra tại hội trường.", LONG],
                  header=header, date_line="Ngày đăng: 06/10/2021")
    out = clean.clean_segments(raw)
    assert texts(out, clean.TITLE) == [title.split(" (")[0]]
    assert texts(out, clean.SITE) == header[:1]


def test_site_name_above_a_stamped_title_without_breadcrumb() -> None:
    # the breadcrumb was dropped as page chrome: the stamp still shows the headline
    raw = article("Giao ban công tác tổ chức quý I (03/04/2020 10:15)", [LONG],
                  header=["Cổng Đảng bộ Hòa Vang"])
    out = clean.clean_segments(raw)
    assert texts(out, clean.TITLE) == ["Giao ban công tác tổ chức quý I"]
    assert texts(out, clean.SITE) == ["Cổng Đảng bộ Hòa Vang"]
    assert texts(out, clean.DATE) == ["(03/04/2020 10:15)"]


def test_drop_markup_lines() -> None:
    lines = ["Đoạn có <b>chữ đậm</b> giữa câu.", '<img src="/a/b.jpg" alt="Toàn cảnh">',
             "<script>var n = 1; document.write(n);</script>", '<script type="text/javascript">',
             "var hidden = 2;", "</script>", "<p><br/></p>", "Đoạn cuối."]
    assert texts(clean.drop_markup_lines(segs(*lines))) == [lines[0], lines[-1]]


def test_markup_lines_are_not_in_the_clean_text() -> None:
    raw = article("Giao ban công tác tổ chức quý II", [
        LONG, '<img src="/uploads/anh-hoi-nghi.jpg" alt="Hội nghị">',
        "<script>document.write('Lượt xem: ' + 12);</script>", "Đồng chí Hà Văn Tư kết luận."])
    cleaned = clean.clean(raw)
    assert "<" not in cleaned.clean_text
    assert cleaned.clean_text.endswith("Đồng chí Hà Văn Tư kết luận.")


@pytest.mark.parametrize(
    ("line", "byline", "published", "places"),
    [
        # an author before the date, in the header
        ("Tác giả: Hồng Nhung - 03/11/2023", "Hồng Nhung", "2023-11-03", []),
        ("Quang Đạt | 03/11/2023 10:12", "Quang Đạt", "2023-11-03", []),
        ("THU TRANG - 03/11/2023 10:12", "Thu Trang", "2023-11-03", []),
        # two authors apart by a dash, then the date
        ("Hoài Nam - Bích Ngọc • 03/11/2023 06:45 GMT+7", "Hoài Nam - Bích Ngọc", "2023-11-03", []),
        ("Hoài Nam – Bích Ngọc | 03/11/2023", "Hoài Nam - Bích Ngọc", "2023-11-03", []),
        # a dateline: the place is a place named by the article
        ("Lạng Sơn | 03/11/2023", None, "2023-11-03", ["Lạng Sơn"]),
        ("TP. Hồ Chí Minh, 03/11/2023", None, "2023-11-03", ["TP. Hồ Chí Minh"]),
    ],
)
def test_header_line_with_author_or_place_and_date(
    line: str, byline: str | None, published: str, places: list[str]
) -> None:
    title = "Giao ban công tác tổ chức xây dựng Đảng tháng 10"
    p = parse_article_strict(article(title, [LONG], date_line=line))
    assert (p.title, p.byline, p.published, list(p.places)) == (title, byline, published, places)
    assert line not in p.clean_text


def test_headline_above_a_line_read_as_a_label_stays_the_title() -> None:
    # "Chuyên mục A | 10:00" looks like a breadcrumb, which made the headline a site name
    p = parse_article_strict(article("Hội nghị giao ban công tác tổ chức quý IV",
                                     [LONG], date_line="Chuyên mục A | 10:00"))
    assert p.title == "Hội nghị giao ban công tác tổ chức quý IV"


@pytest.mark.parametrize(
    ("header", "title", "date_line"),
    [
        # a masthead in capitals and a publisher's line over the breadcrumb
        (["TẠP CHÍ NGHIÊN CỨU LÝ LUẬN", "Cơ quan của Học viện Chính trị khu vực IV",
          "Trang chủ » Tin tức » Xây dựng Đảng"], "Hậu Giang sơ kết công tác tổ chức năm 2023", None),
        # a party committee's site: its name in capitals, a menu, a breadcrumb after a label
        (["HUYỆN ỦY NAM ĐÔNG", "TRANG THÔNG TIN ĐIỆN TỬ",
          "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
          "Tin tức - Sự kiện » Xây dựng Đảng"], "Giao ban công tác tổ chức tháng 11", None),
        # the date line anchors the headline: right above it ...
        (["ĐẢNG BỘ TỈNH KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ", "Tìm kiếm..."],
         "Kon Tum giao ban công tác tổ chức quý IV", "Đăng ngày: 06/01/2024 08:15  |  Lượt xem: 2.318"),
        # ... with widget rows around it
        (["BÁO ĐIỆN TỬ BÌNH PHƯỚC", "Chính trị  ›  Xây dựng Đảng",
          "Cỡ chữ:  A  A  A   |   In bài   |   Gửi email"],
         "Ngành tổ chức tỉnh triển khai nhiệm vụ năm 2024", "15:30 | 06/01/2024"),
    ],
)
def test_headline_under_mastheads_menus_and_widgets(
    header: list[str], title: str, date_line: str | None
) -> None:
    from desktop.core.parse import parse_article_strict

    raw = article(title, [LONG], header=header, date_line=date_line,
                  footer=["Lượt xem: 587 | Chia sẻ | In bài | Gửi email"])
    p = parse_article_strict(raw)
    assert p.title == title
    assert p.clean_text == LONG
    assert p.published == ("2024-01-06" if date_line else None)


def test_date_line_over_the_headline() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Trang chủ / Tin hoạt động",
                     "Thứ bảy, 06/01/2024, 07:40 (GMT+7)", "\xa0",
                     "Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2023", "Lượt xem: 1.073", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2023",
                                      "2024-01-06")


def test_headline_under_a_menu_printed_one_item_a_line() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["BÁO BIÊN CƯƠNG", "Cơ quan của Đảng bộ Khối", "Thời sự", "Biên giới",
                     "Xây dựng lực lượng", "Pháp luật", "Đối ngoại", "Văn hóa - Thể thao",
                     "Xây dựng lực lượng",
                     "Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2024",
                     "Thứ Bảy, 18/01/2025 | 07:32", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2024",
                                      "2025-01-18")


def test_the_date_line_by_the_headline_wins_over_todays_date_in_the_masthead() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["BÁO TÂY ĐÔ ONLINE", "Thứ Hai, 28/11/2022", "Thời sự", "Văn hoá - Giải trí",
                     "Nâng chất sinh hoạt chi bộ", "24/11/2022 - 05:58", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Nâng chất sinh hoạt chi bộ", "2022-11-24")


@pytest.mark.parametrize("outlet", ["Báo Quảng Trị điện tử - Cơ quan của Đảng bộ tỉnh Quảng Trị",
                                    "Quảng Trị Online"])
def test_todays_date_under_a_title_like_outlet_name_is_not_the_articles(outlet: str) -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join([outlet, "Thứ Sáu, 09/06/2023", "Thời sự | Xây dựng Đảng | Kinh tế | Xã hội",
                     "Xây dựng Đảng", "Giao ban công tác tổ chức tháng 5",
                     "Thứ Năm, 08/06/2023 - 16:40", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Giao ban công tác tổ chức tháng 5", "2023-06-08")


def test_a_dated_headline_at_the_top_with_a_later_update_line_stays() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["Giao ban công tác tổ chức tháng 5", "Thứ Năm, 08/06/2023", LONG,
                     "Cập nhật: Thứ Sáu, 09/06/2023 - 10:00", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Giao ban công tác tổ chức tháng 5", "2023-06-08")


@pytest.mark.parametrize(
    ("line", "iso"),
    [("Posted on August 4, 2025 by admin", "2025-08-04"), ("4 Aug 2025", "2025-08-04"),
     ("October 18, 2023", "2023-10-18")],
)
def test_english_date_lines(line: str, iso: str) -> None:
    from desktop.core.parse import parse_article_strict

    p = parse_article_strict("\n".join(["Giao ban công tác xây dựng Đảng tháng 7", line, LONG]))
    assert p.published == iso


def test_a_stamp_under_the_sapo_is_the_date_line_and_no_headline() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["Đà Nẵng phát hiện 300 cán bộ trẻ để quy hoạch cấp ủy",
                     "Ban Tổ chức Thành ủy cho biết 6 tháng đầu năm, các cấp ủy đã rà soát, giới thiệu "
                     "hơn 300 cán bộ trẻ có triển vọng vào quy hoạch cấp ủy các cấp nhiệm kỳ tới.",
                     "Minh Quân", "10/07/2024 19:25 GMT+7", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Đà Nẵng phát hiện 300 cán bộ trẻ để quy hoạch cấp ủy",
                                      "2024-07-10")


def test_labels_apart_by_two_spaces() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["BÁO ĐỒNG KHỞI", "Chính trị  Xây dựng Đảng", "Thứ Sáu, 14-10-2022, 18:36",
                     "Ban Tổ chức các tỉnh giao ban công tác quý III", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Ban Tổ chức các tỉnh giao ban công tác quý III", "2022-10-14")


def test_author_line_with_a_view_counter_is_the_byline_not_a_label() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Trang thông tin điện tử",
                     "Giao ban công tác tổ chức xây dựng Đảng quý I/2024",
                     "Tác giả: Hồng Vân  |  Lượt xem: 287", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.byline) == ("Giao ban công tác tổ chức xây dựng Đảng quý I/2024", "Hồng Vân")


def test_lines_of_a_paragraph_broken_by_a_pdf_are_one_paragraph() -> None:
    from desktop.core.parse import clean_to_raw, parse_article_strict

    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2023",
        "Sáng ngày 11 tháng 10 năm 2023, tại trụ sở Tỉnh ủy, Ban Tổ chức Tỉnh ủy",
        "tổ chức hội nghị giao ban quý III. Chủ trì hội nghị có đồng chí Lê Văn",
        "Quyết, Trưởng Ban Tổ chức Tỉnh ủy. Hội nghị triển khai Hướng dẫn số",
        "09-HD/BTCTU ngày 21/8/2023 của Ban Tổ chức Tỉnh ủy.",
        "1. Công tác tổ chức bộ máy được kiện toàn.",
    ])
    p = parse_article_strict(raw)
    first, item = p.clean_text.split("\n\n")
    assert item == "1. Công tác tổ chức bộ máy được kiện toàn."  # a list item stays apart
    assert "\n" not in first and first.startswith("Sáng ngày 11 tháng 10 năm 2023")
    assert p.event_date == "2023-10-11"
    assert [d.canonical for d in p.directives] == ["Hướng dẫn 09-HD/BTCTU"]
    d = p.directives[0]
    assert p.clean_text[d.start : d.end] == "Hướng dẫn số 09-HD/BTCTU"
    a, b = clean_to_raw(p.offset_map, d.start), clean_to_raw(p.offset_map, d.end)
    assert raw[a:b] == "Hướng dẫn số\n09-HD/BTCTU"  # the raw text keeps its line break


def test_a_menu_item_repeated_over_the_headline_is_a_label() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["HUYỆN ỦY KỲ ANH - TRANG THÔNG TIN ĐIỆN TỬ",
                     "Giới thiệu | Tin tức | Xây dựng Đảng | Bài cộng tác viên | Liên hệ",
                     "Bài cộng tác viên", "Giao ban công tác tổ chức tháng 8: gỡ vướng", LONG])
    assert parse_article_strict(raw).title == "Giao ban công tác tổ chức tháng 8: gỡ vướng"


def test_merged_outlet_masthead_and_a_label_over_the_date_line() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["Báo và Phát thanh, Truyền hình Tây Ninh",
                     "Thời sự   Chính trị   Xây dựng Đảng   Xã hội   Video", "Xây dựng Đảng",
                     "Thứ ba, 9/9/2025 | 11:20", "Ngành tổ chức dồn sức cho đại hội", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Ngành tổ chức dồn sức cho đại hội", "2025-09-09")


def test_a_bulletins_issue_line() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["Bản tin Công tác tổ chức số 11 (tháng 11/2022)",
                     "Ngày phát hành: 10/11/2022 - Lưu hành nội bộ", LONG])
    assert parse_article_strict(raw).published == "2022-11-10"


def test_a_short_label_over_the_date_gives_way_to_the_headline_under_it() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["BÁO CAO BẰNG", "Báo in", "Số 5187 - Thứ Bảy, 28/12/2024 | Trang 2",
                     "Tổng kết công tác tổ chức xây dựng Đảng năm 2024: tạo nền tảng cho năm đại hội",
                     "Tải bản PDF (2,4 MB)", LONG])
    p = parse_article_strict(raw)
    assert p.title.startswith("Tổng kết công tác tổ chức") and p.published == "2024-12-28"
    assert "PDF" not in p.clean_text


def test_a_print_page_issue_line_with_its_running_number() -> None:
    raw = "\n".join(["TẠP CHÍ SINH HOẠT CHI BỘ – BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ",
                     "Số 9 (212)   Thứ Hai, ngày 3/4/2023   Trang 5",
                     "Nâng cao chất lượng sinh hoạt chi bộ ở các xã mới sáp nhập", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Nâng cao chất lượng sinh hoạt chi bộ ở các xã mới sáp nhập",
                                      "2023-04-03")


def test_a_kicker_in_capitals_over_a_headline_in_ordinary_case() -> None:
    raw = "\n".join(["ĐẶC SAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG TỈNH NGHỆ AN – SỐ XUÂN",
                     "Thứ Sáu, 20/1/2023",
                     "TỔNG KẾT NĂM 2022",
                     "Ngành tổ chức Nghệ An hoàn thành toàn diện các chỉ tiêu năm 2022",
                     "Năm 2022, ngành tổ chức xây dựng Đảng tỉnh đã tham mưu cấp ủy nhiều việc lớn.",
                     LONG])
    p = parse_article_strict(raw)
    assert p.title == "Ngành tổ chức Nghệ An hoàn thành toàn diện các chỉ tiêu năm 2022"
    assert p.published == "2023-01-20"


def test_a_headline_in_capitals_over_its_sapo_stays_the_headline() -> None:
    raw = "\n".join(["GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ III NĂM 2021",
                     "Ngày đăng: 05/10/2021",
                     "Sáng 4/10, Ban Tổ chức Tỉnh ủy Hà Tĩnh tổ chức hội nghị giao ban quý III.",
                     LONG])
    assert parse_article_strict(raw).title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ III NĂM 2021"


def test_a_kicker_in_capitals_wrapped_over_two_lines_over_a_wrapped_headline() -> None:
    # a printed page read by a phone: the kicker in capitals over two lines, the headline in
    # ordinary case broken after a comma, the lead in the column's width
    raw = "\n".join(["6 XÂY DỰNG ĐẢNG", "THÁI BÌNH Thứ Sáu, 14-7-2023",
                      "HỘI NGHỊ SƠ KẾT CÔNG TÁC TỔ CHỨC", "XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM",
                      "Đổi mới phương thức tham mưu,", "nâng chất lượng đội ngũ cán bộ cơ sở",
                      "Sáng 13-7, Ban Tổ chức Tỉnh ủy tổ chức", "hội nghị sơ kết công tác tổ chức xây dựng",
                      "Đảng 6 tháng đầu năm 2023.", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đổi mới phương thức tham mưu, nâng chất lượng đội ngũ cán bộ cơ sở"
    assert (p.published, p.event_date) == ("2023-07-14", "2023-07-13")
    # a headline in capitals over two lines with its sapo under it stays the headline
    sapo = raw.replace("Đổi mới phương thức tham mưu,\nnâng chất lượng đội ngũ cán bộ cơ sở",
                       "Sáu tháng qua, ngành tổ chức xây dựng Đảng tỉnh hoàn thành nhiều việc lớn.")
    assert parse_article_strict(sapo).title == "HỘI NGHỊ SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM"


def test_a_menu_copied_with_its_items_apart_by_spaces_is_not_the_headline() -> None:
    raw = "\n".join(["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LÀO CAI",
                     "Trang chủ  Giới thiệu  Tin tức  Văn bản  Thư viện ảnh  Liên hệ",
                     "Tin tức > Xây dựng Đảng",
                     "Đảng ủy Bộ đội Biên phòng tỉnh sơ kết 6 tháng đầu năm 2024", LONG])
    assert parse_article_strict(raw).title == "Đảng ủy Bộ đội Biên phòng tỉnh sơ kết 6 tháng đầu năm 2024"
    assert not clean._is_spaced_menu("Hội nghị  tổng kết công tác tổ chức năm 2023")


def test_an_english_page_date_widgets_and_related_news() -> None:
    raw = "\n".join(["Đảng ủy Bộ Công Thương tổng kết công tác xây dựng Đảng năm 2023",
                     "Tuesday, January 9, 2024 | 10:12 AM",
                     "Print | Email | Font size: A A A",
                     "Chiều 8/1, Đảng ủy Bộ Công Thương tổ chức hội nghị tổng kết năm 2023.", LONG,
                     "Thanh Hà (Văn phòng Đảng ủy Bộ)",
                     "Related news / Tin liên quan:",
                     "- Chi bộ Vụ Thị trường trong nước sinh hoạt chuyên đề (02/01/2024)",
                     "Back to top"])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date) == ("2024-01-09", "2024-01-08")
    assert p.byline == "Thanh Hà"
    assert "Font size" not in p.clean_text and "Chi bộ Vụ" not in p.clean_text
    assert "Back to top" not in p.clean_text


def test_a_bilingual_pages_share_row_and_related_news_labelled_in_its_other_script() -> None:
    # a Khmer-language programme's page: the share row's and the related box's labels in
    # Khmer before the Vietnamese; the byline over them is the article's
    raw = "\n".join(["Xã Lai Hòa tuyên truyền bầu cử đến đồng bào Khmer",
                     "Ngày 10.3, Đảng ủy xã Lai Hòa tổ chức hội nghị tuyên truyền về cuộc bầu cử năm 2026.", LONG,
                     "Lâm Sô Phia - Trần Minh",
                     "ចែករំលែក:  Facebook  |  Zalo  |  Sao chép liên kết",
                     "ព័ត៌មានពាក់ព័ន្ធ / Tin liên quan",
                     "› Vĩnh Châu: Sư sãi hưởng ứng ngày hội non sông (02/03/2026)"])
    p = parse_article_strict(raw)
    assert p.byline == "Lâm Sô Phia - Trần Minh"
    assert "Facebook" not in p.clean_text and "Vĩnh Châu" not in p.clean_text
    # a row opening with a date and a time is no share row: the date line
    assert not clean._chrome_row("30/12/2022 16:52    Lượt xem: 684")


def test_an_epaper_viewers_toolbar_with_icons_and_a_page_of_pages_is_chrome() -> None:
    assert clean._chrome_row("Trang 3/16     ⊕ Phóng to   ⊖ Thu nhỏ   ⤓ Tải PDF   ☰ Mục lục số báo")
    assert clean._chrome_row("Thích 12     Chia sẻ     Bình luận (3)")  # (a count beside a widget still goes)
    assert not clean._chrome_row("Trang 3/16     Giao ban công tác tổ chức quý III")


def test_an_epaper_pages_foot_and_its_links_to_other_pages_and_issues_are_no_byline() -> None:
    raw = "\n".join([
        "BÁO QUẢNG BÌNH - BÁO IN", "Số 4410 - Thứ Ba, 14/5/2024", "CHÍNH TRỊ",
        "Giao ban công tác tổ chức xây dựng Đảng tháng 4",
        "Ngày 13-5, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 4. " + LONG,
        LONG, "HOÀNG LAN - VĂN TRUNG", "", "Trang 3 | BÁO QUẢNG BÌNH | Thứ Ba, 14/5/2024", "",
        "Các trang khác của số này: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8",
        "Số báo gần đây: Số 4409 (13/5/2024) | Số 4408 (11/5/2024)"])
    p = parse_article_strict(raw)
    assert p.byline == "Hoàng Lan - Văn Trung"
    assert "Số báo gần đây" not in p.clean_text
    assert clean._is_page_foot("Thứ Ba, 14/5/2024 | Báo Quảng Bình | Trang 3")
    assert not clean._is_page_foot("Trang 3 | Báo Quảng Bình | Giao ban công tác tổ chức")


def test_a_line_of_tags_wrapped_onto_the_next_is_chrome_to_its_end() -> None:
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng quý III", "",
        "Ngày 5.10, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng quý III. " + LONG,
        "", "THANH VÂN", "", "Từ khóa: Ban Tổ chức Tỉnh ủy · giao ban · Kết luận 21-KL/TW · xã biên giới",
        "Đăk Glei", "", "Tin cùng chuyên mục"])
    p = parse_article_strict(raw)
    assert p.byline == "Thanh Vân"
    # (a magazine's keywords, the first heading under them, stay apart)
    keywords = "\n".join([
        "Phát triển đảng viên ở vùng đồng bào dân tộc thiểu số", "",
        "Từ khóa: phát triển đảng viên, dân tộc thiểu số, chi bộ thôn bản, Tây Nguyên, chất lượng",
        "1. Đặt vấn đề", "Những năm qua, công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số. " + LONG])
    assert "1. Đặt vấn đề" in parse_article_strict(keywords).clean_text


def test_a_printed_page_opening_with_the_tail_of_the_article_before() -> None:
    # an e-paper's page: its head, the tail of the page before's article (a sentence going on
    # in small letters, its signature in capitals and the office under it), then the article
    raw = "\n".join([
        "BÁO QUẢNG TRỊ - BÁO IN", "Số 5120 - Thứ Năm, 12/10/2023", "XÂY DỰNG ĐẢNG",
        "đã được các chi bộ triển khai kịp thời, tạo chuyển biến rõ nét trong sinh hoạt ở thôn, bản"
        " vùng đồng bào Vân Kiều, Pa Kô.", "HỒ THỊ LAN", "(Ban Tổ chức Huyện ủy Hướng Hóa)",
        "GIAO BAN QUÝ III", "Tập trung chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2025 - 2027",
        "Ngày 11-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III.",
        LONG, "MINH ĐỨC"])
    p = parse_article_strict(raw)
    assert (p.title, p.event_date) == ("Tập trung chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2025 - 2027", "2023-10-11")
    assert p.clean_text.startswith("đã được các chi bộ")  # (kept, another article's)
    assert p.byline == "Minh Đức"
    # a text opening in small letters with no signature under it is the article's own
    plain = parse_article_strict("\n".join(["nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản", "Ngày 11-10,"
                                             " Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.", LONG]))
    assert plain.title == "nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản"


def test_the_lead_is_read_past_photo_captions_printed_before_it() -> None:
    raw = "\n".join(["Hội nghị sơ kết công tác tổ chức 6 tháng đầu năm", "Cập nhật: 12/07/2022",
                     "Sáu tháng đầu năm, toàn Đảng bộ kết nạp 420 đảng viên mới, vượt kế hoạch đề ra.",
                     "Ảnh trên: Đồng chí Bí thư Đảng ủy phát biểu tại hội nghị.",
                     "Ảnh dưới: Quang cảnh hội nghị.", "Ảnh: THANH SƠN",
                     "Chiều 11.7, Đảng ủy Khối tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng.",
                     LONG])
    assert parse_article_strict(raw).event_date == "2022-07-11"


def test_a_forwarded_mail_the_article_is_read_from_the_page_it_forwards() -> None:
    raw = "\n".join([
        "---------- Forwarded message ---------",
        "From: Ban To chuc Huyen uy <btchu@example.vn>",
        "Date: Mon, 4 Mar 2024 at 15:02",
        "Subject: Tin giao ban thang 2",
        "To: <chibo@example.vn>",
        "",
        "Kính gửi các đồng chí bí thư chi bộ,",
        "Ban gửi tin bài về hội nghị giao ban tháng 2 để các đồng chí nghiên cứu, thực hiện Hướng dẫn số 12-HD/BTCHU.",
        "",
        "--",
        "Đinh Thị Hồng Nhung",
        "Phó Trưởng Ban Tổ chức Huyện ủy Mường Tè",
        "",
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ",
        "Giao ban công tác tổ chức xây dựng Đảng tháng 2 năm 2024",
        "Ngày đăng: 01/03/2024",
        "Sáng 29/2, Ban Tổ chức Huyện ủy Mường Tè tổ chức hội nghị giao ban công tác tổ chức tháng 2.",
        LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng tháng 2 năm 2024", "2024-03-01", "2024-02-29")
    assert "Ban gửi tin bài" in p.clean_text  # the cover note is kept, nothing is lost
    assert "Subject" not in p.clean_text and "chibo@" not in p.clean_text
    assert ("Đinh Thị Hồng Nhung", "Phó Trưởng Ban Tổ chức Huyện ủy Mường Tè") in [
        (x.name, x.title) for x in p.people]


def test_a_mail_forwarded_twice_its_forwards_signatures_and_notes_over_the_article() -> None:
    raw = "\n".join([
        "Từ:\tTrần Văn Bình <binhtv@dcs.vn>", "Đã gửi:\tThứ Hai, 15 tháng 4, 2024 8:12 SA",
        "Đến:\tBan Tổ chức Huyện ủy", "Chủ đề:\tFW: Bai bao giao ban quy I", "",
        "Gửi các anh chị,", "", "Tôi chuyển tiếp bài báo về hội nghị giao ban để các anh chị nghiên cứu.", "",
        "Trân trọng!", "", "Trần Văn Bình", "Phó Trưởng Ban Tổ chức Huyện ủy Đô Lương", "ĐT: 0238.3871.246 | DĐ: 0915.208.417", "",
        "________________________________", "Từ: Lê Thị Hoa <hoalt@dcs.vn>", "Đã gửi: Thứ Sáu, 12 tháng 4, 2024 5:02 CH",
        "Đến: Trần Văn Bình", "Chủ đề: FW: Bai bao giao ban quy I", "",
        "Anh Bình xem giúp em nhé.", "", "Hoa", "", "-----Original Message-----",
        "From: Nguyen Van Son [mailto:sonnv@dcs.vn]", "Sent: Friday, April 12, 2024 4:37 PM",
        "To: BTC cac huyen", "Subject: Bai bao giao ban quy I", "",
        "Kính gửi Ban Tổ chức các huyện ủy,", "", "Văn phòng Ban gửi các đồng chí bài viết về hội nghị giao ban.",
        "Link: https://baonghean.vn/giao-ban-quy-i-2024.html", "", "Chính trị  >  Xây dựng Đảng", "",
        "Giao ban công tác tổ chức xây dựng Đảng quý I: Chuẩn bị sớm nhân sự đại hội", "",
        "Thứ Sáu, 12/04/2024 - 07:05", "",
        "Chiều 11/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I. " + LONG,
        "", "Thanh Lê"])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date, p.byline) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I: Chuẩn bị sớm nhân sự đại hội", "2024-04-12", "2024-04-11",
        "Thanh Lê")
    # (each forward's note and its sender's signature, with the post under the name, kept as the mail's)
    assert "Anh Bình xem giúp em nhé." in p.clean_text
    assert ("Trần Văn Bình", "Phó Trưởng Ban Tổ chức Huyện ủy Đô Lương") in [(x.name, x.title) for x in p.people]


def test_a_forward_in_outlook_ends_at_its_separator_line() -> None:
    raw = "\n".join([
        "Từ: Văn phòng Đảng ủy Khối [mailto:vp@example.vn]",
        "Đã gửi: Thứ Ba, 10 Tháng Mười, 2017 8:02 SA",
        "Đến: Các đảng ủy cơ sở",
        "",
        "Gửi các đồng chí bài viết để tham khảo.",
        "",
        "==============================",
        "",
        "Đảng ủy Khối giao ban công tác tổ chức quý III năm 2017",
        "Chiều 9-10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị giao ban quý III.",
        LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.event_date) == ("Đảng ủy Khối giao ban công tác tổ chức quý III năm 2017",
                                       "2017-10-09")
    assert p.published is None  # the mail's date is not the article's


def test_a_facebook_post_headline_in_capitals_under_the_pages_name() -> None:
    raw = "\n".join(["Đảng ủy xã Tân Phú", "12 tháng 3, 2024 lúc 08:15 · 🌏", "",
                     "⭐ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG THÁNG 2, TRIỂN KHAI NHIỆM VỤ THÁNG 3 ⭐", "",
                     "📌 Sáng 11/3, Đảng ủy xã Tân Phú tổ chức hội nghị giao ban công tác xây dựng Đảng.",
                     LONG])
    p = parse_article_strict(raw)
    assert p.title == "GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG THÁNG 2, TRIỂN KHAI NHIỆM VỤ THÁNG 3"
    assert (p.published, p.event_date) == ("2024-03-12", "2024-03-11")


def test_a_players_time_and_buttons_are_chrome() -> None:
    raw = article("Giao ban quý I", ["▶ 00:00 / 03:47   Tải về   Chia sẻ", "Sáng 3/4, Đảng ủy xã giao ban quý I."])
    assert parse_article_strict(raw).clean_text.startswith("Sáng 3/4")


def test_a_posts_audience_between_its_time_and_its_headline_is_chrome() -> None:
    raw = "\n".join(["Đảng ủy phường Tân An", "7 tháng 11, 2025  · ", "Đã chia sẻ với Công khai",
                     "🎖️ PHƯỜNG TÂN AN TRAO HUY HIỆU ĐẢNG ĐỢT 7/11 CHO 12 ĐẢNG VIÊN 🎖️", "",
                     "Sáng ngày 06/11/2025, Đảng ủy phường Tân An tổ chức Lễ trao tặng Huy hiệu Đảng.",
                     LONG])
    p = parse_article_strict(raw)
    assert p.title == "PHƯỜNG TÂN AN TRAO HUY HIỆU ĐẢNG ĐỢT 7/11 CHO 12 ĐẢNG VIÊN"
    assert "Công khai" not in p.clean_text


def test_a_bulletin_copied_from_a_pdf() -> None:
    raw = "\n".join([
        "ĐẢNG BỘ TỈNH HẬU GIANG          ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TỔ CHỨC TỈNH ỦY",
        "BẢN TIN CÔNG TÁC TỔ CHỨC", "Số 04 - Tháng 4/2023", "(Lưu hành nội bộ)", "MỤC LỤC",
        "- Giao ban quý I năm 2023 .......... 1", "- Hỏi đáp nghiệp vụ .......... 3", "- 1 -",
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2023",
        "Ngày 7.4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý I năm 2023.", LONG, "- 2 -",
        "Hội nghị thống nhất các nhiệm vụ trọng tâm quý II.", "HUỲNH THANH TÂM", "-------------",
        "Chịu trách nhiệm nội dung: Phó Trưởng Ban Tổ chức Tỉnh ủy",
        "In 120 bản, khổ 19 x 27 cm."])
    p = parse_article_strict(raw)
    assert (p.title, p.event_date) == ("GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2023",
                                       "2023-04-07")
    assert p.byline == "Huỳnh Thanh Tâm"
    assert ".........." not in p.clean_text and "- 2 -" not in p.clean_text


def test_a_text_wrapped_by_a_mail_client_ends_at_its_related_news() -> None:
    raw = "\n".join([
        "Huyện ủy Châu Thành giao ban công tác tổ chức tháng 5",
        "Sáng 3-6, Ban Tổ chức Huyện ủy Châu Thành tổ chức giao ban công tác",
        "tổ chức xây dựng Đảng tháng 5. Dự hội nghị có đồng chí Thạch Sa Rết,",
        "Phó Trưởng Ban Tổ chức Huyện ủy; lãnh đạo các phòng chuyên môn của",
        "Ban và bí thư các đảng ủy xã, thị trấn trong huyện năm 2019.",
        "TRẦN MINH", "Tin khác:", "- Trao Huy hiệu Đảng đợt 19-5 (20-5-2019)",
        "[Trở về]   [In trang]   [Đầu trang]"])
    p = parse_article_strict(raw)
    assert p.byline == "Trần Minh" and "Huy hiệu" not in p.clean_text
    assert "Thạch Sa Rết" in [x.name for x in p.people]


def test_a_state_body_code_with_its_term_number_is_a_state_document() -> None:
    from desktop.core.parse import analysis_dict

    raw = "\n".join(["Sắp xếp đơn vị hành chính cấp xã", LONG + " Thực hiện Nghị quyết số "
                     "1211/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội và Nghị quyết số 37-NQ/TW."])
    d = analysis_dict(parse_article_strict(raw), "a.txt")
    assert [x["canonical"] for x in d["directives"]] == ["Nghị quyết 37-NQ/TW"]
    assert [x["code"] for x in d["other_documents"]] == ["NQ-UBTVQH14"]


def test_a_posts_relative_time_stamp_anchors_its_headline() -> None:
    raw = "\n".join(["Ban Tổ chức Huyện ủy Đông Sơn", "2 ngày · 🌏",
                     "🔴 HUYỆN ỦY ĐÔNG SƠN GIAO BAN CÔNG TÁC TỔ CHỨC QUÝ III 🔴", LONG])
    p = parse_article_strict(raw)
    assert p.title == "HUYỆN ỦY ĐÔNG SƠN GIAO BAN CÔNG TÁC TỔ CHỨC QUÝ III" and p.published is None


def test_names_in_capitals_between_the_sapo_and_the_lead_are_the_byline() -> None:
    raw = "\n".join(["Xây dựng Đảng", "Thứ Hai, 7-11-2022, 09:10",
                     "Giao ban công tác tổ chức khu vực Tây Nguyên quý III",
                     "Các tỉnh Tây Nguyên bàn giải pháp nâng cao chất lượng đội ngũ cán bộ cơ sở.",
                     "THU HIỀN - ĐỨC ANH",
                     "Ngày 5-11, tại thành phố Pleiku, tỉnh Gia Lai, Vụ Địa phương II tổ chức giao ban.",
                     LONG])
    p = parse_article_strict(raw)
    assert p.byline == "Thu Hiền - Đức Anh" and "THU HIỀN" not in p.clean_text.split("\n\n")[0]


def test_a_box_of_related_news_inside_the_article_loses_no_sentence_after_it() -> None:
    raw = "\n".join(["Hội nghị trực tuyến toàn quốc tổng kết công tác tổ chức năm 2021",
                     "Cập nhật: 07/01/2022 16:20", LONG,
                     "BÀI VIẾT LIÊN QUAN",
                     "• Ban Tổ chức Trung ương giao ban tháng 12",
                     "• Infographic: công tác tổ chức xây dựng Đảng năm 2021",
                     "Phát biểu bế mạc, đồng chí Trưởng Ban Tổ chức Trung ương đề nghị các cấp ủy tiếp tục "
                     "đổi mới công tác cán bộ, thực hiện nghiêm Quy định số 41-QĐ/TW của Bộ Chính trị về "
                     "miễn nhiệm, từ chức đối với cán bộ.",
                     "Bình luận (0)",
                     "Bạn đọc Nguyễn Văn Bình viết rằng hội nghị rất bổ ích, mong các địa phương triển khai "
                     "sớm và đồng bộ các nhiệm vụ đã đề ra cho năm 2022 trong toàn ngành tổ chức."])
    p = parse_article_strict(raw)
    assert "Quy định số 41-QĐ/TW" in p.clean_text  # the article goes on after the box
    assert "Infographic" not in p.clean_text and "BÀI VIẾT LIÊN QUAN" not in p.clean_text
    assert "Bạn đọc" not in p.clean_text  # readers' comments still end it


def test_an_author_box_over_the_date_and_todays_date_in_the_masthead() -> None:
    raw = "\n".join(["BÁO ĐIỆN TỬ TIN TỨC MIỀN TÂY", "Hôm nay: Thứ Hai, 14/3/2022",
                     "Địa phương › Đồng bằng sông Cửu Long",
                     "Tác giả: Lâm Thanh Hải | Biên tập: Võ Minh Tú", "Chủ Nhật, 13/03/2022 - 10:05",
                     "Theo dõi trên Google News  |  Lưu  |  In",
                     "Vĩnh Long: Giao ban công tác tổ chức xây dựng Đảng quý I",
                     "(TMT) - Ngày 12.3, Ban Tổ chức Tỉnh ủy Vĩnh Long tổ chức giao ban quý I.", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Vĩnh Long: Giao ban công tác tổ chức xây dựng Đảng quý I", "2022-03-13", "2022-03-12")
    assert {"Lâm Thanh Hải", "Võ Minh Tú"} <= {x.name for x in p.people}


def test_an_aggregators_outlet_beside_the_date_and_its_furniture() -> None:
    raw = "\n".join(["Tin Tổng Hợp 24h — Đọc báo nhanh", "Thời sự › Chính trị",
                     "Điều động, chỉ định Bí thư Tỉnh ủy Bình Định",
                     "Báo Miền Trung Mới  •  12/03/2023 - 09:42",
                     "Nguồn: Báo Miền Trung Mới - Xem bài gốc",
                     "Sáng 11/3, Ban Chấp hành Đảng bộ tỉnh Bình Định tổ chức hội nghị công bố quyết định.",
                     LONG, "Hoàng Yến", "Nguồn: Báo Miền Trung Mới",
                     "Bài viết được tổng hợp tự động. Tin Tổng Hợp 24h không chịu trách nhiệm về nội dung.",
                     "Thích  |  Chia sẻ  |  Báo lỗi", "TIN KHÁC TỪ BÁO MIỀN TRUNG MỚI",
                     "Giá xăng hôm nay giảm nhẹ"])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Điều động, chỉ định Bí thư Tỉnh ủy Bình Định", "2023-03-12")
    assert p.byline == "Hoàng Yến" and "Báo Miền Trung Mới" not in [x.name for x in p.people]
    assert "Giá xăng" not in p.clean_text and "tổng hợp tự động" not in p.clean_text


def test_breve_letters_of_central_highlands_names() -> None:
    raw = "\n".join(["Giao ban công tác tổ chức quý II", LONG + " Kết luận hội nghị, đồng chí "
                     "Y Ŭn Êban, Phó Bí thư Tỉnh ủy đề nghị các cấp ủy chuẩn bị tốt đại hội."])
    assert "Y Ŭn Êban" in [x.name for x in parse_article_strict(raw).people]


def test_a_name_folded_like_a_widget_stays() -> None:
    raw = "\n".join(["Giao ban công tác tổ chức quý II", LONG, "BẢO LỢI"])
    assert parse_article_strict(raw).byline == "Bảo Lợi"


def test_a_party_report_saved_as_text() -> None:
    raw = "\n".join([
        "ĐẢNG BỘ TỈNH NINH BÌNH                          ĐẢNG CỘNG SẢN VIỆT NAM",
        "    BAN TỔ CHỨC",
        "         *                          Ninh Bình, ngày 12 tháng 10 năm 2021",
        "  Số 154-BC/BTCTU", "",
        "                               BÁO CÁO",
        "         kết quả công tác tổ chức xây dựng Đảng quý III,",
        "              nhiệm vụ trọng tâm quý IV năm 2021",
        "                               -----", "",
        "Thực hiện Chương trình công tác năm 2021, Ban Tổ chức Tỉnh ủy báo cáo như sau:",
        LONG + " Ban đã tham mưu thực hiện Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương.",
        "Nơi nhận:                                            K/T TRƯỞNG BAN",
        "- Ban Tổ chức Trung ương (b/c),                        PHÓ TRƯỞNG BAN",
        "- Thường trực Tỉnh ủy (b/c),                              (đã ký)",
        "- Lưu VT.                                             Đinh Văn Hưng"])
    p = parse_article_strict(raw)
    assert p.title == ("kết quả công tác tổ chức xây dựng Đảng quý III, "
                       "nhiệm vụ trọng tâm quý IV năm 2021")
    assert p.published == "2021-10-12"
    assert [d.canonical for d in p.directives] == ["Quy định 08-QĐi/TW"]  # not its own number
    assert p.byline == "Đinh Văn Hưng"


def test_a_news_page_publishing_a_report_whole() -> None:
    # the page's headline and lead over the report's letterhead: the lead is the
    # article's (its meeting day, its people), the report's date is only the report's
    raw = "\n".join([
        "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN LẠC SƠN",
        "Bạn đang ở: Trang chủ / Tin tức / Xây dựng Đảng", "",
        "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2022", "",
        "Chiều 6/10, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban quý III năm 2022. Đồng chí "
        "Bùi Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy chủ trì. Trang tin "
        "đăng toàn văn báo cáo:", "",
        "HUYỆN ỦY LẠC SƠN                          ĐẢNG CỘNG SẢN VIỆT NAM",
        "BAN TỔ CHỨC", "Số 41-BC/BTCHU              Lạc Sơn, ngày 03 tháng 10 năm 2022", "",
        "BÁO CÁO", "kết quả công tác tổ chức xây dựng Đảng quý III năm 2022", "",
        "Thực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy, Ban Tổ chức báo cáo như sau:",
        LONG, "Nơi nhận:", "- Ban Tổ chức Tỉnh ủy (b/c);", "- Lưu BTC.", "",
        "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)", "Quách Văn Dũng"])
    p = parse_article_strict(raw)
    assert p.title == "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2022"
    assert "Chiều 6/10, Ban Tổ chức Huyện ủy" in p.clean_text  # (no sentence of it lost)
    assert "BÁO CÁO" in p.clean_text and "Bạn đang ở" not in p.clean_text
    assert (p.published, p.event_date) == (None, "2022-10-06")
    assert [(x.name, x.title) for x in p.people] == [
        ("Bùi Thị Hoa", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy"),
        ("Quách Văn Dũng", "PHÓ TRƯỞNG BAN")]
    assert [d.canonical for d in p.directives] == ["Kế hoạch 12-KH/HU"]  # not its own number


def test_a_chat_message_posting_a_notice_under_the_groups_header() -> None:
    # the group's name, its description, the sender and the time stamp over the notice
    raw = "\n".join([
        "ĐẢNG ỦY PHƯỜNG AN KHÁNH - TRAO ĐỔI CÔNG VIỆC", "👥 92 thành viên",
        "Mô tả nhóm: Nhóm trao đổi thông tin chỉ đạo, điều hành của Đảng ủy phường, chỉ đăng nội dung "
        "công việc của các chi bộ khu phố.", "",
        "Văn phòng Đảng ủy", "16:40 12/03/2026", "",
        "THÔNG BÁO KẾT QUẢ GIAO BAN THÁNG 02/2026", "",
        "Chiều ngày 10/3/2026, Ban Thường vụ Đảng ủy phường tổ chức hội nghị giao ban tháng 02.", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("THÔNG BÁO KẾT QUẢ GIAO BAN THÁNG 02/2026", "2026-03-12")
    assert p.event_date == "2026-03-10"


@pytest.mark.parametrize(("lines", "signer"), [
    (["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Khánh"], ("Lò Văn Khánh", "BÍ THƯ")),
    (["TM. ĐẢNG ỦY", "PHÓ BÍ THƯ", "(Đã ký và đóng dấu)", "NGUYỄN THỊ LAN"],
     ("Nguyễn Thị Lan", "PHÓ BÍ THƯ")),
    (["TRƯỞNG BAN", "(đã ký)", "Y Kha Niê"], ("Y Kha Niê", "TRƯỞNG BAN")),
    (["BÍ THƯ", "Lò Văn Khánh"], None),  # (no mandate, no mark of a signature)
    (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Các đồng chí Ủy viên"], None),
])
def test_a_documents_signer(lines: list[str], signer: tuple[str, str] | None) -> None:
    raw = "\n".join(["Thông báo kết luận giao ban công tác xây dựng Đảng tháng 5", LONG, "", *lines,
                     "", "PHỤ LỤC", LONG])
    people = [(x.name, x.title) for x in parse_article_strict(raw).people]
    assert people == ([signer] if signer else [])


def test_the_foot_of_a_page_under_its_byline() -> None:
    # a row of tags with no label, a share row ending with the way back to the section,
    # a download link, "Các tin liên quan:" and "Ý kiến (4)": the byline over them is the last line
    for foot in (["Quy định 377  Đà Nẵng  cán bộ  miễn nhiệm", "Chia sẻ   Lưu   Quay lại Thời sự",
                  "Ý kiến (4)", "Mới nhất   Quan tâm nhất", "Rà soát là cần thiết."],
                 ["Tải về: 215-BC-TU.doc", "Các tin liên quan:", "- Hội nghị Ban Chấp hành (15/09/2025)"]):
        raw = "\n".join(["Giao ban công tác tổ chức quý III", "Sáng 6/10/2022, Ban Tổ chức tổ chức hội nghị.",
                         LONG, "Hoài Thu", *foot])
        p = parse_article_strict(raw)
        assert p.byline == "Hoài Thu"
        assert p.clean_text.endswith("Hoài Thu"), p.clean_text


def test_a_headline_in_capitals_over_two_lines() -> None:
    raw = "\n".join(["BẢN TIN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG - SỐ 07/2022", "",
                     "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG", "QUÝ III NĂM 2022", "",
                     "Chiều 6-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý III.", LONG])
    assert parse_article_strict(raw).title == ("GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG "
                                               "QUÝ III NĂM 2022")


def test_a_plan_names_its_meeting_after_its_own_date() -> None:
    raw = "\n".join([
        "TỈNH ỦY CAO BẰNG\tĐẢNG CỘNG SẢN VIỆT NAM", "BAN TỔ CHỨC\t",
        "*\tCao Bằng, ngày 02 tháng 6 năm 2024", "Số 77-KH/BTCTU\t", "",
        "KẾ HOẠCH", "tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024",
        "-----", "I. MỤC ĐÍCH, YÊU CẦU", LONG, "II. THỜI GIAN, ĐỊA ĐIỂM",
        "1. Thời gian: 01 buổi, khai mạc lúc 08 giờ 00, thứ Tư, ngày 10/7/2024.",
        "2. Địa điểm: Hội trường Tỉnh ủy."])
    p = parse_article_strict(raw)
    assert p.title == ("tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
                       "6 tháng đầu năm 2024")
    assert (p.published, p.event_date) == ("2024-06-02", "2024-07-10")


def test_a_speech_its_speaker_named_in_its_title() -> None:
    raw = "\n".join(["HUYỆN ỦY YÊN THẾ", "*", "", "BÀI PHÁT BIỂU",
                     "của đồng chí Hoàng Văn Lực, Bí thư Huyện ủy",
                     "tại hội nghị tổng kết công tác xây dựng Đảng năm 2023", "",
                     "Kính thưa các đồng chí!", LONG])
    p = parse_article_strict(raw)
    assert p.title.startswith("BÀI PHÁT BIỂU của đồng chí Hoàng Văn Lực")
    assert ("Hoàng Văn Lực", "Bí thư Huyện ủy") in [(x.name, x.title) for x in p.people]


def test_a_lead_naming_only_its_weekday() -> None:
    raw = "\n".join(["Huyện ủy sơ kết 3 năm thực hiện Nghị quyết Trung ương 4",
                     "Thứ Sáu, 21/10/2016 - 09:10",
                     "Chiều thứ Tư vừa qua, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết.", LONG])
    assert parse_article_strict(raw).event_date == "2016-10-19"
    # "tuần trước": that weekday of the calendar week before the publication's (a Friday's
    # paper, 21/10: the Wednesday of the week of 10-16/10)
    assert parse_article_strict(raw.replace("vừa qua", "tuần trước")).event_date == "2016-10-12"


def test_a_section_heading_in_capitals_is_not_a_byline() -> None:
    raw = "\n".join(["Điểm tin công tác xây dựng Đảng trong tuần", "Cập nhật: 17/07/2023 10:05",
                     "Trong tuần, công tác xây dựng Đảng có một số hoạt động nổi bật sau:",
                     "TIÊU ĐIỂM", "Chiều 12/7, Ban Tổ chức Huyện ủy tổ chức hội nghị sơ kết.", LONG])
    p = parse_article_strict(raw)
    assert p.byline is None and p.event_date == "2023-07-12"


def test_a_youth_union_document_is_not_a_party_directive() -> None:
    from desktop.core.parse import analysis_dict

    raw = "\n".join(["Đoàn viên ưu tú - nguồn bổ sung cho Đảng", LONG + " Thực hiện Hướng dẫn số "
                     "08-HD/TWĐTN-BTC của Ban Bí thư Trung ương Đoàn và Quy định số 29-QĐ/TW."])
    d = analysis_dict(parse_article_strict(raw), "a.txt")
    assert [x["canonical"] for x in d["directives"]] == ["Quy định 29-QĐ/TW"]
    assert len(d["other_documents"]) == 1


def test_an_old_portal_marquee_widgets_and_a_posting_date() -> None:
    raw = "\n".join(["TỈNH ỦY GIA LAI - BAN TỔ CHỨC",
                     "*** Nhiệt liệt chào mừng năm mới 2013 *** Mừng Đảng quang vinh, mừng Xuân Quý Tỵ ***",
                     "Thời tiết Pleiku: 16°C - 25°C, nắng nhẹ", "Tỷ giá: USD 20.850 | EUR 27.400",
                     ".:: TIN HOẠT ĐỘNG ::.", "TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2012",
                     "Tin đăng ngày 03-01-2013",
                     "Chiều 28/12, Ban Tổ chức Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết năm 2012.", LONG,
                     "K.Anh", "[ Quay lại ]   [ In trang ]   [ Lên trên ]", "Số lượt truy cập: 0123456"])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2012", "2013-01-03", "2012-12-28")
    assert p.byline == "K.Anh" and "Tỷ giá" not in p.clean_text


def test_paragraphs_marked_by_an_indented_first_line() -> None:
    raw = "\n".join(["Sơ kết Nghị quyết 22", "Ngày đăng: 10-03-2011",
                     "   Ngày 8 tháng 3 năm 2011, Thành ủy tổ chức hội nghị sơ kết. Đồng chí Lê Văn",
                     "Hùng, Phó Bí thư Thành ủy chủ trì hội nghị; dự có các đồng chí lãnh đạo",
                     "Ban Tổ chức Thành ủy và các quận ủy, huyện ủy trực thuộc Thành ủy.",
                     "   Báo cáo cho thấy các cấp ủy đã có chuyển biến tích cực trong nhận thức",
                     "và hành động; chất lượng sinh hoạt chi bộ từng bước được nâng lên.",
                     "   Hội nghị đã thảo luận, thống nhất các giải pháp trong thời gian tới."])
    p = parse_article_strict(raw)
    assert ("Lê Văn Hùng", "Phó Bí thư Thành ủy") in [(x.name, x.title) for x in p.people]
    assert len(p.clean_text.split("\n\n")) == 3


def test_lists_of_people_after_a_plural_cue_and_former_officials() -> None:
    raw = "\n".join(["Bầu Ban Thường vụ Tỉnh ủy khóa XX", LONG + " Các đồng chí: Lý Văn Hải, "
                     "Đại tá Hoàng Minh Sơn, PGS.TS Vi Thị Thanh, Mã Đức Toàn. Dự có các đồng chí "
                     "nguyên lãnh đạo tỉnh: Lục Văn Bình, nguyên Bí thư Tỉnh ủy; bà Hà Thị Lan, "
                     "nguyên Phó Chủ tịch UBND tỉnh."])
    names = {x.name for x in parse_article_strict(raw).people}
    assert {"Lý Văn Hải", "Hoàng Minh Sơn", "Vi Thị Thanh", "Mã Đức Toàn", "Lục Văn Bình",
            "Hà Thị Lan"} <= names


def test_a_person_named_after_a_province_or_a_school_named_after_a_person() -> None:
    raw = "\n".join(["Trao Huy hiệu Đảng", LONG + " Các đồng chí Trần Hải Dương và Lê Thái Bình "
                     "nhận Huy hiệu 40 năm tuổi Đảng; đồng chí Võ Văn Ba, nguyên Hiệu trưởng Trường "
                     "THPT Nguyễn Du, nhận Huy hiệu 50 năm tuổi Đảng."])
    p = parse_article_strict(raw)
    assert p.places == () and "Nguyễn Du" not in {x.name for x in p.people}


def test_readers_and_party_members_named_in_a_question() -> None:
    raw = "\n".join(["Hỏi - đáp về công tác đảng viên", LONG + " Bạn đọc Nguyễn Thị Hoa (Nam Định) "
                     "hỏi: đảng viên dự bị Lò Văn Pánh được xét công nhận chính thức khi nào?"])
    names = {x.name for x in parse_article_strict(raw).people}
    assert {"Nguyễn Thị Hoa", "Lò Văn Pánh"} <= names


def test_an_author_with_an_academic_title_and_a_school_over_the_date() -> None:
    raw = "\n".join(["Nghiên cứu - Trao đổi",
                     "Những điểm mới trong chỉ đạo đại hội đảng bộ các cấp",
                     "TS. NGUYỄN THỊ THU HÀ", "Học viện Chính trị khu vực III",
                     "Thứ Hai, 05/01/2026, 07:30 (GMT+7)", LONG,
                     "TRẦN VĂN LỘC", "Phó Trưởng Ban Tổ chức Tỉnh ủy",
                     "Chia sẻ:  f   t   in   ✉", "Tin cùng chuyên mục", "› Hỏi đáp về đảng viên"])
    p = parse_article_strict(raw)
    assert p.title == "Những điểm mới trong chỉ đạo đại hội đảng bộ các cấp"
    assert "Trần Văn Lộc" in (p.byline or "")


def test_text_typed_in_a_hurry() -> None:
    raw = "\n".join([
        "BAN TO CHUC HUYEN UY YEN DINH", "Trang chủ | Tin tức | Văn bản",
        "Giao ban công tác tổ chức quý III/2021", "Cập nhật: 06/10/21 15:10 | Người đăng: btc.hu",
        "Sáng 5/10 (thứ Ba), BTV Huyện uỷ tổ chức HN giao ban. Dong chi Tran Van Hung, Pho Bi thu "
        "Huyen uy chu tri. Đ.c Lê Thị Mai báo cáo việc thực hiện KH 52-KH/HU và Hướng dẫn "
        "26/HD-BTCTW.", LONG, "Minh Thu - BTC HU"])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date) == ("2021-10-06", "2021-10-05")
    assert {"Tran Van Hung", "Lê Thị Mai", "Minh Thu"} <= {x.name for x in p.people}
    assert "Btc Hu" not in {x.name for x in p.people}
    assert {d.canonical for d in p.directives} == {"Kế hoạch 52-KH/HU", "Hướng dẫn 26-HD/BTCTW"}


def test_a_steering_committees_code_keeps_its_printed_order() -> None:
    raw = "\n".join(["Tổng kết Nghị quyết 18", LONG + " Thực hiện Kế hoạch số 141/KH-BCĐTW "
                     "của Ban Chỉ đạo Trung ương."])
    assert [d.canonical for d in parse_article_strict(raw).directives] == ["Kế hoạch 141/KH-BCĐTW"]


def test_a_social_pages_furniture() -> None:
    raw = "\n".join(["Đảng ủy xã Yên Phong", "2 ngày · 🌏",
                     "🔴 ĐẢNG ỦY XÃ YÊN PHONG SƠ KẾT QUÝ I 🔴", LONG,
                     "📷 Tin, ảnh: Ngọc Lan – Ban Xây dựng Đảng xã", "#ĐảngủyxãYênPhong #XâydựngĐảng",
                     "Có thể là hình ảnh về 12 người, bục phát biểu và văn bản cho biết 'HỘI NGHỊ SƠ "
                     "KẾT CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2026 CỦA ĐẢNG ỦY XÃ YÊN PHONG, TỈNH BẮC NINH'",
                     "+4", "👍❤️ 187", "12 bình luận  5 lượt chia sẻ"])
    p = parse_article_strict(raw)
    assert p.byline == "Ngọc Lan"
    assert "#Đảng" not in p.clean_text and "Có thể là" not in p.clean_text and "187" not in p.clean_text


def test_a_zalo_post_dated_beside_its_pages_name() -> None:
    raw = "\n".join(["Zalo Official Account", "Đảng ủy phường Tân Định", "Tài khoản đã xác thực",
                     "Quan tâm", "PHƯỜNG TÂN ĐỊNH TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025",
                     "Đảng ủy phường Tân Định · 09/01/2026", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("PHƯỜNG TÂN ĐỊNH TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025",
                                      "2026-01-09")


def test_a_journal_article_footnotes_and_author_block_at_the_end() -> None:
    raw = "\n".join(["Nâng cao chất lượng sinh hoạt chi bộ ở Hà Nam", "Ngày đăng: 12/12/2023", LONG,
                     "Thực tiễn cho thấy, ở đâu cấp ủy sâu sát, sinh hoạt chi bộ ở đó có chất lượng.",
                     "____________________",
                     "¹ Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư khóa X.",
                     "² Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương.",
                     "ThS. Nguyễn Thị Lan Anh", "Trường Chính trị tỉnh Hà Nam", "Trang 9"])
    p = parse_article_strict(raw)
    assert p.byline == "Nguyễn Thị Lan Anh"
    assert {d.canonical for d in p.directives} == {"Chỉ thị 10-CT/TW", "Hướng dẫn 12-HD/BTCTW"}


def test_village_elders_and_ethnic_names_and_a_district_named_after_a_province() -> None:
    raw = "\n".join([
        "Điện Biên Đông: xóa bản trắng đảng viên",
        "Đăng ngày: 05/07/2023 08:10 | Lượt xem: 367 | Cỡ chữ: A- A A+",
        "Ngày 4.7, Ban Thường vụ Huyện ủy Điện Biên Đông tổ chức hội nghị sơ kết. Đồng chí Vừ A Sùng "
        "cùng ông Giàng A Chớ, người có uy tín của bản, đến từng nhà vận động; già làng Rơ Châm Blưk "
        "và ông A Hrương chia sẻ kinh nghiệm.", LONG, "Tin đã đăng:", "- Trao Huy hiệu Đảng (19/05/2023)"])
    p = parse_article_strict(raw)
    assert {"Vừ A Sùng", "Giàng A Chớ", "Rơ Châm Blưk", "A Hrương"} <= {x.name for x in p.people}
    assert p.places == () and (p.published, p.event_date) == ("2023-07-05", "2023-07-04")
    assert "Huy hiệu" not in p.clean_text


def test_one_plenum_resolution_of_two_terms_without_the_second_khoa() -> None:
    raw = "\n".join(["Tổng kết công tác tổ chức", LONG + " Tiếp tục thực hiện Nghị quyết Trung ương 4 "
                     "khóa XI, XII về xây dựng, chỉnh đốn Đảng."])
    assert len(parse_article_strict(raw).directives) == 2


def test_text_shared_from_a_news_app() -> None:
    raw = "\n".join(["Tin Nhanh Việt", "Thanh Hóa: Giao ban công tác tổ chức quý II",
                     "Tải ứng dụng Tin Nhanh Việt để đọc tin nhanh hơn | Mở ứng dụng",
                     "Thời sự · Báo Xứ Thanh · 9 thg 7, 2021", "Thanh Hóa: Giao ban công tác tổ chức quý II",
                     "Chiều ngày 8-7, Ban Tổ chức Tỉnh ủy Thanh Hóa tổ chức giao ban quý II.", LONG,
                     "Lê Minh", "Xem thêm tại: https://example.vn/2021/07/08/giao-ban-35-ct-tw.html",
                     "Cùng chủ đề", "• Rà soát quy hoạch cán bộ"])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Thanh Hóa: Giao ban công tác tổ chức quý II", "2021-07-09", "2021-07-08")
    assert p.byline == "Lê Minh" and p.directives == ()


def test_a_schedule_is_about_no_one_meeting_and_a_document_page_keeps_its_posting_date() -> None:
    raw = "\n".join(["Lịch công tác tuần 37 (từ ngày 11/9 đến ngày 15/9/2023)",
                     "Ngày đăng: 08/09/2023 | Lượt xem: 412 | In trang", "THỨ HAI (11/9)",
                     "Sáng: Trưởng Ban dự họp Ban Thường vụ Tỉnh ủy.", LONG])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date, p.byline) == ("2023-09-08", None, None)
    raw = "\n".join(["Giấy mời dự hội nghị tổng kết", "Ngày ban hành: 18/12/2017",
                     "Ngày đăng tải: 19/12/2017 08:40", LONG])
    assert parse_article_strict(raw).published == "2017-12-19"


def test_a_cut_off_date_is_not_the_meeting() -> None:
    raw = "\n".join(["Quản lý đảng viên đi làm ăn xa", "Ngày đăng: 20/07/2021",
                     "Tính đến ngày 30/6/2021, toàn tỉnh có 1.200 đảng viên đi làm ăn xa.", LONG])
    assert parse_article_strict(raw).event_date is None


def test_an_e_paper_page_ends_with_its_author_and_a_rule_before_the_next_article() -> None:
    raw = "\n".join(["BÁO HƯNG YÊN", "Thứ Năm, 16/3/2023 - Số 4.567 - Trang 2",
                     "Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ quý II",
                     "Ngày 14.3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý I.", LONG,
                     "HOÀNG MAI", "──────────────────────",
                     "Đảng bộ Khối Doanh nghiệp tỉnh tổng kết phong trào thi đua",
                     "Sáng 15.3, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết phong trào thi "
                     "đua năm 2022, đồng chí Lê Văn Tuấn, Bí thư Đảng ủy Khối chủ trì hội nghị. (Xem tiếp trang 3)"])
    p = parse_article_strict(raw)
    assert (p.published, p.byline) == ("2023-03-16", "Hoàng Mai")
    assert "Lê Văn Tuấn" not in {x.name for x in p.people}


def test_footnotes_after_an_authors_rule_stay() -> None:
    raw = "\n".join(["Quy định 08 sau 5 năm", "Ngày đăng: 10/10/2023", LONG, "Thu Hằng", "__________",
                     "(1) Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương."])
    assert [d.canonical for d in parse_article_strict(raw).directives] == ["Quy định 08-QĐi/TW"]


def test_a_print_pages_foot_and_share_icons() -> None:
    raw = "\n".join(["Giao ban công tác tổ chức 9 tháng", LONG, "Hồ Lài",
                     "Chia sẻ bài viết:  [f]  [Zalo]  [Twitter]", "CÁC TIN, BÀI KHÁC",
                     "Kỳ 2: Văn kiện phải chạm đến đời sống",
                     "Nghệ An 24h - Trang thông tin tổng hợp",
                     "Giấy phép số 112/GP-TTĐT do Sở Thông tin và Truyền thông Nghệ An cấp.",
                     "Nguồn bài viết: https://example.vn/2019/10/03/giao-ban.html"])
    p = parse_article_strict(raw)
    assert p.byline == "Hồ Lài" and "Giấy phép" not in p.clean_text and "Kỳ 2" not in p.clean_text


def test_a_congress_closing_under_a_greeting_banner_and_names_after_a_plural_cue() -> None:
    raw = "\n".join(["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chào mừng Đại hội Đảng bộ tỉnh lần thứ XX",
                     "(Baoquangngai.vn) - 15/10/2020 21:40",
                     "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX",
                     "Chiều qua (14.10), Đại hội đã bầu Ban Chấp hành khóa mới; các đồng chí Lê Văn Hòa "
                     "và Trần Thị Minh Thu được bầu giữ chức Phó Bí thư Tỉnh ủy.", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX", "2020-10-15", "2020-10-14")
    assert {"Lê Văn Hòa", "Trần Thị Minh Thu"} <= {x.name for x in p.people}


def test_a_source_tag_before_the_date() -> None:
    raw = "\n".join(["Ban cán sự đảng UBND tỉnh họp", "BG - 18:05, 05/07/2024",
                     "Ngày 5.7, Ban cán sự đảng UBND tỉnh họp phiên thường kỳ.", LONG])
    assert parse_article_strict(raw).published == "2024-07-05"


def test_a_social_page_post_its_pictographs_counts_and_comments() -> None:
    raw = "\n".join([
        "Zalo", "Đảng ủy phường Long Biên", "Tài khoản chính thức · Cơ quan Đảng, Nhà nước", "✓ Đang quan tâm",
        "Bài viết", "Ảnh", "📢 PHƯỜNG LONG BIÊN GIAO BAN CÔNG TÁC ĐẢNG QUÝ III",
        "BTV: Sáng 6/10/2022, Đảng ủy phường tổ chức hội nghị giao ban công tác xây dựng Đảng quý III.", LONG,
        "Thanh Vân - Minh Đức", "👁 Lượt xem: 2.045", "🔗 Chia sẻ bài viết:  f   Zalo   Sao chép link",
        "👍❤️ 48 · 3 bình luận · 2 lượt chia sẻ", "Tất cả bình luận ▾", "Chi bộ khu dân cư số 5",
        "Rất thiết thực!", "© 2022 Đảng ủy phường Long Biên"])
    p = parse_article_strict(raw)
    assert p.title == "PHƯỜNG LONG BIÊN GIAO BAN CÔNG TÁC ĐẢNG QUÝ III"
    assert (p.event_date, p.byline) == ("2022-10-06", "Thanh Vân - Minh Đức")
    for chrome in ("Lượt xem", "Sao chép", "bình luận", "Rất thiết thực", "Tài khoản"):
        assert chrome not in p.clean_text
    # a copyright line stays page chrome once its pictograph is trimmed off
    assert clean._is_widget_line("© 2022 Đảng ủy phường Long Biên")


def test_a_menu_row_is_not_the_headline() -> None:
    raw = "\n".join(["CỔNG THÔNG TIN ĐẢNG BỘ TỈNH YÊN BÁI",
                     "Trang chủ | Tin tức | Văn bản | Hỏi đáp nghiệp vụ | Liên hệ", "Tin tức",
                     "Đảng bộ tỉnh sơ kết công tác phát triển đảng viên", LONG, LONG])
    assert parse_article_strict(raw).title == "Đảng bộ tỉnh sơ kết công tác phát triển đảng viên"


def test_a_print_edition_copied_from_a_pdf() -> None:
    """Running heads repeated where a page starts, a two-line headline, an edition's number."""
    raw = "\n".join([
        "BÁO NAM ĐỊNH - Thứ Năm, ngày 14-3-2019 - Số 2.418", "",
        "Giao ban công tác tổ chức quý I:", "Tập trung chuẩn bị nhân sự đại hội", "",
        "Ngày 13-3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng",
        "Đảng quý I năm 2019. Đồng chí Đỗ Văn Hùng, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội",
        "nghị và yêu cầu các cấp ủy chuẩn bị chu đáo công tác nhân sự đại hội nhiệm kỳ tới.",
        "BÁO NAM ĐỊNH - Thứ Năm, ngày 14-3-2019 - Số 2.418",
        "Các đại biểu thảo luận về công tác quy hoạch, đào tạo cán bộ và phát triển đảng viên",
        "trong các doanh nghiệp ngoài nhà nước trên địa bàn tỉnh.", "PHẠM LINH"])
    p = parse_article_strict(raw)
    assert p.title == "Giao ban công tác tổ chức quý I: Tập trung chuẩn bị nhân sự đại hội"
    assert (p.published, p.event_date, p.byline) == ("2019-03-14", "2019-03-13", "Phạm Linh")
    assert p.clean_text.count("Số 2.418") == 0 and "đại biểu thảo luận" in p.clean_text
    assert "Báo Nam Định" not in {x.name.title() for x in p.people}


def test_a_badly_saved_page_entities_invisible_characters_and_careless_typing() -> None:
    """HTML entities and invisible characters are read as what they stand for; names
    typed with two spaces, a code glued to its number, a long greeting banner."""
    raw = "\r\n".join([
        "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH NINH BÌNH",
        ">> Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"
        " và mừng Xuân Ất Tỵ, chúc mừng năm mới an khang, thịnh vượng đến toàn thể cán bộ, đảng viên",
        "Số người đang online: 12 | Lượt truy cập: 1.204.511",
        "Tin hoạt động &gt;&gt; Xây dựng Đảng", "",
        "Đảng ủy Khối giao ban công tác xây dựng Đảng tháng 1", "Thứ tư, 22-1-2025.", "",
        "Sáng 21/1, Đảng ủy Khối tổ chức hội nghị giao ban; đồng chí Trần Thị  Minh Hằ\u00adng, Phó Bí thư"
        " Đảng ủy Khối chủ trì, quán triệt Quy định&nbsp;số 144-QĐ/TW và Chỉ thị số 05CT/TW của Bộ"
        " Chính trị về &quot;học tập và làm theo&quot;.", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đảng ủy Khối giao ban công tác xây dựng Đảng tháng 1"
    assert (p.published, p.event_date) == ("2025-01-22", "2025-01-21")
    assert {d.canonical for d in p.directives} == {"Quy định 144-QĐ/TW", "Chỉ thị 05-CT/TW"}
    assert ("Trần Thị Minh Hằng", "Phó Bí thư Đảng ủy Khối") in {(x.name, x.title) for x in p.people}
    assert "&quot;" not in p.clean_text and "\u00ad" not in p.raw_text and '"học tập' in p.clean_text


def test_menus_one_item_a_line_over_the_headline() -> None:
    top = ["TẠP CHÍ TỔ CHỨC NHÀ NƯỚC", "Tin tức - Sự kiện", "Nghiên cứu - Trao đổi", "Thực tiễn - Kinh nghiệm",
           "Bạn đọc", "Tạp chí in"]
    raw = "\n".join([*top, "Sơ kết công tác phát triển đảng viên ở khu vực tư nhân", LONG, LONG])
    assert parse_article_strict(raw).title == "Sơ kết công tác phát triển đảng viên ở khu vực tư nhân"
    # ... and over a dated headline: the lead is still read as the lead
    raw = "\n".join(["Báo Mới Online", "Chính trị", "Podcast", "English", "Español", "Français",
                     "Giao ban công tác tổ chức xây dựng Đảng quý IV", "30/12/2025 09:10 GMT+7",
                     "Sapo: toàn ngành tiếp tục rà soát, hoàn thiện thể chế sau sắp xếp bộ máy.",
                     "Các đại biểu tại hội nghị. (Ảnh: Hoàng Lâm/TTXVN)",
                     "Chiều 29/12, Ban Tổ chức Trung ương tổ chức hội nghị giao ban.", LONG])
    p = parse_article_strict(raw)
    assert (p.event_date, p.published) == ("2025-12-29", "2025-12-30")
    assert ("Hoàng Lâm", "byline (photo credit)") in {(x.name, x.title) for x in p.people}


def test_the_date_line_nearest_the_headline_is_the_articles() -> None:
    raw = "\n".join(["CỔNG THÔNG TIN XÃ AN BÌNH", "Thứ Bảy, 12/07/2025",
                     "Đảng ủy xã An Bình triển khai công tác chuẩn bị đại hội",
                     "Ngày 04 tháng 7 năm 2025", "Chiều ngày 3.7, Đảng ủy xã tổ chức hội nghị.", LONG])
    assert parse_article_strict(raw).published == "2025-07-04"
    raw = "\n".join(["Nhân Dân điện tử", "Thứ Hai, ngày 11/4/2022", "Chính trị", "Xã hội",
                     "Giao ban công tác tổ chức quý I khu vực miền Trung", "MINH HẢI",
                     "Thứ Sáu, 08-04-2022, 17:35", LONG, LONG])
    assert parse_article_strict(raw).published == "2022-04-08"


def test_a_pages_address_alone_on_a_line_and_a_byline_naming_a_province() -> None:
    raw = "\n".join(["Báo Phú Yên điện tử", "baophuyen.vn/channel/1234/202311/giao-ban-quy-iv-56789/",
                     "Giao ban công tác tổ chức xây dựng Đảng quý IV năm 2023", LONG, LONG, "PHẠM HẢI DƯƠNG"])
    p = parse_article_strict(raw)
    assert p.title == "Giao ban công tác tổ chức xây dựng Đảng quý IV năm 2023"
    assert "baophuyen.vn" not in p.clean_text
    assert p.byline == "Phạm Hải Dương" and "Hải Dương" not in p.places  # a reporter, not the province


def test_a_pdf_line_ending_a_clause_goes_on_in_lower_case_but_a_list_item_does_not() -> None:
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng 9 tháng năm 2025", "",
        "Đồng chí đề nghị toàn ngành tập trung phục vụ Hội nghị Trung ương 13 khóa XIII;",
        "hoàn thiện các văn bản hướng dẫn thi hành Quy định số 368-QĐ/TW của Bộ Chính trị.",
        "Hội nghị thống nhất các nhóm giải pháp chủ yếu như sau:",
        "a) Nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản vùng cao biên giới;", LONG])
    text = parse_article_strict(raw).clean_text
    assert "khóa XIII; hoàn thiện các văn bản" in text
    assert "như sau:\n\na) Nâng cao" in text


def test_page_layouts_around_the_headline_and_a_blogs_footer() -> None:
    # a breadcrumb down to the headline, then the headline as a video page's
    raw = "\n".join(["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NAM ĐỊNH", "Thời sự", "Kinh tế", "Xã hội", "Phát thanh",
                     "Trang chủ › Thời sự › Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm",
                     "Video: Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm",
                     "Ngày đăng: 06/07/2021 17:30", LONG, LONG])
    assert parse_article_strict(raw).title == "Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm"
    # a series' kicker in ordinary case under the date line
    raw = "\n".join(["Chính trị 17-03-2020", "Tiến tới Đại hội Đảng bộ tỉnh lần thứ XX",
                     "Nhân sự cấp ủy khóa mới: bảo đảm đúng quy trình", LONG, LONG])
    assert parse_article_strict(raw).title == "Nhân sự cấp ủy khóa mới: bảo đảm đúng quy trình"
    # a blog's footer under the byline
    raw = "\n".join(["Chi bộ thôn 3 sinh hoạt chuyên đề", LONG, LONG, "Hải Yến – Văn phòng Đảng ủy",
                     "Chuyên mục: Xây dựng Đảng | Thẻ: chi bộ, sinh hoạt | Để lại bình luận",
                     "Điều hướng bài viết", "← Bài trước", "Để lại một bình luận",
                     "Thư điện tử của bạn sẽ không được hiển thị công khai."])
    p = parse_article_strict(raw)
    assert p.byline == "Hải Yến" and "Điều hướng" not in p.clean_text and "Chuyên mục" not in p.clean_text


def test_a_street_named_after_a_city_is_not_the_city() -> None:
    raw = "\n".join(["Giao ban khu vực miền Trung", "Hội nghị diễn ra tại số 12 đường Hà Nội, phường Thuận Hóa, "
                     "thành phố Huế, với đại biểu của Quảng Trị và Đà Nẵng.", LONG])
    assert parse_article_strict(raw).places == ("Huế", "Quảng Trị", "Đà Nẵng")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("[In trang] | [Gửi email] | [Về đầu trang]", True),
        ("Lượt xem: 612     In trang     Chia sẻ: Facebook | Zalo", True),
        ("Cỡ chữ: A A A    Chia sẻ: Facebook | Zalo | Sao chép liên kết", True),
        ("Tác giả: Thu Trang | Lượt xem: 287", False),  # the author stays (then read as the byline)
        ("Hà Nội  |  Hải Phòng", False),
    ],
)
def test_rows_of_widgets_in_brackets_or_apart_by_spaces(line: str, chrome: bool) -> None:
    assert clean._is_widget_line(line) is chrome


def test_a_menu_row_over_the_date_line_is_not_the_headline() -> None:
    raw = "\n".join(["ĐIỆN BIÊN PHỦ ONLINE",
                     "☰ Menu   Thời sự   Chính trị   Xây dựng Đảng   Kinh tế   Xã hội   Thể thao",
                     "02/10/2021 | 17:45", "Kiểm tra sinh hoạt chi bộ tại huyện Điện Biên Đông", LONG, LONG])
    assert parse_article_strict(raw).title == "Kiểm tra sinh hoạt chi bộ tại huyện Điện Biên Đông"


def test_a_date_whose_numbers_read_as_counters_is_the_date_line() -> None:
    raw = "\n".join(["Đảng ủy Khối Doanh nghiệp giao ban công tác tổ chức quý III",
                     "17.09.2025 | 15:42",
                     "Chiều 16/9, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức giao ban công tác tổ chức quý III.",
                     LONG])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date) == ("2025-09-17", "2025-09-16")
    # a row of counters stays chrome
    assert clean._is_widget_line("12.345 | 08:30") and not clean._is_widget_line("17.09.2025 | 15:42")


def test_a_phone_readers_furniture_is_not_the_headline() -> None:
    raw = "\n".join([
        "09:41                          5G  48%", "✕  Chế độ đọc                 Aa   ⋮", "baoquangninh.vn",
        "Đảng ủy phường Hồng Gai chuẩn bị đại hội nhiệm kỳ 2025-2030",
        "Báo Quảng Ninh · 5 phút đọc", "▶ Nghe bài viết      ⇪ Chia sẻ      ⊕ Mở trang gốc",
        "Sáng 2-6, Ban Thường vụ Thành ủy làm việc với Đảng ủy phường Hồng Gai về công tác chuẩn bị đại hội.",
        LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đảng ủy phường Hồng Gai chuẩn bị đại hội nhiệm kỳ 2025-2030"
    assert "Chế độ đọc" not in p.clean_text and "Mở trang gốc" not in p.clean_text
    assert "phút đọc" not in p.clean_text


def test_a_reader_views_reading_time_is_not_the_headline() -> None:
    raw = "\n".join([
        "baolaocai.vn", "Đảng ủy xã Bắc Hà giao ban công tác xây dựng Đảng tháng 10 - Báo Lào Cai",
        "Minh Thư", "5–7 phút", "", "Thứ Năm, 06/11/2025 | 07:10",
        "Sáng 5-11, Đảng ủy xã Bắc Hà giao ban công tác xây dựng Đảng tháng 10.", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đảng ủy xã Bắc Hà giao ban công tác xây dựng Đảng tháng 10"
    assert "phút" not in p.clean_text


def test_a_feed_items_shortened_title_gives_way_to_the_pages_headline() -> None:
    raw = "\n".join([
        "Feedly", "Ban Tổ chức Huyện ủy Hải Hậu giao ban công tác tổ chức xây dựng Đảng…",
        "Báo Nam Định · 09/05/2023 15:10 · 3 phút đọc", "Đọc bài gốc",
        "Hải Hậu giao ban công tác tổ chức xây dựng Đảng tháng 4 năm 2023", "Thứ Ba, 09/05/2023 - 14:55",
        "Sáng 9/5, Ban Tổ chức Huyện ủy Hải Hậu tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 4.",
        LONG, "Ngọc Mai", "Nguồn: baonamdinh.vn · Đọc bài gốc ↗", "Thẻ: #giaoban #HaiHau",
        "‹ Bài trước", "Nam Trực kết nạp 25 đảng viên mới", "Bài tiếp theo ›", "Giao Thủy sơ kết Nghị quyết"])
    p = parse_article_strict(raw)
    assert p.title == "Hải Hậu giao ban công tác tổ chức xây dựng Đảng tháng 4 năm 2023"
    assert p.byline == "Ngọc Mai" and p.outlet == "baonamdinh.vn"
    assert "Nam Trực" not in p.clean_text and "Thẻ" not in p.clean_text
    # with no full headline further down, the shortened one is still the title
    alone = parse_article_strict("\n".join(raw.split("\n")[:3] + [
        "Sáng 9/5, Ban Tổ chức Huyện ủy Hải Hậu tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 4.", LONG]))
    assert alone.title == "Ban Tổ chức Huyện ủy Hải Hậu giao ban công tác tổ chức xây dựng Đảng…"


def test_a_bulletins_table_of_contents_is_not_its_headline() -> None:
    raw = "\n".join([
        "BẢN TIN CÔNG TÁC TỔ CHỨC", "Ban Tổ chức Huyện ủy Đức Phổ  |  Số 03/2019  |  Phát hành ngày 10/4/2019",
        "TRONG SỐ NÀY", "• Giao ban công tác tổ chức quý I năm 2019", "• Hỏi – đáp nghiệp vụ",
        "• Gương đảng viên trẻ", "• Lịch công tác tháng 4", "• Văn bản mới",
        "Giao ban công tác tổ chức quý I năm 2019: Nâng chất lượng sinh hoạt chi bộ",
        "Sáng 5/4, Ban Tổ chức Huyện ủy tổ chức giao ban công tác tổ chức quý I năm 2019.", LONG,
        "Hoài Nam (Phòng Tổ chức)", "Đọc tiếp trong số này: Hỏi – đáp nghiệp vụ  |  Xem bản PDF",
        "Bạn nhận được thư này vì đã đăng ký nhận bản tin."])
    p = parse_article_strict(raw)
    assert p.title == "Giao ban công tác tổ chức quý I năm 2019: Nâng chất lượng sinh hoạt chi bộ"
    assert p.byline == "Hoài Nam" and "đăng ký nhận" not in p.clean_text


def test_a_widget_showing_its_count_is_a_widget() -> None:
    assert clean._is_widget_line("Chia sẻ  |  Bình luận (12)")
    assert not clean._is_widget_line("Chia sẻ  |  Ủy ban Kiểm tra (12)")


def test_a_papers_name_over_todays_date_and_glued_to_the_lead() -> None:
    raw = "\n".join([
        "Báo Bến Tre", "Thứ Hai, 17/03/2025", "Thời sự  Chính trị  Kinh tế  Xã hội  Video  E-paper",
        "Chính trị", "Giao ban công tác tổ chức xây dựng Đảng tháng 2",
        "Báo Bến Tre Sáng ngày 14-3, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 2.",
        "Cập nhật: 14/03/2025 - 16:40  |  Chia sẻ  |  Lưu", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Giao ban công tác tổ chức xây dựng Đảng tháng 2"
    assert (p.published, p.event_date) == ("2025-03-14", "2025-03-14")


def test_a_web_archives_toolbar_is_not_the_article() -> None:
    raw = ("The Wayback Machine - https://web.archive.org/web/20230102030405/https://baoxyz.vn/a.html\n"
           "Go\n12 captures\n02 Jan 2023 - 10 Mar 2024\nDEC\tJAN\tFEB\n02\n2022\t2023\t2024\n"
           "success\nfail\nAbout this capture\nTIMESTAMPS\nloading\n\n"
           "Bắc Ninh giao ban công tác tổ chức quý IV\nThứ Hai, 02/01/2023 - 09:15\n\n"
           "Sáng 30/12, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý IV.")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Bắc Ninh giao ban công tác tổ chức quý IV", "2023-01-02", "2022-12-30")
    assert "captures" not in got.clean_text and "Wayback" not in got.clean_text


@pytest.mark.parametrize("banner", [
    ["Đây là bộ nhớ đệm của Google của https://baoabc.vn/tin/123.html. Đây là ảnh chụp nhanh của trang "
     "vào lúc 3 thg 4, 2021 10:12:05 GMT. Trang hiện tại có thể đã thay đổi.",
     "Phiên bản đầy đủ   Phiên bản chỉ có văn bản   Xem nguồn",
     "Mẹo: Để nhanh chóng tìm cụm từ tìm kiếm trên trang này, nhấn Ctrl+F hoặc ⌘-F (Mac)."],
    ["This is Google's cache of https://baoabc.vn/tin/123.html. It is a snapshot of the page as it "
     "appeared on 3 Apr 2021 10:12:05 GMT.",
     "Full version\tText-only version\tView source",
     "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."],
])
def test_a_search_engines_cache_notice_is_not_the_article(banner: list[str]) -> None:
    raw = "\n".join(banner + [
        "", "BÁO ABC ĐIỆN TỬ", "Thứ Bảy, 3/4/2021", "Trang chủ   Chính trị   Xã hội   Văn hóa",
        "XÂY DỰNG ĐẢNG", "Giao ban công tác tổ chức quý I: kết nạp 312 đảng viên (02/04/2021 07:30)", "",
        "(ABC) - Chiều hôm qua (1/4), Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I.",
        "", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức quý I: kết nạp 312 đảng viên", "2021-04-02", "2021-04-01")
    assert "Ctrl" not in got.clean_text and "cache" not in got.clean_text


@pytest.mark.parametrize("address", [
    "read://https_baoabc.vn/?url=https%3A%2F%2Fbaoabc.vn%2Fchinh-tri%2Fhoi-nghi-tinh-uy-lan-thu-24-cho-y-kien-"
    "du-thao-van-kien-dai-hoi-97215.html",
    "about:reader?url=https://baoabc.vn/chinh-tri/hoi-nghi-tinh-uy-lan-thu-24-cho-y-kien-du-thao-van-kien-"
    "dai-hoi-dang-bo-tinh-lan-thu-xxii-nhiem-ky-2020-2025-97215.html",
    "https://baoabc.vn/chinh-tri/hoi-nghi-tinh-uy-lan-thu-24-cho-y-kien-du-thao-van-kien-dai-hoi-dang-bo-"
    "tinh-lan-thu-xxii-nhiem-ky-2020-2025-97215.html?utm_source=zalo",
])
def test_a_long_address_alone_over_a_reader_views_copy_is_not_the_article(address: str) -> None:
    raw = "\n".join([address, "", "baoabc.vn", "Hội nghị Tỉnh ủy lần thứ 24: Cho ý kiến dự thảo văn kiện",
                     "Cập nhật: 10/06/2020 18:05", "",
                     "Trong hai ngày 9 và 10.6, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 24.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Hội nghị Tỉnh ủy lần thứ 24: Cho ý kiến dự thảo văn kiện", "2020-06-10", "2020-06-09")
    assert "97215" not in got.clean_text


@pytest.mark.parametrize("line", ["13.01.2026   Số lượt xem: 187   In trang   Gửi email   Chia sẻ",
                                  "13.01.2026   Lượt xem: 187   In trang"])
def test_a_date_with_dots_beside_a_portals_widgets_is_the_date_line(line: str) -> None:
    raw = "\n".join(["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN CỰU", "Trang chủ | Tin tức | Xây dựng Đảng",
                     "Tin tức > Xây dựng Đảng", line, "",
                     "Chi bộ trường học nâng chất lượng sinh hoạt", "",
                     "Sáng 12-1, Đảng ủy phường tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Chi bộ trường học nâng chất lượng sinh hoạt", "2026-01-13", "2026-01-12")


def test_an_apps_share_text_tail_is_not_the_article() -> None:
    raw = article("Giao ban công tác tổ chức quý III năm 2025",
                  ["Sáng 6/10, Ban Tổ chức Tỉnh ủy giao ban.", "Hội nghị đánh giá kết quả quý III."],
                  date_line="07/10/2025 10:00", byline="Hải Yến",
                  footer=["Giao ban công tác tổ chức quý III năm 2025 - Tin Tỉnh Nhà",
                          "Đọc toàn bài trên trang Tin Tỉnh Nhà", "Gửi từ Tin Tỉnh Nhà cho Android"])
    got = parse_article_strict(raw)
    assert got.byline == "Hải Yến"
    assert "Tin Tỉnh Nhà" not in got.clean_text


#: two paragraphs long enough to be an article's body (a marker under them ends the article)
_BODY = (
    "Sáng 3/4, Đảng ủy xã tổ chức hội nghị giao ban công tác xây dựng Đảng quý I năm 2024, "
    "đánh giá kết quả sinh hoạt chi bộ và công tác phát triển đảng viên ở các thôn.",
    "Các chi bộ báo cáo kết quả thực hiện nhiệm vụ, nêu những khó khăn trong việc duy trì "
    "sinh hoạt định kỳ và đề xuất giải pháp cho quý II.",
)


def test_a_newsletters_other_items_and_comment_form_end_the_article() -> None:
    for marker in ("CÁC TIN KHÁC TRONG SỐ NÀY", "Bình luận của bạn"):
        raw = article("Giao ban quý I", _BODY,
                      byline="Minh Thư", footer=[marker, "Tin khác về một hội nghị ở nơi khác nữa"])
        got = parse_article_strict(raw)
        assert got.byline == "Minh Thư" and "nơi khác" not in got.clean_text


def test_a_video_page_copied_as_text() -> None:
    raw = ("Hà Nam: Giao ban công tác tổ chức xây dựng Đảng quý II/2021\n\nTruyền hình Hà Nam\n"
           "12,4 N người đăng ký\n\nĐăng ký\n\n15\n\nChia sẻ\n\nLưu\n\n"
           "861 lượt xem  9 thg 7, 2021  #HNTV #HaNam\n"
           "(HNTV) - Chiều ngày 8-7, Ban Tổ chức Tỉnh ủy Hà Nam tổ chức hội nghị giao ban công tác tổ chức "
           "xây dựng Đảng quý II, triển khai nhiệm vụ quý III năm 2021.\n\n"
           "Các ban tổ chức huyện ủy, thành ủy báo cáo kết quả và đề xuất nhiều giải pháp.\n\n"
           "Thực hiện: Thu Hương - Văn Long\n\n► Đăng ký kênh Truyền hình Hà Nam để xem tin mới\n"
           "Ẩn bớt\n\nBản ghi\nHiện bản ghi\n\nTruyền hình Hà Nam\n12,4 N người đăng ký\n\n"
           "4 bình luận\nSắp xếp theo\n\nTiếp theo\nThời sự HNTV tối 08/7/2021\nTruyền hình Hà Nam\n"
           "1,2 N lượt xem  2 năm trước")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Hà Nam: Giao ban công tác tổ chức xây dựng Đảng quý II/2021", "2021-07-09", "2021-07-08",
        "Thu Hương - Văn Long")
    assert "Thời sự HNTV" not in got.clean_text and "người đăng ký" not in got.clean_text


def test_a_headline_wrapped_at_a_width_and_windows_line_breaks() -> None:
    raw = ("Lào Cai: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm, triển\r\n"
           "khai nhiệm vụ 6 tháng cuối năm 2023\r\n\r\nCập nhật: 12/07/2023 08:15\r\n\r\n"
           "Ngày 11.7, Ban Tổ chức Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác tổ chức\r\n"
           "xây dựng Đảng 6 tháng đầu năm.\r\n")
    got = parse_article_strict(raw)
    assert got.title == ("Lào Cai: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm, triển khai "
                         "nhiệm vụ 6 tháng cuối năm 2023")
    assert (got.published, got.event_date) == ("2023-07-12", "2023-07-11")
    assert "\r" not in got.raw_text


def test_a_bulletins_masthead_with_its_issue_and_a_section_in_capitals() -> None:
    raw = ("BẢN TIN SINH HOẠT CHI BỘ - Số 09 - Tháng 9/2024\n\nTIN TỪ CƠ SỞ\n\n"
           "Đảng ủy xã Tân Lập giao ban công tác xây dựng Đảng quý III\n\n"
           "Vừa qua, Đảng ủy xã Tân Lập tổ chức hội nghị giao ban công tác xây dựng Đảng quý III năm 2024.")
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("Đảng ủy xã Tân Lập giao ban công tác xây dựng Đảng quý III", None)


def test_a_byline_printed_at_the_top_and_the_foot_is_one() -> None:
    raw = article("Giao ban quý III", ["Sáng 3/10, Đảng ủy xã giao ban quý III.", "Các chi bộ báo cáo kết quả."],
                  date_line="04/10/2024 09:00", byline="Quỳnh Mai", header=[])
    raw = raw.replace("04/10/2024 09:00", "04/10/2024 09:00\n\nQuỳnh Mai")
    assert parse_article_strict(raw).byline == "Quỳnh Mai"


@pytest.mark.parametrize(
    ("byline", "footer", "expected"),
    [
        # what is left of a glued feedback link is not the article
        ("HỒNG NHUNG", "Xem phản hồi", "Hồng Nhung"),
        # a row of widgets with a rating
        ("Bài và ảnh: THU HÀ", "[Chia sẻ]  [In]  [Gửi email]   Đánh giá: ★★★★☆", "Thu Hà"),
        # a channel post's counters in English: its views and when it was edited, its comments
        ("✍️ Minh Khôi - Báo Hậu Giang", "👁 12.4K  edited  09:12\n💬 7 comments", "Minh Khôi"),
        ("Ngọc Trâm", "1.2K views · 35 shares", "Ngọc Trâm"),
    ],
)
def test_the_byline_over_a_footers_widgets(byline: str, footer: str, expected: str) -> None:
    raw = article("Giao ban quý I", ["Sáng 3/4, Đảng ủy xã giao ban quý I.", "Các chi bộ báo cáo kết quả."],
                  byline=byline, footer=[footer])
    assert parse_article_strict(raw).byline == expected


def test_a_social_post_with_a_day_of_this_year_and_a_headline_in_capitals() -> None:
    raw = ("Ban Tổ chức Tỉnh ủy Vĩnh Long\n·\nTheo dõi\n14 tháng 5 lúc 10:05 · 🌏\n\n"
           "🔴 SƠ KẾT 5 NĂM THỰC HIỆN QUY ĐỊNH 213 VỀ ĐẢNG VIÊN GIỮ MỐI LIÊN HỆ NƠI CƯ TRÚ 🔴\n\n"
           "Ngày 13-5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Quy định số "
           "213-QĐ/TW của Bộ Chính trị về trách nhiệm của đảng viên đang công tác giữ mối liên hệ với "
           "tổ chức đảng và nhân dân nơi cư trú.\n\nSau 5 năm, các chi bộ đã nhận được nhiều ý kiến "
           "phản ánh của nhân dân nơi cư trú về đảng viên, giúp cấp ủy quản lý tốt hơn.\n\n"
           "Tin, ảnh: Hồng Nhung\n👁 2,4K lượt xem   ❤ 310\n"
           "Xem thêm từ Ban Tổ chức Tỉnh ủy Vĩnh Long\n• Hội nghị giao ban quý I · 02/4/2024\n"
           "Tải Zalo để nhận tin mới nhất")
    got = parse_article_strict(raw)
    assert got.title == "SƠ KẾT 5 NĂM THỰC HIỆN QUY ĐỊNH 213 VỀ ĐẢNG VIÊN GIỮ MỐI LIÊN HỆ NƠI CƯ TRÚ"
    assert (got.published, got.byline) == (None, "Hồng Nhung")
    assert "giao ban quý I" not in got.clean_text and "Theo dõi" not in got.clean_text


def test_a_list_of_the_sections_other_posts_ends_the_article() -> None:
    raw = article("Giao ban quý I", _BODY,
                  byline="MINH THƯ", footer=["BÀI VIẾT CÙNG CHUYÊN MỤC", "- Một hội nghị khác ở nơi khác nữa"])
    got = parse_article_strict(raw)
    assert got.byline == "Minh Thư" and "nơi khác" not in got.clean_text


#: a social page's post, its name over its date, and the post's own text
_POST = ("Đảng ủy phường Tân Định\n·\nTheo dõi\n5 tháng 8, 2024 lúc 19:40 · 🌏\n\n"
         "Chiều ngày 5-8, Đảng ủy phường tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 7.\n\n")


def test_a_post_sharing_a_link_takes_the_linked_headline() -> None:
    raw = _POST + ("👉 Xem chi tiết:\n\nBAOXYZ.VN\nPhường Tân Định giao ban công tác xây dựng Đảng tháng 7\n"
                   "Chiều 5/8, hội nghị đánh giá kết quả công tác xây dựng Đảng tháng 7 ...")
    got = parse_article_strict(raw)
    assert got.title == "Phường Tân Định giao ban công tác xây dựng Đảng tháng 7"
    assert got.published == "2024-08-05"


def test_a_post_with_no_shared_link_keeps_its_own_top() -> None:
    raw = _POST + "Các chi bộ báo cáo kết quả\n"
    assert parse_article_strict(raw).title != "Các chi bộ báo cáo kết quả"


def test_a_date_line_then_its_byline_on_one_line() -> None:
    raw = article("Giao ban công tác tổ chức quý III", [
        "(CSO) - Chiều ngày 2-10, Đảng ủy Quân sự tỉnh tổ chức hội nghị giao ban quý III."],
        header=["BÁO QUÂN KHU ONLINE"], date_line="Thứ Ba, 03-10-2023 07:15 | Bài và ảnh: NGUYỄN VĂN HẢI")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2023-10-03", "2023-10-02", "Nguyễn Văn Hải")


def test_a_breadcrumb_with_dots_and_a_labelled_credit_under_the_lead() -> None:
    raw = ("ĐẢNG BỘ TỈNH X\nTrang chủ · Tin tức · Xây dựng Đảng · Văn bản · Thư viện ảnh\n\n"
           "THÔNG CÁO HỘI NGHỊ LẦN THỨ 9 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII\n\n"
           "Ngày 5.7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 9 để đánh giá tình hình 6 tháng.\n\n"
           "Bài, ảnh: Ngọc Hân\n\nI. VỀ CÔNG TÁC XÂY DỰNG ĐẢNG\n\nHội nghị thống nhất các nhiệm vụ trọng tâm.\n\n"
           "THÀNH ỦY X")
    got = parse_article_strict(raw)
    assert got.title == "THÔNG CÁO HỘI NGHỊ LẦN THỨ 9 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII"
    assert got.byline == "Ngọc Hân"


def test_a_chat_groups_forwarded_message() -> None:
    raw = ("〈  Chi bộ KV2 - P.An Hòa      👥 36 thành viên     🔍  ☰\n\n"
           "📌 Tin nhắn đã ghim: Lịch sinh hoạt chi bộ tháng 8 tại nhà văn hóa\n\n"
           "Hôm qua 21:05\nVăn phòng Đảng ủy phường\n↪ Chuyển tiếp\n\n"
           "📢 ĐẢNG ỦY PHƯỜNG AN HÒA SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2024\n\n"
           "Ngày 5.8, Đảng ủy phường An Hòa tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.")
    got = parse_article_strict(raw)
    assert got.title == "ĐẢNG ỦY PHƯỜNG AN HÒA SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2024"
    assert "thành viên" not in got.clean_text and "ghim" not in got.clean_text


def test_a_page_buried_in_noise() -> None:
    raw = ("Chúng tôi sử dụng cookie để cá nhân hóa nội dung. Bằng việc tiếp tục, bạn đồng ý.\n\n"
           "SÔNG HẬU ONLINE - Tin tức miền Tây\n"
           "Thứ Bảy, 23/11/2024 - 14:02   |   Cần Thơ 30°C, có mưa rào   |   Đăng nhập   Đăng ký\n"
           "Thời sự   Chính trị   Xây dựng Đảng   Kinh tế   Xã hội\n\nQuảng cáo\n\n"
           "Ngành Tổ chức xây dựng Đảng sơ kết 6 tháng đầu năm 2024\n\n12/07/2024 10:45 GMT+7\n"
           "Lượt đọc: 862   |   A   A+   |   🖨\n\n"
           "Ban Tổ chức Thành ủy vừa tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm, "
           "triển khai nhiệm vụ 6 tháng cuối năm 2024, với sự tham dự của lãnh đạo các quận, huyện ủy.\n\n"
           "Các ban tổ chức quận, huyện ủy báo cáo kết quả và đề xuất nhiều giải pháp cho 6 tháng cuối năm, "
           "nhất là việc chuẩn bị nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.\n\n"
           "Ngọc Trâm\n\nBài viết này có hữu ích với bạn không?   Có (12)   Không (1)\n\nTài trợ\n"
           "Tour miền Tây 2 ngày 1 đêm chỉ 990.000 đồng")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.byline) == (
        "Ngành Tổ chức xây dựng Đảng sơ kết 6 tháng đầu năm 2024", "2024-07-12", "Ngọc Trâm")
    assert "Tour" not in got.clean_text and "Lượt đọc" not in got.clean_text


def test_a_page_whose_line_breaks_were_lost() -> None:
    raw = ("Cổng thông tin điện tử xã An Lạc\n"
           "Trang chủGiới thiệuTin tức - Sự kiệnHoạt động Đảng ủyVăn bảnLiên hệĐẢNG ỦY XÃ AN LẠC SƠ KẾT "
           "CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024Ngày đăng: 04/04/2024Chiều 3/4, Đảng ủy xã An Lạc tổ chức "
           "hội nghị sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2024.")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "ĐẢNG ỦY XÃ AN LẠC SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024", "2024-04-04", "2024-04-03")


def test_brands_in_a_paragraph_do_not_split_it() -> None:
    text = ("Người dân dùng ứng dụng VNeID, đọc VnExpress và xem TikTok để theo dõi tin về công tác xây "
            "dựng Đảng ở cơ sở, nhất là những thông tin về đại hội chi bộ nhiệm kỳ mới.")
    assert clean.split_glued_lines([clean.Segment(text, 0)]) == [clean.Segment(text, 0)]


def test_a_masthead_after_the_papers_name_is_not_the_headline() -> None:
    raw = ("HẢI DƯƠNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH\n"
           "Thứ Hai, ngày 29 tháng 7 năm 2019 | 06:45\n"
           "Chuẩn bị nhân sự đại hội đúng quy trình\n\n"
           "Chiều 26.7, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng 6 tháng đầu năm.")
    assert parse_article_strict(raw).title == "Chuẩn bị nhân sự đại hội đúng quy trình"


# --- round 32: print bulletins read by OCR, journals, chronicles (invented) ------------


def test_guarded_chrome_alternatives_still_match_and_body_lines_do_not() -> None:
    from desktop.core.parse import regexes
    from desktop.core.parse.common import folded_line

    chrome = ["Báo Lào Cai · 2 ngày trước · 4 phút đọc", "〈 Chi bộ thôn 5 👥 37 thành viên 🔍 ☰",
              "*** Mừng Đảng quang vinh *** Mừng Xuân Giáp Thìn ***", "Chia sẻ"]
    body = ["Hội nghị đọc kỹ 3 văn bản trước khi thảo luận", "Chi bộ hiện có 37 đảng viên chính thức.",
            "Chi bộ có 37 thành viên.", "Ban Chấp hành gồm 15 thành viên", "Tổ công tác với 9 thành viên."]
    assert all(regexes.CHROME_LINE_F.fullmatch(folded_line(t)) for t in chrome)
    assert not any(regexes.CHROME_LINE_F.fullmatch(folded_line(t)) for t in body)


BULLETIN_LEAD = ("Sáng 21/4, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban công\n"
                 "tác tổ chức xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm\n"
                 "2024. Dự hội nghị có lãnh đạo Ban Tổ chức các đảng ủy trực thuộc.\n")


def test_a_scanned_bulletin_keeps_its_headline_under_its_rubric() -> None:
    raw = ("HUYỆN ỦY ĐÔNG SƠN\nBẢN TIN\nCÔNG TÁC XÂY DỰNG ĐẢNG\nSố 4/2024  *  Lưu hành nội bộ\n\n"
           "TR0NG SỐ NÀY\n* Giao ban công tác tổ chức quý I .. 2\n* Gương sáng đảng viên .. 5\n\n"
           "TIN H0ẠT ĐỘNG\n\nGIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024\n\n" + BULLETIN_LEAD)
    got = parse_article_strict(raw)
    assert got.title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024"
    assert got.event_date == "2024-04-21"
    assert "Lưu hành" not in got.clean_text and "Gương sáng" not in got.clean_text


def test_a_wrapped_lead_ends_the_page_top_so_a_table_below_is_no_menu() -> None:
    raw = ("BẢN TIN CÔNG TÁC ĐẢNG\n\nCHUẨN BỊ ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 - 2027\n\n"
           "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính\n"
           "trị về đại hội đảng bộ các cấp, Ban Thường vụ Huyện ủy đã ban\n"
           "hành kế hoạch và hướng dẫn các chi bộ tổ chức đại hội điểm.\n"
           "Đơn vị\nSố chi bộ\nĐã đại hội\nXã Hòa Bình\nXã Tân Lập\n")
    got = parse_article_strict(raw)
    assert got.title == "CHUẨN BỊ ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 - 2027"
    assert [d.canonical for d in got.directives] == ["Chỉ thị 35-CT/TW"]


def test_an_issue_line_with_its_release_date_is_the_date_line() -> None:
    raw = ("BẢN TIN CÔNG TÁC TỔ CHỨC\nSố 9/2023 - Phát hành: 26/9/2023\n\n"
           "SƠ KẾT 9 THÁNG CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG\n\n" + BULLETIN_LEAD)
    got = parse_article_strict(raw)
    assert (got.published, got.title) == ("2023-09-26", "SƠ KẾT 9 THÁNG CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG")


def test_a_running_head_printed_on_each_page_goes_and_a_doubled_caption_stays_once() -> None:
    head = "BẢN TIN SINH HOẠT CHI BỘ - SỐ 5/2024"
    caption = "Đồng chí Bí thư phát biểu tại hội nghị năm 2024. Ảnh: Minh Tâm"
    raw = ("BẢN TIN SINH HOẠT CHI BỘ\n\nTiêu đề bài viết về hội nghị\n\n" + "\n".join([LONG] * 5) + "\n"
           + head + "\n2\n"
           + caption + "\n" + caption + "\n" + LONG + "\n" + head + "\n3\n")
    got = parse_article_strict(raw)
    assert head not in got.clean_text
    assert got.clean_text.count("Đồng chí Bí thư phát biểu") == 1


def test_a_code_broken_at_its_dash_is_read_whole() -> None:
    raw = ("Tiêu đề bài\n\nTrong quý, Ban Thường vụ Huyện ủy đã ban hành, triển khai thực hiện\n"
           "Kế hoạch số 45-\nKH/HU ngày 20/01/2022 về học tập và làm theo tư tưởng, đạo đức.\n")
    assert [d.canonical for d in parse_article_strict(raw).directives] == ["Kế hoạch 45-KH/HU"]


def test_a_code_broken_at_its_slash_is_read_whole() -> None:
    raw = ("Tiêu đề bài\n\nHội nghị đã quán triệt, thống nhất các nội dung thực hiện Quy định số 17-QĐ/\n"
           "ĐU của Đảng ủy Khối về công tác kiểm tra, giám sát trong năm tới.\n")
    got = parse_article_strict(raw)
    assert [d.canonical for d in got.directives] == ["Quy định 17-QĐ/ĐU"]
    assert "QĐ/ ĐU của" in got.clean_text  # one paragraph


def test_a_journal_headline_over_its_authors_and_issue() -> None:
    raw = ("TẠP CHÍ LÝ LUẬN CHÍNH TRỊ\n\nĐổi mới sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số\n\n"
           "TS Hà Văn Lộc - Học viện Chính trị khu vực I\n"
           "ThS Vi Thị Hạnh - Vụ Tổ chức - Cán bộ, Ban Tổ chức Trung ương\n"
           "Số 540 (tháng 3-2024)\nNgày xuất bản: 20/03/2024 - 09:15\n\n" + LONG)
    got = parse_article_strict(raw)
    assert (got.title, got.published) == (
        "Đổi mới sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số", "2024-03-20")
    assert {p.name for p in got.people} >= {"Hà Văn Lộc", "Vi Thị Hạnh"}
    assert "Số 540" not in got.clean_text


def test_related_news_of_the_same_section_end_the_article() -> None:
    raw = ("Tiêu đề bài\n\n" + LONG + "\n\nTin: Ngọc Mai - Ảnh: Văn Thành\n\nTin tức cùng chuyên mục\n"
           "› Lễ kết nạp đảng viên mới (12-09-2023)\n")
    got = parse_article_strict(raw)
    assert got.byline == "Ngọc Mai - Văn Thành" and "Lễ kết nạp" not in got.clean_text


# --- round 33: multimedia pages, pages split in several, hashtags, print notes (invented) ----


def test_a_gallerys_headline_loses_its_label_and_the_pages_links_are_chrome() -> None:
    raw = article("[Ảnh] Đảng ủy Khối giao ban công tác xây dựng Đảng quý III năm 2024",
                  ["Chiều 4/10, Đảng ủy Khối tổ chức giao ban công tác xây dựng Đảng quý III.",
                   "Các chi bộ báo cáo kết quả thực hiện Quy định số 144-QĐ/TW."],
                  date_line="05/10/2024 08:30", byline="HỒNG NHUNG",
                  footer=["Trang 1  2  3  Trang sau »", "#Đảng ủy Khối  #giao ban quý III  #Quy định 144",
                          "(Bài đăng trên Báo XYZ in, số ra thứ Bảy, ngày 05/10/2024)",
                          "Gửi bài viết | In | Bản để in"])
    got = parse_article_strict(raw)
    assert got.title == "Đảng ủy Khối giao ban công tác xây dựng Đảng quý III năm 2024"
    assert got.byline == "Hồng Nhung"
    for chrome in ("Trang sau", "#", "Bài đăng", "Bản để in"):
        assert chrome not in got.clean_text


def test_a_headline_loses_the_sites_name_its_title_tag_added() -> None:
    for sep in (" | ", " - "):
        raw = article(f"Đảng ủy Khối giao ban công tác xây dựng Đảng quý III{sep}Báo XYZ điện tử",
                      ["Chiều 4/10, Đảng ủy Khối tổ chức giao ban công tác xây dựng Đảng quý III."],
                      date_line="05/10/2024 08:30")
        assert parse_article_strict(raw).title == "Đảng ủy Khối giao ban công tác xây dựng Đảng quý III"
    # (a headline's own dash before a report is kept)
    raw = article("Giao ban quý III - Báo cáo kết quả thực hiện Quy định 144",
                  ["Chiều 4/10, Đảng ủy Khối tổ chức giao ban công tác xây dựng Đảng quý III."],
                  date_line="05/10/2024 08:30")
    assert parse_article_strict(raw).title == "Giao ban quý III - Báo cáo kết quả thực hiện Quy định 144"


def test_a_multimedia_pages_credits_close_it_and_the_embed_box_is_cut() -> None:
    raw = article("Đảng ủy Khối giao ban công tác xây dựng Đảng quý III",
                  ["Chiều 4/10, Đảng ủy Khối tổ chức giao ban công tác xây dựng Đảng quý III, triển khai "
                   "nhiệm vụ quý IV năm 2024 với sự tham dự của bí thư các chi bộ, đảng bộ cơ sở.",
                   "Các chi bộ báo cáo kết quả thực hiện Quy định số 144-QĐ/TW."],
                  date_line="05/10/2024 08:30",
                  footer=["Bài: HỒNG NHUNG - MINH TÚ", "Ảnh, video: Quốc Huy", "Thiết kế: Lan Chi",
                          "Nhúng video  <iframe>", "▶ YouTube", "Kênh XYZ", "Xem sau"])
    got = parse_article_strict(raw)
    assert got.byline == "Hồng Nhung - Minh Tú - Quốc Huy - Lan Chi"
    assert "Kênh XYZ" not in got.clean_text


# --- round 34: archives, aggregators and caches, pages with ads inside (invented) -----------


def test_an_old_portals_menu_search_box_and_buttons_are_chrome() -> None:
    raw = ("BÁO XYZ ĐIỆN TỬ\n:: Trang chủ :: Thời sự :: Xây dựng Đảng :: Kinh tế ::\n"
           "Tìm kiếm: [          ] [Tìm]\n\nThứ Sáu, 14/03/2005\n\n"
           "Hội nghị Tỉnh uỷ bàn công tác cán bộ quý I năm 2005\n\n" + BULLETIN_LEAD.replace("\n", " ")
           + "\n\nCác huyện uỷ báo cáo kết quả thực hiện Quy định 57-QĐ/TW về bảo vệ chính trị nội bộ.\n\n"
           "Minh Hằng\n\n[Về đầu trang]   [In trang này]   [Gửi cho bạn bè]\n\nVề đầu trang  |  In trang này\n")
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("Hội nghị Tỉnh uỷ bàn công tác cán bộ quý I năm 2005", "Minh Hằng")
    assert "::" not in got.clean_text and "[" not in got.clean_text


def test_a_web_archives_toolbar_over_the_page_is_set_apart() -> None:
    page = ("BÁO XYZ\n\nGiao ban công tác tổ chức xây dựng Đảng quý III\n12/09/2020 | 08:30\n\n"
            "Sáng 11-9, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
            "quý III, triển khai nhiệm vụ quý IV năm 2020.\n")
    wayback = ("INTERNET ARCHIVE\nWayback Machine\nhttps://baoxyz.vn/giao-ban-quy-iii.html\nGo\n"
               "17 captures\n12 Sep 2020 - 4 Mar 2023\nAUG SEP OCT\n15\n2019 2020 2021\nsuccess\nfail\n"
               "About this capture\nTIMESTAMPS\n"
               "The Wayback Machine - https://web.archive.org/web/20200915033411/https://baoxyz.vn/a\n\n")
    today = ("archive.today\nwebpage capture\nSaved from\nhttps://baoxyz.vn/giao-ban-quy-iii.html\nsearch\n"
             "16 Mar 2025 02:14:09 UTC\nAll snapshots from host baoxyz.vn\nWebpage   Screenshot\n"
             "share   download .zip   report bug or abuse\n\n")
    for toolbar in (wayback, today):
        got = parse_article_strict(toolbar + page)
        assert (got.title, got.published, got.event_date) == (
            "Giao ban công tác tổ chức xây dựng Đảng quý III", "2020-09-12", "2020-09-11")
        assert got.people == ()


def test_ads_prompts_and_links_inside_an_article_are_chrome_and_the_byline_is_read() -> None:
    raw = article("Giao ban công tác tổ chức xây dựng Đảng quý III",
                  ["Chiều 4/10, Đảng ủy Khối tổ chức giao ban công tác xây dựng Đảng quý III, triển khai "
                   "nhiệm vụ quý IV năm 2024 với sự tham dự của bí thư các chi bộ, đảng bộ cơ sở.",
                   "Xem thêm: Giá lúa tăng mạnh trong tuần qua",
                   "Đọc thêm: Tỉnh XYZ sắp xếp đơn vị hành chính cấp xã",
                   "Tải app Báo XYZ – Đọc tin nhanh hơn, không quảng cáo  [Cài đặt]",
                   "Các chi bộ báo cáo kết quả thực hiện Quy định số 144-QĐ/TW."],
                  date_line="05/10/2024 08:30", byline="THU TRANG",
                  footer=["Bạn đang đọc bài viết Giao ban công tác tổ chức xây dựng Đảng quý III tại "
                          "chuyên mục Xây dựng Đảng của Báo XYZ điện tử, cơ quan của Đảng bộ tỉnh XYZ.",
                          "Chia sẻ:  Facebook  |  Zalo  |  Sao chép đường dẫn",
                          "Cho phép nhận thông báo từ Báo XYZ?   [Không]  [Cho phép]"])
    got = parse_article_strict(raw)
    assert got.byline == "Thu Trang"
    for chrome in ("Giá lúa", "Sắp xếp đơn vị", "Tải app", "Bạn đang đọc", "thông báo"):
        assert chrome not in got.clean_text
    assert "Quy định số 144-QĐ/TW" in got.clean_text


def test_an_aggregators_copy_gives_the_articles_headline() -> None:
    raw = article("Quảng Ngãi: Đổi mới giao ban công tác tổ chức xây dựng Đảng quý III",
                  ["Theo Báo Quảng Ngãi - 3 giờ trước",
                   "Ban Tổ chức Tỉnh ủy vừa tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý "
                   "III, triển khai nhiệm vụ quý IV năm 2023 với các ban tổ chức huyện ủy, thị ủy."],
                  header=["DocTin360 - Đọc báo, tin tức tổng hợp", "Hôm nay: Thứ Năm, 12/10/2023",
                          "Thời sự | Xã hội | Kinh tế | Văn hóa | Thể thao | Công nghệ"],
                  byline="HỒNG NHUNG")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.byline) == (
        "Quảng Ngãi: Đổi mới giao ban công tác tổ chức xây dựng Đảng quý III", None, "Hồng Nhung")
    assert "giờ trước" not in got.clean_text and "DocTin360" not in got.clean_text


def test_a_series_label_over_its_instalments_headline_is_no_headline() -> None:
    for label in ('Chuyên đề "Nâng chất lượng chi bộ" – Kỳ 2', "Loạt bài: Người bí thư chi bộ ở vùng cao",
                  "Tuyến bài Đảng viên trẻ - Bài 4"):
        raw = article("Chi bộ thôn bản đổi mới sinh hoạt định kỳ, không còn nói suông",
                      ["Sáng 14-3, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị 12-CT/HU về "
                       "nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản."],
                      header=["TẠP CHÍ XYZ", "Đăng ngày: 16/03/2023", label])
        got = parse_article_strict(raw)
        assert got.title == "Chi bộ thôn bản đổi mới sinh hoạt định kỳ, không còn nói suông", label


def test_a_link_to_another_article_opened_by_marks_is_chrome() -> None:
    body = ["Sáng 6/4, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng quý I năm 2023.",
            ">> Bình Định: Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025",
            "» Kon Tum tổng kết công tác bảo vệ chính trị nội bộ",
            "Hội nghị thống nhất các nhiệm vụ trọng tâm quý II."]
    got = parse_article_strict(article(paragraphs=body, date_line="07/04/2023"))
    assert got.places == ()
    assert "Sắp xếp" not in got.clean_text and "bảo vệ chính trị" not in got.clean_text
    assert "nhiệm vụ trọng tâm quý II" in got.clean_text
    # a sentence after the marks is the article's own
    kept = ">> Các chi bộ đã tổ chức sinh hoạt chuyên đề theo đúng hướng dẫn."
    got = parse_article_strict(article(paragraphs=[body[0], kept, body[3]], date_line="07/04/2023"))
    assert "Các chi bộ đã tổ chức" in got.clean_text


def test_a_sentence_opening_with_an_apps_name_is_the_articles() -> None:
    body = ["Sáng 5/3, Đảng ủy xã tổ chức hội nghị hướng dẫn đảng viên dùng Sổ tay đảng viên điện tử.",
            "Tải ứng dụng Sổ tay đảng viên về điện thoại, đảng viên đăng nhập và đọc tài liệu trước kỳ họp.",
            "Tải ứng dụng Báo XYZ để đọc tin nhanh hơn",
            "Hội nghị thống nhất hoàn thành việc cài đặt trong quý I."]
    got = parse_article_strict(article(paragraphs=body, date_line="06/03/2024"))
    assert "đăng nhập và đọc tài liệu" in got.clean_text
    assert "đọc tin nhanh hơn" not in got.clean_text


def test_other_articles_teasers_over_and_under_the_one_read_in_full() -> None:
    raw = "\n".join([
        "Trang chủ | Thời sự | Xây dựng Đảng | Kinh tế | Xã hội",
        "",
        "Huyện ủy X trao Huy hiệu 40 năm tuổi Đảng cho 18 đảng viên",
        "30/03/2024 | 10:05",
        "Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy X trao Huy hiệu cho các đảng viên lão thành.",
        "",
        "Đảng ủy Khối Doanh nghiệp tỉnh kết nạp 25 đảng viên mới",
        "29/03/2024 | 16:40",
        "",
        "Ngành Tổ chức xây dựng Đảng tỉnh giao ban công tác quý I năm 2024",
        "Thứ Sáu, 29/03/2024 - 15:10",
        "Chiều 28-3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I, "
        "triển khai nhiệm vụ quý II năm 2024. Đồng chí Trần Thị Hoa, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.",
        "",
        "XEM NHIỀU",
        "1  Triển khai Quy định 142 về thẩm quyền của người đứng đầu",
        "2  Bí thư Tỉnh ủy Lê Văn Tám tiếp xúc cử tri huyện Y",
        "",
        "Quý I, ngành đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về công tác cán bộ, "
        "kết nạp 312 đảng viên mới, đạt 25% kế hoạch năm và kiện toàn 6 tổ chức cơ sở đảng.",
        "",
        "Hội nghị thống nhất các nhiệm vụ trọng tâm quý II, trong đó có việc chuẩn bị đại hội chi bộ "
        "nhiệm kỳ 2025-2027 và rà soát quy hoạch cán bộ các cấp.",
        "",
        "THU HÀ",
        "",
        "Huyện Z tập huấn nghiệp vụ công tác đảng viên năm 2024",
        "27/03/2024 | 08:15",
        "Gần 200 đồng chí bí thư chi bộ dự lớp tập huấn, do đồng chí Phạm Văn Sơn chủ trì.",
        "",
        "« Trang trước   1  2  3  ...  48   Trang sau »",
    ])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Ngành Tổ chức xây dựng Đảng tỉnh giao ban công tác quý I năm 2024", "2024-03-29", "2024-03-28",
        "Thu Hà")
    assert [p.name for p in got.people] == ["Trần Thị Hoa", "Thu Hà"]
    assert [d.canonical for d in got.directives] == ["Kế hoạch 45-KH/TU"]


def test_a_sites_name_in_english_words_is_no_author() -> None:
    for site in ("LÂM ĐỒNG ONLINE  |  Thứ sáu, 19/07/2024", "Hà Nội News | 19/07/2024"):
        raw = article("Lâm Đồng sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm",
                      ["Sáng 18/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng "
                       "Đảng 6 tháng đầu năm 2024."], header=[site], date_line="19/07/2024 10:32",
                      byline="Phương Nhi")
        got = parse_article_strict(raw)
        assert [p.name for p in got.people] == ["Phương Nhi"], site


def test_a_summary_box_is_no_author_and_a_team_credit_names_its_reporters() -> None:
    raw = article("Tỉnh ủy sơ kết 5 năm thực hiện Nghị quyết 18 và 19",
                  ["Sáng 11/10, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW "
                   "và Nghị quyết số 19-NQ/TW."],
                  header=["Đăng lúc: 12-10-2022 | 15:30", "TÓM TẮT NHANH"],
                  byline="Nhóm phóng viên: Bảo Ngọc - Thùy Dương")
    got = parse_article_strict(raw)
    assert [p.name for p in got.people] == ["Bảo Ngọc", "Thùy Dương"]


def test_a_breadcrumb_split_by_slashes_under_a_menu_of_one_item_a_line_is_no_headline() -> None:
    raw = "\n".join([
        "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN X",
        "Tin tức - Sự kiện",
        "Xây dựng Đảng",
        "Văn bản",
        "Liên hệ",
        "Tin tức - Sự kiện / Xây dựng Đảng",
        "",
        "Huyện ủy X giao ban công tác xây dựng Đảng 6 tháng đầu năm 2021",
        "",
        "Sáng 9/7, Ban Tổ chức Huyện ủy X tổ chức hội nghị giao ban công tác xây dựng Đảng 6 tháng "
        "đầu năm 2021 với các đảng ủy xã, thị trấn.",
    ])
    assert parse_article_strict(raw).title == "Huyện ủy X giao ban công tác xây dựng Đảng 6 tháng đầu năm 2021"
    # (a headline holding a slash whose halves are no menu items stays the headline)
    raw = raw.replace("Tin tức - Sự kiện / Xây dựng Đảng\n\n", "")
    raw = raw.replace("Huyện ủy X giao ban", "Xây dựng Đảng / Huyện ủy X giao ban")
    assert parse_article_strict(raw).title.startswith("Xây dựng Đảng / Huyện ủy X giao ban")


def test_a_credit_over_the_authors_office_in_brackets() -> None:
    raw = "\n".join([
        "Thành lập Đảng bộ các cơ quan Đảng tỉnh",
        "04/02/2025 07:10",
        "",
        "Chiều 3/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định thành lập Đảng bộ các cơ quan "
        "Đảng tỉnh.",
        "",
        "Đồng chí Bí thư Tỉnh ủy đề nghị Đảng bộ mới sớm kiện toàn tổ chức, ổn định hoạt động.",
        "",
        "Tin, ảnh:\xa0Thanh Mai",
        "(Ban Tuyên giáo Tỉnh ủy)",
    ])
    got = parse_article_strict(raw)
    assert got.byline == "Thanh Mai"


def test_a_name_in_capitals_a_paragraph_before_the_end_is_the_byline() -> None:
    raw = article("Huyện ủy giao ban công tác tổ chức quý III",
                  ["Ngày 5.10, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng "
                   "Đảng quý III.",
                   "Quý III, toàn huyện kết nạp 38 đảng viên, đạt 76% chỉ tiêu năm.",
                   "ĐỖ THANH",
                   "Kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Huyện ủy yêu cầu các đảng ủy tập trung "
                   "chuẩn bị đại hội chi bộ."],
                  date_line="06/10/2019")
    got = parse_article_strict(raw)
    assert got.byline == "Đỗ Thanh"
    assert got.clean_text.endswith("chuẩn bị đại hội chi bộ.")
    # (a name in ordinary case there is no byline: it may be a sentence's subject)
    raw = raw.replace("ĐỖ THANH", "Đỗ Thanh")
    assert parse_article_strict(raw).byline is None


def test_a_content_systems_post_block_gives_the_headline_and_the_published_day() -> None:
    raw = "\n".join([
        "Trang thông tin điện tử Huyện ủy X",
        "",
        "Ngành Tổ chức huyện giao ban công tác quý II năm 2015",
        "Chi tiết",
        "Được viết bởi Super User",
        "Ngày tạo Thứ hai, 13 Tháng 7 2015 16:40",
        "Ngày cập nhật Thứ sáu, 17 Tháng 7 2015 09:02",
        "Ngày đăng Thứ tư, 15 Tháng 7 2015 08:15",
        "",
        "Sáng ngày 13/7, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý II.",
        "",
        "Sáu tháng, toàn huyện kết nạp 87 đảng viên mới, đạt 29% chỉ tiêu năm; chuyển đảng chính thức cho "
        "64 đồng chí.",
        "",
        "Kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Huyện ủy yêu cầu hoàn thành chỉ tiêu năm.",
        "",
        "Minh Tâm",
        "",
        "Thêm bình luận",
        "< Trước    Tiếp theo >",
    ])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Ngành Tổ chức huyện giao ban công tác quý II năm 2015", "2015-07-15", "2015-07-13", "Minh Tâm")
    assert "Super User" not in got.clean_text and "Chi tiết" not in got.clean_text


def test_a_wordpress_date_line_with_the_month_in_words_first() -> None:
    raw = "\n".join([
        "Đảng bộ xã Y",
        "",
        "Đảng ủy xã Y sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2017",
        "Posted on Tháng Bảy 9, 2017 by admin",
        "",
        "Vừa qua, Đảng ủy xã Y tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2017.",
    ])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng ủy xã Y sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2017",
                                          "2017-07-09")


def test_a_row_of_sending_and_printing_links_and_a_list_of_earlier_items_end_the_article() -> None:
    raw = article("Tỉnh ủy giao ban công tác phát triển đảng viên",
                  ["Sáng 14/9, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác phát triển đảng viên.",
                   "Tám tháng, toàn tỉnh kết nạp 1.120 đảng viên, đạt 70% chỉ tiêu; 12 thôn, buôn chưa có "
                   "đảng viên đã có đảng viên, 5 thôn, buôn có chi bộ riêng.",
                   "Kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Tỉnh ủy yêu cầu cấp ủy các cấp coi trọng "
                   "chất lượng, không chạy theo số lượng.",
                   "THANH LAM",
                   " Gửi bài viết này cho bạn bè   |   Bản in   |   Về đầu trang",
                   "Các tin, bài đã đăng:\n· Hội nghị Tỉnh ủy lần thứ 9 (15/9/2017)"],
                  date_line="15/09/2017")
    got = parse_article_strict(raw)
    assert got.byline == "Thanh Lam" and "Hội nghị Tỉnh ủy lần thứ 9" not in got.clean_text


def test_yesterday_evening_after_a_short_clause_in_the_lead() -> None:
    raw = article("Thành ủy sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021",
                  ["Sau một ngày làm việc khẩn trương, chiều tối qua, hội nghị sơ kết công tác tổ chức xây "
                   "dựng Đảng 6 tháng đầu năm 2021 đã bế mạc."],
                  date_line="01/07/2021 06:15")
    assert parse_article_strict(raw).event_date == "2021-06-30"
    # (a clause holding a number is no lead-in: "Sau 2 ngày, ..." reads nothing)
    raw = raw.replace("Sau một ngày làm việc khẩn trương", "Sau 2 ngày làm việc")
    assert parse_article_strict(raw).event_date is None


def test_a_news_sites_audio_player_share_row_and_address_line_are_chrome() -> None:
    body = "Sáng 13/3, Đảng ủy cơ quan tổ chức hội nghị giao ban công tác xây dựng Đảng quý I năm 2026."
    raw = article("Kiện toàn tổ chức đảng trong khối Mặt trận",
                  ["Nghe bài viết  00:00 / 04:31  Giọng nữ miền Bắc", body],
                  date_line="Thứ Sáu, 13/03/2026 - 18:20", byline="Minh Thư",
                  footer=["Chia sẻ:  Facebook  Zalo  X  Email  Sao chép",
                          "Địa chỉ bài viết: https://baomoi.example.vn/tin-tuc/2026/03/kien-toan"])
    got = parse_article_strict(raw)
    assert got.clean_text.split("\n\n") == [body, "Minh Thư"]
    assert got.byline == "Minh Thư"


def test_a_source_and_update_line_at_the_foot_are_no_other_articles_teaser() -> None:
    body = ["Chiều ngày 2-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng "
            "Đảng quý III, triển khai nhiệm vụ quý IV năm 2024.",
            "Trong quý, toàn tỉnh kết nạp 734 đảng viên; các huyện, thị xã, thành phố đã hoàn thành rà soát "
            "quy hoạch cấp ủy nhiệm kỳ 2025-2030 và gửi hồ sơ về Ban Tổ chức Tỉnh ủy đúng thời gian quy định.",
            "Phát biểu kết luận, đồng chí Trưởng Ban Tổ chức Tỉnh ủy yêu cầu các cấp ủy quán triệt sâu sắc "
            "Chỉ thị 35, chuẩn bị nhân sự từ sớm, từ xa; đại hội chi bộ phải hoàn thành trước ngày 31/12/2024."]
    raw = article("Chuẩn bị nhân sự đại hội cấp cơ sở", body, byline="Tác giả: Hải Yến",
                  footer=["Thích 27    Chia sẻ    Lưu    Gửi email    In", "Nguồn: Báo Phú Yên",
                          "Ngày cập nhật: 03/10/2024 10:21"])
    got = parse_article_strict(raw)
    assert got.published == "2024-10-03"
    assert got.byline == "Hải Yến"


def test_a_republished_pieces_source_with_its_date_does_not_hide_the_byline() -> None:
    body = ["Ngày 13/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.",
            "Quý I, toàn tỉnh kết nạp được 893 đảng viên; các đảng bộ đã hoàn thành kiểm điểm.",
            "Phát biểu kết luận, đồng chí Phó Bí thư Tỉnh ủy đề nghị ngành tập trung công tác cán bộ."]
    raw = article("Giao ban công tác tổ chức xây dựng Đảng quý I/2022", body, byline="Thu Thảo",
                  footer=["(Theo Báo Hà Tĩnh, 14/4/2022)", "Ngày đăng: 15/04/2022 | Lượt xem: 312"])
    got = parse_article_strict(raw)
    assert (got.byline, got.published) == ("Thu Thảo", "2022-04-15")


@pytest.mark.parametrize("row", ["Chia sẻ: [f] [in] [Zalo]  |  In bài viết", "Tìm kiếm     Đăng nhập"])
def test_rows_of_buttons_are_chrome(row: str) -> None:
    body = "Sáng 14-6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Quy định 144-QĐ/TW."
    got = parse_article_strict(article("Đảng ủy Khối quán triệt Quy định 144", [body], header=[row],
                                       footer=[row]))
    assert got.title == "Đảng ủy Khối quán triệt Quy định 144"
    assert row not in got.clean_text


def test_an_app_prompt_over_the_headline_is_chrome() -> None:
    body = "Sáng 14-6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Quy định 144-QĐ/TW."
    prompt = "Đọc tin nhanh hơn trên ứng dụng di động – Tải ngay miễn phí"
    got = parse_article_strict(article("Đảng ủy Khối quán triệt Quy định 144", [body], header=[prompt]))
    assert got.title == "Đảng ủy Khối quán triệt Quy định 144"
    assert prompt not in got.clean_text


_LEAD_VL = ("Sáng 9-3, Ban Tổ chức Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác tổ chức xây dựng "
            "Đảng quý I năm 2021, triển khai nhiệm vụ quý II với sự tham dự của lãnh đạo các huyện ủy, thị ủy.")
_BODY_VL = ("Quý I, toàn tỉnh kết nạp 412 đảng viên, hoàn thành việc rà soát quy hoạch cấp ủy các cấp "
            "nhiệm kỳ 2020-2025 theo Hướng dẫn số 16-HD/BTCTW của Ban Tổ chức Trung ương.")


def test_a_long_cookie_notice_is_chrome() -> None:
    notice = ("Trang web này sử dụng cookies nhằm mang lại trải nghiệm tốt nhất cho bạn đọc, ghi nhớ lựa "
              "chọn cỡ chữ và thống kê lượt truy cập của từng chuyên mục. Nếu tiếp tục duyệt trang, bạn chấp "
              "nhận chính sách này.  [Chấp nhận]  [Xem chi tiết]")
    assert len(notice) > 160
    raw = article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                  [_LEAD_VL, _BODY_VL], header=[notice], date_line="10/03/2021 08:15")
    got = parse_article_strict(raw)
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert not any("cookies" in s.text for s in clean.clean(raw).segments)


@pytest.mark.parametrize("line", [
    "Đăng nhập   Đăng ký nhận bản tin", "Thời gian đọc: 4 - 5 phút", "Thời gian đọc khoảng 3 phút"])
def test_login_rows_and_reading_times_are_chrome(line: str) -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL], header=[line], footer=[line]))
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert line not in got.clean_text


@pytest.mark.parametrize("widget", [
    "Cà Mau 31°C Trời nắng  |  Độ ẩm 70%", "Hải Phòng 26°C Nhiều mây", "Hôm nay: ☀ Cần Thơ 25-33°C",
    "Tin nóng: Lạng Sơn khánh thành cửa khẩu mới  |  Gia Lai đón khách quốc tế",
    "Breaking: Bắc Ninh công bố quy hoạch vùng"])
def test_a_weather_widget_and_a_ticker_name_no_place(widget: str) -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL],
                                       header=["Chủ Nhật, 22/11/2026", widget, "BÁO VĨNH LONG ĐIỆN TỬ"],
                                       date_line="10/03/2021 08:15"))
    assert list(got.places) == ["Vĩnh Long"]
    assert widget not in got.clean_text


def test_todays_date_over_the_masthead_is_not_the_articles() -> None:
    raw = article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", [_LEAD_VL, _BODY_VL],
                  header=["Chủ Nhật, 22/11/2026", "Đăng nhập / Đăng ký", "BÁO VĨNH LONG ĐIỆN TỬ",
                          "Chính trị"])
    got = parse_article_strict(raw)
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert (got.published, got.event_date) == (None, "2021-03-09")


def test_todays_date_with_its_time_gives_way_to_the_date_under_the_headline() -> None:
    raw = article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", [_LEAD_VL, _BODY_VL],
                  header=["Chủ Nhật, 22/11/2026 | 09:12", "BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự  Chính trị  Kinh tế",
                          "Chính trị / Xây dựng Đảng"], date_line="Ngày đăng: 10/03/2021 | 08:15")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2021-03-10", "2021-03-09")


def test_a_headline_over_its_subtitle_over_the_date_line() -> None:
    raw = article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", [_LEAD_VL, _BODY_VL],
                  header=["Chính trị"], date_line="Tăng cường kỷ cương trong công tác quy hoạch cán bộ\n"
                                                  "Cập nhật: 10/03/2021 08:15")
    got = parse_article_strict(raw)
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert "Tăng cường kỷ cương trong công tác quy hoạch cán bộ" in got.clean_text


def test_a_series_kicker_over_an_instalment_is_not_a_headline_over_its_subtitle() -> None:
    raw = article("Kỳ 2: Chọn người đứng đầu chi bộ ở cơ sở", [_LEAD_VL, _BODY_VL],
                  header=["Sơ kết 5 năm thực hiện Chỉ thị 28 năm 2021"], date_line="10/03/2021 08:15")
    got = parse_article_strict(raw)
    assert got.title == "Kỳ 2: Chọn người đứng đầu chi bộ ở cơ sở"


def test_the_headline_over_the_lead_under_a_slogan_and_an_advertisement() -> None:
    raw = "\n".join([
        "BÁO VĨNH LONG ĐIỆN TỬ", "Diễn đàn của cán bộ, đảng viên và nhân dân miền Tây",
        "Căn hộ ven sông Cổ Chiên – Giá chỉ từ 1,2 tỷ đồng", "Thời sự",
        "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", _LEAD_VL, _BODY_VL])
    got = parse_article_strict(raw)
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert "Căn hộ" not in got.clean_text


@pytest.mark.parametrize("line", ["Đánh giá bài viết: ★★★★☆ (12 lượt)", "Chia sẻ\xa0\xa0Thích 3\xa0\xa0Tweet"])
def test_a_rating_widget_and_a_row_apart_by_no_break_spaces_are_chrome(line: str) -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL], byline="Minh Thư", footer=[line]))
    assert got.byline == "Minh Thư"
    assert line not in got.clean_text


def test_other_articles_under_a_heading_of_news_and_articles_are_cut() -> None:
    got = parse_article_strict(article(
        "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", [_LEAD_VL, _BODY_VL],
        footer=["Các tin, bài viết khác", "› Bến Tre sơ kết Chỉ thị 35-CT/TW"]))
    assert "Bến Tre" not in got.clean_text and "Bến Tre" not in got.places


@pytest.mark.parametrize("reactions", ["👍❤️ Bạn và 245 người khác", "Thu Hằng và 1,2K người khác"])
def test_a_posts_reactions_told_by_who_reacted_are_chrome(reactions: str) -> None:
    raw = "\n".join([
        "Ban Tổ chức Tỉnh ủy", "Giao ban công tác tổ chức xây dựng Đảng quý I", "", LONG, "",
        "✍️ Tin, ảnh: Nguyễn Hòa", "", "#XayDungDang #GiaoBan", "", reactions, "18 bình luận", "Thích",
    ])
    p = parse_article_strict(raw)
    assert reactions not in p.clean_text
    assert p.byline == "Nguyễn Hòa"  # the last line of the post, under the reactions no more


def test_a_printed_page_heads_date_set_apart_by_spaces_is_the_publication_date() -> None:
    raw = "\n".join([
        "Báo in Sông Hậu   |   Số 4.210   |   Trang 2/12",
        "2   CHÍNH TRỊ - XÃ HỘI                              SÔNG HẬU   Thứ Tư, ngày 4-3-2026",
        "",
        "Đảng ủy xã Phong Điền giao ban công tác đảng tháng 2",
        "",
        "Ngày 2-3, Đảng ủy xã Phong Điền tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 2. " + LONG,
    ])
    parsed = parse_article_strict(raw)
    assert parsed.published == "2026-03-04"
    assert parsed.title == "Đảng ủy xã Phong Điền giao ban công tác đảng tháng 2"
    assert parsed.event_date == "2026-03-02"
    # a table's row in the body, its cells apart by spaces, is no date line
    body = parse_article_strict(raw + "\n\nXã Phong Điền   Thứ Tư, ngày 4-3-2026   12 chi bộ\n\n" + LONG)
    assert "Xã Phong Điền   Thứ Tư, ngày 4-3-2026   12 chi bộ" in body.clean_text


def test_a_kicker_in_ordinary_case_over_a_headline_naming_the_meeting_and_its_subtitle() -> None:
    raw = "\n".join([
        "Thứ Sáu, ngày 6-2-2026", "",
        "Một năm sau sắp xếp đơn vị hành chính", "",
        "Đảng ủy phường Tân An sơ kết công tác tổ chức xây dựng Đảng", "",
        "Chú trọng chất lượng sinh hoạt chi bộ khu phố", "",
        "Sáng 5-2, Đảng ủy phường Tân An tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng. " + LONG,
    ])
    parsed = parse_article_strict(raw)
    assert parsed.title == "Đảng ủy phường Tân An sơ kết công tác tổ chức xây dựng Đảng"
    # a headline that names no meeting keeps its place over two lines that do not either
    plain = raw.replace("sơ kết công tác tổ chức xây dựng Đảng\n", "bàn công tác tổ chức xây dựng Đảng\n")
    assert parse_article_strict(plain).title == "Một năm sau sắp xếp đơn vị hành chính"


def test_a_bulletins_publisher_and_issue_on_one_line_is_not_the_headline() -> None:
    raw = "\n".join([
        "THÔNG TIN CÔNG TÁC TỔ CHỨC",
        "BAN TỔ CHỨC TỈNH ỦY KON TUM • Số 7 - Tháng 7/2024",
        "ĐẢNG ỦY XÃ ĐĂK HÀ SƠ KẾT 6 THÁNG ĐẦU NĂM 2024",
        "Ngày 8/7, Đảng ủy xã Đăk Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm. " + LONG,
    ])
    assert parse_article_strict(raw).title == "ĐẢNG ỦY XÃ ĐĂK HÀ SƠ KẾT 6 THÁNG ĐẦU NĂM 2024"


def test_a_pages_machine_made_audio_and_summary_are_chrome() -> None:
    lead = "Sáng 14-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức năm 2025. " + LONG
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng năm 2025", "", "3 giờ trước   ·   Xây dựng Đảng",
        "🔖  ↗  Aa", "🎧 Nghe bài viết", "▶  00:00 / 03:40   1.5x", "Giọng đọc: Nam miền Bắc ▾",
        "Âm thanh bài viết được tạo bởi AI từ văn bản gốc, có thể có sai sót.", "",
        "✨ TÓM TẮT NHANH",
        "• Tỉnh ủy đánh giá năm 2024 là năm bản lề của nhiệm kỳ.",
        "• Tiếp tục thực hiện Kết luận 21-KL/TW.",
        "Nội dung tóm tắt được tạo bởi AI, chỉ mang tính tham khảo.", "",
        lead,
    ])
    parsed = parse_article_strict(raw)
    assert parsed.clean_text.startswith(lead)
    assert "AI" not in parsed.clean_text and "Kết luận 21" not in parsed.clean_text
    # a list the article itself makes under a heading of its own stays
    own = raw.replace("Nội dung tóm tắt được tạo bởi AI, chỉ mang tính tham khảo.", "")
    assert "• Tiếp tục thực hiện Kết luận 21-KL/TW." in parse_article_strict(own).clean_text


def test_a_committees_page_name_over_its_posts_headline_in_capitals() -> None:
    lead = "Sáng ngày 12/9, Đảng ủy xã Tân Phú tổ chức hội nghị giao ban công tác xây dựng Đảng quý III. " + LONG
    raw = "\n".join(["Đảng ủy xã Tân Phú - Huyện Châu Thành", "3 giờ trước · 🌏", "",
                     "🔴 HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024", "", lead])
    assert parse_article_strict(raw).title == "HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024"
    # a headline in ordinary case over a line in capitals that names no meeting keeps its place
    other = raw.replace("🔴 HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024",
                        "🔴 NHIỆT LIỆT CHÀO MỪNG NGÀY QUỐC KHÁNH 2/9")
    assert parse_article_strict(other).title == "Đảng ủy xã Tân Phú - Huyện Châu Thành"
    # a page name too long to tell, over a post's dated line with its audience: the headline in
    # capitals under it, without the square brackets around it
    dated = raw.replace("Đảng ủy xã Tân Phú - Huyện Châu Thành", "Đảng bộ Khối các cơ quan và doanh "
                        "nghiệp tỉnh Vĩnh Long").replace("3 giờ trước · 🌏", "12 tháng 9, 2024 · 🌐").replace(
        "🔴 HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024",
        "[HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024]")
    p = parse_article_strict(dated)
    assert (p.title, p.published) == ("HỘI NGHỊ GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ III NĂM 2024", "2024-09-12")


def test_a_chat_message_forwarding_an_article_keeps_its_note_apart() -> None:
    lead = "Sáng 10/4, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I. " + LONG
    raw = "\n".join([
        "Chi bộ Cơ quan UBND xã 👥 23 thành viên", "", "Hôm nay", "",
        "Rơ Mah Hồng", "Mọi người đọc bài này trước buổi sinh hoạt chi bộ nhé 🙏", "09:02", "",
        "↪ Tin nhắn được chuyển tiếp", "Báo Gia Lai điện tử",
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I: CỦNG CỐ CHI BỘ THÔN, LÀNG", "", lead,
    ])
    parsed = parse_article_strict(raw)
    assert parsed.title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I: CỦNG CỐ CHI BỘ THÔN, LÀNG"
    assert "Rơ Mah Hồng" in [p.name for p in parsed.people]  # the sender, with no title
    assert "chuyển tiếp" not in parsed.clean_text
    # "chuyển tiếp" in an article's own sentence is no forward mark
    plain = parse_article_strict("\n".join([
        "Giao ban công tác tổ chức quý I", "", lead, "", "Hồ sơ được chuyển tiếp", "", LONG]))
    assert "Hồ sơ được chuyển tiếp" in plain.clean_text


def test_a_blogs_and_a_newsletters_and_a_broadcasts_furniture_under_the_article() -> None:
    raw = "\n".join([
        "Huyện ủy tổng kết công tác xây dựng Đảng năm 2024", "Posted on January 8, 2025", "",
        "Sáng 7/1, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024. " + LONG, "",
        "Lan Chi - Minh Hải, Đài PT-TH huyện.", "", "[Hết băng]", "",
        "Share this:  Facebook   X   Email   Print", "",
        "« Previous Post: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 bàn công tác năm",
        "Next Post: Trao Huy hiệu Đảng đợt 3/2 »", "",
        "Cập nhật tùy chọn nhận tin | Hủy đăng ký | Chuyển tiếp cho bạn bè",
    ])
    parsed = parse_article_strict(raw)
    assert parsed.byline == "Lan Chi - Minh Hải"
    assert parsed.clean_text.endswith("Lan Chi - Minh Hải, Đài PT-TH huyện.")


# --- blind round 48 ---------------------------------------------------------------------


def test_a_mail_quoting_the_article_line_by_line_is_read_unquoted() -> None:
    raw = ("From: Van phong Dang uy <vp@example.vn>\nTo: cac chi bo <cb@example.vn>\n"
           "Subject: Fwd: Giao ban thang 5\nDate: Tue, 3 Jun 2025 07:50:00 +0700\n\n"
           "Văn phòng gửi các đồng chí bài tường thuật hội nghị giao ban để nghiên cứu.\n\n"
           "Nguyễn Thị Mai\nChuyên viên Văn phòng\n\n"
           "---------- Forwarded message ---------\nFrom: Bao Dien tu <tin@example.vn>\n"
           "Date: Mon, Jun 2, 2025 at 4:10 PM\nSubject: Giao ban thang 5\n\n"
           "> Xây dựng Đảng\n>\n> Đảng ủy Khối giao ban công tác xây dựng Đảng tháng 5\n>\n"
           "> Cập nhật: 02-06-2025 15:30\n>\n"
           "> Sáng 30-5, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị giao ban công tác\n"
           "> xây dựng Đảng tháng 5, triển khai nhiệm vụ tháng 6 năm 2025. Đồng chí Vũ Văn\n"
           "> Tâm, Bí thư Đảng ủy Khối chủ trì hội nghị và quán triệt Chỉ thị số 45-CT/TW.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Đảng ủy Khối giao ban công tác xây dựng Đảng tháng 5", "2025-06-02", "2025-05-30")
    assert ">" not in got.clean_text
    assert "công tác xây dựng Đảng tháng 5, triển khai" in got.clean_text  # one paragraph
    assert [d.canonical for d in got.directives] == ["Chỉ thị 45-CT/TW"]


def test_a_line_opening_with_a_quote_mark_alone_is_left_as_it_is() -> None:
    assert clean.unquote("Tiêu đề\n\n> 50% chi bộ đạt chuẩn\n\nNội dung.") == (
        "Tiêu đề\n\n> 50% chi bộ đạt chuẩn\n\nNội dung.")


def test_two_authors_each_over_their_school_or_office_under_the_headline() -> None:
    raw = ("TẠP CHÍ LÝ LUẬN\n\nĐổi mới công tác phát triển đảng viên ở doanh nghiệp tư nhân\n\n"
           "TS. PHAN VĂN HÒA\nHọc viện Chính trị khu vực III\nThS. ĐINH THỊ NGA\n"
           "Ban Tổ chức Tỉnh ủy Quảng Nam\n10:05, ngày 12-05-2022\n\n" + LONG + "\n\n" + LONG)
    got = parse_article_strict(raw)
    assert got.title == "Đổi mới công tác phát triển đảng viên ở doanh nghiệp tư nhân"
    assert got.published == "2022-05-12"
    assert {"Phan Văn Hòa", "Đinh Thị Nga"} <= {p.name for p in got.people}


def test_each_item_of_a_bulletin_signed_in_capitals() -> None:
    raw = ("BẢN TIN CÔNG TÁC ĐẢNG\nSố 4 - 2024, phát hành ngày 10/04/2024\n\n"
           "GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024\n\n" + LONG + "\n" + LONG + "\n"
           "                                     MAI ANH (tổng hợp)\n\n"
           "BẢN TIN CÔNG TÁC ĐẢNG - Số 4/2024                         2\n\n"
           "ĐẢNG BỘ XÃ AN PHÚ: KẾT NẠP ĐẢNG VIÊN TRONG THANH NIÊN\n\n"
           + LONG.replace("Hội nghị", "Đảng bộ xã") + "\n"
           "                                     QUỐC HUY\n\n"
           "BẢN TIN CÔNG TÁC ĐẢNG - Số 4/2024                         3\n\n"
           "TIN VẮN TRONG TỈNH VÀ NGOÀI TỈNH\n\n" + LONG + "\n")
    got = parse_article_strict(raw)
    assert got.published == "2024-04-10"
    assert {"Mai Anh", "Quốc Huy"} <= {p.name for p in got.people}
    assert "Số 4/2024" not in got.clean_text  # the page's running head, each page


def test_a_print_pages_story_signed_in_capitals_over_the_next_storys_headline_in_small_letters() -> None:
    # an OCR'd print page: the signature, then the next story's "Place: ..." headline and its lead's
    # day, then an advert
    raw = "\n".join([
        "BÁO ĐIỆN BIÊN PHỦ  Thứ Tư 14-8-2024  Trang 3",
        "Giao ban công tác xây dựng Đảng 7 tháng",
        "Sáng 13-8, Ban Tổ chức Tỉnh ủy tổ chức hội nghị",
        "giao ban công tác tổ chức xây dựng Đảng 7 tháng",
        "đầu năm 2024. Trong 7 tháng, toàn tỉnh kết nạp",
        "812 đảng viên mới, đạt 68% kế hoạch năm.",
        "Trưởng Ban Tổ chức Tỉnh ủy phát biểu kết luận. Ảnh: K.LINH",
        "Hội nghị yêu cầu các huyện ủy tiếp tục thực hiện",
        "Chỉ thị số 28-CT/TW của Ban Bí thư về nâng cao",
        "chất lượng kết nạp đảng viên; hoàn thành chỉ tiêu",
        "phát triển đảng viên trước ngày 30-11.",
        "KHÁNH LINH",
        "Mường Ảng: Trao Huy hiệu Đảng cho 25 đảng viên",
        "Sáng 12-8, Huyện ủy Mường Ảng tổ chức",
        "lễ trao Huy hiệu Đảng đợt 19-8 cho 25 đảng viên",
        "có tuổi đảng từ 30 đến 60 năm. Dịp này, huyện",
        "cũng biểu dương 12 chi bộ ở các bản vùng cao",
        "QUẢNG CÁO",
        "Công ty Xổ số kiến thiết Điện Biên",
        "Mua vé số - Góp phần xây dựng quê hương"])
    assert parse_article_strict(raw).byline == "Khánh Linh"


def test_minutes_published_whole_under_a_school_portals_headline_with_its_stamp() -> None:
    # the page's headline with its stamp glued and its poster's line, over the minutes' own header
    raw = "\n".join([
        "TRƯỜNG TIỂU HỌC NA SANG - HUYỆN MƯỜNG CHÀ",
        "Trang chủ Giới thiệu Tin tức Văn bản Thư viện ảnh Liên hệ",
        "Trang chủ > Tin tức > Hoạt động Chi bộ",
        "Biên bản sinh hoạt chuyên đề chi bộ quý II năm 2025 (20/06/2025)",
        "Người đăng: Lò Thị Xuân - 42 lượt xem",
        "Chia sẻ  In",
        "",
        "ĐẢNG BỘ XÃ NA SANG",
        "CHI BỘ TRƯỜNG TIỂU HỌC NA SANG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Na Sang, ngày 17 tháng 6 năm 2025",
        "BIÊN BẢN",
        "SINH HOẠT CHUYÊN ĐỀ CHI BỘ QUÝ II/2025",
        "- Thời gian: 16 giờ 00 phút, thứ Ba, ngày 17 tháng 6 năm 2025.",
        "- Chủ trì: đồng chí Quàng Văn Thắng – Bí thư Chi bộ, Hiệu trưởng.",
        "- Thư ký: đồng chí Lò Thị Xuân – Chi ủy viên.",
        "Chi bộ quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị và thảo luận chuyên đề học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025 gắn với nhiệm vụ của nhà trường.",
        "Buổi sinh hoạt kết thúc lúc 17 giờ 30 phút cùng ngày."])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Biên bản sinh hoạt chuyên đề chi bộ quý II năm 2025", "2025-06-20", "2025-06-17", "Lò Thị Xuân")


@pytest.mark.parametrize(("line", "author"), [("Người đăng: Hà Thị Thu Trang - 215 lượt xem", "Hà Thị Thu Trang"),
                                               ("Tác giả: Minh Thu | Lượt xem: 127", "Minh Thu")])
def test_a_portals_poster_under_the_headline_with_the_count_of_views(line: str, author: str) -> None:
    raw = "\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG", "Trang chủ > Tin tức > Xây dựng Đảng",
                     "Đảng ủy xã Mường Phăng giao ban công tác xây dựng Đảng tháng 9", line,
                     "Sáng 3/10/2025, Đảng ủy xã Mường Phăng tổ chức hội nghị giao ban công tác xây dựng Đảng "
                     "tháng 9, triển khai nhiệm vụ tháng 10 năm 2025.", LONG])
    got = parse_article_strict(raw)
    assert got.byline == author
    assert "lượt xem" not in got.clean_text.lower()


@pytest.mark.parametrize("credit", ["Ghi chép của Minh Thư", "Bút ký của Minh Thư", "Phóng sự của Minh Thư"])
def test_a_features_genre_and_its_writer_under_the_date_line(credit: str) -> None:
    raw = "\n".join(["BÁO ĐIỆN TỬ TỈNH", "Thời sự | Xây dựng Đảng | Xã hội", "Xây dựng Đảng › Phóng sự",
                     "Về bản vùng cao cùng đoàn kiểm tra trước mùa đại hội", "", "12-4-2024 | 07:15", "", credit, "",
                     "Ngày 10/4, chúng tôi theo đoàn kiểm tra của Ban Thường vụ Tỉnh ủy về các chi bộ bản vùng cao.",
                     LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("Về bản vùng cao cùng đoàn kiểm tra trước mùa đại hội", "Minh Thư")


def test_a_book_cited_in_a_footnote_does_not_make_its_city_a_place() -> None:
    raw = ("Tiêu đề bài nghiên cứu\n\n" + LONG + " Tỉnh Nghệ An đã làm tốt việc này(1).\n\n"
           "(1) Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t. 5, tr. 280\n"
           "(2) Văn kiện Hội nghị lần thứ tư, Văn phòng Trung ương Đảng, Đà Nẵng, 2017, tr. 45\n")
    assert parse_article_strict(raw).places == ("Nghệ An",)


def test_a_video_players_controls_and_a_count_of_views_beside_the_date() -> None:
    raw = ("Đài Phát thanh - Truyền hình tỉnh\nThứ Sáu, 22/03/2024 | 09:10\n\n"
           "Huyện ủy Mường Tè giao ban công tác xây dựng Đảng quý I\n"
           "Cập nhật: 16:20, 18/03/2024 Lượt xem: 1.204\nPlay Video\nPlay\nMute\n"
           "Current Time 0:00\nDuration 3:05\nLoaded: 0%\nToàn màn hình\n"
           "Chiều 15/3, Huyện ủy Mường Tè tổ chức hội nghị giao ban công tác xây dựng Đảng quý I năm "
           "2024. " + LONG + "\n\nHoàng Phương\nChia sẻ Facebook Zalo Bình luận (0)\n")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2024-03-18", "2024-03-15", "Hoàng Phương")
    assert not any(w in got.clean_text for w in ("Play", "Mute", "Duration", "Bình luận"))
    assert [p.name for p in got.people] == ["Hoàng Phương"]


def test_a_page_printed_from_the_browser_keeps_neither_its_header_nor_its_footer() -> None:
    url = "https://baotinh.vn/xay-dung-dang/giao-ban-quy-ii-12345.html"
    raw = ("6/30/25, 9:41 AM Giao ban công tác tổ chức xây dựng Đảng quý II - Báo Tỉnh\n"
           "BÁO TỈNH ĐIỆN TỬ\nThứ Hai, 30/6/2025\nThời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao\n"
           "Giao ban công tác tổ chức xây dựng Đảng quý II\n27/06/2025 14:05\n" + LONG + "\n"
           + url + " 1/2\n6/30/25, 9:41 AM Giao ban công tác tổ chức xây dựng Đảng quý II - Báo Tỉnh\n"
           + LONG + "\n" + url + " 2/2\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Giao ban công tác tổ chức xây dựng Đảng quý II", "2025-06-27")
    assert "baotinh.vn" not in got.clean_text and "9:41 AM" not in got.clean_text


def test_a_web_archive_toolbar_does_not_end_the_page_top() -> None:
    raw = ("The Wayback Machine - https://web.archive.org/web/20240101000000/https://xa.gov.vn/tin/1\n"
           "12 captures\n3 Mar 2023 - 1 Jan 2024\nAbout this capture\nCOLLECTED BY\n"
           "Organization: Internet Archive\nThese crawls are part of an effort to archive pages as they "
           "are created and archive the pages that they refer to.\nTIMESTAMPS\n\n"
           "CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN BÌNH\nỦy ban nhân dân xã An Bình\n"
           "Tin tức - Sự kiện > Xây dựng Đảng\n\nĐảng ủy xã An Bình giao ban công tác xây dựng Đảng quý III\n"
           "Ngày đăng: 05/10/2023 | Lượt xem: 87\n\n" + LONG + "\n\n" + LONG)
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng ủy xã An Bình giao ban công tác xây dựng Đảng quý III",
                                          "2023-10-05")


def test_a_breadcrumb_saying_where_the_reader_is_and_a_date_said_to_be_posted() -> None:
    raw = ("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC\nTrang chủ\nTin tức\nLiên hệ\n"
           "Bạn đang ở:  Trang chủ  »  Tin tức  »  Hoạt động Đảng bộ\n\n"
           "Đảng ủy Trường giao ban công tác xây dựng Đảng quý II năm 2019\nChi tiết\n"
           "Được đăng ngày Thứ năm, 04 Tháng 7 2019 10:15\n\n" + LONG + "\n\n" + LONG)
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng ủy Trường giao ban công tác xây dựng Đảng quý II năm 2019",
                                          "2019-07-04")


def test_an_e_magazines_headline_in_two_lines_of_capitals_over_its_date_and_time() -> None:
    """Under the site's name, a headline in short capitals over two lines, then the
    article's date with its time; the day at the very top is the page's today."""
    raw = "\n".join([
        "Huế  27°C   Thứ Tư, 18/03/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÀNH PHỐ HUẾ",
        "Trang chủ | Thời sự | Xây dựng Đảng | E-magazine", "", "E-MAGAZINE", "",
        "GIỮ LỬA CHI BỘ", "Ở NHỮNG THÔN BIÊN GIỚI", "", "16/03/2026 07:30", "",
        "Nội dung: THU HIỀN | Ảnh: ĐỨC MINH, TƯ LIỆU | Thiết kế: HẢI NAM", "",
        "Sáng 15-3, Đảng ủy xã A Lưới 2 tổng kết công tác xây dựng Đảng ở các thôn biên giới.",
        "Chi bộ thôn đã có 14 đảng viên. Ảnh: TƯ LIỆU", LONG])
    got = parse_article_strict(raw)
    assert " ".join(got.title.split()) == "GIỮ LỬA CHI BỘ Ở NHỮNG THÔN BIÊN GIỚI"
    assert (got.published, got.event_date) == ("2026-03-16", "2026-03-15")
    assert got.byline == "Thu Hiền - Đức Minh - Hải Nam"
    assert "Tư Liệu" not in {p.name for p in got.people}


def test_a_short_headline_in_capitals_stays_a_masthead_over_todays_day() -> None:
    raw = "\n".join(["TẠP CHÍ XÂY DỰNG ĐẢNG", "Thứ Tư, 18/03/2026", "",
                     "Giữ lửa chi bộ ở những thôn biên giới", "16/03/2026 07:30", "",
                     "Sáng 15-3, Đảng ủy xã tổng kết công tác xây dựng Đảng.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Giữ lửa chi bộ ở những thôn biên giới", "2026-03-16")


@pytest.mark.parametrize("line", [
    "Huế  ⛅ 26°C  Mây rải rác  Độ ẩm 80%",  # a weather widget with its pictograph
    "Tỷ giá (Vietcombank): USD 25.100 - 25.400 | EUR 27.000 - 28.300",
    "▶  00:00 / 04:12   ⏸   Tốc độ 1.25x ▾",  # an audio player's bar, its voices, its note
    "Giọng đọc: Thu Hà (Nữ miền Bắc) ▾   Minh Quân (Nam miền Nam)",
    "Giọng đọc ▸ 00:00 / 03:10",
    "Bài viết được đọc bằng công nghệ AI",
    "10:05 ⊙ ▾ 4G 64%",  # a phone's status bar, read back from its screenshot
    "<   BÁO ĐẮK NÔNG                 Aa   ⋮",  # a news app's top bar and its tab bar
    "Trang chủ   Mới nhất    Video    Tiện ích   Cá nhân",
    "Trang 1/2   [Trả lời]   [Gửi chủ đề mới]",  # a forum's buttons and its poster's card
    "Thành viên tích cực", "Tham gia: 05/2018", "Bài viết: 1.204", "Nơi ở: Gia Lai",
    "› Công tác tổ chức",  # a side menu's item
    "Category: Xây dựng Đảng",
])
def test_more_page_furniture_is_chrome(line: str) -> None:
    assert clean._is_widget_line(line)


@pytest.mark.parametrize("line", [
    "Trả lời:",  # a question-and-answer column's heading
    "› Năm 2024, toàn tỉnh kết nạp 1.200 đảng viên.",  # a point made, not a menu's item
    "Thành viên Ban Chỉ đạo đã kiểm tra 12 chi bộ.",
])
def test_not_furniture(line: str) -> None:
    assert not clean._is_widget_line(line)


def test_a_forum_thread_ends_at_its_first_reply() -> None:
    raw = "\n".join([
        "Diễn đàn Cán bộ > Công tác Đảng", "Giao ban công tác tổ chức quý II/2021",
        "Trang 1/1   [Trả lời]   [Gửi chủ đề mới]", "", "#1   12/07/2021, 08:10 PM", "minhkt",
        "Thành viên tích cực", "Tham gia: 03/2016", "Bài viết: 412", "",
        "Sáng 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II.", LONG, "",
        "#2   13/07/2021, 07:42 AM", "thuha_dh", "Bài viết: 27", "",
        "Cho em hỏi Hướng dẫn số 36-HD/BTCTW áp dụng thế nào ạ? Cảm ơn anh chị nhiều lắm!!!"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức quý II/2021", "2021-07-12", "2021-07-12")
    assert "Cho em hỏi" not in got.clean_text and "Tham gia" not in got.clean_text


def test_a_feed_readers_export_with_its_date_in_english_and_its_author() -> None:
    raw = "\n".join([
        "Báo Đắk Nông điện tử - Xây dựng Đảng", "https://baodaknong.vn/rss/xay-dung-dang.rss", "",
        "Đắk Nông giao ban công tác tổ chức xây dựng Đảng quý II",
        "Link: https://baodaknong.vn/dak-nong-giao-ban-quy-ii-12345.html",
        "Published: Fri, 07 Jul 2023 15:02:00 +0700", "Author: Ngọc Hân", "Category: Xây dựng Đảng", "",
        "[image: Quang cảnh hội nghị giao ban]", "",
        "Chiều 6-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II năm 2023.", LONG])
    got = parse_article_strict(raw)
    assert got.title == "Đắk Nông giao ban công tác tổ chức xây dựng Đảng quý II"
    assert (got.published, got.event_date, got.byline) == ("2023-07-07", "2023-07-06", "Ngọc Hân")
    assert "Quang cảnh hội nghị giao ban" in got.clean_text  # a picture's words stay


def test_a_feed_readers_item_stamped_in_gmt_with_no_offset() -> None:
    raw = "\n".join([
        "Inoreader", "Starred", "", "Báo Phú Yên – Xây dựng Đảng",
        "Phú Yên sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm",
        "by THANH HẢI / Báo Phú Yên / 2d",
        "Received: Sat, 13 Jul 2024 00:02:11 GMT", "Published: Fri, 12 Jul 2024 03:40:00 GMT", "",
        "Summary", "Chiều 11-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức…", "",
        "Full article",
        "Chiều 11-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng "
        "6 tháng đầu năm 2024.", LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2024-07-12", "2024-07-11")
    assert not [w for w in ("Summary", "Full article", "Received") if w in got.clean_text]
    assert got.clean_text.count("Chiều 11-7") == 1


def test_a_print_pages_foot_of_link_and_terms_of_reuse_under_the_byline() -> None:
    raw = "\n".join([
        "Huyện ủy Yên Lập giao ban công tác xây dựng Đảng tháng 9", "",
        "Sáng 3/10, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 9 năm 2024.",
        LONG, "", "Minh Khuê (Ban Tuyên giáo Huyện ủy)", "",
        "Xem bài viết tại: https://baophutho.vn/huyen-uy-yen-lap-giao-ban-223344.htm",
        "Ghi rõ nguồn \"Báo Phú Thọ\" khi phát hành lại thông tin từ website này."])
    got = parse_article_strict(raw)
    assert got.byline == "Minh Khuê"
    assert "Xem bài viết tại" not in got.clean_text and "Ghi rõ nguồn" not in got.clean_text


def test_a_video_pages_credits_over_its_channels_platforms_and_chapters() -> None:
    raw = "\n".join([
        "Đà Nẵng sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm | DNRT", "",
        "DNRT Đà Nẵng", "2.104 lượt xem  Đã công chiếu vào 9 thg 7, 2024", "",
        "(DNRT) - Chiều 8/7, Ban Tổ chức Thành ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng "
        "6 tháng đầu năm 2024.", LONG, "",
        "00:00 Khai mạc", "05:20 Báo cáo sơ kết", "",
        "Hoài Thương – Quốc Tuấn (DNRT)",
        "Theo dõi DNRT trên các nền tảng: Website dnrt.vn | Facebook | TikTok | Zalo",
        "Hiện ít hơn", "", "Chương", "Xem tất cả", "Khai mạc", "0:00", "Báo cáo sơ kết", "5:20", "",
        "Bản chép lời", "Theo dõi video bằng bản chép lời."])
    got = parse_article_strict(raw)
    assert got.byline == "Hoài Thương - Quốc Tuấn"
    assert "nền tảng" not in got.clean_text and "Xem tất cả" not in got.clean_text
    assert got.clean_text.count("Báo cáo sơ kết") == 1  # (the chapter, not its panel's copy)


def test_a_feed_readers_date_line_naming_the_author_between_its_marks() -> None:
    raw = "\n".join([
        "Inoreader", "Báo Yên Bái - Xây dựng Đảng",
        "Yên Bái giao ban công tác tổ chức xây dựng Đảng quý I",
        "Apr 3, 2024, 16:40  ·  by Quang Thiều  ·  3 min read",
        "☆ Star   ⎘ Save to Read later   ↗ Share   ✉ Email", "",
        "Chiều 2/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.byline) == ("2024-04-03", "Quang Thiều")
    assert "Star" not in got.clean_text


def test_a_company_pages_date_line_posted_by_an_office_with_its_views_by_an_eye() -> None:
    raw = "\n".join([
        "Công ty Cổ phần May Hưng Long", "Trang chủ | Giới thiệu | Tin tức | Liên hệ", "",
        "Đảng bộ Công ty sơ kết 6 tháng đầu năm 2024",
        "Posted on 05/07/2024 by Phòng Tổ chức - Hành chính | 👁 842", "",
        "Chiều 4/7, Đảng ủy Công ty tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng bộ Công ty sơ kết 6 tháng đầu năm 2024", "2024-07-05")


def test_a_video_transcript_between_its_time_codes_ends_at_its_comments() -> None:
    lines = ["Chiều nay 12/11, Ban Thường vụ Huyện ủy Long Thành tổ chức hội nghị", "0:06",
             "giao ban công tác xây dựng Đảng tháng 10, triển khai nhiệm vụ tháng 11 năm 2024.", "0:12",
             "toàn huyện đã kết nạp 46 đảng viên, trong đó có 19 đảng viên là công nhân lao động", "0:19",
             "tại các doanh nghiệp trong khu công nghiệp, vượt chỉ tiêu đề ra cho cả năm.", "0:25",
             "Minh Trí - Quốc Huy, Truyền hình Long Thành.", "", "Bình luận · 2",
             "@thu.trang.lt  1 tuần trước", "Chi bộ công ty em cũng vừa kết nạp 3 bạn ạ"]
    raw = "Long Thành giao ban công tác xây dựng Đảng tháng 10\nTruyền hình Long Thành\n\nBản chép lời\n0:00\n" \
        + "\n".join(lines)
    got = parse_article_strict(raw)
    assert got.byline == "Minh Trí - Quốc Huy"
    assert "kết nạp 3 bạn" not in got.clean_text


def test_a_youth_unions_post_headline_in_capitals_over_its_whole_lead_and_a_keycap_list() -> None:
    raw = "\n".join([
        "Đoàn Thanh niên xã Ea Tul", "3 ngày · 🌏", "",
        "🔴 NIỀM VUI CỦA TUỔI TRẺ EA TUL: BỐN ĐOÀN VIÊN ƯU TÚ ĐƯỢC KẾT NẠP VÀO ĐẢNG 🇻🇳", "",
        "🗓 Chiều thứ Sáu (12/9), tại Hội trường Đảng ủy xã, Đảng ủy xã Ea Tul tổ chức Hội nghị giao ban "
        "công tác xây dựng Đảng tháng 9/2025 kết hợp Lễ kết nạp đảng viên mới cho các đoàn viên ưu tú 🎉", "",
        "👉 Dự buổi lễ có Đ/c Lê Văn Hậu – Bí thư Đảng ủy xã; Đ/c Y Nhuân Mlô – Bí thư Đoàn xã cùng "
        "các đồng chí trong Ban Chấp hành Đảng bộ xã.", "",
        "🌟 4 đảng viên mới gồm:",
        "1️⃣ Y Khoa Niê (buôn Ea Tul) – giáo viên Trường Tiểu học Võ Thị Sáu",
        "2️⃣ H'Mai Byă (buôn Tría) – Bí thư Chi đoàn buôn Tría",
        "3️⃣ Chảo Mý Châu (1998) – Chi hội phó Chi hội Phụ nữ buôn Cuôr", "",
        "Kết luận hội nghị được ban hành tại Thông báo số 52-TB/ĐU ngày 15/9/2025."])
    got = parse_article_strict(raw)
    assert got.title == "NIỀM VUI CỦA TUỔI TRẺ EA TUL: BỐN ĐOÀN VIÊN ƯU TÚ ĐƯỢC KẾT NẠP VÀO ĐẢNG"
    # (the notice of the meeting's conclusions, three days after it, keeps the lead's year)
    assert got.event_date == "2025-09-12"
    assert ("Y Khoa Niê", "giáo viên Trường Tiểu học Võ Thị Sáu") in {(p.name, p.title) for p in got.people}
    assert ("H'Mai Byă", "Bí thư Chi đoàn buôn Tría") in {(p.name, p.title) for p in got.people}
    assert ("Chảo Mý Châu", "Chi hội phó Chi hội Phụ nữ buôn Cuôr") in {(p.name, p.title) for p in got.people}


def test_a_phones_text_wrapped_narrow_is_joined_into_paragraphs() -> None:
    lines = ["Sáng 5/4, Ban Tổ chức Tỉnh ủy tổ chức", "hội nghị giao ban công tác tổ chức xây",
             "dựng Đảng quý I năm 2023. Phát biểu tại", "hội nghị, Phó Trưởng ban Thường trực Ban",
             "Tổ chức Tỉnh ủy Đinh Văn Khiêm đề nghị", "các địa phương", "chủ động rà soát đảng viên lớn tuổi,",
             "đảng viên đi làm ăn xa theo đúng quy", "định của Trung ương về quản lý đảng viên."]
    raw = "Gia Lai: Giao ban quý I\nThứ Năm, 06/04/2023 - 08:00\n\n" + "\n".join(lines)
    got = parse_article_strict(raw)
    assert ("Đinh Văn Khiêm", "Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy") in {
        (p.name, p.title) for p in got.people}


def test_a_print_pages_section_head_with_its_number_and_a_kicker_with_a_colon() -> None:
    raw = "\n".join([
        "BÁO BẮC GIANG                                 THỨ TƯ 10 - 1 - 2018",
        "XÂY DỰNG ĐẢNG - CHÍNH QUYỀN                                  5", "",
        "Giao ban công tác tổ chức quý IV năm 2017:", "",
        "SIẾT CHẶT KỶ LUẬT TRONG CÔNG TÁC QUẢN LÝ ĐẢNG VIÊN", "",
        "Ngày 8/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức quý IV. " + LONG])
    got = parse_article_strict(raw)
    assert got.title == "SIẾT CHẶT KỶ LUẬT TRONG CÔNG TÁC QUẢN LÝ ĐẢNG VIÊN"
    assert "CHÍNH QUYỀN" not in got.clean_text
    # (a left page's: its number first)
    left = raw.replace("XÂY DỰNG ĐẢNG - CHÍNH QUYỀN                                  5",
                       "6             XÂY DỰNG ĐẢNG - CHÍNH QUYỀN")
    assert parse_article_strict(left).title == got.title
    # a headline in ordinary case under a line ending with a colon goes on from it
    plain = raw.replace("SIẾT CHẶT KỶ LUẬT TRONG CÔNG TÁC QUẢN LÝ ĐẢNG VIÊN",
                        "Siết chặt kỷ luật trong công tác quản lý đảng viên")
    assert parse_article_strict(plain).title != "Siết chặt kỷ luật trong công tác quản lý đảng viên"


def test_a_numbered_press_release_its_title_and_its_first_items_day() -> None:
    raw = "\n".join([
        "ĐẢNG BỘ TỈNH NINH BÌNH                    ĐẢNG CỘNG SẢN VIỆT NAM",
        "TIỂU BAN TUYÊN TRUYỀN ĐẠI HỘI         Ninh Bình, ngày 14 tháng 10 năm 2025",
        "            *", "",
        "THÔNG CÁO BÁO CHÍ SỐ 2",
        "Ngày làm việc thứ hai Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I", "",
        "1. Sáng ngày 14/10/2025, Đại hội tiến hành phiên trọng thể. " + LONG, "",
        "2. Ngày 20/10, Đại hội sẽ ... " + LONG])
    got = parse_article_strict(raw)
    assert got.title == ("Ngày làm việc thứ hai Đại hội đại biểu Đảng bộ "
                         "tỉnh Ninh Bình lần thứ I")
    assert got.event_date == "2025-10-14"
    # a list's second item is not the lead
    later = raw.replace("1. Sáng ngày 14/10/2025,", "1. Trong ngày,").replace("2. Ngày 20/10", "2. Sáng 15/10")
    assert parse_article_strict(later).event_date is None


def test_a_pages_headline_and_date_over_a_document_it_shows() -> None:
    raw = "\n".join([
        "TỈNH ỦY BÌNH ĐỊNH - TRANG THÔNG TIN ĐIỆN TỬ", "",
        "Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ và kế hoạch đại hội", "",
        "Cập nhật: 10/04/2024 15:20", "",
        "TỈNH ỦY BÌNH ĐỊNH", "BAN THƯỜNG VỤ", "*", "Bình Định, ngày 09 tháng 4 năm 2024", "",
        "THÔNG BÁO", "Kết luận của Ban Thường vụ Tỉnh ủy", "",
        "Chiều ngày 9-4, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ. " + LONG])
    got = parse_article_strict(raw)
    assert got.title == "Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ và kế hoạch đại hội"
    assert (got.published, got.event_date) == ("2024-04-10", "2024-04-09")


def test_an_amp_pages_bar_and_a_reader_views_reading_time_are_chrome() -> None:
    lead = "Chiều 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức quý I. " + LONG
    amp = "\n".join(["Báo Thanh Niên", "☰", "Thứ Sáu, ngày 14 tháng 3 năm 2025", "Bản AMP · Xem bản đầy đủ", "",
                     "Đắk Lắk dồn sức kiện toàn tổ chức cơ sở đảng", "", "Hồng Nhung",
                     "Thứ Năm, 13/03/2025 06:45 (GMT+7)", "", lead, "", "Đọc tiếp", "", LONG])
    got = parse_article_strict(amp)
    assert (got.title, got.published) == ("Đắk Lắk dồn sức kiện toàn tổ chức cơ sở đảng", "2025-03-13")
    assert "Đọc tiếp" not in got.clean_text
    reader = "\n".join(["baodaklak.vn", "Đắk Lắk dồn sức kiện toàn tổ chức cơ sở đảng", "Hồng Nhung",
                        "5–7 minutes", "", "Thứ Năm, 13/03/2025 - 06:45", "", lead])
    assert parse_article_strict(reader).title == "Đắk Lắk dồn sức kiện toàn tổ chức cơ sở đảng"


def test_a_video_pages_title_after_its_section_its_channels_links_and_its_credits() -> None:
    raw = "\n".join([
        "Bỏ qua điều hướng", "Tìm kiếm", "",
        "Thời sự | Ngành Tổ chức xây dựng Đảng Gia Lai giao ban quý II/2024",
        "Truyền hình Gia Lai", "98 N người đăng ký", "Đăng ký", "",
        "2.104 lượt xem  12 thg 7, 2024",
        "Chiều 10/7, Ban Tổ chức Tỉnh ủy Gia Lai tổ chức hội nghị giao ban quý II năm 2024. " + LONG, "",
        "Biên tập: Hải Yến - Kỹ thuật: Văn Lực", "", "Theo dõi THGL:",
        "Facebook: https://www.facebook.com/truyenhinhgialai", "Hiện ít hơn", "Bản chép lời", "Hiện bản chép lời"])
    got = parse_article_strict(raw)
    assert got.title == "Ngành Tổ chức xây dựng Đảng Gia Lai giao ban quý II/2024"
    assert got.byline == "Hải Yến - Văn Lực"
    assert "Theo dõi" not in got.clean_text and "facebook" not in got.clean_text


def test_a_posts_counts_and_its_comments_link_end_it_under_its_byline() -> None:
    raw = "\n".join([
        "Báo Quảng Bình", "2 giờ · 🌏", "",
        "Sáng 3/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý III năm 2024. " + LONG, "",
        "THU HIỀN", "Nguồn: baoquangbinh.vn", "", "#QuangBinh #xaydungdang", "",
        "❤️👍 54    7 bình luận · 3 lượt chia sẻ", "👍 Thích    💬 Bình luận    ↗ Chia sẻ", "",
        "Xem thêm 7 bình luận", "Viết bình luận...", "", "Gợi ý cho bạn", "Báo Quảng Bình",
        "Quảng Bình: Khánh thành cầu mới ở xã Hóa Sơn"])
    got = parse_article_strict(raw)
    assert got.byline == "Thu Hiền"
    assert "bình luận" not in got.clean_text and "Hóa Sơn" not in got.clean_text


def test_a_read_later_apps_line_under_the_headline_and_a_printed_pages_title() -> None:
    lead = "Sáng 18-9, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban công tác tổ chức tháng 9. " + LONG
    saved = "\n".join(["Instapaper", "Home", "Archive", "",
                       "Ngành tổ chức xây dựng Đảng thành phố dồn sức chuẩn bị đại hội",
                       "sggp.org.vn · by Thu Hương · Saved Oct 2, 2025 · 6 min read", "View Original", "", lead])
    got = parse_article_strict(saved)
    assert (got.title, got.byline) == ("Ngành tổ chức xây dựng Đảng thành phố dồn sức chuẩn bị đại hội", "Thu Hương")
    # a browser's print header holds the headline in the page's title: it is printed again below
    printed = "\n".join(["10/11/23, 14:32", "Giao ban công tác tổ chức quý III năm 2023 - Báo Bình Dương Online",
                         "", "BÁO BÌNH DƯƠNG ONLINE", "Trang chủ", "Thời sự", "Chính trị",
                         "Giao ban công tác tổ chức quý III năm 2023", "Cập nhật: 06-10-2023 16:45",
                         "Zalo Facebook In bài Cỡ chữ A- A+", lead])
    got = parse_article_strict(printed)
    assert got.title == "Giao ban công tác tổ chức quý III năm 2023"
    assert "Cỡ chữ" not in got.clean_text


def test_an_epaper_pages_items_each_signed_over_the_next_ones_kicker() -> None:
    raw = "\n".join([
        "GIAO BAN CÔNG TÁC TỔ CHỨC 6 THÁNG ĐẦU NĂM", "Tập trung chuẩn bị nhân sự đại hội",
        "Ngày 14-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban 6 tháng đầu năm. " + LONG,
        "HOÀNG LAN", "CẦN ĐƯỚC", "Trao Huy hiệu Đảng cho 9 đảng viên",
        "Chiều 15-7, Huyện ủy Cần Đước tổ chức lễ trao Huy hiệu Đảng. " + LONG, "VĂN TÀI", "TIN VẮN",
        "* Ngày 15-7, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết. " + LONG])
    got = parse_article_strict(raw)
    assert [(p.name, p.title) for p in got.people] == [
        ("Hoàng Lan", "byline (printed in capitals: HOÀNG LAN)"), ("Văn Tài", "byline (printed in capitals: VĂN TÀI)")]


def test_a_closing_speech_is_dated_the_day_of_its_meeting() -> None:
    raw = "\n".join([
        "TỈNH ỦY TÂY NINH\tĐẢNG CỘNG SẢN VIỆT NAM", "*", "\tTây Ninh, ngày 10 tháng 7 năm 2018", "",
        "BÀI PHÁT BIỂU", "BẾ MẠC HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2018", "-----", "",
        "Kính thưa các đồng chí!", "",
        "Sau một ngày làm việc khẩn trương, Hội nghị đã hoàn thành chương trình đề ra. " + LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2018-07-10", "2018-07-10")
    # a report of the same day is no meeting's
    report = raw.replace("BÀI PHÁT BIỂU\nBẾ MẠC HỘI NGHỊ", "BÁO CÁO\nKẾT QUẢ")
    assert parse_article_strict(report).event_date is None


@pytest.mark.parametrize("headline", [
    "Tường thuật trực tiếp Đại hội đại biểu Đảng bộ phường Hòa Khánh lần thứ I",
    "[Trực tiếp] Đại hội đại biểu Đảng bộ phường Hòa Khánh lần thứ I",
    "TRỰC TIẾP: Đại hội đại biểu Đảng bộ phường Hòa Khánh lần thứ I",
    "● TRỰC TIẾP\n\nĐại hội đại biểu Đảng bộ phường Hòa Khánh lần thứ I",
])
def test_a_live_report_is_dated_the_day_of_its_date_line(headline: str) -> None:
    # (its entries by the hour, none with a day: "08h30", "10:15"; not any headline with the word)
    raw = "\n".join([
        "Báo Đà Nẵng", "Xây dựng Đảng › Đại hội Đảng các cấp", "", headline, "",
        "Thứ Bảy, 26/07/2025 - 06:40 | Cập nhật liên tục", "",
        "Đây là đại hội đầu tiên của Đảng bộ phường sau khi sắp xếp đơn vị hành chính.", "",
        "10h15", "Đại hội nghe 4 tham luận về công tác xây dựng Đảng ở khu dân cư.", "",
        "08:30", "Đồng chí Bí thư Đảng ủy phường đọc diễn văn khai mạc đại hội. " + LONG])
    assert parse_article_strict(raw).event_date == "2025-07-26"
    plain = raw.replace(headline, "Đối thoại trực tiếp với đảng viên khu dân cư")
    assert parse_article_strict(plain).event_date is None


def test_a_broadcasts_note_of_its_programme_and_its_player_are_not_the_lead() -> None:
    raw = "\n".join([
        "VOV.VN", "Tuyên Quang: Đại hội điểm đảng bộ cấp xã thành công", "Thứ Năm, 06:52, 24/07/2025",
        "Nội dung được phát trong chương trình Thời sự 6h00 ngày 24/7/2025 trên hệ VOV1. Phát lại lúc 12h00 cùng ngày.",
        "", "🔊 Nghe nội dung   00:00 / 03:41", "",
        "VOV.VN - Chiều qua, Đại hội đại biểu Đảng bộ phường Minh Xuân lần thứ I đã bế mạc.", LONG])
    got = parse_article_strict(raw)
    assert got.event_date == "2025-07-23"
    assert "Phát lại" not in got.clean_text and "00:00" not in got.clean_text


@pytest.mark.parametrize("line", ["🔊 Tải file âm thanh: bantin_16042021.mp3 (4,2 MB)",
                                  "Tải về: ke-hoach-so-112-kh-tu.pdf (1,2 MB)", "Download: bantin.mp3"])
def test_a_file_to_download_is_no_headline(line: str) -> None:
    raw = "\n".join(["Cổng thông tin điện tử xã Thiên Lộc", "Ngày đăng: 15/04/2021 | Lượt xem: 87", line, "",
                     "Đảng ủy xã sơ kết công tác xây dựng Đảng quý I năm 2021", "",
                     "Sáng 14/4, Đảng ủy xã Thiên Lộc tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.", LONG])
    got = parse_article_strict(raw)
    assert got.title == "Đảng ủy xã sơ kết công tác xây dựng Đảng quý I năm 2021"
    assert "MB" not in got.clean_text and ".mp3" not in got.clean_text


@pytest.mark.parametrize("head", ["Không xem được thư này? Xem bản tin trên trình duyệt [1]",
                                  "View this email in your browser [1]"])
def test_a_plain_text_newsletters_head_and_its_links_numbers(head: str) -> None:
    raw = "\n".join([
        "BẢN TIN BÁO ABC - Thứ Tư, 19/11/2025", head, "", "BÁO ABC ĐIỆN TỬ [2]",
        "Thời sự [3] | Chính trị [4] | Xây dựng Đảng [5]", "", "=" * 40, "XÂY DỰNG ĐẢNG", "=" * 40, "",
        "Chuẩn bị kiểm điểm, xếp loại cuối năm theo tiêu chí định lượng [8]", "",
        "(ABC) Chiều hôm qua (18/11), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng "
        "Đảng tháng 11/2025.", LONG, "", "Links:", "[1] https://baoabc.vn/newsletter", "[8] https://baoabc.vn/a.html"])
    got = parse_article_strict(raw)
    assert got.title == "Chuẩn bị kiểm điểm, xếp loại cuối năm theo tiêu chí định lượng"
    assert "trình duyệt" not in got.clean_text and "browser" not in got.clean_text


@pytest.mark.parametrize("headline", ["Bồi dưỡng nghiệp vụ công tác xây dựng Đảng cho cán bộ cấp xã",
                                      "Bồi thường, hỗ trợ tái định cư: cấp ủy vào cuộc"])
def test_a_headline_opening_with_boi_is_no_by_line(headline: str) -> None:
    # ("Bồi" folds as "Bởi", a theme's "by": the headline is not a credit)
    raw = "\n".join(["BÁO LÀO CAI", "Xây dựng Đảng", "", headline, "Hoàng Thu", "29/10/2025 07:45 GMT+7", "",
                     "Trong hai ngày 27 và 28/10, Trường Chính trị tỉnh tổ chức lớp bồi dưỡng.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == (headline, "Hoàng Thu")


def test_a_history_pages_list_of_the_years_meetings_gives_no_one_day() -> None:
    items = [f"– Ngày {d} (thứ Ba): Hội nghị giao ban công tác tổ chức xây dựng Đảng {q} tại Hội trường Tỉnh ủy."
             for d, q in (("8/1/2019", "năm 2018"), ("9/4/2019", "quý I"), ("9/7/2019", "quý II"),
                          ("8/10/2019", "quý III"))]
    raw = "\n".join(["Hoạt động giao ban công tác tổ chức xây dựng Đảng năm 2019", "",
                     "Năm 2019 là năm bản lề của nhiệm kỳ, Tỉnh ủy chuẩn bị đại hội đảng bộ các cấp. " + LONG, "",
                     "Các kỳ giao ban trong năm 2019", *items])
    assert parse_article_strict(raw).event_date is None


def test_a_bulletins_page_head_with_its_issue_is_not_its_headline() -> None:
    raw = "\n".join([
        "TỈNH ỦY HÀ NAM", "BAN TUYÊN GIÁO", "", "BẢN TIN", "Số 02 - Tháng 02/2024", "", "TRONG SỐ NÀY",
        "Sơ kết công tác tổ chức .......... 2", "", "2",
        "Bản tin nội bộ Số 02/2024                               XÂY DỰNG ĐẢNG", "",
        "Giao ban công tác tổ chức xây dựng Đảng tháng 1",
        "Ngày 5-2, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tháng 1. " + LONG])
    assert parse_article_strict(raw).title == "Giao ban công tác tổ chức xây dựng Đảng tháng 1"


def test_a_text_browsers_marks_and_a_subtitle_files_cues_are_no_text() -> None:
    # lynx: a link's number before its words, a form's field and button, a row of links;
    # w3m: an image in place, a search box after today's date
    raw = "\n".join([
        "[logo] CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KON TUM",
        "Thứ Ba, 12/03/2024                      [                  ] [Tìm kiếm]",
        "   [3]Báo Kon Tum",
        "   ____________________ [8](BUTTON) Tìm kiếm",
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024",
        "Cập nhật: 10:15, 08/03/2024",
        "   [24]Facebook [25]Zalo [26]In bài",
        "Chiều 7/3, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I năm 2024.",
        "   [28][IMG]",
        "Hội nghị thống nhất các giải pháp nâng cao chất lượng đảng viên."])
    got = parse_article_strict(raw)
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024"
    assert got.published == "2024-03-08" and got.event_date == "2024-03-07"
    for chrome in ("[IMG]", "BUTTON", "Facebook", "[logo]", "Tìm kiếm"):
        assert chrome not in got.clean_text
    # a footnote opening with its number keeps it
    assert "[1], [2] Báo cáo" in parse_article_strict(
        "Bài viết\n\nNội dung bài viết về giao ban quý.\n\n[1], [2] Báo cáo của Ban Tổ chức Tỉnh ủy.").clean_text
    srt = "\n".join([
        "1", "00:00:00,000 --> 00:00:03,100", "GIAO BAN CÔNG TÁC ĐẢNG QUÝ II NĂM 2024", "",
        "2", "00:00:03,100 --> 00:00:07,000", "Sáng 9/7, Đảng ủy Khối các cơ quan tỉnh giao ban quý II năm 2024.", "",
        "3", "00:00:07,000 --> 00:00:10,200", "Hội nghị đánh giá kết quả 6 tháng đầu năm."])
    got = parse_article_strict(srt)
    assert got.title == "GIAO BAN CÔNG TÁC ĐẢNG QUÝ II NĂM 2024" and got.event_date is None or got.event_date == "2024-07-09"
    assert "-->" not in got.clean_text and "\n\n2\n\n" not in got.clean_text


def test_a_draft_pasted_into_a_thread_between_marks_is_the_article() -> None:
    raw = "\n".join([
        "Ban Tổ chức Thành ủy > Tin bài - Website",
        "Bài đăng   Tệp   Wiki",
        "",
        "Phan Thị Mai   14/4 16:05",
        "Tin giao ban quý I – nhờ anh duyệt",
        "@Võ Đức Long anh xem giúp em bản nháp dưới đây ạ.",
        "---------- Bản nháp ----------",
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024",
        "Chiều 14/4, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2024.",
        "Hội nghị thống nhất các giải pháp trong quý II.",
        "---------- Hết bản nháp ----------",
        "👍 3",
        "Võ Đức Long   Hôm qua 09:10",
        "Em sửa lại tít cho ngắn hơn nhé."])
    got = parse_article_strict(raw)
    assert got.title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I NĂM 2024"
    assert got.event_date == "2024-04-14"
    # the note and the thread are kept, their senders are people
    assert "Em sửa lại tít" in got.clean_text and "nhờ anh duyệt" in got.clean_text
    assert {"Phan Thị Mai", "Võ Đức Long"} <= {p.name for p in got.people}


def test_a_group_posts_shared_link_headline_a_chapters_head_a_papers_name_and_a_rating() -> None:
    post = "\n".join([
        "Chi bộ khóm 3 - Đảng bộ phường Châu Đốc",
        "Nguyễn Thị Kim Loan",
        "Quản trị viên · 12 tháng 3 lúc 20:15 ·",
        "Các đồng chí đọc bài này để chuẩn bị sinh hoạt chi bộ nha.",
        "BAOANGIANG.COM.VN",
        "An Giang giao ban công tác tổ chức xây dựng Đảng tháng 2",
        "Sáng 11-3, Ban Tổ chức Tỉnh ủy giao ban công tác tháng 2..."])
    assert parse_article_strict(post).title == "An Giang giao ban công tác tổ chức xây dựng Đảng tháng 2"
    # a book's chapter head is a label, never the headline
    book = ("Chương II\n\nNHỮNG NĂM ĐẦU ĐỔI MỚI\n\nNăm 1987, Ban Tổ chức Tỉnh ủy tổng kết công tác tổ chức xây"
            " dựng Đảng nhiệm kỳ 1986 - 1991.")
    assert [s.kind for s in clean.clean(book).segments][:1] == [clean.LABEL]
    page = "\n".join([
        "Báo Quảng Ngãi", "Thứ Hai, 09/12/2024",
        "Quảng Ngãi giao ban công tác tổ chức xây dựng Đảng tháng 11",
        "Chiều 6/12, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng tháng 11.",
        "Thanh Hà",
        "Đánh giá bài viết:  ★★★★★  4.2/5 (9 lượt đánh giá)"])
    got = parse_article_strict(page)
    assert got.title == "Quảng Ngãi giao ban công tác tổ chức xây dựng Đảng tháng 11"
    assert got.byline == "Thanh Hà"


def test_a_readers_verdict_asked_for_under_the_byline_is_chrome() -> None:
    page = "\n".join([
        "Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 12",
        "Chiều 6/12, Ủy ban Kiểm tra Tỉnh ủy Gia Lai họp kỳ thứ 12, xem xét kết quả kiểm tra dấu hiệu"
        " vi phạm đối với một số tổ chức đảng và đảng viên. " + LONG,
        "Ngọc Trâm", "",
        "Từ khóa: kỷ luật đảng  Gia Lai", "",
        "Bạn thấy bài viết thế nào?  Hay  Bình thường  Chưa hay"])
    got = parse_article_strict(page)
    assert got.byline == "Ngọc Trâm"
    assert "Bạn thấy" not in got.clean_text


def test_a_themes_card_signs_its_author_with_boi() -> None:
    # (a WordPress theme's "Bởi Minh Anh" is the English "by"; "Bởi vậy, ..." is a sentence)
    raw = "\n".join(["Tin tức", "Đảng ủy phường sơ kết 6 tháng công tác xây dựng Đảng", "Bởi Minh Anh",
                     "15/07/2024 09:30", "",
                     "Sáng 14/7, Đảng ủy phường tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. " + LONG, "",
                     "Bởi vậy, đồng chí Nguyễn Văn Hùng đề nghị các chi bộ làm tốt công tác phát triển đảng viên."])
    got = parse_article_strict(raw)
    assert (got.byline, [p.name for p in got.people]) == ("Minh Anh", ["Nguyễn Văn Hùng", "Minh Anh"])
    assert "Bởi vậy, đồng chí" in got.clean_text


# --- round 52: feed readers, chat logs, archives, result pages, bilingual pages (invented) ---------


def test_a_feed_readers_line_under_the_headline_and_its_list_of_feeds_over_it() -> None:
    raw = "\n".join(["feedly", "Today", "FEEDS", "All  214", "XÂY DỰNG ĐẢNG", "Báo Sơn La - Chính trị  12",
                     "Báo Sơn La - Chính trị", "Mark as read",
                     "Giao ban công tác tổ chức xây dựng Đảng quý II năm 2024",
                     "Báo Sơn La - Chính trị  /  by Quàng Thu  /  3d", "Read Later", "Save to Board",
                     "Sáng 8/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II năm 2024. " + LONG,
                     "Visit Website"])
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("Giao ban công tác tổ chức xây dựng Đảng quý II năm 2024", "Quàng Thu")
    assert "FEEDS" not in got.clean_text and "Mark as read" not in got.clean_text


def test_a_telegram_channels_log_holds_the_article_in_one_message() -> None:
    raw = "\n".join([
        "Tin Tức Yên Bái", "8 210 subscribers", "",
        "Tin Tức Yên Bái, [14.3.2024 20:10]", "Lịch cắt điện ngày 15/3 tại phường Hồng Hà.", "👁 3.2K", "",
        "Tin Tức Yên Bái, [15.3.2024 7:05]", "[Forwarded from Báo Yên Bái]",
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I", "",
        "Chiều 14/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức quý I. " + LONG, "",
        "Đồng chí Hà Văn Nam, Trưởng Ban Tổ chức Tỉnh ủy, chủ trì. " + LONG, "", "✍️ Minh Thư", "👁 2.4K", "",
        "Tin Tức Yên Bái, [15.3.2024 9:00]", "Dự báo thời tiết hôm nay: sương mù vùng cao.", "👁 1.1K"])
    got = parse_article_strict(raw)
    # (the article's message: its stamp is the publication's, the others' are not)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I", "2024-03-15", "2024-03-14", "Minh Thư")


def test_a_messenger_groups_log_keeps_the_messages_round_the_article_and_their_senders() -> None:
    raw = "\n".join([
        "Chi bộ Văn phòng 🏛️", "8 thành viên", "", "13 Th01 2026, 07:41", "Hoàng Thị Lan",
        "Cả nhà đọc tin tổng kết chiều qua nhé", "07:41", "Hoàng Thị Lan",
        "TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2025", "",
        "Chiều 12/1, Ban Tổ chức Tỉnh ủy tổng kết công tác tổ chức xây dựng Đảng năm 2025. " + LONG, "",
        "Đồng chí Nông Văn Hải, Trưởng Ban Tổ chức Tỉnh ủy, chủ trì. " + LONG, "", "Thanh Mai", "👍 5",
        "07:44", "Ma Văn Hùng", "Dạ em đọc rồi chị", "07:52", "Nguyễn Thu Trang", "Em gửi báo cáo ạ"])
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2025", "Thanh Mai")
    assert {"Hoàng Thị Lan", "Ma Văn Hùng", "Nguyễn Thu Trang"} <= {p.name for p in got.people}
    assert "Dạ em đọc rồi chị" in got.clean_text  # (kept, as the chat's)


def test_a_telegram_channels_export_of_forwarded_posts() -> None:
    raw = "\n".join([
        "Tin Đảng bộ tỉnh Gia Lai", "", "12 March 2024", "", "07:30", "Tin Đảng bộ tỉnh Gia Lai",
        "Báo Gia Lai 11.03.2024 17:05:12", "Photo", "Not included, change data exporting settings to download.",
        "1280x720, 154.2 KB", "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG THÁNG 2", "",
        "Chiều 11/3, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 2. " + LONG, "",
        "13 March 2024", "", "08:02", "Tin Đảng bộ tỉnh Gia Lai", "In reply to this message",
        "Báo Gia Lai 12.03.2024 16:40:00", "Đảng ủy xã Ia Bă kết nạp 5 đảng viên mới. " + LONG])
    p = parse_article_strict(raw)
    # (the channel's name and the posts' heads are the export's; the first post's stamp its date)
    assert (p.title, p.published, p.event_date) == (
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG THÁNG 2", "2024-03-11", "2024-03-11")
    assert "exporting settings" not in p.clean_text and "kết nạp 5 đảng viên" in p.clean_text


def test_a_zalo_groups_log_its_senders_over_their_times_and_its_bar_no_headline() -> None:
    # Zalo prints the sender's name over the time; the group's name and its search bar, and the
    # day the chat was held, are the chat's, not the article's
    raw = "\n".join([
        "Zalo", "ĐẢNG ỦY XÃ TÂN LẬP (cán bộ)", "👥 31 thành viên", "Tìm tin nhắn   Cuộc gọi   Thông tin nhóm", "",
        "14/05/2023", "", "Đinh Văn Khải", "06:55", "Mời các đồng chí đọc tin hội nghị hôm kia", "",
        "Đinh Văn Khải", "06:56", "SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2023", "",
        "Sáng 12/5, Đảng ủy xã tổ chức hội nghị sơ kết công tác xây dựng Đảng. " + LONG, "",
        "Đồng chí Hà Thị Quyên, Bí thư Đảng ủy xã, chủ trì hội nghị. " + LONG, "", "Thu Hằng - Văn Toản", "",
        "Lục Văn Phong", "07:20", "Đã nhận ạ", "", "Vi Thị Lựu", "07:31", "Em cảm ơn anh", "",
        "Soạn tin nhắn tới ĐẢNG ỦY XÃ TÂN LẬP (cán bộ)"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2023", None, "2023-05-12", "Thu Hằng - Văn Toản")
    assert {"Đinh Văn Khải", "Lục Văn Phong", "Vi Thị Lựu"} <= {p.name for p in got.people}


def test_a_chats_paste_of_a_shared_post_takes_its_date_from_the_posts_card() -> None:
    # the post first shared as a card (its page, its headline, a cut lead, its stamp), then pasted
    # whole under a word of the sender's
    raw = "\n".join([
        "Chi bộ thôn Nà Lừa", "19 thành viên", "", "Thứ Ba, 11/04/2023", "",
        "Nông Văn Sáng", "08:02", "Đảng ủy xã Quang Trung", "Official Account",
        "Giao ban công tác xây dựng Đảng quý I năm 2023", "Chiều 9/4, Đảng ủy xã tổ chức giao ban ...", "Xem thêm",
        "10/04/2023 16:45", "", "Lý Thị Dinh", "08:10", "Em không mở được anh ơi", "",
        "Nông Văn Sáng", "08:12", "Anh dán nguyên bài đây:", "",
        "Giao ban công tác xây dựng Đảng quý I năm 2023", "",
        "Chiều 9/4, Đảng ủy xã tổ chức giao ban công tác xây dựng Đảng quý I. " + LONG, "",
        "Đồng chí Hoàng Văn Tiến, Bí thư Đảng ủy xã, chủ trì. " + LONG, "",
        "Triệu Văn Lâm", "08:30", "Đã đọc ạ"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác xây dựng Đảng quý I năm 2023", "2023-04-10", "2023-04-09")


def test_an_english_summary_after_the_article_leaves_its_byline_the_last_line() -> None:
    raw = "\n".join([
        "Cao Bằng: Tổng kết công tác tổ chức năm 2020", "",
        "Ngày 8/1, Ban Tổ chức Tỉnh ủy tổng kết công tác tổ chức xây dựng Đảng năm 2020. " + LONG, "",
        "Lưu Hà (Báo Cao Bằng)", "", "English summary", "",
        "CAO BANG, January 8 (CPV) – The Organisation Commission of the provincial Party Committee "
        "on Friday reviewed its work in 2020 and set the tasks for 2021, in line with the Politburo's directive."])
    got = parse_article_strict(raw)
    assert got.byline == "Lưu Hà"
    assert "The Organisation Commission" in got.clean_text


def test_a_web_archives_toolbar_over_a_page_whose_masthead_prints_today() -> None:
    raw = "\n".join([
        "The Wayback Machine - https://web.archive.org/web/20191017021544/http://baoquangtri.vn/",
        "Go", "38 captures", "17 Oct 2019 - 29 Jan 2022", "SEP\tOCT\tNOV", "Previous capture\t17\tNext capture",
        "2018\t2019\t2020", "success", "fail", "About this capture", "COLLECTED BY",
        "Organization: Internet Archive", "These crawls are part of an effort to archive pages as they are "
        "created and archive the pages that they refer to.", "Collection: Live Web Proxy Crawls",
        "Content crawled via the Wayback Machine Live Proxy.", "TIMESTAMPS", "loading", "",
        "BÁO QUẢNG TRỊ ĐIỆN TỬ", "Thứ Năm, 17/10/2019", "Trang chủ", "Thời sự", "Chính trị", "Kinh tế",
        "Xã hội", "Thể thao", "", "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2019",
        "15/10/2019 09:12", "", "(QT) - Chiều 14/10, Ban Tổ chức Tỉnh ủy giao ban quý III. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2019", "2019-10-15", "2019-10-14")


def test_a_results_pages_feedback_link_does_not_cut_the_article_pasted_under_it() -> None:
    raw = "\n".join([
        "Google", "giao ban công tác tổ chức gia lai", "Tất cả", "Khoảng 18.300 kết quả (0,41 giây)", "",
        "Báo Gia Lai", "https://baogialai.com.vn › chinh-tri › xay-dung-dang",
        "Giao ban công tác tổ chức quý II ...", "3 ngày trước — Chiều 11/7, Ban Tổ chức Tỉnh ủy tổ chức hội "
        "nghị giao ban công tác tổ chức xây dựng Đảng quý II, triển khai nhiệm vụ quý III năm 2024 ...",
        "Mọi người cũng hỏi", "Ý kiến phản hồi", "", "----------", "",
        "Giao ban công tác tổ chức xây dựng Đảng quý II năm 2024", "Thứ Sáu, 12/07/2024, 06:45", "",
        "Chiều 11/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II năm 2024. " + LONG, "",
        "Đồng chí Rơ Mah Tuấn, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị. " + LONG, "",
        "Hội nghị quán triệt Quy định 114-QĐ/TW về kiểm soát quyền lực trong công tác cán bộ. " + LONG])
    got = parse_article_strict(raw)
    assert "Quy định 114-QĐ/TW" in [d.canonical for d in got.directives]
    assert "Khoảng 18.300" not in got.clean_text and "baogialai.com.vn ›" not in got.clean_text


@pytest.mark.parametrize("line", [
    "Page Break", "Section Break (Next Page)", "Mark as read", "[ MỞ ỨNG DỤNG ]   Để sau",
    "Đọc trên ứng dụng Nhân Dân", "Trải nghiệm đọc nhanh hơn, nghe bài viết, nhận thông báo tin nóng",
    "Tham gia: 22/5/2011", "Được thích: 1.067", "Điều hành viên",
    "Thảo luận trong 'Tin tức Cần Thơ' bắt đầu bởi taydo_news, 15/1/21.",
    "Bạn đã nói:", "ChatGPT đã nói:", "Đã tìm kiếm 3 trang web", "Tìm kiếm liên quan"])
def test_the_chrome_of_word_processors_apps_forums_result_pages_and_chatbots(line: str) -> None:
    raw = "\n".join(["Giao ban công tác tổ chức xây dựng Đảng quý III", "",
                     "Chiều 14/10, Ban Tổ chức Tỉnh ủy giao ban quý III. " + LONG, "", line, "",
                     "Đồng chí Lê Văn Tùng, Trưởng Ban Tổ chức Tỉnh ủy chủ trì. " + LONG])
    assert line not in parse_article_strict(raw).clean_text


def test_a_quick_report_and_a_quick_note_are_documents_under_their_type() -> None:
    for kind in ("BÁO CÁO NHANH", "GHI NHANH"):
        raw = "\n".join(["HUYỆN ỦY QUẢN BẠ", "VĂN PHÒNG", "*", "Số 215-BC/VPHU",
                         "ĐẢNG CỘNG SẢN VIỆT NAM", "Quản Bạ, ngày 08 tháng 4 năm 2024", "", kind,
                         "Kết quả Hội nghị giao ban công tác xây dựng Đảng quý I năm 2024", "",
                         "Sáng thứ Sáu (05/4/2024), Ban Thường vụ Huyện ủy giao ban quý I. " + LONG])
        got = parse_article_strict(raw)
        assert (got.title, got.published) == (
            "Kết quả Hội nghị giao ban công tác xây dựng Đảng quý I năm 2024", "2024-04-08")
        assert "Ghi Nhanh" not in [p.name for p in got.people]


def test_a_newsletter_mails_date_is_its_publication() -> None:
    raw = "\n".join(["From: Ban tin Xay dung Dang <bantin@example.vn>", "To: ban.doc@example.vn",
                     "Date: Mon, 4 Nov 2019 07:30:12 +0700", "Subject: [Bản tin tuần số 44/2019] Công tác tổ chức",
                     "", "BẢN TIN CÔNG TÁC TỔ CHỨC", "Số 44/2019", "",
                     "Tuần qua, các địa phương trong khu vực tổ chức giao ban công tác tổ chức. " + LONG])
    assert parse_article_strict(raw).published == "2019-11-04"


def test_a_forums_breadcrumb_ending_with_its_mark_is_no_headline() -> None:
    raw = "\n".join(["Diễn đàn Tây Đô", "Diễn đàn > Thời sự - Xã hội > Tin tức Cần Thơ >", "",
                     "Ngành Tổ chức xây dựng Đảng thành phố triển khai nhiệm vụ năm 2021",
                     "Thảo luận trong 'Tin tức Cần Thơ' bắt đầu bởi taydo_news, 15/1/21.", "",
                     "Ngày 14-1, Ban Tổ chức Thành ủy tổ chức hội nghị tổng kết năm 2020. " + LONG])
    assert parse_article_strict(raw).title == "Ngành Tổ chức xây dựng Đảng thành phố triển khai nhiệm vụ năm 2021"


def test_a_loudspeaker_bulletins_header_and_its_item_on_a_meeting() -> None:
    raw = "\n".join([
        "ĐẢNG ỦY XÃ PHÚ TÂN", "ĐÀI TRUYỀN THANH XÃ", "BẢN TIN TRUYỀN THANH", "Số 17/2024",
        "Phát sóng: 6 giờ 00, thứ Hai, ngày 15/4/2024 (phát lại 17 giờ 00 chiều cùng ngày)",
        "Thời lượng: khoảng 10 phút – Người đọc: 01 PTV nữ",
        "Biên tập: Ngọc Hân – Duyệt: Văn phòng Đảng ủy xã",
        "[Nhạc hiệu – 20 giây]",
        "[PTV nữ]: Đây là Đài Truyền thanh xã Phú Tân. Bản tin sáng nay gồm các tin sau:",
        "- Xã tổ chức ngày hội đại đoàn kết.", "- Đảng ủy xã giao ban công tác xây dựng Đảng quý I.",
        "Tin 1. Ngày hội đại đoàn kết ở ấp Tân Thành",
        "Ấp Tân Thành tổ chức ngày hội đại đoàn kết toàn dân tộc với nhiều hoạt động vui tươi, thu hút "
        "đông đảo bà con tham gia các trò chơi dân gian, văn nghệ và thể thao.",
        "Tin 2. Đảng ủy xã Phú Tân giao ban công tác xây dựng Đảng quý I năm 2024",
        "Kính thưa bà con!",
        "Sáng thứ Sáu tuần trước, ngày 12 tháng 4, Đảng ủy xã Phú Tân tổ chức hội nghị giao ban công "
        "tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2024.", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đảng ủy xã Phú Tân giao ban công tác xây dựng Đảng quý I năm 2024"
    assert (p.published, p.event_date, p.byline) == ("2024-04-15", "2024-04-12", "Ngọc Hân")
    assert "Văn phòng" not in {x.name for x in p.people}


def test_a_document_offices_record_over_the_documents_text() -> None:
    raw = "\n".join([
        "HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH", "Trang chủ | Văn bản đến | Văn bản đi | Tra cứu",
        "Số ký hiệu:\t45-TB/BTCTU", "Ngày ban hành:\t12/4/2024", "Cơ quan ban hành:\tBan Tổ chức Tỉnh ủy",
        "Loại văn bản:\tThông báo", "Trích yếu:\tKết luận hội nghị giao ban quý I năm 2024",
        "Người ký:\tLê Văn Hùng", "Số đến:\t312\t\tNgày đến:\t13/4/2024 08:10", "Hạn xử lý:\t20/4/2024",
        "Người xử lý chính:\tVăn phòng", "Tệp đính kèm:\t45-TB.pdf", "Độ mật:\tThường",
        "Nội dung văn bản:",
        "TỈNH ỦY HẬU GIANG              ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TỔ CHỨC",
        "*                     Hậu Giang, ngày 12 tháng 4 năm 2024", "Số 45-TB/BTCTU",
        "THÔNG BÁO", "kết luận hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2024",
        "Sáng ngày 10/4/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng "
        "Đảng quý I, triển khai nhiệm vụ quý II năm 2024.", LONG])
    p = parse_article_strict(raw)
    assert p.title == "kết luận hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2024"
    assert p.event_date == "2024-04-10"
    assert [d.canonical for d in p.directives] == []  # (the document's own number is no reference)


def test_a_mail_threads_replies_over_the_forwarded_article() -> None:
    raw = "\n".join([
        "Re: Fwd: Bài báo giao ban quý III", "Hộp thư đến", "",
        "Trần Văn Khang <khang.tv@btctu.vn>", "09:41 Th 2, 14 thg 10, 2024", "tới tôi", "",
        "Em tóm ý chính đưa vào báo cáo tuần, gửi anh trước 15h chiều nay nhé. Mấy điểm cần sửa:",
        "- Bài báo ghi 124 điểm cầu, trong báo cáo mình ghi 123 điểm cầu kết nối ổn định.",
        "- Kế hoạch 27 phải ghi đủ ngày ban hành, đừng chép nguyên câu của báo.",
        "- Phần Nghị định 170 là việc của Sở Nội vụ, không đưa vào báo cáo của Ban.", "",
        "Cảm ơn em.", "", "--", "Trần Văn Khang", "Phó Trưởng phòng Tổ chức đảng, đảng viên",
        "Ban Tổ chức Tỉnh ủy", "ĐT nội bộ: 2215", "",
        "Vào Th 2, 14 thg 10, 2024 lúc 08:12 Lê Thị Hoa <hoa.lt@btctu.vn> đã viết:",
        "> Em chuyển anh bài báo về hội nghị giao ban tuần trước.", ">",
        "> ---------- Forwarded message ---------", "> Từ: Văn phòng <vp@btctu.vn>",
        "> Date: Th 6, 11 thg 10, 2024 vào lúc 17:02", "> Subject: Bài báo giao ban quý III", ">",
        "> Gửi các phòng bài đăng trên báo chiều nay.", ">", "> -----",
        "> Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý III", ">",
        "> Thứ Năm, 10/10/2024 | 15:47", ">",
        "> Chiều 9/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "quý III, triển khai nhiệm vụ quý IV năm 2024.", ">", "> " + LONG])
    p = parse_article_strict(raw)
    assert p.title == "Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý III"
    assert (p.published, p.event_date) == ("2024-10-10", "2024-10-09")


def test_a_drafts_banner_edit_stamp_and_comment_marks_are_no_headline() -> None:
    # a Google Docs draft exported as text: its banner, author, last edit and approver over
    # the headline, a reviewer's comment mark closing it, the comments at the end
    raw = "\n".join([
        "BẢN THẢO – TIN ĐĂNG TRANG THÔNG TIN BAN TỔ CHỨC (chưa duyệt)",
        "Người viết: Lê Hoàng Minh – Phòng Tổng hợp",
        "Sửa lần cuối: 14/02/2025, dự kiến đăng thứ Hai 17/02/2025",
        "Người duyệt: Trưởng phòng Tổng hợp", "", "________________", "",
        "Giao ban công tác tổ chức xây dựng Đảng tháng 2[a]", "",
        "Sáng 12-2, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "tháng 2 năm 2025.", LONG, "", "[a]Đổi tít cho gọn hơn?"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng tháng 2", None, "2025-02-12")


def test_a_drafts_banner_after_its_desk_and_its_fields_are_no_headline() -> None:
    # a draft's banner naming the desk it goes to first, then its section, author and a note
    # of its photos, each "Field: value", over the headline
    raw = "\n".join([
        "TIN GỬI PHÒNG BIÊN TẬP - BẢN NHÁP 3", "Chuyên mục: Xây dựng Đảng",
        "Người viết: Mai Phương (Ban Thời sự)", "Ảnh: 2 ảnh, gửi kèm qua thư", "",
        "Bình Định: Giao ban công tác tổ chức xây dựng Đảng quý III năm 2023[a]", "",
        "Chiều 6-10, Ban Tổ chức Tỉnh ủy Bình Định tổ chức hội nghị giao ban công tác tổ chức xây "
        "dựng Đảng quý III năm 2023.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.byline, got.event_date) == (
        "Bình Định: Giao ban công tác tổ chức xây dựng Đảng quý III năm 2023", "Mai Phương", "2023-10-06")
    # a headline that names a draft is still the headline
    head = "Góp ý vào bản thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh - lần 2"
    assert parse_article_strict(raw.replace("TIN GỬI PHÒNG BIÊN TẬP - BẢN NHÁP 3\nChuyên mục: Xây dựng Đảng\n"
                                            "Người viết: Mai Phương (Ban Thời sự)\nẢnh: 2 ảnh, gửi kèm qua thư\n\n"
                                            "Bình Định: Giao ban công tác tổ chức xây dựng Đảng quý III năm 2023[a]",
                                            head)).title == head


def test_a_reporters_notes_over_the_piece_as_sent_are_kept_apart() -> None:
    # a phone note: its shorthand heading and the reporter's notes, a rule, the piece as sent
    raw = "\n".join([
        "GB BTC TU quý I", "", "- chủ trì: đ/c Lò Văn Sơn, Trưởng BTC TU",
        "- CT 35 + HD 26 -> hỏi lại tiến độ", "", "-------------------", "BÀI GỬI (mail BBT 16h)", "",
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "",
        "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "quý I năm 2024.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.event_date) == ("Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-12")
    assert "Lò Văn Sơn" in got.clean_text  # (the notes are kept)
    # a line so worded with no rule over it is the article's own
    assert clean.split_pasted_draft(clean.split_lines(raw.replace("-------------------\n", "")),
                                    raw.replace("-------------------\n", ""))[0] == []


def test_a_blogs_post_line_gives_the_date_and_the_author() -> None:
    raw = "\n".join([
        "Bỏ qua nội dung", "Chi bộ thôn Tân Lập", "Trang chủ", "Tin hoạt động", "",
        "Đảng ủy xã giao ban công tác xây dựng Đảng tháng 3",
        "Đăng vào 14 Tháng 3, 2024 bởi Trần Văn Bình — 2 bình luận", "",
        "Chiều ngày 12-3, Đảng ủy xã tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 3.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Đảng ủy xã giao ban công tác xây dựng Đảng tháng 3", "2024-03-14", "2024-03-12", "Trần Văn Bình")
    assert "bình luận" not in got.clean_text


def test_a_chapters_heading_under_its_number_is_the_headline() -> None:
    # a yearbook's chapter from an EPUB: the book's title and publisher over the chapter's
    raw = "\n".join([
        "KỶ YẾU 70 NĂM NGÀNH TỔ CHỨC XÂY DỰNG ĐẢNG TỈNH (1947 - 2017)", "Ban Tổ chức Tỉnh ủy", "",
        "PHẦN II", "", "GIAI ĐOẠN 2010 - 2017: KIỆN TOÀN BỘ MÁY, NÂNG CAO CHẤT LƯỢNG", "",
        "1. Bối cảnh", "", LONG, "", "2. Kết quả", "", LONG])
    got = parse_article_strict(raw)
    assert got.title == "GIAI ĐOẠN 2010 - 2017: KIỆN TOÀN BỘ MÁY, NÂNG CAO CHẤT LƯỢNG"
    assert "1. Bối cảnh" in got.clean_text


def test_a_screen_readers_page_gives_its_level_one_heading_and_its_own_date() -> None:
    raw = "\n".join([
        "Bỏ qua đến nội dung chính", "Bỏ qua đến chân trang", "Nút: Nghe đọc bài viết",
        "Hình ảnh: Logo Báo Sơn La điện tử, hình ngôi sao vàng", "Thứ Sáu, 15/03/2024",
        "Danh sách điều hướng, 3 mục: Liên kết: Trang chủ. Liên kết: Chính trị. Liên kết: Xã hội.",
        "Hết danh sách điều hướng.", "Vùng nội dung chính", "Đường dẫn: Liên kết: Trang chủ > Liên kết: Chính trị",
        "Tiêu đề cấp 1: Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024",
        "Thời gian đăng: 13/03/2024 - 15:36", "Tác giả: Thu Trang",
        "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-13", "2024-03-12")
    assert "Bỏ qua" not in got.clean_text


def test_an_audio_players_speeds_and_its_note_on_the_machines_voice_go() -> None:
    for line in ("Tốc độ đọc:  0.75x   1x   1.25x   1.5x", "Tốc độ 1x", "Nghe bài viết   0:00 / 5:20   Tốc độ 1.25x",
                 "🔊 Nghe đọc bài viết  00:00 / 04:05", "Nghe đọc bài ▶ 03:12",
                 "Sản phẩm được đọc bằng công nghệ trí tuệ nhân tạo (AI)", "Bài viết được đọc bởi AI"):
        assert clean._is_widget_line(line), line
    assert not clean._is_widget_line("Tốc độ tăng trưởng đảng viên đạt 1,2%")


def test_a_qa_pages_asker_is_no_teaser_headline() -> None:
    raw = "\n".join([
        "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH", "Trang chủ > Hỏi - đáp", "HỎI - ĐÁP", "",
        "Đảng viên đi làm ăn xa có được chuyển sinh hoạt đảng tạm thời không?",
        "Ngày đăng: 22/10/2024 | Lĩnh vực: Tổ chức xây dựng Đảng | Lượt xem: 356", "",
        "Người hỏi: Lê Thị Hoa", "Ngày gửi: 03/10/2024", "", "Câu hỏi:", LONG, "", "Trả lời:", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == (
        "Đảng viên đi làm ăn xa có được chuyển sinh hoạt đảng tạm thời không?", "2024-10-22")


def test_a_pages_line_on_what_it_did_over_its_post_is_no_headline() -> None:
    raw = "\n".join([
        "Báo Đồng Tháp đã phát trực tiếp.", "16 tháng 1 lúc 07:58  · ",
        "🔴 Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025",
        "Sáng 16/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025.", LONG])
    assert parse_article_strict(raw).title == "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025"


def test_a_phones_day_stamp_is_no_headline() -> None:
    raw = "\n".join(["BTC-TU", "Thứ Tư, 7 thg 1 • 16:45", "", "Giao ban công tác tổ chức tháng 12", "",
                     "Chiều 9/1, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng tháng 12.", LONG])
    assert parse_article_strict(raw).title != "Thứ Tư, 7 thg 1 • 16:45"


def test_a_headline_with_a_number_printed_again_over_its_date_is_no_running_head() -> None:
    # a reference manager's report: the item's title, its fields, then the pasted page
    raw = "\n".join([
        "Zotero Report", "", "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024",
        "Item Type\tNewspaper Article", "Date\t2024-03-13", "URL\thttps://baoxyz.vn/a", "", "Notes:", "",
        "    Full text (pasted 14/3/2024; images not kept)", "",
        "    Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "    Thứ Tư, 13/03/2024 - 16:20", "",
        "    Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.", "", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-13")


def test_an_offices_press_review_is_a_document_and_its_name_no_byline() -> None:
    raw = "\n".join([
        "TỈNH ỦY YÊN BÁI\t\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "VĂN PHÒNG",
        "*\t\t\t\t\tYên Bái, ngày 17 tháng 4 năm 2018", "Số 74-ĐB/VPTU", "", "ĐIỂM BÁO",
        "(Các tin, bài đăng trên báo chí ngày 17/4/2018)", "", "1. Giao ban công tác tổ chức quý I",
        "Ngày 16/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.",
        LONG, "", "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "Hoàng Thị Lan"])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("ĐIỂM BÁO", "2018-04-17")
    assert "Điểm Báo" not in (got.byline or "")


def test_a_kind_of_page_after_the_symbols_opening_the_headline_is_a_label() -> None:
    raw = "\n".join(["🎬 Video: Giao ban công tác tổ chức xây dựng Đảng quý I", "13/03/2024 16:20", "",
                     "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.", LONG])
    assert parse_article_strict(raw).title == "Giao ban công tác tổ chức xây dựng Đảng quý I"


def test_a_live_blogs_last_update_after_its_date_is_part_of_the_date_line() -> None:
    assert clean.is_date_line("26/09/2025 07:05 (GMT+7) - Cập nhật lần cuối 11:56", header=True)
    # (a feed reader's last update of the feed, its counts beside it, is none)
    assert not clean.is_date_line("Cập nhật lần cuối: 18/07/2023 06:00 · 20 mục · 3 chưa đọc", header=True)


def test_a_print_versions_address_copyright_and_running_header_close_no_article() -> None:
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng tháng 10", "Thứ Ba, 21/10/2025 16:20", "",
        "Sáng 21/10, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 10.",
        LONG, "", "BẢO PHƯƠNG", "", "Nguồn: https://baoxyz.vn/chinh-tri/giao-ban-thang-10.html", "",
        "22/10/2025, 08:03 Giao ban công tác tổ chức xây dựng Đảng tháng 10", "",
        "Bản quyền © Báo XYZ. Giấy phép số 118/GP-BTTTT."])
    got = parse_article_strict(raw)
    assert got.byline == "Bảo Phương"
    assert "Nguồn:" not in got.clean_text and "08:03" not in got.clean_text
    # (a date line with its zone is no print header)
    assert not clean._is_widget_line("30/9/2025, 18:40 (GMT+7)")


def test_a_search_page_over_the_article_gives_neither_its_headline_nor_its_date() -> None:
    raw = "\n".join([
        "giao ban tổ chức quý I lào cai - Tìm trên Google", "", "Tất cả", "Tin tức", "Khoảng 870 kết quả (0,36 giây)",
        "Báo XYZ", "https://baoxyz.vn › giao-ban-quy-i...", "Lào Cai giao ban công tác tổ chức quý I",
        "10 thg 3, 2024 — Ban Tổ chức Tỉnh ủy thực hiện Quy định 366-QĐ/TW ...",
        "Trợ giúp Gửi phản hồi Quyền riêng tư Điều khoản", "", "Báo XYZ điện tử", "Chính trị › Xây dựng Đảng",
        "Thứ Tư, 13/03/2024 07:20 (GMT+7)", "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "",
        "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-13")
    assert "Quy định 366-QĐ/TW" in [d.canonical for d in got.directives]  # (a snippet's mention is kept)


def test_a_short_video_pages_follow_button_is_chrome() -> None:
    raw = "\n".join(["baoxyz.official", "Báo XYZ · 2024-3-13", "Follow", "",
                     "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024",
                     "📌 Sáng qua (12/3), Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I.",
                     "#xaydungdang #tintuc"])
    assert parse_article_strict(raw).title == "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024"


def test_a_digests_items_signed_over_their_links() -> None:
    raw = "\n".join([
        "Bản tin Xây dựng Đảng số 41", "", "** Giao ban công tác tổ chức xây dựng Đảng quý III", "-" * 40,
        "Chiều qua (6-10), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III.", "",
        LONG, "", "Ngọc Trâm (Báo Khánh Hòa)", "Đọc tiếp (https://baoxyz.vn/giao-ban-quy-iii)", "", "",
        "** Lập chi bộ trong doanh nghiệp tư nhân", "-" * 40, LONG, "", "Thanh Tâm",
        "Đọc tiếp (https://baoxyz.vn/chi-bo-doanh-nghiep)", ""])
    names = [p.name for p in parse_article_strict(raw).people]
    assert "Ngọc Trâm" in names and "Thanh Tâm" in names


def test_a_menu_printed_as_a_bulleted_list_pushes_the_headline_down() -> None:
    menu = [f"  * {w}" for w in ("Trang chủ", "Chính trị", "Xây dựng Đảng", "Kinh tế", "Xã hội", "Giáo dục",
                                 "Y tế", "Văn hóa", "Thể thao", "Quốc phòng", "Bạn đọc", "Multimedia", "Video",
                                 "Ảnh", "Podcast", "Báo in", "Du lịch", "Pháp luật", "Quốc tế", "Tam nông",
                                 "Nông nghiệp", "Công nghiệp", "Thương mại", "Lao động", "Việc làm", "Tìm kiếm...")]
    raw = "\n".join(["BÁO XYZ ĐIỆN TỬ", "", *menu, "", "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "",
                     "13/03/2024 | 09:15 GMT+7", "",
                     "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-13")


def test_a_forums_thread_quoting_the_article_whole() -> None:
    raw = "\n".join([
        "Diễn đàn Giáo viên - Kết nạp Đảng cho giáo viên", "Công cụ chủ đề", "Hiển thị", "", "#1",
        "12-04-2018, 20:41", "codaovungcao", "Thành viên", "", "Trường em năm nay được giao chỉ tiêu kết nạp.", "",
        "#3", "12-04-2018, 21:26", "nguoilaido", "", "Báo tỉnh đăng hôm qua đây:", "", "Trích dẫn:",
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2018", "", "Cập nhật: 11/04/2018 - 15:20", "",
        "Ngày 10/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2018", "2018-04-11", "2018-04-10")
    assert "Trường em năm nay" in got.clean_text  # (the posts are kept)


def test_a_forums_quote_with_no_date_line_ends_at_the_posters_signature() -> None:
    # the quote opens with its headline over its lead; the post's time dates the page; the
    # quoted article's byline is over its source, then the poster's signature and a reply
    raw = "\n".join([
        "Diễn đàn Quê Mình > Tin tức quê nhà > Đan Phượng sơ kết 5 năm thực hiện...",
        "Tên tài khoản [          ]  Ghi nhớ?", "Mật khẩu [          ]  [Đăng nhập]", "",
        "#1", "14/05/2013 - 08:40 PM", "danphuong_xua", "Thành viên tích cực", "Bài gửi: 512", "",
        "Đan Phượng sơ kết 5 năm QĐ 76 (tin báo Hànộimới)", "Báo đăng hôm nay, mọi người đọc nhé.", "",
        "Trích dẫn:", "Đan Phượng: Sơ kết 5 năm thực hiện Quy định 76-QĐ/TW", "",
        "(HNM) - Sáng 13/5, Ban Thường vụ Huyện ủy Đan Phượng tổ chức hội nghị sơ kết 5 năm thực hiện "
        "Quy định số 76-QĐ/TW của Bộ Chính trị khóa X về đảng viên đang công tác thường xuyên giữ mối liên hệ "
        "với chi ủy nơi cư trú.", "", LONG, "", "Hồng Nhung", "", "(Nguồn: hanoimoi.com.vn)", "",
        "__________________", "Đan Phượng - quê lụa!", "", "#2", "14/05/2013 - 09:12 PM", "lua_vanphuc", "",
        "Thôn em năm nào cũng nhận xét đảng viên về sinh hoạt nơi cư trú, Nguyễn Văn Bình bí thư chi bộ ký."])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Đan Phượng: Sơ kết 5 năm thực hiện Quy định 76-QĐ/TW", "2013-05-14", "2013-05-13", "Hồng Nhung")


def test_a_pages_table_of_documents_over_the_news_of_one_keeps_their_codes() -> None:
    raw = "\n".join([
        "TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY", "VĂN BẢN MỚI", "STT\tSố/ký hiệu\tNgày ban hành\tTrích yếu",
        "1\t612-KL/TU\t18/07/2024\tKết luận của Ban Thường vụ Tỉnh ủy tại hội nghị giao ban",
        "2\t89-HD/BTCTU\t10/07/2024\tHướng dẫn quy trình giới thiệu nhân sự", "",
        "Ban Thường vụ Tỉnh ủy giao ban công tác xây dựng Đảng 6 tháng đầu năm 2024", "Cập nhật: 13/07/2024 08:12", "",
        "Chiều 12/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban công tác xây dựng Đảng.", LONG])
    got = parse_article_strict(raw)
    assert [d.canonical for d in got.directives] == ["Kết luận 612-KL/TU", "Hướng dẫn 89-HD/BTCTU"]
    assert (got.title, got.event_date) == (
        "Ban Thường vụ Tỉnh ủy giao ban công tác xây dựng Đảng 6 tháng đầu năm 2024", "2024-07-12")


def test_a_professional_networks_post_its_authors_headline_and_followers_are_no_title() -> None:
    raw = "\n".join([
        "Trang chủ", "Mạng lưới của tôi", "Việc làm", "Nhắn tin", "", "Bài đăng", "", "Đỗ Minh Khôi", "Đỗ Minh Khôi",
        " • Kết nối bậc 2", "TS. Chính trị học | Giảng viên Khoa Xây dựng Đảng | Quan tâm: tổ chức cơ sở đảng",
        "3 ngày • Đã chỉnh sửa •", "", "+ Theo dõi", "", "Ghi chép nhanh từ hội thảo về tổ chức cơ sở đảng", "",
        "Sáng 14/10/2025, tôi dự hội thảo về tổ chức cơ sở đảng ở xã, phường sau sắp xếp.", LONG])
    assert parse_article_strict(raw).title == "Ghi chép nhanh từ hội thảo về tổ chức cơ sở đảng"
    page = "\n".join(["Báo XYZ ✔", "32,4K người theo dõi", "+ Theo dõi", "21 thg 10, 2021 · 09:15 · 🌐", "",
                      "Giao ban công tác tổ chức xây dựng Đảng quý III/2021", "",
                      "Chiều 20-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.", LONG])
    assert parse_article_strict(page).title == "Giao ban công tác tổ chức xây dựng Đảng quý III/2021"


def test_an_exported_chat_with_the_article_pasted_in_a_message() -> None:
    raw = "\n".join([
        "Zalo - Lịch sử trò chuyện", "Cuộc trò chuyện: Lê Văn Hòa", "Số tin nhắn: 12", "=" * 40, "",
        "--- 14/03/2024 ---", "", "[07:58] Hà Thị Mai: Anh ơi, bài giao ban em lên trang rồi",
        "[08:04] Lê Văn Hòa: Link không mở được, e dán nội dung vô đây giùm a",
        "[08:06] Hà Thị Mai: Dạ đây anh:", '"Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024', "",
        "Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.", "",
        LONG, "", 'HÀ MAI"', "[08:11] Lê Văn Hòa: Đọc ổn e.", "[08:13] Hà Thị Mai: Dạ"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", None, "2024-03-12")
    # (a transcript's time codes from its start open no messages)
    talk = raw.replace("[07:58]", "[00:00]")
    assert parse_article_strict(talk).title != "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024"


def test_a_translators_view_gives_the_originals_headline() -> None:
    raw = "\n".join([
        "Google Dịch", "Báo XYZ  >  Chính trị", "XYZ Newspaper > Politics", "",
        "Nâng cao chất lượng tổ chức cơ sở đảng", "Improve the quality of grassroots party organizations", "",
        "Thu Hà", "Thứ Sáu, 15/07/2022 - 16:20 (GMT+7)", "Friday, July 15, 2022 - 16:20 (GMT+7)", "",
        "Sáng 14/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng.", LONG])
    assert parse_article_strict(raw).title == "Nâng cao chất lượng tổ chức cơ sở đảng"


def test_a_headline_wrapped_over_three_lines_of_a_phones_printed_page() -> None:
    raw = "\n".join([
        "18/04/2024, 09:15        Ban Tổ chức Tỉnh ủy giao ban", "BÁO XYZ ONLINE", "Chính trị › Xây dựng Đảng",
        "Ban Tổ chức Tỉnh ủy giao ban", "công tác tổ chức xây dựng Đảng", "quý I/2024", "Thứ Ba, 16/04/2024 - 17:20",
        "(XYZ) - Chiều 15-4, Ban Tổ chức Tỉnh", "ủy tổ chức hội nghị giao ban.", LONG])
    assert parse_article_strict(raw).title == "Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I/2024"


def test_a_headline_wrapped_before_its_term_over_the_date_line() -> None:
    # (the last line a number the word over it wants: "nhiệm kỳ" / "2022 - 2025")
    raw = "\n".join([
        "Cổng thông tin điện tử Quận Gò Vấp", "Tin tức > Xây dựng Đảng",
        "Phường 10: Đại hội điểm Chi bộ Khu phố 4 nhiệm kỳ", "2022 - 2025", "Ngày cập nhật: 14/06/2022", "",
        "Ngày 11.6 (thứ Bảy), Đảng ủy Phường 10 tổ chức Đại hội điểm Chi bộ Khu phố 4 nhiệm kỳ 2022 - 2025"
        " nhằm rút kinh nghiệm cho đại hội các chi bộ còn lại,", "hoàn thành trước ngày 31.7.", LONG])
    assert parse_article_strict(raw).title == "Phường 10: Đại hội điểm Chi bộ Khu phố 4 nhiệm kỳ 2022 - 2025"


def test_a_portals_side_menus_push_the_headline_down() -> None:
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp",
            "Hỏi đáp", "GIỚI THIỆU", "Tổng quan", "Lịch sử hình thành", "Sơ đồ tổ chức", "Quận ủy", "HĐND quận",
            "UBND quận", "Các phường", "TIN TỨC - SỰ KIỆN", "Tin hoạt động", "Xây dựng Đảng", "Kinh tế - Xã hội",
            "Văn hóa - Xã hội", "Cải cách hành chính", "LIÊN KẾT", "Lịch công tác", "Dịch vụ công trực tuyến",
            "VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH", "Kế hoạch số 312/KH-UBND ngày 08/10/2024 về tổ chức các hoạt động kỷ niệm",
            "Quyết định số 2865/QĐ-UBND ngày 04/10/2024 về việc kiện toàn Ban Chỉ đạo",
            "Công văn số 1740/UBND-NV ngày 01/10/2024 về việc rà soát đội ngũ", "Xem tất cả »"]
    raw = "\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN XYZ", "Thứ Hai, 14/10/2024", *menu, "",
                     "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2024", "Cập nhật: 11/10/2024 09:15", "",
                     "Chiều ngày 10/10, Ban Tổ chức Quận ủy tổ chức hội nghị giao ban.", LONG, "", "Minh Ngọc"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2024", "2024-10-11", "2024-10-10")
    assert "Liên Kết" not in [p.name for p in got.people]


def test_a_consent_managers_banner_and_a_posts_greeting_are_no_headline() -> None:
    raw = "\n".join([
        "Chúng tôi coi trọng quyền riêng tư của bạn", "ĐỒNG Ý", "KHÔNG ĐỒNG Ý", "TÙY CHỌN KHÁC", "",
        "BÁO XYZ", "Giao ban công tác tổ chức xây dựng Đảng quý I", "Phan Sương", "Thứ sáu, ngày 03/04/2026 10:25",
        "", "Chiều 2/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.", LONG])
    got = parse_article_strict(raw)
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng quý I"
    assert "Đồng Ý" not in [p.name for p in got.people]
    post = "\n".join(["Cộng đồng xã Ea Kly", "Lê Quang Thành", "Quản trị viên", "2 ngày",
                      "📢 HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ THÁNG 11/2025", "",
                      "Chào bà con và anh chị em đảng viên xã mình ạ 👋",
                      "Sáng thứ Hai vừa rồi (3/11), Ban Chấp hành Đảng bộ xã đã họp, bàn nhiệm vụ tháng 11/2025.", LONG])
    got = parse_article_strict(post)
    assert (got.title, got.event_date) == ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ THÁNG 11/2025", "2025-11-03")


def test_a_read_later_apps_line_of_the_pages_date_in_english() -> None:
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng quý I", "baoxyz.vn · Jan 13, 2023 · 7 min read", "By Thanh Hằng",
        "Saved Feb 2, 2023 · Archived", "", "Chiều 12-1, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban.", LONG])
    assert parse_article_strict(raw).published == "2023-01-13"


def test_a_speakers_notes_are_a_document() -> None:
    raw = "\n".join([
        "ĐẢNG BỘ PHƯỜNG XYZ\t\t\t\tĐẢNG CỘNG SẢN VIỆT NAM", "*\t\t\t\t\tXYZ, ngày 05 tháng 12 năm 2025", "",
        "ĐỀ CƯƠNG PHÁT BIỂU", "của đồng chí Bí thư Đảng ủy phường tại hội nghị giao ban tháng 11", "",
        "I. Đánh giá chung", LONG])
    assert parse_article_strict(raw).title.startswith("ĐỀ CƯƠNG PHÁT BIỂU")


def test_a_meeting_invitations_video_call_block_and_its_subjects_tag() -> None:
    raw = "\n".join([
        "Từ: Văn phòng Ban Tổ chức <vp@tu.vn>", "Đã gửi: Thứ Năm, 5 tháng 2, 2026 16:22",
        "Chủ đề: [Lịch họp] Giao ban công tác tổ chức xây dựng Đảng tháng 01/2026", "",
        "Kính gửi: Lãnh đạo Ban, trưởng các phòng.", "", LONG, "", "Trân trọng,", "",
        "_" * 60, "Cuộc họp Microsoft Teams",
        "Tham gia trên máy tính, ứng dụng dành cho thiết bị di động hoặc thiết bị phòng",
        "Bấm vào đây để tham gia cuộc họp", "ID cuộc họp: 429 117 630 882", "Mật mã: Xq7bH3", "_" * 60])
    got = parse_article_strict(raw)
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng tháng 01/2026"
    assert "Mật mã" not in got.clean_text and "Microsoft Teams" not in got.clean_text


def test_a_note_framed_by_rules_and_a_caps_heading_going_on_in_lower_case() -> None:
    raw = "\n".join([
        "=== CẬP NHẬT SAU CUỘC HỌP (văn phòng dán kết luận) ===", "",
        "KẾT LUẬN CỦA ĐỒNG CHÍ TRƯỞNG BAN TỔ CHỨC THÀNH ỦY", "tại buổi giao ban sáng 10/02/2026", "",
        "Dự giao ban có 168/168 điểm cầu phường, xã, đặc khu.", LONG])
    assert parse_article_strict(raw).title == (
        "KẾT LUẬN CỦA ĐỒNG CHÍ TRƯỞNG BAN TỔ CHỨC THÀNH ỦY tại buổi giao ban sáng 10/02/2026")


def test_a_blogs_tagline_under_its_name_is_no_headline() -> None:
    raw = "\n".join([
        "CHUYỆN ĐỜI, CHUYỆN ĐẢNG", "Ghi chép của một đảng viên già ở xứ dừa", "",
        "Trang chủ | Chuyện chi bộ | Ký ức | Liên hệ", "", "Chủ Nhật, 19 tháng 12, 2021", "",
        "Đi dự tổng kết ở xã, nghĩ về chuyện sinh hoạt chi bộ", "",
        "Sáng thứ Năm vừa rồi (16/12), tôi được Đảng ủy xã mời dự hội nghị tổng kết công tác xây dựng Đảng.", LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Đi dự tổng kết ở xã, nghĩ về chuyện sinh hoạt chi bộ", "2021-12-19", "2021-12-16")


def test_a_news_apps_notification_list_over_the_article_gives_no_title() -> None:
    # (the pushed headlines under "Hôm nay" / "Hôm qua", a day's group and no date line; the
    # section's path "Thời sự · Xây dựng Đảng" over the article's date is a breadcrumb)
    got = parse_article_strict(
        "Thông báo\n\nHôm nay\n● 07:32\nTỉnh ủy tổng kết công tác năm\n● 06:50\n"
        "Giá vàng mở cửa tăng mạnh\n\nHôm qua\n● 21:14\nKhai mạc hội chợ Xuân\n\n"
        "Thời sự · Xây dựng Đảng\nThứ Sáu, 09/01/2026 - 07:30\n\n"
        "Ban Tổ chức Tỉnh ủy tổng kết năm 2025: hoàn thành kiện toàn bộ máy\n\n"
        "Chiều ngày 8-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Hội nghị đã đánh giá kết quả và đề ra nhiệm vụ năm 2026.")
    assert (got.title, got.published, got.event_date) == (
        "Ban Tổ chức Tỉnh ủy tổng kết năm 2025: hoàn thành kiện toàn bộ máy", "2026-01-09", "2026-01-08")


def test_a_subtitle_files_title_line_gives_the_headline_and_the_broadcasts_day() -> None:
    # (an SRT file under its station's and programme's line; the sign-off names the station)
    got = parse_article_strict(
        "Đài PT-TH tỉnh | Thời sự tối 15/7/2022 | Ngành Tổ chức xây dựng Đảng sơ kết công tác 6 tháng\n\n"
        "1\n00:00:01,000 --> 00:00:05,100\nChiều qua, thứ Năm 14/7, Ban Tổ chức Tỉnh ủy\n\n"
        "2\n00:00:05,180 --> 00:00:09,280\ntổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
        "3\n00:00:09,300 --> 00:00:12,000\nHoàng Thu - Minh Đức, Lai Châu TV.")
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Ngành Tổ chức xây dựng Đảng sơ kết công tác 6 tháng", "2022-07-15", "2022-07-14", "Hoàng Thu - Minh Đức")


def test_a_mail_printed_from_its_web_client_gives_the_storys_headline_and_signatures() -> None:
    # (the browser's header, time first; the client's line and the mail's headers; a plain-text
    # newsletter's links after their words, its logo, its pictures' words and its items' names)
    got = parse_article_strict(
        "10:41 12/1/26                           Gmail - Bản tin sáng\n\n"
        "Gmail                                   Trần Văn Khoa <khoa.tv@gmail.com>\n\n"
        "Bản tin sáng: Ngành Tổ chức triển khai nhiệm vụ\n1 thư\n\n"
        "Báo Tỉnh <bantin@baotinh.vn>              10 tháng 1, 2026 lúc 06:02\n"
        "Trả lời: Bạn đọc <bandoc@baotinh.vn>\nTới: khoa.tv@gmail.com\n\n"
        "[image: Báo Tỉnh] <https://click.baotinh.vn/ls/click?upn=u001>\n\n"
        "BẢN TIN SÁNG | Thứ Bảy, 10/01/2026\n\n"
        "Không xem được thư này? Xem trên trình duyệt <https://click.baotinh.vn/view>\n\n"
        "[image: Quang cảnh hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025]\n\n"
        "Ngành Tổ chức xây dựng Đảng tỉnh triển khai nhiệm vụ năm 2026 <https://click.baotinh.vn/a1>\n\n"
        "Sáng 9/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
        "Hội nghị đề ra nhiệm vụ năm 2026.\n\nNHẬT MINH\n\n"
        "Đọc tiếp » <https://click.baotinh.vn/a1>\n\n"
        "[image: Cán bộ làm thủ tục tại Trung tâm Phục vụ hành chính công]\n\n"
        "Hơn 1.100 cán bộ nghỉ việc theo chính sách\n\nTính đến hết năm 2025, 1.127 cán bộ đã nghỉ việc.\n\n"
        "HỮU NGHĨA")
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Ngành Tổ chức xây dựng Đảng tỉnh triển khai nhiệm vụ năm 2026", "2026-01-10", "2026-01-09",
        "Nhật Minh - Hữu Nghĩa")
    assert "http" not in got.clean_text and "Báo Tỉnh" not in got.clean_text
    assert "trình duyệt" not in got.clean_text and "Đọc tiếp" not in got.clean_text


def test_a_headlines_field_near_the_top_names_the_headline() -> None:
    # (a site's editor's preview: the system's name and menus over the article's fields)
    got = parse_article_strict(
        "BÁO TỈNH - HỆ THỐNG QUẢN TRỊ NỘI DUNG (CMS) v4.2\nBảng tin | Bài viết | Media | Chuyên mục\n\n"
        "Bài viết  >  Chờ duyệt  >  Xem trước bài #285417\n\n"
        "Tiêu đề phụ (trên): Giao ban công tác tổ chức xây dựng Đảng 9 tháng\n"
        "Tiêu đề: Ngành Tổ chức tỉnh dồn sức hoàn thiện bộ máy sau hợp nhất\n\n"
        "Nội dung:\n\nNgày 13.10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.")
    assert got.title == "Ngành Tổ chức tỉnh dồn sức hoàn thiện bộ máy sau hợp nhất"


def test_a_papers_latex_source_loses_its_comments_and_commands_and_keeps_its_heading() -> None:
    got = parse_article_strict(
        "% !TEX root = ../main.tex\n% sửa sau phản biện (cập nhật 12/3/2024)\n\n"
        "\\section{Giao ban công tác tổ chức xây dựng Đảng ở tỉnh giai đoạn 2019--2023}\n\\label{sec:tinh}\n\n"
        "Trong hệ thống tổ chức của Đảng ở cấp tỉnh, \\textit{giao ban} là một thiết chế ít được nghiên cứu.\n\n"
        "\\begin{table}[htbp]\n\\centering\n\\end{table}\n\nQuy trình giao ban được chuẩn hóa từ năm 2020.")
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng ở tỉnh giai đoạn 2019--2023"
    assert "%" not in got.clean_text and "\\label" not in got.clean_text and "\\begin" not in got.clean_text
    assert "\\textit{giao ban}" in got.clean_text  # (a command inside a sentence stays, as printed)


def test_a_news_agencys_wire_item_gives_its_headline_sending_time_and_reporter() -> None:
    # (the telex frame and the item's fields over the headline; an embargo's day is not the
    # publication's; the desk's credits after the item's end)
    got = parse_article_strict(
        "ZCZC\nHNA0815 2 TTN 0450 VN\n/BBT-TTN/ /PX-HN/\nSLUG: LAMDONG-TOCHUC-GIAOBAN\n"
        "ƯU TIÊN: 2 - KHẨN\nCẤM ĐĂNG TRƯỚC: 06h00 ngày 05/4/2024\nSỐ CHỮ: 450\nPHÁT: 03/04/2024 19:10\n"
        "------------------------------\n\n"
        "Lâm Đồng giao ban công tác tổ chức xây dựng Đảng quý I\n\n"
        "   Đà Lạt (TTXVN 3/4) - Sáng 3/4, Ban Tổ chức Tỉnh ủy Lâm Đồng tổ chức giao ban công tác "
        "tổ chức xây dựng Đảng quý I năm 2024.\n\n   Hội nghị đề ra nhiệm vụ quý II./.\n\n"
        "HẾT\n\nTTXVN/PX-HN  PV: Minh Khoa  BT: LTH\nGHI CHÚ BBT: Không cắt đoạn.\nNNNN\n")
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Lâm Đồng giao ban công tác tổ chức xây dựng Đảng quý I", "2024-04-03", "2024-04-03", "Minh Khoa")
    assert "SLUG" not in got.clean_text and "NNNN" not in got.clean_text and "BBT" not in got.clean_text


def test_a_channels_post_on_a_video_site_opens_under_its_relative_stamp() -> None:
    # (the channel's name and "2 ngày trước (đã chỉnh sửa)" over the post: its first line is the headline)
    got = parse_article_strict(
        "Truyền hình Tỉnh - TTV\n@TruyenHinhTinh‧120 N người đăng ký\nĐăng ký\nTrang chủ\nVideo\nBài đăng\n\n"
        "Truyền hình Tỉnh - TTV\n3 ngày trước (đã chỉnh sửa)\n"
        "🔴 GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I: SIẾT KỶ CƯƠNG SINH HOẠT CHI BỘ\n\n"
        "Sáng 2/4/2025, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng quý I.\n")
    assert got.title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I: SIẾT KỶ CƯƠNG SINH HOẠT CHI BỘ"
    assert got.event_date == "2025-04-02"


def test_a_printed_front_pages_text_gives_its_headline_under_the_contents_and_its_drop_cap_joined() -> None:
    # (the masthead, the issue's number with its thousands' dot, the date and the lunar day, the
    # issue's contents; the kicker in capitals over the headline, the byline in capitals under it,
    # the lead's first letter a drop cap alone on its line)
    got = parse_article_strict(
        "GIA LAI\nCƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI\nSố 4.102 • Năm thứ 35\n"
        "Thứ Sáu, 14-7-2023\n(27-5 năm Quý Mão)\nGiá: 4.000 đồng\nTRONG SỐ NÀY\n"
        "Trang 2: Thực hiện Chỉ thị 05-CT/TW ở Chư Sê\nTrang 4: Bảo tồn nhà rông truyền thống\n"
        "SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2023\n"
        "Chú trọng phát triển đảng viên ở làng đồng bào\nK'BRÌU - NAY H'LAN\nC\n"
        "hiều 13-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng "
        "6 tháng đầu năm 2023. Dự có lãnh đạo Ban Tổ chức các huyện ủy, thị ủy, thành ủy và đảng ủy "
        "trực thuộc Tỉnh ủy.\n"
        "Sáu tháng qua, toàn tỉnh kết nạp 1.024 đảng viên, trong đó đảng viên là người đồng bào\n"
        "dân tộc thiểu số chiếm 41%.\n")
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Chú trọng phát triển đảng viên ở làng đồng bào", "2023-07-14", "2023-07-13", "K'Brìu - Nay H'Lan")
    assert got.clean_text.count("Chiều 13-7") == 1
    assert [d.canonical for d in got.directives] == ["Chỉ thị 05-CT/TW"]  # (named in the contents)


def test_a_radio_scripts_fields_name_its_headline_and_its_presenters_lead_its_day() -> None:
    # (the script's fields: its headline after "Tên bài:", its broadcast day; the presenter's
    # greeting before the lead's relative day)
    got = parse_article_strict(
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\nKỊCH BẢN PHÁT THANH\nThể loại: BÌNH LUẬN\n"
        "Tên bài: Phát triển đảng viên ở thôn, bản còn khó khăn\nNgày phát sóng: Thứ Hai, 12/9/2022\n"
        "Người viết: Trần Thu Hà\n------------------------------\n\n[NHẠC HIỆU]\n\n"
        "PTV (Minh Anh): Kính thưa quý vị và các bạn! Hôm qua, Ban Thường vụ Tỉnh ủy tổ chức hội nghị "
        "sơ kết công tác phát triển đảng viên ở thôn, bản chưa có đảng viên.\n\n"
        "[NHẠC CẮT]\n\nNgười dẫn: Toàn tỉnh còn 9 thôn chưa có đảng viên.\n")
    assert (got.title, got.published, got.event_date) == (
        "Phát triển đảng viên ở thôn, bản còn khó khăn", "2022-09-12", "2022-09-11")


def test_a_wiki_pages_name_is_its_headline_and_its_last_edit_no_publication() -> None:
    # (the page's contents over its name, its tabs and the wiki's tagline under it; the footer's
    # day of the version read is not the day it was written)
    got = parse_article_strict(
        "Bước tới nội dung\nTrình đơn chính\nTìm kiếm\nMục lục\nĐầu\n1 Lịch sử\n2 Biên niên\n"
        "2.1 Giai đoạn 2015–2020\n3 Chú thích\nĐảng bộ huyện Lạc Dương\nThêm ngôn ngữ\nBài viết\nThảo luận\nĐọc\n"
        "Sửa đổi\nXem lịch sử\nCông cụ\nBách khoa toàn thư mở Wikipedia\n"
        "Đảng bộ huyện Lạc Dương là tổ chức đảng cấp huyện trực thuộc Đảng bộ tỉnh Lâm Đồng, lãnh đạo "
        "huyện Lạc Dương đến ngày 30 tháng 6 năm 2025.[1]\n\nLịch sử[sửa | sửa mã nguồn]\n"
        "Ban Chấp hành Đảng bộ huyện khóa đầu tiên được chỉ định năm 1986.[2]\n\n"
        "Trang này được sửa đổi lần cuối vào ngày 3 tháng 9 năm 2025, lúc 10:12.\n")
    assert (got.title, got.published) == ("Đảng bộ huyện Lạc Dương", None)
    assert "Thảo luận" not in got.clean_text and "Bách khoa" not in got.clean_text


def test_a_photo_agencys_caption_sheet_names_its_event_and_its_captions_dateline_the_day() -> None:
    # (a record of fields, colons aligned: the event's field is the headline, the day the photos
    # were taken is not the publication's; each caption opens with its dateline)
    got = parse_article_strict(
        "TRUNG TÂM ẢNH\nBẢNG CHÚ THÍCH ẢNH\n==========\nMã bộ ảnh    : VNA-HG-20230412\n"
        "Sự kiện      : Hội nghị giao ban công tác xây dựng Đảng quý I năm 2023\n"
        "Địa điểm     : Vị Thanh, Hậu Giang\nNgày chụp    : 12/04/2023\nNgày phát    : 13/04/2023 09:10\n"
        "Số ảnh       : 4 (ảnh màu)\nPhóng viên   : Trần Minh Tú\n==========\n\n"
        "[01]  VNA_HG_001.jpg   5472 x 3648 px\n"
        "Vị Thanh (Hậu Giang), ngày 12/4/2023: Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị giao ban "
        "công tác xây dựng Đảng quý I năm 2023. Trong ảnh: Toàn cảnh hội nghị.\nẢnh: Trần Minh Tú - TTXVN\n")
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Hội nghị giao ban công tác xây dựng Đảng quý I năm 2023", "2023-04-13", "2023-04-12", "Trần Minh Tú")
    assert "Số ảnh" not in got.clean_text


def test_a_sites_post_keeps_its_headline_apart_from_the_stamp_under_it() -> None:
    # (a classic Google Sites page: its menu over the announcements, a post's stamp in lower case
    # with its poster after the time, which no headline runs on into)
    got = parse_article_strict(
        "Chi bộ Trường THCS Lê Lợi\nTìm kiếm trang web này\nĐiều hướng\nTrang chủ\nGiới thiệu chi bộ\n"
        "Thông báo\nVăn bản cấp trên\nNghị quyết chi bộ\nSinh hoạt chuyên đề\nBiểu mẫu đảng viên\n"
        "Bản đồ trang web\nThông báo\nBài đăng\nThông báo kết quả giao ban Đảng ủy phường tháng 4/2021\n"
        "đăng 20:47 8 thg 4, 2021 bởi Chi bo THCS Le Loi   [ cập nhật 21:06 8 thg 4, 2021 ]\n"
        "Sáng thứ Hai (5/4), Đảng ủy phường tổ chức hội nghị giao ban bí thư chi bộ, đảng bộ trực thuộc "
        "tháng 4/2021. Chi ủy thông báo đến toàn thể đảng viên một số nội dung chính như sau:\n"
        "1. Về đại hội chi bộ\n")
    assert (got.title, got.published, got.event_date) == (
        "Thông báo kết quả giao ban Đảng ủy phường tháng 4/2021", "2021-04-08", "2021-04-05")


def test_a_search_boxs_hint_over_the_headline_is_no_headline() -> None:
    got = parse_article_strict(
        "Quizlet\nTrang chủ   Thư viện của bạn   Thẻ ghi nhớ   Lời giải chuyên gia\nTìm kiếm thẻ ghi nhớ, sách giáo khoa, ...\n\n"
        "Ôn thi công chức khối Đảng - văn bản về công tác đảng viên\nLưu\n★★★★☆ 4,2 (11 đánh giá)\n"
        "Thẻ ghi nhớ   Học   Kiểm tra   Ghép thẻ\n1 / 15\nĐược tạo bởi\nthuhuong_nb92\n\n"
        "Thuật ngữ trong học phần này (15)\n\n"
        "Chỉ thị 28-CT/TW\nBan Bí thư khóa XII ban hành ngày 21/9/2018, về nâng cao chất lượng kết nạp "
        "đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng.\n")
    assert got.title == "Ôn thi công chức khối Đảng - văn bản về công tác đảng viên"


def test_a_channels_single_message_under_its_telegram_header() -> None:
    # (the header "name, [dd.mm.yy hh:mm]" is the channel's and its stamp, no headline)
    got = parse_article_strict(
        "Tin Tây Bắc Bot, [12.04.19 06:30]\n\n"
        "Giao ban công tác tổ chức xây dựng Đảng quý I tại Sơn La\n"
        "Chiều hôm qua (11/4), Ban Tổ chức Tỉnh ủy Sơn La giao ban công tác tổ chức xây dựng Đảng "
        "quý I năm 2019 với ban tổ chức các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.\n"
        "Quý I, toàn tỉnh kết nạp 612 đảng viên.\n")
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng quý I tại Sơn La"
    assert "Bot" not in got.clean_text


def test_a_social_posts_time_under_its_text_over_its_counts_is_its_date() -> None:
    # (Mastodon prints the time under the post, its edit and client after it, the counts under it)
    got = parse_article_strict(
        "Mastodon\nTrang chủ\nKhám phá\n\nTrần Minh Quân\n@minhquan@mastodon.social\n\n"
        "Ghi nhanh về giao ban công tác tổ chức xây dựng Đảng quý III ở Hải Phòng 🧵 1/2\n\n"
        "Chiều qua (thứ Ba, 14/10), Ban Tổ chức Thành ủy giao ban công tác tổ chức xây dựng Đảng "
        "quý III với Ban Xây dựng Đảng của các xã, phường, đặc khu.\n\n#HảiPhòng #XâyDựngĐảng\n\n"
        "15 thg 10, 2025, 08:12 · Đã chỉnh sửa · Web\n14 lượt đăng lại · 31 lượt thích\n\n"
        "Trả lời   Đăng lại   Thích\n")
    assert (got.published, got.event_date) == ("2025-10-15", "2025-10-14")


def test_a_word_bulletins_contents_page_heads_and_warning_are_no_headline() -> None:
    # (its masthead, issue and circulation warning; its contents, an item and its page a line;
    # a page's head with the issue and the page's number)
    got = parse_article_strict(
        "ĐẢNG BỘ TỈNH TRÀ VINH\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO TỈNH ỦY\n\nBẢN TIN NỘI BỘ\n"
        "Số 9 (201) – Tháng 9 năm 2018\n\nLƯU HÀNH NỘI BỘ – KHÔNG ĐĂNG TẢI TRÊN MẠNG XÃ HỘI\n\nTRONG SỐ NÀY\n"
        "Giao ban công tác tổ chức xây dựng Đảng tháng 8\t2\nỦy ban Kiểm tra Tỉnh ủy họp kỳ thứ 20\t4\n"
        "Hỏi – đáp về công tác đảng viên\t6\n\n"
        "Bản tin nội bộ Số 9-2018\t\t\t\t\t\tTrang 2\n\n"
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG THÁNG 8\n"
        "Ngày 05.9, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 8, triển khai "
        "nhiệm vụ tháng 9/2018 với Ban Tổ chức các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc.\n"
        "THANH TÂM – BAN TỔ CHỨC TỈNH ỦY\n\n\nBản tin nội bộ Số 9-2018\t\t\t\t\t\tTrang 4\n\n"
        "ỦY BAN KIỂM TRA TỈNH ỦY HỌP KỲ THỨ 20\nNgày 12.9, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 20.\nMINH KHA\n")
    assert got.title == "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG THÁNG 8"
    assert got.event_date == "2018-09-05"
    assert "Trang 2" not in got.clean_text and "Trang 4" not in got.clean_text
    assert {"Thanh Tâm", "Minh Kha"} <= {p.name for p in got.people}  # (each item's signature)


def test_a_screen_readers_spoken_log_gives_the_heading_it_announced_and_drops_its_cues() -> None:
    # (NVDA's speech viewer: a role and two spaces before what it speaks, landmarks and lists alone
    # on their lines, the window's title a "document"; a picture spoken twice, its alt text first)
    raw = ("Báo Tuyên Quang - Mozilla Firefox\nBáo Tuyên Quang  tài liệu\nvùng banner\n"
           "liên kết  Trang chủ\nThứ Ba, 14/5/2024\nnút  Tìm kiếm\nvùng điều hướng\ndanh sách 4 mục\n"
           "liên kết  Thời sự\nliên kết  Xây dựng Đảng\nliên kết  Kinh tế\nliên kết  Văn hóa\n"
           "ra khỏi danh sách\nvùng chính\n"
           "tiêu đề cấp 1  Hàm Yên giao ban công tác xây dựng Đảng tháng 4\n"
           "Thứ Sáu, 10/5/2024 - 09:15\nliên kết  Chia sẻ Facebook\nnút  In bài\n"
           "Chiều 9/5, Ban Thường vụ Huyện ủy Hàm Yên giao ban công tác xây dựng Đảng tháng 4.\n"
           "đồ họa  Quang cảnh buổi giao ban.\nQuang cảnh buổi giao ban.\n"
           "tiêu đề cấp 2  Kết nạp 46 đảng viên\nBốn tháng, toàn huyện kết nạp 46 đảng viên mới.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Hàm Yên giao ban công tác xây dựng Đảng tháng 4", "2024-05-10", "2024-05-09")
    assert "liên kết" not in got.clean_text and "tiêu đề cấp" not in got.clean_text
    assert "Kết nạp 46 đảng viên" in got.clean_text
    assert got.clean_text.count("Quang cảnh buổi giao ban.") == 1
    assert clean.without_reader_cues("nút  bấm\nliên kết  một\n") == "nút  bấm\nliên kết  một\n"  # (two cues: no log)
    english = clean.without_reader_cues("link  Home\nbutton  Search\nheading  level 1  Title\nlink  News\n")
    assert english.split("\n")[2].strip() == "Title" and len(english) == 61


def test_a_team_wikis_page_gives_its_title_over_the_metadata_not_its_page_tree() -> None:
    # (Confluence: the space's menus and its page tree of neighbouring headlines, the title between
    # the banner's and the metadata's skip links, the last edit's day under it; attachments, labels
    # and comments after the body)
    got = parse_article_strict(
        "Skip to content\nSkip to breadcrumbs\nSpaces\nPeople\nCreate\nBan Biên tập điện tử\nPages\n"
        "PAGE TREE\nTin đã duyệt\nTháng 3\nĐắk Nông giao ban công tác đảng viên quý I\n"
        "Bình luận: đừng để chi bộ \"ngủ đông\"\nTháng 4\nSpace tools\n"
        "Skip to end of banner\nGo to start of banner\n"
        "Đắk Nông giao ban công tác đảng viên quý I\nSkip to end of metadata\n"
        "Created by Lê Minh, last modified on Apr 02, 2021\nGo to start of metadata\n"
        "Sáng 30/3, Ban Tổ chức Tỉnh ủy Đắk Nông giao ban công tác đảng viên quý I năm 2021.\n"
        "Quý I, toàn tỉnh kết nạp 312 đảng viên mới.\n"
        "Attachments:\nanh_01.jpg\nLabels:\ngiao-ban dang-vien\n2 Comments\nLê Minh\nĐã duyệt.\n"
        "Apr 01, 2021 Reply Like\n")
    assert (got.title, got.event_date) == ("Đắk Nông giao ban công tác đảng viên quý I", "2021-03-30")
    assert "Space tools" not in got.clean_text and "anh_01.jpg" not in got.clean_text
    assert "Đã duyệt" not in got.clean_text and "312 đảng viên mới" in got.clean_text


def test_an_org_mode_note_gives_the_quoted_articles_headline_and_day_not_its_own_fields() -> None:
    # (Emacs: keywords, a heading with its tags, a property drawer with the day the note was saved,
    # the article in a quote block, the reader's notes under their own heading)
    raw = ("#+TITLE: Tư liệu giao ban Yên Bái\n#+FILETAGS: :taybac:\n\n"
           "* Giao ban quý II/2021 ở Yên Bái          :yenbai:giaoban:\n:PROPERTIES:\n"
           ":DATE:     [2021-09-02 Thu 20:40]\n:SOURCE:   https://baoyenbai.vn/giao-ban\n:END:\n\n"
           "** Bài gốc\n#+BEGIN_QUOTE\nXây dựng Đảng\n"
           "Yên Bái giao ban công tác tổ chức xây dựng Đảng quý II\nThứ Bảy, 10/07/2021 - 08:10\n"
           "Chiều 9/7, Ban Tổ chức Tỉnh ủy Yên Bái giao ban công tác tổ chức xây dựng Đảng quý II năm 2021.\n"
           "Quý II, toàn tỉnh kết nạp 402 đảng viên mới.\n#+END_QUOTE\n\n"
           "** Ghi chú của tôi\n- [ ] So với quý I.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Yên Bái giao ban công tác tổ chức xây dựng Đảng quý II", "2021-07-10", "2021-07-09")
    assert "#+" not in got.clean_text and ":yenbai:" not in got.clean_text and "PROPERTIES" not in got.clean_text
    assert len(clean.without_outline_markup(raw)) == len(raw)


def test_an_outliners_page_gives_its_headline_without_its_bullets_and_marks_and_not_its_properties() -> None:
    # (Logseq or Roam: every line a bullet, the page's properties "key:: value" with the day it was
    # saved, the headline a heading under a bullet, the article's lines nested)
    got = parse_article_strict(
        "- Loại:: #[[Bài lưu]]\n- Ngày lưu:: [[May 3rd, 2024]]\n- Nguồn:: [[Báo Lào Cai]]\n"
        "- ## Lào Cai giao ban công tác tổ chức xây dựng Đảng quý I năm 2024\n"
        "    - Cập nhật: 02/04/2024 16:20\n"
        "    - Chiều 1/4, Ban Tổ chức Tỉnh ủy Lào Cai giao ban công tác tổ chức xây dựng Đảng quý I.\n"
        "    - Quý I, toàn tỉnh kết nạp 388 đảng viên mới.\n")
    assert (got.title, got.published, got.event_date) == (
        "Lào Cai giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-04-02", "2024-04-01")
    assert "::" not in got.clean_text


def test_a_web_clips_header_from_a_notes_app_is_the_notes_not_the_articles() -> None:
    # (Evernote: the note's name, "Clipped from:", tags, the days it was created and updated)
    got = parse_article_strict(
        "Giao ban quý - Báo Điện Biên\nClipped from: https://baodienbien.vn/giao-ban-quy-iii\n"
        "Tags: dien bien, giao ban\nCreated: 12 Oct 2023 21:05\nUpdated: 12 Oct 2023 21:09\n\n"
        "Điện Biên giao ban công tác tổ chức xây dựng Đảng quý III\nThứ Ba, 10/10/2023 - 15:20\n"
        "Sáng 9/10, Ban Tổ chức Tỉnh ủy Điện Biên giao ban công tác tổ chức xây dựng Đảng quý III năm 2023.\n"
        "Quý III, toàn tỉnh kết nạp 512 đảng viên mới.\n")
    assert (got.title, got.published, got.event_date) == (
        "Điện Biên giao ban công tác tổ chức xây dựng Đảng quý III", "2023-10-10", "2023-10-09")


def test_a_chat_exports_message_may_open_with_the_pasted_articles_headline_on_its_header_line() -> None:
    # (WhatsApp's export: "[day, time] sender: text", the headline on the header's line, the article's
    # lines under it; a sender's own words over a pasted article end with a colon)
    got = parse_article_strict(
        "[03/06/2024, 07:50:12] Lò Thị Hoa: Chào cả nhà\n"
        "[03/06/2024, 07:51:40] Lò Thị Hoa: Em gửi bài về buổi giao ban tuần trước để các anh chị nắm\n"
        "[03/06/2024, 07:52:05] Lò Thị Hoa: Sơn La giao ban công tác tổ chức xây dựng Đảng tháng 5 với "
        "các huyện ủy, thành ủy\nThứ Bảy, 01/06/2024 - 08:30\n"
        "Chiều 31-5, Ban Tổ chức Tỉnh ủy Sơn La tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 5 năm "
        "2024 với ban tổ chức các huyện ủy, thành ủy. Tháng 5, toàn tỉnh kết nạp 205 đảng viên mới; "
        "các cấp ủy tập trung chuẩn bị đại hội chi bộ nhiệm kỳ 2025-2027 theo hướng dẫn của Tỉnh ủy.\n"
        "[03/06/2024, 08:10:33] Cầm Văn Dũng: Cảm ơn Hoa\n")
    assert (got.title, got.published, got.event_date) == (
        "Sơn La giao ban công tác tổ chức xây dựng Đảng tháng 5 với các huyện ủy, thành ủy",
        "2024-06-01", "2024-05-31")
    assert "Lò Thị Hoa" in [p.name for p in got.people]


def test_a_covering_letter_sends_the_article_on_its_number_and_day_are_not_the_articles() -> None:
    # (a committee's công văn: its header in columns, recipients, the signer beside them; then the
    # line announcing the article sent with it, the source, the article with its own day)
    got = parse_article_strict(
        "  ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM\n  BAN TỔ CHỨC TỈNH ỦY\n"
        "  Số 512-CV/BTCTU                      Phú Thọ, ngày 20 tháng 4 năm 2023\n"
        "V/v sao gửi bài viết về hội nghị giao ban quý I\n\n"
        "     Kính gửi: Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy.\n\n"
        "     Ban Tổ chức Tỉnh ủy sao gửi bài viết về hội nghị giao ban quý I để các cấp ủy nghiên cứu, "
        "thực hiện theo Quy định số 80-QĐ/TW.\n\n"
        "Nơi nhận:                                  K/T TRƯỞNG BAN\n- Như trên,                                 PHÓ TRƯỞNG BAN\n"
        "- Lưu VP.                                  Đinh Thị Thu Hà\n\n"
        "BÀI VIẾT SAO GỬI KÈM CÔNG VĂN SỐ 512-CV/BTCTU\n(Nguồn: Báo Phú Thọ điện tử)\n\n"
        "Phú Thọ giao ban công tác tổ chức xây dựng Đảng quý I\n\n14/04/2023 | 09:10\n\n"
        "Chiều 13-4, Ban Tổ chức Tỉnh ủy Phú Thọ tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "quý I năm 2023. Quý I, toàn tỉnh kết nạp 615 đảng viên mới.\n")
    assert (got.title, got.published, got.event_date) == (
        "Phú Thọ giao ban công tác tổ chức xây dựng Đảng quý I", "2023-04-14", "2023-04-13")
    assert [d.canonical for d in got.directives] == ["Quy định 80-QĐ/TW"]  # (not the letter's own number)
    assert "Đinh Thị Thu Hà" in [p.name for p in got.people]


def test_a_cells_monthly_material_is_a_document_its_day_under_the_header_and_the_meeting_its_own() -> None:
    # (a ward committee's "TÀI LIỆU SINH HOẠT CHI BỘ" from Word: the header's columns apart by a tab,
    # the star under the committee's name before the place and day)
    got = parse_article_strict(
        "ĐẢNG BỘ TỈNH BẮC NINH\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG KINH BẮC\t\n"
        "*\tKinh Bắc, ngày 06 tháng 01 năm 2026\n\nTÀI LIỆU SINH HOẠT CHI BỘ\nTHÁNG 01/2026\n\n"
        "I. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025\n\n"
        "Ngày 30.12.2025, Ban Tổ chức Tỉnh ủy Bắc Ninh tổ chức hội nghị tổng kết công tác tổ chức xây "
        "dựng Đảng năm 2025. Năm 2025, toàn tỉnh kết nạp 3.120 đảng viên mới.\n")
    assert (got.published, got.event_date) == ("2026-01-06", "2025-12-30")
    assert got.title.startswith("TÀI LIỆU SINH HOẠT CHI BỘ")


def test_an_archives_ocr_text_of_a_print_page_gives_the_page_heads_day_not_the_items_header() -> None:
    # (the Internet Archive's "Full text of" page: its header; the page's head, the day and the paper's
    # name apart by a mark; the lead's day a meeting two days before)
    got = parse_article_strict(
        'Full text of "Bao Ha Nam 2019-07-12 (so 4420)"\n\nSee other formats\n\n\n'
        "THỨ SÁU, 12-7-2019 ■ BÁO HÀ NAM\n\n\nSơ kết công tác tổ chức\nxây dựng Đảng 6 tháng đầu năm\n\n"
        "(BHN) - Chiều 10-7, Ban Tổ chức\nTỉnh ủy tổ chức hội nghị sơ kết\ncông tác tổ chức xây dựng Đảng 6 "
        "tháng đầu năm 2019. Sáu tháng, toàn tỉnh kết nạp 612 đảng viên.\n")
    assert (got.published, got.event_date) == ("2019-07-12", "2019-07-10")
    assert "Full text" not in got.clean_text and "other formats" not in got.clean_text


def test_a_print_pages_section_and_number_over_its_head_is_no_headline() -> None:
    # (an OCR'd page: the section's name and the page's number over the page's head, the day and
    # the paper's name apart by a mark; the headline under them)
    got = parse_article_strict(
        "XÂY DỰNG ĐẢNG - ĐOÀN THỂ 5\n\nTHỨ BẢY, 14-7-2018 • BÁO NAM ĐỊNH\n\n"
        "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm\n\n"
        "Sáng 12-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 "
        "tháng đầu năm 2018. Sáu tháng, toàn tỉnh kết nạp 905 đảng viên mới.\n")
    assert (got.title, got.published, got.event_date) == (
        "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm", "2018-07-14", "2018-07-12")
    assert "ĐOÀN THỂ 5" not in got.clean_text


def test_a_photo_posts_place_and_handle_are_no_headline_and_its_day_is_under_its_likes() -> None:
    # (a photo post copied from its web page: the handle, "•", "Follow"; the place tagged; the
    # caption opening with the handle again; comments; the post's day alone near the end)
    got = parse_article_strict(
        "dangbo.thanhhoa\n•\nFollow\nThanh Hóa, Việt Nam\n\n"
        "dangbo.thanhhoa 🔴 SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2024\n\n"
        "Sáng 8/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 "
        "tháng đầu năm. Toàn tỉnh kết nạp 2.105 đảng viên.\n\n"
        "#ThanhHoa #XayDungDang\n3 ngày\n\nmai.huong_92\nSố liệu rõ ràng quá ạ\n2 ngày  Trả lời\n\n"
        "562 lượt thích\n9 tháng 7, 2024\n\nThêm bình luận...\n")
    assert (got.title, got.published, got.event_date) == (
        "SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2024", "2024-07-09", "2024-07-08")
    assert "Thanh Hóa" in got.places and not got.clean_text.startswith("dangbo")


def test_a_wiki_page_open_for_editing_is_named_without_its_verb_and_notice() -> None:
    # (the edit page's head "Editing <page>", its tabs, the notice over the editing box)
    got = parse_article_strict(
        "Sửa đổi Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XIX\nBài viết\nThảo luận\nĐọc\nSửa mã nguồn\n"
        "Xem lịch sử\nBạn đang sửa đổi một trang. Hãy dùng nút Xem trước trước khi lưu.\n\n"
        "'''Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX''' diễn ra từ ngày 14 đến 16 tháng 10 "
        "năm 2020 tại thành phố Hà Tĩnh, theo Chỉ thị số 35-CT/TW của Bộ Chính trị.\n")
    assert got.title == "Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XIX"
    assert "Xem trước" not in got.clean_text and "Hà Tĩnh" in got.places


def test_a_digests_matter_over_the_articles_full_text_is_not_the_articles() -> None:
    # (a review mail: highlights from two articles, one another's, then the article's full text
    # under a line saying so; the other article's document and province are not this one's)
    got = parse_article_strict(
        "From: Ứng dụng đọc sau <noreply@docsau.vn>\nSubject: Điểm lại tuần này\n"
        "Date: Mon, 3 Jun 2024 07:00:00 +0700\n\nĐiểm lại tuần này\n\n1 / 2\n"
        "\"Các chi bộ ở Bình Phước cụ thể hóa Hướng dẫn số 09-HD/BTCTW thành sổ tay.\"\n"
        "— Bài của Tạp chí Cộng sản\n\n2 / 2\n\"Toàn tỉnh kết nạp 512 đảng viên.\"\n"
        "— Lào Cai: Sơ kết công tác tổ chức xây dựng Đảng 5 tháng\n\n"
        "Toàn văn bài viết\n\nLào Cai: Sơ kết công tác tổ chức xây dựng Đảng 5 tháng\n"
        "baolaocai.vn · 01/06/2024\n\n"
        "Sáng 31/5, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. Toàn tỉnh kết nạp 512 đảng viên, thực hiện "
        "Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương.\n")
    assert (got.title, got.published, got.event_date) == (
        "Lào Cai: Sơ kết công tác tổ chức xây dựng Đảng 5 tháng", "2024-06-01", "2024-05-31")
    assert [r.canonical for r in got.directives] == ["Quy định 24-QĐ/TW"]
    assert got.places == ("Lào Cai",)


@pytest.mark.parametrize(("head", "title"), [
    # (a report's, a notice's or a plan's type over its subject: the subject is its title)
    ("BÁO CÁO\nTình hình thực hiện Quy định 124-QĐ/TW năm 2023", "Tình hình thực hiện Quy định 124-QĐ/TW năm 2023"),
    ("THÔNG BÁO\nKết luận của Thường trực Huyện ủy về công tác cán bộ",
     "Kết luận của Thường trực Huyện ủy về công tác cán bộ"),
    # (a speech's, a paper's or an invitation's type stays, and so does a type over a period only)
    ("BÀI PHÁT BIỂU\ncủa đồng chí Bí thư Huyện ủy tại hội nghị tổng kết", "BÀI PHÁT BIỂU của đồng chí Bí thư "
     "Huyện ủy tại hội nghị tổng kết"),
    ("GIẤY MỜI\ndự hội nghị giao ban công tác xây dựng Đảng quý II", "GIẤY MỜI dự hội nghị giao ban công tác "
     "xây dựng Đảng quý II"),
    ("TÀI LIỆU SINH HOẠT CHI BỘ\nTHÁNG 5/2024", "TÀI LIỆU SINH HOẠT CHI BỘ THÁNG 5/2024")])
def test_a_documents_type_over_its_subject(head: str, title: str) -> None:
    raw = "\n".join(["HUYỆN ỦY TAM NÔNG", "*", "Số 88-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Tam Nông, ngày 12 tháng 6 năm 2024", "", head, "",
                     "Thực hiện chương trình công tác năm 2024, Ban Thường vụ Huyện ủy báo cáo như sau. " + LONG])
    assert parse_article_strict(raw).title == title


def test_a_word_documents_table_of_contents_is_not_its_text() -> None:
    # (the contents under "MỤC LỤC", each entry with its page or a field Word could not fill;
    # "văn bản<TAB>1" is no document, and the meeting's day is in the first section)
    raw = "\n".join(["ĐẢNG BỘ TỈNH BẮC GIANG\tĐẢNG CỘNG SẢN VIỆT NAM", "BAN TỔ CHỨC", "*",
                     "Số      -BC/BTCTU", "", "BÁO CÁO", "Kết quả hội nghị giao ban quý II năm 2023", "",
                     "MỤC LỤC", "I. DIỄN BIẾN HỘI NGHỊ\t1", "1. Công tác ban hành văn bản\t1",
                     "2. Công tác cán bộ\tError! Bookmark not defined.", "II. NHIỆM VỤ QUÝ III\t3", "",
                     "I. DIỄN BIẾN HỘI NGHỊ", "",
                     "Sáng ngày 14/7/2023, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.event_date, got.directives) == (
        "Kết quả hội nghị giao ban quý II năm 2023", "2023-07-14", ())
    assert "Bookmark" not in got.clean_text


def test_a_blog_platforms_post_its_publication_and_its_author() -> None:
    # (a post copied whole: the publication's name over the headline, the subtitle, the author
    # twice, "Published in" and the publication again, the reading time and the day)
    raw = "\n".join(["Open in app", "Sign in", "", "Sổ tay Tổ chức", "",
                     "Quảng Ngãi: Giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                     "Ghi lại từ hội nghị của Ban Tổ chức Tỉnh ủy", "", "Trần Quang Vinh", "Trần Quang Vinh", "",
                     "Follow", "", "Published in", "Sổ tay Tổ chức", "·", "4 min read", "·", "Apr 9, 2021", "",
                     "Listen", "", "Share", "",
                     "Chiều 8/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý I. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Quảng Ngãi: Giao ban công tác tổ chức xây dựng Đảng quý I năm 2021", "2021-04-09", "2021-04-08",
        "Trần Quang Vinh")
    assert "Listen" not in got.clean_text


def test_a_reposters_words_under_the_repost_leave_its_byline_closing_it() -> None:
    raw = "\n".join(["Giao ban công tác tổ chức xây dựng Đảng quý III", "",
                     "Chiều 14/10, Ban Tổ chức Tỉnh ủy giao ban quý III. " + LONG, "",
                     "Mai Hương (Ban Tổ chức Tỉnh ủy)", "", "—", "",
                     "Đôi dòng của mình: số đảng viên mới năm nay cao hơn năm ngoái, mong giữ được."])
    assert "Mai Hương" in [p.name for p in parse_article_strict(raw).people]


def test_an_accessibility_toolbar_and_a_translation_widgets_languages_are_not_the_page() -> None:
    raw = "\n".join(["Bỏ qua nội dung chính", "Công cụ hỗ trợ tiếp cận", "Tăng cỡ chữ", "Giảm cỡ chữ",
                     "Thang độ xám", "Độ tương phản cao", "Phông chữ dễ đọc", "Đặt lại", "Thứ Hai, 13/01/2020",
                     "Chọn Ngôn ngữ", "Tiếng Afrikaans", "Tiếng Albania", "Tiếng Anh", "Tiếng Ả Rập",
                     "Tiếng Ba Lan", "Tiếng Bồ Đào Nha", "Tiếng Creole ở Haiti", "Tiếng Đức", "Tiếng Hàn",
                     "Tiếng Nhật", "Tiếng Pháp", "Tiếng Trung (Giản thể)", "Tiếng Zulu",
                     "Được hỗ trợ bởi Google Dịch", "",
                     "Ngành Tổ chức xây dựng Đảng tỉnh Phú Thọ triển khai nhiệm vụ năm 2020", "10/01/2020 15:05", "",
                     "Sáng 9/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Ngành Tổ chức xây dựng Đảng tỉnh Phú Thọ triển khai nhiệm vụ năm 2020", "2020-01-10", "2020-01-09")
    assert "Tiếng" not in got.clean_text and "cỡ chữ" not in got.clean_text


def test_a_publication_in_an_online_viewer_its_articles_headline_under_the_toolbar() -> None:
    # (the viewer's header: its menu, the publication's name, its publisher, its day; the toolbar;
    # then the page: its running head, its section, the article's headline)
    raw = "\n".join(["Khám phá", "Đăng ký", "", "Bản tin Xây dựng Đảng - Số 4/2024", "Huyện ủy Bảo Yên",
                     "Xuất bản ngày 20/04/2024", "", "Thu nhỏ   100%   Phóng to   Toàn màn hình   Tải xuống", "",
                     "SỰ KIỆN - HOẠT ĐỘNG", "",
                     "Bảo Yên giao ban công tác xây dựng Đảng quý I năm 2024", "",
                     "Sáng 15/4, Ban Thường vụ Huyện ủy giao ban công tác xây dựng Đảng quý I. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Bảo Yên giao ban công tác xây dựng Đảng quý I năm 2024", "2024-04-20", "2024-04-15")


def test_a_notes_outline_over_the_original_article_is_the_readers_not_the_articles() -> None:
    # (a mind map's outline and the reader's remarks, then the article pasted under "BÀI GỐC")
    raw = "\n".join(["Sơ kết TCXDĐ 6 tháng - Tỉnh ủy Yên Bái", "\tThời gian: sáng 5-7", "\tChủ trì: Trưởng ban",
                     "\t\tQuy định 366", "Ghi chú riêng", "\thỏi lại số liệu kết nạp", "", "=" * 40,
                     "BÀI GỐC (copy từ baoyenbai.com.vn)", "=" * 40, "",
                     "Yên Bái: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024",
                     "Thứ Bảy, 06/07/2024 - 07:10", "",
                     "Sáng ngày 5-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết. " + LONG, "", "Minh Huyền"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Yên Bái: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024", "2024-07-06", "2024-07-05")
    assert got.byline == "Minh Huyền" and "hỏi lại" not in got.clean_text


def test_a_records_headline_field_alone_on_its_line_names_the_value_under_it() -> None:
    # (a database's record view: the table's menus, the record's name, then each field over its value)
    raw = "\n".join(["Tin bài XDĐ", "Grid view", "Hide fields   Filter   Sort", "",
                     "Phú Thọ: Giao ban công tác tổ chức quý II/2019", "Record 12 of 80", "",
                     "Tiêu đề", "Phú Thọ: Giao ban công tác tổ chức quý II/2019", "Mã bài", "TD-PT-2019-07",
                     "Ngày đăng", "5/7/2019", "Nội dung",
                     "Sáng 4-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Phú Thọ: Giao ban công tác tổ chức quý II/2019", "2019-07-05", "2019-07-04")


def test_a_page_for_the_blind_and_a_drafts_mark_before_its_headline() -> None:
    raw = "\n".join(["PHIÊN BẢN DÀNH CHO NGƯỜI KHIẾM THỊ", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM",
                     "Thứ Hai, ngày 09 tháng 01 năm 2023", "[Trở về giao diện thông thường]",
                     "Thanh công cụ hỗ trợ", "Liên kết 1 trên 3: Trang chủ", "Liên kết 2 trên 3: Tin tức",
                     "Liên kết 3 trên 3: Liên hệ", "",
                     "Tiêu đề cấp 1: [BẢN THẢO] Kon Tum tổng kết công tác tổ chức xây dựng Đảng năm 2022",
                     "Ngày đăng: 06/01/2023 10:20", "",
                     "Sáng 5/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Kon Tum tổng kết công tác tổ chức xây dựng Đảng năm 2022", "2023-01-06", "2023-01-05")
    assert "Liên kết" not in got.clean_text


def test_a_clipboard_managers_item_heads_are_not_the_text() -> None:
    raw = "\n".join(["Lịch sử bảng tạm", "", "[0]  Hôm nay 09:12   · Văn bản · 1 dòng", "0912 345 678", "",
                     "[1]  Hôm nay 09:10   · Văn bản · 12 dòng · 2.310 ký tự",
                     "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2022",
                     "Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết. " + LONG])
    got = parse_article_strict(raw)
    assert got.title == "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2022"
    assert "ký tự" not in got.clean_text


def test_a_word_processors_comparison_is_read_as_its_last_version() -> None:
    # (the header over it, the marks in it, the list of changes under it)
    raw = "\n".join(["Tài liệu được so sánh", "Tài liệu gốc: tin-giao-ban.docx", "Tài liệu đã sửa: tin-giao-ban-2.docx",
                     "So sánh lúc: 20/10/2022 09:15", "Chèn: 2   Xóa: 2   Định dạng: 1", "",
                     "[Đã xóa: Giao ban quý III][Đã chèn: Lạng Sơn giao ban công tác tổ chức xây dựng Đảng quý III]", "",
                     "[Đã xóa: Chiều 17/10][Đã chèn: Sáng 18/10], Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý III năm 2022, "
                     "quán triệt [Đã xóa: Nghị quyết 21][Đã chèn: Kết luận số 21-KL/TW].[Đã định dạng: Phông: Đậm] " + LONG,
                     "", "Các thay đổi trong tài liệu chính", "Đã xóa\tBan Biên tập\t20/10/2022 09:15\tChiều 17/10"])
    got = parse_article_strict(raw)
    assert (got.title, got.event_date) == ("Lạng Sơn giao ban công tác tổ chức xây dựng Đảng quý III", "2022-10-18")
    assert [d.canonical for d in got.directives] == ["Kết luận 21-KL/TW"]
    assert "Đã xóa" not in got.clean_text and "Chiều 17/10" not in got.clean_text


def test_an_e_readers_export_of_highlights_is_read_as_the_chapter_it_marks() -> None:
    # (the export's head over the chapter's numbered headline, each passage under its place in
    # the book and the day it was marked, the next chapter another article)
    raw = "\n".join(["Chú thích của tôi – Kobo Books", "",
                     "Những trang viết về công tác tổ chức (Tuyển tập)", "Trịnh Văn Khải (chủ biên)",
                     "Nhà xuất bản Lý luận chính trị · 2020", "4 tô sáng · 2 ghi chú · Sắp xếp theo: Vị trí trong sách", "",
                     "Chương 3. Phú Yên: Giao ban công tác tổ chức xây dựng Đảng quý III năm 2018", "",
                     "Tô sáng · Chương 3 · Trang 61/300 · 20%", "Ngày 14/02/2023",
                     "\"Sáng 9-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
                     "quý III năm 2018. " + LONG + "\"",
                     "Ghi chú: xem lại Quy định 105-QĐ/TW.", "",
                     "Tô sáng · Chương 3 · Trang 62/300 · 21%", "Ngày 15/02/2023",
                     "\"Toàn tỉnh kết nạp 812 đảng viên.\"", "",
                     "Tô sáng · Chương 3 · Trang 63/300 · 21%", "Ngày 15/02/2023",
                     "HẢI YẾN (Báo Phú Yên, ngày 10-10-2018)", "",
                     "Chương 4. Sơ kết 6 tháng đầu năm 2019", "",
                     "Tô sáng · Chương 4 · Trang 70/300 · 23%", "Ngày 16/02/2023",
                     "\"Sáng 11-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết.\"", "",
                     "Xuất từ Kobo Books cho Android · 16/02/2023 21:17"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Phú Yên: Giao ban công tác tổ chức xây dựng Đảng quý III năm 2018", "2018-10-10", "2018-10-09")
    assert ("Trịnh Văn Khải", "chủ biên") in [(p.name, p.title) for p in got.people]
    assert "Tô sáng" not in got.clean_text and "14/02/2023" not in got.clean_text
    assert [d.canonical for d in got.directives] == ["Quy định 105-QĐ/TW"]


def test_a_kindles_clippings_file_of_one_articles_passages() -> None:
    book = "Giao ban công tác tổ chức quý III: Rà soát quy hoạch cấp ủy (Báo Phú Yên)"
    raw = "\r\n".join([
        "\ufeff" + book, "- Your Highlight on Location 5-8 | Added on Monday, 9 October 2023 20:11:02", "",
        "Chiều 6/10, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý III năm 2023. " + LONG,
        "==========", book, "- Your Note on Location 8 | Added on Monday, 9 October 2023 20:12:40", "",
        "doi chieu voi bao cao cua Dang uy xa", "==========",
        book, "- Your Highlight on Location 12-14 | Added on Monday, 9 October 2023 20:15:09", "",
        "Đồng chí Lê Văn Sáu, Trưởng Ban Tổ chức Tỉnh ủy, đề nghị rà soát quy hoạch theo Quy định 50-QĐ/TW.",
        "=========="])
    p = parse_article_strict(raw)
    # (the days passages were marked are not the article's; the reader's note is kept apart)
    assert (p.title, p.published, p.event_date) == (
        "Giao ban công tác tổ chức quý III: Rà soát quy hoạch cấp ủy", None, "2023-10-06")
    assert "Added on" not in p.clean_text and "(Báo Phú Yên)" not in p.clean_text
    assert "Lê Văn Sáu" in [x.name for x in p.people]
    # (a Kindle in Vietnamese: its heads in its own words, a note's passage the reader's)
    vi = parse_article_strict(raw.replace("- Your Highlight on Location", "- Phần tô sáng của bạn tại vị trí").replace(
        "- Your Note on Location", "- Ghi chú của bạn tại vị trí").replace("| Added on Monday,", "| Đã thêm vào Thứ Hai,"))
    assert (vi.title, vi.published, vi.event_date) == (p.title, None, "2023-10-06")
    assert "Đã thêm vào" not in vi.clean_text


def test_a_kindle_notebook_with_no_chapter_headline_keeps_the_books_title() -> None:
    raw = "\n".join(["Your Kindle Notes For:", "Công tác xây dựng Đảng ở Lâm Đồng 2015-2020",
                     "Ban Tổ chức Tỉnh ủy Lâm Đồng", "Last accessed on Monday May 6, 2024",
                     "3 Highlight(s) | 1 Note(s)", "",
                     "Yellow highlight | Location: 120", "Options",
                     "Toàn tỉnh kết nạp 2.100 đảng viên trong nhiệm kỳ. " + LONG, "",
                     "Blue highlight | Location: 131", "Options",
                     "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Chỉ thị 35-CT/TW.",
                     "Note:so sánh với nhiệm kỳ trước"])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Công tác xây dựng Đảng ở Lâm Đồng 2015-2020", None)
    assert "highlight" not in got.clean_text and "Options" not in got.clean_text


def test_a_learning_platforms_reading_between_rules_is_the_article() -> None:
    # (the course's menus, days and instructions over it; its questions under it)
    raw = "\n".join(["Bỏ qua để tới nội dung chính", "Trường Chính trị tỉnh Nghệ An - Học trực tuyến",
                     "Trang chủ   Bảng điều khiển   Khóa học của tôi", "Nguyễn Thị Lan", "",
                     "Trang chủ / Khóa học của tôi / TCLLCT-K5 / Bài đọc 2.1", "Điều kiện hoàn thành",
                     "Mở: Thứ Hai, 2 tháng 3 2026, 7:00 AM", "Hạn: Chủ Nhật, 15 tháng 3 2026, 11:59 PM", "",
                     "Yêu cầu: học viên đọc bài báo dưới đây, đối chiếu với Nghị quyết số 21-NQ/TW.", "",
                     "-" * 40,
                     "Nghệ An: Giao ban công tác tổ chức xây dựng Đảng quý I năm 2019",
                     "Nguồn: Báo Nghệ An, đăng ngày 05/04/2019", "",
                     "Sáng 4-4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý I năm 2019. " + LONG, "",
                     "Thu Hà", "-" * 40, "",
                     "Câu hỏi gợi ý:", "1. Kết quả nào của quý I năm 2019 gắn với tổ chức cơ sở đảng?"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Nghệ An: Giao ban công tác tổ chức xây dựng Đảng quý I năm 2019", "2019-04-05", "2019-04-04", "Thu Hà")
    # (the course's text is kept, with the document its lecturer cites)
    assert "Yêu cầu: học viên" in got.clean_text
    assert [d.canonical for d in got.directives] == ["Nghị quyết 21-NQ/TW"]


def test_an_article_under_another_section_of_a_page_with_no_dated_headline() -> None:
    # (a contest's site: its rules first, then its news item with its own date line, in full)
    raw = "\n".join(["Hôm nay: Thứ Ba, 06/10/2020 | 08:15", "Đăng nhập | Đăng ký dự thi", "",
                     "CUỘC THI TÌM HIỂU LỊCH SỬ ĐẢNG BỘ TỈNH", "Ban Tuyên giáo Tỉnh ủy Bến Tre", "",
                     "Trang chủ    Thể lệ    Tin tức    Kết quả", "", "THỂ LỆ CUỘC THI", "",
                     "1. Đối tượng dự thi: cán bộ, đảng viên, công chức, viên chức và nhân dân trên địa bàn tỉnh, "
                     "trừ thành viên Ban Tổ chức và Tổ Thư ký cuộc thi.",
                     "2. Thời gian: từ 8 giờ 00 ngày 12/10/2020 đến 17 giờ 00 ngày 8/11/2020, mỗi tuần "
                     "10 câu hỏi trắc nghiệm và một câu hỏi dự đoán số người trả lời đúng.", "",
                     "TIN TỨC", "",
                     "Phát động cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Bến Tre",
                     "Đăng lúc: 05/10/2020 15:12 | Lượt xem: 904", "",
                     "Chiều 2-10, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị phát động cuộc thi. " + LONG,
                     "Phát biểu tại hội nghị, đồng chí Trưởng ban đề nghị các cấp ủy giao chỉ tiêu dự thi đến "
                     "từng chi bộ, gắn với việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Phát động cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Bến Tre", "2020-10-05", "2020-10-02")
    assert "Đối tượng dự thi" in got.clean_text  # (the rules kept as text)


def test_a_search_page_copied_whole_from_its_logo_to_its_pager_is_not_the_article() -> None:
    raw = "\n".join(["Google", "giao ban công tác tổ chức quý II bắc giang", "Tất cả", "Tin tức", "Hình ảnh",
                     "Khoảng 12.300 kết quả (0,41 giây)", "", "Báo Bắc Giang", "https://baobacgiang.vn › chinh-tri",
                     "Giao ban công tác tổ chức xây dựng Đảng quý II năm 2022",
                     "6 thg 7, 2022 — Chiều 5/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban ...", "",
                     "Các tìm kiếm liên quan", "giao ban quý II 2023", "", "1", "2", "3", "Tiếp", "", "_" * 40, "",
                     "BÁO BẮC GIANG ĐIỆN TỬ", "Thứ Hai, 10/07/2023", "",
                     "Bắc Giang giao ban công tác tổ chức xây dựng Đảng quý II năm 2023",
                     "Thứ Tư, 05/07/2023 - 16:25", "",
                     "Chiều 4/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý II năm 2023. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Bắc Giang giao ban công tác tổ chức xây dựng Đảng quý II năm 2023", "2023-07-05", "2023-07-04")
    # (the results are kept as text, none of them the article's: from the logo to the pager's "Tiếp")
    assert _kept_apart(raw, "BÁO BẮC GIANG")


def test_a_memory_shared_years_on_is_read_as_the_old_post() -> None:
    raw = "\n".join(["Trần Thị Hoa", "12 tháng 1 lúc 08:47 · 🌏", "",
                     "Ngày này 5 năm trước, hồi mình còn ở Văn phòng Đảng ủy xã, cả tuần gõ báo cáo tổng kết.", "",
                     "Kỷ niệm", "5 năm trước", "", "Trần Thị Hoa", "12 tháng 1, 2021 · ", "",
                     "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2020 ✊",
                     "Sáng nay (12/1), Đảng ủy xã tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2020. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2020", "2021-01-12", "2021-01-12")
    assert "cả tuần gõ báo cáo" in got.clean_text  # (today's words kept)


def test_a_live_streams_page_its_date_its_channels_short_name_and_its_chats_viewers() -> None:
    raw = "\n".join(["Bỏ qua điều hướng", "",
                     "🔴 TRỰC TIẾP: Hội nghị triển khai Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp | NTV", "",
                     "Truyền hình Nghệ An", "212 N người đăng ký", "Đăng ký", "1,1 N", "Chia sẻ", "",
                     "5.416 lượt xem  Đã phát trực tiếp vào 20 thg 8, 2024  #NgheAn",
                     "NTV - Sáng nay (20/8), Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai Chỉ thị số 35-CT/TW. "
                     + LONG, "", "Phát lại cuộc trò chuyện trực tiếp",
                     "-9:41  Hoàng Văn Dũng  Điểm cầu Huyện ủy đã sẵn sàng 👍",
                     "0:47  Truyền hình Nghệ An  Chào mừng quý vị",
                     "16:05  Trịnh Thị Loan  Chỉ thị này có gì mới so với năm 2019 ạ"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "TRỰC TIẾP: Hội nghị triển khai Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp", "2024-08-20", "2024-08-20")
    names = [p.name for p in got.people]
    assert "Hoàng Văn Dũng" in names and "Trịnh Thị Loan" in names
    assert "Truyền hình Nghệ An" not in names and "1,1 N" not in got.clean_text


def test_a_drafts_line_numbers_in_its_margin_are_not_its_text() -> None:
    body = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG BỘ HUYỆN NAM ĐÀN", "DỰ THẢO", "NGHỊ QUYẾT",
            "      Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ",
            "các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;",
            "      Đại hội đại biểu Đảng bộ huyện lần thứ XXV họp từ ngày ..... đến ngày ...../7/2020.",
            "      1. Tán thành những nội dung cơ bản về đánh giá kết quả thực hiện Nghị quyết Đại hội",
            "Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2015 - 2020.",
            "      2. Triển khai Nghị quyết số 18, 19-NQ/TW của Hội nghị Trung ương 6 khóa XII; sáp nhập",
            "8 xã thành 4 xã; kết nạp 1.146 đảng viên mới.", "      3. Thực hiện Quy định 102-QĐ/TW."]
    raw = "\n".join(f"{i} {line}" for i, line in enumerate(body, 1))
    got = parse_article_strict(raw)
    assert [d.canonical for d in got.directives] == [
        "Chỉ thị 35-CT/TW", "Nghị quyết 18-NQ/TW", "Nghị quyết 19-NQ/TW", "Quy định 102-QĐ/TW"]
    assert "\n8 " not in got.clean_text and not got.title.startswith(("1 ", "4 "))


def test_a_bookmark_managers_export_over_the_copy_it_kept_of_one_page() -> None:
    raw = "\n".join(["Raindrop.io — Tư liệu 2023 (3 bookmarks)", "Exported 14/02/2024 21:07", "",
                     "1. Bình Phước sơ kết công tác tổ chức xây dựng Đảng 6 tháng - Báo Bình Phước",
                     "   URL: https://baobinhphuoc.com.vn/news/sokết", "   Tags: #tochucdang",
                     "   Excerpt: Chiều 12-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết.",
                     "   Saved: Jul 13, 2023, 9:41 PM", "",
                     "2. Sổ tay nghiệp vụ công tác đảng viên", "   URL: https://xaydungdang.org.vn/so-tay",
                     "   Excerpt: Tổng hợp các bước kết nạp đảng viên.", "   Saved: Jun 28, 2023, 8:15 AM", "",
                     "3. Hỏi - đáp về quy hoạch cán bộ (phần 2)", "   URL: https://tcnn.vn/hoi-dap",
                     "   Saved: May 5, 2023, 4:48 PM", "",
                     "4. Đổi mới sinh hoạt chi bộ khu dân cư: bắt đầu từ chuyên đề", "   URL: https://baobinhphuoc.com.vn/cb",
                     "   Excerpt: Nhiều chi bộ đã chọn chuyên đề gắn với việc cụ thể của khu phố.",
                     "   Saved: Apr 20, 2023, 10:02 PM", "", "-" * 40,
                     "Permanent copy · baobinhphuoc.com.vn · saved Jul 13, 2023", "-" * 40, "", "Chính trị", "",
                     "Bình Phước sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023", "",
                     "Thứ năm, 13-7-2023 | 17:25", "",
                     "Chiều 12-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Bình Phước sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023", "2023-07-13", "2023-07-12")
    # (the bookmarks kept as text, none of them the article's)
    assert _kept_apart(raw, "Chính trị")


def test_a_blogs_author_and_stamp_with_its_reading_time_under_a_long_sapo() -> None:
    raw = "\n".join(["Sổ tay Công tác Đảng", "Trang chủ", "Chuyên đề", "Đăng nhập", "", "TỔ CHỨC - CÁN BỘ",
                     "Chuẩn bị nhân sự đại hội ở Cần Thơ: ba điểm nghẽn nhìn từ một cuộc giao ban",
                     "Hội nghị sơ kết 6 tháng của ngành tổ chức thành phố cho thấy phần khó nhất của mùa đại hội "
                     "không nằm ở con số, mà ở khâu chọn người.", "",
                     "Trần Thanh Tâm", "8 thg 8, 2020 • 7 phút đọc", "",
                     "Sáng thứ Sáu (7/8), Ban Tổ chức Thành ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2020. " + LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2020-08-08", "2020-08-07", "Trần Thanh Tâm")


def test_a_blogger_page_its_post_under_its_day_its_author_and_commenters() -> None:
    raw = "\n".join(["Blog khác\tTạo Blog   Đăng nhập", "", "CHUYỆN XỨ TUYÊN", "Ghi chép của một người làm công tác Đảng đã về hưu",
                     "", "Thứ Bảy, 20 tháng 1, 2018", "Đọc bài tổng kết công tác tổ chức năm 2017 – mấy điều suy nghĩ",
                     "Sáng thứ Năm tuần này (18/1), Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2017. "
                     + LONG, "", "Đăng bởi Hoàng Văn Lộc lúc 21:47", "Gửi email bài đăng này", "",
                     "Nhãn: Ghi chép, Xây dựng Đảng", "", "2 nhận xét:", "",
                     "Lăng Thị Thoa 21 tháng 1, 2018 lúc 06:58", "Chú viết đúng quá.", "", "Trả lời",
                     "Vy Đức Toản 22 tháng 1, 2018 lúc 15:40", "Anh Lộc ơi, tháng 3 em về họp lớp.", "", "Trả lời"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Đọc bài tổng kết công tác tổ chức năm 2017 – mấy điều suy nghĩ", "2018-01-20", "2018-01-18", "Hoàng Văn Lộc")
    assert {"Lăng Thị Thoa", "Vy Đức Toản"} <= {p.name for p in got.people}


def test_a_webvtt_caption_files_markup_is_not_its_text() -> None:
    raw = "\n".join(["WEBVTT", "Kind: captions", "Language: vi", "", "NOTE",
                     "Đài Phát thanh và Truyền hình Yên Bái - Thời sự tối", "Phát sóng: 19h45 thứ Năm, 13/7/2023", "",
                     "STYLE", "::cue(.ten) {", "  color: #ffd200;", "}", "",
                     "1", "00:00:00.000 --> 00:00:03.700 line:88% position:50%",
                     "<v Biên tập viên>Sáng nay (13/7), Ban Tổ chức Tỉnh ủy Yên Bái", "",
                     "2", "00:00:03.700 --> 00:00:07.900 line:88% position:50%",
                     "<v Biên tập viên>tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023.", "",
                     "3", "00:00:07.900 --> 00:00:12.300 line:72%", "<c.ten>Đ/c LÒ VĂN PHƯƠNG</c>", "",
                     "4", "00:00:12.300 --> 00:00:16.800", "<v Phóng viên>Trong đó, Kế hoạch số 105-KH/TU của Tỉnh ủy "
                     "về lấy phiếu tín nhiệm theo Quy định 96-QĐ/TW được triển khai."])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2023-07-13", "2023-07-13")
    assert [d.canonical for d in got.directives] == ["Kế hoạch 105-KH/TU", "Quy định 96-QĐ/TW"]
    for markup in ("<v", "</c>", "WEBVTT", "STYLE", "color:", "NOTE"):
        assert markup not in got.clean_text, markup


def test_an_apps_name_before_a_bar_opening_the_headline_is_a_label() -> None:
    raw = "\n".join(["Miro | Sơ kết 5 năm Nghị quyết 18 – Tổ giúp việc Ban Tổ chức Tỉnh ủy", "",
                     "Khung 1: Số liệu", "Ghi chú: Sáng 12/7/2022 họp tổ giúp việc. " + LONG])
    assert parse_article_strict(raw).title == "Sơ kết 5 năm Nghị quyết 18 – Tổ giúp việc Ban Tổ chức Tỉnh ủy"


def test_an_old_portals_date_line_with_its_tools_and_its_search_box_copied_bare() -> None:
    # (its tools after a tab on the date line, its search box without brackets, the comment
    # heading and its button on one line under the signature)
    raw = "\n".join(["BÁO SÓC SƠN ĐIỆN TỬ\t", "Thứ hai, 09/03/2020\t", "Trang chủ | Thời sự | Chính trị",
                     "Tìm kiếm: \t\tTìm", "\t", "Trang chủ » Chính trị » Xây dựng Đảng", "\t",
                     "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2020",
                     "Cập nhật: 06/03/2020 15:20\t\tBản in | Gửi bài viết qua email", "\t",
                     "Sáng 6/3, Ban Tổ chức Huyện ủy giao ban công tác tổ chức. " + LONG, "\t", LONG, "\t",
                     "Ngọc Diệp", "\t", "Ý kiến bạn đọc\tGửi ý kiến", "\t", "Các tin đã đưa:",
                     "» Tập huấn nghiệp vụ công tác đảng viên (02/03/2020)"])
    got = parse_article_strict(raw)
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2020"
    assert (got.published, got.event_date, got.byline) == ("2020-03-06", "2020-03-06", "Ngọc Diệp")


def test_the_source_under_the_signature_is_passed_over() -> None:
    # (an office named as the item's source; an outlet so named is the byline's own)
    for source, outlet in (("Nguồn: Phòng Tổ chức đảng, đảng viên - Ban Tổ chức Tỉnh ủy", None),
                           ("Nguồn: Báo Quảng Trị", "Báo Quảng Trị")):
        raw = "\n\n".join(["Giao ban công tác tổ chức xây dựng Đảng quý III năm 2019",
                            "Ngày đăng: 08/10/2019 16:25", "Sáng 8/10, Ban Tổ chức Tỉnh ủy họp. " + LONG,
                            LONG, "Lê Thị Thu Hà", source])
        got = parse_article_strict(raw)
        assert (got.byline, got.outlet) == ("Lê Thị Thu Hà", outlet), source


def test_a_print_extensions_footer_under_the_signature() -> None:
    raw = "\n".join(["Print Friendly & PDF", "", "Ban Tổ chức Tỉnh ủy triển khai nhiệm vụ năm 2024", "",
                     "05/01/2024 - 10:15", "", "Sáng 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị. " + LONG, "",
                     LONG, "", "HOÀNG LAM", "",
                     "Source: https://baovinhphuc.com.vn/ban-to-chuc-tinh-uy-a1234.html",
                     "Printed on: January 6, 2024 - Printed with PrintFriendly.com"])
    got = parse_article_strict(raw)
    assert got.byline == "Hoàng Lam"
    assert "Printed" not in got.clean_text


def test_a_bulletins_running_head_with_a_wide_gap_is_dropped_where_it_comes_again() -> None:
    # (the page's head, "BẢN TIN ...   Số 03 - Tháng 3/2026", over each page's text, the signature
    # under the item at a page's foot)
    head = "BẢN TIN CÔNG TÁC ĐẢNG" + " " * 40 + "Số 05 - Tháng 5/2024"
    raw = "\n".join(["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "BẢN TIN", "CÔNG TÁC ĐẢNG", "Số 05 - Tháng 5/2024", "",
                     "GIAO BAN CÔNG TÁC ĐẢNG THÁNG 4/2024", "",
                     "Chiều 26/4, Đảng ủy Khối tổ chức giao ban. " + LONG, "                1", head,
                     LONG, "                                        THU TRANG", "", "                2", head, "",
                     "GƯƠNG ĐẢNG VIÊN TIÊU BIỂU", "", LONG, "", "                3", head, LONG])
    got = parse_article_strict(raw)
    assert "BẢN TIN CÔNG TÁC ĐẢNG  " not in got.clean_text
    assert got.byline == "Thu Trang"


def test_an_article_pasted_into_a_chatbots_conversation_is_read_without_the_answers() -> None:
    # (the answer cites the article's documents again, one wrongly: none of it is the article's)
    raw = "\n".join(["Bạn đã nói:", "Tóm tắt giúp tôi bài này:", "",
                     "Yên Bái tổng kết công tác tổ chức xây dựng Đảng năm 2023", "Thứ Sáu, 12/01/2024 08:10",
                     "Chiều 11/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị, triển khai Kế hoạch 18-KH/TU. " + LONG,
                     LONG, LONG, "Thanh Tâm", "", "ChatGPT đã nói:", "Dưới đây là tóm tắt bài viết:",
                     "- Ban hành Kế hoạch 81 về quy hoạch cán bộ.", "", "Bạn đã nói:", "ừ ngắn thôi", "",
                     "ChatGPT đã nói:", "Ngày 11/1/2024, Yên Bái tổng kết năm 2023.",
                     "ChatGPT có thể mắc lỗi. Hãy kiểm tra các thông tin quan trọng."])
    got = parse_article_strict(raw)
    assert got.title == "Yên Bái tổng kết công tác tổ chức xây dựng Đảng năm 2023"
    assert [d.canonical for d in got.directives] == ["Kế hoạch 18-KH/TU"]
    assert (got.byline, got.event_date) == ("Thanh Tâm", "2024-01-11")
    assert "tóm tắt" not in got.clean_text and "ngắn thôi" not in got.clean_text


def test_a_players_fallback_text_is_chrome() -> None:
    raw = "\n".join(["Truyền hình > Thời sự 19h", "▶  00:00 / 03:27", "Your browser does not support the video tag.",
                     "", "Giao ban công tác tổ chức xây dựng Đảng tháng 11", "18/11/2025 20:05", "",
                     "Chiều nay (18/11), Ban Tổ chức Tỉnh ủy họp. " + LONG, "Trình duyệt của bạn không hỗ trợ phát video.",
                     LONG])
    got = parse_article_strict(raw)
    assert got.title == "Giao ban công tác tổ chức xây dựng Đảng tháng 11"
    assert "video" not in got.clean_text


def test_a_social_pages_post_opening_with_a_headline_in_capitals() -> None:
    raw = "\n".join(["Đài Phát thanh và Truyền hình Hậu Giang - HGTV", "9 tháng 7, 2021  · ",
                     "📌 HẬU GIANG SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM", "",
                     "Sáng nay (9/7), Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết. " + LONG, "", "#HGTV #XayDungDang"])
    got = parse_article_strict(raw)
    assert got.title == "HẬU GIANG SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM"
    assert (got.published, got.event_date) == ("2021-07-09", "2021-07-09")


def test_a_menu_on_one_long_line_opens_no_body_and_a_players_quality_is_chrome() -> None:
    # (so "Tin mới nhất" in the page's top is a menu's link, not the related news' heading, and
    # the headline, the byline and the date line under it stay)
    raw = "\n".join(["Thứ Hai, 21/10/2024", "LAO ĐỘNG", "Thời sự  Công đoàn  Xã hội  Kinh doanh  Bất động sản  "
                     "Pháp luật  Thế giới  Văn hóa - Giải trí  Thể thao  Bạn đọc  Sức khỏe", "Đăng nhập", "Tin mới nhất",
                     "", "Thời sự › Chính trị", "", "Khánh Hòa: Cảnh cáo Phó Chủ tịch UBND huyện", "",
                     "▶  00:00 / 03:12   HD", "Hữu Long", "Thứ Hai, 14/10/2024 17:32 (GMT+7)", "",
                     "Ngày 14.10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 39. " + LONG, "", LONG])
    got = parse_article_strict(raw)
    assert got.title == "Khánh Hòa: Cảnh cáo Phó Chủ tịch UBND huyện"
    assert (got.published, got.event_date, got.byline) == ("2024-10-14", "2024-10-14", "Hữu Long")
    assert "00:00" not in got.clean_text


def _kept_apart(raw: str, article: str) -> bool:
    """Whether every line over ``article`` (where the article starts) is kept as text or
    labelled, none of it the article's own."""
    over = [s for s in clean.clean(raw).segments if s.start < raw.index(article)]
    return bool(over) and all(s.kind in (clean.FORWARD, clean.LABEL) for s in over)


def test_a_video_players_labels_are_chrome() -> None:
    # a television station's page copied with its video.js player: the labels, the keys' hint,
    # the dialog's words and the speed are no part of the article
    raw = "\n".join(["Đảng ủy Khối giao ban công tác xây dựng Đảng quý III", "Cập nhật: 05/10/2023 18:20",
                     "Video Player", "00:00", "02:47", "Use Up/Down Arrow keys to increase or decrease volume.",
                     "This is a modal window.", "End of dialog window.", "Tốc độ phát 1x", "Tải video", LONG])
    p = parse_article_strict(raw)
    assert p.title == "Đảng ủy Khối giao ban công tác xây dựng Đảng quý III"
    assert p.clean_text == LONG


def test_a_headline_in_capitals_wrapped_over_three_lines_is_one_title() -> None:
    # a journal's printed page: the headline in capitals over three lines, the author under it
    raw = "\n".join(["ĐỔI MỚI SINH HOẠT CHI BỘ Ở CÁC XÃ", "VÙNG CAO BIÊN GIỚI TỈNH LAI CHÂU -",
                     "KẾT QUẢ VÀ KINH NGHIỆM", "", LONG, LONG.replace("quý", "năm")])
    p = parse_article_strict(raw)
    assert p.title == ("ĐỔI MỚI SINH HOẠT CHI BỘ Ở CÁC XÃ VÙNG CAO BIÊN GIỚI TỈNH LAI CHÂU - "
                       "KẾT QUẢ VÀ KINH NGHIỆM")
    assert p.clean_text.startswith(LONG)


def test_short_paragraphs_after_a_box_of_related_news_are_kept() -> None:
    # a phone page prints the article in short paragraphs, with a box of related news inside it:
    # what follows the box's headlines is the article going on, not the page's tail
    short = ("Đồng chí Bí thư Huyện ủy đề nghị các chi bộ thực hiện nghiêm Quy định số 205-QĐ/TW "
             "về kiểm soát quyền lực trong công tác cán bộ.")
    short2 = ("Các cấp ủy rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 bảo đảm đúng "
              "quy trình, công khai, minh bạch trong toàn Đảng bộ huyện.")
    raw = "\n".join(["Huyện ủy giao ban công tác tổ chức quý III", "05/10/2023 08:15", LONG,
                     "TIN LIÊN QUAN", "Tỉnh ủy sơ kết công tác xây dựng Đảng 6 tháng",
                     "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12", short, short2])
    p = parse_article_strict(raw)
    assert short in p.clean_text and short2 in p.clean_text
    assert "Tỉnh ủy sơ kết" not in p.clean_text


def test_a_byline_in_capitals_under_the_headline_and_at_the_end_is_no_running_head() -> None:
    raw = "\n".join(["Thứ Năm, 9/4/2026   |   TPHCM 33°C", "SGGP", "Chính trị  ›  Xây dựng Đảng",
                     "Xem tất cả »", "", "Thành ủy giao ban công tác tổ chức quý I", "", "MINH KHÔI",
                     "Thứ Tư, 8/4/2026 19:32", "", LONG,
                     "Google News   Facebook   Zalo   Sao chép liên kết   A-  A+", LONG.replace("quý", "năm"),
                     "", "MINH KHÔI", "", "Bình luận (0)"])
    p = parse_article_strict(raw)
    assert (p.title, p.byline, p.published) == ("Thành ủy giao ban công tác tổ chức quý I", "Minh Khôi",
                                                "2026-04-08")
    assert "Google News" not in p.clean_text


@pytest.mark.parametrize("foot", [
    # a channel's post: its link to the article, its channel's links, its views and edit mark
    ["✍️ Hải Yến", "👉 Đọc đầy đủ: https://baotinh.vn/giao-ban-a12.html",
     "📲 Theo dõi Báo Tỉnh trên Telegram: t.me/baotinh", "👁 2.4K   ✏️ đã chỉnh sửa"],
    # a forwarded mail's foot: the phone it was sent from, its attachment, its buttons
    ["HẢI YẾN", "---", "Gửi từ điện thoại Samsung Galaxy của tôi",
     "[Tệp đính kèm: hoi-nghi.jpg (214 KB)]", "Trả lời    Chuyển tiếp"],
    # an aggregator's: the source's link, its sharing row
    ["Hải Yến", "Xem nguồn  ↗", "Chia sẻ    Lưu tin    Báo cáo vi phạm"],
])
def test_the_byline_over_a_channels_or_a_mails_or_an_aggregators_foot(foot: list[str]) -> None:
    raw = "\n\n".join(["Tỉnh ủy giao ban công tác tổ chức quý III", "05/10/2023 08:15", LONG, *foot])
    p = parse_article_strict(raw)
    assert p.byline == "Hải Yến"
    assert p.clean_text.endswith(("Hải Yến", "HẢI YẾN"))


def test_an_aggregators_page_its_date_only_the_masthead_day() -> None:
    # the aggregator's name over today's date and its menu, the headline over the source and the
    # article's age ("18 giờ trước"): no day of publication is printed
    raw = "\n".join(["Báo Mới", "Thứ Bảy, 08/07/2023", "Đăng nhập",
                     "Tin mới  Chính trị  Thế giới  Xã hội  Văn hóa  Kinh tế  Giáo dục  Thể thao",
                     "Nhập nội dung tìm kiếm", "", "Chính trị  >  Xây dựng Đảng", "",
                     "Kon Tum sơ kết công tác tổ chức 6 tháng đầu năm 2023", "Báo Kon Tum • 18 giờ trước",
                     "", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Kon Tum sơ kết công tác tổ chức 6 tháng đầu năm 2023", None)
    assert p.clean_text == LONG


def test_a_login_box_over_the_headline_and_a_menus_heading() -> None:
    raw = "\n".join(["CỔNG THÔNG TIN NỘI BỘ", "ĐĂNG NHẬP HỆ THỐNG", "Tên đăng nhập: ", "Mật khẩu: ",
                     "[ ] Ghi nhớ đăng nhập", "[Đăng nhập]   Quên mật khẩu?",
                     "Đăng nhập bằng tài khoản email @tapdoan.vn", "", "ĐƠN VỊ - PHÒNG BAN",
                     "» Văn phòng Đảng ủy", "» Ban Tổ chức - Nhân sự", "",
                     "Đảng ủy Tập đoàn giao ban công tác xây dựng Đảng quý III năm 2021",
                     "Cập nhật: 14/10/2021 16:05 | Lượt xem: 312", "", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published) == ("Đảng ủy Tập đoàn giao ban công tác xây dựng Đảng quý III năm 2021",
                                      "2021-10-14")


def test_a_bulletins_issue_takes_the_headline_of_its_item_on_party_building() -> None:
    # a printed bulletin's issue: its contents, a first item on other work, then the item on the
    # Party's building work; each lead broken at the column's width
    raw = "\n".join([
        "THÀNH ỦY VŨNG TÀU", "", "BẢN TIN SINH HOẠT CHI BỘ", "Số 5 - Tháng 5/2018", "", "TRONG SỐ NÀY",
        "Thành ủy sơ kết phát triển du lịch .......... 2", "Giao ban công tác tổ chức .......... 3", "",
        "TIN HOẠT ĐỘNG", "", "THÀNH ỦY SƠ KẾT 5 NĂM THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN DU LỊCH",
        "Ngày 3/5, Thành ủy tổ chức hội nghị sơ kết 5 năm thực hiện",
        "Nghị quyết số 04-NQ/TU về phát triển du lịch thành phố giai đoạn 2013 - 2020.", "",
        "GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 4 THÁNG ĐẦU NĂM",
        "Ngày 10/5, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban công tác tổ",
        "chức xây dựng Đảng 4 tháng đầu năm 2018."])
    p = parse_article_strict(raw)
    assert (p.title, p.event_date) == ("GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 4 THÁNG ĐẦU NĂM", "2018-05-10")


def test_a_scanned_bulletins_page_head_with_its_page_number_is_no_headline_and_goes_below() -> None:
    # (the head of each page with its number after a wide gap, "... Số 04 (Quý III/2025)    12",
    # "... 13": the same head whatever the page; the scanner app's mark under each page; the
    # author in capitals over the section's name, then where the cover's photo is from)
    head = "BẢN TIN NỘI BỘ ĐẢNG BỘ TỈNH" + " " * 20 + "Số 04 (Quý III/2025)" + " " * 20
    raw = "\n".join([head + "12", "_" * 60, "", "TIN HOẠT ĐỘNG", "",
                     "SƠ KẾT CÔNG TÁC ĐẢNG VIÊN", "CỦA CÁC CHI BỘ TRƯỜNG HỌC", "",
                     "     Sáng thứ Ba, ngày 9 tháng 9, Đảng ủy tổ chức sơ kết. " + LONG, LONG, "",
                     head + "13", "_" * 60, "", "     " + LONG, "", " " * 50 + "MAI LINH",
                     " " * 40 + "(Phòng Tổ chức đảng, đảng viên)", "",
                     "     * Ảnh bìa: Quang cảnh hội nghị tại hội trường Tỉnh ủy.", "",
                     " " * 30 + "Scanned with CamScanner"])
    got = parse_article_strict(raw)
    assert got.title == "SƠ KẾT CÔNG TÁC ĐẢNG VIÊN CỦA CÁC CHI BỘ TRƯỜNG HỌC"
    assert got.clean_text.count("BẢN TIN NỘI BỘ") <= 1
    assert "CamScanner" not in got.clean_text
    assert got.byline == "Mai Linh"


def test_the_articles_stamp_alone_at_the_pages_foot_under_its_related_news_is_its_date() -> None:
    # (a national daily's page: the stamp under the tags, over the share buttons; one stamp only)
    top = ["Báo Tiền Phong", "Thời sự", "Xã hội", "Huyện ủy Cẩm Khê giao ban công tác Đảng tháng 9",
           "Phương Linh"]
    foot = ["Tin liên quan", "Phú Thọ: Sơ kết 6 tháng công tác tổ chức", "Bình luận", "Gửi bình luận",
            "Từ khóa", "Cẩm Khê", "xây dựng Đảng", "07/10/2024 16:05", "Chia sẻ Facebook Zalo"]
    raw = "\n".join(top + ["Sáng 5/10, Huyện ủy Cẩm Khê tổ chức giao ban. " + LONG, LONG] + foot)
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2024-10-07", "2024-10-05", "Phương Linh")
    assert "Tin liên quan" not in got.clean_text
    # (two stamps there: the related news' dates, not the article's)
    foot2 = foot[:2] + ["06/10/2024 09:00"] + foot[2:]
    assert parse_article_strict("\n".join(top + [LONG, LONG] + foot2)).published is None


def test_an_official_letters_subject_is_its_title_and_the_meeting_it_convenes_its_day() -> None:
    # (a công văn has no type line: its "V/v ..." subject over two lines under its number; the
    # giao ban it prepares, its hour and weekday stated, is the meeting)
    raw = "\n".join(["ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG ỦY XÃ THANH SƠN", "*", "Số 77-CV/ĐU",
                     "V/v chuẩn bị nội dung giao ban công tác", "xây dựng Đảng quý I năm 2026", "",
                     "ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Sơn, ngày 20 tháng 3 năm 2026", "",
                     "Kính gửi: Các chi bộ trực thuộc.", "",
                     "Để chuẩn bị Hội nghị giao ban quý I, Ban Thường vụ Đảng ủy đề nghị các chi bộ báo cáo "
                     "kết quả thực hiện Quy định 366-QĐ/TW trước ngày 25/3/2026. " + LONG,
                     "Hội nghị giao ban tổ chức vào lúc 8 giờ 00, thứ Hai, ngày 30/3/2026, tại hội trường.",
                     LONG])
    got = parse_article_strict(raw)
    assert got.title == "V/v chuẩn bị nội dung giao ban công tác xây dựng Đảng quý I năm 2026"
    assert (got.published, got.event_date) == ("2026-03-20", "2026-03-30")


def test_a_speechs_type_with_a_word_after_it_keeps_its_subject_under_it() -> None:
    raw = "\n".join(["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "BÀI PHÁT BIỂU BẾ MẠC", "của đồng chí Trịnh Văn Hòa, Bí thư Đảng ủy Khối",
                     "tại Hội nghị tổng kết công tác xây dựng Đảng năm 2020", "(Ngày 12/01/2021)",
                     "Kính thưa các đồng chí!", LONG, LONG])
    got = parse_article_strict(raw)
    assert got.title == ("BÀI PHÁT BIỂU BẾ MẠC của đồng chí Trịnh Văn Hòa, Bí thư Đảng ủy Khối tại Hội nghị "
                         "tổng kết công tác xây dựng Đảng năm 2020")


def test_a_page_printed_with_the_day_alone_in_its_header_and_an_intranets_masthead() -> None:
    # (the browser's header: the day, then the page's title and site far from it; the page's
    # own headline under its menus is the title, its stamp the date)
    raw = "\n".join(["5/8/2020                 Giao ban công tác tổ chức quý II | Báo Yên Bái điện tử", "",
                     "BÁO YÊN BÁI", "Chính trị    Kinh tế    Xã hội", "",
                     "Giao ban công tác tổ chức quý II", "Minh Huyền", "Thứ Ba, 04/08/2020 - 10:15", "",
                     "(YBĐT) - Ban Tổ chức Tỉnh ủy tổng kết quý II và bàn nhiệm vụ quý III của ngành "
                     "tổ chức.", "Sáng 3/8, Ban Tổ chức Tỉnh ủy tổ chức giao ban. " + LONG, LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức quý II", "2020-08-04", "2020-08-03")
    raw = "\n".join(["Cổng thông tin nội bộ PVGAS", "Thứ Sáu, ngày 9 tháng 10 năm 2020",
                     "Xin chào: hunglv | Hòm thư | Đăng xuất", "TRANG CHỦ   TIN TỨC   ĐẢNG - ĐOÀN THỂ", "",
                     "Đảng ủy Tổng công ty sơ kết 9 tháng", "07/10/2020 15:20 | Lượt xem: 812", "",
                     "Chiều ngày 6/10, Đảng ủy Tổng công ty tổ chức sơ kết. " + LONG, LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng ủy Tổng công ty sơ kết 9 tháng", "2020-10-07")


def test_a_mail_printed_from_gmail_takes_its_subject_for_a_title() -> None:
    raw = "\n".join(["10/3/22, 09:40" + " " * 30 + "Gmail - V/v chuẩn bị giao ban quý I", "",
                     "Gmail" + " " * 40 + "Hà Minh Đức <ducmh.vp@gmail.com>", "",
                     "V/v chuẩn bị giao ban quý I", "1 tin nhắn", "",
                     "Lê Thu Hà <hatl.btc@quangninh.gov.vn>" + " " * 20 + "Th 4, 9 thg 3, 2022 lúc 15:02",
                     "Đến: vanphong@quangninh.gov.vn", "",
                     "Kính gửi: Các chi bộ trực thuộc.", LONG, LONG])
    assert parse_article_strict(raw).title == "V/v chuẩn bị giao ban quý I"


def test_a_printed_mail_forwarding_an_article_takes_the_articles_headline_not_the_mails_date() -> None:
    raw = "\n".join(["Gmail\tBáo Biên tập <bbt.bao@gmail.com>", "", "Fwd: Gửi tin hội nghị", "1 thư", "",
                     "Báo Biên tập <bbt.bao@gmail.com>\t28 tháng 12, 2018 lúc 08:05", "Tới: Thời sự <ts@gmail.com>",
                     "", "Chuyển Phòng Thời sự biên tập, dự kiến đăng số ra ngày 3/1/2019.", "",
                     "---------- Forwarded message ---------", "Từ: Lê Minh Đức <ducml@gmail.com>",
                     "Date: Th 5, 27 thg 12, 2018 lúc 16:42", "Subject: Gửi tin hội nghị", "To: <bbt.bao@gmail.com>",
                     "", "Kính gửi: Ban Biên tập.", "Phòng Chính trị gửi tin, kính đề nghị xem xét sử dụng.", "Trân trọng!",
                     "", "ĐẢNG ỦY QUÂN SỰ TỈNH TỔNG KẾT NĂM 2018", "",
                     "Ngày 26.12, Đảng ủy Quân sự tỉnh tổ chức hội nghị tổng kết năm 2018. " + LONG, LONG, "",
                     "Đại úy LÊ MINH ĐỨC", "", "2 tệp đính kèm", "IMG_2412.JPG", "2331K"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "ĐẢNG ỦY QUÂN SỰ TỈNH TỔNG KẾT NĂM 2018", None, "2018-12-26")
    assert "IMG_2412" not in got.clean_text  # (the mail's attachments)


def test_a_printed_bulletin_mail_whose_client_logo_was_lost_takes_its_subject_and_sent_day() -> None:
    raw = "\n".join(["07/10/2024, 09:15" + " " * 16 + "Gmail - [Bản tin số 10/2024] Chi bộ A9 sinh hoạt chuyên đề", "",
                     "dd.phuong@gmail.com", "", "[Bản tin số 10/2024] Chi bộ A9 sinh hoạt chuyên đề", "1 thư", "",
                     "Văn phòng Đảng ủy <vp.danguy@gmail.com>" + " " * 16 + "7 tháng 10, 2024 lúc 08:47",
                     "Tới: Đảng viên <dangvien@googlegroups.com>", "",
                     "Kính gửi các đồng chí,", "",
                     "Chiều thứ Năm (26/9), Chi bộ A9 tổ chức sinh hoạt chuyên đề. " + LONG, LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "[Bản tin số 10/2024] Chi bộ A9 sinh hoạt chuyên đề", "2024-10-07", "2024-09-26")


def test_a_forwarded_agency_article_ends_at_its_byline_in_capitals_not_a_masthead() -> None:
    raw = "\n".join(["Fwd: Bài TTXVN: Kiên Giang sơ kết", "Hộp thư đến", "",
                     "Danh Thị Trâm <tram@gmail.com>" + " " * 10 + "Th 2, 13 thg 1, 2020, 08:12", "tới Ban, tôi", "",
                     "Kính gửi các anh chị trong Ban,", "", "Em chuyển bài TTXVN để tham khảo.", "", "Trân trọng!", "--",
                     "Danh Thị Trâm", "", "---------- Forwarded message ---------", "Nguồn: baotintuc.vn - Thời sự", "",
                     "Kiên Giang: Kết nạp hơn 1.100 đảng viên người Khmer", "", "10/01/2020 06:45", "",
                     "Ngày 9/1, Ban Thường vụ Tỉnh ủy Kiên Giang tổ chức hội nghị sơ kết. " + LONG, "", LONG, "",
                     "DUY KHÁNH (TTXVN)"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Kiên Giang: Kết nạp hơn 1.100 đảng viên người Khmer", "2020-01-10", "2020-01-09", "Duy Khánh")


def test_two_reporters_over_the_photos_caption_closing_a_video_page_are_its_byline() -> None:
    raw = "\n".join(["Trà Cú giao ban quý III", "", "Chiều qua (7/10), Huyện ủy Trà Cú tổ chức giao ban. " + LONG, "",
                     LONG, "", "Kết luận hội nghị, Bí thư Huyện ủy yêu cầu các cấp ủy tập trung. " + LONG, "",
                     "Thanh Tâm - Minh Hải", "", "Bí thư Huyện ủy Kim Sóc Khanh phát biểu kết luận hội nghị."])
    assert parse_article_strict(raw).byline == "Thanh Tâm - Minh Hải"
    # (a sentence with a dash in it over a closing line is none)
    raw = raw.replace("Thanh Tâm - Minh Hải", "Tiểu Cần - Cầu Ngang cùng tham dự")
    assert parse_article_strict(raw).byline is None


def test_a_press_releases_long_subject_on_one_line_is_its_title() -> None:
    subject = ("Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/ĐUK về xây dựng tổ chức đảng, phát triển "
               "đảng viên trong doanh nghiệp ngoài khu vực nhà nước tại các khu công nghiệp")
    raw = "\n".join(["ĐẢNG BỘ TỈNH BÌNH DƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
                     "*\tThủ Dầu Một, ngày 15 tháng 9 năm 2023", "", "THÔNG CÁO BÁO CHÍ", subject, "-----", "",
                     "Sáng thứ Năm, ngày 14/9/2023, Đảng ủy Khối tổ chức hội nghị. " + LONG, "", LONG])
    assert len(subject) > 160 and parse_article_strict(raw).title == subject


def test_a_forum_threads_label_before_its_headline_and_its_tools_are_no_title() -> None:
    raw = "\n".join(["Diễn đàn Phố Hiến > Tin tức > Tin trong tỉnh",
                     "[Tin tức] Hưng Yên tổng kết công tác tổ chức xây dựng Đảng năm 2016",
                     "Kết quả 1 đến 2 của 2", "", "Công cụ bài viết", "Hiển thị", "",
                     "06-01-2017, 09:12 AM   #1", "phohien_1980", "",
                     "Chiều 5-1, Ban Tổ chức Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết. " + LONG, LONG])
    got = parse_article_strict(raw)
    assert got.title == "Hưng Yên tổng kết công tác tổ chức xây dựng Đảng năm 2016"
    assert "Hiển thị" not in got.clean_text


def test_a_zalo_groups_copy_its_name_its_senders_and_the_first_messages_headline() -> None:
    raw = "\n".join([
        "Chi bộ 2 - ĐB Cục Việc làm 🇻🇳", "19 thành viên", "", "18/10/2024", "", "Lê Thị Minh Nguyệt",
        "[THÔNG BÁO] KẾT QUẢ GIAO BAN QUÝ III/2024 VÀ NHIỆM VỤ THÁNG 10-11",
        "@All Kính gửi các đồng chí đảng viên Chi bộ 2,",
        "Chiều qua (17/10) Đảng ủy Bộ đã tổ chức Hội nghị giao ban công tác xây dựng Đảng quý III/2024. " + LONG,
        "08:47", "", "Trần Văn Hậu", "Đã nhận ạ 👍", "08:52", "", "Đỗ Mạnh Cường",
        "Chị ơi kiểm điểm năm nay vẫn theo QĐ 124 hay chờ văn bản mới ạ?", "09:11"])
    got = parse_article_strict(raw)
    assert got.title == "KẾT QUẢ GIAO BAN QUÝ III/2024 VÀ NHIỆM VỤ THÁNG 10-11"
    assert "Chi bộ 2 - ĐB" not in got.clean_text
    assert {"Trần Văn Hậu", "Đỗ Mạnh Cường"} <= {p.name for p in got.people}


def test_a_university_bulletins_page_head_and_section_over_its_headline() -> None:
    raw = "\n".join([
        "BẢN TIN ĐẠI HỌC SƯ PHẠM HÀ NỘI                Số 1+2 (Tháng 1+2/2021)", "", "SỰ KIỆN - HOẠT ĐỘNG", "",
        "ĐẢNG BỘ TRƯỜNG TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2020", "",
        "Chiều thứ Ba, ngày 12-1, Đảng ủy Trường tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2020. "
        + LONG, "", "Tại hội nghị, sinh viên Hà Thị Thu Phương (K68, Khoa Ngữ văn) phát biểu."])
    got = parse_article_strict(raw)
    assert got.title == "ĐẢNG BỘ TRƯỜNG TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2020"
    assert [p.name for p in got.people] == ["Hà Thị Thu Phương"]


def test_a_tv_scripts_header_its_title_field_and_the_presenters_greeting() -> None:
    raw = "\n".join([
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN", "PHÒNG THỜI SỰ",
        "BẢN GHI LỜI CHƯƠNG TRÌNH THỜI SỰ TỐI - 19h45 - THỨ TƯ, 21/5/2025", "Người dẫn: Thu Hương",
        "Tin số 02/11 - Thời lượng: 3'40\"",
        "Tít: Đại hội đại biểu Đảng bộ Quân sự tỉnh lần thứ XXVI, nhiệm kỳ 2025 - 2030", "-" * 40, "",
        "[00:18] DẪN (Thu Hương):",
        "Kính thưa quý vị! Sáng nay (21/5), tại thành phố Vinh, Đảng ủy Quân sự tỉnh tổ chức Đại hội đại biểu"
        " Đảng bộ Quân sự tỉnh lần thứ XXVI. " + LONG])
    got = parse_article_strict(raw)
    assert got.title == "Đại hội đại biểu Đảng bộ Quân sự tỉnh lần thứ XXVI, nhiệm kỳ 2025 - 2030"
    assert (got.published, got.event_date, got.byline) == ("2025-05-21", "2025-05-21", "Thu Hương")


def test_a_bulletins_wide_page_head_and_a_headline_under_its_subject_in_capitals() -> None:
    raw = "\n".join([
        "BẢN TIN BIÊN PHÒNG QUẢNG TRỊ                                  Số 01 - Tháng 01/2024", "Lưu hành nội bộ",
        "", "XÂY DỰNG ĐẢNG", "", "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH", "TỔNG KẾT CÔNG TÁC LÃNH ĐẠO NĂM 2023", "",
        "Ngày 28/12, Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác lãnh đạo năm 2023. " + LONG])
    got = parse_article_strict(raw)
    assert " ".join(got.title.split()) == "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH TỔNG KẾT CÔNG TÁC LÃNH ĐẠO NĂM 2023"
    # (a section's name in capitals over a headline is no subject of it)
    tip = "\n".join(["TIN TIÊU ĐIỂM", "GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG THÁNG 02/2026", "",
                     "Chiều thứ Năm (26/2), Ban Thường vụ Đảng ủy tổ chức hội nghị giao ban. " + LONG])
    assert parse_article_strict(tip).title == "GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG THÁNG 02/2026"


def test_a_social_pages_reactions_under_the_byline_are_chrome() -> None:
    raw = article("Quán triệt Nghị quyết 847", ["Sáng 17/3, Đảng ủy Quân sự tỉnh tổ chức hội nghị quán triệt.", LONG],
                  byline="Hoàng Anh - Phòng Chính trị", footer=["Tất cả cảm xúc:", "12 bình luận", "Phù hợp nhất",
                                                                "Viết bình luận..."])
    assert parse_article_strict(raw).byline == "Hoàng Anh"


def test_a_reports_subtitle_wrapped_with_its_meetings_day_is_no_date_line() -> None:
    raw = "\n".join([
        "TỈNH ỦY NGHỆ AN", "BAN TỔ CHỨC", "*", "Số 287-BC/BTCTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Nghệ An, ngày 08 tháng 10 năm 2019", "", "BÁO CÁO", "Kết quả công tác tổ chức xây dựng Đảng quý III",
        "(Báo cáo tại Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III/2019,", "thứ Năm, ngày 10/10/2019)",
        "-----", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2019", LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2019-10-08", "2019-10-10")


def test_a_mail_passing_a_news_item_on_under_its_greeting_and_note() -> None:
    raw = "\n".join([
        "Subject: Fwd: Re: Tin giao ban tháng 11 - nhờ anh duyệt", "From: Lương Quốc Hùng <hunglq@tinh.dcs.vn>",
        "Date: 29/11/2025, 08:10", "To: Vi Thị Mai <maivt@tinh.dcs.vn>", "",
        "Mai ơi, em đăng tin này vào chuyên mục \"Xây dựng Đảng\" sáng thứ Hai (1/12) nhé.", "Hùng", "", "",
        "-------- Forwarded Message --------", "Subject: \tRe: Tin giao ban tháng 11 - nhờ anh duyệt",
        "Date: \tFri, 28 Nov 2025 17:42:15 +0700", "From: \tNông Thị Huyền <huyennt@tinh.dcs.vn>", "", "",
        "Kính gửi Ban Biên tập,", "",
        "Em gửi tin giao ban tháng 11 đã được lãnh đạo Ban duyệt. Nhờ Ban Biên tập đăng giúp ạ.", "", "----------",
        "Tuyên Quang: Giao ban công tác tổ chức xây dựng Đảng tháng 11/2025", "",
        "Chiều 27/11, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 11. " + LONG])
    assert parse_article_strict(raw).title == "Tuyên Quang: Giao ban công tác tổ chức xây dựng Đảng tháng 11/2025"


def test_a_feed_readers_export_its_starred_item_and_the_items_authors() -> None:
    raw = "\n".join([
        "Báo Quảng Ninh điện tử - Xây dựng Đảng", "https://baoquangninh.vn/rss/xay-dung-dang.rss",
        "Xuất từ: QuiteRSS 0.19.4 | 20/11/2021 21:47 | 2 tin (đã gắn sao: 1)", "=" * 40, "",
        "[★] Title: Ban Tổ chức Tỉnh ủy giao ban tháng 11: Dồn sức triển khai Kết luận 21-KL/TW",
        "Link: https://baoquangninh.vn/ban-to-chuc-tinh-uy-giao-ban-thang-11-3178452.html",
        "Date: Wed, 17 Nov 2021 09:35:00 +0700", "Author: Thu Hằng", "Category: Xây dựng Đảng", "",
        "Sáng 16.11, Ban Tổ chức Tỉnh ủy Quảng Ninh giao ban công tác tổ chức xây dựng Đảng tháng 11/2021. " + LONG,
        "=" * 40, "", "Title: Đảng bộ Than Quảng Ninh kết nạp 312 đảng viên là công nhân",
        "Date: Tue, 16 Nov 2021 15:20:00 +0700", "Author: Minh Đức", "", "Năm 2021, Đảng bộ Than kết nạp 312 đảng viên."])
    got = parse_article_strict(raw)
    assert got.title == "Ban Tổ chức Tỉnh ủy giao ban tháng 11: Dồn sức triển khai Kết luận 21-KL/TW"
    assert (got.published, got.event_date) == ("2021-11-17", "2021-11-16")
    assert {("Thu Hằng", "byline"), ("Minh Đức", "byline")} <= {(p.name, p.title) for p in got.people}


def test_a_blog_posts_footer_naming_its_author_vao_luc() -> None:
    got = parse_article_strict(article("Ghi ở hội nghị giao ban", [
        "Sáng 7/12, Ủy ban Kiểm tra Tỉnh ủy giao ban công tác kiểm tra tháng 11.", "Các đơn vị báo cáo.",
        "Đăng bởi Hoàng Thị Lụa vào lúc 21:36"], date_line="Thứ Bảy, 8 tháng 12, 2018"))
    assert got.byline == "Hoàng Thị Lụa"
    # (the post's links beside it, apart by spaces)
    got = parse_article_strict(article("Ghi ở hội nghị giao ban", [
        "Sáng 7/12, Ủy ban Kiểm tra Tỉnh ủy giao ban công tác kiểm tra tháng 11.", "Các đơn vị báo cáo.",
        "Đăng bởi Nông Văn Hải vào lúc 20:15    5 nhận xét    Gửi email bài đăng này"],
        date_line="Thứ Bảy, 8 tháng 12, 2018"))
    assert got.byline == "Nông Văn Hải"
    assert "nhận xét" not in got.clean_text


def test_a_phones_reading_mode_its_reading_time_and_links_to_the_page() -> None:
    raw = "\n".join([
        "baohagiang.vn", "Giao ban công tác tổ chức tháng 9: Kiện toàn cán bộ cấp xã", "Lò Thị Mai",
        "Khoảng 4 phút đọc", "Xem bản gốc", "", "Thứ Hai, 06/10/2025 - 08:10", "",
        "Chiều 3/10, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng tháng 9. " + LONG, "",
        "Các đảng ủy báo cáo kết quả.", "", "Lò Thị Mai", "", "Xem bản gốc tại baohagiang.vn"])
    got = parse_article_strict(raw)
    assert (got.title, got.byline) == ("Giao ban công tác tổ chức tháng 9: Kiện toàn cán bộ cấp xã", "Lò Thị Mai")
    assert "phút đọc" not in got.clean_text and "bản gốc" not in got.clean_text


def test_a_channel_posts_byline_over_its_link_to_the_article() -> None:
    raw = "\n".join([
        "📌 GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ I/2024", "",
        "🔹 Sáng 12/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý I năm 2024. " + LONG, "",
        "🔹 Các huyện ủy báo cáo kết quả.", "", "✍️ Hữu Tài - Báo Hà Tĩnh",
        "👉 Chi tiết: https://baohatinh.vn/giao-ban-quy-i-2024-post2904.html", "", "#XayDungDang"])
    assert parse_article_strict(raw).byline == "Hữu Tài"


def test_a_mailed_digest_its_item_on_party_building_under_its_section() -> None:
    raw = "\n".join([
        "Không hiển thị được hình ảnh? Xem bản tin trên trình duyệt", "",
        "BẢN TIN SÁNG - THỨ BẢY, 10/01/2026", "Ba tin đáng chú ý hôm nay", "",
        "1. KINH TẾ", "Giá cà phê lập đỉnh mới", "Sáng 9/1, giá cà phê nhân xô tăng mạnh.", "Đọc tiếp »", "",
        "2. XÂY DỰNG ĐẢNG", "Tổng kết công tác tổ chức xây dựng Đảng năm 2025 ở Đắk Lắk",
        "09/01/2026 | 17:45 - Minh Thuận", "",
        "Ngày 9/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2025. " + LONG, "",
        "Các đảng ủy báo cáo kết quả.", "Xem bài gốc trên baodaklak.vn »", "",
        "3. XÃ HỘI", "Trao quà Tết cho hộ nghèo", "Ngày 8/1, Ủy ban MTTQ tỉnh trao 2.000 suất quà."])
    got = parse_article_strict(raw)
    assert got.title == "Tổng kết công tác tổ chức xây dựng Đảng năm 2025 ở Đắk Lắk"
    assert (got.published, got.event_date, got.byline) == ("2026-01-09", "2026-01-09", "Minh Thuận")
    assert "Ngày 9/1, Ban Tổ chức" in got.clean_text and "Không hiển thị" not in got.clean_text


def test_a_reporter_named_as_a_province_is_where_a_byline_stands() -> None:
    # under the headline, over the date, the photos credited to the same name
    raw = "\n".join([
        "Khánh Hòa rà soát lại cán bộ theo chuẩn mới", "", "Long An", "Thứ sáu, 09/01/2026 - 06:58", "",
        "Chiều 8/1, Ban Thường vụ Tỉnh ủy Khánh Hòa tổng kết công tác đại hội. " + LONG, "",
        "Quang cảnh hội nghị (Ảnh: Long An).", "", "Các đảng ủy báo cáo kết quả."])
    got = parse_article_strict(raw)
    assert (got.title, got.byline, got.places) == (
        "Khánh Hòa rà soát lại cán bộ theo chuẩn mới", "Long An", ("Khánh Hòa",))
    # closing the article
    raw = "\n".join(["Thanh Hóa sơ kết Nghị quyết 18", "", "Sáng 12/12, Tỉnh ủy Thanh Hóa sơ kết. " + LONG, "",
                      "Các đảng ủy báo cáo kết quả.", "", "Hà Giang"])
    got = parse_article_strict(raw)
    assert (got.byline, got.places) == ("Hà Giang", ("Thanh Hóa",))
    # (a province the article names is the place, not a reporter)
    raw = "\n".join(["Hội nghị giao ban ở Hà Giang", "", "Sáng 12/12, Tỉnh ủy Hà Giang giao ban. " + LONG, "",
                      "Các đảng ủy báo cáo kết quả.", "", "Hà Giang"])
    assert parse_article_strict(raw).byline is None


def test_a_headline_after_its_section_with_the_stamp_glued_on_is_no_date_line() -> None:
    """"Chính trị 31-12-2022" is a section and a date; a headline of fifteen words before the
    stamp is not a section's label."""
    assert clean.is_date_line("Chính trị - Xây dựng Đảng | 31/12/2022 - 08:15", header=True)
    assert not clean.is_date_line(
        "Chính trị | Bình Dương kiện toàn chi bộ ở các khu công nghiệp14/03/2024 - 10:05",
        header=True)


def test_outlooks_print_its_mailbox_owner_over_the_headers_then_a_forwarded_article() -> None:
    body = "Hội nghị đánh giá kết quả công tác tổ chức xây dựng Đảng trong tháng, chỉ ra những hạn chế. " * 2
    raw = "\n".join([
        "Hà Văn Kiên", "_" * 40, "Người gửi:\tLê Minh Phúc <lmphuc@tinh.dcs.vn>",
        "Đã gửi:\tThứ Năm, 9 Tháng Năm, 2024 8:15 SA", "Người nhận:\tHà Văn Kiên; Ban Tổ chức Huyện ủy",
        "Cc:\tPhòng Tổ chức cán bộ", "Chủ đề:\tTV: tin giao ban", "Tệp đính kèm:\tbaocao_T4.docx", "",
        "Chào anh Kiên,", "", "Em gửi anh bài báo đưa tin hội nghị giao ban để đưa vào tài liệu sinh hoạt chi bộ.", "",
        "Trân trọng!", "", "--", "Lê Minh Phúc", "Chuyên viên Phòng Tổ chức đảng - đảng viên", "",
        "---------- Bài viết chuyển tiếp ----------", "Nguồn: baoyenbai.vn › Chính trị › Xây dựng Đảng", "",
        "Ban Tổ chức Tỉnh ủy giao ban công tác tháng 4", "08/05/2024 - 17:30", "",
        "Chiều 7/5, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 4. " + body])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Ban Tổ chức Tỉnh ủy giao ban công tác tháng 4", "2024-05-08", "2024-05-07")
    # the cover note's sender, under the headers the mailbox's owner heads (no article's line)
    assert [p.name for p in got.people] == ["Lê Minh Phúc"] and "Hà Văn Kiên" not in got.clean_text


def test_a_read_later_apps_headline_under_its_toolbar_with_a_way_back() -> None:
    raw = "\n".join([
        "Readwise", "Home   Library   Feed          Search   Add a link   ⚙", "",
        "← Back to Library          Mark as read   Favorite   Share   Delete", "",
        "Đảng bộ huyện Tiên Lữ giao ban công tác tổ chức quý III năm 2022 | Báo Hưng Yên",
        "Sáng 6/10, Ban Tổ chức Huyện ủy Tiên Lữ tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III.",
        LONG])
    got = parse_article_strict(raw)
    assert got.title == "Đảng bộ huyện Tiên Lữ giao ban công tác tổ chức quý III năm 2022"
    assert "Favorite" not in got.clean_text


def test_a_pasted_pages_headline_over_its_photos_caption_and_the_lead() -> None:
    raw = "\n".join([
        "# ban-tin-noi-bo", "Thứ Hai, 14 tháng 10", "Lê Thu Trang  8:02 SA",
        "Cả nhà đọc bài này của Báo Nam Định nhé, số liệu kết nạp đảng viên quý III dùng được cho bản tin tuần này luôn 👍",
        "CHÍNH TRỊ › XÂY DỰNG ĐẢNG",
        "Nam Định: Nâng cao chất lượng kết nạp đảng viên trong doanh nghiệp",
        "Phó Trưởng Ban Tổ chức Tỉnh ủy TRẦN VĂN HẢI phát biểu tại hội nghị. (Ảnh: THU TRANG)",
        "Ngày 11.10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2024.",
        LONG])
    got = parse_article_strict(raw)
    assert got.title == "Nam Định: Nâng cao chất lượng kết nạp đảng viên trong doanh nghiệp"


def test_a_notes_own_title_over_a_pasted_headline_with_its_stamp_glued() -> None:
    raw = "\n".join([
        "Ghi chú của tôi", "⭐ Kim Sơn – sơ kết 6 tháng (dùng cho báo cáo quý III)", "",
        "XÂY DỰNG ĐẢNG",
        "Kim Sơn sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021 (12/07/2021 15:40)", "",
        "(Báo Ninh Bình)- Vừa qua, Ban Thường vụ Huyện ủy Kim Sơn tổ chức hội nghị sơ kết công tác tổ chức "
        "xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Kim Sơn sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021", "2021-07-12")


def test_a_newsletters_app_button_in_capitals_is_no_byline() -> None:
    raw = "\n".join([
        "Subject: Số 8 – Tiên Yên chuẩn bị đại hội chi bộ", "", "OPEN IN APP", "",
        "Bản tin Cơ sở", "Chào các bạn,",
        "Sáng 3/4, Ban Tổ chức Huyện ủy Tiên Yên tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.",
        LONG, "", "GET THE APP"])
    got = parse_article_strict(raw)
    assert got.byline is None
    assert "Open In App" not in [p.name for p in got.people]


@pytest.mark.parametrize("sep", [" - ", ", "])  # (WhatsApp's on Android; Viber's)
def test_an_android_chat_exports_senders_and_the_article_pasted_in_two_messages(sep: str) -> None:
    raw = "\n".join([
        "14/03/2024, 07:30" + sep + "Trần Văn Lộc đã tạo nhóm \"Tin bài Đảng ủy xã\"",
        "14/03/2024, 07:41" + sep + "Đỗ Thị Hà Nam: Em gửi bài báo huyện đăng sáng nay, hai đoạn nha anh",
        "14/03/2024, 07:42" + sep + "Đỗ Thị Hà Nam: Xã Tam Hưng: Giao ban công tác xây dựng Đảng quý I",
        "Chiều ngày 13/3, Đảng ủy xã Tam Hưng tổ chức hội nghị giao ban công tác xây dựng Đảng quý I năm 2024. "
        "Đồng chí Phan Văn Quý, Bí thư Đảng ủy xã chủ trì hội nghị. " + LONG,
        "14/03/2024, 07:44" + sep + "Trần Văn Lộc: Ok em",
        "14/03/2024, 07:45" + sep + "Đỗ Thị Hà Nam: Kết luận hội nghị, đồng chí Bí thư yêu cầu các chi bộ tập trung "
        "rà soát đảng viên. Hội nghị thống nhất các chỉ tiêu của quý II.",
        "Bài, ảnh: Minh Hậu",
        "14/03/2024, 07:50" + sep + "Trần Văn Lộc: 👍"])
    got = parse_article_strict(raw)
    assert got.title == "Xã Tam Hưng: Giao ban công tác xây dựng Đảng quý I"
    assert got.byline == "Minh Hậu"
    names = [p.name for p in got.people]
    assert "Đỗ Thị Hà Nam" in names and "Trần Văn Lộc" in names
    assert not got.places  # (no province: "Hà Nam" is the sender's name)


@pytest.mark.parametrize("stamp", ["12 tháng 3, 2026  ·", "12 tháng 3, 2026 · 🌏"])
def test_a_posts_headline_with_emoji_and_hashtags_under_its_pages_name(stamp: str) -> None:
    raw = "\n".join([
        "Đảng ủy phường Kim Liên", stamp,
        "🇻🇳🌟 Giao ban công tác xây dựng Đảng tháng 3: kết nạp 4 đảng viên trẻ 🎉 #KimLien #XayDungDang",
        "Sáng 12-3, Đảng ủy phường Kim Liên tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 3/2026. " + LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác xây dựng Đảng tháng 3: kết nạp 4 đảng viên trẻ", "2026-03-12", "2026-03-12")


def test_word_ends_torn_off_a_scanned_columns_under_the_date_line_are_no_headline() -> None:
    raw = "\n".join([
        "BÁO THÁI BÌNH", "Thứ Năm, ngày 9-5-2019", "ết quả", "ọc tập", "Nâng cao chất lượng sinh hoạt chi bộ",
        "Hôm qua (8-5), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 4.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.event_date) == ("Nâng cao chất lượng sinh hoạt chi bộ", "2019-05-08")


def test_an_epaper_viewers_buttons_with_their_arrows_are_a_menu() -> None:
    assert clean._is_spaced_menu("◀ Trang trước   Trang 1/12   Trang sau ▶   Tải PDF   Toàn màn hình")
    assert not clean._is_spaced_menu("◀ xem lại   trang trước   trang sau   tải về")


def test_a_portals_date_line_naming_its_author_or_poster_by_label() -> None:
    for label in ("Tác giả", "Người đăng"):
        raw = "\n".join([
            "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN KỲ", "Trang chủ > Tin tức > Xây dựng Đảng",
            "Tân Kỳ giao ban công tác tổ chức xây dựng Đảng quý I",
            f"Ngày đăng: 02/04/2024 09:10 | {label}: Lương Thị Hòa | Lượt xem: 215",
            "Chiều 1/4, Ban Tổ chức Huyện ủy Tân Kỳ tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.",
            LONG])
        got = parse_article_strict(raw)
        assert (got.published, got.byline) == ("2024-04-02", "Lương Thị Hòa")


def test_a_date_line_opening_with_its_author_then_the_day_and_the_time_apart() -> None:
    raw = "\n".join([
        "Đảng bộ các ngân hàng trên địa bàn sơ kết 6 tháng đầu năm 2024", "",
        "Hải Đăng  |  Thứ Năm, 18/07/2024 | 15:20 (GMT+7)", "",
        "Chiều 17/7, Đảng ủy Khối Doanh nghiệp tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.published, got.byline) == ("2024-07-18", "Hải Đăng")


def test_a_section_in_capitals_and_a_stamp_with_its_time_zone_apart_by_spaces_on_the_headlines_line() -> None:
    raw = "\n".join([
        "BÁO MIỀN TRUNG ONLINE", "Thời sự   Chính trị   Các địa phương   Bạn đọc", "Các địa phương › Bắc Trung Bộ", "",
        "BẮC TRUNG BỘ  Hà Tĩnh: Kết nạp 120 đảng viên là ngư dân trong 9 tháng  12/10/2025 07:05 GMT+7", "",
        "Ngày 11.10, Ban Tổ chức Tỉnh ủy Hà Tĩnh tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng 9 tháng.",
        LONG])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Hà Tĩnh: Kết nạp 120 đảng viên là ngư dân trong 9 tháng", "2025-10-12", "2025-10-11")


@pytest.mark.parametrize(("other_headline", "other_lead", "caption"), [
    # a Khmer programme's page: its block over the Vietnamese article
    ("សន្និសីទបក្សឃុំ Hòa Lợi ពិនិត្យការងារកសាងបក្ស", "នាថ្ងៃទី៩ ខែតុលា គណៈកម្មាធិការបក្សឃុំ បានបើកសន្និសីទ។",
     "Quang cảnh hội nghị. (ទិដ្ឋភាពសន្និសីទ)"),
    # a Lao edition's
    ("ຄະນະພັກເມືອງ Mường Nhé ສະຫຼຸບວຽກງານ", "ວັນທີ 9 ເດືອນຕຸລາ ຄະນະພັກເມືອງ ໄດ້ເປີດກອງປະຊຸມ.",
     "Quang cảnh hội nghị. (ກອງປະຊຸມ)"),
], ids=["khmer", "lao"])
def test_a_block_in_another_script_over_the_article_is_the_translations(
        other_headline: str, other_lead: str, caption: str) -> None:
    raw = "\n".join([
        "BÁO ĐIỆN TỬ TỈNH", other_headline, other_lead, "----------", "BẢN TIẾNG VIỆT",
        "Đảng ủy xã giao ban công tác xây dựng Đảng quý III",
        "Ngày 9.10, Đảng ủy xã tổ chức hội nghị giao ban công tác xây dựng Đảng quý III năm 2025.",
        caption, "Các chi bộ báo cáo kết quả thực hiện nhiệm vụ."])
    got = parse_article_strict(raw)
    assert got.title == "Đảng ủy xã giao ban công tác xây dựng Đảng quý III"
    assert got.event_date == "2025-10-09"
    assert other_lead not in got.clean_text
    assert caption in got.clean_text  # (a few words of it in a Vietnamese line stay)


def test_a_headline_in_capitals_over_a_lead_laid_out_by_pdftotext() -> None:
    # pdftotext -layout indents each line and pads the words: the lead's first line reads like a
    # headline in ordinary case, but the paragraph goes on to a sentence's end inside the next
    raw = "\n".join([
        "                    ĐẢNG BỘ TỈNH QUẢNG NGÃI",
        "                    BAN TỔ CHỨC TỈNH ỦY",
        "",
        "  SƠ KẾT 6 THÁNG: KIỆN TOÀN TỔ CHỨC ĐẢNG Ở CÁC XÃ, PHƯỜNG MỚI",
        "",
        "       Mới đây, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây",
        "  dựng  Đảng  6  tháng  đầu  năm  2025.  Dự  hội  nghị  có  đồng  chí",
        "  Lê Văn Hải, Trưởng Ban Tổ chức Tỉnh ủy.",
        "       Các đảng bộ báo cáo kết quả thực hiện nhiệm vụ."])
    got = parse_article_strict(raw)
    assert got.title == "SƠ KẾT 6 THÁNG: KIỆN TOÀN TỔ CHỨC ĐẢNG Ở CÁC XÃ, PHƯỜNG MỚI"
    assert "Mới đây, Ban Tổ chức Tỉnh ủy" in got.clean_text


def test_a_team_chats_export_with_an_article_pasted_in_a_message() -> None:
    # the meeting's name heads the export; each message opens with its sender and the time
    # beside (a guest marked so); a message pastes an outlet's article whole, "Xem thêm" under it
    raw = "\n".join([
        "Họp giao ban Ban Tổ chức Huyện ủy - tuần 12",
        "Cuộc họp Microsoft Teams · Thứ Hai, 24/03/2025 · 08:00 - 09:10",
        "",
        "Phan Thị Hồng Nhung   8:02 SA",
        "Em dán bài báo tỉnh hôm nay để mọi người đọc trước nhé.",
        "",
        "Phan Thị Hồng Nhung   8:03 SA",
        "XÂY DỰNG ĐẢNG",
        "Huyện ủy Cư M'gar giao ban công tác tổ chức xây dựng Đảng quý I",
        "24/03/2025 - 06:10",
        "Ngày 22/3, Ban Tổ chức Huyện ủy Cư M'gar tổ chức hội nghị giao ban công tác tổ chức xây dựng"
        " Đảng quý I năm 2025. Đồng chí Y Khu Niê, Trưởng Ban Tổ chức Huyện ủy chủ trì hội nghị.",
        "Trong quý, toàn huyện kết nạp 56 đảng viên, đạt 28% chỉ tiêu năm; các chi bộ duy trì nền nếp"
        " sinh hoạt định kỳ theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.",
        "HOÀNG LAN",
        "Xem thêm",
        "👍 4",
        "",
        "Đỗ Văn Tâm   8:06 SA",
        "Số kết nạp đã cập nhật đến hôm qua là 58 nha chị.",
        "",
        "Lê Thị Thu Hà (Khách)   8:07 SA",
        "Bên em đã nhận báo cáo của các chi bộ rồi ạ."])
    got = parse_article_strict(raw)
    assert got.title == "Huyện ủy Cư M'gar giao ban công tác tổ chức xây dựng Đảng quý I"
    assert (got.published, got.event_date) == ("2025-03-24", "2025-03-22")
    assert got.byline == "Hoàng Lan"
    assert {"Đỗ Văn Tâm", "Lê Thị Thu Hà"} <= {p.name for p in got.people}
    assert "Số kết nạp đã cập nhật" in got.clean_text  # (the replies are kept, not the article's)


def test_an_aggregators_source_between_the_headline_and_the_date() -> None:
    raw = "\n".join([
        "Tin Mới", "Thời sự › Chính trị", "",
        "Ban Tổ chức Huyện ủy Krông Pa giao ban công tác quý III",
        "Tạp chí Xây dựng Đảng",
        "12/10/2024 08:15", "",
        "Vừa qua, Ban Tổ chức Huyện ủy Krông Pa tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng"
        " quý III, triển khai nhiệm vụ quý IV năm 2024.",
        "Các chi bộ báo cáo kết quả thực hiện nhiệm vụ."])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Ban Tổ chức Huyện ủy Krông Pa giao ban công tác quý III", "2024-10-12")
    # (a paper's name over a masthead's date and its menu is the masthead's)
    masthead = "\n".join(["Báo Gia Lai", "Thứ Bảy, 12/10/2024", "Trang chủ", "Thời sự",
                          "Ban Tổ chức Huyện ủy Krông Pa giao ban công tác quý III",
                          "12/10/2024 08:15", "Vừa qua, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban."])
    assert parse_article_strict(masthead).title == "Ban Tổ chức Huyện ủy Krông Pa giao ban công tác quý III"


@pytest.mark.parametrize("line", [
    "TIN ĐỊA PHƯƠNG | Gia Lai: Giao ban công tác tổ chức xây dựng Đảng quý III",
    "Thời sự · Xây dựng Đảng | Gia Lai: Giao ban công tác tổ chức xây dựng Đảng quý III | 12/10/2024 08:15",
])
def test_a_sections_name_before_a_bar_on_the_headlines_line(line: str) -> None:
    got = parse_article_strict("\n".join([line, "Ngày 11/10, Ban Tổ chức Tỉnh ủy Gia Lai tổ chức hội nghị giao ban.",
                                          "Các chi bộ báo cáo kết quả."]))
    assert got.title == "Gia Lai: Giao ban công tác tổ chức xây dựng Đảng quý III"
    # (a headline in capitals after a place in capitals stays whole)
    caps = "NGHỆ AN | GIAO BAN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG QUÝ III"
    assert parse_article_strict(caps + "\nNgày 11/10, Ban Tổ chức Tỉnh ủy giao ban.\n").title == caps


def test_a_press_clipping_forms_fields_over_the_articles_content() -> None:
    # a Party office's clipping form from Word: its fields, then "NỘI DUNG BÀI BÁO" over the
    # article; the page's date is the form's "Ngày đăng" field
    raw = "\n".join([
        "HUYỆN ỦY ĐẦM DƠI\tĐẢNG CỘNG SẢN VIỆT NAM", "BAN TỔ CHỨC", "PHIẾU TRÍCH TIN BÀI BÁO CHÍ",
        "Tên bài: Giao ban công tác tổ chức xây dựng Đảng quý I", "Cơ quan báo chí: Báo điện tử tỉnh",
        "Ngày đăng: 08/4/2021", "Đường dẫn: Bấm hoặc gõ nhẹ vào đây để nhập văn bản.",
        "Lĩnh vực:\t☒ Xây dựng Đảng\t☐ Kinh tế", "Người trích: Lê Thị Hồng, chuyên viên",
        "NỘI DUNG BÀI BÁO", "Giao ban công tác tổ chức xây dựng Đảng quý I",
        "Chiều thứ Ba (6/4), Ban Tổ chức Huyện ủy Đầm Dơi tổ chức hội nghị giao ban công tác tổ chức xây"
        " dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2021.",
        "Các chi bộ báo cáo kết quả thực hiện nhiệm vụ.", "THANH HÀ"])
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I", "2021-04-08", "2021-04-06")
    assert "Người trích" not in got.clean_text


def test_todays_date_over_a_portals_menu_is_not_an_undated_articles() -> None:
    raw = "\n".join([
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ", "TỈNH ĐỒNG NAI", "Thứ Ba, 14/10/2025",
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Xây dựng Đảng | Chính quyền | Thủ tục hành chính",
        "Trang chủ > Xây dựng Đảng", "",
        "Đảng ủy xã Tân Phú giao ban công tác xây dựng Đảng quý III", "Lượt xem: 120 | In bài", "",
        "Đảng ủy xã Tân Phú vừa tổ chức hội nghị giao ban công tác xây dựng Đảng quý III năm 2025.",
        "Các chi bộ báo cáo kết quả thực hiện nhiệm vụ."])
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Đảng ủy xã Tân Phú giao ban công tác xây dựng Đảng quý III", None)
    # (the article's own date under its headline is still read)
    dated = raw.replace("Lượt xem: 120 | In bài", "Ngày đăng: 13/10/2025 | Lượt xem: 120")
    assert parse_article_strict(dated).published == "2025-10-13"


def test_a_stamp_after_the_headlines_last_word_and_one_space() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict("BÁO PHÚ THỌ\nXây dựng Đảng\n\nBảo đảm bộ máy sau hợp nhất vận hành thông suốt 09/07/2025 07:30\n\n"
                               "Hôm qua (8/7), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.\n")
    assert (got.title, got.published) == ("Bảo đảm bộ máy sau hợp nhất vận hành thông suốt", "2025-07-09")
    # (an export's name over an em dash and its time is no headline's stamp)
    assert parse_article_strict("BC_TongKet_2020.pptx — xuất văn bản — 24/12/2020 16:05\n\nBÁO CÁO TỔNG KẾT\n"
                                "Năm 2020, công tác tổ chức xây dựng Đảng đạt kết quả.\n").published is None


def test_a_bulletins_issue_with_its_running_count_heads_the_page() -> None:
    raw = "\n".join(["BẢN TIN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG          Số 04 (182) - Tháng 4/2024",
                     "Ban Tổ chức Huyện ủy Ea Kar giao ban công tác quý I năm 2024", LONG])
    assert parse_article_strict(raw).title == "Ban Tổ chức Huyện ủy Ea Kar giao ban công tác quý I năm 2024"


def test_a_row_of_size_buttons_between_bars_and_a_print_views_day_of_printing() -> None:
    raw = "\n".join(["Giao ban công tác tổ chức quý III", "Cỡ chữ: A | A | A    In trang    Chia sẻ",
                     "Ngày 24.9, Ban Tổ chức Huyện ủy tổ chức giao ban công tác quý III năm 2025.", LONG,
                     "Thanh Vân", "Ngày in: 12/10/2025 09:41"])
    p = parse_article_strict(raw)
    assert p.clean_text.startswith("Ngày 24.9") and "Ngày in" not in p.clean_text
    assert (p.byline, p.published, p.event_date) == ("Thanh Vân", None, "2025-09-24")


def test_the_authors_name_and_office_over_a_photos_caption_closing_the_page() -> None:
    raw = "\n".join(["Quảng Ninh rút kinh nghiệm đại hội đảng bộ các cấp", LONG,
                     "Hội nghị cũng chỉ ra hạn chế ở một số nơi.", "Kinh nghiệm của tỉnh được giới thiệu.",
                     "NGUYỄN THU HẰNG",
                     "Ban Tổ chức Tỉnh ủy Quảng Ninh", "Ảnh: Quang cảnh hội nghị. (Ảnh: PV)"])
    p = parse_article_strict(raw)
    assert p.byline == "Nguyễn Thu Hằng"


def test_a_weeklys_page_head_with_its_issues_day_over_a_section_and_the_headline() -> None:
    raw = "\n".join(["Báo in điện tử  |  Chọn số: Số 46 ▼  |  Xem dạng PDF", "",
                     "QUẢNG BÌNH CUỐI TUẦN                                        Số 12 (Thứ Sáu 22/3/2019)", "",
                     "XÂY DỰNG ĐẢNG", "", "Hoàn thành kiểm điểm tập thể, cá nhân trước Tết", "",
                     "(QBCT) - Sáng thứ Ba tuần trước, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây "
                     "dựng Đảng với các huyện phía Nam của tỉnh.", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Hoàn thành kiểm điểm tập thể, cá nhân trước Tết", "2019-03-22", "2019-03-12")


def test_a_date_line_with_its_lunar_day_and_a_meeting_of_days_up_to_a_dashed_day() -> None:
    raw = "\n".join(["Tập huấn nghiệp vụ tổ chức đại hội đảng bộ cơ sở",
                     "Thứ Bảy, 12/10/2024 – Âm lịch: 10/9 Giáp Thìn – 08:32",
                     "(BTC) - Từ ngày 9 đến 11-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn.", LONG])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date) == ("2024-10-12", "2024-10-09")


def test_a_headlines_stamp_after_one_space_with_a_dash_before_its_time() -> None:
    raw = "\n".join(["Chính trị › Xây dựng Đảng", "",
                     "Ngành Tổ chức dồn lực chuẩn bị nhân sự đại hội đảng bộ các cấp 09/10/2024 - 06:25", "",
                     "Thu Hà", "(Baohatinh.vn) - Hôm qua (8/10), Ban Tổ chức Tỉnh ủy tổ chức giao ban.", LONG])
    p = parse_article_strict(raw)
    assert (p.title, p.published, p.event_date) == (
        "Ngành Tổ chức dồn lực chuẩn bị nhân sự đại hội đảng bộ các cấp", "2024-10-09", "2024-10-08")


def test_a_section_with_the_sites_body_in_initials_before_a_bar() -> None:
    raw = "\n".join(["Hoạt động UBKT | UBKT Tỉnh ủy giao ban công tác kiểm tra, giám sát quý III/2023",
                     "Cập nhật: 10/10/2023 15:42 | Lượt xem: 412", LONG])
    assert parse_article_strict(raw).title == "UBKT Tỉnh ủy giao ban công tác kiểm tra, giám sát quý III/2023"


@pytest.mark.parametrize("programme", ["Bản tin Thời sự tối ngày 07/10/2024", "Bản tin Thời sự THBT 19 giờ ngày 07/10/2024",
                                       "Bản tin thời sự 18h30 07/10/2024"])
def test_a_broadcasts_programme_over_its_item_dates_no_meeting(programme: str) -> None:
    raw = "\n".join(["Ban Tổ chức Tỉnh ủy giao ban công tác quý III/2024",
                     "Cập nhật: 08/10/2024 - 20:15  |  Lượt xem: 512", programme,
                     "(THBT) - Vừa qua, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý III.", LONG,
                     "Tin: Ngọc Ánh - Hình: Tấn Phát"])
    p = parse_article_strict(raw)
    assert (p.published, p.event_date) == ("2024-10-08", None)
    assert programme not in p.clean_text
    assert [x.name for x in p.people] == ["Ngọc Ánh", "Tấn Phát"]


@pytest.mark.parametrize("label", ["Thời sự tỉnh | ", "Xây dựng lực lượng » ", "Thời sự địa phương | "])
def test_a_stations_and_a_forces_section_before_the_headline_on_its_line(label: str) -> None:
    got = parse_article_strict(article(label + "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL], date_line="10/03/2021 08:15"))
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"


def test_a_byline_over_a_photo_credit_to_a_body_in_brackets() -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL, "Minh Tuấn - Phòng Tổ chức đảng, đảng viên",
                                        "(Ảnh: Ban Tổ chức Huyện ủy Long Hồ)"]))
    assert got.byline == "Minh Tuấn"


@pytest.mark.parametrize("site", ["Trung tâm Truyền thông tỉnh Vĩnh Long", "VL ONLINE - Trung tâm Truyền thông tỉnh Vĩnh Long"])
def test_a_provinces_media_centre_over_a_print_view_is_the_site(site: str) -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021 | 10/03/2021 | 08:15",
                                       [_LEAD_VL, _BODY_VL], header=["In trang | Đóng cửa sổ", site,
                                                                     "Chính trị » Xây dựng Đảng"]))
    assert (got.title, got.published) == ("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                          "2021-03-10")


def test_a_text_browsers_row_of_menu_links_is_no_headline() -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL], header=["   [1]BÁO VĨNH LONG",
                                                                     "   [7]Xã hội [8]Văn hóa [9]Thể thao [10]Tìm kiếm"]))
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"
    assert "Thể thao" not in got.clean_text


def test_a_sections_name_before_a_path_mark_on_the_headlines_line() -> None:
    got = parse_article_strict(article("Công tác Đảng ở cơ sở » Vĩnh Long giao ban công tác tổ chức xây dựng Đảng "
                                       "quý I năm 2021", [_LEAD_VL, _BODY_VL], date_line="10/03/2021 08:15"))
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"


def test_a_reader_apps_note_of_the_copy_is_chrome() -> None:
    assert clean._is_widget_line("— Đã lưu từ baovinhlong.vn · 10/03/2021 21:14 · Xem bài gốc")
    assert clean._is_widget_line("Đã lưu từ baovinhlong.vn")
    assert not clean._is_widget_line("Đã lưu trữ 1.200 hồ sơ đảng viên")


@pytest.mark.parametrize("head", ["4 XÂY DỰNG ĐẢNG", "Xây dựng Đảng 5"])
def test_a_printed_pages_head_with_its_number_is_no_headline(head: str) -> None:
    got = parse_article_strict(article("Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021",
                                       [_LEAD_VL, _BODY_VL], header=[head, "VĨNH LONG Thứ Tư, 10-03-2021"]))
    assert got.title == "Vĩnh Long giao ban công tác tổ chức xây dựng Đảng quý I năm 2021"


def test_a_photos_caption_under_a_headline_in_capitals_is_no_headline() -> None:
    raw = ("TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG BÌNH\n\nĐào tạo - Bồi dưỡng | 21/09/2023 10:05\n"
           "KHAI GIẢNG LỚP BỒI DƯỠNG KIẾN THỨC CHO CÁN BỘ DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ\n\n"
           "Đồng chí Hoàng Văn Lực, Hiệu trưởng nhà trường phát biểu khai giảng. Ảnh: Minh Quân\n\n"
           "Sáng 21/9, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng cập nhật kiến thức cho 70 học viên.\n")
    got = parse_article_strict(raw)
    assert got.title == "KHAI GIẢNG LỚP BỒI DƯỠNG KIẾN THỨC CHO CÁN BỘ DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ"
    assert (got.published, got.event_date) == ("2023-09-21", "2023-09-21")


def test_a_stamp_with_a_bar_before_its_time_apart_from_the_headline() -> None:
    raw = ("Trang chủ / Thời sự / Chính trị\n\nYên Dũng: Sáp nhập thôn gắn với kiện toàn chi bộ   "
           "06/08/2019 | 19:40\n\nBGTV - Ngày 5.8, Ban Thường vụ Huyện ủy Yên Dũng tổ chức hội nghị sơ kết.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Yên Dũng: Sáp nhập thôn gắn với kiện toàn chi bộ", "2019-08-06", "2019-08-05")


def test_a_video_page_its_channel_named_by_its_letters_and_its_transcripts_language() -> None:
    raw = ("Can Xuân trao Huy hiệu Đảng cho 40 đảng viên | Thời sự Nghệ An\n\nNTV Nghệ An\n"
           "168 N người đăng ký\n\nĐăng ký\n\nChia sẻ\n\n2.314 lượt xem  1 thg 2, 2024  #NghệAn\n"
           "(NTV) - Sáng 1/2, Huyện ủy Can Xuân tổ chức lễ trao Huy hiệu Đảng cho 40 đảng viên.\n\n"
           "Đồng chí Bí thư Huyện ủy trao Huy hiệu và chúc mừng các đảng viên lão thành.\n\n"
           "Thực hiện: Thu Hà - Đức Quang\n\nBản chép lời\n\n0:02\nSáng nay, Huyện ủy Can Xuân trao Huy hiệu.\n"
           "0:07\nThu Hà, Đức Quang, Đài Phát thanh - Truyền hình Nghệ An.\n\nTiếng Việt\n\n18 bình luận\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Can Xuân trao Huy hiệu Đảng cho 40 đảng viên", "2024-02-01", "2024-02-01")
    assert "Tiếng Việt" not in [p.name for p in got.people]


def test_a_subtitle_files_override_tags_are_not_its_words() -> None:
    raw = ("1\n00:00:00,000 --> 00:00:03,000\n[Nhạc hiệu]\n\n2\n00:00:03,100 --> 00:00:07,900\n"
           "{\\an8}ĐẠI HỘI ĐẢNG BỘ HUYỆN PHONG THỔ NHIỆM KỲ 2020 - 2025\n\n3\n00:00:04,000 --> 00:00:08,200\n"
           "Trong hai ngày 14 và 15/7, Đảng bộ huyện Phong Thổ tổ chức đại hội {\\i1}lần thứ XXII{\\i0}\n")
    got = parse_article_strict(raw)
    assert got.title == "ĐẠI HỘI ĐẢNG BỘ HUYỆN PHONG THỔ NHIỆM KỲ 2020 - 2025"
    assert "{\\" not in got.clean_text


def test_a_reply_quoting_the_mail_that_carried_the_article() -> None:
    raw = ("Re: Nhờ em rà lại số liệu bài giao ban\nHộp thư đến\n\nLý Thị Hoa <hoa.btctu@gmail.com>\n"
           "Th 5, 14 thg 3, 2024, 08:40\ntới tôi\n\nEm chào chị,\n\nEm đã rà lại, số liệu đúng ạ.\n\n"
           "Em Hoa\n--\nLý Thị Hoa\nBan Tổ chức Tỉnh ủy\n\n"
           "Vào Th 3, 12 thg 3, 2024 lúc 09:15 Đỗ Thị Mai <mai.btctu@gmail.com> đã viết:\n> Hoa ơi,\n>\n"
           "> Chị gửi bài đã đăng để em đối chiếu.\n>\n> -----\n"
           "> Ban Tổ chức Tỉnh ủy giao ban tháng 2: Kết nạp 612 đảng viên mới\n>\n"
           "> (BTCTU) - Chiều thứ Hai, ngày 11-3, Ban Tổ chức Tỉnh ủy tổ chức hội\n"
           "> nghị giao ban công tác tổ chức xây dựng Đảng tháng 2, triển khai nhiệm vụ tháng 3/2024.\n>\n"
           "> Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Văn Khải chủ trì hội nghị.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Ban Tổ chức Tỉnh ủy giao ban tháng 2: Kết nạp 612 đảng viên mới", None, "2024-03-11")
    assert [(p.name, p.title) for p in got.people][0] == ("Nguyễn Văn Khải", "Trưởng Ban Tổ chức Tỉnh ủy")


def test_a_chats_article_pasted_over_two_messages() -> None:
    raw = ("[04/11/2019 16:48] Phạm Thu Trang:\nChị ơi, bài giao ban của CTV gửi về, em dán làm 2 tin nhắn ạ.\n\n"
           "[04/11/2019 16:49] Phạm Thu Trang:\nVũ Thư: Kết nạp 86 đảng viên trong 10 tháng\n"
           "Ngày 4.11, Ban Thường vụ Huyện ủy Vũ Thư tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.\n\n"
           "Trong 10 tháng, toàn huyện kết nạp 86 đảng viên, đạt 95% kế hoạch năm.\n\n"
           "[04/11/2019 16:49] Phạm Thu Trang:\n(tiếp)\n"
           "Kết luận hội nghị, đồng chí Bùi Văn Thắng yêu cầu các cấp ủy tổ chức đại hội điểm chi bộ.\n\n"
           "Lê Tuấn Anh (CTV Vũ Thư)\n\n[04/11/2019 17:05] Đặng Hải Yến:\nOk em, lên trang 2 nhé.\n")
    got = parse_article_strict(raw)
    assert got.title == "Vũ Thư: Kết nạp 86 đảng viên trong 10 tháng"
    assert "Kết luận hội nghị" in got.clean_text and "(tiếp)" not in got.clean_text
    assert got.byline == "Lê Tuấn Anh"


def test_todays_day_over_a_portals_long_name_and_a_menu_of_long_items() -> None:
    raw = ("Thứ Tư, 21/06/2023\nCỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI LĂNG - TỈNH QUẢNG TRỊ\nTrang chủ\nGiới thiệu\n"
           "Tin tức - Sự kiện\nXây dựng Đảng\nVăn bản chỉ đạo điều hành\nThủ tục hành chính\nLiên hệ\n\n"
           "Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng\n\n"
           "Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2023\n\nLượt xem: 215\n\n"
           "Sau 5 ngày học tập (từ ngày 12 đến 16/6), chiều 16/6, Trung tâm Chính trị huyện tổ chức lễ bế giảng.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2023", None, "2023-06-16")


def test_a_section_in_capitals_glued_before_the_headline_by_one_space() -> None:
    raw = ("XÂY DỰNG ĐẢNG Sơn La: Triển khai kết luận hội nghị giao ban trực tuyến toàn quốc\n\n"
           "Thứ Ba, 12/3/2024, 09:47 [GMT+7]\n\nSáng 6/3, Ban Tổ chức Tỉnh ủy Sơn La tổ chức hội nghị.\n")
    assert parse_article_strict(raw).title == "Sơn La: Triển khai kết luận hội nghị giao ban trực tuyến toàn quốc"
    # (a headline in capitals stays whole: "KẾT NẠP 86 ĐẢNG VIÊN MỚI")
    raw = "KẾT NẠP 86 ĐẢNG VIÊN MỚI TRONG 10 THÁNG\n\nCập nhật: 05/11/2019\n\nNgày 4.11, Huyện ủy giao ban.\n"
    assert parse_article_strict(raw).title == "KẾT NẠP 86 ĐẢNG VIÊN MỚI TRONG 10 THÁNG"


@pytest.mark.parametrize("stamp", ["(13/11/2017 09:05)", "(13/11/2017 09:05 GMT+7)"])
def test_a_short_headline_with_its_stamp_in_brackets(stamp: str) -> None:
    raw = (f"Trang chủ > Chính trị > Tin buồn\n\nTin buồn {stamp}\n\n"
           "Đồng chí Lê Văn Thưởng đã từ trần hồi 16 giờ 20 phút, Chủ nhật, ngày 12 tháng 11 năm 2017.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published) == ("Tin buồn", "2017-11-13")


def test_a_news_alerts_mail_over_the_article_pasted_under_it() -> None:
    raw = ("Google Alerts - công tác tổ chức xây dựng Đảng\nHộp thư đến\n\n"
           "Google Alerts <googlealerts-noreply@google.com>\nThứ Năm, 9 thg 10, 2025, 07:12\ntới tôi\n\n"
           "Google Alerts\ncông tác tổ chức xây dựng Đảng\n\nTIN TỨC\n\n"
           "Lào Cai giao ban công tác tổ chức xây dựng Đảng 9 tháng năm 2025\nBáo Lào Cai\n"
           "Chiều hôm qua (8/10), Ban Tổ chức Tỉnh ủy Lào Cai tổ chức hội nghị giao ban ...\n"
           "Gắn cờ là không liên quan\n\nNghệ An: Hoàn thành kiện toàn cấp ủy 130 xã, phường\nBáo Nghệ An\n"
           "Ban Thường vụ Tỉnh ủy Nghệ An đã chỉ đạo kiện toàn tổ chức đảng ...\nGắn cờ là không liên quan\n\n"
           "Xem thêm kết quả | Chỉnh sửa thông báo này\n\nChính trị / Xây dựng Đảng\n\n"
           "Lào Cai giao ban công tác tổ chức xây dựng Đảng 9 tháng năm 2025\n\nThanh Bình - Quốc Hưng\n"
           "09/10/2025 05:40\n\nChiều hôm qua (8/10), Ban Tổ chức Tỉnh ủy Lào Cai tổ chức hội nghị giao ban "
           "công tác tổ chức xây dựng Đảng 9 tháng.\n\nCác đảng bộ báo cáo kết quả kết nạp đảng viên.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Lào Cai giao ban công tác tổ chức xây dựng Đảng 9 tháng năm 2025", "2025-10-09", "2025-10-08",
        "Thanh Bình - Quốc Hưng")
    assert got.places == ("Lào Cai",)


def test_an_e_books_contents_with_pages_in_brackets_and_its_sections() -> None:
    segs_in = segs("MỤC LỤC", "NGHIÊN CỨU - TRAO ĐỔI", "Nâng cao chất lượng đội ngũ cán bộ ..... [3]",
                   "THỰC TIỄN - KINH NGHIỆM", "Ninh Bình: Tổng kết công tác xây dựng Đảng năm 2018 ..... [21]",
                   "THỰC TIỄN - KINH NGHIỆM", "Ninh Bình: Tổng kết công tác xây dựng Đảng năm 2018")
    out = clean.mark_contents(segs_in)
    assert [s.kind for s in out] == [clean.LABEL] * 5 + [clean.BODY] * 2


def test_an_issues_article_under_its_contents_is_headed_by_its_entry() -> None:
    raw = ("TẠP CHÍ XÂY DỰNG ĐẢNG\n\nSỐ 2 - 2019\n\nGiấy phép hoạt động báo chí in số 286/GP-BTTTT\n\n* * *\n\n"
           "MỤC LỤC\n\nNGHIÊN CỨU - TRAO ĐỔI\n\nNâng cao chất lượng đội ngũ cán bộ các cấp ..... [3]\n\n"
           "THỰC TIỄN - KINH NGHIỆM\n\nNinh Bình: Tổng kết công tác xây dựng Đảng năm 2018 ..... [21]\n\n* * *\n\n"
           "THỰC TIỄN - KINH NGHIỆM\n\nNinh Bình: Tổng kết công tác xây dựng Đảng năm 2018\n\nNGUYỄN THỊ THU HIỀN\n\n"
           "Ban Tổ chức Tỉnh ủy Ninh Bình\n\n[21]\n\nTrong hai ngày 10 và 11-1-2019, Ban Thường vụ Tỉnh ủy Ninh Bình "
           "tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.event_date, got.byline) == (
        "Ninh Bình: Tổng kết công tác xây dựng Đảng năm 2018", "2019-01-10", "Nguyễn Thị Thu Hiền")


def test_a_search_box_its_words_in_place_of_its_field_is_no_headline() -> None:
    raw = ("BAN TỔ CHỨC TỈNH ỦY ĐẮK LẮK\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n"
           "Thứ Sáu, 13/07/2018\nTìm kiếm...   [Tìm]\nTrang chủ » Tin tức - Sự kiện » Hoạt động ngành\n\n"
           "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2018 (06/07/2018 - 15:32)\n\n"
           "Chiều ngày 5/7, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác tổ chức xây dựng Đảng.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2018", "2018-07-06", "2018-07-05")


def test_a_section_before_a_bar_and_a_headline_of_many_words() -> None:
    raw = ("Bạn đang ở: Trang chủ > Xây dựng Đảng\n\nXây dựng Đảng | Tổng kết công tác tổ chức xây dựng Đảng năm 2016\n"
           "Cập nhật: 30/12/2016 08:15     Cỡ chữ: A A A     Lượt xem: 642\n\n"
           "Sáng thứ Năm (29/12), Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2016.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Tổng kết công tác tổ chức xây dựng Đảng năm 2016", "2016-12-30", "2016-12-29")


@pytest.mark.parametrize(("line", "published"), [
    ("Ngày đăng: Dec. 22, 2017, 9:05 a.m. | Chuyên mục: Tin tức | Lượt xem: 1.204", "2017-12-22"),
    ("Tin tức - Sự kiện › Xây dựng Đảng › 15/08/2022 09:40", "2022-08-15"),
])
def test_a_date_line_with_its_section_its_path_or_an_english_morning(line: str, published: str) -> None:
    raw = (f"Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm\n\n{line}\n\n"
           "Chiều 20/7, Ban Tổ chức Huyện ủy tổ chức hội nghị sơ kết.\n")
    assert parse_article_strict(raw).published == published


def test_a_reposts_note_of_its_first_run_is_no_meetings_day() -> None:
    raw = ("Tin tức - Sự kiện › Xây dựng Đảng › 15/08/2022 09:40\n\n"
           "Yên Thành sơ kết 5 năm thực hiện Nghị quyết 18, 19 của Trung ương\n\n"
           "(Bài đăng lần đầu ngày 5/8/2022 trên Báo Nghệ An)\n\n"
           "Vừa qua, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết 18.\n")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2022-08-15", None)


@pytest.mark.parametrize("note", [
    "(Ban Biên tập: Bài viết được đăng lần đầu ngày 14/3/2024 trên Bản tin Xây dựng Đảng. Trang đăng lại "
    "nguyên văn để phục vụ sinh hoạt chi bộ chuyên đề tháng 3/2025.)",
    "(Bài đăng lần đầu vào 14-3-2024 trên Báo Bình Định)",
])
def test_a_reposts_meeting_takes_the_year_of_its_first_run(note: str) -> None:
    raw = ("Sơ kết 5 năm thực hiện Chỉ thị 28-CT/TW\n\n20/03/2025 09:10   |   Lượt xem: 642\n\n" + note + "\n\n"
           "Sáng 13-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 28-CT/TW.\n")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2025-03-20", "2024-03-13")


def test_a_headline_with_its_time_then_its_day_glued_on() -> None:
    raw = ("Điều động, chỉ định 14 cán bộ tăng cường cho các xã vùng cao, biên giới 18:05, 04/09/2025\n\n"
           "Ngày 4.9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published) == (
        "Điều động, chỉ định 14 cán bộ tăng cường cho các xã vùng cao, biên giới", "2025-09-04")


def test_a_mails_note_over_a_rule_naming_where_the_article_was_copied_from() -> None:
    raw = ("From: Phạm Thị Kim Oanh <oanhptk@gialai.dcs.vn>\nDate: Tue, 05 Aug 2025 08:03:11 +0700\n"
           "Subject: Fwd: Bài Báo Gia Lai: công bố quyết định cán bộ chiều 4/8\n\nAnh Thành ơi,\n\n"
           "Em chuyển anh bài trên Báo Gia Lai điện tử sáng nay về hội nghị công bố quyết định cán bộ chiều qua. "
           "Danh sách cán bộ em đã đối chiếu với Quyết định số 215-QĐ/TU, khớp rồi ạ.\n\nEm Oanh\n--\n"
           "Phạm Thị Kim Oanh\nChuyên viên Phòng Tổng hợp, Ban Tổ chức Tỉnh ủy Gia Lai\nĐT: 0256.3822.415\n\n"
           "-------- Nội dung sao chép từ baogialai.com.vn --------\n\nChính trị > Xây dựng Đảng\n\n"
           "Công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ\n\n05/08/2025 06:10 | Lượt xem: 1.204\n\n"
           "(GLO)- Chiều thứ Hai (4/8), tại phường Quy Nhơn, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị công bố "
           "các quyết định về công tác cán bộ.\n\nThay mặt các cán bộ được điều động, đồng chí Rơ Mah H'Len cảm ơn "
           "sự tin tưởng của Ban Thường vụ Tỉnh ủy.\n\nHOÀNG HOÀI\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.event_date) == (
        "Công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ", "2025-08-05", "2025-08-04")


def test_an_articles_foot_its_author_its_day_a_rating_and_its_source() -> None:
    lead = ("Chiều hôm qua (11/3), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
            "tháng 2, triển khai nhiệm vụ tháng 3 năm 2024. Đồng chí Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị; "
            "dự hội nghị có lãnh đạo ban tổ chức các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.")
    body = "".join(f"Trong tháng 2, các cấp ủy đã thực hiện nhiệm vụ thứ {k} theo kế hoạch của Ban Thường vụ.\n\n"
                   for k in range(1, 3))
    raw = ("Hôm nay: Thứ Sáu, 15/03/2024\n\nGiao ban công tác tổ chức xây dựng Đảng tháng 2\n\n" + lead + "\n\n"
           + body + "Kết luận hội nghị, đồng chí Trưởng Ban yêu cầu các cấp ủy thực hiện nhiệm vụ tháng 3.\n\n"
           "Phạm Hương - Phòng Tổ chức đảng, đảng viên\nNgày 12/3/2024\n\nBình chọn:  ★★★★☆   (12 lượt)\n")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2024-03-12", "2024-03-11", "Phạm Hương")
    raw = ("Yên Thành sơ kết 5 năm thực hiện Nghị quyết 18\n\nCập nhật: 15/08/2022 09:40\n\n"
           "Vừa qua, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết 18.\n\n"
           "Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tiếp tục rà soát.\n\n"
           "Hoài Thu\n(Theo Báo Nghệ An)\n\nNgười đăng: Minh Châu  |  Lượt xem: 143\n")
    assert parse_article_strict(raw).byline == "Hoài Thu - Minh Châu"


def test_a_tables_rows_copied_with_their_tabs_stay_rows() -> None:
    rows = ["TT\tHọ và tên\tChức vụ\tTín nhiệm cao", "1\tNguyễn Thanh Bình\tChủ tịch HĐND tỉnh\t50 (94,34%)",
            "2\tTrần Thị Mỹ Lệ\tPhó Chủ tịch HĐND tỉnh\t48 (90,57%)"]
    out = clean.join_wrapped_lines("\n".join(rows), clean.split_lines("\n".join(rows)))
    assert [s.text for s in out] == rows


@pytest.mark.parametrize(("raw", "title"), [
    ("Điểm tin tuần | Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý III/2024\n\n"
     "Thứ bảy, 12/10/2024 - 09:15\n\nTrong tuần qua, Ban Tổ chức Tỉnh ủy có nhiều hoạt động.\n",
     "Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý III/2024"),
    ("TẠP CHÍ XÂY DỰNG ĐẢNG\nPhỏng vấn - Đối thoại\n14/07/2025 15:20\n\n"
     "Đồng Nai sau hợp nhất: Đặt tổ chức đảng cơ sở vào guồng mới\n\n"
     "(XDĐ) - Sáng thứ Bảy (12/7), Ban Thường vụ Tỉnh ủy Đồng Nai tổ chức hội nghị đánh giá.\n",
     "Đồng Nai sau hợp nhất: Đặt tổ chức đảng cơ sở vào guồng mới"),
])
def test_a_digests_and_an_interviews_section_over_the_headline(raw: str, title: str) -> None:
    assert parse_article_strict(raw).title == title
