"""Opening the library: checks, pragmas, backups and migrations.

``open_library`` is the only way in. It never writes to a file it could not
read as a library of ours, and it refuses a library made by a newer version.
Errors come out as ``LibraryError`` subclasses that carry a machine-readable
``reason``; the UI and the CLI turn them into sentences.
"""

from __future__ import annotations

import contextlib
import enum
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.store import files
from desktop.core.store import migrations as mig

SQLITE_HEADER = b"SQLite format 3\x00"


class Reason(enum.StrEnum):
    """Why a library could not be opened or written."""

    NOT_A_LIBRARY = "not-a-library"
    NEWER_VERSION = "newer-version"
    UNWRITABLE = "unwritable"
    CORRUPT = "corrupt"
    DISK_FULL = "disk-full"
    LOCKED = "locked"
    READ_ONLY = "read-only"


class LibraryError(Exception):
    """A library problem the user should be told about (not a bug).

    Attributes:
        reason: what went wrong, as a ``Reason``.
        path: the library file concerned.
        detail: SQLite's or the OS's own message, for the log.
    """

    def __init__(self, reason: Reason, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path}: {detail}")
        self.reason = reason
        self.path = path
        self.detail = detail


_KNOWN_CODES = {
    "SQLITE_FULL": Reason.DISK_FULL,
    "SQLITE_CORRUPT": Reason.CORRUPT,
    "SQLITE_NOTADB": Reason.NOT_A_LIBRARY,
    "SQLITE_BUSY": Reason.LOCKED,
    "SQLITE_LOCKED": Reason.LOCKED,
    "SQLITE_READONLY": Reason.READ_ONLY,
    "SQLITE_CANTOPEN": Reason.UNWRITABLE,
    "SQLITE_IOERR": Reason.UNWRITABLE,
    "SQLITE_PERM": Reason.UNWRITABLE,
}


def classify(exc: BaseException, path: Path) -> LibraryError | None:
    """Map a sqlite3/OS error to a ``LibraryError``, or None for a bug.

    After qutebrowser's ``misc/sql.py``: locked, full, corrupt and permission
    errors are the user's environment, anything else is ours and should fail
    loudly.
    """
    if isinstance(exc, LibraryError):
        return exc
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, reason in _KNOWN_CODES.items():
            if name.startswith(prefix):
                return LibraryError(reason, path, str(exc))
        text = str(exc).lower()
        if "database or disk is full" in text:
            return LibraryError(Reason.DISK_FULL, path, str(exc))
        if "not a database" in text:
            return LibraryError(Reason.NOT_A_LIBRARY, path, str(exc))
        if "malformed" in text or "corrupt" in text:
            return LibraryError(Reason.CORRUPT, path, str(exc))
        if "locked" in text or "busy" in text:
            return LibraryError(Reason.LOCKED, path, str(exc))
        if "readonly" in text or "read-only" in text:
            return LibraryError(Reason.READ_ONLY, path, str(exc))
        if "unable to open" in text:
            return LibraryError(Reason.UNWRITABLE, path, str(exc))
    if isinstance(exc, OSError):
        import errno

        if exc.errno == errno.ENOSPC:
            return LibraryError(Reason.DISK_FULL, path, str(exc))
        return LibraryError(Reason.UNWRITABLE, path, str(exc))
    return None


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Re-raise known sqlite3/OS errors inside the block as ``LibraryError``."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc


class LibraryDatabase(Database):
    """A sqlite-utils ``Database`` whose transactions take the write lock at once.

    sqlite-utils begins ``atomic()`` with a plain (deferred) ``BEGIN``. Two
    windows, or the window and the command line, on one WAL library then
    fail: a transaction that read before another connection committed cannot
    be upgraded to a write, and SQLite answers "database is locked" at once,
    without waiting for ``busy_timeout`` (SQLITE_BUSY_SNAPSHOT). ``BEGIN
    IMMEDIATE`` takes the write lock first, waiting up to ``busy_timeout``
    for the other writer, so every write transaction either waits its turn or
    fails cleanly, never half-way (issue 10, "two windows on one library").
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:  # type: ignore[override]
        """Override Database.atomic: ``BEGIN IMMEDIATE`` for the outermost block."""
        if self.conn.in_transaction:
            with super().atomic() as db:  # a savepoint inside ours
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise


@dataclass
class Library:
    """An open library.

    Attributes:
        db: the sqlite-utils database.
        path: the file.
        read_only: True when the file could only be opened for reading.
        created: True when this open created the file.
        backup: the backup made before migrating, if any.
        set_aside: where a damaged file that stood at ``path`` was moved
            (set by the recovery in the window), if any.
        restored_from: the backup this library was restored from, if any.
    """

    db: Database
    path: Path
    read_only: bool = False
    created: bool = False
    backup: Path | None = None
    set_aside: Path | None = None
    restored_from: Path | None = None

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.close()


def _looks_like_sqlite(path: Path) -> bool:
    try:
        head = files.read_head(path, len(SQLITE_HEADER))
    except OSError:
        return False
    if head is None:
        return True  # open here already (files.read_head says why it is not read)
    # Zero bytes: a library killed the moment it was created (SQLite reads
    # an empty file as an empty database, and so do we).
    return head == SQLITE_HEADER or head == b""


def _pragmas(db: Database, *, read_only: bool) -> None:
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a note reported saved survives a power cut, not just a crash.
        db.execute("PRAGMA synchronous = FULL")


def _check_ours(db: Database, path: Path) -> None:
    """Refuse a SQLite file that holds another program's tables."""
    tables = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    # sqlite-utils creates its migrations table before the first migration:
    # a library killed in between holds only that table and is still ours.
    tables.discard(mig.migrations.migrations_table)
    if tables and not mig.migrations.applied(db):
        raise LibraryError(Reason.NOT_A_LIBRARY, path, "a database of another program")


