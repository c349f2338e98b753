"""Note anchors that survive changes to an article's text.

A note is attached to a passage by a W3C Web Annotation *text-position*
selector (``start``, ``end``) and a *text-quote* selector (``exact`` plus up to
32 characters of ``prefix`` and ``suffix``), stored together in an
:class:`~desktop.core.models.Anchor`. When the article is re-imported or
re-parsed its clean text may change; :func:`reanchor` then finds the passage
again, or says it cannot.

The rule that shapes every decision below: a note is the user's own work, so a
note that cannot be placed *with confidence* is marked
``AnchorState.NEEDS_REVIEW`` and keeps its old anchor untouched (offsets,
quote, context and the hash of the text they were taken from). It is never
moved to a passage that merely looks alike.

Strategy of :func:`reanchor`, in order:

1. same content hash and the quote still at its offsets: ``unchanged``;
2. the exact quote still at the same offsets, backed by its context and
   matched at least as well as any other copy: ``position``;
3. otherwise every exact occurrence of the quote, scored by how well the old
   prefix and suffix match the text around it, is weighed together with
   near matches (step 4), so that a passage edited in place is not moved to
   an identical copy elsewhere. An exact winner is ``quote_unique`` when it is
   the only copy, else ``quote_context``;
4. near matches come from rapidfuzz Indel similarity in whitespace- and
   NFC-normalised text, searched only in windows seeded by exact fragments of
   the quote, the prefix tail and the suffix head (never the whole text
   against the whole quote). A near winner (``fuzzy``) must score at least
   :data:`MIN_FUZZY_SCORE`;
5. any winner must be backed by its context (:func:`_support`) and beat every
   other, non-overlapping candidate by a margin; otherwise ``needs_review``.

Context scores are Indel similarities in ``[0, 1]`` between the old prefix
(suffix) and the text just before (after) a candidate. Two unrelated 32
character windows of Vietnamese report prose score about 0.34 on average and
below 0.58 in 99.9 % of cases (measured on ``seeds/``), so
:data:`CONTEXT_SUPPORT` sits above that noise.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from desktop.core.models import Anchor, AnchorState

__all__ = [
    "CONTEXT",
    "MIN_FUZZY_SCORE",
    "AmbiguousQuote",
    "QuoteNotFound",
    "ReanchorMethod",
    "find_quote",
    "make_anchor",
    "quote_similarity",
    "reanchor",
]

CONTEXT = 32
"""Default number of characters kept before and after a quote."""

MIN_FUZZY_SCORE = 90.0
"""Lowest :func:`quote_similarity` (0-100) a fuzzy re-anchored quote may have."""

CONTEXT_SUPPORT = 0.6
"""Context score from which a candidate's surroundings count as "the same"."""

SHORT_QUOTE = 20
"""Quotes shorter than this need :data:`SHORT_CONTEXT_SUPPORT`."""

SHORT_CONTEXT_SUPPORT = 0.75
"""Context score a short quote needs: short phrases recur in lists."""

TINY_CONTEXT_SUPPORT = 0.85
"""Context score a quote shorter than :data:`MIN_FUZZY_LEN` needs."""

CONTEXT_MARGIN = 0.15
"""How much the best exact occurrence's context must beat the runner-up's."""

FUZZY_MARGIN = 0.1
"""How much the best fuzzy candidate's combined score must beat the runner-up's."""

LONG_QUOTE = 40
"""A unique exact quote at least this long is trusted without its context."""

MIN_FUZZY_LEN = 8
"""Shorter quotes are never matched fuzzily: too many look-alikes."""

MAX_FUZZY_LEN = 10_000
"""Longer quotes are not matched fuzzily, to bound the time taken."""

_MAX_OCCURRENCES = 5_000
_MAX_CANDIDATES = 12
_MAX_HITS_PER_FRAGMENT = 32
_MAX_FRAGMENTS = 16


class ReanchorMethod(enum.StrEnum):
    """How :func:`reanchor` placed a note (a machine-readable code)."""

    UNCHANGED = "unchanged"
    POSITION = "position"
    QUOTE_CONTEXT = "quote_context"
    QUOTE_UNIQUE = "quote_unique"
    FUZZY = "fuzzy"
    NEEDS_REVIEW = "needs_review"


