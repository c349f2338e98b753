"""``bench/run.py`` works end to end on a tiny library (not a timed test).

CI runs the benchmark on 30 articles only to prove the script runs and
reports every figure; no figure is compared with a goal here (a shared CI
machine's timings say nothing about the app).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

#: Every section of the report and the numeric figures it must carry.
REQUIRED = {
    "analyse": ("articles_per_s", "cpu_articles_per_s", "avg_bytes"),
    "import": ("articles_per_s", "bare_insert_all_per_s", "ratio"),
    "startup": ("app_ms", "bare_ms", "ratio", "app_cpu_ms", "bare_cpu_ms"),
    "search": ("p50_ms", "p95_ms", "bare_p50_ms", "bare_p95_ms", "ratio_p95"),
    "search_list": ("p50_ms", "p95_ms"),
    "directive_panel": ("ms", "bare_ms", "citations"),
    "timeline": ("open_ms", "full_frame_ms", "zoom_frame_ms", "pan_frame_ms"),
    "list": ("scroll_to_end_ms", "rows", "bare_select_all_ms"),
    "export": tuple(f"{fmt}_ms" for fmt in ("md", "html", "docx", "json", "csv")) + ("create_ms",),
    "memory": ("rss_painted_mb", "rss_peak_mb", "bare_rss_mb"),
}


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@pytest.mark.timeout(300)
def test_run_reports_every_figure(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--articles", "30",
            "--notes", "60",
            "--startup-runs", "1",
            "--out", str(out),
            "--keep", str(tmp_path / "keep"),
            "--tmp", str(tmp_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    printed = json.loads(proc.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == printed
    assert printed["articles"] == 30
    problems = []
    for section, keys in REQUIRED.items():
        figures = printed.get(section)
        if not isinstance(figures, dict):
            problems.append(f"{section}: missing")
            continue
        if "error" in figures:
            problems.append(f"{section}: {figures['error'][-800:]}")
            continue
        problems += [f"{section}.{k} = {figures.get(k)!r}" for k in keys if not _number(figures.get(k))]
    assert not problems, "\n".join(problems)
    # 30 generated articles plus the bundled seeds, every one in the list.
    assert printed["list"]["rows"] >= 30
    assert printed["import"]["outcomes"] == {"imported": 30}
    assert set(printed["goals"]) == {
        "analyse", "import", "startup", "search", "directive_panel", "timeline", "memory",
    }
    # The library was cached for the next run.
    assert list((tmp_path / "keep").glob("library-n30-*.sqlite3"))
