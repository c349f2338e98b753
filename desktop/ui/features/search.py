"""Search and filters in the main window.

- The search box (Ctrl+F) filters the article list as the user types, after a
  250 ms pause, through ``article_model.set_filter(replace(current, text=...))``
  so the list, its count and the timeline all follow the same filter.
- While a search is in force the list shows each result on two lines: title
  and date, then a snippet of the text with the matches highlighted.
- The open article has its matches highlighted (``window.decorators`` returns
  ``{"matches": spans}``); F3 / Shift+F3, or Enter / Shift+Enter in the box,
  go to the next / previous match.
- The filter bar (``window.filter_slot``) shows counts for every facet under
  the current filter and sends the user's choices back to the list; a person
  or a province clicked under the reader's date line is chosen there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.store import facets as facet_queries
from desktop.core.store import search_queries
from desktop.core.store.queries import ArticleFilter
from desktop.ui import live_threads
from desktop.ui.models.article_list import COL_TITLE
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.filter_bar import FilterBar
from desktop.ui.widgets.reader_view import MATCH_COLOUR, PERSON_SCHEME, PLACE_SCHEME, name_key

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DEBOUNCE_MS = 250
SNIPPET_CACHE = 2000
FACET_CACHE = 32  # filters whose counts the worker keeps (going back to one is instant)
LIST_LEAD = 12  # characters before the first match in a narrow list column


class ResultDelegate(QStyledItemDelegate):
    """Draws a search result's title, then its snippet with matches highlighted.

    Without a query it draws the plain title, like the default delegate.
    """

    def __init__(self, controller: SearchController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Override QStyledItemDelegate::sizeHint: two lines while searching."""
        size = super().sizeHint(option, index)
        if self._controller.query and index.column() == COL_TITLE:
            line = QFontMetrics(option.font).lineSpacing()
            size.setHeight(max(size.height(), 2 * line + 8))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Override QStyledItemDelegate::paint."""
        query = self._controller.query
        if not query or index.column() != COL_TITLE:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(4, 3, -4, -3)
        fm = QFontMetrics(opt.font)
        line = fm.lineSpacing()
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(role))
        title_rect = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(opt.font)
        text, spans = self._controller.snippet_for(index.data(ArticleIdRole))
        self._draw_snippet(painter, opt, QRect(rect.left(), rect.top() + line, rect.width(), line), text, spans, selected)
        painter.restore()

    @staticmethod
    def _draw_snippet(
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        text: str,
        spans: tuple[tuple[int, int], ...],
        selected: bool,
    ) -> None:
        fm = QFontMetrics(opt.font)
        muted = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        strong = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        x, right = rect.left(), rect.right()
        cuts = [0]
        for s, e in spans:
            cuts += [s, e]
        cuts.append(len(text))
        for i in range(len(cuts) - 1):
            piece = text[cuts[i] : cuts[i + 1]]
            if not piece:
                continue
            is_match = i % 2 == 1
            width = fm.horizontalAdvance(piece)
            if x + width > right:
                piece = fm.elidedText(piece, Qt.TextElideMode.ElideRight, right - x)
                width = fm.horizontalAdvance(piece)
            box = QRect(x, rect.top(), width, rect.height())
            if is_match:
                painter.fillRect(box, QColor(MATCH_COLOUR))
                painter.setPen(QColor("#000000"))
            else:
                painter.setPen(muted if not is_match else strong)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), piece)
            x += width
            if x >= right:
                break


class FacetWorker(QObject):
    """Counts the filter bar's facets on its own thread and connection.

    Facet counts read whole indexes (up to a second or two at 100,000
    articles), so they never run on the GUI thread, the first ones included;
    only the newest request is computed, older ones still queued are
    skipped, and the counts of the last ``FACET_CACHE`` filters are kept
    until the library changes.

    Signals:
        counted(int, object, object, object): ``(generation, filter, Facets,
            directive label)``.
    """

    counted = Signal(int, object, object, object)
    failed = Signal(object)

    def __init__(self, library_path) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._path = library_path
        self._lib = None
        self.latest = 0  # set from the GUI thread: the newest generation asked for
        self._cache: dict[ArticleFilter, tuple[object, object]] = {}
        self._version: int | None = None

    @Slot(int, object)
    def count(self, generation: int, flt: ArticleFilter) -> None:
        """Compute the facets of ``flt`` (worker thread)."""
        if generation < self.latest:
            return  # a newer request is queued behind this one
        import sqlite3

        from desktop.core.store.db import LibraryError, open_library

        try:
            if self._lib is None:
                self._lib = open_library(self._path, create=False, migrate=False)
            db = self._lib.db
            # Another connection's commit (an import, a note) changes data_version;
            # until then the counts of a filter seen before are still right.
            version = db.execute("PRAGMA data_version").fetchone()[0]
            if version != self._version:
                self._cache.clear()
                self._version = version
            cached = self._cache.get(flt)
            if cached is None:
                label = facet_queries.directive_label(db, flt.directive_id) if flt.directive_id is not None else None
                cached = (facet_queries.facets(db, flt), label)
                if len(self._cache) >= FACET_CACHE:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[flt] = cached
            found, label = cached
        except (sqlite3.Error, OSError, LibraryError) as exc:
            self.failed.emit(exc)  # the GUI thread tells the user (library guard)
            return
        self.counted.emit(generation, flt, found, label)

    @Slot()
    def close(self) -> None:
        """Close the connection (on the worker thread, where it was opened)."""
        if self._lib is not None:
            self._lib.close()
            self._lib = None


class SearchController(QObject):
    """Connects the search box, the filter bar, the list and the reader.

    Signals:
        query_applied(str): the list now shows the results of this query.
        facets_updated(): the filter bar's counts were recomputed.
    """

    query_applied = Signal(str)
    facets_updated = Signal()
    _count_requested = Signal(int, object)
    _close_requested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.query = ""
        self._snippets: dict[int, tuple[str, tuple[tuple[int, int], ...]]] = {}

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(0)
        self._facet_timer.timeout.connect(self.refresh_facets)
        self._generation = 0
        self.counts_shown: ArticleFilter | None = None  # the filter the bar's counts are for
        # Not a child of the window: a window destroyed without closing must
        # not destroy a running QThread (that aborts); window.destroyed stops it.
        self._facet_thread = QThread()
        self._facet_thread.setObjectName("facetThread")
        self._facet_worker = FacetWorker(window.library.path)
        self._facet_worker.moveToThread(self._facet_thread)
        self._count_requested.connect(self._facet_worker.count)
        self._close_requested.connect(self._facet_worker.close)
        self._facet_worker.counted.connect(self._on_counted)
        self._facet_worker.failed.connect(self._on_count_failed)
        self._facet_thread.start()
        live_threads.keep(self._facet_thread, self._facet_worker,
                          after_stop=self._facet_worker.close)
        window.installEventFilter(self)
        window.destroyed.connect(
            lambda _=None, t=self._facet_thread, w=self._facet_worker: live_threads.stop(t, w)
        )

        self.delegate = ResultDelegate(self, window.article_list)
        window.article_list.setItemDelegateForColumn(COL_TITLE, self.delegate)

        self.filter_bar = FilterBar()
        window.filter_slot.addWidget(self.filter_bar)

        self.act_next = QAction(window)
        self.act_next.setObjectName("actNextMatch")
        self.act_next.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.act_prev = QAction(window)
        self.act_prev.setObjectName("actPrevMatch")
        self.act_prev.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.act_clear_filters = QAction(window)
        self.act_clear_filters.setObjectName("actClearFilters")
        for act in (self.act_next, self.act_prev):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(act)
        window.menu_go.addSeparator()
        window.menu_go.addAction(self.act_next)
        window.menu_go.addAction(self.act_prev)
        window.menu_view.addAction(self.act_clear_filters)

        box = window.search_box
        box.textEdited.connect(self.on_text_edited)
        box.textChanged.connect(self._on_text_changed)
        box.installEventFilter(self)
        self.act_next.triggered.connect(lambda: self.go_to_match(1))
        self.act_prev.triggered.connect(lambda: self.go_to_match(-1))
        self.act_clear_filters.triggered.connect(self.filter_bar.clear)
        self.filter_bar.filter_requested.connect(self.on_filter_requested)
        window.article_model.filter_changed.connect(self.on_filter_changed)
        window.article_opened.connect(self.on_article_opened)
        window.decorators.append(self.decorate)
        # A person or a province under the reader's date line: as if chosen in the bar.
        window.link_handlers[PERSON_SCHEME] = self.on_person_link
        window.link_handlers[PLACE_SCHEME] = self.on_place_link
        window.retranslate_hooks.append(self.retranslate)
        self.retranslate()
        # The counts come from the worker, the first ones too: at 100,000
        # articles they take a second, which the window must not wait for.
        # What reading them on this thread used to guarantee, that a damaged
        # index is met while the window is built (where the app's recovery
        # can offer a backup), a probe of the pages they read keeps.
        facet_queries.probe(window.db)
        self.refresh_facets()

    # --- strings ---------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every string again (after a language switch)."""
        self.act_next.setText(self.tr("Next match"))
        self.act_prev.setText(self.tr("Previous match"))
        self.act_clear_filters.setText(self.tr("Clear filters"))
        self.filter_bar.retranslate()

    # --- the search box -----------------------------------------------------------

    def on_text_edited(self, _text: str) -> None:
        """The user typed: search once they pause."""
        self._debounce.start()

    def _on_text_changed(self, text: str) -> None:
        # The clear button (or code) emptied the box: no need to wait.
        if not text.strip() and self.query:
            self._debounce.stop()
            self.apply_search()

    def apply_search(self) -> None:
        """Filter the list by what is in the box now."""
        self._debounce.stop()
        text = self.window.search_box.text().strip()
        model = self.window.article_model
        if text != model.article_filter.text:
            model.set_filter(replace(model.article_filter, text=text))
        elif text != self.query:
            self._set_query(text)

    def _set_query(self, text: str) -> None:
        changed = text != self.query
        self.query = text
        self._snippets.clear()
        if changed:
            # Row heights change between one line and two: lay the rows out again.
            self.window.article_list.doItemsLayout()
            self.window.refresh_reader()
            if self.window.current_article_id is not None:
                self.on_article_opened(self.window.current_article_id)
            self.query_applied.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: Enter / Shift+Enter / Escape in the box."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
            return False
        if watched is self.window.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive() or self.window.search_box.text().strip() != self.query:
                    self.apply_search()
                    self._open_first_result()
                else:
                    back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
                    self.go_to_match(-1 if back else 1)
                return True
            if key == Qt.Key.Key_Escape and self.window.search_box.text():
                self.window.search_box.clear()
                return True
            if key == Qt.Key.Key_Down:
                self.window.article_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _open_first_result(self) -> None:
        if self.query and self.window.article_model.rowCount():
            self.window.select_row(0)

    # --- results ----------------------------------------------------------------

    def snippet_for(self, article_id: int | None) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The snippet of one listed article for the current query (cached)."""
        if article_id is None or not self.query:
            return "", ()
        found = self._snippets.get(article_id)
        if found is None:
            if len(self._snippets) > SNIPPET_CACHE:
                self._snippets.clear()
            found = search_queries.article_snippet(self.window.db, article_id, self.query, lead=LIST_LEAD)
            self._snippets[article_id] = found
        return found

    def decorate(self, article_id: int) -> dict[str, list[object]]:
        """Reader decorator: the open article's matches for the current query."""
        if not self.query:
            return {}
        row = self.window.db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return {}
        return {"matches": list(search_queries.match_spans(row[0], self.query))}

    def on_article_opened(self, _article_id: int) -> None:
        """An article opened (or the query changed): show its first match."""
        if self.query and self.window.reader.match_count():
            # After the reader has laid the document out.
            QTimer.singleShot(0, self, self._first_match)

    def _first_match(self) -> None:
        reader = self.window.reader
        if self.query and reader.match_count() and reader.flashed_range() is None:
            reader.next_match(1)

    def go_to_match(self, step: int) -> int:
        """Scroll the reader to the next (1) or previous (-1) match."""
        reader = self.window.reader
        if not reader.match_count():
            self.window.statusBar().showMessage(self.tr("No matches in this article"), 3000)
            return -1
        index = reader.next_match(step)
        self.window.statusBar().showMessage(
            self.tr("Match %1 of %2").replace("%1", str(index + 1)).replace("%2", str(reader.match_count())),
            3000,
        )
        return index

    # --- filters -----------------------------------------------------------------

    def on_filter_requested(self, flt: ArticleFilter) -> None:
        """The filter bar asked for a new filter."""
        self.window.article_model.set_filter(flt)

    def on_person_link(self, href: str) -> None:
        """A person under the reader's date line was clicked: choose them in the bar."""
        self.filter_bar.choose(person=name_key(href))

    def on_place_link(self, href: str) -> None:
        """A province under the reader's date line was clicked: choose it in the bar."""
        self.filter_bar.choose(place=name_key(href))

    def on_filter_changed(self, _total: int) -> None:
        """The list's filter changed (here or elsewhere): follow it."""
        flt = self.window.article_model.article_filter
        if flt.text != self.window.search_box.text().strip():
            self.window.search_box.setText(flt.text)
        self._set_query(flt.text)
        self._facet_timer.start()

    def refresh_facets(self) -> None:
        """Show the list's filter in the bar now; its counts follow from the worker."""
        self._facet_timer.stop()
        flt = self.window.article_model.article_filter
        if flt != self.filter_bar.article_filter:
            # Chips and choices at once, with the counts we have until the new ones come
            # (the directive's name is one row by key: read here, so its chip is named).
            label = self.filter_bar.directive_label
            if flt.directive_id is not None and flt.directive_id != self.filter_bar.article_filter.directive_id:
                label = facet_queries.directive_label(self.window.db, flt.directive_id)
            self.filter_bar.set_facets(flt, self.filter_bar.facets, label)
        if not self._facet_thread.isRunning():
            return
        self._generation += 1
        self._facet_worker.latest = self._generation
        self._count_requested.emit(self._generation, flt)

    def _on_counted(self, generation: int, flt: ArticleFilter, found: object, label: object) -> None:
        if generation != self._generation or flt != self.window.article_model.article_filter:
            return  # counts for a filter no longer shown
        self.filter_bar.set_facets(flt, found, label)  # type: ignore[arg-type]
        self.counts_shown = flt
        self.facets_updated.emit()

    def _on_count_failed(self, exc: BaseException) -> None:
        try:
            from desktop.ui.library_guard import guard_for

            guard_for(self.window).handle(exc)
        except ImportError:  # pragma: no cover - the guard is optional
            self.window.statusBar().showMessage(str(exc), 5000)

    def shutdown(self) -> None:
        """Stop the facet thread (window closing)."""
        if self._facet_thread.isRunning():
            self._facet_worker.latest = 1 << 62  # skip anything still queued
            self._close_requested.emit()
        live_threads.stop(self._facet_thread, self._facet_worker)

    def library_changed(self) -> None:
        """Articles were added or removed: reload the list and the counts."""
        self._snippets.clear()
        self.window.article_model.reload()
        self.refresh_facets()


def install(window: MainWindow) -> SearchController:
    """Build the search box behaviour, the result delegate and the filter bar."""
    return SearchController(window)

