"""Writes to the library. Each public function is one ``db.atomic()`` unit.

An article is stored with everything the analyser found in one transaction, so
a crash or a cancel never leaves half an article behind.

The importer stores thousands of articles a minute (issue 9: at least 1,000
articles/s), so storing is split in three:

* ``derive``: everything that depends on the article alone (folded search
  text, sort keys, people and place rows). Pure; the importer runs it in its
  analysis processes, off the writing thread.
* ``Batch``: what many articles written in one transaction share: the
  directive rows already read (one range query per directive base and batch
  instead of several queries per mention), and the search rows, written to
  the FTS5 index once per batch. FTS5 flushes its pending terms to disk at
  every savepoint, so one index insert per article savepoint made one tiny
  index segment per article, merged again and again.
* ``insert_article``: the rows, with constant SQL (statements prepared once).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core import linking
from desktop.core.models import ParsedArticle
from desktop.core.store import relink
from desktop.core.text import fold, fold_key


def now_iso() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def sort_date(parsed: ParsedArticle) -> str:
    """The date an article sorts and sits on the timeline by ('' if none)."""
    if parsed.event_date:
        return parsed.event_date
    if parsed.event_period:
        return parsed.event_period.start
    return parsed.published or ""


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What ``save_article`` did: the row id and whether it was new."""

    article_id: int
    created: bool


def _analysis_columns(parsed: ParsedArticle, analyser_version: int) -> dict[str, object]:
    period = parsed.event_period
    return {
        "clean_text": parsed.clean_text,
        "offset_map": json.dumps(parsed.offset_map, separators=(",", ":")),
        "title": parsed.title,
        "sort_title": fold_key(parsed.title),
        "published": parsed.published,
        "event_date": parsed.event_date,
        "event_start": period.start if period else None,
        "event_end": period.end if period else None,
        "event_precision": str(period.precision) if period else None,
        "sort_date": sort_date(parsed),
        "byline": parsed.byline,
        "outlet": parsed.outlet,
        "kind": str(parsed.kind),
        "level": str(parsed.level),
        "analyser_version": analyser_version,
    }


@dataclass(frozen=True, slots=True)
class Derived:
    """What storing an article needs besides its analysis, from the article alone.

    Picklable: the importer's analysis processes compute it (``derive``).

    Attributes:
        offset_map: ``offset_map`` as the JSON stored.
        sort_title: ``fold_key(title)``.
        search_title, search_body: the folded title and clean text the search
            index holds (``text.fold``).
        people: ``(position, name, title, folded)`` rows.
        places: ``(position, name, folded)`` rows.
    """

    offset_map: str
    sort_title: str
    search_title: str
    search_body: str
    people: tuple[tuple[int, str, str, str], ...]
    places: tuple[tuple[int, str, str], ...]


def derive(parsed: ParsedArticle) -> Derived:
    """The ``Derived`` values of an analysed article."""
    return Derived(
        offset_map=json.dumps(parsed.offset_map, separators=(",", ":")),
        sort_title=fold_key(parsed.title),
        search_title=fold(parsed.title),
        search_body=fold(parsed.clean_text),
        people=tuple((i, p.name, p.title, fold_key(p.name)) for i, p in enumerate(parsed.people)),
        places=tuple((i, name, fold_key(name)) for i, name in enumerate(parsed.places)),
    )


# A directive row as linking reads and changes it (see ``_Directives``).
_ID, _CODE_INFERRED, _ISSUER, _ISSUE_DATE, _BASIS, _CANONICAL, _GROUP, _TERM = range(8)


