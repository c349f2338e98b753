"""Upgrades: a library of every released schema version opens with its notes intact.

See tests/fixtures/README.md for the rule and for making a fixture.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import migrations
from desktop.core.store.db import open_library, schema_names

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "libraries"
# The first schema a release shipped (0.1.0); earlier names never reached users.
RELEASED_FROM = "0003_search"
RELEASED = json.loads((FIXTURES / "released.json").read_text(encoding="utf-8"))


def _fixture(version: str) -> Path:
    return FIXTURES / f"schema-{version}.sqlite3"


def _fixture_versions() -> list[str]:
    return sorted(p.name[len("schema-") : -len(".sqlite3")] for p in FIXTURES.glob("schema-*.sqlite3"))


def test_every_schema_version_but_an_unreleased_newest_has_a_fixture() -> None:
    names = migrations.known_names()
    assert RELEASED_FROM in names
    needed = set(names[names.index(RELEASED_FROM) : -1]) | set(RELEASED.values())
    missing = sorted(v for v in needed if not _fixture(v).exists())
    assert not missing, (
        f"no fixture library for schema version(s) {missing}: run "
        "tests/fixtures/make_fixture_library.py --version <name> (see tests/fixtures/README.md)"
    )
    assert set(RELEASED.values()) <= set(names)


@pytest.mark.parametrize("version", _fixture_versions())
def test_fixture_is_the_version_it_claims(version: str) -> None:
    conn = sqlite3.connect(f"file:{_fixture(version)}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    names = migrations.known_names()
    assert applied == names[: names.index(version) + 1]


@pytest.mark.parametrize("version", _fixture_versions())
def test_library_of_version_upgrades_with_notes_intact(version: str, tmp_path: Path) -> None:
    manifest = json.loads((FIXTURES / f"schema-{version}.json").read_text(encoding="utf-8"))
    copy = tmp_path / "library.sqlite3"
    shutil.copyfile(_fixture(version), copy)  # never the committed file itself

    lib = open_library(copy)
    try:
        assert schema_names(lib.db) == migrations.known_names()
        if manifest["migrations"] != migrations.known_names():
            assert lib.backup is not None and lib.backup.exists()  # backed up before upgrading
        db = lib.db
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        hashes = [r[0] for r in db.execute("SELECT content_hash FROM articles ORDER BY id")]
        assert hashes == [a["content_hash"] for a in manifest["articles"]]
        assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == len(manifest["notes"])
        for note in manifest["notes"]:
            row = db.execute(
                """SELECT article_id, start, "end", exact, prefix, suffix, content_hash,
                          comment, color, state, created
                   FROM notes WHERE id = ?""",
                [note["id"]],
            ).fetchone()
            assert row is not None, f"note {note['id']} lost"
            assert row == (
                note["article_id"], note["start"], note["end"], note["exact"], note["prefix"],
                note["suffix"], note["content_hash"], note["comment"], note["color"],
                note["state"], note["created"],
            )
            tags = sorted(r[0] for r in db.execute("SELECT tag FROM note_tags WHERE note_id = ?", [note["id"]]))
            assert tags == sorted(note["tags"])
            # The quote still sits where the note says, in the text it was taken from.
            clean = db.execute("SELECT clean_text FROM articles WHERE id = ?", [note["article_id"]]).fetchone()[0]
            assert clean[note["start"] : note["end"]] == note["exact"]
    finally:
        lib.close()
    # Opening again is a no-op: nothing pending, no second backup.
    again = open_library(copy)
    assert again.backup is None
    again.close()
    # The committed fixture is untouched.
    conn = sqlite3.connect(f"file:{_fixture(version)}?mode=ro", uri=True)
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == manifest["migrations"]
    conn.close()


@pytest.mark.parametrize("version", _fixture_versions())
def test_upgraded_library_shows_its_articles_in_the_window(version: str, tmp_path: Path, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    copy = tmp_path / "library.sqlite3"
    shutil.copyfile(_fixture(version), copy)
    lib = open_library(copy)
    window = MainWindow(lib)
    qtbot.addWidget(window)
    window.show()
    assert window.article_model.total() == 5
    assert window.current_article_id is not None
    window.close()
    lib.close()
