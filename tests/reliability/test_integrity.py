"""A damaged library is found, refused untouched, and set aside only on request."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.core.store import integrity
from desktop.core.store.db import LibraryError, Reason, open_library


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("how", ["truncate", "schema", "notes"])
def test_damage_on_the_open_path_is_refused_and_left_untouched(closed_library: Path, damage, how: str) -> None:
    damage(closed_library, how)
    before = _digest(closed_library)
    with pytest.raises(LibraryError) as err:
        open_library(closed_library)
    assert err.value.reason == Reason.CORRUPT
    assert err.value.detail  # SQLite's own words, for the dialog's details
    # Never written, never renamed, no WAL left beside it.
    assert _digest(closed_library) == before
    assert not Path(str(closed_library) + "-wal").exists()
    assert [p.name for p in closed_library.parent.iterdir() if ".damaged-" in p.name] == []


def test_damage_away_from_the_open_path_is_found_by_the_full_check(closed_library: Path, damage) -> None:
    import shutil

    sound = shutil.copy(closed_library, closed_library.with_name("sound.sqlite3"))
    damage(closed_library, "articles-middle")
    lib = open_library(closed_library)  # the cheap check does not read that page
    lib.close()
    report = integrity.full_check(closed_library)
    assert not report.ok and report.full
    assert report.problems
    # The same library before the damage passes the same check.
    assert integrity.full_check(Path(sound)).ok


def test_full_check_passes_a_sound_library_beside_an_open_writer(library) -> None:
    with library.db.atomic():
        library.db.execute(
            """INSERT INTO notes (article_id, start, "end", exact, content_hash, created, modified)
               VALUES (1, 0, 1, 'x', 'h', 'now', 'now')"""
        )
    report = integrity.full_check(library.path)
    assert report.ok and report.problems == () and not report.interrupted


def test_full_check_can_be_interrupted(library) -> None:
    report = integrity.full_check(library.path, cancelled=lambda: True)
    assert report.interrupted


def test_header_check_catches_a_cut_file_but_not_a_pending_wal(closed_library: Path) -> None:
    assert integrity.check_header(closed_library) == []
    size = closed_library.stat().st_size
    with closed_library.open("r+b") as fh:
        fh.truncate(size - 4096)
    assert "cut short" in integrity.check_header(closed_library)[0]
    # With a WAL waiting to be replayed the file may lag its header: not damage.
    Path(str(closed_library) + "-wal").write_bytes(b"x" * 32)
    assert integrity.check_header(closed_library) == []


def test_a_zero_byte_library_opens_as_a_new_one(library_path: Path) -> None:
    # What a library killed the instant it was created looks like.
    library_path.write_bytes(b"")
    lib = open_library(library_path)
    assert lib.db.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    lib.close()


def test_a_library_killed_after_the_migrations_table_was_made_still_opens(library_path: Path) -> None:
    from sqlite_utils import Database

    from desktop.core.store import migrations

    db = Database(library_path)
    migrations.migrations.ensure_migrations_table(db)
    db.close()
    lib = open_library(library_path)
    assert "notes" in lib.db.table_names()
    lib.close()


def test_open_check_cost_does_not_grow_with_the_articles(tmp_path: Path) -> None:
    """The open check reads the notes tables and b-tree edges, not the articles.

    Two libraries, one with 40 times the article pages: the open check must
    not take anything like 40 times as long (the full 100,000-article
    figure is in bench/bench_integrity.py).
    """
    timings = []
    for count in (50, 2000):
        path = tmp_path / f"lib-{count}.sqlite3"
        lib = open_library(path)
        body = "Đảng bộ tỉnh tổ chức hội nghị giao ban công tác xây dựng Đảng. " * 60
        with lib.db.atomic():
            lib.db.conn.executemany(
                "INSERT INTO articles (file, content_hash, raw_text, clean_text, imported_at) VALUES (?, ?, ?, ?, 'x')",
                [(f"{i}.txt", f"h{i}", body, body) for i in range(count)],
            )
        lib.close()
        conn = sqlite3.connect(path)
        best = min(_timed(lambda conn=conn, path=path: integrity.open_check(conn, path)) for _ in range(5))
        conn.close()
        timings.append(best)
    assert timings[1] < timings[0] * 8 + 0.02, timings


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def test_set_aside_moves_the_wal_along_and_never_overwrites(tmp_path: Path) -> None:
    import datetime as dt

    lib = tmp_path / "library.sqlite3"
    now = dt.datetime(2026, 11, 22, 15, 30)
    for round_no in range(2):
        lib.write_bytes(b"SQLite format 3\x00damaged %d" % round_no)
        Path(str(lib) + "-wal").write_bytes(b"wal %d" % round_no)
        moved = integrity.set_aside(lib, now)
        assert not lib.exists() and not Path(str(lib) + "-wal").exists()
        assert moved.read_bytes().endswith(b"%d" % round_no)
        assert Path(str(moved) + "-wal").read_bytes() == b"wal %d" % round_no
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "library.sqlite3.damaged-20261122-1530",
        "library.sqlite3.damaged-20261122-1530-2",
        "library.sqlite3.damaged-20261122-1530-2-wal",
        "library.sqlite3.damaged-20261122-1530-wal",
    ]


def test_cli_says_damaged_names_the_backup_and_exits_2_without_renaming(closed_library: Path, damage) -> None:
    from desktop import cli
    from desktop.core.store import backup

    conn = sqlite3.connect(closed_library)
    made = backup.make_backup(conn, closed_library, backup.DAILY)
    conn.close()
    damage(closed_library, "schema")
    before = _digest(closed_library)
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = cli.main(["articles", "--library", str(closed_library)], out=io.StringIO())
    assert code == cli.EXIT_UNUSABLE
    message = err.getvalue()
    assert "is damaged" in message and str(made) in message
    assert _digest(closed_library) == before
    assert sorted(p.name for p in closed_library.parent.iterdir() if p.is_file()) == [closed_library.name]
