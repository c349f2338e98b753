"""One benchmark run: build (or reuse) a library of N articles, print every figure.

Usage::

    python bench/run.py --articles N [--out results.json] [--keep DIR]

Each figure is measured beside its floor in the same run (see
``bench/README.md`` for what each one means and why its floor is that):

* ``analyse``: articles/s of ``parse_article`` on one core (~4 KB articles);
* ``import``: articles/s through ``importer.import_files`` into the library,
  beside a bare sqlite-utils ``insert_all`` of the same files' texts;
* ``startup``: process start to the main window painted, beside a bare
  ``QMainWindow`` (``bench/startup_probe.py``, median of 3 each);
* ``search``: p50/p95 of 20 queries through ``search_queries.search``, beside
  a bare FTS5 ``MATCH`` of the same expression on the same file;
* ``directive_panel``, ``timeline``, ``list``, ``export``: milliseconds;
* ``memory``: peak RSS of the window with N articles, list scrolled to the
  end and the timeline open, beside the bare window's;
* ``features``: what the feature engineers' own benches report
  (``bench/bench_{directives,timeline,search}.py``), when they exist.

The library is cached in ``--keep DIR`` by (N, generator, analyser, schema);
each run works on a copy of it, because the run adds notes and imports
articles. stdout carries only the JSON; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import math
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import common as C  # noqa: E402

#: The 20 search queries (folded, with diacritics, directive codes): one list
#: for this runner and bench_search.
from bench.bench_search import QUERIES  # noqa: E402
from bench.common import log, ms  # noqa: E402

GOALS = {
    "analyse_min_per_s": 2000,
    "import_min_per_s": 1000,
    "startup_max_ratio": 1.5,
    "search_p95_max_ms": 50,
    "search_max_ratio": 2.0,
    "panel_max_ms": 100,
    "timeline_frame_max_ms": 30,
    "memory_max_mb": 300,
}

FEATURE_BENCHES = {
    # key: (module, function)
    "directives": ("bench.bench_directives", "measure_panel"),
    "timeline": ("bench.bench_timeline", "measure_timeline"),
    "search": ("bench.bench_search", "measure_search"),
    "import": ("bench.bench_search", "measure_import"),
}


# --- environment --------------------------------------------------------------------


def child_env(work: Path) -> dict[str, str]:
    """The environment of every Qt child: headless, sandboxed settings, Vietnamese UI."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Never the user's settings (window state, last article): every start is a
    # first start of this library.
    env["XDG_CONFIG_HOME"] = str(work / "config")
    env["XDG_DATA_HOME"] = str(work / "data")
    env["GIAOBAN_LANG"] = "vi"
    env.pop("GIAOBAN_LIBRARY", None)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _marked_json(stdout: str, marker: str) -> dict[str, object]:
    for line in stdout.splitlines():
        if line.startswith(marker + " "):
            return json.loads(line[len(marker) + 1 :])
    raise RuntimeError(f"no {marker} line in output")


# --- the machine ------------------------------------------------------------------------


def _reference_ms() -> float:
    """CPython's speed on this machine: ``[str(i) for i in range(10**6)]``, best of 5, in ms.

    The same statement ``python -m timeit`` users run, so a figure measured here
    can be set beside one from another machine (the analyser's rate scales with it).
    """
    best = math.inf
    for _ in range(5):
        c = time.process_time()
        [str(i) for i in range(10**6)]  # noqa: B018 - the measured work
        best = min(best, time.process_time() - c)
    return round(best * 1000, 1)


# --- analyse ----------------------------------------------------------------------------


