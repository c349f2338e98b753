"""The user's notes: reads and writes. Each write is its own transaction.

A note is saved the moment it is made or edited, so closing the window, a
crash or a power cut never loses one that was reported saved. When an
article's text changes, every note on it re-anchors (``reanchor_article``);
one that cannot be placed safely is marked needs-review, never moved or
dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop import labels
from desktop.core import anchor as anchoring
from desktop.core.models import Anchor, AnchorState, DateKind, Note
from desktop.core.store.writes import now_iso
from desktop.core.text import fold, nfc

if TYPE_CHECKING:
    from desktop.core.export import ExportGroup

COLOURS = ("yellow", "blue", "green", "orange", "pink")

_COLS = 'n.id, n.article_id, n.start, n."end", n.exact, n.prefix, n.suffix, n.content_hash, n.comment, n.color, n.state, n.created, n.modified'


class NoteError(Exception):
    """A note cannot be made as asked (no such article, bad span)."""


def _clean_tags(tags: Iterable[str], db: Database | None = None) -> tuple[str, ...]:
    """The tags, each once whatever its case, spelled as the library already spells them
    (``nhân sự`` typed when ``Nhân sự`` is in use), else as first typed."""
    seen: dict[str, str] = {}
    for tag in tags:
        tag = nfc(tag).strip()
        if tag:
            seen.setdefault(tag.casefold(), tag)
    if seen and db is not None:
        for folded, spellings in _spellings(db).items():
            if folded in seen:
                seen[folded] = spellings[-1]
    return tuple(seen.values())


def _spellings(db: Database) -> dict[str, list[str]]:
    """The library's tags as spelled, by their case-folded form (SQLite's own NOCASE folds
    ASCII letters only; a library holds a few hundred tags at most)."""
    found: dict[str, list[str]] = {}
    for (tag,) in db.execute("SELECT DISTINCT tag FROM note_tags"):
        found.setdefault(tag.casefold(), []).append(tag)
    return found


def _row_to_note(row: Sequence[object], tags: tuple[str, ...]) -> Note:
    return Note(
        id=int(row[0]),  # type: ignore[arg-type]
        article_id=int(row[1]),  # type: ignore[arg-type]
        anchor=Anchor(
            start=int(row[2]),  # type: ignore[arg-type]
            end=int(row[3]),  # type: ignore[arg-type]
            exact=str(row[4]),
            prefix=str(row[5]),
            suffix=str(row[6]),
            content_hash=str(row[7]),
        ),
        comment=str(row[8]),
        tags=tags,
        color=str(row[9]),
        state=AnchorState(str(row[10])),
        created=str(row[11]),
        modified=str(row[12]),
    )


def _tags_for(db: Database, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for note_id, tag in db.execute(
            f"SELECT note_id, tag FROM note_tags WHERE note_id IN ({marks}) ORDER BY rowid", chunk
        ):
            found[note_id].append(tag)
    return {k: tuple(v) for k, v in found.items()}


def _notes(db: Database, sql: str, params: Sequence[object]) -> list[Note]:
    rows = db.execute(sql, list(params)).fetchall()
    tags = _tags_for(db, [r[0] for r in rows])
    return [_row_to_note(r, tags[r[0]]) for r in rows]


def _index(db: Database, note_id: int, anchor: Anchor, comment: str, tags: Sequence[str]) -> None:
    db.execute("DELETE FROM note_search WHERE rowid = ?", [note_id])
    db.execute(
        "INSERT INTO note_search (rowid, text) VALUES (?, ?)",
        [note_id, fold(" \n".join([anchor.exact, comment, *tags]))],
    )


def _set_tags(db: Database, note_id: int, tags: tuple[str, ...]) -> None:
    db.execute("DELETE FROM note_tags WHERE note_id = ?", [note_id])
    for tag in tags:
        db.execute("INSERT INTO note_tags (note_id, tag) VALUES (?, ?)", [note_id, tag])


def text_hash(clean_text: str) -> str:
    """The hash a note's anchor records: SHA-256 of the exact clean text.

    Not ``text.content_hash`` (the article's identity, which ignores white
    space): offsets are only valid for the very same characters.
    """
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


def _article_text(db: Database, article_id: int) -> tuple[str, str]:
    row = db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NoteError(f"no article {article_id}")
    return row[0], text_hash(row[0])


def add_note(
    db: Database,
    article_id: int,
    start: int,
    end: int,
    comment: str = "",
    tags: Iterable[str] = (),
    color: str = "yellow",
    note_id: int | None = None,
) -> Note:
    """Save a new note on ``[start, end)`` of an article's clean text.

    Args:
        note_id: reuse this id (Undo of a delete brings the note back as it
            was); None for a new note.

    Raises:
        NoteError: no such article, or an empty/out-of-range span.
    """
    text, content_hash = _article_text(db, article_id)
    try:
        anchor = anchoring.make_anchor(text, start, end, content_hash)
    except ValueError as exc:
        raise NoteError(str(exc)) from exc
    return _insert(db, article_id, anchor, comment, tags, color, AnchorState.ANCHORED, note_id)


def _insert(
    db: Database,
    article_id: int,
    anchor: Anchor,
    comment: str,
    tags: Iterable[str],
    color: str,
    state: AnchorState,
    note_id: int | None = None,
    created: str | None = None,
    modified: str | None = None,
) -> Note:
    clean_tags = _clean_tags(tags, db)
    comment = nfc(comment)
    color = color if color in COLOURS else COLOURS[0]
    stamp = now_iso()
    with db.atomic():
        cur = db.execute(
            """INSERT INTO notes (id, article_id, start, "end", exact, prefix, suffix,
                   content_hash, comment, color, state, created, modified)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                note_id,
                article_id,
                anchor.start,
                anchor.end,
                anchor.exact,
                anchor.prefix,
                anchor.suffix,
                anchor.content_hash,
                comment,
                color,
                str(state),
                created or stamp,
                modified or stamp,
            ],
        )
        new_id = int(cur.lastrowid or 0)
        _set_tags(db, new_id, clean_tags)
        _index(db, new_id, anchor, comment, clean_tags)
    note = get_note(db, new_id)
    assert note is not None
    return note


