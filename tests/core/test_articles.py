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
