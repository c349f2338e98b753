"""Tests for desktop.core.anchor: making, finding and re-anchoring note anchors."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.anchor import (
    MIN_FUZZY_SCORE,
    AmbiguousQuote,
    QuoteNotFound,
    ReanchorMethod,
    find_quote,
    make_anchor,
    quote_similarity,
    reanchor,
)
from desktop.core.models import Anchor, AnchorState
from desktop.core.text import content_hash

P1 = (
    "Chiều ngày 3/12, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến toàn "
    "quốc đánh giá kết quả công tác tổ chức xây dựng Đảng tháng 11, triển khai phương "
    "hướng, nhiệm vụ tháng 12 năm 2018."
)
P2 = (
    "Trong tháng 11, toàn Ngành đã tập trung tham mưu cho cấp ủy triển khai việc lấy "
    "phiếu tín nhiệm đối với thành viên lãnh đạo cấp ủy theo Quy định 262 của Bộ Chính "
    "trị. Các cấp ủy đã chủ động rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2020 - 2025."
)
P3 = (
    "Hội nghị giao ban quý I năm 2019 đánh giá cao kết quả thực hiện Hướng dẫn số 16 "
    "của Ban Tổ chức Trung ương, đồng thời chỉ ra một số hạn chế cần khắc phục sớm."
)
P4 = (
    "Phát biểu kết luận, đồng chí Trưởng Ban đề nghị các địa phương tiếp tục làm tốt "
    "công tác bảo vệ chính trị nội bộ và chuẩn bị nhân sự đại hội đảng bộ các cấp."
)
TEXT = "\n\n".join([P1, P2, P3, P4])
NOTED = "Các cấp ủy đã chủ động rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2020 - 2025."
# Has more than 32 characters of P2 on either side.
MIDDLE = "tham mưu cho cấp ủy triển khai việc lấy phiếu tín nhiệm"
NEW_PARA = "Tin liên quan: Ban Tổ chức Tỉnh ủy Vĩnh Phúc triển khai nhiệm vụ năm 2019."


def span_of(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``quote`` in ``text`` (plain str.find)."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        assert pos >= 0, f"{quote!r} not in text"
    return pos, pos + len(quote)


def anchor_on(text: str, quote: str, occurrence: int = 1) -> Anchor:
    start, end = span_of(text, quote, occurrence)
    return make_anchor(text, start, end, content_hash(text))


# --- make_anchor ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "exact", "prefix", "suffix"),
    [
        pytest.param("0123456789", 3, 5, "34", "012", "56789", id="middle"),
        pytest.param("0123456789", 0, 2, "01", "", "23456789", id="at-start"),
        pytest.param("0123456789", 8, 10, "89", "01234567", "", id="at-end"),
        pytest.param("0123456789", 0, 10, "0123456789", "", "", id="whole-text"),
        pytest.param("x" * 40 + "Đảng" + "y" * 40, 40, 44, "Đảng", "x" * 32, "y" * 32, id="cut-32"),
    ],
)
def test_make_anchor(text: str, start: int, end: int, exact: str, prefix: str, suffix: str) -> None:
    anchor = make_anchor(text, start, end, "hash")
    assert anchor == Anchor(start, end, exact, prefix, suffix, "hash")


def test_make_anchor_context_length() -> None:
    anchor = make_anchor("abcdefghij", 4, 6, "h", context=2)
    assert (anchor.prefix, anchor.exact, anchor.suffix) == ("cd", "ef", "gh")


@pytest.mark.parametrize(
    ("start", "end"),
    [(3, 3), (5, 2), (-1, 2), (0, 11), (10, 11)],
    ids=["empty", "reversed", "negative", "past-end", "after-end"],
)
def test_make_anchor_rejects_bad_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_anchor("0123456789", start, end, "h")


# --- find_quote -----------------------------------------------------------------

FIND_TEXT = "Đảng ủy xã A họp.\n\nĐảng ủy   xã B\nhọp.  Đảng ủy xã C họp."


@pytest.mark.parametrize(
    ("quote", "occurrence", "expected"),
    [
        pytest.param("xã A", None, "xã A", id="unique"),
        pytest.param("  xã A họp.  ", None, "xã A họp.", id="outer-white-space-ignored"),
        pytest.param("Đảng ủy xã B họp.", None, "Đảng ủy   xã B\nhọp.", id="white-space-runs"),
        pytest.param("Đảng ủy", 2, "Đảng ủy", id="second-occurrence"),
        pytest.param("Đảng ủy xã", 3, "Đảng ủy xã", id="third-occurrence"),
        pytest.param(unicodedata.normalize("NFD", "ủy xã C"), None, "ủy xã C", id="nfd-quote"),
    ],
)
def test_find_quote(quote: str, occurrence: int | None, expected: str) -> None:
    start, end = find_quote(FIND_TEXT, quote, occurrence)
    assert FIND_TEXT[start:end] == expected
    if occurrence:
        # The n-th occurrence is the n-th from the left.
        earlier = FIND_TEXT[:start]
        assert earlier.count("Đảng ủy") == occurrence - 1


def test_find_quote_in_decomposed_text_maps_back_to_real_offsets() -> None:
    text = unicodedata.normalize("NFD", "Bí thư Đảng ủy phường Hòa Bình")
    start, end = find_quote(text, "Đảng ủy phường")
    assert unicodedata.normalize("NFC", text[start:end]) == "Đảng ủy phường"


def test_find_quote_ignores_zero_width_characters() -> None:
    text = "Ban Tổ\u200b chức Tỉnh ủy"
    start, end = find_quote(text, "Tổ chức")
    assert text[start:end] == "Tổ\u200b chức"


@pytest.mark.parametrize(
    ("quote", "occurrence", "error", "count"),
    [
        pytest.param("xã D", None, QuoteNotFound, 0, id="absent"),
        pytest.param("   ", None, QuoteNotFound, 0, id="blank"),
        pytest.param("Đảng ủy", None, AmbiguousQuote, 3, id="ambiguous"),
        pytest.param("xã A", 2, QuoteNotFound, 1, id="occurrence-too-large"),
    ],
)
def test_find_quote_errors(
    quote: str, occurrence: int | None, error: type[ValueError], count: int
) -> None:
    with pytest.raises(error) as info:
        find_quote(FIND_TEXT, quote, occurrence)
    assert isinstance(info.value, ValueError)
    assert info.value.count == count  # type: ignore[attr-defined]


def test_find_quote_rejects_occurrence_zero() -> None:
    with pytest.raises(ValueError):
        find_quote(FIND_TEXT, "xã A", 0)


# --- reanchor: data table ---------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One re-anchoring scenario.

    Attributes:
        old: the text the note was made on.
        quote: the noted passage (its first occurrence in ``old`` unless
            ``occurrence`` says otherwise).
        new: the changed text.
        method: the method code expected.
        expected: the passage expected in ``new`` as ``(string, occurrence)``,
            or None for needs_review.
        occurrence: which occurrence of ``quote`` in ``old`` is noted.
    """

    old: str
    quote: str
    new: str
    method: str
    expected: tuple[str, int] | None
    occurrence: int = 1


