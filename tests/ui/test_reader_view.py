"""The reader's text size, directive links and reading column, with real widgets."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from desktop.core.store import queries
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.reader_view import BASE_POINT_SIZE, SERIF_FAMILIES, ReaderView


def _article_id(db, prefix: str) -> int:
    return db.execute("SELECT id FROM articles WHERE file LIKE ?", [prefix + "%"]).fetchone()[0]


def _directive_id(db, canonical: str) -> int:
    (row,) = db.execute("SELECT id FROM directives WHERE canonical = ?", [canonical]).fetchall()
    return row[0]


def _look(reader: ReaderView) -> tuple[list[str], float, float]:
    """The body font's families and size, and the title's size."""
    font = reader.document().defaultFont()
    title = QTextCursor(reader.document().findBlockByNumber(0))
    title.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return font.families(), font.pointSizeF(), title.charFormat().fontPointSize()


def _first_body_line_height(reader: ReaderView) -> float:
    doc = reader.document()
    doc.size()  # lay it out
    block = doc.findBlock(reader.doc_position(0))
    return block.layout().lineAt(0).height()


def _point_of(reader: ReaderView, offset: int) -> QPoint:
    """The viewport point over the character at clean-text ``offset`` (scrolled into view)."""
    reader.scroll_to_offset(offset, flash=False)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(offset))
    rect = reader.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


# --- text size ------------------------------------------------------------------


def test_larger_text_keeps_the_serif_reading_font_and_grows(qtbot, window: MainWindow) -> None:
    reader = window.reader
    window.select_row(0)
    families, size, title = _look(reader)
    assert families == SERIF_FAMILIES
    assert size == BASE_POINT_SIZE and title > size
    line = _first_body_line_height(reader)

    window.act_zoom_in.trigger()  # Ctrl+=
    families, larger, larger_title = _look(reader)
    assert families == SERIF_FAMILIES
    assert larger > size and larger_title > title
    assert _first_body_line_height(reader) > line

    window.act_zoom_in.trigger()
    assert _look(reader)[1] > larger

    window.act_zoom_reset.trigger()  # Ctrl+0: the look the reader started with
    assert _look(reader) == (SERIF_FAMILIES, size, title)
    assert _first_body_line_height(reader) == line

    window.act_zoom_out.trigger()
    families, smaller, smaller_title = _look(reader)
    assert families == SERIF_FAMILIES
    assert smaller < size and smaller_title < title


def test_ctrl_wheel_and_font_changes_keep_the_reading_font(qtbot, window: MainWindow) -> None:
    reader = window.reader
    window.select_row(0)
    pos = QPointF(reader.viewport().rect().center())
    wheel = QWheelEvent(
        pos,
        QPointF(reader.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(reader.viewport(), wheel)
    assert reader.zoom_step() == 1
    families, size, _title = _look(reader)
    assert families == SERIF_FAMILIES and size > BASE_POINT_SIZE

    # A change of the widget's own font (the interface font) leaves the text alone.
    reader.setFont(QFont("Sans Serif", 20))
    assert _look(reader)[:2] == (families, size)


def test_the_saved_zoom_restores_the_same_look(qtbot, library) -> None:
    QSettings("GiaoBan", "GiaoBanReader").clear()
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(1300, 850)
    first.select_row(0)
    first.act_zoom_in.trigger()
    zoomed = _look(first.reader)
    first.close()

    second = MainWindow(library)
    qtbot.addWidget(second)
    assert second.reader.zoom_step() == 1
    assert _look(second.reader) == zoomed
    assert zoomed[0] == SERIF_FAMILIES and zoomed[1] > BASE_POINT_SIZE


def test_the_reading_column_grows_with_the_text_and_comes_back(qtbot, window: MainWindow) -> None:
    window.resize(2200, 850)
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    QApplication.processEvents()
    reader = window.reader
    side = reader.viewportMargins().left()
    assert side > 0  # a centred column in a wide window
    window.act_zoom_in.trigger()
    assert 0 <= reader.viewportMargins().left() < side
    window.act_zoom_reset.trigger()
    assert reader.viewportMargins().left() == side
    assert reader.horizontalScrollBar().maximum() == 0


# --- combined citations -----------------------------------------------------------


def test_each_number_of_a_combined_citation_opens_its_own_directive(
    qtbot, window: MainWindow, library
) -> None:
    """``Nghị quyết 18 và 19``: two directives, one span; ``18`` and ``19`` link to theirs."""
    db = library.db
    article_id = _article_id(db, "000_")
    window.open_article(article_id)
    reader = window.reader
    text = reader.article().clean_text
    panel = window.features["directives"].panel
    cases = [
        ("Nghị quyết 18 và 19", {"18": "Nghị quyết 18-NQ/TW", "19": "Nghị quyết 19-NQ/TW"}),
        (
            "chương trình hành động số 49 và 54",
            {"49": "Chương trình hành động 49-CTr/TU", "54": "Chương trình hành động 54-CTr/TU"},
        ),
    ]
    for surface, numbers in cases:
        start = text.index(surface)
        spans = {
            (m.start, m.end)
            for m in queries.article_mentions(db, article_id)
            if m.surface == surface
        }
        assert spans == {(start, start + len(surface))}  # one span, as the analyser gives it
        for number, canonical in numbers.items():
            at = start + surface.index(" " + number) + 1
            point = _point_of(reader, at)
            wanted = _directive_id(db, canonical)
            assert reader.anchorAt(point).startswith(f"directive:{wanted}?")
            QTest.mouseClick(
                reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )
            assert panel.directive_id == wanted


def test_the_words_of_a_combined_citation_offer_a_menu_of_its_directives(
    qtbot, window: MainWindow, library
) -> None:
    db = library.db
    window.open_article(_article_id(db, "000_"))
    reader = window.reader
    text = reader.article().clean_text
    start = text.index("Nghị quyết 18 và 19")
    point = _point_of(reader, start + 2)  # on "Nghị"
    assert reader.anchorAt(point).startswith("mentions:")
    QTest.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    menu = reader.choice_menu()
    assert menu is not None and menu.isVisible()
    actions = menu.actions()
    assert ["18-NQ/TW" in a.text() for a in actions] == [True, False]
    assert ["19-NQ/TW" in a.text() for a in actions] == [False, True]
    actions[0].trigger()
    assert window.features["directives"].panel.directive_id == _directive_id(
        db, "Nghị quyết 18-NQ/TW"
    )
    menu.close()


def test_a_link_naming_several_directives_whose_numbers_are_not_found_offers_a_menu(
    qtbot, library
) -> None:
    """When the numbers cannot be placed in the text, the whole link offers the choice."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(800, 600)
    reader.show()
    qtbot.waitExposed(reader)
    detail = queries.article(library.db, _article_id(library.db, "000_"))
    text = detail.clean_text
    start = text.index("Ban Tổ chức Trung ương")  # no digits in it
    one = queries.MentionSpan(
        901, 31, text[start : start + 9], start, start + 9, False, "Chỉ thị 31-CT/TW"
    )
    two = dataclasses.replace(
        one, mention_id=902, directive_id=32, inferred=True, canonical="Chỉ thị 32-CT/TW"
    )
    reader.set_article(detail, mentions=[one, two])
    for offset in (start + 1, start + 7):
        assert reader.anchorAt(_point_of(reader, offset)) == "mentions:901,902"
    QTest.mouseClick(
        reader.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_of(reader, start + 1),
    )
    menu = reader.choice_menu()
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == [
        "Chỉ thị 31-CT/TW",
        "Chỉ thị 32-CT/TW (code inferred)",
    ]
    with qtbot.waitSignal(reader.link_activated) as chosen:
        menu.actions()[1].trigger()
    assert chosen.args == ["directive:32?mention=902"]
    menu.close()