class QuoteNotFound(ValueError):  # noqa: N818 - the name the CLI and brief use
    """The quote does not occur in the text (or not as often as asked).

    Attributes:
        quote: the quote as given.
        count: how many times it does occur (0, or fewer than ``occurrence``).
        occurrence: the occurrence asked for, or None.
    """

    def __init__(self, quote: str, count: int = 0, occurrence: int | None = None) -> None:
        self.quote = quote
        self.count = count
        self.occurrence = occurrence
        if occurrence is None:
            message = f"quote not found: {quote!r}"
        else:
            message = f"quote {quote!r} occurs {count} time(s), no occurrence {occurrence}"
        super().__init__(message)


class AmbiguousQuote(ValueError):  # noqa: N818 - the name the CLI and brief use
    """The quote occurs more than once and no occurrence was chosen.

    Attributes:
        quote: the quote as given.
        count: how many times it occurs (at least 2).
    """

    def __init__(self, quote: str, count: int) -> None:
        self.quote = quote
        self.count = count
        super().__init__(f"quote {quote!r} occurs {count} times; choose an occurrence")


# --- normalised view of a text ---------------------------------------------

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Three kinds of spot where the normalised text differs from the original:
# white space other than one plain space ("\n\n", "  ", a lone nbsp), zero-width
# characters, and a base letter followed by combining marks (decomposed "hòa").
_NORM_RE = re.compile(
    rf"(?P<ws>[^\S ]\s*| \s+)|(?P<zw>[{_ZERO_WIDTH}]+)|(?P<cl>[^{_MARKS}][{_MARKS}]+)",
    re.DOTALL,
)
# The same for text already in NFC without zero-width characters (the usual
# case, and three times faster on a 1 MB text).
_WS_RE = re.compile(r"(?P<ws>[^\S ]\s*| \s+)")


@dataclass(frozen=True, slots=True)
class _Normalized:
    """A text with white-space runs collapsed to one space, NFC-composed.

    Offsets in ``text`` map back to the original through runs: run ``i``
    covers ``text[norm_starts[i]:norm_ends[i]]`` and
    ``original[orig_starts[i]:orig_ends[i]]``; inside a linear run both
    advance together.
    """

    text: str
    norm_starts: tuple[int, ...]
    norm_ends: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_ends: tuple[int, ...]
    linear: tuple[bool, ...]

    def to_orig_start(self, x: int) -> int:
        """Map a start offset in the normalised text to the original."""
        i = max(0, bisect.bisect_right(self.norm_starts, x) - 1)
        if x >= self.norm_ends[i]:
            return self.orig_ends[i]
        if self.linear[i]:
            return self.orig_starts[i] + (x - self.norm_starts[i])
        return self.orig_starts[i]

    def to_orig_end(self, x: int) -> int:
        """Map an end offset in the normalised text to the original."""
        i = bisect.bisect_left(self.norm_starts, x) - 1
        if i < 0:
            return self.orig_starts[0]
        if self.linear[i]:
            return self.orig_starts[i] + (x - self.norm_starts[i])
        return self.orig_ends[i]


@functools.lru_cache(maxsize=8)
def _normalize(text: str) -> _Normalized:
    """Return the normalised view of ``text`` (cached: reanchor reuses it per note)."""
    parts: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    linear: list[bool] = []
    pos = 0
    npos = 0

    def add(piece: str, o_start: int, o_end: int, is_linear: bool) -> None:
        nonlocal npos
        parts.append(piece)
        norm_starts.append(npos)
        npos += len(piece)
        norm_ends.append(npos)
        orig_starts.append(o_start)
        orig_ends.append(o_end)
        linear.append(is_linear)

    plain = unicodedata.is_normalized("NFC", text) and not any(z in text for z in _ZERO_WIDTH)
    for match in (_WS_RE if plain else _NORM_RE).finditer(text):
        if match.start() > pos:
            add(text[pos : match.start()], pos, match.start(), True)
        original = match.group()
        if match.lastgroup == "ws":
            piece = " "
        elif match.lastgroup == "zw":
            piece = ""
        else:
            piece = unicodedata.normalize("NFC", original)
        add(piece, match.start(), match.end(), piece == original)
        pos = match.end()
    if pos < len(text) or not parts:
        add(text[pos:], pos, len(text), True)
    return _Normalized(
        "".join(parts),
        tuple(norm_starts),
        tuple(norm_ends),
        tuple(orig_starts),
        tuple(orig_ends),
        tuple(linear),
    )


