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
