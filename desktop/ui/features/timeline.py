"""The timeline feature: a "Timeline" tab beside the reader.

The tab holds the time axis (``TimelineView``) with a bar above it (lane mode,
directive chooser, zoom buttons, "fit all") and the list of undated articles
beside it. It shows what the article list's filter or search shows: it follows
``article_model.filter_changed``, and rebuilds its aggregates only when the
tab is visible (nothing is read at start-up).

The aggregates (counts per lane and day, periods, directive issue dates) take
a few hundred milliseconds to read at 100,000 articles, so they are read on a
worker thread with its own read-only connection (sqlite3 connections stay on
the thread that opened them); the view keeps showing the last frame, veiled,
until they arrive. Only the newest request is applied.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import timeline as tl
from desktop.core.store import timeline_queries as tq
from desktop.core.store.db import open_library
from desktop.core.store.queries import ArticleFilter
from desktop.ui import i18n, settings
from desktop.ui.roles import ArticleIdRole
from desktop.ui.widgets.timeline_view import TimelineView, UndatedListModel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DIRECTIVES_OFFERED = 40  # the chooser lists the most cited directives
DIRECTIVES_DEFAULT = 3  # chosen when directive lanes are first switched on

log = logging.getLogger(__name__)


class _LoadSignals(QObject):
    """Carries a worker's result back to the GUI thread (a queued connection)."""

    done = Signal(int, object, object)  # generation, TimelineData | None, error | None


class _LoadTask(QRunnable):
    """Read a timeline's aggregates on a pool thread, with its own connection."""

    def __init__(
        self, path: Path, generation: int, flt: ArticleFilter, mode: tl.LaneMode,
        ids: tuple[int, ...], signals: _LoadSignals,
    ) -> None:
        super().__init__()
        self.path = path
        self.generation = generation
        self.flt = flt
        self.mode = mode
        self.ids = ids
        self.signals = signals  # held here too: it must outlive the emit

    def run(self) -> None:
        """Override QRunnable::run."""
        try:
            lib = open_library(self.path, create=False, migrate=False, read_only=True)
            try:
                data = tl.load_data(lib.db, self.flt, self.mode, self.ids)
            finally:
                lib.close()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, which reads itself
            self.signals.done.emit(self.generation, None, exc)
        else:
            self.signals.done.emit(self.generation, data, None)


