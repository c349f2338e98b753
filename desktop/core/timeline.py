"""The timeline, Qt-free: what to draw where for a visible range and width.

An article sits at its event date, else its event period, else its publication
date. A date known to the day is a *point*; a period (month, quarter, half-year,
year) is a *span* over the days it covers, never pretended to be a day.

``Timeline`` holds small aggregates of the library (counts per lane and month,
counts per lane and period), read once per filter and lane mode. ``frame()``
turns a visible range and a pixel width into placed entries:

* a lane with few articles in view gets one ``Item`` per article, stacked in
  rows so that overlapping items never hide each other;
* a dense lane gets ``Cluster`` entries: counts of day-dated articles per
  calendar bucket (day, week, month, quarter, half-year, year, decade…, the
  finest at least ``MIN_BUCKET_PX`` wide), plus one span per distinct period
  with its count. Zooming in splits clusters until single items show.

So drawing never creates one object per article when zoomed out, at any
library size. Times are proleptic Gregorian ordinals (``date.toordinal()``),
floats in view ranges; a day ``d`` covers ``[d, d + 1)``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.models import Level, MeetingKind
from desktop.core.store import timeline_queries as tq
from desktop.core.store.queries import ArticleFilter


class LaneMode(enum.StrEnum):
    """How articles are split into lanes."""

    KIND = "kind"
    LEVEL = "level"
    DIRECTIVE = "directive"


KIND_LANES: tuple[str, ...] = tuple(str(k) for k in MeetingKind)
LEVEL_LANES: tuple[str, ...] = tuple(str(v) for v in Level)

POINT_PX = 11.0  # drawn width of a day-dated article
GAP_PX = 2.0  # space kept between stacked neighbours
MIN_SPAN_PX = 3.0  # a period never shrinks below this (still visibly a bar)
MIN_BUCKET_PX = 24.0  # a cluster is at least this wide (room for its count)
MARK_PX = 22.0  # directive marks closer than this merge (room for a count)
MIN_PERIOD_CLUSTER_PX = 6.0  # narrower period groups are counted into the buckets
MAX_ITEMS_PER_LANE = 400  # above this a lane is drawn as clusters


class Unit(enum.StrEnum):
    """Calendar buckets for clusters, finest first."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"
    YEARS_2 = "2-years"
    YEARS_5 = "5-years"
    DECADE = "decade"


# (unit, approximate length in days, length in months or None for day units)
_UNITS: tuple[tuple[Unit, float, int | None], ...] = (
    (Unit.DAY, 1.0, None),
    (Unit.WEEK, 7.0, None),
    (Unit.MONTH, 30.44, 1),
    (Unit.QUARTER, 91.3, 3),
    (Unit.HALF_YEAR, 182.6, 6),
    (Unit.YEAR, 365.25, 12),
    (Unit.YEARS_2, 730.5, 24),
    (Unit.YEARS_5, 1826.2, 60),
    (Unit.DECADE, 3652.5, 120),
)


# --- dates -------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def ordinal(iso: str) -> int | None:
    """The ordinal of an ISO day (``YYYY-MM-DD``; ``YYYY-MM``/``YYYY`` mean the first day)."""
    try:
        if len(iso) >= 10:
            return dt.date.fromisoformat(iso[:10]).toordinal()
        if len(iso) == 7:
            return dt.date(int(iso[:4]), int(iso[5:7]), 1).toordinal()
        if len(iso) == 4:
            return dt.date(int(iso), 1, 1).toordinal()
    except ValueError:
        return None
    return None


def iso(day: float) -> str:
    """The ISO day holding ordinal ``day`` (clamped to the calendar)."""
    d = int(max(1, min(dt.date.max.toordinal(), day)))
    return dt.date.fromordinal(d).isoformat()


@functools.lru_cache(maxsize=8192)
def month_start(month_index: int) -> int:
    """The ordinal of the first day of month ``year * 12 + month - 1``."""
    year, m0 = divmod(month_index, 12)
    year = max(1, min(9999, year))
    return dt.date(year, m0 + 1, 1).toordinal()


def month_index(day: float) -> int:
    """``year * 12 + month - 1`` of the month holding ordinal ``day``."""
    d = dt.date.fromordinal(int(max(1, min(dt.date.max.toordinal(), day))))
    return d.year * 12 + d.month - 1


