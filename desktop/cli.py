"""The command line: ``python -m desktop <command>``. Never imports Qt.

Every command works on the same library the window opens (``--library PATH``,
else ``$GIAOBAN_LIBRARY``, else the per-user data folder). Exit codes: 0 done,
1 done with some failures, 2 the library or the input could not be used.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from desktop import __version__, catalogue, paths
from desktop.catalogue import LANGUAGES, QT_TRANSLATE_NOOP, translate
from desktop.core.formats import SUPPORTED
from desktop.core.store.db import Library, LibraryError, Reason, open_library

EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2

# Options that take a value, wherever they stand (for telling GUI from CLI).
_VALUE_OPTIONS = {"--library", "--screenshot", "--lang", "--size"}

# Whole sentences, {path} being the library's file (translated when shown).
LIBRARY_MESSAGES = {
    Reason.NOT_A_LIBRARY: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} is not a Giao Ban Reader library (not an SQLite database); "
        "it was left untouched."),
    Reason.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} was made by a newer version of Giao Ban Reader; "
        "update the app to open it."),
    Reason.UNWRITABLE: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} cannot be created or written here "
        "(check the folder exists and is writable)."),
    Reason.CORRUPT: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} is damaged and cannot be read safely; it was left untouched."),
    Reason.DISK_FULL: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} cannot be written: the disk is full; nothing was changed."),
    Reason.LOCKED: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} is busy in another program; try again in a moment."),
    Reason.READ_ONLY: QT_TRANSLATE_NOOP(
        "Cli", "the library {path} is read-only; it can be read but not changed."),
}


def error_line(message: str) -> str:
    """``error: message`` in the command line's language."""
    return translate("Cli", "error: {message}").format(message=message)


def library_message(exc: LibraryError) -> str:
    """One sentence for the terminal about a library problem."""
    template = LIBRARY_MESSAGES.get(exc.reason)
    if template is None:
        text = f"{exc.path}: {exc.reason}"
    else:
        text = translate("Cli", template).format(path=exc.path)
    if exc.reason == Reason.CORRUPT:
        # The same way out the window offers (issue 10); the CLI only tells.
        from desktop.core.store.backup import latest_backup

        latest = latest_backup(exc.path)
        if latest is not None:
            text += " " + translate(
                "Cli", "The latest backup is {path} ({made}); "
                "open the window to restore it or to start a new library."
            ).format(path=latest.path, made=f"{latest.made:%d/%m/%Y %H:%M}")
        else:
            text += " " + translate(
                "Cli", "There is no backup of it; open the window to start a new library.")
    return error_line(text)


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


