"""Opening libraries: creation, seeds, migrations, and refusing what is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.importer import load_seeds
from desktop.core.store import migrations
from desktop.core.store.db import LibraryError, Reason, open_library, schema_names

SEED_COUNT = len(list(paths.seeds_dir().glob("*.txt")))


def test_first_open_loads_seeds_and_second_adds_none(library_path: Path) -> None:
    lib = open_library(library_path)
    reports = load_seeds(lib.db, paths.seeds_dir())
    assert SEED_COUNT == 5
    assert [r.outcome for r in reports] == ["imported"] * 5
    assert lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    lib.close()

    again = open_library(library_path)
    assert load_seeds(again.db, paths.seeds_dir()) == []
    assert again.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    again.close()


def test_reloading_seeds_never_touches_user_data(library_path: Path) -> None:
    lib = open_library(library_path)
    load_seeds(lib.db, paths.seeds_dir())
    # The user deletes a seed article; a forced re-load re-adds only that one
    # and leaves the others (and their ids) alone.
    ids_before = [r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY id")]
    with lib.db.atomic():
        lib.db.execute("DELETE FROM meta WHERE key = 'seeds_version'")
    reports = load_seeds(lib.db, paths.seeds_dir())
    assert sorted(r.outcome for r in reports) == ["duplicate"] * 5
    assert [r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY id")] == ids_before
    lib.close()


def test_schema_is_migrated_and_wal(empty_library) -> None:
    db = empty_library.db
    assert schema_names(db) == migrations.known_names()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = set(db.table_names())
    assert {"articles", "directives", "mentions", "people", "places", "notes", "note_tags"} <= tables
    # Applying again is a no-op.
    migrations.migrations.apply(db)
    assert schema_names(db) == migrations.known_names()


def test_stop_before_leaves_later_migrations_pending(tmp_path: Path) -> None:
    from sqlite_utils import Database

    db = Database(tmp_path / "partial.sqlite3")
    names = migrations.known_names()
    migrations.migrations.apply(db, stop_before=names[1])
    assert [m.name for m in migrations.migrations.applied(db)] == names[:1]
    db.conn.close()
    lib = open_library(tmp_path / "partial.sqlite3")
    assert schema_names(lib.db) == names
    assert lib.backup is not None and lib.backup.exists()  # backed up before upgrading
    lib.close()


def test_not_a_library_is_refused_and_left_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(b"This is my thesis draft, not a database.\n" * 100)
    before = (target.read_bytes(), target.stat().st_mtime_ns)
    with pytest.raises(LibraryError) as err:
        open_library(target)
    assert err.value.reason == Reason.NOT_A_LIBRARY
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before
    assert not Path(str(target) + "-wal").exists()


def test_library_from_newer_version_is_refused(library_path: Path) -> None:
    lib = open_library(library_path)
    with lib.db.atomic():
        lib.db["_sqlite_migrations"].insert(
            {"migration_set": migrations.MIGRATION_SET, "name": "9999_from_the_future", "applied_at": "2030"}
        )
    lib.close()
    before = library_path.read_bytes()
    with pytest.raises(LibraryError) as err:
        open_library(library_path)
    assert err.value.reason == Reason.NEWER_VERSION
    assert library_path.read_bytes() == before


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(LibraryError) as err:
        open_library(blocker / "sub" / "library.sqlite3")
    assert err.value.reason == Reason.UNWRITABLE


def test_plain_sqlite_database_of_another_app_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE articles (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(LibraryError) as err:
        open_library(other)
    assert err.value.reason == Reason.NOT_A_LIBRARY
    assert other.read_bytes() == before
