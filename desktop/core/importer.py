"""Reading the user's files and storing them as analysed articles. Qt-free.

Each file ends as one ``FileReport``: imported, duplicate, or failed with a
reason. One failure never stops the rest, and an article is written in the
same transaction as its analysis, so none is ever half-imported.

A large import (issue 9: at least 1,000 articles/s) runs as a pipeline:
worker processes read, decode, hash and analyse the files (``_analyse``)
while this thread writes what they return, in input order, in batches (see
``import_files``). A small import does the same steps in this thread, where a
pool's start-up would cost more than it saves.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import enum
import logging
import multiprocessing
import multiprocessing.context
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from desktop.core import formats, library_ops
from desktop.core.models import AnchorState, ParsedArticle
from desktop.core.seeds import record_seeds, seeds_pending

# The analyser (desktop.core.parse) is imported where files are analysed:
# the window imports this module for its types at start-up, and loading the
# analyser costs about half a second of regex compiling it need not pay then.
from desktop.core.store import relink, writes
from desktop.core.store.db import classify
from desktop.core.text import content_hash, nfc

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024


def _analyser_version() -> int:
    from desktop.core.analyser_version import ANALYSER_VERSION

    return ANALYSER_VERSION


class Outcome(enum.StrEnum):
    """What happened to one file."""

    IMPORTED = "imported"
    UPDATED = "updated"  # a corrected version of an article already in the library replaced its text
    DUPLICATE = "duplicate"
    FAILED = "failed"


class FailReason(enum.StrEnum):
    """Why a file could not be imported."""

    NOT_TEXT = "not-text"
    EMPTY = "empty"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    LEGACY_FONT = "legacy-font"  # typed in an old font encoding (VNI) no code page reads
    UNREADABLE = "unreadable"
    MISSING = "missing"  # no such file (a path mistyped on the command line, a file moved away)
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
    #: (``UPDATED``) the article's notes whose passage the new text no longer holds as it was
    notes_to_review: int = 0

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "path": self.path,
            "outcome": str(self.outcome),
            "reason": str(self.reason) if self.reason else None,
            "article_id": self.article_id,
            "title": self.title,
            "notes_to_review": self.notes_to_review,
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
    except FileNotFoundError as exc:
        raise ImportFailure(FailReason.MISSING, str(exc)) from exc
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
    """Files named, and the supported files inside folders named, sorted.

    A folder's documents of another kind (a PDF, an old .doc) are given too, so that the
    import says it could not read them rather than passing over them without a word.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    suffix = child.suffix.lower()
                    if (suffix in formats.SUPPORTED or suffix in formats.OTHER_DOCUMENTS) and not name.startswith("."):
                        yield child
        else:
            yield path


Progress = Callable[[int, int, FileReport], None]

BATCH_FILES = 250  # articles per transaction at most
BATCH_SECONDS = 0.4  # and never holding the write lock much longer than this

WORKERS = 2  # analysis processes of a large import
POOL_MIN_FILES = 100  # fewer files are analysed in this thread: a pool's start-up costs more
POOL_CHUNK = 16  # files per task: few enough that a cancel waits for little
POOL_AHEAD = 4  # tasks in flight per worker, so a worker never waits for the writer


def _with_metadata(parsed: ParsedArticle, title: str | None, published: str | None) -> ParsedArticle:
    """Fill what the analyser did not find from the file's own metadata."""
    changes: dict[str, object] = {}
    if title and not parsed.title:
        changes["title"] = nfc(title)
    if published and not parsed.published:
        changes["published"] = published
    return replace(parsed, **changes) if changes else parsed  # type: ignore[arg-type]


class _Step(enum.Enum):
    """How far ``_analyse`` got with a file."""

    FAILED = 1  # unreadable, empty, too large...: ``reason``
    DUPLICATE = 2  # the library already held the text when checked
    KNOWN_PATH = 3  # an article came from this path: maybe a corrected version
    ANALYSED = 4  # ``parsed`` (and ``derived`` when it has text)
    ANALYSIS_ERROR = 5  # the analyser raised: ``detail``


@dataclass(frozen=True, slots=True)
class _Analysed:
    """A file read and analysed, ready to store (picklable: worker processes make it)."""

    path: str
    step: _Step
    reason: FailReason | None = None
    detail: str = ""
    digest: str = ""
    text: str | None = None  # when not analysed (else ``parsed.raw_text`` is the text)
    title: str | None = None  # the file's own metadata
    published: str | None = None
    parsed: ParsedArticle | None = None
    derived: writes.Derived | None = None

    def the_text(self) -> str:
        """The file's NFC text."""
        if self.text is not None:
            return self.text
        assert self.parsed is not None
        return self.parsed.raw_text