def _fix_typo(text: str) -> str:
    return text.replace("bổ sung quy hoạch", "bổ sung kịp thời quy hoạch")


def _repeat_elsewhere(text: str) -> str:
    # The noted sentence now also closes the last paragraph, in other words.
    return text + " Kết luận: " + NOTED


def _repeat_before(text: str) -> str:
    return f"Tóm tắt: {NOTED} Xem chi tiết bên dưới.\n\n{text}"


IDENTICAL_BLOCK = f"Mở đầu.\n\n{P2}\n\nKết thúc."

CASES = {
    "unchanged": Case(TEXT, NOTED, TEXT, "unchanged", (NOTED, 1)),
    "paragraph-added-before": Case(
        TEXT, NOTED, NEW_PARA + "\n\n" + TEXT, "quote_unique", (NOTED, 1)
    ),
    "paragraph-added-after": Case(TEXT, NOTED, TEXT + "\n\n" + NEW_PARA, "position", (NOTED, 1)),
    "paragraph-added-right-before-quote": Case(
        TEXT, P3, TEXT.replace(P3, NEW_PARA + "\n\n" + P3), "quote_unique", (P3, 1)
    ),
    "noted-sentence-removed": Case(
        TEXT, NOTED, TEXT.replace(" " + NOTED, ""), "needs_review", None
    ),
    "noted-paragraph-removed": Case(TEXT, P2, TEXT.replace(P2 + "\n\n", ""), "needs_review", None),
    "text-replaced": Case(TEXT, NOTED, NEW_PARA, "needs_review", None),
    "repeated-after-original-stays": Case(
        TEXT, NOTED, _repeat_elsewhere(TEXT), "position", (NOTED, 1)
    ),
    "repeated-before-context-picks-original": Case(
        TEXT, NOTED, _repeat_before(TEXT), "quote_context", (NOTED, 2)
    ),
    "repeated-identical-context": Case(
        IDENTICAL_BLOCK,
        MIDDLE,
        f"Phần mới mở đầu.\n\n{P2}\n\nXen giữa.\n\n{P2}\n\nKết thúc.",
        "needs_review",
        None,
    ),
    "second-copy-noted-first-removed": Case(
        f"{P2}\n\nXen giữa.\n\n{P2}\n\nHết.",
        NOTED,
        f"Xen giữa.\n\n{P2}\n\nHết.",
        "quote_unique",
        (NOTED, 1),
        occurrence=2,
    ),
    "one-word-added-inside-quote": Case(
        TEXT,
        NOTED,
        _fix_typo(TEXT),
        "fuzzy",
        (_fix_typo(NOTED), 1),
    ),
    "typo-fixed-inside-quote": Case(
        TEXT.replace("quy hoạch", "qui hoạch"),
        NOTED.replace("quy hoạch", "qui hoạch"),
        TEXT,
        "fuzzy",
        (NOTED, 1),
    ),
    "typo-fixed-and-paragraph-added": Case(
        TEXT.replace("rà soát", "rà xoát"),
        NOTED.replace("rà soát", "rà xoát"),
        NEW_PARA + "\n\n" + TEXT,
        "fuzzy",
        (NOTED, 1),
    ),
    "white-space-rewrapped": Case(
        TEXT,
        NOTED,
        TEXT.replace("rà soát, bổ sung", "rà soát,\nbổ  sung"),
        "fuzzy",
        (NOTED.replace("rà soát, bổ sung", "rà soát,\nbổ  sung"), 1),
    ),
    "decomposed-text": Case(
        TEXT,
        NOTED,
        unicodedata.normalize("NFD", TEXT),
        "fuzzy",
        (unicodedata.normalize("NFD", NOTED), 1),
    ),
    "decomposed-quote-recomposed": Case(
        unicodedata.normalize("NFD", TEXT),
        unicodedata.normalize("NFD", NOTED),
        TEXT,
        "fuzzy",
        (NOTED, 1),
    ),
    "quote-at-start": Case(TEXT, P1[:60], NEW_PARA + "\n\n" + TEXT, "quote_unique", (P1[:60], 1)),
    "quote-at-start-text-appended": Case(
        TEXT, P1[:60], TEXT + "\n\n" + NEW_PARA, "position", (P1[:60], 1)
    ),
    "quote-at-end": Case(TEXT, P4[-50:], NEW_PARA + "\n\n" + TEXT, "quote_unique", (P4[-50:], 1)),
    "quote-at-end-typo": Case(
        TEXT,
        P4[-50:],
        TEXT.replace("đại hội đảng bộ", "Đại hội Đảng bộ"),
        "fuzzy",
        (P4[-50:].replace("đại hội đảng bộ", "Đại hội Đảng bộ"), 1),
    ),
    "short-quote-only-elsewhere": Case(
        TEXT,
        "tháng 12",
        TEXT.replace("tháng 12 năm 2018", "sắp tới") + " Hẹn tháng 12.",
        "needs_review",
        None,
    ),
    "short-quote-shifted-with-context": Case(
        TEXT, "Quy định 262", NEW_PARA + "\n\n" + TEXT, "quote_unique", ("Quy định 262", 1)
    ),
    "similar-formula-elsewhere": Case(
        TEXT,
        "Hội nghị giao ban quý I năm 2019",
        TEXT.replace(P3, "Nội dung đã được lược bỏ.")
        + "\n\nHội nghị giao ban quý II năm 2019 sẽ tổ chức tại Hà Nội.",
        "needs_review",
        None,
    ),
    "short-quote-many-copies-context-kept": Case(
        TEXT,
        "Đảng",
        "Đảng. " * 50 + TEXT.replace("Đảng", "Đảng viên"),
        "quote_context",
        ("Đảng", 51),
    ),
    "short-quote-many-copies-context-lost": Case(
        TEXT,
        "Đảng",
        "Đảng. " * 50 + TEXT.replace("tổ chức xây dựng Đảng tháng 11", "nội dung khác"),
        "needs_review",
        None,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_reanchor(case: Case) -> None:
    old = anchor_on(case.old, case.quote, case.occurrence)
    new_hash = content_hash(case.new)

    anchor, state, method = reanchor(old, case.new, new_hash)

    assert method == case.method
    if case.expected is None:
        assert state is AnchorState.NEEDS_REVIEW
        assert anchor == old  # nothing lost: offsets, quote, context, old hash
    else:
        assert state is AnchorState.ANCHORED
        assert (anchor.start, anchor.end) == span_of(case.new, *case.expected)
        assert anchor.exact == case.new[anchor.start : anchor.end]
        assert anchor.content_hash == new_hash
        assert anchor == make_anchor(case.new, anchor.start, anchor.end, new_hash)
        if method != ReanchorMethod.FUZZY:
            assert anchor.exact == old.exact
        else:
            assert quote_similarity(old.exact, anchor.exact) >= MIN_FUZZY_SCORE


def test_needs_review_is_retried_not_mistaken_for_unchanged() -> None:
    # The old hash is kept, so the same new text is not taken as "unchanged".
    old = anchor_on(TEXT, NOTED)
    new = TEXT.replace(NOTED, "")
    anchor, state, _ = reanchor(old, new, content_hash(new))
    assert state is AnchorState.NEEDS_REVIEW
    again = reanchor(anchor, new, content_hash(new))
    assert again == (old, AnchorState.NEEDS_REVIEW, "needs_review")


def test_same_hash_but_moved_offsets_is_not_unchanged() -> None:
    # content_hash ignores CRLF, offsets do not.
    crlf = TEXT.replace("\n", "\r\n")
    old = anchor_on(TEXT, NOTED)
    anchor, state, method = reanchor(old, crlf, content_hash(crlf))
    assert content_hash(crlf) == old.content_hash
    assert state is AnchorState.ANCHORED
    assert method != "unchanged"
    assert crlf[anchor.start : anchor.end] == NOTED


@pytest.mark.parametrize(
    "bad",
    [
        Anchor(0, 0, "", "", "", "h"),
        Anchor(-5, 900, "zzz", "a", "b", "h"),
        Anchor(10, 5, "Đảng", "", "", "h"),
    ],
    ids=["empty-quote", "out-of-range", "reversed"],
)
def test_reanchor_odd_anchors_never_raise(bad: Anchor) -> None:
    anchor, state, method = reanchor(bad, TEXT, content_hash(TEXT))
    if state is AnchorState.NEEDS_REVIEW:
        assert anchor == bad and method == "needs_review"
    else:
        assert TEXT[anchor.start : anchor.end] == bad.exact


@pytest.mark.parametrize("new_text", ["", "x", TEXT[:5]], ids=["empty", "one-char", "short"])
def test_reanchor_into_tiny_texts(new_text: str) -> None:
    old = anchor_on(TEXT, NOTED)
    assert reanchor(old, new_text, content_hash(new_text)) == (
        old,
        AnchorState.NEEDS_REVIEW,
        "needs_review",
    )


def test_reanchor_on_a_megabyte_is_fast() -> None:
    body = "\n\n".join(f"Đoạn {i}: {P1} {P2} {P3} {P4}" for i in range(2_000))
    assert len(body) > 1_000_000
    quote = "Đoạn 1234: " + P1[:80]
    old = anchor_on(body, quote)
    edits: dict[str, Callable[[str], str]] = {
        "shift": lambda t: NEW_PARA + t,
        "typo": lambda t: t.replace(quote, quote.replace("Trung ương", "Trung Ương")),
        "removed": lambda t: t.replace(quote, ""),
        "reflowed": lambda t: t.replace(quote, quote.replace(" ", "\n")),
    }
    for name, edit in edits.items():
        new = edit(body)
        began = time.perf_counter()
        reanchor(old, new, name)
        assert time.perf_counter() - began < 2.0, name


# --- reanchor: properties -----------------------------------------------------------

SYLLABLE_TEXT = (
    "Đảng ủy tổ chức xây dựng cán bộ hội nghị giao ban tháng năm 2019 Trung ương tỉnh "
    "huyện xã công tác và các đã Quy định 262, Hướng dẫn số 16. kiểm tra"
)
SYLLABLES = SYLLABLE_TEXT.split(" ")
words = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=12).map(" ".join)
texts = st.lists(words, min_size=1, max_size=12).map(lambda ps: ". ".join(ps))


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, int, int, str]:
    """A text, a span in it, and the text after one to three random edits."""
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    new = text
    for _ in range(draw(st.integers(1, 3))):
        a = draw(st.integers(0, len(new)))
        b = draw(st.integers(a, min(len(new), a + 20)))
        insert = draw(st.one_of(st.just(""), words, st.sampled_from([" ", "\n\n", "  "])))
        new = new[:a] + insert + new[b:]
    return text, start, end, new


