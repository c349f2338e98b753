"""Re-anchoring through the store when an article's text changes (issue 6).

Every case ends with the note either on the very passage it was made on, or
marked needs-review with its old anchor untouched: never on another passage.
Texts change through ``library_ops.replace_article_text`` (what importing a
corrected version does), which runs the re-anchoring hooks in its transaction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import importer, library_ops
from desktop.core.models import AnchorState, Note
from desktop.core.store import notes

ARTICLE = 3  # seeds/002_*: "Hội nghị Giao ban trực tuyến toàn quốc ... tháng 10/2019"
QUOTE = "Ban Tổ chức Trung ương đã tiến hành đánh giá công tác tổ chức xây dựng Đảng tháng 10/2019"
OPENING = "Tại Hội nghị, "  # the words just before the quote, in its own sentence
SENTENCE = (
    "Tại Hội nghị, Ban Tổ chức Trung ương đã tiến hành đánh giá công tác tổ chức xây dựng Đảng "
    "tháng 10/2019, triển khai nhiệm vụ 02 tháng cuối năm 2019. "
)


def texts(lib) -> tuple[str, str]:
    return lib.db.execute("SELECT raw_text, clean_text FROM articles WHERE id = ?", [ARTICLE]).fetchone()


@pytest.fixture
def noted(library):
    raw, clean = texts(library)
    assert raw.count(SENTENCE) == 1 and clean.count(QUOTE) == 1
    start = clean.index(QUOTE)
    note = notes.add_note(library.db, ARTICLE, start, start + len(QUOTE), comment="Ý chính", tags=["giao ban"])
    return library, raw, note


def assert_on_its_passage(lib, before: Note, after: Note) -> None:
    """Anchored on the same passage: the quote inside its own sentence."""
    _raw, clean = texts(lib)
    own = OPENING + QUOTE
    assert clean.count(own) == 1
    assert after.state is AnchorState.ANCHORED
    assert after.anchor.start == clean.index(own) + len(OPENING)
    assert clean[after.anchor.start : after.anchor.end] == before.anchor.exact
    assert clean[after.anchor.end :].startswith(before.anchor.suffix)
    assert after.anchor.content_hash == notes.text_hash(clean)


def assert_kept_for_review(before: Note, after: Note) -> None:
    assert after.state is AnchorState.NEEDS_REVIEW
    assert after.anchor == before.anchor  # offsets, quote, context, old hash: all kept
    assert (after.comment, after.tags) == (before.comment, before.tags)


def test_a_paragraph_added_before_the_note(noted) -> None:
    lib, raw, note = noted
    added = "Đoạn văn mới: Ban Tổ chức Trung ương bổ sung thông tin về thành phần dự hội nghị.\n\n"
    assert library_ops.replace_article_text(lib.db, ARTICLE, raw.replace("Tại Hội nghị,", added + "Tại Hội nghị,", 1))
    after = notes.get_note(lib.db, note.id)
    assert after.anchor.start > note.anchor.start  # it moved with its text
    assert_on_its_passage(lib, note, after)


def test_the_noted_sentence_removed(noted) -> None:
    lib, raw, note = noted
    assert library_ops.replace_article_text(lib.db, ARTICLE, raw.replace(SENTENCE, "", 1))
    assert QUOTE not in texts(lib)[1]
    assert_kept_for_review(note, notes.get_note(lib.db, note.id))
    # Shown as such on the command line and in the list of notes.
    assert notes.list_notes(lib.db, notes.NoteFilter(article_id=ARTICLE))[0].state is AnchorState.NEEDS_REVIEW


def test_the_noted_sentence_repeated_elsewhere(noted) -> None:
    lib, raw, note = noted
    copy = "Nhắc lại: " + QUOTE + ".\n\n"
    changed = raw.replace("Theo hướng dẫn 26-HD/BTCTW", copy + "Theo hướng dẫn 26-HD/BTCTW", 1)
    assert changed.count(QUOTE) == 2
    library_ops.replace_article_text(lib.db, ARTICLE, changed)
    after = notes.get_note(lib.db, note.id)
    if after.state is AnchorState.ANCHORED:
        assert_on_its_passage(lib, note, after)  # the original, never the copy
    else:
        assert_kept_for_review(note, after)


def test_the_noted_sentence_repeated_before_it(noted) -> None:
    lib, raw, note = noted
    copy = "Tóm tắt: " + QUOTE + ".\n\n"
    changed = raw.replace("Tại Hội nghị,", copy + "Tại Hội nghị,", 1)
    library_ops.replace_article_text(lib.db, ARTICLE, changed)
    after = notes.get_note(lib.db, note.id)
    if after.state is AnchorState.ANCHORED:
        assert_on_its_passage(lib, note, after)
    else:
        assert_kept_for_review(note, after)


def test_repeated_and_its_own_context_gone_is_never_guessed(noted) -> None:
    lib, raw, note = noted
    # Both copies now sit in new surroundings: neither is "the" passage.
    changed = raw.replace(SENTENCE, f"Một: {QUOTE}; hai.\n\nBa: {QUOTE}; bốn. ", 1)
    library_ops.replace_article_text(lib.db, ARTICLE, changed)
    after = notes.get_note(lib.db, note.id)
    assert_kept_for_review(note, after)


def test_a_typo_fixed_inside_the_quote_follows_the_fix(noted) -> None:
    lib, raw, note = noted
    fixed = raw.replace("đã tiến hành đánh giá", "đã tiến hành đánh gía", 1)  # a typo, then corrected
    library_ops.replace_article_text(lib.db, ARTICLE, fixed)
    typo = notes.get_note(lib.db, note.id)
    assert typo.state is AnchorState.ANCHORED
    assert typo.anchor.exact == QUOTE.replace("đánh giá", "đánh gía")
    assert [n.id for n in notes.list_notes(lib.db, notes.NoteFilter(text="danh gia cong tac"))] == [note.id]


def test_text_restored_makes_a_review_note_anchored_again(noted) -> None:
    lib, raw, note = noted
    library_ops.replace_article_text(lib.db, ARTICLE, raw.replace(SENTENCE, "", 1))
    assert notes.get_note(lib.db, note.id).state is AnchorState.NEEDS_REVIEW
    library_ops.replace_article_text(lib.db, ARTICLE, raw)
    back = notes.get_note(lib.db, note.id)
    assert back.state is AnchorState.ANCHORED and back.anchor == note.anchor


def test_a_failing_hook_rolls_the_text_back(noted, monkeypatch) -> None:
    lib, raw, note = noted
    _raw, clean = texts(lib)

    def broken(_db, _article_id):
        raise RuntimeError("boom")

    monkeypatch.setattr(library_ops, "TEXT_CHANGED_HOOKS", [*library_ops.TEXT_CHANGED_HOOKS, broken])
    with pytest.raises(RuntimeError):
        library_ops.replace_article_text(lib.db, ARTICLE, raw.replace(SENTENCE, "", 1))
    assert texts(lib) == (raw, clean)
    assert notes.get_note(lib.db, note.id) == note
    assert not lib.db.conn.in_transaction


def test_replace_refuses_another_articles_text(noted) -> None:
    lib, _raw, _note = noted
    other = lib.db.execute("SELECT raw_text FROM articles WHERE id = 1").fetchone()[0]
    with pytest.raises(library_ops.TextConflict):
        library_ops.replace_article_text(lib.db, ARTICLE, other)


# --- through the importer ------------------------------------------------------------


def test_importing_a_corrected_version_reanchors(empty_library, tmp_path: Path) -> None:
    db = empty_library.db
    seed = next(p for p in sorted((Path(__file__).resolve().parents[2] / "seeds").iterdir()) if p.name.startswith("002_"))
    target = tmp_path / "bai.txt"
    target.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (report,) = importer.import_files(db, [target])
    clean = db.execute("SELECT clean_text FROM articles WHERE id = ?", [report.article_id]).fetchone()[0]
    start = clean.index(QUOTE)
    note = notes.add_note(db, report.article_id, start, start + len(QUOTE), comment="c")

    # The same file, corrected: a paragraph added. Same article, note moved with its text.
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("Tại Hội nghị,", "Bổ sung: danh sách đại biểu dự hội nghị.\n\nTại Hội nghị,", 1), encoding="utf-8")
    (again,) = importer.import_files(db, [target])
    assert again.article_id == report.article_id
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    after = notes.get_note(db, note.id)
    new_clean = db.execute("SELECT clean_text FROM articles WHERE id = ?", [report.article_id]).fetchone()[0]
    assert after.state is AnchorState.ANCHORED and after.anchor.start > note.anchor.start
    assert new_clean[after.anchor.start : after.anchor.end] == QUOTE

    # The same file name overwritten with a different article: a new article,
    # the old one and its note left exactly as they were.
    other = next(p for p in sorted((Path(__file__).resolve().parents[2] / "seeds").iterdir()) if p.name.startswith("000_"))
    target.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    (third,) = importer.import_files(db, [target])
    assert third.article_id != report.article_id
    assert notes.get_note(db, note.id) == after
    assert db.execute("SELECT clean_text FROM articles WHERE id = ?", [report.article_id]).fetchone()[0] == new_clean


def test_reanalyse_resumes_after_a_stop_and_records_when_done(library) -> None:
    from desktop.core import library_ops
    from desktop.core.parse import ANALYSER_VERSION

    db = library.db
    with db.atomic():
        db.execute("UPDATE articles SET analyser_version = 1")
        db.execute("DELETE FROM meta WHERE key = ?", [library_ops.ANALYSED_BY])
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert library_ops.analysis_outdated(db)
    # stopped before the first batch: nothing done, nothing recorded
    assert library_ops.reanalyse(db, cancelled=lambda: True) == 0
    assert library_ops.analysis_outdated(db)
    seen = []
    assert library_ops.reanalyse(db, progress=lambda d, t: seen.append((d, t))) == total
    assert seen[-1] == (total, total)
    assert not library_ops.analysis_outdated(db)
    versions = db.execute("SELECT DISTINCT analyser_version FROM articles").fetchall()
    assert versions == [(ANALYSER_VERSION,)]
    assert library_ops.reanalyse(db) == 0  # nothing left
