"""Shared helpers of the benchmark runner: the cached library, timing, quantiles.

The library of N generated articles is the expensive part of a run (the
analyser is the bottleneck), so it is built once, through the real store
(``writes.insert_article``, the same call the importer makes), and kept in a
``--keep DIR`` folder under a name made of everything that changes its content:
N, the generator version, the analyser version and the schema (the names of
the migrations). Every run then works on a *copy*, because the run adds notes
and imports articles.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

#: Where the library-building articles' indices start for other uses: texts
#: measured by the analyser and import figures are generated from indices far
#: past any library, so they are never duplicates of library articles.
FRESH_BASE = 10_000_000

BUILD_BATCH = 500  # articles per transaction while building


def log(msg: str) -> None:
    """Progress on stderr (stdout carries only the JSON)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def versions() -> dict[str, object]:
    """What a cached library depends on."""
    from bench.generate import GENERATOR_VERSION
    from desktop.core.parse import ANALYSER_VERSION
    from desktop.core.store import migrations

    names = migrations.known_names()
    return {
        "generator_version": GENERATOR_VERSION,
        "analyser_version": ANALYSER_VERSION,
        "schema": names[-1] if names else "",
        "schema_hash": hashlib.sha1("|".join(names).encode()).hexdigest()[:8],
    }


def cache_name(n: int) -> str:
    """The file name of the cached library of ``n`` articles.

    Keyed by what decides the articles' content and analysis (N, generator,
    analyser). A schema change does not invalidate it: each run upgrades its
    working copy with the app's own migrations, as a user's library would be.
    """
    v = versions()
    return f"library-n{n}-g{v['generator_version']}-a{v['analyser_version']}.sqlite3"


# --- building -------------------------------------------------------------------


def _parse_one(i: int) -> tuple[str, str, object]:
    """Generate and analyse article ``i`` (runs in a worker process)."""
    from bench.generate import file_name, generate_article
    from desktop.core.parse import parse_article
    from desktop.core.text import content_hash

    text = generate_article(i)
    return file_name(i), content_hash(text), parse_article(text)


def _parsed_stream(n: int, workers: int) -> Iterator[tuple[str, str, object]]:
    if workers <= 1 or n < 200:
        for i in range(n):
            yield _parse_one(i)
        return
    import multiprocessing as mp

    # fork: the workers inherit the imported analyser; run.py never imports Qt
    # before the build, so forking is safe.
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_parse_one, range(n), chunksize=64)


def build_library(path: Path, n: int, *, workers: int | None = None) -> float:
    """Build a library of ``n`` generated articles (plus the seeds) at ``path``.

    Analysis runs on every core; the writes go through
    ``writes.insert_article`` in batches, as the importer's do.

    Returns:
        Seconds taken.
    """
    from desktop import paths
    from desktop.core.importer import load_seeds
    from desktop.core.parse import ANALYSER_VERSION
    from desktop.core.store import relink, writes
    from desktop.core.store.db import open_library

    started = time.perf_counter()
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    lib = open_library(tmp)
    db = lib.db
    load_seeds(db, paths.seeds_dir())
    # Building is not what we measure: no fsync per transaction.
    db.execute("PRAGMA synchronous = OFF")
    workers = workers or os.cpu_count() or 1
    done = 0
    last = time.perf_counter()
    stream = _parsed_stream(n, workers)
    touched: set[str] = set()  # relinked once at the end, as an import does
    while done < n:
        with db.atomic():
            batch = writes.Batch(db)
            for _ in range(min(BUILD_BATCH, n - done)):
                name, digest, parsed = next(stream)
                writes.insert_article(
                    db,
                    parsed,  # type: ignore[arg-type]
                    file=name,
                    content_hash=digest,
                    analyser_version=ANALYSER_VERSION,
                    source_path=f"/bench/{name}",
                    origin="import",
                    batch=batch,
                )
                done += 1
            batch.finish()
            touched |= batch.touched
        if time.perf_counter() - last > 15:
            rate = done / (time.perf_counter() - started)
            log(f"built {done}/{n} articles ({rate:.0f}/s, ~{(n - done) / rate:.0f} s left)")
            last = time.perf_counter()
    stream.close()  # ends the worker pool
    relink.relink(db, touched)
    db.execute("PRAGMA optimize")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    for side in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        side.unlink(missing_ok=True)
    os.replace(tmp, path)
    return time.perf_counter() - started


