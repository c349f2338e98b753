"""Starting the window: QApplication, language, library, main window.

``main()`` is the GUI entry point (``giaoban-gui``, ``python -m desktop``).
``--screenshot PATH`` renders the window offscreen with the first article
open, writes a PNG and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__, paths
from desktop.core.store.db import Library, LibraryError, open_library


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The window's own options."""
    parser = argparse.ArgumentParser(prog="giaoban", add_help=True)
    parser.add_argument("--library", metavar="PATH")
    parser.add_argument("--screenshot", metavar="PNG", help="render the window offscreen to PNG and exit")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language")
    parser.add_argument("--size", default="1400x880", help="window size for --screenshot (WxH)")
    return parser.parse_args(list(argv))


def make_app(argv: Sequence[str] | None = None) -> object:
    """The QApplication (created once), with names and style."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or [sys.argv[0]]))
    app.setOrganizationName("GiaoBan")
    app.setApplicationName("GiaoBanReader")
    app.setApplicationDisplayName("Giao Ban Reader")
    app.setApplicationVersion(__version__)
    icon = paths.resources_dir() / "icons" / "giaoban.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = paths.resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def open_library_for_window(path: Path, parent: object | None = None) -> Library | None:
    """Open the library, telling the user in a dialog when it cannot be used."""
    from desktop.core.importer import load_seeds
    from desktop.ui.dialogs import library_error_dialog

    try:
        lib = open_library(path)
        if not lib.read_only:
            load_seeds(lib.db, paths.seeds_dir())
        return lib
    except LibraryError as exc:
        return library_error_dialog(exc, parent)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window; return the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui import i18n, settings

    app = make_app()
    language = args.lang or str(settings.read("ui/language", "") or i18n.system_language())
    i18n.install(app, language)  # type: ignore[arg-type]
    lib = open_library_for_window(paths.library_path(args.library))
    if lib is None:
        return 2
    from desktop.ui.main_window import MainWindow

    window = MainWindow(lib)
    if args.screenshot:
        return screenshot(window, Path(args.screenshot), args.size)
    window.show()
    code = app.exec()  # type: ignore[attr-defined]
    lib.close()
    return int(code)


def screenshot(window: object, target: Path, size: str = "1400x880") -> int:
    """Render ``window`` with the first article open, save it as PNG."""
    from PySide6.QtWidgets import QApplication

    width, _, height = size.partition("x")
    window.resize(int(width), int(height))  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    if window.current_article_id is None:  # type: ignore[attr-defined]
        window.select_row(0)  # type: ignore[attr-defined]
    for _ in range(5):
        QApplication.processEvents()
    pixmap = window.grab()  # type: ignore[attr-defined]
    target.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(target), "PNG"):
        print(f"error: could not write {target}", file=sys.stderr)
        return 2
    window.close()  # type: ignore[attr-defined]
    return 0
