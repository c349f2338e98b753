"""Whole invented articles from imagined outlets, with expected analyses.

Each ``articles/NAME.txt`` has a hand-checked ``articles/NAME.expected.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.parse import analysis_dict, annotate_html, parse_article_strict

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = parse_article_strict(path.read_text(encoding="utf-8"))
    got = analysis_dict(parsed, path.name)
    for key in ("title", "published", "event_date", "event_period", "byline", "outlet", "kind",
                "level", "people", "places"):
        assert got[key] == expected[key], key
    assert [d["canonical"] for d in got["directives"]] == expected["directives"]
    # state documents are found (and linked) but are not Party directives
    assert [d["canonical"] for d in got["other_documents"]] == expected.get("other_documents", [])
    for d in got["directives"]:
        assert parsed.clean_text[d["start"] : d["end"]] == d["surface"]


def test_articles_exist() -> None:
    assert len(ARTICLES) >= 3


def test_script_in_article_is_shown_as_text() -> None:
    parsed = parse_article_strict((Path(__file__).parent / "articles" / "a4_online_magazine.txt")
                           .read_text(encoding="utf-8"))
    spans = [(d.start, d.end, '<a href="#">', "</a>") for d in parsed.directives]
    html = annotate_html(parsed.clean_text, spans)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count('<a href="#">') == len(parsed.directives)


def _parse(name: str):  # noqa: ANN202 - a ParsedArticle
    return parse_article_strict((Path(__file__).parent / "articles" / name)
                                .read_text(encoding="utf-8"))


def test_markup_lines_are_dropped() -> None:
    # an <img> line and a <script> line in the body are page residue, not sentences
    parsed = _parse("b6_quarter_period.txt")
    assert "<img" not in parsed.clean_text and "<script" not in parsed.clean_text
    assert "Lượt xem" not in parsed.clean_text


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("b1_nhandan_ndo.txt", "NDO"),  # the lead's tag, under a byline at the top
        ("b2_xaydungdang_org.txt", "xaydungdang.org.vn"),  # a web address as the tag
        ("b3_provincial_tv.txt", "Đài Phát thanh và Truyền hình Cà Mau"),  # "(CTV)" is a role
        ("b6_quarter_period.txt", "Trang tin Đảng ủy Khối các cơ quan tỉnh"),
    ],
)
def test_outlet(name: str, outlet: str) -> None:
    assert _parse(name).outlet == outlet
