"""Every regular expression of the analyser, in one place.

Patterns are built from small helpers (:func:`alt`, :func:`word`,
:func:`anycase_first`) like eyecite's ``regexes.py``. Patterns whose name ends
in ``_F`` run on *folded* text (:func:`desktop.core.parse.common.ffold`:
lower case, no diacritics, ``đ`` -> ``d``, same length as the original), so
``Quy định``, ``quy định`` and ``QUY ĐỊNH`` all match ``quy dinh``. The others
run on the original (NFC) text, where case matters (names, titles, codes).

Every pattern is linear: no nested unbounded repetition, bounded lists.

Speed: the engine only skips quickly through text to a pattern's possible
first characters when every alternative opens with a plain character (or one
character set). Patterns run over whole articles are written that way
(``TITLE_HEAD_RE`` is one trie, ``PERSON_CUE_RE`` checks its look-behind after
the first letter); those that open with a look-behind are wrapped in
:class:`Hinted`, which tries them only where a plain "hint" matches.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator

# a code naming a state body, not a Party one: kept with the links, which the window reads
# without loading the analyser; the analyser's modules read it here
from desktop.core.linking import STATE_CODE_RE  # noqa: F401
from desktop.core.text import fold

# --------------------------------------------------------------------------
# helpers


def _vietnamese_letters() -> str:
    """All lower-case letters of Vietnamese (precomposed NFC) plus a-z."""
    # (with the breve letters of Central Highlands names: "Y Thuận Ayŭn", "H'Ĭ")
    letters = set("abcdefghijklmnopqrstuvwxyzđŭĭŏĕ")
    for vowel in "aăâeêioôơuưy":
        letters.add(vowel)
        for tone in "\u0300\u0301\u0309\u0303\u0323":
            letters.add(unicodedata.normalize("NFC", vowel + tone))
    return "".join(sorted(c for c in letters if len(c) == 1))


LOWER = _vietnamese_letters()
UPPER = "".join(sorted({c.upper() for c in LOWER if len(c.upper()) == 1}))
LO = f"[{LOWER}]"
UP = f"[{UPPER}]"
#: a capitalised syllable: ``Nguyễn``, ``Y``; not ``NGUYỄN``
SYL_CAP = f"{UP}{LO}*"
#: a syllable starting with a capital, possibly all capitals: ``UBND``, ``XII``
TOKEN_CAP = f"{UP}[{UPPER}{LOWER}]*"
#: a syllable in capitals only: ``NGUYỄN``
SYL_CAPS = f"{UP}+"
#: inline white space (never a line break)
SP = r"[ \t\xa0]"


def alt(words: Iterable[str], *, flexible_space: bool = True) -> str:
    """``(?:w1|w2|...)``, longest first, escaped; spaces match any inline space."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w)
        if flexible_space:
            p = p.replace(r"\ ", r"\s+")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


#: the chatbots whose conversations are copied with their turns ("ChatGPT đã nói:"): the turn
#: lines are chrome (below), and an article pasted in one is read without the answers
#: (:func:`desktop.core.parse.clean.split_chatbot_paste`)
CHATBOT_NAMES = ("ChatGPT", "Gemini", "Copilot", "Claude", "Grok", "DeepSeek", "Meta AI", "Trợ lý ảo", "Trợ lý")


def trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes (faster to scan).

    ``trie(["chi thi", "chuong trinh"]) == "(?:ch(?:i\\s+thi|uong\\s+trinh))"``.
    Spaces match any white space.
    """
    root: dict[str, dict] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(r"\s+" if k == " " else re.escape(k)) + emit(v)
                for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(root) + ")"


def word(pattern: str) -> str:
    """Wrap ``pattern`` so it only matches as whole words."""
    return rf"(?<![\w])(?:{pattern})(?![\w])"


def anycase_first(words: Iterable[str]) -> str:
    """Alternation of ``words`` whose first letter may be upper or lower case."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        first, rest = w[0], re.escape(w[1:]).replace(r"\ ", r"\s+")
        parts.append(f"[{first.upper()}{first.lower()}]{rest}")
    return "(?:" + "|".join(parts) + ")"


