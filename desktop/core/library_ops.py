"""Whole-library operations: re-analysis, a corrected article text, deleting an article. Qt-free."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

from desktop.core.analyser_version import ANALYSER_VERSION
from desktop.core.store import relink, writes

# The analyser is imported inside the functions that run it: the notes store
# imports this module for its hooks, and a window start should not pay for
# loading the analyser (about half a second) when nothing is analysed.

BATCH = 200


#: the ``meta`` row naming the analyser version every article was analysed by
ANALYSED_BY = "analysed_by"


def analysis_outdated(db: Database) -> bool:
    """Whether some article may hold an older analyser's findings.

    Cheap: one ``meta`` row, written when a whole re-analysis ended (imports
    always analyse with the current analyser); without it, or with an older
    version in it, the library has to be looked through.
    """
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", [ANALYSED_BY]).fetchone()
    except sqlite3.OperationalError:  # a library without a meta table yet
        return True
    return row is None or not str(row[0]).isdigit() or int(row[0]) < ANALYSER_VERSION


def reanalyse(
    db: Database,
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    linking: Callable[[int, int], None] | None = None,
) -> int:
    """Re-run the analyser over stored articles, in date order.

    Articles analysed by an older analyser (or all, with ``force``) get fresh
    clean text and findings. Date order makes directive linking deterministic.
    Notes are re-anchored to the new text by ``on_text_changed`` hooks. Each
    batch of :data:`BATCH` articles is one transaction: ``cancelled`` is asked
    between batches, and a cancelled run resumes where it stopped next time.
    A run that ends records the version in ``meta`` (see :func:`analysis_outdated`).
    The directives whose mentions changed are linked again at the end, reported
    to ``linking`` as ``(done, total)`` (see ``relink.relink``).

    Returns:
        How many articles were re-analysed.
    """
    where = "" if force else f" WHERE analyser_version < {int(ANALYSER_VERSION)}"
    ids = [r[0] for r in db.execute(f"SELECT id FROM articles{where} ORDER BY sort_date, id")]
    if not ids:
        _record_analysed(db)
        return 0
    # loaded only now: with nothing to do (the usual start) its patterns never compile
    from desktop.core.parse import parse_article

    done = 0
    touched: set[str] = set()  # directive bases to relink at the end
    if progress is not None:
        progress(0, len(ids))  # at once: the first batch takes a while
    for start in range(0, len(ids), BATCH):
        if cancelled is not None and cancelled():
            relink.relink(db, touched, linking)
            return done
        with db.atomic():
            for article_id in ids[start : start + BATCH]:
                raw, old = db.execute(
                    "SELECT raw_text, clean_text FROM articles WHERE id = ?", [article_id]).fetchone()
                parsed = parse_article(raw)
                writes.update_analysis(db, article_id, parsed, ANALYSER_VERSION, touched)
                if parsed.raw_text != raw:  # the text read (a page's HTML left out): offsets refer to it
                    db.execute("UPDATE articles SET raw_text = ? WHERE id = ?",
                               [parsed.raw_text, article_id])
                if parsed.clean_text != old:
                    for hook in TEXT_CHANGED_HOOKS:
                        hook(db, article_id)
        done = min(start + BATCH, len(ids))
        if progress is not None:
            progress(done, len(ids))
    relink.relink(db, touched, linking)
    _record_analysed(db)
    return len(ids)


def _record_analysed(db: Database) -> None:
    """Note in ``meta`` that every article was read by this analyser (:func:`analysis_outdated`)."""
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   [ANALYSED_BY, str(ANALYSER_VERSION)])


class TextConflict(ValueError):
    """Another article already holds exactly this text (content hashes are unique).

    Attributes:
        article_id: the article that was to be changed.
        other_id: the article that already has the text.
    """

    def __init__(self, article_id: int, other_id: int) -> None:
        super().__init__(f"article {other_id} already has this text")
        self.article_id = article_id
        self.other_id = other_id


def replace_article_text(
    db: Database,
    article_id: int,
    new_raw: str,
    *,
    title: str | None = None,
    published: str | None = None,
) -> bool:
    """Replace an article's text with a corrected version, in one transaction.

    The new text is analysed, stored with its analysis, and, when the clean
    text changed, every ``TEXT_CHANGED_HOOKS`` hook runs (notes re-anchor) in
    the same transaction: a crash leaves either the old text with the old
    anchors or the new text with the new ones, never a mix.

    Args:
        db: the library.
        article_id: the article to change.
        new_raw: the new raw text (as read from the corrected file).
        title: the file's own title (a saved web page's), used when the
            analyser finds none.
        published: the file's own publication date, likewise.

    Returns:
        True when the clean text changed (and the hooks ran).

    Raises:
        KeyError: there is no such article.
        TextConflict: another article already has exactly this text.
    """
    from desktop.core.parse import parse_article
    from desktop.core.text import content_hash, nfc

    new_raw = nfc(new_raw)
    digest = content_hash(new_raw)
    parsed = parse_article(new_raw)
    if title and not parsed.title:
        parsed = dataclasses.replace(parsed, title=nfc(title))
    if published and not parsed.published:
        parsed = dataclasses.replace(parsed, published=published)
    with db.atomic():
        row = db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        other = db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ?", [digest, article_id]
        ).fetchone()
        if other is not None:
            raise TextConflict(article_id, int(other[0]))
        db.execute(
            "UPDATE articles SET raw_text = ?, content_hash = ? WHERE id = ?", [new_raw, digest, article_id]
        )
        writes.update_analysis(db, article_id, parsed, ANALYSER_VERSION)
        changed = parsed.clean_text != row[0]
        if changed:
            for hook in TEXT_CHANGED_HOOKS:
                hook(db, article_id)
    return changed


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.strip()}


CORRECTED_MIN_SHARED = 0.5
"""Share of lines a corrected version keeps from the old text, at least ..."""

CORRECTED_MIN_RATIO = 70.0
"""... or the similarity (0-100) of the two texts' first :data:`_HEAD` characters."""

