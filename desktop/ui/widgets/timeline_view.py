"""The timeline canvas: articles on a zoomable horizontal time axis.

A plain ``QWidget`` with ``paintEvent``. It draws the ``Frame`` the core's
``Timeline.frame()`` computes for the visible range, so it never holds one
object per article: zoomed out, dense lanes arrive as clusters with counts.

Geometry, left to right: a gutter with the lane names (the lane legend), then
the plot. Top to bottom: the axis (coarse labels over fine ones), a lane of
directive issue dates (kind and level modes), the article lanes, and the
legend of marks.

Interaction: the wheel zooms around the cursor; Ctrl+= / Ctrl+- (or + / -)
zoom around the centre, Ctrl+0 / Home fits everything; dragging and the arrow
keys pan. A click on an article activates it, on a cluster zooms into it (or
lists its articles when it cannot be zoomed further), on a directive mark
activates the directive.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLineF,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from desktop.core import timeline as tl
from desktop.core.store import timeline_queries as tq
from desktop.core.store.queries import ArticleFilter
from desktop.labels import LANE_CONTEXT, LANE_LABELS
from desktop.ui import i18n
from desktop.ui.roles import ArticleIdRole

_Index = QModelIndex | QPersistentModelIndex

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#8C8C8C",
    "black": "#000000",
}
LANE_COLOURS = {
    "giao-ban": OKABE_ITO["blue"],
    "so-ket": OKABE_ITO["orange"],
    "tong-ket": OKABE_ITO["green"],
    "toan-quoc": OKABE_ITO["purple"],
    "other": OKABE_ITO["grey"],
    "central": OKABE_ITO["blue"],
    "province": OKABE_ITO["orange"],
    "grassroots": OKABE_ITO["green"],
}
# Directive lanes cycle through these (yellow last: weak on white).
DIRECTIVE_COLOURS = tuple(
    OKABE_ITO[n] for n in ("blue", "orange", "green", "purple", "sky", "vermillion", "grey", "yellow")
)
MARK_COLOUR = OKABE_ITO["vermillion"]
TODAY_COLOUR = "#222222"
LATEST_COLOUR = OKABE_ITO["sky"]
HIGHLIGHT_COLOUR = "#000000"

UNIT_LABELS = {
    "day": QT_TRANSLATE_NOOP("TimelineView", "day"),
    "week": QT_TRANSLATE_NOOP("TimelineView", "week"),
    "month": QT_TRANSLATE_NOOP("TimelineView", "month"),
    "quarter": QT_TRANSLATE_NOOP("TimelineView", "quarter"),
    "half-year": QT_TRANSLATE_NOOP("TimelineView", "half-year"),
    "year": QT_TRANSLATE_NOOP("TimelineView", "year"),
    "2-years": QT_TRANSLATE_NOOP("TimelineView", "two years"),
    "5-years": QT_TRANSLATE_NOOP("TimelineView", "five years"),
    "decade": QT_TRANSLATE_NOOP("TimelineView", "decade"),
}

GUTTER = 150.0
RIGHT_MARGIN = 10.0
AXIS_H = 40.0
MARK_LANE_H = 24.0
LEGEND_H = 26.0
ROW_H = 17.0
MIN_RANGE_DAYS = 5.0  # the deepest zoom: a few days across the view
MAX_RANGE_DAYS = 365.25 * 120
PAN_STEP = 0.12  # arrow keys move this fraction of the view
DRAG_THRESHOLD = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate(LANE_CONTEXT, text)


def lane_label(lane: str, directive_names: dict[int, str] | None = None) -> str:
    """The translated name of a lane (a directive's name in directive mode)."""
    if lane in LANE_LABELS:
        return _tr(LANE_LABELS[lane])
    if directive_names and lane.isdigit():
        return directive_names.get(int(lane), lane)
    return lane


def _date(day: int) -> dt.date:
    return dt.date.fromordinal(max(1, min(dt.date.max.toordinal(), day)))


class _LaneStyle:
    """The pens and brushes one lane's entries are drawn with (built once)."""

    HEAT_STEPS = 24  # cluster fill opacities, quantised so brushes are reused

    def __init__(self, base: QColor) -> None:
        self.base = base
        self.point_pen = QPen(base.darker(160), 1.2)
        self.brush = QBrush(base)
        fill = QColor(base)
        fill.setAlphaF(0.28)
        self.span_brush = QBrush(fill)
        self.span_edge = QPen(base.darker(120), 1)
        cap = QPen(base.darker(150), 2.2)
        cap.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.span_cap = cap
        self.cluster_pen = QPen(base.darker(140), 1)
        self.light = base.lightnessF() < 0.75
        self.heat_brushes = []
        for i in range(self.HEAT_STEPS + 1):
            c = QColor(base)
            c.setAlphaF(0.25 + 0.75 * i / self.HEAT_STEPS)
            self.heat_brushes.append(QBrush(c))


_INK = QColor("#202124")
_MARK_PEN = QPen(QColor(MARK_COLOUR).darker(130), 1)
_MARK_BRUSH = QBrush(QColor(MARK_COLOUR))
_WHITE = QColor("#ffffff")


class TimelineView(QWidget):
    """A zoomable, pannable time axis over a ``Timeline``.

    Signals:
        article_activated(int): an article was clicked.
        directive_activated(int): a directive mark was clicked.
        range_changed(float, float): the visible range (ordinals) changed.
    """

    article_activated = Signal(int)
    directive_activated = Signal(int)
    range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._timeline: tl.Timeline | None = None
        today = dt.date.today().toordinal()
        self._t0 = float(today - 365 * 5)
        self._t1 = float(today + 30)
        self._frame: tl.Frame | None = None
        self._frame_key: tuple[object, ...] | None = None
        self._highlight: int | None = None
        self._highlight_place: tuple[int, int] | None = None
        self._latest: int | None = None
        self._today = today
        self._directive_names: dict[int, str] = {}
        self._press: QPointF | None = None
        self._press_range: tuple[float, float] | None = None
        self._dragging = False
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        self._small = font
        bold = QFont(self.font())
        bold.setBold(True)
        self._bold = bold
        self._legend: list[tuple[float, int, str, float, str]] = []
        self._legend_key: tuple[object, ...] | None = None
        self._lane_key: tuple[object, ...] | None = None
        self._lane_geometry = (0.0, 1.0)
        # Paint caches: the QPens/QBrushes of each lane, elided titles, the
        # axis ticks of the current range, and the static background (lane
        # bands, gutter, legend) as a pixmap redrawn only on resize or change.
        self._fm_small = QFontMetricsF(self._small)
        self._styles: dict[tuple[str, int], _LaneStyle] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._advance: dict[str, float] = {}
        self._ticks_key: tuple[object, ...] | None = None
        self._ticks_value: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._loading = False

    # --- data ----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint."""
        return QSize(900, 480)

    def minimumSizeHint(self) -> QSize:
        """Override QWidget::minimumSizeHint."""
        return QSize(400, 220)

    @property
    def timeline(self) -> tl.Timeline | None:
        """The timeline drawn."""
        return self._timeline

    def set_timeline(self, timeline: tl.Timeline | None, *, fit: bool = False) -> None:
        """Draw ``timeline``; ``fit`` shows all of it (else the range is kept)."""
        self._timeline = timeline
        self._frame = None
        self._latest = timeline.latest() if timeline is not None else None
        if timeline is not None and timeline.mode == tl.LaneMode.DIRECTIVE:
            self._directive_names = tq.directive_names(timeline.db, timeline.directive_ids)
        else:
            self._directive_names = {}
        self._update_highlight_place()
        if fit:
            self.fit_all()
        else:
            self.update()

    def set_highlight(self, article_id: int | None, *, reveal: bool = True) -> None:
        """Mark ``article_id`` (opened elsewhere); pan to it when out of view."""
        self._highlight = article_id
        self._update_highlight_place()
        place = self._highlight_place
        if reveal and place is not None:
            a, b = place
            if b <= self._t0 or a >= self._t1:
                half = (self._t1 - self._t0) / 2
                mid = (a + b) / 2
                self.set_visible_range(mid - half, mid + half)
        self.update()

    def highlighted(self) -> int | None:
        """The highlighted article id."""
        return self._highlight

    def _update_highlight_place(self) -> None:
        self._highlight_place = None
        if self._timeline is not None and self._highlight is not None:
            found = tq.article_place(self._timeline.db, self._highlight)
            if found is not None:
                a, b = tl.ordinal(found[0]), tl.ordinal(found[1])
                if a is not None and b is not None:
                    self._highlight_place = (a, max(a, b) + 1)

    # --- range ---------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        """``(t0, t1)``: the ordinals at the plot's left and right edges."""
        return self._t0, self._t1

    def set_visible_range(self, t0: float, t1: float) -> None:
        """Show ``[t0, t1)`` (clamped to the zoom limits)."""
        span = min(MAX_RANGE_DAYS, max(MIN_RANGE_DAYS, t1 - t0))
        mid = (t0 + t1) / 2
        lo = dt.date(1, 1, 1).toordinal() + span
        hi = dt.date(9999, 1, 1).toordinal() - span
        mid = min(hi, max(lo, mid))
        t0, t1 = mid - span / 2, mid + span / 2
        if (t0, t1) == (self._t0, self._t1):
            return
        self._t0, self._t1 = t0, t1
        self.update()
        self.range_changed.emit(t0, t1)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` still."""
        w = self.plot_width()
        ax = w / 2 if anchor_x is None else min(w, max(0.0, anchor_x - GUTTER))
        anchor = self._t0 + ax * (self._t1 - self._t0) / w
        span = min(MAX_RANGE_DAYS, max(MIN_RANGE_DAYS, (self._t1 - self._t0) / factor))
        t0 = anchor - ax / w * span
        self.set_visible_range(t0, t0 + span)

    def pan(self, dx: float) -> None:
        """Move the view by ``dx`` pixels (positive: later dates come in)."""
        days = dx * (self._t1 - self._t0) / self.plot_width()
        self.set_visible_range(self._t0 + days, self._t1 + days)

    def fit_all(self) -> None:
        """Show every dated article and directive mark."""
        extent = self._timeline.extent() if self._timeline is not None else None
        if extent is None:
            today = self._today
            self.set_visible_range(today - 365.0, today + 30.0)
            return
        a, b = extent
        if self._latest is not None:
            b = max(b, self._latest + 1)
        pad = max(3.0, (b - a) * 0.03)
        self.set_visible_range(a - pad, b + pad)

    # --- geometry ------------------------------------------------------------

    def plot_width(self) -> float:
        """Width of the plot area in pixels."""
        return max(50.0, self.width() - GUTTER - RIGHT_MARGIN)

    def _has_mark_lane(self) -> bool:
        return self._timeline is not None and self._timeline.mode != tl.LaneMode.DIRECTIVE

    def _lanes_top(self) -> float:
        return AXIS_H + (MARK_LANE_H if self._has_mark_lane() else 0.0)

    def lane_rect(self, index: int) -> QRectF:
        """The rectangle of lane ``index`` (the mark lane for -1)."""
        if index < 0:
            return QRectF(0, AXIS_H, self.width(), MARK_LANE_H)
        key = (self.width(), self.height(), id(self._timeline), i18n.current_language())
        if self._lane_key != key:
            n = max(1, len(self._timeline.lanes) if self._timeline else 1)
            top = self._lanes_top()
            self._lane_geometry = (top, (self.height() - self.legend_height() - top) / n)
            self._lane_key = key
        top, h = self._lane_geometry
        return QRectF(0, top + index * h, self.width(), h)

    def rows_per_lane(self) -> int:
        """Stacking rows that fit in one lane."""
        return max(2, int((self.lane_rect(0).height() - 6) // ROW_H))

    def frame(self) -> tl.Frame | None:
        """The frame for the current range and size (computed once, then cached)."""
        if self._timeline is None:
            return None
        key = (id(self._timeline), self._t0, self._t1, self.plot_width(), self.rows_per_lane())
        if self._frame is None or key != self._frame_key:
            self._frame = self._timeline.frame(self._t0, self._t1, self.plot_width(), self.rows_per_lane())
            self._frame_key = key
        return self._frame

    def placed_rect(self, placed: tl.Placed) -> QRectF:
        """Where a placed entry is drawn (widget coordinates)."""
        lane = self.lane_rect(placed.lane)
        y = lane.top() + 3 + placed.row * ROW_H
        x0, x1 = placed.x0 + GUTTER, placed.x1 + GUTTER
        if isinstance(placed.entry, tl.Item) and placed.entry.is_point:
            return QRectF(x0, y + 2, x1 - x0, ROW_H - 4)
        if isinstance(placed.entry, tl.Cluster) and placed.entry.precision is None:
            return QRectF(x0 + 0.5, y + 1, max(1.0, x1 - x0 - 1), ROW_H - 2)
        return QRectF(x0, y + 3, x1 - x0, ROW_H - 6)

    def item_rect(self, article_id: int) -> QRectF | None:
        """The drawn rectangle of one article (None when it is clustered or out of view)."""
        frame = self.frame()
        if frame is None:
            return None
        for p in frame.placed:
            if isinstance(p.entry, tl.Item) and p.entry.article_id == article_id:
                return self.placed_rect(p)
        return None

    def mark_rect(self, mark: tl.Mark) -> QRectF:
        """Where a directive mark is drawn."""
        lane = self.lane_rect(mark.lane)
        x = mark.x + GUTTER
        size = 11.0 if len(mark.directives) == 1 else 14.0
        return QRectF(x - size / 2, lane.top() + 2, size, size)

    def entry_at(self, pos: QPointF) -> tl.Placed | tl.Mark | None:
        """The entry (placed item or cluster, or directive mark) under ``pos``."""
        frame = self.frame()
        if frame is None or pos.x() < GUTTER:
            return None
        for mark in frame.marks:
            if self.mark_rect(mark).adjusted(-2, -2, 2, 2).contains(pos):
                return mark
        best: tl.Placed | None = None
        for p in frame.placed:
            r = self.placed_rect(p).adjusted(-1.5, -2, 1.5, 2)
            if r.contains(pos) and (best is None or p.x1 - p.x0 < best.x1 - best.x0):
                best = p  # the narrowest wins: a point over a long span
        return best

    def x_of(self, day: float) -> float:
        """Widget x of ordinal ``day``."""
        return GUTTER + (day - self._t0) * self.plot_width() / (self._t1 - self._t0)

    # --- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent."""
        p = QPainter(self)
        try:
            self.render_to(p)
        finally:
            p.end()

    def render_to(self, p: QPainter) -> None:
        """Draw everything with ``p`` (also used by the benchmark, into a QImage)."""
        # Axis-aligned lines and bars need no antialiasing (and it costs);
        # round shapes switch it on where they are drawn.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        frame = self.frame()
        p.drawPixmap(0, 0, self._background_pixmap())
        self._paint_axis(p)
        if frame is None:
            if not self._loading:  # the first timeline is on its way: nothing to say yet
                p.setPen(QColor("#5f6368"))
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No library"))
            return
        plot = QRectF(GUTTER, AXIS_H, self.plot_width(), self.height() - AXIS_H - self.legend_height())
        p.save()
        p.setClipRect(plot.adjusted(-6, 0, 6, 0))
        self._paint_lines(p, plot)
        self._paint_entries(p, frame)
        self._paint_marks(p, frame)
        self._paint_highlight(p, frame, plot)
        p.restore()
        if self._loading:
            # New counts are being read (off this thread): the last frame
            # stays readable under a veil until they arrive.
            p.fillRect(plot, QColor(255, 255, 255, 150))
            return
        if not frame.placed and not frame.marks:
            p.setPen(QColor("#5f6368"))
            p.setFont(self.font())
            msg = (
                self.tr("No dated articles to show")
                if self._timeline is not None and self._timeline.extent() is None
                else self.tr("Nothing in this period. Press Home to see everything.")
            )
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, msg)

    def set_loading(self, loading: bool) -> None:
        """Show the current frame veiled while a new timeline is being read."""
        if loading != self._loading:
            self._loading = loading
            if loading:
                self.setCursor(Qt.CursorShape.BusyCursor)
            else:
                self.unsetCursor()
            self.update()

    def is_loading(self) -> bool:
        """True while a new timeline is being read."""
        return self._loading

    def _background_pixmap(self) -> QPixmap:
        """Lane bands, lane names and the legend: redrawn on resize, lane or language change."""
        dpr = self.devicePixelRatioF()
        lanes = self._timeline.lanes if self._timeline is not None else ()
        key = (
            self.width(), self.height(), dpr, lanes, self._has_mark_lane(),
            tuple(sorted(self._directive_names.items())), i18n.current_language(),
        )
        if self._background is None or self._background_key != key:
            pix = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            pix.setDevicePixelRatio(dpr)
            pix.fill(QColor("#ffffff"))
            bp = QPainter(pix)
            try:
                self._paint_lanes(bp)
                self._paint_legend(bp)
            finally:
                bp.end()
            self._background = pix
            self._background_key = key
        return self._background

    def _style(self, lane: str, index: int) -> _LaneStyle:
        key = (lane, index)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = _LaneStyle(self._lane_colour(lane, index))
        return style

    def _elide(self, text: str, width: float) -> str:
        """``text`` elided to ``width`` (cached: the same titles come back frame after frame)."""
        key = (text, int(width))
        out = self._elided.get(key)
        if out is None:
            if len(self._elided) > 4000:
                self._elided.clear()
            out = self._fm_small.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            self._elided[key] = out
        return out

    def _text_width(self, text: str) -> float:
        w = self._advance.get(text)
        if w is None:
            if len(self._advance) > 4000:
                self._advance.clear()
            w = self._advance[text] = self._fm_small.horizontalAdvance(text)
        return w

    def _lane_colour(self, lane: str, index: int) -> QColor:
        if lane in LANE_COLOURS:
            return QColor(LANE_COLOURS[lane])
        return QColor(DIRECTIVE_COLOURS[index % len(DIRECTIVE_COLOURS)])

    def _paint_lanes(self, p: QPainter) -> None:
        timeline = self._timeline
        lanes = timeline.lanes if timeline is not None else ()
        fm = QFontMetricsF(self.font())
        if self._has_mark_lane():
            r = self.lane_rect(-1)
            p.fillRect(r, QColor("#fbf3ee"))
            p.setPen(QColor("#8a3a00"))
            p.setFont(self.font())
            label = fm.elidedText(self.tr("Directives issued"), Qt.TextElideMode.ElideRight, GUTTER - 16)
            p.drawText(QRectF(8, r.top(), GUTTER - 12, r.height()), Qt.AlignmentFlag.AlignVCenter, label)
        for i, lane in enumerate(lanes):
            r = self.lane_rect(i)
            p.fillRect(r, QColor("#f7f6f3") if i % 2 == 0 else QColor("#ffffff"))
            colour = self._lane_colour(lane, i)
            p.fillRect(QRectF(0, r.top(), 5, r.height()), colour)
            p.setPen(QColor("#202124"))
            p.setFont(self.font())
            text = lane_label(lane, self._directive_names)
            box = QRectF(12, r.top() + 2, GUTTER - 18, r.height() - 4)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            if fm.boundingRect(box, int(flags), text).height() > box.height():
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(box, flags, text)
        p.setPen(QColor("#dcd9d2"))
        p.drawLine(QPointF(GUTTER - 0.5, AXIS_H), QPointF(GUTTER - 0.5, self.height() - self.legend_height()))

    # axis ------------------------------------------------------------------

    def _ticks(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """``(major, minor)`` ticks: (ordinal, label), adapted to the zoom (cached per range)."""
        key = (self._t0, self._t1, self.plot_width(), i18n.current_language())
        if self._ticks_key != key:
            self._ticks_value = self._compute_ticks()
            self._ticks_key = key
        return self._ticks_value

    def _compute_ticks(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        t0, t1 = self._t0, self._t1
        px_day = self.plot_width() / (t1 - t0)
        vi = i18n.current_language() == "vi"
        first, last = _date(int(t0) - 1), _date(int(math.ceil(t1)) + 1)
        major: list[tuple[int, str]] = []
        minor: list[tuple[int, str]] = []

        def months(step: int) -> list[dt.date]:
            out = []
            y, m = first.year, (first.month - 1) // step * step + 1
            while (y, m) <= (last.year, last.month):
                out.append(dt.date(y, m, 1))
                m += step
                if m > 12:
                    y, m = y + 1, m - 12
            return out

        def years(step: int) -> list[dt.date]:
            return [dt.date(y, 1, 1) for y in range(first.year // step * step, last.year + 1, step) if y >= 1]

        if px_day * 30.44 >= 70:  # days under month labels
            for d in months(1):
                label = f"{i18n.month_name(d.month)}/{d.year}" if vi else f"{i18n.month_name(d.month)} {d.year}"
                major.append((d.toordinal(), label))
            step = next((s for s in (1, 2, 5, 10) if s * px_day >= 26), 15)
            day = first
            while day <= last:
                if day.day == 1 or (day.day - 1) % step == 0 and day.day <= 31 - step // 2:
                    minor.append((day.toordinal(), str(day.day)))
                day += dt.timedelta(days=1)
        elif px_day * 30.44 >= 26:  # months under years
            major = [(d.toordinal(), str(d.year)) for d in years(1)]
            long = px_day * 30.44 >= 56
            minor = [(d.toordinal(), i18n.month_name(d.month, short=not long)) for d in months(1)]
        elif px_day * 91.3 >= 28:  # quarters under years
            major = [(d.toordinal(), str(d.year)) for d in years(1)]
            minor = [
                (d.toordinal(), self.tr("Q%1").replace("%1", str((d.month - 1) // 3 + 1))) for d in months(3)
            ]
        else:  # years (every 1, 2, 5, 10 … so labels do not collide)
            step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if s * 365.25 * px_day >= 40), 100)
            minor = [(d.toordinal(), str(d.year)) for d in years(step)]
        return major, minor

    def _paint_axis(self, p: QPainter) -> None:
        p.fillRect(QRectF(0, 0, self.width(), AXIS_H), QColor("#efede8"))
        p.setPen(QColor("#dcd9d2"))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(self.width(), AXIS_H - 0.5))
        major, minor = self._ticks()
        fm_small = QFontMetricsF(self._small)
        fm_bold = QFontMetricsF(self._bold)
        left, right = GUTTER, GUTTER + self.plot_width()
        p.save()
        p.setClipRect(QRectF(GUTTER, 0, self.plot_width() + RIGHT_MARGIN, AXIS_H))
        # Minor: a tick and a label after it.
        p.setFont(self._small)
        y_minor = AXIS_H - 4 if major else AXIS_H / 2 + fm_small.ascent() / 2
        for day, label in minor:
            x = self.x_of(day)
            if x < left - 60 or x > right + 2:
                continue
            p.setPen(QColor("#9a968c"))
            p.drawLine(QPointF(x, AXIS_H - 16 if major else AXIS_H - 10), QPointF(x, AXIS_H))
            if x + 3 < left:
                continue  # a label half cut by the plot's edge ("6" of "2016"): its tick only
            p.setPen(QColor("#3c4043"))
            p.drawText(QPointF(x + 3, y_minor if major else AXIS_H - 14), label)
        # Major: sticky at the left edge while its period is in view.
        p.setFont(self._bold)
        for i, (day, label) in enumerate(major):
            x = self.x_of(day)
            nxt = self.x_of(major[i + 1][0]) if i + 1 < len(major) else right + 1000
            if nxt < left or x > right:
                continue
            w = fm_bold.horizontalAdvance(label)
            lx = max(x + 3, left + 3)
            lx = min(lx, nxt - w - 6) if nxt - w - 6 > x else lx
            p.setPen(QColor("#7a766c"))
            p.drawLine(QPointF(x, 0), QPointF(x, AXIS_H))
            p.setPen(QColor("#202124"))
            p.drawText(QPointF(lx, 4 + fm_bold.ascent()), label)
        p.restore()
        p.setPen(QColor("#5f6368"))
        p.setFont(self._small)
        frame = self.frame()
        if frame is not None and frame.clustered:
            unit = frame.unit
            text = self.tr("Groups: one %1").replace("%1", _tr(UNIT_LABELS.get(str(unit), "day")))
            p.drawText(
                QRectF(8, 0, GUTTER - 12, AXIS_H),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm_small.elidedText(text, Qt.TextElideMode.ElideRight, GUTTER - 14),
            )

    def _paint_lines(self, p: QPainter, plot: QRectF) -> None:
        major, minor = self._ticks()
        p.setPen(QPen(QColor(0, 0, 0, 18), 1))
        for day, _ in minor:
            x = self.x_of(day)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(QPen(QColor(0, 0, 0, 40), 1))
        for day, _ in major:
            x = self.x_of(day)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setFont(self._small)
        for day, colour, label, style in (
            (self._today, TODAY_COLOUR, self.tr("today"), Qt.PenStyle.DashLine),
            (self._latest, LATEST_COLOUR, self.tr("latest"), Qt.PenStyle.SolidLine),
        ):
            if day is None:
                continue
            x = self.x_of(day + 0.5)
            if not (plot.left() - 1 <= x <= plot.right() + 1):
                continue
            pen = QPen(QColor(colour), 1.6, style)
            p.setPen(pen)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            fm = QFontMetricsF(self._small)
            w = fm.horizontalAdvance(label) + 6
            lx = x - w - 2 if x + w + 2 > plot.right() else x + 2
            row = 0
            if day == self._latest and self._today is not None:
                tx = self.x_of(self._today + 0.5)
                if abs(tx - x) < w + 40:  # keep the two labels apart
                    row = 1
            box = QRectF(lx, plot.bottom() - 16 - row * 16, w, 14)
            p.fillRect(box, QColor(255, 255, 255, 220))
            p.setPen(QColor(colour))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    # entries -----------------------------------------------------------------

    def _paint_entries(self, p: QPainter, frame: tl.Frame) -> None:
        """Draw the placed entries: a few batched calls per lane, text only where it fits.

        Entries are grouped by lane; period bars of a lane go out as one
        ``drawRects`` and two ``drawLines`` calls, whatever their number.
        Rectangles are computed inline (``placed_rect`` does the same per
        entry, for hit tests) to keep Python work per entry small.
        """
        p.setFont(self._small)
        top0, lane_h = self._lane_tops()
        styles = [self._style(lane, i) for i, lane in enumerate(frame.lanes)]
        item_cls, cluster_cls = tl.Item, tl.Cluster
        # Heat of a bucket: log of its count against the lane's densest bucket.
        top_count: dict[int, int] = {}
        # Room after each item in its row, for its title.
        rows: dict[tuple[int, int], list[float]] = {}
        for pl in frame.placed:
            rows.setdefault((pl.lane, pl.row), []).append(pl.x0)
            e = pl.entry
            heavier = e.count > top_count.get(pl.lane, 1) if type(e) is cluster_cls else False
            if heavier and e.precision is None:
                top_count[pl.lane] = e.count
        for v in rows.values():
            v.sort()
        end_x = frame.width + 4
        points: dict[int, list[QRectF]] = {}
        spans: dict[int, list[QRectF]] = {}
        texts: list[tuple[QRectF, str]] = []
        clusters: list[tuple[int, QRectF, int]] = []
        for pl in frame.placed:
            e = pl.entry
            y = top0 + pl.lane * lane_h + 3 + pl.row * ROW_H
            x0 = pl.x0 + GUTTER
            w = pl.x1 - pl.x0
            is_item = type(e) is item_cls
            if is_item and e.precision == "day":
                r = QRectF(x0, y + 2, w, ROW_H - 4)
                points.setdefault(pl.lane, []).append(r)
                room = self._room_after(rows, pl, end_x)
                if room > 40:
                    texts.append((
                        QRectF(x0 + w + 3, y, room - 6, ROW_H),
                        self._elide(e.title or e.file, room - 6),
                    ))
            elif is_item or e.precision is not None:
                r = QRectF(x0, y + 3, w, ROW_H - 6)
                spans.setdefault(pl.lane, []).append(r)
                label = (e.title or e.file) if is_item else (f"×{e.count}" if e.count > 1 else "")
                left = max(x0, GUTTER)
                inner = x0 + w - left - 10
                if inner > 24 and label:
                    texts.append((QRectF(left + 5, y, inner, ROW_H), self._elide(label, inner)))
                elif is_item:
                    room = self._room_after(rows, pl, end_x)
                    if room > 40:
                        texts.append((
                            QRectF(x0 + w + 3, y, room - 6, ROW_H),
                            self._elide(e.title or e.file, room - 6),
                        ))
            else:  # a bucket of day-dated articles
                r = QRectF(x0 + 0.5, y + 1, max(1.0, w - 1), ROW_H - 2)
                clusters.append((pl.lane, r, e.count))
        for lane, rects in spans.items():
            self._paint_spans(p, rects, styles[lane])
        if points:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for lane, rects in points.items():
                st = styles[lane]
                p.setPen(st.point_pen)
                p.setBrush(st.brush)
                for r in rects:
                    d = (min(r.width(), r.height()) - 1) / 2
                    p.drawEllipse(r.center(), d, d)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        steps = _LaneStyle.HEAT_STEPS
        logs = {lane: math.log1p(n) for lane, n in top_count.items()}
        count_texts: list[tuple[QRectF, str, bool]] = []
        pen_lane = -1
        for lane, r, count in clusters:
            st = styles[lane]
            if lane != pen_lane:
                p.setPen(st.cluster_pen)
                pen_lane = lane
            heat = math.log1p(count) / logs.get(lane, math.log1p(1))
            p.setBrush(st.heat_brushes[max(0, min(steps, round(heat * steps)))])
            p.drawRoundedRect(r, 3, 3)
            text = tl.compact_count(count)
            if self._text_width(text) + 4 <= r.width():
                count_texts.append((r, text, heat > 0.55 and st.light))
        centre = Qt.AlignmentFlag.AlignCenter
        for light in (False, True):
            p.setPen(_WHITE if light else _INK)
            for r, text, lit in count_texts:
                if lit is light:
                    p.drawText(r, centre, text)
        if texts:
            p.setPen(_INK)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            for r, text in texts:
                p.drawText(r, flags, text)

    def _lane_tops(self) -> tuple[float, float]:
        """``(top of lane 0, lane height)``."""
        self.lane_rect(0)  # refreshes the cached geometry
        return self._lane_geometry

    @staticmethod
    def _room_after(rows: dict[tuple[int, int], list[float]], pl: tl.Placed, end_x: float) -> float:
        row = rows[(pl.lane, pl.row)]
        i = bisect.bisect_right(row, pl.x0)
        nxt = row[i] if i < len(row) else end_x
        return nxt - pl.x1

    def _paint_spans(self, p: QPainter, rects: list[QRectF], st: _LaneStyle) -> None:
        """Period bars of one lane: translucent fills, edges and solid end caps, batched."""
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(st.span_brush)
        p.drawRects(rects)
        edges: list[QLineF] = []
        caps: list[QLineF] = []
        for r in rects:
            x0, x1, t, b = r.left(), r.right(), r.top(), r.bottom()
            edges.append(QLineF(x0, t, x1, t))
            edges.append(QLineF(x0, b, x1, b))
            caps.append(QLineF(x0 + 1, t - 2, x0 + 1, b + 2))
            caps.append(QLineF(x1 - 1, t - 2, x1 - 1, b + 2))
        p.setPen(st.span_edge)
        p.drawLines(edges)
        p.setPen(st.span_cap)
        p.drawLines(caps)

    def _paint_span(self, p: QPainter, r: QRectF, base: QColor) -> None:
        """A period: translucent bar with solid end caps (never a dot)."""
        fill = QColor(base)
        fill.setAlphaF(0.28)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(r)
        p.setPen(QPen(base.darker(120), 1))
        p.drawLine(r.topLeft(), r.topRight())
        p.drawLine(r.bottomLeft(), r.bottomRight())
        cap = QPen(base.darker(150), 2.2)
        cap.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(cap)
        p.drawLine(QPointF(r.left() + 1, r.top() - 2), QPointF(r.left() + 1, r.bottom() + 2))
        p.drawLine(QPointF(r.right() - 1, r.top() - 2), QPointF(r.right() - 1, r.bottom() + 2))

    def _paint_marks(self, p: QPainter, frame: tl.Frame) -> None:
        if not frame.marks:
            return
        fm = self._fm_small
        p.setFont(self._small)
        p.setPen(_MARK_PEN)
        p.setBrush(_MARK_BRUSH)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        counts: list[tuple[QPointF, str]] = []
        marks = frame.marks
        for i, mark in enumerate(marks):
            r = self.mark_rect(mark)
            tip = QPointF(r.center().x(), r.bottom())
            p.drawPolygon(QPolygonF([r.topLeft(), r.topRight(), tip]))
            if len(mark.directives) > 1:
                text = tl.compact_count(len(mark.directives))
                # The count only where it does not run into the next mark.
                nxt = marks[i + 1] if i + 1 < len(marks) else None
                room = (nxt.x - mark.x - 8) if nxt is not None and nxt.lane == mark.lane else 1e9
                if self._text_width(text) + 2 <= room:
                    counts.append((QPointF(r.right() + 1, r.top() + fm.ascent()), text))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QColor("#8a3a00"))
        for at, text in counts:
            p.drawText(at, text)

    def _paint_highlight(self, p: QPainter, frame: tl.Frame, plot: QRectF) -> None:
        if self._highlight is None or self._highlight_place is None:
            return
        a, b = self._highlight_place
        x0, x1 = self.x_of(a), self.x_of(b)
        guide = QColor(HIGHLIGHT_COLOUR)
        guide.setAlpha(60)
        p.fillRect(QRectF(x0, plot.top(), max(2.0, x1 - x0), plot.height()), guide if x1 - x0 < 3 else QColor(0, 0, 0, 14))
        rect = self.item_rect(self._highlight)
        if rect is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#ffffff"), 4))
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
            p.setPen(QPen(QColor(HIGHLIGHT_COLOUR), 2))
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)

    def _legend_entries(self) -> list[tuple[str, float, str]]:
        """``(glyph, glyph width, text)`` of the legend, in order."""
        return [
            ("point", 12.0, self.tr("known to the day")),
            ("span", 34.0, self.tr("period (month, quarter, half-year, year)")),
            ("cluster", 28.0, self.tr("several articles: click to zoom in")),
            ("mark", 13.0, self.tr("directive issued")),
            ("today", 6.0, self.tr("today")),
            ("latest", 6.0, self.tr("latest article")),
        ]

    def _legend_layout(self) -> list[tuple[float, int, str, float, str]]:
        """``(x, line, glyph, glyph width, text)``: the legend flowed into lines."""
        fm = QFontMetricsF(self._small)
        out = []
        x, line = 10.0, 0
        for glyph, gw, text in self._legend_entries():
            need = gw + 4 + fm.horizontalAdvance(text)
            if x > 10 and x + need > self.width() - 8:
                x, line = 10.0, line + 1
            out.append((x, line, glyph, gw, text))
            x += need + 18
        return out

    def _legend_cached(self) -> list[tuple[float, int, str, float, str]]:
        key = (self.width(), i18n.current_language())
        if self._legend_key != key:
            self._legend = self._legend_layout()
            self._legend_key = key
        return self._legend

    def legend_height(self) -> float:
        """Height of the legend strip (one line, or more in a narrow view)."""
        lines = 1 + max((e[1] for e in self._legend_cached()), default=0)
        return LEGEND_H + (lines - 1) * 18

    def _paint_legend(self, p: QPainter) -> None:
        h = self.legend_height()
        top = self.height() - h
        p.fillRect(QRectF(0, top, self.width(), h), QColor("#efede8"))
        p.setFont(self._small)
        fm = QFontMetricsF(self._small)
        ink = QColor("#3c4043")
        demo = QColor(OKABE_ITO["blue"])
        for x, line, glyph, gw, text in self._legend_cached():
            cy = top + LEGEND_H / 2 + line * 18
            if glyph == "point":
                p.setPen(QPen(demo.darker(160), 1.2))
                p.setBrush(demo)
                p.drawEllipse(QPointF(x + 5, cy), 4.5, 4.5)
            elif glyph == "span":
                self._paint_span(p, QRectF(x, cy - 4, gw - 4, 8), demo)
            elif glyph == "cluster":
                fill = QColor(demo)
                fill.setAlphaF(0.7)
                p.setPen(QPen(demo.darker(140), 1))
                p.setBrush(fill)
                box = QRectF(x, cy - 7, gw - 4, 14)
                p.drawRoundedRect(box, 3, 3)
                p.setPen(QColor("#ffffff"))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, "12")
            elif glyph == "mark":
                tri = QPolygonF([QPointF(x, cy - 5), QPointF(x + 10, cy - 5), QPointF(x + 5, cy + 5)])
                p.setPen(QPen(QColor(MARK_COLOUR).darker(130), 1))
                p.setBrush(QColor(MARK_COLOUR))
                p.drawPolygon(tri)
            elif glyph == "today":
                p.setPen(QPen(QColor(TODAY_COLOUR), 1.6, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x + 2, cy - 7), QPointF(x + 2, cy + 7))
            else:
                p.setPen(QPen(QColor(LATEST_COLOUR), 1.6))
                p.drawLine(QPointF(x + 2, cy - 7), QPointF(x + 2, cy + 7))
            p.setPen(ink)
            p.drawText(QPointF(x + gw + 4, cy + fm.ascent() / 2 - 1), text)

    # --- tooltips ------------------------------------------------------------

    def describe(self, entry: tl.Placed | tl.Mark) -> str:
        """The hover text of an entry (title, date, kind; or a count)."""
        if isinstance(entry, tl.Mark):
            lines = []
            for d in entry.directives[:12]:
                lines.append(
                    self.tr("%1, issued %2").replace("%1", d.canonical).replace("%2", i18n.format_date(d.issue_date))
                )
            if len(entry.directives) > 12:
                lines.append(self.tr("… and %1 more").replace("%1", str(len(entry.directives) - 12)))
            return "\n".join(lines)
        e = entry.entry
        if isinstance(e, tl.Item):
            kind = lane_label(e.kind)
            date = i18n.format_period(e.start, e.end, e.precision)
            return f"{e.title or e.file}\n{date} · {kind}"
        lane = lane_label(e.lane, self._directive_names)
        if e.precision is not None:
            when = i18n.format_period(e.start, e.end, e.precision)
        elif e.unit == "day":
            when = i18n.format_date(e.start)
        else:
            when = f"{i18n.format_date(e.start)} – {i18n.format_date(e.end)}"
        text = self.tr("%n article(s)", "", e.count)
        hint = self.tr("Click to zoom in") if self._can_zoom_into(e) else self.tr("Click to list them")
        return f"{text} · {lane}\n{when}\n{hint}"

    def _can_zoom_into(self, e: tl.Cluster) -> bool:
        return (self._t1 - self._t0) > MIN_RANGE_DAYS * 1.01 and (e.t1 - e.t0) < (self._t1 - self._t0) * 0.9

    def event(self, ev: QEvent) -> bool:
        """Override QObject::event: tooltips, and claim zoom keys from the window."""
        if ev.type() == QEvent.Type.ToolTip:
            assert isinstance(ev, QHelpEvent)
            found = self.entry_at(QPointF(ev.pos()))
            if found is None:
                QToolTip.hideText()
                ev.ignore()
            else:
                QToolTip.showText(ev.globalPos(), self.describe(found), self)
            return True
        if ev.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(ev, QKeyEvent)
            if self._zoom_key(ev) is not None:
                ev.accept()  # Ctrl+= zooms the timeline, not the reader's text
                return True
        return super().event(ev)

    # --- input ---------------------------------------------------------------

    @staticmethod
    def _zoom_key(ev: QKeyEvent) -> float | None:
        key = ev.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            return 1.5
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            return 1 / 1.5
        return None

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        """Override QWidget::keyPressEvent: zoom, pan, fit."""
        factor = self._zoom_key(ev)
        key = ev.key()
        if factor is not None:
            self.zoom(factor)
        elif key == Qt.Key.Key_Left:
            self.pan(-PAN_STEP * self.plot_width())
        elif key == Qt.Key.Key_Right:
            self.pan(PAN_STEP * self.plot_width())
        elif key == Qt.Key.Key_Home or (
            key == Qt.Key.Key_0 and ev.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.fit_all()
        else:
            super().keyPressEvent(ev)

    def wheelEvent(self, ev: QWheelEvent) -> None:
        """Override QWidget::wheelEvent: zoom around the cursor (horizontal wheel pans)."""
        delta = ev.angleDelta()
        if delta.x() and not delta.y():
            self.pan(-delta.x() / 120 * 40)
        elif delta.y():
            self.zoom(1.25 ** (delta.y() / 120), ev.position().x())
        ev.accept()

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        """Override QWidget::mousePressEvent: start a drag or a click."""
        if ev.button() == Qt.MouseButton.LeftButton:
            self._press = ev.position()
            self._press_range = (self._t0, self._t1)
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        """Override QWidget::mouseMoveEvent: drag to pan."""
        if self._press is not None and self._press_range is not None:
            dx = ev.position().x() - self._press.x()
            if self._dragging or abs(dx) > DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                t0, t1 = self._press_range
                days = -dx * (t1 - t0) / self.plot_width()
                self.set_visible_range(t0 + days, t1 + days)
        else:
            found = self.entry_at(ev.position())
            self.setCursor(Qt.CursorShape.PointingHandCursor if found else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(ev)

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:
        """Override QWidget::mouseReleaseEvent: a click activates what is under it."""
        if ev.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_drag = self._dragging
            self._press = None
            self._dragging = False
            self.unsetCursor()
            if not was_drag:
                self.activate(self.entry_at(ev.position()), ev.globalPosition().toPoint())
        super().mouseReleaseEvent(ev)

    def activate(self, found: tl.Placed | tl.Mark | None, global_pos: object = None) -> None:
        """Act on a clicked entry: open, zoom into, or list."""
        if found is None:
            return
        if isinstance(found, tl.Mark):
            if len(found.directives) == 1:
                self.directive_activated.emit(found.directives[0].directive_id)
            else:
                menu = QMenu(self)
                for d in found.directives:
                    act = menu.addAction(f"{d.canonical} ({i18n.format_date(d.issue_date)})")
                    act.triggered.connect(lambda _=False, i=d.directive_id: self.directive_activated.emit(i))
                menu.popup(global_pos or self.mapToGlobal(self.rect().center()))  # type: ignore[arg-type]
            return
        e = found.entry
        if isinstance(e, tl.Item):
            self.article_activated.emit(e.article_id)
            return
        if self._can_zoom_into(e):
            pad = max(1.0, (e.t1 - e.t0) * 0.15)
            self.set_visible_range(e.t0 - pad, e.t1 + pad)
            return
        assert self._timeline is not None
        menu = QMenu(self)
        items = self._timeline.items_at(e.lane, e.t0, e.t1, limit=2000)
        if e.precision is not None:  # the articles of that one period
            items = [i for i in items if (i.start, i.end, i.precision) == (e.start, e.end, e.precision)]
        for item in items[:60]:
            text = f"{i18n.format_period(item.start, item.end, item.precision)}  {item.title or item.file}"
            act = menu.addAction(QFontMetricsF(menu.font()).elidedText(text, Qt.TextElideMode.ElideRight, 520))
            act.triggered.connect(lambda _=False, i=item.article_id: self.article_activated.emit(i))
        menu.popup(global_pos or self.mapToGlobal(self.rect().center()))  # type: ignore[arg-type]


class UndatedListModel(QAbstractListModel):
    """The articles with no date at all, paged in by id (they are never dropped)."""

    PAGE = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: object | None = None
        self._filter = ArticleFilter()
        self._rows: list[tuple[int, str, str]] = []
        self._exhausted = True
        self._total = 0

    def set_source(self, db: object, flt: ArticleFilter) -> None:
        """Show the undated articles of ``db`` that ``flt`` selects."""
        self.beginResetModel()
        self._db = db
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self._total = tq.undated_count(db, flt)  # type: ignore[arg-type]
        self.endResetModel()
        self.fetchMore()

    def total(self) -> int:
        """How many undated articles there are (all pages)."""
        return self._total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        article_id, file, title = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title or file
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{file}"
        if role == ArticleIdRole:
            return article_id
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        return not parent.isValid() and not self._exhausted and self._db is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Override QAbstractItemModel::fetchMore."""
        if parent.isValid() or self._exhausted or self._db is None:
            return
        after = self._rows[-1][0] if self._rows else 0
        batch = tq.undated_page(self._db, self._filter, after, self.PAGE)  # type: ignore[arg-type]
        if len(batch) < self.PAGE:
            self._exhausted = True
        if not batch:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()
