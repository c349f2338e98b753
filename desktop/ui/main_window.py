"""The main window: article list beside the reader, with the panels around them.

Panels never know each other; every panel-to-panel connection is made here,
in ``_connect_signals`` (qutebrowser's ``mainwindow.py`` shape).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.store import queries
from desktop.core.store.db import Library
from desktop.ui import settings
from desktop.ui.models.article_list import COL_DATE, COL_OUTLET, COL_TITLE, ArticleListModel
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.reader_view import ReaderView


class ArticleListView(QTreeView):
    """The article list: a flat, sortable, keyboard-driven table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)


#: the source column's narrowest width, in pixels
_SOURCE_WIDTH = 96

class MainWindow(QMainWindow):
    """The reader's main window.

    Signals:
        article_opened(int): an article is now shown in the reader.
    """

    article_opened = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.db = library.db
        self.setObjectName("mainWindow")
        self._current_id: int | None = None
        self.left_from: tuple[int | None, int, int] = (None, 0, 0)
        # Extension points the feature modules (desktop.ui.features) plug into.
        self.decorators: list[Callable[[int], dict[str, list[object]]]] = []
        self.link_handlers: dict[str, Callable[[str], None]] = {}
        self.retranslate_hooks: list[Callable[[], None]] = []
        self.features: dict[str, object] = {}
        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        from desktop.ui.features import install_all

        install_all(self)
        self.retranslate()
        self._restore_state()

    # --- construction --------------------------------------------------------

    def _build_panels(self) -> None:
        self.article_model = ArticleListModel(self.db, self)
        self.article_list = ArticleListView()
        self.article_list.setModel(self.article_model)
        header = self.article_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized from the date format in retranslate(), not ResizeToContents:
        # that asks the model for every loaded row on every layout pass
        # (~130,000 data() calls while the window starts).
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_OUTLET, _SOURCE_WIDTH)
        header.setMinimumSectionSize(60)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.list_panel = QWidget()
        self.list_panel.setObjectName("listPanel")
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.search_box)
        self.filter_slot = QVBoxLayout()  # the filter bar sits here
        layout.addLayout(self.filter_slot)
        layout.addWidget(self.article_list, 1)
        layout.addWidget(self.count_label)

        self.reader = ReaderView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centralTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 920])
        self.list_panel.setMinimumWidth(320)
        self.setCentralWidget(self.splitter)
        self.statusBar().setObjectName("statusBar")

    def _action(self, name: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        Std = QKeySequence.StandardKey
        self.act_quit = self._action("actQuit", Std.Quit)
        self.act_zoom_in = self._action("actZoomIn", Std.ZoomIn)
        self.act_zoom_in.setShortcuts([QKeySequence(Std.ZoomIn), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action("actZoomOut", Std.ZoomOut)
        self.act_zoom_reset = self._action("actZoomReset", "Ctrl+0")
        self.act_find = self._action("actFind", Std.Find)
        self.act_about = self._action("actAbout")
        self.act_next_article = self._action("actNextArticle")
        self.act_prev_article = self._action("actPrevArticle")
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_find):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, self.act_find])
        # j / k move through articles from the list or the reader (not while typing).
        self._nav_shortcuts = []
        for widget in (self.article_list, self.reader):
            for key, step in (("j", 1), ("k", -1)):
                sc = QShortcut(QKeySequence(key), widget)
                sc.setContext(Qt.ShortcutContext.WidgetShortcut)
                sc.activated.connect(lambda step=step: self.move_article(step))
                self._nav_shortcuts.append(sc)
            sc = QShortcut(QKeySequence(Qt.Key.Key_Space), self.article_list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self._page_reader)
            self._nav_shortcuts.append(sc)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.act_zoom_out)
        self.toolbar.addAction(self.act_zoom_in)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        self.menu_file.addAction(self.act_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menuView")
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.menu_view.addAction(act)
        self.menu_go = bar.addMenu("")
        self.menu_go.setObjectName("menuGo")
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menuHelp")
        self.menu_help.addAction(self.act_about)

    def _connect_signals(self) -> None:
        sel = self.article_list.selectionModel()
        sel.currentRowChanged.connect(self.on_current_row_changed)
        self.article_model.modelReset.connect(self._update_count)
        # After a sort or a filter the list is re-read: keep the article being
        # read selected when it is still listed (once the first page is in).
        self.article_model.modelReset.connect(
            lambda: QTimer.singleShot(0, self, self._reselect_current)
        )
        self.article_model.rowsInserted.connect(self._update_count)
        self.act_quit.triggered.connect(self.close)
        self.act_zoom_in.triggered.connect(lambda: self.reader.set_zoom(self.reader.zoom_step() + 1))
        self.act_zoom_out.triggered.connect(lambda: self.reader.set_zoom(self.reader.zoom_step() - 1))
        self.act_zoom_reset.triggered.connect(lambda: self.reader.set_zoom(0))
        self.act_find.triggered.connect(self.focus_search)
        self.act_about.triggered.connect(self.show_about)
        self.reader.link_activated.connect(self.on_link_activated)

    def retranslate(self) -> None:
        """Set every visible string (again, after a language switch)."""
        self.setWindowTitle(self.tr("Giao Ban Reader"))
        self.search_box.setPlaceholderText(self.tr("Search titles, text and notes (Ctrl+F)"))
        self.tabs.setTabText(self.tabs.indexOf(self.reader), self.tr("Reader"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_zoom_in.setText(self.tr("Larger text"))
        self.act_zoom_out.setText(self.tr("Smaller text"))
        self.act_zoom_reset.setText(self.tr("Normal text size"))
        self.act_find.setText(self.tr("Find"))
        self.act_about.setText(self.tr("&About Giao Ban Reader"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.article_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._update_count()
        self._fit_date_column()
        for hook in self.retranslate_hooks:
            hook()

    def _fit_date_column(self) -> None:
        """Make the date column as wide as the widest date in the UI language."""
        from desktop.ui import i18n

        texts = [i18n.format_date(f"2026-{month:02d}-28") for month in range(1, 13)]
        # Periods are shown as periods ("6 tháng cuối năm 2026"), never as a day.
        texts += [
            i18n.format_period("2026-07-01", "2026-12-31", precision, short=True)
            for precision in ("month", "quarter", "half-year", "year")
        ]
        cells = max(self.article_list.fontMetrics().horizontalAdvance(t) for t in texts) + 16
        title = str(self.article_model.headerData(COL_DATE, Qt.Orientation.Horizontal) or "")
        # Room for the header's margins and sort arrow.
        head = self.article_list.header().fontMetrics().horizontalAdvance(title) + 32
        self.article_list.header().resizeSection(COL_DATE, max(cells, head))
        # the source column at least as wide as its header ("Nguồn / tác giả")
        source = str(self.article_model.headerData(COL_OUTLET, Qt.Orientation.Horizontal) or "")
        width = self.article_list.header().fontMetrics().horizontalAdvance(source) + 32
        self.article_list.header().resizeSection(COL_OUTLET, max(_SOURCE_WIDTH, width))

    # --- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = settings.read_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*_first_size(self.screen().availableGeometry().size()))
        state = settings.read_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        split = settings.read_bytes("window/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        self.reader.set_zoom(settings.read_int("reader/zoom", 0))
        last = settings.read_int("reader/last_article", 0)
        if not (last and self.open_article(last)):
            self.select_row(0)

    def save_state(self) -> None:
        """Remember layout, zoom and the article being read."""
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/state", self.saveState())
        settings.write("window/splitter", self.splitter.saveState())
        settings.write("reader/zoom", self.reader.zoom_step())
        if self._current_id is not None:
            settings.write("reader/last_article", self._current_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: remember the window (unless ``remember_state`` is off)."""
        if self.remember_state:
            self.save_state()
        super().closeEvent(event)

    # Whether closing saves the layout and the article read; a screenshot's
    # window (--screenshot) turns it off, so it never replaces the user's.
    remember_state = True

    # --- navigation ----------------------------------------------------------

    @property
    def current_article_id(self) -> int | None:
        """The id of the article in the reader."""
        return self._current_id

    def close_article(self) -> None:
        """Show no article (the one shown is gone and the list offers none)."""
        self._current_id = None
        self.reader.clear_article()

    def select_row(self, row: int) -> None:
        """Make ``row`` of the list current (opening its article)."""
        index = self.article_model.index(row, COL_TITLE)
        if index.isValid():
            self.article_list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.article_list.scrollTo(index)

    def _reselect_current(self) -> None:
        if self._current_id is None:
            return
        row = self.article_model.row_of(self._current_id)
        if row is not None:
            self.select_row(row)

    def move_article(self, step: int) -> None:
        """Open the next (1) or previous (-1) article of the list."""
        current = self.article_list.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if row >= self.article_model.rowCount() and self.article_model.canFetchMore():
            self.article_model.fetchMore()
        if 0 <= row < self.article_model.rowCount():
            self.select_row(row)

    def _page_reader(self) -> None:
        bar = self.reader.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The list's current row changed: show that article."""
        if current.isValid():
            article_id = current.data(ArticleIdRole)
            if article_id is not None and article_id != self._current_id:
                self.show_article(int(article_id))

    def open_article(self, article_id: int) -> bool:
        """Select ``article_id`` in the list when it is there, and show it."""
        row = self.article_model.ensure_loaded(article_id)
        if row is not None:
            self.select_row(row)
        return self.show_article(article_id)

    def show_article(self, article_id: int) -> bool:
        """Show an article in the reader (whether or not the list has it)."""
        detail = queries.article(self.db, article_id)
        if detail is None:
            return False
        # Where the user was, for the Back history: article, scroll, tab.
        self.left_from = (
            self._current_id,
            self.reader.verticalScrollBar().value(),
            self.tabs.currentIndex(),
        )
        self._current_id = article_id
        self.reader.set_article(detail, **self.reader_decorations(article_id))
        self.tabs.setCurrentWidget(self.reader)
        self.article_opened.emit(article_id)
        return True

    def reader_decorations(self, article_id: int) -> dict[str, list[object]]:
        """Links, highlights and matches to paint over an article's text.

        The base gives directive links and the people and provinces the
        article names (listed under its date line); features add
        ``highlights`` (notes) and ``matches`` (search) through
        ``self.decorators``.
        """
        named = queries.article_people_places(self.db, article_id)
        found: dict[str, list[object]] = {
            "mentions": list(queries.article_mentions(self.db, article_id)),
            "people": list(named.distinct_people()),
            "places": list(named.provinces()),
        }
        for decorate in self.decorators:
            for key, items in decorate(article_id).items():
                found.setdefault(key, []).extend(items)
        return found

    def on_link_activated(self, href: str) -> None:
        """A link in the reader was clicked: hand it to its scheme's handler."""
        scheme = href.split(":", 1)[0]
        handler = self.link_handlers.get(scheme)
        if handler is not None:
            handler(href)

    def refresh_reader(self) -> None:
        """Re-render the open article (after its notes or links changed)."""
        if self._current_id is not None:
            bar = self.reader.verticalScrollBar().value()
            detail = queries.article(self.db, self._current_id)
            if detail is not None:
                self.reader.set_article(detail, **self.reader_decorations(self._current_id))
                self.reader.verticalScrollBar().setValue(bar)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _update_count(self) -> None:
        total = self.article_model.total()
        text = self.tr("%n article(s)", "", total)
        if self.article_model.total_is_capped():
            # "10000+ bài viết": counting a common word's matches to the end costs seconds.
            text = text.replace(str(total), f"{total}+", 1)
        self.count_label.setText(text)

    def show_about(self) -> None:
        """Help → About: version, library path and counts."""
        c = queries.counts(self.db)
        text = self.tr(
            "<h3>Giao Ban Reader %1</h3>"
            "<p>An offline reader for reports on Party organisation-building work.</p>"
            "<p>Library: %2<br>Articles: %3 · Notes: %4 · Directives: %5</p>"
        )
        from html import escape

        for i, value in enumerate(
            (__version__, escape(str(self.library.path)), c["articles"], c["notes"], c["directives"]), 1
        ):
            text = text.replace(f"%{i}", str(value))
        QMessageBox.about(self, self.tr("About Giao Ban Reader"), text)


def translate(text: str) -> str:
    """Translate a MainWindow string from outside the class."""
    return QCoreApplication.translate("MainWindow", text)


#: the window's size on the first start, on a screen large enough
FIRST_SIZE = (1400, 880)


def _first_size(available: QSize) -> tuple[int, int]:
    """The first start's size: ``FIRST_SIZE``, or nine tenths of a smaller screen."""
    return (min(FIRST_SIZE[0], int(available.width() * 0.9)),
            min(FIRST_SIZE[1], int(available.height() * 0.9)))
