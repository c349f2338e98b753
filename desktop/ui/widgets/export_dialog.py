"""File → Export notes…: format, which notes, where (issue 6).

The dialog only asks; the controller writes through
``desktop.core.export_file`` (a temporary file renamed over the target, so a
failure never leaves half a file). Each question is a classmethod or static
method that tests monkeypatch (pytest-qt ``docs/note_dialogs.rst``):
``ExportDialog.ask``, ``choose_file``, ``confirm_overwrite``, ``show_error``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export import ExportFormat
from desktop.core.export_file import ExportWriteError, WriteProblem
from desktop.ui import file_dialogs

_FORMAT_LABELS = {
    ExportFormat.DOCX: QT_TRANSLATE_NOOP("ExportDialog", "Word document (.docx)"),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("ExportDialog", "Markdown (.md)"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("ExportDialog", "Web page (.html)"),
    ExportFormat.CSV: QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet (.csv, UTF-8)"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("ExportDialog", "JSON (.json)"),
}

_PROBLEMS = {
    WriteProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "ExportDialog", "The disk is full, so %1 could not be written. Nothing was left behind; free some space and try again."
    ),
    WriteProblem.PERMISSION: QT_TRANSLATE_NOOP(
        "ExportDialog", "You may not write %1 there. Choose another folder (for example your Documents)."
    ),
    WriteProblem.NO_FOLDER: QT_TRANSLATE_NOOP("ExportDialog", "The folder of %1 does not exist any more."),
    WriteProblem.IS_FOLDER: QT_TRANSLATE_NOOP("ExportDialog", "%1 is a folder; choose a file's name."),
    WriteProblem.EXISTS: QT_TRANSLATE_NOOP("ExportDialog", "%1 already exists."),
    WriteProblem.OTHER: QT_TRANSLATE_NOOP("ExportDialog", "%1 could not be written."),
}


def _tr(text: str) -> str:
    # Only for strings marked with QT_TRANSLATE_NOOP above (lupdate reads those).
    return QCoreApplication.translate("ExportDialog", text)


def format_label(fmt: ExportFormat) -> str:
    """A format as the dialog lists it."""
    return _tr(_FORMAT_LABELS[fmt])


def problem_text(exc: ExportWriteError) -> str:
    """One translated sentence about a failed export."""
    return _tr(_PROBLEMS.get(exc.problem, _PROBLEMS[WriteProblem.OTHER])).replace("%1", str(exc.path))


class Scope(enum.StrEnum):
    """Which notes to export."""

    ALL = "all"
    ARTICLE = "article"
    TAG = "tag"
    SELECTED = "selected"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user asked to export.

    Attributes:
        fmt: the format.
        scope: which notes.
        tag: the tag, for ``Scope.TAG``.
    """

    fmt: ExportFormat
    scope: Scope
    tag: str | None = None


class ExportDialog(QDialog):
    """Asks for the format and the notes to export.

    Args:
        tags: the library's tags (for "one tag").
        article_title: the open article's title, or None when none is open.
        selected: how many notes are selected in the all-notes view.
        fmt: the format chosen last time.
    """

    def __init__(
        self,
        tags: list[str],
        article_title: str | None,
        selected: int,
        fmt: ExportFormat = ExportFormat.DOCX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export notes"))
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for f in _FORMAT_LABELS:
            self.format.addItem(format_label(f), str(f))
        self.format.setCurrentIndex(max(0, self.format.findData(str(fmt))))

        box = QGroupBox(self.tr("Which notes"))
        grid = QGridLayout(box)
        self.scope = QButtonGroup(self)
        self.all_button = QRadioButton(self.tr("All notes"))
        self.article_button = QRadioButton(
            self.tr("Notes on this article: %1").replace("%1", article_title or "")
            if article_title
            else self.tr("Notes on this article (no article open)")
        )
        self.article_button.setEnabled(article_title is not None)
        self.tag_button = QRadioButton(self.tr("Notes with the tag:"))
        self.tag_button.setEnabled(bool(tags))
        self.tag = QComboBox()
        self.tag.setObjectName("exportTag")
        self.tag.addItems(tags)
        self.tag.setEnabled(bool(tags))
        self.selected_button = QRadioButton(self.tr("The %n note(s) selected in All notes", "", selected))
        self.selected_button.setEnabled(selected > 0)
        for i, (button, scope) in enumerate(
            (
                (self.all_button, Scope.ALL),
                (self.article_button, Scope.ARTICLE),
                (self.tag_button, Scope.TAG),
                (self.selected_button, Scope.SELECTED),
            )
        ):
            button.setProperty("scope", str(scope))
            self.scope.addButton(button, i)
        grid.addWidget(self.all_button, 0, 0, 1, 2)
        grid.addWidget(self.article_button, 1, 0, 1, 2)
        grid.addWidget(self.tag_button, 2, 0)
        grid.addWidget(self.tag, 2, 1)
        grid.addWidget(self.selected_button, 3, 0, 1, 2)
        self.tag.activated.connect(lambda _i: self.tag_button.setChecked(True))
        (self.selected_button if selected > 0 else self.all_button).setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(buttons)

    def value(self) -> ExportRequest:
        """What is chosen now."""
        checked = self.scope.checkedButton()
        scope = Scope(checked.property("scope")) if checked is not None else Scope.ALL
        return ExportRequest(
            fmt=ExportFormat(self.format.currentData()),
            scope=scope,
            tag=self.tag.currentText() if scope is Scope.TAG else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        tags: list[str],
        article_title: str | None,
        selected: int,
        fmt: ExportFormat = ExportFormat.DOCX,
    ) -> ExportRequest | None:
        """Show the dialog; the request, or None if cancelled."""
        dialog = cls(tags, article_title, selected, fmt, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @staticmethod
    def choose_file(parent: QWidget | None, fmt: ExportFormat, suggested: Path) -> Path | None:
        """Ask where to write; None if cancelled.

        The file dialog's own overwrite question is off: ``confirm_overwrite``
        asks it, the same way on every platform and in tests.
        """
        name = file_dialogs.save_file_name(
            parent,
            QCoreApplication.translate("ExportDialog", "Export notes"),
            str(suggested),
            f"{format_label(fmt)} (*.{fmt.value})",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{fmt.value}":
            path = path.with_name(path.name + f".{fmt.value}")
        return path

    @staticmethod
    def confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
        """Ask before replacing an existing file."""
        box = QMessageBox(parent)
        box.setObjectName("exportOverwrite")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Replace the file?"))
        box.setText(
            QCoreApplication.translate("ExportDialog", "%1 already exists. Replace it with this export?").replace(
                "%1", str(path)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @staticmethod
    def show_error(parent: QWidget | None, text: str) -> None:
        """Tell the user the export failed."""
        box = QMessageBox(parent)
        box.setObjectName("exportError")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export failed"))
        box.setText(text)
        box.exec()
