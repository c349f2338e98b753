"""Item models of the directive cross-links (issue 4): index, citing articles, related.

All three are thin adapters over ``desktop.core.store.directive_queries``:

* ``DirectiveIndexModel``: a tree of groups (type or issuer) whose directives
  page in per group through ``canFetchMore``/``fetchMore``; the filter runs in
  SQL over ``directives.folded``.
* ``CitingArticlesModel``: the articles citing one directive (top level, paged
  by keyset) with their mentions as children, each with its sentence. Only the
  pages fetched are read, so a directive cited 10,000 times opens at once.
* ``RelatedArticlesModel``: a short, bounded list for the open article.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from sqlite_utils import Database

from desktop.core.store import directive_queries as dq
from desktop.labels import BASIS_CONTEXT, BASIS_LABELS
from desktop.ui import i18n
from desktop.ui.roles import ArticleIdRole, DirectiveIdRole, MentionRole, ObjectRole

_Index = QModelIndex | QPersistentModelIndex

# Rich text (HTML) of a row, for ``HtmlDelegate``.
RichTextRole = Qt.ItemDataRole.UserRole + 40

def basis_label(basis: str | None) -> str:
    """How a term was decided, as a translated phrase."""
    return QCoreApplication.translate(BASIS_CONTEXT, BASIS_LABELS.get(basis or "unknown", BASIS_LABELS["unknown"]))


def term_label(term: str | None) -> str:
    """A Party term as shown (``khóa XII`` / ``term XII``)."""
    if not term:
        return QCoreApplication.translate("Directives", "term unknown")
    return QCoreApplication.translate("Directives", "term %1").replace("%1", term)


def entry_label(entry: dq.IndexEntry) -> str:
    """A directive's name in the index, told apart from others of the same name.

    Two "Chỉ thị 35-CT/TW" of different terms by their term; a local document
    (``Kế hoạch 12-KH/ĐU`` of one commune and of another) by its issuer, or as
    one article's own; a state body's document (``Nghị định 33/2023/NĐ-CP``)
    needs no Party term.
    """
    if entry.local:
        who = entry.issuer or QCoreApplication.translate("Directives", "in one article")
        return f"{entry.canonical} · {who}"
    if entry.state_document:
        return entry.canonical
    return f"{entry.canonical} · {term_label(entry.term)}"


# The bodies behind the commonest code authorities. Official Vietnamese names:
# data, not interface text, so they are not translated.
AUTHORITY_NAMES = {
    "TW": "Trung ương Đảng (Bộ Chính trị, Ban Bí thư, BCH TW)",
    "BTCTW": "Ban Tổ chức Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "BNCTW": "Ban Nội chính Trung ương",
    "BKTTW": "Ban Kinh tế Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    "TU": "Tỉnh ủy, Thành ủy",
    "BTCTU": "Ban Tổ chức Tỉnh ủy, Thành ủy",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "ĐU": "Đảng ủy",
    "CTĐ": "Cụm thi đua",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
}


def issuer_group_label(key: str) -> str:
    """The label of an issuer group ("" is the group of unknown issuers)."""
    if not key:
        return QCoreApplication.translate("Directives", "Issuer not stated")
    name = AUTHORITY_NAMES.get(key)
    return f"{key} · {name}" if name else key


def article_date_label(date: str | None, period_end: str | None, precision: str | None) -> str:
    """An article's date exactly as the article list's Date column shows it.

    A meeting known only by a period is shown as the period (``Nửa đầu 2024``,
    ``quý I/2023``, ``2026``), never as the period's first day: ``date`` is
    then a sort key no text states. Undated articles show a dash.

    Args:
        date: the article's sort date (ISO), or None.
        period_end: the last day of the meeting's period, or None.
        precision: the meeting date's precision, or None (publication date).
    """
    if not date:
        return "—"
    if precision and precision != "day":
        return i18n.format_period(date, period_end, precision, short=True)
    return i18n.format_date(date)


def kwic_html(kwic: dq.Kwic) -> str:
    """A keyword-in-context sentence as HTML with the mention highlighted."""
    return (
        ("… " if kwic.clipped_before else "")
        + escape(kwic.before)
        + '<span style="background-color:#ffe08a; font-weight:600">'
        + escape(kwic.match)
        + "</span>"
        + escape(kwic.after)
        + (" …" if kwic.clipped_after else "")
    )


# --- the directive index ----------------------------------------------------------


_INDEX_HEADERS = (
    QT_TRANSLATE_NOOP("DirectiveIndexModel", "Directive"),
    QT_TRANSLATE_NOOP("DirectiveIndexModel", "Articles"),
)
COL_NAME, COL_ARTICLES = range(2)


class _TwoLevelModel(QAbstractItemModel):
    """A tree of top-level rows and their children, nothing deeper.

    A top-level row's ``internalId`` is 0; a child's is its parent's row + 1,
    so ``parent()`` needs no lookup table.
    """

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel::index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel::parent."""
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)


