"""Find the provinces and centrally run cities an article names.

Place names are capitalised, so the finder takes runs of capitalised
syllables (``PLACE_RUN_RE`` over the original text; only the runs where a
quick scan for the capitalised spellings of the keys finds a candidate, see
:func:`_runs_with_candidates`) and looks each window of 1
to 4 syllables up, folded, in a dictionary of every spelling in
:mod:`gazetteer` (so ``Hòa Bình`` and ``Hoà Bình`` are one key, and the word
``hòa bình`` is never a place). A match inside a person's name
(``Nguyễn Thái Bình``) is skipped, as are a few known traps (``Thái Bình
Dương``, ``Điện Biên Phủ``) and the president's name ``Hồ Chí Minh`` unless
``TP.`` / ``Thành phố`` precedes it. ``TP.HCM`` is matched on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from desktop.core.parse import gazetteer, regexes
from desktop.core.parse.common import ffold, written_with_marks
from desktop.core.text import tone_placement

_HCM = "Hồ Chí Minh"
_BRVT = "Bà Rịa - Vũng Tàu"


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for key in gazetteer.all_keys():
        lookup[ffold(key).replace(" - ", " ")] = key
    for key, spellings in gazetteer.VARIANTS.items():
        for sp in spellings:
            if re.fullmatch(r"[a-z ]+", sp):
                lookup[sp] = key
    for key, word in gazetteer.ONE_WORD_FORMS.items():
        lookup[word] = key
    lookup["ba ria vung tau"] = _BRVT
    return lookup


_LOOKUP = _build_lookup()
_SEP = r"(?:[ \xa0]+|[ \xa0]*[-–—][ \xa0]*)"  # between two syllables of a run (PLACE_RUN_RE)


def _letters_folding_to(letter: str, alphabet: str) -> str:
    return "".join(c for c in alphabet if ffold(c) == letter)


def _build_candidate_re() -> re.Pattern[str]:
    """Where a window of a run can be a key: the keys spelt as capitalised syllables.

    Each key's syllables become ``[capitals folding to its first letter]`` and
    ``[small letters folding to each next one]``, joined by any run separator,
    so the pattern matches (at least) at the start of every window that
    :func:`find_places` can look up successfully. Built as a trie.
    """
    root: dict[str, dict] = {}
    for key in _LOOKUP:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], word_start: bool) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if not ch:
                alts.append("")  # a key ends here: the window may be this short
            elif ch == " ":
                alts.append(_SEP + emit(child, True))
            else:
                cls = _letters_folding_to(ch, regexes.UPPER if word_start else regexes.LOWER)
                alts.append(f"[{cls}]" + emit(child, False))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # one branch per capital, opening with it: the engine skips ahead to those
    # capitals, and tests a branch's first letter before entering it
    branches = [
        capital + emit(child, False)
        for ch, child in sorted(root.items())
        for capital in _letters_folding_to(ch, regexes.UPPER)
    ]
    return re.compile("|".join(branches))


_CANDIDATE_RE = _build_candidate_re()
#: a character that is never inside a run of PLACE_RUN_RE
_NOT_IN_RUN_RE = re.compile(f"[^{regexes.UPPER}{regexes.LOWER} \\xa0\\-–—]")
_MAX_WORDS = max(len(k.split()) for k in _LOOKUP)
_EXCLUDE: dict[str, list[tuple[str | None, str | None]]] = {}
for _k, _before, _after in gazetteer.EXCLUDE_CONTEXT:
    _EXCLUDE.setdefault(_k, []).append((_before, _after))
#: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"
_CITY_PREFIX_RE = re.compile(r"(?:TP|Tp)\.?[ \xa0]*$|[Tt]hành[ \xa0]+phố[ \xa0]+$")


def is_place_key(folded: str) -> bool:
    """Whether ``folded`` (folded, trimmed) is exactly a province's name: ``"ha noi"``."""
    key = " ".join(folded.replace("-", " ").split())
    return _UNIT_PREFIX_F.sub("", key) in _LOOKUP


#: what may come before a province's name on its own: "tỉnh", "TP.", "Thủ đô"
_UNIT_PREFIX_F = re.compile(r"^(?:tinh|thanh pho|tp\.?|thu do)\s*")


#: how far back the word before a run is looked for
_WORD_BEFORE = 16


def _context_ok(key: str, words: Sequence[str], i: int, n: int, folded: str, start: int) -> bool:
    for before, after in _EXCLUDE.get(key, ()):
        if before is not None and (
                words[i - 1] == before if i > 0
                # (the word before the run, in lower case: "Xô viết Nghệ Tĩnh"; or in a list
                # before it: "Bangkok, Hanoi")
                else [w.rstrip(",") for w in folded[max(0, start - _WORD_BEFORE) : start].split()[-1:]] == [before]):
            return False
        if after is not None and i + n < len(words) and words[i + n] == after:
            return False
    return True


