"""Writing a notes export to a file, whole or not at all. Qt-free.

Shared by ``export-notes`` on the command line and File → Export notes… in the
window, so both pick the same notes, in the same order, and write them the
same way: into a temporary file beside the target, flushed to disk, then
renamed over it (``os.replace``). A full disk, a missing permission or a crash
half-way therefore never leaves half an export, and never destroys the file
that was there before.

A link is followed (the file it points at gets the export, the link stays),
and a target that is not a regular file (``/dev/stdout``, a named pipe, a
device) is written to in place: renaming over it would replace the device or
the pipe with a plain file.
"""

from __future__ import annotations

import enum
import errno
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlite_utils import Database

from desktop.core.export import ExportFormat, ExportLabels, export_notes
from desktop.core.store import notes


class WriteProblem(enum.StrEnum):
    """Why an export could not be written (the UI turns it into a sentence)."""

    EXISTS = "exists"
    DISK_FULL = "disk-full"
    PERMISSION = "permission"
    NO_FOLDER = "no-folder"
    IS_FOLDER = "is-folder"
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
    kind = check_target(path, overwrite)
    if kind == "special":
        _write_in_place(path, data)
        return
    target = path.resolve() if kind == "link" else path
    tmp: str | None = None
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else _new_file_mode()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


#: the names of a process's own streams: "/dev/stdout", "/dev/fd/3", "/proc/self/fd/1"
_STREAM_ALIAS_RE = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/self/fd/\d+")

TargetKind = Literal["new", "file", "link", "special"]


def check_target(path: Path, overwrite: bool) -> TargetKind:
    """What ``path`` is: "new", "file", "link" (to a file) or "special" (a device, a
    pipe, a stream: written in place, and needing no ``overwrite``: nothing is destroyed).

    Raises:
        ExportWriteError: a file is there and ``overwrite`` is False, or
            ``path`` is a folder.
    """
    if _STREAM_ALIAS_RE.fullmatch(path.as_posix()):
        return "special"  # the terminal, a pipe or the file the shell redirects to: written as it is
    try:
        st = path.stat()  # follows a link
    except FileNotFoundError:
        return "link" if path.is_symlink() else "new"  # a dangling link: its target is made
    except OSError as exc:
        raise _write_error(path, exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise ExportWriteError(WriteProblem.IS_FOLDER, path)
    if not stat.S_ISREG(st.st_mode):
        return "special"  # nothing is destroyed by writing to it: no --force needed
    if not overwrite:
        raise ExportWriteError(WriteProblem.EXISTS, path)
    return "link" if path.is_symlink() else "file"


def _write_in_place(path: Path, data: bytes) -> None:
    """Write to a device or a pipe as it is (it cannot be replaced whole).

    Opened to append: "/dev/stdout" may be the file a shell redirects to (``>> report.md``),
    which opening to write would empty first; a pipe or a terminal appends anyway.
    """
    try:
        with open(path, "ab") as fh:
            fh.write(data)
            fh.flush()
    except OSError as exc:
        raise _write_error(path, exc) from exc


def _write_error(path: Path, exc: OSError) -> ExportWriteError:
    problem = _ERRNO_PROBLEMS.get(exc.errno or 0, WriteProblem.OTHER)
    return ExportWriteError(problem, path, exc.strerror or str(exc))


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
    check_target(path, overwrite)  # before the work of rendering: refusals are known now
    data, count, articles = render(db, fmt, flt, labels=labels, title=title)
    write_atomically(path, data, overwrite=overwrite)
    return ExportResult(path, count, articles, len(data))


def render(
    db: Database,
    fmt: ExportFormat | str,
    flt: notes.NoteFilter = notes.NoteFilter(),
    *,
    labels: ExportLabels | None = None,
    title: str | None = None,
) -> tuple[bytes, int, int]:
    """The export of the notes matching ``flt`` in ``fmt``, with how many notes it holds and
    from how many articles (for a stream, which :func:`export_to_file` cannot name)."""
    groups = notes.export_groups(db, flt)
    data = export_notes(groups, ExportFormat(fmt), labels=labels, title=title)
    return data, sum(len(g.notes) for g in groups), len(groups)
