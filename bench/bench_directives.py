"""Directive panel benchmark: open the panel of the most-cited directive.

``measure_panel(lib_path)`` opens a library, picks the directive cited by the
most articles, and times (median and worst of ``repeat`` runs, in ms):

* ``core_ms``: what the panel reads, Qt-free: the directive's details (with
  the issue dates and spellings its articles state) and the first page of
  citing articles, each mention's sentence cut from a window of the text;
* ``panel_ms``: the real ``DirectivePanel.show_directive`` in an offscreen
  window, up to its first paint (models, header, layout of the visible rows);
* ``related_ms``: the related-articles list of an article citing that
  directive (computed on every article opened while that dock is visible);
* ``index_ms``: the directive index's groups (opening the Directives tab).

The goal (issue 4) is ``panel_ms`` under 100 ms for a directive cited by
10,000 articles in a library of 100,000.

``build_library(path, articles, citing)`` makes such a library quickly
without the analyser: synthetic articles stored through ``writes`` (the real
linking and triggers), ``citing`` of them citing Chỉ thị 35-CT/TW, all of them
citing two of a few hundred other directives.

Usage::

    python bench/bench_directives.py LIBRARY [--build ARTICLES --citing N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

_SENTENCES = (
    "Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến toàn quốc đánh giá kết quả công tác "
    "tổ chức xây dựng Đảng tháng {m}, triển khai phương hướng, nhiệm vụ tháng tới.",
    "Toàn Ngành đã tập trung tham mưu cho cấp ủy triển khai thực hiện {d} về công tác cán bộ.",
    "Các cấp ủy tiếp tục rà soát, bổ sung quy hoạch cán bộ, chuẩn bị tốt công tác nhân sự đại hội.",
    "Hội nghị đã thảo luận, làm rõ kết quả đạt được, hạn chế, khuyết điểm và nguyên nhân.",
)


def build_library(path: Path, articles: int = 100_000, citing: int = 10_000, seed: int = 0) -> None:
    """Create ``path`` with ``articles`` synthetic articles, ``citing`` citing Chỉ thị 35-CT/TW."""
    from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle
    from desktop.core.store import relink, writes
    from desktop.core.store.db import open_library
    from desktop.core.text import content_hash

    rng = random.Random(seed)
    lib = open_library(path)
    db = lib.db
    db.execute("PRAGMA synchronous = OFF")  # a throw-away benchmark file: no fsync per batch
    types = [("Chỉ thị", "CT/TW"), ("Hướng dẫn", "HD/BTCTW"), ("Quy định", "QĐ/TW"), ("Kết luận", "KL/TW")]
    step = max(1, articles // max(1, citing))
    batch = 1000
    touched: set[str] = set()  # relinked once at the end, as an import does
    for first in range(0, articles, batch):
        with db.atomic():
            rows = writes.Batch(db)
            for i in range(first, min(first + batch, articles)):
                year = 2017 + i % 9
                date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                refs: list[tuple[str, str, str]] = []
                if i % step == 0 and i // step < citing:
                    refs.append(("Chỉ thị", "35", "CT/TW"))
                for _ in range(2):
                    kind, code = types[rng.randrange(len(types))]
                    refs.append((kind, str(rng.randrange(1, 120)), code))
                parts, mentions, pos = [f"Bài {i}"], [], len(f"Bài {i}") + 2
                for j in range(12):
                    sentence = _SENTENCES[j % len(_SENTENCES)]
                    if "{d}" in sentence and refs:
                        kind, number, code = refs.pop()
                        surface = f"{kind} số {number}-{code}"
                        before = sentence.index("{d}")
                        start = pos + before
                        mentions.append(
                            DirectiveRef(surface, f"{kind} {number}-{code}", kind, number, code, None, None,
                                         False, start, start + len(surface), "XIII" if number == "35" else None)
                        )
                        sentence = sentence.replace("{d}", surface)
                    sentence = sentence.replace("{m}", str(1 + i % 12))
                    parts.append(sentence)
                    pos += len(sentence) + 2
                text = "\n\n".join(parts)
                parsed = ParsedArticle(text, text, ((0, 0),), f"Giao ban {i}", date, date, None, None, None,
                                       MeetingKind.GIAO_BAN, Level.CENTRAL, tuple(mentions))
                writes.insert_article(db, parsed, file=f"{i:06d}.txt", content_hash=content_hash(text),
                                      analyser_version=1, batch=rows)
            rows.finish()
            touched |= rows.touched
    relink.relink(db, touched)
    lib.close()


def _timed(fn, repeat: int) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Median and worst wall time, and median CPU time, in ms."""
    runs, cpu = [], []
    fn()  # warm the page cache: the panel is opened on a library in use
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(runs), max(runs), statistics.median(cpu)


