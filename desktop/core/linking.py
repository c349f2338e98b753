"""Deciding which directive a mention names, across articles. Qt-free.

Party numbering restarts with each committee term: ``35-CT/TW`` of 30/5/2019
(towards the XIII Congress) and ``35-CT/TW`` of 14/6/2024 (towards the XIV) are
different documents. A directive's identity is therefore its type, number,
code (or, uncoded, its issuer) *and* the term it was issued in. The term comes
from, in order: the issue date stated with the mention, a term named in the
mention or its issuer (``BCH T.Ư Đảng khóa XII``), the congress the sentence
ties it to (``tiến tới Đại hội XIII`` means issued in term XII), a directive of
the same number already known whose term fits the article's date (or, when no
text ever stated the term of any document of that number, the term already
assumed for it: one document cited over the years stays one), and last the
article's own date. ``term_basis`` records which, so the UI can show the user
what was assumed.

Two mentions are never merged only because their numbers match (issue 4):

* the type word is part of the key (a Quy định and a Quyết định both coded
  ``QĐ`` stay apart);
* the code's issuing authority is part of the key (``35-CT/TW`` and
  ``35-CT/TU`` stay apart);
* a *local* authority (``TU``, ``HU``, ``ĐU``, ``CTĐ`` …) is shared by every
  province's committee, so ``01-KH/TU`` of Vĩnh Phúc and ``01-KH/TU`` of An
  Giang are different documents with the same code. Without a way to tell the
  provinces apart, a local or issuer-less document is linked only within its
  own article (the ``scope`` argument of ``identify``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.models import DirectiveRef
from desktop.core.text import fold_key as _fold_key

# Linking folds the same few hundred short strings (type words, codes, issuers,
# canonical names) for every mention of every imported article: remembered,
# a mention is identified in a few microseconds instead of ~60 (import speed,
# issue 9). fold_key is pure, so this changes no result.
fold_key = functools.lru_cache(maxsize=8192)(_fold_key)

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

#: a code naming a state body or a mass organisation, not a Party one: a year in it
#: ("/2023/NĐ-CP"), or the government, a ministry, the National Assembly, a people's
#: committee or council, the Youth Union, the Women's Union, the Fatherland Front ...
STATE_CODE_RE = re.compile(
    r"^/?\d{4}/|(?:^|[-/])(?:UBND|HĐND|CP|TTg|QH\d*|UBTVQH\d*|BNV|BTP|BCA|BQP|BGDĐT|BYT|VPCP"
    # the other ministries and the state's central bodies ("1226/QĐ-BCT", Công Thương)
    r"|BCT|BKHĐT|BNNPTNT|BNNMT|BTNMT|BXD|BGTVT|BLĐTBXH|BVHTTDL|BTTTT|BKHCN|BNG|BDTTG|UBDT|NHNN|TTCP"
    r"|KTNN|TANDTC|VKSNDTC"
    # a mass organisation's: the Youth Union (TWĐTN, ĐTN, HĐĐ), the Women's Union, the Front ...
    # (and their presidiums': "02/CT-ĐCT", the Women's Union's Đoàn Chủ tịch)
    r"|TWĐTN|ĐTN|TĐTN|HĐTN|HĐĐ|TWHLHPN|HLHPN|HPN|MTTQ|UBMTTQ|HND|HCCB|TLĐ|CĐ|CĐCS|LĐLĐ|ĐCT"
    # a national steering committee or council of the state ("2686/QĐ-BCĐQG")
    r"|BCĐQG|HĐQG"
    # the national academy of politics and its regional ones, a province's school of politics
    # ("2568/QĐ-HVCTQG": public bodies, their documents numbered the state's way)
    r"|HVCTQG|HVCTKV[IV]{0,3}|TCT)"
    r"(?:$|[-/])"
)
#: a Party body among the issuers of a joint code: "03-CTrPH/MTTQ-BDVTU" (the Front and the
#: Party committee's mass-mobilisation commission). A bare "BTC" is not one: a union has an
#: organisation board of its own ("08-HD/TWĐTN-BTC")
_PARTY_ISSUER_RE = re.compile(
    r"(?:^|-)(?:TW|TU|HU|QU|ĐU|ĐUK|ĐĐ|BTCTW|BTCTU|BTCHU|BDV|BDVTU|BDVHU|BTG|BTGTU|BTGHU|UBKT"
    r"|UBKTTU|BCSĐ|CTĐ|VPTU)(?:$|-)"
)
_TYPE_ABBREVIATION_RE = re.compile(r"[^\W\d_]{1,8}")


def is_state_code(code: str) -> bool:
    """Whether a printed ``code`` is a state body's or a mass organisation's, not the Party's.

    A joint code printed the Party's way (the type, then the issuers after a
    slash) one of whose issuers is a Party body is the Party's too:
    ``CTrPH/MTTQ-BDVTU``, a programme of the Front and the Ban Dân vận Tỉnh ủy.
    """
    if not STATE_CODE_RE.search(code):
        # numbered the state's way, the type before the issuer ("1479/QĐ-HCVN", "2268/QĐ-BTL"):
        # a company's, a command's, an agency's; but a Party steering committee's and the army's
        # political departments' are numbered so too ("141/KH-BCĐTW", "1136/HD-CT")
        way = _STATE_WAY_RE.fullmatch(code)
        return way is not None and not _PARTY_STATE_WAY_RE.fullmatch(way.group("issuers"))
    return _state_issuers(code)


#: a code numbered the state's way: the type's abbreviation, a hyphen, the issuers (no slash)
_STATE_WAY_RE = re.compile(r"[^\W\d_]{1,8}-(?P<issuers>[^/\s]{1,20})")
#: Party bodies that number their documents the state's way: steering committees (BCĐ...), the
#: army's General Political Department and political departments (TCCT, CCT, CT)
_PARTY_STATE_WAY_RE = re.compile(r"BCĐ\w*|T?CCT|CTĐ?|TW|TU|HU|QU|ĐUK?|BTCT[WU]|UBKT\w*")


def _state_issuers(code: str) -> bool:
    """Whether ``code``, which names a state body, is not a joint one of a Party body's too."""
    kind, slash, issuers = code.partition("/")
    return not (slash and _TYPE_ABBREVIATION_RE.fullmatch(kind) and _PARTY_ISSUER_RE.search(issuers))


