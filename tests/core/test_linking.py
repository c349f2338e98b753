"""Which directive a mention names (desktop.core.linking), as data tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import linking
from desktop.core.linking import Identity, TermBasis
from desktop.core.models import DirectiveRef


def ref(
    surface: str,
    type_: str,
    number: str,
    code: str | None = None,
    *,
    issuer: str | None = None,
    issue_date: str | None = None,
    inferred: bool = False,
    congress: str | None = None,
    canonical: str | None = None,
) -> DirectiveRef:
    """A mention as the analyser would give it."""
    if canonical is None:
        canonical = f"{type_} {number}-{code}" if code else f"{type_} {number}"
    return DirectiveRef(
        surface=surface,
        canonical=canonical,
        type=type_,
        number=number,
        code=code,
        issuer=issuer,
        issue_date=issue_date,
        inferred=inferred,
        start=0,
        end=len(surface),
        congress=congress,
    )


# "Chỉ thị 35 của Bộ Chính trị": the analyser infers CT/TW from the issuer.
CT35_INFERRED = ref("Chỉ thị 35", "Chỉ thị", "35", "CT/TW", issuer="Bộ Chính trị", inferred=True)
CT35_PRINTED = ref("Chỉ thị số 35-CT/TW", "Chỉ thị", "35", "CT/TW")


# --- one directive, many spellings --------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        (CT35_INFERRED, CT35_PRINTED),
        # leading zeros: "Kết luận số 09-KL/BTCTW" and "Kết luận 9-KL/BTCTW"
        (ref("Kết luận số 09-KL/BTCTW", "Kết luận", "09", "KL/BTCTW"), ref("Kết luận 9", "Kết luận", "9", "KL/BTCTW")),
        # code spacing and case as printed: "01- KH/CTĐ"
        (ref("Kế hoạch 1", "Kế hoạch", "1", "KH/BTCTW"), ref("kế hoạch 01", "Kế hoạch", "01", "kh/btctw")),
        # "Hướng dẫn số 16" and "hướng dẫn 16", both of the Ban Tổ chức Trung ương
        (
            ref("Hướng dẫn số 16", "Hướng dẫn", "16", "HD/BTCTW", issuer="Ban Tổ chức Trung ương", inferred=True),
            ref("hướng dẫn 16", "Hướng dẫn", "16", "HD/BTCTW", issuer="Ban Tổ chức Trung ương", inferred=True),
        ),
    ],
)
def test_spellings_of_one_directive_share_a_key(a: DirectiveRef, b: DirectiveRef) -> None:
    date = "2019-10-28"
    assert linking.identify(a, date, scope="a1").key == linking.identify(b, date, scope="a2").key


# --- never merged only because the numbers match -------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        # another issuer: the Politburo's directive and a provincial committee's
        (CT35_PRINTED, ref("Chỉ thị 35-CT/TU", "Chỉ thị", "35", "CT/TU")),
        # another type with the same code letters: Quy định and Quyết định are both QĐ
        (ref("Quy định 262", "Quy định", "262", "QĐ/TW"), ref("Quyết định 262", "Quyết định", "262", "QĐ/TW")),
        # another type, same number and issuer
        (CT35_PRINTED, ref("Kết luận 35-KL/TW", "Kết luận", "35", "KL/TW")),
        # uncoded, issuers stated differently
        (
            ref("Nghị định 15", "Nghị định", "15", issuer="Chính phủ"),
            ref("Nghị định 15", "Nghị định", "15", issuer="Quốc hội"),
        ),
    ],
)
def test_different_issuers_or_types_never_merge(a: DirectiveRef, b: DirectiveRef) -> None:
    date = "2019-10-28"
    assert linking.identify(a, date).key != linking.identify(b, date).key


def test_local_codes_link_only_within_their_article() -> None:
    # Every province's Tỉnh ủy issues its own "Kế hoạch 01-KH/TU": two
    # articles (two provinces, perhaps) must not be merged on the code alone.
    plan = ref("Kế hoạch số 01-KH/TU", "Kế hoạch", "01", "KH/TU")
    date = "2024-03-01"
    assert linking.identify(plan, date, scope="a1").key == linking.identify(plan, date, scope="a1").key
    assert linking.identify(plan, date, scope="a1").key != linking.identify(plan, date, scope="a2").key
    # ...while a national code links across articles whatever the scope.
    assert linking.identify(CT35_PRINTED, date, scope="a1").key == linking.identify(
        CT35_PRINTED, date, scope="a2"
    ).key


def test_issuerless_uncoded_mentions_stay_in_their_article() -> None:
    bare = ref("Đề án 01", "Đề án", "01")
    assert not linking.is_national(bare)
    assert linking.base_key(bare, "a1") != linking.base_key(bare, "a2")


@given(
    type_a=st.sampled_from(["Chỉ thị", "Quy định", "Quyết định", "Hướng dẫn", "Kết luận"]),
    type_b=st.sampled_from(["Chỉ thị", "Quy định", "Quyết định", "Hướng dẫn", "Kết luận"]),
    auth_a=st.sampled_from(["TW", "BTCTW", "TU", "HU", "UBKTTW"]),
    auth_b=st.sampled_from(["TW", "BTCTW", "TU", "HU", "UBKTTW"]),
    number=st.integers(1, 400),
)
def test_keys_differ_whenever_type_or_authority_differs(
    type_a: str, type_b: str, auth_a: str, auth_b: str, number: int
) -> None:
    a = ref("x", type_a, str(number), f"X/{auth_a}")
    b = ref("x", type_b, str(number), f"X/{auth_b}")
    same = linking.identify(a, "2020-01-01").key == linking.identify(b, "2020-01-01").key
    assert same == (type_a == type_b and auth_a == auth_b)


# --- the term: 35-CT/TW of 2019 is not 35-CT/TW of 2024 --------------------------


@pytest.mark.parametrize(
    "mention, article_date, term, basis",
    [
        # stated issue date wins over everything
        (ref("Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW", issue_date="2019-05-30"), "2024-07-01", "XII", TermBasis.ISSUE_DATE),
        (ref("Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW", issue_date="2024-06-14"), "2024-07-01", "XIII", TermBasis.ISSUE_DATE),
        # "tiến tới Đại hội XIII" means prepared (issued) in term XII, whatever the article's date
        (ref("Chỉ thị 35", "Chỉ thị", "35", "CT/TW", congress="XIII", inferred=True), "2020-07-09", "XII", TermBasis.CONGRESS),
        (ref("Chỉ thị 35", "Chỉ thị", "35", "CT/TW", congress="XIV", inferred=True), "2024-07-01", "XIII", TermBasis.CONGRESS),
        # "Nghị quyết 18 và 19 của BCH T.Ư Đảng khoá XII" (tone mark on a): the issuer names the term
        (ref("Nghị quyết 18", "Nghị quyết", "18", "NQ/TW", issuer="BCH T.Ư Đảng khoá XII"), "2018-12-03", "XII", TermBasis.NAMED),
        # "Nghị quyết Trung ương 4 khóa XII" names its term
        (
            ref("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", "4", canonical="Nghị quyết Trung ương 4 khóa XII"),
            "2019-01-01",
            "XII",
            TermBasis.NAMED,
        ),
        # nothing stated: the article's date, marked as assumed
        (CT35_PRINTED, "2019-10-28", "XII", TermBasis.ARTICLE_DATE),
        (CT35_PRINTED, "2024-09-01", "XIII", TermBasis.ARTICLE_DATE),
        (CT35_PRINTED, None, None, TermBasis.UNKNOWN),
    ],
)
def test_term_and_its_basis(mention: DirectiveRef, article_date: str | None, term: str | None, basis: TermBasis) -> None:
    ident = linking.identify(mention, article_date)
    assert (ident.term, ident.basis) == (term, basis)


def test_2019_and_2024_directives_35_are_two() -> None:
    of_2019 = linking.identify(ref("Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW", issue_date="2019-05-30"), "2019-06-01")
    of_2024 = linking.identify(ref("Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW", issue_date="2024-06-14"), "2024-06-20")
    assert of_2019.base == of_2024.base
    assert of_2019.key != of_2024.key


KNOWN_2019 = {linking.base_key(CT35_PRINTED): [("XII", "2019-05-30")]}
KNOWN_BOTH = {linking.base_key(CT35_PRINTED): [("XII", "2019-05-30"), ("XIII", "2024-06-14")]}
#: a document nothing dated: its term was assumed from the article citing it first
KNOWN_ASSUMED = {linking.base_key(CT35_PRINTED): [("XII", None, "article-date")]}
KNOWN_STATED = {linking.base_key(CT35_PRINTED): [("XII", None, "congress")]}


@pytest.mark.parametrize(
    "known, article_date, expected",
    [
        # a bare "Chỉ thị 35-CT/TW" in 2020 is the 2019 one, by the known directive
        (KNOWN_2019, "2020-07-09", Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        # soon after the XIII Congress it still is (the new term's 35 comes years later)
        (KNOWN_2019, "2021-06-01", Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        # years into term XIII a bare 35 more likely names the new term's: article date
        (KNOWN_2019, "2025-03-01", Identity(linking.base_key(CT35_PRINTED), "XIII", TermBasis.ARTICLE_DATE)),
        # with both known, the latest one issued before the article
        (KNOWN_BOTH, "2024-09-01", Identity(linking.base_key(CT35_PRINTED), "XIII", TermBasis.KNOWN)),
        (KNOWN_BOTH, "2022-03-01", Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        # a 2023 article cannot cite the 35-CT/TW of 14/6/2024: the previous term's
        ({linking.base_key(CT35_PRINTED): [("XIII", "2024-06-14", "issue-date")]}, "2023-05-10",
         Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        # a partial article date holding the issue date tells nothing
        ({linking.base_key(CT35_PRINTED): [("XIII", "2024-06-14", "issue-date")]}, "2024",
         Identity(linking.base_key(CT35_PRINTED), "XIII", TermBasis.ARTICLE_DATE)),
        # no article date, one known: that one; two known: cannot tell
        (KNOWN_2019, None, Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        (KNOWN_BOTH, None, Identity(linking.base_key(CT35_PRINTED), None, TermBasis.UNKNOWN)),
        # years later, a document whose term was only ever assumed keeps it (one entry,
        # not one per term of the articles citing it) ...
        (KNOWN_ASSUMED, "2025-03-01", Identity(linking.base_key(CT35_PRINTED), "XII", TermBasis.KNOWN)),
        # ... but one whose term a text stated does not: the new term's may be meant
        (KNOWN_STATED, "2025-03-01",
         Identity(linking.base_key(CT35_PRINTED), "XIII", TermBasis.ARTICLE_DATE)),
    ],
)
def test_known_directive_basis(known: dict, article_date: str | None, expected: Identity) -> None:
    assert linking.identify(CT35_PRINTED, article_date, known) == expected


def test_bases_marked_as_assumed() -> None:
    assert {str(b) for b in TermBasis} >= linking.ASSUMED
    assert "issue-date" not in linking.ASSUMED and "congress" not in linking.ASSUMED
    # A known directive's term never weighs more than an article's date.
    strength = linking.BASIS_STRENGTH
    assert strength[TermBasis.KNOWN] <= strength[TermBasis.ARTICLE_DATE] < strength[TermBasis.CONGRESS]


# --- small helpers --------------------------------------------------------------


@pytest.mark.parametrize(
    "date, term",
    [("2016-01-19", "XI"), ("2016-01-20", "XII"), ("2019-05-30", "XII"), ("2024-06-14", "XIII"), ("2026-11-22", "XIV"), (None, None)],
)
def test_term_of(date: str | None, term: str | None) -> None:
    assert linking.term_of(date) == term


@pytest.mark.parametrize(
    "code, auth",
    [("CT/TW", "TW"), ("HD/BTCTW", "BTCTW"), ("2024/NĐ-CP", "CP"), ("QĐ-TTg", "TTg"), ("KH/CTĐ", "CTĐ"), ("KH / TU", "TU"), (None, None)],
)
def test_authority(code: str | None, auth: str | None) -> None:
    assert linking.authority(code) == auth


def test_issuer_group_prefers_the_code() -> None:
    assert linking.issuer_group("CT/TW", "Bộ Chính trị") == "TW"
    assert linking.issuer_group(None, "  Chính   phủ ") == "Chính phủ"
    assert linking.issuer_group(None, None) == ""


def test_search_key_and_filter_words() -> None:
    key = linking.search_key("Chỉ thị 35-CT/TW", "Bộ Chính trị")
    assert key == " chi thi 35 ct tw bo chinh tri "
    assert linking.filter_words("Chỉ thị số 35") == ["chi", "thi", "35"]
    assert linking.search_key(None) == ""


def test_a_short_repeat_takes_the_term_its_article_states() -> None:
    full = ref("Chỉ thị 10-CT/TW", "Chỉ thị", "10", "CT/TW", issue_date="2007-03-30")
    short = ref("Chỉ thị 10-CT/TW", "Chỉ thị", "10", "CT/TW")
    base = linking.base_key(full)
    assumed = linking.identify(short, "2018-10-05")
    assert (assumed.term, assumed.basis) == ("XII", TermBasis.ARTICLE_DATE)
    stated = {base: {"X"}}
    assert linking.within_article(assumed, stated) == Identity(base, "X", TermBasis.KNOWN)
    # an article stating two terms for the number (both 35-CT/TW) assumes nothing
    assert linking.within_article(assumed, {base: {"XII", "XIII"}}) == assumed
    # a stated term of its own is never replaced
    of_2007 = linking.identify(full, "2018-10-05")
    assert linking.within_article(of_2007, {base: {"XII"}}) == of_2007


def test_a_state_bodys_code_with_its_term_is_national() -> None:
    """'Nghị quyết 202/2025/QH15' cited by two articles is one document, not one per article."""
    nq = ref("Nghị quyết 202/2025/QH15", "Nghị quyết", "202", "2025/QH15")
    assert linking.is_national(nq)
    assert linking.base_key(nq, "a1") == linking.base_key(nq, "a2")
