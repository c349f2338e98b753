"""Feature commands of the command line. Never imports Qt.

Each module here defines ``register(commands)`` which adds
``name -> (help, setup(parser), run(args, out) -> exit code)`` entries to
``desktop.cli.EXTRA_COMMANDS``. The list is explicit (not discovered) so a
PyInstaller build finds every module.
"""

from __future__ import annotations

import importlib

MODULES: tuple[str, ...] = ("directives", "timeline", "notes", "library")


def register_all(commands: dict) -> None:  # type: ignore[type-arg]
    """Register every feature module's commands."""
    for name in MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(commands)
