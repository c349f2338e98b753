"""Directive cross-links driven as a user would, with real widgets (issue 4)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle, Period, Precision
from desktop.core.parse import ANALYSER_VERSION  # hand-made analyses stand for current ones
from desktop.core.store import queries, writes
from desktop.core.store.directive_queries import GroupBy
from desktop.core.text import content_hash
from desktop.ui import i18n
from desktop.ui.features.directives import (
    DirectivesController,
    History,
    Location,
    parse_directive_href,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.models.article_list import COL_DATE
from desktop.ui.models.directives import (
    COL_ARTICLES,
    COL_NAME,
    COL_REL_DATE,
    COL_REL_TITLE,
    CitingArticlesModel,
    DirectiveIndexModel,
    RelatedArticlesModel,
    RichTextRole,
)
from desktop.ui.roles import ArticleIdRole, DirectiveIdRole, MentionRole
from desktop.ui.widgets.directive_index import DirectiveIndex


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


def _open_in_index(window: MainWindow, canonical: str) -> tuple[DirectivesController, int]:
    """Show the index tab and a directive in the panel; its controller and id."""
    ctl = _controller(window)
    directive_id = _directive_id(window.db, canonical)
    ctl.show_index()
    assert ctl.show_directive(directive_id)
    return ctl, directive_id


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


# --- dates of citing and related articles: as the article list shows them ---------------


def _save_citing(db, title: str, refs: list[tuple[str, str, str, str]], *, day: str | None = None,
                 period: Period | None = None) -> int:
    """Store an article citing ``refs`` (surface, type, number, code) on ``day`` / in ``period``."""
    text = f"{title}. " + " ".join(f"Thực hiện {surface} của Bộ Chính trị." for surface, *_ in refs)
    found, pos = [], 0
    for surface, type_, number, code in refs:
        start = text.index(surface, pos)
        pos = start + len(surface)
        canonical = f"{type_} {number}-{code}"
        ref = DirectiveRef(surface, canonical, type_, number, code, None, None, False, start, pos)
        found.append(ref)
    parsed = ParsedArticle(text, text, ((0, 0),), title, day, day, period, None, None,
                           MeetingKind.OTHER, Level.CENTRAL, tuple(found))
    return writes.save_article(db, parsed, file=f"{title}.txt", content_hash=content_hash(text),
                               analyser_version=ANALYSER_VERSION).article_id


KL21 = ("Kết luận 21-KL/TW", "Kết luận", "21", "KL/TW")


def _list_date(window: MainWindow, article_id: int) -> str:
    """The article list's Date cell for an article (the list shows every seed article)."""
    window.article_model.reload()
    row = window.article_model.ensure_loaded(article_id)
    assert row is not None
    return window.article_model.index(row, COL_DATE).data()


def test_period_dated_articles_show_their_period_in_the_panel_and_related_list(
    qtbot, window: MainWindow, library
) -> None:
    """A meeting known only by a period shows as the list shows it, never as a made-up day.

    The seed 001 is known only as the first half of 2024 (sort date 2024-01-01):
    its entries read "H1 2024" ("Nửa đầu 2024"), not "1 Jan 2024" ("01/01/2024").
    """
    db = library.db
    ctl = _controller(window)
    a001 = _article_id(db, "001")
    sql = "SELECT event_precision, sort_date FROM articles WHERE id = ?"
    assert db.execute(sql, [a001]).fetchone() == ("half-year", "2024-01-01")
    quarter = _save_citing(db, "Giao ban quý II", [KL21],
                           period=Period("2024-04-01", "2024-06-30", Precision.QUARTER))
    day = _save_citing(db, "Giao ban tháng 8", [KL21], day="2024-08-01")
    undated = _save_citing(db, "Không rõ ngày", [KL21])
    kl21 = _directive_id(db, "Kết luận 21-KL/TW")
    assert ctl.show_directive(kl21)
    model = ctl.panel.model
    order = [a001, quarter, day, undated]
    assert _citing_ids(model) == order
    listed = {aid: _list_date(window, aid) for aid in order}
    assert listed == {a001: "H1 2024", quarter: "quarter II/2024", day: "1 Aug 2024", undated: "—"}
    for row, aid in enumerate(order):
        index = model.index(row, 0)
        assert index.data().startswith(listed[aid] + "  "), index.data()
        grey = '<span style="color:#5f6368">'
        assert index.data(RichTextRole).startswith(f"{grey}{listed[aid]}</span>")
    assert "1 Jan 2024" not in model.index(0, 0).data()
    assert "1 Apr 2024" not in model.index(1, 0).data()

    # The related articles of the August article: the others, dated as listed.
    window.open_article(day)
    ctl.related_dock.show()
    ctl.related_dock.raise_()
    qtbot.wait_until(lambda: ctl.related_model.article_id == day, timeout=2000)
    related = ctl.related_model
    rows = {related.index(r, 0).data(ArticleIdRole): r for r in range(related.rowCount())}
    assert set(rows) == {a001, quarter, undated}
    for aid in (a001, quarter, undated):
        title_cell = related.index(rows[aid], COL_REL_TITLE)
        assert title_cell.data().split("\n")[1].startswith(listed[aid] + " · ")
        assert f">{listed[aid]} · " in title_cell.data(RichTextRole)
        assert related.index(rows[aid], COL_REL_DATE).data() == listed[aid]
    assert "1 Jan 2024" not in related.index(rows[a001], COL_REL_TITLE).data()

    # In Vietnamese, as the new user saw it.
    try:
        i18n.switch_language("vi", remember=False)
        assert _list_date(window, a001) == "Nửa đầu 2024"
        assert model.index(0, 0).data().startswith("Nửa đầu 2024  ")
        assert related.index(rows[a001], COL_REL_DATE).data() == "Nửa đầu 2024"
        assert "01/01/2024" not in model.index(0, 0).data() + related.index(rows[a001], 0).data()
        assert model.index(1, 0).data().startswith(_list_date(window, quarter) + "  ")
        assert model.index(2, 0).data().startswith("01/08/2024  ")  # a day stays a day
    finally:
        i18n.switch_language("en", remember=False)