def measure_analyse(sample: int) -> dict[str, object]:
    """``parse_article`` on one core over ``sample`` fresh generated articles."""
    from bench.generate import generate_article
    from desktop.core.parse import parse_article

    texts = [generate_article(C.FRESH_BASE + i) for i in range(sample)]
    parse_article(texts[0])  # imports and caches warmed
    c = time.process_time()
    t = time.perf_counter()
    for text in texts:
        parse_article(text)
    seconds = time.perf_counter() - t
    cpu = time.process_time() - c
    size = sum(len(x.encode("utf-8")) for x in texts) / len(texts)
    rate = sample / seconds
    return {
        "articles_per_s": round(rate, 1),
        "cpu_articles_per_s": round(sample / cpu, 1) if cpu else math.nan,
        "sample": sample,
        "avg_bytes": round(size),
        "ms_per_article": round(seconds * 1000 / sample, 3),
        "goal_min_per_s": GOALS["analyse_min_per_s"],
        "met": rate >= GOALS["analyse_min_per_s"],
    }


# --- start-up and the window ---------------------------------------------------------


def _probe(mode: str, lib: Path, env: dict[str, str], measure: bool) -> dict[str, object]:
    args = [sys.executable, str(REPO / "bench" / "startup_probe.py"), mode]
    t0 = time.time()
    args.append(repr(t0))
    if mode == "app":
        args += ["--library", str(lib)]
        if measure:
            args.append("--measure")
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=1800)
    try:
        return _marked_json(proc.stdout, "PROBE")
    except RuntimeError as exc:
        raise RuntimeError(
            f"start-up probe ({mode}) failed, exit {proc.returncode}:\n{proc.stderr[-3000:]}"
        ) from exc


def measure_window(lib: Path, env: dict[str, str], runs: int) -> dict[str, dict[str, object]]:
    """Start-up beside the bare window, and what the app probe measured after paint."""
    # One start of each first, not counted: the library file and Qt's fonts
    # come into the page cache, as on any second start of the day.
    _probe("bare", lib, env, False)
    _probe("app", lib, env, False)
    bare_runs, app_runs = [], []
    for _ in range(runs):
        bare_runs.append(_probe("bare", lib, env, False))
        app_runs.append(_probe("app", lib, env, True))
    for r in app_runs:
        if "measure_error" in r:
            log("app probe: " + str(r["measure_error"]))

    def med(runs_: list[dict[str, object]], key: str) -> float:
        values = [float(r[key]) for r in runs_ if isinstance(r.get(key), (int, float))]
        return round(C.median(values), 2) if values else math.nan

    app_ms, bare_ms = med(app_runs, "painted_ms"), med(bare_runs, "painted_ms")
    startup = {
        "app_ms": app_ms,
        "bare_ms": bare_ms,
        "ratio": C.ratio(app_ms, bare_ms),
        "app_runs_ms": [r.get("painted_ms") for r in app_runs],
        "bare_runs_ms": [r.get("painted_ms") for r in bare_runs],
        "goal_max_ratio": GOALS["startup_max_ratio"],
    }
    app_cpu, bare_cpu = med(app_runs, "cpu_ms"), med(bare_runs, "cpu_ms")
    startup.update({"app_cpu_ms": app_cpu, "bare_cpu_ms": bare_cpu, "cpu_ratio": C.ratio(app_cpu, bare_cpu)})
    startup["met"] = startup["ratio"] <= GOALS["startup_max_ratio"]
    frame_keys = ("timeline_full_frame_ms", "timeline_zoom_frame_ms", "timeline_pan_frame_ms")
    timeline = {
        "open_ms": med(app_runs, "timeline_open_ms"),
        "full_frame_ms": med(app_runs, "timeline_full_frame_ms"),
        "zoom_frame_ms": med(app_runs, "timeline_zoom_frame_ms"),
        "pan_frame_ms": med(app_runs, "timeline_pan_frame_ms"),
        "repaint_ms": med(app_runs, "timeline_repaint_ms"),
        "frame_cpu_ms": med(app_runs, "timeline_frame_cpu_ms"),
        "goal_frame_max_ms": GOALS["timeline_frame_max_ms"],
    }
    worst = max((timeline[k.replace("timeline_", "")] for k in frame_keys), default=math.nan)
    timeline["met"] = worst <= GOALS["timeline_frame_max_ms"]
    window_list = {
        "scroll_to_end_ms": med(app_runs, "list_scroll_to_end_ms"),
        "scroll_to_end_cpu_ms": med(app_runs, "list_scroll_to_end_cpu_ms"),
        "rows": med(app_runs, "list_rows"),
    }
    memory = {
        "rss_painted_mb": med(app_runs, "rss_painted_mb"),
        "rss_after_list_mb": med(app_runs, "rss_after_list_mb"),
        "rss_peak_mb": med(app_runs, "rss_peak_mb"),
        "bare_rss_mb": med(bare_runs, "rss_peak_mb"),
        "goal_max_mb": GOALS["memory_max_mb"],
    }
    memory["met"] = memory["rss_peak_mb"] <= GOALS["memory_max_mb"]
    click = med(app_runs, "directive_click_ms")
    return {
        "startup": startup,
        "timeline": timeline,
        "list": window_list,
        "memory": memory,
        "directive_click_ms": click,
    }


