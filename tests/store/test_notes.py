"""The notes store: each write its own transaction, reads for the panel, the
all-notes view and the exports (issue 6)."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from desktop.core.models import AnchorState
from desktop.core.store import notes
from desktop.core.store.notes import NoteError, NoteFilter


def clean_text(lib, article_id: int) -> str:
    return lib.db.execute("SELECT clean_text FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def noted(library):
    """Three notes on two seed articles."""
    t1 = clean_text(library, 1)
    a = notes.add_note(library.db, 1, *span_of(t1, "lấy phiếu tín nhiệm"), comment="Quy trình tín nhiệm", tags=["tín nhiệm", "nhân sự"])
    b = notes.add_note(library.db, 2, 100, 160, comment="Đối chiếu Hướng dẫn 26", tags=["nhân sự"], color="blue")
    c = notes.add_note(library.db, 2, 10, 40, comment="", tags=[])
    return library, (a, b, c)


def test_add_note_stores_both_selectors_and_hash(library) -> None:
    text = clean_text(library, 1)
    start, end = span_of(text, "lấy phiếu tín nhiệm")
    note = notes.add_note(library.db, 1, start, end, comment="Bình luận", tags=["Đảng", " Đảng ", ""], color="green")
    assert note.anchor.exact == "lấy phiếu tín nhiệm"
    assert text.endswith(note.anchor.prefix, 0, start) and len(note.anchor.prefix) == 32
    assert text.startswith(note.anchor.suffix, end) and len(note.anchor.suffix) == 32
    assert note.anchor.content_hash == notes.text_hash(text)
    assert note.tags == ("Đảng",)  # trimmed, de-duplicated, empties dropped
    assert (note.color, note.state) == ("green", AnchorState.ANCHORED)
    assert notes.get_note(library.db, note.id) == note


def test_add_note_is_committed_at_once(library, library_path) -> None:
    note = notes.add_note(library.db, 1, 5, 25, comment="đã lưu")
    other = sqlite3.connect(library_path)  # another connection sees it: committed
    try:
        assert other.execute("SELECT comment FROM notes WHERE id = ?", [note.id]).fetchone() == ("đã lưu",)
    finally:
        other.close()
    assert not library.db.conn.in_transaction


def test_comment_and_tags_are_stored_nfc(library) -> None:
    decomposed = unicodedata.normalize("NFD", "tín nhiệm")
    note = notes.add_note(library.db, 1, 5, 25, comment=decomposed, tags=[decomposed])
    assert note.comment == "tín nhiệm" and note.tags == ("tín nhiệm",)


@pytest.mark.parametrize("span", [(10, 10), (-1, 5), (0, 10**7)])
def test_bad_spans_are_refused(library, span) -> None:
    with pytest.raises(NoteError):
        notes.add_note(library.db, 1, *span)
    assert notes.count_notes(library.db) == 0


def test_no_such_article(library) -> None:
    with pytest.raises(NoteError):
        notes.add_note(library.db, 999, 0, 5)


def test_update_keeps_what_is_not_changed(noted) -> None:
    lib, (a, _b, _c) = noted
    updated = notes.update_note(lib.db, a.id, comment="Mới")
    assert (updated.comment, updated.tags, updated.color) == ("Mới", a.tags, a.color)
    updated = notes.update_note(lib.db, a.id, tags=["khác"], color="pink")
    assert (updated.comment, updated.tags, updated.color) == ("Mới", ("khác",), "pink")
    assert updated.anchor == a.anchor and updated.created == a.created
    assert notes.update_note(lib.db, a.id, color="not-a-colour").color == "pink"


def test_delete_then_restore_brings_back_the_same_note(noted) -> None:
    lib, (a, _b, _c) = noted
    with lib.db.atomic():  # an edit long ago: Undo must not make it look recent
        lib.db.execute("UPDATE notes SET modified = '2020-01-02T03:04:05+00:00' WHERE id = ?", [a.id])
    a = notes.get_note(lib.db, a.id)
    gone = notes.delete_note(lib.db, a.id)
    assert gone == a
    assert notes.get_note(lib.db, a.id) is None
    assert notes.count_notes(lib.db, NoteFilter(text="tin nhiem")) == 0
    assert notes.delete_note(lib.db, a.id) is None
    back = notes.restore_note(lib.db, gone)
    assert back == a  # same id, anchor, tags, created; and searchable again
    assert [n.id for n in notes.list_notes(lib.db, NoteFilter(text="tin nhiem"))] == [a.id]


def test_filters(noted) -> None:
    lib, (a, b, c) = noted
    ids = lambda flt: {n.id for n in notes.list_notes(lib.db, flt)}  # noqa: E731
    assert ids(NoteFilter()) == {a.id, b.id, c.id}
    assert ids(NoteFilter(tag="nhân sự")) == {a.id, b.id}
    assert ids(NoteFilter(tag="tín nhiệm")) == {a.id}
    assert ids(NoteFilter(article_id=2)) == {b.id, c.id}
    # Diacritic-insensitive, over comment, quote and tags.
    assert ids(NoteFilter(text="doi chieu")) == {b.id}
    assert ids(NoteFilter(text="Đối chiếu")) == {b.id}
    assert ids(NoteFilter(text="phieu tin")) == {a.id}
    assert ids(NoteFilter(text="nhan su")) == {a.id, b.id}
    assert ids(NoteFilter(text="nhan su", article_id=1)) == {a.id}
    assert ids(NoteFilter(ids=(a.id, c.id))) == {a.id, c.id}
    assert ids(NoteFilter(text="!!!")) == set()
    for flt in (NoteFilter(tag="nhân sự"), NoteFilter(text="nhan su"), NoteFilter(article_id=2)):
        assert notes.count_notes(lib.db, flt) == len(ids(flt))


def test_orders_and_pages(noted) -> None:
    lib, (a, b, c) = noted
    by_date = [n.id for n in notes.list_notes(lib.db, NoteFilter(order="date"))]
    assert by_date == [c.id, b.id, a.id]  # newest first (same second: by id)
    by_article = notes.list_notes(lib.db, NoteFilter(order="article"))
    dates = [lib.db.execute("SELECT sort_date FROM articles WHERE id = ?", [n.article_id]).fetchone()[0] for n in by_article]
    assert dates == sorted(dates, reverse=True)
    assert [n.id for n in by_article if n.article_id == 2] == [c.id, b.id]  # text order inside one
    pages = [notes.list_notes(lib.db, NoteFilter(), limit=2, offset=o) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 1, 0]
    assert [n.id for p in pages for n in p] == by_date


def test_all_tags_counts(noted) -> None:
    lib, _notes = noted
    assert notes.all_tags(lib.db) == [("nhân sự", 2), ("tín nhiệm", 1)]


def test_rows_and_noted_articles(noted) -> None:
    lib, (a, _b, _c) = noted
    rows = notes.list_note_rows(lib.db, NoteFilter(article_id=1))
    assert [r.note.id for r in rows] == [a.id]
    assert rows[0].title.startswith("Ngành Tổ chức xây dựng Đảng") and rows[0].file.endswith(".txt")
    assert rows[0].date == "2018-12-03"
    assert [(i, n) for i, _t, n in notes.noted_articles(lib.db)] in ([(2, 2), (1, 1)], [(1, 1), (2, 2)])


def test_export_groups_cite_each_article(noted) -> None:
    lib, (a, b, c) = noted
    groups = notes.export_groups(lib.db)
    assert {g.citation.article_id: {n.id for n in g.notes} for g in groups} == {1: {a.id}, 2: {b.id, c.id}}
    first = next(g for g in groups if g.citation.article_id == 1).citation
    assert first.title.startswith("Ngành Tổ chức") and first.byline == "Kim Liên"
    assert first.file.startswith("000_") and first.date == "2018-12-03"
    only_tag = notes.export_groups(lib.db, NoteFilter(tag="tín nhiệm"))
    assert [(g.citation.article_id, [n.id for n in g.notes]) for g in only_tag] == [(1, [a.id])]


def test_an_article_with_no_publication_date_is_cited_by_its_meeting(library) -> None:
    from desktop.core.models import DateKind

    rows = library.db.execute("SELECT id, published, event_date, event_start FROM articles").fetchall()
    for article_id, *_ in rows:
        notes.add_note(library.db, article_id, 0, 20)
    kinds = {g.citation.article_id: (g.citation.date_kind, g.citation.date) for g in notes.export_groups(library.db)}
    assert any(kind is DateKind.MEETING for kind, _ in kinds.values())  # (a seed states none)
    for article_id, published, event_date, event_start in rows:
        kind, date = kinds[article_id]
        if published:
            assert (kind, date) == (DateKind.PUBLISHED, published)
        elif event_date or event_start:
            assert kind is DateKind.MEETING and (event_date or event_start).startswith(date)
    # the seed about the first half of 2024: its year, and the half-year it stands for
    periods = {g.citation.article_id: g.citation.period for g in notes.export_groups(library.db)}
    (half,) = [i for i, *_ in rows if periods[i]]
    assert periods[half] == ("2024-01-01", "half-year") and kinds[half] == (DateKind.MEETING, "2024")
    row = next(r for r in notes.list_note_rows(library.db) if r.note.article_id == half)
    assert (row.date, row.period) == ("2024", ("2024-01-01", "half-year"))


def test_reanchor_when_nothing_changed_is_a_no_op(noted) -> None:
    lib, (a, b, c) = noted
    assert sorted(notes.reanchor_article(lib.db, 2)) == sorted([(b.id, "unchanged"), (c.id, "unchanged")])
    assert notes.get_note(lib.db, b.id) == b


def test_a_tag_is_one_tag_whatever_its_case(noted) -> None:
    lib, (a, b, _c) = noted
    ids = lambda flt: {n.id for n in notes.list_notes(lib.db, flt)}  # noqa: E731
    assert ids(NoteFilter(tag="NHÂN SỰ")) == ids(NoteFilter(tag=" Nhân Sự ")) == {a.id, b.id}
    # typed again in another case, a tag takes the library's spelling; and is kept once
    again = notes.update_note(lib.db, a.id, tags=["Nhân Sự", "nhân sự", "TÍN NHIỆM", "Quy hoạch"])
    assert again.tags == ("nhân sự", "tín nhiệm", "Quy hoạch")
    assert notes.get_note(lib.db, a.id).tags == again.tags