_BY_HASH = "SELECT id, title FROM articles WHERE content_hash = ?"
_BY_SOURCE = "SELECT 1 FROM articles WHERE source_path = ? AND file = ? LIMIT 1"


def _analyse(path: Path, conn: sqlite3.Connection | None) -> _Analysed:
    """Read, decode, hash and analyse one file: everything but the writes.

    Args:
        path: the file.
        conn: a connection to the library, to skip the analysis of a text it
            already holds (a duplicate) or of a file it already has an article
            from (maybe a corrected version, which the writer decides); None
            analyses every file (the writer checks again either way).
    """
    name = str(path)
    try:
        text, title, published = read_article(path)
    except ImportFailure as exc:
        return _Analysed(name, _Step.FAILED, exc.reason, exc.detail)
    digest = content_hash(text)
    if conn is not None:
        if conn.execute(_BY_HASH, (digest,)).fetchone() is not None:
            return _Analysed(name, _Step.DUPLICATE, digest=digest)
        if conn.execute(_BY_SOURCE, (name, path.name)).fetchone() is not None:
            return _Analysed(
                name, _Step.KNOWN_PATH, digest=digest, text=text, title=title, published=published
            )
    from desktop.core.parse import parse_article

    try:
        parsed = _with_metadata(parse_article(text), title, published)
    except Exception as exc:  # an analyser bug must not stop the other files
        log.exception("analysis failed for %s", path)
        return _Analysed(
            name,
            _Step.ANALYSIS_ERROR,
            detail=repr(exc),
            digest=digest,
            text=text,
            title=title,
            published=published,
        )
    # Only page chrome ("Xem phản hồi", captions) leaves no text: nothing to store.
    derived = writes.derive(parsed) if parsed.clean_text.strip() else None
    return _Analysed(
        name,
        _Step.ANALYSED,
        digest=digest,
        title=title,
        published=published,
        parsed=parsed,
        derived=derived,
    )


def _store(db: Database, item: _Analysed, batch: writes.Batch | None, origin: str) -> FileReport:
    """Store what ``_analyse`` made of one file; report it.

    Args:
        db: the library, in a transaction when ``batch`` is given.
        item: the file, analysed.
        batch: the import batch: the article is written under a savepoint of
            its own (``writes.Batch.article``). None: under ``db.atomic()``
            (a transaction of its own outside one).
        origin: ``import`` or ``seed``.

    Raises:
        sqlite3.Error: the library could not be written (disk full, locked):
            that stops the whole import, unlike a bad file.
    """
    path = Path(item.path)
    if item.step is _Step.FAILED:
        return FileReport(item.path, Outcome.FAILED, item.reason, detail=item.detail)
    try:
        # Checked again: a worker saw the library as it was before this batch.
        row = db.conn.execute(_BY_HASH, (item.digest,)).fetchone()
        if row is not None:
            # Skip the analysis: the library already holds this text.
            return FileReport(item.path, Outcome.DUPLICATE, article_id=row[0], title=row[1])
        known_path = item.step is _Step.KNOWN_PATH
        if known_path or db.conn.execute(_BY_SOURCE, (item.path, path.name)).fetchone():
            text = item.the_text()
            corrected = library_ops.corrected_version_of(db, item.path, path.name, text)
            if corrected is not None:
                # A corrected version of a file imported before: replace that
                # article's text and re-anchor its notes (issue 6), not a copy.
                return _replace_text(db, path, corrected, text, item.title, item.published, batch)
            if item.step is _Step.KNOWN_PATH:  # a different article at that path: a new one
                item = _analyse(path, None)
                if item.step is _Step.FAILED:  # the file changed since it was read
                    return FileReport(item.path, Outcome.FAILED, item.reason, detail=item.detail)
        if item.step is _Step.ANALYSIS_ERROR or item.parsed is None:
            raise ImportFailure(FailReason.ANALYSIS, item.detail)
        parsed = item.parsed
        if not parsed.clean_text.strip():
            # Only page chrome ("Xem phản hồi", captions): nothing to read.
            raise ImportFailure(FailReason.EMPTY, "no article text")
        try:
            with batch.article() if batch is not None else db.atomic():
                result = writes.insert_article(
                    db,
                    parsed,
                    file=path.name,
                    content_hash=item.digest,
                    analyser_version=_analyser_version(),
                    source_path=item.path,
                    origin=origin,
                    batch=batch,
                    derived=item.derived,
                )
        except Exception as exc:
            # The savepoint is rolled back: none of this article was kept.
            if isinstance(exc, sqlite3.Error) and classify(exc, Path(".")) is not None:
                raise  # disk full, locked, read-only: the library, not this file
            log.exception("storing failed for %s", path)
            raise ImportFailure(FailReason.ANALYSIS, repr(exc)) from exc
    except ImportFailure as exc:
        return FileReport(item.path, Outcome.FAILED, exc.reason, detail=exc.detail)
    outcome = Outcome.IMPORTED if result.created else Outcome.DUPLICATE
    return FileReport(item.path, outcome, article_id=result.article_id, title=parsed.title)


