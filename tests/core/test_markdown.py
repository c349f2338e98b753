"""Articles kept as Markdown by web clippers and note apps (invented pages)."""

from __future__ import annotations

import pytest

from desktop.core.parse import markdown, parse_article_strict

LEAD = ("Sáng 12/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "quý I, triển khai nhiệm vụ quý II năm 2024. Đồng chí Trần Văn Hải, Trưởng Ban Tổ chức "
        "Tỉnh ủy, chủ trì hội nghị.")
BODY = ("Quý I, toàn Đảng bộ kết nạp 512 đảng viên; ngành tham mưu ban hành [Kế hoạch số 31-KH/TU]"
        "(https://baoxyz.vn/tag/kh-31) thực hiện **Chỉ thị số 35-CT/TW** của Bộ Chính trị.")

OBSIDIAN = f"""---
title: "Giao ban quý I/2024 | Báo XYZ"
source: "https://baoxyz.vn/giao-ban-quy-i-2024-post12.html"
author:
  - "[[Thu Trang]]"
published: 2024-03-13T07:15:00+07:00
created: 2025-01-20
description: "{LEAD[:60]}"
tags:
  - "clippings"
---
[Chính trị](https://baoxyz.vn/chinh-tri/) › [Xây dựng Đảng](https://baoxyz.vn/xdd/)

# Siết chặt kỷ luật, kỷ cương trong công tác cán bộ

**{LEAD}**

![Quang cảnh hội nghị. Ảnh: Thu Trang](https://img.baoxyz.vn/2024/03/12/a.jpg)

{BODY}

## Kết nạp đảng viên

> "Chất lượng sinh hoạt chi bộ còn chưa đồng đều", báo cáo nêu.

**Thu Trang**

Chia sẻ: [Facebook](https://facebook.com/sharer) · [In bài](javascript:window.print\\(\\))
"""


def test_front_matter_is_read_line_by_line() -> None:
    fields, end = markdown.front_matter(OBSIDIAN)
    assert dict(fields) == {
        "title": "Giao ban quý I/2024 | Báo XYZ",
        "source": "https://baoxyz.vn/giao-ban-quy-i-2024-post12.html",
        "author": "Thu Trang", "published": "2024-03-13T07:15:00+07:00", "created": "2025-01-20",
        "description": LEAD[:60], "tags": "clippings",
    }
    assert OBSIDIAN[end:].startswith("[Chính trị]")
    assert markdown.front_matter("Tiêu đề\n---\nkey: 1\n---\n") == ([], 0)


def test_markup_goes_and_every_word_stays() -> None:
    md = ("# Giao ban quý III\n\n**Đảng ủy** khối triển khai [Chỉ thị 35-CT/TW](https://x.vn/35) "
          "và _Hướng dẫn_ 26-HD/BTCTW.\n\n- một ý\n- *hai ý*\n\n3. ba\n4. bốn\n\n![ảnh](a.png)\n\n"
          "| Chỉ tiêu | Kết quả |\n|---|---|\n| Kết nạp | 512 |\n\nDòng một\ndòng hai\n\n[[Thu Trang]]\n")
    text = markdown.to_text(md)
    assert text.split("\n\n") == [
        "Giao ban quý III", "Đảng ủy khối triển khai Chỉ thị 35-CT/TW và Hướng dẫn 26-HD/BTCTW.",
        "- một ý", "- hai ý", "3. ba", "4. bốn", "Chỉ tiêu | Kết quả", "Kết nạp | 512",
        "Dòng một\ndòng hai", "Thu Trang",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OBSIDIAN, True),
        ("# Giao ban\n\nNgày 3/4, **Đảng ủy** giao ban.", True),
        ("Giao ban\n\n[Chỉ thị 35](https://x.vn/35) và **Quy định 262**.", True),
        # one kind of markup alone is a plain text's: a marquee, a hashtag, a bold word
        ("*** Mừng Đảng quang vinh ***\n\nNgày 3/4, **Đảng ủy** giao ban.", False),
        ("#XâyDựngĐảng #giaoban\n\nNgày 3/4, Đảng ủy giao ban.", False),
        ("Giao ban quý I\n---\nNgày 3/4, Đảng ủy giao ban.", False),
        # pandoc's export of a Word draft: bold words, a table's rule, footnotes, escapes
        ("| **TỈNH ỦY**  | *ngày 8/10* |\n|--------------|-------------|\n\n**BÁO CÁO**\n\n"
         "1\\. **Công tác cán bộ**: đại hội điểm[^1] nhiệm kỳ 2020--2025.", True),
        ("Giao ban quý I[^1]\n\n[Nơi nhận:]{.underline} Ban Thường vụ.", True),
        # a plain text's table of pipes and a bold word
        ("| Chỉ tiêu | Kết quả |\n|---|---|\n| Kết nạp | 512 |\n\nNgày 3/4, Đảng ủy giao ban.", False),
    ],
)
def test_looks_like_markdown(text: str, expected: bool) -> None:
    assert markdown.looks_like_markdown(text) is expected


