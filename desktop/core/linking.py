"""Deciding which directive a mention names, across articles. Qt-free.

Party numbering restarts with each committee term: ``35-CT/TW`` of 30/5/2019
(towards the XIII Congress) and ``35-CT/TW`` of 14/6/2024 (towards the XIV) are
different documents. A directive's identity is therefore its type, number,
code (or, uncoded, its issuer) *and* the term it was issued in. The term comes
from, in order: the issue date stated with the mention, the congress the
sentence ties it to (``tiến tới Đại hội XIII`` means issued in term XII), a
directive of the same number already known whose term fits the article's date,
and last the article's own date. ``term_basis`` records which, so the UI can
show the user what was assumed.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from desktop.core.models import DirectiveRef
from desktop.core.text import fold_key

# Party congress terms (khóa) and the day each began, from the congress that
# opened it. A document issued on or after a start belongs to that term.
TERMS: tuple[tuple[str, str], ...] = (
    ("IX", "2001-04-19"),
    ("X", "2006-04-18"),
    ("XI", "2011-01-12"),
    ("XII", "2016-01-20"),
    ("XIII", "2021-01-25"),
    ("XIV", "2026-01-19"),
)
_TERM_NAMES = [name for name, _ in TERMS]


class TermBasis(enum.StrEnum):
    """How the term of a directive was decided."""

    ISSUE_DATE = "issue-date"
    CONGRESS = "congress"
    KNOWN = "known-directive"
    ARTICLE_DATE = "article-date"
    NAMED = "named"  # 'Nghị quyết Trung ương 4 khóa XII' names its term
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Identity:
    """Which directive a mention names.

    Attributes:
        base: type, number and code (or issuer), without the term.
        term: the Party term, or None when nothing tells.
        basis: how the term was decided.
    """

    base: str
    term: str | None
    basis: TermBasis

    @property
    def key(self) -> str:
        """The unique key of the directive in the library."""
        return f"{self.base}|{self.term or '?'}"


def term_of(iso_date: str | None) -> str | None:
    """The Party term in force on ``iso_date`` (``YYYY-MM-DD``)."""
    if not iso_date:
        return None
    term = None
    for name, start in TERMS:
        if iso_date >= start:
            term = name
    return term


def term_before(congress: str) -> str | None:
    """The term during which preparations for ``congress`` ran (XIII -> XII)."""
    congress = congress.upper()
    if congress in _TERM_NAMES:
        index = _TERM_NAMES.index(congress)
        return _TERM_NAMES[index - 1] if index > 0 else None
    return None


_NUMBER = re.compile(r"\d+")
_KHOA = re.compile(r"kh[oó]a\s+([IVXLC]+)", re.IGNORECASE)


def base_key(ref: DirectiveRef) -> str:
    """Type, number and code (or stated issuer): the part of the key without term.

    Leading zeros are dropped from the number (``01`` and ``1`` are one) and the
    code is folded; the type word stays part of the key, so a Quy định and a
    Quyết định both coded ``QĐ`` never merge.
    """
    number = ref.number
    if number.isdigit():
        number = str(int(number))
    kind = fold_key(ref.type)
    if ref.code:
        return f"{kind}|{number}|{fold_key(ref.code).replace(' ', '')}"
    if _KHOA.search(ref.canonical):
        return f"{kind}|{fold_key(ref.canonical)}"
    return f"{kind}|{number}|~{fold_key(ref.issuer or '')}"


def identify(
    ref: DirectiveRef,
    article_date: str | None,
    known_terms: dict[str, list[tuple[str | None, str | None]]] | None = None,
) -> Identity:
    """Decide the identity of the directive ``ref`` names.

    Args:
        ref: the mention, as the analyser gave it.
        article_date: the article's event or publication date (ISO), if any.
        known_terms: for each base key, the ``(term, issue_date)`` pairs of
            directives already in the library.

    Returns:
        The ``Identity``, with the basis of its term.
    """
    base = base_key(ref)
    named = _KHOA.search(ref.canonical) if not ref.code else None
    if named:
        return Identity(base, named.group(1).upper(), TermBasis.NAMED)
    if ref.issue_date:
        return Identity(base, term_of(ref.issue_date), TermBasis.ISSUE_DATE)
    if ref.congress:
        term = term_before(ref.congress)
        if term:
            return Identity(base, term, TermBasis.CONGRESS)
    candidates = (known_terms or {}).get(base, [])
    if article_date and candidates:
        # The latest known document of this number issued before the article.
        fitting = [
            (issued or _term_start(term), term)
            for term, issued in candidates
            if term and (issued or _term_start(term)) <= article_date
        ]
        if fitting:
            return Identity(base, max(fitting)[1], TermBasis.KNOWN)
    if article_date:
        return Identity(base, term_of(article_date), TermBasis.ARTICLE_DATE)
    if len({term for term, _ in candidates}) == 1:
        return Identity(base, candidates[0][0], TermBasis.KNOWN)
    return Identity(base, None, TermBasis.UNKNOWN)


def _term_start(term: str | None) -> str:
    for name, start in TERMS:
        if name == term:
            return start
    return "0000"
