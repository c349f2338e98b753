"""The analyser scores 1.00 on every measure against the hand-made seed truth.

Runs ``shared/tools/score_analysis.py`` (beside the repository, locally and in CI).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.core.parse import analysis_dict, parse_article_strict

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_seed_truth(tmp_path: Path) -> None:
    assert SHARED.is_dir(), f"the shared folder is missing: {SHARED}"
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    assert seeds, "no seed articles"
    out = [analysis_dict(parse_article_strict(p.read_text(encoding="utf-8")), p.name)
           for p in seeds]
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    bars = [f"--min-{k}=1.0" for k in ("directive-f1", "people-f1", "places-f1",
                                          "published-acc", "event-acc", "title-acc")]
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_analysis.py"),
         str(SHARED / "truth" / "seeds.json"), str(pred), *bars],
        capture_output=True, text=True, check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.strip().splitlines()[-1].startswith("OK:"), res.stdout
