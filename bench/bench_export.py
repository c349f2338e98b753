"""Exporting 10,000 notes in each format (issue 6).

``python bench/bench_export.py LIBRARY [--notes N]`` copies LIBRARY to a
temporary folder (the run adds notes; the library given is never changed),
makes N notes spread over its articles in one transaction, then times, for
each format, the whole export the window and ``export-notes`` run: reading
the notes and their articles (``notes.export_groups``), rendering
(``export.export_notes``) and writing the file atomically
(``export_file.write_atomically``).

``measure_export(lib_path_or_db, n_notes)`` returns the figures as a dict for
the bench runner (``bench/run.py``); given a ``Database`` it works on it
directly (the runner already works on a copy).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FORMATS = ("md", "html", "docx", "json", "csv")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _add_notes(db: object, n_notes: int) -> float:
    """Make ``n_notes`` notes over the library's articles; seconds taken."""
    from desktop.core.store import notes

    rows = db.execute(  # type: ignore[attr-defined]
        "SELECT id, length(clean_text) FROM articles WHERE length(clean_text) > 200 ORDER BY id LIMIT ?",
        [max(1, min(2000, n_notes // 5))],
    ).fetchall()
    if not rows:
        raise SystemExit("the library has no article long enough to note")
    started = time.perf_counter()
    with db.atomic():  # type: ignore[attr-defined]
        for k in range(n_notes):
            article_id, length = rows[k % len(rows)]
            room = length - 120
            start = (k // len(rows) * 97 + 13 * k) % room
            notes.add_note(
                db,  # type: ignore[arg-type]
                article_id,
                start,
                start + 30 + k % 60,
                comment=f"Ghi chú {k}: đối chiếu với báo cáo tổng kết công tác tổ chức xây dựng Đảng.",
                tags=("bench", f"nhóm {k % 7}"),
                color=notes.COLOURS[k % len(notes.COLOURS)],
            )
    return time.perf_counter() - started


def measure_export(lib_path_or_db: object, n_notes: int = 10_000, out_dir: Path | None = None) -> dict[str, object]:
    """Time exporting ``n_notes`` notes in each format.

    Args:
        lib_path_or_db: a library file (copied first, never changed) or an
            open ``Database`` (changed: notes are added to it).
        n_notes: how many notes to make before exporting.
        out_dir: where the exports are written (a temporary folder if None).

    Returns:
        ``notes``, ``articles``, ``create_ms``, ``load_ms`` (reading the notes
        and their citations), and per format ``<fmt>_ms`` (read + render +
        atomic write, the whole user-visible export), ``<fmt>_cpu_ms`` and
        ``<fmt>_bytes``.
    """
    from desktop.core import export
    from desktop.core.export_file import write_atomically
    from desktop.core.store import notes
    from desktop.core.store.db import open_library

    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    out = out_dir or work
    lib = None
    try:
        if isinstance(lib_path_or_db, (str, Path)):
            copy = work / "library.sqlite3"
            shutil.copy2(lib_path_or_db, copy)
            lib = open_library(copy)
            db = lib.db
        else:
            db = lib_path_or_db
        # A cached bench library may predate an index the app's schema has
        # (bench/run.py repairs its copy the same way).
        db.execute("CREATE INDEX IF NOT EXISTS idx_articles_id_date ON articles(id, sort_date)")  # type: ignore[attr-defined]
        create_s = _add_notes(db, n_notes)
        started = time.perf_counter()
        groups = notes.export_groups(db)  # type: ignore[arg-type]
        load_s = time.perf_counter() - started
        result: dict[str, object] = {
            "notes": sum(len(g.notes) for g in groups),
            "articles": len(groups),
            "create_ms": _ms(create_s),
            "load_ms": _ms(load_s),
        }
        for fmt in FORMATS:
            started, cpu = time.perf_counter(), time.process_time()
            data = export.export_notes(notes.export_groups(db), fmt)  # type: ignore[arg-type]
            write_atomically(out / f"notes.{fmt}", data, overwrite=True)
            result[f"{fmt}_ms"] = _ms(time.perf_counter() - started)
            result[f"{fmt}_cpu_ms"] = _ms(time.process_time() - cpu)
            result[f"{fmt}_bytes"] = len(data)
        return result
    finally:
        if lib is not None:
            lib.close()
        if out_dir is None:
            shutil.rmtree(work, ignore_errors=True)
        elif work != out:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="write the exports into this folder")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(json.dumps(measure_export(args.library, args.notes, args.keep), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
