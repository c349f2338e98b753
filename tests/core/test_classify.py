"""Meeting kind and level (invented leads)."""

from __future__ import annotations

import pytest

from desktop.core.models import Level, MeetingKind
from desktop.core.parse.classify import meeting_kind, meeting_level
from desktop.core.parse.common import ffold


@pytest.mark.parametrize(
    ("title", "lead", "level"),
    [
        ("Hội nghị trực tuyến toàn quốc về công tác tổ chức", "Sáng 5/1, hội nghị khai mạc.",
         Level.CENTRAL),
        ("Giao ban quý III", "Sáng 15/10, Ban Tổ chức Trung ương tổ chức hội nghị giao ban.",
         Level.CENTRAL),
        # the national Congress named in the lead is not this meeting's level
        ("Giao ban công tác tổ chức quý III tại Hà Tĩnh",
         "Sáng 15/10, Ban Tổ chức Tỉnh ủy Hà Tĩnh tổ chức hội nghị giao ban, triển khai Chỉ thị "
         "45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV.",
         Level.PROVINCE),
        ("Sơ kết 6 tháng", "Chiều 2/7, Huyện ủy Yên Thành tổ chức hội nghị sơ kết.",
         Level.GRASSROOTS),
    ],
)
def test_meeting_level(title: str, lead: str, level: Level) -> None:
    assert meeting_level(ffold(title), ffold(lead)) == level


def test_meeting_kind_from_the_title_then_the_lead() -> None:
    assert meeting_kind(ffold("Giao ban quý III"), ffold("Hội nghị sơ kết ...")) == MeetingKind.GIAO_BAN
    assert meeting_kind(ffold("Tin hoạt động"), ffold("hội nghị sơ kết 6 tháng")) == MeetingKind.SO_KET