def restore_note(db: Database, note: Note) -> Note:
    """Bring back a deleted note exactly as it was (Undo)."""
    return _insert(
        db,
        note.article_id,
        note.anchor,
        note.comment,
        note.tags,
        note.color,
        note.state,
        note_id=note.id,
        created=note.created,
        modified=note.modified,
    )


def update_note(
    db: Database,
    note_id: int,
    *,
    comment: str | None = None,
    tags: Iterable[str] | None = None,
    color: str | None = None,
) -> Note:
    """Change a note's comment, tags or colour; saved at once."""
    note = get_note(db, note_id)
    if note is None:
        raise NoteError(f"no note {note_id}")
    new_comment = nfc(comment) if comment is not None else note.comment
    new_tags = _clean_tags(tags, db) if tags is not None else note.tags
    new_color = color if color in COLOURS else note.color
    with db.atomic():
        db.execute(
            "UPDATE notes SET comment = ?, color = ?, modified = ? WHERE id = ?",
            [new_comment, new_color, now_iso(), note_id],
        )
        if tags is not None:
            _set_tags(db, note_id, new_tags)
        _index(db, note_id, note.anchor, new_comment, new_tags)
    updated = get_note(db, note_id)
    assert updated is not None
    return updated


def delete_note(db: Database, note_id: int) -> Note | None:
    """Delete a note; return it (for Undo), or None if there was none."""
    note = get_note(db, note_id)
    if note is None:
        return None
    with db.atomic():
        db.execute("DELETE FROM note_tags WHERE note_id = ?", [note_id])
        db.execute("DELETE FROM note_search WHERE rowid = ?", [note_id])
        db.execute("DELETE FROM notes WHERE id = ?", [note_id])
    return note


def get_note(db: Database, note_id: int) -> Note | None:
    """One note, or None."""
    found = _notes(db, f"SELECT {_COLS} FROM notes n WHERE n.id = ?", [note_id])
    return found[0] if found else None


def identical_note(db: Database, article_id: int, start: int, end: int, *, comment: str = "",
                   tags: Iterable[str] = ()) -> Note | None:
    """A note already on exactly this span saying exactly this (its tags in any case), or
    None: a command run twice need not leave two notes."""
    comment = nfc(comment)
    wanted = {t.casefold() for t in _clean_tags(tags)}
    for note in _notes(db, f"SELECT {_COLS} FROM notes n WHERE n.article_id = ? AND n.start = ? "
                           'AND n."end" = ? AND n.comment = ? ORDER BY n.id',
                       [article_id, start, end, comment]):
        if {t.casefold() for t in note.tags} == wanted:
            return note
    return None


def notes_for_article(db: Database, article_id: int) -> list[Note]:
    """The notes of one article, in text order."""
    return _notes(
        db, f"SELECT {_COLS} FROM notes n WHERE n.article_id = ? ORDER BY n.start, n.id", [article_id]
    )


