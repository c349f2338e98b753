"""Find numbered Party documents in clean text, then resolve them to canonical forms.

Find (:func:`find_mentions`): one regex over the folded text finds a type word
and a list of numbers, each with an optional printed code
(``Nghị quyết 18 và 19``, ``Chỉ thị số 35-CT/TW``, ``Kế hoạch số 01- KH/CTĐ``,
``Nghị quyết số 18-NQ/TW, số 19-NQ/TW``); another finds resolutions named by
their plenum (``Nghị quyết Trung ương 4 khóa XII``). After each mention an
issue date (``, ngày 18/10/2019``) and an issuer (``của Ban Tổ chức Trung
ương``) are read when present; an issuer closing a list applies back to the
list (``Đề án 01, chương trình hành động số 49 và 54 của BTV Tỉnh ủy``).

Resolve (:func:`resolve`): each number becomes one :class:`DirectiveRef`.
A printed code gives ``Type number-CODE``. Without one, the stated issuer fixes
the code when it can (Bộ Chính trị -> ``TW``, Ban Tổ chức Trung ương ->
``BTCTW``, Tỉnh ủy -> ``TU`` ...), else a fuller mention of the same type and
number in the article does (``Chỉ thị 35`` -> ``Chỉ thị 35-CT/TW``, before or
after it), else the canonical form is ``Type number (issuer)`` or
``Type number``. Inferred codes are flagged ``inferred=True``.

State documents with a printed code (``Nghị định 19/2024/NĐ-CP``,
``Quyết định 1234/QĐ-TTg``) are extracted too, as users trace them as well;
without a code they are kept as ``Type number (issuer)``.

Not references: counts (``3 nghị quyết``), plenums (``Hội nghị Trung ương 9``),
numbered bodies (``Cụm thi đua số 1``), unnumbered or plural documents.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop.core.linking import TYPE_GROUPS, is_state_code
from desktop.core.models import DirectiveRef
from desktop.core.parse import regexes
from desktop.core.parse.common import ffold, word_start

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_GAP_F = re.compile(r"\s*(?:,|;|&|va|,\s*va|cung\s+voi|cung)?\s*")
_SPACES_RE = re.compile(r"\s+")
#: DIRECTIVE_F read backwards from its first number: an ASCII digit, an optional "so" ("No."),
#: spaces, a type word (run on the reversed folded text). Digits are rare, so this
#: scan is fast where DIRECTIVE_F itself would be tried at every c, d, h, k, n, q, t.
_DIRECTIVE_BACK_F = re.compile(
    r"[0-9](?:\s*os|\s*\.on)?(?:\s+ut)?\s+(?:ed\s+neyuhc\s+|oad\s+hnal\s+)?"
    + regexes.trie(k[::-1] for k in regexes.DIRECTIVE_TYPES)
)
#: a plural right before a plenum's resolutions: "các nghị quyết Trung ương 7" name no one document
_PLURAL_BEFORE_F = re.compile(r"(?:cac|nhung)\s+$")
#: folded issuers of the state, not the Party: their documents are not directives
_STATE_ISSUER_F = re.compile(
    r"(?:chinh\s+phu|cp$|thu\s+tuong|quoc\s+hoi|uy\s+ban\s+thuong\s+vu\s+quoc\s+hoi|ubnd|hdnd"
    r"|uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan)\b")


def _is_state_issuer(issuer: str) -> bool:
    """Whether ``issuer`` (as printed) is a body of the state ("Chính phủ", "HĐND tỉnh") or a
    state decision approving the document ("Quyết định số 06/QĐ-TTg")."""
    if _STATE_ISSUER_F.match(ffold(issuer)) is not None:
        return True
    return issuer.startswith("Quyết định") and "/" in issuer and is_state_code(issuer[issuer.find("/") :])
#: every congress phrase (CONGRESS_F) holds these words
_CONGRESS_HINT_F = re.compile(r"dai\s+hoi")
#: how far from a mention (in characters, within its clause) a congress is looked for
CONGRESS_WINDOW = 300


def roman_value(roman: str) -> int:
    """``"xiii"`` -> 13 (0 when not a valid small roman numeral)."""
    total = 0
    prev = 0
    for ch in reversed(roman.lower()):
        v = _ROMAN_VALUES.get(ch, 0)
        if not v:
            return 0
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def parse_date(folded_date: str) -> str | None:
    """ISO date of a folded date string (``ngay 18/10/2019``), or None if invalid."""
    m = regexes.DATE_F.search(folded_date)
    if not m:
        return None
    if m.group("y"):
        d, mo, y = m.group("d", "m", "y")
    elif m.group("iy"):
        y, mo, d = m.group("iy", "im", "id")
    elif m.group("sy"):  # "05/7/21": this century's
        d, mo, y = m.group("sd"), m.group("sm"), str(2000 + int(m.group("sy")))
    elif m.group("vm") or m.group("vm2"):  # "7 tháng Bảy, 2016", "Tháng Bảy 7, 2016"
        d = m.group("vd") or m.group("vd2")
        y = m.group("vy") or m.group("vy2")
        mo = str(regexes.VI_MONTHS[" ".join((m.group("vm") or m.group("vm2")).split())])
    elif m.group("en_m") or m.group("en_m2"):
        d = m.group("en_d") or m.group("en_d2")
        y = m.group("en_y") or m.group("en_y2")
        mo = str(regexes.EN_MONTHS[m.group("en_m") or m.group("en_m2")])
    else:
        d, mo, y = m.group("td", "tm", "ty")
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


@dataclass(slots=True)
class Mention:
    """One found mention, before resolution.

    Attributes:
        start, end: span of the surface in the text.
        type_key: folded type word (``chi thi``).
        items: ``(number, printed code or None, "-" or "/")`` per document.
        plenum: ``(plenum number, term)`` for ``Nghị quyết Trung ương 4 khóa XII``.
        issuer: the issuer as printed, or None.
        issuer_code: the code part an issuer fixes (``TW``), or None.
        issue_date: ISO issue date when stated.
        tail_end: end of the issuer / date phrase after the surface.
        head_start: start of the date / issuer phrase before the surface
            (``Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành``), else ``start``.
        congress: roman numeral of the congress named in the same clause.
        alias_of: for a plenum's name the text defines as short for a coded
            resolution ("... (gọi tắt là Nghị quyết Trung ương 4 khóa XI)"), that
            resolution's ``(number, code, sep)``.
    """

    start: int
    end: int
    surface: str
    type_key: str
    items: list[tuple[str, str | None, str]] = field(default_factory=list)
    plenum: tuple[str, str | None] | None = None
    issuer: str | None = None
    issuer_code: str | None = None
    issue_date: str | None = None
    tail_end: int = 0
    head_start: int = -1
    congress: str | None = None
    alias_of: tuple[str, str, str] | None = None


#: a Party code printed the state's way round: "HD-BTCTW" (after "26/"), "KH-TU"
_SWAPPED_CODE_RE = re.compile(
    r"([A-ZĐ]{1,4}i?)-((?:BTC|UBKT|BTG|BDV|BNC|VP)?(?:TW|TU|HU|QU|TH?U|ĐU|ĐUK|CTĐ))")


def _code_text(printed: str) -> str:
    """``" KH/CTĐ"`` -> ``KH/CTĐ``; ``NQ/TƯ`` -> ``NQ/TW``, and a scan's ``NQ/TVV`` (its W read
    as two V) too."""
    code = _SPACES_RE.sub("", printed).lstrip("-–/")
    return _CENTRE_MISREAD_RE.sub("/TW", code)


#: the Centre's code misprinted or misread: "/TƯ" (typed), "/TVV" (a scan's W as two V)
_CENTRE_MISREAD_RE = re.compile(r"/T(?:Ư|VV)$")


def _read_tail(text: str, folded: str, m: Mention) -> None:
    """Read ``, ngày DATE`` and ``của ISSUER`` after a mention."""
    pos = m.end
    d = regexes.ISSUE_DATE_AFTER_F.match(folded, pos)
    if d:
        m.issue_date = parse_date(d.group("date"))
        pos = d.end()
    lead = regexes.ISSUER_LEAD_F.match(folded, pos)
    if lead:
        iss = regexes.ISSUER_F.match(folded, lead.end())
        if iss and iss.lastgroup and lead.group().rstrip().endswith("do") and (
                _ORGANISED_BY_F.match(folded, iss.end())):
            iss = None  # "học tập Nghị quyết 12 do Tỉnh ủy tổ chức": who held the meeting
        if iss and iss.lastgroup:
            code = regexes.ISSUERS[int(iss.lastgroup[1:])][1]
            a, b = iss.span()
            if code not in ("TW", "BTCTW", "UBKTTW", "BTGTW", "BDVTW", "BNCTW", "BKTTW", "VPTW"):
                # "Tỉnh ủy An Giang", "Cụm thi đua số 1 ..." keep the name that follows
                run = regexes.CAP_RUN_RE.match(text, b + 1) if text[b : b + 1] == " " else None
                if run and len(run.group().split()) <= 4:
                    b = run.end()
            m.issuer = _SPACES_RE.sub(" ", text[a:b]).strip()
            m.issuer_code = code
            pos = b
            if m.issue_date is None:
                d = regexes.ISSUE_DATE_AFTER_F.match(folded, pos)
                if d:
                    m.issue_date = parse_date(d.group("date"))
                    pos = d.end()
    elif all(not code for _num, code, _sep in m.items) and (
            approved := _STATE_APPROVAL_F.match(folded, pos)) is not None and is_state_code(
                text[approved.start("code") : approved.end("code")]):
        # "Đề án 06 (ban hành kèm Quyết định số 06/QĐ-TTg ...)", "Đề án 06 theo Quyết định
        # 06/QĐ-TTg": a scheme a state decision approved, named by it (a state document)
        m.issuer = _SPACES_RE.sub(" ", text[approved.start("decision") : approved.end()])
    m.tail_end = pos


#: a state decision approving the uncoded document before it (folded): "(ban hành kèm
#: Quyết định số 06/QĐ-TTg", ", phê duyệt tại Quyết định 1234/QĐ-UBND"
_STATE_APPROVAL_F = re.compile(
    r"\s*[(,]?\s*(?:duoc\s+)?(?:ban\s+hanh\s+kem(?:\s+theo)?|kem\s+theo|theo|tai|phe\s+duyet\s+(?:tai|theo))"
    r"\s+(?P<decision>quyet\s+dinh(?:\s+so)?\s+\d{1,5}(?P<code>/(?:\d{4}/)?qd-[a-z0-9]{2,12}))(?![\w/-])")


#: after "do ISSUER", a verb telling who held a meeting on the document, not who issued it
_ORGANISED_BY_F = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?:to\s+chuc|chu\s+tri|phat\s+dong|dang\s+cai)\b")


#: how far before a mention its issue date and issuer are looked for
_HEAD_WINDOW = 160


def _read_head(text: str, folded: str, m: Mention) -> None:
    """Read ``Ngày DATE, ISSUER ban hành`` right before a mention (its issue date and issuer)."""
    if "ban hanh" not in folded[max(0, m.start - 24) : m.start]:
        return
    d = regexes.ISSUED_BEFORE_F.search(folded, max(0, m.start - _HEAD_WINDOW), m.start)
    if d is None:
        return
    m.issue_date = parse_date(d.group("date"))
    m.head_start = d.start()
    if m.issuer is None:
        iss = regexes.ISSUER_F.match(folded, d.start("who"))
        if iss and iss.lastgroup:
            m.issuer = _SPACES_RE.sub(" ", text[iss.start() : iss.end()]).strip()
            m.issuer_code = regexes.ISSUERS[int(iss.lastgroup[1:])][1]


def _congress(text: str, folded: str, m: Mention) -> str | None:
    """The congress named nearest the mention, within its clause and CONGRESS_WINDOW."""
    lo, hi = max(0, m.start - CONGRESS_WINDOW), m.end + CONGRESS_WINDOW
    if _CONGRESS_HINT_F.search(folded, lo, hi) is None:
        return None  # most mentions: no "đại hội" anywhere near
    # the clause around the mention (between . ; ! ? or line breaks in the original
    # text), clipped to the window: its last bound at or before the start, and its
    # first bound after the end
    for b in regexes.CLAUSE_BOUND_RE.finditer(text, max(0, lo - 1), m.start + 1):
        if b.end() <= m.start:
            lo = max(lo, b.end())
    b = regexes.CLAUSE_BOUND_RE.search(text, m.end, hi + 1)
    if b is not None:
        hi = min(hi, b.end())
    best: tuple[int, str] | None = None
    for c in regexes.CONGRESS_F.finditer(folded, lo, hi):
        roman = c.group("a") or c.group("b")
        if not 1 <= roman_value(roman) <= 30:
            continue
        dist = c.start() - m.end if c.start() >= m.end else (m.start - c.end()) + 1000
        if best is None or dist < best[0]:
            best = (dist, roman.upper())
    return best[1] if best else None


#: a plenum's session in words, as a number: "(lần hai)" -> "(lần 2)"
_SESSIONS = {"hai": "2", "ba": "3"}


def _directive_matches(folded: str) -> list[re.Match[str]]:
    """Exactly ``list(regexes.DIRECTIVE_F.finditer(folded))``, found faster.

    A match starts with a type word followed by spaces, maybe ``so``, and a
    digit; every such start is found by a backward match from each digit that
    follows a space or ``so`` (no two backward matches could overlap: each
    holds one digit, at its start), and
    DIRECTIVE_F is tried there only, left to right, skipping starts inside the
    previous match as ``finditer`` does.
    """
    n = len(folded)
    rev = folded[::-1]
    back = _DIRECTIVE_BACK_F.match
    starts = []
    # the digits a backward match can open with: the first digit of a number
    # preceded by a space, the "o" of "so" or the dot of "No.", found with str.find (far faster
    # than a regex scan for a character class)
    find = folded.find
    for digit in "0123456789":
        d = find(digit, 1)
        while d >= 0:
            before = folded[d - 1]
            if before == " " or before == "o" or before == "." or before.isspace():
                b = back(rev, n - 1 - d)
                if b is not None:
                    starts.append(n - b.end())
            d = find(digit, d + 1)
    starts.sort()
    out = []
    pos = 0
    match = regexes.DIRECTIVE_F.match
    for p in starts:
        if p < pos:
            continue
        d = match(folded, p)
        if d:
            out.append(d)
            pos = d.end()
    return out


def _ocr_digits(text: str, folded: str) -> tuple[str, str]:
    """``text`` and ``folded`` with an OCR's letters for digits in a code's number read as the
    digits, one for one: a letter O for a zero (``Chỉ thị số O5-CT/TW``, ``Quy định
    1O5-QĐ/TW``), a small l or a capital I for a one at the number's end, after a digit
    (``Kết luận số 2l-KL/TW``)."""
    spots = []
    i = text.find("O")
    while i >= 0:
        before = text[i - 1] if i else " "
        if not before.isalpha() and (m := _OCR_NUMBER_RE.match(text, i)) is not None and (
                before.isdigit() or any(c.isdigit() for c in m.group(1))):
            spots.append(m.span(1))
        i = text.find("O", i + 1)
    for one in ("l-", "I-"):
        i = text.find(one, 1)
        while i >= 0:
            if text[i - 1].isdigit() and _OCR_NUMBER_RE.match(text, i):
                spots.append((i, i + 1))
            i = text.find(one, i + 2)
    for a, b in spots:
        digits = text[a:b].translate(_OCR_DIGITS)
        text = text[:a] + digits + text[b:]
        folded = folded[:a] + digits + folded[b:]
    return text, folded


#: a code's number with letters read for digits in it, up to the code: "O5-CT/", "1O5-QĐ/", "l-KL/"
_OCR_NUMBER_RE = re.compile(r"([\dOlI]+)\s?-\s?[A-ZĐ]{1,6}\s?/")
_OCR_DIGITS = str.maketrans("OlI", "011")


def find_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """Every directive mention in ``text`` (clean text), in order, with issuer and date."""
    folded = ffold(text) if folded is None else folded
    digits, folded = _ocr_digits(text, folded)  # (the numbers' text; surfaces stay as printed)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for p in regexes.PLENUM_RESOLUTION_F.finditer(folded):
        if not word_start(folded, p.start()) or (folded.startswith("nq", p.start())
                                                 and text[p.start() : p.start() + 2] != "NQ"):
            continue
        if _PLURAL_BEFORE_F.search(folded, max(0, p.start() - 8), p.start()):
            taken.append(p.span())  # "các nghị quyết Hội nghị Trung ương 7": several, unnamed
            continue
        plenum = p.group("n")
        if p.group("session"):
            plenum += f" (lần {_SESSIONS.get(p.group('session'), p.group('session'))})"
        for k in filter(None, (p.group("k"), p.group("k2"))) if p.group("k") else (None,):
            mentions.append(Mention(p.start(), p.end(), text[p.start() : p.end()], "nghi quyet",
                                    [(p.group("n"), None, "-")], plenum=(plenum, k)))
        taken.append(p.span())
    for d in _directive_matches(folded):
        if not word_start(folded, d.start()) or any(a < d.end() and d.start() < b for a, b in taken):
            continue
        items: list[tuple[str, str | None, str]] = []
        end = d.start("items")
        type_key = _SPACES_RE.sub(" ", d.group("type"))
        if type_key in regexes.TYPE_ABBREVIATIONS and not text[d.start() : d.end("type")].isupper():
            continue  # "NQ số 18-NQ/TW" is a type word; "nq" is not
        if type_key in regexes.ENGLISH_TYPES and not text[d.start()].isupper():
            continue  # "Directive 45" names a document; "a plan 5 ..." does not
        for i, it in enumerate(regexes.DIRECTIVE_ITEM_F.finditer(folded, d.start("items"),
                                                                d.end("items"))):
            num = digits[it.start("num") : it.end("num")]
            code = None
            sep = "-"
            if it.group("code"):
                printed = text[it.start("code") : it.end("code")]
                letters = [c for c in printed if c.isalpha()]
                if letters and letters[0].isupper():
                    code = _code_text(printed)
                    sep = "/" if printed.lstrip().startswith("/") else "-"
                    if sep == "/" and code.isalpha():
                        # the committee's part alone ("HD 26/BTCTW"): the type gives the rest
                        abbr = regexes.DIRECTIVE_TYPES[type_key][1]
                        code, sep = (f"{abbr}/{code}" if abbr else None), "-"
                    swapped = _SWAPPED_CODE_RE.fullmatch(code) if code else None
                    if swapped and not is_state_code(code):
                        # "Hướng dẫn 26/HD-BTCTW": a Party code typed with "/" and "-" swapped;
                        # "Chỉ thị 35-CT-TW": with "-" for "/", as in a file's name
                        code, sep = f"{swapped.group(1)}/{swapped.group(2)}", "-"
                elif _lower_code_of(type_key, printed):
                    # "Kết luận 150-kl/tw": typed in lower case, the type's own code
                    code = _code_text(printed).upper().replace("QĐI", "QĐi")
                    sep = "-"
            if i == 0 and code is None and not it.group().startswith(("so", "no.")):
                if regexes.BAD_FOLLOW_F.match(folded, it.end()) or _A_YEAR <= int(num) <= _A_YEAR_MAX:
                    break  # a count ("kế hoạch 5 năm"), or a year: "Kế hoạch 2023" is the year's plan
            if items and _RANGE_SEP_F.search(folded, end, it.start()):
                items += _range_between(items[-1][0], num)  # "Kế hoạch từ số 45 đến 47-KH/TU"
            items.append((num, code, sep))
            end = it.end("code") if code else it.end("num")
        if not items:
            continue
        listed = _listed_types(folded, d.start(), type_key, items) if len(items) >= 2 else None
        if listed is not None:
            # "các Nghị quyết, Kết luận, Quy định số 28-NQ/TW, 21-KL/TW, 114-QĐ/TW": a type each
            at, types = listed
            mentions += [Mention(at, end, text[at:end], t, [item]) for t, item in zip(types, items, strict=True)]
            continue
        mentions.append(Mention(d.start(), end, text[d.start() : end], type_key, items))
    mentions += _glued_abbreviations(text, mentions)
    mentions += _bare_codes(text, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions = settle_abbreviated_decisions(mentions, folded)
    for m in mentions:
        _read_tail(text, folded, m)
        if m.issue_date is None:
            _read_head(text, folded, m)
        m.congress = _congress(text, folded, m)
    _share_issuers(folded, mentions)
    _read_aliases(folded, mentions)
    return mentions


def _listed_types(folded: str, start: int, type_key: str,
                  items: Sequence[tuple[str, str | None, str]]) -> tuple[int, list[str]] | None:
    """The type words listed before a mention's own (``Nghị quyết, Kết luận, Quy định số ...``),
    one for each of its coded items in turn: ``(where the list starts, the items' types)``, or
    None when the list's words and the items' codes do not match one to one."""
    before = _TYPE_LIST_BEFORE_F.search(folded, max(0, start - _TYPE_LIST_BACK), start)
    if before is None:
        return None
    types = [_SPACES_RE.sub(" ", t.group()) for t in _TYPE_WORD_F.finditer(before.group())] + [type_key]
    if len(types) != len(items):
        return None
    for t, (_num, code, _sep) in zip(types, items, strict=True):
        abbr = regexes.DIRECTIVE_TYPES.get(t, ("", None))[1]
        if abbr is None or code is None or code.split("/", 1)[0] != abbr:
            return None
    return before.start(), types


#: a Party document's type word of a code of its own, as a list before a mention prints it (folded)
_TYPE_WORD = r"(?:nghi\s+quyet|chi\s+thi|ket\s+luan|quy\s+dinh|quyet\s+dinh|huong\s+dan|ke\s+hoach|de\s+an)"
_TYPE_WORD_F = re.compile(_TYPE_WORD)
#: type words listed by commas right before a mention's own (folded): "nghi quyet, ket luan, "
_TYPE_LIST_BEFORE_F = re.compile(r"(?<![\w])(?:" + _TYPE_WORD + r"\s*,\s*)+(?:" + _TYPE_WORD + r"\s+va\s+)?$|(?<![\w])"
                                 + _TYPE_WORD + r"\s+va\s+$")
#: how far back such a list may start
_TYPE_LIST_BACK = 80


#: a short name being defined, right before it: "(sau đây gọi tắt là "
_ALIAS_BEFORE_F = re.compile(r"(?:goi|viet)\s+tat\s+(?:la\s+)?[\"“']?\s*$")
#: how far before the definition the resolution it shortens may end
_ALIAS_WINDOW = 400


def _read_aliases(folded: str, mentions: list[Mention]) -> None:
    """Set ``alias_of`` on a plenum's name defined as short for the coded resolution before it."""
    last: Mention | None = None
    for m in mentions:
        if (m.plenum is not None and last is not None and m.start - last.end <= _ALIAS_WINDOW
                and "\n" not in folded[last.end : m.start]
                and _ALIAS_BEFORE_F.search(folded, max(0, m.start - 30), m.start)):
            m.alias_of = last.items[0]  # type: ignore[assignment]
        if (m.plenum is None and m.type_key in ("nghi quyet", "nq") and len(m.items) == 1
                and m.items[0][1]):
            last = m


#: a bare number of four digits in these years, after a type word, is a year ("Kế hoạch 2023")
_A_YEAR, _A_YEAR_MAX = 1945, 2100
#: "đến" between two numbers of a list: a range
_RANGE_SEP_F = re.compile(r"\sden\s")
#: the longest range whose numbers between its ends are read: a few plans are each listed
#: ("Kế hoạch từ số 45 đến 47-KH/TU"), a long series is named by its ends ("từ Kết luận 127
#: đến 137", "Kết luận số 121 đến 127", as annotators read them)
_RANGE_MAX = 4


def _range_between(first: str, last: str) -> list[tuple[str, str | None, str]]:
    """The numbers strictly between ``first`` and ``last`` of a range, printed as ``first`` is
    (``01`` đến ``04`` -> ``02``, ``03``); none when it is no range of a few numbers."""
    if not (first.isdigit() and last.isdigit()) or not 0 < int(last) - int(first) <= _RANGE_MAX:
        return []
    width = len(first) if first.startswith("0") else 0
    return [(str(n).zfill(width), None, "-") for n in range(int(first) + 1, int(last))]


#: the abbreviations GLUED_ABBREVIATION_RE reads (a cheap test before it)
_GLUED_ABBREVIATIONS = ("NQ", "CT", "KL", "HD", "KH", "QĐ")


def _glued_abbreviations(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Mentions of an abbreviated type glued to its number: ``CT05``, ``KL01``, ``QĐ22``."""
    if not any(_digit_after(text, abbr) for abbr in _GLUED_ABBREVIATIONS):
        return []
    out = []
    for g in regexes.GLUED_ABBREVIATION_RE.finditer(text):
        if any(m.start < g.end() and g.start() < m.end for m in found):
            continue
        out.append(Mention(g.start(), g.end(), g.group(), ffold(g.group(1)).lower(),
                           [(g.group(2), None, "-")]))
    return out


#: a Party code printed alone, its type word left out: "14-HD/TU" in a table's column of
#: codes, "theo 35-CT/TW". The code's abbreviation gives the type ("QĐ" is both Quy định and
#: Quyết định: taken only as a repeat, see settle_abbreviated_decisions)
#: (matched from its dash, which the engine finds fast; the number before it is read by hand)
_BARE_CODE_RE = re.compile(rf"-({regexes.PARTY_CODE_ABBRS})/([A-ZĐ]{{2,8}})(?![\w/-])")
_BARE_CODE_TYPES = {"NQ": "nghi quyet", "CT": "chi thi", "KL": "ket luan", "HD": "huong dan",
                    "KH": "ke hoach", "ĐA": "de an", "CTr": "chuong trinh", "TB": "thong bao",
                    "QC": "quy che", "QĐ": "qd"}


def _bare_codes(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Mentions of a Party code printed without its type word: ``14-HD/TU``."""
    out = []
    for b in _BARE_CODE_RE.finditer(text):
        start = b.start()
        while start > 0 and text[start - 1].isdigit() and b.start() - start < 4:
            start -= 1
        if start == b.start() or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_/.-"):
            continue  # part of a longer code or number: "2023/NĐ-CP", "A12-KH/TU"
        if any(m.start < b.end() and start < m.end for m in found):
            continue
        out.append(Mention(start, b.end(), text[start : b.end()], _BARE_CODE_TYPES[b.group(1)],
                           [(text[start : b.start()], _code_text(f"{b.group(1)}/{b.group(2)}"), "-")]))
    return out


def _digit_after(text: str, sub: str) -> bool:
    """Whether ``sub`` stands somewhere in ``text`` right before a digit."""
    i = text.find(sub)
    while i >= 0:
        if text[i + len(sub) : i + len(sub) + 1].isdigit():
            return True
        i = text.find(sub, i + 1)
    return False


def settle_abbreviated_decisions(mentions: list[Mention], folded: str) -> list[Mention]:
    """Give each ``QĐ`` mention the type of the document it repeats, or drop it.

    ``QĐ`` abbreviates both Quy định and Quyết định, and a code's ``QĐ`` does not
    tell them apart either: ``QĐ 22`` or ``QĐ số 69-QĐ/TW`` is read as the Quy
    định (or Quyết định) of that number the article names in full, and is not a
    reference when it names neither or both. Named by neither, a code of the
    Centre's (``QĐ số 366-QĐ/TW``) is read as its Quy định: the rules the
    Politburo and the Secretariat lay down are what reports cite by code, their
    decisions (on a person, a body) hardly ever; so is an uncoded one the Centre is said to
    have issued (``QĐ 366 của BCT``, ``QĐ 262 của Bộ Chính trị``: ``folded`` is the text the
    mentions were found in, folded).
    """
    if not any(m.type_key == "qd" for m in mentions):
        return mentions
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.type_key in ("quy dinh", "quyet dinh") and m.plenum is None:
            for num, _code, _sep in m.items:
                named.setdefault(_num_key(num), set()).add(m.type_key)
    out = []
    for m in mentions:
        if m.type_key == "qd":
            types = {t for num, _c, _s in m.items for t in named.get(_num_key(num), ())}
            if len(types) == 1 and all(_num_key(num) in named for num, _c, _s in m.items):
                m.type_key = types.pop()
            elif not types and (all(code and _CENTRAL_RULE_CODE_RE.fullmatch(code) for _n, code, _s in m.items)
                                or not any(code for _n, code, _s in m.items) and _central_issuer_after(folded, m.end)):
                m.type_key = "quy dinh"  # (named nowhere, a code of the Centre's rules or the Centre's)
            else:
                continue
        out.append(m)
    return out


def _central_issuer_after(folded: str, end: int) -> bool:
    """Whether the Centre is named as the issuer right after a mention ending at ``end``:
    "của Bộ Chính trị", "của BCT", "của Ban Bí thư"."""
    lead = regexes.ISSUER_LEAD_F.match(folded, end)
    iss = regexes.ISSUER_F.match(folded, lead.end()) if lead else None
    return iss is not None and iss.lastgroup is not None and regexes.ISSUERS[int(iss.lastgroup[1:])][1] == "TW"


#: a code of the Centre's rules: "QĐ/TW", "QĐi/TW"
_CENTRAL_RULE_CODE_RE = re.compile(r"QĐi?/TW")


def _lower_code_of(type_key: str, printed: str) -> bool:
    """Whether ``printed`` (``-kl/tw``) is the type's own code typed in lower case."""
    abbr = regexes.DIRECTIVE_TYPES.get(type_key, ("", None))[1]
    if not abbr:
        return False
    m = _LOWER_CODE_RE.fullmatch(_SPACES_RE.sub("", printed))
    return m is not None and ffold(m.group(1)) == ffold(abbr)


#: a Party code typed in lower case: "-kl/tw", "- kh/tu"
_LOWER_CODE_RE = re.compile(r"[-–]([a-zđ]{1,4})/[a-zđ]{1,8}")


def _share_issuers(folded: str, mentions: list[Mention]) -> None:
    """Apply an issuer closing a list to the earlier, uncoded items of the list.

    ``Đề án 01, chương trình hành động số 49 và 54 của BTV Tỉnh ủy``: the
    issuer goes back over ``, `` / `` và `` gaps. It stops at a mention with
    its own issuer, date or printed code, and at a document whose issuer or
    code is stated elsewhere in the article (``Quy định 96 của Bộ Chính trị``
    ... ``Quy định 96 và Đề án 06 của Ban Thường vụ Tỉnh ủy``).
    """
    known = {
        (_type_group(m.type_key), _num_key(num))
        for m in mentions
        for num, code, _sep in m.items
        if code or m.issuer
    }
    for j in range(len(mentions) - 1, 0, -1):
        later = mentions[j]
        if later.issuer is None:
            continue
        k = j - 1
        nxt = later
        while k >= 0:
            prev = mentions[k]
            if prev.issuer is not None or prev.issue_date is not None or prev.plenum:
                break
            if any(code for _n, code, _s in prev.items):
                break
            if any((_type_group(prev.type_key), _num_key(n)) in known for n, _c, _s in prev.items):
                break
            if not _GAP_F.fullmatch(folded, prev.tail_end, nxt.start):
                break
            prev.issuer, prev.issuer_code = later.issuer, later.issuer_code
            nxt = prev
            k -= 1


def _type_word(type_key: str) -> tuple[str, str | None]:
    """The canonical type word and code abbreviation of a folded type word (``chi thi``)."""
    return regexes.DIRECTIVE_TYPES.get(type_key, (type_key.capitalize(), None))


def _type_group(type_key: str) -> str:
    return _TYPE_GROUP.get(type_key, type_key)


def _build_type_groups() -> dict[str, str]:
    # each type word's group, through its canonical word: "nq" (NQ số ...) is a
    # Nghị quyết, "chuong trinh hanh dong" a Chương trình
    out = {}
    for key, (word, _abbr) in regexes.DIRECTIVE_TYPES.items():
        folded = " ".join(ffold(word).split())
        out[key] = TYPE_GROUPS.get(folded, folded)
    return out


_TYPE_GROUP = _build_type_groups()


def _num_key(number: str) -> str:
    return number.lstrip("0") or "0"


def resolve(mentions: Sequence[Mention]) -> list[DirectiveRef]:
    """Turn mentions into :class:`DirectiveRef` entries, one per document named."""
    # "Nghị quyết số 18, 19-NQ/TW": a code printed once, after the last number of
    # a list, names every earlier bare number of it too
    shared = {id(m): _list_codes(m) for m in mentions}
    # every printed code, by (type group, number): [(position, code, sep, type word)]
    printed: dict[tuple[str, str], list[tuple[int, str, str, str]]] = {}
    for m in mentions:
        if m.plenum is not None:
            continue
        for (num, code, sep), listed in zip(m.items, shared[id(m)], strict=True):
            code, sep = (code, sep) if code else listed or (None, sep)
            if code:
                printed.setdefault((_type_group(m.type_key), _num_key(num)), []).append(
                    (m.start, code, sep, _type_word(m.type_key)[0]))
    # canonical forms reached through an issuer, for later bare repeats
    via_issuer: dict[tuple[str, str], tuple[str, str | None, str]] = {}
    for m in mentions:
        if m.plenum is not None or not m.issuer:
            continue
        type_word, abbr = _type_word(m.type_key)
        for num, code, _sep in m.items:
            if code:
                continue
            key = (_type_group(m.type_key), _num_key(num))
            if m.issuer_code and abbr:
                full = f"{abbr}/{m.issuer_code}"
                via_issuer.setdefault(key, (f"{type_word} {num}-{full}", full, type_word))
            else:
                via_issuer.setdefault(key, (f"{type_word} {num} ({m.issuer})", None, type_word))
    # "Nghị quyết Trung ương 4" after "Nghị quyết Trung ương 4 (khóa XI)": the same one
    terms: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.plenum is not None and m.plenum[1]:
            terms.setdefault(m.plenum[0], []).append((m.start, m.plenum[1]))
    aliases = {m.plenum: m.alias_of for m in mentions if m.alias_of is not None}
    refs: list[DirectiveRef] = []
    for m in mentions:
        if m.plenum is not None and not m.plenum[1] and len(set(t for _s, t in terms.get(m.plenum[0], []))) == 1:
            m.plenum = (m.plenum[0], terms[m.plenum[0]][0][1])
        if (m.plenum is None and m.type_key in ("nghi quyet", "nq") and len(m.items) == 1
                and not m.issuer and not m.items[0][1] and not shared[id(m)][0]):
            # "NQ4", "Nghị quyết 4" after "Nghị quyết Trung ương 4 khóa XII": that one
            key = (_type_group(m.type_key), _num_key(m.items[0][0]))
            held = set(t for _s, t in terms.get(m.items[0][0], []))
            if len(held) == 1 and key not in printed and key not in via_issuer:
                m.plenum = (m.items[0][0], held.pop())
        type_word, abbr = _type_word(m.type_key)
        for (num, code, sep), listed in zip(m.items, shared[id(m)], strict=True):
            key = (_type_group(m.type_key), _num_key(num))
            inferred = False
            if m.plenum is not None and m.plenum in aliases:
                # the coded resolution the text shortens to this plenum's name
                num, code_out, sep = aliases[m.plenum]
                canonical, inferred = f"{type_word} {num}{sep}{code_out}", True
            elif m.plenum is not None:
                n, k = m.plenum
                canonical = f"Nghị quyết Trung ương {n}" + (f" khóa {k.upper()}" if k else "")
                code_out = None
            elif code:
                canonical = f"{type_word} {num}{sep}{code}"
                code_out = code
            elif listed:
                code_out, sep = listed
                canonical, inferred = f"{type_word} {num}{sep}{code_out}", True
            else:
                canonical, code_out, inferred, type_word = _resolve_uncoded(
                    type_word, abbr, num, key, m, printed.get(key, []), via_issuer)
            refs.append(DirectiveRef(
                surface=m.surface, canonical=canonical, type=type_word, number=num,
                code=code_out, issuer=m.issuer, issue_date=m.issue_date, inferred=inferred,
                start=m.start, end=m.end, congress=m.congress,
            ))
    return _share_congress(refs)


#: type words of state documents, never Party ones
STATE_TYPES = frozenset({"Nghị định", "Thông tư"})
#: type words of documents two bodies agree on: the Party's only when a code shows it
JOINT_TYPES = frozenset({"Chương trình phối hợp", "Quy chế phối hợp"})
#: the state's national programmes known by a bare number (named after the Government's
#: decisions 135/1998/QĐ-TTg and 134/2004/QĐ-TTg): "Chương trình 135" is never a Party one
STATE_PROGRAMMES = frozenset({("Chương trình", "135"), ("Chương trình", "134")})


def is_party_document(ref: DirectiveRef) -> bool:
    """Whether ``ref`` names a Party or Party-committee document, not a state one.

    ``Nghị định 33/2023/NĐ-CP``, ``Quyết định 1234/QĐ-TTg``, ``Nghị quyết
    35/2023/UBTVQH15`` and ``Kế hoạch 12/KH-UBND`` are the state's: the analyser
    still finds them (the reader links them), but they are not directive
    references of the Party's work.
    """
    if ref.type in STATE_TYPES:
        return False
    if ref.type in JOINT_TYPES and not ref.code:
        # an agreement of two bodies with no code to show a Party one among them: "Quy chế
        # phối hợp số 03/QCPH giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và ..."
        return False
    if not ref.code:
        if (ref.type, ref.number) in STATE_PROGRAMMES and not ref.issuer:
            return False
        # "Nghị quyết 30a của Chính phủ", and a bare repeat resolved to it
        # ("theo Đề án 06" after "Đề án 06 của Chính phủ": "Đề án 06 (Chính phủ)")
        stated = ref.issuer or (ref.canonical[ref.canonical.find("(") + 1 :]
                                if ref.canonical.endswith(")") else "")
        if stated and _is_state_issuer(stated):
            return False
    return not (ref.code and is_state_code(ref.code))


def _list_codes(m: Mention) -> list[tuple[str, str] | None]:
    """Per item of ``m``, the ``(code, sep)`` a later item of its list prints for it.

    ``Nghị quyết số 18, 19-NQ/TW``: the bare ``18`` takes ``NQ/TW``, the code of
    the next coded item, when that code opens with the type's own abbreviation
    (``NQ`` for a Nghị quyết, ``QĐ`` or ``QĐi`` for a Quy định). Nothing for a
    coded item, for the last items of a list, or when the code names another type.
    """
    out: list[tuple[str, str] | None] = [None] * len(m.items)
    abbr = regexes.DIRECTIVE_TYPES.get(m.type_key, ("", None))[1]
    if abbr is None or len(m.items) < 2:
        return out
    following: tuple[str, str] | None = None
    for i in range(len(m.items) - 1, -1, -1):
        _num, code, sep = m.items[i]
        if code:
            own = code.split("/", 1)[0].split("-", 1)[0]
            following = (code, sep) if own.startswith(abbr) else None
        else:
            out[i] = following
    return out


def _share_congress(refs: list[DirectiveRef]) -> list[DirectiveRef]:
    """A mention without a congress takes the one stated for the same document nearby."""
    known: dict[str, list[tuple[int, str]]] = {}
    for r in refs:
        if r.congress and "/" in r.canonical:
            known.setdefault(r.canonical, []).append((r.start, r.congress))
    if not known:
        return refs
    out = []
    for r in refs:
        if r.congress is None and r.canonical in known:
            spots = known[r.canonical]
            i = bisect.bisect_left(spots, (r.start, ""))
            near = [t for t in spots[max(0, i - 1) : i + 1]]
            r = replace(r, congress=min(near, key=lambda t: abs(t[0] - r.start))[1])
        out.append(r)
    return out


def _resolve_uncoded(
    type_word: str,
    abbr: str | None,
    num: str,
    key: tuple[str, str],
    m: Mention,
    fuller: list[tuple[int, str, str, str]],
    via_issuer: dict[tuple[str, str], tuple[str, str | None, str]],
) -> tuple[str, str | None, bool, str]:
    """Canonical form, code, inferred flag and type word of a number printed without a code."""
    if m.issuer_code == "TW" and fuller and all(f[1].upper().endswith("TW") for f in fuller):
        # "hướng dẫn 09 của Trung ương" after "Hướng dẫn số 09-HD/BTCTW": the Centre's
        # document printed in full (a body of the Centre, the Ban Tổ chức here)
        m = replace(m, issuer_code=None)
    if m.issuer and m.issuer_code is None and _is_state_issuer(m.issuer):
        # "Nghị quyết 12 của HĐND tỉnh" beside "Nghị quyết số 12-NQ/TU": the state's own
        return f"{type_word} {num} ({m.issuer})", None, False, type_word
    if m.issuer_code and abbr:
        # "Quy định 262 của Bộ Chính trị" -> "Quy định 262-QĐ/TW"
        code = f"{abbr}/{m.issuer_code}"
        sep = next((f[2] for f in fuller[:50] if f[1] == code), "-")
        return f"{type_word} {num}{sep}{code}", code, True, type_word
    if fuller:
        # "Chỉ thị 35" with "Chỉ thị số 35-CT/TW" elsewhere in the article: the
        # nearest one before it, else the first after it
        i = bisect.bisect_left(fuller, (m.start, "", "", ""))
        _pos, c, sep, fuller_word = fuller[i - 1] if i else fuller[0]
        if fuller_word.startswith(type_word + " "):
            # "Chương trình 15" after "Chương trình hành động số 15-CTr/TU"
            type_word = fuller_word
        return f"{type_word} {num}{sep}{c}", c, True, type_word
    if m.issuer:
        return f"{type_word} {num} ({m.issuer})", None, False, type_word
    if key in via_issuer:
        # a bare repeat of a document whose issuer is stated elsewhere
        canonical, code, word = via_issuer[key]
        return canonical, code, code is not None, word
    return f"{type_word} {num}", None, False, type_word


def find_directives(text: str, folded: str | None = None) -> list[DirectiveRef]:
    """Find and resolve every directive reference in ``text``."""
    return resolve(find_mentions(text, folded))


def issue_date_spans(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Spans of mentions with their issuer/date phrases (no event date is read there).

    (Those before them too: "Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành
    Nghị quyết số 18-NQ/TW" states when a document was issued, not a meeting.)
    """
    return [(m.start if m.head_start < 0 else m.head_start, m.tail_end) for m in mentions]