def check_result(old: Anchor, new: str, result: tuple[Anchor, AnchorState, str]) -> None:
    anchor, state, method = result
    assert method in set(ReanchorMethod)
    if state is AnchorState.NEEDS_REVIEW:
        assert method == "needs_review"
        assert anchor == old
        return
    assert 0 <= anchor.start < anchor.end <= len(new)
    passage = new[anchor.start : anchor.end]
    assert passage == anchor.exact
    if method == "fuzzy":
        assert quote_similarity(old.exact, passage) >= MIN_FUZZY_SCORE
    else:
        assert passage == old.exact


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_reanchor_property_random_edits(case: tuple[str, int, int, str]) -> None:
    text, start, end, new = case
    old = make_anchor(text, start, end, content_hash(text))
    check_result(old, new, reanchor(old, new, content_hash(new)))


@settings(max_examples=200, deadline=None)
@given(
    st.text(min_size=1, max_size=200),
    st.data(),
)
def test_reanchor_property_arbitrary_unicode(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    new = data.draw(
        st.one_of(
            st.text(max_size=200),
            st.builds(lambda a, b: a + text + b, st.text(max_size=20), st.text(max_size=20)),
            st.just(unicodedata.normalize("NFD", text)),
        )
    )
    old = make_anchor(text, start, end, content_hash(text))
    check_result(old, new, reanchor(old, new, content_hash(new)))


@settings(max_examples=100, deadline=None)
@given(texts, st.data())
def test_reanchor_property_same_text_is_unchanged(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    old = make_anchor(text, start, end, content_hash(text))
    assert reanchor(old, text, content_hash(text)) == (old, AnchorState.ANCHORED, "unchanged")


@settings(max_examples=100, deadline=None)
@given(texts, words, st.data())
def test_reanchor_property_prepending_keeps_unique_long_quotes(
    text: str, extra: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    old = make_anchor(text, start, end, content_hash(text))
    new = extra + "\n\n" + text
    anchor, state, _ = reanchor(old, new, content_hash(new))
    if new.count(old.exact) == 1 and len(old.exact.strip()) >= 40:
        assert state is AnchorState.ANCHORED
        assert (anchor.start, anchor.end) == (start + len(extra) + 2, end + len(extra) + 2)
