"""``python -m desktop directives --json``: the issue's interface, exactly."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from desktop.core.text import vi_sort_key

REPO = Path(__file__).resolve().parents[2]
DIRECTIVE_KEYS = {"canonical", "type", "number", "code", "issuer", "issue_date", "articles"}
ARTICLE_KEYS = {"id", "file", "title", "date", "event_period", "mentions"}
MENTION_KEYS = {"surface", "start", "end", "inferred"}


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_directives_json_shape_and_seed_links(seeded_path: Path) -> None:
    code, out = call("directives", "--json", "--library", str(seeded_path))
    assert code == 0
    data = json.loads(out)
    assert data
    for item in data:
        assert set(item) == DIRECTIVE_KEYS | {"term", "term_basis"}
        assert item["articles"]
        for art in item["articles"]:
            assert set(art) == ARTICLE_KEYS
            for m in art["mentions"]:
                assert set(m) == MENTION_KEYS
                assert isinstance(m["inferred"], bool) and m["start"] < m["end"]
        dates = [a["date"] for a in item["articles"] if a["date"]]
        assert dates == sorted(dates)  # date order

    # types in the Vietnamese alphabet's order ("Chỉ thị" before "Chương trình", "Đề án" after both)
    types = list(dict.fromkeys(d["type"] for d in data))
    assert types == sorted(types, key=vi_sort_key)
    assert types.index("Chỉ thị") < types.index("Chương trình hành động") < types.index("Đề án")

    ct35 = [d for d in data if d["canonical"] == "Chỉ thị 35-CT/TW"]
    assert len(ct35) == 1
    (ct35_item,) = ct35
    assert (ct35_item["type"], ct35_item["number"], ct35_item["code"]) == ("Chỉ thị", "35", "CT/TW")
    assert [a["file"][:3] for a in ct35_item["articles"]] == ["002", "004"]
    only_004 = ct35_item["articles"][1]["mentions"]
    assert [m["inferred"] for m in only_004] == [True]

    hd16 = [d for d in data if d["type"] == "Hướng dẫn" and d["number"] == "16"]
    assert len(hd16) == 1
    (article,) = hd16[0]["articles"]
    assert len(article["mentions"]) == 2

    # Spans point into the article's clean text.
    code, shown = call("show", str(article["id"]), "--json", "--library", str(seeded_path))
    clean = json.loads(shown)["clean_text"]
    for m in article["mentions"]:
        assert clean[m["start"] : m["end"]] == m["surface"]


def test_directives_plain_listing(seeded_path: Path) -> None:
    code, out = call("directives", "--library", str(seeded_path))
    assert code == 0
    assert "Chỉ thị 35-CT/TW  [term XII, from the congress the text names]: articles: 2, mentions: 4" in out


def test_directives_bad_library_exits_2(tmp_path: Path) -> None:
    bogus = tmp_path / "not.sqlite3"
    bogus.write_text("hello")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "directives", "--json", "--library", str(bogus)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "not a Giao Ban Reader library" in proc.stderr
    assert bogus.read_text() == "hello"
