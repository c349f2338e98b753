"""The "Add note" dialog: the passage, a comment, tags and a colour.

Tests monkeypatch ``NoteEditorDialog.ask`` (pytest-qt ``docs/note_dialogs.rst``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.notes import COLOURS
from desktop.ui.models.notes import colour_label, short, swatch


@dataclass(frozen=True, slots=True)
class NoteInput:
    """What the user entered for a note.

    Attributes:
        comment: the comment (may be empty).
        tags: the tags, in the order typed.
        color: a colour name of ``store.notes.COLOURS``.
    """

    comment: str
    tags: tuple[str, ...]
    color: str


def split_tags(text: str) -> tuple[str, ...]:
    """``"tín nhiệm, nhân sự"`` -> ``("tín nhiệm", "nhân sự")``; empties dropped."""
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the others."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        """Override QCompleter::splitPath: only the last tag is completed."""
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:  # noqa: N802
        """Override QCompleter::pathFromIndex: put the chosen tag after the others."""
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [t.strip() for t in typed.split(",")[:-1] if t.strip()]
        return ", ".join([*before, chosen])


def colour_icon(name: str) -> QPixmap:
    """A small swatch of a note colour, for combo boxes."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(swatch(name))
    return pixmap


def fill_colour_combo(combo: QComboBox, current: str | None = None) -> None:
    """Fill ``combo`` with the note colours (translated), keeping ``current``."""
    keep = current or combo.currentData() or COLOURS[0]
    combo.blockSignals(True)
    combo.clear()
    for name in COLOURS:
        combo.addItem(colour_icon(name), colour_label(name), name)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def tag_line_edit(known_tags: list[str], parent: QWidget | None = None) -> QLineEdit:
    """A line edit for comma-separated tags, completing from ``known_tags``."""
    edit = QLineEdit(parent)
    completer = TagCompleter(QStringListModel(known_tags, edit), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class NoteEditorDialog(QDialog):
    """Asks for a new note's comment, tags and colour."""

    def __init__(
        self,
        quote: str,
        known_tags: list[str],
        color: str = COLOURS[0],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditorDialog")
        self.setWindowTitle(self.tr("Add note"))
        self.quote_label = QLabel(f"“{short(quote, 400)}”")
        self.quote_label.setObjectName("noteQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)  # article text is text, never markup
        self.quote_label.setStyleSheet(f"background: {QColor(swatch(color)).name()}; padding: 6px;")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("noteComment")
        self.comment.setPlaceholderText(self.tr("What do you think of this passage?"))
        self.comment.setTabChangesFocus(True)
        self.tags = tag_line_edit(known_tags)
        self.tags.setObjectName("noteTags")
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.color = QComboBox()
        self.color.setObjectName("noteColour")
        fill_colour_combo(self.color, color)
        self.color.currentIndexChanged.connect(self._on_colour)
        form = QFormLayout()
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Colour:"), self.color)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        # Enter makes a new line in the comment; Ctrl+Enter saves, from any field
        for field in (self.comment, self.tags, self.color):
            field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.comment.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _on_colour(self) -> None:
        name = self.color.currentData() or COLOURS[0]
        self.quote_label.setStyleSheet(f"background: {swatch(name).name()}; padding: 6px;")

    def value(self) -> NoteInput:
        """What is entered now."""
        return NoteInput(
            comment=self.comment.toPlainText(),
            tags=split_tags(self.tags.text()),
            color=self.color.currentData() or COLOURS[0],
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        quote: str,
        known_tags: list[str],
        color: str = COLOURS[0],
    ) -> NoteInput | None:
        """Show the dialog; return what the user entered, or None if cancelled."""
        dialog = cls(quote, known_tags, color, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.value()
            return None
        finally:
            dialog.deleteLater()
