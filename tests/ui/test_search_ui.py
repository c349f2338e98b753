"""The search box, result snippets, match keys and the filter bar, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop.core.store import queries
from desktop.core.store.queries import ArticleFilter
from desktop.core.text import fold
from desktop.ui.main_window import MainWindow
from desktop.ui.models.article_list import COL_TITLE
from desktop.ui.roles import ArticleIdRole


def _ids(window: MainWindow) -> list[int]:
    m = window.article_model
    return [m.index(r, 0).data(ArticleIdRole) for r in range(m.rowCount())]


def _type(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)


def test_typing_searches_after_a_pause_once(qtbot, window: MainWindow) -> None:
    ctl = window.features["search"]
    changes: list[int] = []
    window.article_model.filter_changed.connect(changes.append)
    _type(qtbot, window, "dang uy")
    # Not per keystroke: nothing yet right after typing.
    assert window.article_model.article_filter.text == ""
    qtbot.waitUntil(lambda: window.article_model.article_filter.text == "dang uy", timeout=2000)
    assert len(changes) == 1
    assert ctl.query == "dang uy"
    expected = {s.id for s, _ in queries.page(window.db, ArticleFilter(text="dang uy"))}
    assert set(_ids(window)) == expected and expected
    assert window.count_label.text().startswith(str(len(expected)))


def test_ctrl_f_focuses_and_escape_clears(qtbot, window: MainWindow) -> None:
    window.article_list.setFocus()
    window.act_find.trigger()
    assert window.search_box.hasFocus()
    _type(qtbot, window, "hoa binh")
    qtbot.waitUntil(lambda: window.features["search"].query == "hoa binh", timeout=2000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.article_model.article_filter.text == "", timeout=2000)
    assert window.article_model.rowCount() == 5


def test_results_show_title_date_and_highlighted_snippet(qtbot, qtmodeltester, window: MainWindow) -> None:
    ctl = window.features["search"]
    window.search_box.setText("to chuc")
    ctl.apply_search()
    model = window.article_model
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    index = model.index(0, COL_TITLE)
    option = QStyleOptionViewItem()
    option.font = window.article_list.font()
    plain_height = window.article_list.fontMetrics().lineSpacing()
    assert ctl.delegate.sizeHint(option, index).height() >= 2 * plain_height
    text, spans = ctl.snippet_for(index.data(ArticleIdRole))
    assert spans and all(fold(text[s:e]) == "to chuc" for s, e in spans)  # one word, two syllables
    # It paints (title, then snippet with highlights) without error.
    assert not window.article_list.grab().isNull()
    # The date column is the list's own.
    assert model.index(0, 1).data()


def test_opening_a_result_highlights_matches_and_f3_walks_them(qtbot, window: MainWindow) -> None:
    ctl = window.features["search"]
    window.search_box.setText("Đảng")
    ctl.apply_search()
    window.select_row(0)
    reader = window.reader
    n = reader.match_count()
    assert n > 1
    detail = queries.article(window.db, window.current_article_id)
    spans = sorted(ctl.decorate(window.current_article_id)["matches"])
    assert all(fold(detail.clean_text[s:e]) == "dang" for s, e in spans)
    qtbot.waitUntil(lambda: reader.flashed_range() == spans[0], timeout=2000)
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert reader.flashed_range() == spans[1]
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.flashed_range() == spans[0]
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.flashed_range() == spans[-1]  # wraps around
    # Enter / Shift+Enter in the box do the same once the search is applied.
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert reader.flashed_range() == spans[0]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert reader.flashed_range() == spans[-1]
    # Clearing the search removes the highlights.
    window.search_box.clear()
    assert reader.match_count() == 0


def test_enter_searches_at_once_and_opens_the_first_result(qtbot, window: MainWindow) -> None:
    _type(qtbot, window, "26-HD/BTCTW")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.article_model.article_filter.text == "26-HD/BTCTW"
    if window.article_model.rowCount():
        assert window.current_article_id == _ids(window)[0]


def test_hostile_text_in_the_box_never_breaks_the_list(qtbot, window: MainWindow) -> None:
    ctl = window.features["search"]
    for text in ['"', "NEAR(", "AND", "*", "title:", "((", "-", "^x"]:
        window.search_box.setText(text)
        ctl.apply_search()
        assert window.article_model.rowCount() >= 0
        assert window.article_model.total() == window.article_model.rowCount()


# --- the filter bar ----------------------------------------------------------


def _choose(qtbot, window, combo, key) -> None:
    i = combo.findData(key)
    assert i > 0, (combo.objectName(), key, [combo.itemText(j) for j in range(combo.count())])
    combo.setCurrentIndex(i)
    # The counts follow on the next turn of the event loop.
    with qtbot.waitSignal(window.features["search"].facets_updated, timeout=2000):
        combo.activated.emit(i)


def _counted(qtbot, window: MainWindow) -> None:
    """Wait for the filter bar's first counts: they come from the worker thread,
    so the window opens without waiting for them."""
    ctl = window.features["search"]
    qtbot.waitUntil(lambda: ctl.counts_shown == window.article_model.article_filter, timeout=5000)


def _place_with_two(window: MainWindow) -> str:
    row = window.db.execute(
        "SELECT folded FROM places GROUP BY folded HAVING count(DISTINCT article_id) >= 2 ORDER BY folded"
    ).fetchone()
    return row[0]


def test_filter_bar_counts_filter_combine_and_clear(qtbot, window: MainWindow) -> None:
    bar = window.features["search"].filter_bar
    model = window.article_model
    _counted(qtbot, window)
    place = _place_with_two(window)
    n_place = queries.count(window.db, ArticleFilter(place=place))
    assert f"({n_place})" in bar.place.itemText(bar.place.findData(place))
    _choose(qtbot, window, bar.place, place)
    assert model.article_filter.place == place
    assert model.rowCount() == n_place
    chip = bar.findChild(type(bar.clear_button), "chipPlace")
    assert chip is not None and not chip.isHidden() and bar.chips.isVisibleTo(bar)
    # Combine with a year: the year combo counts under the place.
    years = [bar.year_from.itemData(i) for i in range(1, bar.year_from.count())]
    year = years[0]
    expected_year_count = queries.count(window.db, ArticleFilter(place=place, years=(year, year)))
    assert f"({expected_year_count})" in bar.year_from.itemText(1)
    _choose(qtbot, window, bar.year_from, year)
    _choose(qtbot, window, bar.year_to, year)
    assert model.article_filter.years == (year, year)
    assert model.rowCount() == expected_year_count
    # With the search too.
    with qtbot.waitSignal(window.features["search"].facets_updated, timeout=2000):
        window.search_box.setText("dang")
        window.features["search"].apply_search()
    flt = model.article_filter
    assert (flt.text, flt.place, flt.years) == ("dang", place, (year, year))
    assert model.rowCount() == queries.count(window.db, flt)
    # One click clears every filter; the search stays.
    assert bar.clear_button.isEnabled()
    with qtbot.waitSignal(window.features["search"].facets_updated, timeout=2000):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert model.article_filter == ArticleFilter(text="dang")
    assert not bar.clear_button.isEnabled()
    assert not bar.chips.isVisibleTo(bar)


def test_kind_and_person_filters(qtbot, window: MainWindow) -> None:
    bar = window.features["search"].filter_bar
    _counted(qtbot, window)
    kind = bar.kind.itemData(1)
    _choose(qtbot, window, bar.kind, kind)
    assert window.article_model.rowCount() == queries.count(window.db, ArticleFilter(kind=kind))
    assert "(" in bar.kind.currentText() and kind not in bar.kind.currentText()  # a label, not the code
    with qtbot.waitSignal(window.features["search"].facets_updated, timeout=2000):
        bar.clear()
    if bar.person.count() > 1:
        person = bar.person.itemData(1)
        _choose(qtbot, window, bar.person, person)
        assert window.article_model.rowCount() == queries.count(window.db, ArticleFilter(person=person))


def test_a_directive_set_elsewhere_shows_as_a_removable_chip(qtbot, window: MainWindow) -> None:
    bar = window.features["search"].filter_bar
    directive_id, canonical = window.db.execute(
        "SELECT d.id, d.canonical FROM directives d JOIN mentions m ON m.directive_id = d.id LIMIT 1"
    ).fetchone()
    # As the directive index does it.
    window.article_model.set_filter(ArticleFilter(directive_id=directive_id))
    qtbot.waitUntil(lambda: bar.findChild(type(bar.clear_button), "chipDirective") is not None, timeout=2000)
    chip = bar.findChild(type(bar.clear_button), "chipDirective")
    assert canonical in chip.text()
    assert bar.directive.currentData() == directive_id
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.article_model.article_filter.directive_id is None
    assert window.article_model.rowCount() == 5


def test_counts_refresh_when_the_search_changes(qtbot, window: MainWindow) -> None:
    ctl = window.features["search"]
    bar = ctl.filter_bar
    with qtbot.waitSignal(ctl.facets_updated, timeout=2000):
        window.search_box.setText("zzzz khong co")
        ctl.apply_search()
    assert bar.place.count() == 1  # only "All provinces": nothing matches
    assert window.article_model.rowCount() == 0


def test_down_arrow_moves_from_the_box_to_the_list(qtbot, window: MainWindow) -> None:
    window.search_box.setFocus()
    QApplication.sendEvent(
        window.search_box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    )
    assert window.article_list.hasFocus()