def cached_library(n: int, keep: Path | None, scratch: Path) -> tuple[Path, bool, float]:
    """The library of ``n`` articles: from the cache, or built (and cached).

    Returns:
        ``(path, was_cached, build_seconds)``; the path is the cached file
        (or one in ``scratch`` when nothing is kept): copy it before writing.
    """
    folder = keep if keep is not None else scratch
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / cache_name(n)
    if path.exists():
        return path, True, 0.0
    if os.environ.get("GIAOBAN_BENCH_ANY_ANALYSER"):
        # Reuse a library analysed by an older analyser: search, timeline,
        # panel, list and start-up figures do not depend on the analyser's
        # version (analyse and import are measured on fresh samples anyway).
        # Rebuilding 100,000 articles takes half an hour on this machine.
        older = sorted(folder.glob(f"library-n{n}-g{versions()['generator_version']}-a*.sqlite3"))
        if older:
            log(f"reusing {older[-1].name} (GIAOBAN_BENCH_ANY_ANALYSER)")
            return older[-1], True, 0.0
    log(f"building a library of {n} articles in {path} (cached for later runs)")
    seconds = build_library(path, n)
    (folder / (path.name + ".json")).write_text(
        json.dumps({"articles": n, **versions(), "build_seconds": round(seconds, 1)}, indent=1)
    )
    log(f"built in {seconds:.0f} s")
    return path, False, seconds


def working_copy(source: Path, target: Path) -> Path:
    """Copy the cached library for this run (the run writes notes and imports)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for side in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        side.unlink(missing_ok=True)
    # SQLite's backup API would do too; the cache is closed and checkpointed,
    # so a file copy is exact and quicker.
    shutil.copyfile(source, target)
    return target


# --- timing -----------------------------------------------------------------------


def ms(seconds: float) -> float:
    """Seconds to milliseconds, rounded for the report."""
    return round(seconds * 1000.0, 2)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """``(seconds, result)`` of one call."""
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def timed2(fn: Callable[[], object]) -> tuple[float, float, object]:
    """``(wall seconds, CPU seconds of this process, result)`` of one call.

    CPU time is what the figure would be on an idle machine when other work
    competes for the cores (a shared 2-core machine often has a load of 5+).
    """
    c = time.process_time()
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, time.process_time() - c, result


def load_average() -> float:
    """The 1-minute load average (how busy the machine was)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return math.nan


def sync_schema(path: Path, scratch: Path) -> list[str]:
    """Upgrade a working copy to the current schema, as the app would, and more.

    First the app's own migrations run (``open_library``, which also makes
    its before-upgrade backup). Then any index or trigger a new library has
    and this one lacks is created: during development an index is sometimes
    added to a migration that has already run, and a query saying
    ``INDEXED BY`` would fail on an older copy. Missing tables or columns
    cannot be patched this way: the cache must be rebuilt (delete it).

    Returns:
        The names of the indexes and triggers created.
    """
    from desktop.core.store.db import open_library

    open_library(path).close()
    fresh_path = scratch / "fresh-schema.sqlite3"
    fresh_path.unlink(missing_ok=True)
    fresh = open_library(fresh_path)
    want = {
        (kind, name): sql
        for kind, name, sql in fresh.db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'table')"
            " AND sql IS NOT NULL"
        )
    }
    columns = {
        name: {r[1]: r for r in fresh.db.execute(f"PRAGMA table_info([{name}])")}
        for (kind, name) in want
        if kind == "table" and not want[(kind, name)].upper().startswith("CREATE VIRTUAL")
    }
    fresh.close()
    conn = sqlite3.connect(path)
    have = {(k, n) for k, n in conn.execute("SELECT type, name FROM sqlite_master")}
    missing_tables = [n for (k, n) in want if k == "table" and (k, n) not in have]
    if missing_tables:
        conn.close()
        raise RuntimeError(f"cached library lacks tables {missing_tables}: delete it to rebuild")
    made = []
    for table, wanted in columns.items():
        present = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        for name, (_cid, _n, kind, notnull, default, _pk) in wanted.items():
            if name in present:
                continue
            # Added to a migration that had already run on this copy: add the
            # column with its default (a back-fill that migration does is not
            # replayed; the report lists the column).
            spec = f"[{name}] {kind or ''}"
            if default is not None:
                spec += f" DEFAULT {default}"
            if notnull and default is not None:
                spec += " NOT NULL"
            conn.execute(f"ALTER TABLE [{table}] ADD COLUMN {spec}")
            made.append(f"{table}.{name} (column, no back-fill)")
    for (kind, name), sql in sorted(want.items()):
        if kind != "table" and (kind, name) not in have:
            conn.execute(sql)
            made.append(name)
    conn.commit()
    if made:
        conn.execute("ANALYZE")
        conn.commit()
    conn.close()
    return made


def quantile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by linear interpolation between order statistics."""
    data = sorted(values)
    if not data:
        return math.nan
    pos = (len(data) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def median(values: Sequence[float]) -> float:
    """The median (NaN for no values)."""
    return statistics.median(values) if values else math.nan


def ratio(a: float, b: float) -> float:
    """``a / b`` rounded, NaN-safe."""
    if not b or math.isnan(a) or math.isnan(b):
        return math.nan
    return round(a / b, 3)


def bare_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection: the floor's way in (no checks, no migrations)."""
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def rss_mb(maxrss_kb: float) -> float:
    """``ru_maxrss`` (KiB on Linux) in MB."""
    return round(maxrss_kb / 1024.0, 1)
