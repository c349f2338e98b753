"""Item models of the user's notes (issue 6).

Both are thin adapters over ``desktop.core.store.notes``:

* ``ArticleNotesModel``: the notes of the open article, in text order (one
  article has few notes: all are read at once). ``setData`` on a comment
  saves it through the store at once, then emits ``dataChanged``.
* ``AllNotesModel``: every note of the library, filtered and sorted in SQL,
  paged in through ``canFetchMore``/``fetchMore`` (``list_note_rows`` with
  limit/offset), so opening the "All notes" tab reads one page, not 10,000
  notes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlite_utils import Database

from desktop.core.models import AnchorState, Note
from desktop.core.store import notes as store
from desktop.ui import i18n
from desktop.ui.roles import ArticleIdRole, NoteIdRole, ObjectRole, SortKeyRole

_Index = QModelIndex | QPersistentModelIndex

# How the colour names stored with notes are shown (and their swatches).
COLOUR_LABELS = {
    "yellow": QT_TRANSLATE_NOOP("Notes", "Yellow"),
    "blue": QT_TRANSLATE_NOOP("Notes", "Blue"),
    "green": QT_TRANSLATE_NOOP("Notes", "Green"),
    "orange": QT_TRANSLATE_NOOP("Notes", "Orange"),
    "pink": QT_TRANSLATE_NOOP("Notes", "Pink"),
}

REVIEW_COLOUR = "#b3261e"


def colour_label(name: str) -> str:
    """A note colour's translated name."""
    return QCoreApplication.translate("Notes", COLOUR_LABELS.get(name, COLOUR_LABELS["yellow"]))


def review_label() -> str:
    """The "needs review" badge text."""
    return QCoreApplication.translate("Notes", "Needs review")


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def swatch(name: str) -> QColor:
    """The highlight colour of a note colour name (as the reader paints it)."""
    from desktop.ui.widgets.reader_view import NOTE_COLOURS

    return QColor(NOTE_COLOURS.get(name, NOTE_COLOURS["yellow"]))


# --- the open article's notes ---------------------------------------------------


