"""The command line, run in-process through ``main(argv)``."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import run
from desktop.cli import main, wants_gui

REPO = Path(__file__).resolve().parents[2]


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_articles_json_lists_the_seeds(seeded_path: Path) -> None:
    code, out = call("articles", "--json", "--library", str(seeded_path))
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    assert {"id", "file", "title", "published", "event_date", "date"} <= set(rows[0])
    assert sorted(r["file"] for r in rows) == sorted(p.name for p in (REPO / "seeds").glob("*.txt"))


def test_show_prints_clean_text(seeded_path: Path) -> None:
    code, out = call("articles", "--json", "--library", str(seeded_path))
    first = json.loads(out)[0]
    code, text = call("show", str(first["id"]), "--library", str(seeded_path))
    assert code == 0
    assert text.startswith(first["title"])
    assert "Xem phản hồi" not in text and "Responsive image" not in text
    # under the headline, the date the list shows (and the outlet and the author when known)
    listed = next(line for line in call("articles", "--library", str(seeded_path))[1].splitlines()
                  if line.split()[0] == str(first["id"]))
    assert text.splitlines()[1].startswith(listed.split()[1])


def test_show_json_gives_dates_byline_people_places_and_directives(seeded_path: Path) -> None:
    code, out = call("articles", "--json", "--library", str(seeded_path))
    listed = {row["file"][:4]: row for row in json.loads(out)}
    code, out = call("show", str(listed["000_"]["id"]), "--json", "--library", str(seeded_path))
    assert code == 0
    shown = json.loads(out)
    # The keys it always had, then what the library holds of the article.
    assert list(shown)[:4] == ["id", "file", "title", "date"] and "clean_text" in shown
    assert shown["published"] == shown["event_date"] == "2018-12-03"
    assert shown["event_period"] == listed["000_"]["event_period"]
    assert shown["event_period"] == {"start": "2018-12-03", "end": "2018-12-03", "precision": "day"}
    assert shown["byline"] == "Kim Liên" and shown["outlet"] is None
    assert [p["name"] for p in shown["people"]] == ["Phạm Minh Chính", "Hoàng Văn Toàn", "Kim Liên"]
    assert shown["people"][0]["title"].endswith("Trưởng Ban Tổ chức Trung ương")
    assert shown["places"] == ["Vĩnh Phúc"]
    text = shown["clean_text"]
    assert shown["directives"], shown
    for mention in shown["directives"]:
        assert set(mention) == {"surface", "canonical", "start", "end", "inferred"}
        assert text[mention["start"] : mention["end"]] == mention["surface"]
    qd262 = next(m for m in shown["directives"] if m["surface"] == "Quy định 262")
    assert qd262["canonical"] == "Quy định 262-QĐ/TW" and qd262["inferred"] is True
    # A period, not a day: the half-year the northern provinces reviewed; fourteen provinces.
    code, out = call("show", str(listed["001_"]["id"]), "--json", "--library", str(seeded_path))
    shown = json.loads(out)
    assert shown["event_date"] is None
    assert shown["event_period"] == {"start": "2024-01-01", "end": "2024-06-30", "precision": "half-year"}
    assert len(shown["places"]) == 14 and shown["places"][0] == "Hà Nội"


@pytest.mark.parametrize("before", [True, False])
def test_library_given_before_or_after_the_command(
        seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: bool) -> None:
    monkeypatch.setenv("GIAOBAN_LIBRARY", str(tmp_path / "default.sqlite3"))
    lib = ["--library", str(seeded_path)]
    code, out = call(*(lib + ["articles", "--json"] if before else ["articles", "--json"] + lib))
    assert code == 0 and len(json.loads(out)) == 5
    assert not (tmp_path / "default.sqlite3").exists()


def test_a_mistyped_library_path_is_an_error_not_a_new_library(
        seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = seeded_path.with_name("libary.sqlite3")
    for command in (["articles"], ["show", "1"], ["search", "đảng"], ["directives"], ["timeline"],
                    ["notes", "list"], ["reanalyse"]):
        code, out = call(*command, "--library", str(typo))
        assert code == 2 and out == "", command
        assert f"there is no library at {typo}" in capsys.readouterr().err, command
    assert not typo.exists()
    assert sorted(p.name for p in typo.parent.iterdir()) == ["library.sqlite3"]


def test_import_makes_a_new_library_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "library.sqlite3"
    path.parent.mkdir()
    article = tmp_path / "bai.txt"
    article.write_text("Giao ban công tác tổ chức\n\nSáng 3/12, Ban Tổ chức Tỉnh ủy tổ chức giao ban.\n",
                       encoding="utf-8")
    code, _ = call("import", str(article), "--library", str(path))
    assert code == 0 and path.exists()
    assert f"there was no library at {path}; a new one was made" in capsys.readouterr().err
    code, out = call("articles", "--json", "--library", str(path))
    # the user's own library: the import only, not the bundled samples (then or later)
    assert code == 0 and [a["title"] for a in json.loads(out)] == ["Giao ban công tác tổ chức"]
    assert "there was no library" not in capsys.readouterr().err


def test_show_unknown_id_exits_2(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = call("show", "999", "--library", str(seeded_path))
    assert code == 2
    assert "no article 999" in capsys.readouterr().err


def test_library_env_variable_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "env-lib.sqlite3"
    monkeypatch.setenv("GIAOBAN_LIBRARY", str(target))
    code, out = call("articles", "--json")
    assert code == 0 and len(json.loads(out)) == 5
    assert target.exists()
    # a library the variable names is made as the default one is, but never silently (a
    # mistyped name would pass for the user's library with its notes gone); once only
    assert f"there was no library at {target} (named by $GIAOBAN_LIBRARY)" in capsys.readouterr().err
    call("articles", "--json")
    assert "there was no library" not in capsys.readouterr().err


def test_not_a_library_exits_2_with_a_sentence_and_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "thesis.docx"
    target.write_bytes(b"PK\x03\x04 not sqlite at all" * 50)
    before = target.read_bytes()
    code, _ = call("articles", "--library", str(target))
    err = capsys.readouterr().err
    assert code == 2
    assert "is not a Giao Ban Reader library" in err
    assert target.read_bytes() == before


def test_unwritable_library_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _ = call("import", str(tmp_path), "--library", str(blocker / "lib.sqlite3"))
    assert code == 2
    assert "cannot be created or written" in capsys.readouterr().err


def test_gui_or_cli_dispatch() -> None:
    assert wants_gui([])
    assert wants_gui(["--library", "x.sqlite3"])
    assert wants_gui(["--screenshot", "out.png", "--library", "x"])
    assert not wants_gui(["articles", "--json"])
    assert not wants_gui(["--library", "x", "show", "3"])
    assert run(["--version"] if False else ["articles", "--library", "/dev/null/x"]) == 2


def test_screenshot_writes_a_non_blank_png(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "GIAOBAN_LANG": "en"}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(out), "--library", str(tmp_path / "l.sqlite3")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 20  # text, list and chrome drawn: not a blank frame


def test_help_lists_the_windows_own_options() -> None:
    """``--library``, ``--lang`` and ``--screenshot`` are the window's: the help says so."""
    buf = io.StringIO()
    with pytest.raises(SystemExit) as done, contextlib.redirect_stdout(buf):
        main(["--help"])
    assert done.value.code == 0
    text = buf.getvalue()
    for option in ("--library PATH", "--lang vi|en", "--screenshot PNG", "--size WxH"):
        assert option in text
    assert wants_gui(["--lang", "vi", "--library", "x.sqlite3"])


