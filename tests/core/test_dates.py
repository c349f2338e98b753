"""Publication date, event date and period (invented lines)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.models import Precision  # noqa: E402
from desktop.core.parse import parse_article_strict  # noqa: E402
from desktop.core.parse.dates import (  # noqa: E402
    context_years,
    fix_year,
    number_in_words,
    published_date,
    settle_year,
)
from tests.factories import article  # noqa: E402

BODY = ("Hội nghị đánh giá kết quả công tác tổ chức xây dựng Đảng, đề ra nhiệm vụ trọng tâm cho "
        "thời gian tới với nhiều giải pháp cụ thể, thiết thực và hiệu quả hơn nữa.")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("(03/11/2021 09:15)", "2021-11-03"),
        ("Ngày đăng: 05/06/2022", "2022-06-05"),
        ("Cập nhật lúc 14:02, Thứ Tư, 08/02/2023 (GMT+7)", "2023-02-08"),
        ("CHỦ NHẬT, 17/09/2023 07:10:55", "2023-09-17"),
        ("10:20' 4/1/2024", "2024-01-04"),
        ("Chính trị 02-01-2023", "2023-01-02"),
        ("Thứ ba, 14/11/2023, 16:40 (GMT+7)", "2023-11-14"),
        ("Thứ hai, 23 Tháng 10, 2023 | 10:00", "2023-10-23"),
        ("T5, 26/10/2023", "2023-10-26"),
        ("Ngày gửi: 18/01/2013 - 09:41", "2013-01-18"),
        ("Số 5187 - Thứ Bảy, 28/12/2024 | Trang 2", "2024-12-28"),
        ("Đăng ngày 03-04-2026 | 09g15 | Lượt xem", "2026-04-03"),
        ("Thứ Sáu, 10/07/2026 08:00 | Cập nhật: 10/07/2026 09:30", "2026-07-10"),
        ("Ngày 31/02/2023", None),
        # a month in words without a comma; May needs one ("6 tháng năm 2024" is six months)
        ("Thứ Tư, 9 Tháng Mười 2024 08:30", "2024-10-09"),
        ("12 tháng Tám năm 2023", "2023-08-12"),
        ("Sau 6 tháng năm 2024", None),
        # a clipper's copy of the page's own date
        ("published: 2023-05-06T08:00:00+07:00", "2023-05-06"),
    ],
)
def test_published_date(line: str, iso: str | None) -> None:
    assert published_date([line]) == iso


@pytest.mark.parametrize(
    ("title", "date_line", "lead", "event"),
    [
        ("Giao ban công tác tổ chức tháng 9", "Ngày đăng: 26/09/2023",
         "Chiều ngày 25/9, Ban Tổ chức Tỉnh ủy tổ chức giao ban.", "2023-09-25"),
        ("Sơ kết công tác tổ chức 6 tháng", "Cập nhật: 11/07/2022",
         "Sáng 10.7, Ban Tổ chức Thành ủy tổ chức hội nghị sơ kết.", "2022-07-10"),
        ("Hội nghị giao ban quý II", "Ngày đăng: 02/07/2021",
         "Sáng 1-7, Ban Tổ chức Huyện ủy tổ chức giao ban quý II.", "2021-07-01"),
        ("Tổng kết công tác tổ chức năm 2021", "Ngày đăng: 20/01/2022",
         "Chiều 13-1-2022, Ban Tổ chức Tỉnh ủy tổng kết công tác năm 2021.", "2022-01-13"),
        # a draft's year in two digits
        ("Giao ban quý I", None,
         "Chiều 05-04-23, Đảng ủy phường tổ chức hội nghị giao ban quý I năm 2023.", "2023-04-05"),
        ("Giao ban trực tuyến", "Ngày đăng: 05/08/2020",
         "Sáng nay (5/8), Ban Tổ chức Trung ương tổ chức giao ban trực tuyến.", "2020-08-05"),
        # the weekday in brackets with the day
        ("Tổng kết công tác xây dựng Đảng", None,
         "Chiều nay (thứ Năm, 8/1/2026), Tỉnh ủy tổ chức hội nghị tổng kết.", "2026-01-08"),
        ("Tổng kết công tác xây dựng Đảng", None,
         "Hôm qua (Chủ nhật, 11/1/2026), Đảng ủy xã tổ chức hội nghị tổng kết.", "2026-01-11"),
        # a 31-12 meeting reported on 01/01 happened the year before
        ("Tổng kết năm", "Ngày đăng: 01/01/2023",
         "Chiều 31-12, Đảng ủy xã tổ chức hội nghị tổng kết.", "2022-12-31"),
        # no publication date: the year comes from the lead
        ("Giao ban tháng 4", None,
         "Ngày 27/4, Ban Tổ chức Tỉnh ủy giao ban công tác tháng 4 năm 2024.", "2024-04-27"),
        # yesterday afternoon, by the date line
        ("Tổng kết năm 2022", "Ngày đăng: 28/12/2022",
         "Chiều qua (27-12), Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết.", "2022-12-27"),
        # a two-day meeting: its first day
        ("Hội nghị tổng kết năm", "Ngày đăng: 17/12/2023",
         "Trong 2 ngày 14 và 15-12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết.", "2023-12-14"),
        # a headline opening with the day
        ("29/3: Giao ban công tác tổ chức quý I năm 2016", "Ngày đăng: 30/03/2016",
         "Hội nghị đánh giá kết quả công tác quý I.", "2016-03-29"),
        # a day stated in the headline only, the year from the date line
        ("Hội nghị giao ban ngày 14/11 của Ban Tổ chức Huyện ủy", "Cập nhật: 15:02 | 15/11/2022",
         "Hội nghị đánh giá kết quả công tác tháng 11 và bàn nhiệm vụ tháng 12.", "2022-11-14"),
        # the lead's day is the report's; the meeting it reports was held earlier
        ("Kết quả kỳ họp thứ 12 Ủy ban Kiểm tra", "Ngày đăng: 20/03/2024",
         "Ngày 20-3, Ủy ban Kiểm tra Tỉnh ủy thông tin kết quả kỳ họp thứ 12 diễn ra "
         "ngày 18-3, dưới sự chủ trì của đồng chí Chủ nhiệm.", "2024-03-18"),
        # ... but a day after "diễn ra" in a lead that reports nothing earlier is not it
        ("Giao ban quý I", "Ngày đăng: 03/04/2024",
         "Sáng 2-4, Ban Tổ chức Tỉnh ủy tổ chức giao ban quý I; đợt kiểm tra diễn ra "
         "ngày 10-4.", "2024-04-02"),
        # the source tag before the lead-in
        ("Giao ban quý III", None,
         "(BTC) - Chiều ngày 02/10/2023, Ban Tổ chức Tỉnh ủy tổ chức giao ban quý III.",
         "2023-10-02"),
    ],
)
def test_event_date(title: str, date_line: str | None, lead: str, event: str) -> None:
    p = parse_article_strict(article(title, [lead, BODY], date_line=date_line))
    assert p.event_date == event
    assert p.event_period is not None and p.event_period.precision == Precision.DAY


def test_issue_date_is_not_event_date() -> None:
    lead = ("Thực hiện Hướng dẫn số 09-HD/BTCTW ngày 12/5/2023 của Ban Tổ chức Trung ương, "
            "ngành tổ chức tỉnh đã triển khai nhiều nội dung.")
    p = parse_article_strict(article("Triển khai hướng dẫn về công tác cán bộ", [lead, BODY]))
    assert p.event_date is None


def test_issue_date_in_the_headline_is_not_event_date() -> None:
    p = parse_article_strict(article("Quán triệt Hướng dẫn số 15-HD/BTCTW ngày 9/3/2023",
                                     ["Hội nghị quán triệt diễn ra tại hội trường Tỉnh ủy.", BODY],
                                     date_line="Ngày đăng: 30/03/2023"))
    assert p.event_date is None


def test_body_date_is_not_publication_date() -> None:
    p = parse_article_strict(article("Giao ban quý I", ["Ngày 3/4, hội nghị diễn ra.", BODY,
                                                 "Cập nhật số liệu đến ngày 31/3/2024 cho thấy"]))
    assert p.published is None


@pytest.mark.parametrize(
    ("lead", "start", "end", "precision"),
    [
        ("Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của ngành.", "2024-01-01", "2024-06-30",
         Precision.HALF_YEAR),
        ("Hội nghị giao ban quý II năm 2023 đã được tổ chức.", "2023-04-01", "2023-06-30",
         Precision.QUARTER),
        ("Giao ban công tác tổ chức tháng 10/2022 của tỉnh.", "2022-10-01", "2022-10-31",
         Precision.MONTH),
        ("Triển khai nhiệm vụ công tác tổ chức năm 2019.", "2019-01-01", "2019-12-31",
         Precision.YEAR),
    ],
)
def test_event_period_without_a_day(lead: str, start: str, end: str, precision: str) -> None:
    p = parse_article_strict(article("Hội nghị của ngành tổ chức", [lead, BODY]))
    assert p.event_date is None
    assert p.event_period is not None
    assert (p.event_period.start, p.event_period.end, p.event_period.precision) == (
        start, end, precision)


@pytest.mark.parametrize(
    ("day", "month", "published", "context", "year"),
    [
        (4, 3, None, "tong ket nam 2016, trien khai nhiem vu nam 2017", 2017),
        (28, 12, None, "tong ket nam 2018, phuong huong nam 2019", 2018),
        (3, 12, None, "nhiem vu thang 12 nam 2018", 2018),
        (5, 3, None, "nhiem ky 2020-2025", None),
        (5, 1, "2024-01-01", "", 2023),
    ],
)
def test_fix_year(day: int, month: int, published: str | None, context: str, year: int | None) -> None:
    assert fix_year(day, month, published, context) == year


# --------------------------------------------------------------------------
# the year of a meeting: a year must look like a year (invented sentences)


@pytest.mark.parametrize(
    ("context", "years"),
    [
        ("xet tang huy hieu dang cho 2082 dang vien", []),
        ("dao tao, boi duong 1967 luot can bo, ket nap 2017 dang vien moi", []),
        ("nhiem ky 2020-2025 va nhiem ky 2025 - 2030", []),
        ("tong so 2.019 nguoi, dat 2019,5 ty dong", []),
        ("so ket 6 thang dau nam 2019, thang 10/2020, quy ii/2021", [2019, 2020, 2021]),
        ("ngay 3/12/2018 va 13-1-2022", [2018, 2022]),
        ("tong ket 2016, trien khai 2017.", [2016, 2017]),
        ("nam 1930, nam 1975 va nam 2095", [1975]),  # 1945 .. next year only
    ],
)
def test_context_years(context: str, years: list[int]) -> None:
    assert context_years(context) == years


@pytest.mark.parametrize(
    ("day", "month", "published", "context", "year"),
    [
        # a count before a noun is not a year
        (2, 6, None, "so ket 6 thang dau nam. xet tang huy hieu dang cho 2082 dang vien", None),
        (18, 7, None, "giao ban thang 6. dao tao 1967 luot can bo", None),
        (2, 6, None, "so ket 6 thang dau nam 2020. xet tang huy hieu cho 2082 dang vien", 2020),
        # a review meets at the end of its period or just after
        (1, 2, None, "hoi nghi tong ket cong tac nam 2023 cua nganh", 2024),
        (28, 12, None, "hoi nghi tong ket cong tac nam 2023 cua nganh", 2023),
        (2, 11, None, "giao ban nganh to chuc thang 10 nam 2025", 2025),
        (21, 6, None, "so ket cong tac 6 thang dau nam 2015", 2015),
        # the title names the next year, the lead the year reviewed
        (15, 12, None, "trien khai nhiem vu nam 2022 \n hoi nghi tong ket cong tac nam 2021", 2021),
        (19, 2, None, "trien khai cong tac to chuc xay dung dang nam 2013", 2013),
        # a meeting dated by a plain year falls inside it
        (5, 3, None, "hoi nghi tap huan nghiep vu cong tac to chuc nam 2019", 2019),
        # "Hội nghị ... năm 2009" in the title, "tổng kết ... năm 2009" in the lead
        (25, 1, None, "hoi nghi toan quoc ve cong tac to chuc nam 2009 \n hoi nghi toan quoc "
         "tong ket cong tac to chuc nam 2009", 2010),
    ],
)
def test_fix_year_from_context(day: int, month: int, published: str | None, context: str,
                               year: int | None) -> None:
    assert fix_year(day, month, published, context) == year


@pytest.mark.parametrize(
    ("day", "month", "year", "published", "settled"),
    [
        (13, 1, 2022, "2022-01-20", 2022),  # before publication: kept
        (13, 1, 2023, "2022-01-20", 2022),  # a printed year after publication: rolled back
        (31, 12, 2023, "2023-01-01", 2022),  # the 31-12 reported on 01/01
        (25, 12, 2024, "2024-03-02", 2023),  # not the publication year: the year before
        (29, 2, 2024, "2023-03-02", None),  # no year before publication has the day
        (5, 3, 2082, None, None),  # no publication date: an implausible year
        (5, 3, 2019, None, 2019),
    ],
)
def test_settle_year(day: int, month: int, year: int, published: str | None,
                     settled: int | None) -> None:
    assert settle_year(day, month, year, published) == settled


@pytest.mark.parametrize(
    ("title", "date_line", "paragraphs", "event"),
    [
        # "2082 đảng viên" in the lead is a count, never the meeting's year
        ("Quán triệt Chỉ thị về đại hội đảng bộ các cấp", None,
         ["Ngày 2-6, Ban Tổ chức Tỉnh ủy Hòa Vang tổ chức hội nghị sơ kết quý I năm 2020.",
          "Trong quý, đã xét tặng Huy hiệu Đảng cho 2082 đảng viên; đào tạo 1967 lượt cán bộ."],
         "2020-06-02"),
        ("Giao ban công tác tổ chức", None,
         ["Chiều 18/7, Ban Tổ chức Tỉnh ủy Hòa Vang tổ chức giao ban tháng 6.",
          "Đã đào tạo, bồi dưỡng 1967 lượt cán bộ, xét tặng Huy hiệu Đảng cho 2295 đảng viên."],
         None),
        # a review of 2023 held on 1/2: the next year
        ("Ban Tổ chức Tỉnh ủy Hòa Vang tổng kết công tác năm 2023", None,
         ["Sáng ngày 1/2, Ban Tổ chức Tỉnh ủy Hòa Vang tổ chức hội nghị tổng kết công tác "
          "năm 2023 của ngành tổ chức xây dựng Đảng."], "2024-02-01"),
        # an issue date in the lead does not give the year
        ("Giao ban công tác tổ chức", None,
         ["Chiều 5/3, Ban Tổ chức Huyện ủy tổ chức giao ban, quán triệt Hướng dẫn số "
          "12-HD/BTCTW ngày 06/6/2016 của Ban Tổ chức Trung ương về công tác năm 2021."],
         "2021-03-05"),
        # a printed year after the publication date
        ("Tổng kết công tác tổ chức năm 2021", "Ngày đăng: 20/01/2022",
         ["Chiều 13-1-2023, Ban Tổ chức Tỉnh ủy tổng kết công tác năm 2021."], "2022-01-13"),
    ],
)
def test_event_year(title: str, date_line: str | None, paragraphs: list[str],
                    event: str | None) -> None:
    p = parse_article_strict(article(title, [*paragraphs, BODY], date_line=date_line))
    assert p.event_date == event


def test_next_period_is_not_the_period_reported() -> None:
    # published in August 2026: "năm 2027" is the year ahead, the report covers 2026
    p = parse_article_strict(article(
        "Ngành Tổ chức xây dựng Đảng cả nước triển khai nhiệm vụ năm 2027",
        ["Năm 2026, ban tổ chức cấp ủy các cấp đã tập trung tham mưu nhiều nội dung.", BODY],
        date_line="Ngày đăng: 31/08/2026"))
    assert p.event_period is not None
    assert (p.event_period.start, p.event_period.end) == ("2026-01-01", "2026-12-31")


def test_a_year_inside_a_quotation_is_not_the_period_reported() -> None:
    # a feature's lead: what someone interviewed remembers, not what is reported
    p = parse_article_strict(article(
        "Những người gieo hạt ở bản vùng cao",
        ['Bà Lò Thị Xuân chỉ về phía nhà văn hóa: "Năm 2019, bản chưa có một đảng viên nào."', BODY],
        date_line="Thứ Hai, 11/03/2024 - 07:00"))
    assert p.event_period is None


def test_period_of_an_implausible_year_is_not_taken() -> None:
    p = parse_article_strict(article("Hội nghị của ngành tổ chức",
                                     ["Kế hoạch năm 2095 của ngành được bàn kỹ.", BODY]))
    assert p.event_period is None


def test_a_quarter_printed_without_its_year_takes_the_next_ones() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["Báo cáo kết quả công tác tổ chức quý III, phương hướng nhiệm vụ quý IV năm 2023",
                     "Ngày đăng: 05/10/2023",
                     "Trong quý, ngành tổ chức đã tham mưu hoàn thành nhiều nhiệm vụ quan trọng."])
    p = parse_article_strict(raw)
    assert (p.event_period.start, p.event_period.end) == ("2023-07-01", "2023-09-30")


def test_a_lead_naming_the_day_relative_to_the_publication() -> None:
    from desktop.core.parse import parse_article_strict

    for lead, day in (("(NTV) Chiều nay, Ban Tổ chức Tỉnh ủy tổ chức giao ban quý I.", "2013-04-17"),
                      ("Sáng qua, Ban Tổ chức Huyện ủy tổ chức giao ban tháng 3.", "2013-04-16"),
                      # after the outlet's name and a dash, as a paper opens its lead
                      ("baolongan.vn - Chiều hôm qua, Ban Tổ chức Tỉnh ủy tổ chức giao ban.", "2013-04-16"),
                      ("QĐND Online - Sáng thứ Hai, Đảng ủy Quân khu tổ chức giao ban.", "2013-04-15"),
                      # the lunar day in brackets after it is no solar date that would say the day
                      ("Chiều qua (7 tháng Ba năm Quý Tỵ), Ban Tổ chức Huyện ủy tổ chức giao ban.",
                       "2013-04-16")):
        raw = "\n".join(["Giao ban công tác tổ chức", "Cập nhật lúc 21:05 ngày 17/4/2013",
                         "Bản tin Thời sự 19h45", lead,
                         "Hội nghị đã đánh giá kết quả công tác tổ chức trong quý và đề ra nhiệm vụ."])
        assert parse_article_strict(raw).event_date == day


@pytest.mark.parametrize(
    ("context", "year"),
    [
        # the headline's period decides, not a year named further on
        ("giao ban cong tac to chuc quy i, trien khai nhiem vu quy ii nam 2018 \n sang 3/4, ban to chuc"
         " hoi nghi \n ket qua danh gia, xep loai to chuc dang nam 2017 da hoan thanh", 2018),
        # "đánh giá kết quả thực hiện nhiệm vụ năm 2024": a review of 2024, the tasks are not next year's
        ("hoi nghi \n hoi nghi nham danh gia ket qua thuc hien nhiem vu nam 2024, trien khai phuong huong", 2024),
    ],
)
def test_a_meetings_year_from_the_periods_it_names(context: str, year: int) -> None:
    from desktop.core.parse.dates import fix_year

    assert fix_year(5, 4 if year == 2018 else 9, None, context) == year


def test_a_meeting_held_as_the_next_sentence_says() -> None:
    raw = "\n".join(["Cụm thi đua số 3 sơ kết công tác 9 tháng", "Thứ Hai, 25/09/2023",
                     "Ngày 25/9, Ban Tổ chức Tỉnh ủy thông tin kết quả hội nghị giao ban Cụm thi đua số 3. "
                     "Hội nghị diễn ra ngày 22/9 tại thành phố Sầm Sơn.", "Các đại biểu thảo luận sôi nổi."])
    assert parse_article_strict(raw).event_date == "2023-09-22"


def test_a_year_compared_is_not_the_reports_period() -> None:
    raw = "\n".join(["Tinh gọn bộ máy: kết quả bước đầu",
                     "Sau một năm, biên chế của tỉnh giảm 12,6% so với năm 2015, các đầu mối giảm mạnh.",
                     "Tỉnh tiếp tục rà soát các đầu mối còn lại."])
    assert parse_article_strict(raw).event_period is None


@pytest.mark.parametrize(("lead", "published", "expected"), [
    # a preview: the meeting is tomorrow
    ("Ngày mai (21/1), Ban Thường vụ Huyện ủy Tân Uyên tổ chức hội nghị tổng kết công tác xây dựng "
     "Đảng năm 2024; ngay sau đó, ngày 23/1, Ban Tổ chức Huyện ủy họp chuyên đề.", "2025-01-20", "2025-01-21"),
    ("Sáng mai (9/6), Đảng ủy Khối sẽ tổ chức hội nghị giao ban công tác đảng tháng 5.",
     "2023-06-08", "2023-06-09"),
    # a meeting over several days: its first day
    ("Từ ngày 12 đến 14/3/2025, Ban Tổ chức Tỉnh ủy Lào Cai tổ chức lớp tập huấn nghiệp vụ.",
     "2025-03-17", "2025-03-12"),
    ("Từ ngày 4 đến ngày 6/11, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị.", "2022-11-08", "2022-11-04"),
    ("Đại hội diễn ra từ ngày 13 đến ngày 15 tháng 10 năm 2025 tại Trung tâm Hội nghị tỉnh.",
     "2025-10-20", "2025-10-13"),
    ("Trong 2 ngày 27–28 tháng 7, Đảng bộ Khối tổ chức hội nghị sơ kết công tác 6 tháng.",
     "2024-07-30", "2024-07-27"),
    # "from that day on", a law taking effect: no meeting
    ("Từ ngày 1/7/2021, Luật Cư trú có hiệu lực, việc chuyển sinh hoạt đảng tạm thời được hướng dẫn lại.",
     "2021-07-20", None),
])
def test_previews_and_meetings_over_several_days(lead: str, published: str, expected: str | None) -> None:
    raw = "\n".join(["Tổng kết công tác xây dựng Đảng", published[8:] + "/" + published[5:7] + "/" + published[:4],
                     lead, "Hội nghị thống nhất các nhiệm vụ trọng tâm thời gian tới."])
    assert parse_article_strict(raw).event_date == expected


def test_with_no_year_nearby_the_meeting_follows_the_documents_it_cites() -> None:
    # no date line, no year in the lead: the body names 2014 (a law) and 2018 (the period
    # reviewed), and the latest document cited is of 20/8/2018
    raw = "\n".join([
        "Kỳ họp thứ 12 Ủy ban Kiểm tra Huyện ủy Kỳ Anh",
        "Chiều ngày 5-10, Ủy ban Kiểm tra Huyện ủy Kỳ Anh tổ chức kỳ họp thứ 12 để xem xét một số nội dung.",
        "Căn cứ Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị và Thông báo số 31-TB/HU ngày "
        "20/8/2018 của Ban Thường vụ Huyện ủy, Ủy ban Kiểm tra đã xem xét vi phạm Luật Đất đai năm 2014 "
        "của một số đảng viên.",
        "Kỳ họp cho ý kiến vào báo cáo công tác kiểm tra, giám sát 9 tháng đầu năm 2018."])
    assert parse_article_strict(raw).event_date == "2018-10-05"


def test_with_no_year_named_after_it_the_meeting_soon_follows_the_latest_document() -> None:
    # the only year named is the plan's, of 12/11/2025; a meeting on 4.3 citing it is held
    # the spring after (not the spring before it was issued); one on 20.9 is too far to tell
    lines = ["Xã Tân Hiệp thông tin về cuộc bầu cử đến chức sắc tôn giáo",
             "Ngày {}, Đảng ủy xã Tân Hiệp tổ chức hội nghị thông tin về cuộc bầu cử cho chức sắc tôn giáo.",
             "Thực hiện Kế hoạch số 58-KH/ĐU ngày 12/11/2025 của Đảng ủy xã, các chi bộ ấp đã tuyên truyền.",
             "Hội nghị thống nhất các nhiệm vụ thời gian tới."]
    assert parse_article_strict("\n".join(lines).format("4.3")).event_date == "2026-03-04"
    assert parse_article_strict("\n".join(lines).format("20.9")).event_date is None
    # (or later in the plan's own year: 28.11 is weeks after it)
    assert parse_article_strict("\n".join(lines).format("28.11")).event_date == "2025-11-28"


def test_a_year_found_only_deep_in_the_body_needs_a_dated_document() -> None:
    lines = ["Kỳ họp thứ 7 Ủy ban Kiểm tra Đảng ủy Khối",
             "Chiều ngày 3-10, Ủy ban Kiểm tra Đảng ủy Khối tổ chức kỳ họp thứ 7.",
             "Kỳ họp xem xét kết quả giải quyết đơn thư.", "Kỳ họp thông qua kế hoạch giám sát.",
             "Kỳ họp thống nhất các nội dung khác.",
             "Kỳ họp cho ý kiến vào báo cáo công tác kiểm tra 9 tháng đầu năm 2019{}."]
    dated = "\n".join(lines).format(" theo Hướng dẫn số 04-HD/UBKTTW ngày 12/9/2019 của Ủy ban Kiểm tra Trung ương")
    assert parse_article_strict(dated).event_date == "2019-10-03"
    assert parse_article_strict("\n".join(lines).format("")).event_date is None  # no year made up


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 22/9/2023, Ban Chấp hành Đảng bộ tỉnh ban hành nghị quyết về phát triển đảng viên.",
        "Ngày 4-1-2024, Ban Tổ chức Tỉnh ủy đã ban hành các hướng dẫn về đánh giá cán bộ.",
        "Ngày 9/5/2022, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 31-KH/HU về sắp xếp chi bộ.",
    ],
)
def test_a_lead_stating_a_documents_issue_is_no_meeting(lead: str) -> None:
    text = article("Nhìn lại một năm thực hiện", [lead, "Qua một năm, các chi bộ đã chuyển biến."])
    assert parse_article_strict(text).event_date is None


def test_a_meeting_about_issuing_a_document_keeps_its_day() -> None:
    text = article("Hội nghị", ["Ngày 9/5/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị bàn việc ban hành kế hoạch."])
    assert parse_article_strict(text).event_date == "2022-05-09"


def test_a_date_line_with_the_hour_in_words() -> None:
    text = article("Giao ban quý II", ["Ngày 2.7, Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức."],
                   header=["BẢN TIN NỘI BỘ"], date_line="Đăng lúc: 8 giờ 40 phút, ngày 03 tháng 7 năm 2025")
    got = parse_article_strict(text)
    assert (got.title, got.published, got.event_date) == ("Giao ban quý II", "2025-07-03", "2025-07-02")


def test_the_day_the_lead_says_the_meeting_was_held() -> None:
    lead = ("Cách đây ít ngày, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2023. "
            "Hội nghị diễn ra ngày 28/12, với sự tham dự của lãnh đạo các huyện.")
    text = article("Tổng kết công tác tổ chức năm 2023", [lead], date_line="Ngày đăng: 03/01/2024")
    assert parse_article_strict(text).event_date == "2023-12-28"


def test_a_meeting_still_to_come_is_not_the_one_held() -> None:
    lead = ("Vừa qua, Ban Tổ chức Tỉnh ủy giao ban quý III. Đại hội Đảng bộ tỉnh dự kiến diễn ra "
            "ngày 14/10 tại thành phố.")
    text = article("Giao ban quý III", [lead], date_line="Ngày đăng: 03/10/2020")
    assert parse_article_strict(text).event_date is None


def test_a_documents_date_signed_at_its_end() -> None:
    raw = ("ĐẢNG BỘ XÃ AN HÒA\nCHI BỘ THÔN 3\n\nBIÊN BẢN\nSinh hoạt chi bộ tháng 9 năm 2022\n\n"
           "Hôm nay, vào lúc 14 giờ 00, ngày 05 tháng 9 năm 2022, Chi bộ thôn 3 tổ chức sinh hoạt thường kỳ.\n\n"
           "1. Kết quả tháng 8: các đảng viên hoàn thành nhiệm vụ được giao.\n\n"
           "Buổi sinh hoạt kết thúc vào hồi 16 giờ 30 phút cùng ngày.\n\n"
           "An Hòa, ngày 05 tháng 9 năm 2022\n  THƯ KÝ          BÍ THƯ CHI BỘ\n\n  Lê Thị Hoa          Trần Văn Nam")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2022-09-05", "2022-09-05")


def test_the_lead_under_a_documents_heading_lines() -> None:
    paragraphs = ["TỈNH ỦY X", "BAN THƯỜNG VỤ", "THÔNG CÁO BÁO CHÍ", "Hội nghị Ban Thường vụ Tỉnh ủy",
                  "Chiều ngày 2-10, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp cho ý kiến các nội dung."]
    text = article("Ban Thường vụ Tỉnh ủy cho ý kiến kế hoạch đại hội", paragraphs,
                   date_line="Cập nhật: 03/10/2024 08:12")
    assert parse_article_strict(text).event_date == "2024-10-02"


def test_a_session_over_several_days_held_from_its_first() -> None:
    lead = "(ĐCSVN) – Kỳ họp thứ 12 của Ủy ban Kiểm tra Tỉnh ủy diễn ra từ ngày 14 đến 16/5 tại trụ sở."
    text = article("Kỳ họp thứ 12 Ủy ban Kiểm tra Tỉnh ủy", [lead], date_line="17/05/2024 10:00")
    assert parse_article_strict(text).event_date == "2024-05-14"


def test_no_year_is_taken_from_a_law_the_meeting_comes_after() -> None:
    paragraphs = ["Chiều ngày 3-10, Ban Thường vụ Tỉnh ủy họp xem xét thi hành kỷ luật đảng viên.",
                  "Đồng chí A vi phạm Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương "
                  "và Luật Đất đai năm 2013."]
    assert parse_article_strict(article("THI HÀNH KỶ LUẬT 3 ĐẢNG VIÊN", paragraphs)).event_date is None


# --- round 32 (invented) --------------------------------------------------------------


def test_a_month_named_in_words_on_a_blog_date_line() -> None:
    raw = "BỆNH VIỆN A\n\nChi bộ sơ kết quý I năm 2024\n\n15 Tháng Tư, 2024   |   Tin hoạt động\n\n" + (
        "Vừa qua, Chi bộ Bệnh viện tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024.")
    assert parse_article_strict(raw).published == "2024-04-15"


def test_six_months_of_a_year_is_no_date() -> None:
    raw = "Tiêu đề bài\n\nKết quả 6 tháng năm 2024 của Đảng bộ cho thấy nhiều chuyển biến."
    assert parse_article_strict(raw).published is None


def test_a_historical_day_in_the_lead_is_no_meeting() -> None:
    raw = ("Tiêu đề bài viết\nCập nhật: 10/05/2022\n\nNgày 3-2-1930, Đảng Cộng sản Việt Nam ra đời; "
           "ngay từ đó, chi bộ đã được xác định là tổ chức cơ sở của Đảng.")
    assert parse_article_strict(raw).event_date is None


def test_a_chronicle_month_by_month_reports_no_meeting() -> None:
    items = "\n\n".join(
        f"Tháng {m}: Ngày {d}/{m}/2023, Ban Tổ chức Tỉnh ủy tổ chức hội nghị {what}."
        for m, d, what in ((1, 9, "tổng kết năm 2022"), (4, 12, "sơ kết quý I"), (7, 14, "sơ kết 6 tháng")))
    raw = "Dấu ấn công tác tổ chức năm 2023\nThứ Bảy, 30/12/2023\n\n" + items
    assert parse_article_strict(raw).event_date is None


@pytest.mark.parametrize(("lead", "published", "expected"), [
    # a preview of a meeting days ahead: this year's, not last year's
    ("Theo kế hoạch, chiều 29/7, Ban Tổ chức Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết 6 tháng đầu năm.",
     "2022-07-26", "2022-07-29"),
    ("Sáng 3/8, Đảng ủy Khối các cơ quan tỉnh sẽ tổ chức hội nghị quán triệt Quy định 144-QĐ/TW.",
     "2024-07-30", "2024-08-03"),
    # a report on a meeting days before: unchanged
    ("Chiều 29/7, Ban Tổ chức Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết 6 tháng đầu năm.",
     "2022-07-26", "2021-07-29"),
    # a meeting moved: the day it was held
    ("Hội nghị dự định tổ chức ngày 15/4, nhưng do trùng lịch đã được dời sang chiều 18/4. Dự hội nghị "
     "có lãnh đạo các huyện ủy.", "2021-04-19", "2021-04-18"),
])
def test_a_preview_and_a_moved_meeting(lead: str, published: str, expected: str) -> None:
    raw = "\n".join(["Sơ kết công tác tổ chức xây dựng Đảng", published[8:] + "/" + published[5:7] + "/" + published[:4],
                     lead, "Hội nghị thống nhất các nhiệm vụ trọng tâm thời gian tới."])
    assert parse_article_strict(raw).event_date == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["Giao ban công tác tổ chức xây dựng Đảng tháng 9", "Ngày đăng: 27/09/2023",
      "Vừa qua, Ban Tổ chức Thành ủy Hải Phòng tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
      "tháng 9, triển khai nhiệm vụ tháng 10 năm 2023.",
      "Các quận ủy, huyện ủy báo cáo tiến độ rà soát quy hoạch cấp ủy nhiệm kỳ 2025-2030.",
      "Kết luận hội nghị sáng 22/9, đồng chí Trưởng Ban Tổ chức Thành ủy đề nghị hoàn thành trước ngày 15/10."],
     "2023-09-22"),
    # "sáng 10-1." at a caption's end: the sentence's stop is no part of a date
    (["Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2019", "Ngày đăng: 11/01/2019",
      "Ban Tổ chức Tỉnh ủy vừa tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2018.",
      "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại hội nghị sáng 10-1."],
     "2019-01-10"),
])
def test_the_meeting_named_with_its_day_further_on_when_the_lead_gives_none(
        lines: list[str], expected: str) -> None:
    assert parse_article_strict("\n".join(lines)).event_date == expected


def test_a_closing_place_and_date_under_the_byline_is_the_publication_date() -> None:
    raw = "\n".join([
        "Ban Tổ chức Tỉnh ủy giao ban quý III", "Lượt xem: 415",
        "Sáng 4/10, Ban Tổ chức Tỉnh ủy Quảng Bình tổ chức hội nghị giao ban công tác tổ chức xây dựng "
        "Đảng quý III, triển khai nhiệm vụ quý IV năm 2023.",
        "Các đảng bộ trực thuộc báo cáo tiến độ kiểm điểm, đánh giá, xếp loại chất lượng năm 2023.",
        "Minh Nguyệt (Văn phòng Tỉnh ủy)", "Đồng Hới, ngày 5/10/2023"])
    got = parse_article_strict(raw)
    assert (got.published, got.event_date, got.byline) == ("2023-10-05", "2023-10-04", "Minh Nguyệt")


@pytest.mark.parametrize(("closing", "expected"), [
    # a notice whose last paragraph says when the session met
    ("Phiên họp thường kỳ lần thứ 9 của Ban Thường vụ Đảng ủy diễn ra ngày 6/11 tại trụ sở.", "2024-11-06"),
    # the day after a chairman's clause; the first day of two
    ("Kỳ họp thứ 12, do đồng chí Chủ nhiệm chủ trì, được tổ chức trong hai ngày 4 và 5/11/2024.",
     "2024-11-04"),
    ("Hội nghị tổng kết công tác kiểm tra của Đảng ủy Khối diễn ra ngày 5-11, tại hội trường lớn.",
     "2024-11-05"),
    # a meeting to come, and a day of something that is no meeting, give none
    ("Kỳ họp tiếp theo dự kiến diễn ra ngày 20/12 tại trụ sở.", None),
    ("Lễ phát động thi đua diễn ra ngày 2/11 tại nhà văn hóa.", None),
])
def test_the_day_a_closing_sentence_says_the_meeting_was_held(closing: str, expected: str | None) -> None:
    body = ["Ủy ban Kiểm tra Huyện ủy xem xét, thi hành kỷ luật đối với 2 đảng viên vi phạm.",
            "Ủy ban Kiểm tra yêu cầu các tổ chức đảng chấn chỉnh những hạn chế đã chỉ ra.", closing]
    text = article("Thông báo kết quả kỳ họp của Ủy ban Kiểm tra", body, date_line="Ngày đăng: 08/11/2024")
    assert parse_article_strict(text).event_date == expected


def test_the_day_a_caption_gives_the_meeting_named_before_it() -> None:
    body = ["Hội nghị đánh giá kết quả công tác năm 2024, triển khai nhiệm vụ năm 2025.",
            "Năm qua, toàn huyện kết nạp 120 đảng viên, vượt chỉ tiêu đề ra.",
            "Các chi bộ duy trì nền nếp sinh hoạt định kỳ.",
            "Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo hội nghị giao ban mở rộng chiều 8/1."]
    text = article("Giao ban công tác xây dựng Đảng năm 2024", body, date_line="Ngày đăng: 10/01/2025")
    assert parse_article_strict(text).event_date == "2025-01-08"


def test_a_weekly_digest_reports_the_day_of_its_item_on_the_giao_ban() -> None:
    raw = "\n".join([
        "ĐIỂM TIN CÔNG TÁC TỔ CHỨC TUẦN TỪ 06/4 ĐẾN 12/4/2026", "Ngày đăng: 13/04/2026", "",
        "Trong tuần, ngành tổ chức tập trung triển khai nhiều nhiệm vụ trọng tâm của quý II.", "",
        "1. Trao quyết định về công tác cán bộ (Thứ Hai, 06/4)",
        "Ban Thường vụ Tỉnh ủy trao quyết định điều động cán bộ cho hai đảng ủy xã biên giới.", "",
        "2. Giao ban công tác tổ chức xây dựng Đảng tháng 3 (Thứ Tư, 08/4)",
        "Chiều thứ Tư (8/4), Ban Tổ chức Tỉnh ủy giao ban trực tuyến với các đảng ủy trực thuộc.", "",
        "3. Trao Huy hiệu Đảng đợt 19/5 (Thứ Sáu, 10/4)",
        "Đảng ủy phường trao Huy hiệu 30 năm tuổi Đảng cho 12 đảng viên.", BODY])
    assert parse_article_strict(raw).event_date == "2026-04-08"


def test_a_lead_day_in_a_later_sentence_a_sapo_label_and_a_story_under_notes() -> None:
    # a host's greeting before the lead's day; a weekday "tuần trước" with its day
    raw = ("Chuyện từ cơ sở - Tập 12\n\nPhát hành: 20/05/2024\n\n"
           "NGỌC MAI: Xin chào quý thính giả. Chiều thứ Ba tuần trước, ngày 14/5, Ban Tổ chức Tỉnh ủy"
           " đã tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 4.")
    assert parse_article_strict(raw).event_date == "2024-05-14"
    # (an item's number is no sentence's end: "2. Ngày 28/3, ..." in a list of a year's events)
    listed = ("Những sự kiện nổi bật năm 2023\n\nNgày đăng: 29/12/2023\n\nBan Tổ chức điểm lại các sự kiện:\n\n"
              "1. Tháng 1, ban hành kế hoạch công tác năm. 2. Ngày 28/3, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm.")
    assert parse_article_strict(listed).event_date is None
    sapo = "Giao ban quý III\n\nSapo: Chiều 6/10/2025, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý III."
    assert parse_article_strict(sapo).event_date == "2025-10-06"
    notes = "\n".join([
        "GB quý I - ghi chép", "Thứ Năm, 6 tháng 4, 2023", "",
        "- Chủ trì: đ/c Hùng", "- Số liệu: kết nạp 300 ĐV", "- Vướng: hồ sơ chuyển SH", "- KL: 4 nhóm việc", "",
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2023", "",
        "Sáng 5-4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I năm 2023."])
    assert parse_article_strict(notes).event_date == "2023-04-05"


def test_a_relative_day_closing_the_leads_first_sentence() -> None:
    raw = ("Thanh Hóa kết nạp hơn 4.300 đảng viên\n09/01/2025 07:30\n\n"
           "Số liệu được Ban Tổ chức Tỉnh ủy công bố tại hội nghị tổng kết công tác tổ chức xây dựng Đảng "
           "năm 2024, chiều qua. Toàn Đảng bộ có hơn 250.000 đảng viên.\n\nĐoạn thứ hai của bài viết.\n")
    got = parse_article_strict(raw)
    assert (got.published, got.event_date) == ("2025-01-09", "2025-01-08")
    # (in a later sentence it tells no meeting's day)
    later = raw.replace("năm 2024, chiều qua. Toàn Đảng bộ", "năm 2024. Toàn Đảng bộ, chiều qua.")
    assert parse_article_strict(later).event_date != "2025-01-08"


def test_an_english_pages_lead_gives_the_meetings_day() -> None:
    # (a provincial portal's English page: "On January 7, ...", the year from "Posted: ...")
    got = parse_article_strict(
        "Province reviews Party building work in 2025\n\nPosted: 09/01/2026 10:35\n\n"
        "(PP) - On January 7, the Organization Commission held a conference to review its work. "
        "On the morning of March 3, 2026 the next one will be held.")
    assert (got.published, got.event_date) == ("2026-01-09", "2026-01-07")


def test_a_checklists_task_is_no_meeting_day_beside_the_pasted_lead() -> None:
    # (a note's checklist over a pasted article: "☑ ... cho sáng 14/3" is a task)
    got = parse_article_strict(
        "Việc sau giao ban quý I/2017\n\n☐ Gửi báo cáo trước 20/3\n☐ Họp chi bộ thứ Sáu 17/3\n☐ Gọi chị Hiền\n"
        "☐ In tài liệu\n☑ Đặt phòng họp cho sáng 14/3\n\n————————\n"
        "Giao ban công tác tổ chức xây dựng Đảng quý I năm 2017\n\n"
        "Sáng qua (14-3), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng "
        "Đảng quý I, triển khai nhiệm vụ quý II năm 2017.")
    assert got.event_date == "2017-03-14"


def test_a_threads_first_post_opens_with_the_meetings_day_and_is_no_headline() -> None:
    got = parse_article_strict(
        "Bài đăng\n\nXem bài đăng mới\n\nBáo Tỉnh\n@baotinh_vn\n🧵 1/8 Hôm qua (8/1), Ban Tổ chức Tỉnh ủy tổng kết công tác tổ chức xây "
        "dựng Đảng năm 2025 – năm tỉnh mới vận hành sau hợp nhất, triển khai nhiệm vụ năm 2026. #XayDungDang\n"
        "9:05 SA · 9 thg 1, 2026\n\n2/8 Năm 2025, toàn tỉnh kết nạp 2.100 đảng viên mới.")
    assert (got.title, got.published, got.event_date) == ("", "2026-01-09", "2026-01-08")


@pytest.mark.parametrize("opening", [
    "Hôm nay, vào lúc 10 giờ 20 phút, thứ Năm ngày 28/5/2020, tại Hội trường UBND xã, Ban Kiểm phiếu gồm:",
    "Vào hồi 8 giờ 00, ngày 28 tháng 5 năm 2020, tại Hội trường UBND xã, Ban Kiểm phiếu gồm:",
])
def test_minutes_opening_under_the_documents_they_rest_on_gives_the_day(opening: str) -> None:
    got = parse_article_strict(
        "ĐẢNG BỘ XÃ TAM NGHĨA\n\nBIÊN BẢN KIỂM PHIẾU BẦU BAN CHẤP HÀNH\n\n- Căn cứ Điều lệ Đảng;\n"
        "- Căn cứ Quy chế bầu cử trong Đảng;\n- Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị;\n"
        "- Căn cứ Kế hoạch số 146-KH/TU ngày 02/12/2019 của Ban Thường vụ Tỉnh ủy;\n"
        "- Căn cứ danh sách bầu cử đã được Đại hội biểu quyết thông qua.\n\n" + opening
        + "\n\n1. Đồng chí Phan Văn Cường - Trưởng ban\n\nKết quả như sau.")
    assert got.event_date == "2020-05-28"


def test_a_reports_address_and_recipients_do_not_push_its_opening_out_of_the_lead() -> None:
    # (a report to its superiors: "Kính gửi: - A;" and the recipients under it, then the opening
    # sentence that gives the meeting's day after the plan it carries out)
    got = parse_article_strict(
        "BÁO CÁO\nKết quả hội nghị giao ban công tác tổ chức xây dựng Đảng quý II năm 2024\n\n"
        "Kính gửi: - Ban Tổ chức Trung ương;\n          - Thường trực Tỉnh ủy;\n          - Văn phòng Tỉnh ủy.\n\n"
        "Thực hiện Chương trình công tác năm 2024, sáng thứ Năm, ngày 11/7/2024, Ban Tổ chức Tỉnh ủy "
        "tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý II năm 2024.\n\n"
        "Quý II, toàn tỉnh kết nạp 420 đảng viên mới.\n")
    assert got.event_date == "2024-07-11"


def test_a_wire_storys_dateline_before_the_leads_day_past_a_sapo_and_a_caption() -> None:
    # (the agency in brackets after the place: "Quảng Bình (TTXVN) - Sáng 9/1, ...", the lead's
    # paragraph the third, under a sapo of the year's figures and a photo's caption)
    got = parse_article_strict(
        "Quảng Bình: Nâng cao chất lượng đội ngũ cán bộ cơ sở\n\n10/01/2024 08:10\n\n"
        "Năm 2023, toàn Đảng bộ tỉnh kết nạp 1.902 đảng viên, đạt 104% chỉ tiêu.\n\n"
        "Đồng chí Lê Ngọc Quang phát biểu tại hội nghị. Ảnh: Văn Tý/TTXVN\n\n"
        "Quảng Bình (TTXVN) - Sáng 9/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác "
        "tổ chức xây dựng Đảng năm 2023.\n\nTheo báo cáo, năm 2023 ngành đã tham mưu nhiều đề án.")
    assert (got.published, got.event_date) == ("2024-01-10", "2024-01-09")


def test_a_wire_storys_dateline_with_the_day_it_was_filed_before_a_meeting_of_two_days() -> None:
    got = parse_article_strict(
        "Đảng ủy Khối doanh nghiệp Trung ương tổng kết công tác tổ chức năm 2025   [09/01/2026 17:05]\n\n"
        "Hà Nội, 9/1 (TTXVN) - Trong hai ngày 8 và 9/1, Ban Tổ chức Đảng ủy tổ chức hội nghị tổng kết "
        "công tác tổ chức xây dựng Đảng năm 2025.\n\nNăm 2025, toàn Đảng bộ kết nạp 1.240 đảng viên.")
    assert (got.published, got.event_date) == ("2026-01-09", "2026-01-08")


def test_a_meeting_over_two_days_across_a_months_end() -> None:
    got = parse_article_strict(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18\n\n"
        "(Baoyenbai.vn) - Trong 2 ngày, từ ngày 31/3 đến ngày 1/4, Ban Chấp hành Đảng bộ tỉnh tổ chức "
        "Hội nghị lần thứ 18 để đánh giá tình hình thực hiện nhiệm vụ quý I năm 2025.\n\n"
        "Hội nghị cho ý kiến vào đề án nhân sự.")
    assert got.event_date == "2025-03-31"


def test_chieu_hom_qua_is_the_day_before_the_publication() -> None:
    got = parse_article_strict(
        "Ban Thường vụ Tỉnh ủy cho ý kiến đề án nhân sự\n\nThứ Sáu, 15/05/2020, 05:30 (GMT+7)\n\n"
        "(BST) - Chiều hôm qua, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án nhân sự cấp ủy.\n\n"
        "Hội nghị thống nhất nhân sự của 11 đảng bộ huyện.")
    assert (got.published, got.event_date) == ("2020-05-15", "2020-05-14")


@pytest.mark.parametrize(("date_line", "lead", "published", "event"), [
    # a broadcast's stamp with its programme after it
    ("Phát sóng lúc 11h30 ngày 17/01/2024 - Chương trình Thời sự trưa",
     "(HTV) - Chiều qua, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết năm 2023.", "2024-01-17", "2024-01-16"),
    # a WordPress post's meta beside its date
    ("Posted on Jul 10, 2023 by Admin in Tin hoạt động  |  0 Comments",
     "Đảng ủy xã vừa tổ chức hội nghị giao ban quý II năm 2023.", "2023-07-10", None),
    # "hôm" for the day, after the meeting's verb
    ("Thứ Hai, 06/10/2025 - 09:15",
     "Hội nghị giao ban quý III/2025 của Đảng ủy xã Gia Phú diễn ra hôm 3/10, đánh giá kết quả.",
     "2025-10-06", "2025-10-03"),
    # a past weekday after the meeting's verb
    ("Cập nhật: 7h30 ngày 15/4/2024",
     "ĐBP - Hội nghị giao ban quý I/2024 của Đảng ủy xã diễn ra vào tối thứ Sáu vừa qua, dưới ánh đèn.",
     "2024-04-15", "2024-04-12"),
    # "hôm" with the weekday before the day, after the lead's subject
    ("11 tháng 12 2025",
     "Ủy ban Kiểm tra Tỉnh ủy (UBKT) hôm thứ Tư, 10/12, đã kết thúc kỳ họp thứ 41.", "2025-12-11", "2025-12-10"),
    # a bulletin's name before its day, as a TV script's header prints it
    ("BẢN TIN THỜI SỰ 19H45 - THỨ SÁU, 27/9/2019",
     "Sáng nay, Ủy ban Kiểm tra Tỉnh ủy giao ban công tác kiểm tra 9 tháng.", "2019-09-27", "2019-09-27"),
])
def test_stamps_and_meeting_days_of_other_shapes(date_line: str, lead: str, published: str,
                                                 event: str | None) -> None:
    got = parse_article_strict(article("Đảng ủy giao ban công tác xây dựng Đảng", [lead, "Các chi bộ báo cáo."],
                                       date_line=date_line))
    assert (got.published, got.event_date) == (published, event)


def test_a_meeting_day_written_in_words_in_minutes() -> None:
    raw = ("BIÊN BẢN\nHội nghị giao ban công tác tổ chức xây dựng Đảng quý IV năm 2024\n\n"
           "Hôm nay, vào lúc 8 giờ 00 phút, ngày mười lăm tháng Một năm 2025, tại Phòng họp số 2, Ban Tổ"
           " chức Tỉnh ủy tổ chức Hội nghị giao ban.\n\nCác chi bộ báo cáo kết quả.")
    assert parse_article_strict(raw).event_date == "2025-01-15"
    # a lunar day, its year named, is none: "mồng 6 tháng Giêng năm Ất Tỵ"
    lunar = article("Giao ban đầu xuân", ["Sáng nay, ngày mồng 6 tháng Giêng năm Ất Tỵ, Ban Tổ chức Tỉnh ủy"
                                          " giao ban.", "Các chi bộ báo cáo."])
    assert parse_article_strict(lunar).event_date is None


@pytest.mark.parametrize(("words", "number"), [
    ("muoi lam", 15), ("hai muoi mot", 21), ("mong ba", 3), ("ba muoi", 30), ("hai muoi tu", 24), ("chin", 9)])
def test_numbers_in_words(words: str, number: int) -> None:
    assert number_in_words(words) == number


def test_the_lead_is_read_past_a_screen_readers_photo_labels() -> None:
    # BBC's pages print a photo's source and caption under labels: "Nguồn hình ảnh, ...",
    # "Chú thích hình ảnh, ..."
    got = parse_article_strict(article(
        "Kỷ luật nhiều cán bộ", ["Nguồn hình ảnh, TTXVN", "Chú thích hình ảnh, Trụ sở Tỉnh ủy (ảnh tư liệu)",
                                 "Ủy ban Kiểm tra Tỉnh ủy hôm thứ Ba, 9/12, đã họp kỳ thứ 40.",
                                 "Kỳ họp xem xét nhiều nội dung."], date_line="11 tháng 12 2025"))
    assert got.event_date == "2025-12-09"


def test_a_meeting_opening_the_years_last_months_falls_at_their_start() -> None:
    # no date line; the year only in the next period: "3 tháng cuối năm 2021" opens in October
    raw = "\n".join([
        "Giao ban công tác tổ chức xây dựng Đảng 9 tháng",
        "Ngày 6.10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức 9 tháng, triển khai "
        "nhiệm vụ 3 tháng cuối năm 2021. Hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị."])
    assert parse_article_strict(raw).event_date == "2021-10-06"


def test_a_meeting_over_two_weekdays_apart_by_a_comma_then_its_days() -> None:
    raw = "\n".join([
        "Đại hội Đảng bộ huyện Chợ Mới lần thứ XX", "Chủ Nhật, ngày 22 tháng 8 năm 2010",
        "Hai ngày thứ Sáu, thứ Bảy vừa qua (20 và 21/8), Đại hội đại biểu Đảng bộ huyện Chợ Mới "
        "nhiệm kỳ 2010 - 2015 đã diễn ra thành công."])
    assert parse_article_strict(raw).event_date == "2010-08-20"



def test_a_diarists_so_that_was_it_before_the_meetings_days() -> None:
    # a blog's lead: "Vậy là ..." / "Thế là ..." before the days, the year from the post's date line
    raw = "\n".join([
        "Ghi chép sau hội nghị giao ban", "Thứ Hai, 11/3/2024",
        "Vậy là hai ngày thứ Năm, thứ Sáu vừa rồi (7 và 8/3), Ban Tổ chức Huyện ủy Con Cuông đã tổ chức giao ban công tác "
        "tổ chức xây dựng Đảng quý I, mình được dự với tư cách cán bộ phụ trách chi bộ."])
    assert parse_article_strict(raw).event_date == "2024-03-07"


@pytest.mark.parametrize(("weekday", "expected"), [("thứ Sáu", "2025-10-03"), ("thứ Bảy", None)])
def test_a_posts_weekday_fits_the_latest_year_the_body_names(weekday: str, expected: str | None) -> None:
    # a post with no year in its time stamp or its lead; the body names 2025 (3/10/2025 is a
    # Friday) and, as history, 2020 (3/10/2020 a Saturday): the latest year the body names when
    # the weekday fits it, or none
    raw = "\n".join([
        "Bùi Văn Tâm", "5 tháng 10 lúc 20:15 · 🌏",
        "CHI BỘ XÓM BÃI SINH HOẠT CHUYÊN ĐỀ THÁNG 10",
        f"Tối {weekday} (3/10), chi bộ xóm Bãi sinh hoạt chuyên đề, đông đủ đảng viên về dự.",
        "📌 Nội dung chính:",
        "1️⃣ Quán triệt Kết luận số 150-KL/TW của Bộ Chính trị về quy hoạch cán bộ.",
        "2️⃣ Triển khai kết luận giao ban quý III/2025 của Đảng ủy xã, nhất là việc thu đảng phí.",
        "3️⃣ Nhìn lại nghị quyết chi bộ nhiệm kỳ trước, ban hành từ năm 2020, đến nay cơ bản hoàn thành.",
        "#ChiBộXómBãi #SinhHoạtChuyênĐề"])
    assert parse_article_strict(raw).event_date == expected


@pytest.mark.parametrize(("stamp", "expected"), [("12 tháng 3 lúc 08:30 · 🌏", "2025-03-12"),
                                                 ("12 tháng 9 lúc 08:30 · 🌏", None)])
def test_a_posts_stamp_with_no_year_takes_the_year_of_the_meeting_it_reports(stamp: str, expected: str | None) -> None:
    # a social network prints no year for this year's posts: the meeting's year fixes it, when that
    # puts the post on the meeting's day or within weeks after it
    raw = "\n".join([
        "Đảng bộ xã Tân Thành", stamp,
        "Chiều 10/3/2025, Đảng ủy xã Tân Thành tổ chức hội nghị giao ban công tác xây dựng Đảng quý I.",
        "Hội nghị quán triệt Kết luận số 150-KL/TW của Bộ Chính trị và bàn việc chuẩn bị đại hội chi bộ."])
    got = parse_article_strict(raw)
    assert (got.event_date, got.published) == ("2025-03-10", expected)


def test_a_ceremonys_day_in_the_last_paragraph_under_a_vague_lead() -> None:
    raw = "\n".join([
        "ĐẢNG ỦY XÃ TIÊN LỮ TRAO HUY HIỆU ĐẢNG ĐỢT 3/2", "Ngày đăng: 06/02/2026",
        "Vừa qua, Đảng ủy xã Tiên Lữ trao Huy hiệu Đảng cho 24 đảng viên lão thành.",
        "Năm 2025, Đảng bộ xã kết nạp 38 đảng viên, thực hiện Kết luận số 150-KL/TW của Bộ Chính trị.",
        "Lễ trao Huy hiệu được tổ chức chiều 2/2 tại hội trường Đảng ủy xã, trang trọng và ấm cúng."])
    assert parse_article_strict(raw).event_date == "2026-02-02"


def test_a_course_from_one_month_into_the_next_opens_the_lead() -> None:
    raw = "\n".join([
        "Tập huấn nghiệp vụ công tác tổ chức cấp xã", "Cập nhật: 04/10/2025 09:12",
        "Từ ngày 29/9 đến 1/10, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác tổ chức xây "
        "dựng Đảng năm 2025 cho cán bộ các đảng bộ xã, phường.", "Bế mạc lớp tập huấn chiều 1/10, các học viên "
        "được cấp giấy chứng nhận."])
    assert parse_article_strict(raw).event_date == "2025-09-29"


def test_a_credit_naming_a_province_over_the_date_line_at_the_pages_foot_is_no_teasers_headline() -> None:
    raw = "\n\n".join([
        "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH", "Tin tức - Sự kiện  >  Công tác tổ chức - cán bộ",
        "Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cấp xã",
        "Ngày 8/10, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác tổ chức năm 2025 cho cán bộ "
        "các đảng bộ xã, phường trong tỉnh, với hơn 200 học viên là ủy viên ban thường vụ, trưởng, phó ban "
        "xây dựng Đảng và công chức làm công tác tổ chức của các đảng bộ cơ sở tham dự.",
        "Trong hai ngày, học viên được truyền đạt các chuyên đề về quy hoạch cán bộ, đánh giá, xếp loại chất "
        "lượng tổ chức đảng và đảng viên, quản lý đảng viên sau sắp xếp. Nhiều học viên mới được phân công "
        "làm công tác tổ chức sau khi sắp xếp đơn vị hành chính, nên lớp tập huấn được tổ chức theo hướng "
        "cầm tay chỉ việc, kết hợp trao đổi tình huống thực tế ở cơ sở.",
        "Tin, ảnh: Khánh Hòa", "Cập nhật: 10/10/2025 10:27   |   Lượt xem: 356",
        "Chia sẻ:  [f]  [Zalo]  [in]      Gửi góp ý      In trang"])
    got = parse_article_strict(raw)
    assert (got.published, got.byline) == ("2025-10-10", "Khánh Hòa")  # (a reporter named for a province)


def test_a_session_over_two_days_made_known_on_a_later_one() -> None:
    raw = "\n".join([
        "Ủy ban Kiểm tra Tỉnh ủy đề nghị thi hành kỷ luật 2 đảng viên", "Cập nhật: 22/10/2025 08:10",
        "Ngày 21.10, Văn phòng Ủy ban Kiểm tra Tỉnh ủy cho biết, trong hai ngày 19 và 20.10, Ủy ban Kiểm tra "
        "Tỉnh ủy đã họp kỳ thứ 14, xem xét kết quả kiểm tra khi có dấu hiệu vi phạm.",
        "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy thi hành kỷ luật theo Quy định số 69-QĐ/TW."])
    assert parse_article_strict(raw).event_date == "2025-10-19"


@pytest.mark.parametrize(("lead", "event"), [
    # a radio script writes the day in words for the announcer, the lunar day after it
    ("Chiều ngày hai mươi mốt tháng Một, tức ngày hai mươi ba tháng Chạp, Đảng ủy xã giao ban.", "2026-01-21"),
    ("Sáng ngày mười bốn tháng Ba, Ban Tổ chức Huyện ủy giao ban công tác quý I.", "2026-03-14"),
    # (a lunar day in words, its year named or marked, is none)
    ("Sáng ngày mười bốn tháng Ba năm Bính Ngọ, Ban Tổ chức Huyện ủy giao ban.", None),
    ("Sáng ngày mười bốn tháng Ba âm lịch, Ban Tổ chức Huyện ủy giao ban.", None),
])
def test_a_meeting_day_in_words_with_no_year(lead: str, event: str | None) -> None:
    got = parse_article_strict(article("Giao ban công tác xây dựng Đảng", [lead, "Các chi bộ báo cáo."],
                                       date_line="Thứ Hai, 30/03/2026 10:15"))
    assert got.event_date == event


def test_a_meeting_day_only_in_a_photos_caption() -> None:
    # the lead says only "vừa tổ chức"; the caption of the vote's photo gives its day
    got = parse_article_strict(article("Đại hội điểm chi bộ ấp nhiệm kỳ 2025-2027", [
        "Chi bộ ấp Tân Hòa vừa tổ chức đại hội điểm nhiệm kỳ 2025-2027 với 28/30 đảng viên tham dự.",
        "Đại hội bầu Chi ủy gồm 3 đồng chí; đến ngày 20/5, 9 chi bộ khác đã hoàn thành đại hội.",
        "Đảng viên bỏ phiếu bầu Chi ủy sáng 16/5. Ảnh: MINH KHOA",
        "Các chi bộ còn lại hoàn thành trước ngày 31/5."], date_line="Thứ Năm, 22/05/2025 - 10:05"))
    assert got.event_date == "2025-05-16"
    # (not a caption of an old photo, months before the page)
    old = parse_article_strict(article("Đại hội điểm chi bộ ấp nhiệm kỳ 2025-2027", [
        "Chi bộ ấp Tân Hòa vừa tổ chức đại hội điểm nhiệm kỳ 2025-2027.", "Đại hội bầu Chi ủy gồm 3 đồng chí.",
        "Báo cáo chính trị nêu rõ kết quả nhiệm kỳ.", "Đại hội thông qua nghị quyết.", "Các đảng viên phát biểu.",
        "Đảng viên chi bộ trong buổi sinh hoạt ngày 16/1. Ảnh: MINH KHOA"], date_line="Thứ Năm, 22/05/2025 - 10:05"))
    assert old.event_date is None


def test_a_date_line_with_the_buddhist_eras_year() -> None:
    got = parse_article_strict(article("Thành ủy thông tin kết quả đại hội đến chức sắc tôn giáo", [
        "Vào lúc 14 giờ ngày 28 tháng 10 năm 2025, Ban Dân vận Thành ủy tổ chức hội nghị.", "Các chức sắc dự."],
        date_line="Thứ Tư, 29/10/2025 – 09:20 (PL.2569)   ·   Lượt xem 215"))
    assert (got.published, got.event_date) == ("2025-10-29", "2025-10-28")


def test_an_english_wire_storys_weekday_before_its_dateline() -> None:
    from desktop.core.parse import parse_article_strict
    text = ("Quang Tri reviews Party building work\nUpdated: 14/11/2025 08:10\n"
            "QUANG TRI, November 13 (VNA) – The Organisation Board of the Quang Tri Party Committee on Tuesday"
            " held a conference to review its work in the first ten months.\n"
            "Speaking at the event, Ho Van Minh, deputy head of the board, said the province had admitted"
            " 1,200 new Party members.\n")
    got = parse_article_strict(text)
    assert got.event_date == "2025-11-11"  # (13 November 2025 is a Thursday)
    assert [(p.name, p.title) for p in got.people] == [("Ho Van Minh", "deputy head of the board")]
    # (a December story published in January keeps its year)
    got = parse_article_strict(text.replace("14/11/2025", "02/01/2026").replace("November 13", "December 31"))
    assert got.event_date == "2025-12-30"


def test_todays_date_in_a_sites_bar_of_links_is_not_the_articles() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict(
        "Thứ Sáu, 20/6/2025 | Đường dây nóng: 0208.385.xxx | Đăng nhập | Đăng ký\nBÁO THÁI NGUYÊN\n"
        "Giao ban công tác tổ chức xây dựng Đảng tháng 6\nThứ Năm, 15:20\n"
        "Chiều thứ Tư (18/6), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.\n")
    assert (got.title, got.published) == ("Giao ban công tác tổ chức xây dựng Đảng tháng 6", None)
    # (the city's name and the day, over the site's tickers)
    got = parse_article_strict(
        "Hà Nội, 23/6/2025   |   Tỷ giá USD/VND: 26.120   |   Vàng SJC: 118,0 - 120,0\nNHỊP SỐNG DOANH NGHIỆP\n"
        "Giao ban công tác tổ chức xây dựng Đảng tháng 6\n"
        "Chiều thứ Tư (18/6), Đảng ủy Tổng công ty giao ban công tác tổ chức xây dựng Đảng tháng 6 năm 2025.\n")
    assert (got.title, got.published, got.event_date) == (
        "Giao ban công tác tổ chức xây dựng Đảng tháng 6", None, "2025-06-18")


def test_a_stamp_alone_on_the_last_line_under_the_author() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict(
        "ỦY BAN KIỂM TRA TỈNH ỦY HÀ TĨNH\nTrang chủ  Giới thiệu  Tin hoạt động  Văn bản  Liên hệ\n\nTin hoạt động\n\n"
        "Kiểm tra công tác phát triển đảng viên tại huyện Can Lộc\n\n"
        "Ngày 3/6, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1021-QĐ/TU về kiểm tra công tác phát triển đảng viên.\n\n"
        "Trong tuần qua (từ 10 đến 14/6), Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đã làm việc với Huyện ủy Can Lộc.\n\n"
        + "".join(f"Tại xã thứ {k}, đoàn đã nghe báo cáo kết quả kết nạp đảng viên và kiểm tra hồ sơ của các chi bộ.\n\n"
                  for k in range(1, 9))
        + "Đoàn đề nghị huyện khắc phục hạn chế trước ngày 30/9/2024.\n\nPhan Thị Hòa\n15/06/2024 09:05\n\n"
        "Lượt xem: 512   |   In trang   |   Về đầu trang\n")
    assert (got.published, got.event_date, got.byline) == ("2024-06-15", "2024-06-10", "Phan Thị Hòa")


def test_a_later_sentence_of_the_lead_dating_the_headlines_act() -> None:
    from desktop.core.parse import parse_article_strict
    text = ("Tổng duyệt Đại hội Đảng bộ huyện Phù Cát\n"
            "Ngày 2/6, Ban Thường vụ Tỉnh ủy đã làm việc với Huyện ủy về dự thảo văn kiện; kết luận tại Thông báo"
            " số 512-TB/TU ngày 4/6/2020. Sáng nay (9/6), Ban Thường vụ Huyện ủy tổ chức tổng duyệt Đại hội.\n"
            "Cập nhật: 09/06/2020 11:20\n")
    assert parse_article_strict(text).event_date == "2020-06-09"
    # (a first sentence holding the meeting keeps its day: a two-day meeting, its closing speech after)
    text = ("Phát biểu bế mạc Hội nghị sơ kết\n"
            "Trong hai ngày 9 và 10/7/2026, Ban Thường vụ Thành ủy tổ chức Hội nghị sơ kết công tác. Sáng 10/7,"
            " đồng chí Bí thư Thành ủy phát biểu bế mạc.\n")
    assert parse_article_strict(text).event_date == "2026-07-09"


def test_an_english_storys_day_in_brackets_after_its_weekday() -> None:
    from desktop.core.parse import parse_article_strict
    text = ("Cluster reviews the year's Party building work\nPublished: Friday, 20/12/2024 08:35 (GMT+7)\n"
            "DA NANG (VNA) – The Organisation Commission of the Da Nang Party Committee on Thursday"
            " (December 19) hosted the year-end review of its emulation cluster.\n")
    assert parse_article_strict(text).event_date == "2024-12-19"
    # (its day first, after a comma; a January story's December meeting keeps its year)
    got = parse_article_strict(text.replace("20/12/2024", "03/01/2025").replace(
        "on Thursday (December 19)", "on Tuesday, 31 December"))
    assert got.event_date == "2024-12-31"


@pytest.mark.parametrize(("title", "lead", "expected"), [
    # a congress opens the term it names: held in its first year, the page giving no year else
    ("ĐẠI HỘI ĐẢNG BỘ XÃ NẬM CÓ LẦN THỨ I, NHIỆM KỲ 2025 - 2030", "Ngày 24.7, tại hội trường xã, đại hội đã "
     "bầu Ban Chấp hành gồm 15 đồng chí.", "2025-07-24"),
    ("Thành công Đại hội Đảng bộ xã", "Ngày 12.8, Đảng bộ xã Chiềng Ngần tổ chức Đại hội đại biểu lần thứ "
     "XXIII, nhiệm kỳ 2020 - 2025. Năm 2019, Đảng bộ kết nạp 40 đảng viên.", "2020-08-12"),
    # (a meeting preparing the congresses is no congress: its year is the page's other one)
    ("Hội nghị Ban Thường vụ Huyện ủy", "Ngày 12.8, Huyện ủy triển khai tổ chức đại hội đảng bộ các cấp "
     "nhiệm kỳ 2020 - 2025. Năm 2019, huyện kết nạp 400 đảng viên.", "2019-08-12"),
])
def test_a_congress_without_a_date_line_is_dated_by_its_term(title: str, lead: str, expected: str) -> None:
    from desktop.core.parse import parse_article_strict
    assert parse_article_strict(f"{title}\n\nLượt xem: 187\n\n{lead}\n").event_date == expected


def test_a_headlines_stamp_after_a_dash_with_its_weekday() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict("Đảng ủy Khối tập huấn nghiệp vụ công tác đảng - Thứ Năm, 24/04/2025 10:15\n\n"
                               "Trong hai ngày 22 và 23-4, Đảng ủy Khối tổ chức tập huấn.\n")
    assert (got.title, got.published, got.event_date) == (
        "Đảng ủy Khối tập huấn nghiệp vụ công tác đảng", "2025-04-24", "2025-04-22")


@pytest.mark.parametrize(("lead", "expected"), [
    # a review of a span of years, held at its end ...
    ("Ngày 2.7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm (2016 - 2021) thực hiện Chỉ thị 05.",
     "2021-07-02"),
    # ... or early in the next year
    ("Ngày 15.1, Huyện ủy tổ chức hội nghị tổng kết 10 năm 2013 - 2023 thực hiện Chỉ thị 28.", "2024-01-15"),
])
def test_a_review_of_a_span_of_years_dates_its_meeting(lead: str, expected: str) -> None:
    from desktop.core.parse import parse_article_strict
    assert parse_article_strict(f"Sơ kết, tổng kết\n\nLượt xem: 12\n\n{lead}\n").event_date == expected


def test_a_deadline_in_the_sapo_and_a_verb_folding_like_a_papers_name() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict(
        "Chuẩn bị kỹ phương án nhân sự cấp ủy các xã, phường mới\n\n"
        "Bảo đảm chậm nhất ngày 30-6-2025, 100% đảng bộ xã, phường mới có cấp ủy được chỉ định, không để "
        "gián đoạn sự lãnh đạo.\n\nNgày 17.6, Ban Tổ chức Tỉnh ủy tổ chức hội nghị hướng dẫn phương án nhân sự.\n")
    assert got.event_date == "2025-06-17"


@pytest.mark.parametrize(("title", "lead", "expected"), [
    # a quarter named without its year, the year after it in the same heading: the quarter's
    ("GIAO BAN CÔNG TÁC TỔ CHỨC QUÝ I VÀ TẬP HUẤN NGHIỆP VỤ NĂM 2023",
     "Trong hai ngày (29 - 30/3), Ban Tổ chức Thành ủy tổ chức hội nghị giao ban quý I.", "2023-03-29"),
    ("Sơ kết 6 tháng đầu năm, bồi dưỡng cấp ủy viên năm 2019",
     "Chiều 12/7, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng.", "2019-07-12"),
    # (the last quarter and the year reviewed together: early in the next year)
    ("Giao ban quý IV và tổng kết công tác tổ chức năm 2022",
     "Ngày 10/1, Ban Tổ chức Huyện ủy tổ chức hội nghị.", "2023-01-10"),
])
def test_a_quarter_before_its_year_dates_the_meeting(title: str, lead: str, expected: str) -> None:
    from desktop.core.parse import parse_article_strict
    assert parse_article_strict(f"{title}\n\nLượt xem: 40\n\n{lead}\n").event_date == expected


def test_a_lead_with_no_day_and_another_events_day_in_a_later_paragraph() -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict(
        "Huyện ủy sơ kết 3 năm thực hiện Đề án phát triển đảng viên\n\nLượt xem: 90\n\n"
        "Vừa qua, Ban Thường vụ Huyện ủy Châu Thành tổ chức hội nghị sơ kết 3 năm thực hiện đề án.\n\n"
        "Sau 3 năm, toàn huyện kết nạp 240 đảng viên.\n\n"
        "Ngày 12/5/2021, Chi bộ ấp Phú Hòa tổ chức lễ kết nạp đảng viên cho 3 quần chúng ưu tú.\n")
    assert got.event_date is None


@pytest.mark.parametrize(("lead", "expected"), [
    # the preparatory session's day, then the opening's after a ";": the opening's
    ("Chiều 11/8, Đảng bộ phường tiến hành phiên trù bị; sáng thứ Ba (12/8), Đại hội đại biểu Đảng bộ "
     "phường lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai mạc.", "2025-08-12"),
    # (a sentence reporting the session, the congress to come after it: the session's)
    ("Chiều 11/8, Đại hội đại biểu Đảng bộ phường tiến hành phiên trù bị. Đại hội chính thức diễn ra "
     "từ ngày 12 đến 13/8/2025.", "2025-08-11"),
])
def test_a_congress_opening_the_day_after_its_preparatory_session(lead: str, expected: str) -> None:
    from desktop.core.parse import parse_article_strict
    got = parse_article_strict(f"Đại hội Đảng bộ phường lần thứ I\n\nCập nhật: 12/08/2025 11:20\n\n{lead}\n")
    assert got.event_date == expected


def test_a_day_of_history_opening_the_lead_gives_way_to_the_ceremonys() -> None:
    lead = ("Ngày 14/10/1930 được chọn là Ngày truyền thống ngành Tổ chức xây dựng Đảng. Sáng 9-10, tại "
            "thành phố Vinh, Ban Tổ chức Tỉnh ủy long trọng tổ chức lễ kỷ niệm 90 năm Ngày truyền thống.")
    got = parse_article_strict(article("Kỷ niệm 90 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng",
                                       [lead], date_line="09/10/2020 17:05"))
    assert got.event_date == "2020-10-09"
    # (a ceremony in a later sentence does not move an ordinary lead's day: "Ngày 3/2, ... tổ chức lễ")
    other = ("Quý I, toàn tỉnh kết nạp 310 đảng viên. Ngày 3/2, Đảng ủy xã Lũng Cú tổ chức lễ kết nạp "
             "6 đảng viên.")
    got = parse_article_strict(article("Kết nạp đảng viên quý I", [other], date_line="Ngày đăng: 16/04/2026"))
    assert got.event_date is None


def test_a_weekday_and_the_latest_cited_document_give_the_year() -> None:
    lead = ("Sáng thứ Sáu (3-11), Ban Thường vụ Huyện ủy tổ chức Lễ trao Huy hiệu Đảng đợt 7/11. Thực hiện "
            "Hướng dẫn số 09-HD/BTCTW ngày 05/6/2017 của Ban Tổ chức Trung ương, đợt này có 128 đảng viên "
            "được tặng Huy hiệu Đảng.")
    got = parse_article_strict(article("Trao Huy hiệu Đảng đợt 7/11", [lead]))
    assert got.published is None and got.event_date == "2017-11-03"  # (3/11/2018 is a Saturday)


def test_the_leads_weekday_outweighs_a_year_read_off_the_text() -> None:
    lead = ("Sáng thứ Sáu, ngày 15/12, Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận "
            "số 21-KL/TW. Hội nghị đề ra chương trình công tác năm 2024.")
    got = parse_article_strict(article("Sơ kết 2 năm thực hiện Kết luận số 21-KL/TW", [lead]))
    assert got.event_date == "2023-12-15"  # (15/12/2024 is a Sunday)


def test_a_courses_days_in_brackets_before_the_day_of_its_close() -> None:
    lead = ("Sau 5 ngày học tập (từ ngày 12 đến 16/6), chiều 16/6, Trung tâm Chính trị huyện tổ chức lễ bế "
            "giảng lớp bồi dưỡng lý luận chính trị năm 2023.")
    got = parse_article_strict(article("Bế giảng lớp bồi dưỡng lý luận chính trị", [lead]))
    assert got.event_date == "2023-06-16"


def test_a_broadcasts_greeting_before_the_leads_weekday() -> None:
    lead = ("Thưa quý vị và các bạn! Thứ Năm tuần trước, Đảng ủy Khối các cơ quan tỉnh đã tổ chức hội nghị "
            "giao ban công tác xây dựng Đảng quý I.")
    got = parse_article_strict(article("Đảng ủy Khối giao ban quý I (16/04/2019 07:15)", [lead]))
    assert (got.published, got.event_date) == ("2019-04-16", "2019-04-11")


def test_a_headlines_kicker_is_the_day_when_the_lead_says_only_this_morning() -> None:
    lead = ("Sáng nay, tại Hội trường Trung tâm Văn hóa huyện, Ban Thường vụ Huyện ủy tổ chức tổng duyệt Đại hội "
            "đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025.")
    moved = ("Theo kế hoạch ban đầu, buổi tổng duyệt được tổ chức vào ngày 1/7, nay lùi lại để hoàn thiện văn kiện. "
             "Đại hội sẽ diễn ra trong 2 ngày 9 và 10/7/2020.")
    got = parse_article_strict(article("Sáng 3/7: Tổng duyệt Đại hội đại biểu Đảng bộ huyện Tuy Phước", [lead, moved]))
    assert got.event_date == "2020-07-03"


def test_a_meeting_over_days_reported_at_its_close_is_dated_by_its_opening() -> None:
    lead = ("Hội nghị sơ kết công tác tổ chức xây dựng Đảng giữa nhiệm kỳ 2020 - 2025 đã bế mạc chiều 14-12, sau "
            "2 buổi làm việc. Hội nghị khai mạc sáng 13-12 tại Hội trường Tỉnh ủy.")
    got = parse_article_strict(article("Sơ kết giữa nhiệm kỳ công tác tổ chức xây dựng Đảng", [lead],
                                       date_line="15-12-2022 | 08:05"))
    assert got.event_date == "2022-12-13"


def test_the_lead_names_the_meetings_day_after_its_hosts_verb() -> None:
    # (the day in the lead's second sentence, right after "tổ chức"; not after a lead that says
    # only "Vừa qua", where such a day is another meeting's)
    raw = ("Khó phát triển đảng viên trong doanh nghiệp\nThứ Năm, 21/09/2023 - 06:30\n\n"
           "Cả tỉnh mới có 41 doanh nghiệp có tổ chức đảng. Tìm cách đưa Đảng vào doanh nghiệp là nội dung "
           "chính của hội nghị chuyên đề do Ban Tổ chức Tỉnh ủy tổ chức sáng thứ Tư (20/9).\n")
    assert parse_article_strict(raw).event_date == "2023-09-20"
    raw = ("Giao ban công tác tổ chức quý I\nThứ Năm, 21/03/2023 - 06:30\n\n"
           "Vừa qua, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý I.\n\n"
           "Trong quý I, ngành đã tham mưu cấp ủy học tập Nghị quyết. Ngay sau hội nghị học tập Nghị quyết do "
           "Tỉnh ủy tổ chức ngày 15/2, các cấp ủy đã xây dựng kế hoạch.\n")
    assert parse_article_strict(raw).event_date is None


def test_a_headline_printed_again_as_the_leads_first_sentence() -> None:
    title = "Ban Tổ chức Huyện ủy Văn Lãng giao ban công tác tổ chức xây dựng Đảng quý III năm 2023"
    raw = (f"{title}\n\n{title}. Sáng thứ Năm (12/10), tại Hội trường Huyện ủy, đồng chí Trưởng Ban Tổ chức "
           "Huyện ủy chủ trì hội nghị.\n\nTheo báo cáo, trong quý III, toàn Đảng bộ kết nạp 45 đảng viên.\n")
    assert parse_article_strict(raw).event_date == "2023-10-12"
