"""The notes panel: the open article's notes beside the reader (issue 6).

The list shows each note's passage, comment, tags, colour and a "needs
review" badge; the editor under it changes the current note's comment, tags
and colour in place. Every change is saved through the store as it is made:
after a short pause in typing (``SAVE_DELAY_MS``), when a field loses focus,
when another note or article is chosen, and when the window closes
(``flush``), so closing the window mid-edit keeps the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import AnchorState, Note
from desktop.ui.models.notes import REVIEW_COLOUR, ArticleNotesModel
from desktop.ui.roles import ObjectRole
from desktop.ui.widgets.note_editor import fill_colour_combo, split_tags, tag_line_edit

SAVE_DELAY_MS = 400


class NotesPanel(QWidget):
    """Lists the open article's notes and edits the current one.

    Signals:
        note_activated(object): a note was clicked (the ``Note``); the window
            scrolls the reader to it.
        edit_requested(int, object): save this change of a note: ``(note_id,
            {"comment"|"tags"|"color": value})``; the controller writes it.
        delete_requested(int): the user asked to delete this note.
    """

    note_activated = Signal(object)
    edit_requested = Signal(int, object)
    delete_requested = Signal(int)

    def __init__(self, model: ArticleNotesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.model = model
        self._note: Note | None = None
        self._pending: dict[str, object] = {}
        self._loading = False

        self.heading = QLabel()
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("notesList")
        self.list.setModel(model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelAboutToBeReset.connect(self.flush)
        model.modelReset.connect(self._on_reset)

        self.review_label = QLabel()
        self.review_label.setObjectName("notesReview")
        self.review_label.setWordWrap(True)
        self.review_label.setStyleSheet(f"color: {REVIEW_COLOUR};")
        self.review_label.hide()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("notesComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(60)
        self.comment.setMaximumHeight(130)
        self.tags = tag_line_edit([])
        self.tags.setObjectName("notesTags")
        self.color = QComboBox()
        self.color.setObjectName("notesColour")
        fill_colour_combo(self.color)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("notesDelete")
        self.delete_button.clicked.connect(self._on_delete)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.comment.textChanged.connect(lambda: self._changed("comment"))
        self.tags.textEdited.connect(lambda _t: self._changed("tags"))
        self.tags.editingFinished.connect(self.flush)
        self.color.currentIndexChanged.connect(self._on_colour)
        # A plain-text edit has no editingFinished: save when it loses focus.
        self.comment.installEventFilter(self)

        self.form = QFormLayout()
        self._comment_label = QLabel()
        self._tags_label = QLabel()
        self._colour_label = QLabel()
        self.form.addRow(self._comment_label, self.comment)
        self.form.addRow(self._tags_label, self.tags)
        row = QHBoxLayout()
        row.addWidget(self.color, 1)
        row.addWidget(self.delete_button)
        self.form.addRow(self._colour_label, row)
        self.editor = QWidget()
        self.editor.setObjectName("notesEditor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.review_label)
        editor_layout.addLayout(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor, 0)
        self.retranslate()
        self._show_note(None)

    # --- our API ---------------------------------------------------------

    def retranslate(self) -> None:
        """Set every string (again, after a language switch)."""
        self._comment_label.setText(self.tr("Comment:"))
        self._tags_label.setText(self.tr("Tags:"))
        self._colour_label.setText(self.tr("Colour:"))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.comment.setPlaceholderText(self.tr("Your comment on the passage"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this note (Ctrl+Z brings it back)"))
        self.review_label.setText(
            self.tr(
                "Needs review: the article's text changed and this passage could not be found "
                "again with certainty. The note keeps the passage it was made on."
            )
        )
        fill_colour_combo(self.color)
        self._update_heading()

    def set_known_tags(self, tags: list[str]) -> None:
        """The tags the tag field completes from."""
        completer = self.tags.completer()
        model = completer.model() if completer is not None else None
        if model is not None and hasattr(model, "setStringList"):
            model.setStringList(tags)

    def current_note(self) -> Note | None:
        """The note in the editor."""
        return self._note

    def select_note(self, note_id: int) -> bool:
        """Make a note current (after it was added or restored)."""
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def has_pending(self) -> bool:
        """True while an edit waits to be saved."""
        return bool(self._pending)

    def flush(self) -> None:
        """Save the pending edit of the current note now."""
        self._timer.stop()
        if self._note is None or not self._pending:
            self._pending.clear()
            return
        changes, self._pending = dict(self._pending), {}
        self.edit_requested.emit(self._note.id, changes)

    def note_saved(self, note: Note) -> None:
        """The store saved ``note``: show it without disturbing the editor."""
        self.model.note_changed(note)
        if self._note is not None and self._note.id == note.id:
            self._note = note

    # --- internals -------------------------------------------------------

    def _changed(self, field: str) -> None:
        if self._loading or self._note is None:
            return
        if field == "comment":
            self._pending["comment"] = self.comment.toPlainText()
        elif field == "tags":
            self._pending["tags"] = split_tags(self.tags.text())
        self._timer.start()

    def _on_colour(self) -> None:
        if self._loading or self._note is None:
            return
        self._pending["color"] = self.color.currentData()
        self.flush()  # a colour is one click: save it at once

    def _on_delete(self) -> None:
        if self._note is not None:
            self.flush()
            self.delete_requested.emit(self._note.id)

    def _on_clicked(self, index: QModelIndex) -> None:
        note = index.data(ObjectRole)
        if isinstance(note, Note):
            self.note_activated.emit(note)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        note = current.data(ObjectRole) if current.isValid() else None
        self._show_note(note if isinstance(note, Note) else None)

    def _on_reset(self) -> None:
        self._update_heading()
        keep = self._note.id if self._note is not None else None
        self._show_note(None)
        if keep is not None:
            self.select_note(keep)

    def _show_note(self, note: Note | None) -> None:
        self._loading = True
        try:
            self._note = note
            self.editor.setEnabled(note is not None)
            self.comment.setPlainText(note.comment if note else "")
            self.tags.setText(", ".join(note.tags) if note else "")
            self.color.setCurrentIndex(max(0, self.color.findData(note.color if note else "yellow")))
            self.review_label.setVisible(note is not None and note.state is AnchorState.NEEDS_REVIEW)
        finally:
            self._loading = False

    def _update_heading(self) -> None:
        count = self.model.rowCount()
        if self.model.article_id() is None:
            self.heading.setText(self.tr("No article open."))
        elif count == 0:
            self.heading.setText(
                self.tr("No notes on this article yet. Select a passage and choose Add note (%1).").replace(
                    "%1", QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
        else:
            self.heading.setText(self.tr("%n note(s) on this article", "", count))

    # --- Qt overrides ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: save the comment when it loses focus."""
        if watched is self.comment and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