class ArticleNotesModel(QAbstractListModel):
    """The notes of one article, in text order.

    Roles: DisplayRole (quote, comment and tags on three lines), EditRole (the
    comment), DecorationRole (the colour), ToolTipRole, NoteIdRole,
    ArticleIdRole, ObjectRole (the ``Note``).
    """

    def __init__(self, db: Database, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._article_id: int | None = None
        self._notes: list[Note] = []
        self._resetting = False

    # --- our API ---------------------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        """Show the notes of ``article_id`` (None: none)."""
        self._resetting = True
        try:
            self.beginResetModel()
            self._article_id = article_id
            self._notes = store.notes_for_article(self._db, article_id) if article_id is not None else []
            self.endResetModel()
        finally:
            self._resetting = False

    def reload(self) -> None:
        """Read the notes again (after one was added, deleted or restored)."""
        self.set_article(self._article_id)

    def article_id(self) -> int | None:
        """The article whose notes are shown."""
        return self._article_id

    def notes(self) -> list[Note]:
        """The notes shown, in order."""
        return list(self._notes)

    def row_of(self, note_id: int) -> int | None:
        """The row of a note, or None."""
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return None

    def note_changed(self, note: Note) -> None:
        """A note was saved elsewhere (the panel's editor): show its new state."""
        row = self.row_of(note.id)
        if row is None or self._resetting:
            return
        self._notes[row] = note
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    # --- Qt overrides ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = []
            if note.state is AnchorState.NEEDS_REVIEW:
                lines.append(f"⚠ {review_label()}")
            lines.append(f"“{short(note.anchor.exact, 160)}”")
            if note.comment.strip():
                lines.append(short(note.comment, 240))
            if note.tags:
                lines.append("  ".join(f"#{t}" for t in note.tags))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.EditRole:
            return note.comment
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(note.color)
        if role == Qt.ItemDataRole.ForegroundRole and note.state is AnchorState.NEEDS_REVIEW:
            return QBrush(QColor(REVIEW_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = note.anchor.exact
            if note.state is AnchorState.NEEDS_REVIEW:
                tip = QCoreApplication.translate(
                    "Notes",
                    "The article's text changed and this passage could not be found again with "
                    "certainty. The note keeps the passage it was made on: check it.",
                ) + "\n\n" + tip
            return tip
        if role == NoteIdRole:
            return note.id
        if role == ArticleIdRole:
            return note.article_id
        if role == ObjectRole:
            return note
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: comments are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel::setData: save a comment through the store at once."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        note = self._notes[index.row()]
        if value == note.comment:
            return True
        self._notes[index.row()] = store.update_note(self._db, note.id, comment=value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


# --- every note ------------------------------------------------------------------

COL_QUOTE, COL_COMMENT, COL_TAGS, COL_ARTICLE, COL_ARTICLE_DATE, COL_NOTED = range(6)

_HEADERS = (
    QT_TRANSLATE_NOOP("Notes", "Passage"),
    QT_TRANSLATE_NOOP("Notes", "Comment"),
    QT_TRANSLATE_NOOP("Notes", "Tags"),
    QT_TRANSLATE_NOOP("Notes", "Article"),
    QT_TRANSLATE_NOOP("Notes", "Article date"),
    QT_TRANSLATE_NOOP("Notes", "Noted on"),
)

#: Sort orders of ``NoteFilter.order`` by the column whose header was clicked.
_ORDER_BY_COLUMN = {COL_ARTICLE: "article", COL_ARTICLE_DATE: "article", COL_NOTED: "date"}


class AllNotesModel(QAbstractTableModel):
    """Every note of the library matching a filter, a page at a time.

    The filter and the order run in SQL (``NoteFilter``); the view never
    sorts or filters loaded rows, which would only see the pages fetched.

    Attributes:
        PAGE: rows read per ``fetchMore``.
    """

    PAGE = 200

    def __init__(self, db: Database, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._filter = store.NoteFilter()
        self._rows: list[store.NoteRow] = []
        self._total = 0
        self._loaded = False

    # --- our API ---------------------------------------------------------

    def set_filter(self, flt: store.NoteFilter) -> None:
        """Show the notes matching ``flt`` (first page read at once)."""
        self.beginResetModel()
        self._filter = flt
        self._total = store.count_notes(self._db, flt)
        self._rows = store.list_note_rows(self._db, flt, limit=self.PAGE, offset=0)
        self._loaded = True
        self.endResetModel()

    def note_filter(self) -> store.NoteFilter:
        """The filter in use."""
        return self._filter

    def refresh(self) -> None:
        """Read again with the same filter (notes were added, edited or deleted)."""
        self.set_filter(self._filter)

    def is_loaded(self) -> bool:
        """True once the model has read its notes (it reads nothing until asked)."""
        return self._loaded

    def total(self) -> int:
        """How many notes match the filter (loaded or not)."""
        return self._total

    def note_at(self, row: int) -> Note | None:
        """The note of a loaded row."""
        return self._rows[row].note if 0 <= row < len(self._rows) else None

    # --- Qt overrides ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Override QAbstractItemModel::canFetchMore."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Override QAbstractItemModel::fetchMore: read the next page."""
        if parent.isValid():
            return
        more = store.list_note_rows(self._db, self._filter, limit=self.PAGE, offset=len(self._rows))
        if not more:
            # Notes were deleted since the count: nothing more to show.
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::headerData: translated at display time."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("Notes", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        note = row.note
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_QUOTE:
                prefix = f"⚠ {review_label()}: " if note.state is AnchorState.NEEDS_REVIEW else ""
                return prefix + short(note.anchor.exact, 200)
            if col == COL_COMMENT:
                return short(note.comment, 200)
            if col == COL_TAGS:
                return ", ".join(note.tags)
            if col == COL_ARTICLE:
                return row.title or row.file
            if col == COL_ARTICLE_DATE:
                if row.period:
                    return i18n.format_period(row.period[0], None, row.period[1], short=True)
                if not row.date:
                    return ""
                precision = {4: "year", 7: "month"}.get(len(row.date), "day")
                return i18n.format_date(row.date[:10], precision)
            if col == COL_NOTED:
                return i18n.format_date(note.created[:10])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_QUOTE:
                return note.anchor.exact
            if col == COL_COMMENT:
                return note.comment or None
            if col == COL_ARTICLE:
                return row.title or row.file
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_QUOTE:
            return swatch(note.color)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_QUOTE and note.state is AnchorState.NEEDS_REVIEW:
            return QBrush(QColor(REVIEW_COLOUR))
        if role == Qt.ItemDataRole.FontRole and col == COL_ARTICLE:
            font = QFont()
            font.setItalic(not row.title)
            return font
        if role == NoteIdRole:
            return note.id
        if role == ArticleIdRole:
            return note.article_id
        if role == ObjectRole:
            return note
        if role == SortKeyRole:
            return note.created if col == COL_NOTED else (row.date or "")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel::sort: by date or by article, in SQL.

        Only the noted-on date (newest first) and the article (by its date)
        are orders the store keeps indexes-friendly; other columns keep the
        current order.
        """
        wanted = _ORDER_BY_COLUMN.get(column)
        if wanted is None or wanted == self._filter.order:
            return
        self.set_filter(dataclasses.replace(self._filter, order=wanted))