def _norm(text: str) -> str:
    """The normalised form of a short string (quotes, prefixes, suffixes)."""
    return _normalize.__wrapped__(text).text


def quote_similarity(a: str, b: str) -> float:
    """Score how alike two quotes are, 0-100, ignoring white space runs and NFC.

    This is the score :func:`reanchor` requires to be at least
    :data:`MIN_FUZZY_SCORE` for a fuzzy match: the Indel (LCS-based)
    similarity of both strings after NFC, with white-space runs collapsed and
    the ends stripped.

    Args:
        a: one quote.
        b: the other quote.

    Returns:
        100.0 for quotes that differ only in white space or Unicode
        composition, lower the more they differ.
    """
    return 100.0 * Indel.normalized_similarity(_norm(a).strip(), _norm(b).strip())


# --- making and finding anchors ---------------------------------------------


def make_anchor(
    text: str, start: int, end: int, content_hash: str, context: int = CONTEXT
) -> Anchor:
    """Build the position and quote selectors for ``text[start:end]``.

    Args:
        text: the article's clean text.
        start: offset of the first character of the passage.
        end: offset just past the passage (exclusive).
        content_hash: ``content_hash(text)``, stored to detect text changes.
        context: how many characters of prefix and suffix to keep (fewer at
            the start or end of the text).

    Returns:
        The anchor.

    Raises:
        ValueError: the span is empty or outside the text, or ``context`` is
            negative.
    """
    if context < 0:
        raise ValueError(f"context must be >= 0, got {context}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span ({start}, {end}) is empty or outside a text of {len(text)}")
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        content_hash=content_hash,
    )