# A directive of the previous term is still the likely referent of a bare
# number for this long into a new term: congress-preparation directives
# (35-CT/TW of 2019) are cited well after the congress they prepared, while the
# new term's document of that number usually comes years later (35-CT/TW of
# 2024, three years into term XIII).
CARRY_OVER_DAYS = 2 * 365

# Issuing authorities (the part of a code after the slash, folded) that name one
# body nationwide. Every other authority (TU, HU, ĐU, CTĐ …) is local: each
# province or district has its own.
_NATIONAL_AUTHORITIES = frozenset({"cp", "ttg", "qh", "ubtvqh", "ctn", "bnv"})
_NATIONAL_ISSUER_WORDS = (
    "trung uong",
    "bo chinh tri",
    "ban bi thu",
    "chinh phu",
    "thu tuong",
    "quoc hoi",
    "bch tw",
    "bchtw",
    "t.u",
)


class TermBasis(enum.StrEnum):
    """How the term of a directive was decided (strongest first)."""

    ISSUE_DATE = "issue-date"
    NAMED = "named"  # 'Nghị quyết Trung ương 4 khóa XII' names its term
    CONGRESS = "congress"
    KNOWN = "known-directive"
    ARTICLE_DATE = "article-date"
    UNKNOWN = "unknown"


#: Bases that are an assumption, not something the text states: the UI marks them.
ASSUMED: frozenset[str] = frozenset({"known-directive", "article-date", "unknown"})

