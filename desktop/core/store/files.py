"""The library file as this process holds it: connections and raw reads.

SQLite locks a database with POSIX advisory locks, and POSIX drops *all* of a
process's locks on a file as soon as the process closes *any* descriptor of
that file. Reading the header with ``open()`` while one of the window's
connections is open would silently unlock the window's connection; another
process (``python -m desktop notes list`` beside the window) would then take
itself for the last user, checkpoint and delete the WAL under the window, and
what the window writes next is lost or corrupts the file (SQLite's "How To
Corrupt An SQLite Database File", section 2.2).

So every connection to a library goes through :func:`connect`, which records
it, and :func:`read_head` reads the file itself only while this process has
no connection open on it. A file with a live connection here was read when
that connection was opened, and SQLite reports any later damage itself.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path

_lock = threading.Lock()
#: the live connections of this process, by the file's real path
_live: dict[str, weakref.WeakSet[sqlite3.Connection]] = {}


class _TrackedConnection(sqlite3.Connection):
    """A connection that leaves the registry when closed (or collected)."""

    def close(self) -> None:
        with _lock:
            for conns in _live.values():
                conns.discard(self)
        super().close()


def _key(path: Path | str) -> str:
    return os.path.realpath(os.fspath(path))


def connect(
    path: Path | str, *, read_only: bool = False, timeout: float = 10.0,
    check_same_thread: bool = False,
) -> sqlite3.Connection:
    """Open a connection to the library at ``path``, recorded as live in this process."""
    path = Path(path)
    with _lock:  # (no raw read of the file can happen between the open and the record)
        if read_only:
            conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=timeout,
                                   check_same_thread=check_same_thread, factory=_TrackedConnection)
        else:
            conn = sqlite3.connect(str(path), timeout=timeout,
                                   check_same_thread=check_same_thread, factory=_TrackedConnection)
        _live.setdefault(_key(path), weakref.WeakSet()).add(conn)
    return conn


def open_here(path: Path | str) -> bool:
    """Whether this process has a connection open on the file at ``path``."""
    with _lock:
        return bool(_live.get(_key(path)))


def read_head(path: Path | str, size: int) -> bytes | None:
    """The first ``size`` bytes of the file, or None while this process has it open.

    Raises:
        OSError: the file cannot be read.
    """
    with _lock:
        if _live.get(_key(path)):
            return None
        with open(path, "rb") as fh:
            return fh.read(size)