def measure_list_floor(lib: Path) -> float:
    """Bare sqlite3: every row the list shows, in its order, in one query (ms)."""
    conn = C.bare_connection(lib)
    t = time.perf_counter()
    conn.execute(
        "SELECT id, file, title, sort_date, published, event_date, outlet, byline "
        "FROM articles ORDER BY sort_date DESC, id DESC"
    ).fetchall()
    seconds = time.perf_counter() - t
    conn.close()
    return ms(seconds)


# --- search -------------------------------------------------------------------------


def measure_search(db: object, lib: Path, repeat: int = 3) -> tuple[dict[str, object], dict[str, object]]:
    """The app's search and the list filtered by a search, beside bare FTS5."""
    from desktop.core.search import fts_query
    from desktop.core.store import queries, search_queries
    from desktop.core.store.queries import ArticleFilter

    conn = C.bare_connection(lib)
    bare_sql = "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 50"

    def app_search(q: str) -> object:
        return search_queries.search(db, q)  # type: ignore[arg-type]

    def bare(q: str) -> object:
        match = fts_query(q)
        return conn.execute(bare_sql, [match]).fetchall() if match else []

    def listed(q: str) -> object:
        flt = ArticleFilter(text=q)
        queries.count(db, flt)  # type: ignore[arg-type]
        return queries.page(db, flt, limit=400)  # type: ignore[arg-type]

    app_t: list[float] = []
    app_cpu: list[float] = []
    bare_t: list[float] = []
    bare_cpu: list[float] = []
    list_t: list[float] = []
    per_query: dict[str, float] = {}
    hits: dict[str, int] = {}
    for q in QUERIES:  # warm-up pass, not counted
        hits[q] = len(app_search(q))  # type: ignore[arg-type]
        bare(q)
        listed(q)
    for _ in range(repeat):
        for q in QUERIES:
            s, cpu, _r = C.timed2(lambda: app_search(q))
            app_t.append(s)
            app_cpu.append(cpu)
            per_query[q] = max(per_query.get(q, 0.0), s)
            s, cpu, _r = C.timed2(lambda: bare(q))
            bare_t.append(s)
            bare_cpu.append(cpu)
            s, _r = C.timed(lambda: listed(q))
            list_t.append(s)
    conn.close()
    p50, p95 = ms(C.quantile(app_t, 0.5)), ms(C.quantile(app_t, 0.95))
    b50, b95 = ms(C.quantile(bare_t, 0.5)), ms(C.quantile(bare_t, 0.95))
    search = {
        "p50_ms": p50,
        "p95_ms": p95,
        "bare_p50_ms": b50,
        "bare_p95_ms": b95,
        "ratio_p50": C.ratio(p50, b50),
        "ratio_p95": C.ratio(p95, b95),
        "cpu_p50_ms": ms(C.quantile(app_cpu, 0.5)),
        "cpu_p95_ms": ms(C.quantile(app_cpu, 0.95)),
        "bare_cpu_p95_ms": ms(C.quantile(bare_cpu, 0.95)),
        "cpu_ratio_p95": C.ratio(ms(C.quantile(app_cpu, 0.95)), ms(C.quantile(bare_cpu, 0.95))),
        "queries": len(QUERIES),
        "samples": len(app_t),
        "slowest": sorted(((ms(v), q) for q, v in per_query.items()), reverse=True)[:3],
        "zero_hit_queries": [q for q, n in hits.items() if n == 0],
        "goal_p95_max_ms": GOALS["search_p95_max_ms"],
        "goal_max_ratio": GOALS["search_max_ratio"],
    }
    search["met"] = p95 < GOALS["search_p95_max_ms"] and search["ratio_p95"] <= GOALS["search_max_ratio"]
    search_list = {
        "p50_ms": ms(C.quantile(list_t, 0.5)),
        "p95_ms": ms(C.quantile(list_t, 0.95)),
        "note": "list filtered by the query: count + first page of 400",
    }
    return search, search_list


