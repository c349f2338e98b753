"""Shared fixtures. Qt runs headless; user folders point into a temp dir."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: headless, and never the real
# user's settings or library.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="giaoban-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ.setdefault("GIAOBAN_LANG", "en")
os.environ.pop("GIAOBAN_LIBRARY", None)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` (``-m "not gui"`` runs the core)."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "window" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def qt_qapp_name() -> str:
    """A test-only application name, so real QSettings stay untouched."""
    return "GiaoBanReaderTests"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A path for a fresh library file."""
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path: Path):
    """A real library file with the seed articles loaded."""
    from desktop import paths
    from desktop.core.importer import load_seeds
    from desktop.core.store.db import open_library

    lib = open_library(library_path)
    load_seeds(lib.db, paths.seeds_dir())
    yield lib
    lib.close()


@pytest.fixture
def empty_library(library_path: Path):
    """A real library file with nothing in it."""
    from desktop.core.store.db import open_library

    lib = open_library(library_path)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, library):
    """The main window over the seed library, shown offscreen."""
    from window_factories import open_window

    return open_window(qtbot, library)
