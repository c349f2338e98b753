"""Command-line commands for the library feature: ``delete``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from desktop.catalogue import QT_TRANSLATE_NOOP, translate


def _setup_delete(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, help=translate("Cli", "the article's number (as 'articles' lists it)"))
    parser.add_argument("--force", action="store_true",
                        help=translate("Cli", "also when the article has notes (they are deleted with it)"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _run_delete(args: argparse.Namespace, out: TextIO) -> int:
    """Delete one article, refusing when it would take the user's notes unasked."""
    from desktop.cli import EXIT_OK, EXIT_UNUSABLE, error_line, no_article, open_for_cli
    from desktop.core.library_ops import delete_article
    from desktop.core.store import notes

    lib = open_for_cli(args)
    row = lib.db.execute("SELECT title, file FROM articles WHERE id = ?", [args.id]).fetchone()
    if row is None:
        print(no_article(args.id), file=sys.stderr)
        return EXIT_UNUSABLE
    held = notes.count_notes(lib.db, notes.NoteFilter(article_id=args.id))
    if held and not args.force:
        print(error_line(translate(
            "Cli", "article {id} has {count} note(s), which would be deleted with it; nothing was deleted "
            "(export them first, or add --force)").format(id=args.id, count=held)), file=sys.stderr)
        return EXIT_UNUSABLE
    gone = delete_article(lib.db, args.id)
    assert gone is not None  # (read just above, in this process)
    if args.json:
        json.dump({"id": gone.id, "title": gone.title, "file": gone.file, "notes": gone.notes}, out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(translate("Cli", "deleted article {id}: {title} (notes deleted with it: {notes})").format(
            id=gone.id, title=gone.title or gone.file, notes=gone.notes) + "\n")
    return EXIT_OK


def register(commands: dict) -> None:  # type: ignore[type-arg]
    """Add this feature's commands to ``commands``."""
    commands["delete"] = (
        QT_TRANSLATE_NOOP("Cli", "delete an article from the library, with its notes"),
        _setup_delete, _run_delete)