class _Directives:
    """The library's directive rows by base key, read once per base.

    ``linking.identify`` needs, for each base key, the ``(term, issue_date)``
    of every directive of that base (a key range), and linking then reads and
    updates the row of the key it chose. Inside one transaction nobody else
    writes (the importer holds the write lock), so the rows are read with one
    range query per base and then kept in step with every insert and update
    made through this object: the same answers as querying each time.
    Whatever else changes directives in the transaction must ``clear`` it.
    """

    def __init__(self, db: Database) -> None:
        self._conn = db.conn
        self._rows: dict[str, list] = {}  # key -> [id, code_inferred, issuer, ...]
        self._bases: dict[str, list[str]] = {}  # base -> keys in its range
        self._latest: dict[str, str] = {}  # base -> date_key of its latest dated mention

    def clear(self) -> None:
        """Forget everything read (after a rollback, or a write made elsewhere)."""
        self._rows.clear()
        self._bases.clear()
        self._latest.clear()

    def keys(self, base: str) -> list[str]:
        """The keys in ``base``'s range (``base|`` to ``base|\uffff``), read once."""
        keys = self._bases.get(base)
        if keys is None:
            keys = []
            for key, *row in self._conn.execute(
                "SELECT key, id, code_inferred, issuer, issue_date, term_basis, canonical,"
                " issuer_group, term FROM directives WHERE key >= ? AND key < ?",
                (base + "|", base + "|\uffff"),
            ):
                keys.append(key)
                self._rows.setdefault(key, row)
            self._bases[base] = keys
            latest = ""
            for key in keys:  # one index seek each (idx_mentions_directive_date)
                (date,) = self._conn.execute(_LATEST_MENTION, (self._rows[key][_ID],)).fetchone()
                latest = max(latest, date or "")
            self._latest[base] = latest
        return keys

    def out_of_order(self, base: str, date_key: str) -> bool:
        """Whether a mention dated ``date_key`` comes before one already linked (then note it).

        Linking in date order decides what ``relink`` would: a mention dated
        before another of its base was linked without what that one taught.
        """
        self.keys(base)
        if date_key == "~":  # undated: after every dated one
            return False
        latest = self._latest.get(base, "")
        self._latest[base] = max(latest, date_key)
        return date_key < latest

    def known(self, base: str) -> list[tuple[str | None, ...]]:
        """``(term, issue_date, term_basis)`` of every directive of ``base`` (``linking.identify``)."""
        rows = self._rows
        return [(rows[k][_TERM], rows[k][_ISSUE_DATE], rows[k][_BASIS]) for k in self.keys(base)]

    def get(self, base: str, key: str) -> list | None:
        """The row of ``key`` (which lies in ``base``'s range), or None."""
        self.keys(base)
        return self._rows.get(key)

    def added(self, key: str, row: list) -> None:
        """Record a directive just inserted, in every base range read that holds it."""
        self._rows[key] = row
        for i, char in enumerate(key):
            if char == "|":
                keys = self._bases.get(key[:i])
                if keys is not None:
                    keys.append(key)