def measure_panel(lib_path: str | os.PathLike[str], repeat: int = 7) -> dict[str, object]:
    """Time opening the directive panel of the most-cited directive (see module doc)."""
    from desktop.core.store import directive_queries as dq
    from desktop.core.store.db import open_library

    lib = open_library(Path(lib_path), create=False)
    db = lib.db
    row = db.execute(
        "SELECT id, canonical, article_count FROM directives ORDER BY article_count DESC LIMIT 1"
    ).fetchone()
    if row is None:
        lib.close()
        return {"error": "no directives in the library"}
    directive_id, canonical, cited_by = row
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    page = 15  # CitingArticlesModel.PAGE

    def core() -> None:
        dq.directive(db, directive_id)
        dq.citing_articles(db, directive_id, None, page)

    sample_article = db.execute(
        "SELECT article_id FROM mentions WHERE directive_id = ? LIMIT 1", [directive_id]
    ).fetchone()[0]
    core_med, core_max, core_cpu = _timed(core, repeat)
    rel_med, rel_max, rel_cpu = _timed(lambda: dq.related_articles(db, sample_article), repeat)
    idx_med, idx_max, _idx_cpu = _timed(lambda: dq.index_groups(db, dq.GroupBy.TYPE), repeat)
    result: dict[str, object] = {
        "articles": articles,
        "directive": canonical,
        "cited_by": cited_by,
        "core_ms": round(core_med, 1),
        "core_max_ms": round(core_max, 1),
        "core_cpu_ms": round(core_cpu, 1),
        "related_ms": round(rel_med, 1),
        "related_max_ms": round(rel_max, 1),
        "related_cpu_ms": round(rel_cpu, 1),
        "index_ms": round(idx_med, 1),
        "index_max_ms": round(idx_max, 1),
        "goal_ms": 100,
    }
    try:
        result.update(_measure_widget(lib, directive_id, repeat))
    except ImportError as exc:  # pragma: no cover - no Qt installed
        result["panel_ms"] = None
        result["panel_error"] = str(exc)
    lib.close()
    return result


def _measure_widget(lib, directive_id: int, repeat: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.widgets.directive_panel import DirectivePanel

    app = QApplication.instance() or QApplication([])
    panel = DirectivePanel(lib.db)
    panel.resize(380, 820)
    panel.show()
    app.processEvents()
    loaded = []

    def open_panel() -> None:
        panel.clear()
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        panel.show_directive(directive_id)
        # Until the event loop is idle again: layout, fetches, the first paint.
        app.processEvents()
        loaded.append(panel.model.rowCount())
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)

    times: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        open_panel()
    panel.close()
    return {
        "panel_ms": round(statistics.median(times), 1),
        "panel_max_ms": round(max(times), 1),
        "panel_cpu_ms": round(statistics.median(cpu), 1),
        "rows_loaded": max(loaded),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: build if asked, then measure and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library")
    parser.add_argument("--build", type=int, metavar="ARTICLES", help="build LIBRARY first")
    parser.add_argument("--citing", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    path = Path(args.library)
    if args.build:
        t0 = time.perf_counter()
        build_library(path, args.build, args.citing)
        print(f"built {args.build} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    print(json.dumps(measure_panel(path, args.repeat), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
