"""The library schema, as one numbered sqlite-utils migration set.

Never edit a migration that has shipped: add a new function below. Each runs
in its own transaction, applied on every open (idempotent). A library whose
applied names include one this code does not know was made by a newer version
and is refused (see ``db.open_library``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "giaoban"

migrations = Migrations(MIGRATION_SET)


def _exec(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migrations(name="0001_articles")
def m0001_articles(db: Database) -> None:
    """Articles and what the analyser extracted from them."""
    _exec(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            source_path TEXT,
            origin TEXT NOT NULL DEFAULT 'import',   -- 'seed' | 'import'
            content_hash TEXT NOT NULL UNIQUE,
            raw_text TEXT NOT NULL,
            clean_text TEXT NOT NULL DEFAULT '',
            offset_map TEXT NOT NULL DEFAULT '[]',   -- JSON [[clean, raw], ...]
            title TEXT NOT NULL DEFAULT '',
            sort_title TEXT NOT NULL DEFAULT '',     -- fold_key(title)
            published TEXT,                          -- ISO date
            event_date TEXT,                         -- ISO date, day known
            event_start TEXT,                        -- ISO, period start
            event_end TEXT,                          -- ISO, period end
            event_precision TEXT,                    -- day|month|quarter|half-year|year
            sort_date TEXT NOT NULL DEFAULT '',      -- event, else published, else ''
            byline TEXT,
            outlet TEXT,
            kind TEXT NOT NULL DEFAULT 'other',
            level TEXT NOT NULL DEFAULT 'central',
            analyser_version INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX idx_articles_sort_date ON articles(sort_date, id)",
        "CREATE INDEX idx_articles_sort_title ON articles(sort_title, id)",
        "CREATE INDEX idx_articles_kind ON articles(kind)",
        """
        CREATE TABLE directives (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,       -- identity across articles
            canonical TEXT NOT NULL,
            type TEXT NOT NULL,
            number TEXT NOT NULL,
            code TEXT,
            code_inferred INTEGER NOT NULL DEFAULT 0,
            issuer TEXT,
            issue_date TEXT,
            term TEXT,                      -- Party term the document belongs to
            term_basis TEXT,                -- how the term was decided
            folded TEXT NOT NULL DEFAULT '' -- fold_key of canonical, for filtering
        )
        """,
        "CREATE INDEX idx_directives_type ON directives(type)",
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            directive_id INTEGER NOT NULL REFERENCES directives(id),
            surface TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            canonical TEXT NOT NULL,        -- as the analyser gave it for this mention
            inferred INTEGER NOT NULL DEFAULT 0,
            issuer TEXT,
            issue_date TEXT,
            congress TEXT
        )
        """,
        "CREATE INDEX idx_mentions_directive ON mentions(directive_id, article_id)",
        "CREATE INDEX idx_mentions_article ON mentions(article_id)",
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            folded TEXT NOT NULL
        )
        """,
        "CREATE INDEX idx_people_article ON people(article_id)",
        "CREATE INDEX idx_people_folded ON people(folded, article_id)",
        """
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,             -- as printed
            folded TEXT NOT NULL            -- fold_key, the grouping key
        )
        """,
        "CREATE INDEX idx_places_article ON places(article_id)",
        "CREATE INDEX idx_places_folded ON places(folded, article_id)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    )


@migrations(name="0002_notes")
def m0002_notes(db: Database) -> None:
    """The user's notes: W3C text-position and text-quote selectors."""
    _exec(
        db,
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            state TEXT NOT NULL DEFAULT 'anchored',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )
        """,
        "CREATE INDEX idx_notes_article ON notes(article_id, start)",
        """
        CREATE TABLE note_tags (
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (note_id, tag)
        )
        """,
        "CREATE INDEX idx_note_tags_tag ON note_tags(tag)",
    )


@migrations(name="0003_search")
def m0003_search(db: Database) -> None:
    """Full-text indexes over a diacritic-folded copy of the text.

    SQLite's ``remove_diacritics`` leaves đ alone, so the index holds
    ``text.fold`` output (đ -> d) and queries are folded the same way.
    """
    _exec(
        db,
        """
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE VIRTUAL TABLE note_search USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
    )


def known_names() -> list[str]:
    """The names of every migration this code knows, in order."""
    return [m.name for m in migrations._migrations]
