"""Entry point: ``python -m desktop`` opens the window, ``python -m desktop CMD`` runs CMD."""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    """Dispatch to the window or to a command-line command."""
    args = sys.argv[1:] if argv is None else argv
    from desktop.cli import main as cli_main
    from desktop.cli import wants_gui

    if wants_gui(args):
        from desktop.ui.app import main as gui_main

        return gui_main(args)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(run())
