"""Plain data types shared by the analyser, the store, export and the UI.

Nothing here knows about Qt or SQL. Spans are ``(start, end)`` offsets into an
article's *clean* text, end exclusive, like Python slices.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Precision(enum.StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"


class DateKind(enum.StrEnum):
    """Which date an article is cited by in an export."""

    PUBLISHED = "published"  # the publication's, as the text states it
    MEETING = "meeting"  # the meeting's day or period, when no publication date is stated


class MeetingKind(enum.StrEnum):
    """The kind of meeting an article reports (timeline lanes)."""

    GIAO_BAN = "giao-ban"  # monthly / quarterly briefing
    SO_KET = "so-ket"  # six-month or mid-term review
    TONG_KET = "tong-ket"  # annual or final review
    TOAN_QUOC = "toan-quoc"  # national conference (hội nghị toàn quốc)
    OTHER = "other"


class Level(enum.StrEnum):
    """The administrative level the article is about (timeline lanes)."""

    CENTRAL = "central"
    PROVINCE = "province"
    GRASSROOTS = "grassroots"


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time with the precision it is known to.

    ``start`` and ``end`` are ISO dates (``YYYY-MM-DD``), both inclusive; for a
    day, ``start == end``.
    """

    start: str
    end: str
    precision: Precision


@dataclass(frozen=True, slots=True)
class DirectiveRef:
    """One mention of one numbered Party document in an article.

    Attributes:
        surface: the text from the type word to the number or code, exactly as
            printed (``Hướng dẫn số 16``, ``Nghị quyết 18 và 19``).
        canonical: ``Type number-CODE`` when a code is printed or inferred, else
            ``Type number (issuer as stated)``, else ``Type number``.
        type: the type word, capitalised (``Chỉ thị``, ``Quy định``).
        number: the document number as printed (``35``, ``01``).
        code: the code (``CT/TW``), printed or inferred, or None.
        issuer: the issuing body as stated in the text, or None.
        issue_date: ISO date of issue when the text states it, else None.
        inferred: True when the code was not printed but inferred (from the
            issuer, or from a fuller mention of the same document).
        start, end: span of ``surface`` in the clean text.
        congress: the Party congress the text ties the document to (``XIII``),
            when stated nearby (``tiến tới Đại hội XIII``), else None. Used to
            tell apart documents whose numbering restarted with a new term.
    """

    surface: str
    canonical: str
    type: str
    number: str
    code: str | None
    issuer: str | None
    issue_date: str | None
    inferred: bool
    start: int
    end: int
    congress: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with their title as first printed (``byline`` for authors)."""

    name: str
    title: str


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Everything the analyser extracts from one article.

    Attributes:
        raw_text: the text as read (NFC).
        clean_text: the article's paragraphs without page chrome, joined by
            blank lines.
        offset_map: ``((clean_start, raw_start), ...)``, sorted by clean_start:
            each pair starts a run where clean and raw text advance together,
            so a clean offset ``c`` maps to ``raw_start + (c - clean_start)`` of
            the last pair with ``clean_start <= c``.
        title: the headline, or "" when none was found.
        published: ISO date of publication when stated, else None.
        event_date: ISO date of the meeting when known to the day, else None.
        event_period: the meeting's date or period with its precision, or None.
        byline: the author's name, or None.
        outlet: the publishing outlet when the text names it, or None.
        kind: the kind of meeting reported.
        level: the administrative level reported on.
        directives: every directive mention, in text order.
        people: each named person once, in order of first mention.
        places: provinces and centrally run cities the article names, once each,
            as printed.
        page_places: those named only on the page after the article (its
            related news, a reader's links to other items, the footer), once
            each, as printed: the text as stored names them, the article does
            not (the library's province filter leaves them out).
        page_people: the people the page's masthead credits after the article
            names ("Tổng Biên tập: Nguyễn Văn A"), not already among ``people``
            (the library does not store them: they are the outlet's, not the
            article's).
    """

    raw_text: str
    clean_text: str
    offset_map: tuple[tuple[int, int], ...]
    title: str
    published: str | None
    event_date: str | None
    event_period: Period | None
    byline: str | None
    outlet: str | None
    kind: MeetingKind
    level: Level
    directives: tuple[DirectiveRef, ...] = field(default_factory=tuple)
    people: tuple[Person, ...] = field(default_factory=tuple)
    places: tuple[str, ...] = field(default_factory=tuple)
    page_places: tuple[str, ...] = field(default_factory=tuple)
    page_people: tuple[Person, ...] = field(default_factory=tuple)


class AnchorState(enum.StrEnum):
    """Whether a note is attached to its passage."""

    ANCHORED = "anchored"
    NEEDS_REVIEW = "needs_review"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note sits in an article's clean text.

    The W3C Web Annotation text-position selector (``start``, ``end``) plus the
    text-quote selector (``exact``, ``prefix``, ``suffix``), and the content
    hash of the text they were taken from.
    """

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Note:
    """A user's note on a passage of an article."""

    id: int
    article_id: int
    anchor: Anchor
    comment: str
    tags: tuple[str, ...]
    color: str
    state: AnchorState
    created: str
    modified: str


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: int
    file: str
    title: str
    date: str | None  # event date, else publication date (ISO), else None
    published: str | None
    event_date: str | None
    outlet: str | None
    byline: str | None
    precision: str | None = None  # of the event date/period; None when only published
    period_end: str | None = None  # end of the event period (ISO)
