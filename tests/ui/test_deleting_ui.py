"""File → Delete Article… in the window: asked first, the notes named, the next article opened."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.store import notes as store
from desktop.core.store import queries
from desktop.ui.roles import ArticleIdRole


def _answer(qtbot, button_text: str, seen: dict) -> None:
    """Click ``button_text`` in the confirmation once it shows (it is modal)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen["text"] = box.text()
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
    QTimer.singleShot(0, click)


def test_deleting_asks_names_the_notes_and_opens_the_next_article(qtbot, window, library) -> None:
    db = library.db
    controller = window.features["deleting"]
    window.select_row(0)
    doomed = window.current_article_id
    store.add_note(db, doomed, 0, 10, "ghi chú trên bài sẽ xóa")
    before = queries.count(db)
    title = db.execute("SELECT title FROM articles WHERE id = ?", [doomed]).fetchone()[0]

    seen: dict = {}
    _answer(qtbot, "Cancel", seen)
    assert controller.delete_current() is False
    assert title in seen["text"] and "1 note" in seen["text"]
    assert queries.count(db) == before and window.current_article_id == doomed

    _answer(qtbot, "Delete", seen)
    assert controller.delete_current() is True
    assert queries.count(db) == before - 1
    assert window.article_model.row_of(doomed) is None
    # the article that took its row is open, and its notes pane is its own
    assert window.current_article_id not in (None, doomed)
    assert window.article_list.currentIndex().data(ArticleIdRole) == window.current_article_id
    assert window.article_list.currentIndex().row() == 0
    assert store.count_notes(db, store.NoteFilter(article_id=doomed)) == 0
    assert not window.reader.toPlainText().startswith(title)


def test_the_delete_key_works_from_the_list_and_the_last_article_leaves_an_empty_reader(
        qtbot, window, library) -> None:
    controller = window.features["deleting"]
    assert controller.act_delete in window.article_list.actions()  # (its key and right-click menu)
    for _ in range(queries.count(library.db)):
        window.select_row(0)
        assert controller.delete_current(confirm=False)
    assert queries.count(library.db) == 0 and window.current_article_id is None
    assert not controller.act_delete.isEnabled()
    assert controller.delete_current(confirm=False) is False
