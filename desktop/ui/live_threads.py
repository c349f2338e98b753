"""Worker threads kept alive until stopped, never by their window's destruction.

A ``QThread`` destroyed while it runs aborts the application, so the features'
worker threads are not children of the window: they are kept here from start
until :func:`stop`, which a feature calls when its work ends or its window
closes, and which runs for every thread left at exit.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QThread

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


@atexit.register
def stop_all() -> None:
    """Stop every thread still kept (exit): before Python tears the QThreads down."""
    for thread, worker in list(_LIVE):
        stop(thread, worker)