def _runs_with_candidates(text: str) -> Iterator[re.Match[str]]:
    """The runs of ``PLACE_RUN_RE.finditer(text)`` holding a candidate window, in order.

    A run without a match of :data:`_CANDIDATE_RE` holds no place, and most runs
    (``Hội nghị``, ``Ban Tổ chức``) have none; so the runs are not all scanned:
    from each candidate, the scan restarts at the last point where ``finditer``
    is known to have been between runs (after a character that is never in a
    run, or at the end of the previous run found) and goes forward to the run
    holding the candidate. Every run given is one ``finditer`` gives.
    """
    n = len(text)
    reverse = ""
    restart = 0  # finditer is between runs here
    pos = 0
    while True:
        cand = _CANDIDATE_RE.search(text, pos)
        if cand is None:
            return
        p = cand.start()
        if not reverse:
            reverse = text[::-1]
        # the last character before p that no run holds (scanning the reversed text)
        stop = _NOT_IN_RUN_RE.search(reverse, n - p, n - restart)
        restart = n - stop.start() if stop else restart
        for m in regexes.PLACE_RUN_RE.finditer(text, restart):
            if m.end() > p:
                break
            restart = m.end()
        else:  # no run from here on
            return
        if m.start() > p:  # pragma: no cover - a candidate always starts a syllable of a run
            pos = p + 1
            continue
        restart = pos = m.end()
        yield m


def find_places(
    text: str,
    folded: str | None = None,
    exclude_spans: Sequence[tuple[int, int]] = (),
    districts: set[str] | None = None,
) -> list[tuple[str, str, int, int]]:
    """Every place mention in ``text`` as ``(key, printed, start, end)``, in order.

    Args:
        text: original (NFC) text.
        folded: ``ffold(text)`` when the caller has it.
        exclude_spans: spans (person names) where a match is not a place.
        districts: when given, the keys named as a district's are added to it
            (``Huyện ủy Quảng Ninh``: see :func:`without_district_namesakes`).
    """
    folded = ffold(text) if folded is None else folded
    out: list[tuple[str, str, int, int]] = []
    for m in _runs_with_candidates(text):
        syls = [(w.start(), w.end()) for w in regexes.WORD_RE.finditer(text, m.start(), m.end())]
        words = [folded[a:b] for a, b in syls]
        i = 0
        while i < len(syls):
            hit = 0
            for n in range(min(_MAX_WORDS, len(syls) - i), 0, -1):
                key = _LOOKUP.get(" ".join(words[i : i + n]))
                if key is None or not _context_ok(key, words, i, n, folded, syls[i][0]):
                    continue
                start, end = syls[i][0], syls[i + n - 1][1]
                if n == 1 and text[start:end].lower() != key.lower() and " " not in key:
                    # one syllable keeps its tone: "Huệ" (a name) is not "Huế" (but an English
                    # page's "Hanoi" is Hà Nội's two)
                    continue
                if key == _HCM and words[i + n - 1] != "city" and not _CITY_PREFIX_RE.search(
                        text, max(0, start - 12), start):  # (or an English page's "Ho Chi Minh City")
                    continue
                if any(s < end and start < e for s, e in exclude_spans):
                    continue
                if (i > 0 and regexes.is_family_name(text[syls[i - 1][0] : syls[i - 1][1]])
                        and (text[syls[i - 1][1] : start].isspace()
                             or not (out and out[-1][3] == syls[i - 1][1]))
                        and not _MEDICINE_BEFORE_RE.search(text, max(0, start - 12), start)):
                    # "Nguyễn Hải Dương", "Lê Thái Bình": a person named after it (but for
                    # "Trường Đại học Y Hà Nội", a school of medicine; and not across a dash
                    # from a place: "Quảng Ninh - Thái Bình")
                    continue
                if _PERSON_CUE_BEFORE_RE.search(text, max(0, start - 12), start):
                    continue  # "bà Hà Giang": a person called by her given names
                unit = _LOWER_UNIT_BEFORE_RE.search(text, max(0, start - 16), start)
                if unit is None and (text[start - 2 : start] in (", ", "à ") or text[start - 4 : start] in ("như ", "gồm ")):
                    # "các huyện Hồng Dân, Vĩnh Lợi, Hòa Bình": the last of a list of districts
                    # (or the first, after its word: "một số xã như Hòa Bình, ...")
                    unit = _LOWER_LIST_BEFORE_RE.search(text, max(0, start - _LIST_BACK), start)
                if unit is not None:
                    if districts is not None and unit.group("district"):
                        districts.add(key)
                    continue  # "huyện Hòa Bình", "thị xã Quảng Trị": a district or a town
                if key not in _CENTRAL_CITIES and _CITY_PREFIX_RE.search(text, max(0, start - 12), start):
                    continue  # "thành phố Thái Bình", "TP. Bắc Giang": a province's city
                if key not in _LOOSE and not _same_spelling(text[start:end], key, text, start):
                    continue  # "Quang Bình" (a district) is not "Quảng Bình"
                if key == _HCM:
                    pre = _CITY_PREFIX_RE.search(text, max(0, start - 12), start)
                    start = pre.start() if pre else start
                out.append((key, " ".join(text[start:end].split()), start, end))
                hit = n
                break
            i += hit or 1
    for m in regexes.HCM_ABBR_RE.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():  # (not "ĐBTPHCM", an outlet's initials)
            out.append((_HCM, m.group(), m.start(), m.end()))
    if "HCM C" in text:  # an English page's "HCM City" (its capitals no run of syllables)
        out += [(_HCM, m.group(), m.start(), m.end()) for m in _HCM_CITY_RE.finditer(text)]
    out.sort(key=lambda t: t[2])
    return out


