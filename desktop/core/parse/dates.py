"""Publication date, meeting date and meeting period of an article.

* Publication date: only from date lines the cleaner labelled (the header
  area, a labelled ``Ngày đăng:`` line, or a stamp glued to the headline),
  never from the body.
* Event date: a day and month opening a lead paragraph (``Chiều ngày 3/12,``,
  ``Sáng nay (5/8),``, ``(Cổng TTĐT AG)- Chiều ngày 28/10/2019,``) or, failing
  that, a day-part lead-in in the first sentence of the first paragraphs
  (``..., chiều 13-1-2022, ...``). Dates inside a directive's issuer phrase
  (``Hướng dẫn 26-HD/BTCTW, ngày 18/10/2019``) are never taken. The year is the
  printed one, else the publication year (one year back when the day would
  fall after publication: a ``31-12`` meeting reported on ``01/01``), else a
  year the title or lead ties to the month (``tháng 12 năm 2018``), else the
  years the title and lead name: the latest one for a meeting in the first
  half of a year (``tổng kết 2016, triển khai 2017`` in March -> 2017), the
  earliest for one in the second half.
* Event period: the day when known; otherwise the period the report covers as
  first stated in the title or the first paragraphs (``6 tháng đầu năm 2024``
  -> half-year, ``quý II năm 2024`` -> quarter, ``tháng 10/2019`` -> month,
  ``năm 2017`` -> year). For a mid-year review that gives the half-year under
  review: the meeting itself falls at its end or just after, which a reader of
  "H1 2024" understands; no day is ever invented.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Sequence

from desktop.core.models import Period, Precision
from desktop.core.parse import regexes
from desktop.core.parse.directives import parse_date

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def published_date(date_lines: Sequence[str]) -> str | None:
    """ISO date of the first date line that holds a valid date."""
    from desktop.core.parse.common import ffold

    for line in date_lines:
        iso = parse_date(ffold(line))
        if iso and 1990 <= int(iso[:4]) <= 2100:
            return iso
    return None


def _day_month_year(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if m.group(d):
            year = int(m.group(y)) if m.group(y) else None
            return int(m.group(d)), int(m.group(mo)), year
    return None


def _valid(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def fix_year(day: int, month: int, published: str | None, context: str) -> int | None:
    """The year of a meeting on ``day/month`` (see the module docstring).

    Args:
        day, month: the meeting's day and month.
        published: ISO publication date or None.
        context: folded title and lead text.
    """
    if published:
        pub = _dt.date.fromisoformat(published)
        cand = _valid(pub.year, month, day)
        if cand is None:
            return None
        if cand > pub + _dt.timedelta(days=1):
            return pub.year - 1
        return pub.year
    for m in regexes.MONTH_YEAR_F.finditer(context):
        if int(m.group("m")) == month:
            return int(m.group("y"))
    years = sorted({int(y.group()) for y in regexes.YEAR_F.finditer(context)})
    if not years:
        return None
    return years[-1] if month <= 6 else years[0]


def _outside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return not any(a <= start < b or a < end <= b for a, b in spans)


def find_event_date(
    paragraphs: Sequence[tuple[int, int]],
    folded: str,
    title_folded: str,
    published: str | None,
    excluded: Sequence[tuple[int, int]] = (),
    lead_paragraphs: int = 4,
) -> str | None:
    """ISO date of the meeting reported, or None.

    Args:
        paragraphs: ``(start, end)`` of the body paragraphs in the clean text.
        folded: folded clean text.
        title_folded: folded title.
        published: ISO publication date or None.
        excluded: spans (directive issuer/date phrases) where no event date is read.
        lead_paragraphs: how many leading paragraphs may hold the date.
    """
    lead = list(paragraphs[:lead_paragraphs])
    found = None
    for a, b in lead:
        m = regexes.EVENT_LEAD_F.match(folded, a, b)
        if m and _outside(m.start(), m.end(), excluded):
            found = m
            break
    if found is None:
        for a, b in lead[:2]:
            sent = regexes.SENTENCE_BOUND_RE.search(folded, a, b)
            stop = sent.end() if sent else b
            for m in regexes.EVENT_ANY_F.finditer(folded, a, stop):
                if _outside(m.start(), m.end(), excluded):
                    found = m
                    break
            if found is not None:
                break
    if found is None:
        return None
    parts = _day_month_year(found)
    if parts is None:
        return None
    day, month, year = parts
    if year is None:
        context = title_folded + " \n " + " \n ".join(folded[a:b] for a, b in lead[:3])
        year = fix_year(day, month, published, context)
        if year is None:
            return None
    date = _valid(year, month, day)
    return date.isoformat() if date else None


def _period(start: _dt.date, end: _dt.date, precision: Precision) -> Period:
    return Period(start.isoformat(), end.isoformat(), precision)


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def period_from_match(m: re.Match[str]) -> Period | None:
    """The :class:`Period` a ``PERIOD_F`` match names, or None when it has no year."""
    try:
        if m.group("half"):
            if not m.group("hy"):
                return None
            y = int(m.group("hy"))
            if m.group("which") == "dau":
                return _period(_dt.date(y, 1, 1), _dt.date(y, 6, 30), Precision.HALF_YEAR)
            return _period(_dt.date(y, 7, 1), _dt.date(y, 12, 31), Precision.HALF_YEAR)
        if m.group("q"):
            if not m.group("qy"):
                return None
            y, q = int(m.group("qy")), _ROMAN_Q[m.group("q")]
            return _period(_dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), Precision.QUARTER)
        if m.group("m"):
            y, mo = int(m.group("my")), int(m.group("m"))
            return _period(_dt.date(y, mo, 1), _month_end(y, mo), Precision.MONTH)
        y = int(m.group("y"))
        return _period(_dt.date(y, 1, 1), _dt.date(y, 12, 31), Precision.YEAR)
    except (ValueError, KeyError):
        return None


def find_event_period(texts: Sequence[str], year_texts: Sequence[str]) -> Period | None:
    """The period the report covers, when no day is known.

    Args:
        texts: folded title and leading paragraphs, searched in order for a
            half-year, quarter or month with its year.
        year_texts: folded title and lead, searched for ``năm YYYY`` when none is found.
    """
    for text in texts:
        for m in regexes.PERIOD_F.finditer(text):
            if m.group("y"):
                continue
            p = period_from_match(m)
            if p is not None:
                return p
    for text in year_texts:
        for m in regexes.PERIOD_F.finditer(text):
            if m.group("y"):
                p = period_from_match(m)
                if p is not None:
                    return p
    return None


def day_period(iso: str) -> Period:
    """The one-day period of an ISO date."""
    return Period(iso, iso, Precision.DAY)
