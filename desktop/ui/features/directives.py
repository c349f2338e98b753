"""The directives feature of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> object:
    """Build this feature's panels and actions in ``window``; return its controller."""
    return None