def find_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Find where a quote typed by the user sits in ``text``.

    Matching is done after NFC (and without zero-width characters) and treats
    every white-space run as one space, so a quote typed on one line matches a
    passage that wraps over lines; the returned offsets are the real ones in
    ``text``. Occurrences are counted without overlap, left to right.

    Args:
        text: the article's clean text.
        quote: the passage to find; leading and trailing white space is
            ignored.
        occurrence: which occurrence to take, counting from 1; None means
            the quote must be unique.

    Returns:
        ``(start, end)`` of the passage in ``text``.

    Raises:
        QuoteNotFound: the quote is empty or does not occur, or occurs fewer
            than ``occurrence`` times.
        AmbiguousQuote: ``occurrence`` is None and the quote occurs more than
            once; ``count`` says how often.
        ValueError: ``occurrence`` is less than 1.
    """
    if occurrence is not None and occurrence < 1:
        raise ValueError(f"occurrence counts from 1, got {occurrence}")
    needle = _norm(quote).strip()
    if not needle:
        raise QuoteNotFound(quote, 0, occurrence)
    normalized = _normalize(text)
    haystack = normalized.text
    positions: list[int] = []
    pos = haystack.find(needle)
    while pos >= 0:
        positions.append(pos)
        if occurrence is not None and len(positions) >= occurrence:
            break
        pos = haystack.find(needle, pos + len(needle))
    if occurrence is None:
        if not positions:
            raise QuoteNotFound(quote)
        if len(positions) > 1:
            raise AmbiguousQuote(quote, len(positions))
        chosen = positions[0]
    elif len(positions) < occurrence:
        raise QuoteNotFound(quote, len(positions), occurrence)
    else:
        chosen = positions[occurrence - 1]
    return normalized.to_orig_start(chosen), normalized.to_orig_end(chosen + len(needle))


# --- re-anchoring ------------------------------------------------------------


def reanchor(
    anchor: Anchor, new_text: str, new_hash: str
) -> tuple[Anchor, AnchorState, ReanchorMethod]:
    """Find a note's passage again in a changed text.

    Never raises and never guesses: when the passage cannot be placed with
    confidence the *old* anchor is returned unchanged with
    ``AnchorState.NEEDS_REVIEW``, so the note keeps everything it had
    (including the hash of the text it was taken from, so a later call with
    the same new text tries again rather than calling it unchanged).

    Args:
        anchor: the note's current anchor, taken from an older text.
        new_text: the article's new clean text.
        new_hash: ``content_hash(new_text)``.

    Returns:
        ``(anchor, state, method)``. When ``state`` is ANCHORED, ``anchor`` is
        built on ``new_text`` (``new_text[anchor.start:anchor.end]`` is the
        old quote exactly, or for ``method == "fuzzy"`` a passage whose
        :func:`quote_similarity` to it is at least :data:`MIN_FUZZY_SCORE`).
        ``method`` is a :class:`ReanchorMethod` (a ``str``): "unchanged",
        "position", "quote_context", "quote_unique", "fuzzy" or
        "needs_review".
    """
    try:
        found = _reanchor(anchor, new_text, new_hash)
        if found is not None and _acceptable(anchor, new_text, *found):
            return found[0], AnchorState.ANCHORED, found[1]
    except Exception:  # noqa: BLE001 - a failure must leave the note where it was
        pass
    return anchor, AnchorState.NEEDS_REVIEW, ReanchorMethod.NEEDS_REVIEW


def _acceptable(old: Anchor, new_text: str, new: Anchor, method: ReanchorMethod) -> bool:
    """Last guard: the anchor returned really points at the quote."""
    if not 0 <= new.start < new.end <= len(new_text):
        return False
    passage = new_text[new.start : new.end]
    if passage != new.exact:
        return False
    if method is ReanchorMethod.FUZZY:
        return quote_similarity(old.exact, passage) >= MIN_FUZZY_SCORE
    return passage == old.exact


def _reanchor(anchor: Anchor, new_text: str, new_hash: str) -> tuple[Anchor, ReanchorMethod] | None:
    exact = anchor.exact
    if not exact or not isinstance(new_text, str) or not new_text:
        return None
    same_offsets = (
        0 <= anchor.start < anchor.end <= len(new_text)
        and new_text[anchor.start : anchor.end] == exact
    )
    if same_offsets and new_hash == anchor.content_hash:
        return anchor, ReanchorMethod.UNCHANGED

    starts = _occurrences(new_text, exact, _MAX_OCCURRENCES)
    exact_candidates = [
        _Candidate(
            start,
            start + len(exact),
            100.0,
            _context_score(anchor.prefix, anchor.suffix, new_text, start, start + len(exact)),
            exact=True,
        )
        for start in starts[:_MAX_OCCURRENCES]
    ]
    decided = _decide_exact(anchor, exact_candidates, same_offsets, len(starts))
    if decided is not None:
        start, method = decided
        if method is ReanchorMethod.NEEDS_REVIEW:
            return None
        return make_anchor(new_text, start, start + len(exact), new_hash), method

    # Not clear from the exact copies alone: weigh them against near matches,
    # so that a passage edited in place is not moved to a copy elsewhere.
    candidates = exact_candidates + [
        c
        for c in _fuzzy_candidates(anchor, new_text)
        if all(c.end <= e.start or c.start >= e.end for e in exact_candidates)
    ]
    best = _decide(anchor, candidates)
    if best is None:
        return None
    if not best.exact:
        method = ReanchorMethod.FUZZY
    elif best.start == anchor.start:
        method = ReanchorMethod.POSITION
    elif len(exact_candidates) == 1:
        method = ReanchorMethod.QUOTE_UNIQUE
    else:
        method = ReanchorMethod.QUOTE_CONTEXT
    return make_anchor(new_text, best.start, best.end, new_hash), method


def _context_score(prefix: str, suffix: str, text: str, start: int, end: int) -> float | None:
    """How well ``prefix``/``suffix`` match the text around ``text[start:end]``.

    Returns:
        The Indel similarity of each side, weighted by its length, in
        ``[0, 1]``; None when there is no context to compare (the quote was
        the whole text).
    """
    total = 0.0
    weight = 0
    if prefix:
        window = text[max(0, start - len(prefix)) : start]
        total += len(prefix) * Indel.normalized_similarity(prefix, window)
        weight += len(prefix)
    if suffix:
        window = text[end : end + len(suffix)]
        total += len(suffix) * Indel.normalized_similarity(suffix, window)
        weight += len(suffix)
    return total / weight if weight else None


def _support(quote: str) -> float:
    """The context score a candidate needs; short quotes need more."""
    length = len(quote.strip())
    if length < MIN_FUZZY_LEN:
        return TINY_CONTEXT_SUPPORT
    return CONTEXT_SUPPORT if length >= SHORT_QUOTE else SHORT_CONTEXT_SUPPORT


def _occurrences(text: str, needle: str, limit: int) -> list[int]:
    """Start offsets of ``needle`` in ``text``, overlapping, at most ``limit + 1``."""
    found: list[int] = []
    pos = text.find(needle)
    while pos >= 0 and len(found) <= limit:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A place the quote might now be: span, quote score 0-100, context 0-1."""

    start: int
    end: int
    quote_score: float
    context: float | None
    exact: bool = False

    @property
    def combined(self) -> float:
        context = 0.5 if self.context is None else self.context
        return 0.6 * self.quote_score / 100.0 + 0.4 * context


