"""Search and import benchmarks, each beside its floor on the same data.

``measure_search(lib_path)``: p50/p95 of 20 queries (typed without marks,
with diacritics, directive codes as printed) through
``search_queries.search`` (what ``search --json`` and the CLI run), through
the article list's filter (``queries.count`` + first page, what the window
runs) and through the filter bar's counts (``facets.facets``), beside a bare
FTS5 ``MATCH ... ORDER BY rank LIMIT 50`` of the same expression on the same
file. Goal at 100,000 articles: search p95 < 50 ms and ≤ 2× bare.

``measure_import(lib_path, n)``: articles/s through the full importer
(``importer.import_files``: read, decode, analyse, link, index) of ``n``
generated articles written as files, into the given library, beside a bare
sqlite-utils ``insert_all`` of the same texts into an empty table. Goal:
≥ 1,000 articles/s.

Usage::

    python bench/bench_search.py LIBRARY [--import N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

QUERIES: tuple[str, ...] = (
    # typed without marks
    "dang uy",
    "to chuc co so dang",
    "hoa binh",
    "giao ban",
    "so ket 6 thang",
    "tong ket cong tac to chuc",
    "ban to chuc tinh uy",
    # with diacritics
    "Đảng ủy",
    "tổ chức xây dựng Đảng",
    "Hòa Bình",
    "Hoà Bình",
    "đảng viên mới",
    "kiểm tra, giám sát",
    "Bộ Chính trị",
    "Nghệ An",
    # directive codes as printed
    "26-HD/BTCTW",
    "35-CT/TW",
    "Quy định 262",
    "Chỉ thị 05",
    "12-NQ/TW",
)

FRESH_BASE = 20_000_000  # generated-article indices far past any bench library


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _q(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _stats(values: list[float]) -> dict[str, float]:
    return {"p50_ms": _ms(statistics.median(values)), "p95_ms": _ms(_q(values, 0.95)), "max_ms": _ms(max(values))}


def measure_search(lib_path: str | Path, repeat: int = 3) -> dict[str, object]:
    """Time the 20 queries through the app and through bare FTS5.

    Returns:
        ``{"search": {p50_ms, p95_ms, max_ms}, "bare_fts5": {...},
        "ratio_p95": ..., "list": {...}, "facets": {...}, "per_query": [...],
        "articles": N}``.
    """
    from desktop.core.search import fts_query
    from desktop.core.store import facets, queries, search_queries
    from desktop.core.store.db import open_library
    from desktop.core.store.queries import ArticleFilter

    lib = open_library(Path(lib_path), create=False)
    db = lib.db
    n_articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def bare(q: str) -> None:
        # The floor of what search does: the 50 newest matches of the same
        # expression, ids only.
        db.execute(
            "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT 50",
            [fts_query(q)],
        ).fetchall()

    def bare_bm25(q: str) -> None:
        # What bm25 ranking of every match would cost (not used by the app).
        db.execute(
            "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 50",
            [fts_query(q)],
        ).fetchall()

    def listed(q: str) -> None:
        flt = ArticleFilter(text=q)
        queries.count(db, flt)
        queries.page(db, flt, limit=400)

    app_t: list[float] = []
    bare_t: list[float] = []
    bm25_t: list[float] = []
    list_t: list[float] = []
    facet_t: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    for q in QUERIES:  # warm-up pass (page cache), not counted
        hits[q] = len(search_queries.search(db, q))
        bare(q)
    for _ in range(repeat):
        for q in QUERIES:
            t = _timed(lambda q=q: search_queries.search(db, q))
            app_t.append(t)
            per_query[q].append(t)
            bare_t.append(_timed(lambda q=q: bare(q)))
    for q in QUERIES:
        bm25_t.append(_timed(lambda q=q: bare_bm25(q)))
    for _ in range(repeat):
        for q in QUERIES:
            list_t.append(_timed(lambda q=q: listed(q)))
    for q in QUERIES[:: max(1, len(QUERIES) // 5)]:
        facet_t.append(_timed(lambda q=q: facets.facets(db, ArticleFilter(text=q))))
    facet_t.append(_timed(lambda: facets.facets(db, ArticleFilter())))
    lib.close()
    app, floor = _stats(app_t), _stats(bare_t)
    return {
        "articles": n_articles,
        "queries": len(QUERIES),
        "repeat": repeat,
        "search": app,
        "bare_fts5": floor,
        "ratio_p95": round(app["p95_ms"] / floor["p95_ms"], 2) if floor["p95_ms"] else None,
        "ratio_p50": round(app["p50_ms"] / floor["p50_ms"], 2) if floor["p50_ms"] else None,
        "bare_fts5_bm25": _stats(bm25_t),
        "list": _stats(list_t),
        "facets": _stats(facet_t),
        "goal": {"p95_ms": 50, "max_ratio": 2.0},
        "per_query": [
            {"query": q, "median_ms": _ms(statistics.median(ts)), "hits": hits[q]} for q, ts in per_query.items()
        ],
    }


def measure_import(lib_path: str | Path, n: int = 500) -> dict[str, object]:
    """Import ``n`` generated article files into the library; time it beside bare inserts.

    Returns:
        ``{"articles_per_s": ..., "bare_insert_per_s": ..., "ratio": ...,
        "imported": ..., "seconds": ..., "profile": {...}}``.
    """
    import sqlite_utils

    from bench.generate import generate_article
    from desktop.core import importer
    from desktop.core.importer import Outcome, import_files
    from desktop.core.parse import parse_article
    from desktop.core.store.db import open_library

    with tempfile.TemporaryDirectory(prefix="giaoban-import-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = []
        for i in range(n):
            text = generate_article(FRESH_BASE + i)
            texts.append(text)
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")

        lib = open_library(Path(lib_path), create=True)
        start = time.perf_counter()
        reports = import_files(lib.db, [folder])
        seconds = time.perf_counter() - start
        lib.close()
        imported = sum(r.outcome == Outcome.IMPORTED for r in reports)

        # Where the time goes: the analyser alone on the same texts.
        start = time.perf_counter()
        for text in texts[: min(n, 200)]:
            parse_article(text)
        parse_s = (time.perf_counter() - start) / min(n, 200)

        bare_db = sqlite_utils.Database(Path(tmp) / "bare.sqlite3")
        start = time.perf_counter()
        bare_db["articles"].insert_all(
            ({"file": f"{i:06d}.txt", "raw_text": t} for i, t in enumerate(texts)), batch_size=500
        )
        bare_s = time.perf_counter() - start
        bare_db.conn.close()

    per_s = imported / seconds if seconds else 0.0
    bare_per_s = n / bare_s if bare_s else 0.0
    return {
        "n": n,
        "imported": imported,
        "seconds": round(seconds, 3),
        "articles_per_s": round(per_s, 1),
        "bare_insert_per_s": round(bare_per_s, 1),
        "ratio": round(bare_per_s / per_s, 1) if per_s else None,
        "analyser_ms_per_article": round(parse_s * 1000, 2),
        "importer_ms_per_article_besides_analysis": round((seconds / max(imported, 1) - parse_s) * 1000, 2),
        "batch_files": importer.BATCH_FILES,
        "goal": {"articles_per_s": 1000},
    }


def main(argv: list[str] | None = None) -> int:
    """``python bench/bench_search.py LIBRARY [--import N]``: print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library")
    parser.add_argument("--import", dest="n_import", type=int, default=0)
    args = parser.parse_args(argv)
    out: dict[str, object] = {"search": measure_search(args.library)}
    if args.n_import:
        out["import"] = measure_import(args.library, args.n_import)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
