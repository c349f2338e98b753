"""The reader: one article in a comfortable reading layout.

The document is built with ``QTextCursor`` from the article's clean text, never
from HTML, so whatever an article contains (``<script>``, ``<img src=...>``)
is shown as the characters it is and nothing is loaded or run. Building it
ourselves also keeps an exact map between clean-text offsets (where the core's
spans point) and document positions (where selections and scrolling happen).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMimeData,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from desktop.core.store.queries import ArticleDetail, Credit, MentionSpan, NamedPerson, NamedPlace
from desktop.ui import i18n

READING_WIDTH_EM = 38  # about 70 characters a line
BASE_POINT_SIZE = 12.5
TITLE_SCALE = 1.6  # the title's size, relative to the body text
META_SCALE = 0.85  # the date/outlet line's
SERIF_FAMILIES = ["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"]
ZOOM_MIN, ZOOM_MAX = -5, 12
ZOOM_FACTOR = 1.1  # each zoom step scales the text (and the reading column) by this

# A link naming several directives (``Nghị quyết 18 và 19`` where the numbers
# cannot be told apart): ``mentions:3,4`` (mention ids). The reader handles it
# itself with a menu of the directives; only ``directive:`` links leave it.
CHOICE_SCHEME = "mentions"
_DIGITS = re.compile(r"[0-9]+")

# The people and provinces under the date line: ``person:KEY`` and
# ``place:KEY`` links (the key the filter bar selects them by, percent-encoded)
# leave the reader, whose window filters the list by them; ``names:people`` and
# ``names:places`` show or hide the rest of a long list, inside the reader.
PERSON_SCHEME = "person"
PLACE_SCHEME = "place"
NAMES_SCHEME = "names"
_NAME_BLOCKS_FROM = 2  # the lists of names come after the title and the date line
PEOPLE_SHOWN = 3  # people listed before "and N others"
PLACES_SHOWN = 8  # provinces listed before "and N more"
TITLE_CHARS = 50  # a longer title is cut at a word there (the whole one is the name's tooltip)
NAME_COLOUR = "#1a5fb4"
TITLE_COLOUR = "#80868b"  # lighter than the date line's, which it sits under
META_COLOUR = "#5f6368"

# What a person credited in the byline did, shown after the name.
CREDIT_LABELS = {
    Credit.AUTHOR: QT_TRANSLATE_NOOP("ReaderView", "author"),
    Credit.PHOTO: QT_TRANSLATE_NOOP("ReaderView", "photos"),
    Credit.GRAPHICS: QT_TRANSLATE_NOOP("ReaderView", "graphics"),
}

# A link to make: clean-text start and end, and the mentions it reaches.
Link = tuple[int, int, tuple[MentionSpan, ...]]


def _directive_href(m: MentionSpan) -> str:
    """The link that opens the directive of mention ``m`` (``directive:ID?mention=M``)."""
    return f"directive:{m.directive_id}?mention={m.mention_id}"


def name_href(scheme: str, key: str) -> str:
    """The link of a person (``PERSON_SCHEME``) or a province (``PLACE_SCHEME``) by its filter key."""
    return f"{scheme}:{quote(key, safe='')}"


def name_key(href: str) -> str:
    """The filter key a ``person:`` or ``place:`` link carries (inverse of ``name_href``)."""
    return unquote(href.split(":", 1)[1])


def _unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a name is never split over two lines."""
    return text.replace(" ", "\u00a0")


#: a directive code's marks, and look-alikes a line never breaks at (one character each, so
#: document positions stay clean-text offsets): "26-HD/BTCTW" stays on one line
_CODE_UNBROKEN = str.maketrans({"-": "\u2011", "/": "\u2044"})
#: ... and back, for what is copied
_CODE_AS_TYPED = str.maketrans({"\u2011": "-", "\u2044": "/"})


def _short_title(title: str) -> str:
    """``title``, cut at a word before ``TITLE_CHARS`` characters when longer."""
    if len(title) <= TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, TITLE_CHARS)
    return title[: cut if cut > 0 else TITLE_CHARS].rstrip(" ,;:-–") + "…"


# Colour-blind-safe highlight colours (Okabe–Ito, lightened), by note colour name.
NOTE_COLOURS = {
    "yellow": "#fbeea0",
    "blue": "#bfe0f5",
    "green": "#bfe8d8",
    "orange": "#f9d6a8",
    "pink": "#f2c9dc",
}
MATCH_COLOUR = "#ffd27a"
FLASH_COLOUR = "#9fd3ff"


