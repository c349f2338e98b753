"""Writes to the library. Each public function is one ``db.atomic()`` unit.

An article is stored with everything the analyser found in one transaction, so
a crash or a cancel never leaves half an article behind.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core import linking
from desktop.core.models import ParsedArticle
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


def _known_terms(db: Database, bases: set[str]) -> dict[str, list[tuple[str | None, str | None]]]:
    known: dict[str, list[tuple[str | None, str | None]]] = {}
    for base in bases:
        rows = db.execute(
            "SELECT term, issue_date FROM directives WHERE key >= ? AND key < ?",
            [base + "|", base + "|\uffff"],
        ).fetchall()
        known[base] = [(term, issued) for term, issued in rows]
    return known


def _link_directives(db: Database, article_id: int, parsed: ParsedArticle) -> None:
    """Link each directive mention of an article to its directive row (issue 4).

    ``linking.identify`` decides which directive a mention names; a new one
    gets a row, a known one is improved by what this mention states (a printed
    code over an inferred one, an issue date, a stronger term basis). Citation
    counts follow from triggers on ``mentions`` (migration 0004).
    """
    article_date = sort_date(parsed) or None
    date_key = article_date or "~"  # mentions.date_key: undated articles sort last
    scope = f"a{article_id}"  # local and issuer-less documents link within the article only
    known = _known_terms(db, {linking.base_key(ref, scope) for ref in parsed.directives})
    mention_rows = []
    for ref in parsed.directives:
        ident = linking.identify(ref, article_date, known, scope)
        row = db.execute(
            "SELECT id, code_inferred, issuer, issue_date, term_basis, canonical, issuer_group"
            " FROM directives WHERE key = ?",
            [ident.key],
        ).fetchone()
        if row is None:
            cur = db.execute(
                """INSERT INTO directives
                   (key, canonical, type, number, code, code_inferred, issuer,
                    issue_date, term, term_basis, folded, issuer_group)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
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
                    linking.issuer_group(ref.code, ref.issuer),
                ],
            )
            directive_id = int(cur.lastrowid or 0)
            known.setdefault(ident.base, []).append((ident.term, ref.issue_date))
        else:
            directive_id, code_inferred, issuer, issue_date, basis, canonical, group = row
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
                db.execute(
                    """UPDATE directives SET canonical = ?, code_inferred = ?, issuer = ?,
                         issue_date = coalesce(issue_date, ?), term_basis = ?, folded = ?,
                         issuer_group = ?
                       WHERE id = ?""",
                    [
                        new_canonical,
                        0 if printed else code_inferred,
                        new_issuer,
                        ref.issue_date,
                        str(ident.basis) if stronger else basis,
                        linking.search_key(new_canonical, new_issuer),
                        group or linking.issuer_group(ref.code, new_issuer),
                        directive_id,
                    ],
                )
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
    db.conn.executemany(
        """INSERT INTO mentions (article_id, directive_id, surface, start, "end",
               canonical, inferred, issuer, issue_date, congress, term_basis, date_key)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        mention_rows,
    )


def _write_analysis(db: Database, article_id: int, parsed: ParsedArticle) -> None:
    for table in ("mentions", "people", "places"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    _link_directives(db, article_id, parsed)
    db.conn.executemany(
        "INSERT INTO people (article_id, position, name, title, folded) VALUES (?, ?, ?, ?, ?)",
        [(article_id, i, p.name, p.title, fold_key(p.name)) for i, p in enumerate(parsed.people)],
    )
    db.conn.executemany(
        "INSERT INTO places (article_id, position, name, folded) VALUES (?, ?, ?, ?)",
        [(article_id, i, name, fold_key(name)) for i, name in enumerate(parsed.places)],
    )
    db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
    db.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        [article_id, fold(parsed.title), fold(parsed.clean_text)],
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
) -> SaveResult:
    """Store a new article and its analysis, or find the one with that hash.

    Must run inside ``db.atomic()`` (the caller groups articles in batches);
    see ``save_article`` for a single self-contained write.
    """
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    if row is not None:
        return SaveResult(row[0], False)
    columns = _analysis_columns(parsed, analyser_version)
    columns.update(
        {
            "file": file,
            "source_path": source_path,
            "origin": origin,
            "content_hash": content_hash,
            "raw_text": parsed.raw_text,
            "imported_at": now_iso(),
        }
    )
    names = ", ".join(f'"{k}"' for k in columns)
    marks = ", ".join("?" for _ in columns)
    cur = db.execute(f"INSERT INTO articles ({names}) VALUES ({marks})", list(columns.values()))
    article_id = int(cur.lastrowid or 0)
    _write_analysis(db, article_id, parsed)
    return SaveResult(article_id, True)


def save_article(db: Database, parsed: ParsedArticle, **kwargs: object) -> SaveResult:
    """``insert_article`` in a transaction of its own."""
    with db.atomic():
        return insert_article(db, parsed, **kwargs)  # type: ignore[arg-type]


def update_analysis(
    db: Database, article_id: int, parsed: ParsedArticle, analyser_version: int
) -> None:
    """Replace an article's analysis (after ``reanalyse``). Caller holds a transaction."""
    columns = _analysis_columns(parsed, analyser_version)
    assignments = ", ".join(f'"{k}" = ?' for k in columns)
    db.execute(
        f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id]
    )
    _write_analysis(db, article_id, parsed)
    # Orphaned directives (no mention left) go, so counts stay honest.
    db.execute("DELETE FROM directives WHERE id NOT IN (SELECT directive_id FROM mentions)")