def test_analyze_reads_the_articles_in_a_folder_and_names_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bai"
    (folder / "con").mkdir(parents=True)
    lead = ("Sáng 6/3, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
            "tháng 2 năm 2024.")
    (folder / "b.txt").write_text(f"Giao ban tháng 2\n\n{lead}", encoding="utf-8")
    (folder / "con" / "a.md").write_text(f"# Giao ban quý I\n\n{lead}", encoding="utf-8")
    (folder / "ghi-chu.json").write_text("{}", encoding="utf-8")  # not an article: passed over
    (folder / "c.txt").write_bytes("Giao ban quý II".encode("utf-16-le")[:-1])  # (no encoding reads it)
    code, out = call("analyze", "--json", str(folder), str(tmp_path / "typo.txt"))
    assert code == 1
    results = json.loads(out)
    # one object a file, in order, the failed ones included with why
    assert [(a["file"], a["title"], a["error"] and a["error"]["reason"]) for a in results] == [
        ("b.txt", "Giao ban tháng 2", None), ("c.txt", None, "undecodable"),
        ("a.md", "Giao ban quý I", None), ("typo.txt", None, "missing")]
    # a failed file's object has the keys a read one has, with nothing found
    assert results[3].keys() == results[0].keys()
    assert results[3]["directives"] == results[3]["people"] == results[3]["places"] == []
    assert results[3]["error"]["message"] == "there is no such file"
    assert f"{tmp_path / 'typo.txt'}: there is no such file" in capsys.readouterr().err


