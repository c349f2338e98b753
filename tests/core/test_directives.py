"""Directive references: find, then resolve (invented sentences, not seed text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.parse import parse_article_strict  # noqa: E402
from desktop.core.parse.directives import find_directives, is_party_document  # noqa: E402
from tests.factories import canonicals, matches, ref  # noqa: E402

CASES = [
    # code printed, "số" dropped, stray space in the code removed
    ("Các chi bộ quán triệt Nghị quyết số 21-NQ/TW về củng cố tổ chức cơ sở đảng.",
     [ref("Nghị quyết 21-NQ/TW", "Nghị quyết số 21-NQ/TW", code="NQ/TW", inferred=False)]),
    ("Ban hành Kế hoạch số 07- KH/BTCTU ngày 3-2-2023 về công tác cán bộ.",
     [ref("Kế hoạch 07-KH/BTCTU", issue_date="2023-02-03")]),
    ("Thực hiện Quy định 105-QĐi/TW về phân cấp quản lý cán bộ.",
     [ref("Quy định 105-QĐi/TW", type="Quy định")]),
    # a code written with "-" for "/", as in a file's or a note's name
    ("Xem thêm ghi chú Chỉ thị 35-CT-TW (2024) và Quy định số 294-QĐ-TW.",
     [ref("Chỉ thị 35-CT/TW", "Chỉ thị 35-CT-TW", code="CT/TW"),
      ref("Quy định 294-QĐ/TW", "Quy định số 294-QĐ-TW", type="Quy định")]),
    # QĐ code: the type comes from the type word
    ("Căn cứ Quyết định số 214-QĐ/TW, Ủy ban Kiểm tra tiến hành giám sát.",
     [ref("Quyết định 214-QĐ/TW", type="Quyết định")]),
    # issuer fixes the code
    ("triển khai Kết luận 14 của Bộ Chính trị về khuyến khích cán bộ năng động",
     [ref("Kết luận 14-KL/TW", issuer="Bộ Chính trị", inferred=True)]),
    ("theo Hướng dẫn số 12 của Ban Tổ chức Trung ương ngày 6/10/2022",
     [ref("Hướng dẫn 12-HD/BTCTW", issue_date="2022-10-06", inferred=True)]),
    ("thực hiện Nghị quyết 26 của Ban Chấp hành Trung ương khóa XII về cán bộ",
     [ref("Nghị quyết 26-NQ/TW")]),
    ("Đảng ủy xã ban hành Nghị quyết 03 của Đảng ủy về xây dựng nông thôn mới",
     [ref("Nghị quyết 03-NQ/ĐU")]),
    ("theo Kế hoạch 115 của Huyện ủy về đại hội chi bộ",
     [ref("Kế hoạch 115-KH/HU")]),
    # a list under one surface, issuer closing it
    ("quán triệt các Chỉ thị 28 và 31 của Ban Bí thư",
     [ref("Chỉ thị 28-CT/TW", "Chỉ thị 28 và 31"), ref("Chỉ thị 31-CT/TW", "Chỉ thị 28 và 31")]),
    ("Nghị quyết 35,36 của Trung ương được triển khai",
     [ref("Nghị quyết 35-NQ/TW"), ref("Nghị quyết 36-NQ/TW")]),
    ("thực hiện Nghị quyết số 12-NQ/TW, số 15-NQ/TW và các kết luận",
     [ref("Nghị quyết 12-NQ/TW"), ref("Nghị quyết 15-NQ/TW")]),
    # a code printed once after the last number of a list names each number of it
    ("quán triệt Nghị quyết số 21, 22-NQ/TW và Chương trình 7, 9-CTr/HU về cán bộ",
     [ref("Nghị quyết 21-NQ/TW", "Nghị quyết số 21, 22-NQ/TW", inferred=True),
      ref("Nghị quyết 22-NQ/TW", inferred=False),
      ref("Chương trình 7-CTr/HU", inferred=True), ref("Chương trình 9-CTr/HU")]),
    # ... but not a code of another type: "Kế hoạch 4, 5-NQ/TU" is a typo, not a rule
    ("theo Kế hoạch 4, 5-NQ/TU của tỉnh",
     [ref("Kế hoạch 4"), ref("Kế hoạch 5-NQ/TU")]),
    # an issuer phrase closing a list of mentions applies to all of them
    ("rà soát Đề án 05, chương trình hành động số 12 và 13 của Ban Thường vụ Tỉnh ủy nhằm",
     [ref("Đề án 05-ĐA/TU", issuer="Ban Thường vụ Tỉnh ủy"),
      ref("Chương trình hành động 12-CTr/TU", "chương trình hành động số 12 và 13"),
      ref("Chương trình hành động 13-CTr/TU")]),
    # no code, no issuer fixing one
    ("thực hiện Kế hoạch 09 của Cụm thi đua số 4 năm 2022",
     [ref("Kế hoạch 09 (Cụm thi đua số 4)", code=None)]),
    ("triển khai Hướng dẫn 4 trong toàn ngành", [ref("Hướng dẫn 4")]),
    # a resolution named by its plenum
    ("kiểm điểm theo Nghị quyết Trung ương 4 khóa XIII về xây dựng Đảng",
     [ref("Nghị quyết Trung ương 4 khóa XIII", code=None)]),
    # one plenum, two terms: two resolutions
    ("quán triệt Nghị quyết Trung ương 4 khóa XI, khóa XII về xây dựng Đảng",
     [ref("Nghị quyết Trung ương 4 khóa XI", code=None),
      ref("Nghị quyết Trung ương 4 khóa XII", code=None)]),
    # a plenum's resolution repeated without its term takes it
    ("thực hiện Nghị quyết Trung ương 4 (khóa XI); khắc phục hạn chế sau Nghị quyết Trung ương 4",
     [ref("Nghị quyết Trung ương 4 khóa XI", code=None),
      ref("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4", code=None)]),
    ("thông qua Nghị quyết lãnh đạo số 75-NQ/ĐU thực hiện nhiệm vụ năm 2013",
     [ref("Nghị quyết 75-NQ/ĐU", "Nghị quyết lãnh đạo số 75-NQ/ĐU")]),
    # issuers abbreviated: BCT, BBT
    ("thực hiện Chỉ thị 28 của BCT và Quy định 90 của BBT khóa XII",
     [ref("Chỉ thị 28-CT/TW", issuer="BCT"), ref("Quy định 90-QĐ/TW", issuer="BBT khóa XII")]),
    # the Centre's commissions abbreviated; a plenum's resolution abbreviated in capitals
    ("theo HD 26 của BTCTW, Quy định 22 của UBKTTW; quán triệt NQ TƯ 4 khóa XII, nq tw 5",
     [ref("Hướng dẫn 26-HD/BTCTW", issuer="BTCTW", inferred=True),
      ref("Quy định 22-QĐ/UBKTTW", issuer="UBKTTW"),
      ref("Nghị quyết Trung ương 4 khóa XII", "NQ TƯ 4 khóa XII", code=None)]),
    # the type abbreviated in capitals; a code typed in lower case
    ("BTV Tỉnh ủy quán triệt NQ số 21-NQ/TW và NQ số 07-NQ/TU",
     [ref("Nghị quyết 21-NQ/TW", "NQ số 21-NQ/TW"), ref("Nghị quyết 07-NQ/TU")]),
    ("thực hiện Kết luận 150-kl/tw và Kế hoạch số 08 - kh/tu",
     [ref("Kết luận 150-KL/TW"), ref("Kế hoạch 08-KH/TU")]),
    # a word between the type and the number
    ("thực hiện Nghị quyết chuyên đề số 12-NQ/ĐU của Đảng ủy",
     [ref("Nghị quyết 12-NQ/ĐU", "Nghị quyết chuyên đề số 12-NQ/ĐU")]),
    # a joint guidance keeps its type; a five-digit number
    ("theo Hướng dẫn liên ngành số 02 của Ban Tổ chức Tỉnh ủy và Sở Nội vụ",
     [ref("Hướng dẫn liên ngành 02 (Ban Tổ chức Tỉnh ủy)", code=None)]),
    ("Văn phòng Trung ương Đảng có Công văn số 13052-CV/VPTW hướng dẫn",
     [ref("Công văn 13052-CV/VPTW")]),
    # state documents keep their code
    ("thực hiện Nghị định 33/2023/NĐ-CP về cán bộ cấp xã",
     [ref("Nghị định 33/2023/NĐ-CP")]),
    # a plenum held in two sessions keeps its session
    ("ôn lại Nghị quyết Trung ương 6 (lần 2) khóa VIII và Nghị quyết TW 3 (lần hai), khóa IX",
     [ref("Nghị quyết Trung ương 6 (lần 2) khóa VIII", code=None),
      ref("Nghị quyết Trung ương 3 (lần 2) khóa IX", code=None)]),
    # an abbreviated type glued to its number, in capitals; its issuer fixes the code
    ("giám sát việc thực hiện CT12, KL07 của Bộ Chính trị tại 4 chi bộ",
     [ref("Chỉ thị 12-CT/TW", "CT12", type="Chỉ thị"), ref("Kết luận 07-KL/TW", "KL07")]),
    # ... and a glued abbreviation repeats the full form
    ("Thực hiện Kế hoạch số 31-KH/HU, các xã đều có kế hoạch riêng; KH31 được sơ kết.",
     [ref("Kế hoạch 31-KH/HU"), ref("Kế hoạch 31-KH/HU", "KH31", inferred=True)]),
    # "NQ4" (or "Nghị quyết 4") after a resolution named by its plenum is that one
    ("quán triệt Nghị quyết Trung ương 7 khóa XII; kiểm tra việc thực hiện NQ7 ở cơ sở",
     [ref("Nghị quyết Trung ương 7 khóa XII"), ref("Nghị quyết Trung ương 7 khóa XII", "NQ7")]),
    # "QĐ" is both Quy định and Quyết định: the one the article names in full
    ("thực hiện Quy định số 58-QĐ/TW; nhiều cán bộ chưa nắm QĐ 58 và QĐ số 58-QĐ/TW",
     [ref("Quy định 58-QĐ/TW"), ref("Quy định 58-QĐ/TW", "QĐ 58", type="Quy định"),
      ref("Quy định 58-QĐ/TW", "QĐ số 58-QĐ/TW", type="Quy định")]),
    # ... and neither when the article names both
    ("áp dụng Quy định 15 và Quyết định 15 cùng QĐ 15",
     [ref("Quy định 15"), ref("Quyết định 15")]),
    ("Ban Thường vụ ban hành Quyết định số 412-QĐ/HU kèm theo quy chế; QĐ412 nêu rõ",
     [ref("Quyết định 412-QĐ/HU"), ref("Quyết định 412-QĐ/HU", "QĐ412", type="Quyết định")]),
    # a document's year after "năm" (not the years of a count: "kế hoạch 5 năm 2021-2025")
    ("thay thế quy định 57 năm 2017 về bảo vệ chính trị nội bộ và chỉ thị 12 năm 2022",
     [ref("Quy định 57", "quy định 57"), ref("Chỉ thị 12", "chỉ thị 12")]),
    # a joint plan of two provinces' standing committees
    ("thực hiện Kế hoạch liên tịch số 03-KHLT/BG-BN về hợp nhất cơ quan",
     [ref("Kế hoạch liên tịch 03-KHLT/BG-BN", "Kế hoạch liên tịch số 03-KHLT/BG-BN")]),
]

NOT_REFERENCES = [
    "Ban Thường vụ đã ban hành 12 đề án, 4 nghị quyết, 30 quy định, 21 kế hoạch.",
    "Hội nghị Trung ương 8 khóa XIII đã thảo luận nhiều nội dung.",
    "Cụm thi đua số 3 gồm 9 tỉnh phía Nam.",
    "Trao Giải Búa liềm vàng lần thứ VIII cho 40 tác phẩm.",
    "chuẩn bị nhân sự nhiệm kỳ 2025-2030",
    "Điều lệ Đảng và Nghị quyết Đại hội XIV của Đảng",
    "quán triệt các Nghị quyết TW về công tác cán bộ",
    "xây dựng Đề án vị trí việc làm trong các cơ quan đảng",
    "thực hiện kế hoạch 5 năm 2021-2025 của tỉnh",
    "thực hiện kế hoạch 5 năm 2021 - 2025 của tỉnh",
    # a share, not a number: "hướng dẫn 8/8 huyện ủy"
    "Ban Tổ chức đã hướng dẫn 8/8 huyện ủy tổ chức hội nghị",
    "Chỉ thị về đại hội đảng bộ các cấp đang được dự thảo",
    "Ban Tổ chức đã hướng dẫn 5 đảng bộ cơ sở rà soát đảng viên",
    # an abbreviation in lower case is a word, not a type
    "bên nq 18 nọ",
    # a plenum's resolutions, several: no one document
    "học tập các nghị quyết Hội nghị Trung ương 7 (khóa XI) sau khi có hướng dẫn",
    # "QĐ" alone cannot say which of Quy định and Quyết định it is (but the Centre's: Quy định)
    "xử lý nghiêm theo QĐ 181 của Tỉnh ủy",
    # an abbreviation glued to a number in lower case, or inside a code or a longer word
    "nhóm ct05 và mã số ABC-CT05, NQ2024A, KH/CT12",
    # the verb and a count of cases
    "Ban Thường vụ xem xét, kết luận 41 trường hợp có vấn đề chính trị",
    "đã kết luận 12 hồ sơ và hướng dẫn 7 cá nhân bổ sung",
    "Kỳ họp xem xét, kết luận 02 đơn tố cáo đối với đảng viên",
    # the verb and a count of committees
    "Ban đã hướng dẫn 166 đảng ủy xã, phường rà soát quy hoạch cấp ủy",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_and_resolve(text: str, expected: list[dict[str, object]]) -> None:
    found = find_directives(text)
    assert len(found) == len(expected), canonicals(found)
    for f, e in zip(found, expected, strict=True):
        assert matches(f, e), (f, e)
        assert text[f.start : f.end] == f.surface


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_not_references(text: str) -> None:
    assert find_directives(text) == []


@pytest.mark.parametrize("order", ["short_first", "full_first"])
def test_short_form_resolves_to_full_form_either_order(order: str) -> None:
    full = "Ban hành Chỉ thị số 45-CT/TW về đại hội."
    short = "Các cấp ủy phổ biến Chỉ thị 45 tới đảng viên."
    text = f"{short} {full}" if order == "short_first" else f"{full} {short}"
    found = find_directives(text)
    assert canonicals(found) == ["Chỉ thị 45-CT/TW", "Chỉ thị 45-CT/TW"]
    short_ref = next(r for r in found if r.surface == "Chỉ thị 45")
    assert short_ref.inferred is True and short_ref.code == "CT/TW"


def test_short_repeat_takes_issuer_stated_later() -> None:
    text = "Triển khai Quy định 80. Sau đó, thực hiện Quy định 80 của Bộ Chính trị."
    assert canonicals(find_directives(text)) == ["Quy định 80-QĐ/TW"] * 2


def test_nothing_carried_across_articles() -> None:
    find_directives("Chỉ thị số 45-CT/TW của Bộ Chính trị")
    assert canonicals(find_directives("quán triệt Chỉ thị 45 tới chi bộ")) == ["Chỉ thị 45"]


@pytest.mark.parametrize(
    ("text", "congress"),
    [
        ("Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng.", "XIV"),
        ("Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
         "toàn quốc lần thứ XIII của Đảng.", "XIII"),
        ("Chỉ thị 35 của Bộ Chính trị. Đại hội Đảng bộ tỉnh lần thứ XVII thành công.", None),
    ],
)
def test_congress(text: str, congress: str | None) -> None:
    assert find_directives(text)[0].congress == congress


def test_lower_case_and_upper_case_type_words() -> None:
    found = find_directives("theo hướng dẫn 08 của Ban Tổ chức Trung ương và QUY ĐỊNH 96-QĐ/TW")
    assert canonicals(found) == ["Hướng dẫn 08-HD/BTCTW", "Quy định 96-QĐ/TW"]


@pytest.mark.parametrize(
    ("text", "canonical", "party"),
    [
        ("thực hiện Nghị định 33/2023/NĐ-CP về cán bộ cấp xã", "Nghị định 33/2023/NĐ-CP", False),
        ("theo Nghị quyết số 35/2023/UBTVQH15 về sắp xếp đơn vị hành chính",
         "Nghị quyết 35/2023/UBTVQH15", False),
        ("Quyết định số 1234/QĐ-TTg của Thủ tướng", "Quyết định 1234/QĐ-TTg", False),
        ("Kế hoạch số 56/KH-UBND của tỉnh", "Kế hoạch 56/KH-UBND", False),
        # the other ministries' and the state's central bodies' codes
        ("Quyết định số 2081/QĐ-BCT của Bộ trưởng", "Quyết định 2081/QĐ-BCT", False),
        ("Kế hoạch số 45/KH-NHNN về chuyển đổi số", "Kế hoạch 45/KH-NHNN", False),
        ("Nghị quyết 63 của Chính phủ về giảm nghèo", "Nghị quyết 63 (Chính phủ)", False),
        ("Nghị quyết 08 của HĐND tỉnh về hỗ trợ cán bộ", "Nghị quyết 08 (HĐND tỉnh)", False),
        ("Kế hoạch 75 của Ủy ban nhân dân huyện", "Kế hoạch 75 (Ủy ban nhân dân huyện)", False),
        # the Government's programmes known by their number alone
        ("nguồn vốn Chương trình 135 cho các xã đặc biệt khó khăn", "Chương trình 135", False),
        ("Chương trình hành động số 135-CTr/TU của Tỉnh ủy", "Chương trình hành động 135-CTr/TU", True),
        ("Kế hoạch số 141/KH-BCĐTW của Ban Chỉ đạo Trung ương", "Kế hoạch 141/KH-BCĐTW", True),
        # a mass organisation's presidium, its grassroots trade union
        ("Chỉ thị số 05/CT-ĐCT của Đoàn Chủ tịch Trung ương Hội", "Chỉ thị 05/CT-ĐCT", False),
        ("Kế hoạch số 7/KH-CĐCS về phong trào thi đua", "Kế hoạch 7/KH-CĐCS", False),
        ("Nghị quyết số 21-NQ/TW", "Nghị quyết 21-NQ/TW", True),
        # a national steering committee of the state, its code printed the state's way
        ("Quyết định 1450/QĐ-BCĐQG của Ban Chỉ đạo quốc gia", "Quyết định 1450/QĐ-BCĐQG", False),
        # the national academy of politics, its code printed the state's way
        ("ban hành kèm Quyết định số 2568/QĐ-HVCTQG của Giám đốc Học viện", "Quyết định 2568/QĐ-HVCTQG", False),
        # a joint programme: with a Party body among its issuers it is the Party's too ...
        ("Chương trình phối hợp số 04-CTrPH/MTTQ-BDVTU về giám sát",
         "Chương trình phối hợp 04-CTrPH/MTTQ-BDVTU", True),
        ("Quy chế phối hợp số 02-QC/ĐĐ-UBKT về kiểm tra", "Quy chế phối hợp 02-QC/ĐĐ-UBKT", True),
        # ... but a union's own board is no Party body, and a slash-first code is the Front's
        ("Hướng dẫn số 11-HD/TWĐTN-BTC về đoàn viên", "Hướng dẫn 11-HD/TWĐTN-BTC", False),
        ("Kế hoạch số 312/KH-MTTQ-BTT của Mặt trận", "Kế hoạch 312/KH-MTTQ-BTT", False),
        # a joint document with no code that shows a Party body among its issuers
        ("duy trì Quy chế phối hợp số 03/QCPH giữa hai đơn vị", "Quy chế phối hợp 03", False),
        # numbered the state's way by a company, a command: theirs, not the Party's; the army's
        # political department numbers its documents so too
        ("thực hiện Quyết định số 812/QĐ-TKV của Hội đồng thành viên", "Quyết định 812/QĐ-TKV", False),
        ("Kế hoạch số 95/KH-BCH của Bộ Chỉ huy Quân sự tỉnh", "Kế hoạch 95/KH-BCH", False),
        ("Hướng dẫn số 207/HD-CT của Cục Chính trị Quân khu", "Hướng dẫn 207/HD-CT", True),
    ],
)
def test_state_documents_are_found_but_are_not_party_directives(
    text: str, canonical: str, party: bool
) -> None:
    from desktop.core.parse import analysis_dict, parse_article_strict
    from desktop.core.parse.directives import is_party_document

    [ref] = find_directives(text)
    assert (ref.canonical, is_party_document(ref)) == (canonical, party)
    got = analysis_dict(parse_article_strict(f"Tiêu đề bài viết\n{text}."), "x.txt")
    listed = "directives" if party else "other_documents"
    assert [d["canonical"] for d in got[listed]] == [canonical]


@pytest.mark.parametrize(
    ("text", "issuer", "issue_date"),
    [
        ("Ngày 12-5-2008, Ban Bí thư Trung ương Đảng (khóa X) ban hành Chỉ thị số 21-CT/TW về công tác dân vận.",
         "Ban Bí thư Trung ương Đảng (khóa X)", "2008-05-12"),
        ("Ngày 2 tháng 3 năm 2021, Bộ Chính trị đã ký ban hành Quy định số 08-QĐi/TW về trách nhiệm nêu gương.",
         "Bộ Chính trị", "2021-03-02"),
        # the meeting's day without its year says nothing of the document
        ("Ngày 5/10, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU triển khai.", None, None),
    ],
)
def test_issue_date_and_issuer_stated_before_the_mention(text: str, issuer: str | None, issue_date: str | None) -> None:
    [d] = find_directives(text)
    assert (d.issuer, d.issue_date) == (issuer, issue_date)


def test_a_repeat_said_to_be_the_centres_is_the_central_document_printed_in_full() -> None:
    text = ("Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, các chi bộ rà soát đảng viên. "
            "Hội nghị yêu cầu củng cố chi bộ theo hướng dẫn 12 của Trung ương.")
    assert canonicals(find_directives(text)) == ["Hướng dẫn 12-HD/BTCTW"] * 2


def test_a_short_repeat_takes_the_fuller_type_word_of_its_document() -> None:
    text = ("Huyện ủy ban hành Chương trình hành động số 08-CTr/HU thực hiện nghị quyết đại hội. "
            "Các xã cụ thể hóa Chương trình 08 bằng kế hoạch riêng.")
    refs = find_directives(text)
    assert canonicals(refs) == ["Chương trình hành động 08-CTr/HU"] * 2
    assert [r.type for r in refs] == ["Chương trình hành động"] * 2


def test_a_bare_repeat_of_a_state_document_is_not_a_party_one() -> None:
    from desktop.core.parse import analysis_dict, parse_article_strict

    text = ("Tiêu đề bài viết\nTỉnh phối hợp triển khai Đề án 12 của Chính phủ về chuyển đổi số; "
            "đến nay đã hoàn thành các chỉ tiêu theo Đề án 12.")
    got = analysis_dict(parse_article_strict(text), "x.txt")
    assert got["directives"] == []
    assert [d["canonical"] for d in got["other_documents"]] == ["Đề án 12 (Chính phủ)"] * 2


def test_a_bare_number_of_a_state_issuer_is_not_the_party_document_of_that_number() -> None:
    text = ("Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU về phát triển đội ngũ cán bộ. "
            "Huyện vận dụng Nghị quyết 12 của HĐND tỉnh về chính sách hỗ trợ cán bộ cơ sở.")
    assert canonicals(find_directives(text)) == ["Nghị quyết 12-NQ/TU", "Nghị quyết 12 (HĐND tỉnh)"]


def test_a_body_that_held_a_meeting_on_a_document_is_not_its_issuer() -> None:
    text = ("Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương, hội nghị học tập "
            "Nghị quyết 21 do Tỉnh ủy tổ chức đã thu hút đông đảo đảng viên. "
            "Ban Thường vụ ban hành Kế hoạch 40 do Tỉnh ủy ban hành kèm theo.")
    refs = find_directives(text)
    assert canonicals(refs)[:2] == ["Nghị quyết 21-NQ/TW"] * 2
    assert (refs[1].issuer, refs[2].issuer) == (None, "Tỉnh ủy")


def test_a_plenum_name_defined_as_short_for_a_coded_resolution_is_that_resolution() -> None:
    text = ("Thực hiện Nghị quyết số 07-NQ/TW ngày 5/2/2014 của Ban Chấp hành Trung ương khóa XI "
            "(sau đây gọi tắt là Nghị quyết Trung ương 9 khóa XI), các chi bộ đã ... "
            "Sau 5 năm thực hiện Nghị quyết Trung ương 9, tỉnh đã ... Nghị quyết Trung ương 9 khóa XI đi vào cuộc sống.")
    refs = find_directives(text)
    assert canonicals(refs) == ["Nghị quyết 07-NQ/TW"] * 4
    # the definition's closing bracket is not part of the surface
    assert refs[1].surface == "Nghị quyết Trung ương 9 khóa XI"


def test_a_plenum_name_not_defined_so_keeps_its_own_form() -> None:
    text = ("Thực hiện Nghị quyết số 07-NQ/TW của Ban Chấp hành Trung ương; "
            "Nghị quyết Trung ương 9 khóa XI (về văn hóa) được quán triệt.")
    assert canonicals(find_directives(text)) == ["Nghị quyết 07-NQ/TW", "Nghị quyết Trung ương 9 khóa XI"]


def test_a_bracketed_term_closes_inside_the_plenum_surface() -> None:
    [r] = find_directives("quán triệt Nghị quyết Trung ương 6 (khóa X) về công tác")
    assert r.surface == "Nghị quyết Trung ương 6 (khóa X)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh ủy ban hành Kế hoạch từ số 101 đến 104-KH/TU về công tác cán bộ",
         ["Kế hoạch 101-KH/TU", "Kế hoạch 102-KH/TU", "Kế hoạch 103-KH/TU", "Kế hoạch 104-KH/TU"]),
        ("các Nghị quyết số 07 đến 09-NQ/ĐU của Đảng ủy xã",
         ["Nghị quyết 07-NQ/ĐU", "Nghị quyết 08-NQ/ĐU", "Nghị quyết 09-NQ/ĐU"]),
        # a long series is named by its ends
        ("các kết luận của Bộ Chính trị (từ Kết luận 127 đến 137) về sắp xếp",
         ["Kết luận 127", "Kết luận 137"]),
        # no range: "đến nay", "đến năm", a count backwards
        ("thực hiện Kế hoạch số 15 đến nay đã", ["Kế hoạch 15"]),
        ("Chương trình 03 đến năm 2030", ["Chương trình 03"]),
    ],
)
def test_a_range_of_numbers_names_every_document_in_it(text: str, expected: list[str]) -> None:
    assert canonicals(find_directives(text)) == expected


def test_a_plan_named_by_its_year_is_no_reference() -> None:
    assert canonicals(find_directives("Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 | So với năm 2023")) == []
    # a document numbered like a year keeps its number when its code or "số" says so
    assert canonicals(find_directives("Kế hoạch 1986-KH/ĐU và Kế hoạch số 2024 của Tỉnh ủy")) == [
        "Kế hoạch 1986-KH/ĐU", "Kế hoạch 2024-KH/TU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thường vụ ban hành Kế hoạch số 21 và 22 để cụ thể hóa Chỉ thị 05-CT/TW",
         ["Kế hoạch 21", "Kế hoạch 22", "Chỉ thị 05-CT/TW"]),
        ("quán triệt các Nghị quyết 07, 08 để triển khai trong toàn Đảng bộ",
         ["Nghị quyết 07", "Nghị quyết 08"]),
        # a count is still none: "5 và 6 đảng viên để ..."
        ("rà soát Kế hoạch 3 và 4 đảng viên để bổ sung", ["Kế hoạch 3"]),
    ],
)
def test_a_list_of_numbers_goes_on_before_a_purpose(text: str, expected: list[str]) -> None:
    assert canonicals(find_directives(text)) == expected


def test_a_number_with_its_thousands_after_a_dot_is_a_count() -> None:
    assert canonicals(find_directives("Ủy ban đã xem xét, kết luận 1.250 trường hợp về lịch sử chính trị")) == []
    assert canonicals(find_directives("theo Kết luận 125 của Ban Thường vụ, kết luận 3.400 hồ sơ")) == [
        "Kết luận 125"]


def test_a_verb_before_a_count_of_districts_or_wards_is_no_reference() -> None:
    assert canonicals(find_directives("Ban đã hướng dẫn 12 quận, huyện ủy chọn nơi làm điểm")) == []
    assert canonicals(find_directives("kết luận 5 phường còn chậm; quán triệt Kế hoạch 20 quán triệt")) == [
        "Kế hoạch 20"]


def test_a_joint_programme_is_its_own_type_and_its_short_repeat_resolves() -> None:
    text = ("Thực hiện Chương trình phối hợp số 07-CTrPH/BDVTU-MTTQ ngày 5/4/2022 về giám sát; "
            "nhìn chung Chương trình phối hợp số 07 được triển khai nghiêm túc.")
    assert canonicals(find_directives(text)) == ["Chương trình phối hợp 07-CTrPH/BDVTU-MTTQ"] * 2


def test_working_rules_are_their_own_type_and_a_short_repeat_resolves() -> None:
    text = ("Học tập Quy chế làm việc số 03-QC/ĐU của Ban Chấp hành Đảng bộ khóa VII; theo Quy chế 03, "
            "Ban Thường vụ họp mỗi tháng một lần. Xây dựng quy chế làm việc của các chi bộ.")
    assert canonicals(find_directives(text)) == ["Quy chế làm việc 03-QC/ĐU"] * 2


def test_a_code_printed_without_its_type_word() -> None:
    table = ("| STT | Số hiệu | Ngày ban hành | Trích yếu |\n"
             "| 1 | 27-HD/TU | 05/5/2023 | Hướng dẫn đánh giá cán bộ hằng quý |\n"
             "| 2 | 33/2023/NĐ-CP | 10/6/2023 | Nghị định của Chính phủ |")
    assert canonicals(find_directives(table)) == ["Hướng dẫn 27-HD/TU"]  # (a state code alone is none)
    # "QĐ" is Quy định or Quyết định: only a repeat of a document the text names in full
    assert canonicals(find_directives("| 1 | 96-QĐ/TU | Quy chế |")) == []
    assert canonicals(find_directives("| 1 | 96-QĐ/TU | ... |. Theo Quyết định số 96-QĐ/TU ...")) == [
        "Quyết định 96-QĐ/TU", "Quyết định 96-QĐ/TU"]


def test_a_plenum_abbreviated_tu_is_the_central_committees_and_its_short_repeat_follows() -> None:
    refs = find_directives("Sơ kết Nghị quyết TƯ 7 khóa XII về cán bộ; tiếp tục thực hiện Nghị quyết Trung ương 7.")
    assert canonicals(refs) == ["Nghị quyết Trung ương 7 khóa XII"] * 2


def test_a_state_code_broken_after_its_years_slash_is_the_states() -> None:
    # (as a wrapped line's break joins it: "số 76/2025/" / "QH15 của Quốc hội")
    got = parse_article_strict("Sắp xếp tỉnh\n\nTheo Nghị quyết số 76/2025/ QH15 của Quốc hội, tỉnh sắp xếp lại.")
    assert [(d.canonical, is_party_document(d)) for d in got.directives] == [("Nghị quyết 76/2025/QH15", False)]


def test_a_footnote_number_glued_to_a_party_code_is_not_part_of_it() -> None:
    # (a PDF's text puts the superscript after the code: "21-NQ/TW13" is the code and footnote 13)
    refs = find_directives("Quán triệt Nghị quyết số 21-NQ/TW13 và Kế hoạch 112-KH/TU4 của Tỉnh ủy, "
                           "theo Kế hoạch số 141/KH-BCĐTKNQ18 của Ban Chỉ đạo.")
    assert [(r.surface, r.canonical) for r in refs] == [
        ("Nghị quyết số 21-NQ/TW", "Nghị quyết 21-NQ/TW"), ("Kế hoạch 112-KH/TU", "Kế hoạch 112-KH/TU"),
        ("Kế hoạch số 141/KH-BCĐTKNQ18", "Kế hoạch 141/KH-BCĐTKNQ18")]


def test_the_armys_central_party_committee_gives_its_own_code() -> None:
    refs = parse_article_strict(
        "Ngày 3/5, Đảng ủy Quân sự tỉnh quán triệt Nghị quyết 847 của Quân ủy Trung ương và "
        "Nghị quyết 12 của Quận ủy.").directives
    assert [(r.canonical, r.inferred) for r in refs] == [
        ("Nghị quyết 847-NQ/QUTW", True), ("Nghị quyết 12-NQ/QU", True)]


def test_the_governments_abbreviation_makes_a_state_document() -> None:
    from desktop.core.parse import analysis_dict
    got = analysis_dict(parse_article_strict("Sáng 3/5, chi bộ làm sạch dữ liệu theo Đề án 06 của CP."), "x")
    assert (got["directives"], [d["canonical"] for d in got["other_documents"]]) == ([], ["Đề án 06 (CP)"])


def test_a_scheme_a_state_decision_approved_is_a_state_document() -> None:
    from desktop.core.parse import analysis_dict
    got = analysis_dict(parse_article_strict(
        "Sáng 3/5, Công an tỉnh là nòng cốt thực hiện Đề án 06 theo Quyết định 06/QĐ-TTg của Thủ tướng; "
        "chi bộ triển khai Đề án 2 (ban hành kèm Quyết định số 1234/QĐ-UBND) và Đề án 05 theo Quyết định "
        "số 98-QĐ/TU của Tỉnh ủy."), "x")
    assert [d["canonical"] for d in got["other_documents"]] == [
        "Đề án 06 (Quyết định 06/QĐ-TTg)", "Quyết định 06/QĐ-TTg", "Đề án 2 (Quyết định số 1234/QĐ-UBND)",
        "Quyết định 1234/QĐ-UBND"]
    # (a Party committee's decision approving it: the Party's)
    assert [d["canonical"] for d in got["directives"]] == ["Đề án 05", "Quyết định 98-QĐ/TU"]


def test_english_type_words_name_the_same_documents() -> None:
    # (a portal's English page: "Resolution No. ...", "Regulation ...-QĐ/TW" is a Quy định,
    # a short repeat "Directive 45" resolves to the full form; a plan in a sentence is no document)
    refs = find_directives(
        "Implementing Resolution No. 60-NQ/TW and Regulation 366-QĐ/TW of the Politburo, with "
        "Plan No. 15-KH/TU and Chỉ thị số 45-CT/TW, the board drew up a plan 5 years long. "
        "Directive 45 must be followed.")
    assert [(r.surface, r.canonical) for r in refs] == [
        ("Resolution No. 60-NQ/TW", "Nghị quyết 60-NQ/TW"), ("Regulation 366-QĐ/TW", "Quy định 366-QĐ/TW"),
        ("Plan No. 15-KH/TU", "Kế hoạch 15-KH/TU"), ("Chỉ thị số 45-CT/TW", "Chỉ thị 45-CT/TW"),
        ("Directive 45", "Chỉ thị 45-CT/TW")]


def test_an_ocrs_letter_o_in_a_codes_number_is_read_as_a_zero() -> None:
    # (a scanned page: "O" for "0" in a number before its code, the surface as printed; a word in
    # capitals with an "O" in it, or an "O" with no digit, is no number)
    refs = find_directives(
        "Đảng ủy quán triệt Kết luận số O1-KL/TW và Quy định 1O2-QĐ/TW của Bộ Chính trị; "
        "ĐOÀN KIỂM TRA SỐ 3 làm việc với Chi bộ O-CB/X.")
    assert [(r.surface, r.canonical) for r in refs] == [
        ("Kết luận số O1-KL/TW", "Kết luận 01-KL/TW"), ("Quy định 1O2-QĐ/TW", "Quy định 102-QĐ/TW")]


def test_an_ocrs_letter_l_or_i_ending_a_codes_number_is_read_as_a_one() -> None:
    # (a phone's OCR of a printed page: "l" or "I" for "1" after a digit, right before the code;
    # the surface as printed. A letter with no digit before it is no number: "Phần I-CB/X")
    refs = find_directives(
        "Tỉnh ủy thực hiện Chỉ thị số 0l-CT/TU của Ban Thường vụ và Quy định số 14I-QĐ/TW; "
        "mục Phần I-CB/X và khoản l-KH/TU không phải văn bản.")
    assert [(r.surface, r.canonical) for r in refs] == [
        ("Chỉ thị số 0l-CT/TU", "Chỉ thị 01-CT/TU"), ("Quy định số 14I-QĐ/TW", "Quy định 141-QĐ/TW")]


def test_an_abbreviated_qd_is_the_centres_rule_by_its_code_or_its_issuer() -> None:
    # (named in full nowhere: a code of the Centre's, or the Centre named as its issuer, makes
    # it the Centre's Quy định; a province's, or no code and no issuer, stays unread)
    assert [d.canonical for d in find_directives("theo QĐ số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị")] == [
        "Quy định 366-QĐ/TW"]
    assert find_directives("theo QĐ số 12-QĐ/TU của Tỉnh ủy") == []
    assert [(d.canonical, d.inferred) for d in find_directives("theo QĐ 366 của Bộ Chính trị")] == [
        ("Quy định 366-QĐ/TW", True)]
    assert [d.canonical for d in find_directives("xếp loại theo QĐ 366 của BCT và Hướng dẫn 04")] == [
        "Quy định 366-QĐ/TW", "Hướng dẫn 04"]
    assert find_directives("theo QĐ 366 của UBND tỉnh") == []
    assert find_directives("theo QĐ 366 ngày 5/3") == []


def test_a_scans_centre_code_with_its_w_read_as_two_v() -> None:
    assert [d.canonical for d in find_directives("Nghị quyết số 18-NQ/TW và 19-NQ/TVV ngày 25/10/2017")] == [
        "Nghị quyết 18-NQ/TW", "Nghị quyết 19-NQ/TW"]


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("các văn bản mới: HD 26/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương", "HD 26/BTCTW",
     "Hướng dẫn 26-HD/BTCTW"),
    ("thực hiện Chỉ thị 35/TW của Bộ Chính trị về đại hội", "Chỉ thị 35/TW", "Chỉ thị 35-CT/TW"),
    ("theo Kế hoạch số 112/TU của Tỉnh ủy", "Kế hoạch số 112/TU", "Kế hoạch 112-KH/TU"),
])
def test_a_code_typed_without_its_types_part(text: str, surface: str, canonical: str) -> None:
    # (the committee's part alone after the number: the type word gives the rest)
    assert [(d.surface, d.canonical, d.inferred) for d in find_directives(text)] == [(surface, canonical, False)]


def test_a_state_bodys_part_alone_is_no_party_code() -> None:
    assert [d.canonical for d in find_directives("theo Kế hoạch 112/UBND của tỉnh")] == ["Kế hoạch 112"]


def test_the_centres_part_of_a_code_typed_apart_from_its_boards() -> None:
    got = find_directives("thực hiện Hướng dẫn 02-HD/UBKT TW ngày 09/12/2021 của Ủy ban Kiểm tra Trung ương"
                          " và Kế hoạch 05-KH/BTC TW; Hướng dẫn 03-HD/UBKT TWO")
    assert [(d.surface, d.canonical) for d in got] == [
        ("Hướng dẫn 02-HD/UBKT TW", "Hướng dẫn 02-HD/UBKTTW"),
        ("Kế hoạch 05-KH/BTC TW", "Kế hoạch 05-KH/BTCTW"),
        ("Hướng dẫn 03-HD/UBKT", "Hướng dẫn 03-HD/UBKT")]


@pytest.mark.parametrize(("surface", "expected"), [
    ("Nghị quyết, Chỉ thị, Quy định số 21-NQ/TW, 28-CT/TW, 80-QĐ/TW",
     ["Nghị quyết 21-NQ/TW", "Chỉ thị 28-CT/TW", "Quy định 80-QĐ/TW"]),
    ("Kết luận và Hướng dẫn số 150-KL/TW, 16-HD/BTCTW", ["Kết luận 150-KL/TW", "Hướng dẫn 16-HD/BTCTW"]),
])
def test_type_words_listed_before_coded_numbers_go_one_to_each(surface: str, expected: list[str]) -> None:
    text = f"Chi bộ giám sát việc thực hiện các {surface} của Trung ương tại các đảng bộ xã."
    refs = find_directives(text)
    assert [r.canonical for r in refs] == expected
    assert {r.surface for r in refs} == {surface}  # (one mention naming them all)
