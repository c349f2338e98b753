"""Two windows (or the window and the CLI) on one library: never "database is locked".

The first window on a library listens on a local socket; a second start on
the same library asks it to come forward and exits 0. The store is safe with
several writers anyway: write transactions are BEGIN IMMEDIATE with a busy
timeout, so they queue instead of failing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from desktop.core.store.db import open_library

REPO = Path(__file__).resolve().parent.parent.parent
WRITES_EACH = 150


def _writer(path: Path, name: str, errors: list[BaseException], barrier: threading.Barrier) -> None:
    lib = open_library(path)
    db = lib.db
    try:
        barrier.wait()
        for i in range(WRITES_EACH):
            # Read, then write, in one transaction: the shape that fails with
            # SQLITE_BUSY_SNAPSHOT under a deferred BEGIN while another
            # connection commits in between.
            with db.atomic():
                count = db.execute("SELECT count(*) FROM notes").fetchone()[0]
                db.execute(
                    """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment,
                           created, modified) VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')""",
                    [f"{name} {i} sau {count}"],
                )
            if i % 10 == 0:
                db.execute("SELECT count(*) FROM articles").fetchone()  # a reader between writes
    except BaseException as exc:  # noqa: BLE001 - reported to the test thread
        errors.append(exc)
    finally:
        lib.close()


def test_two_connections_writing_interleaved_never_lock(library) -> None:
    path = library.path
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)
    threads = [threading.Thread(target=_writer, args=(path, n, errors, barrier)) for n in ("A", "B", "C")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    comments = [r[0] for r in library.db.execute("SELECT comment FROM notes")]
    assert len(comments) == 3 * WRITES_EACH
    for name in "ABC":
        assert sum(c.startswith(f"{name} ") for c in comments) == WRITES_EACH


def test_a_cli_process_writes_while_the_window_connection_writes(library, tmp_path: Path) -> None:
    """A second process (as the CLI would be) beside the window's connection."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from desktop.core.store.db import open_library
        lib = open_library(Path({str(library.path)!r}))
        for i in range({WRITES_EACH}):
            with lib.db.atomic():
                lib.db.execute("SELECT count(*) FROM notes").fetchone()
                lib.db.execute(
                    "INSERT INTO notes (article_id, start, \\"end\\", exact, content_hash, comment, created, modified)"
                    " VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')", ["cli %d" % i])
        lib.close()
        print("done")
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for i in range(WRITES_EACH):
        with library.db.atomic():
            library.db.execute("SELECT count(*) FROM notes").fetchone()
            library.db.execute(
                """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment,
                       created, modified) VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')""",
                [f"window {i}"],
            )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "locked" not in err
    total = library.db.execute("SELECT count(*) FROM notes").fetchone()[0]
    assert total == 2 * WRITES_EACH


def test_single_instance_handshake_in_process(qtbot, tmp_path: Path) -> None:
    from desktop.ui.single_instance import SingleInstance, server_name

    first = SingleInstance(tmp_path / "library.sqlite3")
    assert first.listen()
    assert server_name(tmp_path / "library.sqlite3") == server_name(tmp_path / "." / "library.sqlite3")
    assert server_name(tmp_path / "other.sqlite3") != first.name
    # Nobody listens on another library.
    assert not SingleInstance(tmp_path / "other.sqlite3").notify_running(200)
    first.close()


_FIRST = """
import sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from desktop.ui.single_instance import SingleInstance, bring_forward
app = QApplication([])
window = QMainWindow()
window.showMinimized()
instance = SingleInstance(Path({library!r}))
assert instance.listen()
def on_activate():
    bring_forward(window)
    print("activated", not window.isMinimized(), flush=True)
    QTimer.singleShot(50, app.quit)
instance.activation_requested.connect(on_activate)
print("listening", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""

_SECOND = """
import sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.single_instance import SingleInstance
app = QApplication([])
sys.exit(0 if SingleInstance(Path({library!r})).notify_running(5000) else 1)
"""


def test_second_start_on_the_same_library_activates_the_first_and_exits_0(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    library = str(tmp_path / "library.sqlite3")
    first = subprocess.Popen(
        [sys.executable, "-c", _FIRST.format(repo=str(REPO), library=library)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "listening"
        second = subprocess.run(
            [sys.executable, "-c", _SECOND.format(repo=str(REPO), library=library)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert first.stdout.readline().strip() == "activated True"
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_main_exits_0_when_a_window_on_the_library_is_already_open(qtbot, tmp_path: Path) -> None:
    """``app.main`` itself hands over to the first window (no second window)."""
    from desktop.ui import app as app_module
    library = tmp_path / "library.sqlite3"
    # The first window lives in a helper process: notify_running blocks this
    # thread, so it could not answer itself.
    helper = subprocess.Popen(
        [sys.executable, "-c", _FIRST.format(repo=str(REPO), library=str(library))],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert helper.stdout is not None and helper.stdout.readline().strip() == "listening"
        assert app_module.main(["--library", str(library)]) == 0
        assert helper.stdout.readline().strip() == "activated True"
        assert not library.exists()  # the second start never opened the library
    finally:
        if helper.poll() is None:
            helper.kill()
        helper.wait()


_INSERT_NOTE = """INSERT INTO notes (article_id, start, "end", exact, content_hash, comment,
                      created, modified) VALUES (1, 0, 1, 'x', 'h', ?, 'now', 'now')"""


def test_a_cli_run_beside_the_window_loses_nothing_after_the_window_rechecks_its_file(
        library, tmp_path: Path) -> None:
    """The window's own second opens and checks never unlock its connection.

    POSIX drops a process's locks on a file when it closes any descriptor of
    it; a header read with ``open()`` beside the window's connection did, and
    the next CLI run took itself for the last user: it checkpointed and deleted
    the WAL under the window, whose next note went into the deleted file.
    """
    from desktop.core.store import integrity

    with library.db.atomic():
        library.db.execute(_INSERT_NOTE, ["before"])
    # what the window's threads do beside its connection: another open, the full check
    worker = open_library(library.path)
    worker.close()
    assert integrity.full_check(library.path).ok
    cli = subprocess.run(
        [sys.executable, "-m", "desktop", "notes", "list", "--library", str(library.path)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert cli.returncode == 0, cli.stderr
    assert Path(str(library.path) + "-wal").exists()  # the window's WAL is still there
    with library.db.atomic():
        library.db.execute(_INSERT_NOTE, ["after"])
    library.close()
    again = open_library(library.path)
    try:
        comments = [r[0] for r in again.db.execute("SELECT comment FROM notes ORDER BY id")]
        assert comments[-2:] == ["before", "after"]
        assert integrity.full_check(library.path).ok
    finally:
        again.close()
