"""The timeline tab driven as a user would: zoom, pan, click, highlight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.core import timeline as tl
from desktop.core.parse import ANALYSER_VERSION  # hand-made analyses stand for current ones
from desktop.core.store import timeline_queries as tq
from desktop.core.store.queries import ArticleFilter
from desktop.ui.main_window import MainWindow
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.timeline_view import TimelineView, UndatedListModel


@pytest.fixture
def feature(window: MainWindow, qtbot):
    controller = window.features["timeline"]
    controller.show()
    qtbot.waitUntil(lambda: controller.view.timeline is not None)
    return controller


def _wheel(view: TimelineView, x: float, steps: int) -> None:
    pos = QPointF(x, view.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def _dated_items(library) -> list[tq.ItemRow]:
    return list(tq.iter_items(library.db, ArticleFilter(), tq.LaneSource("kind")))


def test_the_tab_shows_every_dated_seed(feature, library) -> None:
    view = feature.view
    frame = view.frame()
    shown = {p.entry.article_id for p in frame.placed if isinstance(p.entry, tl.Item)}
    assert shown == {i.article_id for i in _dated_items(library)}
    assert view.visible_range()[1] - view.visible_range()[0] > 365  # fit all


def test_wheel_and_ctrl_equal_zoom_around_the_cursor(feature, qtbot) -> None:
    view = feature.view
    t0, t1 = view.visible_range()
    x = 150 + view.plot_width() * 0.25
    anchor = t0 + (x - 150) * (t1 - t0) / view.plot_width()
    _wheel(view, x, 2)
    n0, n1 = view.visible_range()
    assert n1 - n0 < (t1 - t0) * 0.7
    # The day under the cursor stays under the cursor.
    assert n0 + (x - 150) * (n1 - n0) / view.plot_width() == pytest.approx(anchor, abs=0.5)
    view.setFocus()
    before = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    after = view.visible_range()
    assert after[1] - after[0] < before[1] - before[0]
    # The reader's text size did not change: the timeline took the shortcut.
    assert feature.window.reader.zoom_step() == 0
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] > after[1] - after[0]
    qtbot.mouseClick(feature.fit_button, Qt.MouseButton.LeftButton)
    fitted = view.visible_range()
    assert view.frame().placed and fitted[1] - fitted[0] > 365


def test_drag_and_arrow_keys_pan(feature, qtbot) -> None:
    view = feature.view
    t0, t1 = view.visible_range()
    y = int(view.lane_rect(len(view.timeline.lanes) - 1).center().y())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(view, QPoint(500, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    d0, d1 = view.visible_range()
    days_per_px = (t1 - t0) / view.plot_width()
    assert d0 - t0 == pytest.approx(100 * days_per_px, rel=0.02)
    assert d1 - d0 == pytest.approx(t1 - t0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    k0, _ = view.visible_range()
    assert k0 < d0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] > k0


def test_clicking_an_item_opens_its_article(feature, qtbot, library) -> None:
    view = feature.view
    window = feature.window
    for item in _dated_items(library):
        if window.current_article_id == item.article_id:
            continue
        window.tabs.setCurrentWidget(feature.panel)
        rect = view.item_rect(item.article_id)
        assert rect is not None, item.title
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert window.current_article_id == item.article_id
        # Selected in the list too.
        assert window.article_list.currentIndex().data(ArticleIdRole) == item.article_id
        assert view.highlighted() == item.article_id


def test_opening_an_article_elsewhere_highlights_it(feature, library) -> None:
    window = feature.window
    items = _dated_items(library)
    target = items[0].article_id if items[0].article_id != window.current_article_id else items[1].article_id
    view = feature.view
    view.set_visible_range(*(view.visible_range()[0] - 20000, view.visible_range()[0] - 19000))
    window.open_article(target)
    assert view.highlighted() == target
    # It was panned into view.
    assert view.item_rect(target) is not None


def test_a_period_is_drawn_as_a_span_and_a_day_as_a_point(feature, library) -> None:
    items = _dated_items(library)
    periods = [i for i in items if i.precision != "day"]
    days = [i for i in items if i.precision == "day"]
    assert periods and days, "the seeds hold both kinds of date"
    view = feature.view
    view.set_visible_range(tl.ordinal(periods[0].start) - 60, tl.ordinal(periods[0].end) + 60)
    span = view.item_rect(periods[0].article_id)
    assert span is not None
    days_covered = tl.ordinal(periods[0].end) - tl.ordinal(periods[0].start) + 1
    assert span.width() == pytest.approx(days_covered * view.plot_width() / (view.visible_range()[1] - view.visible_range()[0]), rel=0.01)
    view.set_visible_range(tl.ordinal(days[0].start) - 60, tl.ordinal(days[0].start) + 60)
    point = view.item_rect(days[0].article_id)
    assert point is not None and point.width() == pytest.approx(tl.POINT_PX)
    assert span.width() > 3 * point.width()


def test_undated_articles_are_listed_and_open(qtbot, qtmodeltester, window, library) -> None:
    from desktop.core.models import Level, MeetingKind, ParsedArticle
    from desktop.core.store import writes

    parsed = ParsedArticle(
        raw_text="Bài không ngày\n\nNội dung.", clean_text="Bài không ngày\n\nNội dung.",
        offset_map=((0, 0),), title="Bài không ngày", published=None, event_date=None,
        event_period=None, byline=None, outlet=None, kind=MeetingKind.OTHER, level=Level.CENTRAL,
    )
    new_id = writes.save_article(
        library.db, parsed, file="undated.txt", content_hash="undated-test", analyser_version=ANALYSER_VERSION
    ).article_id
    window.article_model.reload()
    feature = window.features["timeline"]
    feature.show()
    qtbot.waitUntil(lambda: feature.undated_model.rowCount() > 0)
    model = feature.undated_model
    ids = [model.index(r, 0).data(ArticleIdRole) for r in range(model.rowCount())]
    assert new_id in ids
    assert "(" in feature.undated_label.text() and str(model.total()) in feature.undated_label.text()
    qtmodeltester.check(model)
    row = ids.index(new_id)
    rect = feature.undated_list.visualRect(model.index(row, 0))
    qtbot.mouseClick(feature.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article_id == new_id


def test_filter_is_followed(feature, qtbot, library) -> None:
    window = feature.window
    items = _dated_items(library)
    kind = items[0].lane
    window.article_model.set_filter(ArticleFilter(kind=kind))
    qtbot.waitUntil(lambda: feature.view.timeline.filter.kind == kind)
    frame = feature.view.frame()
    shown = {p.entry.article_id for p in frame.placed if isinstance(p.entry, tl.Item)}
    assert shown == {i.article_id for i in items if i.lane == kind}


def test_lane_modes_switch(feature, qtbot) -> None:
    box = feature.mode_box
    box.setCurrentIndex(box.findData("level"))
    qtbot.waitUntil(lambda: feature.view.timeline.lanes == tl.LEVEL_LANES)
    box.setCurrentIndex(box.findData("directive"))
    qtbot.waitUntil(lambda: feature.view.timeline.mode == tl.LaneMode.DIRECTIVE)
    timeline = feature.view.timeline
    assert timeline.mode == tl.LaneMode.DIRECTIVE
    assert feature.directive_button.isVisibleTo(feature.panel)
    assert 0 < len(timeline.lanes) <= 3


def test_paged_undated_model_passes_the_model_tester(qtmodeltester, library) -> None:
    model = UndatedListModel()
    model.PAGE = 1
    model.set_source(library.db, ArticleFilter())
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total()
    qtmodeltester.check(model)


def test_a_filter_change_is_read_off_the_gui_thread(feature, qtbot, library, monkeypatch) -> None:
    """The aggregates are read on a worker (its own connection); the last frame stays meanwhile."""
    import threading

    readers: list[int] = []
    real = tl.load_data
    # the worker waits until the veiled frame was seen: however fast it reads, or however
    # busy the machine, the test never races it
    release = threading.Event()

    def spy(db, *args, **kwargs):
        readers.append(threading.get_ident())
        release.wait(30)
        return real(db, *args, **kwargs)

    monkeypatch.setattr(tl, "load_data", spy)
    window = feature.window
    before = feature.view.timeline
    kind = _dated_items(library)[0].lane
    window.article_model.set_filter(ArticleFilter(kind=kind))
    qtbot.waitUntil(feature.view.is_loading)
    assert feature.view.timeline is before  # still drawn, veiled, while the worker reads
    release.set()
    qtbot.waitUntil(lambda: feature.view.timeline.filter.kind == kind)
    assert not feature.view.is_loading()
    assert readers and threading.get_ident() not in readers
    # Two quick changes: only the last one is shown.
    window.article_model.set_filter(ArticleFilter(kind="other"))
    window.article_model.set_filter(ArticleFilter())
    qtbot.waitUntil(
        lambda: feature.view.timeline.filter == ArticleFilter() and not feature.view.is_loading()
    )
    qtbot.wait(100)  # a stale result arriving late must not replace it
    assert feature.view.timeline.filter == ArticleFilter()


def test_closing_the_window_waits_for_a_load_still_running(feature, qtbot, library, monkeypatch) -> None:
    """Its result would come from an object destroyed as the app quits (a traceback at exit)."""
    import threading

    real = tl.load_data
    started = threading.Event()

    def slow(db, *args, **kwargs):
        started.set()
        threading.Event().wait(0.3)
        return real(db, *args, **kwargs)

    monkeypatch.setattr(tl, "load_data", slow)
    feature.window.article_model.set_filter(ArticleFilter(kind=_dated_items(library)[0].lane))
    qtbot.waitUntil(started.is_set)
    feature.window.close()
    assert feature._pool.activeThreadCount() == 0


def test_the_visible_range_is_shown_whole_in_a_narrow_tab(window: MainWindow, feature, qtbot) -> None:
    """In a tab narrowed by the notes dock, the range and counts are not cut to their first day."""
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: bool(feature.status.text()))
    text = feature.status.text()
    assert " – " in text and feature.status.toolTip() == text
    needed = feature.status.fontMetrics().horizontalAdvance(text)
    qtbot.waitUntil(lambda: feature.status.width() >= needed)