_LATEST_MENTION = "SELECT max(date_key) FROM mentions WHERE directive_id = ? AND date_key < '~'"
_INSERT_DIRECTIVE = """INSERT INTO directives
    (key, canonical, type, number, code, code_inferred, issuer,
     issue_date, term, term_basis, folded, issuer_group)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_UPDATE_DIRECTIVE = """UPDATE directives SET canonical = ?, code_inferred = ?, issuer = ?,
    issue_date = coalesce(issue_date, ?), term_basis = ?, folded = ?, issuer_group = ?
    WHERE id = ?"""
_INSERT_MENTIONS = """INSERT INTO mentions (article_id, directive_id, surface, start, "end",
    canonical, inferred, issuer, issue_date, congress, term_basis, date_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def _link_directives(
    db: Database, article_id: int, parsed: ParsedArticle, directives: _Directives | None = None
) -> set[str]:
    """Link each directive mention of an article to its directive row (issue 4).

    ``linking.identify`` decides which directive a mention names; a new one
    gets a row, a known one is improved by what this mention states (a printed
    code over an inferred one, an issue date, a stronger term basis). Citation
    counts follow from triggers on ``mentions`` (migration 0004).

    Args:
        db: the library, in a transaction.
        article_id: the article.
        parsed: its analysis.
        directives: the batch's directive rows (``Batch``); None reads afresh.

    Returns:
        The base keys of national directives whose links may differ from what
        linking in date order would give (``relink``): a mention dated before
        one already linked, or a directive added or changed (what it teaches
        may bear on mentions linked before).
    """
    if not parsed.directives:
        return set()
    if directives is None:
        directives = _Directives(db)
    conn = db.conn
    article_date = sort_date(parsed) or None
    date_key = article_date or "~"  # mentions.date_key: undated articles sort last
    scope = f"a{article_id}"  # local and issuer-less documents link within the article only
    # What the library knows as this article starts; directives this article
    # adds are appended below, as they are inserted.
    ref_bases = [linking.base_key(ref, scope) for ref in parsed.directives]
    known = {base: directives.known(base) for base in ref_bases}
    stated: dict[str, set[str | None]] = {}  # base -> the terms this article states for it
    for ref, base in zip(parsed.directives, ref_bases):
        said = linking.stated_identity(ref, base)
        if said is not None:
            stated.setdefault(base, set()).add(said.term)
    mention_rows = []
    unsettled = set()
    for ref in parsed.directives:
        ident = linking.within_article(linking.identify(ref, article_date, known, scope), stated)
        row = directives.get(ident.base, ident.key)
        if directives.out_of_order(ident.base, date_key):
            unsettled.add(ident.base)
        if row is None:
            unsettled.add(ident.base)
            group = linking.issuer_group(ref.code, ref.issuer)
            cur = conn.execute(
                _INSERT_DIRECTIVE,
                (
                    ident.key,
                    ref.canonical,
                    ref.type,
                    ref.number,
                    ref.code,
                    int(ref.inferred),
                    ref.issuer,
                    ref.issue_date,
                    ident.term,
                    str(ident.basis),
                    linking.search_key(ref.canonical, ref.issuer),
                    group,
                ),
            )
            directive_id = int(cur.lastrowid or 0)
            directives.added(
                ident.key,
                [
                    directive_id,
                    int(ref.inferred),
                    ref.issuer,
                    ref.issue_date,
                    str(ident.basis),
                    ref.canonical,
                    group,
                    ident.term,
                ],
            )
            known.setdefault(ident.base, []).append((ident.term, ref.issue_date, str(ident.basis)))
        else:
            directive_id, code_inferred, issuer, issue_date, basis, canonical, group, _ = row
            # A printed code seen later replaces an inferred one ("Chỉ thị 35 của
            # Bộ Chính trị" first, "Chỉ thị số 35-CT/TW" later).
            printed = bool(code_inferred and ref.code and not ref.inferred)
            new_canonical = ref.canonical if printed else canonical
            new_issuer = issuer or ref.issuer
            stronger = linking.BASIS_STRENGTH.get(str(ident.basis), 0) > linking.BASIS_STRENGTH.get(
                basis or "", 0
            )
            changed = (
                printed
                or new_issuer != issuer
                or (not issue_date and ref.issue_date)
                or stronger
                or not group
            )
            if changed:
                unsettled.add(ident.base)
                new_values = (
                    new_canonical,
                    0 if printed else code_inferred,
                    new_issuer,
                    ref.issue_date,
                    str(ident.basis) if stronger else basis,
                    linking.search_key(new_canonical, new_issuer),
                    group or linking.issuer_group(ref.code, new_issuer),
                )
                conn.execute(_UPDATE_DIRECTIVE, (*new_values, directive_id))
                # The row as the UPDATE left it (issue_date: coalesce).
                row[_CANONICAL], row[_CODE_INFERRED], row[_ISSUER] = new_values[:3]
                row[_ISSUE_DATE] = issue_date if issue_date is not None else ref.issue_date
                row[_BASIS], row[_GROUP] = new_values[4], new_values[6]
        mention_rows.append(
            (
                article_id,
                directive_id,
                ref.surface,
                ref.start,
                ref.end,
                ref.canonical,
                int(ref.inferred),
                ref.issuer,
                ref.issue_date,
                ref.congress,
                str(ident.basis),
                date_key,
            )
        )
    conn.executemany(_INSERT_MENTIONS, mention_rows)
    return set(relink.relinkable(unsettled))


class Batch:
    """What many ``insert_article`` calls in one transaction share (an import batch).

    Use::

        db.execute("BEGIN IMMEDIATE")
        batch = Batch(db)
        for ...:
            with batch.article():  # a savepoint: the article whole or not at all
                insert_article(db, parsed, ..., batch=batch)
        batch.commit()  # the search rows, then COMMIT

    Search rows wait in the batch until ``finish``: a rolled-back article's
    row is dropped with it, so the index holds exactly the committed articles.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self.directives = _Directives(db)
        self._search: list[tuple[int, str, str]] = []
        #: national directive bases linked in this batch: the caller relinks
        #: them (``relink.relink``) once the whole import is in
        self.touched: set[str] = set()

    @contextlib.contextmanager
    def article(self) -> Iterator[None]:
        """A savepoint around one article's writes; on an error, none of them stay."""
        conn = self._db.conn
        mark = len(self._search)
        conn.execute("SAVEPOINT batch_article")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO batch_article")
                conn.execute("RELEASE batch_article")
            del self._search[mark:]
            self.directives.clear()  # rows read or changed inside are undone
            raise
        conn.execute("RELEASE batch_article")

    def search_row(self, article_id: int, title: str, body: str) -> None:
        """Queue an article's search row for ``finish``."""
        self._search.append((article_id, title, body))

    @contextlib.contextmanager
    def elsewhere(self) -> Iterator[None]:
        """Around writes in the batch's transaction made by other code (a corrected text)."""
        try:
            yield
        finally:
            self.directives.clear()  # they may have changed directives

    def finish(self) -> None:
        """Write the queued search rows (before the transaction commits)."""
        if self._search:
            self._db.conn.executemany(
                "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", self._search
            )
            self._search.clear()

    def commit(self) -> None:
        """``finish``, then commit the transaction."""
        self.finish()
        self._db.conn.execute("COMMIT")


def _write_analysis(
    db: Database,
    article_id: int,
    parsed: ParsedArticle,
    *,
    derived: Derived | None = None,
    batch: Batch | None = None,
    new: bool = False,
    touched: set[str] | None = None,
) -> None:
    """Write an article's mentions, people, places and search row.

    Its directives are relinked (``relink``) at once, unless ``touched`` (or
    the batch) collects their bases for the caller to relink at the end.
    """
    conn = db.conn
    if derived is None:
        derived = derive(parsed)
    if not new:
        for table in ("mentions", "people", "places"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    bases = _link_directives(db, article_id, parsed, batch.directives if batch is not None else None)
    if batch is not None:
        batch.touched |= bases
    elif touched is not None:
        touched |= bases
    else:
        relink.relink(db, bases)
    if derived.people:
        conn.executemany(
            "INSERT INTO people (article_id, position, name, title, folded) VALUES (?, ?, ?, ?, ?)",
            [(article_id, *row) for row in derived.people],
        )
    if derived.places:
        conn.executemany(
            "INSERT INTO places (article_id, position, name, folded) VALUES (?, ?, ?, ?)",
            [(article_id, *row) for row in derived.places],
        )
    if batch is not None and new:
        batch.search_row(article_id, derived.search_title, derived.search_body)
        return
    if not new:
        conn.execute("DELETE FROM article_search WHERE rowid = ?", (article_id,))
    conn.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        (article_id, derived.search_title, derived.search_body),
    )


_ARTICLE_COLUMNS = (
    "clean_text",
    "offset_map",
    "title",
    "sort_title",
    "published",
    "event_date",
    "event_start",
    "event_end",
    "event_precision",
    "sort_date",
    "byline",
    "outlet",
    "kind",
    "level",
    "analyser_version",
    "file",
    "source_path",
    "origin",
    "content_hash",
    "raw_text",
    "imported_at",
)
_INSERT_ARTICLE = "INSERT INTO articles ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in _ARTICLE_COLUMNS), ", ".join("?" for _ in _ARTICLE_COLUMNS)
)


