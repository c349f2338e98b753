"""Is the library file sound? A cheap check on open, a full one in the background.

Decision (issue 10): ``PRAGMA quick_check`` reads every page, so at 100,000
articles (about a gigabyte) it takes seconds, far too long for the open path.
Opening therefore runs ``open_check``, which costs the same at five articles
and at 100,000:

1. the file header (``check_header``): magic, page size, and, when no WAL is
   waiting to be replayed, that the file holds as many pages as the header
   says (a truncated file is caught before SQLite ever reads it);
2. the schema is readable (every ``CREATE`` statement parses);
3. ``PRAGMA quick_check(<table>)`` of the small tables that hold the user's
   own work (``notes``, ``note_tags``, ``meta``, the migration record);
   SQLite >= 3.33 limits a table-named check to that table and its indexes;
4. the right edge of every other b-tree (``ORDER BY rowid DESC LIMIT 1``),
   where the pages written last live, which is where a crash or a cut-off
   copy does its damage.

The full ``PRAGMA quick_check`` (``full_check``) then runs on its own
read-only connection off the GUI thread once the window shows; the window
reports its result through a signal (``desktop.ui.library_guard``) and only
then makes the daily backup, so a damaged library never rotates good backups
away. ``PRAGMA integrity_check`` would also compare every index with its
table; that doubles the time and adds nothing the user can act on.

Files set aside: ``set_aside`` renames a damaged library (with its ``-wal``
and ``-shm``) to ``<name>.damaged-YYYYmmdd-HHMM``: never deleted, never
overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.store import files

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The tables holding what the user made: checked in full on every open.
PRECIOUS_TABLES = ("notes", "note_tags", "meta", "_sqlite_migrations")
SIDE_FILES = ("-wal", "-shm", "-journal")


class DamagedError(Exception):
    """The library is damaged; ``problems`` says how (SQLite's words)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of a check.

    Attributes:
        ok: no damage found.
        problems: SQLite's own lines (for the log and the dialog's details).
        seconds: how long the check took.
        full: True for the full ``quick_check``, False for the open check.
        interrupted: the check was cancelled before it finished (``ok`` is
            then True only in the sense that nothing was found so far).
    """

    ok: bool
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    full: bool = False
    interrupted: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def wal_pending(path: Path) -> bool:
    """True when a non-empty WAL sits beside ``path`` (SQLite will replay it)."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def check_header(path: Path) -> list[str]:
    """Problems with the 100-byte header of an SQLite file (empty list: fine).

    Reads only the header and the file size. A zero-byte file is fine: SQLite
    treats it as an empty database, and it is what a library killed the very
    moment it was created looks like.
    """
    try:
        size = path.stat().st_size
        head = files.read_head(path, HEADER_SIZE)
    except OSError as exc:
        return [f"cannot read the file: {exc}"]
    if head is None:
        return []  # a connection of this process has it open (see files.read_head)
    if size == 0:
        return []
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_HEADER):
        return ["the file does not start with an SQLite header"]
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"impossible page size {page_size}"]
    if head[21:24] != b"\x40\x20\x20":
        return ["impossible payload fractions in the header"]
    change_counter, pages = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    # The in-header page count is only meaningful when it was written by the
    # same transaction as the change counter (SQLite >= 3.7.0 always does).
    # With a WAL to replay, the file may legitimately lag behind the header.
    if pages and change_counter == valid_for and not wal_pending(path) and size < pages * page_size:
        return [f"the file is cut short: {size} bytes, the header says {pages} pages of {page_size}"]
    return []


def _tables(conn: sqlite3.Connection) -> list[tuple[str, bool]]:
    """``(name, has_rowid)`` of every real b-tree table."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    ).fetchall()
    out = []
    for name, sql in rows:
        upper = (sql or "").upper()
        if upper.startswith("CREATE VIRTUAL TABLE"):
            continue  # its shadow tables are listed on their own
        out.append((name, "WITHOUT ROWID" not in upper))
    return out


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def open_check(conn: sqlite3.Connection, path: Path) -> CheckReport:
    """The check run on every open; time independent of the library's size.

    Raises:
        DamagedError: the header, the schema, a precious table or the right
            edge of a b-tree is damaged.
    """
    started = time.perf_counter()
    problems = check_header(path)
    if problems:
        raise DamagedError(problems)
    try:
        tables = _tables(conn)
        # Parsing every statement catches a schema page written over.
        conn.execute("SELECT count(*) FROM sqlite_master WHERE sql IS NOT NULL").fetchone()
        names = {name for name, _ in tables}
        for name in PRECIOUS_TABLES:
            if name in names:
                lines = [r[0] for r in conn.execute(f"PRAGMA quick_check({_quote(name)})")]
                if lines != ["ok"]:
                    problems.extend(lines)
        for name, has_rowid in tables:
            if name in PRECIOUS_TABLES:
                continue
            if has_rowid:
                conn.execute(f"SELECT rowid FROM {_quote(name)} ORDER BY rowid DESC LIMIT 1").fetchone()
            else:
                conn.execute(f"SELECT 1 FROM {_quote(name)} LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise
        problems.append(str(exc))
    if problems:
        raise DamagedError(problems)
    return CheckReport(ok=True, seconds=time.perf_counter() - started)


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    return (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
        or "corrupt" in text
    )


def full_check(
    path: Path,
    *,
    max_errors: int = 100,
    cancelled: Callable[[], bool] | None = None,
) -> CheckReport:
    """``PRAGMA quick_check`` over the whole library, on a connection of its own.

    Safe to call from any thread while the window writes: it opens the file
    read-only, and in WAL mode a reader never blocks a writer.

    Args:
        path: the library file.
        max_errors: stop after this many problems.
        cancelled: polled every thousand SQLite steps; returning True
            interrupts the check (the window is closing).
    """
    started = time.perf_counter()
    problems = check_header(path)
    if problems:
        return CheckReport(False, tuple(problems), time.perf_counter() - started, True)
    try:
        conn = files.connect(path, read_only=True, check_same_thread=True)
    except sqlite3.Error as exc:
        return CheckReport(False, (str(exc),), time.perf_counter() - started, True)
    interrupted = False
    try:
        if cancelled is not None:
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)
        try:
            lines = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(max_errors)})")]
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                interrupted, lines = True, ["ok"]
            else:
                lines = [str(exc)]
        except sqlite3.DatabaseError as exc:
            lines = [str(exc)]
    finally:
        conn.close()
    ok = lines == ["ok"]
    return CheckReport(ok, () if ok else tuple(lines), time.perf_counter() - started, True, interrupted)


def aside_name(path: Path, now: dt.datetime | None = None) -> Path:
    """The name a damaged ``path`` is renamed to (never an existing file's)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while any(Path(str(target) + s).exists() for s in ("", *SIDE_FILES)):
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return target


def set_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged library out of the way, with its WAL; return the new name.

    The ``-wal`` and ``-shm`` files go with it: left behind, SQLite would
    replay the damaged library's WAL into the next file created at ``path``.
    Nothing is deleted and nothing existing is overwritten. The caller must
    have closed every connection to ``path``.
    """
    target = aside_name(path, now)
    # The side files first: if the main rename then failed, a WAL without its
    # database is harmless, whereas a database with a foreign WAL is not.
    moved: list[tuple[Path, Path]] = []
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
            moved.append((side, Path(str(target) + suffix)))
    try:
        os.replace(path, target)
    except OSError:
        for side, new in reversed(moved):  # put the WAL back with its database
            os.replace(new, side)
        raise
    return target
