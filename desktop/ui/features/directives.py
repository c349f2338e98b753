"""The directives feature of the main window (issue 4).

Installs the directive panel (a dock), the directive index (a tab), the
related-articles dock, Back/Forward across link jumps (Alt+Left/Alt+Right,
toolbar and Go menu), the ``directive:`` link handler of the reader, and the
removable "citing …" filter chip above the article list.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktop.core.store import directive_queries as dq
from desktop.ui.models.directives import (
    COL_REL_DATE,
    COL_REL_SHARED,
    COL_REL_TITLE,
    RelatedArticlesModel,
    term_label,
)
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.directive_index import DirectiveIndex
from desktop.ui.widgets.directive_panel import DirectivePanel, HtmlDelegate, light_selection

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# --- history ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    """Where the user was: the article, how far down, and the directive shown.

    Attributes:
        article_id: the article in the reader, or None.
        scroll: the reader's vertical scroll position.
        directive_id: the directive in the panel, or None.
        tab: the central tab that was showing (the timeline, the index …).
    """

    article_id: int | None
    scroll: int = 0
    directive_id: int | None = None
    tab: int = 0


class History:
    """Back/forward stacks across link jumps, like a browser's. Qt-free.

    ``visit(here)`` is called *before* a jump with the place being left;
    ``back(here)`` and ``forward(here)`` return the place to go to, keeping
    ``here`` for the way back.
    """

    LIMIT = 200

    def __init__(self) -> None:
        self._back: list[Location] = []
        self._forward: list[Location] = []

    def visit(self, here: Location) -> None:
        """A jump away from ``here``: remember it, forget the forward path."""
        if not self._back or self._back[-1] != here:
            self._back.append(here)
            del self._back[: -self.LIMIT]
        self._forward.clear()

    def back(self, here: Location) -> Location | None:
        """The place before ``here``, or None."""
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Location) -> Location | None:
        """The place ``back`` left, or None."""
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def can_go_back(self) -> bool:
        """True when there is somewhere to go back to."""
        return bool(self._back)

    def can_go_forward(self) -> bool:
        """True when there is somewhere to go forward to."""
        return bool(self._forward)


def parse_directive_href(href: str) -> tuple[int, int | None] | None:
    """``directive:12?mention=5`` -> ``(12, 5)``; None if it is not one of ours."""
    parts = urlsplit(href)
    if parts.scheme != "directive":
        return None
    try:
        directive_id = int(parts.path)
    except ValueError:
        return None
    mention = parse_qs(parts.query).get("mention", [None])[0]
    try:
        return directive_id, (int(mention) if mention is not None else None)
    except ValueError:
        return directive_id, None


# --- the controller -----------------------------------------------------------


def _keys(main: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``main`` plus the platform's own keys for ``standard``, without repeats.

    On Linux the standard Back *is* Alt+Left: listing it twice would make the
    shortcut ambiguous and fire nothing.
    """
    keys = [QKeySequence(main)]
    for key in QKeySequence.keyBindings(standard):
        if key not in keys:
            keys.append(key)
    return keys


class DirectiveFilterChip(QFrame):
    """Shows that the article list is filtered to a directive, with a remove button.

    Signals:
        remove_requested(): the user wants the directive filter gone.
    """

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directiveFilterChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#directiveFilterChip { background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setObjectName("directiveFilterLabel")
        self.label.setWordWrap(True)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("directiveFilterRemove")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setText("✕")
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)


