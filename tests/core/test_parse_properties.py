"""Properties of the whole analyser on arbitrary text (hypothesis)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.parse import _parse, parse_article
from desktop.core.parse.annotate import clean_to_raw
from desktop.core.parse.common import ffold
from desktop.core.text import nfc

FRAGMENTS = [
    "Nghị quyết ", "số ", "18", "-NQ/TW", " và ", "19", ", ", "Chỉ thị 35", " của Bộ Chính trị",
    "Đồng chí ", "Nguyễn Văn An", ", Ủy viên Bộ Chính trị", " – ", "Trưởng Ban Tổ chức ", "Hà Nội",
    "Chiều ngày 3/12", "\n\n", "\n", "\xa0", "(", ")", "Xem phản hồi", "Tin khác", "TP.HCM",
    "Ngày đăng: 29/10/2019", "DUY NGUYỄN", "ngày 18/10/2019", "Đ/c ", "Hòa Bình", "Bà Rịa - ",
    # social posts, bulletins and print editions
    "👍 ", "12 · ", "bình luận", "BTV: ", "Tài khoản chính thức", "PGS, TS. ", "*", "(Ảnh: ",
    "Số 912 (10-2018)", "NHÂN DÂN - ", " - Số 24.567", ":",
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
        "👍 1 · 2 bình luận · " * 5000,
        "PGS, TS. " * 8000,
        ("Số 1 (1-2000)\n" * 3000) + "Tiêu đề:\n" * 3000,
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


# --------------------------------------------------------------------------
# the fast paths give exactly what the plain code gives

import re  # noqa: E402

from desktop.core.parse import clean, directives, places, regexes  # noqa: E402
from desktop.core.parse.common import _FOLD_TABLE, _fold_long  # noqa: E402

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
LETTERS = st.text(alphabet=VIET + VIET.upper() + " \n\xa0.,-–“”0123456789/()", max_size=600)
ANY_TEXT = st.one_of(LETTERS, st.text(max_size=300),
                     st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_long_fold_is_translate(text: str) -> None:
    assert _fold_long(text) == text.translate(_FOLD_TABLE)
    assert ffold(text * 3) == (text * 3).translate(_FOLD_TABLE)


def test_long_fold_every_character() -> None:
    chars = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000)
    assert _fold_long(chars) == chars.translate(_FOLD_TABLE)
    for c in chars:
        assert _fold_long(c * 2) == (c * 2).translate(_FOLD_TABLE)


def _hinted() -> list[regexes.Hinted]:
    found = [v for v in vars(regexes).values() if isinstance(v, regexes.Hinted)]
    return found + [p for _kind, p in regexes.KIND_PATTERNS_F]


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, st.integers(0, 50), st.integers(0, 700))
def test_hinted_patterns_match_like_plain_ones(text: str, pos: int, endpos: int) -> None:
    folded = ffold(text)
    for h in _hinted():
        plain = re.compile(h.pattern.pattern)
        for args in ((folded,), (folded, pos, endpos)):
            assert ([m.span() for m in h.finditer(*args)]
                    == [m.span() for m in plain.finditer(*args)])
            a, b = h.search(*args), plain.search(*args)
            assert (a and a.span()) == (b and b.span())


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_directive_scan_is_finditer(text: str) -> None:
    folded = ffold(text)
    assert [m.span() for m in directives._directive_matches(folded)] == [
        m.span() for m in regexes.DIRECTIVE_F.finditer(folded)]


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_place_runs_skipped_hold_no_place(text: str) -> None:
    kept = [m.span() for m in places._runs_with_candidates(text)]
    runs = list(regexes.PLACE_RUN_RE.finditer(text))
    assert set(kept) <= {m.span() for m in runs} and kept == sorted(kept)
    folded = ffold(text)
    for m in runs:
        words = [folded[w.start() : w.end()]
                 for w in regexes.WORD_RE.finditer(text, m.start(), m.end())]
        windows = {" ".join(words[i:j]) for i in range(len(words))
                   for j in range(i + 1, len(words) + 1)}
        if windows & set(places._LOOKUP):
            assert m.span() in kept


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_fused_first_cleaning_steps(text: str) -> None:
    segs = clean.split_lines(text)
    for step in clean._FUSED:
        segs = step(segs)
    assert clean._first_steps(text) == segs


def test_failures_are_logged_not_silent(monkeypatch, caplog) -> None:  # noqa: ANN001
    import desktop.core.parse as analyser

    def boom(raw: str) -> None:
        raise RuntimeError("analyser bug")

    monkeypatch.setattr(analyser, "_parse", boom)
    with caplog.at_level("ERROR", logger="desktop.core.parse"):
        p = analyser.parse_article("Tiêu đề\n\nNội dung.")
    assert p.clean_text == "" and p.raw_text == "Tiêu đề\n\nNội dung."
    assert any(r.exc_info and "analyser bug" in str(r.exc_info[1]) for r in caplog.records)
