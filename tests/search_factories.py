"""Articles built by hand for the search, facet and filter tests.

They go through the real store writes (``writes.save_article``), so the
search index, people, places and directive rows are exactly what an import
writes; only the analysis is given instead of computed, which keeps these
tests about search and filters, not about the analyser.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle, Person
from desktop.core.parse import ANALYSER_VERSION  # hand-made analyses stand for current ones
from desktop.core.store import writes
from desktop.core.text import content_hash


def directive(text: str, surface: str, type_: str, number: str, code: str | None) -> DirectiveRef:
    """A directive mention of ``surface`` inside ``text``."""
    start = text.index(surface)
    canonical = f"{type_} {number}-{code}" if code else f"{type_} {number}"
    return DirectiveRef(
        surface=surface,
        canonical=canonical,
        type=type_,
        number=number,
        code=code,
        issuer=None,
        issue_date=None,
        inferred=False,
        start=start,
        end=start + len(surface),
    )


def add_article(
    db: Database,
    title: str,
    body: str,
    *,
    date: str | None = None,
    kind: str = "other",
    places: Sequence[str] = (),
    people: Sequence[str] = (),
    directives: Sequence[tuple[str, str, str, str | None]] = (),
) -> int:
    """Store one article; return its id.

    ``directives`` are ``(surface, type, number, code)`` found in ``body``.
    """
    refs = tuple(directive(body, *d) for d in directives)
    parsed = ParsedArticle(
        raw_text=title + "\n\n" + body,
        clean_text=body,
        offset_map=((0, len(title) + 2),),
        title=title,
        published=date,
        event_date=date,
        event_period=None,
        byline=None,
        outlet=None,
        kind=MeetingKind(kind),
        level=Level.PROVINCE,
        directives=refs,
        people=tuple(Person(name, "") for name in people),
        places=tuple(places),
    )
    result = writes.save_article(
        db,
        parsed,
        file=f"{title[:20]}.txt",
        content_hash=content_hash(title + "\n\n" + body),
        analyser_version=ANALYSER_VERSION,
    )
    return result.article_id
