"""The reader: one article in a comfortable reading layout.

The document is built with ``QTextCursor`` from the article's clean text, never
from HTML, so whatever an article contains (``<script>``, ``<img src=...>``)
is shown as the characters it is and nothing is loaded or run. Building it
ourselves also keeps an exact map between clean-text offsets (where the core's
spans point) and document positions (where selections and scrolling happen).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop.core.store.queries import ArticleDetail, MentionSpan
from desktop.ui import i18n

READING_WIDTH_EM = 38  # about 70 characters a line
BASE_POINT_SIZE = 12.5
SERIF_FAMILIES = ["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"]

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
        link_activated(str): a directive link (``directive:ID``) or note link
            was clicked.
        selection_changed(bool): whether some article text is selected.
        zoom_changed(int): the text zoom step changed.
    """

    link_activated = Signal(str)
    selection_changed = Signal(bool)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self._zoom = 0
        self._article: ArticleDetail | None = None
        # (clean_start, doc_start) for each body paragraph, sorted.
        self._para_clean: list[int] = []
        self._para_doc: list[int] = []
        self._para_len: list[int] = []
        self._matches: list[tuple[int, int]] = []
        self._match_index = -1
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setPointSizeF(BASE_POINT_SIZE)
        self.document().setDefaultFont(font)
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
        self._para_clean, self._para_doc, self._para_len = [], [], []
        self._show_placeholder()

    def set_article(
        self,
        detail: ArticleDetail,
        mentions: list[MentionSpan] | None = None,
        highlights: list[Highlight] | None = None,
        matches: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show ``detail`` with directive links, note highlights and search matches."""
        self._article = detail
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
        title_fmt.setFontPointSize(BASE_POINT_SIZE * 1.6)
        title_fmt.setFontWeight(QFont.Weight.Bold)
        cursor.setBlockFormat(title_block)
        cursor.insertText(detail.summary.title or detail.summary.file, title_fmt)

        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(18)
        meta_fmt = QTextCharFormat()
        meta_fmt.setForeground(QColor("#5f6368"))
        meta_fmt.setFontPointSize(BASE_POINT_SIZE * 0.85)
        cursor.insertBlock(meta_block, meta_fmt)
        cursor.insertText(self._meta_line(detail), meta_fmt)

        spans = self._spans(mentions or [], highlights or [], self._matches)
        plain = QTextCharFormat()
        self._para_clean, self._para_doc, self._para_len = [], [], []
        text = detail.clean_text
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
    def _spans(
        mentions: list[MentionSpan], highlights: list[Highlight], matches: list[tuple[int, int]]
    ) -> list[tuple[int, int, str, object]]:
        spans: list[tuple[int, int, str, object]] = []
        spans += [(m.start, m.end, "link", m) for m in mentions]
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
            for s, e, kind, obj in local:
                if s - offset <= a and e - offset >= b:
                    self._apply(fmt, kind, obj)
            # A lone "\n" inside a paragraph stays one character (U+2028).
            cursor.insertText(para[a:b].replace("\n", "\u2028"), fmt)

    @staticmethod
    def _apply(fmt: QTextCharFormat, kind: str, obj: object) -> None:
        if kind == "link" and isinstance(obj, MentionSpan):
            fmt.setAnchor(True)
            fmt.setAnchorHref(f"directive:{obj.directive_id}?mention={obj.mention_id}")
            fmt.setForeground(QColor("#1a5fb4"))
            fmt.setFontUnderline(True)
            if obj.inferred:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setToolTip(
                    QCoreApplication.translate("ReaderView", "%1 (code inferred)").replace(
                        "%1", obj.canonical
                    )
                )
            else:
                fmt.setToolTip(obj.canonical)
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
        """Set the text zoom step (each step ~10%)."""
        step = max(-5, min(12, step))
        delta = step - self._zoom
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self._zoom = step
        self._update_margins()
        self.zoom_changed.emit(step)

    # --- Qt overrides ------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: keep lines to a readable width."""
        super().resizeEvent(event)
        self._update_margins()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override: Space pages down like a book reader (Shift+Space up)."""
        if event.key() == Qt.Key.Key_Space:
            bar = self.verticalScrollBar()
            step = bar.pageStep()
            bar.setValue(bar.value() + (-step if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else step))
            return
        super().keyPressEvent(event)

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
        em = self.fontMetrics().horizontalAdvance("M") * (1 + 0.1 * self._zoom)
        target = int(READING_WIDTH_EM * em * 1.9)
        available = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (available - target) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_range() is not None)
