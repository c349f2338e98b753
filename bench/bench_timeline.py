"""Timeline benchmark: compute and paint frames over a large library.

``measure_timeline(lib_path)`` opens a library, builds the timeline the window
would (kind lanes, no filter), and times, each into a 1400×600 ``QImage``:

* ``first_ms``: the timeline's aggregates (one pass of GROUP BY queries,
  done once per filter) plus the first fully zoomed-out frame;
* ``fit_frame_ms``: the fully zoomed-out frame again (aggregates cached);
* ``pan_frame_ms``: one pan step of the zoomed-out view;
* ``zoom_frame_ms``: one wheel-zoom step of the zoomed-out view;
* ``deep_frame_ms`` / ``deep_pan_ms``: a frame zoomed in to two months
  (single articles read from the database), and one pan step there;
* ``filter_load_ms``: a filter change's aggregates read on a worker thread
  with its own connection, as the window does (not on the GUI thread);
  ``filter_gui_ms``: what the GUI thread then spends on it (the timeline
  built from those aggregates and its first frame painted);
  ``frames_while_loading_ms``: the median frame painted on the GUI thread
  while the worker reads (the window stays responsive).

Frame times are medians of ``repeat`` runs, each computing a new frame (the
frame cache is dropped) and painting it. The goal is under 30 ms a frame at
100,000 articles. ``entries`` reports how many drawn entries the zoomed-out
frame holds, to show it is not one per article.

Usage::

    python bench/bench_timeline.py LIBRARY [--build N] [--clone M]

``--build N`` analyses N generated articles (bench/generate.py) into LIBRARY;
``--clone M`` then copies them, moving their days, up to M articles.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _parse(i: int) -> tuple[int, object, str]:
    from bench.generate import generate_article
    from desktop.core.parse import parse_article
    from desktop.core.text import content_hash

    text = generate_article(i)
    return i, parse_article(text), content_hash(text)


def build_library(path: Path, n: int, processes: int | None = None) -> None:
    """Create ``path`` holding ``n`` generated articles (analysed, stored by ``writes``).

    Analysis runs in worker processes; the main process writes in batches of
    one transaction each (the importer's per-file commits are too slow for a
    benchmark set-up of 100,000 articles).
    """
    from multiprocessing import Pool

    from bench.generate import file_name
    from desktop.core.parse import ANALYSER_VERSION
    from desktop.core.store import relink, writes
    from desktop.core.store.db import open_library

    lib = open_library(path)
    db = lib.db
    db.execute("PRAGMA synchronous = NORMAL")
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    start = time.perf_counter()
    with Pool(processes or os.cpu_count() or 2) as pool:
        batch: list[tuple[int, object, str]] = []

        touched: set[str] = set()  # relinked once at the end, as an import does

        def flush() -> None:
            with db.atomic():
                rows = writes.Batch(db)
                for i, parsed, digest in batch:
                    writes.insert_article(
                        db, parsed, file=file_name(i), content_hash=digest,  # type: ignore[arg-type]
                        analyser_version=ANALYSER_VERSION, batch=rows,
                    )
                rows.finish()
                touched.update(rows.touched)
            batch.clear()

        for done, result in enumerate(pool.imap(_parse, range(have, n), chunksize=64), have + 1):
            batch.append(result)
            if len(batch) >= 1000:
                flush()
                rate = (done - have) / (time.perf_counter() - start)
                print(f"{done}/{n} articles ({rate:.0f}/s)", file=sys.stderr, flush=True)
        if batch:
            flush()
    relink.relink(db, touched)
    db.execute("ANALYZE")
    lib.close()


def clone_library(path: Path, n: int) -> None:
    """Grow ``path`` to ``n`` articles by copying its analysed articles.

    Each copy keeps kind, level, text and period dates (periods stay on their
    calendar boundaries) and moves day dates by up to four months either way,
    so the copies spread over the same years as the originals. A quick stand-in
    for analysing 100,000 generated articles (about 40 minutes on two cores);
    the timeline reads only dates, kinds and levels.
    """
    from desktop.core.store.db import open_library

    lib = open_library(path)
    db = lib.db
    base = db.execute("SELECT max(id) FROM articles WHERE file NOT LIKE '%~%'").fetchone()[0] or 0
    shift = "printf('%+d days', ((a.id * 7919 + :k * 104729) % 241) - 120)"
    moved = "CASE WHEN {c} IS NULL THEN NULL ELSE date({c}, " + shift + ") END"
    k = 1
    while (have := db.execute("SELECT count(*) FROM articles").fetchone()[0]) < n:
        with db.atomic():
            db.execute(
                f"""INSERT INTO articles (file, source_path, origin, content_hash, raw_text, clean_text,
                       offset_map, title, sort_title, published, event_date, event_start, event_end,
                       event_precision, sort_date, byline, outlet, kind, level, analyser_version,
                       imported_at)
                   SELECT a.file || '~' || :k, a.source_path, a.origin, a.content_hash || '~' || :k,
                       a.raw_text, a.clean_text, a.offset_map, a.title, a.sort_title,
                       {moved.format(c="a.published")}, {moved.format(c="a.event_date")},
                       CASE WHEN a.event_date IS NULL THEN a.event_start ELSE {moved.format(c="a.event_start")} END,
                       CASE WHEN a.event_date IS NULL THEN a.event_end ELSE {moved.format(c="a.event_end")} END,
                       a.event_precision,
                       CASE WHEN a.sort_date = '' THEN ''
                            WHEN a.event_date IS NOT NULL THEN {moved.format(c="a.event_date")}
                            WHEN a.event_start IS NOT NULL THEN a.event_start
                            ELSE {moved.format(c="a.published")} END,
                       a.byline, a.outlet, a.kind, a.level, a.analyser_version, a.imported_at
                   FROM articles a WHERE a.id <= :base ORDER BY a.id LIMIT :need""",
                {"k": k, "base": base, "need": n - have},
            )
        k += 1
    db.execute("ANALYZE")
    lib.close()


def measure_timeline(lib_path: str | os.PathLike[str], repeat: int = 7) -> dict[str, object]:
    """Time the timeline's zoomed-out and pan/zoom frames over ``lib_path``.

    Returns:
        ``{"articles", "first_ms", "fit_frame_ms", "pan_frame_ms",
        "zoom_frame_ms", "deep_frame_ms", "deep_pan_ms", "entries",
        "clustered_lanes", "goal_ms"}``.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.core import timeline as tl
    from desktop.core.store.db import open_library
    from desktop.ui.widgets.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    lib = open_library(Path(lib_path))
    articles = lib.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    view = TimelineView()
    view.resize(1400, 600)
    image = QImage(1400, 600, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        view._frame = None  # a new frame each time, as after any pan or zoom
        painter = QPainter(image)
        view.render_to(painter)
        painter.end()

    cpu: dict[str, float] = {}

    def timed(step, name: str = "") -> float:  # type: ignore[no-untyped-def]
        times, cpus = [], []
        for _ in range(repeat):
            step()
            t, c = time.perf_counter(), time.process_time()
            paint()
            times.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
        cpu[name] = round(statistics.median(cpus), 2)
        return round(statistics.median(times), 2)

    t, c = time.perf_counter(), time.process_time()
    view.set_timeline(tl.Timeline(lib.db), fit=True)
    paint()
    first_ms = round((time.perf_counter() - t) * 1000, 2)
    first_cpu = round((time.process_time() - c) * 1000, 2)
    fit_range = view.visible_range()
    frame = view.frame()
    entries = len(frame.placed) + len(frame.marks) if frame else 0
    clustered = len(frame.clustered) if frame else 0
    fit_ms = timed(lambda: None, "fit_frame_ms")

    direction = [1]

    def pan_step() -> None:
        direction[0] = -direction[0]
        view.pan(direction[0] * 0.12 * view.plot_width())

    pan_ms = timed(pan_step, "pan_frame_ms")

    def zoom_step() -> None:
        direction[0] = -direction[0]
        view.zoom(1.25 if direction[0] > 0 else 0.8, 700)

    view.set_visible_range(*fit_range)
    zoom_ms = timed(zoom_step, "zoom_frame_ms")

    # Deep: two months around the densest recent period.
    latest = view._latest or int(fit_range[1])
    view.set_visible_range(latest - 400, latest - 340)
    deep_ms = timed(lambda: None, "deep_frame_ms")
    deep_pan_ms = timed(pan_step, "deep_pan_ms")

    # A filter change: the aggregates on a worker (own connection), the GUI
    # thread painting meanwhile, then the new timeline applied.
    import threading

    from desktop.core.store.queries import ArticleFilter

    view.set_visible_range(*fit_range)
    flt = ArticleFilter(kind="so-ket")
    box: dict[str, object] = {}

    def load() -> None:
        t0 = time.perf_counter()
        worker = open_library(Path(lib_path), create=False, migrate=False, read_only=True)
        try:
            box["data"] = tl.load_data(worker.db, flt)
        finally:
            worker.close()
        box["ms"] = (time.perf_counter() - t0) * 1000

    thread = threading.Thread(target=load)
    thread.start()
    while_loading: list[float] = []
    while_loading_cpu: list[float] = []  # this thread's CPU: process time would count the worker's
    while thread.is_alive():
        t, c = time.perf_counter(), time.thread_time()
        paint()
        while_loading.append((time.perf_counter() - t) * 1000)
        while_loading_cpu.append((time.thread_time() - c) * 1000)
        time.sleep(0.01)  # a user pans a few times a second, not flat out
    thread.join()
    t, c = time.perf_counter(), time.process_time()
    view.set_timeline(tl.Timeline(lib.db, flt, data=box["data"]), fit=True)  # type: ignore[arg-type]
    paint()
    filter_gui_ms = round((time.perf_counter() - t) * 1000, 2)
    cpu["filter_gui_ms"] = round((time.process_time() - c) * 1000, 2)
    cpu["frames_while_loading_ms"] = round(statistics.median(while_loading_cpu or [0.0]), 2)
    lib.close()
    del app
    return {
        "articles": articles,
        "first_ms": first_ms,
        "first_cpu_ms": first_cpu,
        "fit_frame_ms": fit_ms,
        "pan_frame_ms": pan_ms,
        "zoom_frame_ms": zoom_ms,
        "deep_frame_ms": deep_ms,
        "deep_pan_ms": deep_pan_ms,
        "filter_load_ms": round(float(box["ms"]), 2),  # type: ignore[arg-type]
        "filter_gui_ms": filter_gui_ms,
        "frames_while_loading_ms": round(statistics.median(while_loading or [0.0]), 2),
        "frames_while_loading": len(while_loading),
        "entries": entries,
        "clustered_lanes": clustered,
        "cpu_ms": cpu,  # process CPU time of the same frames (steadier on a busy machine)
        "load_average": os.getloadavg()[0],
        "goal_ms": 30,
    }


def main(argv: list[str] | None = None) -> int:
    """Build (optionally) and measure; print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library")
    parser.add_argument("--build", type=int, metavar="N", help="first fill LIBRARY up to N generated articles")
    parser.add_argument("--clone", type=int, metavar="N", help="then grow LIBRARY to N articles by copying")
    args = parser.parse_args(argv)
    if args.build:
        build_library(Path(args.library), args.build)
    if args.clone:
        clone_library(Path(args.library), args.clone)
    print(json.dumps(measure_timeline(args.library), indent=2))
    os._exit(0)  # skip Qt's teardown order at exit


if __name__ == "__main__":
    sys.exit(main())