def full_line(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` to be used with ``fullmatch`` on a stripped line."""
    return re.compile(pattern)


class GuardedLine:
    """A whole-line pattern whose costly alternatives are tried only where they may match.

    ``GuardedLine(main, [(("truoc", "doc"), costly), ...]).fullmatch(line)``
    matches a line when ``main|costly|...`` would, but tries ``costly`` only on
    lines holding one of its words (each a necessary condition of a match). An
    alternative that opens with ``.{0,80}`` or a repeated group costs the
    engine a few microseconds a line even where it fails at once; ``in`` turns
    such a line down in well under one.
    """

    def __init__(self, main: str, guarded: Iterable[tuple[tuple[str, ...], str]]) -> None:
        self._main = re.compile(main)
        self._guarded = tuple((needles, re.compile(p)) for needles, p in guarded)

    def fullmatch(self, line: str) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch`` on ``main|costly|...`` (the match may be another alternative's)."""
        m = self._main.fullmatch(line)
        if m is None:
            for needles, pattern in self._guarded:
                for n in needles:  # (a loop, not any(): no generator made a line)
                    if n in line:
                        m = pattern.fullmatch(line)
                        if m is not None:
                            return m
                        break
        return m


class Hinted:
    r"""A pattern tried only where a cheap *hint* matches; the same results as the pattern.

    A pattern that opens with a look-behind (``(?<![\w])``) or an optional group
    gives the regex engine no first character to skip ahead to, so it is tried
    at every position of the text. The hint is a plain alternation of the words
    the pattern must start with (``6|sau|quy|thang|nam``): the engine finds those
    fast, and the full pattern (look-behind included) is matched there only.

    The hint must match wherever the pattern does (it states a necessary
    prefix), and the pattern must never match the empty string; then
    :meth:`finditer` and :meth:`search` give exactly the matches of
    ``re.Pattern.finditer`` and ``re.Pattern.search``, with ``pos``/``endpos``.
    """

    __slots__ = ("pattern", "hint", "_match", "_hint")

    def __init__(self, pattern: str, hint: str) -> None:
        self.pattern = re.compile(pattern)
        self.hint = re.compile(hint)
        self._match = self.pattern.match
        self._hint = self.hint.search

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        hint, match = self._hint, self._match
        while True:
            h = hint(text, pos, endpos)
            if h is None:
                return
            p = h.start()
            m = match(text, p, endpos)
            if m is None:
                pos = p + 1
                continue
            yield m
            pos = m.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.search``."""
        hint, match = self._hint, self._match
        while True:
            h = hint(text, pos, endpos)
            if h is None:
                return None
            m = match(text, h.start(), endpos)
            if m is not None:
                return m
            pos = h.start() + 1

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.match``."""
        return self._match(text, pos, endpos)


# --------------------------------------------------------------------------
# text structure

#: (``[.;!?](?=\s)|\n`` written to open with one character set, so the engine
#: skips ahead to the next candidate instead of trying the pattern at every character)
CLAUSE_BOUND_RE = re.compile(r"[.;!?\n](?:(?<=\n)|(?=\s))")
SENTENCE_BOUND_RE = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")
#: a line with no letter and no digit: ``,`` ``.`` ``\xa0`` ``***``
#: the abbreviations a Party document's code opens with: "35-CT/TW", "26-HD/BTCTW" (the
#: directives' bare codes, the cleaner's tables of documents)
PARTY_CODE_ABBRS = "NQ|CT|KL|HD|KH|ĐA|CTr|TB|QC|QĐ"
#: an exported chat's message header, its stamp in brackets before the sender (Zalo's, Viber's,
#: WhatsApp's): "[08:06] Hoàng Vy: ...", "[17/11/2025, 07:42] VP Đảng ủy P. Mỹ Tho: ..."
BRACKET_STAMP = r"\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\]"
#: (or WhatsApp's on Android, the day and time before a dash: "08/07/2025, 07:52 - Lê Văn Hậu: ...";
#: Viber's, before a comma: "02/08/2024, 07:41, Đoàn Thị Thu Hường: ...")
DASH_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?\s\d{1,2}:\d{2}(?:\s?(?:[AaPp][Mm]|SA|CH))?(?:\s[-–]\s|,\s)"
CHAT_HEADER_RE = re.compile(r"(?:" + BRACKET_STAMP + r"\s+|" + DASH_STAMP + r")(?P<who>[^:\n\[\]]{2,60}):")
PUNCT_ONLY_RE = re.compile(r"[\W_]*")
#: characters turned into a plain space in the clean text (one for one)
ODD_SPACES = "\xa0\t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# --------------------------------------------------------------------------
# page chrome (folded, whole line, trimmed of surrounding punctuation)

_CHROME_WORDS = [
    "xem phan hoi", "phan hoi", "gui phan hoi", "y kien phan hoi", "tin khac", "cac tin khac",
    "tin lien quan", "bai lien quan", "bai viet lien quan", "tin cung chuyen muc",
    "cac bai viet khac", "tin bai khac", "moi nhat", "tin moi nhat", "tin moi", "xem nhieu nhat",
    "doc nhieu nhat", "doc nhieu", "xem nhieu", "tin noi bat", "responsive image", "chia se",
    "chia se bai viet", "chia se facebook", "leftcenterrightdel", "in bai", "in bai viet",
    "ban in", "ban de in", "in trang nay", "ve dau trang", "gui email", "gui bai", "gui bai viet", "luu bai", "luu bai viet", "quay lai",
    "tro ve", "tro lai", "ve dau trang", "len dau trang", "dau trang", "binh luan", "gui binh luan",
    "y kien ban doc", "y kien cua ban", "gui y kien", "ho va ten", "ho ten", "email",
    "dia chi email", "ma xac nhan", "ma bao ve", "gui", "nhap lai", "facebook", "twitter",
    "zalo", "tweet", "like", "share", "top", "print", "google+", "google plus", "linkedin",
    "pinterest", "telegram", "messenger", "thich", "luu", "len tren", "ve dau", "x",
    "xem video", "▶ xem video", "nghe audio", "gui ban be", "in van ban",
    "cong cu bai viet", "hien thi",  # a forum thread's tools (vBulletin)
    # a web video player's controls, copied as its text: "Play Video", "Mute", "Toàn màn hình"
    "play video", "play", "pause", "mute", "unmute", "fullscreen", "toan man hinh", "listen",
    # (a video.js player's labels: "Video Player", its hint for the keys, its dialog's)
    "video player", "audio player", "tai video", "use up/down arrow keys to increase or decrease volume",
    "this is a modal window", "end of dialog window", "picture-in-picture", "playback rate",
    "gui bai viet nay cho ban be", "gui bai viet cho ban be", "gui bai nay cho ban be", "chi tiet", "truoc tiep theo",
    # (a page's share row, an aggregator's links, a search box's and a login box's hints)
    "google news", "xem nguon", "luu tin", "bao cao vi pham", "nhap noi dung tim kiem", "nhap tu khoa",
    "nhap tu khoa tim kiem", "quen mat khau", "quen mat khau?",
    "zalo official account", "tai khoan da xac thuc", "quan tam", "bo quan tam", "nghe doc bai", "nghe bai viet",
    "doc bai viet", "xem them", "doc them", "in trang", "dong", "tai ve", "tai xuong",
    "a- a a+", "a a a", "a+ a-", "bai viet", "tin bai", "anh minh hoa", "video",
    "tim kiem", "tim kiem...", "tim kiem nang cao", "in", "chuyen den noi dung", "bo qua noi dung", "skip to content",
    "nghe doc bai", "nghe bai", "mo trang goc", "xem trang goc", "lien he", "gioi thieu", "back to top", "go to top", "binh luan (0)", "y kien cua ban se duoc bien tap truoc khi dang", "sao chep lien ket", "sao chep link", "copy link", "sao chep duong dan", "dang quan tam", "anh", "in trang", "gui cho ban be",
    # an e-paper viewer's toolbar: "⊕ Phóng to   ⊖ Thu nhỏ   ⤓ Tải PDF   ☰ Mục lục số báo"
    "phong to", "thu nho", "tai pdf", "tai ban pdf", "muc luc so bao",
    # a video page's buttons and panels: "Đăng ký", "Ẩn bớt", "Bản ghi", "Sắp xếp theo"
    "dang ky", "da dang ky", "an bot", "hien thi them", "ban ghi", "hien ban ghi",
    "theo doi noi dung video bang ban ghi", "sap xep theo", "them binh luan", "them binh luan...", "xem",
    "theo doi", "dang theo doi", "xem ban dich", "xem them...",  # a social page's
    # (a post's audience, as a copy of its header prints it: "Đã chia sẻ với Công khai")
    "da chia se voi cong khai", "chia se voi cong khai", "da chia se voi ban be", "cong khai",
    "tat ca cam xuc", "tat ca cam xuc:", "phu hop nhat", "viet binh luan", "viet binh luan...",
    "follow", "following", "da follow", "dang follow", "+ follow", "+ theo doi",  # (a short-video page's button)
    # a consent manager's banner and buttons: "Chúng tôi coi trọng quyền riêng tư của bạn", "ĐỒNG Ý"
    "chung toi coi trong quyen rieng tu cua ban", "dong y", "khong dong y", "tuy chon khac", "chap nhan",
    "chap nhan tat ca", "tu choi", "tu choi tat ca", "quan ly tuy chon", "cai dat cookie",
    # a meeting invitation's video call block: "Cuộc họp Microsoft Teams", "Tham gia cuộc họp ngay"
    "cuoc hop microsoft teams", "microsoft teams meeting", "tham gia cuoc hop ngay", "join the meeting now",
    "nhap vao day de tham gia cuoc hop", "click here to join the meeting", "hien la: ban", "show as: busy",
    "bam vao day de tham gia cuoc hop", "tai xuong teams", "tham gia tren web", "tuy chon cuoc hop",
    "tham gia tren may tinh, ung dung danh cho thiet bi di dong hoac thiet bi phong",
    "so do site", "so do trang", "chi tiet tin", "chi tiet bai viet", "danh gia", "chuyen tiep",
    "quang cao", "tai tro", "noi dung tai tro",
    # a forum's buttons: "Gửi chủ đề mới", "Trả lời với trích dẫn" ("[Trả lời]" in brackets
    # only: BRACKETED_BUTTONS; "Trả lời:" heads a column's answer)
    "gui chu de moi", "chu de moi", "bai moi", "tra loi nhanh", "tra loi voi trich dan",
    "bao cao bai viet", "dang nhap", "dang xuat",
    # a news app's tab bar: "Trang chủ   Mới nhất    Video    Tiện ích   Cá nhân"
    "tien ich", "ca nhan",
    # a news app's banner over a shared article: "[ MỞ ỨNG DỤNG ]   Để sau", "Đọc trên ứng dụng X"
    "mo ung dung", "mo ung dung de sau", "de sau", "tai ung dung",
    # a word processor's marks, copied as text: "Page Break", "Section Break (Next Page)"
    "page break", "column break", "section break", "section break (next page)", "section break (continuous)",
    # a feed reader's buttons: "Mark as read", "Save to Board", "Visit Website"
    "mark as read", "read later", "save to board", "visit website", "recently read",
    # a newsletter's mail: "READ IN APP" over its post, "Get the app" under it
    "read in app", "open in app", "view in app", "get the app", "view in browser",
    "summary", "full article", "star", "save to read later", "mark above as read",  # (its panels: "Summary" over the feed's lead, "Full article" over the page)
    # an AMP page's and a video site's: "Bản AMP · Xem bản đầy đủ", "Đọc tiếp", "Bỏ qua điều hướng"
    "ban amp", "xem ban day du", "xem phien ban day du", "phien ban day du", "doc tiep",
    "bo qua dieu huong", "skip navigation", "view original", "xem ban goc",
    # a page's skip links for screen readers: "Bỏ qua đến nội dung chính", "Skip to main content"
    "bo qua den noi dung", "bo qua den noi dung chinh", "bo qua noi dung chinh", "bo qua de toi noi dung chinh", "bo qua den menu dieu huong", "bo qua den chan trang",
    "chuyen den noi dung chinh", "skip to main content", "vung noi dung chinh",
    # a footer's links: "Điều khoản sử dụng", "Chính sách bảo mật"
    "dieu khoan va chinh sach", "dieu khoan su dung", "chinh sach bao mat", "chinh sach quyen rieng tu",
    "dieu khoan", "dieu khoan dich vu",
    # a video page's description and transcript panels: "Hiện ít hơn", "Hiện bản chép lời"
    "hien it hon", "hien them", "ban chep loi", "hien ban chep loi",
    "theo doi noi dung video bang ban chep loi", "theo doi video bang ban chep loi",
    "chuong", "xem tat ca",  # (its panel of chapters: "Chương" / "Xem tất cả")
    # an accessibility toolbar's buttons (a plug-in's, in both languages): "Tăng cỡ chữ", "Thang độ
    # xám", "Tương phản âm bản", "Phông chữ dễ đọc", "Đặt lại"
    "cong cu ho tro tiep can", "tang co chu", "giam co chu", "thang do xam", "do tuong phan cao",
    "tuong phan cao", "tuong phan am ban", "nen sang", "gach chan lien ket", "phong chu de doc", "dat lai",
    "accessibility tools", "increase text", "decrease text", "grayscale", "high contrast",
    "negative contrast", "light background", "links underline", "readable font", "reset",
    # a portal's version for the blind: "PHIÊN BẢN DÀNH CHO NGƯỜI KHIẾM THỊ", "[Trở về giao diện thông
    # thường]", "Thanh công cụ hỗ trợ", its skip links: "Bỏ qua đến menu chính"
    "phien ban danh cho nguoi khiem thi", "tro ve giao dien thong thuong", "thanh cong cu ho tro",
    "bo qua den menu chinh", "bo qua lien ket, di toi noi dung chinh", "bo qua lien ket",
    # a translation widget's: "Chọn Ngôn ngữ▼", "Được hỗ trợ bởi Google Dịch"
    "chon ngon ngu", "select language", "duoc ho tro boi google dich", "powered by google translate",
]
#: a rating widget: "Đánh giá bài viết: ★★★★★ (0 lượt)"
_RATING = (r"|danh\s+gia\s+(?:bai\s+viet|tin\s+bai)\s*:?\s*[★☆✩✪*]{0,10}\s*"
           # (its score too: "★★★★★  4.6/5 (18 lượt đánh giá)")
           r"(?:\d(?:[.,]\d)?\s*/\s*5\s*)?(?:\(\s*\d{1,6}\s+luot(?:\s+danh\s+gia)?\s*\))?"
           # and a reader's verdict asked for: "Bạn thấy bài viết thế nào?  Hay  Bình thường  Chưa hay"
           r"|ban\s+thay\s+(?:bai\s+viet|tin\s+bai|noi\s+dung)(?:\s+nay)?\s+(?:the\s+nao|ra\s+sao)\s*\??"
           r"(?:\s*(?:rat\s+hay|hay|binh\s+thuong|chua\s+hay|khong\s+hay|huu\s+ich|khong\s+huu\s+ich)){0,5}")
#: a cookie notice's words (folded, searched in a line that says "cookie"): "Chúng tôi sử dụng
#: cookie để ...", "Bằng việc tiếp tục, bạn đồng ý với việc sử dụng cookies", "Cookie giúp ..."
COOKIE_NOTICE_F = re.compile(
    r"(?:su\s+dung|dung|luu)\s+(?:cac\s+)?cookies?\b|cookies?\s+(?:de|giup|nham)\b"
    r"|chinh\s+sach\s+cookies?|cookies?\s+policy|accept\s+(?:all\s+)?cookies?")
#: a weather widget's line (folded, whole): a place, a temperature, the weather's words
#: ("ha noi 28°c nhieu may", "thoi tiet buon ma thuot: 17°c - 27°c, nhieu may",
#: "hom nay: 🌤 da lat 17-24°c")
WEATHER_LINE_F = re.compile(r"(?:(?:thoi\s+tiet|hom\s+nay)\s*:?\s*(?:[^\w\s]{1,3}\s*)?)?"
                            r"[a-z][a-z .'-]{1,30}?\s*:?\s*(?:[^\w\s]{1,3}\s*)?\d{1,2}\s*(?:°\s*c?)?"
                            r"(?:\s*-\s*\d{1,2}\s*°\s*c?)?(?<=°|c)(?:[^\d/]|\d{1,3}\s*%){0,80}")
#: a news ticker at the page's top (folded): "Breaking: ... | ...", "Tin nóng: ...", "Mới nhất: ..."
TICKER_F = re.compile(r"(?:breaking(?:\s+news)?|tin\s+nong|nong|tin\s+moi(?:\s+nhat)?|moi\s+nhat"
                      r"|tin\s+nhanh|news\s+ticker)\s*:\s*\S")
#: a post's reading time (folded): "7 phut doc", "5 min read"
_READING_TIME = r"\b\d{1,3}\s+(?:phut\s+doc|min(?:ute)?s?\s+read)\b"
READING_TIME_F = re.compile(_READING_TIME)
#: a post's age or its reading time: "1 ngày trước", "3 phút đọc" (folded)
_AGE_OR_READING = (r"(?:\d{1,2}\s+(?:giay|phut|gio|ngay|tuan|thang)\s+truoc|(?:khoang\s+)?\d{1,2}\s+phut\s+doc"
                   # a reader view's estimate: "7–9 phút" alone on its line
                   r"|\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:phut|minutes)(?=\s*$)"
                   # "Thời gian đọc: 5 - 6 phút"
                   r"|thoi\s+gian\s+doc\s*:?\s*(?:khoang\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*phut"
                   r"|\d{1,3}\s+min(?:ute)?s?\s+read)")  # a read-later app's "5 min read"
#: a note that a machine made the page's audio or summary (folded, whole line)
AI_NOTE = (r"(?:am\s+thanh|noi\s+dung|ban\s+tom\s+tat|tom\s+tat|giong\s+doc|bai\s+(?:viet|bao))\b.{0,40}?\b(?:duoc\s+)?"
           r"(?:tao|tong\s+hop|doc|sinh\s+ra)\s+(?:boi|bang|tu)\s+(?:(?:cong\s+nghe|giong)\s+)?"
           r"(?:ai|tri\s+tue\s+nhan\s+tao)\b.{0,200}")
#: the heading of a page's machine-made summary over the article (folded, whole line)
SUMMARY_HEADING_F = re.compile(r"(?:tom\s+tat|tom\s+luoc)(?:\s+(?:nhanh|bai\s+viet|noi\s+dung|bai\s+bao))?"
                               r"(?:\s*\(?ai\)?)?\s*:?")
#: the labels of a line of tags (folded): "Từ khóa:", "Tags:", "Chủ đề:"
_TAGS_LABEL = r"(?:tags?|tu\s+khoa|chu\s+de)"
CHROME_LINE_F = GuardedLine(
    trie(_CHROME_WORDS)
    + _RATING
    + r"|xem\s+voi\s+co\s+chu.{0,20}|co\s+chu\s*(?::|a\s*[-+]).{0,20}"  # "Xem với cở chữ : A- A A+"
    + r"|thanh\s+vien\s*:\s*\d{1,5}"  # a chat's backup's count of members: "Thành viên: 11"
    # a broadcast's programme of the day over its item: "Bản tin Thời sự tối ngày 07/10/2024",
    # "Bản tin Thời sự KTV 19 giờ ngày 03/10/2025" (its station, its hour)
    + r"|ban\s+tin\s+thoi\s+su(?:\s+[a-z0-9]{2,6})?\s+(?:sang|trua|chieu|toi|\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?)"
    r"\s+(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    # a print view's day of printing, no publication's: "Ngày in: 12/08/2025 09:41"
    + r"|(?:ngay|thoi\s+gian)\s+in\s*:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # a reading mode's link to the page: "Xem bản gốc tại baotuyenquang.com.vn"
    + r"|(?:xem\s+ban\s+goc|view\s+original)\s+(?:tai|at|on)\s+[\w.-]{3,60}"
    # a reader app's note of the copy under it: "— Đã lưu từ baothanhhoa.vn · 13/01/2026 21:14 · Xem bài gốc"
    + r"|[-—–]?\s*da\s+luu\s+(?:tu|tai|vao)\s+[\w.-]{3,60}(?:\s*·[^·\n]{0,40}){0,3}"
    + r"|ket\s+qua\s+\d{1,4}\s+den\s+\d{1,4}\s+cua\s+\d{1,5}"  # a forum thread's posts shown: "Kết quả 1 đến 3 của 3"
    # (share buttons before it: "Zalo Facebook In bài Cỡ chữ A- A+")
    + r"|(?:(?:zalo|facebook|twitter|email|in\s+bai|chia\s+se|luu\s+bai|gui\s+email)\s+){1,6}co\s+chu\b.{0,20}"
    + r"|a[-+]?(?:\s+a[-+]?){1,3}"  # the size buttons alone: "A A", "A- A A+"
    # a player's time and its buttons: "▶ 00:00 / 03:47   Tải về   Chia sẻ"
    + r"|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:tai\s+ve|tai\s+xuong|chia\s+se|toan\s+man\s+hinh))*"
    # a newsletter's way to its page: "Không xem được thư này? Xem trên trình duyệt"
    # (or its pictures: "Không hiển thị được hình ảnh? Xem bản tin trên trình duyệt")
    + r"|(?:khong\s+(?:xem|hien\s+thi)\s+duoc\s+(?:thu|email|ban\s+tin|hinh\s+anh)(?:\s+nay)?\s*\??\s*)?(?:xem\s+(?:thu\s+nay\s+|ban\s+tin\s+)?"
    r"tren\s+trinh\s+duyet|view\s+(?:it\s+|this\s+email\s+)?in\s+(?:your\s+)?browser)"
    + r"|co\s+chu(?:\s+a[-+]?){1,3}(?:\s+(?:in\s+bai|luu\s+bai|gui\s+email|chia\s+se)){0,4}"  # "Cỡ chữ A A A"
    # a printed article going on over another page: "(Xem tiếp trang 6)", "(Tiếp theo trang 5)"
    + r"|\(?\s*(?:xem\s+)?tiep\s+(?:theo\s+)?(?:o\s+)?trang\s+\d{1,3}\s*\)?"
    + r"|font\s+size\s*(?::|a\s*[-+]).{0,20}|text\s+size\s*:.{0,20}"  # "Font size: A A A"
    + r"|duyet\s+tin\s*:.{0,60}"  # "Duyệt tin: Trưởng ban"
    # a clipboard manager's item head: "[2]  Hôm nay 08:55   · Văn bản · 22 dòng · 4.198 ký tự"
    + r"|\[?\d{1,3}\]\s+(?:hom\s+nay|hom\s+qua|today|yesterday|\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*\d{1,2}:\d{2}"
    r"\s*·\s*(?:van\s+ban|hinh\s+anh|lien\s+ket|text|image|link).{0,60}"
    # a page for the blind reading its links out: "Liên kết 3 trên 8: Tin tức - Sự kiện"
    + r"|lien\s+ket\s+\d{1,3}\s+tren\s+\d{1,3}\s*:.{0,80}"
    # a video call's: "ID cuộc họp: 429 117 630 882", "Mật mã: Xq7bH3"
    + r"|(?:id\s+cuoc\s+hop|meeting\s+id)\s*:\s*[\d ]{6,20}|(?:mat\s+ma|passcode)\s*:\s*\S{4,12}"
    + r"|(?:#\w+\s*){1,20}"  # a line of hashtags
    # ... of several words: "#Hà Nội  #giao ban quý IV", "#Ban Tổ chức Thành ủy TP.HCM  #đại hội"
    + r"|#\w+(?:\s+\w+(?:\.\w+)?){0,7}(?:\s+#\w+(?:\s+\w+(?:\.\w+)?){0,7}){1,12}"
    # a print edition's note under the article: "(Bài đăng trên Báo Gia Lai in, số ra thứ Sáu, ...)"
    + r"|\(\s*(?:bai|tin)\s+(?:da\s+)?dang\s+(?:tren|tai)\s+[^()]{3,120}\)"
    + r"|(?:tep\s+dinh\s+kem|tai\s+(?:ve|xuong))\s*:.{0,120}"  # "Tệp đính kèm: 185-GM-BTCTU.pdf (212 KB)"
    # a page's footer line: "Giấy phép số 112/GP-TTĐT ...", "Địa chỉ: ...", "Nguồn bài viết: https://..."
    + r"|(?:giay\s+phep\s+(?:so|xuat\s+ban|thiet\s+lap)|dia\s+chi\s*:|nguon\s+bai\s+viet\s*:"
    r"|nguon\s*:\s*(?=https?://|www\.)"  # (the page's address a print version gives: "Nguồn: https://...")
    r"|xem\s+(?:bai\s+viet|bai\s+goc|tin)\s+tai\s*:\s*(?=https?://|www\.)"  # ("Xem bài viết tại: https://...")
    # (the licence's terms of reuse: "Ghi rõ nguồn "Báo X" khi phát hành lại thông tin từ website này.")
    r"|ghi\s+ro\s+nguon\b(?=.{0,60}\bphat\s+hanh\s+lai\b)"
    r"|printed\s+(?:on|with)\b"  # a print extension's: "Printed on: January 9, 2026 - Printed with ..."
    r"|email\s*:|dien\s+thoai\s*:|ban\s+quyen\s+thuoc|ban\s+quyen\s*©|©|copyright|co\s+quan\s+chu\s+quan\s*:"
    r"|in\s+ngay\s*:).{0,200}"
    # a news app's furniture: "Tải ứng dụng X để đọc tin nhanh hơn | Mở ứng dụng", "Bài viết được
    # chia sẻ từ ứng dụng X", "Đọc bài gốc tại ...", "Nội dung do AI tóm tắt, có thể chưa chính xác"
    # a cookie banner: "Chúng tôi sử dụng cookie để ... Đồng ý"
    + r"|(?:chung\s+toi|website|trang\s+web)\s+(?:nay\s+)?su\s+dung\s+cookie.{0,400}"
    # a page's login and sign-up links: "Đăng nhập | Đăng ký", "Đăng nhập / Đăng ký  Tìm kiếm..."
    + r"|dang\s+nhap\s*[|/]?\s*dang\s+ky(?:\s+nhan\s+(?:ban\s+)?tin(?:\s+moi)?)?(?:\s+tim\s+kiem\S*)?"
    # a chat group's pinned message: "📌 Tin nhắn đã ghim: ..." (its header is guarded, below)
    + r"|tin\s+nhan\s+da\s+ghim\s*:.{0,300}"
    # a post's counts: "👁 1,6K lượt xem   ❤ 214", "Lượt đọc: 862"
    + r"|luot\s+(?:xem|doc)\s*:?\s*[\d.,]+"
    + r"|[\d.,]+k?\s+luot\s+(?:xem|doc|thich)(?:[^\w]+[\d.,]+k?)*"
    # a post's reactions, comments and shares: "❤️😊 86    12 bình luận · 5 lượt chia sẻ"
    + r"|(?:[\d.,]+k?\s+)?(?:[^\w\s]{0,4}\s*[\d.,]+k?\s+(?:binh\s+luan|(?:luot\s+)?chia\s+se)\s*[·•|]?\s*){1,3}"
    # ... in English: "💬 12 comments", "1.2K views · 35 shares"; a channel post's views and the
    # time it was edited: "👁 6.8K  edited  17:05"
    + r"|(?:[\d.,]+[km]?\s+(?:views?|comments?|likes?|shares?|reactions?|subscribers?|members?)\s*[·•|]?\s*){1,4}"
    + r"|(?:[\d.,]+[km]?\s+)?edited\s+\d{1,2}:\d{2}"
    # a channel's counts and its promotions under a video: "98,6 N người đăng ký", "► Đăng ký kênh ..."
    + r"|[\d.,]+\s*(?:n|k|tr|nghin|trieu)?\s+nguoi\s+(?:dang\s+ky|theo\s+doi)|dang\s+ky\s+kenh.{0,120}"
    + r"|\d{1,3}(?:[.,]\d{1,2})?\s*(?:n|k|tr|m)"  # (its likes alone on their line: "1,1 N", "2,3K")
    r"|(?:fanpage|xem\s+truc\s+tiep|website|kenh\s+youtube)\s*:.{0,120}"
    # a channel's links under its video: "Theo dõi DRT:", "Facebook: https://..."
    + r"|theo\s+doi(?:\s+[\w.]{1,20}){1,4}\s*:?"
    # (its platforms listed: "Theo dõi QRT trên các nền tảng: Website qrt.vn | Facebook | TikTok")
    + r"|theo\s+doi(?:\s+[\w.]{1,20}){1,4}\s+(?:tren|tai)\s+(?:cac\s+)?(?:nen\s+tang|kenh|mang\s+xa\s+hoi)\b.{0,120}|(?:facebook|youtube|tiktok|zalo|instagram)\s*:\s*(?:https?://|www\.)\S{1,200}"
    + r"|tai\s+(?:ung\s+dung|zalo|app)\b[^,]{0,100}|mo\s+ung\s+dung|gui\s+tu\s+.{1,40}\s+(?:cho|tren)\s+(?:ios|android|iphone|ipad)"
    + r"|sent\s+from\s+my\s+.{1,40}|bai\s+viet\s+duoc\s+chia\s+se\s+tu.{0,100}"
    # a phone scanner's mark under each page: "Scanned with CamScanner", "Quét bằng CamScanner"
    + r"|(?:scanned\s+with|quet\s+bang)\s+(?:camscanner|adobe\s+scan|genius\s+scan|vflat|office\s+lens)"
    # a mail's foot: the phone it was sent from, its attachment, its buttons ("Trả lời    Chuyển
    # tiếp"; "Trả lời" alone is a Q&A's answer)
    + r"|gui\s+tu\s+(?:dien\s+thoai|iphone|ipad|may\s+tinh\s+bang|thiet\s+bi)\b.{0,60}"
    + r"|\[\s*tep\s+dinh\s+kem\s*:.{1,200}\]|tra\s+loi(?:\s+tat\s+ca)?\s{2,}(?:tra\s+loi\s+tat\s+ca\s+)?chuyen\s+tiep"
    # a login form's other way in: "Đăng nhập bằng tài khoản email @x.vn", "Đăng nhập với Google"
    + r"|dang\s+nhap\s+(?:bang|voi|qua)\s+(?:tai\s+khoan|email|google|facebook|zalo|apple|vneid|so\s+dien\s+thoai).{0,60}"
    + r"|(?:doc|xem)\s+bai\s+goc.{0,120}|(?:doc|xem)\s+(?:toan|ca|tron\s+ven)\s+bai(?:\s+(?:viet|bao))?(?:\s+(?:tren|tai)\s.{0,80})?|xem\s+them\s+tai\s*:.{0,200}|noi\s+dung\s+do\s+ai\s+tom\s+tat.{0,120}"
    + r"|tom\s+tat\s*\(ai\)|(?:‹\s*)?quay\s+lai\s+chia\s+se\s*⋮?"
    # a phone's reader mode and status bar: "✕  Chế độ đọc   Aa   ⋮", "21:14    4G  62%"
    + r"|(?:thoat\s+)?che\s+do\s+doc(?:\s+(?:aa|[⋮…×✕]))*"
    + r"|\d{1,2}:\d{2}(?:\s+[^\w\s]|\s+\w){0,6}(?:\s+(?:[345]g|lte|wi-?fi))?\s+\d{1,3}\s*%"
    # a news app's top bar: its back arrow, the outlet's name, its text-size and menu buttons
    + r"|(?:[<‹←]\s+)?[^\n]{2,40}?\s{2,}aa(?:\s+[⋮…])?"
    # a social page's furniture: its pictures' generated descriptions, counts of shares
    + r"|co\s+the\s+la\s+(?:hinh\s+anh|anh|video).{0,300}"
    # ("125 · 12 bình luận · 8 lượt chia sẻ": the reactions' count, bare, first)
    + r"|(?:[\d.,]+k?\s*[·•|]\s*)?"
    r"(?:[\d.,]+k?\s+(?:luot(?:\s+chia\s+se)?|binh\s+luan|chia\s+se|luot\s+thich)\s*[·•|]?\s*){1,3}"
    # (the reactions told by who reacted: "👍❤️ Bạn và 245 người khác", "Minh Anh và 12 người khác")
    + r"|[^\w\s]{0,8}\s*(?:ban|[^\W\d_][^\d\n]{1,40}?)\s+va\s+[\d.,]+k?\s+nguoi\s+khac"
    # an old portal's widgets: weather, exchange rates, gold prices, visitor counters
    + r"|thoi\s+tiet\b.{0,80}|ty\s+gia\s*(?:\([^()]{1,30}\)\s*)?:.{0,120}|gia\s+vang\b.{0,80}"
    + r"|(?:so\s+)?luot\s+truy\s+cap\s*:?\s*[\d.,]*|(?:so\s+nguoi\s+)?dang\s+(?:truc\s+tuyen|online)\s*:?\s*[\d.,]*"
    + r"|(?:khach\s+)?online\s*:?\s*[\d.,]+|hom\s+nay\s*:\s*[\d.,]+|tong\s+(?:so\s+)?luot\s*(?:truy\s+cap)?\s*:\s*[\d.,]+"
    # an aggregator's disclaimer: "Bài viết được tổng hợp tự động. X không chịu trách nhiệm ..."
    + r"|bai\s+viet\s+duoc\s+tong\s+hop\s+tu\s+dong.{0,140}"
    # "Theo dõi Báo X trên Google News", "... trên Telegram: t.me/x"; a channel post's link to
    # the article ("Đọc đầy đủ: https://..."), its views and its mark of an edit
    + r"|theo\s+doi\b.{0,80}\btren\s+(?:google\s+news|telegram|zalo|facebook|youtube|tiktok)(?:\s*:.{0,120})?"
    + r"|doc\s+(?:day\s+du|chi\s+tiet|tiep|them)\s*(?:tai|o)?\s*:\s*(?:https?://|www\.)\S{1,300}"
    + r"|[\d.,]+k?\s+(?:[^\w\s]{1,3}\s*)?da\s+chinh\s+sua"
    + r"|(?:" + _TAGS_LABEL + r"|chuyen\s+muc|the|categor(?:y|ies))\s*:.{0,200}"
    + r"|(?:luot\s+xem|luot\s+doc|so\s+luot\s+xem)\s*:?\s*[\d.,]*|[\d.,]+\s+luot\s+(?:xem|doc)"
    # audio player "0:00 / 3:21 1x"; a video's "▶  00:00 / 03:12   HD"
    + r"|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?(?:\s+[\d.,]{1,4}\s*x)?(?:\s+(?:hd|sd|4k|\d{3,4}p))?"
    # (its pause button and speed: "▶  00:00 / 03:52   ⏸   Tốc độ 1.0x ▾"), its voices
    + r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\s*(?:[^\w\s]{1,3}\s*)?(?:toc\s+do\s*:?\s*)?[\d.,]{1,4}\s*x"
    + r"|toc\s+do(?:\s+phat)?\s*:?\s*[\d.,]{1,4}\s*x"  # its speed alone: "Tốc độ phát 1x"
    + r"|giong\s+doc\b(?:\s*:.{0,160}|\s*[▸▶►▷]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)"
    # ... its speeds ("Tốc độ đọc:  0.75x   1x   1.25x"), its note on the machine's voice:
    # "Sản phẩm được đọc bằng công nghệ trí tuệ nhân tạo (AI)", "Bài viết được đọc bởi AI"
    + r"|toc\s+do(?:\s+doc)?\s*:?(?:\s+[\d.,]{1,4}\s*x){1,8}"
    + r"|(?:san\s+pham|bai\s+viet|bai\s+bao|noi\s+dung|am\s+thanh)\s+(?:duoc\s+)?doc\s+(?:bang|boi)\s+"
    r"(?:cong\s+nghe\s+)?(?:tri\s+tue\s+nhan\s+tao|ai|giong\s+doc\s+ai)(?:\s*\(ai\))?"
    # a forum's page of pages, and its poster's card: "Trang 1/3", "Thành viên tích cực",
    # "Tham gia: 03/2016", "Bài viết: 412", "Nơi ở: Kon Tum"; its thanks under a post
    + r"|trang\s+\d{1,4}\s*/\s*\d{1,4}"
    + r"|thanh\s+vien(?:\s+(?:moi|tich\s+cuc|chinh\s+thuc|cap\s+cao|ban\s+quan\s+tri|vip))?"
    + r"|(?:ngay\s+)?tham\s+gia\s*:\s*(?:\d{1,2}\s*[/.-]\s*)?\d{1,2}\s*[/.-]\s*\d{4}"
    + r"|(?:bai\s+viet|bai\s+gui|so\s+bai|duoc\s+thich|diem\s+thanh\s+tich|diem\s+tuong\s+tac)\s*:\s*[\d.,]+"
    # (its rank, "Điều hành viên", and the thread's line: "Thảo luận trong 'X' bắt đầu bởi Y, 15/1/21.")
    # a news app's banner and share text: "Đọc trên ứng dụng Nhân Dân", "Trải nghiệm đọc nhanh hơn, ...",
    # "Chia sẻ từ ứng dụng X trên iPhone. Tải ứng dụng miễn phí: ..."
    + r"|doc\s+(?:tren|bang)\s+ung\s+dung\b.{0,40}|trai\s+nghiem\s+doc\b.{0,100}"
    + r"|chia\s+se\s+tu\s+ung\s+dung\b.{0,160}"
    # a search engine's results page: "Khoảng 18.300 kết quả (0,41 giây)", its tabs, its boxes
    + r"|khoang\s+[\d.,]+\s+ket\s+qua(?:\s*\(\s*[\d.,]+\s+giay\s*\))?|moi\s+nguoi\s+cung\s+hoi"
    + r"|(?:cac\s+)?(?:tim\s+kiem|noi\s+dung)\s+(?:co\s+)?lien\s+quan"
    # (a result's address and its path: "https://baodaklak.vn › chinh-tri › xay-dung-dang")
    + r"|(?:https?://)?[a-z0-9.-]{2,60}\.[a-z]{2,6}(?:\s*›\s*[^›]{1,60}){1,6}"
    # a channel's count of views under a post, its edit mark: "👁 2.4K", "👁 3.4K  edited 7:22"
    + r"|\d[\d.,]*\s*[km](?:\s+edited(?:\s+\d{1,2}:\d{2})?)?"
    # a chatbot's turns: "Bạn đã nói:", "ChatGPT đã nói:", "Đã tìm kiếm 3 trang web"
    + r"|(?:ban|" + alt(fold(n) for n in CHATBOT_NAMES) + r")\s+da\s+noi|da\s+tim\s+kiem\s+\d{1,3}\s+trang\s+web"
    + r"|dieu\s+hanh\s+vien|thao\s+luan\s+trong\s.{0,120}\sbat\s+dau\s+boi\s.{0,80}"
    + r"|noi\s+o\s*:.{1,40}|cam\s+on\s+bai\s+viet\s+cua\s+\S{1,40}(?:\s*\(\d{1,5}\s+thanh\s+vien\s+cam\s+on\))?"
    + r"|tat\s+ca\s+thoi\s+gian\s+deu\s+la\s+gmt.{0,80}|powered\s+by\s+.{2,120}"
    + r"|aa"  # a text-size button alone
    + r"|(?:nghe(?:\s+doc)?|doc|xem)(?:\s+(?:bai(?:\s+viet)?|ban\s+tin|tin|video|noi\s+dung))?\s*[▶►▷]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?"
    # (the voice chosen after it: "Nghe bài viết 00:00 / 05:12 Giọng nữ miền Nam"; its speed:
    # "Nghe bài viết   00:00 / 03:47   Tốc độ 1x")
    r"(?:\s*giong\s+(?:nam|nu)(?:\s+mien\s+(?:bac|trung|nam))?)?(?:\s*(?:toc\s+do\s*:?\s*)?[\d.,]{1,4}\s*x)?"
    + r"|(?:tai|tai\s+ve|xem)\s+ban\s+(?:pdf|in)(?:\s*\([^()]{0,20}\))?"  # "Tải bản PDF (2,4 MB)"
    # a file to download, named: "Tải file âm thanh: bantin_16042021.mp3 (4,2 MB)", "Download: x.pdf"
    + r"|(?:tai(?:\s+ve)?|download)(?:\s+(?:file|tep|tap\s+tin))?(?:\s+(?:am\s+thanh|audio|dinh\s+kem|pdf|video))?"
    r"\s*:?\s*\S{1,80}\.(?:mp3|mp4|m4a|wav|pdf|docx?|zip|rar)(?:\s*\([\d.,]+\s*[kmg]b\))?"
    # a broadcast's note of the programme it ran in, over its text: "Nội dung được phát trong
    # chương trình Thời sự 6h00 ngày 24/7/2025 trên hệ VOV1. Phát lại lúc 12h00 cùng ngày."
    + r"|noi\s+dung\s+(?:nay\s+)?(?:da\s+|duoc\s+)?phat\s+(?:song\s+)?trong\s+chuong\s+trinh\b.{0,150}"
    + r"|(?:trang\s+chu|home)(?:\s*[>»›/|;·•]\s*.{1,60}){0,8}"
    # a page's address alone on a line: "baodaklak.vn/channel/3481/201410/giao-ban-...-2335671/"
    # (after its label: "Địa chỉ bài viết: https://...", "Đường dẫn: ...")
    + r"|(?:(?:dia\s+chi|duong\s+dan|link|url)(?:\s+(?:bai\s+viet|bai|trang))?\s*:\s*)?"
    # (or a reader view's: "read://https_baoquangnam.vn/?url=...", "about:reader?url=https://...")
    r"(?:https?://|read://(?:https?_)?|about:reader\?url=(?:https?(?::|%3a)(?://|%2f%2f))?)?"
    r"(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){1,3}(?:/[^\s]*)?"
    # a row of share buttons: "Chia sẻ  Facebook  Zalo", "Facebook Twitter Email" (its icons
    # in brackets: "Chia sẻ: [f] [in] [Zalo] | In bài viết")
    + r"|(?:\[?(?:chia\s+se(?:\s+bai\s+viet)?|facebook|zalo|twitter|tweet|email|gui\s+email|in\s+bai|in|print|f"
    r"|google\+|linkedin|pinterest|telegram|messenger|sao\s+chep\s+(?:lien\s+ket|link)|thich|bao\s+loi|luu"
    r"|like|share|copy\s+link|linkedin|in\s+bai\s+viet|quay\s+lai|tro\s+ve|ve\s+dau\s+trang"
    r"|len\s+dau\s+trang|ban\s+in|sao\s+chep|x|binh\s+luan(?:\s*\(\d{1,5}\))?"
    r"|tim\s+kiem|dang\s+nhap|dang\s+ky|dang\s+xuat)\]?\s*[:,·•|]?\s*){2,8}",  # (X: the old Twitter)
    # (and a page top's account buttons: "Tìm kiếm     Đăng nhập")
    [
        # a chat group's header: "〈 Chi bộ KV3 👥 48 thành viên 🔍 ☰"
        # (a sentence is none: "Chi bộ có 37 thành viên." has a verb before its count, or a stop)
        (("thanh",), r"(?!.*[.;!?]\s*$).{0,80}\b(?<!\bco )(?<!\bgom )(?<!\bla )(?<!\bvoi )"
         r"\d{1,5}\s+thanh\s+vien\b.{0,12}"),
        # an app's line of its source, age and reading time: "Báo Bình Dương · 1 ngày trước ·
        # 3 phút đọc" (the pieces before it hold no date: "27 thg 4, 2023 · Hà Tĩnh 24h · 3 phút
        # đọc" is the date line)
        # (an aggregator's source and age: "Theo Báo Cần Thơ - 2 giờ trước")
        # (nor in English: "hanoimoi.vn · Jan 13, 2023 · 7 min read")
        # (its source and age apart by a bullet: "Báo Kon Tum • 18 giờ trước")
        (("truoc", "doc", "read", "phut", "minutes"), r"(?:(?![^·•|]*\d\s*(?:[/.-]|thg|thang)\s*\d"
         r"|[^·•|]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
         r"[^·•|]{1,50}[·•|]\s*){0,2}"
         + _AGE_OR_READING + r"(?:\s*[·•|]\s*" + _AGE_OR_READING + r")?"
         r"|theo\s+[^·•|\d]{2,50}\s[-–·•|]\s*" + _AGE_OR_READING),
        # a page's rating by stars: "Bình chọn:  ★★★★☆   (12 lượt)", "Đánh giá: ★★★☆☆"
        (("binh chon", "danh gia"), r"(?:binh\s+chon|danh\s+gia)\s*:?\s*[★☆✩✭⭐]+(?:\s*\(\s*\d[\d.]*\s+luot[^()]{0,20}\))?"),
        # a read-later app's note of the day it kept the page: "Saved January 9, 2023 · Archived"
        (("saved",), r"saved\s+(?:on\s+)?[\w ,/.:-]{4,40}?(?:\s*[·|]\s*(?:archived|unread|favou?rited?))*"),
        # a long article's pages: "Trang 1  2  3  Trang sau »", "« Trang trước  1  2  3 ... 48"
        (("trang",), r"(?:[«‹<]\s*)?(?:trang\s+truoc\s*)?(?:trang\s*:?\s*)?\d{1,2}(?:\s*(?:[|·]|\.{2,3}|…)?\s*\d{1,3}){1,15}"
         r"(?:\s*(?:trang\s+(?:sau|tiep)|tiep|sau))?\s*[»›>]?"),
        # an app's or a browser's prompt: "Tải app Báo X – Đọc tin nhanh hơn [Cài đặt]", "Cho phép
        # nhận thông báo từ ...? [Không] [Cho phép]", "Mở trong ứng dụng"
        (("app", "ung dung", "thong bao"), r"(?:tai|cai\s+dat)\s+(?:app|ung\s+dung)\s+(?:bao|tin|doc)\b.{0,150}"
         r"|(?:mo|doc\s+tiep)\s+(?:tren|trong|bang)\s+(?:app|ung\s+dung)\b.{0,60}|(?:cho\s+phep|bat|dang\s+ky)\s+nhan\s+thong\s+bao\b.{0,150}"
         # ("Đọc báo nhanh hơn trên ứng dụng di động – Tải ngay miễn phí")
         r"|doc\s+(?:bao|tin)\b.{0,40}\b(?:tren|bang)\s+(?:app|ung\s+dung)\b.{0,60}"),
        # a link to another article inside this one: "Xem thêm: ...", "Đọc thêm: ..."
        (("them",), r"(?:xem|doc)\s+them\s*:\s*[^.!?]{3,150}[.!?]?"),
        # an old portal's menu between double colons: ":: Trang chủ :: Thời sự :: Xây dựng Đảng ::"
        (("::",), r"(?::{1,2}\s*)?[^:\n]{1,40}(?:\s*::\s*[^:\n]{1,40}){2,14}\s*:{0,2}"),
        # a row of buttons in brackets: "[Về đầu trang]   [In trang này]   [Gửi cho bạn bè]"; a search
        # box: "Tìm kiếm: [            ] [Tìm]"
        (("[",), r"(?:\[[^\[\]]{1,30}\]\s*){2,8}"
         # a broadcast transcript's marks alone on their line: "[Hết băng]", "[Nhạc hiệu]"
         r"|\[\s*(?:het\s+bang|het\s+tin|ket\s+thuc|nhac\s+hieu|nhac\s+nen|am\s+thanh\s+hien\s+truong)\s*\]"
         r"|(?:tim\s+kiem|search)\s*:?\s*\[[\s_.]*\]\s*(?:\[\s*(?:tim|tim\s+kiem|search|go)\s*\])?"
         # (the box's words in place of its field: "Tìm kiếm...   [Tìm]")
         r"|(?:tim\s+kiem|search)\s*(?:\.{2,3}|…)?\s*\[\s*(?:tim|tim\s+kiem|search|go)\s*\]"),
        # the same box copied without its brackets: "Tìm kiếm:  \t\tTìm"
        (("tim kiem",), r"(?:tim\s+kiem|search)\s*:\s*(?:tim|tim\s+kiem|search|go)?"),
        # a player's fallback text: "Your browser does not support the video tag.", "Trình duyệt của
        # bạn không hỗ trợ phát video"
        (("browser", "trinh duyet"), r"(?:your\s+browser\s+does\s+not\s+support|trinh\s+duyet\s+(?:cua\s+ban\s+)?"
         r"khong\s+ho\s+tro)\b.{0,60}"),
        # a voice read by a machine, and its notes: "Giọng đọc: Nữ miền Nam", "Âm thanh bài viết
        # được tạo bởi AI từ văn bản gốc ...", "Nội dung tóm tắt được tạo bởi AI, chỉ mang tính ..."
        (("giong", " ai", "tri tue"), r"giong\s+doc\s*:?\s*(?:nam|nu|ai)\b.{0,30}"
         r"|" + AI_NOTE),
        # a newsletter's head: "Không xem được thư này? Xem bản tin trên trình duyệt [1]", "View this
        # email in your browser"
        (("xem duoc", "browser", "trinh duyet"),
         r"(?:khong\s+xem\s+duoc\s+(?:thu|email|ban\s+tin)(?:\s+nay)?|(?:view|read)\s+(?:this\s+)?(?:email|newsletter)"
         r"\s+in\s+(?:your\s+)?browser|xem\s+(?:ban\s+tin|thu)\s+tren\s+trinh\s+duyet)\b.{0,80}"),
        # a newsletter's foot: "Cập nhật tùy chọn nhận tin | Hủy đăng ký | Chuyển tiếp cho bạn bè"
        (("huy dang ky", "unsubscribe"), r".{0,80}(?:\|\s*(?:huy\s+dang\s+ky|unsubscribe)\b.{0,80}"
         r"|\b(?:huy\s+dang\s+ky|unsubscribe)\s*\|.{0,80})|(?:huy\s+dang\s+ky|unsubscribe)(?:\s+nhan\s+tin)?"),
        # a blog's way to its other posts: "« Previous Post: ...", "Next Post: ... »"
        (("post", "article", "entry"), r"(?:previous|next|older|newer)\s+(?:post|article|entry)\s*:.{0,150}"),
        # a chat app's official account: its badge and buttons ("✓ Đã xác thực", "Quan tâm   Nhắn tin")
        (("xac thuc", "verified", "nhan tin"), r"(?:da\s+xac\s+thuc|verified)"
         r"|(?:quan\s+tam|theo\s+doi|follow)\s+(?:nhan\s+tin|message)"),
        # (and its clock: "Current Time 0:00", "Duration 2:47", "Loaded: 0%")
        (("time", "duration", "loaded"), r"(?:current\s+time|duration|remaining\s+time)\s*:?\s*-?\d{1,2}:\d{2}(?::\d{2})?"
         r"|loaded\s*:?\s*[\d.,]+\s*%"),
        # a blog's share row: "Share this:  Facebook   X   Email   Print"
        (("share this",), r"share\s+this\s*:?(?:\s+(?:facebook|x|twitter|email|print|linkedin|zalo"
         r"|telegram|whatsapp|reddit|pinterest|more|tumblr))*"),
        # a marquee of greetings: "*** Nhiệt liệt chào mừng năm mới 2014 *** Mừng Đảng ... ***"
        (("***",), r".{0,200}\*\*\*.{0,200}"),
    ],
)
#: the line under a social page's name (folded): "Tài khoản chính thức · Cơ quan Đảng, Nhà nước"
SOCIAL_ACCOUNT_F = re.compile(
    r"(?:tai\s+khoan\s+(?:chinh\s+thuc|da\s+xac\s+thuc)|trang\s+chinh\s+thuc|official\s+account)\b")
#: widgets matched as printed, not folded: folded, they are names ("Báo lỗi" / "BẢO LỢI")
EXACT_CHROME = frozenset({"Báo lỗi", "báo lỗi", "Báo cáo vi phạm", "Báo cáo sai phạm"})
#: a widget row: pieces that are each chrome, joined by "|": "Cỡ chữ: A A A | In bài | Gửi email"
CHROME_ROW_SPLIT_RE = re.compile(r"\s+\|\s+|\s*\|\s*(?=\S)")
#: a line made only of HTML tags left by a scraper: ``<img src="..." alt="...">``,
#: ``<script>...</script>``, ``<br/>`` (original text, whole stripped line)
MARKUP_LINE_RE = full_line(
    r"(?:\s*(?:<(?P<el>script|style|noscript)\b[^>]{0,500}>.*?</(?P=el)\s*>"
    r"|<[a-zA-Z/!][^<>]{0,1000}>))+"
)
#: an element whose content is code, opened on a line without its closing tag
MARKUP_OPEN_RE = re.compile(r"\s*<(script|style|noscript)\b[^>]{0,500}>(?!.*</\1\s*>)")
#: a forum thread's second post or a later one, a reply (folded): "#2   15/04/2020, 07:42 AM"
_FORUM_REPLY = r"#(?:[2-9]|\d{2,4})\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
#: the label of a line of tags (folded), opening it
TAGS_LABEL_F = re.compile(_TAGS_LABEL + r"\s*:")
#: headings after which the rest of the page is related news or comment forms
TAIL_MARKER_F = full_line(
    # (after the heading in the script of a page's other language: "ព័ត៌មានពាក់ព័ន្ធ / Tin liên quan")
    r"(?:[^\x00-\x7f\s]+(?:\s[^\x00-\x7f\s]+){0,5}\s*/\s*)?"
    r"(?:" + alt([
        "tin khac", "cac tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan",
        "cac tin lien quan", "cac bai lien quan", "cac bai viet lien quan", "cac tin bai lien quan",
        "tat ca binh luan", "binh luan noi bat", "phu hop nhat",  # a social post's comments
        "tags", "tag", "tu khoa",  # a list of tags under the article, one a line
        "dieu huong bai viet", "de lai mot binh luan", "de lai binh luan", "de lai mot",  # WordPress
        "tin cung chuyen muc", "cac bai viet khac", "tin bai khac", "tin da dua", "cac tin da dua",
        "phan hoi", "gui phan hoi", "y kien ban doc", "binh luan", "gui binh luan", "gui y kien",
        "y kien ban doc gui y kien", "binh luan gui binh luan",  # the heading and its button on one line
        "xem nhieu nhat", "moi nhat", "doc nhieu nhat", "tin moi nhat", "cac tin moi",
        "tin cung loai", "xem them", "doc them", "y kien phan hoi",
        "co the ban quan tam", "ban co the quan tam", "xem them video", "video khac", "tin moi",
        "tin cung chu de", "doc tiep", "bai cung chuyen muc", "tin bai cung chuyen muc",
        "tin moi hon", "tin cu hon", "cac tin moi hon", "cac tin cu hon", "tin da dang",
        "them binh luan", "cac tin, bai da dang", "tin, bai da dang", "cac tin bai da dang", "cac bai da dang", "bai da dang",
        "van ban lien quan", "tep dinh kem", "cung chu de", "tin cung chu de", "bai cung chu de",
        "cac tin cung chuyen muc", "cac bai cung chuyen muc", "cac bai viet cung chuyen muc",
        "cac tin, bai khac", "tin, bai khac", "cac tin bai khac", "cac tin da dua ngay",
        "cac tin, bai viet khac", "tin, bai viet khac", "cac tin bai viet khac",
        "tin da dua ngay", "tiep theo", "binh luan cua ban", "cac chuong trinh khac", "chuong trinh khac",
        "cac video khac", "ban tin khac", "cac ban tin khac", "bai viet cung chuyen muc",
        "bai viet cung chu de", "bai viet khac", "tin cung danh muc", "bai viet cung danh muc", "y kien cua ban", "viet binh luan", "gui y kien cua ban",
        # a reader's or a blog's way to the next item: "‹ Bài trước trong thư mục", "Bài tiếp theo ›"
        "bai truoc", "bai sau", "bai tiep theo", "tin truoc", "tin sau", "tin tiep theo",
        "bai truoc trong thu muc", "bai tiep theo trong thu muc",
        "tin tuc cung chuyen muc", "tin tuc lien quan", "tin tuc khac", "cac tin tuc khac",
        # an English page's: "Related news / Tin liên quan"
        "related news", "related articles", "related posts", "other news", "more news",
        "read more", "comments",
        # a read-later app's or a clipper's marks and notes under the page: "Highlights (2)"
        "highlights", "my highlights", "my notes", "ghi chu rieng", "ghi chu cua toi",
        "cung chuyen muc", "tin cung muc", "cung danh muc",
        # a newsletter's other items under the one read: "CŨNG TRONG SỐ NÀY"
        "cung trong so nay", "trong so nay con co", "cac tin khac trong ban tin",
        # a portal's box of its latest documents beside the article
        "van ban moi", "van ban moi nhat", "van ban moi ban hanh",
        # a box of the most read, inside the article or after it ("XEM NHIỀU" / "1  Triển khai ...")
        "xem nhieu", "doc nhieu", "tin xem nhieu", "tin doc nhieu", "tin noi bat", "noi bat",
        # a social network's suggestions under a post
        "goi y cho ban", "de xuat cho ban",
    ]) + r"|(?:xem\s+them\s+)?\d{1,5}\s+(?:binh\s+luan|y\s+kien)"
    r"|binh\s+luan\s*[·•:]\s*\d{1,5}"  # (its count after a mark: "Bình luận · 3")
    r"|\d{1,2}\s+(?:tep\s+dinh\s+kem|attachments?)"  # a printed mail's attachments: "2 tệp đính kèm"  # "Bình luận (0)", "7 bình luận", "Ý kiến (4)"
    r"|y\s+kien(?=\s*\(\d))(?:\s*\(\d{1,5}\))?"
    # "Tin khác từ Thời báo X", "Các tin khác của chuyên mục"
    + r"(?:(?<=khac)\s+(?:tu|cua|cung|trong)\s+.{2,50})?"  # "Các tin khác trong số này"
    # two languages side by side: "Related news / Tin liên quan"
    + r"(?:\s*/\s*(?:" + alt(["tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan",
                                "cac tin khac", "binh luan", "xem them", "doc them"]) + r"))?"
    # a video's embed code box, the player's furniture under it: "Nhúng video  <iframe>"
    + r"|nhung\s+(?:video|ma)\b.{0,60}"
    # a bulletin's way to its other items: "Đọc tiếp trong số này: Hỏi – đáp nghiệp vụ"
    + r"|(?:doc|xem)\s+(?:tiep|them)\s+trong\s+so\s+nay\s*:.{0,100}"
    # an e-paper's ways to its other pages and issues: "Các trang khác của số này: 1 | 2 | 3",
    # "Số báo gần đây: Số 6123 (8/12/2023) | ..."
    + r"|(?:cac\s+trang\s+khac\s+cua\s+so\s+nay|so\s+bao\s+gan\s+day)(?:\s*:.{0,300})?"
    # a reader's vote under the article: "Bài viết này có hữu ích với bạn không?   Có (12)"
    + r"|bai\s+viet\s+(?:nay\s+)?co\s+huu\s+ich.{0,120}"
    # a page's or an account's other posts: "Xem thêm từ Ban Tổ chức ...", "🔗 Đọc thêm trên baolaocai.vn"
    + r"|(?:doc|xem)\s+them\s+(?:tu|tren|tai)\s+.{2,80}"
    + r"|" + _FORUM_REPLY + r".{0,30}"  # a forum thread's reply (its post's header)
)
#: a heading of readers' comments (folded): they always end the article
COMMENTS_MARKER_F = re.compile(
    r"(?:phan\s+hoi|gui\s+phan\s+hoi|y\s+kien\s+ban\s+doc|binh\s+luan|gui\s+binh\s+luan|gui\s+y\s+kien"
    r"|y\s+kien\s+phan\s+hoi|comments|y\s+kien\s*\(\d|\d{1,5}\s+y\s+kien)\b"
    r"|" + _FORUM_REPLY)  # (a forum thread's reply, as TAIL_MARKER_F found it)
#: a page's footer (folded, anywhere in a line): never the article's prose
FOOTER_F = re.compile(
    r"giay\s+phep|ban\s+quyen|co\s+quan\s+chu\s+quan|dien\s+thoai\s*:|tong\s+bien\s+tap\s*:"
    r"|dia\s+chi\s*:|email\s*:|©|copyright")
#: chrome glued to the end of a line by (no-break) spaces: " Kim Liên\xa0Xem phản hồi"
GLUED_TAIL_F = re.compile(
    r"(?:[\s|]+|\s[-–]\s)" + alt(["xem phan hoi", "chia se", "in bai", "gui email", "phan hoi",
                         "binh luan", "gui binh luan", "xem bai goc"]) + r"[\s:.|]*$"
)
#: site header lines: "Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh X", "cổng thông tin điện tử tỉnh x"
SITE_HEADER_F = full_line(
    # (after the outlet's short name: "KTV - Đài Phát thanh và Truyền hình Kon Tum")
    r"(?:[a-z0-9.]{2,10}\s*[-–|:]\s*)?(?:"
    r"(?:chao\s+mung\s+(?:ban|quy\s+vi|quy\s+khach|cac\s+ban)\s+(?:da\s+)?den\s+voi\s+.{3,100})"
    r"|(?:(?:cong|trang)\s+thong\s+tin\s+(?:dien\s+tu|noi\s+bo)|cong\s+ttdt|trang\s+ttdt|bao\s+dien\s+tu"
    r"|bao\s+\w+\s+dien\s+tu)\b(?:[^.!?]|(?<=tp)\.){0,80}"
    r"|bao(?:\s+[\w.]+){2,5}\s+dien\s+tu"  # "Báo Sơn La điện tử", "Báo TP. Hồ Chí Minh điện tử"
    # a merged provincial outlet: "Báo và Phát thanh, Truyền hình Đồng Nai"
    r"|bao\s+va\s+phat\s+thanh\s*,?\s*truyen\s+hinh(?:\s+[\w.]+){1,4}"
    # a provincial radio and television station: "Đài Phát thanh và Truyền hình Cà Mau"
    r"|dai\s+(?:phat\s+thanh\s*(?:va|-|–)?\s*truyen\s+hinh|pt\s*-\s*th)(?:\s+[\w.]+){1,5}"
    # a party committee's portal: "Đảng bộ tỉnh Quảng Ninh", "Đảng bộ Thành phố Hà Nội"
    r"|dang\s+bo\s+(?:tinh|thanh\s+pho|tp\.?)\s+\w+(?:\s+\w+){0,3}"
    # an aggregator's name and its slogan: "TinNhanh24h - Đọc báo, tin tức tổng hợp"
    r"|[\w.]{2,30}(?:\s+[\w.]+){0,3}\s*[-–|:]\s*(?:doc\s+bao|tin\s+tuc\s+(?:tong\s+hop|moi|nhanh|24h|online))\b[^.!?]{0,80}"
    # a paper's site named "... Online": "THANH HOÁ ONLINE - Báo Thanh Hoá", "Lâm Đồng Online"
    r"|(?:[\w.]+\s+){1,4}online(?:\s*[-–|]\s*(?:bao|trung\s+tam\s+truyen\s+thong)(?:\s+[\w.]+){1,5})?"
    # a province's media centre: "Trung tâm Truyền thông tỉnh Quảng Ninh"
    r"|trung\s+tam\s+truyen\s+thong\s+(?:tinh|thanh\s+pho|tp\.?)(?:\s+[\w.]+){1,3})"
    # (with the page's kind: "Báo và Phát thanh, Truyền hình Khánh Hòa · Podcast")
    r"(?:\s*[·|]\s*(?:podcast|video|audio|multimedia|e-?magazine|longform|infographics?))?"
)
#: the outlet named by a site header line (original text)
SITE_NAME_RE = re.compile(
    r"(?:(?:Cổng|cổng|Trang|trang)\s+(?:thông\s+tin\s+điện\s+tử|TTĐT|tin(?:\s+điện\s+tử)?\s)"
    r"|Báo\s+điện\s+tử"
    r"|Báo(?:\s+\S+){1,5}?\s+điện\s+tử"
    r"|Đài\s+(?:Phát\s+thanh\s*(?:và|-|–)?\s*[Tt]ruyền\s+hình|PT\s*-\s*TH)(?=\s))"
    r"[^.!?\n]{0,80}"
)
_SECTION_LABELS = [
    "chinh tri", "xay dung dang", "thoi su", "tin tuc", "tin tuc - su kien", "tin tuc su kien",
    "su kien", "tin hoat dong", "hoat dong", "to chuc xay dung dang", "trang chu", "xa hoi",
    "kinh te", "van hoa", "phap luat", "quoc phong", "an ninh", "quoc phong - an ninh",
    "tin trong nuoc", "tin dia phuong", "dia phuong", "tin tong hop", "diem tin", "diem tin tuan", "tin noi bat",
    "phong van", "doi thoai", "phong van - doi thoai",
    "xay dung dang - chinh quyen", "xay dung dang va he thong chinh tri", "he thong chinh tri",
    "tin trong tinh", "tin trong huyen", "tin moi", "chinh tri - xa hoi", "dang va cuoc song",
    "cong tac xay dung dang", "hoat dong cua lanh dao", "tin hoat dong cua lanh dao",
    "thoi su chinh tri", "chinh tri - xay dung dang", "tieu diem", "tin anh", "nganh to chuc",
    "tin tuc hoat dong", "tin hoat dong nganh", "tin nganh", "nghien cuu - trao doi",
    # a station's news of its province; an armed force's or a police's own
    "thoi su tinh", "thoi su trong tinh", "thoi su dia phuong", "xay dung luc luong", "xay dung quan doi",
]
_SECTION = alt(_SECTION_LABELS)
SECTION_LABEL_F = full_line(
    # (a printed page's head, its number beside: "4 XÂY DỰNG ĐẢNG", "Xây dựng Đảng 5")
    r"(?:\d{1,2}\s+)?" + _SECTION + r"(?:\s+\d{1,2})?"
    # (a slash before a year is a date's or a quarter's: "quý I/2023")
    # (each piece a section's few words: after "Xây dựng Đảng | " a headline's ten is a headline)
    + r"|" + _SECTION + r"(?:\s*(?:[>»›|]|/(?!\d))\s*(?=[^>»›|/]{1,50}(?:[>»›|/]|$))[^\s>»›|/]+(?:\s+[^\s>»›|/]+){0,5}){1,4}\s*"
    # "Chính trị  Xây dựng Đảng": labels apart by two spaces
    + r"|" + _SECTION + r"(?:[ \xa0]{2,}" + _SECTION + r"){1,3}"
    # a book's chapter or part over its heading: "Chương III", "Phần 2"
    + r"|(?:chuong|phan)\s+(?:[ivxl]{1,5}|\d{1,2})")
#: "Chính trị | Headline" or "Xây dựng Đảng » Headline": a label glued before the title
TITLE_LABEL_PREFIX_F = re.compile(
    # (or two spaces, as a page's label and headline on one line copy: "Xây dựng Đảng  Ninh Bình ...")
    _SECTION + r"(?:\s*(?:[|»>:]|\s[-–]\s)\s*|[ \xa0]{2,}(?=\S))"
    # a kind of page before its headline: "Video: ...", "[Infographic] ...", "(Cập nhật) ..."
    # (a screen reader's page: "Tiêu đề cấp 1: ...")
    r"|(?:\[\s*|\(\s*)?(?:video|clip|infographic|emagazine|e-magazine|longform|podcast|photo|anh|tit"
    # (a draft's mark: "[BẢN THẢO] ...", "[Nháp] ...")
    r"|ban\s+thao|ban\s+nhap|draft"
    # (a script's field: "Tên bài: ...")
    r"|cap\s+nhat|tieu\s+de(?:\s+cap\s+[1-6])?|ten\s+bai"
    # (a feed reader's field, its item starred or not: "[★] Title: ...")
    r"|(?:\[\s*[★☆*]\s*\]\s*)?(?:title|headline))(?:\s*[\])])?\s*(?::|\s[-–]\s|(?<=[\])])\s)\s*")
#: breadcrumb line "Trang chủ > Chính trị > Xây dựng Đảng"
BREADCRUMB_RE = full_line(r"[^>»›|;·\n]{1,40}(?:\s[>»›|;·]\s[^>»›|;·\n]{1,40}){1,12}(?:\s[>»›])?")  # (a forum's ends "... >")
#: a mail address in angle brackets, as a mail's headers print it: "<anh.vh@tinh.gov.vn>"
MAIL_ADDRESS = r"<[^<>@\s]+@[^<>\s]+>"
#: an e-mail header line (folded): "Từ: ...", "Đã gửi: ...", "Tiêu đề: ...", "From:", "Subject:"
MAIL_HEADER_F = re.compile(
    r"(?:tu|from|ngay|date|sent|da\s+gui|gui\s+luc|toi|den|to|cc|bcc|tieu\s+de|chu\s+de"
    r"|subject|nguoi\s+gui|nguoi\s+nhan)\s*:\s*\S")
#: a forward marker (folded): "---------- Forwarded message ---------", "-----Original Message-----"
FORWARD_MARK_F = re.compile(
    r"-*\s*(?:forwarded\s+message|original\s+message|thu\s+chuyen\s+tiep"
    r"|(?:tin\s+nhan\s+|bai\s+(?:viet\s+)?)?(?:duoc\s+|da\s+)?chuyen\s+tiep(?:\s+tu\s.{1,40})?|forwarded(?:\s+from\s.{1,40})?"
    r"|begin\s+forwarded\s+message\s*:?)\s*-*")
#: buttons that are chrome only in brackets (folded): a forum's "[Trả lời]", "[Trích dẫn]"
BRACKETED_BUTTONS = frozenset({"tra loi", "trich dan"})
#: one widget in brackets: "[Trở về]", "[In bài]"
BRACKETED_RE = re.compile(r"\[([^\[\]]{1,30})\]")
#: a printed page's furniture (original text, whole line): a page number "- 2 -", "Trang 3";
#: a table of contents' line with dot leaders "- Nhiệm vụ trọng tâm năm 2022 .......... 2"
PRINT_CHROME_RE = re.compile(
    r"[-–—]\s*\d{1,3}\s*[-–—]|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}"
    # a social page's counters: "+4" (more pictures), "👍❤️ 187" (reactions)
    r"|\+\d{1,3}|[^\w\s]{1,8}\s*[\d.,]{1,7}[KkNn]?"
    r"|.{1,120}?(?:\s?\.{4,}|…{2,})\s*\d{1,3}")
#: a bulletin's issue line or its furniture (folded, whole line): "Số 01 - Tháng 01/2022",
#: "(Lưu hành nội bộ)", "TRONG SỐ NÀY", "Mục lục"
ISSUE_LINE_F = re.compile(
    # (a daily's number with its thousands' dot, and its year of publication: "Số 7.215 • Năm thứ 48")
    r"\(?\s*(?:so\s+(?:\d{1,2}\.\d{3}|\d{1,4})(?:\s*/\s*\d{4})?(?:\s*\(\d{1,5}\))?"
    r"(?:\s*\(\s*thang\s+\d{1,2}\s*[/-]\s*\d{4}\s*\))?"  # a journal's: "Số 1012 (tháng 4-2023)"
    r"(?:\s*[-–,|/•·]?\s*(?:thang\s+\d{1,2}\s*(?:[/-]|\s+nam\s+)\s*\d{4}|nam\s+\d{4}|nam\s+thu\s+\d{1,3}"
    r"|quy\s+[ivx\d]{1,4}(?:\s*[/-]\s*\d{4})?))?"
    # ("Số 3/2023  *  Lưu hành nội bộ"; "TR0NG SỐ NÀY": an O read as a zero from a scan)
    r"(?:\s*[-–,|*]\s*luu\s+hanh\s+noi\s+bo)?"
    # ("LƯU HÀNH NỘI BỘ – KHÔNG ĐĂNG TẢI TRÊN MẠNG XÃ HỘI": with its warning)
    r"|luu\s+hanh\s+noi\s+bo(?:\s*[-–.,]\s*[^\n]{0,60})?|tr[o0]ng\s+so\s+nay|muc\s+luc)\s*\)?")
#: a day of the lunar calendar under a daily's date (folded, whole line): "(26-5 năm Quý Mão)",
#: "Ngày 8 tháng Giêng năm Giáp Thìn", "(Tức ngày 8 tháng Giêng năm Giáp Thìn)"
LUNAR_DATE_F = re.compile(
    r"\(?\s*(?:tuc\s+)?(?:(?:ngay\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}|(?:ngay\s+)?\d{1,2}\s+thang\s+(?:\d{1,2}|gieng|chap))"
    r"\s*,?\s*(?:nam\s+)?(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
    r"(?:ty|ti|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)(?:\s*\(?\s*am\s+lich\s*\)?)?\s*\)?")
#: a page's note of where the reader is, under the article (folded): "Bạn đang đọc bài viết "..."
#: tại chuyên mục Xây dựng Đảng của Báo X"
READING_NOTE_F = re.compile(r"ban\s+dang\s+(?:doc|xem)\s+(?:bai\s+viet|tin|bai)\b"
                            # (or where a bulletin's photo is: "* Ảnh trang bìa: Quang cảnh ...")
                            r"|\*?\s*anh\s+(?:trang\s+bia|bia|dau\s+trang|dau\s+bai)\s*:"
                            # (or a post's link to the whole article: "👉 Chi tiết: https://...")
                            r"|(?:xem\s+)?(?:chi\s+tiet|doc\s+(?:them|tiep|bai\s+goc|toan\s+bai))(?:\s+tai)?\s*:?\s*"
                            r"https?://\S+\s*$")
#: a page's breadcrumb under its own label (folded, the line's start): "Bạn đang ở: Trang chủ / ...",
#: "Vị trí hiện tại: ...", "You are here: ..."
YOU_ARE_HERE_F = re.compile(r"(?:ban\s+dang\s+o|vi\s+tri(?:\s+hien\s+tai)?|you\s+are\s+here)\s*:")
#: a bulletin's colophon (folded, the line's start): "Chịu trách nhiệm nội dung: ...",
#: "Giấy phép xuất bản số ...", "Ban biên tập: ..."
COLOPHON_F = re.compile(
    r"(?:chiu\s+trach\s+nhiem\s+(?:noi\s+dung|xuat\s+ban|phat\s+hanh)|giay\s+phep\s+xuat\s+ban"
    r"|ban\s+bien\s+tap\s*:|tong\s+bien\s+tap\s*:)")
#: a Party document's type word opening its title line (folded)
DOC_TYPE_F = re.compile(
    r"(?:bao\s+cao(?:\s+tham\s+luan|\s+tom\s+tat|\s+nhanh)?|thong\s+bao|bien\s+ban|ke\s+hoach"
    r"|(?:bai\s+)?phat\s+bieu|dien\s+van|to\s+trinh|quyet\s+dinh|huong\s+dan|chuong\s+trinh"
    r"|nghi\s+quyet|chi\s+thi|ket\s+luan|quy\s+dinh|de\s+an|tham\s+luan|bai\s+noi\s+chuyen"
    r"|cong\s+van|giay\s+moi|quy\s+che|ghi\s+nhanh|diem\s+bao|diem\s+tin"  # (an office's press review)
    # a cell's monthly material: "TÀI LIỆU SINH HOẠT CHI BỘ"
    r"|tai\s+lieu\s+(?:sinh\s+hoat(?:\s+chi\s+bo)?|tuyen\s+truyen|hoc\s+tap|hoi\s+nghi)"
    r"|de\s+cuong(?:\s+(?:phat\s+bieu|bao\s+cao|tuyen\s+truyen|gioi\s+thieu))?"  # (a speaker's notes)
    # a press release, maybe numbered: "THÔNG CÁO BÁO CHÍ SỐ 1"
    r"|thong\s+cao\s+bao\s+chi(?:\s+so\s+\d{1,3})?)(?![\w])")
#: a document's number in its header (folded): "Số 287-BC/BTCTU", "Số:    -BB/BTCTU"
DOC_NUMBER_F = re.compile(r"so\s*:?\s*\d{0,5}\s*-\s*[a-z]{1,5}\s*/\s*[a-z0-9]{2,12}(?:\s*[-/]\s*[a-z0-9]{1,8})?")
#: a document's place and date (folded): "Quảng Trị, ngày 04 tháng 4 năm 2022", day left blank
DOC_DATE_F = re.compile(
    r"[^\d,]{2,40},\s*ngay\s+(?:\d{1,2}\s+)?thang\s+(?:\d{1,2}\s+)?nam\s+\d{4}")
#: a committee's name heading a document (folded, in capitals)
DOC_ISSUER_F = re.compile(
    r"(?:tinh\s+uy|thanh\s+uy|huyen\s+uy|quan\s+uy|thi\s+uy|dang\s+bo|dang\s+uy|ban\s+to\s+chuc"
    r"|ban\s+chap\s+hanh|ban\s+thuong\s+vu|chi\s+bo|ban\s+chi\s+dao|van\s+phong)\b")
#: a line drawn across a text: "=====", "-----", "_____", "*****"
SEPARATOR_LINE_RE = re.compile(r"^[ \t]*([=\-_*~#─━═])\1{4,}[ \t]*$", re.MULTILINE)
#: a social network's relative time stamp (folded, whole line): "3 ngày ·", "5 giờ · 🌏",
#: "Vừa xong ·", "Hôm qua lúc 21:07 ·" (a post's date line, with no date to read; the
#: "·" and the globe are gone when folded_line has trimmed them off the end)
RELATIVE_STAMP_F = re.compile(
    r"(?:\d{1,2}\s*(?:ngay|gio|phut|tuan|thang|nam|d|h|m)(?:\s+truoc)?|vua\s+xong"
    r"|hom\s+qua\s+(?:luc\s+)?\d{1,2}\s*:\s*\d{2}"
    # a social post's day of this year, with no year: "12 tháng 3 lúc 08:30"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+luc\s+\d{1,2}\s*:\s*\d{2}"
    # ... a phone's message, its weekday first: "Thứ Tư, 7 thg 1 • 16:45"
    r"|(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*\d{1,2}\s+th(?:an)?g\s+\d{1,2}\s*(?:luc|[•·,])\s*"
    r"\d{1,2}\s*:\s*\d{2})(?:\s*[·•](?:[^\w]*|[^·•|]{1,40})){0,3}"  # ("3 ngày • Đã chỉnh sửa •")
    r"(?:\s*\((?:da\s+chinh\s+sua|edited)\))?")  # ("2 ngày trước (đã chỉnh sửa)", as YouTube prints it)
#: what makes a date a cut-off or a deadline, not a meeting's (folded, right before it)
CUTOFF_BEFORE_F = re.compile(r"(?:tinh\s+den|den\s+het|den|truoc|tu|han|cham\s+nhat|muon\s+nhat)\s+(?:ngay\s+)?.?$")
#: a schedule's title (folded): "Lịch công tác tuần 37", "Lịch làm việc của Thường trực ..."
SCHEDULE_TITLE_F = re.compile(r"lich\s+(?:cong\s+tac|lam\s+viec|hop|tiep\s+cong\s+dan)\b")
#: a broadcast's speakers, labelling the words they read (folded): "BTV:", "PV:", "PTV (Minh Anh):"
_PRESENTERS = r"(?:btv|pv|mc|ptv|dan)"
#: a broadcast's greeting before its lead (folded): "Kính thưa quý vị!", "Xin chào quý vị và các bạn."
_BROADCAST_GREETING = r"(?:kinh\s+)?(?:thua|xin\s+chao)\s+quy\s+(?:vi|thinh\s+gia)[^!.\n]{0,40}[!.]\s*"
#: an outlet's name opening its lead, a dash after it (folded): "cand.com.vn - ", "tto - ",
#: "qdnd online - "
_DATELINE = r"[\w.]{2,20}(?:\s+online)?\s+[-–—]\s*"
#: a lead naming the meeting's day relative to the publication (folded): "Chiều nay, ...",
#: "(NTV) Sáng qua, ...", "Hôm nay, ..." (with no date after it)
RELATIVE_DAY_LEAD_F = re.compile(
    # (or after a short clause of no number: "Sau một ngày làm việc khẩn trương, chiều tối qua, ...")
    # (or in a broadcast's script, after its presenter and greeting: "PTV (Ngọc Ánh): Thưa quý vị
    # và các bạn! Hôm qua, ...")
    r"\s*(?:" + _PRESENTERS + r"\s*(?:\([^()\n]{1,30}\))?\s*:\s*)?"
    r"(?:" + _BROADCAST_GREETING + r")?"
    r"(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*|" + _DATELINE + r")?(?:[^,\d\n()]{3,60},\s*)?(?:vao\s+)?"
    r"(?:(?:buoi\s+)?(?:sang|trua|chieu\s+toi|chieu|toi)\s+(?:hom\s+)?(?P<a>nay|qua)"  # ("Chiều hôm qua")
    # (not before the day's date: "Chiều qua (24/1)", but before its lunar one: "Chiều qua
    # (25 tháng Chạp)")
    r"|(?:hom|ngay)\s+(?P<b>nay|qua))(?![\w])(?!\s*\(?\s*(?:ngay\s+)?\d{1,2}\s*(?:[/.-]|thang\s+\d))")
#: a lead naming the meeting's day by its weekday only (folded): "Sáng thứ Ba vừa qua, ..."
WEEKDAY_LEAD_F = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*|" + _DATELINE + r")?(?:vao\s+)?(?:buoi\s+)?(?:(?:sang|trua|chieu|toi)\s+)?"
    r"(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<cn>chu\s+nhat))"
    r"(?:\s+(?P<past>vua\s+qua|vua\s+roi|tuan\s+qua|tuan\s+truoc))?\s*,")
#: a past weekday after the meeting's verb (folded): "... diễn ra vào tối thứ Sáu vừa qua"
#: (past only: "diễn ra vào thứ Sáu hằng tuần" is no day)
WEEKDAY_HELD_F = re.compile(
    r"(?:buoi\s+)?(?:(?:sang|trua|chieu|toi)\s+)?(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<cn>chu\s+nhat))"
    r"\s+(?P<past>vua\s+qua|vua\s+roi|tuan\s+qua|tuan\s+truoc)(?![\w])")
#: a document's line stating its meeting's time (folded): "1. Thời gian: ...",
#: "- Thời gian, địa điểm: ..."
TIME_LINE_F = re.compile(r"(?:(?:[ivx]{1,4}|\d{1,2}|[a-z])[.)]\s*|[-+*•]\s*)?thoi\s+gian(?:\s*,\s*dia\s+diem)?\s*:")
#: a minutes' or an invitation's field (folded, the line's start): "Thời gian: ...", "Chủ trì: ..."
FIELD_LINE_F = re.compile(r"(?:thoi\s+gian|dia\s+diem|chu\s+tri|chu\s+toa|thu\s+ky|thanh\s+phan(?:\s+du)?"
                          r"|nguoi\s+lap\s+bieu|thoi\s+luong|nguoi\s+duyet|nguoi\s+hoi)\s*:"
                          r"|anh\s*:\s*\d+\s+anh\b")
# (a bulletin's "Thời lượng: 12 phút"; a draft's "Người duyệt: Trưởng phòng Tổng hợp"; a Q&A
# page's "Người hỏi: Nguyễn Thị Bé Tư"; a draft's note of its photos: "Ảnh: 03 ảnh, để trong ...")
#: an author's school or office under the name (folded, the line's start)
AFFILIATION_F = re.compile(
    r"(?:hoc\s+vien|truong|vien|dai\s+hoc|ban\s+(?:to\s+chuc|tuyen\s+giao|dan\s+van|noi\s+chinh)"
    r"|van\s+phong|so|bo|tap\s+chi|bao|dai|tinh\s+uy|thanh\s+uy|huyen\s+uy|dang\s+uy|uy\s+ban)\b")
#: a photo caption's opening (folded): "Ảnh:", "Ảnh trên:", "Ảnh 2:", "Ảnh minh họa:" (and a
#: screen reader's labels on BBC's pages: "Nguồn hình ảnh, TTXVN", "Chú thích hình ảnh, ...")
CAPTION_START_F = re.compile(
    r"[(\[]?\s*(?:hinh\s+)?anh(?:\s+(?:tren|duoi|trai|phai|giua|minh\s+hoa|tu\s+lieu|\d{1,2}(?:\s*/\s*\d{1,2})?))?\s*:"
    r"|(?:nguon|chu\s+thich)\s+hinh\s+anh\s*,")
#: a photo's credit closing its caption (folded; at a line's end): "... hôm 14/5. Ảnh: THẢO NGUYÊN"
CAPTION_CREDIT_END_F = re.compile(r"[.)]\s*\(?anh\s*:\s*[^.:\n]{2,40}\)?\s*\.?\s*$", re.M)
#: a publication's name opening a line in capitals: "BẢN TIN ...", "TẠP CHÍ ...", "ĐẶC SAN ..."
PUBLICATION_NAME_F = re.compile(r"(?:ban\s+tin|tap\s+chi|dac\s+san|tap\s+san|noi\s+san)\s")
#: a masthead over the page: "Cơ quan của Bộ Nội vụ", "Cơ quan ngôn luận của Đảng bộ tỉnh ...",
#: "Tiếng nói của Đảng bộ, chính quyền ...", "Đảng Cộng sản Việt Nam" (folded, whole line)
MASTHEAD_F = full_line(
    # (after the paper's name: "HẢI PHÒNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, ...")
    r"(?:[^\d|–-]{2,40}\s[-–|]\s)?(?:co\s+quan\s+(?:ngon\s+luan\s+)?(?:chinh\s+thuc\s+)?cua|tieng\s+noi\s+cua)\s.{3,120}"
    r"|dang\s+cong\s+san\s+viet\s+nam"
    # a magazine's issue: "Số 912 (10-2018)", "Số 6/2021", "Số 24.567", "Kỳ 2 - Tháng 3/2020"
    r"|(?:so|ky)\s+[\d.]{1,7}(?:\s*\(\s*\d{1,2}\s*[-/.]\s*\d{4}\s*\)|\s*/\s*\d{4})?(?:\s*[-–]\s*thang\s+\d{1,2}\s*/\s*\d{4})?"
)

# --------------------------------------------------------------------------
# dates

_EN_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october"
              r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
#: a full numeric date "03/12/2018", "11-1-2024", "9.7.2020", ISO "2022-12-31",
#: or "ngày 18 tháng 10 năm 2019" (folded text)
#: (tried only at a digit that starts a number, see :class:`Hinted`)
#: Vietnamese month names in words (folded) -> month number: "tháng Ba", "tháng Mười Hai"
VI_MONTHS = {"gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
             "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}
DATE_F = Hinted(
    r"(?<![\d])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})(?![\d])"
    r"|(?<![\d])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d])"
    # ("15 thg 7, 2019": an app's abbreviation of the month)
    r"|(?<![\d])(?P<td>\d{1,2})\s+th(?:an)?g\s+(?P<tm>\d{1,2})\s*(?:,\s*(?:nam\s+)?|nam\s+)?(?P<ty>\d{4})"
    r"(?![\d])"
    # an English date line: "Posted on August 4, 2025", "4 August 2025"
    r"|(?<![\w])(?P<en_m>" + _EN_MONTHS + r")\.?\s+(?P<en_d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<en_y>\d{4})"
    r"(?![\d])"
    r"|(?<![\d])(?P<en_d2>\d{1,2})\s+(?P<en_m2>" + _EN_MONTHS + r")\.?,?\s+(?P<en_y2>\d{4})(?![\d])"
    # a month named in words, as a Vietnamese blog prints its date: "28 Tháng Ba, 2024", "15 Tháng
    # Bảy 2024" (May with its comma: "6 tháng năm 2024" is six months of the year)
    r"|(?<![\d])(?P<vd>\d{1,2})\s+thang\s+(?P<vm>" + trie(VI_MONTHS) + r")"
    r"(?:\s*,\s*|\s+(?<!nam\s)(?:nam\s+)?)(?P<vy>\d{4})(?![\d])"
    # the month first, as WordPress prints it in Vietnamese: "Tháng Bảy 7, 2016"
    r"|(?<![\w])thang\s+(?P<vm2>" + trie(VI_MONTHS) + r")\s+(?P<vd2>\d{1,2}),\s*(?P<vy2>\d{4})(?![\d])"
    # a year in two digits, typed in a hurry: "05/7/21"
    r"|(?<![\d/])(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{2})(?![\d/])",
    hint=r"(?<!\d)\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|thang",
)
#: English month names (folded) -> month number
EN_MONTHS = {m: i for i, ms in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in ms}
#: things a date line may hold besides the date: times, weekdays, labels, GMT+7
DATE_LINE_NOISE_F = re.compile(
    # (the lunar day beside it: "Thứ Bảy, 12/10/2024 – Âm lịch: 10/9 Giáp Thìn – 08:32")
    r"\bam\s+lich\s*:?\s*\d{1,2}\s*[/-]\s*\d{1,2}(?:\s+(?:nam\s+)?[a-z]{2,5}\s+[a-z]{2,4}\b)?"
    r"|\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?\s*'?(?:\s*(?:am|pm|[ap]\.m\.|sa|ch))?"
    r"|\d{1,2}\s+gio(?:\s+\d{1,2}(?:\s+phut)?)?\b"  # "16 giờ 05 phút"
    r"|\(?\s*gmt\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?|\butc\s*[+-]?\s*\d{0,2}"
    r"|(?<=\d\d\s)gmt\b"  # a feed's RFC 822 stamp: "Tue, 26 Aug 2025 01:05:00 GMT"
    r"|\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|th\s+[2-7]|chu\s+nhat|cn|t[2-7])\b"
    # an ISO stamp's time and zone: "2024-03-12T08:30:00+07:00", "...T01:30:00Z"
    r"|(?<![^\d\s])t(?=\d{2}:\d{2})|(?<=\d)(?:\+\d{2}:?\d{2}|-\d{2}:\d{2}|z)(?![\w])"
    r"|(?:(?<=:\d\d)|(?<=:\d\d\s))\s*[+-]\d{4}(?!\d)"  # a feed's zone after the time: "10:24:00 +0700"
    r"|\b(?:ngay\s+cap\s+nhat|cap\s+nhat\s+luc|(?<=[-–|] )cap\s+nhat\s+lan\s+cuoi(?=\s*:?\s*\d{1,2}\s*:\s*\d{2}\s*$)|cap\s+nhat|ngay\s+dang\s+tai|ngay\s+dang|dang\s+luc|dang\s+ngay|dang\s+vao"
    r"|ngay\s+tao|duoc\s+dang(?:\s+ngay|\s+luc)?"
    r"|ngay\s+gui|gui\s+luc|gui\s+ngay|ngay\s+phat\s+hanh|phat\s+hanh|luu\s+hanh\s+noi\s+bo"
    # a broadcast's: "Phát sóng: 17 giờ 00, thứ Năm, ngày 09/10/2025 (phát lại 6 giờ sáng thứ Sáu)"
    r"|ngay\s+phat\s+song|phat\s+song|phat\s+lai\b[^)\n]{0,40}"
    # a video's stream or premiere: "Đã phát trực tiếp vào 13 thg 8, 2024", "Đã công chiếu vào ..."
    r"|(?:da\s+)?(?:phat\s+truc\s+tiep|cong\s+chieu)(?:\s+vao)?|streamed\s+live\s+on|premiered"
    r"|ngay\s+xuat\s+ban|xuat\s+ban\s+luc|xuat\s+ban|thoi\s+gian\s+dang|thoi\s+gian|dang\s+tai"
    r"|luc|ngay|da\s+dang|dang|gio|hom\s+nay|tin\s+dang|bai\s+dang|posted\s+on|posted|updated|published"
    r"|received)\b"  # (a feed reader's item: "Received: Tue, 26 Aug 2025 01:18:44 GMT")
    r"|^\s*date\s*:"  # a feed's item: "Date: Wed, 17 Nov 2021 09:35:00 +0700"
    r"|\bchuong\s+trinh\s*:"  # a broadcast's programme: "Chương trình: THỜI SỰ 20H00 - Thứ Sáu, ..."
    r"|\s+[-–]\s*chuong\s+trinh(?:\s+[a-z0-9]+){1,5}\s*$"  # (after the date: "... - Chương trình Thời sự trưa")
    # (or before it, the script of its words: "BẢN GHI LỜI CHƯƠNG TRÌNH THỜI SỰ TỐI - 19h45 - THỨ TƯ, ...")
    # (or a bulletin's name: "BẢN TIN THỜI SỰ 19H45 - THỨ SÁU, 27/9/2019")
    r"|^\s*(?:ban\s+ghi\s+loi\s+)?(?:chuong\s+trinh|ban\s+tin)(?:\s+[a-z0-9]+){1,4}(?=\s*[-–:])"
    r"|\bby\s+[\w.-]+$|\s*#\w+"
    # (or an office, up to a mark: "Posted on 10/03/2025 by Phòng Hành chính - Nhân sự | 👁 1.027")
    r"|\bby\s+[^|·•\d]{2,50}?(?=\s*(?:[|·•]|$))"
    # a WordPress post's meta beside it: "by Admin in Tin hoạt động  |  0 Comments"
    r"|\bby\s+[\w.-]+\s+in\s+[^|]{2,40}?\s*(?=\||$)|\b(?:\d{1,5}|no)\s+comments?\b|\bleave\s+a\s+comment\b"  # (a video's hashtags beside its date: "3 thg 10, 2020  #QTTV")
    # a post's reading time beside its date: "8 thg 8, 2020 • 7 phút đọc", "Aug 8, 2020 · 5 min read"
    r"|" + _READING_TIME +
    # who posted it, after the time: "đăng 20:47 12 thg 3, 2020 bởi Chi bo THCS  [ cập nhật ... ]"
    r"|\bboi\s+[a-z0-9 ._-]{2,50}?(?=\s*(?:\[|\||$))"
    r"|\b(?:luot\s+(?:xem|doc)|so\s+luot\s+xem|da\s+xem|views?)\s*:?\s*[\d.,]*"  # "| Lượt xem: 2.318"
    # its section after a bar: "| Chuyên mục: Tin tức |"
    r"|\bchuyen\s+muc\s*:\s*[^|\d]{2,40}?(?=\s*(?:\||$))"
    r"|[\s|·•]*👁\ufe0f?\s*[\d.,]+k?"  # (its views by an eye: "| 👁 1.027")
    r"|\(\s*pl\s*\.?\s*\d{4}\s*\)"  # (the Buddhist era's year, as the Sangha's pages print it: "(PL.2569)")
    r"|\d[\d.,]*\s+luot\s+(?:xem|doc)"  # "| 14 lượt xem"
    r"|\(?[a-z0-9-]{2,30}\.(?:vn|com|net|org|gov\.vn|org\.vn)\)?"  # "(Baohatinh.vn) -"
    r"|^\s*[a-z]{2,6}\s*[-–](?=\s)"  # a source tag before the date: "BG - 18:05, 05/07/2024"
    r"|\bco\s+chu\s*:?\s*(?:a\s*[-+]?\s*){1,4}"  # "| Cỡ chữ: A- A A+"
    # "| In trang", "Bản in | Gửi bài viết qua email"
    r"|\b(?:in\s+trang|in\s+bai|in\s+van\s+ban|ban\s+in|gui\s+(?:bai(?:\s+viet)?\s+)?(?:qua\s+)?email|chia\s+se)\b"
    # a print issue and page: "Số 5187 - Thứ Bảy, 28/12/2024 | Trang 2", "Số 27 (614)"
    # (and an issue numbered in its year: "Số 11/2022 - Phát hành: 28/11/2022", "Số 10 - 2025, ...")
    r"|\b(?:so|trang)\s+\d{1,6}(?:\.\d{3})*(?:\s*/\s*\d{4}|\s*[-–]\s*(?:19|20)\d\d(?![\d/.-]))?"
    r"(?:\s*\(\d{1,6}\)|\b)"
    # an English weekday: "Monday, January 2, 2023 | 08:47 AM"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)(?=\s*,))\b"
    r"|[\W_]+"  # punctuation, separators, emoji ("21 tháng 4, 2025 lúc 21:07 · 🌏")
)
#: who posted it, after the date (folded): "| Người đăng: btc.hu", "| Tác giả: BTC ĐUK"
POSTER_AFTER_F = re.compile(r"\s*\|?\s*(?:nguoi\s+dang|nguoi\s+viet|tac\s+gia)\s*:.{0,50}$")
#: a document's own dates in a portal's metadata (folded): "Ngày ban hành: 18/12/2017" is not
#: when the page published it
DOC_META_DATE_F = re.compile(r"\s*(?:ngay\s+ban\s+hanh|ngay\s+ky|ngay\s+(?:co\s+)?hieu\s+luc"
                             r"|ngay\s+het\s+hieu\s+luc|ngay\s+chup)\s*:")  # (or a photo's: "Ngày chụp:")
#: a line that starts with a publication-date label
DATE_LABEL_START_F = re.compile(
    r"\s*(?:ngay\s+cap\s+nhat|cap\s+nhat|ngay\s+dang|dang\s+luc|dang\s+ngay|dang\s+vao|ngay\s+xuat\s+ban|tin\s+dang"
    r"|duoc\s+dang"
    r"|ngay\s+gui|gui\s+luc|gui\s+ngay|ngay\s+phat\s+hanh|phat\s+hanh|ngay\s+phat\s+song|phat\s+song"
    r"|xuat\s+ban|thoi\s+gian\s+dang|posted|updated|published|received)\b"
)
#: the site's name after the headline, as a page's <title> (and a clipper's heading) prints it:
#: "... 6 tháng đầu năm 2023 | Báo Quảng Ninh điện tử", "... quý I/2025 - Báo Bình Định điện tử"
TITLE_SITE_SUFFIX_F = re.compile(
    r"\s+(?:\||[-–—])\s+(?:bao(?!\s+cao)|tap\s+chi|cong\s+thong\s+tin|trang\s+thong\s+tin|trang\s+tin"
    r"|dai\s+phat\s+thanh|truyen\s+hinh|dang\s+cong\s+san\s+viet\s+nam|[a-z0-9-]{2,40}\.(?:vn|com|net|org))"
    r"[^|]{0,50}$"
)
#: a date stamp at the end of the headline: "... tháng 12 (03/12/2018 17:40)"
TITLE_STAMP_F = re.compile(
    r"\s*(?:[(\[]\s*(?:\d{1,2}\s*[:h]\s*\d{2}\s*,?\s*)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}"
    r"(?:\s*[,|-]?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)?(?:\s*gmt\s*[+-]\s*\d{1,2})?\s*[)\]]"
    # (after a dash, its weekday first or not: "... cơ sở - Thứ Năm, 24/04/2025 10:15")
    r"|\s[-–|]\s+(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,\s*)?"
    r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{4}(?:\s*[,|-]?\s*\d{1,2}\s*[:h]\s*\d{2})?"
    # (glued to its last word, the page's template having lost the space: "... cấp cơ sở14/10/2024 - 16:20")
    r"|(?<=[a-z])\d{1,2}([/.-])\d{1,2}\3\d{4}\s*[,|-]?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    # (apart by spaces, with its time zone: "...  04/09/2026 18:40 GMT+7"; a bar before its
    # time: "...  04/09/2019 | 20:15")
    r"|\s{2,}\d{1,2}([/.-])\d{1,2}\4\d{4}(?:\s*[|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?gmt\s*[+-]\s*\d{1,2}\)?)?"
    # (after one space and the headline's last word, the day and its time: "... vận hành thông
    # suốt 09/07/2025 07:30")
    r"|(?<=[a-z])\s\d{1,2}([/.-])\d{1,2}\5\d{4}\s+(?:[-–|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?"
    # (or its time first: "... biên giới 18:05, 04/09/2025")
    r"|(?<=[a-z])\s+\d{1,2}:\d{2}\s*[,|-]?\s*\d{1,2}([/.-])\d{1,2}\6\d{4})\s*$"
)
#: the numbers 1 to 31 in words (folded), the longest first: "mười lăm", "hai mươi mốt"
_UNITS = r"(?:mot|hai|ba|bon|tu|lam|nham|nam|sau|bay|tam|chin)"
_DAY_WORDS = (r"(?:(?:hai|ba)\s+muoi(?:\s+" + _UNITS + r")?|muoi(?:\s+" + _UNITS + r")?"
              r"|(?:mong\s+)?(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi))(?![\w])")
#: the solar months in words (folded): "tháng Một", "tháng Mười hai" (not the lunar Giêng, Chạp)
_MONTH_WORDS = r"(?:muoi\s+mot|muoi\s+hai|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi)(?![\w])"
#: a day and month "3/12", "9.7", "1-7", "13-1-2022", "3 tháng 12 năm 2018", "14 và 15/12",
#: "8 đến 10/1" (the first day of a meeting over several)
_DAY_MONTH = (
    r"(?:(?P<d>\d{1,2})(?:\s*(?:va|den(?:\s+ngay)?|–|-|,)\s*\d{1,2})?\s*[/.]\s*(?P<m>\d{1,2})(?![\d%])"
    r"(?:\s*[/.-]\s*(?P<y>\d{4}))?"
    # (its year in two digits too, as drafts write it: "Chiều 05-04-23")
    r"|(?P<d2>\d{1,2})(?:\s*(?:va|den(?:\s+ngay)?|,)\s*\d{1,2})?\s*-\s*(?P<m2>\d{1,2})(?:\s*-\s*(?P<y2>\d{4}|\d{2}(?!\d)))?"
    r"(?![\d/%-]|\.\d)"  # (a sentence may end after it: "... hội nghị sáng 10-1.")
    # (the first of several days: "13 đến ngày 15 tháng 10", "13–15 tháng 10")
    r"|(?P<d3>\d{1,2})(?:\s*(?:va|den(?:\s+ngay)?|–|-|,)\s*\d{1,2})?\s+thang\s+(?P<m3>\d{1,2})"
    r"(?:\s*(?:,\s*)?nam\s+(?P<y3>\d{4}))?"
    # in words, as minutes write it, its year in figures (a lunar day's is named: "năm Ất Tỵ"):
    # "ngày mười lăm tháng Một năm 2025"
    r"|(?<=ngay\s)(?P<dp>(?<=sang\sngay\s)|(?<=chieu\sngay\s)|(?<=toi\sngay\s)|(?<=trua\sngay\s))?"
    r"(?P<dw>" + _DAY_WORDS + r")\s+thang\s+(?P<mw>" + _MONTH_WORDS + r"|\d{1,2})"
    r"(?:\s*,?\s*nam\s+(?P<yw>\d{4})"
    # (or with no year where a part of the day opens it or the lunar day follows, as a radio
    # script writes it to be read aloud: "Sáng ngày mười hai tháng Hai, tức ngày hai mươi lăm
    # tháng Chạp")
    # (not a lunar day's, its year named: "... tháng Hai năm Bính Ngọ", "(âm lịch)")
    r"|(?(dp)(?!\s*,?\s*(?:nam\s+[^\W\d]|\(?\s*am\s+lich))|(?=\s*,?\s*(?:tuc|nham)\s+(?:ngay\s+)?[^\W\d]))))(?![\d])"
)
_DAYPART = r"(?:sang|trua|chieu|toi|dem)"
#: the months' names in English (folded), January first
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
#: one weekday (folded): "thu hai", "thu 2", "chu nhat"
_ONE_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)"
#: a weekday before the date: "Sáng thứ Hai (15/4)", "Chủ nhật (7/1)"
_WEEKDAY = (_ONE_WEEKDAY + r"\s*,?\s*"
            # "Sáng thứ Năm tuần trước, ngày 9/4", "Chiều thứ Ba vừa qua (12/3)"
            r"(?:(?:tuan\s+(?:truoc|qua|nay)|vua\s+(?:qua|roi))\s*,?\s*)?"  # (or "vừa rồi", "tuần này")
            # "thứ Hai và thứ Ba (13 - 14/1)", "thứ Năm, thứ Sáu vừa rồi (15 và 16/7)": a meeting
            # over two days
            r"(?:(?:va\s+)?" + _ONE_WEEKDAY + r"\s*,?\s*(?:vua\s+(?:qua|roi)\s*,?\s*)?)?")
#: a masthead's day (folded, whole line): "thu nam, 17/11/2022", "thu hai ngay 04/10/2021"
MASTHEAD_DAY_F = re.compile(
    _ONE_WEEKDAY + r"\s*[,-]?\s*(?:ngay\s+)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}")
#: how minutes open, the hour before the day: "Hôm nay, vào lúc 10 giờ 20 phút, thứ Năm ngày
#: 28/5/2020, tại ...", "Vào hồi 8 giờ 00, ngày 12/4/2021", "Hôm nay, ngày 15 tháng 3 năm 2023"
_MINUTES_OPENING = (
    r"(?:hom\s+nay\s*,?\s*(?:vao\s+)?(?:(?:luc|hoi)\s+)?|vao\s+(?:luc|hoi)\s+)"
    r"(?:\d{1,2}\s*(?:gio|h|:)\s*(?:\d{1,2}\s*(?:phut)?)?\s*,?\s*(?:(?:sang|chieu|toi)\s+)?)?"
    r"(?:" + _WEEKDAY + r")?ngay\s+"
)
#: an event-date lead-in at the start of a lead paragraph: "Chiều ngày 3/12,",
#: "Sáng nay (5/8),", "Ngày 4/3,", "(Cổng TTĐT AG)- Chiều ngày 28/10/2019," (folded)
EVENT_LEAD_F = re.compile(
    # (an emoji or a bullet first: "📌 Chiều 21/4, ...")
    r"\s*(?:[^\w\s(\[\"“'‘*]{1,4}\s*)?(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*|[a-z0-9.]{2,20}(?:\s+online)?\s*[-–—]\s+"
    # a place opening the lead: "HÀ TĨNH - ", "TP. HỒ CHÍ MINH – ", "BÀ RỊA - VŨNG TÀU - "
    r"|[a-z0-9.]{2,20}(?:\s*[-–]?\s+[a-z0-9.]{1,20}){1,4}\s*[-–—]\s+|\*\s*"
    # a photo caption's dateline, its province in brackets: "Rạch Giá (Kiên Giang), ngày 16/7/2024: ..."
    r"|[a-z.]{2,20}(?:\s+[a-z.]{1,20}){0,3}\s*\([a-z]{2,20}(?:\s+[a-z]{1,20}){0,3}\)\s*,\s*(?=ngay\s)"
    # a wire story's dateline, the agency in brackets: "Nghệ An (TTXVN) - Chiều 11/1, ..." (the
    # day it was filed between: "Hà Nội 14/1 (TTXVN) - Trong hai ngày 13 và 14/1, ...")
    r"|[a-z.]{2,20}(?:\s+[a-z.]{1,20}){0,3}(?:\s*,?\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?"
    r"\s*\([a-z0-9./ ]{2,20}\)\s*[-–—]\s*"
    # a news bulletin's speaker: "BTV: Ngày 8.1, ...", "PV: Sáng 3/4, ..."
    r"|(?:" + _PRESENTERS + r"|sapo)\s*:\s*"
    # (or the presenter's greeting: "Kính thưa quý vị! Sáng nay (21/5), ...")
    + r"|" + _BROADCAST_GREETING +
    # the paper's name glued to the lead: "Báo Cà Mau Chiều ngày 12-2, ..."
    # (not a verb that folds alike: "Bảo đảm chậm nhất ngày 30-6-2025", "Báo cáo ...")
    r"|bao(?!\s+(?:dam|cao|ve|gom|quan|hiem|tri|dong|luu|tro|ton)\b)(?:\s+[a-z]{1,10}){1,4}\s+(?=(?:sang|trua|chieu|toi|ngay)\s)"
    # a press release's numbered item: "1. Chiều ngày 02/10/2025, ..."
    r"|1[.)]\s+"
    # a thread's post, numbered of all: "🧵 1/8 Hôm qua (8/1), ..."
    r"|1\s*/\s*\d{1,2}\s+(?=(?:hom|ngay|sang|chieu|toi|trua)\s)"
    # a diarist's "so that was it": "Thế là hai ngày thứ Năm, thứ Sáu vừa rồi (15 và 16/7), ..."
    r"|(?:the|vay)\s+la\s*,?\s+(?=(?:hom|ngay|sang|chieu|toi|trua|hai|ba|2|3)\s))?"
    # (a preview: "Ngày mai (15/1), ...", "Sáng mai (15/1), ...")
    # (the weekday in brackets with the day: "Sáng nay (Thứ Sáu, 9/1/2026), ...")
    r"(?:(?:" + _MINUTES_OPENING + r"|(?:vao\s+)?(?:buoi\s+)?" + _DAYPART + r"\s+(?:hom\s+)?(?:(?:nay|qua|mai)\s*,?\s+(?:\((?=thu\s|chu\s))?)?(?:" + _WEEKDAY
    + r")?(?:ngay\s+)?|(?:(?:hom|ngay)\s+)?(?:nay|qua|mai)\s*,?\s+(?:\((?=thu\s|chu\s)(?:" + _WEEKDAY + r"))?|(?:tu\s+ngay\s+(?=\d{1,2}(?:\s*/\s*\d{1,2})?\s+den\s)|ngay\s+)|" + _WEEKDAY + r"|(?:trong\s+|(?=(?:hai|2|ba|3)\s+ngay\s+(?:thu|chu)\s))(?:hai|2|ba|3)\s+ngay\s*,?\s+(?:tu\s+ngay\s+(?=\d{1,2}\s*/\s*\d{1,2}\s+den\s))?(?:" + _WEEKDAY + r")?)"
    r"\(?\s*" + _DAY_MONTH
    # in English, on a portal's English page: "On January 7, ...", "On the morning of March 3, 2024"
    + r"|on\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:[a-z]+day\s*,?\s+)?"
    r"(?P<mname>" + "|".join(ENGLISH_MONTHS) + r")\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?(?![\d])"
    r"(?:\s*,\s*(?P<y4>\d{4}))?)"
)
#: minutes' opening, wherever their paragraph is (folded): "Hôm nay, vào lúc 10 giờ 20 phút, thứ
#: Năm ngày 28/5/2020, tại ..."
MINUTES_LEAD_F = re.compile(r"\s*" + _MINUTES_OPENING + r"\(?\s*" + _DAY_MONTH)
#: a headline opening with the meeting's day: "29/3: Giao ban công tác ..." (folded)
TITLE_DAY_F = re.compile(r"\s*" + _DAY_MONTH + r"\s*:")
#: the same lead-in anywhere in the first sentence: "..., chiều 3/12, Ban ..."
EVENT_ANY_F = Hinted(
    r"(?<![\w])(?:(?:buoi\s+)?" + _DAYPART + r"\s+(?:hom\s+)?(?:(?:nay|qua)\s*,?\s+)?(?:" + _WEEKDAY
    # ("diễn ra hôm 3/10", "hôm thứ Tư, 10/12")
    + r")?(?:ngay\s+)?|ngay\s+|hom\s+(?:" + _WEEKDAY + r")?(?=\(?\s*\d)"
    # (or a span of days in brackets: "Trong tuần qua (từ 3 đến 7/6), Đoàn kiểm tra ...")
    r"|\(\s*tu\s+(?:ngay\s+)?(?=\d{1,2}(?:\s*/\s*\d{1,2})?\s+den\s))"
    r"\(?\s*" + _DAY_MONTH,
    hint=r"buoi\s|sang\s|trua\s|chieu\s|toi\s|dem\s|ngay\s|hom\s|\(\s*tu\s",
)
#: a lead reporting on a meeting held earlier (folded): "Ngày 25-9, Ủy ban Kiểm tra ... thông
#: tin kết quả kỳ họp ... diễn ra ngày 23-9"; its verb, then the words before the meeting's day
REPORTING_VERB_F = re.compile(r"(?<![\w])(?:thong\s+tin|thong\s+bao|cong\s+bo|cho\s+biet)(?![\w])")
#: a lead stating that a document was issued, not a meeting: "Ngày 30/10/2016, Hội nghị Trung
#: ương 4 khóa XII ban hành nghị quyết về ...", "Ngày 15/3, Ban Tổ chức Thành ủy đã ban hành
#: các hướng dẫn ..." (folded, matched after the lead's day: the clause up to the verb holds no
#: meeting's verb; "Ban Tổ chức" is a body)
ISSUANCE_LEAD_F = re.compile(
    r"(?:(?!(?<!ban\s)to\s+chuc|dien\s+ra|khai\s+mac|\bhop\b|giao\s+ban|so\s+ket|tong\s+ket"
    r"|lam\s+viec|chu\s+tri|tham\s+du)[^.;!?\n]){0,160}?(?<![\w])(?:da\s+)?(?:ky\s+)?ban\s+hanh(?![\w])")
HELD_ON_F = re.compile(r"(?<![\w])(?:dien\s+ra|duoc\s+to\s+chuc)\s+(?:vao\s+|trong\s+(?:(?:hai|2|ba|3)\s+(?=ngay\s))?|tu\s+)?")
#: a four-digit year not part of a range ("nhiệm kỳ 2020-2025" is not a year)
YEAR_F = Hinted(r"(?<![\d\-–])(?:19|20)\d{2}(?![\d])(?!\s*[-–]\s*\d)", hint="19|20")
#: a year as a year, never a count (folded): after ``năm``, ``tháng 6/``, ``quý II/`` or
#: a day and month (``3/12/``), or standing alone before punctuation or the end
#: (``tổng kết 2016, triển khai 2017``); not ``2082 đảng viên``, not a range
#: (``nhiệm kỳ 2020-2025``), not an amount (``2.019``, ``2019,5``)
_YEAR_NOT_RANGE = r"(?![\d])(?!\s*[-–]\s*\d)(?![.,]\d)"
YEAR_IN_CONTEXT_F = re.compile(
    r"(?:(?<![\w])(?:nam|thang\s+\d{1,2}\s*[/-]|quy\s+(?:iv|iii|ii|i|[1-4])\s*[/-])\s*"
    r"|(?<![\d])\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}\s*(?P=sep)\s*)"
    r"(?P<y>(?:19|20)\d{2})" + _YEAR_NOT_RANGE
    + r"|(?<![\w\-–./,])(?<![-–]\s)(?P<b>(?:19|20)\d{2})" + _YEAR_NOT_RANGE + r"(?!\s*[a-z%])"
)
#: words before a period, in its clause, that make it the next one, not the one
#: reviewed: "tổng kết năm 2021, triển khai nhiệm vụ năm 2022" (search up to the period)
NEXT_PERIOD_CUE_F = re.compile(
    r"(?<![\w])(?:trien\s+khai|phuong\s+huong|nhiem\s+vu)(?![\w])[^,;.:!?\n()]{0,60}$"
)
#: words before a period, in its clause, that make it one a meeting reviews (the
#: meeting is held near its end): "tổng kết công tác năm 2023" (search up to the period)
REVIEW_CUE_F = re.compile(
    r"(?<![\w])(?:tong\s+ket|so\s+ket|giao\s+ban|danh\s+gia)(?![\w])[^,;.:!?\n()]{0,60}$"
)
#: "tháng 12 năm 2018", "tháng 10/2019"
MONTH_YEAR_F = Hinted(
    r"(?<![\w])thang\s+(?P<m>\d{1,2})\s*(?:nam\s+|/\s*|-\s*)(?P<y>\d{4})(?![\d])", hint="thang"
)
#: the period a report covers: "6 tháng đầu năm 2024", "quý II năm 2024", "tháng 10/2019"
PERIOD_F = Hinted(
    r"(?<![\w])(?:(?P<half>6|sau)\s+thang\s+(?P<which>dau|cuoi)\s+nam\s*(?P<hy>\d{4})?"
    r"|quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![\w])\s*(?:nam\s+|/\s*|-\s*)?(?P<qy>\d{4})?"
    r"|thang\s+(?P<m>\d{1,2})\s*(?:nam\s+|/\s*)(?P<my>\d{4})"
    r"|nam\s+(?P<y>\d{4}))(?![\d])(?!\s*[-–]\s*\d)",
    hint=r"6\s|sau\s|quy\s|thang\s|nam\s",
)

# --------------------------------------------------------------------------
# directives (folded text)

#: type word -> (canonical type word, code abbreviation)
DIRECTIVE_TYPES: dict[str, tuple[str, str | None]] = {
    "nghi quyet lien tich": ("Nghị quyết liên tịch", None),
    "nghi quyet": ("Nghị quyết", "NQ"),
    "chi thi": ("Chỉ thị", "CT"),
    "ket luan": ("Kết luận", "KL"),
    "quy dinh": ("Quy định", "QĐ"),
    "quyet dinh": ("Quyết định", "QĐ"),
    "huong dan lien nganh": ("Hướng dẫn liên ngành", None),  # joint: no code inferred
    "huong dan lien tich": ("Hướng dẫn liên tịch", None),
    "ke hoach lien tich": ("Kế hoạch liên tịch", None),  # "01-KHLT/HG-TQ": two provinces' plan
    "ke hoach lien nganh": ("Kế hoạch liên ngành", None),
    "huong dan": ("Hướng dẫn", "HD"),
    "ke hoach": ("Kế hoạch", "KH"),
    "de an": ("Đề án", "ĐA"),
    "chuong trinh hanh dong": ("Chương trình hành động", "CTr"),
    # a joint one, of a Party body and the Front or a union: "Chương trình phối hợp số 01-CTrPH/..."
    "chuong trinh phoi hop": ("Chương trình phối hợp", "CTrPH"),
    "quy che phoi hop": ("Quy chế phối hợp", "QC"),
    # a committee's working rules, named so: "Quy chế làm việc số 01-QC/TU"
    "quy che lam viec": ("Quy chế làm việc", "QC"),
    "chuong trinh": ("Chương trình", "CTr"),
    "thong bao ket luan": ("Thông báo kết luận", "TB"),
    "thong bao": ("Thông báo", "TB"),
    "thong tri": ("Thông tri", "TT"),
    "cong van": ("Công văn", "CV"),
    "van ban": ("Văn bản", None),
    "quy che": ("Quy chế", "QC"),
    "nghi dinh": ("Nghị định", None),
    # the type in capitals, as reports abbreviate it: "NQ số 18-NQ/TW" (capitals only)
    "nq": ("Nghị quyết", "NQ"),
    "ct": ("Chỉ thị", "CT"),
    "kl": ("Kết luận", "KL"),
    "hd": ("Hướng dẫn", "HD"),
    "kh": ("Kế hoạch", "KH"),
    # "QĐ" is both Quy định and Quyết định: taken only as a repeat of a document the
    # article names in full (directives.settle_abbreviated_decisions)
    "qd": ("QĐ", "QĐ"),
    "thong tu": ("Thông tư", None),
}
#: type words that are abbreviations, taken only when printed in capitals
TYPE_ABBREVIATIONS = frozenset({"nq", "ct", "kl", "hd", "kh", "qd"})
#: type words in English, on a portal's English page: "Resolution No. 60-NQ/TW", "Directive
#: 45" (taken only when capitalised)
_ENGLISH_TYPES: dict[str, tuple[str, str | None]] = {
    "resolution": ("Nghị quyết", "NQ"),
    "directive": ("Chỉ thị", "CT"),
    "conclusion": ("Kết luận", "KL"),
    "regulation": ("Quy định", "QĐ"),
    "decision": ("Quyết định", "QĐ"),
    "guideline": ("Hướng dẫn", "HD"),
    "guidance": ("Hướng dẫn", "HD"),
    "instruction": ("Hướng dẫn", "HD"),
    "plan": ("Kế hoạch", "KH"),
    "action programme": ("Chương trình hành động", "CTr"),
    "action program": ("Chương trình hành động", "CTr"),
    "programme": ("Chương trình", "CTr"),
    "program": ("Chương trình", "CTr"),
    "notice": ("Thông báo", "TB"),
}
DIRECTIVE_TYPES.update(_ENGLISH_TYPES)
ENGLISH_TYPES = frozenset(_ENGLISH_TYPES)
#: an abbreviated type glued to its number: "CT05", "KL01", "QĐ22" (capitals only)
GLUED_ABBREVIATION_RE = re.compile(r"(?<![\w/.-])(NQ|CT|KL|HD|KH|QĐ)(\d{1,3})(?![\w/-])")
_TYPE_F = trie(DIRECTIVE_TYPES)
#: how a Party committee's code ends (Trung ương, tỉnh ủy, huyện ủy, đảng ủy, quận ủy): never
#: with a number of its own
_PARTY_ISSUER_END_F = r"tw|tu|hu|du|qu"
#: a printed code after the number: "-CT/TW", "- KH/CTĐ", "-QĐi/TW", "/2024/NĐ-CP", "/QĐ-TTg"
_CODE_F = (
    # (a body's code may end in a number: "37/NQ-UBTVQH14", "141/KH-BCĐTKNQ18")
    r"(?:(?:\s?[-–]\s?|/)(?:\d{4}/)?[a-z]{1,8}(?:\s?[/-]\s?[a-z](?:[a-z.]{0,11}[a-z])?(?:(?<=[a-z][a-z])(?<!" + _PARTY_ISSUER_END_F + r")\d{1,2})?){1,3}"
    # (the Centre's part typed apart from its board's: "02-HD/UBKT TW")
    r"(?:(?:(?<=/ubkt)|(?<=/btc)|(?<=/btg)|(?<=/bdv))\stw(?![\w/-]))?"
    # a state document's code with its year: "35/2023/UBTVQH15", "/2024/NĐ-CP"
    r"|/\d{4}/\s?[a-z]{1,8}\d{0,2}(?:[/-][a-z]{1,8}\d{0,2}){0,2}"
    # glued to the number, typed in a hurry: "05CT/TW", "35NQ/TW"
    r"|(?<=\d)[a-z]{2,5}/[a-z]{1,8}"
    # a Party committee's part alone, the type's left out: "HD 26/BTCTW", "Chỉ thị 35/TW"
    r"|/[a-z]{0,6}(?:" + _PARTY_ISSUER_END_F + r")(?![\w/-]))"
    # (a footnote's number glued to a Party code is not part of it: "21-NQ/TW13" as a PDF
    # prints "21-NQ/TW" and footnote 13)
    r"(?:(?![\w])|(?<=" + _PARTY_ISSUER_END_F + r")(?=\d{1,3}(?![\w])))"
)
#: words that may follow a listed number ("18 và 19 của", "18, 19 về")
_OK_FOLLOW_F = (
    r"(?=\s*(?:$|[,;.:)\]!?\"”'–—-]|\((?!\d)|(?:cua|ngay|ve|do|va|duoc|da|se|den|trong|theo|de"
    r"|tai|nham|khoa|voi|la|cho|nay|cung|vao|tren|ma|huong|quy|neu"
    # a verb: "Kế hoạch 54 và 55 triển khai ...", "18 và 19 như sau" (a count is followed by a noun)
    r"|thuc\s+hien|trien\s+khai|quan\s+triet|gan\s+voi|nhu|lanh\s+dao|chi\s+dao|cu\s+the\s+hoa)(?![\w])))"
)
#: a count, not a number: "kế hoạch 5 năm", "chương trình 2 tháng"
BAD_FOLLOW_F = re.compile(
    # (or a number with its thousands after a dot: "kết luận 2.147 trường hợp")
    r"\.\d{3}(?!\d)"
    # (or a share: "hướng dẫn 8/8 huyện ủy")
    r"|/\d{1,3}\s"
    # (a year after "năm" names the document's: "quy định 50 năm 2021", not "kế hoạch 5 năm
    # 2021-2025")
    r"|\s*(?:%|(?:nam(?!\s+(?:19|20)\d\d(?!\s*[-–]))|thang|tuan|quy|lan|diem|trieu|ty|nghin|ngan|tram|nguoi|dong\s+chi|dang\s+vien"
    r"|can\s+bo|to\s+chuc|don\s+vi|noi\s+dung|van\s+ban|nhiem\s+vu|giai\s+phap|muc\s+tieu"
    r"|chi\s+tieu|tieu\s+chi|linh\s+vuc|nhom|buoc|phan|chuong|dieu|khoan|gio|phut|xa|huyen|tinh"
    # ("hướng dẫn 9 quận, huyện ủy")
    r"|quan(?!\s+triet)|phuong"
    r"|dang\s+bo|dang\s+uy|chi\s+bo|co\s+so|co\s+quan|dia\s+phuong|cap\s+uy|doan|lop|dot|thon|ban\s+nganh"
    # ("kết luận 58 trường hợp": the verb and a count of cases, files, individuals)
    r"|truong\s+hop|ho\s+so|ca\s+nhan|tap\s+the|vu\s+viec|luot|don\s+(?:thu|to\s+cao|khieu\s+nai)"
    r"|ngay(?!\s+\d)|" + _TYPE_F + r")(?![\w]))"
)
#: (the number's end: no digit or letter glued on, but for a code: "05CT/TW")
_NUM_END_F = r"(?:(?![\da-z])|(?=[a-z]{2,5}/[a-z]))"
_NUMBER_WORD_F = r"(?:(?:so|no\.)\s*)?"  # "số 18", in English "No. 60"
_ITEM_F = _NUMBER_WORD_F + r"\d{1,5}" + _NUM_END_F + r"(?:" + _CODE_F + r")?"
_ITEM_CONT_F = _NUMBER_WORD_F + r"\d{1,5}" + _NUM_END_F + r"(?:" + _CODE_F + r"|" + _OK_FOLLOW_F + r")"
_LIST_SEP_F = r"(?:\s*[,;]\s*(?:va\s+)?|\s+va\s+|\s*&\s*|\s+den\s+)"  # (a range: "từ số 45 đến 47")
#: one mention: "nghi quyet 18 va 19", "chi thi so 35-ct/tw", "nghi quyet so 18-nq/tw, so 19-nq/tw"
#: a word between the type and the number: "Nghị quyết chuyên đề số 86", "Kế hoạch liên tịch số 3"
_QUALIFIER_F = r"(?:(?:chuyen\s+de|lanh\s+dao)\s+)?"
DIRECTIVE_F = re.compile(
    r"(?P<type>" + _TYPE_F + r")\s+" + _QUALIFIER_F + r"(?:tu\s+)?(?P<items>" + _ITEM_F
    + r"(?:" + _LIST_SEP_F + _ITEM_CONT_F + r"){0,30})"
)
#: one item of a mention's list
DIRECTIVE_ITEM_F = re.compile(
    _NUMBER_WORD_F + r"(?P<num>\d{1,5})" + _NUM_END_F + r"(?P<code>" + _CODE_F + r")?"
)
#: a resolution named by its plenum: "Nghị quyết Trung ương 4 khóa XII", "NQ TƯ 4 khóa XII"
#: (the abbreviation taken in capitals only: directives.find_mentions)
PLENUM_RESOLUTION_F = re.compile(
    r"(?:nghi\s+quyet|nq)\s+(?:hoi\s+nghi\s+)?(?:(?:ban\s+chap\s+hanh|bch)\s*)?"
    r"(?:trung\s+uong|tw|t\.u|tu(?=\s))(?:\s+dang)?\s*(?:lan\s+thu\s+)?(?P<n>\d{1,2})(?![\d])"
    # a plenum held in two sessions: "Nghị quyết Trung ương 6 (lần 2) khóa VIII"
    r"(?:\s*\(\s*lan\s+(?:thu\s+)?(?P<session>[1-3]|hai|ba)\s*\))?"
    r"(?:\s*(?:,\s*|(?P<paren>\(\s*))?khoa\s+(?P<k>[ivxl]{1,6})(?![\w])"
    r"(?:\s*(?:,|va)\s*(?:khoa\s+)?(?P<k2>[ivxl]{1,6})(?![\w]))?"  # "khóa XI, (khóa) XII": two
    r"(?(paren)\s*\)))?"  # a ")" only to close "(khóa XII)": "(gọi tắt là ... khóa XI)" keeps its own
)
_DATE_WORD_F = (
    r"ngay\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s*,?\s*nam\s+\d{4})(?![\d])"
)
#: an issue date right after a mention: ", ngày 18/10/2019"
ISSUE_DATE_AFTER_F = re.compile(r"\s*,?\s*(?P<date>" + _DATE_WORD_F + r")")
#: an issue date and issuer before the mention: "Ngày 30-3-2007, Ban Bí thư Trung ương Đảng
#: (khóa X) ban hành Chỉ thị số 10-CT/TW" (searched up to the type word: $ is the mention's start)
ISSUED_BEFORE_F = re.compile(
    r"(?P<date>" + _DATE_WORD_F + r")\s*,\s*(?P<who>[^,;.:\n]{3,100}?)\s+(?:da\s+)?(?:ky\s+)?ban\s+hanh\s+$")
#: "của" / "do" introducing the issuer
ISSUER_LEAD_F = re.compile(r"\s*,?\s*(?:cua|do)\s+")
_ROMAN = r"[ivxl]{1,6}(?![\w])"
_KHOA = r"(?:\s*,?\s*\(?\s*khoa\s+" + _ROMAN + r"\)?)?"
_BODY = r"(?:(?:ban\s+thuong\s+vu|btv|ban\s+chap\s+hanh|bch|thuong\s+truc)\s+)?"
#: issuer patterns (folded) and the code they give: None = no code inferred
ISSUERS: list[tuple[str, str | None]] = [
    (r"ban\s+to\s+chuc\s+(?:trung\s+uong|tw|t\.u)(?:\s+dang)?", "BTCTW"),
    (r"uy\s+ban\s+kiem\s+tra\s+(?:trung\s+uong|tw)(?:\s+dang)?", "UBKTTW"),
    (r"ban\s+tuyen\s+giao\s+va\s+dan\s+van\s+(?:trung\s+uong|tw)", "BTGDVTW"),
    (r"ban\s+tuyen\s+giao\s+(?:trung\s+uong|tw)", "BTGTW"),
    (r"ban\s+dan\s+van\s+(?:trung\s+uong|tw)", "BDVTW"),
    (r"ban\s+noi\s+chinh\s+(?:trung\s+uong|tw)", "BNCTW"),
    (r"ban\s+kinh\s+te\s+(?:trung\s+uong|tw)", "BKTTW"),
    (r"ban\s+doi\s+ngoai\s+(?:trung\s+uong|tw)", "BĐNTW"),
    (r"van\s+phong\s+(?:trung\s+uong|tw)(?:\s+dang)?", "VPTW"),
    (r"bo\s+chinh\s+tri" + _KHOA, "TW"),
    (r"(?:bct|bbt)" + _KHOA, "TW"),  # Bộ Chính trị, Ban Bí thư abbreviated
    # the Centre's commissions abbreviated, as notes and hurried reports print them: "HD 26 của BTCTW"
    (r"btctw", "BTCTW"),
    (r"ubkttw", "UBKTTW"),
    (r"btgtw", "BTGTW"),
    (r"bdvtw", "BDVTW"),
    (r"ban\s+bi\s+thu(?:\s+trung\s+uong)?(?:\s+dang)?" + _KHOA, "TW"),
    # "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XI)"
    (r"(?:hoi\s+nghi\s+lan\s+thu\s+\w+\s+)?(?:ban\s+chap\s+hanh|bch)\s*"
     r"(?:trung\s+uong|tw|t\.u|tu)(?![\w])(?:\s+dang)?" + _KHOA, "TW"),
    (r"bchtw(?:\s+dang)?" + _KHOA, "TW"),
    # "Hội nghị Trung ương 6 khóa XII"
    (r"(?:hoi\s+nghi\s+)?trung\s+uong(?:\s+dang)?(?:\s+(?:lan\s+thu\s+)?\d{1,2}(?![\d]))?"
     + _KHOA, "TW"),
    (r"ban\s+to\s+chuc\s+(?:tinh|thanh)\s+uy", "BTCTU"),
    (r"ban\s+to\s+chuc\s+huyen\s+uy", "BTCHU"),
    (_BODY + r"(?:tinh|thanh)\s+uy", "TU"),
    (_BODY + r"huyen\s+uy", "HU"),
    (r"quan\s+uy\s+(?:trung\s+uong|tw)", "QUTW"),  # the army's Party committee (not a city's Quận ủy)
    (_BODY + r"quan\s+uy", "QU"),
    (_BODY + r"thi\s+uy", None),
    (_BODY + r"dang\s+uy", "ĐU"),
    (r"cum\s+thi\s+dua(?:\s+so\s+\d{1,3})?", None),
    (r"uy\s+ban\s+thuong\s+vu\s+quoc\s+hoi", None),
    (r"(?:hdnd|hoi\s+dong\s+nhan\s+dan|ubnd|uy\s+ban\s+nhan\s+dan)"
     r"(?:\s+(?:tinh|thanh\s+pho|tp|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran))?", None),
    (r"thu\s+tuong(?:\s+chinh\s+phu)?", None),
    (r"chinh\s+phu|cp(?=\s*[.,;:)]|\s*$)", None),  # ("Đề án 06 của CP": the Government's)
    (r"quoc\s+hoi", None),
]
ISSUER_F = re.compile(
    "|".join(f"(?P<i{i}>{p})(?![\\w])" for i, (p, _c) in enumerate(ISSUERS))
)
#: "tiến tới Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIV" (folded)
CONGRESS_F = Hinted(
    r"(?:(?:tien|huong)\s+toi|chuan\s+bi|phuc\s+vu)\s+dai\s+hoi\s+(?:dai\s+bieu\s+toan\s+quoc\s+)?"
    r"(?:(?:lan\s+)?thu\s+)?(?P<a>" + _ROMAN + r")(?!\s+(?:cua\s+)?dang\s+bo)"
    r"|dai\s+hoi\s+dai\s+bieu\s+toan\s+quoc\s+(?:(?:lan\s+)?thu\s+)?(?P<b>" + _ROMAN + r")",
    hint=r"tien\s+toi|huong\s+toi|chuan\s+bi|phuc\s+vu|dai\s+hoi\s",
)

# --------------------------------------------------------------------------
# people (original text)

FAMILY_NAMES = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh Mai
Lương Tô Hà Lưu Tạ Trương Đoàn Cao Lâm Chu Châu Thái Quách Triệu Tăng Kiều Khúc Giang Mạc
La Thân Vương Từ Tống Lại Lã Doãn Kim Nông Hầu Lò Lục Ninh Khuất Phùng Đàm Đồng Diệp Cù Âu
Hứa Phí Bạch Mã Nghiêm Tôn Thạch Sùng Giàng Vàng Lầu Điểu Danh Lộc Ma Hờ Bế Lưu Văn Y
Chế Nhữ Văn Đậu Lỗ Phương Quan Tiêu Hoa Lạc Nhan Viên Mẫn Uông Khổng Thiều Lều Vi Lường
Siu Ksor Rơ Kpă Rah Niê Êban Mlô Byă Ka Cầm Quàng Thào Mùa Tòng Tẩn Chảo Sầm Đèo Điêu Lềm Vừ
Xồng Sồng Lèo Tráng Sình Hạng Chau Néang Đàng Thập Mạch Bành Trình Kha
Bàn Phàn Pờ Lỳ Sừ Lù Khoàng Cháng Hảng Lữ Lành Lăng Vy Ngôn Sằm Vì Lồ Chẩu
Nay Rmah Kpuih Rahlan Thông Đạo Pinăng Chamaléa Katơr Giáp Nhâm
Alăng Zơrâm Bhling Briu Clâu Pơloong Ating Coor Hốih Arâl
Cà Cil Touneh
Chìu Mua Cứ Thò
""".split()) - {"Văn"}
#: the family names as typed without diacritics, when they stay distinct from common
#: words: "Nguyen", "Tran", "Pham" (not "Ha", "Le", "Mai", "Cao", "Van" ...)
_ASCII_FAMILY_NAMES = frozenset("""
Nguyen Tran Pham Hoang Huynh Dang Dinh Doan Duong Luong Truong Trinh Thach Quach Trieu Kieu
Nghiem Phung Nong Khuat Khuc Bach Diep Vuong Uong Tieu Thieu Khong Chau Neang Thap Sung Bui Vo
Ngo Le Ho Do Vu Ly Danh
""".split())
#: family names taken only after a cue (ông, bà, đồng chí ...): elsewhere they are
#: mostly the syllables of place names ("Sơn Hà", "Sơn Hòa")
CUE_ONLY_FAMILY_NAMES = frozenset({
    # "ông A Hrương" (a Xơ Đăng man's name), "chị Thị Sa Rươne", "ông Kiên Sô Phal" (Khmer)
    "Sơn", "A", "Thị", "Kiên",
    # Chăm family names: "đồng chí Quảng Văn Đức", "Phú Thị Ngọc Diệp"
    "Quảng", "Phú",
    # K'Ho family names, also a village's word ("Bon N'Jriêng"): "đồng chí Bon Jốc Ha Bin",
    # "Liêng Jrang K'Hòa"
    "Bon", "Liêng"})
#: a syllable opening a name of the Central Highlands: "H'Mai", "Y'Ngông", "K'Nhai"
PREFIXED_NAME_RE = re.compile(r"[HYK]['’][ \xa0]?[A-ZÀ-ỸĐ]")


def is_family_name(word: str) -> bool:
    """Whether ``word`` can open a personal name: a family name, or ``H'Mai``.

    A family name typed without its diacritics (``Nguyen``, ``Thach``) counts too.
    """
    return (word in FAMILY_NAMES or PREFIXED_NAME_RE.match(word) is not None
            or (word.isascii() and word in _ASCII_FAMILY_NAMES))


def is_cued_family_name(word: str) -> bool:
    """Whether ``word`` opens a personal name after a cue: a family name
    (:func:`is_family_name`), or one only a cue tells (:data:`CUE_ONLY_FAMILY_NAMES`: "Sơn",
    "Quảng", "Phú")."""
    return is_family_name(word) or word in CUE_ONLY_FAMILY_NAMES


#: the cue before a name: "Đồng chí", "đ/c", "ông", "bà" (and a plural "các" to skip)
#: Only at a word start, and not after "/" (``(?<![\w/])``, checked after the first
#: letter: every alternative opens with a plain letter, so the engine skips ahead
#: to the next Đ đ Ô ô B b instead of trying the pattern at every character).
PERSON_CUE_RE = re.compile(
    # (an invitation's field too: "Đồng chí: Ksor Y Thuyên")
    # (a member new or young: "Đảng viên trẻ Thào Thị Dế (thôn Pả Vi Hạ)")
    r"(?P<cue>Đ(?<![\w/]Đ)(?:ồng\s+chí(?:\s*:)?|[/.][Cc]\.?|ảng\s+viên(?:\s+(?:dự\s+bị|chính\s+thức|trẻ|mới))?)"
    r"|đ(?<![\w/]đ)(?:ồng\s+chí(?:\s*:)?|[/.][Cc]\.?|ảng\s+viên(?:\s+(?:dự\s+bị|chính\s+thức|trẻ|mới))?)"
    r"|D(?<![\w/]D)ong\s+chi|d(?<![\w/]d)ong\s+chi"  # typed without diacritics
    r"|G(?<![\w/]G)ià\s+làng|g(?<![\w/]g)ià\s+làng"  # a village elder
    # a profession before the name: "Kỹ sư Lâm Quốc Bảo", "bác sĩ X", "luật sư X", "nhà báo X"
    r"|K(?<![\w/]K)ỹ\s+sư|k(?<![\w/]k)ỹ\s+sư"
    # (a physician's degree after it: "bác sĩ CKII Trương Thị Ngọc Bích", "Bác sĩ CK1 X")
    r"|B(?<![\w/]B)ác\s+sĩ(?:\s+CK(?:II|I|1|2)\.?)?|b(?<![\w/]b)ác\s+sĩ(?:\s+CK(?:II|I|1|2)\.?)?"
    r"|L(?<![\w/]L)uật\s+sư|l(?<![\w/]l)uật\s+sư|N(?<![\w/]N)hà\s+báo|n(?<![\w/]n)hà\s+báo"
    r"|P(?<![\w/]P)hóng\s+viên|p(?<![\w/]p)hóng\s+viên"  # "cùng nghe phóng viên Lê Hoàng Phúc ghi nhận"
    r"|S(?<![\w/]S)inh\s+viên|s(?<![\w/]s)inh\s+viên"  # "sinh viên Hà Thị Thu Phương (K68, ...)"
    r"|H(?<![\w/]H)ọc\s+viên|h(?<![\w/]h)ọc\s+viên"  # a course's: "Học viên Vì Văn Ánh, chuyên viên ..."
    # a priest or a pastor in small letters: "linh mục Phêrô Trần Đức Hiệp", "mục sư Y Sương"
    r"|l(?<![\w/]l)inh\s+mục|m(?<![\w/]m)ục\s+sư"
    # a reporter asking at a press conference: "PV Trần Bảo Ngọc (Báo Lâm Đồng): ..."
    r"|P(?<![\w/]P)V"
    # an elder: "Cụ Giàng Seo Lử, năm nay 84 tuổi", "Bác Lý Văn Sửu, đảng viên 50 năm tuổi Đảng"
    r"|C(?<![\w/]C)ụ|c(?<![\w/]c)ụ|B(?<![\w/]B)ác|b(?<![\w/]b)ác"
    # a candidate for admission: "quần chúng ưu tú Hoàng Thị Mai"
    r"|Q(?<![\w/]Q)uần\s+chúng(?:\s+ưu\s+tú)?|q(?<![\w/]q)uần\s+chúng(?:\s+ưu\s+tú)?"
    # (a reader asking on a Q&A page: "Bạn Bùi Văn Tuấn (Chi bộ ...) hỏi: ...")
    r"|Ô(?<![\w/]Ô)ng|ô(?<![\w/]ô)ng|B(?<![\w/]B)(?:à|ạn(?:\s+đọc)?)|b(?<![\w/]b)(?:à|ạn(?:\s+đọc)?)"
    # in capitals, as a TV lower third prints it: "ÔNG LÊ VĂN TÂM - PHÓ CHỦ NHIỆM ..." (the name
    # then in capitals too, a mark after it: people._caps_after_cue)
    r"|Ô(?<![\w/]Ô)NG|B(?<![\w/]B)À|Đ(?<![\w/]Đ)ỒNG\s+CHÍ|Đ(?<![\w/]Đ)ẢNG\s+VIÊN"  # (a caption's: "... CHO ĐẢNG VIÊN TRỊNH XUÂN BẢO (...)")
    r"|C(?<![\w/]C)hị|c(?<![\w/]c)hị|A(?<![\w/]A)nh|a(?<![\w/]a)nh"
    r"|E(?<![\w/]E)m|e(?<![\w/]e)m"  # "em Sơn Thị Kim Ngân, sinh viên": a student
    # on a portal's English page: "Mr. Tôn Thất Bảo, Member of ...", "Ms. Ka Thị Nguyệt"
    r"|M(?<![\w/]M)(?:rs?|s)\.)[ \xa0]+"
)
#: a person named by initials after a cue, as discipline notices do: "ông N.V.Đ, Trưởng phòng"
#: (its last letter's point kept inside a sentence: "bà N.T.M., kế toán", as printed)
INITIALS_NAME_RE = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]){1,4}(?:\.(?=[,;)]))?(?=\.?(?:[,;)]|[ \xa0]|$))")
#: a plural before a cue ("các đồng chí" names no one) or before a title ("các đồng chí Phó Trưởng Ban ...")
PLURAL_BEFORE_RE = re.compile(r"(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a)[ \xa0]+(?:đồng[ \xa0]+chí[ \xa0]+)?$")
#: 1 to 6 capitalised syllables, the candidate name: "Phạm Minh Chính"
# (a foreign given name may be hyphenated: "Kim Jae-hoon", "Lin Chih-wei", "Chen Mei-Ling" (a capital after the dash in a
# romanised name only: "Ksor Y Tơr-Trưởng Ban" is a name and a title glued); a Lao one in up to five
# pieces: "Khăm-phăn Phôm-ma-chăn")
# ("K' Brèo Sim": the K'Ho prefix may be printed with a space after it)
# (a Cơ Tu name's syllable with its glottal stop: "Bh'riu Thị Hoa", "Bh’ling")
_SYL_NAME = f"(?:(?:[HYK]['’][ \xa0]?)?{SYL_CAP}|[A-Z][a-z]{{1,2}}['’]{LO}+)(?:-(?:{LO}+|[A-Z][a-z]{{1,6}}(?![^\\W\\d_]))){{0,4}}"
#: (two spaces between syllables too: names typed carelessly, "Huỳnh Thị  Kim Oanh")
CAP_RUN_RE = re.compile(_SYL_NAME + r"(?:[ \xa0]{1,2}" + _SYL_NAME + r"){0,5}(?![\w'’])")
#: a run of syllables in capitals, for a byline "DUY NGUYỄN"
CAPS_RUN_RE = re.compile(SYL_CAPS + r"(?:[ \xa0]+" + SYL_CAPS + r"){0,5}(?![\w])")
#: degrees printed before a name, read as title heads: "PGS", "ThS Lương Thị Bích Ngọc",
#: "BSCKII Trương Văn Nghĩa, Bí thư Chi bộ" (a degree, no post)
DEGREE_HEADS = ("GS", "PGS", "TS", "ThS", "ThS.BS", "TS.BS", "BS", "BSCKI", "BSCKII", "BS.CKI",
                "BS.CKII", "NCS", "ThS.ĐD", "CN.ĐD")  # (a nurse's: điều dưỡng)
#: a monk's or a priest's title before the name, read as a title head (the post, if any, after
#: the name: "Đại đức Danh Sóc Thi, Phó Trưởng ban Trị sự ...")
CLERICAL_HEADS = ("Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ", "Đại đức", "Linh mục", "Ni trưởng", "Ni sư",
                  "Mục sư", "Giám mục",
                  "Phật tử")  # (a lay Buddhist by her dharma name: "Phật tử Diệu Thiện, Trưởng ban Hộ niệm")
#: a state honour before the name, read as a title head (the post, if any, after the name):
#: "Mẹ Việt Nam Anh hùng Huỳnh Thị Nhứt", "lão thành cách mạng Lê Văn Hai", "vợ liệt sĩ Phạm
#: Văn Thể", "NSND Lưu Thị Hằng Nga, Phó Bí thư Đảng ủy"
HONOUR_HEADS = ("Mẹ Việt Nam Anh hùng", "mẹ Việt Nam Anh hùng", "Bà mẹ Việt Nam Anh hùng",
                "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng Lao động", "Lão thành cách mạng",
                "lão thành cách mạng", "Liệt sĩ", "liệt sĩ", "NSND", "NSƯT", "NGND", "NGƯT")
#: a committee member's post abbreviated, as Party offices' own news prints it: "đ/c X, UV BTV,
#: Trưởng Ban Tổ chức Huyện ủy", "TUV, Bí thư Huyện ủy" (Tỉnh ủy viên), "HUV", "ĐUV", "UVTW"
MEMBER_ABBREVIATIONS = ("UVBTV", "UV BTV", "UV.BTV", "TUV", "HUV", "ĐUV", "UVTW", "UV BCH")
_TITLE_HEADS = [
    "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Ủy viên", "Uỷ viên", "Bí thư", "Trưởng ban",
    "Trưởng Ban", "Trưởng phòng", "Trưởng Phòng", "Trưởng đoàn", "Trưởng Đoàn", "Trưởng",
    "Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Vụ trưởng", "Cục trưởng", "Tổng cục trưởng",
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Chánh Văn phòng", "Chánh văn phòng", "Chánh án",
    "Chánh Thanh tra", "Thường trực", "Viện trưởng", "Hiệu trưởng", "Tổng Thư ký",
    "Tổng thư ký", "Tỉnh ủy viên", "Tỉnh uỷ viên", "Thành ủy viên", "Thành uỷ viên",
    "Huyện ủy viên", "Huyện uỷ viên", "Đảng ủy viên", "Đảng uỷ viên", "Thị ủy viên",
    "Thị uỷ viên", "Quận ủy viên", "Quận uỷ viên", "Đại biểu Quốc hội", "Chính ủy",
    "Chính uỷ", "Tư lệnh", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
    "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Đại uý", "Thượng úy", "Thượng uý", "Trung úy",
    "Trung uý", "Thiếu úy", "Thiếu uý", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Trợ lý", "Chuyên viên", "Thư ký", "Tổng Biên tập", "Tổng biên tập",
    "Chủ tịch UBND", "Chủ tịch HĐND", "Bí thư Tỉnh ủy", "Giáo sư", "Tổ trưởng", "Đội trưởng",
    "Người lập biểu", "Cụm trưởng", "Cụm phó", "Chi hội trưởng", "Chi hội phó", "Báo cáo viên",
    # a diplomat's post ("Đại sứ quán", "Tổng Lãnh sự quán" are no post: see TITLE_HEAD_RE)
    "Đại sứ đặc mệnh toàn quyền", "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Tham tán",
    "Tham tán Công sứ",
    *CLERICAL_HEADS,
    *HONOUR_HEADS,
    # a Catholic priest's post, before or after his name: "Cha Tổng Đại diện Giuse X",
    # "linh mục Phêrô Trần Đức Hiệp, Quản hạt Xuân Trường, Chánh xứ Giáo xứ Trung Linh"
    "Tổng Đại diện", "Chánh xứ", "Quản hạt",
    # the army's and border guard's commanders: "Thượng tá X, Trung đoàn trưởng"
    "Trung đoàn trưởng", "Sư đoàn trưởng", "Lữ đoàn trưởng", "Tiểu đoàn trưởng", "Đại đội trưởng",
    "Chính trị viên", "Đồn trưởng", "Chỉ huy trưởng", "Tham mưu trưởng",
    *MEMBER_ABBREVIATIONS,
    *DEGREE_HEADS,
]
#: an officer's rank before the name: "Thiếu tá", "ĐẠI TÁ", "Thượng úy", "Trung sĩ"
RANK_RE = re.compile(
    r"(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:thượng|trung|hạ)\s+sĩ"
    # or an academic title: "TS.", "ThS.", "PGS.TS.", "PGS, TS.", "GS. TSKH"
    # and a physician's, pharmacist's or nurse's: "BSCKII", "ThS.BS", "BS.CKI", "DS", "NCS",
    # "ThS.ĐD" (điều dưỡng)
    r"|(?:(?:pgs|gs|ncs)\s*[.,]\s*)?(?:(?:tskh|ts|ths|cn)\s*\.\s*(?=[bd]s|đd))?"
    r"(?:tskh|ts|ths|cn|ks|bs(?:\s*\.?\s*ck(?:ii|i|2|1))?|bsnt|ds(?:ck(?:ii|i))?|đd)\s*\.?"
    r"|(?:pgs|gs)\s*\.|ncs"
    # or an artist's, a teacher's or a craftsman's honour: "NSND Lưu Thị Hằng Nga", "NGƯT X"
    r"|ns(?:nd|ưt)|ng(?:nd|ưt)|nn(?:nd|ưt))\s+",
    re.IGNORECASE)
#: every title head as listed (their spellings with Phó, Nguyên, Quyền are built below)
TITLE_HEADS: tuple[str, ...] = tuple(_TITLE_HEADS)
_AFTER_PHO = [h for h in _TITLE_HEADS if not h.startswith("Phó") and h not in DEGREE_HEADS and h not in HONOUR_HEADS]
#: the head of a title: "Phó Trưởng Ban", "Ủy viên", "Vụ trưởng", "Nguyên Bí thư"
#: One trie over every spelling (the same language as ``(?:(?:Nguyên|Quyền)\s+)?(?:Phó\s+``
#: ``anycase_first(_AFTER_PHO)|trie(_TITLE_HEADS))(?![\w])``, and the same longest match):
#: its first level is plain letters, so the engine skips ahead to them.
TITLE_HEAD_RE = re.compile(
    trie(
        prefix + head
        for prefix in ("", "Nguyên ", "Quyền ")
        for head in [*_TITLE_HEADS,
                     *(f"Phó {h[0].upper()}{h[1:]}" for h in _AFTER_PHO),
                     *(f"Phó {h[0].lower()}{h[1:]}" for h in _AFTER_PHO)]
    ) + r"(?![\w])(?![ \xa0]+quán)"  # (a mission is no post: "Tổng Lãnh sự quán Nhật Bản")
)
#: lower-case syllables that continue a capitalised word inside a title or a body's name:
#: "Vụ trưởng", "Ban Tổ chức", "Tỉnh ủy", "Bộ Chính trị", "Sở Nội vụ"
TITLE_TAILS = frozenset("""
trưởng viên thư tịch đốc nhiệm ban trực vụ chức ương ủy uỷ trị hành giáo vận chính phòng tra
khuyết dân quốc hội phủ sự lệnh sát án tướng tá úy uý sĩ viện tế cục khối phố xã huyện tỉnh
trận đoàn niên nghiệp vực trường tư pháp thông tin động hóa hoá nội đảng bộ quân đội an ninh
kiểm lý giám toán phương tác tập ký biên khu vụ nguyên học sở tổng quan đạo hợp mại ngoại ty
dựng binh khẩu hoạch lệ chế mạng triển tâm xứ sứ máy hàng tòa toà
""".split())  # ("dựng": "Trưởng Ban Xây dựng Đảng", a commune's body since 2025; "xứ": "Giáo xứ"; "sứ": "Công sứ";
#   "máy", "hàng": "Nhà máy", "Ngân hàng"; "tòa": "Chánh xứ Chính tòa")
#: the words in lower case of a mass organisation's name after its first capital
#: ("Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Hội Chữ thập đỏ", "Hội Người cao tuổi"):
#: read as one piece of the title, which TITLE_TAILS (one word at a time) cannot
ASSOCIATION_TAIL_RE = re.compile(
    r"(?:chiến[ \xa0]+binh|hiệp|nữ|thập[ \xa0]+đỏ|cao[ \xa0]+tuổi|khuyến[ \xa0]+học"
    r"|xung[ \xa0]+phong|nạn[ \xa0]+nhân[ \xa0]+chất[ \xa0]+độc[ \xa0]+da[ \xa0]+cam|làm[ \xa0]+vườn"
    r"|giáo[ \xa0]+chức|sinh[ \xa0]+viên|người[ \xa0]+mù|tù[ \xa0]+yêu[ \xa0]+nước"
    # and a delegation's: "Trưởng Đoàn đại biểu Quốc hội tỉnh"
    r"|đại[ \xa0]+biểu[ \xa0]+Quốc[ \xa0]+hội)(?![\w])"
)
#: a village's noun: "thôn", "bản", "buôn", "ấp", "xóm", "khóm", "sóc", "làng", "plei", "bon"
VILLAGE_NOUN = r"(?:thôn|bản|buôn|ấp|xóm|khóm|sóc|làng|plei|bon)"
#: an administrative noun before a capitalised name inside a title: "UBND tỉnh Hà Giang",
#: "Bí thư Chi bộ bản Nậm Pố"
ADMIN_NOUN_RE = re.compile(
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu|khu\s+vực|dự\s+khuyết"
    r"|" + VILLAGE_NOUN + r"|tổ\s+dân\s+phố|khu\s+phố)"
    r"(?=[ \xa0]+" + UP + r")|dự\s+khuyết(?![\w])"  # ("đặc khu": a special zone, since 2025)
    # numbered, with the number: "Bí thư Chi bộ thôn 2", "Tổ trưởng tổ dân phố 5", "Chi bộ khối 3"
    r"|(?:quận|phường|" + VILLAGE_NOUN + r"|tổ\s+dân\s+phố|khu\s+phố|tổ|khối)[ \xa0]+\d{1,3}(?![\d\w])"
)
#: what follows "Khối" in a bloc party committee's name, in lower case:
#: "Đảng ủy Khối các cơ quan tỉnh", "Khối Doanh nghiệp Trung ương" (the capitals are read anyway),
#: since 2025 "Đảng ủy các cơ quan Đảng tỉnh"
BLOC_TAIL_RE = re.compile(
    r"(?:các[ \xa0]+)?(?:cơ[ \xa0]+quan(?:[ \xa0]+(?:và|-)[ \xa0]+doanh[ \xa0]+nghiệp|[ \xa0]+Đảng)?"
    r"|doanh[ \xa0]+nghiệp)(?:[ \xa0]+(?:tỉnh|thành[ \xa0]+phố))?(?![\w])"
)
#: administrative nouns that may close a title: "Bí thư Đảng ủy xã"
#: the head of a title printed in lower case, as features print a village's posts after a
#: name: "ông Pờ Xá Phạ, bí thư chi bộ bản Huổi Lếch", "Sùng A Dế, người có uy tín bản Sì
#: Choang", "Vi Văn Tủa - bí thư kiêm trưởng xóm Lũng Nặm 1", "nguyên bí thư Đảng ủy xã"
LOWER_TITLE_HEAD_RE = re.compile(
    r"(?:nguyên[ \xa0]+)?(?:phó[ \xa0]+)?(?:bí[ \xa0]+thư|chủ[ \xa0]+tịch|chủ[ \xa0]+nhiệm"
    r"|trưởng[ \xa0]+(?:" + VILLAGE_NOUN + r"|khu[ \xa0]+phố|tổ[ \xa0]+dân[ \xa0]+phố|ban|phòng|đoàn)"
    r"|người[ \xa0]+có[ \xa0]+uy[ \xa0]+tín|già[ \xa0]+làng|chi[ \xa0]+hội[ \xa0]+trưởng"
    r"|tổ[ \xa0]+trưởng|đội[ \xa0]+trưởng)(?![\w])")
#: the lower-case words of a body's name inside such a title: "chi bộ", "đảng ủy xã"
LOWER_TITLE_BODY_RE = re.compile(
    r"[ \xa0]+(?:chi[ \xa0]+bộ|đảng[ \xa0]+(?:ủy|uỷ|bộ)|chi[ \xa0]+đoàn|chi[ \xa0]+hội|ban[ \xa0]+công[ \xa0]+tác"
    r"[ \xa0]+mặt[ \xa0]+trận|mặt[ \xa0]+trận|ủy[ \xa0]+ban[ \xa0]+nhân[ \xa0]+dân|hội[ \xa0]+(?:nông[ \xa0]+dân"
    r"|phụ[ \xa0]+nữ|cựu[ \xa0]+chiến[ \xa0]+binh)|thường[ \xa0]+(?:trực|vụ)|(?:tổng[ \xa0]+)?công[ \xa0]+ty"
    r"|hội[ \xa0]+đồng[ \xa0]+(?:thành[ \xa0]+viên|quản[ \xa0]+trị|nhân[ \xa0]+dân)|của|ở)(?![\w])")
ADMIN_END = frozenset({"tỉnh", "xã", "huyện", "phường", "quận", "thị trấn"})
#: one token of a title, after optional inline spaces
TITLE_TOKEN_RE = re.compile(r"[ \xa0]*(?:(?P<w>[^\W\d_][\w.]*|\d+\w*)|(?P<p>[^\w\s]))")
#: between a name and its title, or a title and its name: ", " " - " " – " " — "
NAME_TITLE_SEP_RE = re.compile(r"[ \xa0]*(?:,|[-–—]|:)[ \xa0]*|[ \xa0]+\((?=" + UP + r")")
#: a family-name name right before a title head: "Nguyễn Văn An, " in "Nguyễn Văn An, Bí thư"
NAME_BEFORE_HEAD_RE = re.compile(
    r"(?P<name>" + _SYL_NAME + r"(?:[ \xa0]{1,2}" + _SYL_NAME + r"){1,4})[ \xa0]*(?:,|[-–—])[ \xa0]*"
    r"(?:(?:nguyên|quyền)[ \xa0]+)?$"  # "Hồ Xuân Lãm, nguyên Bí thư Tỉnh ủy"
)
#: what is named after a person: the name after it is not a person of the article
#: ("Trường THPT Phan Châu Trinh", "đường Trần Phú", "Bảo tàng Hồ Chí Minh", a memorial:
#: "Khu lưu niệm Chủ tịch Hồ Chí Minh", "tượng đài", "Lăng")
NAMESAKE_BEFORE_RE = re.compile(
    r"(?:THPT|THCS|PTDTNT|PTDTBT|Tiểu\s+học|Mầm\s+non|(?<![\w])(?:đường|(?<!thành\s)phố|cầu)|[Bb]ảo\s+tàng"
    r"|[Nn]hà\s+văn\s+hóa|[Hh]uân\s+chương|(?<![\w])[Gg]iải|[Qq]uảng\s+trường"
    r"|(?:[Kk]hu|[Nn]hà)\s+(?:lưu\s+niệm|di\s+tích(?:\s+lịch\s+sử)?)|[Đđ]ền\s+thờ|[Tt]ượng\s+đài"
    r"|(?<![\w])[Ll]ăng|(?<![\w])[Nn]gày\s+sinh"  # (his birthday's anniversary)
    # (a cemetery named for its place: "Nghĩa trang liệt sĩ Đồng Lộc", not the martyr's name)
    r"|[Nn]ghĩa\s+trang(?:\s+[Ll]iệt\s+sĩ)?|[Đđ]ài\s+tưởng\s+niệm(?:\s+[Ll]iệt\s+sĩ)?)[ \xa0]+$")
#: a list of people introduced by a plural cue and a colon: "Các đồng chí: A, B, C"
NAMES_LIST_CUE_RE = re.compile(  # (with their count: "gồm 13 đồng chí:"; elders: "có các cụ:";
    # those admitted to the Party: "kết nạp đảng viên mới cho các quần chúng:")
    # (an obituary's family: "để lại vợ là bà ... và các con: ...")
    r"(?:[Cc]ác|[Gg]ồm(?:\s+(?:các|\d{1,3}))?)[ \xa0]+(?:đồng[ \xa0]+chí|đ/c|cụ|đảng[ \xa0]+viên|quần[ \xa0]+chúng|con)(?=[ \xa0]*:)")
#: a place noun right before a capitalised run: "huyện Lục Ngạn, Bí thư ..." names a place
PLACE_NOUN_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|thôn|bản"
    r"|buôn|làng|ấp|khu\s+vực|vùng|tại|đặc\s+khu)[ \xa0]+$",  # ("đặc khu Lý Sơn", a special zone since 2025)
    re.IGNORECASE,
)
#: the first word of a body, never of a person: "Ban Tổ chức", "Tỉnh ủy An Giang"
ORG_WORDS = frozenset("""
Ban Bộ Vụ Sở Cục Tỉnh Huyện Đảng Ủy Uỷ Hội Ngành Cụm Học Trường Viện Báo Đài Cổng
Trang Phòng Chi Đoàn Mặt Quân Khối Nhà Tổng Xã
Phường Quận Tạp Tòa Toà Kho Khu Trạm Giải Nghị Chỉ Kết Quy Quyết Hướng Kế Đề Chương Thông
Theo Tại Trong Ngày Sáng Chiều Tối Phó Chủ Giám Bí Trưởng Tin Ảnh Bài Nguồn Xem
Chùa Đền Giáo Thiền Tịnh
""".split())
#: a byline attribution: "Theo Báo Nhân Dân", "(Theo TTXVN)", "Nguồn: Báo X"
ATTRIBUTION_F = re.compile(  # (with the original's date: "(Theo Báo Quảng Ninh, 14/4/2022)")
    r"\(?\s*(?:theo|nguon)\s*:?\s+(?P<o>.{2,80}?)(?:\s*[,-]\s*(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?"
    r"\s*\)?\s*[.]?\s*")
#: a byline label: "Tin, ảnh: ...", "Bài và ảnh: ...", "PV", "Nhóm PV"
BYLINE_LABEL_F = re.compile(
    # ("Hình:" for the photos, as the south says: "Tin: Ngọc Ánh - Hình: Tấn Phát")
    r"(?:(?:tin|bai|anh|hinh(?:\s+anh)?|tin\s*,?\s*(?:anh|hinh)|bai\s*,?\s*(?:anh|hinh)|bai\s+va\s+anh|tin\s+va\s+anh"
    r"|tac\s+gia|nguoi\s+viet|nguoi\s+dang|clip|video|bien\s+tap|thuc\s+hien|do\s+hoa|author"
    # a multimedia page's: "Ảnh, video: ...", "Thiết kế: ...", "Trình bày: ...", "Dựng phim: ..."
    r"|anh\s*(?:,|va)\s*video|video\s*(?:,|va)\s*anh|thiet\s+ke|trinh\s+bay|dung\s+phim|noi\s+dung"
    # a broadcast's credits: "Phóng viên: ...", "Đọc: ...", "Quay phim: ..."
    r"|phong\s+vien|doc|nguoi\s+doc|quay\s+phim|ky\s+thuat|dan\s+chuong\s+trinh|nguoi\s+dan"
    # (and whoever approved it: "Duyệt: Văn phòng Đảng ủy xã", "Người duyệt: ...")
    r"|duyet|nguoi\s+duyet|duyet\s+(?:tin|bai)"
    # a TV script's: "PV: Minh Phương - Quang Huy / PTV", "BTV: Thanh Hằng", "Đạo diễn: ..."
    r"|pv|btv|dao\s+dien|nguoi\s+tong\s+hop|nguoi\s+ghi"
    # a team's: "Nhóm phóng viên: Bảo Ngọc - Thùy Dương", "Nhóm PV: ..."
    r"|nhom\s+(?:phong\s+vien|pv|tac\s+gia|thuc\s+hien))\s*:\s*"
    # a page in English's, or a read-later app's: "by Thu Hương"; a theme's card: "Bởi Minh Anh"
    # (not "Bồi dưỡng ...", "Bồi thường ...", folded alike)
    r"|by\s+|boi\s+(?!(?:duong|thuong|dap|hoan)\b)"
    # a feature's genre and its writer: "Ghi chép của Văn Quang", "Bút ký của Trần Hà"
    r"|(?:ghi\s+chep|but\s+ky|tuy\s+but|phong\s+su)\s+cua\s+)"
)
BYLINE_GROUP_F = full_line(r"(?:nhom\s+)?(?:pv|ctv|btv|phong\s+vien|nhom\s+phong\s+vien)"
                           r"(?:\s*[-–,]\s*ctv)?\.?")
BYLINE_SPLIT_RE = re.compile(r"[ \xa0]*(?:[-–—,/&;]|(?<![\w])và(?![\w]))[ \xa0]*")

# --------------------------------------------------------------------------
# outlet and classification (folded)

#: a source tag opening the lead: "(Cổng TTĐT AG)-", "TTXVN -", "(ĐCSVN) –"
SOURCE_TAG_RE = re.compile(
    r"\s*\((?P<a>[^()\n]{2,40})\)\s*[-–—:]|\s*(?P<b>[A-ZĐ][A-ZĐ0-9.]{1,15}(?:\s+[Oo]nline)?)\s*[-–—]\s"
)
#: a web address: a source tag or an outlet named ("xaydungdang.org.vn", "Nguồn: baonghean.vn"),
#: a read-later app's line opening with it ("sggp.org.vn · by ...")
DOMAIN_RE = re.compile(r"(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,3}")
KIND_PATTERNS_F: list[tuple[str, Hinted]] = [
    ("giao-ban", Hinted(r"(?<![\w])giao\s+ban(?![\w])", r"giao\s+ban")),
    ("so-ket", Hinted(r"(?<![\w])so\s+ket(?![\w])", r"so\s+ket")),
    ("tong-ket", Hinted(r"(?<![\w])tong\s+ket(?![\w])", r"tong\s+ket")),
    ("toan-quoc", Hinted(r"(?<![\w])(?:hoi\s+nghi|truc\s+tuyen)(?:\s+\w+){0,3}\s+toan\s+quoc",
                         r"hoi\s+nghi|truc\s+tuyen")),
]
#: a mid-year review without the word "sơ kết": "triển khai nhiệm vụ 6 tháng cuối năm"
KIND_MIDYEAR_F = Hinted(r"(?<![\w])(?:6|sau)\s+thang\s+(?:dau|cuoi)\s+nam",
                        hint=r"6\s+thang|sau\s+thang")
LEVEL_CENTRAL_F = Hinted(
    r"(?<![\w])(?:toan\s+quoc|ban\s+to\s+chuc\s+trung\s+uong|bo\s+chinh\s+tri|ban\s+bi\s+thu"
    r"|tong\s+bi\s+thu|ban\s+chap\s+hanh\s+trung\s+uong|bch\s+trung\s+uong"
    r"|vu\s+dia\s+phuong|trung\s+uong\s+(?:da\s+)?to\s+chuc"
    r"|dang\s+(?:uy|bo)\s+khoi\s+(?:cac\s+)?(?:co\s+quan|doanh\s+nghiep)\s+trung\s+uong)(?![\w])",
    hint=r"toan\s+quoc|ban\s+to\s|ban\s+bi\s|ban\s+chap\s|bo\s+chinh|tong\s+bi|bch\s|vu\s+dia"
    r"|trung\s+uong\s|dang\s+(?:uy|bo)\s+khoi",
)
LEVEL_PROVINCE_F = Hinted(
    r"(?<![\w])(?:tinh\s+uy|thanh\s+uy|ban\s+to\s+chuc\s+(?:tinh|thanh)\s+uy"
    r"|uy\s+ban\s+nhan\s+dan\s+tinh|ubnd\s+tinh|so\s+noi\s+vu"
    # a bloc party committee under the province ("Đảng ủy Khối các cơ quan tỉnh")
    r"|dang\s+(?:uy|bo)\s+khoi(?!\s+(?:cac\s+)?(?:co\s+quan|doanh\s+nghiep)\s+trung\s+uong))"
    r"(?![\w])",
    hint=r"tinh\s+uy|thanh\s+uy|ban\s+to\s|uy\s+ban\s|ubnd\s|so\s+noi|dang\s+(?:uy|bo)\s+khoi",
)
LEVEL_GRASSROOTS_F = Hinted(
    r"(?<![\w])(?:huyen\s+uy|quan\s+uy|thi\s+uy|dang\s+uy\s+(?:xa|phuong|thi\s+tran)"
    r"|dang\s+bo\s+(?:xa|phuong|thi\s+tran)|chi\s+bo|ban\s+to\s+chuc\s+huyen\s+uy)(?![\w])",
    hint=r"huyen\s+uy|quan\s+uy|thi\s+uy|dang\s+uy\s|dang\s+bo\s|chi\s+bo|ban\s+to\s",
)
#: who ran the meeting: "X (đã) (phối hợp với Y) tổ chức hội nghị"
ORGANISED_F = Hinted(
    r"(?<![\w])(?:to\s+chuc|chu\s+tri)\s+(?:hoi\s+nghi|giao\s+ban|buoi\s+giao\s+ban|cuoc\s+hop)",
    hint=r"to\s+chuc\s|chu\s+tri\s",
)

# --------------------------------------------------------------------------
# places (original text)

#: a run of capitalised syllables, maybe joined by dashes: "Bà Rịa - Vũng Tàu", "Hà Nội"
PLACE_RUN_RE = re.compile(
    SYL_CAP + r"(?:(?:[ \xa0]+|[ \xa0]*[-–—][ \xa0]*)" + SYL_CAP + r"){0,19}"
)
WORD_RE = re.compile(r"\w+")
#: "TP.HCM", "TP HCM", "TPHCM" (a word of its own: see places.find_places; a look-behind
#: here would cost the engine its scan for the literal)
HCM_ABBR_RE = re.compile(r"(?:TP|Tp)\.?[ \xa0]?HCM(?![\w])|TPHCM(?![\w])")
