"""Reading the user's files and storing them as analysed articles. Qt-free.

Each file ends as one ``FileReport``: imported, duplicate, or failed with a
reason. One failure never stops the rest, and an article is written in the
same transaction as its analysis, so none is ever half-imported.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core import formats
from desktop.core.parse import ANALYSER_VERSION, parse_article
from desktop.core.store import writes
from desktop.core.text import content_hash, nfc

MAX_BYTES = 20 * 1024 * 1024
SEEDS_VERSION = "1"


class Outcome(enum.StrEnum):
    """What happened to one file."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


class FailReason(enum.StrEnum):
    """Why a file could not be imported."""

    NOT_TEXT = "not-text"
    EMPTY = "empty"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"


class ImportFailure(Exception):
    """A file that cannot become an article, with the reason."""

    def __init__(self, reason: FailReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class FileReport:
    """The outcome for one file."""

    path: str
    outcome: Outcome
    reason: FailReason | None = None
    article_id: int | None = None
    title: str = ""
    detail: str = ""

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "path": self.path,
            "outcome": str(self.outcome),
            "reason": str(self.reason) if self.reason else None,
            "article_id": self.article_id,
            "title": self.title,
        }


def read_article(path: Path) -> tuple[str, str | None, str | None]:
    """Read a file as article text.

    Returns:
        ``(text, title, published)``: NFC text, and a title and ISO date when
        the format carries them (a saved web page's metadata), else None.

    Raises:
        ImportFailure: with the reason the file cannot be read as an article.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailure(FailReason.UNREADABLE, str(exc)) from exc
    if size > MAX_BYTES:
        raise ImportFailure(FailReason.TOO_LARGE, f"{size} bytes")
    if size == 0:
        raise ImportFailure(FailReason.EMPTY)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(FailReason.UNREADABLE, str(exc)) from exc
    try:
        text, title, published = formats.extract(path.suffix.lower(), data)
    except formats.FormatError as exc:
        raise ImportFailure(FailReason(exc.reason), exc.detail) from exc
    text = nfc(text)
    if not text.strip():
        raise ImportFailure(FailReason.EMPTY)
    return text, title, published


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    if child.suffix.lower() in formats.SUPPORTED and not name.startswith("."):
                        yield child
        else:
            yield path


Progress = Callable[[int, int, FileReport], None]


def import_one(db: Database, path: Path, *, origin: str = "import") -> FileReport:
    """Read, analyse and store one file in its own transaction."""
    try:
        text, title, published = read_article(path)
        parsed = parse_article(text)
        if title and not parsed.title:
            from dataclasses import replace

            parsed = replace(parsed, title=nfc(title))
        if published and not parsed.published:
            from dataclasses import replace

            parsed = replace(parsed, published=published)
        with db.atomic():
            result = writes.insert_article(
                db,
                parsed,
                file=path.name,
                content_hash=content_hash(text),
                analyser_version=ANALYSER_VERSION,
                source_path=str(path),
                origin=origin,
            )
    except ImportFailure as exc:
        return FileReport(str(path), Outcome.FAILED, exc.reason, detail=exc.detail)
    outcome = Outcome.IMPORTED if result.created else Outcome.DUPLICATE
    return FileReport(str(path), outcome, article_id=result.article_id, title=parsed.title)


def import_files(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    origin: str = "import",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """Import files and folders; report each file.

    Args:
        db: the library (this thread's connection).
        paths: files and folders.
        origin: ``import`` or ``seed``.
        progress: called after each file with ``(done, total, report)``.
        cancelled: polled between files; when it returns True the import
            stops, keeping what was fully imported.
    """
    files = list(iter_files(paths))
    reports: list[FileReport] = []
    for done, path in enumerate(files, 1):
        if cancelled is not None and cancelled():
            break
        report = import_one(db, path, origin=origin)
        reports.append(report)
        if progress is not None:
            progress(done, len(files), report)
    return reports


def load_seeds(db: Database, folder: Path) -> list[FileReport]:
    """Load the bundled seed articles once per library.

    A ``meta`` row remembers that seeds were loaded, so an article the user
    deleted does not come back; loading again adds nothing either way, since
    articles are keyed by content hash.
    """
    row = db.execute("SELECT value FROM meta WHERE key = 'seeds_version'").fetchone()
    if row is not None and row[0] == SEEDS_VERSION:
        return []
    reports = import_files(db, sorted(folder.glob("*.txt")), origin="seed")
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('seeds_version', ?)", [SEEDS_VERSION]
        )
    return reports