def test_an_obsidian_clipping_reads_as_its_page() -> None:
    got = parse_article_strict(OBSIDIAN)
    assert got.title == "Siết chặt kỷ luật, kỷ cương trong công tác cán bộ"
    # the page's date copied into the front matter; not the day it was clipped
    assert (got.published, got.event_date) == ("2024-03-13", "2024-03-12")
    assert [d.canonical for d in got.directives] == ["Kế hoạch 31-KH/TU", "Chỉ thị 35-CT/TW"]
    assert got.byline == "Thu Trang"
    assert "**" not in got.raw_text and "](" not in got.raw_text
    assert "created: 2025-01-20" in got.raw_text  # the clipping's header is kept, out of the text
    assert "created" not in got.clean_text and "clippings" not in got.clean_text


def test_a_note_apps_properties_are_no_dates_of_the_page() -> None:
    # a Notion export: the reader's own name for the page, its properties, then the page
    notion = (f"# Tư liệu giao ban quý I (cho chuyên đề cán bộ)\n\nCreated: March 20, 2024 9:02 PM\n"
              f"Updated: May 2, 2024 10:41 AM\nSource: https://baoxyz.vn/giao-ban-quy-i\n"
              f"Tags: giao ban, cán bộ\nStatus: Đã đọc\n\n---\n\nTrang chủ » Chính trị\n\n"
              f"## Siết chặt kỷ luật trong công tác cán bộ\n\nThứ Tư, 13/03/2024, 07:15\n\n{LEAD}\n\n{BODY}\n")
    got = parse_article_strict(notion)
    assert (got.title, got.published, got.event_date) == (
        "Siết chặt kỷ luật trong công tác cán bộ", "2024-03-13", "2024-03-12")
    # an Evernote export of a page whose date line was not kept: no date is the page's
    evernote = (f"Giao ban quý I/2024 - Báo XYZ điện tử\n\nCreated:\t20/03/2024 21:40\n"
                f"Updated:\t02/05/2024 08:12\nAuthor:\tNhóm nghiên cứu\nSource:\thttps://baoxyz.vn/a\n\n"
                f"Siết chặt kỷ luật trong công tác cán bộ\n\n{LEAD}\n\nQuý I, toàn Đảng bộ kết nạp 512 "
                f"đảng viên.\n\nTHU TRANG\n")
    got = parse_article_strict(evernote)
    assert (got.title, got.published, got.event_date) == (
        "Siết chặt kỷ luật trong công tác cán bộ", None, "2024-03-12")
    assert "Nhóm nghiên cứu" not in got.clean_text and got.byline == "Thu Trang"


def test_a_read_later_apps_header_and_highlights() -> None:
    raw = (f"Siết chặt kỷ luật trong công tác cán bộ\nbaoxyz.vn · 4 min read\n"
           f"https://baoxyz.vn/giao-ban-quy-i\nSaved March 20, 2024 · Archived\n\n"
           f"Thời sự | 07:15 13/03/2024\n\n{LEAD}\n\nQuý I, toàn Đảng bộ kết nạp 512 đảng viên.\n\n"
           f"Bài và ảnh: Thu Trang\n\nHighlights (1)\n\"kết nạp 512 đảng viên\" — ghi chú: so với quý IV\n")
    got = parse_article_strict(raw)
    assert (got.title, got.published, got.byline) == (
        "Siết chặt kỷ luật trong công tác cán bộ", "2024-03-13", "Thu Trang")
    assert "min read" not in got.clean_text and "ghi chú" not in got.clean_text


def test_a_wiki_links_alias_that_shortens_its_target_reads_as_the_target() -> None:
    md = ("Giao ban tháng 9\n\nHội nghị đề nghị sớm hướng dẫn [[Quy định 294-QĐ/TW|Quy định 294]] "
          "và giao ban với [[Đảng ủy xã Lý Sơn|xã đảo]].\n")
    assert markdown.to_text(md) == ("Giao ban tháng 9\n\nHội nghị đề nghị sớm hướng dẫn Quy định "
                                    "294-QĐ/TW và giao ban với xã đảo.")


