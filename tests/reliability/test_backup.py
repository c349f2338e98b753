"""Backups: the backup API (never a file copy), one a day, rotated, restorable."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import backup
from desktop.core.store.db import open_library


def _notes(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT comment FROM notes ORDER BY id")]
    finally:
        conn.close()


def _add_note(lib, comment: str) -> None:
    with lib.db.atomic():
        lib.db.execute(
            """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment, created, modified)
               VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')""",
            [comment],
        )


def test_backup_of_a_live_library_holds_what_is_only_in_the_wal(library) -> None:
    # Committed, but still in the WAL: a copy of the main file would miss it.
    library.db.execute("PRAGMA wal_autocheckpoint = 0")
    _add_note(library, "chỉ có trong WAL")
    naive = library.path.with_name("copy.sqlite3")
    shutil.copyfile(library.path, naive)
    try:  # why we never copy the file: the copy lacks the note, or even its table
        assert "chỉ có trong WAL" not in _notes(naive)
    except sqlite3.OperationalError as exc:
        assert "no such table" in str(exc)

    made = backup.daily_backup(library.path)
    assert made is not None and made.parent == backup.backups_dir(library.path)
    assert _notes(made) == ["chỉ có trong WAL"]
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert not list(made.parent.glob("*.part"))


def test_at_most_one_daily_backup_a_day_and_only_a_few_kept(library) -> None:
    day = dt.datetime(2026, 11, 22, 9, 0)
    assert backup.daily_backup(library.path, now=day) is not None
    assert backup.daily_backup(library.path, now=day.replace(hour=18)) is None
    for n in range(1, 9):
        _add_note(library, f"ngày {n}")
        assert backup.daily_backup(library.path, now=day + dt.timedelta(days=n)) is not None
    kept = backup.list_backups(library.path, backup.DAILY)
    assert len(kept) == backup.DAILY_KEPT
    # The newest are kept, and the newest holds the latest note.
    assert [b.made.day for b in kept] == list(range(31 - backup.DAILY_KEPT, 31))
    latest = backup.latest_backup(library.path)
    assert latest is not None and latest.path == kept[-1].path
    assert _notes(latest.path)[-1] == "ngày 8"


def test_a_schema_upgrade_always_backs_up_first_and_dailies_do_not_evict_it(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from desktop.core.store import migrations

    path = tmp_path / "library.sqlite3"
    db = Database(path)
    names = migrations.known_names()
    migrations.migrations.apply(db, stop_before=names[-1])
    db.close()
    lib = open_library(path)
    assert lib.backup is not None and "before-upgrade" in lib.backup.name
    upgraded_from = sqlite3.connect(lib.backup)
    assert [r[0] for r in upgraded_from.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == names[:-1]
    upgraded_from.close()
    for n in range(backup.DAILY_KEPT + 3):
        backup.daily_backup(path, now=dt.datetime(2026, 12, 1) + dt.timedelta(days=n))
    assert [b.path for b in backup.list_backups(path, backup.BEFORE_UPGRADE)] == [lib.backup]
    lib.close()


def test_restore_writes_the_backup_in_place_and_keeps_the_backup(library) -> None:
    _add_note(library, "trước khi hỏng")
    made = backup.daily_backup(library.path)
    assert made is not None
    before = made.read_bytes()
    library.close()
    target = library.path.with_name("restored.sqlite3")
    backup.restore(made, target)
    assert _notes(target) == ["trước khi hỏng"]
    assert made.read_bytes() == before
    with pytest.raises(FileExistsError):
        backup.restore(made, target)  # never over an existing file


def test_a_killed_backup_leaves_only_litter_that_the_next_one_clears(library) -> None:
    folder = backup.backups_dir(library.path)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"{library.path.stem}-20261121-101010-daily.sqlite3.part"
    part.write_bytes(b"half a backup")
    assert backup.latest_backup(library.path) is None
    backup.daily_backup(library.path)
    assert not part.exists()
