"""Watching over the open library: background check, daily backup, write errors.

One ``LibraryGuard`` lives in each main window (a child QObject named
``libraryGuard``; ``guard_for(window)`` finds or makes it). It

- runs the full ``PRAGMA quick_check`` on a thread of its own once the window
  shows (``integrity.full_check``; the open path only ran the cheap check),
  then makes the day's backup if none was made today, so a damaged library
  never pushes good backups out of the rotation;
- shows the library's state in the status bar: read-only, disk full, busy,
  damaged; the window keeps reading in every case;
- turns a failed write into that message instead of a crash
  (``guarded_write``, and ``install_excepthook`` for slots that did not use
  it). The write itself was one transaction and is rolled back whole.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from desktop.core.store import backup, integrity
from desktop.core.store.db import LibraryError, Reason, classify
from desktop.ui.dialogs import technical_details

GUARD_NAME = "libraryGuard"
STATE_LABEL_NAME = "libraryStateLabel"


class _CheckThread(QThread):
    """Runs the full check, then the daily backup, off the GUI thread.

    Signals:
        checked(object): the ``CheckReport``.
        backed_up(object): the new backup's ``Path``, or None if one was made
            today already.
        backup_failed(str): the backup could not be written (why).
    """

    checked = Signal(object)
    backed_up = Signal(object)
    backup_failed = Signal(str)

    def __init__(self, path: Path, make_backup: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.make_backup = make_backup

    def run(self) -> None:
        """Override QThread::run."""
        report = integrity.full_check(self.path, cancelled=self.isInterruptionRequested)
        self.checked.emit(report)
        if not (report.ok and not report.interrupted and self.make_backup):
            return
        if self.isInterruptionRequested():
            return
        try:
            made = backup.daily_backup(self.path)
        except (sqlite3.Error, OSError) as exc:
            self.backup_failed.emit(str(exc))
            return
        self.backed_up.emit(made)


@dataclass
class WriteOutcome:
    """What ``guarded_write`` saw: ``error`` is set when the write failed."""

    error: LibraryError | None = None

    @property
    def ok(self) -> bool:
        """True when the write went through."""
        return self.error is None


class LibraryGuard(QObject):
    """The library's watchman in one window.

    Signals:
        check_finished(object): the full check ended (a ``CheckReport``).
        damaged(object): the full check found damage (a ``CheckReport``).
        backup_made(object): today's backup was written (its ``Path``).
        problem_shown(str): a library message was put in the status bar.
    """

    check_finished = Signal(object)
    damaged = Signal(object)
    backup_made = Signal(object)
    problem_shown = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName(GUARD_NAME)
        self.window = window
        self.library = window.library  # type: ignore[attr-defined]
        self.report: integrity.CheckReport | None = None
        self._thread: _CheckThread | None = None
        self._problem: LibraryError | None = None
        self.label = QLabel()
        self.label.setObjectName(STATE_LABEL_NAME)
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        hooks = getattr(window, "retranslate_hooks", None)
        if hooks is not None:
            hooks.append(self.retranslate)
        if self.library.read_only:
            self.show_problem(LibraryError(Reason.READ_ONLY, self.library.path))

    # --- background check ----------------------------------------------------

    def start_check(self, *, make_backup: bool = True) -> None:
        """Start the full check (and then the daily backup) in the background."""
        if self._thread is not None and self._thread.isRunning():
            return
        thread = _CheckThread(Path(self.library.path), make_backup, self)
        thread.checked.connect(self._on_checked)
        thread.backed_up.connect(self._on_backed_up)
        thread.backup_failed.connect(self._on_backup_failed)
        self._thread = thread
        thread.start(QThread.Priority.LowPriority)

    def is_checking(self) -> bool:
        """True while the background check or backup runs."""
        return self._thread is not None and self._thread.isRunning()

    def stop(self) -> None:
        """Interrupt the background work and wait for it (the window closes)."""
        thread = self._thread
        if thread is not None and thread.isRunning():
            thread.requestInterruption()
            thread.wait(30000)

    def _on_checked(self, report: integrity.CheckReport) -> None:
        self.report = report
        if not report.ok:
            self.show_problem(
                LibraryError(Reason.CORRUPT, Path(self.library.path), "\n".join(report.problems))
            )
            self.damaged.emit(report)
        self.check_finished.emit(report)

    def _on_backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.window.statusBar().showMessage(
                self.tr("Today's backup of the library was saved."), 5000
            )
            self.backup_made.emit(path)

    def _on_backup_failed(self, detail: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Today's backup could not be written: %1").replace("%1", detail), 10000
        )

    # --- messages -------------------------------------------------------------

    def problem(self) -> LibraryError | None:
        """The library problem shown now, if any."""
        return self._problem

    def message_for(self, exc: LibraryError) -> str:
        """The status-bar sentence for ``exc``."""
        if exc.reason == Reason.DISK_FULL:
            return self.tr(
                "The disk is full: the last change was not saved, and nothing was half-written. "
                "Free some space to save again; reading goes on."
            )
        if exc.reason == Reason.READ_ONLY:
            return self.tr("This library is read-only: you can read it, but changes cannot be saved.")
        if exc.reason == Reason.LOCKED:
            return self.tr("The library is busy in another window: the change was not saved. Try again.")
        if exc.reason == Reason.CORRUPT:
            return self.tr(
                "The library is damaged. Keep reading if you like; restore the latest backup soon."
            )
        if exc.reason == Reason.UNWRITABLE:
            return self.tr("The library cannot be written here: the change was not saved.")
        return self.tr("The library cannot be used: the change was not saved.")

    @staticmethod
    def _tooltip(exc: LibraryError) -> str:
        return technical_details(exc.detail) if exc.detail else str(exc.path)

    def show_problem(self, exc: LibraryError) -> None:
        """Show ``exc`` in the status bar until the state changes."""
        self._problem = exc
        text = self.message_for(exc)
        self.label.setText(text)
        self.label.setToolTip(self._tooltip(exc))
        self.label.setVisible(True)
        self.window.statusBar().showMessage(text, 15000)
        self.problem_shown.emit(text)

    def clear_problem(self) -> None:
        """Hide the message (e.g. after a write succeeded again)."""
        if self.library.read_only:
            return
        self._problem = None
        self.label.clear()
        self.label.setVisible(False)

    def retranslate(self) -> None:
        """Set the message again after a language switch."""
        if self._problem is not None:
            self.label.setText(self.message_for(self._problem))
            self.label.setToolTip(self._tooltip(self._problem))

    def handle(self, exc: BaseException) -> LibraryError | None:
        """Show a library error raised by a write; None when ``exc`` is a bug.

        The connection is left outside any transaction (``db.atomic`` rolled
        back already; a statement outside one may have left SQLite's own).
        """
        known = classify(exc, Path(self.library.path))
        if known is None:
            return None
        conn = self.library.db.conn
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.rollback()
        self.show_problem(known)
        return known

    # --- Qt overrides -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # type: ignore[override]
        """Override QObject::eventFilter: stop the background work on close."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def guard_for(window: QMainWindow) -> LibraryGuard:
    """The window's guard, made on first use."""
    found = window.findChild(LibraryGuard, GUARD_NAME)
    return found if found is not None else LibraryGuard(window)


@contextlib.contextmanager
def guarded_write(window: QMainWindow) -> Iterator[WriteOutcome]:
    """Run a write; a full disk, a read-only or busy library becomes a message.

    Use around one logical change, itself a single transaction::

        with guarded_write(window) as outcome:
            notes.add_note(window.db, ...)
        if outcome.ok: ...

    Errors that are bugs propagate unchanged.
    """
    outcome = WriteOutcome()
    try:
        yield outcome
    except (sqlite3.Error, OSError, LibraryError) as exc:
        known = guard_for(window).handle(exc)
        if known is None:
            raise
        outcome.error = known


def _guard_of_active_window() -> LibraryGuard | None:
    app = QApplication.instance()
    if app is None:
        return None
    candidates: list[QWidget] = []
    active = QApplication.activeWindow()
    if active is not None:
        candidates.append(active)
    candidates.extend(w for w in QApplication.topLevelWidgets() if w not in candidates)
    for widget in candidates:
        guard = widget.findChild(LibraryGuard, GUARD_NAME)
        if guard is not None:
            return guard
    return None


def handle_uncaught(exc: BaseException) -> bool:
    """Show an uncaught library error in the window; True when it was one."""
    if isinstance(exc, OSError) and exc.errno != errno.ENOSPC:
        return False
    if not isinstance(exc, sqlite3.Error | LibraryError | OSError):
        return False
    guard = _guard_of_active_window()
    if guard is None:
        return False
    return guard.handle(exc) is not None


def install_excepthook() -> Callable[..., None]:
    """Route library errors escaping a slot to the window's status bar.

    A feature that forgot ``guarded_write`` then still tells the user that
    the disk is full instead of failing silently; anything else goes to the
    previous hook. Returns the previous hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if handle_uncaught(value):
            return
        previous(kind, value, tb)

    sys.excepthook = hook
    return previous