# --- what is drawn -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One article on the axis.

    Attributes:
        t0, t1: ordinals, ``t1`` exclusive (a day: ``t1 == t0 + 1``).
        start, end, precision: as stored (ISO days, ``day``/``month``/…).
    """

    article_id: int
    title: str
    file: str
    start: str
    end: str
    precision: str
    lane: str
    kind: str
    level: str
    t0: int
    t1: int

    @property
    def is_point(self) -> bool:
        """True when the date is known to the day."""
        return self.precision == "day"


@dataclass(frozen=True, slots=True)
class Cluster:
    """Several articles drawn as one entry with a count.

    Attributes:
        precision: None for a bucket of day-dated articles (``unit`` names
            the bucket); else the precision of the one period all its
            articles share (``start``/``end`` are that period).
        mixed: True when period-dated articles that had no room of their own
            were counted into this bucket.
    """

    lane: str
    t0: int
    t1: int
    count: int
    precision: str | None = None
    unit: str = ""
    start: str = ""
    end: str = ""
    mixed: bool = False

    @property
    def is_point(self) -> bool:
        """Clusters are never single points."""
        return False


def compact_count(n: int) -> str:
    """A count short enough for a small box: ``987``, ``1.2k``, ``12k``."""
    if n < 1000:
        return str(n)
    if n < 10000:
        return f"{n / 1000:.1f}k"
    return f"{n // 1000}k"


Entry = Item | Cluster


@dataclass(frozen=True, slots=True)
class Placed:
    """An entry with its place: lane, stacking row and x extent in pixels."""

    lane: int
    row: int
    x0: float
    x1: float
    entry: Entry


@dataclass(frozen=True, slots=True)
class Mark:
    """Directive issue dates at one place (several when they would overlap)."""

    x: float
    lane: int  # -1: the directives lane above the article lanes
    directives: tuple[tq.DirectiveDate, ...]


@dataclass
class Frame:
    """Everything to draw for one visible range.

    Attributes:
        clustered: lane indexes drawn as clusters (the others show items).
        unit: the cluster bucket in use (for labels).
    """

    t0: float
    t1: float
    width: float
    rows: int
    lanes: tuple[str, ...]
    placed: list[Placed] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    clustered: set[int] = field(default_factory=set)
    unit: Unit = Unit.DAY

    def x(self, day: float) -> float:
        """Pixel x of ordinal ``day``."""
        return (day - self.t0) * self.width / (self.t1 - self.t0)

    def day(self, x: float) -> float:
        """Ordinal at pixel ``x``."""
        return self.t0 + x * (self.t1 - self.t0) / self.width


# --- the timeline ------------------------------------------------------------


@dataclass
class _Period:
    t0: int
    t1: int
    start: str
    end: str
    precision: str
    count: int


class Timeline:
    """The filtered library as timeline data, for any visible range.

    Args:
        db: the library.
        flt: the article list's filter (the timeline shows what it shows).
        mode: the lane mode.
        directive_ids: the directives given a lane each in ``DIRECTIVE`` mode.
        marks: load directive issue dates.
    """

    def __init__(
        self,
        db: Database,
        flt: ArticleFilter = ArticleFilter(),
        mode: LaneMode = LaneMode.KIND,
        directive_ids: Sequence[int] = (),
        *,
        marks: bool = True,
    ) -> None:
        self.db = db
        self.filter = flt
        self.mode = LaneMode(mode)
        self.directive_ids = tuple(directive_ids)
        self.source = tq.LaneSource(str(self.mode), self.directive_ids)
        if self.mode == LaneMode.KIND:
            self.lanes: tuple[str, ...] = KIND_LANES
        elif self.mode == LaneMode.LEVEL:
            self.lanes = LEVEL_LANES
        else:
            self.lanes = tuple(str(i) for i in self.directive_ids)
        self._lane_index = {lane: i for i, lane in enumerate(self.lanes)}
        self._load_overview()
        self.directive_dates: list[tq.DirectiveDate] = []
        if marks:
            ids = self.directive_ids if self.mode == LaneMode.DIRECTIVE else None
            if ids is None or ids:
                self.directive_dates = tq.directive_dates(db, flt, ids)
        self._mark_days = [ordinal(d.issue_date) for d in self.directive_dates]
        # (day, index) in day order, for finding the marks in view by bisection.
        self._mark_sorted = sorted((d, i) for i, d in enumerate(self._mark_days) if d is not None)
        self._day_cache: dict[tuple[str, str], list[tuple[str, str, int]]] = {}

    # --- aggregates --------------------------------------------------------

    def _load_overview(self) -> None:
        # lane -> sorted month indexes and their counts, with prefix sums.
        months: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for lane, month, n in tq.point_months(self.db, self.filter, self.source):
            try:
                months[lane].append((int(month[:4]) * 12 + int(month[5:7]) - 1, n))
            except ValueError:
                continue
        self._months: dict[str, tuple[list[int], list[int]]] = {}
        for lane, pairs in months.items():
            pairs.sort()
            keys = [k for k, _ in pairs]
            prefix = [0]
            for _, n in pairs:
                prefix.append(prefix[-1] + n)
            self._months[lane] = (keys, prefix)
        self._periods: dict[str, list[_Period]] = defaultdict(list)
        for lane, start, end, precision, n in tq.period_groups(self.db, self.filter, self.source):
            t0, t1 = ordinal(start), ordinal(end)
            if t0 is None or t1 is None:
                continue
            self._periods[lane].append(_Period(t0, max(t0, t1) + 1, start, end, precision, n))
        for periods in self._periods.values():
            periods.sort(key=lambda p: (p.t0, -p.t1))
        self.total_dated = sum(p[-1] for _, p in self._months.values()) + sum(
            p.count for ps in self._periods.values() for p in ps
        )

    def extent(self) -> tuple[int, int] | None:
        """``(first, last)`` ordinals (last exclusive) of everything dated, or None."""
        lows: list[int] = []
        highs: list[int] = []
        for keys, _ in self._months.values():
            if keys:
                lows.append(month_start(keys[0]))
                highs.append(month_start(keys[-1] + 1))
        for periods in self._periods.values():
            if periods:
                lows.append(periods[0].t0)
                highs.append(max(p.t1 for p in periods))
        for d in self._mark_days:
            if d is not None:
                lows.append(d)
                highs.append(d + 1)
        if not lows:
            return None
        return min(lows), max(highs)

    def latest(self) -> int | None:
        """The ordinal of the latest dated article's last day (the "latest" marker)."""
        days = []
        last = tq.max_sort_date(self.db, self.filter, self.source)
        if last:
            days.append(ordinal(last))
        days += [p.t1 - 1 for ps in self._periods.values() for p in ps]
        days = [d for d in days if d is not None]
        return max(days) if days else None

    def count_in(self, lane: str, t0: float, t1: float) -> int:
        """About how many articles of ``lane`` touch ``[t0, t1)`` (month resolution)."""
        n = 0
        keys, prefix = self._months.get(lane, ([], [0]))
        if keys:
            lo = bisect_left(keys, month_index(t0))
            hi = bisect_right(keys, month_index(t1))
            n += prefix[hi] - prefix[lo]
        for p in self._periods.get(lane, ()):
            if p.t0 < t1 and p.t1 > t0:
                n += p.count
        return n

    def _months_fit(self, lane: str, t0: float, t1: float, scale: float, rows: int) -> bool:
        """False when some stretch in view holds more points than its rows can (skip the read).

        Months are grouped into windows at least a point wide; a window
        ``w`` pixels wide stacks ``rows * w / (POINT_PX + GAP_PX)`` points.
        """
        keys, prefix = self._months.get(lane, ([], [0]))
        if not keys:
            return True
        month_px = 30.44 * scale
        step = max(1, math.ceil((POINT_PX + GAP_PX) / month_px))
        room = rows * step * month_px / (POINT_PX + GAP_PX) * 1.5  # windows are not sliding
        lo = bisect_left(keys, month_index(t0))
        hi = bisect_right(keys, month_index(t1))
        windows: dict[int, int] = defaultdict(int)
        for i in range(lo, hi):
            windows[keys[i] // step] += prefix[i + 1] - prefix[i]
        return all(n <= room for n in windows.values())

    def undated_count(self) -> int:
        """How many shown articles have no date."""
        return tq.undated_count(self.db, self.filter)

    # --- frames ------------------------------------------------------------

    def frame(self, t0: float, t1: float, width: float, rows: int = 4) -> Frame:
        """What to draw for the range ``[t0, t1)`` over ``width`` pixels.

        Args:
            rows: stacking rows available per lane (at least 2).
        """
        width = max(1.0, width)
        if t1 <= t0:
            t1 = t0 + 1
        rows = max(2, rows)
        frame = Frame(t0, t1, width, rows, self.lanes)
        scale = width / (t1 - t0)  # px per day
        frame.unit = choose_unit(scale)
        # How many items can a lane hold before stacking would overflow?
        cap = min(MAX_ITEMS_PER_LANE, int(rows * width / (POINT_PX + GAP_PX) / 3))
        item_lanes = [
            lane
            for lane in self.lanes
            if 0 < self.count_in(lane, t0, t1) <= cap and self._months_fit(lane, t0, t1, scale, rows)
        ]
        by_lane: dict[str, list[Item]] = defaultdict(list)
        if item_lanes:
            for row in tq.items_in_range(
                self.db,
                self.filter,
                self.source,
                iso(t0),
                iso(t1),
                only_lanes=item_lanes,
                limit=cap * len(item_lanes) * 2 + 10,
            ):
                a, b = ordinal(row.start), ordinal(row.end)
                if a is None or b is None:
                    continue
                by_lane[row.lane].append(
                    Item(
                        row.article_id,
                        row.title,
                        row.file,
                        row.start,
                        row.end,
                        row.precision,
                        row.lane,
                        row.kind,
                        row.level,
                        a,
                        max(a, b) + 1,
                    )
                )
        for index, lane in enumerate(self.lanes):
            placed = None
            if lane in by_lane:
                placed = _stack(frame, index, by_lane[lane], rows, first_row=0)
                if placed is None:
                    # Articles sharing one period become one span with a count.
                    placed = _stack(frame, index, _collapse_periods(by_lane[lane]), rows, first_row=0)
            if placed is None:
                if lane not in by_lane and lane in item_lanes:
                    continue  # counted by month but nothing actually in view
                if self.count_in(lane, t0, t1) == 0:
                    continue
                frame.clustered.add(index)
                placed = self._clusters(frame, index, lane, rows)
            frame.placed.extend(placed)
        frame.marks = self._marks(frame)
        return frame

    def _clusters(self, frame: Frame, index: int, lane: str, rows: int) -> list[Placed]:
        unit = frame.unit
        t0, t1 = frame.t0, frame.t1
        # Period groups first: each distinct period is one span with its count.
        periods = []
        narrow = []
        min_days = MIN_PERIOD_CLUSTER_PX * (t1 - t0) / frame.width
        for p in self._periods.get(lane, ()):
            if p.t0 < t1 and p.t1 > t0:
                c = Cluster(lane, p.t0, p.t1, p.count, p.precision, "", p.start, p.end)
                # Too narrow to read as a bar at this zoom: counted in its bucket.
                (periods if p.t1 - p.t0 >= min_days else narrow).append(c)
        placed, overflow = _pack(frame, index, periods, range(1, rows))
        overflow += narrow
        buckets: dict[int, int] = defaultdict(int)
        mixed: set[int] = set()
        if unit in (Unit.DAY, Unit.WEEK):
            step = 1 if unit == Unit.DAY else 7
            for _, day, n in self._days(lane, iso(t0 - 7), iso(t1 + 7)):
                d = ordinal(day)
                if d is not None:
                    buckets[d // step * step] += n
            span_of = {k: (k, k + step) for k in buckets}
        else:
            months = _UNIT_MONTHS[unit]
            keys, prefix = self._months.get(lane, ([], [0]))
            lo = bisect_left(keys, month_index(t0) - months)
            hi = bisect_right(keys, month_index(t1) + months)
            for i in range(lo, hi):
                buckets[keys[i] // months * months] += prefix[i + 1] - prefix[i]
            span_of = {k: (month_start(k), month_start(k + months)) for k in buckets}
        for c in overflow:  # no row of its own: count it where it starts
            if unit in (Unit.DAY, Unit.WEEK):
                step = 1 if unit == Unit.DAY else 7
                k = c.t0 // step * step
                span_of.setdefault(k, (k, k + step))
            else:
                months = _UNIT_MONTHS[unit]
                k = month_index(c.t0) // months * months
                span_of.setdefault(k, (month_start(k), month_start(k + months)))
            buckets[k] += c.count
            mixed.add(k)
        for k in sorted(buckets):
            a, b = span_of[k]
            if b <= t0 or a >= t1:
                continue
            c = Cluster(lane, a, b, buckets[k], None, str(unit), iso(a), iso(b - 1), k in mixed)
            placed.append(Placed(index, 0, frame.x(a), frame.x(b), c))
        return placed

    def _days(self, lane: str, first: str, last: str) -> list[tuple[str, str, int]]:
        key = (first, last)
        if key not in self._day_cache:
            if len(self._day_cache) > 8:
                self._day_cache.clear()
            self._day_cache[key] = tq.point_days(self.db, self.filter, self.source, first, last)
        return [r for r in self._day_cache[key] if r[0] == lane]

    def _marks(self, frame: Frame) -> list[Mark]:
        found: list[tuple[float, int, tq.DirectiveDate]] = []
        days = self._mark_sorted
        lo = bisect_left(days, (frame.t0 - 1, -1))
        hi = bisect_right(days, (frame.t1 + 1, len(days)))
        for day, i in days[lo:hi]:
            d = self.directive_dates[i]
            lane = self._lane_index.get(str(d.directive_id), -1)
            found.append((frame.x(day + 0.5), lane, d))
        found.sort(key=lambda f: (f[1], f[0]))
        marks: list[Mark] = []
        group: list[tuple[float, int, tq.DirectiveDate]] = []
        for f in found:
            if group and (f[1] != group[0][1] or f[0] - group[0][0] > MARK_PX):
                marks.append(_mark(group))
                group = []
            group.append(f)
        if group:
            marks.append(_mark(group))
        return marks

    def items_at(self, lane: str, t0: int, t1: int, limit: int = 60) -> list[Item]:
        """The articles of one lane inside ``[t0, t1)`` (a cluster's contents)."""
        out = []
        for row in tq.items_in_range(
            self.db, self.filter, self.source, iso(t0), iso(t1 - 1), only_lanes=[lane], limit=limit
        ):
            a, b = ordinal(row.start), ordinal(row.end)
            if a is None or b is None:
                continue
            out.append(
                Item(
                    row.article_id, row.title, row.file, row.start, row.end, row.precision,
                    row.lane, row.kind, row.level, a, max(a, b) + 1,
                )
            )
        return out


_UNIT_MONTHS = {unit: months for unit, _, months in _UNITS if months}


def choose_unit(px_per_day: float) -> Unit:
    """The finest bucket at least ``MIN_BUCKET_PX`` wide at this scale."""
    for unit, days, _ in _UNITS:
        if days * px_per_day >= MIN_BUCKET_PX:
            return unit
    return Unit.DECADE


def _mark(group: list[tuple[float, int, tq.DirectiveDate]]) -> Mark:
    x = sum(g[0] for g in group) / len(group)
    return Mark(x, group[0][1], tuple(g[2] for g in group))


def _extent(frame: Frame, e: Entry) -> tuple[float, float]:
    if isinstance(e, Item) and e.is_point:
        mid = frame.x(e.t0 + 0.5)
        return mid - POINT_PX / 2, mid + POINT_PX / 2
    x0, x1 = frame.x(e.t0), frame.x(e.t1)
    if x1 - x0 < MIN_SPAN_PX:
        mid = (x0 + x1) / 2
        x0, x1 = mid - MIN_SPAN_PX / 2, mid + MIN_SPAN_PX / 2
    return x0, x1


def _pack(
    frame: Frame, lane: int, entries: Sequence[Entry], rows: range
) -> tuple[list[Placed], list[Entry]]:
    """Greedy interval packing: each entry goes to the first row it fits in."""
    ends = {r: float("-inf") for r in rows}
    placed: list[Placed] = []
    overflow: list[Entry] = []
    for e in sorted(entries, key=lambda e: (_extent(frame, e)[0], -e.t1)):
        x0, x1 = _extent(frame, e)
        gap = GAP_PX if isinstance(e, Item) else 0.5
        for r in rows:
            if ends[r] + gap <= x0:
                ends[r] = x1
                placed.append(Placed(lane, r, x0, x1, e))
                break
        else:
            overflow.append(e)
    return placed, overflow


def _collapse_periods(items: Sequence[Item]) -> list[Entry]:
    """Items, with every set of articles sharing one period as one ``Cluster``."""
    groups: dict[tuple[str, str, str], list[Item]] = defaultdict(list)
    out: list[Entry] = []
    for item in items:
        if item.is_point:
            out.append(item)
        else:
            groups[(item.start, item.end, item.precision)].append(item)
    for (start, end, precision), members in groups.items():
        if len(members) == 1:
            out.append(members[0])
        else:
            first = members[0]
            out.append(Cluster(first.lane, first.t0, first.t1, len(members), precision, "", start, end))
    return out


def _stack(
    frame: Frame, lane: int, items: Sequence[Entry], rows: int, first_row: int
) -> list[Placed] | None:
    """Items stacked in rows, or None when they do not all fit (cluster instead)."""
    placed, overflow = _pack(frame, lane, items, range(first_row, rows))
    return None if overflow else placed


def lane_of_item_json(item: tq.ItemRow) -> dict[str, object]:
    """The ``timeline --json`` record of one article."""
    return {
        "article_id": item.article_id,
        "file": item.file,
        "title": item.title,
        "start": item.start,
        "end": item.end,
        "precision": item.precision,
        "lane": item.lane,
    }