# --- reading column ----------------------------------------------------------------


def test_the_text_fits_the_reader_after_a_dock_closed_behind_another_tab(
    qtbot, window: MainWindow
) -> None:
    """Timeline tab, close the right-hand panels, back to the reader: no text past the edge."""
    window.resize(1600, 850)
    notes = window.findChild(QDockWidget, "notesDock")
    notes.show()
    window.select_row(0)
    QApplication.processEvents()
    reader = window.reader
    assert reader.horizontalScrollBar().maximum() == 0

    timeline = window.features["timeline"]
    timeline.show()
    qtbot.waitUntil(lambda: timeline.view.timeline is not None)
    for dock in window.findChildren(QDockWidget):
        dock.close()
    QApplication.processEvents()
    window.tabs.setCurrentWidget(reader)
    QApplication.processEvents()

    assert reader.viewportMargins().left() > 0  # the window is now wide enough for a centred column
    assert reader.document().textWidth() == reader.viewport().width()
    assert reader.horizontalScrollBar().maximum() == 0
    assert not reader.horizontalScrollBar().isVisible()


def test_a_directives_code_is_never_split_over_two_lines_and_is_copied_as_printed(
    qtbot, window: MainWindow, library
) -> None:
    article_id = _article_id(library.db, "001_")
    window.open_article(article_id)
    reader = window.reader
    text = reader.article().clean_text
    surface = "Kết luận số 09-KL/BTCTW"
    start = text.index(surface)
    code = start + surface.index("09-KL/BTCTW")
    # narrow the column until the code sits at a line's end, and look at where lines break
    doc = reader.document()
    shown = doc.toPlainText()
    at = reader.doc_position(code)
    assert shown[at : at + 11] == "09\u2011KL\u2044BTCTW"  # one character for each: offsets hold
    assert reader.clean_offset(at + 11) == code + 11
    broken = set()
    for width in range(180, 700, 7):
        doc.setTextWidth(width)
        block = doc.findBlock(at)
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            begin = block.position() + line.textStart()
            if at < begin < at + 11:
                broken.add(width)
    assert not broken
    # what is copied is the code as printed
    cursor = QTextCursor(doc)
    cursor.setPosition(reader.doc_position(start))
    cursor.setPosition(reader.doc_position(start + len(surface)), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.copy()
    assert QApplication.clipboard().text() == surface


def test_copying_from_the_reader_leaves_the_app_to_exit_cleanly(tmp_path) -> None:
    """Copying a code puts Qt's own data on the clipboard: data made in Python was freed twice,
    by the clipboard and by Python, and the app crashed as it quit (exit 139)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "copy_code.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from PySide6.QtGui import QTextCursor\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.ui.widgets.reader_view import ReaderView\n"
        "app = QApplication([])\n"
        "reader = ReaderView()\n"
        "reader.setPlainText('Kết luận số 09\\u2011KL\\u2044BTCTW')\n"
        "reader.selectAll()\n"
        "reader.copy()\n"
        "assert QApplication.clipboard().text() == 'Kết luận số 09-KL/BTCTW', QApplication.clipboard().text()\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
