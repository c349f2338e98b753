"""``python -m desktop search`` and ``import``, in-process and as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

REPO = Path(__file__).resolve().parents[2]


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def _article(n: int) -> str:
    return (
        f"Giao ban công tác tổ chức quý {n} tại Hòa Bình\n\n"
        f"Sáng 8/10/2024, Đảng ủy khối lần thứ {n} triển khai Hướng dẫn 26-HD/BTCTW "
        "và Quy định 262 về kiện toàn cấp ủy."
    )


def test_import_reports_each_file_and_exits_0(seeded_path: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text(_article(1), encoding="utf-8")
    b.write_text(_article(2), encoding="utf-8")
    code, out = call("import", str(a), str(b), "--library", str(seeded_path))
    assert code == 0
    assert f"imported: {a}" in out and f"imported: {b}" in out
    assert "imported: 2, updated: 0, duplicates: 0, failed: 0" in out
    code, out = call("import", str(tmp_path), "--json", "--library", str(seeded_path))
    assert code == 0
    rows = json.loads(out)
    assert [r["outcome"] for r in rows] == ["duplicate", "duplicate"]
    assert {"path", "outcome", "reason", "article_id", "title"} <= set(rows[0])


def test_import_exits_1_when_some_file_failed(seeded_path: Path, tmp_path: Path) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(_article(3), encoding="utf-8")
    empty.write_bytes(b"")
    code, out = call("import", str(tmp_path), "--library", str(seeded_path))
    assert code == 1
    assert f"failed: {empty}: empty" in out and f"imported: {good}" in out
    code, out = call("import", str(empty), "--json", "--library", str(seeded_path))
    assert code == 1
    assert json.loads(out) == [
        {"path": str(empty), "outcome": "failed", "reason": "empty", "article_id": None, "title": "",
         "notes_to_review": 0}
    ]


def test_import_of_nothing_importable_exits_1(seeded_path: Path, tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code, _ = call("import", str(tmp_path), "--library", str(seeded_path))
    assert code == 1


def test_search_json_shape_and_folding(seeded_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_article(4), encoding="utf-8")
    call("import", str(path), "--library", str(seeded_path))
    code, out = call("search", "dang uy", "--json", "--library", str(seeded_path))
    assert code == 0
    hits = json.loads(out)
    assert hits and all(set(h) == {"id", "title", "date", "event_period", "words_apart", "snippet", "rank"} for h in hits)
    mine = [h for h in hits if h["title"].startswith("Giao ban công tác tổ chức quý 4")]
    assert len(mine) == 1
    assert "[Đảng ủy]" in mine[0]["snippet"]
    code, out = call("search", "26-HD/BTCTW", "--json", "--library", str(seeded_path))
    assert any(h["title"] == mine[0]["title"] for h in json.loads(out))
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks)


def test_search_with_hostile_syntax_exits_0(seeded_path: Path) -> None:
    for query in ['"đảng', "NEAR(", "AND", "*đảng", "title:", "a OR", "((x"]:
        code, out = call("search", query, "--json", "--library", str(seeded_path))
        assert code == 0
        assert isinstance(json.loads(out), list)


def test_a_query_with_no_words_is_refused_with_a_message(seeded_path: Path, capsys) -> None:
    for query in ["", "   ", '"', "*", "((", "“”"]:
        code, out = call("search", query, "--json", "--library", str(seeded_path), "--lang", "vi")
        assert (code, out) == (2, "")
        assert "không có từ nào để tìm" in capsys.readouterr().err


def test_search_and_import_as_a_real_process(seeded_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes(_article(5).encode("utf-16"))
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(path), "--library", str(seeded_path)],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "search", "Hòa Bình", "--json", "--library", str(seeded_path)],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert any("quý 5" in h["title"] for h in json.loads(run.stdout))
    assert "PySide6" not in run.stderr


def test_an_article_with_no_headline_goes_by_its_file_name(seeded_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "bien-ban-chi-bo-thang-3.txt"
    src.write_text("sáng 3/12 chi bộ thôn 2 họp thường kỳ, đồng chí bí thư chủ trì và quán triệt "
                   "nghị quyết của đảng ủy xã về công tác phát triển đảng viên.\n", encoding="utf-8")
    code, out = call("import", str(src), "--library", str(seeded_path))
    assert code == 0
    assert out.splitlines()[0].endswith(" bien-ban-chi-bo-thang-3.txt)"), out
    code, out = call("articles", "--library", str(seeded_path))
    assert code == 0 and "bien-ban-chi-bo-thang-3.txt" in out
    assert not [line for line in out.splitlines() if not line.split("  ")[-1].strip()]  # no blank title


def test_a_search_that_finds_nothing_says_so_on_stderr(seeded_path: Path, capsys) -> None:
    code, out = call("search", "xyzzyq", "--library", str(seeded_path), "--lang", "vi")
    assert code == 0 and out == ""
    assert "không có bài nào khớp với “xyzzyq”" in capsys.readouterr().err
    code, out = call("search", "xyzzyq", "--json", "--library", str(seeded_path))
    assert (code, json.loads(out)) == (0, [])


def test_a_limit_must_ask_for_something(seeded_path: Path, capsys) -> None:
    import pytest

    for bad in ("0", "-3", "abc"):
        with pytest.raises(SystemExit) as exit_:
            call("search", "đảng", "--limit", bad, "--library", str(seeded_path), "--lang", "en")
        assert exit_.value.code == 2
        assert "a whole number above 0" in capsys.readouterr().err


def test_articles_show_a_period_as_the_period_not_its_first_day(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    files = {"nam.txt": ("Tổng kết công tác tổ chức xây dựng Đảng năm 2017",
                         "Năm 2017, ngành tổ chức xây dựng Đảng tỉnh đã tham mưu sắp xếp bộ máy."),
             "quy.txt": ("Kết quả công tác tổ chức quý II năm 2024",
                         "Trong quý II năm 2024, toàn tỉnh kết nạp 312 đảng viên mới.")}
    for name, (title, body) in files.items():
        (tmp_path / name).write_text(f"{title}\n\n{body}", encoding="utf-8")
    assert call("import", str(tmp_path / "nam.txt"), str(tmp_path / "quy.txt"), "--library", str(lib))[0] == 0
    code, out = call("articles", "--library", str(lib))
    shown = {line.split(None, 1)[1].strip() for line in out.splitlines()} & {  # (the seeds besides)
        "2017        Tổng kết công tác tổ chức xây dựng Đảng năm 2017",
        "quarter II/2024  Kết quả công tác tổ chức quý II năm 2024"}
    assert shown == {"2017        Tổng kết công tác tổ chức xây dựng Đảng năm 2017",
                     "quarter II/2024  Kết quả công tác tổ chức quý II năm 2024"}
    assert code == 0 and "2017-01-01" not in out


def test_search_marks_an_article_holding_the_words_only_apart(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib.sqlite3")
    for name, body in (("a.txt", "Tỉnh ủy tổ chức lấy phiếu tín nhiệm giữa nhiệm kỳ."),
                       ("b.txt", "Tổ kiểm phiếu làm việc; hội nghị tín nhiệm chọn đồng chí Bí thư.")):
        (tmp_path / name).write_text(f"Hội nghị {name[0]}\n\n{body}", encoding="utf-8")
        call("import", str(tmp_path / name), "--library", lib)
    code, out = call("search", "phieu tin nhiem", "--library", lib, "--lang", "en")
    assert code == 0
    titles = [line for line in out.splitlines() if not line.startswith("        ")]
    assert len(titles) == 2
    assert titles[0].endswith("Hội nghị a") and titles[1].endswith("Hội nghị b  [the words apart, not as typed]")