def test_a_readers_own_notes_under_the_pages_tail_are_kept_apart() -> None:
    md = "\n".join([
        "# Giao ban công tác tổ chức tháng 9", "", LEAD, "", BODY, "", "**THU TRANG**", "",
        "**Tin liên quan**", "- Trao quyết định chỉ định cấp ủy các xã", "", "---", "",
        "## Ghi chú của tôi", "- Tìm toàn văn [[Quy định 294-QĐ/TW|Quy định 294]].", "",
        "## Liên quan", "- [[Chỉ thị 45-CT-TW (2024)]] - bản cũ", ""])
    got = parse_article_strict(md)
    assert got.byline == "Thu Trang"
    assert [d.canonical for d in got.directives] == [
        "Kế hoạch 31-KH/TU", "Chỉ thị 35-CT/TW", "Quy định 294-QĐ/TW", "Chỉ thị 45-CT/TW"]
    assert "Trao quyết định" not in got.clean_text
    assert got.clean_text.index("THU TRANG") < got.clean_text.index("Ghi chú của tôi")


def test_a_notes_property_table_and_callout_are_no_headline_nor_date() -> None:
    # a Notion page named as the article, its properties in a table, the reader's callout
    # over the page's own date line
    md = "\n".join([
        "# Siết chặt kỷ luật trong công tác cán bộ", "",
        "| Thuộc tính | Giá trị |", "| --- | --- |", "| Tags | giao ban, cán bộ |",
        "| Ngày | 20 tháng 3, 2024 |", "| URL | https://baoxyz.vn/giao-ban-quy-i |",
        "| Trạng thái | Đã đọc |", "",
        "> 💡 Lưu cho chuyên đề cán bộ. Số liệu cần đối chiếu lại.", "", "---", "",
        "Cập nhật lúc: 13/03/2024 - 07:15", "", LEAD, "", BODY, ""])
    got = parse_article_strict(md)
    assert (got.title, got.published, got.event_date) == (
        "Siết chặt kỷ luật trong công tác cán bộ", "2024-03-13", "2024-03-12")


def test_a_read_later_apps_export_of_highlights_under_its_metadata() -> None:
    md = "\n".join([
        "# Siết chặt kỷ luật trong công tác cán bộ", "", "![rw-book-cover](https://readwise.io/cover.png)", "",
        "## Metadata", "- Author: [[Báo XYZ]]",
        "- Full Title: Siết chặt kỷ luật trong công tác cán bộ", "- Category: #articles",
        "- Published Date: 2024-03-13", "- Date Saved: 2025-01-20", "", "## Highlights", "",
        f"- {LEAD}", "    - Note: mở đầu chuẩn", "", "- Quý I, toàn Đảng bộ kết nạp 512 đảng viên.", ""])
    got = parse_article_strict(md)
    assert (got.title, got.published, got.event_date) == (
        "Siết chặt kỷ luật trong công tác cán bộ", "2024-03-13", "2024-03-12")


def test_a_static_sites_page_source_names_its_headline_and_day_in_its_front_matter() -> None:
    # (a Hugo page: the headline only in the front matter, its last edit no date of the page's,
    # a shortcode's caption in the body)
    got = parse_article_strict(
        '---\ntitle: "Giao ban công tác tổ chức xây dựng Đảng quý I"\ndate: 2024-03-13T07:15:00+07:00\n'
        'lastmod: 2025-02-01T10:00:00+07:00\ndraft: false\nslug: "giao-ban-quy-i"\nauthor: "Thu Trang"\n'
        'tags: ["giao ban"]\nseries: ["Giao ban"]\nimages: ["/uploads/a.jpg"]\ntoc: false\n---\n\n'
        f"**{LEAD}**\n\n<!--more-->\n\n{BODY}\n")
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I", "2024-03-13", "2024-03-12")
    assert "lastmod" not in got.clean_text and "slug" not in got.clean_text
    assert got.byline == "Thu Trang"  # (its author's field)


def test_a_static_sites_shortcodes_are_no_text_but_a_figures_caption_and_the_printed_byline_win() -> None:
    # (shortcodes alone on their lines; the author printed at the foot, over the share buttons,
    # is the byline, the front matter's the same or another)
    got = parse_article_strict(
        '---\ntitle: "Giao ban công tác tổ chức xây dựng Đảng quý I"\ndate: 2024-03-13T07:15:00+07:00\n'
        'draft: false\nslug: "giao-ban-quy-i"\nauthor: "Ban Biên tập"\n---\n\n'
        f"{LEAD}\n\n"
        '{{< figure src="/uploads/a.jpg" alt="" caption="Đồng chí Lò Văn Pằng phát biểu tại hội nghị." >}}\n\n'
        "{{% notice info %}}\nQuý I, toàn tỉnh kết nạp 412 đảng viên.\n{{% /notice %}}\n\n"
        f"{BODY}\n\n**Minh Nguyệt**\n\n{{{{< share-buttons >}}}}\n")
    assert "{{" not in got.clean_text and "Đồng chí Lò Văn Pằng phát biểu tại hội nghị." in got.clean_text
    assert got.byline == "Minh Nguyệt"


