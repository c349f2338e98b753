"""A meeting saved as a calendar's event (iCalendar, ``.ics``): read as a notice of it.

A Party office's calendar exports the meeting with its report in the event's
description::

    BEGIN:VEVENT
    DTSTART;TZID=Asia/Ho_Chi_Minh:20170713T073000
    ORGANIZER;CN=Kiều Thị Mai Anh:mailto:...
    ATTENDEE;CUTYPE=INDIVIDUAL;...;CN=Lý Văn Tuấn;...:mailto:...
    SUMMARY:Sơ kết công tác TCXDĐ 6 tháng đầu năm 2017
    DESCRIPTION:Sáng 13/7\\, Ban Tổ chức Tỉnh ủy ...\\n...
    END:VEVENT

:func:`to_text` gives the first event as a notice prints it: the summary as
its headline, ``Thời gian:`` (the start, the meeting's day), ``Địa điểm:``,
who called it and who was invited (people, not rooms), then the description.
Long lines folded by the format are unfolded and its escapes (``\\n``,
``\\,``, ``\\;``) read. The calendar's own stamps (when it was exported, the
event created or changed) are not the meeting's and are not read.
"""

from __future__ import annotations

import re

_FOLD_RE = re.compile(r"\r?\n[ \t]")
_ESCAPE_RE = re.compile(r"\\([nN,;\\])")
_START_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?")
_CN_RE = re.compile(r"(?:^|;)CN=(\"[^\"]*\"|[^;:]*)")


def looks_like_ics(text: str) -> bool:
    """Whether ``text`` is an iCalendar file holding an event."""
    return text.lstrip("\ufeff \r\n").startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text


def to_text(text: str) -> str:
    """The first event of an iCalendar ``text`` as a notice prints it (see the module)."""
    lines = _FOLD_RE.sub("", text).splitlines()
    fields: list[tuple[str, str, str]] = []  # (name, parameters, value)
    inside = False
    for line in lines:
        if line == "BEGIN:VEVENT":
            inside = True
        elif line == "END:VEVENT" and inside:
            break
        elif inside and ":" in line:
            head, _, value = line.partition(":")
            name, _, params = head.partition(";")
            fields.append((name.upper(), params, value))
    first = {name: value for name, _params, value in reversed(fields)}
    out = [_unescape(first.get("SUMMARY", ""))]
    start = _START_RE.match(first.get("DTSTART", ""))
    if start:
        y, mo, d, h, mi = start.groups()
        hour = f"{int(h)} giờ {mi}, " if h else ""
        out.append(f"Thời gian: {hour}ngày {int(d)}/{int(mo)}/{y}")
    if first.get("LOCATION"):
        out.append(f"Địa điểm: {_unescape(first['LOCATION'])}")
    organizer = next((_cn(p) for n, p, _v in fields if n == "ORGANIZER" and _cn(p)), "")
    if organizer:
        out.append(f"Người tổ chức: {organizer}")
    invited = [_cn(p) for n, p, _v in fields
               if n == "ATTENDEE" and _cn(p) and "CUTYPE=RESOURCE" not in p and "CUTYPE=ROOM" not in p]
    if invited:
        out.append(f"Thành phần: {', '.join(invited)}")
    body = _unescape(first.get("DESCRIPTION", ""))
    return "\n".join(x for x in out if x) + ("\n\n" + body.strip() if body.strip() else "") + "\n"


def _cn(params: str) -> str:
    m = _CN_RE.search(params)
    return m.group(1).strip('"').strip() if m else ""


def _unescape(value: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