def insert_article(
    db: Database,
    parsed: ParsedArticle,
    *,
    file: str,
    content_hash: str,
    analyser_version: int,
    source_path: str | None = None,
    origin: str = "import",
    batch: Batch | None = None,
    derived: Derived | None = None,
) -> SaveResult:
    """Store a new article and its analysis, or find the one with that hash.

    Must run inside ``db.atomic()`` (the caller groups articles in batches);
    see ``save_article`` for a single self-contained write.

    Args:
        db: the library, in a transaction.
        parsed: the analysis.
        file, content_hash, analyser_version, source_path, origin: the
            article's own columns.
        batch: the import batch this write belongs to (``Batch``), whose
            ``finish`` then writes the search row; None writes it now.
        derived: ``derive(parsed)`` when already computed (the importer's
            analysis processes do).
    """
    conn = db.conn
    row = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
    if row is not None:
        return SaveResult(row[0], False)
    if derived is None:
        derived = derive(parsed)
    period = parsed.event_period
    cur = conn.execute(
        _INSERT_ARTICLE,
        (
            parsed.clean_text,
            derived.offset_map,
            parsed.title,
            derived.sort_title,
            parsed.published,
            parsed.event_date,
            period.start if period else None,
            period.end if period else None,
            str(period.precision) if period else None,
            sort_date(parsed),
            parsed.byline,
            parsed.outlet,
            str(parsed.kind),
            str(parsed.level),
            analyser_version,
            file,
            source_path,
            origin,
            content_hash,
            parsed.raw_text,
            now_iso(),
        ),
    )
    article_id = int(cur.lastrowid or 0)
    _write_analysis(db, article_id, parsed, derived=derived, batch=batch, new=True)
    return SaveResult(article_id, True)


def save_article(db: Database, parsed: ParsedArticle, **kwargs: object) -> SaveResult:
    """``insert_article`` in a transaction of its own."""
    with db.atomic():
        return insert_article(db, parsed, **kwargs)  # type: ignore[arg-type]


def update_analysis(
    db: Database,
    article_id: int,
    parsed: ParsedArticle,
    analyser_version: int,
    touched: set[str] | None = None,
) -> None:
    """Replace an article's analysis (after ``reanalyse``). Caller holds a transaction.

    ``touched``: see ``_write_analysis`` (a re-analysis of many articles relinks once, at the end).
    """
    columns = _analysis_columns(parsed, analyser_version)
    assignments = ", ".join(f'"{k}" = ?' for k in columns)
    db.execute(
        f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id]
    )
    _write_analysis(db, article_id, parsed, touched=touched)
    # Orphaned directives (no mention left) go, so counts stay honest.
    db.execute("DELETE FROM directives WHERE id NOT IN (SELECT directive_id FROM mentions)")
