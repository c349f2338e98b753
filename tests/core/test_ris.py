"""An article kept as a reference manager's record (an invented RIS export)."""

from __future__ import annotations

from desktop.core.parse import parse_article_strict, ris

RIS = "\r\n".join([
    "TY  - NEWS", "TI  - Sơn La: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023",
    "AU  - Hằng, Thu", "AU  - Minh Đức", "T2  - Báo Sơn La",
    "AB  - Chiều 6/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng.",
    "Đồng chí Lò Văn Tuấn, Trưởng Ban Tổ chức Tỉnh ủy chủ trì, quán triệt Quy định 80-QĐ/TW.",
    "DA  - 2023/07/07/", "PY  - 2023", "Y2  - 2024/01/15/09:30:00", "KW  - Quy định 80",
    "N1  - <p>Đối chiếu với báo cáo của Ban &amp; số liệu quý III.</p>", "ER  - ", ""])


def test_a_reference_managers_record_reads_as_its_page() -> None:
    text = ris.to_text(RIS)
    assert text.splitlines()[:3] == [
        "Sơn La: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023",
        "Báo Sơn La · Ngày đăng: 07/07/2023", "Tác giả: Thu Hằng, Minh Đức"]
    assert "Đối chiếu với báo cáo của Ban & số liệu quý III." in text and "<p>" not in text
    p = parse_article_strict(RIS)
    assert (p.title, p.published, p.event_date) == (
        "Sơn La: Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023", "2023-07-07", "2023-07-06")
    assert {d.canonical for d in p.directives} == {"Quy định 80-QĐ/TW"}
    assert {"Thu Hằng", "Lò Văn Tuấn"} <= {x.name for x in p.people}


def test_a_record_whose_year_alone_is_known_gives_no_day_and_its_access_date_is_not_read() -> None:
    text = ris.to_text("TY  - JOUR\nTI  - Về công tác cán bộ\nPY  - 2021\nY2  - 2022/03/04\nER  - \n")
    assert "Ngày đăng" not in text


def test_text_that_merely_mentions_a_tag_is_not_a_record() -> None:
    assert not ris.looks_like_ris("Giao ban quý III\n\nTY  - NEWS là nhãn của tệp RIS.\n")


def test_a_ris_file_is_imported_as_text() -> None:
    from desktop.core import formats
    assert ".ris" in formats.SUPPORTED
    assert formats.extract(".ris", RIS.encode("utf-8")) == (RIS, None, None)
