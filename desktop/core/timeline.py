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
    month: int = 0  # month index of t0 (its bucket when counted into one)


@dataclass
class TimelineData:
    """The aggregates a ``Timeline`` is drawn from, read once per filter and lane mode.

    Plain data, no connection: ``load_data`` can build it on a worker thread
    (with that thread's own connection) while the window keeps drawing.

    Attributes:
        days: lane -> (sorted ordinals of days holding day-dated articles,
            prefix sums of their counts), so a count over any range is two
            bisections and a subtraction.
        months: lane -> (sorted month indexes, prefix sums), the same by month.
        periods: lane -> period groups, by start.
        directive_dates: directives with a stated issue date.
        mark_lanes: lane index (-1: the directives lane) -> (issue days in
            order, the directives in that order, prefix sums of the days).
        latest: the ordinal of the last dated day (points and period ends).
    """

    days: dict[str, tuple[list[int], list[int]]]
    months: dict[str, tuple[list[int], list[int]]]
    periods: dict[str, list[_Period]]
    directive_dates: list[tq.DirectiveDate]
    mark_lanes: dict[int, tuple[list[int], tuple[tq.DirectiveDate, ...], list[int]]]
    latest: int | None
    total_dated: int


def lanes_for(mode: LaneMode, directive_ids: Sequence[int] = ()) -> tuple[str, ...]:
    """The lanes of a lane mode, top to bottom."""
    if mode == LaneMode.KIND:
        return KIND_LANES
    if mode == LaneMode.LEVEL:
        return LEVEL_LANES
    return tuple(str(i) for i in directive_ids)


def _prefix(counts: Sequence[int]) -> list[int]:
    out = [0]
    total = 0
    for n in counts:
        total += n
        out.append(total)
    return out


def load_data(
    db: Database,
    flt: ArticleFilter | None = None,
    mode: LaneMode = LaneMode.KIND,
    directive_ids: Sequence[int] = (),
    *,
    marks: bool = True,
) -> TimelineData:
    """Read the aggregates of the filtered library (a few GROUP BY queries).

    Counts are per (lane, day), not per month: a day-level zoom then needs no
    query, and months are summed from the days here (a few thousand rows per
    lane at most, whatever the library's size).
    """
    flt = flt if flt is not None else ArticleFilter()
    mode = LaneMode(mode)
    source = tq.LaneSource(str(mode), tuple(directive_ids))
    fromiso = dt.date.fromisoformat
    by_lane: dict[str, dict[int, int]] = defaultdict(dict)
    for lane, day, n in tq.point_days(db, flt, source, "0001-01-01", "9999-12-31"):
        try:
            d = fromiso(day[:10]).toordinal()
        except ValueError:
            continue
        counts = by_lane[lane]
        counts[d] = counts.get(d, 0) + n
    days: dict[str, tuple[list[int], list[int]]] = {}
    months: dict[str, tuple[list[int], list[int]]] = {}
    latest: int | None = None
    total = 0
    for lane, counts in by_lane.items():
        keys = sorted(counts)
        values = [counts[k] for k in keys]
        days[lane] = (keys, _prefix(values))
        per_month: dict[int, int] = {}
        for k, n in zip(keys, values, strict=True):
            m = month_index(k)
            per_month[m] = per_month.get(m, 0) + n
        mkeys = sorted(per_month)
        months[lane] = (mkeys, _prefix([per_month[m] for m in mkeys]))
        total += days[lane][1][-1]
        if keys and (latest is None or keys[-1] > latest):
            latest = keys[-1]
    periods: dict[str, list[_Period]] = defaultdict(list)
    for lane, start, end, precision, n in tq.period_groups(db, flt, source):
        t0, t1 = ordinal(start), ordinal(end)
        if t0 is None or t1 is None:
            continue
        periods[lane].append(
            _Period(t0, max(t0, t1) + 1, start, end, precision, n, month_index(t0))
        )
        total += n
    for ps in periods.values():
        ps.sort(key=lambda p: (p.t0, -p.t1))
        last = max(p.t1 for p in ps) - 1
        if latest is None or last > latest:
            latest = last
    dates: list[tq.DirectiveDate] = []
    if marks:
        ids = tuple(directive_ids) if mode == LaneMode.DIRECTIVE else None
        if ids is None or ids:
            dates = tq.directive_dates(db, flt, ids)
    # Per mark lane: days in order, the directives in the same order, and
    # prefix sums of the days (a group's mean place without a loop).
    lane_index = {lane: i for i, lane in enumerate(lanes_for(mode, directive_ids))}
    by_mark_lane: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, d in enumerate(dates):
        day = ordinal(d.issue_date)
        if day is None:
            continue
        by_mark_lane[lane_index.get(str(d.directive_id), -1)].append((day, i))
    mark_lanes = {}
    for lane, pairs in by_mark_lane.items():
        pairs.sort()
        mdays = [day for day, _ in pairs]
        mark_lanes[lane] = (mdays, tuple(dates[i] for _, i in pairs), _prefix(mdays))
    return TimelineData(days, months, dict(periods), dates, mark_lanes, latest, total)


