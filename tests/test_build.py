"""The double-click app: build it with PyInstaller, run the frozen program.

Slow (about 3-4 minutes on 2 cores, most of it PyInstaller's analysis), so
it is marked ``slow``; ``pytest -m "not slow"`` leaves it out. It builds into
a temp folder, never touching ``dist/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXE_NAME = "GiaoBanReader.exe" if sys.platform == "win32" else "GiaoBanReader"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1200),
    pytest.mark.skipif(sys.platform == "win32", reason="scripts/build-app is a bash script; see README for Windows"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/GiaoBanReader built by the README's command, in a temp folder."""
    out = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-app"), "--distpath", str(out / "dist"), "--workpath", str(out / "work")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1100,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folder = out / "dist" / "GiaoBanReader"
    assert (folder / EXE_NAME).exists()
    return folder


def _frozen_env(home: Path, lang: str) -> dict[str, str]:
    # A clean environment: nothing from the dev venv or the repo may leak in.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "vi_VN.UTF-8" if lang == "vi" else "en_US.UTF-8",
        "GIAOBAN_LANG": lang,
    }
    if "SYSTEMROOT" in os.environ:
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    return env


def _screenshot(bundle: Path, tmp_path: Path, lang: str) -> Path:
    png = tmp_path / f"out-{lang}.png"
    result = subprocess.run(
        [str(bundle / EXE_NAME), "--screenshot", str(png), "--library", str(tmp_path / f"lib-{lang}.sqlite3")],
        cwd=tmp_path,
        env=_frozen_env(tmp_path / f"home-{lang}", lang),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return png


def test_bundle_has_resources_and_no_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("desktop_vi.qm", "qtbase_vi.qm"):
        assert (internal / "resources" / "translations" / name).exists()
    assert (internal / "resources" / "styles" / "app.qss").exists()
    assert (internal / "resources" / "icons" / "giaoban-256.png").exists()
    assert sorted(p.name for p in (internal / "seeds").glob("*.txt")) == sorted(
        p.name for p in (REPO / "seeds").glob("*.txt")
    )
    files = [p.name for p in internal.rglob("*")]
    assert not [f for f in files if "WebEngine" in f or "Qt6Quick" in f or "Qt6Qml" in f or f.startswith("_tkinter")]


def test_frozen_app_renders_the_seeds_in_vietnamese(bundle: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    vi = _screenshot(bundle, tmp_path, "vi")
    en = _screenshot(bundle, tmp_path, "en")
    image = QImage(str(vi))
    assert not image.isNull() and image.width() >= 1000 and image.height() >= 600
    assert vi.stat().st_size > 30_000
    # The same window and article in two languages: the compiled translations
    # were bundled and loaded, or the two pictures would be identical.
    assert vi.read_bytes() != en.read_bytes()


def test_frozen_command_line_lists_the_seeds(bundle: Path, tmp_path: Path) -> None:
    _screenshot(bundle, tmp_path, "vi")  # first start loads the seeds
    result = subprocess.run(
        [str(bundle / EXE_NAME), "articles", "--json", "--library", str(tmp_path / "lib-vi.sqlite3")],
        env=_frozen_env(tmp_path / "home-cli", "vi"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)
    assert len(articles) == len(list((REPO / "seeds").glob("*.txt")))


def test_frozen_analyser_reads_a_markdown_clipping(bundle: Path, tmp_path: Path) -> None:
    # markdown-it-py, imported only when a text is Markdown, must be in the bundle
    clip = tmp_path / "clip.md"
    clip.write_text("---\nsource: https://bao.vn/a\ncreated: 2025-01-20\n---\n"
                    "# Giao ban công tác tổ chức quý I\n\n**Sáng 12/3**, Ban Tổ chức Tỉnh ủy giao ban "
                    "quý I năm 2024 theo [Chỉ thị 35-CT/TW](https://bao.vn/35).\n", encoding="utf-8")
    result = subprocess.run(
        [str(bundle / EXE_NAME), "analyze", "--json", str(clip)],
        env=_frozen_env(tmp_path / "home-md", "vi"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    [got] = json.loads(result.stdout)
    assert got["title"] == "Giao ban công tác tổ chức quý I"
    assert [d["canonical"] for d in got["directives"]] == ["Chỉ thị 35-CT/TW"]