class DirectiveIndexModel(_TwoLevelModel):
    """All directives of the library in groups, with citation counts.

    Top-level rows are groups (a type, or an issuer); their children are the
    group's directives, most cited first, paged in on demand. A child's
    ``internalId`` is its group row + 1; a group's is 0.
    """

    PAGE = 200

    def __init__(self, db: Database, parent: object | None = None, *, load: bool = True) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._by = dq.GroupBy.TYPE
        self._text = ""
        self._groups: list[dq.IndexGroup] = []
        self._entries: list[list[dq.IndexEntry]] = []
        self.loaded = False
        if load:
            self._load_groups()

    # --- Qt overrides ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._entries[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return len(_INDEX_HEADERS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        """Override: a group has children before they are fetched."""
        if not parent.isValid():
            return bool(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._groups[parent.row()].directives > 0
        return False

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        if not parent.isValid() or parent.internalId() != 0 or parent.column() != 0:
            return False
        return len(self._entries[parent.row()]) < self._groups[parent.row()].directives

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Override QAbstractItemModel::fetchMore: the group's next page."""
        if not self.canFetchMore(parent):
            return
        row = parent.row()
        loaded = self._entries[row]
        batch = dq.index_entries(
            self._db, self._by, self._groups[row].key, self._text, len(loaded), self.PAGE
        )
        if not batch:
            # Rows vanished since the group was counted: stop asking.
            self._groups[row] = dq.IndexGroup(self._groups[row].key, len(loaded), self._groups[row].articles)
            return
        start = len(loaded)
        self.beginInsertRows(self.index(row, 0), start, start + len(batch) - 1)
        loaded.extend(batch)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_INDEX_HEADERS):
                return QCoreApplication.translate("DirectiveIndexModel", _INDEX_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        entries = self._entries[index.internalId() - 1]
        if not 0 <= index.row() < len(entries):
            return None
        return self._entry_data(entries[index.row()], index.column(), role)

    def _group_data(self, group: dq.IndexGroup, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_NAME:
            label = group.key if self._by == dq.GroupBy.TYPE else issuer_group_label(group.key)
            return f"{label} ({group.directives})"
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _entry_data(self, entry: dq.IndexEntry, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return entry_label(entry)
            if column == COL_ARTICLES:
                return entry.article_count
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ARTICLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.FontRole and column == COL_NAME and entry.code_inferred:
            font = QFont()
            font.setItalic(True)  # the code was inferred, not printed
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.canonical]
            if entry.code_inferred:
                lines.append(QCoreApplication.translate("Directives", "Code inferred (not printed in any article)"))
            if entry.issuer:
                lines.append(QCoreApplication.translate("Directives", "Issuer: %1").replace("%1", entry.issuer))
            if entry.issue_date:
                lines.append(QCoreApplication.translate("Directives", "Issued: %1").replace("%1", i18n.format_date(entry.issue_date)))
            lines.append(f"{term_label(entry.term)} ({basis_label(entry.term_basis)})")
            lines.append(
                QCoreApplication.translate("Directives", "%1 article(s), %2 mention(s)")
                .replace("%1", str(entry.article_count))
                .replace("%2", str(entry.mention_count))
            )
            return "\n".join(lines)
        elif role == DirectiveIdRole:
            return entry.id
        elif role == ObjectRole:
            return entry
        return None

    # --- our API -----------------------------------------------------------

    @property
    def group_by(self) -> dq.GroupBy:
        """How directives are grouped."""
        return self._by

    @property
    def filter_text(self) -> str:
        """The filter in force."""
        return self._text

    def set_group_by(self, by: dq.GroupBy) -> None:
        """Group by type or by issuer."""
        if by != self._by:
            self._by = by
            self.reload()

    def set_filter(self, text: str) -> None:
        """Show only directives whose name or issuer has every word of ``text``."""
        text = text.strip()
        if text != self._text:
            self._text = text
            self.reload()

    def reload(self) -> None:
        """Re-read the groups (after a filter change or an import)."""
        self.beginResetModel()
        self._load_groups()
        self.endResetModel()

    def _load_groups(self) -> None:
        self.loaded = True
        self._groups = dq.index_groups(self._db, self._by, self._text)
        self._entries = [[] for _ in self._groups]

    def find_directive(self, directive_id: int) -> QModelIndex:
        """The index of a loaded directive, or an invalid index."""
        for g, entries in enumerate(self._entries):
            for r, entry in enumerate(entries):
                if entry.id == directive_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()


# --- the articles citing one directive -------------------------------------------------


class CitingArticlesModel(_TwoLevelModel):
    """The articles citing one directive, oldest first, each with its mentions.

    Top-level rows are articles, paged in by keyset; children are the
    article's mentions of the directive, each with its sentence (read with its
    page, never all at once). A child's ``internalId`` is its article row + 1.
    """

    PAGE = 15

    def __init__(self, db: Database, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._directive_id: int | None = None
        self._articles: list[dq.CitingArticle] = []
        self._row_of: dict[int, int] = {}
        self._exhausted = True
        self._held = False

    # --- Qt overrides ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        if not parent.isValid():
            return len(self._articles)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._articles[parent.row()].mentions)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 1

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        return not parent.isValid() and not self._exhausted and not self._held

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Override QAbstractItemModel::fetchMore: the next page of articles."""
        if parent.isValid() or self._exhausted or self._held or self._directive_id is None:
            return
        after = self._articles[-1].key if self._articles else None
        batch = dq.citing_articles(self._db, self._directive_id, after, self.PAGE)
        if len(batch) < self.PAGE:
            self._exhausted = True
        if not batch:
            return
        start = len(self._articles)
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        for art in batch:
            self._row_of[art.id] = len(self._articles)
            self._articles.append(art)
        self.endInsertRows()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < len(self._articles):
                return None
            return self._article_data(self._articles[index.row()], role)
        art = self._articles[index.internalId() - 1]
        if not 0 <= index.row() < len(art.mentions):
            return None
        return self._mention_data(art, art.mentions[index.row()], role)

    def _article_data(self, art: dq.CitingArticle, role: int) -> object:
        title = art.title or art.file
        date = article_date_label(art.date, art.period_end, art.precision)
        count = QCoreApplication.translate("Directives", "%1 mention(s)").replace("%1", str(len(art.mentions)))
        if role == Qt.ItemDataRole.DisplayRole:
            # The plain twin of RichTextRole: the delegate measures rows on it.
            return f"{date}  {title}  · {count}"
        if role == RichTextRole:
            return (
                f'<span style="color:#5f6368">{escape(date)}</span>&nbsp;&nbsp;<b>{escape(title)}</b>'
                f'&nbsp;&nbsp;<span style="color:#5f6368">· {escape(count)}</span>'
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{art.file}"
        if role == ArticleIdRole:
            return art.id
        if role == MentionRole:
            first = art.mentions[0] if art.mentions else None
            return (first.start, first.end) if first else None
        if role == ObjectRole:
            return art
        return None

    def _mention_data(self, art: dq.CitingArticle, m: dq.CitingMention, role: int) -> object:
        marks = []
        if m.inferred:
            marks.append(QCoreApplication.translate("Directives", "code inferred"))
        if m.term_assumed:
            marks.append(basis_label(m.term_basis))
        if role == Qt.ItemDataRole.DisplayRole:
            # The plain twin of RichTextRole: the delegate measures rows on it.
            return m.kwic.text + (f" [{'; '.join(marks)}]" if marks else "")
        if role == RichTextRole:
            html = kwic_html(m.kwic)
            if marks:
                html += f' <span style="color:#8a5a00; font-style:italic">[{escape("; ".join(marks))}]</span>'
            return html
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [m.surface]
            if m.inferred:
                lines.append(QCoreApplication.translate("Directives", "Code inferred (not printed here)"))
            lines.append(QCoreApplication.translate("Directives", "Term: %1").replace("%1", basis_label(m.term_basis)))
            return "\n".join(lines)
        if role == ArticleIdRole:
            return art.id
        if role == MentionRole:
            return (m.start, m.end)
        if role == ObjectRole:
            return m
        return None

    # --- our API -----------------------------------------------------------

    @property
    def directive_id(self) -> int | None:
        """The directive whose citing articles are shown."""
        return self._directive_id

    def set_directive(self, directive_id: int | None) -> None:
        """Show the articles citing ``directive_id`` (the first page only)."""
        self.beginResetModel()
        self._directive_id = directive_id
        self._articles = []
        self._row_of = {}
        self._exhausted = directive_id is None
        self.endResetModel()
        self.fetchMore()

    @contextlib.contextmanager
    def fetching_held(self) -> Iterator[None]:
        """Within the block, report nothing more to fetch (see ``CitingView``)."""
        self._held = True
        try:
            yield
        finally:
            self._held = False

    def row_of(self, article_id: int) -> int | None:
        """The row of a loaded citing article, else None."""
        return self._row_of.get(article_id)

    def ensure_loaded(self, article_id: int, max_pages: int = 5) -> int | None:
        """Fetch a few pages looking for ``article_id``; its row or None."""
        for _ in range(max_pages):
            row = self._row_of.get(article_id)
            if row is not None or self._exhausted:
                return row
            self.fetchMore()
        return self._row_of.get(article_id)


# --- related articles --------------------------------------------------------------------


_RELATED_HEADERS = (
    QT_TRANSLATE_NOOP("RelatedArticlesModel", "Article"),
    QT_TRANSLATE_NOOP("RelatedArticlesModel", "Shared directives"),
    QT_TRANSLATE_NOOP("RelatedArticlesModel", "Date"),
)
COL_REL_TITLE, COL_REL_SHARED, COL_REL_DATE = range(3)


class RelatedArticlesModel(QAbstractTableModel):
    """Articles sharing directives with the open one, most shared first (bounded)."""

    LIMIT = 50

    def __init__(self, db: Database, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._db = db
        self._article_id: int | None = None
        self._rows: list[dq.RelatedArticle] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(_RELATED_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_RELATED_HEADERS):
                return QCoreApplication.translate("RelatedArticlesModel", _RELATED_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        names = ", ".join(name for _id, name in row.shared)
        date = article_date_label(row.date, row.period_end, row.precision)
        shared = (
            QCoreApplication.translate("RelatedArticlesModel", "%1 shared: %2")
            .replace("%1", str(len(row.shared)))
            .replace("%2", names)
        )
        if role == RichTextRole and col == COL_REL_TITLE:
            return (
                f"<b>{escape(row.title or row.file)}</b><br>"
                f'<span style="color:#5f6368">{escape(date)} · {escape(shared)}</span>'
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_REL_TITLE:
                # The plain twin of RichTextRole (the delegate measures rows on it).
                return f"{row.title or row.file}\n{date} · {shared}"
            if col == COL_REL_SHARED:
                return f"{len(row.shared)}: {names}"
            if col == COL_REL_DATE:
                return date
        elif role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{names}"
        elif role == ArticleIdRole:
            return row.id
        elif role == ObjectRole:
            return row
        return None

    @property
    def article_id(self) -> int | None:
        """The article the list is about."""
        return self._article_id

    def set_article(self, article_id: int | None) -> None:
        """List the articles related to ``article_id``."""
        self.beginResetModel()
        self._article_id = article_id
        self._rows = (
            dq.related_articles(self._db, article_id, self.LIMIT) if article_id is not None else []
        )
        self.endResetModel()