# --- after an import or a re-analysis, the index and the panel are current ---------------


def _index_count(ctl: DirectivesController, directive_id: int) -> int:
    index = ctl.index.model.find_directive(directive_id)
    assert index.isValid()
    return index.siblingAtColumn(COL_ARTICLES).data()


CT35_2020 = """Giao ban công tác tổ chức xây dựng Đảng quý I năm 2020

(15/03/2020 09:00)

Sáng 15/3/2020, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức hội nghị giao ban công tác tổ chức \
xây dựng Đảng quý I năm 2020.

Hội nghị đánh giá việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ \
các cấp tiến tới Đại hội XIII của Đảng.
"""


def test_import_from_the_window_refreshes_the_open_index_and_panel(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    ctl, ct35 = _open_in_index(window, "Chỉ thị 35-CT/TW")
    ctl.index.select_directive(ct35)
    assert _index_count(ctl, ct35) == 2
    assert len(_citing_ids(ctl.panel.model)) == 2
    assert ctl.panel.count_label.text().startswith("Cited by 2 article(s)")

    path = tmp_path / "ct35-2020.txt"
    path.write_text(CT35_2020, encoding="utf-8")
    importing = window.features["importing"]
    monkeypatch.setattr(type(importing), "ask_files", classmethod(lambda cls, parent: [str(path)]))
    with qtbot.waitSignal(importing.import_finished, timeout=60000) as finished:
        importing.act_files.trigger()
    (report,) = finished.args[0]
    assert report.article_id is not None
    assert window.tabs.currentWidget() is ctl.index  # no tab switch

    qtbot.wait_until(lambda: _index_count(ctl, ct35) == 3, timeout=3000)
    assert ctl.index.view.currentIndex().data(DirectiveIdRole) == ct35  # still the current entry
    assert ctl.panel.directive_id == ct35
    assert report.article_id in _citing_ids(ctl.panel.model)
    assert len(_citing_ids(ctl.panel.model)) == 3
    assert ctl.panel.count_label.text().startswith("Cited by 3 article(s)")


def test_reanalysis_refreshes_the_open_panel(qtbot, library) -> None:
    """An older analyser missed 004's "Chỉ thị 35"; the re-analysis finds it, the panel shows it."""
    from PySide6.QtCore import QSettings

    from desktop.core import library_ops

    QSettings("GiaoBan", "GiaoBanReader").clear()
    db = library.db
    a002, a004 = _article_id(db, "002"), _article_id(db, "004")
    ct35 = _directive_id(db, "Chỉ thị 35-CT/TW")
    with db.atomic():
        db.execute("DELETE FROM mentions WHERE article_id = ?", [a004])
        db.execute("UPDATE articles SET analyser_version = 1 WHERE id = ?", [a004])
        db.execute("DELETE FROM meta WHERE key = ?", [library_ops.ANALYSED_BY])
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    ctl = _controller(win)
    assert ctl.show_directive(ct35)
    assert _citing_ids(ctl.panel.model) == [a002]
    reanalysis = win.features["reanalysis"]
    with qtbot.waitSignal(reanalysis.finished, timeout=60000) as finished:
        win.show()
    assert finished.args == [1]
    qtbot.wait_until(lambda: _citing_ids(ctl.panel.model) == [a002, a004], timeout=3000)
    assert ctl.panel.directive_id == ct35
    assert ctl.panel.count_label.text().startswith("Cited by 2 article(s)")


def test_a_directive_gone_after_a_library_change_empties_the_panel(
    qtbot, window: MainWindow, library
) -> None:
    """Relinking after an import may delete a directive's row: the panel empties, no error."""
    db = library.db
    ctl, kl21 = _open_in_index(window, "Kết luận 21-KL/TW")
    with db.atomic():  # what a relink merging it into another directive leaves
        db.execute("DELETE FROM mentions WHERE directive_id = ?", [kl21])
        db.execute("DELETE FROM directives WHERE id = ?", [kl21])
    window.features["search"].library_changed()  # how an import and a re-analysis end
    qtbot.wait_until(lambda: ctl.panel.directive_id is None, timeout=3000)
    assert ctl.panel.model.rowCount() == 0
    assert ctl.panel.title.text() == "No directive chosen"
    assert not ctl.panel.filter_button.isEnabled()
    assert not ctl.index.model.find_directive(kl21).isValid()
    labels = [ctl.index.model.index(r, 0).data() for r in range(ctl.index.model.rowCount())]
    assert not any(label.startswith("Kết luận (2)") for label in labels)


def test_a_new_filter_does_not_reread_the_panel(qtbot, window: MainWindow, library) -> None:
    """Only a library change re-reads the panel: choosing a filter keeps what it loaded."""
    ctl = _controller(window)
    assert ctl.show_directive(_directive_id(library.db, "Chỉ thị 35-CT/TW"))
    resets = []
    ctl.panel.model.modelReset.connect(lambda: resets.append(1))
    flt = window.article_model.article_filter
    window.article_model.set_filter(dataclasses.replace(flt, years=(2019, 2019)))
    qtbot.wait(50)
    assert resets == []


# --- the index sorts numbers as numbers --------------------------------------------------


def test_index_sorts_numbers_naturally_within_a_type(qtbot, empty_library) -> None:
    """Equally cited, "Nghị quyết 18" comes before "Nghị quyết 1684" (as text, "1684" < "18")."""
    db = empty_library.db
    numbers = ["1684", "18", "2", "19", "100"]
    def nq(number: str) -> tuple[str, str, str, str]:
        return (f"Nghị quyết {number}-NQ/TW", "Nghị quyết", number, "NQ/TW")

    for i, number in enumerate(numbers):
        _save_citing(db, f"Bài {i}", [nq(number)], day=f"2020-0{i + 1}-01")
    # One cited twice still leads: the index lists the most cited first.
    _save_citing(db, "Bài thêm", [nq("19")], day="2020-09-01")
    index = DirectiveIndex(db)
    qtbot.addWidget(index)
    index.show()
    qtbot.waitExposed(index)
    model = index.model
    (group,) = [model.index(r, 0) for r in range(model.rowCount())]
    assert group.data() == "Nghị quyết (5)"
    shown = [model.index(r, COL_NAME, group).data() for r in range(model.rowCount(group))]
    assert [name.split(" · ")[0] for name in shown] == [
        "Nghị quyết 19-NQ/TW", "Nghị quyết 2-NQ/TW", "Nghị quyết 18-NQ/TW", "Nghị quyết 100-NQ/TW",
        "Nghị quyết 1684-NQ/TW",
    ]
    # Paged in small pages, the order holds across pages.
    model.PAGE = 2
    model.reload()
    group = model.index(0, 0)
    while model.canFetchMore(group):
        model.fetchMore(group)
    assert [model.index(r, COL_NAME, group).data() for r in range(model.rowCount(group))] == shown


def test_index_labels_tell_local_and_state_documents_apart() -> None:
    from desktop.core.store.directive_queries import IndexEntry
    from desktop.ui.models.directives import entry_label

    def entry(canonical: str, code: str | None, issuer: str | None, local: bool) -> IndexEntry:
        return IndexEntry(1, canonical, canonical.split()[0], code, False, issuer, None, "XIII",
                          "article-date", 1, 1, local)

    assert entry_label(entry("Kế hoạch 12-KH/ĐU", "KH/ĐU", "Đảng ủy phường An Lạc", True)).endswith(
        "Đảng ủy phường An Lạc")
    assert entry_label(entry("Kế hoạch 12-KH/ĐU", "KH/ĐU", None, True)) != entry_label(
        entry("Kế hoạch 12-KH/ĐU", "KH/ĐU", None, False))
    assert entry_label(entry("Nghị định 33/2023/NĐ-CP", "2023/NĐ-CP", None, False)) == "Nghị định 33/2023/NĐ-CP"
    assert entry_label(entry("Nghị quyết 1684/NQ-UBTVQH15", "NQ-UBTVQH15", None, False)) == "Nghị quyết 1684/NQ-UBTVQH15"
    assert "XIII" in entry_label(entry("Chỉ thị 35-CT/TW", "CT/TW", "Bộ Chính trị", False))
