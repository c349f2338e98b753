"""Articles saved as a site's JSON record (invented records)."""

from __future__ import annotations

import json

import pytest

from desktop.core.parse import jsondoc, parse_article_strict

RECORD = {
    "status": 200,
    "data": {
        "id": 5521, "slug": "giao-ban-quy-iii",
        "title": "Hải Dương: Giao ban công tác tổ chức xây dựng Đảng quý III",
        "sapo": "Chiều 8/10, Ban Tổ chức Tỉnh ủy giao ban công tác quý III.",
        "createdAt": "2024-10-08T20:11:00+07:00", "publishDate": "2024-10-09T06:30:00+07:00",
        "author": "Thu Hiền", "category": {"id": 3, "name": "Xây dựng Đảng"},
        "content": "<p><strong>Chiều 8/10, Ban Tổ chức Tỉnh ủy Hải Dương tổ chức hội nghị giao ban "
                   "công tác tổ chức xây dựng Đảng quý III năm 2024.</strong></p>\n<p>Quý III, ngành "
                   "tham mưu ban hành Kế hoạch số 21-KH/TU thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị "
                   "về đại hội đảng bộ các cấp.</p>",
        "tags": ["giao ban", "Chỉ thị 35"],
        "related": [{"id": 5400, "title": "Triển khai Quy định 05-QĐ/TU về công tác cán bộ",
                     "content": "<p>Ngày 3/9, ...</p>"}],
    },
}


def test_a_sites_json_record_reads_as_its_article() -> None:
    p = parse_article_strict(json.dumps(RECORD, ensure_ascii=False))
    assert p.title == "Hải Dương: Giao ban công tác tổ chức xây dựng Đảng quý III"
    assert (p.published, p.event_date, p.byline) == ("2024-10-09", "2024-10-08", "Thu Hiền")
    # the related article's document is the site's, not the article's
    assert [d.canonical for d in p.directives] == ["Kế hoạch 21-KH/TU", "Chỉ thị 35-CT/TW"]
    assert "<p>" not in p.raw_text and "slug" not in p.raw_text


@pytest.mark.parametrize("text", [
    '{"title": "Giao ban", "id": 3}',  # no body
    '{"title": "Giao ban", "content": "<p>x</p>"',  # not JSON: cut off
    "[1, 2, 3]",
    "Giao ban quý III {\"title\": 1}",
])
def test_no_article_record(text: str) -> None:
    assert jsondoc.article_fields(text) is None


def test_a_json_feed_is_read_as_its_longest_item_with_the_others_under_it() -> None:
    body = ("Chiều ngày 8-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng "
            "năm 2025, triển khai nhiệm vụ năm 2026.\n\nNăm 2025, ngành tham mưu ban hành Kế hoạch số "
            "12-KH/TU thực hiện Quy định 366-QĐ/TW của Bộ Chính trị. " + "Nội dung của bài. " * 20)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Đảng bộ tỉnh - Xây dựng Đảng",
            "items": [
                {"id": "1", "title": "Xã Lâm Bình kết nạp 15 đảng viên", "content_text": "Sáng 9-1, xã kết nạp 15 đảng viên.",
                 "date_published": "2026-01-09T09:20:00+07:00", "authors": [{"name": "Bích Ngọc"}]},
                {"id": "2", "title": "Ngành Tổ chức xây dựng Đảng tỉnh triển khai nhiệm vụ năm 2026",
                 "content_text": body, "date_published": "2026-01-08T17:05:00+07:00",
                 "authors": [{"name": "Thu Phương"}]},
                {"id": "3", "title": "Mô hình chi bộ bốn tốt", "content_html": "<p>Theo Kết luận 21-KL/TW ...</p>",
                 "date_published": "2026-01-06T08:00:00+07:00", "authors": [{"name": "Hải Đăng"}]}]}
    p = parse_article_strict(json.dumps(feed, ensure_ascii=False, indent=2))
    assert (p.title, p.published, p.event_date) == (
        "Ngành Tổ chức xây dựng Đảng tỉnh triển khai nhiệm vụ năm 2026", "2026-01-08", "2026-01-08")
    # (the feed's other items kept under it, their authors and documents too)
    assert "Sáng 9-1, xã kết nạp 15 đảng viên." in p.clean_text
    assert p.byline is not None and p.byline.startswith("Thu Phương")
    assert {"Thu Phương", "Bích Ngọc", "Hải Đăng"} <= {x.name for x in p.people}
    assert [d.canonical for d in p.directives] == ["Kế hoạch 12-KH/TU", "Quy định 366-QĐ/TW", "Kết luận 21-KL/TW"]
    assert '"items"' not in p.raw_text


def test_a_note_apps_export_is_read_as_its_longest_note() -> None:
    # (a note has no title field: its content's first line is its title; a bracketed remark is
    # none; a to-do too short to be an article is not read)
    note = ("Giao ban công tác tổ chức xây dựng Đảng quý III năm 2025\n(copy từ baocantho.com.vn, nhớ đối chiếu "
            "lại với file của Ban)\n\nThứ Năm, 09/10/2025, 05:48\n\n(CT) - Sáng 8-10, Ban Tổ chức Thành ủy tổ "
            "chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III. " + "Nội dung của bài. " * 20)
    export = {"activeNotes": [{"id": "3f9c", "content": note, "creationDate": "2025-10-10T08:00:00.000Z",
                               "tags": ["XDĐ"]},
                              {"id": "8a1b", "content": "Việc cần làm\n- gọi chị Hà\n- nộp báo cáo",
                               "creationDate": "2025-10-11T08:00:00.000Z"}],
              "trashedNotes": []}
    p = parse_article_strict(json.dumps(export, ensure_ascii=False, indent=2))
    assert (p.title, p.published, p.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng quý III năm 2025", "2025-10-09", "2025-10-08")
    assert "creationDate" not in p.raw_text
    assert "copy từ" in p.clean_text  # (the remark kept as text)
