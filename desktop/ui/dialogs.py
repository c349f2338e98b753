"""Dialogs that tell the user about problems, in their language."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.store.db import Library, LibraryError, Reason


def library_error_text(exc: LibraryError) -> str:
    """One translated sentence about a library problem."""
    messages = {
        Reason.NOT_A_LIBRARY: QCoreApplication.translate(
            "LibraryErrors",
            "The file %1 is not a Giao Ban Reader library. It was left exactly as it was."
        ),
        Reason.NEWER_VERSION: QCoreApplication.translate(
            "LibraryErrors",
            "The library %1 was made by a newer version of Giao Ban Reader. "
            "Please update the app to open it; the library was not changed."
        ),
        Reason.UNWRITABLE: QCoreApplication.translate(
            "LibraryErrors",
            "The library %1 cannot be created or written there. Check that the folder "
            "exists and that you may write to it."
        ),
        Reason.CORRUPT: QCoreApplication.translate(
            "LibraryErrors", "The library %1 is damaged and cannot be read safely. It was not changed."
        ),
        Reason.DISK_FULL: QCoreApplication.translate("LibraryErrors", "The disk is full, so the library %1 cannot be written. Nothing was changed."),
        Reason.LOCKED: QCoreApplication.translate("LibraryErrors", "The library %1 is busy in another program. Try again in a moment."),
        Reason.READ_ONLY: QCoreApplication.translate("LibraryErrors", "The library %1 is read-only: you can read it but not change it."),
    }
    return messages.get(exc.reason, QCoreApplication.translate("LibraryErrors", "The library %1 cannot be used.")).replace("%1", str(exc.path))


def technical_details(detail: str) -> str:
    """A problem's raw technical text (SQLite's or the system's words, usually
    English), introduced by a sentence in the UI language: kept word for word
    because it is what support needs."""
    intro = QCoreApplication.translate(
        "LibraryErrors", "Technical details, as the system reported them (useful if you ask for support):"
    )
    return intro + "\n\n" + detail.strip()


def library_error_dialog(exc: LibraryError, parent: QWidget | object | None = None) -> Library | None:
    """Tell the user the library cannot be opened; return a replacement or None."""
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setObjectName("libraryErrorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is text, never markup
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryErrors", "Cannot open the library"))
    box.setText(library_error_text(exc))
    if exc.detail:
        box.setDetailedText(technical_details(exc.detail))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    return None


# --- a damaged library ------------------------------------------------------


class RecoveryChoice(enum.StrEnum):
    """What the user chose to do about a damaged library."""

    OPEN_BACKUP = "open-backup"
    NEW_LIBRARY = "new-library"
    KEEP_READING = "keep-reading"  # only offered when the damage was found late
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    """Tells the user the library is damaged and offers a way on.

    "Open the latest backup" and "Start a new library" both first rename the
    damaged file aside (the dialog says to which name); it is never deleted.
    Tests monkeypatch ``ask`` (pytest-qt's docs/note_dialogs.rst).
    """

    def __init__(
        self,
        exc: LibraryError,
        backup: Path | None,
        backup_made: str,
        aside: Path,
        *,
        can_keep_reading: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        # Paths and SQLite's messages are text, never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("The library is damaged"))
        self.setText(library_error_text(exc))
        lines = [
            self.tr(
                "If you open the backup or start a new library, the damaged file is kept, "
                "renamed to %1. Nothing is deleted."
            ).replace("%1", aside.name)
        ]
        if backup is not None:
            lines.append(
                self.tr("The latest backup was made on %1:\n%2")
                .replace("%1", backup_made)
                .replace("%2", str(backup))
            )
        else:
            lines.append(self.tr("There is no backup of this library yet."))
        self.setInformativeText("\n\n".join(lines))
        if exc.detail:
            self.setDetailedText(technical_details(exc.detail))
        self._choices: dict[object, RecoveryChoice] = {}
        self.backup_button = self.addButton(self.tr("Open the latest backup"), QMessageBox.ButtonRole.AcceptRole)
        self.backup_button.setObjectName("openBackupButton")
        self.backup_button.setEnabled(backup is not None)
        self._choices[self.backup_button] = RecoveryChoice.OPEN_BACKUP
        self.new_button = self.addButton(self.tr("Start a new library"), QMessageBox.ButtonRole.ActionRole)
        self.new_button.setObjectName("newLibraryButton")
        self._choices[self.new_button] = RecoveryChoice.NEW_LIBRARY
        if can_keep_reading:
            keep = self.addButton(self.tr("Keep reading for now"), QMessageBox.ButtonRole.RejectRole)
            keep.setObjectName("keepReadingButton")
            self._choices[keep] = RecoveryChoice.KEEP_READING
            self.setEscapeButton(keep)
        else:
            quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            quit_button.setObjectName("quitButton")
            self._choices[quit_button] = RecoveryChoice.QUIT
            self.setEscapeButton(quit_button)
        self.setDefaultButton(self.backup_button if backup is not None else self.new_button)

    def choice(self) -> RecoveryChoice:
        """The choice made (QUIT / KEEP_READING when the dialog was dismissed)."""
        default = RecoveryChoice.QUIT if RecoveryChoice.QUIT in self._choices.values() else RecoveryChoice.KEEP_READING
        return self._choices.get(self.clickedButton(), default)

    @classmethod
    def ask(
        cls,
        exc: LibraryError,
        backup: Path | None,
        aside: Path,
        *,
        backup_made: str = "",
        can_keep_reading: bool = False,
        parent: QWidget | None = None,
    ) -> RecoveryChoice:
        """Show the dialog modally and return the user's choice."""
        dialog = cls(exc, backup, backup_made, aside, can_keep_reading=can_keep_reading, parent=parent)
        dialog.exec()
        return dialog.choice()
