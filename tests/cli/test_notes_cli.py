"""``notes add``, ``notes list --json`` and ``export-notes`` (issue 6's interface)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.cli import main

QUOTE = "lấy phiếu tín nhiệm đối với các đồng chí ủy viên Bộ Chính trị"


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def lib(seeded_path: Path) -> str:
    path = str(seeded_path)
    code, _ = call("notes", "add", "--library", path, "--article", "1", "--quote", QUOTE,
                   "--comment", "<script>alert('x')</script> cần đối chiếu", "--tag", "tín nhiệm", "--tag", "nhân sự")
    assert code == 0
    code, _ = call("notes", "add", "--library", path, "--article", "3", "--quote", "Hướng dẫn 26-HD/BTCTW",
                   "--occurrence", "1", "--comment", "=SUM(A1)", "--tag", "hướng dẫn")
    assert code == 0
    return path


def test_notes_list_json(lib: str) -> None:
    code, out = call("notes", "list", "--json", "--library", lib)
    assert code == 0
    data = json.loads(out)
    assert [(n["article_id"], n["state"]) for n in data] in ([(1, "anchored"), (3, "anchored")], [(3, "anchored"), (1, "anchored")])
    first = next(n for n in data if n["article_id"] == 1)
    assert first["quote"] == QUOTE and first["tags"] == ["tín nhiệm", "nhân sự"]
    assert "tín nhiệm" in out  # ensure_ascii=False: Vietnamese as is


def test_notes_add_errors(seeded_path: Path, capsys) -> None:
    path = str(seeded_path)
    code, _ = call("notes", "add", "--library", path, "--article", "1", "--quote", "không có câu này", "--comment", "x")
    assert code == 2 and "does not occur" in capsys.readouterr().err
    code, _ = call("notes", "add", "--library", path, "--article", "1", "--quote", "lấy phiếu tín nhiệm")
    err = capsys.readouterr().err
    assert code == 2 and "--occurrence" in err and "times" in err
    code, _ = call("notes", "add", "--library", path, "--article", "99", "--quote", "x")
    assert code == 2 and "no article 99" in capsys.readouterr().err
    for empty in ("", "  "):
        code, _ = call("notes", "add", "--library", path, "--article", "1", "--quote", empty)
        assert code == 2 and "the quote is empty" in capsys.readouterr().err
    code, out = call("notes", "list", "--json", "--library", path)
    assert json.loads(out) == []


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json", "csv"])
def test_export_each_format(lib: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"ghi-chú.{fmt}"
    code, out = call("export-notes", "--library", lib, "--format", fmt, "--output", str(target))
    assert code == 0 and "2 note(s) from 2 article(s)" in out
    data = target.read_bytes()
    if fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"))))
        assert {r["quote"] for r in rows} == {QUOTE, "Hướng dẫn 26-HD/BTCTW"}
        assert any(r["comment"] == "'=SUM(A1)" for r in rows)  # no formula runs in a spreadsheet
        text = data.decode("utf-8-sig")
    else:
        text = data.decode("utf-8")
    assert QUOTE in text and "tín nhiệm" in text
    if fmt == "html":
        assert "<script>" not in text and "&lt;script&gt;" in text
    if fmt == "json":
        assert {n["quote"] for a in json.loads(text) for n in a["notes"]} == {QUOTE, "Hướng dẫn 26-HD/BTCTW"}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]  # no temporary file left


def test_export_scope_by_article_and_tag(lib: str, tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    assert call("export-notes", "--library", lib, "--format", "json", "--output", str(target), "--article", "3")[0] == 0
    assert [a["article_id"] for a in json.loads(target.read_text(encoding="utf-8"))] == [3]
    target = tmp_path / "t.json"
    assert call("export-notes", "--library", lib, "--format", "json", "--output", str(target), "--tag", "tín nhiệm")[0] == 0
    assert [a["article_id"] for a in json.loads(target.read_text(encoding="utf-8"))] == [1]


def test_export_refuses_to_overwrite_without_force(lib: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own report", encoding="utf-8")
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(target))
    assert code == 2 and "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my own report"
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(target), "--force")
    assert code == 0 and QUOTE in target.read_text(encoding="utf-8")


def test_export_into_a_missing_folder_is_a_clear_error(lib: str, tmp_path: Path, capsys) -> None:
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(tmp_path / "nope" / "n.md"))
    assert code == 2 and "does not exist" in capsys.readouterr().err


def test_export_of_a_tag_no_note_has_writes_nothing(lib: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "n.md"
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(target), "--tag", "tín nhiêm")
    err = capsys.readouterr().err
    assert code == 2 and "tín nhiêm" in err and "tín nhiệm" in err  # the tags there are
    assert not target.exists()


def test_export_of_an_unknown_article(lib: str, tmp_path: Path, capsys) -> None:
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(tmp_path / "n.md"), "--article", "77")
    assert code == 2 and "no article 77" in capsys.readouterr().err


def test_export_labels_the_byline_as_author_and_the_outlet_as_source(
    lib: str, tmp_path: Path
) -> None:
    """Through the store, as a user exports: an author is never printed as the source."""
    from desktop.core.store.db import open_library

    library = open_library(Path(lib))
    try:
        rows = library.db.execute("SELECT id, byline, outlet FROM articles WHERE id IN (1, 3)")
        known = {r[0]: (r[1], r[2]) for r in rows}
    finally:
        library.close()
    byline, outlet = known[1]
    assert byline and not outlet, "the seed article 1 should have an author and no outlet"
    assert all(known[3]), "the seed article 3 should have both"

    md, docx_path = tmp_path / "n.md", tmp_path / "n.docx"
    for fmt, target in (("md", md), ("docx", docx_path)):
        code, _ = call("export-notes", "--library", lib, "--format", fmt, "--output", str(target))
        assert code == 0
    import docx

    markdown = md.read_text(encoding="utf-8")
    paragraphs = [p.text for p in docx.Document(str(docx_path)).paragraphs]
    for article_byline, article_outlet in known.values():
        assert f"*Tác giả:* {article_byline}" in markdown
        assert f"*Nguồn:* {article_byline}" not in markdown
        assert any(f"Tác giả: {article_byline}" in p for p in paragraphs)
        assert not any(f"Nguồn: {article_byline}" in p for p in paragraphs)
        if article_outlet:
            assert f"*Nguồn:* {article_outlet}" in markdown
            assert any(f"Nguồn: {article_outlet}" in p for p in paragraphs)


def test_export_to_standard_output_leaves_the_report_out_of_it(lib: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "redirected.json"
    with target.open("wb") as fh:  # as the shell does for "> redirected.json"
        proc = subprocess.run(
            [sys.executable, "-m", "desktop", "export-notes", "--library", lib, "--format", "json",
             "--output", "/dev/stdout", "--lang", "en"],
            stdout=fh, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(target.read_text(encoding="utf-8"))  # the export alone
    assert {n["quote"] for a in data for n in a["notes"]} == {QUOTE, "Hướng dẫn 26-HD/BTCTW"}
    assert "wrote 2 note(s)" in proc.stderr


def test_an_empty_notes_list_says_so_on_stderr(seeded_path: Path, capsys) -> None:
    code, out = call("notes", "list", "--library", str(seeded_path), "--lang", "en")
    assert code == 0 and out == ""
    assert "no notes" in capsys.readouterr().err


def test_export_to_a_folder_says_so_in_the_chosen_language(lib: str, tmp_path: Path, capsys) -> None:
    code, _ = call("export-notes", "--library", lib, "--format", "md", "--output", str(tmp_path), "--lang", "vi")
    assert code == 2
    assert f"{tmp_path} là một thư mục" in capsys.readouterr().err


def test_export_to_a_dash_is_standard_output(lib: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "export-notes", "--library", lib, "--format", "md", "--output", "-"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert QUOTE in proc.stdout and not (tmp_path / "-").exists()


@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_an_export_appended_to_a_report_keeps_the_report(lib: str, tmp_path: Path, output: str) -> None:
    import subprocess
    import sys

    report = tmp_path / "bao-cao.md"
    report.write_text("# Báo cáo của tôi\n\nĐoạn đã viết.\n", encoding="utf-8")
    with open(report, "ab") as appended:  # what a shell's ">> bao-cao.md" gives the command
        proc = subprocess.run(
            [sys.executable, "-m", "desktop", "export-notes", "--library", lib, "--format", "md",
             "--output", output], stdout=appended, stderr=subprocess.PIPE, text=True, timeout=120,
            check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Báo cáo của tôi\n\nĐoạn đã viết.\n") and QUOTE in text


def test_the_same_note_added_again_is_not_added_twice(lib: str, capsys) -> None:
    before = json.loads(call("notes", "list", "--json", "--library", lib)[1])
    code, out = call("notes", "add", "--library", lib, "--article", "1", "--quote", QUOTE, "--comment",
                     "<script>alert('x')</script> cần đối chiếu", "--tag", "NHÂN SỰ", "--tag", "tín nhiệm")
    assert code == 0 and out == ""
    first = next(n for n in before if n["article_id"] == 1)
    assert f"note {first['id']} on article 1 already says this; nothing added" in capsys.readouterr().err
    assert json.loads(call("notes", "list", "--json", "--library", lib)[1]) == before
    # another comment on the same words is another note
    code, out = call("notes", "add", "--library", lib, "--article", "1", "--quote", QUOTE, "--comment", "khác")
    assert code == 0 and out.startswith("saved note")
    assert len(json.loads(call("notes", "list", "--json", "--library", lib)[1])) == len(before) + 1


@pytest.mark.parametrize(("name", "fmt"), [("ghi-chú.docx", "docx"), ("notes.MD", "md"), ("n.htm", "html"), ("n.csv", "csv")])
def test_export_takes_the_format_from_the_extension(lib: str, tmp_path: Path, name: str, fmt: str) -> None:
    target = tmp_path / name
    code, out = call("export-notes", "--library", lib, "--output", str(target), "--json")
    assert code == 0 and json.loads(out)["format"] == fmt
    data = target.read_bytes()
    if fmt == "docx":
        assert data[:2] == b"PK"  # a Word file is a zip
    else:
        assert QUOTE in data.decode("utf-8")


def test_export_with_no_format_to_tell_is_a_clear_error(lib: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "notes.txt"
    code, _ = call("export-notes", "--library", lib, "--output", str(target))
    err = capsys.readouterr().err
    assert code == 2 and "--format" in err and "notes.txt" in err
    assert not target.exists()
    code, _ = call("export-notes", "--library", lib, "--output", str(target), "--format", "md")
    assert code == 0 and QUOTE in target.read_text(encoding="utf-8")  # any name, with --format


def test_export_refuses_a_format_its_extension_contradicts(lib: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "báo-cáo.docx"
    code, _ = call("export-notes", "--library", lib, "--output", str(target), "--format", "md")
    err = capsys.readouterr().err
    assert code == 2 and "docx" in err and "md" in err
    assert not target.exists()


def test_deleting_an_article_asks_before_it_takes_notes_and_stays_done(
        lib: str, capsys: pytest.CaptureFixture[str]) -> None:
    count = len(json.loads(call("articles", "--json", "--library", lib)[1]))
    code, _ = call("delete", "1", "--library", lib)
    assert code == 2 and "1 note" in capsys.readouterr().err
    assert len(json.loads(call("articles", "--json", "--library", lib)[1])) == count  # nothing deleted
    code, out = call("delete", "1", "--force", "--json", "--library", lib)
    assert code == 0 and json.loads(out)["notes"] == 1
    ids = [a["id"] for a in json.loads(call("articles", "--json", "--library", lib)[1])]
    assert 1 not in ids and len(ids) == count - 1  # (a bundled article deleted is not loaded again)
    assert [n["article_id"] for n in json.loads(call("notes", "list", "--json", "--library", lib)[1])] == [3]
    assert call("show", "1", "--library", lib)[0] == 2
    assert call("delete", "1", "--library", lib)[0] == 2
    # an article without notes goes at once
    code, out = call("delete", "2", "--library", lib)
    assert code == 0 and "2" in out


def _report(closing: str) -> str:
    return (
        "Giao ban công tác tổ chức xây dựng Đảng tháng 10\n\n"
        "Sáng 8/10/2024, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức hội nghị giao ban, "
        "triển khai Hướng dẫn 26-HD/BTCTW và Quy định 262.\n\n"
        "Đồng chí Bùi Văn Khánh chủ trì hội nghị.\n\n"
        f"{closing}\n"
    )


def test_a_corrected_file_updates_its_article_and_names_the_notes_to_review(tmp_path: Path) -> None:
    """Importing a changed version of a file already imported updates its article, says so, and
    counts the notes whose passage the new text no longer holds (never a silent "imported")."""
    lib = str(tmp_path / "lib.sqlite3")
    article = tmp_path / "giao-ban.txt"
    article.write_text(_report("Hội nghị thống nhất kiện toàn cấp ủy ở Phú Thọ và Yên Bái."), encoding="utf-8")
    code, out = call("import", str(article), "--json", "--library", lib)
    (first,) = json.loads(out)
    assert (first["outcome"], first["notes_to_review"]) == ("imported", 0)
    for quote in ("kiện toàn cấp ủy ở Phú Thọ", "chủ trì hội nghị"):
        assert call("notes", "add", "--library", lib, "--article", str(first["article_id"]), "--quote", quote)[0] == 0

    article.write_text(_report("Hội nghị thống nhất bổ sung cán bộ cho các huyện miền núi."), encoding="utf-8")
    code, out = call("import", str(article), "--library", lib, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"updated: {article} (#{first['article_id']} ")
    assert "1 note(s)" in lines[1] and f"notes list --article {first['article_id']}" in lines[1]
    assert lines[-1] == "imported: 0, updated: 1, duplicates: 0, failed: 0"
    states = sorted(n["state"] for n in json.loads(call("notes", "list", "--json", "--library", lib)[1]))
    assert states == ["anchored", "needs_review"]
    # the same text again: a duplicate; a version that keeps every passage: updated, none to review
    assert json.loads(call("import", str(article), "--json", "--library", lib)[1])[0]["outcome"] == "duplicate"
    article.write_text(_report("Hội nghị thống nhất bổ sung cán bộ cho các huyện miền núi và vùng cao."),
                       encoding="utf-8")
    (third,) = json.loads(call("import", str(article), "--json", "--library", lib)[1])
    assert (third["outcome"], third["article_id"]) == ("updated", first["article_id"])
    assert third["notes_to_review"] == 1  # (the one already marked: still to review)
