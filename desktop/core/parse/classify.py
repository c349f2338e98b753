"""Meeting kind, administrative level and outlet of an article.

* Kind: the title is read first, then the lead (first three paragraphs), for
  ``giao ban`` -> GIAO_BAN, ``sơ kết`` -> SO_KET, ``tổng kết`` -> TONG_KET,
  ``hội nghị / trực tuyến ... toàn quốc`` -> TOAN_QUOC, in that order. Failing
  those, a meeting about ``6 tháng đầu/cuối năm`` is a mid-year review
  (SO_KET). Else OTHER.
* Level: CENTRAL when the title or lead says ``toàn quốc`` or names a central
  organiser (Ban Tổ chức Trung ương, Bộ Chính trị, Ban Bí thư, Vụ Địa
  phương, Đảng ủy Khối các cơ quan Trung ương); else the body that "tổ chức
  hội nghị" in the lead decides (Tỉnh ủy / Thành ủy / a provincial Đảng ủy
  Khối -> PROVINCE; Huyện ủy, Đảng ủy xã, chi bộ, cơ sở ->
  GRASSROOTS); else the first such body named in the title or lead; else
  PROVINCE, the most common reporter of this genre.
* Outlet: a ``Theo ...`` / ``Nguồn: ...`` attribution, else a source tag
  opening the lead (``(Cổng TTĐT AG)-``, ``TTXVN -``, ``NDO -``,
  ``(xaydungdang.org.vn) -``; a reporter's role such as ``(CTV) -`` is not an
  outlet), else the site header (``Cổng thông tin điện tử Tỉnh An Giang``,
  ``Báo Sơn La điện tử``, ``Đài Phát thanh và Truyền hình X``), else None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.models import Level, MeetingKind
from desktop.core.parse import regexes
from desktop.core.parse.common import ffold


def meeting_kind(title_folded: str, lead_folded: str) -> MeetingKind:
    """The :class:`MeetingKind` from the folded title, then the folded lead."""
    for text in (title_folded, lead_folded):
        for kind, pattern in regexes.KIND_PATTERNS_F:
            if pattern.search(text):
                return MeetingKind(kind)
    for text in (title_folded, lead_folded):
        if regexes.KIND_MIDYEAR_F.search(text):
            return MeetingKind.SO_KET
    return MeetingKind.OTHER


def _level_of(text: str) -> tuple[int, Level] | None:
    best: tuple[int, Level] | None = None
    for pattern, level in (
        (regexes.LEVEL_CENTRAL_F, Level.CENTRAL),
        (regexes.LEVEL_PROVINCE_F, Level.PROVINCE),
        (regexes.LEVEL_GRASSROOTS_F, Level.GRASSROOTS),
    ):
        for m in pattern.finditer(text):
            if best is None or m.start() < best[0]:
                best = (m.start(), level)
            break
    return best


def _last_level(text: str) -> Level | None:
    best: tuple[int, Level] | None = None
    for pattern, level in (
        (regexes.LEVEL_CENTRAL_F, Level.CENTRAL),
        (regexes.LEVEL_PROVINCE_F, Level.PROVINCE),
        (regexes.LEVEL_GRASSROOTS_F, Level.GRASSROOTS),
    ):
        for m in pattern.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), level)
    return best[1] if best else None


def meeting_level(title_folded: str, lead_folded: str) -> Level:
    """The :class:`Level` from the folded title and lead (see the module docstring)."""
    both = title_folded + " \n " + lead_folded
    # ("tiến tới Đại hội đại biểu toàn quốc lần thứ XIV" names the Congress, not this meeting)
    if "toan quoc" in both and "toan quoc" in _NATIONAL_CONGRESS_F.sub(" ", both):
        return Level.CENTRAL
    org = regexes.ORGANISED_F.search(lead_folded)
    if org:
        # "Ban Tổ chức Trung ương tổ chức hội nghị", "Huyện ủy X tổ chức hội nghị"
        sentence_start = max(lead_folded.rfind(". ", 0, org.start()), 0)
        level = _last_level(lead_folded[sentence_start : org.start()])
        if level is not None:
            return level
    for text in (title_folded, lead_folded):
        found = _level_of(text)
        if found is not None:
            return found[1]
    return Level.PROVINCE


#: the national Party Congress (folded), named in many a lead about other meetings
_NATIONAL_CONGRESS_F = re.compile(r"dai\s+hoi\s+(?:dai\s+bieu\s+)?toan\s+quoc")


def find_outlet(
    attribution: str | None, lead_text: str, site_lines: Sequence[str]
) -> str | None:
    """The outlet named in the text, or None.

    Args:
        attribution: the outlet of a ``Theo ...`` byline, if any.
        lead_text: the first body paragraph (original text; not a byline above it).
        site_lines: site header lines (original text).
    """
    if attribution:
        return attribution
    m = regexes.SOURCE_TAG_RE.match(lead_text)
    if m:
        tag = (m.group("a") or m.group("b") or "").strip()
        # "(TTXVN)", "NDO", "(xaydungdang.org.vn)"; not a reporter's role "(CTV)", "(PV)"
        if (tag and (any(c.isupper() for c in tag) or regexes.DOMAIN_RE.fullmatch(tag))
                and len(tag.split()) <= 6 and not regexes.BYLINE_GROUP_F.fullmatch(ffold(tag))):
            return tag
    for line in site_lines:
        m2 = regexes.SITE_NAME_RE.search(line)
        if m2:
            return " ".join(m2.group().split()).rstrip(" .,-–")
    return None
