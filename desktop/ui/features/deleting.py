"""Deleting an article: File → Delete Article…, the list's context menu, the Delete key.

The window asks first, naming the article and how many of the user's notes go with it
(the command line's ``delete`` refuses those without ``--force``); the file on disk is
never touched. The store deletes in one transaction (``library_ops.delete_article``), the
list reloads through the search feature, and the next article of the list opens.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.core.library_ops import delete_article
from desktop.core.store import notes as store
from desktop.core.store.db import LibraryError, classify

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: how long the status bar says an article was deleted, in ms
MESSAGE_MS = 8000


class DeleteController(QObject):
    """The Delete Article action and its confirmation.

    Signals:
        deleted(int): the article with this id was deleted.
    """

    deleted = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_delete = QAction(window)
        self.act_delete.setObjectName("actDeleteArticle")
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # (the key deletes an article only from the list: in the notes pane it is a note's)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_current)
        window.article_list.addAction(self.act_delete)
        window.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        quit_action = getattr(window, "act_quit", None)
        window.menu_file.insertAction(quit_action, self.act_delete)
        window.menu_file.insertSeparator(quit_action)
        self.act_delete.setEnabled(False)
        # (a method, not a lambda: Qt drops the connection with this object, as the others' are)
        window.article_opened.connect(self._on_article_opened)
        window.retranslate_hooks.append(self.retranslate)
        self.retranslate()

    def _on_article_opened(self, _article_id: int) -> None:
        self.act_delete.setEnabled(True)

    def retranslate(self) -> None:
        self.act_delete.setText(self.tr("&Delete Article…"))
        self.act_delete.setToolTip(self.tr("Delete the article shown from the library, with its notes"))

    def question(self, article_id: int) -> str | None:
        """What the confirmation asks about ``article_id``; None when it is gone already."""
        row = self.window.db.execute("SELECT title, file FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        held = store.count_notes(self.window.db, store.NoteFilter(article_id=article_id))
        text = self.tr("Delete “%1” from the library?").replace("%1", row[0] or row[1])
        if held:
            text += "\n\n" + self.tr("Its %n note(s) will be deleted with it.", "", held)
        return text + "\n\n" + self.tr(
            "The file on your disk is not touched: importing it again brings the article back, "
            "without the notes.")

    def delete_current(self, *, confirm: bool = True) -> bool:
        """Delete the article shown, once the user says yes (``confirm``); True when deleted."""
        w = self.window
        article_id = w.current_article_id
        if article_id is None:
            return False
        text = self.question(article_id)
        if text is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete Article"), text,
                              QMessageBox.StandardButton.Cancel, w)
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not yes:
                return False
        notes_feature = w.features.get("notes")
        panel = getattr(notes_feature, "panel", None)
        if panel is not None:
            panel.flush()  # (a comment being typed is saved before its note goes)
        row = w.article_list.currentIndex().row()
        try:
            gone = delete_article(w.db, article_id)
        except (LibraryError, sqlite3.Error, OSError) as exc:
            from desktop.ui.dialogs import library_error_text

            known = exc if isinstance(exc, LibraryError) else classify(exc, w.library.path)
            QMessageBox.warning(w, self.tr("The article could not be deleted"),
                                library_error_text(known) if known is not None else str(exc))
            return False
        if gone is None:
            return False
        self._after(article_id, max(row, 0))
        w.statusBar().showMessage(
            self.tr("Deleted “%1”.").replace("%1", gone.title or gone.file), MESSAGE_MS)
        self.deleted.emit(article_id)
        return True

    def _after(self, article_id: int, row: int) -> None:
        """Reload the list and open the article that took the deleted one's row."""
        w = self.window
        search = w.features.get("search")
        if search is not None and hasattr(search, "library_changed"):
            search.library_changed()
        else:
            w.article_model.reload()
        while row >= w.article_model.rowCount() and w.article_model.canFetchMore():
            w.article_model.fetchMore()
        if w.article_model.rowCount():
            w.select_row(min(row, w.article_model.rowCount() - 1))
        if w.current_article_id == article_id:  # (nothing left to open)
            w.close_article()
            self.act_delete.setEnabled(False)


def install(window: MainWindow) -> DeleteController:
    """Add File → Delete Article… (and the list's Delete key and context menu) to ``window``."""
    return DeleteController(window)