def _check_version(db: Database, path: Path) -> list[str]:
    """Return pending migration names; refuse unknown applied ones."""
    applied = [m.name for m in mig.migrations.applied(db)]
    known = set(mig.known_names())
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise LibraryError(Reason.NEWER_VERSION, path, ", ".join(unknown))
    return [m.name for m in mig.migrations.pending(db)]


def backup_to(db: Database, target: Path) -> Path:
    """Copy a live database to ``target`` with SQLite's online backup API."""
    from desktop.core.store import backup

    return backup.backup_to(db.conn, target)


def make_backup(lib: Library, label: str, keep: int | None = None) -> Path:
    """Back up ``lib`` into its backups folder and prune old copies of ``label``."""
    from desktop.core.store import backup

    return backup.make_backup(lib.db.conn, lib.path, label, keep=keep)


def open_connection(path: Path, *, read_only: bool = False) -> LibraryDatabase:
    """Another connection to an already opened library (for a worker thread).

    A sqlite3 connection belongs to the thread that uses it; a background
    import or check opens its own with the same pragmas, and never migrates.
    """
    conn = files.connect(Path(path), read_only=read_only)
    db = LibraryDatabase(conn)
    _pragmas(db, read_only=read_only)
    return db


def open_library(
    path: Path, *, create: bool = True, migrate: bool = True, read_only: bool = False
) -> Library:
    """Open (or create) the library at ``path`` and bring its schema up to date.

    Every open runs ``integrity.open_check`` (header, schema, the notes
    tables, the right edge of every b-tree) before anything is written; its
    cost does not grow with the library. The full check runs later, in the
    background (``integrity.full_check``).

    Args:
        path: the library file.
        create: create a new library when ``path`` does not exist.
        migrate: apply pending migrations (after a backup if the file had
            data).
        read_only: open for reading only, even when the file is writable.

    Returns:
        The open ``Library``.

    Raises:
        LibraryError: NOT_A_LIBRARY for a file that is not SQLite (left
            untouched), NEWER_VERSION for a library from a newer version,
            UNWRITABLE when the file cannot be created, CORRUPT when the file
            is an SQLite file but damaged (left untouched: the window offers
            to set it aside).
    """
    from desktop.core.store import backup, integrity

    path = Path(path)
    exists = path.exists()
    if exists and (path.is_dir() or not _looks_like_sqlite(path)):
        raise LibraryError(Reason.NOT_A_LIBRARY, path)
    if not exists and (not create or read_only):
        raise LibraryError(Reason.UNWRITABLE, path, "does not exist")
    if exists:
        problems = integrity.check_header(path)
        if problems:
            raise LibraryError(Reason.CORRUPT, path, "; ".join(problems))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(Reason.UNWRITABLE, path, str(exc)) from exc
    conn: sqlite3.Connection | None = None
    try:
        with translate_errors(path):
            try:
                conn = files.connect(path, read_only=read_only)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if exists and not read_only:
                    # Probe that we can write without changing anything.
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                known = classify(exc, path)
                if exists and known is not None and known.reason in (
                    Reason.READ_ONLY,
                    Reason.UNWRITABLE,
                ):
                    if conn is not None:
                        conn.close()
                    conn = files.connect(path, read_only=True)
                    read_only = True
                else:
                    raise
            if exists:
                try:
                    integrity.open_check(conn, path)
                except integrity.DamagedError as exc:
                    raise LibraryError(Reason.CORRUPT, path, "; ".join(exc.problems)) from exc
            db = LibraryDatabase(conn)
            if exists:
                _check_ours(db, path)
            _pragmas(db, read_only=read_only)
            lib = Library(db=db, path=path, read_only=read_only, created=not exists)
            pending = _check_version(db, path)
            if pending and migrate:
                if read_only:
                    raise LibraryError(Reason.READ_ONLY, path, "needs upgrade")
                if exists and mig.migrations.applied(db):
                    lib.backup = backup.make_backup(conn, path, backup.BEFORE_UPGRADE)
                mig.migrations.apply(db)
    except LibraryError as exc:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        # The file starts like SQLite (checked above), so SQLite calling it
        # "not a database" means ours was damaged, not that it is foreign.
        if exc.reason == Reason.NOT_A_LIBRARY and exists and "another program" not in exc.detail:
            raise LibraryError(Reason.CORRUPT, path, exc.detail) from exc
        raise
    except BaseException:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        raise
    return lib


def schema_names(db: Database) -> list[str]:
    """Names of the applied migrations, in order."""
    return [m.name for m in mig.migrations.applied(db)]
