"""Directive cross-links driven as a user would, with real widgets (issue 4)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from desktop.core.parse import ANALYSER_VERSION  # hand-made analyses stand for current ones
from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle
from desktop.core.store import queries, writes
from desktop.core.store.directive_queries import GroupBy
from desktop.core.text import content_hash
from desktop.ui.features.directives import DirectivesController, History, Location, parse_directive_href
from desktop.ui.main_window import MainWindow
from desktop.ui.models.directives import CitingArticlesModel, DirectiveIndexModel, RelatedArticlesModel
from desktop.ui.roles import ArticleIdRole, DirectiveIdRole, MentionRole


def _controller(window: MainWindow) -> DirectivesController:
    ctl = window.features["directives"]
    assert isinstance(ctl, DirectivesController)
    return ctl


def _article_id(db, prefix: str) -> int:
    return db.execute("SELECT id FROM articles WHERE file LIKE ?", [prefix + "%"]).fetchone()[0]


def _directive_id(db, canonical: str) -> int:
    (row,) = db.execute("SELECT id FROM directives WHERE canonical = ?", [canonical]).fetchall()
    return row[0]


def _click_mention(qtbot, window: MainWindow, mention: queries.MentionSpan) -> None:
    """Scroll a mention into view and click it with the mouse, as a reader would."""
    reader = window.reader
    reader.scroll_to_offset(mention.start, flash=False)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(mention.start + 1))
    point = reader.cursorRect(cursor).center()
    assert reader.anchorAt(point).startswith("directive:")
    QTest.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def _click_index(qtbot, view, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def _citing_ids(model: CitingArticlesModel) -> list[int]:
    return [model.index(r, 0).data(ArticleIdRole) for r in range(model.rowCount())]


# --- models --------------------------------------------------------------------


@pytest.mark.parametrize("by", list(GroupBy))
def test_index_model_passes_the_model_tester(qtmodeltester, library, by: GroupBy) -> None:
    model = DirectiveIndexModel(library.db)
    model.set_group_by(by)
    model.PAGE = 2  # force several pages per group
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        while model.canFetchMore(group):
            model.fetchMore(group)
    total = sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))
    assert total == library.db.execute("SELECT count(*) FROM directives").fetchone()[0]
    qtmodeltester.check(model)


def test_citing_model_pages_and_passes_the_model_tester(qtmodeltester, library) -> None:
    model = CitingArticlesModel(library.db)
    model.PAGE = 1
    model.set_directive(_directive_id(library.db, "Chỉ thị 35-CT/TW"))
    assert model.rowCount() == 1 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert [library.db.execute("SELECT file FROM articles WHERE id = ?", [i]).fetchone()[0][:3] for i in _citing_ids(model)] == ["002", "004"]
    first = model.index(0, 0)
    assert model.rowCount(first) == 3  # 002 cites it three times
    qtmodeltester.check(model)


def test_related_model_passes_the_model_tester(qtmodeltester, library) -> None:
    model = RelatedArticlesModel(library.db)
    model.set_article(_article_id(library.db, "002"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data(ArticleIdRole) == _article_id(library.db, "004")
    qtmodeltester.check(model)


# --- link -> panel -> article -> Back / Forward -------------------------------------


def test_click_link_panel_entry_then_back_and_forward(qtbot, window: MainWindow, library) -> None:
    db = library.db
    ctl = _controller(window)
    a002, a004 = _article_id(db, "002"), _article_id(db, "004")
    assert window.open_article(a002)
    ctl.history = type(ctl.history)()  # start the walk from 002
    ctl._update_actions()
    assert not ctl.act_back.isEnabled()
    mentions = queries.article_mentions(db, a002)
    ct35 = next(m for m in mentions if m.surface == "Chỉ thị 35")  # "Chỉ thị 35 của Bộ Chính trị"

    with qtbot.wait_signal(ctl.navigated, timeout=2000):
        _click_mention(qtbot, window, ct35)
    panel = ctl.panel
    assert ctl.panel_dock.isVisible()
    assert panel.directive_id == ct35.directive_id
    assert panel.title.text() == "Chỉ thị 35-CT/TW"
    assert _citing_ids(panel.model) == [a002, a004]  # date order, 004 by inference
    assert ctl.act_back.isEnabled()

    # The entry of 004: its only mention, "Chỉ thị 35" (code inferred).
    entry = panel.model.index(0, 0, panel.model.index(1, 0))
    start, end = entry.data(MentionRole)
    scroll_before = window.reader.verticalScrollBar().value()
    with qtbot.wait_signal(ctl.navigated, timeout=2000):
        _click_index(qtbot, panel.view, entry)
    assert window.current_article_id == a004
    assert window.reader.article().clean_text[start:end] == "Chỉ thị 35"
    assert window.reader.flashed_range() == (start, end)
    # The list follows the reader.
    assert window.article_list.currentIndex().data(ArticleIdRole) == a004
    # The mention is on screen.
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(start))
    assert window.reader.viewport().rect().contains(window.reader.cursorRect(cursor).center())

    # Back (Alt+Left): 002 again, where we were.
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_article_id == a002
    assert window.reader.verticalScrollBar().value() == scroll_before
    assert ctl.act_forward.isEnabled()
    # Forward (Alt+Right): 004 again.
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_article_id == a004
    assert not ctl.act_forward.isEnabled()


def test_opening_from_the_list_or_timeline_is_a_step_back_returns_to_the_tab(
    qtbot, window: MainWindow, library
) -> None:
    db = library.db
    ctl = _controller(window)
    a002, a004 = _article_id(db, "002"), _article_id(db, "004")
    window.open_article(a002)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    scrolled = window.reader.verticalScrollBar().value()
    # The user is on the timeline tab and clicks 004 there.
    tab = window.tabs.indexOf(window.features["timeline"].panel)
    assert tab > 0
    window.tabs.setCurrentIndex(tab)
    window.open_article(a004)
    assert window.tabs.currentWidget() is window.reader
    assert ctl.act_back.isEnabled()
    ctl.act_back.trigger()
    assert window.current_article_id == a002
    assert window.reader.verticalScrollBar().value() == scrolled
    assert window.tabs.currentIndex() == tab  # back on the timeline, not lost
    assert ctl.act_forward.isEnabled()
    ctl.act_forward.trigger()
    assert window.current_article_id == a004
    # A new opening clears the forward path, as in a browser.
    ctl.act_back.trigger()
    window.open_article(_article_id(db, "000"))
    assert not ctl.act_forward.isEnabled()


def test_back_and_forward_are_toolbar_buttons_and_go_menu_items(window: MainWindow) -> None:
    ctl = _controller(window)
    toolbar = window.toolbar.actions()
    assert toolbar[:2] == [ctl.act_back, ctl.act_forward]
    assert ctl.act_back in window.menu_go.actions() and ctl.act_forward in window.menu_go.actions()
    assert ctl.act_back.shortcut().toString() == "Alt+Left"
    assert ctl.act_forward.shortcut().toString() == "Alt+Right"


def test_link_to_huong_dan_16_lists_one_article_twice(qtbot, window: MainWindow, library) -> None:
    db = library.db
    ctl = _controller(window)
    a000 = _article_id(db, "000")
    window.open_article(a000)
    hd16 = [m for m in queries.article_mentions(db, a000) if m.canonical.startswith("Hướng dẫn 16")]
    assert len(hd16) == 2 and len({m.directive_id for m in hd16}) == 1
    _click_mention(qtbot, window, hd16[1])
    model = ctl.panel.model
    assert _citing_ids(model) == [a000]
    spans = [model.index(r, 0, model.index(0, 0)).data(MentionRole) for r in range(model.rowCount(model.index(0, 0)))]
    assert spans == [(m.start, m.end) for m in hd16]
    # The clicked article's entry is marked in the panel.
    assert ctl.panel.view.currentIndex().data(ArticleIdRole) == a000
    # The header tells the code was inferred and the term assumed from the date.
    details = ctl.panel.details.text()
    assert "inferred" in details and "assumed from the article" in details


def test_directive_link_handler_ignores_foreign_links(window: MainWindow) -> None:
    ctl = _controller(window)
    window.on_link_activated("directive:notanumber")
    window.on_link_activated("directive:999999?mention=1")
    assert ctl.panel.directive_id is None
    assert not ctl.panel_dock.isVisible()
    assert not ctl.history.can_go_back()


# --- the index filters the article list ----------------------------------------------


def test_index_filter_and_choice_filter_the_article_list(qtbot, window: MainWindow, library) -> None:
    db = library.db
    ctl = _controller(window)
    ctl.show_index()
    assert window.tabs.currentWidget() is ctl.index
    # Another engineer's filter (years) is kept when the directive is chosen.
    window.article_model.set_filter(dataclasses.replace(window.article_model.article_filter, years=(2015, 2025)))
    QTest.keyClicks(ctl.index.filter_box, "chi thi 35")
    qtbot.wait_until(lambda: ctl.index.model.filter_text == "chi thi 35", timeout=2000)
    model = ctl.index.model
    assert model.rowCount() == 1
    group = model.index(0, 0)
    assert model.rowCount(group) == 1
    entry = model.index(0, 0, group)
    assert entry.data(DirectiveIdRole) == _directive_id(db, "Chỉ thị 35-CT/TW")

    _click_index(qtbot, ctl.index.view, entry)
    flt = window.article_model.article_filter
    assert flt.directive_id == entry.data(DirectiveIdRole) and flt.years == (2015, 2025)
    listed = {window.article_model.index(r, 0).data(ArticleIdRole) for r in range(window.article_model.rowCount())}
    assert listed == {_article_id(db, "002"), _article_id(db, "004")}
    assert ctl.panel.directive_id == flt.directive_id  # the panel shows what was chosen

    # A chip above the list shows the filter; its ✕ removes only that filter.
    # The filter bar's chip when the search feature is installed, else ours.
    def bar_chip() -> QToolButton | None:
        chips = [c for c in window.findChildren(QToolButton, "chipDirective") if c.isVisible()]
        return chips[0] if chips else None

    qtbot.wait_until(lambda: ctl.chip.isVisible() or bar_chip() is not None, timeout=3000)
    remove = bar_chip()
    if remove is None:
        assert ctl.chip.isVisible() and "Chỉ thị 35-CT/TW" in ctl.chip.label.text()
        remove = ctl.chip.remove_button
    else:
        assert not ctl.chip.isVisible()  # never two chips for one filter
        assert "Chỉ thị 35-CT/TW" in remove.text()
    assert remove.isVisible()
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert window.article_model.article_filter.directive_id is None
    assert window.article_model.article_filter.years == (2015, 2025)
    assert not ctl.chip.isVisible()
    assert window.article_model.rowCount() == queries.count(db, window.article_model.article_filter)


def test_index_groups_by_issuer_and_shows_no_match(qtbot, window: MainWindow) -> None:
    ctl = _controller(window)
    ctl.show_index()
    ctl.index.group_combo.setCurrentIndex(1)
    model = ctl.index.model
    assert model.group_by == GroupBy.ISSUER
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(label.startswith("TW · ") for label in labels)
    ctl.index.filter_box.setText("khong co gi 12345")
    ctl.index.apply_filter()
    assert model.rowCount() == 0
    assert ctl.index.empty_label.isVisible() and not ctl.index.view.isVisible()


def test_panel_button_filters_the_list(qtbot, window: MainWindow, library) -> None:
    ctl = _controller(window)
    did = _directive_id(library.db, "Hướng dẫn 26-HD/BTCTW")
    assert ctl.show_directive(did)
    QTest.mouseClick(ctl.panel.filter_button, Qt.MouseButton.LeftButton)
    assert window.article_model.article_filter.directive_id == did
    assert window.article_model.rowCount() == 1


# --- related articles --------------------------------------------------------------------


def test_related_dock_lists_and_opens_articles_sharing_directives(qtbot, window: MainWindow, library) -> None:
    db = library.db
    ctl = _controller(window)
    a002, a004 = _article_id(db, "002"), _article_id(db, "004")
    window.open_article(a002)
    ctl.related_dock.show()
    ctl.related_dock.raise_()
    qtbot.wait_until(lambda: ctl.related_model.article_id == a002, timeout=2000)
    assert ctl.related_model.rowCount() == 1
    row = ctl.related_model.index(0, 0)
    assert row.data(ArticleIdRole) == a004
    assert "Chỉ thị 35-CT/TW" in row.data(Qt.ItemDataRole.ToolTipRole)
    _click_index(qtbot, ctl.related_view, row)
    assert window.current_article_id == a004
    # The list now shows what is related to 004: 002, sharing the same directive.
    assert ctl.related_model.index(0, 0).data(ArticleIdRole) == a002
    ctl.act_back.trigger()
    assert window.current_article_id == a002


# --- a panel over many citing articles pages in ---------------------------------------------


def _many_citing(db, n: int) -> int:
    refs = []
    for i in range(n):
        text = f"Bài số {i}. Các cấp quán triệt Chỉ thị 35-CT/TW tiến tới Đại hội XIII của Đảng."
        start = text.index("Chỉ thị")
        ref = DirectiveRef("Chỉ thị 35-CT/TW", "Chỉ thị 35-CT/TW", "Chỉ thị", "35", "CT/TW", None, None,
                           False, start, start + 16, "XIII")
        parsed = ParsedArticle(text, text, ((0, 0),), f"Bài {i}", f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}",
                               None, None, None, None, MeetingKind.OTHER, Level.CENTRAL, (ref,))
        refs.append(writes.save_article(db, parsed, file=f"{i}.txt", content_hash=content_hash(text), analyser_version=ANALYSER_VERSION))
    return db.execute("SELECT directive_id FROM mentions WHERE article_id = ?", [refs[0].article_id]).fetchone()[0]


def test_panel_loads_one_page_and_fetches_more_on_scroll(qtbot, empty_library) -> None:
    from PySide6.QtCore import QSettings

    QSettings("GiaoBan", "GiaoBanReader").clear()
    did = _many_citing(empty_library.db, 100)
    win = MainWindow(empty_library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    ctl = _controller(win)
    assert ctl.show_directive(did)
    model = ctl.panel.model
    qtbot.wait(50)
    assert model.rowCount() <= 2 * model.PAGE and model.canFetchMore()  # never all 100 at once
    seen = model.rowCount()
    ctl.panel.view.scrollToBottom()
    qtbot.wait_until(lambda: model.rowCount() > seen, timeout=3000)
    while model.canFetchMore():
        model.fetchMore()
    ids = _citing_ids(model)
    assert len(ids) == len(set(ids)) == 100
    dates = [empty_library.db.execute("SELECT sort_date FROM articles WHERE id = ?", [i]).fetchone()[0] for i in ids]
    assert dates == sorted(dates)


# --- language switch ---------------------------------------------------------------------


def test_retranslate_sets_tab_and_dock_titles(window: MainWindow) -> None:
    ctl = _controller(window)
    window.retranslate()
    assert window.tabs.tabText(window.tabs.indexOf(ctl.index)) == "Directives"
    assert ctl.panel_dock.windowTitle() == "Directive"
    assert ctl.related_dock.windowTitle() == "Related articles"
    assert ctl.panel_dock.objectName() and ctl.related_dock.objectName()


# --- Qt-free pieces ------------------------------------------------------------------------


def test_history_is_a_browser_history() -> None:
    h = History()
    a, b, c = Location(1, 0), Location(2, 50, 7), Location(3, 10)
    assert h.back(a) is None and not h.can_go_back()
    h.visit(a)  # a -> b
    h.visit(b)  # b -> c
    assert h.back(c) == b
    assert h.back(b) == a
    assert h.forward(a) == b and h.can_go_forward()
    h.visit(b)  # a new jump from b forgets the forward path
    assert not h.can_go_forward()


@pytest.mark.parametrize(
    "href, parsed",
    [
        ("directive:12?mention=5", (12, 5)),
        ("directive:12", (12, None)),
        ("directive:12?mention=x", (12, None)),
        ("directive:abc", None),
        ("note:3", None),
    ],
)
def test_parse_directive_href(href: str, parsed) -> None:
    assert parse_directive_href(href) == parsed


def test_index_rereads_the_library_when_shown_after_a_change(qtbot, window: MainWindow, library) -> None:
    ctl = _controller(window)
    assert not ctl.index.model.loaded  # nothing read before the tab is seen
    ctl.show_index()
    before = ctl.index.model.rowCount()
    assert before > 0
    window.tabs.setCurrentWidget(window.reader)
    text = "Thực hiện Quy chế số 07-QC/TW của Bộ Chính trị."
    ref = DirectiveRef("Quy chế số 07-QC/TW", "Quy chế 07-QC/TW", "Quy chế", "07", "QC/TW", None, None,
                       False, text.index("Quy chế"), text.index("Quy chế") + 19)
    parsed = ParsedArticle(text, text, ((0, 0),), "Bài mới", "2020-01-01", None, None, None, None,
                           MeetingKind.OTHER, Level.CENTRAL, (ref,))
    writes.save_article(library.db, parsed, file="new.txt", content_hash=content_hash(text), analyser_version=ANALYSER_VERSION)
    window.article_model.reload()  # what an import does
    ctl.show_index()
    groups = [ctl.index.model.index(r, 0).data() for r in range(ctl.index.model.rowCount())]
    assert ctl.index.model.rowCount() == before + 1
    assert any(g.startswith("Quy chế") for g in groups)
