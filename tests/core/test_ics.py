"""A meeting saved as a calendar's event (an invented iCalendar file)."""

from __future__ import annotations

from desktop.core.parse import ics, parse_article_strict

ICS = "\r\n".join([
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
    "BEGIN:VEVENT", "DTSTART;TZID=Asia/Ho_Chi_Minh:20230914T140000", "DTSTAMP:20240305T021544Z",
    "ORGANIZER;CN=Đỗ Thị Hạnh:mailto:vp@example.vn",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=",
    " Nguyễn Văn Bình;X-NUM-GUESTS=0:mailto:binh@example.vn",
    "ATTENDEE;CUTYPE=RESOURCE;CN=Phòng họp A:mailto:room@resource.example.vn",
    "CREATED:20230901T080000Z", "LOCATION:Phòng họp A\\, Tỉnh ủy",
    "SUMMARY:Giao ban công tác tổ chức xây dựng Đảng quý III",
    "DESCRIPTION:Chiều 14/9\\, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựn",
    " g Đảng quý III năm 2023\\; quán triệt Chỉ thị 35-CT/TW.\\nĐồng chí Trần Văn Hải\\, Trưởng Ban T",
    " ổ chức Tỉnh ủy chủ trì.",
    "END:VEVENT", "END:VCALENDAR", ""])


def test_a_calendars_event_reads_as_a_notice_of_the_meeting() -> None:
    text = ics.to_text(ICS)
    assert text.splitlines()[:5] == [
        "Giao ban công tác tổ chức xây dựng Đảng quý III", "Thời gian: 14 giờ 00, ngày 14/9/2023",
        "Địa điểm: Phòng họp A, Tỉnh ủy", "Người tổ chức: Đỗ Thị Hạnh", "Thành phần: Nguyễn Văn Bình"]
    p = parse_article_strict(ICS)
    assert p.title == "Giao ban công tác tổ chức xây dựng Đảng quý III"
    assert (p.published, p.event_date) == (None, "2023-09-14")
    assert [d.canonical for d in p.directives] == ["Chỉ thị 35-CT/TW"]
    assert ("Trần Văn Hải", "Trưởng Ban Tổ chức Tỉnh ủy") in [(x.name, x.title) for x in p.people]


def test_a_text_that_is_no_calendar() -> None:
    assert not ics.looks_like_ics("Giao ban quý III\nBEGIN:VCALENDAR")
    assert not ics.looks_like_ics("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")


def test_a_calendar_file_is_read_as_text() -> None:
    from desktop.core import formats

    assert ".ics" in formats.SUPPORTED
    assert formats.extract(".ics", ICS.encode("utf-8")) == (ICS, None, None)