class DirectivesController(QObject):
    """Wires the directive panel, index, related articles and history into the window.

    Signals:
        navigated(): a jump or a Back/Forward step finished.
    """

    navigated = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.history = History()
        self._index_stale = False
        # What the article list showed at its last reset (see _on_list_reset).
        self._list_view = (window.article_model.article_filter, window.article_model.order)
        self._refresh_pending = False
        # True while a jump or Back/Forward opens an article: that step is
        # already in the history; any other opening (list, timeline, search)
        # is recorded in on_article_opened.
        self._navigating = False

        # The directive panel, in a dock on the right.
        self.panel = DirectivePanel(self.db)
        self.panel_dock = QDockWidget(window)
        self.panel_dock.setObjectName("directiveDock")
        self.panel_dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel_dock)

        # Related articles, tabbed with the panel.
        self.related_model = RelatedArticlesModel(self.db, self)
        self.related_view = QTreeView()
        self.related_view.setObjectName("relatedArticlesView")
        self.related_view.setRootIsDecorated(False)
        self.related_view.setUniformRowHeights(False)
        self.related_view.setAlternatingRowColors(True)
        self.related_view.setHeaderHidden(True)
        self.related_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.related_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.related_view.setModel(self.related_model)
        # One wrapped two-line entry per article reads better in a narrow dock
        # than three squeezed columns: the title column draws them all.
        self.related_view.setItemDelegate(HtmlDelegate(self.related_view))
        light_selection(self.related_view)
        for column in (COL_REL_SHARED, COL_REL_DATE):
            self.related_view.setColumnHidden(column, True)
        self.related_view.header().setSectionResizeMode(COL_REL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.related_dock = QDockWidget(window)
        self.related_dock.setObjectName("relatedDock")
        self.related_dock.setWidget(self.related_view)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.related_dock)
        window.tabifyDockWidget(self.panel_dock, self.related_dock)
        # Both wait until wanted: the reader keeps its width on first start.
        self.panel_dock.hide()
        self.related_dock.hide()

        # The index, a tab beside the reader.
        self.index = DirectiveIndex(self.db)
        window.tabs.addTab(self.index, "")

        # A removable chip above the article list while it is filtered to a
        # directive, unless the search feature's filter bar already shows one
        # (it shows a chip for every filter, ours included).
        self.chip = DirectiveFilterChip()
        self.chip.hide()
        self._own_chip = getattr(window.features.get("search"), "filter_bar", None) is None
        window.filter_slot.addWidget(self.chip)

        self._build_actions()
        self._connect()
        window.link_handlers["directive"] = self.on_directive_link
        window.retranslate_hooks.append(self.retranslate)

    def _build_actions(self) -> None:
        w = self.window
        style = w.style()
        self.act_back = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", w)
        self.act_back.setObjectName("actBack")
        self.act_back.setShortcuts(_keys("Alt+Left", QKeySequence.StandardKey.Back))
        self.act_forward = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "", w)
        self.act_forward.setObjectName("actForward")
        self.act_forward.setShortcuts(_keys("Alt+Right", QKeySequence.StandardKey.Forward))
        self.act_index = QAction(w)
        self.act_index.setObjectName("actDirectiveIndex")
        self.act_index.setShortcut(QKeySequence("Ctrl+Shift+D"))
        for act in (self.act_back, self.act_forward, self.act_index):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        w.addActions([self.act_back, self.act_forward, self.act_index])
        # Back/Forward lead the toolbar, as in a browser.
        first = w.toolbar.actions()[0] if w.toolbar.actions() else None
        w.toolbar.insertAction(first, self.act_back)
        w.toolbar.insertAction(first, self.act_forward)
        if first is not None:
            w.toolbar.insertSeparator(first)
        w.menu_go.addAction(self.act_back)
        w.menu_go.addAction(self.act_forward)
        w.menu_go.addSeparator()
        w.menu_go.addAction(self.act_index)
        self.act_panel = self.panel_dock.toggleViewAction()
        self.act_related = self.related_dock.toggleViewAction()
        w.menu_view.addSeparator()
        w.menu_view.addAction(self.act_panel)
        w.menu_view.addAction(self.act_related)
        self._update_actions()

    def _connect(self) -> None:
        w = self.window
        self.act_back.triggered.connect(self.go_back)
        self.act_forward.triggered.connect(self.go_forward)
        self.act_index.triggered.connect(self.show_index)
        self.panel.mention_chosen.connect(self.on_mention_chosen)
        self.panel.filter_requested.connect(self.filter_articles)
        self.index.directive_chosen.connect(self.on_index_choice)
        self.related_view.activated.connect(self.on_related_activated)
        self.related_view.clicked.connect(self.on_related_activated)
        self.related_dock.visibilityChanged.connect(self._on_related_visibility)
        w.article_opened.connect(self.on_article_opened)
        w.article_model.filter_changed.connect(self._update_chip)
        # An import (or re-analysis) reloads the article list: what this
        # feature shows is read again (see _on_list_reset).
        w.article_model.modelReset.connect(self._on_list_reset)
        w.tabs.currentChanged.connect(self._on_tab_changed)
        self.chip.remove_requested.connect(self.remove_filter)

    def retranslate(self) -> None:
        """Set every visible string (again, after a language switch)."""
        self.panel_dock.setWindowTitle(self.tr("Directive"))
        self.related_dock.setWindowTitle(self.tr("Related articles"))
        self.window.tabs.setTabText(self.window.tabs.indexOf(self.index), self.tr("Directives"))
        self.act_back.setText(self.tr("Back"))
        self.act_back.setToolTip(self.tr("Back (Alt+Left)"))
        self.act_forward.setText(self.tr("Forward"))
        self.act_forward.setToolTip(self.tr("Forward (Alt+Right)"))
        self.act_index.setText(self.tr("Directive &index"))
        self.chip.remove_button.setToolTip(self.tr("Remove this filter: show all articles again"))
        self.panel.retranslate()
        self.index.retranslate()
        self.related_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._update_chip()

    # --- where we are ----------------------------------------------------------

    def here(self) -> Location:
        """The current location (for the history)."""
        shown = self.panel.directive_id if self.panel_dock.isVisible() else None
        return Location(
            self.window.current_article_id,
            self.window.reader.verticalScrollBar().value(),
            shown,
            self.window.tabs.currentIndex(),
        )

    def _update_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())

    # --- jumps -------------------------------------------------------------------

    def show_directive(self, directive_id: int) -> bool:
        """Open the panel on ``directive_id`` (no history step)."""
        if not self.panel.show_directive(directive_id, self.window.current_article_id):
            return False
        self.panel_dock.show()
        self.panel_dock.raise_()
        return True

    def on_directive_link(self, href: str) -> None:
        """A ``directive:ID?mention=M`` link in the reader was clicked."""
        parsed = parse_directive_href(href)
        if parsed is None:
            return
        directive_id, _mention = parsed
        here = self.here()
        if not self.show_directive(directive_id):
            return
        if here.directive_id != directive_id:
            self.history.visit(here)
        self._update_actions()
        self.navigated.emit()

    def on_mention_chosen(self, article_id: int, start: int, end: int) -> None:
        """An entry of the panel: open that article scrolled to that mention."""
        self.history.visit(self.here())
        with self._jump():
            self._open_at(article_id, start, end)
        self._update_actions()
        self.navigated.emit()

    @contextlib.contextmanager
    def _jump(self) -> Iterator[None]:
        self._navigating = True
        try:
            yield
        finally:
            self._navigating = False

    def on_related_activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        """A related article was chosen: open it."""
        article_id = index.data(ArticleIdRole)
        if article_id is None:
            return
        self.history.visit(self.here())
        with self._jump():
            self.window.open_article(int(article_id))
        self._update_actions()
        self.navigated.emit()

    def _open_at(self, article_id: int, start: int, end: int) -> None:
        w = self.window
        if w.current_article_id != article_id:
            w.open_article(article_id)
        w.reader.scroll_to_offset(start, end, flash=True)

    def go_back(self) -> None:
        """Back (Alt+Left): return to where the last jump left from."""
        target = self.history.back(self.here())
        if target is not None:
            self._restore(target)

    def go_forward(self) -> None:
        """Forward (Alt+Right): redo the jump Back undid."""
        target = self.history.forward(self.here())
        if target is not None:
            self._restore(target)

    def _restore(self, loc: Location) -> None:
        w = self.window
        if loc.directive_id is not None and loc.directive_id != self.panel.directive_id:
            self.show_directive(loc.directive_id)
        if loc.article_id is not None and loc.article_id != w.current_article_id:
            with self._jump():
                w.open_article(loc.article_id)
        if 0 <= loc.tab < w.tabs.count():
            w.tabs.setCurrentIndex(loc.tab)
        # Lay the document out first, so the scroll range is there to restore.
        w.reader.document().size()
        w.reader.verticalScrollBar().setValue(loc.scroll)
        self._update_actions()
        self.navigated.emit()

    # --- index and filtering -------------------------------------------------------

    def show_index(self) -> None:
        """Go → Directive index: show the tab and put the cursor in its filter."""
        self.window.tabs.setCurrentWidget(self.index)
        self.index.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_index_choice(self, directive_id: int) -> None:
        """A directive chosen in the index: filter the list to it and show its panel."""
        self.filter_articles(directive_id)
        self.show_directive(directive_id)

    def filter_articles(self, directive_id: int | None) -> None:
        """Show only the articles citing ``directive_id`` (None: remove that filter).

        Only ``directive_id`` of the current filter changes: the filter bar's
        other settings (text, years, place …) stay as they are.
        """
        model = self.window.article_model
        model.set_filter(dataclasses.replace(model.article_filter, directive_id=directive_id))
        self._update_chip()

    def remove_filter(self) -> None:
        """The chip's ✕: drop the directive filter."""
        self.filter_articles(None)

    def _update_chip(self, *_args: object) -> None:
        directive_id = self.window.article_model.article_filter.directive_id
        if directive_id is None or not self._own_chip:
            self.chip.hide()
            return
        detail = dq.directive(self.db, directive_id)
        name = detail.canonical if detail else f"#{directive_id}"
        if detail and detail.term:
            name = f"{name} ({term_label(detail.term)})"
        self.chip.label.setText(self.tr("Only articles citing %1").replace("%1", name))
        self.chip.show()

    def _on_list_reset(self) -> None:
        """The article list was re-read: after an import or a re-analysis, refresh.

        The list resets on a new filter or order too, which changes nothing
        here. A reset showing the same filter in the same order is the list
        re-read because the library changed: an import and a re-analysis
        both end that way (``library_changed`` of the search feature), so
        this catches both without either knowing this feature.
        """
        model = self.window.article_model
        shown = (model.article_filter, model.order)
        same, self._list_view = shown == self._list_view, shown
        if same:
            self.library_changed()
        else:
            # Counts cannot have changed, but a library change may ride on a
            # filter change: re-read the index when next shown, as before.
            self._index_stale = True

    def library_changed(self) -> None:
        """Articles were added, re-analysed or removed: re-read what is shown.

        Deferred to the next turn of the event loop and done once, however
        many resets one change causes. The index is re-read now when it is
        the tab in view (else when next shown); the panel stays on its
        directive (or empties if that is gone); the related articles follow.
        """
        self._index_stale = True
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, self._refresh_after_change)

    def _refresh_after_change(self) -> None:
        self._refresh_pending = False
        if self.window.tabs.currentWidget() is self.index and self.index.model.loaded:
            self._index_stale = False
            self.index.reload()
        if self.panel.directive_id is not None:
            self.panel.refresh()
        current = self.window.current_article_id
        if self.related_dock.isVisible() and current is not None:
            self.related_model.set_article(current)
        elif self.related_model.article_id is not None:
            self.related_model.set_article(None)  # re-read when the dock shows again

    def _on_tab_changed(self, _index: int) -> None:
        if self._index_stale and self.window.tabs.currentWidget() is self.index:
            self._index_stale = False
            self.index.reload()

    # --- related articles -------------------------------------------------------------

    def on_article_opened(self, article_id: int) -> None:
        """The reader shows another article: a history step; refresh related articles.

        Opening from the list, the timeline or a search result is a step
        like a link jump, so Back returns to the article, scroll position and
        tab the user left (issue: clicking the timeline lost one's place).
        """
        left_id, left_scroll, left_tab = self.window.left_from
        if not self._navigating and left_id is not None and left_id != article_id:
            shown = self.panel.directive_id if self.panel_dock.isVisible() else None
            self.history.visit(Location(left_id, left_scroll, shown, left_tab))
            self._update_actions()
        if self.related_dock.isVisible():
            self.related_model.set_article(article_id)

    def _on_related_visibility(self, visible: bool) -> None:
        current = self.window.current_article_id
        if visible and current is not None and self.related_model.article_id != current:
            self.related_model.set_article(current)


def install(window: MainWindow) -> object:
    """Build this feature's panels and actions in ``window``; return its controller."""
    return DirectivesController(window)