#: a book's place of publication in a citation (folded): "Nxb. Chính trị quốc gia, Hà Nội,
#: 2011", "Văn phòng Trung ương Đảng, Hà Nội, 2022, tr. 121"
_PUBLISHED_AT_F = re.compile(
    r"(?:\bnxb\b[^\n]{0,80}?,\s*([^,\n\d]{2,24}),\s*(?:19|20)\d\d(?!\d)"
    r"|,\s*([^,\n\d]{2,24}),\s*(?:19|20)\d\d\s*,\s*tr?\.\s*[\divxlc])"
)


def publication_places(folded: str) -> list[tuple[int, int]]:
    """Spans of the cities books were published in, in the citations of ``folded``.

    A footnote's "Nxb. Chính trị quốc gia, Hà Nội, 2011" names a publisher's
    city, not a place the article is about.
    """
    if "nxb" not in folded and "tr." not in folded:
        return []
    return [m.span(1) if m.start(1) >= 0 else m.span(2) for m in _PUBLISHED_AT_F.finditer(folded)]


def dateline_place(paragraph: str) -> list[tuple[str, str, int, int]]:
    """The province a lead opens with in capitals (``HÀ TĨNH - Sáng 14/3, ...``), if any.

    Every dash in the lead's first 40 characters may close the place (``BÀ RỊA -
    VŨNG TÀU - Sáng ...``): the longest piece in capitals that names one is taken;
    else the piece before its first comma or bracket, as a wire's dateline
    (``HANOI, March 3 (VNA) –``, ``ĐÀ NẴNG (TTXVN) -``).
    """
    head = paragraph[:40]
    lead = len(head) - len(head.lstrip())
    ends = [m.start() for m in reversed(list(_DASH_RE.finditer(head)))]
    ends += [m.start() for m in _DATELINE_STOP_RE.finditer(head, lead)][:1] if ends else []
    for end in ends:
        printed = head[lead : end].strip()
        if not printed or printed.upper() != printed or not printed[0].isalpha():
            continue
        key = _UNIT_PREFIX_F.sub("", " ".join(ffold(printed).replace("-", " ").replace("–", " ")
                                              .split()))
        found = _LOOKUP.get(key)
        if found is None and key in ("hcm", "ho chi minh") and printed.startswith(("TP", "THÀNH")):
            found = _HCM
        if found:
            return [(found, " ".join(printed.split()), lead, lead + len(printed))]
    return []


_DASH_RE = re.compile(r"\s[-–—]\s")
#: an English page's "HCM City" (not an outlet's initials glued before it: "SGGP.HCM City")
_HCM_CITY_RE = re.compile(r"(?<![\w.])HCM[ \xa0]+C(?:ity|ITY)(?!\w)")
#: where a wire's dateline ends before its dash: "HANOI, March 3 (VNA) –"
_DATELINE_STOP_RE = re.compile(r",|[ \xa0]\(")
#: the centrally run cities: after "thành phố" or "TP." they are the unit itself (the
#: capital of a province is a city of the same name: "thành phố Yên Bái")
_CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
                             "Thừa Thiên Huế"})