class TimelineFeature(QObject):
    """Owns the timeline tab and keeps it in step with the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self._dirty = True
        self._fit_next = True
        self._directive_ids: list[int] = []
        self._mode = tl.LaneMode.KIND
        self._generation = 0  # the newest load request; older results are dropped
        self._pending: tuple[ArticleFilter, tl.LaneMode, tuple[int, ...]] | None = None
        # One worker: a newer request waits for the running one (and drops
        # queued ones) instead of two scans competing for the two cores.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _LoadSignals()
        self._signals.done.connect(self._on_loaded)
        saved = str(settings.read("timeline/lanes", "kind"))
        if saved in (tl.LaneMode.KIND, tl.LaneMode.LEVEL):
            self._mode = tl.LaneMode(saved)
        self._build()
        self._connect()
        window.retranslate_hooks.append(self.retranslate)
        window.installEventFilter(self)

    # --- construction ------------------------------------------------------

    def _build(self) -> None:
        self.panel = QWidget()
        self.panel.setObjectName("timelinePanel")
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(4)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.lanes_label = QLabel()
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("timelineLaneMode")
        for mode in tl.LaneMode:
            self.mode_box.addItem("", str(mode))
        self.mode_box.setCurrentIndex(self.mode_box.findData(str(self._mode)))
        self.directive_button = QToolButton()
        self.directive_button.setObjectName("timelineDirectives")
        self.directive_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.directive_menu = QMenu(self.directive_button)
        self.directive_button.setMenu(self.directive_menu)
        self.directive_button.setVisible(self._mode == tl.LaneMode.DIRECTIVE)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setObjectName("timelineZoomOut")
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setObjectName("timelineZoomIn")
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("timelineFitAll")
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # The status text must not set the tab's minimum width: a long range
        # and counts widened the whole window and squeezed the article list.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(0)
        for w in (self.lanes_label, self.mode_box, self.directive_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        outer.addLayout(bar)
        # on a line of its own: beside the buttons, a narrow tab cut the range to its first day
        outer.addWidget(self.status)

        self.view = TimelineView()
        self.undated_model = UndatedListModel(self.panel)
        self.undated_list = QListView()
        self.undated_list.setObjectName("timelineUndated")
        self.undated_list.setModel(self.undated_model)
        # Long Vietnamese titles wrap rather than run off the narrow column.
        self.undated_list.setWordWrap(True)
        self.undated_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undated_label = QLabel()
        self.undated_label.setObjectName("timelineUndatedLabel")
        self.undated_label.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.undated_label)
        side_layout.addWidget(self.undated_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([760, 200])
        outer.addWidget(self.splitter, 1)
        self.tab_index = self.window.tabs.addTab(self.panel, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: a load still running ends before the window goes.

        Its result would be sent from a destroyed object (a traceback as the
        app quits); the newest load is a few hundred milliseconds at most.
        """
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._pool.clear()
            self._pool.waitForDone()
        return super().eventFilter(watched, event)

    def _connect(self) -> None:
        w = self.window
        self.view.article_activated.connect(self.on_article_activated)
        self.view.directive_activated.connect(self.on_directive_activated)
        self.view.range_changed.connect(lambda *_: self._update_status())
        self.undated_list.clicked.connect(self.on_undated_clicked)
        self.undated_list.activated.connect(self.on_undated_clicked)
        self.mode_box.currentIndexChanged.connect(self.on_mode_changed)
        self.directive_menu.aboutToShow.connect(self._fill_directive_menu)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(1.5))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(1 / 1.5))
        self.fit_button.clicked.connect(self.view.fit_all)
        w.article_model.filter_changed.connect(self.on_filter_changed)
        # A reload (import, re-analysis) may change what is dated: rebuild lazily.
        w.article_model.modelReset.connect(self.on_library_changed)
        w.article_opened.connect(self.on_article_opened)
        w.tabs.currentChanged.connect(self.on_tab_changed)

    # --- state ---------------------------------------------------------------

    def is_shown(self) -> bool:
        """True when the timeline tab is the current one."""
        return self.window.tabs.currentWidget() is self.panel

    def show(self) -> None:
        """Bring the timeline tab to the front (and give it the keyboard)."""
        self.window.tabs.setCurrentWidget(self.panel)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, *, background: bool = True) -> None:
        """Rebuild the timeline from the library with the list's filter.

        Args:
            background: read the aggregates on a worker thread (the view shows
                its last frame meanwhile); False reads them here and now.
        """
        flt: ArticleFilter = self.window.article_model.article_filter
        mode = self._mode
        ids = tuple(self._directive_ids) if mode == tl.LaneMode.DIRECTIVE else ()
        self._dirty = False
        self._generation += 1
        self._pending = (flt, mode, ids)
        self.undated_model.set_source(self.db, flt)
        path = getattr(self.window.library, "path", None)
        if background and path is not None and Path(path).is_file():
            self.view.set_loading(True)
            self._pool.clear()  # queued, not started: superseded
            self._pool.start(_LoadTask(Path(path), self._generation, flt, mode, ids, self._signals))
            self._update_undated_label()  # the status line waits for the new counts
            return
        self._apply(tl.load_data(self.db, flt, mode, ids))

    def is_loading(self) -> bool:
        """True while the aggregates of the newest request are being read."""
        return self.view.is_loading()

    def _on_loaded(self, generation: int, data: object, error: object) -> None:
        if generation != self._generation or self._pending is None:
            return  # a newer request is on its way
        if error is not None:
            # No second connection (e.g. the file moved): read here instead.
            log.warning("timeline: background read failed (%s); reading on the GUI thread", error)
            flt, mode, ids = self._pending
            data = tl.load_data(self.db, flt, mode, ids)
        assert isinstance(data, tl.TimelineData)
        self._apply(data)

    def _apply(self, data: tl.TimelineData) -> None:
        assert self._pending is not None
        flt, mode, ids = self._pending
        self._pending = None
        timeline = tl.Timeline(self.db, flt, mode, ids, data=data)
        self.view.set_loading(False)
        self.view.set_timeline(timeline, fit=self._fit_next)
        self._fit_next = False
        self.view.set_highlight(self.window.current_article_id, reveal=False)
        self._update_status()

    def _refresh_if_shown(self) -> None:
        if self.is_shown() and self._dirty:
            self.refresh()

    # --- slots -----------------------------------------------------------------

    def on_tab_changed(self, _index: int) -> None:
        """The current tab changed: build the timeline the first time it shows."""
        self._refresh_if_shown()

    def on_filter_changed(self, _total: int) -> None:
        """The list's filter or search changed: show the same articles."""
        self._dirty = True
        self._fit_next = True
        QTimer.singleShot(0, self._refresh_if_shown)

    def on_library_changed(self) -> None:
        """The list reloaded (maybe new articles): rebuild when next shown."""
        self._dirty = True
        QTimer.singleShot(0, self._refresh_if_shown)

    def on_mode_changed(self, index: int) -> None:
        """The lane mode changed."""
        mode = tl.LaneMode(self.mode_box.itemData(index))
        self._mode = mode
        self.directive_button.setVisible(mode == tl.LaneMode.DIRECTIVE)
        if mode == tl.LaneMode.DIRECTIVE and not self._directive_ids:
            self._directive_ids = [r[0] for r in tq.directive_choices(self.db, DIRECTIVES_DEFAULT)]
        else:
            settings.write("timeline/lanes", str(mode))
        self._update_directive_button()
        self._dirty = True
        self._refresh_if_shown()

    def set_directives(self, ids: list[int]) -> None:
        """Give each of these directives a lane (switching to directive lanes)."""
        self._directive_ids = list(ids)
        self._update_directive_button()
        index = self.mode_box.findData(str(tl.LaneMode.DIRECTIVE))
        if self.mode_box.currentIndex() != index:
            self.mode_box.setCurrentIndex(index)  # refreshes through on_mode_changed
        else:
            self._dirty = True
            self._refresh_if_shown()

    def _fill_directive_menu(self) -> None:
        self.directive_menu.clear()
        for directive_id, canonical, n in tq.directive_choices(self.db, DIRECTIVES_OFFERED):
            act = QAction(f"{canonical}  ({n})", self.directive_menu)
            act.setCheckable(True)
            act.setChecked(directive_id in self._directive_ids)
            act.toggled.connect(lambda on, i=directive_id: self._toggle_directive(i, on))
            self.directive_menu.addAction(act)
        if self.directive_menu.isEmpty():
            act = self.directive_menu.addAction(self.tr("No directives in the library"))
            act.setEnabled(False)

    def _toggle_directive(self, directive_id: int, on: bool) -> None:
        ids = [i for i in self._directive_ids if i != directive_id]
        if on:
            ids.append(directive_id)
        self.set_directives(ids)

    def on_article_activated(self, article_id: int) -> None:
        """An article was clicked on the timeline: select it in the list, open it."""
        self.window.open_article(article_id)

    def on_undated_clicked(self, index: QModelIndex) -> None:
        """An undated article was clicked."""
        article_id = index.data(ArticleIdRole)
        if article_id is not None:
            self.window.open_article(int(article_id))

    def on_directive_activated(self, directive_id: int) -> None:
        """A directive mark was clicked: open the directive panel on it."""
        handler = self.window.link_handlers.get("directive")
        if handler is not None:
            handler(f"directive:{directive_id}")
        else:  # no directive panel installed: show its articles instead
            self.window.article_model.set_filter(ArticleFilter(directive_id=directive_id))

    def on_article_opened(self, article_id: int) -> None:
        """An article was opened anywhere: highlight it on the timeline."""
        self.view.set_highlight(article_id, reveal=True)

    # --- text --------------------------------------------------------------------

    def _update_directive_button(self) -> None:
        n = len(self._directive_ids)
        self.directive_button.setText(self.tr("Directives (%1)…").replace("%1", str(n)))

    def _update_undated_label(self) -> None:
        if self._generation:  # counted once the tab has been filled
            self.undated_label.setText(
                self.tr("Undated articles (%1)").replace("%1", str(self.undated_model.total()))
            )

    def _update_status(self) -> None:
        self._update_undated_label()
        if self.view.is_loading():
            return  # the counts shown belong to the previous filter until the new ones arrive
        timeline = self.view.timeline
        if timeline is None:
            self.status.setText("")
            return
        t0, t1 = self.view.visible_range()
        a, b = tl.iso(t0), tl.iso(t1)
        text = self.tr("%1 – %2 · %3 dated, %4 undated")
        for key, value in (
            ("%1", i18n.format_date(a)),
            ("%2", i18n.format_date(b)),
            ("%3", str(timeline.total_dated)),
            ("%4", str(self.undated_model.total())),
        ):
            text = text.replace(key, value)
        self.status.setText(text)
        self.status.setToolTip(text)

    def retranslate(self) -> None:
        """Set every string again (after a language switch)."""
        self.window.tabs.setTabText(self.window.tabs.indexOf(self.panel), self.tr("Timeline"))
        self.lanes_label.setText(self.tr("Lanes:"))
        labels = {
            tl.LaneMode.KIND: self.tr("Kind of meeting"),
            tl.LaneMode.LEVEL: self.tr("Level"),
            tl.LaneMode.DIRECTIVE: self.tr("Directives"),
        }
        for i in range(self.mode_box.count()):
            self.mode_box.setItemText(i, labels[tl.LaneMode(self.mode_box.itemData(i))])
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+=, or the mouse wheel)"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.fit_button.setText(self.tr("Fit all"))
        self.fit_button.setToolTip(self.tr("Show every dated article (Home)"))
        self.view.setToolTip("")
        self.view.setWhatsThis(
            self.tr("Drag or use the arrow keys to move in time; the wheel zooms around the pointer.")
        )
        self._update_directive_button()
        self._update_status()
        if not self.undated_label.text():
            self.undated_label.setText(self.tr("Undated articles"))
        self.view.update()


def install(window: MainWindow) -> TimelineFeature:
    """Build this feature's panels and actions in ``window``; return its controller."""
    return TimelineFeature(window)
