"""A full disk or a read-only library: a clear message, nothing half-written, reading goes on.

A full disk is simulated with ``PRAGMA max_page_count``: SQLite then answers
SQLITE_FULL exactly as on a full disk. A read-only library is opened with
``mode=ro`` (``open_library(read_only=True)``): the tests run as root, and
chmod does not stop root from writing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.store.db import LibraryError, Reason, open_library, translate_errors


def _fill_to_the_brim(db) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")


def _state(db) -> tuple[int, int, int, int]:
    return tuple(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "mentions", "notes", "note_tags")
    )  # type: ignore[return-value]


def test_full_disk_during_an_import_leaves_no_half_article(library, tmp_path: Path) -> None:
    from desktop.core.importer import import_one

    before = _state(library.db)
    _fill_to_the_brim(library.db)
    article = tmp_path / "bai-dai.txt"
    article.write_text(
        "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III/2026\n\n"
        + "Thực hiện Chỉ thị 35-CT/TW, Hướng dẫn 26-HD/BTCTW, đồng chí Nguyễn Văn A phát biểu. " * 800,
        encoding="utf-8",
    )
    with pytest.raises(LibraryError) as err, translate_errors(library.path):
        import_one(library.db, article)
    assert err.value.reason == Reason.DISK_FULL
    assert not library.db.conn.in_transaction
    assert _state(library.db) == before
    assert library.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Reading goes on.
    assert library.db.execute("SELECT title FROM articles LIMIT 1").fetchone()


def test_full_disk_during_a_note_rolls_the_note_and_its_tags_back(library) -> None:
    before = _state(library.db)
    _fill_to_the_brim(library.db)
    with pytest.raises(sqlite3.OperationalError) as err, library.db.atomic():
        cur = library.db.execute(
            """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment, created, modified)
               VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')""",
            ["Ghi chú rất dài " * 5000],
        )
        library.db.execute("INSERT INTO note_tags (note_id, tag) VALUES (?, 'giao ban')", [cur.lastrowid])
    assert err.value.sqlite_errorname == "SQLITE_FULL"
    assert _state(library.db) == before


def test_read_only_library_reads_and_refuses_writes_cleanly(library) -> None:
    library.close()
    lib = open_library(library.path, read_only=True)
    assert lib.read_only
    assert lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    with pytest.raises(LibraryError) as err, translate_errors(lib.path), lib.db.atomic():
        lib.db.execute(
            """INSERT INTO notes (article_id, start, "end", exact, content_hash, created, modified)
               VALUES (1, 0, 1, 'x', 'h', 'now', 'now')"""
        )
    assert err.value.reason == Reason.READ_ONLY
    assert lib.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    lib.close()


# --- the window -----------------------------------------------------------------


def _add_note(window, comment: str) -> None:
    with window.db.atomic():
        cur = window.db.execute(
            """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment, created, modified)
               VALUES (?, 0, 1, 'x', 'h', ?, 'now', 'now')""",
            [window.current_article_id, comment],
        )
        window.db.execute("INSERT INTO note_tags (note_id, tag) VALUES (?, 'giao ban')", [cur.lastrowid])


def test_window_says_the_disk_is_full_and_keeps_reading(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.library_guard import STATE_LABEL_NAME, guarded_write

    before = _state(window.db)
    _fill_to_the_brim(window.db)
    with qtbot.waitSignal(_guard(window).problem_shown, timeout=1000), guarded_write(window) as outcome:
        _add_note(window, "Ghi chú rất dài " * 5000)
    assert not outcome.ok and outcome.error is not None and outcome.error.reason == Reason.DISK_FULL
    label = window.findChild(QLabel, STATE_LABEL_NAME)
    assert label is not None and label.isVisible() and "disk is full" in label.text()
    assert _state(window.db) == before and not window.db.conn.in_transaction
    # Still reading: another article opens and shows its text.
    other = window.db.execute("SELECT id FROM articles WHERE id != ? LIMIT 1", [window.current_article_id]).fetchone()[0]
    assert window.open_article(other)
    assert window.reader.toPlainText().strip()
    # Space again: the next write goes through.
    window.db.execute("PRAGMA max_page_count = 1073741823")
    with guarded_write(window) as outcome:
        _add_note(window, "sau khi dọn ổ đĩa")
    assert outcome.ok
    assert _state(window.db)[2] == before[2] + 1


def test_window_on_a_read_only_library_says_so_and_reads(qtbot, library) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.library_guard import STATE_LABEL_NAME, guard_for, guarded_write
    from desktop.ui.main_window import MainWindow

    library.close()
    lib = open_library(library.path, read_only=True)
    window = MainWindow(lib)
    qtbot.addWidget(window)
    guard_for(window)
    window.show()
    label = window.findChild(QLabel, STATE_LABEL_NAME)
    assert label is not None and label.isVisible() and "read-only" in label.text()
    assert window.current_article_id is not None and window.reader.toPlainText().strip()
    with guarded_write(window) as outcome:
        _add_note(window, "không lưu được")
    assert outcome.error is not None and outcome.error.reason == Reason.READ_ONLY
    assert lib.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    window.close()
    lib.close()


def test_a_bug_is_not_swallowed_by_the_write_guard(window) -> None:
    from desktop.ui.library_guard import guarded_write

    with pytest.raises(sqlite3.OperationalError, match="no such table"), guarded_write(window):
        window.db.execute("INSERT INTO no_such_table VALUES (1)")


def test_uncaught_disk_full_in_a_slot_reaches_the_status_bar(window) -> None:
    from desktop.ui.library_guard import guard_for, handle_uncaught

    guard_for(window)
    _fill_to_the_brim(window.db)
    try:
        _add_note(window, "Ghi chú rất dài " * 5000)
    except sqlite3.OperationalError as exc:
        assert handle_uncaught(exc)
    else:  # pragma: no cover - the brim was not reached
        pytest.fail("the write should not have fitted")
    assert "disk is full" in window.statusBar().currentMessage()
    assert not handle_uncaught(ValueError("a bug"))


def _guard(window):
    from desktop.ui.library_guard import guard_for

    return guard_for(window)