def test_an_article_about_a_half_year_shows_it_not_its_first_day(tmp_path: Path) -> None:
    article = tmp_path / "so-ket.txt"
    article.write_text(
        "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024\n\n"
        "Ban Tổ chức Huyện ủy sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024, "
        "triển khai nhiệm vụ 6 tháng cuối năm theo Kế hoạch số 12-KH/HU.", encoding="utf-8")
    lib = str(tmp_path / "lib.sqlite3")
    assert call("import", str(article), "--library", lib, "--lang", "en")[0] == 0
    row = next(r for r in json.loads(call("articles", "--json", "--library", lib)[1]) if r["file"] == article.name)
    assert row["event_period"]["precision"] == "half-year"
    listed = next(line for line in call("articles", "--library", lib, "--lang", "en")[1].splitlines()
                  if "Sơ kết" in line)
    assert "H1 2024" in listed
    shown = call("show", str(row["id"]), "--library", lib, "--lang", "en")[1].splitlines()
    assert shown[1].startswith("H1 2024") and "2024-01-01" not in shown[1]
    # ... and so do search and the directives' list, as text and as JSON
    (hit,) = json.loads(call("search", "so ket", "--json", "--library", lib)[1])
    assert hit["event_period"] == row["event_period"]
    found = call("search", "so ket", "--library", lib, "--lang", "en")[1].splitlines()[0]
    assert "H1 2024" in found and "2024-01-01" not in found
    (plan,) = [d for d in json.loads(call("directives", "--json", "--library", lib)[1])
               if d["canonical"] == "Kế hoạch 12-KH/HU"]
    assert plan["articles"][0]["event_period"] == row["event_period"]
    cited = [line for line in call("directives", "--library", lib, "--lang", "en")[1].splitlines()
             if "Sơ kết" in line]
    assert cited and all("H1 2024" in line and "2024-01-01" not in line for line in cited)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_commands_help_has_one_heading_for_its_options(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help", "--lang", lang])
    text = capsys.readouterr().out
    heading = {"en": "options:", "vi": "tùy chọn:"}[lang]
    assert text.count(heading) == 1 and "--library PATH" in text
    # every argument says what it is
    assert all(line.strip() != "PATH" for line in text.splitlines())


@pytest.mark.parametrize("command", ["import", "show", "search", "analyze"])
def test_help_names_every_format_the_importer_reads_and_the_library_variable(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.formats import SUPPORTED

    with pytest.raises(SystemExit):
        main([command, "--help", "--lang", "en"])
    text = " ".join(capsys.readouterr().out.split())  # (argparse wraps lines)
    assert "$GIAOBAN_LIBRARY" in text
    if command == "import":
        assert all(kind in text for kind in SUPPORTED)
    # a positional argument says what it is: its line carries more than its name
    positionals = text.split("positional arguments:")[1].split("options:")[0].split()
    assert len(positionals) > 3
