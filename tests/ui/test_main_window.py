"""The list/detail reader driven as a user would, with real widgets."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.core.store import queries
from desktop.ui.main_window import MainWindow
from desktop.ui.models.article_list import COL_DATE, COL_TITLE, ArticleListModel
from desktop.ui.roles import ArticleIdRole


def _ids_in_list(model: ArticleListModel) -> list[int]:
    return [model.index(r, 0).data(ArticleIdRole) for r in range(model.rowCount())]


def test_article_model_passes_qt_model_tester(qtmodeltester, library) -> None:
    model = ArticleListModel(library.db)
    model.fetchMore()
    qtmodeltester.check(model)


def test_paged_model_loads_lazily_and_fully(qtmodeltester, library) -> None:
    model = ArticleListModel(library.db)
    model.PAGE = 2  # force three pages out of five rows
    model.fetchMore()
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    assert len(set(_ids_in_list(model))) == 5
    qtmodeltester.check(model)


def test_list_shows_seeds_newest_first(window: MainWindow) -> None:
    model = window.article_model
    assert model.rowCount() == 5
    dates = [model.article_at(r).date or "" for r in range(5)]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    # Undated articles come last in the newest-first order.
    assert dates[: len(dated)] == dated


def test_the_source_column_says_whether_it_shows_the_outlet_or_the_author(window: MainWindow) -> None:
    from desktop.ui.models.article_list import COL_OUTLET

    model = window.article_model
    assert model.headerData(COL_OUTLET, Qt.Orientation.Horizontal) == "Source / author"
    rows = [model.article_at(r) for r in range(model.rowCount())]
    shown = [model.index(r, COL_OUTLET).data() for r in range(model.rowCount())]
    tips = [model.index(r, COL_OUTLET).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert any(a.byline for a in rows)  # (the seeds name their authors)
    for article, text, tip in zip(rows, shown, tips, strict=True):
        assert text == (article.outlet or article.byline or "")
        if article.byline:
            assert f"Author: {article.byline}" in tip
        if article.outlet:
            assert tip.startswith(f"Source: {article.outlet}")
        if not (article.outlet or article.byline):
            assert tip is None


def test_sorting_by_title_and_date_runs_in_sql(window: MainWindow) -> None:
    window.article_list.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [window.article_model.article_at(r).title for r in range(5)]
    from desktop.core.text import fold_key

    assert [fold_key(t) for t in titles] == sorted(fold_key(t) for t in titles)
    window.article_list.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    dates = [window.article_model.article_at(r).date for r in range(5) if window.article_model.article_at(r).date]
    assert dates == sorted(dates)


def test_selecting_an_article_shows_its_text(qtbot, window: MainWindow, library) -> None:
    model = window.article_model
    for row in range(model.rowCount()):
        window.select_row(row)
        article_id = model.index(row, 0).data(ArticleIdRole)
        detail = queries.article(library.db, article_id)
        shown = window.reader.toPlainText()
        assert window.current_article_id == article_id
        assert detail.summary.title in shown
        first_para = detail.clean_text.split("\n\n")[0].strip()
        assert first_para.replace("\n", "\u2028")[:60] in shown


def test_j_and_k_move_through_articles(qtbot, window: MainWindow) -> None:
    window.select_row(0)
    window.article_list.setFocus()
    first = window.current_article_id
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.article_list.currentIndex().row() == 1
    assert window.current_article_id != first
    qtbot.keyClick(window.article_list, Qt.Key.Key_K)
    assert window.current_article_id == first
    qtbot.keyClick(window.article_list, Qt.Key.Key_Down)
    assert window.article_list.currentIndex().row() == 1


def test_zoom_with_keyboard_changes_reader_text_size(qtbot, window: MainWindow) -> None:
    before = window.reader.zoom_step()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert window.reader.zoom_step() == before + 2
    window.act_zoom_out.trigger()
    assert window.reader.zoom_step() == before + 1


def test_layout_and_last_article_are_remembered(qtbot, library) -> None:
    QSettings("GiaoBan", "GiaoBanReader").clear()
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.select_row(3)
    chosen = first.current_article_id
    first.act_zoom_in.trigger()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    assert second.current_article_id == chosen
    assert second.reader.zoom_step() == 1
    assert second.article_list.currentIndex().data(ArticleIdRole) == chosen


def test_a_screenshot_leaves_the_users_layout_and_last_article(qtbot, library, tmp_path) -> None:
    """``--screenshot`` renders the first article offscreen; the next start is as the user left it."""
    from desktop.ui import app, settings

    QSettings("GiaoBan", "GiaoBanReader").clear()
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(1300, 840)
    first.select_row(3)
    chosen = first.current_article_id
    first.close()
    saved = settings.read_bytes("window/geometry")
    shot = MainWindow(library)
    qtbot.addWidget(shot)
    shot.select_row(0)  # the screenshot shows another article
    assert shot.current_article_id != chosen
    assert app.screenshot(shot, tmp_path / "shot.png", "900x600") == 0
    assert (tmp_path / "shot.png").stat().st_size > 0
    assert settings.read_bytes("window/geometry") == saved
    third = MainWindow(library)
    qtbot.addWidget(third)
    assert third.current_article_id == chosen


def test_the_first_start_fits_a_small_screen() -> None:
    from PySide6.QtCore import QSize

    from desktop.ui.main_window import FIRST_SIZE, _first_size

    assert _first_size(QSize(1920, 1080)) == FIRST_SIZE
    assert _first_size(QSize(1280, 720)) == (1152, 648)


def test_article_text_is_shown_as_text_never_as_html(qtbot, empty_library) -> None:
    from desktop.core.parse import ANALYSER_VERSION, parse_article
    from desktop.core.store import writes
    from desktop.core.text import content_hash

    hostile = (
        "Tiêu đề thử nghiệm\n\n"
        'Đoạn một có <img src="http://example.invalid/x.png"> và <script>alert(1)</script>.\n\n'
        'Đoạn hai có <a href="javascript:alert(2)">liên kết</a> &amp; <b>đậm</b>.\n'
    )
    parsed = parse_article(hostile)
    res = writes.save_article(
        empty_library.db, parsed, file="x.txt", content_hash=content_hash(hostile),
        analyser_version=ANALYSER_VERSION,
    )
    win = MainWindow(empty_library)
    qtbot.addWidget(win)
    win.show_article(res.article_id)
    shown = win.reader.toPlainText()
    assert '<img src="http://example.invalid/x.png">' in shown
    assert "<script>alert(1)</script>" in shown
    assert 'href="javascript:alert(2)"' in shown
    assert "&amp;" in shown
    html = win.reader.toHtml()
    assert "<img" not in html and "<script" not in html


def test_a_period_dated_article_shows_its_period_not_a_day(window: MainWindow) -> None:
    import re

    model = window.article_model
    shown = {}
    for row in range(model.rowCount()):
        summary = model.article_at(row)
        shown[summary.precision] = model.index(row, COL_DATE).data()
    # The seeds hold one article known only by a period (a half-year).
    periods = {p: text for p, text in shown.items() if p not in (None, "day")}
    assert periods, shown
    for text in periods.values():
        assert "2024" in text
        assert not re.fullmatch(r"\d{1,2} \w+ \d{4}|\d{2}/\d{2}/\d{4}", text), text
    assert re.fullmatch(r"\d{1,2} \w+ \d{4}", shown["day"])  # English UI in tests


def test_sorting_keeps_the_open_article_selected(qtbot, window: MainWindow) -> None:
    window.select_row(2)
    reading = window.current_article_id
    window.article_list.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.article_list.currentIndex().data(ArticleIdRole) == reading)
    assert window.current_article_id == reading


def test_opening_an_article_loads_only_the_rows_up_to_it(qtbot, window) -> None:
    """An article within reach is selected in the list; one further down is
    shown in the reader without loading the list down to it."""
    from desktop.core.store import queries as q

    model = window.article_model
    ids = [model.index(r, 0).data(ArticleIdRole) for r in range(model.rowCount())]
    last = ids[-1]
    assert q.position(window.db, model.article_filter, model.order, last, 100) == len(ids) - 1
    assert q.position(window.db, model.article_filter, model.order, last, len(ids) - 1) is None
    assert q.position(window.db, model.article_filter, model.order, 10**9, 100) is None
    small = ArticleListModel(window.db)
    small.PAGE = 1  # one row a page: "further down" with five articles
    small.reload()
    assert small.rowCount() == 1
    assert small.ensure_loaded(last, max_rows=2) is None
    assert small.rowCount() == 1  # nothing loaded in vain
    assert small.ensure_loaded(last) == len(ids) - 1
    assert window.open_article(last)  # shown all the same
    assert window.current_article_id == last


def test_opening_an_up_to_date_library_does_not_load_the_analyser(library, tmp_path) -> None:
    """The analyser's patterns take about half a second to compile: start-up never pays it.

    (It loads when an article is analysed: an import, or a library an older
    analyser read.) Run in a fresh interpreter, as a double-click would.
    """
    import subprocess
    import sys

    path = library.path
    library.close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.ui.app import make_app, open_library_for_window\n"
        "from desktop.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        f"lib = open_library_for_window({str(path)!r})\n"
        "w = MainWindow(lib); w.show()\n"
        "for _ in range(20): QApplication.processEvents()\n"
        "w.features['reanalysis'].stop() if 'reanalysis' in w.features else None\n"
        "print('LOADED' if 'desktop.core.parse' in sys.modules else 'NOT LOADED', w.article_model.rowCount())\n"
        "w.close(); lib.close()\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    assert out.split()[-3:] == ["NOT", "LOADED", "5"], out
