"""Where things live: the library file, bundled resources and seeds. Qt-free.

The command line and the window both ask this module, so they always agree on
which library they open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "GiaoBanReader"
APP_AUTHOR = "GiaoBan"
LIBRARY_ENV = "GIAOBAN_LIBRARY"
LIBRARY_FILE = "library.sqlite3"


def bundle_dir() -> Path:
    """The folder holding ``resources/`` and ``seeds/``.

    ``sys._MEIPASS`` in a PyInstaller build, else the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (icons, translations, styles)."""
    return bundle_dir() / "resources"


def seeds_dir() -> Path:
    """The bundled ``seeds/`` folder of articles loaded on first start."""
    return bundle_dir() / "seeds"


def data_dir() -> Path:
    """The per-user data folder (created if missing)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library file to open.

    Args:
        explicit: a ``--library PATH`` given on the command line, if any.

    Returns:
        ``explicit`` if given, else ``$GIAOBAN_LIBRARY`` if set, else
        ``library.sqlite3`` in the per-user data folder.
    """
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / LIBRARY_FILE


def backups_dir(library: Path) -> Path:
    """The folder where backups of ``library`` are kept (beside it)."""
    return library.parent / f"{library.stem}-backups"
