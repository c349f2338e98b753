"""A writer to be killed: saves notes and imports articles until SIGKILL.

Used by ``test_crash.py``. Two ways to run it:

- ``crash_writer.py LIBRARY SEED LOG``: one writer process.
- ``crash_writer.py --serve``: a fork server. It imports everything once,
  prints ``ready``, then for each line ``run LIBRARY SEED LOG`` on stdin
  forks a writer child and prints its pid; ``reap PID`` waits for a killed
  child and prints ``reaped``. Forking skips the interpreter start-up
  (~0.5 s) for each of hundreds of kills; the child is an ordinary process
  that opens the library itself, exactly as a fresh one would.

The writer goes through the real code paths: ``open_library`` (creation and
migrations included), ``desktop.core.store.notes.add_note`` (one
transaction per note), ``desktop.core.importer.import_one`` (one
transaction per article with its analysis and search row), and now and then
``backup.make_backup``. After each commit it appends one line to LOG with a
single ``os.write`` (so a line is either whole or absent): ``note <id> <seed>
<n>`` or ``article <id> <seed> <n>``. What a note holds is a pure function
of ``(seed, n)`` (``note_comment``, ``note_tags``), so the test can check
every byte of every note reported saved.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

_WORDS = (
    "Đảng bộ", "chi bộ", "đảng viên", "công tác tổ chức", "xây dựng Đảng", "giao ban",
    "sơ kết", "tổng kết", "Chỉ thị 35-CT/TW", "Hướng dẫn 26-HD/BTCTW", "Quy định 262",
    "cán bộ", "quy hoạch", "luân chuyển", "đại hội", "nhiệm kỳ 2025-2030", "Hòa Bình",
    "Đắk Lắk", "Thừa Thiên Huế", "ý kiến", "kết luận", "\"trích dẫn\"", "<b>không phải HTML</b>",
)


def note_comment(seed: int, n: int) -> str:
    """The comment of the ``n``-th note of writer ``seed`` (deterministic)."""
    rng = random.Random(seed * 1_000_003 + n)
    # Some notes are long (several pages), so a kill can land mid-write.
    count = rng.choice((3, 8, 20, 400, 3000))
    words = [rng.choice(_WORDS) for _ in range(count)]
    return f"[{seed}:{n}] " + " ".join(words)


def note_tags(seed: int, n: int) -> tuple[str, ...]:
    """The tags of the ``n``-th note of writer ``seed``."""
    rng = random.Random(seed * 7919 + n)
    return tuple(sorted({rng.choice(("giao ban", "sơ kết", "tổng kết", "cần xem lại", "Chỉ thị 35")) for _ in range(rng.randint(0, 3))}))


def article_text(seed: int, n: int) -> str:
    """An article for writer ``seed`` (a synthetic report, unique per seed/n)."""
    from bench.generate import generate_article

    return generate_article(n % 500, seed=seed % 7) + f"\n\nMã bài: {seed}-{n}\n"


def _log(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode("utf-8"))


def write_forever(library: Path, seed: int, log: Path) -> None:
    """Save notes and import articles into ``library`` until killed."""
    from desktop.core.importer import Outcome, import_one
    from desktop.core.store import backup, notes
    from desktop.core.store.db import open_library

    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    rng = random.Random(seed)
    lib = open_library(library)
    _log(fd, "open")
    db = lib.db
    scratch = library.parent / f"article-{seed}.txt"
    n = 0
    while True:
        n += 1
        roll = rng.random()
        article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 20")]
        if roll < 0.25 or not article_ids:
            scratch.write_text(article_text(seed, n), encoding="utf-8")
            report = import_one(db, scratch)
            if report.outcome == Outcome.IMPORTED:
                _log(fd, f"article {report.article_id} {seed} {n}")
        elif roll < 0.27:
            backup.make_backup(db.conn, library, "crash-test", keep=2)
            _log(fd, f"backup {seed} {n}")
        else:
            article_id = rng.choice(article_ids)
            length = db.execute("SELECT length(clean_text) FROM articles WHERE id = ?", [article_id]).fetchone()[0]
            start = rng.randrange(0, max(1, length - 40))
            note = notes.add_note(
                db, article_id, start, min(length, start + rng.randint(1, 40)),
                comment=note_comment(seed, n), tags=note_tags(seed, n),
            )
            _log(fd, f"note {note.id} {seed} {n}")


def serve() -> int:
    """The fork server (see the module docstring)."""
    # Import the heavy modules once, before forking.
    import bench.generate  # noqa: F401
    import desktop.core.importer  # noqa: F401
    import desktop.core.store.backup  # noqa: F401
    import desktop.core.store.notes  # noqa: F401

    # The importer loads the analyser on first use: load it (and its lazy tables)
    # here, or every child spends its first half second compiling patterns.
    from desktop.core.parse import parse_article

    parse_article(article_text(0, 0))

    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "run":
            library, seed, log = Path(parts[1]), int(parts[2]), Path(parts[3])
            pid = os.fork()
            if pid == 0:  # the writer
                try:
                    signal.signal(signal.SIGINT, signal.SIG_DFL)
                    write_forever(library, seed, log)
                finally:
                    os._exit(3)  # only reached on an error: the test sees it
            print(pid, flush=True)
        elif parts[0] == "reap":
            _pid, status = os.waitpid(int(parts[1]), 0)
            print(f"reaped {status}", flush=True)
        elif parts[0] == "quit":
            break
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        sys.exit(serve())
    write_forever(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