class NoLibrary(Exception):
    """``--library PATH`` names no file, and the command only reads."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def open_for_cli(args: argparse.Namespace, *, seeds: bool = True, create: bool = False) -> Library:
    """Open the library named by ``args`` (loading the seeds on first use).

    The default library is made on first use, as the window makes it, with the
    bundled articles. A library named with ``--library`` is made only by a
    command that adds to it (``create``), and then the terminal is told (a
    mistyped path would otherwise go unnoticed); it holds only the user's
    articles.

    Raises:
        NoLibrary: ``--library`` names no file and ``create`` is False.
    """
    from desktop.core.seeds import record_seeds, seeds_pending

    path = paths.library_path(args.library)
    made = bool(args.library) and not path.exists()
    if made:
        if not create:
            raise NoLibrary(path)
        print(translate("Cli", "note: there was no library at {path}; a new one was made, "
                               "without the bundled sample articles").format(path=path), file=sys.stderr)
    elif not args.library and os.environ.get(paths.LIBRARY_ENV) and not path.exists():
        # (the variable's library is made as the default one is, with the bundled articles; but
        # a mistyped name must not pass for the user's library with its notes gone)
        print(translate("Cli", "note: there was no library at {path} (named by ${variable}); a new "
                               "one was made, with the bundled sample articles").format(
                                   path=path, variable=paths.LIBRARY_ENV), file=sys.stderr)
    lib = open_library(path)
    if made and not lib.read_only:
        record_seeds(lib.db)  # (declined: a library made for the user's own articles)
    elif seeds and not lib.read_only and seeds_pending(lib.db):
        from desktop.core.importer import load_seeds

        load_seeds(lib.db, paths.seeds_dir())
    return lib


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- commands ---------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    """Analyse files without storing them."""
    from desktop.core.importer import ImportFailure, iter_files, read_article
    from desktop.core.parse import analysis_dict, parse_article, unanalysed_dict

    results = []
    status = EXIT_OK
    for path in iter_files(args.files):  # (a folder: the articles in it)
        try:
            text, _title, _published = read_article(path)
        except ImportFailure as exc:
            message = import_reason(exc.reason)
            print(error_line(f"{path}: {message}"), file=sys.stderr)
            status = EXIT_SOME_FAILED
            # (one object a file, as the interface promises: a script pairing files with
            # results must see which one failed, not a shorter list)
            results.append(unanalysed_dict(path.name, exc.reason, message))
            continue
        results.append(analysis_dict(parse_article(text), path.name) | {"error": None})
    if args.json:
        _print_json(results, out)
    else:
        for item in results:
            if item["error"]:
                continue  # (told on stderr)
            out.write(f"{item['file']}: {item['title']}\n")
            out.write("  " + translate("Cli", "published {published}, event {event}").format(
                published=item["published"] or "-", event=item["event_date"] or "-") + "\n")
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
            # (an article the analyser found no headline in goes by its file's name, as in the window)
            out.write(f"{row['id']:>6}  {_shown_date(row):<10}  {row['title'] or row['file']}\n")
    return EXIT_OK


def _shown_date(row: dict[str, Any]) -> str:
    """An article's date for a listing: the day, else the period the article is about, as
    the window's list shows it (``2017``, ``quý II/2024``; never the period's first day)."""
    return shown_date(row["date"], None if row["event_date"] else row["event_period"])


def shown_date(date: str | None, period: Mapping[str, Any] | None) -> str:
    """``date``, or the ``period`` (``{"start", "end", "precision"}``) when the meeting is known
    by a period only, as the window's list shows it."""
    from desktop import labels

    if period and period["precision"] in labels.PERIODS:
        return labels.period_label(period["start"], period["precision"], short=True, translate=translate)
    if period and period["precision"] == "month":
        return period["start"][:7]
    return date or ""


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print one article's clean text (``--json``: with its dates, people, places and directives)."""
    from desktop.core.store import queries

    lib = open_for_cli(args)
    detail = queries.article(lib.db, args.id)
    if detail is None:
        print(no_article(args.id), file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        summary = detail.summary
        named = queries.article_people_places(lib.db, args.id)
        _print_json(
            {
                "id": summary.id,
                "file": summary.file,
                "title": summary.title,
                "date": summary.date,
                # the dates, byline and outlet as ``analyze --json`` and ``articles --json`` give them
                "published": summary.published,
                "event_date": summary.event_date,
                "event_period": (
                    {"start": detail.event_start, "end": detail.event_end, "precision": detail.event_precision}
                    if detail.event_precision else None
                ),
                "byline": summary.byline,
                "outlet": summary.outlet,
                # as stored, in the analyser's order: a place as printed
                "people": [{"name": p.name, "title": p.title} for p in named.people],
                "places": [p.name for p in named.places],
                # the stored mentions: spans into clean_text, as the reader links them
                "directives": [
                    {"surface": m.surface, "canonical": m.canonical, "start": m.start, "end": m.end,
                     "inferred": m.inferred}
                    for m in queries.article_mentions(lib.db, args.id)
                ],
                "clean_text": detail.clean_text,
            },
            out,
        )
    else:
        summary = detail.summary
        # under the headline, what the list shows beside it: the date (or the period the
        # article is about, never its first day), the outlet, the author
        shown_date = _shown_date({
            "date": summary.date, "event_date": summary.event_date,
            "event_period": {"start": detail.event_start, "precision": detail.event_precision}
            if detail.event_precision else None})
        about = " · ".join(x for x in (shown_date, summary.outlet, summary.byline) if x)
        head = (summary.title or summary.file) + (f"\n{about}" if about else "")
        out.write(head + "\n\n" + detail.clean_text + "\n")
    return EXIT_OK


def positive_int(value: str) -> int:
    """An argparse type: a whole number above 0 (``--limit 0`` would ask for nothing)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(translate("Cli", "a whole number above 0, not {value}").format(
            value=repr(value)))
    return number


def shown(table: Mapping[str, str], key: object, context: str = "Cli") -> str:
    """``table[key]`` (marked with QT_TRANSLATE_NOOP under ``context``) translated, else
    ``key`` as it is."""
    source = table.get(str(key))
    return translate(context, source) if source else str(key)


def no_article(article_id: int) -> str:
    """The error line for an article id the library does not hold."""
    return error_line(translate("Cli", "there is no article {id}").format(id=article_id))


IMPORT_REASONS = {
    "not-text": QT_TRANSLATE_NOOP("Cli", "not a text document"),
    "empty": QT_TRANSLATE_NOOP("Cli", "empty"),
    "too-large": QT_TRANSLATE_NOOP("Cli", "larger than 20 MB"),
    "undecodable": QT_TRANSLATE_NOOP("Cli", "its text encoding cannot be read"),
    "legacy-font": QT_TRANSLATE_NOOP("Cli", "typed in an old VNI font encoding: convert it to Unicode first "
                                            "(for example with Unikey's converter)"),
    "unreadable": QT_TRANSLATE_NOOP("Cli", "cannot be read"),
    "missing": QT_TRANSLATE_NOOP("Cli", "there is no such file"),
    "unsupported": QT_TRANSLATE_NOOP("Cli", "not a supported kind of file ({kinds})"),
    "analysis-error": QT_TRANSLATE_NOOP("Cli", "could not be analysed (a bug; please report it)"),
}


def import_reason(reason: object) -> str:
    """Why a file could not be read as an article, translated."""
    return shown(IMPORT_REASONS, reason).format(kinds=", ".join(SUPPORTED))


OUTCOMES = {
    "imported": QT_TRANSLATE_NOOP("Cli", "imported"),
    "updated": QT_TRANSLATE_NOOP("Cli", "updated"),
    "duplicate": QT_TRANSLATE_NOOP("Cli", "duplicate"),
}


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    """Import files and folders into the library."""
    from desktop.core.importer import Outcome, import_files
    from desktop.core.store.db import translate_errors

    lib = open_for_cli(args, create=True)
    with translate_errors(lib.path):
        reports = import_files(lib.db, args.paths)
    if args.json:
        _print_json([r.as_dict() for r in reports], out)
    else:
        for r in reports:
            if r.outcome == Outcome.FAILED:
                reason = import_reason(r.reason)
                out.write(translate("Cli", "failed: {path}: {reason}").format(path=r.path, reason=reason) + "\n")
            else:
                out.write(f"{shown(OUTCOMES, r.outcome)}: {r.path} (#{r.article_id} {r.title or Path(r.path).name})\n")
                if r.notes_to_review:
                    out.write("  " + translate(
                        "Cli", "the new text no longer holds the passage of {count} note(s): "
                        "'notes list --article {id}' marks them [needs review]"
                    ).format(count=r.notes_to_review, id=r.article_id) + "\n")
        counts = {o: sum(1 for r in reports if r.outcome == o) for o in Outcome}
        out.write(translate("Cli", "imported: {imported}, updated: {updated}, duplicates: {duplicate}, "
                            "failed: {failed}").format(
            imported=counts[Outcome.IMPORTED], updated=counts[Outcome.UPDATED],
            duplicate=counts[Outcome.DUPLICATE], failed=counts[Outcome.FAILED]) + "\n")
    if not reports:
        print(error_line(translate("Cli", "no importable files found")), file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if any(r.outcome == Outcome.FAILED for r in reports) else EXIT_OK


def cmd_reanalyse(args: argparse.Namespace, out: TextIO) -> int:
    """Re-run the analyser over every stored article."""
    from desktop.core.library_ops import reanalyse

    lib = open_for_cli(args)
    changed = reanalyse(lib.db, force=args.all)
    out.write(translate("Cli", "articles re-analysed: {count}").format(count=changed) + "\n")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """Full-text search, diacritic-insensitive."""
    from desktop.core.search import terms
    from desktop.core.store import search_queries

    if not terms(args.query):  # ("", spaces, a lone quotation mark: nothing to match)
        print(error_line(translate("Cli", "the query has no words to search for")), file=sys.stderr)
        return EXIT_UNUSABLE
    lib = open_for_cli(args)
    hits = search_queries.search(lib.db, args.query, limit=args.limit)
    if args.json:
        _print_json([h.as_dict() for h in hits], out)
    else:
        if not hits:  # (said on stderr: the output stays empty for a script reading it)
            print(translate("Cli", "no article matches {query}").format(query=f"“{args.query}”"),
                  file=sys.stderr)
        for h in hits:
            shown = shown_date(h.date, h.event_period)
            apart = "  " + translate("Cli", "[the words apart, not as typed]") if h.words_apart else ""
            out.write(f"{h.id:>6}  {shown:<10}  {h.title}{apart}\n        {h.snippet}\n")
    return EXIT_OK


# Commands contributed by feature modules register here: name -> (setup, run).
CommandSetup = Callable[[argparse.ArgumentParser], None]
CommandRun = Callable[[argparse.Namespace, TextIO], int]


def window_options() -> str:
    """The window's own options (desktop.ui.app parses them), shown under the commands."""
    return translate(
        "Cli",
        "window (no command):\n"
        "  --library PATH     open this library (default: $GIAOBAN_LIBRARY, else the\n"
        "                     per-user data folder)\n"
        "  --lang vi|en       interface language (default: $GIAOBAN_LANG, else the one\n"
        "                     chosen in the window, else the system's)\n"
        "  --screenshot PNG   render the window offscreen to PNG and exit\n"
        "  --size WxH         window size for --screenshot (default 1400x880)\n"
        "\n"
        "Each command takes --library PATH too; `python -m desktop COMMAND --help` tells more.",
    )


# argparse's own messages that reach a user, as Python 3.11-3.13 print them, and
# their translatable forms (anything else is shown as argparse wrote it).
_ARGPARSE_MESSAGES = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     QT_TRANSLATE_NOOP("Cli", "the following arguments are required: {names}")),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"),
     QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: {args}")),
    (re.compile(r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
     QT_TRANSLATE_NOOP("Cli", "argument {name}: invalid choice: {value} (choose from {choices})")),
    (re.compile(r"argument (?P<name>\S+): invalid \w+ value: (?P<value>.+)"),
     QT_TRANSLATE_NOOP("Cli", "argument {name}: invalid value: {value}")),
    (re.compile(r"argument (?P<name>\S+): expected one argument"),
     QT_TRANSLATE_NOOP("Cli", "argument {name}: expected one argument")),
    # (a message of our own after the argument's name: "argument --size: WIDTHxHEIGHT, ...")
    (re.compile(r"argument (?P<name>\S+): (?P<message>.+)"),
     QT_TRANSLATE_NOOP("Cli", "argument {name}: {message}")),
)


