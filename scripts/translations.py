"""The Qt Linguist workflow: extract, list what is left to translate, merge, compile.

Run through ``scripts/update-translations`` (which picks the project's venv):

    scripts/update-translations                  # lupdate + lrelease, then list what is untranslated
    scripts/update-translations --todo todo.json # also write the untranslated messages to fill in
    scripts/update-translations --apply todo.json  # merge filled-in translations, compile
    scripts/update-translations --compile        # lrelease only (the build does this)

``resources/translations/desktop_vi.ts`` is the source of truth for our
strings (edit it in Qt Linguist, ``pyside6-linguist``, or through the JSON
round trip above); ``qtbase_vi.ts`` holds our translation of Qt's own strings
(dialog buttons, context menus, the file dialog), which the PySide6 wheels do
not ship for Vietnamese. The compiled ``.qm`` files are committed too, so a
fresh clone shows Vietnamese without a build step; ``tests/test_i18n.py``
checks they match the ``.ts`` files.

Only the standard library and PySide6's own ``lupdate``/``lrelease`` are used.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop"
TRANSLATIONS = REPO / "resources" / "translations"
# Our catalogue per language, and the locale lupdate writes into it.
CATALOGUES = {"vi": "vi_VN"}
# Catalogues of Qt's own strings kept by hand (never touched by lupdate).
QT_CATALOGUES = ("qtbase_vi",)


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts`` file.

    Attributes:
        context: the Qt translation context (class name or explicit context).
        source: the English source text.
        comment: the disambiguation, if any.
        numerus: a ``%n`` plural message.
        translations: the translated forms (one for Vietnamese).
        finished: no ``type="unfinished"`` mark.
    """

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the message to Qt: context, source, disambiguation."""
        return (self.context, self.source, self.comment)

    @property
    def translated(self) -> bool:
        """Finished, with every form filled in."""
        return self.finished and bool(self.translations) and all(t.strip() for t in self.translations)


def source_files(root: Path = SOURCES) -> list[Path]:
    """Every ``.py`` file lupdate reads (all of ``desktop/``, sorted)."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _qt_tool(tool: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    # PySide6's wrapper finds the tool inside the wheel on every platform.
    code = f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.argv[0] = {tool!r}; {tool}()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=REPO
    )


def lupdate(ts: Path, language: str = "vi_VN", sources: list[Path] | None = None) -> str:
    """Extract the UI strings of ``sources`` into ``ts``, keeping its translations.

    Locations are left out (``-locations none``) so the file changes only when
    a string does, not whenever a line moves. Strings no longer in the
    sources are dropped (git keeps them).

    Returns:
        lupdate's summary line(s).
    """
    files = [str(p) for p in (sources if sources is not None else source_files())]
    result = _qt_tool(
        "lupdate",
        [*files, "-locations", "none", "-no-obsolete", "-target-language", language, "-ts", str(ts)],
    )
    return result.stdout.strip()


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    """Compile ``ts`` to ``qm`` (beside it by default)."""
    target = qm or ts.with_suffix(".qm")
    _qt_tool("lrelease", ["-silent", str(ts), "-qm", str(target)])
    return target


def read_ts(ts: Path) -> list[Message]:
    """The messages of a ``.ts`` file (obsolete and vanished ones left out)."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=numerus,
                    translations=forms,
                    finished=kind != "unfinished",
                )
            )
    return messages


def apply_translations(ts: Path, filled: dict[str, dict[str, str]]) -> int:
    """Write translations into ``ts`` and mark them finished.

    Args:
        ts: the catalogue to change.
        filled: ``{context: {source: translation}}``; a disambiguated source is
            written ``source||comment``. Empty translations are skipped.

    Returns:
        How many messages were filled.
    """
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        table = filled.get(context.findtext("name") or "", {})
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            text = table.get(f"{source}||{comment}" if comment else source, "")
            if not text.strip():
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
            count += 1
    _write_ts(tree, ts)
    return count


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    # Same shape as lupdate writes, so a later lupdate run leaves it alone.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def todo(messages: list[Message]) -> dict[str, dict[str, str]]:
    """The untranslated messages as ``{context: {source: ""}}`` to fill in."""
    out: dict[str, dict[str, str]] = {}
    for m in messages:
        if not m.translated:
            key = f"{m.source}||{m.comment}" if m.comment else m.source
            out.setdefault(m.context, {})[key] = ""
    return out


def compile_all() -> list[Path]:
    """``lrelease`` every catalogue in ``resources/translations``."""
    return [lrelease(ts) for ts in sorted(TRANSLATIONS.glob("*.ts"))]


def main(argv: list[str] | None = None) -> int:
    """Update, report, optionally export the to-do list or merge translations."""
    parser = argparse.ArgumentParser(prog="update-translations", description=__doc__.split("\n")[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--todo", metavar="JSON", help="write the untranslated messages here")
    parser.add_argument("--apply", metavar="JSON", help="merge translations from this file first")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.compile:
        for qm in compile_all():
            print(f"compiled {qm.relative_to(REPO)}")
        return 0
    missing_total = 0
    for lang, locale in CATALOGUES.items():
        ts = TRANSLATIONS / f"desktop_{lang}.ts"
        print(lupdate(ts, locale))
        if args.apply:
            filled = json.loads(Path(args.apply).read_text(encoding="utf-8"))
            print(f"filled {apply_translations(ts, filled)} message(s) from {args.apply}")
            lupdate(ts, locale)  # back into lupdate's own layout
        missing = todo(read_ts(ts))
        count = sum(len(v) for v in missing.values())
        missing_total += count
        if args.todo:
            Path(args.todo).write_text(json.dumps(missing, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {count} untranslated message(s) to {args.todo}")
        for context, sources in missing.items():
            for source in sources:
                print(f"  untranslated [{lang}] {context}: {source!r}")
    for qm in compile_all():
        print(f"compiled {qm.relative_to(REPO)}")
    if missing_total:
        print(f"{missing_total} message(s) still need a translation (tests/test_i18n.py fails until they have one)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
