"""Importing the user's files: every format, every failure reason, duplicates,
cancel, and the rule that no article is ever half-imported."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from import_factories import VIET, article_text, assert_consistent, write_mixed_folder
from import_factories import many_files as _many

from desktop.core import importer
from desktop.core.importer import FailReason, Outcome, import_files, iter_files
from desktop.core.store import queries
from desktop.core.store.search_queries import search

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def test_each_format_imports_and_each_failure_has_its_reason(empty_library, tmp_path) -> None:
    files = write_mixed_folder(tmp_path / "in")
    gone = tmp_path / "in" / "vanished.txt"  # named, then gone before the import
    as_dir = tmp_path / "x.txt"
    as_dir.mkdir()
    reports = import_files(empty_library.db, [tmp_path / "in", gone])
    by_name = {Path(r.path).name: r for r in reports}
    for key in ("cp1258", "utf16", "utf8sig", "html", "docx", "md"):
        report = by_name[files[key].name]
        assert report.outcome == Outcome.IMPORTED, (key, report)
        assert report.article_id and report.title
    expected_failures = {
        "binary": FailReason.NOT_TEXT,
        "empty": FailReason.EMPTY,
        "blank": FailReason.EMPTY,
        "huge": FailReason.TOO_LARGE,
        "undecodable": FailReason.UNDECODABLE,
    }
    for key, reason in expected_failures.items():
        report = by_name[files[key].name]
        assert (report.outcome, report.reason) == (Outcome.FAILED, reason), key
    assert (by_name["vanished.txt"].outcome, by_name["vanished.txt"].reason) == (
        Outcome.FAILED,
        FailReason.MISSING,
    )
    # A folder named like a file cannot be read as one.
    [dir_report] = [importer.import_one(empty_library.db, as_dir)]
    assert dir_report.reason == FailReason.UNREADABLE
    db = empty_library.db
    assert queries.count(db) == 6
    assert_consistent(db)


def test_imported_text_is_nfc_and_searchable(empty_library, tmp_path) -> None:
    files = write_mixed_folder(tmp_path / "in")
    import_files(empty_library.db, [files["cp1258"], files["docx"], files["html"], files["md"]])
    db = empty_library.db
    raw = db.execute("SELECT raw_text FROM articles WHERE file = 'a_cp1258.txt'").fetchone()[0]
    assert raw == article_text(1)
    md = db.execute("SELECT raw_text FROM articles WHERE file = 'f_note.md'").fetchone()[0]
    assert "**" not in md and not md.startswith("#")
    page = db.execute("SELECT title, published, raw_text FROM articles WHERE file = 'd_page.html'").fetchone()
    assert page[0].startswith("Giao ban công tác tổ chức xây dựng Đảng quý III")
    assert page[1] == "2024-10-08" and "Trang chủ" not in page[2]
    # Through the same analysis as the seeds: directives linked, places found.
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] >= 4
    assert {h.id for h in search(db, "26-HD/BTCTW")} == {r[0] for r in db.execute("SELECT id FROM articles")}
    assert search(db, "hoa binh")


def test_duplicates_are_skipped_and_reported(empty_library, tmp_path) -> None:
    original = tmp_path / "a.txt"
    original.write_text(VIET, encoding="utf-8")
    # The same text in another encoding, with CRLF and trailing spaces.
    copy = tmp_path / "b.txt"
    copy.write_bytes(VIET.replace("\n", "  \r\n").encode("utf-16"))
    first = import_files(empty_library.db, [original])
    again = import_files(empty_library.db, [original, copy])
    assert first[0].outcome == Outcome.IMPORTED
    assert [r.outcome for r in again] == [Outcome.DUPLICATE, Outcome.DUPLICATE]
    assert {r.article_id for r in again} == {first[0].article_id}
    assert queries.count(empty_library.db) == 1


def test_a_duplicate_within_one_batch(empty_library, tmp_path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text(article_text(42), encoding="utf-8")
    reports = import_files(empty_library.db, [tmp_path / "x.txt", tmp_path / "y.txt"])
    assert [r.outcome for r in reports] == [Outcome.IMPORTED, Outcome.DUPLICATE]
    assert queries.count(empty_library.db) == 1


def test_seeds_are_duplicates_of_themselves(library) -> None:
    reports = import_files(library.db, SEEDS)
    assert [r.outcome for r in reports] == [Outcome.DUPLICATE] * len(SEEDS)


@pytest.mark.parametrize("batch_files", [1, 4, 250])
def test_cancel_mid_import_keeps_only_whole_articles(empty_library, tmp_path, batch_files) -> None:
    _many(tmp_path / "many", 20)
    seen: list[int] = []
    reports = import_files(
        empty_library.db,
        [tmp_path / "many"],
        progress=lambda done, total, report: seen.append(done),
        cancelled=lambda: len(seen) >= 7,
        batch_files=batch_files,
    )
    assert len(reports) == 7 and seen == list(range(1, 8))
    assert all(r.outcome == Outcome.IMPORTED for r in reports)
    db = empty_library.db
    assert not db.conn.in_transaction
    assert queries.count(db) == 7
    assert {r.article_id for r in reports} == {r[0] for r in db.execute("SELECT id FROM articles")}
    assert_consistent(db)
    # The rest can be imported later; the seven are duplicates then.
    rest = import_files(db, [tmp_path / "many"])
    assert [r.outcome for r in rest].count(Outcome.DUPLICATE) == 7
    assert queries.count(db) == 20
    assert_consistent(db)


def test_a_failure_while_storing_rolls_back_that_article_only(empty_library, tmp_path, monkeypatch) -> None:
    paths = _many(tmp_path / "many", 6)
    real = importer.writes._write_analysis

    def flaky(db, article_id, parsed, **kwargs):
        real(db, article_id, parsed, **kwargs)  # article, mentions, people... all written
        if "lần thứ 3," in parsed.clean_text:
            raise ValueError("a bug in a later step")

    monkeypatch.setattr(importer.writes, "_write_analysis", flaky)
    reports = import_files(empty_library.db, paths, batch_files=100)
    outcomes = [(r.outcome, r.reason) for r in reports]
    assert outcomes[3] == (Outcome.FAILED, FailReason.ANALYSIS)
    assert outcomes[:3] + outcomes[4:] == [(Outcome.IMPORTED, None)] * 5
    db = empty_library.db
    assert queries.count(db) == 5
    assert db.execute("SELECT count(*) FROM articles WHERE raw_text LIKE '%lần thứ 3,%'").fetchone()[0] == 0
    assert_consistent(db)


def test_a_library_error_stops_the_import_and_keeps_whole_batches(empty_library, tmp_path, monkeypatch) -> None:
    paths = _many(tmp_path / "many", 6)
    real = importer.writes.insert_article
    calls = {"n": 0}

    def full_disk(db, parsed, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise sqlite3.OperationalError("database or disk is full")
        return real(db, parsed, **kwargs)

    monkeypatch.setattr(importer.writes, "insert_article", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        import_files(empty_library.db, paths, batch_files=2)
    db = empty_library.db
    assert not db.conn.in_transaction
    assert queries.count(db) == 4  # two whole batches, the third rolled back
    assert_consistent(db)


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.md", ".hidden.txt", "photo.jpg", "b/1.docx", "c.HTM", "script.js"):
        (tmp_path / name).write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert names == ["a.md", "c.HTM", "b/1.docx", "b/2.txt"]


def test_a_folders_pdf_is_named_as_not_read_not_passed_over(empty_library, tmp_path) -> None:
    (tmp_path / "bai.txt").write_text(article_text(3), encoding="utf-8")
    (tmp_path / "bien-ban.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8\xff")  # (a page's image: passed over)
    reports = import_files(empty_library.db, [tmp_path])
    assert [(Path(r.path).name, r.outcome, r.reason) for r in reports] == [
        ("bai.txt", Outcome.IMPORTED, None), ("bien-ban.pdf", Outcome.FAILED, FailReason.UNSUPPORTED)]


def test_unreadable_file(empty_library, tmp_path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(article_text(9), encoding="utf-8")
    if os.geteuid() == 0:
        # root reads anything: make the read itself fail instead (a folder named like a file).
        path.unlink()
        path.mkdir()
        report = importer.import_one(empty_library.db, path)
    else:
        path.chmod(0)
        [report] = import_files(empty_library.db, [path])
    assert (report.outcome, report.reason) == (Outcome.FAILED, FailReason.UNREADABLE)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_file_that_is_not_there(empty_library, tmp_path) -> None:
    [report] = import_files(empty_library.db, [tmp_path / "typo.txt"])
    assert (report.outcome, report.reason) == (Outcome.FAILED, FailReason.MISSING)


# --- the analysis processes and the batch's directive cache --------------------


def _library_state(db) -> dict[str, object]:
    """Everything an import writes, keyed by file (ids may differ between libraries)."""
    articles = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT id, file, title, sort_date, clean_text, kind, level, offset_map FROM articles ORDER BY id"
        )
    }
    mentions = sorted(
        (articles[a][0], s, start, key, basis)
        for a, s, start, key, basis in db.execute(
            "SELECT m.article_id, m.surface, m.start, d.key, m.term_basis"
            " FROM mentions m JOIN directives d ON d.id = m.directive_id"
        )
        if a in articles
    )
    # Keys of local documents name their article ("@a12"): compare by file instead.
    files = {f"@a{aid}": f"@{row[0]}" for aid, row in articles.items()}

    def local(key: str) -> str:
        head, sep, tail = key.partition("@")
        if not sep:
            return key
        scope, _, term = tail.partition("|")
        return head + files.get("@" + scope, "@" + scope) + "|" + term

    directives = sorted(
        (local(key), canonical, code_inferred, issuer, issue_date, basis, group, n_art, n_men)
        for key, canonical, code_inferred, issuer, issue_date, basis, group, n_art, n_men in db.execute(
            "SELECT key, canonical, code_inferred, issuer, issue_date, term_basis, issuer_group,"
            " article_count, mention_count FROM directives"
        )
    )
    search = sorted(
        (articles[r][0], t, b) for r, t, b in db.execute("SELECT rowid, title, body FROM article_search")
    )
    return {
        "articles": sorted(articles.values()),
        "mentions": [(m[0], m[1], m[2], local(m[3]), m[4]) for m in mentions],
        "directives": directives,
        "search": search,
    }


def _generated_folder(folder: Path, n: int) -> list[Path]:
    """``n`` generated reports citing overlapping directives, plus a duplicate."""
    from bench.generate import generate_article

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"g{i:03d}.txt"
        path.write_text(generate_article(7_000 + i), encoding="utf-8")
        paths.append(path)
    (folder / "g999_copy.txt").write_text(generate_article(7_003), encoding="utf-8")
    return paths


def _fresh(tmp_path: Path, name: str):
    from desktop.core.store.db import open_library

    return open_library(tmp_path / f"{name}.sqlite3")


def test_analysis_processes_and_batches_store_what_one_by_one_stores(tmp_path) -> None:
    """Worker processes + batch caches = the plain path, article for article."""
    _generated_folder(tmp_path / "gen", 40)
    write_mixed_folder(tmp_path / "gen" / "mixed")
    files = list(iter_files([tmp_path / "gen"]))

    one_by_one = _fresh(tmp_path, "plain")
    plain = [importer.import_one(one_by_one.db, path) for path in files]
    pooled_lib = _fresh(tmp_path, "pooled")
    pooled = import_files(pooled_lib.db, [tmp_path / "gen"], workers=2, pool_min_files=1, batch_files=17)
    here_lib = _fresh(tmp_path, "here")
    here = import_files(here_lib.db, [tmp_path / "gen"], workers=0)

    def outcomes(reports):
        return [(Path(r.path).name, r.outcome, r.reason, r.title) for r in reports]

    assert outcomes(pooled) == outcomes(plain) == outcomes(here)
    assert [r.outcome for r in pooled].count(Outcome.DUPLICATE) == 1
    assert sum(r.outcome == Outcome.IMPORTED for r in pooled) == 46
    expected = _library_state(one_by_one.db)
    assert expected["directives"] and expected["mentions"]
    assert _library_state(pooled_lib.db) == expected
    assert _library_state(here_lib.db) == expected
    assert_consistent(pooled_lib.db)
    # Re-importing: every file a duplicate, found before any analysis.
    again = import_files(pooled_lib.db, [tmp_path / "gen"], workers=2, pool_min_files=1)
    assert [r.outcome for r in again] == [r.outcome if r.outcome != Outcome.IMPORTED else Outcome.DUPLICATE for r in pooled]
    for lib in (one_by_one, pooled_lib, here_lib):
        lib.close()


def test_cancel_with_analysis_processes_keeps_only_whole_articles(empty_library, tmp_path) -> None:
    _many(tmp_path / "many", 60)
    seen: list[int] = []
    reports = import_files(
        empty_library.db,
        [tmp_path / "many"],
        progress=lambda done, total, report: seen.append(done),
        cancelled=lambda: len(seen) >= 23,
        batch_files=10,
        workers=2,
        pool_min_files=1,
    )
    assert len(reports) == 23 and seen == list(range(1, 24))
    db = empty_library.db
    assert not db.conn.in_transaction
    assert queries.count(db) == 23
    assert_consistent(db)


def test_a_broken_pool_falls_back_to_this_thread(empty_library, tmp_path, monkeypatch) -> None:
    """A killed analysis process costs speed, not files."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    paths = _many(tmp_path / "many", 30)

    class HalfBroken:
        def __init__(self, *args, **kwargs):
            self.calls = 0

        def submit(self, fn, names):
            self.calls += 1
            future: Future = Future()
            if self.calls <= 2:
                future.set_result([importer._analyse(Path(n), None) for n in names])
            else:
                future.set_exception(BrokenProcessPool("a worker was killed"))
            return future

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(importer.concurrent.futures, "ProcessPoolExecutor", HalfBroken)
    reports = import_files(empty_library.db, paths, workers=2, pool_min_files=1)
    assert [Path(r.path) for r in reports] == paths
    assert all(r.outcome == Outcome.IMPORTED for r in reports)
    assert_consistent(empty_library.db)