_HEAD = 4000


def corrected_version_of(db: Database, source_path: str, file: str, new_raw: str) -> int | None:
    """The article that ``new_raw`` is a corrected version of, or None.

    A corrected version comes from the same file (same path and name) as an
    existing article, with a different text that is still recognisably the
    same article: at least half of its lines unchanged, or its beginning
    mostly alike. A file that was overwritten with a different article is
    *not* a corrected version: it becomes a new article, and the old one (and
    its notes) stay as they were.
    """
    from rapidfuzz import fuzz

    from desktop.core.text import content_hash

    digest = content_hash(new_raw)
    rows = db.execute(
        "SELECT id, raw_text, content_hash FROM articles WHERE source_path = ? AND file = ? ORDER BY id DESC",
        [source_path, file],
    ).fetchall()
    new_lines = _lines(new_raw)
    for article_id, old_raw, old_hash in rows:
        if old_hash == digest:
            return None  # the very same text: a duplicate, not a correction
        old_lines = _lines(old_raw)
        shared = len(old_lines & new_lines) / max(1, len(old_lines), len(new_lines))
        if shared >= CORRECTED_MIN_SHARED or fuzz.ratio(old_raw[:_HEAD], new_raw[:_HEAD]) >= CORRECTED_MIN_RATIO:
            return int(article_id)
    return None


# Called inside the transaction when an article's clean text changed (notes
# re-anchor themselves here).
TEXT_CHANGED_HOOKS: list[Callable[[Database, int], None]] = []

# Notes register their re-anchoring hook when their module is imported. Import
# it here so that no caller (the ``reanalyse`` command, the importer) can
# change an article's text while the hook is missing, leaving notes pointing
# at stale offsets (issue 6: a note is never silently moved).
from desktop.core.store import notes as _notes  # noqa: E402


@dataclasses.dataclass(frozen=True, slots=True)
class DeletedArticle:
    """An article deleted, as it was.

    Attributes:
        id: its id.
        title: its headline ("" when it had none).
        file: its file's name.
        notes: how many of the user's notes went with it.
    """

    id: int
    title: str
    file: str
    notes: int


def delete_article(db: Database, article_id: int) -> DeletedArticle | None:
    """Delete an article with its notes, in one transaction; None when there is no such article.

    Its mentions, people and places go with it (the schema cascades, and the directives'
    counts follow by trigger); a directive it alone cited goes; the directives it shared
    with other articles are linked again (``relink``) without it, as if it had never been
    imported. A bundled article deleted stays deleted: the seeds load once a version.
    """
    from desktop.core.linking import base_of

    with db.atomic():
        row = db.execute("SELECT title, file FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        cited = db.execute(
            "SELECT DISTINCT d.id, d.key FROM mentions m JOIN directives d ON d.id = m.directive_id "
            "WHERE m.article_id = ?", [article_id]).fetchall()
        note_ids = [r[0] for r in db.execute("SELECT id FROM notes WHERE article_id = ?", [article_id])]
        for note_id in note_ids:
            _notes.delete_note(db, note_id)  # (with its tags and its search row)
        db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])  # (mentions, people, places cascade)
        directive_ids = [directive_id for directive_id, _key in cited]
        if directive_ids:
            marks = ", ".join("?" for _ in directive_ids)
            db.execute(
                f"DELETE FROM directives WHERE id IN ({marks}) "
                "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.directive_id = directives.id)",
                directive_ids)
        # (relink passes over the local documents, scoped to this article alone)
        relink.relink(db, {base_of(key) for _id, key in cited})
    return DeletedArticle(article_id, row[0] or "", row[1] or "", len(note_ids))
