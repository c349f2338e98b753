"""Cross-links do not depend on the order articles were imported in (store.relink)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop.core import importer, library_ops
from desktop.core.store import relink, writes
from desktop.core.store.db import open_library

# Four invented reports over five years, each citing a "Chỉ thị 35-CT/TW".
# Two documents carry that code: one of 30/5/2019 (term XII) and one of
# 14/6/2024 (term XIII). The 2021 and 2023 articles cite it undated: in 2021
# the 2019 one is still meant (carry-over), and in 2023 the 2024 one did not
# exist yet.
ARTICLES = {
    "a_2019.txt": """Tỉnh ủy Kon Tum quán triệt chỉ thị về đại hội đảng bộ các cấp
Ngày đăng: 06/06/2019
Sáng 5/6, Ban Thường vụ Tỉnh ủy Kon Tum quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.
Hội nghị yêu cầu các cấp ủy xây dựng kế hoạch triển khai cụ thể.
""",
    "b_2021.txt": """Huyện ủy Đắk Hà rút kinh nghiệm công tác đại hội
Ngày đăng: 11/03/2021
Sáng 10/3, Huyện ủy Đắk Hà tổng kết việc thực hiện Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp.
Các đại biểu thảo luận những bài học kinh nghiệm.
""",
    "c_2024.txt": """Quán triệt chỉ thị mới về đại hội đảng bộ các cấp
Ngày đăng: 21/06/2024
Chiều 20/6, Tỉnh ủy Kon Tum quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.
Hội nghị giao Ban Tổ chức Tỉnh ủy tham mưu kế hoạch.
""",
    "d_2023.txt": """Đảng ủy Khối rà soát việc thực hiện các chỉ thị
