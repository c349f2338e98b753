"""Reading the user's files and storing them as analysed articles. Qt-free.

Each file ends as one ``FileReport``: imported, duplicate, or failed with a
reason. One failure never stops the rest, and an article is written in the
same transaction as its analysis, so none is ever half-imported.
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from desktop.core import formats, library_ops
from desktop.core.models import ParsedArticle
from desktop.core.parse import ANALYSER_VERSION, parse_article
from desktop.core.store import writes
from desktop.core.store.db import classify
from desktop.core.text import content_hash, nfc

log = logging.getLogger(__name__)

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
    ANALYSIS = "analysis-error"  # a bug in the analyser; the file itself may be fine


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

BATCH_FILES = 250  # articles per transaction at most
BATCH_SECONDS = 0.4  # and never holding the write lock much longer than this


def _with_metadata(parsed: ParsedArticle, title: str | None, published: str | None) -> ParsedArticle:
    """Fill what the analyser did not find from the file's own metadata."""
    changes: dict[str, object] = {}
    if title and not parsed.title:
        changes["title"] = nfc(title)
    if published and not parsed.published:
        changes["published"] = published
    return replace(parsed, **changes) if changes else parsed  # type: ignore[arg-type]


def import_one(db: Database, path: Path, *, origin: str = "import") -> FileReport:
    """Read, analyse and store one file as one atomic unit.

    Inside a transaction (a batch of ``import_files``) the article is written
    under a savepoint of its own; outside one, in a transaction of its own.
    Either way the article row, its mentions, people, places and search row
    are written together or not at all.

    Raises:
        sqlite3.Error: the library could not be written (disk full, locked):
            that stops the whole import, unlike a bad file.
    """
    try:
        text, title, published = read_article(path)
        digest = content_hash(text)
        row = db.execute(
            "SELECT id, title FROM articles WHERE content_hash = ?", [digest]
        ).fetchone()
        if row is not None:
            # Skip the analysis: the library already holds this text.
            return FileReport(str(path), Outcome.DUPLICATE, article_id=row[0], title=row[1])
        corrected = library_ops.corrected_version_of(db, str(path), path.name, text)
        if corrected is not None:
            # A corrected version of a file imported before: replace that
            # article's text and re-anchor its notes (issue 6), not a copy.
            return _replace_text(db, path, corrected, text, title, published)
        try:
            parsed = _with_metadata(parse_article(text), title, published)
        except Exception as exc:  # an analyser bug must not stop the other files
            log.exception("analysis failed for %s", path)
            raise ImportFailure(FailReason.ANALYSIS, repr(exc)) from exc
        if not parsed.clean_text.strip():
            # Only page chrome ("Xem phản hồi", captions): nothing to read.
            raise ImportFailure(FailReason.EMPTY, "no article text")
        try:
            with db.atomic():
                result = writes.insert_article(
                    db,
                    parsed,
                    file=path.name,
                    content_hash=digest,
                    analyser_version=ANALYSER_VERSION,
                    source_path=str(path),
                    origin=origin,
                )
        except Exception as exc:
            # The savepoint is rolled back: none of this article was kept.
            if isinstance(exc, sqlite3.Error) and classify(exc, Path(".")) is not None:
                raise  # disk full, locked, read-only: the library, not this file
            log.exception("storing failed for %s", path)
            raise ImportFailure(FailReason.ANALYSIS, repr(exc)) from exc
    except ImportFailure as exc:
        return FileReport(str(path), Outcome.FAILED, exc.reason, detail=exc.detail)
    outcome = Outcome.IMPORTED if result.created else Outcome.DUPLICATE
    return FileReport(str(path), outcome, article_id=result.article_id, title=parsed.title)


def _replace_text(
    db: Database, path: Path, article_id: int, text: str, title: str | None, published: str | None
) -> FileReport:
    """Store a corrected version of an article (see ``library_ops.corrected_version_of``)."""
    try:
        library_ops.replace_article_text(db, article_id, text, title=title, published=published)
    except Exception as exc:
        if isinstance(exc, sqlite3.Error) and classify(exc, Path(".")) is not None:
            raise
        log.exception("replacing the text of article %s from %s failed", article_id, path)
        raise ImportFailure(FailReason.ANALYSIS, repr(exc)) from exc
    row = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    return FileReport(str(path), Outcome.IMPORTED, article_id=article_id, title=row[0] if row else "")


def import_files(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    origin: str = "import",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_files: int = BATCH_FILES,
    batch_seconds: float = BATCH_SECONDS,
) -> list[FileReport]:
    """Import files and folders; report each file.

    Articles are committed in batches (one transaction per up to
    ``batch_files`` files or ``batch_seconds``), which is what makes a large
    import fast; each article inside a batch has its own savepoint, so a
    batch never holds half an article, and a cancel or a crash loses at most
    the batch in flight, never part of one article.

    Args:
        db: the library (this thread's connection).
        paths: files and folders.
        origin: ``import`` or ``seed``.
        progress: called after each file with ``(done, total, report)``.
        cancelled: polled between files; when it returns True the import
            stops, keeping (committing) what was fully imported.
        batch_files: most files per transaction.
        batch_seconds: longest time a transaction stays open.

    Returns:
        One report per file handled, in order (fewer than the files found
        when cancelled).
    """
    files = list(iter_files(paths))
    total = len(files)
    reports: list[FileReport] = []
    i = 0
    while i < total:
        if cancelled is not None and cancelled():
            break
        # IMMEDIATE: take the write lock now, so a note saved in the window
        # meanwhile waits (busy_timeout) instead of failing our upgrade.
        db.execute("BEGIN IMMEDIATE")
        try:
            started = time.monotonic()
            in_batch = 0
            while i < total and in_batch < batch_files:
                if in_batch and (time.monotonic() - started > batch_seconds):
                    break
                if cancelled is not None and cancelled():
                    break
                report = import_one(db, files[i], origin=origin)
                reports.append(report)
                i += 1
                in_batch += 1
                if progress is not None:
                    progress(i, total, report)
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.rollback()
            raise
        if cancelled is not None and cancelled():
            break
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
