"""Directive linking in the store and the reads behind the panel, index and CLI."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from desktop.core.models import DirectiveRef, Level, MeetingKind, ParsedArticle
from desktop.core.store import directive_queries as dq
from desktop.core.store import migrations as mig
from desktop.core.store import writes
from desktop.core.text import content_hash


def _article(text: str, date: str | None, refs: list[dict], title: str = "") -> ParsedArticle:
    """A parsed article whose directive spans are found in ``text``."""
    mentions = []
    pos = 0
    for r in refs:
        start = text.index(r["surface"], pos)
        pos = start + len(r["surface"])
        code = r.get("code")
        mentions.append(
            DirectiveRef(
                surface=r["surface"],
                canonical=r.get("canonical") or (f"{r['type']} {r['number']}-{code}" if code else f"{r['type']} {r['number']}"),
                type=r["type"],
                number=r["number"],
                code=code,
                issuer=r.get("issuer"),
                issue_date=r.get("issue_date"),
                inferred=r.get("inferred", False),
                start=start,
                end=pos,
                congress=r.get("congress"),
            )
        )
    return ParsedArticle(
        raw_text=text,
        clean_text=text,
        offset_map=((0, 0),),
        title=title or text[:30],
        published=date,
        event_date=date,
        event_period=None,
        byline=None,
        outlet=None,
        kind=MeetingKind.GIAO_BAN,
        level=Level.CENTRAL,
        directives=tuple(mentions),
    )


def _save(db: Database, parsed: ParsedArticle) -> int:
    return writes.save_article(
        db, parsed, file=f"{parsed.title}.txt", content_hash=content_hash(parsed.clean_text), analyser_version=1
    ).article_id


CT35 = {"type": "Chỉ thị", "number": "35", "code": "CT/TW"}


def _directive_ids(db: Database, article_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT directive_id FROM mentions WHERE article_id = ? ORDER BY start", [article_id])]


# --- the seeds ------------------------------------------------------------------


def _by_canonical(db: Database, canonical: str) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM directives WHERE canonical = ?", [canonical])]


def test_seed_directive_35_is_cited_by_two_articles_one_by_inference(library) -> None:
    db = library.db
    (ct35,) = _by_canonical(db, "Chỉ thị 35-CT/TW")
    detail = dq.directive(db, ct35)
    assert detail is not None and detail.term == "XII" and not detail.code_inferred
    citing = dq.citing_articles(db, ct35)
    files = [a.file[:3] for a in citing]
    assert files == ["002", "004"]  # date order: 28/10/2019, then 9/7/2020
    assert detail.article_count == 2
    (only,) = citing[1].mentions
    assert only.surface == "Chỉ thị 35" and only.inferred  # "Chỉ thị 35 của Bộ Chính trị"
    assert only.term_basis == "congress"  # "tiến tới Đại hội XIII" tells term XII
    assert only.kwic.match == "Chỉ thị 35"
    assert "tiến tới Đại hội XIII" in only.kwic.after
    assert any(not m.inferred for m in citing[0].mentions)


def test_seed_huong_dan_16_is_one_directive_cited_twice_in_one_article(library) -> None:
    db = library.db
    ids = [r[0] for r in db.execute("SELECT id FROM directives WHERE type = 'Hướng dẫn' AND number = '16'")]
    assert len(ids) == 1
    detail = dq.directive(db, ids[0])
    assert detail is not None and (detail.article_count, detail.mention_count) == (1, 2)
    (article,) = dq.citing_articles(db, ids[0])
    assert article.file.startswith("000")
    assert [m.surface for m in article.mentions] == ["Hướng dẫn số 16", "hướng dẫn 16"]
    assert set(detail.spellings) == {"Hướng dẫn số 16", "hướng dẫn 16"}


def test_counts_match_the_mentions_table(library) -> None:
    rows = library.db.execute(
        """SELECT d.id, d.article_count, d.mention_count,
                  (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.directive_id = d.id),
                  (SELECT count(*) FROM mentions m WHERE m.directive_id = d.id)
           FROM directives d"""
    ).fetchall()
    assert rows
    for _id, articles, mentions, real_articles, real_mentions in rows:
        assert (articles, mentions) == (real_articles, real_mentions)


# --- linking across articles ------------------------------------------------------


def test_2019_and_2024_directive_35_stay_apart_and_bare_mentions_find_theirs(empty_library) -> None:
    db = empty_library.db
    a2019 = _save(db, _article("Triển khai Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.", "2019-06-10",
                               [{**CT35, "surface": "Chỉ thị số 35-CT/TW", "issue_date": "2019-05-30"}], "a2019"))
    a2024 = _save(db, _article("Quán triệt Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.", "2024-06-20",
                               [{**CT35, "surface": "Chỉ thị 35-CT/TW", "issue_date": "2024-06-14"}], "a2024"))
    bare_2020 = _save(db, _article("Thực hiện Chỉ thị 35 của Bộ Chính trị.", "2020-07-09",
                                   [{**CT35, "surface": "Chỉ thị 35", "inferred": True, "issuer": "Bộ Chính trị"}], "b2020"))
    bare_2024 = _save(db, _article("Tiếp tục thực hiện Chỉ thị 35 của Bộ Chính trị.", "2024-09-01",
                                   [{**CT35, "surface": "Chỉ thị 35", "inferred": True, "issuer": "Bộ Chính trị"}], "b2024"))
    d2019, d2024 = _directive_ids(db, a2019)[0], _directive_ids(db, a2024)[0]
    assert d2019 != d2024
    assert _directive_ids(db, bare_2020) == [d2019]
    assert _directive_ids(db, bare_2024) == [d2024]
    assert [a.id for a in dq.citing_articles(db, d2019)] == [a2019, bare_2020]
    assert [a.id for a in dq.citing_articles(db, d2024)] == [a2024, bare_2024]
    # The user is shown how each link's term was decided.
    bases = dict(db.execute("SELECT article_id, term_basis FROM mentions").fetchall())
    assert bases == {a2019: "issue-date", a2024: "issue-date", bare_2020: "known-directive", bare_2024: "known-directive"}
    detail = dq.directive(db, d2019)
    assert detail is not None and detail.term_basis == "issue-date" and detail.stated_issue_dates == ("2019-05-30",)


def test_an_undated_directive_cited_in_two_terms_stays_one(empty_library) -> None:
    """Nothing states its term: the articles' dates must not split its citations."""
    db = empty_library.db
    qd = {"type": "Quy định", "number": "262", "code": "QĐ/TW", "surface": "Quy định 262-QĐ/TW"}
    ids = [_save(db, _article(f"Năm {date[:4]} thực hiện Quy định 262-QĐ/TW về lấy phiếu tín nhiệm.",
                              date, [qd], f"a{date}"))
           for date in ("2018-03-01", "2023-11-20", "2025-02-10")]
    assert len(set(ids)) == 3
    directive_ids = {_directive_ids(db, a)[0] for a in ids}
    assert len(directive_ids) == 1
    assert [a.id for a in dq.citing_articles(db, directive_ids.pop())] == ids


