"""The people and provinces under the reader's date line, with real widgets.

Each name is a link: a click filters the article list by it, through the
filter bar, as choosing it there does; a long list shows its first few and
a link opening the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from search_factories import add_article
from window_factories import open_window

from desktop.ui.main_window import MainWindow
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.reader_view import PEOPLE_SHOWN, PLACES_SHOWN, ReaderView


def _article_id(db, prefix: str) -> int:
    return db.execute("SELECT id FROM articles WHERE file LIKE ?", [prefix + "%"]).fetchone()[0]


def _head(reader: ReaderView) -> list[str]:
    """The lines above the body text (title, date line, names), as shown."""
    doc = reader.document()
    lines, block = [], doc.begin()
    while block.isValid() and block.position() < reader.doc_position(0):
        lines.append(block.text().replace("\xa0", " "))
        block = block.next()
    return lines


def _links(reader: ReaderView) -> list[tuple[str, str, int]]:
    """``(text, href, document position)`` of every link above the body text."""
    out, block = [], reader.document().begin()
    while block.isValid() and block.position() < reader.doc_position(0):
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor():
                out.append((fragment.text().replace("\xa0", " "), fmt.anchorHref(), fragment.position()))
            it += 1
        block = block.next()
    return out


def _click_link(reader: ReaderView, text: str) -> str:
    """Click the link above the body whose words are ``text``; its href."""
    (href, position), *_ = [(h, p) for t, h, p in _links(reader) if t == text] or [(None, None)]
    assert href is not None, (text, _links(reader))
    reader.verticalScrollBar().setValue(0)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 2)
    rect = reader.cursorRect(cursor)
    point = QPoint(rect.left(), rect.center().y())
    assert reader.anchorAt(point) == href
    QTest.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    return href


def _listed(window: MainWindow) -> set[int]:
    m = window.article_model
    return {m.index(r, 0).data(ArticleIdRole) for r in range(m.rowCount())}


def _naming(db, table: str, where: str, value: str) -> set[int]:
    """The articles whose ``table`` rows match, read straight from the library."""
    return {r[0] for r in db.execute(f"SELECT DISTINCT article_id FROM {table} WHERE {where} = ?", [value])}


def test_the_reader_lists_the_articles_people_with_titles_and_its_provinces(
    qtbot, window: MainWindow, library
) -> None:
    article_id = _article_id(library.db, "000_")
    assert window.open_article(article_id)
    title, date_line, people, places, *rest = _head(window.reader)
    assert rest == []
    assert "Kim Liên" in date_line  # the byline, as before
    # Names in the analyser's order, each with its title in a lighter tone, the byline's too.
    assert people.startswith("People:")
    assert "Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng" in people
    assert people.index("Phạm Minh Chính") < people.index("Hoàng Văn Toàn") < people.index("Kim Liên (author)")
    assert places.startswith("Provinces:") and places.endswith("Vĩnh Phúc")
    links = [(text, href) for text, href, _ in _links(window.reader)]
    assert links == [
        ("Phạm Minh Chính", "person:Ph%E1%BA%A1m%20Minh%20Ch%C3%ADnh"),
        ("Hoàng Văn Toàn", "person:Ho%C3%A0ng%20V%C4%83n%20To%C3%A0n"),
        ("Kim Liên", "person:Kim%20Li%C3%AAn"),
        ("Vĩnh Phúc", "place:vinh%20phuc"),
    ]
    # The title's whole text (cut when long) is the name's tooltip.
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(_links(window.reader)[0][2] + 1)
    assert "Trưởng Ban Tổ chức Trung ương" in cursor.charFormat().toolTip()


def test_clicking_a_person_lists_only_the_articles_naming_them(qtbot, window: MainWindow, library) -> None:
    db = library.db
    article_id = _article_id(db, "000_")
    window.open_article(article_id)
    assert window.article_model.rowCount() == 5
    naming = _naming(db, "people", "name", "Phạm Minh Chính")
    assert article_id in naming and 1 < len(naming) < 5

    _click_link(window.reader, "Phạm Minh Chính")
    qtbot.waitUntil(lambda: window.article_model.rowCount() == len(naming), timeout=3000)
    assert _listed(window) == naming
    # Chosen in the filter bar, as if picked from its people list.
    bar = window.features["search"].filter_bar
    qtbot.waitUntil(lambda: bar.person.currentText().startswith("Phạm Minh Chính"), timeout=3000)
    assert window.article_model.article_filter.person == "Phạm Minh Chính"
    # The article being read stays open and selected.
    assert window.current_article_id == article_id
    assert window.article_list.currentIndex().data(ArticleIdRole) == article_id


def test_clicking_a_province_lists_only_the_articles_naming_it(qtbot, window: MainWindow, library) -> None:
    db = library.db
    article_id = _article_id(db, "001_")  # the 14 northern provinces
    window.open_article(article_id)
    naming = _naming(db, "places", "folded", "ha noi")
    assert article_id in naming and 1 < len(naming) < 5

    _click_link(window.reader, "Hà Nội")
    qtbot.waitUntil(lambda: window.article_model.rowCount() == len(naming), timeout=3000)
    assert _listed(window) == naming
    bar = window.features["search"].filter_bar
    assert window.article_model.article_filter.place == "ha noi"
    qtbot.waitUntil(lambda: bar.place.currentText() == f"Hà Nội ({len(naming)})", timeout=3000)
    # The filter's chip removes it, as for a province chosen in the bar.
    chip = bar.findChild(type(bar.clear_button), "chipPlace")
    assert chip is not None and "Hà Nội" in chip.text()
    chip.click()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 5, timeout=3000)


def test_a_long_list_shows_its_first_names_and_opens_on_a_click(qtbot, empty_library) -> None:
    people = [f"Nguyễn Văn {n}" for n in ("An", "Bình", "Cường", "Dũng", "Em", "Giang", "Hải", "Khánh")]
    provinces = ["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Cần Thơ", "Cà Mau", "Lào Cai", "Sơn La",
                 "Điện Biên", "Lai Châu", "Cao Bằng", "TP.HCM"]
    article_id = add_article(empty_library.db, "Danh sách", "Bài có nhiều tên.", date="2024-05-01",
                             people=people, places=provinces)
    other = add_article(empty_library.db, "Bài khác", "Một bài khác.", date="2024-06-01",
                        people=["Nguyễn Văn Khánh"], places=["Thành phố Hồ Chí Minh"])
    window = open_window(qtbot, empty_library)
    window.open_article(article_id)
    reader = window.reader
    height = reader.document().size().height()
    texts = [text for text, _href, _ in _links(reader)]
    hidden_people = len(people) - PEOPLE_SHOWN
    assert texts[:PEOPLE_SHOWN] == people[:PEOPLE_SHOWN]
    assert texts[PEOPLE_SHOWN] == f"and {hidden_people} other(s)"
    assert "Nguyễn Văn Khánh" not in texts
    # Huế is Thừa Thiên Huế and TP.HCM Hồ Chí Minh, as the filter bar names them.
    assert texts[PEOPLE_SHOWN + 1 : PEOPLE_SHOWN + 1 + PLACES_SHOWN] == [
        "Hà Nội", "Hải Phòng", "Thừa Thiên Huế", "Đà Nẵng", "Cần Thơ", "Cà Mau", "Lào Cai", "Sơn La",
    ]
    assert texts[-1] == f"and {len(provinces) - PLACES_SHOWN} more"

    _click_link(reader, f"and {hidden_people} other(s)")
    texts = [text for text, _href, _ in _links(reader)]
    assert texts[: len(people)] == people and texts[len(people)] == "show fewer"
    assert reader.document().size().height() > height
    assert window.current_article_id == article_id  # still the same article, the same list

    # A folded-away person is a link like the others: Khánh is named in both articles.
    _click_link(reader, "Nguyễn Văn Khánh")
    qtbot.waitUntil(lambda: _listed(window) == {article_id, other}, timeout=3000)
    _click_link(reader, "show fewer")
    assert [text for text, _href, _ in _links(reader)][PEOPLE_SHOWN] == f"and {hidden_people} other(s)"

    _click_link(reader, f"and {len(provinces) - PLACES_SHOWN} more")
    texts = [text for text, _href, _ in _links(reader)]
    assert texts[-2:] == ["Hồ Chí Minh", "show fewer"]
    _click_link(reader, "Hồ Chí Minh")  # printed TP.HCM here, Thành phố Hồ Chí Minh in the other
    qtbot.waitUntil(lambda: window.article_model.article_filter.place is not None, timeout=3000)
    qtbot.waitUntil(lambda: _listed(window) == {article_id, other}, timeout=3000)


def test_names_grow_with_the_text_size(qtbot, window: MainWindow, library) -> None:
    window.open_article(_article_id(library.db, "000_"))
    reader = window.reader

    def name_size() -> float:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(_links(reader)[0][2] + 1)
        return cursor.charFormat().fontPointSize()

    before = name_size()
    window.act_zoom_in.trigger()
    assert name_size() > before
    window.act_zoom_reset.trigger()
    assert name_size() == before

