"""Starting the window: QApplication, language, library, main window.

``main()`` is the GUI entry point (``giaoban-gui``, ``python -m desktop``).
``--screenshot PATH`` renders the window offscreen with the first article
open, writes a PNG and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__, paths
from desktop.catalogue import translate
from desktop.core.store.db import Library, LibraryError, Reason, classify, open_library


def _size(value: str) -> str:
    width, sep, height = value.partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
        raise argparse.ArgumentTypeError(translate("Cli", "WIDTHxHEIGHT, for example 1400x880"))
    return value


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The window's own options (their help and errors in the command line's language)."""
    from desktop import catalogue
    from desktop.cli import CliParser

    catalogue.install(catalogue.choose_language(argv))
    parser = CliParser(prog="giaoban")
    parser.add_argument("--library", metavar="PATH", help=translate("Cli", "library file"))
    parser.add_argument("--screenshot", metavar="PNG",
                        help=translate("Cli", "render the window offscreen to PNG and exit"))
    parser.add_argument("--lang", choices=catalogue.LANGUAGES, help=translate("Cli", "interface language"))
    parser.add_argument("--size", default="1400x880", type=_size,
                        help=translate("Cli", "window size for --screenshot (WxH)"))
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


def _load_seeds(lib: Library) -> None:
    from desktop.core.seeds import seeds_pending

    # Asked first so a usual start never imports the analyser.
    if not lib.read_only and seeds_pending(lib.db):
        from desktop.core.importer import load_seeds

        load_seeds(lib.db, paths.seeds_dir())


def open_library_for_window(path: Path, parent: object | None = None, *,
                            ask: bool = True) -> Library | None:
    """Open the library, telling the user in a dialog when it cannot be used.

    A damaged library (``Reason.CORRUPT``) gets the recovery dialog: open
    the latest backup or start a new library, the damaged file being renamed
    aside either way (``recover_damaged``). With ``ask`` False (``--screenshot``,
    a window nobody sees) the problem is one line on stderr, as the command
    line says it, and nothing is changed: a dialog there would wait forever.
    """
    from desktop.ui.dialogs import library_error_dialog

    try:
        lib = open_library(path)
    except LibraryError as exc:
        if not ask:
            from desktop.cli import library_message

            print(library_message(exc), file=sys.stderr)
            return None
        if exc.reason == Reason.CORRUPT:
            return recover_damaged(path, exc, parent)
        return library_error_dialog(exc, parent)
    _load_seeds(lib)
    return lib


def recover_damaged(
    path: Path,
    exc: LibraryError,
    parent: object | None = None,
    *,
    can_keep_reading: bool = False,
    before_set_aside: Callable[[], None] | None = None,
) -> Library | None:
    """Ask what to do about the damaged library at ``path``, and do it.

    "Open the latest backup": the damaged file is renamed aside and the
    newest backup is written in its place (the backup stays as it was); if
    that copy is damaged too, the dialog comes back offering the next one.
    "Start a new library": the damaged file is renamed aside and a new
    library (with the seed articles) is made. Nothing is ever deleted.

    Args:
        path: the library file.
        exc: the error that found the damage.
        parent: the dialog's parent window.
        can_keep_reading: offer "Keep reading for now" instead of "Quit"
            (the damage was found while the window was open).
        before_set_aside: called once the user chose, before the file is
            renamed (the window closes its connection there).

    Returns:
        The library now open at ``path``, or None (the user quit or kept
        reading, or the replacement could not be opened either).
    """
    import sqlite3

    from PySide6.QtWidgets import QWidget

    from desktop.core.store import backup, integrity
    from desktop.ui import i18n
    from desktop.ui.dialogs import RecoveryChoice, RecoveryDialog, library_error_dialog

    widget = parent if isinstance(parent, QWidget) else None
    tried: set[Path] = set()
    aside: Path | None = None
    while True:
        latest = backup.latest_backup(path, tried)
        made = ""
        if latest is not None:
            made = f"{i18n.format_date(latest.made.date().isoformat())} {latest.made:%H:%M}"
        choice = RecoveryDialog.ask(
            exc,
            latest.path if latest is not None else None,
            integrity.aside_name(path),
            backup_made=made,
            can_keep_reading=can_keep_reading,
            parent=widget,
        )
        if choice in (RecoveryChoice.QUIT, RecoveryChoice.KEEP_READING):
            return None
        if before_set_aside is not None:
            before_set_aside()
            before_set_aside = None
        try:
            if path.exists():
                moved = integrity.set_aside(path)
                aside = aside or moved  # the user's own file, not a failed restore
            if choice == RecoveryChoice.OPEN_BACKUP and latest is not None:
                tried.add(latest.path)
                try:
                    backup.restore(latest.path, path)
                except sqlite3.DatabaseError as bad:
                    # The backup is damaged too: offer the next one.
                    exc = LibraryError(Reason.CORRUPT, latest.path, str(bad))
                    continue
            lib = open_library(path)
        except LibraryError as again:
            if again.reason == Reason.CORRUPT:
                exc = again
                continue
            return library_error_dialog(again, widget)
        except OSError as err:
            return library_error_dialog(classify(err, path) or LibraryError(Reason.UNWRITABLE, path, str(err)), widget)
        lib.set_aside = aside
        if choice == RecoveryChoice.OPEN_BACKUP and latest is not None:
            lib.restored_from = latest.path
        else:
            _load_seeds(lib)
        return lib


