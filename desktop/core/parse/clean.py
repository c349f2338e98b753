"""Turn raw article text into clean paragraphs, remembering raw offsets.

Like eyecite's ``clean.py``, cleaning is a list of named steps that can be
picked by name (:data:`CLEANERS`) and tested one by one. Because the analyser
must map clean offsets back to the raw text, the steps work on
:class:`Segment` records (a stripped line and its raw offset) instead of plain
strings: ``list[Segment] -> list[Segment]``. A step may drop a segment (page
chrome), trim it (keeping one contiguous piece of the raw line) or label it
(``title``, ``date``, ``label``, ``site``, ``byline``).

The clean text is the ``body`` and ``byline`` segments joined by blank lines.
The headline, the date line(s), section labels and site headers are *not* in
the clean text: the reader shows title and date separately, and every body
sentence is kept.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.parse import people, places, regexes
from desktop.core.parse.common import column_spans, ffold, folded_line, is_pictograph, widget_pieces

BODY, BYLINE, TITLE, DATE, LABEL, SITE = "body", "byline", "title", "date", "label", "site"
#: the cover note of an e-mail that forwards the article (kept, but not the article's lead)
FORWARD = "forward"
#: kinds that end up in the clean text
CLEAN_KINDS = (BODY, BYLINE, FORWARD)
#: how many leading segments count as the page header (title, date, labels)
HEADER_SIZE = 6
#: longest line that can be a widget, a trailing-section heading, or hold glued chrome
_CHROME_MAX, _MARKER_MAX, _GLUED_WINDOW = 160, 60, 40
#: how far into a line an address's scheme ends ("https://", "read://")
_SCHEME_MAX = 9
#: longest line taken for a site's name above the section labels
_SITE_NAME_MAX = 80
_DIGIT_RE = re.compile(r"\d")
#: cheap test before folding a line's end: the first words of glued chrome
_GLUED_HINTS = ("xem", "chia", "in b", "gửi", "phản", "bình")
_GLUED_HINT_RE = re.compile("|".join(map(re.escape, _GLUED_HINTS)))
#: the odd spaces turned into plain ones in the clean text (one for one)
_ODD_SPACE_RE = re.compile("[" + regexes.ODD_SPACES + "]")
class Segment(NamedTuple):
    """One stripped line (or a piece of one) of the raw text.

    Immutable; a named tuple rather than a frozen dataclass because the cleaner
    makes and relabels dozens per article, and a tuple is several times cheaper
    to build.

    Attributes:
        text: exactly ``raw[start:start + len(text)]``.
        start: offset of ``text`` in the raw text.
        kind: what the line is (``body``, ``title``, ``date``, ...).
    """

    text: str
    start: int
    kind: str = BODY

    @property
    def end(self) -> int:
        """Raw offset just past the segment."""
        return self.start + len(self.text)

    def trim(self, lo: int, hi: int, kind: str | None = None) -> Segment:
        """The piece ``text[lo:hi]``, stripped, with its raw offset (and ``kind`` if given)."""
        piece = self.text[lo:hi]
        lead = len(piece) - len(piece.lstrip())
        return Segment(piece.strip(), self.start + lo + lead, kind or self.kind)

    @property
    def folded(self) -> str:
        """The folded text, with surrounding punctuation and spaces stripped."""
        return folded_line(self.text)


Cleaner = Callable[[list[Segment]], list[Segment]]


def split_lines(raw: str) -> list[Segment]:
    """Split ``raw`` into stripped, non-empty lines with their raw offsets."""
    out = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Segment(stripped, pos + lead))
        pos += len(line)
    return out


def strip_glued_chrome(segs: list[Segment]) -> list[Segment]:
    """Cut chrome glued to a line's end: ``"\\xa0Kim Liên\\xa0Xem phản hồi"`` -> ``Kim Liên``."""
    out = []
    for s in segs:
        # only the line's end can hold it: fold just that
        cut = max(0, len(s.text) - _GLUED_WINDOW)
        tail = s.text[cut:].lower()
        if _GLUED_HINT_RE.search(tail) is None:
            out.append(s)
            continue
        m = regexes.GLUED_TAIL_F.search(ffold(tail))
        if m and cut + m.start() > 0 and not _whole_chrome(s.text):
            s = s.trim(0, cut + m.start())
        out.append(s)
    return out


def _whole_chrome(text: str) -> bool:
    """A line of chrome whole (``Thêm bình luận``): it goes whole with the widget lines,
    not cut down to its first word."""
    return len(text) <= _CHROME_MAX and regexes.CHROME_LINE_F.fullmatch(folded_line(text)) is not None


def drop_punctuation_lines(segs: list[Segment]) -> list[Segment]:
    """Drop lines with no letter or digit: ``","``, ``"."``, ``"\\xa0"``, ``"***"``."""
    return [s for s in segs if not regexes.PUNCT_ONLY_RE.fullmatch(s.text)]


def cut_next_article(segs: list[Segment], raw: str) -> list[Segment]:
    """An e-paper page's next article: the author, a rule drawn across the page, then a
    headline and its lead. Everything from that headline on is dropped.

    Footnotes (``[1] ...``, ``(1) ...``) or a colophon after an author's rule are
    still this article's. The rule itself was dropped with the punctuation lines:
    it is looked for in ``raw`` between the lines.
    """
    seen_body = False
    for i in range(len(segs) - 2):
        a, head, lead = segs[i], segs[i + 1], segs[i + 2]
        seen_body = seen_body or len(a.text) > _PARAGRAPH_MIN
        if (seen_body and len(lead.text) > _PARAGRAPH_MIN and len(head.text) <= 200
                and regexes.SEPARATOR_LINE_RE.search(raw, a.end, head.start)
                and _is_name_line(a.text) and not head.text.endswith(".")
                and not _FOOTNOTE_RE.match(head.text)
                and not regexes.COLOPHON_F.match(folded_line(head.text[:40]))):
            return segs[: i + 1]
    return segs
#: how a social page's generated description of a picture opens
_GENERATED_ALT = ("Có thể là hình ảnh", "Có thể là ảnh", "Có thể là video", "Có thể là đồ họa")
#: longest line read as a marquee of greetings (its pieces apart by "***")
_MARQUEE_MAX = 400
#: what a printed page's furniture ends with (a cheap test before PRINT_CHROME_RE)
_PRINT_CHROME_LAST = frozenset("0123456789-–—")


def drop_widget_lines(segs: list[Segment]) -> list[Segment]:
    """Drop page widgets: ``Xem với cỡ chữ A- A A+``, ``Chia sẻ``, ``Responsive image`` ...

    and a printed page's furniture: page numbers (``- 2 -``), a table of
    contents' lines (``- Nhiệm vụ năm 2022 .......... 2``).
    """
    out: list[Segment] = []
    wrapped_tags = False
    for s in segs:
        if s.kind != BODY or not _is_widget_line(s.text):
            if not (wrapped_tags and s.kind == BODY and _tags_line_end(s.text)):
                out.append(s)
            wrapped_tags = False
        else:
            _widget_dropped(out, s.text)
            wrapped_tags = _wrapped_tags_line(s.text)
    return out


def _wrapped_tags_line(text: str) -> bool:
    """A labelled line of tags as long as a wrapped line, going on on the next:
    "Từ khóa: Ban Tổ chức Tỉnh ủy · giao ban · Chỉ thị 01-CT/TW · đặc khu" / "Phú Quý"."""
    return (len(text) >= _WRAPPED_LINE_MIN and text[-1] not in ".:;!?" and ":" in text[:_TAGS_LABEL_MAX]
            and any(mark in text for mark in _TAG_MARKS)
            and regexes.TAGS_LABEL_F.match(folded_line(text[:_TAGS_LABEL_MAX])) is not None)


def _tags_line_end(text: str) -> bool:
    """The end of a wrapped line of tags: a tag or two, short, no sentence."""
    return (len(text) <= _TAG_MAX and text[-1] not in ".:;!?" and len(text.split()) <= _TAG_END_WORDS
            and not text[0].isdigit() and not any(mark in text for mark in _TAG_MARKS)
            and _LIST_ITEM_RE.match(text) is None)  # (not the heading under it: "1. Đặt vấn đề")


#: shortest line that may have been wrapped; longest label of a line of tags ("Từ khóa:");
#: the marks between tags; most words of a wrapped line of tags' end
_WRAPPED_LINE_MIN = 60
_TAGS_LABEL_MAX = 12
_TAG_MARKS = ("·", "•", "|", ",", ";")
_TAG_END_WORDS = 4


def _widget_dropped(out: list[Segment], text: str) -> None:
    """What a widget line dropped under ``out`` tells of the lines over it: a machine-made
    summary's note ends its box (:func:`_drop_summary_box`); a chat group's count of members
    is under the group's name (an emoji after it split off): the site's, not a headline."""
    if "AI" in text:
        _drop_summary_box(out)
    elif len(out) <= _CHAT_NAME_PIECES and _MEMBERS_RE.fullmatch(text):
        named = [k for k, x in enumerate(out) if x.kind == BODY and any(c.isalpha() for c in x.text)]
        if named:
            out[named[-1]] = out[named[-1]]._replace(kind=SITE)


#: most segments of a chat group's name over its count of members
_CHAT_NAME_PIECES = 2
#: a chat group's count of members, alone under its name: "19 thành viên"
_MEMBERS_RE = re.compile(r"\d{1,5}\s+thành\s+viên")


#: most lines of a machine-made summary box between its heading and its note
_SUMMARY_BOX_MAX = 8


def _drop_summary_box(out: list[Segment]) -> None:
    """Drop a page's machine-made summary over the article, on reading the note under it.

    ``✨ TÓM TẮT NHANH`` / ``• ...`` (a few points) / ``Nội dung tóm tắt được tạo bởi
    AI ...``: the points are the site's, not the article's (the note itself is chrome).
    """
    for back in range(1, min(len(out), _SUMMARY_BOX_MAX + 1) + 1):
        head = out[-back]
        if regexes.SUMMARY_HEADING_F.fullmatch(folded_line(head.text)):
            if back > 1 and all(s.text.startswith(_HEADLINE_BULLETS) for s in out[-back + 1 :]):
                del out[-back:]
            return


def _is_widget_line(text: str) -> bool:
    """A line of page furniture, whole: a widget or a row of them, a page number, a table of
    contents' line, a marquee of greetings, a social page's description of its pictures."""
    n = len(text)
    if n <= _COUNTS_MAX and not any(c.isalpha() for c in text) and any(
            is_pictograph(c) for c in text):
        return True  # a post's counts beside its pictographs: "❤️ 46 💬 3 ↗ 5"
    if n <= _CHROME_MAX and (regexes.CHROME_LINE_F.fullmatch(folded_line(text)) or _chrome_row(text)
                             or text[-1] in _PRINT_CHROME_LAST
                             and regexes.PRINT_CHROME_RE.fullmatch(text)):
        return True
    if n > _CHROME_MAX and ("://" in text[:_SCHEME_MAX] or text.startswith("about:")) and not any(
            c.isspace() for c in text):
        return True  # a page's address alone, however long: "read://https_baoxyz.vn/?url=https%3A..."
    if text[0] in _LINK_MARK_FIRST and _is_inline_link(text):
        return True
    if text[0] in _MENU_ARROWS and n <= _ARROW_ITEM_MAX and _arrow_menu_item(text):
        return True  # a side menu's item: "› Công tác tổ chức", "» Văn bản Tỉnh ủy"
    if text[0].isdigit() and _PRINT_HEADER_RE.match(text):
        return True  # a browser's header on a printed page: "7/15/24, 8:15 AM <the page's title>"
    if text[-1].isdigit() and _PRINT_FOOTER_RE.fullmatch(text):
        return True  # ... and its footer: "https://baothainguyen.vn/... 1/3"
    if n <= _WEATHER_MAX and "°" in text and regexes.WEATHER_LINE_F.fullmatch(folded_line(text)):
        return True  # a weather widget: "Hà Nội 28°C Nhiều mây", "Vinh 24°C Mưa nhỏ | Độ ẩm 88%"
    if n <= _MARQUEE_MAX and text.startswith(_TICKER_LABELS) and regexes.TICKER_F.match(folded_line(text)):
        return True  # a news ticker: "Breaking: ...  |  ...", "Tin nóng: Bão số 5 gây mưa lớn"
    if n <= _MARQUEE_MAX and ("cookie" in text or "Cookie" in text):
        # a cookie notice, however long: "Chúng tôi sử dụng cookie để ... [Đồng ý]"
        return regexes.COOKIE_NOTICE_F.search(folded_line(text)) is not None
    return n <= _MARQUEE_MAX and ("***" in text or text.startswith(_GENERATED_ALT))


#: a browser's header on each printed page: the day, the time, the page's title
_PRINT_HEADER_RE = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?,?\s+\d{1,2}:\d{2}\s*[AaPp][Mm]\s+\S"
    r"|\d{1,2}/\d{1,2}/\d{2},\s+\d{1,2}:\d{2}\s+\S"
    # (Vietnamese: "22/10/2025, 08:03 <the page's title>", not a date line's "(GMT+7)")
    r"|\d{1,2}/\d{1,2}/\d{4},\s+\d{1,2}:\d{2}\s+[^\W\d_]\w*(?:\s+\S+){3}"
    # (the time first, the title far from it: "08:47 16/8/2025        Phiếu góp ý ...")
    r"|\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\s{3,}\S"
    # (the day alone, the page's title and its site far from it: "23/9/2019        UBKT Tỉnh ủy
    # ... | Báo Nghệ An điện tử")
    r"|\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\s{3,}\S.{10,200}\s[|–-]\s\S.{2,60}$")
#: its footer: the page's address and the page's number of the pages
_PRINT_FOOTER_RE = re.compile(r"(?:https?://|www\.)\S{4,400}\s+\d{1,3}\s*/\s*\d{1,3}")


def _is_inline_link(text: str) -> bool:
    """A link to another article set inside this one: ``>> Hà Tĩnh: Sắp xếp đơn vị hành chính ...``.

    The marks open it and another article's headline follows them: a few words
    or more, opening with a capital, not closing a sentence.
    """
    rest = text.lstrip(">»► \xa0")
    return (text.startswith(_LINK_MARKS) and len(rest) <= _LINK_MAX and rest[:1].isupper()
            and len(rest.split()) >= _LINK_MIN_WORDS and not rest.endswith((".", ":", ";", "<<<")))


def _arrow_menu_item(text: str) -> bool:
    """An item of a side menu, after its arrow: a few words, capitalised, no sentence."""
    rest = text[1:].strip()
    return (rest[:1].isupper() and len(rest.split()) <= _ARROW_ITEM_WORDS
            and not rest.endswith((".", ":", ";", "!", "?")) and not _DIGIT_RE.search(rest))


#: what opens an item of a side menu; its longest, its most words
_MENU_ARROWS = frozenset("›»▸")
_ARROW_ITEM_MAX, _ARROW_ITEM_WORDS = 40, 6
#: how a link to another article inside this one opens
_LINK_MARKS = (">>", "» ", "►►", "»»")
_LINK_MARK_FIRST = frozenset(m[0] for m in _LINK_MARKS)
#: longest headline of such a link, fewest words
_LINK_MAX = 160
_LINK_MIN_WORDS = 4


#: longest row of a post's counts and pictographs
_COUNTS_MAX = 40
#: longest line read as a weather widget
_WEATHER_MAX = 120
#: a news ticker's labels as printed (a cheap test before the regex)
_TICKER_LABELS = ("Breaking", "BREAKING", "Tin nóng", "TIN NÓNG", "Nóng", "NÓNG", "Tin mới", "TIN MỚI",
                  "Mới nhất", "MỚI NHẤT", "Tin nhanh", "TIN NHANH", "News ticker")


def _chrome_row(text: str) -> bool:
    """A row of widgets: ``Lượt xem: 587 | Chia sẻ | In bài | Gửi email``, ``Bản AMP · Xem bản đầy đủ``, ``[Trở về]   [In bài]``,
    ``Chia sẻ bài viết:  [f]  [Zalo]  [Twitter]``, ``Chia sẻ:  f   t   in   ✉``."""
    if "|" in text:
        kept, count = widget_pieces(text)
        kept = [k for k in kept if k not in _SIZE_BUTTONS]  # "Cỡ chữ: A | A | A"
        # (pieces may hold widgets apart by spaces: "Lượt xem: 612     In trang     Chia sẻ: Facebook | Zalo")
        # a date whose numbers read as counters is the date line: "12.03.2024 | 08:30"
        return (count > 1 and all("  " in k and _spaced_widgets(k) for k in kept)
                and regexes.DATE_F.search(folded_line(text)) is None)
    if text.endswith("]") and "[" in text:
        # "[Trở về]  [In bài]", "Chia sẻ: [Facebook] [Zalo] [In] [Email]"
        pieces = regexes.BRACKETED_RE.findall(text)
        rest = regexes.BRACKETED_RE.sub("", text).strip()
        return (len(pieces) > 1 and (not rest or bool(regexes.CHROME_LINE_F.fullmatch(folded_line(rest))))
                and all(len(p.strip()) <= 2 or regexes.CHROME_LINE_F.fullmatch(folded := folded_line(p))
                        or folded in regexes.BRACKETED_BUTTONS
                        for p in pieces))  # ("[f]", "[G+]": share icons)
    if " · " in text and all(regexes.CHROME_LINE_F.fullmatch(folded_line(p)) for p in text.split(" · ")):
        # "Bản AMP · Xem bản đầy đủ" (not a read-later app's line with the page's date:
        # "hanoimoi.vn · Jan 13, 2023 · 7 min read")
        return regexes.DATE_F.search(folded_line(text)) is None
    if "\xa0" in text:
        text = text.replace("\xa0", " ")  # widgets apart by no-break spaces: "Chia sẻ\xa0\xa0Thích 0"
    if "  " not in text:
        return False
    # (a date with dots, its numbers read as counters, is the date line: "13.01.2026   Số lượt
    # xem: 187   In trang")
    return _spaced_widgets(text) and regexes.DATE_F.search(folded_line(text)) is None


#: icons a widget's name may open with: "⊕", "⊖", "⤓", "☰" (with the space after one)
_ICONS = "⊕⊖⤓☰⬇⎙✉🔍🖨📄 "


def _foreign_script(folded: str) -> bool:
    """Whether a folded piece of a line is words in another script alone (Khmer's, Chinese):
    letters, none of them Latin (a Vietnamese word folds to Latin letters)."""
    return any(c.isalpha() for c in folded) and not any(c.isascii() and c.isalpha() for c in folded)


#: a text-size button alone between bars
_SIZE_BUTTONS = frozenset({"A", "A-", "A+", "a-", "a+"})


def _spaced_widgets(text: str) -> bool:
    """Pieces apart by two spaces or more, each a widget: ``Chia sẻ:  f   t   in   ✉``."""
    # share icons ("f", "t", "✉") are short; a count beside a widget goes: "Thích 12", "Bình luận (3)"
    # (an icon before a widget's name goes too: "⊕ Phóng to", "⤓ Tải PDF")
    pieces = [_COUNT_AFTER_RE.sub("", p).strip(" []():").lstrip(_ICONS) for p in _ROW_SPLIT_RE.split(text)]
    pieces = [p for p in pieces if p]
    words = [p for p in pieces if len(p) > 2]
    return (len(pieces) > 1 and bool(words)
            and all(regexes.CHROME_LINE_F.fullmatch(folded := folded_line(p))
                    # (the way back to the article's section closing the row: "Quay lại Thời sự")
                    or p is pieces[-1] and _BACK_TO_SECTION_F.fullmatch(folded)
                    # (the row's label in the script of a page's other language, opening it:
                    # "ចែករំលែក:  Facebook  |  Zalo", a Khmer page's "Share:")
                    or p is pieces[0] and len(words) > 1 and _foreign_script(folded)
                    for p in words))


#: a link back to the article's section (folded): "quay lai thoi su", "tro ve chuyen muc"
_BACK_TO_SECTION_F = re.compile(r"(?:quay\s+lai|tro\s+ve)(?:\s+[a-z]+){1,4}")


def drop_running_heads(segs: list[Segment]) -> list[Segment]:
    """Drop a printed page's running head where it comes again inside the text.

    Text copied from a PDF of a newspaper or a magazine repeats each page's
    head (``BÁO THANH HÓA``, ``Thứ Tư, ngày 9-1-2013``, ``XÂY DỰNG ĐẢNG - Số
    6/2021``) where the next page starts: a short line in capitals or with a
    number, among the first lines, printed again word for word further down.
    The first stays (the masthead and its date); the repeats go.
    """
    head: set[str] = set()
    for s in segs[:_RUNNING_HEAD_LINES]:
        t = s.text
        if s.kind == BODY and _may_be_running_head(t):
            if t.isupper() or len(t.split()) < _HEADLINE_PIECE_WORDS or _HEAD_PIECES_RE.search(t):
                head.add(t)  # (not a headline with a number, printed again over its article's date)
            # (not the headline in a browser's title over a printed page: "Giao ban công tác
            # tổ chức ... năm 2023 - Báo Bình Dương Online", the headline printed again below)
            head.update(p for p in map(str.strip, _HEAD_PIECES_RE.split(t))
                        if p.isupper() or len(p.split()) < _HEADLINE_PIECE_WORDS)
    # (a head printed on every page further down, word for word, its issue after the
    # bulletin's name: "BẢN TIN CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG - SỐ 10/2021", twice or more)
    # (whichever the page's number at its end or start: "BẢN TIN ...      Số 02 (Quý II/2026)      7")
    below = collections.Counter(_without_page_number(s.text) for s in segs[_RUNNING_HEAD_LINES:]
                                if s.kind == BODY and _may_be_running_head(s.text))
    # (and the first page's, when its number shows it a page's head)
    below.update(key for s in segs[:_RUNNING_HEAD_LINES] if s.kind == BODY
                 and (key := _without_page_number(s.text)) != s.text and key in below)
    # (or a head of pieces set apart by a wide gap, the first in capitals: "BẢN TIN SINH HOẠT CHI
    # BỘ          Số 03 - Tháng 3/2026", twice or more)
    # (not a byline in capitals, under the headline and again at the end: "THU HOÀI")
    head.update(t for t, n in below.items()
                if n >= 2 and (t.isupper() and (len(t) > _BYLINE_CAPS_MAX or people.parse_byline(t) is None)
                               or "   " in t and _spaced_items(t)[0].isupper())
                or _ISSUE_HEAD_RE.search(t))
    if not head and not any(_is_numbered_page_head(t) for t in below):
        return segs
    # (a left page's head may hold another piece of the same ones: "Số 25.612 ● THỨ SÁU
    # 3-10-2025" at the top, "THỨ SÁU 3-10-2025" further down)
    # (and a page's head with its issue and its page, whichever the page: "Bản tin nội bộ Số
    # 11-2019      Trang 3")
    # (the first page's head with its page's number is no masthead: no headline, a label)
    top = [Segment(s.text, s.start, LABEL) if s.kind == BODY and (key := _without_page_number(s.text)) != s.text
           and key in head else s for s in segs[:_RUNNING_HEAD_LINES]]
    return top + [
        s for s in segs[_RUNNING_HEAD_LINES:]
        if s.kind != BODY or not _may_be_running_head(s.text)
        or not (_without_page_number(s.text) in head or all(p.strip() in head for p in _HEAD_PIECES_RE.split(s.text))
                or _is_numbered_page_head(s.text))]


#: a page's number at a running head's end or start, apart by a wide gap
_PAGE_NUMBER_EDGE_RE = re.compile(r"(?:[ \t]{3,}|\t)\d{1,3}$|^\d{1,3}(?:[ \t]{3,}|\t)")


def _without_page_number(text: str) -> str:
    """A running head without its page's number: the same on every page."""
    return _PAGE_NUMBER_EDGE_RE.sub("", text) if "  " in text or "\t" in text else text


def _is_numbered_page_head(text: str) -> bool:
    """A page's head with its page's word and number: ``Bản tin nội bộ Số 11-2019      Trang 3``."""
    return ("Tr" in text or "TR" in text) and ("   " in text or "\t" in text) and _page_section_head(text)


def _may_be_running_head(text: str) -> bool:
    # (its length without the gap a page's layout left between its pieces)
    if len(text) > _RUNNING_HEAD_MAX and (
            len(text) > 2 * _RUNNING_HEAD_MAX or "   " not in text and "\t" not in text
            or len(_WIDE_SPACE_RE.sub(" ", text)) > _RUNNING_HEAD_MAX):
        return False
    return text.isupper() or _DIGIT_RE.search(text) is not None



#: a running head in capitals ending with its issue: "... XÂY DỰNG ĐẢNG - SỐ 11/2022" (or
#: "BẢN TIN NỘI BỘ - Số 10/2025"), maybe with the page's number after it
_ISSUE_HEAD_RE = re.compile(r"[^\W\d_]{2,}\s+[-–]\s+S[Ốố]\s+\d{1,4}\s*/\s*\d{4}(?:\s+\d{1,3})?$")
#: fewest words of a headline in ordinary case among a running head's pieces
_HEADLINE_PIECE_WORDS = 7
#: longest byline in capitals printed twice, under the headline and at the end
_BYLINE_CAPS_MAX = 40
#: how many lines from the top a page's running head is looked for
_RUNNING_HEAD_LINES = 6
#: longest running head
_RUNNING_HEAD_MAX = 80
#: what parts a running head: "BÁO ĐẮK LẮK - Thứ Bảy, 15/7/2023", "Số 25.612 ● THỨ SÁU 3-10-2025"
_HEAD_PIECES_RE = re.compile(r"\s[-–●•|]\s")


def drop_markup_lines(segs: list[Segment]) -> list[Segment]:
    """Drop lines made only of HTML tags: ``<img src="a.jpg">``, ``<script>...</script>``.

    A ``<script>`` (or ``<style>``) opened on a line of its own is dropped up to
    and including the line that closes it. Tags inside a sentence are kept (the
    reader shows them as text, escaped).
    """
    out = []
    closing: str | None = None
    latex = any(s.text.startswith(_LATEX_OPENINGS) for s in segs)
    for s in segs:
        if closing is not None:
            if closing in s.text.lower():
                closing = None
            continue
        if latex and s.text[:1] in "%\\":
            # a paper's LaTeX source: its comments and its commands alone on a line go, a
            # heading's words stay ("\section{Giao ban ...}" -> "Giao ban ...")
            heading = _LATEX_HEADING_RE.fullmatch(s.text)
            if heading is not None:
                out.append(s.trim(heading.start(1), heading.end(1)))
            elif not _LATEX_LINE_RE.fullmatch(s.text):
                out.append(s)
            continue
        if s.text.startswith("{{") and (code := _SHORTCODE_RE.fullmatch(s.text)) is not None:
            # a static site's shortcode alone on its line ("{{< share-buttons >}}", "{{< /notice >}}"):
            # a figure's caption stays ('{{< figure src="a.jpg" caption="Quang cảnh hội nghị" >}}')
            caption = _SHORTCODE_CAPTION_RE.search(s.text, 0, code.end())
            if caption is not None and caption.group(1).strip():
                out.append(s.trim(caption.start(1), caption.end(1)))
            continue
        if "-->" in s.text and _CUE_TIMING_RE.fullmatch(s.text):
            # a subtitle file's cue: its number, its timing ("00:00:03,500 --> 00:00:07,200")
            if out and out[-1].text.isdigit():
                out.pop()
            continue
        if "[" in s.text:
            # a text browser's marks: "[IMG]", "[logo] CỔNG THÔNG TIN ...", a search box
            # ("Thứ Hai, 23/11/2020      [            ] [Tìm kiếm]")
            s = _without_browser_marks(s)
            if not s.text:
                continue
        if "<" not in s.text:
            out.append(s)
            continue
        if "<http" in s.text and (link := _TRAILING_LINK_RE.search(s.text)):
            # a plain-text mail's link after its words: "Ngành Tổ chức ... năm 2026
            # <https://click.x.vn/...>", "Đọc tiếp » <https://...>"
            if not s.text[: link.start()].strip():
                continue
            s = s.trim(0, link.start())
            if _is_widget_line(s.text):
                continue  # "Đọc tiếp »", "Xem trên trình duyệt"
            logo = _IMAGE_PLACEHOLDER_RE.fullmatch(s.text)
            if logo and len(logo.group(1).split()) <= _LOGO_WORDS:
                continue  # a linked picture with a name for its words, "[image: Báo Cà Mau]": a logo
        m = regexes.MARKUP_OPEN_RE.match(s.text)
        if m and m.end() == len(s.text):
            closing = f"</{m.group(1).lower()}"
            continue
        if regexes.MARKUP_LINE_RE.fullmatch(s.text):
            continue
        out.append(s)
    return out


#: a static site's shortcode (Hugo): "{{< figure src=... >}}", "{{% notice info %}}", "{{< /notice >}}"
_SHORTCODE_RE = re.compile(r"\{\{[<%]\s*/?[\w-]+(?:\s[^{}]*)?[>%]\}\}")
#: a shortcode's caption: 'caption="Quang cảnh hội nghị. Ảnh: Hà Phương"'
_SHORTCODE_CAPTION_RE = re.compile(r'\bcaption="([^"]*)"')
#: a picture in a plain-text mail, its words in place: "[image: Quang cảnh hội nghị ...]"
_IMAGE_PLACEHOLDER_RE = re.compile(r"\[(?:image|Image|IMAGE|hình ảnh|Hình ảnh)\s*:\s*([^\[\]]{0,200})\]")
def _is_image_placeholder(text: str) -> bool:
    """A picture in a plain-text mail, its words in place: ``[image: Quang cảnh hội nghị ...]``."""
    return text[:1] == "[" and _IMAGE_PLACEHOLDER_RE.fullmatch(text) is not None


#: most words of a linked picture's that names its site (a logo's), not a photo's caption
_LOGO_WORDS = 4
#: how a LaTeX source's lines open it: its class, its body, its headings
_LATEX_OPENINGS = ("\\documentclass", "\\begin{document}", "\\section{", "\\chapter{", "\\subsection{")
#: a heading in LaTeX, its words in braces
_LATEX_HEADING_RE = re.compile(r"\\(?:chapter|section|subsection|subsubsection|paragraph)\*?\{(.+)\}\s*")
#: a line of LaTeX that holds no words of the text: a comment, commands alone
_LATEX_LINE_RE = re.compile(r"%.*|(?:\\[A-Za-z]+\*?(?:\[[^\]]*\]|\{[^{}]*\})*\s*)+")
#: a link's address in angle brackets closing a line, as a plain-text mail prints it
_TRAILING_LINK_RE = re.compile(r"\s*<https?://[^<>\s]+>\s*$")
#: a subtitle cue's timing (SRT, WebVTT): "00:00:03,500 --> 00:00:07,200", "00:03.500 --> 00:07.200"
_CUE_TIMING_RE = re.compile(r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s+\S.*)?")
#: a text browser's image in place ("[IMG]", "[logo]", "[Ảnh]"), and its form's field and
#: button ("[          ] [Tìm kiếm]", at a line's end)
_BROWSER_IMAGE_RE = re.compile(r"\[(?:IMG|img|Img|INLINE|LOGO|logo|Logo|image|Image|IMAGE|icon|banner|Banner"
                               r"|photo|Photo|ảnh|Ảnh|hình|Hình)\]")  # ("[image: Quang cảnh ...]": a picture's words stay)
_LINK_NUMBER_RE = re.compile(r"(?:[*#•+]\s*)?\[\d{1,4}\](?=[^\W\d_]|\[)")
#: the longest line a link's number opens (a footnote's "[1]Kết luận số 48-KL/TW ..." is longer)
_LINK_LINE_MAX = 100
#: a row of this many links at least, each of a few words (:data:`_MENU_ITEM_WORDS`), is a menu's
_MENU_LINKS = 3
_LINK_SPLIT_RE = re.compile(r"\s*[|·]?\s*\[\d{1,4}\]\s*")
_BROWSER_FIELD_RE = re.compile(r"(?:\s*\[[ _]{3,}\])+(?:\s*\[[^\]\n]{1,20}\])?\s*$")


def _without_browser_marks(s: Segment) -> Segment:
    while True:  # (a link's number too, as lynx prints it: "[3]Báo Thanh Hóa", "* [9]Trang chủ", "[28][IMG]")
        m = _BROWSER_IMAGE_RE.match(s.text) or (
            _LINK_NUMBER_RE.match(s.text) if len(s.text) <= _LINK_LINE_MAX else None)
        if m is None:
            break
        s = s.trim(m.end(), len(s.text))
    if "(BUTTON)" in s.text or s.text.startswith("____"):
        return s.trim(0, 0)  # a form's field and button: "____________ [8](BUTTON) Tìm kiếm"
    if "]" in s.text and _LINK_NUMBER_RE.search(s.text):
        # a row of links: "Facebook [25]Zalo [26]In bài [27]Gửi bài"
        pieces = [p for p in _LINK_SPLIT_RE.split(s.text) if p]
        if len(pieces) >= 2 and all(_whole_chrome(p) for p in pieces):
            return s.trim(0, 0)
        if len(pieces) >= _MENU_LINKS and all(len(p.split()) <= _MENU_ITEM_WORDS for p in pieces):
            return s.trim(0, 0)  # a menu's row: "Xã hội [8]Văn hóa [9]Thể thao [10]Tìm kiếm"
    field = _BROWSER_FIELD_RE.search(s.text)
    if field is not None:
        s = s.trim(0, field.start())
    return s


def cut_trailing_sections(segs: list[Segment]) -> list[Segment]:
    """Drop everything from a ``Tin khác`` / ``Phản hồi`` / ``Tin liên quan`` heading on.

    Only after the body has started (a heading in the first lines is a menu).
    """
    seen_body = False
    prev_len = 0
    out: list[Segment] = []
    resume = 0
    for i, s in enumerate(segs):
        if i < resume:
            continue
        n = len(s.text)
        if seen_body and _is_tail_marker(s.text, n):
            if _read_more_link(s.text):
                continue  # a digest's link under an item's teaser ("Đọc tiếp »"), no section's heading
            after = _after_inline_box([x.text for x in segs[i + 1 : i + 2 + _BOX_MAX]], s.text)
            if after is None:
                if _more_prose_after([x.text for x in out], [x.text for x in segs[i + 1 :]]):
                    continue  # (a results page's link over the article pasted under it)
                return out + _foot_stamp(segs[i + 1 :])
            resume = i + 1 + after
            continue
        out.append(s)
        if not _is_timecode(s.text, n):  # (the line before it reads on over it)
            seen_body = seen_body or _opens_body(s.text, prev_len)
            prev_len = n
    return out


#: a video's or a transcript's time code: "0:04", "1:02:15"
_TIMECODE = r"\d{1,2}:\d{2}(?::\d{2})?"
#: ... alone on a line, between a transcript's lines
_TIMECODE_RE = re.compile(_TIMECODE)
_TIMECODE_MAX = 8


def _is_timecode(text: str, n: int) -> bool:
    return n <= _TIMECODE_MAX and text[:1].isdigit() and _TIMECODE_RE.fullmatch(text) is not None


#: a date and time alone on a line: "13/05/2025 07:42", "Thứ Ba, 13/5/2025 - 07:42 (GMT+7)"
_FOOT_DAY_RE = re.compile(r"Ngày[ \xa0]+\d{1,2}/\d{1,2}/\d{4}\.?")
_FOOT_STAMP_RE = re.compile(
    r"(?:(?:Thứ[ \xa0]+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ[ \xa0]+[Nn]hật),?[ \xa0]*)?"
    r"\d{1,2}/\d{1,2}/\d{4}[ \xa0]*[-|,]?[ \xa0]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \xa0]*\(?GMT[ \xa0]*\+[ \xa0]*7\)?)?")


def _foot_stamp(foot: Iterable[Segment]) -> list[Segment]:
    """The article's stamp alone on a line at the page's foot, under its related news, its
    comments and its tags ("13/05/2025 07:42"), when it is the only one there: a date line."""
    found = [s._replace(kind=DATE) for s in foot if ":" in s.text and _FOOT_STAMP_RE.fullmatch(s.text)
             # (or its day alone, after its word: "Ngày 12/3/2024" under the author)
             or s.text[:5] == "Ngày " and _FOOT_DAY_RE.fullmatch(s.text)]
    return found if len(found) == 1 else []


def _stamp_lines(lines: Sequence[str], k: int, pos: int) -> Iterator[Segment]:
    """The lines from ``lines[k]`` (starting at ``pos``) that may hold a stamp, as segments."""
    for line in lines[k:]:
        if ":" in line and "/" in line:
            yield Segment(line.strip(), pos + len(line) - len(line.lstrip()))
        pos += len(line)


def _more_prose_after(kept: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether far more of the article's prose is after a tail's heading than before it: a
    page of search results, its "Ý kiến phản hồi" link, with the article pasted under it."""
    before = sum(len(x) for x in kept if len(x) >= _PROSE_MIN)
    after = [len(x) for x in rest if len(x) >= _PROSE_MIN]
    return len(after) >= _PROSE_AFTER_MIN and sum(after) > _PROSE_AFTER_RATIO * before


#: fewest paragraphs of prose after a tail's heading, and how many times the prose before it,
#: for the article to go on under it
_PROSE_AFTER_MIN = 3
_PROSE_AFTER_RATIO = 3


#: shortest line read as a paragraph of the article (no menu item or heading is as long)
_PARAGRAPH_MIN = 120


def _opens_body(text: str, prev_len: int) -> bool:
    """Whether ``text`` shows the article's body has started: a paragraph, or the rest of
    one a mail client or a PDF wrapped (a line opening in lower case under a long one)."""
    return (len(text) > _PARAGRAPH_MIN and not _is_spaced_menu(text)) or (
        prev_len >= _WRAPPED_MIN and text[0].islower())


#: most lines of a box of related news inside an article (its heading's list)
_BOX_MAX = 12
#: a line of the article's prose: longer than any headline in a list of related news
_PROSE_MIN = 150


def _is_short_paragraph(text: str) -> bool:
    """A phone page's short paragraph: a sentence of a dozen words or more, closed by a full stop
    (a headline in a list of related news has no full stop)."""
    return (len(text) >= _SHORT_PARAGRAPH_MIN and text.endswith(".") and not text.endswith("..")
            and text.count(" ") >= _SHORT_PARAGRAPH_WORDS and text[0].isupper())


#: shortest such paragraph, and fewest of its words less one
_SHORT_PARAGRAPH_MIN, _SHORT_PARAGRAPH_WORDS = 80, 14


def _after_inline_box(following: Sequence[str], marker: str) -> int | None:
    """Where the article resumes after a box of related news inside it, or None.

    ``Bài viết liên quan`` and its few headlines, then more of the article (a
    paragraph longer than any headline): the box goes, the article after it
    stays, no sentence is lost. With no paragraph of the article's after the
    list (the page's end, other chrome, a footer), the page's tail starts here.
    Comment sections (``Bình luận``, ``Phản hồi``) always end the article.

    Args:
        following: the stripped lines after the heading (blank ones included).
        marker: the heading.
    """
    if regexes.COMMENTS_MARKER_F.match(folded_line(marker)):
        return None
    for j, t in enumerate(following):
        if ((len(t) > _PROSE_MIN or _is_short_paragraph(t) and any(
                _is_short_paragraph(u) or len(u) > _PROSE_MIN for u in following[j + 1 : j + 5]))
                and not t.startswith(_HEADLINE_BULLETS) and not regexes.FOOTER_F.search(ffold(t))):
            # (a phone page's short paragraphs: two of them, not a footer's one sentence)
            return j
        if _team_chat_header(t):
            return j  # a team chat's next message, its sender's line: "Trần Quốc Khánh   7:58 SA"
        if t and len(t) <= _CHROME_MAX and _is_tail_marker(t, len(t)):
            return None  # another section of the page's tail
    return None


#: what closes a link's words: "Đọc tiếp »", "Xem thêm →"
_LINK_ARROWS = ("»", "›", "→", ">>")


def _read_more_link(text: str) -> bool:
    """A link to an item's whole text, its arrow after it: "Đọc tiếp »" (under a digest's
    teaser: no heading of the page's tail)."""
    return text.endswith(_LINK_ARROWS) and _READ_ON_F.fullmatch(folded_line(text)) is not None


#: a link to read an item on (folded): "Đọc tiếp", "Xem chi tiết", "Đọc toàn bài" (not "Xem thêm":
#: more items, a list's)
_READ_ON_F = re.compile(r"(?:doc\s+tiep|xem\s+chi\s+tiet|(?:doc|xem)\s+toan\s+bai)\W*")

#: what opens an item of a list of headlines
_HEADLINE_BULLETS = ("•", "-", "–", "»", "+", "*", "·", "▪", "►", "▶", "○", "●")


def _is_tail_marker(text: str, n: int) -> bool:
    """A heading after which the page holds no more of the article: ``Tin khác``."""
    if n <= _MARKER_MAX and regexes.TAIL_MARKER_F.fullmatch(folded_line(text)) is not None:
        return True
    if text.endswith(")") and ":" in text and _ITEMS_COUNT_RE.search(text):
        # an aggregator's cluster: "CÙNG CHỦ ĐỀ: Tổng kết công tác tổ chức xây dựng Đảng (4 bài)"
        head = text.partition(":")[0]
        return len(head) <= _MARKER_MAX and regexes.TAIL_MARKER_F.fullmatch(folded_line(head)) is not None
    # a row of widgets opening with one: "Ý kiến bạn đọc (0)  |  Gửi ý kiến"
    if n > _CHROME_MAX or ("|" not in text and "  " not in text):
        return False
    first = _ROW_SPLIT_RE.split(text, 1)[0]
    return (len(first) < n <= _CHROME_MAX
            and regexes.TAIL_MARKER_F.fullmatch(folded_line(first)) is not None)


_ROW_SPLIT_RE = re.compile(r"\s*\|\s*|\s{2,}")
#: how many items a box of news holds, closing its heading: "(4 bài)", "(12 tin)"
_ITEMS_COUNT_RE = re.compile(r"\(\d{1,4}\s+(?:bài|tin|bài viết|BÀI|TIN)\)$")
_COUNT_AFTER_RE = re.compile(r"(?<![/\d])\s*\(?\d[\d.,]*\)?\s*$")  # (not a page of pages: "Trang 2/12")


def mark_site_header(segs: list[Segment]) -> list[Segment]:
    """Label site headers: ``Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh X``."""
    out = list(segs)
    for i, s in enumerate(out[:HEADER_SIZE]):
        if s.kind == BODY and len(s.text) <= 140 and regexes.SITE_HEADER_F.fullmatch(s.folded):
            out[i] = Segment(s.text, s.start, SITE)
    return out


def is_date_line(text: str, *, header: bool) -> bool:
    """Whether ``text`` is a publication-date line.

    ``Ngày đăng: 29/10/2019``, ``THỨ NĂM, 09/07/2020 18:48:18``,
    ``Cập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)``, ``20:45' 13/1/2022``;
    in the header also ``Chính trị 31-12-2022`` (a section label and a date).
    """
    if len(text) > 90 or not _DIGIT_RE.search(text):
        return False
    if text[-1] == ")" and "(" not in text:
        return False  # the end of a line in brackets wrapped over it: "thứ Năm, ngày 10/10/2019)"
    found = _one_date(text)
    if found is None:
        return False
    folded, m, rest = found
    if not rest:
        return header or bool(regexes.DATE_LABEL_START_F.match(folded))
    if not header:
        return False
    if _is_place_name(rest):
        return True  # a dateline: "Hà Nội, 23/10/2023"
    if (rest.startswith(_OUTLET_WORDS) or rest.startswith(_SOURCE_WORDS) and rest.partition(" ")[2].startswith(_OUTLET_WORDS)) \
            and _OUTLET_BEFORE_DATE_F.fullmatch(folded, 0, m.start()):
        # an aggregator's source over the article: "Báo Trà Vinh  07/01/2022 16:35"; a copy's
        # under its headline: "Nguồn: Báo Long An Online, đăng ngày 11/01/2018"
        return True
    if rest.startswith(_OUTLET_WORDS) and _OUTLET_AFTER_DATE_F.fullmatch(folded, m.end()):
        return True  # a print page's head: "THỨ TƯ, 10-1-2018 ■ BÁO HẢI DƯƠNG"
    # "Chính trị 31-12-2022": a section label before the date
    label = folded[: m.start()].strip(" ,;:|-–—›»>")  # (a breadcrumb's path before it: "... › 15/08/2022 09:40")
    after = regexes.DATE_LINE_NOISE_F.sub(" ", folded[m.end() :]).strip()
    return bool(regexes.SECTION_LABEL_F.fullmatch(rest)) or (
        # (not a headline after its section, the stamp glued on: "THỜI SỰ - CHÍNH TRỊ | Đẩy
        # nhanh tiến độ chuẩn bị đại hội điểm cấp cơ sở14/10/2024 - 16:20")
        not after and label.count(" ") < _SECTION_LABEL_WORDS and bool(regexes.SECTION_LABEL_F.fullmatch(label)))


#: most words of a section's labels before a date line ("Thời sự - Chính trị | Xây dựng Đảng")
_SECTION_LABEL_WORDS = 9


#: a repost's note in brackets (folded): "(bai dang lan dau ngay 5/8/2022 tren bao nghe an)",
#: "(bài đã đăng trên Báo X số ra ngày ...)"
_REPOST_NOTE_F = re.compile(r"\(\s*(?:bai\s+(?:viet\s+)?)?(?:da\s+|duoc\s+)?dang\s+(?:lan\s+dau|tren|tai)\b[^()]{4,100}\)\s*\.?")
#: an outlet's name before the date (folded): "bao tra vinh", "tap chi xay dung dang"
_OUTLET_BEFORE_DATE_F = re.compile(
    r"\s*(?:(?:nguon|theo)\s*:?\s*)?"
    r"(?:bao(?!\s+cao)|tap\s+chi|dai\s+(?:phat\s+thanh|truyen\s+hinh|pt)|cong\s+thong\s+tin)"
    r"(?:\s+[a-z0-9-]+){1,6}\s*[·|•,-]?\s*(?:dang\s+(?:ngay\s+)?)?")
_OUTLET_WORDS = ("bao ", "tap chi ", "dai ", "cong ")
#: the word naming a copy's source before its outlet
_SOURCE_WORDS = ("nguon ", "theo ")
#: the paper's name after the day on a print page's head, apart by a mark (folded): " ■ bao hai duong"
_OUTLET_AFTER_DATE_F = re.compile(r"\s*[■•|·]\s*(?:bao(?!\s+cao)|tap\s+chi)(?:\s+[a-z0-9-]+){1,5}\s*")


def _is_place_name(folded: str) -> bool:
    from desktop.core.parse import places  # (it needs the gazetteer: loaded on first use)

    return places.is_place_key(folded)


def _header_limit(segs: Sequence[Segment]) -> int:
    # the header ends at the first long paragraph, and after HEADER_SIZE lines at most
    # (lines already read as a bulletin's issue line or its contents do not count)
    # (nor do the chrome lines over the page: a web archive's toolbar)
    counted = 0
    lead = _leading_labels(segs)
    for i, s in enumerate(segs):
        if i < lead or s.kind == FORWARD:
            continue  # (nor does the tail of the article before: mark_previous_tail)
        if len(s.text) > 200 and not _GREETING_RE.match(folded_line(s.text[:_GREETING_HEAD])):
            # (a long banner is not the body)
            return i
        if s.kind != LABEL or not (regexes.ISSUE_LINE_F.fullmatch(s.folded) or s.text.startswith(_BULLETS)):
            counted += 1
        if counted > HEADER_SIZE:
            return i
    return len(segs)


def _leading_labels(segs: Sequence[Segment]) -> int:
    """How many segments over the page are chrome already (a web archive's toolbar)."""
    n = 0
    while n < len(segs) and segs[n].kind == LABEL:
        n += 1
    return n


def _page_top(segs: Sequence[Segment]) -> int:
    """Where the page's top (mastheads, menus one item a line, the headline) ends.

    At the first paragraph that reads as body text (over 200 characters, or over
    100 closing a sentence, or a paragraph wrapped at a width: a line that goes on
    in lower case on the next two), and after :data:`PAGE_TOP_MAX` lines at most:
    a site's menu printed one item a line pushes the headline far down.
    """
    end = _leading_labels(segs)  # (under chrome already: a web archive's toolbar)
    counted = 0
    while end < len(segs) and counted < PAGE_TOP_MAX:
        # (a menu's items in a bulleted list, its submenus' too, count as none: "  * Xây dựng Đảng";
        # nor do a side menu's, one short item a line: "Tin hoạt động", "Cải cách hành chính")
        t = segs[end].text
        if not (len(t) <= _MENU_ITEM_MAX and (t[:1] in _BULLETS and t[1:2] == " " or len(t.split()) <= _MENU_ITEM_WORDS)):
            counted += 1
        end += 1
    top = segs[:end]
    for i, s in enumerate(top):
        if s.kind == LABEL:
            continue  # (its long note too)
        n = len(s.text)
        if n > 200 or (n > 100 and s.text.endswith((".", "!", "?", ":"))):
            return i
        if n >= _WRAPPED_MIN and _goes_on(top, i) and _goes_on(top, i + 1):
            return i  # "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính" / "trị về ..."
    return min(len(segs), end)


#: the longest item of a menu, printed as a list (a bullet and a space before it) or one item a
#: line (its most words: :data:`_MENU_ITEM_WORDS`)
_MENU_ITEM_MAX = 40


def _goes_on(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]`` goes on on the very next line, which opens in lower case."""
    return (i + 1 < len(segs) and _next_line(segs[i], segs[i + 1])
            and segs[i + 1].text[:1].islower() and not segs[i].text.endswith((".", "!", "?")))


#: most lines taken as the page's top
PAGE_TOP_MAX = 24


#: how far down a line holding only a date and a time is still the date line
#: (under a sapo: "Tuấn Minh" / "10/07/2024 19:25 GMT+7" / the lead)
_LATE_DATE_ZONE = 12
_TIME_RE = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")


def _is_bare_stamp(text: str) -> bool:
    """A date with a time and nothing else: ``10/07/2024 19:25 GMT+7`` (never body text)."""
    if not _TIME_RE.search(text):
        return False
    found = _one_date(text)
    return found is not None and not found[2]


def _one_date(text: str) -> tuple[str, re.Match[str], str] | None:
    """``(folded, the first date's match, the rest without date-line noise)`` of a date line.

    One date, or two with nothing else beside them but date-line words
    (``Đăng: 09/07/2026 | Cập nhật: 10/07/2026``); otherwise None.
    """
    folded = ffold(text)
    dates = list(regexes.DATE_F.finditer(folded))
    if not 1 <= len(dates) <= 2:
        return None
    m = dates[0]
    rest = folded[: m.start()] + " " + regexes.POSTER_AFTER_F.sub("", folded[m.end() :])
    if len(dates) == 2:
        second = dates[1]
        rest = folded[: m.start()] + " " + folded[m.end() : second.start()] + " " + folded[second.end() :]
    rest = regexes.DATE_LINE_NOISE_F.sub(" ", rest).strip()
    if len(dates) == 2 and rest:
        return None
    return folded, m, rest


#: the pieces of an app's or a site's line beside its date: "Thời sự · Xứ Nghệ Online · 15 thg
#: 7, 2019", "Chính trị | 08/04/2022 16:30 GMT+7 | Nghe đọc bài (4 phút)", or of a printed
#: page's head set apart by runs of spaces: "3   XÂY DỰNG ĐẢNG      ĐỒNG THÁP   Thứ Hai, ngày 12-1-2026"
_PIECES_SPLIT_RE = re.compile(r"\s*[·|•]\s*|\s{3,}")
#: longest piece beside the date on such a line
_PIECE_MAX = 40


def _has_piece_marks(text: str) -> bool:
    """Whether a line's pieces may be set apart by ``·``, ``|`` or ``•`` (a cheap test first)."""
    return "·" in text or "|" in text or "•" in text


def _pieces_date_line(text: str) -> bool:
    """A header line of short pieces apart by ``·``, ``|`` or runs of spaces, one of them a date."""
    if not _has_piece_marks(text) and "   " not in text:
        return False
    pieces = [p for p in _PIECES_SPLIT_RE.split(text) if p.strip()]
    dated = [p for p in pieces if _DIGIT_RE.search(p) and is_date_line(p, header=True)]
    return (len(pieces) >= 2 and len(dated) == 1
            and all(len(p) <= _PIECE_MAX and not p.rstrip().endswith(".") for p in pieces)
            # (an author beside the date is read as a byline: _byline_and_date)
            and not (len(pieces) == 2 and any(p is not dated[0] and _is_name_line(p) for p in pieces)))


def _spaced_short(text: str) -> bool:
    """A line of at most 90 characters once its runs of spaces (a printed page head's) are one."""
    return "   " in text and len(_WIDE_SPACE_RE.sub(" ", text)) <= 90


def _byline_and_date(s: Segment) -> list[Segment] | None:
    """``Minh Anh | 23/10/2023 10:00``, ``Tác giả: Minh Anh - 23/10/2023``: a byline, then a date.

    Returns the byline and date pieces, or None when the line is not one.
    """
    m = _BYLINE_DATE_RE.fullmatch(s.text)
    if m is None or not is_date_line(m.group("date"), header=True):
        # two authors apart by a dash before the date: "Thành Duy - Phước Anh • 01/01/2026 06:45"
        m = _BYLINES_DATE_RE.fullmatch(s.text)
    if m is None or not is_date_line(m.group("date"), header=True):
        # the other way round: "Thứ Ba, 03-10-2023 07:15 | Bài và ảnh: NGUYỄN MINH HẢI"
        after = _DATE_BYLINE_RE.fullmatch(s.text)
        if (after is not None and is_date_line(after.group("date"), header=True)
                and people.names_someone(after.group("by"))):
            return [s.trim(0, after.end("date"), DATE), s.trim(*after.span("by"), BYLINE)]
        # a blog's post line: "Đăng vào 7 Tháng 1, 2026 bởi Nguyễn Văn Thuấn — 3 bình luận"
        posted = _DATE_BY_RE.fullmatch(s.text) if " b" in s.text else None
        if (posted is not None and is_date_line(posted.group("date"), header=True)
                and people.names_someone(posted.group("by"))):
            return [s.trim(0, posted.end("date"), DATE), s.trim(*posted.span("by"), BYLINE),
                    *([s.trim(posted.end("by"), len(s.text), LABEL)] if posted.group("more") else [])]
        return None
    if _EDITION_NUMBER_RE.search(m.group("date")):
        # a print edition's head: "NHÂN DÂN - Thứ Hai, ngày 3-6-2024 - Số 24.567" (the paper, not its author)
        return [s.trim(*m.span("by"), LABEL), s.trim(m.start("date"), len(s.text), DATE)]
    if people.parse_byline(m.group("by")) is not None:
        return [s.trim(*m.span("by"), BYLINE), s.trim(m.start("date"), len(s.text), DATE)]
    by = m.group("by").strip()
    if _OUTLET_NAME_RE.fullmatch(by) or (  # "Thời Báo Phương Nam  •  05/08/2024"
            len(by.split()) <= _PAGE_NAME_WORDS and regexes.DOC_ISSUER_F.match(ffold(by))):
        # (or a committee's page: "Đảng ủy phường Thủ Dầu Một · 12/01/2026")
        return [s.trim(*m.span("by"), LABEL), s.trim(m.start("date"), len(s.text), DATE)]
    return None


#: an edition's number after its date: "... - Số 24.567"
_EDITION_NUMBER_RE = re.compile(r"[-–|]\s*(?:Số|SỐ)\s+[\d.]{1,7}\s*$")
#: an outlet's name beside a date line: two to six capitalised words, no digit
_OUTLET_NAME_RE = re.compile(r"(?:[A-ZĐ][^\s\d]*\s+){1,5}[A-ZĐ][^\s\d]*")


#: a separator, then the date line, after an author on a header line
_SEPARATED_DATE = r"\s*(?:[|•·]|[-–—]\s)\s*(?P<date>.*\d.*)"
#: a header line holding an author, a separator and the date line
_BYLINE_DATE_RE = re.compile(r"(?P<by>[^\d|•·]{3,70}?)" + _SEPARATED_DATE)
#: the same with the last separator before the date (the authors may hold a dash)
_BYLINES_DATE_RE = re.compile(r"(?P<by>[^\d|•·]{3,70})" + _SEPARATED_DATE)
#: a blog's line of the post's date and author (and its comments): "... 2026 bởi Thu Hà — 3 bình luận"
_DATE_BY_RE = re.compile(r"(?P<date>.*\d.*?)\s+(?:bởi|by)\s+(?P<by>[^\d|•·—–]{3,70}?)"
                         r"(?P<more>\s*[—–|·]\s*\d.*)?")
#: a header line holding the date line, a bar and the author
_DATE_BYLINE_RE = re.compile(r"(?P<date>.*\d.*?)\s*\|\s*(?P<by>[^\d|•·]{3,70})")


def mark_date_lines(segs: list[Segment]) -> list[Segment]:
    """Label date lines: any in the header, labelled ones (``Ngày đăng:``) anywhere.

    A header line with an author before the date (``Minh Anh | 23/10/2023``)
    becomes a ``byline`` and a ``date`` segment.
    """
    limit = max(_header_limit(segs), _page_top(segs))
    out: list[Segment] = []
    for i, s in enumerate(segs):
        # (is_date_line turns down any line over 90 characters)
        if (s.kind == BODY and len(s.text) <= 90 and s.text[:4] in ("Ngày", "NGÀY")
                and regexes.DOC_META_DATE_F.match(s.folded)):
            s = Segment(s.text, s.start, LABEL)  # "Ngày ban hành: 18/12/2017": the document's
        elif s.kind == BODY and len(s.text) <= 90 and s.text[:1] in "SsLlCcXxEeKk" and _EDIT_STAMP_F.match(s.folded):
            # a draft's "Sửa lần cuối: 10/01/2026", a feed reader's export "Xuất từ: QuiteRSS 0.19.4 |
            # 20/11/2021 21:47": no page's date
            s = Segment(s.text, s.start, LABEL)
        elif (s.kind == BODY and len(s.text) <= 90 and i + 1 < len(segs) and _DIGIT_RE.search(s.text)
              and _POST_COUNTS_F.match(segs[i + 1].folded)
              and is_date_line(_POST_CLIENT_TAIL_RE.sub("", s.text), header=True)):
            # a social post's time under its text, over its counts: "15 thg 10, 2025, 08:12 ·
            # Đã chỉnh sửa · Web" / "14 lượt đăng lại · 31 lượt thích" (Mastodon's, X's)
            s = Segment(s.text, s.start, DATE)
        elif s.kind == BODY and " | " in s.text and _table_field(segs, i):
            # a note's property: "Ngày | 15 tháng 1, 2019"; the page's date among them: "| Ngày đăng | 18/06/2025 |"
            field = s.text.strip("| ")
            published = (regexes.DATE_LABEL_START_F.match(folded_line(field)) is not None
                         and is_date_line(field.replace(" | ", ": ", 1), header=True))
            s = Segment(s.text, s.start, DATE if published else LABEL)
        elif s.kind == BODY and (len(s.text) <= 90 or i < limit and _spaced_short(s.text)) and not (
                # a minutes' or an invitation's field: "Thời gian: 8 giờ 00, ngày 5/3/2024" is
                # the meeting's (a page's stamp prints its time "08:00")
                regexes.TIME_LINE_F.match(s.folded) and _HOUR_WORD_F.search(s.folded)):
            if is_date_line(s.text, header=i < limit) or (
                    i < limit and (regexes.RELATIVE_STAMP_F.fullmatch(s.folded)
                                   or _pieces_date_line(s.text))) or (
                    # a labelled one beside widgets, under the lead: "Cập nhật: 12/02/2025 - 18:05 | Chia sẻ"
                    regexes.DATE_LABEL_START_F.match(s.folded) and _pieces_date_line(s.text)) or (
                    i < _LATE_DATE_ZONE and _TIME_RE.search(s.text) and is_date_line(s.text, header=False)
                    or i < _LATE_DATE_ZONE and _is_bare_stamp(s.text)
                    # a blog's stamp with its reading time, under a long sapo: "8 thg 8, 2020 • 7 phút đọc"
                    or i < _LATE_DATE_ZONE and regexes.READING_TIME_F.search(s.folded)
                    and is_date_line(s.text, header=True)):
                # (a masthead's "Hôm nay: Thứ Sáu, 10/7/2020" is today's, not the article's)
                s = Segment(s.text, s.start, LABEL if s.folded.startswith("hom nay") else DATE)
            elif s.text[:1] == "(" and _REPOST_NOTE_F.fullmatch(s.folded):
                # a repost's note of where and when the article first ran: "(Bài đăng lần đầu ngày
                # 5/8/2022 trên Báo Nghệ An)" (no meeting's day)
                s = Segment(s.text, s.start, LABEL)
            elif (i >= len(segs) - _SIGNATURE_ZONE and s.text[-4:].isdigit()
                  and _SIGNED_DATELINE_F.fullmatch(s.folded)):
                # a document's place and date over its signatures, at its end: "Nghi Phong,
                # ngày 02 tháng 10 năm 2020"
                s = Segment(s.text, s.start, DATE)
            elif i < limit and _DIGIT_RE.search(s.text):
                pieces = _byline_and_date(s)
                if pieces is not None:
                    out += pieces
                    continue
        if s.kind == DATE and out and _is_numbered_section(out[-1].text) and _OUTLET_AFTER_DATE_F.search(s.folded):
            # a print page's section and page over its head: "THỜI SỰ - CHÍNH TRỊ 3" over
            # "THỨ TƯ, 10-1-2018 ■ BÁO HẢI DƯƠNG" (or a left page's "4 THỜI SỰ")
            out[-1] = Segment(out[-1].text, out[-1].start, LABEL)
        out.append(s)
    return out


def _is_numbered_section(text: str) -> bool:
    """A section's name in capitals with its page's number before or after it: ``THỜI SỰ -
    CHÍNH TRỊ 3``, ``4 THỜI SỰ``."""
    return len(text) <= _RUNNING_HEAD_MAX and text.isupper() and _NUMBERED_SECTION_RE.fullmatch(text) is not None


#: a section's name with its page's number: "THỜI SỰ - CHÍNH TRỊ 3", "4 THỜI SỰ"
_NUMBERED_SECTION_RE = re.compile(r"\d{1,3}\s+[^\d]+|[^\d]+\s\d{1,3}")


#: what a social post's time names after it: its edit, the program that sent it
_POST_CLIENT_TAIL_RE = re.compile(r"(?:\s*·\s*(?:Đã chỉnh sửa|Edited|Web|Android|iOS|iPhone|[A-Z]\w+ for \w+))+\s*$")
#: a social post's counts under its time (folded): "14 lượt đăng lại · 31 lượt thích", "12 Reposts"
_POST_COUNTS_F = re.compile(r"[\d.,]+\s*(?:k\s+)?(?:luot\s+(?:dang\s+lai|thich|chia\s+se|tra\s+loi|xem)"
                            r"|reposts?|likes?|boosts?|favou?rites?|quotes?)\b")
#: a stamp that is no page's date (folded): a draft's or a file's last edit ("Sửa lần cuối:
#: 10/01/2026"), an export's own time or its range ("Xuất từ: QuiteRSS ... | 20/11/2021 21:47",
#: "Khoảng thời gian: 07/10/2025 - 08/10/2025"); the lines it may match open with "SsLlCcXxEeKk"
_EDIT_STAMP_F = re.compile(r"\s*(?:(?:chinh\s+)?sua\s+lan\s+cuoi|lan\s+sua\s+cuoi|last\s+(?:edited|modified)"
                           r"|xuat\s+tu|xuat\s+luc|exported\s+(?:from|on|by)|khoang\s+thoi\s+gian)\b")


def _table_field(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]`` is a field of a table of two columns, a record's (a note app's
    properties: "Tags | tổng kết" / "Ngày | 15 tháng 1, 2019" / "Nguồn | Báo X")."""
    return segs[i].text.count(" | ") == 1 and all(
        0 <= j < len(segs) and segs[j].text.count(" | ") == 1 for j in (i - 1, i + 1))


#: an hour spelled with its word (folded): "8 giờ 00", "14 giờ"
_HOUR_WORD_F = re.compile(r"\d{1,2}\s*gio(?![\w])")
#: how many lines from a document's end its signed date line may be
_SIGNATURE_ZONE = 8
#: a place and a date in words, as a document is signed (folded): "nghi phong, ngay 02 thang 10 nam 2020"
_SIGNED_DATELINE_F = re.compile(r"[a-z][a-z .'-]{1,40},\s*ngay\s+(?:\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
                                r"|\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4})")  # (or "Hà Tĩnh, ngày 14/3/2024")


def _is_label(s: Segment) -> bool:
    if regexes.BYLINE_LABEL_F.match(s.folded):
        return False  # "Tác giả: Thu Trang | Lượt xem: 287" is a byline
    return bool(regexes.SECTION_LABEL_F.fullmatch(s.folded)) or (
        len(s.text) < 120 and regexes.BREADCRUMB_RE.fullmatch(s.text) is not None
        and "." not in s.text) or _is_spaced_menu(s.text) or (
        len(s.text) < 120 and regexes.YOU_ARE_HERE_F.match(s.folded) is not None) or (
        len(s.text) < 80 and s.text.startswith(_ISSUE_LINE_STARTS)
        and regexes.ISSUE_LINE_F.fullmatch(s.folded) is not None) or _publisher_issue_line(s) or (
        _is_page_head(s))


def _is_page_head(s: Segment) -> bool:
    """A print page's head, a body line (:func:`_page_section_head`, after a cheap test)."""
    return s.kind == BODY and ("   " in s.text or "\t" in s.text) and _page_section_head(s.text)


def _page_section_head(text: str) -> bool:
    """A print page's section head with the page's number far from it: ``XÂY DỰNG ĐẢNG - HỆ
    THỐNG CHÍNH TRỊ          3``, ``12          THỜI SỰ`` (a left page's), or with the
    bulletin's issue: ``Bản tin nội bộ Số 01/2026          XÂY DỰNG ĐẢNG``."""
    pieces = _PAGE_HEAD_GAP_RE.split(text.strip()) if len(text) <= 2 * _RUNNING_HEAD_MAX else ()
    if len(pieces) != 2 or len(pieces[0]) + len(pieces[1]) > _RUNNING_HEAD_MAX:
        return False  # (its gap as wide as the page: its pieces are short)
    return any(head.isupper() and not any(c.isdigit() for c in head)
               and (other.isdigit() and len(other) <= 3 or _ISSUE_REF_RE.search(other) is not None
                    # (or its mark: "BAN TỔ CHỨC TỈNH ỦY ĐẮK LẮK          Lưu hành nội bộ")
                    or folded_line(other) == "luu hanh noi bo")
               # (or the bulletin's issue and its page: "Bản tin nội bộ Số 11-2019      Trang 2")
               or _PAGE_NUMBER_RE.fullmatch(other) is not None and _ISSUE_REF_RE.search(head) is not None
               for head, other in (pieces, pieces[::-1]))


#: a page's number with its word: "Trang 2", "TRANG 12", "Tr. 3"
_PAGE_NUMBER_RE = re.compile(r"(?:Trang|TRANG|Tr\.)\s*\d{1,3}")


#: an issue's day in brackets after its number, its weekday first or not: "(Thứ Năm 15/11/2018)"
_ISSUE_DAY = r"\((?:[^()\d]{2,12})?\d{1,2}/\d{1,2}/\d{4}\)"
#: an issue's day in a page's head: "Số 46 (Thứ Năm 15/11/2018)"
_ISSUE_DAY_RE = re.compile(r"[Ss][Ốố]\s*\d{1,4}\s*" + _ISSUE_DAY)
#: the wide run of spaces between a print page's head's pieces
_PAGE_HEAD_GAP_RE = re.compile(r"[ \t\xa0]{3,}|\t")
#: a bulletin's issue: "Số 01/2026", "số 7 - 2024" (its count from the first after it: "Số 01 (175)")
_ISSUE_REF_RE = re.compile(r"\b[Ss][Ốố]\s*\d{1,4}(?:\s*[+&]\s*\d{1,4})?(?:\s*\(\d{1,5}\))?\s*(?:[/-]\s*\d{4}\b"
                           # (or its day: "Số 46 (Thứ Năm 15/11/2018)")
                           r"|" + _ISSUE_DAY +
                           # (or its months: "Số 1+2 (Tháng 1+2/2021)", "Số 10 - Tháng 10/2025")
                           r"|[-(]\s*[Tt]háng\s*\d{1,2}(?:\s*[+&-]\s*\d{1,2})?\s*/\s*\d{4})")


def _publisher_issue_line(s: Segment) -> bool:
    """A bulletin's publisher and issue on one line: ``BAN TỔ CHỨC TỈNH ỦY X • Số 10 - Tháng 10/2025``."""
    if len(s.text) >= 120 or not _has_piece_marks(s.text):
        return False
    pieces = [p for p in _PIECES_SPLIT_RE.split(s.folded) if p.strip()]
    return (len(pieces) >= 2 and all(len(p) <= _PIECE_MAX * 2 for p in pieces)
            and any(regexes.ISSUE_LINE_F.fullmatch(p) for p in pieces[1:]))


#: a bulletin's table of contents (folded, whole line): "TRONG SỐ NÀY", "Mục lục"
_CONTENTS_F = re.compile(r"\(?\s*(?:tr[o0]ng\s+so\s+nay|muc\s+luc)\s*:?\s*\)?")
#: how an item of a list opens: "• Sơ kết ...", "- Hỏi đáp ...", "► Lịch công tác"
_BULLETS = ("•", "-", "–", "*", "▪", "►", "▸", "◦", "+")
#: how a bulletin's issue line or its furniture opens (a cheap test before ISSUE_LINE_F)
_ISSUE_LINE_STARTS = ("Số", "SỐ", "số", "(", "Lưu", "LƯU", "lưu", "Trong", "TRONG", "TR0NG", "Mục", "MỤC")


#: most characters in one item of a menu whose items are apart by spaces
_SPACED_ITEM_MAX = 30
_WIDE_SPACE_RE = re.compile(r"[ \t\xa0]{2,}|\t")


def _is_spaced_menu(text: str) -> bool:
    """A site's menu copied as one line, its items apart by two spaces or more.

    ``Trang chủ  Giới thiệu  Tin tức  Xây dựng Đảng  Hỏi đáp``: four items or
    more, each short and capitalised, none closing a sentence.
    """
    if "\xa0 " not in text and " \xa0" not in text and not _spaced(text):
        return False
    items = _spaced_items(text)
    # (a viewer's buttons open with their arrows: "◀ Trang trước   Trang 1/8   Trang sau ▶")
    return len(items) >= 4 and all(
        len(p) <= _SPACED_ITEM_MAX and p.lstrip(_BUTTON_ARROWS)[:1].isupper() and not p.endswith(".") for p in items)


#: arrows opening a button's name
_BUTTON_ARROWS = "◀◁←⟵‹«<▲▼ "


def _spaced(text: str) -> bool:
    """Whether ``text`` may hold items apart by two spaces or more, or tabs."""
    return "  " in text or "\t" in text


def _spaced_items(text: str) -> list[str]:
    """The items of a line apart by two spaces or more, or tabs."""
    return [p for p in _WIDE_SPACE_RE.split(text.strip()) if p]


def mark_section_labels(segs: list[Segment]) -> list[Segment]:
    """Label section labels and breadcrumbs before the title: ``Chính trị``, ``Xây dựng Đảng``.

    A short line right above the first label is the site's name (``Đảng bộ tỉnh X``
    over ``Trang chủ > Tin tức``): it is labelled ``site``, never the title.
    """
    out = list(segs)
    limit = _header_limit(segs)
    seen_label = False
    contents = False  # under a bulletin's "TRONG SỐ NÀY": its items, one a line, bulleted
    for i, s in enumerate(out):
        if i >= limit and not (contents and s.text.startswith(_BULLETS)):
            break  # (a long table of contents goes past the header's usual size)
        if s.kind != BODY:
            continue
        if _is_label(s):
            # (a weekly's page head holds its issue's day, the page's: "HÀ TĨNH CUỐI TUẦN     Số 46
            # (Thứ Năm 15/11/2018)")
            out[i] = Segment(s.text, s.start, DATE if "/" in s.text and _ISSUE_DAY_RE.search(s.text) else LABEL)
            seen_label = True
            contents = _CONTENTS_F.fullmatch(s.folded) is not None
        elif contents and s.text.startswith(_BULLETS):
            out[i] = Segment(s.text, s.start, LABEL)
        elif (_is_masthead(s) and i + 1 < limit and not _byline_under_date(out, i)
              and not _caps_headline_over_time(out, i) and not _caps_headline_lines(out, i)
              or not seen_label and _over_masthead_day(out, i)):
            out[i] = Segment(s.text, s.start, SITE)
            _label_only_day(out, i)
        elif (not seen_label and len(s.text) <= _SITE_NAME_MAX and not s.text.endswith(".")
              and i + 1 < limit and out[i + 1].kind == BODY and _is_label(out[i + 1])):
            out[i] = Segment(s.text, s.start, SITE)
        else:
            break  # labels come before the title
    return out


def _item_under_cover_note(segs: Sequence[Segment], i: int) -> int | None:
    """The headline of a news item a mail passes on under its greeting (``segs[i]``) and a
    short note: ``Kính gửi Ban Biên tập,`` / ``Em gửi tin giao ban tháng 11 ... ạ.`` /
    ``Tuyên Quang: Giao ban ...`` / ``Chiều 27/11, Ban Tổ chức Tỉnh ủy ...``; or None."""
    for j in range(i + 1, min(len(segs) - 1, i + 1 + _COVER_NOTE_LINES)):
        head = segs[j]
        if (head.kind == BODY and len(head.text.split()) >= _SUBTITLED_WORDS and _looks_like_title(head.text)
                and not head.text.rstrip().endswith((".", ":", ";", "!", "?", ","))
                and regexes.EVENT_LEAD_F.match(segs[j + 1].folded)):
            return j
    return None


#: most lines of a mail's note between its greeting and the item it passes on
_COVER_NOTE_LINES = 4


def _subject_over_caps_headline(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]``, a headline in capitals opening with the meeting's kind, goes on
    the body's name in capitals on the line right over it, its subject: ``ĐẢNG ỦY BỘ ĐỘI BIÊN
    PHÒNG TỈNH`` / ``TỔNG KẾT CÔNG TÁC LÃNH ĐẠO NĂM 2023`` (the name read as a masthead so far)."""
    if i < 1 or segs[i - 1].kind not in (BODY, SITE) or not _next_line(segs[i - 1], segs[i]):
        return False
    over, head = segs[i - 1], segs[i]
    words = over.text.split()
    return (over.text.isupper() and len(words) <= _SUBJECT_WORDS and not _DIGIT_RE.search(over.text)
            and _SUBJECT_BODY_F.match(over.folded) is not None and _caps_headline(head)
            and _MEETING_FIRST_F.match(head.folded) is not None)


#: a Party committee's or a body's name opening such a subject (folded)
_SUBJECT_BODY_F = re.compile(r"(?:dang\s+(?:uy|bo)|chi\s+bo|ban|(?:tinh|thanh|huyen|quan|thi)\s+uy|uy\s+ban"
                             r"|cong\s+an|bo\s+(?:chi\s+huy|doi)|so|hoi)\s")
#: most words of a body's name over a headline in capitals
_SUBJECT_WORDS = 10
#: a headline opening with the meeting's kind (folded): "tổng kết ...", "giao ban ...", "sơ kết ..."
_MEETING_FIRST_F = re.compile(r"(?:to\s+chuc\s+)?(?:tong\s+ket|so\s+ket|giao\s+ban|hoi\s+nghi|quan\s+triet|trien\s+khai)\b")


def _caps_headline_over_time(segs: Sequence[Segment], i: int) -> bool:
    """A headline in short capitals, on one line or two, under the site's name and over the
    article's date line with its time, the lead under that.

    ``BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG`` / ``E-MAGAZINE`` / ``NGÀNH TỔ CHỨC XÂY
    DỰNG ĐẢNG`` / ``NĂM ĐẦU VẬN HÀNH BỘ MÁY MỚI`` / ``09/01/2026 06:00``: a masthead
    would be above the site's name, and with today's day and no time.
    """
    d = i + 1
    if d < len(segs) and segs[d].kind == BODY and _caps_pair(segs[i], segs[d]):
        d += 1  # its second line
    if d + 1 >= len(segs) or segs[d].kind != DATE or not _TIME_RE.search(segs[d].text):
        return False
    s = segs[i]
    return (any(x.kind == SITE for x in segs[:i]) and len(s.text.split()) >= _CAPS_HEADLINE_WORDS
            and not regexes.PUBLICATION_NAME_F.match(s.folded) and not regexes.MASTHEAD_F.fullmatch(s.folded)
            and not regexes.SITE_HEADER_F.fullmatch(s.folded) and segs[d + 1].kind == BODY
            and segs[d + 1].text.upper() != segs[d + 1].text)


def _post_headline(segs: list[Segment]) -> int | None:
    """A social page's post opening with a headline in capitals: ``Đài PT-TH Long An`` / ``14
    tháng 1, 2020  ·`` (its time and audience's dot) / ``🔴 LONG AN TỔNG KẾT CÔNG TÁC ...``: the
    headline's index (the page's name over the time is its poster), or None."""
    for h in range(min(_POST_HEADER_LINES, len(segs) - 2)):
        d, head = segs[h + 1], segs[h + 2]
        if (segs[h].kind == BODY and d.kind == DATE and d.text.rstrip().endswith("·") and head.kind == BODY
                and len(head.text) <= _POST_HEADLINE_MAX and len(head.text.split()) >= _HEADING_WORDS
                and head.text.isupper() and head.text[-1:] not in ".:"):
            return h + 2
    return None


#: longest headline opening a social post
_POST_HEADLINE_MAX = 200


def _caps_pair(s: Segment, nxt: Segment) -> bool:
    """Whether ``nxt`` goes on ``s``, both short lines in capitals with no digit."""
    return all(x.text.upper() == x.text and len(x.text.split()) >= _CAPS_HEADLINE_WORDS
               and not _DIGIT_RE.search(x.text) and not x.text.endswith(".") for x in (s, nxt))


#: fewest words of each line of a headline in short capitals (``E-MAGAZINE`` is a section's)
_CAPS_HEADLINE_WORDS = 3


def _crumb_of_labels(segs: Sequence[Segment], i: int) -> bool:
    """A breadcrumb split by slashes whose every item is a menu line above it.

    ``Tin tức sự kiện / Công tác xây dựng Đảng`` under a menu printed one item a
    line (``Tin tức sự kiện``, ``Công tác xây dựng Đảng``, ``Hỏi đáp``). A slash
    alone is no breadcrumb: headlines hold slashes too.
    """
    text = segs[i].text
    if " / " not in text or len(text) > _MENU_MAX:
        return False
    labels = {s.folded for s in segs[:i] if s.kind == LABEL}
    parts = [folded_line(p) for p in text.split(" / ")]
    return all(p in labels for p in parts)


def _looks_like_title(text: str) -> bool:
    words = len(text.split())
    if words < 2 or len(text) > 250 or "://" in text:  # (an address is no headline's)
        return False
    if _is_image_placeholder(text):
        return False  # a picture's words in its place: "[image: Quang cảnh hội nghị ...]"
    if _is_lunar_day(text):
        return False  # a daily's lunar day under its date: "(26-5 năm Quý Mão)"
    if text[-1:] != "." and "#" in text:
        text = _TRAILING_HASHTAGS_RE.sub("", text)  # a post's sentence, its tags after it
    return not (text.endswith(".") and len(text) > 120)


def _is_lunar_day(text: str) -> bool:
    """A day of the lunar calendar alone on its line: ``(26-5 năm Quý Mão)``."""
    return len(text) <= _LUNAR_LINE_MAX and regexes.LUNAR_DATE_F.fullmatch(folded_line(text)) is not None


def mark_contents(segs: list[Segment]) -> list[Segment]:
    """Label a document's table of contents under its heading (``MỤC LỤC``): its entries, each
    with its page (``3.1. Quy hoạch, luân chuyển cán bộ<TAB>2``) or a field Word could not
    fill (``...<TAB>Error! Bookmark not defined.``), are not its text."""
    out = list(segs)
    for i, s in enumerate(out[:_CONTENTS_TOP]):
        if s.kind == BODY and len(s.text) <= _MARKER_MAX and _CONTENTS_F.fullmatch(s.folded):
            j = i + 1
            while j < len(out) and out[j].kind == BODY and (
                    _is_contents_entry(out[j].text) or _BROKEN_FIELD_RE.search(out[j].text)
                    # (a section's heading among them, in capitals: "THỰC TIỄN - KINH NGHIỆM")
                    or j + 1 < len(out) and _caps_section(out[j].text) and _is_contents_entry(out[j + 1].text)):
                out[j] = Segment(out[j].text, out[j].start, LABEL)
                j += 1
            if j > i + 1:
                out[i] = Segment(s.text, s.start, LABEL)
            break
    return out


def _headline_in_contents(segs: Sequence[Segment]) -> int | None:
    """The headline of an issue's article under its contents, one of their entries printed
    again (``Ninh Bình: Tổng kết ... ..... [21]`` over ``Ninh Bình: Tổng kết ...``), or None."""
    entries = set()
    last = -1
    for i, s in enumerate(segs[:_CONTENTS_TOP + _CONTENTS_MAX]):
        if s.kind == LABEL and _is_contents_entry(s.text):
            leaders = _CONTENTS_LEADERS_RE.search(s.text)
            entries.add(folded_line(s.text[: leaders.start()] if leaders else s.text))
            last = i
    for j in range(last + 1, min(len(segs), last + 1 + HEADER_SIZE)) if entries else ():
        if segs[j].kind == BODY and segs[j].folded in entries:
            return j
    return None


#: the dot leaders or the tab before a contents entry's page, and the page (in brackets too, as an
#: e-book's text prints it: "... ..... [21]")
_CONTENTS_PAGE = r"(?:\t+|[ \t]*(?:\.{4,}|…{2,})[ \t]*)(?:\d{1,3}|\[\d{1,3}\])"
_CONTENTS_LEADERS_RE = re.compile(_CONTENTS_PAGE + "$")
#: how far down a document's table of contents is looked for
_CONTENTS_TOP = 40
#: a contents entry whose page Word could not fill: "...	Error! Bookmark not defined."
_BROKEN_FIELD_RE = re.compile(r"\t\s*(?:Error! Bookmark not defined\.|Lỗi! Không xác định được dấu trang\.)$")


def _is_contents_entry(text: str) -> bool:
    """An entry of an issue's contents: ``Giao ban công tác tổ chức xây dựng Đảng tháng 10\t3``,
    ``Ninh Bình: Tổng kết ... ..... [21]``."""
    return (text[-1:].isdigit() or text[-1:] == "]") and _CONTENTS_ENTRY_RE.fullmatch(text) is not None


#: most entries of an issue's contents
_CONTENTS_MAX = 12
#: an entry of a table of contents: its words, then its page after a tab or dot leaders
_CONTENTS_ENTRY_RE = re.compile(r"[^\t\n]{3,200}?" + _CONTENTS_PAGE)
#: longest line of a lunar day
_LUNAR_LINE_MAX = 50
#: the hashtags closing a post's text: " #TuyenQuang #XayDungDang"
_TRAILING_HASHTAGS_RE = re.compile(r"(?:\s+#\w+)+\s*$")


def _is_site_name(segs: Sequence[Segment], i: int) -> bool:
    # "Đảng bộ tỉnh X" over "Headline" over the date line (or over "Headline
    # (03/12/2018 17:40)"): a short name with no digit above a dated headline
    s = segs[i]
    if (len(s.text) > _SITE_NAME_MAX or _DIGIT_RE.search(s.text) or s.text.endswith(".")
            or i + 2 >= len(segs)):
        return False
    nxt, after = segs[i + 1], segs[i + 2]
    if nxt.kind != BODY or not _looks_like_title(nxt.text):
        return False
    return after.kind == DATE or (  # or a headline with its date stamp glued on
        _DIGIT_RE.search(nxt.text) is not None
        and regexes.TITLE_STAMP_F.search(ffold(nxt.text)) is not None)


def _page_name_over_caps_headline(segs: Sequence[Segment], i: int) -> bool:
    """A committee's page's name over its post's headline in capitals, over the lead.

    ``Đảng ủy Phường 1 - Thành phố Bạc Liêu`` / (the post's age, dropped) / ``🔴 HỘI NGHỊ
    GIAO BAN CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2025`` / ``Sáng ngày 27/3, ...``.
    """
    if i > 1 or i + 2 >= len(segs):
        return False
    s, head, lead = segs[i], segs[i + 1], segs[i + 2]
    return (len(s.text.split()) <= _PAGE_NAME_WORDS + 2 and s.text.upper() != s.text
            and regexes.DOC_ISSUER_F.match(s.folded) is not None and not _names_meeting_kind(s.folded)
            and _caps_headline(head) and _names_meeting_kind(head.folded)
            and lead.kind == BODY and regexes.EVENT_LEAD_F.match(lead.folded) is not None)


def _is_kicker(segs: Sequence[Segment], i: int) -> bool:
    """A kicker over the headline: in capitals (:func:`_caps_kicker`), or in ordinary case
    over a headline naming the meeting and its subtitle (:func:`_context_kicker`) or ending
    with a colon over one in capitals (:func:`_colon_kicker`)."""
    if i + 1 < len(segs) and (segs[i + 1].text[:1].islower() or _SALUTATION_F.match(segs[i + 1].folded)):
        # (a post's greeting under its heading is no headline: "Chào bà con ... ạ 👋"; nor is a line
        # going on in lower case: "KẾT LUẬN CỦA ĐỒNG CHÍ TRƯỞNG BAN" / "tại buổi giao ban ...")
        return False
    return _caps_kicker(segs, i) or _context_kicker(segs, i) or _colon_kicker(segs, i)


#: a greeting opening a post or a letter (folded): "Chào bà con ...", "Kính gửi ...", "Thân gửi ..."
#: (after a chat's mention of all: "@All Kính gửi ...")
_SALUTATION_F = re.compile(r"(?:@\w+[\s,:]*)?(?:(?:xin\s+)?chao\s+(?:ba\s+con|anh\s+chi|cac\s+ban|moi\s+nguoi|quy)"
                           r"|kinh\s+(?:gui|thua)\b|than\s+gui\b)")


def _colon_kicker(segs: Sequence[Segment], i: int) -> bool:
    """A print page's kicker in ordinary case ending with a colon, over the headline in
    capitals: ``Hội nghị tổng kết công tác xây dựng Đảng năm 2016:`` / ``NÂNG CAO CHẤT
    LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG ...``."""
    s = segs[i]
    if not s.text.endswith(":") or i + 2 >= len(segs) or s.text.upper() == s.text:
        return False
    head = segs[i + 1]
    return (len(s.text.split()) <= _KICKER_STACK_WORDS and _caps_headline(head)
            and not _is_name_line(head.text))


def _caps_kicker(segs: Sequence[Segment], i: int) -> bool:
    """A kicker in capitals right over a headline in ordinary case (a print page's layout).

    ``SƠ KẾT 6 THÁNG ĐẦU NĂM 2023`` over ``Nâng chất lượng tổ chức đảng ...``: the
    line under it reads as a headline (five words or more, no closing full stop,
    not a name or a label) and a sapo or the lead follows it. A headline printed
    in capitals has its sapo, a sentence, under it instead.
    """
    s = segs[i]
    if (s.text.upper() != s.text and not _SERIES_KICKER_F.match(s.folded)) or i + 2 >= len(segs):
        return False
    nxt = segs[i + 1]
    t = nxt.text
    if (nxt.kind != BODY or len(t) > 200 or t.rstrip().endswith((".", ":", ";", "!", "?"))
            or _is_name_line(t) or _is_label(nxt) or regexes.FIELD_LINE_F.match(nxt.folded)
            or regexes.CAPTION_CREDIT_END_F.search(nxt.folded)):
        # (a field's line is no headline: "BIÊN BẢN ..." / "Thời gian: ..."; nor is a photo's
        # caption under a headline in capitals: "Đồng chí ... phát biểu khai giảng. Ảnh: Trọng Tuấn")
        return False
    if t.upper() == t:
        # a bulletin's rubric over a headline, both in capitals: "TIN HOẠT ĐỘNG" / "SƠ KẾT
        # CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2022" / the lead (or a caption) in ordinary case
        words, rubric = len(t.split()), len(s.text.split())
        after = segs[i + 2].text
        return (rubric <= _RUBRIC_WORDS and words >= _RUBRIC_WORDS and words > rubric
                and after.upper() != after)
    return (len(t.split()) >= 5 and _looks_like_title(t)
            # (not the lead wrapped at a column's width under a headline in capitals:
            # "Sáng 28/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công" / "tác ...",
            # or any paragraph going on over two more lines)
            and not (_goes_on(segs, i + 1) and (regexes.EVENT_LEAD_F.match(nxt.folded)
                                                 or _goes_on(segs, i + 2)))
            # (or going on in lower case to a sentence's end inside the next line, each line
            # indented as pdftotext lays a page out: "Vừa qua, Ban Tổ chức ... tổ chức xây" /
            # "dựng Đảng quý III, triển khai nhiệm vụ quý IV/2025. Chủ trì hội nghị có đồng chí")
            and not (segs[i + 2].text[:1].islower() and not t.endswith(("!", "?"))
                     and _SENTENCE_END_INSIDE_RE.search(segs[i + 2].text))
            # (nor the lead broken at a column's width before a capital: "Ngày 3/5, Thành ủy
            # ... thực hiện" / "Nghị quyết số 04-NQ/TU ...")
            # (nor a lead whole on its line, a post's: "🗓 Sáng thứ Hai (18/8), tại Hội trường
            # Đảng ủy xã, Đảng ủy xã Ia Ly tổ chức Hội nghị giao ban ... 🎉")
            and not ((lead := regexes.EVENT_LEAD_F.match(nxt.folded)) is not None
                     and nxt.folded[lead.end() : lead.end() + 3].lstrip(") ")[:1] == ","
                     and (_next_line(nxt, segs[i + 2]) or len(t.split()) >= _LEAD_LINE_WORDS)))


#: a sentence's end inside a line, the next sentence after it (after a small letter or a
#: figure: not "TP. Hồ Chí Minh")
_SENTENCE_END_INSIDE_RE = re.compile("(?<=[0-9" + regexes.LOWER + r"])[.!?]\s+(?=" + regexes.UP + ")")
#: fewest words of a lead on one line, its day first, that no headline under a kicker has
_LEAD_LINE_WORDS = 25


def _context_kicker(segs: Sequence[Segment], i: int) -> bool:
    """A print page's kicker in ordinary case over a headline and its subtitle, over the lead.

    ``Sau 6 tháng vận hành chính quyền 2 cấp`` / ``Phường X giao ban với bí thư chi bộ
    khu phố`` / ``Giữ nền nếp sinh hoạt chi bộ ...`` / ``Ngày 9-1, Đảng ủy phường ...``:
    of three short lines, the middle one names the meeting the lead reports, the
    others do not.
    """
    if i + 3 >= len(segs):
        return False
    kicker, head, sub, lead = segs[i : i + 4]
    if (head.kind != BODY or sub.kind != BODY or lead.kind != BODY
            or not regexes.EVENT_LEAD_F.match(lead.folded) or not _names_meeting_kind(head.folded)):
        return False
    lines = (kicker.text, head.text, sub.text)
    return (all(len(t.split()) <= _KICKER_STACK_WORDS and _looks_like_title(t) and t.upper() != t
                and not t.rstrip().endswith((".", ":", ";", "!", "?")) for t in lines)
            and ":" not in kicker.text
            and not _names_meeting_kind(kicker.folded) and not _names_meeting_kind(sub.folded))


#: most words of each line of a kicker, headline and subtitle stack
_KICKER_STACK_WORDS = 16
#: most words of a bulletin's rubric over a headline in capitals, fewest of the headline
_RUBRIC_WORDS = 6
#: a series' kicker in ordinary case over its headlines (folded): "Tiến tới Đại hội Đảng bộ tỉnh
#: lần thứ XVIII", "Hướng tới Đại hội XIV của Đảng", or its label with the instalment
_SERIES_KICKER_F = re.compile(
    r"(?:tien|huong)\s+toi\s+dai\s+hoi\b.{0,80}$"
    # a series' label: "Chuyên đề "Chỉnh đốn Đảng từ cơ sở" – Kỳ 3", "Loạt bài: Cán bộ cơ sở ..."
    r"|(?:chuyen\s+de|loat\s+bai|tuyen\s+bai|series)\b.{0,100}\s(?:ky|bai|phan)\s+(?:\d{1,2}|[ivx]{1,4})\s*$"
    r"|(?:loat\s+bai|tuyen\s+bai)\s*:.{3,100}$")


def _is_masthead(s: Segment) -> bool:
    """A page's masthead: ``TẠP CHÍ XÂY DỰNG ĐẢNG``, ``Cơ quan của Bộ Nội vụ``.

    A short line in capitals with no digit (a headline in capitals is longer), or
    a publisher's line (:data:`regexes.MASTHEAD_F`).
    """
    text = s.text
    words = sum(1 for w in text.split() if w[0].isalpha())
    if (0 < words <= _MASTHEAD_WORDS and text.upper() == text
            and not _DIGIT_RE.search(_ISSUE_NUMBER_RE.sub("", text))
            # (a headline in capitals tells of a meeting: "PHƯỜNG X GIAO BAN CÔNG TÁC ĐẢNG QUÝ III")
            and not _MEETING_WORD_F.search(s.folded)):
        return True
    # a publication's name in capitals, however long: "BẢN TIN XÂY DỰNG ĐẢNG – ĐẢNG BỘ KHỐI ...",
    # maybe with its issue after it: "BẢN TIN ... ĐẢNG - Số 04 - Tháng 4/2025"
    name = _ISSUE_AFTER_RE.split(text, 1)[0]
    if (name.upper() == name and words <= 2 * _MASTHEAD_WORDS
            and regexes.PUBLICATION_NAME_F.match(s.folded)):
        return True
    if text[:4] in ("Báo ", "BÁO ") and words <= _MASTHEAD_WORDS and places.is_place_key(s.folded[4:]):
        return True  # a provincial paper's name: "Báo Thanh Hóa"
    return bool(regexes.MASTHEAD_F.fullmatch(s.folded))


#: where a publication's issue follows its name: " - Số 04", " | Tháng 4/2025"
_ISSUE_AFTER_RE = re.compile(r"\s+[-–|]\s+(?=(?:Số|số|SỐ|Tháng|tháng|Kỳ|kỳ|Năm|năm)\s)")
#: what a meeting's headline says and a masthead does not (folded)
_MEETING_WORD_F = re.compile(r"\b(?:giao\s+ban|so\s+ket|tong\s+ket|hoi\s+nghi|ky\s+hop|quan\s+triet)\b")
#: a bulletin's issue number in its masthead: "SỐ 10/2023", "SỐ 125"
_ISSUE_NUMBER_RE = re.compile(r"\bSỐ\s+\d{1,4}(?:\s*/\s*\d{4})?\b")
#: most words in a masthead in capitals ("ĐẢNG BỘ TỈNH PHÚ THỌ - CỔNG THÔNG TIN ĐIỆN TỬ")
_MASTHEAD_WORDS = 10
#: how many segments from the top a date line anchoring the headline may be
_DATE_ANCHOR_ZONE = 10


_MENU_SPLIT_RE = re.compile(r"\s[|/>»›]\s|\s{3,}")
#: longest line read as a menu
_MENU_MAX = 200
#: a menu's separators (a cheap test before the regex): "|", "/", ">", "»", "›", three spaces
_MENU_MARKS = ("|", "/", ">", "»", "›", "   ")


def _menu_items(segs: Sequence[Segment]) -> frozenset[str]:
    """The folded items of the menus and breadcrumbs at the top (``Bài cộng tác viên``)."""
    items: set[str] = set()
    for s in segs[:PAGE_TOP_MAX]:
        if s.kind in (LABEL, BODY, SITE):
            parts = _menu_parts(s.text)
            if parts:
                # (not a breadcrumb's last item when it is the headline: "Trang chủ » Tin tức »
                # Huyện ủy X giao ban công tác tổ chức ...", printed again under it)
                items.update(folded_line(p) for p in parts
                             if p.strip() and (len(p.split()) <= _MENU_ITEM_WORDS or p is not parts[-1]))
    return frozenset(items)


def _menu_parts(text: str) -> list[str] | None:
    """The items of a menu or breadcrumb line (three or more), else None."""
    if len(text) > _MENU_MAX or not any(c in text for c in _MENU_MARKS) or not _MENU_SPLIT_RE.search(text):
        return None
    parts = _MENU_SPLIT_RE.split(text)
    return parts if len(parts) >= 3 else None


def _is_menu_row(text: str) -> bool:
    """A menu's row of short items: ``Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ``.

    (A headline holds one separator at most: ``Headline | Site name``.) A
    breadcrumb may say what it is: ``Bạn đang ở:  Trang chủ  »  Tin tức``.
    """
    if text[:1] in "BbYy" and (where := _WHERE_RE.match(text)) is not None:
        text = text[where.end():]
    parts = _menu_parts(text)
    if parts is not None and len(parts) >= 2 and folded_line(parts[0]) in _HOME_WORDS:
        return True  # a breadcrumb down to the headline: "Trang chủ › Thời sự › <headline>"
    if parts is None:
        # a breadcrumb of two: "Xây dựng Đảng > Tổ chức - Cán bộ"
        parts = _BREADCRUMB_SPLIT_RE.split(text) if len(text) <= _MENU_MAX else []
        return len(parts) == 2 and all(0 < len(p.split()) <= _MENU_ITEM_WORDS for p in parts)
    return len(parts) >= 4 and all(len(p.split()) <= _MENU_ITEM_WORDS for p in parts)


_HOME_WORDS = frozenset({"trang chu", "home", "trang nhat"})
_WHERE_RE = re.compile(r"(?:[Bb]ạn đang ở|[Yy]ou are here)\s*:\s*")
_BREADCRUMB_SPLIT_RE = re.compile(r"\s(?:>>|[>»›]|&gt;(?:&gt;)?|&raquo;)\s")


#: most words in one item of a menu (a row of links, a list, one item a line, a bar's pieces)
_MENU_ITEM_WORDS = 6


def _is_name_line(text: str) -> bool:
    """A line that is only an author's name or names: ``Tuấn Minh``, ``HOÀNG BIÊN``."""
    return people.names_someone(text) and len(text.split()) <= 8


def _place_named_author(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]``, where a byline stands, is a reporter named as a province is
    (``Hà Nam``, ``Long An``): the text names that province nowhere else but in a photo's
    credit ("(Ảnh: Hà Nam)"); a province the article is about is named in it."""
    if segs[i].kind not in (BODY, BYLINE) or people.place_named_author(segs[i].text) is None:
        return False
    key = segs[i].folded
    for j, s in enumerate(segs):
        at = s.folded.find(key) if j != i else -1
        while at >= 0:
            if not _CREDIT_BEFORE_F.search(s.folded, max(0, at - 8), at):
                return False
            at = s.folded.find(key, at + 1)
    return True


#: a photo's credit right before a name (folded): "ảnh: ", "ảnh - "
_CREDIT_BEFORE_F = re.compile(r"anh\s*[:-]\s*$")


def _byline_under_date(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]`` is an author's name right under the date line (``THANH TÂM``)."""
    if i == 0 or segs[i - 1].kind != DATE:
        return False
    return people.names_someone(segs[i].text)


def _dated_headline(segs: Sequence[Segment]) -> int | None:
    """The headline's index when a date line sits right under or over it.

    The first ``date`` segment near the top with one anchors it: the title-like
    body line right above it, else the one right below it (a date printed over
    the headline), which must not read like a sentence. (A masthead may carry
    today's date, with nothing title-like next to it.)
    """
    menu = _LazyMenu(segs)
    zone = segs[: max(_DATE_ANCHOR_ZONE, _page_top(segs) + 1)]
    truncated = None  # a feed's item title cut short ("... quý I…"): the page's own comes lower
    for d, s in enumerate(zone):
        if s.kind != DATE or _today_in_masthead(zone, d):
            continue
        # above it (or above the author's name over it: headline, byline, date), else below
        # (or above the author's or outlet's name printed on the date's line, a byline or
        # a label piece of it)
        above = d - 2 if d >= 2 and (
            segs[d - 1].kind == BODY and (_is_name_line(segs[d - 1].text)
                                          # a channel's name under its video's title
                                          or _CHANNEL_F.fullmatch(segs[d - 1].folded)
                                          or _place_named_author(segs, d - 1)
                                          # (a paper's, the lead under the date, not a headline
                                          # nor a menu: "Báo Kon Tum" / "15/11/2023 07:32" / lead)
                                          or _PAPER_F.fullmatch(segs[d - 1].folded)
                                          and d + 1 < len(segs) and len(segs[d + 1].text) >= _LEAD_UNDER_PAPER)
            or segs[d - 1].kind in (BYLINE, LABEL)) else d - 1
        # the authors, each over the author's school or office, over the date
        # ("TS. ĐẶNG THỊ MINH NGUYỆT" / "Học viện Chính trị khu vực I", or "Trưởng Ban ...")
        if above == d - 1:
            while (above >= 2 and segs[above - 1].kind in (BODY, BYLINE)
                   and _is_name_line(segs[above - 1].text) and segs[above].kind == BODY
                   and (regexes.AFFILIATION_F.match(segs[above].folded)
                        # or the author's office: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban ..."
                        or regexes.TITLE_HEAD_RE.match(segs[above].text))
                   # (not the headline naming the meeting: "Đảng ủy Tập đoàn giao ban ...")
                   and not _names_meeting_kind(segs[above].folded)):
                above -= 2
        # a journal's authors, each with a degree, and its issue between them and the date:
        # headline / "PGS, TS Trần Đức Khiêm - Học viện ..." / "Số 1012 (tháng 4-2023)" / date
        while above > 0 and above >= d - _JOURNAL_HEADER and _journal_header_kind(segs[above]):
            above -= 1
        found = [j for j in (above, d + 1) if _headline_candidate(segs, j, d, menu)]
        if found and found[0] == d - 1 and _subtitle_under(segs, d - 2, d, menu):
            found = [d - 2]  # the headline over its subtitle, both over the date line
        if (found and found[0] < d and _translated_line(segs, found[0])
                and _headline_candidate(segs, found[0] - 1, d, menu)):
            # a translator's view, each line under its original: the original's headline
            found[0] -= 1
        whole = [j for j in found if not segs[j].text.endswith(("…", "..."))]
        if found and not whole:
            truncated = found[0] if truncated is None else truncated
            continue
        found = whole
        if (not found and d + 2 < len(segs) and segs[d + 1].kind == BODY and _is_name_line(segs[d + 1].text)
                and _caps_headline(segs[d + 2])):
            # a chat's sender under the day, then the message's headline in capitals: "18/10/2024" /
            # "Lê Thị Minh Nguyệt" / "[THÔNG BÁO] KẾT QUẢ GIAO BAN QUÝ III/2024 ..."
            return d + 2
        if not found:
            continue
        if (found == [d + 1] and d + 2 < len(segs) and _is_post_stamp(segs[d].text)
                and len(segs[d + 1].text.split()) <= _PAGE_NAME_WORDS
                and _caps_headline(segs[d + 2])):
            # a chat's or a post's sender under its time, then the headline in capitals:
            # "Hôm qua 20:14" / "Văn phòng ĐU An Khánh" / "📢 ĐẢNG ỦY PHƯỜNG X QUÁN TRIỆT ..."
            return d + 2
        # a label of two or three words over the date ("Báo in") gives way to a
        # headline under it; so does a page's name over a post's date and its
        # headline in capitals ("Ban Tổ chức Tỉnh ủy X" / "21 tháng 4, 2025 lúc 21:07" /
        # "🔴 X TRIỂN KHAI CHỈ THỊ 45-CT/TW ... 🔴")
        if len(found) == 2:
            over, under = segs[found[0]].text, segs[found[1]].text
            if len(under.split()) > 2 * _SHORT_LABEL_WORDS and (
                    # (not a wrapped headline's last line: "Ban Tổ chức ... giao ban" / "quý I/2024")
                    len(over.split()) <= _SHORT_LABEL_WORDS and not _wrapped_headline_end(segs, found[0])
                    or ((len(over.split()) <= _PAGE_NAME_WORDS or _is_post_stamp(segs[d].text))
                        and over.upper() != over and under.upper() == under)
                    # a greeting banner over the date: "Chào mừng Đại hội Đảng bộ tỉnh lần thứ XIX"
                    or _GREETING_RE.match(segs[found[0]].folded)
                    # a blog's tagline under its name, over a post's day: "CHUYỆN ĐỜI, CHUYỆN ĐẢNG" /
                    # "Ghi chép của một đảng viên già ở xứ dừa" / "Chủ Nhật, 19 tháng 12, 2021" / its title
                    or found[0] == 1 and segs[0].kind == SITE and not _TIME_RE.search(segs[d].text)
                    # (under the blogging platform's bar: "Blog khác  Tạo Blog   Đăng nhập")
                    or found[0] == 2 and _BLOG_BAR_F.search(segs[0].folded) and not _TIME_RE.search(segs[d].text)
                    # an outlet's page over its post's time: "Báo Phú Yên ✔" / "21 thg 10, 2021 · 09:15"
                    or _is_post_stamp(segs[d].text) and (over.rstrip()[-1:] in "✔✓☑"
                                                         or segs[found[0]].folded.startswith(_OUTLET_WORDS)
                                                         # (a post's headline opening with its emoji)
                                                         or is_pictograph(under[0]))):
                return found[1]
        return found[0]
    return truncated


#: a blogging platform's bar over a blog (folded): "blog khac tao blog dang nhap", "create blog"
_BLOG_BAR_F = re.compile(r"\b(?:tao\s+blog|create\s+blog|blog\s+khac|next\s+blog)\b")


def _stamped_headline(segs: Sequence[Segment]) -> int | None:
    """The headline's index when a date stamp in brackets is glued to it (``... quý I/2020
    (07/04/2020 10:25)``) under a note's or a chat's own lines that also read as titles
    (a note's pinned title: ``📌 Tư Nghĩa – giao ban quý I (lưu để làm báo cáo)``)."""
    for j in range(1, min(len(segs), _STAMPED_HEADLINE_ZONE)):
        s = segs[j]
        if s.kind != BODY or not s.text.endswith((")", "]")):
            continue
        stamp = _BRACKETED_STAMP_F.search(s.folded)
        if stamp is None or stamp.start() < _STAMPED_HEADLINE_MIN:
            continue
        # (the page's top only then: most pages hold no such line, and it costs a pass over them)
        if j >= _page_top(segs) or not _looks_like_title(s.text[: stamp.start()]):
            return None
        # (the first title-like line over it must not be a headline of its own with its date line)
        if any(t.kind == DATE for t in segs[:j]):
            return None
        return j if any(t.kind == BODY and _looks_like_title(t.text) for t in segs[:j]) else None
    return None


#: a date stamp with its time in brackets closing a headline (folded): " (07/04/2020 10:25)"
_BRACKETED_STAMP_F = re.compile(r"\s*[(\[]\s*\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}"
                                r"\s*[,|-]?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*[)\]]$")
#: how far down a headline with its stamp glued is looked for; fewest characters before the stamp
_STAMPED_HEADLINE_ZONE = 12
_STAMPED_HEADLINE_MIN = 20


def _headline_under_chapter(segs: Sequence[Segment]) -> int | None:
    """The headline's index under a chapter's or a part's number near the top (a book's or a
    yearbook's chapter: ``CHƯƠNG III`` / ``NHIỆM KỲ 2015 - 2020: ĐỔI MỚI ...``), the book's
    title and publisher over them."""
    for j in range(min(len(segs) - 2, HEADER_SIZE + 2)):
        s, nxt = segs[j], segs[j + 1]
        if (s.kind == BODY and len(s.text) <= _CHAPTER_MARK_MAX and _CHAPTER_MARK_F.fullmatch(s.folded)
                and nxt.kind == BODY and _looks_like_title(nxt.text) and not nxt.text.endswith(".")):
            return j + 1
    return None


#: a chapter's or a part's number alone on its line (folded): "chuong iii", "phan 2", "chuong 1"
_CHAPTER_MARK_F = re.compile(r"(?:chuong|phan)\s+(?:[ivxlc]{1,6}|\d{1,2})")
_CHAPTER_MARK_MAX = 16


def _translated_line(segs: Sequence[Segment], j: int) -> bool:
    """Whether ``segs[j]`` is in English under a line in Vietnamese (a translator's view
    printing each line under its original: "Nâng cao chất lượng ..." / "Improve the quality ...")."""
    text, over = segs[j].text, segs[j - 1].text if j else ""
    return (text.isascii() and len(text.split()) >= _TRANSLATED_WORDS and not over.isascii()
            and sum(w in _ENGLISH_WORDS for w in text.lower().split()) >= 1)


#: fewest words of a translated headline
_TRANSLATED_WORDS = 4


def _headline_over_lead(segs: Sequence[Segment]) -> int | None:
    """The headline's index on a page with no date line by it: the line right over the
    lead (``Ngày 30.6, Ban Tổ chức Thành ủy ... tổ chức hội nghị ...``), under a section's
    label, when lines that also read as headlines (a slogan, an advertisement) are over it."""
    top = _page_top(segs)
    if not 2 <= top < len(segs) or not regexes.EVENT_LEAD_F.match(segs[top].folded):
        return None
    j = top - 1
    if j > 1 and segs[j].text.isupper() and _is_name_line(segs[j].text):
        j -= 1  # (a print page's byline in capitals between them: "H'LINH NIÊ")
    elif j > 1 and (_CAPTION_CREDIT_END_RE.search(segs[j].text) or regexes.CAPTION_START_F.match(segs[j].folded)):
        j -= 1  # (or the photo's caption: "... phát biểu kết luận hội nghị. (Ảnh: HÀ ANH)")
    k = j - 1
    while k > 0 and _is_image_placeholder(segs[k].text):
        k -= 1  # (a picture's words in its place over the headline: "[image: Quang cảnh ...]")
    head, over = segs[j], segs[k]
    if (head.kind != BODY or len(head.text.split()) < _SUBTITLED_WORDS
            or head.text.rstrip().endswith((".", ":", ";", "!", "?"))
            or not _headline_candidate(segs, j, top, _LazyMenu(segs))):
        return None
    # a section's label over it ("Tổ chức cơ sở"), and a title-like line higher up
    if (over.kind not in (BODY, LABEL) or len(over.text.split()) > _SECTION_WORDS
            and not (j == top - 2 and _caps_kicker(segs, k))
            and not _is_spaced_menu(over.text)  # (an app's toolbar: "← Back to My List   Aa   Highlight")
            or over.text.endswith(".") or _is_name_line(over.text)):
        return None  # (or its kicker in capitals, over a print page's headline and byline)
    return j if any(s.kind == BODY and _looks_like_title(s.text) for s in segs[:k]) else None


def _subtitle_under(segs: Sequence[Segment], j: int, d: int, menu: _LazyMenu) -> bool:
    """Whether ``segs[j]`` is a headline naming a meeting and its year, with a subtitle
    under it that names none, right over the date line ``segs[d]``.

    ``Quảng Ninh: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2018`` /
    ``Đổi mới, nâng cao chất lượng tham mưu công tác cán bộ`` / ``Cập nhật: 13/07/2018``.
    (A site's name or a section over a headline names no meeting.)
    """
    if j < 0 or not _headline_candidate(segs, j, d, menu):
        return False
    head, sub = segs[j], segs[j + 1]
    if (head.text.upper() == head.text or len(head.text.split()) < _SUBTITLED_WORDS
            or not regexes.YEAR_F.search(head.folded) or not _names_meeting_kind(head.folded)):
        return False
    t = sub.text
    return (t.upper() != t and not _DIGIT_RE.search(t) and ":" not in t
            and not _SERIES_KICKER_F.match(sub.folded) and not _names_meeting_kind(sub.folded))


def _names_meeting_kind(folded: str) -> bool:
    """Whether a folded line names a kind of meeting (``giao ban``, ``sơ kết``, ``tổng kết``,
    a national conference), as :func:`classify.meeting_kind` reads a headline."""
    return any(p.search(folded) for _, p in regexes.KIND_PATTERNS_F)


#: a photo's credit in brackets closing its caption: "(Ảnh: HÀ ANH)", "(Ảnh: TTXVN)"
_CAPTION_CREDIT_END_RE = re.compile(r"\((?:Ảnh|ẢNH)(?:\s+minh\s+họa)?\s*:[^()\n]{2,40}\)\s*\.?\s*$")
#: fewest words of a headline over its subtitle (or over the lead)
_SUBTITLED_WORDS = 6
#: most words of a section's label over a headline ("Tổ chức cơ sở")
_SECTION_WORDS = 6


#: a broadcaster's or a paper's name alone on a line (folded): "Truyền hình Quảng Trị", "Kênh VTV1"
_CHANNEL_F = re.compile(r"(?:truyen\s+hinh|dai\s+phat\s+thanh(?:\s+(?:va|-)?\s*truyen\s+hinh)?|kenh"
                        r"|dai\s+pt\s*-?\s*th)(?:\s+[\w.-]+){1,4}"
                        r"|(?:[\w.-]+\s+){1,3}(?:tv|radio|channel)"  # "Bình Định TV"
                        r"|[a-z]{1,4}tv\d{0,2}(?:\s+[\w.-]+){0,3}")  # (its letters: "HTTV Hà Tĩnh", "VTV24")
#: fewest characters of the lead under an aggregator's source and date
_LEAD_UNDER_PAPER = 120
#: a paper's name alone on a line (folded), as an aggregator prints its source between the
#: headline and the date: "Báo Kon Tum", "Tạp chí Cộng sản"
_PAPER_F = re.compile(r"(?:bao|bao\s+dien\s+tu|tap\s+chi)(?:\s+[\w.-]+){1,4}")


def _caps_headline(s: Segment) -> bool:
    """A body line that is a headline in capitals (longer than a label)."""
    letters = [c for c in s.text if c.isalpha()]
    return (s.kind == BODY and len(s.text.split()) > 2 * _SHORT_LABEL_WORDS and bool(letters)
            and all(c.isupper() for c in letters) and not s.text.rstrip().endswith("."))


def _over_masthead_day(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]`` is right over the day a site's masthead shows (``Báo Cà Mau`` /
    ``Thứ Năm, 13/02/2025``): the site's name."""
    d = i + 1
    if d > 2 or d >= len(segs):
        return False
    if segs[d].kind == LABEL and segs[d].folded.startswith("hom nay"):
        return True  # "Hôm nay: Thứ Bảy, 09/04/2022", labelled so (mark_date_lines)
    if segs[d].kind != DATE:
        return False
    return _today_in_masthead(segs[: max(_DATE_ANCHOR_ZONE, _page_top(segs) + 1)], d)


def _label_only_day(segs: list[Segment], i: int) -> None:
    """Label today's date under the site's name ``segs[i]`` when no other date line follows
    near the top: the article's own is not printed ("Báo Mới" / "Thứ Bảy, 08/07/2023" / menus /
    the headline / "Báo Kon Tum • 18 giờ trước")."""
    if _over_masthead_day(segs, i) and not any(s.kind == DATE for s in segs[i + 2 : i + _DATE_ANCHOR_ZONE]):
        segs[i + 1] = Segment(segs[i + 1].text, segs[i + 1].start, LABEL)


def _today_in_masthead(zone: Sequence[Segment], d: int) -> bool:
    """Whether the date line ``zone[d]`` is the day in a site's masthead, not the article's.

    ``Báo X điện tử`` / ``Thứ Năm, 17/11/2022`` / menus / the headline / ``Thứ Tư,
    16/11/2022 - 18:05``: a weekday and a date with no time, in the top three
    lines, with another date line at least three lines further down.
    """
    if d - _leading_labels(zone) > 2:
        return False
    text = zone[d].text
    if _day_in_link_bar(zone[d]):
        return True
    if _WEATHER_RE.search(text):
        # today's weather beside it: "Thứ Bảy, 23/11/2024 - 14:02 | Cần Thơ 30°C, có mưa rào"
        return any(s.kind == DATE for s in zone[d + 3 :])
    if not _day_alone(zone[d]):
        return False
    # (or the site's menu right under it: "Báo Mới" / "Thứ Bảy, 08/07/2023" / "Tin mới  Chính
    # trị  Thế giới  ...", an aggregator's article dated only "18 giờ trước")
    return any(s.kind == DATE for s in zone[d + 3 :]) or d + 1 < len(zone) and (
        _is_spaced_menu(zone[d + 1].text) or _is_menu_row(zone[d + 1].text))


#: a site's bar of links (folded), beside today's date at a page's top
_UTILITY_BAR_F = re.compile(r"\|\s*(?:dang\s+nhap|dang\s+ky|duong\s+day\s+nong|hotline|lien\s+he|rss|english"
                            # (or its tickers: "| Tỷ giá USD/VND: 25.180 | Vàng SJC: 86,0")
                            r"|ty\s+gia|gia\s+vang|vang\s+sjc|thoi\s+tiet)\b")


def _day_in_link_bar(s: Segment) -> bool:
    """Whether ``s`` is today's date in the site's bar of links at a page's top: "Thứ Tư,
    12/3/2025 | Đường dây nóng: 0222.3822.xxx | Đăng nhập | Đăng ký" (or the city's and the
    day, over its tickers: "Hà Nội, 15/10/2024 | Tỷ giá USD/VND: 25.180 | Vàng SJC: ...")."""
    if "|" not in s.text or _UTILITY_BAR_F.search(s.folded) is None:
        return False
    first = s.text[: s.text.find("|")].strip()
    return regexes.MASTHEAD_DAY_F.match(s.folded) is not None or (
        not _TIME_RE.search(first) and is_date_line(first, header=True))


def _day_alone(s: Segment) -> bool:
    """Whether ``s`` is a weekday and a date alone, with no time: "Thứ Hai, 21/07/2025" (a
    masthead's today, not an article's date line)."""
    return not _TIME_RE.search(s.text) and regexes.MASTHEAD_DAY_F.fullmatch(s.folded) is not None


def _today_over_menu(segs: Sequence[Segment], d: int) -> bool:
    """Whether the date line ``segs[d]``, under the site's name, is today's over the site's menu
    and its path, the headline further down with no date line of its own: ``CỔNG THÔNG TIN
    ĐIỆN TỬ PHƯỜNG X`` / ``Thứ Hai, 21/07/2025`` / ``Trang chủ | Giới thiệu | ...`` / ``Trang chủ
    > Xây dựng Đảng`` / the headline (an undated page's)."""
    return (d + 1 < len(segs) and all(s.kind == SITE for s in segs[:d]) and d > 0
            and _day_alone(segs[d])
            # (the menu and its path dropped by then: the lines between them)
            and segs[d + 1].start - segs[d].end >= _MENU_GAP
            and not any(s.kind == DATE for s in segs[d + 1 :]))


#: fewest characters of the menu's dropped lines between today's date and the headline
_MENU_GAP = 60


def _day_over_masthead(segs: Sequence[Segment], d: int) -> bool:
    """Whether the date line ``segs[d]``, at the page's top, is the day over a site's
    masthead (``Thứ Hai, 23/11/2026`` / ``Hà Nội 28°C Nhiều mây`` / ``NỀN TẢNG ĐẢNG ONLINE``):
    a weekday and a date with no time, and the masthead in capitals a few lines under it."""
    if not _day_alone(segs[d]):
        return False  # (a print issue's line, "Số 27 (614)  Thứ Năm, ngày 6/7/2023  Trang 3", is its day)
    return any(s.kind in (BODY, SITE) and s.text.upper() == s.text
               # (or a portal's name in capitals, however long: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ...")
               and (_is_masthead(s) or regexes.SITE_HEADER_F.fullmatch(s.folded))
               for s in segs[d + 1 : d + 1 + _MASTHEAD_DAY_LINES])


#: how many lines at the page's top a masthead's day may sit at, and over its masthead
_MASTHEAD_DAY_LINES = 3


#: a temperature: a weather widget's reading
_WEATHER_RE = re.compile(r"\d{1,2}\s*°\s*[CcFf]?")


#: most words in a line over a date line that a longer headline under it outranks
_SHORT_LABEL_WORDS = 3
#: a greeting banner (folded): "Chào mừng ...", "Nhiệt liệt chào mừng ...", "Mừng Đảng, mừng Xuân"
#: how much of a line tells a greeting banner
_GREETING_HEAD = 40
_GREETING_RE = re.compile(r"(?:nhiet\s+liet\s+)?(?:chao\s+mung|mung)\s")
#: a draft's banner over its text (folded): "BẢN THẢO – TIN ĐĂNG TRANG TTĐT ... (chưa duyệt)"
_DRAFT_BANNER_F = re.compile(r"(?:ban\s+thao|ban\s+nhap|draft)\s*[-–—:|(]"
                             # (or after the desk it goes to: "BÀI GỬI BAN BIÊN TẬP – BẢN THẢO LẦN 2")
                             r"|[^:]{4,40}\s[-–—|]\s*(?:ban\s+thao|ban\s+nhap|draft)(?:\s+(?:lan\s+)?\d+|\s+v\d+)?\s*$")
#: most words in a page's name over a post's date line (a headline in capitals under it wins)
_PAGE_NAME_WORDS = 8


class _LazyMenu:
    """:func:`_menu_items` of some segments, read on the first question (most pages never ask)."""

    __slots__ = ("_segs", "_items")

    def __init__(self, segs: Sequence[Segment]) -> None:
        self._segs = segs
        self._items: frozenset[str] | None = None

    def __contains__(self, folded: object) -> bool:
        if self._items is None:
            self._items = _menu_items(self._segs)
        return folded in self._items


#: most lines of a journal's authors and issue between its headline and date line
_JOURNAL_HEADER = 4


def _journal_header_kind(s: Segment) -> str | None:
    """``label`` for a journal's issue line (``Số 1012 (tháng 4-2023)``), ``byline`` for an
    author's line opening with a degree (``PGS, TS Trần Đức Khiêm - Học viện Chính trị quốc
    gia Hồ Chí Minh``), else None."""
    if s.kind == LABEL or regexes.ISSUE_LINE_F.fullmatch(s.folded):
        return LABEL
    if s.kind == BODY and len(s.text) <= _SITE_NAME_MAX and _POSTED_BY_F.fullmatch(s.folded):
        return LABEL  # a content system's poster line: "Được viết bởi Super User"
    degree = regexes.RANK_RE.match(s.text)
    if (s.kind in (BODY, BYLINE) and degree is not None and len(s.text) <= _SITE_NAME_MAX * 2
            and s.text[degree.end() : degree.end() + 1].isupper() and not s.text.endswith(".")):
        return BYLINE
    return None


#: who posted it, a line of its own between a headline and its date (folded): "Được viết bởi
#: Super User", "Viết bởi: Thu Hà", "Đăng bởi admin", "Posted by btc"
_POSTED_BY_F = re.compile(r"(?:(?:duoc\s+)?(?:viet|dang|gui)\s+boi\s*:?|posted\s+by)\s*\S.{0,50}")


def _headline_candidate(segs: Sequence[Segment], j: int, d: int, menu: _LazyMenu) -> bool:
    """Whether ``segs[j]``, next to the date line ``segs[d]``, can be the headline."""
    if not 0 <= j < len(segs) or j + 1 >= len(segs):
        return False
    cand = segs[j]
    return (cand.kind == BODY and _looks_like_title(cand.text) and not _torn_fragment(segs, j)
            and (not _is_masthead(cand) or _caps_headline_over_time(segs, j))
            and not regexes.BYLINE_LABEL_F.match(cand.folded)  # "Tác giả: ... | Biên tập: ..."
            and not regexes.ATTRIBUTION_F.fullmatch(cand.folded)  # "Nguồn: Thời Báo Phương Nam"
            and not regexes.FIELD_LINE_F.match(cand.folded)  # "Thời lượng: khoảng 12 phút – ..."
            and not regexes.CAPTION_START_F.match(cand.folded)  # "Hình ảnh: Logo Báo X ..."
            and not _POST_ACTION_F.fullmatch(cand.folded)  # "Báo X đã phát trực tiếp."
            # (a professional network's author's headline under the degree of connection:
            # "• Bạn bè" / "TS. Chính trị học | Giảng viên ...")
            and not any(segs[k].text[:1] in "•·" and _CONNECTION_RE.fullmatch(segs[k].text) for k in (j - 1, j) if k >= 0)
            and not regexes.SITE_HEADER_F.fullmatch(cand.folded)
            and not _is_name_line(cand.text) and not _is_label(cand)
            and cand.folded not in menu and not _is_menu_row(cand.text)
            and (j < d or not cand.text.rstrip().endswith((".", ":", ";")))
            # sentences, not a headline: a note app's callout over the date line ("💡 Lưu làm
            # tư liệu cho chuyên đề. Số liệu cần đối chiếu lại.")
            and not (cand.text.endswith(".") and _two_sentences(cand.text))
            # the lead over a date line printed under it: "Sáng ngày 14-3, Ban ... tháng 2."
            and not (cand.text.endswith(".") and regexes.EVENT_LEAD_F.match(cand.folded))
            # a note in brackets, whole: "(copy từ baocantho.com.vn, ... nhớ đối chiếu lại)"
            and not (cand.text[:1] == "(" and cand.text.find(")") == len(cand.text) - 1))


#: a social page's line over its post's time, telling what it did (folded): "Báo X đã phát
#: trực tiếp.", "Tỉnh ủy X đã chia sẻ một liên kết.", "Đảng ủy xã X đã thêm 4 ảnh mới."
_POST_ACTION_F = re.compile(
    r"[^.]{2,100}?\s(?:da|dang)\s+(?:phat\s+truc\s+tiep|chia\s+se\s+(?:mot\s+)?(?:lien\s+ket|bai\s+viet|video"
    r"|anh|su\s+kien|ky\s+niem)|cap\s+nhat\s+(?:trang\s+thai|anh\s+dai\s+dien)|them\s+\d{1,3}\s+anh\s+moi)"
    r"|[^.]{2,100}?\s(?:was|is)\s+live")


#: a professional network's degree of connection over its member's headline: "• Bạn bè", "· 2nd"
_CONNECTION_RE = re.compile(r"[•·]\s*(?:Bạn bè|Người theo dõi|Kết nối(?: (?:cấp|bậc) \d\+?)?|1st|2nd|3rd\+?|Following)\s*")


#: a sentence's end and the next one's first letter
_SENTENCE_END_RE = re.compile(r"\.\s+(\w)")


def _two_sentences(text: str) -> bool:
    """Whether ``text`` holds a sentence's end followed by another sentence."""
    return any(m.group(1).isupper() for m in _SENTENCE_END_RE.finditer(text))


def mark_teasers(segs: list[Segment]) -> list[Segment]:
    """Label other articles' teasers over the one read in full, on a section page or a home
    page copied whole: a headline, its date line and maybe a one-paragraph sapo,
    followed by another headline and date line (the next teaser's, or the
    article's own)."""
    n = len(segs)
    out = list(segs)
    i = 0
    while i < n and out[i].kind != BODY:
        i += 1
    # over the article: blocks followed by another headline and date line
    while i + 3 < n and _teaser_headline(out[i]) and _teaser_stamp(out[i + 1]):
        j = i + 2
        if _teaser_sapo(out[j]):
            j += 1
        k = j
        while k < n and out[k].kind in (LABEL, SITE):  # a box's name: "TIN HOẠT ĐỘNG"
            k += 1
        if not (k + 1 < n and _teaser_headline(out[k]) and _teaser_stamp(out[k + 1])):
            break
        out[i:j] = [Segment(x.text, x.start, LABEL) for x in out[i:j]]
        i = k
    return out


def mark_later_teasers(segs: list[Segment]) -> list[Segment]:
    """Label other articles' teasers under the article's text (see :func:`mark_teasers`):
    after its headline and two paragraphs of it, a headline with its date line
    (``Huyện X tập huấn ...`` / ``27/03/2023 | 15:12``) and the sapo under it."""
    n = len(segs)
    i = next((k for k, s in enumerate(segs) if s.kind == TITLE), n)
    out = list(segs)
    seen = 0
    while i < n:
        s = out[i]
        if s.kind == BODY and len(s.text) > _PARAGRAPH_MIN:
            seen += 1
        elif seen >= 2 and s.kind == BODY:
            head, _, last = s.text.rpartition("\n")
            # (a time in its date line: "Ngày 12/3/2024 - ..." may be a chronicle's entry)
            if head and "\n" not in head and _teaser_headline_text(head) and _is_bare_stamp(last):
                j = i + 1  # "Headline\n27/03/2023 | 15:12" in one paragraph
            elif (i + 1 < n and _teaser_headline(s) and out[i + 1].kind in (DATE, BODY)
                  and _is_bare_stamp(out[i + 1].text) and not _is_name_line(s.text)
                  and not regexes.ATTRIBUTION_F.fullmatch(s.folded)):
                # (not the author and the date line under the article, nor its source:
                # "Nguồn: Báo Bình Định" / "Ngày cập nhật: 03/10/2024 10:21")
                j = i + 2
            else:
                i += 1
                continue
            if j == i + 2 and _article_under_stamp(out, i):
                return _headline_moved_to(out, i)
            if j < n and _teaser_sapo(out[j]):
                j += 1
            out[i:j] = [Segment(x.text, x.start, LABEL) for x in out[i:j]]
            i = j
            continue
        i += 1
    return out


def _article_under_stamp(segs: Sequence[Segment], i: int) -> bool:
    """Whether the headline ``segs[i]`` and its labelled date line (``Đăng lúc: 10/09/2020
    15:12``) head the article itself, printed in full under another section of a page whose
    own headline has no date: two paragraphs of text under them, no other date line."""
    return (i + 3 < len(segs) and regexes.DATE_LABEL_START_F.match(segs[i + 1].folded) is not None
            and all(s.kind == BODY and len(s.text) > _PARAGRAPH_MIN for s in segs[i + 2 : i + 4])
            and not any(s.kind == DATE for k, s in enumerate(segs) if k != i + 1))


def _headline_moved_to(segs: list[Segment], i: int) -> list[Segment]:
    """``segs`` with the headline at ``i`` and its date line under it; the headline taken
    before is a label, the lines between (another section's) kept as text, not the lead."""
    out = list(segs)
    t = next((k for k, s in enumerate(segs) if s.kind == TITLE), 0)
    if segs[t].kind == TITLE:
        out[t] = segs[t]._replace(kind=LABEL)
    out[t + 1 : i] = [s._replace(kind=FORWARD) if s.kind == BODY else s for s in segs[t + 1 : i]]
    out[i], out[i + 1] = segs[i]._replace(kind=TITLE), segs[i + 1]._replace(kind=DATE)
    return out


def _teaser_headline(s: Segment) -> bool:
    return (s.kind == BODY and "\n" not in s.text and _teaser_headline_text(s.text)
            and not (":" in s.text and regexes.FIELD_LINE_F.match(s.folded)))  # "Người hỏi: X"


def _teaser_headline_text(text: str) -> bool:
    return (len(text.split()) >= _TEASER_WORDS and len(text) <= _TEASER_MAX
            and not text.endswith((".", ":", ";", ",")) and not text[:1].isdigit())


def _teaser_stamp(s: Segment) -> bool:
    return s.kind == DATE or (s.kind == BODY and "\n" not in s.text and _is_stamp_text(s.text))


def _is_stamp_text(text: str) -> bool:
    """A teaser's date line: ``27/03/2023 | 15:12``, ``Thứ tư, 17/7/2024, 16:05 (GMT+7)``, or
    its date and sapo on one line: ``Ngày 04/7/2022 - Thông qua 2 đề án ...``."""
    if len(text) <= _STAMP_MAX and (_is_bare_stamp(text) or is_date_line(text, header=False)):
        return True
    return _DATED_SAPO_RE.match(text) is not None and len(text) <= _SAPO_MAX


def _teaser_sapo(s: Segment) -> bool:
    return (s.kind == BODY and "\n" not in s.text and len(s.text) <= _SAPO_MAX
            and not _teaser_headline(s))


#: a teaser's headline: fewest words, most characters
_TEASER_WORDS = 4
_TEASER_MAX = 200
#: longest date line of a teaser, longest sapo
_STAMP_MAX = 60
_SAPO_MAX = 300
#: a teaser's date opening its sapo's line: "Ngày 04/7/2022 - ...", "04/7/2022 - ..."
_DATED_SAPO_RE = re.compile(r"(?:[Nn]gày\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s+[-–]\s+\S")


def _labelled_headline(segs: Sequence[Segment]) -> int | None:
    """The headline's index when a field names it near the top: a site's editor's preview
    (``Tiêu đề: Ngành Tổ chức tỉnh dồn sức ...`` under the system's menus), a form's."""
    for i, s in enumerate(segs[:_HEADLINE_FIELD_LINES]):
        if _field_over_headline(segs, i):
            return i + 1  # a record's field over its value, a line each: "Tiêu đề" / "Gia Lai: ..."
        mark = len(s.text) - len(s.text.lstrip(_ITEM_MARKS))  # (a feed's starred item: "[★] Title: ...")
        if i < _LABELLED_HEADLINE_LINES and s.kind == BODY and s.text[mark : mark + 1] in "TtHS" and (
                m := _HEADLINE_FIELD_F.match(s.folded, mark)):
            if m.group("event") and not _ALIGNED_FIELD_RE.match(s.text):
                continue  # (a news page's topic: "Sự kiện: Đại hội Đảng các cấp")
            if len(s.text[m.end() :].split()) >= _LABELLED_HEADLINE_WORDS:
                return i
    return None


def _field_over_headline(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]`` is a headline's field alone on its line over its value, a headline
    (not a sentence, nor a table's row of two columns: a revisions screen's)."""
    s = segs[i]
    if not (len(s.text) <= _FIELD_NAME_MAX and s.text[:1] in "TtH" and s.kind in (BODY, SITE)
            and i + 1 < len(segs) and s.folded in _HEADLINE_FIELD_NAMES):
        return False
    value = segs[i + 1]
    return (value.kind in (BODY, SITE) and len(value.text.split()) >= _LABELLED_HEADLINE_WORDS
            and not value.text.endswith(".") and "\t" not in value.text)


#: marks before a headline's field: a feed reader's star, a bullet
_ITEM_MARKS = "[]★☆*• "
#: how far down a headline's field alone on its line is looked for (under a system's screen)
_HEADLINE_FIELD_LINES = 30
#: longest line holding a headline's field alone ("Tiêu đề bài viết:")
_FIELD_NAME_MAX = 20
#: a headline's field alone on its line, its value under it (folded)
_HEADLINE_FIELD_NAMES = frozenset({"tieu de", "tieu de bai viet", "ten bai", "ten bai viet", "headline", "title"})
#: a field of a record printed as a table, its colons aligned: "Sự kiện      : Hội nghị ..."
_ALIGNED_FIELD_RE = re.compile(r"[^\W\d_][^:\n]{1,30}?[ \t]{2,}:[ \t]")


def _wiki_headline(out: list[Segment]) -> int | None:
    """The headline's index on a wiki's page: the page's name over its tabs (``Bài viết``,
    ``Thảo luận``, ``Sửa đổi`` ...) and the wiki's tagline (``Bách khoa toàn thư mở
    Wikipedia``), which are labelled; its contents over it are the page's top."""
    for t, s in enumerate(out[:_WIKI_TOP]):
        if s.kind == BODY and s.folded in _WIKI_TAGLINES:
            h = t - 1
            while h > 0 and out[h].folded in _WIKI_TABS:
                h -= 1
            if h < 0 or h == t - 1 or out[h].kind != BODY or not _looks_like_title(out[h].text):
                return None  # (its name right over the tagline is found as any page's headline)
            for i in range(h + 1, t + 1):
                out[i] = Segment(out[i].text, out[i].start, LABEL)
            return h
    return None


def _wiki_edit_headline(out: list[Segment]) -> int | None:
    """The headline's index on a wiki's page open for editing: ``Sửa đổi <page>`` (``Editing
    <page>``) over the page's tabs, then the edit notice (``Bạn đang sửa đổi một trang thảo
    luận ...``): the page's name, without the verb; the tabs and the notice are labelled."""
    n = 1
    while n < min(len(out), _WIKI_TOP) and out[n].folded in _WIKI_TABS:
        n += 1
    if n < _WIKI_EDIT_TABS + 1:
        return None
    head = out[0]
    verb = next(v for v in _WIKI_EDIT_HEADS if head.text.startswith(v))
    out[0] = head.trim(len(verb), len(head.text), BODY)
    for i in range(1, n):
        out[i] = Segment(out[i].text, out[i].start, LABEL)
    if n < len(out) and _EDIT_NOTICE_F.match(out[n].folded):
        out[n] = Segment(out[n].text, out[n].start, LABEL)
    return 0


def _published_in_headline(out: list[Segment]) -> int | None:
    """The headline's index on a blog platform's post (Medium's): the publication's name, the
    headline, its subtitle, the author twice, ``Follow``, ``Published in`` and the publication's
    name again, the reading time and the day.

    The publication's name is no headline, and the author is the byline; the subtitle stays.
    """
    i = next(i for i, s in enumerate(out[:_PUBLISHED_IN_TOP]) if s.text in _PUBLISHED_IN)
    if i + 1 >= len(out):
        return None
    pub = out[i + 1].text
    top = next((k for k in range(i - 1) if out[k].text == pub), None)
    if top is None:
        return None
    j = i - 1
    while j > top and out[j].folded in _FOLLOW_BUTTONS:
        j -= 1
    if j - 1 > top + 1 and out[j].text == out[j - 1].text and people.names_someone(out[j].text):
        out[j - 1] = Segment(out[j - 1].text, out[j - 1].start, BYLINE)  # (printed twice: a picture's alt)
        j -= 2
    for k in (*range(top + 1), *range(j + 1, i + 2)):
        if out[k].kind != BYLINE:
            out[k] = Segment(out[k].text, out[k].start, SITE if out[k].text == pub else LABEL)
    for k in range(top + 2, j + 1):  # (the subtitle)
        out[k] = Segment(out[k].text, out[k].start, BODY)
    return top + 1


#: the line over a post's publication on a blog platform
_PUBLISHED_IN = frozenset({"Published in", "Đã xuất bản trong", "Xuất bản trong", "Đăng trong"})
#: how far down it is looked for
_PUBLISHED_IN_TOP = 20
#: a follow button beside a post's author (folded)
_FOLLOW_BUTTONS = frozenset({"follow", "theo doi"})


#: what heads a wiki's page open for editing, before its name
_WIKI_EDIT_HEADS = ("Sửa đổi ", "Đang sửa ", "Sửa ", "Editing ")
#: fewest tabs under it
_WIKI_EDIT_TABS = 3
#: a wiki's notice over the page being edited (folded): "Bạn đang sửa đổi một trang thảo luận"
_EDIT_NOTICE_F = re.compile(r"(?:ban\s+dang\s+sua|you\s+are\s+editing)\b")
#: how far down a wiki's tagline is looked for
_WIKI_TOP = 40
#: a wiki's tagline under the page's name (folded)
_WIKI_TAGLINES = frozenset({"bach khoa toan thu mo wikipedia", "from wikipedia, the free encyclopedia",
                            "bach khoa toan thu mo"})
#: a wiki page's tabs between its name and the tagline (folded)
_WIKI_TABS = frozenset({"trang", "page", "bai viet", "thao luan", "doc", "sua doi", "sua ma nguon", "xem lich su", "cong cu",
                        "them ngon ngu", "article", "talk", "read", "edit", "edit source", "view history",
                        "tools", "add languages"})


#: how far down a headline's field is looked for; fewest words of the headline in it
_LABELLED_HEADLINE_LINES = 14
_LABELLED_HEADLINE_WORDS = 4
#: the field (folded): "Tiêu đề:", "Tiêu đề bài viết:", "Headline:", "Title:", a script's "Tên bài:",
#: a newsroom's "Tít:",
#: a record's "Sự kiện:" (in a table of fields only)
_HEADLINE_FIELD_F = re.compile(r"(?:tieu\s+de(?:\s+bai(?:\s+viet)?|\s+cap\s+1)?|headline|title|ten\s+bai|tit"
                               # the event a record of photos shows: "Sự kiện      : Hội nghị ..."
                               r"|(?P<event>su\s+kien))\s*:\s*")


def mark_previous_tail(segs: list[Segment]) -> list[Segment]:
    """Set apart the tail of the article before it on a printed page, opening the text.

    An e-paper's or a newsletter's page starts inside the article of the page before
    (``hiệu quả sản xuất trên cánh đồng lớn. ...``, a sentence going on in lower case) up
    to its signature, a name in capitals alone on its line (``THU PHƯƠNG``), with an
    office in brackets under it; the article read starts after it. The tail is kept
    (``FORWARD``): not the headline, the lead or the byline.
    """
    # (past the lines of a print page's head: its paper's name and section in capitals, "BAN TỔ
    # CHỨC TỈNH ỦY ĐẮK LẮK     Lưu hành nội bộ")
    i = next((k for k, s in enumerate(segs[:_TAIL_TOP])
              if s.kind == BODY and not (s.text.isupper() or _is_page_head(s) or _is_label(s))), None)
    if i is None or not segs[i].text[:1].islower() or len(segs[i].text.split()) <= _FRAGMENT_WORDS:
        return segs
    for j in range(i + 1, min(len(segs), i + _TAIL_LINES)):
        t = segs[j].text
        if segs[j].kind == BODY and t.isupper() and _is_name_line(t):
            end = j + 1
            if end < len(segs) and t[:1] != "(" and segs[end].text.startswith("(") and segs[end].text.endswith(")"):
                end += 1  # (its office: "(Ban Tổ chức Huyện ủy Krông Búk)")
            if len(segs) - end < _TAIL_AFTER:
                return segs  # (no article after it: the text's own end)
            return [Segment(s.text, s.start, FORWARD) if i <= k < end and s.kind == BODY else s
                    for k, s in enumerate(segs)]
    return segs


#: how far into the text the tail of the article before may open
_TAIL_TOP = 6
#: most lines of it, its signature among them
_TAIL_LINES = 16
#: fewest lines after its signature (the article read)
_TAIL_AFTER = 3


def mark_title(segs: list[Segment]) -> list[Segment]:
    """Label the headline, with a date line next to it or as the first body line of the header.

    Mastheads above it (``TẠP CHÍ XÂY DỰNG ĐẢNG``, ``Cơ quan của Bộ Nội vụ``) and
    a short line above a headline that the date line follows (the site's name,
    ``Đảng bộ tỉnh X``) are labelled ``site``. A date stamp glued to its end
    (``... tháng 12 (03/12/2018 17:40)``) becomes a ``date`` segment; a section
    label glued before it (``Chính trị | ...``) a ``label`` segment.
    """
    if any(s.kind == TITLE for s in segs):
        return segs  # a document's title, read with its header (mark_official_document)
    out = list(segs)
    for d in range(min(_MASTHEAD_DAY_LINES, len(out))):
        if out[d].kind == DATE and (_day_over_masthead(out, d) or _today_over_menu(out, d)
                                    or _day_in_link_bar(out[d])):
            out[d] = Segment(out[d].text, out[d].start, LABEL)  # the page's today, not the article's
    for h in range(min(_POST_HEADER_LINES, len(out) - 1)):
        s = out[h]
        if s.kind == BODY and out[h + 1].kind == DATE and people.post_header(s.text) is not None:
            # a social post's header over its time: "Võ Minh Trí đang ở Tỉnh ủy Đồng Nai cùng
            # với Phan Thị Mỹ Dung và Trương Quốc Bảo." (its poster, whom they tagged)
            out[h] = Segment(s.text, s.start, BYLINE)
    for h in range(1, min(_READER_META_LINES, len(out))):  # (under a feed reader's list of feeds too)
        s = out[h]
        if (s.kind == BODY and people.reader_meta_author(s.text) is not None
                and out[h - 1].kind == BODY and _looks_like_title(out[h - 1].text)):
            # a read-later app's or a feed reader's line under the headline: "sggp.org.vn · by
            # Thu Hương · Saved Oct 2, 2025 · 6 min read", "Báo X - Chính trị  /  by Thu Hằng  /
            # 2d" (the day it was kept is not the article's)
            out[h] = Segment(s.text, s.start, BYLINE)
            out[h - 1] = Segment(out[h - 1].text, out[h - 1].start, TITLE)
            # (the app's menus over it: "Home", "Archive", "Liked", the list of feeds)
            return [Segment(x.text, x.start, LABEL) if x.kind == BODY else x for x in out[: h - 1]] + out[h - 1 :]
    limit = _header_limit(segs)
    anchored = _labelled_headline(out)
    if anchored is not None and _ALIGNED_FIELD_RE.match(out[anchored].text):
        # the record's other fields under it: "Địa điểm     : Rạch Giá", "Số ảnh       : 8"
        for j in range(anchored + 1, len(out)):
            if not _ALIGNED_FIELD_RE.match(out[j].text):
                break
            if out[j].kind == BODY and not regexes.BYLINE_LABEL_F.match(out[j].folded):  # ("Phóng viên : ...")
                out[j] = Segment(out[j].text, out[j].start, LABEL)
    if anchored is not None and out[anchored].kind == SITE:  # (a record's value, under its field)
        out[anchored] = Segment(out[anchored].text, out[anchored].start, BODY)
        out[anchored - 1] = Segment(out[anchored - 1].text, out[anchored - 1].start, LABEL)
    if anchored is None and "ikipedia" in "".join(s.text[-10:] for s in out[:_WIKI_TOP]):
        anchored = _wiki_headline(out)
    if anchored is None and out and out[0].text.startswith(_WIKI_EDIT_HEADS):
        anchored = _wiki_edit_headline(out)
    if anchored is None and any(s.text in _PUBLISHED_IN for s in out[:_PUBLISHED_IN_TOP]):
        anchored = _published_in_headline(out)
    if anchored is None:
        anchored = _post_headline(out)
    if anchored is None:
        anchored = _stamped_headline(out)
    if anchored is None:
        anchored = _dated_headline(out)
    chapter = anchored is None and (anchored := _headline_under_chapter(out)) is not None
    if anchored is None:
        anchored = _headline_over_lead(out)
    if anchored is None:
        anchored = _headline_in_contents(out)  # (contents marked so by mark_contents, if any)
    while anchored is not None and (_wrapped_headline_end(out, anchored) or anchored > 0 and (
            out[anchored - 1].kind == BODY and _caps_pair(out[anchored - 1], out[anchored])
            and _caps_headline_over_time(out, anchored - 1)) or _subject_over_caps_headline(out, anchored)):
        # a headline wrapped over two lines ("... 6 tháng đầu năm, triển" / "khai nhiệm vụ
        # ..."), or more on a phone's narrow page: the date line is under its last
        out[anchored - 1 : anchored + 1] = [_joined(out[anchored - 1], out[anchored])]
        anchored -= 1
    if (anchored is not None and not chapter and anchored + 2 < len(out) and out[anchored].text.isupper()
            and _headline_goes_on(out[anchored], out[anchored + 1])
            and _is_kicker(two := [_joined(out[anchored], out[anchored + 1]), out[anchored + 2]]
                           + out[anchored + 3 : anchored + 4], 0)):
        # a kicker in capitals wrapped over two lines, over the headline in small letters (a
        # printed page: "HỘI NGHỊ TỔNG KẾT CÔNG TÁC TỔ CHỨC" / "XÂY DỰNG ĐẢNG NĂM 2022" / "Nâng ...")
        out[anchored : anchored + 2] = two[:1]
    if anchored is not None and not chapter and _is_kicker(out, anchored):
        out[anchored] = Segment(out[anchored].text, out[anchored].start, LABEL)
        anchored += 1  # the headline is under its kicker
    if anchored is not None:
        # a journal's authors and its issue between the headline and the date line
        for j in range(anchored + 1, min(len(out), anchored + 1 + _JOURNAL_HEADER)):
            s = out[j]
            kind = _journal_header_kind(s) if s.kind == BODY else None
            if kind is None:
                break
            out[j] = Segment(s.text, s.start, kind)
    if anchored is None:
        # (a print page's head takes no line of the header's: "Bản tin nội bộ Số 01/2026  XÂY DỰNG ĐẢNG")
        limit = min(len(out), limit + sum(1 for s in out[:limit] if _is_page_head(s)))
        # (nor do an issue's contents, one item and its page a line)
        limit = min(len(out), limit + sum(1 for s in out[:limit + _CONTENTS_MAX] if _is_contents_entry(s.text)))
    menu = _LazyMenu(out)
    menu_end = _vertical_menu_end(out) if anchored is None else 0
    if menu_end:
        limit = max(limit, min(len(out), menu_end + HEADER_SIZE))
    for i, s in enumerate(out[:limit] if anchored is None else out[: anchored + 1]):
        if s.kind != BODY:
            continue
        if i < menu_end:
            out[i] = Segment(s.text, s.start, LABEL)  # a menu, one item a line
            continue
        if anchored is not None and i < anchored:
            if ("\t" in s.text or s.text.startswith(("Trang ", "TRANG "))) and _PARTY_CODE_RE.search(s.text):
                # a page's table of documents over the news of one: "1\t612-KL/TU\t18/07/2024\t..."
                # (kept, not the article's lead: its codes are references); an issue's contents:
                # "Trang 3: Thực hiện Chỉ thị 05-CT/TW ở ..."
                out[i] = Segment(s.text, s.start, FORWARD)
            elif _labelled_byline(s):
                out[i] = Segment(s.text, s.start, BYLINE)  # "Tác giả: ... | Biên tập: ..." on top
            elif _is_masthead(s) or _looks_like_title(s.text):
                out[i] = Segment(s.text, s.start, SITE)  # lines over a dated headline
            elif _is_menu_item_line(s.text) or _is_lunar_day(s.text):
                # "Multimedia", "Podcast": the site's menu; a daily's lunar day: "(26-5 năm Quý Mão)"
                out[i] = Segment(s.text, s.start, LABEL)
            continue
        if anchored is None and (_byline_under_date(out, i)
                                 or i and out[i - 1].kind in (DATE, LABEL) and _labelled_credit(s)
                                 or _labelled_byline(s)):
            # "THANH TÂM" under the date line; a bulletin's credits under its fields:
            # "Biên tập: Mỹ Duyên – Duyệt: Văn phòng Đảng ủy xã"
            out[i] = Segment(s.text, s.start, BYLINE)
            continue
        if _is_page_head(s) or anchored is None and regexes.FIELD_LINE_F.match(s.folded):
            # "Bản tin nội bộ Số 01/2026     XÂY DỰNG ĐẢNG"; a bulletin's "Thời lượng: 12 phút"
            out[i] = Segment(s.text, s.start, LABEL)
            continue
        if anchored is None and (n := _caps_headline_lines(out, i)):
            # a headline in capitals wrapped over three lines or more, as a journal's printed page
            # has it ("PHÁT TRIỂN ĐẢNG VIÊN Ở VÙNG ĐỒNG BÀO" / "DÂN TỘC ... TÂY BẮC -" / "THỰC
            # TRẠNG VÀ GIẢI PHÁP"): one headline, not short lines of a masthead
            joined = functools.reduce(_joined, out[i + 1 : i + n], out[i])
            s = out[i] = Segment(joined.text, joined.start, BODY)
            del out[i + 1 : i + n]
        if anchored is None and (_is_masthead(s) and i + 1 < limit or _over_masthead_day(out, i)):
            out[i] = Segment(s.text, s.start, SITE)  # (or the site's name over today's date)
            _label_only_day(out, i)
            continue
        if anchored is None and (s.folded in menu or _is_menu_row(s.text) or _is_spaced_menu(s.text)
                                 or _crumb_of_labels(out, i)) and i + 1 < limit:
            out[i] = Segment(s.text, s.start, LABEL)  # "Bài cộng tác viên", an item of the menu
            continue
        if anchored is None and i + 1 < limit and (_GREETING_RE.match(folded_line(s.text[:_GREETING_HEAD]))
                                                   or _DRAFT_BANNER_F.match(s.folded)):
            # a banner: ">> Chào mừng kỷ niệm 74 năm ...", "BẢN THẢO – TIN ĐĂNG ... (chưa duyệt)"
            out[i] = Segment(s.text, s.start, LABEL)
            continue
        if anchored is None and i + 1 < limit and (
                regexes.SOCIAL_ACCOUNT_F.match(s.folded) or regexes.SOCIAL_ACCOUNT_F.match(out[i + 1].folded)):
            out[i] = Segment(s.text, s.start, SITE)  # a social page's name, over "Tài khoản chính thức"
            continue
        if s.text[:3] in _RULE_STARTS and s.text[-3:] in _RULE_STARTS:
            out[i] = Segment(s.text, s.start, LABEL)  # a note framed by rules: "=== CẬP NHẬT SAU CUỘC HỌP ==="
            continue
        if _is_image_placeholder(s.text):
            continue  # a picture's words in its place over the headline: "[image: Quang cảnh ...]"
        if _torn_fragment(out, i):
            out[i] = Segment(s.text, s.start, LABEL)
            continue
        if (s.text.endswith(("...", "…")) and s.text.startswith(("Tìm kiếm", "Search", "Nhập từ khóa"))
                or _is_contents_entry(s.text)):
            # a search box's hint: "Tìm kiếm thẻ ghi nhớ, ..."; an issue's contents, an item and
            # its page: "Giao ban công tác tổ chức xây dựng Đảng tháng 10\t3"
            out[i] = Segment(s.text, s.start, LABEL)
            continue
        greeting = _SALUTATION_F.match(s.folded) is not None
        if greeting and (item := _item_under_cover_note(out, i)) is not None:
            i, s = item, out[item]  # (a mail passing a news item on: the item's headline)
        elif greeting or not _looks_like_title(s.text) or i + 1 >= len(out):
            return out  # (a letter's greeting opens its text: "Kính gửi: Lãnh đạo Ban, ...")
        if anchored is None and (_is_site_name(out, i) or _page_name_over_caps_headline(out, i)):
            out[i] = Segment(s.text, s.start, SITE)
            continue
        if anchored is None and _is_kicker(out, i):
            out[i] = Segment(s.text, s.start, LABEL)  # "SƠ KẾT 6 THÁNG ĐẦU NĂM 2023" over the headline
            continue
        if _headline_goes_on(s, out[i + 1]) or _wrapped_headline_end(out, i + 1):
            # a print headline in two lines, the first ending with a colon:
            # "Sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 (khóa XI):" / "Chuyển biến ..."
            # (or one wrapped where the line was full: "... năm 2025: vừa sắp" / "xếp bộ máy ...")
            s = _joined(s, out[i + 1])
            out[i : i + 2] = [s]
        elif _subject_over_caps_headline(out, i):  # (its subject over it, read as a masthead)
            i -= 1
            s = _joined(out[i], s)
            out[i : i + 2] = [s]
        pieces: list[Segment] = []
        folded = ffold(s.text)
        lo, hi = 0, len(s.text)
        # (after the symbols opening it: "🔴 TRỰC TIẾP | ...")
        lab = regexes.TITLE_LABEL_PREFIX_F.match(folded, _without_symbols(s.text, 0, hi)[0])
        if lab and lab.end() < hi - 8:
            # (two of them: "Tiêu đề cấp 1: [BẢN THẢO] ...")
            again = regexes.TITLE_LABEL_PREFIX_F.match(folded, lab.end())
            end = again.end() if again and again.end() < hi - 8 else lab.end()
            pieces.append(s.trim(0, end, LABEL))
            lo = end
        elif (app := _APP_PREFIX_RE.match(s.text)) is not None and app.end() < hi - 20:
            # an app's name before a board's or a page's name: "Miro | Sơ kết 5 năm ..."
            pieces.append(s.trim(0, app.end(), LABEL))
            lo = app.end()
        elif (gap := s.text.find("  ")) > 0 and _section_before_gap(s.text, gap):
            # a section's name in capitals apart by spaces: "ĐỒNG BẰNG SÔNG HỒNG  Ninh Bình: ..."
            pieces.append(s.trim(0, gap, LABEL))
            lo = gap
        elif s.text[:2].isupper() and (cut := _caps_section_prefix(s.text)) > 0:
            # a section's name in capitals glued before the headline by one space: "XÂY DỰNG ĐẢNG
            # Sơn La: Triển khai ..."
            pieces.append(s.trim(0, cut, LABEL))
            lo = cut
        elif (bar := s.text.find(" | ")) > 0 and _section_before_bar(s.text, bar):
            # a section's name before a bar: in capitals ("HOẠT ĐỘNG CỦA NGÀNH | Ninh Bình: ..."),
            # or its path ("Chính trị · Xây dựng Đảng | Đại hội ...")
            pieces.append(s.trim(0, bar, LABEL))
            lo = bar + 3
        elif (path := _section_before_path_mark(s.text)) > 0:
            # a section's name before a path's mark, the headline after it ("Hoạt động ngành
            # Tổ chức » Giao ban ...")
            pieces.append(s.trim(0, path, LABEL))
            lo = path + 3
        elif s.text.count(" | ") >= 2 and (dated := _dated_programme_prefix(s.text, folded)):
            # "Điện Biên TV | Thời sự tối 15/7/2022 | <headline>": a broadcast's station and
            # programme of the day, the day its date
            pieces.append(s.trim(0, dated, DATE))
            lo = dated
        elif s.text[:1].isdigit() and (at := _STAMP_BEFORE_BAR_RE.match(s.text)) is not None \
                and len(s.text) - at.end() > _SECTION_NAME_MAX // 2:
            # the article's stamp before a bar, the headline after it: "26/07/2025 07:30 | Đại hội ..."
            pieces.append(s.trim(0, at.end("stamp"), DATE))
            lo = at.end()
        stamp = regexes.TITLE_STAMP_F.search(folded, lo)
        if stamp and stamp.start() > lo + 4:  # (a short headline too: "Tin buồn (13/11/2017 09:05)")
            hi = stamp.start()
        elif "|" in s.text or " - " in s.text or "– " in s.text:
            site = regexes.TITLE_SITE_SUFFIX_F.search(folded, lo)
            if site and site.start() > lo + 20:
                hi = site.start()  # "... | Báo Quảng Ninh điện tử": the site's name
            elif (short := _CHANNEL_SUFFIX_RE.search(s.text, lo)) and short.start() > lo + 20:
                hi = short.start()  # "... các cấp | TTV": a channel's short name
            elif (programme := _PROGRAMME_SUFFIX_F.search(folded, lo)) and programme.start() > lo + 20:
                hi = programme.start()  # "... đại hội chi bộ | Thời sự QRT 11/9/2024": its programme
            elif (named := _masthead_suffix(folded, lo, out[:i])) > 0:
                hi = named  # "... mùa đại hội - Nhịp sống Ngân hàng", the masthead "NHỊP SỐNG NGÂN HÀNG"
        lo, hi = _without_symbols(s.text, lo, hi)  # "🔴 HEADLINE 🔴"
        if hi - lo > 2 and s.text[lo] in _OPEN_QUOTES and _OPEN_QUOTES[s.text[lo]] not in s.text[lo + 1 : hi]:
            lo += 1  # a quote opening a pasted text, closed at its end: '"Ngành Tổ chức ...'
        pieces.append(s.trim(lo, hi, TITLE))
        if hi < len(s.text) and s.text[hi:].strip():
            # the date stamp glued to it, or the symbols closing it ("... QUẢN LÝ ✨")
            pieces.append(s.trim(hi, len(s.text), DATE if stamp and stamp.start() >= hi else LABEL))
        return out[:i] + pieces + out[i + 1 :]
    return out


def _masthead_suffix(folded: str, lo: int, over: Sequence[Segment]) -> int:
    """Where the site's name after the headline opens (its dash or bar), the masthead over the
    headline printing that name: "<headline> - Nhịp sống Ngân hàng" under "NHỊP SỐNG NGÂN HÀNG"; or 0."""
    for sep in (" - ", " | ", " – "):
        at = folded.rfind(sep)
        if at > lo + _SECTION_NAME_MAX // 2:
            name = folded[at + len(sep) :].strip()
            if name and any(x.folded == name for x in over):
                return at
    return 0


#: a stamp opening the headline's line, a bar after it: "26/07/2025 07:30 | ", "08:15 · 12/3/2024 | "
_STAMP_BEFORE_BAR_RE = re.compile(
    r"(?P<stamp>(?:\d{1,2}:\d{2}\s*[|·,-]?\s*)?\d{1,2}([/.-])\d{1,2}\2\d{4}(?:\s*[|·,-]?\s*\d{1,2}:\d{2})?)"
    r"[ \xa0]+[|·][ \xa0]+(?=\S)")


def _section_before_gap(text: str, gap: int) -> bool:
    """Whether ``text[:gap]`` is a section's name in capitals before a headline in small letters
    set apart by spaces on its line."""
    head, rest = text[:gap], text[gap:].strip()
    return (_caps_section(head) and len(rest) > _SECTION_NAME_MAX // 2
            and not rest.split("  ")[0].isupper())


def _caps_section_prefix(text: str) -> int:
    """Where the headline opens after a section's name in capitals and one space on its line
    (``XÂY DỰNG ĐẢNG Sơn La: Triển khai ...``: a word in small letters after the capitals, the
    headline going on in small letters), or 0."""
    m = _CAPS_RUN_RE.match(text)
    if m is None or not _caps_section(m.group(1)):
        return 0
    rest = text[m.end() :]
    return m.end() if len(rest.split()) >= _SUBTITLED_WORDS and not rest.isupper() else 0


#: words in capitals opening a line, then one in small letters: "XÂY DỰNG ĐẢNG Sơn"
_CAPS_RUN_RE = re.compile(rf"((?:{regexes.UP}{{2,}}[ \xa0]+)+{regexes.UP}{{2,}})[ \xa0]+(?={regexes.UP}{regexes.LO})")


def _section_before_bar(text: str, bar: int) -> bool:
    """Whether ``text[:bar]`` is a section's name before a bar and the headline in small letters:
    in capitals, or a path of sections ("Chính trị · Xây dựng Đảng")."""
    head, rest = text[:bar], text[bar + 3 :]
    return ((_caps_section(head) or len(head) <= _SECTION_NAME_MAX and (
        any(c in head for c in _PATH_MARKS) or _body_section(head)))
            and len(rest.split(" | ")[0]) > _SECTION_NAME_MAX // 2 and not rest.isupper())


def _section_before_path_mark(text: str) -> int:
    """Where the one " » " or " › " after a section's short name opens the headline on its
    line ("Hoạt động ngành Tổ chức » Giao ban ..."), or -1."""
    for mark in (" » ", " › "):
        at = text.find(mark)
        if at > 0:
            head, rest = text[:at], text[at + 3 :]
            if (mark not in rest and at <= _SECTION_NAME_MAX and head[0].isupper()
                    and len(head.split()) <= _PATH_SECTION_WORDS and not any(c.isdigit() for c in head)
                    and len(rest) > max(at, _SECTION_NAME_MAX // 2) and not rest.isupper()):
                return at
            return -1
    return -1


#: most words of a section's name before a path's mark
_PATH_SECTION_WORDS = 6


def _body_section(head: str) -> bool:
    """Whether ``head`` is a section's name with the site's body in initials after it: "Hoạt động
    UBKT", "Tin tức BTC"."""
    words, _, body = head.rpartition(" ")
    return (len(body) >= 2 and body.isupper() and body.isalpha()
            and regexes.SECTION_LABEL_F.fullmatch(ffold(words)) is not None)


def _caps_section(head: str) -> bool:
    """Whether ``head`` is a section's name in capitals: two words or more, short."""
    return len(head) <= _SECTION_NAME_MAX and head.isupper() and len(head.split()) >= 2


#: what parts a path of sections: "Chính trị · Xây dựng Đảng", "Thời sự › Chính trị"
_PATH_MARKS = "·›»"
#: the longest section's name in capitals before a headline on its line
_SECTION_NAME_MAX = 40


def _torn_fragment(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]``, under the date line or another such piece, is the ends of words torn
    off a scanned page's other column: ``ịnh kỳ``, ``ường`` (a few words in lower case)."""
    t = segs[i].text
    return (i > 0 and t[:1].islower() and len(t.split()) <= _FRAGMENT_WORDS
            and (segs[i - 1].kind == DATE or _torn_fragment(segs, i - 1)))


#: most words of a fragment in lower case over the headline
_FRAGMENT_WORDS = 3
#: an app's one-word name before a bar opening a headline: "Miro | ", "Notion | "
_APP_PREFIX_RE = re.compile(r"[A-Z][a-z][A-Za-z0-9]{1,10}\s+\|\s+")
#: a broadcast's programme and its day closing a headline after a bar (folded): " | Thời sự QRT 11/9/2024"
_PROGRAMME_SUFFIX_F = re.compile(r"\s+\|\s+(?:(?:thoi\s+su|ban\s+tin|chuong\s+trinh|tin\s+tuc)\b[^|]{0,30}"
                                 r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
                                 # (or the news programme's name alone, as a video's title closes:
                                 # "... cho 86 đảng viên | Thời sự Hà Tĩnh")
                                 r"|(?:ban\s+tin\s+)?thoi\s+su(?:\s+[a-z0-9]+){0,4})\s*$")
#: a station's or a site's short name in capitals closing a headline after a bar: " | TTV"
_CHANNEL_SUFFIX_RE = re.compile(r"\s+\|\s+[A-ZĐ]{2,6}(?:\s*[-]?\s*TV)?\s*$")


def _dated_programme_prefix(text: str, folded: str) -> int:
    """Where the headline starts after a broadcast's pieces over it, or 0.

    ``Điện Biên TV | Thời sự tối 15/7/2022 | Ngành Tổ chức ... sơ kết ...``: short pieces,
    one holding a full date, then the headline's, the longest, last.
    """
    last = text.rfind(" | ")
    head, headline = folded[:last].split(" | "), text[last + 3 :]
    if (len(headline.split()) < _TITLE_PIECE_WORDS or any(len(p.split()) > _PROGRAMME_WORDS for p in head)
            or not any(regexes.DATE_F.search(p) for p in head)):
        return 0
    return last + 3


#: fewest words of a headline after a broadcast's pieces; most words of each of those pieces
_TITLE_PIECE_WORDS = 6
_PROGRAMME_WORDS = 6


#: a Party document's code: "612-KL/TU", "89-HD/BTCTU"
_PARTY_CODE_RE = re.compile(rf"\d{{1,4}}-(?:{regexes.PARTY_CODE_ABBRS}|BC)/[A-ZĐ]{{2,8}}(?![\w/])")


#: an opening quote and its closing one
_OPEN_QUOTES = {'"': '"', "“": "”", "«": "»"}


#: how far down a reader app's line under the headline is looked for
_READER_META_LINES = 40
#: how far down a social post's header is looked for (under a page's few lines of chrome)
_POST_HEADER_LINES = 4


def _wrapped_headline_end(segs: Sequence[Segment], i: int) -> bool:
    """Whether ``segs[i]``, opening in lower case on the very next line, ends a headline
    wrapped from the line over it."""
    if i < 1 or segs[i].kind == DATE:
        return False  # (nor its date line: "đăng 20:47 12 thg 3, 2020 bởi ...")
    over = segs[i - 1]
    if not segs[i].text[:1].islower() and not (
            # (or its number, the word that wants it ending the line over it: "... nhiệm kỳ" /
            # "2022 - 2025")
            segs[i].text[:1].isdigit() and _WANTS_A_NUMBER_F.search(over.folded)):
        return False
    # (the line over it was full: wrapped at a width, as a PDF or an e-mail does)
    return (over.kind == BODY and _next_line(over, segs[i]) and len(over.text) >= _HEADLINE_WRAPPED_MIN
            and _looks_like_title(over.text) and not over.text.endswith((".", ":", ";", "!", "?"))
            and not segs[i].text.endswith(".")
            # (not a read-later app's line under it: "sggp.org.vn · by Thu Hương · Saved ...")
            and " · " not in segs[i].text and not regexes.DOMAIN_RE.match(segs[i].text))


#: a line's last word that wants a number after it (folded): "nhiệm kỳ", "năm", "giai đoạn"
_WANTS_A_NUMBER_F = re.compile(r"(?:nhiem\s+ky|nam|giai\s+doan|thang|dot|lan\s+thu|so)$")
#: shortest line read as wrapped where it was full (a headline's, a paragraph's)
_WRAPPED_MIN = 30
#: ... a headline's (a phone's narrow printed page wraps it at about 30 characters)
_HEADLINE_WRAPPED_MIN = 25


def _next_line(s: Segment, nxt: Segment) -> bool:
    """Whether ``nxt`` is on the line right under ``s`` (one "\n" between: the raw text's
    line breaks are "\n" by then)."""
    return nxt.start == s.end + 1


def _joined(s: Segment, nxt: Segment) -> Segment:
    """``s`` and ``nxt``, on the next line, as one segment (its text the raw text, break kept)."""
    return Segment(s.text + "\n" + nxt.text, s.start, BODY)


def _vertical_menu_end(segs: Sequence[Segment]) -> int:
    """Where a menu printed one item a line at the page's top ends, or 0 when there is none.

    Four or more short lines in a row (``Tin tức - Sự kiện`` / ``Nghiên cứu - Trao
    đổi`` / ``Thực tiễn - Kinh nghiệm`` / ``Bạn đọc``): a headline is followed by its
    date line, its sapo or the lead, not by three more lines of a few words.
    """
    run = end = 0
    # (over the article's first paragraph only: short lines under it are the page's
    # furniture further down, a video page's buttons, not a menu over the headline)
    for i, s in enumerate(segs[: _page_top(segs)]):
        if s.kind in (BODY, LABEL) and _is_menu_item_line(s.text):
            run += 1
            if run >= _MENU_RUN_MIN:
                end = i + 1
        elif end:
            return end
        elif run >= _MENU_RUN_MIN - 1 and s.kind == BODY and len(s.text.split()) >= _HEADLINE_WORDS:
            return i  # three items over a long headline: "Tin hoạt động" / ... / "Văn kiện - Văn bản"
        else:
            run = 0
    return end


def _is_menu_item_line(text: str) -> bool:
    return (len(text) <= _MENU_ITEM_MAX and len(text.split()) <= _MENU_ITEM_WORDS
            and not _DIGIT_RE.search(text) and not text.endswith((".", ":", ";", "!", "?", ",")))


#: fewest lines of a menu printed one item a line (one fewer right over a long headline)
_MENU_RUN_MIN = 4
#: words of a headline that makes three short lines over it a menu
_HEADLINE_WORDS = 8


def _caps_headline_lines(segs: Sequence[Segment], i: int) -> int:
    """How many lines in capitals from ``segs[i]`` on hold one headline wrapped over three or
    more (each going on from the one over it, none a committee's name of a document's header),
    or 0."""
    n = 1
    while (i + n < len(segs) and n < _CAPS_HEADLINE_LINES_MAX and _headline_goes_on(segs[i + n - 1], segs[i + n])
           and regexes.DOC_ISSUER_F.match(segs[i + n].folded) is None):
        n += 1
    if n < 3 or regexes.DOC_ISSUER_F.match(segs[i].folded) is not None:
        return 0
    return n


#: most lines of a headline in capitals wrapped over several
_CAPS_HEADLINE_LINES_MAX = 4


def _headline_goes_on(s: Segment, nxt: Segment) -> bool:
    """Whether ``nxt``, on the very next line, is the rest of a headline ``s`` ending with a
    colon, or of one in capitals."""
    t = nxt.text
    # (or a headline in capitals broken over two lines: "SƠ KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG
    # ĐẢNG" / "6 THÁNG ĐẦU NĂM 2022")
    capitals = (len(t) <= _CAPITALS_SECOND_MAX and t.upper() == t and s.text.upper() == s.text
                and not s.text.endswith((".", "!", "?")) and not is_date_line(t, header=True))
    return ((s.text.endswith(":") or capitals) and nxt.kind == BODY and _next_line(s, nxt)
            and len(t) <= _SECOND_LINE_MAX and _looks_like_title(t)
            and not t.endswith((".", ":", ";")) and not _is_name_line(t)
            and regexes.EVENT_LEAD_F.match(nxt.folded) is None)


#: longest second line of a headline; of one in capitals
_SECOND_LINE_MAX = 150
_CAPITALS_SECOND_MAX = 60


def _without_symbols(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``text[lo:hi]`` without the emoji and pictographs around it, and without square brackets
    around the whole of it, a post's decoration (``[QUÁN TRIỆT QUY ĐỊNH 69-QĐ/TW ...]``);
    quotes and round brackets stay."""
    while lo < hi and (text[lo].isspace() or is_pictograph(text[lo])):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or is_pictograph(text[hi - 1])):
        hi -= 1
    if "#" in text[lo:hi] and (tags := _HASHTAGS_END_RE.search(text, lo, hi)) is not None and tags.start() > lo:
        return _without_symbols(text, lo, tags.start())  # and a post's hashtags after it: "... 🎉 #BaDinh"
    if (hi - lo > 2 and (text[lo], text[hi - 1]) in (("[", "]"), ("【", "】"))
            and text.count(text[lo], lo, hi) == 1):
        return _without_symbols(text, lo + 1, hi - 1)
    if text[hi - 1 : hi] == "]" and (mark := _COMMENT_MARK_RE.search(text, lo, hi) or _LINK_REF_RE.search(text, lo, hi)):
        # a draft's comment mark closing it: "... năm 2026[a]"; a plain-text mail's link: "... [8]"
        return lo, mark.start()
    return lo, hi


#: hashtags closing a post's headline: " #BaDinh #XayDungDang"
_HASHTAGS_END_RE = re.compile(r"(?:\s*#\w+)+$")
#: a comment's mark in a text exported from Google Docs, at its end: "[a]", "[ab]"
_COMMENT_MARK_RE = re.compile(r"(?<=\w)\[[a-z]{1,2}\]$")
#: a link's number in a mail's plain text, after a space: " [8]" (the links listed at its foot)
_LINK_REF_RE = re.compile(r"(?<=\w) \[\d{1,3}\]$")




def label_title_tag(segs: list[Segment]) -> list[Segment]:
    """A forum's or a notice's label in brackets before the headline (``[Tin tức] ...``,
    ``[THÔNG BÁO] ...``) is a label, the words after it the title."""
    for i, s in enumerate(segs):
        if s.kind == TITLE:
            tag = _TITLE_TAG_RE.match(s.text) if s.text[:1] == "[" else None
            if tag is None:
                return segs
            return segs[:i] + [s.trim(0, tag.end(), LABEL), s.trim(tag.end(), len(s.text))] + segs[i + 1 :]
    return segs


#: a label in brackets opening a headline, its words after it: "[Tin tức] ", "[THÔNG BÁO] "
_TITLE_TAG_RE = re.compile(r"\[[^\[\]\d\n]{2,20}\]\s*(?=\S.{10})")


def title_from_site_line(segs: list[Segment]) -> list[Segment]:
    """With no headline found, take the line labelled as a site's name above a label.

    ``Headline`` over ``Thứ hai, 23 Tháng 10 | 10:00`` read as a breadcrumb: the
    headline was taken for the site's name. A real site header (``Cổng thông
    tin điện tử ...``, ``Đảng bộ tỉnh ...``) is never taken.
    """
    if any(s.kind == TITLE for s in segs):
        return segs
    for i, s in enumerate(segs[:HEADER_SIZE]):
        if (s.kind == SITE and _looks_like_title(s.text) and not _is_masthead(s)
                and not regexes.SITE_HEADER_F.fullmatch(s.folded)):
            return segs[:i] + [Segment(s.text, s.start, TITLE)] + segs[i + 1 :]
    return _title_from_item_heading(segs)


def title_of_party_item(segs: list[Segment]) -> list[Segment]:
    """A bulletin's issue of several items under its contents (``TRONG SỐ NÀY``): the headline
    of the item on the Party's building work, in capitals as the first item's, when the first
    item is on other work (``THÀNH ỦY SƠ KẾT ... PHÁT TRIỂN DU LỊCH`` / ... / ``GIAO BAN CÔNG
    TÁC TỔ CHỨC XÂY DỰNG ĐẢNG 4 THÁNG ĐẦU NĂM``)."""
    t = next((i for i, s in enumerate(segs) if s.kind == TITLE), None)
    if t is None:
        return segs
    title = segs[t]
    if _PARTY_WORK_F.search(title.folded):
        return segs
    if not title.text.isupper() or not any(s.kind == LABEL and _CONTENTS_F.fullmatch(s.folded) for s in segs[:t]):
        return _item_under_party_section(segs, t)
    for j in range(t + 1, min(len(segs), t + _ITEMS_ZONE)):
        s = segs[j]
        if (s.kind == BODY and s.text.isupper() and len(s.text.split()) <= _ITEM_HEADLINE_WORDS
                and _PARTY_WORK_F.search(s.folded) and _names_meeting_kind(s.folded)):
            out = list(segs)
            out[t] = Segment(title.text, title.start, BODY)
            out[j] = Segment(s.text, s.start, TITLE)
            return out
    return segs


def _item_under_party_section(segs: list[Segment], t: int) -> list[Segment]:
    """A digest's items under numbered sections in capitals (``1. KINH TẾ`` / its headline /
    ... / ``2. XÂY DỰNG ĐẢNG`` / its headline / ...): the headline under the section on the
    Party's building work, when it names a meeting (the digest's own line over them is none)."""
    heads = [j for j in range(t + 1, min(len(segs), t + _ITEMS_ZONE))
             if segs[j].kind == BODY and segs[j].text[:1].isdigit() and segs[j].text.isupper()
             and _SECTION_ITEM_RE.fullmatch(segs[j].text)]
    if len(heads) < 2:
        return segs
    for j in heads:
        if j + 1 < len(segs) and _PARTY_WORK_F.search(segs[j].folded):
            s = segs[j + 1]
            if (s.kind == BODY and not s.text.endswith(".") and len(s.text.split()) <= _ITEM_HEADLINE_WORDS
                    and _names_meeting_kind(s.folded)):
                out = list(segs)
                out[t] = Segment(segs[t].text, segs[t].start, BODY)
                out[j + 1] = Segment(s.text, s.start, TITLE)
                stamp = out[j + 2] if j + 2 < len(out) and out[j + 2].kind in (BODY, DATE) else None
                m = _ITEM_STAMP_RE.fullmatch(stamp.text) if stamp is not None else None
                if stamp is not None and m is not None and people.names_someone(m.group("by")):
                    # the item's stamp and author under its headline: "09/01/2026 | 17:45 - Hồng Thi"
                    # (the digest's own date is the mail's)
                    out = [x._replace(kind=LABEL) if x.kind == DATE else x for x in out[: j + 2]] + [
                        stamp.trim(0, m.end("date"), DATE), stamp.trim(*m.span("by"), BYLINE), *out[j + 3 :]]
                return out
    return segs


#: an item's stamp and author under its headline: "09/01/2026 | 17:45 - Hồng Thi"
_ITEM_STAMP_RE = re.compile(r"(?P<date>\d{1,2}/\d{1,2}/\d{4}(?:[ \xa0]*[|·-]?[ \xa0]*\d{1,2}:\d{2})?)"
                            r"[ \xa0]*[-–|·][ \xa0]*(?P<by>[^\W\d_][^\d|·\n]{2,60})")
#: a digest's section in capitals, numbered: "2. XÂY DỰNG ĐẢNG"
_SECTION_ITEM_RE = re.compile(r"\d{1,2}[.)][ \xa0]+[^\W\d_][^\d\n]{1,40}")


#: the Party's building work named (folded): "công tác tổ chức xây dựng Đảng", "xây dựng Đảng"
_PARTY_WORK_F = re.compile(r"xay\s+dung\s+dang|cong\s+tac\s+to\s+chuc")
#: how far down the items' headlines are looked for; most words of one
_ITEMS_ZONE, _ITEM_HEADLINE_WORDS = 40, 20


def _title_from_item_heading(segs: list[Segment]) -> list[Segment]:
    """A bulletin's items under its own header, no headline over them: the heading of the
    item on a meeting (``Tin 1. Đảng ủy xã ... giao ban ...``), or of its first item."""
    items = []
    for i, s in enumerate(segs[:_ITEM_HEADINGS_ZONE]):
        m = _ITEM_HEADING_RE.match(s.text) if s.kind == BODY and s.text[:1] in "TtBb" else None
        if m and _looks_like_title(s.text[m.end() :]) and not s.text.endswith("."):
            items.append((i, m.end()))
    if not items:
        return segs
    i, at = next((x for x in items if _names_meeting_kind(ffold(segs[x[0]].text))), items[0])
    s = segs[i]
    return segs[:i] + [s.trim(0, at, LABEL), s.trim(at, len(s.text), TITLE)] + segs[i + 1 :]


#: an item's heading in a bulletin: "Tin 1. ...", "TIN SỐ 2: ...", "Bài 3 - ..."
_ITEM_HEADING_RE = re.compile(r"(?:Tin|TIN|Bài|BÀI)\s+(?:số\s+|SỐ\s+)?\d{1,2}\s*(?:[.:]|\s[-–])\s+(?=\S)")
#: how far into the text a bulletin's item headings are looked for
_ITEM_HEADINGS_ZONE = 30


def drop_duplicates(segs: list[Segment]) -> list[Segment]:
    """Drop a paragraph repeated within the next few lines (doubled captions, teaser = lead)."""
    out: list[Segment] = []
    recent: list[str] = []
    chapters: set[str] = set()  # a video's chapters in its description: "03:15 Báo cáo kết quả"
    for i, s in enumerate(segs):
        if s.kind == BODY:
            key = s.text.replace("\xa0", " ")
            if key in recent or key in chapters or _cut_teaser(key, segs, i):
                continue  # (a chapter's name again: the page's panel of them, under the description)
            recent = (recent + [key])[-3:]
            if key[:1].isdigit() and (m := _CHAPTER_RE.fullmatch(key)):
                chapters.add(m.group(1))
        out.append(s)
    return out


#: a video's chapter in its description: its time, then its name
_CHAPTER_RE = re.compile(_TIMECODE + r" +(\S.{0,80})")


#: the shortest cut teaser that is dropped for the paragraph it begins
_CUT_TEASER_MIN = 40


def _cut_teaser(text: str, segs: list[Segment], i: int) -> bool:
    """Whether ``text`` (``segs[i]``'s) is the lead cut short over the whole of it, within the
    next few lines: a feed reader's summary, "Chiều 11-7, Ban Tổ chức Tỉnh ủy tổ chức…"."""
    if not text.endswith(("…", "...")):
        return False
    stem = text.rstrip(".… ")
    if len(stem) < _CUT_TEASER_MIN:
        return False
    later = [t.text.replace("\xa0", " ") for t in segs[i + 1 : i + 5] if t.kind == BODY][:3]
    return any(len(t) > len(stem) + 1 and t.startswith(stem) for t in later)


def _second_author(out: list[Segment], body_idx: list[int], first: int) -> list[int]:
    """Mark a second author's line under the first's (``first``), in ``out``; the body left.

    ``ThS. Bùi Quốc Khánh - Trường Chính trị tỉnh X`` right under the first
    author, or under the first author's school or office, which stays body
    (``TS. ĐỖ THỊ THU HẰNG`` / ``Học viện Chính trị khu vực I`` / ``ThS. ...``).
    """
    nxt = first + 1
    if (len(body_idx) >= 4 and body_idx[:2] == [nxt, nxt + 1] and is_author_post(out[nxt])
            and regexes.RANK_RE.match(out[nxt + 1].text)):
        nxt += 1
    if len(body_idx) >= 3 and nxt in body_idx[:2] and regexes.RANK_RE.match(out[nxt].text):
        if people.names_someone(out[nxt].text):
            out[nxt] = Segment(out[nxt].text, out[nxt].start, BYLINE)
            return [i for i in body_idx if i != nxt]
    return body_idx


def mark_byline(segs: list[Segment]) -> list[Segment]:
    """Label the byline: a short name line (or two) at the end of the article.

    (And each item's author in a bulletin of several: :func:`_item_signatures`.)
    """
    return _date_line_authors(_item_signatures(_bracketed_signatures(_credit_lines(_closing_byline(
        _uploader_line(segs))))))


def _uploader_line(segs: list[Segment]) -> list[Segment]:
    """Split a portal's line of its own under the headline naming who wrote or posted the
    article, its count of views after: "Người đăng: Đỗ Văn Tài - 86 lượt xem" (the byline)."""
    for i in range(1, min(len(segs), HEADER_SIZE + 4)):
        s = segs[i]
        if (s.kind == BODY and s.text[:1] in "NT" and segs[i - 1].kind in (TITLE, DATE)
                and (m := _UPLOADER_LINE_RE.match(s.text)) is not None and people.names_someone(m.group("n"))):
            rest = [s.trim(m.end("n"), len(s.text), LABEL)] if m.end("n") < len(s.text) else []
            return [*segs[:i], s.trim(m.start("n"), m.end("n"), BYLINE), *rest, *segs[i + 1 :]]
    return segs


#: a portal's label before its article's author or poster: "Người đăng: ", "Tác giả: "
_AUTHOR_LABEL = r"(?:Người đăng|Tác giả)[ \xa0]*:[ \xa0]*"
#: the author inside a date line, between its marks: "Nov 24, 2025, 09:12  ·  by Thanh Hà  ·  4 min
#: read", "12/03/2024 | Bởi Ngọc Hân"
#: (or a portal's, labelled: "Ngày đăng: 08/07/2024 | Người đăng: Hoàng Minh Đức | Lượt xem: 127")
_DATE_LINE_AUTHOR_RE = re.compile(r"(?:^|[·•|])[ \xa0]*(?:[Bb]y[ \xa0]+|[Bb]ởi[ \xa0]+|" + _AUTHOR_LABEL + r")"
                                  r"(?P<n>[^·•|\d:]{3,40}?)[ \xa0]*(?=[·•|]|$)")


def _date_line_authors(segs: list[Segment]) -> list[Segment]:
    """Split off the author a date line names ("· by Thanh Hà ·"): the byline, when the page has
    no other."""
    if any(s.kind == BYLINE for s in segs):
        return segs
    for i, s in enumerate(segs):
        if s.kind != DATE:
            continue
        if "by " in s.text or "ởi " in s.text or "ả:" in s.text or "ăng:" in s.text:
            m = _DATE_LINE_AUTHOR_RE.search(s.text)
            if m is not None and people.names_someone(m.group("n")):
                return [*segs[:i], s, s.trim(m.start("n"), m.end("n"), BYLINE), *segs[i + 1 :]]
        if s.text.count("|") >= 2 and (m := _AUTHOR_PIECE_RE.match(s.text)) is not None and (
                people.names_someone(m.group("n"))):
            # the author first, then the day and its time apart: "Minh Khoa  |  Thứ Bảy, 18/10/2025 | 09:30"
            return [*segs[:i], s.trim(m.start("n"), m.end("n"), BYLINE), s.trim(m.end(), len(s.text), DATE), *segs[i + 1 :]]
    return segs


#: a portal's line naming the article's author or poster alone, its count of views after it:
#: "Người đăng: Đỗ Văn Tài - 86 lượt xem", "Tác giả: Minh Thu | Lượt xem: 127"
_UPLOADER_LINE_RE = re.compile(_AUTHOR_LABEL + r"(?P<n>[^\W\d_][^·•|\d:()-]{2,38}?)[ \xa0]*"
                               r"(?:$|[-–|·•][ \xa0]*(?:[Ll]ượt xem[ \xa0]*:[ \xa0]*)?\d[\d.,]*(?:[ \xa0]+lượt xem)?[ \xa0]*$)")
#: a date line's first piece, an author's name alone: "Minh Khoa  |  "
_AUTHOR_PIECE_RE = re.compile(r"(?P<n>[^\W\d_][^|\d:]{2,38}?)[ \xa0]*\|[ \xa0]*(?=\S)")


#: an item's author in brackets after its last sentence: "... trước kỳ giao ban tháng 12. (Hải Yến)"
_BRACKETED_SIGNATURE_RE = re.compile(r"(?<=[.!?”\"])\s*\((?P<n>[A-ZĐÂÊÔƠƯ][^()\d]{2,28})\)$")


def _bracketed_signatures(segs: list[Segment]) -> list[Segment]:
    """Split off the author's name in brackets closing a digest's item: its byline (an
    agency's "(TTXVN)", an outlet's "(Theo Báo Cà Mau)" or a province's "(Hà Nội)" names no one)."""
    out: list[Segment] | None = None  # (a copy only once a line is split)
    for i, s in enumerate(segs):
        m = _BRACKETED_SIGNATURE_RE.search(s.text) if s.kind == BODY and s.text[-1:] == ")" else None
        if m is not None and not places.is_place_key(ffold(m.group("n"))) and people.names_someone(m.group("n")):
            out = segs[:i] if out is None else out
            out += [s.trim(0, m.start()), s.trim(m.start("n"), m.end("n"), BYLINE)]
        elif out is not None:
            out.append(s)
    return segs if out is None else out


#: the longest line of credits inside an article
_CREDIT_LINE_MAX = 90


def _labelled_byline(s: Segment) -> bool:
    """A byline under its label, its names read: "Người viết: Thanh Nhàn (Phòng Thời sự)"."""
    return regexes.BYLINE_LABEL_F.match(s.folded) is not None and people.parse_byline(s.text) is not None


def _labelled_credit(s: Segment) -> bool:
    """A credit under its label naming someone: "Bài, ảnh: Ngọc Hân", "PV: Minh Phương - Quang Huy"."""
    return regexes.BYLINE_LABEL_F.match(s.folded) is not None and people.names_someone(s.text)


def _credit_lines(segs: list[Segment]) -> list[Segment]:
    """Label the lines of labelled credits inside an article: a TV script's ("BTV: Thanh Hằng
    Kỹ thuật: Đức Mạnh", "PV: Minh Phương - Quang Huy / PTV"), a bulletin's second item's
    ("Bài: Ngọc Hà"); a photographer's alone ("Ảnh: Văn Tú") wrote nothing."""
    out = segs
    for i, s in enumerate(segs):
        if (s.kind == BODY and len(s.text) <= _CREDIT_LINE_MAX and ":" in s.text[:25]
                and _labelled_credit(s) and not people.photo_only(s.text)):
            if out is segs:
                out = list(segs)
            out[i] = Segment(s.text, s.start, BYLINE)
        elif (s.kind == BODY and s.text[:1] in "ĐP" and (m := _POSTED_BY_RE.match(s.text))
              and people.names_someone(m.group("n"))):
            # a blog post's footer: "Đăng bởi Hoàng Văn Lộc lúc 21:47" (its author)
            if out is segs:
                out = list(segs)
            out[i] = s.trim(m.start("n"), m.end("n"), BYLINE)
    return out


#: a blog post's footer naming its author and its time
#: (the post's links after it, apart: "   3 nhận xét   Liên kết đến bài đăng này")
_POSTED_BY_RE = re.compile(r"(?:Đăng bởi|Posted by)\s+(?P<n>[^\d\n]{3,40}?)\s+(?:(?:vào\s+)?lúc|at)\s+\d{1,2}[:h]\d{2}(?:\s*[AaPp][Mm])?"
                           r"(?=\s*$|\s{2,}|\t|\s*[|·])")


def _item_signatures(segs: list[Segment]) -> list[Segment]:
    """Label the name in capitals closing each item of a bulletin of several.

    ``... về xây dựng, chỉnh đốn Đảng.`` / ``THANH TÙNG`` (or ``HỒNG NHUNG
    (tổng hợp)``) / ``CẦN THƠ: BỒI DƯỠNG BÍ THƯ ...``: under a paragraph
    ending a sentence, over the next item's heading in capitals.
    """
    out = segs
    for i in range(1, len(segs) - 1):
        s, prev, nxt = segs[i], segs[i - 1], segs[i + 1]
        if nxt.kind == LABEL and s.kind == BODY and s.text.isupper():
            # (over a page's head between the items: "Bản tin nội bộ Số 11-2019      Trang 3")
            nxt = next((x for x in segs[i + 2 :] if x.kind != LABEL), nxt)
        if (s.kind == BODY and len(s.text) <= _SIGNATURE_MAX * 2 and prev.kind == BODY
                and prev.text.endswith(_SENTENCE_END)
                and (nxt.text.isupper() and nxt.text[-1:] not in ".,"
                     # (or a short kicker in capitals over the next item's headline: "ĐỨC HÒA" /
                     # "Tổng kết 20 năm ...", "TIN VẮN" / "* Ngày 15-7, ...")
                     and (len(nxt.text.split()) >= _HEADING_WORDS or i + 2 < len(segs) and nxt.kind == BODY
                          and segs[i + 2].kind == BODY and not segs[i + 2].text.isupper())
                     # (or the next item's picture, as a plain-text mail prints it: "[image: ...]")
                     or _is_image_placeholder(nxt.text)
                     # (or its headline in small letters over its lead's day, on a print page:
                     # "Sơn Tịnh: Kết nạp 86 đảng viên mới" / "Ngày 4-11, Huyện ủy ...")
                     or _item_headline(segs, i + 1))):
            core = _NOTE_IN_BRACKETS_RE.sub("", s.text).strip()
            words = core.split()
            # (a pen name of two words, or a full name: "DIỄN VĂN KHAI MẠC" is a heading)
            if core.isupper() and (
                    len(s.text) <= _SIGNATURE_MAX and len(words) <= 4 and _is_name_line(core)
                    and (len(words) <= 2 or regexes.is_family_name(words[0].title()))
                    # (or with the office after a dash: "THANH TÂM – BAN TỔ CHỨC TỈNH ỦY")
                    or " – " in core and (b := people.parse_byline(core)) is not None and b.names
                    and b.outlet is not None):
                if out is segs:
                    out = list(segs)
                out[i] = Segment(s.text, s.start, BYLINE)
        elif (s.kind == BODY and len(s.text) <= _SIGNATURE_MAX * 2 and prev.kind == BODY
              and nxt.text[:1] in "ĐđXxRr" and _READ_MORE_F.match(nxt.folded)
              and (b := people.parse_byline(s.text)) is not None and b.names):
            # a digest's item signed over its link: "Ngọc Trâm (Báo Khánh Hòa)" / "Đọc tiếp (https://...)"
            if out is segs:
                out = list(segs)
            out[i] = Segment(s.text, s.start, BYLINE)
    return out


def _item_headline(segs: Sequence[Segment], j: int) -> bool:
    """Whether ``segs[j]`` is the next item's headline in small letters: a short line with no
    closing stop, over a lead opening with its meeting's day."""
    head = segs[j]
    return (head.kind == BODY and len(head.text) <= _ITEM_HEADLINE_MAX and head.text[-1:] not in ".,;:"
            and len(head.text.split()) >= _HEADING_WORDS and j + 1 < len(segs) and segs[j + 1].kind == BODY
            and regexes.EVENT_LEAD_F.match(segs[j + 1].folded) is not None)


#: the longest headline in small letters of a bulletin's next item
_ITEM_HEADLINE_MAX = 90


#: a digest's link to an item's whole text (folded): "Đọc tiếp (https://...)", "Xem chi tiết"
_READ_MORE_F = re.compile(r"(?:doc|xem)\s+(?:tiep|them|chi\s+tiet|toan\s+bai)\b|read\s+more\b")


#: an item's signature: its longest line, the least words of the heading after it
_SIGNATURE_MAX, _HEADING_WORDS = 40, 4
_SENTENCE_END = (".", "!", "?", '"', "”", ".)")
#: a note after a name: "(tổng hợp)", "(theo TTXVN)"
_NOTE_IN_BRACKETS_RE = re.compile(r"\([^()]{1,30}\)")


def _closing_byline(segs: list[Segment]) -> list[Segment]:
    out = list(segs)
    body_idx = [i for i, s in enumerate(out) if s.kind == BODY]
    if len(body_idx) < 2:
        return out
    # "Tin, ảnh: Minh Khoa" right under the headline
    first = body_idx[0]
    # parse_byline first: it turns down a long line at once, before any folding
    # ... or a name alone under it (or under its date line): "Phương Thảo", "NGUYỄN THỊ HÀ"
    # (far down a long page top too, right under the headline or its date line:
    # "Tác giả: Thu Hà · Chuyên mục: ...")
    labelled = regexes.BYLINE_LABEL_F.match(ffold(out[first].text[:40])) is not None
    top = (people.parse_byline(out[first].text)
           if first < HEADER_SIZE or out[first - 1].kind in (TITLE, DATE) else None)
    if top is None and first > 0 and out[first - 1].kind == TITLE and _place_named_author(out, first):
        top = people.place_named_author(out[first].text)  # "Hà Nam" under the headline: a reporter
    if top is not None and (labelled or (
            top.names and first > 0 and out[first - 1].kind in (TITLE, DATE))):
        out[first] = Segment(out[first].text, out[first].start, BYLINE)
        body_idx = _second_author(out, body_idx[1:], first)
    elif first > 0 and out[first - 1].kind == BYLINE:  # (the headline's step found the first)
        body_idx = _second_author(out, body_idx, first - 1)
    elif (len(body_idx) >= 3 and body_idx[1] < HEADER_SIZE + 2 and body_idx[1] + 1 < len(out)
          and out[body_idx[1] + 1].kind == DATE and out[first - 1].kind == TITLE
          and _is_name_line(out[body_idx[1]].text) and people.names_someone(out[body_idx[1]].text)):
        # the author alone over the date line, under the sapo: "Phan Thanh Tâm" / "8 thg 8, 2020 • 7 phút đọc"
        out[body_idx[1]] = out[body_idx[1]]._replace(kind=BYLINE)
        body_idx = body_idx[:1] + body_idx[2:]
    elif len(body_idx) >= 3 and body_idx[1] < HEADER_SIZE + 2:
        # names in capitals between the sapo and the lead: "MINH HÀ - VĂN QUANG" (or a
        # labelled credit under the lead: "Bài, ảnh: Ngọc Hân")
        second = out[body_idx[1]]
        if (second.text.isupper() and _is_name_line(second.text) and not _is_label(second)
                or _labelled_credit(second)):
            out[body_idx[1]] = Segment(second.text, second.start, BYLINE)
            body_idx = body_idx[:1] + body_idx[2:]
    # a page's note of where the reader is, under the article: "Bạn đang đọc bài viết ...";
    # the article's tags in a row with no label: "Quy định 377  Đà Nẵng  cán bộ  miễn nhiệm"
    # (a printed page's foot: "Trang 2 | BÁO HÀ TĨNH | Thứ Bảy, 9/12/2023")
    while body_idx and (regexes.READING_NOTE_F.match(out[body_idx[-1]].folded)
                        or _is_tag_row(out[body_idx[-1]].text) or _is_page_foot(out[body_idx[-1]].text)):
        out[body_idx[-1]] = Segment(out[body_idx[-1]].text, out[body_idx[-1]].start, LABEL)
        body_idx = body_idx[:-1]
    # footnotes after the byline ("[1] Kết luận số 48-KL/TW ...") stay body, passed over;
    # so does a bulletin's colophon ("Chịu trách nhiệm nội dung: ...", and the lines after it)
    while body_idx and _FOOTNOTE_RE.match(out[body_idx[-1]].text):
        body_idx = body_idx[:-1]
    for k in range(len(body_idx) - 1, max(-1, len(body_idx) - 1 - _COLOPHON_LINES), -1):
        if regexes.COLOPHON_F.match(folded_line(out[body_idx[k]].text[:40])):
            body_idx = body_idx[:k]
            break
    # the article's stamp alone on its last line, under its author, on a page with no other
    # ("Hoàng Thủy" / "08/06/2024 16:20"): its date line
    if body_idx and (stamp := _foot_stamp([out[body_idx[-1]]])) and not any(s.kind == DATE for s in out):
        out[body_idx[-1]] = stamp[0]
        body_idx = body_idx[:-1]
    # and the site's name printed again at the foot ("Nghệ An 24h - Trang thông tin tổng hợp")
    while (body_idx and len(out[body_idx[-1]].text) <= _SITE_NAME_MAX
           and (regexes.SITE_HEADER_F.fullmatch(out[body_idx[-1]].folded)
                or _FOOT_SITE_RE.fullmatch(out[body_idx[-1]].folded))):
        body_idx = body_idx[:-1]
    # the headline again at the foot, with the outlet's name: "<headline> - Tin Nghệ 24h" (an
    # app's share text)
    # (or a line of the page's top again: a channel's name under its video's description)
    title = next((s.text for s in out if s.kind == TITLE), None)
    top_end = _page_top(out)
    top = {s.text for s in out[:top_end]}
    while len(body_idx) >= 3 and (
            title is not None and len(title) >= _TITLE_AGAIN_MIN and out[body_idx[-1]].text.startswith(title)
            or out[body_idx[-1]].text in top and body_idx[-1] >= top_end
            and people.parse_byline(out[body_idx[-1]].text) is None):
        out[body_idx[-1]] = Segment(out[body_idx[-1]].text, out[body_idx[-1]].start, LABEL)
        body_idx = body_idx[:-1]
    # "TRẦN QUỐC BẢO" / "Phó Trưởng Ban Tổ chức Tỉnh ủy": the author's post under the name
    # stays body, passed over
    # (or the author's school or office: "ThS. Trần Thị Minh Nguyệt" / "Trường Chính trị tỉnh X")
    # (or the source the item came from: "Nguyễn Thu Hà" / "Nguồn: Phòng Tổ chức đảng, đảng viên")
    if (len(body_idx) >= 4 and out[body_idx[-1]].text.lstrip("(").startswith(("Ảnh:", "ẢNH:"))
            and people.parse_byline(out[body_idx[-1]].text) is None
            and (_is_name_line(out[body_idx[-2]].text)
                 or is_author_post(out[body_idx[-2]]) and _is_name_line(out[body_idx[-3]].text)
                 or people.parse_byline(out[body_idx[-2]].text) is not None)):
        # a photo's caption under the author: "HOÀNG MINH ĐỨC" / "Ban Tổ chức Tỉnh ủy" /
        # "Ảnh: Quang cảnh hội nghị. (Ảnh: PV)", passed over; or its credit to a body, in
        # brackets: "Hoàng Nam - Phòng Tổ chức đảng" / "(Ảnh: Ban Tổ chức Huyện ủy Cần Giuộc)"
        body_idx = body_idx[:-1]
    if (len(body_idx) >= 3
            and (is_author_post(out[body_idx[-1]]) or _SOURCE_LINE_F.fullmatch(out[body_idx[-1]].folded)
                 and people.parse_byline(out[body_idx[-1]].text) is None)
            and _is_name_line(out[body_idx[-2]].text)):
        body_idx = body_idx[:-1]
    n = 0  # (the credit lines read so far, but for a source naming no one: "(Theo Báo Nghệ An)")
    for i in reversed(body_idx[-_CREDIT_LINES:]):
        # (past the last two lines, labelled credits only: "Bài: ..." / "Ảnh, video: ..." /
        # "Thiết kế: ...", a multimedia page's credits)
        if n >= 2 and not regexes.BYLINE_LABEL_F.match(ffold(out[i].text[:40])):
            break
        credit = people.parse_byline(out[i].text)
        if credit is None and not (n == 0 and _place_named_author(out, i)):
            break
        out[i] = Segment(out[i].text, out[i].start, BYLINE)
        n += credit is None or bool(credit.names)
    else:
        return out
    if len(body_idx) >= 4 and out[body_idx[-1]].kind == BODY:
        # the name in capitals a paragraph before the end (a page that set the byline
        # over a closing box): "PHẠM THẢO" / "Kết luận hội nghị, ..."
        name = out[body_idx[-2]]
        if name.text.isupper() and _is_name_line(name.text) and len(name.text.split()) <= 5:
            out[body_idx[-2]] = Segment(name.text, name.start, BYLINE)
        elif (" - " in name.text and len(out[body_idx[-1]].text) <= _CAPTION_AFTER_MAX
              and (pair := people.parse_byline(name.text)) is not None and len(pair.names) >= 2):
            # two reporters over the photo's caption, a video page's: "Thanh Tâm - Minh Hải" /
            # "Bí thư Huyện ủy phát biểu kết luận hội nghị."
            out[body_idx[-2]] = Segment(name.text, name.start, BYLINE)
    return out


#: the longest caption read under two reporters' names closing a page
_CAPTION_AFTER_MAX = 160


#: how many credit lines may close an article
_CREDIT_LINES = 5
#: fewest tags in a row of them; the longest tag
_TAGS_MIN, _TAG_MAX = 3, 40


def _is_page_foot(text: str) -> bool:
    """A printed page's foot, its pieces between bars: its page's number, the paper's name and
    the issue's day, "Trang 2 | BÁO HÀ TĨNH | Thứ Bảy, 9/12/2023" (in any order)."""
    if text.count("|") < 2 or len(text) > _RUNNING_HEAD_MAX * 2:
        return False
    pieces = [p.strip() for p in text.split("|")]
    return (any(_PAGE_NUMBER_RE.fullmatch(p) for p in pieces)
            and any((day := _one_date(p)) is not None and not day[2] for p in pieces))


def _is_tag_row(text: str) -> bool:
    """A row of tags closing an article, apart by two spaces or more, some in lower case."""
    if not _spaced(text):
        return False
    tags = _spaced_items(text)
    return (len(tags) >= _TAGS_MIN and any(t[0].islower() for t in tags)
            and all(len(t) <= _TAG_MAX and t[-1] not in ".:;,!?" for t in tags))


#: shortest headline looked for again at the page's foot
_TITLE_AGAIN_MIN = 20
#: longest line read as an author's post under the byline
_POST_LINE_MAX = 100


def is_author_post(seg: Segment) -> bool:
    """Whether ``seg``, under an author's name, can be the author's post or office.

    ``Phó Trưởng Ban Tổ chức Tỉnh ủy``, ``Trường Chính trị tỉnh X``: short, no
    sentence, opening with a title or a body (in brackets or not:
    ``(Ban Tuyên giáo Tỉnh ủy)``).
    """
    text, folded = seg.text, seg.folded
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
        folded = ffold(text)
    return (len(text) <= _POST_LINE_MAX and not text.endswith(".")
            and (regexes.TITLE_HEAD_RE.match(text) is not None
                 or regexes.AFFILIATION_F.match(folded) is not None))
#: a site's name and what it is, at a page's foot (folded): "nghe an 24h - trang thong tin tong hop"
_FOOT_SITE_RE = re.compile(
    r".{2,40}\s[-–|]\s(?:(?:trang|cong)\s+thong\s+tin|bao\s+dien\s+tu|tap\s+chi)(?:\s.{0,60})?")
#: most lines of a colophon closing a bulletin
_COLOPHON_LINES = 4
#: a footnote line closing a document: "[1] ...", "(2) ..."
_FOOTNOTE_RE = re.compile(r"[\[(]\d{1,2}[\])]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\s")


#: every cleaning step, by name, in the default order
CLEANERS: dict[str, Cleaner] = {
    "drop_punctuation_lines": drop_punctuation_lines,
    "cut_trailing_sections": cut_trailing_sections,
    "strip_glued_chrome": strip_glued_chrome,
    "drop_widget_lines": drop_widget_lines,
    "drop_markup_lines": drop_markup_lines,
    "drop_running_heads": drop_running_heads,
    "mark_site_header": mark_site_header,
    "mark_date_lines": mark_date_lines,
    "mark_previous_tail": mark_previous_tail,
    "mark_section_labels": mark_section_labels,
    "mark_teasers": mark_teasers,
    "mark_title": mark_title,
    "title_of_party_item": title_of_party_item,
    "title_from_site_line": title_from_site_line,
    "label_title_tag": label_title_tag,
    "mark_later_teasers": mark_later_teasers,
    "drop_duplicates": drop_duplicates,
    "mark_byline": mark_byline,
}
DEFAULT_STEPS: tuple[str, ...] = tuple(CLEANERS)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning: all kept segments, the clean text and its offset map."""

    segments: tuple[Segment, ...]
    clean_text: str
    offset_map: tuple[tuple[int, int], ...]
    #: for each clean paragraph, its ``(clean_start, segment)``
    paragraphs: tuple[tuple[int, Segment], ...]

    def of_kind(self, *kinds: str) -> list[Segment]:
        """The segments of the given kinds, in order."""
        return [s for s in self.segments if s.kind in kinds]

    def dates_by_title(self) -> list[Segment]:
        """The date lines, those nearest the headline first.

        A site may print today's date in its masthead ("Thứ Hai, 28/11/2022")
        above an article's own date line under the headline.
        """
        order = {s.start: i for i, s in enumerate(self.segments)}
        title = next((order[s.start] for s in self.segments if s.kind == TITLE), None)
        found = self.of_kind(DATE)
        if title is None:
            return found
        # nearest first; of two as near, the one under the headline (today's date in a
        # masthead sits over it: "Thứ Bảy, 12/07/2025" / headline / "Ngày 04 tháng 7 năm 2025");
        # a day with no time over the headline after one with its time under it (and its
        # byline): "Thứ Sáu, ngày 14 tháng 3 năm 2025" / headline / author / "13/03/2025 06:45"
        timed_under = any(order[s.start] > title and _TIME_RE.search(s.text) for s in found)
        return sorted(found, key=lambda s: (
            timed_under and order[s.start] < title and not _TIME_RE.search(s.text),
            abs(order[s.start] - title), order[s.start] < title))


#: the steps :func:`_first_steps` runs in one pass, in this order
_FUSED: tuple[Cleaner, ...] = (
    drop_punctuation_lines, cut_trailing_sections, strip_glued_chrome, drop_widget_lines,
)


def _first_steps(raw: str) -> list[Segment]:
    """``split_lines`` then the steps of :data:`_FUSED`, in one pass over the lines.

    The same result as running them one after the other (each step looks at one
    line at a time, and only back at the lines before it), without building a
    list of segments per step: most of the cleaner's time on a typical article.
    """
    out = []
    seen_body = False
    prev_len = 0
    punct = regexes.PUNCT_ONLY_RE.fullmatch
    glued_hint = _GLUED_HINT_RE.search
    pos = 0
    lines = raw.splitlines(keepends=True)
    resume = 0  # lines before it are an inline box of related news, dropped
    wrapped_tags = False  # (the line before a line of tags, wrapped: its end is the next)
    for k, line in enumerate(lines):
        start = pos
        pos += len(line)
        if k < resume:
            continue
        text = line.strip()
        if not text:
            continue
        start += len(line) - len(line.lstrip())
        # drop_punctuation_lines
        if punct(text):
            continue
        # cut_trailing_sections
        n = len(text)
        if seen_body and n <= _CHROME_MAX and _is_tail_marker(text, n):
            if _read_more_link(text):
                continue
            after = _after_inline_box([t.strip() for t in lines[k + 1 : k + 2 + _BOX_MAX]], text)
            if after is None:
                if _more_prose_after([x.text for x in out], lines[k + 1 :]):
                    continue
                out += _foot_stamp(_stamp_lines(lines, k + 1, pos))
                break
            resume = k + 1 + after
            continue
        if not _is_timecode(text, n):
            seen_body = seen_body or _opens_body(text, prev_len)
            prev_len = n
        # strip_glued_chrome
        cut = max(0, n - _GLUED_WINDOW)
        tail = text[cut:].lower()
        if glued_hint(tail) is not None:
            m = regexes.GLUED_TAIL_F.search(ffold(tail))
            if m and cut + m.start() > 0 and not _whole_chrome(text):
                piece = text[: cut + m.start()]
                start += len(piece) - len(piece.lstrip())
                text = piece.strip()
        # drop_widget_lines
        if _is_widget_line(text):
            _widget_dropped(out, text)
            wrapped_tags = _wrapped_tags_line(text)
            continue
        if wrapped_tags:
            wrapped_tags = False
            if _tags_line_end(text):
                continue
        out.append(Segment(text, start))
    return out


#: an e-mail's quoting marks at a line's start ("> ", "> > ", ">>")
_QUOTE_MARKS_RE = re.compile(r"^[ \t]*>(?:[ \t]?>)*(?:[ \t]|$)", re.M)
#: quoted lines that make a quoted text (not a line that happens to open with ">")
_QUOTED_MIN = 3


def _enough(matches: Iterable[object], n: int) -> bool:
    """Whether ``matches`` yields ``n`` items or more (it stops at the ``n``-th)."""
    return sum(1 for _ in itertools.islice(matches, n)) == n


def unquote(raw: str) -> str:
    """``raw`` without an e-mail's quoting marks, when it quotes a text ("> Chính trị ...").

    A reply or a forward quotes the article line by line; with the marks, no
    line would read as a headline or a paragraph, nor join the next.
    """
    if ">" not in raw:
        return raw
    if not _enough(_QUOTE_MARKS_RE.finditer(raw), _QUOTED_MIN):
        return raw
    return _QUOTE_MARKS_RE.sub("", raw)


def clean_segments(
    raw: str, steps: Iterable[str | Cleaner] = DEFAULT_STEPS
) -> list[Segment]:
    """Split ``raw`` into lines and run the cleaning ``steps`` (names or callables).

    An e-mail that forwards the article (its headers and cover note, see
    :func:`split_forward_preamble`) is set apart first: the steps that read
    the page's header (title, date lines, labels) start at the article. With
    the default steps, an e-paper page's next article is cut off after the
    first ones (:func:`cut_next_article`).
    """
    fns = [CLEANERS[step] if isinstance(step, str) else step for step in steps]
    over: list[Segment] = []  # (a digest's or a note's matter over the article's full text)
    if tuple(fns[: len(_FUSED)]) == _FUSED:
        segs = cut_next_article(_first_steps(raw), raw)
        fns = fns[len(_FUSED) :]
        over, segs = split_full_text_mark(segs, raw)
    else:
        segs = split_lines(raw)
    segs = split_glued_lines(segs)
    if "Afrikaans" in raw:
        segs = drop_language_list(segs)
    if _OTHER_SCRIPT_RE.search(raw):
        segs = drop_other_script_lines(segs)
    preamble, segs = split_forward_preamble(segs, raw)
    if not preamble and "Gmail" in raw[:400]:
        preamble, segs = split_mail_print(segs)
        if preamble and "orward" in raw:
            preamble, segs = _forward_in_mail_print(preamble, segs, raw)
    tail: list[Segment] = []
    if not preamble and segs and ("oogle" in segs[0].text or segs[0].text in _SEARCH_LOGOS):  # (a search page over the article)
        preamble, segs = split_search_page(segs)
    if not preamble and ("so sánh" in raw[:200] or "ompar" in raw[:200]):
        preamble, segs, tail = split_comparison(segs)
    if not preamble and ("Phóng to" in raw or "Zoom" in raw):
        preamble, segs = split_viewer_header(segs)
    if not preamble and ("học của tôi" in raw or "hoàn thành" in raw or "y courses" in raw
                         or "requirements" in raw):
        preamble, segs, tail = split_course_reading(segs, raw)
    if not preamble and ("Saved:" in raw or "Đã lưu:" in raw):
        preamble, segs = split_bookmark_list(segs)
    if not preamble and ("không liên quan" in raw or "irrelevant" in raw):
        preamble, segs = split_alert_mail(segs)
    if not preamble and "==========" in raw:
        preamble, segs = split_clippings_file(segs)
    if not preamble and ("ighlight" in raw or "ô sáng" in raw or "ánh dấu" in raw):
        preamble, segs, tail = split_highlights_export(segs)
    if not preamble and ("năm trước" in raw or "ago" in raw):
        preamble, segs = split_memory_share(segs)
    if not preamble and ("đã nói" in raw or " said" in raw):
        preamble, segs, tail = split_chatbot_paste(segs, raw)
    if not preamble and "•" in raw[:200]:
        preamble, segs, tail = split_photo_post(segs, raw)
    if not preamble and "exporting settings" in raw:
        preamble, segs = split_channel_export(segs)
    if not preamble:
        preamble, segs, tail = split_chat_log(segs, raw)
    if not preamble:
        preamble, segs = split_chat_forward(segs)
    if not preamble and ("Trích dẫn" in raw or "Quote" in raw):
        preamble, segs, tail = split_quoted_article(segs, raw)
    if not preamble:
        preamble, segs = split_note_header(segs)
    if not preamble and ("ZCZC" in raw[:200] or "SLUG" in raw[:1000] or "Slug" in raw[:1000]):
        preamble, segs, tail = split_wire_header(segs)
    if not preamble and ("kèm" in raw or "KÈM" in raw):
        preamble, segs = split_covering_letter(segs)
    if not preamble and "metadata" in raw:
        preamble, segs, tail = split_team_wiki_page(segs)
    if not preamble:
        preamble, segs, tail = split_pasted_draft(segs, raw)
    if ("của tôi" in raw or "CỦA TÔI" in raw or "otes" in raw or "chú riêng" in raw or "chú cá" in raw
            or "dòng của mình" in raw):
        segs, notes = split_own_notes(segs, raw)
        tail += notes
    segs = mark_archive_toolbar(segs)
    if "the " in raw:
        segs = mark_english_tail(segs)
    segs = mark_official_document(segs, raw)
    if "MỤC LỤC" in raw or "Mục lục" in raw:
        segs = mark_contents(segs)
    for fn in fns:
        segs = fn(segs)
    segs = title_from_shared_link(segs, raw)  # (with no headline marked, nothing to do)
    if any(s.kind == BYLINE for s in preamble) and any(s.kind == BYLINE for s in segs):
        # (a note's author property gives way to the byline the article prints)
        preamble = [Segment(s.text, s.start, LABEL) if s.kind == BYLINE else s for s in preamble]
    return over + preamble + segs + tail


#: a site's address alone on a line, as a link's preview prints it: "BAOTHANHHOA.VN"
_PREVIEW_DOMAIN_RE = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z0-9-]{2,20}){1,3}/?")
#: how far into the page a social post's date line is (the page's name over it)
_POST_TOP = 3


def title_from_shared_link(segs: list[Segment], raw: str) -> list[Segment]:
    """A social post with no headline of its own sharing a link: the linked article's headline.

    ``Tỉnh ủy X`` / ``3 tháng 10, 2023 lúc 07:12`` / the post / ``BAOTHANHHOA.VN`` /
    ``<headline>``: the page's name over the post's date is no headline; the line
    under the link's address is.
    """
    # (over the date: the page's name, taken for the headline, or the post's header, its
    # poster and whom they tagged)
    t = next((i for i, s in enumerate(segs[:_POST_TOP]) if s.kind == TITLE
              or s.kind == BYLINE and not any(x.kind == TITLE for x in segs)), None)
    if t is None:
        return segs
    # (in a group, its poster's name between, and the stamp with no year a body line after
    # the poster's role: "Lê Thị Cẩm Tú" / "Quản trị viên · 10 tháng 1 lúc 07:32 ·")
    k = t + 2 if t + 1 < len(segs) and segs[t].kind == TITLE and segs[t + 1].kind == BYLINE else t + 1
    if k >= len(segs) or not (segs[k].kind == DATE or k == t + 2 and segs[k].kind == BODY) \
            or not _is_post_stamp(segs[k].text):
        return segs
    for i in range(k + 1, len(segs)):
        s = segs[i]
        if s.kind != BODY or not _looks_like_title(s.text) or s.text.endswith((".", ":")):
            continue
        line_start = raw.rfind("\n", 0, max(0, raw.rfind("\n", 0, s.start))) + 1
        over = raw[line_start : raw.rfind("\n", 0, s.start)].strip()
        if over and _PREVIEW_DOMAIN_RE.fullmatch(over):
            out = list(segs)
            if segs[t].kind == TITLE:
                out[t] = Segment(segs[t].text, segs[t].start, SITE)
            out[i] = Segment(s.text, s.start, TITLE)
            return out
    return segs


def _is_post_stamp(text: str) -> bool:
    """A social post's date line: ``3 tháng 10, 2023 lúc 07:12 · 🌏``, ``2 giờ``, ``Hôm qua lúc 20:15``,
    ``15 tháng 7, 2022 · 🌐`` (who may see it: the world, friends, a group)."""
    end = text.rstrip()
    if end.endswith(_AUDIENCE_ICONS):
        return True
    folded = folded_line(text)
    if end.endswith("·") and regexes.DATE_F.search(folded):
        return True  # (its audience's icon left out of the copy: "12 tháng 3, 2026  ·")
    return " luc " in f" {folded} " or regexes.RELATIVE_STAMP_F.fullmatch(folded) is not None


#: the icons of a post's audience after its date
_AUDIENCE_ICONS = ("🌏", "🌐", "🌍", "🌎", "👥", "🔒")


_VI_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
#: (where a page copied without its line breaks runs one line into the next: a lower-case
#: letter right before a capital, "Trang chủGiới thiệu", "Liên hệĐẢNG ỦY", or a number right
#: before a capitalised word, "... NĂM 2024Ngày đăng: 04/04/2024Chiều 3/4, ..."; or a run of
#: spaces between the pieces of a one-line page, "UBND PHƯỜNG X     Trang chủ   |   ...")
#: a capital (A-Z, Đ) right after a word character that is none: every glue point is
#: one (after a lower-case letter or a digit). (The capital first: the engine skips ahead
#: to capitals, then looks behind; most capitals open a word and are not looked at in Python.)
_GLUE_CAPITAL_RE = re.compile(r"[A-ZĐ](?<=[^\W_A-ZĐ].)")
_SPACE_RUN_RE = re.compile(r"[ \t\xa0]{4,}")
#: fewest glue points that make a line a page run together (a brand, "VnExpress", has one)
_GLUE_MIN = 2
#: shortest line looked at for glue points
_GLUED_LINE_MIN = 120
#: how many lines from the top are looked at
_GLUED_TOP = 8
#: how much of a line's start tells whether it is glued
_GLUE_SCAN = 300


def _glue_points(text: str) -> list[tuple[int, int]]:
    """The spans where lines of a page run together meet in ``text`` (in order)."""
    out = []
    # (a capital after a lower case letter or a digit: the pairs are few, each is looked at)
    for m in _GLUE_CAPITAL_RE.finditer(text, 1):
        p = m.start()
        before = text[p - 1]
        if before.isdigit():
            nxt = text[p + 1 : p + 2]
            # (not inside an address's escapes: "url=https%3A%2F%2Fbaoquangnam.vn")
            if nxt and nxt in _VI_LOWER and text[p - 2 : p - 1] != "%":  # "2024Ngày"
                out.append((p, p))
        elif before in _VI_LOWER and _vietnamese_word_before(text, p):  # "chủGiới", "hệĐẢNG"
            out.append((p, p))
    if "    " in text or "\t" in text:
        out += [r.span() for r in _SPACE_RUN_RE.finditer(text)]
        out.sort()
    return out


def _vietnamese_word_before(text: str, p: int) -> bool:
    """Whether the word ending at ``p`` has a letter of Vietnamese's own ("chủ", "hệ"), so it is
    no brand's running into a capital ("VnExpress", "VNeID")."""
    word = text[max(0, p - _WORD_BACK) : p].split()[-1:]
    return bool(word) and any(ord(c) > 127 for c in word[0] if c.isalpha())


#: how far back the word before a glue point is read
_WORD_BACK = 8


def split_glued_lines(segs: list[Segment]) -> list[Segment]:
    """Split a line that holds a page run together (its menu, headline, date line and lead)
    where its lines met (:func:`_glue_points`): the pieces are read as the lines they were."""
    out: list[Segment] = []
    for i, s in enumerate(segs):
        # (the page's top only: its menu, headline, date line and lead are what run together)
        if i >= _GLUED_TOP or len(s.text) < _GLUED_LINE_MIN:
            out.append(s)
            continue
        # (told by the line's start, where its menu, headline and date line would be)
        if len(_glue_points(s.text[:_GLUE_SCAN])) < _GLUE_MIN:
            out.append(s)
            continue
        cuts = _glue_points(s.text)
        if len(cuts) < _GLUE_MIN:
            out.append(s)
            continue
        lo = 0
        for a, b in cuts:
            piece = s.trim(lo, a)
            if piece.text:
                out.append(piece)
            lo = b
        piece = s.trim(lo, len(s.text))
        if piece.text:
            out.append(piece)
    return out


#: a web archive's toolbar over a page saved from it (folded lines): "The Wayback Machine -
#: https://web.archive.org/web/2022.../URL", "Go", "76 captures", "11 Nov 2022 - 02 Feb
#: 2024", "OCT NOV DEC", "About this capture", "COLLECTED BY", "TIMESTAMPS", "loading"
_ARCHIVE_TOP_F = re.compile(r"(?:the\s+)?wayback\s+machine\b|internet\s+archive\b|archive\.(?:today|ph|is)\b|webpage\s+capture\b"
                            # (an item's OCR text: 'Full text of "Bao Hai Duong 2018-01-10"' / "See other formats")
                            r"|full\s+text\s+of\s+\S"
                            # a search engine's cached copy: "Đây là bộ nhớ đệm của Google của https://...",
                            # "This is Google's cache of https://..."
                            r"|day\s+la\s+bo\s+nho\s+dem\s+cua\s+google\b|this\s+is\s+google\W?s\s+cache\b"
                            r"|https?://(?:web\.)?archive\.(?:org|ph|today)/")
_ARCHIVE_LINE_F = re.compile(
    r"(?:https?://\S+|go|\d[\d,.]*\s+captures?|\d{1,2}\s+[a-z]{3}\s+\d{4}(?:\s*-\s*\d{1,2}\s+[a-z]{3}\s+\d{4})?"
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s*){1,3}|\d{1,2}|(?:(?:19|20)\d\d\s*){1,3}"
    r"|success|fail|about\s+this\s+capture|collected\s+by|(?:collection|organization)\s*:.*"
    r"|timestamps|loading|close|help|(?:saved|archived)\s+from(?:\s+.*)?|[a-z ]{0,30}\bsnapshots?\b.*"
    # the Wayback Machine's and archive.today's other items
    r"|(?:the\s+)?wayback\s+machine\b.*|internet\s+archive|webpage(?:\s+capture|\s+screenshot)?|search"
    r"|\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*utc"
    r"|share\s+download\b.*|see\s+other\s+formats"
    # the cached copy's: "Phiên bản đầy đủ  Phiên bản chỉ có văn bản  Xem nguồn", "Mẹo: Để nhanh chóng
    # tìm cụm từ ...", "Full version  Text-only version  View source", "Tip: To quickly find ..."
    r"|phien\s+ban\s+day\s+du\b.*|full\s+version\b.*|(?:meo|tip)\s*:.*\b(?:ctrl|cmd)\b.*)")
#: most lines of such a toolbar
_ARCHIVE_LINES = 30


def mark_archive_toolbar(segs: list[Segment]) -> list[Segment]:
    """Label the toolbar a web archive prints over a page saved from it (none of the article's)."""
    if not segs or not _ARCHIVE_TOP_F.match(segs[0].folded):
        return segs
    end = 1
    for i, s in enumerate(segs[1:_ARCHIVE_LINES], 1):
        if s.kind == BODY and _ARCHIVE_LINE_F.fullmatch(s.folded.strip()):
            end = i + 1
        elif i > end + 1:
            break  # (one line of the page's own between its items at most)
    return [Segment(s.text, s.start, LABEL) for s in segs[:end]] + segs[end:]


#: how many lines from the top a Party document's type line may be (under its header block)
_DOC_HEAD_MAX = 14
#: most lines of a document's subject under its type line
_DOC_SUBJECT_LINES = 4
#: longest line of a document's subject (its first: a word processor's, the subject on one line)
_DOC_SUBJECT_MAX, _DOC_SUBJECT_FIRST_MAX = 160, 240
#: the gap between a document's columns: "ĐẢNG BỘ TỈNH X        ĐẢNG CỘNG SẢN VIỆT NAM"


def mark_official_document(segs: list[Segment], raw: str) -> list[Segment]:
    """A Party document saved as text (a report, a notice, minutes, a plan, a speech).

    Its header block (``ĐẢNG BỘ TỈNH X`` / ``BAN TỔ CHỨC`` / ``Số 45-BC/BTCTU``
    beside ``ĐẢNG CỘNG SẢN VIỆT NAM`` / ``X, ngày 15 tháng 6 năm 2023``, the
    columns often on one line) is labelled: the committee ``site``, the
    number ``label`` (the document itself, not a reference), the place and
    date ``date``. Its title is the subject printed under the type line in
    capitals (``BÁO CÁO``, labelled), one segment over its lines (``kết quả
    công tác ... quý I, / phương hướng ... năm 2022``); a speech's, a paper's
    or an invitation's type stays in it (``BÀI PHÁT BIỂU của đồng chí ...``),
    as does a type over a period only (``TÀI LIỆU SINH HOẠT CHI BỘ THÁNG 5``).
    In the closing signature block, a signer's name printed in a column beside
    the list of recipients becomes the byline. Anything else is left as it was.
    """
    skip = _record_fields_end(segs) if "\t" in raw else 0
    t = next((i for i in range(skip, min(len(segs), skip + _DOC_HEAD_MAX))
              if segs[i].kind == BODY and _is_doc_type_line(segs[i])), None)
    if t is None and ("V/v" in raw or "v/v" in raw):
        return _official_letter(segs, raw)
    if not t or not any(_is_doc_header_line(p) for s in segs[:t] for p in _columns(s)):
        return segs
    h = _header_block_start(segs, t)
    if any(_reads_as_lead(s) for s in segs[:h]) or _dated_headline_over(segs, h):
        return _document_in_article(segs, h, t)
    # a web page showing the document: its own date line above the header is the
    # publication's; the document's "X, ngày ..." is then only its date of issue
    out = _labelled_header(segs[:t], page_dated=any(_page_date_line(s) for s in segs[:t]))
    first = last = segs[t]
    k = t + 1
    if regexes.DOC_TYPE_F.fullmatch(first.folded) or (
            _SPEECH_TYPE_F.search(first.folded) and len(first.text.split()) <= _SPEECH_TYPE_WORDS):
        # the type alone (or a speech's: "BÀI PHÁT BIỂU CHỈ ĐẠO"): its subject is under it
        # (the first after a blank line too, as a word processor spaces them: "BÁO CÁO" / "" /
        # "Tổng kết công tác ... năm 2019")
        while (k < len(segs) and k <= t + _DOC_SUBJECT_LINES and segs[k].kind == BODY
               and _subject_line(segs[k].text, raw[last.end : segs[k].start], first=k == t + 1)):
            last = segs[k]
            k += 1
    if k > t + 1 and not _SPEECH_TYPE_F.search(first.folded) and not _BOUND_SUBJECT_F.match(segs[t + 1].folded):
        # the type line over its subject ("BÁO CÁO" / "Kết quả công tác ... năm 2022"): the
        # subject is the title; a speech's or an invitation's type stays ("BÀI PHÁT BIỂU" /
        # "của đồng chí ...", "GIẤY MỜI" / "dự Hội nghị ..."), the subject naming no thing alone
        out.append(Segment(first.text, first.start, LABEL))
        first = segs[t + 1]
    out.append(Segment(raw[first.start : last.end], first.start, TITLE))
    return out + _signature_columns(segs[k:])


#: most words of a speech's type line over its subject: "BÀI PHÁT BIỂU BẾ MẠC HỘI NGHỊ"
_SPEECH_TYPE_WORDS = 7
#: an official letter's subject in its header: "V/v báo cáo kết quả ...", "V/v: triển khai ..."
_LETTER_SUBJECT_RE = re.compile(r"[Vv]/[Vv]\s*:?\s+\S")


def _official_letter(segs: list[Segment], raw: str) -> list[Segment]:
    """An official letter (công văn) saved as text: no type line, its subject under its number
    (``Số 318-CV/ĐU`` / ``V/v báo cáo kết quả ...`` / ``quý III ...``) is its title, the header's
    lines around it labelled as :func:`mark_official_document` labels them."""
    v = next((i for i in range(min(len(segs), _DOC_HEAD_MAX))
              if segs[i].kind == BODY and _LETTER_SUBJECT_RE.match(segs[i].text)), None)
    if not v or not any(_is_doc_header_line(p) for s in segs[:v] for p in _columns(s)):
        return segs
    last = segs[v]
    k = v + 1
    while (k < len(segs) and k <= v + _DOC_SUBJECT_LINES and segs[k].kind == BODY
           and segs[k].text[:1].islower() and _subject_line(segs[k].text, raw[last.end : segs[k].start])):
        last = segs[k]  # (its subject's next line: "quý III, nhiệm vụ quý IV năm 2025")
        k += 1
    title = Segment(raw[segs[v].start : last.end], segs[v].start, TITLE)
    after = k
    while after < min(len(segs), k + 3) and all(_is_doc_header_line(p) or p.text == "*"
                                                for p in _columns(segs[after])):
        after += 1  # (the header's other column printed under it: "ĐẢNG CỘNG SẢN VIỆT NAM" / "X, ngày ...")
    return (_labelled_header(segs[:v], page_dated=False) + [title]
            + _labelled_header(segs[k:after], page_dated=False) + segs[after:])


#: a document's type that its title keeps (folded): a speech, a paper read at a meeting, an invitation
_SPEECH_TYPE_F = re.compile(r"\b(?:phat\s+bieu|dien\s+van|tham\s+luan|giay\s+moi)\b")
#: a subject that reads only after its type (folded): "của đồng chí ...", "dự Hội nghị ...", or a
#: period only: "THÁNG 01/2026" (under "TÀI LIỆU SINH HOẠT CHI BỘ")
_BOUND_SUBJECT_F = re.compile(r"(?:cua|du)\b|(?:thang|quy)\s+[\divx]+\b")


def _record_fields_end(segs: Sequence[Segment]) -> int:
    """Where a document office's record of a document ends, over the document's text.

    An eOffice system's page lists the document's fields, one a line, the label
    and the value apart by a tab (``Số ký hiệu:\t118-TB/BTCTU``, ``Trích yếu:\t...``,
    ``Người ký:\t...``), then the text of the file attached: the document's own
    header is looked for under the record. 0 when there is no record.
    """
    fields = [i for i, s in enumerate(segs[:_RECORD_LINES]) if _RECORD_FIELD_RE.match(s.text)]
    return fields[-1] + 1 if len(fields) >= _RECORD_FIELDS_MIN else 0


#: a record's field: "Số ký hiệu:\t118-TB/BTCTU"
_RECORD_FIELD_RE = re.compile(r"[^\W\d_][^\t:\n]{1,40}:\t")
#: how far into the text a record's fields are, and the fewest of them
_RECORD_LINES = 30
_RECORD_FIELDS_MIN = 3


#: longest line of a document's header block in capitals ("HUYỆN ỦY KRÔNG PẮC", "BAN TỔ CHỨC")
_HEADER_LINE_MAX = 70


def _header_block_start(segs: list[Segment], t: int) -> int:
    """Where the header block over a document's type line ``segs[t]`` starts.

    Its lines are the committee's name in capitals, the document's number, the
    Party's name, the place and date, and the small marks between them.
    """
    h = t
    while h > 0:
        s = segs[h - 1]
        header = any(_is_doc_header_line(p) for p in _columns(s)) or (
            len(s.text) <= _HEADER_LINE_MAX and s.text.upper() == s.text
            and not s.text.rstrip().endswith((".", ":")))
        if not header:
            break
        h -= 1
    return h


#: shortest lead paragraph of a news page over a document it publishes
_LEAD_MIN = 120


def _reads_as_lead(s: Segment) -> bool:
    """A paragraph of prose: a news page's lead over the document it publishes whole."""
    text = s.text
    return (s.kind == BODY and len(text) >= _LEAD_MIN and ", " in text
            and text.rstrip().endswith((".", ":", "…")) and text.upper() != text)


def _dated_headline_over(segs: list[Segment], h: int) -> bool:
    """Whether a page's headline and its date line are over a document's header block at
    ``segs[h]``: ``Ban Thường vụ Tỉnh ủy cho ý kiến ...`` / ``Cập nhật: 03/10/2024 08:12`` (or
    the headline with its date stamp glued)."""
    return any(_page_date_line(s) and _looks_like_title(segs[i - 1].text)
               and len(segs[i - 1].text.split()) >= _DATED_HEADLINE_WORDS
               for i, s in enumerate(segs[1:h], 1)) or any(
        # (or its stamp glued to it: "Biên bản sinh hoạt chi bộ ... tháng 3 năm 2024 (18/03/2024)")
        s.text.endswith(")") and (m := regexes.TITLE_STAMP_F.search(s.folded)) is not None
        and len(s.folded[: m.start()].split()) >= _DATED_HEADLINE_WORDS and _looks_like_title(s.text[: m.start()])
        for s in segs[:h])


#: fewest words of a page's headline over its date line and a document
_DATED_HEADLINE_WORDS = 6


def _document_in_article(segs: list[Segment], h: int, t: int) -> list[Segment]:
    """A news page publishing a document whole under its own headline and lead.

    The page's lines over the document are left to the page's own steps (its
    headline is the title, its date line the publication's). The document's
    header block is labelled, its date too: the date of issue, not the page's
    (a post's time stamp right over the document, "08:15 05/02/2026", is the page's).
    Its type line and subject stay in the text, as the page prints them.
    """
    return segs[:h] + _labelled_header(segs[h:t], page_dated=True) + _signature_columns(segs[t:])


def _labelled_header(lines: list[Segment], *, page_dated: bool, page_date: str = DATE) -> list[Segment]:
    """A document's header block, its columns apart: the committee ``site``, the number
    ``label``, the place and date ``date`` (a ``label`` on a ``page_dated`` page, where a
    page's own date line among the lines is of kind ``page_date``)."""
    out = []
    for s in lines:
        for p in _columns(s):
            if regexes.DOC_DATE_F.fullmatch(p.folded):
                kind = LABEL if page_dated else DATE
            elif regexes.DOC_NUMBER_F.fullmatch(p.folded):
                kind = LABEL
            else:
                kind = page_date if page_dated and _page_date_line(p) else SITE
            out.append(Segment(p.text, p.start, kind))
    return out


def _page_date_line(s: Segment) -> bool:
    """A web page's own date line, over a document it shows (not the document's dates)."""
    return (len(s.text) <= 90 and is_date_line(s.text, header=True)
            and not regexes.DOC_DATE_F.fullmatch(s.folded)
            and not regexes.DOC_META_DATE_F.match(s.folded))


def _is_doc_type_line(s: Segment) -> bool:
    """``BÁO CÁO``, ``THÔNG BÁO KẾT LUẬN CỦA ...``: a document's type word in capitals."""
    text = s.text
    if len(text) > 250 or not text[:2].isupper() or not text.split(None, 1)[0].isupper():
        return False  # (a type word is printed in capitals: "BÁO CÁO", "THÔNG BÁO ...")
    m = regexes.DOC_TYPE_F.match(folded_line(text[:24]))  # (the type word opens the line)
    return (m is not None and text[: m.end()].upper() == text[: m.end()]
            and (m.end() == len(folded_line(text)) or text.upper() == text))


def _is_doc_header_line(s: Segment) -> bool:
    folded = s.folded
    return bool(regexes.DOC_DATE_F.fullmatch(folded) or regexes.DOC_NUMBER_F.fullmatch(folded)
                or "dang cong san viet nam" in folded
                or (s.text.upper() == s.text and regexes.DOC_ISSUER_F.match(folded)))


def _subject_line(text: str, gap: str, *, first: bool = False) -> bool:
    """Whether ``text``, after ``gap``, goes on with a document's subject (``first``: its
    first line, which a blank line may part from the type's)."""
    breaks = gap.count("\n")
    return ((breaks == 1 or first and breaks == 2 and not gap.strip() and not text.endswith("."))
            and not regexes.SEPARATOR_LINE_RE.search(gap)
            and len(text) <= (_DOC_SUBJECT_FIRST_MAX if first else _DOC_SUBJECT_MAX)
            and not text.startswith(("(", "-", "+", "*"))
            and not text.rstrip().endswith((":", "!")) and not _SECTION_START_RE.match(text)
            # (nor the lead under it: "Sáng ngày 10/4/2024, Ban Tổ chức ... tổ chức hội nghị ...")
            and not (text.endswith(".") and regexes.EVENT_LEAD_F.match(ffold(text))))


#: a document's section heading or address, never part of its subject
_SECTION_START_RE = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s|Phần\s|PHẦN\s|Kính\s|Căn\s+cứ")


def _columns(s: Segment) -> list[Segment]:
    """The pieces of a line printed in columns (:func:`~.common.column_spans`)."""
    if "   " not in s.text and "\t" not in s.text and "\xa0\xa0" not in s.text:
        return [s]
    return [s.trim(a, b) for a, b in column_spans(s.text)]


def _signature_columns(segs: list[Segment]) -> list[Segment]:
    """After ``Nơi nhận:``, a signer's name in a column of its own becomes the byline."""
    at = next((i for i, s in enumerate(segs)
               if s.text[:1] in "NnN" and ffold(s.text[:8]) == "noi nhan"), None)
    if at is None:
        return segs
    out = segs[:at]
    for s in segs[at:]:
        pieces = _columns(s)
        if len(pieces) == 1:
            out.append(s)
            continue
        for p in pieces:
            b = people.parse_byline(p.text) if p.text[:1].isupper() else None
            name = b is not None and len(b.names) == 1 and not b.names[0][1]
            out.append(Segment(p.text, p.start, BYLINE if name else BODY))
    return out


#: a letter's closing (folded): "Trân trọng!", "Trân trọng cảm ơn.", "Xin cảm ơn!"
_CLOSING_F = re.compile(r"(?:tran\s+trong|xin\s+cam\s+on)(?:\s+cam\s+on)?\s*[.!]?")
#: most lines of a cover note between a forward's headers and its closing
_COVER_NOTE_MAX = 4
#: fewest lines left after a cover note's closing for them to be the article
_ARTICLE_MIN_LINES = 3
#: most lines read as an e-mail's headers and cover note before the article
_PREAMBLE_MAX = 60


def split_forward_preamble(segs: list[Segment], raw: str = "") -> tuple[list[Segment], list[Segment]]:
    """An e-mail forwarding the article: ``(its headers and cover note, the article)``.

    It opens with a forward marker (``---------- Forwarded message ---------``)
    or with two header lines (``Từ: ...`` / ``Đã gửi: ...``, ``From:`` /
    ``Sent:``). The headers are labelled (out of the clean text; the mail's
    date is not the article's), the cover note and signature are kept as
    ``forward`` text, and the article starts after a separator line
    (``=====``, dropped already: it is looked for in ``raw`` between the lines),
    at the page's first line (a site header or a masthead in capitals), or
    after the forwarded mail's own headers under the cover note.
    When no such line follows, only the headers are set apart: the mail's
    text is the article.
    """
    if not segs:
        return [], segs
    replies = _thread_replies(segs)
    if replies:
        pre, rest = split_forward_preamble(segs[replies:], raw)
        return [Segment(x.text, x.start, LABEL if regexes.MAIL_HEADER_F.match(x.folded) else FORWARD)
                for x in segs[:replies]] + pre, rest
    quoted = _reply_quote(segs, raw)
    if quoted:
        # a reply quoting the mail that carried the article: the reply, its headers, the
        # quoted mail's note, all over the article
        return [Segment(x.text, x.start, LABEL if regexes.MAIL_HEADER_F.match(x.folded) else FORWARD)
                for x in segs[:quoted]], segs[quoted:]
    if (len(segs) > 2 and len(segs[0].text) <= _MAILBOX_NAME_MAX and _opens_mail(segs[1:])
            and regexes.SEPARATOR_LINE_RE.search(raw, segs[0].end, segs[1].start)):
        # Outlook's print: the mailbox's owner over a rule, then the headers ("Lê Thị Hoài Thu" /
        # "______" / "Người gửi:  Phan Đức Trung <...>")
        pre, rest = split_forward_preamble(segs[1:], raw)
        return [Segment(segs[0].text, segs[0].start, LABEL), *pre], rest
    if not _opens_mail(segs):
        return [], segs
    pre: list[Segment] = []
    for j, s in enumerate(segs[:_PREAMBLE_MAX]):
        folded = s.folded
        if regexes.MAIL_HEADER_F.match(folded) or regexes.FORWARD_MARK_F.fullmatch(folded):
            pre.append(Segment(s.text, s.start, LABEL))
        elif (pre and s.text[:4] in _TITLED_RULE_STARTS and _TITLED_RULE_RE.fullmatch(s.text)
              and not _RULE_END_WORDS_F.search(s.folded)):
            # a rule with words in it over the article: "-------- Nội dung sao chép từ baogialai.com.vn --------"
            return [*pre, Segment(s.text, s.start, LABEL)], segs[j + 1 :]
        elif pre and pre[-1].kind != LABEL and regexes.SEPARATOR_LINE_RE.search(
                raw, pre[-1].end, s.start):
            if not _opens_mail(segs[j : j + 2]):
                return pre, segs[j:]
            pre.append(Segment(s.text, s.start, LABEL))  # (the mail it forwards, under a rule: its headers)
        elif pre and pre[-1].kind != LABEL and (
                regexes.SITE_HEADER_F.fullmatch(folded) or _is_masthead(s) and not _agency_byline(s.text)):
            return pre, segs[j:]
        elif pre and pre[-1].kind == LABEL and any(p.kind == FORWARD for p in pre) and not _mail_below(
                segs, j, _COVER_NOTE_MAX + _SIGNATURE_LINES):
            # the forwarded mail's own headers, under the cover note (not a forward's in a thread
            # of them, its own note and the mail it forwards under it)
            return pre, segs[j:]
        elif (pre and pre[-1].kind == FORWARD and _CLOSING_F.fullmatch(pre[-1].folded)
              and len(segs) - j >= _ARTICLE_MIN_LINES and "--" not in raw[pre[-1].end : s.start]
              and any(p.kind == LABEL for p in pre[-_COVER_NOTE_MAX - 1 :])
              # (not a signature over the mail this one forwards: "Phan Văn Khánh" / post /
              # phone / "____" / "Từ: ..." / "Đã gửi: ...")
              and not _mail_below(segs, j + 1, _SIGNATURE_LINES)):
            # a short cover note's closing ("Trân trọng!"), the article after it (not the
            # sender's signature, after "--")
            return pre, segs[j:]
        else:
            pre.append(Segment(s.text, s.start, FORWARD))
    heads = [s for s in pre if s.kind == LABEL]
    return heads, [s for s in segs if s.start not in {h.start for h in heads}]


#: a rule with a few words in its middle: "-------- Nội dung sao chép từ baogialai.com.vn --------"
_TITLED_RULE_RE = re.compile(r"([-=_*~])\1{3,}[ \t]*[^-=_*~\s][^\n]{0,80}?[ \t]*([-=_*~])\2{3,}")
_TITLED_RULE_STARTS = frozenset(c * 4 for c in "-=_*~")
#: the words of such a rule closing a text, not opening one (folded): "---- Hết bài viết ----"
_RULE_END_WORDS_F = re.compile(r"\b(?:het|ket\s+thuc|end)\b")
#: longest line naming a mailbox's owner over a printed mail's headers
_MAILBOX_NAME_MAX = 60


def _agency_byline(text: str) -> bool:
    """Whether a line in capitals is a byline with its agency, "DUY KHÁNH (TTXVN)" (no masthead)."""
    byline = people.parse_byline(text) if text.endswith(")") else None
    return byline is not None and byline.outlet is not None


def split_mail_print(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A mail printed from its web client: ``(the client's lines and the mail's headers, the
    mail)``, all labelled.

    ``Gmail   Trương Minh Khoa <khoa@gmail.com>`` (whose box) / the subject / ``1 thư`` /
    ``Báo X <bantin@x.vn>   10 tháng 1, 2026 lúc 06:02`` / ``Trả lời: ...`` / ``Tới: ...``:
    none of them the article's headline or date line.
    """
    at = next((i for i, s in enumerate(segs[:_MAIL_PRINT_TOP])
               if s.text.startswith("Gmail") and _MAIL_ACCOUNT_RE.fullmatch(s.text)
               or _BARE_ADDRESS_RE.fullmatch(s.text)), None)  # (the client's logo lost in the copy)
    if at is None:
        return [], segs
    j = at + 1
    if j + 1 < len(segs) and _MESSAGE_COUNT_F.fullmatch(segs[j + 1].folded):
        j += 2  # the subject, and how many mails the thread holds
    while j < len(segs) and (_MAIL_ADDRESS_RE.search(segs[j].text) or regexes.MAIL_HEADER_F.match(segs[j].folded)
                             or _REPLY_TO_F.match(segs[j].folded)):
        j += 1
    return [Segment(s.text, s.start, LABEL) for s in segs[:j]], segs[j:]


def _forward_in_mail_print(client: list[Segment], segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment]]:
    """A printed mail forwarding the article: the printed mail's note to the forward marker, and
    the forward's headers and cover note, set apart as :func:`split_forward_preamble` does."""
    at = next((i for i, s in enumerate(segs[:_PREAMBLE_MAX]) if regexes.FORWARD_MARK_F.fullmatch(s.folded)), None)
    if at is None:
        return client, segs
    pre, rest = split_forward_preamble(segs[at:], raw)
    if not pre:
        return client, segs
    return client + [Segment(s.text, s.start, FORWARD) for s in segs[:at]] + pre, rest


#: how far down a printed mail's client line is (the browser's header over it)
_MAIL_PRINT_TOP = 3
#: the client's line: its name, and whose box it is
_MAIL_ACCOUNT_RE = re.compile(r"Gmail(?:\t|\s{2,})[^<>]{0,60}" + regexes.MAIL_ADDRESS)
#: how many mails a printed thread holds (folded): "1 thư", "3 messages"
_MESSAGE_COUNT_F = re.compile(r"\d{1,3}\s+(?:thu|tin\s+nhan|messages?)")
#: a mail address alone on its line: whose box, where the client's logo was
_BARE_ADDRESS_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
#: an address in angle brackets: a sender's line, "Báo X <bantin@x.vn>   10 tháng 1, 2026 lúc 06:02"
_MAIL_ADDRESS_RE = re.compile(regexes.MAIL_ADDRESS)
#: where replies go (folded): "Trả lời: Bạn đọc <bandoc@x.vn>", "Reply-To: ..."
_REPLY_TO_F = re.compile(r"(?:tra\s+loi|reply-to)\s*:\s*\S")


def split_search_page(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A search engine's page of results over the article opened from it: ``(the results,
    kept as forward text, their page's tab title and footer labels; the article)``.

    ``giao ban ... quảng ninh - Tìm trên Google`` / the results (site, address, title,
    snippet) / ``Trợ giúp Gửi phản hồi Quyền riêng tư Điều khoản`` / the article's page:
    a result's title or date is not the article's headline or date line.
    """
    if not (_SEARCH_TAB_F.search(segs[0].folded) or segs[0].text in _SEARCH_LOGOS):
        return [], segs
    # (its footer's links, or the pager's last link closing the results: "1 2 3 4 Tiếp", its
    # numbers dropped as page numbers)
    end = next((i for i, s in enumerate(segs[1:_SEARCH_PAGE_MAX], 1) if _SEARCH_FOOTER_F.fullmatch(s.folded)
                or s.folded in _SEARCH_NEXT), None)
    if end is None or end + 2 >= len(segs):
        return [], segs
    head = [Segment(segs[0].text, segs[0].start, LABEL)]
    head += [Segment(s.text, s.start, FORWARD) for s in segs[1:end]]
    return [*head, Segment(segs[end].text, segs[end].start, LABEL)], segs[end + 1 :]


#: a search page's tab title (folded, its end): "... - Tìm trên Google", "... - Google Search"
_SEARCH_TAB_F = re.compile(r"\s[-–]\s(?:tim\s+(?:tren|voi|kiem)\s+google|google\s+search|tim\s+kiem\s+google)$")
#: its footer's links (folded): "Trợ giúp Gửi phản hồi Quyền riêng tư Điều khoản"
_SEARCH_FOOTER_F = re.compile(r"(?:tro\s+giup\s+)?gui\s+phan\s+hoi\s+quyen\s+rieng\s+tu\s+dieu\s+khoan"
                              r"|(?:help\s+)?send\s+feedback\s+privacy\s+terms")
#: how many lines a page of results may hold
_SEARCH_PAGE_MAX = 150
#: the search engine's logo alone on the page's first line, as a page copied whole prints it
_SEARCH_LOGOS = frozenset({"Google", "Bing", "Cốc Cốc"})
#: its pager's last link (folded)
_SEARCH_NEXT = frozenset({"tiep", "next", "trang tiep", "tiep theo"})


def split_chat_forward(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A chat message forwarding an article under the sender's note: ``(the note, the article)``.

    ``Chi bộ X 👥 18 thành viên`` / ``Hôm nay`` / ``Y Thương`` / ``Em gửi các anh chị bài ...`` /
    ``10:14`` / ``↪ Tin nhắn được chuyển tiếp`` / the article: the lines over the chat's
    forward mark are the note (kept, not the article's lead), the mark a label.
    """
    for j, s in enumerate(segs[:_CHAT_FORWARD_MAX]):
        if (j and j + 1 < len(segs) and len(s.text) <= _FORWARD_MARK_MAX
                and ("chuyển tiếp" in s.text.lower() or "orwarded" in s.text)
                and regexes.FORWARD_MARK_F.fullmatch(folded_line(s.text))):
            note = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in segs[:j]]
            return [*note, Segment(s.text, s.start, LABEL)], segs[j + 1 :]
    return [], segs


def split_quoted_article(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A forum's thread quoting the article whole in a post: ``(the posts over the quote, the
    article, the poster's signature and the replies after it)``.

    ``#3`` / ``12-04-2018, 21:26`` / ``nguoilaido`` / ``Báo tỉnh đăng hôm qua đây ...`` /
    ``Trích dẫn:`` / the headline / ``Cập nhật: 11/04/2018 - 15:20`` (or the lead at once) /
    the article: the posts over the quote mark are kept (``forward`` text), the mark is a label.
    """
    for j, s in enumerate(segs[:_QUOTE_MARK_MAX]):
        if (j and j + 3 < len(segs) and len(s.text) <= _FORWARD_MARK_MAX and s.text[:1] in "TtQq"
                and _QUOTE_MARK_F.fullmatch(s.folded) and _looks_like_title(segs[j + 1].text)
                # (its date line under the headline, or its lead at once: "(HNM) - Chiều 8/10, ...")
                and ((dated := is_date_line(segs[j + 2].text, header=True))
                     or regexes.EVENT_LEAD_F.match(segs[j + 2].folded) is not None)):
            posts = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in segs[:j]]
            if not dated:
                # (the quote has no date line of its own: the post's time is the page's date)
                k = next((k for k in range(j - 1, -1, -1) if is_date_line(posts[k].text, header=True)), None)
                if k is not None:
                    posts[k] = posts[k]._replace(kind=DATE)
            article = segs[j + 1 :]
            # the post ends at its signature's rule ("__________________", a line the first steps
            # dropped): the signature and the replies under it are the thread's
            end = next((k for k in range(1, len(article))
                        if _SIGNATURE_RULE_RE.search(raw, article[k - 1].end, article[k].start)), len(article))
            replies = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in article[end:]]
            return [*posts, Segment(s.text, s.start, LABEL)], article[:end], replies
    return [], segs, []


#: a forum's rule over a post's signature: a line of ten underscores or more
_SIGNATURE_RULE_RE = re.compile(r"\n[ \t]*_{10,}[ \t]*\r?\n")


#: a forum's mark over a quoted text (folded): "Trích dẫn:", "Quote:", "Trích dẫn bài viết của X:"
_QUOTE_MARK_F = re.compile(r"(?:trich\s+dan|quote)(?:\s+(?:bai\s+viet\s+)?(?:cua|originally\s+posted\s+by)\s.{1,40})?")
#: how far down a thread the quote is looked for
_QUOTE_MARK_MAX = 80


def split_chat_log(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A chat's log holding the article in one of its messages: ``(the messages before it,
    its message, the messages after it)``.

    A message opens with its header: Telegram's ``Tin Tức Lào Cai 24h, [25.10.2025 7:15]``
    (the channel's name a ``site``, the stamp the message's ``date``), or Messenger's time
    alone on its line over the sender's name (``07:41`` / ``Hoàng Thị Mai Phương``). The
    article's is the longest message; the others are kept as ``forward`` text (their senders
    are people), and a forward mark opening the article's message is a label.
    """
    hinted = _CHAT_HEADER_HINT_RE.search(raw) or any(end in raw for end in _HALF_DAY_ENDS)
    starts = _chat_message_starts(segs, raw) if hinted else []
    if starts == [(0, 1)] and (m := _TELEGRAM_HEADER_RE.fullmatch(segs[0].text)) is not None:
        # one message, its header over it: a channel's post ("Bot, [30.03.18 06:30]")
        return [segs[0].trim(0, m.end("who"), SITE), segs[0].trim(m.start("stamp"), m.end("stamp"), DATE)], segs[1:], []
    if len(starts) < _CHAT_MESSAGES_MIN:
        return [], segs, []
    bounds = [(h, b, starts[k + 1][0] if k + 1 < len(starts) else len(segs)) for k, (h, b) in enumerate(starts)]
    k = max(range(len(bounds)), key=lambda k: sum(len(x.text) for x in segs[bounds[k][1] : bounds[k][2]]))
    # the article pasted over several messages, each after the first opening with a mark:
    # "(tiếp)", "Phần 2", "(2/2)"
    while k > 0 and _continued(segs, bounds[k]):
        k -= 1
    last = k
    while last + 1 < len(bounds) and _continued(segs, bounds[last + 1]):
        last += 1
    h, b, e = bounds[k]
    if last > k:
        e = bounds[last][2]
        inner = {i for _h, _b, _e in bounds[k + 1 : last + 1] for i in range(_h, _b + 1)}
        segs = [Segment(x.text, x.start, LABEL) if i in inner else x for i, x in enumerate(segs)]
    if sum(len(x.text) for x in segs[b:e]) < _CHAT_ARTICLE_MIN:
        return [], segs, []
    before = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in segs[:h]]
    header = segs[h]
    m = _TELEGRAM_HEADER_RE.fullmatch(header.text)
    if m is not None:  # the channel's name, and when it posted the message
        before += [header.trim(0, m.end("who"), SITE), header.trim(m.start("stamp"), m.end("stamp"), DATE)]
    elif ((c := regexes.CHAT_HEADER_RE.match(header.text)) is not None
          and not header.text.endswith(":") and header.text[c.end() :].strip()):
        # the article's first line on its header's: "[24/11/2025, 08:16:05] Mỹ Duyên: <headline>"
        # (not the sender's words over it: "[08:06] Hoàng Vy: Dạ đây anh:")
        before.append(header.trim(0, c.end(), FORWARD))
        segs = [*segs[:b], header.trim(c.end(), len(header.text), BODY), *segs[b:]]
        e += 1
    else:  # the time over the sender's name
        before += [Segment(x.text, x.start, LABEL if x is header else FORWARD) for x in segs[h:b]]
    while (b < e and len(segs[b].text) <= _FORWARD_MARK_MAX
           and regexes.FORWARD_MARK_F.fullmatch(folded_line(segs[b].text.strip("[]")))):
        before.append(Segment(segs[b].text, segs[b].start, LABEL))  # "[Forwarded from Báo Lào Cai]"
        b += 1
    if (b + 1 < e and segs[b].text.endswith(":") and len(segs[b].text) <= _FORWARD_MARK_MAX
            and _looks_like_title(segs[b + 1].text)):
        before.append(Segment(segs[b].text, segs[b].start, FORWARD))  # the sender's word: "Anh dán nguyên bài đây:"
        b += 1
    if b < e and not any(is_date_line(x.text, header=True) for x in segs[b : min(e, b + _POST_TOP)]):
        before = _stamp_of_shared_card(before, segs[b : min(e, b + _POST_TOP)])
    after = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in segs[e:]]
    if not any(x.kind == BYLINE for x in segs[b:e]):
        # the article pasted in pieces, its credit in a later message: "Tin, ảnh: Đức Thắng"
        for k, x in enumerate(after):
            if x.kind == FORWARD and len(x.text) <= _CREDIT_LINE_MAX and _labelled_credit(x) and not people.photo_only(x.text):
                after[k] = Segment(x.text, x.start, BYLINE)
                break
    return before, segs[b:e], after


def _continued(segs: Sequence[Segment], bounds: tuple[int, int, int]) -> bool:
    """Whether a chat's message (its header's, its first and its end's indexes) opens with a
    mark that it goes on with the message before: "(tiếp)", "Phần 2:", "[2/2]"."""
    _h, b, e = bounds
    return b < e and len(segs[b].text) <= _FORWARD_MARK_MAX and _CONTINUED_F.fullmatch(segs[b].folded) is not None


#: a message's mark that it goes on with the one before (folded): "(tiếp)", "tiếp theo:", "phần 2", "(2/2)"
_CONTINUED_F = re.compile(r"[(\[]?\s*(?:tiep(?:\s+theo)?|phan\s+[2-9]|[2-9]\s*/\s*[2-9])\s*[)\]]?\s*:?")


def split_alert_mail(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A news alert's mail over the article its reader pasted under it: ``(the mail, the
    article)``, the mail labelled.

    ``Google Alerts`` / its headers / each item (headline, outlet, snippet, ``Gắn cờ là không
    liên quan``) / ``Xem thêm kết quả | Chỉnh sửa thông báo này`` / the page of the first item:
    the items are other articles' teasers, none the article's text.
    """
    ends = [j for j, s in enumerate(segs[:_ALERT_MAX]) if _ALERT_END_F.match(s.folded)]
    if not ends or len(segs) - ends[-1] - 1 < _ARTICLE_MIN_LINES:
        return [], segs
    j = ends[-1] + 1
    return [Segment(s.text, s.start, LABEL) for s in segs[:j]], segs[j:]


#: the lines closing a news alert's items and the alert (folded): "Gắn cờ là không liên quan",
#: "Xem thêm kết quả | Chỉnh sửa thông báo này", "Flag as irrelevant", "See more results"
_ALERT_END_F = re.compile(r"(?:gan\s+co\s+la\s+khong\s+lien\s+quan|flag\s+as\s+irrelevant|xem\s+them\s+ket\s+qua"
                          r"|chinh\s+sua\s+thong\s+bao\s+nay|see\s+more\s+results|edit\s+this\s+alert)")
#: how far into the page an alert's last line is looked for
_ALERT_MAX = 80


def _stamp_of_shared_card(before: list[Segment], opening: Sequence[Segment]) -> list[Segment]:
    """The messages over a chat's pasted article, the stamp of the post it pastes a ``date``.

    A member forwards a page's post as a card (its headline, a cut lead, ``Xem thêm``, the
    post's stamp ``03/10/2024 07:30``), then pastes the post whole for those who cannot open
    it: the card's stamp, under the headline that opens the paste (maybe after a word of the
    sender's, "Anh copy nguyên văn đây:"), dates the article.
    """
    keys = {x.folded for x in opening if len(x.text) >= _CARD_HEADLINE_MIN}
    for k, x in enumerate(before):
        if x.kind == FORWARD and x.folded in keys:
            for j in range(k + 1, min(len(before), k + _CARD_LINES)):
                y = before[j]
                if y.kind == FORWARD and _TIME_RE.search(y.text) and is_date_line(y.text, header=True):
                    return [*before[:j], Segment(y.text, y.start, DATE), *before[j + 1 :]]
            break
    return before


#: most lines of a shared post's card under its headline, down to the post's stamp; the
#: fewest characters of a headline it is known by
_CARD_LINES = 6
_CARD_HEADLINE_MIN = 20


def split_channel_export(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A Telegram channel's export (its HTML copied as text): ``(the channel's name and the
    first post's head, the posts)``.

    ``Xây dựng Đảng TP`` (the channel) / ``29 July 2025`` / ``11:20`` / the channel again /
    ``Báo Sài Gòn Giải Phóng 29.07.2025 10:48:05`` (the post it forwards: its outlet and
    stamp) / ``Photo`` / ``Not included, change data exporting settings to download.`` /
    ``1280x853, 187.4 KB`` / the post. The channel's name is the site's, the first forward's
    stamp the article's date; each post's head (the day, the channel, a reply's mark, the
    forward's line, a photo left out) is a label, the posts the text.
    """
    channel = segs[0].text if segs else ""
    heads = [i for i, s in enumerate(segs) if _FORWARDED_POST_RE.fullmatch(s.text)]
    if not heads or not any(s.text == channel for s in segs[1 : heads[0]]):
        return [], segs
    first = heads[0]
    m = _FORWARDED_POST_RE.fullmatch(segs[first].text)
    pre = [segs[0]._replace(kind=SITE), *(s._replace(kind=LABEL) for s in segs[1:first]),
           segs[first].trim(0, m.end("who"), LABEL), segs[first].trim(m.start("stamp"), m.end("stamp"), DATE)]
    rest = [s._replace(kind=LABEL) if s.text == channel or s.folded in _EXPORT_HEAD_LINES
            or _EXPORT_MEDIA_RE.fullmatch(s.text) or _FORWARDED_POST_RE.fullmatch(s.text)
            or _EXPORT_DAY_RE.fullmatch(s.text) else s for s in segs[first + 1 :]]
    return pre, rest


#: a forwarded post's line in a channel's export: its outlet and its stamp
_FORWARDED_POST_RE = re.compile(r"(?P<who>\S.{1,80}?) (?P<stamp>\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2})")
#: an export's day over its posts: "29 July 2025"
_EXPORT_DAY_RE = re.compile(r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
                            r"|November|December) \d{4}")
#: a media file left out of an export, its size: "1280x853, 187.4 KB", "00:45, 3.1 MB"
_EXPORT_MEDIA_RE = re.compile(r"(?:\d{2,5}x\d{2,5}|\d{1,2}:\d{2}(?::\d{2})?),\s*[\d.]+\s*[KMG]B")
#: an export's own lines (folded)
_EXPORT_HEAD_LINES = frozenset({
    "photo", "video file", "file", "sticker", "voice message", "in reply to this message",
    "not included, change data exporting settings to download"})


def _chat_message_starts(segs: Sequence[Segment], raw: str) -> list[tuple[int, int]]:
    """Where a chat log's messages open: ``(header, body)`` indexes of each (Messenger's
    header is the sender's name, its time on the line over it, a segment or not)."""
    starts = []
    # (a transcript's time codes from its start, "[00:07] NGỌC DIỆP: ...", open no chat's messages)
    bracketed = "[" in raw and _TRANSCRIPT_START_RE.search(raw) is None
    for i, s in enumerate(segs):
        if s.kind != BODY:
            continue
        if (bracketed and s.text[:1] == "[" or s.text[:1].isdigit()) and regexes.CHAT_HEADER_RE.match(s.text):
            starts.append((i, i + 1))  # (its text on its header's line: "[08:06] Hoàng Vy: Dạ đây anh:")
            continue
        if len(s.text) > _CHAT_HEADER_MAX:
            continue
        if s.text.endswith("]") and _TELEGRAM_HEADER_RE.fullmatch(s.text):
            starts.append((i, i + 1))
            continue
        if _team_chat_header(s.text):
            starts.append((i, i + 1))  # a team chat's: "Huỳnh Thị Ngọc Diễm   7:52 SA"
            continue
        over = _line_over(raw, s.start)
        if over[-3:-2] == ":" and _CHAT_TIME_RE.fullmatch(over) and people.bare_name(s.text) is not None:
            starts.append((i - 1 if i and segs[i - 1].text == over else i, i + 1))
        elif (under := _line_under(raw, s.end))[-3:-2] == ":" and _CHAT_TIME_RE.fullmatch(under) \
                and people.bare_name(s.text) is not None:
            # Zalo's: the sender's name over the time ("Phan Thị Thúy Hằng" / "07:41")
            starts.append((i, i + 2 if i + 1 < len(segs) and segs[i + 1].text == under else i + 1))
    return starts


def _line_over(raw: str, start: int) -> str:
    """The line over the one starting at ``start`` in ``raw``, stripped."""
    over_end = raw.rfind("\n", 0, start)
    return raw[raw.rfind("\n", 0, over_end) + 1 : over_end].strip() if over_end > 0 else ""


def _line_under(raw: str, end: int) -> str:
    """The line under the one ending at ``end`` in ``raw``, stripped."""
    start = raw.find("\n", end) + 1
    if not start:
        return ""
    stop = raw.find("\n", start)
    return raw[start : stop if stop >= 0 else len(raw)].strip()


def _team_chat_header(line: str) -> bool:
    """Whether ``line`` opens a team chat's message: its sender, the time of day beside after
    wide spaces, "Huỳnh Thị Ngọc Diễm   7:52 SA"."""
    return line.endswith(_HALF_DAYS) and "  " in line and people.stamped_sender(line) is not None


#: a time's half of the day, as a team chat's export prints it beside its sender ("7:52 SA")
_HALF_DAYS = ("SA", "CH", "AM", "PM")
#: a Telegram message's header, as its desktop program copies or exports it: the channel's or
#: the sender's name, then the stamp in brackets: "Tin Tức Lào Cai 24h, [25.10.2025 7:15]"
_TELEGRAM_HEADER_RE = re.compile(
    r"(?P<who>[^\[\]\n]{2,80}), \[(?P<stamp>\d{1,2}\.\d{1,2}\.(?:\d{2}){1,2} \d{1,2}:\d{2}(?::\d{2})?)\]")
#: a transcript's first time code: "[00:00]", "[00:07]"
_TRANSCRIPT_START_RE = re.compile(r"^\[00:\d{2}(?::\d{2})?\]", re.M)
#: a cheap test that a text may be a chat's log: a Telegram stamp, or a time alone on its line,
#: or in brackets opening a line
_CHAT_HEADER_HINT_RE = re.compile(
    r", \[\d{1,2}\.\d{1,2}\.(?:\d{2}){1,2} |^[ \t]*(?:\d{1,2}\s+(?:Th|thg|tháng)\s?\d{1,2},?\s+\d{4},?\s+)?\d{1,2}:\d{2}[ \t]*$"
    r"|^" + regexes.BRACKET_STAMP + " |^" + regexes.DASH_STAMP,
    re.M)
#: the end of a team chat's message header, its time's half of the day (a cheap test first):
#: "Lê Hoàng Phúc   7:58 SA"
_HALF_DAY_ENDS = tuple(half + "\n" for half in _HALF_DAYS)
#: a message's time alone on its line (Messenger's), maybe after its day: "07:41", "13 Th01
#: 2026, 07:41"
_CHAT_TIME_RE = re.compile(r"(?:\d{1,2}\s+(?:Th|thg|tháng)\s?\d{1,2},?\s+\d{4},?\s+)?\d{1,2}:\d{2}")
#: fewest messages of a log; the fewest characters of the article's message; a header's longest
_CHAT_MESSAGES_MIN = 3
_CHAT_ARTICLE_MIN = 300
_CHAT_HEADER_MAX = 120


def mark_english_tail(segs: list[Segment]) -> list[Segment]:
    """An English version after the article, marked ``forward``.

    A Party site's page may close with a summary in English (``English summary`` /
    ``Cao Bang reviews Party organisation work in 2020`` / ``CAO BANG, January 8 (CPV) –
    The Organisation Commission ...``): from its first paragraph of English prose (with its
    heading over it) on, up to Vietnamese again, it is kept as ``forward`` text, so the
    article's byline closes the article.
    """
    # (after the article's text: a paragraph in Vietnamese first)
    body = next((k for k, x in enumerate(segs) if x.kind == BODY and len(x.text) >= _ENGLISH_AFTER
                 and not x.text.isascii()), None)
    first = None if body is None else next(
        (k for k in range(body + 1, len(segs)) if segs[k].kind == BODY and _english_prose(segs[k].text)), None)
    if first is None:
        return segs
    start = first
    while start > body + 1 and segs[start - 1].kind == BODY and segs[start - 1].text.isascii() \
            and len(segs[start - 1].text) <= _ENGLISH_HEAD_MAX:
        start -= 1  # its heading and headline: "English summary", "Cao Bang reviews ..."
    end = first + 1
    while end < len(segs) and (segs[end].kind != BODY or segs[end].text.isascii()
                               or _english_prose(segs[end].text)):
        end += 1
    return segs[:start] + [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind)
                           for x in segs[start:end]] + segs[end:]


def split_own_notes(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment]]:
    """``(segs, the reader's own notes)``: a clipping's section of the reader's notes, apart.

    A researcher clips a page into a note app and writes under it (``## Ghi chú của
    tôi`` / their remarks, the documents to look up / ``## Liên quan`` / links to
    other notes): from that heading to the end, the text is the reader's, kept as
    ``forward`` text (its directives count) even when the page's tail (``Tin liên
    quan``) over it ended the article, and the article's byline closes the article.
    """
    m = _OWN_NOTES_RE.search(raw)
    if m is None or not segs or m.start() <= segs[0].start:
        return segs, []
    notes = [Segment(x.text, x.start + m.start(), FORWARD) for x in split_lines(raw[m.start():])]
    return [x for x in segs if x.start < m.start()], notes


#: the heading of a reader's own notes under a clipping: "## Ghi chú của tôi", "Ghi chú riêng:"
_OWN_NOTES_RE = re.compile(
    r"^[ \t#>*_]*(?:(?:ghi chú|ghi chép|nhận xét|bình luận|suy nghĩ|ý kiến)\s+(?:riêng\s+)?của\s+tôi"
    r"|ghi chú\s+(?:riêng|cá nhân)|my\s+notes|personal\s+notes)[ \t*_]*:?[ \t]*$"
    # (or the reposter's words under a repost, on the heading's line: "Vài dòng của mình: ...")
    r"|^(?:vài|đôi|mấy)\s+dòng\s+của\s+(?:tôi|mình)\s*:", re.I | re.M)


def _english_prose(text: str) -> bool:
    """A paragraph in English: plain letters, and English's commonest words."""
    if len(text) < _ENGLISH_PROSE_MIN or sum(c > "\u007f" for c in text) > len(text) // 50:
        return False
    words = text.lower().split()
    return sum(w in _ENGLISH_WORDS for w in words) >= max(3, len(words) // 10)


_ENGLISH_WORDS = frozenset("the of and to in on for with is was were has have its their that by from at".split())
#: the shortest paragraph in Vietnamese before an English tail; its shortest paragraph; its
#: longest heading line
_ENGLISH_AFTER = 200
_ENGLISH_PROSE_MIN = 80
_ENGLISH_HEAD_MAX = 120


def split_pasted_draft(segs: list[Segment], raw: str = "") -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A draft pasted into a message between marks: ``(the note over it, the draft, the
    thread after it)``.

    ``Tin giao ban quý III – nhờ duyệt`` / ``@Lê Văn Hòa anh duyệt giúp em ...`` /
    ``---------- Bản nháp ----------`` / the article / ``---------- Hết bản nháp ----------``
    / the replies: the note and the replies are kept (``forward`` text, not the article's
    lead or body), the marks are labels. So are a reporter's notes over the piece as sent,
    under a rule: ``------`` / ``BÀI GỬI (mail BBT lúc 14h40)`` / the article.
    """
    for j, s in enumerate(segs[:_SENT_MARK_MAX]):
        if not j or j + 1 >= len(segs):
            continue
        if (j < _CHAT_FORWARD_MAX and s.text[:3] in _RULE_STARTS and _DRAFT_MARK_F.fullmatch(s.folded)
                or len(s.text) <= _FORWARD_MARK_MAX and _SENT_MARK_F.fullmatch(s.folded)
                and _RULE_OVER_RE.search(raw, max(0, s.start - _RULE_LOOKBACK), s.start)):
            note = [Segment(x.text, x.start, FORWARD if x.kind == BODY else x.kind) for x in segs[:j]]
            rest = segs[j + 1 :]
            end = next((k for k, x in enumerate(rest) if x.text[:3] in _RULE_STARTS
                        and _DRAFT_END_F.fullmatch(x.folded)), None)
            tail = [] if end is None else [Segment(rest[end].text, rest[end].start, LABEL)] + [
                Segment(x.text, x.start, FORWARD) for x in rest[end + 1 :]]
            return [*note, Segment(s.text, s.start, LABEL)], rest[:end], tail
    return [], segs, []


#: how a draft's marks open: a rule, "-----", "=====", "*****"
_RULE_STARTS = frozenset({"---", "===", "***", "___"})
#: a draft's opening mark (folded, within its rules): "Bản nháp", "Nội dung bài", "Dự thảo tin"
_DRAFT_MARK_F = re.compile(r"(?:ban\s+nhap|ban\s+thao|du\s+thao|noi\s+dung)(?:\s+(?:tin|bai|tin\s+bai|bai\s+viet))?"
                           r"|(?:tin|bai|tin\s+bai|bai\s+viet)\s+(?:nhap|du\s+thao)")
#: the mark over the piece as sent, under a rule (folded): "BÀI GỬI (mail BBT lúc 14h40)", "Bản đã gửi"
_SENT_MARK_F = re.compile(r"(?:bai|ban|tin|noi\s+dung)\s+(?:da\s+)?gui(?:\s+(?:di|bbt|toa\s+soan))?"
                          r"(?:\s*[(:].{0,40})?")
#: how far down it is looked for (under the reporter's notes)
_SENT_MARK_MAX = 40
#: how far back the rule over it is looked for
_RULE_LOOKBACK = 200
#: a rule alone on the line just over a line (the line's start next)
_RULE_OVER_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-=_*─━]{3,}[ \t]*\n)(?:[ \t]*\n)*[ \t]*\Z")
#: its closing mark (folded): "Hết bản nháp", "Kết thúc nội dung"
_DRAFT_END_F = re.compile(r"(?:het|ket\s+thuc)\s+.{0,30}")


#: how far down a chat's forward mark is looked for, and its longest line
_CHAT_FORWARD_MAX = 12
_FORWARD_MARK_MAX = 60


#: a property line of a clipping's or note's header (folded): "created: 2024-10-03",
#: "Source: https://...", "Tags: giao ban" (Obsidian's front matter as :mod:`.markdown` reads it;
#: Notion's, Evernote's and Joplin's tables of properties)
_NOTE_PROPERTY_F = re.compile(
    r"(?P<k>title|full\s+title|source|url|link|author|authors|published(?:\s+date)?|date(?:\s+published)?|pubdate"
    r"|created(?:\s+(?:at|time|on))?|updated(?:\s+(?:at|time|on))?|last\s+edited(?:\s+time)?"
    r"|modified|clipped(?:\s+(?:at|on|from))?|saved(?:\s+(?:at|on))?|date\s+saved|(?:document\s+)?tags?|keywords"
    r"|description|excerpt"
    r"|summary|status|categor(?:y|ies)|site(?:_name)?|language|lang|image|cover|aliases|type"
    r"|rating|notebook|highlights?"
    # a static site's page source (Hugo, Jekyll): its own fields
    r"|lastmod|publishdate|expirydate|draft|slug|layout|permalink|series|images|toc|weight|featured_image"
    r"|thumbnail|comments"
    # a bookmark manager's export (Raindrop.io, Pocket): its own fields
    r"|collection|folder|domain|last_update|raindrop_id|item_id|time_added|favorite|archived|word_count)\s*:")
#: the properties that tell a note's header from an article's lines
_NOTE_ONLY_KEYS = frozenset({
    "source", "url", "created", "updated", "last edited", "modified", "clipped", "saved",
    "tags", "tag", "status", "notebook", "published", "date saved", "document tags",
    "lastmod", "publishdate", "draft", "slug", "layout", "permalink",
    "collection", "last_update", "raindrop_id", "item_id", "time_added"})
#: properties that name the article's author
_NOTE_AUTHOR_KEYS = frozenset({"author", "authors"})
#: properties that state the page's own date (a clipper copies it from the page)
_NOTE_DATE_KEYS = frozenset({"published", "date", "date published", "published date", "pubdate", "publishdate"})
#: a heading over a note's properties (folded): a read-later app's "## Metadata"
_NOTE_PROPERTIES_HEADINGS = frozenset({"metadata", "properties", "thuoc tinh", "thong tin"})
#: how many lines a note's header may hold
_NOTE_HEADER_MAX = 30


def split_note_header(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A clipping's or note's header: ``(its lines, labelled; the article)``.

    Two or more property lines open the text (``created: 2024-10-03``,
    ``Source: https://...``), at least one of them a note's own (a source,
    a clipping's or an edit's day, tags, a status), maybe under the note's
    title (a name the reader gave it, not the headline). They are labelled:
    out of the clean text, and their days are not the article's, except a
    ``published:`` or ``date:`` a clipper copied from the page, which is a
    date line. The article's own lines follow.
    """
    if len(segs) < 3 or ":" not in segs[0].text[:40] + segs[1].text[:40] + segs[2].text[:40]:
        return [], segs
    key = _note_key(segs[0])
    first = 0 if key is not None else 1  # (a note's title over its properties)
    if first and segs[1].folded in _NOTE_PROPERTIES_HEADINGS:
        first = 2  # (under their heading: "## Metadata" / "- Author: ...")
    found: list[str] = []
    for s in segs[first:_NOTE_HEADER_MAX]:  # (most texts stop at their first or second line)
        if s is not segs[0]:
            key = _note_key(s)
        if key is None:
            break
        found.append(key)
    end = first + len(found)
    # ("created at" is a "created"; "last edited" is one of its own)
    if len(found) < 2 or not any(k in _NOTE_ONLY_KEYS or k.split()[0] in _NOTE_ONLY_KEYS for k in found):
        return [], segs
    # (the note's title is the reader's name for it; over a heading, a read-later app's title
    # of the document: "# <headline>" / "## Metadata" / "- Author: ...")
    head = [Segment(segs[0].text, segs[0].start, TITLE if first == 2 else LABEL)] if first else []
    head += [Segment(s.text, s.start, LABEL) for s in segs[1:first]]
    for s, k in zip(segs[first:end], found):
        if k in _NOTE_AUTHOR_KEYS:  # (the author's name, the byline: "author: Hà Phương")
            head += _property_value(s)
        else:
            head.append(Segment(s.text, s.start, DATE if k in _NOTE_DATE_KEYS else LABEL))
    return head, segs[end:]


#: a property's value after its key, without the quotes or the wiki link around it:
#: ``author: "Hà Phương"``, ``author: [[Hà Phương]]``
_PROPERTY_VALUE_RE = re.compile(r"[^:]*:[\s\"'\[]*(.*?)[\s\"'\]]*$")


def _property_value(s: Segment) -> list[Segment]:
    """A note's author property as its key, labelled, and its value, the byline (a person's name)."""
    m = _PROPERTY_VALUE_RE.match(s.text)
    b = people.parse_byline(m.group(1)) if m is not None else None
    if b is None or not b.names:  # (not an outlet: "Author: [[Báo Hải Dương]]")
        return [Segment(s.text, s.start, LABEL)]
    return [Segment(s.text[: m.start(1)], s.start, LABEL), Segment(m.group(1), s.start + m.start(1), BYLINE)]


def split_comparison(segs: list[Segment]) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A word processor's comparison of two versions (Word's "Compare"): ``(its header, labelled;
    the document; its list of changes, labelled)``.

    The header names the two files and when they were compared, and counts the changes
    (``Chèn: 8   Xóa: 9   Di chuyển: 0 ...``); the list under the document (``Các thay đổi
    trong tài liệu chính``) gives each change again, its reviewer and time. Neither is the
    document's text; the marks inside it are read by :func:`without_tracked_changes`.
    """
    if not segs or not _COMPARISON_HEAD_F.fullmatch(segs[0].folded):
        return [], segs, []
    k = next((i for i, s in enumerate(segs[:_COMPARISON_TOP]) if _CHANGE_COUNTS_F.match(s.folded)), None)
    if k is None:
        return [], segs, []
    end = next((i for i in range(k + 1, len(segs)) if _CHANGE_LIST_F.fullmatch(segs[i].folded)), len(segs))
    return ([Segment(s.text, s.start, LABEL) for s in segs[: k + 1]], segs[k + 1 : end],
            [Segment(s.text, s.start, LABEL) for s in segs[end:]])


#: a comparison's first line (folded): "Tài liệu được so sánh", "Comparison result", "Compared document"
_COMPARISON_HEAD_F = re.compile(r"tai\s+lieu\s+(?:duoc\s+)?so\s+sanh|ket\s+qua\s+so\s+sanh|comparison(?:\s+result)?"
                                r"|compared\s+document")
#: its count of changes (folded): "Chèn: 8   Xóa: 9 ...", "Insertions: 8  Deletions: 9"
_CHANGE_COUNTS_F = re.compile(r"(?:chen|insertions?)\s*:\s*\d+\s+(?:xoa|deletions?)\s*:\s*\d+")
#: the heading of its list of changes (folded)
_CHANGE_LIST_F = re.compile(r"cac\s+thay\s+doi(?:\s+trong\s+tai\s+lieu\s+chinh)?|main\s+document\s+changes(?:\s+and\s+comments)?")
#: how far down a comparison's count of changes is looked for
_COMPARISON_TOP = 15


def split_viewer_header(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A publication read in an online viewer (a flipbook's, Issuu's): ``(the viewer's header,
    labelled, its day kept; the publication's pages)``.

    Over the viewer's toolbar (``Thu nhỏ − 100% + Phóng to ⛶ Toàn màn hình ⤓ Tải xuống``) stand
    the site's menu, the publication's name, its publisher and the day it was published: the
    publication's, not an article's headline; the article's is on its pages under the toolbar.
    """
    k = next((i for i, s in enumerate(segs[:_VIEWER_TOP])
              if len(s.text) <= _CHROME_MAX and len(_VIEWER_TOOLS_RE.findall(s.text)) >= _VIEWER_TOOLS), None)
    if k is None:
        return [], segs
    return [Segment(s.text, s.start, DATE if is_date_line(s.text, header=True) else LABEL)
            for s in segs[: k + 1]], segs[k + 1 :]


#: how far down a viewer's toolbar is looked for; how many of its tools make one
_VIEWER_TOP, _VIEWER_TOOLS = 12, 3
#: a viewer's tools: "Thu nhỏ", "Phóng to", "Toàn màn hình", "Tải xuống" (or in English)
_VIEWER_TOOLS_RE = re.compile(r"Thu nhỏ|Phóng to|Toàn màn hình|Tải xuống|Zoom (?:in|out)|Full ?screen|Download")


def drop_language_list(segs: list[Segment]) -> list[Segment]:
    """Drop a translation widget's list of languages, one a line, from ``Afrikaans`` (``Tiếng
    Afrikaans``) on, the first in alphabetical order in either language: short names, with no
    digit and no sentence, down to the first line that is none."""
    out: list[Segment] = []
    listing = False
    for s in segs:
        if not listing and s.text in _FIRST_LANGUAGES:
            listing = True
            continue
        if listing and len(s.text) <= _LANGUAGE_MAX and s.text[:1].isupper() and not _DIGIT_RE.search(s.text) \
                and not s.text.endswith((".", ":")):
            continue
        listing = False
        out.append(s)
    return out


def drop_other_script_lines(segs: list[Segment]) -> list[Segment]:
    """Drop the lines written mostly in another script: a Khmer, Lao, Thai or Chinese edition's
    block printed over or beside the Vietnamese article (its menu, headline, date line and lead,
    "ឃុំ Tập Sơn ផ្សព្វផ្សាយ..."), which is the translation's, not the article's. A line of
    Vietnamese with a few words of it stays: "Quang cảnh hội nghị. (ទិដ្ឋភាពសន្និសីទ)"."""
    out = []
    for s in segs:
        other = sum(c.isalpha() for c in _OTHER_SCRIPT_RE.findall(s.text))  # (not a vowel's sign)
        if other and 2 * other >= sum(c.isalpha() for c in s.text):
            continue
        out.append(s)
    return out


#: a letter of the scripts :func:`drop_other_script_lines` reads (Thai, Lao, Khmer, CJK)
_OTHER_SCRIPT_RE = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u4e00-\u9fff]")


#: the first of a translation widget's languages; the longest name ("Tiếng Creole ở Haiti")
_FIRST_LANGUAGES = frozenset({"Afrikaans", "Tiếng Afrikaans"})
_LANGUAGE_MAX = 30


def split_photo_post(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A photo post copied from its web page (Instagram's): ``(the post's header, labelled; the
    post; its day)``.

    The poster's handle, ``•`` and ``Theo dõi`` (``Follow``) head the page (and are dropped as
    widgets); the place tagged under them is no headline (kept as text, not the lead), and
    the caption opens with the handle again: ``ninhbinh.xaydungdang 📌 GIAO BAN ...``. The
    caption's words are the post; its day is under its likes, after the comments.
    """
    m = _PHOTO_POST_HEAD_RE.match(raw)
    if m is None:
        return [], segs, []
    handle = m.group("handle") + " "
    k = next((i for i, s in enumerate(segs[:_PHOTO_POST_TOP]) if s.text.startswith(handle)), None)
    if k is None:
        return [], segs, []
    cap = segs[k]
    # (the post's age and its comments' ages and handles are no text: "3 ngày", "2 ngày  Trả
    # lời", "mai.huong_92")
    post = [cap.trim(len(handle), len(cap.text))] + [
        Segment(s.text, s.start, LABEL) if len(s.text) <= _POST_DAY_MAX and (
            regexes.RELATIVE_STAMP_F.fullmatch(s.folded) or _COMMENT_STAMP_F.fullmatch(s.folded)
            or _HANDLE_RE.fullmatch(s.text)) else s for s in segs[k + 1 :]]
    # (the post's day, alone on its line under its likes, after the comments: "18 tháng 11, 2025";
    # set apart, so that it anchors no headline over it)
    day = next((i for i in range(len(post) - 1, 0, -1) if len(post[i].text) <= _POST_DAY_MAX
                and is_date_line(post[i].text, header=True)), None)
    tail = [] if day is None else [post.pop(day)._replace(kind=DATE)]
    # (the place tagged is kept, not the article's lead: "Ninh Bình, Việt Nam")
    return [Segment(s.text, s.start, FORWARD) for s in segs[:k]] + [cap.trim(0, len(handle), LABEL)], post, tail


#: a photo post's page head: the poster's handle, "•", "Theo dõi" (each alone on its line)
_PHOTO_POST_HEAD_RE = re.compile(r"\s*(?P<handle>[\w.]{2,30})[ \t]*\n\s*•[ \t]*\n\s*(?:Theo dõi|Follow)[ \t]*\n")
#: a comment's age and its actions (folded): "2 ngày  Trả lời", "6 ngày  4 lượt thích  Trả lời"
_COMMENT_STAMP_F = re.compile(r"\d{1,2}\s*(?:ngay|gio|phut|tuan|d|h|m|w)(?:\s+[\d.,]+\s+luot\s+thich)?\s+(?:tra\s+loi|reply)")
#: a user's handle, lower-case, with a dot, an underscore or a digit: "mai.huong_92"
_HANDLE_RE = re.compile(r"(?=[^\s]*[._\d])[a-z][a-z0-9._]{2,29}")
#: longest line holding a photo post's day alone
_POST_DAY_MAX = 30
#: how many lines (the place tagged) may stand between a photo post's head and its caption
_PHOTO_POST_TOP = 3


def split_highlights_export(segs: list[Segment]) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """An e-reader's export of a reader's highlights in a book (Kindle's notebook, Kobo's
    ``Chú thích của tôi``): ``(the export's head, labelled; the passages)``.

    The head names the app, the book, its authors and publisher and counts the highlights;
    each passage stands under its colour and place (``Yellow highlight | Location: 2,411``,
    ``Tô sáng · Chương 7 · Trang 141/388 · 36%``), with the day it was marked, a menu
    (``Options``) and the reader's note under it. When the passages are an article collected
    in the book, its headline is the chapter's, numbered just over the first passage
    (``Chương 7. Vĩnh Long: Sơ kết ...``, ``Bài 14. Giao ban ...``), not the book's title,
    and the next numbered chapter is another article (kept as text, after it); the days
    marks were made, the export's and the app's last sync are not the article's.
    """
    first = next((i for i, s in enumerate(segs) if _HIGHLIGHT_META_RE.match(s.text)), None)
    if first is None or sum(1 for s in segs[first:] if _HIGHLIGHT_META_RE.match(s.text)) < _HIGHLIGHT_METAS:
        return [], segs, []
    head = segs[:first]
    chapter = _CHAPTER_HEAD_RE.fullmatch(head[-1].text) if head else None
    if chapter is not None:
        # (the book's lines over the chapter's headline: authors and editors kept as text)
        preamble = [s if _HEAD_PERSON_RE.search(s.text) else s._replace(kind=LABEL) for s in head[:-1]]
        rest = [head[-1].trim(chapter.start("head"), len(head[-1].text))]
    else:
        preamble = [s._replace(kind=LABEL) for s in head if _HIGHLIGHTS_APP_F.match(s.folded)]
        rest = [s for s in head if not _HIGHLIGHTS_APP_F.match(s.folded)]
    after_meta = False
    tail: list[Segment] = []
    for s in segs[first:]:
        if not tail and chapter is not None and _CHAPTER_HEAD_RE.fullmatch(s.text):
            out = tail  # (the next chapter: another article)
        else:
            out = tail or rest
        meta = _HIGHLIGHT_META_RE.match(s.text) is not None
        if meta or s.folded in _HIGHLIGHT_MENU or _HIGHLIGHTS_APP_F.match(s.folded) \
                or after_meta and len(s.text) <= _POST_DAY_MAX and is_date_line(s.text, header=True):
            out.append(s._replace(kind=LABEL))
        else:
            out.append(s._replace(kind=FORWARD) if out is tail else s)
        after_meta = meta or after_meta and s.folded in _HIGHLIGHT_MENU
    return preamble, rest, tail


def split_clippings_file(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A Kindle's ``My Clippings.txt`` of one article's passages: ``(its first entry's head,
    the article)``.

    Each entry opens with the book's (here the article's) title and its author in brackets,
    then its kind, place and day (``- Your Highlight on Location 9-12 | Added on Tuesday, 20
    July 2021 21:46:03``), then the passage, and ends with a rule of ``=`` (dropped already).
    The first title, without the author, is the headline; the titles again, the entries' heads
    and their days (when the reader marked the passage) are labels; a passage under a note's
    head is the reader's own words, kept as ``forward`` text.
    """
    metas = [i for i, s in enumerate(segs) if s.text[:1] == "-" and _CLIPPING_META_RE.match(s.text)]
    if len(metas) < _HIGHLIGHT_METAS or metas[0] == 0:
        return [], segs
    book = segs[metas[0] - 1]
    author = _CLIPPING_AUTHOR_RE.search(book.text)
    out = [book.trim(0, author.start()) if author else book, *(
        [book.trim(author.start(), len(book.text), LABEL)] if author else [])]
    note = False
    for i in range(metas[0] + 1, len(segs)):
        s = segs[i]
        if s.text == book.text:
            out.append(s._replace(kind=LABEL))
        elif s.text[:1] == "-" and (m := _CLIPPING_META_RE.match(s.text)) is not None:
            out.append(s._replace(kind=LABEL))
            note = (m.group("kind") or m.group("vi")).casefold() in _CLIPPING_NOTES
        else:
            out.append(s._replace(kind=FORWARD) if note else s)
    return [*segs[: metas[0] - 1], segs[metas[0]]._replace(kind=LABEL)], out


#: a clipping's head under the title: its kind, its place, the day it was marked
_CLIPPING_META_RE = re.compile(
    r"-\s*(?:Your\s+(?P<kind>Highlight|Note|Bookmark)|(?:Phần\s+)?(?P<vi>tô sáng|đánh dấu|ghi chú)\s+của\s+bạn)\b"
    r"[^|\n]{0,60}\|\s*(?:Added\s+on|Đã\s+thêm\s+vào)\b", re.I)
#: a clipping's kinds whose passage is the reader's own words
_CLIPPING_NOTES = frozenset({"note", "ghi chú"})
#: the author in brackets after a clipping's title: "... vùng cao (Báo Bình Định)"
_CLIPPING_AUTHOR_RE = re.compile(r"\s*\([^()]{2,60}\)$")


#: a highlight's head: its colour or kind, then its place in the book (a location, a page, a
#: chapter) after "|" or "·"
_HIGHLIGHT_META_RE = re.compile(
    r"(?:\w+\s+)?(?:highlight|tô sáng|đánh dấu|note|ghi chú)\s*(?:\([^)\n]{1,20}\)\s*)?[|·]\s*"
    r"(?:location|page|vị trí|trang|chương|chapter)\b", re.I)
#: how many highlights make an export
_HIGHLIGHT_METAS = 2
#: a numbered chapter's heading on one line: "Chương 7. Vĩnh Long: ...", "Bài 14. Giao ban ..."
_CHAPTER_HEAD_RE = re.compile(
    r"(?:chương|bài|phần|chapter|part)\s+(?:\d{1,3}|[IVXLC]{1,6})\s*[.:–-]\s+(?P<head>\S.{15,200})", re.I)
#: an author's or an editor's line over the chapter: "Lâm Quốc Việt (chủ biên)"
_HEAD_PERSON_RE = re.compile(r"\((?:chủ biên|biên soạn|tác giả|dịch)\)|^(?:chủ biên|tác giả|biên soạn)\s*:", re.I)
#: the menu under a highlight's head
_HIGHLIGHT_MENU = frozenset({"options", "tuy chon"})
#: an export's own lines (folded): its heading, its counts, its last sync, its stamp
_HIGHLIGHTS_APP_F = re.compile(
    r"your kindle notes for\b|chu thich cua toi\b|ghi chu tu\b|last accessed\b|dong bo hoa\b"
    r"|\d+ (?:highlight|note|to sang|ghi chu|danh dau)|sap xep theo\b|(?:xuat|exported) (?:tu|from)\b")


def split_course_reading(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A learning platform's page holding an article to read between two rules (Moodle's):
    ``(the page over it, kept as text; the article; the page under it, kept as text)``.

    Over the first rule stand the course's menus, the activity's conditions and its opening
    and closing days (``Mở: Thứ Hai, 3 tháng 11 2025, 7:00 AM``) and the lecturer's
    instructions; under the second, the questions for discussion and the platform's blocks.
    Their days and documents are the course's, its lecturer's words no article's lead.
    """
    head = _COURSE_PAGE_RE.search(raw, 0, _COURSE_PAGE_TOP)
    rules = list(_RULE_LINE_RE.finditer(raw, head.end())) if head else []
    if not rules:
        return [], segs, []
    a = rules[0].end()
    b = rules[1].start() if len(rules) > 1 else len(raw)
    article = [s for s in segs if a <= s.start < b]
    if len(article) < _ARTICLE_LINES_MIN:
        return [], segs, []
    return ([s._replace(kind=FORWARD) for s in segs if s.start < a], article,
            [s._replace(kind=FORWARD) for s in segs if s.start >= b])


#: a learning platform's words over its activity: "Khóa học của tôi", "Điều kiện hoàn thành"
_COURSE_PAGE_RE = re.compile(r"Khóa học của tôi|Điều kiện hoàn thành|My courses|Completion requirements")
_COURSE_PAGE_TOP = 3000
#: a rule alone on its line: "----------", "══════════"
_RULE_LINE_RE = re.compile(r"^[ \t]*[-=─━═_*~]{8,}[ \t]*$", re.M)
#: the fewest lines of an article set apart from what stands around it (a course's page, a
#: bookmark manager's list)
_ARTICLE_LINES_MIN = 3


def _kept_as_text(segs: Sequence[Segment]) -> list[Segment]:
    """``segs`` over the article kept as text, not as its lead, headline or date line (their
    labels stay labels)."""
    return [s._replace(kind=FORWARD) if s.kind in (BODY, TITLE, DATE) else s for s in segs]


def split_memory_share(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A social network's memory shared again years on (Facebook's ``Kỷ niệm``): ``(the
    sharer's new words, kept as text, and the memory's mark, labelled; the old post)``.

    ``Phạm Thị X`` / ``20 tháng 12 lúc 08:47`` / today's words / ``Kỷ niệm`` / ``7 năm trước``
    / ``Phạm Thị X`` / ``20 tháng 12, 2018`` / the old post: the article is the old post,
    under its own poster and date; the words over it are today's, their day not its own.
    """
    for k, s in enumerate(segs[:_MEMORY_TOP]):
        if k and _MEMORY_MARK_F.fullmatch(s.folded) and k + 1 < len(segs):
            n = k + 1 if _YEARS_AGO_F.fullmatch(segs[k + 1].folded) else k
            if n == k and not _YEARS_AGO_F.search(s.folded):
                continue
            return _kept_as_text(segs[:k]) + [x._replace(kind=LABEL) for x in segs[k : n + 1]], segs[n + 1 :]
    return [], segs


#: how far down a memory's mark is looked for
_MEMORY_TOP = 20
#: a memory's mark (folded): "Kỷ niệm", "Kỷ niệm · 7 năm trước", "Memories", "On this day"
_MEMORY_MARK_F = re.compile(r"(?:ky niem|memories|on this day)(?:\s*[·•-]?\s*\d{1,2}\s+(?:nam truoc|years? ago))?")
#: how long ago (folded): "7 năm trước", "3 years ago"
_YEARS_AGO_F = re.compile(r"\d{1,2}\s+(?:nam truoc|years? ago)")


def split_chatbot_paste(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """An article pasted into a chatbot's conversation: ``(the request over it, labelled; the
    article; the chatbot's answers and the rest of the talk, labelled as a page's comments are)``.

    ``Bạn đã nói:`` / ``Tóm tắt giúp tôi bài này:`` / the article / ``ChatGPT đã nói:`` / its
    summary, which cites the article's documents again, some wrongly ("Kế hoạch 81" for 18):
    none of it the article's. (A conversation with no article pasted, the answer all there is,
    stays whole.)
    """
    user = _USER_TURN_RE.search(raw, 0, _CHAT_TURN_TOP)
    bot = _BOT_TURN_RE.search(raw)
    if user is None or bot is None or bot.start() < user.end():
        return [], segs, []
    article = [s for s in segs if s.start < bot.start()]
    if len(article) < _ARTICLE_LINES_MIN + 1:
        return [], segs, []
    request = []
    if article[0].text.endswith(":") or _REQUEST_F.match(article[0].folded):
        request, article = [article[0]._replace(kind=LABEL)], article[1:]
    return request, article, [s._replace(kind=LABEL) for s in segs if s.start >= bot.start()]


#: how far into the text a conversation's first turn is looked for
_CHAT_TURN_TOP = 200
#: a chatbot conversation's turns, a line each: "Bạn đã nói:", "You said:"; "ChatGPT đã nói:"
_USER_TURN_RE = re.compile(r"^(?:Bạn|You) (?:đã nói|said):?[ \t]*$", re.MULTILINE)
_BOT_TURN_RE = re.compile(r"^" + regexes.alt(regexes.CHATBOT_NAMES, flexible_space=False)
                          + r" (?:đã nói|said):?[ \t]*$", re.MULTILINE)
#: a request to the chatbot over what is pasted (folded): "Tóm tắt giúp tôi bài này", "Hãy ..."
_REQUEST_F = re.compile(r"(?:tom\s+tat|hay|giup|viet|doc|phan\s+tich|liet\s+ke|summari[sz]e|please)\b")


def split_bookmark_list(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A bookmark manager's export over the copy it kept of one page (Raindrop's, Pocket's):
    ``(the bookmarks, kept as text, and the copy's head, labelled; the page)``.

    Each bookmark is a title with its fields (``URL: ...``, ``Tags: ...``, ``Excerpt: ...``,
    ``Saved: Jul 13, 2023, 9:41 PM``); under the last, the page kept whole, from its own
    headline on (``Permanent copy · baodongnai.com.vn · saved Jul 13, 2023`` over it).
    """
    fields = [i for i, s in enumerate(segs[:_BOOKMARKS_TOP]) if _BOOKMARK_FIELD_F.match(s.folded)]
    if sum(1 for i in fields if segs[i].folded.startswith(("saved", "da luu", "luu luc"))) < _BOOKMARKS_MIN:
        return [], segs
    k = fields[-1] + 1
    head = _kept_as_text(segs[:k])
    while k < len(segs) and _KEPT_COPY_F.match(segs[k].folded):
        head.append(segs[k]._replace(kind=LABEL))
        k += 1
    if len(segs) - k < _ARTICLE_LINES_MIN:
        return [], segs
    return head, segs[k:]


#: how far down a bookmark's fields are looked for; how many bookmarks make a list
_BOOKMARKS_TOP, _BOOKMARKS_MIN = 120, 2
#: a bookmark's field (folded): "url: ...", "tags: ...", "excerpt: ...", "saved: ..."
_BOOKMARK_FIELD_F = re.compile(r"(?:url|tags?|excerpt|saved|note|highlights?|the|trich\s+doan|da\s+luu|luu\s+luc"
                               r"|ghi\s+chu)\s*:")
#: the head of the copy kept of a page (folded): "permanent copy · site · saved ...", "bản lưu vĩnh viễn"
_KEPT_COPY_F = re.compile(r"(?:permanent\s+copy|ban\s+(?:sao\s+)?luu(?:\s+vinh\s+vien)?|saved\s+copy)\b")


def split_full_text_mark(segs: list[Segment], raw: str) -> tuple[list[Segment], list[Segment]]:
    """A digest's or a note's matter over the article's full text, under a line that says so
    (``TOÀN VĂN BÀI VIẾT (lưu trong Reader)``, ``BÀI GỐC (copy từ baonghean.vn)``): ``(the
    matter over it, labelled; the article, its lines read afresh)``.

    A review mail's highlights, a digest's other items, a note's outline of the article or
    its reader's remarks over it are not the article's text: their documents, people and
    days are others' or the reader's. The line (which the first steps may have dropped as a
    link, or taken with the headline under it for a box of related news) is found in
    ``raw``; it must stand a few lines down, with a headline under it (no sentence). The
    article's lines are the first steps' over the text under it alone.
    """
    mark = _full_text_mark(raw)
    if mark is None or sum(1 for s in segs if s.start < mark[0]) < _FULL_TEXT_MARK_MIN:
        return [], segs
    blank = _NOT_NEWLINE_RE.sub(" ", raw[: mark[1]])
    article = cut_next_article(_first_steps(blank + raw[mark[1] :]), raw)
    if not article or article[0].text.endswith(".") or len(article[0].text) > _CHROME_MAX:
        return [], segs
    # (but for the page's own date line a clipping form copied over it: "Ngày đăng: 13/3/2020")
    return [Segment(s.text, s.start, DATE if _PAGE_DATE_FIELD_F.match(s.folded) else LABEL)
            for s in segs if s.start < mark[0]], article


#: a clipping form's field of the page's date (folded): "Ngày đăng: 13/3/2020"
_PAGE_DATE_FIELD_F = re.compile(r"(?:ngay\s+dang|ngay\s+dang\s+bai|ngay\s+xuat\s+ban)\s*:")


def _full_text_mark(raw: str) -> tuple[int, int] | None:
    """The span of the first line over an article's full text, found from its words (a
    ``str.find`` each: most texts hold none, and a scan of every line would cost more)."""
    for key in _FULL_TEXT_KEYS:
        i = raw.find(key)
        while i >= 0:
            start = raw.rfind("\n", 0, i) + 1
            end = raw.find("\n", i)
            end = len(raw) if end < 0 else end
            if end - start <= _MARKER_MAX + 20 and _FULL_TEXT_MARK_RE.fullmatch(raw, start, end):
                return start, end
            i = raw.find(key, end)
    return None


#: the words the line over an article's full text holds, as printed
_FULL_TEXT_KEYS = ("oàn văn", "OÀN VĂN", "ầy đủ", "ẦY ĐỦ", "gốc", "GỐC", "guyên văn", "GUYÊN VĂN",
                   "Content\n", "Full text\n", "ội dung bài", "ỘI DUNG BÀI")
#: the line over an article's full text: "Toàn văn bài viết", "Nội dung đầy đủ của bài viết", "Bài
#: viết đầy đủ (lưu trong Reader)", "BÀI GỐC (copy từ baonghean.vn)", "Nguyên văn bài báo:"
_FULL_TEXT_MARK_RE = re.compile(
    # (or a bookmark manager's heading over it, under its highlights: "## Content", its
    # Markdown read: "Content")
    r"(?:#{1,3}[ \t]+)?(?:content|full\s+text)[ \t]*\r?"
    r"|[ \t=*#_>-]*(?:(?:toàn\s+văn|nội\s+dung(?:\s+đầy\s+đủ)?|bản\s+đầy\s+đủ)(?:\s+của)?\s+bài\s+(?:viết|báo)"
    r"|bài\s+(?:viết|báo)\s+đầy\s+đủ|(?:bài|bản)\s+gốc|nguyên\s+văn\s+bài\s+(?:viết|báo))"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:?[ \t=*#_-]*\r?", re.I)
#: fewest lines over the line over an article's full text
_FULL_TEXT_MARK_MIN = 3


def split_covering_letter(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """A Party office's letter sending an article on (a ``công văn``), the article copied
    under it: ``(the letter, its header labelled and its text ``forward``; the article)``.

    The letter's header (the committee, ``Số 1047-CV/BTCTU``, ``Gia Lai, ngày 14 tháng
    10 năm 2025``) is the letter's, not the article's: its number is no reference, its
    day not the article's. Its text, recipients and signature (the signer's name in a
    column beside the recipients) stay as ``forward`` text, their documents and people
    with them. The article starts under the line that says it is sent with the letter
    (``BÀI VIẾT SAO GỬI KÈM CÔNG VĂN SỐ 1047-CV/BTCTU``) and the source line under it.
    """
    k = next((i for i, s in enumerate(segs[:_COVERING_LETTER_MAX])
              if len(s.text) <= _CHROME_MAX and _ATTACHED_ARTICLE_F.match(s.folded)), None)
    if k is None or not any(_is_doc_header_line(p) for s in segs[: min(k, _DOC_HEAD_MAX)] for p in _columns(s)):
        return [], segs
    end = k + 2 if k + 1 < len(segs) and _SOURCE_LINE_F.fullmatch(segs[k + 1].folded) else k + 1
    letter = [Segment(p.text, p.start, LABEL if _is_doc_header_line(p) else FORWARD)
              for s in segs[:k] for p in _columns(s)]
    return letter + [Segment(s.text, s.start, LABEL) for s in segs[k:end]], segs[end:]


#: how far down a covering letter's line announcing the article is looked for
_COVERING_LETTER_MAX = 60
#: the line announcing the article a letter sends on (folded): "Bài viết sao gửi kèm Công văn số ...",
#: "Tài liệu gửi kèm theo Công văn ...", "Nội dung bài viết được sao gửi"
_ATTACHED_ARTICLE_F = re.compile(
    r"[(\[]?\s*(?:bai\s+(?:viet|bao)|tin\s+bai|noi\s+dung\s+bai\s+(?:viet|bao)|tai\s+lieu)"
    r"\s+(?:duoc\s+)?(?:sao\s+)?gui\s+kem\b")
#: the article's source under it: "(Nguồn: Báo Gia Lai điện tử, bản in từ trang web)", a print
#: extension's "Source: https://..." (not chrome: a clipping's front matter opens with one)
_SOURCE_LINE_F = re.compile(r"\(?\s*(?:nguon|source)\s*:.{2,120}")


def split_team_wiki_page(segs: list[Segment]) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A team wiki's page (Confluence) copied whole: ``(its chrome, labelled, and its
    title; the page's body; its trailer, labelled)``.

    The wiki's menus, its page tree (the page's neighbours, each a headline) and
    its breadcrumbs come first; the page's title sits between the banner's skip
    links and the metadata's (``Skip to end of metadata``), its author and last
    edit (``Created by ..., last modified by ... on Jul 14, 2020``, not the
    article's day) under it. The attachments, labels, comments and the wiki's
    footer follow the body.
    """
    skip = next((i for i, s in enumerate(segs[:_TEAM_WIKI_TOP]) if s.folded in _METADATA_SKIPS), None)
    if skip is None or skip == 0:
        return [], segs, []
    end = next((i for i in range(skip + 1, min(skip + 4, len(segs))) if segs[i].folded in _METADATA_ENDS), skip)
    # (the title opens the body, for the headline's marking: its metadata's lines are labelled)
    head = [Segment(s.text, s.start, LABEL) for s in segs[: skip - 1]]
    body = [segs[skip - 1]] + [Segment(s.text, s.start, LABEL) for s in segs[skip : end + 1]] + segs[end + 1 :]
    stop = next((i for i, s in enumerate(body) if _TEAM_WIKI_TRAILER_F.fullmatch(s.folded)), len(body))
    return head, body[:stop], [Segment(s.text, s.start, LABEL) for s in body[stop:]]


#: how far down a team wiki's metadata is looked for
_TEAM_WIKI_TOP = 80
#: the skip link over a wiki page's metadata, and the one under it (folded)
_METADATA_SKIPS = frozenset({"skip to end of metadata", "bo qua den cuoi sieu du lieu",
                             "chuyen den cuoi sieu du lieu"})
_METADATA_ENDS = frozenset({"go to start of metadata", "di den dau sieu du lieu", "chuyen den dau sieu du lieu"})
#: the first line of a wiki page's trailer (folded): its attachments, labels, likes, comments
_TEAM_WIKI_TRAILER_F = re.compile(
    r"(?:attachments|labels|tep\s+dinh\s+kem|nhan)\s*:?|like\s+be\s+the\s+first\s+to\s+like\s+this"
    r"|\d{1,4}\s+(?:comments?|binh\s+luan)|no\s+labels|powered\s+by\s+atlassian\s+confluence.*")


def split_wire_header(segs: list[Segment]) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """A news agency's wire item as its subscribers receive it: ``(its header, labelled;
    the item; its trailer)``.

    The telex frame's lines (``ZCZC``, a message number ``TTX2417 3 TTN 0612 VN``, desk
    codes) and the item's fields (``SLUG:``, ``ƯU TIÊN:``, ``CẤM ĐĂNG TRƯỚC:``,
    ``SỐ CHỮ:``, ``KÈM ẢNH:``) open the text; the headline follows. The time the
    item was sent (``PHÁT: 10/09/2025 21:47``) is its date line; an embargo's day is
    not the publication's. After the item's end (``HẾT``) come the desk's credits,
    the reporter's among them (``PV: Thanh Liêm  BT: NHY``: the byline), notes to
    editors and the frame's close (``NNNN``).
    """
    head: list[Segment] = []
    fields = 0
    for s in segs[:_WIRE_HEADER_MAX]:
        m = _WIRE_FIELD_F.match(s.folded)
        if m:
            fields += 1
            head.append(Segment(s.text, s.start, DATE if m.group("sent") else LABEL))
        elif s.text == "ZCZC" or _WIRE_CODE_RE.fullmatch(s.text):
            head.append(Segment(s.text, s.start, LABEL))
        else:
            break
    if fields < 2 or len(head) == len(segs):
        return [], segs, []
    segs = segs[len(head) :]
    end = next((i for i in range(max(1, len(segs) - _WIRE_TRAILER_MAX), len(segs))
                if segs[i].text in _WIRE_ENDS), len(segs))
    tail = []
    for s in segs[end:]:
        m = _WIRE_REPORTER_RE.search(s.text)
        if m:
            tail += [Segment(s.text[: m.start(1)], s.start, LABEL),
                     Segment(m.group(1), s.start + m.start(1), BYLINE),
                     Segment(s.text[m.end(1) :], s.start + m.end(1), LABEL)]
        else:
            tail.append(Segment(s.text, s.start, LABEL))
    return head, segs[:end], [t for t in tail if t.text.strip()]


#: the line closing a wire item's text, and its frame
_WIRE_ENDS = frozenset({"HẾT", "(HẾT)", "-HẾT-", "NNNN"})
#: how many lines a wire item's trailer may hold
_WIRE_TRAILER_MAX = 10
#: the reporter among a wire item's credits: "PV: Thanh Liêm  BT: NHY"
_WIRE_REPORTER_RE = re.compile(r"\b(?:PV|Phóng viên|PHÓNG VIÊN)\s*:\s*([^\W\d_][^:\d]{1,60}?)(?=\s{2,}|\s*$|\s+[A-ZĐ]{2,4}\s*:)")
#: a wire item's field (folded): its slug, priority, embargo, length, photos, or the time it was sent
_WIRE_FIELD_F = re.compile(
    r"(?:slug|uu\s+tien(?:\s*/\s*uu\s+tien)?|priority|cam\s+dang(?:\s+truoc)?|embargo|so\s+chu|words"
    r"|kem\s+anh|anh\s+kem|chuyen\s+muc|ma\s+tin|tu\s+khoa|(?P<sent>phat|gio\s+phat|thoi\s+gian\s+phat|phat\s+luc))"
    r"\s*:")
#: a telex frame's code line: capitals, digits and slashes ("TTX2417 3 TTN 0612 VN", "/BBT-TTN/ /PX-CT/")
_WIRE_CODE_RE = re.compile(r"[A-ZĐ0-9/ -]{2,60}")
#: how many lines a wire item's header may hold
_WIRE_HEADER_MAX = 16


def _note_key(s: Segment) -> str | None:
    if ":" not in s.text[:40]:
        return None
    folded = folded_line(s.text[:40])
    if ":" not in folded:
        folded += ":"  # (a property with no value, its colon stripped off the line's end: "published:")
    m = _NOTE_PROPERTY_F.match(folded)
    return " ".join(m.group("k").split()) if m else None


def _thread_replies(segs: Sequence[Segment]) -> int:
    """Where the forwarded mail starts under a thread's replies, or 0.

    A mail app's thread copied whole (``Re: Fwd: Bài báo ...`` / the last reply
    on top / ``Vào ... đã viết:`` / the quoted ones / ``---------- Forwarded
    message ---------`` / its headers / the article): the replies over the
    last forward marker are the thread's, kept as ``forward`` text.
    """
    if not _REPLY_SUBJECT_RE.match(segs[0].text):
        return 0
    marks = [j for j, s in enumerate(segs[2:_THREAD_MAX], 2) if len(s.text) <= _FORWARD_MARK_MAX
             and "orward" in s.text and regexes.FORWARD_MARK_F.fullmatch(folded_line(s.text))]
    return marks[-1] if marks and _opens_mail(segs[marks[-1] :]) else 0


def _reply_quote(segs: Sequence[Segment], raw: str) -> int:
    """Where the article starts in a reply that quotes it, or 0.

    ``Re: Nhờ em rà lại số liệu ...`` / the reply, its signature / ``Vào Th 3, 12 thg 3,
    2024 lúc 09:15 Nguyễn Thị Tuyết Mai <...> đã viết:`` / the quoted mail (its marks gone,
    see :func:`unquote`): its note, then a rule, then the article; with no rule under a short
    note, the quote is the article.
    """
    if not _REPLY_SUBJECT_RE.match(segs[0].text):
        return 0
    head = next((j for j, s in enumerate(segs[1:_THREAD_MAX], 1)
                 if ("viết" in s.text or "wrote" in s.text) and _QUOTE_HEADER_F.fullmatch(s.folded)), None)
    if head is None or len(segs) - head <= _ARTICLE_MIN_LINES:
        return 0
    for k in range(head + 2, min(len(segs), head + 2 + _COVER_NOTE_MAX + _SIGNATURE_LINES)):
        if regexes.SEPARATOR_LINE_RE.search(raw, segs[k - 1].end, segs[k].start):
            return k  # the quoted note, a rule, the article
    return head + 1


#: a reply's line over the mail it quotes (folded): "Vào Th 3, 12 thg 3, 2024 lúc 09:15 Nguyễn
#: Thị Tuyết Mai <...> đã viết:", "On Tue, Mar 12, 2024 at 9:15 AM Mai <...> wrote:"
_QUOTE_HEADER_F = re.compile(r"(?:vao|on)\s.{6,160}?\s(?:da\s+viet|wrote)\s*:?")
#: a reply's or a forward's subject opening a thread: "Re: Fwd: Bài báo giao ban tháng 10"
_REPLY_SUBJECT_RE = re.compile(r"(?:(?:Re|RE|Fwd|FWD|Fw|FW|TR|Tr|Trả lời|Chuyển tiếp)\s*:\s*)+\S")
#: how far into a thread its forward marker is looked for
_THREAD_MAX = 80


#: most lines of a sender's signature (a name, a post, an office, phones)
_SIGNATURE_LINES = 6


def _mail_below(segs: Sequence[Segment], j: int, n: int) -> bool:
    """Whether a mail's headers (or a forward's mark) open within ``n`` lines from ``segs[j]``."""
    return any(_opens_mail(segs[k : k + 2]) for k in range(j, min(len(segs) - 1, j + n)))


def _opens_mail(segs: Sequence[Segment]) -> bool:
    if ":" not in segs[0].text and "-" not in segs[0].text:
        return False  # a header line ("Từ: ...") or a forward marker ("---- Forwarded ...")
    first = folded_line(segs[0].text[:60])
    if regexes.FORWARD_MARK_F.fullmatch(first):
        return True
    return (regexes.MAIL_HEADER_F.match(first) is not None and len(segs) > 1
            and regexes.MAIL_HEADER_F.match(folded_line(segs[1].text[:60])) is not None)


#: what ends a paragraph's last line (a line ending otherwise may be wrapped)
_PARAGRAPH_END = tuple('.!?:;…"”»)')
#: a line opening a list item: "1. Công tác ...", "2) ...", "- Tham mưu ...", "+ ..." (never a
#: wrapped line's rest)
_LIST_ITEM_RE = re.compile(r"(?:\d{1,2}(?:[.)]|\ufe0f?\u20e3)|[a-zđ]\)|[-+•–])\s")  # (a keycap's: "2️⃣ ...")
#: a line opening with a field's label, of a minutes' or a form's: "Thư ký: Lê Thị Mai",
#: "Người lập biểu: ..." (a new line, never a wrapped line's rest)
_FIELD_LABEL_RE = re.compile(r"[^\W\d_a-zđ][^\W\d_]*(?:[ \xa0][^\W\d_]+){0,2}[ \xa0]?:(?:\s|$)")


#: a line ending inside a directive's code: at its dash ("45-", not a table's "58 -"), or at
#: the slash after its type
_BROKEN_CODE_RE = re.compile(r"\d[-–]$|\d\s?[-–]\s?[A-ZĐ][A-Za-zĐđ]{0,5}/$")


def join_wrapped_lines(raw: str, segs: list[Segment]) -> list[Segment]:
    """Join the lines of a paragraph a PDF or an e-mail broke: one paragraph, one segment.

    A body line that does not end a sentence, followed on the very next line
    by one that opens in lower case (or with a number that is not a list
    item's), is one paragraph: ``Ban Tổ chức Tỉnh ủy\nThanh Hóa tổ chức ...``
    is not, ``... Ban Tổ chức Tỉnh ủy\nđã tham mưu ...`` is. The joined
    segment keeps the raw text between them (its line break), which the clean
    text turns into a space, one for one.
    """
    width = _wrap_width(segs)
    indented = _indented_paragraphs(raw, segs)
    out: list[Segment] = []
    for s in segs:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == BODY and s.kind == BODY and not (
                # rows of a table copied with its tabs: each row a line of its own
                "\t" in s.text and "\t" in prev.text[prev.text.rfind("\n") + 1 :]) and (
                len(prev.text) >= _WRAPPED_MIN and (not prev.text.endswith(_PARAGRAPH_END)
                # a clause ended by ";" or ":" goes on in lower case: "... khóa XIII;" / "hoàn thiện ..."
                or prev.text.endswith((";", ":")) and s.text[0].isalpha() and s.text[0].islower())
                and not _LIST_ITEM_RE.match(s.text) and not regexes.RANK_RE.match(s.text)
                and not _FIELD_LABEL_RE.match(s.text)
                and not (s.text[0].isdigit() and _STAMP_LINE_START_RE.match(s.text))
                and (s.text[0].islower() or s.text[0].isdigit()
                     # a text wrapped at a width: a full line runs on whatever follows,
                     # and so does one broken after a comma ("đồng chí Lâm Chí Nhân,")
                     or (width and (len(prev.text.split("\n")[-1]) >= 0.75 * width
                                    or prev.text.endswith(","))))
                # a code broken at its dash or slash: "Kế hoạch số 45-" / "KH/HU ngày
                # 20/01/2022", "Chỉ thị số 45-CT/" / "TW của Bộ Chính trị"
                or _BROKEN_CODE_RE.search(prev.text[-12:]) is not None and s.text[:1].isupper()
                # paragraphs whose first lines are indented: a line that is not goes on
                # the one before ("   Đồng chí Trần Đức" / "Khiêm, Phó Bí thư ...")
                or indented and s.start == raw.rfind("\n", 0, s.start) + 1
                and not _LIST_ITEM_RE.match(s.text)):
            gap = raw[prev.end : s.start]
            if gap.count("\n") == 1 and not gap.strip():
                out[-1] = Segment(raw[prev.start : s.end], prev.start, BODY)
                continue
        out.append(s)
    return out


#: a stamp opening a line, the day and its time: "09/01/2026 | 17:45 - Hồng Thi" (an item's, under
#: its headline: no wrapped sentence's end)
_STAMP_LINE_START_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}[ \xa0]*[|·-]?[ \xa0]*\d{1,2}:\d{2}")


#: most body lines that open indented, besides those that do not, for a text whose
#: paragraphs are marked by an indented first line
_INDENTED_MIN = 3


def _indented_paragraphs(raw: str, segs: Sequence[Segment]) -> bool:
    """Whether the body's paragraphs are marked by indenting their first line only.

    A text typed in an old word processor: ``   Báo cáo sơ kết cho thấy, sau 3 năm``
    then lines flush left until the next indented one. At least three indented
    lines, each followed on the next line by one flush left.
    """
    if "\n " not in raw and "\n\t" not in raw and "\n\xa0" not in raw:
        return False
    count = 0
    for a, b in zip(segs, segs[1:]):
        # (a segment is indented when a space or a tab stands right before it on its line)
        if a.kind != BODY or b.kind != BODY or a.start == 0 or raw[a.start - 1] not in " \t\xa0":
            continue
        if (b.start == 0 or raw[b.start - 1] == "\n") and raw.count("\n", a.end, b.start) == 1:
            count += 1
            if count >= _INDENTED_MIN:
                return True
    return False


#: the narrowest width a text is read as wrapped at (a phone's screen)
_WRAP_WIDTH_MIN = 35


def _wrap_width(segs: Sequence[Segment]) -> int:
    """The width a PDF or an e-mail wrapped the body at, or 0 when it was not wrapped.

    Wrapped text has most body lines about one length (60 to 120 characters, or
    35 to 50 on a phone's screen read back from its screenshot); a web page's
    paragraphs, one a line, have all sorts of lengths.
    """
    lengths = sorted(len(s.text) for s in segs if s.kind == BODY)
    if len(lengths) < 5:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _WRAP_WIDTH_MIN <= width <= 120:
        return 0
    near = sum(1 for n in lengths if 0.75 * width <= n <= width * 1.05)
    return width if near >= 0.6 * len(lengths) else 0


#: a screen reader's cue before what it speaks, two spaces after it (NVDA's speech log):
#: its roles ("liên kết  Trang chủ", "nút  In bài", "đồ họa  Quang cảnh hội nghị",
#: "tiêu đề cấp 1  Headline") and its landmarks and lists, alone on their line
#: ("vùng điều hướng", "danh sách 8 mục", "ra khỏi danh sách")
_READER_ROLES = (r"(?:đã truy cập\s+)?liên kết|nút|thanh chỉnh sửa|hộp kiểm|hộp tổ hợp"
                 r"|(?:visited\s+)?link|button|edit|check\s+box|combo\s+box")
_READER_CUE_RE = re.compile(
    r"^[ \t]*(?:(?:" + _READER_ROLES + r")[ \t]{2}.*"
    r"|(?:đồ họa|tiêu đề(?:[ \t]+cấp)?[ \t]+[1-6]|graphic|heading[ \t]+level[ \t]+[1-6])[ \t]{2}"
    r"|(?:bận|nút|vùng[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}|ra khỏi[ \t].{1,40}"
    r"|danh sách[ \t]+\d{1,3}[ \t]+mục|(?:banner|navigation|main|content\s+info)\s+landmark"
    r"|out of (?:list|table|\w+ landmark)|list with \d{1,3} items?)[ \t]*$)"
    # (the window's title, a document: "Báo Hà Tĩnh điện tử  tài liệu")
    r"|(?<=\S)[ \t]{2}(?:tài liệu|document)[ \t]*$", re.M)
#: a line a screen reader's role opens ("liên kết  Trang chủ"): enough of them make its log
#: (not a line that happens to open with "nút")
_READER_ROLE_RE = re.compile(r"^[ \t]*(?:" + _READER_ROLES + r")[ \t]{2}", re.M)
_READER_CUES_MIN = 3


def without_reader_cues(raw: str) -> str:
    """``raw`` with a screen reader's cues blanked out, one space for one character.

    Read aloud by NVDA and copied from its speech viewer, a page speaks each
    link, button and landmark on a line of its own, its role before it: those
    lines are no part of the article, and a heading's or a picture's role is
    no part of its line. Blanking keeps every offset into ``raw``.
    """
    if "  " not in raw or not _enough(_READER_ROLE_RE.finditer(raw), _READER_CUES_MIN):
        return raw
    return _READER_CUE_RE.sub(_blank, raw)


#: an org-mode file's markup (Emacs): its keywords and blocks ("#+TITLE: ...", "#+BEGIN_QUOTE"),
#: a property drawer (":PROPERTIES:" ... ":END:", the note's own fields), a heading's stars
#: and the tags after it ("* Giao ban quý III      :soctrang:")
_ORG_MARKUP_RE = re.compile(
    r"^#\+\w+(?::.*)?$|^:PROPERTIES:[ \t]*\n(?:.*\n){0,40}?:END:[ \t]*$"
    r"|^\*{1,8}[ \t]+(?:(?:TODO|DONE)[ \t]+)?|[ \t]+:[\w@#%]+(?::[\w@#%]+)*:[ \t]*$", re.M)
#: an outliner's page (Logseq, Roam) exported as text: each line a bullet, maybe a heading's
#: ("- ## Sơ kết ..."), and its page's properties ("- Nguồn:: [[Báo Nam Định]]")
_OUTLINE_KEY = r"[^\W\d_][\w ]{0,30}::"
_OUTLINE_MARKUP_RE = re.compile(
    r"^[ \t]*-[ \t]+(?:" + _OUTLINE_KEY + r".*$|#{1,6}[ \t]+)?|^[ \t]*" + _OUTLINE_KEY + r".*$", re.M)
#: an outliner's property ("Nguồn:: ..."), enough of them to tell its page
_OUTLINE_PROPERTY_RE = re.compile(r"^[ \t]*(?:-[ \t]+)?" + _OUTLINE_KEY + r"[ \t]", re.M)
_OUTLINE_PROPERTIES_MIN = 2


def _blank(m: re.Match[str]) -> str:
    """A match's text as spaces, one for one, its line breaks kept."""
    return _NOT_NEWLINE_RE.sub(" ", m.group())


_NOT_NEWLINE_RE = re.compile(r"[^\n]")


def without_outline_markup(raw: str) -> str:
    """``raw`` with a note-taking outline's markup blanked out, one space for one character.

    An org-mode note (its keywords, property drawers, headings' stars and tags)
    or an outliner's page (its bullets, headings' marks and properties) holds
    the article and the reader's notes as lines like any text's; their fields
    (the day the note was saved) are not the article's. Blanking keeps every
    offset into ``raw``.
    """
    if raw.startswith("#+") or "\n:PROPERTIES:" in raw:
        return _ORG_MARKUP_RE.sub(_blank, raw)
    if "::" in raw and _enough(_OUTLINE_PROPERTY_RE.finditer(raw), _OUTLINE_PROPERTIES_MIN):
        return _OUTLINE_MARKUP_RE.sub(_blank, raw)
    return raw


def without_tracked_changes(raw: str) -> str:
    """``raw`` as its last version, a word processor's comparison of two read (``[Đã xóa:
    Chiều 11/4][Đã chèn: Sáng 12/4]``): a deletion's and a format change's marks blanked out
    with their text, an insertion's marks only; one space for one character, so every offset
    into ``raw`` holds."""
    if "[Đã " not in raw and "[Deleted" not in raw and "[Inserted" not in raw and "[Formatted" not in raw:
        return raw
    return _TRACKED_CHANGE_RE.sub(_unmarked, raw)


def _unmarked(m: re.Match[str]) -> str:
    if m.group("kept") is None:
        return _blank(m)
    return " " * (m.start("kept") - m.start()) + m.group("kept") + " "


#: a comparison's marks: a deletion or a format change with its text, an insertion around its text
_TRACKED_CHANGE_RE = re.compile(
    r"\[(?:Đã xóa|Đã xoá|Deleted|Đã định dạng|Formatted): ?[^\[\]\n]*\]"
    r"|\[(?:Đã chèn|Inserted): ?(?P<kept>[^\[\]\n]*)\]")


def without_line_numbers(raw: str) -> str:
    """``raw`` without the numbers a draft circulated for comments prints in its margin, one
    a line from 1 on each page (``12       Căn cứ Chỉ thị số 35-CT/TW ...`` / ``13 các cấp
    tiến tới ...``): blanked out, one space for one digit, so every offset holds. Most lines
    must be numbered, each one more than the last numbered one or 1 again."""
    if raw.lstrip(" \ufeff")[:2] not in ("1 ", "1\t"):
        return raw
    spans: list[tuple[int, int]] = []
    lines = 0
    last = 0
    pos = 0
    for line in raw.splitlines(keepends=True):
        m = _MARGIN_NUMBER_RE.match(line)
        if line.strip():
            lines += 1
        if m is not None and int(m.group(1)) in (last + 1, 1):
            last = int(m.group(1))
            spans.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line)
    if len(spans) < _NUMBERED_LINES_MIN or len(spans) < lines * _NUMBERED_SHARE:
        return raw
    out = list(raw)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


#: a line's number in the margin, before its text
_MARGIN_NUMBER_RE = re.compile(r"[ \t]*(\d{1,3})(?=[ \t]+\S)")
#: how many lines numbered, and what share of the lines, make a numbered draft
_NUMBERED_LINES_MIN, _NUMBERED_SHARE = 10, 0.8


def without_caption_markup(raw: str) -> str:
    """``raw`` with a WebVTT caption file's markup blanked out, one space for one character:
    its ``WEBVTT`` head and fields, the word ``NOTE`` (its notes kept: a programme's name and
    day, an item's title), its ``STYLE`` blocks and the tags in its cues (``<v Phóng viên>``,
    ``<c.ten>``, ``</c>``). The cues' timings go with the cleaner's other subtitles'."""
    if not raw.lstrip("\ufeff").startswith("WEBVTT"):
        return raw
    return _CAPTION_MARKUP_RE.sub(_blank, raw)


#: a WebVTT file's markup: its head and its fields, a note's keyword, a style block, a cue's tags
_CAPTION_MARKUP_RE = re.compile(
    r"\A\ufeff?WEBVTT.*$|^(?:Kind|Language|Region)[ \t]*:.*$|^NOTE\b[ \t]*|^STYLE[ \t]*\n(?:.+\n?)*"
    r"|</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^<>\n]{0,60})?>", re.M)


def clean(raw: str, steps: Iterable[str | Cleaner] = DEFAULT_STEPS) -> Cleaned:
    """Clean ``raw`` (already NFC) and build the clean text and offset map."""
    raw = without_line_numbers(without_tracked_changes(without_outline_markup(without_reader_cues(
        without_caption_markup(raw)))))
    segs = join_wrapped_lines(raw, clean_segments(raw, steps))
    parts: list[str] = []
    offset_map: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, Segment]] = []
    pos = 0
    for s in segs:
        if s.kind not in CLEAN_KINDS:
            continue
        if parts:
            pos += 2
        offset_map.append((pos, s.start))
        paragraphs.append((pos, s))
        # a joined paragraph's line breaks become spaces, one for one
        parts.append(s.text.replace("\r", " ").replace("\n", " ") if "\n" in s.text else s.text)
        pos += len(s.text)
    # odd spaces become plain ones, one for one (offsets are kept); looking for
    # each first is faster than a regex scan, and most articles have none
    text = "\n\n".join(parts)
    if any(c in text for c in regexes.ODD_SPACES):
        text = _ODD_SPACE_RE.sub(" ", text)
    return Cleaned(tuple(segs), text, tuple(offset_map), tuple(paragraphs))
