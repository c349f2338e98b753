"""Backups of the library: made with SQLite's backup API, rotated, restored.

A backup is a complete, self-contained SQLite file in the folder beside the
library (``paths.backups_dir``), named ``<stem>-<YYYYmmdd-HHMMSS>-<label>.sqlite3``.
It is always written through SQLite's online backup API from a connection
that holds a read transaction, never by copying the live file (a copy taken
while a WAL is open can miss committed pages or catch a half-written one).
The copy is written to ``.part`` first and renamed into place, so a crash
mid-backup leaves a stray ``.part`` and never a truncated ``.sqlite3``.

Labels and how many of each are kept:

- ``daily``: at most one per calendar day, made by the window in the
  background after the full integrity check passed (so a damaged library never
  pushes good backups out of the rotation); ``DAILY_KEPT`` kept.
- ``before-upgrade``: always, before a schema migration; ``UPGRADE_KEPT`` kept.

Restoring is opening a backup: ``restore`` writes a backup into the library's
place (again through the backup API) after the damaged file was set aside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store import files
from desktop.paths import backups_dir

DAILY = "daily"
BEFORE_UPGRADE = "before-upgrade"
DAILY_KEPT = 3  # each is a full copy: ~1.5 GB at 100,000 articles
UPGRADE_KEPT = 2
KEPT = {DAILY: DAILY_KEPT, BEFORE_UPGRADE: UPGRADE_KEPT}
OTHER_KEPT = 3

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z][a-z-]*)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file.

    Attributes:
        path: the file.
        made: when it was made (local time, from its name).
        label: ``daily``, ``before-upgrade`` …
    """

    path: Path
    made: dt.datetime
    label: str


def _parse(path: Path, stem: str) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return Backup(path, made, match["label"])


def list_backups(library: Path, label: str | None = None) -> list[Backup]:
    """The backups of ``library``, oldest first (``.part`` leftovers excluded)."""
    folder = backups_dir(library)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob("*.sqlite3") if (b := _parse(p, library.stem)) is not None]
    if label is not None:
        found = [b for b in found if b.label == label]
    return sorted(found, key=lambda b: (b.made, b.path.name))


def latest_backup(library: Path, exclude: set[Path] | frozenset[Path] = frozenset()) -> Backup | None:
    """The newest backup of ``library`` that starts like an SQLite file, or None.

    Args:
        library: the library file.
        exclude: backups already tried (and found damaged) in this session.
    """
    for backup in reversed(list_backups(library)):
        if backup.path in exclude:
            continue
        try:
            with backup.path.open("rb") as fh:
                if fh.read(16) == b"SQLite format 3\x00":
                    return backup
        except OSError:
            continue
    return None


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write the database behind ``conn`` to ``target`` with the backup API.

    The whole copy is one step (``pages=-1``), so it is one consistent
    snapshot: in WAL mode a reader never blocks the writer, and a writer on
    another connection cannot make a one-step backup restart.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    dest = sqlite3.connect(str(tmp))
    try:
        conn.backup(dest, pages=-1)
        # The copy is a plain rollback-journal file: one file, nothing beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        dest.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    dest.close()
    _fsync(tmp)
    tmp.replace(target)
    _fsync(target.parent)
    return target


def _fsync(path: Path) -> None:
    import os

    # The rename is only durable once the data and then the folder are synced.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup_path(library: Path, label: str, now: dt.datetime | None = None) -> Path:
    """Where a backup of ``library`` made ``now`` with ``label`` goes."""
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = backups_dir(library) / f"{library.stem}-{stamp}-{label}.sqlite3"
    n = 1
    while target.exists():  # two in one second: never overwrite a backup
        n += 1
        target = backups_dir(library) / f"{library.stem}-{stamp}-{label}-{n}.sqlite3"
    return target


def prune(library: Path, label: str, keep: int | None = None) -> list[Path]:
    """Delete the oldest backups with ``label`` beyond ``keep``; return them.

    Only backups (files in the backups folder named by ``backup_path``) are
    ever deleted: never the library, never a file set aside as damaged.
    """
    keep = KEPT.get(label, OTHER_KEPT) if keep is None else keep
    copies = list_backups(library, label)
    removed = []
    for old in copies[: max(0, len(copies) - keep)]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    # A .part left by a backup that was killed half-way is only litter.
    for part in backups_dir(library).glob(f"{library.stem}-*.sqlite3.part"):
        with contextlib.suppress(OSError):
            part.unlink()
    return removed


def make_backup(
    conn: sqlite3.Connection,
    library: Path,
    label: str,
    *,
    now: dt.datetime | None = None,
    keep: int | None = None,
) -> Path:
    """Back up the open database ``conn`` of ``library``; prune old ones.

    Returns:
        The new backup file.
    """
    target = backup_to(conn, backup_path(library, label, now))
    prune(library, label, keep)
    return target


def daily_backup_due(library: Path, now: dt.datetime | None = None) -> bool:
    """True when ``library`` has no daily backup made today."""
    today = (now or dt.datetime.now()).date()
    return not any(b.made.date() == today for b in list_backups(library, DAILY))


def daily_backup(library: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Make today's backup of ``library`` if there is none yet.

    Opens its own read-only connection, so it can run on any thread beside
    the window's connection. Returns the new backup, or None when one was
    already made today.
    """
    if not daily_backup_due(library, now):
        return None
    conn = files.connect(library, read_only=True, check_same_thread=True)
    try:
        return make_backup(conn, library, DAILY, now=now)
    finally:
        conn.close()


def restore(backup: Path, library: Path) -> Path:
    """Write ``backup`` into the place of ``library`` (which must not exist).

    The backup file itself is left as it was, so it can be restored again.

    Raises:
        FileExistsError: ``library`` (or its WAL) is still there; set the
            damaged file aside first.
    """
    for leftover in (library, Path(str(library) + "-wal"), Path(str(library) + "-journal")):
        if leftover.exists():
            raise FileExistsError(str(leftover))
    src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        backup_to(src, library)
    finally:
        src.close()
    return library
