"""Find the people an article names, with their titles as printed, and its byline.

Find, then resolve: :func:`find_people` collects every mention in three shapes

1. a cue, a name, then a title: ``Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính
   trị, ...``, ``Đ/c Lê Thị Kim Dung, ...``, ``đồng chí Ngô Hồng Yến – Trưởng
   Ban ...``, ``bà Nguyễn Thị Hoa, Giám đốc ...`` (the title may be missing);
2. a cue, a title, then the name: ``Đồng chí Ủy viên Bộ Chính trị, Trưởng Ban
   Tổ chức Trung ương – Phạm Minh Chính``;
3. a title right before the name: ``Phó Trưởng Ban Tổ chức Trung ương Nguyễn
   Quang Dương`` (the name must start with a family name, and a place such as
   ``Hà Nội`` in ``Bí thư Thành ủy Hà Nội ...`` stays in the title);
4. a family name, then a title after a comma: ``Nguyễn Văn An, Bí thư ...``.

:func:`unique_people` keeps each person once, in order of first mention, with
the first title printed for them.

Titles are scanned token by token: capitalised words, the lower-case second
syllable of a capitalised word (``Vụ trưởng``, ``Tỉnh ủy``, ``Ban Tổ chức``),
an administrative noun before a name (``UBND tỉnh Hà Giang``), a short
parenthesis (``Vụ Địa phương I (Ban Tổ chức Trung ương)``), and further titles
after ``,`` or ``và``. The first other lower-case word (``chủ trì``, ``phát
biểu``, ``cùng``) ends the title.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from desktop.core.parse import regexes
from desktop.core.parse.common import (
    column_spans,
    ffold,
    widget_pieces,
    word_start,
    written_with_marks,
)

_PLACE_NAMES: frozenset[str] | None = None
#: longest title read, in characters
MAX_TITLE = 240


def _places() -> frozenset[str]:
    global _PLACE_NAMES
    if _PLACE_NAMES is None:
        from desktop.core.parse import gazetteer

        names = {ffold(k) for k in gazetteer.all_keys()}
        names |= {"hoa", "ha"}  # never a whole name on its own anyway
        _PLACE_NAMES = frozenset(names)
    return _PLACE_NAMES


def _place_spelled(part: str, marked: bool) -> bool:
    """Whether a byline's ``part`` spells a province's name: printed without diacritics in a
    line written with them (``marked``), only a name spelled so anyway (``Long An``, not ``Thanh
    Hoa - Bá Tâm``, a reporter's)."""
    folded = ffold(part)
    if folded not in _places():
        return False
    if not (marked and part.isascii()):
        return True
    from desktop.core.parse import gazetteer

    return any(k.isascii() and ffold(k) == folded for k in gazetteer.all_keys())


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One mention of a person: the name's span and the title printed with it."""

    name: str
    title: str
    start: int
    end: int


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _cap_run(text: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the capitalised syllables starting at ``pos`` (single spaces between)."""
    m = regexes.CAP_RUN_RE.match(text, pos)
    if not m:
        return []
    out = []
    p = m.start()
    for w in m.group().replace("\xa0", " ").split(" "):
        if w:  # (two spaces: an empty piece between them)
            out.append((p, p + len(w)))
        p += len(w) + 1
    return out


def _name_run(text: str, pos: int) -> list[tuple[int, int]]:
    """:func:`_cap_run` from a name's start after its title, up to a post after it with no mark
    between, as a table's next cell reads once its tabs are spaces: "Đại tá Trần Văn Thanh Giám
    đốc Công an tỉnh" (a name of two syllables at least)."""
    syls = _cap_run(text, pos)
    # (a head of two words or more: "Trưởng" alone may be a given name, "Nguyễn Văn Trưởng")
    cut = next((j for j in range(2, len(syls)) if (h := _HEAD_MATCH(text, syls[j][0])) and " " in h.group()), None)
    return syls[:cut] if cut is not None else syls


def _whole_cap_run(text: str, pos: int) -> list[tuple[int, int]]:
    """:func:`_cap_run`, read on over the pattern's six syllables at a time when the run goes on
    (a commune's name and its holder's: "phường Thủ Dầu Một Nguyễn Hữu Lộc")."""
    syls = _cap_run(text, pos)
    while len(syls) % _CAP_RUN_MAX == 0 and syls and (more := _cap_run(text, syls[-1][1] + 1)):
        syls += more
    return syls


#: most syllables ``CAP_RUN_RE`` reads at once
_CAP_RUN_MAX = 6


def _place_prefix(text: str, syls: Sequence[tuple[int, int]]) -> int:
    """How many leading syllables of ``syls`` form a province name (0 if none)."""
    places = _places()
    for n in (3, 2):
        if len(syls) >= n and ffold(text[syls[0][0] : syls[n - 1][1]]) in places:
            return n
    return 0


#: "Chủ tịch Hồ Chí Minh": the President, named with his title (his name is also a city's,
#: which :func:`valid_name` turns down; "tư tưởng Hồ Chí Minh" names no one)
_PRESIDENT_HO_RE = re.compile(r"[ \xa0]+(Hồ[ \xa0]+Chí[ \xa0]+Minh)(?![\w])")


#: degrees printed before a name (title heads of their own, but no post; "PGS.TS" as read)
#: (and a monk's or a priest's title, whose post too follows the name)
_CLERICAL = frozenset(regexes.CLERICAL_HEADS)
_DEGREES = frozenset(regexes.DEGREE_HEADS) | {"PGS.TS", "GS.TS"} | _CLERICAL | frozenset(regexes.HONOUR_HEADS)
#: a role before the name that gives way to the post after it: "Báo cáo viên Y Khiêm Mlô, Phó
#: Trưởng Ban Tuyên giáo Tỉnh ủy"
_ROLE_HEADS = frozenset({"Báo cáo viên"})
#: syllables that stand in a name's middle, never at its end
_MIDDLE_ONLY = frozenset({"Thị", "THỊ"})


#: words after a head that is also a family name ("Đoàn Khối Cơ quan", "THÔNG CÁO BÁO CHÍ"), never in a name
_BODY_NOUNS = frozenset({"Khối", "Ban", "Bộ", "Sở", "Đảng", "Ủy", "Uỷ", "Hội", "Cơ", "Đại", "Công", "Kiểm",
                         "Báo", "Cáo", "Tri", "Tin",
                         # a unit's word: "Đoàn Phường Đông Hòa" (a ward's Youth Union) is a body
                         "Phường", "Xã", "Huyện", "Tỉnh", "Quận"})


def opens_body(syls: list[str]) -> bool:
    """Whether capitalised syllables open with a body's word: "Đoàn Thanh" is a body, "Đoàn Minh
    Khoa" a person (a family name that is also a body's word, before two syllables of no body)."""
    return syls[0] in regexes.ORG_WORDS and not (
        len(syls) >= 3 and syls[0] in regexes.FAMILY_NAMES
        and _BODY_NOUNS.isdisjoint(syls[1:]) and ffold(" ".join(syls[1:3])) != "thanh nien")


#: a name of the Central Highlands written as one word: a letter, an apostrophe, a capital
_ONE_WORD_HIGHLAND_RE = re.compile(r"[KHYR]['’][A-ZĐ][^\W\d_]{1,8}")


#: a bulletin's or a section's name in capitals, never a person's (folded, its first two
#: syllables): "BẢN TIN SÁNG", "TIÊU ĐIỂM", "ĐIỂM BÁO" (or a transcript's: "NỘI DUNG CHÍNH"; a
#: video transcript's language under it: "Tiếng Việt")
_SECTION_NAMES = frozenset({"ban tin", "tieu diem", "thoi su", "tin tuc", "diem bao", "diem tin", "su kien",
                            "hoat dong", "noi dung", "tieng viet", "tieng anh",
                            "an pham", "ban trich",  # (an e-book's cover: "ẤN PHẨM ĐIỆN TỬ - BẢN TRÍCH")
                            "thu ban"})  # (a reader's letter's heading: "THƯ BẠN ĐỌC")


def valid_name(name: str) -> bool:
    """Whether ``name`` can be a personal name: 2-5 capitalised syllables, not a body."""
    syls = name.split()
    if len(syls) == 1 and _ONE_WORD_HIGHLAND_RE.fullmatch(name):
        return True  # "K'Brơi", "H'Hen": a Cơ Ho or Ê Đê name written as one word
    if not 2 <= len(syls) <= 5 or syls[-1] in _MIDDLE_ONLY:
        return False  # ("Lê Thị" / "Hồng Vân, ...": a name broken at a line's end is not one)
    if opens_body(syls) or ffold(" ".join(syls[:2])) in _SECTION_NAMES:
        return False
    if regexes.TITLE_HEAD_RE.match(name):
        return False
    return ffold(name) not in _places()


def _name_in_run(text: str, syls: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Inside a run of capitalised syllables, the span of a trailing family-name name."""
    i = 0
    if text[syls[0][0] : syls[0][1]] in _PLACE_OPENERS and not _place_prefix(text, syls):
        # "Buôn Ma Thuột Trần Văn Bình": the last family name with three syllables from it
        for j in range(len(syls) - 3, 0, -1):
            if regexes.is_family_name(text[syls[j][0] : syls[j][1]]) and len(syls) - j <= 5:
                return syls[j][0], syls[-1][1]
        return None
    while i < len(syls) - 1:
        n = _place_prefix(text, syls[i:])
        if n:
            i += n
            continue
        word = text[syls[i][0] : syls[i][1]]
        rest = len(syls) - i
        if 3 <= rest <= 5 and text[syls[i + 1][0] : syls[i + 1][1]] == "Thị" and word[0].isupper():
            # a woman's name, whatever its family name: "Đảng ủy xã Sơn Thị Chanh Đa" (a Khmer
            # name whose family name opens places too: "xã Sơn Hà")
            return syls[i][0], syls[-1][1]
        if (regexes.is_family_name(word) or word in _HIGHLAND_FAMILY and rest <= 3) and 2 <= rest <= 5:
            # (and the Central Highlands' "A Sang", "Ksor Nham")
            # "Huyện ủy Sơn Hà Đinh Văn Mười": a district's syllables before the name
            # look like family names too; the name is the last three or more
            while (len(syls) - (i + 1) >= 3
                   and regexes.is_family_name(text[syls[i + 1][0] : syls[i + 1][1]])):
                i += 1
            # (a family name of two syllables or more: "Âu Dương Minh Tú", "Công Tôn Nữ Thị Mỹ")
            while i > 0 and len(syls) - i < 5 and " ".join(
                    text[a:b] for a, b in syls[i - 1 : i + 1]) in _COMPOUND_FAMILY_HEADS:
                i -= 1
            return syls[i][0], syls[-1][1]
        i += 1
    return None


#: the first two syllables of the family names of several: "Âu Dương", "Tôn Nữ", "Tôn Thất",
#: "Công Tôn" (of "Công Tôn Nữ"), "Huyền Tôn" (of "Công Huyền Tôn Nữ")
_COMPOUND_FAMILY_HEADS = frozenset({"Âu Dương", "Tôn Nữ", "Tôn Thất", "Công Tôn", "Huyền Tôn", "Công Huyền",
                                    "Gia Cát", "Tư Mã"})


def _next_person(text: str, pos: int) -> bool:
    """Whether the capitalised run at ``pos`` is, whole, a person's full name (a family
    name and two syllables or more): "Trần Thị Bình", never "Dân vận" or "Đào tạo"."""
    syls = _cap_run(text, pos)
    if len(syls) < 3:
        return False
    run = text[syls[0][0] : syls[-1][1]]
    return regexes.is_family_name(run.split()[0]) and valid_name(run)


#: a unit's age in brackets after its name, since the 2025 merger: "xã Nậm Có (mới)"
_UNIT_AGE = frozenset({"mới", "cũ"})
_TOKEN_MATCH = regexes.TITLE_TOKEN_RE.match
_HEAD_MATCH = regexes.TITLE_HEAD_RE.match
_ADMIN_MATCH = regexes.ADMIN_NOUN_RE.match
_ASSOCIATION_MATCH = regexes.ASSOCIATION_TAIL_RE.match
#: "nguyên" (former), "quyền" (acting) in lower case before a post: part of the title as
#: printed (the head's own pattern reads them capitalised: "Nguyên Bí thư")
_FORMER_RE = re.compile(r"(?:nguyên|quyền)[ \xa0]+")


def _former_start(text: str, pos: int) -> int:
    """Where the title whose head is at ``pos`` starts: before "nguyên " or "quyền " there."""
    for word in ("nguyên", "quyền"):  # (str checks: this runs at every title's head)
        at = pos - len(word) - 1
        if at >= 0 and text.startswith(word, at) and text[pos - 1] in " \xa0" and (
                at == 0 or not text[at - 1].isalnum()):
            return at
    return pos


def _post_head(text: str, pos: int) -> re.Match[str] | None:
    """The title head at ``pos``, or after "nguyên " / "quyền " there ("nguyên Bí thư")."""
    head = _HEAD_MATCH(text, pos)
    if head is None and text[pos : pos + 1] in ("n", "q"):
        former = _FORMER_RE.match(text, pos)
        if former is not None:
            return _HEAD_MATCH(text, former.end())
    return head


#: committees' abbreviations that may close a title: Tỉnh ủy, Huyện ủy, Đảng ủy (Khối), Quận ủy,
#: Thành ủy, Trung ương
_COMMITTEE_ABBREVIATIONS = frozenset({"TU", "HU", "ĐU", "ĐUK", "QU", "TW", "TƯ"})


def _sentence_end(word: str, text: str, after: int) -> bool:
    """Whether the ``.`` closing a capitalised ``word`` ends a sentence, not an abbreviation.

    ``Yên.`` before a space or the end does; ``TP.``, ``T.Ư.``, ``Q.`` do not; a committee's
    abbreviation does, as no one abbreviates it with a dot: "Trưởng BTC TU. Dự: ..."
    """
    stem = word.rstrip(".")
    if stem in _COMMITTEE_ABBREVIATIONS:
        return after >= len(text) or text[after].isspace()
    if (len(stem) == 2 and ffold(stem[1]) not in _VOWELS or len(stem) < 2 or "." in stem
            or stem.isupper()):
        return False  # (a syllable of two letters ends in a vowel: "Sông Đà.", "Na Rì.")
    return after >= len(text) or text[after].isspace()


#: a unit's word right before a capitalised run: "Huyện ủy ", "huyện ", "thành phố "
_UNIT_BEFORE_RE = re.compile(r"(?:[ủỦ]y|[uU]ỷ|huyện|xã|tỉnh|phố|quận|phường|trấn|" + regexes.VILLAGE_NOUN
                             + r")[ \xa0]+$")  # ("Phó Trưởng ấp Huỳnh Ký": the hamlet)
#: a district's or a commune's unit right before a name: "Huyện ủy A Lưới" names the district
#: (a province's, "Tỉnh ủy A Sang", has none of that form: a person)
_LOCAL_UNIT_BEFORE_RE = re.compile(r"(?:[Hh]uyện(?:[ \xa0]+[ủu][yỷ])?|xã|[Xx]ã[ \xa0]+[ủu][yỷ])[ \xa0]+$")
#: family names of the Central Highlands' peoples, whose names may have two syllables:
#: "Siu H'Liêm", "Y Mơi", "Ksor Nham"
_HIGHLAND_FAMILY = frozenset({"Y", "A", "Siu", "Ksor", "Rơ", "Rmah", "Nay", "Kpă", "Rah", "Puih", "Kpuih"})


def _highland_name(run: str) -> bool:
    """Whether ``run`` can be a two-syllable name of the Central Highlands: ``Siu H'Liêm``."""
    return "'" in run or "’" in run or run.split()[0] in _HIGHLAND_FAMILY


#: the first syllables of place names of the Central Highlands and the north-west:
#: "Buôn Ma Thuột", "Krông Pắc", "Đắk Mil", "Ia Grai", "Mường Tè" (a name inside the
#: run after them has three syllables or more)
_PLACE_OPENERS = frozenset({"Buôn", "Krông", "Đắk", "Đăk", "Ia", "Ea", "Cư", "Kon", "Plei", "Mường", "Bản"})
#: a ward's or a commune's noun (a name follows it)
_WARD_NOUN = r"(?:phường|xã|đặc[ \xa0]+khu)"
#: a ward's, a commune's or a village's name right before a number: "phường Hà Giang 1",
#: "xã Tân Lập 2", "bản Nậm Pố 2", "thôn Đông 3"
_WARD_BEFORE_RE = re.compile(r"(?:" + _WARD_NOUN + "|" + regexes.VILLAGE_NOUN
                             + r")(?:[ \xa0]+[^\W\d_][\w'’]*){1,3}[ \xa0]+$")
#: units named by a number inside a title: "Quận 8", "Phường 3", "Khu phố 2", "Tổ 5", "Thôn 3"
#: (in lower case, a village's noun and its number are read as one: regexes.ADMIN_NOUN_RE)
_NUMBERED = frozenset({"Quận", "quận", "Phường", "phường", "phố", "Tổ", "tổ", "Khu", "khu",
                       "Thôn", "Ấp", "Xóm", "Khóm", "Bản", "Buôn", "Sóc", "Làng"})


#: an officer's rank (not a degree: "PGS.TS X, Bí thư Đảng ủy" has its title after the name)
_MILITARY_RANK_RE = re.compile(
    r"(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)\s|(?:thượng|trung|hạ)\s+sĩ\s", re.IGNORECASE)


def _rank_only(title: str) -> bool:
    """Whether ``title`` is an officer's rank and nothing else: "Đại tá"."""
    m = _MILITARY_RANK_RE.match(title + " ")
    return m is not None and m.end() == len(title) + 1


#: a ward's or a commune's noun right before its name (and a name after it)
#: (or a district's committee: "Phó Bí thư Thường trực Huyện ủy Đồng Văn Thào Mí Dính")
_WARD_NOUN_BEFORE_RE = re.compile(
    r"(?:" + _WARD_NOUN + r"|[Hh]uyện[ \xa0]+(?:ủy|uỷ)|[Qq]uận[ \xa0]+(?:ủy|uỷ)|huyện)[ \xa0]+$")
#: the syllables of a ward's or commune's name since 2025, mostly
_WARD_NAME_SYLLABLES = 2
#: fewest and most syllables of a name with no family name (a Chăm one: "Thiên Sanh Minh Tuấn")
_FAMILYLESS_NAME_MIN, _FAMILYLESS_NAME_MAX = 3, 4


def _name_after_ward(text: str, at: int, syls: list[tuple[int, int]],
                     whole: bool = False) -> tuple[int, int] | None:
    """A name after a ward's or a commune's two syllables, where the run read from its start
    finds no name (``Bí thư Đảng ủy phường Phan Rang Thiên Sanh Minh Tuấn``: a Chăm name), or
    reads the ``whole`` run as one while a family name opens the syllables after the place's
    two (``Bí thư Đảng ủy xã Trần Đề Kim Sà Rinh``: a Khmer name)."""
    if not _WARD_NOUN_BEFORE_RE.search(text, max(0, at - 12), at):
        return None
    name = syls[_WARD_NAME_SYLLABLES:]
    if whole and not regexes.is_family_name(text[name[0][0] : name[0][1]]):
        return None
    if not _FAMILYLESS_NAME_MIN <= len(name) <= _FAMILYLESS_NAME_MAX:
        return None  # ("phường Phan Rang Tháp Chàm": a place's four syllables)
    return (name[0][0], name[-1][1]) if valid_name(text[name[0][0] : name[-1][1]]) else None


#: the words that may close a title: a unit's noun with no name after it ("Bí thư Đảng ủy xã",
#: "Trưởng thôn", "Chi hội Phụ nữ thôn")
_TITLE_END_WORDS = regexes.ADMIN_END | {"thôn", "bản", "buôn", "ấp", "xóm", "khóm", "sóc"}
#: a council's kind after "Hội đồng": "thành viên" (a state company's board), "quản trị"
_COUNCIL_KIND_RE = re.compile(r"[ \xa0]+(?:thành[ \xa0]+viên|quản[ \xa0]+trị)(?![\w])")
#: two words in lower case going on with a title: a body's ("Ủy ban nhân dân", "Hội đồng nhân
#: dân", "Phó Giám đốc nhân sự", "Công đoàn cơ sở", "Chủ tịch Công đoàn công ty"), a unit's noun
#: ("thành phố", "thị xã", "thị trấn", "đặc khu")
_TWO_WORDS = {"nhân": ("dân", "sự"), "cơ": ("sở",), "công": ("ty",),
              "thành": ("phố",), "thị": ("xã", "trấn"), "đặc": ("khu",)}
#: a defence zone's words after "Phòng" in a title: "Ban Chỉ huy Phòng thủ khu vực 2"
_DEFENCE_ZONE_RE = re.compile(r"thủ[ \xa0]+khu[ \xa0]+vực(?:[ \xa0]+\d{1,2})?(?![\w])")
#: a committee's term: "khóa XXV", "khoá 12"
_TERM_NUMBER_RE = re.compile(r"[IVXL]{1,7}|\d{1,2}")


def _word_after(text: str, at: int, accept: Callable[[str], object]) -> tuple[int, bool] | None:
    """Where the word at ``at`` ends when ``accept`` takes it (its full stop aside), and whether
    that full stop closes the sentence; None if it is not taken."""
    nxt = _TOKEN_MATCH(text, at)
    word = nxt.group("w") if nxt is not None else None
    if not word or not accept(word.rstrip(".")):
        return None
    return (nxt.end() - 1, True) if word[-1] == "." else (nxt.end(), False)


def _post_after_rank(text: str, title: str, name_end: int) -> tuple[str, int] | None:
    """The post after a name whose ``title`` before it is only a degree or a rank, and where it
    ends: "BSCKII Trương Văn Nghĩa, Bí thư Chi bộ, Giám đốc Bệnh viện" is the Bí thư; "Đại tá
    Nguyễn Văn Thắm, Chính ủy Bộ Chỉ huy Quân sự tỉnh" the Chính ủy; ``None`` if none."""
    if not all(t in _DEGREES or t in _ROLE_HEADS or _rank_only(t) for t in title.split(", ")):
        return None  # (each piece: "Anh hùng Lực lượng vũ trang nhân dân, Đại tá")
    sep = regexes.NAME_TITLE_SEP_RE.match(text, name_end)
    post = _post_head(text, sep.end()) if sep else None
    if post is None or post.group() in _DEGREES or _rank_only(post.group()):
        return None
    post_end, _ = scan_title(text, sep.end(), stop_at_name=False)
    post_end = _before_next_holder(text, sep.end(), post_end)  # "... tỉnh và Đại tá B, ..."
    return text[sep.end() : post_end], post_end


#: a company's noun before its name: "Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng"
_COMPANY_NOUN_RE = re.compile(
    r"(?:[Cc]ông[ \xa0]+ty|[Tt]ập[ \xa0]+đoàn|[Nn]gân[ \xa0]+hàng|Hợp[ \xa0]+tác[ \xa0]+xã|Nhà[ \xa0]+máy|Xí[ \xa0]+nghiệp)(?![\w])")
#: how far back a company's noun is looked for from a word of its name in lower case
_COMPANY_BACK = 60
#: the lower-case words that end a company's or a body's name in a title: the verbs and links of a
#: sentence ("Giám đốc Công ty Hoàng Long dự Hội nghị", "... và Ban Tổ chức")
_COMPANY_NAME_STOPS = frozenset("""
và cùng với của cho tại ở về đến từ theo trong khi trước sau để là được đã đang sẽ vừa mới
kiêm dự thăm trao tặng chúc gặp làm nhận đón tiếp chủ nói ký báo trình đọc giới thay đề nêu
nhấn khẳng yêu chỉ đánh quán lãnh điều tham có không cũng thì mà nhưng hay hoặc đồng ông bà
anh chị các những này đó khai biểu trì bày cảm gửi lên xuống ra vào như cần phải tổ thực kết
bầu giữ bổ quyết ban hướng chuyển hoàn
""".split())
#: words of a company's name in lower case that are verbs with the word after them:
#: "phát biểu" (not "phát triển"), "công bố" (not "công nghệ"), "kiến nghị" (not "kiến thiết")
_COMPANY_NAME_STOP_PAIRS = {"phát": ("biểu",), "công": ("bố",), "thông": ("báo", "qua"),
                            "kiến": ("nghị",), "tiến": ("hành",)}
#: the most lower-case words together inside a company's name ("xuất nhập khẩu", "trách
#: nhiệm hữu hạn")
_COMPANY_LOWER_RUN = 4


def _ends_a_name(text: str, w: str, after: int) -> bool:
    """Whether the lower-case word ``w`` (ending at ``after``) is a verb or a link, not a word of
    a company's or a body's name printed in sentence case: "dự", "và", "phát biểu"."""
    if w in _COMPANY_NAME_STOPS:
        return True
    nxt = _TOKEN_MATCH(text, after) if w in _COMPANY_NAME_STOP_PAIRS else None
    return nxt is not None and nxt.group("w") in _COMPANY_NAME_STOP_PAIRS[w]


def _in_company_name(text: str, pos: int, at: int) -> bool:
    """Whether ``at`` is inside a company's name in a title starting at ``pos``: after its
    noun ("Công ty", "Tập đoàn" ...) with only words between."""
    back = text[max(pos, at - _COMPANY_BACK) : at]
    noun = None
    for noun in _COMPANY_NOUN_RE.finditer(back):
        pass
    return noun is not None and not any(c in back[noun.end() :] for c in ",;:()\n")


def _company_name_goes_on(text: str, pos: int, at: int) -> int | None:
    """Where the capitalised words after the lower-case ones at ``at`` begin, when these are
    inside a company's name printed in sentence case within a title starting at ``pos``
    ("Giám đốc Công ty TNHH Bao bì Phúc Thịnh", "Công ty cổ phần Xây dựng số 5"); None if
    they are not (a verb, a link, or no capital after them: "Công ty X dự Hội nghị")."""
    if not _in_company_name(text, pos, at):
        return None
    i, words = at, 0
    while True:
        tok = _TOKEN_MATCH(text, i)
        w = tok.group("w") if tok is not None else None
        if not w:
            return None
        if w[0].isupper():
            return tok.start("w") if words else None
        if w.isdigit():  # "Công ty cổ phần Xây dựng số 5"
            return tok.end() if words and text[i - 4 : i].rstrip().endswith("số") else None
        words += 1
        if _ends_a_name(text, w, tok.end()) or words > _COMPANY_LOWER_RUN or w[-1] == ".":
            return None
        i = tok.end()


#: a body's noun, then the first word of its name in capitals: "Sở Giao", "Tiểu ban Văn",
#: "Bảo tàng", "Ban Thẩm" (its name goes on in lower case: "Sở Giao thông vận tải")
_BODY_FIRST_WORD_RE = re.compile(
    r"(?:^|(?<=[ \xa0]))(?:Sở|Ban|[Tt]iểu[ \xa0]+ban|Phòng|Trung[ \xa0]+tâm|Ủy[ \xa0]+ban|Uỷ[ \xa0]+ban|Vụ|Cục|Viện"
    r"|Trường|Bệnh[ \xa0]+viện|Văn[ \xa0]+phòng|Đài)[ \xa0]+[^\W\d_]+[ \xa0]+$|Bảo[ \xa0]+$")
#: the name of a committee's board for cadres' health goes on after its comma
_CARE_BOARD_RE = re.compile(r",[ \xa0]*chăm[ \xa0]+sóc[ \xa0]+sức[ \xa0]+khỏe[ \xa0]+cán[ \xa0]+bộ(?![\w])")
#: the most lower-case words of a body's name after its first word
_BODY_LOWER_RUN = 5


def _body_name_goes_on(text: str, at: int) -> int | None:
    """Where a body's name printed in sentence case ends, when the lower-case word at ``at``
    goes on with it to the clause's end ("Phó Giám đốc Sở Giao thông vận tải,", "Trưởng Tiểu
    ban Văn kiện."); None if it does not (a verb, a link: "Giám đốc Sở Y tế cho biết")."""
    if not _BODY_FIRST_WORD_RE.search(text, max(0, at - 24), at):
        return None
    i, words = at, 0
    while True:
        tok = _TOKEN_MATCH(text, i)
        w = tok.group("w") if tok is not None else None
        if not w:
            if words and tok is not None and (care := _CARE_BOARD_RE.match(text, i)):
                return care.end()  # "Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"
            close = tok is None or tok.group("p") in (",", ";", ")", ":", "-", "–")
            return i if close and words else None
        if w[0].isupper() or w[0].isdigit():
            return None
        words += 1
        if _ends_a_name(text, w, tok.end()) or words > _BODY_LOWER_RUN:
            return None
        if w[-1] == ".":
            return tok.end() - 1
        i = tok.end()


def scan_title(text: str, pos: int, *, stop_at_name: bool = True) -> tuple[int, int | None]:
    """Scan a title starting at ``pos`` (which must hold a title head).

    Returns:
        ``(end, name_start)``: where the title ends, and where a person's name
        starting inside the capitalised run begins (``None`` if none).
    """
    end = pos
    n = min(len(text), pos + MAX_TITLE)  # bounded: "Ủy viên ..., Ủy viên ..." x 3000
    token, head_match, admin_match = _TOKEN_MATCH, _post_head, _ADMIN_MATCH
    while True:
        head = head_match(text, pos)
        if not head:
            return end, None
        end = head.end()
        prev_cap = True
        rank_end = -1
        if stop_at_name:
            if _MILITARY_RANK_RE.match(text, pos):
                rank_end = regexes.RANK_RE.match(text, pos).end()
            elif head.group() in _CLERICAL and text[end : end + 1] in (" ", "\xa0"):
                # a monk's title: "Hòa thượng Thích Minh Tâm" ("Thích" is no family name)
                rank_end = end + 1
        if rank_end >= end:
            # a rank is followed by a name, whatever its family name: "Thượng tá Kiên Sô Phal"
            syls = _name_run(text, rank_end)
            if syls and valid_name(text[syls[0][0] : syls[-1][1]]):
                return end, syls[0][0]
        while end < n:
            tok = token(text, end)
            if not tok:
                return end, None
            w = tok.group("w")
            if w is not None:
                w_start = tok.start("w")
                if w[0].isupper():
                    if stop_at_name:
                        if len(w) == 1 and text[w_start + 1 : w_start + 2] in ("'", "’"):
                            one = _ONE_WORD_HIGHLAND_RE.match(text, w_start)
                            if one is not None and not text[one.end() : one.end() + 1].isalnum():
                                return end, w_start  # "Phó Trưởng Ban Tổ chức Tỉnh ủy K'Brơi"
                        syls = _cap_run(text, w_start)
                        name = _name_in_run(text, syls) if syls else None
                        if len(syls) > _WARD_NAME_SYLLABLES + 2 and (name is None or name[0] == w_start):
                            name = _name_after_ward(text, w_start, syls, name is not None) or name
                        if name is not None and regexes.NAMESAKE_BEFORE_RE.search(
                                text, max(0, name[0] - 24), name[0]):
                            name = None  # "Trường THPT Phan Châu Trinh": a school's namesake
                        if (name is not None and len(syls) == 2 and name[0] == w_start
                                and _UNIT_BEFORE_RE.search(text, max(0, w_start - 12), w_start)
                                and not (_highland_name(text[w_start : syls[-1][1]]) and not (
                                    w == "A" and _LOCAL_UNIT_BEFORE_RE.search(text, max(0, w_start - 12), w_start)))):
                            # "Bí thư Huyện ủy Đồng Văn", "UBND huyện Kim Sơn": two
                            # syllables right after a unit are its name (a person's
                            # has three: "Bí thư Huyện ủy Lê Văn Hùng")
                            name = None
                        if name is not None and name[1] == syls[-1][1]:
                            if name[0] == w_start:
                                if text[end - 3 : end] in (" và", "\xa0và"):
                                    # "X (90 tuổi), nguyên Phó Chủ tịch UBND thị xã và Lê Văn Ất":
                                    # another person, not the post's holder
                                    return len(text[: end - 3].rstrip(" \xa0")), None
                                return end, name[0]
                            # consume the capitalised words before the name
                            end = text.rfind(" ", 0, name[0]) if name[0] > 0 else name[0]
                            end = len(text[:end].rstrip(" \xa0"))
                            return end, name[0]
                        if syls:
                            # a whole place name or other capitalised words: take the run
                            end = syls[-1][1]
                            if text[end : end + 1] == "." and text[end + 1 : end + 2].isupper():
                                end += 1  # an abbreviation's dot: "Ban Tổ chức T.Ư Triệu Đức Thuận"
                            prev_cap = True
                            continue
                    if w[-1] == "." and _sentence_end(w, text, tok.end()):
                        return tok.end() - 1, None  # "... Tỉnh ủy Phú Yên. Trong tháng"
                    end = tok.end()
                    prev_cap = True
                    continue
                if w.isdigit() and ((text[max(0, w_start - 7) : w_start].split() or [""])[-1] in _NUMBERED
                                    # a ward named with a number: "phường Hà Giang 1"
                                    or prev_cap and len(w) <= 2 and _WARD_BEFORE_RE.search(
                                        text, max(0, w_start - 40), w_start)):
                    end = tok.end()  # "Bí thư Quận ủy Quận 8", "Chi bộ Khu phố 3"
                    prev_cap = False
                    continue
                admin = admin_match(text, w_start)
                if admin:
                    end = admin.end()
                    prev_cap = False
                    continue
                if text[end - 4 : end] in ("Khối", "khối") or (
                        w == "các" and text[end - 2 : end] in ("ủy", "uỷ")):
                    # (since 2025 without "Khối": "Đảng ủy các cơ quan Đảng tỉnh")
                    bloc = regexes.BLOC_TAIL_RE.match(text, w_start)
                    if bloc:  # "Bí thư Đảng ủy Khối các cơ quan tỉnh"
                        end = bloc.end()
                        prev_cap = False
                        continue
                lower = _LOWER_BODY_TAIL_RE.match(text, w_start) if (prev_cap or w in ("vận", "nông", "cán")) and w[0] in "cnv" else None
                if lower:  # "Trưởng phòng Bảo vệ chính trị nội bộ", "Tổng Giám đốc Tổng công ty"
                    end = lower.end()
                    prev_cap = False
                    continue
                if w[0] in "tdkn" and text[end - 3 : end] in ("ban", "Ban"):
                    board = _LOWER_BOARD_RE.match(text, w_start)
                    if board:  # "UV BTV, Trưởng ban tổ chức Huyện ủy"
                        end = board.end()
                        prev_cap = True
                        continue
                if w == "đồng" and text[end - 3 : end] in ("Hội", "hội"):  # "Hội đồng nhân dân"
                    end = tok.end()
                    council = _COUNCIL_KIND_RE.match(text, end)
                    if council is not None:  # "Chủ tịch Hội đồng thành viên Tập đoàn"
                        end = council.end()
                    continue
                if w in _TWO_WORDS and (after := _word_after(text, tok.end(), _TWO_WORDS[w].__contains__)):
                    # "Chủ tịch Ủy ban nhân dân phường", "HĐND thành phố"
                    if after[1]:
                        return after[0], None
                    end, prev_cap = after[0], False
                    continue
                if w == "thủ" and text[end - 5 : end] == "Phòng" and (
                        zone := _DEFENCE_ZONE_RE.match(text, w_start)) is not None:
                    end = zone.end()  # "Ban Chỉ huy Phòng thủ khu vực 2" (the army's since 2025)
                    prev_cap = False
                    continue
                if w == "huy" and text[end - 3 : end] == "Chỉ":  # "Bộ Chỉ huy Quân sự tỉnh"
                    end = tok.end()
                    prev_cap = True
                    continue
                if w == "thi" and text[end - 3 : end] in ("Cụm", "cụm"):
                    cluster = _CLUSTER_TAIL_RE.match(text, w_start)
                    if cluster:  # "Cụm trưởng Cụm thi đua số 3", "Trưởng Cụm thi đua các tỉnh ..."
                        end = cluster.end()
                        prev_cap = False
                        continue
                if w == "thường":  # "Phó bí thư thường trực Thành ủy X": a title in lower case
                    nxt = token(text, tok.end())
                    if nxt is not None and nxt.group("w") in ("trực", "vụ"):
                        end = nxt.end()
                        prev_cap = True
                        continue
                if prev_cap:
                    assoc = _ASSOCIATION_MATCH(text, w_start)
                    if assoc:  # "Chủ tịch Hội Cựu chiến binh tỉnh X"
                        end = assoc.end()
                        prev_cap = False
                        continue
                if w in ("khóa", "khoá") and (after := _word_after(text, tok.end(), _TERM_NUMBER_RE.fullmatch)):
                    # "Bí thư Huyện ủy khóa XXV"
                    if after[1]:
                        return after[0], None
                    end, prev_cap = after[0], False
                    continue
                # "... Ban Tổ chức Trung ương." : the word ends the title and the sentence
                stem = w.rstrip(".") if w[-1] == "." else w  # (and "Thành ủy...")
                if stem in _TITLE_END_WORDS or (prev_cap and stem in regexes.TITLE_TAILS):
                    if stem is not w:
                        return w_start + len(stem), None
                    end = tok.end()
                    if stem in ("sứ", "sự") and text[end : end + 5] == " quán":
                        end += 5  # a mission: "Tham tán Công sứ Đại sứ quán Đức" (not "quán triệt")
                        prev_cap = True
                        continue
                    # "huyện ủy" in lower case: "ủy" goes on as after a capital ("Huyện ủy")
                    prev_cap = text[end : end + 3] in (" ủy", " uỷ")
                    continue
                if (goes_on := _company_name_goes_on(text, pos, w_start)) is not None:
                    end = goes_on  # "Giám đốc Công ty TNHH Bao bì Phúc Thịnh"
                    continue
                if (goes_on := _body_name_goes_on(text, w_start)) is not None:
                    end, prev_cap = goes_on, False  # "Phó Giám đốc Sở Giao thông vận tải"
                    continue
                if w in ("nước", "tại") and ("Đại sứ" in text[pos:end] or "Lãnh sự" in text[pos:end]):
                    # "Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam": its country
                    # ("Tổng Lãnh sự Nhật Bản tại Đà Nẵng": its seat)
                    nxt = token(text, tok.end())
                    if nxt is not None and nxt.group("w") and nxt.group("w")[0].isupper():
                        end = nxt.end()
                        prev_cap = True
                        continue
                if w in ("và", "kiêm"):
                    nxt = token(text, tok.end())
                    if nxt and nxt.group("w") and _is_cap(nxt.group("w")):
                        if head_match(text, nxt.start("w")):
                            pos = nxt.start("w")
                            break
                        if w == "và":
                            if not stop_at_name and _next_person(text, nxt.start("w")):
                                return end, None  # "..., Bí thư Huyện ủy và Trần Thị Bình": another one
                            end = tok.end()
                            prev_cap = False
                            continue
                return end, None
            p = tok.group("p")
            if p == "(":
                if _in_company_name(text, pos, end):
                    return end, None  # "Công ty TNHH Điện tử Quang Minh (Khu công nghiệp ...)": where it is
                close = text.find(")", tok.end(), tok.end() + 80)
                inner = text[tok.end() : close].strip() if close > 0 else ""
                if (inner and (_is_cap(inner) or _ADMIN_MATCH(inner) or inner in _UNIT_AGE) and "(" not in inner
                        and "\n" not in inner):  # "(huyện Diễn Châu)", "xã Nậm Có (mới)" inside a title
                    end = close + 1
                    prev_cap = False
                    continue
                return end, None
            if (p in ("-", "–") and text[end - 1].isalpha() and text[end - 2 : end] not in ("ủy", "uỷ")
                    and (tok.start("p") == end) == (text[tok.end() : tok.end() + 1] not in " \xa0")):
                # (spaced alike on both sides; not after a committee: "Huyện ủy - Chủ trì: ...")
                # a body's name in two parts: "Phòng Kế hoạch - Tài chính", "Vụ Tổ chức - Điều lệ"
                nxt = token(text, tok.end())
                nw = nxt.group("w") if nxt is not None else None
                if nw and _is_cap(nw) and not head_match(text, nxt.start("w")):
                    syls = _cap_run(text, nxt.start("w"))
                    if syls and len(syls) <= 3 and _name_in_run(text, syls) is None:
                        end = tok.end()
                        continue
            if p == ",":
                nxt = token(text, tok.end())
                if nxt and nxt.group("w") == "kiêm":
                    nxt = token(text, nxt.end())
                elif nxt and nxt.group("w") in ("nay", "hiện") and (now := _NOW_IS_RE.match(text, nxt.start("w"))):
                    nxt = token(text, now.end())  # "nguyên Bí thư Huyện ủy X, nay là Bí thư Đảng ủy xã Y"
                if nxt and nxt.group("w") and head_match(text, nxt.start("w")):
                    pos = nxt.start("w")
                    break
                # the board the post is in, after a comma: "Phó Vụ trưởng Vụ Địa phương II, Ban Tổ
                # chức Trung ương"; a village's commune after its name: "Bí thư Chi bộ thôn Sủng
                # Khúa, xã Sủng Máng"
                if nxt and nxt.group("w"):
                    board = _BOARD_AFTER_COMMA_RE.match(text, nxt.start("w"))
                    if board is not None:
                        end, prev_cap = board.end(), False
                        continue
                    # (after a name, or a number: "Bí thư Chi bộ khối 3, phường Đông Kinh")
                    unit = admin_match(text, nxt.start("w")) if prev_cap or text[end - 1].isdigit() else None
                    if unit is not None:  # (and the commune's whole name, no one's; "phường 8" is whole)
                        place = token(text, unit.end())
                        syls = _cap_run(text, place.start("w")) if place is not None and place.group("w") else []
                        name = (_name_after_ward(text, syls[0][0], syls, True)
                                if stop_at_name and len(syls) > _WARD_NAME_SYLLABLES + 2 else None)
                        if name is not None:
                            # the post's holder after the commune's two syllables: "..., phường Đông
                            # Kinh Nông Văn Sửu"
                            return len(text[: name[0]].rstrip(" \xa0")), name[0]
                        end, prev_cap = (syls[-1][1], True) if syls else (unit.end(), False)
                        continue
            return end, None
        else:
            return end, None


#: a former post's holder's post now, after a comma: "nay là", "hiện là", "hiện nay là"
_NOW_IS_RE = re.compile(r"(?:nay|hiện(?:[ \xa0]+nay)?)[ \xa0]+là(?![\w])")
#: a committee's board named in lower case after "ban": "Trưởng ban tổ chức Huyện ủy" (not after
#: any body: "Chi bộ tổ chức hội nghị" is a sentence)
_LOWER_BOARD_RE = re.compile(r"(?:tổ[ \xa0]+chức|tuyên[ \xa0]+giáo|dân[ \xa0]+vận|kiểm[ \xa0]+tra|nội[ \xa0]+chính)(?![\w])")
#: a body's name going on in lower case after its capital: "Bảo vệ chính trị nội bộ", "Tổ
#: chức đảng, đảng viên", "Tổng công ty", "Nông nghiệp và Phát triển nông thôn"
_LOWER_BODY_TAIL_RE = re.compile(
    r"(?:(?:vệ[ \xa0]+)?chính[ \xa0]+trị[ \xa0]+nội[ \xa0]+bộ|chức[ \xa0]+(?:cơ[ \xa0]+sở[ \xa0]+)?đảng,?[ \xa0]+đảng[ \xa0]+viên"
    r"|công[ \xa0]+ty(?:[ \xa0]+cổ[ \xa0]+phần)?|nông[ \xa0]+thôn|vận[ \xa0]+tải"
    # (a cell's, in lower case after its post: "Bí thư chi bộ thôn 3", "Phó Bí thư chi đoàn")
    r"|chi[ \xa0]+(?:bộ|đoàn|hội)|(?<=[Mm]ầm[ \xa0])non"  # (and a school's: "Trường Mầm non")
    # (a ministry's department for its staff: "Vụ trưởng Vụ Tổ chức cán bộ")
    r"|(?<=[Tt]ổ[ \xa0]chức[ \xa0])cán[ \xa0]+bộ)(?![\w])")
#: a syllable of a name, capitalised or in capitals: "Tính", "TÍNH", "H'Yim"
_SYL_ANY_CASE = f"(?:[HYK]['’])?{regexes.UP}(?:{regexes.LO}+|{regexes.UP}*)"  # (and "H'Yim")
#: a name with its age after it, opening a list's item: "NGUYỄN VĂN TÍNH, 91 tuổi", "; Phan Thị Lệ (88 tuổi"
_AGED_NAME_RE = re.compile(
    r"(?:^|(?<=[:;,])|(?<=[:;,][ \xa0])|(?<=\n[-–•+][ \xa0])|(?<=[ \xa0]và[ \xa0]))(?P<n>" + _SYL_ANY_CASE
    + r"(?:[ \xa0]" + _SYL_ANY_CASE + r"){1,4})[ \xa0]*(?:,|\()[ \xa0]*\d{2,3}[ \xa0]+tuổi", re.MULTILINE)
#: how far before an age its name is looked for
_AGED_BACK = 60
#: an emulation cluster's name after "Cụm": "thi đua số 3", "thi đua III"
_CLUSTER_TAIL_RE = re.compile(r"thi[ \xa0]+đua(?:[ \xa0]+số)?(?:[ \xa0]+(?:\d{1,2}|[IVX]{1,4}))?(?![\w])")
#: the Organisation Board a post belongs to, named after a comma
_BOARD_AFTER_COMMA_RE = re.compile(
    r"Ban[ \xa0]+Tổ[ \xa0]+chức[ \xa0]+(?:Trung[ \xa0]+ương|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ \xa0]+[uủ][yỷ])(?![\w])")


#: a foreign name's Vietnamese form in brackets after it: " (Lâm Chí Vĩ)"
_FOREIGN_NAME_GLOSS_RE = re.compile(r"[ \xa0]*\((?:" + regexes.SYL_CAP + r"[ \xa0]){1,4}"
                                    + regexes.SYL_CAP + r"\)")


def _initials_after_cue(text: str, pos: int) -> tuple[PersonMention | None, int]:
    """``N.V.Đ, Trưởng phòng ...`` after a cue: a person named by initials, with the title."""
    m = regexes.INITIALS_NAME_RE.match(text, pos)
    if m is None:
        return None, pos
    a, b = m.span()
    sep = regexes.NAME_TITLE_SEP_RE.match(text, b)
    if sep and regexes.TITLE_HEAD_RE.match(text, sep.end()):
        t_end, _ = scan_title(text, sep.end(), stop_at_name=False)
        return _mention(text, a, b, text[sep.end() : t_end]), t_end
    return _mention(text, a, b, ""), b


_VILLAGE_NOUN_RE = re.compile(regexes.VILLAGE_NOUN + r"(?![\w])")


def scan_lower_title(text: str, pos: int) -> int:
    """Where a title printed in lower case (:data:`regexes.LOWER_TITLE_HEAD_RE` at ``pos``)
    ends: its bodies' lower-case words ("chi bộ", "đảng ủy"), places and their numbers ("bản
    Huổi Lếch", "xã Mường Lạn", "thôn Ngải Thầu Thượng 2"), capitalised words ("Đảng ủy xã"),
    a short parenthesis ("(huyện Sốp Cộp cũ)"), "kiêm" and a further post, and after a comma
    another post or place ("trưởng bản, người có uy tín của bản", "bản Pá Hốc, xã Chiềng Sơ");
    at the first other word or mark. Returns ``pos`` when no such head is there."""
    head = regexes.LOWER_TITLE_HEAD_RE.match(text, pos)
    if head is None:
        return pos
    end = head.end()
    n = min(len(text), pos + MAX_TITLE)
    while end < n:
        body = regexes.LOWER_TITLE_BODY_RE.match(text, end)
        if body is not None:
            # ("của", "ở" only before a place or a village's noun: "người có uy tín của bản")
            if body.group().strip() not in ("của", "ở"):
                end = body.end()
                continue
            at = body.end() + 1
            village = _VILLAGE_NOUN_RE.match(text, at)
            if village is not None:
                end = village.end()
                continue
            admin = _ADMIN_MATCH(text, at)
            if admin is None:
                break
            end = body.end()
            continue
        tok = _TOKEN_MATCH(text, end)
        if tok is None:
            break
        w = tok.group("w")
        if w is not None:
            w_start = tok.start("w")
            before = text[text.rfind(" ", 0, w_start - 1) + 1 : w_start - 1]  # (the word before)
            if w[0].isupper():
                syls = _cap_run(text, w_start)
                if syls:
                    end = syls[-1][1]
                    continue
                if w.isupper() and len(w) <= 6:
                    end = tok.end()  # "chủ tịch UBND tỉnh", "HĐND xã"
                    continue
                break
            if w.isdigit() and len(w) <= 3 and text[w_start - 1 : w_start] in (" ", "\xa0") and _is_cap(before):
                end = tok.end()  # "thôn Ngải Thầu Thượng 2"
                continue
            admin = _ADMIN_MATCH(text, w_start)
            if admin is not None:
                end = admin.end()
                continue
            stem = w[:-1] if w[-1] == "." else w
            if (stem in regexes.TITLE_TAILS and _is_cap(before)
                    or stem in regexes.ADMIN_END and before.isupper()):
                end = w_start + len(stem)  # "Đảng ủy", "Ban Tổ chức", "HĐND xã"
                if stem is not w:
                    break  # (the sentence ends)
                continue
            if w == "kiêm":
                nxt = regexes.LOWER_TITLE_HEAD_RE.match(text, tok.end() + 1)
                if nxt is None:
                    nxt = regexes.TITLE_HEAD_RE.match(text, tok.end() + 1)
                if nxt is not None:
                    end = nxt.end()
                    continue
            break
        p = tok.group("p")
        if p == "(":
            close = text.find(")", tok.end(), tok.end() + 60)
            inner = text[tok.end() : close] if close > 0 else ""
            if inner.strip() and _ADMIN_MATCH(inner.strip()) and "(" not in inner and "\n" not in inner:
                end = close + 1
                continue
            break
        if p == ",":
            at = tok.end() + 1 if text[tok.end() : tok.end() + 1] in (" ", "\xa0") else tok.end()
            nxt = regexes.LOWER_TITLE_HEAD_RE.match(text, at)
            if nxt is not None:
                end = nxt.end()
                continue
            admin = _ADMIN_MATCH(text, at)
            if admin is not None and text[at : admin.end()].split()[0] in regexes.ADMIN_END:
                end = admin.end()  # "bản Pá Hốc, xã Chiềng Sơ"
                continue
        break
    return end


#: what may open a lower-case title before the words "bí thư" or "trưởng" it holds
_LOWER_HEAD_PREFIXES = ("phó ", "nguyên ", "tổ ", "đội ", "chi hội ")


def _lower_heads(text: str) -> list[re.Match[str]]:
    """The lower-case title heads holding "bí thư" or "trưởng" in ``text``, in order, as
    ``LOWER_TITLE_HEAD_RE.finditer`` would find those (found by ``str.find`` of the two words,
    then the pattern where they are: a scan of the pattern over the text cost a sixth of the
    analysis)."""
    starts = set()
    for word in ("bí thư", "trưởng "):
        i = text.find(word)
        while i >= 0:
            start = i
            for prefix in _LOWER_HEAD_PREFIXES:  # ("nguyên phó bí thư": both, in that order)
                if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
                    start -= len(prefix)
            starts.add(start)
            i = text.find(word, i + 1)
    out: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = regexes.LOWER_TITLE_HEAD_RE.match(text, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


#: fewest syllables of a name ending a title in lower case (two are a village's, mostly)
_LOWER_TITLE_NAME_MIN = 3


def _name_ending_lower_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name that ``text[start:end]``, a title in lower case, ends with, if any."""
    last = None
    runs: list[re.Match[str]] = []  # (the runs right after one another: one, longer than the pattern reads)
    for last in regexes.CAP_RUN_RE.finditer(text, start, end):
        if runs and last.start() - runs[-1].end() != 1:
            runs.clear()
        runs.append(last)
    if last is None or last.end() != end:
        return None
    syls = _cap_run(text, last.start())
    if len(syls) < _LOWER_TITLE_NAME_MIN and len(runs) == 1:
        return None
    first = runs[0]
    if not regexes.is_family_name(first.group().split()[0]):
        # the commune's name, then the holder's: "phó bí thư Đảng ủy xã Bình Chánh Huỳnh Thị Kim Loan"
        before = text[start : first.start()].split()
        if not before or not _ADMIN_MATCH(text, text.rfind(before[-1], start, first.start())):
            return None
        named = _name_in_run(text, _whole_cap_run(text, first.start()))
        if named is None or named[0] == first.start() or len(text[named[0] : named[1]].split()) < _LOWER_TITLE_NAME_MIN:
            return None
        return named if valid_name(text[named[0] : named[1]]) else None
    if len(syls) < _LOWER_TITLE_NAME_MIN or not regexes.is_family_name(last.group().split()[0]):
        return None
    before = text[start : last.start()].split()
    if not valid_name(last.group()):
        return None
    if not before or not (before[-1].isdigit() or regexes.LOWER_TITLE_HEAD_RE.fullmatch(
            " ".join(before)) or before[-1] in ("bộ", "ủy", "uỷ", "đoàn", "hội")):
        return None  # ("bí thư chi bộ bản Huổi Lếch": a village's name)
    return last.start(), last.end()


def _before_next_holder(text: str, start: int, end: int) -> int:
    """Where a title read after a name ends when ``và`` joins another post held by a person
    named after it: ``bà X, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy và Phó Trưởng
    Ban Tổ chức Tỉnh ủy Lương Văn Trọng`` (before ``và``); else ``end``."""
    for m in _AND_RE.finditer(text, start, end):
        if regexes.TITLE_HEAD_RE.match(text, m.end()):
            _end, name_start = scan_title(text, m.end())
            if name_start is not None and name_start < end:
                return m.start()
    return end


def _mention(text: str, a: int, b: int, title: str) -> PersonMention:
    if text[b - 2 : b - 1] in (" ", "\xa0") and text[b - 1 : b].isupper() and text[b : b + 1] == "." and (
            text[b + 1 : b + 2] in (",", ";", ")")):
        b += 1  # a given name cut to its letter, its point kept inside a sentence: "ông Hoàng Văn Đ., nguyên ..."
    return PersonMention(" ".join(text[a:b].split()), " ".join(title.split()), a, b)


#: an English title after a name on a portal's English page: ", Member of the Provincial
#: Party Standing Committee and Head of ...", up to the clause's end (a comma before a verb
#: in lower case, a full stop)
_ENGLISH_TITLE_RE = re.compile(
    r",[ \xa0]+((?:Member|Head|Deputy|Vice|Secretary|Chairman|Chairwoman|Chairperson|Director"
    r"|Chief|Standing|Permanent|Alternate|Former|Acting)\b[^,.;:()\n]{0,150}"
    r"(?:,[ \xa0]+(?:and[ \xa0]+)?[A-Z][^,.;:()\n]{0,150})*)")


#: an English post's head, in any case: "member", "Deputy Head", "Secretary", "vice chairman"
_ENGLISH_POST = (r"(?i:(?:(?:deputy|vice|former|acting|standing|permanent|alternate)[ \xa0]+)?"
                 r"(?:member|head|secretary|chairman|chairwoman|chairperson|director|chief|president"
                 r"|deputy|vice)(?![\w])"
                 # (a body's member, the body first: "Standing Board member", "Politburo member")
                 r"|(?:standing[ \xa0]+(?:board|committee)|politburo|(?:party[ \xa0]+)?central[ \xa0]+committee)"
                 r"[ \xa0]+member(?![\w]))")
#: a name, then its post: "Vu Thi Thu Ha, member of the Standing Board ... Committee"
_ENGLISH_NAME_POST_RE = re.compile(
    r"(?<![\w])(?P<name>" + regexes.CAP_RUN_RE.pattern + r"),[ \xa0]+(?P<post>" + _ENGLISH_POST
    + r"[^,.;:()\n]{0,150})")
#: a post, then the name between commas: "Another deputy head of the board, Le Thi Hong Nhung, asked"
_ENGLISH_POST_NAME_RE = re.compile(
    r"(?<![\w])(?P<post>" + _ENGLISH_POST + r"[^,.;:()\n]{0,100}),[ \xa0]+(?P<name>"
    + regexes.CAP_RUN_RE.pattern + r"),")


#: a post capitalised, then the name with no comma, its verb after it: "Deputy Head of the
#: Party Central Committee's Organisation Commission Nguyen Quang Hieu said"
_ENGLISH_POST_THEN_NAME_RE = re.compile(
    r"(?<![\w])(?P<post>(?:(?:Deputy|Vice|Acting|Permanent)[ \xa0]+)?(?:Head|Director|Secretary|Chairman"
    r"|Chairwoman|Chief|President|Minister)[ \xa0]+of[ \xa0][^,.;:()\n]{0,150}?)[ \xa0]+(?P<name>"
    + regexes.CAP_RUN_RE.pattern + r")(?=[ \xa0]+[a-z])")
#: a unit's noun closing an English place's name: "Ho Chi Minh City", "Lam Dong Province"
_ENGLISH_UNIT_NOUNS = frozenset({"City", "Province", "District", "Ward", "Commune", "Town"})
#: most syllables of a name at the end of a post's run of capitals
_RUN_NAME_MAX = 4


def _english_appositions(text: str) -> Iterator[tuple[int, int, str]]:
    """Names on an English page with their posts beside them in apposition, as
    ``(start, end, post)``: a family name first, the post's head in English."""
    for pattern in (_ENGLISH_NAME_POST_RE, _ENGLISH_POST_NAME_RE):
        for m in pattern.finditer(text):
            a, b = m.span("name")
            name = text[a:b]
            if regexes.is_family_name(name.split()[0]) and valid_name(name):
                yield a, b, m.group("post")
    for m in _ENGLISH_POST_THEN_NAME_RE.finditer(text):
        # (the name is the run's end from a family name: "... Department III Vo Thanh Son")
        words = list(regexes.WORD_RE.finditer(text, *m.span("name")))
        if words[-1].group() in _ENGLISH_UNIT_NOUNS:
            continue  # "Ho Chi Minh City": a place
        for k in range(max(0, len(words) - _RUN_NAME_MAX), len(words) - 1):
            a, b = words[k].start(), m.end("name")
            if regexes.is_family_name(words[k].group()) and valid_name(text[a:b]):
                yield a, b, text[m.start("post") : words[k - 1].end() if k else m.end("post")]
                break


def _english_title(text: str, mention: PersonMention) -> tuple[PersonMention, int]:
    """``mention`` with the English title printed after it, and where that title ends."""
    t = _ENGLISH_TITLE_RE.match(text, mention.end)
    if t is None:
        return mention, mention.end
    return _mention(text, mention.start, mention.end, t.group(1)), t.end()


def _after_cue(text: str, pos: int) -> tuple[PersonMention | None, int]:
    """Read ``NAME[, TITLE]`` or ``TITLE - NAME`` after a cue at ``pos``."""
    syls = _cap_run(text, pos)
    if not syls:
        return _caps_after_cue(text, pos)
    if len(syls) == 1 and syls[0][1] - syls[0][0] == 1 and (caps := _caps_after_cue(text, pos))[0] is not None:
        return caps  # a name in capitals opening with one letter: "Y BIÊR NIÊ"
    if len(syls) >= 3 and text[syls[0][0] : syls[0][1]] in _BAPTISMAL_NAMES:
        syls = syls[1:]  # a Catholic's saint's name before his own: "ông Giuse Trần Văn Nghĩa"
    run = text[syls[0][0] : syls[-1][1]]
    if valid_name(run) and not regexes.TITLE_HEAD_RE.match(text, pos):
        a, b = syls[0][0], syls[-1][1]
        title = ""
        gloss = _FOREIGN_NAME_GLOSS_RE.match(text, b)  # (its Vietnamese form passed: "Lin Chih-Wei (Lâm Chí Vĩ), Phó ...")
        sep = regexes.NAME_TITLE_SEP_RE.match(text, gloss.end() if gloss is not None else b)
        if sep and _post_head(text, sep.end()):
            if sep.group().endswith("(") and (
                    bracket := _BRACKETED_POST_RE.match(text, b)) is not None:
                # the post in brackets, whole: "đồng chí A (Trưởng Ban điều hành Khu phố 4)"
                return _mention(text, a, b, bracket.group("post")), bracket.end()
            t_end, _ = scan_title(text, sep.end(), stop_at_name=False)
            t_end = _before_next_holder(text, sep.end(), t_end)
            title = text[sep.end() : t_end]
            if sep.group().strip().startswith("(") and text[t_end : t_end + 1] == ")":
                t_end += 1
            return _mention(text, a, b, title), t_end
        if sep and sep.group().strip() in (",", "-", "–", "—"):
            t_end = scan_lower_title(text, sep.end())
            if t_end > sep.end():  # "ông Pờ Xá Phạ, bí thư chi bộ bản Huổi Lếch"
                return _mention(text, a, b, text[sep.end() : t_end]), t_end
        return _mention(text, a, b, title), b
    if regexes.TITLE_HEAD_RE.match(text, pos):
        t_end, name_start = scan_title(text, pos)
        if name_start is not None:
            syls = _name_run(text, name_start)
            if syls and valid_name(text[syls[0][0] : syls[-1][1]]):
                post = _post_after_rank(text, text[pos:t_end], syls[-1][1])
                if post is not None:  # "Đồng chí Đại tá Trương Công Hiếu, Giám đốc Công an tỉnh"
                    return _mention(text, syls[0][0], syls[-1][1], post[0]), post[1]
                return _mention(text, syls[0][0], syls[-1][1], text[pos:t_end]), syls[-1][1]
        sep = regexes.NAME_TITLE_SEP_RE.match(text, t_end)
        if sep:
            syls = _cap_run(text, sep.end())
            if syls and valid_name(text[syls[0][0] : syls[-1][1]]):
                return _mention(text, syls[0][0], syls[-1][1], text[pos:t_end]), syls[-1][1]
        return None, t_end
    return None, pos


#: a name in capitals: two to five syllables, one or two spaces apart
#: (a romanised foreign name's syllables joined by a hyphen: "KIM SUNG-HO")
#: (a Central Highlands syllable with its mark: "H'NGƠN")
_CAPS_SYL = "(?:[A-Z]['’])?" + regexes.SYL_CAPS + "(?:-" + regexes.SYL_CAPS + ")?"
_CAPS_NAME_RE = re.compile(_CAPS_SYL + r"(?:[ \xa0]{1,2}" + _CAPS_SYL + r"){1,4}(?![\w-])")
#: the break after a name printed alone on its line (a lower third, a programme) before its
#: title: a line break, or the run of spaces a caption's markup left
_TITLE_LINE_AFTER_RE = re.compile(r"(?:[ \xa0]*\n(?:[ \xa0]*\n)?|[ \xa0]{3,})[ \xa0]*(?=" + regexes.UP + r")")


_AFTER_HYPHEN_RE = re.compile(r"(?<=\w-)\w+")


def _caps_name_ending(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of a name in capitals (two to five words, a family name first) ending a title
    read in ``text[lo:hi]``, after words in ordinary case: "... Tỉnh ủy NGUYỄN DUY LÂM"; or
    None ("Bí thư Đảng ủy BIDV" ends with no name)."""
    words = [(w.start(), w.end()) for w in _WORD_RE.finditer(text, lo, hi)]
    n = 0
    while n < len(words) and n < _CAPS_NAME_WORDS_MAX and text[slice(*words[-1 - n])].isupper():
        n += 1
    if n == len(words):
        return None  # (the post too in capitals: no name told from it)
    for k in range(n, 1, -1):  # (the longest name first: "BIDV NGUYỄN VĂN A" is "Nguyễn Văn A")
        a, b = words[-k][0], words[-1][1]
        name = _as_written(text[a:b])
        if regexes.is_family_name(name.split()[0]) and valid_name(name):
            return a, b
    return None


#: a word of a title or a name (letters, an apostrophe inside: "H'BLƯ")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
#: most words of a name in capitals ending a title
_CAPS_NAME_WORDS_MAX = 5


def _as_written(printed: str) -> str:
    """A name printed in capitals written as a name is: "HÀ VĂN QUYẾT" -> "Hà Văn Quyết",
    "KIM SUNG-HO" -> "Kim Sung-ho" (a hyphen joins a syllable, it opens no word)."""
    if not printed.isupper():
        return printed
    return _AFTER_HYPHEN_RE.sub(lambda m: m.group().lower(), printed.title())


def _caps_after_cue(text: str, pos: int) -> tuple[PersonMention | None, int]:
    """A name printed in capitals after a cue, its title after a comma or on the next line
    (a TV lower third, a programme): "Đ/c HÀ VĂN QUYẾT" over "Trưởng Ban Tổ chức Huyện ủy",
    "đồng chí NGUYỄN THỊ HOA, Phó Bí thư". Named as a name is written ("Hà Văn Quyết")."""
    m = _CAPS_NAME_RE.match(text, pos)
    if m is None:
        return None, pos
    name = _as_written(" ".join(m.group().split()))
    if not (2 <= len(name.split()) <= 5 and (regexes.is_family_name(name.split()[0]) or _highland_name(name))
            and valid_name(name)):
        return None, pos
    title, end = "", m.end()
    sep = regexes.NAME_TITLE_SEP_RE.match(text, end)
    if sep is None or sep.group().strip() not in (",", "-", "–", "—", "("):
        sep = _TITLE_LINE_AFTER_RE.match(text, end)
    if sep is not None and _post_head(text, sep.end()):
        end, _ = scan_title(text, sep.end(), stop_at_name=False)
        end = _before_next_holder(text, sep.end(), end)
        title = " ".join(text[sep.end() : end].split())
    elif sep is not None and (caps_end := _caps_title_end(text, sep.end())) > sep.end():
        # the post in capitals too: "THIẾU TƯỚNG PHAN VĂN AN, TƯ LỆNH QUÂN KHU PHÁT BIỂU"
        end = caps_end
        title = " ".join(text[sep.end() : end].split())
    return PersonMention(name, title, m.start(), m.end()), end


#: a post's head in capitals ("PHÓ BÍ THƯ", "NGUYÊN CHỦ TỊCH", "TƯ LỆNH QUÂN KHU")
_CAPS_HEADS = tuple(sorted({h.upper() for h in regexes.TITLE_HEADS if len(h) > 3}, key=len, reverse=True))
_CAPS_POST_RE = re.compile(r"(?:(?:NGUYÊN|QUYỀN)[ \xa0]+)?(?:PHÓ[ \xa0]+)?(?:" + "|".join(
    re.escape(h).replace(r"\ ", r"[ \xa0]+") for h in _CAPS_HEADS) + r")(?![\w])")
#: what ends a post in capitals in a caption: its verb ("... TƯ LỆNH QUÂN KHU PHÁT BIỂU"), a bracket,
#: a sentence's stop, the line's end (not a post's own words: "ỦY BAN KIỂM TRA", "BAN CHỈ ĐẠO")
_CAPS_POST_END_RE = re.compile(
    r"[ \xa0]+(?:PHÁT[ \xa0]+BIỂU|TRAO|TẶNG|CHỦ[ \xa0]+TRÌ|THĂM|QUÁN[ \xa0]+TRIỆT|TRIỂN[ \xa0]+KHAI|GỢI[ \xa0]+Ý"
    r"|NHẬN|KẾT[ \xa0]+LUẬN|TẠI|DỰ|CÙNG|TRÌNH[ \xa0]+BÀY|THAM[ \xa0]+LUẬN|ĐỌC|KHAI[ \xa0]+MẠC|BẾ[ \xa0]+MẠC"
    r"|CHÚC[ \xa0]+MỪNG|LÀM[ \xa0]+VIỆC|CHỤP[ \xa0]+ẢNH|ĐÓN|GẶP|ĐỀ[ \xa0]+NGHỊ|YÊU[ \xa0]+CẦU|NÓI[ \xa0]+CHUYỆN"
    r"|THÔNG[ \xa0]+QUA|BỎ[ \xa0]+PHIẾU|ĐƯỢC|ĐÃ|ĐANG|GIAO|ĐÁNH[ \xa0]+GIÁ|ĐỘNG[ \xa0]+VIÊN|KÝ)(?![\w])"
    r"|[ \xa0]*(?:[(;:\n]|(?<!TP)\.|\Z)")  # (a city's "TP." no stop: "THÀNH ỦY TP. HỒ CHÍ MINH")
#: the longest post in capitals read after a name in capitals
_CAPS_POST_MAX = 160


def _caps_title_end(text: str, pos: int) -> int:
    """Where a post printed in capitals at ``pos`` ends (``pos`` when none is there)."""
    if _CAPS_POST_RE.match(text, pos) is None:
        return pos
    stop = _CAPS_POST_END_RE.search(text, pos, pos + _CAPS_POST_MAX)
    end = stop.start() if stop is not None else pos
    title = text[pos:end].rstrip(" ,\xa0-–")
    if not title.isupper():
        return pos
    return pos + len(title)


#: (literal, offset of the cue's start from the literal's): every PERSON_CUE_RE
#: match starts with one of the literals, at that offset
_CUE_LITERALS = (("ồng", -1), ("Đ/", 0), ("đ/", 0), ("Đ.", 0), ("đ.", 0), ("Ông", 0), ("ông", 0), ("Bà", 0),
                 ("bà", 0), ("Chị", 0), ("chị", 0), ("Anh", 0), ("anh", 0), ("Em", 0), ("em", 0),
                 ("ảng viên", -1),
                 ("ạn ", -1), ("ong chi ", -1), ("ià làng", -1), ("uần chúng", -1),
                 ("ỹ sư", -1), ("ác sĩ", -1), ("inh mục", -1), ("ục sư", -1), ("uật sư", -1), ("hà báo", -1), ("hóng viên", -1), ("inh viên", -1), ("ọc viên", -1),
                 ("Cụ", 0), ("cụ", 0), ("Bác", 0), ("bác", 0),
                 ("PV", 0), ("Mr", 0), ("Ms", 0), ("ÔNG", 0), ("BÀ", 0), ("ĐỒNG", 0), ("ĐẢNG VIÊN", 0))


#: a post's head in lower case opening a list's item after the name: "phó chủ tịch UBND phường",
#: "trưởng Công an phường", "chánh Văn phòng Đảng ủy", "chỉ huy trưởng Ban Chỉ huy quân sự"
_LOWER_POST_RE = re.compile(
    r"(?:nguyên[ \xa0]+|quyền[ \xa0]+)?(?:phó[ \xa0]+)?(?:bí[ \xa0]+thư|chủ[ \xa0]+tịch|chủ[ \xa0]+nhiệm|trưởng|chánh"
    r"|giám[ \xa0]+đốc|tổng[ \xa0]+giám[ \xa0]+đốc|chỉ[ \xa0]+huy[ \xa0]+trưởng|ủy[ \xa0]+viên|uỷ[ \xa0]+viên"
    r"|hiệu[ \xa0]+trưởng|viện[ \xa0]+trưởng|chính[ \xa0]+ủy|tư[ \xa0]+lệnh|đảng[ \xa0]+ủy[ \xa0]+viên)(?![\w])")


def _place_aside(text: str, m: re.Match[str]) -> bool:
    """Whether a listed name's brackets hold its place, a dash after them: "Siu H'Yang (làng
    Bui) – ..." (not a unit's speaker: "- Bình Sơn (đ/c Lê Quang Tài – TBTC HU): ...")."""
    aside = m.group("aside")
    return (aside is not None and text[m.end("aside") : m.end()].strip() in ("-", "–")
            and not regexes.PERSON_CUE_RE.search(aside))


#: what follows a name in capitals after a cue in capitals ("ÔNG LÊ VĂN TÂM - PHÓ CHỦ NHIỆM"):
#: a mark or the line's end, never more words ("ÔNG NGUYỄN VĂN AN ĐƯỢC BẦU ...": a headline)
_MARK_AFTER_CAPS_NAME_RE = re.compile(r"[ \xa0]*(?:[-–—,(:\n]|\Z)")


def _cue_matches(text: str) -> list[re.Match[str]]:
    """Exactly ``list(regexes.PERSON_CUE_RE.finditer(text))``, found faster.

    ``str.find`` locates the few literals every cue opens with (far faster than
    the regex engine's scan for its first letters); the pattern is matched
    there only, left to right, skipping starts inside the previous match as
    ``finditer`` does.
    """
    starts = []
    find = text.find
    for lit, off in _CUE_LITERALS:
        i = find(lit)
        while i >= 0:
            p = i + off
            # the cue opens a word: "công", "không" hold "ông" but never a cue
            if p == 0 or (p > 0 and not text[p - 1].isalnum() and text[p - 1] not in "_/"):
                starts.append(p)
            i = find(lit, i + 1)
    starts.sort()
    out = []
    pos = 0
    match = regexes.PERSON_CUE_RE.match
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _dashed_name(text: str, t_end: int) -> tuple[int, int] | None:
    """The span of a name printed after a title and a dash (``... Tỉnh ủy - Đoàn Minh Tâm``),
    a family name opening it, or None."""
    dash = _DASH_BEFORE_NAME_RE.match(text, t_end)
    syls = _cap_run(text, dash.end()) if dash is not None else None
    if not syls:
        return None
    a, b = syls[0][0], syls[-1][1]
    first = text[a:b].split()[0]
    return (a, b) if len(syls) >= 2 and regexes.is_family_name(first) and valid_name(text[a:b]) else None


#: "giữ chức", "giữ chức vụ": a post held (before its title, after its holder's name)
_HOLD_POST = r"giữ[ \xa0]+chức(?:[ \xa0]+vụ)?"
#: the words naming a post as held, right before its title: "giữ chức", "chức vụ", "chức danh"
_POST_HELD_BEFORE_RE = re.compile(r"(?<![\w])(?:" + _HOLD_POST + r"|chức[ \xa0]+(?:vụ|danh))[ \xa0]+$")
#: a dash between a title and the name after it: " - ", " – "
_DASH_BEFORE_NAME_RE = re.compile(r"[ \xa0]+[-–][ \xa0]+(?=[A-ZĐÀ-Ỹ])")


def find_people(text: str) -> list[PersonMention]:
    """Every person mention in ``text``, in text order (repeats included)."""
    found: list[PersonMention] = []
    consumed: list[tuple[int, int]] = []  # kept sorted by start

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(consumed, (b, -1))
        # spans starting before b; only the few nearest can reach past a
        return not any(e > a for _s, e in consumed[max(0, i - 8) : i])

    def take(a: int, b: int) -> None:
        bisect.insort(consumed, (a, b))

    def take_listed(spans: list[tuple[int, int]], title: str) -> None:
        for a, b in spans:
            if free(a, b):
                found.append(_mention(text, a, b, title))
                take(a, b)

    def take_and_name(pos: int, title: str) -> None:
        """A second name joined by "và" at ``pos`` (:func:`_and_name`), with ``title``."""
        other = _and_name(text, pos)
        if other is not None:
            take_listed([other], title)

    # (the pattern only matches at a word start not preceded by "/"; a cue inside a
    # word, "không ", never hides a real one: no cue letter follows inside its match)
    for m in _cue_matches(text):
        if not text[m.end() : m.end() + 1].isupper():
            continue  # a name or a title opens with a capital: "đảng viên mới" names no one
        if regexes.PLURAL_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            # "các đồng chí ..." names no one, but for a list of names: "các đồng chí Hồ Quốc
            # Khánh và Nguyễn Thanh Tùng được bầu ..."
            listed = _listed_names(text, m.end(), after_colon=False, cued=True)
            if len(listed) >= 2:
                take_listed(listed, "")
            elif listed and (shared := _shared_post(text, listed[0][1])) is not None:
                # "các đồng chí Nguyễn Văn Hải và Lê Thị Diễm, Phó Trưởng Ban ..." (or "Nguyễn
                # Văn Hải, Lê Thị Diễm, ..."): two holders of the one post after the second
                # (which is read with it)
                take_listed(listed, shared)
            elif not listed:
                # "Các đồng chí: Quảng Văn Đức, Chủ tịch UBND huyện và Phú Thị Ngọc Diệp, Trưởng
                # Ban ...": each with a post, those whose family name only a cue tells (the
                # others are read with their posts as every name before a title is)
                for span, title in _cued_holders(text, m.end()):
                    take_listed([span], title)
            continue
        mention, end = _after_cue(text, m.end())
        if m.group("cue")[1:2].isupper() and (
                mention is None or not _MARK_AFTER_CAPS_NAME_RE.match(text, mention.end)
                # (after "ĐẢNG VIÊN", three syllables: a headline's "ĐẢNG VIÊN VI PHẠM" names no one)
                or m.group("cue").startswith("ĐẢNG") and len(mention.name.split()) < 3):
            continue  # a cue in capitals: a lower third's name, a mark after it (no headline's words)
        if mention is None:
            mention, end = _initials_after_cue(text, m.end())
            if mention is not None:
                found.append(mention)
                take(m.start(), end)
            continue
        cue = m.group("cue").lower()
        if cue in ("ông", "bà", "chị", "anh", "em", "cụ", "mr.", "ms.", "mrs.") or cue.startswith(("đảng viên", "bạn", "già", "quần", "kỹ", "bác", "luật", "nhà", "sinh", "học")):
            first = mention.name.split()[0]
            if not (regexes.is_cued_family_name(first)
                    or regexes.PREFIXED_NAME_RE.match(mention.name)  # "H' Nhung Byă"
                    # a foreigner's name, told by the title or the Vietnamese form after it:
                    # "ông Tanaka Hiroshi, Tổng Giám đốc", "ông Lin Chih-wei (Lâm Chí Vĩ)"
                    or cue in ("ông", "bà") and (mention.title or _FOREIGN_NAME_GLOSS_RE.match(
                        text, mention.end))
                    # a Chăm name, with no family name, told by a title or an age after it:
                    # "anh Abdul Ha Lim, Chi hội trưởng ...", "chị Ha Ri Da, 26 tuổi"
                    or cue in ("anh", "chị", "em") and (mention.title or _AGE_AFTER_RE.match(
                        text, mention.end))):
                continue
        if cue.startswith("m") and not mention.title:
            mention, end = _english_title(text, mention)
        if not mention.title and (elected := _ELECTED_RE.match(text, mention.end)
                                  or _HOLDS_POST_RE.match(text, mention.end)) is not None and (
                regexes.TITLE_HEAD_RE.match(text, elected.end())):
            # "đồng chí Danh Thị Bích Tuyền được bầu giữ chức Phó Bí thư ...": the post given
            t_end, _ = scan_title(text, elected.end(), stop_at_name=False)
            mention = PersonMention(mention.name, text[elected.end() : t_end], mention.start, mention.end)
            end = max(end, t_end)
        found.append(mention)
        take(m.start(), max(end, mention.end))
        # "đồng chí Nguyễn Thị Thu Sương (Trưởng Ban ...) và Đỗ Minh Khôi": a second member
        take_and_name(max(end, mention.end), "")

    # "Các đồng chí: Dương Ngọc Trâm, Hà Quang Tuyến, ...": the names listed after a plural cue
    # (or each with its post, the items apart by ";": "các đồng chí: HẦU QUANG DÌN, nguyên
    # Bí thư Huyện ủy; PHÀN THỊ LÌU, nguyên Phó Trưởng Ban ...")
    if ("đồng chí:" in text or "đồng chí :" in text or "đ/c:" in text or "cụ:" in text
            or "viên:" in text or "chúng:" in text or "con:" in text):
        for m in regexes.NAMES_LIST_CUE_RE.finditer(text):
            for person in _posted_items(text, m.end()):
                if free(person.start, person.end):
                    found.append(person)
                    take(person.start, person.end)
            for a, b in _listed_names(text, m.end()):
                if free(a, b):  # each with the work in brackets after the name, if any
                    found.append(_mention(text, a, b, _work_in_brackets(text, b)))
                    take(a, b)
    if "gồm:" in text or "trong đó có " in text or " là " in text and (
            "cao nhất là" in text or "tiêu biểu là" in text or "xuất sắc nhất là" in text):
        # "kết nạp 6 quần chúng ưu tú, ... gồm: Triệu Thị Mai (thôn Pác Ngòi), Bàn Văn Sinh (thôn
        # Bó Lù), ...": whole names listed after a bare "gồm" (or "trong đó có"), each with its
        # place or work in brackets (two such at least: "gồm: Ban Tổ chức (...)" names no one)
        for m in _BARE_LIST_CUE_RE.finditer(text):
            spans = _listed_names(text, m.end(), after_colon=m.group().endswith("m"))
            if len(spans) < 2 or not all(_ASIDE_RE.match(text, b) for _a, b in spans[:2]):
                continue
            for a, b in spans:
                if free(a, b):
                    found.append(_mention(text, a, b, _work_in_brackets(text, b)))
                    take(a, b)
    semi = text.find(";")
    while semi >= 0:
        # the cue of a list whose first item this ";" closes, in the clause before it, where
        # a name follows the ";" (found by str.rfind of each cue word, then the pattern where
        # the last one is: a regex scan for "như", "là" cost a third of the people's time)
        lo = max(0, semi - _POSTED_CUE_BACK)
        nxt = semi + 1
        while text[nxt : nxt + 1] in (" ", "\xa0"):
            nxt += 1
        at = max(text.rfind(w, lo, semi) for w in _POSTED_CUE_WORDS) if text[nxt : nxt + 1].isupper() else -1
        cue = _POSTED_LIST_CUE_RE.match(text, at + 1) if at >= 0 else None
        listed = _posted_items(text, cue.end(), colon=False) if cue is not None else []
        for person in listed:
            if free(person.start, person.end):
                found.append(person)
                take(person.start, person.end)
        semi = text.find(";", max(semi + 1, listed[-1].end if listed else 0))

    # "Võ Minh Khải được bầu làm Bí thư Tỉnh ủy; Huỳnh Thị Ngọc Hân và Lưu Quốc Bảo được bầu
    # làm Phó Bí thư": names with no cue, the post they were elected or appointed to after them
    if "được bầu" in text or "được bổ nhiệm" in text or "đắc cử" in text or "được chỉ định" in text:
        for m in _ELECTED_RE.finditer(text):
            if not regexes.TITLE_HEAD_RE.match(text, m.end()):
                continue
            t_end, _ = scan_title(text, m.end(), stop_at_name=False)
            names = [(a, b) for a, b in _names_before(text, m.start()) if free(a, b)]
            if names:
                take_listed(names, text[m.end() : t_end])
                take(m.end(), t_end)

    if "TƯỚNG" in text or " TÁ " in text or " ÚY " in text or " UÝ " in text:
        # a caption or a lower third in capitals, a rank before the name and its post after a
        # mark: "THIẾU TƯỚNG PHAN VĂN AN, TƯ LỆNH QUÂN KHU PHÁT BIỂU" (a headline's "ĐẠI TÁ
        # NGUYỄN VĂN AN NHẬN ..." has words, no mark, after the name: passed over)
        for m in _MILITARY_RANK_RE.finditer(text):
            if not m.group().isupper() or not word_start(text, m.start()):
                continue  # (in small letters: a title head's, read below)
            caps, end = _caps_after_cue(text, m.end())
            if (caps is not None and _MARK_AFTER_CAPS_NAME_RE.match(text, caps.end)
                    and free(caps.start, caps.end)):
                found.append(caps)
                take(m.start(), max(end, caps.end))

    scanned = 0  # end of the last title read: heads inside it are part of it
    for m in regexes.TITLE_HEAD_RE.finditer(text):
        if m.start() < scanned or not word_start(text, m.start()) or not free(m.start(), m.end()):
            continue
        if text[m.start() - 4 : m.start() - 1] in ("Tòa", "Toà"):
            continue  # a see, not a post: "Tòa Giám mục Bùi Chu"
        if m.group() in ("Chủ tịch", "chủ tịch"):
            ho = _PRESIDENT_HO_RE.match(text, m.end())
            if ho is not None:
                # (in a memorial's name he is no one present: "Khu lưu niệm Chủ tịch Hồ Chí Minh")
                if not regexes.NAMESAKE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
                    found.append(_mention(text, ho.start(1), ho.end(), m.group()))
                take(m.start(), ho.end())
                scanned = ho.end()
                continue
        if _MILITARY_RANK_RE.match(text, m.start()):
            # a rank before a name in capitals, its post after a comma or on the next line
            # (an interview's lower third): "Thượng tá ĐOÀN VĂN KIỆT" over "Chính trị viên ..."
            rank = regexes.RANK_RE.match(text, m.start())
            caps, end = _caps_after_cue(text, rank.end()) if text[rank.end() + 1 : rank.end() + 2].isupper() else (None, 0)
            if caps is not None and caps.title and free(caps.start, caps.end):
                # (with no post it is a byline's: "Đại úy NGUYỄN ĐỨC MẠNH", read as one)
                found.append(caps)
                take(m.start(), end)
                scanned = end
                continue
        t_end, name_start = scan_title(text, m.start())
        if (name_start is None and t_end == m.end() and text.startswith(". ", t_end)
                and text[t_end + 2 : t_end + 3].isupper() and m.group() in _DEGREES
                and m.start() and text[m.start() - 1] != "\n"
                and not regexes.BYLINE_LABEL_F.match(ffold(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]))):
            # a degree with its point, the name after it, inside a line: "các học viên được
            # ThS. Phan Văn Lực, giảng viên ... giới thiệu" (its post, if any, after the name;
            # one opening a line is an author's, read with the byline, or a caption's, as is one
            # after a byline's label: "Tin, ảnh: ThS. Hồ Thị Minh Nguyệt - Văn phòng Đảng ủy")
            name_start = t_end + 2
        scanned = t_end
        t0 = _former_start(text, m.start())  # the title as printed: "nguyên Bí thư ..."
        if name_start is None and text[t_end - 1 : t_end].isupper() and (
                caps_name := _caps_name_ending(text, m.start(), t_end)) is not None and free(*caps_name) and not (
                _rank_only(post := " ".join(text[t0 : caps_name[0]].split())) or post in _DEGREES):
            # a caption's post before a name in capitals, read with it: "Trưởng Ban Tổ chức Tỉnh
            # ủy NGUYỄN DUY LÂM trình bày tờ trình" (a rank or a degree alone is a byline's:
            # "Thượng úy ĐỖ VĂN NAM")
            a, b = caps_name
            found.append(PersonMention(_as_written(text[a:b]), post, a, b))
            take(m.start(), b)
            continue
        # "Nguyễn Văn An, Bí thư Tỉnh ủy ..." (the name before the title)
        before = regexes.NAME_BEFORE_HEAD_RE.search(text, max(0, m.start() - 40), m.start())
        if before:
            a, b = before.span("name")
            if (regexes.is_family_name(text[a : a + 12].split()[0]) and word_start(text, a)
                    and valid_name(text[a:b]) and free(a, b)
                    and not regexes.PLACE_NOUN_BEFORE_RE.search(text, max(0, a - 14), a)):
                t_end2, _ = scan_title(text, m.start(), stop_at_name=False)
                found.append(_mention(text, a, b, text[t0:t_end2]))
                take(a, t_end2)
                scanned = t_end2
                # "...; Phan Quốc Việt, Chu Minh Tiến, Phó Trưởng Ban ...;": a list's item of
                # several names, the post theirs all
                take_listed(_item_names_before(text, a), text[t0:t_end2])
                # "Nguyễn Văn An, Phó Bí thư Tỉnh ủy và Trần Văn Hùng cùng dự": one more
                take_and_name(t_end2, "")
                continue
        if name_start is None:
            dashed = _dashed_name(text, t_end)
            if dashed is not None and free(*dashed):
                # a paper's style: "Trưởng Ban Tổ chức Tỉnh ủy - Đoàn Minh Tâm chủ trì"
                found.append(_mention(text, *dashed, text[t0:t_end]))
                take(m.start(), dashed[1])
                continue
            # "Phó Trưởng Ban Tổ chức Trung ương: Nguyễn Văn A, Trần Thị B, Lê Văn C;"
            take_listed(_listed_names(text, t_end), text[t0:t_end])
            continue
        syls = _name_run(text, name_start)
        if not syls or _POST_HELD_BEFORE_RE.search(text, max(0, t0 - 16), t0):
            # (a post held, its holder named before it: "... Lồ Seo Dín ... bầu giữ chức Bí thư
            # Huyện ủy Si Ma Cai nhiệm kỳ ...": the district's last words are no one's name)
            continue
        a, b = syls[0][0], syls[-1][1]
        if valid_name(text[a:b]) and free(a, b):
            post = _post_after_rank(text, text[t0:t_end], b)
            if post is not None:
                found.append(_mention(text, a, b, post[0]))
                take(m.start(), post[1])
                continue
            found.append(_mention(text, a, b, text[t0:t_end]))
            take(m.start(), b)
            if regexes.PLURAL_BEFORE_RE.search(text, max(0, t0 - 18), t0):
                # "các Phó Bí thư Tỉnh ủy Phạm Văn Hòa, Trần Thị Kim Liên;": a plural title, its
                # names apart by commas
                for other in _comma_names(text, b):
                    take_listed([other], text[t0:t_end])
                    b = other[1]
            elif text[b : b + 1] == "," and (others := _comma_names(text, b)) and _LIST_CLOSE_RE.match(
                    text, others[-1][1]):
                # (or with no plural cue, the names a list closed by ";" or ".": "Tham dự có Phó
                # Trưởng Ban Tổ chức Huyện ủy Lương Thị Hiền, Nông Văn Tú; ...")
                take_listed(others, text[t0:t_end])
                b = others[-1][1]
            for title, other in _unit_items(text, b, text[t0:t_end]):
                # "Bí thư Đảng ủy phường Sài Gòn A, phường Bến Thành B, xã Nhà Bè C": the same post
                # of each unit named, its holder after it
                take_listed([other], title)
                b = other[1]
            # "Phó Bí thư Tỉnh ủy Phạm Đình Khôi và Y Kliêng Mlô": the title is both's
            take_and_name(b, text[t0:t_end])

    # a title in lower case before the name, as features print a village's posts: "bí thư
    # chi bộ bản Nậm Pố 2 Thào A Sùng", "trưởng bản Giàng A Páo" (the name: the title's last
    # capitalised run, of three syllables or more, opening with a family name, after a
    # number or the title's own words, never right after a place's noun)
    if "bí thư" in text or "trưởng " in text:
        for m in _lower_heads(text):
            if not word_start(text, m.start()) or not free(m.start(), m.end()):
                continue
            named = _name_ending_lower_title(text, m.start(), scan_lower_title(text, m.start()))
            if named is not None and free(*named):
                a, b = named
                found.append(_mention(text, a, b, text[m.start() : a]))
                take(m.start(), b)

    # a list of members, one a line: "3. LÃ ĐÌNH THẮNG - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
    if "\n" in text:
        first = _LISTED_PERSON_RE.match(text)
        for m in ([first] if first else []) + list(_LISTED_PERSON_LINE_RE.finditer(text)):
            named = _name_part(m.group("name"))
            pos = m.end()
            if named is None or not free(m.start("name"), m.end("name")):
                continue
            rank = regexes.RANK_RE.match(text, pos)  # "- Đại tá, Giám đốc Công an tỉnh"
            head = rank is not None or regexes.TITLE_HEAD_RE.match(text, pos) is not None
            # (or a post in lower case, as some papers print a committee's list: "9. Bùi Thanh
            # Phong - trưởng Công an phường")
            # (or any work, the name's place in brackets before it: "1️⃣ Siu H'Yang (làng Bui) – giáo
            # viên Trường Mầm non Hoa Sen", a list of new members)
            lower = not head and text[pos : pos + 1].islower() and (
                _LOWER_POST_RE.match(text, pos) is not None or _place_aside(text, m))
            if not (head or lower):
                continue
            t_end = scan_title(text, pos, stop_at_name=False)[0] if head else pos
            if t_end <= pos:  # (a rank alone, or a post in lower case: the line's rest)
                t_end = text.find("\n", pos) if "\n" in text[pos:] else len(text)
            title = " ".join(text[pos:t_end].split())
            found.append(PersonMention(named[0], title.rstrip(".;,") if lower else title,
                                       m.start("name"), m.end("name")))
            take(m.start("name"), t_end)

    # "... các đồng chí nguyên Trưởng Ban qua các thời kỳ: A, B, C", "Các đồng chí nhận Huy hiệu
    # 70 năm tuổi Đảng gồm: A (91 tuổi, ...), B và C": names listed after a colon that a plural
    # "các đồng chí" shortly before introduces (after the
    # rest, so that a name read with its title keeps it)
    if ":" in text and "các đồng chí" in text.lower():
        for m in _PLURAL_LIST_COLON_RE.finditer(text):
            take_listed(_listed_names(text, m.end() - 1), "")

    # a list of veterans, each name with the age after it: "NGUYỄN VĂN TÍNH, 91 tuổi (phường X);
    # PHAN THỊ LỆ, 88 tuổi" (the name in capitals written as a name is)
    at = text.find(" tuổi")
    while at >= 0:
        # (found by str.find, the pattern tried just before an age: it opens with no literal)
        aged = _AGED_NAME_RE.finditer(text, max(0, at - _AGED_BACK), at + 6) if text[at - 1 : at].isdigit() else ()
        at = text.find(" tuổi", at + 1)
        for m in aged:
            a, b = m.span("n")
            printed = " ".join(m.group("n").split())
            name = _as_written(printed)
            if (free(a, b) and (regexes.is_family_name(name.split()[0])
                                or name.split()[0] in regexes.CUE_ONLY_FAMILY_NAMES)  # (the age cues it)
                    and valid_name(name)
                    and regexes.CAP_RUN_RE.fullmatch(name)):
                found.append(PersonMention(name, "", a, b))
                take(a, b)

    at = text.find("Cha ")
    while at >= 0:
        # a priest called "Cha" before his saint's name: "Cha Đaminh Vũ Đức Thịnh, Chưởng ấn ..."
        # ("Cha" alone opens "Cha mẹ", "Cha ông")
        if (not text[at - 1 : at].isalnum() and text[at + 4 : text.find(" ", at + 4)] in _BAPTISMAL_NAMES
                and free(at, at + 4)):
            mention, end = _after_cue(text, at + 4)
            if mention is not None and free(mention.start, mention.end):
                found.append(mention)
                take(at, max(end, mention.end))
        at = text.find("Cha ", at + 4)

    if " of the " in text:
        # an English page's names, with their posts in apposition: "Vu Thi Thu Ha, member of
        # the Standing Board ...", "Another deputy head of the board, Le Thi Hong Nhung, asked"
        for a, b, post in _english_appositions(text):
            if free(a, b):
                found.append(_mention(text, a, b, post))
                take(a, b)

    found.sort(key=lambda p: p.start)
    return [_with_bracketed_post(text, p) if not p.title or regexes.RANK_RE.fullmatch(p.title + " ")
            else p for p in map(functools.partial(_with_post_after_age, text), map(_without_saints_name, found))]


def _without_saints_name(p: PersonMention) -> PersonMention:
    """``p`` named without a Catholic's saint's name before the name: "Linh mục Giuse Trần Văn Khải"
    (nor with it at its title's end)."""
    head, _, last = p.title.rpartition(" ")
    if last in _BAPTISMAL_NAMES and head:
        # (the saint's name read as the title's end: "Cha Tổng Đại diện Giuse Nguyễn Văn Thịnh")
        p = PersonMention(p.name, head, p.start, p.end)
    if p.name[:1] not in _BAPTISMAL_INITIALS:
        return p
    name = without_baptismal_name(p.name)
    return p if name is p.name else PersonMention(name, p.title, p.end - len(name), p.end)


#: a name's age after it: ", 91 tuổi, " "(99 tuổi, " (the post inside the brackets) or
#: "(71 tuổi), " "(88 tuổi, phường X), " (the post after them)
_AGE_AFTER_RE = re.compile(r"[ \xa0]*(?:,[ \xa0]*(?P<bare>)|\()\d{2,3}[ \xa0]+tuổi(?:[ \xa0]*,[ \xa0]*(?P<inner>)"
                           r"|[^()\n]{0,60}\)[ \xa0]*,[ \xa0]*)")
#: a Party unit a member belongs to, printed as the member's post after the age: "Chi bộ khu phố 3",
#: "đảng viên Chi bộ xóm 4", "Đảng bộ xã Giao Thiện", "đoàn viên Chi đoàn bản Sin Chải"
_MEMBER_OF_RE = re.compile(r"(?:(?:đảng|đoàn)[ \xa0]+viên(?:[ \xa0]+mới)?(?:[ \xa0]+của)?[ \xa0]+)?"
                           r"(?:Chi[ \xa0]+bộ|Đảng[ \xa0]+bộ|Chi[ \xa0]+đoàn)[ \xa0]+(?P<unit>[^\n;().]{1,80})")
#: a comma inside it that goes on to the commune: ", xã Giao Tiến"
_COMMUNE_AFTER_RE = re.compile(r",[ \xa0]*(?:" + regexes.ADMIN_NOUN_RE.pattern + ")")


def _with_post_after_age(text: str, person: PersonMention) -> PersonMention:
    """``person`` with the post printed after the age: "cụ Lưu Đình Khiêm (93 tuổi, Chi bộ thôn
    Đoàn Kết, xã Minh Quang)", "Đặng Minh Chiến (71 tuổi), nguyên Phó Giám đốc Sở Giao thông"."""
    if person.title or text[person.end : person.end + 1] not in (",", "(", " "):
        return person
    age = _AGE_AFTER_RE.match(text, person.end)
    if age is None:
        return person
    at = age.end()
    if age.group("inner") is not None and not (_post_head(text, at) or _MEMBER_OF_RE.match(text, at)):
        # "(88 tuổi, phường Trần Hưng Đạo), nguyên Phó Chủ tịch ...": past the brackets
        close = text.find(")", at, at + 60)
        if close < 0 or text[close + 1 : close + 2] != ",":
            return person
        at = len(text) - len(text[close + 2 :].lstrip(" \xa0"))
    if _post_head(text, at):
        end = scan_title(text, at, stop_at_name=False)[0]  # ("Bí thư Đoàn Thanh niên xã": no name)
        for m in _AND_RE.finditer(text, at, end):  # "... Sở Tài chính và Ngô Thị Liên (70 tuổi)"
            syls = _cap_run(text, m.end())
            if syls and _name_in_run(text, syls) is not None:
                end = m.start()
                break
    else:
        member = _MEMBER_OF_RE.match(text, at)
        if member is None:
            return person
        end = member.start("unit")
        for part in re.split(r"(?=,)", member.group("unit")):  # the commune's comma goes on
            if end > member.start("unit") and not _COMMUNE_AFTER_RE.match(part):
                break
            end += len(part)
        for cut in (" và ", " nhận ", " được ", " cho ", " phát "):  # the sentence's verb after it
            stop = text.find(cut, at, end)
            if stop >= 0:
                end = stop
    title = " ".join(text[at:end].rstrip(" ,").split())
    return PersonMention(person.name, title, person.start, person.end) if title else person


def _work_in_brackets(text: str, end: int) -> str:
    """The work a listed name's brackets give, in lower case as printed ("các quần chúng:
    Nguyễn Thị B (tổ trưởng chuyền in), Võ Văn C (kỹ thuật viên) ..."), or ""; an age, a
    date or a unit ("(91 tuổi)", "(xã Hòa An)") is none."""
    m = _BRACKETED_POST_RE.match(text, end)
    if m is None:
        return ""
    work = " ".join(m.group("post").split())
    if (not work[0].islower() or any(c.isdigit() or c in ":;," for c in work)
            or work.count(" ") >= _WORK_WORDS_MAX or work.split(" ", 1)[0] in _NOT_WORK_WORDS):
        return ""
    return work


#: most words of a work in brackets, and the first words of what is none
_WORK_WORDS_MAX = 6
_NOT_WORK_WORDS = frozenset("""
xã phường huyện quận tỉnh thị thành thôn bản ấp khu xóm buôn làng ảnh nguồn theo sinh
quê trú nay nguyên tức bí đã đồng người con vợ chồng cháu
""".split())


#: a post in brackets right after a name: "Hồ Thị Kim Cúc (Ủy viên Ban Thường vụ Tỉnh ủy, ...)"
_BRACKETED_POST_RE = re.compile(r"[ \xa0]*\((?P<post>[^()\n]{2,200})\)")


def _with_bracketed_post(text: str, person: PersonMention) -> PersonMention:
    """``person`` with the post printed in brackets after the name, as lists print each
    one's ("các đồng chí: A (Phó Bí thư Tỉnh ủy); B (Trưởng Ban Tổ chức Tỉnh ủy)"), in place
    of the rank or degree read before it ("Thượng tá B (Đảng ủy viên ...)": the post)."""
    m = _BRACKETED_POST_RE.match(text, person.end)
    if m is None or not _post_head(text, m.start("post")):
        return person
    return PersonMention(person.name, " ".join(m.group("post").split()), person.start, person.end)


#: a post given after the names: "... được bầu làm ...", "... được bổ nhiệm giữ chức ...",
#: "... tái đắc cử ..."
_ELECTED_RE = re.compile(
    r"[ \xa0]+(?:(?:đã[ \xa0]+)?được[ \xa0]+(?:bầu|tín[ \xa0]+nhiệm[ \xa0]+bầu|bổ[ \xa0]+nhiệm|chỉ[ \xa0]+định"
    r"|điều[ \xa0]+động|phân[ \xa0]+công)"
    r"(?:[ \xa0]+(?:lại|tiếp))?[ \xa0]+(?:làm|" + _HOLD_POST + r")"
    r"|tái[ \xa0]+đắc[ \xa0]+cử(?:[ \xa0]+chức(?:[ \xa0]+vụ)?)?)[ \xa0]+")
#: the post a name holds, right after it: "bầu đồng chí Trần Văn Khiêm giữ chức Bí thư ..."
_HOLDS_POST_RE = re.compile(r"[ \xa0]+" + _HOLD_POST + r"[ \xa0]+")
#: how far back from the verb the names before it are looked for
_NAMES_BEFORE_BACK = 160
_NAMES_SPLIT_RE = re.compile(r"[ \xa0]*,[ \xa0]*|[ \xa0]+và[ \xa0]+")


def _item_names_before(text: str, a: int) -> list[tuple[int, int]]:
    """The other names of a list's item before the name at ``a``, apart by commas, when they
    fill the item from its ";" or ":" (``; Phan Quốc Việt, Chu Minh Tiến, Phó Trưởng Ban``)."""
    comma = len(text[:a].rstrip(" \xa0")) - 1
    if comma < 0 or text[comma] != ",":
        return []
    names = _names_before(text, comma)
    if not names:
        return []
    first = names[0][0]
    opening = len(text[:first].rstrip(" \xa0")) - 1
    # (or after the clause's plural cue: "; các đồng chí Vũ Thị Hạnh, Phạm Đức Long, Phó Bí thư")
    cued = any(m.end() == first for m in _PLURAL_CUE_RE.finditer(text, max(0, first - 20), first))
    return names if cued or opening >= 0 and text[opening] in ";:" else []


def _names_before(text: str, end: int) -> list[tuple[int, int]]:
    """The names listed right before ``end`` in its clause, each a whole full name:
    ``Huỳnh Thị Ngọc Hân và Lưu Quốc Bảo`` (none when the words before it are not one)."""
    lo = max(0, end - _NAMES_BEFORE_BACK)
    start = max(lo, *(text.rfind(c, lo, end) + 1 for c in ".;:\n("))  # (the clause's start)
    spans = []
    b = end
    seps = list(_NAMES_SPLIT_RE.finditer(text, start, end))
    for sep in [*reversed(seps), None]:
        a = sep.end() if sep is not None else start
        while a < b and text[a] in " \xa0":
            a += 1
        cue = _PLURAL_CUE_RE.match(text, a, b) if sep is None else None
        if cue is not None:  # (the list's first name after its plural cue: "các đồng chí A, B, ...")
            a = cue.end()
        name = text[a:b]
        if not (regexes.CAP_RUN_RE.fullmatch(name) and len(name.split()) >= 3
                and regexes.is_family_name(name.split()[0]) and valid_name(name)):
            break
        spans.append((a, b))
        if sep is None:
            break
        b = sep.start()
    return spans[::-1]


#: a plural cue opening a clause's list of names: "các đồng chí ", "hai đồng chí "
_PLURAL_CUE_RE = re.compile(r"(?:[Cc]ác|[Hh]ai|[Bb]a)[ \xa0]+(?:đồng[ \xa0]+chí|đ/c)[ \xa0]+")


#: an item of a list of members: a number or a bullet, a name (in capitals or not), then
#: a dash, a colon or a comma before the title
_LISTED_PERSON = (
    # (or a keycap's number, a post's: "1️⃣ Siu H'Yang (làng Bui) – giáo viên ...", the place in
    # brackets after the name passed over)
    r"[ \t\xa0]*(?:\d{1,3}(?:[.)]|\ufe0f?\u20e3)|[-–•+*▪])[ \t\xa0]*(?:[Đđ]ồng[ \t]chí[ \t]+)?"
    r"(?P<name>[^\W\d_][^\W\d_'’ \t\xa0]*(?:['’][^\W\d_]+)?(?:[ \t\xa0][^\W\d_]+(?:['’][^\W\d_]+)?){1,4})"
    r"(?P<aside>[ \t\xa0]*\([^()\n]{2,40}\))?[ \t\xa0]*[-–:,][ \t\xa0]*")
#: (the text's first line, matched at 0; every other one after its "\n": a literal the
#: engine scans for far faster than "^" in MULTILINE mode, tried at every position)
_LISTED_PERSON_RE = re.compile(_LISTED_PERSON)
_LISTED_PERSON_LINE_RE = re.compile("\n" + _LISTED_PERSON)


_AND_RE = re.compile(r"[ \xa0]+và[ \xa0]+")


def _joined_name(text: str, pos: int, *, comma: bool = False) -> tuple[int, int, re.Match[str] | None] | None:
    """The span of a second name joined by "và" at ``pos`` (or by a comma, with ``comma``), and
    the separator after it before a title (``A và B, ...``), if any; or None."""
    joined = _AND_RE.match(text, pos) or (_COMMA_RE.match(text, pos) if comma else None)
    if joined is None:
        return None
    syls = _cap_run(text, joined.end())
    if not syls:
        return None
    a, b = syls[0][0], syls[-1][1]
    first = text[a : syls[0][1]]
    if not valid_name(text[a:b]) or not (
            regexes.is_family_name(first) or first == "Y" or first.startswith(("H'", "H’"))):
        return None
    sep = regexes.NAME_TITLE_SEP_RE.match(text, b)
    return a, b, sep if sep is not None and regexes.TITLE_HEAD_RE.match(text, sep.end()) else None


def _and_name(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a second name joined by "và" at ``pos`` under one title, or None.

    Not when a title of its own follows it (``A và B, Chủ tịch ...``): that one is B's.
    """
    joined = _joined_name(text, pos)
    return joined[:2] if joined is not None and joined[2] is None else None


def _shared_post(text: str, pos: int) -> str | None:
    """The post after a second name joined by "và" or a comma at ``pos`` (``A và B, Phó Trưởng
    Ban ...``, ``A, B, Phó Bí thư ...``), which the two hold alike after a plural cue, or None."""
    joined = _joined_name(text, pos, comma=True)
    if joined is None or joined[2] is None:
        return None
    sep = joined[2]
    end, _ = scan_title(text, sep.end())
    return text[sep.end() : end].rstrip(" ,;")


def _unit_items(text: str, pos: int, title: str) -> list[tuple[str, tuple[int, int]]]:
    """The holders of the same post in more units, listed after a comma at ``pos``, each
    unit named, then its holder: ``Bí thư Đảng ủy phường Sài Gòn A, phường Bến Thành
    Lê Thị Ngọc Trâm, phường Phú Thọ Đặng Văn Sơn`` (``title`` the first's, ending with its
    unit). Each with its title, the unit's swapped in, and its name's span."""
    out: list[tuple[str, tuple[int, int]]] = []
    if text[pos : pos + 1] != ",":
        return out
    unit = None
    for unit in regexes.ADMIN_NOUN_RE.finditer(title):
        pass
    if unit is None or unit.start() == 0:
        return out
    post = title[: unit.start()]
    while len(out) < _MAX_LISTED and (comma := _COMMA_RE.match(text, pos)) is not None:
        admin = _ADMIN_MATCH(text, comma.end())
        if admin is None:
            break
        syls = _whole_cap_run(text, admin.end() + 1)
        if len(syls) < 1 + _LOWER_TITLE_NAME_MIN:
            break
        named = _name_in_run(text, syls)
        if (named is None or named[0] == syls[0][0] or named[1] != syls[-1][1]
                or len(text[named[0] : named[1]].split()) < _LOWER_TITLE_NAME_MIN
                or not valid_name(text[named[0] : named[1]]) or _COMMA_NAME_END_RE.match(text, named[1]) is None):
            break
        out.append((post + " ".join(text[admin.start() : named[0]].split()), named))
        pos = named[1]
    return out


def _comma_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of more names after a comma at ``pos``, a plural title's: ``..., Trần Thị Kim
    Liên;`` (each whole, of three syllables or more or a Central Highlands name of two, opening
    with a family name; the list ends where anything else follows one, a title of its own too)."""
    out: list[tuple[int, int]] = []
    while len(out) < _MAX_LISTED and (comma := _COMMA_RE.match(text, pos)) is not None:
        syls = _cap_run(text, comma.end())
        if not syls:
            break
        a, b = syls[0][0], syls[-1][1]
        # (of two, a Central Highlands name: "..., Ksor H'Bhyul.")
        if len(syls) < 3 and not (len(syls) == 2 and _highland_name(text[a:b])):
            break
        if not (regexes.is_family_name(text[a : syls[0][1]]) and valid_name(text[a:b])):
            break
        if _COMMA_NAME_END_RE.match(text, b) is None:
            if text[b : b + 1] == " " and text[b + 1 : b + 2].islower():
                out.append((a, b))  # the last, before the verb: "..., Nguyễn Minh Tân chủ trì"
            break
        out.append((a, b))
        pos = b
    return out


#: a comma before another name of a list
_COMMA_RE = re.compile(r",[ \xa0]*")
#: the close of a list of names: "... Nông Văn Tú;", "... Nông Văn Tú."
_LIST_CLOSE_RE = re.compile(r"[ \xa0]*[;.](?!\w)")
#: what may follow a name in a plural title's list: another item, its end
_COMMA_NAME_END_RE = re.compile(r"[ \xa0]*(?:[;.)]|,[ \xa0]*(?=\w)(?![ \xa0]*(?:" + regexes.TITLE_HEAD_RE.pattern
                                + r"))|(?:và|cùng)[ \xa0]|$)")


_COLON_RE = re.compile(r"[ \xa0]*:[ \xa0]*")
_LIST_SEP_RE = re.compile(r"[ \xa0]*(?:[,;]|và)[ \xa0]*")
#: most names read from one list after a title
_MAX_LISTED = 20


def _listed_names(text: str, pos: int, *, after_colon: bool = True, cued: bool = False) -> list[tuple[int, int]]:
    """Spans of the names listed at ``pos`` (after a ``:`` there, with ``after_colon``),
    each a whole family-name name, a rank or academic title before it passed over (after a
    plural cue, ``cued``, a family name only a cue tells too: "các đồng chí Quảng Văn Đức và
    Phú Thị Ngọc Diệp").

    The list ends at anything else; a name followed by its own title (``Nguyễn
    Văn A, Phó Bí thư ...``) ends it too, as that name is read with its title.
    """
    if after_colon:
        found = _COLON_RE.match(text, pos)
        if found is None:
            return []
        pos = found.end()
    out: list[tuple[int, int]] = []
    p = pos
    while len(out) < _MAX_LISTED:
        rank = regexes.RANK_RE.match(text, p)  # "Đại tá Triệu Văn Khoa", "PGS.TS Phạm Đình Lượng"
        if rank:
            p = rank.end()
        syls = _cap_run(text, p)
        if not syls:
            break
        a, b = syls[0][0], syls[-1][1]
        first = text[a : syls[0][1]]
        if not ((regexes.is_cued_family_name(first) if cued else regexes.is_family_name(first))
                and valid_name(text[a:b])):
            break
        # an age or a unit in brackets after the name: "Phạm Thị Nhàn (91 tuổi, Đảng bộ xã X)"
        aside = _ASIDE_RE.match(text, b)
        after = aside.end() if aside else b
        sep = _LIST_SEP_RE.match(text, after)
        post = sep.end() if sep else 0
        if sep and aside is not None and text.startswith("nguyên ", post):
            post += len("nguyên ")  # "..., nguyên Phó Giám đốc Sở X"
        if (sep and regexes.TITLE_HEAD_RE.match(text, post)
                and not regexes.RANK_RE.match(text, post)):
            if aside is None:
                break  # (a rank opens the next name, not this one's title)
            # "Đặng Minh Chiến (71 tuổi), nguyên Phó Giám đốc Sở X và Ngô Thị Liên (70 tuổi), ...":
            # its post, then the list goes on
            out.append((a, b))
            nxt = _next_listed(text, post)
            if nxt is None:
                break
            p = nxt
            continue
        out.append((a, b))
        if sep is None:
            break
        p = sep.end()
    return out


def _cued_holders(text: str, pos: int) -> list[tuple[tuple[int, int], str]]:
    """The names listed after a plural cue at ``pos``, each with its post after a comma and
    apart by ``và``, ``,`` or ``;`` (``Quảng Văn Đức, Chủ tịch UBND huyện và Phú Thị Ngọc
    Diệp, Trưởng Ban ...``): the spans and posts of those whose family name only a cue
    tells."""
    out: list[tuple[tuple[int, int], str]] = []
    p = pos
    for _ in range(_MAX_LISTED):
        syls = _cap_run(text, p)
        if not syls:
            break
        a, b = syls[0][0], syls[-1][1]
        first = text[a : syls[0][1]]
        known = regexes.is_family_name(first)
        sep = regexes.NAME_TITLE_SEP_RE.match(text, b)
        if (not (known or first in regexes.CUE_ONLY_FAMILY_NAMES) or not valid_name(text[a:b]) or sep is None
                or not regexes.TITLE_HEAD_RE.match(text, sep.end())):
            break
        end, _ = scan_title(text, sep.end())
        for joint in _AND_RE.finditer(text, sep.end(), end):
            nxt_syls = _cap_run(text, joint.end())
            if nxt_syls and text[nxt_syls[0][0] : nxt_syls[0][1]] in regexes.CUE_ONLY_FAMILY_NAMES and valid_name(
                    text[nxt_syls[0][0] : nxt_syls[-1][1]]):
                end = joint.start()  # (the post ends at the next name: "... huyện và Phú Văn Tâm, ...")
                break
        if not known:
            out.append(((a, b), text[sep.end() : end]))
        nxt = _LIST_SEP_RE.match(text, end)
        if nxt is None:
            break
        p = nxt.end()
    return out


def _next_listed(text: str, pos: int) -> int | None:
    """Where the next name of a list starts after a post at ``pos`` (``... Sở X và Ngô Thị
    Liên (70 tuổi)``): after ``,`` ``;`` or ``và``, within the post's length, or None."""
    for sep in _LIST_SEP_RE.finditer(text, pos, min(len(text), pos + MAX_TITLE)):
        passed = text[pos : sep.start()]
        if "\n" in passed or "." in passed:
            return None  # the sentence ended first
        syls = _cap_run(text, sep.end())
        if (syls and regexes.is_family_name(text[syls[0][0] : syls[0][1]])
                and valid_name(text[syls[0][0] : syls[-1][1]])):
            return sep.end()
    return None


#: a bracketed aside after a listed name: "(91 tuổi, Đảng bộ thị trấn Ngô Đồng)", "(70 tuổi)"
_ASIDE_RE = re.compile(r"[ \xa0]*\([^()\n]{1,80}\)")


#: a colon closing a clause that opened with a plural "các đồng chí" (no sentence between)
_SPACE_RE = re.compile(r"[ \xa0]*")
#: a bare "gồm" before a colon, opening a list of names
_BARE_LIST_CUE_RE = re.compile(r"(?<![\w])(?:[Gg]ồm(?=:)|[Tt]rong[ \xa0]+đó[ \xa0]+có[ \xa0]+"
                               # (or the best named: "Ba học viên có kết quả cao nhất là A (...), B (...)")
                               r"|(?:cao[ \xa0]+nhất|tiêu[ \xa0]+biểu|xuất[ \xa0]+sắc[ \xa0]+nhất)[ \xa0]+là[ \xa0]+)")
#: the cue words of :data:`_POSTED_LIST_CUE_RE`, with the space before them
_POSTED_CUE_WORDS = (" như", " gồm", " là")
#: how far before a ";" the cue of a list of people with posts may be
_POSTED_CUE_BACK = 250
#: a word that opens a list of people each with a post, apart by ";" ("những trường hợp tiêu
#: biểu như Sùng Thị Dợ, giáo viên ...; Lò Văn Chứ, ...", "gồm: Phạm Thị Hà, lớp trưởng ...; ...")
_POSTED_LIST_CUE_RE = re.compile(r"(?<![\w])(?:như|gồm|là)[ \xa0]*:?(?=[ \xa0]*" + regexes.UP + ")")
_PLURAL_LIST_COLON_RE = re.compile(r"[Cc]ác[ \xa0]+đồng[ \xa0]+chí[^.:;\n]{0,80}:")
#: one item of a list of people with their posts: "HẦU QUANG DÌN, nguyên Bí thư Huyện ủy",
#: "Trần Thị Mỹ Hạnh - Phó Bí thư Thường trực Tỉnh ủy"
_POSTED_ITEM_RE = re.compile(r"[ \xa0]*(?P<name>[^\W\d_][^,;:\n().]{2,40}?)(?:[ \xa0]*,|[ \xa0]+[-–—])[ \xa0]*(?P<post>[^;\n]{2,200}?)[ \xa0]*(?=;|\.\.|…|\.[ \xa0\n]|\.?$|\n)")


#: a cue before a list's item's name
_ITEM_CUE_RE = re.compile(r"[ \xa0]*(?:đồng[ \xa0]+chí|đ/c)[ \xa0]+(?=[^\W\d_])", re.IGNORECASE)
#: a foreign name printed by its syllables joined with hyphens: "Xổm-xỉ Vi-lay-vông",
#: "Bun-thoong Xỉ-ha-lạt" (a hyphen in one word at least)
_HYPHENATED_NAME_RE = re.compile(
    regexes.SYL_CAP + r"(?:-" + regexes.LO + r"+)*(?:[ \xa0]" + regexes.SYL_CAP + r"(?:-" + regexes.LO
    + r"+)*){1,3}(?<=" + regexes.LO + ")")
#: another name opening a list's post, the post after it theirs both: "Chu Minh Tiến, Phó Trưởng Ban"
_SHARED_POST_NAME_RE = re.compile(
    r"(?P<name>" + regexes.SYL_CAP + r"(?:[ \xa0]" + regexes.SYL_CAP + r"){2,3}),[ \xa0]*(?=" + regexes.TITLE_HEAD_RE.pattern + ")")
#: where a post in a list goes on to others: "... Sở Nông nghiệp và Phát triển nông thôn và 3
#: đồng chí khác", "... Tỉnh ủy cùng lãnh đạo các phòng"
_POST_END_RE = re.compile(r"[ \xa0]+(?:cùng|và[ \xa0]+(?:\d|các|những))[ \xa0]")


def _posted_items(text: str, pos: int, *, colon: bool = True) -> list[PersonMention]:
    """The people of a list after ``pos`` (a ``:`` there) whose items, apart by ``;``, are each a
    name and its post: ``Sùng Thị Chá, Bí thư Chi bộ bản X; Giàng A Chinh, giáo viên ...``.

    Without ``colon``, the list follows a word (``tiêu biểu như``, ``gồm``) and each name must
    be a whole one of three syllables or more.

    Nothing unless two items at least read so (a name is a family name's, or in capitals).
    """
    found = _COLON_RE.match(text, pos) if colon else _SPACE_RE.match(text, pos)
    if found is None or ";" not in text[found.end() : found.end() + 400]:
        return []
    out: list[PersonMention] = []
    p = found.end()
    while len(out) < _MAX_LISTED:
        if (cue := _ITEM_CUE_RE.match(text, p)) is not None:
            p = cue.end()  # the cue again before the first name: "gồm 5 đồng chí: đồng chí Lò Văn Thưởng, ..."
        item = _POSTED_ITEM_RE.match(text, p)
        if item is None:
            break
        named = _name_part(item.group("name"))
        if "-" in item.group("name") and _HYPHENATED_NAME_RE.fullmatch(item.group("name").strip()) and (
                regexes.TITLE_HEAD_RE.match(text, item.start("post"))):
            # a Lao or a Cambodian name as Vietnamese papers print it, its post after it:
            # "Xổm-xỉ Vi-lay-vông, Ủy viên Trung ương Đảng"
            named = (item.group("name").strip(), "hyphenated")
        if named is None or not (named[1] or regexes.is_family_name(named[0].split()[0])):
            break
        if not colon and (len(named[0].split()) < 3 or not valid_name(named[0])):
            break
        # the post as a title reads it ("nguyên Phó Giám đốc Sở X" not "... và 3 đồng chí
        # khác"), else as printed up to the item's end
        a, b = item.span("post")
        more = _POST_END_RE.search(text, a, b)
        also = _SHARED_POST_NAME_RE.match(text, a, b)
        if also is not None and valid_name(also.group("name")):
            # "Phan Quốc Việt, Chu Minh Tiến, Phó Trưởng Ban ...": two names, one post theirs
            post = " ".join(text[also.end() : more.start() if more else b].split())
            out += [PersonMention(named[0], post, item.start("name"), item.end("name")),
                    PersonMention(also.group("name"), post, also.start("name"), also.end("name"))]
        else:
            out.append(PersonMention(named[0], " ".join(text[a : more.start() if more else b].split()),
                                     item.start("name"), item.end("name")))
        if text[item.end() : item.end() + 1] != ";":
            break
        p = item.end() + 1
    return out if len(out) >= 2 else []


#: a photo credit closing a caption: "Ảnh: Minh Hiếu", "(Ảnh: ĐĂNG KHOA)", "- Ảnh: ĐỨC TOÀN"
#: (it opens with the word itself, so the engine skips ahead to it; the character
#: before it, a space, "(", "." or a dash, is checked in find_photo_credits)
#: a graphic's or a page's designer credited on a line of its own: "Đồ họa: Minh Khoa"
GRAPHICS_CREDIT_RE = re.compile(
    # (at a line's start, or after a bar: "Nguồn: Ban Tổ chức Tỉnh ủy | Thiết kế: Hoàng Nam")
    r"(?:^|(?<=\|[ \xa0]))(?:Đồ[ \xa0]+h(?:ọa|oạ)|Thiết[ \xa0]+kế)[ \xa0]*:[ \xa0]*(?P<n>[^\n()\d:;,./]{3,40}?)[ \xa0]*\.?[ \xa0]*$",
    re.MULTILINE,
)
PHOTO_CREDIT_RE = re.compile(
    # (or a camera for the word, as a social post credits it: "📸: Đình Nhất")
    r"(?:Ảnh|ẢNH|📸|📷)(?:[ \xa0]+(?:minh[ \xa0]+họa|tư[ \xa0]+liệu))?[ \xa0]*:[ \xa0]*"
    r"(?:[A-ZĐ]{2,8}[ \xa0]*/[ \xa0]*)?"  # (or before it: "VGP/Hải Minh", "TTXVN/Minh Đức")
    r"(?P<n>[^\n()\d:;,./]{3,40}?)"
    r"(?:[ \xa0]*/[ \xa0]*[A-ZĐ][\w.-]{1,20})?"  # the agency after a slash: "Văn Điệp/TTXVN"
    r"[ \xa0]*\)?[ \xa0]*\.?[ \xa0]*$",
    re.MULTILINE,
)


#: a reader's name and place in brackets, a paragraph of their own under a question:
#: "(Lê Văn Tuấn, phường Hạc Thành)"
_ASKER_RE = re.compile(r"^\((?P<n>[^\W\d][^(),\n\d]{3,40}),[ \xa0]*[^()\n]{2,60}\)$", re.MULTILINE)


def find_askers(text: str) -> list[PersonMention]:
    """The readers who signed a question, their name and place in brackets on a line of their
    own (a Q&A column's): ``(Lê Văn Tuấn, phường Hạc Thành)``."""
    out = []
    for m in _ASKER_RE.finditer(text) if "\n(" in text else ():
        name = bare_name(m.group("n"))
        if name is not None and name == m.group("n"):
            out.append(PersonMention(name, "", m.start("n"), m.end("n")))
    return out


def find_editors(text: str) -> list[PersonMention]:
    """A book's editors and authors on their own lines, their part in brackets after their
    name (a book's front matter, a reader's export of it): ``Lâm Quốc Việt (chủ biên)``."""
    out = []
    for m in _EDITOR_RE.finditer(text) if "biên)" in text or "giả)" in text or "soạn)" in text else ():
        name = bare_name(m.group("n"))
        if name is not None and name == m.group("n"):
            out.append(PersonMention(name, m.group("t"), m.start("n"), m.end("n")))
    return out


#: a name alone on its line with its part in a book in brackets
_EDITOR_RE = re.compile(r"^(?P<n>[^\W\d][^(),:\n\d]{3,40}?)[ \xa0]*\((?P<t>chủ biên|đồng chủ biên|biên soạn|tác giả)\)$",
                        re.M | re.I)


def mail_sender(line: str) -> str | None:
    """The person a mail's header line names by an address: ``Từ: Võ Hoàng Anh <anh.vh@x.vn>``,
    ``Vào Th 2, ... lúc 08:12 Phan Thị Ngọc Diệp <diep@x.vn> đã viết:``; None for an office's
    (``Phòng TCĐ-ĐV <...>``) or a line with no address."""
    m = _SENDER_ADDRESS_RE.search(line) if "@" in line else None
    if m is None:
        return None
    words = m.group("n").split()
    # the name is the capitalised words right before the address (a date's, a label's before it)
    k = len(words)
    while k and words[k - 1][:1].isupper() and words[k - 1][-1:] not in ":,":
        k -= 1
    if k and words[k - 1].lower() in regexes.ADMIN_END:
        return None  # (a place's name after its unit: "Văn phòng Đảng ủy xã Lạc Dương <...>")
    return bare_name(" ".join(words[k:])) if len(words) - k >= 2 else None


#: the words before a mail address in angle brackets
_SENDER_ADDRESS_RE = re.compile(r"(?P<n>[^<>\n]{2,120}?)\s*" + regexes.MAIL_ADDRESS)


def commenters(raw: str) -> list[str]:
    """The readers whose comments a page lists under the article, by name: a name alone on its
    line, the comment under it, then its age and buttons (``1 năm`` / ``Thích`` / ``Phản hồi``).
    (A page commenting, ``Đảng ủy xã Kim Hải``, is no person.)"""
    lines = raw.splitlines()
    buttons = [i for i, line in enumerate(lines) if _COMMENT_BUTTON_RE.search(line)]
    out = []
    for i, line in enumerate(lines):
        # (with the comment's time after the name, as a blog prints it: "Lăng Thị Thoa 21 tháng 1,
        # 2018 lúc 06:58")
        # (or its age after a dot: "Nguyễn Thanh Tùng · 2 giờ trước")
        text = (_COMMENT_TIME_RE.sub("", line.strip()) if "lúc" in line or "/" in line or "·" in line
                or " - " in line else line.strip())
        if not text or len(text) > _COMMENTER_MAX or text[-1] in ".:,;":
            continue
        # (a professional network's commenter: the name, "Xem hồ sơ của <name>", the name again,
        # the degree of connection and the member's headline over the comment)
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        reach = _PROFILE_LINES if after == text or after.startswith(("Xem hồ sơ", "View profile")) else _COMMENT_LINES
        # (or the post's author, the name printed twice over the degree of connection)
        author = after == text and i + 2 < len(lines) and lines[i + 2].strip()[:1] in "•·"
        k = bisect.bisect_right(buttons, i)  # (the first button line under it)
        if ((author or k < len(buttons) and buttons[k] <= i + reach)
                and (name := bare_name(text)) is not None and name not in out):
            out.append(name)
    return out


#: a comment's time after its author's name: " 21 tháng 1, 2018 lúc 06:58", " 21/01/2018 06:58"
_COMMENT_TIME_RE = re.compile(r"\s+(?:[·-]\s+)?(?:\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}(?:\s+lúc\s+\d{1,2}:\d{2})?"
                              r"|\d{1,2}([/-])\d{1,2}\1\d{2,4}(?:,?\s+\d{1,2}:\d{2})?)$"
                              # (an age after a dot: " · 2 giờ trước", " · 3 ngày")
                              r"|\s+·\s+(?:\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)(?:\s+trước)?"
                              r"|vừa\s+xong|hôm\s+qua)$")
#: a comment's buttons under it: "Thích", "Phản hồi", "Trả lời" (alone or after its age, and
#: its count of reactions: "Phản hồi   14 👍❤️", "Thích (4)")
_COMMENT_BUTTON_RE = re.compile(r"(?:^|\s)(?:Thích|Phản hồi|Trả lời|Like|Reply)\s*(?:\(?\d{1,4}\)?\s*)?(?:[^\w\s]\s*){0,6}$")
#: how far under a commenter's name the buttons are (under a member's profile lines); longest name line
_COMMENT_LINES = 4
_PROFILE_LINES = 10
_COMMENTER_MAX = 40


def chat_sender(line: str) -> str | None:
    """The sender a chat's exported message names after its stamp: ``[08:06] Hoàng Vy: ...``,
    ``[11/06/2025 07:05] Trần Minh Hiếu (BTC HU Gò Dầu):`` (an office's account is none)."""
    m = regexes.CHAT_HEADER_RE.match(line)
    return bare_name(_SENDER_NOTE_RE.sub("", m.group("who"))) if m is not None else None


def cue_speaker(line: str) -> str | None:
    """The speaker a transcript's cue names before its words: ``Trần Văn Hậu: Vâng, xin
    mời ...``, ``Nguyen Thanh Trung - Kien Xuong: ...`` (the place of the link after a dash, a
    device in brackets go), or None (a room's or an office's account names no one)."""
    colon = line.find(":", 0, _SPEAKER_MAX)
    if colon < 0:
        return None
    who = _SENDER_NOTE_RE.sub("", line[:colon]).split(" - ")[0]
    return bare_name(who)


#: the longest speaker's label in a cue
_SPEAKER_MAX = 60
#: a note in brackets after a chat's sender: " (BTC HU Gò Dầu)"
_SENDER_NOTE_RE = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")


def find_listed(text: str) -> list[PersonMention]:
    """The people a notice or a calendar's event lists by name, bare, in its field of those
    invited: ``Thành phần: Lý Văn Tuấn, Phan Thị Ngọc Bích`` (not ``đại diện lãnh đạo ...``)."""
    out = []
    for m in _LISTED_RE.finditer(text) if "hần:" in text or "mời:" in text else ():
        for item in _LIST_ITEM_RE.finditer(m.group("names")):
            name = bare_name(item.group())
            if name is not None and name == item.group():
                start = m.start("names") + item.start()
                out.append(PersonMention(name, "", start, start + len(name)))
    return out


#: a field listing those invited, at a line's start: "Thành phần: ...", "Khách mời: ..."
_LISTED_RE = re.compile(r"^(?:Thành phần(?: tham dự| dự)?|Khách mời|Người được mời)\s*:[ \t]*(?P<names>[^\n]+)",
                        re.M)
#: one item of such a list
_LIST_ITEM_RE = re.compile(r"[^,;\s][^,;\n]*?(?=\s*(?:[,;]|$))")


def table_people(text: str) -> list[PersonMention]:
    """The people a table lists by name under its ``Họ và tên`` column, with the post in its
    ``Chức vụ`` column when it has one: a vote count's candidates, a list of delegates.

    ``| TT | Họ và tên | Số phiếu |`` over ``|  1 | Trần Văn Ánh | 112 |`` (cells apart by
    bars, tabs or wide spaces; rules and blank lines between the rows are passed over).
    """
    out: list[PersonMention] = []
    if "ọ và tên" not in text and "ọ tên" not in text and "Ọ VÀ TÊN" not in text:
        return out
    for head in _NAME_COLUMN_RE.finditer(text):
        line_start = text.rfind("\n", 0, head.start()) + 1
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        cells, split = _table_cells(text, line_start, line_end)
        folded = [ffold(c) for c, _ in cells]
        col = next((k for k, f in enumerate(folded) if _NAME_HEAD_F.fullmatch(f)), None)
        if col is not None and len(cells) == 1:
            out += _cell_a_line_people(text, line_start, line_end)
            continue
        if col is None or len(cells) < 2:
            continue
        post = next((k for k, f in enumerate(folded) if _POST_HEAD_F.fullmatch(f)), None)
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            pos = end + 1
            if not line.strip() or _TABLE_RULE_RE.fullmatch(line):
                continue
            row, row_split = _table_cells(text, pos - len(line) - 1, end)
            if row_split != split or len(row) != len(cells):
                break  # the table's end
            cell, at = row[col]
            name = bare_name(cell)
            if name is not None and name == cell:
                title = row[post][0] if post is not None else ""
                out.append(PersonMention(name, title, at, at + len(name)))
    return out


def _cell_a_line_people(text: str, a: int, b: int) -> list[PersonMention]:
    """The people of a table copied one cell a line, its header's ``Họ và tên`` at ``a:b``:
    "STT" / "Họ và tên" / "Chức vụ, đơn vị", then "1" / "Y Khắp Ktla" / "Bí thư Chi bộ buôn
    Ea Kung", "2" / ... (each row read only while its first cell counts on from the last)."""
    before = text.rfind("\n", 0, max(0, a - 1)) + 1
    if not _ROW_NUMBER_HEAD_F.fullmatch(ffold(text[before : a].strip())):
        return []
    lines: list[tuple[str, int]] = []  # the lines after the header's name cell, blank ones passed over
    pos = b + 1
    while pos < len(text) and len(lines) < _CELL_LINES_MAX:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if cell := line.strip():
            lines.append((cell, pos + len(line) - len(line.lstrip())))
        pos = end + 1
    heads = ["", ""]  # the number's, the name's; then the others up to the first row's number
    for cell, _at in lines:
        if cell.isdigit() or len(heads) > _CELL_COLUMNS_MAX:
            break
        heads.append(ffold(cell))
    width = len(heads)
    if width > _CELL_COLUMNS_MAX or len(lines) < width - 2 or lines[width - 2][0] != "1":
        return []
    post = next((k for k, f in enumerate(heads) if _POST_HEAD_F.fullmatch(f)), None)
    out = []
    for n, k in enumerate(range(width - 2, len(lines) - width + 1, width), 1):
        row = lines[k : k + width]
        if row[0][0] != str(n):
            break
        cell, at = row[1]
        if bare_name(cell) != cell:
            break
        out.append(PersonMention(cell, row[post][0] if post is not None else "", at, at + len(cell)))
    return out


#: the header cell of a table's row numbers (folded): "STT", "TT", "Số TT"
_ROW_NUMBER_HEAD_F = re.compile(r"(?:s\s*)?tt|so\s+(?:tt|thu\s+tu)")
#: most columns of a table copied one cell a line; most lines read of it
_CELL_COLUMNS_MAX, _CELL_LINES_MAX = 6, 600


#: a table's column of names (folded cell): "Họ và tên", "Họ tên đại biểu"
_NAME_HEAD_F = re.compile(r"ho\s+(?:va\s+)?ten(?:\s+(?:dai\s+bieu|ung\s+cu\s+vien|dang\s+vien|can\s+bo))?")
#: its column of posts: "Chức vụ", "Chức vụ, đơn vị công tác", "Chức vụ, đơn vị"
_POST_HEAD_F = re.compile(r"chuc\s+(?:vu|danh)(?:\s*,?\s*(?:don\s+vi|noi)(?:\s+cong\s+tac)?)?")
#: where such a header is: the words, found fast
_NAME_COLUMN_RE = re.compile(r"(?<!\w)[Hh][ọỌ](?:\s+(?:và|VÀ))?\s+(?:tên|TÊN)(?!\w)")
#: a table's rule between rows: "+----+-----+", "|---|:---|"
_TABLE_RULE_RE = re.compile(r"\s*[|+]?(?:\s*:?-{2,}:?\s*[|+])+\s*:?-*:?\s*")
_TABLE_SPLITS = (("|", re.compile(r"\|")), ("\t", re.compile(r"\t+")), ("  ", re.compile(r" {2,}")))


def _table_cells(text: str, a: int, b: int) -> tuple[list[tuple[str, int]], str]:
    """A table row's cells (stripped, each with its start in ``text``) and how they are apart."""
    line = text[a:b]
    for kind, sep in _TABLE_SPLITS:
        if kind in line.strip():
            cells = []
            pos = 0
            for m in [*sep.finditer(line), None]:
                piece = line[pos : m.start() if m else len(line)]
                cells.append((piece.strip(), a + pos + len(piece) - len(piece.lstrip())))
                pos = m.end() if m else len(line)
            # (the bars or spaces at the row's ends open and close no cell)
            if cells and not cells[0][0]:
                cells.pop(0)
            if cells and not cells[-1][0]:
                cells.pop()
            return cells, kind
    return [(line.strip(), a)], ""


def find_photo_credits(text: str) -> list[PersonMention]:
    """The photographers credited under captions, as byline people.

    ``Đồng chí X phát biểu tại hội nghị. Ảnh: Minh Hiếu`` -> ``Minh Hiếu``;
    ``(Ảnh: ĐĂNG KHOA)`` -> ``Đăng Khoa``, noted as printed in capitals.
    """
    out = []
    if "Ả" in text or "📸" in text or "📷" in text:
        out += _credits(text, PHOTO_CREDIT_RE, "photo credit")
    if "Đồ h" in text or "Thiết kế" in text:
        out += _credits(text, GRAPHICS_CREDIT_RE, "graphics credit")
    return sorted(out, key=lambda p: p.start) if len(out) > 1 else out


def _credits(text: str, pattern: re.Pattern[str], what: str) -> list[PersonMention]:
    out = []
    for m in pattern.finditer(text):
        if m.start() and text[m.start() - 1] not in " \t\n\xa0(.–-":
            continue
        got = _name_part(m.group("n"))
        if got is None or _PHOTO_SOURCE_RE.fullmatch(m.group("n").strip()):
            continue  # (or "Ảnh: TƯ LIỆU": an archive's, nobody's)
        name, printed = got
        title = f"byline ({what}, printed in capitals: {printed})" if printed else f"byline ({what})"
        out.append(PersonMention(name, title, m.start("n"), m.end("n")))
    return out


#: a middle syllable that only marks a man's or a woman's name (folded), not a given name's
_MIDDLE_MARKERS = frozenset({"van", "thi"})


def _fuller_name(key: str, known: Sequence[str]) -> str | None:
    """The folded name already seen that ``key`` shortens, if one: the same person named again.

    ``Bàn Hạnh`` after ``Bàn Thị Hạnh`` (family and given name, the middle left out),
    ``Y Wơn`` after ``Y Wơn Êban``, ``H'Nhung`` after ``H'Nhung Byă`` (an Ê Đê name without
    its family name), ``Thu Trang``
    after ``Võ Thị Thu Trang`` or ``Bảo Ngọc`` after ``Trần Bảo Ngọc`` (a given name of two
    syllables, as colleagues say it).
    """
    syls = key.split()
    if len(syls) == 1 and key[1:2] == "'":
        # "H'Nhung" after "H'Nhung Byă": a highland given name written as one word, alone
        return next((other for other in known if other.startswith(key + " ")), None)
    if len(syls) != 2:
        return None
    for other in known:
        o = other.split()
        if o[-2:] == syls and (len(o) >= 4 or len(o) == 3 and o[1] not in _MIDDLE_MARKERS):
            # (of three syllables, when the middle one is a given name's: "Bảo Ngọc" after
            # "Trần Bảo Ngọc", never "Văn Hùng" after "Nguyễn Văn Hùng")
            return other
        if len(o) >= 3 and ((o[0] == syls[0] and o[-1] == syls[1])
                            or o[:2] == syls and (syls[0] == "y" or syls[0].startswith(("h'", "h’")))):
            return other
    return None


#: a title of one abbreviated head and nothing after it: "đ/c X – UV BTV, TB TC TU"
_BARE_ABBREVIATIONS = frozenset(regexes.MEMBER_ABBREVIATIONS)


#: the saints' names Catholics take at baptism, as Vietnamese writes them, printed before the
#: family name: "ông Giuse Trần Văn Nghĩa", "linh mục Phêrô Nguyễn Văn Hùng"
_BAPTISMAL_NAMES = frozenset({
    "Giuse", "Phêrô", "Phaolô", "Gioan", "Đaminh", "Maria", "Têrêsa", "Antôn", "Giacôbê", "Phanxicô",
    "Matthêu", "Máccô", "Luca", "Anrê", "Tôma", "Vinhsơn", "Micae", "Gioakim", "Augustinô", "Luxia",
    "Catarina", "Martinô", "Philipphê", "Stêphanô", "Têphanô", "Batôlômêô", "Isave", "Anê", "Lôrensô",
    "Inhaxiô", "Anna", "Êlisabét", "Mátta", "Agata", "Cêcilia", "Rôsa"})
#: their first letters: a cheap test before the set's
_BAPTISMAL_INITIALS = frozenset(n[0] for n in _BAPTISMAL_NAMES)


def without_baptismal_name(name: str) -> str:
    """``name`` without the saint's name a Catholic took at baptism before it: "Giuse Trần Văn
    Nghĩa" is Trần Văn Nghĩa (a name of two words or more after it)."""
    first, _, rest = name.partition(" ")
    return rest if first in _BAPTISMAL_NAMES and " " in rest else name


def unique_people(mentions: Sequence[PersonMention]) -> list[tuple[str, str]]:
    """Each person once as ``(name, title)``: first mention's order, first title printed."""
    order: list[str] = []
    names: dict[str, str] = {}
    titles: dict[str, str] = {}
    for p in mentions:
        name = p.name if "  " not in p.name else " ".join(p.name.split())  # "Bùi Văn  Khiêm"
        if name[:1] in _BAPTISMAL_INITIALS:
            name = without_baptismal_name(name)
        key = ffold(name).replace("’", "'")  # "K’Bròn" and "K'Bròn" are one
        if "' " in key:
            key = key.replace("' ", "'")  # and "H' Nhung", "H'Nhung"
        if key not in names:
            key = _fuller_name(key, order) or key
        if key not in names:
            order.append(key)
            names[key] = name
            titles[key] = p.title
        elif p.title and (not titles[key] or titles[key] in _BARE_ABBREVIATIONS):
            titles[key] = p.title  # ("UV BTV" alone gives way to the post printed later)
    return [(names[k], titles[k]) for k in order]


#: the last word of every title head: a text naming someone with a title holds one of them
_NAMING_HINTS = tuple(sorted({h.split()[-1] for h in regexes.TITLE_HEADS}))


def may_name_someone(text: str) -> bool:
    """Whether ``text`` may name a person with a title: it holds the last word of a title
    head (a cheap, necessary test before :func:`find_people` on a headline)."""
    return any(h in text for h in _NAMING_HINTS)


def bare_name(line: str) -> str | None:
    """A person's name alone on its line (a signature's, a chat message's sender), or None.

    (A sender's time stamp after it goes: ``Lê Văn Hòa   Hôm qua 09:10``, ``Nguyễn Thị Bích
    Ngọc   10/10 17:20``.)
    """
    if "  " in line and ":" in line:
        line = _SENDER_STAMP_RE.sub("", line)
    name = " ".join(line.split())
    first = name.split()[0] if name else ""
    # (a name alone on its line: "Sơn", elsewhere a place's syllable, opens it too)
    if (not valid_name(name) or not regexes.CAP_RUN_RE.fullmatch(name)
            or not regexes.is_cued_family_name(first)):
        return None
    return name


def stamped_sender(line: str) -> str | None:
    """The sender over a chat's message, the time stamp beside the name: ``Lê Hoàng Phúc  7:58
    AM`` (a team chat's export), ``Nguyễn Thị Bích Ngọc   10/10 17:20``; or None."""
    if ":" not in line[-9:] and not line.endswith(("AM", "PM", "SA", "CH")):
        return None
    return bare_name(line) if _SENDER_STAMP_RE.search(line) else None


def senders_over_times(raw: str) -> list[str]:
    """The senders of a chat copied from a phone's or a desktop app's window, each name alone on
    its line over the message's time alone on the next: ``Hà Văn Tới`` / ``07:58`` / ``...``,
    or over the message with the time under it."""
    names = []
    for m in _TIME_LINE_RE.finditer(raw):
        line = raw[raw.rfind("\n", 0, m.start()) + 1 : m.start()]
        name = bare_name(line) if len(line) <= _SENDER_MAX else None
        if name is None:
            # (or over the message, the time under it: "Trần Văn Hậu" / "Đã nhận ạ 👍" / "08:52",
            # a message alone between blank lines)
            block = raw[raw.rfind("\n\n", 0, m.start()) + 2 : m.start()]
            first = block.partition("\n")[0]
            if block.count("\n") <= _MESSAGE_LINES and len(first) <= _SENDER_MAX and first != block:
                name = bare_name(first)
        if name is not None and name not in names:
            names.append(name)
    return names


#: most lines of a message between its sender and its time
_MESSAGE_LINES = 6


#: a message's time alone on its line (found from the line break before it)
_TIME_LINE_RE = re.compile(r"\n[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?:SA|CH|AM|PM))?[ \t]*(?=\n|$)")
#: the longest line a sender's name fills
_SENDER_MAX = 40


def replay_sender(line: str) -> str | None:
    """The viewer a live stream's replayed chat names after the message's time and before its
    words, apart by wide spaces: ``-9:41  Hoàng Văn Dũng  Điểm cầu ... đã sẵn sàng``; or None
    (the channel's own account names no one)."""
    m = _REPLAY_LINE_RE.match(line)
    return bare_name(m.group("who")) if m is not None else None


#: a replayed chat's message: its time in the stream (before it starts, negative), its sender
_REPLAY_LINE_RE = re.compile(r"-?\d{1,2}(?::\d{2}){1,2}\s{2,}(?P<who>\S[^\n]{1,40}?)\s{2,}\S")
#: a chat message's time stamp after its sender, apart by wide spaces: "   Hôm qua 09:10",
#: "   10/10 17:20", "   08:31"
_SENDER_STAMP_RE = re.compile(r"(?:[ \xa0]\((?:Khách|Guest|Bên ngoài|External)\))?"  # (a guest's mark first)
                              r"\s{2,}(?:(?:Hôm\s+(?:qua|nay)|Thứ\s+\w+|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s+)?"
                              r"\d{1,2}:\d{2}(?:\s*(?:SA|CH|AM|PM))?\s*$")


def post_header(line: str) -> tuple[str, list[str]] | None:
    """A social post's header: who posted it, and whom they tagged; or None.

    ``Võ Minh Trí đang ở Tỉnh ủy Đồng Nai cùng với Phan Thị Mỹ Dung và Trương Quốc Bảo.``
    -> ``("Võ Minh Trí", ["Phan Thị Mỹ Dung", "Trương Quốc Bảo"])``; ``Lê Hạnh đang ở Nhà
    văn hóa tỉnh.`` -> ``("Lê Hạnh", [])``. Only others named in full count: "3 người khác"
    goes.
    """
    if (len(line) > _POST_HEADER_MAX or not line[:1].isupper()
            or not any(w in line for w in _POST_HEADER_WORDS)):  # (a cheap test first)
        return None
    m = _POST_HEADER_RE.fullmatch(line.strip())
    if m is None or not (m.group("place") or m.group("tagged")):
        return None
    poster = bare_name(m.group("poster"))
    if poster is None:
        return None
    tagged = []
    for piece in _TAGGED_SPLIT_RE.split(m.group("tagged") or ""):
        name = bare_name(piece) if piece else None
        if name is not None:
            tagged.append(name)
    return poster, tagged


_POST_HEADER_MAX = 250
#: one of them is in every post's header: where the poster is, or with whom
_POST_HEADER_WORDS = (" đang ", " đã ", " cùng ", " với ")
#: a post's header: the poster, where they are, with whom ("cùng với A, B và 2 người khác")
_POST_HEADER_RE = re.compile(
    r"(?P<poster>[^\W\d_][\w'’]*(?:\s[^\W\d_][\w'’]*){1,5}?)"
    r"(?:\s+(?:đang|đã)\s+(?:ở|tại|check-in\s+tại)\s+(?P<place>[^.]{2,100}?))?"
    r"(?:\s+(?:cùng\s+với|cùng|với)\s+(?P<tagged>[^.]{3,160}?))?\s*\.?")
#: between the tagged: "A, B và C"
_TAGGED_SPLIT_RE = re.compile(r"\s*,\s*|\s+và\s+")


def signature(name_line: str, title_line: str) -> tuple[str, str] | None:
    """A mail's signature: a name alone on its line, its title on the next one.

    ``Sơn Thị Kim Thoa`` / ``Chánh Văn phòng Ban Tổ chức Tỉnh ủy Trà Vinh`` ->
    ``("Sơn Thị Kim Thoa", "Chánh Văn phòng Ban Tổ chức Tỉnh ủy Trà Vinh")``.
    """
    name = bare_name(name_line)
    if name is None:
        return None
    title_line = title_line.strip()
    if len(title_line) > MAX_TITLE or not regexes.TITLE_HEAD_RE.match(title_line):
        return None
    end, _ = scan_title(title_line, 0, stop_at_name=False)
    return name, " ".join(title_line[:end].split())


#: a signature's mandate over the signer's post: "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", "TL. BÍ THƯ"
_MANDATE_RE = re.compile(r"(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.)[ \xa0]*")
#: the mark of a signature in a copy: "(đã ký)", "(Đã ký và đóng dấu)", "[đã ký]"
_SIGNED_RE = re.compile(r"[(\[][ \xa0]*(?:đã|Đã|ĐÃ)[ \xa0]+(?:ký|Ký|KÝ)[^()\[\]\n]{0,30}[)\]]")
#: what a text holds when a document's signature may be in it (a cheap test first)
_SIGNATURE_HINTS = ("T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "TUQ.", "ã ký", "Ã KÝ")
#: how an item of a list opens (a recipient's line under "Nơi nhận:")
_LIST_ITEM_OPENINGS = ("- ", "+ ", "• ", "-\t")
#: most lines of a signature's mandate and post; the longest of them
_POST_LINES = 3
_POST_MAX = 60


def signatories(paragraphs: Sequence[tuple[int, str]]) -> list[PersonMention]:
    """The signers of a document printed whole: a post in capitals over a name.

    ``K/T TRƯỞNG BAN`` / ``PHÓ TRƯỞNG BAN`` / ``(đã ký)`` / ``Trần Quốc Vinh``
    gives Trần Quốc Vinh, ``PHÓ TRƯỞNG BAN``. The post is read under a mandate
    (``T/M``, ``K/T``, ``TL.``) or over the mark of a signature (``(đã ký)``);
    ``paragraphs`` are ``(start, text)`` in the clean text, one line each.
    """
    found: list[PersonMention] = []
    # (without the recipients' list, its items read line by line between the signature's,
    # as a copy of the two columns side by side gives them: "T/M BAN THƯỜNG VỤ" / "- Ban Tổ
    # chức Tỉnh ủy (b/c)," / "PHÓ BÍ THƯ THƯỜNG TRỰC" / "(Đã ký)" / "- Lưu VP." / the name)
    paragraphs = [p for p in paragraphs if not p[1].startswith(_LIST_ITEM_OPENINGS)]
    n = len(paragraphs)
    i = 0
    while i < n:
        run = i
        while (run < n and run - i < _POST_LINES and len(paragraphs[run][1]) <= _POST_MAX
               and paragraphs[run][1][:1].isupper() and paragraphs[run][1].upper() == paragraphs[run][1]
               and not _SIGNED_RE.fullmatch(paragraphs[run][1].strip())):
            run += 1
        if run == i:
            i += 1
            continue
        lines = [paragraphs[k][1].strip() for k in range(i, run)]
        mandate = any(_MANDATE_RE.match(line) for line in lines)
        post = _MANDATE_RE.sub("", lines[-1], count=1)
        k = run
        while k < n and _SIGNED_RE.fullmatch(paragraphs[k][1].strip()):
            k += 1
        signed = k > run
        i = run
        if k >= n or not (mandate or signed) or not regexes.TITLE_HEAD_RE.match(post.capitalize()):
            continue
        start, line = paragraphs[k]
        printed = " ".join(line.split())
        name = _as_written(printed)
        first = name.split()[0] if name else ""
        if (valid_name(name) and regexes.CAP_RUN_RE.fullmatch(name) and (
                regexes.is_cued_family_name(first))):
            at = line.find(printed.split()[0])
            found.append(PersonMention(name, post, start + at, start + at + len(printed)))
            i = k + 1
    return found


#: a signer's role that is no post: "Người lập biểu", "Chủ trì", "Thư ký" (a minutes')
_SIGNER_ROLE_RE = re.compile(
    r"(?:người[ \xa0]+(?:lập[ \xa0]+(?:biểu|bảng)|tổng[ \xa0]+hợp|ghi(?:[ \xa0]+biên[ \xa0]+bản)?"
    r"|báo[ \xa0]+cáo|duyệt)|chủ[ \xa0]+(?:trì|tọa|toạ)(?:[ \xa0]+hội[ \xa0]+nghị)?|thư[ \xa0]+ký(?:[ \xa0]+hội[ \xa0]+nghị)?)",
    re.IGNORECASE)


def _columns(line: str) -> list[tuple[int, str]]:
    """The cells of a line printed in columns, ``(offset, text)``."""
    return [(a + len(line[a:b]) - len(line[a:b].lstrip()), line[a:b].strip()) for a, b in column_spans(line)]


def _signer_post(cell: str) -> bool:
    """Whether ``cell`` is a signer's post or role: "TRƯỞNG BAN", "K/T BÍ THƯ", "Người lập biểu"."""
    post = _MANDATE_RE.sub("", cell, count=1)
    return bool(_SIGNER_ROLE_RE.fullmatch(post) or post.isupper() and regexes.TITLE_HEAD_RE.match(post.capitalize()))


def column_signatures(lines: Sequence[tuple[int, str]]) -> list[PersonMention]:
    """Signers side by side, a minutes' or a report's: ``THƯ KÝ      CHỦ TRÌ`` over
    ``Lê Thị Mai      Nguyễn Văn Hải`` (marks of a signature between them passed over)
    gives each name its column's post. ``lines`` are ``(start, text)`` in the clean text."""
    found: list[PersonMention] = []
    for i, (_start, line) in enumerate(lines):
        posts = _columns(line)
        if len(posts) < 2 or not all(_signer_post(c) for _, c in posts):
            continue
        k = i + 1
        while k < len(lines) and (not lines[k][1].strip() or all(
                _SIGNED_RE.fullmatch(c) for _, c in _columns(lines[k][1]))):
            k += 1
        if k >= len(lines):
            continue
        start, row = lines[k]
        names = _columns(row)
        if len(names) != len(posts):
            continue
        signers = []
        for (_, post), (at, printed) in zip(posts, names):
            name = _as_written(printed)
            if not (valid_name(name) and regexes.CAP_RUN_RE.fullmatch(name)
                    and regexes.is_family_name(name.split()[0])):
                break
            signers.append(PersonMention(name, _MANDATE_RE.sub("", post, count=1), start + at, start + at + len(printed)))
        else:
            found += signers
    return found


def may_have_columns(text: str) -> bool:
    """Whether ``text`` may hold signers side by side (see :func:`column_signatures`)."""
    return "   " in text or "\t" in text


def may_have_signatures(text: str) -> bool:
    """Whether ``text`` may hold a document's signature (see :func:`signatories`)."""
    return any(h in text for h in _SIGNATURE_HINTS)


# --------------------------------------------------------------------------
# byline


@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline line.

    Attributes:
        text: the byline as shown (names in normal case), or "" for a pure attribution.
        names: ``(name, printed)`` per person; ``printed`` is the capitals form or "".
        outlet: the outlet named by ``Theo ...`` / ``Nguồn: ...``, or None.
    """

    text: str
    names: tuple[tuple[str, str], ...]
    outlet: str | None


_BYLINE_MAX = 70
#: a post in lower case after a labelled name: ", chuyên viên Phòng Thông tin - Tổng hợp"
_POST_AFTER_CREDIT_RE = re.compile(
    r"(?<=\w),\s+(?:chuyên\s+viên|cán\s+bộ|nhân\s+viên|phóng\s+viên|biên\s+tập\s+viên|cộng\s+tác\s+viên)\s.*$")
#: wide spaces before a credit's label: "BTV: Thanh Hằng   Kỹ thuật: Đức Mạnh   Đạo diễn: Việt Anh"
_CREDITS_BY_SPACES_RE = re.compile(r"\s{2,}(?=[^\W\d_]+(?:,?\s[^\W\d_]+){0,2}\s*:)")
#: between two labelled credits of one byline: "Tin: A; Ảnh: B", "Bài: A - Ảnh: B"
_CREDIT_SPLIT_RE = re.compile(
    r"\s*[;|]\s*|\s+[-–]\s+(?=(?:Ảnh|ảnh|ẢNH|Tin|TIN|Bài|BÀI|Video|Clip)\b"
    # (or any other label of up to three words: "Biên tập: Thu Trang - Kỹ thuật: Quốc Bảo")
    r"|[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:)"
    # (or a slash before a label: "PV: Minh Trí - Hữu Nghĩa / Biên tập: Ngọc Hiền")
    r"|\s+/\s+(?=[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:)")
#: an outlet after the names: "/VOV-Tây Nguyên", "/TTXVN", "/ VTV-Thời sự", "/ VTV Thời sự"
#: (a programme after a space is in lower case: "/ THU HÀ" is a name)
_OUTLET_AFTER_SLASH_RE = re.compile(
    r"\s*/\s*(?P<o>[A-ZĐ][A-ZĐ0-9+.]{1,11}(?:\s*[-–]\s*[^/]{1,30}|\s+[^/\s][^/]{0,29})?"
    r"|(?:Ban|Đài|Báo|Kênh|Trung\s+tâm|Phòng)\s[^/]{2,40})\s*\.?$")  # "/ Ban Thời sự - Đài THVN"


def _outlet_after_slash(body: str) -> re.Match[str] | None:
    """:data:`_OUTLET_AFTER_SLASH_RE` in ``body``, when it names an outlet: a programme after
    a space is in ordinary case ("/ VTV Thời sự"); "/ MINH ĐỨC" is a second name."""
    slash = _OUTLET_AFTER_SLASH_RE.search(body)
    if slash is None:
        return None
    outlet = slash.group("o")
    code, space, rest = outlet.partition(" ")
    if space and not re.match(r"\s*[-–]", rest) and "-" not in code and "–" not in code \
            and not any(c.islower() for c in rest):
        return None
    return slash
_DIGIT_RE = re.compile(r"\d")


#: syllables of an outlet's name, never of a person's
_OUTLET_SYLLABLES = frozenset({"Báo", "Đài", "Cổng"})


#: a byline's name behind initials: "H.Lâm", "T. Hà", "N.V.Anh", "P.H.N" is not one
_INITIALS_NAME_RE = re.compile(
    f"(?:{regexes.UP}\\.\\s?){{1,3}}{regexes.UP}{regexes.LO}+(?:\\s{regexes.UP}{regexes.LO}+)?")

#: the same in capitals, of one syllable: "H.ĐĂNG", "T.T. HƯƠNG" ("I. THỜI GIAN" is a heading)
_INITIALS_CAPS_NAME_RE = re.compile(f"(?:{regexes.UP}\\.\\s?){{1,3}}(?P<name>{regexes.UP}{{2,}})")

_VOWELS = frozenset("aeiouy")
#: a weekday, in any case: "Thứ Hai", "THỨ BA", "Chủ nhật"
_WEEKDAY_NAME_RE = re.compile(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?![\w])", re.IGNORECASE)


#: words never part of a personal name (a heading in capitals holds them)
_NEVER_IN_NAMES = frozenset("của và các những trong với cho về tại là có được theo từ đến một này khác"
                            " ủy uỷ đảng phòng ban tỉnh huyện xã sở bộ phố"  # ("VĂN PHÒNG TỈNH ỦY")
                            # a site's name in English words: "LÂM ĐỒNG ONLINE", "Hà Nội News"
                            " online news tv media plus today express radio channel"
                            " tóm tắt"  # a summary box's name: "TÓM TẮT NHANH"
                            # a content system's account: "Super User", "Admin"
                            " super user admin administrator webmaster".split())


def _surely_a_name(syls: list[str]) -> bool:
    """A family name, "Văn" or "Thị", a given name: "Đặng Văn Sở" whatever its given name."""
    return len(syls) == 3 and syls[1] in ("Văn", "Thị") and regexes.is_family_name(syls[0])


def _byline_opens_body(syls: list[str]) -> bool:
    """:func:`opens_body`, but for a byline's given names that are also a body's word:
    "Trường Giang" alone under an article is its author, not a school."""
    return opens_body(syls) and not (
        len(syls) == 2 and syls[0] in _GIVEN_NAME_BODY_WORDS and syls[1] not in regexes.ORG_WORDS
        and syls[1] not in _BODY_NOUNS and syls[1] not in _GIVEN_NAME_BODY_WORDS[syls[0]])


#: a body's words that are also given or family names (a byline of two names may open with
#: one: "Trường Giang", "Bài và ảnh: Đoàn Thu"), and the words after them that make a body
#: ("ĐOÀN THỂ", "ĐOÀN VIÊN" in capitals, a section's name)
_GIVEN_NAME_BODY_WORDS: dict[str, frozenset[str]] = {
    "Trường": frozenset(), "Đoàn": frozenset({"Thể", "Viên", "Thanh", "Kết"})}


#: a document's part headings that read as names of two syllables: "PHỤ LỤC" (folded)
_PART_HEADINGS = frozenset({"phu luc", "muc luc", "lien ket", "lien ket web", "lien ket website"})  # (a box's)


#: a stamp's first word with its marks lost, never a name's: "TINH HA TINH", "HUYEN UY ..."
_STAMP_FIRST_WORDS = frozenset({"tinh", "huyen", "xa", "phuong", "quan", "ban", "uy", "dang", "so"})


def _name_part(part: str, marked: bool = False) -> tuple[str, str] | None:
    """``"Kim Liên"`` -> ``("Kim Liên", "")``; ``"HOÀNG BIÊN"`` -> ``("Hoàng Biên", "HOÀNG BIÊN")``."""
    part = " ".join(part.split()).strip(" .")
    if (not part or _DIGIT_RE.search(part) or ffold(part) in _PART_HEADINGS
            or ffold(" ".join(part.split()[:2])) in _SECTION_NAMES):
        return None
    rank = regexes.RANK_RE.match(part)  # "Thiếu tá TRẦN ĐỨC TRUNG": an officer's byline
    if rank:
        part = part[rank.end() :]
    if _INITIALS_NAME_RE.fullmatch(part):  # "H.Lâm", "T. Hà", "N.V.Anh": kept as printed
        return part, ""
    caps = _INITIALS_CAPS_NAME_RE.fullmatch(part)  # "H.ĐĂNG", "T.T. HƯƠNG" (not "Q.HCM")
    if caps and _VOWELS.intersection(ffold(caps.group("name"))):
        name = caps.group("name")
        return part[: caps.start("name")] + name[:1] + name[1:].lower(), part
    if _ONE_WORD_HIGHLAND_RE.fullmatch(part):  # "H'Xuân", "H'XUÂN"
        return (part[:3] + part[3:].lower(), part) if part.isupper() else (part, "")
    if regexes.CAP_RUN_RE.fullmatch(part):
        syls = part.split()
        if _NEVER_IN_NAMES.intersection(s.lower() for s in syls) and not _surely_a_name(syls):
            return None
        if _OUTLET_SYLLABLES.intersection(syls):
            return None  # "Thời Báo Phương Nam": an outlet, not a person
        if 2 <= len(syls) <= 4 and not _byline_opens_body(syls) and not _place_spelled(part, marked):
            return part, ""
        return None
    if _WEEKDAY_NAME_RE.match(part):
        return None  # "THỨ HAI (11/9)": a day, not a person
    if part.isupper() and ("'" in part or "’" in part):
        # a Central Highlands name in capitals: "H'LINH NIÊ" reads as "H'Linh Niê"
        got = _name_part(" ".join(w[:3] + w[3:].lower() if w[1:2] in "'’" else w[:1] + w[1:].lower()
                                  for w in part.split()))
        return (got[0], part) if got is not None else None
    if regexes.CAPS_RUN_RE.fullmatch(part) and part.upper() == part:
        syls = part.split()
        if _NEVER_IN_NAMES.intersection(s.lower() for s in syls):
            return None  # "HOẠT ĐỘNG CỦA NGÀNH": a heading in capitals
        if regexes.TITLE_HEAD_RE.match(part.capitalize()) and not regexes.is_family_name(syls[0].capitalize()):
            return None  # "THƯ KÝ", "THƯ KÝ   CHỦ TRÌ": a signature's posts, over the names
        if part.isascii() and syls[0].lower() in _STAMP_FIRST_WORDS:
            return None  # a stamp's words, their marks lost: "TINH HA TINH", "HUYEN UY CAN LOC"
        # (every syllable of a name has a vowel: "BTC HU" is an office's initials)
        if 2 <= len(syls) <= 4 and all(_VOWELS.intersection(ffold(x)) for x in syls):
            normal = " ".join(s[:1] + s[1:].lower() for s in syls)
            if not _byline_opens_body(normal.split()) and ffold(normal) not in _places():
                return normal, part
    return None


#: pictographs that may open a byline line on social pages
_SYMBOLS_BEFORE = "📷📸✍🖊✏📝🎥 \u00a0\ufe0f"


#: a whole name, then its office in brackets (the closing one stripped): "Phan Thị Ngọc Ánh
#: (Văn phòng Huyện ủy"
_NAME_THEN_OFFICE_RE = re.compile(r"(?P<n>[^\W\d_]+(?: [^\W\d_]+){1,4})(?:\s*\((?P<o>[^()]{2,60}))?")


def _agency_credit(credit: str) -> bool:
    """``Ảnh: TTXVN``, ``Ảnh: VNA``: a credit naming an agency in capitals, no person (or a
    body: ``Ảnh: Ban Truyền thông GP``, ``Ảnh: Văn phòng Tỉnh ủy``)."""
    _, colon, body = credit.rpartition(":")
    body = body.strip(" .")
    words = body.split()
    return 2 <= len(body) <= 12 and body.isupper() and " " not in body or bool(colon) and len(words) >= 2 and (
        opens_body(words) or body.startswith(("Văn phòng", "Trung tâm")))


def _approval(credit: str) -> bool:
    """``Duyệt: Văn phòng Đảng ủy xã``: who approved a bulletin, not who wrote it."""
    label, colon, _ = credit.partition(":")
    return bool(colon) and _APPROVAL_F.fullmatch(ffold(label).strip()) is not None


#: an approval's label (folded): "Duyệt", "Người duyệt", "Duyệt tin"
#: (or the desk that edited and approved it: "Biên tập, duyệt: Phòng Thời sự")
_APPROVAL_F = re.compile(r"(?:bien\s+tap\s*(?:,|va)\s*)?(?:nguoi\s+)?duyet(?:\s+(?:tin|bai|phat\s+song))?")


#: a photo's source that names no one: "TƯ LIỆU", "Sưu tầm", "Minh họa"
_PHOTO_SOURCES = r"(?:tư\s+liệu|sưu\s+tầm|minh\s+h(?:ọa|oạ)|internet)"
#: ... and the comma or dash before it: "Ảnh: VĂN SƠN, TƯ LIỆU"
_PHOTO_SOURCE_RE = re.compile(r"(?:\s*,\s*|\s+[-–]\s+)?(?<!\w)" + _PHOTO_SOURCES + r"(?!\w)\.?", re.IGNORECASE)
#: ... credited alone after another credit: " - Ảnh: Tư liệu", "Ảnh: TƯ LIỆU"
_PHOTO_SOURCE_CREDIT_RE = re.compile(
    r"(?:\s*[-–;|]\s*|^\s*)(?:ảnh|hình\s+ảnh)\s*:\s*" + _PHOTO_SOURCES + r"\.?\s*$", re.IGNORECASE)
#: a credit for the photos alone: "Ảnh: MINH HẢI", "(Ảnh: Kim Ngân)", "📷 Ảnh: Văn Tú"
_PHOTO_LABEL_F = re.compile(r"[(\s]*(?:anh|hinh\s+anh)\s*:")


def place_named_author(line: str) -> Byline | None:
    """A reporter whose name is a province's (``Hà Nam``, ``Long An``), read as a byline where the
    page's layout puts one and the text names that province nowhere else (the caller's test)."""
    words = line.split()
    if (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)
            and ffold(" ".join(words)) in _places()):
        name = " ".join(words)
        return Byline(name, ((name, ""),), None)
    return None


def photo_only(line: str) -> bool:
    """Whether a byline line credits the photos only: its people did not write the article.

    ``Ảnh: MINH HẢI`` is a photographer's; ``Tin, ảnh: Minh Hải`` and ``Bài: Hồng Hà -
    Ảnh: Văn Tú`` name an author.
    """
    line = line.lstrip(_SYMBOLS_BEFORE)
    if not _PHOTO_LABEL_F.match(ffold(line[:20])):
        return False
    return len(_CREDIT_SPLIT_RE.split(line)) == 1


def parse_byline(line: str) -> Byline | None:
    """Parse a short closing line as a byline, or return None.

    ``Kim Liên``, ``HOÀNG BIÊN``, ``Văn Nam - Thu Hà``, ``Tin, ảnh: Minh Anh``,
    ``Theo Báo Nhân Dân`` (outlet only), ``Nhóm PV``.
    """
    # the cleaner and the analyser ask about the same lines, and bylines recur
    # from article to article: remember the short ones (Byline is immutable)
    if len(line) <= _CACHED_LINE:
        return _parse_byline_cached(line)
    return _parse_byline(line)


_CACHED_LINE = 200


#: the pieces of a reader app's line under a headline: "sggp.org.vn · by Thu Hương · Saved ..."
_READER_META_SPLIT_RE = re.compile(r"\s+[·/|]\s+")
#: its author's piece (folded): "by Thu Hương"
_READER_BY_F = re.compile(r"by\s+(?P<name>\S.{1,50})")
#: a piece saying when it was kept or how old it is, or how long it reads (folded): "Saved Oct
#: 2, 2025", "2d", "3 hours ago", "6 min read"
_READER_AGE_F = re.compile(
    r"saved\s+.{4,40}|\d{1,3}\s*(?:m|h|d|w|mo|y|mins?|hrs?|minutes?|hours?|days?|weeks?)(?:\s+ago)?"
    r"|\d{1,3}\s+min(?:ute)?s?\s+read")


def reader_meta_author(line: str) -> str | None:
    """The author on a read-later app's or a feed reader's line under a headline, or None
    for any other line: ``sggp.org.vn · by Thu Hương · Saved Oct 2, 2025 · 6 min read``,
    ``Báo Điện Biên Phủ - Chính trị  /  by Thu Hằng  /  2d`` give the names after "by"."""
    if "by " not in line[:80]:
        return None
    pieces = _READER_META_SPLIT_RE.split(line.strip())
    if not 2 <= len(pieces) <= 5:
        return None
    folded = [ffold(p) for p in pieces]
    by = next((k for k, f in enumerate(folded) if _READER_BY_F.fullmatch(f)), None)
    if by is None or not any(_READER_AGE_F.fullmatch(f) for f in folded[by + 1 :]):
        return None
    return pieces[by][3:].strip()


def names_someone(line: str) -> bool:
    """Whether ``line`` reads as a byline naming someone (not an outlet's or a team's only)."""
    b = parse_byline(line)
    return b is not None and bool(b.names)
#: two degrees written with a comma between them, opening a line: "PGS, TS."
_DEGREES_COMMA_RE = re.compile(r"^((?:PGS|GS|NCS))\s*,\s*(?=(?:TSKH|TS|ThS)\b)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _parse_byline_cached(line: str) -> Byline | None:
    return _parse_byline(line)


#: how an office named after a byline may open beside the words of ORG_WORDS ("Trung" alone
#: opens names: "Trung Kiên"): "Thu Hà - Văn phòng Huyện ủy", "Hồng Nhung - Trung tâm VH-TT&TT"
_OFFICE_OPENINGS = ("Văn phòng", "Trung tâm")
#: the last word of an outlet's name in English: "VNU Media", "VTC News", "VOV Online"
_MEDIA_WORDS = frozenset({"Media", "News", "Online", "Press", "Times", "Today", "Plus", "Net"})
#: a section's name beside a byline (folded): "Chuyên mục: Xây dựng Đảng"
_SECTION_PIECE_F = re.compile(r"(?:chuyen\s+muc|danh\s+muc|the\s+loai|muc)\s*:")


#: a translator after the author on a page in English: "By Ngọc Thùy - Translated by Thu Hương"
_TRANSLATED_BY_RE = re.compile(r"\s*[-–|,]\s*[Tt]ranslated\s+by\s+")
#: a broadcast's sign-off opening with its reporters' word, no colon after it: "Phóng viên
#: Thanh Bình – Quốc Đạt, PTV đưa tin", "PV Minh Hải, Đài PT-TH Lai Châu"
_SIGNOFF_REPORTER_RE = re.compile(r"(?:Phóng viên|Nhóm phóng viên|PV|Nhóm PV)[ \xa0]+(?=" + regexes.UP + ")")
#: the verb closing such a sign-off: "..., PTV đưa tin."
_SIGNOFF_VERB_RE = re.compile(r"[ \xa0]+(?:đưa tin|thông tin|thực hiện|ghi nhận)[ \xa0]*\.?$")


#: a broadcaster's name after a report's sign-off: "Điện Biên TV", "VTV1", "VOV", "QTV"
_STATION_RE = re.compile(r"(?:[A-ZĐ][^\W\d_]*\s+){1,3}TV|[A-ZĐ]{1,5}TV\d?|VOV\d?"
                         # (named in words: "Truyền hình Nhơn Trạch", "Phát thanh - Truyền hình X")
                         r"|(?:Phát\s+thanh(?:\s+và|\s*-)?\s+)?Truyền\s+hình(?:\s+[A-ZĐ][^\W\d_]*){1,3}")


#: the mark of who carried out an interview, closing its credit: " (thực hiện)"
_DONE_BY_RE = re.compile(r"\s*\((?:thực|Thực)[ \xa0]+hiện\)$")


def _long_office_after(line: str) -> bool:
    """Whether a byline too long for one is a short one, then the author's office after a dash,
    a long name: "Tác giả: Hà Thu - Trung tâm Văn hóa, Thông tin, Thể thao và Truyền thông huyện"."""
    dash = line.find(" - ")
    office = line[dash + 3 :]
    return 0 < dash <= _BYLINE_MAX and len(line) <= 2 * _BYLINE_MAX and _opens_office(office)


def _opens_office(piece: str) -> bool:
    """Whether a byline's piece opens with an office's name: "Văn phòng ...", "Ban Tổ chức ..."."""
    return piece.startswith(_OFFICE_OPENINGS) or piece.split(" ", 1)[0] in regexes.ORG_WORDS


def _parse_byline(line: str) -> Byline | None:
    line = line.lstrip(_SYMBOLS_BEFORE)  # "📷 Tin, ảnh: Minh Hiếu"
    if line[:1] in "PN" and ":" not in line and (signoff := _SIGNOFF_REPORTER_RE.match(line)):
        line = _SIGNOFF_VERB_RE.sub("", line[signoff.end() :])
    if "ranslated by" in line:
        line = _TRANSLATED_BY_RE.sub(" - ", line)
    meta = reader_meta_author(line)  # "Báo X  /  by Thu Hằng  /  2d": the author
    if meta is not None:
        line = meta
    posted = post_header(line)  # "Võ Minh Trí đang ở Tỉnh ủy Đồng Nai cùng với ...": its poster
    if posted is not None:
        return Byline(posted[0], ((posted[0], ""),), None)
    if _PHOTO_SOURCE_RE.search(line) and _PHOTO_LABEL_F.search(ffold(line)):
        # a photo's source that names no one: "Bài: Ngọc Hà - Ảnh: Tư liệu", and beside its
        # photographers: "Ảnh: VĂN SƠN, TƯ LIỆU"
        line = _PHOTO_SOURCE_RE.sub("", _PHOTO_SOURCE_CREDIT_RE.sub("", line))
        if not line or _PHOTO_LABEL_F.fullmatch(ffold(line).rstrip(" .")):
            return None  # "Ảnh: TƯ LIỆU": nobody's
    if line.endswith(")") and (done := _DONE_BY_RE.search(line)) is not None:
        # an interview's: "Minh Thu (thực hiện)", a province's name too ("Hà Giang (thực hiện)")
        named = _parse_byline(line[: done.start()])
        return named if named is not None else place_named_author(line[: done.start()])
    if line[:1] == "(" and line[-1:] == ")" and regexes.BYLINE_LABEL_F.match(ffold(line[1:40])):
        line = line[1:-1]  # a credit in brackets: "(Ảnh: Kim Ngân - Ban Tổ chức Tỉnh ủy)"
    line = line.rstrip("*¹²³⁴⁵⁶⁷⁸⁹⁰ ")  # an author's footnote mark: "NGUYỄN HOÀNG LONG*"
    if line[:1] in "PGN":  # "PGS, TS. Trịnh Thị Hồng Vân": the comma is not a list's
        line = _DEGREES_COMMA_RE.sub(r"\1.", line, count=1)
    if ", " in line and ":" in line[:25]:
        # the compiler's post after a labelled name: "Người tổng hợp: Trần Ngọc Bích, chuyên viên ..."
        line = _POST_AFTER_CREDIT_RE.sub("", line)
    if "  " in line and ":" in line:
        # a TV script's credits apart by spaces: "BTV: Thanh Hằng   Kỹ thuật: Đức Mạnh"
        line = _CREDITS_BY_SPACES_RE.sub(" | ", line.strip())
    if "|" in line or " · " in line:  # "Tác giả: Thu Trang | Lượt xem: 287": the widgets beside it go
        # (and the section's name: "Chuyên mục: Xây dựng Đảng")
        pieces = [p for p in widget_pieces(line.replace(" · ", " | "))[0]
                  if not _SECTION_PIECE_F.match(ffold(p))]
        # (without a photo's source that names no one: "Ảnh: TƯ LIỆU")
        pieces = [p for p in pieces if not (_PHOTO_SOURCE_RE.search(p) and _parse_byline(p) is None)]
        # (and without who approved it, beside who wrote it: "PV: Minh Hiếu   Duyệt: Phòng Thời sự")
        pieces = [p for p in pieces if not _approval(p)] or pieces
        if len(pieces) > 1 and all(regexes.BYLINE_LABEL_F.match(ffold(p)) for p in pieces):
            # one credit a piece: "Biên tập: Minh Ngọc | Đọc: Hồng Nhung - Văn Toàn"
            parsed = [_parse_byline(p) for p in pieces]
            if any(b is None for b in parsed):
                return None
            names = tuple(n for b in parsed if b is not None for n in b.names)
            return Byline(" - ".join(n for n, _ in names), names, None) if names else None
        sources = [p for p in pieces if regexes.ATTRIBUTION_F.fullmatch(ffold(p))]
        if sources and len(sources) < len(pieces):
            # "Tác giả: Thu Hà · Nguồn: halongonline.vn": the author, and the outlet beside
            author = _parse_byline(" | ".join(p for p in pieces if p not in sources))
            source = _parse_byline(sources[0])
            if author is None or source is None:
                return None
            return Byline(author.text, author.names, author.outlet or source.outlet)
        line = " | ".join(pieces)
    line = " ".join(line.split())
    if not line or len(line) > _BYLINE_MAX and not _long_office_after(line):
        return None
    folded = ffold(line)
    att = regexes.ATTRIBUTION_F.fullmatch(folded)
    if att:
        a, b = att.span("o")
        outlet = line[a:b].strip(" ().")
        named = _NAME_THEN_OFFICE_RE.fullmatch(outlet)
        if (named is not None and len(named.group("n").split()) >= 3 and valid_name(named.group("n"))
                and regexes.is_family_name(named.group("n").split()[0])):
            # a person's report passed on: "Theo Phan Thị Ngọc Ánh (Văn phòng Huyện ủy)"
            return Byline(named.group("n"), ((named.group("n"), ""),), named.group("o"))
        if (outlet[:1].isupper() and not re.search(r"[,;:!?]", outlet)
                or regexes.DOMAIN_RE.fullmatch(outlet)):  # "Nguồn: baonghean.vn"
            return Byline("", (), outlet)
        return None
    if regexes.BYLINE_GROUP_F.fullmatch(folded):
        return Byline(line.rstrip("."), (), None)
    head, dash, team = line.rpartition(" - ")
    if dash and head and regexes.BYLINE_GROUP_F.fullmatch(ffold(team)):
        named = _parse_byline(head)  # "Quang Hưng - Nhóm PV": the writer, then the team
        return named if named is not None and named.names else None
    if " | " in line and " - " not in line.rpartition(" | ")[2]:
        head, _bar, office = line.rpartition(" | ")  # "Thu Hằng - Quốc Toản | Đài PT&TH Hà Nội"
        if head and _opens_office(office) and (named := _parse_byline(head)) is not None and named.names:
            return Byline(named.text, named.names, office)
    if dash and " - " in head and _opens_office(team) and not team.isupper():
        named = _parse_byline(head)  # "Thu Hằng - Quốc Toản - Đài PT-TH Hà Nội": the writers, then their office
        if named is not None and len(named.names) >= 2 and named.outlet is None:
            return Byline(named.text, named.names, team)
    lab = regexes.BYLINE_LABEL_F.match(folded)
    credits = _CREDIT_SPLIT_RE.split(line) if (lab or ":" in line) else [line]
    if len(credits) > 1 and _approval(credits[-1]):
        credits = [c for c in credits if not _approval(c)]  # "Biên tập: Mỹ Duyên – Duyệt: ..."
        line = credits[0]
    if len(credits) > 1:
        # "Tin: Thanh Nhàn; Ảnh: Quốc Đạt", "Bài: Hồng Hà - Ảnh: Văn Tú", "Hồng Nhung – Ảnh:
        # Thành Long": one credit each (the first may go without its label)
        if all(regexes.BYLINE_LABEL_F.match(ffold(c)) for c in credits[1:]):
            parsed = [(c, _parse_byline(c)) for c in credits]
            # an agency credited for the photos ("Ảnh: TTXVN") names no one
            if any((b is None or not b.names) and not _agency_credit(c) for c, b in parsed):
                return None
            names = tuple(n for _c, b in parsed if b is not None for n in b.names)
            if names:
                return Byline(" - ".join(n for n, _ in names), names, None)
            return None
    body = line[lab.end() :] if lab else line
    if lab and (named := place_named_author(body.strip(" ."))) is not None:
        return named  # a province's name after a credit's label is a reporter's: "Tin, ảnh: Khánh Hòa"
    outlet = None
    paren = re.search(r"\s*\(([^()]{2,50})\)\s*\.?$", body)
    if paren:
        inner = paren.group(1)
        att = regexes.ATTRIBUTION_F.fullmatch(ffold(inner))
        outlet = inner[att.start("o") : att.end("o")] if att else inner
        body = body[: paren.start()]
    else:
        # "Anh Tuấn/VOV-Tây Nguyên", "Thanh Hương - Đức Anh/VTV-Thời sự"
        slash = _outlet_after_slash(body)
        if slash:
            outlet = slash.group("o").strip()
            body = body[: slash.start()]
        elif "," in body:
            # a broadcast's sign-off: "Hoàng Lan - Trung Hiếu, Đài PT-TH Thanh Hóa." (the body's
            # name may hold a dash of its own)
            comma = body.rfind(",")
            rest = body[comma + 1 :].strip().rstrip(".")
            words = rest.split()
            if ((len(words) >= 2 and opens_body(words) or _STATION_RE.fullmatch(rest)) and " - " in body[:comma]
                    and all(_name_part(p) for p in regexes.BYLINE_SPLIT_RE.split(body[:comma]) if p.strip())):
                outlet, body = rest, body[:comma]
    parts = [p for p in regexes.BYLINE_SPLIT_RE.split(body) if p.strip()]
    # "Thu Hằng - Văn phòng Đảng ủy Khối": the author's office after the names
    office = parts[-1].strip() if len(parts) > 1 else ""
    office_words = office.split()
    if (outlet is None and len(parts) > 2
            and _opens_office(parts[1].strip()) and _name_part(parts[1]) is None):
        # an office whose name holds a dash or a comma itself: "ThS Lương Thị Bích Ngọc - Vụ
        # Tổ chức - Cán bộ, Ban Tổ chức Trung ương"
        at = body.find(parts[1].strip())
        outlet = body[at:].strip()
        del parts[1:]
    elif outlet is None and office and (opens_body(office_words)
                                      # in capitals: "NGUYỄN HƯNG - BAN TỔ CHỨC THÀNH ỦY"
                                      or office.isupper() and opens_body([w.capitalize() for w in office_words])
                                      # a body's initials opening its name: "UBKT Đảng ủy Khối"
                                      or len(office_words) >= 2 and office_words[1] in regexes.ORG_WORDS
                                      and len(office_words[0]) >= 2 and office_words[0].isupper()
                                      or office.startswith(_OFFICE_OPENINGS)
                                      # a body's initials before its place: "TTVH huyện", "TTVHTT
                                      # huyện Yên Thế" (a syllable of a name holds a vowel)
                                      or len(office_words) >= 2 and len(office_words[0]) >= 3
                                      and office_words[0].isupper()
                                      and not _VOWELS.intersection(ffold(office_words[0]))
                                      # an outlet in English: "Thanh Hà - VNU Media", "VTC News"
                                      or len(office_words) >= 2 and office_words[-1] in _MEDIA_WORDS
                                      # an office's initials: "Thu Hà - BTC HU"
                                      or office.isupper() and not all(
                                          _VOWELS.intersection(ffold(x)) for x in office.split())):
        outlet = parts.pop().strip()
    if not parts or len(parts) > 4:
        return None
    names = []
    marked = written_with_marks(body)
    for p in parts:
        got = _name_part(p, marked)
        if got is None:
            return None
        names.append(got)
    text = " - ".join(n for n, _ in names)
    return Byline(text, tuple(names), outlet)


#: a masthead's credit of its editor in a page's footer: "Tổng Biên tập: Nguyễn Văn A",
#: "Trưởng Ban biên tập: Trương Quốc Thái" (a portal's), "Giám đốc: Lương Thị Thu Thủy" (a station's),
#: "Chịu trách nhiệm nội dung: Giám đốc Đài Hoàng Văn Lực" (the label, then the rest of its
#: line up to a bar or a wide gap)
_MASTHEAD_CREDIT_RE = re.compile(
    r"(?<![\w])(?P<label>(?:Phó[ \xa0]+)?(?:Tổng|Trưởng[ \xa0]+[Bb]an)[ \xa0]+[Bb]iên[ \xa0]+tập"
    r"|Chịu[ \xa0]+trách[ \xa0]+nhiệm(?:[ \xa0]+(?:nội[ \xa0]+dung|xuất[ \xa0]+bản|chính))?"
    r"|(?:Phó[ \xa0]+)?Giám[ \xa0]+đốc)"  # (a radio-TV station's: "Giám đốc: Lương Thị Thu Thủy")
    # (or a stop before the next label: "... Tổng Biên tập: Võ Minh Châu. Địa chỉ: ...")
    r"[ \xa0]*:[ \xa0]*(?P<rest>[^\n|:]{3,120}?)(?=\.?[ \xa0]*(?:$|\n|\||[ \xa0]{3})|\.[ \xa0]+[^\W\d_][^.:\n]{0,30}:)", re.MULTILINE)


#: a credit's name, then its post after a dash: "Ông Lý Văn Khởi – Phó Chủ tịch UBND xã"
#: (or "ông Nguyễn Văn Lượm – ...", "Đồng chí Lê Thanh Sơn – Chánh Văn phòng Thị ủy")
_NAME_DASH_POST_RE = re.compile(r"(?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)\s+)?(?P<name>[^\W\d][^–-]{2,40}?)\s+[-–]\s+(?P<post>\S.{2,80})")


def masthead_credits(text: str) -> list[tuple[str, str]]:
    """The people a page's masthead credits name in ``text`` (the page after an article):
    ``(name, title)``, the title the post printed before the name ("Giám đốc Đài") or else
    the credit's label ("Tổng Biên tập"); a rank before the name is no post. A placeholder
    ("Tổng Biên tập: ...") or a body ("Chịu trách nhiệm nội dung: Ban Biên tập") names no one."""
    if "iên tập" not in text and "trách nhiệm" not in text and "iám đốc" not in text:
        return []
    out = []
    for m in _MASTHEAD_CREDIT_RE.finditer(text):
        for piece in re.split(r"[,;]", m.group("rest")):
            piece = piece.strip()
            # (the name, then its post after a dash: "Ông Lý Văn Khởi – Phó Chủ tịch UBND xã")
            name_first = _NAME_DASH_POST_RE.fullmatch(piece)
            if name_first is not None and regexes.TITLE_HEAD_RE.match(name_first.group("post")):
                who = name_first.group("name")  # (a rank before it: "Đại tá Đỗ Quang Vinh")
                name = bare_name(who[rank.end() :] if (rank := regexes.RANK_RE.match(who)) else who)
                if name is not None:
                    out.append((name, name_first.group("post")))
                continue
            last = None
            for last in regexes.CAP_RUN_RE.finditer(piece):
                pass
            if last is None or last.end() != len(piece):
                continue
            # (the name is the run's end from a family name: "Giám đốc Đài Hoàng Văn Lực")
            named = _name_in_run(piece, _cap_run(piece, last.start()))
            if named is None or not valid_name(piece[named[0] : named[1]]):
                continue
            name = piece[named[0] : named[1]]
            before = piece[: named[0]].strip()
            rank = regexes.RANK_RE.fullmatch(before + " ") if before else None
            post = before if before and rank is None and regexes.TITLE_HEAD_RE.match(before) else ""
            out.append((" ".join(name.split()), post or " ".join(m.group("label").split())))
    return out