def test_printed_code_and_stronger_basis_improve_the_directive(empty_library) -> None:
    db = empty_library.db
    first = _save(db, _article("Thực hiện Chỉ thị 35 của Bộ Chính trị.", "2019-11-01",
                               [{**CT35, "surface": "Chỉ thị 35", "inferred": True, "issuer": "Bộ Chính trị"}], "first"))
    (did,) = _directive_ids(db, first)
    before = dq.directive(db, did)
    assert before is not None and before.code_inferred and before.term_basis == "article-date"
    second = _save(db, _article("Chỉ thị số 35-CT/TW về đại hội tiến tới Đại hội XIII.", "2019-12-01",
                                [{**CT35, "surface": "Chỉ thị số 35-CT/TW", "congress": "XIII"}], "second"))
    assert _directive_ids(db, second) == [did]
    after = dq.directive(db, did)
    assert after is not None and not after.code_inferred and after.term_basis == "congress"
    assert after.issuer == "Bộ Chính trị"


def test_local_plans_of_two_articles_are_not_merged(empty_library) -> None:
    db = empty_library.db
    plan = {"type": "Kế hoạch", "number": "01", "code": "KH/TU", "surface": "Kế hoạch số 01-KH/TU"}
    one = _save(db, _article("Ban hành Kế hoạch số 01-KH/TU của Tỉnh ủy.", "2024-02-01", [plan], "one"))
    two = _save(db, _article("Theo Kế hoạch số 01-KH/TU, tỉnh triển khai.", "2024-02-03", [plan], "two"))
    assert _directive_ids(db, one) != _directive_ids(db, two)


