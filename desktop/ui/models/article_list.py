"""The article list: a lazily paged table over the library.

Rows arrive a page at a time through ``canFetchMore``/``fetchMore`` (Qt's
fetchmore example), by keyset from ``queries.page``, so a library of 100,000
articles opens as fast as one of five. Sorting and filtering run in SQL: a
proxy model would only see the rows already loaded.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlite_utils import Database

from desktop.core.models import ArticleSummary
from desktop.core.store import queries
from desktop.core.store.queries import ArticleFilter, Order
from desktop.ui import i18n
from desktop.ui.roles import ArticleIdRole, ObjectRole, SortKeyRole

_Index = QModelIndex | QPersistentModelIndex

COL_TITLE, COL_DATE, COL_OUTLET = range(3)
# Marked for lupdate here, translated at display time in headerData.
_HEADER_SOURCE = (
    QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Date"),
    # (the outlet, else the author: a text file often names only its author)
    QT_TRANSLATE_NOOP("ArticleListModel", "Source / author"),
)


class ArticleListModel(QAbstractTableModel):
    """Articles in the library, as the current filter and order show them.

    Signals:
        filter_changed(int): the filter changed; carries the new row total.
    """

    filter_changed = Signal(int)

    PAGE = 400
    COUNT_CAP = queries.COUNT_CAP
    MAX_PAGE = 25_000
    GROW_AFTER = 4_000

    def __init__(self, db: Database, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._rows: list[ArticleSummary] = []
        self._keys: list[queries.SortKey] = []
        self._row_of: dict[int, int] = {}
        self._exhausted = False
        self._filter = ArticleFilter()
        self._order = Order.DATE_DESC
        self._total: int | None = None

    # --- Qt overrides ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(_HEADER_SOURCE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADER_SOURCE):
                return QCoreApplication.translate("ArticleListModel", _HEADER_SOURCE[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                return row.title or row.file
            if col == COL_DATE:
                if not row.date:
                    return "—"
                if row.precision and row.precision != "day":
                    # A period is shown as the period, never as its first day.
                    return i18n.format_period(row.date, row.period_end, row.precision, short=True)
                return i18n.format_date(row.date)
            if col == COL_OUTLET:
                return row.outlet or row.byline or ""
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TITLE:
                return f"{row.title}\n{row.file}"
            if col == COL_DATE and row.date:
                return i18n.format_period(row.date, row.period_end, row.precision)
            if col == COL_OUTLET and (row.outlet or row.byline):
                # which of the two the column shows, and the other when there is one
                lines = []
                if row.outlet:
                    lines.append(QCoreApplication.translate("ArticleListModel", "Source: {outlet}")
                                 .format(outlet=row.outlet))
                if row.byline:
                    lines.append(QCoreApplication.translate("ArticleListModel", "Author: {byline}")
                                 .format(byline=row.byline))
                return "\n".join(lines)
        elif role == ArticleIdRole:
            return row.id
        elif role == SortKeyRole:
            return self._keys[index.row()]
        elif role == ObjectRole:
            return row
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Override QAbstractItemModel::fetchMore: load the next page."""
        if parent.isValid() or self._exhausted:
            return
        after = self._keys[-1] if self._keys else None
        # Pages grow with what is loaded (400, 800, 1,600 … up to MAX_PAGE):
        # the view lays out every loaded row again after each insert, so a
        # fixed page made scrolling to the end of 100,000 rows quadratic.
        # Views also call fetchMore several times while they lay out for the
        # first time (the scroll bar sits "at the end" of an empty view), so
        # pages only start growing once the user has scrolled past GROW_AFTER.
        loaded = len(self._rows)
        size = self.PAGE if loaded < self.GROW_AFTER else min(self.MAX_PAGE, loaded)
        batch = queries.page(self._db, self._filter, self._order, after, size)
        if len(batch) < size:
            self._exhausted = True
        if not batch:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        for summary, key in batch:
            self._row_of[summary.id] = len(self._rows)
            self._rows.append(summary)
            self._keys.append(key)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel::sort: re-query in the new order."""
        ascending = order == Qt.SortOrder.AscendingOrder
        if column == COL_TITLE:
            new = Order.TITLE_ASC if ascending else Order.TITLE_DESC
        else:
            new = Order.DATE_ASC if ascending else Order.DATE_DESC
        if new != self._order:
            self._order = new
            self.reload()

    # --- our API -----------------------------------------------------------

    @property
    def article_filter(self) -> ArticleFilter:
        """The filter in force."""
        return self._filter

    @property
    def order(self) -> Order:
        """The order in force."""
        return self._order

    def set_filter(self, flt: ArticleFilter) -> None:
        """Show what ``flt`` selects (from the first page)."""
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()
        self.filter_changed.emit(self.total())

    def total(self) -> int:
        """How many articles the filter shows (all pages), up to ``COUNT_CAP``.

        Counted no further than ``COUNT_CAP``: a search for a word in every
        article of a 100,000-article library is counted in milliseconds, not
        the second an exact count takes. ``total_is_capped`` tells whether
        there are more.
        """
        if self._total is None:
            self._total = queries.count(self._db, self._filter, cap=self.COUNT_CAP)
        return min(self._total, self.COUNT_CAP)

    def total_is_capped(self) -> bool:
        """True when the filter shows more than ``total()`` articles ("10000+")."""
        self.total()
        return self._total is not None and self._total > self.COUNT_CAP

    def reload(self) -> None:
        """Drop loaded rows and load the first page again (after a change)."""
        self.beginResetModel()
        self._rows.clear()
        self._keys.clear()
        self._row_of.clear()
        self._exhausted = False
        self._total = None
        self.endResetModel()
        self.fetchMore()

    def row_of(self, article_id: int) -> int | None:
        """The row of an article if it is loaded, else None."""
        return self._row_of.get(article_id)

    def ensure_loaded(self, article_id: int, max_rows: int = 2_000) -> int | None:
        """Load pages until ``article_id`` is in the model; return its row.

        Where the article stands is asked first (an index count): an article
        not in the list, or further down than ``max_rows``, loads nothing and
        gives None. Loading pages until it turned up read up to the whole
        library on the GUI thread (the last article read, restored at
        start-up, is anywhere among 100,000).
        """
        row = self._row_of.get(article_id)
        if row is not None or self._exhausted:
            return row
        position = queries.position(self._db, self._filter, self._order, article_id, max_rows)
        if position is None:
            return None
        while position >= len(self._rows) and not self._exhausted:
            self.fetchMore()
        return self._row_of.get(article_id)

    def article_at(self, row: int) -> ArticleSummary | None:
        """The article at ``row``, if loaded."""
        return self._rows[row] if 0 <= row < len(self._rows) else None
