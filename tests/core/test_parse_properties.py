"""Properties of the whole analyser on arbitrary text (hypothesis)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.parse import _parse, parse_article
from desktop.core.parse.annotate import clean_to_raw
from desktop.core.text import nfc
from desktop.core.parse.common import ffold

FRAGMENTS = [
    "Nghị quyết ", "số ", "18", "-NQ/TW", " và ", "19", ", ", "Chỉ thị 35", " của Bộ Chính trị",
    "Đồng chí ", "Nguyễn Văn An", ", Ủy viên Bộ Chính trị", " – ", "Trưởng Ban Tổ chức ", "Hà Nội",
    "Chiều ngày 3/12", "\n\n", "\n", "\xa0", "(", ")", "Xem phản hồi", "Tin khác", "TP.HCM",
    "Ngày đăng: 29/10/2019", "DUY NGUYỄN", "ngày 18/10/2019", "Đ/c ", "Hòa Bình", "Bà Rịa - ",
]
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join),
)


def check(raw: str) -> None:
    p = _parse(nfc(raw))  # the inner function: a bug must surface, not be swallowed
    for d in p.directives:
        assert p.clean_text[d.start : d.end] == d.surface
    for c, r in p.offset_map:
        assert 0 <= c <= len(p.clean_text) and 0 <= r <= len(p.raw_text)
    for c in range(0, len(p.clean_text) + 1, 7):
        assert 0 <= clean_to_raw(p.offset_map, c) <= len(p.raw_text) + 2
    assert len({ffold(x.name) for x in p.people}) == len(p.people)
    assert len(set(p.places)) == len(p.places)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_never_raises_and_spans_hold(raw: str) -> None:
    check(raw)


def test_public_function_never_raises_on_odd_input() -> None:
    for raw in ["", "\n\n\n", "\ud800", "(" * 5000, "\xa0\n" * 1000, "Nghị quyết " * 3000]:
        parse_article(raw)


def test_bounded_time_on_hostile_text() -> None:
    cases = [
        "Nghị quyết " + ", ".join(str(i % 100) for i in range(10000)),
        "(" * 20000 + ")" * 20000,
        "Đồng chí " * 5000,
        "A " * 50000,
        ("Ủy viên Bộ Chính trị, " * 3000) + "Nguyễn Văn A",
        "x" * 100_000,
        "Hà Nội " * 15000,
        "1/2/" * 25000,
    ]
    for raw in cases:
        t0 = time.process_time()
        check(raw)
        assert time.process_time() - t0 < 2.0, raw[:40]


def test_random_100kb_under_a_second() -> None:
    import random

    rng = random.Random(7)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậAĐNHQ0123456789 ,.;:-/()\n\xa0"
    raw = "".join(rng.choice(alphabet) for _ in range(100_000))
    t0 = time.process_time()
    parse_article(raw)
    assert time.process_time() - t0 < 1.0
