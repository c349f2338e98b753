"""Export notes to Markdown, HTML, Word (.docx), JSON or CSV.

Everything here returns ``bytes``; the caller decides where they go. Articles
are ordered by date (undated last, then by title), notes within an article by
their position in the text. Every article gets a citation (title, author,
outlet, date, file) so a user can cite the passage in their own report: the
byline is labelled as the author ("Tác giả"), the outlet as the source
("Nguồn"), each only when known, never one for the other.

The core builds no translated UI sentences: the few words an exported document
needs ("Ghi chú", "Thẻ", "Tác giả", "Nguồn", ...) come from
:class:`ExportLabels`, which defaults to Vietnamese and which the UI may fill
with translated strings. A Word export is marked as Vietnamese (``vi-VN``), so
Word spell-checks it as Vietnamese.

Text the user or an imported article provides is never trusted as markup: it is
escaped for Markdown and HTML, stripped of characters XML cannot hold for
.docx, and guarded against spreadsheet formulas in CSV.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import html
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.models import AnchorState, DateKind, Note
from desktop.core.text import fold

__all__ = [
    "CSV_COLUMNS",
    "Citation",
    "ExportFormat",
    "ExportGroup",
    "ExportLabels",
    "export_notes",
    "format_date",
]


@dataclass(frozen=True)
class Citation:
    """One article, as it is cited in an export.

    Attributes:
        article_id: the article's id in the store.
        title: the headline ("" when none was found; the file name is shown).
        date: ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY``), or None.
        outlet: the publishing outlet, or None.
        byline: the author, or None.
        file: the file the article was imported from.
        date_kind: whether ``date`` is the publication's or, the text stating none,
            the meeting's (a day or a period).
        period: ``(start, precision)`` when ``date`` (then a year) stands for the year,
            half-year or quarter the meeting is known by, named in words where a
            reader sees it (``6 tháng đầu năm 2024``, ``quý II/2024``).
    """

    article_id: int
    title: str
    date: str | None
    outlet: str | None
    byline: str | None
    file: str
    date_kind: DateKind = DateKind.PUBLISHED
    period: tuple[str, str] | None = None


def vietnamese_period(start: str, precision: str) -> str:
    """A year, half-year or quarter in Vietnamese words (``6 tháng đầu năm 2024``), from the
    Vietnamese catalogue whatever language the session speaks."""
    from desktop import catalogue, labels

    return labels.period_label(start, precision, short=False, translate=catalogue.translator("vi"))


@dataclass(frozen=True)
class ExportGroup:
    """One article and the notes on it to export.

    Attributes:
        citation: how to cite the article.
        notes: its notes, in any order (export sorts them by position).
    """

    citation: Citation
    notes: tuple[Note, ...]


class ExportFormat(enum.StrEnum):
    """Export formats; the value is the usual file extension."""

    MARKDOWN = "md"
    HTML = "html"
    DOCX = "docx"
    JSON = "json"
    CSV = "csv"

    @classmethod
    def for_name(cls, name: str) -> ExportFormat | None:
        """The format a file's name asks for by its extension, or None.

        >>> ExportFormat.for_name("ghi-chu.DOCX"), ExportFormat.for_name("notes.txt")
        (<ExportFormat.DOCX: 'docx'>, None)
        """
        _stem, dot, ext = name.rpartition(".")
        return _EXTENSIONS.get(ext.lower()) if dot else None


# The extensions each format is saved under (the first is the usual one).
_EXTENSIONS = {
    "md": ExportFormat.MARKDOWN, "markdown": ExportFormat.MARKDOWN,
    "html": ExportFormat.HTML, "htm": ExportFormat.HTML,
    "docx": ExportFormat.DOCX, "json": ExportFormat.JSON, "csv": ExportFormat.CSV,
}


@dataclass(frozen=True)
class ExportLabels:
    """The words an exported document needs, Vietnamese by default.

    The UI may pass translated labels. JSON and CSV use fixed machine-readable
    keys and ignore these.

    Attributes:
        document_title: the document heading when no title is given.
        tags: label before a note's tags.
        author: label before the byline (the article's author).
        source: label before the outlet (where the article was published);
            never used for the author.
        date: label before the article's publication date.
        meeting: label before the meeting's day or period, which an article
            stating no publication date is cited by.
        file: label before the article's file name.
        needs_review: marker for a note whose passage must be checked
            (shown as ``[Cần xem lại]``).
        period: ``(start, precision) -> words`` naming a year, a half-year or a quarter.
        no_notes: sentence shown in an export without any note.
        lang: BCP 47 language of the labels, for the HTML ``lang`` attribute.
    """

    document_title: str = "Ghi chú"
    tags: str = "Thẻ"
    author: str = "Tác giả"
    source: str = "Nguồn"
    date: str = "Ngày đăng"
    meeting: str = "Thời gian họp"
    file: str = "Tệp"
    needs_review: str = "Cần xem lại"
    no_notes: str = "Không có ghi chú."
    lang: str = "vi"
    period: Callable[[str, str], str] = vietnamese_period


CSV_COLUMNS = (
    "article_id",
    "title",
    "date",
    "outlet",
    "byline",
    "file",
    "note_id",
    "quote",
    "comment",
    "tags",
    "color",
    "state",
    "created",
    "modified",
    "date_kind",  # (last: a column added later, after those a user's sheet already reads)
)
"""Header row of the CSV export, one row per note."""

_FONT = "Times New Roman"  # has every Vietnamese glyph, on Windows, macOS and LibreOffice
_DOCX_LANG = "vi-VN"  # the language Word proofs the export in: quotes and comments are Vietnamese


def export_notes(
    groups: Sequence[ExportGroup],
    fmt: ExportFormat | str,
    *,
    title: str | None = None,
    labels: ExportLabels | None = None,
    guard_formulas: bool = True,
    when: _dt.datetime | None = None,
) -> bytes:
    """Render notes grouped by article as a document.

    Articles without notes are left out. An export without any note is still
    a valid document (a heading and ``labels.no_notes``; for JSON ``[]``, for
    CSV the header row).

    Args:
        groups: the articles and their notes, in any order.
        fmt: the output format (an :class:`ExportFormat` or its value,
            ``"md"``, ``"html"``, ``"docx"``, ``"json"``, ``"csv"``).
        title: the document heading (Markdown, HTML, docx); defaults to
            ``labels.document_title``.
        labels: the words used in headings and labels; Vietnamese by default.
        guard_formulas: CSV only: prefix ``'`` to a text cell starting with
            ``=``, ``+``, ``-``, ``@``, tab or carriage return, so a
            spreadsheet shows it as text instead of running it as a formula
            (imported articles are not trusted).
        when: docx only: the date the file says it was made and last changed (UTC, to the
            second; now by default).

    Returns:
        The document: UTF-8 text for md, html and json; UTF-8 with a BOM for
        csv (so Excel reads Vietnamese correctly); a .docx (zip) file.

    Raises:
        ValueError: ``fmt`` is not a known format.
    """
    fmt = ExportFormat(fmt)
    labels = labels or ExportLabels()
    heading = labels.document_title if title is None else title
    ordered = _ordered(groups)
    if fmt is ExportFormat.MARKDOWN:
        return _markdown(ordered, heading, labels).encode("utf-8")
    if fmt is ExportFormat.HTML:
        return _html(ordered, heading, labels).encode("utf-8")
    if fmt is ExportFormat.DOCX:
        return _docx(ordered, heading, labels, when or _dt.datetime.now(_dt.timezone.utc))
    if fmt is ExportFormat.JSON:
        return _json(ordered).encode("utf-8")
    return _csv(ordered, guard_formulas).encode("utf-8-sig")


# --- shared helpers ----------------------------------------------------------------


def _ordered(groups: Iterable[ExportGroup]) -> list[ExportGroup]:
    """Articles by date (undated last), then title; notes by position."""

    def article_key(group: ExportGroup) -> tuple[Any, ...]:
        c = group.citation
        return (c.date is None, c.date or "", fold(c.title), c.title, c.article_id)

    def note_key(note: Note) -> tuple[int, int, int]:
        return (note.anchor.start, note.anchor.end, note.id)

    return [
        ExportGroup(group.citation, tuple(sorted(group.notes, key=note_key)))
        for group in sorted(groups, key=article_key)
        if group.notes
    ]


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")


def format_date(iso: str | None) -> str:
    """Format an ISO date the Vietnamese way.

    Args:
        iso: ``YYYY-MM-DD`` (a time part is ignored), ``YYYY-MM``, ``YYYY``,
            or None.

    Returns:
        ``dd/mm/yyyy``, ``mm/yyyy`` or ``yyyy``; "" for None; anything else
        unchanged.
    """
    if not iso:
        return ""
    if match := _ISO_DAY.match(iso):
        return f"{match[3]}/{match[2]}/{match[1]}"
    if match := _ISO_MONTH.fullmatch(iso):
        return f"{match[2]}/{match[1]}"
    return iso


def _one_line(text: str | None) -> str:
    """A field shown on one line (title, outlet, tags): white space collapsed."""
    return " ".join((text or "").split())


def _display_title(citation: Citation) -> str:
    return _one_line(citation.title) or _one_line(citation.file)


def _citation_parts(citation: Citation, labels: ExportLabels) -> list[tuple[str, str]]:
    """``(label, value)`` pairs of the citation line, empty ones left out.

    The byline is the author and the outlet the source: each has its own
    label, so an author is never shown as the source.
    """
    parts = [
        (labels.author, _one_line(citation.byline)),
        (labels.source, _one_line(citation.outlet)),
        (labels.meeting if citation.date_kind is DateKind.MEETING else labels.date,
         labels.period(*citation.period) if citation.period else format_date(citation.date)),
        (labels.file, _one_line(citation.file)),
    ]
    return [(label, value) for label, value in parts if value]


def _paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs (at blank lines), each a list of its lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _review_marker(labels: ExportLabels) -> str:
    return f"[{labels.needs_review}]"


# --- Markdown ---------------------------------------------------------------------

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these
# are the ones that can start inline structure (emphasis, code, links, images,
# raw HTML, entities, autolinks) or, for #, close a heading.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&!#|~])")
# At the start of a line: list items ("- ", "+ ", "1. ", "1) "), setext heading
# underlines ("===", "---"); "#", ">" and "*" are already escaped inline.
_MD_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


def _md_line(line: str) -> str:
    """Escape one line of user text for Markdown so it stays literal."""
    escaped = _MD_INLINE.sub(r"\\\1", line.strip())
    return _MD_LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def _md_block(text: str, prefix: str = "") -> list[str]:
    """User text as Markdown lines: line breaks kept (hard breaks), paragraphs kept.

    Args:
        text: the user's text.
        prefix: put before every line (``"> "`` for a block quote).
    """
    out: list[str] = []
    for index, paragraph in enumerate(_paragraphs(text)):
        if index:
            out.append(prefix.rstrip())
        lines = [_md_line(line) for line in paragraph]
        # A trailing backslash is a CommonMark hard line break.
        out.extend(f"{prefix}{line}\\" for line in lines[:-1])
        out.append(f"{prefix}{lines[-1]}")
    return out or [prefix.rstrip()]


def _markdown(groups: list[ExportGroup], title: str, labels: ExportLabels) -> str:
    out = [f"# {_md_line(_one_line(title))}", ""]
    if not groups:
        out += [_md_line(labels.no_notes), ""]
    for group in groups:
        citation = group.citation
        out += [f"## {_md_line(_display_title(citation))}", ""]
        parts = _citation_parts(citation, labels)
        if parts:
            out += [" · ".join(f"*{_md_line(k)}:* {_md_line(v)}" for k, v in parts), ""]
        for note in group.notes:
            if note.state is AnchorState.NEEDS_REVIEW:
                out += [f"**{_md_line(_review_marker(labels))}**", ""]
            out += [*_md_block(note.anchor.exact, "> "), ""]
            if note.comment.strip():
                out += [*_md_block(note.comment), ""]
            tags = [_md_line(_one_line(tag)) for tag in note.tags if tag.strip()]
            if tags:
                out += [f"*{_md_line(labels.tags)}:* {', '.join(tags)}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -------------------------------------------------------------------------

_CSS = """\
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.5;
       color: #222; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 1em; }
h2 { font-size: 1.25em; margin: 2em 0 0.2em; border-bottom: 1px solid #ccc; }
.citation { color: #555; margin-top: 0; }
.label { font-weight: bold; }
.note { margin: 1.2em 0; padding-left: 0.8em; border-left: 4px solid #e0c060; }
.note.review { border-left-color: #c0392b; }
blockquote { font-style: italic; margin: 0.3em 0 0.3em 1em; }
.review-marker { color: #c0392b; font-weight: bold; margin: 0; }
.tags { color: #555; font-size: 0.9em; }
"""

# Characters HTML and XML cannot carry (C0 controls other than tab/newline/CR).
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SAFE_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,20}")


def _clean(text: str | None) -> str:
    return _XML_UNSAFE.sub("", text or "")


def _h(text: str | None) -> str:
    """Escape user text for HTML (after dropping characters HTML cannot carry)."""
    return html.escape(_clean(text), quote=True)


def _html_block(text: str, tag: str, css_class: str = "") -> list[str]:
    """User text as HTML paragraphs, line breaks kept."""
    attr = f' class="{css_class}"' if css_class else ""
    return [
        f"<{tag}{attr}>{'<br>'.join(_h(line) for line in paragraph)}</{tag}>"
        for paragraph in _paragraphs(text)
    ]


def _html(groups: list[ExportGroup], title: str, labels: ExportLabels) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_h(labels.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(_one_line(title))}</title>",
        f"<style>\n{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(_one_line(title))}</h1>",
    ]
    if not groups:
        out.append(f'<p class="empty">{_h(labels.no_notes)}</p>')
    for group in groups:
        citation = group.citation
        out += [
            f'<section class="article" data-article-id="{int(citation.article_id)}">',
            f"<h2>{_h(_display_title(citation))}</h2>",
        ]
        parts = _citation_parts(citation, labels)
        if parts:
            cite = " · ".join(f'<span class="label">{_h(k)}:</span> {_h(v)}' for k, v in parts)
            out.append(f'<p class="citation">{cite}</p>')
        for note in group.notes:
            review = note.state is AnchorState.NEEDS_REVIEW
            style = ""
            if not review and _SAFE_COLOR.fullmatch(note.color or ""):
                style = f' style="border-left-color: {_h(note.color)}"'
            css = "note review" if review else "note"
            out.append(f'<div class="{css}" id="note-{int(note.id)}"{style}>')
            if review:
                out.append(f'<p class="review-marker">{_h(_review_marker(labels))}</p>')
            out.append("<blockquote>")
            out += _html_block(note.anchor.exact, "p") or ["<p></p>"]
            out.append("</blockquote>")
            out += _html_block(note.comment, "p", "comment")
            tags = [_h(_one_line(tag)) for tag in note.tags if tag.strip()]
            if tags:
                out.append(
                    f'<p class="tags"><span class="label">{_h(labels.tags)}:</span> '
                    f"{', '.join(tags)}</p>"
                )
            out.append("</div>")
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --- JSON ---------------------------------------------------------------------------


def _json(groups: list[ExportGroup]) -> str:
    articles = [
        {
            "article_id": group.citation.article_id,
            "title": group.citation.title,
            "date": group.citation.date,
            "date_kind": str(group.citation.date_kind),
            "period": (dict(zip(("start", "precision"), group.citation.period, strict=True))
                       if group.citation.period else None),
            "outlet": group.citation.outlet,
            "byline": group.citation.byline,
            "file": group.citation.file,
            "notes": [
                {
                    "id": note.id,
                    "quote": note.anchor.exact,
                    "prefix": note.anchor.prefix,
                    "suffix": note.anchor.suffix,
                    "start": note.anchor.start,
                    "end": note.anchor.end,
                    "comment": note.comment,
                    "tags": list(note.tags),
                    "color": note.color,
                    "state": str(note.state),
                    "created": note.created,
                    "modified": note.modified,
                }
                for note in group.notes
            ],
        }
        for group in groups
    ]
    return json.dumps(articles, ensure_ascii=False, indent=2) + "\n"


# --- CSV ---------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv(groups: list[ExportGroup], guard_formulas: bool) -> str:
    def cell(value: str | None) -> str:
        text = value or ""
        if guard_formulas and text.startswith(_FORMULA_START):
            return "'" + text
        return text

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        c = group.citation
        article = [c.article_id, cell(c.title), c.date or "", cell(c.outlet), cell(c.byline)]
        article.append(cell(c.file))
        for note in group.notes:
            writer.writerow(
                [
                    *article,
                    note.id,
                    cell(note.anchor.exact),
                    cell(note.comment),
                    cell("; ".join(note.tags)),
                    note.color or "",  # (the highlight's, as in JSON: "#ffd54f")
                    str(note.state),
                    note.created,
                    note.modified,
                    str(c.date_kind),
                ]
            )
    return buffer.getvalue()


# --- DOCX ---------------------------------------------------------------------------


def _docx(groups: list[ExportGroup], title: str, labels: ExportLabels, when: _dt.datetime) -> bytes:
    # Imported here: python-docx (and lxml) cost ~0.2 s to import, and only
    # this format needs them.
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    # A4, with the margins of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP:
    # 30 mm at the binding side), not the template's US Letter
    page = document.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin, page.right_margin, page.top_margin, page.bottom_margin = Mm(30), Mm(20), Mm(20), Mm(20)
    styles = {name: document.styles[name] for name in ("Normal", "Title", "Heading 1", "Quote")}
    for style in styles.values():
        _set_font(style.element, _FONT)
    styles["Normal"].font.size = Pt(13)
    quote_style = styles["Quote"]
    quote_style.font.italic = True
    quote_style.paragraph_format.left_indent = Pt(28)
    quote_style.paragraph_format.right_indent = Pt(14)
    _set_language(document, _DOCX_LANG)
    core = document.core_properties
    core.title = _clean(_one_line(title))
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    # (python-docx's template carries its own dates, of 2013: Word shows them as the file's)
    core.created = core.modified = when.astimezone(_dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    core.revision = 1

    # Paragraphs are written as plain lxml elements: python-docx's
    # Paragraph.style setter looks the default style up among all styles on
    # every call, and Body.add_p scans the body for <w:sectPr>; over 30,000
    # paragraphs that takes minutes instead of about a second.
    writer = _DocxWriter(document.element.body)
    normal = styles["Normal"].style_id
    quote = quote_style.style_id
    writer.paragraph(styles["Title"].style_id, [(_one_line(title), "")])
    if not groups:
        writer.paragraph(normal, [(labels.no_notes, "")])
    for group in groups:
        citation = group.citation
        writer.paragraph(styles["Heading 1"].style_id, [(_display_title(citation), "")])
        runs: list[tuple[str, str]] = []
        for index, (label, value) in enumerate(_citation_parts(citation, labels)):
            if index:
                runs.append((" · ", ""))
            runs += [(label + ": ", "b"), (value, "")]
        if runs:
            writer.paragraph(normal, runs)
        for note in group.notes:
            if note.state is AnchorState.NEEDS_REVIEW:
                writer.paragraph(normal, [(_review_marker(labels), "bh")])
            for paragraph in _paragraphs(note.anchor.exact) or [[""]]:
                writer.paragraph(quote, [("\n".join(paragraph), "")])
            for paragraph in _paragraphs(note.comment):
                writer.paragraph(normal, [("\n".join(paragraph), "")])
            tags = [_one_line(tag) for tag in note.tags if tag.strip()]
            if tags:
                writer.paragraph(normal, [(labels.tags + ": ", "b"), (", ".join(tags), "")])
    writer.finish()
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


class _DocxWriter:
    """Appends WordprocessingML paragraphs to a document body, fast.

    Args:
        body: the ``<w:body>`` element; its ``<w:sectPr>`` (page setup) is
            kept last.
    """

    def __init__(self, body: Any) -> None:
        from lxml.etree import SubElement  # type: ignore[import-untyped]

        self._sub = SubElement
        self._body = body
        self._sect_pr = body.find(f"{_W}sectPr")
        if self._sect_pr is not None:
            body.remove(self._sect_pr)

    def paragraph(self, style_id: str, runs: list[tuple[str, str]]) -> None:
        """Add a paragraph of the given style.

        Args:
            style_id: the paragraph style's id (not its name).
            runs: ``(text, format)`` pairs; ``format`` holds ``b`` for bold,
                ``h`` for a yellow highlight. A newline in ``text`` becomes a
                line break.
        """
        sub = self._sub
        p = sub(self._body, f"{_W}p")
        sub(sub(p, f"{_W}pPr"), f"{_W}pStyle").set(f"{_W}val", style_id)
        for text, fmt in runs:
            r = sub(p, f"{_W}r")
            if fmt:
                r_pr = sub(r, f"{_W}rPr")
                if "b" in fmt:
                    sub(r_pr, f"{_W}b")
                if "h" in fmt:
                    sub(r_pr, f"{_W}highlight").set(f"{_W}val", "yellow")
            for index, line in enumerate(_clean(text).split("\n")):
                if index:
                    sub(r, f"{_W}br")
                t = sub(r, f"{_W}t")
                t.text = line
                if line != line.strip():
                    t.set(_XML_SPACE, "preserve")

    def finish(self) -> None:
        """Put the section properties back at the end of the body."""
        if self._sect_pr is not None:
            self._body.append(self._sect_pr)
            self._sect_pr = None


def _set_font(style_element: Any, name: str) -> None:
    """Use ``name`` for every script of a style, theme fonts removed.

    Word picks the font per character class: ``ascii`` and ``hAnsi`` for Latin
    (Vietnamese letters such as ``ư``, ``ạ`` are hAnsi), ``eastAsia`` and
    ``cs`` for the rest. A theme attribute (``w:asciiTheme``) overrides the
    explicit name, so those go.
    """
    from docx.oxml.ns import qn

    r_pr = style_element.get_or_add_rPr()
    fonts = r_pr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _set_language(document: Any, lang: str) -> None:
    """Make ``lang`` the language of the whole document, for proofing.

    python-docx's template says ``en-US`` in the document defaults
    (``w:docDefaults/w:rPrDefault/w:rPr/w:lang``), so Word would spell-check
    Vietnamese as English and underline nearly every word. The defaults get
    ``lang`` for Latin text (``w:val``, which covers Vietnamese letters) and
    for text Word counts as East Asian (``w:eastAsia``; a language that is
    not Chinese, Japanese or Korean also keeps quotation marks and dashes in
    the Latin font). ``w:bidi`` is the language of right-to-left text, which
    Vietnamese never is: it is kept (the template's ``ar-SA``). A style that
    sets a language of its own (none in the template does) gets ``lang`` too, so
    no style brings English back; the settings' theme font language follows,
    so theme fonts resolve to the theme's Vietnamese ones.

    The template's ``stylesWithEffects.xml``, an optional copy of the styles
    for Word 2010 that python-docx never edits (it still says ``en-US``, and
    has neither our fonts), is dropped: Word then reads ``styles.xml`` alone.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles.insert(0, doc_defaults)
    r_pr_default = doc_defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        doc_defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    lang_element = r_pr.find(qn("w:lang"))
    if lang_element is None:
        lang_element = OxmlElement("w:lang")
        r_pr.insert_element_before(lang_element, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang_element.set(qn("w:val"), lang)
    lang_element.set(qn("w:eastAsia"), lang)
    for style_lang in styles.xpath("./w:style/w:rPr/w:lang"):
        for attr in ("w:val", "w:eastAsia"):
            if style_lang.get(qn(attr)) is not None:
                style_lang.set(qn(attr), lang)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang)
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            part.drop_rel(r_id)


def _stable_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps, so equal exports are equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
