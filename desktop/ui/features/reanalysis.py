"""Bring the library's analyses up to the current analyser, in the background.

When a new version of the app ships a better analyser, articles analysed by
the old one are re-analysed once the window shows (``library_ops.reanalyse``
on a thread of its own, with its own library connection). The status bar shows
a progress bar and the count; reading goes on meanwhile. Notes re-anchor to
the new texts (the core's hooks). Closing the window stops after the batch in
hand: the next start resumes there. Nothing runs when the library is already
up to date (one ``meta`` row says so) or read-only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressBar

from desktop.core import library_ops
from desktop.core.store.db import LibraryError, classify, open_library

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

BAR_NAME = "reanalysisProgress"
# how long the closing message stays in the status bar, ms
MESSAGE_MS = 10000


class _ReanalyseThread(QThread):
    """Re-analyses outdated articles off the GUI thread.

    Signals:
        progress(int, int): articles done, articles to do.
        linking(int, int): directives linked again, directives to link (after the articles).
        finished_with(int, bool): how many were re-analysed, and whether it was stopped.
        failed(str): the library could not be read or written (why).
    """

    progress = Signal(int, int)
    linking = Signal(int, int)
    finished_with = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        """Override QThread::run."""
        from desktop.ui.dialogs import library_error_text

        try:
            lib = open_library(self.path, create=False, migrate=False)
        except LibraryError as exc:
            self.failed.emit(library_error_text(exc))
            return
        try:
            if not library_ops.analysis_outdated(lib.db):
                self.finished_with.emit(0, False)
                return
            done = library_ops.reanalyse(lib.db, progress=self.progress.emit,
                                         cancelled=self.isInterruptionRequested,
                                         linking=self.linking.emit)
        except (sqlite3.Error, OSError) as exc:
            err = classify(exc, self.path)
            self.failed.emit(library_error_text(err) if err is not None else str(exc))
            return
        finally:
            lib.close()
        self.finished_with.emit(done, self.isInterruptionRequested())


class ReanalysisController(QObject):
    """Starts the background re-analysis when the window first shows.

    Signals:
        finished(int): how many articles were re-analysed (0: none needed it).
    """

    finished = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.thread: _ReanalyseThread | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName(BAR_NAME)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.bar)
        self._started = False
        self._total = 0
        self._linking = False  # the articles are done: their directives are being linked
        window.installEventFilter(self)
        window.retranslate_hooks.append(self.retranslate)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        window.destroyed.connect(self.stop)

    def retranslate(self) -> None:
        """Re-read the bar's words in the current language."""
        if self._linking:
            self._show_linking(self.bar.value(), self._total)
        else:
            self._show_progress(self.bar.value(), self._total)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Start once, when the window is first shown."""
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._started:
                self._started = True
                self.start()
            elif event.type() == QEvent.Type.Close:
                self.stop()  # never leave it writing, nor reporting to a closed window
        return False

    @property
    def running(self) -> bool:
        """True while the re-analysis runs."""
        return self.thread is not None and self.thread.isRunning()

    def start(self) -> None:
        """Re-analyse the articles an older analyser read (nothing if there are none)."""
        if self.running or getattr(self.window.library, "read_only", False):
            return
        thread = _ReanalyseThread(Path(self.window.library.path), self)
        thread.setObjectName("reanalysisThread")
        thread.progress.connect(self._show_progress)
        thread.linking.connect(self._show_linking)
        thread.finished_with.connect(self._on_finished)
        thread.failed.connect(self._on_failed)
        self.thread = thread
        thread.start(QThread.Priority.LowPriority)

    def stop(self) -> None:
        """Stop after the batch in hand and wait (the window closes)."""
        thread, self.thread = self.thread, None
        if thread is None:
            return
        import shiboken6

        if not shiboken6.isValid(thread):
            return
        for signal in (thread.progress, thread.linking, thread.finished_with, thread.failed):
            signal.disconnect()  # a stopped run reports nothing (the next start resumes)
        if thread.isRunning():
            thread.requestInterruption()
            thread.wait(60000)
        if shiboken6.isValid(self.bar):
            self.bar.setVisible(False)

    def _show_progress(self, done: int, total: int) -> None:
        self._show(done, total, self.tr("Updating the analysis: %v of %m"), self.tr(
            "A newer analyser reads the articles again; notes follow their passages."))

    def _show_linking(self, done: int, total: int) -> None:
        self._linking = True
        self._show(done, total, self.tr("Linking directives: %v of %m"), self.tr(
            "The directives the articles cite are linked again across the library."))

    def _show(self, done: int, total: int, text: str, tip: str) -> None:
        self._total = total
        if total <= 0:
            return
        self.bar.setMaximum(total)
        self.bar.setValue(done)
        self.bar.setFormat(text)
        self.bar.setToolTip(tip)
        self.bar.setVisible(done < total)

    def _on_finished(self, done: int, stopped: bool) -> None:
        self._linking = False
        self.bar.setVisible(False)
        self.thread = None
        if done and not stopped:
            self.window.statusBar().showMessage(
                self.tr("The analysis of %n article(s) was updated.", "", done), MESSAGE_MS)
        if done:
            search = self.window.features.get("search")
            if search is not None and hasattr(search, "library_changed"):
                search.library_changed()
            else:
                self.window.article_model.reload()
        self.finished.emit(done)

    def _on_failed(self, message: str) -> None:
        self._linking = False
        self.bar.setVisible(False)
        self.thread = None
        self.window.statusBar().showMessage(
            self.tr("The analysis could not be updated: %1").replace("%1", message), MESSAGE_MS)
        self.finished.emit(0)


def install(window: MainWindow) -> ReanalysisController:
    """Re-analyse outdated articles in the background once ``window`` shows."""
    return ReanalysisController(window)