def test_the_batch_directive_cache_follows_a_failed_article(tmp_path, monkeypatch) -> None:
    """An article rolled back after creating directives leaves no stale cache behind.

    SQLite hands the rolled-back directive ids out again, so a stale cache would
    link later mentions to the wrong directives.
    """
    paths = _generated_folder(tmp_path / "gen", 12)
    real = importer.writes._link_directives
    failing = paths[1].name

    def failing_after_linking(db, article_id, parsed, directives=None):
        unsettled = real(db, article_id, parsed, directives)
        file = db.execute("SELECT file FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        if file == failing:
            raise ValueError("a bug after linking")
        return unsettled

    batched = _fresh(tmp_path, "batched")
    with monkeypatch.context() as patch:
        patch.setattr(importer.writes, "_link_directives", failing_after_linking)
        reports = import_files(batched.db, paths, workers=0)
    assert [Path(r.path).name for r in reports if r.outcome == Outcome.FAILED] == [failing]
    plain = _fresh(tmp_path, "plain")
    for path in paths:
        if path.name != failing:
            importer.import_one(plain.db, path)
    assert _library_state(batched.db) == _library_state(plain.db)
    assert_consistent(batched.db)
    batched.close()
    plain.close()


def test_a_batch_sees_an_issue_date_learnt_earlier_in_the_batch(tmp_path) -> None:
    """A directive's issue date stated by one article decides how a later one links."""
    from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle
    from desktop.core.store import relink, writes
    from desktop.core.text import content_hash

    def article(date: str, issue_date: str | None) -> ParsedArticle:
        text = f"Ngày {date}, hội nghị quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị."
        start = text.index("Chỉ thị")
        ref = DirectiveRef(
            surface="Chỉ thị 35-CT/TW", canonical="Chỉ thị 35-CT/TW", type="Chỉ thị", number="35",
            code="CT/TW", issuer="Bộ Chính trị", issue_date=issue_date, inferred=False,
            start=start, end=start + len("Chỉ thị 35-CT/TW"),
        )
        return ParsedArticle(
            raw_text=text, clean_text=text, offset_map=((0, 0),), title=text[:20], published=date,
            event_date=date, event_period=None, byline=None, outlet=None, kind=MeetingKind.GIAO_BAN,
            level=Level.CENTRAL, directives=(ref,),
        )

    articles = [article("2024-07-01", None), article("2024-08-01", "2024-06-14"), article("2024-03-01", None)]

    def bases(db) -> list[str]:
        return [r[0] for r in db.execute("SELECT term_basis FROM mentions ORDER BY article_id")]

    plain = _fresh(tmp_path, "plain")
    for i, parsed in enumerate(articles):
        writes.save_article(plain.db, parsed, file=f"{i}.txt", content_hash=content_hash(parsed.raw_text), analyser_version=1)
    batched = _fresh(tmp_path, "batched")
    batched.db.execute("BEGIN IMMEDIATE")
    batch = writes.Batch(batched.db)
    for i, parsed in enumerate(articles):
        with batch.article():
            writes.insert_article(
                batched.db, parsed, file=f"{i}.txt", content_hash=content_hash(parsed.raw_text),
                analyser_version=1, batch=batch,
            )
    batch.commit()
    relink.relink(batched.db, batch.touched)  # as import_files does at its end
    # The third article predates the stated issue date of 14/6/2024: it cannot
    # cite that directive, so it is linked to the previous term's 35-CT/TW.
    assert bases(plain.db) == ["known-directive", "issue-date", "known-directive"]
    terms = [r[0] for r in plain.db.execute(
        "SELECT d.term FROM mentions m JOIN directives d ON d.id = m.directive_id ORDER BY m.article_id")]
    assert terms == ["XIII", "XIII", "XII"]
    assert bases(batched.db) == bases(plain.db)
    assert _library_state(batched.db) == _library_state(plain.db)
    plain.close()
    batched.close()
