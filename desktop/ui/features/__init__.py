"""Features that plug into the main window.

Each module here has ``install(window)``: it builds its panels, actions and
menus, and connects them through the window's extension points
(``decorators``, ``link_handlers``, ``retranslate_hooks``, ``article_opened``,
``article_model``). Panels never import each other.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# In install order. A feature may look up one installed before it in
# ``window.features``.
FEATURES: tuple[str, ...] = (
    "search", "directives", "notes", "timeline", "importing", "deleting", "reanalysis", "shortcuts",
    "language",
)


def install_all(window: MainWindow) -> None:
    """Install every feature into ``window``."""
    for name in FEATURES:
        module = importlib.import_module(f"desktop.ui.features.{name}")
        window.features[name] = module.install(window)