# --- directive panel ------------------------------------------------------------------


def measure_panel(db: object, lib: Path, repeat: int = 5) -> dict[str, object]:
    """The directive panel's reads for the most-cited directive (store level)."""
    from desktop.core.store import directive_queries as dq
    from desktop.core.store import timeline_queries as tq

    top = tq.directive_choices(db, 1)  # type: ignore[arg-type]
    if not top:
        return {"ms": math.nan, "bare_ms": math.nan, "citations": 0}
    directive_id, canonical, citations = top[0]

    def panel() -> object:
        dq.directive(db, directive_id)  # type: ignore[arg-type]
        return dq.citing_articles(db, directive_id, limit=50)  # type: ignore[arg-type]

    conn = C.bare_connection(lib)

    def bare() -> object:
        return conn.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE directive_id = ? LIMIT 50", [directive_id]
        ).fetchall()

    panel()
    bare()
    runs = [C.timed2(panel) for _ in range(repeat)]
    app_t = [r[0] for r in runs]
    bare_t = [C.timed(bare)[0] for _ in range(repeat)]
    conn.close()
    value = ms(C.median(app_t))
    return {
        "ms": value,
        "cpu_ms": ms(C.median([r[1] for r in runs])),
        "bare_ms": ms(C.median(bare_t)),
        "ratio": C.ratio(value, ms(C.median(bare_t))),
        "directive": canonical,
        "citations": citations,
        "first_page": 50,
        "goal_max_ms": GOALS["panel_max_ms"],
        "met": value < GOALS["panel_max_ms"],
    }


# --- notes and export --------------------------------------------------------------------


def measure_export(db: object, n_notes: int, out_dir: Path) -> dict[str, object]:
    """Make ``n_notes`` notes, then export them in each format (bench_export's path)."""
    from bench.bench_export import measure_export as export_bench

    return export_bench(db, n_notes, out_dir)


# --- import -----------------------------------------------------------------------------


