"""Files for the import tests (core and window): real encodings, pages, Word files."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from desktop.core.parse import parse_article

VIET = (
    "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2024 tại Hòa Bình.\n"
    "Ban Tổ chức Tỉnh ủy Quảng Ngãi triển khai Hướng dẫn 26-HD/BTCTW; đồng chí Nguyễn "
    "Văn Ậu phát biểu, nhấn mạnh việc kiện toàn cấp ủy, rà soát quy hoạch cán bộ."
)
SHORT = ["Đảng ủy xã", "tổ chức", "Hoà Bình", "Ậu", "Quảng Ngãi, ngày 3/12", "Kiện toàn cấp ủy"]

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Real Windows-1258 bytes, as old Vietnamese Word/Notepad wrote them.

    cp1258 has ă â ê ô ơ ư đ precomposed but no toned letters: a tone is a
    combining mark after its base (``ậ`` is ``â`` + U+0323), which is why the
    decoded text needs NFC.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


SAVED_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>Giao ban công tác tổ chức xây dựng Đảng quý III - Báo Điện tử</title>
<meta property="og:title" content="Giao ban công tác tổ chức xây dựng Đảng quý III">
<meta property="article:published_time" content="2024-10-08T09:30:00+07:00">
</head><body>
<header><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/xa-hoi">Xã hội</a></nav></header>
<aside class="sidebar"><h3>Tin khác</h3><ul><li><a href="/1">Giá vàng hôm nay</a></li>
<li><a href="/2">Thời tiết cuối tuần</a></li></ul></aside>
<article>
<h1>Giao ban công tác tổ chức xây dựng Đảng quý III</h1>
<p class="date">08/10/2024 09:30</p>
<p>Sáng 8/10, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức hội nghị giao ban công tác tổ chức
xây dựng Đảng quý III năm 2024. Đồng chí Bùi Văn Khánh chủ trì hội nghị.</p>
<p>Hội nghị đánh giá việc triển khai Hướng dẫn 26-HD/BTCTW về kiện toàn cấp ủy và
Quy định 262 về lấy phiếu tín nhiệm; các đại biểu thảo luận nhiệm vụ quý IV.</p>
<p>Kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy tiếp tục
rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025-2030 và chuẩn bị tốt đại hội đảng bộ các cấp.</p>
</article>
<footer><p>Bản quyền © Báo Điện tử. Ghi rõ nguồn khi phát hành lại.</p></footer>
<script>var tracker = "do not import me";</script>
</body></html>
"""


def article_text(n: int) -> str:
    """A short, distinct giao ban report (distinct content hash per ``n``)."""
    return (
        f"Giao ban công tác tổ chức xây dựng Đảng tháng {n % 12 + 1} số {n}\n\n"
        f"Sáng 8/10/2024, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức hội nghị giao ban lần thứ {n}, "
        "triển khai Hướng dẫn 26-HD/BTCTW và Quy định 262. Đồng chí Bùi Văn Khánh chủ trì hội nghị.\n\n"
        "Hội nghị thống nhất kiện toàn cấp ủy ở Phú Thọ và Yên Bái."
    )


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for para in paragraphs:
        document.add_paragraph(para)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def write_mixed_folder(folder: Path) -> dict[str, Path]:
    """One file of every supported format and every failure, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "cp1258": folder / "a_cp1258.txt",
        "utf16": folder / "b_utf16.txt",
        "utf8sig": folder / "c_utf8sig.txt",
        "html": folder / "d_page.html",
        "docx": folder / "e_word.docx",
        "md": folder / "f_note.md",
        "binary": folder / "g_binary.txt",
        "empty": folder / "h_empty.txt",
        "blank": folder / "i_blank.md",
        "huge": folder / "j_huge.txt",
        "undecodable": folder / "k_bad.txt",
    }
    files["cp1258"].write_bytes(to_cp1258(article_text(1)))
    files["utf16"].write_bytes(article_text(2).encode("utf-16"))
    files["utf8sig"].write_bytes(article_text(3).encode("utf-8-sig"))
    files["html"].write_text(SAVED_PAGE.replace("{charset}", "utf-8"), encoding="utf-8")
    files["docx"].write_bytes(_docx(article_text(5).split("\n\n")))
    files["md"].write_text("# " + article_text(6).replace("Hướng dẫn", "**Hướng dẫn**"), encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b"   \n\n\t\n")
    with files["huge"].open("wb") as fh:  # sparse: 21 MB on paper, nothing on disk
        fh.truncate(21 * 1024 * 1024)
    files["undecodable"].write_bytes(b"\xef\xbb\xbf" + b"D\xff\xfe\xfa" * 20)
    return files


def assert_consistent(db) -> None:
    """Every stored article has exactly its analysis and its search row."""
    article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    search_ids = [r[0] for r in db.execute("SELECT rowid FROM article_search ORDER BY rowid")]
    assert search_ids == article_ids
    for article_id in article_ids:
        raw = db.execute("SELECT raw_text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        parsed = parse_article(raw)
        for table, expected in (
            ("mentions", len(parsed.directives)),
            ("people", len(parsed.people)),
            ("places", len(parsed.places)),
        ):
            n = db.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()[0]
            assert n == expected, (table, article_id)
    orphans = db.execute(
        "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0


def many_files(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:04d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths
