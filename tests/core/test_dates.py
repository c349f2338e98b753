"""Publication date, event date and period (invented lines)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.models import Precision  # noqa: E402
from desktop.core.parse import parse_article_strict  # noqa: E402
from desktop.core.parse.dates import fix_year, published_date  # noqa: E402
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
        ("Ngày 31/02/2023", None),
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
        ("Giao ban trực tuyến", "Ngày đăng: 05/08/2020",
         "Sáng nay (5/8), Ban Tổ chức Trung ương tổ chức giao ban trực tuyến.", "2020-08-05"),
        # a 31-12 meeting reported on 01/01 happened the year before
        ("Tổng kết năm", "Ngày đăng: 01/01/2023",
         "Chiều 31-12, Đảng ủy xã tổ chức hội nghị tổng kết.", "2022-12-31"),
        # no publication date: the year comes from the lead
        ("Giao ban tháng 4", None,
         "Ngày 27/4, Ban Tổ chức Tỉnh ủy giao ban công tác tháng 4 năm 2024.", "2024-04-27"),
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