Ngày đăng: 11/05/2023
Ngày 10/5, Đảng ủy Khối các cơ quan tỉnh rà soát kết quả thực hiện Chỉ thị 35-CT/TW và các văn bản liên quan.
Hội nghị đề ra nhiệm vụ thời gian tới.
""",
}
#: the term of the directive each article's mention should link to
EXPECTED_TERM = {"a_2019.txt": "XII", "b_2021.txt": "XII", "c_2024.txt": "XIII", "d_2023.txt": "XII"}


def _links(db) -> dict[str, tuple]:
    """file -> (term, its directive's issue date, mention count, article count)."""
    return {
        file: (term, issued, mentions, articles)
        for file, term, issued, mentions, articles in db.execute(
            """SELECT a.file, d.term, d.issue_date, d.mention_count, d.article_count
               FROM mentions m JOIN articles a ON a.id = m.article_id
               JOIN directives d ON d.id = m.directive_id"""
        )
    }


def _import(tmp_path: Path, name: str, order, one_at_a_time: bool = False) -> dict[str, tuple]:
    folder = tmp_path / name
    folder.mkdir()
    lib = open_library(folder / "library.sqlite3")
    try:
        for file in order:
            (folder / file).write_text(ARTICLES[file], encoding="utf-8")
            if one_at_a_time:  # separate imports, days apart
                importer.import_files(lib.db, [folder / file])
        if not one_at_a_time:
            importer.import_files(lib.db, [folder / f for f in order], workers=0)
        links = _links(lib.db)
        assert lib.db.execute("SELECT count(*) FROM directives").fetchone()[0] == 2
        return links
    finally:
        lib.close()


@pytest.mark.parametrize("one_at_a_time", [False, True])
def test_links_are_the_same_in_any_import_order(tmp_path, one_at_a_time) -> None:
    results = [
        _import(tmp_path, f"o{i}", order, one_at_a_time)
        for i, order in enumerate(itertools.islice(itertools.permutations(sorted(ARTICLES)), 0, 24, 5))
    ]
    assert {f: t[0] for f, t in results[0].items()} == EXPECTED_TERM
    # the 2019 directive: cited by three articles, dated by one of them
    assert results[0]["b_2021.txt"] == ("XII", "2019-05-30", 3, 3)
    assert results[0]["c_2024.txt"] == ("XIII", "2024-06-14", 1, 1)
    for other in results[1:]:
        assert other == results[0]


def test_relink_moves_mentions_and_keeps_rows_whose_key_survives(empty_library, tmp_path) -> None:
    db = empty_library.db
    for file in ("b_2021.txt", "a_2019.txt"):  # the undated one first
        (tmp_path / file).write_text(ARTICLES[file], encoding="utf-8")
    # linked as imported, without the final pass: 2021 alone assumes term XIII
    with db.atomic():
        for file in ("b_2021.txt", "a_2019.txt"):
            parsed = importer._analyse(tmp_path / file, None).parsed
            batch = writes.Batch(db)
            with batch.article():
                writes.insert_article(db, parsed, file=file, content_hash=file, analyser_version=1,
                                      batch=batch)
            batch.finish()
    assert {f: t[0] for f, t in _links(db).items()} == {"b_2021.txt": "XIII", "a_2019.txt": "XII"}
    kept = db.execute("SELECT id FROM directives WHERE term = 'XII'").fetchone()[0]
    bases = {r[0].rsplit("|", 1)[0] for r in db.execute("SELECT key FROM directives")}

    assert relink.relink(db, bases) == 1
    assert _links(db) == {"b_2021.txt": ("XII", "2019-05-30", 2, 2), "a_2019.txt": ("XII", "2019-05-30", 2, 2)}
    assert [r[0] for r in db.execute("SELECT id FROM directives")] == [kept]  # the XIII one went
    basis = db.execute(
        "SELECT m.term_basis FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE a.file = 'b_2021.txt'").fetchone()[0]
    assert basis == "known-directive"
    assert relink.relink(db, bases) == 0  # settled: nothing moves again


def test_reanalyse_relinks(tmp_path) -> None:
    links = _import(tmp_path, "r", ["d_2023.txt", "c_2024.txt", "b_2021.txt", "a_2019.txt"])
    lib = open_library(tmp_path / "r" / "library.sqlite3")
    try:
        library_ops.reanalyse(lib.db, force=True)
        assert _links(lib.db) == links
    finally:
        lib.close()


def test_a_short_repeat_links_with_its_articles_full_form(empty_library, tmp_path) -> None:
    text = """Đảng ủy Khối sơ kết việc học tập chuyên đề
Ngày đăng: 06/10/2018
Sáng 5/10, Đảng ủy Khối sơ kết 10 năm thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.
Hội nghị đánh giá việc thực hiện Chỉ thị 10 đã đi vào nền nếp ở các chi bộ trực thuộc.
"""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    importer.import_files(empty_library.db, [tmp_path / "a.txt"], workers=0)
    rows = empty_library.db.execute(
        "SELECT d.term, count(*) FROM mentions m JOIN directives d ON d.id = m.directive_id GROUP BY d.id"
    ).fetchall()
    assert rows == [("X", 2)]
    bases = {r[0].rsplit("|", 1)[0] for r in empty_library.db.execute("SELECT key FROM directives")}
    assert relink.relink(empty_library.db, bases) == 0


def test_an_import_and_a_reanalysis_report_the_linking_at_their_end(tmp_path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    order = ["d_2023.txt", "c_2024.txt", "b_2021.txt", "a_2019.txt"]  # out of date order
    for file in order:
        (folder / file).write_text(ARTICLES[file], encoding="utf-8")
    lib = open_library(folder / "library.sqlite3")
    try:
        events: list[tuple] = []
        importer.import_files(lib.db, [folder / f for f in order], workers=0,
                              progress=lambda done, total, _r: events.append(("file", done, total)),
                              linking=lambda done, total: events.append(("link", done, total)))
        files = [e for e in events if e[0] == "file"]
        links = [e for e in events if e[0] == "link"]
        assert files[-1] == ("file", 4, 4)
        assert links and links[0][1] == 0 and links[-1][1] == links[-1][2] >= 1
        assert events.index(links[0]) > events.index(files[-1])  # after every file
        reported: list[tuple[int, int]] = []
        library_ops.reanalyse(lib.db, force=True, linking=lambda d, t: reported.append((d, t)))
        assert reported and reported[0][0] == 0 and reported[-1][0] == reported[-1][1]
    finally:
        lib.close()


def test_nothing_to_link_again_reports_no_linking(empty_library) -> None:
    calls: list[tuple[int, int]] = []
    assert relink.relink(empty_library.db, ["nghị quyết|18|local@7"], lambda d, t: calls.append((d, t))) == 0
    assert calls == []


def test_an_article_deleted_leaves_the_library_as_if_never_imported(tmp_path) -> None:
    from import_factories import assert_consistent

    from desktop.core.store import notes

    rest = ["b_2021.txt", "c_2024.txt", "d_2023.txt"]
    never = _import(tmp_path, "never", rest)
    folder = tmp_path / "all"
    folder.mkdir()
    lib = open_library(folder / "library.sqlite3")
    try:
        for file in ARTICLES:
            (folder / file).write_text(ARTICLES[file], encoding="utf-8")
        importer.import_files(lib.db, [folder / f for f in sorted(ARTICLES)], workers=0)
        db = lib.db
        doomed = db.execute("SELECT id FROM articles WHERE file = 'a_2019.txt'").fetchone()[0]
        kept = db.execute("SELECT id FROM articles WHERE file = 'b_2021.txt'").fetchone()[0]
        notes.add_note(db, doomed, 0, 8, "ghi chú sẽ mất", ["đại hội"])
        notes.add_note(db, kept, 0, 8, "ghi chú còn lại", ["đại hội"])
        assert _links(db)["b_2021.txt"][0] == "XII"  # (the 2019 article dated the directive)

        gone = library_ops.delete_article(db, doomed)
        assert (gone.title, gone.file, gone.notes) == (
            "Tỉnh ủy Kon Tum quán triệt chỉ thị về đại hội đảng bộ các cấp", "a_2019.txt", 1)
        assert library_ops.delete_article(db, doomed) is None
        assert _links(db) == never
        assert_consistent(db)
        assert [n.comment for n in notes.list_notes(db)] == ["ghi chú còn lại"]
        assert db.execute("SELECT count(*) FROM note_search").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM note_tags").fetchone()[0] == 1
        # (a directive no article cites any more is gone)
        assert db.execute("SELECT count(*) FROM directives WHERE mention_count = 0").fetchone()[0] == 0
    finally:
        lib.close()