def _decide_exact(
    anchor: Anchor, candidates: list[_Candidate], same_offsets: bool, count: int
) -> tuple[int, ReanchorMethod] | None:
    """Step 2 and hopeless cases: decide from exact copies alone.

    Args:
        anchor: the old anchor.
        candidates: the exact occurrences in the new text, with context scores.
        same_offsets: whether the quote still sits at the old offsets.
        count: how many exact occurrences were found (more than
            ``len(candidates)`` when capped).

    Returns:
        ``(start, method)`` when decided (``method`` NEEDS_REVIEW to give
        up); None to weigh near matches as well.
    """
    if not candidates:
        return None
    support = _support(anchor.exact)

    def backed(context: float | None) -> bool:
        return context is None or context >= support

    by_start = {c.start: c for c in candidates}
    if count > len(candidates):
        # A very common quote ("Đảng"): only its own place, well backed, will do.
        own = by_start.get(anchor.start)
        if same_offsets and own is not None and backed(own.context):
            return anchor.start, ReanchorMethod.POSITION
        return -1, ReanchorMethod.NEEDS_REVIEW

    if same_offsets:
        own_context = by_start[anchor.start].context
        others = (c.context or 0.0 for c in candidates if c.start != anchor.start)
        # Ties go to the old offsets: the same words, at the same place, in
        # the same surroundings as any other copy.
        if backed(own_context) and (
            own_context is None or own_context >= max(others, default=-1.0)
        ):
            return anchor.start, ReanchorMethod.POSITION

    return None


def _decide(anchor: Anchor, candidates: list[_Candidate]) -> _Candidate | None:
    """Steps 3 and 4 together: the best candidate, if it is clearly the best.

    The winner must quote well enough (exact, or at least
    :data:`MIN_FUZZY_SCORE`), be backed by its context (a long exact quote
    that has no rival at all is trusted without), and beat every
    non-overlapping rival's combined score by a margin.
    """
    pool = sorted(
        (c for c in candidates if c.quote_score >= MIN_FUZZY_SCORE - 15),
        key=lambda c: (c.combined, c.exact),
        reverse=True,
    )
    distinct: list[_Candidate] = []
    for candidate in pool:
        if all(candidate.end <= kept.start or candidate.start >= kept.end for kept in distinct):
            distinct.append(candidate)
    if not distinct:
        return None
    best = distinct[0]
    if best.quote_score < MIN_FUZZY_SCORE:
        return None
    exact_ones = [c for c in distinct if c.exact]
    if (best.exact and len(exact_ones) == 1 and len(anchor.exact.strip()) >= LONG_QUOTE
            and all((c.context or 0.0) <= (best.context or 0.0) for c in distinct[1:])):
        # the one exact copy of a long quote, no worse placed than any near match
        # (a text prepended with similar words); a near match in the quote's
        # own surroundings (edited in place) still wins the review below
        return best
    if len(distinct) > 1:
        margin = CONTEXT_MARGIN if best.exact and distinct[1].exact else FUZZY_MARGIN
        if best.combined - distinct[1].combined < margin:
            return None
    if best.context is None or best.context >= _support(anchor.exact):
        return best
    if best.exact and len(distinct) == 1 and len(anchor.exact.strip()) >= LONG_QUOTE:
        return best
    return None


