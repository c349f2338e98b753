"""Decoding the user's files: encodings, Markdown, saved web pages, Word."""

from __future__ import annotations

import io
import unicodedata

import pytest
from import_factories import SAVED_PAGE, SHORT, VIET, to_cp1258

from desktop.core import formats
from desktop.core.formats import FormatError, decode_text, extract, markdown_text
from desktop.core.parse import parse_article_strict


def test_cp1258_helper_writes_combining_tones() -> None:
    data = to_cp1258("Đảng")
    assert data == b"\xd0a\xd2ng"  # Đ, a, combining hook above, n, g
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize("text", [VIET, *SHORT])
def test_windows_1258_is_detected_and_normalised(text: str) -> None:
    decoded = decode_text(to_cp1258(text))
    assert decoded == text
    assert unicodedata.is_normalized("NFC", decoded)
    # Python's own decode leaves the tones combining: NFC is what joined them.
    assert not unicodedata.is_normalized("NFC", to_cp1258(text).decode("cp1258")) or text.isascii()


def test_a_document_typed_in_a_vnTime_font_tcvn3_is_read() -> None:
    # bytes as the field's converters give them: "B¶o Th¾ng" is Bảo Thắng, "M\xadêng Kh¬ng"
    # is Mường Khương ("ư" is 0xAD, a soft hyphen in Windows-1252)
    data = (b"Ban T\xe6 ch\xf8c Huy\xd6n \xf1y B\xb6o Th\xbeng giao ban c\xabng t\xb8c x\xa9y d\xf9ng "
            b"\xa7\xb6ng c\xf1a c\xb8c chi b\xe9 v\xb5 \xae\xb6ng vi\xaan \xae\xb8p \xf8ng y\xaau c\xc7u, "
            b"M\xad\xeang Kh\xad\xacng")
    assert decode_text(data) == ("Ban Tổ chức Huyện ủy Bảo Thắng giao ban công tác xây dựng Đảng của các chi "
                                 "bộ và đảng viên đáp ứng yêu cầu, Mường Khương")


def test_a_document_typed_in_a_vni_font_is_refused_with_its_reason() -> None:
    # VNI writes a letter and its marks as two characters: "của" is "cuûa"
    data = ("Ban Toå chöùc Huyeän uûy giao ban coâng taùc xaây döïng Ñaûng cuûa caùc chi boä vaø "
            "nhöõng ngöôøi ñaûng vieân").encode("cp1252")
    with pytest.raises(FormatError) as err:
        decode_text(data)
    assert err.value.reason == "legacy-font"


@pytest.mark.parametrize(
    "data",
    [
        VIET.encode("utf-8"),
        b"\xef\xbb\xbf" + VIET.encode("utf-8"),
        VIET.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + VIET.encode("utf-16-le"),
        b"\xfe\xff" + VIET.encode("utf-16-be"),
        VIET.encode("utf-16-le"),  # no BOM: the NUL pattern tells
        VIET.encode("utf-16-be"),
        unicodedata.normalize("NFD", VIET).encode("utf-8"),  # macOS-style decomposed
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8-nfd"],
)
def test_unicode_encodings_decode_to_nfc(data: bytes) -> None:
    assert decode_text(data) == VIET


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "not-text"),
        (bytes(range(1, 32)) * 50, "not-text"),  # control bytes, no NUL
        (b"\xef\xbb\xbf" + b"D\xff\xfe\xfa" + "Đảng".encode() * 10, "undecodable"),
        (b"\xff\xfe" + "Đảng".encode("utf-16-le") + b"\x00\xd8\x41\x00", "undecodable"),
    ],
    ids=["png", "controls", "utf8-bom-then-garbage", "utf16-lone-surrogate"],
)
def test_bad_bytes_fail_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(FormatError) as err:
        decode_text(data)
    assert err.value.reason == reason


def test_markdown_loses_markup_keeps_words() -> None:
    md = (
        "# Giao ban quý III\n\n"
        "**Đảng ủy** khối triển khai [Chỉ thị 35-CT/TW](https://example.org/35) và "
        "_Hướng dẫn_ 26-HD/BTCTW.\n\n> Trích dẫn\n\n- một ý\n- *hai ý*\n\n![ảnh](a.png)\n"
    )
    text = markdown_text(md)
    assert text.startswith("Giao ban quý III\n")
    assert "Đảng ủy khối triển khai Chỉ thị 35-CT/TW và" in text
    assert "26-HD/BTCTW" in text and "Trích dẫn" in text and "- một ý" in text
    assert "**" not in text and "](" not in text and "#" not in text
    assert extract(".md", md.encode())[0] == text


