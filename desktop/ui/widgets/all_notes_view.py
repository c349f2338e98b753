"""The "All notes" tab: every note of the library, filtered and sorted (issue 6).

Filters (text, tag, article) and the order run in SQL through
``AllNotesModel``; the text filter is diacritic-insensitive ("tin nhiem"
finds "tín nhiệm") through the notes' full-text index.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.models import Note
from desktop.core.store import notes as store
from desktop.ui.models.notes import (
    COL_ARTICLE,
    COL_ARTICLE_DATE,
    COL_COMMENT,
    COL_NOTED,
    COL_QUOTE,
    COL_TAGS,
    AllNotesModel,
    short,
)
from desktop.ui.roles import NoteIdRole, ObjectRole

FILTER_DELAY_MS = 250

# Each text column's least width, and its share of the width left beyond the
# two date columns and those least widths (none left: a horizontal scroll bar).
_SHARES = ((COL_QUOTE, 0.36, 100), (COL_COMMENT, 0.26, 70), (COL_TAGS, 0.13, 40), (COL_ARTICLE, 0.25, 70))


class AllNotesView(QWidget):
    """Every note, with filters above the table.

    Signals:
        note_activated(object): a note was clicked or activated (the ``Note``).
        selection_changed(int): how many notes are selected now.
    """

    note_activated = Signal(object)
    selection_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allNotesView")
        self._db = db
        self.model = AllNotesModel(db, self)

        self.text = QLineEdit()
        self.text.setObjectName("allNotesText")
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.tag.setObjectName("allNotesTag")
        self.tag.setMinimumContentsLength(12)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.article = QComboBox()
        self.article.setObjectName("allNotesArticle")
        self.article.setMinimumContentsLength(24)
        self.article.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.order = QComboBox()
        self.order.setObjectName("allNotesOrder")
        self.count_label = QLabel()
        self.count_label.setObjectName("allNotesCount")
        self._tag_label = QLabel()
        self._article_label = QLabel()
        self._order_label = QLabel()

        self.table = QTreeView()
        self.table.setObjectName("allNotesTable")
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        header.setStretchLastSection(False)
        # The text columns share the table's width (every column in view, as
        # in a mail client) until the user drags one: from then on the widths
        # are theirs, and a horizontal scroll bar shows what does not fit.
        for column, _share, least in _SHARES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, least)
        self._fitting = False
        self.columns_fitted = True  # False once the user sized a column
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        header.setSectionResizeMode(COL_ARTICLE_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_clicked)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(len(self.selected_note_ids()))
        )
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self.apply_filter)
        self.tag.activated.connect(lambda _i: self.apply_filter())
        self.article.activated.connect(lambda _i: self.apply_filter())
        self.order.activated.connect(lambda _i: self.apply_filter())

        # Two rows: the text filter gets the width it needs to be read.
        first = QHBoxLayout()
        first.addWidget(self.text, 1)
        first.addWidget(self._order_label)
        first.addWidget(self.order)
        second = QHBoxLayout()
        second.addWidget(self._tag_label)
        second.addWidget(self.tag, 1)
        second.addWidget(self._article_label)
        second.addWidget(self.article, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()

    # --- our API ---------------------------------------------------------

    def retranslate(self) -> None:
        """Set every string (again, after a language switch)."""
        self.text.setPlaceholderText(self.tr("Search passages, comments and tags"))
        self._tag_label.setText(self.tr("Tag:"))
        self._article_label.setText(self.tr("Article:"))
        self._order_label.setText(self.tr("Sort:"))
        current = self.order.currentData() or "date"
        self.order.clear()
        self.order.addItem(self.tr("Newest notes first"), "date")
        self.order.addItem(self.tr("By article"), "article")
        self.order.setCurrentIndex(max(0, self.order.findData(current)))
        if self.model.is_loaded():
            self.reload_choices()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._update_count()

    def reload_choices(self) -> None:
        """Fill the tag and article filters from the library (keeping the choice)."""
        tag = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name, count in store.all_tags(self._db):
            self.tag.addItem(f"{name} ({count})", name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))
        article = self.article.currentData()
        self.article.clear()
        self.article.addItem(self.tr("All articles"), None)
        for article_id, title, count in store.noted_articles(self._db):
            self.article.addItem(f"{short(title, 70)} ({count})", article_id)
            self.article.setItemData(self.article.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.article.setCurrentIndex(max(0, self.article.findData(article)))

    def current_filter(self) -> store.NoteFilter:
        """The filter the controls describe."""
        return store.NoteFilter(
            text=self.text.text().strip(),
            tag=self.tag.currentData(),
            article_id=self.article.currentData(),
            order=self.order.currentData() or "date",
        )

    def apply_filter(self) -> None:
        """Show the notes the controls describe."""
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Read everything again (notes were added, edited or deleted)."""
        self.reload_choices()
        self.apply_filter()

    def set_tag(self, tag: str | None) -> None:
        """Filter by one tag (None: all)."""
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))
        self.apply_filter()

    def set_article(self, article_id: int | None) -> None:
        """Filter by one article (None: all)."""
        self.article.setCurrentIndex(max(0, self.article.findData(article_id)))
        self.apply_filter()

    def set_order(self, order: str) -> None:
        """Sort by ``date`` (newest notes first) or ``article``."""
        self.order.setCurrentIndex(max(0, self.order.findData(order)))
        self.apply_filter()

    def selected_note_ids(self) -> list[int]:
        """The ids of the selected notes, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.index(r, 0).data(NoteIdRole) for r in rows]
        return [int(i) for i in ids if i is not None]

    # --- internals -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        if not self.columns_fitted:
            return
        header = self.table.header()
        spare = max(0, self.table.viewport().width() - header.sectionSize(COL_ARTICLE_DATE)
                    - header.sectionSize(COL_NOTED) - sum(least for _c, _s, least in _SHARES))
        self._fitting = True
        try:
            for column, share, least in _SHARES:
                header.resizeSection(column, least + int(spare * share))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and any(column == c for c, _s, _l in _SHARES):
            self.columns_fitted = False

    def _on_header_clicked(self, column: int) -> None:
        if column == COL_NOTED:
            self.set_order("date")
        elif column in (COL_ARTICLE, COL_ARTICLE_DATE):
            self.set_order("article")

    def _on_clicked(self, index: QModelIndex) -> None:
        # Ctrl/Shift+click builds a selection (to export it): only a plain
        # click opens the article.
        mods = QApplication.keyboardModifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return
        self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        note = index.data(ObjectRole)
        if isinstance(note, Note):
            self.note_activated.emit(note)

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%n note(s)", "", total))