#: a lower-level unit's noun right before a name: the name is that unit's, not a province's
#: (``district``: a district's own, "huyện", "Huyện ủy", "Huyện đoàn": a district may share
#: a province's name)
_LOWER_UNIT_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:(?P<district>(?:huyện|quận)(?:\s+(?:[uủ][yỷ]|đoàn|đội))?)"
    r"|xã|phường|thị\s+xã|thị\s+trấn|thôn|bản|ấp|khóm|buôn|làng"
    r"|tổ\s+dân\s+phố|thị\s+(?:[uủ][yỷ]|đoàn|đội)"  # "Huyện ủy Hòa Bình", "Huyện đoàn X", "Thị ủy X"
    r"|đường|(?<!thành\s)phố|đại\s+lộ"  # a street: "số 12 đường Hà Nội"
    r"|sông|núi|đèo"  # a river or a mountain named like a province: "cát trên sông Đồng Nai"
    r"|(?<![\w/])(?-i:Số)[ \xa0]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?,?)[ \xa0]+$",  # an address: "Số 8 Hòa Bình, quận ..."
    re.IGNORECASE,
)
#: a list of lower-level units' names after their noun in the plural, up to a name after it:
#: "các huyện Hồng Dân, Vĩnh Lợi, " / "hai xã Tân Phú và "
_UNIT_NAME = r"[A-ZĐÀ-Ỹ][\w'’]*(?:[ \xa0]+[A-ZĐÀ-Ỹ0-9][\w'’]*){0,3}"
_LOWER_LIST_BEFORE_RE = re.compile(
    r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Mm]ột[ \xa0]+số|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d{1,3})[ \xa0]+"
    # (their committees: "các đảng bộ xã Vĩnh Long, Hòa Bình"; named as examples: "một số xã
    # như Hòa Bình, Song Lãng")
    r"(?:(?:đảng[ \xa0]+bộ|chi[ \xa0]+bộ|đảng[ \xa0]+ủy|đảng[ \xa0]+uỷ)[ \xa0]+)?"
    r"(?:(?P<district>huyện|quận)|thị[ \xa0]+xã|xã|phường|thị[ \xa0]+trấn|thôn|bản|ấp|buôn|làng)"
    r"(?:[ \xa0]+(?:như|là|gồm))?[ \xa0]+"
    r"(?:" + _UNIT_NAME + r"(?:[ \xa0]*,[ \xa0]*|[ \xa0]+và[ \xa0]+)){0,12}$")
#: how far back such a list is looked for
_LIST_BACK = 160
#: keys whose spellings differ in more than tone placement ("Đắc Lắc", "Bắc Cạn", "TP.HCM"):
#: matched on folded text alone; every other key must keep its diacritics
_LOOSE = frozenset(gazetteer.VARIANTS) | {_BRVT}


def _same_spelling(printed: str, key: str, text: str = "", start: int = 0) -> bool:
    """Whether ``printed`` (at ``start`` in ``text``) spells ``key`` (case and tone placement
    aside: ``Hoà`` is ``Hòa``).

    A name printed without any diacritics (``Quang Nam``, text typed without
    them) spells the province too, but for a line written with them, where it is
    another name (``Thanh Hoa - Bá Tâm``, a reporter's); one printed with other
    diacritics names something else (``Quang Bình``, a district of Hà Giang).
    """
    if printed.isascii():
        if key.isascii() or not text:
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        return not written_with_marks(text[line_start : line_end if line_end >= 0 else len(text)])
    return tone_placement(" ".join(printed.split()).lower()) == tone_placement(key.lower())
#: "Đại học Y ", "Học viện Y ": the school of medicine of a city, not a person's family name
_MEDICINE_BEFORE_RE = re.compile(r"(?:[Hh]ọc|[Vv]iện)[ \xa0]+Y[ \xa0]+$")
#: a cue right before a name: "bà Hà Giang", "đồng chí Thái Bình" are people
_PERSON_CUE_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:[Bb]à|[Ôô]ng|[Cc]hị|[Đđ]ồng\s+chí|[Đđ]/[Cc]\.?)[ \xa0]+$")


def without_district_namesakes(found: Sequence[tuple[str, str, int, int]], districts: set[str],
                               folded_text: str) -> list[tuple[str, str, int, int]]:
    """``found`` without the provinces a district of the article shares its name with.

    A report on ``Huyện ủy Quảng Ninh`` (a district of Quảng Bình) that goes on to say
    ``đưa Quảng Ninh trở thành ...`` means the district; the province is meant only when
    the text says so somewhere (``tỉnh Quảng Ninh``, ``Tỉnh ủy Quảng Ninh``).
    """
    gone = {key for key in districts
            if not re.search(r"(?<![\w])tinh(?:\s+(?:uy|doan))?\s+" + re.escape(ffold(key)) + r"(?![\w])",
                             folded_text)}
    return [f for f in found if f[0] not in gone] if gone else list(found)


def unique_places(found: Sequence[tuple[str, str, int, int]]) -> list[str]:
    """Each place once, as first printed, in order of first appearance."""
    seen: set[str] = set()
    out = []
    for key, printed, _s, _e in found:
        unit = gazetteer.unit_of(key)
        if unit not in seen:
            seen.add(unit)
            out.append(printed)
    return out
