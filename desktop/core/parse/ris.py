"""An article kept as a reference manager's record (RIS, as Zotero, EndNote and
Mendeley export it): read as the page it came from.

A researcher exports the article's record with its text in the abstract::

    TY  - NEWS
    TI  - Ngành Tổ chức xây dựng Đảng Hà Tĩnh: Dồn sức chuẩn bị nhân sự ...
    AU  - Phương, Thu
    T2  - Báo Hà Tĩnh
    AB  - (Baohatinh.vn) - Chiều 4/7, Ban Tổ chức Tỉnh ủy ...
    (more lines of the abstract, untagged)
    DA  - 2024/07/05/
    Y2  - 2024/07/08/02:14:51
    KW  - Chỉ thị 35
    N1  - <p>Dùng cho chuyên đề ...</p>
    ER  -

:func:`to_text` gives the first record as its page printed it: the title as
its headline, the outlet and the day it was published (``DA``, or ``PY`` when
it holds a whole date), the authors (``Phương, Thu`` turned back into ``Thu
Phương``), then the abstract, then the reader's notes and keywords under a
heading of their own (their HTML out), as a note app keeps them. The day the
record was made or read (``Y2``, the access date) is not the article's and is
not read.
"""

from __future__ import annotations

import re

from desktop.core.parse import markup

#: a tagged line: two capitals (or a capital and a digit), two spaces, a dash
_TAG_RE = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?$")
#: a record's date: "2024/07/05/", "2024/07/05", "2024-07-05"
_DATE_RE = re.compile(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})")
#: the fields of a record's text, first found first
_TITLE_TAGS = ("TI", "T1", "CT", "BT")
_OUTLET_TAGS = ("T2", "JO", "JF", "JA", "PB", "DP")
_DATE_TAGS = ("DA", "PY", "Y1")
_AUTHOR_TAGS = ("AU", "A1", "A2")
_TEXT_TAGS = ("AB", "N2")


def looks_like_ris(text: str) -> bool:
    """Whether ``text`` is a RIS export: its first line opens a record (``TY  - ``)."""
    head = text.lstrip("\ufeff \r\n")
    return head.startswith("TY  -") and "\nER  -" in head


def to_text(text: str) -> str:
    """The first record of a RIS ``text`` as its page printed it (see the module)."""
    fields: list[tuple[str, str]] = []
    for line in text.lstrip("\ufeff").splitlines():
        m = _TAG_RE.match(line)
        if m is not None:
            if m.group(1) == "ER":
                break
            fields.append((m.group(1), (m.group(2) or "").strip()))
        elif fields and line.strip():  # (a long field goes on over untagged lines: the abstract)
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value}\n{line.strip()}")

    def first(tags: tuple[str, ...]) -> str:
        return next((v for tag in tags for t, v in fields if t == tag and v), "")

    out = [first(_TITLE_TAGS)]
    when = next((m for tag in _DATE_TAGS for t, v in fields if t == tag and (m := _DATE_RE.match(v))), None)
    outlet = first(_OUTLET_TAGS)
    day = f"Ngày đăng: {int(when.group(3)):02d}/{int(when.group(2)):02d}/{when.group(1)}" if when else ""
    out.append(" · ".join(x for x in (outlet, day) if x))
    authors = [_author(v) for t, v in fields if t in _AUTHOR_TAGS and v]
    if authors:
        out.append("Tác giả: " + ", ".join(authors))
    body = first(_TEXT_TAGS)
    notes = [markup.strip_markup(v).strip() for t, v in fields if t == "N1" and v]  # (a note's HTML)
    keywords = [v for t, v in fields if t == "KW" and v]
    if keywords:
        notes.append("Từ khóa: " + "; ".join(keywords))
    text_out = "\n".join(x for x in out if x) + "\n"
    if body:
        text_out += "\n" + body + "\n"
    if notes:
        text_out += "\nGhi chú của tôi:\n" + "\n".join(notes) + "\n"
    return text_out


def _author(value: str) -> str:
    """A name as a record inverts it, family part first: ``Phương, Thu`` -> ``Thu Phương``."""
    last, comma, given = value.partition(",")
    return f"{given.strip()} {last.strip()}".strip() if comma and given.strip() else value.strip()
