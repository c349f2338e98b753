"""Command-line commands for the directives feature."""

from __future__ import annotations


def register(commands: dict) -> None:  # type: ignore[type-arg]
    """Add this feature's commands to ``commands``."""