def argparse_message(message: str) -> str:
    """One of argparse's error messages in the command line's language."""
    for pattern, template in _ARGPARSE_MESSAGES:
        m = pattern.fullmatch(message)
        if m:
            return translate("Cli", template).format(**m.groupdict())
    return message


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        """Override HelpFormatter.add_usage: the "usage: " heading translated."""
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the command line's language.

    argparse words its headings and errors through gettext, for which Python
    ships no Vietnamese; they are set here from our catalogue instead. Its
    sub-command parsers are of this class too (argparse makes them with the
    parent's class).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        super().__init__(*args, add_help=False, **kwargs)
        # argparse's default groups; their titles have no public setter
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("Cli", "show this help message and exit"))
        # the parents' options join the groups of the same (translated) title: added before
        # the titles were set, they made a second "options" heading
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:
        """Override ArgumentParser.error: the usage, then the error, translated."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {error_line(argparse_message(message))}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every command."""
    parser = CliParser(
        prog="giaoban",
        description=translate("Cli", "Giao Ban Reader: read, search and annotate reports on Party "
                              "organisation-building work. Without a command, opens the window."),
        epilog=window_options(),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("Cli", "show the version number and exit"))
    common = CliParser(add_help=False)
    # (its default is no value at all: a command must not undo "--library PATH" given before it,
    # "python -m desktop --library PATH import FILE", as a default of None would)
    common.add_argument("--library", metavar="PATH", default=argparse.SUPPRESS,
                        help=translate("Cli", "library file (default: $GIAOBAN_LIBRARY, else the one in "
                                       "the per-user data folder)"))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=translate("Cli", "language of the messages (default: $GIAOBAN_LANG, "
                                       "else the system's)"))
    parser.add_argument("--library", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=LANGUAGES, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    print_json = translate("Cli", "print JSON")

    p = sub.add_parser("analyze", parents=[common],
                       help=translate("Cli", "analyse article files and print what was found"))
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=translate("Cli", "article files, or folders of them"))
    p.add_argument("--json", action="store_true", help=print_json)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("articles", parents=[common], help=translate("Cli", "list the articles in the library"))
    p.add_argument("--json", action="store_true", help=print_json)
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", parents=[common], help=translate("Cli", "print one article's clean text"))
    p.add_argument("id", type=int, help=translate("Cli", "the article's number (as 'articles' lists it)"))
    p.add_argument("--json", action="store_true", help=print_json)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("import", parents=[common],
                       help=translate("Cli", "import article files or folders into the library"))
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=translate("Cli", "article files ({kinds}), or folders of them; a changed version of "
                                  "a file already imported updates its article").format(kinds=", ".join(SUPPORTED)))
    p.add_argument("--json", action="store_true", help=print_json)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("reanalyse", parents=[common], help=translate("Cli", "re-run the analyser over the library"))
    p.add_argument("--all", action="store_true",
                   help=translate("Cli", "every article, not only those analysed by an older version"))
    p.set_defaults(func=cmd_reanalyse)

    p = sub.add_parser("search", parents=[common], help=translate("Cli", "search titles, text and notes"))
    p.add_argument("query", help=translate("Cli", "words to find, with or without diacritics "
                                           "('dang uy' finds 'Đảng ủy'), or a directive's number"))
    p.add_argument("--json", action="store_true", help=print_json)
    p.add_argument("--limit", type=positive_int, default=50,
                   help=translate("Cli", "at most this many results (default 50)"))
    p.set_defaults(func=cmd_search)

    for name, (help_text, setup, run) in EXTRA_COMMANDS.items():
        p = sub.add_parser(name, parents=[common], help=translate("Cli", help_text))
        setup(p)
        p.set_defaults(func=run)
    return parser


# name -> (help marked with QT_TRANSLATE_NOOP("Cli", ...), setup, run); filled by
# desktop.commands to keep this file small.
EXTRA_COMMANDS: dict[str, tuple[str, CommandSetup, CommandRun]] = {}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit code."""
    from desktop.commands import register_all

    args_list = list(sys.argv[1:] if argv is None else argv)
    catalogue.install(catalogue.choose_language(args_list))
    if not EXTRA_COMMANDS:
        register_all(EXTRA_COMMANDS)
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "command", None):
        parser.print_help(out)
        return EXIT_OK
    try:
        return int(args.func(args, out))
    except LibraryError as exc:
        print(library_message(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    except NoLibrary as exc:
        print(error_line(translate(
            "Cli", "there is no library at {path} (check the path; the import command makes a new library)"
        ).format(path=exc.path)), file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:  # pragma: no cover - `| head`
        return EXIT_OK