@pytest.mark.parametrize("charset", ["utf-8", "windows-1258"])
def test_saved_web_page_gives_main_text_title_and_date(charset: str) -> None:
    html = SAVED_PAGE.replace("{charset}", charset)
    data = html.encode("utf-8") if charset == "utf-8" else to_cp1258(html)
    text, title, published = extract(".html", data)
    assert title and title.startswith("Giao ban công tác tổ chức xây dựng Đảng quý III")
    assert published == "2024-10-08"
    assert "Hướng dẫn 26-HD/BTCTW" in text and "Quy định 262" in text
    assert "Đồng chí Bùi Văn Khánh chủ trì" in text
    for chrome in ("Trang chủ", "Giá vàng", "tracker", "Bản quyền"):
        assert chrome not in text
    assert "\n\n" in text  # paragraphs stay paragraphs


def test_html_page_without_article_text_is_empty() -> None:
    with pytest.raises(FormatError) as err:
        extract(".htm", b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    assert err.value.reason == "empty"


def _docx_bytes(paragraphs: list[str], title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    for i, para in enumerate(paragraphs):
        if i == 0:
            document.add_heading(para, level=1)
        else:
            document.add_paragraph(para)
    if title:
        document.core_properties.title = title
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_word_document_paragraphs() -> None:
    paras = [
        "Hội nghị sơ kết 6 tháng công tác tổ chức xây dựng Đảng",
        "Ngày 15/7/2024, Ban Tổ chức Thành ủy Hà Nội tổ chức hội nghị sơ kết.",
        "Hội nghị quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp.",
    ]
    text, title, published = extract(".docx", _docx_bytes(paras, title="Sơ kết"))
    assert text == "\n\n".join(paras)
    assert title == "Sơ kết" and published is None


def test_a_renamed_binary_is_not_a_word_document() -> None:
    with pytest.raises(FormatError) as err:
        extract(".docx", b"PK\x03\x04 not really a zip" + bytes(200))
    assert err.value.reason == "not-text"


def test_unknown_suffix_is_unsupported() -> None:
    with pytest.raises(FormatError) as err:
        extract(".pdf", b"%PDF-1.4")
    assert err.value.reason == "unsupported"
    assert ".pdf" not in formats.SUPPORTED


def test_a_saved_page_keeps_its_visible_headline_date_and_author() -> None:
    html = ("<html><head><title>Tin ngắn - Báo X</title><meta property='og:title' content='Tiêu đề rút gọn'>"
            "<meta property='article:published_time' content='2020-01-03T08:00:00+07:00'>"
            "<meta name='author' content='QUANG MINH'></head><body><header>Báo X</header>"
            "<article><h1>Lâm Đồng: Ngành Tổ chức về đích năm 2019</h1><span class='date'>03/01/2020</span>"
            + "".join(f"<p>Đoạn {i}: Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành nhiều "
                      f"văn bản quan trọng trong năm, góp phần nâng cao chất lượng tổ chức cơ sở đảng.</p>"
                      for i in range(4))
            + "<p class='author'>QUANG MINH</p></article></body></html>")
    text, title, published = extract(".html", html.encode())
    assert title == "Lâm Đồng: Ngành Tổ chức về đích năm 2019" and published == "2020-01-03"
    assert text.startswith("Lâm Đồng: Ngành Tổ chức về đích năm 2019\n\n03/01/2020\n\n")
    assert text.rstrip().endswith("QUANG MINH")


_BODY = "".join(
    f"<p>Đoạn {i}: Đảng ủy phường đã quán triệt Hướng dẫn 26-HD/BTCTW, rà soát chất lượng sinh hoạt "
    f"chi bộ và đề nghị các chi bộ khu phố giữ nền nếp sinh hoạt định kỳ hằng tháng.</p>"
    for i in range(4)
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Báo Y - Xây dựng Đảng</title><link>https://example.vn/</link>
<lastBuildDate>Mon, 03 Mar 2025 09:00:00 +0700</lastBuildDate>
<item><title>Đảng ủy phường An Khê giao ban quý I &amp; triển khai nhiệm vụ quý II</title>
<pubDate>Sun, 02 Mar 2025 23:30:00 +0700</pubDate><dc:creator>Thu Hà</dc:creator>
<description>Tóm tắt ngắn.</description>
<content:encoded><![CDATA[{_BODY}<p><strong>THU HÀ</strong></p>]]></content:encoded></item>
<item><title>Tin cũ hơn</title><pubDate>Sat, 01 Mar 2025 08:00:00 +0700</pubDate>
<description>Một tin khác của chuyên mục.</description></item>
</channel></rss>"""


@pytest.mark.parametrize("suffix", [".txt", ".rss", ".xml", ".md"])
def test_an_rss_feed_gives_its_first_items_headline_date_and_body(suffix: str) -> None:
    text, title, published = extract(suffix, RSS.encode())
    assert title == "Đảng ủy phường An Khê giao ban quý I & triển khai nhiệm vụ quý II"
    # the day the stamp states in its own time zone (23:30 +07:00 is still 2 March there)
    assert published == "2025-03-02"
    assert text.startswith(title + "\n\n02/03/2025\n\nĐoạn 0: Đảng ủy phường")
    assert "Hướng dẫn 26-HD/BTCTW" in text and "<p>" not in text and "CDATA" not in text
    assert "Tin cũ hơn" not in text and "Báo Y - Xây dựng Đảng" not in text
    # the author printed at the foot in capitals is not added again
    assert text.rstrip().endswith("THU HÀ") and "Thu Hà" not in text


def test_an_atom_entry_is_read_like_an_rss_item() -> None:
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            "<title>Cổng Y</title><entry><title>Sơ kết 6 tháng công tác tổ chức xây dựng Đảng</title>"
            "<published>2024-07-16T08:00:00+07:00</published><author><name>Minh Khang</name></author>"
            f"<content type='html'>{_BODY.replace('<', '&lt;')}</content></entry></feed>")
    text, title, published = extract(".atom", atom.encode())
    assert (title, published) == ("Sơ kết 6 tháng công tác tổ chức xây dựng Đảng", "2024-07-16")
    assert "Hướng dẫn 26-HD/BTCTW" in text and "&lt;" not in text and "<p>" not in text
    assert text.rstrip().endswith("Minh Khang")


def test_a_page_saved_under_a_text_files_name_is_read_as_a_page() -> None:
    html = SAVED_PAGE.replace("{charset}", "utf-8")
    assert extract(".txt", html.encode()) == extract(".html", html.encode())
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + html
    assert extract(".txt", xhtml.encode())[1] == extract(".html", html.encode())[1]


def test_xml_that_is_no_feed_is_not_an_article_and_entities_are_not_resolved(tmp_path) -> None:
    with pytest.raises(FormatError) as err:
        extract(".xml", b"<?xml version='1.0'?><urlset><url><loc>https://x.vn/</loc></url></urlset>")
    assert err.value.reason == "not-text"
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT", encoding="utf-8")
    hostile = (f"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file://{secret}'>]>"
               "<rss><channel><item><title>Tin &x;</title><description>Nội dung của tin giao ban "
               "công tác tổ chức xây dựng Đảng trong tháng.</description></item></channel></rss>")
    text, title, _ = extract(".rss", hostile.encode())
    assert "BÍ MẬT" not in text and "BÍ MẬT" not in (title or "")


def test_an_rss_1_item_with_a_short_html_body_keeps_its_words() -> None:
    rdf = ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
           "xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
           "<item><title>Chi bộ thôn Nà Lầu sinh hoạt chuyên đề</title><dc:date>2025-06-05</dc:date>"
           "<description>&lt;p&gt;Chi bộ thôn Nà Lầu sinh hoạt chuyên đề quý II.&lt;/p&gt;</description>"
           "</item></rdf:RDF>")
    text, title, published = extract(".rss", rdf.encode())
    assert (title, published) == ("Chi bộ thôn Nà Lầu sinh hoạt chuyên đề", "2025-06-05")
    assert "Chi bộ thôn Nà Lầu sinh hoạt chuyên đề quý II." in text and "<p>" not in text


MAIL = (
    b"From - Tue Mar 12 08:14:02 2024\r\n"
    b"X-Mozilla-Status: 0001\r\n"
    b"Received: from mail.example.vn (mail.example.vn [10.0.0.1])\r\n"
    b"\tby mx.example.vn; Mon, 11 Mar 2024 17:06:01 +0700\r\n"
    b"Message-ID: <abc@example.vn>\r\n"
    b"Date: Mon, 11 Mar 2024 17:05:31 +0700\r\n"
    b"MIME-Version: 1.0\r\n"
    b"From: Van phong <vp@example.vn>\r\n"
    b"Subject: =?UTF-8?B?R2lhbyBiYW4gcXXDvSBJ?=\r\n"
    b"Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"Chi=E1=BB=81u 11/3, Ban T=E1=BB=95 ch=E1=BB=A9c giao ban c=C3=B4ng t=C3=A1c \r\n"
    b"qu=C3=BD I.\r\n"
)


def test_a_mail_with_its_raw_headers_is_read_by_the_email_parser() -> None:
    for suffix in (".eml", ".txt"):
        text, title, published = extract(suffix, MAIL)
        # its subject decoded, its body's soft line breaks joined, its date the mail's own
        assert text.splitlines()[:3] == [
            "From: Van phong <vp@example.vn>", "Date: Mon, 11 Mar 2024 17:05:31 +0700", "Subject: Giao ban quý I"]
        assert "Chiều 11/3, Ban Tổ chức giao ban công tác quý I." in text
        assert "Received" not in text and title is None and published is None
        # with no headline of its own, the mail's subject is its title
        assert parse_article_strict(text).title == "Giao ban quý I"
    # a text that only mentions a header is no mail
    assert extract(".txt", "Ghi chú\nReceived: hồ sơ đã nhận đủ.".encode())[0].startswith("Ghi chú")


def test_an_mbox_separator_with_nothing_under_it_is_an_empty_mail() -> None:
    with pytest.raises(FormatError) as caught:
        extract(".eml", b"From ")
    assert caught.value.reason == "empty"
