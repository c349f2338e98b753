"""Opening the main window in tests (the ``window`` fixture and tests over their own library)."""

from __future__ import annotations


def open_window(qtbot, library):  # type: ignore[no-untyped-def]
    """The main window over ``library``, shown offscreen, with fresh settings."""
    from PySide6.QtCore import QSettings

    QSettings("GiaoBan", "GiaoBanReader").clear()
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win
