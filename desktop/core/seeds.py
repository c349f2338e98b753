"""Whether the bundled seed articles still need loading. Qt-free and light.

Kept apart from the importer so that start-up can ask without importing the
analyser (about half a second) when, as on every start but the first, the
seeds are already in the library.
"""

from __future__ import annotations

from sqlite_utils import Database

SEEDS_VERSION = "1"


def seeds_pending(db: Database) -> bool:
    """True when this library has not had this version of the seeds loaded."""
    row = db.execute("SELECT value FROM meta WHERE key = 'seeds_version'").fetchone()
    return row is None or row[0] != SEEDS_VERSION


def record_seeds(db: Database) -> None:
    """Record that this library has had this version of the seeds: loaded, or declined (a
    library the user made for their own articles, ``import --library NEW``, holds only what
    they put in it). A bundled article the user deleted does not come back."""
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeds_version', ?)", [SEEDS_VERSION])