def _fuzzy_candidates(anchor: Anchor, new_text: str) -> list[_Candidate]:
    """Step 4: near matches in the normalised text, seeded by exact fragments.

    Returns:
        Candidates with spans in ``new_text`` (not the normalised text).
    """
    normalized_exact = _norm(anchor.exact)
    quote = normalized_exact.strip()
    length = len(quote)
    if not MIN_FUZZY_LEN <= length <= MAX_FUZZY_LEN:
        return []
    lead = len(normalized_exact) - len(normalized_exact.lstrip())
    trail = len(normalized_exact) - len(normalized_exact.rstrip())
    prefix = _norm(anchor.prefix)
    suffix = _norm(anchor.suffix)
    normalized = _normalize(new_text)
    text = normalized.text

    candidates: list[_Candidate] = []
    for est_start, est_end in _seed_spans(text, quote, prefix, suffix, lead, trail):
        start, end = _refine(text, quote, est_start, est_end)
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if start >= end:
            continue
        score = 100.0 * Indel.normalized_similarity(quote, text[start:end])
        if score < MIN_FUZZY_SCORE - 15:
            continue
        context = _context_score(prefix, suffix, text, start - lead, end + trail)
        orig_start = normalized.to_orig_start(start)
        orig_end = normalized.to_orig_end(end)
        if orig_start < orig_end:
            candidates.append(_Candidate(orig_start, orig_end, score, context))
    return candidates


def _hits(text: str, fragment: str) -> list[int] | None:
    """Where ``fragment`` occurs, or None when it is too common to tell anything."""
    found: list[int] = []
    pos = text.find(fragment)
    while pos >= 0:
        if len(found) >= _MAX_HITS_PER_FRAGMENT:
            return None
        found.append(pos)
        pos = text.find(fragment, pos + 1)
    return found


def _seed_spans(
    text: str, quote: str, prefix: str, suffix: str, lead: int, trail: int
) -> list[tuple[int, int]]:
    """Estimated ``(start, end)`` spans of the quote, most-voted first.

    Each exact hit of a fragment of the quote (or of the prefix tail or the
    suffix head) votes for where the quote would start and end if nothing
    else had changed; votes that fall close together are one candidate.
    This keeps the work proportional to the number of hits, not to
    ``len(text) * len(quote)``.
    """
    length = len(quote)
    size = 8 if length < 48 else 12
    size = min(size, length)
    count = min(_MAX_FRAGMENTS, max(2, length // size))
    step = (length - size) / (count - 1) if count > 1 else 0
    # (fragment id, offset of the fragment relative to the quote start)
    fragments: list[tuple[str, int]] = []
    for i in range(count):
        offset = round(i * step)
        fragments.append((quote[offset : offset + size], offset))
    if len(prefix) >= size:
        fragments.append((prefix[-size:], -lead - size))
    if len(suffix) >= size:
        fragments.append((suffix[:size], length + trail))

    # votes: (estimated start, fragment index, offset)
    votes: list[tuple[int, int, int]] = []
    for index, (fragment, offset) in enumerate(fragments):
        hits = _hits(text, fragment)
        if hits:
            votes.extend((hit - offset, index, offset) for hit in hits)
    if not votes:
        return []
    votes.sort()
    tolerance = max(8, length // 8)
    groups: list[list[tuple[int, int, int]]] = [[votes[0]]]
    for vote in votes[1:]:
        if vote[0] - groups[-1][-1][0] <= tolerance:
            groups[-1].append(vote)
        else:
            groups.append([vote])
    groups.sort(key=lambda g: len({index for _, index, _ in g}), reverse=True)

    spans: list[tuple[int, int]] = []
    for group in groups[:_MAX_CANDIDATES]:
        # The fragment nearest the quote's start places the start best, the
        # one nearest its end places the end best (an edit in between moves
        # only one of them).
        head = min(group, key=lambda v: abs(v[2]))
        tail = min(group, key=lambda v: abs(length - v[2]))
        start = max(0, head[0])
        end = min(len(text), tail[0] + length)
        if end <= start:
            end = min(len(text), start + length)
        spans.append((start, end))
    return spans


def _refine(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """Move both ends a little to maximise the similarity to ``quote``.

    Coordinate ascent: a few passes over the start, then the end, each tried
    within ``reach`` characters; bounded, so long quotes stay affordable.
    """
    length = len(quote)
    reach = 12 if length <= 2_000 else 4
    best = Indel.normalized_similarity(quote, text[start:end])
    for _ in range(2):
        moved = False
        for s in range(max(0, start - reach), min(end, start + reach + 1)):
            score = Indel.normalized_similarity(quote, text[s:end])
            if score > best:
                best, start, moved = score, s, True
        for e in range(max(start + 1, end - reach), min(len(text), end + reach) + 1):
            score = Indel.normalized_similarity(quote, text[start:e])
            if score > best:
                best, end, moved = score, e, True
        if not moved:
            break
    return start, end
