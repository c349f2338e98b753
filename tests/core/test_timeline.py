"""The Qt-free timeline: placement, lanes, clusters, stacking, directive marks."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from desktop.core import timeline as tl
from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle, Period, Precision
from desktop.core.store import timeline_queries as tq
from desktop.core.store import writes
from desktop.core.store.queries import ArticleFilter

_counter = itertools.count()


def add(
    db,
    title: str,
    *,
    day: str | None = None,
    period: tuple[str, str, Precision] | None = None,
    published: str | None = None,
    kind: MeetingKind = MeetingKind.GIAO_BAN,
    level: Level = Level.CENTRAL,
    directives: tuple[DirectiveRef, ...] = (),
) -> int:
    """Store one hand-made article; return its id."""
    n = next(_counter)
    parsed = ParsedArticle(
        raw_text=f"{title}\n\nnội dung {n}",
        clean_text=f"{title}\n\nnội dung {n}",
        offset_map=((0, 0),),
        title=title,
        published=published,
        event_date=day,
        event_period=Period(*period) if period else (Period(day, day, Precision.DAY) if day else None),
        byline=None,
        outlet=None,
        kind=kind,
        level=level,
        directives=directives,
    )
    with db.atomic():
        return writes.insert_article(
            db, parsed, file=f"a{n}.txt", content_hash=f"h{n}-{title}", analyser_version=1
        ).article_id


def ref(number: str, issue_date: str | None) -> DirectiveRef:
    return DirectiveRef(
        surface=f"Hướng dẫn số {number}",
        canonical=f"Hướng dẫn {number}-HD/BTCTW",
        type="Hướng dẫn",
        number=number,
        code="HD/BTCTW",
        issuer="Ban Tổ chức Trung ương",
        issue_date=issue_date,
        inferred=False,
        start=0,
        end=5,
    )


def od(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@pytest.fixture
def small(empty_library):
    db = empty_library.db
    ids = {
        "day": add(db, "Giao ban tháng 3", day="2024-03-05"),
        "quarter": add(
            db, "Sơ kết quý II", period=("2024-04-01", "2024-06-30", Precision.QUARTER),
            kind=MeetingKind.SO_KET, level=Level.PROVINCE,
        ),
        "half": add(
            db, "Sơ kết 6 tháng đầu năm", period=("2024-01-01", "2024-06-30", Precision.HALF_YEAR),
            kind=MeetingKind.SO_KET,
        ),
        "year": add(
            db, "Tổng kết năm 2023", period=("2023-01-01", "2023-12-31", Precision.YEAR),
            kind=MeetingKind.TONG_KET, level=Level.GRASSROOTS,
        ),
        "published": add(db, "Chỉ đăng ngày", published="2024-05-20", kind=MeetingKind.OTHER),
        "undated": add(db, "Không có ngày", kind=MeetingKind.OTHER),
        "cites": add(
            db, "Hội nghị toàn quốc", day="2024-02-10", kind=MeetingKind.TOAN_QUOC,
            directives=(ref("26", "2019-10-18"),),
        ),
    }
    return db, ids


def test_items_carry_honest_dates_and_lanes(small) -> None:
    db, ids = small
    rows = {r.article_id: r for r in tq.iter_items(db, ArticleFilter(), tq.LaneSource("kind"))}
    assert ids["undated"] not in rows
    day = rows[ids["day"]]
    assert (day.start, day.end, day.precision, day.lane) == ("2024-03-05", "2024-03-05", "day", "giao-ban")
    q = rows[ids["quarter"]]
    assert (q.start, q.end, q.precision, q.lane) == ("2024-04-01", "2024-06-30", "quarter", "so-ket")
    assert rows[ids["year"]].precision == "year" and rows[ids["year"]].end == "2023-12-31"
    pub = rows[ids["published"]]
    assert (pub.start, pub.end, pub.precision) == ("2024-05-20", "2024-05-20", "day")
    levels = {r.article_id: r.lane for r in tq.iter_items(db, ArticleFilter(), tq.LaneSource("level"))}
    assert levels[ids["quarter"]] == "province" and levels[ids["year"]] == "grassroots"


def test_undated_articles_are_listed_not_dropped(small) -> None:
    db, ids = small
    assert tq.undated_count(db, ArticleFilter()) == 1
    assert [r[0] for r in tq.undated_page(db, ArticleFilter())] == [ids["undated"]]
    assert tq.undated_count(db, ArticleFilter(kind="giao-ban")) == 0


def test_frame_places_points_and_spans(small) -> None:
    db, ids = small
    timeline = tl.Timeline(db)
    first, last = timeline.extent()
    assert first == od("2019-10-18")  # the directive's issue date is on the axis too
    assert last == od("2024-06-30") + 1
    frame = timeline.frame(od("2023-01-01"), od("2025-01-01"), 1400, rows=4)
    by_id = {p.entry.article_id: p for p in frame.placed if isinstance(p.entry, tl.Item)}
    assert set(by_id) == set(ids.values()) - {ids["undated"]}
    point = by_id[ids["day"]]
    assert point.x1 - point.x0 == pytest.approx(tl.POINT_PX)
    quarter = by_id[ids["quarter"]]
    px_per_day = 1400 / (od("2025-01-01") - od("2023-01-01"))
    assert quarter.x1 - quarter.x0 == pytest.approx(91 * px_per_day)
    assert by_id[ids["year"]].x1 - by_id[ids["year"]].x0 > 5 * tl.POINT_PX
    # Lanes follow the kind of meeting.
    assert frame.lanes[point.lane] == "giao-ban" and frame.lanes[quarter.lane] == "so-ket"
    assert not frame.clustered


def test_overlapping_items_are_stacked_not_hidden(empty_library) -> None:
    db = empty_library.db
    for i in range(6):
        add(db, f"Giao ban {i}", day="2024-03-05")
    frame = tl.Timeline(db).frame(od("2024-01-01"), od("2025-01-01"), 1000, rows=8)
    placed = [p for p in frame.placed if isinstance(p.entry, tl.Item)]
    assert len(placed) == 6
    assert len({p.row for p in placed}) == 6
    for a, b in itertools.combinations(placed, 2):
        assert a.row != b.row or a.x1 <= b.x0 or b.x1 <= a.x0


def test_crowded_lane_becomes_clusters_that_split_on_zoom(empty_library) -> None:
    db = empty_library.db
    start = od("2020-01-01")
    for i in range(300):
        add(db, f"Giao ban {i}", day=dt.date.fromordinal(start + i * 3).isoformat())
    timeline = tl.Timeline(db)
    wide = timeline.frame(start, start + 900, 300, rows=2)
    assert wide.clustered == {0}
    clusters = [p.entry for p in wide.placed]
    assert all(isinstance(c, tl.Cluster) for c in clusters)
    assert sum(c.count for c in clusters) == 300
    assert len(clusters) < 60
    assert all(p.x1 - p.x0 >= tl.MIN_BUCKET_PX - 0.01 for p in wide.placed)
    # Zoomed in on one month: single items again.
    narrow = timeline.frame(start + 30, start + 60, 1000, rows=2)
    assert not narrow.clustered
    assert all(isinstance(p.entry, tl.Item) for p in narrow.placed)
    assert 9 <= len(narrow.placed) <= 11


def test_clusters_at_day_scale_count_exactly(empty_library) -> None:
    db = empty_library.db
    for i in range(50):
        add(db, f"Cùng ngày {i}", day="2024-03-05")
    add(db, "Hôm sau", day="2024-03-06")
    frame = tl.Timeline(db).frame(od("2024-03-01"), od("2024-03-11"), 400, rows=3)
    assert frame.unit == tl.Unit.DAY
    counts = {c.entry.start: c.entry.count for c in frame.placed}
    assert counts == {"2024-03-05": 50, "2024-03-06": 1}


def test_period_clusters_keep_their_span(empty_library) -> None:
    db = empty_library.db
    for i in range(500):
        add(db, f"Quý {i}", period=("2024-04-01", "2024-06-30", Precision.QUARTER))
    frame = tl.Timeline(db).frame(od("2020-01-01"), od("2026-01-01"), 600, rows=3)
    (placed,) = frame.placed
    assert placed.entry.precision == "quarter" and placed.entry.count == 500
    assert placed.row >= 1  # periods sit above the point buckets
    assert placed.x1 - placed.x0 == pytest.approx(91 * 600 / (od("2026-01-01") - od("2020-01-01")))


def test_filter_is_respected(small) -> None:
    db, ids = small
    timeline = tl.Timeline(db, ArticleFilter(kind="so-ket"))
    frame = timeline.frame(od("2023-01-01"), od("2025-01-01"), 1400)
    assert {p.entry.article_id for p in frame.placed} == {ids["quarter"], ids["half"]}
    assert timeline.undated_count() == 0


def test_directive_lanes_and_marks(small) -> None:
    db, ids = small
    (did,) = [r[0] for r in db.execute("SELECT id FROM directives")]
    timeline = tl.Timeline(db, mode=tl.LaneMode.DIRECTIVE, directive_ids=[did])
    assert timeline.lanes == (str(did),)
    frame = timeline.frame(od("2019-01-01"), od("2025-01-01"), 1200)
    assert [p.entry.article_id for p in frame.placed] == [ids["cites"]]
    (mark,) = frame.marks
    assert mark.lane == 0 and mark.directives[0].issue_date == "2019-10-18"
    assert mark.x == pytest.approx(frame.x(od("2019-10-18") + 0.5))
    # In kind mode the marks sit in the directives lane (-1).
    kind_frame = tl.Timeline(db).frame(od("2019-01-01"), od("2025-01-01"), 1200)
    assert [m.lane for m in kind_frame.marks] == [-1]


def test_latest_and_choose_unit(small) -> None:
    db, _ = small
    assert tl.Timeline(db).latest() == od("2024-06-30")
    assert tl.choose_unit(100) == tl.Unit.DAY
    # Ten years over 1,400 px: a quarter is 35 px, a month only 11.
    assert tl.choose_unit(1400 / 3652.5) == tl.Unit.QUARTER
    assert tl.choose_unit((tl.MIN_BUCKET_PX + 1) / 365.25) == tl.Unit.YEAR
    assert tl.choose_unit((tl.MIN_BUCKET_PX - 1) / 365.25) == tl.Unit.YEARS_2
    assert tl.choose_unit(0.0001) == tl.Unit.DECADE


def test_close_directive_marks_merge_and_split_on_zoom(empty_library) -> None:
    db = empty_library.db
    # Three directives issued on consecutive days, one a year later.
    issued_on = (
        ("26", "2019-10-18"), ("27", "2019-10-19"), ("28", "2019-10-20"), ("29", "2020-10-20"),
    )
    for number, issued in issued_on:
        add(db, f"Bàn về {number}", day="2024-02-10", directives=(ref(number, issued),))
    timeline = tl.Timeline(db)
    wide = timeline.frame(od("2015-01-01"), od("2025-01-01"), 1000)  # a day is 0.27 px
    assert [len(m.directives) for m in wide.marks] == [3, 1]
    merged = wide.marks[0]
    assert merged.x == pytest.approx(wide.x(od("2019-10-19") + 0.5))  # the group's mean day
    assert [d.issue_date for d in merged.directives] == ["2019-10-18", "2019-10-19", "2019-10-20"]
    close = timeline.frame(od("2019-10-01"), od("2019-11-01"), 1000)  # 32 px a day
    assert [len(m.directives) for m in close.marks] == [1, 1, 1]


def test_frames_from_preloaded_aggregates_read_no_counts(small, monkeypatch) -> None:
    """A worker reads ``load_data``; frames then never group the library again."""
    db, ids = small
    data = tl.load_data(db)
    for name in ("point_days", "period_groups", "directive_dates"):
        monkeypatch.setattr(tq, name, lambda *a, _n=name, **k: pytest.fail(f"{_n} read again"))
    timeline = tl.Timeline(db, data=data)
    assert timeline.latest() == od("2024-06-30")
    assert timeline.extent() == (od("2019-10-18"), od("2024-06-30") + 1)
    # Zoomed in to days (day buckets come from memory) and out (month buckets).
    ranges = ((od("2024-03-01"), od("2024-03-11"), 40), (od("2000-01-01"), od("2030-01-01"), 300))
    for t0, t1, width in ranges:
        frame = timeline.frame(t0, t1, width, rows=2)
        assert frame.placed
    assert sum(
        p.entry.count if isinstance(p.entry, tl.Cluster) else 1
        for p in timeline.frame(od("2000-01-01"), od("2030-01-01"), 300, rows=2).placed
    ) == timeline.total_dated == len(ids) - 1