@dataclass(frozen=True)
class NoteFilter:
    """Which notes the all-notes view and exports show.

    Attributes:
        text: folded match against quote, comment and tags.
        tag: exact tag.
        article_id: one article.
        ids: exactly these notes (a selection).
        order: ``date`` (newest first) or ``article`` (by article date, then
            position).
    """

    text: str = ""
    tag: str | None = None
    article_id: int | None = None
    ids: tuple[int, ...] | None = None
    order: str = "date"


def _filter_sql(db: Database, flt: NoteFilter) -> tuple[str, list[object]]:
    from desktop.core.search import fts_query

    clauses: list[str] = []
    params: list[object] = []
    if flt.text:
        match = fts_query(flt.text)
        if match is None:
            clauses.append("0")
        else:
            clauses.append("n.id IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)")
            params.append(match)
    if flt.tag:
        # a tag as typed in any case: "nhân sự" finds the notes tagged "Nhân sự"
        same = _spellings(db).get(nfc(flt.tag).strip().casefold(), [])
        clauses.append("n.id IN (SELECT note_id FROM note_tags WHERE tag IN (SELECT value FROM json_each(?)))")
        params.append(json.dumps(same, ensure_ascii=False))
    if flt.article_id is not None:
        clauses.append("n.article_id = ?")
        params.append(flt.article_id)
    if flt.ids is not None:
        clauses.append("n.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(flt.ids)))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params


def list_notes(
    db: Database, flt: NoteFilter = NoteFilter(), *, limit: int | None = None, offset: int = 0
) -> list[Note]:
    """Notes matching ``flt``, in its order, a page at a time."""
    where, params = _filter_sql(db, flt)
    if flt.order == "article":
        order = "ORDER BY a.sort_date DESC, a.id, n.start, n.id"
    else:
        order = "ORDER BY n.created DESC, n.id DESC"
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    # The article's sort date comes from the covering index (migration 0004):
    # read from the table row, it lies past the article's texts, and 10,000
    # notes would walk their overflow pages.
    return _notes(
        db,
        f"""SELECT {_COLS} FROM notes n
            JOIN articles a INDEXED BY idx_articles_id_date ON a.id = n.article_id{where} {order}{page}""",
        params,
    )


def count_notes(db: Database, flt: NoteFilter = NoteFilter()) -> int:
    """How many notes match ``flt``."""
    where, params = _filter_sql(db, flt)
    return int(db.execute(f"SELECT count(*) FROM notes n{where}", params).fetchone()[0])


def all_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag with its note count, most used first."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT tag, count(*) FROM note_tags GROUP BY tag ORDER BY count(*) DESC, tag"
        )
    ]


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A note with what the all-notes view shows of its article.

    Attributes:
        note: the note.
        title: the article's title ("" when it has none; show ``file``).
        file: the file the article was imported from.
        date: the article's date (ISO, event else publication), or None.
        period: ``(start, precision)`` when ``date`` stands for a year, a half-year or a
            quarter the meeting is known by (``date`` is then its year), else None.
    """

    note: Note
    title: str
    file: str
    date: str | None
    period: tuple[str, str] | None = None


_Info = tuple[str, str, str | None, DateKind, tuple[str, str] | None, str | None, str | None]
_NO_INFO: _Info = ("", "", None, DateKind.PUBLISHED, None, None, None)


def _article_info(db: Database, ids: Iterable[int]) -> dict[int, _Info]:
    """``id -> (title, file, date, date kind, period, outlet, byline)`` for some articles."""
    wanted = list(dict.fromkeys(ids))
    found: dict[int, _Info] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(
            f"""SELECT id, title, file, published, event_date, event_start, event_precision, outlet, byline
                FROM articles WHERE id IN ({marks})""",
            chunk,
        ):
            found[r[0]] = (r[1] or "", r[2] or "", *_citation_date(r[3], r[4], r[5], r[6]), r[7], r[8])
    return found


def _citation_date(
    published: str | None, event_date: str | None, event_start: str | None, precision: str | None
) -> tuple[str | None, DateKind, tuple[str, str] | None]:
    """The date an article is cited by, which it is (published, else the meeting's), and the
    period it stands for.

    A meeting known only as a period ("6 tháng đầu năm 2024") is cited by
    what is known of it (``2024-03`` for a month, else ``2024``), never by the
    period's first day, which would read as an exact date; a year, a half-year
    or a quarter also gives ``(start, precision)``, to be named in words.
    """
    if published:
        return published, DateKind.PUBLISHED, None
    if event_date:
        return event_date, DateKind.MEETING, None
    if event_start:
        if precision == "month":
            return event_start[:7], DateKind.MEETING, None
        period = (event_start, precision) if precision in labels.PERIODS else None
        return event_start[:4], DateKind.MEETING, period
    return None, DateKind.PUBLISHED, None


def list_note_rows(
    db: Database, flt: NoteFilter = NoteFilter(), *, limit: int | None = None, offset: int = 0
) -> list[NoteRow]:
    """``list_notes`` with each note's article title, file and date (one page)."""
    found = list_notes(db, flt, limit=limit, offset=offset)
    info = _article_info(db, (n.article_id for n in found))
    rows = []
    for note in found:
        title, file, date, _kind, period, _outlet, _byline = info.get(note.article_id, _NO_INFO)
        rows.append(NoteRow(note, title, file, date, period))
    return rows


def noted_articles(db: Database) -> list[tuple[int, str, int]]:
    """``(article id, title or file, note count)`` of every article with notes, by title."""
    return [
        (r[0], r[1], r[2])
        for r in db.execute(
            """SELECT a.id, CASE WHEN a.title != '' THEN a.title ELSE a.file END, c.n
               FROM (SELECT article_id, count(*) AS n FROM notes GROUP BY article_id) c
               JOIN articles a ON a.id = c.article_id
               ORDER BY a.sort_title, a.id"""
        )
    ]


def export_groups(db: Database, flt: NoteFilter = NoteFilter()) -> list[ExportGroup]:
    """The notes matching ``flt``, grouped by article with each one's citation.

    This is what every export (window, command line, benchmark) renders with
    ``export.export_notes``; it reads the notes in one query and the cited
    articles in chunks, never one query per note.
    """
    from desktop.core.export import Citation, ExportGroup

    found = list_notes(db, NoteFilter(text=flt.text, tag=flt.tag, article_id=flt.article_id, ids=flt.ids, order="article"))
    by_article: dict[int, list[Note]] = {}
    for note in found:
        by_article.setdefault(note.article_id, []).append(note)
    info = _article_info(db, by_article)
    groups = []
    for article_id, group in by_article.items():
        title, file, date, kind, period, outlet, byline = info[article_id]
        groups.append(
            ExportGroup(
                Citation(article_id=article_id, title=title, date=date, outlet=outlet, byline=byline, file=file,
                         date_kind=kind, period=period),
                tuple(group),
            )
        )
    return groups


def reanchor_article(db: Database, article_id: int) -> list[tuple[int, str]]:
    """Re-anchor every note of an article to its current text.

    Runs inside the caller's transaction when there is one (re-analysis, a
    corrected version imported), so the new text and the notes' new positions
    land together; otherwise in a transaction of its own.

    Returns:
        ``(note_id, method)`` for each note (``needs_review`` for those that
        could not be placed safely; their old anchor is kept as it was).
    """
    text, content_hash = _article_text(db, article_id)
    results: list[tuple[int, str]] = []
    with db.atomic():
        for note in notes_for_article(db, article_id):
            old = note.anchor
            if old.content_hash == content_hash and text[old.start : old.end] == old.exact:
                if note.state is AnchorState.NEEDS_REVIEW:
                    # The text came back to the one the note was taken from:
                    # its passage is exactly where it was.
                    db.execute("UPDATE notes SET state = ? WHERE id = ?", [str(AnchorState.ANCHORED), note.id])
                results.append((note.id, "unchanged"))
                continue
            new_anchor, state, method = anchoring.reanchor(old, text, content_hash)
            db.execute(
                """UPDATE notes SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?,
                       content_hash = ?, state = ? WHERE id = ?""",
                [
                    new_anchor.start,
                    new_anchor.end,
                    new_anchor.exact,
                    new_anchor.prefix,
                    new_anchor.suffix,
                    new_anchor.content_hash,
                    str(state),
                    note.id,
                ],
            )
            if new_anchor.exact != old.exact:
                # A fuzzy match took the passage's new wording: search it.
                _index(db, note.id, new_anchor, note.comment, note.tags)
            results.append((note.id, str(method)))
    return results


def _on_text_changed(db: Database, article_id: int) -> None:
    reanchor_article(db, article_id)


def install_hooks() -> None:
    """Re-anchor notes whenever re-analysis changes an article's text."""
    from desktop.core.library_ops import TEXT_CHANGED_HOOKS

    if _on_text_changed not in TEXT_CHANGED_HOOKS:
        TEXT_CHANGED_HOOKS.append(_on_text_changed)


install_hooks()
