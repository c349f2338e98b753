"""Article text is shown as text: markup in an article loads and runs nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.core.importer import Outcome, import_one
from desktop.core.store import queries
from desktop.ui.widgets.reader_view import ReaderView

HOSTILE = [
    '<img src="http://example.invalid/track.png">',
    '<a href="javascript:alert(1)">bấm vào đây</a>',
    "<script>alert('xss')</script>",
    '<img src="file:///etc/passwd">',
    "<style>body { display: none }</style>",
    "&lt;b&gt; &amp;",
]
ARTICLE = (
    "Hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 11/2026\n\n"
    + "\n\n".join(f"Đoạn {i}: Đảng bộ tỉnh thảo luận {h} rồi kết luận." for i, h in enumerate(HOSTILE))
    + "\n\nThực hiện Chỉ thị 35-CT/TW, các chi bộ chuẩn bị đại hội.\n"
)


class CountingReader(ReaderView):
    """The real reader, counting every resource Qt asks it to load."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802
        self.requests.append(name.toString())
        return super().loadResource(type_, name)


class NaiveReader(QTextBrowser):
    """What the reader must not be: HTML fed straight in (the control)."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802
        self.requests.append(name.toString())
        return None


def _hostile_article(library, tmp_path: Path) -> int:
    path = tmp_path / "doc-hai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = import_one(library.db, path)
    assert report.outcome == Outcome.IMPORTED, report
    return int(report.article_id)


def test_reader_shows_markup_as_characters_and_loads_nothing(qtbot, library, tmp_path: Path) -> None:
    article_id = _hostile_article(library, tmp_path)
    detail = queries.article(library.db, article_id)
    assert detail is not None
    for snippet in HOSTILE:  # the analyser kept them: they are the article's words
        assert snippet in detail.clean_text, snippet
    reader = CountingReader()
    qtbot.addWidget(reader)
    reader.resize(900, 2000)
    reader.show()
    reader.set_article(detail, mentions=list(queries.article_mentions(library.db, article_id)))
    qtbot.wait(50)  # let it lay out and paint: images load at layout time
    shown = reader.toPlainText()
    for snippet in HOSTILE:
        assert snippet in shown, snippet
    assert reader.requests == []
    html = reader.toHtml()
    assert "<img" not in html and "<script" not in html
    assert 'href="javascript' not in html and "href='javascript" not in html
    anchors = _anchors(reader)
    assert all(href.startswith("directive:") for href in anchors), anchors


def test_the_control_does_load_what_the_reader_refuses(qtbot) -> None:
    """Proof the counting works: the same text fed as HTML asks for the image."""
    naive = NaiveReader()
    qtbot.addWidget(naive)
    naive.setHtml(ARTICLE)
    naive.show()
    qtbot.wait(50)
    assert any("track.png" in r for r in naive.requests)
    assert "javascript:alert(1)" in _anchors(naive)


def test_clicking_the_fake_link_does_nothing(window, qtbot, tmp_path: Path) -> None:
    article_id = _hostile_article(window.library, tmp_path)
    assert window.open_article(article_id)
    reader = window.reader
    clicked: list[str] = []
    window.link_handlers["javascript"] = clicked.append
    text = reader.toPlainText()
    pos = text.index("bấm vào đây") + 3
    cursor = QTextCursor(reader.document())
    cursor.setPosition(pos)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    rect = reader.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    assert reader.anchorAt(point) == ""
    with qtbot.assertNotEmitted(reader.link_activated), qtbot.assertNotEmitted(reader.anchorClicked):
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.wait(50)
    assert clicked == []
    assert window.current_article_id == article_id


def _anchors(browser: QTextBrowser) -> list[str]:
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found