def import_one(db: Database, path: Path, *, origin: str = "import") -> FileReport:
    """Read, analyse and store one file as one atomic unit.

    Inside a transaction the article is written under a savepoint of its own;
    outside one, in a transaction of its own. Either way the article row, its
    mentions, people, places and search row are written together or not at all.

    Raises:
        sqlite3.Error: the library could not be written (disk full, locked):
            that stops the whole import, unlike a bad file.
    """
    return _store(db, _analyse(Path(path), db.conn), None, origin)


def _replace_text(
    db: Database,
    path: Path,
    article_id: int,
    text: str,
    title: str | None,
    published: str | None,
    batch: writes.Batch | None = None,
) -> FileReport:
    """Store a corrected version of an article (see ``library_ops.corrected_version_of``)."""
    try:
        with batch.elsewhere() if batch is not None else contextlib.nullcontext():
            library_ops.replace_article_text(db, article_id, text, title=title, published=published)
    except Exception as exc:
        if isinstance(exc, sqlite3.Error) and classify(exc, Path(".")) is not None:
            raise
        log.exception("replacing the text of article %s from %s failed", article_id, path)
        raise ImportFailure(FailReason.ANALYSIS, repr(exc)) from exc
    row = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    (review,) = db.execute(
        "SELECT count(*) FROM notes WHERE article_id = ? AND state = ?", [article_id, str(AnchorState.NEEDS_REVIEW)]
    ).fetchone()
    return FileReport(str(path), Outcome.UPDATED, article_id=article_id, title=row[0] if row else "",
                      notes_to_review=review)


def _library_file(db: Database) -> str | None:
    """The file of the library's main database, or None (in memory, temporary)."""
    for _, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


_WORKER_CONN: sqlite3.Connection | None = None


def _worker_init(library_file: str | None) -> None:
    """Open an analysis process's own read-only connection (duplicate checks)."""
    global _WORKER_CONN
    if library_file is None:
        return
    try:
        conn = sqlite3.connect(Path(library_file).as_uri() + "?mode=ro", uri=True, timeout=10)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        log.warning(
            "analysis process cannot read %s: analysing every file", library_file, exc_info=True
        )
        return
    _WORKER_CONN = conn


def _analyse_chunk(paths: Sequence[str]) -> list[_Analysed]:
    """``_analyse`` of a few files, in an analysis process."""
    out = []
    for name in paths:
        try:
            out.append(_analyse(Path(name), _WORKER_CONN))
        except sqlite3.Error:
            # The checks are only a shortcut: without them the writer still
            # finds a duplicate, after an analysis for nothing.
            out.append(_analyse(Path(name), None))
    return out


def _pool_context() -> multiprocessing.context.BaseContext:
    """How analysis processes start: never by ``fork``, the importer runs in a Qt process.

    A fork server (where the platform has one) starts once per application,
    with the analyser already imported, so later imports get their processes
    at once; else each process is a fresh interpreter (spawn).
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__, "desktop.core.parse"])
        return ctx
    return multiprocessing.get_context("spawn")


def _analysed_here(db: Database, files: Sequence[Path]) -> Iterator[_Analysed]:
    """Analyse each file in this thread at its turn (after the ones before it are stored)."""
    for path in files:
        yield _analyse(path, db.conn)


def _analysed_in_pool(db: Database, files: Sequence[Path], workers: int) -> Iterator[_Analysed]:
    """Analyse the files in worker processes, ahead of the writer; yield in input order.

    Closing the generator (a cancel, an error) drops the tasks not started and
    waits only for the few running. If the pool breaks (a process killed),
    the remaining files are analysed in this thread.
    """
    names = [str(p) for p in files]
    try:
        pool = concurrent.futures.ProcessPoolExecutor(
            workers,
            mp_context=_pool_context(),
            initializer=_worker_init,
            initargs=(_library_file(db),),
        )
    except (OSError, ValueError, RuntimeError):
        log.warning("cannot start analysis processes: analysing in this thread", exc_info=True)
        yield from _analysed_here(db, files)
        return
    done = 0  # files yielded so far
    try:
        tasks: collections.deque[concurrent.futures.Future[list[_Analysed]]]
        tasks = collections.deque()
        starts = iter(range(0, len(names), POOL_CHUNK))
        for start in starts:
            tasks.append(pool.submit(_analyse_chunk, names[start : start + POOL_CHUNK]))
            if len(tasks) >= workers * POOL_AHEAD:
                break
        while tasks:
            items = tasks.popleft().result()
            start = next(starts, None)
            if start is not None:
                tasks.append(pool.submit(_analyse_chunk, names[start : start + POOL_CHUNK]))
            for item in items:
                yield item
                done += 1
    except BrokenProcessPool:
        log.warning("an analysis process died: analysing the rest in this thread", exc_info=True)
        yield from _analysed_here(db, files[done:])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def import_files(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    origin: str = "import",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_files: int = BATCH_FILES,
    batch_seconds: float = BATCH_SECONDS,
    workers: int | None = None,
    pool_min_files: int = POOL_MIN_FILES,
    linking: Callable[[int, int], None] | None = None,
) -> list[FileReport]:
    """Import files and folders; report each file.

    Articles are committed in batches (one transaction per up to
    ``batch_files`` files or ``batch_seconds``), which is what makes a large
    import fast; each article inside a batch has its own savepoint, so a
    batch never holds half an article, and a cancel or a crash loses at most
    the batch in flight, never part of one article.

    From ``pool_min_files`` files on, ``workers`` processes read and analyse
    the files ahead of the writes (see the module doc).

    Args:
        db: the library (this thread's connection).
        paths: files and folders.
        origin: ``import`` or ``seed``.
        progress: called after each file with ``(done, total, report)``.
        cancelled: polled between files; when it returns True the import
            stops, keeping (committing) what was fully imported.
        batch_files: most files per transaction.
        batch_seconds: longest time a transaction stays open.
        workers: analysis processes (default ``WORKERS``); 0 analyses every
            file in this thread.
        pool_min_files: fewest files worth starting the processes for.
        linking: called with ``(done, total)`` directives while the cited
            directives are linked again at the end (see ``relink.relink``);
            not called when there is nothing to link again.

    Returns:
        One report per file handled, in order (fewer than the files found
        when cancelled).
    """
    files = list(iter_files(paths))
    total = len(files)
    workers = WORKERS if workers is None else workers
    if workers > 0 and total >= max(pool_min_files, 1):
        stream = _analysed_in_pool(db, files, min(workers, -(-total // POOL_CHUNK)))
    else:
        stream = _analysed_here(db, files)
    reports: list[FileReport] = []
    touched: set[str] = set()  # directive bases to relink once all is in
    i = 0
    try:
        while i < total:
            if cancelled is not None and cancelled():
                break
            # IMMEDIATE: take the write lock now, so a note saved in the window
            # meanwhile waits (busy_timeout) instead of failing our upgrade.
            db.execute("BEGIN IMMEDIATE")
            try:
                batch = writes.Batch(db)
                started = time.monotonic()
                in_batch = 0
                while i < total and in_batch < batch_files:
                    if in_batch and (time.monotonic() - started > batch_seconds):
                        break
                    if cancelled is not None and cancelled():
                        break
                    report = _store(db, next(stream), batch, origin)
                    reports.append(report)
                    i += 1
                    in_batch += 1
                    if progress is not None:
                        progress(i, total, report)
                batch.commit()
                touched |= batch.touched
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.rollback()
                raise
            if cancelled is not None and cancelled():
                break
    finally:
        stream.close()
    # Linked in file order above; relinked now so the links do not depend on it.
    relink.relink(db, touched, linking)
    return reports


def load_seeds(db: Database, folder: Path) -> list[FileReport]:
    """Load the bundled seed articles once per library.

    A ``meta`` row remembers that seeds were loaded, so an article the user
    deleted does not come back; loading again adds nothing either way, since
    articles are keyed by content hash.
    """
    if not seeds_pending(db):
        return []
    reports = import_files(db, sorted(folder.glob("*.txt")), origin="seed")
    record_seeds(db)
    return reports