#: How much each basis says about the *document's* term: a stronger basis seen
#: later replaces a weaker one on the directive. KNOWN weighs no more than the
#: article's date: it only borrows the term of a directive already linked,
#: which may itself rest on an article's date.
BASIS_STRENGTH: dict[str, int] = {
    TermBasis.ISSUE_DATE: 5,
    TermBasis.NAMED: 5,
    TermBasis.CONGRESS: 4,
    TermBasis.KNOWN: 1,
    TermBasis.ARTICLE_DATE: 1,
    TermBasis.UNKNOWN: 0,
}


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


def base_of(key: str) -> str:
    """The base of a directive's ``key`` (``Identity.key``): the key without its term."""
    return key.rpartition("|")[0]


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


def term_start(term: str | None) -> str | None:
    """The ISO day ``term`` began, or None for an unknown term."""
    for name, start in TERMS:
        if name == term:
            return start
    return None


# Searched in folded text, so "khóa" and "khoá" (tone-mark placement) both match.
_KHOA = re.compile(r"(?<![a-z])khoa\s+([ivxl]{1,6})(?![a-z])")


def named_term(text: str | None) -> str | None:
    """The term a text names (``BCH T.Ư Đảng khóa XII`` -> ``XII``), if one we know."""
    if not text:
        return None
    match = _KHOA.search(fold_key(text))
    if match and match.group(1).upper() in _TERM_NAMES:
        return match.group(1).upper()
    return None


def authority(code: str | None) -> str | None:
    """The issuing authority of a code, as printed.

    ``CT/TW`` -> ``TW``, ``HD/BTCTW`` -> ``BTCTW``, ``2024/NĐ-CP`` -> ``CP``,
    ``QĐ-TTg`` -> ``TTg``, ``KH/CTĐ`` -> ``CTĐ``.
    """
    if not code:
        return None
    part = re.split(r"\s*/\s*", code.strip())[-1]
    part = re.split(r"\s*-\s*", part)[-1]
    return part or None


def is_national(ref: DirectiveRef) -> bool:
    """True when the document's issuer is one body nationwide (see module doc)."""
    auth = authority(ref.code)
    if auth is not None:
        # (a body's code may carry its term: "202/2025/QH15", "35/2023/UBTVQH15")
        folded = fold_key(auth).replace(" ", "").rstrip("0123456789")
        return folded.endswith("tw") or folded in _NATIONAL_AUTHORITIES
    if named_term(ref.canonical):  # "Nghị quyết Trung ương 4 khóa XII"
        return True
    issuer = fold_key(ref.issuer or "")
    return bool(issuer) and any(word in issuer for word in _NATIONAL_ISSUER_WORDS)


def issuer_group(code: str | None, issuer: str | None) -> str:
    """What the directive index groups a directive under when grouping by issuer.

    The code's authority when there is a code (``TW``, ``BTCTW``): it names the
    body in one spelling however the text wrote it; else the issuer as stated;
    else "" (unknown).
    """
    auth = authority(code)
    if auth:
        return auth
    return " ".join((issuer or "").split())


#: folded type words naming the same kind of document: "Chương trình hành động 49"
#: is "Chương trình 49", "Thông báo kết luận 12-TB/TU" is "Thông báo 12-TB/TU"
TYPE_GROUPS = {"chuong trinh hanh dong": "chuong trinh", "thong bao ket luan": "thong bao",
               "chuong trinh phoi hop": "chuong trinh", "quy che phoi hop": "quy che",
               "quy che lam viec": "quy che"}


