"""A damaged library in the window: say so, offer the backup or a new library.

The choice is monkeypatched through ``RecoveryDialog.ask`` (pytest-qt's
docs/note_dialogs.rst); the dialog itself is built and looked at once.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import backup
from desktop.core.store.db import LibraryError, Reason
from desktop.ui import app as app_module
from desktop.ui.dialogs import RecoveryChoice, RecoveryDialog


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _comments(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT comment FROM notes ORDER BY id")]


def _backup_now(path: Path, label: str = backup.DAILY, **kwargs) -> Path:
    conn = sqlite3.connect(path)
    try:
        return backup.make_backup(conn, path, label, **kwargs)
    finally:
        conn.close()


class Answers:
    """A scripted ``RecoveryDialog.ask`` that records what it was shown."""

    def __init__(self, *choices: RecoveryChoice) -> None:
        self.choices = list(choices)
        self.calls: list[dict[str, object]] = []

    def __call__(self, exc, backup_path, aside, **kwargs) -> RecoveryChoice:
        self.calls.append({"exc": exc, "backup": backup_path, "aside": aside, **kwargs})
        return self.choices.pop(0)


def test_open_the_latest_backup(closed_library: Path, damage, monkeypatch, qapp) -> None:
    made = _backup_now(closed_library)
    damage(closed_library, "schema")
    damaged = _digest(closed_library)
    answers = Answers(RecoveryChoice.OPEN_BACKUP)
    monkeypatch.setattr(RecoveryDialog, "ask", answers)

    lib = app_module.open_library_for_window(closed_library)

    assert lib is not None and lib.path == closed_library
    assert answers.calls[0]["exc"].reason == Reason.CORRUPT
    assert answers.calls[0]["backup"] == made
    assert lib.restored_from == made
    # The notes of the backup are there; the damaged file is kept, byte for byte.
    assert _comments(lib.db) == ["Ghi chú số 0", "Ghi chú số 1", "Ghi chú số 2"]
    assert lib.set_aside is not None and lib.set_aside.name.startswith("library.sqlite3.damaged-")
    assert lib.set_aside == answers.calls[0]["aside"]
    assert _digest(lib.set_aside) == damaged
    assert made.exists()  # the backup itself is not used up
    lib.close()


def test_start_a_new_library(closed_library: Path, damage, monkeypatch, qapp) -> None:
    damage(closed_library, "truncate")
    damaged = _digest(closed_library)
    answers = Answers(RecoveryChoice.NEW_LIBRARY)
    monkeypatch.setattr(RecoveryDialog, "ask", answers)

    lib = app_module.open_library_for_window(closed_library)

    assert answers.calls[0]["backup"] is None  # there was none to offer
    assert lib is not None and lib.restored_from is None
    assert lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5  # the seeds
    assert _comments(lib.db) == []
    assert lib.set_aside is not None and _digest(lib.set_aside) == damaged
    lib.close()


def test_quit_leaves_everything_as_it_was(closed_library: Path, damage, monkeypatch, qapp) -> None:
    damage(closed_library, "notes")
    before = _digest(closed_library)
    monkeypatch.setattr(RecoveryDialog, "ask", Answers(RecoveryChoice.QUIT))
    assert app_module.open_library_for_window(closed_library) is None
    assert _digest(closed_library) == before
    assert [p.name for p in closed_library.parent.iterdir() if p.is_file()] == [closed_library.name]


def test_a_damaged_backup_is_set_aside_too_and_the_next_one_offered(
    closed_library: Path, damage, monkeypatch, qapp
) -> None:
    import datetime as dt

    older = _backup_now(closed_library, now=dt.datetime(2026, 11, 20, 9, 0))
    newer = _backup_now(closed_library, now=dt.datetime(2026, 11, 21, 9, 0))
    damage(newer, "schema")
    damage(closed_library, "schema")
    answers = Answers(RecoveryChoice.OPEN_BACKUP, RecoveryChoice.OPEN_BACKUP)
    monkeypatch.setattr(RecoveryDialog, "ask", answers)

    lib = app_module.open_library_for_window(closed_library)

    assert [c["backup"] for c in answers.calls] == [newer, older]
    assert lib is not None and lib.restored_from == older
    assert _comments(lib.db) == ["Ghi chú số 0", "Ghi chú số 1", "Ghi chú số 2"]
    kept = sorted(p.name for p in closed_library.parent.iterdir() if ".damaged-" in p.name)
    assert kept == [lib.set_aside.name]  # the user's damaged library, kept
    assert newer.exists()  # the damaged backup is left where it was
    assert not list(closed_library.parent.rglob("*.part"))
    lib.close()


def test_damage_found_in_the_background_offers_recovery_in_the_window(
    closed_library: Path, damage, monkeypatch, qtbot
) -> None:
    from desktop.core.store.db import open_library
    from desktop.ui.library_guard import LibraryGuard, guard_for

    made = _backup_now(closed_library)
    lib = open_library(closed_library)
    answers = Answers(RecoveryChoice.OPEN_BACKUP)
    monkeypatch.setattr(RecoveryDialog, "ask", answers)
    session = app_module._Session(None)
    with monkeypatch.context() as m:
        m.setattr(LibraryGuard, "start_check", lambda self, **kw: None)
        first = session.show(lib)
    qtbot.addWidget(first)
    # The disk goes bad under the open window, where the window has not read.
    damage(closed_library, "index")
    guard = guard_for(first)
    with qtbot.waitSignal(guard.damaged, timeout=10000):
        guard.start_check()
    assert answers.calls and answers.calls[0]["can_keep_reading"] is True
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and session.lib is not lib
    assert session.lib.restored_from == made
    assert session.lib.set_aside is not None and session.lib.set_aside.exists()
    assert "damaged" in second.statusBar().currentMessage()
    assert second.article_model.total() == 5
    qtbot.waitUntil(lambda: not guard_for(second).is_checking(), timeout=10000)
    second.close()
    session.lib.close()


def test_damage_met_while_the_window_is_built_offers_recovery(
    closed_library: Path, damage, monkeypatch, qtbot
) -> None:
    import sqlite3 as sq

    from desktop.core.store.db import open_library
    from desktop.ui.main_window import MainWindow

    made = _backup_now(closed_library)
    damage(closed_library, "index")
    lib = open_library(closed_library)  # passes: the open check reads no index
    answers = Answers(RecoveryChoice.OPEN_BACKUP)
    monkeypatch.setattr(RecoveryDialog, "ask", answers)
    # Which page the window reads first depends on the features; what matters
    # is what the app does when building the window meets the damage.
    real_init = MainWindow.__init__
    calls = []

    def init(self, library, parent=None):
        calls.append(library)
        real_init(self, library, parent)
        if len(calls) == 1:
            self.close()
            raise sq.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(MainWindow, "__init__", init)
    session = app_module._Session(None)
    window = session.show(lib)
    assert window is not None
    qtbot.addWidget(window)
    assert answers.calls[0]["can_keep_reading"] is False
    assert [c is lib for c in calls] == [True, False]
    assert session.lib is not lib and session.lib.restored_from == made
    assert window.article_model.total() == 5
    window.close()
    session.lib.close()


def test_keep_reading_after_late_damage(closed_library: Path, damage, monkeypatch, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.core.store.db import open_library
    from desktop.ui.library_guard import STATE_LABEL_NAME, LibraryGuard, guard_for

    lib = open_library(closed_library)
    monkeypatch.setattr(RecoveryDialog, "ask", Answers(RecoveryChoice.KEEP_READING))
    session = app_module._Session(None)
    with monkeypatch.context() as m:
        m.setattr(LibraryGuard, "start_check", lambda self, **kw: None)
        window = session.show(lib)
    qtbot.addWidget(window)
    damage(closed_library, "index")
    with qtbot.waitSignal(guard_for(window).check_finished, timeout=10000) as blocker:
        guard_for(window).start_check()
    assert not blocker.args[0].ok
    assert session.window is window and closed_library.exists()
    label = window.findChild(QLabel, STATE_LABEL_NAME)
    assert label is not None and "damaged" in label.text()
    assert not list(backup.list_backups(closed_library))  # no backup of a damaged library
    window.close()
    lib.close()


def test_a_sound_library_is_checked_then_backed_up_once_a_day(library, qtbot) -> None:
    from desktop.ui.library_guard import guard_for
    from desktop.ui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    guard = guard_for(window)
    with qtbot.waitSignal(guard.backup_made, timeout=10000) as blocker:
        guard.start_check()
    assert guard.report is not None and guard.report.ok
    assert blocker.args[0] == backup.latest_backup(library.path).path
    with qtbot.waitSignal(guard.check_finished, timeout=10000), qtbot.assertNotEmitted(guard.backup_made):
        guard.start_check()  # a second time today: checked, not backed up again
    qtbot.waitUntil(lambda: not guard.is_checking(), timeout=10000)
    assert len(backup.list_backups(library.path)) == 1


def test_the_dialog_says_what_happens_and_offers_both_ways(qtbot, tmp_path: Path) -> None:
    exc = LibraryError(Reason.CORRUPT, tmp_path / "library.sqlite3", "database disk image is malformed")
    aside = tmp_path / "library.sqlite3.damaged-20261122-1530"
    dialog = RecoveryDialog(exc, tmp_path / "b.sqlite3", "21/11/2026 09:00", aside)
    qtbot.addWidget(dialog)
    text = dialog.text() + "\n" + dialog.informativeText()
    assert "damaged" in text and aside.name in text and "21/11/2026 09:00" in text
    assert dialog.backup_button.isEnabled()
    assert {b.text() for b in dialog.buttons()} >= {"Open the latest backup", "Start a new library", "Quit"}
    dialog.show()
    pixmap = dialog.grab()
    assert not pixmap.isNull()
    pixmap.save(str(tmp_path / "recovery-dialog.png"))
    # Clicking a button is the choice.
    dialog.new_button.click()
    assert dialog.choice() == RecoveryChoice.NEW_LIBRARY

    no_backup = RecoveryDialog(exc, None, "", aside)
    qtbot.addWidget(no_backup)
    assert not no_backup.backup_button.isEnabled()
    assert "no backup" in no_backup.informativeText()


@pytest.mark.parametrize("markup", ["<b>x</b>", '<img src="http://example.invalid/x.png">'])
def test_the_dialog_shows_a_path_with_markup_as_text(qtbot, tmp_path: Path, markup: str) -> None:
    folder = tmp_path / markup.replace("/", "_")
    exc = LibraryError(Reason.CORRUPT, folder / "library.sqlite3")
    dialog = RecoveryDialog(exc, None, "", folder / "library.sqlite3.damaged-x")
    qtbot.addWidget(dialog)
    from PySide6.QtCore import Qt

    assert dialog.textFormat() == Qt.TextFormat.PlainText
    assert markup.replace("/", "_") in dialog.text()


def test_a_screenshot_of_a_damaged_library_says_so_and_changes_nothing(
        closed_library: Path, damage, monkeypatch, capsys, qapp) -> None:
    """``--screenshot`` shows no window: a dialog there would wait for ever."""
    damage(closed_library, "notes")
    before = _digest(closed_library)
    monkeypatch.setattr(RecoveryDialog, "ask", lambda *a, **k: pytest.fail("a dialog nobody sees"))
    code = app_module.main(["--screenshot", str(closed_library.parent / "shot.png"),
                            "--library", str(closed_library), "--lang", "en"])
    assert code == 2
    assert f"the library {closed_library} is damaged" in capsys.readouterr().err
    assert _digest(closed_library) == before
    assert not (closed_library.parent / "shot.png").exists()


def test_a_screenshot_of_a_file_that_is_no_library_says_so(tmp_path: Path, capsys, qapp) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_text("ghi chú của tôi", encoding="utf-8")
    code = app_module.main(["--screenshot", str(tmp_path / "shot.png"), "--library", str(other), "--lang", "en"])
    assert code == 2
    assert "is not a Giao Ban Reader library" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "ghi chú của tôi"


@pytest.mark.parametrize(
    ("env", "platform", "shown"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_whether_a_window_can_be_shown(env: dict[str, str], platform: str, shown: bool) -> None:
    assert app_module.has_display(env, platform) is shown


def test_no_display_is_one_clear_line_not_a_qt_abort(monkeypatch, capsys, tmp_path: Path) -> None:
    if not app_module.sys.platform.startswith("linux"):
        pytest.skip("only Linux and the BSDs need a display server")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app_module.main(["--library", str(tmp_path / "lib.sqlite3"), "--lang", "vi"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lỗi: ") and "python -m desktop --help" in err
    assert not (tmp_path / "lib.sqlite3").exists()