def announce_library(window: object, lib: Library) -> None:
    """Say in the status bar what happened to the library on the way in."""
    from PySide6.QtCore import QCoreApplication

    if lib.set_aside is None:
        return
    if lib.restored_from is not None:
        text = QCoreApplication.translate(
            "LibraryErrors", "Restored the backup %1. The damaged library was kept as %2."
        ).replace("%1", lib.restored_from.name)
    else:
        text = QCoreApplication.translate(
            "LibraryErrors", "Started a new library. The damaged one was kept as %2."
        )
    window.statusBar().showMessage(text.replace("%2", lib.set_aside.name))  # type: ignore[attr-defined]


class _Session:
    """The window on the library, replaced when a damaged library is recovered."""

    def __init__(self, instance: object | None) -> None:
        self.instance = instance
        self.window: object | None = None
        self.lib: Library | None = None

    def show(self, lib: Library) -> object | None:
        """Show a window on ``lib`` (replacing the one shown); None if none could be."""
        import sqlite3

        from desktop.ui.library_guard import guard_for
        from desktop.ui.main_window import MainWindow

        old = self.window
        try:
            window = MainWindow(lib)
        except sqlite3.DatabaseError as exc:
            # Damage the open check could not see, met while the window read
            # its first pages: the same way out as damage found on opening.
            known = classify(exc, lib.path)
            if known is None or known.reason != Reason.CORRUPT:
                raise
            lib.close()
            replacement = recover_damaged(lib.path, known, old)
            if replacement is None:
                return None
            return self.show(replacement)
        self.window, self.lib = window, lib
        guard = guard_for(window)
        guard.damaged.connect(self.on_damaged)
        announce_library(window, lib)
        window.show()
        if old is not None:
            old.close()  # type: ignore[attr-defined]
        guard.start_check()
        return window

    def on_damaged(self, report: object) -> None:
        """The background check found damage: offer the way out now."""
        assert self.lib is not None
        lib = self.lib
        detail = "\n".join(getattr(report, "problems", ()))
        new = recover_damaged(
            lib.path,
            LibraryError(Reason.CORRUPT, lib.path, detail),
            self.window,
            can_keep_reading=True,
            before_set_aside=lib.close,
        )
        if new is not None:
            self.show(new)
        elif _closed(lib):
            # The old connection is gone and nothing replaced it.
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def activate(self) -> None:
        from desktop.ui.single_instance import bring_forward

        bring_forward(self.window)


def _closed(lib: Library) -> bool:
    import sqlite3

    try:
        lib.db.conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def has_display(env: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux and
    the BSDs, an X or Wayland display, or a platform chosen by ``$QT_QPA_PLATFORM``."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window; return the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        # Qt would abort with its own messages, in English
        from desktop.cli import error_line

        print(error_line(translate(
            "Cli", "the window needs a graphical desktop, and none was found ($DISPLAY and "
            "$WAYLAND_DISPLAY are not set); the commands work without one: python -m desktop --help"
        )), file=sys.stderr)
        return 2
    from desktop.ui import i18n, settings

    app = make_app()
    language = i18n.choose_language(args.lang, settings.read(i18n.SETTINGS_KEY, ""))
    i18n.install(app, language)  # type: ignore[arg-type]
    path = paths.library_path(args.library)
    instance = None
    if not args.screenshot:
        from desktop.ui.single_instance import SingleInstance

        # A second start on the same library brings the first window forward.
        instance = SingleInstance(path)
        if instance.notify_running():
            return 0
        instance.listen()
    lib = open_library_for_window(path, ask=not args.screenshot)
    if lib is None:
        return 2
    if args.screenshot:
        from desktop.ui.main_window import MainWindow

        return screenshot(MainWindow(lib), Path(args.screenshot), args.size)
    from desktop.ui.library_guard import install_excepthook

    install_excepthook()
    session = _Session(instance)
    if instance is not None:
        instance.activation_requested.connect(session.activate)
    if session.show(lib) is None:
        return 2
    code = app.exec()  # type: ignore[attr-defined]
    if session.lib is not None:
        session.lib.close()
    return int(code)


def screenshot(window: object, target: Path, size: str = "1400x880") -> int:
    """Render ``window`` with the first article open, save it as PNG."""
    from PySide6.QtWidgets import QApplication

    width, _, height = size.partition("x")
    window.remember_state = False  # type: ignore[attr-defined]  # the user's layout and last article stay
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