def base_key(ref: DirectiveRef, scope: str | None = None) -> str:
    """Type, number and code (or stated issuer): the part of the key without term.

    Leading zeros are dropped from the number (``01`` and ``1`` are one) and the
    code is folded; the type word stays part of the key, so a Quy định and a
    Quyết định both coded ``QĐ`` never merge.

    Args:
        ref: the mention.
        scope: where a local or issuer-less document is valid (the caller passes
            the article, e.g. ``"a12"``). Ignored for national documents.
    """
    number = ref.number
    if number.isdigit():
        number = str(int(number))
    kind = fold_key(ref.type)
    kind = TYPE_GROUPS.get(kind, kind)
    if ref.code:
        base = f"{kind}|{number}|{fold_key(ref.code).replace(' ', '')}"
    elif named_term(ref.canonical):
        base = f"{kind}|{fold_key(ref.canonical)}"
    else:
        base = f"{kind}|{number}|~{fold_key(ref.issuer or '')}"
    if scope and not is_national(ref):
        base += f"@{scope}"
    return base


def identify(
    ref: DirectiveRef,
    article_date: str | None,
    known_terms: dict[str, list[tuple[str | None, ...]]] | None = None,
    scope: str | None = None,
) -> Identity:
    """Decide the identity of the directive ``ref`` names.

    Args:
        ref: the mention, as the analyser gave it.
        article_date: the article's event or publication date (ISO), if any.
        known_terms: for each base key, the ``(term, issue_date[, basis])``
            of the directives already in the library.
        scope: see ``base_key``.

    Returns:
        The ``Identity``, with the basis of its term.
    """
    base = base_key(ref, scope)
    return stated_identity(ref, base) or assumed_identity(
        base, article_date, (known_terms or {}).get(base, [])
    )


def within_article(ident: Identity, stated_terms: dict[str, set[str | None]]) -> Identity:
    """A mention that states no term, in an article that states one for its document.

    ``Chỉ thị số 10-CT/TW ngày 30/3/2007`` then ``Chỉ thị 10`` in one article are one
    document: the short repeat takes the stated term (of 2007, term X), not one
    assumed from the article's date. ``stated_terms`` maps each base key of the
    article to the terms its mentions state; with two (an article citing both
    35-CT/TW), nothing is assumed.
    """
    if BASIS_STRENGTH[ident.basis] > BASIS_STRENGTH[TermBasis.ARTICLE_DATE]:
        return ident
    terms = stated_terms.get(ident.base)
    if terms is not None and len(terms) == 1:
        (term,) = terms
        if term != ident.term or ident.basis != TermBasis.KNOWN:
            return Identity(ident.base, term, TermBasis.KNOWN)
    return ident


def stated_identity(ref: DirectiveRef, base: str) -> Identity | None:
    """The identity when the mention itself states its term (see ``identify``), else None."""
    named = named_term(ref.canonical) if not ref.code else None
    if named:
        return Identity(base, named, TermBasis.NAMED)
    if ref.issue_date:
        term = term_of(ref.issue_date)
        if term:
            return Identity(base, term, TermBasis.ISSUE_DATE)
    # "Nghị quyết 18 và 19 của BCH T.Ư Đảng khóa XII": the issuer names the term.
    named = named_term(ref.issuer)
    if named:
        return Identity(base, named, TermBasis.NAMED)
    if ref.congress:
        term = term_before(ref.congress)
        if term:
            return Identity(base, term, TermBasis.CONGRESS)
    return None


def assumed_identity(
    base: str, article_date: str | None, candidates: Sequence[tuple[str | None, ...]]
) -> Identity:
    """The identity of a mention that states no term: from the known documents or the date.

    Args:
        base: the mention's ``base_key``.
        article_date: the citing article's date (ISO), if any.
        candidates: ``(term, issue_date[, basis])`` of the known documents of ``base``.
    """
    if article_date and candidates:
        term = _known_term(candidates, article_date) or _assumed_term(candidates, article_date)
        if term:
            return Identity(base, term, TermBasis.KNOWN)
    if article_date:
        own = term_of(article_date)
        earlier = _earlier_than_known(candidates, own, article_date)
        if earlier:
            return Identity(base, earlier, TermBasis.KNOWN)
        return Identity(base, own, TermBasis.ARTICLE_DATE)
    terms = {c[0] for c in candidates if c[0]}
    if len(terms) == 1:
        return Identity(base, terms.pop(), TermBasis.KNOWN)
    return Identity(base, None, TermBasis.UNKNOWN)


