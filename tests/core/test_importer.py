"""Importing the user's files: every format, every failure reason, duplicates,
cancel, and the rule that no article is ever half-imported."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from import_factories import article_text, assert_consistent, many_files as _many, write_mixed_folder
from import_factories import VIET

from desktop.core import importer
from desktop.core.importer import FailReason, Outcome, import_files, iter_files
from desktop.core.parse import parse_article
from desktop.core.store import queries
from desktop.core.store.search_queries import search

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def test_each_format_imports_and_each_failure_has_its_reason(empty_library, tmp_path) -> None:
    files = write_mixed_folder(tmp_path / "in")
    gone = tmp_path / "in" / "vanished.txt"  # named, then gone before the import
    as_dir = tmp_path / "x.txt"
    as_dir.mkdir()
    reports = import_files(empty_library.db, [tmp_path / "in", gone])
    by_name = {Path(r.path).name: r for r in reports}
    for key in ("cp1258", "utf16", "utf8sig", "html", "docx", "md"):
        report = by_name[files[key].name]
        assert report.outcome == Outcome.IMPORTED, (key, report)
        assert report.article_id and report.title
    expected_failures = {
        "binary": FailReason.NOT_TEXT,
        "empty": FailReason.EMPTY,
        "blank": FailReason.EMPTY,
        "huge": FailReason.TOO_LARGE,
        "undecodable": FailReason.UNDECODABLE,
    }
    for key, reason in expected_failures.items():
        report = by_name[files[key].name]
        assert (report.outcome, report.reason) == (Outcome.FAILED, reason), key
    assert (by_name["vanished.txt"].outcome, by_name["vanished.txt"].reason) == (
        Outcome.FAILED,
        FailReason.UNREADABLE,
    )
    # A folder named like a file cannot be read as one.
    [dir_report] = [importer.import_one(empty_library.db, as_dir)]
    assert dir_report.reason == FailReason.UNREADABLE
    db = empty_library.db
    assert queries.count(db) == 6
    assert_consistent(db)


def test_imported_text_is_nfc_and_searchable(empty_library, tmp_path) -> None:
    files = write_mixed_folder(tmp_path / "in")
    import_files(empty_library.db, [files["cp1258"], files["docx"], files["html"], files["md"]])
    db = empty_library.db
    raw = db.execute("SELECT raw_text FROM articles WHERE file = 'a_cp1258.txt'").fetchone()[0]
    assert raw == article_text(1)
    md = db.execute("SELECT raw_text FROM articles WHERE file = 'f_note.md'").fetchone()[0]
    assert "**" not in md and not md.startswith("#")
    page = db.execute("SELECT title, published, raw_text FROM articles WHERE file = 'd_page.html'").fetchone()
    assert page[0].startswith("Giao ban công tác tổ chức xây dựng Đảng quý III")
    assert page[1] == "2024-10-08" and "Trang chủ" not in page[2]
    # Through the same analysis as the seeds: directives linked, places found.
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] >= 4
    assert {h.id for h in search(db, "26-HD/BTCTW")} == {r[0] for r in db.execute("SELECT id FROM articles")}
    assert search(db, "hoa binh")


def test_duplicates_are_skipped_and_reported(empty_library, tmp_path) -> None:
    original = tmp_path / "a.txt"
    original.write_text(VIET, encoding="utf-8")
    # The same text in another encoding, with CRLF and trailing spaces.
    copy = tmp_path / "b.txt"
    copy.write_bytes(VIET.replace("\n", "  \r\n").encode("utf-16"))
    first = import_files(empty_library.db, [original])
    again = import_files(empty_library.db, [original, copy])
    assert first[0].outcome == Outcome.IMPORTED
    assert [r.outcome for r in again] == [Outcome.DUPLICATE, Outcome.DUPLICATE]
    assert {r.article_id for r in again} == {first[0].article_id}
    assert queries.count(empty_library.db) == 1


def test_a_duplicate_within_one_batch(empty_library, tmp_path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text(article_text(42), encoding="utf-8")
    reports = import_files(empty_library.db, [tmp_path / "x.txt", tmp_path / "y.txt"])
    assert [r.outcome for r in reports] == [Outcome.IMPORTED, Outcome.DUPLICATE]
    assert queries.count(empty_library.db) == 1


def test_seeds_are_duplicates_of_themselves(library) -> None:
    reports = import_files(library.db, SEEDS)
    assert [r.outcome for r in reports] == [Outcome.DUPLICATE] * len(SEEDS)


@pytest.mark.parametrize("batch_files", [1, 4, 250])
def test_cancel_mid_import_keeps_only_whole_articles(empty_library, tmp_path, batch_files) -> None:
    _many(tmp_path / "many", 20)
    seen: list[int] = []
    reports = import_files(
        empty_library.db,
        [tmp_path / "many"],
        progress=lambda done, total, report: seen.append(done),
        cancelled=lambda: len(seen) >= 7,
        batch_files=batch_files,
    )
    assert len(reports) == 7 and seen == list(range(1, 8))
    assert all(r.outcome == Outcome.IMPORTED for r in reports)
    db = empty_library.db
    assert not db.conn.in_transaction
    assert queries.count(db) == 7
    assert {r.article_id for r in reports} == {r[0] for r in db.execute("SELECT id FROM articles")}
    assert_consistent(db)
    # The rest can be imported later; the seven are duplicates then.
    rest = import_files(db, [tmp_path / "many"])
    assert [r.outcome for r in rest].count(Outcome.DUPLICATE) == 7
    assert queries.count(db) == 20
    assert_consistent(db)


def test_a_failure_while_storing_rolls_back_that_article_only(empty_library, tmp_path, monkeypatch) -> None:
    paths = _many(tmp_path / "many", 6)
    real = importer.writes._write_analysis

    def flaky(db, article_id, parsed):
        real(db, article_id, parsed)  # article, mentions, people... all written
        if "lần thứ 3," in parsed.clean_text:
            raise ValueError("a bug in a later step")

    monkeypatch.setattr(importer.writes, "_write_analysis", flaky)
    reports = import_files(empty_library.db, paths, batch_files=100)
    outcomes = [(r.outcome, r.reason) for r in reports]
    assert outcomes[3] == (Outcome.FAILED, FailReason.ANALYSIS)
    assert outcomes[:3] + outcomes[4:] == [(Outcome.IMPORTED, None)] * 5
    db = empty_library.db
    assert queries.count(db) == 5
    assert db.execute("SELECT count(*) FROM articles WHERE raw_text LIKE '%lần thứ 3,%'").fetchone()[0] == 0
    assert_consistent(db)


def test_a_library_error_stops_the_import_and_keeps_whole_batches(empty_library, tmp_path, monkeypatch) -> None:
    paths = _many(tmp_path / "many", 6)
    real = importer.writes.insert_article
    calls = {"n": 0}

    def full_disk(db, parsed, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise sqlite3.OperationalError("database or disk is full")
        return real(db, parsed, **kwargs)

    monkeypatch.setattr(importer.writes, "insert_article", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        import_files(empty_library.db, paths, batch_files=2)
    db = empty_library.db
    assert not db.conn.in_transaction
    assert queries.count(db) == 4  # two whole batches, the third rolled back
    assert_consistent(db)


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.md", ".hidden.txt", "photo.jpg", "b/1.docx", "c.HTM"):
        (tmp_path / name).write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert names == ["a.md", "c.HTM", "b/1.docx", "b/2.txt"]


def test_unreadable_file(empty_library, tmp_path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(article_text(9), encoding="utf-8")
    if os.geteuid() == 0:
        # root reads anything: make the read itself fail instead.
        path.unlink()
        path.symlink_to(tmp_path / "nowhere.txt")
    else:
        path.chmod(0)
    [report] = import_files(empty_library.db, [path])
    assert (report.outcome, report.reason) == (Outcome.FAILED, FailReason.UNREADABLE)
    shutil.rmtree(tmp_path, ignore_errors=True)
