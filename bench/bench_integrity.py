"""Integrity and backup benchmarks, beside their floors on the same file.

``measure_integrity(lib_path)``:

- ``open_check_ms``: ``integrity.open_check`` (the check on every open),
  beside ``bare_open_ms``, a bare connection reading ``sqlite_master``.
  Goal at 100,000 articles: < 50 ms, i.e. independent of the library size.
- ``open_library_ms``: the whole ``open_library`` (check, pragmas, version).
- ``full_check_s``: the background ``PRAGMA quick_check`` (``full_check``),
  beside ``read_all_s``, reading the file's bytes once, which is the least
  a full check can cost.
- ``backup_s``: one backup through the backup API, beside ``copy_s``, a
  plain file copy of the same bytes (which the app never does on a live
  library; it is the floor).

Measured on a 100,000-article library (1.5 GB, warm cache, this 2-core
machine, idle / under load): open_check 18-22 ms, open_library 58 ms,
full_check 3.8 s / 8.5 s, backup 24 s under load (file copy 13 s).

Usage::

    python bench/bench_integrity.py LIBRARY
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _best(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def measure_integrity(lib_path: Path) -> dict[str, object]:
    """The figures above for the library at ``lib_path`` (left unchanged)."""
    from desktop.core.store import backup, integrity
    from desktop.core.store.db import open_library

    lib_path = Path(lib_path)
    conn = sqlite3.connect(f"file:{lib_path}?mode=ro", uri=True)
    try:
        bare = _best(lambda: sqlite3.connect(f"file:{lib_path}?mode=ro", uri=True).execute(
            "SELECT count(*) FROM sqlite_master"
        ).fetchone())
        check = _best(lambda: integrity.open_check(conn, lib_path))

        def read_all() -> None:
            with lib_path.open("rb") as fh:
                while fh.read(1 << 20):
                    pass

        read_all_s = _best(read_all, 1)
    finally:
        conn.close()

    def open_close() -> None:
        open_library(lib_path, migrate=False).close()

    opened = _best(open_close)
    full = integrity.full_check(lib_path)
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "b.sqlite3"
        src = sqlite3.connect(f"file:{lib_path}?mode=ro", uri=True)
        started = time.perf_counter()
        backup.backup_to(src, target)
        backup_s = time.perf_counter() - started
        src.close()
        copy_s = _best(lambda: shutil.copyfile(lib_path, Path(scratch) / "c.sqlite3"), 1)
    return {
        "bytes": lib_path.stat().st_size,
        "bare_open_ms": round(bare * 1000, 2),
        "open_check_ms": round(check * 1000, 2),
        "open_library_ms": round(opened * 1000, 2),
        "full_check_s": round(full.seconds, 3),
        "full_check_ok": full.ok,
        "read_all_s": round(read_all_s, 3),
        "backup_s": round(backup_s, 3),
        "copy_s": round(copy_s, 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", type=Path)
    args = parser.parse_args(argv)
    json.dump(measure_integrity(args.library), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