def measure_import(db: object, n: int, sample: int, work: Path) -> dict[str, object]:
    """``import_files`` of ``sample`` new files into the library, beside ``insert_all``."""
    from sqlite_utils import Database

    from bench.generate import generate_article
    from desktop.core import importer

    src = work / "import"
    src.mkdir(parents=True, exist_ok=True)
    for i in range(sample):
        (src / f"new_{i:06d}.txt").write_bytes(
            generate_article(C.FRESH_BASE + 1_000_000 + n + i).encode("utf-8")
        )
    seconds, cpu, reports = C.timed2(lambda: importer.import_files(db, [src]))  # type: ignore[arg-type]
    outcomes: dict[str, int] = {}
    for r in reports:
        outcomes[str(r.outcome)] = outcomes.get(str(r.outcome), 0) + 1
    imported = outcomes.get("imported", 0)

    floor_db = Database(work / "floor.sqlite3")
    t = time.perf_counter()
    rows = [{"file": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(src.iterdir())]
    floor_db["texts"].insert_all(rows)
    floor_s = time.perf_counter() - t
    floor_db.close()
    rate = imported / seconds if seconds else math.nan
    floor_rate = len(rows) / floor_s if floor_s else math.nan
    return {
        "articles_per_s": round(rate, 1),
        "cpu_articles_per_s": round(imported / cpu, 1) if cpu else math.nan,
        "bare_insert_all_per_s": round(floor_rate, 1),
        "ratio": C.ratio(floor_rate, rate),
        "sample": sample,
        "outcomes": outcomes,
        "goal_min_per_s": GOALS["import_min_per_s"],
        "met": rate >= GOALS["import_min_per_s"],
    }


# --- the feature engineers' benches -------------------------------------------------


def _call_feature(module: str, function: str, lib: str, sample: int) -> object:
    """Import ``module.function`` and call it on ``lib`` (in a child process)."""
    fn = getattr(importlib.import_module(module), function)
    params = list(inspect.signature(fn).parameters.values())
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for i, p in enumerate(params):
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if i == 0:
            args.append(lib)
        elif p.name in ("n", "count", "articles", "sample"):
            kwargs[p.name] = sample
        elif p.default is p.empty:
            raise TypeError(f"{module}.{function}: cannot fill parameter {p.name!r}")
    return fn(*args, **kwargs)


def feature_child(name: str, lib: str, sample: int) -> int:
    """``run.py --feature NAME LIB``: run one feature bench, print ``FEATURE {json}``."""
    module, function = FEATURE_BENCHES[name]
    try:
        result = _call_feature(module, function, lib, sample)
        out = {"status": "ok", "result": result}
    except ModuleNotFoundError as exc:
        out = {"status": "not available", "detail": str(exc)}
    except AttributeError as exc:
        out = {"status": "not available", "detail": str(exc)}
    except Exception as exc:  # noqa: BLE001 - reported in the JSON
        out = {"status": "error", "detail": "".join(traceback.format_exception(exc))[-2000:]}
    sys.stdout.write("FEATURE " + json.dumps(out, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
    os._exit(0)  # no Qt teardown at exit



def run_feature_benches(lib: Path, env: dict[str, str], sample: int) -> dict[str, object]:
    """Each feature bench in its own process (Qt, crashes and memory stay there)."""
    found: dict[str, object] = {}
    for name, (module, _function) in FEATURE_BENCHES.items():
        path = REPO / (module.replace(".", "/") + ".py")
        if not path.exists():
            found[name] = "not available"
            continue
        log(f"feature bench {module} ...")
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--feature", name, str(lib), "--sample", str(sample)],
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        try:
            out = _marked_json(proc.stdout, "FEATURE")
        except (RuntimeError, json.JSONDecodeError):
            out = {"status": "error", "detail": f"exit {proc.returncode}: {proc.stderr[-1500:]}"}
        found[name] = out.get("result") if out.get("status") == "ok" else out
    return found


# --- the run ------------------------------------------------------------------------------


def _sqlite_version() -> str:
    return sqlite3.sqlite_version


def run(args: argparse.Namespace) -> dict[str, object]:
    """Everything, in an order where each figure sees the library it should."""
    n = args.articles
    keep = Path(args.keep).resolve() if args.keep else None
    with tempfile.TemporaryDirectory(prefix="giaoban-bench-", dir=args.tmp) as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        cached, was_cached, build_s = C.cached_library(n, keep, work / "cache")
        lib_path = C.working_copy(cached, work / "library.sqlite3")
        repaired = C.sync_schema(lib_path, work)
        if repaired:
            log(f"cached library lacked {repaired}: created on the working copy")
        load_before = C.load_average()
        env = child_env(work)
        result: dict[str, object] = {
            "articles": n,
            **C.versions(),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "sqlite": _sqlite_version(),
                "platform": platform.platform(),
                "reference_ms": _reference_ms(),
            },
            "library": {
                "cached": was_cached,
                "build_s": round(build_s, 1),
                "mb": round(lib_path.stat().st_size / 1e6, 1),
                "schema_repaired": repaired,
            },
        }

        def section(name: str, fn: Callable[[], object]) -> object:
            """One figure; a failure is reported in the JSON and the run goes on."""
            log(f"{name} ...")
            try:
                return fn()
            except Exception as exc:  # noqa: BLE001 - reported, never hidden
                detail = "".join(traceback.format_exception(exc))[-3000:]
                log(f"{name} FAILED:\n{detail}")
                return {"error": detail, "met": False}

        result["analyse"] = section(
            "analyse", lambda: measure_analyse(args.analyse_sample or min(max(n, 30), 1000))
        )

        # Read-only figures first, on the library exactly as built.
        window = section(
            "start-up probes (bare and app)",
            lambda: measure_window(lib_path, env, args.startup_runs),
        )
        if "error" in window:
            window = {k: dict(window) for k in ("startup", "timeline", "list", "memory")}
            window["directive_click_ms"] = math.nan
        result["startup"] = window["startup"]

        from desktop.core.store.db import open_library

        lib = open_library(lib_path)
        db = lib.db
        searched = section("search", lambda: measure_search(db, lib_path))
        if isinstance(searched, tuple):
            result["search"], result["search_list"] = searched
        else:
            result["search"], result["search_list"] = searched, searched
        panel = section("directive panel", lambda: measure_panel(db, lib_path))
        panel["click_in_window_ms"] = window["directive_click_ms"]
        result["directive_panel"] = panel
        result["timeline"] = window["timeline"]
        result["list"] = {**window["list"], "bare_select_all_ms": measure_list_floor(lib_path)}
        result["memory"] = window["memory"]
        lib.close()

        result["features"] = section(
            "feature benches", lambda: run_feature_benches(lib_path, env, min(n, 1000))
        )

        # Writers last: notes, then imported articles.
        lib = open_library(lib_path)
        result["export"] = section(
            f"notes ({args.notes}) and export", lambda: measure_export(lib.db, args.notes, work)
        )
        result["import"] = section(
            "import",
            lambda: measure_import(lib.db, n, args.import_sample or min(max(n, 30), 1000), work),
        )
        lib.close()

        result["goals"] = {
            name: bool(result[name].get("met"))  # type: ignore[union-attr]
            for name in (
                "analyse", "import", "startup", "search", "directive_panel", "timeline", "memory",
            )
        }
        result["run_s"] = round(time.perf_counter() - started, 1)
        # Other work on the machine slows wall-clock figures; the *_cpu_* ones
        # are what this process itself spent.
        result["load_average"] = {"start": load_before, "end": C.load_average()}
    return result


def _clean(value: object) -> object:
    """NaN is not JSON: report it as null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


#: The README table: (label, section, key, unit, goal text).
TABLE_ROWS = (
    ("analyse, articles/s (CPU)", "analyse", "articles_per_s", "cpu_articles_per_s", "≥ 2,000"),
    ("import, articles/s (CPU)", "import", "articles_per_s", "cpu_articles_per_s", "≥ 1,000"),
    ("  floor: bare insert_all, articles/s", "import", "bare_insert_all_per_s", None, ""),
    ("start-up, ms (CPU)", "startup", "app_ms", "app_cpu_ms", ""),
    ("  floor: bare QMainWindow, ms (CPU)", "startup", "bare_ms", "bare_cpu_ms", ""),
    ("  ratio (CPU ratio)", "startup", "ratio", "cpu_ratio", "≤ 1.5"),
    ("search p50, ms", "search", "p50_ms", "cpu_p50_ms", ""),
    ("search p95, ms (CPU)", "search", "p95_ms", "cpu_p95_ms", "< 50"),
    ("  floor: bare FTS5 p95, ms (CPU)", "search", "bare_p95_ms", "bare_cpu_p95_ms", ""),
    ("  ratio p95 (CPU ratio)", "search", "ratio_p95", "cpu_ratio_p95", "≤ 2"),
    ("list filtered by a search p95, ms", "search_list", "p95_ms", None, ""),
    ("directive panel reads, ms (CPU)", "directive_panel", "ms", "cpu_ms", "< 100"),
    ("  citations of that directive", "directive_panel", "citations", None, ""),
    ("directive link clicked in the window, ms", "directive_panel", "click_in_window_ms", None, ""),
    ("timeline opened, ms", "timeline", "open_ms", None, ""),
    ("timeline zoomed-out frame, ms (CPU)", "timeline", "full_frame_ms", "frame_cpu_ms", "< 30"),
    ("timeline zoom frame, ms", "timeline", "zoom_frame_ms", None, "< 30"),
    ("timeline pan frame, ms", "timeline", "pan_frame_ms", None, "< 30"),
    ("list scrolled to the end, ms (CPU)", "list", "scroll_to_end_ms", "scroll_to_end_cpu_ms", ""),
    ("  floor: bare SELECT of all rows, ms", "list", "bare_select_all_ms", None, ""),
    ("export 10,000 notes: md, ms (CPU)", "export", "md_ms", "md_cpu_ms", ""),
    ("  html, ms (CPU)", "export", "html_ms", "html_cpu_ms", ""),
    ("  docx, ms (CPU)", "export", "docx_ms", "docx_cpu_ms", ""),
    ("  json, ms (CPU)", "export", "json_ms", "json_cpu_ms", ""),
    ("  csv, ms (CPU)", "export", "csv_ms", "csv_cpu_ms", ""),
    ("peak RSS, MB", "memory", "rss_peak_mb", None, "< 300"),
    ("  floor: bare window, MB", "memory", "bare_rss_mb", None, ""),
    ("machine load average (start/end)", "load_average", "start", "end", ""),
    ("machine: [str(i) for i in range(10**6)], ms", "machine", "reference_ms", None, ""),
)


def table(paths: list[str]) -> str:
    """A Markdown table of several runs' results (the README's)."""
    runs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]

    def cell(run: dict, section: str, key: str, extra: str | None) -> str:
        figures = run.get(section) or {}
        if not isinstance(figures, dict) or "error" in figures:
            return "error"

        def fmt(v: object) -> str:
            if isinstance(v, bool) or v is None:
                return "-"
            if isinstance(v, (int, float)):
                return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.1f}" if abs(v) >= 10 else f"{v:.2f}"
            return str(v)

        text = fmt(figures.get(key))
        if extra and figures.get(extra) is not None:
            text += f" ({fmt(figures.get(extra))})"
        return text

    head = "| figure | " + " | ".join(f"N = {r['articles']:,}" for r in runs) + " | goal |"
    lines = [head, "| --- |" + " ---: |" * len(runs) + " --- |"]
    for label, section, key, extra, goal in TABLE_ROWS:
        cells = " | ".join(cell(r, section, key, extra) for r in runs)
        lines.append(f"| {label} | {cells} | {goal} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print the JSON (and write it with ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="articles in the library (N)")
    parser.add_argument("--out", help="also write the JSON to this file")
    parser.add_argument("--keep", metavar="DIR", help="cache the built library here for later runs")
    parser.add_argument("--notes", type=int, default=10_000, help="notes made and exported")
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--analyse-sample", type=int, help="articles analysed (default min(N, 1000))")
    parser.add_argument("--import-sample", type=int, help="files imported (default min(N, 1000))")
    parser.add_argument("--tmp", help="folder for the run's working copy (default: system temp)")
    # Internal: one feature bench in a child process.
    parser.add_argument("--feature", nargs=2, metavar=("NAME", "LIB"), help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=int, default=1000, help=argparse.SUPPRESS)
    parser.add_argument("--table", nargs="+", metavar="JSON", help="print a Markdown table of results")
    args = parser.parse_args(argv)
    if args.table:
        print(table(args.table))
        return 0
    if args.feature:
        return feature_child(args.feature[0], args.feature[1], args.sample)
    if not args.articles or args.articles < 1:
        parser.error("--articles N (N >= 1) is required")
    result = _clean(run(args))
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