def test_a_clippings_front_matter_of_a_source_and_a_day_is_its_header() -> None:
    # (the source's line is the header's, not a print page's chrome to drop: with it gone, the
    # day alone was read as the headline)
    got = parse_article_strict(
        "---\nsource: https://baothainguyen.vn/a\ncreated: 2025-03-02\n---\n# Giao ban công tác tổ chức quý I\n\n"
        "**Sáng 28/2**, Ban Tổ chức Tỉnh ủy giao ban quý I năm 2025 theo [Chỉ thị 45-CT/TW](https://x.vn/45).\n")
    assert got.title == "Giao ban công tác tổ chức quý I"
    assert got.event_date == "2025-02-28"


def test_a_clippings_front_matter_with_an_empty_property_is_its_header_to_its_end() -> None:
    # ("published:" with no value: the clipper found no date on the page; the header goes on)
    got = parse_article_strict(
        '---\ntitle: "Giao ban công tác tổ chức quý I - Báo Thái Nguyên"\nsource: https://baothainguyen.vn/a\n'
        "published:\ncreated: 2025-03-02\ndescription: Sáng 28/2, Ban Tổ chức Tỉnh ủy giao ban.\n---\n"
        "# Giao ban công tác tổ chức quý I\n\n"
        "Sáng 28/2, Ban Tổ chức Tỉnh ủy giao ban quý I năm 2025 theo Chỉ thị 45-CT/TW.\n")
    assert (got.title, got.published, got.event_date) == ("Giao ban công tác tổ chức quý I", None, "2025-02-28")


def test_a_notes_table_of_properties_gives_the_pages_date_not_the_day_it_was_kept() -> None:
    raw = "\n".join([
        "# Ninh Thuận giao ban công tác tổ chức quý III", "",
        "| Thuộc tính | Giá trị |", "| --- | --- |", "| Nguồn | Báo Ninh Thuận |",
        "| Đường dẫn | https://baoninhthuan.com.vn/tin/giao-ban-quy-iii-123.html |",
        "| Ngày đăng | 07/10/2024 |", "| Ngày lưu | 9 tháng 10, 2024 7:40 SA |", "| Thẻ | giao ban, quý III |", "",
        "## Nội dung", "",
        "Chiều 5/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2024. "
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ và triển khai công tác quý IV."])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2024-10-07", "2024-10-05")


def test_a_bookmark_managers_export_its_highlights_over_the_whole_article() -> None:
    # Raindrop.io's Markdown: its own fields in the front matter, the highlights with their
    # notes, then the saved page under "## Content" (its headline and date line)
    md = "\n".join([
        "---", 'title: "Giao ban quý I/2024 - Báo XYZ"', "source: https://baoxyz.vn/giao-ban-quy-i",
        'collection: "Xây dựng Đảng"', "tags: [giao-ban, ban-to-chuc]", "type: article",
        "created: 2024-03-20T02:14:33.000Z", "raindrop_id: 1029384756", "---", "",
        "# Giao ban quý I/2024 - Báo XYZ", "", "## Highlights", "", "> Quý I, toàn Đảng bộ kết nạp 512 đảng viên.",
        "", "- Color: yellow", "- Note: số liệu dùng cho báo cáo tháng", "", "## Content", "",
        "Xây dựng Đảng", "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "Thứ Tư, 13/03/2024 07:15",
        "", LEAD, "", BODY])
    got = parse_article_strict(md)
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2024", "2024-03-13", "2024-03-12")


def test_a_word_report_converted_by_pandoc_its_title_block_and_image_sizes() -> None:
    md = "\n".join([
        "% Tin sơ kết 6 tháng đầu năm 2023", "% Vũ Minh Tuấn; Lương Thị Ngọc Ánh", "% Ngày 06 tháng 7 năm 2023", "",
        "**BAN TỔ CHỨC TỈNH ỦY BẮC GIANG**", "",
        "**Chiều ngày 5/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng "
        "6 tháng đầu năm 2023.**", "",
        '![Toàn cảnh hội nghị](media/image1.jpeg){width="6.2in" height="3.5in"}', "",
        "## 1. Kết quả nổi bật", "", "6 tháng đầu năm, toàn tỉnh kết nạp 1.245 đảng viên.", ""])
    text = markdown.to_text(md)
    assert "%" not in text and "width=" not in text
    got = parse_article_strict(md)
    assert (got.title, got.published, got.event_date, got.byline) == (
        "Tin sơ kết 6 tháng đầu năm 2023", "2023-07-06", "2023-07-05", "Vũ Minh Tuấn - Lương Thị Ngọc Ánh")
