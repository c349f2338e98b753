"""Whole-library operations: re-analysis. Qt-free."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from desktop.core.parse import ANALYSER_VERSION, parse_article
from desktop.core.store import writes

BATCH = 200


def reanalyse(
    db: Database,
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Re-run the analyser over stored articles, in date order.

    Articles analysed by an older analyser (or all, with ``force``) get fresh
    clean text and findings. Date order makes directive linking deterministic.
    Notes are re-anchored to the new text by ``on_text_changed`` hooks.

    Returns:
        How many articles were re-analysed.
    """
    where = "" if force else f" WHERE analyser_version < {int(ANALYSER_VERSION)}"
    ids = [r[0] for r in db.execute(f"SELECT id FROM articles{where} ORDER BY sort_date, id")]
    for start in range(0, len(ids), BATCH):
        with db.atomic():
            for article_id in ids[start : start + BATCH]:
                (raw,) = db.execute("SELECT raw_text FROM articles WHERE id = ?", [article_id]).fetchone()
                old = db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
                parsed = parse_article(raw)
                writes.update_analysis(db, article_id, parsed, ANALYSER_VERSION)
                if parsed.clean_text != old:
                    for hook in TEXT_CHANGED_HOOKS:
                        hook(db, article_id)
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))
    return len(ids)


# Called inside the transaction when an article's clean text changed (notes
# re-anchor themselves here).
TEXT_CHANGED_HOOKS: list[Callable[[Database, int], None]] = []