def _earlier_than_known(
    candidates: Sequence[tuple[str | None, ...]], own: str | None, article_date: str
) -> str | None:
    """The term before ``own`` when the article predates its own term's known document.

    A 2023 article citing a bare ``Chỉ thị 35-CT/TW`` cannot mean the 35-CT/TW
    issued on 14/6/2024, though both fall in term XIII: it means the previous
    term's document of that number. None when no known document of ``own`` is
    stated to be issued after the article.
    """
    if own is None:
        return None
    for term, issued, *_basis in candidates:
        if term != own or not issued:
            continue
        # partial dates ("2024"): later only when neither holds the other
        if issued[:10] > article_date[:10] and not issued.startswith(article_date[:10]) \
                and not article_date.startswith(issued):
            index = _TERM_NAMES.index(own)
            return _TERM_NAMES[index - 1] if index > 0 else None
    return None


def _assumed_term(candidates: Sequence[tuple[str | None, ...]], article_date: str) -> str | None:
    """The term already assumed for a document nothing ever dated, for another undated mention.

    When every known document of a base got its term from an article's date
    (a third item, the basis, in :data:`ASSUMED`), nothing tells one term from
    another: a later article's own date would only split one document's
    citations (``Quy định 262`` of 2014 cited in 2018 and in 2023) into two
    assumed ones. The latest assumed before the article, else the earliest.
    """
    if not all(len(c) > 2 and c[2] in ASSUMED for c in candidates):
        return None
    terms = sorted((term_start(c[0]) or "", c[0]) for c in candidates if c[0])
    if not terms:
        return None
    before = [t for t in terms if t[0] <= article_date]
    return (before[-1] if before else terms[0])[1]


def _known_term(candidates: Sequence[tuple[str | None, ...]], article_date: str) -> str | None:
    """The term of the known document an article of ``article_date`` most likely means.

    The latest known document issued on or before the article, if it is of the
    article's own term, or of an earlier term while the article is still within
    ``CARRY_OVER_DAYS`` of its own term's start. Later than that a bare number
    more likely names the current term's document, which the library does not
    know yet, so None (the caller falls back to the article's date).
    """
    fitting = []
    for term, issued, *_basis in candidates:
        start = issued or term_start(term)
        if term and start and start <= article_date:
            fitting.append((start, term))
    if not fitting:
        return None
    _, term = max(fitting)
    own = term_of(article_date)
    if term == own:
        return term
    own_start = term_start(own)
    if own_start is None:
        return term
    try:
        days = (dt.date.fromisoformat(article_date[:10]) - dt.date.fromisoformat(own_start)).days
    except ValueError:  # a partial date ("2019"): nothing to measure, trust the known one
        return term
    return term if days <= CARRY_OVER_DAYS else None


_NON_WORD = re.compile(r"[^0-9a-z]+")


def search_key(*parts: str | None) -> str:
    """The folded text the directive index filters on, space-padded words.

    ``search_key("Chỉ thị 35-CT/TW", "Bộ Chính trị")`` is
    ``" chi thi 35 ct tw bo chinh tri "``: words split at any punctuation, so a
    filter can match whole numbers (``35`` but not ``350``) and word starts.
    """
    words = _NON_WORD.sub(" ", fold_key(" ".join(p for p in parts if p))).split()
    return " " + " ".join(words) + " " if words else ""


# "số" (number) is noise in a filter: "chỉ thị số 35" should find "Chỉ thị 35-CT/TW".
_FILTER_NOISE = frozenset({"so"})


def filter_words(text: str) -> list[str]:
    """The folded words of a directive-index filter, without noise words."""
    return [w for w in _NON_WORD.sub(" ", fold_key(text)).split() if w not in _FILTER_NOISE]
