"""Map clean offsets back to raw text, and render clean text as annotated HTML.

Like eyecite's ``annotate.py``: the core escapes and inserts the tags so the Qt
reader only displays the result, and the escaping can be tested without Qt.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence

Span = tuple[int, int, str, str]


def clean_to_raw(offset_map: Sequence[tuple[int, int]], clean_offset: int) -> int:
    """Map an offset in the clean text to the raw text.

    ``offset_map`` is ``ParsedArticle.offset_map``: ``((clean_start, raw_start), ...)``
    sorted by ``clean_start``; the offset maps to ``raw_start + (clean_offset -
    clean_start)`` of the last pair with ``clean_start <= clean_offset``.
    Offsets before the first run map to its raw start; an empty map maps to 0.
    """
    if not offset_map:
        return 0
    i = bisect.bisect_right(offset_map, (clean_offset, float("inf"))) - 1
    if i < 0:
        return offset_map[0][1]
    clean_start, raw_start = offset_map[i]
    return raw_start + (clean_offset - clean_start)


def annotate_html(clean_text: str, spans: Sequence[Span]) -> str:
    """Render ``clean_text`` as HTML paragraphs with ``spans`` marked up.

    Args:
        clean_text: paragraphs separated by blank lines.
        spans: ``(start, end, open_tag_html, close_tag_html)``; the tags are
            trusted HTML given by the caller, the text is escaped. Spans may
            nest, overlap or cross paragraphs: an element that would cross
            another is closed and reopened, so the output is always well
            nested. Empty or out-of-range spans are ignored (after clipping).

    Returns:
        ``<p>...</p>`` per paragraph; single line breaks inside a paragraph
        become ``<br>``.
    """
    n = len(clean_text)
    good: list[tuple[int, int, int, str, str]] = []
    for idx, (start, end, open_tag, close_tag) in enumerate(spans):
        s, e = max(0, int(start)), min(n, int(end))
        if s < e:
            good.append((s, e, idx, open_tag, close_tag))
    # outer spans first: earlier start, then longer, then given order
    good.sort(key=lambda t: (t[0], -t[1], t[2]))
    rank = {t[2]: r for r, t in enumerate(good)}

    # paragraph pieces: (start, end) of text between blank-line separators
    pieces: list[tuple[int, int]] = []
    pos = 0
    while pos <= n:
        sep = clean_text.find("\n\n", pos)
        stop = n if sep < 0 else sep
        pieces.append((pos, stop))
        if sep < 0:
            break
        pos = sep + 2
        while pos < n and clean_text[pos] == "\n":
            pos += 1

    bounds_by_piece: list[list[int]] = []
    events: list[int] = sorted({p for t in good for p in (t[0], t[1])})
    for a, b in pieces:
        lo = bisect.bisect_right(events, a)
        hi = bisect.bisect_left(events, b)
        bounds_by_piece.append([a, *events[lo:hi], b])

    out: list[str] = []
    for (a, b), bounds in zip(pieces, bounds_by_piece, strict=True):
        if a == b:
            continue
        out.append("<p>")
        stack: list[tuple[int, int, int, str, str]] = []
        for x, y in zip(bounds, bounds[1:], strict=False):
            if x >= y:
                continue
            want = [t for t in good if t[0] <= x and t[1] >= y]
            want.sort(key=lambda t: rank[t[2]])
            keep = 0
            while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
                keep += 1
            for t in reversed(stack[keep:]):
                out.append(t[4])
            for t in want[keep:]:
                out.append(t[3])
            stack = want
            out.append(_escape(clean_text[x:y]))
        for t in reversed(stack):
            out.append(t[4])
        out.append("</p>")
    return "".join(out)


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")