class Timeline:
    """The filtered library as timeline data, for any visible range.

    Args:
        db: the library (read on this thread for the articles of a zoomed-in
            range only).
        flt: the article list's filter (the timeline shows what it shows).
        mode: the lane mode.
        directive_ids: the directives given a lane each in ``DIRECTIVE`` mode.
        marks: load directive issue dates.
        data: aggregates already read (``load_data``, e.g. on a worker
            thread); read here when None.
    """

    def __init__(
        self,
        db: Database,
        flt: ArticleFilter = ArticleFilter(),
        mode: LaneMode = LaneMode.KIND,
        directive_ids: Sequence[int] = (),
        *,
        marks: bool = True,
        data: TimelineData | None = None,
    ) -> None:
        self.db = db
        self.filter = flt
        self.mode = LaneMode(mode)
        self.directive_ids = tuple(directive_ids)
        self.source = tq.LaneSource(str(self.mode), self.directive_ids)
        self.lanes: tuple[str, ...] = lanes_for(self.mode, self.directive_ids)
        self._lane_index = {lane: i for i, lane in enumerate(self.lanes)}
        if data is None:
            data = load_data(db, flt, self.mode, self.directive_ids, marks=marks)
        self.data = data
        self._days_by_lane = data.days
        self._months = data.months
        self._periods: dict[str, list[_Period]] = defaultdict(list, data.periods)
        # Period starts per lane, for bisection (no period is longer than a year).
        self._period_starts = {lane: [p.t0 for p in ps] for lane, ps in data.periods.items()}
        self.total_dated = data.total_dated
        self.directive_dates: list[tq.DirectiveDate] = data.directive_dates
        self._mark_lanes = data.mark_lanes

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
        for days, _, _ in self._mark_lanes.values():
            if days:
                lows.append(days[0])
                highs.append(days[-1] + 1)
        if not lows:
            return None
        return min(lows), max(highs)

    def latest(self) -> int | None:
        """The ordinal of the latest dated article's last day (the "latest" marker)."""
        return self.data.latest

    def count_in(self, lane: str, t0: float, t1: float) -> int:
        """About how many articles of ``lane`` touch ``[t0, t1)`` (month resolution)."""
        n = 0
        keys, prefix = self._months.get(lane, ([], [0]))
        if keys:
            lo = bisect_left(keys, month_index(t0))
            hi = bisect_right(keys, month_index(t1))
            n += prefix[hi] - prefix[lo]
        for p in self._periods_in(lane, t0, t1):
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

    def _periods_in(self, lane: str, t0: float, t1: float) -> list[_Period]:
        """The period groups of ``lane`` touching ``[t0, t1)``."""
        periods = self._periods.get(lane)
        if not periods:
            return []
        starts = self._period_starts[lane]
        lo = bisect_left(starts, t0 - tq.MAX_SPAN_DAYS - 1)
        hi = bisect_left(starts, t1)
        return [p for p in periods[lo:hi] if p.t1 > t0]

    def _clusters(self, frame: Frame, index: int, lane: str, rows: int) -> list[Placed]:
        unit = frame.unit
        t0, t1 = frame.t0, frame.t1
        # Period groups first: each distinct period is one span with its count.
        periods = []
        narrow: list[_Period] = []
        min_days = MIN_PERIOD_CLUSTER_PX * (t1 - t0) / frame.width
        for p in self._periods_in(lane, t0, t1):
            if p.t1 - p.t0 >= min_days:
                periods.append(Cluster(lane, p.t0, p.t1, p.count, p.precision, "", p.start, p.end))
            else:  # too narrow to read as a bar at this zoom: counted in its bucket
                narrow.append(p)
        placed, overflow = _pack(frame, index, periods, range(1, rows))
        # bucket key -> count; keys are day ordinals (day, week) or month indexes.
        buckets: dict[int, int] = {}
        mixed: set[int] = set()
        day_unit = unit in (Unit.DAY, Unit.WEEK)
        if day_unit:
            step = 1 if unit == Unit.DAY else 7
            for d, n in self._day_counts(lane, t0 - 7, t1 + 7):
                k = d // step * step
                buckets[k] = buckets.get(k, 0) + n
        else:
            # Each bucket is a slice of the month prefix sums: two bisections.
            step = _UNIT_MONTHS[unit]
            keys, prefix = self._months.get(lane, ([], [0]))
            if keys:
                first = max(keys[0], month_index(t0)) // step * step
                last = min(keys[-1], month_index(t1))
                for k in range(first, last + 1, step):
                    n = prefix[bisect_left(keys, k + step)] - prefix[bisect_left(keys, k)]
                    if n:
                        buckets[k] = n
        # No row of their own: counted where they start.
        for c in overflow:
            k = c.t0 // step * step if day_unit else month_index(c.t0) // step * step
            buckets[k] = buckets.get(k, 0) + c.count
            mixed.add(k)
        for p in narrow:
            k = p.t0 // step * step if day_unit else p.month // step * step
            buckets[k] = buckets.get(k, 0) + p.count
            mixed.add(k)
        x = frame.x
        for k in sorted(buckets):
            a, b = (k, k + step) if day_unit else (month_start(k), month_start(k + step))
            if b <= t0 or a >= t1:
                continue
            c = Cluster(lane, a, b, buckets[k], None, str(unit), iso(a), iso(b - 1), k in mixed)
            placed.append(Placed(index, 0, x(a), x(b), c))
        return placed

    def _day_counts(self, lane: str, first: float, last: float) -> list[tuple[int, int]]:
        """``(ordinal, count)`` of the days of ``lane`` in ``[first, last]`` (from memory)."""
        keys, prefix = self._days_by_lane.get(lane, ([], [0]))
        lo = bisect_left(keys, first)
        hi = bisect_right(keys, last)
        return [(keys[i], prefix[i + 1] - prefix[i]) for i in range(lo, hi)]

    def _marks(self, frame: Frame) -> list[Mark]:
        """Directive marks in view; marks closer than ``MARK_PX`` merge.

        A group starts at the first day not yet taken and takes every day
        within ``MARK_PX`` of it: one bisection per group, not a loop over the
        (tens of thousands of) issue dates, so zoomed out costs what zoomed in
        does.
        """
        marks: list[Mark] = []
        scale = frame.width / (frame.t1 - frame.t0)
        reach = MARK_PX / scale  # days a group spans
        for lane in sorted(self._mark_lanes):
            days, dates, prefix = self._mark_lanes[lane]
            i = bisect_left(days, frame.t0 - 1)
            hi = bisect_right(days, frame.t1 + 1)
            while i < hi:
                j = min(hi, bisect_right(days, days[i] + reach))
                mean = (prefix[j] - prefix[i]) / (j - i)
                marks.append(Mark(frame.x(mean + 0.5), lane, dates[i:j]))
                i = j
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
