"""``python -m desktop timeline --json``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from desktop.cli import main
from desktop.core.store import queries


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_timeline_json_matches_the_library(seeded_path: Path) -> None:
    code, out = call("timeline", "--json", "--library", str(seeded_path))
    assert code == 0
    rows = json.loads(out)
    from desktop.core.store.db import open_library

    lib = open_library(seeded_path)
    try:
        stored = queries.all_articles_json(lib.db)
    finally:
        lib.close()
    dated = {r["id"]: r for r in stored if r["date"]}
    assert {r["article_id"] for r in rows} == set(dated)
    for row in rows:
        assert set(row) == {"article_id", "file", "title", "start", "end", "precision", "lane"}
        assert row["precision"] in {"day", "month", "quarter", "half-year", "year"}
        assert row["lane"] in {"giao-ban", "so-ket", "tong-ket", "toan-quoc", "other"}
        assert row["start"] <= row["end"]
        if row["precision"] == "day":
            assert row["start"] == row["end"]
        else:
            assert row["start"] < row["end"]
        src = dated[row["article_id"]]
        assert row["file"] == src["file"] and row["title"] == src["title"]
        assert row["start"] == src["date"]
    # In date order, so a reader of the stream can draw it as it comes.
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_timeline_json_of_an_empty_library_is_an_empty_list(tmp_path: Path) -> None:
    from desktop.core.store.db import open_library

    path = tmp_path / "empty.sqlite3"
    open_library(path).close()
    code, out = call("timeline", "--json", "--library", str(path))
    assert code == 0
    # Seeds load on first CLI use; an empty list only if nothing is dated.
    assert isinstance(json.loads(out), list)


def test_timeline_levels_and_undated(seeded_path: Path) -> None:
    code, out = call("timeline", "--json", "--lanes", "level", "--undated", "--library", str(seeded_path))
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5  # every seed, dated or not
    for row in rows:
        if row["start"] is None:
            assert row["lane"] is None and row["precision"] is None
        else:
            assert row["lane"] in {"central", "province", "grassroots"}