@dataclass(frozen=True, slots=True)
class Highlight:
    """A note's passage to paint: clean-text span, colour name, note id."""

    start: int
    end: int
    color: str
    note_id: int
    needs_review: bool = False


class ReaderView(QTextBrowser):
    """Shows one article; reports link clicks and selections.

    Signals:
        link_activated(str): a directive link (``directive:ID?mention=M``) was
            clicked, or chosen from the menu of a link naming several; or a
            person (``person:KEY``) or a province (``place:KEY``) under the
            date line was (``name_key`` gives the filter key).
        selection_changed(bool): whether some article text is selected.
        zoom_changed(int): the text zoom step changed.
    """

    link_activated = Signal(str)
    selection_changed = Signal(bool)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = 0
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.selectionChanged.connect(self._on_selection_changed)
        self._article: ArticleDetail | None = None
        # (clean_start, doc_start) for each body paragraph, sorted.
        self._para_clean: list[int] = []
        self._para_doc: list[int] = []
        self._para_len: list[int] = []
        self._matches: list[tuple[int, int]] = []
        self._match_index = -1
        self._mentions: dict[int, MentionSpan] = {}
        self._choice_menu: QMenu | None = None
        # The people and provinces shown, the lists opened in full ("people",
        # "places"), and what the article was shown with (to show it again).
        self._people: list[NamedPerson] = []
        self._places: list[NamedPlace] = []
        self._opened: set[str] = set()
        self._decorations: dict[str, object] = {}
        # The blocks above the body and their sizes relative to the body text's:
        # the title, the date line, then the lists of people and provinces.
        self._head_blocks: list[tuple[int, float]] = []
        self._click_pos: QPoint | None = None
        self._wheel_delta = 0
        self.document().setDefaultFont(self.reading_font())
        self.document().setDocumentMargin(24)
        self._show_placeholder()

    # --- building the document --------------------------------------------

    def _show_placeholder(self) -> None:
        self.document().clear()
        cursor = QTextCursor(self.document())
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#777777"))
        cursor.insertText(
            QCoreApplication.translate("ReaderView", "Choose an article from the list to read it."),
            fmt,
        )

    def article(self) -> ArticleDetail | None:
        """The article shown, if any."""
        return self._article

    def clear_article(self) -> None:
        """Show the empty-reader placeholder."""
        self._article = None
        self._mentions = {}
        self._people, self._places, self._opened = [], [], set()
        self._head_blocks = []
        self._para_clean, self._para_doc, self._para_len = [], [], []
        self._show_placeholder()

    def set_article(
        self,
        detail: ArticleDetail,
        mentions: list[MentionSpan] | None = None,
        highlights: list[Highlight] | None = None,
        matches: list[tuple[int, int]] | None = None,
        people: Sequence[NamedPerson] | None = None,
        places: Sequence[NamedPlace] | None = None,
    ) -> None:
        """Show ``detail`` with directive links, note highlights and search matches.

        ``people`` and ``places`` (``queries.article_people_places``: each
        person and province once) are listed under the date line, each a link
        filtering the list by it; a long list shows its first few and a link
        opening the rest.
        """
        if self._article is None or self._article.summary.id != detail.summary.id:
            self._opened = set()
        self._article = detail
        self._people, self._places = list(people or []), list(places or [])
        self._decorations = {"mentions": mentions, "highlights": highlights, "matches": matches}
        self._mentions = {m.mention_id: m for m in mentions or []}
        self._matches = sorted(matches or [])
        self._match_index = -1
        doc = self.document()
        doc.clear()
        doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()

        body_block = QTextBlockFormat()
        body_block.setBottomMargin(10)
        body_block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body_block.setAlignment(Qt.AlignmentFlag.AlignLeft)

        title_block = QTextBlockFormat()
        title_block.setBottomMargin(6)
        title_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        title_fmt = QTextCharFormat()
        title_fmt.setFontPointSize(self._point_size(TITLE_SCALE))
        title_fmt.setFontWeight(QFont.Weight.Bold)
        cursor.setBlockFormat(title_block)
        cursor.insertText(detail.summary.title or detail.summary.file, title_fmt)

        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(6 if self._people or self._places else 18)
        meta_fmt = QTextCharFormat()
        meta_fmt.setForeground(QColor(META_COLOUR))
        meta_fmt.setFontPointSize(self._point_size(META_SCALE))
        cursor.insertBlock(meta_block, meta_fmt)
        cursor.insertText(self._meta_line(detail), meta_fmt)
        self._head_blocks = [(0, TITLE_SCALE), (1, META_SCALE)]
        self._insert_names(cursor)

        text = detail.clean_text
        spans = self._spans(self._link_spans(text, mentions or []), highlights or [], self._matches)
        plain = QTextCharFormat()
        self._para_clean, self._para_doc, self._para_len = [], [], []
        pos = 0
        while pos <= len(text):
            end = text.find("\n\n", pos)
            if end < 0:
                end = len(text)
            para = text[pos:end]
            if para.strip():
                cursor.insertBlock(body_block, plain)
                self._para_clean.append(pos)
                self._para_doc.append(cursor.position())
                self._para_len.append(len(para))
                self._insert_paragraph(cursor, para, pos, spans, plain)
            pos = end + 2
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def _insert_names(self, cursor: QTextCursor) -> None:
        """The people, then the provinces, each a paragraph of links under the date line.

        ``Nhân vật: Nguyễn Văn Tùng, Vụ trưởng … · Lê Thị Kim Dung, Phó Bí thư …
        và 3 người khác``: a name as a link, its title after it in a lighter
        tone (cut at a word when long, whole in the tooltip), as the press
        writes it; a wrapped line starts under the first name, not under the
        label, and no name is broken over two lines.
        """
        lines = []
        if self._people:
            lines.append(("people", QCoreApplication.translate("ReaderView", "People:"), self._people))
        if self._places:
            lines.append(("places", QCoreApplication.translate("ReaderView", "Provinces:"), self._places))
        size = self._point_size(META_SCALE)
        label_fmt = QTextCharFormat()
        label_fmt.setForeground(QColor(META_COLOUR))
        label_fmt.setFontPointSize(size)
        for i, (which, label, items) in enumerate(lines):
            block = QTextBlockFormat()
            block.setBottomMargin(18 if i == len(lines) - 1 else 2)
            block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.insertBlock(block, label_fmt)
            self._head_blocks.append((cursor.blockNumber(), META_SCALE))
            cursor.insertText(label + "\t", label_fmt)
            limit = PEOPLE_SHOWN if which == "people" else PLACES_SHOWN
            opened = which in self._opened
            # ("and 1 other" would take the room of the name it hides)
            folds = len(items) > limit + 1
            shown = items if opened or not folds else items[:limit]
            for n, item in enumerate(shown):
                if n:
                    # (a no-break space keeps the dot with the name before it at a line's end)
                    cursor.insertText("\u00a0\u00a0·  " if which == "people" else ", ", label_fmt)
                if isinstance(item, NamedPerson):
                    self._insert_person(cursor, item, size)
                else:
                    self._insert_place(cursor, item, size)
            if folds:
                hidden = len(items) - len(shown)
                if not hidden:
                    text = QCoreApplication.translate("ReaderView", "show fewer")
                elif which == "people":
                    text = QCoreApplication.translate("ReaderView", "and %n other(s)", "", hidden)
                else:
                    text = QCoreApplication.translate("ReaderView", "and %n more", "", hidden)
                cursor.insertText("  ", label_fmt)
                cursor.insertText(_unbroken(text), self._link_format(f"{NAMES_SCHEME}:{which}", size, ""))
        self._indent_names()

    def _indent_names(self) -> None:
        """Hang the lists of names after their labels, at the current text size.

        The labels are as wide as the widest (the two lists start at one
        place), and a wrapped line starts there too.
        """
        name_blocks = [number for number, _factor in self._head_blocks[_NAME_BLOCKS_FROM:]]
        if not name_blocks:
            return
        font = self.reading_font()
        font.setPointSizeF(self._point_size(META_SCALE))
        metrics = QFontMetricsF(font)
        labels = [self.document().findBlockByNumber(n).text().split("\t", 1)[0] for n in name_blocks]
        hang = max(metrics.horizontalAdvance(label) for label in labels) + metrics.horizontalAdvance("M") * 0.8
        for number in name_blocks:
            block = self.document().findBlockByNumber(number)
            fmt = block.blockFormat()
            fmt.setLeftMargin(hang)
            fmt.setTextIndent(-hang)
            tab = QTextOption.Tab()
            tab.position = hang  # from where the first line starts, the label's left
            fmt.setTabPositions([tab])
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)

    def _link_format(self, href: str, size: float, tip: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setForeground(QColor(NAME_COLOUR))
        fmt.setFontPointSize(size)
        if tip:
            fmt.setToolTip(tip)
        return fmt

    def _insert_person(self, cursor: QTextCursor, person: NamedPerson, size: float) -> None:
        tip = QCoreApplication.translate("ReaderView", "Show only the articles naming this person")
        credit = person.credit
        if credit is not None:  # "Kim Liên (tác giả)": the byline's, already named above
            title = QCoreApplication.translate("ReaderView", CREDIT_LABELS[credit])
            shown = f" ({title})"
        else:
            title = person.title
            shown = f", {_short_title(title)}" if title else ""
        if title:
            tip = f"{person.name}: {title}\n{tip}"
        link = self._link_format(name_href(PERSON_SCHEME, person.key), size, tip)
        cursor.insertText(_unbroken(person.name), link)
        if shown:
            title_fmt = QTextCharFormat()
            title_fmt.setForeground(QColor(TITLE_COLOUR))
            title_fmt.setFontPointSize(size)
            title_fmt.setToolTip(title)
            cursor.insertText(shown, title_fmt)

    def _insert_place(self, cursor: QTextCursor, place: NamedPlace, size: float) -> None:
        tip = QCoreApplication.translate("ReaderView", "Show only the articles naming this province")
        if place.name != place.province:  # printed another way: "TP.HCM"
            tip = f"{place.province} ({place.name})\n{tip}"
        link = self._link_format(name_href(PLACE_SCHEME, place.key), size, tip)
        cursor.insertText(_unbroken(place.province), link)

    def _toggle_names(self, which: str) -> None:
        """Open a long list of people or provinces in full, or fold it again."""
        if self._article is None:
            return
        self._opened ^= {which}
        bar = self.verticalScrollBar().value()
        self.set_article(self._article, people=self._people, places=self._places, **self._decorations)  # type: ignore[arg-type]
        self.verticalScrollBar().setValue(bar)

    def _meta_line(self, detail: ArticleDetail) -> str:
        parts = []
        s = detail.summary
        if s.event_date or detail.event_start:
            when = i18n.format_period(detail.event_start or s.event_date, detail.event_end, detail.event_precision)
            if detail.event_precision in (None, "day"):
                label = QCoreApplication.translate("ReaderView", "Meeting: %1")
            else:
                # Only a period is known (the half-year under review, say):
                # it is not the meeting's date, so it is not called that.
                label = QCoreApplication.translate("ReaderView", "Period: %1")
            parts.append(label.replace("%1", when))
        if s.published:
            parts.append(QCoreApplication.translate("ReaderView", "Published: %1").replace("%1", i18n.format_date(s.published)))
        if s.outlet:
            parts.append(s.outlet)
        if s.byline:
            parts.append(QCoreApplication.translate("ReaderView", "By %1").replace("%1", s.byline))
        parts.append(s.file)
        return "  ·  ".join(parts)

    @staticmethod
    def _link_spans(text: str, mentions: list[MentionSpan]) -> list[Link]:
        """The links to make: a span and the directive mentions it reaches.

        The analyser gives a list naming several directives (``Nghị quyết 18
        và 19``) one mention per directive, all with the list's span. That span
        stays one link naming them all (a click offers a menu), and when each
        directive's number is found in it, that number links to its directive
        alone: ``18`` opens NQ 18, ``19`` opens NQ 19.
        """
        groups: dict[tuple[int, int], list[MentionSpan]] = {}
        for m in mentions:
            group = groups.setdefault((m.start, m.end), [])
            if all(g.directive_id != m.directive_id for g in group):
                group.append(m)
        links: list[Link] = []
        for (start, end), group in groups.items():
            links.append((start, end, tuple(group)))
            if len(group) > 1:
                links += ReaderView._number_links(text, start, end, group)
        return links

    @staticmethod
    def _number_links(text: str, start: int, end: int, group: list[MentionSpan]) -> list[Link]:
        """One link per directive over its number inside ``text[start:end]``.

        Nothing unless every directive's number (the first number of its
        canonical form: ``Nghị quyết 18-NQ/TW`` -> 18) is there, each at a
        place of its own: a guess would send the reader to the wrong document.
        """
        runs = [(r.start(), r.end(), int(r.group())) for r in _DIGITS.finditer(text, start, end)]
        taken: set[int] = set()
        links: list[Link] = []
        for m in group:
            number = _DIGITS.search(m.canonical)
            if number is None:
                return []
            hit = next((r for r in runs if r[2] == int(number.group()) and r[0] not in taken), None)
            if hit is None:
                return []
            taken.add(hit[0])
            links.append((hit[0], hit[1], (replace(m, start=hit[0], end=hit[1]),)))
        return links

    @staticmethod
    def _spans(
        links: list[Link],
        highlights: list[Highlight],
        matches: list[tuple[int, int]],
    ) -> list[tuple[int, int, str, object]]:
        spans: list[tuple[int, int, str, object]] = []
        spans += [(s, e, "link", named) for s, e, named in links]
        spans += [(h.start, h.end, "note", h) for h in highlights]
        spans += [(s, e, "match", None) for s, e in matches]
        return spans

    def _insert_paragraph(
        self,
        cursor: QTextCursor,
        para: str,
        offset: int,
        spans: list[tuple[int, int, str, object]],
        plain: QTextCharFormat,
    ) -> None:
        end = offset + len(para)
        local = [s for s in spans if s[0] < end and s[1] > offset]
        cuts = {0, len(para)}
        for s, e, _kind, _obj in local:
            cuts.add(max(0, s - offset))
            cuts.add(min(len(para), e - offset))
        points = sorted(cuts)
        for a, b in zip(points, points[1:], strict=False):
            if a == b:
                continue
            fmt = QTextCharFormat(plain)
            covering = [span for span in local if span[0] - offset <= a and span[1] - offset >= b]
            for _s, _e, kind, obj in covering:
                if kind != "link":
                    self._apply(fmt, kind, obj)
            links = [(e - s, obj) for s, e, kind, obj in covering if kind == "link"]
            if links:
                # Overlapping links never hide one another: the innermost
                # link wins (a number inside its list), and links over the
                # very same text name all their directives.
                shortest = min(length for length, _obj in links)
                named: list[MentionSpan] = []
                for length, obj in links:
                    if length != shortest or not isinstance(obj, tuple):
                        continue
                    for m in obj:
                        if all(m.directive_id != n.directive_id for n in named):
                            named.append(m)
                self._apply(fmt, "link", tuple(named))
            piece = para[a:b]
            if links:
                piece = piece.translate(_CODE_UNBROKEN)  # (a code never split over two lines)
            # A lone "\n" inside a paragraph stays one character (U+2028).
            cursor.insertText(piece.replace("\n", "\u2028"), fmt)

    @staticmethod
    def _link_label(m: MentionSpan) -> str:
        if m.inferred:
            label = QCoreApplication.translate("ReaderView", "%1 (code inferred)")
            return label.replace("%1", m.canonical)
        return m.canonical

    @staticmethod
    def _apply(fmt: QTextCharFormat, kind: str, obj: object) -> None:
        if kind == "link" and isinstance(obj, tuple) and obj:
            fmt.setAnchor(True)
            if len(obj) == 1:
                fmt.setAnchorHref(_directive_href(obj[0]))
            else:
                fmt.setAnchorHref(f"{CHOICE_SCHEME}:" + ",".join(str(m.mention_id) for m in obj))
            fmt.setForeground(QColor("#1a5fb4"))
            fmt.setFontUnderline(True)
            if any(m.inferred for m in obj):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setToolTip("\n".join(ReaderView._link_label(m) for m in obj))
        elif kind == "note" and isinstance(obj, Highlight):
            fmt.setBackground(QColor(NOTE_COLOURS.get(obj.color, NOTE_COLOURS["yellow"])))
            fmt.setProperty(QTextFormat.Property.UserProperty + 1, obj.note_id)
            if obj.needs_review:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor("#d55e00"))
        elif kind == "match":
            fmt.setBackground(QColor(MATCH_COLOUR))

    # --- offsets -------------------------------------------------------------

    def doc_position(self, clean_offset: int) -> int:
        """The document position of a clean-text offset."""
        if not self._para_clean:
            return 0
        i = max(0, bisect.bisect_right(self._para_clean, clean_offset) - 1)
        within = min(max(0, clean_offset - self._para_clean[i]), self._para_len[i])
        return self._para_doc[i] + within

    def clean_offset(self, doc_pos: int) -> int:
        """The clean-text offset of a document position (inverse of doc_position)."""
        if not self._para_doc:
            return 0
        i = bisect.bisect_right(self._para_doc, doc_pos) - 1
        if i < 0:
            return 0
        within = min(max(0, doc_pos - self._para_doc[i]), self._para_len[i])
        return self._para_clean[i] + within

    def selected_range(self) -> tuple[int, int] | None:
        """The selected article text as a clean-text span, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._article is None or not self._para_doc:
            return None
        start = max(cursor.selectionStart(), self._para_doc[0])
        end = cursor.selectionEnd()
        if end <= start:
            return None
        a, b = self.clean_offset(start), self.clean_offset(end)
        text = self._article.clean_text
        # Trim white space the selection swept up at either end.
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return (a, b) if b > a else None

    def select_range(self, start: int, end: int) -> None:
        """Select a clean-text span (tests and keyboard users)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def scroll_to_offset(self, start: int, end: int | None = None, flash: bool = True) -> None:
        """Scroll so a clean-text span is visible (centred) and flash it."""
        pos = self.doc_position(start)
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        if flash and end is not None and end > start:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(pos)
            sel.cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(QColor(FLASH_COLOUR))
            self.setExtraSelections([sel])
            QTimer.singleShot(1600, self, lambda: self.setExtraSelections([]))

    def flashed_range(self) -> tuple[int, int] | None:
        """The clean-text span currently flashed (after a jump), if any."""
        sels = self.extraSelections()
        if not sels:
            return None
        c = sels[0].cursor
        return self.clean_offset(c.selectionStart()), self.clean_offset(c.selectionEnd())

    # --- search matches ------------------------------------------------------

    def match_count(self) -> int:
        """How many search matches are highlighted."""
        return len(self._matches)

    def next_match(self, step: int = 1) -> int:
        """Scroll to the next (``step=1``) or previous (``-1``) match; its index."""
        if not self._matches:
            return -1
        self._match_index = (self._match_index + step) % len(self._matches)
        s, e = self._matches[self._match_index]
        self.scroll_to_offset(s, e)
        return self._match_index

    # --- zoom ----------------------------------------------------------------

    def zoom_step(self) -> int:
        """The current zoom step (0 is the base size)."""
        return self._zoom

    def set_zoom(self, step: int) -> None:
        """Set the text zoom step (each step ~10%).

        The reading font stays the reading font: only its size changes (with
        the title's and the date line's), and the reading column grows with
        it. ``QTextEdit.zoomIn`` is not used: it enlarges the *widget* font by
        a point, which QTextEdit then makes the document's font, replacing the
        serif reading font by the interface's sans one.
        """
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, step))
        self._apply_text_size()
        self._update_margins()
        self.zoom_changed.emit(self._zoom)

    def zoomIn(self, range_: int = 1) -> None:  # noqa: N802
        """Override QTextEdit::zoomIn: one zoom step per unit, as set_zoom."""
        self.set_zoom(self._zoom + range_)

    def zoomOut(self, range_: int = 1) -> None:  # noqa: N802
        """Override QTextEdit::zoomOut: one zoom step per unit, as set_zoom."""
        self.set_zoom(self._zoom - range_)

    def _scale(self) -> float:
        return ZOOM_FACTOR**self._zoom

    def _point_size(self, factor: float) -> float:
        """A size ``factor`` times the body text's, at the current zoom step."""
        return round(BASE_POINT_SIZE * factor * self._scale(), 2)

    def reading_font(self) -> QFont:
        """The body text's font at the current zoom step."""
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setPointSizeF(self._point_size(1.0))
        return font

    def _apply_text_size(self) -> None:
        """Size the body text, title, date line and lists of names for the current zoom step."""
        doc = self.document()
        doc.setDefaultFont(self.reading_font())
        if self._article is None:
            return
        # The title, the date line and the lists of names are the first blocks
        # (see set_article); their sizes are set on their text, so they are set
        # again here.
        for number, factor in self._head_blocks:
            block = doc.findBlockByNumber(number)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            end = block.position() + block.length() - 1
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontPointSize(self._point_size(factor))
            cursor.mergeCharFormat(fmt)
        self._indent_names()

    # --- Qt overrides ------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: keep lines to a readable width."""
        super().resizeEvent(event)
        self._update_margins()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: fit the column to the width it is shown at.

        A hidden tab is not resized with the window (closing a dock while the
        timeline is shown widens only the timeline), so the reader learns its
        width when it is shown again.
        """
        super().showEvent(event)
        self._update_margins()

    def changeEvent(self, event: QEvent) -> None:
        """Override QTextEdit::changeEvent: keep the reading font.

        On a font change QTextEdit makes the widget font the document's; the
        document keeps the serif reading font at the zoom step instead.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.reading_font())
            self._update_margins()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Override QTextEdit::wheelEvent: Ctrl+wheel zooms by steps, as Ctrl +/−."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_delta += event.angleDelta().y()
            steps = int(self._wheel_delta / 120)  # toward zero, either way
            if steps:
                self._wheel_delta -= steps * 120
                self.set_zoom(self._zoom + steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override: remember where a link was clicked, to open its menu there."""
        self._click_pos = event.position().toPoint()
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._click_pos = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override: Space pages down like a book reader (Shift+Space up)."""
        if event.key() == Qt.Key.Key_Space:
            bar = self.verticalScrollBar()
            step = bar.pageStep()
            bar.setValue(bar.value() + (-step if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else step))
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Override QTextEdit: a directive's code is copied as printed ("26-HD/BTCTW"), not
        with the unbreakable look-alikes it is shown with."""
        # (the data Qt made, changed in place: a QMimeData made here in Python would be freed
        # twice, by the clipboard that takes it and by Python, and crash the app at exit)
        data = super().createMimeDataFromSelection()
        if data.hasText():
            text = data.text()
            plain = text.translate(_CODE_AS_TYPED)
            if plain != text:
                data.removeFormat("text/html")  # (its HTML would carry the look-alikes)
                data.setText(plain)
        return data

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint."""
        return QSize(720, 600)

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802
        """Override QTextBrowser::loadResource: never load anything.

        The reader is offline and article text is text: no image, style sheet
        or remote resource is ever fetched.
        """
        return None

    def _update_margins(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M") * self._scale()
        target = int(READING_WIDTH_EM * em * 1.9)
        available = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (available - target) // 2)
        margins = self.viewportMargins()
        if (margins.left(), margins.right()) != (side, side):
            self.setViewportMargins(side, 0, side, 0)
        self._fit_document()

    def _fit_document(self) -> None:
        """Lay the text out at the viewport's width if it is not already.

        QTextEdit re-lays its text out when its viewport reports a new width.
        When the margins change while the viewport is being shown (the reader
        tab brought back after a dock closed), that report never comes: the
        text kept the old width, ran past the right edge and a horizontal
        scroll bar appeared until the window was resized.
        """
        width = self.viewport().width()
        if width > 0 and round(self.document().textWidth()) != width:
            # Setting it (to the same value) makes QTextEdit lay the text out
            # again at the viewport's width and adjust its scroll bars.
            self.setLineWrapColumnOrWidth(self.lineWrapColumnOrWidth())

    # --- links -----------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if url.scheme() == CHOICE_SCHEME:
            self._offer_choice(href)
            return
        if url.scheme() == NAMES_SCHEME:
            self._toggle_names(href.split(":", 1)[1])
            return
        self.link_activated.emit(href)

    def choice_menu(self) -> QMenu | None:
        """The menu offered by the last click on a link naming several directives."""
        return self._choice_menu

    def _offer_choice(self, href: str) -> None:
        """A link naming several directives: a menu to choose which to open."""
        named = []
        for part in href.split(":", 1)[1].split(","):
            m = self._mentions.get(int(part)) if part.isdigit() else None
            if m is not None:
                named.append(m)
        if not named:
            return
        if len(named) == 1:
            self.link_activated.emit(_directive_href(named[0]))
            return
        if self._choice_menu is not None:
            self._choice_menu.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("directiveChoiceMenu")
        for m in named:
            href = _directive_href(m)
            action = menu.addAction(self._link_label(m))
            action.triggered.connect(lambda _on=False, href=href: self.link_activated.emit(href))
        self._choice_menu = menu
        if self._click_pos is not None:
            where = self.viewport().mapToGlobal(self._click_pos)
        else:  # from the keyboard: under the focused link
            where = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        menu.popup(where)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_range() is not None)
