"""The command line: ``python -m desktop <command>``. Never imports Qt.

Every command works on the same library the window opens (``--library PATH``,
else ``$GIAOBAN_LIBRARY``, else the per-user data folder). Exit codes: 0 done,
1 done with some failures, 2 the library or the input could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop import __version__, paths
from desktop.core.store.db import Library, LibraryError, Reason, open_library

EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2

# Options that take a value, wherever they stand (for telling GUI from CLI).
_VALUE_OPTIONS = {"--library", "--screenshot", "--lang", "--size"}

LIBRARY_MESSAGES = {
    Reason.NOT_A_LIBRARY: "is not a Giao Ban Reader library (not an SQLite database); it was left untouched",
    Reason.NEWER_VERSION: "was made by a newer version of Giao Ban Reader; update the app to open it",
    Reason.UNWRITABLE: "cannot be created or written here (check the folder exists and is writable)",
    Reason.CORRUPT: "is damaged and cannot be read safely; it was left untouched",
    Reason.DISK_FULL: "cannot be written: the disk is full; nothing was changed",
    Reason.LOCKED: "is busy in another program; try again in a moment",
    Reason.READ_ONLY: "is read-only; it can be read but not changed",
}


def library_message(exc: LibraryError) -> str:
    """One sentence for the terminal about a library problem."""
    text = f"error: the library {exc.path} {LIBRARY_MESSAGES.get(exc.reason, exc.reason)}."
    if exc.reason == Reason.CORRUPT:
        # The same way out the window offers (issue 10); the CLI only tells.
        from desktop.core.store.backup import latest_backup

        latest = latest_backup(exc.path)
        if latest is not None:
            text += (
                f" The latest backup is {latest.path} ({latest.made:%d/%m/%Y %H:%M});"
                " open the window to restore it or to start a new library."
            )
        else:
            text += " There is no backup of it; open the window to start a new library."
    return text


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no command (so the window should open)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--version"):
                return False
            continue
        return False
    return True


def open_for_cli(args: argparse.Namespace, *, seeds: bool = True) -> Library:
    """Open the library named by ``args`` (loading the seeds on first use)."""
    from desktop.core.seeds import seeds_pending

    lib = open_library(paths.library_path(args.library))
    if seeds and not lib.read_only and seeds_pending(lib.db):
        from desktop.core.importer import load_seeds

        load_seeds(lib.db, paths.seeds_dir())
    return lib


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- commands ---------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    """Analyse files without storing them."""
    from desktop.core.importer import ImportFailure, read_article
    from desktop.core.parse import analysis_dict, parse_article

    results = []
    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        try:
            text, _title, _published = read_article(path)
        except ImportFailure as exc:
            print(f"error: {name}: {exc.reason}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        results.append(analysis_dict(parse_article(text), path.name))
    if args.json:
        _print_json(results, out)
    else:
        for item in results:
            out.write(f"{item['file']}: {item['title']}\n")
            out.write(f"  published {item['published']}, event {item['event_date']}\n")
            for ref in item["directives"]:
                out.write(f"  - {ref['canonical']} ({ref['surface']})\n")
    return status


def cmd_articles(args: argparse.Namespace, out: TextIO) -> int:
    """List the library's articles."""
    from desktop.core.store import queries

    lib = open_for_cli(args)
    rows = queries.all_articles_json(lib.db)
    if args.json:
        _print_json(rows, out)
    else:
        for row in rows:
            out.write(f"{row['id']:>6}  {row['date'] or '          '}  {row['title']}\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print one article's clean text."""
    from desktop.core.store import queries

    lib = open_for_cli(args)
    detail = queries.article(lib.db, args.id)
    if detail is None:
        print(f"error: there is no article {args.id}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        _print_json(
            {
                "id": detail.summary.id,
                "file": detail.summary.file,
                "title": detail.summary.title,
                "date": detail.summary.date,
                "clean_text": detail.clean_text,
            },
            out,
        )
    else:
        out.write(detail.summary.title + "\n\n" + detail.clean_text + "\n")
    return EXIT_OK


IMPORT_REASONS = {
    "not-text": "not a text document",
    "empty": "empty",
    "too-large": "larger than 20 MB",
    "undecodable": "its text encoding cannot be read",
    "unreadable": "cannot be read",
    "unsupported": "not a supported kind of file (.txt, .md, .html, .htm, .docx)",
    "analysis-error": "could not be analysed (a bug; please report it)",
}


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    """Import files and folders into the library."""
    from desktop.core.importer import Outcome, import_files
    from desktop.core.store.db import translate_errors

    lib = open_for_cli(args)
    with translate_errors(lib.path):
        reports = import_files(lib.db, args.paths)
    if args.json:
        _print_json([r.as_dict() for r in reports], out)
    else:
        for r in reports:
            if r.outcome == Outcome.FAILED:
                reason = IMPORT_REASONS.get(str(r.reason), str(r.reason))
                out.write(f"failed: {r.path}: {reason}\n")
            else:
                out.write(f"{r.outcome}: {r.path} (#{r.article_id} {r.title})\n")
        counts = {o: sum(1 for r in reports if r.outcome == o) for o in Outcome}
        out.write(
            f"{counts[Outcome.IMPORTED]} imported, {counts[Outcome.DUPLICATE]} duplicate(s), "
            f"{counts[Outcome.FAILED]} failed\n"
        )
    if not reports:
        print("error: no importable files found", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if any(r.outcome == Outcome.FAILED for r in reports) else EXIT_OK


def cmd_reanalyse(args: argparse.Namespace, out: TextIO) -> int:
    """Re-run the analyser over every stored article."""
    from desktop.core.library_ops import reanalyse

    lib = open_for_cli(args)
    changed = reanalyse(lib.db, force=args.all)
    out.write(f"re-analysed {changed} article(s)\n")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """Full-text search, diacritic-insensitive."""
    from desktop.core.store import search_queries

    lib = open_for_cli(args)
    hits = search_queries.search(lib.db, args.query, limit=args.limit)
    if args.json:
        _print_json([h.as_dict() for h in hits], out)
    else:
        for h in hits:
            out.write(f"{h.id:>6}  {h.date or '          '}  {h.title}\n        {h.snippet}\n")
    return EXIT_OK


# Commands contributed by feature modules register here: name -> (setup, run).
CommandSetup = Callable[[argparse.ArgumentParser], None]
CommandRun = Callable[[argparse.Namespace, TextIO], int]


#: the window's own options (desktop.ui.app parses them), shown under the commands
WINDOW_OPTIONS = """\
window (no command):
  --library PATH     open this library (default: $GIAOBAN_LIBRARY, else the
                     per-user data folder)
  --lang vi|en       interface language (default: $GIAOBAN_LANG, else the one
                     chosen in the window, else the system's)
  --screenshot PNG   render the window offscreen to PNG and exit
  --size WxH         window size for --screenshot (default 1400x880)

Each command takes --library PATH too; `python -m desktop COMMAND --help` tells more."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every command."""
    parser = argparse.ArgumentParser(
        prog="giaoban",
        description="Giao Ban Reader: read, search and annotate reports on Party "
        "organisation-building work. Without a command, opens the window.",
        epilog=WINDOW_OPTIONS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    # (its default is no value at all: a command must not undo "--library PATH" given before it,
    # "python -m desktop --library PATH import FILE", as a default of None would)
    common.add_argument("--library", metavar="PATH", default=argparse.SUPPRESS,
                        help="library file (default: per-user data folder)")
    parser.add_argument("--library", metavar="PATH", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", parents=[common], help="analyse article files and print what was found")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("articles", parents=[common], help="list the articles in the library")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", parents=[common], help="print one article's clean text")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("import", parents=[common], help="import .txt/.md/.html/.docx files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("reanalyse", parents=[common], help="re-run the analyser over the library")
    p.add_argument("--all", action="store_true", help="every article, not only those analysed by an older version")
    p.set_defaults(func=cmd_reanalyse)

    p = sub.add_parser("search", parents=[common], help="search titles, text and notes")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    for name, (help_text, setup, run) in EXTRA_COMMANDS.items():
        p = sub.add_parser(name, parents=[common], help=help_text)
        setup(p)
        p.set_defaults(func=run)
    return parser


# name -> (help, setup, run); filled by desktop.commands to keep this file small.
EXTRA_COMMANDS: dict[str, tuple[str, CommandSetup, CommandRun]] = {}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit code."""
    from desktop.commands import register_all

    if not EXTRA_COMMANDS:
        register_all(EXTRA_COMMANDS)
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not getattr(args, "command", None):
        parser.print_help(out)
        return EXIT_OK
    try:
        return int(args.func(args, out))
    except LibraryError as exc:
        print(library_message(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:  # pragma: no cover - `| head`
        return EXIT_OK
