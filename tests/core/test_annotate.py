"""HTML rendering of clean text with spans, and clean-to-raw offsets."""

from __future__ import annotations

import re

import pytest

from desktop.core.parse import annotate_html, clean_to_raw, parse_article_strict

A, B = ('<a href="d:1">', "</a>"), ('<mark class="n">', "</mark>")


def well_nested(html: str) -> bool:
    stack = []
    for m in re.finditer(r"<(/?)(\w+)[^>]*>", html):
        closing, tag = m.groups()
        if tag == "br":
            continue
        if closing:
            if not stack or stack.pop() != tag:
                return False
        else:
            stack.append(tag)
    return not stack


def test_escapes_everything() -> None:
    out = annotate_html('<script>alert("x")</script> & <img src=x onerror=y>', [])
    assert "<script>" not in out and "<img" not in out
    assert out == ("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                   "&lt;img src=x onerror=y&gt;</p>")


def test_paragraphs_and_simple_span() -> None:
    text = "Một hai.\n\nBa bốn."
    out = annotate_html(text, [(4, 7, *A)])
    assert out == '<p>Một <a href="d:1">hai</a>.</p><p>Ba bốn.</p>'


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 10, *A), (5, 15, *B)],  # crossing
        [(0, 20, *A), (3, 6, *B)],  # nested
        [(2, 14, *B)],  # across paragraphs
        [(5, 5, *A), (-3, 4, *B), (8, 999, *A)],  # empty and out of range
        [(0, 4, *A), (0, 4, *B), (0, 4, *A)],  # identical
    ],
)
def test_always_well_nested(spans: list[tuple[int, int, str, str]]) -> None:
    text = "Hội nghị\n\ngiao ban <b> & quý"
    out = annotate_html(text, spans)
    assert well_nested(out)
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">").replace(
        "&amp;", "&") == text.replace("\n\n", "")


def test_clean_to_raw() -> None:
    raw = "Tiêu đề bài\n\nNgày đăng: 01/02/2023\n\n\xa0Đoạn một có Chỉ thị 05-CT/TW.\n\nĐoạn hai."
    p = parse_article_strict(raw)
    for d in p.directives:
        r = clean_to_raw(p.offset_map, d.start)
        assert raw[r : r + len(d.surface)] == d.surface
    assert clean_to_raw((), 5) == 0
