"""The command line speaks Vietnamese from the window's own catalogue, without Qt."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import catalogue
from desktop.cli import main

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
sys.path.insert(0, str(REPO / "scripts"))
import translations as workflow  # noqa: E402


def call(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_the_compiled_catalogue_holds_every_command_line_message_of_the_ts() -> None:
    read = catalogue.read_qm((TRANSLATIONS / "desktop_vi.qm").read_bytes())
    cli = [m for m in workflow.read_ts(TRANSLATIONS / "desktop_vi.ts") if m.context == "Cli"]
    assert len(cli) > 50
    for m in cli:
        assert read[m.key] == m.translations[0], m.source
    # the window's messages are read too (one catalogue for both)
    assert read[("AllNotesView", "All tags", "")] == "Mọi thẻ"


def test_a_message_with_a_disambiguation_is_translated_on_the_command_line() -> None:
    from desktop import labels

    # (lrelease wrote these without their comment, which the window's QTranslator
    # looks past; "H1 2024" in the Vietnamese listing was English)
    before = catalogue.current_language()
    catalogue.install("vi")
    try:
        assert labels.period_label("2024-01-01", "half-year", short=True,
                                   translate=catalogue.translate) == "Nửa đầu 2024"
    finally:
        catalogue.install(before)


@pytest.mark.parametrize("data", [b"", b"not a qm file at all", (TRANSLATIONS / "desktop_vi.qm").read_bytes()[:500]])
def test_a_file_that_is_no_catalogue_is_refused(data: bytes) -> None:
    with pytest.raises(catalogue.CatalogueError):
        catalogue.read_qm(data)


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        (["--lang", "vi", "articles"], {"GIAOBAN_LANG": "en"}, "vi"),
        (["articles", "--lang=en"], {"GIAOBAN_LANG": "vi"}, "en"),
        (["articles"], {"GIAOBAN_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
        (["articles"], {"LANG": "vi_VN.UTF-8"}, "vi"),
        (["articles"], {"LANGUAGE": "en_GB:vi", "LANG": "vi_VN.UTF-8"}, "en"),
        (["articles"], {"LC_ALL": "vi_VN.UTF-8", "LANG": "C.UTF-8"}, "vi"),
        (["articles"], {"LANG": "en_US.UTF-8"}, "en"),
        # a system that names no language gets the readers' own
        (["articles"], {}, "vi"),
        (["articles"], {"LANG": "C.UTF-8"}, "vi"),
        (["articles"], {"LC_ALL": "POSIX"}, "vi"),
        (["articles"], {"LC_ALL": "C", "LANG": "en_US.UTF-8"}, "en"),
        # a value that is no language is passed over
        (["--lang", "fr", "articles"], {"LANG": "vi_VN"}, "vi"),
    ],
)
def test_the_language_chosen(argv: list[str], env: dict[str, str], expected: str) -> None:
    assert catalogue.choose_language(argv, env) == expected


def test_commands_answer_in_vietnamese_when_asked(
        seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "trống.txt"
    empty.write_text("", encoding="utf-8")
    code, out = call("--lang", "vi", "--library", str(seeded_path), "import", str(empty))
    assert code == 1
    assert f"không nhập được: {empty}: tệp trống" in out
    assert "đã nhập: 0, đã cập nhật: 0, đã có trong thư viện: 0, không nhập được: 1" in out
    code, _ = call("show", "999", "--lang", "vi", "--library", str(seeded_path))
    assert code == 2 and capsys.readouterr().err.strip() == "lỗi: không có bài viết số 999"
    # the next command, not asked, is in English again ($GIAOBAN_LANG=en in the tests)
    code, _ = call("show", "999", "--library", str(seeded_path))
    assert capsys.readouterr().err.strip() == "error: there is no article 999"


def test_a_damaged_library_is_told_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "thư viện.sqlite3"
    bad.write_bytes(b"this is a letter, not a database" * 40)
    code, _ = call("--lang", "vi", "--library", str(bad), "articles")
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"lỗi: tệp {bad} không phải là thư viện của Giao Ban Reader")
    assert bad.read_bytes().startswith(b"this is a letter")


def _run(*argv: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GIAOBAN_LANG=lang, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "desktop", *argv], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)


def test_help_and_argparse_errors_in_vietnamese() -> None:
    shown = _run("--help", lang="vi")
    assert shown.returncode == 0
    assert shown.stdout.startswith("cách dùng: giaoban")
    for heading in ("tham số vị trí:", "tùy chọn:", "cửa sổ ứng dụng (không có lệnh):"):
        assert heading in shown.stdout
    assert "nhập các tệp bài viết hoặc cả thư mục vào thư viện" in shown.stdout
    wrong = _run("timeline", "--lanes", "năm", lang="vi")
    assert wrong.returncode == 2
    assert "giaoban timeline: lỗi: tham số --lanes: lựa chọn không hợp lệ" in wrong.stderr
    missing = _run("analyze", lang="vi")
    assert "lỗi: thiếu các tham số bắt buộc: FILE" in missing.stderr
    # and English stays English
    assert _run("--help", lang="en").stdout.startswith("usage: giaoban")


def test_a_missing_catalogue_leaves_english_with_a_warning(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(catalogue, "catalogue_path", lambda language: tmp_path / "none.qm")
    assert catalogue.install("vi") == "en"
    assert "the vi translation could not be read" in capsys.readouterr().err
    assert catalogue.translate("Cli", "print JSON") == "print JSON"
    catalogue.install("en")


@pytest.mark.parametrize(("size", "lang", "expected"), [
    ("abc", "vi", "giaoban: lỗi: tham số --size: RỘNGxCAO, ví dụ 1400x880"),
    ("100", "en", "giaoban: error: argument --size: WIDTHxHEIGHT, for example 1400x880"),
])
def test_a_malformed_window_size_is_told_not_a_traceback(size: str, lang: str, expected: str) -> None:
    got = _run("--size", size, "--screenshot", "out.png", lang=lang)
    assert got.returncode == 2 and "Traceback" not in got.stderr
    assert expected in got.stderr
