"""Importing the user's own articles: File → Import files…, Import folder…,
and files or folders dropped onto the window.

The import runs in a worker thread with its own SQLite connection (a
``sqlite3`` connection stays on the thread that opened it): the worker opens
the same library file, runs ``importer.import_files`` and reports each file
back through queued signals. The window keeps painting and answering while it
runs; the dialog shows progress and Cancel, then the per-file summary, and the
list reloads.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core import formats
from desktop.core.importer import FileReport, import_files
from desktop.core.store.db import LibraryError, open_library, translate_errors
from desktop.ui import file_dialogs, live_threads
from desktop.ui.widgets.import_dialog import ImportDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


PROGRESS_EVERY = 0.1  # seconds between progress signals
SWITCH_INTERVAL = 0.001  # seconds: how long the worker may hold the GIL at a stretch


class ImportWorker(QObject):
    """Imports files on its own thread, with its own library connection.

    Signals:
        progress(int, int, object): ``(done, total, [FileReport, ...])``: the
            files handled since the last signal, at most every
            ``PROGRESS_EVERY`` seconds (each signal costs the GUI thread
            Python calls, and each of those waits for the GIL the worker
            holds, so one per file would slow the window down).
        finished(object, bool): every ``FileReport`` and whether it was cancelled.
        linking(int, int): ``(done, total)`` directives linked again once the
            files are in (see ``relink.relink``), every ``PROGRESS_EVERY`` seconds.
        failed(str): the library could not be opened or written (a sentence).
    """

    progress = Signal(int, int, object)
    linking = Signal(int, int)
    finished = Signal(object, bool)
    failed = Signal(str)

    def __init__(self, library_path: Path, paths: Sequence[str]) -> None:
        super().__init__()
        self._library_path = Path(library_path)
        self._paths = [str(p) for p in paths]
        self._cancel = threading.Event()
        self.reports: list[FileReport] = []
        self._pending: list[FileReport] = []
        self._last_emit = 0.0

    def cancel(self) -> None:
        """Stop after the file being imported (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Import everything (runs on the worker thread)."""
        try:
            lib = open_library(self._library_path, create=False, migrate=False)
        except LibraryError as exc:
            from desktop.ui.dialogs import library_error_text

            self.failed.emit(library_error_text(exc))
            return
        # The worker is pure-Python CPU work: let it hand the GIL to the GUI
        # thread every millisecond instead of every 5 (the default), so the
        # window's own Python code (paint, events) never waits long for it.
        old_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(old_interval, SWITCH_INTERVAL))
        try:
            with translate_errors(lib.path):
                self.reports = import_files(
                    lib.db,
                    self._paths,
                    progress=self._on_progress,
                    cancelled=self._cancel.is_set,
                    linking=self._on_linking,
                )
        except LibraryError as exc:
            from desktop.ui.dialogs import library_error_text

            self.failed.emit(library_error_text(exc))
            return
        finally:
            sys.setswitchinterval(old_interval)
            lib.close()
        self._flush()
        self.finished.emit(self.reports, self._cancel.is_set())

    def _flush(self) -> None:
        """Report the files handled since the last progress signal, if any."""
        if self._pending:
            batch, self._pending = self._pending, []
            self.progress.emit(len(self.reports), len(self.reports), batch)

    def _on_linking(self, done: int, total: int) -> None:
        self._flush()  # the last files' rows come first
        self.linking.emit(done, total)

    def _on_progress(self, done: int, total: int, report: FileReport) -> None:
        self.reports.append(report)
        self._pending.append(report)
        now = time.monotonic()
        if done == total or now - self._last_emit >= PROGRESS_EVERY:
            self._last_emit = now
            batch, self._pending = self._pending, []
            self.progress.emit(done, total, batch)


class ImportController(QObject):
    """File-menu actions, drag and drop, and one import at a time.

    Signals:
        import_finished(object): the import ended; carries the reports.
    """

    import_finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self.thread: QThread | None = None
        self.worker: ImportWorker | None = None

        self.act_files = QAction(window)
        self.act_files.setObjectName("actImportFiles")
        self.act_files.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.act_folder = QAction(window)
        self.act_folder.setObjectName("actImportFolder")
        self.act_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        for act in (self.act_files, self.act_folder):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu = window.menu_file
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act_files)
        menu.insertAction(first, self.act_folder)
        if first is not None:
            menu.insertSeparator(first)
        self.act_files.triggered.connect(self.choose_files)
        self.act_folder.triggered.connect(self.choose_folder)

        # Drops land on the window and on the two big views inside it.
        self._drop_targets: list[QWidget] = [window, window.article_list.viewport(), window.reader.viewport()]
        for target in self._drop_targets:
            target.setAcceptDrops(True)
            target.installEventFilter(self)
        window.retranslate_hooks.append(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every string again (after a language switch)."""
        self.act_files.setText(self.tr("&Import files…"))
        self.act_folder.setText(self.tr("Import &folder…"))
        self.act_files.setStatusTip(self.tr(
            "Add articles, saved e-mails, feed items, calendar events and reference-manager "
            "records to the library (%1)"
        ).replace("%1", ", ".join(formats.SUPPORTED)))
        self.act_folder.setStatusTip(self.tr("Add every article file in a folder and its subfolders"))

    # --- choosing ---------------------------------------------------------------

    @classmethod
    def ask_files(cls, parent: QWidget) -> list[str]:
        """Ask for files (tests monkeypatch this)."""
        from PySide6.QtCore import QCoreApplication

        # (the patterns from the formats the importer reads, so the list never falls behind it)
        patterns = " ".join(f"*{suffix}" for suffix in formats.SUPPORTED)
        filter_text = QCoreApplication.translate("ImportController", "Articles (%1);;All files (*)").replace(
            "%1", patterns
        )
        return file_dialogs.open_file_names(
            parent, QCoreApplication.translate("ImportController", "Import articles"), filter_text
        )

    @classmethod
    def ask_folder(cls, parent: QWidget) -> str:
        """Ask for a folder (tests monkeypatch this)."""
        from PySide6.QtCore import QCoreApplication

        return file_dialogs.existing_directory(
            parent, QCoreApplication.translate("ImportController", "Import a folder of articles")
        )

    def choose_files(self) -> None:
        """File → Import files…"""
        files = self.ask_files(self.window)
        if files:
            self.start(files)

    def choose_folder(self) -> None:
        """File → Import folder…"""
        folder = self.ask_folder(self.window)
        if folder:
            self.start([folder])

    # --- drag and drop -----------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [
            p for p in paths if Path(p).is_dir() or Path(p).suffix.lower() in formats.SUPPORTED
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: accept dropped article files and folders."""
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            self.shutdown()  # never leave a worker writing when the window goes
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._dropped_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.start(paths)
                return True
        return super().eventFilter(watched, event)

    # --- running --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while an import is in progress."""
        return self.thread is not None

    def start(self, paths: Sequence[str]) -> ImportDialog | None:
        """Import ``paths`` off the GUI thread, showing the dialog."""
        if self.running:
            self.window.statusBar().showMessage(self.tr("An import is already running."), 4000)
            if self.dialog is not None:
                self.dialog.raise_()
            return None
        dialog = ImportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        worker = ImportWorker(self.window.library.path, paths)
        # Not a child of the window: a window destroyed mid-import must not
        # destroy a running QThread (that aborts the app); see live_threads.
        thread = QThread()
        thread.setObjectName("importThread")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(dialog.on_progress)
        worker.linking.connect(dialog.on_linking)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        dialog.cancel_requested.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        dialog.destroyed.connect(self._forget_dialog)
        self.worker, self.thread = worker, thread
        live_threads.keep(thread, worker, before_stop=worker.cancel, wait_ms=60000)
        self.window.destroyed.connect(lambda _=None, t=thread, w=worker: live_threads.stop(t, w))
        dialog.show()
        thread.start()
        return dialog

    def cancel(self) -> None:
        """Cancel the running import (after the file in hand)."""
        if self.worker is not None:
            self.worker.cancel()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _stop_thread(self) -> None:
        if self.thread is not None and self.worker is not None:
            live_threads.stop(self.thread, self.worker)
        self.thread = self.worker = None

    def _on_finished(self, reports: list[FileReport], cancelled: bool) -> None:
        self._stop_thread()
        if self.dialog is not None:
            self.dialog.on_finished(reports, cancelled)
        self._library_changed()
        self.import_finished.emit(reports)

    def _on_failed(self, message: str) -> None:
        reports = list(self.worker.reports) if self.worker is not None else []
        self._stop_thread()
        if self.dialog is not None:
            self.dialog.on_error(message)
        self._library_changed()
        self.import_finished.emit(reports)

    def _library_changed(self) -> None:
        search = self.window.features.get("search")
        if search is not None and hasattr(search, "library_changed"):
            search.library_changed()
        else:
            self.window.article_model.reload()

    def shutdown(self) -> None:
        """Cancel and wait for a running import (window closing)."""
        if self.thread is not None and self.worker is not None:
            live_threads.stop(self.thread, self.worker)
        self.thread = self.worker = None


def install(window: MainWindow) -> ImportController:
    """Add File → Import files/folder and drag-and-drop to ``window``."""
    return ImportController(window)
