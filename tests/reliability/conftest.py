"""Helpers for the reliability tests: damaging a library file on purpose."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest


def pages_of(path: Path, table: str, pagetype: str | None = None) -> list[int]:
    """Page numbers holding ``table`` (via SQLite's dbstat), in b-tree order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sql = "SELECT pageno FROM dbstat WHERE name = ?"
        params: list[object] = [table]
        if pagetype:
            sql += " AND pagetype = ?"
            params.append(pagetype)
        return [r[0] for r in conn.execute(sql + " ORDER BY path", params)]
    finally:
        conn.close()


def page_size(path: Path) -> int:
    with path.open("rb") as fh:
        head = fh.read(18)
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def scribble(path: Path, pages: list[int], seed: int = 0, *, skip_header: bool = True) -> None:
    """Write random bytes over whole ``pages`` (1-based) of a closed library."""
    rng = random.Random(seed)
    size = page_size(path)
    with path.open("r+b") as fh:
        for page in pages:
            start = (page - 1) * size
            if page == 1 and skip_header:
                start += 100  # keep the 100-byte file header intact
            fh.seek(start)
            fh.write(rng.randbytes((page * size) - start))
        fh.flush()
        os.fsync(fh.fileno())


@pytest.fixture
def closed_library(library_path: Path) -> Path:
    """A seed library with three notes, closed (WAL checkpointed), as a path."""
    from desktop import paths
    from desktop.core.importer import load_seeds
    from desktop.core.store.db import open_library

    lib = open_library(library_path)
    load_seeds(lib.db, paths.seeds_dir())
    with lib.db.atomic():
        for i in range(3):
            lib.db.execute(
                """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment,
                       created, modified) VALUES (1, ?, ?, 'x', 'h', ?, 'now', 'now')""",
                [i, i + 1, f"Ghi chú số {i}"],
            )
    lib.close()
    assert not Path(str(library_path) + "-wal").exists()
    return library_path


@pytest.fixture
def damage() -> Callable[..., None]:
    """``damage(path, how)``: ``truncate``, ``schema`` (page 1 after the
    header), ``notes`` (the notes table's pages), ``index`` (the title-sort index),
    ``articles-middle`` (an
    article page away from the b-tree's right edge: only the full check sees it).
    """

    def do(path: Path, how: str) -> None:
        if how == "truncate":
            size = path.stat().st_size
            with path.open("r+b") as fh:
                fh.truncate(size // 2)
        elif how == "schema":
            scribble(path, [1])
        elif how == "notes":
            scribble(path, pages_of(path, "notes"))
        elif how == "index":
            # An index the window does not read on start (the list sorts by
            # date first): only the full check sees it.
            scribble(path, pages_of(path, "idx_articles_sort_title"))
        elif how == "articles-middle":
            leaves = pages_of(path, "articles", "leaf")
            assert len(leaves) >= 2
            scribble(path, [leaves[0]])
        else:  # pragma: no cover - a typo in a test
            raise ValueError(how)

    return do
