"""Command-line commands for notes: ``notes add``, ``notes list``, ``export-notes``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from desktop.catalogue import LANGUAGES, QT_TRANSLATE_NOOP, translate
from desktop.cli import EXIT_OK, EXIT_UNUSABLE, error_line, no_article, open_for_cli
from desktop.core.store.notes import COLOURS


def _note_dict(note: object) -> dict[str, object]:
    from desktop.core.models import Note

    assert isinstance(note, Note)
    return {
        "id": note.id,
        "article_id": note.article_id,
        "quote": note.anchor.exact,
        "start": note.anchor.start,
        "end": note.anchor.end,
        "prefix": note.anchor.prefix,
        "suffix": note.anchor.suffix,
        "comment": note.comment,
        "tags": list(note.tags),
        "color": note.color,
        "state": str(note.state),
        "created": note.created,
        "modified": note.modified,
    }


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "counts from 1"))
    return number


def _setup_notes(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=translate("Cli", "add a note on a quoted passage of an article"))
    add.add_argument("--library", metavar="PATH", help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    add.add_argument("--lang", choices=LANGUAGES, help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    add.add_argument("--article", type=int, required=True, metavar="ID",
                     help=translate("Cli", "the article's number (see the articles command)"))
    add.add_argument("--quote", required=True, help=translate("Cli", "the passage; it must occur in the article"))
    add.add_argument(
        "--occurrence", type=_positive, metavar="N",
        help=translate("Cli", "which occurrence (1, 2, …), when it occurs more than once"),
    )
    add.add_argument("--comment", default="", help=translate("Cli", "the note's text"))
    add.add_argument("--tag", action="append", default=[], metavar="T",
                     help=translate("Cli", "a tag (repeat for several)"))
    add.add_argument("--color", default="yellow", choices=COLOURS,
                     help=translate("Cli", "the highlight's colour (default yellow)"))
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    lst = sub.add_parser("list", help=translate("Cli", "list notes"))
    lst.add_argument("--library", metavar="PATH", help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    lst.add_argument("--lang", choices=LANGUAGES, help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    lst.add_argument("--article", type=int, metavar="ID", help=translate("Cli", "only this article's notes"))
    lst.add_argument("--tag", metavar="T", help=translate("Cli", "only the notes with this tag"))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _run_notes(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core import anchor as anchoring
    from desktop.core.store import notes

    if args.notes_command == "add" and not args.quote.strip():
        print(error_line(translate("Cli", "the quote is empty; give the passage to mark with --quote")),
              file=sys.stderr)
        return EXIT_UNUSABLE
    lib = open_for_cli(args)
    if args.notes_command == "add":
        text_row = lib.db.execute("SELECT clean_text FROM articles WHERE id = ?", [args.article]).fetchone()
        if text_row is None:
            print(no_article(args.article), file=sys.stderr)
            return EXIT_UNUSABLE
        try:
            start, end = anchoring.find_quote(text_row[0], args.quote, args.occurrence)
        except anchoring.AmbiguousQuote as exc:
            print(error_line(translate(
                "Cli", "the quote occurs {count} times in article {id}; choose one with --occurrence N"
            ).format(count=exc.count, id=args.article)), file=sys.stderr)
            return EXIT_UNUSABLE
        except anchoring.QuoteNotFound as exc:
            if exc.occurrence is not None and exc.count:
                print(error_line(translate(
                    "Cli", "the quote occurs only {count} time(s) in article {id}, not {occurrence}"
                ).format(count=exc.count, id=args.article, occurrence=exc.occurrence)), file=sys.stderr)
            else:
                print(error_line(translate("Cli", "the quote does not occur in article {id}").format(
                    id=args.article)), file=sys.stderr)
            return EXIT_UNUSABLE
        note = notes.identical_note(lib.db, args.article, start, end, comment=args.comment, tags=args.tag)
        added = note is None
        if note is not None:  # (the command run again: nothing added, the note named)
            print(translate("Cli", "note {note} on article {id} already says this; nothing added").format(
                note=note.id, id=note.article_id), file=sys.stderr)
        else:
            note = notes.add_note(
                lib.db, args.article, start, end, comment=args.comment, tags=args.tag, color=args.color
            )
        if args.json:
            json.dump(_note_dict(note), out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif added:
            out.write(translate("Cli", "saved note {note} on article {id}").format(
                note=note.id, id=note.article_id) + "\n")
        return EXIT_OK
    flt = notes.NoteFilter(tag=args.tag, article_id=args.article, order="article")
    found = notes.list_notes(lib.db, flt)
    if args.json:
        json.dump([_note_dict(n) for n in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        if not found:  # (on stderr: the output stays empty for a script reading it)
            print(translate("Cli", "no notes"), file=sys.stderr)
        needs_review = " " + translate("Cli", "[needs review]")
        for n in found:
            mark = needs_review if str(n.state) == "needs_review" else ""
            where = translate("Cli", "article {id}").format(id=n.article_id)
            out.write(f"{n.id:>5}  {where}{mark}: “{n.anchor.exact}” — {n.comment}\n")
    return EXIT_OK


def _setup_export(parser: argparse.ArgumentParser) -> None:
    from desktop.core.export import ExportFormat

    parser.add_argument("--format", choices=[str(f) for f in ExportFormat],
                        help=translate("Cli", "the file's format (by default, from FILE's extension)"))
    parser.add_argument("--output", required=True, metavar="FILE", help=translate("Cli", "the file to write (- for standard output)"))
    parser.add_argument("--article", type=int, metavar="ID", help=translate("Cli", "only this article's notes"))
    parser.add_argument("--tag", metavar="T", help=translate("Cli", "only the notes with this tag"))
    parser.add_argument("--force", action="store_true", help=translate("Cli", "overwrite FILE if it exists"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "report what was written as JSON"))


_PROBLEMS = {
    "exists": QT_TRANSLATE_NOOP("Cli", "{path} already exists; add --force to overwrite it"),
    "disk-full": QT_TRANSLATE_NOOP("Cli", "the disk is full; {path} was not written"),
    "permission": QT_TRANSLATE_NOOP("Cli", "no permission to write {path}"),
    "no-folder": QT_TRANSLATE_NOOP("Cli", "the folder of {path} does not exist"),
    "is-folder": QT_TRANSLATE_NOOP("Cli", "{path} is a folder; give a file's name, such as {path}/ghi-chu.md"),
    "other": QT_TRANSLATE_NOOP("Cli", "{path} could not be written ({detail})"),
}


def _write_problem(exc) -> str:
    """The error line for an :class:`~desktop.core.export_file.ExportWriteError`."""
    return error_line(translate("Cli", _PROBLEMS[str(exc.problem)]).format(path=exc.path, detail=exc.detail))


def _export_format(given: str | None, output: str) -> tuple[str, str]:
    """The format to write ``output`` in, and an error message ("" when none).

    The format follows the file's extension unless ``--format`` names one; a
    format that contradicts a known extension (``--format md`` for ``notes.docx``)
    is refused rather than writing a file its extension misnames.
    """
    from desktop.core.export import ExportFormat

    by_name = ExportFormat.for_name(output) if output != "-" else None
    if given is None and by_name is None:
        return "", translate(
            "Cli", "cannot tell the format from {path}; add --format md, html, docx, json or csv"
        ).format(path=output)
    if given is not None and by_name is not None and given != by_name:
        return "", translate(
            "Cli", "{path} is named as {named}, but --format is {given}; change one of them"
        ).format(path=output, named=str(by_name), given=given)
    return str(given or by_name), ""


def _run_export(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from desktop.core.export_file import (
        ExportResult,
        ExportWriteError,
        check_target,
        export_to_file,
        render,
    )
    from desktop.core.store import notes

    # "-" is standard output, as for most commands: written to the stream the process has
    # (never reopened by a name: "/dev/stdout" opened anew would empty the file a shell
    # appends to with ">>", and Windows has no such name)
    stream = args.output == "-"
    target = Path(args.output)
    fmt, problem = _export_format(args.format, args.output)
    if problem:
        print(error_line(problem), file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        # refuse before opening the library: nothing to do
        kind = "special" if stream else check_target(target, args.force)
    except ExportWriteError as exc:
        print(_write_problem(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    lib = open_for_cli(args)
    if args.article is not None and notes.count_notes(lib.db, notes.NoteFilter(article_id=args.article)) == 0:
        exists = lib.db.execute("SELECT 1 FROM articles WHERE id = ?", [args.article]).fetchone()
        if exists is None:
            print(no_article(args.article), file=sys.stderr)
            return EXIT_UNUSABLE
    flt = notes.NoteFilter(tag=args.tag, article_id=args.article)
    if args.tag is not None and notes.count_notes(lib.db, notes.NoteFilter(tag=args.tag)) == 0:
        # a misspelt tag would otherwise give an empty file and a success
        known = ", ".join(tag for tag, _n in notes.all_tags(lib.db)) or translate("Cli", "none")
        print(error_line(translate(
            "Cli", "no note has the tag {tag} (tags: {known}); nothing was written"
        ).format(tag=repr(args.tag), known=known)), file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        if stream:
            data, count, articles = render(lib.db, fmt, flt)
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            result = ExportResult(target, count, articles, len(data))
        else:
            result = export_to_file(lib.db, target, fmt, flt, overwrite=args.force)
    except ExportWriteError as exc:
        print(_write_problem(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    if kind == "special":
        out = sys.stderr  # "--output /dev/stdout": the report must not run into the export
    where = translate("Cli", "standard output") if stream else str(result.path)
    if args.json:
        report = {
            "output": where,
            "format": str(fmt),
            "notes": result.notes,
            "articles": result.articles,
            "bytes": result.size,
        }
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(translate("Cli", "wrote {notes} note(s) from {articles} article(s) to {path}").format(
            notes=result.notes, articles=result.articles, path=where) + "\n")
    return EXIT_OK


def register(commands: dict) -> None:  # type: ignore[type-arg]
    """Add this feature's commands to ``commands``."""
    commands["notes"] = (QT_TRANSLATE_NOOP("Cli", "add or list notes"), _setup_notes, _run_notes)
    commands["export-notes"] = (
        QT_TRANSLATE_NOOP("Cli", "export notes to md, html, docx, json or csv"), _setup_export, _run_export)
