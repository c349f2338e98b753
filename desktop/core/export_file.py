"""Writing a notes export to a file, whole or not at all. Qt-free.

Shared by ``export-notes`` on the command line and File → Export notes… in the
window, so both pick the same notes, in the same order, and write them the
same way: into a temporary file beside the target, flushed to disk, then
renamed over it (``os.replace``). A full disk, a missing permission or a crash
half-way therefore never leaves half an export, and never destroys the file
that was there before.
"""

from __future__ import annotations

import enum
import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.export import ExportFormat, ExportLabels, export_notes
from desktop.core.store import notes


class WriteProblem(enum.StrEnum):
    """Why an export could not be written (the UI turns it into a sentence)."""

    EXISTS = "exists"
    DISK_FULL = "disk-full"
    PERMISSION = "permission"
    NO_FOLDER = "no-folder"
    OTHER = "other"


class ExportWriteError(Exception):
    """The export file could not be written; nothing was left behind.

    Attributes:
        problem: what went wrong, as a :class:`WriteProblem`.
        path: the file that was to be written.
        detail: the system's own message.
    """

    def __init__(self, problem: WriteProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


_ERRNO_PROBLEMS = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    errno.EDQUOT: WriteProblem.DISK_FULL,
    errno.EFBIG: WriteProblem.DISK_FULL,
    errno.EACCES: WriteProblem.PERMISSION,
    errno.EPERM: WriteProblem.PERMISSION,
    errno.EROFS: WriteProblem.PERMISSION,
    errno.ENOENT: WriteProblem.NO_FOLDER,
    errno.ENOTDIR: WriteProblem.NO_FOLDER,
}


def _new_file_mode() -> int:
    """The mode a newly created file gets here (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` whole, or leave ``path`` as it was.

    Args:
        path: the target file.
        data: its new content.
        overwrite: replace an existing file (the caller asked the user).

    Raises:
        ExportWriteError: ``path`` exists and ``overwrite`` is False, or the
            file could not be written (the temporary file is removed).
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExportWriteError(WriteProblem.EXISTS, path)
    if path.is_dir():
        raise ExportWriteError(WriteProblem.OTHER, path, "is a folder")
    tmp: str | None = None
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else _new_file_mode()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        problem = _ERRNO_PROBLEMS.get(exc.errno or 0, WriteProblem.OTHER)
        raise ExportWriteError(problem, path, exc.strerror or str(exc)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        path: the file.
        notes: how many notes it holds.
        articles: from how many articles.
        size: its size in bytes.
    """

    path: Path
    notes: int
    articles: int
    size: int


def export_to_file(
    db: Database,
    path: Path,
    fmt: ExportFormat | str,
    flt: notes.NoteFilter = notes.NoteFilter(),
    *,
    labels: ExportLabels | None = None,
    title: str | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Export the notes matching ``flt`` to ``path`` in ``fmt``.

    Raises:
        ExportWriteError: see :func:`write_atomically`.
        ValueError: ``fmt`` is not a known format.
    """
    fmt = ExportFormat(fmt)
    path = Path(path)
    if path.exists() and not overwrite:
        # Before the work of rendering: the answer is already known.
        raise ExportWriteError(WriteProblem.EXISTS, path)
    groups = notes.export_groups(db, flt)
    data = export_notes(groups, fmt, labels=labels, title=title)
    write_atomically(path, data, overwrite=overwrite)
    return ExportResult(path, sum(len(g.notes) for g in groups), len(groups), len(data))
