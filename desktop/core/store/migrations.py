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


@migrations(name="0004_directive_counts")
def m0004_directive_counts(db: Database) -> None:
    """Citation counts and issuer groups on directives, for the directive index.

    Also each mention's term basis, so the panel can mark a link whose term was
    assumed (issue 4: "show the user which was assumed").

    The counts are kept by triggers on ``mentions``, so every writer (import,
    re-analysis, an article deleted with its mentions cascading) keeps them
    right, and the index never groups 100,000 articles' mentions on opening.
    """
    from desktop.core.linking import issuer_group

    _exec(
        db,
        "ALTER TABLE directives ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE directives ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE directives ADD COLUMN issuer_group TEXT NOT NULL DEFAULT ''",
        # How this mention was tied to its directive's term (linking.TermBasis).
        "ALTER TABLE mentions ADD COLUMN term_basis TEXT",
        # The citing article's sort date ('~' when undated, so undated sorts
        # last), copied here so a directive's citing articles page in date
        # order straight off an index: the first page of 10,000 reads ~15 rows.
        "ALTER TABLE mentions ADD COLUMN date_key TEXT NOT NULL DEFAULT '~'",
        """
        UPDATE mentions SET date_key = coalesce(
            (SELECT nullif(sort_date, '') FROM articles a WHERE a.id = mentions.article_id), '~')
        """,
        "CREATE INDEX idx_mentions_directive_date ON mentions(directive_id, date_key, article_id)",
        # Whoever changes an article's date, its mentions follow.
        """
        CREATE TRIGGER articles_date_to_mentions AFTER UPDATE OF sort_date ON articles BEGIN
            UPDATE mentions SET date_key = coalesce(nullif(NEW.sort_date, ''), '~')
            WHERE article_id = NEW.id;
        END
        """,
        """
        CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
            UPDATE directives SET
                mention_count = mention_count + 1,
                article_count = article_count + (
                    SELECT count(*) = 1 FROM mentions
                    WHERE directive_id = NEW.directive_id AND article_id = NEW.article_id)
            WHERE id = NEW.directive_id;
        END
        """,
        """
        CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
            UPDATE directives SET
                mention_count = mention_count - 1,
                article_count = article_count - NOT EXISTS (
                    SELECT 1 FROM mentions
                    WHERE directive_id = OLD.directive_id AND article_id = OLD.article_id)
            WHERE id = OLD.directive_id;
        END
        """,
        """
        UPDATE directives SET
            mention_count = (SELECT count(*) FROM mentions m WHERE m.directive_id = directives.id),
            article_count = (SELECT count(DISTINCT article_id) FROM mentions m
                             WHERE m.directive_id = directives.id)
        """,
        "CREATE INDEX idx_directives_group ON directives(issuer_group, article_count)",
        # The panel orders a directive's 10,000 citing articles by date: reading
        # sort_date from the table walks past raw_text and clean_text (overflow
        # pages) for each; this index answers id -> sort_date alone.
        "CREATE INDEX idx_articles_id_date ON articles(id, sort_date)",
        # Stated issue dates of one directive, without reading all its mentions.
        "CREATE INDEX idx_mentions_issue_date ON mentions(directive_id, issue_date)"
        " WHERE issue_date IS NOT NULL",
    )
    rows = db.execute("SELECT id, code, issuer FROM directives").fetchall()
    db.conn.executemany(
        "UPDATE directives SET issuer_group = ? WHERE id = ?",
        [(issuer_group(code, issuer), did) for did, code, issuer in rows],
    )


@migrations(name="0005_timeline_index")
def m0005_timeline_index(db: Database) -> None:
    """A covering index for the timeline's counts and range reads.

    Everything the timeline groups or filters on sits in the index, so its
    counts scan the index, not the article rows (whose texts spill over many
    pages), and a range read touches only the rows it returns.
    """
    _exec(
        db,
        """CREATE INDEX idx_articles_timeline ON articles(
               sort_date, kind, level, event_precision, event_date, event_end)""",
    )


@migrations(name="0006_article_source_path")
def m0006_article_source_path(db: Database) -> None:
    """Find an article by the file it came from.

    Importing a corrected version of a file (same path and name, changed text)
    replaces that article's text and re-anchors its notes (issue 6) instead of
    adding a second article; without this index every imported file would scan
    the whole library to find out.
    """
    _exec(db, "CREATE INDEX idx_articles_source_path ON articles(source_path) WHERE source_path IS NOT NULL")
