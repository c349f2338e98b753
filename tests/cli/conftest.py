"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def seeded_path(tmp_path: Path) -> Path:
    """The path of a library as its first use leaves it: the seed articles loaded, closed.

    A command other than ``import`` refuses a ``--library`` path with no file
    (a mistyped path must not become a new library), so the tests name one
    that exists.
    """
    from desktop import paths
    from desktop.core.importer import load_seeds
    from desktop.core.store.db import open_library

    path = tmp_path / "library.sqlite3"
    lib = open_library(path)
    load_seeds(lib.db, paths.seeds_dir())
    lib.close()
    return path