def test_counts_follow_reanalysis_and_deletion(empty_library) -> None:
    db = empty_library.db
    text = "Chỉ thị 35-CT/TW và Chỉ thị 35-CT/TW nữa."
    parsed = _article(text, "2019-10-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}, {**CT35, "surface": "Chỉ thị 35-CT/TW"}], "x")
    aid = _save(db, parsed)
    other = _save(db, _article("Chỉ thị 35-CT/TW.", "2019-10-02", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "y"))
    (did,) = set(_directive_ids(db, aid))
    counts = lambda: db.execute("SELECT article_count, mention_count FROM directives WHERE id = ?", [did]).fetchone()  # noqa: E731
    assert counts() == (2, 3)
    with db.atomic():  # re-analysis finds one mention fewer
        writes.update_analysis(db, aid, _article(text, "2019-10-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "x"), 2)
    assert counts() == (2, 2)
    with db.atomic():  # an article deleted takes its mentions with it (cascade)
        db.execute("DELETE FROM articles WHERE id = ?", [other])
    assert counts() == (1, 1)


def test_migration_backfills_counts_of_an_existing_library(tmp_path) -> None:
    db = Database(str(tmp_path / "old.sqlite3"))
    mig.migrations.apply(db, stop_before="0004_directive_counts")
    db.execute(
        "INSERT INTO articles (id, file, content_hash, raw_text, imported_at) VALUES (1, 'f', 'h', 't', 'now')"
    )
    db.execute("INSERT INTO directives (id, key, canonical, type, number, code) VALUES (7, 'k', 'Chỉ thị 35-CT/TW', 'Chỉ thị', '35', 'CT/TW')")
    for start in (0, 10):
        db.execute(
            'INSERT INTO mentions (article_id, directive_id, surface, start, "end", canonical) VALUES (1, 7, ?, ?, ?, ?)',
            ["Chỉ thị 35", start, start + 10, "Chỉ thị 35-CT/TW"],
        )
    mig.migrations.apply(db)
    mig.migrations.apply(db)  # idempotent
    row = db.execute("SELECT article_count, mention_count, issuer_group FROM directives WHERE id = 7").fetchone()
    assert row == (1, 2, "TW")
    assert "0004_directive_counts" in [m.name for m in mig.migrations.applied(db)]


# --- paging the citing articles ----------------------------------------------------


def test_citing_articles_page_by_keyset_in_date_order_undated_last(empty_library) -> None:
    db = empty_library.db
    dates = ["2020-03-01", None, "2019-11-05", "2021-01-02", "2019-11-05", None, "2020-01-01"]
    ids = []
    for i, date in enumerate(dates):
        text = f"Bài {i}: thực hiện Chỉ thị 35-CT/TW tiến tới Đại hội XIII."
        ids.append(_save(db, _article(text, date, [{**CT35, "surface": "Chỉ thị 35-CT/TW", "congress": "XIII"}], f"t{i}")))
    (did,) = set(_directive_ids(db, ids[0]))
    seen: list[dq.CitingArticle] = []
    after = None
    while page := dq.citing_articles(db, did, after, limit=3):
        seen += page
        after = page[-1].key
    got = [(a.date, a.id) for a in seen]
    dated = sorted((d, i) for d, i in zip(dates, ids, strict=True) if d)
    undated = sorted((None, i) for d, i in zip(dates, ids, strict=True) if d is None)
    assert got == dated + undated


# --- keyword in context -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, before, after",
    [
        ("Câu trước. Triển khai Chỉ thị 35 của Bộ Chính trị. Câu sau.", "Chỉ thị 35", "Triển khai ", " của Bộ Chính trị."),
        # "TP." is an abbreviation, "9.7" and "T.Ư" have no space after the period
        ("Chiều 9.7, tại TP. Hồ Chí Minh, BCH T.Ư Đảng triển khai Quy định 262 mới. Khác.", "Quy định 262",
         "Chiều 9.7, tại TP. Hồ Chí Minh, BCH T.Ư Đảng triển khai ", " mới."),
        # a paragraph break ends a sentence
        ("Tiêu đề\n\nThực hiện Hướng dẫn 16 nghiêm túc\nDòng khác", "Hướng dẫn 16", "Thực hiện ", " nghiêm túc"),
        # white space collapsed
        ("Theo   hướng dẫn\u00a016  của Ban.", "hướng dẫn\u00a016", "Theo ", " của Ban."),
        # the end of the article: "./."
        ("Trước đó. Tổng kết Chỉ thị 05./. Hết", "Chỉ thị 05", "Tổng kết ", "./."),
    ],
)
def test_kwic_is_the_sentence_around_the_mention(text: str, surface: str, before: str, after: str) -> None:
    start = text.index(surface)
    got = dq.kwic(text, start, start + len(surface))
    assert (got.before, got.match, got.after) == (before, surface, after)
    assert not got.clipped_before and not got.clipped_after


def test_kwic_clips_long_sentences_at_word_boundaries() -> None:
    words = " ".join(f"từ{i}" for i in range(200))
    text = f"{words} Chỉ thị 35 {words}."
    start = text.index("Chỉ thị 35")
    got = dq.kwic(text, start, start + 10, side=60)
    assert got.clipped_before and got.clipped_after
    assert len(got.before) <= 60 and len(got.after) <= 60
    assert got.before.split()[0] in words.split() and got.after.split()[-1] in words.split()
    assert got.text.startswith("… ") and got.text.endswith(" …")


def test_kwic_from_a_window_matches_kwic_from_the_full_text(library) -> None:
    db = library.db
    for did, in db.execute("SELECT id FROM directives").fetchall():
        for art in dq.citing_articles(db, did):
            text = db.execute("SELECT clean_text FROM articles WHERE id = ?", [art.id]).fetchone()[0]
            for m in art.mentions:
                assert m.kwic == dq.kwic(text, m.start, m.end)
                assert text[m.start : m.end] == m.surface


# --- the index ------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["chi thi 35", "Chỉ thị số 35", "CHỈ THỊ 35-CT/TW", "35 bo chinh tri", "ct tw 35"])
def test_index_filter_is_diacritic_insensitive(library, query: str) -> None:
    groups = dq.index_groups(library.db, dq.GroupBy.TYPE, query)
    assert [g.key for g in groups] == ["Chỉ thị"]
    entries = dq.index_entries(library.db, dq.GroupBy.TYPE, "Chỉ thị", query)
    assert [e.canonical for e in entries] == ["Chỉ thị 35-CT/TW"]
    assert entries[0].article_count == 2


def test_index_filter_matches_whole_numbers(library) -> None:
    assert dq.index_groups(library.db, dq.GroupBy.TYPE, "3") == []  # not 35, 262 ...
    assert dq.index_groups(library.db, dq.GroupBy.TYPE, "zzz") == []


def test_index_groups_by_issuer_and_counts(library) -> None:
    groups = {g.key: g for g in dq.index_groups(library.db, dq.GroupBy.ISSUER)}
    assert {"TW", "BTCTW"} <= set(groups)
    tw = dq.index_entries(library.db, dq.GroupBy.ISSUER, "TW")
    assert tw[0].canonical == "Chỉ thị 35-CT/TW"  # most cited first
    assert groups["TW"].directives == len(tw)
    total = sum(g.directives for g in groups.values())
    assert total == library.db.execute("SELECT count(*) FROM directives").fetchone()[0]
    # paging within a group
    assert dq.index_entries(library.db, dq.GroupBy.ISSUER, "TW", offset=1, limit=2) == tw[1:3]


# --- related articles --------------------------------------------------------------------


def test_related_articles_ranked_by_shared_directives(empty_library) -> None:
    db = empty_library.db
    hd26 = {"type": "Hướng dẫn", "number": "26", "code": "HD/BTCTW"}
    main = _save(db, _article("Chỉ thị 35-CT/TW và Hướng dẫn 26-HD/BTCTW.", "2019-10-28",
                              [{**CT35, "surface": "Chỉ thị 35-CT/TW"}, {**hd26, "surface": "Hướng dẫn 26-HD/BTCTW"}], "main"))
    both = _save(db, _article("Hướng dẫn 26-HD/BTCTW, Chỉ thị 35-CT/TW.", "2020-01-01",
                              [{**hd26, "surface": "Hướng dẫn 26-HD/BTCTW"}, {**CT35, "surface": "Chỉ thị 35-CT/TW"}], "both"))
    near = _save(db, _article("Chỉ thị 35-CT/TW.", "2019-11-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "near"))
    far = _save(db, _article("Chỉ thị 35-CT/TW lần nữa.", "2020-09-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "far"))
    _save(db, _article("Không liên quan Quy định 262-QĐ/TW.", "2019-10-28",
                       [{"type": "Quy định", "number": "262", "code": "QĐ/TW", "surface": "Quy định 262-QĐ/TW"}], "none"))
    related = dq.related_articles(db, main)
    assert [r.id for r in related] == [both, near, far]
    assert [c for _id, c in related[0].shared] == ["Chỉ thị 35-CT/TW", "Hướng dẫn 26-HD/BTCTW"]
    assert [c for _id, c in related[1].shared] == ["Chỉ thị 35-CT/TW"]
    assert dq.related_articles(db, 999) == []


def test_seed_related_articles(library) -> None:
    db = library.db
    (a002,) = [r[0] for r in db.execute("SELECT id FROM articles WHERE file LIKE '002%'")]
    related = dq.related_articles(db, a002)
    assert [r.file[:3] for r in related] == ["004"]
    assert [c for _id, c in related[0].shared] == ["Chỉ thị 35-CT/TW"]


def test_mention_lookup(library) -> None:
    row = library.db.execute('SELECT id, directive_id, article_id, start, "end" FROM mentions LIMIT 1').fetchone()
    assert dq.mention(library.db, row[0]) == dq.MentionPlace(*row)
    assert dq.mention(library.db, 10**9) is None


def test_citing_order_follows_an_article_date_change(empty_library) -> None:
    db = empty_library.db
    first = _save(db, _article("Chỉ thị 35-CT/TW một.", "2019-01-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "one"))
    second = _save(db, _article("Chỉ thị 35-CT/TW hai.", "2019-06-01", [{**CT35, "surface": "Chỉ thị 35-CT/TW"}], "two"))
    (did,) = set(_directive_ids(db, first))
    assert [a.id for a in dq.citing_articles(db, did)] == [first, second]
    with db.atomic():  # any writer changing a date: the mentions' date key follows (trigger)
        db.execute("UPDATE articles SET sort_date = '2020-01-01' WHERE id = ?", [first])
    assert [a.id for a in dq.citing_articles(db, did)] == [second, first]
    with db.atomic():
        db.execute("UPDATE articles SET sort_date = '' WHERE id = ?", [second])
    assert [(a.id, a.date) for a in dq.citing_articles(db, did)] == [(first, "2020-01-01"), (second, None)]


# --- what the panels need to show a date as the article list does ----------------------------


def test_citing_and_related_articles_carry_the_period_of_a_period_dated_meeting(library) -> None:
    """The seed 001 is known only as the first half of 2024: 2024-01-01 is no day it states."""
    db = library.db
    (a001,) = [r[0] for r in db.execute("SELECT id FROM articles WHERE file LIKE '001%'")]
    (kl21,) = _by_canonical(db, "Kết luận 21-KL/TW")
    kl21_ref = {"type": "Kết luận", "number": "21", "code": "KL/TW", "surface": "Kết luận 21-KL/TW"}
    other = _save(db, _article("Thực hiện Kết luận 21-KL/TW.", "2024-08-01", [kl21_ref], "other"))
    citing = {a.id: a for a in dq.citing_articles(db, kl21)}
    assert (citing[a001].date, citing[a001].precision, citing[a001].period_end) == (
        "2024-01-01", "half-year", "2024-06-30")
    assert citing[other].date == "2024-08-01" and citing[other].precision is None
    (related,) = dq.related_articles(db, other)
    assert (related.id, related.date, related.precision, related.period_end) == (
        a001, "2024-01-01", "half-year", "2024-06-30")


# --- the index's order within a group -----------------------------------------------------------


def test_index_entries_sort_equally_cited_numbers_as_numbers(empty_library) -> None:
    db = empty_library.db

    def nq(number: str) -> dict[str, str]:
        surface = f"Nghị quyết {number}-NQ/TW"
        return {"type": "Nghị quyết", "number": number, "code": "NQ/TW", "surface": surface}

    for i, number in enumerate(["1684", "18", "2", "18a", "100"]):
        text = f"Thực hiện Nghị quyết {number}-NQ/TW."
        _save(db, _article(text, f"2020-0{i + 1}-01", [nq(number)], f"a{i}"))
    _save(db, _article("Lại Nghị quyết 1684-NQ/TW.", "2020-09-01", [nq("1684")], "again"))
    entries = dq.index_entries(db, dq.GroupBy.TYPE, "Nghị quyết")
    # Most cited first, then by number: 18 before 1684, 2 before 18, 18 before 18a.
    assert [e.canonical for e in entries] == [
        "Nghị quyết 1684-NQ/TW",
        "Nghị quyết 2-NQ/TW",
        "Nghị quyết 18-NQ/TW",
        "Nghị quyết 18a-NQ/TW",
        "Nghị quyết 100-NQ/TW",
    ]
    by_issuer = dq.index_entries(db, dq.GroupBy.ISSUER, "TW")  # the group of code .../TW
    assert [e.canonical for e in by_issuer] == [e.canonical for e in entries]
    # Paging keeps the order.
    pages = [dq.index_entries(db, dq.GroupBy.TYPE, "Nghị quyết", "", o, 2) for o in (0, 2, 4)]
    assert [e for page in pages for e in page] == entries
