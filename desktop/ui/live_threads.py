"""Worker threads kept alive until stopped, never by their window's destruction.

A ``QThread`` destroyed while it runs aborts the application, so the features'
worker threads are not children of the window: they are kept here from start
until :func:`stop`, which a feature calls when its work ends or its window
closes, and which runs for every thread left at exit.

A stopped thread and its worker are not let go at once either: :func:`stop`
often runs inside Qt's destruction of a window (its ``destroyed`` signal, or a
child controller's last reference dropped there), and a ``QObject`` deleted
from inside another one's destructor can wait for ever on Qt's signal-slot
lock when both objects hash to the same lock of its pool (a hang seen once in
the tests, the facet worker's ``~QObject`` in ``QBasicMutex::lockInternal``).
They are released from the event loop, where no such lock is held.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: (thread, worker) -> (called before stopping, called once stopped, wait in ms)
_LIVE: dict[tuple[QThread, QObject], tuple[Callable[[], None] | None,
                                           Callable[[], None] | None, int]] = {}


def keep(
    thread: QThread,
    worker: QObject,
    *,
    before_stop: Callable[[], None] | None = None,
    after_stop: Callable[[], None] | None = None,
    wait_ms: int = 30000,
) -> None:
    """Keep ``thread`` (running ``worker``) until :func:`stop`.

    Args:
        before_stop: asks the worker to finish (``worker.cancel``); thread-safe.
        after_stop: runs once the thread has stopped (``worker.close``).
        wait_ms: how long :func:`stop` waits for the thread.
    """
    _LIVE[(thread, worker)] = (before_stop, after_stop, wait_ms)


def stop(thread: QThread, worker: QObject) -> None:
    """Stop ``thread`` and wait for it; nothing when it was stopped already."""
    before, after, wait_ms = _LIVE.pop((thread, worker), (None, None, 0))
    if before is not None:
        before()
    if not shiboken6.isValid(thread):  # Qt already deleted it (app gone)
        return
    if thread.isRunning():
        thread.quit()
        thread.wait(wait_ms or 30000)
    if after is not None:
        after()
    _STOPPED.append((thread, worker))
    if len(_STOPPED) == 1 and QCoreApplication.instance() is not None:
        QTimer.singleShot(0, _release)


#: stopped threads and their workers, let go from the event loop (see the module's doc)
_STOPPED: list[tuple[QThread, QObject]] = []


def _release() -> None:
    _STOPPED.clear()


@atexit.register
def stop_all() -> None:
    """Stop every thread still kept (exit): before Python tears the QThreads down."""
    for thread, worker in list(_LIVE):
        stop(thread, worker)
