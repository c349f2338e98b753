"""Publication date, meeting date and meeting period of an article.

* Publication date: only from date lines the cleaner labelled (the header
  area, a labelled ``Ngày đăng:`` line, or a stamp glued to the headline),
  never from the body.
* Event date: a day and month opening a lead paragraph (``Chiều ngày 3/12,``,
  ``Sáng nay (5/8),``, ``(Cổng TTĐT AG)- Chiều ngày 28/10/2019,``) or, failing
  that, a day-part lead-in in the first sentence of the first paragraphs
  (``..., chiều 13-1-2022, ...``). Dates inside a directive's issuer phrase
  (``Hướng dẫn 26-HD/BTCTW, ngày 18/10/2019``) are never taken. The year is the
  printed one, else the publication year, else a year the title or lead ties
  to the month (``tháng 12 năm 2018``), else the year that puts the day where a
  meeting on the period the title or lead names falls (a review of ``năm 2023``
  on ``1/2`` -> 2024; ``triển khai nhiệm vụ năm 2013`` on ``19/2`` -> 2013), else
  the years the title and lead name: the latest one for a meeting in the first
  half of a year (``tổng kết 2016, triển khai 2017`` in March -> 2017), the
  earliest for one in the second half. A year must look like a year (after
  ``năm``, ``tháng 6/``, in a date, or alone before punctuation), never a count
  (``2082 đảng viên``), and lie between 1945 and next year. A meeting is never
  after its report: a date after the publication date (printed year or not)
  takes the publication year, or the year before (a ``31-12`` meeting reported
  on ``01/01``).
* Event period: the day when known; otherwise the period the report covers as
  first stated in the title or the first paragraphs (``6 tháng đầu năm 2024``
  -> half-year, ``quý II năm 2024`` -> quarter, ``tháng 10/2019`` -> month,
  ``năm 2017`` -> year), passing over a period that begins after publication
  (the next year of ``triển khai nhiệm vụ năm 2027``). For a mid-year review
  that gives the half-year under review: the meeting itself falls at its end
  or just after, which a reader of "H1 2024" understands; no day is ever
  invented.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop.core.models import Period, Precision
from desktop.core.parse import regexes
from desktop.core.parse.directives import parse_date

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


#: a date line labelled as the publication's (folded), beside others of the same post
#: ("Ngày tạo ...", "Ngày cập nhật ...", "Ngày đăng ..."): the one to take
_PUBLISHED_LABEL_F = re.compile(
    r"\s*(?:ngay\s+dang|dang\s+ngay|dang\s+luc|ngay\s+xuat\s+ban|xuat\s+ban|published|posted)\b")
#: how many date lines nearest the headline are looked at for that label
_LABELLED_NEAR = 3


def published_date(date_lines: Sequence[str]) -> str | None:
    """ISO date of the first date line that holds a valid date.

    Of a post's several date lines near the headline (created, updated,
    published), the one labelled as the publication's is taken first.
    """
    from desktop.core.parse.common import ffold

    folded = [ffold(line) for line in date_lines]
    labelled = [f for f in folded[:_LABELLED_NEAR] if _PUBLISHED_LABEL_F.match(f)]
    if labelled:
        folded = labelled + folded
    for line in folded:
        iso = parse_date(line)
        if iso and 1990 <= int(iso[:4]) <= 2100:
            return iso
    return None


def yearless_published(date_lines: Sequence[str], event: str) -> str | None:
    """A post's time stamp with no year (``4 tháng 4 lúc 07:12 · 🌏``, as a social network
    prints this year's posts), dated in the year that puts it on the day of the meeting
    it reports (``event``, ISO) or within weeks after; None when no such year is near."""
    from desktop.core.parse.common import ffold

    if not date_lines:
        return None
    m = _YEARLESS_STAMP_F.match(ffold(date_lines[0]))
    if m is None:
        return None
    held = _dt.date.fromisoformat(event)
    day, month = int(m.group("d")), int(m.group("m"))
    for year in (held.year, held.year + 1):
        stamp = _valid(year, month, day)
        if stamp is not None and held <= stamp <= held + _AHEAD:
            return stamp.isoformat()
    return None


#: a post's time stamp with no year (folded): "4 thang 4 luc 07:12", "4 thg 4 luc 07:12"
_YEARLESS_STAMP_F = re.compile(r"(?P<d>\d{1,2})\s+th(?:an)?g\s+(?P<m>\d{1,2})\s+luc\s+\d{1,2}:\d{2}(?![\d/])")


def _day_month_year(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if m.group(d):
            year = int(m.group(y)) if m.group(y) else None
            if year is not None and year < 100:
                year += 2000  # "05-04-23"
            return int(m.group(d)), int(m.group(mo)), year
    if "dw" in m.re.groupindex and m.group("dw"):  # "ngày mười lăm tháng Một năm 2025"
        month = m.group("mw")
        return (number_in_words(m.group("dw")), int(month) if month.isdigit() else number_in_words(month),
                int(m.group("yw")) if m.group("yw") else None)
    if "mname" in m.re.groupindex and m.group("mname"):  # "On January 7, ..."
        year = int(m.group("y4")) if m.group("y4") else None
        return int(m.group("d4")), regexes.ENGLISH_MONTHS.index(m.group("mname")) + 1, year
    return None


def number_in_words(words: str) -> int:
    """A number from 1 to 39 written in words (folded): "muoi lam" -> 15, "hai muoi mot" -> 21,
    "mong ba" -> 3 (a day's first ten are "mồng")."""
    parts = words.split()
    if parts[0] == "mong":
        parts = parts[1:]
    tens = 0
    if len(parts) >= 2 and parts[1] == "muoi":
        tens, parts = 10 * _UNIT_WORDS[parts[0]], parts[2:]
    elif parts[0] == "muoi":
        tens, parts = 10, parts[1:]
    # ("mốt" and "lăm"/"nhăm" after tens; "tư" after twenty; "năm" as a unit)
    return tens + (_UNIT_WORDS[parts[0]] if parts else 0)


_UNIT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6,
               "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def _valid(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


#: the years a meeting or period of this genre can fall in: from 1945 to next year
#: (a year outside, such as the count in ``2082 đảng viên``, is never a date's year)
MIN_YEAR = 1945
MAX_YEAR = _dt.date.today().year + 1
#: a meeting that reviews a period (a ``tổng kết``, ``sơ kết`` or ``giao ban``, or any
#: meeting on a half-year, quarter or month) is held during it or up to four months
#: after it, as close to its end as the day and month allow (``tổng kết năm 2023``
#: on ``1/2`` -> 2024); any other meeting dated by a year falls inside it
_SLACK = _dt.timedelta(days=31)
_AFTER_END = _dt.timedelta(days=120)


def _plausible_year(year: int, published: _dt.date | None = None) -> bool:
    top = published.year + 1 if published else MAX_YEAR
    return MIN_YEAR <= year <= top


def context_years(context: str) -> list[int]:
    """The years ``context`` (folded) names as years, in order.

    ``năm 2019``, ``tháng 6/2019``, ``3/12/2018``, a bare ``2016`` before
    punctuation; never a count before a noun (``2082 đảng viên``), a range
    (``nhiệm kỳ 2020-2025``), or a year outside :data:`MIN_YEAR`..:data:`MAX_YEAR`.
    """
    out = []
    for m in regexes.YEAR_IN_CONTEXT_F.finditer(context):
        y = int(m.group("y") or m.group("b"))
        if _plausible_year(y):
            out.append(y)
    return out


def _best_year(day: int, month: int, years: Sequence[int], lo: _dt.date, hi: _dt.date,
               score: Callable[[_dt.date], int]) -> int | None:
    best: tuple[int, int] | None = None
    for year in years:
        d = _valid(year, month, day)
        if d is not None and lo <= d <= hi and (best is None or score(d) < best[0]):
            best = (score(d), year)
    return best[1] if best else None


def _year_from_period(day: int, month: int, context: str) -> int | None:
    """The year that puts ``day/month`` where a meeting on the context's period falls.

    The first period reviewed decides (``tổng kết năm 2021``): a review meets
    during it or soon after, as close to its end as possible; a meeting dated
    by a plain year (``tập huấn năm 2019``) falls inside it. Failing one, the
    first next period (``triển khai nhiệm vụ năm 2022``) decides: the meeting
    opens it, around its start.
    """
    found: list[tuple[Period, bool, bool]] = []  # (period, is next, is reviewed)
    # the periods of the title and the lead's first paragraph, when they name any, before
    # those further on ("... năm 2017" in the third paragraph is not this meeting's)
    head = _nth(context, " \n ", 2)
    in_head = 0
    yearless: re.Match[str] | None = None  # a quarter or half before its year: "quý I và ... năm 2021"
    for m in regexes.PERIOD_F.finditer(context):
        p = period_from_match(m)
        if p is None:
            yearless = m if m.group("q") or m.group("half") else None
            continue
        if not _plausible_year(int(p.start[:4])):
            continue
        if in_head and m.start() >= head:
            break
        in_head += m.start() < head
        lo = max(0, m.start() - 90)
        nxt = regexes.NEXT_PERIOD_CUE_F.search(context, lo, m.start())
        review = regexes.REVIEW_CUE_F.search(context, lo, m.start()) is not None
        # "đánh giá kết quả thực hiện nhiệm vụ năm 2020": the tasks reviewed, not the next ones
        if nxt is not None and review and nxt.group().startswith("nhiem"):
            nxt = None
        if (yearless is not None and nxt is None and p.precision == Precision.YEAR
                and m.start() - yearless.end() <= _YEARLESS_GAP
                and not any(c in context[yearless.end() : m.start()] for c in ".;\n")):
            # "giao ban quý I và tập huấn nghiệp vụ năm 2021": the quarter is of the year after it
            p = period_from_match(yearless, int(p.start[:4])) or p
        yearless = None
        if nxt is not None and p.precision == Precision.YEAR and (
                last := _LAST_MONTHS_F.search(context, max(0, m.start() - 16), m.start())) is not None:
            # "triển khai nhiệm vụ 4 tháng cuối năm 2020": the next period opens in September
            months = int(last.group("n"))
            if 1 <= months <= 11:
                p = Period(f"{p.start[:4]}-{13 - months:02d}-01", p.end, p.precision)
        found.append((p, nxt is not None, review))
    reviewed = next((p for p, is_next, _r in found if not is_next), None)
    following = next((p for p, is_next, _r in found if is_next), None)
    # "Hội nghị ... năm 2009" in the title, "tổng kết công tác ... năm 2009" in the lead
    review = any(r for p, _n, r in found if p == reviewed)
    if reviewed is not None:
        start = _dt.date.fromisoformat(reviewed.start)
        end = _dt.date.fromisoformat(reviewed.end)
        years = (start.year, end.year + 1)
        if reviewed.precision != Precision.YEAR or review:
            return _best_year(day, month, years, start - _SLACK, end + _AFTER_END,
                              lambda d: abs((d - end).days))
        return _best_year(day, month, years, start - _SLACK, end + _SLACK,
                          lambda d: max((start - d).days, (d - end).days, 0))
    if following is not None:
        start = _dt.date.fromisoformat(following.start)
        return _best_year(day, month, (start.year - 1, start.year), start - _AFTER_END,
                          start + _AFTER_END, lambda d: abs((d - start).days))
    return None


#: a congress held, of the term it opens (folded): the headline opening with it, or the lead's
#: first sentence saying it was held ("tổ chức Đại hội ..., nhiệm kỳ 2025 - 2030"; not a
#: meeting preparing one: "triển khai tổ chức đại hội ... nhiệm kỳ 2020 - 2025")
_TERM = r"(?![\w])[^.\n]{0,120}?\bnhiem\s+ky\s+(?P<y>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)\d\d"
_CONGRESS_TITLE_F = re.compile(r"dai\s+hoi" + _TERM)
_CONGRESS_HELD_F = re.compile(
    r"(?<!trien\skhai\s)(?<!chuan\sbi\s)(?<![\w])(?:to\s+chuc|khai\s+mac)\s+(?:thanh\s+cong\s+)?dai\s+hoi" + _TERM)
#: a review of a span of years (folded): "so ket 5 nam (2016 - 2021)", "tong ket 10 nam 2013 - 2023"
_REVIEWED_SPAN_F = re.compile(r"(?:so|tong)\s+ket\s+\d{1,2}\s+nam\s*\(?\s*(?:19|20)\d\d\s*[-–—]\s*(?P<y>(?:19|20)\d\d)(?!\d)")
#: how far (folded characters) a year may follow the quarter or half it dates
_YEARLESS_GAP = 40
#: the months of a year in which a review of the year before may be held
_NEXT_YEAR_MONTHS = 2
#: the last months of a year before its "năm" (folded): "4 tháng cuối "
_LAST_MONTHS_F = re.compile(r"(?P<n>\d{1,2})\s+thang\s+cuoi\s+$")


def _nth(text: str, sep: str, n: int) -> int:
    """Where the ``n``-th ``sep`` in ``text`` starts (the text's length when there are fewer)."""
    pos = -1
    for _ in range(n):
        pos = text.find(sep, pos + 1)
        if pos < 0:
            return len(text)
    return pos


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
        if int(m.group("m")) == month and _plausible_year(int(m.group("y"))):
            return int(m.group("y"))
    if (congress := _CONGRESS_TITLE_F.match(context) or _CONGRESS_HELD_F.search(
            context, 0, _nth(context, ". ", 1))) is not None:
        # "ĐẠI HỘI ĐẢNG BỘ XÃ ... NHIỆM KỲ 2025 - 2030" / "Ngày 24.7, ... tổ chức Đại hội đại
        # biểu lần thứ I, nhiệm kỳ 2025 - 2030": a term's congress opens it, in its first year
        return int(congress.group("y"))
    year = _year_from_period(day, month, context)
    if year is not None:
        return year
    if (span := _REVIEWED_SPAN_F.search(context)) is not None:
        # "sơ kết 5 năm (2016 - 2021)": a review at its span's end (in the first weeks of the
        # next year for a day of January or February)
        return int(span.group("y")) + (month <= _NEXT_YEAR_MONTHS)
    years = sorted(set(context_years(context)))
    if not years:
        return None
    return years[-1] if month <= 6 else years[0]


def settle_year(day: int, month: int, year: int, published: str | None,
                printed: bool = False) -> int | None:
    """The year of a meeting on ``day/month/year``, checked against the publication date.

    A meeting is reported after it happens: a date after the publication date
    (one day of slack) takes the publication year, or the year before when that
    still falls after it (the ``31-12`` reported on ``01/01``); a printed year is
    kept when it does not fall after publication, and also when it falls a few
    weeks after it (``printed``): a plan, or a report prepared for a meeting,
    is dated before the meeting it names (``phục vụ hội nghị ngày 14/7/2017``
    in a report of 10/7/2017); a printed year a whole year ahead is a slip
    (``13-1-2023`` in a report of 20/01/2022). Without a publication date, a year
    outside :data:`MIN_YEAR`..:data:`MAX_YEAR` gives None.
    """
    if not published or printed and year < MIN_YEAR:
        # (a year printed before the genre's, "Ngày 3-2-1930, Đảng ... ra đời", is history)
        return year if _plausible_year(year) else None
    pub = _dt.date.fromisoformat(published)
    limit = pub + _dt.timedelta(days=1)
    d = _valid(year, month, day)
    if d is not None and year >= MIN_YEAR and (d <= limit or printed and d <= pub + _AHEAD):
        return year
    for y in (pub.year, pub.year - 1):
        cand = _valid(y, month, day)
        if cand is not None and cand <= limit:
            return y
    return None


#: how long before its meeting a document naming it (a plan, a report for it) is dated
_AHEAD = _dt.timedelta(days=60)


#: longest line read as a heading inside the text
_HEADING_MAX = 50


def _heading(folded: str, a: int, b: int) -> bool:
    """Whether ``folded[a:b]`` is a short heading: no sentence, no number, no clause."""
    return (b - a < _HEADING_MAX and not folded.endswith((".", ":", ";"), a, b)
            and not any(c.isdigit() or c in ",;" for c in folded[a:b]))


def _without_address(folded: str, paragraphs: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """``paragraphs`` without a letter's address opening them: ``Kính gửi: - Ban Tổ chức
    Trung ương;`` and the recipients listed under it (``- Thường trực Tỉnh ủy.``)."""
    k = next((i for i, (a, _b) in enumerate(paragraphs[:_ADDRESS_AT]) if folded.startswith("kinh gui", a)), None)
    if k is None:
        return paragraphs
    end = k + 1
    while (end < len(paragraphs) and paragraphs[end][1] - paragraphs[end][0] <= _RECIPIENT_MAX
           and folded.startswith(("-", "+", "•"), paragraphs[end][0])):
        end += 1
    return [*paragraphs[:k], *paragraphs[end:]]


#: how far down a letter's address may open its text; a recipient's line at most
_ADDRESS_AT = 3
_RECIPIENT_MAX = 160


def _outside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return not any(a <= start < b or a < end <= b for a, b in spans)


def _blank(text: str, a: int, b: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[a:b]`` with the parts inside ``spans`` (directives' issue dates) blanked."""
    piece = text[a:b]
    for s, e in spans:
        if s < b and e > a:
            lo, hi = max(s, a) - a, min(e, b) - a
            piece = piece[:lo] + " " * (hi - lo) + piece[hi:]
    return piece


#: how far down a document's "Thời gian:" line is looked for, in paragraphs
_TIME_LINE_PARAGRAPHS = 15


#: a lead opening with no day, only that the meeting was lately held (folded): "Vừa qua, ...",
#: "Mới đây, ...", "(KTV) - Vừa qua, ..."
_UNDATED_LEAD_F = re.compile(r"(?:\([^()\n]{1,12}\)\s*[-–]\s*)?(?:vua\s+qua|moi\s+day|gan\s+day|cach\s+day\s+it\s+ngay)\s*,")
#: an item of a chronicle, opening with its month (folded): "Tháng 1:", "Tháng 10 -", or its day
_CHRONICLE_ITEM_F = re.compile(
    r"thang\s+\d{1,2}(?:\s*[/-]\s*\d{4})?\s*[:–-]\s"
    # (or a list of days, each opening an item: "– Ngày 8/1/2019 (thứ Ba): Hội nghị tổng kết ...")
    r"|[-–•+*]\s*ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?:\s*\([^()]{1,14}\))?\s*:\s")
#: fewest such items that make a chronicle
_CHRONICLE_MIN = 3


def find_event_date(
    paragraphs: Sequence[tuple[int, int]],
    folded: str,
    title_folded: str,
    published: str | None,
    excluded: Sequence[tuple[int, int]] = (),
    lead_paragraphs: int = 4,
    issued: Sequence[str] = (),
    live: bool = False,
) -> str | None:
    """ISO date of the meeting reported, or None.

    Args:
        paragraphs: ``(start, end)`` of the body paragraphs in the clean text.
        folded: folded clean text.
        title_folded: folded title.
        published: ISO publication date or None.
        excluded: spans (directive issuer/date phrases) where no event date is read.
        lead_paragraphs: how many leading paragraphs may hold the date.
        issued: ISO issue dates of the documents the article cites (see
            :func:`_year_after`; nothing is inferred from them without one).
        live: whether the page is a live report (:func:`live_report`): with no day
            of its own, the meeting's is the date line's.
    """
    if regexes.SCHEDULE_TITLE_F.match(title_folded):
        return None  # a schedule ("Lịch công tác tuần 37 ...") lists many meetings, not one
    items = [p for p in paragraphs if _CHRONICLE_ITEM_F.match(folded, *p)]
    if len(items) >= _CHRONICLE_MIN:
        # a chronicle, month by month ("Tháng 1: Ngày 9/1/2023, ... tổng kết ..." / "Tháng 2:
        # ..."): its items' days are the year's events, none the article's meeting
        paragraphs = [p for p in paragraphs if p not in items]
    paragraphs = _without_address(folded, paragraphs)
    lead = list(paragraphs[:lead_paragraphs])
    found = None
    undated = False  # the lead says only that the meeting was lately held
    # (the lead opening with its day is looked for past a document's heading lines printed
    # over it: "TỈNH ỦY QUẢNG NGÃI" / "BAN THƯỜNG VỤ" / "THÔNG CÁO BÁO CHÍ" / "Hội nghị ...")
    for k, (a, b) in enumerate(itertools.islice((p for p in paragraphs if not _heading(folded, *p)),
                                                lead_paragraphs)):
        if k == 0 and len(title_folded) >= _REPEATED_TITLE_MIN and folded.startswith(title_folded, a):
            # the headline printed again as the lead's first sentence: the lead goes on after it
            a += len(title_folded)
            while a < b and folded[a] in ". :":
                a += 1
        if k == 0 and _UNDATED_LEAD_F.match(folded, a, b):
            # "Vừa qua, Ban Thường vụ Huyện ủy tổ chức hội nghị ...": the meeting has no day; a
            # later paragraph opening with one ("Ngày 15/6/2018, Chi bộ ấp ... kết nạp ...")
            # tells another event
            undated = True
            continue
        m = regexes.EVENT_LEAD_F.match(folded, a, b)
        if m and _outside(m.start(), m.end(), excluded):
            if undated or regexes.ISSUANCE_LEAD_F.match(folded, m.end(), b):
                # "Ngày 15/3/2022, Ban Tổ chức Thành ủy đã ban hành ...": a document's day
                excluded = [*excluded, m.span()]
                continue
            if _historic(m, published) and (
                    later := _lead_day_in_later_sentence(folded, [(a, b)], excluded, _HOLDS_EVENT_F)):
                # "Ngày 14/10/1930 được chọn là Ngày truyền thống ... Sáng 9-10, ... tổ chức lễ
                # kỷ niệm ...": a day of history opens the lead, the meeting's a later sentence
                found = later
                break
            found = _opening_after_preparatory(folded, m, b, excluded) or _meeting_reported(
                folded, m, b, excluded) or _headline_act_later(folded, m, b, title_folded, excluded) or m
            break
    if found is None and title_folded[:1].isalpha():
        # a headline opening with the meeting's day as its kicker: "Sáng 3/7: Tổng duyệt Đại hội ..."
        # over a lead that gives none ("Sáng nay, ...")
        kicker = regexes.EVENT_LEAD_F.match(title_folded)
        found = kicker if kicker is not None and title_folded[kicker.end() :].lstrip()[:1] == ":" else None
    if found is None:
        for a, b in lead[:2]:
            sent = regexes.SENTENCE_BOUND_RE.search(folded, a, b)
            stop = sent.end() if sent else b
            for m in regexes.EVENT_ANY_F.finditer(folded, a, stop):
                # "tính đến ngày 30/6/2021", "trước ngày 15/7": a cut-off or a deadline; "Sau 5 ngày
                # học tập (từ ngày 12 đến 16/6), chiều 16/6, ... bế giảng": the course, not its close
                if _outside(m.start(), m.end(), excluded) and not regexes.CUTOFF_BEFORE_F.search(
                        folded, max(a, m.start() - 16), m.start() + 1) and not _SPAN_BEFORE_F.match(folded, a, m.start()):
                    found = m
                    break
            if found is not None:
                break
    if found is None:
        # "Cách đây ít ngày, Ban Tổ chức Tỉnh ủy tổ chức hội nghị ... Hội nghị diễn ra ngày
        # 29/12, ...": the day the lead's paragraph says the meeting was held
        # (or hosted on it, in a lead that gives a day at all: "... hội nghị chuyên đề do Ban Tổ
        # chức Tỉnh ủy tổ chức sáng thứ Tư (20/9)"; after "Vừa qua, ..." such a day is another
        # meeting's: "Ngay sau hội nghị học tập ... do Tỉnh ủy tổ chức ngày 15/2")
        found = next((day for a, b in lead[:2] for _held, day in _held_days(folded, a, b, excluded, not undated)),
                     None)
    if found is None:
        found = _lead_day_in_later_sentence(folded, lead, excluded)
    if found is None and published:
        # "Sáng thứ Ba vừa qua, ...": the weekday before the publication date;
        # "Chiều nay, ...", "Sáng qua, ...": the publication's day, or the one before it
        for a, b in lead:
            if (wired := _wire_weekday(folded, a, b, published) or _english_day(folded, a, b, published)) is not None:
                return wired
            if (hail := _HAIL_F.match(folded, a, b)) is not None:
                a = hail.end()  # a broadcast's greeting first: "Thưa quý vị và các bạn! Thứ Năm tuần trước, ..."
            w = regexes.WEEKDAY_LEAD_F.match(folded, a, b)
            if w is None:  # (or after the meeting's verb: "... diễn ra vào tối thứ Sáu vừa qua")
                stop = _sentence_end(folded, a, b)
                for held in regexes.HELD_ON_F.finditer(folded, a, stop):
                    if (w := regexes.WEEKDAY_HELD_F.match(folded, held.end(), stop)) is not None:
                        break
            if w is not None:
                return _last_weekday(w, published)
            r = regexes.RELATIVE_DAY_LEAD_F.match(folded, a, b)
            if r is not None:
                back = 1 if (r.group("a") or r.group("b")) == "qua" else 0
                return (_dt.date.fromisoformat(published) - _dt.timedelta(days=back)).isoformat()
            # (or closing its first sentence, as some papers write it: "... tại hội nghị tổng kết
            # công tác ... năm 2024, chiều qua.")
            end = folded.find(". ", a, b)
            t = _RELATIVE_DAY_TAIL_F.search(folded, a, b if end < 0 else end + 1)
            if t is not None:
                back = 1 if t.group("w") == "qua" else 0
                return (_dt.date.fromisoformat(published) - _dt.timedelta(days=back)).isoformat()
    if found is None:
        # a document's own statement of its meeting's time: "1. Thời gian: khai mạc lúc
        # 08 giờ 00, thứ Năm, ngày 13 tháng 7 năm 2023" (minutes, a plan, an invitation)
        # (or minutes' opening under the documents they rest on: "Hôm nay, vào lúc 10 giờ 20
        # phút, thứ Năm ngày 28/5/2020, tại ...")
        for a, b in paragraphs[:_TIME_LINE_PARAGRAPHS]:
            if (opening := regexes.MINUTES_LEAD_F.match(folded, a, b)) is not None:
                found = opening
                break
            if regexes.TIME_LINE_F.match(folded, a, b):
                found = regexes.EVENT_ANY_F.search(folded, a, b)
                if found is not None and _outside(found.start(), found.end(), excluded):
                    break
                found = None
    if found is None:
        # "Hội nghị giao ban ngày 5/7 ...": a day stated in the headline only (not
        # the issue date of a document it names: "Hướng dẫn 26 ngày 18/10/2019")
        found = regexes.EVENT_ANY_F.search(title_folded) or regexes.TITLE_DAY_F.match(title_folded)
        if found is not None and _after_document(title_folded, found.start()):
            found = None
    if found is None:
        # "Tuần qua, Ban Tổ chức Thành ủy tổ chức hội nghị ..." and, further on, "Phát biểu
        # bế mạc hội nghị chiều 18/2, ...": the meeting named with its day anywhere in the body
        at = folded.find("hoi nghi ", paragraphs[0][0] if paragraphs else 0)
        while at >= 0 and found is None:  # (str.find, then the pattern where the words are)
            named = _MEETING_DAY_F.match(folded, at) if at == 0 or not folded[at - 1].isalnum() else None
            if named is not None:
                day = regexes.EVENT_ANY_F.match(folded, named.start("day"))
                if day is not None and _outside(day.start(), day.end(), excluded):
                    found = day
            at = folded.find("hoi nghi ", at + 1)
    if found is None:
        found = _digest_meeting_day(folded, paragraphs, excluded)
    if found is None:
        found = _held_on_anywhere(folded, paragraphs, excluded)
    if found is None:
        found = _meeting_lead_anywhere(folded, paragraphs[lead_paragraphs:], title_folded, excluded)
    if found is None and " gio" in folded:
        found = _scheduled_meeting(folded, paragraphs, excluded)
    if found is None and published:
        found = _captioned_day(folded, paragraphs, excluded, published)
    if found is None:
        # a speech at the meeting, dated the day it was given: "BÀI PHÁT BIỂU BẾ MẠC HỘI NGHỊ
        # SƠ KẾT ..." under "Bà Rịa, ngày 14 tháng 7 năm 2017"
        # (or a live report of it, its day the date line's: "Tường thuật trực tiếp Đại hội ...")
        return published if published and (_SPEECH_AT_MEETING_F.match(title_folded) or live) else None
    if "be mac" in folded[max(0, found.start() - _CLOSED_BACK) : found.start()]:
        # the day it closed, its opening day later in the lead: "... đã bế mạc chiều 14-12, sau 2 buổi
        # làm việc. Hội nghị khai mạc sáng 13-12 ...": a meeting over days is dated by its first
        para_end = next((b for a, b in paragraphs if a <= found.start() < b), len(folded))
        opened = _OPENED_ON_F.search(folded, found.end(), para_end)
        day = regexes.EVENT_ANY_F.match(folded, opened.end()) if opened is not None else None
        if day is not None and _outside(day.start(), day.end(), excluded):
            found = day
    # a meeting moved: "Hội nghị theo kế hoạch tổ chức ngày 28/10, song ... được lùi sang sáng
    # 31/10": the day it was held
    stop = _sentence_end(folded, found.end(), len(folded))  # (the moved day's sentence too)
    moved = _MOVED_TO_F.search(folded, found.end(), stop)
    if moved is not None:
        to = regexes.EVENT_ANY_F.match(folded, moved.end())
        if to is not None and _outside(to.start(), to.end(), excluded):
            found = to
    parts = _day_month_year(found)
    if parts is None:
        return None
    day, month, year = parts
    printed = year is not None
    if year is None and published and _planned(folded, found, stop):
        # a preview: "Theo kế hoạch, sáng 25/6, Ban Tổ chức Tỉnh ủy sẽ tổ chức hội nghị ..."
        # in an article of 21/6 is this year's meeting to come, not last year's
        pub = _dt.date.fromisoformat(published)
        ahead = _valid(pub.year, month, day)
        if ahead is not None and pub <= ahead <= pub + _AHEAD:
            year, printed = pub.year, True
    if year is None:
        context = title_folded + " \n " + " \n ".join(
            _blank(folded, a, b, excluded) for a, b in lead[:3])
        year = fix_year(day, month, published, context)
        if year is None and not published:
            year = _weekday_year(day, month, found.group(), folded, paragraphs, excluded)
        # (ISO dates sort as text)
        latest = _dt.date.fromisoformat(max(issued)) if issued else None
        if latest is not None and (year is None or not published and _before(year, month, day, latest)):
            # (a year read off the lead that puts the meeting before a document it cites
            # is another thing's: "Luật Đất đai năm 2014"; with no later year, none is known)
            year = _year_after(day, month, latest, folded, paragraphs, excluded)
            if year is None and not published:
                year = _weekday_after(day, month, found.group(), latest)
        if year is None:
            return None
        if not published:
            # (the lead's weekday outweighs a year read off the text: "Sáng thứ Sáu, ngày 15/12" in
            # a review naming "năm 2024" ahead is 2023's, a Friday)
            year = _weekday_checked(day, month, found.group(), year)
    year = settle_year(day, month, year, published, printed)
    if year is None:
        return None
    date = _valid(year, month, day)
    return date.isoformat() if date else None


def _scheduled_meeting(folded: str, paragraphs: Sequence[tuple[int, int]],
                       excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """A meeting a document convenes, its hour, weekday and day stated: a plan's or a
    letter's "Hội nghị giao ban quý III (dự kiến) tổ chức vào 14 giờ 00, thứ Ba, ngày
    14/10/2025" (a document with no meeting held before it)."""
    for a, b in paragraphs:
        for m in _SCHEDULED_F.finditer(folded, a, b):
            day = regexes.EVENT_ANY_F.match(folded, m.end())
            if (day is not None and _outside(day.start(), day.end(), excluded)
                    and "hoi nghi" in folded[max(a, m.start() - _SCHEDULED_BACK) : m.start()]):
                return day
    return None


#: a meeting's hour and weekday before its day (folded): "vào lúc 7 giờ 30 phút, thứ Sáu, ngày "
_SCHEDULED_F = re.compile(
    r"(?<![\w])\d{1,2}\s*gio(?:\s*\d{1,2}(?:\s*phut)?)?\s*,?\s*(?:(?:sang|chieu)\s+)?"
    r"thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\s*,?\s*(?=(?:ngay\s+)?\d)")
#: how far before the hour its meeting is named
_SCHEDULED_BACK = 200


#: a speech opening or closing a meeting, or given at it (folded, a title's start)
_SPEECH_AT_MEETING_F = re.compile(
    r"(?:bai\s+)?(?:phat\s+bieu|dien\s+van)\s+(?:(?:khai|be)\s+mac|.{0,120}?\btai\s+hoi\s+nghi\b)")


def first_run(folded: str) -> str | None:
    """The day a reposted article first ran, from the note saying so (folded): "(Bài viết được
    đăng lần đầu ngày 12/3/2024 trên Bản tin ...)", ISO, or None."""
    m = _FIRST_RUN_F.search(folded)
    if m is None:
        return None
    date = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return date.isoformat() if date else None


#: a repost's note of its first run (folded): "đăng lần đầu ngày 12/3/2024", "đăng lần đầu vào 5-8-2022"
_FIRST_RUN_F = re.compile(r"dang\s+lan\s+dau\s+(?:vao\s+)?(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
                          r"\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\b")


def live_report(title_folded: str, over_title: Sequence[str]) -> bool:
    """Whether a page is a live report of its meeting, by its headline or the label over it
    (folded): "Tường thuật trực tiếp Đại hội ...", "TRỰC TIẾP: ...", "● TRỰC TIẾP", "[Trực tiếp]"."""
    return _LIVE_REPORT_F.match(title_folded) is not None or any(
        _LIVE_LABEL_F.fullmatch(label) for label in over_title)


#: a live report's headline (folded): "Tường thuật trực tiếp: ...", "TRỰC TIẾP: ...", "Live: ..."
_LIVE_REPORT_F = re.compile(r"[\[(]?\s*(?:tuong\s+thuat\s+truc\s+tiep\b|(?:truc\s+tiep|live)\s*[:\])|-])")
#: ... or its label over the headline: "● TRỰC TIẾP", "[Trực tiếp]", "🔴 LIVE"
_LIVE_LABEL_F = re.compile(r"\W{0,4}(?:tuong\s+thuat\s+)?(?:truc\s+tiep|live)\W{0,4}")


#: the meeting named with its day (folded): "hội nghị chiều 18/2", "hội nghị ngày 12-3"
_MEETING_DAY_F = re.compile(
    # (a few words of its name between: "chỉ đạo hội nghị tổng kết sáng 11/1", a caption's;
    # no digit among them: "Hội nghị Trung ương 4 ngày ..." is a plenum)
    r"hoi\s+nghi(?:\s+[a-z]+){0,6}?\s+(?P<day>(?:sang|chieu|toi)\s+(?:ngay\s+)?|ngay\s+)\d")
#: a sentence opening with the meeting, whose day a "diễn ra ngày" later in it gives (folded):
#: "Kỳ họp thứ 44 của Ủy ban Kiểm tra Trung ương diễn ra ngày 8/5", "Hội nghị ... diễn ra ngày
#: 13-1, tại TP Vinh"
_MEETING_SUBJECT_F = re.compile(
    r"[^\w\n]{0,3}(?:(?:buoi|cuoc)\s+(?:hop|lam\s+viec|giao\s+ban)|hoi\s+nghi|ky\s+hop|phien\s+hop"
    r"|dai\s+hoi|giao\s+ban"
    # (or a ceremony, a course: "Lễ kết nạp được tổ chức sáng 30/12", "Lớp tập huấn diễn ra ...")
    r"|(?:buoi\s+)?le\s+(?:ket\s+nap|trao|ra\s+mat|cong\s+bo|ky\s+niem|tuyen\s+duong)|lop\s+(?:tap\s+huan|boi\s+duong))(?![\w])")
#: how far back from its "diễn ra" such a sentence may open, in characters
_HELD_SENTENCE_BACK = 240
#: a meeting moved to another day, after the planned one (folded): "được lùi sang",
#: "dời lại đến", "chuyển sang", "hoãn đến"
_MOVED_TO_F = re.compile(r"(?<![\w])(?:duoc\s+)?(?:lui|doi|chuyen|hoan)(?:\s+lai)?\s+(?:sang|den|toi|vao)\s+(?=(?:buoi\s+)?(?:sang|trua|chieu|toi|ngay|\d))")


def _held_days(folded: str, a: int, b: int, excluded: Sequence[tuple[int, int]], hosted: bool = False,
               ) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each "diễn ra ngày X" / "được tổ chức ngày X" in ``folded[a:b]`` of a meeting held (not
    one to come: "Đại hội dự kiến diễn ra ngày 13/10"), with its day outside ``excluded``; and,
    if ``hosted``, each "tổ chức sáng X" (the host's verb right before the day)."""
    verbs = regexes.HELD_ON_F.finditer(folded, a, b)
    for held in itertools.chain(verbs, _HOSTED_ON_F.finditer(folded, a, b)) if hosted else verbs:
        if _TO_COME_F.search(folded, max(a, held.start() - 14), held.start()):
            continue
        day = regexes.EVENT_ANY_F.match(folded, held.end(), b)
        if day is not None and _outside(day.start(), day.end(), excluded):
            yield held, day


#: shortest headline looked for again as the lead's first sentence
_REPEATED_TITLE_MIN = 20
#: the host's verb right before the meeting's day (folded): "... hội nghị chuyên đề do Ban Tổ chức
#: Tỉnh ủy tổ chức sáng thứ Tư (20/9)" (not the board's name: "Ban Tổ chức ngày ...")
_HOSTED_ON_F = re.compile(r"(?<![\w])(?<!ban\s)to\s+chuc\s+(?:vao\s+)?(?=(?:sang|chieu|toi|trua|ngay)\s)")


def _sentence_end(folded: str, pos: int, end: int) -> int:
    """Where the sentence going on at ``pos`` ends (its stop), or ``end``."""
    sent = regexes.SENTENCE_BOUND_RE.search(folded, pos, end)
    return sent.start() if sent else end


def _historic(m: re.Match[str], published: str | None) -> bool:
    """Whether a day's printed year is years before the publication's: a day of history."""
    parts = _day_month_year(m)
    return (published is not None and parts is not None and parts[2] is not None
            and parts[2] < int(published[:4]) - 1)


def _lead_day_in_later_sentence(folded: str, lead: Sequence[tuple[int, int]],
                                excluded: Sequence[tuple[int, int]],
                                holds: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """A lead's day opening a later sentence of its paragraph, one that says the meeting was
    held (``holds``): a host's ``Tôi là Ngọc Diệp. Sáng thứ Năm tuần trước, ngày 9/4, Ban Tổ
    chức Tỉnh ủy đã tổ chức hội nghị giao ban ...`` (:data:`_HOLDS_MEETING_F` unless told)."""
    holds = holds or _HOLDS_MEETING_F
    for a, b in lead:
        for bound in regexes.SENTENCE_BOUND_RE.finditer(folded, a, b):
            if folded[bound.start() - 1 : bound.start()].isdigit():
                continue  # an item's number, "2. Ngày 28/3, ...", ends no sentence
            start = bound.end() + 1  # (the space after the stop)
            m = regexes.EVENT_LEAD_F.match(folded, start, b)
            if m is None or not _outside(m.start(), m.end(), excluded) \
                    or regexes.ISSUANCE_LEAD_F.match(folded, m.end(), b):
                continue
            if holds.search(folded, m.end(), _sentence_end(folded, m.end(), b)):
                return m
    return None


def _headline_act_later(folded: str, lead: re.Match[str], end: int, title_folded: str,
                        excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The day opening a later sentence of the lead's paragraph that names the headline's act,
    where the lead's first sentence names neither it nor a meeting held: ``Ngày 8/5, Ban
    Thường vụ Tỉnh ủy đã làm việc ... Sáng nay (15/5), ... tổ chức tổng duyệt Đại hội ...``
    under ``Tổng duyệt Đại hội ...``."""
    act = " ".join(title_folded.split()[:2])
    if len(act) < _ACT_MIN or not act.replace(" ", "").isalpha():
        return None
    first_end = _sentence_end(folded, lead.end(), end)
    if folded.find(act, lead.end(), first_end) >= 0 or _HOLDS_MEETING_F.search(folded, lead.end(), first_end):
        return None  # (the first sentence's is the meeting: "Trong hai ngày 9 và 10/7, ... tổ chức Hội nghị")
    for bound in regexes.SENTENCE_BOUND_RE.finditer(folded, first_end, end):
        word = folded[max(0, bound.start() - 5) : bound.start()].split()[-1:]
        if word and word[0].isdigit() and len(word[0]) <= 2:
            continue  # (an item's number ends no sentence; a year does: "... ngày 11/5/2020. Sáng nay")
        later = regexes.EVENT_LEAD_F.match(folded, bound.end() + 1, end)
        if (later is not None and _outside(later.start(), later.end(), excluded)
                and folded.find(act, later.end(), _sentence_end(folded, later.end(), end)) >= 0):
            return later
    return None


#: fewest letters of a headline's opening two words to look for as its act
_ACT_MIN = 8


def _meeting_lead_anywhere(folded: str, paragraphs: Sequence[tuple[int, int]], title_folded: str,
                           excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """A lead past the lead paragraphs, opening with its day and holding the meeting the
    headline names: a tidied news item under a reporter's notes (``Giao ban BTC quý II/2023 -
    ghi chép`` / ... / ``Chiều ngày 6-7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban ...``).
    Only the one paragraph opening with its day there counts."""
    # (a headline naming none, "GB 6 tháng TNB - Cao Lãnh": the lead's own words, "tổ chức
    # hội nghị giao ban ...")
    kinds = [k for k in _MEETING_KINDS if k in title_folded] or [f"to chuc hoi nghi {k}" for k in _MEETING_KINDS]
    # (a list of dated events, "1. Ngày 9/2/2022, ..." / "2. Ngày 28/3, ...", is no one meeting's)
    # (nor is a checklist's item, "☑ Đặt phòng họp cho sáng 14/3": a task)
    dated = [(a, b) for a, b in paragraphs if folded[a : a + 1] not in _CHECKBOXES
             and regexes.EVENT_ANY_F.search(folded, a, min(b, a + _DATED_OPENING))]
    if len(dated) != 1:
        return None
    a, b = dated[0]
    m = regexes.EVENT_LEAD_F.match(folded, a, b)
    if m is None or not _outside(m.start(), m.end(), excluded):
        return None
    stop = _sentence_end(folded, m.end(), b)
    if _HOLDS_MEETING_F.search(folded, m.end(), stop) and any(folded.find(k, m.end(), stop) >= 0 for k in kinds):
        return m
    return None


#: the boxes opening a checklist's items
_CHECKBOXES = frozenset("☐☑☒✓✔✅⬜")
#: a broadcast's greeting opening its lead (folded): "Thưa quý vị và các bạn! ", "Kính thưa quý thính giả, "
_HAIL_F = re.compile(r"\s*(?:kinh\s+)?thua\s+quy\s+[^.!?,\n]{0,40}[!.,]\s+")
#: how far before a day "bế mạc" tells the day a meeting closed; its opening (folded): "khai mạc "
_CLOSED_BACK = 16
_OPENED_ON_F = re.compile(r"(?<![\w])khai\s+mac\s+(?:vao\s+)?(?=(?:buoi\s+)?(?:sang|chieu|toi|ngay)\b)")
#: a lead opening with the days a course or a visit lasted, the day in brackets (folded):
#: "Sau 5 ngày học tập (từ ngày " or "Sau 5 ngày học tập " before "(từ ngày 12 đến 16/6)" (the
#: day of its close follows)
_SPAN_BEFORE_F = re.compile(r"sau\s+(?:\d{1,2}|hai|ba|bon|nam|sau|bay|muoi)\s+(?:ngay|tuan)[^,()]{0,60}(?:\(\s*(?:tu\s+)?(?:ngay\s+)?)?$")
#: a relative day closing a lead's first sentence (folded): ", chiều qua.", ", sáng nay."
_RELATIVE_DAY_TAIL_F = re.compile(r",\s*(?:vao\s+)?(?:sang|chieu|toi|trua)\s+(?:hom\s+)?(?P<w>qua|nay)\s*\.?$")
#: how far into a paragraph a day opening it may end ("Sáng hôm qua, thứ Tư ngày 8 tháng 10")
_DATED_OPENING = 40
#: the kinds of meeting a headline may name (folded)
_MEETING_KINDS = ("giao ban", "so ket", "tong ket")
#: a sentence's verb holding a meeting (folded): "tổ chức hội nghị", "giao ban", "họp"
_HOLDS_MEETING_F = re.compile(r"(?<![\w])(?:to\s+chuc\s+(?:hoi\s+nghi|giao\s+ban|so\s+ket|tong\s+ket|hop)"
                              r"|(?:hop|giao\s+ban|so\s+ket|tong\s+ket)\s+(?:cong\s+tac|danh\s+gia))(?![\w])")
#: the same, or a ceremony or a gathering held: "tổ chức lễ kỷ niệm", "tổ chức buổi gặp mặt"
_HOLDS_EVENT_F = re.compile(_HOLDS_MEETING_F.pattern + r"|(?<![\w])to\s+chuc\s+(?:(?:buoi\s+)?(?:le|gap\s+mat|toa\s+dam)"
                            r"|dai\s+hoi)(?![\w])")


def _digest_meeting_day(folded: str, paragraphs: Sequence[tuple[int, int]],
                        excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """In a digest of numbered items, each a heading over its paragraphs, the day the item
    naming a giao ban, sơ kết or tổng kết opens with.

    ``Điểm tin tuần ...`` / ``1. Công bố quyết định về công tác cán bộ (Thứ Hai, 02/3)`` / ...
    / ``2. Giao ban công tác tổ chức tháng 02/2026 (Thứ Ba, 03/3)`` / ``Sáng thứ Ba (3/3),
    Ban Tổ chức Tỉnh ủy giao ban ...``: that meeting is the one the digest reports.
    """
    items = [k for k, (a, b) in enumerate(paragraphs)
             if b - a <= _ITEM_HEADING_MAX and _DIGEST_ITEM_F.match(folded, a, b)]
    if len(items) < _CHRONICLE_MIN:
        return None
    for k in items:
        a, b = paragraphs[k]
        if k + 1 < len(paragraphs) and _DIGEST_MEETING_F.search(folded, a, b):
            m = regexes.EVENT_LEAD_F.match(folded, *paragraphs[k + 1])
            if m is not None and _outside(m.start(), m.end(), excluded):
                return m
    return None


#: a digest's item heading: "2. Giao ban công tác ... (Thứ Ba, 03/3)" (folded), its longest
_DIGEST_ITEM_F = re.compile(r"\d{1,2}\s*[.)]\s+[^\W\d]")
_ITEM_HEADING_MAX = 160
#: what such a heading says of the meeting the digest reports (folded)
_DIGEST_MEETING_F = re.compile(r"\b(?:giao\s+ban|so\s+ket|tong\s+ket)\b")


def _captioned_day(folded: str, paragraphs: Sequence[tuple[int, int]], excluded: Sequence[tuple[int, int]],
                   published: str) -> re.Match[str] | None:
    """The day a photo's caption gives, where nothing else does: "Đảng viên Chi bộ ấp ... bỏ
    phiếu bầu Chi ủy hôm 14/5. Ảnh: THẢO NGUYÊN" (a lead that only says "vừa tổ chức"). Only a
    day in the weeks before the publication's: a caption may show an older event too."""
    pub = _dt.date.fromisoformat(published)
    for a, b in paragraphs:
        credit = regexes.CAPTION_CREDIT_END_F.search(folded, a, b)
        if credit is None:
            continue
        for m in _CAPTION_DAY_F.finditer(folded, a, credit.start()):
            day = regexes.EVENT_ANY_F.match(folded, m.start())
            if day is None or not _outside(day.start(), day.end(), excluded):
                continue
            parts = _day_month_year(day)
            held = _valid(pub.year, parts[1], parts[0]) if parts and parts[2] is None else None
            if held is not None and pub - _CAPTION_BACK <= held <= pub:
                return day
    return None


#: a day in a caption, after the word that gives it: "hôm 14/5", "sáng 14/5", "ngày 14/5"
_CAPTION_DAY_F = re.compile(r"(?<![\w])(?:hom|ngay|sang|chieu|toi|trua)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/.-]|\.\d)")
#: how long before its publication a caption's day may be the meeting's
_CAPTION_BACK = _dt.timedelta(days=31)


def _held_on_anywhere(folded: str, paragraphs: Sequence[tuple[int, int]],
                      excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The day a sentence opening with the meeting says it was held, anywhere in the body:
    a notice closing on ``Kỳ họp thứ 27 ... được tổ chức trong hai ngày 17 và 18/9/2024.``"""
    for a, b in paragraphs:
        if folded.find("dien ra", a, b) < 0 and folded.find("to chuc", a, b) < 0:
            continue
        for held, day in _held_days(folded, a, b, excluded):
            lo = max(a, held.start() - _HELD_SENTENCE_BACK)
            bounds = list(regexes.SENTENCE_BOUND_RE.finditer(folded, lo, held.start()))
            opening = bounds[-1].end() if bounds else a
            if not (opening == lo and lo > a) and _MEETING_SUBJECT_F.match(folded, opening):
                return day
    return None


def _planned(folded: str, day: re.Match[str], stop: int) -> bool:
    """Whether the sentence of ``day``, ending at ``stop``, tells of a meeting still to come:
    ``Theo kế hoạch, sáng 25/6, ...``, ``Sáng 25/6, ... sẽ tổ chức hội nghị``, ``dự kiến khai mạc``."""
    line = folded.rfind("\n", 0, day.start()) + 1
    return (_PLAN_BEFORE_F.search(folded, max(line, day.start() - 30), day.start() + 1) is not None
            or _TO_BE_HELD_F.search(folded, day.end(), min(stop, day.end() + 200)) is not None)


#: a plan's cue before a day (folded): "Theo kế hoạch, sáng 25/6", "dự kiến ngày 25/6"
_PLAN_BEFORE_F = re.compile(r"(?:theo\s+ke\s+hoach|du\s+kien|se\s+dien\s+ra)\s*,?\s*(?:vao\s+)?\S*\s*$")
#: a meeting to be held, after its day in the same sentence (folded): "... sẽ tổ chức hội nghị"
_TO_BE_HELD_F = re.compile(r"(?<![\w])(?:se|du\s+kien|sap)\s+(?:duoc\s+)?(?:to\s+chuc|dien\s+ra|khai\s+mac|hop)(?![\w])")


#: a meeting still to come, right before "diễn ra" (folded)
_TO_COME_F = re.compile(r"(?:du\s+kien|se|sap)\s+(?:duoc\s+)?$")


def _before(year: int, month: int, day: int, latest: _dt.date) -> bool:
    """Whether the day falls before ``latest``, a document's issue, by more than the weeks a
    meeting's own notice of its conclusions follows it ("Thông báo số 45-TB/ĐU ngày 19/8/2025"
    after a meeting of 18/8)."""
    date = _valid(year, month, day)
    return date is not None and date < latest - _OWN_NOTICE_AFTER


#: how long after a meeting the notice of its conclusions may be issued
_OWN_NOTICE_AFTER = _dt.timedelta(days=21)


def _year_after(day: int, month: int, latest: _dt.date, folded: str,
                paragraphs: Sequence[tuple[int, int]], excluded: Sequence[tuple[int, int]]) -> int | None:
    """With no year in the headline or the lead and no publication date: the first year
    the body names that puts ``day/month`` on or after ``latest``, the latest issue date
    of the documents the article cites.

    A meeting discusses documents already issued: ``Chiều ngày 2-10`` in an article
    citing a notice of 15/9/2017 and reviewing "9 tháng đầu năm 2017" is in 2017, not
    in the 2013 of the law it also names.
    """
    body = " \n ".join(_blank(folded, a, b, excluded) for a, b in paragraphs)
    for year in sorted(set(context_years(body))):
        date = _valid(year, month, day)
        if date is not None and date >= latest:
            return year
    # (none named: the document's year or the next, when the day falls within months of its
    # issue: "Ngày 4.3" in an article citing a plan of 12/11/2025 and naming no year but that
    # one; "Ngày 28.2" citing a rule of 02/02/2023)
    for year in (latest.year, latest.year + 1):
        date = _valid(year, month, day)
        if date is not None and latest <= date <= latest + _SOON_AFTER_ISSUE:
            return year
    return None


#: how soon after the latest document it cites a meeting dated by no year is read as held
_SOON_AFTER_ISSUE = _dt.timedelta(days=183)


def _weekday_year(day: int, month: int, said: str, folded: str,
                  paragraphs: Sequence[tuple[int, int]], excluded: Sequence[tuple[int, int]]) -> int | None:
    """With no year near the lead and no publication date, the latest year the body names
    when its calendar puts ``day/month`` on the weekday the lead says (``said``, folded):
    "Tối thứ Năm (2/4), ..." in a post naming "quý I/2026" further on (2/4/2026 is a
    Thursday). An earlier year that fits is history ("ban hành từ năm 2020"), not the post's."""
    if _WEEKDAY_SAID_F.search(said) is None:
        return None
    body = " \n ".join(_blank(folded, a, b, excluded) for a, b in paragraphs)
    years = context_years(body)
    return _year_on_weekday(day, month, said, (max(years),)) if years else None


def _weekday_after(day: int, month: int, said: str, latest: _dt.date) -> int | None:
    """The year, the latest cited document's or the next, whose calendar puts ``day/month``
    on the weekday the lead says (``said``, folded) and on or after that document's issue:
    "Sáng thứ Sáu (3-11)" in an article citing a guidance of 05/6/2017 (3/11/2017 is a Friday)."""
    return _year_on_weekday(day, month, said, (latest.year, latest.year + 1), since=latest)


def _weekday_checked(day: int, month: int, said: str, year: int) -> int:
    """``year``, or the year before or after it when only that one's calendar puts
    ``day/month`` on the weekday the lead says (``said``, folded)."""
    return _year_on_weekday(day, month, said, (year, year - 1, year + 1)) or year


def _year_on_weekday(day: int, month: int, said: str, years: Iterable[int],
                     since: _dt.date | None = None) -> int | None:
    """The first of ``years`` whose calendar puts ``day/month`` (on or after ``since``) on the
    weekday ``said`` names (folded: "sang thu sau (3-11)"), or None (or when it names none)."""
    w = _WEEKDAY_SAID_F.search(said)
    if w is None:
        return None
    wanted = _weekday_number(w)
    for year in years:
        date = _valid(year, month, day)
        if date is not None and (since is None or date >= since) and date.weekday() == wanted:
            return year
    return None


#: a weekday in a lead's day (folded): "toi thu nam (2/4)"
_WEEKDAY_SAID_F = re.compile(r"\bthu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])\b|(?P<cn>\bchu\s+nhat\b)")


def _meeting_reported(folded: str, lead: re.Match[str], end: int,
                      excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The day of a meeting the lead's sentence reports on, after the day of the report.

    ``Ngày 25-9, Ủy ban Kiểm tra Thành ủy thông tin kết quả kỳ họp thứ 6 diễn ra
    ngày 23-9``: the meeting's day, not the day it was made known.
    """
    sent = regexes.SENTENCE_BOUND_RE.search(folded, lead.end(), end)
    stop = sent.end() if sent else end
    verb = regexes.REPORTING_VERB_F.search(folded, lead.end(), stop)
    if verb is None:
        return None
    # (or in the sentence after it: "... thông tin kết quả Hội nghị ... Hội nghị diễn ra ngày 22/9")
    after = regexes.SENTENCE_BOUND_RE.search(folded, stop, end) if sent else None
    stop = after.end() if after else end
    # (or its days opening what was made known: "... cho biết, trong hai ngày 17 và 18.9, UBKT
    # Trung ương đã họp ...")
    said = _SAID_DAYS_F.match(folded, verb.end(), stop)
    for held in itertools.chain(regexes.HELD_ON_F.finditer(folded, verb.end(), stop), [said] if said else []):
        day = regexes.EVENT_ANY_F.match(folded, held.end(), stop)
        if day is not None and _outside(day.start(), day.end(), excluded):
            return day
    return None


def _opening_after_preparatory(folded: str, lead: re.Match[str], end: int,
                               excluded: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The congress's opening day after the lead's day of its preparatory session.

    ``Chiều 24/7, Đảng bộ xã tiến hành phiên trù bị; sáng thứ Sáu (25/7), Đại hội ... chính
    thức khai mạc``: the day after the ";", not the session's (a sentence of its own, "Chiều
    13-10, ... tiến hành phiên trù bị. Đại hội chính thức diễn ra từ ngày 14 ...", reports the
    session, the congress to come).
    """
    sent = regexes.SENTENCE_BOUND_RE.search(folded, lead.end(), end)
    stop = sent.end() if sent else end
    semi = folded.find(";", lead.end(), stop)
    if semi < 0 or folded.find("phien tru bi", lead.end(), semi) < 0:
        return None
    for day in regexes.EVENT_ANY_F.finditer(folded, semi + 1, stop):
        if _outside(day.start(), day.end(), excluded):
            return day
    return None


#: what a reporting verb makes known opening with the meeting's days (folded): ", trong hai ngày "
_SAID_DAYS_F = re.compile(r"\s*,?\s*trong\s+(?:hai|ba|2|3)\s+(?=ngay\s)")


_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tu": 2, "4": 2, "nam": 3, "5": 3,
             "sau": 4, "6": 4, "bay": 5, "7": 5}


def _weekday_number(m: re.Match[str]) -> int:
    """The weekday a match's ``wd`` or ``cn`` group names, Monday 0 to Sunday 6."""
    return 6 if m.group("cn") else _WEEKDAYS[m.group("wd")]


def _last_weekday(m: re.Match[str], published: str) -> str:
    """The day of that weekday in the week up to the publication date (the one before
    it when the lead says "vừa qua" and the weekday is the publication's own); with
    "tuần trước", that weekday of the calendar week (Monday to Sunday) before the
    publication's: "thứ Sáu tuần trước" in a Saturday's paper is eight days back."""
    pub = _dt.date.fromisoformat(published)
    wd = _weekday_number(m)
    if (m.group("past") or "").startswith("tuan truoc"):
        return (pub - _dt.timedelta(days=pub.weekday() + 7 - wd)).isoformat()
    back = (pub.weekday() - wd) % 7
    if back == 0 and m.group("past"):
        back = 7
    return (pub - _dt.timedelta(days=back)).isoformat()


#: an English wire story's dateline (folded): "hanoi, march 3 (vna) – " (the city, the day it
#: was filed, the agency)
_WIRE_DATELINE_F = re.compile(
    r"[a-z][a-z .'-]{1,30},\s+(?P<mname>" + "|".join(regexes.ENGLISH_MONTHS) + r")\s+(?P<d>\d{1,2})"
    r"\s*\([a-z/ -]{2,12}\)\s*[-–—:]")
#: an English weekday in the story's first sentence: "... on monday held a meeting"
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY_F = re.compile(r"\bon\s+(?P<wd>" + "|".join(_ENGLISH_WEEKDAYS) + r")\b")


def _wire_weekday(folded: str, a: int, b: int, published: str) -> str | None:
    """The day an English wire story's lead says its meeting was held, "on Monday": that
    weekday in the week up to the story's dateline ("HANOI, March 3 (VNA) – ..."), the year
    the publication's (the one before for a December story published in January)."""
    line = _WIRE_DATELINE_F.match(folded, a, b)
    if line is None:
        return None
    on = _ON_WEEKDAY_F.search(folded, line.end(), _sentence_end(folded, line.end(), b))
    if on is None:
        return None
    pub = _dt.date.fromisoformat(published)
    month = regexes.ENGLISH_MONTHS.index(line.group("mname")) + 1
    filed = _valid(pub.year - (month > pub.month + 1), month, int(line.group("d")))
    if filed is None:
        return None
    back = (filed.weekday() - _ENGLISH_WEEKDAYS.index(on.group("wd"))) % 7
    return (filed - _dt.timedelta(days=back)).isoformat()


def _english_day(folded: str, a: int, b: int, published: str) -> str | None:
    """The day an English story's first sentence gives its meeting after the weekday: "... on
    Wednesday (December 11) hosted ...", "on Monday, 4 March", the year the publication's."""
    on = _ON_WEEKDAY_DAY_F.search(folded, a, _sentence_end(folded, a, b))
    if on is None:
        return None
    month = regexes.ENGLISH_MONTHS.index(on.group("mname") or on.group("mname2")) + 1
    day = int(on.group("d") or on.group("d2"))
    year = fix_year(day, month, published, "")  # (a December meeting in a January story: the year before)
    held = _valid(year, month, day) if year is not None else None
    return held.isoformat() if held is not None else None


_MONTH_NAMES = "|".join(regexes.ENGLISH_MONTHS)
#: a weekday and its day after it (folded): "on wednesday (december 11)", "on monday, 4 march"
_ON_WEEKDAY_DAY_F = re.compile(
    r"\bon\s+(?:" + "|".join(_ENGLISH_WEEKDAYS) + r")\s*[,(]\s*(?:(?P<mname>" + _MONTH_NAMES
    + r")\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<mname2>" + _MONTH_NAMES + r"))(?![\w])")


def _after_document(folded: str, pos: int) -> bool:
    """Whether a directive mention ends right before ``pos`` (``số 26-HD/BTCTW, ``)."""
    return any(m.end() <= pos and not folded[m.end() : pos].strip(" ,")
               for m in regexes.DIRECTIVE_F.finditer(folded, 0, pos))


def _period(start: _dt.date, end: _dt.date, precision: Precision) -> Period:
    return Period(start.isoformat(), end.isoformat(), precision)


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def period_from_match(m: re.Match[str], year: int | None = None) -> Period | None:
    """The :class:`Period` a ``PERIOD_F`` match names, or None when it has no year.

    ``year`` is the year of a half or quarter printed without one, when the caller knows it.
    """
    try:
        if m.group("half"):
            if not (m.group("hy") or year):
                return None
            y = int(m.group("hy") or year)
            if m.group("which") == "dau":
                return _period(_dt.date(y, 1, 1), _dt.date(y, 6, 30), Precision.HALF_YEAR)
            return _period(_dt.date(y, 7, 1), _dt.date(y, 12, 31), Precision.HALF_YEAR)
        if m.group("q"):
            if not (m.group("qy") or year):
                return None
            y, q = int(m.group("qy") or year), _ROMAN_Q[m.group("q")]
            return _period(_dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), Precision.QUARTER)
        if m.group("m"):
            y, mo = int(m.group("my")), int(m.group("m"))
            return _period(_dt.date(y, mo, 1), _month_end(y, mo), Precision.MONTH)
        y = int(m.group("y"))
        return _period(_dt.date(y, 1, 1), _dt.date(y, 12, 31), Precision.YEAR)
    except (ValueError, KeyError):
        return None


def _usable(p: Period | None, published: _dt.date | None) -> bool:
    # a period of a plausible year that has begun by the publication date: the
    # "năm 2027" of "triển khai nhiệm vụ năm 2027" in August 2026 is the next one
    if p is None:
        return False
    start = _dt.date.fromisoformat(p.start)
    if not _plausible_year(start.year, published):
        return False
    return published is None or start <= published


def find_event_period(
    texts: Sequence[str], year_texts: Sequence[str], published: str | None = None
) -> Period | None:
    """The period the report covers, when no day is known.

    Args:
        texts: folded title and leading paragraphs, searched in order for a
            half-year, quarter or month with its year.
        year_texts: folded title and lead, searched for ``năm YYYY`` when none is found.
        published: ISO publication date or None; a period that begins after it
            (or in an implausible year) is passed over.
    """
    pub = _dt.date.fromisoformat(published) if published else None
    for text in texts:
        found = list(regexes.PERIOD_F.finditer(text))
        for k, m in enumerate(found):
            if m.group("y"):
                continue
            # "kết quả quý I, phương hướng nhiệm vụ quý II năm 2022": quý I of 2022
            p = period_from_match(m) or _year_from_next(m, found[k + 1 : k + 2])
            if _usable(p, pub):
                return p
    for text in year_texts:
        for m in regexes.PERIOD_F.finditer(text):
            # "biên chế giảm 12,6% so với năm 2015", "từ năm 2015": a year compared, not reported
            # ("... dãy nhà sàn: "Năm 2020, cả bản ...": a year someone quoted remembers)
            if (m.group("y") and not _COMPARED_BEFORE_F.search(text, max(0, m.start() - 16), m.start())
                    and not _in_quotation(text, m.start())):
                p = period_from_match(m)
                if _usable(p, pub):
                    return p
    return None


def _in_quotation(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a quotation opened before it and not closed."""
    return text.count('"', 0, at) % 2 == 1 or text.count("“", 0, at) > text.count("”", 0, at)


#: words before a year that make it a comparison's or a range's, not the report's (folded)
_COMPARED_BEFORE_F = re.compile(r"(?<![\w])(?:so\s+voi|so|tu|ke\s+tu|truoc|sau)\s+$")


def _year_from_next(m: re.Match[str], after: Sequence[re.Match[str]]) -> Period | None:
    """A quarter or half-year printed without its year, which the next one of its kind gives."""
    for n in after:
        try:
            if m.group("q") and n.group("q") and n.group("qy"):
                y, q = int(n.group("qy")), _ROMAN_Q[m.group("q")]
                return _period(_dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), Precision.QUARTER)
            if m.group("half") and n.group("half") and n.group("hy"):
                y = int(n.group("hy"))
                if m.group("which") == "dau":
                    return _period(_dt.date(y, 1, 1), _dt.date(y, 6, 30), Precision.HALF_YEAR)
                return _period(_dt.date(y, 7, 1), _dt.date(y, 12, 31), Precision.HALF_YEAR)
        except (ValueError, KeyError):
            return None
    return None


def day_period(iso: str) -> Period:
    """The one-day period of an ISO date."""
    return Period(iso, iso, Precision.DAY)
