"""The filter bar's province and people lists, as a new user reported them.

"TP Hồ Chí Minh (1)" and "Thành phố Hồ Chí Minh (1)" were listed side by side,
Đắk Lắk came after Yên Bái, and "Hoàng Yên (2)" stood for two people.
"""

from __future__ import annotations

import pytest
from search_factories import add_article
from window_factories import open_window

from desktop.core.store import queries
from desktop.core.store.queries import ArticleFilter
from desktop.ui.main_window import MainWindow
from desktop.ui.roles import ArticleIdRole

ROWS = [
    # key, places as printed, people as printed
    ("a", ["TP Hồ Chí Minh", "Yên Bái"], ["Hoàng Yên"]),
    ("b", ["Thành phố Hồ Chí Minh"], ["Hoàng Yến"]),
    ("c", ["TP.HCM", "Đắk Lắk"], ["Nguyễn Văn Hoà"]),
    ("d", ["Thừa Thiên Huế", "Điện Biên"], ["Nguyễn Văn Hòa"]),
    ("e", ["Đắk Nông", "Cao Bằng"], ["Đinh Thế Huynh"]),
    ("f", ["Cà Mau", "Hà Nội"], ["Dương Văn An"]),
]


@pytest.fixture
def window(qtbot, empty_library):
    """The main window over a library holding ``ROWS``; ``window.ids`` maps each key to its id."""
    ids = {}
    for i, (key, places, people) in enumerate(ROWS):
        body = f"Bài {key} về công tác tổ chức: " + ", ".join([*places, *people]) + "."
        ids[key] = add_article(
            empty_library.db, f"Bài {key}", body, date=f"2024-0{i + 1}-01", places=places,
            people=people,
        )
    win = open_window(qtbot, empty_library)
    ctl = win.features["search"]
    qtbot.waitUntil(lambda: ctl.counts_shown == win.article_model.article_filter, timeout=5000)
    win.ids = ids
    return win


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]


def _choose(qtbot, window: MainWindow, combo, text: str) -> None:
    i = combo.findText(text)
    assert i > 0, (text, _items(combo))
    combo.setCurrentIndex(i)
    with qtbot.waitSignal(window.features["search"].facets_updated, timeout=2000):
        combo.activated.emit(i)


def _shown(window: MainWindow) -> set[int]:
    m = window.article_model
    return {m.index(r, 0).data(ArticleIdRole) for r in range(m.rowCount())}


def test_each_province_once_in_vietnamese_order_and_every_spelling_chosen(qtbot, window) -> None:
    bar = window.features["search"].filter_bar
    assert _items(bar.place) == [
        "Cà Mau (1)", "Cao Bằng (1)", "Đắk Lắk (1)", "Đắk Nông (1)", "Điện Biên (1)", "Hà Nội (1)",
        "Hồ Chí Minh (3)", "Thừa Thiên Huế (1)", "Yên Bái (1)",
    ]
    _choose(qtbot, window, bar.place, "Hồ Chí Minh (3)")
    assert _shown(window) == {window.ids[k] for k in "abc"}
    chip = bar.findChild(type(bar.clear_button), "chipPlace")
    assert chip is not None and "Hồ Chí Minh" in chip.text()
    assert bar.place.currentText() == "Hồ Chí Minh (3)"
    # The other lists count under the province, every spelling of it.
    assert _items(bar.person) == ["Hoàng Yên (1)", "Hoàng Yến (1)", "Nguyễn Văn Hòa (1)"]


def test_people_are_told_apart_by_tone_marks_in_vietnamese_order(qtbot, window) -> None:
    bar = window.features["search"].filter_bar
    assert _items(bar.person) == [
        "Dương Văn An (1)", "Đinh Thế Huynh (1)", "Hoàng Yên (1)", "Hoàng Yến (1)",
        "Nguyễn Văn Hòa (2)",
    ]
    _choose(qtbot, window, bar.person, "Hoàng Yến (1)")
    assert _shown(window) == {window.ids["b"]}
    flt = window.article_model.article_filter
    assert window.article_model.rowCount() == queries.count(window.db, flt) == 1
    _choose(qtbot, window, bar.person, "Nguyễn Văn Hòa (2)")
    assert _shown(window) == {window.ids["c"], window.ids["d"]}
    # The search stays diacritic-insensitive: "hoang yen" finds both.
    window.article_model.set_filter(ArticleFilter(text="hoang yen"))
    assert _shown(window) == {window.ids["a"], window.ids["b"]}
