"""Command-line commands for the timeline feature.

``timeline --json`` prints every dated article with its place on the time
axis: ``[{"article_id", "file", "title", "start", "end", "precision",
"lane"}]``, in date order. Rows are written as they come from the cursor, so
a library of 100,000 articles is never held in memory as a list.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from desktop.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.timeline import LaneMode, lane_of_item_json
from desktop.labels import LANE_CONTEXT, LANE_LABELS


def setup(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``timeline``."""
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    parser.add_argument(
        "--lanes",
        choices=[str(m) for m in LaneMode if m != LaneMode.DIRECTIVE],
        default=str(LaneMode.KIND),
        help=translate("Cli", "what the lane field holds: the kind of meeting (default) or the level"),
    )
    parser.add_argument(
        "--undated", action="store_true",
        help=translate("Cli", "also list undated articles (start, end and precision null)"),
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Print the timeline."""
    from desktop.cli import EXIT_OK, open_for_cli, shown
    from desktop.core.store import timeline_queries as tq
    from desktop.core.store.queries import ArticleFilter

    lib = open_for_cli(args)
    flt = ArticleFilter()
    items = tq.iter_items(lib.db, flt, tq.LaneSource(args.lanes))
    if not args.json:
        width = max(len(shown(LANE_LABELS, lane, LANE_CONTEXT)) for lane in LANE_LABELS)
        for item in items:
            span = item.start if item.start == item.end else f"{item.start}..{item.end}"
            lane = shown(LANE_LABELS, item.lane, LANE_CONTEXT)
            out.write(f"{item.article_id:>6}  {span:<22}  {lane:<{width}}  {item.title}\n")
        if args.undated:
            undated = translate("Cli", "(undated)")
            for article_id, _file, title in tq.iter_undated(lib.db, flt):
                out.write(f"{article_id:>6}  {undated:<22}  {'':<{width}}  {title}\n")
        return EXIT_OK
    # Streamed: one record per line inside the array, no list built first.
    out.write("[")
    first = True
    for item in items:
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(lane_of_item_json(item), ensure_ascii=False))
        first = False
    if args.undated:
        for article_id, file, title in tq.iter_undated(lib.db, flt):
            record = {
                "article_id": article_id,
                "file": file,
                "title": title,
                "start": None,
                "end": None,
                "precision": None,
                "lane": None,
            }
            out.write("\n  " if first else ",\n  ")
            out.write(json.dumps(record, ensure_ascii=False))
            first = False
    out.write("\n]\n" if not first else "]\n")
    return EXIT_OK


def register(commands: dict) -> None:  # type: ignore[type-arg]
    """Add this feature's commands to ``commands``."""
    commands["timeline"] = (QT_TRANSLATE_NOOP("Cli", "print every article's place on the time axis"), setup, run)
