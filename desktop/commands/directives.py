"""Command-line commands for the directives feature (issue 4). Never imports Qt.

``python -m desktop directives --json`` prints every directive in the library
with every article citing it and each mention's span.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.labels import BASIS_CONTEXT, BASIS_LABELS

EXIT_OK = 0


def _setup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.cli import open_for_cli, shown, shown_date
    from desktop.core.store import directive_queries

    lib = open_for_cli(args)
    try:
        data = directive_queries.directives_json(lib.db)
    finally:
        lib.close()
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for item in data:
        articles = item["articles"]
        assert isinstance(articles, list)
        mentions = sum(len(a["mentions"]) for a in articles)
        dated = f"  ({item['issue_date']})" if item["issue_date"] else ""
        term = ""
        if item.get("term"):
            term = "  " + translate("Cli", "[term {term}, {basis}]").format(
                term=item["term"], basis=shown(BASIS_LABELS, item["term_basis"], BASIS_CONTEXT))
        counts = translate("Cli", "articles: {articles}, mentions: {mentions}").format(
            articles=len(articles), mentions=mentions)
        out.write(f"{item['canonical']}{dated}{term}: {counts}\n")
        for art in articles:
            surfaces = ", ".join(m["surface"] for m in art["mentions"])
            out.write(f"  {art['id']:>6}  {shown_date(art['date'], art['event_period']):<10}  {art['title']}  [{surfaces}]\n")
    return EXIT_OK


def register(commands: dict) -> None:  # type: ignore[type-arg]
    """Add this feature's commands to ``commands``."""
    commands["directives"] = (
        QT_TRANSLATE_NOOP("Cli", "list the directives cited in the library and the articles citing each"),
        _setup,
        _run,
    )
