"""Writing an export to the path the user gave: whole, and never replacing what is not a file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from desktop.core.export_file import ExportWriteError, WriteProblem, write_atomically


def test_a_new_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "ghi-chu.md"
    write_atomically(target, b"# Ghi ch\xc3\xba\n")
    assert target.read_bytes() == b"# Ghi ch\xc3\xba\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ghi-chu.md"]  # no temporary file left


def test_an_existing_file_needs_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "old.md"
    target.write_bytes(b"the user's own text")
    with pytest.raises(ExportWriteError) as err:
        write_atomically(target, b"new")
    assert err.value.problem == WriteProblem.EXISTS
    assert target.read_bytes() == b"the user's own text"
    write_atomically(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "notes.md"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    write_atomically(link, b"new", overwrite=True)
    assert link.is_symlink(), "the link was replaced by a plain file"
    assert real.read_bytes() == b"new"


def test_a_dangling_link_makes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "notes.md"
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomically(fifo, b"ghi ch\xc3\xba")  # no overwrite asked: nothing is destroyed
    reader.join(10)
    assert got == [b"ghi ch\xc3\xba"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the pipe was replaced by a plain file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError) as err:
        write_atomically(tmp_path, b"x", overwrite=True)
    assert err.value.problem == WriteProblem.IS_FOLDER


def test_a_file_under_dev_is_still_a_file(tmp_path: Path) -> None:
    """Only a process's streams (/dev/stdout, /dev/fd/N) are written in place without asking."""
    from desktop.core.export_file import check_target

    assert check_target(Path("/dev/stdout"), False) == "special"
    assert check_target(Path("/proc/self/fd/1"), False) == "special"
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        target = shm / f"giaoban-test-{os.getpid()}.md"
        target.write_bytes(b"the user's own text")
        try:
            with pytest.raises(ExportWriteError) as err:
                write_atomically(target, b"new")
            assert err.value.problem == WriteProblem.EXISTS
            assert target.read_bytes() == b"the user's own text"
        finally:
            target.unlink()
