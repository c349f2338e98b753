"""Deterministic generator of synthetic "giao ban" news articles.

The articles imitate Vietnamese news reports on the Party's organisation-building
work (công tác tổ chức xây dựng Đảng): monthly/quarterly giao ban meetings,
six-month sơ kết, annual tổng kết, national conferences, congress preparation and
a few other topics, at central, provincial and grassroots level, with the page
chrome that scraped pages carry (photo captions printed twice, "Responsive image",
"Xem phản hồi", "Tin khác", lines holding only a no-break space, bylines).

Determinism: article ``i`` depends only on ``(seed, i)`` and on
``GENERATOR_VERSION``. Every random decision is drawn from
``random.Random(int).random()`` -- the one method whose sequence Python
guarantees across versions -- through small helpers defined here, so the output
is the same on every machine and Python version. Any change to this file or to
``bench/vocab.py`` that changes the output must bump ``GENERATOR_VERSION``.

Usage::

    python bench/generate.py --articles 1000 --out /tmp/gen [--seed 0]

API: :func:`generate_article`, :func:`generate_articles`.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import re
import sys
import time
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

try:  # imported as part of the repo (``import bench.generate``)
    from bench import vocab as V  # noqa: N812
except ImportError:  # run as a script, or loaded from its path
    _spec = importlib.util.spec_from_file_location(
        "_giaoban_bench_vocab", Path(__file__).with_name("vocab.py")
    )
    V = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(V)

GENERATOR_VERSION = "1"

#: Last date any generated article may carry (the project's "today" is 2026-11-22).
LAST_DATE = date(2026, 11, 20)
NBSP = "\u00a0"

MIN_BYTES = 2000
MAX_BYTES = 6000

# --------------------------------------------------------------------------
# Deterministic random helpers (only ``random()`` is used).
# --------------------------------------------------------------------------


def _article_seed(i: int, seed: int) -> int:
    digest = hashlib.sha256(f"giaoban-bench/{GENERATOR_VERSION}/{seed}/{i}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


class _Rng:
    """Random helpers built only on ``random.Random.random`` (stable across versions).

    The helpers are closures stored on the instance rather than methods: it
    saves the bound-method overhead on the generator's hottest path.
    """

    __slots__ = ("r", "choice", "randint", "chance", "pick", "sample")

    def __init__(self, seed: int) -> None:
        r = random.Random(seed).random
        self.r = r

        def choice(seq):
            return seq[int(r() * len(seq))]

        def randint(a: int, b: int) -> int:
            return a + int(r() * (b - a + 1))

        def chance(p: float) -> bool:
            return r() < p

        def pick(items, cum):
            """Weighted choice given cumulative weights ``cum``."""
            return items[bisect_right(cum, r() * cum[-1])]

        def sample(seq, k: int) -> list:
            """``k`` distinct elements (by position) of ``seq``, in draw order."""
            n = len(seq)
            if k >= n:
                k = n
            if 3 * k <= n:  # sparse draw: rejection is cheaper than copying
                seen: list[int] = []
                while len(seen) < k:
                    j = int(r() * n)
                    if j not in seen:
                        seen.append(j)
                return [seq[j] for j in seen]
            pool = list(seq)
            return [pool.pop(int(r() * len(pool))) for _ in range(k)]

        self.choice, self.randint, self.chance = choice, randint, chance
        self.pick, self.sample = pick, sample


def _cum(weights) -> list[float]:
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


# --------------------------------------------------------------------------
# Static tables.
# --------------------------------------------------------------------------

TOPICS = ("monthly", "quarterly", "cluster", "soket", "tongket", "national", "congress", "other")
TOPIC_CUM = _cum((22, 8, 6, 14, 17, 8, 15, 10))

LEVELS = ("central", "provincial", "grassroots")
LEVEL_CUM = _cum((25, 50, 25))

YEARS = tuple(range(2010, 2027))
YEAR_CUM = _cum(1.0 + 0.15 * (y - 2010) for y in YEARS)

CONGRESS_YEARS = (2010, 2014, 2015, 2019, 2020, 2024, 2025)
CONGRESS_YEAR_CUM = _cum((1.0, 1.2, 1.6, 1.8, 2.2, 2.2, 2.6))
CONGRESS_OF_YEAR = {2010: "XI", 2014: "XII", 2015: "XII", 2019: "XIII", 2020: "XIII",
                    2024: "XIV", 2025: "XIV"}

#: Zipf-like popularity by catalogue position.
ZIPF_S = 0.9
DIRECTIVE_WEIGHTS = tuple(1.0 / (k + 1) ** ZIPF_S for k in range(len(V.DIRECTIVES)))
N_CITED_CUM = _cum((25, 40, 24, 9, 2))  # 0..4 central directives per article

STAMP_KINDS = ("glued", "ngaydang", "capnhat", "upper", "quote", "category", "weekday_pipe",
               "dangngay", "plain", "none")
STAMP_CUM = _cum((14, 13, 14, 11, 10, 10, 9, 6, 3, 10))

KHOA_OF_YEAR = {y: ("X" if y < 2011 else "XI" if y < 2016 else "XII" if y < 2021
                    else "XIII" if y < 2026 else "XIV") for y in range(2009, 2028)}

_ROMAN_UNITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")


def _roman(n: int) -> str:
    return "X" * (n // 10) + _ROMAN_UNITS[n % 10]


_OLD_TONE = (
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("úy", "uý"), ("ùy", "uỳ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
)


def _old_tone(text: str) -> str:
    """Old-style tone placement (Hoà, Thanh Hoá, Uỷ viên) as some outlets print it."""
    for a, b in _OLD_TONE:
        if a in text:
            text = text.replace(a, b)
    return text


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


_SLOT = re.compile(r"\{(\w+)\}")
_PARSED: dict[str, list[str]] = {}


# --------------------------------------------------------------------------
# People.
# --------------------------------------------------------------------------


class _Person:
    __slots__ = ("name", "title", "short", "given")

    def __init__(self, name: str, title: str) -> None:
        self.name = name
        self.title = title
        segs = title.split(", ")
        short = next((g for g in segs if not g.startswith("Ủy viên")), title)
        for g in segs:
            if any(w in g for w in ("Trưởng Ban", "Vụ trưởng", "Cục trưởng", "Giám đốc")):
                short = g
                break
        self.short = short.split(" (")[0]
        self.given = name.rsplit(" ", 1)[-1]


def _name(r: _Rng) -> str:
    while True:
        if r.chance(0.72):
            n = f"{r.choice(V.FAMILY_NAMES)} {r.choice(V.MALE_MIDDLE)} {r.choice(V.MALE_GIVEN)}"
        else:
            n = f"{r.choice(V.FAMILY_NAMES)} {r.choice(V.FEMALE_MIDDLE)} {r.choice(V.FEMALE_GIVEN)}"
        if n not in V.FORBIDDEN_NAMES:
            return n


# --------------------------------------------------------------------------
# Article context.
# --------------------------------------------------------------------------


class _Article:
    """All per-article choices plus the slot filler used by the templates."""

    def __init__(self, r: _Rng) -> None:
        self.r = r
        self.cited: list[tuple] = []  # directives already printed in full
        self.pending: list[tuple] = []  # chosen but not printed yet
        self.used_tasks: set[str] = set()
        self.ry = 0

    # -- slot filling -----------------------------------------------------
    def fill(self, template: str) -> str:
        parts = _PARSED.get(template)
        if parts is None:
            parts = _SLOT.split(template)
            if len(_PARSED) < 50_000:
                _PARSED[template] = parts
        n = len(parts)
        if n == 1:
            return template
        slot = self._slot
        if n == 3:
            return parts[0] + slot(parts[1]) + parts[2]
        out = parts[:]
        for j in range(1, n, 2):
            out[j] = slot(parts[j])
        return "".join(out)

    def _slot(self, key: str) -> str:
        v = self.fixed.get(key)
        if v is not None:
            return v
        if key == "task":
            return self.task()
        r = self.r
        if key == "n":
            return str(r.randint(*self.n_range))
        if key == "n2":
            return str(r.randint(max(2, self.n_range[0] // 4), max(5, self.n_range[1] // 5)))
        if key == "n3":
            return str(r.randint(2, 40))
        if key == "pctle":
            return str(r.randint(78, 97))
        if key == "pct":
            if r.chance(0.6):
                return str(r.randint(82, 118))
            return f"{r.randint(80, 99)},{r.randint(1, 9)}"
        if key in ("task", "t1", "t2", "t3"):
            return self.task()
        if key == "provs":
            return ", ".join(r.sample(self.region_members, r.randint(2, 5)))
        if key == "dir":
            return self.directive_mention()
        if key == "ngay_le":
            return r.choice(("kỷ niệm ngày thành lập Đảng",
                             "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh",
                             "Quốc khánh", "kỷ niệm Cách mạng Tháng Mười Nga"))
        if key == "cum":
            return str(r.randint(1, 9))
        if key == "P_name_title":
            return self.name_title(self.chair)
        if key == "P_title_name":
            return self.title_name(self.chair)
        if key == "P_name":
            return self.chair.name
        if key == "P_title":
            return self.chair.title
        if key == "Per":
            return _cap(self.fixed["per"])
        return "{" + key + "}"

    def task(self) -> str:
        """A task phrase, avoiding repeats within the article where possible."""
        r = self.r
        for _ in range(4):
            t = r.choice(V.TASKS)
            if t in self.used_tasks or ("{bua}" in t and self.ry < 2016):
                continue
            break
        self.used_tasks.add(t)
        return self.fill(t)

    # -- people rendering -------------------------------------------------
    def name_title(self, p: _Person) -> str:
        x = self.r.r()
        if x < 0.55:
            return f"đồng chí {p.name}, {p.title}"
        if x < 0.75:
            return f"đồng chí {p.name} – {p.title}"
        if x < 0.85:
            return f"đồng chí {p.name} - {p.title}"
        return f"Đ/c {p.name}, {p.title}"

    def title_name(self, p: _Person) -> str:
        if self.r.chance(0.8):
            return f"{p.short} {p.name}"
        return f"đồng chí {p.short} {p.name}"

    # -- directives -------------------------------------------------------
    def render_directive(self, d: tuple, full: bool) -> str:
        r = self.r
        kind, num, suf, dd, mm, yy, issuer, subject, _last, short = d
        if r.chance(0.1):
            kind = kind.lower()
        code = f"{num}-{suf}"
        if not full:
            x = r.r()
            if x < 0.6:
                return f"{kind} {short}"
            if x < 0.85:
                return f"{kind} {code}"
            return f"{kind} số {short}"
        if num == "18" and suf == "NQ/TW" and r.chance(0.4):
            return r.choice((
                "Nghị quyết 18 và 19 của BCH Trung ương Đảng khóa XII",
                "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị "
                "Trung ương 6 khóa XII",
                "các Nghị quyết số 18, 19 của Ban Chấp hành Trung ương Đảng khóa XII",
            ))
        if issuer.startswith("Ban Chấp hành Trung ương Đảng") and r.chance(0.4):
            issuer = issuer.replace("Ban Chấp hành", "BCH", 1)
            if r.chance(0.3):
                issuer = issuer.replace("Trung ương", "T.Ư", 1)
        x = r.r()
        if x < 0.4:
            ds = f"{dd}/{mm}/{yy}"
        elif x < 0.7:
            ds = f"{dd:02d}/{mm:02d}/{yy}"
        else:
            ds = f"{dd}-{mm}-{yy}"
        about = f" về {subject}" if r.chance(0.35) else ""
        x = r.r()
        if x < 0.3:
            return f"{kind} số {code} ngày {ds} của {issuer}{about}"
        if x < 0.4:
            return f"{kind} {code}, ngày {ds} của {issuer}"
        if x < 0.65:
            return f"{kind} số {code} của {issuer}{about}"
        if x < 0.8:
            return f"{kind} {short} của {issuer}"
        if x < 0.9:
            return f"{kind} số {code}{about}"
        return f"{kind} {code}"

    def directive_mention(self) -> str:
        if self.pending:
            d = self.pending.pop(0)
            self.cited.append(d)
            return self.render_directive(d, True)
        if self.cited and self.r.chance(0.7):
            return self.render_directive(self.r.choice(self.cited), False)
        return self.local_directive()

    def local_directive(self) -> str:
        r = self.r
        n = r.randint(1, 320)
        u = self.fixed["u"]
        if self.level == "grassroots" and r.chance(0.5):
            return r.choice((
                f"Kế hoạch số {n}-KH/HU của Ban Thường vụ Huyện ủy",
                f"Nghị quyết số {n:02d}-NQ/ĐU của Đảng ủy",
                f"Chương trình số {n:02d}-CTr/HU của Huyện ủy",
            ))
        if self.level == "central":
            return r.choice((
                f"Hướng dẫn số {n:02d}-HD/BTCTW của Ban Tổ chức Trung ương",
                f"Kế hoạch số {n:02d}-KH/BTCTW của Ban Tổ chức Trung ương",
                f"Công văn số {n * 7}-CV/BTCTW của Ban Tổ chức Trung ương",
            ))
        x = r.r()
        if x < 0.25:
            d = self.event - timedelta(days=r.randint(10, 500))
            return (f"Kế hoạch số {n:02d}-KH/TU ngày {d.day}/{d.month}/{d.year} "
                    f"của Ban Thường vụ {u}")
        if x < 0.4:
            return f"Kế hoạch số {n:02d}-KH/TU của Ban Thường vụ {u}"
        if x < 0.55:
            return f"chương trình hành động số {n} của {u}"
        if x < 0.7:
            return f"Đề án {n:02d} của BTV {u}"
        if x < 0.85:
            return f"Nghị quyết số {n:02d}-NQ/TU của Ban Chấp hành Đảng bộ {self.fixed['where']}"
        return f"Hướng dẫn số {n:02d}-HD/BTCTU của Ban Tổ chức {u}"


# --------------------------------------------------------------------------
# Dates.
# --------------------------------------------------------------------------


def _rand_date(r: _Rng, start: date, end: date) -> date:
    if end > LAST_DATE:
        end = LAST_DATE
    if end < start:
        return end
    lo = start.toordinal()
    return date.fromordinal(lo + int(r.r() * (end.toordinal() - lo + 1)))


_ELIG_CACHE: dict[tuple[int, int], tuple[list, list]] = {}
_ISSUE_ORDS = sorted(date(d[5], d[4], d[3]).toordinal() for d in V.DIRECTIVES)


def _eligible(e: date) -> tuple[list, list]:
    """Directives already issued on ``e`` and still topical, with cumulative weights."""
    key = (e.year, bisect_right(_ISSUE_ORDS, e.toordinal()))
    hit = _ELIG_CACHE.get(key)
    if hit is None:
        et = (e.year, e.month, e.day)
        elig, weights = [], []
        for k, d in enumerate(V.DIRECTIVES):
            if (d[5], d[4], d[3]) <= et and e.year <= d[8]:
                elig.append(d)
                weights.append(DIRECTIVE_WEIGHTS[k])
        hit = _ELIG_CACHE[key] = (elig, _cum(weights))
    return hit


def _event_date(r: _Rng, topic: str) -> tuple[date, int]:
    """Return (meeting date, report year)."""
    if topic == "congress":
        y = r.pick(CONGRESS_YEARS, CONGRESS_YEAR_CUM)
        lo = {2014: date(2014, 6, 5), 2019: date(2019, 6, 5), 2024: date(2024, 6, 20)}.get(
            y, date(y, 1, 5))
        e = _rand_date(r, lo, date(y, 12, 28))
        return e, y
    y = r.pick(YEARS, YEAR_CUM)
    if topic == "soket":
        if y == 2026 or r.chance(0.6):
            e = _rand_date(r, date(y, 6, 18), date(y, 7, 31))
        else:  # nine-month or early reviews are also called sơ kết
            e = _rand_date(r, date(y, 9, 20), date(y, 10, 20))
        return e, y
    if topic in ("tongket", "national") and (topic == "tongket" or r.chance(0.5)):
        if y < 2026 and r.chance(0.3):
            return _rand_date(r, date(y, 12, 8), date(y, 12, 31)), y
        return _rand_date(r, date(y, 1, 5), date(y, 3, 15)), y - 1
    e = _rand_date(r, date(y, 1, 2), date(y, 12, 31))
    return e, e.year


# --------------------------------------------------------------------------
# Builders.
# --------------------------------------------------------------------------


def _stamp(r: _Rng, kind: str, pub: date) -> str:
    hh, mi, ss = r.randint(6, 22), r.randint(0, 59), r.randint(0, 59)
    d, m, y = pub.day, pub.month, pub.year
    wd = V.VN_WEEKDAYS[pub.weekday()]
    if kind == "glued":
        return f"({d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d})"
    if kind == "ngaydang":
        return f"Ngày đăng: {d:02d}/{m:02d}/{y}"
    if kind == "capnhat":
        return f"Cập nhật lúc {hh:02d}:{mi:02d}, {wd}, {d:02d}/{m:02d}/{y} (GMT+7)"
    if kind == "upper":
        return f"{wd.upper()}, {d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}"
    if kind == "quote":
        return f"{hh:02d}:{mi:02d}' {d}/{m}/{y}"
    if kind == "category":
        return f"{r.choice(V.CATEGORIES)} {d:02d}-{m:02d}-{y}"
    if kind == "weekday_pipe":
        w = wd if r.chance(0.5) else wd[:1] + wd[1:].lower()
        return f"{w}, {d}/{m}/{y} | {hh:02d}:{mi:02d}"
    if kind == "dangngay":
        return f"Đăng ngày: {d:02d}/{m:02d}/{y} - {hh:02d}:{mi:02d}"
    return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}"


def _lead_date(r: _Rng, e: date) -> str:
    x = r.r()
    part = r.choice(("Chiều ngày ", "Sáng ngày ", "Ngày ", "Chiều ", "Sáng ", "Ngày ", "Sáng "))
    d, m, y = e.day, e.month, e.year
    if x < 0.45:
        ds = f"{d}/{m}"
    elif x < 0.58:
        ds = f"{d}.{m}"
    elif x < 0.72:
        ds = f"{d}-{m}"
    elif x < 0.84:
        ds = f"{d}-{m}-{y}"
    else:
        ds = f"{d}/{m}/{y}"
    return part + ds


def _setup(a: _Article) -> None:
    r = a.r
    topic = r.pick(TOPICS, TOPIC_CUM)
    level = r.pick(LEVELS, LEVEL_CUM)
    if topic == "national" or (topic == "cluster" and level == "grassroots"):
        level = "central"
    a.topic, a.level = topic, level
    e, ry = _event_date(r, topic)
    a.event, a.ry, a.year = e, ry, e.year
    a.period_only = r.chance(0.1)

    region_name, members = r.choice(V.REGIONS)
    a.region_name, a.region_members = region_name, members
    prov = r.choice(members)
    u = "Thành ủy" if prov in V.CITIES else "Tỉnh ủy"
    where = f"thành phố {prov}" if prov in V.CITIES else f"tỉnh {prov}"
    if prov == "TP. Hồ Chí Minh":
        where = "Thành phố Hồ Chí Minh"
    district = r.choice(V.PLACE_NAMES)
    commune = r.choice(V.PLACE_NAMES)
    village = f"{r.choice(V.VILLAGE_KINDS)} {r.choice(V.PLACE_NAMES)}"
    a.prov, a.u = prov, u

    fixed = {"u": u, "p": prov, "where_short": prov, "y": str(e.year), "ry": str(ry),
             "ry2": str(ry + 2 + r.randint(0, 5)), "bua": _roman(max(1, min(ry, 2026) - 2015))}
    congress = CONGRESS_OF_YEAR.get(ry if topic == "congress" else -1)
    if congress is None:
        # the next congress after the report year
        congress = "XI" if ry <= 2010 else "XII" if ry <= 2015 else "XIII" if ry <= 2020 else (
            "XIV" if ry <= 2025 else "XV")
    a.congress = congress
    term_local = V.CONGRESS_TERMS.get(congress, ("2030 - 2035", "2031 - 2036"))[0]
    fixed["term"] = term_local.replace(" ", "") if r.chance(0.4) else term_local

    # organiser, official cast and scale of the numbers
    if level == "central":
        org_full = org = "Ban Tổ chức Trung ương"
        fixed["where"] = where if r.chance(0.5) else "cả nước"
        if r.chance(0.3) or topic == "national":
            title = r.choice(V.CENTRAL_TITLES_TOP)
        else:
            title = r.choice(V.CENTRAL_TITLES)
        a.chair = _Person(_name(r), title)
        a.n_range = (300, 9000)
    elif level == "provincial":
        org_full, org = f"Ban Tổ chức {u} {prov}", f"Ban Tổ chức {u}"
        fixed["where"] = where
        titles = V.PROV_TITLES
        if 2018 <= e.year <= 2020 and r.chance(0.35):
            titles = V.PROV_TITLES_2018_2020
        a.chair = _Person(_name(r), r.choice(titles).format(u=u, p=prov))
        a.n_range = (60, 2400)
    else:
        x = r.r()
        if x < 0.45:
            org_full = org = f"Huyện ủy {district}"
            fixed["where"] = f"huyện {district}"
            t = r.choice(V.GRASS_TITLES[:4])
        elif x < 0.6:
            org_full = org = f"Ban Tổ chức Huyện ủy {district}"
            fixed["where"] = f"huyện {district}"
            t = "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy"
        elif x < 0.7:
            org_full = org = f"Thị ủy {district}"
            fixed["where"] = f"thị xã {district}"
            t = r.choice(V.GRASS_TITLES[4:6])
        elif x < 0.92:
            kind = r.choice(("xã", "xã", "phường", "thị trấn"))
            org_full = org = f"Đảng ủy {kind} {commune}"
            fixed["where"] = f"{kind} {commune}"
            t = f"{r.choice(('Bí thư', 'Phó Bí thư'))} Đảng ủy {kind} {commune}"
        else:
            org_full = org = f"Chi bộ {village}"
            fixed["where"] = f"{village}, xã {commune}"
            t = f"Bí thư Chi bộ {village}"
        a.chair = _Person(_name(r), t.format(d=district, c=commune, v=village))
        a.n_range = (3, 160)
    a.org_full, a.org = org_full, org
    fixed["org"] = org

    # period of the report and the next one
    if topic == "monthly":
        ref = e - timedelta(days=18)
        rm = ref.month
        a.rm, a.ry = rm, ref.year
        fixed["ry"] = str(ref.year)
        if r.chance(0.3):
            per = f"tháng {rm}/{ref.year}"
        elif r.chance(0.3):
            per = f"tháng {rm} năm {ref.year}"
        else:
            per = f"tháng {rm}"
        nm = rm % 12 + 1
        next_per = f"tháng {nm}"
        if r.chance(0.3):
            next_per += f" năm {ref.year + (1 if nm == 1 else 0)}"
    elif topic in ("quarterly", "cluster"):
        ref = e - timedelta(days=15)
        q = (ref.month - 1) // 3 + 1
        a.q = q
        a.ry = ref.year
        fixed["ry"] = str(ref.year)
        if topic == "cluster" and r.chance(0.5):
            per = "6 tháng đầu năm " + str(ref.year) if q <= 2 else f"9 tháng năm {ref.year}"
        else:
            per = f"quý {V.ROMAN[q]} năm {ref.year}"
        next_per = f"quý {V.ROMAN[q % 4 + 1]}" if q < 4 else f"quý I năm {ref.year + 1}"
    elif topic == "soket":
        if e.month >= 9:
            per, next_per = f"9 tháng năm {ry}", f"3 tháng cuối năm {ry}"
        else:
            per = f"6 tháng đầu năm {ry}"
            next_per = "6 tháng cuối năm" + (f" {ry}" if r.chance(0.5) else "")
    elif topic in ("tongket", "national"):
        per, next_per = f"năm {ry}", f"năm {ry + 1}"
    else:
        per, next_per = f"năm {ry}", "thời gian tới"
        if r.chance(0.3):
            per = f"{r.choice(('6 tháng đầu năm', '9 tháng', 'quý I', 'quý II', 'quý III'))} {ry}"
            if per.startswith("quý"):
                per = per.replace(f" {ry}", f" năm {ry}")
    fixed["per"], fixed["next_per"] = per, next_per
    a.fixed = fixed

    # directives: the congress directive first, then Zipf-weighted central ones
    pend = []
    if topic == "congress":
        key = congress
        if congress == "XIV" and e >= date(2025, 4, 14) and r.chance(0.6):
            key = "XIV-b"
        a.congress_dir = V.CONGRESS_DIRECTIVES[key]
    else:
        a.congress_dir = None
    elig, cum = _eligible(e)
    n_cited = r.pick((0, 1, 2, 3, 4), N_CITED_CUM)
    if elig and n_cited:
        n_cited = min(n_cited, len(elig))
        tries = 0
        while len(pend) < n_cited and tries < 12:
            d = elig[bisect_right(cum, r.r() * cum[-1])]
            tries += 1
            if d not in pend:
                pend.append(d)
    a.pending = pend


def _meeting_phrase(a: _Article) -> str:
    r, f = a.r, a.fixed
    online = r.choice(V.ONLINE_FORMS)
    t = a.topic
    ry = a.ry
    if t == "monthly":
        x = r.r()
        if x < 0.4:
            return f"hội nghị giao ban{online} công tác tổ chức xây dựng Đảng {f['per']}"
        if x < 0.7:
            return (f"hội nghị giao ban{online} đánh giá kết quả công tác tổ chức xây dựng Đảng "
                    f"{f['per']}, triển khai nhiệm vụ {f['next_per']}")
        return f"giao ban ngành tổ chức xây dựng Đảng {f['per']}"
    if t == "quarterly":
        return r.choice((
            f"hội nghị giao ban công tác tổ chức xây dựng Đảng {f['per']}",
            f"hội nghị giao ban{online} công tác xây dựng Đảng {f['per']}",
            f"giao ban công tác tổ chức xây dựng Đảng {f['per']}, "
            f"triển khai nhiệm vụ {f['next_per']}",
        ))
    if t == "cluster":
        if r.chance(0.5):
            return (f"hội nghị giao ban công tác tổ chức xây dựng Đảng các tỉnh, thành phố "
                    f"{a.region_name} {f['per']}")
        return (f"hội nghị giao ban công tác tổ chức xây dựng Đảng Cụm thi đua số "
                f"{r.randint(1, 9)} {f['per']}")
    if t == "soket":
        return r.choice((
            f"hội nghị sơ kết công tác tổ chức xây dựng Đảng {f['per']}, "
            f"triển khai nhiệm vụ {f['next_per']}",
            f"hội nghị{online} sơ kết công tác {f['per']}, phương hướng, nhiệm vụ {f['next_per']}",
            f"hội nghị sơ kết công tác xây dựng Đảng {f['per']}",
        ))
    if t == "tongket":
        return r.choice((
            f"hội nghị tổng kết công tác tổ chức xây dựng Đảng năm {ry}, "
            f"triển khai nhiệm vụ năm {ry + 1}",
            f"hội nghị{online} tổng kết công tác tổ chức xây dựng Đảng năm {ry}",
            f"hội nghị tổng kết công tác xây dựng Đảng năm {ry}, "
            f"phương hướng, nhiệm vụ năm {ry + 1}",
            f"hội nghị tổng kết công tác năm {ry} của ngành tổ chức xây dựng Đảng",
        ))
    if t == "national":
        if a.event.month <= 3 and a.ry == a.year - 1:
            return f"Hội nghị{online} toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm {ry}"
        x = r.r()
        if x < 0.4:
            return f"Hội nghị toàn quốc quán triệt, triển khai {a.directive_mention()}"
        if x < 0.7:
            return f"hội nghị trực tuyến toàn quốc sơ kết công tác tổ chức xây dựng Đảng {f['per']}"
        return f"Hội nghị toàn quốc về công tác {a.fill('{task}')}"
    if t == "congress":
        d = a.congress_dir
        a.cited.append(d)
        dtext = a.render_directive(d, True)
        k = a.congress
        return r.choice((
            f"hội nghị quán triệt, triển khai {dtext} về đại hội đảng bộ các cấp tiến tới Đại hội "
            f"đại biểu toàn quốc lần thứ {k} của Đảng",
            f"hội nghị quán triệt {dtext} về đại hội đảng bộ các cấp tiến tới Đại hội {k} của Đảng",
            f"hội nghị rút kinh nghiệm đại hội điểm, triển khai {dtext}",
            f"hội nghị tập huấn nghiệp vụ tổ chức đại hội đảng bộ các cấp nhiệm kỳ {f['term']} "
            f"theo {dtext}",
        ))
    # other topics
    k = int(r.r() * 6)
    if k == 0:
        return f"hội nghị tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng năm {ry}"
    if k == 1:
        return f"lễ kỷ niệm {ry - 1930} năm Ngày truyền thống ngành Tổ chức xây dựng Đảng"
    if k == 2:
        return f"hội nghị sơ kết {r.randint(2, 5)} năm thực hiện {a.directive_mention()}"
    if k == 3:
        return f"hội thảo khoa học về {a.fill('{task}')}"
    if k == 4:
        return f"hội nghị chuyên đề về {a.fill('{task}')}"
    return f"lễ trao Huy hiệu Đảng đợt {a.fill('{ngay_le}')} năm {ry}"


def _title(a: _Article) -> str:
    r, f = a.r, a.fixed
    t = a.topic
    ws = f["where_short"] if a.level != "grassroots" else f["where"].split(",")[0]
    if r.chance(0.15):
        return _cap(a.fill(r.choice(("Tập trung {task}", "Đẩy mạnh {task}", "Chú trọng {task}",
                                     "{Org} tập trung {task}"))).replace("{Org}", _cap(a.org)))
    if t == "monthly":
        opts = (
            f"Giao ban công tác tổ chức xây dựng Đảng {f['per']}",
            f"Ngành Tổ chức xây dựng Đảng {ws} triển khai nhiệm vụ {f['next_per']}",
            f"Hội nghị giao ban trực tuyến toàn quốc về công tác tổ chức xây dựng Đảng "
            f"tháng {a.rm}/{a.ry}",
            f"{a.org_full} giao ban công tác {f['per']}",
            f"Giao ban ngành tổ chức xây dựng Đảng tháng {a.rm} năm {a.ry}",
        )
    elif t == "quarterly":
        opts = (
            f"Giao ban công tác tổ chức xây dựng Đảng {f['per']}",
            f"{_cap(f['where'])} giao ban công tác xây dựng Đảng {f['per']}",
            f"{a.org_full} triển khai nhiệm vụ {f['next_per']}",
        )
    elif t == "cluster":
        opts = (
            f"Giao ban công tác tổ chức xây dựng Đảng các tỉnh, thành phố {a.region_name}",
            f"Giao ban công tác tổ chức xây dựng Đảng {len(a.region_members)} tỉnh, thành phố "
            f"{a.region_name}",
            f"Cụm thi đua ngành Tổ chức xây dựng Đảng {a.region_name} giao ban {f['per']}",
        )
    elif t == "soket":
        opts = (
            f"Sơ kết công tác tổ chức xây dựng Đảng {f['per']}",
            f"{a.org_full} sơ kết công tác {f['per']}",
            f"Ngành Tổ chức xây dựng Đảng {ws} triển khai nhiệm vụ {f['next_per']}",
            f"Kết quả công tác tổ chức xây dựng Đảng {f['per']} của {f['where']}",
        )
    elif t == "tongket":
        opts = (
            f"Tổng kết công tác tổ chức xây dựng Đảng năm {a.ry}",
            f"{a.org_full} tổng kết công tác năm {a.ry}",
            f"Triển khai công tác tổ chức xây dựng Đảng năm {a.ry + 1}",
            f"Ngành Tổ chức xây dựng Đảng {ws} triển khai nhiệm vụ năm {a.ry + 1}",
            f"{_cap(f['where'])}: Tổng kết công tác xây dựng Đảng năm {a.ry}",
        )
    elif t == "national":
        opts = (
            f"Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm {a.ry}",
            f"Hội nghị toàn quốc về công tác tổ chức xây dựng Đảng {f['per']}",
            f"Ngành Tổ chức xây dựng Đảng cả nước triển khai nhiệm vụ {f['next_per']}",
        )
    elif t == "congress":
        k = a.congress
        opts = (
            f"Chuẩn bị tốt đại hội đảng bộ các cấp tiến tới Đại hội {k} của Đảng",
            f"{_cap(f['where'])} triển khai công tác chuẩn bị đại hội đảng bộ các cấp "
            f"nhiệm kỳ {f['term']}",
            f"Quán triệt Chỉ thị {a.congress_dir[1]}-CT/TW về đại hội đảng bộ các cấp",
            f"{a.org_full} hướng dẫn tổ chức đại hội chi bộ nhiệm kỳ {f['term']}",
            f"Tập trung tham mưu xây dựng đề án nhân sự cấp ủy nhiệm kỳ {f['term']}",
        )
    else:
        opts = (
            f"{a.org_full} tập huấn nghiệp vụ công tác tổ chức năm {a.ry}",
            f"Nâng cao chất lượng công tác tổ chức xây dựng Đảng ở {f['where']}",
            f"{_cap(f['where'])} sơ kết công tác {a.fill('{task}')}",
            f"Kỷ niệm {a.ry - 1930} năm Ngày truyền thống ngành Tổ chức xây dựng Đảng",
        )
    return r.choice(opts)


def _chair_sentence(a: _Article) -> str:
    r, p = a.r, a.chair
    verb = r.choice(V.CHAIR_VERBS)
    x = r.r()
    if x < 0.4:
        return f"Đồng chí {p.name}, {p.title} {verb}."
    if x < 0.6:
        return f"{p.short} {p.name} {verb}."
    if x < 0.72:
        return f"Đ/c {p.name}, {p.title} {verb}."
    if x < 0.88:
        return f"Dự và chỉ đạo hội nghị có đồng chí {p.name} – {p.title}."
    return f"Đồng chí {p.name} - {p.title} đến dự và chỉ đạo hội nghị."


def _lead(a: _Article) -> str:
    r, f = a.r, a.fixed
    parts = []
    meeting = _meeting_phrase(a)
    if a.period_only:
        intro = r.choice(("{Per}, ", "Trong {per}, ", "Tính chung {per}, "))
        actor = a.fill(r.choice(V.ACTORS))
        parts.append(a.fill(intro) + actor + " " + r.choice(V.ACHIEVE_VERBS) + " "
                     + a.fill("{task}")
                     + "; " + a.fill("{task}") + ".")
        parts.append(_cap(a.fill(r.choice(("Kết quả trên được đánh giá tại {m}.",
                                           "Nội dung này được nêu tại {m}.",
                                           "Đây là thông tin được đưa ra tại {m}.")))
                          .replace("{m}", meeting)))
    else:
        when = _lead_date(r, a.event)
        loc = ""
        if r.chance(0.3):
            loc = f", tại {r.choice(('Hà Nội', f['where_short'], 'trụ sở ' + a.org))}"
        purpose = ""
        if a.topic in ("monthly", "quarterly", "soket", "tongket") and r.chance(0.35):
            purpose = r.choice((" nhằm đánh giá kết quả thực hiện nhiệm vụ",
                                " để đánh giá kết quả, rút kinh nghiệm"))
        parts.append(f"{when}{loc}, {a.org_full} {r.choice(V.LEAD_VERBS)} {meeting}{purpose}.")
        parts.append(_chair_sentence(a))
    if a.level == "central" and r.chance(0.6):
        local = _Person(_name(r), r.choice(V.PROV_TITLES[:4]).format(u=a.u, p=a.prov))
        if r.chance(0.5):
            parts.append(f"Tại điểm cầu {a.prov}, tham dự có đồng chí {local.name} – {local.title} "
                         f"cùng {a.fill(r.choice(V.ATTENDEES))}.")
        else:
            parts.append(f"Dự tại điểm cầu {a.prov} có đồng chí {local.name}, {local.title}; "
                         f"{a.fill(r.choice(V.ATTENDEES))}.")
        a.local = local
    else:
        a.local = None
        if not a.period_only:
            pool = V.GRASS_ATTENDEES if a.level == "grassroots" else V.ATTENDEES
            att = r.sample(pool, r.randint(1, 2))
            parts.append("Dự hội nghị có " + "; ".join(a.fill(x) for x in att) + ".")
    if r.chance(0.25):
        side = _Person(_name(r), r.choice(V.PROV_SIDE_TITLES).format(u=a.u))
        parts.append(f"Cùng dự có đồng chí {side.name} – {side.title}.")
    tag = ""
    if r.chance(0.12):
        tag = r.choice(V.SOURCE_TAGS).replace("{ab}", V.PROVINCE_ABBR.get(a.prov, "TTĐT"))
    return tag + " ".join(parts)


_RESULT_INTROS = ("Kết quả, đã ", "Trong đó, đã ", "Cụ thể, toàn {where} đã ",
                  "Qua đó, các cấp ủy đã ")


def _p_results(a: _Article) -> str:
    r, fill = a.r, a.fill
    first = (fill(r.choice(V.PERIOD_INTROS)) + fill(r.choice(V.ACTORS)) + " "
             + r.choice(V.ACHIEVE_VERBS) + " " + a.task() + "; " + a.task() + ".")
    res = r.sample(V.NOUN_RESULTS, r.randint(2, 4))
    second = fill(r.choice(_RESULT_INTROS)) + ", ".join([fill(x) for x in res]) + "."
    if r.chance(0.5):
        return f"{_cap(first)} {_cap(second)} {r.choice(V.GENERIC_SENTENCES)}"
    return f"{_cap(first)} {_cap(second)}"


def _p_directive(a: _Article) -> str:
    r = a.r
    tmpl = (
        "Quán triệt, triển khai {dir}, {org} đã tham mưu {task}.",
        "Thực hiện {dir}, các cấp ủy đã tập trung {task}.",
        "Bám sát {dir}, ngành đã chủ động {task}; đồng thời {task}.",
        "Việc triển khai {dir} được thực hiện nghiêm túc, gắn với {task}.",
        "Theo {dir}, cấp ủy các cấp phải {task}.",
        "Tiếp tục tham mưu thực hiện có hiệu quả {dir}.",
        "{Org} đã ban hành văn bản hướng dẫn thực hiện {dir}, trong đó yêu cầu {task}.",
    )
    s = []
    n = max(1, len(a.pending)) if a.pending else r.randint(1, 2)
    if len(a.pending) >= 2 and r.chance(0.3):
        s.append(a.fill("Tiếp tục tham mưu thực hiện có hiệu quả {dir} và {dir}."))
        n -= 2
    for t in r.sample(tmpl, min(n, 4)):
        s.append(_cap(a.fill(t).replace("{Org}", _cap(a.org))))
    if a.level != "central" and r.chance(0.45):
        s.append(f"Đồng thời, cụ thể hóa bằng {a.local_directive()} về {a.fill('{task}')}.")
    return " ".join(s)


def _p_discussion(a: _Article) -> str:
    r = a.r
    s = [a.fill(r.choice(V.DISCUSSION)) + "."]
    if r.chance(0.5):
        s.append(a.fill("Một số ý kiến đề nghị làm rõ thêm trách nhiệm trong {task}."))
    return " ".join(s)


def _p_limits(a: _Article) -> str:
    r = a.r
    lim = r.sample(V.LIMITATIONS, r.randint(2, 3))
    return _cap(r.choice(("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: ",
                          "Tuy nhiên, vẫn còn những hạn chế: ",
                          "Hội nghị thẳng thắn nhìn nhận, "))
                + "; ".join(lim) + ".")


def _p_conclude(a: _Article) -> str:
    r = a.r
    intro = a.fill(r.choice(V.CONCLUDE_INTROS))
    target = a.fill(r.choice(V.CONCLUDE_TARGETS))
    tasks = [a.fill("{task}") for _ in range(r.randint(2, 4))]
    s = f"{_cap(intro)} {target} {'; '.join(tasks)}."
    if (a.cited or a.pending) and r.chance(0.7):
        s += " " + a.fill(r.choice(("Đặc biệt, cần thực hiện nghiêm {dir}.",
                                    "Trong đó, tiếp tục quán triệt, thực hiện {dir}.",
                                    "Các đơn vị cần bám sát {dir} để cụ thể hóa nhiệm vụ.")))
    if a.topic == "congress" and a.congress_dir is not None:
        d = a.congress_dir
        s += (f" Đồng chí {a.chair.given} lưu ý phải thực hiện đúng tinh thần Chỉ thị {d[1]}, "
              f"không để lọt người không đủ tiêu chuẩn vào cấp ủy khóa mới.")
    return s


def _p_next(a: _Article) -> str:
    return _cap(a.fill(a.r.choice(V.NEXT_STEPS)))


def _p_quote(a: _Article) -> str:
    r = a.r
    q = r.choice(V.QUOTES)
    who = a.chair.given
    return r.choice((f"“{q}”, đồng chí {who} nhấn mạnh.",
                     f"Đồng chí {who} nhấn mạnh: “{q}”.",
                     f"Theo đồng chí {a.chair.name}, “{q.lower()[:1] + q[1:]}”."))


def _p_generic(a: _Article) -> str:
    r = a.r
    return " ".join(r.sample(V.GENERIC_SENTENCES, r.randint(2, 4)))


def _p_local(a: _Article) -> str:
    r = a.r
    loc = a.local or _Person(_name(r), r.choice(V.PROV_TITLES[:6]).format(u=a.u, p=a.prov))
    verb = r.choice(("Phát biểu sau hội nghị trực tuyến", "Quán triệt tại điểm cầu",
                     "Phát biểu tại hội nghị"))
    return (f"{verb}, {loc.short} {loc.name} yêu cầu "
            + a.fill("ban tổ chức các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc "
                     "tích cực tham mưu "
                     "cho cấp ủy cùng cấp {task}; {task}; thực hiện tốt {dir}."))


_OPTIONAL = (
    (20, _p_results), (22, _p_results), (25, _p_generic), (40, _p_discussion),
    (50, _p_limits), (55, _p_generic), (62, _p_results), (75, _p_quote), (80, _p_next),
    (85, _p_local),
)


def _byline(r: _Rng) -> str:
    if r.chance(0.2):
        return r.choice(V.BYLINE_CREDITS)
    fam = r.choice(V.FAMILY_NAMES)
    x = r.r()
    if x < 0.4:
        b = f"{r.choice(V.BYLINE_SURNAMES)} {r.choice(V.MALE_GIVEN + V.FEMALE_GIVEN)}"
    elif x < 0.7:
        b = f"{r.choice(V.BYLINE_SURNAMES)} {fam}"
    else:
        b = (f"{r.choice(V.BYLINE_SURNAMES)} {r.choice(V.MALE_GIVEN)} - "
             f"{r.choice(V.BYLINE_SURNAMES)} {r.choice(V.FEMALE_GIVEN)}")
    return b.upper() if r.chance(0.45) else b


def _build(r: _Rng) -> tuple[_Article, str]:
    a = _Article(r)
    _setup(a)
    spread = (r.r() + r.r() + r.r()) / 3  # bell-shaped in [0, 1)
    target = MIN_BYTES + 50 + int(spread * (MAX_BYTES - MIN_BYTES - 600) * 1.05)

    head: list[str] = []
    if r.chance(0.08):
        h1, h2 = r.choice(V.SITE_HEADERS)
        head += [h1.format(p=a.prov, u=a.u), h2.format(pl=a.prov.lower()), ""]
    title = _title(a)
    stamp_kind = r.pick(STAMP_KINDS, STAMP_CUM)
    pub = _rand_date(r, a.event, a.event + timedelta(days=r.randint(0, 2)))
    if stamp_kind == "glued":
        head.append(f"{title} {_stamp(r, stamp_kind, pub)}")
    else:
        head.append(title)
        if stamp_kind != "none":
            head += ["", _stamp(r, stamp_kind, pub)]
    head.append("")
    if r.chance(0.07):
        head.append("Xem với cỡ chữ : A- A A+")

    paras: list[tuple[int, str]] = []
    if r.chance(0.35):
        paras.append((5, a.fill(r.choice((
            "Đây là yêu cầu được nêu tại hội nghị do {org} tổ chức nhằm đánh giá kết quả {per}.",
            "Hội nghị nhằm đánh giá kết quả thực hiện nhiệm vụ {per}, "
            "triển khai phương hướng {next_per}.",
            "Ngành tổ chức xây dựng Đảng {where} tiếp tục {task}.",
        )))))
    paras.append((10, _lead(a)))
    paras.append((30, _p_directive(a)))
    paras.append((70, _p_conclude(a)))
    tail_chrome = r.choice(V.TAIL_CHROME) if r.chance(0.55) else ()
    byline = _byline(r)
    size = sum(len(p.encode()) for _, p in paras) + len(title.encode()) * 2 + 120
    for key, fn in r.sample(_OPTIONAL, len(_OPTIONAL)):
        if size >= target:
            break
        p = fn(a)
        pb = len(p.encode())
        if size + pb > MAX_BYTES - 300:
            continue
        paras.append((key, p))
        size += pb
    while size < MIN_BYTES + 150:
        p = _p_generic(a)
        paras.append((56, p))
        size += len(p.encode())
    paras.sort(key=lambda kp: kp[0])
    body = [p for _, p in paras]

    # page chrome inside the body
    n_caps = r.pick((0, 1, 2, 3), (40, 75, 92, 100))
    for _ in range(n_caps):
        cap = _cap(a.fill(r.choice(V.CAPTIONS)))
        pos = r.randint(1, len(body) - 1)
        if r.chance(0.5):
            body[pos:pos] = [cap, cap]
        else:
            body.insert(pos, cap)
    if r.chance(0.15):
        body.insert(r.randint(1, len(body) - 1), "Responsive image")
    sep = r.choice(("\n\n", "\n\n", "\n\n", "\n", f"\n{NBSP}\n"))
    if sep != f"\n{NBSP}\n" and r.chance(0.3):
        pos = r.randint(1, len(body))
        body.insert(pos, NBSP)
    if r.chance(0.35):
        body[-1] = body[-1] + "/."
    text = "\n".join(head) + "\n" + sep.join(body)

    x = r.r()
    if x < 0.2 and "Xem phản hồi" not in tail_chrome:
        tail = f"\n\n{NBSP}{byline}{NBSP}Xem phản hồi"
    elif x < 0.6:
        tail = f"\n\n{byline}"
    else:
        tail = f"\n{byline}"
    if tail_chrome:
        tail += ("\n\n" if r.chance(0.6) else f"\n\n{NBSP}\n") + "\n\n".join(tail_chrome)
    text += tail
    if r.chance(0.3):
        text = _old_tone(text)
    return a, unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------
# Public API.
# --------------------------------------------------------------------------


def generate_article(i: int, seed: int = 0) -> str:
    """Return the raw text of synthetic article ``i`` (independent of how many are made)."""
    return _build(_Rng(_article_seed(i, seed)))[1]


def file_name(i: int) -> str:
    return f"gen_{i:06d}.txt"


def generate_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``(file_name, text)`` for articles ``0 .. n-1``."""
    for i in range(n):
        yield file_name(i), generate_article(i, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, required=True, help="number of articles to write")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--seed", type=int, default=0, help="base seed (default 0)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be >= 0")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    total = 0
    for name, text in generate_articles(args.articles, args.seed):
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
    if not args.quiet:
        dt = time.perf_counter() - t0
        print(f"wrote {args.articles} articles ({total / 1e6:.1f} MB) to {out} in {dt:.1f} s "
              f"[generator v{GENERATOR_VERSION}, seed {args.seed}]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
