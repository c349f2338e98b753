"""The directive panel: one directive and every article citing it (issue 4).

The header says what the directive is (canonical name, type, number, code
marked when inferred, issuer, term and how it was decided, the issue dates the
articles state); below, the citing articles in date order, each with the
sentence around each mention, the mention highlighted. Activating an entry
asks for that article at that mention.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.store import directive_queries as dq
from desktop.ui import i18n
from desktop.ui.models.directives import CitingArticlesModel, RichTextRole, basis_label, term_label
from desktop.ui.roles import ArticleIdRole, MentionRole

_Index = QModelIndex | QPersistentModelIndex


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's ``RichTextRole`` HTML, wrapped to the view's width.

    A tree with rows of varying height asks every loaded row's size on each
    layout, and laying out HTML costs about a millisecond a row: so heights
    are measured on the row's plain text (``DisplayRole``) with font metrics,
    a little narrower than the HTML gets so that a bold word never wraps a
    line the estimate missed, and only the rows painted are laid out as HTML.
    Top-level rows are measured bold (they are titles).
    """

    MARGIN = 3  # the QTextDocument margin around the HTML
    SLACK = 16  # px narrower for the estimate (bold highlight, rounding)

    CACHE = 400  # laid-out rows kept for repainting (a few screens' worth)

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # (internalId, row, column, width) -> height / laid-out document. Keys
        # stay valid until the model resets (rows are only ever appended).
        self._heights: dict[tuple[int, int, int, int], int] = {}
        self._docs: dict[tuple[int, int, int, int], QTextDocument] = {}
        self._model: object | None = None

    def _watch(self, index: _Index) -> None:
        model = index.model()
        if model is not self._model:
            self.forget()
            self._model = model
            model.modelReset.connect(self.forget)
            model.layoutChanged.connect(self.forget)

    def forget(self) -> None:
        """Drop cached heights and layouts (the model's rows changed)."""
        self._heights.clear()
        self._docs.clear()

    def _document(self, key: tuple[int, int, int, int], font: QFont, html: str, width: int) -> QTextDocument:
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) >= self.CACHE:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(self.MARGIN)
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._docs[key] = doc
        return doc

    def _width(self, index: _Index) -> int:
        depth = 1 if index.parent().isValid() else 0
        return max(80, self._view.viewport().width() - self._view.indentation() * (depth + 1) - 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Override QStyledItemDelegate::paint."""
        html = index.data(RichTextRole)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        self._watch(index)
        key = (index.internalId(), index.row(), index.column(), opt.rect.width())
        doc = self._document(key, opt.font, str(html), opt.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Override QStyledItemDelegate::sizeHint: the wrapped text's height."""
        if index.data(RichTextRole) is None:
            return super().sizeHint(option, index)
        self._watch(index)
        width = self._width(index)
        key = (index.internalId(), index.row(), index.column(), width)
        height = self._heights.get(key)
        if height is None:
            font = QFont(option.font)
            if not index.parent().isValid():
                font.setBold(True)
            rect = QFontMetrics(font).boundingRect(
                QRect(0, 0, width - 2 * self.MARGIN - self.SLACK, 1_000_000),
                int(Qt.TextFlag.TextWordWrap),
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            )
            height = self._heights[key] = rect.height() + 2 * self.MARGIN + 2
        return QSize(width, height)


def light_selection(view: QAbstractItemView) -> None:
    """A pale selection with dark text, so highlighted mentions stay readable."""
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#d3e3fd"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
    view.setPalette(palette)


class CitingView(QTreeView):
    """The citing-articles tree: rows re-wrap when the panel is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directiveCitingView")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes changes the width, and every row's height.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setItemDelegate(HtmlDelegate(self))
        light_selection(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: row heights depend on the width.

        A full layout of a QTreeView fetches one more page of a lazy model
        ("fetchMore first" in QTreeViewPrivate::layout), so every resize would
        load another page: hold the model's fetching while re-laying out.
        Scrolling to the bottom still fetches.
        """
        super().resizeEvent(event)
        model = self.model()
        if event.size().width() != event.oldSize().width() and isinstance(model, CitingArticlesModel):
            with model.fetching_held():
                self.doItemsLayout()


class DirectivePanel(QWidget):
    """One directive and the articles citing it.

    Signals:
        mention_chosen(int, int, int): open article ``id`` at the clean-text span
            ``start, end`` (an entry was activated).
        filter_requested(int): filter the article list to this directive.
    """

    mention_chosen = Signal(int, int, int)
    filter_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directivePanel")
        self._db = db
        self._detail: dq.DirectiveDetail | None = None
        self.model = CitingArticlesModel(db, self)

        self.title = QLabel()
        self.title.setObjectName("directiveTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("directiveDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_button = QPushButton()
        self.filter_button.setObjectName("directiveFilterButton")
        self.filter_button.clicked.connect(self._on_filter_clicked)
        self.count_label = QLabel()
        self.count_label.setObjectName("directiveCountLabel")

        self.view = CitingView()
        self.view.setModel(self.model)
        self.view.activated.connect(self.on_entry_activated)
        self.view.clicked.connect(self.on_entry_activated)
        self.model.rowsInserted.connect(self._expand_new)
        self.model.modelReset.connect(self._expand_all)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.retranslate()

    # --- our API -----------------------------------------------------------

    @property
    def directive_id(self) -> int | None:
        """The directive shown, if any."""
        return self._detail.id if self._detail else None

    @property
    def detail(self) -> dq.DirectiveDetail | None:
        """What the panel shows about its directive."""
        return self._detail

    def show_directive(self, directive_id: int, current_article: int | None = None) -> bool:
        """Show ``directive_id``; mark ``current_article``'s entry if it is near the top."""
        detail = dq.directive(self._db, directive_id)
        if detail is None:
            return False
        self._detail = detail
        self.model.set_directive(directive_id)
        self._fill_header()
        if current_article is not None:
            row = self.model.row_of(current_article)
            if row is not None:
                index = self.model.index(row, 0)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        return True

    def refresh(self) -> bool:
        """Read the shown directive again (the library changed: an import, a re-analysis).

        The panel stays on the same directive, with the same article current
        when it is on the first page. A directive gone from the library (an
        import relinks directives, and may merge one into another and delete
        its row) leaves the panel empty.

        Returns:
            True when the directive is still shown.
        """
        if self._detail is None:
            return False
        current = self.view.currentIndex().data(ArticleIdRole)
        if self.show_directive(self._detail.id, int(current) if current is not None else None):
            return True
        self.clear()
        return False

    def clear(self) -> None:
        """Show nothing."""
        self._detail = None
        self.model.set_directive(None)
        self._fill_header()

    def retranslate(self) -> None:
        """Set every visible string (again, after a language switch)."""
        self.filter_button.setText(self.tr("Show these articles in the list"))
        self.filter_button.setToolTip(self.tr("Filter the article list to the articles citing this directive"))
        self._fill_header()

    # --- slots ---------------------------------------------------------------

    def on_entry_activated(self, index: QModelIndex) -> None:
        """An entry was clicked or activated: ask for that article at that mention."""
        article_id = index.data(ArticleIdRole)
        span = index.data(MentionRole)
        if article_id is not None and span is not None:
            self.mention_chosen.emit(int(article_id), int(span[0]), int(span[1]))

    def _on_filter_clicked(self) -> None:
        if self._detail is not None:
            self.filter_requested.emit(self._detail.id)

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.view.expand(self.model.index(row, 0))

    def _expand_all(self) -> None:
        self.view.expandAll()

    def _fill_header(self) -> None:
        d = self._detail
        self.filter_button.setEnabled(d is not None)
        if d is None:
            self.title.setText(self.tr("No directive chosen"))
            self.details.setText(self.tr("Click a directive in an article, or choose one in the directive index."))
            self.count_label.clear()
            return
        self.title.setText(d.canonical)
        rows: list[tuple[str, str]] = [
            (self.tr("Type"), escape(d.type)),
            (self.tr("Number"), escape(d.number)),
        ]
        if d.code:
            code = escape(d.code)
            if d.code_inferred:
                # tr() outside the f-string: lupdate does not read inside f-strings.
                inferred = self.tr("%1 (inferred, not printed in any article)").replace("%1", d.code)
                code = f'<i style="color:#8a5a00">{escape(inferred)}</i>'
            rows.append((self.tr("Code"), code))
        rows.append((self.tr("Issuer"), escape(d.issuer) if d.issuer else "—"))
        term = escape(term_label(d.term))
        basis = escape(basis_label(d.term_basis))
        colour = "#8a5a00" if d.term_basis in ("known-directive", "article-date", "unknown") else "#5f6368"
        rows.append((self.tr("Term"), f'{term} <span style="color:{colour}">({basis})</span>'))
        dates = [d.issue_date] if d.issue_date else []
        dates += [x for x in d.stated_issue_dates if x not in dates]
        rows.append(
            (self.tr("Issued"), ", ".join(escape(i18n.format_date(x)) for x in dates) if dates else self.tr("not stated"))
        )
        if len(d.spellings) > 1:
            rows.append((self.tr("Written as"), " · ".join(escape(s) for s in d.spellings)))
        body = "".join(
            f'<tr><td style="color:#5f6368; padding-right:10px">{escape(k)}</td><td>{v}</td></tr>' for k, v in rows
        )
        self.details.setText(f"<table>{body}</table>")
        self.count_label.setText(
            self.tr("Cited by %1 article(s), %2 mention(s)")
            .replace("%1", str(d.article_count))
            .replace("%2", str(d.mention_count))
        )
